# smtp-explain's global options and help, each subcommand's --help, and the
# installed tools.
smtpcodes_cli_test(version RC 0 ARGS --version OUT "^smtp-explain [0-9]+\\.[0-9]+\\.[0-9]+\n$")
smtpcodes_cli_test(help_exit_status RC 0 ARGS --help
  OUT "\n'smtp-explain --version' the version\\.\n" "\nexit status: 0 success, 1 ")
foreach(_sub compare explain list scan)
  smtpcodes_cli_test(help_${_sub} RC 0 ARGS ${_sub} --help
    OUT "^usage: smtp-explain ${_sub} " "\noptions:\n" "\nexamples:\n  smtp-explain ${_sub}"
        "\nexit status: 0 ")
endforeach()
smtpcodes_cli_test(help_explain_stdin RC 0 ARGS explain --help OUT "; - reads it\nfrom standard input")

# explain - and smtp-probe --help (standard input and a second program).
if(Python3_Interpreter_FOUND)
  add_test(NAME cli_explain_stdin
    COMMAND "${Python3_EXECUTABLE}" -c [=[
import subprocess, sys
exe = sys.argv[1]
def run(args, data):
    p = subprocess.run([exe] + args, input=data, capture_output=True)
    return p.returncode, p.stdout.decode(), p.stderr.decode()
rc, out, err = run(["explain", "-"], b"421-4.7.0 Try again later,\r\n421 4.7.0 closing connection\r\n")
assert rc == 0 and out.startswith("SMTP 421 Service Not Available\n"), (rc, out[:80], err)
assert "closing connection" in out, out
rc, out, err = run(["explain", "-", "--format", "json"], b"host mx said: 550 5.1.1 nope (in reply to RCPT TO command)\n")
assert rc == 0 and '"code": 550' in out and '"command": "RCPT"' in out, (rc, out[:300], err)
rc, out, err = run(["explain", "-"], b"")
assert rc == 1 and out == "" and "standard input is empty" in err, (rc, out, err)
rc, out, err = run(["explain", "-"], b"no reply here\n")
assert rc == 0 and "no SMTP reply code found" in err and "Reason: Not determined (undefined)" in out, (rc, out, err)
print("explain -: ok")
]=] "$<TARGET_FILE:smtp-explain>")
  set_tests_properties(cli_explain_stdin PROPERTIES LABELS "unit;cli")
endif()
if(TARGET smtp-probe)
  add_test(NAME cli_probe_help COMMAND smtp-probe --help)
  set_tests_properties(cli_probe_help PROPERTIES LABELS "unit;cli"
    PASS_REGULAR_EXPRESSION "\n  --script FILE .*\n  --format F .*\n  --verbose .*\n  --timeout SECONDS .*\n  --max-time SECONDS .*\n  --max-output BYTES .*\nexit status:\n  0  ")
  add_test(NAME cli_probe_version COMMAND smtp-probe --version)
  set_tests_properties(cli_probe_version PROPERTIES LABELS "unit;cli"
    PASS_REGULAR_EXPRESSION "^smtp-probe [0-9]+\\.[0-9]+\\.[0-9]+\n$")
endif()
if(SMTPCODES_INSTALL)
  add_test(NAME install_tools
    COMMAND "${CMAKE_COMMAND}" -DBUILD=${PROJECT_BINARY_DIR} -DSTAGE=${CMAKE_CURRENT_BINARY_DIR}/tools-stage
      -DBINDIR=${CMAKE_INSTALL_BINDIR} -DMANDIR=${CMAKE_INSTALL_MANDIR}
      -P "${CMAKE_CURRENT_LIST_DIR}/install_tools.cmake")
  set_tests_properties(install_tools PROPERTIES LABELS consumer)
endif()
