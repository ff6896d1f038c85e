#!/usr/bin/env python3
"""remote-hostile.py: hvsh against a server that lies.

usage: tests/interop/remote-hostile.py --build BUILD_DIR

A test server on a unix socket in a temporary directory stands in for
an attacker: it answers the open sequence (AUTH_LIST, CONNECT_OPEN) as
libvirtd does, then answers the first call of `hvsh -c
'test+unix:///default?socket=S' list --all` (CONNECT_LIST_ALL_DOMAINS)
with one malformed packet of each kind: a wrong serial, program,
version, type or status, a payload cut short, counts that are negative
or past libvirt's limits, a string past 4 MiB, a CALL from the server, a
stream packet for no stream, a length word out of bounds, a flood of
events and pings before the real answer.  hvsh must give one clear
error line and exit 1, or, for what the protocol allows (events, pings,
a real error reply), the right answer; never crash, hang or allocate
what a count claims before it is checked.  No daemon is run.  Prints
"ok"/"not ok" lines and "N passed, N failed".
"""

import argparse
import os
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import threading

from libvirtd import run_shell, report, summary


PROG = 0x20008086
KEEPALIVE = 0x6b656570
CALL, REPLY, MESSAGE, STREAM = 0, 1, 2, 3
OK, ERROR = 0, 1




def u32(v):
    return struct.pack(">I", v & 0xffffffff)


def xstr(s):
    b = s.encode()
    return u32(len(b)) + b + b"\0" * (-len(b) % 4)


def packet(proc, typ, serial, status=OK, body=b"", prog=PROG, vers=1):
    hdr = u32(prog) + u32(vers) + u32(proc) + u32(typ) + u32(serial) + \
        u32(status)
    return u32(28 + len(body)) + hdr + body


def domain(name, uuid, id):
    return xstr(name) + uuid + u32(id)


def error_body(code, msg):
    # remote_error: code, domain, message (string pointer), level, dom
    # (pointer), str1, str2, str3 (pointers), int1, int2, net (pointer)
    return u32(code) + u32(10) + u32(1) + xstr(msg) + u32(2) + u32(0) + \
        u32(0) + u32(0) + u32(0) + u32(0) + u32(0) + u32(0)


UUID = bytes(range(16))
GOOD = u32(1) + domain("test", UUID, 1) + u32(1)


def read_packet(c):
    head = b""
    while len(head) < 4:
        b = c.recv(4 - len(head))
        if not b:
            return None
        head += b
    n = struct.unpack(">I", head)[0]
    rest = b""
    while len(rest) < n - 4:
        b = c.recv(n - 4 - len(rest))
        if not b:
            return None
        rest += b
    prog, vers, proc, typ, serial, status = struct.unpack(">6I", rest[:24])
    return prog, proc, serial


def serve(path, answer):
    """One connection: the open sequence as libvirtd answers it, then
    answer(serial) for the first other call; then read until EOF."""
    srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    srv.bind(path)
    srv.listen(1)

    def run():
        c, _ = srv.accept()
        c.settimeout(60)
        try:
            while True:
                p = read_packet(c)
                if p is None:
                    break
                prog, proc, serial = p
                if prog != PROG:        # a PONG
                    continue
                if proc == 66:          # AUTH_LIST: [NONE]
                    c.sendall(packet(66, REPLY, serial, body=u32(1) +
                                     u32(0)))
                elif proc in (1, 2):    # CONNECT_OPEN, CONNECT_CLOSE
                    c.sendall(packet(proc, REPLY, serial))
                elif proc == 60:        # SUPPORTS_FEATURE: no
                    c.sendall(packet(60, REPLY, serial, body=u32(0)))
                else:
                    c.sendall(answer(proc, serial))
        except OSError:
            pass
        c.close()
        srv.close()
    t = threading.Thread(target=run, daemon=True)
    t.start()
    return t


LIST = 273
TABLE = " Id   Name   State\n----------------------\n 1    test   running\n\n"

# (name, answer(proc, serial), expected): expected is VIRSH for the
# answer virsh gives the same server, (status, stdout, stderr) where
# virsh's words carry its own serial numbers or it hangs, or None for
# "refused: the call fails with one error line".
VIRSH = "virsh"
FAILED = "error: Failed to list domains\n"
SCENARIOS = [
    ("the right answer", lambda p, s: packet(p, REPLY, s, body=GOOD),
     VIRSH),
    ("a reply with another serial",
     lambda p, s: packet(p, REPLY, s + 7, body=GOOD), VIRSH),
    ("a reply for another program",
     lambda p, s: packet(p, REPLY, s, body=GOOD, prog=0x11111111), None),
    ("a reply of another version",
     lambda p, s: packet(p, REPLY, s, body=GOOD, vers=9), None),
    ("a CALL from the server", lambda p, s: packet(p, CALL, s, body=GOOD),
     None),
    ("a reply with an unknown status",
     lambda p, s: packet(p, REPLY, s, status=7, body=GOOD), VIRSH),
    ("a reply cut short", lambda p, s: packet(p, REPLY, s, body=GOOD[:9]),
     VIRSH),
    ("a negative domain count",
     lambda p, s: packet(p, REPLY, s, body=u32(-1) + GOOD[4:]), VIRSH),
    ("a domain count past the limit",
     lambda p, s: packet(p, REPLY, s, body=u32(16385) + GOOD[4:]), VIRSH),
    ("a domain count larger than the packet",
     lambda p, s: packet(p, REPLY, s, body=u32(1000) + GOOD[4:]), VIRSH),
    ("a name past 4 MiB",
     lambda p, s: packet(p, REPLY, s, body=u32(1) + u32(4194305) +
                         b"a" * 64), VIRSH),
    ("a name with no end",
     lambda p, s: packet(p, REPLY, s, body=u32(1) + u32(0xfffffff0)),
     VIRSH),
    # dropped, as libvirt drops it
    ("a stream packet for no stream, then the answer",
     lambda p, s: packet(p, STREAM, s, status=2, body=b"data") +
     packet(p, STREAM, s + 1, status=0) + packet(p, REPLY, s, body=GOOD),
     VIRSH),
    ("a length word below the header",
     lambda p, s: u32(12) + b"\0" * 8, None),
    ("a length word past 32 MiB",
     lambda p, s: u32(0x7fffffff) + b"\0" * 24,
     (1, "\n", "error: Disconnected from test+unix:///default?socket=SOCK "
      "due to I/O error\n" + FAILED + "error: packet 2147483643 bytes "
      "received from server too large, want 33554432\n")),
    ("an error reply",
     lambda p, s: packet(p, REPLY, s, ERROR, error_body(
         1, "internal error: it went wrong")), VIRSH),
    ("an error reply cut short",
     lambda p, s: packet(p, REPLY, s, ERROR, u32(1) + u32(10) + u32(1) +
                         u32(100)), VIRSH),
    # virsh also logs the unknown events to stderr
    ("events and pings before the answer",
     lambda p, s: b"".join(packet(999, MESSAGE, 0, body=b"x" * 40)
                           for _ in range(50)) +
     packet(1, MESSAGE, 0, prog=KEEPALIVE) +
     packet(p, REPLY, s, body=GOOD),
     (0, " Id   Name   State\n----------------------\n"
      " 1    test   running\n\n", "")),
]


def run_against(prog, path, answer):
    t = serve(path, answer)
    try:
        got = run_shell([prog, "-c", "test+unix:///default?socket=%s" % path,
                         "list", "--all"], timeout=60)
    except subprocess.TimeoutExpired:
        got = ("timeout",)
    t.join(5)
    # Each run has its own socket, which messages name: masked.
    return tuple(g.replace(path, "SOCK") if isinstance(g, str) else g
                 for g in got)


def chars(text):
    """An XDR char<> array: a count, then one 4-byte word per char."""
    b = text.encode() + b"\0"
    return u32(len(b)) + b"".join(u32(c) for c in b)


def hyper(v):
    return struct.pack(">Q", v)


# dominfo's answers, by procedure, for a fake running domain "test"
DOMINFO = {
    23: domain("test", UUID, 1),                        # LOOKUP_BY_NAME
    19: xstr("hvm"),                                    # GET_OS_TYPE
    16: u32(1) + hyper(8192) + hyper(4096) + u32(2) + hyper(0),  # INFO
    151: u32(1),                                        # IS_PERSISTENT
    15: u32(0),                                         # GET_AUTOSTART
    183: u32(0),                                        # HAS_MANAGED_SAVE
    122: chars("none") + chars("0"),                    # SECURITY_MODEL
    121: chars("") + u32(0),                            # SECURITY_LABEL
    426: u32(0),                                        # GET_MESSAGES
}
DOMINFO_TEXT = ("Id:             1\nName:           test\n"
                "UUID:           00010203-0405-0607-0809-0a0b0c0d0e0f\n"
                "OS Type:        hvm\nState:          running\n"
                "CPU(s):         2\nMax memory:     8192 KiB\n"
                "Used memory:    4096 KiB\nPersistent:     yes\n"
                "Autostart:      disable\nManaged save:   no\n"
                "Security model: none\nSecurity DOI:   0\n\n")


def serve_batch(path, fail_proc=None):
    """dominfo's server: the look-up answered at once, the calls that
    follow it held until all eight are in, then answered last first
    (fail_proc's with an error)."""
    srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    srv.bind(path)
    srv.listen(1)

    def run():
        c, _ = srv.accept()
        c.settimeout(60)
        held = []
        try:
            while True:
                p = read_packet(c)
                if p is None:
                    break
                prog, proc, serial = p
                if prog != PROG:
                    continue
                if proc == 66:
                    c.sendall(packet(66, REPLY, serial, body=u32(1) +
                                     u32(0)))
                elif proc in (1, 2, 60, 23):
                    body = u32(0) if proc == 60 else DOMINFO.get(proc, b"")
                    c.sendall(packet(proc, REPLY, serial, body=body))
                else:
                    held.append((proc, serial))
                    if len(held) == 8:
                        for hp, hs in reversed(held):
                            if hp == fail_proc:
                                c.sendall(packet(hp, REPLY, hs, ERROR,
                                                 error_body(1, "internal "
                                                            "error: no")))
                            else:
                                c.sendall(packet(hp, REPLY, hs,
                                                 body=DOMINFO[hp]))
                        held = []
        except OSError:
            pass
        c.close()
        srv.close()
    t = threading.Thread(target=run, daemon=True)
    t.start()
    return t


def batch_cases(hvsh, tmp):
    """dominfo's calls go out together; answered in reverse order, each
    reply still finds its call; one failing shows as that call's."""
    for i, (fail, want) in enumerate([
            (None, (0, DOMINFO_TEXT, "")),
            (15, (0, DOMINFO_TEXT.replace("Autostart:      disable\n", ""),
                  ""))]):
        path = os.path.join(tmp, "b%d" % i)
        t = serve_batch(path, fail)
        try:
            got = run_shell([hvsh, "-c", "test+unix:///default?socket=%s"
                             % path, "dominfo", "test"], timeout=60)
        except subprocess.TimeoutExpired:
            got = ("timeout",)
        t.join(5)
        report(got == want, "dominfo's calls answered last first%s" %
               (", autostart failing" if fail else ""),
               "got  %r\nwant %r" % (got, want))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", required=True)
    a = ap.parse_args()
    hvsh = os.path.join(a.build, "hvsh")
    virsh = shutil.which("virsh")
    if virsh is None:
        print("# no virsh: only hvsh's own answers are checked")
    tmp = tempfile.mkdtemp(prefix="hvsh-hostile-")
    try:
        for i, (name, answer, want) in enumerate(SCENARIOS):
            got = run_against(hvsh, os.path.join(tmp, "h%d" % i), answer)
            if want == VIRSH:
                if virsh is None:
                    continue
                want = run_against(virsh, os.path.join(tmp, "v%d" % i),
                                   answer)
                report(got == want, "%s, as virsh" % name,
                       "got  %r\nwant %r" % (got, want))
            elif want is not None:
                report(got == want, name, "got  %r\nwant %r" % (got, want))
            else:
                # The connection ends: its close is told first, as
                # virsh tells it where it does not wait for ever.
                err = got[2] if len(got) == 3 else ""
                gone = ("error: Disconnected from test+unix:///default?"
                        "socket=SOCK due to I/O error\n")
                ok = (len(got) == 3 and got[0] == 1 and got[1] == "\n" and
                      err.startswith(gone + FAILED + "error: ") and
                      err.count("\n") == 3)
                report(ok, "%s: refused, one error" % name,
                       "got %r" % (got,))
        batch_cases(hvsh, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return summary()


if __name__ == "__main__":
    sys.exit(main())
