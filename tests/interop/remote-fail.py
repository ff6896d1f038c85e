#!/usr/bin/env python3
"""remote-fail.py: connections that fail, hvsh against virsh.

usage: tests/interop/remote-fail.py --build BUILD_DIR

Two parts, each comparing BUILD_DIR/hvsh with a real virsh on the same
command line: stdout, stderr and exit status must be the same.

Names and addresses, in a network namespace of our own (unshare -n),
with a private mount namespace whose /etc/hosts and /etc/nsswitch.conf
("hosts: files") are ours: name resolution is the same on every
machine and no packet leaves it.  The namespace's loopback is down
(every connect fails at once), up (refused), or up with an IPv4
address besides it (so getaddrinfo's AI_ADDRCONFIG, which libvirt
asks for, drops IPv6).  Through tcp, tls (a real certificate, so that
the connection is tried) and ssh (the ssh on PATH): a name that does
not resolve, names that resolve to IPv4, IPv6 or both, localhost, and
address literals.

A daemon that dies: a private libvirtd on TCP (auth none), or on TLS,
of each shell's own.  An interactive shell on pipes (remote-keepalive.py's)
has run one command; the daemon is stopped (SIGSTOP), the next command
sent, and once the daemon's socket holds the call unread (seen in
/proc/net/tcp, not guessed from time) the daemon is killed (SIGKILL):
the call fails as the kernel resets the connection, and the command
after it fails to reconnect.  The same with the daemon killed while the
shell idles between commands (end of file, not a reset), and with a
one-shot command whose connection the stopped daemon never accepted.
The close reason is libvirt's: "due to end of file" for a reset,
"due to I/O error" for a TCP end of file, as libvirt reads the
socket's poll() events.

Stops every daemon by its PID.  Prints "ok"/"not ok" lines and
"N passed, N failed"; exits 77 with "skip: REASON" when virsh or
libvirtd is missing; the namespace part is left out (a "#" line says
so) without root, unshare or ip.
"""

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

from libvirtd import (Libvirtd, free_port, mask_log, run_shell, report,
                      sibling, summary)

HANG = 60  # seconds without the awaited event: something is stuck

tlssasl = sibling("remote-tlssasl.py")
ka = sibling("remote-keepalive.py")

HOSTS = """127.0.0.1 localhost v4.test both.test
::1 localhost ip6-localhost v6.test both.test
10.200.0.2 v4far.test
fd00::2 v6far.test
"""

# mounts the files, sets the loopback up as $3 says, runs the rest
NETNS = r"""
mount --bind "$1" /etc/hosts || exit 99
mount --bind "$2" /etc/nsswitch.conf || exit 99
case "$3" in
up) ip link set lo up || exit 99 ;;
v4) ip link set lo up && ip addr add 10.200.0.1/32 dev lo || exit 99 ;;
esac
shift 3
exec "$@"
"""


# libvirt's client names the end "end of file" when poll() says the
# socket hung up (a reset: POLLHUP), else "I/O error" (a TCP FIN leaves
# it readable only); hvsh's must name it the same.


def compare(name, hvsh, virsh):
    if isinstance(hvsh, str) or isinstance(virsh, str):
        report(False, name, "hvsh: %s\nvirsh: %s" % (hvsh, virsh))
        return
    report(hvsh == virsh, name, "hvsh  %r\nvirsh %r" % (hvsh, virsh))


def expect(name, got, want):
    report(got == want, name, "got  %r\nwant %r" % (got, want))


def shell(argv, env=None):
    rc, out, err = run_shell(argv, env=env)
    return rc, out, mask_log(err)


def names(hvsh, virsh, tmp, pki):
    unshare, ip = shutil.which("unshare"), shutil.which("ip")
    if os.geteuid() != 0 or unshare is None or ip is None:
        print("# no root, unshare or ip: the network namespace part "
              "not run")
        return
    hosts = tlssasl.write(os.path.join(tmp, "hosts"), HOSTS)
    nss = tlssasl.write(os.path.join(tmp, "nsswitch.conf"), "hosts: files\n")
    script = tlssasl.write(os.path.join(tmp, "netns.sh"), NETNS)
    rc, _, err = run_shell([unshare, "-n", "-m", "sh", script, hosts, nss,
                            "v4", "true"])
    if rc != 0:
        print("# no network namespace here (%s): that part not run"
              % err.strip())
        return
    tls = "?pkipath=" + pki
    uris = []
    for scheme, q in (("tcp", ""), ("tls", tls)):
        for host in ("no-such-host.invalid", "no-such-host.invalid:1234",
                     "v4.test:1", "v6.test:1", "both.test:1",
                     "v4far.test:1", "v6far.test:1", "[fd00::2]:1",
                     "localhost:1", "127.0.0.1:1", "[::1]:1"):
            uris.append("test+%s://%s/default%s" % (scheme, host, q))
    uris += ["test+tls://no-such-host.invalid/default?pkipath=" +
             os.path.join(tmp, "nosuch"),
             "test+tcp:///default", "test+tls:///default" + tls]
    for host in ("no-such-host.invalid", "v4.test:1", "[::1]:1"):
        uris.append("test+ssh://%s/default?no_tty=1" % host)
    env = {"HOME": tmp}
    for mode in ("down", "up", "v4"):
        for u in uris:
            prefix = [unshare, "-n", "-m", "sh", script, hosts, nss, mode]
            got = shell(prefix + [hvsh, "-c", u, "uri"], tlssasl.tls.hvsh_env(
                env))
            want = shell(prefix + [virsh, "-c", u, "uri"], env)
            # When ssh dies at once, virsh's event thread may see the
            # hangup before its first call goes out ("client socket is
            # closed") or not (the recv error with ssh's words): hvsh,
            # one thread, always gives the second.  It must be one of
            # virsh's answers: virsh is asked a few times for it.
            tries = 5 if "+ssh://" in u else 1
            while got != want and tries > 1:
                tries -= 1
                want = shell(prefix + [virsh, "-c", u, "uri"], env)
            expect("loopback %s: -c %s" % (mode, u.replace(tmp, "TMP")),
                   got, want)
    # virsh's libssh and libssh2 connect in process, with
    # virNetSocketNewConnectTCP's words; hvsh runs ssh for them
    print("# libssh, libssh2: virsh's own TCP connect, not compared")


def sockets(port):
    """(state, receive queue) of each TCP socket on local port port."""
    out = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            with open(table) as f:
                rows = f.read().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            cols = row.split()
            if int(cols[1].rsplit(":", 1)[1], 16) == port:
                out.append((cols[3], int(cols[4].split(":")[1], 16)))
    return out


def pending_input(port):
    """Whether a connection to the daemon's port holds bytes its
    process has not read (established, with a receive queue)."""
    return any(st == "01" and rx > 0 for st, rx in sockets(port))


def wait_for(done):
    end = time.monotonic() + HANG
    while not done():
        if time.monotonic() > end:
            return False
        time.sleep(0.02)
    return True


def kill_daemon(d, port):
    """SIGKILL to a daemon stopped or not; it is gone when this returns:
    no thread of it left and its listening socket closed."""
    pid, d.pid = d.pid, None
    os.kill(pid, signal.SIGKILL)

    def gone():
        try:
            with open("/proc/%d/stat" % pid) as f:
                zombie = f.read().rsplit(")", 1)[1].split()[0] == "Z"
            if not zombie or len(os.listdir("/proc/%d/task" % pid)) > 1:
                return False
        except OSError:
            pass
        return all(st != "0A" for st, _ in sockets(port))
    return wait_for(gone)


def masked(err, uri, port):
    """stderr with the daemon's URI and port (each shell has its own)
    and libvirt's log times masked."""
    return mask_log(err.replace(uri, "URI").replace(":%d'" % port,
                                                      ":PORT'"))


def dying(tmp, pki, kind, tag):
    """A daemon of one shell's own: (Libvirtd, port, URI)."""
    port = free_port()
    if kind == "tcp":
        conf = {"listen_tcp": 1, "tcp_port": str(port), "auth_tcp": "none"}
        uri = "test+tcp://127.0.0.1:%d/default" % port
    else:
        conf = {"listen_tls": 1, "tls_port": str(port), "auth_tls": "none",
                "key_file": os.path.join(tmp, "pki", "serverkey"),
                "cert_file": os.path.join(tmp, "pki", "server"),
                "ca_file": os.path.join(tmp, "pki", "ca")}
        uri = "test+tls://127.0.0.1:%d/default?pkipath=%s" % (port, pki)
    conf["listen_addr"] = "127.0.0.1"
    return Libvirtd(tmp, conf=conf, listen=True, name=tag), port, uri


def deaths(hvsh, virsh, tmp, pki):
    env = dict(ka.shell_env(tmp))
    env_h = dict(env, **tlssasl.tls.hvsh_env())

    def in_call(d, port):
        def script(sh):
            sh.send("list")
            if not sh.wait_for("out", "test   running"):
                return "no answer to list"
            os.kill(d.pid, signal.SIGSTOP)
            sh.send("dominfo test")
            if not wait_for(lambda: pending_input(port)):
                return "the call never reached the daemon"
            if not kill_daemon(d, port):
                return "the daemon did not die"
            if not sh.wait_for("err", "error: "):
                return "the call did not fail"
            sh.send("list")
            return None if sh.wait_for("err", "error: ", 3) \
                else "no reconnect"
        return script

    def idle(d, port):
        def script(sh):
            sh.send("list")
            if not sh.wait_for("out", "test   running"):
                return "no answer to list"
            if not kill_daemon(d, port):
                return "the daemon did not die"
            if not sh.wait_for("err", "Disconnected from"):
                return "the end went unseen"
            sh.send("list")
            return None if sh.wait_for("err", "error: ", 3) \
                else "no reconnect"
        return script

    for kind in ("tcp", "tls"):
        for what, make, args in (
                ("killed during a call", in_call, ()),
                ("killed during a call, no keepalive", in_call,
                 ("-k", "0")),
                ("killed while the shell idles", idle, ())):
            results = []
            for prog, e in ((hvsh, env_h), (virsh, env)):
                d, port, uri = dying(tmp, pki, kind, "%s-%s-%s%s" % (
                    kind, os.path.basename(prog), make.__name__,
                    "".join(args)))
                why = d.start()
                if why:
                    results.append(why)
                    continue
                try:
                    r = ka.run_session(prog, uri, e, make(d, port), args)
                finally:
                    if d.pid:
                        os.kill(d.pid, signal.SIGCONT)
                        d.stop()
                if not isinstance(r, str):
                    r = (r[0], r[1], masked(r[2], uri, port))
                results.append(r)
            compare("%s daemon %s%s" % (kind, what, "".join(
                " " + a for a in args)), results[0], results[1])
        one_shot(hvsh, virsh, tmp, pki, kind, env_h, env)


def one_shot(hvsh, virsh, tmp, pki, kind, env_h, env):
    """virsh -c URI list, the daemon stopped before it: the kernel takes
    the connection, nobody accepts it; then the daemon is killed."""
    results = []
    for prog, e in ((hvsh, env_h), (virsh, env)):
        d, port, uri = dying(tmp, pki, kind, "%s-%s-oneshot" % (
            kind, os.path.basename(prog)))
        why = d.start()
        if why:
            results.append(why)
            continue
        os.kill(d.pid, signal.SIGSTOP)
        p = subprocess.Popen([prog, "-c", uri, "list"], env=e,
                             stdin=subprocess.DEVNULL,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            # tls: the client's hello waits unread; tcp: AUTH_LIST
            if not wait_for(lambda: pending_input(port)):
                results.append("the client's bytes never arrived")
                continue
            kill_daemon(d, port)
            out, err = p.communicate(timeout=HANG)
            results.append((p.returncode, out.decode(),
                            masked(err.decode(), uri, port)))
        finally:
            if p.poll() is None:
                p.kill()
                p.wait()
            if d.pid:
                os.kill(d.pid, signal.SIGCONT)
                d.stop()
    compare("%s daemon stopped before the open, then killed" % kind,
            results[0], results[1])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", required=True)
    a = ap.parse_args()
    hvsh = os.path.abspath(os.path.join(a.build, "hvsh"))
    virsh = shutil.which("virsh")
    if not virsh:
        print("skip: no virsh (apt-get install libvirt-clients)")
        return 77
    if not shutil.which("certtool"):
        print("skip: no certtool (apt-get install gnutls-bin)")
        return 77
    if not (shutil.which("libvirtd") or os.access("/usr/sbin/libvirtd",
                                                  os.X_OK)):
        print("skip: no libvirtd (apt-get install libvirt-daemon)")
        return 77
    tmp = tempfile.mkdtemp(prefix="hvsh-fail-")
    try:
        p = tlssasl.make_pki(tmp)
        pki = p.path("client")
        names(hvsh, virsh, tmp, pki)
        deaths(hvsh, virsh, tmp, pki)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return summary()


if __name__ == "__main__":
    sys.exit(main())
