#!/usr/bin/env python3
"""Builds data/link/synonyms.txt, the synonym table behind copy alignment and fact diffs
(docs/copies.md), from Debian's wordnet-base (WordNet 3.0, /usr/share/wordnet).

One synonym set per line, lower-case single words separated by spaces. A WordNet synset is kept
with those of its single-word lemmas for which it is one of their first SENSES senses (spinners
swap words for their common synonyms, not for rare senses), when at least two such lemmas are
left. Proper nouns (capitalised lemmas) are left out: a changed name is a fact, never wording.

  python3 scripts/build-copies-synonyms.py [--wordnet /usr/share/wordnet] [--out data/link/synonyms.txt]
"""
import argparse
import os
import re

SENSES = 3
POS = ("noun", "verb", "adj", "adv")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--wordnet", default="/usr/share/wordnet")
    ap.add_argument("--out", default="data/link/synonyms.txt")
    args = ap.parse_args()
    word_re = re.compile(r"^[a-z][a-z'-]*[a-z]$")
    sets = []
    for pos in POS:
        # lemma -> its first SENSES synset offsets
        first = {}
        with open(os.path.join(args.wordnet, "index." + pos), encoding="latin-1") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                parts = line.split()
                lemma = parts[0]
                p_cnt = int(parts[3])
                synset_cnt = int(parts[2])
                offsets = parts[4 + p_cnt + 2:4 + p_cnt + 2 + synset_cnt]
                first[lemma] = set(offsets[:SENSES])
        with open(os.path.join(args.wordnet, "data." + pos), encoding="latin-1") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                parts = line.split()
                offset = parts[0]
                w_cnt = int(parts[3], 16)
                words = []
                for i in range(w_cnt):
                    w = parts[4 + 2 * i]
                    w = re.sub(r"\(.*\)$", "", w)  # adjective markers: "big(a)"
                    if not word_re.match(w):
                        continue  # phrases (with "_"), capitalised names, digits
                    if offset in first.get(w, ()):
                        if w not in words:
                            words.append(w)
                if len(words) >= 2:
                    sets.append(" ".join(sorted(words)))
    sets = sorted(set(sets))
    with open(args.out, "w", encoding="utf-8") as out:
        out.write("# Synonym sets from WordNet 3.0 (Princeton University; WordNet licence), built by\n")
        out.write("# scripts/build-copies-synonyms.py; one set per line. See docs/copies.md.\n")
        for s in sets:
            out.write(s + "\n")


if __name__ == "__main__":
    main()
