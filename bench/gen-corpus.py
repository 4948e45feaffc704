#!/usr/bin/env python3
"""gen-corpus.py - a deterministic synthetic news corpus for the benchmark.

Writes N invented articles (plain text, and every tenth one as HTML) in the
style newsgraph reads: site boilerplate, a headline, a byline with a date,
a dateline lead, then paragraphs about agreements, airspace permissions,
meetings, arms purchases and deployments between real countries, with
invented officials quoted by title.  Everything is made from the templates
and word lists below: the same --seed and --count always give the same
bytes.  Files go into subfolders of 1000 (d000/, d001/, ...).

Usage: gen-corpus.py [--seed N] [--count N | --size 1k|10k|100k] OUTDIR
Python 3 standard library only.
"""
import argparse
import html
import os
import random
import sys

# (name, demonym, capital, second city)
COUNTRIES = [
    ("Norway", "Norwegian", "Oslo", "Bergen"), ("Chile", "Chilean", "Santiago", "Valparaiso"),
    ("Peru", "Peruvian", "Lima", "Arequipa"), ("Japan", "Japanese", "Tokyo", "Osaka"),
    ("Kenya", "Kenyan", "Nairobi", "Mombasa"), ("Ethiopia", "Ethiopian", "Addis Ababa", "Dire Dawa"),
    ("Poland", "Polish", "Warsaw", "Krakow"), ("Brazil", "Brazilian", "Brasilia", "Recife"),
    ("Argentina", "Argentine", "Buenos Aires", "Cordoba"), ("Indonesia", "Indonesian", "Jakarta", "Surabaya"),
    ("Vietnam", "Vietnamese", "Hanoi", "Da Nang"), ("Senegal", "Senegalese", "Dakar", "Thies"),
    ("Morocco", "Moroccan", "Rabat", "Casablanca"), ("Singapore", "Singaporean", "Singapore", "Singapore"),
    ("Finland", "Finnish", "Helsinki", "Tampere"), ("Sweden", "Swedish", "Stockholm", "Gothenburg"),
    ("Denmark", "Danish", "Copenhagen", "Aarhus"), ("Ghana", "Ghanaian", "Accra", "Kumasi"),
    ("Nigeria", "Nigerian", "Abuja", "Lagos"), ("Mexico", "Mexican", "Mexico City", "Monterrey"),
    ("Colombia", "Colombian", "Bogota", "Medellin"), ("Egypt", "Egyptian", "Cairo", "Alexandria"),
    ("Algeria", "Algerian", "Algiers", "Oran"), ("Tunisia", "Tunisian", "Tunis", "Sfax"),
    ("India", "Indian", "New Delhi", "Mumbai"), ("Australia", "Australian", "Canberra", "Sydney"),
    ("Thailand", "Thai", "Bangkok", "Chiang Mai"), ("Malaysia", "Malaysian", "Kuala Lumpur", "Penang"),
    ("Georgia", "Georgian", "Tbilisi", "Batumi"), ("Kazakhstan", "Kazakh", "Astana", "Almaty"),
    ("Portugal", "Portuguese", "Lisbon", "Porto"), ("Spain", "Spanish", "Madrid", "Barcelona"),
    ("Italy", "Italian", "Rome", "Milan"), ("Greece", "Greek", "Athens", "Thessaloniki"),
    ("Canada", "Canadian", "Ottawa", "Toronto"), ("Uruguay", "Uruguayan", "Montevideo", "Salto"),
    ("Paraguay", "Paraguayan", "Asuncion", "Encarnacion"), ("Bolivia", "Bolivian", "La Paz", "Sucre"),
    ("Ecuador", "Ecuadorian", "Quito", "Guayaquil"), ("Tanzania", "Tanzanian", "Dodoma", "Dar es Salaam"),
    ("Uganda", "Ugandan", "Kampala", "Entebbe"), ("Rwanda", "Rwandan", "Kigali", "Butare"),
    ("Zambia", "Zambian", "Lusaka", "Ndola"), ("Namibia", "Namibian", "Windhoek", "Walvis Bay"),
    ("Jordan", "Jordanian", "Amman", "Aqaba"), ("Oman", "Omani", "Muscat", "Salalah"),
    ("Qatar", "Qatari", "Doha", "Al Wakrah"), ("Mongolia", "Mongolian", "Ulaanbaatar", "Erdenet"),
    ("Philippines", "Philippine", "Manila", "Cebu"), ("Estonia", "Estonian", "Tallinn", "Tartu"),
    ("Latvia", "Latvian", "Riga", "Daugavpils"), ("Lithuania", "Lithuanian", "Vilnius", "Kaunas"),
    ("Romania", "Romanian", "Bucharest", "Constanta"), ("Bulgaria", "Bulgarian", "Sofia", "Varna"),
    ("Ireland", "Irish", "Dublin", "Cork"), ("Austria", "Austrian", "Vienna", "Graz"),
    ("Chad", "Chadian", "N'Djamena", "Moundou"), ("Niger", "Nigerien", "Niamey", "Zinder"),
    ("Mali", "Malian", "Bamako", "Timbuktu"), ("Togo", "Togolese", "Lome", "Kara"),
]

FIRST = ["Anna", "Marek", "Lucia", "Tomas", "Kari", "Ingrid", "Jonas", "Amara", "Kwame", "Aiko",
         "Hiroshi", "Sofia", "Mateo", "Elena", "Rafael", "Nadia", "Omar", "Leila", "Pavel", "Irina",
         "Daniel", "Grace", "Samuel", "Fatima", "Yusuf", "Mei", "Arjun", "Priya", "Hana", "Erik",
         "Astrid", "Diego", "Camila", "Joao", "Beatriz", "Nikolai", "Olga", "Kofi", "Esi", "Tariq",
         "Salma", "Lars", "Helga", "Ravi", "Anita", "Miguel", "Carmen", "Stefan", "Marta", "Ali"]
LAST = ["Haugland", "Paredes", "Errazuriz", "Novak", "Kowalczyk", "Mensah", "Okonkwo", "Tanaka",
        "Sato", "Fernandes", "Oliveira", "Castillo", "Morales", "Petrov", "Ivanova", "Lindqvist",
        "Berg", "Nakamura", "Reyes", "Santos", "Haddad", "Mansour", "Kariuki", "Wanjiru", "Osei",
        "Boateng", "Sharma", "Iyer", "Nguyen", "Tran", "Suzuki", "Vargas", "Herrera", "Rossi",
        "Conti", "Papadopoulos", "Dimitrov", "Popescu", "Kask", "Ozolins", "Kazlauskas", "Murphy",
        "Gruber", "Diallo", "Traore", "Keita", "Mahamat", "Amadou", "Lungu", "Nambala"]
TITLES = ["Foreign Minister", "Defence Minister", "Defense Minister", "Prime Minister",
          "President", "Interior Minister", "Finance Minister", "army chief"]
PRONOUN = ["he", "she"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
OUTLETS = ["Coastal Ledger", "Meridian Post", "Harbour Times", "Northern Wire", "Daily Compass",
           "Plateau Herald", "Continental Review", "Evening Telegraph of the Isles"]
TOPICS = ["maritime smuggling", "illegal fishing", "border security", "cyber attacks",
          "piracy in shipping lanes", "drug trafficking", "militant financing", "arms smuggling"]
AGREE_OBJ = [("share intelligence on", "intelligence-sharing agreement"),
             ("cooperate on security and", "security cooperation pact"),
             ("coordinate military operations against", "military coordination deal"),
             ("exchange information about", "information-sharing accord")]
ITEMS = ["helicopters", "patrol boats", "transport aircraft", "armoured vehicles",
         "air-defence systems", "drones", "howitzers"]
BOILER_TOP = [
    "Your browser is out of date and may not display this page correctly. Please update your browser.",
    "Font Size", "Share this article", "Subscribe for unlimited access",
    "Advertisement", "Listen to this article", "Sign in to save stories",
]
BOILER_END = [
    "Shop the {o} store: charts, mugs and tote bags for subscribers.",
    "Copyright {y} {o}. All rights reserved.",
    "Sign up for the {o} morning briefing.",
    "Related: more world news from the {o}.",
    "{a} reports on diplomacy and security for the {o}.",
]
FILLER = [
    "Officials said the talks had been planned for months and covered trade, fisheries and energy.",
    "Analysts said the move reflected growing concern about instability in the region.",
    "The two governments have had close ties since the end of the Cold War.",
    "Markets in the capital were calm on the news, and the currency was little changed.",
    "Opposition lawmakers asked for the full text to be published before any vote in parliament.",
    "Details of the cost were not disclosed, but diplomats put it at several million dollars a year.",
    "The announcement came as heavy rain caused flooding in several northern provinces.",
    "Human rights groups said they would watch closely how the data would be used.",
    "A joint working group will meet every three months to review progress.",
    "The ministry did not reply to a request for comment by the time of publication.",
]


def person(r):
    return r.choice(FIRST) + " " + r.choice(LAST)


def article(r, i):
    c = r.sample(COUNTRIES, 4)
    (a, ad, acap, acity), (b, bd, bcap, bcity), (x, xd, xcap, _), (z, zd, _, _) = c
    pa, pb, px = person(r), person(r), person(r)
    ta, tb = r.choice(TITLES), r.choice(TITLES)
    pra, prb = r.choice(PRONOUN), r.choice(PRONOUN)
    year = r.randint(2012, 2024)
    mon = r.randint(1, 12)
    day = r.randint(1, 28)
    outlet = r.choice(OUTLETS)
    author = person(r)
    topic = r.choice(TOPICS)
    verb, noun = r.choice(AGREE_OBJ)
    wd = r.choice(DAYS)
    item = r.choice(ITEMS)
    paras = []
    kind = r.randrange(5)
    if kind == 0:
        head = "%s and %s agree to %s %s" % (a, b, verb, topic)
    elif kind == 1:
        head = "%s grants %s aircraft access to its airspace" % (a, bd)
    elif kind == 2:
        head = "%s and %s ministers meet in %s" % (ad, bd, acap)
    elif kind == 3:
        head = "%s to buy %d %s from %s" % (a, r.randint(2, 40), item, b)
    else:
        head = "%s denies %s request to use its airspace" % (a, bd)
    lead = ("%s \u2014 %s and %s on %s signed an %s, the first such pact between the two "
            "countries, officials said." % (acap.upper(), a, b, wd, noun))
    paras.append(lead)
    paras.append("%s %s %s and %s %s %s met in %s on %s to %s %s." %
                 (ad, ta, pa, bd, tb, pb, acap, wd, verb, topic))
    paras.append("\u201cThis agreement makes both our countries safer,\u201d %s said after "
                 "the meeting. \u201cWhat one of us sees, the other will see.\u201d" %
                 pa.split()[1])
    n = r.randint(2, 7)
    for _ in range(n):
        k = r.randrange(9)
        if k == 0:
            paras.append("%s also granted %s surveillance aircraft permission to fly through its "
                         "airspace, %s said." % (a, bd, pb.split()[1]))
        elif k == 1:
            paras.append("%s denied %s military aircraft permission to cross its airspace on their "
                         "way to %s, a spokesman for the %s foreign ministry said." % (x, ad, z, xd))
        elif k == 2:
            paras.append("%s will buy %d %s from %s under a separate deal, the %s %s said." %
                         (b, r.randint(2, 60), item, a, ad, ta.lower()))
        elif k == 3:
            paras.append("%s has deployed %d troops to %s as part of the mission, according to "
                         "the defence ministry in %s." % (a, r.randint(2, 30) * 100, z, acap))
        elif k == 4:
            paras.append("\"We will not allow %s to become a safe haven,\" %s %s %s told "
                         "reporters in %s." % (topic, xd, r.choice(TITLES), px, xcap))
        elif k == 5:
            paras.append("%s and %s are expected to join the arrangement next year, %s said." %
                         (x, z, pra.capitalize()))
        elif k == 6:
            paras.append("%s met %s counterpart %s in %s on %s, and the two will meet again in %s "
                         "in %s." % (pb, "his" if prb == "he" else "her", px, bcity, wd, xcap,
                                     MONTHS[(mon + 1) % 12]))
        else:
            paras.append(r.choice(FILLER))
    paras.append(r.choice(FILLER))
    top = r.sample(BOILER_TOP, r.randint(0, 3))
    end = [s.format(o=outlet, y=year, a=author) for s in r.sample(BOILER_END, r.randint(1, 3))]
    date = "%s %d, %d" % (MONTHS[mon - 1], day, year)
    if i % 10 == 9:
        body = "".join("<p>%s</p>\n" % html.escape(p, quote=False) for p in paras)
        tops = "".join("<div class=\"banner\">%s</div>\n" % html.escape(t) for t in top)
        ends = "".join("<footer><p>%s</p></footer>\n" % html.escape(t) for t in end)
        return "html", ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                        "<title>%s | %s</title>\n<meta name=\"date\" content=\"%04d-%02d-%02d\">\n"
                        "</head>\n<body>\n%s<article>\n<h1>%s</h1>\n<p class=\"byline\">By %s</p>\n"
                        "%s</article>\n%s</body>\n</html>\n" %
                        (html.escape(head), outlet, year, mon, day, tops, html.escape(head),
                         author, body, ends))
    lines = top + ([""] if top else []) + [head, "", "By %s | %s" % (author, date), ""]
    for p in paras:
        lines += [p, ""]
    lines += end
    return "txt", "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--count", type=int)
    ap.add_argument("--size", choices=["1k", "10k", "100k"])
    ap.add_argument("outdir")
    o = ap.parse_args()
    count = o.count if o.count is not None else {"1k": 1000, "10k": 10000, "100k": 100000}[o.size or "1k"]
    r = random.Random(o.seed)
    for i in range(count):
        ext, text = article(r, i)
        d = os.path.join(o.outdir, "d%03d" % (i // 1000))
        if i % 1000 == 0:
            os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "a%06d.%s" % (i, ext)), "w", encoding="utf-8") as f:
            f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
