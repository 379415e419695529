#!/usr/bin/env python3
"""Builds models/person-nouns.txt: English common nouns that name a kind of person
("quarterback", "geologist", "meteorologist", "host"), one lower-case word a line.

Source: WordNet 3.0 (Debian package wordnet-base), the noun synsets of lexicographer file 18
(noun.person) that are classes rather than instances (no "@i" pointer), single-word lemmas
(hyphens allowed) written in lower case, whose most frequent noun sense is a person and which
are not more often tagged as adjectives ("great", "independent", "senior" are left out). Kinship, generic and stance words are left out (they
say who someone is to someone, not what their role is: "his son Hunter", "the man Smith"),
as are words that are far more often another part of speech before a name ("back", "have").

    python3 scripts/build-person-nouns.py [/usr/share/wordnet] > models/person-nouns.txt

The analyzer embeds the file (src/analyze/stage.cmake) and reads it as a title head for a
lower-case role written before a name ("Pittsburgh center Maurkice Pouncey") or heading an
appositive (", a postdoctoral fellow at ..."); see docs/analyze.md.
"""
import sys

LEAVE_OUT = set("""
man woman men women boy girl person people individual guy gal lady gentleman adult child kid
baby infant toddler teen teenager youngster youth minor friend pal buddy neighbor neighbour
stranger victim fan resident citizen native local national inhabitant dweller denizen
mother father mom mum dad son daughter wife husband brother sister uncle aunt cousin nephew
niece grandson granddaughter grandmother grandfather grandparent parent sibling spouse
partner boyfriend girlfriend fiance fiancee widow widower bride groom stepfather stepmother
stepson stepdaughter twin relative kin kinsman kinswoman family ancestor descendant heir
orphan godfather godmother in-law sweetheart lover darling honey dear
back have will must second mate hand head lead sub fill cover ace star giant angel devil
saint fool idiot genius hero heroine villain monster beast animal creature being soul
self one other others someone somebody anyone anybody everyone everybody nobody
white black red brown yellow green gray grey blue
american british english french german russian chinese japanese indian
conservative liberal democrat republican socialist communist progressive moderate
christian muslim jew catholic protestant hindu buddhist
alien foreigner immigrant migrant refugee exile expatriate
winner loser survivor witness suspect defendant plaintiff accused convict prisoner
patient client customer user consumer buyer seller owner tenant guest visitor
follower supporter admirer critic opponent enemy rival ally adversary
favourite favorite underdog frontrunner front-runner darling hopeful contender challenger
browser server router scanner printer compiler carrier receiver
""".split())

def read_index(path):
    """lemma -> (tagged sense count, synset offsets, most frequent first)"""
    out = {}
    with open(path, encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            fields = line.split()
            senses, ptrs = int(fields[2]), int(fields[3])
            out[fields[0]] = (int(fields[5 + ptrs]), fields[6 + ptrs:6 + ptrs + senses])
    return out


def main():
    wn = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
    nouns = read_index(wn + "/index.noun")
    adjectives = read_index(wn + "/index.adj")
    lexfile = {}
    words = set()
    with open(wn + "/data.noun", encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue  # licence header
            fields = line.split(" | ")[0].split()
            lexfile[fields[0]] = int(fields[1])
            if int(fields[1]) != 18:
                continue
            n = int(fields[3], 16)
            lemmas = [fields[4 + 2 * i].split("(")[0] for i in range(n)]
            p_at = 4 + 2 * n
            ptrs = int(fields[p_at])
            if any(fields[p_at + 1 + 4 * k] == "@i" for k in range(ptrs)):
                continue  # an instance: a particular person ("Einstein")
            for w in lemmas:
                if not w[0].islower() or "_" in w or "." in w or len(w) < 3:
                    continue
                if w in LEAVE_OUT:
                    continue
                words.add(w)
    def person_first(w):
        tagged, offsets = nouns.get(w, (0, []))
        return (bool(offsets) and lexfile.get(offsets[0]) == 18 and
                tagged >= adjectives.get(w, (0, []))[0])
    words = {w for w in words if person_first(w)}
    sys.stdout.write("".join(w + "\n" for w in sorted(words)))

if __name__ == "__main__":
    try:
        main()
    except OSError as e:
        sys.exit(f"build-person-nouns: {e.filename}: {e.strerror} (is wordnet-base installed?)")
