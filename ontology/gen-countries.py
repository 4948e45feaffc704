#!/usr/bin/env python3
"""gen-countries.py - build ontology/data/countries.tsv from Debian's iso-codes.

Usage: python3 ontology/gen-countries.py [ISO_3166_1_JSON [OVERRIDES [OUTPUT [TERRITORIES]]]]

Defaults: /usr/share/iso-codes/json/iso_3166-1.json (package iso-codes),
ontology/data/country-overrides.tsv, ontology/data/countries.tsv and
ontology/data/territories.tsv next to this script.  Standard library only,
so it runs wherever python3 does.

Every ISO 3166-1 entry becomes one line:
    ISO2 <TAB> label <TAB> alias|alias|... <TAB> Wikidata QID or empty <TAB> state
where state is empty for a sovereign state and, for a territory listed in
territories.tsv, the code of the state it belongs to (or - for none).  The
states come first, then the territories, so that a reader meets a
territory's state before the territory.
The label is the everyday English name (override, else iso-codes'
common_name, else name).  Aliases are iso-codes' name, official_name and
common_name plus the override's extra aliases, each also in an ASCII-folded
spelling when it has diacritics ("Cote d'Ivoire").  Dropped on purpose:
names with a comma or parentheses ("Korea, Republic of"), which never occur
as such in running text, and bare two-letter codes other than the everyday
"US" and "UK", because "IS", "IN" or "NO" are ordinary words far more often
than they are Iceland, India or Norway.
"""

import json
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
DEFAULT_OVERRIDES = os.path.join(HERE, "data", "country-overrides.tsv")
DEFAULT_OUTPUT = os.path.join(HERE, "data", "countries.tsv")
DEFAULT_TERRITORIES = os.path.join(HERE, "data", "territories.tsv")

# Two-letter aliases that really are how news text names a country.
ALLOWED_SHORT = {"US", "UK"}


def fail(msg):
    sys.stderr.write("gen-countries.py: %s\n" % msg)
    sys.exit(1)


def fold(s):
    """ASCII-fold diacritics ("Côte" -> "Cote"); other characters are kept."""
    out = []
    for ch in unicodedata.normalize("NFKD", s):
        if unicodedata.combining(ch):
            continue
        out.append({"\u2019": "'", "\u2018": "'"}.get(ch, ch))
    return "".join(out)


def usable(name):
    """True if NAME can be matched against running text as an alias."""
    if not name or "," in name or "(" in name or "|" in name or "\t" in name:
        return False
    if len(name) == 2 and name.isupper() and name not in ALLOWED_SHORT:
        return False
    return True


def clean(name):
    """iso-codes writes a few official names as "the State of X"."""
    name = (name or "").strip()
    if name.startswith("the "):
        name = name[4:]
    return name


def read_overrides(path):
    overrides = {}
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\r\n")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) != 4:
                fail("%s:%d: expected 4 tab-separated fields, got %d"
                     % (path, lineno, len(fields)))
            iso, label, aliases, qid = (x.strip() for x in fields)
            if len(iso) != 2 or not iso.isupper():
                fail("%s:%d: bad ISO code %r" % (path, lineno, iso))
            if qid and not (qid[0] == "Q" and qid[1:].isdigit()):
                fail("%s:%d: bad Wikidata QID %r" % (path, lineno, qid))
            if iso in overrides:
                fail("%s:%d: duplicate code %s" % (path, lineno, iso))
            overrides[iso] = (label, [a.strip() for a in aliases.split("|") if a.strip()], qid)
    return overrides


def read_territories(path, known):
    """territories.tsv: ISO2 <TAB> ISO2 of the state, or -."""
    out = {}
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\r\n")
            if not line.strip() or line.startswith("#"):
                continue
            fields = [x.strip() for x in line.split("\t")]
            if len(fields) != 2:
                fail("%s:%d: expected 2 tab-separated fields, got %d"
                     % (path, lineno, len(fields)))
            iso, state = fields
            if iso not in known or (state != "-" and state not in known):
                fail("%s:%d: unknown code in %r" % (path, lineno, line))
            if iso in out:
                fail("%s:%d: duplicate code %s" % (path, lineno, iso))
            out[iso] = state
    for iso, state in out.items():
        if state in out:
            fail("%s: %s belongs to %s, which is a territory too" % (path, iso, state))
    return out


def main(argv):
    src = argv[1] if len(argv) > 1 else DEFAULT_JSON
    ovr_path = argv[2] if len(argv) > 2 else DEFAULT_OVERRIDES
    out_path = argv[3] if len(argv) > 3 else DEFAULT_OUTPUT
    terr_path = argv[4] if len(argv) > 4 else DEFAULT_TERRITORIES
    try:
        with open(src, encoding="utf-8") as f:
            entries = json.load(f)["3166-1"]
    except (OSError, ValueError, KeyError) as e:
        fail("cannot read %s: %s" % (src, e))
    overrides = read_overrides(ovr_path)
    known = {e["alpha_2"] for e in entries}
    for iso in overrides:
        if iso not in known:
            fail("%s: code %s is not in %s" % (ovr_path, iso, src))
    territories = read_territories(terr_path, known)

    lines, tlines = [], []
    for e in sorted(entries, key=lambda e: e["alpha_2"]):
        iso = e["alpha_2"]
        o_label, o_aliases, qid = overrides.get(iso, ("", [], ""))
        label = o_label or e.get("common_name") or e["name"]
        if not usable(label):
            fail("%s: no usable label for %s (%r); add one to %s"
                 % (src, iso, label, ovr_path))
        names = [label, clean(e.get("name")), clean(e.get("official_name")),
                 clean(e.get("common_name"))] + o_aliases
        aliases = []
        for n in names:
            for v in (n, fold(n)):
                if usable(v) and v not in aliases:
                    aliases.append(v)
        row = "\t".join([iso, label, "|".join(aliases), qid, territories.get(iso, "")])
        (tlines if iso in territories else lines).append(row)
    n_states = len(lines)
    lines += tlines

    header = ("# countries.tsv - GENERATED by ontology/gen-countries.py from %s\n"
              "# (Debian iso-codes, %d entries) merged with ontology/data/country-overrides.tsv\n"
              "# and ontology/data/territories.tsv: %d sovereign states, then %d territories.\n"
              "# Do not edit: change the overrides and run python3 ontology/gen-countries.py.\n"
              "# ISO2<TAB>label<TAB>alias|alias|...<TAB>Wikidata QID (empty when not known)<TAB>\n"
              "#   state a territory belongs to (ISO2, or - for none; empty for a state)\n"
              % (os.path.basename(src), len(entries), n_states, len(tlines)))
    tmp = out_path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write(header)
        f.write("\n".join(lines) + "\n")
    os.replace(tmp, out_path)
    sys.stderr.write("gen-countries.py: wrote %d countries to %s\n" % (len(lines), out_path))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
