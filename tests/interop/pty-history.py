#!/usr/bin/env python3
"""pty-history.py: the history file survives the ways a shell ends.

usage: tests/interop/pty-history.py [--hvsh PATH] [-v]

Drives 'hvsh -c test:///default' on a real pseudo-terminal (the Term of
pty-test.py) with a private HOME and XDG_CACHE_HOME, and checks
$XDG_CACHE_HOME/hvsh/history after:

  - the terminal going away after some commands, as a terminal window or
    'tmux kill-session' does it (SIGHUP to the session and the pty
    closed, or each alone) and SIGTERM, several rounds in a row: the file
    holds every round's lines;
  - ^C at the prompt (the shell dies of SIGINT, as virsh does);
  - SIGTERM right after 'quit', with VIRSH_HISTSIZE=500000 and a full
    500,000-line file: every time the file is whole, the old one or the
    new one, never empty or cut;
  - two shells leaving at the same moment: the file is one shell's whole
    file (or both shells' lines), never a mix or a torn line;
  - a history file that is a symbolic link: what it points to is neither
    offered by Up nor written.

Waiting for output has a generous limit that only catches hangs; nothing
asserts on timing.  Output is TAP; last line "N passed, N failed".
"""

import argparse
import importlib.util
import os
import shutil
import signal
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location(
    "pty_test", os.path.join(HERE, "pty-test.py"))
pty_test = importlib.util.module_from_spec(spec)
spec.loader.exec_module(pty_test)
Term, Report, HANG = pty_test.Term, pty_test.Report, pty_test.HANG

PROMPT = b"hvsh # "
BIG = 500000


class Shell(Term):
    """A Term whose end can be a hang-up: the master side closed."""

    def hangup(self, sig):
        """Ends the terminal: sig (None: none) to the session first,
        then the pty closed.  Returns the exit status, None on a hang."""
        if sig is not None:
            os.killpg(self.proc.pid, sig)
        os.close(self.master)
        self.master = None
        try:
            self.proc.wait(timeout=HANG)
        except Exception:
            return None
        return self.proc.returncode

    def close(self):
        if self.master is None:
            if self.proc.poll() is None:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
            return
        Term.close(self)

    def wait_long(self, limit):
        """wait() with a longer limit, for a shell busy with a big file
        on a loaded machine: still only catches hangs."""
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            rc = self.wait()
            if rc is not None:
                return rc
        return None

    def run(self, line, out):
        """Types line, waits for out on a line of its own, then for the
        prompt.  True when both came."""
        self.send(line.encode() + b"\r")
        if self.expect(b"\n" + out.encode() + b"\n") is None:
            return False
        return self.expect(PROMPT) is not None


def read_lines(path):
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError:
        return None
    return data


def main():
    ap = argparse.ArgumentParser(description="History file in a pty.")
    ap.add_argument("--hvsh", default=os.path.join(HERE, "..", "..",
                                                   "build", "hvsh"))
    ap.add_argument("-v", action="store_true")
    a = ap.parse_args()
    binary = os.path.abspath(a.hvsh)
    if not os.access(binary, os.X_OK):
        print("pty-history: no executable %s" % binary, file=sys.stderr)
        return 2

    top = tempfile.mkdtemp(prefix="hvsh-pty-hist.")
    rep = Report(a.v)
    shells = []
    try:
        bindir = os.path.join(top, "bin")
        home = os.path.join(top, "home")
        os.mkdir(bindir)
        os.mkdir(home)
        os.symlink(binary, os.path.join(bindir, "hvsh"))
        cache = os.path.join(home, ".cache")
        hist = os.path.join(cache, "hvsh", "history")
        env = {
            "PATH": bindir + ":/usr/local/bin:/usr/bin:/bin",
            "HOME": home,
            "XDG_CONFIG_HOME": os.path.join(home, ".config"),
            "XDG_CACHE_HOME": cache,
            "XDG_RUNTIME_DIR": os.path.join(home, ".run"),
            "LC_ALL": "C",
            "TERM": "xterm",
            "INPUTRC": "/dev/null",
        }
        for k in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"):
            if k in os.environ:
                env[k] = os.environ[k]

        def start(extra=None):
            e = dict(env)
            e.update(extra or {})
            t = Shell(["hvsh", "-c", "test:///default"], e, home)
            shells.append(t)
            return t

        # --- the terminal goes away -----------------------------------
        ends = [("SIGHUP and the pty closed", signal.SIGHUP),
                ("the pty closed", None),
                ("SIGTERM", signal.SIGTERM)]
        typed = []
        for rnd in range(6):
            what, sig = ends[rnd % len(ends)]
            t = start()
            ok = t.expect(PROMPT) is not None
            lines = ["echo round-%d-a" % rnd, "echo round-%d-b" % rnd]
            for l in lines:
                ok = ok and t.run(l, l[5:])
            rep.check(ok, "round %d: commands ran" % rnd, t)
            if sig == signal.SIGTERM:
                t.proc.send_signal(sig)
                try:
                    t.proc.wait(timeout=HANG)
                    rc = t.proc.returncode
                except Exception:
                    rc = None
            else:
                rc = t.hangup(sig)
            rep.check(rc is not None and
                      (sig != signal.SIGTERM or rc == -signal.SIGTERM),
                      "round %d: %s ends the shell (status %s)"
                      % (rnd, what, rc))
            typed += lines
            data = read_lines(hist)
            got = data.decode("utf-8", "replace").split("\n") \
                if data is not None else []
            rep.check(data is not None and data.endswith(b"\n") and
                      got[:-1] == typed,
                      "round %d: after %s the history holds all %d lines "
                      "typed so far" % (rnd, what, len(typed)))
            if data is not None and got[:-1] != typed and a.v:
                print("#   history: %r" % got[-6:])

        # --- ^C at the prompt ends the shell, as in virsh, but the
        # history is kept
        t = start()
        ok = t.expect(PROMPT) is not None and \
            t.run("echo before-ctrl-c", "before-ctrl-c")
        t.send(b"echo not-entered")
        t.settle()
        t.send(b"\x03")
        rc = t.wait()
        typed.append("echo before-ctrl-c")
        data = read_lines(hist)
        rep.check(ok and rc == -signal.SIGINT and data is not None and
                  data.decode().split("\n")[:-1] == typed,
                  "^C at the prompt: the shell dies of SIGINT (status %s) "
                  "with the history saved" % rc, t)
        t.close()
        shells.remove(t)

        # --- SIGTERM while a big history is saved ----------------------
        old = "".join("dominfo old-%06d\n" % i for i in range(BIG))
        old_lines = old.split("\n")[:-1]
        whole = 0
        runs = 8
        for rnd in range(runs):
            with open(hist, "w") as f:
                f.write(old)
            t = start({"VIRSH_HISTSIZE": str(BIG)})
            ok = t.expect(PROMPT) is not None and \
                t.run("echo big-%d" % rnd, "big-%d" % rnd)
            if not ok:
                rep.check(False, "big history, run %d: shell ready" % rnd,
                          t)
                continue
            t.send(b"quit\r")
            t.proc.send_signal(signal.SIGTERM)
            rc = t.wait_long(120)
            data = read_lines(hist) or b""
            text = data.decode()
            new1 = (old_lines + ["echo big-%d" % rnd])[-BIG:]
            new2 = (new1 + ["quit"])[-BIG:]
            valid = [old, "\n".join(new1) + "\n", "\n".join(new2) + "\n"]
            if rc is not None and text in valid:
                whole += 1
            else:
                print("#   run %d: status %s, %d bytes, %d lines" %
                      (rnd, rc, len(data), data.count(b"\n")))
            t.close()
            shells.remove(t)
        rep.check(whole == runs,
                  "SIGTERM at 'quit' with VIRSH_HISTSIZE=%d: the file was "
                  "whole (old or new) in %d of %d runs" % (BIG, whole, runs))

        # --- two shells leave together ---------------------------------
        os.unlink(hist)
        for rnd in range(3):
            if os.path.exists(hist):
                os.unlink(hist)
            pair = [start(), start()]
            mine = [["echo pair%d-%s-%d" % (rnd, "ab"[k], i)
                     for i in range(50)] for k in range(2)]
            ok = True
            for k, t in enumerate(pair):
                ok = ok and t.expect(PROMPT) is not None
                for l in mine[k]:
                    ok = ok and t.run(l, l[5:])
            rep.check(ok, "pair %d: both shells ran their commands" % rnd)
            for t in pair:
                t.send(b"quit\r")
            rcs = [t.wait() for t in pair]
            data = read_lines(hist)
            got = data.decode().split("\n")[:-1] if data else []
            a_l, b_l = mine[0] + ["quit"], mine[1] + ["quit"]
            rep.check(rcs == [0, 0] and data is not None and
                      data.endswith(b"\n") and
                      got in (a_l, b_l, a_l + b_l, b_l + a_l),
                      "pair %d: two shells quitting at once leave one "
                      "whole history (%d lines)" % (rnd, len(got)))
            for t in pair:
                t.close()
                shells.remove(t)

        # --- a history file that is a symbolic link ---------------------
        secret = os.path.join(home, "secret")
        with open(secret, "w") as f:
            f.write("echo from-the-link-target\n")
        os.unlink(hist)
        os.symlink(secret, hist)
        t = start()
        t.expect(PROMPT)
        t.send(b"\x1b[A")       # Up: nothing to recall
        t.settle()
        recalled = b"from-the-link-target" in t.seen
        t.send(b"\x15")
        t.settle()
        ok = t.run("echo after-link", "after-link")
        t.send(b"quit\r")
        rc = t.wait()
        rep.check(ok and rc == 0 and not recalled,
                  "a symlinked history file is not read (Up recalls "
                  "nothing from its target)", t)
        with open(secret) as f:
            kept = f.read()
        rep.check(kept == "echo from-the-link-target\n",
                  "the link's target is not written")
        st = os.lstat(hist)
        data = read_lines(hist)
        rep.check(not os.path.islink(hist) and data ==
                  b"echo after-link\nquit\n" and (st.st_mode & 0o777) ==
                  0o600,
                  "the link is replaced by a history file of mode 0600")
    finally:
        for t in shells:
            t.close()
        shutil.rmtree(top, ignore_errors=True)
    print("%d passed, %d failed" % (rep.passed, rep.failed))
    return 1 if rep.failed else 0


if __name__ == "__main__":
    sys.exit(main())
