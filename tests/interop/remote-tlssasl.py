#!/usr/bin/env python3
"""remote-tlssasl.py: SASL over TLS, and libvirt.conf's tls_priority,
hvsh against virsh.

usage: tests/interop/remote-tlssasl.py --build BUILD_DIR

Makes a private PKI with certtool (remote-tls.py's) and a private Cyrus
SASL configuration (remote-sasl.py's: one user in a sasldb) and starts
private libvirtds, test driver only, on free loopback ports:

  sasl   listen_tls, auth_tls = "sasl", mech_list digest-md5 and
         scram-sha-256.  Over TLS libvirt asks SASL for no security
         layer (SSF 0..0) and tells it the TLS cipher's strength as the
         external one; SCRAM, which plain TCP refuses, works here, and
         everything after the negotiation travels in TLS alone (several
         commands and a large definition on one connection).
  plain  the same with mech_list plain: the daemon offers PLAIN only
         because the external strength TLS gives lifts its no-plaintext
         rule.
  none   listen_tls and listen_tcp, auth none.

Then runs the same command lines through BUILD_DIR/hvsh and virsh and
asserts the same stdout, stderr and exit status: credentials from
auth.conf and asked on standard input, a wrong password, auth= naming
each mechanism and one the daemon lacks.  Under gdb (x86-64), each
client's sasl_setprop() calls must be the same: the external SSF (256
for AES-256-GCM, 128 when tls_priority allows AES-128-GCM alone), then
SSF 0..0.  And, on "none", a libvirt.conf
tls_priority used when the URI has none (good, bad, NONE, not a string,
the URI's winning, tcp not reading it, the order of its error among
the others).  root's libvirt.conf is /etc/libvirt/libvirt.conf, so
those run in a private mount namespace with a file bound over it; a
user's is $XDG_CONFIG_HOME/libvirt/libvirt.conf, run as nobody
(setpriv).  Stops the daemons by PID.  Prints "ok"/"not ok" lines and
"N passed, N failed"; exits 77 with "skip: REASON" when libvirtd,
virsh, certtool or saslpasswd2 is missing.
"""

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile

from libvirtd import (free_port, mask_log, run_shell, report, sibling,
                      summary)

tls = sibling("remote-tls.py")
sasl = sibling("remote-sasl.py")

SYSTEM_CONF = "/etc/libvirt/libvirt.conf"


def make_pki(tmp):
    """The CA, the server's certificate for 127.0.0.1 and localhost,
    a client's, and the pkipath directory "client" holding ours."""
    p = tls.Pki(os.path.join(tmp, "pki"))
    for k in ("cakey", "serverkey", "clientkey"):
        p.key(k)
    p.cert("ca", p.CA % "Test CA", "cakey", None)
    p.cert("server", p.SERVER % (
        "127.0.0.1", "ip_address = 127.0.0.1\ndns_name = localhost\n",
        "tls_www_server"), "serverkey")
    p.cert("client", p.CLIENT % ("tls_www_client",
                                 "expiration_days = 3650\n"), "clientkey")
    p.dir_of("client", {"cacert.pem": "ca", "clientcert.pem": "client",
                        "clientkey.pem": "clientkey"})
    return p


def write(path, text):
    with open(path, "w") as f:
        f.write(text)
    return path


def sasl_dirs(tmp):
    """{daemon name: SASL_CONF_PATH}, or a reason to skip."""
    d, why = sasl.sasl_setup(tmp)
    if why:
        return None, why
    plain = os.path.join(tmp, "sasl-plain")
    os.makedirs(plain)
    write(os.path.join(plain, "libvirt.conf"),
          "mech_list: plain\nsasldb_path: %s\n"
          % os.path.join(d, "passwd.db"))
    return {"sasl": d, "plain": plain}, None


def daemons(tmp, p, dirs):
    """{name: (Libvirtd, tls port)}, and the "none" daemon's tcp port."""
    out = {}
    for name in ("sasl", "plain", "none"):
        d, port = tls.daemon(tmp, p, name, "server", {
            "auth_tls": "none" if name == "none" else "sasl"})
        if name in dirs:
            d.env = {"SASL_CONF_PATH": dirs[name]}
        out[name] = (d, port)
    tcp = free_port()
    out["none"][0].conf.update({"listen_tcp": 1, "tcp_port": str(tcp),
                                "auth_tcp": "none"})
    return out, tcp


def with_stdin(argv, env, stdin):
    rc, out, err = run_shell(argv, env=env, stdin=stdin)
    return rc, out, mask_log(err)


def sasl_cases(hvsh, virsh, p, ds, tmp):
    good = write(os.path.join(tmp, "good.conf"), sasl.GOOD)
    wrong = write(os.path.join(tmp, "wrong.conf"),
                  sasl.GOOD.replace(sasl.PASSWORD, "wrongpw"))
    xml = sasl.big_xml(tmp)
    many = "list --all; dominfo test; destroy test; list --all; " \
        "define %s; dumpxml big; undefine big; nodeinfo; hostname" % xml
    all_d = [d for d, _ in ds.values()]
    env = sasl.lsan_env(tmp)

    def uri(name, extra="", host="127.0.0.1"):
        return "test+tls://%s:%d/default?pkipath=%s%s" % (
            host, ds[name][1], p.path("client"), extra)

    def case(name, args, stdin=None):
        if stdin is None:
            tls.same(name, hvsh, virsh, args, all_d, env=env)
            return
        # remote-tls.py's same() has no standard input to give
        got = with_stdin([hvsh] + args, tls.hvsh_env(env), stdin)
        for d in all_d:
            d.idle()
        want = with_stdin([virsh] + args, env, stdin)
        for d in all_d:
            d.idle()
        tls.expect(name, got, want)

    auth = "&authfile=" + good
    case("tls+sasl: list", ["-c", uri("sasl", auth), "list"])
    case("tls+sasl: several commands and a large definition, TLS alone "
         "under them", ["-c", uri("sasl", auth), many])
    case("tls+sasl: host localhost",
         ["-c", uri("sasl", auth, "localhost"), "uri"])
    for mech in ("sasl.DIGEST-MD5", "sasl.SCRAM-SHA-256", "sasl.PLAIN",
                 "sasl", "none"):
        case("tls+sasl: auth=%s" % mech,
             ["-c", uri("sasl", auth + "&auth=" + mech), "list"])
    case("tls+sasl: SCRAM-SHA-256, several commands",
         ["-c", uri("sasl", auth + "&auth=sasl.SCRAM-SHA-256"), many])
    case("tls+sasl: a wrong password",
         ["-c", uri("sasl", "&authfile=" + wrong), "list"])
    case("tls+sasl: SCRAM-SHA-256, a wrong password",
         ["-c", uri("sasl", "&authfile=%s&auth=sasl.SCRAM-SHA-256"
                    % wrong), "list"])
    case("tls+sasl: prompts answered on stdin",
         ["-c", uri("sasl"), "list"],
         stdin="%s\n%s\n" % (sasl.USER, sasl.PASSWORD))
    case("tls+sasl: stdin at its end", ["-c", uri("sasl"), "list"],
         stdin="")
    case("tls+sasl: PLAIN, offered thanks to TLS",
         ["-c", uri("plain", auth), "list; dominfo test"])
    case("tls+sasl: PLAIN, a wrong password",
         ["-c", uri("plain", "&authfile=" + wrong), "list"])
    case("tls+sasl: PLAIN, auth=sasl.DIGEST-MD5 it lacks",
         ["-c", uri("plain", auth + "&auth=sasl.DIGEST-MD5"), "list"])


# sasl_setprop(conn, prop, value) as gdb sees it on x86-64: the
# external SSF (SASL_SSF_EXTERNAL, 100) and the security properties
# (SASL_SEC_PROPS, 101: min_ssf, max_ssf, maxbufsize, security_flags).
GDB_SETPROP = """set breakpoint pending on
set pagination off
break sasl_setprop if $rsi == 100 || $rsi == 101
commands
silent
if $rsi == 100
printf "SETPROP external %u\\n", *(unsigned *)$rdx
else
printf "SETPROP secprops %u %u %u %u\\n", ((unsigned *)$rdx)[0], \\
((unsigned *)$rdx)[1], ((unsigned *)$rdx)[2], ((unsigned *)$rdx)[3]
end
continue
end
run
"""


def setprops(gdb, script, argv, env):
    p = subprocess.run([gdb, "-q", "-batch", "-x", script, "--args"] +
                       argv, stdin=subprocess.DEVNULL,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       timeout=300, env=dict(os.environ, LC_ALL="C",
                                             **env))
    return [l for l in p.stdout.decode().splitlines()
            if l.startswith("SETPROP ")]


def ssf_props(hvsh, virsh, p, ds, tmp):
    """What each client tells SASL over TLS, seen by a debugger."""
    gdb = shutil.which("gdb")
    if gdb is None or platform.machine() != "x86_64":
        print("# no gdb, or not x86-64: the SASL properties not seen")
        return
    script = write(os.path.join(tmp, "setprop.gdb"), GDB_SETPROP)
    good = os.path.join(tmp, "good.conf")
    aes128 = "&tls_priority=NORMAL:-CIPHER-ALL:%2BAES-128-GCM"
    for mech, extra in (("DIGEST-MD5", ""), ("SCRAM-SHA-256", ""),
                        ("SCRAM-SHA-256", aes128)):
        uri = "test+tls://127.0.0.1:%d/default?pkipath=%s&authfile=%s" \
            "&auth=sasl.%s%s" % (ds["sasl"][1], p.path("client"), good,
                                 mech, extra)
        if extra:
            mech += ", AES-128-GCM"
        got = setprops(gdb, script, [hvsh, "-c", uri, "uri"],
                       tls.hvsh_env(sasl.lsan_env(tmp)))
        ds["sasl"][0].idle()
        want = setprops(gdb, script, [virsh, "-c", uri, "uri"], {})
        ds["sasl"][0].idle()
        tls.expect("tls+sasl %s: the external SSF, then SSF 0..0, as "
                   "virsh sets them" % mech, got, want)
        bits = got[0].split()[2] if got and len(got[0].split()) > 2 else ""
        report(len(got) == 2 and got[0].startswith("SETPROP external ") and
               (bits == "128" if extra else bits.isdigit()) and
               got[1].startswith("SETPROP secprops 0 0 "),
               "tls+sasl %s: the external SSF is the cipher's bits" % mech,
               repr(got))


CONFS = [
    ("BOGUS", 'tls_priority = "BOGUS"\n', "", "tls"),
    ("BOGUS, the URI's tls_priority wins", 'tls_priority = "BOGUS"\n',
     "&tls_priority=NORMAL", "tls"),
    ("TLS 1.2 only",
     'tls_priority = "NORMAL:-VERS-ALL:+VERS-TLS1.2"\n', "", "tls"),
    ("NONE", 'tls_priority = "NONE"\n', "", "tls"),
    ("a number", "tls_priority = 1\n", "", "tls"),
    ("a list", 'tls_priority = [ "NORMAL" ]\n', "", "tls"),
    ("a number, the URI's tls_priority wins", "tls_priority = 1\n",
     "&tls_priority=NORMAL", "tls"),
    ("BOGUS, the URI's tls_priority empty", 'tls_priority = "BOGUS"\n',
     "&tls_priority=", "tls"),
    ("BOGUS, the URI's TLS_PRIORITY (any case) wins",
     'tls_priority = "BOGUS"\n', "&TLS_Priority=NORMAL", "tls"),
    ("a number, tcp does not read it", "tls_priority = 1\n", "", "tcp"),
    ("BOGUS, tcp does not read it", 'tls_priority = "BOGUS"\n', "",
     "tcp"),
    ("BOGUS, no CA certificate: the files first",
     'tls_priority = "BOGUS"\n', "", "nopki"),
    ("a number, no CA certificate: the setting first",
     "tls_priority = 1\n", "", "nopki"),
    ("BOGUS, refused port: the port first", 'tls_priority = "BOGUS"\n',
     "", "refused"),
    ("BOGUS beside uri_default", 'uri_default = "test:///default"\n'
     'tls_priority = "BOGUS"\n', "", "tls"),
    ("not set", 'uri_default = "test:///default"\n', "", "tls"),
]


def conf_uris(p, ds, tcp):
    pki = "?pkipath=" + p.path("client")
    port = ds["none"][1]
    return {"tls": "test+tls://127.0.0.1:%d/default%s" % (port, pki),
            "tcp": "test+tcp://127.0.0.1:%d/default" % tcp,
            "nopki": "test+tls://127.0.0.1:%d/default?pkipath=%s"
                     % (port, p.path("nosuch")),
            "refused": "test+tls://127.0.0.1:%d/default%s"
                       % (free_port(), pki)}


def priority_root(hvsh, virsh, p, ds, tcp, tmp):
    """root's libvirt.conf, a file bound over it in a mount namespace."""
    unshare = shutil.which("unshare")
    if os.geteuid() != 0 or unshare is None or \
            not os.path.isfile(SYSTEM_CONF):
        print("# no root, unshare or %s: root's tls_priority not run"
              % SYSTEM_CONF)
        return
    uris = conf_uris(p, ds, tcp)
    all_d = [d for d, _ in ds.values()]
    script = 'mount --bind "$1" %s || exit 99; shift; exec "$@"' \
        % SYSTEM_CONF
    for i, (name, text, extra, kind) in enumerate(CONFS):
        conf = write(os.path.join(tmp, "libvirt%d.conf" % i), text)
        tls.same("root's libvirt.conf tls_priority: %s" % name, hvsh, virsh,
                 ["-c", uris[kind] + extra, "list"], all_d,
                 [unshare, "-m", "sh", "-c", script, "sh", conf])


def priority_user(hvsh, virsh, p, ds, tcp, tmp):
    """A user's $XDG_CONFIG_HOME/libvirt/libvirt.conf, as nobody."""
    setpriv = shutil.which("setpriv")
    if os.geteuid() != 0 or setpriv is None:
        print("# no root or setpriv: a user's tls_priority not run")
        return
    for root, dirs, files in os.walk(tmp):
        for x in dirs + files:
            os.chmod(os.path.join(root, x), 0o755)
    os.chmod(tmp, 0o755)
    uris = conf_uris(p, ds, tcp)
    all_d = [d for d, _ in ds.values()]
    prefix = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
    for i, (name, text, extra, kind) in enumerate(CONFS[:6]):
        home = os.path.join(tmp, "user%d" % i)
        os.makedirs(os.path.join(home, "config", "libvirt"))
        write(os.path.join(home, "config", "libvirt", "libvirt.conf"), text)
        for root, dirs, files in os.walk(home):
            for x in dirs + files:
                os.chmod(os.path.join(root, x), 0o777)
        os.chmod(home, 0o777)
        tls.same("nobody's $XDG_CONFIG_HOME libvirt.conf tls_priority: %s"
                 % name, hvsh, virsh, ["-c", uris[kind] + extra, "list"],
                 all_d, prefix, {"HOME": home, "XDG_CONFIG_HOME":
                                 os.path.join(home, "config")})


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
    tmp = tempfile.mkdtemp(prefix="hvsh-tlssasl-")
    ds = {}
    try:
        dirs, why = sasl_dirs(tmp)
        if why:
            print("skip: " + why)
            return 77
        p = make_pki(tmp)
        ds, tcp = daemons(tmp, p, dirs)
        for d, _ in ds.values():
            why = d.start()
            if why:
                print("skip: %s" % why)
                return 77
        sasl_cases(hvsh, virsh, p, ds, tmp)
        ssf_props(hvsh, virsh, p, ds, tmp)
        priority_root(hvsh, virsh, p, ds, tcp, tmp)
        priority_user(hvsh, virsh, p, ds, tcp, tmp)
    finally:
        for d, _ in ds.values():
            d.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    return summary()


if __name__ == "__main__":
    sys.exit(main())
