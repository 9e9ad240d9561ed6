"""Writes the dev set's coding without the articles' words, so that it can live in the repository.

The coded files (aNN.txt, format in src/test/resources/devset/README.md) hold copyrighted text and stay
outside the repository. This keeps everything else: per article its header (articles.txt), per statement
its coding and, instead of the quote, the quote's length and two SHA-256 prefixes, of the quote as is and
with its whitespace collapsed (gold.txt). devset_restore.py puts the quotes back from re-fetched text.

Usage: devset_index.py DIR   (DIR: the coded aNN.txt files)
"""
import hashlib, pathlib, re, sys

OUT = pathlib.Path(__file__).resolve().parents[2] / "src/test/resources/devset"


def digest(s):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:16]


def collapsed(s):
    return re.sub(r"\s+", " ", s).strip()


def parse(f):
    head, rest = f.read_text(encoding="utf-8").split("=== text\n", 1)
    text, stm = rest.split("=== statements\n", 1)
    meta = dict(l.split(": ", 1) for l in head.strip().splitlines())
    lines = [[p.strip() for p in l.split("|", 6)] for l in stm.strip().splitlines() if l.strip()]
    return meta, text.rstrip("\n"), lines


def main(d):
    articles = ["# file | url | outlet | published | title | dateReason (written by scripts/evidence/devset_index.py)"]
    gold = ["# file | speaker | actor | topic | stance | intensity | saidOn precision | quote length | sha256(quote)[:16]"
            " | sha256(quote, whitespace collapsed)[:16]   (written by scripts/evidence/devset_index.py)"]
    for f in sorted(pathlib.Path(d).glob("a[0-9]*.txt")):
        meta, text, lines = parse(f)
        articles.append(" | ".join([f.stem] + [meta.get(k, "").replace("|", "/") for k in
                                               ("url", "outlet", "published", "title", "dateReason")]))
        for p in lines:
            q = p[6]
            if text.count(q) != 1:
                sys.exit(f"{f.name}: quote occurs {text.count(q)} times: {q[:60]}")
            gold.append(" | ".join([f.stem] + p[:6] + [str(len(q)), digest(q), digest(collapsed(q))]))
    (OUT / "articles.txt").write_text("\n".join(articles) + "\n", encoding="utf-8")
    (OUT / "gold.txt").write_text("\n".join(gold) + "\n", encoding="utf-8")
    print(f"{len(articles) - 1} articles, {len(gold) - 1} statements -> {OUT}/articles.txt, gold.txt")


if __name__ == "__main__":
    main(sys.argv[1])
