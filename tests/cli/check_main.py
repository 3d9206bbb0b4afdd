"""What the CLI check scripts (scan_checks.py, bounce_checks.py) share: the
failure they raise, expect(), and main(), which reads the common arguments
(--explain EXE --source DIR --work DIR [--no-zlib] [--rss-limit-kib N] CHECK)
into the script's ARGS and runs its check_<CHECK>() function."""
import argparse
import sys


class Failure(Exception):
    pass


def expect(cond, message):
    if not cond:
        raise Failure(message)


def main(tool, script_globals):
    checks = {name[len("check_"):]: f for name, f in script_globals.items()
              if name.startswith("check_")}
    ap = argparse.ArgumentParser()
    ap.add_argument("--explain", required=True)
    ap.add_argument("--source", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--no-zlib", action="store_true", help="smtp-explain was built without zlib")
    ap.add_argument("--rss-limit-kib", type=int, default=32 * 1024,
                    help="the maximum resident set allowed for 64 MiB of input (more under ASan)")
    ap.add_argument("check", choices=sorted(checks))
    args = ap.parse_args()
    script_globals["ARGS"] = args
    try:
        checks[args.check]()
    except Failure as e:
        print(f"FAIL {tool} {args.check}: {e}", file=sys.stderr)
        return 1
    print(f"{tool} {args.check}: ok")
    return 0
