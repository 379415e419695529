#!/usr/bin/env python3
"""Builds data/offices/office-holders.tsv, the dated office-holder table newsgraph ships, from the
office-holder sources in ../shared/data/leaders (see its README for their licences).

    python3 scripts/build-office-table.py [--leaders ../shared/data/leaders] [--out FILE]

Rows (tab-separated, sorted, header first):
    country  office  name  start  end  source
- country: English short name ("United Kingdom", "Germany").
- office: "Prime Minister", "Deputy Prime Minister", "Chancellor of the Exchequer",
  "Foreign Secretary", "Home Secretary", "Defence Secretary" (United Kingdom, from the Institute
  for Government ministers database, exact days); "Head of Government" (38 ParlGov democracies
  other than the United Kingdom: the head of each cabinet, known by surname only, from the
  cabinet's start to the next cabinet's start; consecutive cabinets of one head are merged);
  "President" (ParlGov presidents; rows without a name are left out).
- name: full name, or a surname alone for "Head of Government".
- start, end: YYYY-MM-DD; end is empty while the term is open in the source.
- source: ifg, parlgov-cabinet or parlgov-president.

The output depends only on the input files, so re-running it reproduces the shipped table byte
for byte. Only the Python standard library is used.
"""
import argparse
import csv
import os
import re
import sys

UK = "United Kingdom"

# IfG post name -> the office as newsgraph names it.
IFG_POSTS = {
    "Prime Minister": "Prime Minister",
    "Deputy Prime Minister": "Deputy Prime Minister",
    "Chancellor of the Exchequer": "Chancellor of the Exchequer",
    "Secretary of State for Foreign and Commonwealth Affairs": "Foreign Secretary",
    "Secretary of State for Foreign, Commonwealth and Development Affairs": "Foreign Secretary",
    "Secretary of State for Foreign Affairs": "Foreign Secretary",
    "Secretary of State for the Home Department": "Home Secretary",
    "Secretary of State for Defence": "Defence Secretary",
}


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def clean(s):
    return " ".join((s or "").split())


def ifg_rows(folder):
    people = {}
    for p in read_csv(os.path.join(folder, "person.csv")):
        people.setdefault(p["id"], []).append(p)
    posts = {p["id"]: p for p in read_csv(os.path.join(folder, "post.csv"))}
    acting = set()
    path = os.path.join(folder, "appointment_characteristics.csv")
    if os.path.exists(path):
        for c in read_csv(path):
            if c.get("is_acting") == "True":
                acting.add(c["appointment_id"])

    def name_at(person_id, day):
        # A person can have several rows (a peerage changes the name); take the row valid on
        # the first day of the appointment, preferring a plain name over a title.
        rows = people.get(person_id, [])
        valid = [r for r in rows if (not r["start_date"] or r["start_date"] <= day) and
                 (not r["end_date"] or day < r["end_date"])]
        for r in valid or rows:
            return clean(r["display_name"] or r["name"])
        return ""

    out = []
    for a in read_csv(os.path.join(folder, "appointment.csv")):
        post = posts.get(a["post_id"])
        if not post or a["id"] in acting:
            continue
        office = IFG_POSTS.get(clean(post["name"]))
        if not office or not a["start_date"]:
            continue
        name = name_at(a["person_id"], a["start_date"])
        if name:
            out.append((UK, office, name, a["start_date"], a["end_date"], "ifg"))
    return out


ROMAN = re.compile(r"\s+(?:[IVXL]+|\d+)$")
# Where two heads of one country share a surname, ParlGov adds an initial or abbreviated first
# name after it ("Trudeau J" / "Trudeau P", "Mitsotakis Kon" / "Mitsotakis Kyr"): it is put
# first, as in a name. A short last word without such a sibling is part of the surname ("Den Uyl").
INITIAL = re.compile(r"^(\S+)\s+([A-Z][a-z]{0,2})$")


def parlgov_rows(folder):
    countries = {c["id"]: clean(c["name"]) for c in read_csv(os.path.join(folder, "country.csv"))}
    out = []
    by_country = {}
    for c in read_csv(os.path.join(folder, "cabinet.csv")):
        country = countries.get(c["country_id"], "")
        if not country or country == UK or not c["start_date"]:
            continue
        by_country.setdefault(country, []).append((c["start_date"], clean(c["name"])))
    for country, cabinets in sorted(by_country.items()):
        cabinets.sort()
        suffixes = {}
        for _, name in cabinets:
            m = INITIAL.match(ROMAN.sub("", name))
            if m:
                suffixes.setdefault(m.group(1), set()).add(m.group(2))
        merged = []  # [head, start, end]
        for i, (start, name) in enumerate(cabinets):
            head = ROMAN.sub("", name)
            m = INITIAL.match(head)
            if m and len(suffixes.get(m.group(1), ())) >= 2:
                head = m.group(2) + " " + m.group(1)
            end = cabinets[i + 1][0] if i + 1 < len(cabinets) else ""
            # A cabinet named after two people ("Kok/Van Mierlo") or not after a person at all
            # cannot name the head; so are names with digits left after the numeral.
            if not head or "/" in head or any(ch.isdigit() for ch in head):
                merged.append(None)
                continue
            if merged and merged[-1] and merged[-1][0] == head and merged[-1][2] == start:
                merged[-1][2] = end
            else:
                merged.append([head, start, end])
        for m in merged:
            if m:
                out.append((country, "Head of Government", m[0], m[1], m[2], "parlgov-cabinet"))
    for p in read_csv(os.path.join(folder, "politician_president.csv")):
        country = countries.get(p["country_id"], "")
        name = clean(p["person_id_source"])
        if country and name and p["start_date"]:
            out.append((country, "President", name, p["start_date"], p["end_date"],
                        "parlgov-president"))
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--leaders", default=os.path.join(here, "..", "..", "shared", "data", "leaders"))
    ap.add_argument("--out", default=os.path.join(here, "..", "data", "offices", "office-holders.tsv"))
    args = ap.parse_args()
    rows = ifg_rows(os.path.join(args.leaders, "ifg_uk_ministers"))
    rows += parlgov_rows(os.path.join(args.leaders, "parlgov"))
    rows = sorted(set(r for r in rows if all("\t" not in f and "\n" not in f for f in r)))
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write("country\toffice\tname\tstart\tend\tsource\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print(f"wrote {args.out}: {len(rows)} terms", file=sys.stderr)


if __name__ == "__main__":
    main()
