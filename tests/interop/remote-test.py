#!/usr/bin/env python3
"""remote-test.py: the RPC client (src/rpc/client.c) against a real
libvirtd and against peers that hang up.

usage: tests/interop/remote-test.py --build BUILD_DIR

Starts a private libvirtd serving the test driver on a unix socket in a
temporary directory (no driver modules loaded, no TCP), runs the probe
BUILD_DIR/tests/test-rpc-client SOCKET NAME through it, then each of
CASES through BUILD_DIR/hvsh and through virsh, both with
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
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time

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


def start_daemon(tmp):
    """The daemon's PID and socket path, or (None, reason)."""
    daemon = shutil.which("libvirtd") or "/usr/sbin/libvirtd"
    if not os.access(daemon, os.X_OK):
        return None, "no libvirtd (apt-get install libvirt-daemon)"
    run = os.path.join(tmp, "run")
    drv = os.path.join(tmp, "drivers-none")
    os.makedirs(run)
    os.makedirs(drv)
    conf = os.path.join(tmp, "libvirtd.conf")
    pidfile = os.path.join(tmp, "libvirtd.pid")
    log = os.path.join(tmp, "libvirtd.log")
    with open(conf, "w") as f:
        f.write('unix_sock_dir = "%s"\n' % run)
        f.write('unix_sock_ro_perms = "0777"\n')
        f.write('unix_sock_rw_perms = "0770"\n')
        f.write('unix_sock_admin_perms = "0700"\n')
        f.write('auth_unix_ro = "none"\nauth_unix_rw = "none"\n')
        f.write('listen_tls = 0\nlisten_tcp = 0\nlog_level = 3\n')
        f.write('log_outputs = "3:file:%s"\n' % log)
    env = dict(os.environ, LIBVIRT_DRIVER_DIR=drv)
    # Without the driver modules it starts in well under a second; the
    # wait below only bounds a daemon that never comes up.
    subprocess.run([daemon, "-f", conf, "-p", pidfile, "-d"], env=env,
                   stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=60)
    sock = os.path.join(run, "libvirt-sock")
    for _ in range(200):
        if os.path.exists(pidfile) and os.path.exists(sock):
            with open(pidfile) as f:
                return int(f.read().strip()), sock
        time.sleep(0.1)
    tail = ""
    if os.path.exists(log):
        with open(log) as f:
            tail = f.read().strip().splitlines()[-1:]
            tail = ": " + tail[0] if tail else ""
    return None, "libvirtd did not start%s" % tail


def stop_daemon(pid):
    os.kill(pid, signal.SIGTERM)
    for _ in range(200):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.1)
    os.kill(pid, signal.SIGKILL)


CASES = [
    ["uri"],
    ["hostname"],
    ["list", "--all"],
    ["dominfo", "test"],
    ["domstate", "test"],
    ["domstate", "--reason", "test"],
    ["domid", "test"],
    ["domname", "1"],
    ["domuuid", "test"],
    ["dominfo", "6695eb01-f6a4-8304-79aa-97f2502e193f"],
    ["domstate", "1"],
    ["list"],
    ["list", "--inactive"],
    ["list", "--name", "--all"],
    ["-r", "dominfo", "test"],
    ["domid", "nosuch"],
    ["nodeinfo"],
    ["dominfo", "nosuch"],
    ["domstate", "nosuch"],
    ["version"],
    ["version", "--daemon"],
]


def run_shell(argv):
    env = dict(os.environ, LC_ALL="C", LIBVIRT_DEFAULT_URI="")
    env.pop("VIRSH_DEFAULT_CONNECT_URI", None)
    p = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       stdin=subprocess.DEVNULL, timeout=60, env=env)
    # The daemon's test driver reports the wall clock as CPU time: keep
    # the line's shape, not its digits.
    out = re.sub(r"(?m)^(CPU time: +)[0-9]+\.[0-9]s$", r"\1N.Ns",
                 p.stdout.decode())
    return p.returncode, out, p.stderr.decode()


def against_virsh(hvsh, virsh, sock, tmp):
    """Each of CASES through hvsh and virsh on the daemon at sock."""
    uri = "test+unix:///default?socket=%s" % sock
    for c in CASES:
        got = run_shell([hvsh, "-c", uri] + c)
        want = run_shell([virsh, "-c", uri] + c)
        expect("hvsh %s, as virsh" % " ".join(c), got, want)
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
        pid, sock = start_daemon(tmp)
        if pid is None:
            print("skip: %s" % sock)
            return 77
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
            stop_daemon(pid)

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
