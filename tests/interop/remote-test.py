#!/usr/bin/env python3
"""remote-test.py: the RPC client (src/rpc/client.c) against a real
libvirtd and against peers that hang up.

usage: tests/interop/remote-test.py --build BUILD_DIR

Starts a private libvirtd serving the test driver on a unix socket in a
temporary directory (no driver modules loaded, no TCP), runs the probe
BUILD_DIR/tests/test-rpc-client SOCKET NAME through it, then each
command line of remote-cases/*.txt through BUILD_DIR/hvsh and virsh, both with
-c 'test+unix:///default?socket=SOCKET', asserting the same stdout,
stderr and exit status (every connection gets a fresh test:///default
from the daemon, so the order of the runs does not matter; dominfo's
CPU time is the daemon's wall clock, its digits masked), then against a
socket path that does not exist and against two local servers that
read the first call and then close, or answer with a length word out
of bounds.  Stops the daemon by its PID.  Prints "ok"/"not ok" lines
and "N passed, N failed"; exits 77 with "skip: REASON" when libvirtd is
not installed or does not start.
"""

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading

from libvirtd import Libvirtd, read_cases, run_shell

passed = failed = 0


def report(ok, name, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print("ok - %s" % name)
    else:
        failed += 1
        print("not ok - %s" % name)
        for l in detail.splitlines():
            print("#   " + l)


def probe(tool, path, name="test:///default"):
    p = subprocess.run([tool, path, name], stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                       timeout=60)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


def expect(name, got, want):
    report(got == want, name, "got  %r\nwant %r" % (got, want))


def hostile(path, answer):
    """A server on path: takes one connection, reads the 28-byte call,
    sends answer and closes."""
    srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    srv.bind(path)
    srv.listen(1)

    def run():
        c, _ = srv.accept()
        got = b""
        while len(got) < 28:
            b = c.recv(28 - len(got))
            if not b:
                break
            got += b
        if answer:
            c.sendall(answer)
        c.close()
        srv.close()
    t = threading.Thread(target=run, daemon=True)
    t.start()
    return t


NEW_XML = """<domain type='test'>
  <name>new</name>
  <uuid>1b2c3d4e-0000-4000-8000-000000000001</uuid>
  <memory unit='KiB'>65536</memory>
  <vcpu>1</vcpu>
  <os><type>hvm</type></os>
</domain>
"""

CASES_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                         "remote-cases")


def cases():
    """Every remote-cases/*.txt, in name order, as (file, argv)."""
    for name in sorted(os.listdir(CASES_DIR)):
        if name.endswith(".txt"):
            for c in read_cases(os.path.join(CASES_DIR, name)):
                yield name[:-4], c


def against_virsh(hvsh, virsh, sock, tmp):
    """Each of CASES through hvsh and virsh on the daemon at sock."""
    uri = "test+unix:///default?socket=%s" % sock
    with open(os.path.join(tmp, "new.xml"), "w") as f:
        f.write(NEW_XML)
    with open(os.path.join(tmp, "bad.xml"), "w") as f:
        f.write("<domain type='test'><name>x</nam")
    for f, c in cases():
        c = [a.replace("@TMP@", tmp).replace("@CASES@", CASES_DIR)
             for a in c]
        got = run_shell([hvsh, "-c", uri] + c)
        want = run_shell([virsh, "-c", uri] + c)
        expect("%s: hvsh %s, as virsh" % (f, " ".join(c)), got, want)
    # the daemon's own refusal, the local test driver taking a socket=
    # URI without transport, and a socket that is not there
    missing = os.path.join(tmp, "nosuch-sock")
    for u in ["qemu+unix:///system?socket=%s" % sock,
              "test:///default?socket=%s" % sock,
              "test+unix:///default?socket=%s&mode=legacy" % sock,
              "test+unix:///nosuch?socket=%s&name=test:///default" % sock,
              "test+unix:///default?socket=%s&name=nosuch:///x" % sock,
              "test+unix:///default?socket=%s&extra=1" % sock,
              "test+unix:///default?socket=%s" % missing]:
        expect("hvsh -c %s uri, as virsh" % u,
               run_shell([hvsh, "-c", u, "uri"]),
               run_shell([virsh, "-c", u, "uri"]))
    # the default socket path and the other transports are not spoken
    # yet: refused as before
    for u in ["test+unix:///default", "test+tcp://127.0.0.1:1/default"]:
        expect("hvsh -c %s uri: built without" % u,
               run_shell([hvsh, "-c", u, "uri"]),
               (1, "", "error: failed to connect to the hypervisor\n"
                "error: unsupported configuration: hvsh was built "
                "without the 'remote' driver\n"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", required=True)
    a = ap.parse_args()
    tool = os.path.join(a.build, "tests", "test-rpc-client")
    if not os.access(tool, os.X_OK):
        print("not ok - %s not built" % tool)
        print("0 passed, 1 failed")
        return 1
    tmp = tempfile.mkdtemp(prefix="hvsh-remote-")
    try:
        d = Libvirtd(tmp)
        why = d.start()
        if why:
            print("skip: %s" % why)
            return 77
        sock = d.sock
        try:
            for i in (1, 2):
                rc, out, err = probe(tool, sock)
                expect("open, GET_URI, LIST_ALL_DOMAINS, close (%d)" % i,
                       (rc, out, err),
                       (0, "uri test:///default\ndomain test 1 1\n", ""))
            rc, out, err = probe(tool, sock, "nosuch:///x")
            report(rc == 1 and out == "" and
                   err.startswith("error: ") and
                   err.count("\n") == 1,
                   "CONNECT_OPEN refused: one error line",
                   "rc %d\nstdout %r\nstderr %r" % (rc, out, err))
            virsh = shutil.which("virsh")
            if virsh:
                against_virsh(os.path.join(a.build, "hvsh"), virsh, sock,
                              tmp)
            else:
                print("# no virsh: hvsh against virsh not run")
        finally:
            d.stop()

        missing = os.path.join(tmp, "nosuch-sock")
        expect("socket path that does not exist", probe(tool, missing),
               (1, "", "error: Failed to connect socket to '%s': "
                "No such file or directory\n" % missing))

        path = os.path.join(tmp, "closes")
        t = hostile(path, b"")
        expect("server that closes after the first call",
               probe(tool, path),
               (1, "", "error: End of file while reading data: "
                "Input/output error\n"))
        t.join(30)

        path = os.path.join(tmp, "huge")
        t = hostile(path, b"\x7f\xff\xff\xff")
        expect("server that sends a length out of bounds",
               probe(tool, path),
               (1, "", "error: packet 2147483647 bytes received from "
                "server too large, want 33554436\n"))
        t.join(30)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
