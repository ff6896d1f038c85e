#!/usr/bin/env python3
"""remote-tls.py: the tls transport (src/rpc/tls.c) against libvirtd's
TLS listener, hvsh against virsh.

usage: tests/interop/remote-tls.py --build BUILD_DIR

Makes a private PKI with certtool in a temporary directory (a CA, a
second CA, server and client certificates good and bad, a CRL), starts
private libvirtds (test driver only, TLS on free loopback ports): one
strict with a good server certificate, one whose certificate is for
clients only, one whose certificate names another host and that takes
any client, and one speaking plain TCP.  Then runs every command line
below through BUILD_DIR/hvsh and virsh with the same -c
'test+tls://127.0.0.1:PORT/default?pkipath=DIR...' and asserts the same
stdout, stderr (libvirt's warning lines with their times and thread ids
masked) and exit status: list, dominfo, uri, a read-only refusal,
large definitions through the session, qemu+tls, and every way a
connection fails (missing, bad, untrusted, expired and revoked
certificates, no_sanity, no_verify, tls_priority, a refused port, a
server that is not TLS, a server for another host, the non-root
$HOME/.pki/libvirt files as an unprivileged user).  Last, hvsh alone:
it does not link GnuTLS, and says which package to install when
libgnutls.so.30 does not load (a mount namespace hides it).  Stops the
daemons by PID.  Prints "ok"/"not ok" lines and "N passed, N failed";
exits 77 with "skip: REASON" when libvirtd, virsh or certtool is
missing.
"""

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile

from libvirtd import (Libvirtd, Relay, free_port, mask_log, run_shell,
                      report, summary)





def expect(name, got, want):
    report(got == want, name, "got  %r\nwant %r" % (got, want))


class Pki:
    """Keys, certificates and pkipath directories made by certtool in
    dir: self.path(NAME) is the directory pkipath=NAME points at."""

    CA = "cn = %s\nca\ncert_signing_key\nexpiration_days = 3650\n"
    SERVER = ("organization = Peers\ncn = %s\n%s%s\nencryption_key\n"
              "signing_key\nexpiration_days = 3650\n")
    CLIENT = ("country = GB\norganization = Peers\ncn = client1\n%s\n"
              "encryption_key\nsigning_key\n%s")

    def __init__(self, dir):
        self.dir = dir
        os.makedirs(dir)

    def f(self, name):
        return os.path.join(self.dir, name)

    def path(self, name):
        return os.path.join(self.dir, "dirs", name)

    def certtool(self, *args):
        subprocess.run(["certtool"] + list(args), check=True,
                       stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=120)

    def key(self, name):
        self.certtool("--generate-privkey", "--bits", "2048", "--outfile",
                      self.f(name))

    def cert(self, name, template, key, ca="ca"):
        with open(self.f(name + ".info"), "w") as fh:
            fh.write(template)
        args = ["--load-privkey", self.f(key), "--template",
                self.f(name + ".info"), "--outfile", self.f(name)]
        if ca is None:
            self.certtool("--generate-self-signed", *args)
        else:
            self.certtool("--generate-certificate", "--load-ca-certificate",
                          self.f(ca), "--load-ca-privkey", self.f(ca + "key"),
                          *args)

    def dir_of(self, name, files):
        """pkipath directory name with files {name in it: file here};
        a value None writes a file of junk."""
        d = self.path(name)
        os.makedirs(d)
        for dst, src in files.items():
            if src is None:
                with open(os.path.join(d, dst), "w") as fh:
                    fh.write("junk\n")
            else:
                shutil.copy(self.f(src), os.path.join(d, dst))

    def make(self):
        for k in ("cakey", "wrongcakey", "serverkey", "clientkey"):
            self.key(k)
        self.cert("ca", self.CA % "Test CA", "cakey", None)
        self.cert("wrongca", self.CA % "Wrong CA", "wrongcakey", None)
        ip = "ip_address = 127.0.0.1\ndns_name = localhost\n"
        self.cert("server", self.SERVER % ("127.0.0.1", ip,
                                           "tls_www_server"), "serverkey")
        self.cert("server-for-clients", self.SERVER % (
            "127.0.0.1", ip, "tls_www_client"), "serverkey")
        self.cert("server-wronghost", self.SERVER % (
            "wrong.example", "dns_name = wrong.example\n", "tls_www_server"),
            "serverkey")
        days = "expiration_days = 3650\n"
        self.cert("client", self.CLIENT % ("tls_www_client", days),
                  "clientkey")
        self.cert("client-wrongca", self.CLIENT % ("tls_www_client", days),
                  "clientkey", "wrongca")
        self.cert("client-serverpurpose", self.CLIENT % (
            "tls_www_server", days), "clientkey")
        self.cert("client-future", self.CLIENT % (
            "tls_www_client", 'activation_date = "2030-01-01 00:00:00"\n'
            'expiration_date = "2031-01-01 00:00:00"\n'), "clientkey")
        with open(self.f("crl.info"), "w") as fh:
            fh.write("crl_next_update = 365\ncrl_number = 1\n")
        self.certtool("--generate-crl", "--load-ca-privkey", self.f("cakey"),
                      "--load-ca-certificate", self.f("ca"),
                      "--load-certificate", self.f("server"), "--template",
                      self.f("crl.info"), "--outfile", self.f("crl-server"))
        good = {"cacert.pem": "ca", "clientcert.pem": "client",
                "clientkey.pem": "clientkey"}
        self.dir_of("client", good)
        self.dir_of("wrongca", {"cacert.pem": "wrongca",
                                "clientcert.pem": "client-wrongca",
                                "clientkey.pem": "clientkey"})
        self.dir_of("wrongcaonly", dict(good, **{"cacert.pem": "wrongca"}))
        self.dir_of("cacertonly", {"cacert.pem": "ca"})
        self.dir_of("nokey", {"cacert.pem": "ca", "clientcert.pem": "client"})
        self.dir_of("garbageca", dict(good, **{"cacert.pem": None}))
        self.dir_of("garbagekey", dict(good, **{"clientkey.pem": None}))
        self.dir_of("garbagecert", dict(good, **{"clientcert.pem": None}))
        self.dir_of("garbagecrl", dict(good, **{"cacrl.pem": None}))
        self.dir_of("revoked", dict(good, **{"cacrl.pem": "crl-server"}))
        self.dir_of("future", dict(good, **{
            "clientcert.pem": "client-future"}))
        self.dir_of("serverpurpose", dict(good, **{
            "clientcert.pem": "client-serverpurpose"}))


def daemon(tmp, pki, name, cert, extra=None):
    port = free_port()
    conf = {"listen_tls": 1, "listen_addr": "127.0.0.1",
            "tls_port": str(port), "auth_tls": "none",
            "key_file": pki.f("serverkey"), "cert_file": pki.f(cert),
            "ca_file": pki.f("ca")}
    conf.update(extra or {})
    return Libvirtd(tmp, conf=conf, listen=True, name=name), port


# LeakSanitizer (GCC 12) misreads the dynamic TLS of a library loaded
# by dlopen(), as libgnutls.so.30 and its libraries are: it records a
# block from address 0xeb and its tracer dies scanning it.  hvsh runs
# here without TLS as a root set, which can only add leak reports,
# never hide one; the option means nothing to a build without it.
LSAN = "use_tls=0:print_suppressions=0"


def shell(argv, env=None):
    rc, out, err = run_shell(argv, env=env)
    return rc, out, mask_log(err)


def hvsh_env(env=None):
    e = dict(env or {})
    old = os.environ.get("LSAN_OPTIONS")
    e["LSAN_OPTIONS"] = old + ":" + LSAN if old else LSAN
    return e


def same(name, hvsh, virsh, args, daemons, prefix=(), env=None):
    got = shell(list(prefix) + [hvsh] + args, hvsh_env(env))
    for d in daemons:
        d.idle()
    want = shell(list(prefix) + [virsh] + args, env)
    for d in daemons:
        d.idle()
    expect(name, got, want)


def big_domain(path):
    """A definition of some 40 KiB: several TLS records each way."""
    with open(path, "w") as f:
        f.write("<domain type='test'><name>big</name>"
                "<uuid>5a9c3a4e-1d2b-4c6f-9e8d-7b6a5f4e3d2c</uuid>"
                "<description>%s</description><memory>1024</memory>"
                "<os><type>hvm</type></os></domain>\n" % ("x" * 40000))


def cases(p, ports, tmp):
    """(name, hvsh/virsh arguments) for every case of one daemon set."""
    strict, forclients, wronghost, plain = ports

    def uri(port, d, extra="", host="127.0.0.1", scheme="test",
            path="/default"):
        return "%s+tls://%s:%d%s?pkipath=%s%s" % (
            scheme, host, port, path, p.path(d), extra)

    refused = free_port()
    return [
        ("list", ["-c", uri(strict, "client"), "list", "--all"]),
        ("dominfo", ["-c", uri(strict, "client"), "dominfo", "test"]),
        ("uri", ["-c", uri(strict, "client"), "uri"]),
        ("host name localhost",
         ["-c", uri(strict, "client", host="localhost"), "list"]),
        ("several commands on one session",
         ["-c", uri(strict, "client"),
          "destroy test; list --all; start test; dominfo test"]),
        ("read-only refusal",
         ["-r", "-c", uri(strict, "client"), "destroy test"]),
        ("large definitions",
         ["-c", uri(strict, "client"), "define %s; dumpxml big; "
          "dumpxml big" % os.path.join(tmp, "big.xml")]),
        ("qemu+tls://host/system",
         ["-c", uri(strict, "client", scheme="qemu", path="/system"),
          "list"]),
        ("name= sent as given",
         ["-c", uri(strict, "client", "&name=test:///default"), "uri"]),
        ("a user in the URI", ["-c", uri(strict, "client").replace(
            "//", "//someone@", 1), "uri"]),
        ("parameter names in any case",
         ["-c", "test+tls://127.0.0.1:%d/default?PKIPATH=%s&No_Verify=1"
          % (strict, p.path("client")), "uri"]),
        ("pkipath that does not exist",
         ["-c", uri(strict, "nosuchdir"), "list"]),
        ("pkipath with a trailing slash",
         ["-c", uri(strict, "nosuchdir/"), "list"]),
        ("pkipath empty",
         ["-c", "test+tls://127.0.0.1:%d/default?pkipath=" % strict,
          "list"]),
        ("IPv6 literal host",
         ["-c", uri(refused, "client", host="[::1]"), "list"]),
        ("no CA certificate at the default path",
         ["-c", "test+tls://127.0.0.1:%d/default" % strict, "list"]),
        ("CA certificate only: no client certificate",
         ["-c", uri(strict, "cacertonly"), "list"]),
        ("client certificate without its key",
         ["-c", uri(strict, "nokey"), "list"]),
        ("our certificate from another CA",
         ["-c", uri(strict, "wrongcaonly"), "list"]),
        ("another CA, no_sanity",
         ["-c", uri(strict, "wrongcaonly", "&no_sanity=1"), "list"]),
        ("another CA, no_sanity and no_verify",
         ["-c", uri(strict, "wrongcaonly", "&no_sanity=1&no_verify=1"),
          "list"]),
        ("untrusted server",
         ["-c", uri(strict, "wrongca"), "list"]),
        ("untrusted server, no_verify: the server refuses us",
         ["-c", uri(strict, "wrongca", "&no_verify=1"), "list"]),
        ("CA file of junk", ["-c", uri(strict, "garbageca"), "list"]),
        ("CA file of junk, no_sanity",
         ["-c", uri(strict, "garbageca", "&no_sanity=1"), "list"]),
        ("key of junk", ["-c", uri(strict, "garbagekey"), "list"]),
        ("certificate of junk", ["-c", uri(strict, "garbagecert"), "list"]),
        ("certificate of junk, no_sanity",
         ["-c", uri(strict, "garbagecert", "&no_sanity=1"), "list"]),
        ("CRL of junk", ["-c", uri(strict, "garbagecrl"), "list"]),
        ("server certificate revoked",
         ["-c", uri(strict, "revoked"), "list"]),
        ("server certificate revoked, no_verify",
         ["-c", uri(strict, "revoked", "&no_verify=1"), "list"]),
        ("our certificate not yet active",
         ["-c", uri(strict, "future"), "list"]),
        ("our certificate not yet active, no_sanity",
         ["-c", uri(strict, "future", "&no_sanity=1"), "list"]),
        ("our certificate for servers: a warning",
         ["-c", uri(strict, "serverpurpose"), "list"]),
        ("tls_priority that GnuTLS refuses",
         ["-c", uri(strict, "client", "&tls_priority=BOGUS"), "list"]),
        ("tls_priority NONE",
         ["-c", uri(strict, "client", "&tls_priority=NONE"), "list"]),
        ("tls_priority TLS 1.2 only",
         ["-c", uri(strict, "client",
                    "&tls_priority=NORMAL:-VERS-ALL:%2BVERS-TLS1.2"),
          "list"]),
        ("bad tls_priority, refused port: the port first",
         ["-c", uri(refused, "client", "&tls_priority=BOGUS"), "list"]),
        ("no_verify not a number",
         ["-c", uri(strict, "client", "&no_verify=x"), "list"]),
        ("refused port", ["-c", uri(refused, "client"), "list"]),
        ("default host and port",
         ["-c", "test+tls:///default?pkipath=%s" % p.path("client"),
          "list"]),
        ("a server that is not TLS",
         ["-c", uri(plain, "client"), "list"]),
        ("server certificate for clients: a warning",
         ["-c", uri(forclients, "client"), "list"]),
        ("two warnings, one header",
         ["-c", uri(forclients, "serverpurpose"), "list"]),
        ("server certificate for another host",
         ["-c", uri(wronghost, "client"), "list"]),
        ("server certificate for another host, no_verify",
         ["-c", uri(wronghost, "client", "&no_verify=1"), "list"]),
        ("another CA, no_verify, lax server",
         ["-c", uri(wronghost, "wrongca", "&no_verify=1"), "list"]),
    ]


def unprivileged(hvsh, virsh, p, port, tmp, daemons):
    """The files of $HOME/.pki/libvirt, each falling back on its own to
    /etc/pki (absent here), for a user that is not root."""
    setpriv = shutil.which("setpriv")
    if setpriv is None or os.path.exists("/etc/pki"):
        print("# no setpriv, or /etc/pki exists: $HOME/.pki not run")
        return
    os.chmod(tmp, 0o755)
    homes = {"all three files": {"cacert.pem": "ca",
                                 "clientcert.pem": "client",
                                 "clientkey.pem": "clientkey"},
             "CA certificate alone": {"cacert.pem": "ca"},
             "certificate without key": {"cacert.pem": "ca",
                                         "clientcert.pem": "client"},
             "nothing": {}}
    prefix = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
    for i, (name, files) in enumerate(homes.items()):
        home = os.path.join(tmp, "home%d" % i)
        pki = os.path.join(home, ".pki", "libvirt")
        os.makedirs(pki)
        for dst, src in files.items():
            shutil.copy(p.f(src), os.path.join(pki, dst))
        for root, dirs, fs in os.walk(home):
            for x in dirs + fs:
                os.chmod(os.path.join(root, x), 0o755)
        os.chmod(home, 0o755)
        same("non-root, $HOME/.pki/libvirt: %s" % name, hvsh, virsh,
             ["-c", "test+tls://127.0.0.1:%d/default" % port, "list"],
             daemons, prefix, {"HOME": home})


class RecordCounter(Relay):
    """A TCP relay on 127.0.0.1 to the daemon's TLS port that counts the
    client's TLS records by content type (23: application data), read
    off the record headers."""

    def __init__(self, target):
        self.counts = {}
        srv = socket.socket()
        srv.bind(("127.0.0.1", 0))
        self.port = srv.getsockname()[1]
        Relay.__init__(self, srv, lambda: socket.create_connection(
            ("127.0.0.1", target)))

    def seen(self, tag, data, state):
        if tag != "C":
            return
        buf = state.get("buf", b"") + data
        while len(buf) >= 5:
            n = 5 + int.from_bytes(buf[3:5], "big")
            if len(buf) < n:
                break
            with self.lock:
                self.counts[buf[0]] = self.counts.get(buf[0], 0) + 1
            buf = buf[n:]
        state["buf"] = buf

    def take(self):
        self.wait()
        with self.lock:
            c, self.counts = self.counts, {}
        return c.get(23, 0)


def one_packet_a_record(hvsh, virsh, p, port, daemons):
    """libvirtd decrypts a whole TLS record but reads one RPC packet of
    it, and waits on the socket for more: two packets in one record
    leave the second unanswered until other bytes come.  hvsh sends
    several calls at once (the open's features, dominfo's questions):
    each in a record of its own, as many records as virsh's calls
    (the same calls, remote-wire.py shows)."""
    relay = RecordCounter(port)
    try:
        for line in ("uri", "dominfo test", "list --all; dominfo test"):
            uri = "test+tls://127.0.0.1:%d/default?pkipath=%s" % (
                relay.port, p.path("client"))
            counts = []
            for prog, env in ((hvsh, hvsh_env()), (virsh, None)):
                rc, out, err = shell([prog, "-c", uri, line], env)
                counts.append((rc, relay.take()))
                for d in daemons:
                    d.idle()
            report(counts[0] == counts[1] and counts[0][0] == 0,
                   "one RPC packet a TLS record: %s" % line,
                   "hvsh (status, records) %r, virsh %r" % tuple(counts))
    finally:
        relay.close()


def hvsh_alone(hvsh, tmp):
    """What virsh cannot show: GnuTLS is loaded only for tls, and its
    absence is one error line naming the package."""
    ldd = shutil.which("ldd")
    if ldd:
        out = subprocess.run([ldd, hvsh], stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT,
                             timeout=60).stdout.decode()
        report("gnutls" not in out, "hvsh does not link GnuTLS", out)
    lib = None
    for d in ("/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu",
              "/lib64", "/usr/lib64", "/lib", "/usr/lib"):
        if os.path.exists(os.path.join(d, "libgnutls.so.30")):
            lib = os.path.realpath(os.path.join(d, "libgnutls.so.30"))
            break
    unshare = shutil.which("unshare")
    if lib is None or unshare is None or os.geteuid() != 0:
        print("# no root, unshare or libgnutls.so.30: its absence not run")
        return
    empty = os.path.join(tmp, "empty.so")
    open(empty, "w").close()
    script = 'mount --bind "$1" "$2" || exit 99; shift 2; exec "$@"'
    rc, out, err = run_shell([unshare, "-m", "sh", "-c", script, "sh",
                              empty, lib, hvsh, "-c",
                              "test+tls://127.0.0.1:1/default", "list"])
    if rc == 99:
        print("# no mount namespace here: GnuTLS's absence not run")
        return
    lines = err.splitlines()
    report(rc == 1 and out == "" and len(lines) == 2 and
           lines[0] == "error: failed to connect to the hypervisor" and
           lines[1].startswith("error: the tls transport needs GnuTLS "
                               "(package libgnutls30): "),
           "no libgnutls.so.30: one error line naming the package",
           "rc %d\nstdout %r\nstderr %r" % (rc, out, err))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", required=True)
    a = ap.parse_args()
    hvsh = os.path.abspath(os.path.join(a.build, "hvsh"))
    virsh = shutil.which("virsh")
    if not shutil.which("certtool"):
        print("skip: no certtool (apt-get install gnutls-bin)")
        return 77
    if not virsh:
        print("skip: no virsh (apt-get install libvirt-clients)")
        return 77
    tmp = tempfile.mkdtemp(prefix="hvsh-tls-")
    daemons = []
    try:
        p = Pki(os.path.join(tmp, "pki"))
        p.make()
        big_domain(os.path.join(tmp, "big.xml"))
        ports = []
        for name, cert, extra in (
                ("strict", "server", None),
                ("forclients", "server-for-clients", None),
                ("wronghost", "server-wronghost",
                 {"tls_no_verify_certificate": 1})):
            d, port = daemon(tmp, p, name, cert, extra)
            daemons.append(d)
            ports.append(port)
        plain_port = free_port()
        daemons.append(Libvirtd(tmp, conf={
            "listen_tcp": 1, "listen_addr": "127.0.0.1",
            "tcp_port": str(plain_port), "auth_tcp": "none"},
            listen=True, name="plain"))
        ports.append(plain_port)
        for d in daemons:
            why = d.start()
            if why:
                print("skip: %s" % why)
                return 77
        for name, args in cases(p, ports, tmp):
            same(name, hvsh, virsh, args, daemons)
        unprivileged(hvsh, virsh, p, ports[0], tmp, daemons)
        one_packet_a_record(hvsh, virsh, p, ports[0], daemons)
        hvsh_alone(hvsh, tmp)
    finally:
        for d in daemons:
            d.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    return summary()


if __name__ == "__main__":
    sys.exit(main())
