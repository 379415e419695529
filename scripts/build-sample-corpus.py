#!/usr/bin/env python3
"""Rebuilds data/sample/ (the corpus `make demo` ingests) from ../shared.

  python3 scripts/build-sample-corpus.py [--shared ../shared]

Writes:
  data/sample/seeds.jsonl      the two seed articles, one JSON object per line with title (the
                               first line), published and outlet (from gold/seeds.gold.jsonl)
                               and the text as it is
  data/sample/wikinews.jsonl   the 24 GUM Wikinews articles (CC BY 2.5), one JSON object per line
                               with title, url, published, outlet, licence and text
"""
import argparse
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=os.path.join(REPO, "..", "shared"))
    args = ap.parse_args()
    out = os.path.join(REPO, "data", "sample")
    os.makedirs(out, exist_ok=True)
    seeds = os.path.join(args.shared, "seeds")
    meta = {}
    for line in open(os.path.join(args.shared, "gold", "seeds.gold.jsonl"), encoding="utf-8"):
        if line.strip():
            g = json.loads(line)
            meta[g["doc"]] = g.get("metadata", {})
    names = sorted(os.listdir(seeds))
    with open(os.path.join(out, "seeds.jsonl"), "w", encoding="utf-8") as f:
        for name in names:
            text = open(os.path.join(seeds, name), encoding="utf-8").read()
            m = meta.get(name, {})
            f.write(json.dumps({
                "title": text.strip().split("\n")[0].strip(),
                "published": m.get("published", ""),
                "outlet": m.get("outlet", ""),
                "text": text,
            }, ensure_ascii=False) + "\n")
    gum = os.path.join(args.shared, "gold", "gum-news")
    rows = [json.loads(line) for line in open(os.path.join(gum, "metadata.jsonl"), encoding="utf-8")]
    with open(os.path.join(out, "wikinews.jsonl"), "w", encoding="utf-8") as f:
        for row in sorted(rows, key=lambda r: r["doc"]):
            text = open(os.path.join(gum, row["doc"]), encoding="utf-8").read()
            lines = text.split("\n")
            # Line 1 is the title, then a blank line: the body is the rest.
            body = "\n".join(lines[2:]).strip() + "\n" if lines and lines[0] == row["title"] else text
            f.write(json.dumps({
                "url": row["source_url"],
                "title": row["title"],
                "published": row["published"],
                "outlet": row.get("outlet", "Wikinews"),
                "licence": row.get("licence", "CC BY 2.5"),
                "text": body,
            }, ensure_ascii=False) + "\n")
    print(f"wrote {out}: {len(names)} seeds, {len(rows)} Wikinews articles")


if __name__ == "__main__":
    main()
