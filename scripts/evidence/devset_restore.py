"""Rebuilds the coded dev-set files from re-fetched article text and the coding kept in the repository.

Each input file DIR/aNN.txt needs the article's text after a line "=== text" (anything before it is
ignored; a "=== statements" section after it is ignored too). Every gold statement of gold.txt is found
in that text by its length and SHA-256 (as is, then with whitespace collapsed), and OUT/aNN.txt is
written in the coded format with the header of articles.txt. Quotes that cannot be found are listed and
the exit status is 1; the file is still written with the statements that were found.

Usage: devset_restore.py DIR OUT
"""
import collections, hashlib, pathlib, re, sys

HERE = pathlib.Path(__file__).resolve().parents[2] / "src/test/resources/devset"


def digest(s):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:16]


def rows(name):
    for line in (HERE / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield [p.strip() for p in line.split(" | ")]


def find(text, length, exact, loose):
    for i in range(len(text) - length + 1):
        if digest(text[i:i + length]) == exact:
            return text[i:i + length]
    # Whitespace may differ between two fetches of the same page: match collapsed words, return the original span.
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    for a in range(len(words)):
        for b in range(a, len(words)):
            span = text[words[a][0]:words[b][1]]
            collapsed = re.sub(r"\s+", " ", span)
            if len(collapsed) > length:
                break
            if len(collapsed) == length and digest(collapsed) == loose:
                return span
    return None


def main(src, out):
    src, out = pathlib.Path(src), pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    header = {r[0]: r for r in rows("articles.txt")}
    gold = collections.defaultdict(list)
    for r in rows("gold.txt"):
        gold[r[0]].append(r)
    missing = 0
    for key, h in header.items():
        f = src / f"{key}.txt"
        if not f.exists():
            print(f"{key}: no text in {src}")
            missing += len(gold[key])
            continue
        text = f.read_text(encoding="utf-8").split("=== text\n", 1)[1].split("=== statements\n", 1)[0].rstrip("\n")
        lines = []
        for g in gold[key]:
            quote = find(text, int(g[7]), g[8], g[9])
            if quote is None:
                print(f"{key}: statement {g[1]} / {g[3]} ({g[7]} chars) not found")
                missing += 1
            else:
                lines.append(" | ".join(g[1:7] + [quote]))
        body = (f"url: {h[1]}\noutlet: {h[2]}\ntitle: {h[4]}\npublished: {h[3]}\ndateReason: {h[5]}\n"
                f"=== text\n{text}\n=== statements\n" + "\n".join(lines) + "\n")
        (out / f"{key}.txt").write_text(body, encoding="utf-8")
    print(f"{len(header)} articles; {sum(map(len, gold.values())) - missing} statements restored, {missing} missing")
    sys.exit(1 if missing else 0)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
