#!/usr/bin/env python3
"""schema-check: the machine formats against their documentation.

usage: schema-check.py --hvsh BUILD/hvsh [--man man/hvsh-json.7]

Runs every case of tests/output/cases-*.txt (a line: the schema section,
then NAME=VALUE words for its environment, then the arguments after
"hvsh -o FORMAT" as /bin/sh reads them; a "-c test:///default" is put
first when the line names no -c; EDITOR is "false" and VISUAL unset
unless a case says otherwise) in text,
json, json-pretty, csv and value, and checks that

  - the exit status is text mode's in every format;
  - json prints one line, one valid JSON document, and json-pretty the
    same document; stderr is one JSON error object per line;
  - every key of the document (of a record, of the objects of a table,
    of the objects in a record's arrays) is documented in the command's
    section of man/hvsh-json.7, its value of a documented type, an enum
    value among the documented ones;
  - csv parses (python3 csv), its header the document's keys, one row
    per object (a record: one row);
  - at the end: every documented key was seen at least once, and every
    command help lists has a section or is named in the man page's list
    of commands that print their own bytes.

TAP-style output, "N passed, N failed" last; exit 1 on any failure.
"""

import argparse
import csv
import glob
import io
import json
import os
import re
import shlex
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))

passed = failed = 0


def report(ok, name, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print("ok - %s" % name)
    else:
        failed += 1
        print("not ok - %s" % name)
        for line in str(detail).splitlines()[:20]:
            print("#   %s" % line)


# Keys no case can show (the test driver refuses what gives them), from
# '.\" unseen: SECTION KEY WHY' lines: exempt from "every key appears".
unseen = set()
# The keys every changing command's record may have ("Changing commands").
COMMON = {"message": [{"string"}, None]}
ENTRY = re.compile(r'^\.BR (\S+) " \((.*)\)"$')
TYPES = {"string", "integer", "number", "boolean", "enum", "list", "null",
         "array", "object"}


def unescape(s):
    return s.replace("\\-", "-").replace("\\(aq", "'")


def parse_man(path):
    """{section: {key: (types, enum values or None)}}, and the commands
    listed as printing their own bytes."""
    sections, raw = {}, set()
    cur = key = None
    unseen.clear()
    in_cmds = False
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith(".SH "):
            in_cmds = line[4:].strip('"') == "COMMANDS"
            cur = key = None
            continue
        if not in_cmds:
            continue
        if line.startswith(".SS "):
            cur = unescape(line[4:].strip('"'))
            sections.setdefault(cur, {})
            key = None
            continue
        m = ENTRY.match(line)
        if m and cur is not None:
            key = unescape(m.group(1))
            types = {t.strip() for t in m.group(2).split(" or ")}
            sections[cur][key] = [types, None]
            continue
        if line.startswith("Values: ") and key is not None:
            sections[cur][key][1] = {v.strip() for v in
                                     unescape(line[8:]).split(",")}
            continue
        if line.startswith('.\\" raw: '):
            raw |= {unescape(v.strip()) for v in line[9:].split(",")}
        if line.startswith('.\\" unseen: '):
            w = line[12:].split()
            unseen.add((unescape(w[0]), w[1]))
    return sections, raw


def type_of(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "boolean"
    if isinstance(v, int):
        return "integer"
    if isinstance(v, float):
        return "number"
    if isinstance(v, str):
        return "string"
    if isinstance(v, list):
        return "list" if all(isinstance(x, str) for x in v) else "array"
    return "object"


def objects_of(doc):
    """(key, value) pairs of every object the schema describes."""
    if isinstance(doc, list):
        for o in doc:
            if isinstance(o, dict):
                yield from objects_of(o)
        return
    if not isinstance(doc, dict):
        return
    for k, v in doc.items():
        yield k, v
        if isinstance(v, list) and v and all(isinstance(x, dict)
                                             for x in v):
            for o in v:
                yield from objects_of(o)


# Values that change between two runs of the same command (the test
# driver's CPU time follows the clock): masked where runs are compared.
VOLATILE = {"cpu_time_ns"}


def mask(doc):
    if isinstance(doc, list):
        return [mask(x) for x in doc]
    if isinstance(doc, dict):
        return {k: "*" if k in VOLATILE else mask(v)
                for k, v in doc.items()}
    return doc


def mask_rows(rows):
    if not rows:
        return rows
    cols = [i for i, k in enumerate(rows[0]) if k in VOLATILE]
    return [rows[0]] + [[("*" if i in cols else c) for i, c in enumerate(r)]
                        for r in rows[1:]]


def run(hvsh, fmt, args):
    env = dict(os.environ, LC_ALL="C", EDITOR="false")
    env.pop("HVSH_OUTPUT", None)
    env.pop("VISUAL", None)
    # leading NAME=VALUE words of a case set its environment
    while args and re.match(r"^[A-Z_][A-Z0-9_]*=", args[0]):
        k, v = args[0].split("=", 1)
        env[k] = v
        args = args[1:]
    argv = [hvsh] + (["-o", fmt] if fmt else []) + args
    p = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       env=env, timeout=60, cwd=TOP)
    return p.returncode, p.stdout.decode("utf-8", "replace"), \
        p.stderr.decode("utf-8", "replace")


def check_keys(name, section, schema, doc, seen):
    bad = []
    for k, v in objects_of(doc):
        if k not in schema:
            bad.append("undocumented key %r" % k)
            continue
        seen.add((section, k))
        types, values = schema[k]
        t = type_of(v)
        ok = t in types or (t == "string" and "enum" in types) or \
            (t == "list" and "array" in types) or \
            (t == "integer" and "number" in types) or \
            (t in ("list", "array") and not v and
             ("list" in types or "array" in types))
        if not ok:
            bad.append("%s: %s is not %s" % (k, t, " or ".join(
                sorted(types))))
        if values is not None and isinstance(v, str) and v not in values:
            bad.append("%s: %r is not among %s" % (k, v, sorted(values)))
    report(not bad, "%s: keys documented, types right" % name,
           "\n".join(bad))


def csv_expect(doc):
    """(header, rows) the csv output should hold, or None when the
    document has no table shape."""
    def cell(v):
        if v is None:
            return ""
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, list):
            return "\n".join(str(x) for x in v)
        return str(v)
    if isinstance(doc, list):
        if not doc:
            return None
        keys = list(doc[0].keys())
        return keys, [[cell(o.get(k)) for k in keys] for o in doc]
    if isinstance(doc, dict) and doc and not any(
            isinstance(v, list) and v and isinstance(v[0], dict)
            for v in doc.values()):
        return list(doc.keys()), [[cell(v) for v in doc.values()]]
    return None


def check_case(hvsh, sections, section, args, seen):
    name = "%s: %s" % (section, " ".join(shlex.quote(a) for a in args))
    schema = sections.get(section)
    if schema is None:
        report(False, name, "no section %r in the man page" % section)
        return
    st, text_out, _ = run(hvsh, None, args)
    st_j, out, err = run(hvsh, "json", args)
    report(st_j == st, "%s: json exit status %d as text's" % (name, st),
           "json gave %d\n%s" % (st_j, err))
    lines = out.splitlines()
    docs = []
    try:
        docs = [json.loads(l) for l in lines]
        report(st != 0 or len(docs) >= 1,
               "%s: json is one document a line" % name, out)
    except ValueError as e:
        report(False, "%s: json parses" % name, "%s\n%s" % (e, out))
    errs_ok = True
    for l in err.splitlines():
        try:
            e = json.loads(l)
            errs_ok = errs_ok and isinstance(e.get("error"), dict) and \
                isinstance(e["error"].get("message"), str)
        except ValueError:
            errs_ok = False
    report(errs_ok and (st == 0 or err), "%s: stderr is JSON errors" % name,
           err)
    if not docs:
        return
    # a case may run setup commands first: its last document is the one
    check_keys(name, section, dict(COMMON, **schema), docs[-1], seen)
    st_p, pout, _ = run(hvsh, "json-pretty", args)
    pdocs, dec, i = [], json.JSONDecoder(), 0
    try:
        while pout[i:].strip():
            while pout[i].isspace():
                i += 1
            d, i = dec.raw_decode(pout, i)
            pdocs.append(d)
        same = st_p == st_j and mask(pdocs) == mask(docs)
    except (ValueError, IndexError):
        same = False
    report(same, "%s: json-pretty is the same documents" % name, pout)
    exp = csv_expect(docs[0]) if len(docs) == 1 else None
    st_c, cout, cerr = run(hvsh, "csv", args)
    if exp is not None:
        rows = mask_rows(list(csv.reader(io.StringIO(cout, newline=""))))
        exp = mask_rows([exp[0]] + exp[1])
        report(st_c == st and rows == exp,
               "%s: csv matches the document" % name,
               "%r\nwant %r" % (rows, exp))
    st_v, vout, _ = run(hvsh, "value", args)
    report(st_v == st, "%s: value exit status as text's" % name, vout)


def help_commands(hvsh):
    _, out, _ = run(hvsh, None, ["help"])
    return {m.group(1) for m in re.finditer(r"^    ([a-z][a-z0-9-]*)  ",
                                            out, re.M)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--hvsh", required=True)
    ap.add_argument("--man", default=os.path.join(TOP, "man",
                                                   "hvsh-json.7"))
    a = ap.parse_args()
    hvsh = os.path.abspath(a.hvsh)
    sections, raw = parse_man(a.man)
    seen = set()
    cased = set()
    for path in sorted(glob.glob(os.path.join(HERE, "cases-*.txt"))):
        for line in open(path, encoding="utf-8"):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            words = shlex.split(line)
            section, args = words[0], words[1:]
            if "-c" not in args and "--connect" not in args:
                n = 0
                while n < len(args) and re.match(r"^[A-Z_][A-Z0-9_]*=",
                                                 args[n]):
                    n += 1
                args = args[:n] + ["-c", "test:///default"] + args[n:]
            cased.add(section)
            check_case(hvsh, sections, section, args, seen)
    for section, keys in sorted(sections.items()):
        missing = sorted(k for k in keys if (section, k) not in seen and
                         (section, k) not in unseen)
        report(not missing, "%s: every documented key appears" % section,
               "never seen: %s" % ", ".join(missing))
        report(section in cased, "%s: has cases" % section)
    cmds = help_commands(hvsh)
    lacking = sorted(c for c in cmds if c not in sections and c not in raw)
    report(not lacking, "every command has a section or prints its own "
           "bytes", "no section: %s" % " ".join(lacking))
    stray = sorted(s for s in sections if s.split()[0] not in cmds)
    report(not stray, "every section is a command", " ".join(stray))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
