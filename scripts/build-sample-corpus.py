#!/usr/bin/env python3
"""Rebuilds data/sample/ (the corpus `make demo` ingests) from ../shared.

  python3 scripts/build-sample-corpus.py [--shared ../shared]

Writes:
  data/sample/seeds/*.txt      the two seed articles, as plain text
  data/sample/wikinews.jsonl   the 24 GUM Wikinews articles (CC BY 2.5), one JSON object per line
                               with title, url, published, outlet, licence and text
"""
import argparse
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=os.path.join(REPO, "..", "shared"))
    args = ap.parse_args()
    out = os.path.join(REPO, "data", "sample")
    os.makedirs(os.path.join(out, "seeds"), exist_ok=True)
    seeds = os.path.join(args.shared, "seeds")
    for name in sorted(os.listdir(seeds)):
        shutil.copyfile(os.path.join(seeds, name), os.path.join(out, "seeds", name))
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
    print(f"wrote {out}: {len(os.listdir(os.path.join(out, 'seeds')))} seeds, {len(rows)} Wikinews articles")


if __name__ == "__main__":
    main()
