#!/usr/bin/env python3
"""remote-sasl.py: SASL authentication of the remote driver against a
real libvirtd, hvsh compared with virsh.

usage: tests/interop/remote-sasl.py --build BUILD_DIR

Makes a private Cyrus SASL configuration (a sasldb written by
saslpasswd2 with one user, mech_list digest-md5 and scram-sha-256) and
starts a libvirtd that finds it through SASL_CONF_PATH, with
auth_tcp="sasl" on a free loopback port and auth_unix_rw="sasl" (the
read-only socket keeps auth "none").  Then runs the same command lines
through BUILD_DIR/hvsh and virsh and asserts the same stdout, stderr
and exit status: credentials from auth.conf (authfile=,
LIBVIRT_AUTH_FILE, $XDG_CONFIG_HOME/libvirt/auth.conf), partly from
auth.conf and partly asked, asked on standard input, a wrong password,
input at its end, each broken auth.conf, auth= choosing the type or
the mechanism and being refused, DIGEST-MD5 on TCP (a security layer:
several commands on one connection, and messages larger than the
layer's 64 KiB buffer) and SCRAM-SHA-256 and DIGEST-MD5 on the unix
socket (no layer).  The interactive shell reading commands and then
the answers to connect's prompts from one pipe or file, as virsh
reads them (one stdio buffer for the answers; its surplus is never
run), the end of input at each prompt, and -c with the answers on
stdin.  A proxy between hvsh and the daemon checks that
after the negotiation on TCP nothing travels in clear; a pseudo-terminal
checks that the password is not echoed, and compares both shells
there: polkit's text agent started first (its warning when there is
no polkit), the password read from the terminal while stdin is a pipe.  Then a second daemon whose
sockets ask polkit: root is let through, and another user (runuser,
when root) gets the daemon's answer to AUTH_POLKIT, as virsh does.
Then, when root and polkitd, dbus-daemon and pkttyagent are there, a
real polkitd on a private system bus (its own mount namespace holds
libvirt's actions and the test's rules) and a daemon that asks it:
the policy's default (an agent is needed, none is found), a rule that
refuses (both shells try five times), a rule that lets in, with and
without -r and on a pty (each shell's pkttyagent registers once).
Stops each daemon by its PID.
Prints "ok"/"not ok" lines and "N passed, N failed"; exits 77 with
"skip: REASON" when libvirtd, virsh, saslpasswd2 or the SASL
mechanisms are missing.
"""

import argparse
import os
import pty
import re
import select
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import termios
import threading
import time

from libvirtd import Libvirtd, free_port, run_shell, report, summary, \
    stop_pid

PKTTYAGENT = "/usr/bin/pkttyagent"
HANG = 30  # seconds without output on the pty: stuck, not slow
USER, PASSWORD = "alice", "secret123"




def short(v, limit=1500):
    r = repr(v)
    return r if len(r) <= limit else r[:limit] + "..."


def expect(name, got, want):
    report(got == want, name, "got  %s\nwant %s" % (short(got),
                                                      short(want)))


def write(path, text):
    with open(path, "w") as f:
        f.write(text)
    return path


def sasl_setup(tmp):
    """The SASL configuration directory for the daemon, or a reason."""
    saslpasswd = shutil.which("saslpasswd2") or "/usr/sbin/saslpasswd2"
    if not os.access(saslpasswd, os.X_OK):
        return None, "no saslpasswd2 (apt-get install sasl2-bin)"
    plugins = "/usr/lib/x86_64-linux-gnu/sasl2"
    for mech in ("libdigestmd5.so", "libscram.so"):
        found = any(os.path.exists(os.path.join(d, mech))
                    for d in (plugins, "/usr/lib/sasl2"))
        if not found:
            return None, "no SASL %s (apt-get install libsasl2-modules)" \
                % mech
    d = os.path.join(tmp, "sasl")
    os.makedirs(d)
    db = os.path.join(d, "passwd.db")
    subprocess.run([saslpasswd, "-p", "-f", db, "-a", "libvirt", "-c",
                    USER], input=PASSWORD.encode(), check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    write(os.path.join(d, "libvirt.conf"),
          "mech_list: digest-md5 scram-sha-256\nsasldb_path: %s\n" % db)
    return d, None


def authfile(tmp, name, text):
    return write(os.path.join(tmp, name), text)


GOOD = "[credentials-peer]\nauthname=%s\npassword=%s\n\n" \
    "[auth-libvirt-127.0.0.1]\ncredentials=peer\n\n" \
    "[auth-libvirt-localhost]\ncredentials=peer\n" % (USER, PASSWORD)


def big_xml(tmp):
    """A domain whose definition is larger than the layer's buffer, so
    that a call and a reply each take several chunks."""
    text = "x" * 200000
    return write(os.path.join(tmp, "big.xml"), """<domain type='test'>
  <name>big</name>
  <uuid>5a3f8d6e-1c2b-4d7a-9e0f-0123456789ab</uuid>
  <description>%s</description>
  <memory unit='KiB'>65536</memory>
  <vcpu>1</vcpu>
  <os><type>hvm</type></os>
</domain>
""" % text)


class Proxy:
    """A TCP relay on a free port to target; keeps what the client sent."""

    def __init__(self, target):
        self.target = target
        self.sent = b""
        self.srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.srv.bind(("127.0.0.1", 0))
        self.srv.listen(1)
        self.port = self.srv.getsockname()[1]
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def run(self):
        c, _ = self.srv.accept()
        s = socket.create_connection(self.target)
        socks = [c, s]
        while True:
            r, _, _ = select.select(socks, [], [])
            for a in r:
                data = a.recv(65536)
                if not data:
                    c.close()
                    s.close()
                    self.srv.close()
                    return
                if a is c:
                    self.sent += data
                (s if a is c else c).sendall(data)


def echo_off(fd):
    """Waits until the terminal's echo is off: getpass() turns it off
    after the prompt shows, and flushes what was typed before."""
    for _ in range(HANG * 100):
        if not termios.tcgetattr(fd)[3] & termios.ECHO:
            return
        time.sleep(0.01)


def on_pty(argv, answers):
    """Runs argv on a pseudo-terminal, typing each answer once its
    prompt has shown; (status, everything the terminal showed)."""
    pid, fd = pty.fork()
    if pid == 0:
        os.environ.update(HVSH_ENV, LC_ALL="C", LIBVIRT_DEFAULT_URI="")
        os.execvp(argv[0], argv)
    seen = b""
    pending = list(answers)
    while True:
        r, _, _ = select.select([fd], [], [], HANG)
        if not r:
            os.kill(pid, signal.SIGKILL)    # stuck: end it, fail below
            break
        try:
            data = os.read(fd, 4096)
        except OSError:
            break
        if not data:
            break
        seen += data
        if pending and seen.endswith(pending[0][0].encode()):
            if "password" in pending[0][0]:
                echo_off(fd)
            os.write(fd, pending.pop(0)[1].encode())
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    return os.waitstatus_to_exitcode(status), seen.decode(errors="replace")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", required=True)
    a = ap.parse_args()
    hvsh = os.path.abspath(os.path.join(a.build, "hvsh"))
    virsh = shutil.which("virsh")
    if virsh is None:
        print("skip: no virsh (apt-get install libvirt-clients)")
        return 77
    tmp = tempfile.mkdtemp(prefix="hvsh-sasl-")
    try:
        sasl, why = sasl_setup(tmp)
        if why:
            print("skip: " + why)
            return 77
        port = free_port()
        d = Libvirtd(tmp, listen=True, env={"SASL_CONF_PATH": sasl},
                     conf={"listen_tcp": 1, "listen_addr": "127.0.0.1",
                           "tcp_port": str(port), "auth_tcp": "sasl",
                           "auth_unix_rw": "sasl"})
        why = d.start()
        if why:
            print("skip: " + why)
            return 77
        try:
            run_all(hvsh, virsh, d, port, tmp)
        finally:
            d.stop()
        polkit(hvsh, virsh, tmp)
        polkit_real(hvsh, virsh, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return summary()


# Cyrus SASL 2.1.28's DIGEST-MD5 never frees the OpenSSL cipher it
# fetches for its security layer, nor the prompts of a negotiation
# abandoned half way; a sanitizer build of hvsh must not count those.
LSAN_SUPPRESS = "leak:libdigestmd5.so\n"


def lsan_env(tmp):
    """The environment that says so: the suppression, and whole stacks
    (the fast unwinder stops in libcrypto, short of the plugin)."""
    path = write(os.path.join(tmp, "lsan.supp"), LSAN_SUPPRESS)
    env = {}
    for k, v in (("LSAN_OPTIONS",
                  "suppressions=%s:print_suppressions=0" % path),
                 ("ASAN_OPTIONS", "fast_unwind_on_malloc=0")):
        opts = os.environ.get(k, "")
        env[k] = (opts + ":" if opts else "") + v
    return env


def same(name, hvsh, virsh, d, argv, env=None, stdin=None):
    """Both shells on the same command line and input, without a
    controlling terminal; the interactive shell's prompt names the
    program, so hvsh's is read as virsh's."""
    env = dict(HVSH_ENV, **(env or {}))
    st, out, err = run_shell([hvsh] + argv, env=env, stdin=stdin,
                             session=True)
    got = (st, out.replace("hvsh # ", "virsh # "), err)
    d.idle()
    want = run_shell([virsh] + argv, env=env, stdin=stdin, session=True)
    d.idle()
    expect(name, got, want)
    return got


HVSH_ENV = {}


def run_all(hvsh, virsh, d, port, tmp):
    HVSH_ENV.update(lsan_env(tmp))
    tcp = "test+tcp://127.0.0.1:%d/default" % port
    unix = "test+unix:///default?socket=%s" % d.sock
    ro = "test+unix:///default?socket=%s" % d.sock_ro
    good = authfile(tmp, "good.conf", GOOD)
    xml = big_xml(tmp)
    many = "list --all; dominfo test; destroy test; list --all; " \
        "define %s; dumpxml big; undefine big; net-list --all; " \
        "pool-list --all; nodeinfo; capabilities; hostname" % xml

    def case(name, argv, env=None, stdin=None):
        return same(name, hvsh, virsh, d, argv, env, stdin)

    # credentials from auth.conf, every way of naming it
    r = case("tcp, authfile=: several commands through the layer",
             ["-c", tcp + "?authfile=" + good, many])
    report(r[0] == 0 and "big" in r[1], "tcp: the big definition came back",
           r[2])
    case("tcp, AUTHFILE= is not authfile=",
         ["-c", tcp + "?AUTHFILE=" + good, "list"])
    case("tcp, LIBVIRT_AUTH_FILE", ["-c", tcp, "list"],
         env={"LIBVIRT_AUTH_FILE": good})
    xdg = os.path.join(tmp, "xdg")
    os.makedirs(os.path.join(xdg, "libvirt"))
    authfile(xdg, "libvirt/auth.conf", GOOD)
    case("tcp, $XDG_CONFIG_HOME/libvirt/auth.conf", ["-c", tcp, "list"],
         env={"XDG_CONFIG_HOME": xdg})
    case("tcp, LIBVIRT_AUTH_FILE before authfile=",
         ["-c", tcp + "?authfile=" + tmp + "/nosuch", "list"],
         env={"LIBVIRT_AUTH_FILE": good})
    # asked on standard input
    case("tcp, prompts answered on stdin", ["-c", tcp, "list"],
         stdin="%s\n%s\n" % (USER, PASSWORD))
    case("tcp, a wrong password on stdin", ["-c", tcp, "list"],
         stdin="%s\nwrong\n" % USER)
    case("tcp, stdin at its end", ["-c", tcp, "list"])
    part = authfile(tmp, "part.conf", "[credentials-x]\nauthname=%s\n"
                    "[auth-libvirt-default]\ncredentials=x\n" % USER)
    case("tcp, authname from auth.conf, the password asked",
         ["-c", tcp + "?authfile=" + part, "list"], stdin=PASSWORD + "\n")
    case("tcp, a user in the URI is still asked for",
         ["-c", "test+tcp://%s@127.0.0.1:%d/default" % (USER, port),
          "list"], stdin="%s\n%s\n" % (USER, PASSWORD))
    wrong = authfile(tmp, "wrong.conf", GOOD.replace(PASSWORD, "wrongpw"))
    case("tcp, a wrong password in auth.conf",
         ["-c", tcp + "?authfile=" + wrong, "list"])
    # auth.conf's grammar, and its broken forms
    body = "[credentials-x]\nauthname=%s\npassword=%s\n" \
        "[auth-libvirt-127.0.0.1]\ncredentials=x\n" % (USER, PASSWORD)
    files = {
        "comments": "# a comment\n\n  # another\n" + body,
        "blanks": body.replace("=", " =  ").replace("[auth", "\t\n[auth"),
        "crlf": body.replace("\n", "\r\n"),
        "no final newline": body.rstrip("\n"),
        "later key wins": body.replace("password=", "password=bad\n"
                                       "password="),
        "later group adds": body + "[credentials-x]\npassword=bad\n",
        "no credentials=": "[auth-libvirt-127.0.0.1]\nfoo=bar\n",
        "credentials= names nothing":
            "[auth-libvirt-127.0.0.1]\ncredentials=nope\n",
        "a key before any group": "authname=alice\n" + body,
        "a line without =": body + "password\n",
        "an empty key": body + "=x\n",
        "an unclosed group": body + "[oops\n",
        "text after a group": body + "[oops] x\n",
        "a semicolon comment": "; no\n" + body,
        "an empty file": "",
    }
    for i, (what, text) in enumerate(sorted(files.items())):
        f = authfile(tmp, "conf%d.conf" % i, text)
        case("tcp, auth.conf with %s" % what,
             ["-c", tcp + "?authfile=" + f, "list"])
    case("tcp, authfile= that does not exist",
         ["-c", tcp + "?authfile=" + tmp + "/nosuch", "list"])
    # auth= choosing the type and the mechanism
    for auth in ["sasl", "SASL", "sasl.DIGEST-MD5", "sasl.digest-md5",
                 "sasl.DIGEST", "sasl.SCRAM-SHA-256", "sasl.NOSUCH",
                 "polkit", "none", "bogus"]:
        case("tcp, auth=%s" % auth,
             ["-c", "%s?auth=%s&authfile=%s" % (tcp, auth, good), "list"])
    case("ro socket (auth none), auth=sasl",
         ["-c", ro + "&auth=sasl", "list"])
    case("ro socket (auth none), auth=polkit",
         ["-c", ro + "&auth=polkit", "list"])
    case("ro socket (auth none) needs no auth.conf",
         ["-c", ro + "&authfile=" + tmp + "/nosuch", "list"])
    # the unix socket: no security layer, SCRAM allowed
    for auth in ["", "&auth=sasl.SCRAM-SHA-256", "&auth=sasl.DIGEST-MD5"]:
        case("unix%s: several commands" % auth,
             ["-c", "%s%s&authfile=%s" % (unix, auth, good), many])
    case("unix, prompts answered on stdin", ["-c", unix, "uri"],
         stdin="%s\n%s\n" % (USER, PASSWORD))
    case("unix, a wrong password", ["-c", unix + "&auth=sasl.SCRAM-SHA-256",
                                    "list"], stdin="%s\nwrong\n" % USER)
    piped(case, tcp, unix, tmp)
    # the bytes after the negotiation on TCP are not the plain ones
    p = Proxy(("127.0.0.1", port))
    r = run_shell([hvsh, "-c", "test+tcp://127.0.0.1:%d/default?authfile=%s"
                   % (p.port, good), "list; dominfo test"], env=HVSH_ENV)
    p.thread.join(60)
    d.idle()
    report(r[0] == 0 and "running" in r[1], "tcp via a relay: works", r[2])
    # char data<> carries each byte as a 4-byte integer
    chars = b"".join(b"\0\0\0" + bytes([c]) for c in b'username="alice"')
    report(chars in p.sent and b"test:///default" not in
           p.sent and b"dominfo" not in p.sent,
           "tcp: the negotiation in clear, CONNECT_OPEN and after not",
           short(p.sent))
    # A terminal: the name echoed, the password not.  On a terminal
    # both start polkit's pkttyagent first, when it is installed.
    typed = [("authentication name: ", USER + "\n"),
             ("password: ", PASSWORD + "\n")]
    st, seen = on_pty([hvsh, "-c", tcp, "list"], typed)
    d.idle()
    report(st == 0 and "Please enter your authentication name: " + USER
           in seen and "Please enter your password: " in seen and
           PASSWORD not in seen and " test " in seen,
           "hvsh on a pty: the password is not echoed", seen)
    same_pty("on a pty: both prompts answered on the terminal",
             hvsh, virsh, d, ["-c", tcp, "list"], typed)
    # stdin a pipe, the terminal still the controlling one: the name
    # comes from the pipe, the password from the terminal (getpass())
    pipe = ["sh", "-c", 'printf "%s\\n" | exec "$0" -c "$1" uri' % USER]
    r = same_pty("on a pty, stdin a pipe: the password from the terminal",
             hvsh, virsh, d, [tcp], typed[1:], pre=pipe)
    report(r[0] == 0 and r[1].endswith("password: \r\n%s\r\n\r\n" % tcp),
           "on a pty, stdin a pipe: connected", short(r))
    same_pty("on a pty: a connection without authentication",
             hvsh, virsh, d, ["-c", "test:///default", "uri"], [])
    same_pty("on a pty: read-only", hvsh, virsh, d,
             ["-r", "-c", "test:///default", "uri"], [])
    cache = os.path.join(tmp, "cache")
    os.makedirs(cache)
    same_pty("on a pty: the interactive shell, connect asks on the "
             "terminal", hvsh, virsh, d, ["-q"],
             [("# ", "connect %s\n" % tcp)] + typed +
             [("# ", "uri\n"), ("# ", "quit\n")],
             pre=["env", "XDG_CACHE_HOME=" + cache])
    same_pty("on a pty: each connect starts the agent", hvsh, virsh, d,
             ["-c", "test:///default",
              "uri; connect test:///default; uri"], [])


def unpasted(text):
    """A transcript without readline's bracketed-paste switches (the one
    that ends it with its carriage return), which libedit does not send."""
    return text.replace("\x1b[?2004h", "").replace("\x1b[?2004l\r", "")


def same_pty(name, hvsh, virsh, d, argv, answers, pre=None):
    """Both shells on a pseudo-terminal (its controlling terminal),
    the same answers typed: the same transcript and status.  pre: a
    command line that runs the shell named by its $0."""
    st, seen = on_pty((pre or []) + [hvsh] + argv, answers)
    got = (st, unpasted(seen.replace("hvsh # ", "virsh # ")))
    d.idle()
    st, seen = on_pty((pre or []) + [virsh] + argv, answers)
    want = (st, unpasted(seen))
    d.idle()
    expect(name, got, want)
    return got



def piped(case, tcp, unix, tmp):
    """The interactive shell reading its commands from a pipe or a file,
    and the answers to connect's prompts from the same input: virsh
    reads an answer through stdio, one buffer (4096 bytes) of input at
    a time, and what that buffer held past the answers is never run as
    commands.  Inputs written to a pipe stay under 512 bytes, so that
    they arrive in one write and the outcome does not depend on timing."""
    creds = "%s\n%s\n" % (USER, PASSWORD)
    # (the unix socket's URI is longer than 80 columns, which readline
    # cuts when it echoes the line: a short name for it is used)
    link = os.path.join(tmp, "s")
    os.symlink(unix.split("socket=")[1], link)
    short_unix = "test+unix:///default?socket=" + link
    for what, uri in (("tcp", tcp), ("unix", short_unix)):
        case("shell on a pipe, %s: connect, the answers, then commands "
             "(swallowed)" % what, ["-q"],
             stdin="connect %s\n%suri\nlist\n" % (uri, creds))
    case("shell on a pipe: input ends at the name prompt",
         ["-q"], stdin="connect %s\n" % tcp)
    case("shell on a pipe: input ends at the password prompt",
         ["-q"], stdin="connect %s\n%s\n" % (tcp, USER))
    case("shell on a pipe: input ends inside the password",
         ["-q"], stdin="connect %s\n%s\n%s" % (tcp, USER, PASSWORD))
    case("shell on a pipe: a wrong password, then commands",
         ["-q"], stdin="connect %s\n%s\nwrong\nuri\nlist\n" % (tcp, USER))
    case("shell on a pipe: a second connect answered from what the "
         "first read", ["-q"],
         stdin="connect %s\n%sconnect %s\nuri\nlist\n" % (tcp, creds, tcp))
    case("shell on a pipe: answers with CR LF",
         ["-q"], stdin="connect %s\r\n%s\r\n%s\r\nuri\r\n"
         % (tcp, USER, PASSWORD))
    case("shell on a pipe: a NUL in the name",
         ["-q"], stdin="connect %s\n%s\0x\n%s\nuri\n" % (tcp, USER, PASSWORD))
    case("shell on a pipe: an empty name and password",
         ["-q"], stdin="connect %s\n\n\nuri\n" % tcp)
    case("shell on a pipe: commands before connect run",
         ["-q"], stdin="echo one\nconnect %s\n%suri\n" % (tcp, creds))
    case("-c, shell on a pipe: the answers, then commands (swallowed)",
         ["-q", "-c", tcp], stdin=creds + "uri\nlist\n")
    case("-c and a command, answers on a pipe", ["-c", tcp, "uri; list"],
         stdin=creds + "uri\n")
    case("-c and a command, the name only", ["-c", tcp, "uri"],
         stdin=USER + "\n")
    case("connect in a command string, answers on a pipe",
         ["connect %s; uri; connect %s; uri" % (tcp, tcp)],
         stdin=creds + creds)
    # A regular file: one buffer past the answers is lost, the lines
    # after it are run, the first of them cut where the buffer ended.
    script = "connect %s\n%s" % (tcp, creds) + "".join(
        "echo line%d\n" % i for i in range(1500)) + "uri\n"
    with open(write(os.path.join(tmp, "script.txt"), script)) as f:
        r = case("shell on a file: lines past the answers' buffer run",
                 ["-q"], stdin=f)
    report(r[0] == 0 and "line1499" in r[1] and "line0\n" not in r[1],
           "shell on a file: the buffer's lines were not run, the rest "
           "were", short(r))
    longname = "connect %s\n%s\n%s\nuri\n" % (tcp, "n" * 1500, PASSWORD)
    with open(write(os.path.join(tmp, "long.txt"), longname)) as f:
        case("shell on a file: a name longer than 1023 bytes", ["-q"],
             stdin=f)
    with open(write(os.path.join(tmp, "cmd.txt"), creds)) as f:
        case("-c and a command, answers in a file", ["-c", tcp, "uri"],
             stdin=f)


def polkit(hvsh, virsh, tmp):
    """A daemon whose sockets ask polkit: root is let through (AUTH_LIST
    says none), anybody else gets AUTH_POLKIT's answer, which here,
    without a system bus, is the daemon's error."""
    d = Libvirtd(tmp, name="polkit",
                 conf={"auth_unix_rw": "polkit", "auth_unix_ro": "polkit",
                       "unix_sock_rw_perms": "0777"})
    why = d.start()
    if why:
        print("# skipped polkit: " + why)
        return
    try:
        uri = "test+unix:///default?socket=%s" % d.sock
        same("polkit socket, root", hvsh, virsh, d, ["-c", uri, "list"])
        same("polkit socket, root, auth=polkit", hvsh, virsh, d,
             ["-c", uri + "&auth=polkit", "list"])
        same_pty("polkit socket, root, on a pty", hvsh, virsh, d,
                 ["-c", uri + "&auth=polkit", "list"], [])
        runuser = shutil.which("runuser")
        if os.geteuid() != 0 or runuser is None:
            print("# skipped polkit as another user: needs root and "
                  "runuser")
            return
        home = os.path.join(tmp, "home-nobody")
        os.makedirs(home, mode=0o777)
        os.chmod(home, 0o777)
        os.chmod(tmp, 0o755)
        for auth in ("", "&auth=polkit"):
            got = run_shell([runuser, "-u", "nobody", "--", hvsh, "-c",
                             uri + auth, "list"],
                            env=dict(HVSH_ENV, HOME=home))
            d.idle()
            want = run_shell([runuser, "-u", "nobody", "--", virsh, "-c",
                              uri + auth, "list"], env={"HOME": home})
            d.idle()
            expect("polkit socket, another user%s: the daemon's answer"
                   % auth, got, want)
    finally:
        d.stop()


POLICY = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE policyconfig PUBLIC
 "-//freedesktop//DTD PolicyKit Policy Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/PolicyKit/1.0/policyconfig.dtd">
<policyconfig>
  <action id="org.libvirt.unix.monitor">
    <description>Monitor local virtualized systems</description>
    <message>System policy allows monitoring</message>
    <defaults><allow_any>yes</allow_any><allow_inactive>yes</allow_inactive>
      <allow_active>yes</allow_active></defaults>
  </action>
  <action id="org.libvirt.unix.manage">
    <description>Manage local virtualized systems</description>
    <message>System policy prevents management</message>
    <defaults><allow_any>auth_admin_keep</allow_any>
      <allow_inactive>auth_admin_keep</allow_inactive>
      <allow_active>auth_admin_keep</allow_active></defaults>
  </action>
</policyconfig>
"""

# daemon (uid 1) gets the policy's default, which needs an agent;
# bin (uid 2) is refused outright; nobody is let through.
RULES = """polkit.addRule(function(action, subject) {
    if (action.id != "org.libvirt.unix.manage")
        return polkit.Result.NOT_HANDLED;
    if (subject.user == "nobody")
        return polkit.Result.YES;
    if (subject.user == "bin")
        return polkit.Result.NO;
    return polkit.Result.NOT_HANDLED;
});
"""

BUS_CONF = """<!DOCTYPE busconfig PUBLIC
 "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>system</type>
  <listen>unix:path=%s</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow user="*"/>
    <allow own="*"/>
    <allow send_destination="*"/>
    <allow receive_sender="*"/>
  </policy>
</busconfig>
"""


class Polkit:
    """A private system bus (dbus-daemon) and a real polkitd on it, in a
    mount namespace of its own where libvirt's actions and our rules
    are bind-mounted over polkit's directories.  Whoever has
    DBUS_SYSTEM_BUS_ADDRESS=self.address uses them."""

    def __init__(self, tmp):
        self.dir = os.path.join(tmp, "polkit-bus")
        self.address = "unix:path=" + os.path.join(self.dir, "bus")
        self.log = os.path.join(self.dir, "polkitd.log")
        self.pids = []
        self.polkitd = None

    def start(self):
        polkitd = "/usr/lib/polkit-1/polkitd"
        dbus = shutil.which("dbus-daemon")
        unshare = shutil.which("unshare")
        if not (os.access(polkitd, os.X_OK) and dbus and unshare and
                os.path.exists(PKTTYAGENT)):
            return "no polkitd, pkttyagent, dbus-daemon or unshare " \
                "(apt-get install polkitd dbus util-linux)"
        if os.geteuid() != 0:
            return "polkitd needs root here"
        actions = os.path.join(self.dir, "actions")
        rules = os.path.join(self.dir, "rules")
        os.makedirs(actions)
        os.makedirs(rules)
        write(os.path.join(actions, "org.libvirt.unix.policy"), POLICY)
        write(os.path.join(rules, "50-test.rules"), RULES)
        for d in (self.dir, actions, rules):
            os.chmod(d, 0o755)
        conf = write(os.path.join(self.dir, "bus.conf"),
                     BUS_CONF % os.path.join(self.dir, "bus"))
        p = subprocess.run([dbus, "--config-file=" + conf, "--fork",
                            "--print-pid"], stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=60)
        if p.returncode != 0:
            return "dbus-daemon did not start: " + p.stderr.decode()
        self.pids.append(int(p.stdout.split()[0]))
        script = 'mount --bind "$1" /usr/share/polkit-1/actions && ' \
            'mount --bind "$2" /etc/polkit-1/rules.d && exec "$3"'
        with open(self.log, "w") as log:
            pk = subprocess.Popen([unshare, "-m", "--propagation",
                                   "private", "sh", "-c", script, "sh",
                                   actions, rules, polkitd],
                                  stdin=subprocess.DEVNULL, stdout=log,
                                  stderr=subprocess.STDOUT,
                                  env=dict(os.environ,
                                           DBUS_SYSTEM_BUS_ADDRESS=
                                           self.address))
        self.polkitd = pk
        # bounds a daemon that never comes up; it is up in well under 1 s
        for _ in range(300):
            if "Acquired the name" in self.text():
                return None
            if pk.poll() is not None:
                break
            time.sleep(0.1)
        return "polkitd did not start: " + self.text().strip()[-300:]

    def text(self):
        with open(self.log, errors="replace") as f:
            return f.read()

    def stop(self):
        # polkitd is our child: reaped here, not waited for as a zombie
        if self.polkitd is not None:
            self.polkitd.terminate()
            try:
                self.polkitd.wait(20)
            except subprocess.TimeoutExpired:
                self.polkitd.kill()
                self.polkitd.wait()
            self.polkitd = None
        for pid in reversed(self.pids):
            try:
                stop_pid(pid)
            except ProcessLookupError:
                pass
        self.pids = []


def polkit_real(hvsh, virsh, tmp):
    """The polkit socket of a daemon that asks a real polkitd (on a
    private bus): the policy's default needs an agent, which polkitd
    does not find for a process outside any login session, so the
    daemon answers "no polkit agent available" (94); on a terminal
    both shells start pkttyagent first, which registers with polkitd,
    and give up after that answer (no second agent); a refusal by a
    rule (45) is tried five times; a rule that says yes lets in."""
    runuser = shutil.which("runuser")
    if runuser is None:
        print("# skipped real polkit: no runuser")
        return
    pk = Polkit(tmp)
    why = pk.start()
    if why:
        print("# skipped real polkit: " + why)
        pk.stop()
        return
    bus = {"DBUS_SYSTEM_BUS_ADDRESS": pk.address}
    d = Libvirtd(tmp, name="polkit-real", env=bus,
                 conf={"auth_unix_rw": "polkit", "auth_unix_ro": "polkit",
                       "unix_sock_rw_perms": "0777"})
    try:
        why = d.start()
        if why:
            print("# skipped real polkit: " + why)
            return
        for p in (d.tmp, d.run):
            os.chmod(p, 0o755)
        uri = "test+unix:///default?socket=%s" % d.sock
        env = dict(HVSH_ENV, **bus)

        def as_user(user, argv):
            return [runuser, "-u", user, "--"] + argv

        for user, what in (("daemon", "the policy asks for an agent"),
                           ("bin", "a rule refuses"),
                           ("nobody", "a rule lets in")):
            for ro in ([], ["-r"]):
                name = "real polkit, %s%s" % (what, ", -r" if ro else "")
                n0 = log_count(d)
                got = run_shell(as_user(user, [hvsh] + ro +
                                        ["-c", uri, "list"]),
                                env=env, session=True)
                d.idle()
                hv_log = log_count(d)
                want = run_shell(as_user(user, [virsh] + ro +
                                         ["-c", uri, "list"]),
                                 env=env, session=True)
                d.idle()
                expect(name, got, want)
                n = log_count(d) - hv_log
                expect(name + ": the daemon refused as often (%d)" % n,
                       hv_log - n0, n)
        before = pk.text().count("Registered Authentication Agent")
        got = same_pty("real polkit, on a pty: the agent first, then the "
                       "daemon's answer", hvsh, virsh, d,
                       ["-c", uri, "list"], [],
                       pre=[runuser, "-u", "daemon", "--", "env",
                            "DBUS_SYSTEM_BUS_ADDRESS=" + pk.address])
        agents = re.findall(r"Registered Authentication Agent for "
                            r"unix-process:\d+:\d+ \(system bus name "
                            r"\S+ \[(.*?)\]", pk.text())[before:]
        report(len(agents) == 2 and all(
            re.fullmatch(r"/usr/bin/pkttyagent --process \d+ --notify-fd "
                         r"\d+ --fallback", a) for a in agents) and
               "no polkit agent available" in got[1],
               "real polkit, on a pty: each shell's pkttyagent registered "
               "once", short((agents, got)))
    finally:
        d.stop()
        pk.stop()


def log_count(d):
    """How many polkit checks the daemon has logged as failed."""
    with open(d.log, errors="replace") as f:
        return f.read().count("virPolkitCheckAuth")


if __name__ == "__main__":
    sys.exit(main())
