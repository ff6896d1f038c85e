#!/usr/bin/env python3
"""gen-node.py: write a test-driver node file with many domains.

usage: tests/bench/gen-node.py [-n COUNT] OUTPUT

Domains are called dom00000, dom00001, ...; every third one is shut off
(test:runstate 5), the rest run.  UUIDs are fixed so runs compare.
"""

import argparse

HEAD = ('<node xmlns:test="http://libvirt.org/schemas/domain/test/1.0">\n'
        '  <cpu><nodes>1</nodes></cpu>\n'
        '  <memory>67108864</memory>\n')
DOM = ("  <domain type='test'>\n"
       "    <name>dom%05d</name>\n"
       "    <uuid>6d6e0000-0000-4000-8000-%012x</uuid>\n"
       "    <memory unit='MiB'>%d</memory>\n"
       "    <vcpu>%d</vcpu>\n"
       "    <os><type arch='x86_64'>hvm</type><boot dev='hd'/></os>\n"
       "    <devices>\n"
       "      <disk type='file' device='disk'>\n"
       "        <source file='/guest/dom%05d.img'/>\n"
       "        <target dev='vda' bus='virtio'/>\n"
       "      </disk>\n"
       "      <interface type='network'>\n"
       "        <mac address='52:54:00:%02x:%02x:%02x'/>\n"
       "        <source network='default'/>\n"
       "      </interface>\n"
       "    </devices>\n"
       "%s"
       "  </domain>\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=10000)
    ap.add_argument("output")
    args = ap.parse_args()
    with open(args.output, "w") as f:
        f.write(HEAD)
        for i in range(args.n):
            state = "    <test:runstate>5</test:runstate>\n" if i % 3 == 2 \
                else ""
            f.write(DOM % (i, i, 64 + i % 4 * 64, 1 + i % 4, i,
                           (i >> 16) & 255, (i >> 8) & 255, i & 255, state))
        f.write("</node>\n")


if __name__ == "__main__":
    main()
