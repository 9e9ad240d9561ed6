"""Checks the development set: every statement's quote occurs exactly once in its article's text.

Usage: check_devset.py [DIR]  (DIR: the coded aNN.txt files; default src/test/resources/devset/articles)"""
import pathlib, sys, zlib, collections
d = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parents[2] / "src/test/resources/devset/articles"
bad = 0; n = 0; outlets = set(); split = collections.Counter(); topics = collections.Counter()
for f in sorted(d.glob("a*.txt")):
    head, rest = f.read_text().split("=== text\n", 1)
    text, stm = rest.split("=== statements\n", 1)
    text = text.rstrip("\n")
    meta = dict(l.split(": ", 1) for l in head.strip().splitlines())
    outlets.add(meta["outlet"])
    s = "test" if int(f.stem[1:]) % 2 == 0 else "tune"
    for line in stm.strip().splitlines():
        parts = [p.strip() for p in line.split("|")]
        if len(parts) != 7:
            print(f.name, "bad line", line); bad += 1; continue
        q = parts[6]; n += 1; split[s] += 1; topics[parts[2]] += 1
        c = text.count(q)
        if c != 1:
            print(f.name, "count", c, q[:80]); bad += 1
    print(f.name, s, meta["outlet"])
print("statements", n, "outlets", len(outlets), dict(split), dict(topics), "bad", bad)
sys.exit(1 if bad else 0)
