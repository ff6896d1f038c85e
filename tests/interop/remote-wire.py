#!/usr/bin/env python3
"""remote-wire.py: what hvsh and virsh put on the wire, packet for packet.

usage: tests/interop/remote-wire.py --build BUILD_DIR

Starts a private libvirtd (test driver, unix socket) and, between it and
the clients, a relay of our own on another unix socket that cuts both
directions into RPC packets and logs each one.  Each command line runs
through virsh and through hvsh, each on a fresh connection; the calls
the two send must be the same packets in the same order (program,
version, procedure, type, serial, status and payload, byte for byte),
from the open sequence to the close, and so must the daemon's answers
(taken in serial order: the daemon's workers may answer calls in
flight together in any order).  Keepalive packets depend on time and
are left out.  The client's streams and events have no command of
hvsh's yet; BUILD_DIR/tests/test-rpc-client's probes drive them: a
screenshot read through its stream (the same packets as virsh's
`screenshot`, the same bytes in the file), one aborted after its first
data with the connection still answering, and lifecycle events
registered, then raised by suspend and resume, dispatched in order.  Stops the daemon by its PID.  Prints "ok"/"not ok" lines
and "N passed, N failed"; exits 77 with "skip: REASON" when libvirtd or
virsh is missing.
"""

import argparse
import os
import shutil
import socket
import struct
import subprocess
import sys
import tempfile

from libvirtd import Libvirtd, Relay, report, run_shell, summary

KEEPALIVE = 0x6b656570
CASES_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                         "remote-cases")


class PacketLog(Relay):
    """A unix socket at path whose every connection is carried to the
    daemon's socket, the packets of each direction logged as
    (direction, header tuple, payload)."""

    def __init__(self, path, target):
        self.path, self.packets = path, []
        srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        srv.bind(path)

        def connect():
            d = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            d.connect(target)
            return d
        Relay.__init__(self, srv, connect)

    def seen(self, tag, data, state):
        buf = state.get("buf", b"") + data
        while len(buf) >= 4:
            n = struct.unpack(">I", buf[:4])[0]
            if n < 28 or len(buf) < n:
                break
            hdr = struct.unpack(">IIiiIi", buf[4:28])
            with self.lock:
                self.packets.append((tag, hdr, buf[28:n]))
            buf = buf[n:]
        state["buf"] = buf

    def take(self):
        """The packets logged since the last take, once every relayed
        connection has ended."""
        self.wait()
        with self.lock:
            p, self.packets = self.packets, []
        return p


def describe(p):
    tag, (prog, vers, proc, typ, serial, status), body = p
    return "%s prog=%x proc=%d type=%d serial=%d status=%d %s" % (
        tag, prog, proc, typ, serial, status, body.hex())


DOMAIN_GET_INFO = 16


def masked(p):
    """p with what depends on the time of the run masked: the test
    driver's CPU time (the daemon's clock) ending DOMAIN_GET_INFO's
    answer."""
    tag, hdr, body = p
    if tag == "S" and hdr[2] == DOMAIN_GET_INFO and len(body) == 32:
        body = body[:24] + b"T" * 8
    return tag, hdr, body


def split(packets):
    """(calls in order, answers in serial order), keepalives left out."""
    calls = [p for p in packets if p[0] == "C" and p[1][0] != KEEPALIVE]
    answers = [masked(p) for p in packets
               if p[0] == "S" and p[1][0] != KEEPALIVE]
    answers.sort(key=lambda p: p[1][4])
    return calls, answers


CASES = [
    "list --all",
    "list",
    "dominfo test",
    "domstate test",
    "uri",
    "suspend test; resume test; domstate --reason test",
    "dominfo nosuch",
    "net-list --all",
    "net-list",
    "net-info default",
    "net-dumpxml default",
    "pool-list --all",
    "pool-list --all --details",
    "pool-info default-pool",
    "vol-list default-pool",
    "vol-list default-pool --details",
    "iface-list --all",
    "nodedev-list",
    "nodeinfo",
    "version",
    "hostname",
    "capabilities",
    "dumpxml test",
    "domblklist test",
    "domiflist test",
    "vcpucount test",
    "dommemstat test",
    "dommemstat test --period 5",
    "dommemstat test --period 5 --config",
    "vcpucount test --maximum --live",
    "destroy test; vcpucount test",
    "domblkinfo test vda",
    "pool-dumpxml default-pool",
    "vol-info --pool default-pool nosuch",
    "domid test; domuuid test; domname 1",
    "setmem test 1024; dominfo test",
    "setvcpus test 1; vcpucount test",
    "setvcpus test 1 --live",
    "setvcpus test 1 --config",
    "setvcpus test 9",
    "destroy test; start test; list --all",
    "net-define @CASES@/net-new.xml; net-list --all",
    "vol-create default-pool @CASES@/vol-new.xml; vol-list default-pool",
]


def probe(tool, *args):
    p = subprocess.run([tool] + list(args), stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                       timeout=60)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


def streams_and_events(build, virsh, relay, d, uri, tmp):
    tool = os.path.join(os.path.abspath(build), "tests", "test-rpc-client")
    vfile, hfile = os.path.join(tmp, "v.png"), os.path.join(tmp, "h.png")
    st, out, err = run_shell([virsh, "-c", uri, "screenshot test " + vfile])
    vlog = relay.take()
    d.idle()
    got = probe(tool, "--screenshot", relay.path, hfile)
    hlog = relay.take()
    d.idle()
    size = os.path.getsize(vfile) if os.path.exists(vfile) else -1
    report(st == 0 and size > 0 and got == (0, "mime image/png\nbytes %d\n"
                                           % size, ""),
           "screenshot: the stream read to its end",
           "virsh %r\nprobe %r" % ((st, out, err), got))
    with open(vfile, "rb") as f:
        want = f.read()
    mine = b""
    if os.path.exists(hfile):
        with open(hfile, "rb") as f:
            mine = f.read()
    report(mine == want, "screenshot: the same bytes as virsh's")
    vc, va = split(vlog)
    hc, ha = split(hlog)
    report(hc == vc, "screenshot: same calls and stream packets",
           "virsh:\n  %s\nprobe:\n  %s" % (
               "\n  ".join(map(describe, vc)),
               "\n  ".join(map(describe, hc))))
    report(ha == va, "screenshot: same answers and stream packets")
    got = probe(tool, "--screenshot-abort", relay.path)
    log = relay.take()
    d.idle()
    report(got == (0, "mime image/png\naborted\nuri test:///default\n",
                   ""), "screenshot aborted: the connection goes on",
           "got %r" % (got,))
    abort = [p for p in log if p[0] == "C" and p[1][3] == 3]
    report([p[1][5] for p in abort] == [1] and abort[0][2] == b"",
           "screenshot aborted: one empty STREAM/ERROR sent",
           "\n".join(map(describe, abort)))
    got = probe(tool, "--events", relay.path)
    relay.take()
    d.idle()
    report(got == (0, "callback 0\nevent 318 cb 0 test 3 0\n"
                   "event 318 cb 0 test 4 0\n", ""),
           "events: suspended, then resumed, dispatched in order",
           "got %r" % (got,))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", required=True)
    args = ap.parse_args()
    hvsh = os.path.join(os.path.abspath(args.build), "hvsh")
    virsh = shutil.which("virsh")
    if virsh is None:
        print("skip: no virsh (apt-get install libvirt-clients)")
        return 77
    tmp = tempfile.mkdtemp(prefix="hvsh-wire-")
    d = Libvirtd(tmp)
    why = d.start()
    if why:
        print("skip: " + why)
        shutil.rmtree(tmp, ignore_errors=True)
        return 77
    relay = None
    try:
        relay = PacketLog(os.path.join(tmp, "relay-sock"), d.sock)
        uri = "test+unix:///default?socket=" + relay.path
        for ro in ("", "-r"):
            for line in CASES:
                logs = []
                cmd = line.replace("@CASES@", CASES_DIR)
                for tool in (virsh, hvsh):
                    argv = [tool, "-c", uri] + ([ro] if ro else []) + [cmd]
                    st, out, err = run_shell(argv)
                    logs.append(((st, out, err), relay.take()))
                    d.idle()
                name = ("%s %s" % (ro, line)).strip()
                (vres, vlog), (hres, hlog) = logs
                report(hres == vres, name + ": same output",
                       "virsh %r\nhvsh  %r" % (vres, hres))
                vc, va = split(vlog)
                hc, ha = split(hlog)
                report(bool(vc) and hc == vc, name + ": same calls",
                       "virsh:\n  %s\nhvsh:\n  %s" % (
                           "\n  ".join(map(describe, vc)),
                           "\n  ".join(map(describe, hc))))
                report(bool(va) and ha == va, name + ": same answers",
                       "virsh:\n  %s\nhvsh:\n  %s" % (
                           "\n  ".join(map(describe, va)),
                           "\n  ".join(map(describe, ha))))
        streams_and_events(args.build, virsh, relay, d, uri, tmp)
    finally:
        if relay is not None:
            relay.close()
        d.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    return summary()


if __name__ == "__main__":
    sys.exit(main())
