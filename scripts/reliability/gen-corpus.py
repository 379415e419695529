#!/usr/bin/env python3
"""Writes N synthetic news articles as JSON Lines (standard library only; fixed seed).

    python3 scripts/reliability/gen-corpus.py --docs 100000 --first 0 --out corpus.jsonl

Each article names people with offices, quotes them, dates a meeting and gives figures, so the
analysis tables fill as with real news. Article i is the same for the same i (whatever --first),
and different articles differ in text.
"""
import argparse
import json
import random

PEOPLE = ["Foreign Minister Sergey Lavrov", "Secretary of State Antony Blinken", "Prime Minister Boris Johnson",
          "Chancellor Olaf Scholz", "President Emmanuel Macron", "Defence Secretary Ben Wallace",
          "Health Minister Karl Lauterbach", "Senator Maria Cantwell", "Governor Kathy Hochul",
          "Mayor Anne Hidalgo"]
PLACES = ["Geneva", "Berlin", "Paris", "Vienna", "Kyiv", "Brussels", "Warsaw", "Rome", "Madrid", "Oslo"]
TOPICS = ["energy prices", "the border talks", "grain exports", "sanctions", "the new budget",
          "vaccine supplies", "the ceasefire", "rail strikes", "water rights", "fishing quotas"]
# Filler words are made of syllables, so that two articles share almost no word sequence (the
# link stage then sees distinct stories rather than near-copies of one).
SYLLABLES = ["ka", "lo", "mi", "ne", "ro", "ta", "vi", "zu", "sha", "pe", "dri", "gon", "bel", "tor", "mar", "lin"]


def sentence(r):
    words = ["".join(r.choice(SYLLABLES) for _ in range(r.randrange(2, 4))) for _ in range(r.randrange(6, 16))]
    return " ".join(words).capitalize() + "."


def article(i):
    r = random.Random(i * 7919 + 1)
    a, b = r.sample(PEOPLE, 2)
    place, topic = r.choice(PLACES), r.choice(TOPICS)
    text = "Talks on %s in %s (dispatch %d)\n\n" % (topic, place, i)
    text += "%s met %s in %s on Monday to discuss %s. " % (a, b, place, topic)
    text += '%s told reporters: "We expect an answer on %s by Friday." ' % (a.split()[-1], topic)
    text += "About %d people protested outside, and the plan would cost %d million euros, officials said.\n\n" % (
        r.randrange(100, 9000), r.randrange(2, 90))
    text += " ".join(sentence(r) for _ in range(r.randrange(4, 14)))
    text += " Reference %d-%d.\n" % (i, r.randrange(1 << 30))
    return {"text": text, "url": "https://example.com/news/%d" % i, "published": "2021-%02d-%02d" % (1 + i % 12, 1 + i % 28)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, required=True)
    ap.add_argument("--first", type=int, default=0)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    with open(args.out, "w") as f:
        for i in range(args.first, args.first + args.docs):
            f.write(json.dumps(article(i)) + "\n")


if __name__ == "__main__":
    main()
