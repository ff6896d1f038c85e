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

from libvirtd import (Libvirtd, Sshd, free_port, read_cases, run_shell, report,
                     summary)





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


def cases(names=None):
    """Every remote-cases/*.txt (or those named), in name order, as
    (file, argv)."""
    for name in sorted(os.listdir(CASES_DIR)):
        if name.endswith(".txt") and (names is None or name[:-4] in names):
            for c in read_cases(os.path.join(CASES_DIR, name)):
                yield name[:-4], c


def same(name, hvsh, virsh, argv, daemon, env=None):
    """hvsh and virsh give the same status, stdout and stderr; each
    starts on a daemon that has forgotten the runs before."""
    got = run_shell([hvsh] + argv, env=env)
    daemon.idle()
    want = run_shell([virsh] + argv, env=env)
    daemon.idle()
    expect(name, got, want)


def write_script(path, text):
    with open(path, "w") as f:
        f.write("#!/bin/sh\n" + text)
    os.chmod(path, 0o755)


# The cases every other transport runs too: the open, the host, a call
# that fails and one that changes the daemon's state.
SHORT = ["connect", "host"]


def against_virsh(hvsh, virsh, d, tcp_port, sshd, tmp):
    """Each case through hvsh and virsh on daemon d, on every transport
    there is here; then each way of failing to connect."""
    sock = d.sock
    with open(os.path.join(tmp, "new.xml"), "w") as f:
        f.write(NEW_XML)
    with open(os.path.join(tmp, "bad.xml"), "w") as f:
        f.write("<domain type='test'><name>x</nam")
    ext = os.path.join(tmp, "ext-nc")
    write_script(ext, "exec nc -U %s\n" % sock)
    ways = [("unix", "test+unix:///default?socket=%s" % sock, None),
            ("tcp", "test+tcp://127.0.0.1:%d/default" % tcp_port, SHORT),
            ("ext", "test+ext:///default?command=%s" % ext, SHORT)]
    env = None
    if sshd:
        ways.append(("ssh", "test+ssh://root@127.0.0.1:%d/default?"
                     "socket=%s&keyfile=%s&no_verify=1&command=%s"
                     % (sshd.port, sock, sshd.key, sshd.ssh), SHORT))
        # virsh's libssh and libssh2 are in process; hvsh's is the ssh
        # on PATH, here the private server's client
        for way in ("libssh", "libssh2"):
            ways.append((way, "test+%s://127.0.0.1:%d/default?socket=%s&"
                         "keyfile=%s&known_hosts=%s&sshauth=privkey"
                         % (way, sshd.port, sock, sshd.key,
                            sshd.known_hosts), SHORT))
        env = {"PATH": os.path.dirname(sshd.ssh) + ":" +
               os.environ.get("PATH", "")}
    for way, uri, names in ways:
        for f, c in cases(names):
            c = [a.replace("@TMP@", tmp).replace("@CASES@", CASES_DIR)
                 for a in c]
            same("%s %s: hvsh %s, as virsh" % (way, f, " ".join(c)), hvsh,
                 virsh, ["-c", uri] + c, d, env)
    # the daemon's own refusal, the local test driver taking a socket=
    # URI without transport, and each transport failing to connect
    missing = os.path.join(tmp, "nosuch-sock")
    fail = [os.path.join(tmp, n) for n in ("true", "says")]
    write_script(fail[0], "exit 0\n")
    write_script(fail[1], "echo 'it went wrong' >&2\nexit 3\n")
    uris = ["qemu+unix:///system?socket=%s" % sock,
            "test:///default?socket=%s" % sock,
            "test+unix:///default?socket=%s&mode=legacy" % sock,
            "test+unix:///nosuch?socket=%s&name=test:///default" % sock,
            "test+unix:///default?socket=%s&name=nosuch:///x" % sock,
            "test+unix:///default?socket=%s&extra=1" % sock,
            "test+unix:///default?socket=%s" % missing,
            "test+tcp://127.0.0.1:%d/default" % free_port(),
            "test+tcp://127.0.0.1:%d/nosuch" % tcp_port,
            "test+ext:///default",
            "test+ssh://127.0.0.1/default?mode=direct",
            "test+ssh://127.0.0.1/default?proxy=native&netcat=nc",
            "test+ssh://127.0.0.1/default?proxy=nosuch"]
    if sshd:
        base = "test+ssh://root@127.0.0.1:%d/default?keyfile=%s&" \
            "no_verify=1&command=%s" % (sshd.port, sshd.key, sshd.ssh)
        uris += [base + "&socket=%s" % missing,
                 base + "&socket=%s&netcat=/nonexistent/nc" % sock,
                 "test+ssh://root@127.0.0.1:%d/default?command=%s&"
                 "no_tty=1&socket=%s" % (sshd.port, sshd.ssh, sock),
                 "test+ssh://root@127.0.0.1:%d/default?command=%s&"
                 "no_tty=1&socket=%s" % (free_port(), sshd.ssh, sock)]
    for u in uris:
        same("hvsh -c %s uri, as virsh" % u, hvsh, virsh, ["-c", u, "uri"],
             d)
    # A command that fails at once: virsh's words race with the child's
    # exit (it may also say "client socket is closed", or die of
    # SIGPIPE); hvsh's are always its usual ones, with the child's
    # standard error.
    reset = "Connection reset by peer"
    for cmd, said in [(missing, "libvirt:  error : cannot execute binary "
                       "%s: No such file or directory" % missing),
                      (ext + " extra", "libvirt:  error : cannot execute "
                       "binary %s extra: No such file or directory" % ext),
                      (fail[0], ""), (fail[1], "it went wrong")]:
        u = "test+ext:///default?command=%s" % cmd.replace(" ", "%20")
        expect("hvsh -c %s uri: the child's words" % u,
               run_shell([hvsh, "-c", u, "uri"]),
               (1, "", "error: failed to connect to the hypervisor\n"
                "error: Cannot recv data: %s: %s\n" % (said, reset)))
    ssh_argv(hvsh, virsh, tmp)


def ssh_argv(hvsh, virsh, tmp):
    """The argv and environment the ssh transport gives its command:
    a stand-in that logs them and exits."""
    log = os.path.join(tmp, "argv.log")
    fake = os.path.join(tmp, "fake-ssh")
    write_script(fake, "{ for a in \"$@\"; do printf '[%%s]\\n' \"$a\"; "
                 "done; env | sort; } > %s\n" % log)
    cmd = "command=%s" % fake
    uris = [("", "test+ssh://root@127.0.0.1:2222/default?" + cmd),
            ("", "qemu+ssh://user@host.example:2222/system?" + cmd +
             "&keyfile=/k&no_tty=1&no_verify=1"),
            ("", "test+ssh:///default?" + cmd),
            ("-r", "test+ssh://h/default?" + cmd),
            ("", "test+ssh://h/default?socket=/s&netcat=/usr/bin/n%20c&" +
             cmd),
            ("", "test+ssh://h/default?proxy=native&" + cmd),
            ("-r", "test+ssh://h/default?proxy=native&" + cmd),
            ("-r", "test+ssh://h/default?proxy=netcat&" + cmd),
            ("", "test+ssh://h/default?proxy=auto&socket=/s&" + cmd),
            ("", "test+ssh://h/default?mode=direct&socket=/s&" + cmd),
            ("", "qemu+ssh://h/system?foo=bar&" + cmd),
            ("", "qemu+ssh://h/session?" + cmd),
            ("", "qemu+ssh://h/system?name=it%27s&" + cmd)]
    env = {"SSH_AUTH_SOCK": "/nonexistent/agent", "HVSH_NOT_PASSED": "1"}
    for ro, u in uris:
        argv = (["-r"] if ro else []) + ["-c", u, "uri"]
        got = []
        for prog in (hvsh, virsh):
            if os.path.exists(log):
                os.unlink(log)
            r = run_shell([prog] + argv, env=env)
            text = open(log).read() if os.path.exists(log) else None
            got.append((r, text))
        # What each says of a stand-in that exits at once races with
        # its exit (virsh's especially): only hvsh's status is checked.
        expect("hvsh %s: the ssh argv and environment, as virsh's"
               % " ".join(argv), (got[0][0][0], got[0][1]),
               (1, got[1][1]))


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
        tcp_port = free_port()
        d = Libvirtd(tmp, conf={"listen_tcp": 1, "tcp_port": str(tcp_port),
                                "auth_tcp": "none",
                                "listen_addr": "127.0.0.1"}, listen=True)
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
            sshd = Sshd(tmp)
            why = sshd.start()
            if why:
                print("# %s: the ssh transport not run" % why)
                sshd = None
            try:
                if virsh:
                    against_virsh(os.path.join(a.build, "hvsh"), virsh, d,
                                  tcp_port, sshd, tmp)
                else:
                    print("# no virsh: hvsh against virsh not run")
            finally:
                if sshd:
                    sshd.stop()
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
               (1, "", "error: packet 2147483643 bytes received from "
                "server too large, want 33554432\n"))
        t.join(30)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return summary()


if __name__ == "__main__":
    sys.exit(main())
