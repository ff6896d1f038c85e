#!/usr/bin/env python3
"""remote-local.py: the local daemon's sockets, found as libvirt's client
finds them, through hvsh and virsh.

usage: tests/interop/remote-local.py --build BUILD_DIR

Runs itself again in a private mount namespace (unshare -m) whose
/run/libvirt is an empty tmpfs, so that the system daemon's socket
paths are the test's own and the host's daemon, if any, is never
reached.  There:

  - with no daemon, every URI that names the local daemon (qemu:///system,
    -r, mode=direct, test+unix:///default, no URI at all) fails as virsh
    fails;
  - with a private libvirtd listening on /run/libvirt, the same URIs
    reach it (and -r its read-only socket) as virsh does;
  - as the user nobody, with HOME and XDG_RUNTIME_DIR in a temporary
    directory, test+unix:///default starts the user's session daemon
    (LIBVIRTD_PATH points at a libvirtd that loads no driver module) and
    uses it, as virsh does; LIBVIRT_AUTOSTART=0 and an unset
    XDG_RUNTIME_DIR give virsh's errors.

Every daemon is stopped by its PID.  Prints "ok"/"not ok" lines and
"N passed, N failed"; exits 77 with "skip: REASON" when a peer or the
namespace is missing.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

from libvirtd import Libvirtd, read_pid, run_shell, stop_pid, report, summary





def same(name, hvsh, virsh, argv, env=None, settle=None):
    got = run_shell([hvsh] + argv, env=env)
    if settle:
        settle()
    want = run_shell([virsh] + argv, env=env)
    if settle:
        settle()
    report(got == want, "%s, as virsh" % name,
           "got  %r\nwant %r" % (got, want))


# Every form that names the system daemon's default socket.
SYSTEM = [["-c", "qemu:///system", "uri"],
          ["-r", "-c", "qemu:///system", "uri"],
          ["-c", "qemu:///system?mode=direct", "uri"],
          ["-r", "-c", "qemu:///system?mode=direct", "uri"],
          ["-c", "qemu:///system?mode=legacy", "uri"],
          ["-c", "qemu:///session", "uri"],
          ["-c", "test+unix:///default", "uri; list"],
          ["-r", "-c", "test+unix:///default", "uri; destroy test"],
          ["-c", "remote:///", "uri"],
          ["uri"],
          ["-r", "uri"],
          ["-c", "", "uri"],
          ["-c", "xen", "uri"],
          ["-c", "xen://", "uri"],
          ["-c", "xen:///", "uri"],
          ["-c", "lxc:///", "uri"],
          ["-c", "vbox:///session", "uri"]]


def system_sockets(hvsh, virsh, tmp):
    for argv in SYSTEM:
        same("no daemon: %s" % " ".join(argv), hvsh, virsh, argv)
    d = Libvirtd(tmp, conf={"unix_sock_dir": "/run/libvirt"})
    d.run = "/run/libvirt"
    d.sock = "/run/libvirt/libvirt-sock"
    why = d.start()
    if why:
        report(False, "a libvirtd on /run/libvirt", why)
        return
    try:
        for argv in SYSTEM:
            same("libvirtd on /run/libvirt: %s" % " ".join(argv), hvsh,
                 virsh, argv, settle=d.idle)
    finally:
        d.stop()


def as_nobody(argv, env):
    """argv run as the user nobody, with exactly env as its environment."""
    return ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
            "env", "-i"] + ["%s=%s" % kv for kv in sorted(env.items())] + \
        argv


def session(hvsh, virsh, tmp):
    """The user's session daemon, started on demand."""
    home = os.path.join(tmp, "home")
    rt = os.path.join(tmp, "run")
    bindir = os.path.join(tmp, "bin")
    drivers = os.path.join(tmp, "drivers-none")
    for d in (home, rt, bindir, drivers):
        os.makedirs(d, exist_ok=True)
        os.chown(d, 65534, 65534)
    os.chmod(rt, 0o700)
    daemon = shutil.which("libvirtd") or "/usr/sbin/libvirtd"
    with open(os.path.join(bindir, "libvirtd"), "w") as f:
        f.write("#!/bin/sh\nLIBVIRT_DRIVER_DIR=%s exec %s \"$@\"\n"
                % (drivers, daemon))
    os.chmod(os.path.join(bindir, "libvirtd"), 0o755)
    mine = os.path.join(tmp, "hvsh")
    shutil.copy(hvsh, mine)
    os.chmod(mine, 0o755)
    pidfile = os.path.join(rt, "libvirt", "libvirtd.pid")
    env = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "HOME": home,
           "XDG_RUNTIME_DIR": rt, "LIBVIRTD_PATH": bindir, "LC_ALL": "C",
           "USER": "nobody", "LOGNAME": "nobody"}

    def run(prog, argv, extra=None):
        e = dict(env, **(extra or {}))
        p = subprocess.run(as_nobody([prog] + argv, e),
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           stdin=subprocess.DEVNULL, timeout=120)
        return p.returncode, p.stdout.decode(), p.stderr.decode()

    def stop_daemon():
        pid = read_pid(pidfile)
        if pid:
            stop_pid(pid)
        sock = os.path.join(rt, "libvirt", "libvirt-sock")
        for _ in range(500):
            if not os.path.exists(sock):
                break
            time.sleep(0.01)

    cases = [(["-c", "test+unix:///default", "uri; list"], None),
             (["-r", "-c", "test+unix:///default", "uri; list"], None),
             (["-c", "qemu:///session", "uri"], None),
             (["-c", "test+unix:///default", "uri"],
              {"LIBVIRT_AUTOSTART": "0"}),
             (["-c", "qemu:///session?mode=direct", "uri"],
              {"LIBVIRT_AUTOSTART": "0"})]
    try:
        for argv, extra in cases:
            got = run(mine, argv, extra)
            started = read_pid(pidfile) is not None
            stop_daemon()
            want = run(virsh, argv, extra)
            stop_daemon()
            report(got == want, "as nobody%s: %s, as virsh" % (
                " with %s" % extra if extra else "", " ".join(argv)),
                "got  %r\nwant %r" % (got, want))
            if extra is None and argv[-1].startswith("uri; list"):
                report(started, "as nobody: %s started the session daemon"
                       % " ".join(argv))
        # without XDG_RUNTIME_DIR the socket is under ~/.cache
        e = dict(env)
        del e["XDG_RUNTIME_DIR"]
        argv = ["-c", "test+unix:///default", "uri"]
        outs = []
        for prog in (mine, virsh):
            p = subprocess.run(as_nobody([prog] + argv, dict(
                e, LIBVIRT_AUTOSTART="0")), stdout=subprocess.PIPE,
                stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                timeout=60)
            outs.append((p.returncode, p.stdout.decode(),
                         p.stderr.decode()))
        report(outs[0] == outs[1], "as nobody without XDG_RUNTIME_DIR: "
               "the socket under ~/.cache, as virsh",
               "got  %r\nwant %r" % tuple(outs))
    finally:
        stop_daemon()


def inside(build):
    tmp = tempfile.mkdtemp(prefix="hvsh-local-")
    os.chmod(tmp, 0o755)
    try:
        subprocess.run(["mount", "-t", "tmpfs", "-o", "mode=0755",
                        "hvsh-test", "/run/libvirt"], check=True)
        hvsh = os.path.join(build, "hvsh")
        virsh = shutil.which("virsh")
        system_sockets(hvsh, virsh, tmp)
        session(hvsh, virsh, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return summary()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", required=True)
    ap.add_argument("--inside", action="store_true")
    a = ap.parse_args()
    if a.inside:
        return inside(os.path.abspath(a.build))
    if not shutil.which("virsh"):
        print("skip: no virsh (apt-get install libvirt-clients)")
        return 77
    if not (shutil.which("libvirtd") or os.access("/usr/sbin/libvirtd",
                                                    os.X_OK)):
        print("skip: no libvirtd (apt-get install libvirt-daemon)")
        return 77
    if os.geteuid() != 0 or not shutil.which("unshare") or \
            not shutil.which("setpriv"):
        print("skip: needs root, unshare and setpriv")
        return 77
    os.makedirs("/run/libvirt", exist_ok=True)
    p = subprocess.run(["unshare", "--mount", "--propagation", "private",
                        sys.executable, os.path.abspath(__file__),
                        "--build", a.build, "--inside"])
    return p.returncode


if __name__ == "__main__":
    sys.exit(main())
