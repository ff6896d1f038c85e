"""libvirtd.py: a private libvirtd for the interop tests.

    d = Libvirtd(tmp)                  # unix rw + ro sockets in tmp/run
    d = Libvirtd(tmp, conf={...})      # extra libvirtd.conf settings
    reason = d.start()                 # None when running, else why not
    ... d.sock, d.sock_ro, d.pid ...
    d.stop()                           # SIGTERM by PID, then SIGKILL

Every daemon serves the test driver only: LIBVIRT_DRIVER_DIR points at
an empty directory, so no driver module loads (a test that needs the
qemu driver passes drivers=True).  Sockets live in the temporary
directory, nothing listens on TCP unless conf says so (listen=True adds
--listen), and the log goes to tmp/libvirtd.log.  run_shell() runs virsh
or hvsh as the tests compare them.
"""

import os
import re
import shutil
import signal
import subprocess
import time


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
                return None
            time.sleep(0.1)
        tail = ""
        if os.path.exists(self.log):
            with open(self.log) as f:
                last = f.read().strip().splitlines()[-1:]
                tail = ": " + last[0] if last else ""
        return "libvirtd did not start%s" % tail

    def stop(self):
        if self.pid is None:
            return
        pid, self.pid = self.pid, None
        os.kill(pid, signal.SIGTERM)
        for _ in range(200):
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                return
            time.sleep(0.1)
        os.kill(pid, signal.SIGKILL)


def run_shell(argv, env=None, stdin=None, timeout=60):
    """(status, stdout, stderr) of a virsh or hvsh run, in the C locale,
    without a default URI.  dominfo's CPU time (the daemon's test
    driver reports the wall clock) keeps its shape, not its digits."""
    e = dict(os.environ, LC_ALL="C", LIBVIRT_DEFAULT_URI="")
    e.pop("VIRSH_DEFAULT_CONNECT_URI", None)
    e.update(env or {})
    p = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       input=stdin.encode() if stdin is not None else None,
                       stdin=subprocess.DEVNULL if stdin is None else None,
                       timeout=timeout, env=e)
    out = re.sub(r"(?m)^(CPU time: +)[0-9]+\.[0-9]s$", r"\1N.Ns",
                 p.stdout.decode())
    return p.returncode, out, p.stderr.decode()


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
