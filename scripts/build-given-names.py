#!/usr/bin/python3
"""Builds models/given-names.txt: given names whose gender the name lists agree on, one
"name<TAB>f" or "name<TAB>m" a line, the name lower-cased.

Source: the person providers of Faker (Debian package python3-fake-factory), the
first_names_female and first_names_male lists of its English locales (en, en_US, en_GB,
en_NZ). A name that any Latin-script locale lists with the other gender ("Andrea", "Jean",
"Ilhan") is left out, as are names of one letter or with characters outside letters, hyphens
and apostrophes.

    /usr/bin/python3 scripts/build-given-names.py > models/given-names.txt

The analyzer embeds the file (src/analyze/stage.cmake) and reads a person's gender from the
given name when the text gives no title ("Mrs.", "spokeswoman") and no pronoun that says it
(src/analyze/coref.cc, InferGenders); "she" then does not go to "Tom Reed".
"""
import importlib
import os
import sys

PROVIDERS = "/usr/lib/python3/dist-packages/faker/providers/person"


def latin(name):
    return all(c.isalpha() and ord(c) < 0x250 or c in "-'" for c in name)


def main():
    female, male = set(), set()  # every Latin-script locale
    english = set()
    for locale in sorted(os.listdir(PROVIDERS)):
        if locale.startswith("_"):
            continue
        try:
            provider = importlib.import_module("faker.providers.person." + locale).Provider
        except (ImportError, AttributeError):
            continue
        for attr, into in (("first_names_female", female), ("first_names_male", male)):
            names = getattr(provider, attr, None) or ()
            for n in names:
                n = n.strip()
                if len(n) > 1 and latin(n):
                    into.add(n.lower())
                    if locale == "en" or locale.startswith("en_"):
                        english.add(n.lower())
    out = sys.stdout
    for n in sorted(english):
        if n in female and n in male:
            continue
        out.write("%s\t%s\n" % (n, "f" if n in female else "m"))


if __name__ == "__main__":
    main()
