#!/usr/bin/env python3
"""remote-golden.py: the golden cases (tests/cli/*.t) a second time,
through libvirtd.

usage: tests/interop/remote-golden.py --build BUILD_DIR [-k WORD]

Every case that opens test:///default is run again with that URI
replaced by test+unix:///default?socket=S, S the socket of a private
libvirtd serving the test driver (a query of the case's own joins it:
test:///default?a=1 becomes ...?socket=S&a=1); the expected output is
the same with the URI replaced in it too.  Cases run one at a time, each after the
daemon has dropped the previous client (test:///default is then fresh,
as it is for each local run).  A case marked '# local-only: REASON' is
skipped: libvirtd's test driver answers it otherwise (REASON says how),
or it is about the local driver itself.  Cases that never name
test:///default are not about a daemon and are not run here.  Prints
TAP-like "ok"/"not ok" lines and "N passed, N failed".
"""

import argparse
import importlib.machinery
import importlib.util
import os
import re
import shutil
import sys
import tempfile

from libvirtd import Libvirtd

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)


def load_run_cli():
    path = os.path.join(TESTS, "run-cli")
    loader = importlib.machinery.SourceFileLoader("run_cli", path)
    spec = importlib.util.spec_from_loader("run_cli", loader)
    mod = importlib.util.module_from_spec(spec)
    loader.exec_module(mod)
    return mod


LOCAL_ONLY = re.compile(rb"^#\s*local-only\b", re.M)


def local_only(path):
    """The titles of the cases of path marked local-only."""
    titles = set()
    title = None
    with open(path, "rb") as f:
        for raw in f.read().split(b"\n"):
            if raw.startswith(b"=== "):
                title = raw[4:].decode()
            elif title and LOCAL_ONLY.match(raw):
                titles.add(title)
    return titles


def to_remote(text, uri):
    """test:///default in text as the daemon's URI; a query of its own
    joins the socket's."""
    if isinstance(text, bytes):
        return to_remote(text.decode("utf-8", "surrogateescape"),
                         uri).encode("utf-8", "surrogateescape")
    return text.replace("test:///default?", uri + "&").replace(
        "test:///default", uri)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", required=True)
    ap.add_argument("-k", action="append", default=[])
    a = ap.parse_args()
    rc = load_run_cli()
    hvsh = os.path.abspath(os.path.join(a.build, "hvsh"))
    tmp = tempfile.mkdtemp(prefix="hvsh-golden-")
    os.chmod(tmp, 0o755)
    d = Libvirtd(tmp, conf={"unix_sock_rw_perms": "0777"})
    why = d.start()
    if why:
        print("skip: %s" % why)
        shutil.rmtree(tmp, ignore_errors=True)
        return 77
    # nobody runs some cases ('nonroot'): the socket must let it in
    os.chmod(d.tmp, 0o755)
    os.chmod(d.run, 0o755)
    uri = "test+unix:///default?socket=%s" % d.sock
    local = b"test:///default"
    passed = failed = skipped = 0
    bindir = rc.make_bindir(hvsh)
    try:
        files = rc.collect([os.path.join(TESTS, "cli")])
        for f in files:
            skip = local_only(f)
            for c in rc.parse(os.path.relpath(f, os.path.dirname(TESTS))):
                if a.k and not any(k in c.title or k in c.path
                                   for k in a.k):
                    continue
                if not any(local.decode() in line for line in c.cmd):
                    continue
                if c.title in skip:
                    skipped += 1
                    continue
                c.cmd = [to_remote(line, uri) for line in c.cmd]
                c.stdout = to_remote(c.stdout, uri)
                c.stderr = to_remote(c.stderr, uri)
                ok, why = rc.run_case(c, bindir, 60)
                d.idle()
                if ok:
                    passed += 1
                    print("ok - %s" % c.name())
                else:
                    failed += 1
                    print("not ok - %s" % c.name())
                    print("#   $ " + "\n#   $ ".join(c.cmd))
                    for line in why:
                        print("#   " + line)
    finally:
        shutil.rmtree(bindir, ignore_errors=True)
        d.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    print("# %d local-only cases skipped" % skipped)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
