#!/usr/bin/env python3
"""Writes a small synthetic news corpus for the scale-out test (standard library only; fixed seed).

    python3 tests/scaleout/gen_corpus.py --docs 2400 --out DIR

DIR/jsonl/news-NN.jsonl   JSON Lines files (most documents), so shards take whole files
DIR/pages/NNNNN.html      HTML pages for one WARC (tests/scaleout/run.sh packs them with
                          make_warc), so that one large input is split between shards by record
One article in four names people with offices, quotes them, reports a meeting and a call with a
date and figures (the others are mostly made-up words naming one person); about one in eight is a
rewritten copy of an earlier one on another site (a figure changed), so
the copies, people, events, conflicts and stories tables all fill. Every text is different, so no
two records share a content id.
"""
import argparse
import html
import json
import os
import random

PEOPLE = ["Foreign Minister Sergey Lavrov", "Secretary of State Antony Blinken", "Prime Minister Boris Johnson",
          "Chancellor Olaf Scholz", "President Emmanuel Macron", "Defence Secretary Ben Wallace",
          "Health Minister Karl Lauterbach", "Senator Maria Cantwell", "Governor Kathy Hochul",
          "Mayor Anne Hidalgo", "President Joe Biden", "Prime Minister Justin Trudeau"]
PLACES = ["Geneva", "Berlin", "Paris", "Vienna", "Kyiv", "Brussels", "Warsaw", "Rome", "Madrid", "Oslo"]
TOPICS = ["energy prices", "the border talks", "grain exports", "sanctions", "the new budget",
          "vaccine supplies", "the ceasefire", "rail strikes", "water rights", "fishing quotas"]
SITES = ["dailynews.example", "worldwire.example", "thecourier.example", "metropost.example"]
FILLER = ["Officials said the meeting lasted longer than planned.",
          "Analysts expect further talks in the coming weeks.",
          "The statement did not give details of the proposals.",
          "Markets reacted calmly to the news on Tuesday.",
          "A spokesman declined to comment on the reports."]


def article(i):
    r = random.Random(i * 7919 + 1)
    a, b = r.sample(PEOPLE, 2)
    place, topic = r.choice(PLACES), r.choice(TOPICS)
    day = 1 + (i // 40) % 28
    month = 1 + (i // 1120) % 12
    n_people = r.randrange(100, 9000)
    cost = r.randrange(2, 90)
    # Words of their own (pseudo-words), so that unrelated articles share few shingles and only the
    # rewrites below are copies.
    syll = ["ka", "lo", "mi", "ter", "sun", "dra", "vel", "os", "pri", "nag", "bu", "ech", "zor", "fi", "ul"]
    own = " ".join("".join(r.choice(syll) for _ in range(r.randrange(2, 4))) for _ in range(50))
    return {"own": own.capitalize() + ".", "i": i, "a": a, "b": b, "place": place, "topic": topic, "day": day, "month": month,
            "people": n_people, "cost": cost, "site": SITES[i % len(SITES)],
            "filler": [r.choice(FILLER) for _ in range(r.randrange(1, 3))]}


def render(x, copy_of=None):
    r = random.Random(x["i"] * 31 + 7)
    own = x["own"].split()
    chunks = [" ".join(own[k:k + 10]).capitalize() + "." for k in range(0, len(own), 10)]
    title = "Talks on %s in %s" % (x["topic"], x["place"])
    met = r.choice(["%s met %s in %s on Monday to discuss %s.", "In %3$s, %1$s held talks with %2$s about %4$s.",
                    "%s and %s talked about %4$s in %3$s on Monday."])
    met = met.replace("%3$s", x["place"]).replace("%1$s", x["a"]).replace("%2$s", x["b"]).replace("%4$s", x["topic"])
    met = met % tuple(v for v in (x["a"], x["b"], x["place"], x["topic"]))[:met.count("%s")] if "%s" in met else met
    said = r.choice(['%s told reporters: "We expect an answer on %s by Friday."',
                     '"There will be an answer on %2$s soon," %1$s said.'])
    said = said.replace("%1$s", x["a"].split()[-1]).replace("%2$s", x["topic"])
    said = said % (x["a"].split()[-1], x["topic"]) if "%s" in said else said
    call = "%s spoke with %s by phone on %d March." % (x["b"], x["a"], x["day"])
    figures = "About %d people protested outside, and the plan would cost %d million euros, officials said." % (
        x["people"], x["cost"])
    if x["i"] % 4 == 0:
        parts = [met, chunks[0], said, chunks[1], call, chunks[2], figures] + chunks[3:]
    else:
        # Three in four articles are mostly their own words, naming one person.
        parts = chunks[:2] + ["%s visited %s." % (x["a"], x["place"])] + chunks[2:]
    ref = x["i"] if copy_of is None else "%d-copy" % copy_of
    text = " ".join(parts) + " Dispatch %s." % ref
    published = "2021-%02d-%02d" % (x["month"], x["day"])
    url = "https://%s/news/%s" % (x["site"], ref)
    return {"url": url, "title": title, "published": published, "text": text, "site": x["site"]}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--files", type=int, default=24)
    ap.add_argument("--warc-share", type=float, default=0.25, help="share of documents written as HTML pages")
    args = ap.parse_args()
    os.makedirs(os.path.join(args.out, "jsonl"), exist_ok=True)
    os.makedirs(os.path.join(args.out, "pages"), exist_ok=True)
    docs = []
    for i in range(args.docs):
        x = article(i)
        if i % 8 == 7 and i > 8:
            # A rewrite of an earlier article on another site, one day later, one figure changed.
            src = article(i - 5)
            src["site"] = SITES[(i + 1) % len(SITES)]
            src["people"] += 1000
            src["day"] = min(28, src["day"] + 1)
            docs.append(render(src, copy_of=i))
        else:
            docs.append(render(x))
    n_pages = int(len(docs) * args.warc_share)
    files = [open(os.path.join(args.out, "jsonl", "news-%02d.jsonl" % k), "w") for k in range(args.files)]
    next_file = 0
    for k, d in enumerate(docs):
        if k % 4 == 3 and n_pages > 0:
            n_pages -= 1
            page = ("<!DOCTYPE html><html><head><title>%s</title><meta property=\"og:site_name\" content=\"%s\">"
                    "<meta property=\"article:published_time\" content=\"%sT08:00:00Z\"></head><body><article>"
                    "<h1>%s</h1><p>%s</p></article></body></html>\n") % (
                html.escape(d["title"]), d["site"], d["published"], html.escape(d["title"]), html.escape(d["text"]))
            with open(os.path.join(args.out, "pages", "%05d.html" % k), "w") as f:
                f.write(page)
        else:
            files[next_file % args.files].write(json.dumps(d) + "\n")
            next_file += 1
    for f in files:
        f.close()


if __name__ == "__main__":
    main()
