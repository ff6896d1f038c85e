"""libvirtd.py: a private libvirtd (and sshd) for the interop tests.

    d = Libvirtd(tmp)                  # unix rw + ro sockets in tmp/run
    d = Libvirtd(tmp, conf={...})      # extra libvirtd.conf settings
    reason = d.start()                 # None when running, else why not
    ... d.sock, d.sock_ro, d.pid ...
    d.idle()                           # every client's close handled
    d.stop()                           # SIGTERM by PID, then SIGKILL

Every daemon serves the test driver only: LIBVIRT_DRIVER_DIR points at
an empty directory, so no driver module loads (a test that needs the
qemu driver passes drivers=True).  Sockets live in the temporary
directory, nothing listens on TCP unless conf says so (listen=True adds
--listen), and the log goes to tmp/libvirtd.log.  run_shell() runs virsh
or hvsh as the tests compare them, mask_log() the times in their log
lines.  Sshd is a private OpenSSH server for the ssh transport;
free_port() a loopback port for a listener.  sibling() loads another
test script of this directory as a module, to share its fixtures.
"""

import os
import re
import shutil
import signal
import socket
import subprocess
import threading
import time


_counts = {"passed": 0, "failed": 0}


def report(ok, name, detail=""):
    """One TAP-like line: "ok - NAME", or "not ok - NAME" with the detail
    under it, each line behind "#   "."""
    if ok:
        _counts["passed"] += 1
        print("ok - %s" % name)
        return
    _counts["failed"] += 1
    print("not ok - %s" % name)
    for line in detail.splitlines():
        print("#   " + line)


def summary():
    """The last line, "N passed, N failed"; the exit status to return."""
    print("%(passed)d passed, %(failed)d failed" % _counts)
    return 1 if _counts["failed"] else 0


def read_pid(path):
    """The PID in a daemon's PID file, or None."""
    try:
        with open(path) as f:
            return int(f.read().strip())
    except (OSError, ValueError):
        return None


def stop_pid(pid):
    """SIGTERM to pid, then SIGKILL if it has not gone within 20 s."""
    if pid is None:
        return
    os.kill(pid, signal.SIGTERM)
    for _ in range(200):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.1)
    os.kill(pid, signal.SIGKILL)


def conf_value(v):
    if isinstance(v, bool):
        return "1" if v else "0"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, list):
        return "[" + ", ".join(conf_value(x) for x in v) + "]"
    return '"%s"' % v


class Libvirtd:
    def __init__(self, tmp, conf=None, listen=False, drivers=False,
                 env=None, name="libvirtd"):
        self.tmp = os.path.join(tmp, name)
        self.conf = dict(conf or {})
        self.listen = listen
        self.drivers = drivers
        self.env = env or {}
        self.pid = None
        self.run = os.path.join(self.tmp, "run")
        self.sock = os.path.join(self.run, "libvirt-sock")
        self.sock_ro = os.path.join(self.run, "libvirt-sock-ro")
        self.log = os.path.join(self.tmp, "libvirtd.log")

    def start(self):
        daemon = shutil.which("libvirtd") or "/usr/sbin/libvirtd"
        if not os.access(daemon, os.X_OK):
            return "no libvirtd (apt-get install libvirt-daemon)"
        drv = os.path.join(self.tmp, "drivers-none")
        os.makedirs(self.run, exist_ok=True)
        os.makedirs(drv, exist_ok=True)
        conf = {
            "unix_sock_dir": self.run,
            "unix_sock_ro_perms": "0777",
            "unix_sock_rw_perms": "0770",
            "unix_sock_admin_perms": "0700",
            "auth_unix_ro": "none",
            "auth_unix_rw": "none",
            "listen_tls": 0,
            "listen_tcp": 0,
            "log_level": 3,
            "log_outputs": "3:file:%s" % self.log,
        }
        conf.update(self.conf)
        path = os.path.join(self.tmp, "libvirtd.conf")
        with open(path, "w") as f:
            for k, v in conf.items():
                f.write("%s = %s\n" % (k, conf_value(v)))
        pidfile = os.path.join(self.tmp, "libvirtd.pid")
        env = dict(os.environ)
        if not self.drivers:
            env["LIBVIRT_DRIVER_DIR"] = drv
        env.update(self.env)
        argv = [daemon, "-f", path, "-p", pidfile, "-d"]
        if self.listen:
            argv.append("--listen")
        subprocess.run(argv, env=env, stdin=subprocess.DEVNULL,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=60)
        # Without the driver modules it starts in well under a second;
        # the wait only bounds a daemon that never comes up.
        for _ in range(300):
            if os.path.exists(pidfile) and os.path.exists(self.sock):
                with open(pidfile) as f:
                    self.pid = int(f.read().strip())
                self.listening = self.sockets()
                return None
            time.sleep(0.1)
        tail = ""
        if os.path.exists(self.log):
            with open(self.log) as f:
                last = f.read().strip().splitlines()[-1:]
                tail = ": " + last[0] if last else ""
        return "libvirtd did not start%s" % tail

    def sockets(self):
        """How many sockets the daemon holds open."""
        n = 0
        fds = "/proc/%d/fd" % self.pid
        for f in os.listdir(fds):
            try:
                if os.readlink(os.path.join(fds, f)).startswith("socket:"):
                    n += 1
            except OSError:
                pass
        return n

    def idle(self):
        """Wait until the daemon has closed every client's socket, which
        it does after closing that client's connections: the next
        client then gets a fresh test:///default."""
        for _ in range(1000):
            if self.sockets() <= self.listening:
                return
            time.sleep(0.01)

    def stop(self):
        pid, self.pid = self.pid, None
        stop_pid(pid)


def run_shell(argv, env=None, stdin=None, timeout=60, session=False):
    """(status, stdout, stderr) of a virsh or hvsh run, in the C locale,
    without a default URI.  stdin: text written to a pipe, or an open
    file (a regular file as standard input), or None (/dev/null).
    session: in a session of its own, without a controlling terminal
    (so that a password is asked on standard input, not on the
    terminal the tests may run on).  dominfo's CPU time (the daemon's
    test driver reports the wall clock) keeps its shape, not its
    digits."""
    e = dict(os.environ, LC_ALL="C", LIBVIRT_DEFAULT_URI="")
    e.pop("VIRSH_DEFAULT_CONNECT_URI", None)
    e.update(env or {})
    if stdin is None:
        io = {"stdin": subprocess.DEVNULL}
    elif hasattr(stdin, "fileno"):
        stdin.seek(0)
        io = {"stdin": stdin}
    else:
        io = {"input": stdin.encode()}
    p = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=timeout, env=e, start_new_session=session,
                       **io)
    out = re.sub(r"(?m)^(CPU time: +)[0-9]+\.[0-9]s$", r"\1N.Ns",
                 p.stdout.decode())
    return p.returncode, out, p.stderr.decode()


LOG_PREFIX = re.compile(
    r"(?m)^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}\+0000: \d+: ")


def mask_log(text):
    """text with the time and thread id of each of libvirt's log lines
    ("2026-12-02 17:17:12.374+0000: 4740: warning : ...") masked, so
    that two runs' warnings compare; a line of another shape stays."""
    return LOG_PREFIX.sub("TIME: TID: ", text)


def read_cases(path):
    """The command lines of a cases file: one per line, shell words,
    '#' comments and blank lines skipped."""
    import shlex
    cases = []
    with open(path) as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                cases.append(shlex.split(line))
    return cases


def sibling(filename):
    """The test script filename of this directory (remote-tls.py, say)
    as a module, without running its main()."""
    import importlib.util
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                        filename)
    name = os.path.splitext(filename)[0].replace("-", "_")
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def free_port():
    """A TCP port on 127.0.0.1 that nothing listens on just now."""
    import socket
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class Sshd:
    """A private OpenSSH server on 127.0.0.1 that takes one key, with the
    client wrapper that reaches it:

        s = Sshd(tmp)
        reason = s.start()      # None when running, else why not
        ... s.port, s.key, s.ssh (a client that never touches ~/.ssh),
            s.known_hosts (the server's key, as a known_hosts file) ...
        s.stop()                # SIGTERM by PID
    """

    def __init__(self, tmp, name="sshd"):
        self.tmp = os.path.join(tmp, name)
        self.port = None
        self.pid = None
        self.key = os.path.join(self.tmp, "id_ed25519")
        self.ssh = os.path.join(self.tmp, "bin", "ssh")

    def start(self):
        sshd = "/usr/sbin/sshd"
        client = shutil.which("ssh")
        keygen = shutil.which("ssh-keygen")
        if not (os.access(sshd, os.X_OK) and client and keygen):
            return "no OpenSSH (apt-get install openssh-server " \
                "openssh-client)"
        if os.geteuid() != 0:
            return "sshd needs root here"
        os.makedirs(os.path.join(self.tmp, "bin"), exist_ok=True)
        os.makedirs("/run/sshd", mode=0o755, exist_ok=True)
        t = self.tmp
        for k in ("hostkey", "id_ed25519"):
            subprocess.run([keygen, "-q", "-t", "ed25519", "-N", "", "-f",
                            os.path.join(t, k)], check=True,
                           stdin=subprocess.DEVNULL)
        shutil.copy(self.key + ".pub", os.path.join(t, "authorized_keys"))
        os.chmod(os.path.join(t, "authorized_keys"), 0o600)
        self.port = free_port()
        pidfile = os.path.join(t, "sshd.pid")
        with open(os.path.join(t, "sshd_config"), "w") as f:
            f.write("ListenAddress 127.0.0.1\nPort %d\nHostKey %s\n"
                    "PidFile %s\nAuthorizedKeysFile %s\n"
                    "PermitRootLogin prohibit-password\n"
                    "PubkeyAuthentication yes\nPasswordAuthentication no\n"
                    "KbdInteractiveAuthentication no\nUsePAM no\n"
                    "StrictModes no\nPrintMotd no\n"
                    % (self.port, os.path.join(t, "hostkey"), pidfile,
                       os.path.join(t, "authorized_keys")))
        with open(os.path.join(t, "ssh_config"), "w") as f:
            f.write("Host *\n  UserKnownHostsFile %s\n"
                    "  GlobalKnownHostsFile /dev/null\n"
                    % os.path.join(t, "known_hosts"))
        with open(self.ssh, "w") as f:
            f.write("#!/bin/sh\nexec %s -F %s \"$@\"\n"
                    % (client, os.path.join(t, "ssh_config")))
        os.chmod(self.ssh, 0o755)
        # the host key as a client records it, for libssh's known_hosts=
        self.known_hosts = os.path.join(t, "known_hosts.libvirt")
        with open(os.path.join(t, "hostkey.pub")) as f:
            kind, key = f.read().split()[:2]
        with open(self.known_hosts, "w") as f:
            f.write("[127.0.0.1]:%d %s %s\n" % (self.port, kind, key))
        p = subprocess.run([sshd, "-f", os.path.join(t, "sshd_config"),
                            "-E", os.path.join(t, "sshd.log")],
                           stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           timeout=60)
        if p.returncode != 0:
            return "sshd did not start: %s" % p.stdout.decode().strip()
        for _ in range(300):
            if os.path.exists(pidfile):
                with open(pidfile) as f:
                    text = f.read().strip()
                if text:
                    self.pid = int(text)
                    return None
            time.sleep(0.1)
        return "sshd wrote no PID file"

    def stop(self):
        pid, self.pid = self.pid, None
        stop_pid(pid)


class Relay:
    """Carries every connection to the listening socket srv on to a new
    socket from connect(), both ways, and shows each direction's bytes
    to seen(tag, data, state) first: tag "C" from the client, "S" from
    the server; state a dict of that direction's own.  take() waits
    until the connections relayed so far have ended."""

    def __init__(self, srv, connect):
        self.srv, self.connect = srv, connect
        self.lock = threading.Lock()
        self.threads = []
        srv.listen(4)
        threading.Thread(target=self.accept, daemon=True).start()

    def seen(self, tag, data, state):
        pass

    def accept(self):
        while True:
            try:
                c, _ = self.srv.accept()
            except OSError:
                return
            d = self.connect()
            for a, b, tag in ((c, d, "C"), (d, c, "S")):
                t = threading.Thread(target=self.pump, args=(a, b, tag),
                                     daemon=True)
                t.start()
                self.threads.append(t)

    def pump(self, src, dst, tag):
        state = {}
        while True:
            try:
                data = src.recv(65536)
            except OSError:
                data = b""
            if not data:
                try:
                    dst.shutdown(socket.SHUT_WR)
                except OSError:
                    pass
                return
            self.seen(tag, data, state)
            try:
                dst.sendall(data)
            except OSError:
                return

    def wait(self):
        for t in self.threads:
            t.join(timeout=30)
        self.threads = []

    def close(self):
        self.srv.close()
