#!/usr/bin/env python3
"""Writes a mixed mail log for the `smtp-explain scan` benchmark: Postfix
(about 70% of the messages, each with its smtpd, cleanup, qmgr, delivery and
removal lines), Exim main-log lines (20%) and Sendmail lines (10%), with the
deliveries sent, deferred, bounced and expired in the proportions of a busy
outbound relay, rejections, and failures without an SMTP reply (DNS,
connection refused or timed out, lost connections). Deterministic for a seed.

usage: scan_log.py OUT_FILE [--megabytes 200] [--seed 1]"""
import argparse
import random

DOMAINS = ["example.com", "example.net", "example.org", "mail.example", "corp.example",
           "gmail.example", "outlook.example", "yahoo.example", "web.example", "isp.example"]
POSTFIX_FAILURES = [  # (dsn, status, text)
    ("5.1.1", "bounced", "host {mx}[{ip}] said: 550 5.1.1 <{rcpt}>: Recipient address rejected: "
     "User unknown in virtual mailbox table (in reply to RCPT TO command)"),
    ("4.2.2", "deferred", "host {mx}[{ip}] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command)"),
    ("4.7.1", "deferred", "host {mx}[{ip}] said: 450 4.7.1 <{rcpt}>: Recipient address rejected: "
     "Greylisted, see http://postgrey.example/ (in reply to RCPT TO command)"),
    ("4.4.1", "deferred", "connect to {mx}[{ip}]:25: Connection timed out"),
    ("4.4.1", "deferred", "connect to {mx}[{ip}]:25: Connection refused"),
    ("5.4.4", "bounced", "Host or domain name not found. Name service error for name={domain} "
     "type=MX: Host not found"),
    ("4.4.2", "deferred", "lost connection with {mx}[{ip}] while receiving the initial server greeting"),
    ("5.7.1", "bounced", "host {mx}[{ip}] said: 554 5.7.1 Service unavailable; Client host [{ip}] "
     "blocked using zen.spamhaus.example (in reply to RCPT TO command)"),
    ("4.7.0", "deferred", "host {mx}[{ip}] said: 421 4.7.0 Try again later, closing connection. "
     "(EHLO) (in reply to EHLO command)"),
    ("5.2.2", "bounced", "host {mx}[{ip}] said: 552 5.2.2 The email account that you tried to reach "
     "is over quota (in reply to end of DATA command)"),
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--megabytes", type=float, default=200)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rnd = random.Random(args.seed)
    limit = int(args.megabytes * 1e6)
    alnum = "0123456789ABCDEFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"

    def qid(n=12):
        return "".join(rnd.choice(alnum) for _ in range(n))

    def ip():
        return f"192.0.2.{rnd.randrange(1, 255)}" if rnd.random() < 0.5 else \
            f"198.51.100.{rnd.randrange(1, 255)}"

    written = 0
    second = 0
    with open(args.out, "w", encoding="ascii", newline="\n") as out:
        while written < limit:
            second += 1
            stamp = f"Nov {1 + second // 86400 % 28:2d} {second // 3600 % 24:02d}:" \
                    f"{second // 60 % 60:02d}:{second % 60:02d}"
            iso = f"2026-11-{1 + second // 86400 % 28:02d} {second // 3600 % 24:02d}:" \
                  f"{second // 60 % 60:02d}:{second % 60:02d}"
            domain = rnd.choice(DOMAINS)
            user = f"user{rnd.randrange(100000)}"
            rcpt = f"{user}@{domain}"
            mx = f"mx{rnd.randrange(1, 4)}.{domain}"
            addr = ip()
            lines = []
            kind = rnd.random()
            if kind < 0.70:  # Postfix: one message through smtpd, cleanup, qmgr, smtp
                q = qid()
                pid = rnd.randrange(1000, 60000)
                client = ip()
                lines.append(f"{stamp} mail postfix/smtpd[{pid}]: connect from client.example[{client}]")
                if rnd.random() < 0.04:
                    lines.append(f"{stamp} mail postfix/smtpd[{pid}]: NOQUEUE: reject: RCPT from "
                                 f"client.example[{client}]: 554 5.7.1 <{rcpt}>: Relay access denied; "
                                 f"from=<sender@out.example> to=<{rcpt}> proto=ESMTP helo=<client.example>")
                else:
                    lines.append(f"{stamp} mail postfix/smtpd[{pid}]: {q}: client=client.example[{client}]")
                    lines.append(f"{stamp} mail postfix/cleanup[{pid + 1}]: {q}: message-id=<{qid(20)}@out.example>")
                    lines.append(f"{stamp} mail postfix/qmgr[990]: {q}: from=<sender@out.example>, "
                                 f"size={rnd.randrange(1000, 90000)}, nrcpt=1 (queue active)")
                    r = rnd.random()
                    delays = f"delay={rnd.randrange(0, 30)}.{rnd.randrange(10, 99)}, " \
                             f"delays=0.01/0/0.{rnd.randrange(10, 99)}/0.{rnd.randrange(10, 99)}"
                    if r < 0.80:
                        lines.append(f"{stamp} mail postfix/smtp[{pid + 2}]: {q}: to=<{rcpt}>, "
                                     f"relay={mx}[{addr}]:25, {delays}, dsn=2.0.0, status=sent "
                                     f"(250 2.0.0 Ok: queued as {qid(10)})")
                    elif r < 0.985:
                        dsn, status, text = rnd.choice(POSTFIX_FAILURES)
                        relay = "none" if "connect to" in text or "not found" in text else f"{mx}[{addr}]:25"
                        text = text.format(mx=mx, ip=addr, rcpt=rcpt, domain=domain)
                        lines.append(f"{stamp} mail postfix/smtp[{pid + 2}]: {q}: to=<{rcpt}>, "
                                     f"relay={relay}, {delays}, dsn={dsn}, status={status} ({text})")
                    else:
                        lines.append(f"{stamp} mail postfix/qmgr[990]: {q}: from=<sender@out.example>, "
                                     f"status=expired, returned to sender")
                    lines.append(f"{stamp} mail postfix/qmgr[990]: {q}: removed")
                lines.append(f"{stamp} mail postfix/smtpd[{pid}]: disconnect from client.example[{client}] "
                             f"ehlo=1 mail=1 rcpt=1 data=1 quit=1 commands=5")
            elif kind < 0.90:  # Exim main log
                e = f"{qid(6)}-{qid(6)}-{qid(2)}"
                lines.append(f"{iso} {e} <= sender@out.example H=client.example [{ip()}] P=esmtps "
                             f"X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=no S={rnd.randrange(1000, 90000)} "
                             f"id={qid(16)}@out.example")
                r = rnd.random()
                if r < 0.85:
                    lines.append(f"{iso} {e} => {rcpt} R=dnslookup T=remote_smtp H={mx} [{addr}] "
                                 f"X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes C=\"250 2.0.0 OK "
                                 f"{qid(10)} - gsmtp\" DT=1s")
                elif r < 0.93:
                    lines.append(f"{iso} {e} == {rcpt} R=dnslookup T=remote_smtp defer (-44) H={mx} "
                                 f"[{addr}]: SMTP error from remote mail server after RCPT TO:<{rcpt}>: "
                                 f"451 4.7.1 Greylisted, please try again later")
                elif r < 0.97:
                    lines.append(f"{iso} {e} ** {rcpt} R=dnslookup T=remote_smtp H={mx} [{addr}]: "
                                 f"SMTP error from remote mail server after RCPT TO:<{rcpt}>: 550 5.1.1 "
                                 f"The email account that you tried to reach does not exist")
                else:
                    lines.append(f"{iso} {e} == {rcpt} R=dnslookup T=remote_smtp defer (111): "
                                 f"Connection refused")
                lines.append(f"{iso} {e} Completed")
            else:  # Sendmail
                q = qid(14)
                lines.append(f"{stamp} relay sm-mta[{rnd.randrange(1000, 60000)}]: {q}: from=<sender@out.example>, "
                             f"size={rnd.randrange(1000, 90000)}, class=0, nrcpts=1, msgid=<{qid(20)}@out.example>, "
                             f"proto=ESMTP, daemon=MTA, relay=client.example [{ip()}]")
                if rnd.random() < 0.85:
                    stat = f"dsn=2.0.0, stat=Sent ({qid(14)} Message accepted for delivery)"
                else:
                    stat = "dsn=4.2.2, stat=Deferred: 452 4.2.2 Mailbox full"
                lines.append(f"{stamp} relay sm-mta[{rnd.randrange(1000, 60000)}]: {q}: to=<{rcpt}>, "
                             f"delay=00:00:0{rnd.randrange(10)}, xdelay=00:00:01, mailer=esmtp, pri=120321, "
                             f"relay={mx}. [{addr}], {stat}")
            text = "\n".join(lines) + "\n"
            out.write(text)
            written += len(text)


if __name__ == "__main__":
    main()
