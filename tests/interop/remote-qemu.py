#!/usr/bin/env python3
"""remote-qemu.py: a real QEMU guest through libvirtd's qemu driver,
hvsh against virsh.

usage: tests/interop/remote-qemu.py --build BUILD_DIR

Runs libvirtd (qemu driver only) and virtlogd in a private mount
namespace whose /etc/libvirt, /run/libvirt, /var/lib/libvirt,
/var/cache/libvirt and /var/log/libvirt are directories of a temporary
tree, and whose /etc/passwd and /etc/group are copies with the
libvirt-qemu user the driver looks up: the host is not changed.  QEMU
runs as root with no security driver and no cgroups, KVM when /dev/kvm
opens, else TCG.  A diskless 64 MiB domain is defined, started, listed,
shown, suspended, resumed, destroyed and undefined twice: once by hvsh,
once by virsh; at every step both show the domain, and what each
printed for its own steps must be the same.  Every daemon and QEMU is
stopped by its PID.  Prints "ok"/"not ok" lines and "N passed, N failed";
exits 77 with "skip: REASON" when QEMU or the qemu driver is missing.
"""

import argparse
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import time

from libvirtd import read_pid, run_shell, stop_pid, report, summary


DRIVER = "/usr/lib/x86_64-linux-gnu/libvirt/connection-driver/" \
    "libvirt_driver_qemu.so"
QEMU = "/usr/bin/qemu-system-x86_64"
UUID = "5a1f0c3e-6b7d-4e2a-9c41-0d2b7e9f1a63"




def kvm_works():
    try:
        os.close(os.open("/dev/kvm", os.O_RDWR))
        return True
    except OSError:
        return False


def domain_xml(kind):
    return """<domain type='%s'>
  <name>tiny</name>
  <uuid>%s</uuid>
  <memory unit='MiB'>64</memory>
  <vcpu>1</vcpu>
  <os>
    <type arch='x86_64' machine='pc'>hvm</type>
  </os>
  <on_poweroff>destroy</on_poweroff>
  <devices>
    <emulator>%s</emulator>
    <memballoon model='none'/>
  </devices>
</domain>
""" % (kind, UUID, QEMU)


def write(path, text):
    with open(path, "w") as f:
        f.write(text)


class QemuDaemon:
    """libvirtd with the qemu driver, and virtlogd, in their own mount
    namespace over the tree q."""

    def __init__(self, q):
        self.q = q
        self.sock = os.path.join(q, "sock", "libvirt-sock")

    def start(self):
        q = self.q
        for d in ("etc", "run", "lib", "cache", "log", "sock", "drivers",
                  "accounts"):
            os.makedirs(os.path.join(q, d), exist_ok=True)
        os.symlink(DRIVER, os.path.join(q, "drivers",
                                        os.path.basename(DRIVER)))
        for f in ("libvirt.conf", "libvirt-admin.conf"):
            if os.path.exists("/etc/libvirt/" + f):
                shutil.copy("/etc/libvirt/" + f, os.path.join(q, "etc"))
        write(os.path.join(q, "etc", "qemu.conf"),
              'user = "root"\ngroup = "root"\ndynamic_ownership = 0\n'
              'remember_owner = 0\nsecurity_driver = "none"\n'
              'cgroup_controllers = [ ]\nnamespaces = [ ]\n'
              'vnc_listen = "127.0.0.1"\nstdio_handler = "logd"\n')
        write(os.path.join(q, "etc", "libvirtd.conf"),
              'unix_sock_dir = "%s"\nunix_sock_ro_perms = "0777"\n'
              'unix_sock_rw_perms = "0700"\nauth_unix_ro = "none"\n'
              'auth_unix_rw = "none"\nlisten_tcp = 0\nlisten_tls = 0\n'
              'log_level = 3\nlog_outputs = "3:file:%s/libvirtd.log"\n'
              % (os.path.join(q, "sock"), q))
        write(os.path.join(q, "etc", "virtlogd.conf"),
              'log_level = 3\nlog_outputs = "3:file:%s/virtlogd.log"\n' % q)
        # the accounts the driver resolves before it reads qemu.conf
        passwd = open("/etc/passwd").read()
        group = open("/etc/group").read()
        if "\nkvm:" not in "\n" + group:
            group += "kvm:x:64990:libvirt-qemu\n"
        if "\nlibvirt-qemu:" not in "\n" + group:
            group += "libvirt-qemu:x:64991:\n"
        if "\nlibvirt-qemu:" not in "\n" + passwd:
            passwd += "libvirt-qemu:x:64991:64991::/var/lib/libvirt:" \
                "/usr/sbin/nologin\n"
        write(os.path.join(q, "accounts", "passwd"), passwd)
        write(os.path.join(q, "accounts", "group"), group)
        for d in ("/run/libvirt", "/var/lib/libvirt", "/var/cache/libvirt",
                  "/var/log/libvirt", "/etc/libvirt"):
            os.makedirs(d, exist_ok=True)
        script = """set -e
mount --bind {q}/etc /etc/libvirt
mount --bind {q}/run /run/libvirt
mount --bind {q}/lib /var/lib/libvirt
mount --bind {q}/cache /var/cache/libvirt
mount --bind {q}/log /var/log/libvirt
mount --bind {q}/accounts/passwd /etc/passwd
mount --bind {q}/accounts/group /etc/group
virtlogd -d -f /etc/libvirt/virtlogd.conf -p {q}/virtlogd.pid
LIBVIRT_DRIVER_DIR={q}/drivers libvirtd -d -f /etc/libvirt/libvirtd.conf \
    -p {q}/libvirtd.pid
""".format(q=q)
        p = subprocess.run(["unshare", "--mount", "--propagation", "private",
                            "sh", "-c", script], stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           timeout=120)
        if p.returncode != 0:
            return "the daemons did not start: %s" % p.stdout.decode()
        for _ in range(600):
            if os.path.exists(self.sock) and read_pid(
                    os.path.join(q, "libvirtd.pid")):
                return None
            time.sleep(0.1)
        return "libvirtd made no socket"

    def stop(self):
        q = self.q
        for f in glob.glob(os.path.join(q, "run", "qemu", "*.pid")):
            stop_pid(read_pid(f))
        stop_pid(read_pid(os.path.join(q, "libvirtd.pid")))
        stop_pid(read_pid(os.path.join(q, "virtlogd.pid")))


# (the command, whether it changes the domain)
STEPS = [("define @XML@", True), ("list --all", False),
         ("dominfo tiny", False), ("start tiny", True), ("list", False),
         ("dominfo tiny", False), ("domstate --reason tiny", False),
         ("suspend tiny", True), ("domstate --reason tiny", False),
         ("list --state-paused", False), ("resume tiny", True),
         ("domstate --reason tiny", False), ("destroy tiny", True),
         ("domstate --reason tiny", False), ("dominfo tiny", False),
         ("undefine tiny", True), ("list --all", False),
         ("domstate tiny", False)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", required=True)
    a = ap.parse_args()
    virsh = shutil.which("virsh")
    if not (os.access(QEMU, os.X_OK) and os.path.exists(DRIVER)):
        print("skip: no QEMU or qemu driver (apt-get install "
              "qemu-system-x86 libvirt-daemon-driver-qemu)")
        return 77
    if not virsh or not shutil.which("libvirtd") and \
            not os.access("/usr/sbin/libvirtd", os.X_OK):
        print("skip: no virsh or libvirtd")
        return 77
    if os.geteuid() != 0 or not shutil.which("unshare"):
        print("skip: needs root and unshare")
        return 77
    hvsh = os.path.abspath(os.path.join(a.build, "hvsh"))
    tmp = tempfile.mkdtemp(prefix="hvsh-qemu-")
    kind = "kvm" if kvm_works() else "qemu"
    print("# domain type %s" % kind)
    xml = os.path.join(tmp, "tiny.xml")
    write(xml, domain_xml(kind))
    d = QemuDaemon(os.path.join(tmp, "q"))
    try:
        why = d.start()
        if why:
            print("skip: %s" % why)
            return 77
        uri = "qemu+unix:///system?socket=%s" % d.sock
        # the first call probes QEMU's capabilities: both then see the
        # daemon in the same state
        run_shell([virsh, "-c", uri, "version"], timeout=300)
        said = {}
        for actor, name in ((hvsh, "hvsh"), (virsh, "virsh")):
            for i, (cmd, changes) in enumerate(STEPS):
                argv = ["-c", uri] + [cmd.replace("@XML@", xml)]
                if changes:
                    said[(name, i)] = run_shell([actor] + argv, timeout=120)
                    continue
                got = run_shell([hvsh] + argv, timeout=120)
                want = run_shell([virsh] + argv, timeout=120)
                report(got == want, "%s's run, step %d: hvsh %s, as virsh"
                       % (name, i, cmd), "got  %r\nwant %r" % (got, want))
        for i, (cmd, changes) in enumerate(STEPS):
            if changes:
                got, want = said[("hvsh", i)], said[("virsh", i)]
                got = (got[0], got[1].replace(xml, "XML"), got[2])
                want = (want[0], want[1].replace(xml, "XML"), want[2])
                report(got == want and got[0] == 0,
                       "hvsh %s, as virsh" % cmd,
                       "got  %r\nwant %r" % (got, want))
    finally:
        d.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    return summary()


if __name__ == "__main__":
    sys.exit(main())
