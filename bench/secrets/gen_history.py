#!/usr/bin/env python3
"""Writes a git fast-import stream of COMMITS commits to stdout: each commit appends a line to one
of 50 modules; every 500th commit plants a secret (assembled from parts at run time) that the next
commit removes again, so it lives only in history.

usage: gen_history.py COMMITS | git fast-import
"""
import random
import string
import sys

commits = int(sys.argv[1])
rnd = random.Random(7)
files = {"module_%02d.py" % i: ["# module %d" % i] for i in range(50)}
out = sys.stdout.buffer


def blob_data(text):
    data = text.encode()
    return b"data %d\n" % len(data) + data + b"\n"


planted = 0
when = 1_600_000_000
for n in range(1, commits + 1):
    name = "module_%02d.py" % (n % 50)
    lines = files[name]
    if n % 500 == 0:
        key = "gh" + "p_" + "".join(rnd.choice(string.ascii_letters + string.digits) for _ in range(36))
        lines.append('TOKEN = "%s"' % key)
        planted += 1
    elif n % 500 == 1 and n > 1:
        prev = "module_%02d.py" % ((n - 1) % 50)
        files[prev] = [l for l in files[prev] if not l.startswith("TOKEN")]
        name = prev
        lines = files[prev]
    else:
        lines.append("value_%d = %d" % (n, rnd.randint(0, 10**6)))
    msg = "commit %d" % n
    out.write(b"commit refs/heads/main\n")
    out.write(b"committer Bench <bench@example.test> %d +0000\n" % (when + n))
    out.write(b"data %d\n%s\n" % (len(msg), msg.encode()))
    out.write(b"M 100644 inline %s\n" % name.encode())
    out.write(blob_data("\n".join(lines) + "\n"))
sys.stderr.write("planted=%d\n" % planted)
