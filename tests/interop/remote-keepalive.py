#!/usr/bin/env python3
"""remote-keepalive.py: keepalive between calls, against a real libvirtd.

usage: tests/interop/remote-keepalive.py --build BUILD_DIR

Starts a private libvirtd with keepalive_interval = 1 and
keepalive_count = 2 (it drops a client that leaves its PINGs unanswered
for about 3 s) and drives an interactive BUILD_DIR/hvsh and a real virsh
the same way, on -c 'test+unix:///default?socket=SOCKET', through pipes
held open (and hvsh alone on a pty too, its line editor's wait):

  idle     the shell sits at its prompt until the daemon has dropped a
           silent client that connected after it, then runs 'list':
           it still works, as the shell answered the daemon's PINGs
  stopped  -k 1 -K 2, the daemon stopped (SIGSTOP): the shell reports
           the keepalive timeout while it idles, and reconnects on the
           next command once the daemon goes on (SIGCONT)
  in call  the same with the daemon stopped while a call waits
  gone     the daemon ends: "due to end of file", then the reconnect
           fails
  options  -k / -K errors, and keepalive that the peer cannot do

The two shells' stdout (prompts named alike), stderr and exit status
must be the same.  No step asserts on timing: each waits for an event
(the silent client's end of file, a line of output) with a limit that
only catches a hang.  Stops the daemon by its PID.  Prints "ok"/"not ok"
lines and "N passed, N failed"; exits 77 with "skip: REASON" when
libvirtd or virsh is missing.
"""

import argparse
import os
import pty
import select
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import time

from libvirtd import Libvirtd, run_shell, report, summary

HANG = 60  # seconds without the awaited event: something is stuck




def shell_env(tmp):
    e = dict(os.environ, LC_ALL="C", LIBVIRT_DEFAULT_URI="", HOME=tmp,
             XDG_CACHE_HOME=os.path.join(tmp, "cache"),
             XDG_CONFIG_HOME=os.path.join(tmp, "config"), TERM="dumb")
    e.pop("VIRSH_DEFAULT_CONNECT_URI", None)
    return e


class Shell:
    """An interactive shell on pipes (or a pty: stdout and stderr then
    one stream), its output collected as it comes."""

    def __init__(self, argv, env, tty=False):
        self.out = b""
        self.err = b""
        self.tty = tty
        self.prompt = prompt_of(argv[0]).encode()
        if tty:
            self.pid, self.master = pty.fork()
            if self.pid == 0:
                os.execve(argv[0], argv, env)
            self.fds = {self.master: "out"}
            return
        self.p = subprocess.Popen(argv, stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, env=env)
        self.fds = {self.p.stdout.fileno(): "out",
                    self.p.stderr.fileno(): "err"}

    def pump(self, limit):
        """Reads what comes within limit seconds; False at the end of
        every stream."""
        if not self.fds:
            return False
        r, _, _ = select.select(list(self.fds), [], [], limit)
        for fd in r:
            try:
                b = os.read(fd, 65536)
            except OSError:
                b = b""
            if not b:
                del self.fds[fd]
            elif self.fds[fd] == "out":
                self.out += b
            else:
                self.err += b
        return True

    def wait_until(self, done):
        """Until done() holds; False on a hang or the end of output."""
        end = time.monotonic() + HANG
        while not done():
            left = end - time.monotonic()
            if left <= 0 or not self.pump(left):
                return False
        return True

    def wait_for(self, stream, text, count=1):
        """Until text has appeared count times in stream."""
        want = text.encode()
        return self.wait_until(
            lambda: getattr(self, stream).count(want) >= count)

    def send(self, line):
        data = (line + "\n").encode()
        if self.tty:
            os.write(self.master, data.replace(b"\n", b"\r"))
        else:
            self.p.stdin.write(data)
            self.p.stdin.flush()

    def finish(self):
        """(status, stdout, stderr) after the end of input; status None
        when the shell did not end."""
        if self.tty:
            # ^D means the end only to the line editor at its prompt,
            # not to the terminal between two commands.
            self.wait_until(lambda: self.out.endswith(self.prompt))
            os.write(self.master, b"\x04")
        else:
            self.p.stdin.close()
        end = time.monotonic() + HANG
        while self.fds and time.monotonic() < end:
            self.pump(end - time.monotonic())
        if self.tty:
            rc = None
            while rc is None and time.monotonic() < end:
                pid, st = os.waitpid(self.pid, os.WNOHANG)
                if pid:
                    rc = os.waitstatus_to_exitcode(st)
                else:
                    time.sleep(0.1)
            if rc is None:
                return None, self.out.decode(), self.err.decode()
            self.pid = None
            os.close(self.master)
        else:
            try:
                rc = self.p.wait(timeout=HANG)
            except subprocess.TimeoutExpired:
                self.p.kill()
                rc = self.p.wait()
        return rc, self.out.decode(), self.err.decode()

    def kill(self):
        if self.tty:
            if self.pid is None:
                return
            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
                os.close(self.master)
            except OSError:
                pass
        elif self.p.poll() is None:
            self.p.kill()
            self.p.wait()


def prompt_of(prog):
    return "%s # " % os.path.basename(prog)


def normal(prog, text):
    """The prompt of either shell under one name."""
    return text.replace(prompt_of(prog), "SHELL # ")


def silent_client(path):
    """A client that asks for the keepalive program, then never answers
    the daemon's PINGs: True once the daemon has dropped it."""
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.settimeout(HANG)
    try:
        s.connect(path)
        # CONNECT_SUPPORTS_FEATURE (60) of 10, PROGRAM_KEEPALIVE
        s.sendall(struct.pack(">7Ii", 32, 0x20008086, 1, 60, 0, 0, 0, 10))
        while s.recv(4096):
            pass
        return True
    except OSError:
        return False
    finally:
        s.close()


def run_session(prog, uri, env, script, args=(), tty=False):
    """(status, stdout, stderr) of an interactive shell that script(sh)
    drives; None (and a report) when script says what went wrong."""
    sh = Shell([prog, "-q"] + list(args) + ["-c", uri], env, tty=tty)
    try:
        if not sh.wait_for("out", prompt_of(prog)):
            return "no prompt: %r %r" % (sh.out, sh.err)
        why = script(sh)
        if why:
            return "%s: %r %r" % (why, sh.out, sh.err)
        rc, out, err = sh.finish()
        return rc, normal(prog, out), err
    finally:
        sh.kill()


def compare(name, hvsh, virsh):
    if isinstance(hvsh, str) or isinstance(virsh, str):
        report(False, name, "hvsh: %s\nvirsh: %s" % (hvsh, virsh))
        return
    report(hvsh == virsh, name,
           "hvsh  %r\nvirsh %r" % (hvsh, virsh))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", required=True)
    opts = ap.parse_args()
    hvsh = os.path.abspath(os.path.join(opts.build, "hvsh"))
    virsh = shutil.which("virsh")
    if virsh is None:
        print("skip: no virsh (apt-get install libvirt-clients)")
        return 77
    tmp = tempfile.mkdtemp(prefix="hvsh-ka-")
    d = Libvirtd(tmp, conf={"keepalive_interval": 1, "keepalive_count": 2})
    reason = d.start()
    if reason:
        print("skip: %s" % reason)
        shutil.rmtree(tmp, ignore_errors=True)
        return 77
    env = shell_env(tmp)
    uri = "test+unix:///default?socket=" + d.sock
    try:
        tests(hvsh, virsh, d, uri, env)
    finally:
        d.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    return summary()


def tests(hvsh, virsh, d, uri, env):
    end = "due to keepalive timeout"

    # "test   running", not "running": polkit's agent, started around each
    # open on a terminal, may say "Check if polkit service is running".
    def idle(sh):
        # It connected first: its deadline passed before the silent
        # client's, which is what the daemon's drop proves.
        if not silent_client(d.sock):
            return "the daemon did not drop a silent client"
        sh.send("list")
        if not sh.wait_for("out", "test   running"):
            return "no answer to list"
        return None

    def stopped(sh):
        os.kill(d.pid, signal.SIGSTOP)
        try:
            seen = sh.wait_for("out" if sh.tty else "err", end)
        finally:
            os.kill(d.pid, signal.SIGCONT)
        if not seen:
            return "no keepalive timeout"
        sh.send("list")
        return None if sh.wait_for("out", "test   running") else "no list"

    def in_call(sh):
        os.kill(d.pid, signal.SIGSTOP)
        try:
            sh.send("hostname")
            seen = sh.wait_for("err", "failed to get hostname")
        finally:
            os.kill(d.pid, signal.SIGCONT)
        if not seen:
            return "hostname did not fail"
        sh.send("list")
        return None if sh.wait_for("out", "test   running") else "no list"

    for name, script, args in (
            ("idle past the daemon's keepalive timeout", idle, ()),
            ("idle with -k 1 -K 2", idle, ("-k", "1", "-K", "2")),
            ("daemon stopped while the shell idles", stopped,
             ("-k", "1", "-K", "2")),
            ("daemon stopped during a call", in_call,
             ("-k", "1", "-K", "2"))):
        compare(name, run_session(hvsh, uri, env, script, args),
                run_session(virsh, uri, env, script, args))
        d.idle()

    # The line editor's wait on a terminal: the same events, the text
    # where a reader sees it (one stream, the editor's redraws around).
    r = run_session(hvsh, uri, env, idle, tty=True)
    report(not isinstance(r, str) and r[0] == 0 and
           "test   running" in r[1], "pty: idle past the daemon's timeout",
           repr(r))
    d.idle()
    r = run_session(hvsh, uri, env, stopped, ("-k", "1", "-K", "2"),
                    tty=True)
    report(not isinstance(r, str) and r[0] == 0 and
           "Disconnected from %s %s" % (uri, end) in r[1] and
           "Reconnected to the hypervisor" in r[1] and
           "test   running" in r[1],
           "pty: daemon stopped while the shell idles", repr(r))
    d.idle()

    for args in (["-k", "abc"], ["-k", "-1"], ["--keepalive-interval=-1"],
                 ["-k", "99999999999"], ["-K", "x"], ["-K", "-3"],
                 ["--keepalive-count=abc"], ["-k", "0x10", "-c", uri],
                 ["-k", "2", "-K", "3", "-c", uri],
                 ["-k", "0", "-c", uri], ["-K", "0", "-c", uri],
                 ["-k", "3000000", "-c", uri],
                 ["-K", "3", "-c", "test:///default"],
                 ["-k", "0", "-K", "5", "-c", "test:///default"]):
        argv = args + ["list"]
        got = run_shell([hvsh] + argv)
        want = run_shell([virsh] + argv)
        compare("options: %s" % " ".join(argv).replace(d.sock, "SOCK"),
                got, want)
        d.idle()

    # An editor that takes longer than the daemon's timeout: the shell
    # answers the daemon meanwhile, so the connection is still there.
    slow = os.path.join(d.tmp, "slow-editor")
    with open(slow, "w") as f:
        f.write("#!/bin/sh\nsleep 4\n")
    os.chmod(slow, 0o755)
    argv = ["-c", uri, "edit test; list"]
    got = run_shell([hvsh] + argv, env={"EDITOR": slow, "VISUAL": slow})
    d.idle()
    want = run_shell([virsh] + argv, env={"EDITOR": slow, "VISUAL": slow})
    d.idle()
    compare("an edit longer than the daemon's timeout", got, want)
    report(got[0] == 0 and "running" in got[1] and
           "Reconnected" not in got[2],
           "an edit longer than the daemon's timeout keeps the connection",
           repr(got))

    # Last: a daemon of each shell's own goes away for good.
    for args in ((), ("-k", "0")):
        gone_compare(hvsh, virsh, d, env, args)


def gone_compare(hvsh, virsh, d, env, args):
    results = []
    for prog in (hvsh, virsh):
        g = Libvirtd(d.tmp, name="gone-%s%s" % (os.path.basename(prog),
                                             "".join(args)))
        reason = g.start()
        if reason:
            report(False, "daemon gone", reason)
            return

        def gone(sh):
            g.stop()
            if not sh.wait_for("err", "due to end of file"):
                return "no end of file"
            sh.send("list")
            return None if sh.wait_for("err", "Failed to connect socket") \
                else "no reconnect"

        r = run_session(prog, "test+unix:///default?socket=" + g.sock, env,
                        gone, args)
        g.stop()
        if not isinstance(r, str):
            r = (r[0], r[1], r[2].replace(g.sock, "SOCK"))
        results.append(r)
    compare(" ".join(("daemon gone while the shell idles",) + args),
            results[0], results[1])


if __name__ == "__main__":
    sys.exit(main())
