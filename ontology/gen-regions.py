#!/usr/bin/env python3
"""gen-regions.py - build ontology/data/regions.tsv from Debian's iso-codes.

Usage: python3 ontology/gen-regions.py [ISO_3166_2_JSON [DATA_DIR [WORDS]]]

Defaults: /usr/share/iso-codes/json/iso_3166-2.json (package iso-codes),
ontology/data next to this script (reads countries.tsv, capitals.tsv,
cities.tsv, demonyms.tsv, orgs.tsv, nonnames.tsv and regions-extra.tsv from
it and writes regions.tsv there; run gen-countries.py and gen-cities.sh
first) and /usr/share/dict/words (package wamerican), which is optional: without
it only the hand-written stop list below is used.  Standard library only, so
it runs wherever python3 does.

Every kept ISO 3166-2 subdivision becomes one line
    Region <TAB> ISO2 of the country it lies in
followed by regions-extra.tsv (hand-written English forms news use where
ISO gives a local one: "Sud-Kivu" -> "South Kivu"; only checked against the
other data files and for shape, since each was chosen by hand).  An ISO name
is kept only when it is safe to match in running text (exact case):

 1. its type is a region (TYPES below: Province, State, Region, Department,
    Governorate, District, County, Prefecture, Oblast and their autonomous,
    administrative and federal kinds); municipalities, communes, parishes,
    boroughs, cities, rayons, cantons, local councils and British unitary
    authorities are left out (small or named after their town), and so are
    France's departments (named after rivers and words: "Nord", "Var");
 2. it is made of letters, spaces, hyphens, apostrophes and periods only
    and starts with a capital (no official bilingual forms with commas or
    slashes, no qualifiers in parentheses or brackets, no "*" marks);
 3. it is one country's only: a name given to subdivisions of two countries
    ("Toledo": Belize and Spain) is dropped for both;
 4. it, or its ASCII-folded spelling, is not already a country name or
    alias, a capital, a city, a demonym, an organization's alias or a
    non-name in the other data files (those entries exist there and a second
    meaning would only blur them), and it does not start with a country's
    name ("Taiwan Sheng", "Hong Kong SAR": ISO's entries for places that
    countries.tsv already holds); DROP below lists a few names that news
    use mostly for something else ("Al Quds", "Blue Nile");
 5. a one-word name is not a common English word (lower-case in WORDS, or
    in STOP below) nor a common first name or surname (STOP); a name of
    several words is not made of such words and compass words only ("North
    East", "Long Island", "Central River"); no name holds "Sea", "Ocean" or
    "Gulf" ("Red Sea" state of Sudan).
Added forms, under the same rules: an ASCII-folded copy of a name with
diacritics ("Ñuble" -> "Nuble"); in Arab states, the name without its
article ("Al Anbar" -> "Anbar", as news write "Anbar province"); for
Chinese provinces, the name without "Sheng" ("Sichuan Sheng" -> "Sichuan").
"""

import json
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_JSON = "/usr/share/iso-codes/json/iso_3166-2.json"
DEFAULT_DATA = os.path.join(HERE, "data")
DEFAULT_WORDS = "/usr/share/dict/words"

# ISO 3166-2 subdivision types that are regions of a country (rule 1).
TYPES = {
    "Province", "State", "Region", "Department", "Governorate", "District",
    "County", "Prefecture", "Oblast", "Administrative region",
    "Autonomous region", "Autonomous community", "Autonomous province",
    "Autonomous republic", "Autonomous district", "Republic",
    "Regional state", "Union territory", "Federal territory",
    "Capital territory", "Federal capital territory", "Territory", "Land",
    "Voivodship", "Emirate", "Popularate", "Division",
    "Development region", "Special administrative region", "Special region",
    "Geographical region", "Indigenous region", "Economic prefecture",
    "Pakistan administered area", "Arctic region",
}

# Words that are common English words, first names, surnames or otherwise
# more often something else than the region (rule 5); applies with or
# without a word list, and to every word of a name of several words.
STOP = set("""
north south east west northern southern eastern western central upper lower
middle centre center capital coast coastal island islands lake lakes river
rivers mountain mountains highlands lowlands plateau plains valley bay
gulf sea ocean delta savannes savanes littoral interior border frontier
new great little greater grand old saint st san santa
federal special district region province state territory county city
autonomous administrative metropolitan capital
alexander albert amanda ana anna andrew angela anton antonio barbara bernard
carlos charles christian clara diana david edward elena emilia eva francis
frank george grace helena henry isabel jackson james jefferson john jose
juan julia kent laura lincoln louis lucia luis madison maria marion martin
mary monroe nelson paul pedro peter philip regina roberts rosa sebastian
sophia stephen thomas victor victoria vincent washington william wilson
bolivar santander hidalgo morelos guerrero zamora
alba alberta aurora bono cesar clare constantine cortes flores herrera
isabela kara kerry lara latina lola lori magdalena maldonado mara miranda
nan rivas rivera rizal rocha sid trujillo avila segovia duarte valverde
ewa boe lau bua ba mon tak mie tov haa bam amara ishikawa yamaguchi
miyazaki nagano toyama fukui miyagi yamagata kagawa akita batman
canterbury marlborough ulster sahel zaire concepcion granma tata abra vas
valle norte sul leste centrale litoral estuaire atlantique collines lacs
lagunes montagnes cuvette cordillera colonia salto portuguesa kochi
riyad qasim ahmadi farah wardak fars samar quirino quezon loreto caldas
morazan barahona espaillat orellana artigas soriano lavalleja magallanes
burgos zaragoza caceres pavia aydin karaman cantemir salima saida mila
naama amran salamat
long
ash al el as an ad at ar az
""".split())

# Whole names dropped by hand: more often something else in the news.
DROP = {"Al Quds", "Santa Fe", "Blue Nile", "River Nile"}

# Arabic articles that open many names ("Al Anbar"): news mostly write the
# name without it ("Anbar province"), so that form is added too when it is
# safe by the same rules and has at least four letters.
ARTICLES = ("Al ", "Ash ", "As ", "An ", "Ad ", "At ", "Az ", "Ar ", "Aţ ", "Aş ",
            "Az̧ ", "Ath ", "Adh ")
ARABIC = {"AE", "BH", "DZ", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "OM", "PS",
          "QA", "SA", "SD", "SY", "TN", "YE"}

# A name of several words is dropped when every word is common (rule 5).
COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern",
           "western", "central", "upper", "lower", "middle", "centre", "far"}


# A name that holds one of these words is more often the sea than the region
# named after it ("Red Sea" state of Sudan) (rule 5).
WATER = {"sea", "ocean", "gulf"}


def fail(msg):
    sys.stderr.write("gen-regions.py: %s\n" % msg)
    sys.exit(1)


def fold(s):
    """ASCII-fold diacritics ("Ñuble" -> "Nuble"); other characters are kept."""
    out = []
    for ch in unicodedata.normalize("NFKD", s):
        if unicodedata.combining(ch):
            continue
        out.append({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u02bf": "'",
                    "\u02be": "'"}.get(ch, ch))
    return unicodedata.normalize("NFC", "".join(out))


def rows(path, ncols):
    """The non-comment rows of a TSV file, as lists of stripped fields."""
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\r\n")
            if not line.strip() or line.startswith("#"):
                continue
            fields = [x.strip() for x in line.split("\t")]
            if len(fields) < ncols:
                fail("%s:%d: expected %d tab-separated fields" % (path, lineno, ncols))
            yield lineno, fields


def known_names(data):
    """Every name the other data files already give a meaning (rule 4)."""
    taken = set()

    def add(names):
        for n in names.split("|"):
            n = n.strip()
            if n:
                taken.add(n)
                taken.add(fold(n))

    for _, f in rows(os.path.join(data, "countries.tsv"), 3):
        add(f[1])
        add(f[2])
    for name in ("capitals.tsv", "demonyms.tsv"):
        for _, f in rows(os.path.join(data, name), 2):
            add(f[1])
    for _, f in rows(os.path.join(data, "cities.tsv"), 2):
        add(f[0])
    for _, f in rows(os.path.join(data, "orgs.tsv"), 5):
        add(f[4])
    for _, f in rows(os.path.join(data, "nonnames.tsv"), 1):
        add(f[0])
    return taken


def read_words(path):
    """Lower-case words of a word list (common English words); empty if absent."""
    words = set()
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                w = line.strip()
                if w and w.islower() and "'" not in w:
                    words.add(w)
    except OSError:
        sys.stderr.write("gen-regions.py: no word list at %s; using the stop list only\n" % path)
    return words


def shape_ok(name):
    """Rule 2: a name running text spells as such: letters, spaces, hyphens,
    apostrophes and periods only, starting with a capital."""
    if not name or not name[0].isupper():
        return False
    for ch in name:
        if not (ch.isalpha() or ch in " -'.\u2019\u02bb\u2018\u0327"
                or unicodedata.combining(ch)):
            return False
    return True


def common(word, words):
    w = word.lower()
    return w in STOP or w in words


def words_ok(name, words):
    """Rule 5."""
    parts = name.replace("-", " ").split()
    if any(p.lower() in WATER for p in parts):
        return False
    if len(parts) == 1:
        return not common(parts[0], words)
    return not all(common(p, words) or p.lower() in COMPASS for p in parts)


def main(argv):
    src = argv[1] if len(argv) > 1 else DEFAULT_JSON
    data = argv[2] if len(argv) > 2 else DEFAULT_DATA
    words_path = argv[3] if len(argv) > 3 else DEFAULT_WORDS
    try:
        with open(src, encoding="utf-8") as f:
            entries = json.load(f)["3166-2"]
    except (OSError, ValueError, KeyError) as e:
        fail("cannot read %s: %s" % (src, e))
    countries = {f[0] for _, f in rows(os.path.join(data, "countries.tsv"), 3)}
    taken = known_names(data)
    taken_countries = set()
    for _, f in rows(os.path.join(data, "countries.tsv"), 3):
        taken_countries.update(fold(a) for a in [f[1]] + f[2].split("|"))
    words = read_words(words_path)

    # name -> set of countries, over every subdivision of any type (rule 3)
    owners = {}
    for e in entries:
        for n in {e["name"].strip(), fold(e["name"].strip())}:
            owners.setdefault(n, set()).add(e["code"][:2])

    dropped = {"type": 0, "shape": 0, "shared": 0, "known": 0, "word": 0}
    out, seen = [], set()
    n_subdiv = 0

    def consider(name, iso):
        """The reason NAME of ISO is dropped, or None if it is kept."""
        if not shape_ok(name):
            return "shape"
        if len(owners.get(name, {iso}) | {iso}) > 1:
            return "shared"
        if name in taken or fold(name) in taken or fold(name) in DROP:
            return "known"
        ws = fold(name).split()
        if any(" ".join(ws[:k]) in taken_countries for k in range(1, len(ws) + 1)):
            return "known"  # "Taiwan Sheng", "Hong Kong SAR": a country's own entry
        if not words_ok(fold(name), words):
            return "word"
        return None

    for e in sorted(entries, key=lambda e: (e["code"][:2], e["name"])):
        iso = e["code"][:2]
        if iso not in countries:
            fail("%s: %s: country %s is not in countries.tsv" % (src, e["code"], iso))
        if e["type"] not in TYPES or (iso == "FR" and "department" in e["type"].lower()):
            dropped["type"] += 1
            continue
        name = e["name"].strip()
        forms = [name, fold(name)]
        for art in ARTICLES if iso in ARABIC else ():
            if name.startswith(art) and " " not in name[len(art):].strip():
                bare = name[len(art):].strip()
                if len(fold(bare)) >= 4:
                    forms += [bare, fold(bare)]
        if name.endswith(" Sheng") and " " not in name[:-6]:
            forms.append(name[:-6])  # "Sichuan Sheng": the province is "Sichuan"
        n_before = len(out)
        for k, v in enumerate(forms):
            if v in seen:
                continue
            why = consider(v, iso)
            if why:
                if k == 0:
                    dropped[why] += 1
                    break
                continue
            seen.add(v)
            out.append("%s\t%s" % (v, iso))
        n_subdiv += len(out) > n_before
    n_iso = len(out)

    extra_path = os.path.join(data, "regions-extra.tsv")
    extra = []
    for lineno, f in rows(extra_path, 2):
        name, iso = f[0], f[1]
        if len(f) != 2 or iso not in countries:
            fail("%s:%d: expected \"Region<TAB>ISO2\" with a known code" % (extra_path, lineno))
        if name in seen:
            continue
        if not shape_ok(name) or name in taken:
            sys.stderr.write("gen-regions.py: %s:%d: '%s' dropped (already known or malformed)\n"
                             % (extra_path, lineno, name))
            continue
        seen.add(name)
        extra.append("%s\t%s" % (name, iso))

    header = ("# regions.tsv - GENERATED by ontology/gen-regions.py from %s\n"
              "# (Debian iso-codes, %d subdivisions; %d kept, as %d names) and\n"
              "# ontology/data/regions-extra.tsv (%d names).  Do not edit: change\n"
              "# regions-extra.tsv or the rules in gen-regions.py and run\n"
              "# python3 ontology/gen-regions.py.\n"
              "# Region<TAB>ISO2\n"
              % (os.path.basename(src), len(entries), n_subdiv, n_iso, len(extra)))
    out_path = os.path.join(data, "regions.tsv")
    tmp = out_path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write(header)
        f.write("\n".join(out) + "\n")
        if extra:
            f.write("# ---- from regions-extra.tsv\n")
            f.write("\n".join(extra) + "\n")
    os.replace(tmp, out_path)
    sys.stderr.write("gen-regions.py: wrote %d regions (%d names of %d subdivisions from "
                     "iso-codes, %d extra) to %s; dropped: %s\n"
                     % (len(out) + len(extra), n_iso, n_subdiv, len(extra), out_path,
                                        ", ".join("%d %s" % (n, k) for k, n in dropped.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
