#!/usr/bin/env python3
"""pty-test.py: the interactive shell driven through a real pseudo-terminal.

usage: tests/interop/pty-test.py [--hvsh PATH | --virsh] [-v]

Starts 'hvsh -c test:///default' (a symlink named hvsh, so a real virsh
shows the same prompt) on a pty with a private HOME and XDG_CACHE_HOME,
types at it like a user and checks what the terminal shows: the banner
and prompt, TAB completion of a command name, an option and a domain
name, history recall with the Up arrow, file names for a path option
and for cd, domain names filtered by state (start offers shut-off
domains, resume paused ones), cd back to $HOME, the history file, and
the read-only prompt after 'connect --readonly'.  Works with whatever line
editor the binary links (readline or libedit).

Each step is one test.  Waiting for output has a generous limit that only
catches hangs; nothing asserts on timing.  Output is TAP; last line
"N passed, N failed".
"""

import argparse
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HANG = 15  # seconds without the awaited text: the shell is stuck
CSI = re.compile(rb"\x1b\[([0-9;?]*)([ -/]*)([@-~])")
ESC = re.compile(rb"\x1b([()][0-9A-Za-z]|[=>78]|\][^\x07]*\x07|.)", re.S)


def render(raw):
    """The text a reader would see: a small terminal model that follows
    carriage return, newline, backspace and the cursor and erase
    sequences line editors redraw with (readline and libedit differ)."""
    lines = [bytearray()]
    row = col = 0
    i = 0
    while i < len(raw):
        c = raw[i]
        if c == 0x1b:
            m = CSI.match(raw, i)
            if m:
                arg, op = m.group(1), m.group(3)
                n = int(arg.split(b";")[0] or b"0") if arg[:1] != b"?" \
                    else 0
                if op == b"G":
                    col = max(n, 1) - 1
                elif op == b"C":
                    col += max(n, 1)
                elif op == b"D":
                    col = max(0, col - max(n, 1))
                elif op == b"A":
                    row = max(0, row - max(n, 1))
                elif op == b"B":
                    row += max(n, 1)
                elif op == b"K" and n == 0:
                    del lines[row][col:]
                elif op == b"J" and n == 0:
                    del lines[row][col:]
                    del lines[row + 1:]
                while row >= len(lines):
                    lines.append(bytearray())
                i = m.end()
                continue
            m = ESC.match(raw, i)
            i = m.end() if m else i + 1
            continue
        if c == 13:
            col = 0
        elif c == 10:
            row += 1
            col = 0
            while row >= len(lines):
                lines.append(bytearray())
        elif c == 8:
            col = max(0, col - 1)
        elif c >= 32 or c == 9:
            line = lines[row]
            if len(line) < col:
                line.extend(b" " * (col - len(line)))
            if col < len(line):
                line[col] = c
            else:
                line.append(c)
            col += 1
        i += 1
    return b"\n".join(bytes(l) for l in lines)


class Term:
    def __init__(self, argv, env, cwd):
        self.master, slave = os.openpty()
        # A wide terminal keeps completion listings on few lines.
        import fcntl
        import struct
        import termios
        fcntl.ioctl(slave, termios.TIOCSWINSZ,
                    struct.pack("HHHH", 40, 200, 0, 0))
        self.proc = subprocess.Popen(argv, stdin=slave, stdout=slave,
                                     stderr=slave, env=env, cwd=cwd,
                                     start_new_session=True,
                                     preexec_fn=self._ctty)
        os.close(slave)
        self.seen = b""     # everything, escapes removed
        self.pos = 0        # where the next expect() starts looking

    @staticmethod
    def _ctty():
        import fcntl
        import termios
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    def _read(self, limit):
        r, _, _ = select.select([self.master], [], [], limit)
        if not r:
            return False
        try:
            data = os.read(self.master, 65536)
        except OSError:
            return None
        if not data:
            return None
        self.raw = getattr(self, "raw", b"") + data
        self.seen = render(self.raw)
        return True

    def expect(self, text):
        """Waits until text (bytes or compiled regex) shows after the
        previous match; returns the match or None on hang/exit."""
        deadline = time.monotonic() + HANG
        while True:
            self.pos = min(self.pos, len(self.seen))
            hay = self.seen[self.pos:]
            m = text.search(hay) if hasattr(text, "search") else None
            if m is None and not hasattr(text, "search"):
                i = hay.find(text)
                if i >= 0:
                    self.pos += i + len(text)
                    return text
            elif m is not None:
                self.pos += m.end()
                return m
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            if self._read(left) is None:
                # Child gone: one last look at what it printed.
                hay = self.seen[self.pos:]
                if hasattr(text, "search"):
                    m = text.search(hay)
                    if m:
                        self.pos += m.end()
                    return m
                i = hay.find(text)
                if i >= 0:
                    self.pos += i + len(text)
                    return text
                return None

    def send(self, data):
        os.write(self.master, data)

    def settle(self):
        """Reads whatever the shell prints in response to the last keys,
        until it has been quiet briefly (an echo, a completion)."""
        while self._read(0.3):
            pass

    def wait(self):
        deadline = time.monotonic() + HANG
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                return self.proc.returncode
            self._read(0.2)
        return None

    def close(self):
        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.proc.wait()
        os.close(self.master)


class Report:
    def __init__(self, verbose):
        self.n = self.passed = self.failed = 0
        self.verbose = verbose

    def check(self, ok, what, term=None):
        self.n += 1
        if ok:
            self.passed += 1
            print("ok %d - %s" % (self.n, what))
        else:
            self.failed += 1
            print("not ok %d - %s" % (self.n, what))
            if term is not None:
                tail = term.seen[-600:].decode("utf-8", "replace")
                for l in tail.split("\n"):
                    print("#   | " + l)
        sys.stdout.flush()
        return ok


def main():
    ap = argparse.ArgumentParser(description="Interactive shell in a pty.")
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--hvsh", default=os.path.join(here, "..", "..",
                                                   "build", "hvsh"))
    ap.add_argument("--virsh", action="store_true",
                    help="drive the real virsh instead (checks the test)")
    ap.add_argument("-v", action="store_true")
    a = ap.parse_args()
    binary = shutil.which("virsh") if a.virsh else os.path.abspath(a.hvsh)
    if not binary or not os.access(binary, os.X_OK):
        print("pty-test: no executable %s" % (binary or "virsh"),
              file=sys.stderr)
        return 2
    # Where the history lands: ours, or libvirt's for the reference.
    hist_rel = ("libvirt", "virsh", "history") if a.virsh \
        else ("hvsh", "history")
    # virsh's prompt names virsh whatever argv[0] says; the banner does not.
    prog = b"virsh" if a.virsh else b"hvsh"

    top = tempfile.mkdtemp(prefix="hvsh-pty.")
    rep = Report(a.v)
    term = None
    try:
        bindir = os.path.join(top, "bin")
        home = os.path.join(top, "home")
        os.mkdir(bindir)
        os.mkdir(home)
        os.symlink(binary, os.path.join(bindir, "hvsh"))
        env = {
            "PATH": bindir + ":/usr/local/bin:/usr/bin:/bin",
            "HOME": home,
            "XDG_CONFIG_HOME": os.path.join(home, ".config"),
            "XDG_CACHE_HOME": os.path.join(home, ".cache"),
            "XDG_RUNTIME_DIR": os.path.join(home, ".run"),
            "LC_ALL": "C",
            "TERM": "xterm",
            # Keeps readline from reading the user's key bindings.
            "INPUTRC": "/dev/null",
        }
        for k in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"):
            if k in os.environ:
                env[k] = os.environ[k]
        # libedit reads ~/.editrc; HOME is empty, so defaults apply.
        term = Term(["hvsh", "-c", "test:///default"], env, home)

        rep.check(term.expect(b"Welcome to hvsh") is not None,
                  "banner names the program", term)
        rep.check(term.expect(b"\n" + prog + b" # ") is not None,
                  "read-write prompt 'hvsh # '", term)

        # Command name: 'domi' is a prefix of several commands; the
        # second TAB lists them.
        term.send(b"domi\t")
        term.settle()
        term.send(b"\t")
        ok = term.expect(re.compile(rb"dominfo[\s\S]*domid|domid[\s\S]*dominfo"))
        rep.check(ok is not None,
                  "domi TAB TAB lists dominfo and domid", term)
        # Finish the word by hand, then a domain name by TAB.
        term.send(b"\x15")      # ^U: drop the partial line
        term.settle()
        term.send(b"dominfo t\t")
        term.settle()
        term.pos = len(term.seen)
        term.send(b"\r")
        ok = term.expect(b"Name:           test")
        rep.check(ok is not None,
                  "dominfo t TAB completes the domain name test", term)
        term.expect(prog + b" # ")

        # An option name.
        term.send(b"list --ina\t")
        ok = term.expect(b"--inactive ")
        rep.check(ok is not None, "list --ina TAB completes --inactive",
                  term)
        term.send(b"\r")
        ok = term.expect(re.compile(rb"Id +Name +State\n-+\n"))
        rep.check(ok is not None, "completed line runs (list --inactive)",
                  term)
        term.expect(prog + b" # ")

        # History: Up twice brings back 'dominfo test'.
        term.send(b"\x1b[A\x1b[A")
        term.settle()
        term.send(b"\r")
        ok = term.expect(b"Name:           test")
        rep.check(ok is not None, "Up arrow recalls an earlier line", term)
        term.expect(prog + b" # ")

        # File names for an option that is a path, state for names.
        dom = ("<domain type='test'><name>%s</name><memory>1024</memory>"
               "<os><type>hvm</type></os></domain>\n")
        os.mkdir(os.path.join(home, "xmldir"))
        for path, name in (("guest-one.xml", "tdom"),
                           (os.path.join("xmldir", "inner.xml"), "inner")):
            with open(os.path.join(home, path), "w") as f:
                f.write(dom % name)
        term.send(b"define gu\t")
        ok = term.expect(b"define guest-one.xml ")
        rep.check(ok is not None, "define gu TAB completes a file name",
                  term)
        term.send(b"\r")
        ok = term.expect(b"Domain 'tdom' defined from guest-one.xml")
        rep.check(ok is not None, "the completed file is defined", term)
        term.expect(prog + b" # ")
        term.send(b"define xmld\t")
        ok = term.expect(b"define xmldir/")
        term.settle()
        term.send(b"in\t")
        ok = ok and term.expect(b"inner.xml ")
        rep.check(ok is not None and ok is not False,
                  "TAB completes a directory, then a file in it", term)
        term.send(b"\r")
        term.expect(prog + b" # ")
        # 'test' runs and 'tdom' is shut off: start offers tdom alone.
        term.send(b"start t\t")
        ok = term.expect(b"start tdom ")
        rep.check(ok is not None,
                  "start t TAB offers the inactive domain only", term)
        term.send(b"\r")
        ok = term.expect(b"Domain 'tdom' started")
        rep.check(ok is not None, "the completed domain starts", term)
        term.expect(prog + b" # ")
        term.send(b"suspend tdom\r")
        term.expect(prog + b" # ")
        term.send(b"resume t\t")
        ok = term.expect(b"resume tdom ")
        rep.check(ok is not None,
                  "resume t TAB offers the paused domain only", term)
        term.send(b"\r")
        ok = term.expect(b"Domain 'tdom' resumed")
        rep.check(ok is not None, "the completed domain resumes", term)
        term.expect(prog + b" # ")
        # cd: a directory by TAB, and home again without an argument.
        term.send(b"cd xm\t")
        ok = term.expect(b"cd xmldir/")
        rep.check(ok is not None, "cd xm TAB completes the directory", term)
        term.send(b"\r")
        term.expect(prog + b" # ")
        term.send(b"pwd\r")
        ok = term.expect(os.path.join(home, "xmldir").encode() + b"\n")
        term.expect(prog + b" # ")
        term.send(b"cd\r")
        term.expect(prog + b" # ")
        term.send(b"pwd\r")
        ok = ok and term.expect(b"\n" + home.encode() + b"\n")
        rep.check(ok is not None and ok is not False,
                  "cd without a directory goes back to $HOME", term)
        term.expect(prog + b" # ")

        term.send(b"connect --readonly\r")
        ok = term.expect(prog + b" > ")
        rep.check(ok is not None,
                  "connect --readonly gives the prompt 'hvsh > '", term)

        term.send(b"quit\r")
        rc = term.wait()
        rep.check(rc == 0, "quit ends the shell with status 0 (got %s)" % rc,
                  term)

        hist = os.path.join(env["XDG_CACHE_HOME"], *hist_rel)
        try:
            with open(hist, "rb") as f:
                text = f.read()
        except OSError:
            text = None
        rep.check(text is not None,
                  "history file %s written" % os.path.join(
                      "$XDG_CACHE_HOME", *hist_rel))
        rep.check(text is not None and b"dominfo test" in text
                  and b"list --inactive" in text,
                  "history file holds the lines typed")
    finally:
        if term is not None:
            term.close()
        shutil.rmtree(top, ignore_errors=True)
    print("%d passed, %d failed" % (rep.passed, rep.failed))
    return 1 if rep.failed else 0


if __name__ == "__main__":
    sys.exit(main())
