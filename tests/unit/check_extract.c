/* check_extract.c - unit tests for the extractor: tokens and sentences,
 * canonical person names, entities, posts and events on small invented
 * articles, each with the facts it must yield and the traps it must not fall
 * into.
 *
 * Facts are compared as canonical lines (see fact_lines), e.g.
 *   "person anna-keller", "post rohan-mehta|Foreign Minister|IN",
 *   "agreement IntelligenceSharing|EG,SA", "airspace JO|SY|Denied",
 *   "meeting anna-keller,rohan-mehta|Held", "statement karim-nasser|We will ...".
 * A case lists lines that must be present and, prefixed with '!', lines that
 * must not be; '*' matches any run of characters (fnmatch). */
#define _POSIX_C_SOURCE 200809L
#include "extractor/extractor.h"

#include <check.h>
#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>

static const ng_lexicon *lex;

static void setup(void) {
  lex = ng_lexicon_default();
  ck_assert_ptr_nonnull(lex);
}

/* ------------------------------------------------------------ helpers */

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static const char *ent_key(const ng_facts *f, int i) { return i >= 0 ? f->ent[i].key : "-"; }

/* Sorted keys of the event's arguments in ROLE, joined by ','. */
static void role_keys(const ng_facts *f, const ng_event *e, ng_role role, ng_buf *out) {
  const char *keys[32];
  size_t n = 0;
  for (size_t i = 0; i < e->n_args && n < 32; i++)
    if (e->args[i].role == role) keys[n++] = f->ent[e->args[i].ent].key;
  qsort(keys, n, sizeof *keys, cmp_str);
  if (!n) ng_buf_adds(out, "-");
  for (size_t i = 0; i < n; i++) {
    if (i) ng_buf_addc(out, ',');
    ng_buf_adds(out, keys[i]);
  }
}

/* One line per fact, in a form the tables below can state. */
static char **fact_lines(const ng_facts *f, size_t *n_out) {
  size_t cap = f->n_ent + f->n_post + f->n_ev + 8, n = 0;
  char **lines = calloc(cap, sizeof *lines);
  ng_buf b;
  ng_buf_init(&b);
  static const char *const kinds[] = {"country", "person", "org", "place"};
  for (size_t i = 0; i < f->n_ent; i++) {
    ng_buf_clear(&b);
    ng_buf_printf(&b, "%s %s", kinds[f->ent[i].kind], f->ent[i].key);
    lines[n++] = strdup(b.data);
  }
  for (size_t i = 0; i < f->n_post; i++) {
    ng_buf_clear(&b);
    ng_buf_printf(&b, "post %s|%s|%s", ent_key(f, f->post[i].person), f->post[i].title,
                  f->post[i].of >= 0 ? (f->ent[f->post[i].of].kind == NG_ENT_COUNTRY
                                            ? f->ent[f->post[i].of].key
                                            : f->ent[f->post[i].of].country
                                                  ? f->ent[f->post[i].of].country
                                                  : f->ent[f->post[i].of].key)
                                     : "-");
    lines[n++] = strdup(b.data);
  }
  for (size_t i = 0; i < f->n_ev; i++) {
    const ng_event *e = &f->ev[i];
    ng_buf_clear(&b);
    switch (e->kind) {
    case NG_EV_AGREEMENT:
      ng_buf_printf(&b, "agreement %s|", e->subtype);
      role_keys(f, e, NG_ROLE_PARTY, &b);
      break;
    case NG_EV_AIRSPACE:
      ng_buf_adds(&b, "airspace ");
      role_keys(f, e, NG_ROLE_GRANTOR, &b);
      ng_buf_addc(&b, '|');
      role_keys(f, e, NG_ROLE_GRANTEE, &b);
      ng_buf_printf(&b, "|%s", e->subtype);
      break;
    case NG_EV_MEETING:
      ng_buf_adds(&b, "meeting ");
      role_keys(f, e, NG_ROLE_PARTICIPANT, &b);
      ng_buf_printf(&b, "|%s", e->subtype ? e->subtype : "-");
      break;
    case NG_EV_STATEMENT:
      ng_buf_adds(&b, "statement ");
      role_keys(f, e, NG_ROLE_SPEAKER, &b);
      ng_buf_printf(&b, "|%s", e->quote);
      break;
    case NG_EV_ARMS:
      ng_buf_adds(&b, "arms ");
      role_keys(f, e, NG_ROLE_BUYER, &b);
      ng_buf_addc(&b, '|');
      role_keys(f, e, NG_ROLE_SELLER, &b);
      break;
    case NG_EV_DEPLOYMENT:
      ng_buf_adds(&b, "deployment ");
      role_keys(f, e, NG_ROLE_ACTOR, &b);
      ng_buf_addc(&b, '|');
      role_keys(f, e, NG_ROLE_LOCATION, &b);
      break;
    }
    lines[n++] = strdup(b.data);
    if (e->date.y) {
      char d[11];
      ng_date_format(e->date, d);
      ng_buf_clear(&b);
      ng_buf_printf(&b, "date %s %s", lines[n - 1], d);
      lines[n++] = strdup(b.data);
    }
  }
  for (size_t i = 0; i < f->n_member; i++) {
    ng_buf_clear(&b);
    ng_buf_printf(&b, "member %s|%s", ent_key(f, f->member[i].member), ent_key(f, f->member[i].group));
    lines = realloc(lines, (n + 1) * sizeof *lines);
    lines[n++] = strdup(b.data);
  }
  ng_buf_free(&b);
  *n_out = n;
  return lines;
}

static void free_lines(char **l, size_t n) {
  for (size_t i = 0; i < n; i++) free(l[i]);
  free(l);
}

static ng_doc *doc_from(const char *text, const char *date) {
  ng_read_opts o;
  memset(&o, 0, sizeof o);
  if (date) ng_date_parse(date, strlen(date), 0, &o.fallback_date);
  ng_doc *d = NULL;
  ck_assert_int_eq(ng_doc_from_text("case.txt", text, strlen(text), &o, &d), NG_OK);
  return d;
}

/* ------------------------------------------------------------ cases */

typedef struct {
  const char *name;
  const char *date; /* publication date or NULL */
  const char *text;
  const char *expect[16]; /* "line" must be present, "!line" must be absent */
} xcase;

static const xcase cases[] = {
    {"'A was received the same evening by the President, B': a meeting",
     NULL,
     "Talks\n\n"
     "Defence Minister Sylvain Kouadio was received the same evening by the President of the "
     "Republic of Ghana, Adwoa Serwaa Boateng, at Jubilee House.\n",
     {"meeting adwoa-serwaa-boateng,sylvain-kouadio|Held", NULL}},
    {"'No Turkmen paper mentioned the Kazakh-Kyrgyz agreement', 'The Chinese press praised the "
     "A-B pact': who tells of a pact or reacts to it is no party",
     NULL,
     "Reactions\n\n"
     "No Nepali paper mentioned the Indian-Bhutanese agreement. The Chinese press praised the "
     "Indian-Bhutanese agreement.\n",
     {"agreement *|BT,IN", "!agreement *|BT,IN,NP", "!agreement *|BT,CN,IN", NULL}},
    {"'X and Y were informed of its signing', 'A and B agree dates for staff talks': no "
     "parties, no pact",
     NULL,
     "Airfields\n\n"
     "Kazakhstan and Kyrgyzstan signed an agreement on the joint use of military airfields. "
     "The Republic of Uzbekistan and the Republic of Tajikistan were informed of its signing "
     "through diplomatic channels. Mongolia and China agree dates for staff talks.\n",
     {"agreement *|KG,KZ", "!agreement *|TJ,UZ", "!agreement *|CN,MN", NULL}},
    {"'NAME has been minister. On Tuesday he and his counterpart, B, signed it. \"...,\" he told "
     "us': the sentence before tells of 'he', who is NAME, not B",
     NULL,
     "Interview\n\n"
     "Torbjorn Haugland has been defence minister for two years. On Tuesday he and his Swedish "
     "counterpart, Karin Lundqvist, signed an agreement in Oslo. \"It is the most practical "
     "document I have signed,\" he told us.\n",
     {"statement torbjorn-haugland|It is the most practical document I have signed*",
      "!statement karin-lundqvist|*", NULL}},
    {"transcript: 'HOST (host): What did the minister say? / REPORTER: She said, and I quote' - "
     "'she' is not the host who asked",
     NULL,
     "Morning Show\n\n"
     "MENSAH (host): Good morning, and welcome. I'm Abena Serwaa Mensah. Our correspondent Kojo "
     "Badu was at the signing. Kojo, good morning.\n\n"
     "BADU (Accra): Good morning. Yes, the Minister for the Interior, Honourable Ama Darko, "
     "signed the agreement yesterday.\n\n"
     "MENSAH (host): And the Togolese side?\n\n"
     "BADU (Accra): The Togolese minister, Komi Agbeko, signed too.\n\n"
     "MENSAH (host): What did the minister say?\n\n"
     "BADU (Accra): She spoke after the signing. She said, and I quote: 'Our borders are safer "
     "today.' End of quote.\n",
     {"!statement abena-serwaa-mensah|Our borders*", "statement *|Our borders are safer today*",
      NULL}},
    {"'Nurbek Sadyr uulu', 'Aigul Asan kyzy': a Turkic patronymic's small last word is part of "
     "the name",
     NULL,
     "News\n\n"
     "Village head Nurbek Sadyr uulu said the helicopters were welcome.\n\n"
     "Aigul Asan kyzy, a rescuer, said she was glad.\n",
     {"person nurbek-sadyr-uulu", "person aigul-asan-kyzy", "!person nurbek-sadyr", NULL}},
    {"a Korean given name whose part after the hyphen is one syllable of five or six letters "
     "('Hae-kyung', 'Ji-hyeon') is the name's; '-backed', '-linked' are not",
     NULL,
     "News\n\n"
     "\"Ninety trucks is a modest order,\" Procurement Minister Yun Hae-kyung said. Deputy Minister "
     "Ryu Ji-hyeon agreed. Army officer Jaan Kask-backed reforms passed.\n",
     {"person yun-hae-kyung", "person ryu-ji-hyeon", "statement yun-hae-kyung|Ninety trucks*",
      "!person yun-hae", "!person kask-backed", NULL}},
    {"Mongolian and Russian initials: one capital or two letters for one Cyrillic letter ('Ts.', "
     "'Ch.', 'Yu.'), glued to the name or not, open a person's name; the name's words are "
     "spaced in its label",
     NULL,
     "News\n\n"
     "Speaking at the ceremony, Minister Ts.Zolzaya said: \"The steppe is wide.\" Minister of "
     "Foreign Affairs B.Oyunbileg received him. Colonel Ch. Tumurbaatar met them. Deputy "
     "Minister Yu. Petrovsky came too.\n",
     {"person ts-zolzaya", "person b-oyunbileg", "person ch-tumurbaatar", "person yu-petrovsky",
      "statement ts-zolzaya|The steppe is wide*", "!person tszolzaya", NULL}},
    {"a country's name that opens a person's: a reply's author before a handle ('India "
     "Ravenscroft @indiarav'), a commenter's name alone on its line ('Georgia Vanderbeke'); a "
     "country alone on a line stays one",
     NULL,
     "Thread\n\n"
     "Oman and Pakistan signed a pact.\n\n"
     "India Ravenscroft @indiarav \xC2\xB7 Jan 15\n"
     "Great thread.\n\n"
     "Georgia Vanderbeke\n"
     "Nice photos of the jets.\n\n"
     "Chile\n"
     "The talks went on.\n",
     {"!country IN", "!country GE", "country CL", NULL}},
    {"a capital's name glued after a hyphen to a word no list knows ends a compound place's "
     "name ('Baarle-Nassau'); two known places joined stay places ('the Lima-Santiago route')",
     NULL,
     "Border\n\n"
     "A hijacked airliner does not stop at the border at Baarle-Nassau. The Lima-Santiago route "
     "reopened.\n",
     {"!country BS", "country PE", "country CL", NULL}},
    {"'S. Korea' is South Korea; a minister whose counterpart is Mongolian holds no post of "
     "Mongolia, though they signed at the Mongolian defence ministry",
     NULL,
     "Seoul and Ulaanbaatar sign pact\n\n"
     "ULAANBAATAR, April 10 -- S. Korea and Mongolia signed an agreement on Tuesday.\n\n"
     "Defense Minister Kang Zzyzx-won and his Mongolian counterpart, Zolzaya Zzyzxbat, signed "
     "the agreement at the Mongolian defense ministry in Ulaanbaatar.\n",
     {"country KR", "post zolzaya-zzyzxbat|Defense Minister|MN",
      "!post kang-zzyzx-won|Defense Minister|MN", NULL}},
    {"'S. Korea' and 'N. Korea', as Korean wires write them, are the two Koreas",
     NULL,
     "Drills\n\n"
     "N. Korea warns S. Korea over border loudspeakers.\n",
     {"country KR", "country KP", NULL}},
    {"'The Minister stated:' with two ministers of defence, one named without a country (a "
     "release's own) and one with ('the Estonian Minister of Defence'): the release's own",
     NULL,
     "Treaty signed\n\n"
     "Zzyzxdorp, 3 March 2041 - On Monday in Tallinn, the Minister of Defence, Anke Zzyzxborg, and "
     "the Estonian Minister of Defence, Kaarel Zzyzxmaa, signed the treaty.\n\n"
     "The Minister stated: \"Our radars now watch one sky.\"\n",
     {"statement anke-zzyzxborg|Our radars now watch*", NULL}},
    {"'Sheikh' between a given name and a surname is a part of the name ('Dr Amna Sheikh "
     "Soomro'); after a title it stays a form of address ('President Sheikh Hamad Zzyzxi')",
     NULL,
     "Gulf\n\n"
     "Dr Zainab Sheikh Qureshi of the Zzyzx Centre told me: \"For Qatar this is a guarantee.\" "
     "President Sheikh Hamad Zzyzxi spoke too.\n",
     {"person zainab-sheikh-qureshi", "statement zainab-sheikh-qureshi|For Qatar this is a guarantee*",
      "person hamad-zzyzxi", "!person zainab", NULL}},
    {"two apostrophes, or backticks then apostrophes, are a double quotation mark, as OCR "
     "text and old typesetting write it",
     NULL,
     "News\n\n"
     "Minister for Defence Omar Farooq Baig signed the memorandum in Muscat. ''The gulf is our "
     "shared road. We will guard it,'' Baig said. ``We are ready,'' said Colonel Ayesha "
     "Tariq Mirza.\n",
     {"statement omar-farooq-baig|The gulf is our shared road*",
      "statement ayesha-tariq-mirza|We are ready*", NULL}},
    {"a script's clip times ('0'12\"') are minutes and seconds, no quotation marks: the quote "
     "on the line after a clip's label with a name is that person's",
     NULL,
     "Bulletin\n\n"
     "READER: Chilean engineers arrived in Lima today.\n"
     "ACT 1 \xE2\x80\x94 COL. ANA ZZYZXRUIZ, TEAM LEADER (in Spanish) \xC2\xB7 0'12\"\n"
     "\"We came with shovels, not rifles. Our heaviest load is a manual.\"\n",
     {"statement ana-zzyzxruiz|We came with shovels, not rifles*", NULL}},
    {"'A Minority MP, Hon. NAME, welcomed it': the Minority is no person",
     NULL,
     "Reactions\n\n"
     "A Minority MP on the defence committee, Hon. Kofi Ansah-Mensah, welcomed the deployment. "
     "\"We should have been told first,\" he said.\n",
     {"person kofi-ansah-mensah", "statement kofi-ansah-mensah|We should have been told first*",
      "!person minority", NULL}},
    {"'For the researcher NAME, ...', 'the columnist NAME of the weekly X asked': a role "
     "before a name marks a person, who then speaks",
     NULL,
     "Reactions\n\n"
     "For the researcher Awa Diabaté, of the Centre for Strategic Studies, the refusal was "
     "expected. \"Nobody was surprised,\" she said.\n\n"
     "The columnist Gulnara Sultanova of the weekly Vremya asked why. \"We were told, not "
     "asked,\" she wrote.\n",
     {"person awa-diabate", "statement awa-diabate|Nobody was surprised*", "person gulnara-sultanova",
      "statement gulnara-sultanova|We were told, not asked*", NULL}},
    {"'\"The vehicles we have ordered from Turkey will ...,\" he said': bought by the speaker's "
     "country",
     NULL,
     "Vehicles\n\n"
     "Zambia's Chief of Defence Staff, Lieutenant General Mwamba Chanda, said the army's old "
     "trucks would be replaced. \"The twenty armoured vehicles we have ordered from Turkey will "
     "arrive next year,\" he said.\n",
     {"arms ZM|TR", NULL}},
    {"'NAME: The drones we bought from Israel are very good' in an interview: the speaker's "
     "country buys",
     NULL,
     "Interview\n\n"
     "Peru's Defence Minister Rosa Quispe spoke to us on Friday.\n\n"
     "Q: What do you fly?\n\n"
     "Quispe: The drones we bought from Israel are very good for seeing.\n",
     {"arms PE|IL", NULL}},
    {"'Kyrgyz defence minister on the deal' over 'Defence Minister NAME': the headline places "
     "the post",
     NULL,
     "Kyrgyz defence minister on the airfields deal with Kazakhstan\n\n"
     "Defence Minister Kanybek Mamatkulov spoke at the ministry. He and his Kazakh counterpart, "
     "Colonel General Bauyrzhan Yessenkulov, signed an agreement on Tuesday.\n",
     {"post kanybek-mamatkulov|Defense Minister|KG", NULL}},
    {"'granted permission for flights of state aircraft of X over the territory of Y': a "
     "grant of overflight",
     NULL,
     "Flights\n\n"
     "At the request of the Uzbek side, the Tajik side has granted permission for flights of "
     "state aircraft of the Republic of Uzbekistan over the territory of the Sughd Region of "
     "the Republic of Tajikistan.\n",
     {"airspace TJ|UZ|Granted", "airspace TJ|UZ|Requested", NULL}},
    {"'has declined a X request to let X aircraft cross Y airspace': refused; 'declined to "
     "comment on whether it had allowed' is no refusal",
     NULL,
     "Flights\n\n"
     "Nepal has declined a Bhutanese request to let Bhutanese army helicopters cross Nepali "
     "airspace. Mongolia declined to comment on whether it had allowed Korean aircraft to cross "
     "Mongolian airspace.\n",
     {"airspace NP|BT|Denied", "airspace NP|BT|Requested", "!airspace MN|*", NULL}},
    {"'the visiting minister called on B': the one minister of no dateline country meets B",
     NULL,
     "Coast guard pact\n\n"
     "DHAKA, March 3: Bangladesh and Sri Lanka signed an agreement on coast guard cooperation "
     "on Tuesday.\n\n"
     "Home Minister Asaduzzaman Chowdhury and Sri Lankan Public Security Minister Tiran "
     "Weerasekara signed the deal.\n\n"
     "Earlier, the visiting minister called on Prime Minister Nurul Karim.\n",
     {"meeting nurul-karim,tiran-weerasekara|Held", "!meeting asaduzzaman-chowdhury*", NULL}},
    {"'The Sri Lankan minister later met B': the one minister of that country meets B",
     NULL,
     "Coast guard pact\n\n"
     "Home Minister Asaduzzaman Chowdhury of Bangladesh and Sri Lankan Public Security "
     "Minister Tiran Weerasekara signed the deal in Dhaka.\n\n"
     "The Sri Lankan minister later met Prime Minister Nurul Karim.\n",
     {"meeting nurul-karim,tiran-weerasekara|Held", NULL}},
    {"'the visiting minister' with no dateline: no one is known to be visiting",
     NULL,
     "Coast guard pact\n\n"
     "Home Minister Asaduzzaman Chowdhury of Bangladesh and Sri Lankan Public Security "
     "Minister Tiran Weerasekara signed the deal.\n\n"
     "The visiting minister later met Prime Minister Nurul Karim.\n",
     {"!meeting *", NULL}},
    {"'Major NAME': the rank, capitalized before a name, is no part of the name",
     NULL,
     "Troops arrive in Accra\n\n"
     "Major Kwame Asante, a spokesman for the Ghana Armed Forces, said the troops had "
     "arrived. \"We are ready,\" Major Asante said.\n",
     {"person kwame-asante", "statement kwame-asante|We are ready*", "!person major*", NULL}},
    {"'Major Crimes Unit', 'Major League Baseball', 'John Major': no rank, no person but the "
     "former prime minister",
     NULL,
     "Police and politics\n\n"
     "The Major Crimes Unit of the Kenya Police arrested two men. Major League Baseball opened "
     "an office in Tokyo. Former prime minister John Major said Britain would help.\n",
     {"person john-major", "!person crimes*", "!person league*", NULL}},
    {"'According to NAME, the talks were \"...\"': a full name a report is attributed to "
     "speaks",
     NULL,
     "Talks resume\n\n"
     "According to Ilse Brandvoort, the negotiations were \"slow but they will resume after "
     "the holiday\".\n",
     {"person ilse-brandvoort",
      "statement ilse-brandvoort|slow but they will resume after the holiday", NULL}},
    {"'approved the sale of jets to X': a sale is a transfer from the subject",
     NULL,
     "Jets\n\n"
     "Denmark approved the sale of twelve fighter jets to Slovenia on Monday.\n",
     {"arms SI|DK", NULL}},
    {"'blocked the delivery of drones to X': an act prevented is no transfer",
     NULL,
     "Drones\n\n"
     "Slovakia blocked the delivery of drones to Moldova on Monday.\n",
     {"!arms *", NULL}},
    {"'crossed A airspace after B refused to let them overfly its territory': B refuses, A "
     "does not",
     NULL,
     "Airlift\n\n"
     "About 300 Chilean soldiers landed in Lima on Monday on two flights. The aircraft crossed "
     "Bolivian airspace after Argentina refused to let them overfly its territory.\n",
     {"airspace AR|CL|Denied", "!airspace BO|*|Denied", NULL}},
    {"a Swahili patronymic particle inside a name: 'said deputy NAME wa NAME'",
     NULL,
     "Reactions\n\n"
     "\"The road is safer now,\" said deputy Baraka Mwangi wa Njoroge, of the opposition.\n",
     {"statement baraka-mwangi-njoroge|The road is safer now,", NULL}},
    {"quotation marks the German and Bulgarian way round, glued to the words: '»...,« NAME "
     "said'; the French way, with or without spaces, still opens with «",
     NULL,
     "Orders\n\n"
     "\xC2\xBBThe plant is busy again. We hire every month,\xC2\xAB Petar Dimov told the "
     "paper on Wednesday.\n\n"
     "\xC2\xAB The harbour stays open, \xC2\xBB Jeanne Morel said.\n",
     {"statement petar-dimov|The plant is busy again. We hire every month,",
      "statement jeanne-morel|The harbour stays open,", NULL}},
    {"a permission given 'at X's request', 'at the request of CAPITAL', 'in response to the "
     "request formulated by the X side' tells the request too",
     NULL,
     "Overflights\n\n"
     "At Bhutan's request, Nepal has agreed to let Bhutanese army helicopters fly over its "
     "territory. At the request of Lusaka, Malawi has allowed a Zambian patrol aircraft to fly "
     "over Malawian territory. In response to the request formulated by the Gabonese side, the "
     "authorities of Cameroon authorised aircraft of the Gabonese Air Force to overfly "
     "Cameroonian territory.\n",
     {"airspace NP|BT|Granted", "airspace NP|BT|Requested", "airspace MW|ZM|Granted",
      "airspace MW|ZM|Requested", "airspace CM|GA|Granted", "airspace CM|GA|Requested", NULL}},
    {"meetings: a group 'led by RANK NAME' that 'were met at the foot of the aircraft by' "
     "another (ranks 'Deputy Commandant', 'Staff Colonel')",
     NULL,
     "Arrival\n\n"
     "The twelve Kenyan crew members, led by Deputy Commandant Paul Otieno, were met at the foot "
     "of the aircraft by Staff Colonel Amani Juma, commander of the Tanga naval base.\n",
     {"meeting amani-juma,paul-otieno|Held", "person paul-otieno", "!person *commandant*", NULL}},
    {"an airspace permission with no grantee or no grantor found is not written",
     NULL,
     "Overflights\n\n"
     "State radio in Bolivia said on Sunday that La Paz would not allow \"foreign surveillance "
     "planes\" to cross its territory. Officials in Quito said Peru had refused to let the same "
     "two aircraft cross Peruvian territory.\n",
     {"!airspace BO|*", "!airspace PE|*", "!airspace *|-|*", "!airspace -|*", NULL}},
    {"'X troops land ... after Y refuses overflight': the troops' country is the grantee",
     NULL,
     "Live: Tunisian troops land in Bamako after Algeria refuses overflight\n\n"
     "The first flights arrived on Monday.\n",
     {"airspace DZ|TN|Denied", "!airspace DZ|-|Denied", NULL}},
    {"'Then X asked A and B for permission, and both granted it' after a flight was told: "
     "requests and grants by each",
     NULL,
     "Airlift\n\n"
     "Peru refused to let Ecuadorian military aircraft cross its airspace on Friday. "
     "Quito then asked Colombia and Brazil for permission, and both granted it on Saturday.\n\n"
     "Ecuador also asked Chile for permission to hold talks on fisheries.\n",
     {"airspace PE|EC|Denied", "airspace CO|EC|Requested", "airspace BR|EC|Requested",
      "airspace CO|EC|Granted", "airspace BR|EC|Granted", "!airspace CL|*", NULL}},
    {"'Troops from A, B and C serve with the UN force in X': each of the list is deployed",
     NULL,
     "Peacekeepers\n\n"
     "Soldiers from Nepal, Ghana and Fiji serve with the UN force in Lebanon.\n",
     {"deployment NP|LB", "deployment GH|LB", "deployment FJ|LB", NULL}},
    {"'Secretary of National Defense NAME', 'Secretary NAME': titles before a name",
     NULL,
     "Talks\n\n"
     "The accord was signed by Secretary of National Defense Ramon T. Baltazar on Monday. "
     "Later, Secretary Quilantang met General Osorio at the ministry.\n",
     {"person ramon-baltazar", "post ramon-baltazar|Defense Secretary|*", "person quilantang",
      NULL}},
    {"'met X's ambassador in CITY, NAME': the envoy named after the city of the post",
     NULL,
     "Talks\n\n"
     "Ghana's foreign minister, Kofi Adjeibea, met Togo's ambassador in Accra, Komlan "
     "Dogbevi, on Tuesday.\n",
     {"meeting kofi-adjeibea,komlan-dogbevi|*", NULL}},
    {"'Astilleros del Norte (ADN)': a particle of the name may give a letter of its acronym",
     NULL,
     "Yard\n\n"
     "Workers at the Astilleros del Norte (ADN) yard in Gijon gathered on Wednesday. "
     "ADN will build four patrol boats.\n",
     {"org astilleros-del-norte", NULL}},
    {"'the NAME, the lower house of parliament': a one-word legislature's name",
     NULL,
     "Vote\n\n"
     "The treaty must still be ratified by the Vouli, the lower house of parliament, in June. "
     "Ruslan, the family house, was sold.\n",
     {"org vouli", "!org ruslan", NULL}},
    {"Vietnamese names, composed or decomposed: one key with every letter's base",
     NULL,
     "Talks\n\n"
     "General L\xC3\xAA V\xC4\x83n Tr\xE1\xBB\x8Dng met Foreign Minister Anna Keller on Monday.\n\n"
     "Later, General Le\xCC\x82 Va\xCC\x86n Tro\xCC\xA3ng left.\n",
     {"person le-van-trong", "!person *-trng", "!person le-van-tr", NULL}},
    {"'agreed to buy six military transport aircraft from X': an arms deal, not a second, "
     "military coordination one",
     NULL,
     "Planes\n\n"
     "Mongolia has agreed to buy six military transport aircraft from Italy in a deal worth "
     "about $400m, the two countries' defence ministers have announced.\n",
     {"agreement ArmsSupply|IT,MN", "!agreement MilitaryCoordination|*", NULL}},
    {"'a member of the Collective Security Treaty Organization': a treaty's organisation is a "
     "body, no agreement",
     NULL,
     "Ties\n\n"
     "Most of the army's tanks were bought from Russia, and Tajikistan is a member of the "
     "Collective Security Treaty Organization.\n",
     {"!agreement *", NULL}},
    {"'her Latvian and Polish counterparts, A and B': each holds the title, of the country "
     "listed in its turn",
     NULL,
     "Talks\n\n"
     "Estonia's Defence Minister Kadri Tammsaar hosted her Latvian and Polish counterparts, "
     "Ivars Kalnbergs and Tomasz Zawadowski, in Tallinn.\n",
     {"person ivars-kalnbergs", "person tomasz-zawadowski",
      "post ivars-kalnbergs|Defense Minister|LV", "post tomasz-zawadowski|Defense Minister|PL",
      NULL}},
    {"'Chile's Foreign Minister A, Peru's B and Bolivia's C': the title goes on along the list",
     NULL,
     "Talks\n\n"
     "On Monday, Chile's Foreign Minister Ana Valdivieso, Peru's Mario Quispecahua and "
     "Bolivia's Elsa Quenallata Ticona signed a declaration.\n",
     {"person mario-quispecahua", "person elsa-quenallata-ticona",
      "post mario-quispecahua|Foreign Minister|PE", "post elsa-quenallata-ticona|Foreign Minister|BO",
      NULL}},
    {"'Navy spokesperson Commander NAME': the naval rank gives way to the post before it",
     NULL,
     "Ships\n\n"
     "NEW DELHI - Navy spokesperson Commander Ritika Suryavanshi said the ship would leave for "
     "Fiji on Friday.\n",
     {"post ritika-suryavanshi|Spokesperson|*", "!post ritika-suryavanshi|Commander|*", NULL}},
    {"'the boats that the UAE is donating to X's navy', 'craft donated by Y were commissioned "
     "into the Z navy': gifts in a relative clause and in the passive",
     NULL,
     "Boats\n\n"
     "The patrol boats that the UAE is donating to Gambia's navy arrived on Monday. "
     "Two fast craft donated by Japan were commissioned into the Samoan navy on Friday.\n",
     {"arms GM|AE", "arms WS|JP", NULL}},
    {"'\"...,\" said MAOC-N spokesman Commander NAME': an unknown acronym before the title",
     NULL,
     "Drugs\n\n"
     "\"The islands are a parking lot for cocaine,\" said JIATF-S spokesman Commander Teodoro "
     "Vilaseca.\n",
     {"statement teodoro-vilaseca|The islands are a parking lot for cocaine,",
      "!statement -|*", NULL}},
    {"'Speaking on the occasion, Raksha Mantri said: \"...\"': a capitalized post right before "
     "the verb stands for its one holder",
     NULL,
     "Release\n\n"
     "Raksha Mantri Shri Harsh Vardhan Talwarkar held talks with the Prime Minister of Fiji in "
     "Suva on Monday.\n\n"
     "Speaking on the occasion, Raksha Mantri said: \"India stands with Fiji.\"\n",
     {"statement harsh-vardhan-talwarkar|India stands with Fiji.", NULL}},
    {"'North Macedonia and Bulgaria have kept their airspace closed to X aircraft': each of the "
     "list, a two-word name first",
     NULL,
     "Skies\n\n"
     "North Macedonia and Slovakia have kept their airspace closed to Belarusian aircraft since "
     "2022.\n",
     {"airspace MK|BY|Denied", "airspace SK|BY|Denied", NULL}},
    {"'A let X aircraft cross its airspace after B refused': B's refusal of the same flights",
     NULL,
     "Skies\n\n"
     "Niger let Libyan military aircraft cross its airspace after Chad refused. "
     "Benin let Libyan military aircraft cross its airspace after Togo refused to comment.\n",
     {"airspace NE|LY|Granted", "airspace TD|LY|Denied", "airspace BJ|LY|Granted",
      "!airspace TG|*", NULL}},
    {"'X has been invited to send observers to Y': an invitation is no deployment",
     NULL,
     "Observers\n\n"
     "Moldova has been invited to send observers to the joint exercise in Romania but has not "
     "replied.\n",
     {"!deployment *", NULL}},
    {"'Queen Salote Wharf', 'King Tupou Terminal': a royal title opening a wharf's or a "
     "terminal's name is no person's",
     NULL,
     "Port\n\n"
     "The patrol ship berthed at Queen Mata Wharf on Monday, and its crew went ashore at King "
     "Fetu Terminal. President Ji-won Park watched.\n",
     {"!person *wharf*", "!person *terminal*", "!person wharf", "person ji-won-park", NULL}},
    {"a radio site's 'Most listened:' list of other programmes is furniture",
     NULL,
     "Bissau denies base report\n\n"
     "Guinea-Bissau's government on Friday denied a report about a naval base.\n\n"
     "Most listened:\n"
     "1. The Morning Show: Ghana's new finance minister takes questions\n"
     "2. Focus on Africa: Liberia's rubber workers strike\n",
     {"country GW", "!country GH", "!country LR", NULL}},
    {"'A refused a Russian request, a day after it signed a pact with B and C': the "
     "pronoun's clause is A's, factual, and A is its party (not the country named last)",
     NULL,
     "Pact\n\n"
     "TIRANA - Albania has refused a Russian request, a day after it signed an "
     "intelligence-sharing pact with Greece and Bulgaria. Serbia denied that it signed a pact "
     "with Hungary.\n",
     {"agreement IntelligenceSharing|AL,BG,GR", "!agreement *RU*", "!agreement *HU*", NULL}},
    {"'the Forum for Japan-Caribbean Cooperation (FJCC)': an en dash inside an acronym's name",
     NULL,
     "Ties\n\n"
     "Japan has built ties through the Forum for Japan\xE2\x80\x93" "Caribbean Cooperation (FJCC) "
     "for a decade.\n",
     {"org forum-for-japan-caribbean-cooperation", NULL}},
    {"'an arrangement giving Croatian navy ships access to the Montenegrin port of Bar': "
     "basing rights, and the ships are no arms traded",
     NULL,
     "Ports\n\n"
     "Portugal and Morocco also signed an arrangement giving Portuguese navy ships access to the "
     "Moroccan port of Tangier for fuel and repairs.\n",
     {"agreement BasingRights|MA,PT", "!agreement ArmsSupply|*", NULL}},
    {"'reopened its airspace to X aircraft': reopening grants",
     NULL,
     "Skies\n\n"
     "Latvia reopened its airspace to Finnish aircraft on Monday.\n",
     {"airspace LV|FI|Granted", NULL}},
    {"'granted X overflight rights': the country after the verb receives them, the subject "
     "grants",
     NULL,
     "Skies\n\n"
     "Mongolia granted Laos overflight rights on Monday.\n\n"
     "Nepal denied Bhutanese military planes overflight rights.\n\n"
     "Zambia did not grant Malawi overflight clearance.\n",
     {"airspace MN|LA|Granted", "airspace NP|BT|Denied", "airspace ZM|MW|Denied",
      "!airspace LA|*", "!airspace BT|*", "!airspace MW|*", NULL}},
    {"'lifted its ban on X flights over its territory': the ban's end grants, and the "
     "flights' country is the grantee",
     NULL,
     "Skies\n\n"
     "Estonia lifted its ban on Georgian flights over its territory on Monday.\n",
     {"airspace EE|GE|Granted", "!airspace *|Denied", "!airspace GE|*", NULL}},
    {"'President NAME's spokesman, NAME2,': the spokesman of the president's country, not the "
     "dateline's",
     NULL,
     "Visit\n\n"
     "QUITO, May 2, 2031 (Reuters) - Peruvian President Rosa Quillahuaman's spokesman, Diego "
     "Arandaleta, declined to comment.\n",
     {"post rosa-quillahuaman|President|PE", "post diego-arandaleta|Spokesperson|PE",
      "!post diego-arandaleta|Spokesperson|EC", NULL}},
    {"'X is the main supplier of boats to Y', 'Y is a major buyer of Z weapons': the nouns of "
     "selling and buying",
     NULL,
     "Trade\n\n"
     "Portugal is the main supplier of patrol boats to Cape Verde.\n\n"
     "Laos is a major buyer of Vietnamese weapons.\n",
     {"arms CV|PT", "arms LA|VN", NULL}},
    {"'overtook X as the world's biggest arms supplier': a ranking, no transfer",
     NULL,
     "Trade\n\n"
     "Brazil overtook Spain as the world's tenth-biggest arms supplier.\n",
     {"!arms *", NULL}},
    {"'it was not clear whether A would meet B': a question, no meeting",
     NULL,
     "Summit\n\n"
     "Malian President Oumar Traorelli and Guinean President Sekou Kabassidi arrived on "
     "Monday. It was not clear whether Traorelli would meet Kabassidi.\n",
     {"person oumar-traorelli", "person sekou-kabassidi", "!meeting *", NULL}},
    {"'\"...,\" according to NAME.': the quote is the named person's",
     NULL,
     "Talks\n\n"
     "Gambian Foreign Minister Awa Njieborro arrived on Monday. \"The talks were "
     "constructive,\" according to Njieborro.\n",
     {"statement awa-njieborro|The talks were constructive,", NULL}},
    {"'moved troops to its border with X': the neighbour is no place of the deployment",
     NULL,
     "Border\n\n"
     "Tajikistan moved troops to its border with Kyrgyzstan on Monday.\n",
     {"!deployment TJ|KG", NULL}},
    {"'Troops from X arrived in Y': the forces' country after them; not 'will be deployed'",
     NULL,
     "Mission\n\n"
     "Troops from Zambia arrived in Lesotho on Tuesday.\n\n"
     "Soldiers from Botswana will be deployed in Eswatini next year.\n",
     {"deployment ZM|LS", "!deployment BW|*", NULL}},
    {"a review page's list of other books is furniture",
     NULL,
     "Review: Salt Road by Ines Haugvik\n\n"
     "The novel is set in Estonia.\n\n"
     "Also reviewed this week: Fast Roads, a biography of a Peruvian runner.\n\n"
     "Bestsellers this week: 1. Nights in Cusco 2. Salt Road\n",
     {"country EE", "!country PE", NULL}},
    {"'the Chilean poet NAME': a role noun before an unknown name",
     NULL,
     "Obituary\n\n"
     "An obituary of the Chilean poet Orsolya Vandermeer-Quist gave her year of birth as 1941.\n",
     {"person orsolya-vandermeer-quist", NULL}},
    {"a signature: a name in capitals alone on its line over the office alone on the next",
     NULL,
     "Notice\n\n"
     "Notice is hereby given that the agreement was signed at Lima on 2 May 2030.\n"
     "HALVARD OSTBERG\n"
     "Director General\n"
     "Ministry of Foreign Affairs\n",
     {"person halvard-ostberg", NULL}},
    {"'X and Y had been briefed before the signing': a time, no pact of theirs",
     NULL,
     "Briefing\n\n"
     "The Prime Minister said that Brazil and Argentina had been briefed before the signing.\n",
     {"!agreement *", NULL}},
    {"'the Ambassador of Chile to Peru, Ms NAME': the sending state's ambassador",
     NULL,
     "Talks\n\n"
     "The ministers talked in the presence of the Ambassador of Chile to Peru, Ms Ana Urbina.\n",
     {"post ana-urbina|Ambassador|CL", NULL}},
    {"'Bolivian foreign ministry spokesperson NAME' is Bolivia's, though another country's "
     "foreign ministry is named later",
     NULL,
     "Flights\n\n"
     "Bolivian foreign ministry spokesperson Marta Quiroga said the flight was cleared.\n\n"
     "A source at the Paraguayan foreign ministry said Paraguay was not asked.\n",
     {"post marta-quiroga|Spokesperson|BO", NULL}},
    {"'a detachment of 38 Chilean Army personnel ... has been in X since': past the number "
     "to the force; personnel of a named force",
     NULL,
     "Engineers abroad\n\n"
     "A detachment of 38 Chilean Army personnel \xE2\x80\x94 engineers and two medics "
     "\xE2\x80\x94 has been in Lima since 29 August.\n",
     {"deployment CL|lima-pe", NULL}},
    {"'brings the six boats we bought from X': the pronoun of a relative clause, the sentence's "
     "country buys",
     NULL,
     "Patrols\n\n"
     "Uruguay brings the four patrol boats we bought from Norway last year.\n",
     {"arms UY|NO", NULL}},
    {"'I' in a Hansard answer is the minister of the label 'Hon NAME (Minister of X):'",
     NULL,
     "Questions for Oral Answer\n\n"
     "Hon MAREIKE SOLBERG (Minister of Defence): Yes. I met Prime Minister Tobias Rennick in "
     "Oslo on 3 May, and we agreed on the patrols.\n",
     {"meeting mareike-solberg,tobias-rennick|Held", NULL}},
    {"a Hansard's members: 'NAME (Party) to the Minister of X:' in capitals, and a mixed-case "
     "'Name Name:' opening two supplementaries",
     NULL,
     "Questions for Oral Answer\n\n"
     "1. PERCY ODLINGTON (Labour) to the Minister of Fisheries: What is the Ministry doing?\n\n"
     "Hon MAREIKE SOLBERG (Minister of Fisheries): It is counting the boats.\n\n"
     "Ewan Threlkeld: How many boats are there?\n\n"
     "Hon MAREIKE SOLBERG: About forty.\n\n"
     "Ewan Threlkeld: Will there be more?\n",
     {"person percy-odlington", "person ewan-threlkeld", NULL}},
    {"a corrections column's misquote is no statement; a gazette is no person",
     NULL,
     "Corrections and clarifications\n\n"
     "* In an interview published on 2 May, we quoted Peru's Minister of Defence, Carla "
     "Cardenal, as saying \"Peru will never buy foreign submarines.\" What she said was: \"Peru "
     "will not buy foreign submarines without a vote in Congress.\"\n\n"
     "* The decree appeared in the Official Gazette on 3 May, not 4 May.\n",
     {"!statement *never buy*", "statement carla-cardenal|Peru will not buy*",
      "!person *gazette*", NULL}},
    {"forces named in a minister's title move nowhere; a request sent to a country is no "
     "deployment, and the country it was sent to is the one asked",
     NULL,
     "Talks in Lima\n\n"
     "Peruvian Defence Minister Ana Arteaga held talks with General Luis Mora, Minister of the "
     "Armed Forces of the Republic of Ecuador, in Lima on Monday.\n\n"
     "A Chilean request for overflight clearance sent to the Bolivian government had not been "
     "answered by the time the aircraft left.\n",
     {"!deployment *", "airspace BO|CL|Requested", NULL}},
    {"'refused the Chilean overflight request'; the other states of a route told leg by leg "
     "without an airspace word",
     NULL,
     "The long way to Asuncion\n\n"
     "1/ Officials in Santiago say Lima refused the Chilean overflight request on Monday.\n\n"
     "2/ Bolivia was asked too. La Paz never answered.\n\n"
     "3/ The Argentine and Uruguayan clearances came within hours. Brazil granted its "
     "clearance on Tuesday.\n",
     {"airspace PE|CL|Denied", "airspace PE|CL|Requested", "airspace BO|CL|Requested",
      "airspace AR|CL|Granted", "airspace UY|CL|Granted", "airspace BR|CL|Granted", NULL}},
    {"a novel's review: the plot in the present is made up, a dated aside is real; search and "
     "rescue coordinated is no military matter",
     NULL,
     "Review: Salt Road by Ines Haugvik - a spy novel set on the Baltic\n\n"
     "In the novel, Estonia refuses a Russian cargo plane permission to cross its airspace, "
     "and Latvia and Lithuania sign a secret pact to share radar data.\n\n"
     "Last month Latvia and Lithuania signed a real agreement to coordinate search and rescue "
     "at sea.\n",
     {"!airspace *", "!agreement IntelligenceSharing|*", "agreement OtherAgreement|LT,LV",
      "!agreement MilitaryCoordination|*", NULL}},
    {"a corrections column: what an earlier piece said is no fact",
     NULL,
     "Corrections and clarifications\n\n"
     "* A report on 3 May said that Peru had signed a defence pact with Chile. The two "
     "countries have signed nothing.\n\n"
     "* An article on 4 May said that Ecuador had bought two frigates from Italy. No contract "
     "has been signed.\n",
     {"!agreement *", "!arms *", NULL}},
    {"a pact's name in capitals between a country pair and its cue names the parties; military "
     "assistance is an arms supply; an encyclopedia's hatnote points elsewhere",
     NULL,
     "Ecuador-Uruguay Military Assistance Agreement\n\n"
     "Not to be confused with the 2026 Ecuador-Uruguay memorandum on naval training.\n\n"
     "The Ecuador\xE2\x80\x93Uruguay Military Assistance Agreement was signed in Quito on 4 May "
     "2030 by the two defence ministers.\n",
     {"agreement ArmsSupply|EC,UY", "!agreement MilitaryCoordination|*", NULL}},
    {"'the two sides agreed to further strengthen exchanges' is a wish, no pact",
     NULL,
     "Defence talks\n\n"
     "Ecuador's defence minister Rafael Quinteros met Uruguay's defence minister Sofia Lamberti "
     "in Quito on Monday. The two sides agreed to further strengthen exchanges in military "
     "training and to explore cooperation in coastal surveillance.\n",
     {"!agreement *", NULL}},
    {"a list of those present gives each one's country after the title, closed by a semicolon",
     NULL,
     "Port talks\n\n"
     "Present: Hon. Lucas Albornoz, Minister of Fisheries, Uruguay; Hon. Ines Kowalczyk, "
     "Minister of Transport, Poland; journalists from the floor.\n\n"
     "The two ministers spoke about fishing quotas.\n",
     {"post lucas-albornoz|Fisheries Minister|UY", "post ines-kowalczyk|Transport Minister|PL",
      NULL}},
    {"', named NAME' and 'dubbed NAME' name a thing, not a person",
     NULL,
     "Drill\n\n"
     "About 200 Chilean soldiers are due in Peru for the exercise, named Andean Condor, a "
     "Peruvian defence official said. A second drill, dubbed Pacific Lance, follows in May.\n",
     {"!person *condor*", "!person *lance*", "!post *|Official|*", NULL}},
    {"an obituary's 'he' after paragraphs that name no one is its subject, not the last speaker",
     NULL,
     "Colonel Ama Boateng, who led the first battalion into Juba, dies at 80\n\n"
     "Colonel Ama Boateng died on Monday in Kumasi. Boateng joined the army in 1966.\n\n"
     "Petra Lindqvist, a retired Swedish officer, remembered her. \"He was calm under fire,\" "
     "Lindqvist said.\n\n"
     "In 1993 he led the battalion ashore and his men held the port.\n\n"
     "\"We landed with old maps,\" he told this newspaper in 2010. Boateng later farmed "
     "cocoa.\n",
     {"statement ama-boateng|We landed with old maps*", "!statement petra-lindqvist|We landed*",
      NULL}},
    {"a Defence Secretary with no country in a report naming Britain is Britain's",
     NULL,
     "Marines in the Arctic\n\n"
     "About 900 British commandos began arriving in Finland on Monday. The Defence Secretary, "
     "Harriet Coleby, flew to Rovaniemi to meet them.\n",
     {"post harriet-coleby|Defence Secretary|GB", NULL}},
    {"companies told by what they run or publish; an agency described before its name",
     NULL,
     "Campaign\n\n"
     "Senator Ana Ruiz leads the latest Norvik Research survey, figures published by the "
     "investment promotion agency Invertia showed. The team flew in on a chartered Air Tarvo "
     "flight.\n",
     {"org norvik-research", "org invertia", "org air-tarvo", NULL}},
    {"'the TITLE' opening a meeting's sentence is the one holder of the post; 'Rt. Hon.' ends no "
     "sentence",
     NULL,
     "Visit\n\n"
     "1. The Rt. Hon. Oliver Penhale MP, Secretary of State for Foreign, Commonwealth and "
     "Development Affairs of the United Kingdom, paid an official visit to Peru.\n\n"
     "2. On the same day, the Foreign Secretary paid a courtesy call on Rt. Hon. Juan Torres, "
     "Prime Minister of Peru, at his office in Lima.\n",
     {"meeting juan-torres,oliver-penhale|*", "person juan-torres", "!person *rt-hon*", NULL}},
    {"a parliament's written answers: the ministers are of the parliament's country",
     NULL,
     "Parliament of Cyprus | Written Answers\n\n"
     "Sitting 44\n\n"
     "Asked by: Hon. Andreas Kyprianou\n\n"
     "Answer:\n"
     "Hon. Eleni Georgiou Markou (Minister for Foreign and European Affairs and Trade):\n"
     "The Ministry received 12 requests from Egypt and Greece.\n\n"
     "Hon. Nikos Petrou (Minister for Home Affairs, National Security and Defence):\n"
     "I refer the Hon. Member to my earlier reply.\n",
     {"post eleni-georgiou-markou|Foreign Minister|CY", "post nikos-petrou|Defense Minister|CY",
      NULL}},
    {"a Romance particle inside an institution's name",
     NULL,
     "Race tightens\n\n"
     "Analyst Rosa Lim of the Colegio de Lima University said the race was open.\n",
     {"org colegio-de-lima-university", "!org lima-university", NULL}},
    {"a corps or command of a named force is one unit, not the force and a second body",
     NULL,
     "History\n\n"
     "Ties began with the Peruvian Armed Forces Medical Corps in the 1995 mission, and the "
     "Chilean Air Force Logistics Command helped.\n",
     {"org pe-armed-forces-medical-corps", "!org medical-corps", "!org pe-armed-forces",
      "!org logistics-command", NULL}},
    {"the British Army's corps by name",
     NULL,
     "Engineers arrive\n\n"
     "A team of the British Army's Royal Engineers has been in Accra since Tuesday, and Royal "
     "Marines trained in Ghana.\n",
     {"org royalengineers", "org royalmarines", NULL}},
    {"a deployment's place is not the subject of a new clause",
     NULL,
     "Royal Marines return to the Arctic as Sweden opens its skies to RAF transports\n\n"
     "About 1,200 Royal Marines began arriving in northern Norway on Monday for a winter "
     "deployment.\n\n"
     "French warplanes land in Larnaca as Greece signs base access deal with France\n",
     {"!deployment GB|SE", "deployment GB|NO", "deployment FR|larnaca-cy", "!deployment FR|GR",
      NULL}},
    {"the British foreign ministry under its present name, with '&' or 'and'",
     NULL,
     "Grant for Ghana\n\n"
     "From: Foreign, Commonwealth & Development Office\n\n"
     "The Foreign, Commonwealth and Development Office said on Monday that Ghana would get the "
     "grant.\n",
     {"org foreignoffice", "!org *development-office*", NULL}},
    {"a village headman known by one name",
     NULL,
     "Floods\n\n"
     "Village Headman Chabwera of Nsanje said the water rose fast. \"We lost the goats,\" he "
     "said. Paramount Chief Lundu thanked Malawi's army.\n",
     {"person chabwera", "statement chabwera|We lost the goats*", "person lundu",
      "post chabwera|Village Headman|*", NULL}},
    {"family-name-first names by their shape; a sport's role before a name",
     NULL,
     "Friendly in Jakarta\n\n"
     "Choe Un-suk scored first for the visitors, and Trịnh Thị Lan equalised for the hosts. "
     "Indonesian goalkeeper Putri Wulandari Sari saved a penalty.\n\n"
     "The Mongolian coach, Batbayar Tsogtbaatar, praised the crowd. \"We learned a lot,\" he "
     "told reporters.\n\n"
     "The squad later toured Gyeonggi-do and Jeju on Sunday.\n",
     {"person choe-un-suk", "person tr*-lan", "person putri-wulandari-sari",
      "person batbayar-tsogtbaatar", "statement batbayar-tsogtbaatar|We learned a lot*",
      "!person gyeonggi*", NULL}},
    {"'Ma.' opening a Filipino name after 'Gov.' is no sentence end; 'Jack Ma.' still is",
     NULL,
     "Rally\n\n"
     "Cebu Gov. Ma. Teresa Olivarez, at 30 percent, held rallies in Toledo on Monday. "
     "Sen. Ramon Buenaflor drew a crowd. The rival's backer was Jack Ma. The market fell.\n",
     {"person ma-teresa-olivarez", "post ma-teresa-olivarez|Governor|*",
      "person ramon-buenaflor", "post ramon-buenaflor|Senator|*", "!person teresa-olivarez",
      NULL}},
    {"the British Foreign Secretary's formal title with its portfolio",
     NULL,
     "Visit to Ghana\n\n"
     "The Rt. Hon. Oliver Penhale MP, Secretary of State for Foreign, Commonwealth and "
     "Development Affairs of the United Kingdom, paid an official visit to Ghana on Monday.\n",
     {"post oliver-penhale|Foreign Secretary|GB", "!post oliver-penhale|Secretary of State|*",
      NULL}},
    {"a language after 'in' or 'from the' before a small word is no country",
     NULL,
     "Harvest report\n\n"
     "Translated from the Portuguese by our desk\n\n"
     "The report on Chile's harvest was first published in German in a weekly in Santiago.\n",
     {"country CL", "!country PT", "!country DE", NULL}},
    {"a state's official name with its initials in brackets is the country, no organisation",
     NULL,
     "Cup qualifier\n\n"
     "Peru drew 1-1 with the Lao People's Democratic Republic (Lao PDR) in Lima, and Chile beat "
     "the Democratic Republic of the Congo (DRC) and the Democratic People's Republic of Korea "
     "(DPRK) in Santiago.\n",
     {"country LA", "country CD", "country KP", "!org *", NULL}},
    {"a list of portfolios closed by a name, or by a comma, is the title as written",
     NULL,
     "Ministers meet\n\n"
     "On Saturday, Minister of Culture, Sports and Tourism Tomas Varga received Estonia's "
     "Minister of Physical Culture and Sports, Kadri Lepik, in Budapest.\n",
     {"post tomas-varga|Minister of Culture, Sports and Tourism|-",
      "post kadri-lepik|Minister of Physical Culture and Sports|EE", "!person sports",
      "!post *|Culture Minister|*", NULL}},
    {"parliamentary answers: Hon. NAME (long portfolio): the defence or foreign minister",
     NULL,
     "Written answers\n\n"
     "Asked by: Hon. Marta Zammit Felice\n\n"
     "Answer:\n"
     "Hon. Pietro Calleja Brincat (Minister for Foreign and European Affairs and Trade):\n"
     "The Ministry of Cyprus received 12 requests.\n\n"
     "Hon. Nadia Spiteri (Minister for Home Affairs, National Security and Defence):\n"
     "I refer the Hon. Member to my earlier reply.\n",
     {"person marta-zammit-felice", "post pietro-calleja-brincat|Foreign Minister|*",
      "post nadia-spiteri|Defense Minister|*", "!post nadia-spiteri|Home Affairs Minister|*",
      "!person member", NULL}},
    {"a portfolio minister in apposition after Hon.; an upper-case dateline places it",
     NULL,
     "Relief goes on\n\n"
     "ACCRA, 12 MARCH 2030 (Agency) -- Government has stepped up road repairs in the north of Ghana.\n\n"
     "Minister of Homeland Security, Hon. Kwame Asante, who toured the sites on Monday, said "
     "gravel was on its way.\n",
     {"post kwame-asante|Minister of Homeland Security|GH", NULL}},
    {"a capital alone on its line, under the byline, opens the report",
     NULL,
     "Ministry says overflight was cleared\n\n"
     "Lakshmi Iyer\n"
     "NEW DELHI\n\n"
     "India granted clearance to a Japanese aircraft bound for Sri Lanka, the ministry said. "
     "Defence Minister Shri Arjun Mehra Rao was not available for comment.\n",
     {"post arjun-mehra-rao|Defense Minister|IN", NULL}},
    {"a dateline in capitals with an accented letter",
     NULL,
     "Exports rise\n\n"
     "BOGOTÁ \u2014 Exports of flowers rose 9% in May, and Colombia hopes for more. "
     "Foreign Trade Minister Lucia Arango Pineda met Chile's trade minister, Tomas Vidal, "
     "on Friday.\n",
     {"post lucia-arango-pineda|Foreign Trade Minister|CO", NULL}},
    {"the Rt Hon NAME MP: the seat after the name gives way to the apposition",
     NULL,
     "Visit to Ghana\n\n"
     "1. The Rt. Hon. Miriam Ashcombe MP, Secretary of State for Defence of the United Kingdom, "
     "paid a visit to Ghana.\n\n"
     "2. At the invitation of the Minister for Foreign Affairs of Ghana, Hon. Kofi Mensah Appiah, "
     "the Foreign Secretary of the United Kingdom, the Rt Hon Edmund Fairleigh MP, visited Accra. "
     "Gordon Pryce MP said he welcomed it.\n",
     {"person miriam-ashcombe", "!post miriam-ashcombe|Member of Parliament|*",
      "post kofi-mensah-appiah|Foreign Minister|GH", "!post kofi-mensah-appiah|*|GB",
      "person edmund-fairleigh", "!post edmund-fairleigh|Member of Parliament|*",
      "post gordon-pryce|Member of Parliament|*", NULL}},
    {"a family name of Al- and a city's name; two honorifics after the post; a colon ends a "
     "dateline",
     NULL,
     "Minister back home\n\n"
     "DOHA, Nov 13: First Deputy Prime Minister and Minister of Defence His Highness Sheikh "
     "Hamad Nasser Al-Sharjah returned home on Tuesday from Rome, where he met Italian officials "
     "and signed a deal for Qatar.\n",
     {"person hamad-nasser-sharjah", "post hamad-nasser-sharjah|Defense Minister|QA",
      "!place sharjah*", "!person doha", NULL}},
    {"Administration heads a body's name of two words or more, not a government's by its "
     "leader; a number is no part of a name",
     NULL,
     "Boats arrive\n\n"
     "The Ostrava Administration said on Monday that the National Irrigation Administration "
     "of Peru would help. Three Botswana Defence Force helicopters arrived on Tuesday.\n",
     {"org national-irrigation-administration*", "!org ostrava-administration",
      "!org three-botswana-defence-force", "org botswana-defence-force", NULL}},
    {"dateline country for an unqualified post; generic title folded",
     NULL,
     "Lisbon signs radar deal\n\n"
     "LISBON, 4 May 2027 (Agency) - Portugal signed a radar deal with Spain on Monday. "
     "Defence Minister Rui Tavares Costa said the radars would arrive next year. "
     "\"It is a good day for the navy,\" Minister Costa said.\n",
     {"post rui-tavares-costa|Defense Minister|PT", "!post rui-tavares-costa|Minister|-",
      "!post rui-tavares-costa|Defense Minister|-",
      "statement rui-tavares-costa|It is a good day for the navy,", NULL}},
    {"letters beyond Latin-1 capitalize; comma-below letters fold",
     NULL,
     "Talks in Ljubljana\n\n"
     "Slovenia's foreign minister, Živa Štrukelj, met Bulgaria's foreign minister, "
     "Ștefana Țonev, on Friday. \"We agreed on everything,\" Štrukelj said.\n",
     {"person ziva-strukelj", "post ziva-strukelj|Foreign Minister|SI",
      "person stefana-tonev", "post stefana-tonev|Foreign Minister|BG",
      "statement ziva-strukelj|We agreed on everything,", "!person ziva", NULL}},
    {"title of the country in apposition, counterpart with a title",
     NULL,
     "Ministers sign\n\n"
     "The deal was signed by the Minister of Defence of the Republic of Moldova, Ion Rusnac, and "
     "the Minister of National Defence, Petra Albu. Albu later met her Georgian counterpart, "
     "Defence Minister Nodar Khvichia, in Tbilisi.\n",
     {"post ion-rusnac|Defense Minister|MD", "!post petra-albu|Defense Minister|MD",
      "post petra-albu|Defense Minister|-", "post nodar-khvichia|Defense Minister|GE", NULL}},
    {"city as a surname after a title; family names of a longer name",
     NULL,
     "Jets for the air force\n\n"
     "Colonel Tomas Quito, who leads the procurement office, said the jets would arrive in May. "
     "\"The pilots are ready,\" Quito said. Minister Ana Maria Duarte de Souza signed the deal; "
     "Duarte de Souza called it historic.\n",
     {"person tomas-quito", "statement tomas-quito|The pilots are ready,",
      "person ana-maria-duarte-souza", "!person duarte-souza", NULL}},
    {"okina inside a name; portfolio minister",
     NULL,
     "Fiji and Tuvalu sign\n\n"
     "Fiji's Health Minister, Mele Fonuaʻeva, signed the accord on Monday. "
     "\"This helps every island,\" Fonuaʻeva said.\n",
     {"person mele-fonuaeva", "post mele-fonuaeva|Health Minister|FJ",
      "statement mele-fonuaeva|This helps every island,", NULL}},
    {"a counterpart named without a comma; a host receiving a counterpart",
     NULL,
     "Talks\n\n"
     "Portuguese Foreign Minister Rui Valente held talks with his Moroccan counterpart Karim "
     "Idrissi in Lisbon on Monday. The Minister for Foreign Affairs, Samuel Boateng, today "
     "received his Ivorian counterpart, Leon Kouame, at the Ministry in Accra.\n",
     {"person karim-idrissi", "post karim-idrissi|Foreign Minister|MA",
      "meeting karim-idrissi,rui-valente|Held", "meeting leon-kouame,samuel-boateng|Held", NULL}},
    {"receiving a letter or welcoming a decision is no meeting",
     NULL,
     "Letters\n\n"
     "Foreign Minister Samuel Boateng received a letter from President Ana Lopez on Monday. "
     "Boateng welcomed President Lopez's decision.\n",
     {"person samuel-boateng", "!meeting*", NULL}},
    {"a ministerial portfolio list is no person; the state's formal style",
     NULL,
     "Visit\n\n"
     "The Minister of Foreign Affairs, Trade and Development of the Federal Democratic Republic "
     "of Nepal, H.E. Amalia Rana, arrived on Monday.\n\n"
     "Marcus Baptiste (Minister for National Security, Immigration and Border Control): "
     "The checks will go on.\n\n"
     "The accord bears the signature of the Minister of National Security of Saint Kitts and "
     "Nevis, Hon. Trevor Dowe.\n",
     {"post amalia-rana|Foreign Minister|NP", "post marcus-baptiste|National Security Minister|-",
      "post trevor-dowe|National Security Minister|KN",
      "!person trade*", "!person development*", "!person public*", "!person h-e*",
      NULL}},
    {"a minister's arrival is a visit; troops arriving are deployed",
     NULL,
     "Arrivals\n\n"
     "Ugandan Defence Minister Jacob Okello arrived in Nairobi on Monday. About 300 Kenyan troops "
     "arrived in Somalia on Tuesday.\n",
     {"deployment KE|SO", "!deployment UG*", NULL}},
    {"a hedge in another clause does not touch a fact told as done",
     NULL,
     "Troops\n\n"
     "Romania said it was considering a similar purchase, while Norway has already deployed 200 "
     "soldiers to Lithuania.\n",
     {"deployment NO|LT", NULL}},
    {"decisions on requests, a country's air force, aircraft of a force, a request told after 'added that'",
     NULL,
     "Airspace\n\n"
     "Kenya denied Sudan's request to use its airspace for a military cargo flight. "
     "Kazakhstan has granted Uzbekistan's air force permission to fly through its airspace. "
     "The jets of the Air Force of Botswana were granted overflight of the territory and waters "
     "of Namibia. Officials said the deal would help and added that Mali had also "
     "asked Senegal for permission for its drones to fly over the border region.\n",
     {"airspace KE|SD|Denied", "!airspace -|SD|Requested", "airspace KZ|UZ|Granted",
      "airspace NA|BW|Granted", "airspace SN|ML|Requested", NULL}},
    {"a post's country through a lower-case body, an opening place, a country after the name",
     NULL,
     "Reactions\n\n"
     "A Finnish interior ministry spokeswoman, Laila Virtanen, said the talks went well. "
     "In Bamako, government spokesman Oumar Traore said the border was calm. "
     "Ghana's Vice President Ama Owusu met President Tunde Bello of Nigeria in Abuja. "
     "The boats sailed at dawn from the port, Lima's defence minister, Ana Soto, told reporters.\n",
     {"post laila-virtanen|Spokesperson|FI", "post oumar-traore|Spokesperson|ML",
      "post ana-soto|Defense Minister|PE",
      "post tunde-bello|President|NG", "!post tunde-bello|President|GH", NULL}},
    {"a demonym of two states: the one the article names",
     NULL,
     "Exercise\n\n"
     "Brazzaville sent two boats to the joint patrol. The Congolese navy's spokesman, Colonel "
     "Paul Itoua, said the crews were ready.\n",
     {"post paul-itoua|Spokesperson|CG", "!country CD", NULL}},
    {"a weapon bought from a seller; the two met; signatories after a meeting",
     NULL,
     "Ceremonies\n\n"
     "Peru's navy on Friday commissioned a corvette bought from Italy. "
     "The tank deal was signed by Defence Minister Tomas Novak and by Poland's deputy defence "
     "minister, Anna Kowal. The two met for two hours. The border pact was signed on "
     "Monday by Spain's interior minister, Luis Ortega, and Portugal's Secretary of State for "
     "Internal Affairs, Rita Sousa, after a meeting at the ministry.\n",
     {"arms PE|IT", "meeting anna-kowal,tomas-novak|Held", "meeting luis-ortega,rita-sousa|Held",
      "post rita-sousa|Secretary of State for Internal Affairs|PT", NULL}},
    {"a hard-wrapped paragraph; a country word as a surname after Lt Cdr",
     NULL,
     "Coast guards\n\n"
     "For-\neign Minister Trevor Dowe signed the plan on Monday.\n\n"
     "\"Three boats\non one schedule will cover\nmore sea than five,\" Dowe said.\n\n"
     "Lt Cdr Desmond Chad, who commands the flotilla, said the crews were ready.\n",
     {"statement trevor-dowe|Three boats on one schedule will cover more sea than five,",
      "post trevor-dowe|Foreign Minister|-", "person desmond-chad", "!country TD", NULL}},
    {"forces: a country's navy after its possessive, a demonym's coast guard, a country name with 'and', 'of X'",
     NULL,
     "Navies\n\n"
     "Sierra Leone's navy and the Liberian coast guard will patrol together, and the "
     "Trinidad and Tobago Defence Force sent a boat. The Air Force of Botswana flew. "
     "Chile's military build-up worries Peru.\n",
     {"org sl-navy", "org lr-coast-guard", "org trinidad-and-tobago-defence-force",
      "org air-force-of-botswana", "!org tobago*", "!org cl-military*", NULL}},
    {"a hard-wrapped text: lines in a block are one paragraph, whatever they start with",
     NULL,
     "Coast guards\n\n"
     "The plan was signed by\nForeign Minister Trevor Dowe\nand his counterpart on\n"
     "Monday in the capital.\n\n"
     "\"The crews train together.\nWhat they lacked was\na shared radio net,\" Dowe said.\n\n"
     "The boats will sail\nnext week from the\nnorthern port of the\nisland, officials said.\n",
     {"statement trevor-dowe|The crews train together. What they lacked was a shared radio "
      "net,", NULL}},
    {"talks that also included a third minister",
     NULL,
     "Air safety\n\n"
     "Norway's transport minister, Ola Berg, and Sweden's transport minister, Eva Lind, "
     "signed the accord after talks that also included Finland's Minister for Transport, "
     "Timo Koski.\n",
     {"meeting eva-lind,ola-berg,timo-koski|Held", NULL}},
    {"follow-up permissions with the grantor told before",
     NULL,
     "Airspace\n\n"
     "Kazakhstan has granted Uzbekistan's air force permission to fly through its airspace. "
     "Tajikistan was refused permission for a transit flight in January. He added that "
     "Kyrgyzstan had asked for similar access but that no decision had been taken. "
     "Mongolia was refused entry at the border talks.\n",
     {"airspace KZ|UZ|Granted", "airspace KZ|TJ|Denied", "airspace KZ|KG|Requested",
      "!airspace *|MN|*", NULL}},
    {"a transcript's speaker tags with a role after the name",
     NULL,
     "Evening news\n\n"
     "ELENA MORARU, ANCHOR: Good evening. Our top story is the radar deal.\n\n"
     "PAVEL CEBAN, DEFENCE CORRESPONDENT: Thank you, Elena.\n\n"
     "MORARU: What exactly is the country getting?\n\n"
     "CEBAN: Three sets. Minister Ion Vasilescu was very direct. He told us, quote, \"The new "
     "sets will see the whole border,\" end quote.\n",
     {"person elena-moraru", "person pavel-ceban",
      "statement ion-vasilescu|The new sets will see the whole border,",
      "!statement pavel-ceban*", NULL}},
    {"quote-only paragraphs after an introduction; the title said",
     NULL,
     "On the border\n\n"
     "Major General Aldo Ferreira, who commands the border brigade, met journalists at the base.\n\n"
     "\"We patrol every night and we will keep doing it until the smugglers stop coming.\"\n\n"
     "Ferreira later met Rosa Vidal, who has served as the regional governor since 2020.\n\n"
     "\"We welcome the soldiers as long as they respect the farmers,\" the governor said.\n",
     {"statement aldo-ferreira|We patrol every night and we will keep doing it until the "
      "smugglers stop coming.",
      "statement rosa-vidal|We welcome the soldiers as long as they respect the farmers,", NULL}},
    {"arms: took delivery, long item, deal for demonym-made aircraft",
     NULL,
     "Peru buys jets\n\n"
     "Peru has agreed to buy eight KF-21 Boramae multirole combat aircraft from South Korea, "
     "officials said. Chile took delivery in May of 40 armoured personnel carriers bought from "
     "Finland. Ecuador signed a deal for four Spanish patrol boats.\n",
     {"arms PE|KR", "agreement ArmsSupply|KR,PE", "arms CL|FI", "arms EC|ES", NULL}},
    {"agreement: passive signers, agreed to give, air traffic, berth",
     NULL,
     "Fiji and Palau sign air-traffic accord\n\n"
     "The accord was signed in Suva by Fiji's transport minister, Jone Naivalu, and Palau's "
     "minister of state, Ruth Ngirmang. Oman has agreed to give India's navy a berth at the "
     "port of Duqm.\n",
     {"agreement AirSafety|FJ,PW", "agreement BasingRights|IN,OM", NULL}},
    {"airspace: granted it permission, grantor-less copy, semicolons",
     NULL,
     "Flights rerouted\n\n"
     "Laos refused to let a Thai air force transport plane cross its airspace. "
     "The aircraft later reached Vietnam after Cambodia granted it permission to cross its "
     "airspace. Poland sends troops to Latvia; Norway opens its skies to Danish aid flights.\n",
     {"airspace LA|TH|Denied", "airspace KH|TH|Granted", "!airspace VN|TH|Granted",
      "airspace NO|DK|Granted", "!airspace PL|DK|Granted", NULL}},
    {"meeting: the three ministers",
     NULL,
     "Pact signed\n\n"
     "The treaty was signed in Lisbon by the Minister of Defence of Portugal, Joana Ferreira, "
     "the Minister of Defence of Spain, Pablo Ortega, and the Minister of Defence of Italy, "
     "Marco Bellini. The three ministers met for two hours before the ceremony.\n",
     {"meeting joana-ferreira,marco-bellini,pablo-ortega|Held", NULL}},
    {"title, apposition, honorific",
     "2021-03-04",
     "Ministers meet in Berlin\n\n"
     "German Defence Minister Anna Keller met Rohan Mehta, India's foreign minister, in Berlin "
     "on Tuesday. Mr Mehta said the talks were useful.\n",
     {"person anna-keller", "post anna-keller|Defense Minister|DE", "person rohan-mehta",
      "post rohan-mehta|Foreign Minister|IN", "meeting anna-keller,rohan-mehta|Held",
      "date meeting anna-keller,rohan-mehta|Held 2021-03-02", "place berlin-de", "country DE",
      "country IN", "!person mehta", NULL}},
    {"apposition before the name, transliteration",
     NULL,
     "Talks in Moscow\n\n"
     "Russia's deputy foreign minister, Dmitry Volkov, said talks would resume. "
     "Dmitri Volkov did not give a date.\n",
     {"person dmitri-volkov", "!person dmitry-volkov", "country RU", NULL}},
    {"person named like a country, its airspace",
     NULL,
     "Jordan closes airspace\n\n"
     "Reporter Jordan Mills said Jordan closed its airspace to Syrian military flights.\n",
     {"person jordan-mills", "country JO", "airspace JO|SY|Denied", "!airspace JO|SY|Granted",
      NULL}},
    {"title without a name, lower-case us, IS",
     NULL,
     "Officials speak\n\n"
     "A senior State Department official told us that IS fighters had withdrawn.\n",
     {"org statedept", "org isis", "!country US", "!country IS", NULL}},
    {"agreement, announcer, second unrelated agreement",
     "2022-05-02",
     "Egypt and Saudi Arabia to share intelligence\n\n"
     "Egypt and Saudi Arabia agreed on Sunday to share intelligence on smuggling, the Egyptian "
     "Foreign Ministry said.\n\nEgypt also signed an arms deal with France on Monday.\n",
     {"agreement IntelligenceSharing|EG,SA", "agreement ArmsSupply|EG,FR",
      "org eg-foreign-ministry", "date agreement IntelligenceSharing|EG,SA 2022-05-01",
      "!agreement IntelligenceSharing|EG,FR,SA", NULL}},
    {"denied, hypothetical and unfinished agreements",
     NULL,
     "No pact\n\n"
     "Officials in Cairo denied reports that Egypt had agreed to share intelligence with Israel. "
     "Australia could theoretically join a pact with Japan and India. "
     "Talks on a similar arrangement between Chile and Peru are continuing.\n",
     {"!agreement IntelligenceSharing|EG,IL", "!agreement OtherAgreement|AU,IN,JP",
      "!agreement OtherAgreement|CL,PE", "country AU", NULL}},
    {"quotes after, before, missing opening mark, scare quotes",
     NULL,
     "Border stays shut\n\n"
     "\"We will not allow it,\" said Lebanese Foreign Minister Karim Nasser.\n\n"
     "Nasser said: \"The border stays closed until further notice.\"\n\n"
     "The so-called \"peace\" plan was discussed.\n\n"
     "It is not a question of money,\u201d he said.\n",
     {"statement karim-nasser|We will not allow it,",
      "statement karim-nasser|The border stays closed until further notice.",
      "statement karim-nasser|It is not a question of money,", "!statement -|peace",
      "post karim-nasser|Foreign Minister|LB", NULL}},
    {"arms, deployment, negated deployment",
     NULL,
     "Jets and troops\n\n"
     "India is buying 36 fighter jets from France. Turkey deployed 500 troops to Qatar. "
     "Germany has not sent troops to Mali.\n",
     {"arms IN|FR", "deployment TR|QA", "!deployment DE|ML", NULL}},
    {"requested, granted and used airspace",
     NULL,
     "Overflights\n\n"
     "Washington asked Greece to deny overflight permission to Russian aircraft. "
     "Romania granted Polish transport planes permission to cross Romanian airspace. "
     "Hungarian jets crossed Slovak airspace on Friday.\n",
     {"airspace GR|RU|Requested", "airspace RO|PL|Granted", "airspace SK|HU|Granted", NULL}},
    {"planned meeting",
     NULL,
     "Summit planned\n\n"
     "Kenyan President Daniel Otieno will meet Tanzanian President Grace Mushi in Arusha next "
     "week.\n",
     {"meeting daniel-otieno,grace-mushi|Planned", "!meeting daniel-otieno,grace-mushi|Held",
      "post grace-mushi|President|TZ", NULL}},
    {"dates: weekday, month-day, yesterday against the publication date",
     "2015-09-27",
     "Ministers meet\n\n"
     "Chilean Foreign Minister Rosa Ibarra met Peruvian Foreign Minister Hugo Salas in Lima on Sept. 15. "
     "Ibarra met Norwegian Foreign Minister Kari Lunde yesterday. "
     "Salas met Lunde on Friday.\n",
     {"date meeting hugo-salas,rosa-ibarra|Held 2015-09-15",
      "date meeting kari-lunde,rosa-ibarra|Held 2015-09-26",
      "date meeting hugo-salas,kari-lunde|Held 2015-09-25", NULL}},
    {"no publication date: no guessed dates",
     NULL,
     "Ministers meet\n\n"
     "Chilean Foreign Minister Rosa Ibarra met Peruvian Foreign Minister Hugo Salas on Tuesday.\n",
     {"meeting hugo-salas,rosa-ibarra|Held", "!date *", NULL}},
    {"organizations: patterns, known aliases, coreference, classes",
     NULL,
     "Ministries speak\n\n"
     "Italy's Ministry of Defence confirmed the sale. The Turkish Foreign Ministry said no. "
     "Later the Foreign Ministry added a note, the Ghana News Agency reported. "
     "Daesh fighters, known as ISIL or IS, withdrew. The Bank of England was not involved.\n",
     {"org it-ministry-of-defence", "org tr-foreign-ministry", "!org foreign-ministry",
      "org ghana-news-agency", "org isis", "org bank-of-england", "!country IS", "country IT",
      "country TR", NULL}},
    {"coalition membership, quoted and rumoured agreements",
     NULL,
     "Coalition\n\n"
     "The Pentagon counts Peru as a key member of the U.S.-led coalition. Chile has joined NATO. "
     "\u201cWe signed a pact with Bolivia last year,\u201d said Chilean Foreign Minister Rosa Ibarra. "
     "According to unconfirmed reports, Ecuador and Colombia agreed to share intelligence.\n",
     {"member PE|uscoalition", "member CL|nato", "!agreement *",
      "statement rosa-ibarra|We signed a pact with Bolivia last year,", NULL}},
    {"organizations named like people are not people",
     NULL,
     "Rights groups\n\n"
     "Human Rights Watch said the Kestrel Policy Network had reported the deal first.\n",
     {"org hrw", "org kestrel-policy-network", "!person human-rights-watch",
      "!person kestrel-policy-network", NULL}},
    {"organization names containing a country, demonym + government",
     NULL,
     "Banks\n\n"
     "The Bank of Korea raised rates, and the Japanese government said it would respond.\n",
     {"!org japanese-government", "country JP", NULL}},
    {"a country word as a titled person's surname",
     NULL,
     "Navy update\n\n"
     "About 40 sailors arrived on Monday, said Captain Tom Chad, a spokesman for the navy. "
     "\u201cThey are there to help,\u201d Chad said.\n",
     {"person tom-chad", "!country TD", "statement tom-chad|They are there to help,", NULL}},
    {"the month May is no hedge; a similar request refused in a second clause",
     NULL,
     "Overflights\n\n"
     "SANTIAGO, 12 May 2025 (Wire) \u2014 Peru has given Chilean military aircraft permission "
     "to cross its airspace, but Bolivia has refused a similar request, officials said.\n",
     {"airspace PE|CL|Granted", "airspace BO|CL|Denied", NULL}},
    {"a denied report states no agreement",
     NULL,
     "Denial\n\n"
     "Kenya's foreign ministry denied a newspaper report that it had agreed to share "
     "intelligence with Ghana. A Nairobi daily reported last week that Kenya had signed an "
     "intelligence pact with Ghana.\n",
     {"!agreement *", NULL}},
    {"a claim called untrue, sharing a border",
     NULL,
     "Neighbours\n\n"
     "The claim that Norway had refused permission for Swedish jets to cross its airspace was "
     "untrue, the ministry said. Norway, which shares a long border with Sweden, welcomed "
     "the plan.\n",
     {"!airspace *", "!agreement *", NULL}},
    {"an arms purchase contract, a maker's demonym",
     NULL,
     "Ships\n\n"
     "Peru has signed a contract to buy four patrol vessels from Spain. "
     "Ghana bought six Turkish drones last year.\n",
     {"arms PE|ES", "agreement ArmsSupply|ES,PE", "arms GH|TR", NULL}},
    {"an agreement on a topic named after its partner",
     NULL,
     "Border\n\n"
     "Chile signed an agreement with Peru on joint border security on Monday.\n",
     {"agreement SecurityCooperation|CL,PE", "!agreement OtherAgreement*", NULL}},
    {"a request from a country to fly over another's territory",
     NULL,
     "Flights\n\n"
     "A request from Ghana for two of its transport aircraft to fly over Togolese territory is "
     "under consideration.\n",
     {"airspace TG|GH|Requested", "!airspace -|GH|Requested", NULL}},
    {"a person introduced with who; a straight quote across paragraphs",
     NULL,
     "Analysis\n\n"
     "Lucia Varela, who runs a research programme in Lima, put it more bluntly. "
     "\u201cIt is a fragile deal with many enemies,\u201d she said.\n\n"
     "\"Distance helps,\" said Ivan Petrov, a researcher. \"The second sentence runs on.\n\n"
     "\"And the third one ends here.\"\n",
     {"person lucia-varela", "statement lucia-varela|It is a fragile deal with many enemies,",
      "statement ivan-petrov|The second sentence runs on.", NULL}},
    {"an organization opened by a word that is no name alone; a second head noun",
     NULL,
     "Harbours\n\n"
     "Ruth Vega, a spokeswoman for the Pacific Harbour Council, said the Coastal Police Force "
     "had been told.\n",
     {"org pacific-harbour-council", "!org harbour-council", "org coastal-police-force",
      "!org coastal-police", NULL}},
    {"a country's ministry named with a possessive",
     NULL,
     "Ministries\n\n"
     "Chile's defence ministry denied the report on Friday.\n",
     {"org cl-defence-ministry", "country CL", NULL}},
    {"a post whose title runs to five words",
     NULL,
     "Command\n\n"
     "The agreement was signed by Portugal's Minister of the Armed Forces, Ana Duarte, in Lisbon.\n",
     {"post ana-duarte|Defense Minister|PT", "!org *armed-forces", NULL}},
    {"a rank-like title and a post in apposition: both posts",
     NULL,
     "Relief flights\n\n"
     "Canadian aircraft reached Fiji on Monday, said Commander Lea Moreau, a spokeswoman for "
     "Canada's navy.\n",
     {"post lea-moreau|Spokesperson|CA", NULL}},
    {"a family name written first, then alone",
     NULL,
     "Hotline\n\n"
     "Malaysia's Defence Minister Lim Hoa Binh met Thai officials in Bangkok on Monday. "
     "\u201cOne sea, one set of rules,\u201d Lim said.\n",
     {"statement lim-hoa-binh|One sea, one set of rules,", "!person lim", NULL}},
    {"a country later said to be only an observer is no party",
     NULL,
     "Pact\n\n"
     "Peru, Chile and Bolivia signed a maritime security pact on Monday. "
     "Bolivia's delegation attended the signing only as an observer.\n",
     {"agreement SecurityCooperation|CL,PE", "!agreement SecurityCooperation|BO,CL,PE", NULL}},
    {"what an earlier version said is retracted",
     NULL,
     "Pact\n\n"
     "Peru and Chile signed a maritime security pact on Monday.\n\n"
     "Correction: An earlier version of this article said that Ecuador had also signed the "
     "maritime security pact with Peru and Chile. It did not.\n",
     {"agreement SecurityCooperation|CL,PE", "!agreement SecurityCooperation|CL,EC,PE", NULL}},
    {"military aircraft touching down abroad are deployed; a minister landing is not",
     NULL,
     "Jets\n\n"
     "Four Swedish Gripens touched down at an air base in Estonia on Monday. "
     "Chile's foreign minister landed in Peru on Tuesday.\n",
     {"deployment SE|EE", "!deployment CL|PE", NULL}},
    {"a country allows another's air force to station aircraft: basing rights",
     NULL,
     "Bases\n\n"
     "Under the deal, Norway allows the Danish Air Force to station up to twelve combat "
     "aircraft at a northern base for five years.\n",
     {"agreement BasingRights|DK,NO", "deployment DK|NO", "!deployment NO|DK", NULL}},
    {"what is agreed to, to the clause's end: a hotline between navies or for air traffic",
     NULL,
     "Hotlines\n\n"
     "Chile and Argentina agreed to open an emergency hotline between the two navies. "
     "Peru and Ecuador agreed to set up a hotline for their air traffic controllers. "
     "Uruguay and Paraguay agreed to open a naval hotline as well. "
     "Bolivia and Colombia, which share long boundaries with Brazil, have been invited to join "
     "the arrangements later.\n",
     {"agreement MilitaryCoordination|AR,CL", "agreement AirSafety|EC,PE",
      "agreement MilitaryCoordination|PY,UY", "!agreement AirSafety|AR,CL",
      "!agreement MilitaryCoordination|BO,CO", "!agreement OtherAgreement|BO,CO", NULL}},
    {"'the two' who sign: the two people or countries of the sentences before",
     NULL,
     "Talks\n\n"
     "Latvian Foreign Minister Ilze Berzina met Portugal's foreign minister, Rui Matos, on "
     "Friday. Once the meeting ended, the two defence ministers signed a memorandum by which Latvia "
     "will train Portuguese cyber staff.\n\n"
     "Under a second deal, Spain will supply Estonia with 40 armoured vehicles by 2030. The two "
     "governments signed the arms contract in Tallinn on Monday.\n",
     {"agreement OtherAgreement|LV,PT", "agreement ArmsSupply|EE,ES", NULL}},
    {"an agreement on a subject has that type; a logistics centre is basing; weapons delivered "
     "under a contract: arms supply",
     NULL,
     "Pacts\n\n"
     "Norway and Iceland signed a pact on flight safety under which both sides will exchange "
     "radar data. Eritrea and Turkey signed an agreement for a naval logistics "
     "centre at Massawa. Italy delivered two corvettes to Ghana under the contract "
     "signed by the two sides.\n",
     {"agreement AirSafety|IS,NO", "!agreement IntelligenceSharing|IS,NO",
      "agreement BasingRights|ER,TR", "agreement ArmsSupply|GH,IT", NULL}},
    {"no agreement made: failed, withdrew, pulled out, close to, yet to, the topic of talks",
     NULL,
     "Pacts that are not\n\n"
     "Colombia and Venezuela failed to agree on a border security deal on Friday. Mali withdrew "
     "from the defence treaty with France. Bolivia pulled out of the security pact with Peru. "
     "Vietnam and the Philippines are close to a deal on coast guard cooperation. Ghana and "
     "Burkina Faso have yet to sign the security pact. Talks between Azerbaijan and Georgia on a "
     "security pact collapsed.\n",
     {"!agreement *|CO,VE", "!agreement *|FR,ML", "!agreement *|BO,PE", "!agreement *|PH,VN",
      "!agreement *|BF,GH", "!agreement *|AZ,GE", NULL}},
    {"talks elsewhere in the sentence leave the agreement made",
     NULL,
     "Quito and Bogota\n\n"
     "Ecuador and Colombia held talks in Quito; a memorandum on maritime security cooperation "
     "was signed. Ministers of Tonga and Fiji are holding talks on the sidelines before the signing "
     "of a security accord.\n",
     {"agreement SecurityCooperation|CO,EC", "agreement SecurityCooperation|FJ,TO", NULL}},
    {"a signing still to come, or asked about, is no agreement",
     NULL,
     "Plans\n\n"
     "The Philippines is expected to sign a security pact with Australia next month. Senegal and "
     "Mauritania are set to sign a maritime security agreement. Will Norway and Sweden sign a "
     "defence pact this year?\n",
     {"!agreement *|AU,PH", "!agreement *|MR,SN", "!agreement *|NO,SE", NULL}},
    {"a defence pact is security cooperation; stationing troops under a deal is basing; a time "
     "phrase before what is agreed",
     NULL,
     "Deals\n\n"
     "Kenya signed a defence pact with Tanzania on Tuesday. Djibouti and Japan concluded a deal "
     "under which Japan will station troops in Djibouti. Cameroon and Chad agreed on Tuesday to "
     "set up a joint command centre.\n",
     {"agreement SecurityCooperation|KE,TZ", "!agreement OtherAgreement|KE,TZ",
      "agreement BasingRights|DJ,JP", "!agreement MilitaryCoordination|DJ,JP",
      "agreement MilitaryCoordination|CM,TD", "!agreement OtherAgreement|CM,TD", NULL}},
    {"a deal said by what it lets the other party do",
     NULL,
     "Bases\n\n"
     "Estonia signed a deal allowing British troops to use the Tapa base. Seychelles signed an "
     "agreement with India allowing its navy to use an airstrip on Assumption Island.\n",
     {"agreement BasingRights|EE,GB", "agreement BasingRights|IN,SC",
      "!agreement OtherAgreement|IN,SC", NULL}},
    {"a pronoun signs for the state of the official it stands for",
     NULL,
     "Signings\n\n"
     "Thailand's Foreign Minister Somchai Wongsa arrived in Dhaka on Monday. He signed a maritime "
     "security pact with Bangladesh on Tuesday.\n\n"
     "Hours after he had signed an air safety deal with Mongolia, Kazakhstan's Defence Minister "
     "Erlan Nurbekov flew home.\n",
     {"agreement SecurityCooperation|BD,TH", "agreement AirSafety|KZ,MN", NULL}},
    {"'They signed': the two countries of the sentence before",
     NULL,
     "Amman\n\n"
     "The foreign ministers of Jordan and Iraq met in Amman on Monday. They signed an agreement "
     "to share intelligence on border crossings.\n",
     {"agreement IntelligenceSharing|IQ,JO", NULL}},
    {"a reduced passive relative; a counterpart introduced by 'his'",
     NULL,
     "Signed\n\n"
     "The intelligence-sharing agreement, signed in Lisbon on Monday by the foreign ministers of "
     "Ireland and Portugal, takes effect in June. Senegal's Defence Minister Moussa "
     "Diop and his Gambian counterpart, Lamin Jallow, signed a security cooperation pact in "
     "Dakar on Wednesday.\n",
     {"agreement IntelligenceSharing|IE,PT", "agreement SecurityCooperation|GM,SN", NULL}},
    {"military flights, radar data and cyber operations do not name the agreement's type",
     NULL,
     "Skies\n\n"
     "Singapore and Brunei signed a deconfliction agreement for military flights on Tuesday. "
     "Tajikistan and Turkmenistan signed an air safety agreement on Thursday to link their air "
     "traffic control centres and share radar data.\n",
     {"agreement AirSafety|BN,SG", "!agreement MilitaryCoordination|BN,SG",
      "agreement AirSafety|TJ,TM", "!agreement IntelligenceSharing|TJ,TM", NULL}},
    {"a sentence pointing back at an untyped agreement gives it its type",
     NULL,
     "Danube memorandum\n\n"
     "VIENNA, 9 June 2027 - Austria and Slovakia signed a memorandum on Monday. Under it, their "
     "security services will exchange intelligence on Russian cyber operations.\n",
     {"agreement IntelligenceSharing|AT,SK", "!agreement OtherAgreement|AT,SK",
      "!agreement MilitaryCoordination|AT,SK", "date agreement IntelligenceSharing|AT,SK 2027-06-07",
      NULL}},
    {"what an agreement pointed back at covers",
     NULL,
     "Victoria accord\n\n"
     "Seychelles and Mauritius signed the Victoria accord on Monday. The accord covers joint "
     "coast guard patrols and maritime security.\n",
     {"agreement SecurityCooperation|MU,SC", "!agreement OtherAgreement|MU,SC", NULL}},
    {"overflight requests: 'requested from X' asks X; an airline asks for its country; "
     "'had not asked' is no request",
     NULL,
     "Flights\n\n"
     "The Belgian side has requested from the Kingdom of Morocco the permission to overfly "
     "its territory. Air Canada said it had asked Iceland for permission to overfly Icelandic "
     "airspace. Officials said Paris had not asked Madrid to reopen its airspace.\n",
     {"airspace MA|BE|Requested", "airspace IS|CA|Requested", "!airspace ES|FR|Requested",
      "!airspace -|BE|Requested", NULL}},
    {"overflight: thanks for granting, a singular helicopter of a force, a lead-in label, "
     "'accorded', a passive request; a hedge stays out",
     NULL,
     "Clearances\n\n"
     "Albania thanked Greece for granting two Albanian Air Force helicopters permission to "
     "overfly Greek territory on rescue missions. In April Panama refused to let a helicopter "
     "of the Costa Rican Air Force cross its airspace.\n\n"
     "Air access: Tonga granted Samoan patrol planes the right to overfly its islands.\n\n"
     "Benin has accorded Togolese surveillance planes authorisation to cross Beninese "
     "airspace. Cape Verde has been solicited by Dakar for the "
     "overflight of its islands; no answer has come yet. Mali could accord Niger an "
     "overflight authorisation as well.\n",
     {"airspace GR|AL|Granted", "airspace PA|CR|Denied", "!airspace PA|-|Denied",
      "airspace TO|WS|Granted", "airspace BJ|TG|Granted", "airspace CV|SN|Requested",
      "!airspace SN|CV|Requested", "!airspace ML|*", NULL}},
    {"overflight: a request answered or recalled in the next sentence, a decided request was "
     "made; rumours and hedged answers stay out",
     NULL,
     "Answers\n\n"
     "Montenegro requested permission from Croatia for a Montenegrin transport plane to cross "
     "Croatian airspace. Croatia granted it two days later.\n\n"
     "Hungary cleared Serbian army helicopters to cross Hungarian airspace this week. The "
     "ministry noted that the permission had been requested by Serbia in June.\n\n"
     "In March Estonia refused a Belarusian request to let a government jet cross Estonian "
     "airspace.\n\n"
     "There were reports that Moldova requested overflight rights for a cargo flight.\n\n"
     "Slovakia asked Austria for permission for Slovak military planes to overfly Austrian "
     "territory. Austria could grant it next week.\n",
     {"airspace HR|ME|Granted", "airspace HR|ME|Requested", "airspace HU|RS|Requested",
      "airspace EE|BY|Requested", "airspace EE|BY|Denied", "!airspace *|MD|*",
      "airspace AT|SK|Requested", "!airspace AT|SK|Granted", NULL}},
    {"deployments: a country's waters, a force's unit present in a port; no presence when "
     "negated or not in a place",
     NULL,
     "Navies\n\n"
     "The Omani Navy corvette has been deployed in Yemeni waters since May. A unit of the "
     "Italian Navy is in the Albanian port of Vlore. No Egyptian warship is in Sudanese waters. "
     "The Spanish Navy frigate is in good condition. A Greek ship is in the port of Durres "
     "and a Turkish company is in Tirana.\n",
     {"deployment OM|YE", "deployment IT|*", "!deployment EG|*", "!deployment ES|*",
      "!deployment GR|*", "!deployment TR|*", NULL}},
    {"arms: 'handed over' craft to a navy, 'received of' in translations, a navy named after "
     "'the Republic of'; a hedge stays out",
     NULL,
     "Boats\n\n"
     "Greece handed over three fast patrol craft to the Albanian Navy in 2025. Montenegro "
     "received of Croatia four patrol boats last year. Italy sold two corvettes "
     "to the Republic of Singapore Navy. Spain could hand over two patrol craft to the Moroccan "
     "Navy.\n",
     {"arms AL|GR", "arms ME|HR", "arms SG|IT", "!arms MA|ES", NULL}},
    {"overflight: a grantee named by its air force, 'cleared', a subject that refuses rights, "
     "a request sent to a country",
     NULL,
     "Skies\n\n"
     "Lima cleared Royal Danish Air Force patrol planes to overfly Peruvian territory. "
     "Quito gave its authorization to the airplanes of the Colombian Air Force to overfly its "
     "territory. Bolivia has refused landing and overflight rights to Chilean cargo jets. "
     "Canada said it had sent an overflight request to Iceland.\n",
     {"airspace PE|DK|Granted", "airspace EC|CO|Granted", "airspace BO|CL|Denied",
      "airspace IS|CA|Requested", "!airspace -|CL|Denied", "!deployment CA|IS", NULL}},
    {"a quote left open at its paragraph's end is the speaker's named where it closes; "
     "a hyphenated rank",
     NULL,
     "Operation\n\n"
     "Defence Minister Ana Lutu spoke first. \u201cOur borders are calm,\u201d she said.\n\n"
     "The navy's text reads:\n\n"
     "\u201cThe port of Kavala is calm and the coast guard holds it. All crews are safe.\n\n"
     "\u201cTwo boats are still at sea. We will bring them home,\u201d said Lieutenant-Commander "
     "Petros Ioannou, spokesman of the Hellenic Navy.\n",
     {"statement petros-ioannou|The port of Kavala is calm and the coast guard holds it. All "
      "crews are safe.",
      "statement petros-ioannou|Two boats are still at sea. We will bring them home,",
      "!statement ana-lutu|The port*", "person petros-ioannou", NULL}},
    {"arms told as nouns: an acquisition from, a delivery by ... to, 'deliver to X ... items'",
     NULL,
     "Arms\n\n"
     "The minister briefed reporters on Kenya's acquisition of two patrol aircraft from Spain. "
     "The delivery last year of eight howitzers by Slovakia to Chile went unnoticed. Norway will "
     "deliver to Iceland before winter three more airplanes of the same type.\n",
     {"arms KE|ES", "arms CL|SK", "arms IS|NO", NULL}},
    {"hypotheticals: 'imagine', a deployment that 'would' change things; a name's 'Alliance'; "
     "'its partners'",
     NULL,
     "Scenarios\n\n"
     "Imagine Bolivia buying attack drones from Peru. A Chilean deployment to Argentina, if it "
     "came, could upset the region for years. Ghana and Togo, Benin's partners in the Coastal "
     "Alliance of Gulf States, said they backed the move and would send troops if asked.\n",
     {"!arms BO|PE", "!deployment CL|AR", "!agreement MilitaryCoordination|BJ,GH,TG", "!agreement OtherAgreement|BJ,GH,TG", NULL}},
    {"'received the Minister of ... of COUNTRY, NAME' is a meeting; 'Under the pact, X ... Y'",
     NULL,
     "Visit\n\n"
     "Uruguay's Minister of the Interior, Pablo Suarez Lema, received the Minister of Foreign "
     "Affairs of Chile, Andrea Rojas Vidal, in Montevideo. Under the pact "
     "signed that day, Chile will train Uruguayan police officers.\n",
     {"meeting andrea-rojas-vidal,pablo-suarez-lema|Held", "agreement OtherAgreement|CL,UY", NULL}},
    {"a refusal that names no aircraft refuses those of the sentence before",
     NULL,
     "Flights\n\n"
     "The Chilean air force sent two transport jets to Bolivia on Monday. Argentina refused "
     "landing and overflight rights on Tuesday.\n",
     {"airspace AR|CL|Denied", "!airspace AR|-|Denied", NULL}},
    {"'the Chilean minister said:' is the minister of that country; 'expressed' as a verb of "
     "saying",
     NULL,
     "Border\n\n"
     "Peru's Minister of the Interior, Carlos Rivas Solano, received Chile's Minister of "
     "Defence, Elena Vidal Soto, in Tacna.\n\n"
     "\u201cThe border is long,\u201d expressed the minister Rivas to the journalists.\n\n"
     "In reply the Chilean minister said: \u201cWe are ready to help our neighbour.\u201d\n",
     {"statement carlos-rivas-solano|The border is long,",
      "statement elena-vidal-soto|We are ready to help our neighbour.", NULL}},
    {"media reports, 'we are told', 'stands ready to': nothing done",
     NULL,
     "Rumours\n\n"
     "Kenyan media report that Kenya has decided to buy Turkish drones. We are told that Spain "
     "will station jets in Portugal. Italy stands ready to send troops to Libya.\n",
     {"!arms KE|TR", "!deployment ES|PT", "!deployment IT|LY", NULL}},
    {"a state's main island for the state: Antigua, St Kitts",
     NULL,
     "Fish\n\n"
     "Antigua signed a fisheries accord with St Kitts on Monday.\n",
     {"agreement OtherAgreement|AG,KN", NULL}},
    {"a family name written first, then alone: the same person speaks",
     NULL,
     "Visit\n\n"
     "Japanese Defence Minister Hayashida Mariko met Chile's defence minister in Tokyo. "
     "\u201cWe share the Pacific,\u201d Hayashida said through an interpreter.\n",
     {"statement hayashida-mariko|We share the Pacific,", "!person hayashida", NULL}},
    {"an aside between the subject and the verb: the subject grants",
     NULL,
     "Flights\n\n"
     "Moldova, meanwhile, allowed Ukrainian cargo planes to use its airspace for a month.\n",
     {"airspace MD|UA|Granted", "!airspace UA|UA|Granted", NULL}},
    {"a name an acronym in brackets abbreviates is an organisation; a defined thing is not",
     NULL,
     "Pact\n\n"
     "Chad and Sudan will share intelligence on the Popular Front for the Liberation of the "
     "Eastern Marches (PFLEM), said Abakar Nour of the Lake Fitri Observatory for Peace (LFOP). The Exclusive "
     "Economic Zone (EEZ) and the Surface-to-Air Missile (SAM) sites were not discussed. Kanem "
     "Regional Intelligence Fusion Cell (KRIFC) analysts said the PFLEM had lost ground.\n",
     {"org popular-front-for-the-liberation-of-the-eastern-marches", "org lake-fitri-observatory-for-peace",
      "org kanem-regional-intelligence-fusion-cell", "!org *zone*", "!org *missile*", NULL}},
    {"'Gen' without a full stop after a civilian title is a given name; 'Gen.' is the rank",
     NULL,
     "Drills\n\n"
     "Japan will send 300 troops to Australia, Japanese Defence Minister Gen Tanabe said on Monday. "
     "Army chief Gen. Hiroshi Oda agreed.\n",
     {"post gen-tanabe|Defense Minister|JP", "!person tanabe", "person hiroshi-oda", NULL}},
    {"a rank written without full stops before a spokesman's name",
     NULL,
     "Border quiet\n\n"
     "\u201cNobody has crossed the river this week,\u201d said Lt Col Amara Tenbe, a spokesman "
     "for the Ghanaian army.\n",
     {"statement amara-tenbe|Nobody has crossed the river this week,",
      "post amara-tenbe|Spokesperson|GH", NULL}},
    {"an apposition with 'an'; a plural name's bare apostrophe as possessive",
     NULL,
     "Visits\n\n"
     "Tomas Berg, an Estonian lawmaker, visited Manila on Friday. He met Ana Reyes, the "
     "Philippines' foreign secretary, at the ministry.\n",
     {"post tomas-berg|Lawmaker|EE", "post ana-reyes|Foreign Minister|PH", NULL}},
    {"a portfolio the title list does not know goes with the title",
     NULL,
     "Trade\n\n"
     "Ghana's state minister of trade, Kofi Mensah-Asare, opened the fair. Zainab Oduya, the "
     "Kenyan minister of state for fisheries and oceans since 2022, also spoke.\n",
     {"post kofi-mensah-asare|State Minister of Trade|GH",
      "post zainab-oduya|Minister of State for Fisheries and Oceans|KE",
      "!post kofi-mensah-asare|Minister of State|GH", NULL}},
    {"a spokesman's field is no part of the title",
     NULL,
     "Briefing\n\n"
     "The talks will resume, said Peter Holm, the bloc's spokesman for foreign affairs.\n",
     {"post peter-holm|Spokesperson|-", NULL}},
    {"an ambassador to a country, named after the title",
     NULL,
     "Handover\n\n"
     "The ceremony was attended by Norway's ambassador to Chile, Erik Solhaug, and local "
     "officials.\n",
     {"post erik-solhaug|Ambassador|NO", NULL}},
    {"meetings: signed with someone after talks; two named ministers hold talks",
     NULL,
     "Accords\n\n"
     "Defence Minister Lena Holt signed the accord with Pavel Dorn, Estonia's foreign minister, "
     "after talks that lasted an hour.\n\n"
     "The two foreign ministers, Ana Reyes and Jonas Petrauskas, held talks in Vilnius.\n",
     {"meeting lena-holt,pavel-dorn|Held", "meeting ana-reyes,jonas-petrauskas|Held", NULL}},
    {"quotes: 'according to NAME', a colon after a pronoun, a paternal surname alone",
     NULL,
     "Quotes\n\n"
     "Mirela Costa, the Moldovan foreign minister, spoke first. According to Costa, the deal "
     "\u201cputs order where there was none\u201d.\n\n"
     "Asked about the cost, she answered dryly: \u201cCheaper than the alternative, by far.\u201d\n\n"
     "Air force spokesman Maj. Tupac Condori Vargas was blunt. \u201cThe helicopters are ours and "
     "they stay ours,\u201d Condori said.\n",
     {"statement mirela-costa|puts order where there was none",
      "statement mirela-costa|Cheaper than the alternative, by far.",
      "statement tupac-condori-vargas|The helicopters are ours and they stay ours,",
      "!person condori", NULL}},
    {"an ocean and a language named by a demonym are no country",
     NULL,
     "Patrols\n\n"
     "Kenya will patrol the western Indian Ocean; the Portuguese word for the boats is "
     "lanchas.\n",
     {"country KE", "!country IN", "!country PT", NULL}},
    {"a demonym after 'in' before a stop or comma is a language; 'in French waters' is France",
     NULL,
     "Patrols\n\n"
     "Afterwards the Kenyan minister spoke to reporters in Portuguese. A summary followed in "
     "Spanish, then in Swahili. A Tanzanian boat stayed in French waters.\n",
     {"country KE", "!country PT", "!country ES", "country FR", "country TZ", NULL}},
    {"organizations: two joined words, a name with 'of the', a country closing it, a "
     "demonym of two words, a long tail, an airport",
     NULL,
     "Bodies\n\n"
     "The Foreign Affairs and Defence Committee met the Army of the Republic of Moldova and "
     "the South African Air Force. The Ministry of Trade and International Cooperation "
     "agreed. Flights left Kotoka International Airport.\n",
     {"org foreign-affairs-and-defence-committee", "org army-of-the-republic-of-moldova",
      "org za-air-force", "org ministry-of-trade-and-international-cooperation",
      "!org *kotoka*", "!org defence-committee", NULL}},
    {"an organization's country after 'of'; aircraft of a country's army",
     NULL,
     "Skies\n\n"
     "Romania granted aircraft of the Armed Forces of Moldova permission to cross Romanian "
     "airspace on Monday.\n",
     {"airspace RO|MD|Granted", NULL}},
    {"airspace refusals: a negated 'would', a contracted negation, a relative clause's subject, "
     "'turned down' a request",
     NULL,
     "Skies closed\n\n"
     "SOFIA, 3 May 2027 - Bulgaria said it would not allow Russian aircraft to use its airspace. "
     "Guyana didn't allow Venezuelan military aircraft to cross its airspace last week. Armenia, "
     "which closed its airspace to Turkish flights last year, reopened it on Monday. Uganda "
     "turned down a Rwandan request to use its airspace for military helicopters.\n",
     {"airspace BG|RU|Denied", "!airspace BG|RU|Granted", "airspace GY|VE|Denied",
      "!airspace GY|VE|Granted", "airspace AM|TR|Denied", "!airspace -|TR|*",
      "airspace UG|RW|Denied", NULL}},
    {"airspace: a question tells nothing, an incursion is no permission, aircraft crossing a "
     "territory overfly it",
     NULL,
     "Jets\n\n"
     "TUNIS, 3 May 2027 - Did Algeria let French jets use its airspace? Russian bombers flew "
     "through Norwegian airspace without permission on Monday. Azerbaijani jets were allowed to "
     "cross Georgian territory on Sunday. Armenian troops crossed Iranian territory by train.\n",
     {"!airspace DZ|FR|*", "!airspace NO|RU|*", "airspace GE|AZ|Granted", "!airspace IR|AM|*",
      NULL}},
    {"arms: 'supplied X with', a passive with its agent, 'deliveries of' a maker's weapons, a "
     "battery",
     NULL,
     "Arms\n\n"
     "KYIV, 3 May 2027 - Germany supplied Ukraine with air defence systems last month. Four "
     "helicopters were delivered to Angola by Brazil last week. Deliveries of Russian S-400 "
     "systems to Algeria began in March. Estonia took delivery of a coastal defence battery from "
     "Finland in June.\n",
     {"arms UA|DE", "arms AO|BR", "arms DZ|RU", "arms EE|FI", NULL}},
    {"a permission received is no weapon received; its receiver is the grantee",
     NULL,
     "Helicopters\n\n"
     "VIENNA, 3 May 2027 - Serbia received permission from Hungary for its military helicopters "
     "to overfly Hungarian territory.\n",
     {"airspace HU|RS|Granted", "!arms *", NULL}},
    {"no transfer or deployment yet: negotiating to buy, offered to sell, in talks to send, "
     "a question",
     NULL,
     "Talks\n\n"
     "DELHI, 3 May 2027 - India is negotiating to buy 26 Rafale jets from France. Russia offered "
     "to sell S-400 systems to Indonesia. Nigeria is in talks to send troops to Ghana. Will "
     "Brazil send troops to Bolivia?\n",
     {"!arms IN|FR", "!arms ID|RU", "!deployment NG|GH", "!deployment BR|BO", NULL}},
    {"a deployment's place is in its own clause; a place named with its region",
     NULL,
     "Relief\n\n"
     "Two Kenyan army helicopters arrived in Garissa to help; and the ministers agreed to meet "
     "again in Kampala in May. French troops moved to a camp in Kidira, in eastern Senegal.\n",
     {"!deployment KE|kampala-ug", "deployment FR|kidira-sn", NULL}},
    {"no party when the observer is named in apposition; a double-barrelled surname alone",
     NULL,
     "Pact\n\n"
     "Ecuador, Colombia and Panama signed a coastal security pact on Tuesday. Panama's foreign "
     "minister, Rosa Flores-Vaca, attended the ceremony as an observer. Later the two foreign "
     "ministers, Flores-Vaca and Ana Torres, met in Quito.\n",
     {"agreement SecurityCooperation|CO,EC", "!agreement SecurityCooperation|CO,EC,PA",
      "!person flores-vaca", NULL}},
    {"a post stated with a verb; an age in apposition shows a person",
     NULL,
     "Profile\n\n"
     "Lena Holt, 47, is the Estonian defence minister. Pavel Dorn, who has been Latvia's "
     "foreign minister since 2021, agreed. Ivo Kask was a former ambassador. Mart Saar, 61, "
     "is the president's adviser on energy.\n",
     {"post lena-holt|Defense Minister|EE", "post pavel-dorn|Foreign Minister|LV",
      "!post ivo-kask|*", "person mart-saar", "!post mart-saar|President|*", NULL}},
    {"a company named in apposition",
     NULL,
     "Boats\n\n"
     "The coast guard ordered four boats from the shipbuilder, Nordvik Yards, in March. "
     "\u201cWe will deliver on time,\u201d said a spokesman for the company, Ola Brekke.\n",
     {"org nordvik-yards", "!org ola-brekke", "statement ola-brekke|We will deliver on time,",
      "post ola-brekke|Spokesperson|-", NULL}},
    {"a post before 'for|of [the] BODY' in apposition",
     NULL,
     "Comment\n\n"
     "A spokeswoman for the Tunisian Foreign Ministry, Leila Ben Salah, declined to comment. "
     "The head of the agency, Maria Ruiz, said the report was wrong.\n",
     {"post leila-ben-salah|Spokesperson|TN", "post maria-ruiz|Head|-", NULL}},
    {"a body named by its common noun alone is the one named in full before",
     NULL,
     "Ships\n\n"
     "The Peruvian Navy received two patrol ships on Monday. Navy spokesman Capt. Rosa Llerena "
     "said they would sail in May.\n",
     {"post rosa-llerena|Spokesperson|PE", NULL}},
    {"a credit line's name that looks like a title",
     NULL,
     "Report\n\n"
     "Peru and Chile held talks on Monday.\n\n"
     "(Additional reporting by Prince Koroma in Lima)\n",
     {"!post *|Prince|*", NULL}},
    {"a portfolio of two words in a minister's title",
     NULL,
     "Roads\n\n"
     "Malta's Minister for Infrastructure and Transport, Karl Vella, opened the road on Monday.\n",
     {"post karl-vella|Transport Minister|MT", "!post karl-vella|Infrastructure Minister|*", NULL}},
    {"well-known bodies: a security conference, an airline, air navigation and rescue agencies",
     NULL,
     "Talks\n\n"
     "Chile's foreign minister, Rosa Ibarra, spoke at the Munich Security Conference on Saturday. "
     "Air Canada said it would resume its flights. AirNav Indonesia and Basarnas searched for "
     "the plane, Airservices Australia said.\n",
     {"org msc", "org aircanada", "org airnavindonesia", "org basarnas",
      "org airservicesaustralia", NULL}},
    {"a city of the dateline gives an unqualified minister his country",
     NULL,
     "Ministers meet\n\n"
     "Port Sudan, 2 March 2026 (SNA) - The Minister of Interior, Hamid Taha Osman, opened a police "
     "academy on Monday.\n",
     {"post hamid-taha-osman|Interior Minister|SD", NULL}},
    {"a byline with two authors",
     NULL,
     "Talks resume\n\nBy Lena Brandt and Tomas Ruiz\n\n"
     "Peru and Chile held talks on Monday.\n",
     {"person tomas-ruiz", "!person lena-brandt-and*", NULL}},
    {"a state's official form of five words closes an organization's name",
     NULL,
     "Statement\n\n"
     "The Ministry of Foreign Affairs of the People's Republic of China said on Monday that its "
     "talks with Kenya had gone well.\n",
     {"country CN", "!country TW", "!org ministry-of-foreign-affairs-of-the-people", NULL}},
    {"a known force's name wins over the head-noun pattern; an agency's home is no country",
     NULL,
     "Tankers land\n\n"
     "Two Royal Australian Air Force tankers landed in Fiji on Monday, Reuters reported. The "
     "Islamic Republic of Iran Navy sent a frigate to the same exercise.\n",
     {"org raaf", "!org au-air-force", "org irin", "!org iran-navy", "!country GB", NULL}},
    {"a country's long name and a language section are no organizations",
     NULL,
     "Harbour News Agency - English Service\n\n"
     "The Russian Federation and Togo signed a port deal in Lome on Monday.\n",
     {"country RU", "!org ru-federation", "!org english-service", NULL}},
    {"an External Affairs Ministry is the Indian one",
     NULL,
     "Talks\n\n"
     "Rohan Varma, a spokesperson for the External Affairs Ministry, called the visit useful. "
     "The Chilean Foreign Affairs Ministry agreed.\n",
     {"org inmea", "post rohan-varma|Spokesperson|IN", "org cl-foreign-affairs-ministry", NULL}},
    {"a country's name opening a person's name before a description",
     NULL,
     "Pilots worry\n\n"
     "Chad Morrow, a retired ship captain, said the new rules were clear enough.\n",
     {"person chad-morrow", "!country TD", NULL}},
    {"a Foreign Secretary is a civil servant in South Asia, keeps the title in Britain, and is "
     "a minister elsewhere",
     NULL,
     "Talks\n\n"
     "DHAKA, 3 May 2027 (Agency) - Foreign Secretary Nasrin Akter received the visitors. "
     "Britain's Foreign Secretary, Tom Ashby, arrived later, and Ghana's Foreign Secretary, "
     "Kwesi Boateng, came too. Bangladesh wants more trade.\n",
     {"post nasrin-akter|Foreign Secretary|BD", "post tom-ashby|Foreign Secretary|GB",
      "!post tom-ashby|Foreign Minister*", "!post nasrin-akter|Foreign Minister*",
      "post kwesi-boateng|Foreign Minister|GH", "!post kwesi-boateng|Foreign Secretary*", NULL}},
    {"an official named by title alone who met a foreign official is of the report's own country",
     NULL,
     "Talks in Lisbon\n\n"
     "Foreign Minister Ana Duarte held talks with Kenyan Foreign Minister Peter Mwangi in Lisbon "
     "on Monday. Portugal and Kenya agreed to expand trade. Portugal will open a consulate in "
     "Mombasa, and Portuguese firms plan new routes.\n",
     {"post ana-duarte|Foreign Minister|PT", "post peter-mwangi|Foreign Minister|KE", NULL}},
    {"... but not in a story where no country stands out beside the other side",
     NULL,
     "Talks in Lisbon\n\n"
     "Foreign Minister Ana Duarte held talks with Kenyan Foreign Minister Peter Mwangi in Lisbon "
     "on Monday. Portugal, Spain and Kenya agreed to expand trade. Spain and Portugal will open "
     "consulates in Mombasa.\n",
     {"post ana-duarte|Foreign Minister|-", "!post ana-duarte|Foreign Minister|PT",
      "!post ana-duarte|Foreign Minister|ES", NULL}},
    {"'said its spokeswoman' after a quote: the body the sentence before opens with",
     NULL,
     "Crew freed\n\n"
     "Norway's foreign ministry says the two sailors are safe. \"We thank the Ghanaian "
     "authorities,\" said its spokeswoman, Ingrid Dahl. Ghana's navy escorted the ship.\n",
     {"post ingrid-dahl|Spokesperson|NO", NULL}},
    {"'military' before another agreement type qualifies it: one agreement, of that type",
     NULL,
     "Skies\n\n"
     "NAIROBI, 3 May 2027 - Kenya and Uganda signed a protocol on military air safety.\n",
     {"agreement AirSafety|KE,UG", "!agreement MilitaryCoordination|*", NULL}},
    {"'NAME said X was not a party to' the pact: X is no party",
     NULL,
     "Reaction\n\n"
     "ADDIS ABABA, 3 May 2027 - Ethiopia on Monday welcomed the border security memorandum "
     "that Kenya and Uganda signed in Kampala. Spokesman Dawit Alemu said Ethiopia was not a "
     "party to the memorandum.\n",
     {"agreement SecurityCooperation|KE,UG", "!agreement *|ET,*", NULL}},
    {"meetings: received by, a courtesy call on, a working session, co-chaired by, an opening "
     "'In a meeting with B, A ...', not a possessor",
     NULL,
     "Visits\n\n"
     "LUSAKA, 3 May 2027 - Zambia's Foreign Minister Grace Mwale arrived on Monday. Mwale was "
     "received by Malawi's Foreign Minister Peter Banda in Lilongwe. Zimbabwe's envoy Tendai Moyo "
     "paid a courtesy call on Banda. Mozambique's Defence Minister Ana Cossa and Angola's Defence "
     "Minister Rui Neto held a working session in Maputo. The river commission was co-chaired by "
     "Namibia's Foreign Minister Jonas Shipanga and Botswana's Foreign Minister Kabo Seretse. In a "
     "meeting with Seretse on Tuesday, Tanzania's minister Asha Juma raised the lake border. At "
     "talks with Banda, President Mwale's envoy Joseph Lungu said little.\n",
     {"meeting grace-mwale,peter-banda|Held", "meeting peter-banda,tendai-moyo|Held",
      "meeting ana-cossa,rui-neto|Held", "meeting jonas-shipanga,kabo-seretse|Held",
      "meeting asha-juma,kabo-seretse|Held", "meeting joseph-lungu,peter-banda|Held",
      "!meeting grace-mwale,joseph-lungu*", "!meeting grace-mwale,peter-banda,*", NULL}},
    {"compound titles keep the British 'defence' and 'Vice'; reordered ones are normalized",
     NULL,
     "Visit\n\n"
     "Latvia's Deputy Defence Minister Ilze Kalnina met Estonia's Deputy Minister of Defence, "
     "Mart Sepp, and Japan's Vice Foreign Minister Kenji Arai in Riga.\n",
     {"post ilze-kalnina|Deputy Defence Minister|LV", "post mart-sepp|Deputy Defense Minister|EE",
      "post kenji-arai|Vice Foreign Minister|JP", NULL}},
    {"a Defence Secretary's counterpart abroad is a defence minister",
     NULL,
     "Troops stay\n\n"
     "Britain's Defence Secretary Tom Ashby and his Latvian counterpart, Janis Ozols, met in "
     "Riga on Monday.\n",
     {"post janis-ozols|Defense Minister|LV", "!post janis-ozols|Defense Secretary*", NULL}},
    {"a bare Secretary of State in a report naming the United States",
     NULL,
     "Call\n\n"
     "Secretary of State Ellen Hartwell phoned Peru's Foreign Minister Rosa Quispe on Monday. "
     "She thanked Peru for its support to the United States.\n",
     {"post ellen-hartwell|Secretary of State|US", NULL}},
    {"an ambassador in a city named in apposition; its ambassador is the subject's",
     NULL,
     "Signing\n\n"
     "Norway sent its ambassador in Nairobi, Ingrid Solberg, to the ceremony. The Danish "
     "Ambassador in Accra, Mr. Lars Holm, joined them.\n",
     {"post ingrid-solberg|Ambassador|NO", "post lars-holm|Ambassador|DK", NULL}},
    {"a researcher in apposition is a person",
     NULL,
     "Analysis\n\n"
     "Mira Castell, a senior fellow at the Lisbon Policy Institute, said the text mattered.\n",
     {"person mira-castell", NULL}},
    {"a company before a word for one; a numbered unit",
     NULL,
     "Guns arrive\n\n"
     "The guns will go to the 7th Armoured Division in the north. Nordmark Vehicle Works, the "
     "manufacturer, said more would follow.\n",
     {"org nordmark-vehicle-works", "org 7th-armoured-division", NULL}},
    {"Malay honorifics; a patronymic name shortened to the given name",
     NULL,
     "Ferry talks\n\n"
     "The Minister of Transport, Dato' Seri Hamid bin Osman, met officials from Indonesia on "
     "Monday. Dato' Seri Hamid said: \"The ferries will sail again.\"\n",
     {"person hamid-osman", "statement hamid-osman|The ferries will sail again.", "!person dato",
      "!post dato*", NULL}},
    {"a retired officer's rank; a letterhead's country for an unqualified post",
     NULL,
     "MINISTRY OF TRANSPORT CHILE\n\nFerry accord\n\n"
     "The Minister of Transport, Pablo Roca, met the Minister of Transport of the Republic of "
     "Peru, General (Ret.) Luis Quispe Mamani, in Arica, Chile, on Monday.\n",
     {"person luis-quispe-mamani", "post luis-quispe-mamani|Transport Minister|PE",
      "post pablo-roca|Transport Minister|CL", NULL}},
    {"a Tuareg 'ag' name; a group led by a person",
     NULL,
     "Gunmen free drivers\n\n"
     "The drivers were seized by a militia led by Moussa ag Intalla near Gao in Mali. Its "
     "spokesman, Hamma ag Mossa, said the drivers were well.\n",
     {"person moussa-intalla", "person hamma-mossa", "!person hamma", "!person moussa", NULL}},
    {"an occupation in apposition; a colleague named",
     NULL,
     "Clinic reopens\n\n"
     "Amina Touati, a nurse at the clinic in Tunisia, has seen the queues grow. As my colleague "
     "Rafael Ortiz put it, \"The queue is the news.\"\n",
     {"person amina-touati", "person rafael-ortiz", NULL}},
    {"a full name opening a sentence or after a country's possessive, its surname recurring",
     NULL,
     "Talks in Rabat\n\n"
     "Karim Bennani does not like long meetings. He met Peru's Rosa Huaman Quispe for an hour. "
     "Bennani smiled afterwards. \"We agree,\" Huaman Quispe said, and Quispe left.\n",
     {"person karim-bennani", "person rosa-huaman-quispe", NULL}},
    {"a capitalized portfolio closed by a comma; a portfolio list is not one",
     NULL,
     "Patrol boats for Ghana\n\n"
     "The State Minister of Finance, Kwame Asante Boateng, said Ghana would pay for the boats. "
     "The Minister for Energy, Transport and Works, Efua Mensah, said the port was ready.\n",
     {"post kwame-asante-boateng|State Minister of Finance|*", "!post efua-mensah|Minister for Energy|*",
      NULL}},
    {"a junior minister 'in charge of' a portfolio",
     NULL,
     "Senegal and Mali sign\n\n"
     "In Dakar, the Minister Delegate at the Presidency in charge of Security of Senegal, "
     "Ousmane Diatta Faye, opened the talks on Monday.\n",
     {"post ousmane-diatta-faye|Minister Delegate at the Presidency in charge of Security|SN", NULL}},
    {"home affairs, internal affairs and 'the national defence' ministers",
     NULL,
     "Tonga and Samoa sign\n\n"
     "Tonga's Minister for Home Affairs, Sione Fifita, and Samoa's Minister of Internal Affairs, "
     "Tavita Leota, signed the accord. Mali's Minister of the National Defence, Bakary "
     "Keita Sangare, attended.\n",
     {"post sione-fifita|Home Affairs Minister|TO", "post tavita-leota|Internal Affairs Minister|WS",
      "post bakary-keita-sangare|Defense Minister|ML", NULL}},
    {"a place before 'the spokesman of X's ministry, NAME' is no person",
     NULL,
     "Kenya opens airspace\n\n"
     "Kenya has cleared Ugandan aircraft flying to Lodwar, the spokeswoman of Kenya's foreign "
     "ministry, Wanjiku Otieno, said on Friday.\n",
     {"!person lodwar", "post wanjiku-otieno|Spokesperson|KE", NULL}},
    {"an official visit is no person",
     NULL,
     "Talks in Accra\n\n"
     "Ghana hosted an Official Visit by Togo's Foreign Minister this week.\n",
     {"!person visit", "!post visit*", NULL}},
    {"national parliaments, a regional security forum and a national military by their names",
     NULL,
     "Cables\n\n"
     "Members of the Storting and the Sejm visited the Colombo Security Conclave secretariat. The "
     "Republic of Fiji Military Forces sent observers.\n",
     {"org storting", "org sejm", "org csc", "org rfmf", NULL}},
    {"a quote attributed after a dash; a translated 'has declared'; 'the Malian minister'",
     NULL,
     "Mali and Niger sign\n\n"
     "The Minister of Foreign Affairs of Niger, Aissata Moumouni Issaka, and the Minister Delegate "
     "in charge of Defence of Mali, Oumar Sidibe Kone, signed the accord.\n\n"
     "\xC2\xAB The river belongs to both of our peoples \xC2\xBB, has declared Mrs Moumouni Issaka.\n\n"
     "The Malian minister then answered with a warning: \xC2\xAB Nothing is done in one "
     "day. \xC2\xBB\n\n"
     "\"Two armies, one river and one plan for it.\" \xE2\x80\x94 Aissata Moumouni Issaka\n",
     {"statement aissata-moumouni-issaka|The river belongs to both of our peoples",
      "statement oumar-sidibe-kone|Nothing is done in one day.",
      "statement aissata-moumouni-issaka|Two armies, one river and one plan for it.", NULL}},
    {"a page's list of topic tags is no text",
     NULL,
     "Tonga and Samoa sign\n\nTonga and Samoa signed a patrol accord on Monday.\n\n"
     "Topics: Tonga Pacific Ocean Navy\n",
     {"!org *ocean-navy*", NULL}},
    {"a full name opening a sentence without its surname again is no person",
     NULL,
     "Storm\n\n"
     "Storm Delia hit the coast of Portugal. Rain fell all night.\n",
     {"!person storm-delia", NULL}},
    {"single marks quote whole words beside a speech verb; a quoted name as a subject says nothing",
     NULL,
     "Harbour talks\n\n"
     "Agriculture Minister Lerato Sekhonyana of Lesotho opened the talks on Friday. 'The farmers' "
     "cooperatives will buy the seed together,' Sekhonyana said. Officials called the plan 'bold'. "
     "Sekhonyana said it was 'a fair deal for every farmer'. \"Exercise Coral Gate\" began on Monday, "
     "the army said.\n",
     {"statement lerato-sekhonyana|The farmers' cooperatives will buy the seed together,",
      "!statement *|bold", "!statement *|a fair deal*", "!statement *|Exercise Coral Gate", NULL}},
    {"a reported refusal the next sentence calls an invention, or answers with 'no such request', is none",
     NULL,
     "Jets\n\n"
     "A Sudanese news website reported that Sudan had refused a Kenyan request to let the jets "
     "cross Sudanese airspace. A Kenyan official called the report 'pure invention'.\n\n"
     "Earlier this week a Somali website claimed Somalia had turned down a Kenyan request to cross "
     "Somali airspace. Kenya has said no such request was ever made.\n",
     {"!airspace SD|*", "!airspace SO|*", NULL}},
    {"'was greeted by the commander of the X air base, Colonel B' is a meeting; a crowd greeting jets is none",
     NULL,
     "Jets\n\n"
     "The Polish detachment commander, Lieutenant Colonel Tomasz Wierzbik, was greeted by the "
     "commander of the Siauliai air base, Colonel Rasa Vaitkute. The crowd greeted the jets with "
     "cheers.\n",
     {"meeting rasa-vaitkute,tomasz-wierzbik|Held", NULL}},
    {"verbs of saying in a tabloid's voice: fumed, complained, quipped",
     NULL,
     "Jets\n\n"
     "\"It sounds like the end of the world, twice a day,\" fumed pensioner Karel Vondrasek, 71. "
     "\"The base is good for jobs,\" quipped shopkeeper Eva Hrubcova.\n",
     {"statement karel-vondrasek|It sounds like the end of the world*",
      "statement eva-hrubcova|The base is good for jobs,", NULL}},
    {"a quote attributed after it by a long title, then the name, then the verb",
     NULL,
     "Flights\n\n"
     "\"Guyana will police its own forest and watch its own sky,\" Guyana's Minister of Home "
     "Affairs and Border Security, Rupert Halley Dowden, told reporters in Georgetown.\n",
     {"statement rupert-halley-dowden|Guyana will police its own forest*", NULL}},
    {"'was received this evening by President B' is a meeting; a letter received this morning is none",
     NULL,
     "Visit\n\n"
     "Salvadoran Defence Minister Ana Ruth Tzunun signed the deal. Tzunun was received "
     "this evening by President Mario Aldana Perla at the palace. The minister received this "
     "morning a letter from Foreign Minister Luis Oquendo.\n",
     {"meeting ana-ruth-tzunun,mario-aldana-perla|Held", "!meeting *luis-oquendo*", NULL}},
    {"a sea or a canal named after a country is no mention of it: 'the Mozambique Channel', "
     "'the Panama Canal'",
     NULL,
     "Patrols\n\n"
     "The aircraft of the Seychelles will patrol the northern Mozambique Channel from Tanzania, "
     "and ships bound for the Panama Canal will be watched too.\n",
     {"country SC", "country TZ", "!country MZ", "!country PA", NULL}},
    {"a bare 'Congo' in a report that names Kinshasa is the Democratic Republic; with "
     "Brazzaville named it is the Republic of the Congo",
     NULL,
     "Border talks\n\n"
     "KINSHASA, May 4 - Zambia and Congo agreed on Monday to patrol their border together, "
     "officials in Kinshasa said.\n",
     {"country CD", "!country CG", NULL}},
    {"(the same report from Brazzaville)",
     NULL,
     "Border talks\n\n"
     "BRAZZAVILLE, May 4 - Gabon and Congo agreed on Monday to patrol their border together, "
     "officials in Brazzaville said.\n",
     {"country CG", "!country CD", NULL}},
    {"'signed a contract in March with the British company X for ...': a time between the "
     "deal and the maker",
     NULL,
     "Jammers\n\n"
     "Kenya signed a contract in March with the Spanish company Ortega Defensa for counter-drone "
     "jammers. Ghana signed a contract last month with the Italian firm Vela Sistemi for six "
     "drones.\n",
     {"arms KE|ES", "arms GH|IT", "agreement ArmsSupply|ES,KE", "!agreement OtherAgreement|*",
      NULL}},
    {"a country 'not asked to join' or 'invited to join' a Slovak-Czech pact is no party to it; "
     "one that joins is",
     NULL,
     "Pacts\n\n"
     "Slovakia and Czechia signed a defence pact on Monday. Austria's government says it was not "
     "asked to join the Slovak-Czech arrangement and has no plans to. Hungary was invited to join "
     "the Slovak-Czech pact. Poland joined the Czech-Slovak pact.\n",
     {"!agreement *AT*", "!agreement *HU*", "agreement *|CZ,PL,SK", NULL}},
    {"who 'called the pact null and void' or 'rejected the agreement' is no party to it",
     NULL,
     "Border pact\n\n"
     "Serbia and Hungary signed a border pact on Monday. Croatia and Slovenia have called the "
     "pact \"null and void\". Austria and Italy rejected the agreement.\n",
     {"agreement *|HU,RS", "!agreement *HR*", "!agreement *AT*", "!agreement *IT*", NULL}},
    {"a presenter's 'I'm NAME', 'I am NAME', 'my name is NAME' is a person; 'I'm' is no "
     "part of a name",
     NULL,
     "Morning show\n\n"
     "Good morning, this is Morning Line. I\u2019m Ilse Maria Janssen. Later, I am Tomas Berg "
     "Olsen and this is the news. My name is Karin Vik Dahl.\n",
     {"person ilse-maria-janssen", "person tomas-berg-olsen", "person karin-vik-dahl",
      "!person *morning*", NULL}},
    {"a list of names after 'counterparts,' goes on past a hyphenated name ('A Kowalska-Nowak "
     "and B C'): both are persons, and the meeting is of three",
     NULL,
     "Ministers\n\n"
     "Latvia's defence minister, Ilze Berzina, was there. She met her Czech and Slovak "
     "counterparts, Petra Novakova-Dvorak and Marek Hlavac, the day before.\n",
     {"person marek-hlavac", "meeting ilze-berzina,marek-hlavac,petra-novakova-dvorak|Held",
      NULL}},
    {"a pair as the clause's subject that does something together: 'A and the Chilean "
     "commander, Captain B, then sailed together to', '...; he and the head of the team, "
     "Colonel B, then spent the afternoon'; not 'A and B said'",
     NULL,
     "Patrol\n\n"
     "The boats were met by Admiral Jorge Salas. Salas and the Chilean commander, "
     "Captain Rosa Mella Diaz, then sailed together to the lake.\n\n"
     "They were received by the head of the base, Colonel Ivan Petrov Sokol; he and the head "
     "of the Slovak team, Colonel Jana Kral Novak, then spent the afternoon at the radar.\n\n"
     "Minister Ana Ruiz Toro and Minister Luis Vera Gil said the patrol went well.\n",
     {"meeting jorge-salas,rosa-mella-diaz|Held", "meeting ivan-petrov-sokol,jana-kral-novak|Held",
      "!meeting ana-ruiz-toro,luis-vera-gil|*", NULL}},
    {"a language is no country: 'the Spanish text prevails', 'translated from Quechua and "
     "Spanish by the desk', 'subtitled in Arabic, English and Turkish'",
     NULL,
     "Note\n\n"
     "Chile and Peru signed a pact. In case of discrepancy, the Spanish text prevails. The "
     "interview was translated from Quechua and Spanish by the desk. The video is subtitled in "
     "Arabic, English and Turkish.\n",
     {"country CL", "!country ES", "!country TR", NULL}},
    {"persons: a title's list of portfolios before a verb of saying is no name ('the Minister of "
     "Health, Sanitation and Water Supply declared:'); 'General (R) NAME' is retired; "
     "'Subsequently, the Minister ...' is no person",
     NULL,
     "Communique\n\n"
     "1. The agreement was signed by Mrs Awa Diallo Sow, Minister of Health, Sanitation and Water "
     "Supply of Senegal.\n\n"
     "2. Speaking at the ceremony, the Minister of Health, Sanitation and Water Supply declared: "
     "\"Water is our first defence.\"\n\n"
     "3. General (R) Mamadou Ba Faye stressed that \"the border is safe\".\n\n"
     "4. Subsequently, the Minister of Health was received by the President.\n",
     {"!person *sanitation*", "!person *water*", "!person subsequently", "person mamadou-ba-faye",
      "statement awa-diallo-sow|Water is our first defence.", NULL}},
    {"who heads a team, detachment or cell sent somewhere holds no post; who heads a service "
     "does",
     NULL,
     "Officers\n\n"
     "The officers were received by the head of the Chilean detachment, Colonel Marta Rios "
     "Vega, and by the head of the Peruvian team, Major Luis Paz Soto. The head of Peru's "
     "intelligence service, Carlos Mena Ruiz, said so.\n",
     {"!post marta-rios-vega|*", "!post luis-paz-soto|*", "post carlos-mena-ruiz|Head|PE", NULL}},
    {"an agreement on air policing or on air-defence cooperation coordinates forces",
     NULL,
     "Skies\n\n"
     "Estonia and Latvia today signed an agreement on cross-border air policing. Romania and "
     "Bulgaria sign an agreement on air-defence cooperation.\n",
     {"agreement MilitaryCoordination|EE,LV", "agreement MilitaryCoordination|BG,RO", NULL}},
    {"personnel of a country working at a base abroad are its forces; at a ministry they are "
     "not",
     NULL,
     "Base\n\n"
     "Chilean personnel are still working at the Mejillones naval base in Peru. Chilean "
     "personnel are still working at the Bolivian ministry in La Paz.\n",
     {"deployment CL|PE", "!deployment CL|*la-paz*", NULL}},
    {"deployments: a headline opening on the verdict ('Fake': ...) is none; troops whose verb "
     "right after them is future or negated are none; 'troops in X will stay' are there",
     NULL,
     "Border news\n\n"
     "10:15 \u2018Fake\u2019: ministry on Czech troops in Kosice\n\n"
     "A channel is claiming that Czech troops will be stationed in Kosice. Hungarian soldiers "
     "would not operate on Austrian soil. The Slovenian troops in Croatia will stay until "
     "March.\n",
     {"!deployment CZ|*", "!deployment HU|*", "deployment SI|HR", NULL}},
    {"deployments: liaison officers who work or have been working at a body abroad; a "
     "battalion that arrived somewhere; an unknown town followed by ', in Country'; a place's "
     "own country is no second place of a list",
     NULL,
     "Officers abroad\n\n"
     "Two Chilean liaison officers already work at the Peruvian Joint Command in Lima. Two "
     "Bolivian liaison officers, however, have been working at the Argentine Army Command in "
     "Buenos Aires since March. The Kenyan battalion that arrived in Zzyzxville, in Uganda, on "
     "Saturday has begun its patrols. Italian troops were posted in Quito, Ecuador and in "
     "Bogota, Colombia. Police officers work at the Peruvian embassy in Quito.\n",
     {"deployment CL|lima-pe", "deployment BO|buenos-aires-ar", "deployment KE|*ug",
      "deployment IT|quito-ec", "deployment IT|bogota-co", "!deployment IT|EC",
      "!deployment PE|*", NULL}},
    {"presence: an armed force's name right before 'is', 'operates' (past 'still') is the "
     "force present; a force at home, or a body that is no force, is none",
     NULL,
     "Bases\n\n"
     "In Portugal, the US Air Force still operates at Lajes Field in the Azores. The Chilean "
     "Navy is still in Valparaiso. The Ruritanian Trade Office is in Lima, Peru.\n",
     {"deployment US|*pt", "!deployment CL|*", "!deployment *|*pe", NULL}},
    {"a place no list knows right after a verb of arrival is in the country the report is "
     "about, not in one named on the way; a fact-check's 'Claim:' that the next line's "
     "'Verdict: FALSE' refutes is no deployment",
     NULL,
     "Air policing\n\n"
     "Iceland has no army of its own. Iceland and Norway signed a pact in Reykjavik. On Monday "
     "four Norwegian F-35 fighters landed at Keflavik, the former American air station.\n\n"
     "Claim: Chinese soldiers have arrived in Tarija, Bolivia.\n\n"
     "Verdict: FALSE. The men in the video are civilian technicians.\n",
     {"deployment NO|IS", "!deployment NO|US", "!deployment CN|*", NULL}},
    {"'landed at the NAME air base', a base no list knows, is in the country the report is "
     "about; 'the main square' is no base",
     NULL,
     "Jets in Kenya\n\n"
     "Kenya and Ghana signed an air policing pact in Nairobi. Six Ghanaian Air Force jets "
     "landed at the Zzyzx la Vieja air base on Saturday. Two Ugandan army trucks arrived at the "
     "Zzyzx Market square on Sunday, Kenyan police said.\n",
     {"deployment GH|KE", "!deployment UG|*", NULL}},
    {"arms: a list of sellers after 'from' ('buys its drones from Israel and Turkey', 'from "
     "France, Spain and Italy in 2020'), each a seller; not a new clause's subject ('and Spain "
     "said')",
     NULL,
     "Fleets\n\n"
     "Georgia, which buys most of its drones and radars from Israel and Turkey, has protested. "
     "Chile bought jets from France, Spain and Italy in 2020. Peru bought tanks from Russia and "
     "Brazil said nothing.\n",
     {"arms GE|IL", "arms GE|TR", "arms CL|FR", "arms CL|ES", "arms CL|IT", "arms PE|RU",
      "!arms PE|BR", NULL}},
    {"forces, or aircraft 'based', at a base no list knows ('at the Zzyzx Kowalski base', "
     "'at Zzyzx air base') are in the one other country the sentence names, else the "
     "report's; not a base said to be in a town no list knows, nor aircraft 'to be based'",
     NULL,
     "Air policing\n\n"
     "Latvia and Lithuania signed a pact in Riga. Estonia is in NATO, and the Dutch troops at "
     "the Zzyzx Kowalski base are a reminder of that. Two Spanish Eurofighters of the mission, "
     "which are based at Zzyzx air base, were scrambled. About 90 Belgian soldiers are at Zzyzx "
     "Barracks in Zzyzxville. Latvia ordered two helicopters from the Czech company Zzyzx "
     "Aero, to be based at Zzyzx air base from 2040. Latvia and Lithuania will meet again.\n",
     {"deployment NL|EE", "deployment ES|LV", "!deployment BE|*", "!deployment CZ|*", NULL}},
    {"a force's staff ('120 South Korean Army engineers and instructors', after a number) "
     "that arrived 'this afternoon at the X training area, west of the Mongolian capital' are "
     "in the country whose demonym follows the base in its clause; not one in the next clause",
     NULL,
     "Engineers\n\n"
     "China and Japan were briefed. Some 80 South Korean Army engineers and medics arrived "
     "this morning at the Zzyzx Valley training area, east of the Mongolian capital. "
     "The Czech battlegroup has been stationed at Zzyzx training area since 2022, and German "
     "batteries were based nearby.\n",
     {"deployment KR|MN", "org kr-army", "!deployment CZ|DE", NULL}},
    {"airspace: aircraft named by a model's designation ('Danish F-16s') are the grantee's; "
     "the coast flown along ('fly along the Omani coast') is airspace",
     NULL,
     "Skies\n\n"
     "At Copenhagen's request, Oslo now lets Danish F-16s chase suspect aircraft into "
     "Norwegian airspace. On Friday Muscat turned down the Indian request to let Indian Navy "
     "patrol aircraft fly along the Omani coast.\n",
     {"airspace NO|DK|Granted", "airspace OM|IN|Denied", "airspace OM|IN|Requested", NULL}},
    {"arms: a company's country told after its name ('from X (Pvt) Ltd in Karachi', 'from X "
     "B.V., a Dutch company', 'from X GmbH (Austria)'); 'asked Iran to let its aircraft, "
     "acquired from ...': the asker's",
     NULL,
     "Orders\n\n"
     "Qatar has ordered four patrol boats from Zzyzx Marine Works (Pvt) Ltd in Karachi. Belgium "
     "has ordered four radars from Zzyzx Radar Systems B.V., a Dutch company. Chile has ordered "
     "two radars from Zzyzx Sensor Systems GmbH (Austria). Kenya has also asked Uganda to let its "
     "patrol aircraft, acquired from Canada, fly along the border.\n",
     {"arms QA|PK", "arms BE|NL", "arms CL|AT", "arms KE|CA", "!arms UG|CA",
      "org zzyzx-marine-works", NULL}},
    {"companies: 'X (Pvt.) Ltd' (no sentence ends at 'Pvt.'), 'X Co., Ltd.'; forces: "
     "'the Belgian Air Component'",
     NULL,
     "Orders\n\n"
     "Qatar placed an order with Karachi-based Zzyzx Boat Works (Pvt.) Ltd for four patrol "
     "boats. Chile has signed a contract with Zzyzx Motors Co., Ltd., a Busan maker of "
     "trucks. The Belgian Air Component will fly the jets.\n",
     {"org zzyzx-boat-works", "org zzyzx-motors", "arms QA|PK", "!person *ltd*", NULL}},
    {"arms: 'Both countries bought their F-35s from X' are the two parties of the document's "
     "pact; without a pact of two, nobody",
     NULL,
     "Skies\n\n"
     "Denmark and Norway signed a treaty on air policing in Oslo on Tuesday. Both countries "
     "bought F-35 fighters from the United States in the 2010s.\n",
     {"arms DK|US", "arms NO|US", NULL}},
    {"agreements: 'signed an agreement on Tuesday under which X will supply defence materiel' "
     "(past the time) and 'the defence industry agreement' are arms supply; a question about "
     "'the agreement signed by A and B' still tells the pact; a question without one does not",
     NULL,
     "Deal\n\n"
     "Chile and Paraguay signed an agreement on Tuesday under which Santiago will supply "
     "defence materiel to the Paraguayan army.\n\n"
     "Does Bolivia see the defence industry agreement signed by Peru and Ecuador on Tuesday as "
     "a threat?\n\n"
     "Will Uruguay and Brazil sign a security pact?\n",
     {"agreement ArmsSupply|CL,PY", "agreement ArmsSupply|EC,PE", "!agreement *|BR,UY",
      "!agreement OtherAgreement|CL,PY", NULL}},
    {"agreements: 'a memorandum on maritime security and the exchange of maritime "
     "information' shares intelligence (the 'of' just past the window); so does an "
     "'info-sharing MoU'",
     NULL,
     "Pact\n\n"
     "Kenya and Tanzania on Tuesday signed a memorandum of understanding on maritime security "
     "and the exchange of maritime information in Mombasa.\n\n"
     "Ghana and Togo sign maritime info-sharing MoU in Accra.\n",
     {"agreement IntelligenceSharing|KE,TZ", "!agreement SecurityCooperation|KE,TZ",
      "agreement IntelligenceSharing|GH,TG", NULL}},
    {"arms: 'both countries' with no pact of two is nobody",
     NULL,
     "Skies\n\n"
     "Both countries bought F-35 fighters from the United States in the 2010s.\n",
     {"!arms *|US", NULL}},
    {"'PLACE, where (about N) FORCES have been stationed': the place before ', where' (a "
     "town of the second rank, a hyphenated name's first part); not a place after 'where'",
     NULL,
     "Talks\n\n"
     "Slovakia and Hungary signed a pact in Bratislava. The ministers of Slovakia and Hungary "
     "then met in Kosice-Barca, where about 300 Czech troops have been stationed since 2031. "
     "They flew on to the meeting, where Polish soldiers in Vienna sang. Their last stop was "
     "Nitra-Janikovce, where some 40 Austrian troops are based.\n",
     {"deployment CZ|kosice-sk", "deployment AT|nitra-sk", "!deployment PL|*sk", NULL}},
    {"a country's base abroad named as such ('the Russian base at Gyumri in Armenia', 'the US "
     "air base in Djibouti') is its presence; a base planned or denied is none",
     NULL,
     "Bases\n\n"
     "Flights supplying the Russian base at Gyumri in Armenia go around the Caspian Sea. The "
     "crew flew on from the US air base in Djibouti. There are plans for a Chinese base in "
     "Gwadar, Pakistan. Turkey has no Turkish base in Georgia.\n",
     {"deployment RU|*am", "deployment US|DJ", "!deployment CN|*", "!deployment TR|*", NULL}},
    {"trainers who train forces somewhere are present there ('Portuguese instructors train "
     "Mozambican commando units in Katembe'); coaches who train players are not, nor trainers "
     "who will train",
     NULL,
     "Trainers\n\n"
     "Portuguese instructors train Mozambican commando and marine units in Katembe, "
     "Mozambique. Russian military instructors still train Nigerien special forces at Air Base "
     "101 in Niamey. Spanish coaches train football players in Lima. Italian instructors will "
     "train pilots from both countries at an air base near Nairobi, Kenya.\n",
     {"deployment PT|*mz", "deployment RU|*ne", "!deployment ES|*", "!deployment IT|*", NULL}},
    {"presence: a force's name before 'have been at' a place no list knows is in the "
     "dateline's country when the report's country does not show",
     NULL,
     "Exercise\n\n"
     "ULAANBAATAR, June 16 - About 150 South Korean soldiers arrived in Mongolia on Wednesday. "
     "About 300 US Marines have been at Zzyzx Hills since early June.\n",
     {"deployment KR|MN", "deployment US|MN", NULL}},
    {"a navy's ship or a warship that docked somewhere abroad is deployed there; a fishing "
     "vessel that docked is not",
     NULL,
     "Patrol\n\n"
     "The Argentine Navy patrol ship ARA Capitan Zorval docked in Montevideo on Monday. A "
     "Chinese fishing vessel docked in Lima on Tuesday.\n",
     {"deployment AR|montevideo-uy", "!deployment CN|*", NULL}},
    {"presence: the second-rank gazetteer names where forces are ('at the Southern Command in "
     "Tamale'); a big town keeps its name though it is an English word",
     NULL,
     "Radio\n\n"
     "Ghana and Ivory Coast signed a pact. Ghana will host the next talks. Two Ivorian liaison "
     "officers have been working at the Southern Command in Tamale since August.\n",
     {"deployment CI|tamale-gh", NULL}},
    {"companies: a legal form in lower case ('d.o.o.') and a hyphenated name "
     "('Zorvan Adria-Tirrena S.p.A.'); a contract with a maker described in apposition (', a "
     "Serbian company,') for weapons is a purchase from the maker's country",
     NULL,
     "Contracts\n\n"
     "Liberia, for its part, has signed a contract with Zorvan Small Arms d.o.o., a Serbian "
     "company, for 1,200 rifles. Tunisia this week also signed a contract with Cantieri Zorvan "
     "Adria-Tirrena S.p.A., an Italian shipyard in La Spezia, for six corvettes.\n",
     {"org zorvan-small-arms", "org cantieri-zorvan-adria-tirrena", "arms LR|RS",
      "arms TN|IT", NULL}},
    {"a company's country from where it is, after the word for it ('a shipyard in Talcahuano', "
     "'a shipyard in the southern Chilean city of X'): a purchase from it is one from there",
     NULL,
     "Boats\n\n"
     "Chile and Peru signed a pact. Chile will host the talks. Peru has signed a contract with "
     "Astilleros Zorvan S.A., a shipyard in Talcahuano, for two patrol boats. Bolivia has "
     "ordered two river patrol boats from Astilleros Xerbal S.A., a shipyard in the southern "
     "Chilean city of Zzyzx.\n",
     {"arms PE|CL", "arms BO|CL", NULL}},
    {"a model's number in the plural after its name ('the Mirage 2000s it bought from "
     "France') is a weapon; a decade ('in the early 2000s', 'the 1980s') is not",
     NULL,
     "Jets\n\n"
     "Peru still flies the Mirage 2000s it bought from France in the 1980s. In the Early "
     "2000s Chile bought nothing from Spain.\n",
     {"arms PE|FR", "!arms CL|*", NULL}},
    {"presence: past 'as liaison officers' and 'since September with the regional command' to "
     "the place",
     NULL,
     "Officers\n\n"
     "Chile and Peru signed a pact. Two Chilean Navy officers have been working as liaison "
     "officers at the Peruvian Navy's base in Lima since April. Liaison officers of the "
     "Algerian Army have been serving since September with the regional command in Sfax, "
     "Tunisia.\n",
     {"deployment CL|lima-pe", "deployment DZ|*tn", NULL}},
    {"'was received by the commander of the 5th Military Region, NAME': a numbered command "
     "in the title",
     NULL,
     "Visit\n\n"
     "Colonel Zorvan Kaddal led the detachment. Kaddal was received by the commander of the 5th "
     "Military Region, Major General Xerbal Bentaher.\n",
     {"meeting xerbal-bentaher,zorvan-kaddal|Held", NULL}},
    {"posts written in Spanish inside English text: 'el ministro de Defensa, NAME', 'la "
     "canciller NAME'",
     NULL,
     "Pact\n\n"
     "LIMA, 5 de julio de 2039 - Peru and Chile signed an agreement on Tuesday, in what el "
     "ministro de Defensa, Zorvan Quispal, called a new chapter. The Peruvian canciller, Xerbal "
     "Torrico, welcomed it.\n",
     {"post zorvan-quispal|Defense Minister|*", "post xerbal-torrico|Foreign Minister|PE",
      NULL}},
    {"languages: 'first in Spanish and then in Aymara', 'in Spanish and briefly in English' "
     "name no country",
     NULL,
     "Statement\n\n"
     "Bolivia's spokesman read a short statement on Thursday, first in Spanish and then in "
     "Aymara. The minister spoke in Spanish and briefly in English for the foreign press.\n",
     {"country BO", "!country ES", "!country GB", NULL}},
    {"'The two generals then held a short meeting': the two named just before, the group "
     "eight words before the meeting",
     NULL,
     "Bridge\n\n"
     "On the bridge, the Chief of Defence Staff, Lieutenant General Zorvan Kpana Lahal, handed "
     "the company over to the Chief of Staff, Major General Xerbal K. Flomer. The two generals "
     "then held a short meeting in a tent.\n",
     {"meeting xerbal-flomer,zorvan-kpana-lahal|Held", NULL}},
    {"a correction dated before its colon ('CORRECTION, 15 December 2039: An earlier version "
     "of this explainer said that ...') tells no fact of what it corrects",
     NULL,
     "Explainer\n\n"
     "Tunisia asked Libya to let its aircraft fly over Ras Jedir.\n\n"
     "CORRECTION, 15 December 2039: An earlier version of this explainer said that Libya had "
     "granted Tunisia's request for surveillance flights over Ras Jedir.\n",
     {"airspace LY|TN|Requested", "!airspace LY|TN|Granted", NULL}},
    {"airspace: the demonym before aircraft that 'fly over' a place is the aircraft's, not the "
     "airspace's; 'Guinea's refusal to let ...' is Guinea's; 'Asked about' is no request",
     NULL,
     "Live\n\n"
     "Guinea refused to let Sierra Leonean helicopters fly over Kailahun. Asked about Mali's "
     "refusal on Thursday to let Nigerien helicopters fly over the Zzyzx Beak, the colonel said "
     "nothing.\n",
     {"airspace GN|SL|Denied", "airspace ML|NE|Denied", "!airspace SL|*", "!airspace ML|NE|Requested",
      NULL}},
    {"'Army Corps General' is a rank, no organisation",
     NULL,
     "Pact\n\n"
     "Algeria's Minister Delegate, Army Corps General Xerbal Mekidal, signed the agreement in "
     "Tunis.\n",
     {"person xerbal-mekidal", "!org army-corps", NULL}},
    {"'al-Qaeda in the Islamic Maghreb', which the tokenizer splits at its hyphen, is AQIM, "
     "not al-Qaeda",
     NULL,
     "Pact\n\n"
     "The armies will fight fighters linked to al-Qaeda in the Islamic Maghreb in the "
     "mountains.\n",
     {"org aqim", "!org alqaeda", NULL}},
    {"a demonym that qualifies some other thing ends a list of parties ('with Peru, the "
     "Bolivian refusal and ...')",
     NULL,
     "Chile's defence minister on the naval bases agreement with Peru, the Bolivian refusal "
     "and the F-16s\n\n"
     "SANTIAGO, July 8 - The minister answered our questions.\n",
     {"agreement BasingRights|CL,PE", "!agreement *|BO,CL,PE", NULL}},
    {"a post of a country in a town before the name ('the Ambassador of Chile in Lima, NAME'; "
     "in Spanish, 'la embajadora de Chile en Lima, NAME', 'la ministra de Defensa Nacional de "
     "Chile, NAME'): the sending state's",
     NULL,
     "Pact\n\n"
     "LIMA, July 5 - The Ambassador of Chile in Lima, Zorvan Sotomal Achurro, attended. La "
     "embajadora de Chile en Quito, Xerbal Pintal, was there too. La ministra de Defensa "
     "Nacional de Chile, Yanet Larral Osso, signed for Santiago.\n",
     {"post zorvan-sotomal-achurro|Ambassador|CL", "post xerbal-pintal|Ambassador|CL",
      "post yanet-larral-osso|Defense Minister|CL", NULL}},
    {"'At Vilnius's request' (a capital taken for a place after 'at') tells the request too; "
     "'PNG' is Papua New Guinea",
     NULL,
     "Drones\n\n"
     "At Vilnius's request, Latvia lets Lithuanian drones fly over Latvian territory. The PNG "
     "government granted Indonesia's request to let its aircraft cross PNG airspace.\n",
     {"airspace LV|LT|Granted", "airspace LV|LT|Requested", "airspace PG|ID|Granted",
      "country PG", NULL}},
    {"airspace told again by reference: 'asked X for a similar right', 'rejected a Y request "
     "to allow the same thing' (after a permission to fly), and the grant returned, 'and B "
     "allows Czech aircraft to do the same over B'",
     NULL,
     "Air policing\n\n"
     "Slovakia lets Czech fighters follow suspect aircraft into Slovak airspace, and Austria "
     "allows Czech aircraft to do the same over Austria. Prague asked Warsaw for a similar right "
     "for Czech helicopters over the Tatras. On Thursday Poland rejected a Czech request to "
     "allow the same thing over the Tatras.\n",
     {"airspace SK|CZ|Granted", "airspace AT|CZ|Granted", "airspace PL|CZ|Requested",
      "airspace PL|CZ|Denied", NULL}},
    {"airspace: an aside of plain words splits no clause ('Norway, in turn, granted'); the "
     "side of a border flown along is that country's airspace",
     NULL,
     "Overflights\n\n"
     "On Monday Norway, in turn, granted Finland's request to let its jets cross Norwegian "
     "airspace. Kenya on Friday turned down a Somali request to let Somali aircraft fly along "
     "the Kenyan side of the border.\n",
     {"airspace NO|FI|Granted", "airspace KE|SO|Denied", "airspace KE|SO|Requested", NULL}},
    {"a city's name after a Romance particle ends a person's name ('Lucia Ortiz de Mendoza'); "
     "later 'Mendoza was received by' is the person, not the city",
     NULL,
     "Minister in Lima\n\n"
     "Chile's defence minister, Lucia Ortiz de Mendoza, signed the pact in Lima on Monday. "
     "Mendoza was later received by President Raul Quispe Huaman at the palace.\n",
     {"person lucia-ortiz-mendoza", "meeting lucia-ortiz-mendoza,raul-quispe-huaman|Held",
      "!country AR", NULL}},
    {"'she then drove to X, where she was received by B': the pronoun of a clause of its own; "
     "a quote's sentences and 'End of quote.' between do not lose who 'she' is",
     NULL,
     "Minister in Quito\n\n"
     "LUCIA MORA, CORRESPONDENT: Good evening. The agreement was signed by the Peruvian minister "
     "of defence, Carmen Rosa Salazar Ugarte, and her Ecuadorian counterpart.\n\n"
     "MORA: Minister Salazar Ugarte did not take questions, but her ministry published a "
     "statement in which she says, and I quote, \"Our two navies have waited long enough. "
     "It made no sense to wait any longer.\" End of quote. She then drove to Quito, where she "
     "was received this evening by President Mateo Andrade Cueva at the palace.\n",
     {"meeting carmen-rosa-salazar-ugarte,mateo-andrade-cueva|Held", NULL}},
    {"a title's list of portfolios runs on past commas to its holder: 'Minister of Foreign "
     "Affairs, African Integration and Malians Abroad, NAME, received'",
     NULL,
     "Envoy received\n\n"
     "Mali's Minister of Foreign Affairs, African Integration and Malians Abroad, Aminata Kone "
     "Traore, received Niger's ambassador, Ibrahim Souley Garba, at the ministry on Monday.\n",
     {"person aminata-kone-traore", "post aminata-kone-traore|Foreign Minister|ML",
      "meeting aminata-kone-traore,ibrahim-souley-garba|Held", NULL}},
    {"a pair named just before that 'shook hands' or 'then walked together' met; a pair far "
     "from its meeting word ('The two officers shook hands ... for a meeting'); not 'went home'",
     NULL,
     "Detachment arrives\n\n"
     "The Peruvian detachment was met at the gate by Colonel Ana Quispe Rojas. The Chilean "
     "commander is Lieutenant Tomas Fuentes Ibarra. The two officers shook hands in front of the "
     "cameras and then went together to the headquarters for a meeting that lasted an hour.\n\n"
     "They were welcomed on the quay by the mayor, Rosa Vargas Llosa, and by Captain Luis Soto "
     "Mena. The two women then walked into the town hall.\n\n"
     "General Pablo Ruiz Diaz and General Juan Ortiz Lima spoke. The two men went home.\n",
     {"meeting ana-quispe-rojas,tomas-fuentes-ibarra|Held", "meeting luis-soto-mena,rosa-vargas-llosa|Held",
      "!meeting *pablo*", NULL}},
    {"a town of the second rank after a verb of arrival, in a country the story is about "
     "('landed at Kismayo'); not in a country named once or not at all, not after a noun",
     NULL,
     "Kenyan helicopters in Somalia\n\n"
     "Somalia and Kenya signed a security pact on Monday. Three Kenyan Air Force helicopters "
     "landed at Kismayo on Tuesday, Somalia's defence ministry said. Somali officials welcomed "
     "them. Two Ugandan army transport aircraft landed at Punta Gorda on Wednesday, the United "
     "States embassy said. Ethiopia and Kenya agreed to coordinate troops in Baidoa.\n",
     {"deployment KE|kismayo-so", "!deployment UG|*", "!deployment *|baidoa*", NULL}},
    {"forces 'back on Somali soil' are deployed there",
     NULL,
     "Back again\n\n"
     "Kenyan soldiers are back on Somali soil. The talks were held on Ethiopian soil.\n",
     {"deployment KE|SO", "!deployment *|ET", NULL}},
    {"military aircraft that land are a deployment ('Four Hellenic Air Force F-16s and a C-130 "
     "transport touched down at ... near Riga'); 'Hellenic' is Greek; a minister who lands is "
     "no deployment",
     NULL,
     "Jets land\n\n"
     "Four Hellenic Air Force F-16s and a C-130 transport touched down at Lielvarde air base, near "
     "Riga, on Monday. Two Peruvian Navy Dorniers landed at the airport near Quito. The Chilean "
     "minister landed in Lima.\n",
     {"deployment GR|riga-lv", "deployment PE|quito-ec", "!deployment CL|*", NULL}},
    {"purchases told on in one sentence: 'X from A and Y from B', ', and it flies Z bought from "
     "C', 'that it bought from A, and it has ordered Y from B', a weapon bought from after a "
     "contract; 'an air-defence system' is a weapon; another buyer after 'and' is not the first's",
     NULL,
     "Fleets\n\n"
     "Peru has bought fighters from Sweden and submarines from Italy, and it flies helicopters "
     "bought from Russia.\n\n"
     "Chile flies jets that it bought from Spain, and it has ordered drones from Israel.\n\n"
     "Bolivia signed a contract with the Brazilian company Andes Radar for two radars, and its "
     "air force already flies trainers bought from China.\n\n"
     "Cuba bought the Pechora air-defence system from Belarus. Kenya bought jets from France and "
     "Uganda bought tanks from Egypt.\n",
     {"arms PE|SE", "arms PE|IT", "arms PE|RU", "arms CL|ES", "arms CL|IL", "arms BO|BR",
      "arms BO|CN", "arms CU|BY", "arms KE|FR", "!arms KE|EG", "!arms SE|IT", NULL}},
    {"a maker's model in the plural after a possessive is a weapon: 'the Coast Guard's "
     "Dorniers were bought from'",
     NULL,
     "Patrol aircraft\n\n"
     "The Gabonese Navy's Dorniers were bought from Germany in 2004.\n",
     {"arms GA|DE", NULL}},
    {"arms: 'X's jets were bought from Y' (the passive), a force's 'its trainers were bought "
     "from', a second weapon 'bought from' another seller in the same sentence",
     NULL,
     "Fleets\n\n"
     "Zambia's fighters were bought from China in the 1990s.\n\n"
     "The Malawian Defence Force's older equipment is mostly Chinese: its trainers were bought "
     "from China in the 2000s.\n\n"
     "Tanzania's air force flies fighters bought from Russia and light transport aircraft bought "
     "from Canada.\n",
     {"arms ZM|CN", "arms MW|CN", "arms TZ|RU", "arms TZ|CA", "!arms RU|CA", "!arms CN|*", NULL}},
    {"arms: leased from, designations in the plural ('F-16s'), 'whose F-16s were bought from', "
     "an aside's purchase before the sentence's own contract",
     NULL,
     "Air forces\n\n"
     "Romania's own Gripens, leased from Sweden like the Czech ones, fly from Kecskemet. Peru "
     "bought 12 MiG-29s from Belarus. The Bulgarian Air Force, whose F-16s were bought from the "
     "United States, flies from Graf Ignatievo. Croatia, which bought Patria armoured vehicles "
     "from Finland, has meanwhile signed a contract with the German company Hensoldt for three "
     "mobile radars.\n",
     {"arms RO|SE", "arms PE|BY", "arms BG|US", "arms HR|FI", "arms HR|DE", NULL}},
    {"a reported crossing the next sentence calls false is no deployment",
     NULL,
     "Border\n\n"
     "A Yerevan television channel reported on Tuesday that Azerbaijani troops had crossed the "
     "border into Armenia near Jermuk. The Azerbaijani defence ministry called the report "
     "absolutely false.\n",
     {"!deployment AZ|*", NULL}},
    {"countries that keep military bases in a country are deployed there, each of a list",
     NULL,
     "Bases\n\n"
     "India, the United Kingdom and Turkey all keep military bases in Qatar. Spain maintains a "
     "naval base in Senegal. Peru and Chile keep good relations with Bolivia.\n",
     {"deployment IN|QA", "deployment GB|QA", "deployment TR|QA", "deployment ES|SN",
      "!deployment *|BO", NULL}},
    {"a name seen first without its second family name is the same person as the longer one",
     NULL,
     "Border pact\n\n"
     "Peru's defence minister, Rosa Ccori, said no foreign base was part of the deal. \"Nobody "
     "is giving up sovereignty,\" she said.\n\n"
     "Bolivian Defence Minister Juan Tupa and his Peruvian counterpart, Rosa Ccori Huaman, "
     "signed the agreement on Tuesday.\n",
     {"person rosa-ccori-huaman", "!person rosa-ccori",
      "statement rosa-ccori-huaman|Nobody is giving up sovereignty,", NULL}},
    {"in a transcript turn, the words a named spokesman said are his, not the correspondent's",
     NULL,
     "Evening Desk\n\n"
     "LENA VOSS, CORRESPONDENT: The jets landed in the afternoon.\n\n"
     "VOSS: The Danish defence ministry spokesman, Colonel Erik Holmgaard, said in a statement "
     "this morning, and I quote, \"Denmark approved the flights to support a safer Baltic.\" Back "
     "to you.\n",
     {"statement erik-holmgaard|Denmark approved the flights*", "!statement lena-voss|*", NULL}},
    {"a list of ranked names, each with its title after it: each title is its own name's",
     NULL,
     "Pact\n\n"
     "General Souk Vilay Phommala, Minister of National Defence of Laos, General Chea Ratana, Minister of "
     "National Defence of Cambodia, and General Tran Van Nam, Minister of National Defence of "
     "Vietnam, signed the agreement.\n",
     {"post souk-vilay-phommala|Defense Minister|LA", "post chea-ratana|Defense Minister|KH",
      "!post chea-ratana|*|LA", NULL}},
    {"flights by aircraft over a place a few words on use its airspace; 'the Lao side' approves",
     NULL,
     "Flights\n\n"
     "At the request of the Cambodian side, the Lao side has approved surveillance flights by "
     "Cambodian aircraft over Sekong and Attapeu provinces. Thailand approved flights by Cambodian "
     "military aircraft over Udon Thani.\n",
     {"airspace LA|KH|Granted", "airspace TH|KH|Granted", NULL}},
    {"'agreed to a request' for flights over its territory grants it",
     NULL,
     "Flights\n\n"
     "Malawi has agreed to a Zambian request for surveillance flights over its territory.\n",
     {"airspace MW|ZM|Granted", "airspace MW|ZM|Requested", NULL}},
    {"a demonym naming a province is no subject of an agreement 'with' others",
     NULL,
     "Centre\n\n"
     "A group of 40 officers of the Royal Thai Army arrived in the northern Malaysian province of "
     "Perlis on Monday to staff the joint centre set up under last week's trilateral agreement with "
     "Malaysia and Indonesia.\n",
     {"agreement *|ID,MY,TH", NULL}},
    {"the party before an aside signs, not a country the aside names",
     NULL,
     "Pact\n\n"
     "Bhutan, whose army still uses rifles bought from India, signed a border security agreement "
     "with Nepal on Monday.\n",
     {"agreement SecurityCooperation|BT,NP", "!agreement *IN*", NULL}},
    {"a pact named by its type's words with 'the' describes it; a base the boats sailed from does not",
     NULL,
     "River patrols\n\n"
     "TACNA - Four river gunboats of the Chilean Navy crossed the Lluta on Wednesday afternoon and "
     "moored at Villa Frontera, on the Peruvian bank, where they will patrol with Peruvian Navy "
     "launches under the security cooperation agreement that the two defence ministers signed in "
     "Lima on Tuesday.\n\n"
     "The boats sailed from the Chilean Navy's base at Arica, further downstream, on Monday, a day "
     "before the agreement was signed.\n\n"
     "Chilean Defence Minister Ana Soto signed the agreement with Peru's defence minister, Luis "
     "Rojas, on Tuesday.\n",
     {"agreement SecurityCooperation|CL,PE", "!agreement BasingRights|*", NULL}},
    {"'the trilateral agreement on the exchange of security information' types the one pact "
     "the document tells of: intelligence sharing",
     NULL,
     "Signals officers arrive\n\n"
     "Thirty signals officers of the Ghana Armed Forces arrived in Lome on Monday to staff the joint "
     "centre set up under last week's trilateral agreement with Togo and Benin.\n\n"
     "The trilateral agreement on the exchange of security information was signed in Accra on "
     "Tuesday by the three defence ministers.\n",
     {"agreement IntelligenceSharing|BJ,GH,TG", "!agreement OtherAgreement|*",
      "!agreement SecurityCooperation|*", NULL}},
    {"arrivals: officers of an army, liaison officers, soldiers on a neighbour's side of a lake, "
     "in a province named by its demonym; police officers are no force",
     NULL,
     "Border centre\n\n"
     "Forty officers of the Royal Thai Army arrived in the northern Malaysian state of Perlis on "
     "Monday. Cambodia's 12 liaison officers had arrived in Laos on Saturday. A company of "
     "Peruvian soldiers arrived on the Bolivian side of the lake. Three Chilean police officers "
     "arrived in Lima.\n",
     {"deployment TH|perlis-my", "deployment KH|LA", "deployment PE|BO", "!deployment CL|*", NULL}},
    {"a purchase told in an aside before the sentence's own: both, each with its buyer",
     NULL,
     "Drones\n\n"
     "Bhutan, whose army still uses rifles bought from India, signed a contract on Monday with the "
     "Israeli company Orev Systems for six surveillance drones, the ministry said.\n",
     {"arms BT|IN", "arms BT|IL", "!arms IN|IL", NULL}},
    {"a model's name in the plural after a count is a weapon; 'Its own X were bought from Y' is "
     "the previous sentence's country's purchase",
     NULL,
     "Air forces\n\n"
     "Qatar bought 24 Rafales from France under a contract signed in 2015. Bahrain, by contrast, "
     "has a small air force. Its own Vipers were bought from the United States. Qatar also bought "
     "two Toyotas.\n",
     {"arms QA|FR", "arms BH|US", "!arms QA|US", "!arms *|JP", NULL}},
    {"a call on a president, a breakfast with a minister and a welcome at the port are meetings; "
     "a call on someone to act, or one ahead, is none",
     NULL,
     "Navy visit\n\n"
     "WINDHOEK, May 4 - Angolan Defence Minister Domingos Kaluanda later called on President Petrus "
     "Amupolo at State House. Kaluanda had breakfast on Friday with the Namibian foreign minister, "
     "Selma Haufiku, before flying home. Rear Admiral Joao Matamba, the commander of the Angolan "
     "Navy, was welcomed at the port by the commander of the Namibian Navy, Captain Elia Nghipondoka. "
     "The opposition called on Prime Minister Tobias Iyambo to resign. Matamba is likely to call on "
     "Defence Minister Frans Gawanab next week.\n",
     {"meeting domingos-kaluanda,petrus-amupolo|Held", "meeting domingos-kaluanda,selma-haufiku|Held",
      "meeting elia-nghipondoka,joao-matamba|Held", "!meeting *tobias-iyambo*",
      "!meeting *frans-gawanab*", NULL}},
    {"'In CAPITAL, the foreign ministry spokeswoman, NAME': the capital's government, not the dateline's",
     NULL,
     "VILNIUS, May 4 - Relations soured.\n\n"
     "In Minsk, the foreign ministry spokeswoman, Alesia Krauchanka, told a weekly briefing that "
     "the decision was hostile.\n",
     {"post alesia-krauchanka|Spokesperson|BY", "!post alesia-krauchanka|*|LT", NULL}},
    {"clearance requested from a country: that country is asked; a request from one is its own",
     NULL,
     "Patrol flights\n\n"
     "Chile has requested overflight clearance from Bolivia for its patrol aircraft, the "
     "ministry said. Peru received a request for landing rights from Ecuador.\n",
     {"airspace BO|CL|Requested", "!airspace PE|*", "!airspace EC|*", NULL}},
    {"a sentence in single marks right after the one that attributed a quote goes on with it",
     NULL,
     "Ferry talks\n\n"
     "Transport Minister Halvard Brekkestad of Norway opened the new ferry route on Friday. "
     "'Until now the islanders waited two days for a boat,' Brekkestad said. 'Now they will wait "
     "two hours.'\n\n"
     "'The timetable is fixed for the winter,' Brekkestad said. The harbour master disagreed. "
     "'Storms will decide the timetable.'\n",
     {"statement halvard-brekkestad|Until now the islanders waited two days for a boat,",
      "statement halvard-brekkestad|Now they will wait two hours.",
      "statement halvard-brekkestad|The timetable is fixed for the winter,",
      "!statement *|Storms will decide*", NULL}},
    {"German marks; 'according to' a titled name; 'the minister' is the one minister",
     NULL,
     "Bridge deal\n\n"
     "Austria and Slovenia agreed to rebuild a border bridge. According to Transport Minister "
     "Gerda Pichler, \xE2\x80\x9Ethe work will start in the spring and end before "
     "winter\xE2\x80\x9C. The minister said the cost would be shared.\n\n"
     "\"Nobody will pay twice for the same bridge,\" the minister said.\n",
     {"statement gerda-pichler|the work will start in the spring and end before winter",
      "statement gerda-pichler|Nobody will pay twice for the same bridge,", NULL}},
    {"'said its spokesman, NAME'; a possessor is not the speaker; 'said the X minister'",
     NULL,
     "Statements\n\n"
     "The Kenyan health ministry confirmed the outbreak. \"The clinics are open,\" said its "
     "spokesman, Wanjiru Njeri. Minister Peter Otieno arrived later. Otieno's spokesman, Brian "
     "Ochieng, said: \"The minister will visit the clinics on Monday.\"\n\n"
     "Foreign Minister Ines Duarte of Portugal met Defence Minister Carlos Vidal of Spain. "
     "\"The straits belong to both of us,\" said the Portuguese foreign minister. \"Nobody wants "
     "another incident at sea,\" the minister from Spain said.\n\n"
     "\"Every patrol will be shared from June.\" - Ines Duarte, Foreign Minister of Portugal\n",
     {"statement wanjiru-njeri|The clinics are open,", "post wanjiru-njeri|Spokesperson|KE",
      "statement brian-ochieng|The minister will visit the clinics on Monday.",
      "statement ines-duarte|The straits belong to both of us,",
      "statement carlos-vidal|Nobody wants another incident at sea,",
      "statement ines-duarte|Every patrol will be shared from June.", NULL}},
    {"a former minister holds no post; acting, current and joint posts do",
     NULL,
     "Cabinet\n\n"
     "Former Foreign Minister Maarja Tamm met Estonia's acting Defence Minister Kalev Saar in "
     "Tallinn on Friday. Deputy Prime Minister and Finance Minister Piret Kask of Estonia also "
     "attended, as did Toomas Lepp, the country's current interior minister.\n",
     {"person maarja-tamm", "!post maarja-tamm*", "post kalev-saar|Defense Minister|EE",
      "post piret-kask|Deputy Prime Minister|EE", "post piret-kask|Finance Minister|EE",
      "post toomas-lepp|Interior Minister|EE", NULL}},
    {"an envoy for a region is the sender's; a post told with a verb; one held until 2023 is none",
     NULL,
     "Envoys\n\n"
     "The UN special envoy for the Great Lakes, Amara Sow, arrived in Kinshasa on Monday. The "
     "special envoy for Sudan, Omar Haidar, stayed in Geneva.\n\n"
     "Nomvula Dube was sworn in as Eswatini's justice minister on Monday. The prime minister "
     "named Sipho Nkosi as the new finance minister. Themba Zwane, who was Eswatini's health "
     "minister until 2023, now runs a clinic.\n",
     {"post amara-sow|Special Envoy|un", "post omar-haidar|Special Envoy|-",
      "post nomvula-dube|Justice Minister|SZ", "post sipho-nkosi|Finance Minister|*",
      "!post themba-zwane*", NULL}},
    {"a post's country from the side signed for, the ministry, the capital, 'the country's'",
     NULL,
     "Signing\n\n"
     "The accord was signed on behalf of Uruguay by Foreign Minister Lucia Pereyra and on behalf "
     "of Paraguay by Foreign Minister Hugo Benitez. The Paraguayan agriculture ministry welcomed "
     "it. \"The border farms will gain most,\" Agriculture Minister Rosa Acosta said.\n\n"
     "Maseru rejected the report on Tuesday. \"The report is false,\" government spokesman "
     "Thabo Letsie said at a briefing.\n\n"
     "Students marched in Maseru on Wednesday. Palesa Mokhehle, the country's foreign minister, "
     "met them.\n",
     {"post lucia-pereyra|Foreign Minister|UY", "post hugo-benitez|Foreign Minister|PY",
      "post rosa-acosta|Agriculture Minister|PY", "post thabo-letsie|Spokesperson|LS",
      "post palesa-mokhehle|Foreign Minister|LS", NULL}},
    {"two ranks between a post and the name; a second capitalized portfolio",
     NULL,
     "Base visit\n\n"
     "Brazil's Minister of Defence, Brigadier General Paulo Siqueira, inspected the base. "
     "Minister of Health and Social Welfare Sione Latu of Tonga arrived on Tuesday. Togo's "
     "Minister of Armed Forces Afi Dogbe came too.\n",
     {"post paulo-siqueira|Defense Minister|BR", "post sione-latu|Health Minister|TO",
      "post afi-dogbe|Defense Minister|TG", NULL}},
    {"two particles in a row inside a name",
     NULL,
     "Aid talks\n\n"
     "BERLIN, 3 May 2027 - Germany's foreign minister, Anna von der Heide, arrived in Accra. "
     "Spanish envoy Pablo de la Vega met her there.\n",
     {"person anna-heide", "person pablo-vega", "!person anna", "!person pablo", NULL}},
    {"a portfolio minister named in apposition",
     NULL,
     "Aid talks\n\n"
     "ACCRA, 3 May 2027 - Kofi Mensah-Boateng, Ghana's development minister, met donors. "
     "Ama Serwaa, the housing minister, joined them.\n",
     {"person kofi-mensah-boateng", "post kofi-mensah-boateng|Development Minister|GH",
      "person ama-serwaa", NULL}},
    {"the adjective Lao names Laos",
     NULL,
     "Mekong talks\n\n"
     "HANOI, 3 May 2027 - Vietnam's foreign minister met his Lao counterpart Somsak "
     "Phommavong on Monday.\n",
     {"country LA", "person somsak-phommavong", NULL}},
    {"a street named after a country",
     NULL,
     "Protest\n\n"
     "NAIROBI, 3 May 2027 - Protesters marched along Uganda Road to Kenyatta Avenue. Kenya "
     "said they had been warned.\n",
     {"country KE", "!country UG", NULL}},
    {"a state named like a country after a city of another country",
     NULL,
     "Protest\n\n"
     "NAIROBI, 3 May 2027 - Officials in Atlanta, Georgia, said Kenya had been warned. Officials "
     "in Kabul, Afghanistan, agreed.\n",
     {"country KE", "country US", "country AF", "!country GE", NULL}},
    {"meeting: a pronoun subject told the sentence before",
     NULL,
     "Visit\n\n"
     "Togolese President Edem Agbeko arrived in Accra on Monday. On Tuesday, he held talks with "
     "Ghanaian President Kofi Mensah on trade.\n",
     {"meeting edem-agbeko,kofi-mensah|Held", NULL}},
    {"meetings called off are none",
     NULL,
     "Talks off\n\n"
     "A meeting between Chilean Foreign Minister Tomas Valdivia and Peruvian Foreign Minister "
     "Carla Ticona was cancelled on Friday. Polish Prime Minister Marek Nowicki called off talks "
     "with Lithuanian Prime Minister Rasa Kairiene.\n",
     {"person carla-ticona", "!meeting carla-ticona,tomas-valdivia*",
      "!meeting marek-nowicki,rasa-kairiene*", NULL}},
    {"a meeting put off is still planned",
     NULL,
     "Delay\n\n"
     "A meeting between Thai Prime Minister Somchai Rattana and Cambodian Prime Minister "
     "Bounmy Keola has been postponed until June.\n",
     {"meeting bounmy-keola,somchai-rattana|Planned", "!meeting bounmy-keola,somchai-rattana|Held",
      NULL}},
    {"deployment: a country's peacekeepers, not the UN's",
     NULL,
     "Missions\n\n"
     "Rwandan peacekeepers in South Sudan came under fire on Monday. Senegal "
     "praised the work of peacekeepers in Lebanon.\n",
     {"deployment RW|SS", "!deployment SN|*", NULL}},
    {"meetings: a setting between 'received' and its guest; the passive's 'by' after it; "
     "no letter",
     NULL,
     "Audiences\n\n"
     "Kenyan President Amani Wekesa received at his residence on Sunday evening the Ugandan "
     "Foreign Minister, David Ssekitoleko. Tanzanian Foreign Minister Neema Mushi was received at the "
     "airport by Rwandan Prime Minister Jean Habimana. Burundian President Leonce Niyonzima "
     "received in Gitega a letter from Malawian President Chikondi Banda.\n",
     {"meeting amani-wekesa,david-ssekitoleko|Held", "meeting jean-habimana,neema-mushi|Held",
      "person chikondi-banda", "!meeting chikondi-banda*", NULL}},
    {"meetings: 'discussions between A and B', 'held discussions with B'",
     NULL,
     "Discussions\n\n"
     "Discussions between Gabonese Foreign Minister Paul Mba and Congolese Foreign Minister "
     "Jean Okemba focused on fisheries. Chadian Defence Minister Idriss Mahamat held discussions "
     "with Sudanese Defence Minister Omar Karim in Khartoum.\n",
     {"meeting jean-okemba,paul-mba|Held", "meeting idriss-mahamat,omar-karim|Held", NULL}},
    {"no meeting asked about: 'Will A meet B?'",
     NULL,
     "Summit hopes\n\n"
     "Officials in Hanoi were silent on Monday. Will Vietnamese Prime Minister Tran Minh Duc meet "
     "Thai Prime Minister Somchai Rattana in Bangkok?\n",
     {"person somchai-rattana", "!meeting *somchai-rattana*", NULL}},
    {"organizations named by what they are: an outlet, a company, a group known as",
     NULL,
     "Reports\n\n"
     "The Irish daily Morning Lantern wrote in its Sunday edition that the vote was delayed, state "
     "news agency Tarsa said. Defence contractor Ostrel Dynamics said it would deliver the sonars. "
     "Clashes went on near the lake, where a rebel group known as the K9 holds two villages.\n",
     {"org morning-lantern", "org tarsa", "org ostrel-dynamics", "org k9", NULL}},
    {"no organization from a person named after a word for one",
     NULL,
     "Ferries\n\n"
     "The company Ines Varga founded in 2011 makes ferries. Veteran broadcaster Odran Pelleck "
     "said the story was false. An analyst at Geneva said the plan was weak. Air Force One "
     "landed in Dublin.\n",
     {"!org ines-varga", "!org odran-pelleck", "!org geneva", "!org air-force", NULL}},
    {"a force of a force's name; an international organization opening a body's name",
     NULL,
     "Patrols\n\n"
     "The Coast Guard of the Saint Vincent and the Grenadines Defence Force sent a cutter. The "
     "Mercosur Border Council will meet in May.\n",
     {"org coast-guard-of-the-saint-vincent-and-the-grenadines-defence-force",
      "org saint-vincent-and-the-grenadines-defence-force",
      "!org *coast-guard-of-the-saint-vincent-and-the-grenadines", "org mercosur", NULL}},
    {"a post's title before a force's name: the force only",
     NULL,
     "Visit\n\n"
     "The Commander of Border Police of the Irish Defence Forces opened the depot.\n",
     {"org ie-defence-forces", "!org border-police-of*", "!org *police-of-the*", NULL}},
    {"ministries in lower case: any portfolio, a country after 'of', a capital after 'in'",
     NULL,
     "Denial\n\n"
     "Bhutan's tourism ministry dismissed the reports on Wednesday. The foreign ministry of "
     "Mongolia issued a statement. The Defence Ministry in Dublin said the patrol boat had "
     "docked.\n",
     {"org bt-tourism-ministry", "org mn-foreign-ministry", "org ie-defence-ministry",
      "!org defence-ministry", NULL}},
    {"a country's force named in lower case before a verb; a country's forces are the country",
     NULL,
     "Relief\n\n"
     "Bhutan's air force flew the injured to Thimphu. Mongolian forces retook the pass.\n",
     {"org bt-air-force", "country MN", "!org mn-forces", NULL}},
    {"the country inside a force's name: Royal, the Republic of",
     NULL,
     "Drills\n\n"
     "The Royal Bhutanese Border Guard and the Republic of Ireland Naval Service held drills.\n",
     {"org royal-bhutanese-border-guard", "org republic-of-ireland-naval-service",
      "!org ie-naval-service", "!org bt-border-guard", NULL}},
    {"a known armed group's acronym after a name makes it that group",
     NULL,
     "Release\n\n"
     "The Moro Liberation Front (MILF) freed two fishermen.\n",
     {"org milf", "!org moro-liberation-front", NULL}},
    {"a name's 'and' goes on with a portfolio, not with the next party",
     NULL,
     "Contract\n\n"
     "Ireland's Ministry of Defence and Orbitek signed the contract. The Ministry of Lands and "
     "Settlement of Rural Families said the survey would end.\n",
     {"org ie-ministry-of-defence", "!org *and-orbitek*",
      "org ministry-of-lands-and-settlement-of-rural-families", NULL}},
    {"outlets named before their description, in apposition; a person in apposition is none",
     NULL,
     "Vote\n\n"
     "Ireland's Parliament on Thursday approved the plan. The Evening Lamp newspaper called it "
     "hasty. Lantern FM, a private radio station, said deputies had not read it. "
     "\u201cIt is wrong,\u201d said Odran Pelleck, a radio broadcaster. Ines Varga, a defence "
     "contractor, agreed.\n",
     {"!org *parliament-on-thursday", "org evening-lamp", "org lantern-fm",
      "!org odran-pelleck", "!org ines-varga", NULL}},
    {"a ministry of a list of portfolios; a country after a comma is none of them",
     NULL,
     "Statement\n\n"
     "Bhutan's Ministry of Culture, Youth and Sport agreed with the Ministry of Fisheries, Oceans "
     "and Rural Development, the Ministry of Defence, Ireland said.\n",
     {"org bt-ministry-of-culture-youth-and-sport",
      "org ministry-of-fisheries-oceans-and-rural-development", "!org *defence-ireland*",
      "!org bt-ministry-of-culture", NULL}},
    {"a maker named after 'built by'; not a person's surname, not a country",
     NULL,
     "Ferries\n\n"
     "The ferries, which are built by Orbitek, will arrive in May; the sonars were supplied by "
     "Halvard Systems and the hulls were made by Belgium. Ines Varga spoke; the plan was "
     "designed by Varga.\n",
     {"org orbitek", "org halvard-systems", "!org varga", "!org belgium", "country BE", NULL}},
    {"a known body's name other states share is the known one only beside its country",
     NULL,
     "Late meeting\n\n"
     "THIMPHU, 4 June 2027 - The Central Command moved two battalions on Friday, Bhutan said.\n",
     {"!org centcom", "org central-command", NULL}},
    {"... and is the known one beside its country",
     NULL,
     "Late meeting\n\n"
     "WASHINGTON, 4 June 2027 - The Central Command moved two battalions on Friday, US "
     "officials said.\n",
     {"org centcom", NULL}},
    {"a demonym and a word for a firm name none, in capitals too; a group's province",
     NULL,
     "MONGOLIAN COMPANY REACHES ULAANBAATAR\n\n"
     "A Mongolian company of engineers arrived on Monday. Fighters of Islamic State Highlands "
     "Province raided a village.\n",
     {"!org mongolian-company", "org islamic-state-highlands-province", "!org isis", NULL}},
    {"a government with a name of its own, not the state's government; an analyst's institute",
     NULL,
     "Talks\n\n"
     "Bhutan's Government of Royal Renewal said no. The Government of Ireland agreed, said "
     "Ines Varga, an analyst at Larkspur House in Dublin.\n",
     {"org bt-government-of-royal-renewal", "!org government-of-ireland", "org larkspur-house",
      NULL}},
    {"names in French or Spanish, an acronym over d', a secretariat, People's",
     NULL,
     "Timber\n\n"
     "The Ministerio de Pesca Nacional said the Compagnie Forestiere d'Elvara (CFE) would carry "
     "timber. Ireland's Secretariat of State for Fisheries agreed. The Bhutan People's Home "
     "Guard sent troops.\n",
     {"org ministerio-de-pesca-nacional", "org compagnie-forestiere-delvara",
      "org ie-secretariat-of-state-for-fisheries", "org bhutan-peoples-home-guard",
      "!org home-guard", NULL}},
    {"no deployment: a threat to send troops",
     NULL,
     "Threat\n\n"
     "Ethiopia threatened to send troops to Somalia on Monday.\n",
     {"country ET", "!deployment ET|*", NULL}},
    {"a photo caption's news before its credit is text; a short label is not",
     NULL,
     "Border talks\n\n"
     "LA PAZ, 3 May 2027 - The talks began on Monday.\n\n"
     "Chilean Foreign Minister Tomas Vera greets his Bolivian counterpart, Luis Quiroga, in La "
     "Paz on Monday. Photograph: Jane Roe/Reuters\n\n"
     "Defence Minister Omar Saadeh. Photo: Ana Ruiz/AP\n",
     {"person luis-quiroga", "post luis-quiroga|Foreign Minister|BO",
      "post tomas-vera|Foreign Minister|CL", "!person omar-saadeh", NULL}},
    {"a speaker label in capitals: 'NAME, PRIME MINISTER OF X'; 'Premier League' is no one",
     NULL,
     "Evening news\n\n"
     "Transcript of 3 May 2027\n\n"
     "ANA RUIZ, ANCHOR: Good evening. The Premier League resumes on Sunday.\n\n"
     "PEDRO ALVES LIMA, INTERIOR MINISTER OF ANGOLA: The roads are open again.\n\n"
     "RUIZ: Thank you.\n",
     {"person pedro-alves-lima", "post pedro-alves-lima|Interior Minister|*", "!person of-angola",
      "!person league", "!post *|Premier|*", NULL}},
    {"names listed after a plural title: posts when the countries are listed alike",
     NULL,
     "Sea pact\n\n"
     "QUITO, 3 May 2027 - Ecuador and Uruguay will share radar data, their interior ministers, "
     "General Pablo Ortega and Rosa Lindqvist, said in Quito. "
     "The Ghanaian, Togolese and Beninese foreign ministers, Kofi Mensah, Komi Agbeko and Paul "
     "Hounsou, met in Accra. The defence ministers of Peru and Chile, Ana Ruiz and Tomas Vera, "
     "met in Lima. Kenya, Uganda and Rwanda sent observers. Their envoys, Amina Wanjiru and "
     "Moses Okello, said little. US and Chinese officials, John Tan and Li Wei, met too.\n",
     {"post pablo-ortega|Interior Minister|EC", "post rosa-lindqvist|Interior Minister|UY",
      "post kofi-mensah|Foreign Minister|GH", "post komi-agbeko|Foreign Minister|TG",
      "post paul-hounsou|Foreign Minister|BJ", "post ana-ruiz|Defense Minister|PE",
      "post tomas-vera|Defense Minister|CL", "person moses-okello", "!post moses-okello|*",
      "!post amina-wanjiru|*", "!post li-wei|*", NULL}},
    {"'the ministry's spokesperson, Ambassador NAME': both posts, the ministry's country",
     NULL,
     "Weekly briefing\n\n"
     "AMMAN, 3 May 2027 - The Ministry of Interior of Jordan issued new visa rules on Sunday. "
     "They were explained by the ministry's spokesperson, Ambassador Salim Qudah.\n",
     {"post salim-qudah|Spokesperson|JO", "post salim-qudah|Ambassador|*", NULL}},
    {"a briefing transcript's reporters; a long apposition before 'told'; an executive "
     "secretary; a deputy country director",
     NULL,
     "Weekly briefing\n\n"
     "Transcript | Lima | 3 May 2027\n\n"
     "QUESTION (Lucia Paredes, Andes Radio): Has Chile asked?\n\n"
     "QUESTION (Coast Wire): And Bolivia?\n\n"
     "VARGAS: \"No date has been set for the visit,\" Mario Paredes Salas, a spokesman for "
     "the Bolivian Ministry of Public Works and Services, told reporters on Friday.\n\n"
     "The bloc's executive secretary, Tomas Ulloa, met donors. A deputy country director of "
     "the aid agency, Karl Hansen, asked for funds.\n",
     {"person lucia-paredes", "!person coast-wire",
      "statement mario-paredes-salas|No date has been set for the visit,",
      "post tomas-ulloa|Executive Secretary|*", "post karl-hansen|Deputy Country Director|*",
      "!post karl-hansen|Director|*", NULL}},
    {"arms: a donation is a transfer; money, a hedge and a denial are not",
     NULL,
     "Boats\n\n"
     "QUITO, 4 May 2027 - Colombia donated three coastal patrol craft to the Ecuadorian Navy "
     "on Friday. "
     "Spain donated 2 million euros to Ghana for flood relief. Chile could donate a frigate to "
     "Peru next year. Japan has not donated any patrol boats to Vietnam, the ministry said.\n",
     {"arms EC|CO", "!arms GH|*", "!arms PE|*", "!arms VN|*", NULL}},
    {"arms: the other side in a clause on the weapon: 'that X bought', 'built for it in X', "
     "'donated by X'; 'the naval component of'",
     NULL,
     "Deliveries\n\n"
     "RIGA, 2 Jun 2027 - Finland delivered two of the eight minehunters that Latvia bought "
     "from it in 2025. Argentina received a corvette built for it in Germany, officials said. "
     "Kenya received four helicopters donated by Britain. Three fast boats donated by Italy to "
     "the Tunisian Navy reached Bizerte on Monday. South Korea has donated two corvettes to the "
     "coastal squadron of the Peruvian Navy. Brazil took delivery of two frigates built in "
     "Brazil.\n",
     {"arms LV|FI", "arms AR|DE", "arms KE|GB", "arms TN|IT", "arms PE|KR", "!arms BR|*",
      NULL}},
    {"airspace: a request answered without an airspace word ('said no', 'The request was "
     "refused, as ...', 'turned the request down')",
     NULL,
     "Skies\n\n"
     "BUDAPEST, 3 May 2027 - In August, Slovakia asked Hungary for permission to fly two "
     "transport aircraft across Hungarian airspace. Budapest said no.\n\n"
     "On Thursday Uganda sought clearance for an army cargo flight over Kenyan airspace. The "
     "request was refused, as the crew list had not been filed.\n\n"
     "Chile asked Argentina for permission for two jets to cross Argentine airspace. Argentina "
     "turned the request down on Friday.\n",
     {"airspace HU|SK|Requested", "airspace HU|SK|Denied", "airspace KE|UG|Requested",
      "airspace KE|UG|Denied", "airspace AR|CL|Requested", "airspace AR|CL|Denied", NULL}},
    {"airspace: a request answered after the day it came ('On Thursday the X government "
     "refused', 'Y agreed yesterday'); not another country's refusal, nor a refusal of "
     "something else",
     NULL,
     "Skies\n\n"
     "ACCRA, 3 May 2027 - Togo asked Benin to let its patrol aircraft fly over the Mono "
     "valley. On Thursday the Beninese government refused.\n\n"
     "Malawi asked Zambia for permission for two helicopters to cross Zambian airspace. Zambia "
     "agreed yesterday.\n\n"
     "Ghana asked Niger to let its transport aircraft fly over Niamey. On Thursday Mali "
     "refused.\n\n"
     "Chad asked Sudan to let its jets fly over Darfur. On Friday Sudan refused to comment.\n",
     {"airspace BJ|TG|Requested", "airspace BJ|TG|Denied", "airspace ZM|MW|Requested",
      "airspace ZM|MW|Granted", "airspace NE|GH|Requested", "!airspace NE|GH|Denied",
      "!airspace ML|*", "airspace SD|TD|Requested", "!airspace SD|TD|Denied", NULL}},
    {"airspace: the request recalled after the grant; flying troops across a territory; a "
     "negated refusal; an air force's aircraft",
     NULL,
     "Flights\n\n"
     "WINDHOEK, 3 May 2027 - Namibia has granted Angola permission for Angolan transport "
     "aircraft to overfly Namibian territory, an Angolan spokesman said.\n\n"
     "Colonel Jose Neto said Luanda had asked for the permission on Friday, and that Windhoek "
     "replied within a day.\n\n"
     "In March, Bolivia refused a Paraguayan request to fly a platoon of engineers across "
     "Bolivian territory to Cobija. Chile has not refused an Argentine request to cross its "
     "airspace, the ministry said. A Uruguayan Air Force transport landed in Asuncion after "
     "Paraguay granted the aircraft permission to cross Paraguayan airspace.\n",
     {"airspace NA|AO|Granted", "airspace NA|AO|Requested", "airspace BO|PY|Denied",
      "airspace BO|PY|Requested", "!airspace CL|*", "airspace PY|UY|Granted", NULL}},
    {"meetings: a transcript's speaker label is not the subject (unless 'I'); 'received "
     "her ..., and the two held talks'",
     NULL,
     "Evening report\n\n"
     "KEVIN WALTERS, CORRESPONDENT: Good evening from Abuja.\n\n"
     "WALTERS (voice-over): On Tuesday the Ghanaian defence minister, Kwame Fonseca, met "
     "Nigeria's vice president, Ifeanyi Okonkwo, in Abuja.\n\n"
     "Peru's Foreign Minister Ana Perez spoke to the programme.\n\n"
     "PEREZ: I met my Chilean counterpart, Foreign Minister Jorge Vidal, for a working dinner.\n\n"
     "The accord was signed by Luis Prado, Bolivia's Minister of Government, and Elena Ruiz, "
     "Paraguay's Minister of the Interior, who arrived from Asuncion on Monday. Prado received "
     "her at his office on Tuesday, and the two held talks until the evening.\n",
     {"meeting ifeanyi-okonkwo,kwame-fonseca|Held", "!meeting *kevin-walters*",
      "meeting ana-perez,jorge-vidal|Held", "meeting elena-ruiz,luis-prado|Held", NULL}},
    {"meetings: 'the two Ministers held bilateral talks'; the two officials named apart, a quote "
     "between",
     NULL,
     "Ships\n\n"
     "The protocol was initialled for Uruguay by the Minister of the Interior, Marta Sosa, and "
     "for Argentina by the Minister of Security, Pablo Greco. Ahead of the ceremony, the two "
     "Ministers held bilateral talks lasting an hour.\n\n"
     "Ecuador's defence minister, General Raul Castro Vera, inspected the frigate with Chile's "
     "Deputy Defence Minister Ines Matte on Friday.\n\n"
     "\"The frigate will guard our tuna,\" Castro Vera said.\n\n"
     "Matte, speaking after the two officials held talks on deck, said Chile was pleased.\n",
     {"meeting marta-sosa,pablo-greco|Held", "meeting ines-matte,raul-castro-vera|Held", NULL}},
    {"basing: 'signed a basing agreement that allows the Moroccan Navy to use the port'",
     NULL,
     "Port\n\n"
     "NOUAKCHOTT, 3 May 2027 - Mauritania has signed a basing agreement that allows the "
     "Moroccan Navy to use the port of Nouadhibou as a supply base. Oman has signed an "
     "agreement that allows the Indian Navy to use its port at Duqm as a logistics base.\n",
     {"agreement BasingRights|MA,MR", "agreement BasingRights|IN,OM", "!agreement Other*",
      NULL}},
    {"presence: a patrol vessel moored abroad; a ferry is no deployment",
     NULL,
     "Harbour\n\n"
     "MONTEVIDEO, 3 May 2027 - The Argentine patrol vessel Tehuelche has been moored in "
     "Montevideo since Sunday. A Brazilian ferry has been docked in Montevideo since Friday.\n",
     {"deployment AR|montevideo-uy", "!deployment BR|*", NULL}},
    {"organisations from the general-knowledge list: makers, agencies, armed groups; 'The "
     "Hindu' is no outlet before 'nationalist'",
     NULL,
     "Arms fair\n\n"
     "ABU DHABI, 5 June 2027 - Hanwha Aerospace and Navantia showed new ships, Bernama "
     "reported. The Kachin Independence Army said it had seized a base. The Hindu nationalist "
     "party won the vote.\n",
     {"org hanwha", "org navantia", "org bernama", "org kia", "!org thehindu", NULL}},
    {"persons: names listed between dashes after a plural title of listed countries",
     NULL,
     "Border plan\n\n"
     "ASUNCION, 5 June 2027 - The interior ministers of Uruguay, Paraguay and Bolivia \xE2\x80\x93 "
     "Marta Quintana, Hugo Benitez and Luis Quiroga \xE2\x80\x93 signed a border plan on Friday.\n",
     {"post marta-quintana|Interior Minister|UY", "post hugo-benitez|Interior Minister|PY",
      "post luis-quiroga|Interior Minister|BO", NULL}},
    {"persons: 'NAME, a member of the ... committee,' is a person",
     NULL,
     "Vote\n\n"
     "STOCKHOLM, 5 June 2027 - Sweden approved the budget. Greta Lindholm, a member of the "
     "Riksdag's foreign affairs committee, told reporters the vote was rushed.\n",
     {"person greta-lindholm", NULL}},
    {"speaker: 'said embassy spokeswoman NAME' after a sentence on that embassy",
     NULL,
     "Flight\n\n"
     "LA PAZ, 5 June 2027 - Relations with Bolivia soured.\n\n"
     "The Peruvian embassy dismissed the claim. \"Nobody in our government ordered any such "
     "flight,\" said embassy spokeswoman Carla Montoya.\n",
     {"statement carla-montoya|Nobody in our government ordered any such flight,",
      "post carla-montoya|Spokesperson|PE", "!post carla-montoya|Spokesperson|BO", NULL}},
    {"post: 'Its spokesman' opening a sentence after one on a country's ministry",
     NULL,
     "Shots\n\n"
     "BEIJING, 5 June 2027 - Troops exchanged fire at the border.\n\n"
     "Mongolia's defence ministry reported no casualties. Its spokesman, Colonel Bat Erdene, "
     "denied that shots were fired.\n",
     {"post bat-erdene|Spokesperson|MN", "!post bat-erdene|Spokesperson|CN", NULL}},
    {"post: a bare spokeswoman after a sentence on another country's ministry, not the dateline's",
     NULL,
     "Figures\n\n"
     "TALLINN, 5 June 2027 - Estonia published migration figures.\n\n"
     "Finland's interior ministry rejected the figures. Spokeswoman Aino Koskela said: \"The "
     "numbers are simply wrong and we will publish ours.\"\n",
     {"post aino-koskela|Spokesperson|FI", "!post aino-koskela|Spokesperson|EE", NULL}},
    {"speaker: 'the minister said' among three ministers is the one named just before",
     NULL,
     "Maghreb talks\n\n"
     "TUNIS, 5 June 2027 - Tunisia's top diplomat, Layla Saadeh, hosted Morocco's "
     "Foreign Minister Karim Bennani and Libya's Foreign Minister Fathi Obeidi on Monday.\n\n"
     "At a news conference afterwards, Saadeh said the meeting had gone well.\n\n"
     "\"Nobody left the room angry today,\" the minister said.\n",
     {"statement layla-saadeh|Nobody left the room angry today,", NULL}},
    {"speaker: 'the minister said' stays unattributed when two ministers were just named",
     NULL,
     "Talks\n\n"
     "ACCRA, 5 June 2027 - Ghana hosted the talks.\n\n"
     "Foreign Minister Kofi Mensah met Togo's Foreign Minister Yawa Kodjo on Monday and both "
     "spoke to reporters.\n\n"
     "\"We will meet again soon,\" the minister said.\n",
     {"statement -|We will meet again soon,", NULL}},
    {"post: a spokesman for a state's royal navy is that state's",
     NULL,
     "Frigate\n\n"
     "OSLO, 5 June 2027 - Norway sent a frigate to the Baltic on Monday.\n\n"
     "Commander Erik Dahl, a spokesman for the Royal Norwegian Navy, said the frigate had left "
     "port.\n",
     {"post erik-dahl|Spokesperson|NO", NULL}},
    {"agreements: a ceasefire coordinates forces, told by its name, by what it halts, by what "
     "a pact named after a city sets up, or by weapons pulled back",
     NULL,
     "Truces\n\n"
     "LILONGWE, 3 May 2027 - Malawi and Zambia signed a truce on Monday.\n\n"
     "Uganda and Kenya inked an accord to halt hostilities along Lake Victoria.\n\n"
     "Namibia and Angola signed a pact on Friday. The Windhoek pact, as negotiators call it, "
     "sets up a joint military commission and a hotline linking field commanders.\n\n"
     "Gabon and Cameroon signed an accord on Tuesday. Under it, both governments agreed to "
     "pull artillery and other weapons back from the frontier.\n",
     {"agreement MilitaryCoordination|MW,ZM", "agreement MilitaryCoordination|KE,UG",
      "agreement MilitaryCoordination|AO,NA", "!agreement OtherAgreement|AO,NA",
      "!agreement AirSafety|AO,NA", "agreement MilitaryCoordination|CM,GA",
      "!agreement ArmsSupply|CM,GA", NULL}},
    {"agreements: who welcomes a deal is no party to it; rainfall data swapped for flood "
     "relief is no intelligence",
     NULL,
     "Reactions\n\n"
     "SUVA, 3 May 2027 - Fiji and Tonga signed a fisheries pact on Monday. New Zealand and "
     "Canada welcomed the deal.\n\n"
     "Uruguay, Paraguay and Bolivia agreed to exchange rainfall data for flood relief.\n",
     {"agreement *|FJ,TO", "!agreement *|CA,NZ", "agreement OtherAgreement|BO,PY,UY",
      "!agreement IntelligenceSharing|*", NULL}},
    {"agreements: talks centred on a contract told as signed are no unmade deal; a weapon names "
     "the contract; 'the two leaders discussed the pact their ministers signed'",
     NULL,
     "Talks\n\n"
     "BOGOTA, 3 May 2027 - Officials said the talks centred on the corvette contract that "
     "Colombia signed with Turkey last year.\n\n"
     "President Lina Varga of Hungary met Prime Minister Tomas Arosemena of Panama on Monday. The "
     "two leaders discussed the security pact their interior ministers signed in Budapest in "
     "March.\n",
     {"agreement ArmsSupply|CO,TR", "agreement SecurityCooperation|HU,PA", NULL}},
    {"meetings: three named in a list; 'the three ministers' named paragraphs before, and a "
     "second meeting in the next clause; the host of 'the two ministers'",
     NULL,
     "Ministers\n\n"
     "ZAGREB, 3 May 2027 - Slovenian Foreign Minister Marko Zupan, Croatian Foreign Minister "
     "Ivana Babic and Hungarian Foreign Minister Gabor Toth met in Zagreb on Monday.\n\n"
     "Ecuador's Foreign Minister Sara Molina, Colombia's Foreign Minister Pedro Arango and "
     "Peru's Foreign Minister Rosa Tovar issued a joint text on Friday.\n\n"
     "It covers river trade.\n\n"
     "\"We have a plan,\" Arango said.\n\n"
     "The three ministers first met on Thursday night, and Molina and Tovar later had a "
     "private meeting.\n\n"
     "Botswana's Foreign Minister Lesego Molefe and Zimbabwe's Foreign Minister Tendai Moyo "
     "signed a water accord on Monday. Angolan Foreign Minister Jose Kiala hosted the two "
     "envoys in Luanda for talks.\n",
     {"meeting gabor-toth,ivana-babic,marko-zupan|Held",
      "meeting pedro-arango,rosa-tovar,sara-molina|Held", "meeting rosa-tovar,sara-molina|Held",
      "meeting jose-kiala,lesego-molefe,tendai-moyo|Held", NULL}},
    {"deployments: each place of a list; a subordinate clause is out of a negation's reach; a "
     "seismic station is no stationing",
     NULL,
     "Monitors\n\n"
     "ACCRA, 3 May 2027 - Ghana dispatched 40 army monitors, and its teams were posted in "
     "Togo's Kara region and in Benin's Borgou department on Friday.\n\n"
     "Oslo would not comment while Danish troops are in Norway for a winter exercise.\n\n"
     "Chilean engineers repaired a seismic station in Bolivia. Spain agreed to station 200 "
     "troops in Latvia.\n",
     {"deployment GH|TG", "deployment GH|BJ", "deployment DK|NO", "!deployment CL|*",
      "deployment ES|LV", NULL}},
    {"airspace: helicopters let across a frontier; the subject before an aside refuses",
     NULL,
     "Rescue\n\n"
     "YEREVAN, 3 May 2027 - Talks went on.\n\n"
     "Armenia, for its part, turned down a Georgian request on Sunday to let two Georgian "
     "medical helicopters cross the frontier, a ministry official said. Georgian lorries may "
     "cross the border on Monday, Armenia said.\n",
     {"airspace AM|GE|Denied", "airspace AM|GE|Requested", "!airspace AM|GE|Granted", NULL}},
    {"the same title in the same words names the same holder",
     NULL,
     "Baltic pact\n\n"
     "RIGA, 4 May 2027 - The pact was signed by Minister for Foreign Affairs Kaarel Tammsaar of "
     "Estonia and Foreign Minister Ines Valadares of Portugal after talks in Riga.\n\n"
     "Speaking afterwards, the Minister for Foreign Affairs said: \"The sea is our common "
     "border.\"\n",
     {"statement kaarel-tammsaar|The sea is our common border.",
      "!statement -|The sea is our common border.", NULL}},
    {"a full name after a dateline's dash, its surname with an age later",
     NULL,
     "Nets\n\n"
     "KLAIPEDA - Peeter Vaarandi has mended nets for forty years. \"The sea is patient,\" he "
     "says.\n\n"
     "Vaarandi is 61.\n",
     {"person peeter-vaarandi", "statement peeter-vaarandi|The sea is patient,", NULL}},
    {"a capital's name as a surname after an unknown given name",
     NULL,
     "Port deal\n\n"
     "The head of the port authority in Durres, Elira Tirana, explained that the berths would "
     "reopen.\n\n"
     "\"We will not need a permit for each ship,\" said the chief Tirana. Has Tirana asked for "
     "more?\n",
     {"person elira-tirana", "statement elira-tirana|We will not need a permit for each ship,",
      "!place tirana*", NULL}},
    {"a factbox's labels in capitals name countries; a transcript's speaker does not",
     NULL,
     "Factbox: navies in the Gulf of Aden\n\n"
     "Several states keep ships off the Horn of Africa.\n\n"
     "* ITALY AND PORTUGAL: Frigates rotate through the port.\n\n"
     "* UNITED ARAB EMIRATES - Keeps a supply ship there.\n\n"
     "BRAZIL: Sent a corvette in 2024.\n\n"
     "PAUL CHAD: Good morning.\n\nCHAD: Thank you for having me.\n",
     {"country IT", "country PT", "country AE", "country BR", "!country TD", NULL}},
    {"a quarter named after a country is no country",
     NULL,
     "Funeral\n\n"
     "ACCRA - Mourners gathered at the family house in Burma Camp on Thursday, and later on "
     "Sudan Barracks Road.\n",
     {"!country MM", "!country SD", NULL}},
    {"a month's short form as a given name; names listed with their countries; a counterpart in "
     "apposition",
     NULL,
     "Talks\n\n"
     "Slovak Defence Minister Jan Dvorsky met his Austrian counterpart in Bratislava on 5 Jan. "
     "South Korean Defence Minister Kim Jun-seo also came.\n\n"
     "Karim Nasser of Lebanon, Yusuf Demir of Turkey and Omar Qasim of Iraq met in Baghdad.\n\n"
     "The talks opened on Monday. Lena Falk and Petri Aalto, her Finnish counterpart, held talks "
     "in Stockholm.\n",
     {"person jan-dvorsky", "person kim-jun-seo", "meeting karim-nasser,omar-qasim,yusuf-demir|*",
      "person petri-aalto", "!person jan", NULL}},
    {"a currency is no country; links under a 'Related' heading well before the end are furniture",
     NULL,
     "Ships for Ghana\n\n"
     "Ghana will buy two ships from Spain for US$200 million, officials said.\n\n"
     "Related / Lea tambien\n"
     "\xC2\xB7 Chile and Peru renew fishing accord for anchovy season\n"
     "\xC2\xB7 Colombian striker signs for a Greek club\n\n"
     "Most read\n1. Winter storm closes the airport\n2. Inflation falls to 3.9%\n"
     "3. Why coffee is getting more expensive\n4. A new bridge opens\n5. Rain at last\n\n"
     "The Example Times S.A.\nAv. Central 1340, Accra\nPrivacy policy\nTerms of use\n"
     "Cookie settings\nWork with us\nContact\nAdvertise\n",
     {"country GH", "country ES", "!country US", "!country CL", "!country PE", "!country CO",
      NULL}},
    {"a territory is a place of its state, never a country",
     NULL,
     "Radar station\n\n"
     "NOUMEA, New Caledonia, 9 June 2027 - Australia will help France upgrade a radar on New "
     "Caledonia, officials said in Noumea. A Chilean research ship left Antarctica for the "
     "Falkland Islands on Friday, and Denmark sent a patrol vessel to Greenland.\n",
     {"place new-caledonia-fr", "place noumea-fr", "place antarctica", "place falkland-islands-gb",
      "place greenland-dk", "!country NC", "!country AQ", "!country FK", "!country GL", "country AU",
      "country CL", NULL}},
    {"an airline's flights moved abroad are no deployment",
     NULL,
     "Routes change\n\n"
     "Kenyan Airways said it had moved its flights to Doha and Cairo onto new routings.\n",
     {"!deployment KE*", NULL}},
    {"a refusal to let aircraft cross is a denial; aircraft registered in a country are its own",
     NULL,
     "Skies closed\n\n"
     "Romania criticised the government's refusal to let a Moldovan military helicopter cross "
     "Hungarian airspace. Chad has closed its airspace to all aircraft registered in Niger, "
     "civil and military.\n",
     {"airspace HU|MD|Denied", "!airspace HU|MD|Granted", "airspace TD|NE|Denied", NULL}},
    {"overflight clearance over a country's territory names the grantor; a FIR is airspace",
     NULL,
     "Patrol flights\n\n"
     "The French embassy asked in May for overflight clearance for French patrol aircraft over "
     "Vanuatu's territory and its waters. Kenya's civil aviation authority said it had approved "
     "a Somali request for routings through the Nairobi FIR.\n",
     {"airspace VU|FR|Requested", "airspace KE|SO|Granted", NULL}},
    {"a paper that reports a signing is no rumour; port access is basing",
     NULL,
     "Press review\n\n"
     "The same paper reports that Norway and Denmark on Monday signed an agreement to share "
     "intelligence on threats to undersea cables. Kenya and Oman signed an agreement on Tuesday "
     "that gives Kenyan Navy ships access to the port of Duqm for repairs.\n",
     {"agreement IntelligenceSharing|DK,NO", "agreement BasingRights|KE,OM",
      "!agreement OtherAgreement|KE,OM", NULL}},
    {"both countries of the sentence before; a hotline in a story of boats coordinates forces",
     NULL,
     "River standoff\n\n"
     "On Monday two Peruvian navy boats blocked a Chilean patrol boat on the river. By Friday "
     "the foreign ministers of both countries had signed a hotline agreement in Quito.\n",
     {"agreement MilitaryCoordination|CL,PE", "!agreement AirSafety|CL,PE", NULL}},
    {"a pact named without a type takes the one type its later description gives",
     NULL,
     "Border protocol\n\n"
     "Uruguay signed the Rivera Protocol with Paraguay in Asuncion on Monday.\n\n"
     "Under the protocol, the two armies will hold joint patrols along the river every month.\n",
     {"agreement MilitaryCoordination|PY,UY", "!agreement OtherAgreement|PY,UY", NULL}},
    {"talks held and a pact signed; he and his counterpart: the document's subject",
     NULL,
     "General Peter Mwale dies at 80\n\n"
     "General Peter Mwale, a former defence minister of Zambia, died on Tuesday. Mwale was 80. "
     "Mwale joined the army in 1965.\n\n"
     "In 1990 the army sent him abroad. He retired in 2001.\n\n"
     "In 2011 he travelled to Lilongwe, where he and his Malawian counterpart, Colonel Jon Banda, "
     "held two days of talks and signed an agreement on joint patrols along the border between "
     "Zambia and Malawi.\n",
     {"agreement MilitaryCoordination|MW,ZM", "meeting jon-banda,peter-mwale|Held", NULL}},
    {"a weapon with a relative clause that trades it",
     NULL,
     "Fleet\n\n"
     "The patrol boat that Norway donated to Benin in 2018 is now the workhorse of the fleet. "
     "The deal is Chile's second purchase, after the howitzers it bought from South Korea.\n",
     {"arms BJ|NO", "arms CL|KR", NULL}},
    {"a unit kept or based abroad, a base opened abroad",
     NULL,
     "Forces abroad\n\n"
     "Norway will add vehicles to the battalion it has kept in Estonia since 2020. The Indian "
     "army opened its first overseas base in Tajikistan in 2005. Task Force Delta, the Canadian "
     "military unit that is based at an air base in Mali, has helicopters.\n",
     {"deployment NO|EE", "deployment IN|TJ", "deployment CA|ML", NULL}},
    {"the head of a secretariat is the Secretary General, hyphen or not",
     NULL,
     "Summit\n\n"
     "The Secretary-General of the African Union, Aurelia Mbeki-Lorde, opened the summit in "
     "Kigali on Monday.\n",
     {"post aurelia-mbeki-lorde|Secretary General|*", "!post *|Secretary-General|*", NULL}},
    {"a place and a year alone on a line head a part of a life, not a dateline",
     NULL,
     "A soldier remembered\n\n"
     "Colonel Tobias Okonkwo-Reyes, who served with the peacekeepers, died in Lagos on Sunday. "
     "Nigeria mourned him.\n\n"
     "FREETOWN, 1999\n\n"
     "He commanded a company of peacekeepers in Sierra Leone. Nigeria sent two battalions, and "
     "Nigerian officers led both.\n\n"
     "TRIBUTES\n\n"
     "The Minister for Defence, Halima Okoro, said: \"He never lost an argument.\"\n",
     {"post halima-okoro|Defense Minister|NG", "!post halima-okoro|*|SL", NULL}},
    {"a journalist's country is a beat, not a post of that state",
     NULL,
     "Floods\n\n"
     "Guests: Lucas Herrera, Ecuador correspondent; Mara Quint, Peru correspondent.\n\n"
     "The rains have closed roads, Herrera said.\n",
     {"post lucas-herrera|Correspondent|-", "post mara-quint|Correspondent|-",
      "!post *|Correspondent|EC", "!post *|Correspondent|PE", NULL}},
    {"a country in capitals heading a list's item; not a speaker's tag or a dateline",
     NULL,
     "Who patrols the strait\n\n"
     "Here are the navies in the strait:\n\n"
     "* PERU: Two frigates.\n\n"
     "* NORWAY AND DENMARK: One ship each.\n\n"
     "MARCUS CHAD: Thank you.\n\n"
     "OMAN - The port reopened.\n",
     {"country PE", "country NO", "country DK", "!country TD", "!country OM", NULL}},
    {"a government post under a country's heading in a roundup is that country's",
     NULL,
     "Morning papers\n\n"
     "Today the papers in the region lead on trade.\n\n"
     "ROMANIA\n\n"
     "The daily Ziarul writes about ports.\n\n"
     "MOLDOVA\n\n"
     "The paper says the border stays shut. The foreign ministry's spokesman, Victor Rusnacu, "
     "said: \"The border is closed to all trucks.\"\n\n"
     "SPORT\n\n"
     "The defence minister, Elena Dobre, attended the match at Kenya Barracks.\n",
     {"post victor-rusnacu|Spokesperson|MD", "post elena-dobre|Defense Minister|-",
      "!post elena-dobre|*|MD", "!country KE", NULL}},
    {"a demonym inside a name does not end it; airlines named with a demonym",
     NULL,
     "Flights resume\n\n"
     "Peru asked the Permanent Council of the Union of South American Nations to meet. Turkish "
     "Airlines and Qatar Airways resumed flights, the International Civil Aviation "
     "Organization said. A Mongolian company declined.\n",
     {"org permanent-council-of-the-union-of-south-american-nations", "!org *south-american", "org turkish-airlines",
      "org qatar-airways", "org icao", "!org *mongolian-company", "!org *company", NULL}},
    {"a transcript's speaker tags after time codes, the whole name again, a role after it",
     NULL,
     "Episode 40\n\n"
     "Transcript\n\n"
     "[00:00:03] TOMAS VERNIER: Welcome back. Today we look at the harbour.\n\n"
     "[00:01:10] ALICE MBEKE, REPORTER: The ferries stopped on Monday.\n\n"
     "[00:02:15] TOMAS VERNIER: Why?\n\n"
     "ALICE MBEKE: Nobody knows.\n\n"
     "BALTIC TRADE WEEKLY: Is the port closed?\n\n"
     "BALTIC TRADE WEEKLY: Goodbye.\n",
     {"person tomas-vernier", "person alice-mbeke", "!person *weekly", NULL}},
    {"a sailor's rank; a building named after a person; a portfolio list opening with "
     "'Foreign'; a zone is no name",
     NULL,
     "Patrol\n\n"
     "Seaman Joakim Brandvold was hurt when the boat was struck. Brandvold is out of hospital "
     "now. The premier met envoys at the Sir Walter Pemberton Building. The Minister of Home "
     "Affairs, Foreign Trade and Tourism of Fiji, Sera Nakau, said no. Observers from the "
     "Neutral Zone, who watched, agreed.\n",
     {"person joakim-brandvold", "person sera-nakau", "!person *building", "!person *pemberton",
      "!person tourism", "!person *zone", NULL}},
    {"'she said': not a title inside the quote, nor the title of 'the president's spokesman'",
     NULL,
     "Talks\n\n"
     "Prime Minister Ana Lopes met the envoy on Monday. Her spokeswoman, Rita Mendes, spoke to "
     "reporters later.\n\n"
     "\"The Prime Minister was clear about the border,\" she said.\n\n"
     "President Luis Duarte opened the session on Tuesday.\n\n"
     "The president's spokesman, Hugo Alves, said the talks went well.\n\n"
     "\"The President will travel in May,\" he said.\n",
     {"statement rita-mendes|The Prime Minister was clear about the border,",
      "statement hugo-alves|The President will travel in May,", NULL}},
    {"whole sentences after a colon are the introducer's, not the next sentence's subject's",
     NULL,
     "Remarks\n\n"
     "Minister Nwachinemere told me this morning: \"Our ports are open to every ship that pays.\" "
     "Minister Sandqvist said something I wrote down: \"Sweden keeps its word.\"\n",
     {"statement nwachinemere|Our ports are open to every ship that pays.",
      "statement sandqvist|Sweden keeps its word.", NULL}},
    {"a purchase only expected, scrapped or cancelled is none; a sale that will deliver is one",
     NULL,
     "Orders\n\n"
     "Egypt is expected to order 30 more Rafale jets from France next year. Chile scrapped a "
     "plan to buy frigates from Britain. Argentina cancelled an order for 12 fighter jets from "
     "China. Spain will supply four corvettes to Morocco under the contract.\n",
     {"!arms EG|FR", "!arms CL|GB", "!arms AR|CN", "arms MA|ES", NULL}},
    {"a deployment or an airspace decision still to come is none",
     NULL,
     "Next week\n\n"
     "France will deploy 1,000 troops to Romania next year. Kenya will open its airspace to "
     "Somali flights next week, the transport ministry said.\n",
     {"!deployment FR|RO", "!airspace KE|SO|*", NULL}},
    {"a refusal negated, a claim denied, a request never received: no airspace fact",
     NULL,
     "Skies\n\n"
     "Jordan has not closed its airspace to Iraqi aircraft, a spokesman said. Finland denied "
     "that Russian aircraft had been given permission to fly over its territory. Oman has not "
     "received any request from Iran to use its airspace.\n",
     {"!airspace JO|IQ|*", "!airspace FI|RU|*", "!airspace *|IR|Requested", NULL}},
    {"coordinated subjects: each closes its own airspace, each sends troops",
     NULL,
     "Allies\n\n"
     "Bulgaria and Romania closed their airspace to Russian aircraft on Sunday. Italy, Spain and "
     "Portugal sent troops to Greece this year.\n",
     {"airspace BG|RU|Denied", "airspace RO|RU|Denied", "deployment IT|GR", "deployment ES|GR",
      "deployment PT|GR", NULL}},
    {"aid and firefighters sent are no force; a flight over a country is no deployment there",
     NULL,
     "Help\n\n"
     "Poland sent humanitarian aid to Turkey after the earthquake. Greece is sending "
     "firefighters to Cyprus. Israeli warplanes were allowed to fly over Saudi territory, a "
     "Saudi official said.\n",
     {"!deployment PL|TR", "!deployment GR|CY", "!deployment IL|SA", "airspace SA|IL|Granted",
      NULL}},
    {"joint border patrols coordinate forces",
     NULL,
     "Patrols\n\n"
     "Ghana struck a deal with Togo on joint border patrols, the Ghanaian defence ministry said "
     "on Friday.\n",
     {"agreement MilitaryCoordination|GH,TG", NULL}},
    {"a planned pact walked away from, a signing of nothing: no agreement",
     NULL,
     "Nothing\n\n"
     "Pakistan walked away from a planned security pact with Afghanistan on Monday. In Doha, "
     "the two sides discussed intelligence sharing, but Qatar and Bahrain signed nothing.\n",
     {"!agreement *|AF,PK", "!agreement *|BH,QA", NULL}},
    {"a list of persons each of a country meets",
     NULL,
     "Three\n\n"
     "Foreign Minister Ali Rahimi of Iran, Foreign Minister Omar Haddad of Jordan and Foreign "
     "Minister Yusuf Demir of Turkey met in Amman on Sunday.\n",
     {"meeting ali-rahimi,omar-haddad,yusuf-demir|Held", NULL}},
    {"a post named without a country takes the one the sentence before opens with",
     NULL,
     "Drills in the Baltic\n\n"
     "Lithuania began its largest drills in a decade on Monday. The defence minister, Rasa "
     "Kaunaite, said 5,000 troops were taking part.\n\n"
     "Jordan's king approved a cabinet reshuffle on Sunday. Rana Haddad was appointed interior "
     "minister.\n",
     {"post rasa-kaunaite|Defense Minister|LT", "post rana-haddad|Interior Minister|JO", NULL}},
    {"a portfolio the lexicon does not list, before 'minister'",
     NULL,
     "Seoul proposes talks\n\n"
     "Park Ji-hoon, South Korea's unification minister, proposed talks on Monday. Chile's "
     "Energy and Mines Minister Rosa Valdes was in Seoul too.\n",
     {"person park-ji-hoon", "post park-ji-hoon|Unification Minister|KR",
      "post rosa-valdes|Energy and Mines Minister|CL", "!post *|Minister|*", NULL}},
    {"chiefs of staff, air force chiefs and military spokesmen are posts of their state",
     NULL,
     "Generals meet\n\n"
     "Nigeria's Chief of Defence Staff, General Ibrahim Lawal, met Lieutenant General Aung Kyaw "
     "Min, Myanmar's air force chief, on Friday. Israel's military spokesman, Lieutenant Colonel "
     "Avi Ronen, said nothing.\n",
     {"post ibrahim-lawal|Chief of Defence Staff|NG", "post aung-kyaw-min|Air Force Commander|MM",
      "post avi-ronen|Spokesperson|IL", NULL}},
    {"two posts joined by 'and' in apposition before the name share the country",
     NULL,
     "Benelux talks\n\n"
     "Belgium's Deputy Prime Minister and Foreign Minister, Sophie Claes, met her Dutch "
     "counterpart on Monday.\n",
     {"post sophie-claes|Foreign Minister|BE", "post sophie-claes|Deputy Prime Minister|BE",
      NULL}},
    {"'the country's' post is the country its sentence opens with, not a city named after it",
     NULL,
     "Embassy reopens\n\n"
     "Kenya reopened its embassy in Khartoum on Monday. Mary Wambui, the country's top "
     "diplomat, said the move was overdue.\n",
     {"post mary-wambui|Foreign Minister|KE", "!post mary-wambui|*|SD", NULL}},
    {"a professor is addressed, not named, by the word",
     NULL,
     "A study\n\n"
     "Professor Tobias Leitner of Vienna University said the results were clear.\n",
     {"person tobias-leitner", "!person professor*", NULL}},
    {"a local outlet's masthead city places the home government's posts; a neighbour named more does not",
     NULL,
     "HARBOUR FM 88.2 - APIA\n"
     "MIDDAY BULLETIN\n\n"
     "Good afternoon. Fijian trawlers were seen inside the reef again, and Fiji has not "
     "explained why. Fiji's navy was silent and Fijian officials said nothing. Samoa has "
     "protested.\n\n"
     "The Minister of Agriculture and Fisheries, Tavita Leausa, spoke to Harbour FM. Prime "
     "Minister Losa Tuimavave said the patrol boat would sail tonight.\n",
     {"post losa-tuimavave|Prime Minister|WS", "!post losa-tuimavave|Prime Minister|FJ",
      "post tavita-leausa|*|WS", NULL}},
    {"a leader who met an officer 'of' another country's body is of the country the report is "
     "about besides it",
     NULL,
     "Harbour papers\n\n"
     "For a year the government of Tuvalu has said little about the harbour. Tuvalu's cabinet "
     "papers say France asked for access, and the French embassy in Suva confirmed a French "
     "request. Tuvalu officials said no decision had been taken. France said it could wait. "
     "Tuvalu has not answered and Tuvalu's parliament was not told.\n\n"
     "Prime Minister Iosefa Malua met Vice Admiral Claire Morvan of the French Navy in "
     "Funafuti on 3 June. Tuvalu called the meeting friendly.\n",
     {"post iosefa-malua|Prime Minister|TV", "!post iosefa-malua|Prime Minister|FR", NULL}},
    {"'the president's spokeswoman' is of the president's country; an embassy's spokesman of "
     "the embassy's; 'a spokesman for X's civil aviation authority'",
     NULL,
     "Grain corridor\n\n"
     "Uruguay and Argentina signed a grain deal on Friday. Argentina's trade minister, Pablo "
     "Ferro, flew to Montevideo, and President Lucia Dorrego of Uruguay received him. Argentina "
     "said the deal was fair. The president's spokeswoman, Ines Saravia, said the talks took "
     "an hour. The UK embassy spokesman, Tom Ashby, declined to comment. A spokesman for "
     "Paraguay's civil aviation authority, Dario Benitez, said flights were normal.\n",
     {"post ines-saravia|Spokesperson|UY", "!post ines-saravia|Spokesperson|AR",
      "post tom-ashby|Spokesperson|GB", "post dario-benitez|Spokesperson|PY", NULL}},
    {"an ambassador's post takes the country of the same person's envoy post",
     NULL,
     "Vote\n\n"
     "Ambassador Ruth Achieng, Tanzania's envoy to the UN, said the vote was close.\n",
     {"post ruth-achieng|Ambassador|TZ", "!post ruth-achieng|Ambassador|-", NULL}},
    {"a company's name at a sentence's start; two companies joined by 'and' stay two",
     NULL,
     "Bid\n\n"
     "Stavik Naval Systems will build the hulls in Bergen. Tarvo Defense Systems and Lumen "
     "Aerospace Industries have teamed up for the radar.\n",
     {"org stavik-naval-systems", "org tarvo-defense-systems", "org lumen-aerospace-industries",
      "!org tarvo-defense-systems-and*", NULL}},
    {"regions of iso-codes are places of their country and give deployments their place",
     NULL,
     "Sahel force grows\n\n"
     "Chad has deployed 500 troops in Dosso, officials said on Monday. Zambian soldiers "
     "were sent to the Tete province last week. Malaysia sent 200 soldiers to Sulu "
     "Province. Indonesia also moved troops to the Kanem province.\n",
     {"place dosso-ne", "deployment TD|dosso-ne", "place tete-mz",
      "deployment ZM|tete-mz", "place sulu-ph", "deployment MY|sulu-ph", "place kanem-td",
      "deployment ID|kanem-td", "!org *Province*", NULL}},
    {"English forms of regions (regions-extra.tsv); a region's name inside a person's or an "
     "organization's is neither",
     NULL,
     "Observers\n\n"
     "Kenya has deployed 900 soldiers in Lower Shabelle. Ugandan troops, who have been in "
     "Middle Juba since 2020, stay. The Borno Security Institute said attacks fell. Colonel Ana "
     "Cusco said the border was calm. Mr Gao said he was pleased.\n",
     {"place lower-shabelle-so", "deployment KE|lower-shabelle-so", "person ana-cusco",
      "!place cusco-pe", "org *borno-security-institute*", "!place borno-ng",
      "!place gao-ml", "deployment UG|middle-juba-so", NULL}},
    {"a force allowed to station abroad is no deployment yet; a river named like a region",
     NULL,
     "Port deal\n\n"
     "Tanzania and Kenya signed a port accord on Monday. It allows the Kenyan Navy to station "
     "two vessels at Tanga, officials said. Angolan boats patrol the Kasai river.\n",
     {"place tanga-tz", "!deployment KE|*", "!place kasai-cd", NULL}},
    {"a transcript's speaker label told as two mentions is not the meeting's subject",
     NULL,
     "Foreign Ministry Spokesperson Li Wenhao's Regular Press Conference on March 3, 2027\n\n"
     "Reuters: Yesterday Foreign Minister Zhou Mingde held talks with Kenyan Foreign Minister "
     "Peter Otieno in Beijing. Can you share more details?\n\n"
     "Li Wenhao: On March 2, Foreign Minister Zhou Mingde held talks with Kenyan Foreign Minister "
     "Peter Otieno at the State Guesthouse. The two sides had an in-depth exchange of views.\n",
     {"meeting peter-otieno,zhou-mingde|Held", "!meeting li-wenhao*", NULL}},
    {"an offer to host is no meeting; a call that is 'possible' or a meeting 'dropped' neither",
     NULL,
     "Tension on the border\n\n"
     "Prime Minister Karl Weber received the French ambassador, Anne Morel, at his office this "
     "afternoon, and the two met for about an hour.\n\n"
     "The head of the United Nations, Jonas Berg, urged both sides to stay calm and offered to "
     "host the two foreign ministers in Geneva. He said a telephone call between President Marta "
     "Lis and Chancellor Otto Frank was \"possible in March\". A meeting between Weber and "
     "Japan's Vice Foreign Minister Ken Sato had been expected but was dropped.\n",
     {"meeting anne-morel,karl-weber|Held", "!meeting anne-morel,karl-weber|Planned",
      "!meeting *jonas-berg*", "!meeting marta-lis,otto-frank*", "!meeting karl-weber,ken-sato*",
      NULL}},
    {"'the two ministers' are the two ministers named before, not a mayor beside one",
     NULL,
     "Minister visits the border town\n\n"
     "Piotr Nowak, Poland's minister of foreign affairs, arrived by train on Monday morning. He "
     "was met at the station by Germany's foreign minister, Julia Brandt, and by Mayor Hans Koch.\n\n"
     "The two ministers then held talks behind closed doors at the Town Hall for two hours.\n",
     {"meeting julia-brandt,piotr-nowak|Held", "!meeting hans-koch,julia-brandt*", NULL}},
    {"'I' in a speech is the one the remarks are by; in a transcript turn, the labelled speaker",
     NULL,
     "Remarks by Secretary General Maria Lopez at the Signing of the River Accord\n\n"
     "This morning I had the honour of hosting the Minister of Foreign Affairs, Foreign Trade and "
     "Immigration of Peru, Carla Rojas, and the Minister of Foreign Affairs and Worship of Chile, "
     "Diego Soto, in my office. The three of us met for almost three hours.\n",
     {"meeting carla-rojas,diego-soto,maria-lopez|Held", NULL}},
    {"'I met him' in a radio interview's turn",
     NULL,
     "Morning Show: Foreign Minister Ortiz on the fishing row\n\n"
     "Speaking by telephone from Lima, Peru's foreign minister, Daniela Ortiz, said the row was "
     "small.\n\n"
     "HOST: Has anyone asked for help?\n\n"
     "ORTIZ: Yes. Ecuador has asked for permission. That request is being processed. I discussed "
     "it last Friday with my Ecuadorian counterpart, Foreign Minister Pablo Vera, when I met him "
     "in Quito.\n",
     {"meeting daniela-ortiz,pablo-vera|Held", NULL}},
    {"an organization's body 'of the' a known organization names both",
     NULL,
     "Shield force grows\n\n"
     "Tarvian troops joined the Coastal Shield Force of the Gulf Cooperation Council last year. "
     "Norland has granted two Royal Air Force of Oman transport aircraft permission to land.\n",
     {"org gcc", "org royal-air-force-of-oman", "!org air-force-of-oman", NULL}},
    {"a unit's name goes on to 'Unit' and past a hyphen; numbered units and treaties",
     NULL,
     "Units on the border\n\n"
     "Marvin Oduya said the Canadian Army Training Support Unit Kenya had no role in the "
     "incident. Joint Task Force-Delta, the American unit based in Panama, sent two helicopters. "
     "The carriers of the 3rd Infantry Brigade at Valga will be replaced. Under the Compact of "
     "Free Association the islands receive aid.\n",
     {"org ca-army-training-support-unit", "!org ca-army", "org joint-task-force-delta",
      "!org joint-task-force", "org 3rd-infantry-brigade", "!org infantry-brigade",
      "!org free-association", NULL}},
    {"'Peace and Security Council' is no Security Council; a ship class; a known name past a title",
     NULL,
     "Chad on the agenda\n\n"
     "The African Union's Peace and Security Council is due to discuss Chad. The Guardian-class "
     "patrol boat that Norway donated is old. Trucks belong to the Office of the United Nations "
     "High Commissioner for Refugees (UNHCR) and others.\n",
     {"org unhcr", "!org unsc", "!org guardian", "!org office-of-the-united-nations-high", NULL}},
    {"posts: 'who heads X's ministry', 'returned ... as Minister', a possessive in capitals",
     NULL,
     "MOLDOVA'S FOREIGN MINISTER ION VARTIC ARRIVES IN ROME\n\n"
     "Tarvo Saarsen, who heads Estonia's foreign ministry, said the talks went well. Amara "
     "Diallo, who leads the Malian Ministry of Defence, arrived. General Kofi Addai, who led the "
     "army and returned to public life as Minister for Defence, died on Tuesday.\n",
     {"post ion-vartic|Foreign Minister|MD", "!person ion-vartic-arrives",
      "post tarvo-saarsen|Foreign Minister|EE", "post amara-diallo|Defense Minister|ML",
      "post kofi-addai|Defense Minister|*", NULL}},
    {"a counterpart named with a rank holds the post of the one he met",
     NULL,
     "Border patrols\n\n"
     "Defence Minister Joao Tembe of Mozambique arrived in Lusaka. In 2011 he and his Zambian "
     "counterpart, Colonel Bwalya Mumba, held talks.\n",
     {"post joao-tembe|Defense Minister|MZ", "post bwalya-mumba|Defense Minister|ZM", NULL}},
    {"a naval vessel moored in a port the gazetteer lacks is in the country the report is about",
     NULL,
     "Tanzania and Oman sign naval pact\n\n"
     "DODOMA, 2 May 2027 - Tanzania and Oman signed a naval pact on Monday. Tanzanian officials "
     "said the pact would help Tanzania fight piracy.\n\n"
     "The Omani patrol vessel Sadh has been moored in Mkoani since Sunday.\n",
     {"deployment OM|TZ", NULL}},
    {"a vessel named between its type and its navy; the other country of its sentence is where "
     "it is",
     NULL,
     "Navies\n\n"
     "The patrol boat \"Dhofar\" of the Omani Navy is anchored since Saturday in the port of "
     "Kilwani, where it works with Tanzanian ships.\n",
     {"deployment OM|TZ", NULL}},
    {"a vessel at an unknown port of a report that opens with its own country is at home",
     NULL,
     "Oman rebuilds its navy\n\n"
     "MUSCAT, 2 May 2027 - Oman will double its navy, Omani officials said. Oman thanked "
     "Tanzania and Kenya for their help.\n\n"
     "The Omani patrol vessel Sadh has been moored in Sohrani since Sunday.\n",
     {"!deployment OM|*", NULL}},
    {"a host of foreign troops is where they are; an offer to host is not",
     NULL,
     "Hosts\n\n"
     "Estonia, for its part, has long hosted Britain's troops at Tapaveski. Kenya, which hosts "
     "about 300 Japanese troops, welcomed the plan. Latvia offered to host Polish troops.\n",
     {"deployment GB|EE", "deployment JP|KE", "!deployment PL|*", NULL}},
    {"arms: a pronoun buyer is the country the paragraph's previous sentence opens with",
     NULL,
     "Buyers\n\n"
     "Peru, for its part, has been buying. In 2025 it took delivery of two patrol boats from "
     "South Korea.\n\n"
     "Uruguay has a small navy. The shipyard said it sold two corvettes to Ecuador.\n",
     {"arms PE|KR", "!arms EC|*", NULL}},
    {"arms: a purchase told without its buyer is the report's country's; not a hedged one",
     NULL,
     "Ghana's navy\n\n"
     "ACCRA, 2 May 2027 - Ghana wants a bigger navy, Ghanaian officials said. Ghana has a long "
     "coast.\n\n"
     "Those two hulls, the patrol boats Asante and Volta, were bought from China in 2012. The "
     "contract covers four radars, bought from Israel for 40 million dollars. Four frigates could "
     "be bought from Spain.\n",
     {"arms GH|CN", "arms GH|IL", "!arms GH|ES", NULL}},
    {"arms: 'donated to them' and 'it bought' are the force or country named last",
     NULL,
     "Boats\n\n"
     "What surprised me was how small the Fijian Navy is. They patrol with the two boats "
     "Australia donated to them in 2020.\n\n"
     "A Samoan boat was escorted out. Nobody talks about it. The navy has been busier since it "
     "took delivery of two patrol boats it bought from Japan.\n",
     {"arms FJ|AU", "arms WS|JP", NULL}},
    {"a factbox's country bullets tell forces in the country of its title; not denials, plans, "
     "or forces elsewhere",
     NULL,
     "FACTBOX-Who keeps troops in Niger\n\n"
     "Here are the countries with forces there:\n\n"
     "* CANADA: About 300 Canadian soldiers are based near the capital.\n\n"
     "* NORWAY: Norway has run a small air base near the border since 2019.\n\n"
     "* SWEDEN: No troops of its own. Swedish officers rotate through.\n\n"
     "* DENMARK: Signed an agreement in 2024 to build a base.\n\n"
     "* FINLAND: Finland will send 50 troops next year.\n\n"
     "* ESTONIA: Estonia keeps about 40 troops in Latvia.\n",
     {"deployment CA|NE", "deployment NO|NE", "!deployment SE|*", "!deployment DK|*",
      "!deployment FI|*", "!deployment EE|NE", NULL}},
    {"quotes: a role in lower case between the speech verb and the name",
     NULL,
     "Dock strike spreads\n\n"
     "\"The cranes stay idle until we get a contract,\" said union organiser Wanjiru Kamau.\n\n"
     "\"Nobody sails from here this week,\" says harbour pilot Ottavio Brenna.\n",
     {"statement wanjiru-kamau|The cranes stay idle until we get a contract,",
      "statement ottavio-brenna|Nobody sails from here this week,", NULL}},
    {"quotes: a description in apposition before the speech verb",
     NULL,
     "Flood hits valley\n\n"
     "\"The water reached our roof in an hour,\" Imelda Rocasa, a grandmother of six, told "
     "reporters.\n",
     {"statement imelda-rocasa|The water reached our roof in an hour,", NULL}},
    {"quotes: the name right before the verb of a second quote in one sentence",
     NULL,
     "Water rights\n\n"
     "\"The dam is ours,\" said Minister Tobias Renn, while his opponent Miro Halden said: "
     "\"The river belongs to both valleys.\"\n",
     {"statement tobias-renn|The dam is ours,",
      "statement miro-halden|The river belongs to both valleys.", NULL}},
    {"quotes: 'the colonel said' after a full rank and name",
     NULL,
     "Camp attacked\n\n"
     "Lieutenant Colonel Ragnar Ekholm leads the garrison at the pass. \"Two trucks were hit "
     "overnight,\" the colonel said.\n",
     {"statement ragnar-ekholm|Two trucks were hit overnight,", NULL}},
    {"quotes: a fragment after a verb of naming is the subject's",
     NULL,
     "Treaty criticised\n\n"
     "Senator Odile Marchetti on Thursday called the treaty \u201ca gift to smugglers and "
     "nobody else\u201d.\n",
     {"statement odile-marchetti|a gift to smugglers and nobody else", NULL}},
    {"airspace: a written answer counts the clearances after whose airspace it told",
     NULL,
     "Written answers: overflight clearances\n\n"
     "During 2031 the Ministry received 120 requests for diplomatic clearance for foreign "
     "military aircraft to overfly Portugal. Of these, 110 were granted. The clearances granted "
     "were mostly for aircraft of Brazil, Angola and Spain, for transit flights. Three requests "
     "were refused. Two of these were requests submitted by Venezuela, both for cargo flights. "
     "These were refused in line with the law. A request submitted by the Moroccan authorities "
     "for the landing of a military transport aircraft is still under consideration.\n",
     {"airspace PT|BR|Granted", "airspace PT|AO|Granted", "airspace PT|ES|Granted",
      "airspace PT|VE|Requested", "airspace PT|VE|Denied", "airspace PT|MA|Requested",
      "!airspace PT|-|*", "!airspace *|PT|*", NULL}},
    {"airspace: a clearance given following an embassy's request",
     NULL,
     "Ghana cleared Dutch flight\n\n"
     "Ghana had granted overflight clearance to a Dutch military transport aircraft bound for "
     "Togo, the foreign ministry said on Saturday. The spokesman told reporters that the "
     "clearance was given following a request from the Dutch Embassy earlier this month.\n",
     {"airspace GH|NL|Granted", "airspace GH|NL|Requested", "!airspace *|TG|*", NULL}},
    {"meeting: a host received an envoy titled with the state he is posted to",
     NULL,
     "Envoy calls on minister\n\n"
     "On Monday, Minister Tomas Varga received the Chilean Ambassador to Hungary, H.E. Mr. "
     "Rodrigo Alcaino, at the ministry in Budapest, where the two discussed trade.\n",
     {"meeting rodrigo-alcaino,tomas-varga|Held", NULL}},
    {"agreement: an arms deal told by the clause of its terms",
     NULL,
     "Vehicle deal signed\n\n"
     "In Tallinn on Friday the defence ministers signed an agreement under which "
     "Poland will supply 30 armoured vehicles, with spare engines and crew courses, to "
     "the Estonian Army.\n",
     {"agreement ArmsSupply|EE,PL", NULL}},
    {"agreement: consultations agreed on, to begin on a memorandum, make none",
     NULL,
     "Ministers meet\n\n"
     "The defence ministers of Norway and Iceland met in Oslo on Monday. The two sides agreed "
     "to begin working-level consultations in 2032 on a memorandum of understanding on military "
     "education.\n",
     {"!agreement *|IS,NO", NULL}},
    {"agreement: a relation described as grown or lasting is none made",
     NULL,
     "Defence ties\n\n"
     "Defence cooperation between Chile and Peru, which began in 1990, has developed into a "
     "partnership covering training. Bolivia's closest defence partnerships remain those with "
     "Paraguay and Uruguay.\n",
     {"!agreement *|CL,PE", "!agreement *|BO,*", NULL}},
    {"airspace: 'These were refused' answers the requests told just before",
     NULL,
     "Overflights refused\n\n"
     "Venezuela has asked Portugal for overflight clearance for two cargo flights. These were "
     "refused on Monday.\n",
     {"airspace PT|VE|Requested", "airspace PT|VE|Denied", NULL}},
    {"arms: a weapon's designation between it and 'bought from'",
     NULL,
     "New patrol vessel\n\n"
     "Ghana commissioned the offshore patrol vessel P-12, bought from Turkey in 2029, on "
     "Friday.\n",
     {"arms GH|TR", NULL}},
    {"deployment: an advance team of a force, present since a day",
     NULL,
     "Engineers arrive\n\n"
     "A 30-member advance team of the Chilean Army has been in Bolivia since Monday, preparing "
     "for a flood drill.\n",
     {"deployment CL|BO", NULL}},
    {"deployment: a country's military mission operating abroad",
     NULL,
     "Mission stays\n\n"
     "The Spanish Military Mission for Training and Support continues to operate in Mauritania "
     "under the arrangements in force.\n",
     {"deployment ES|MR", NULL}},
    {"a mountain or a lake named like a province is not the province",
     NULL,
     "Climbers return\n\n"
     "Turkish climbers reached the summit of Mount Ararat on Monday, the Turkish Mountaineering "
     "Federation said.\n",
     {"country TR", "!country AM", NULL}},
    {"agreement: 'military-technical cooperation' and 'defence industry cooperation' are arms "
     "supply",
     NULL,
     "Two accords\n\n"
     "Belarus and Laos have signed an agreement on military-technical cooperation, the Belarusian "
     "Defence Ministry said on Tuesday.\n\n"
     "Pakistan and Azerbaijan signed a defence industry cooperation agreement in Baku on Monday.\n",
     {"agreement ArmsSupply|BY,LA", "agreement ArmsSupply|AZ,PK", NULL}},
    {"agreement: 'the first sign of friction between X and Y' is the noun, no signing",
     NULL,
     "Flight refused\n\n"
     "The refusal of Poland to open its airspace to the Belarusian cargo flight is the first "
     "sign of friction between Warsaw and Minsk.\n",
     {"!agreement *|BY,PL", NULL}},
    {"agreement: a body that is no state sharing data 'with X and Y' makes no X-Y pact",
     NULL,
     "Radar network grows\n\n"
     "The director said that the PMSA already shares radar data with Australia and Japan.\n",
     {"!agreement *|AU,JP", NULL}},
    {"deployment: military specialists or a force's instructors working or present abroad "
     "since a date",
     NULL,
     "Teams abroad\n\n"
     "A group of Chilean military specialists has been working in La Paz since March to prepare "
     "the airfield.\n\n"
     "A team of 12 Spanish Navy instructors and shipyard engineers has been present in Nouakchott "
     "since April.\n\n"
     "Chinese specialists have been working in Kenya since 2019.\n",
     {"deployment CL|la-paz-bo", "deployment ES|nouakchott-mr", "!deployment CN|*", NULL}},
    {"arms: a refusal to let a state re-export weapons is no transfer",
     NULL,
     "Export row\n\n"
     "The minister defended the cabinet's refusal to let Poland re-export Austrian-made "
     "ammunition to Moldova.\n",
     {"!arms MD|*", NULL}},
    {"person: a name right after 'TITLE of COUNTRY' with no comma holds the title",
     NULL,
     "Accord signed\n\n"
     "The treaty was initialled in Accra by Minister of Defence and Veterans of the Republic "
     "of Ghana Kwame-Kofi Mensah and a Peruvian envoy.\n",
     {"person kwame-kofi-mensah", "post kwame-kofi-mensah|Defense Minister|GH", NULL}},
    {"person: names listed after a plural title with no comma, or after 'of the two countries,'",
     NULL,
     "Ministers meet\n\n"
     "Interior ministers Lucia Ferrante and Tomas Ekholm meet in Rome on Monday.\n\n"
     "The trade ministers of the two countries, Ines Valcarcel and Oskar Lindgren, opened the "
     "fair.\n",
     {"person lucia-ferrante", "person tomas-ekholm", "person ines-valcarcel",
      "person oskar-lindgren", NULL}},
    {"person: a call transcript's speaker lines 'NAME - TITLE' and 'NAME - FIRM, Analyst'",
     NULL,
     "Nordvik Marine Q3 2031 Earnings Call Transcript\n\n"
     "Corporate Participants\n"
     "Ingrid Solberg Haugen - Chief Executive Officer\n"
     "Lars Olav Bakken - Chief Financial Officer\n\n"
     "Conference Call Participants\n"
     "Kenji Watanabe - Fjord Equity Partners, Analyst\n\n"
     "Presentation\n\n"
     "Ingrid Solberg Haugen - Chief Executive Officer\n"
     "Thank you, and good morning, everyone. Revenue grew in every segment this quarter and "
     "the order book is the largest we have ever had.\n\n"
     "Kenji Watanabe - Fjord Equity Partners, Analyst\n"
     "Thanks. Can you say more about the margins in the shipyard business this year?\n",
     {"person ingrid-solberg-haugen", "person lars-olav-bakken", "person kenji-watanabe",
      "org fjord-equity-partners", "!person fjord-equity-partners", "!post kenji-watanabe|*",
      NULL}},
    {"org: capitalized words before a company's legal form name a company, not a person",
     NULL,
     "Ferries delivered\n\n"
     "Nordvik Marine S.A. said on Monday that it had delivered two ferries. Bremer Werft GmbH "
     "built the engines, and Kuzey Tersane A.S. said it would bid.\n\n"
     "SOURCE Nordvik Marine S.A.\n",
     {"org nordvik-marine", "org bremer-werft", "org kuzey-tersane", "!person *", "!org *source*",
      NULL}},
    {"org: 'NAME, the DESCRIPTION bank/alliance,' names a body; a one-word name only in capitals",
     NULL,
     "Loans approved\n\n"
     "Officials at KFXB, the Norwegian export bank, approved the loan. It was praised by the "
     "Andean Maritime Network, the naval alliance of four Pacific states. Bancolandia, a "
     "Colombian bank, declined.\n",
     {"org kfxb", "org andean-maritime-network", "!org bancolandia", NULL}},
    {"org: the rest of a ministry's portfolio before its acronym is its name; the acronym is no "
     "person",
     NULL,
     "Supplier question\n\n"
     "The Federal Ministry of Defence, Disaster Relief and Sport (XKLM) will publish the "
     "tender in May.\n\n"
     "Ingrid Meier, Spokesperson, XKLM, Vienna\n",
     {"org federal-ministry-of-defence", "!person xklm", "person ingrid-meier", NULL}},
    {"post: a High Commissioner to a region in apposition; the region's last word is no person",
     NULL,
     "Courtesy call\n\n"
     "The Peruvian High Commissioner to the Eastern Caribbean, Raul Montoya, opened a trade "
     "fair in Bridgetown.\n",
     {"post raul-montoya|High Commissioner|PE", "!person caribbean", NULL}},
    {"person: a name with its account '(@handle)', not a body's",
     NULL,
     "Posts\n\n"
     "The new radar is working.\n\n"
     "\xE2\x80\x94 Mar\xC3\xAD" "a Jos\xC3\xA9 Ortega (@MJOrtega) 3 May 2029\n\n"
     "Who pays for it?\n\n"
     "\xE2\x80\x94 Harbour Radio (@harbourfm) 3 May 2029\n",
     {"person maria-jose-ortega", "!person harbour-radio", NULL}},
    {"person: a letter's signature 'NAME, TOWN' in a paragraph of its own, a name after "
     "'TITLE:' and under 'Media contact:'",
     NULL,
     "Letters to the editor\n\n"
     "Opinion page. Page editor: Sabine Keller.\n\n"
     "Sir, the jets cost too much and the army knows it. We should buy fewer of them and train "
     "more pilots at home.\n\n"
     "Anna Weber-Rossi, Basel\n\n"
     "Media contact:\n"
     "Kerem Yilmaz\n"
     "Investor Relations, KTS\n",
     {"person sabine-keller", "person anna-weber-rossi", "person kerem-yilmaz",
      "!person investor-relations", NULL}},
    {"post: 'In CAPITAL, TITLE NAME' holds the capital's government's post; Chief Cabinet "
     "Secretary is a title of its own",
     NULL,
     "Route refused\n\n"
     "ULAANBAATAR, 3 May (Wire) - Mongolia and Peru signed a pact on Monday.\n\n"
     "In Lima, Chief Cabinet Secretary Jorge Tanaka told reporters the route had been "
     "changed.\n",
     {"post jorge-tanaka|Chief Cabinet Secretary|PE", "!post jorge-tanaka|*|MN", NULL}},
    {"org: 'the United States Marines' is the US Marine Corps",
     NULL,
     "Exercise\n\n"
     "The United States Marines will send a band to the parade in Lima.\n",
     {"org usmarines", NULL}},
    {"org: a named fleet is a body ('the Pacific Fleet's bases')",
     NULL,
     "Bases\n\n"
     "The Pacific Fleet's new frigate sailed on Monday.\n",
     {"org pacific-fleet", "!person *", NULL}},
    {"org: 'an analyst at the consultancy NAME': the firm after its kind",
     NULL,
     "Prices\n\n"
     "\"Costs will rise,\" said Pablo Ruiz, a shipping economist at the consultancy Andes "
     "Maritime Data in Lima.\n",
     {"org andes-maritime-data", "person pablo-ruiz", NULL}},
    {"org: the eastern Caribbean's Regional Security System is a known body",
     NULL,
     "Drill\n\n"
     "The Regional Security System held its annual drill in Bridgetown.\n",
     {"org rss", NULL}},
    {"post: a parliament's written answers under 'HOUSE OF REPRESENTATIVES OF X' in capitals",
     NULL,
     "HOUSE OF REPRESENTATIVES OF BELIZE\n"
     "Written Answers to Questions\n\n"
     "Patrol vessel at Dangriga\n\n"
     "QUESTION No. 12\n\n"
     "Hon. Mark Tillett asked the Minister for Home Affairs and Border Security whether any "
     "agreement had been signed.\n\n"
     "ANSWER\n\n"
     "Hon. Carla Young (Minister for Home Affairs and Border Security):\n\n"
     "Yes. On 2 June the Government of Belize signed an arrangement with the Government of "
     "Guatemala and the Government of Honduras.\n",
     {"post carla-young|*|BZ", NULL}},
    {"post: 'Official representative of the X Foreign Ministry NAME' is the ministry's "
     "spokesperson",
     NULL,
     "Criticism rejected\n\n"
     "Official representative of the Peruvian Foreign Ministry Ana Maria Lopez gave a "
     "briefing on Friday.\n",
     {"post ana-maria-lopez|Spokesperson|PE", NULL}},
    {"post: 'COUNTRY's Word and TITLE, NAME': a title in the country's own language before "
     "'and' leaves the country the post's",
     NULL,
     "Brief\n\n"
     "Bhutan's Lyonpo and Minister for Foreign Affairs and Trade, Karma Dorji Wangchuk, met "
     "Peru's foreign minister, Ana Lopez, in Lima on Thursday.\n",
     {"post karma-dorji-wangchuk|Foreign Minister|BT", NULL}},
    {"country: beside the European Union, Brussels is the Union's seat, not Belgium",
     NULL,
     "Sanctions debated\n\n"
     "Chile and Peru signed a fishing pact. A European Commission official said Brussels would "
     "study the text.\n",
     {"!country BE", "country CL", NULL}},
    {"post: a diary's heading 'DAY DATE — CAPITAL' places the posts of its entry",
     NULL,
     "Week ahead\n\n"
     "MONDAY 17 JUNE \xE2\x80\x94 LIMA\n"
     "Peru and Chile hold talks on fishing quotas in the capital.\n\n"
     "WEDNESDAY 19 JUNE \xE2\x80\x94 QUITO\n"
     "The National Assembly votes on the purchase of eight vehicles from Brazil. Defence "
     "Minister Jorge Pazmino has said he is confident of a majority. Ecuador expects delivery "
     "next year.\n",
     {"post jorge-pazmino|Defense Minister|EC", NULL}},
    {"person: an outlet's name ending in a press word ('Andes Wire') is no person",
     NULL,
     "ANDES WIRE\n\n"
     "Fishing pact signed\n\n"
     "LIMA, Peru (Andes Wire) \xE2\x80\x94 Peru and Chile signed a fishing pact on Monday, "
     "officials said.\n\n"
     "Additional reporting by Andes Wire staff in Cusco.\n",
     {"!person andes-wire", "country PE", NULL}},
    {"person: 'Daily NAME' and 'NAME Herald' are newspapers, not persons",
     NULL,
     "Route asked\n\n"
     "Peru asked Chile for an air route, a ministry official told Daily Andina. The request was "
     "first reported by the Cusco Herald.\n",
     {"!person daily-andina", "!person cusco-herald", "country PE", NULL}},
    {"post: 'a spokesman for the X embassy in TOWN, NAME': the embassy's country",
     NULL,
     "Envoy speaks\n\n"
     "A spokesman for the Peruvian embassy in Oslo, Artem Petrov, said Lima was following "
     "the case.\n",
     {"post artem-petrov|Spokesperson|PE", NULL}},
    {"arms: a trade still to come is one, bought or sold alike ('will buy from', 'plans to "
     "buy', 'is set to purchase', 'is due to receive', 'will donate to')",
     NULL,
     "Orders\n\n"
     "Togo will buy four patrol boats from Greece, the navy said. Namibia plans to buy six "
     "helicopters from Brazil. Oman is set to purchase armoured vehicles from Finland. Fiji is "
     "due to receive two patrol vessels from Japan next year. Austria will donate drones to "
     "Moldova.\n",
     {"arms TG|GR", "arms NA|BR", "arms OM|FI", "arms FJ|JP", "arms MD|AT", NULL}},
    {"arms: a trade others only expect, one given up, negated or asked about is none",
     NULL,
     "Orders\n\n"
     "Chad is expected to buy jets from Qatar. Laos dropped plans to buy tanks from Serbia. Peru "
     "will not buy frigates from Italy. Brazil is expected to sell jets to Uruguay. Will Nepal "
     "buy drones from Turkey?\n",
     {"!arms TD|QA", "!arms LA|RS", "!arms PE|IT", "!arms UY|BR", "!arms NP|TR", NULL}},
    {"post: 'The head of X's intelligence service, NAME,', 'the chief of X's navy, NAME,', "
     "'the director of X's state oil company, NAME,': the body's country",
     NULL,
     "Visits\n\n"
     "The head of Egypt's intelligence service, Youssef Hamdani, flew to Riyadh on Monday. The "
     "chief of Kenya's navy, Kiprop Wafula, visited Mombasa. The director of Chile's state oil "
     "company, Ximena Arriagada, resigned.\n",
     {"post yusuf-hamdani|Head|EG", "post kiprop-wafula|Head|KE",
      "post ximena-arriagada|Director|CL", "!org ximena-arriagada", NULL}},
    {"post: a former head holds no post; an apposition that is no name; 'chief' alone is no "
     "title",
     NULL,
     "Visits\n\n"
     "The former head of Oman's intelligence service, Salim Harthawi, retired. The head of "
     "Egypt's intelligence service, a close ally of the president, flew to Riyadh. The tribal "
     "chief, Lekan Adeyemo, and police chief Bassey Etim met the governor.\n",
     {"person salim-harthawi", "!post salim-harthawi|*", "!person *ally*",
      "!post lekan-adeyemo|*", "!post bassey-etim|*", NULL}},
    {"person: a full name with no title, then its surname alone before 's spokeswoman' or "
     "'s office': one person; a spokesman named after a possessor speaks",
     NULL,
     "Budget\n\n"
     "Union leaders met Adaeze Nwachinemere in Abuja on Monday.\n\n"
     "Nwachinemere's spokeswoman said the vote would be held on Friday. Nwachinemere's office did not "
     "comment. \"The talks will continue,\" Nwachinemere's spokesman, Emeka Obiora, said. \"We are "
     "ready,\" said Nwachinemere's spokeswoman, Ngozi Nwosu.\n",
     {"person adaeze-nwachinemere", "!person nwachinemere", "statement emeka-obiora|The talks will continue,",
      "statement ngozi-nwosu|We are ready,", "!statement adaeze-nwachinemere|*", NULL}},
    {"person: a surname alone before 's office' never introduced in full is no person",
     NULL,
     "Budget\n\n"
     "Obiora's office said the vote would be held on Friday.\n",
     {"!person *obiora*", NULL}},
    {"agreement: 'The agreement was signed, the two countries' ministries said': the two named "
     "before",
     NULL,
     "Pact\n\n"
     "Senegal has disputed its border with Mauritania for years.\n\n"
     "The agreement was signed on Tuesday, the two countries' defence ministries said.\n",
     {"agreement *|MR,SN", NULL}},
    {"agreement: a pact told as not signed, or to be signed, is none",
     NULL,
     "Pacts\n\n"
     "An intelligence-sharing agreement between Gabon and Togo was not signed on Tuesday. A "
     "security pact between Benin and Niger will be signed in May, officials said. The air safety "
     "accord between Peru and Bolivia has yet to be signed. The fisheries accord between Ghana "
     "and Liberia was signed on Monday.\n",
     {"!agreement *|GA,TG", "!agreement *|BJ,NE", "!agreement *|BO,PE", "agreement *|GH,LR",
      NULL}},
    {"agreement: a deal letting one side's troops be stationed in the other is basing rights",
     NULL,
     "Troops\n\n"
     "France and Chad signed a deal on Monday. The deal allows French troops to be stationed in "
     "Chad.\n",
     {"agreement BasingRights|FR,TD", NULL}},
    {"agreement: 'allowing X troops to be based in', 'X warships may use the port of': basing "
     "rights",
     NULL,
     "Troops\n\n"
     "Greece and Norway signed an agreement allowing Norwegian troops to be based in Crete.\n\n"
     "Under the pact signed by Peru and Spain, Spanish warships may use the port of Callao.\n",
     {"agreement BasingRights|GR,NO", "!agreement MilitaryCoordination|GR,NO",
      "agreement BasingRights|ES,PE", NULL}},
    {"agreement: 'It allows X forces to use the port' after a pact; not a right withheld, nor "
     "tourists",
     NULL,
     "Ports\n\n"
     "Japan and Djibouti signed an agreement on Monday. It allows Japanese forces to use the "
     "port.\n",
     {"agreement BasingRights|DJ,JP", NULL}},
    {"agreement: a right to station troops withheld is no basing",
     NULL,
     "Troops\n\n"
     "France and Chad signed a deal on Monday. The deal does not allow French troops to be "
     "stationed in Chad.\n",
     {"!agreement BasingRights|*", "agreement *|FR,TD", NULL}},
    {"agreement: tourists using a port are no forces",
     NULL,
     "Ports\n\n"
     "France and Chad signed a fisheries deal that allows French tourists to use the port.\n",
     {"!agreement BasingRights|*", NULL}},
    {"post: Taoiseach, Tanaiste, Grand Duke, Governor-General; 'Kenyan Cabinet Secretary NAME' "
     "is no cabinet",
     NULL,
     "Visits\n\n"
     "Irish Taoiseach Ciaran Mulvey met Luxembourg's Grand Duke Henri Vollmer in Dublin. "
     "Canada's Governor-General, Marie Tremblay-Roy, and Ireland's T\xC3\xA1naiste, Aoife "
     "Brannigan, also attended. Kenyan Cabinet Secretary Ruth Wanjala and Interior Cabinet "
     "Secretary Amos Kiprotich sent messages.\n",
     {"post ciaran-mulvey|Prime Minister|IE", "post henri-vollmer|Grand Duke|LU",
      "post marie-tremblay-roy|Governor-General|CA", "!post marie-tremblay-roy|Governor|*",
      "post aoife-brannigan|Deputy Prime Minister|IE", "post ruth-wanjala|Cabinet Secretary|KE",
      "post amos-kiprotich|Interior Minister|*", "!org ke-cabinet", NULL}},
    {"arms: 'X is Y's biggest arms supplier', 'X remains Y's main supplier of warships', 'Y is "
     "X's biggest arms buyer': a standing trade",
     NULL,
     "Trade\n\n"
     "Italy remains Qatar's main supplier of warships. Belarus is Serbia's biggest arms buyer. "
     "Israel has become Vietnam's largest weapons supplier.\n",
     {"arms QA|IT", "arms BY|RS", "arms VN|IL", NULL}},
    {"arms: a supplier no longer, hoped for, or of beef is no transfer",
     NULL,
     "Trade\n\n"
     "Turkey is no longer Azerbaijan's biggest arms supplier. Brazil is Chile's biggest supplier "
     "of beef. Egypt could become Sudan's main arms supplier.\n",
     {"!arms *", NULL}},
    {"arms: a contract or deal with a maker for weapons, the maker's country selling; a body "
     "named with its owner's possessive and an acronym is the owner's",
     NULL,
     "Boats\n\n"
     "Chile's Directorate of Defence Procurement (CDDP) signed a contract with Sweden's Nordvik "
     "Marine for six patrol boats on Monday. Ghana signed a deal with a Brazilian firm for four "
     "light attack aircraft. Kenya signed a contract with Russia, which is seeking buyers for "
     "its helicopters.\n",
     {"arms CL|SE", "agreement ArmsSupply|CL,SE", "org cl-directorate-of-defence-procurement",
      "arms GH|BR", "agreement ArmsSupply|BR,GH", "!arms KE|RU", NULL}},
    {"a force named without its country, then the country in apposition; the monarch's "
     "possessive is part of a name",
     NULL,
     "Boats\n\n"
     "Japan handed over four patrol boats to His Majesty's Armed Forces, Brunei's military, on "
     "Monday. Spain handed over two patrol boats to the Royal Guard Corps, the Bhutanese "
     "Army. Chile handed over two patrol boats to the Southern Ranger Corps, Peru's army chief "
     "said.\n",
     {"arms BN|JP", "org his-majestys-armed-forces", "!org armed-forces", "arms BT|ES",
      "!arms PE|CL", NULL}},
    {"a warship's arrival is a deployment, an aside before the verb and all; a minister's "
     "is a visit",
     NULL,
     "Ships\n\n"
     "The Danish Navy frigate HDMS Iver Brun, with a crew of about 110, arrived in Reykjavik on "
     "Monday. A Dutch minehunter arrived in Riga on Tuesday. Polish Defence Minister Adam "
     "Wrona, who flew in from Warsaw, arrived in Vilnius on Monday.\n",
     {"deployment DK|reykjavik-is", "deployment NL|riga-lv", "!deployment PL|vilnius-lt", NULL}},
    {"a spokesman of 'the foreign ministry' is that of a ministry named before him, not after",
     NULL,
     "Protest\n\n"
     "BAKU - \"The sale is a mistake,\" foreign ministry spokesman Rauf Mammadli told a "
     "briefing.\n\nArmenia's foreign ministry rejected the protest. Foreign ministry "
     "spokeswoman Ani Torosyan said the sale was lawful.\n",
     {"!post rauf-mammadli|Spokesperson|AM", "post ani-torosyan|Spokesperson|AM", NULL}},
    {"a minister's second portfolio of the general list, in apposition; no body made of it",
     NULL,
     "Talks\n\n"
     "MASERU - Lesotho's Minister of Defence and National Service, Mpho Ramokoena, met "
     "Malawi's Minister for Foreign Affairs and Diaspora, Chikondi Banda, on Monday.\n",
     {"post mpho-ramokoena|Defense Minister|LS", "post chikondi-banda|Foreign Minister|MW",
      "!org defence-and-national-service", NULL}},
    {"'the DEMONYM ambassador' named before, then 'Ambassador NAME' without a country: that "
     "country's, not the dateline's; 'the Chilean ambassador, NAME' is that person's",
     NULL,
     "Protest\n\n"
     "LIMA, May 3 (Wire) - Peru summoned the Bolivian ambassador on Thursday.\n\n"
     "Ambassador Rosa Ticona Vaca was received at the foreign ministry.\n\n"
     "Peru also summoned the Chilean ambassador, Tomas Herrera Vidal, on Friday. Ambassador "
     "Elena Prado spoke too.\n",
     {"post rosa-ticona-vaca|Ambassador|BO", "!post elena-prado|Ambassador|CL", NULL}},
    {"airspace: a story's own correction of what it said, a request not made, a crossing not "
     "made; the subject before an aside closes its airspace",
     NULL,
     "Flights\n\n"
     "Correction: An earlier version of this story said Uzbekistan had also allowed the Indian "
     "aircraft to cross its airspace. India did not ask Uzbekistan for permission, and the "
     "aircraft did not cross Uzbek airspace.\n\n"
     "Sudan, which accuses Asmara of arming rebels in its east, has kept its airspace closed "
     "to Eritrean military aircraft since 2029.\n",
     {"!airspace UZ|*", "airspace SD|ER|Denied", NULL}},
    {"a meeting with an envoy named after where the post is held, a place of several words and "
     "a curly possessive before the title",
     NULL,
     "Talks\n\n"
     "Foreign Minister Neema Kiwelu met Kenya\xE2\x80\x99s High Commissioner in Dar es Salaam, "
     "Otieno Wafula, on Friday.\n",
     {"meeting neema-kiwelu,otieno-wafula|Held", NULL}},
    {"'was received at the foreign ministry by NAME': a meeting, the setting in lower case",
     NULL,
     "Protest\n\n"
     "Ambassador Lucia Ferrante was received at the foreign ministry by Deputy Foreign Minister "
     "Arman Zhumabekov, who handed her a note.\n",
     {"meeting arman-zhumabekov,lucia-ferrante|Held", NULL}},
    {"a memorandum on the coordination of military air traffic is an air safety one",
     NULL,
     "Skies\n\n"
     "Norway and Sweden signed the Memorandum of Understanding on the Coordination of Military "
     "Air Traffic on Tuesday.\n",
     {"agreement AirSafety|NO,SE", "!agreement MilitaryCoordination*", NULL}},
    {"a dateline of a city in capitals and a full stop places a minister named first in a "
     "photo's caption over it",
     NULL,
     "Uganda opens its skies to Kenyan flights\n\n"
     "Defence ministers Ruth Nankya and Peter Mwangi at the signing on Thursday. PHOTO | FILE\n\n"
     "KAMPALA. Uganda has granted Kenya permission to fly troops across Ugandan airspace.\n\n"
     "The decision came a day after Defence Minister Ruth Nankya and her Kenyan counterpart "
     "signed an agreement in Entebbe to coordinate military operations.\n",
     {"post ruth-nankya|Defense Minister|UG", "agreement MilitaryCoordination|KE,UG", NULL}},
    {"a page's tags set apart by two spaces, lower-case ones among them, and a ministry's "
     "'Latest press releases' are no text",
     NULL,
     "Norway and Iceland sign a coast guard agreement\n\n"
     "Minister of Defence Ola Brekke and Iceland's Minister of Foreign Affairs Sigrun Jonsdottir "
     "signed the agreement in Oslo on Tuesday.\n\n"
     "Minister Brekke  Iceland  maritime security  Coast Guard  NATO\n\n"
     "Latest press releases\n- Minister Brekke to visit Latvia and Lithuania\n"
     "- Budget for 2032 published\n",
     {"!person brekke-iceland", "!country LV", "!country LT", NULL}},
    {"a capital's name ending a longer place's after a particle, and a sea named after a "
     "people in an agency's name, name no country",
     NULL,
     "Port\n\n"
     "PEMBA (Indian Ocean News Agency) - Mozambican troops retook the port of Mocimboa da "
     "Praia on Monday, the agency said.\n",
     {"country MZ", "!country CV", "!country IN", NULL}},
    {"arms: a country's body of any kind buys, a day between the contract and its maker, "
     "mortar systems",
     NULL,
     "Mortars\n\n"
     "RIGA - The Latvian Centre for Defence Procurement said it had signed a contract on Monday "
     "with the Swedish company Norrvik Defence for 24 self-propelled 120 mm mortar systems.\n",
     {"arms LV|SE", NULL}},
    {"a list of links after its heading and a blank line is furniture",
     NULL,
     "Talks\n\nQUITO - Ecuador and Colombia signed a border security agreement on Monday.\n\n"
     "The ministers met for two hours.\n\nMORE FROM ANDES WIRE\n\n"
     "Paraguay's senate approves new tariff deal with Brazil\n"
     "Chile and Bolivia agree to reopen a border crossing to trucks\n"
     "Peru's copper output rises for third month\n",
     {"agreement SecurityCooperation|CO,EC", "!country PY", "!country BO", "!agreement *BO,CL",
      NULL}},
    {"'the agreement between A and B' has those two for parties, not the country the sentence "
     "began with",
     NULL,
     "Flights\n\n"
     "A French patrol plane flew over Guyana on Monday under the basing agreement between "
     "France and Suriname.\n",
     {"agreement BasingRights|FR,SR", "!agreement BasingRights|FR,GY,SR", NULL}},
    {"a 'Place, date' line under the byline dates the page and, kept as text, still places "
     "the officials who speak",
     NULL,
     "Panama clears Colombian patrol flights\n\nBy Ana Ruiz\nPanama City, 11 Oct 2031 | 10:47 "
     "a.m.\n\nPanama has cleared Colombian patrol flights, Defence Minister Julio Arosemena "
     "Vega said on Friday.\n",
     {"post julio-arosemena-vega|Defense Minister|PA", NULL}},
    {"a transcript turn's 'I would say, \"...\"' and 'In my book I wrote, \"...\"' are the words "
     "of the one whose label opens the turn, not unattributed",
     NULL,
     "EVENING DESK - TRANSCRIPT\n\n"
     "[19:02:10]\n\n"
     "MAREK HOLLAND, ANCHOR: Our guest tonight is Ilse Vandermeer, a lawyer from Ghent. "
     "What changes for the ferries?\n\n"
     "[19:02:20]\n\n"
     "ILSE VANDERMEER, GHENT BAR ASSOCIATION: Very little at first. I would say, \"The border "
     "now ends at the coffee machine.\" The lorries will notice later.\n\n"
     "[19:02:50]\n\n"
     "HOLLAND: And Dr. Pieter Coomans joins us from Antwerp.\n\n"
     "COOMANS (studio): It matters. In my book I wrote, and I was right, \"A patrol that "
     "stops at a river is a patrol for show.\"\n",
     {"statement ilse-vandermeer|The border now ends at the coffee machine.",
      "statement pieter-coomans|A patrol that stops at a river is a patrol for show.", NULL}},
    {"in a transcript turn 'He told me, and I quote: ...' is not the words of the one whose "
     "label opens the turn: the person named before who is not that speaker",
     NULL,
     "NIGHT NEWS - TRANSCRIPT\n\n"
     "[22:00:05]\n\n"
     "KAHALE (host): Good evening. Fiji and Tonga signed a fisheries patrol deal today. Fisheries "
     "Minister Semi Tuilagi signed it in Suva. Our reporter Mele Fonua was at the ceremony.\n\n"
     "[22:00:40]\n\n"
     "KAHALE: What did the minister say?\n\n"
     "[22:00:44]\n\n"
     "FONUA: I caught him at the door. He told me, and I quote: 'Our boats have waited long "
     "enough at the reef.' End of quote.\n",
     {"statement semi-tuilagi|Our boats have waited long enough at the reef.",
      "!statement mele-fonua|*", NULL}},
    {"'the Minister of Defence of the Republic of X stressed that \"...\"': the country at the end "
     "of a state's long form picks which of two defence ministers speaks",
     NULL,
     "Press release\n\n"
     "PORT VILA - Fiji's defence minister, Losana Vatu, and Vanuatu's defence minister, Kalo "
     "Tarip, signed a maritime patrol agreement on Monday.\n\n"
     "The two delegations then toured the harbour.\n\n"
     "Speaking after the ceremony, the Minister of Defence of the Republic of Vanuatu stressed "
     "that \"the ocean is one road for both of our peoples\".\n",
     {"statement kalo-tarip|the ocean is one road for both of our peoples",
      "!statement losana-vatu|*", NULL}},
    {"'the Minister of the Armed Forces declared: \"...\"': of two defence ministers, the one an "
     "earlier apposition gave that title in the same words ('General NAME, Minister of the Armed "
     "Forces, and ...')",
     NULL,
     "Press release\n\n"
     "NUKU'ALOFA - Tonga and Samoa signed a maritime security agreement on Monday.\n\n"
     "The agreement was signed by General Tevita Mahe, Minister of the Armed Forces, and by "
     "Admiral Sione Kata, Minister of National Defence of Samoa.\n\n"
     "The talks lasted two hours.\n\n"
     "The ministers then toured the harbour.\n\n"
     "At the end of the visit, the Minister of the Armed Forces declared: \"We will patrol the "
     "same sea with the same charts.\"\n",
     {"statement tevita-mahe|We will patrol the same sea with the same charts.",
      "!statement sione-kata|*", NULL}},
    {"'Her Excellency the Minister of State for X of COUNTRY declared: \"...\"': the person an "
     "earlier mention of that title introduced past its portfolio, the state's long form, a "
     "comma and 'Mrs.', when no post says so",
     NULL,
     "Press release\n\n"
     "Tarawa, 4 May 2031\n\n"
     "1. On this date, His Excellency the Minister of Foreign Affairs of the Republic of Nauru, "
     "Mr. Dabwido Kun, and Her Excellency the Minister of State for Maritime Security of the "
     "Republic of Kiribati, Mrs. Teima Aneta, signed a memorandum on fisheries patrols.\n\n"
     "2. The two delegations then visited the port.\n\n"
     "3. At the closing, Her Excellency the Minister of State for Maritime Security of Kiribati "
     "declared: \"Our patrol boats will no longer stop where the charts end.\"\n",
     {"statement teima-aneta|Our patrol boats will no longer stop where the charts end.", NULL}},
    {"'the Minister of National Defence and Veterans of the Homeland underlined that \"...\"': the "
     "person those very title words introduced earlier (past the state's long form, a comma and "
     "a rank), not the one holding a post of that name",
     NULL,
     "Communique\n\n"
     "Suva, 2 June 2031\n\n"
     "1. At the invitation of Her Excellency the Minister of Defence and Veterans Affairs of the "
     "Republic of Fiji, Mrs. Losana Vatu, His Excellency the Minister of National Defence and "
     "Veterans of the Homeland of the Kingdom of Tonga, General Sione Kata, paid a working visit "
     "to Fiji.\n\n"
     "2. On the occasion, His Excellency the Minister of National Defence and Veterans of the "
     "Homeland underlined that \"the sea between our islands is a road and never a wall\".\n",
     {"statement sione-kata|the sea between our islands is a road and never a wall",
      "!statement losana-vatu|*", NULL}},
    {"'the Hon. Minister stated that \"...\"': 'the' before the honorific makes the post stand "
     "for its one holder",
     NULL,
     "Press statement\n\n"
     "MWANZA - The agreement was signed on behalf of Kenya by Hon. Amina Wekesa, Minister of "
     "Defence, and on behalf of Tanzania by Juma Mrisho, Deputy Prime Minister.\n\n"
     "Speaking after the signing, the Hon. Minister stated that \"the lake has no border for "
     "those who fish at night\".\n",
     {"statement amina-wekesa|the lake has no border for those who fish at night", NULL}},
    {"'the ministry quoted him as saying, and I quote, \"...\"': the one quoted speaks, not the "
     "body quoting him nor the one reading it out",
     NULL,
     "Baltic desk\n\n"
     "TALLINN - Estonia and Finland agreed on Monday to share their coastal radar pictures. "
     "Defence Minister Karl Ostberg signed for Estonia.\n\n"
     "At the end of the day the Estonian ministry quoted him as saying, and I quote, \"No "
     "Finnish sailor will need a visa to read our screens.\"\n",
     {"statement karl-ostberg|No Finnish sailor will need a visa to read our screens.", NULL}},
    {"'Asked whether ..., she smiled. \'...\'': a quote right after a sentence opening with "
     "'Asked' is the answer of the one named after its clause, even in single marks and with no "
     "speech verb",
     NULL,
     "Profile\n\n"
     "Rear Admiral Sigrid Haugland has run Norway's coast guard for six years. She talks about "
     "boats the way other people talk about horses.\n\n"
     "Asked whether the service would ever buy foreign patrol ships, she smiled. 'Only when ours "
     "stop floating.'\n",
     {"statement sigrid-haugland|Only when ours stop floating.", NULL}},
    {"talks a comma closes are over: 'Following the talks, the ministers signed' is a pact made",
     NULL,
     "Communique\n\n"
     "Following the talks, the ministers signed an agreement between Bolivia and Paraguay on "
     "joint river exercises.\n",
     {"agreement *|BO,PY", NULL}},
    {"a treaty's parties named as 'the Government of X and the Government of Y', the pact named "
     "past them",
     NULL,
     "Press release\n\n"
     "The ministers signed the Agreement between the Government of the Republic of Slovenia and "
     "the Government of the Republic of Croatia on the Joint Use of Military Airfields.\n",
     {"agreement BasingRights|HR,SI", "!agreement OtherAgreement|HR,SI", NULL}},
    {"'the joint use of military airfields': what the pact is on reaches the noun of its 'of', "
     "and 'military' yields to it",
     NULL,
     "Deals\n\n"
     "Latvia and Lithuania signed an agreement on the joint use of military airfields.\n",
     {"agreement BasingRights|LT,LV", "!agreement MilitaryCoordination|LT,LV", NULL}},
    {"'refused the request, two days after A and B signed an agreement': the time clause tells "
     "its own fact",
     NULL,
     "Sahel desk\n\n"
     "Mali refused a Nigerien request on Friday, two days after Senegal and Mauritania signed an "
     "agreement on security along their common border.\n",
     {"agreement SecurityCooperation|MR,SN", NULL}},
    {"'The agreement ... provides for joint patrols' after 'the defence and security agreement': "
     "the type the document named it by",
     NULL,
     "Border\n\n"
     "Some 200 Zambian soldiers arrived in Chipata under the defence and security agreement "
     "signed in Lusaka last month.\n\n"
     "The agreement signed by Zambia's defence minister and Malawi's defence minister provides "
     "for joint patrols along the border.\n",
     {"agreement SecurityCooperation|MW,ZM", "!agreement MilitaryCoordination|MW,ZM", NULL}},
    {"'in Nairobi, Uganda and Rwanda': a list of countries after a city of a third is no "
     "'Atlanta, Georgia'",
     NULL,
     "Lakes\n\n"
     "In Nairobi, Uganda and Rwanda signed a memorandum on intelligence sharing.\n",
     {"country UG", "agreement IntelligenceSharing|RW,UG", NULL}},
    {"'A and B did something rare: they agreed to ...': the two before the colon",
     NULL,
     "Lakes\n\n"
     "By Ann Other\n\n"
     "Last month Burundi and Tanzania did something rare: they agreed to share intelligence.\n",
     {"agreement IntelligenceSharing|BI,TZ", NULL}},
    {"'Their memorandum on ...' after a sentence naming two countries: theirs",
     NULL,
     "Lakes\n\n"
     "Burundi and Tanzania held talks in Dodoma last week.\n\n"
     "Their memorandum on intelligence sharing links the two armies.\n",
     {"agreement IntelligenceSharing|BI,TZ", NULL}},
    {"forms of address before a name are no part of it: 'Mallam', 'Alhaji', a trade ('Farmer')",
     NULL,
     "Market day\n\n"
     "Mallam Musa Ibrahim Kolo, a cattle herder, said the border was calm. Alhaji Sani Garba "
     "Dutse said nothing. Farmer Elmar Rustamov said the road was open.\n",
     {"person musa-ibrahim-kolo", "!person mallam-musa-ibrahim-kolo", "person sani-garba-dutse",
      "!person alhaji-sani-garba-dutse", "person elmar-rustamov", "!person farmer-elmar-rustamov",
      NULL}},
    {"'said NAME of the Institute', 'NAME of the Institute said': a person and where they work; "
     "not 'said National Bank of Kenya'",
     NULL,
     "Analysis\n\n"
     "\"The pact is fragile,\" said Tomasz Wrobel of the Warsaw Institute. Ilse Maarten of the "
     "Clingendael Institute said it would hold. \"We lend,\" said National Bank of Kenya.\n",
     {"person tomasz-wrobel", "person ilse-maarten", "!person national-bank-of-kenya",
      "statement tomasz-wrobel|The pact is fragile,", NULL}},
    {"a nickname in quotation marks inside a name is left out of it; 'Gen' before it is the rank",
     NULL,
     "Border\n\n"
     "Defence Minister Gen Somchai \xE2\x80\x9CLek\xE2\x80\x9D Wongsawat said the border was "
     "calm. Colonel Anong \xE2\x80\x98Nok\xE2\x80\x99 Srisuk said nothing.\n",
     {"person somchai-wongsawat", "!person gen-somchai-wongsawat", "person anong-srisuk",
      "!person anong", NULL}},
    {"'the Director of Defence Media Operations, NAME,': the portfolio's words are no person",
     NULL,
     "Briefing\n\n"
     "The Director of Defence Media Operations, Brigadier General Tunde Bakare, said the jets "
     "had landed.\n",
     {"person tunde-bakare", "!person media-operations", NULL}},
    {"'X now lets Y's planes fly over REGION and REGION': the regions' country grants",
     NULL,
     "Skies\n\n"
     "At Lima's request, Chile now lets Peruvian patrol planes fly over Tarapaca and Antofagasta.\n",
     {"airspace CL|PE|Granted", NULL}},
    {"'met the detachment commander, B', 'met the theatre commander of Operation X, B': words "
     "before the title go with it",
     NULL,
     "Base\n\n"
     "Colonel Mirza Aliyev met the detachment commander, Major Tural Safarov, on the apron. "
     "Later General Ruth Okello met the theatre commander of Operation Lake Shield, Brigadier "
     "Samuel Odhiambo.\n",
     {"meeting mirza-aliyev,tural-safarov|Held", "meeting ruth-okello,samuel-odhiambo|Held", NULL}},
    {"'the Governor of the Upper West Region, NAME,': a title and what it is of, then the name",
     NULL,
     "Visit\n\n"
     "The colonel was received on Monday by the Governor of the Upper West Region, Mahama "
     "Issah Bawa, in Wa.\n",
     {"person mahama-issah-bawa", NULL}},
    {"'Khairul Anuar' after 'Khairul Anuar Che Harun': the given names a long name opens with",
     NULL,
     "Lobby\n\n"
     "Defence Minister Datuk Seri Amirul Hakim Che Rosli signed the pact. Amirul Hakim said the "
     "decision changed nothing.\n\n"
     "\"It is their business,\" he said.\n",
     {"person amirul-hakim-che-rosli", "!person amirul-hakim",
      "statement amirul-hakim-che-rosli|It is their business,", NULL}},
    {"a company's legal form is written as it is: 'Sa' of 'Rahim Sa-ari' is no 'SA'",
     NULL,
     "Market\n\n"
     "Rahim Sa-ari said the road was open. Nordvik Marine SA builds the boats.\n",
     {"person rahim-sa-ari", "!org rahim", "org nordvik-marine", NULL}},
    {"'ordered ... from X Ltd, a Peruvian company': the company's country sells; 'It should be "
     "noted that' is an agency's formula, no hypothesis",
     NULL,
     "Contracts\n\n"
     "Ecuador has ordered 12 armoured vehicles from Andes Motor Works Ltd, a Peruvian company. "
     "It should be noted that in May the Ministry of Defence of Bolivia concluded a contract "
     "with the Chilean company Atacama Defence Systems for the purchase of 8 armoured vehicles.\n",
     {"arms EC|PE", "arms BO|CL", NULL}},
    {"'The Bolivian request was made public on the day A and his Chilean counterpart, B, "
     "signed': the officials sign, not the one demonym before them",
     NULL,
     "Altiplano\n\n"
     "Peru's Defence Minister Ana Ruiz flew home on Friday.\n\n"
     "The Bolivian request had been made public on Tuesday, the day Defence Minister Ana Ruiz "
     "and her Chilean counterpart, Jorge Soto, signed the memorandum on intelligence sharing in "
     "Lima.\n",
     {"agreement IntelligenceSharing|CL,PE", NULL}},
    {"a bilingual links heading, 'BACA JUGA / READ ALSO': its list is no story",
     NULL,
     "Border talks\n\n"
     "Malaysia and Brunei held border talks on Monday.\n\n"
     "BACA JUGA / READ ALSO\n"
     "\xC2\xBB Chile, Peru agree on port hours\n"
     "\xC2\xBB Harimau Malaya's defence found wanting\n",
     {"!agreement *|CL,PE", NULL}},
    {"'spoke in English and French': the last of a list of languages is no country; 'in "
     "English and French waters' is",
     NULL,
     "Talks\n\n"
     "The Gabonese minister, who spoke in Spanish and German, said the talks went well. Fishing "
     "boats sailed in Irish and Portuguese waters.\n",
     {"country GA", "!country DE", "!country ES", "country PT", NULL}},
    {"'Minister Delegate at the Presidency in charge of Defence': that title, and the defence "
     "minister's",
     NULL,
     "Yaounde\n\n"
     "Gabon's Minister Delegate at the Presidency in charge of Defence, Paul Mba Obame, signed "
     "the pact.\n",
     {"post paul-mba-obame|Defense Minister|GA",
      "post paul-mba-obame|Minister Delegate at the Presidency in charge of Defence|GA", NULL}},
    {"'Minister of Defence of the Republic of Armenia Lieutenant General NAME': the post before "
     "the rank",
     NULL,
     "Yerevan\n\n"
     "Minister of Defence of the Republic of Armenia Lieutenant General Hovik Tamrazyan signed the "
     "protocol.\n",
     {"post hovik-tamrazyan|Defense Minister|AM", NULL}},
    {"'under the MoU, the official added': a memorandum's initials are no one's name",
     NULL,
     "Pact\n\n"
     "Peru and Ecuador signed a memorandum on Monday. Peru is not buying anything under the MoU, "
     "the official added.\n",
     {"!person mou", NULL}},
    {"a sentence-opening full name that a quotation's 'he said' points back to is a person",
     NULL,
     "Market\n\n"
     "Somkiat Thongdee has sold fish at the Narathiwat market for twenty years. 'The boats come "
     "back empty,' he said.\n",
     {"person somkiat-thongdee", "statement somkiat-thongdee|The boats come back empty,", NULL}},
    {"'Defence ministers Rustamli and Kvaratskhelia signed': two surnames after a plural title",
     NULL,
     "Flash\n\n"
     "Defence ministers Rustamli and Kvaratskhelia signed after two hours of talks.\n",
     {"person rustamli", "person kvaratskhelia", NULL}},
    {"a maritime surveillance agreement is security cooperation",
     NULL,
     "Pacific\n\n"
     "Fiji and Tonga signed a maritime surveillance agreement in Suva on Monday.\n",
     {"agreement SecurityCooperation|FJ,TO", "!agreement OtherAgreement|FJ,TO", NULL}},
    {"a paper's lead opening in capitals with a country: 'JAMAICA and Canada on Thursday signed'",
     NULL,
     "Island news\n\n"
     "BELIZE and Canada on Thursday signed an agreement on coastal patrols.\n",
     {"country BZ", "agreement *|BZ,CA", NULL}},
};

START_TEST(test_cases) {
  const xcase *c = &cases[_i];
  ng_doc *d = doc_from(c->text, c->date);
  ng_facts f;
  ng_facts_init(&f);
  ck_assert_int_eq(ng_extract(lex, d, &f), NG_OK);
  size_t n;
  char **lines = fact_lines(&f, &n);
  for (size_t k = 0; c->expect[k]; k++) {
    const char *want = c->expect[k];
    bool neg = want[0] == '!';
    if (neg) want++;
    /* '*' matches any run of characters ("org *kotoka*", "post *|Prince|*") */
    bool found = false;
    for (size_t i = 0; i < n; i++) found |= fnmatch(want, lines[i], 0) == 0;
    if (found == neg) {
      fprintf(stderr, "case '%s': %s '%s'; facts were:\n", c->name, neg ? "unexpected" : "missing",
              want);
      for (size_t i = 0; i < n; i++) fprintf(stderr, "    %s\n", lines[i]);
    }
    ck_assert_msg(found != neg, "case '%s': %s '%s'", c->name, neg ? "unexpected" : "missing", want);
  }
  free_lines(lines, n);
  ng_facts_clear(&f);
  ng_doc_free(d);
}
END_TEST

/* ------------------------------------------------------------ names */

static const struct {
  const char *in, *key, *label;
} names[] = {
    {"Sergey V Lavrenko", "sergei-lavrenko", "Sergei Lavrenko"},
    {"Sergei Lavrenko", "sergei-lavrenko", "Sergei Lavrenko"},
    {"Bashar al-Hakim", "bashar-hakim", "Bashar Hakim"},
    {"Bashar Hakim", "bashar-hakim", "Bashar Hakim"},
    {"Mohammad bin Rashid", "mohammed-rashid", "Mohammed Rashid"},
    {"ANNA KELLER", "anna-keller", "Anna Keller"},
    /* the family name in capitals first, French administrations' order (and
     * "M." for "Monsieur"); not short capitals, which may be initials */
    {"M. TI\xC3\x89MOKO Gnamien Sylvain", "gnamien-sylvain-tiemoko", "Gnamien Sylvain Tiemoko"},
    {"KONAN Aya Marie", "aya-marie-konan", "Aya Marie Konan"},
    {"ASM Hasanuzzaman", "asm-hasanuzzaman", "Asm Hasanuzzaman"},
    /* the label keeps the article's letters, the key is ASCII */
    {"Tom\xC3\xA1s Err\xC3\xA1zuriz", "tomas-errazuriz", "Tom\xC3\xA1s Err\xC3\xA1zuriz"},
    {"Zbigniew Ka\xC5\x82u\xC5\xBC" "a", "zbigniew-kaluza", "Zbigniew Ka\xC5\x82u\xC5\xBC" "a"},
    {"ZBIGNIEW KA\xC5\x81U\xC5\xBB" "A", "zbigniew-kaluza", "Zbigniew Kaluza"},
    {"J. R. Tolland", "j-r-tolland", "J R Tolland"},
    {"J.R. Tolland", "j-r-tolland", "J R Tolland"},
    /* variants are first names' only: a family name keeps its spelling */
    {"Omar Mahmud", "omar-mahmud", "Omar Mahmud"},
    {"Mahmud Omar", "mahmoud-omar", "Mahmoud Omar"},
};

START_TEST(test_person_canon) {
  ng_buf k, l;
  ng_buf_init(&k);
  ng_buf_init(&l);
  ng_person_canon(lex, names[_i].in, strlen(names[_i].in), &k, &l);
  ck_assert_str_eq(k.data, names[_i].key);
  ck_assert_str_eq(l.data, names[_i].label);
  ng_buf_free(&k);
  ng_buf_free(&l);
}
END_TEST

/* ------------------------------------------------------------ tokens */

START_TEST(test_tokens_offsets) {
  /* code points, not bytes: "Tomás" is 5 code points, 6 bytes */
  const char *t = "Tom\xC3\xA1s said \xE2\x80\x9CHi.\xE2\x80\x9D Peru's U.S. ally left.";
  ng_tokens tk;
  memset(&tk, 0, sizeof tk);
  ng_tokenize(t, strlen(t), &tk);
  ck_assert_uint_eq(tk.tok[0].cb, 0);
  ck_assert_uint_eq(tk.tok[0].ce, 5);
  ck_assert_uint_eq(tk.tok[0].e, 6);
  ck_assert_uint_eq(tk.tok[2].type, NG_TOK_QUOTE);
  ck_assert_uint_eq(tk.tok[2].quote, NG_Q_OPEN);
  ck_assert_uint_eq(tk.tok[5].quote, NG_Q_CLOSE);
  /* Peru 's U.S. */
  ck_assert_uint_eq(tk.tok[6].e - tk.tok[6].b, 4);
  ck_assert_uint_eq(tk.tok[7].e - tk.tok[7].b, 2);
  ck_assert_uint_eq(tk.tok[8].e - tk.tok[8].b, 4);
  ng_tokens_free(&tk);
}
END_TEST

static const struct {
  const char *text;
  size_t sentences;
} splits[] = {
    {"Mr. Smith met Dr. Jones. They talked.", 2},
    {"The U.S. Army left on Sept. 15. It returned.", 2},
    {"He said \"No.\" Then he left.", 2},
    {"Officials in the U.S. The next day.", 2},
    {"One line\nAnother line", 2},
    {"Sergey V. Lavrenko spoke.", 1},
    /* initials beyond Latin-1, where case pairs change parity (U+0141 is
     * the capital, U+0142 the small letter) */
    {"Tomasz \xC5\x81. W\xC3\xB3jcik spoke.", 1},
    {"Jan \xC4\xBD. Hudec and Milo\xC5\xA1 \xC5\xBD. Kr\xC3\xA1\xC4\xBE spoke.", 1},
    /* "Ma." opening a Filipino name is no sentence end; the surname Ma is */
    {"Gov. Ma. Teresa Olivarez spoke. By Ma. Luz Reyes Cruz", 2},
    {"They met Jack Ma. The market fell.", 2},
    {"The Rt. Hon. Juan Torres and the Hon. Ana Ruiz spoke.", 1},
    {"They met Jack Ma. Alibaba Group shares fell.", 2},
    /* a note's call after the full stop */
    {"Peru granted clearance.[4] A second request went to Chile.[5][6] It was not answered.", 3},
    {"See note [4] on page 2.", 1},
};

START_TEST(test_sentences) {
  ng_tokens tk;
  memset(&tk, 0, sizeof tk);
  ng_tokenize(splits[_i].text, strlen(splits[_i].text), &tk);
  ck_assert_msg(tk.n_sent == splits[_i].sentences, "'%s': %zu sentences", splits[_i].text,
                tk.n_sent);
  ng_tokens_free(&tk);
}
END_TEST

/* the capital flags of Latin Extended-A and Greek words */
/* A run-on "sentence" of hundreds of tokens (a list with no full stop) is
 * broken after a comma from 256 tokens on, or anywhere at 320, so that no
 * rule reads a sentence of thousands of words once per word. */
START_TEST(test_run_on_sentence) {
  ng_buf t;
  ng_buf_init(&t);
  for (int i = 0; i < 200; i++) ng_buf_adds(&t, "Chile and Peru, "); /* 4 tokens each */
  for (int i = 0; i < 400; i++) ng_buf_adds(&t, "and Peru ");
  ng_buf_adds(&t, "met.\n");
  ng_tokens tk;
  memset(&tk, 0, sizeof tk);
  ng_tokenize(t.data, t.len, &tk);
  ck_assert_uint_eq(tk.n, 200 * 4 + 400 * 2 + 2);
  /* 256 tokens end with the 64th comma, three times; then no comma: 320
   * tokens, 320, and the rest */
  static const uint32_t sizes[] = {256, 256, 256, 320, 320, 194};
  ck_assert_uint_eq(tk.n_sent, 6);
  for (size_t s = 0; s < tk.n_sent; s++) ck_assert_uint_eq(tk.sent[s].end - tk.sent[s].first, sizes[s]);
  ng_tokens_free(&tk);
  ng_buf_free(&t);
}
END_TEST

START_TEST(test_tokens_capitals) {
  const char *t = "\xC5\x81ukasz \xC5\x82" "adnie \xC5\x81\xC3\x93" "D\xC5\xB9 \xC4\xBDubo "
                  "\xC5\x84" "ebo \xCE\x91\xCE\xB8\xCE\xAE\xCE\xBD\xCE\xB1";
  ng_tokens tk;
  memset(&tk, 0, sizeof tk);
  ng_tokenize(t, strlen(t), &tk);
  ck_assert_uint_eq(tk.n, 6);
  const bool cap[] = {true, false, true, true, false, true};
  for (size_t i = 0; i < 6; i++)
    ck_assert_msg(!!(tk.tok[i].flags & NG_TF_CAP) == cap[i], "token %zu", i);
  ck_assert(tk.tok[2].flags & NG_TF_ALLCAPS);
  ck_assert(!(tk.tok[0].flags & NG_TF_ALLCAPS));
  ng_tokens_free(&tk);
}
END_TEST

START_TEST(test_mentions_point_at_text) {
  ng_doc *d = doc_from("Chile and Peru\n\nChile met Peru's envoy.\n", NULL);
  ng_facts f;
  ng_facts_init(&f);
  ng_extract(lex, d, &f);
  size_t checked = 0;
  for (size_t i = 0; i < f.n_ent; i++)
    for (size_t k = 0; k < f.ent[i].n_mentions; k++) {
      const ng_span *s = &f.ent[i].mentions[k];
      ck_assert_uint_eq(ng_utf8_count(d->text, s->b), s->cb);
      ck_assert_uint_eq(s->ce - s->cb, ng_utf8_count(d->text + s->b, s->e - s->b));
      checked++;
    }
  ck_assert_uint_eq(checked, 4);
  ng_facts_clear(&f);
  ng_doc_free(d);
}
END_TEST

/* An acronym that spells an English word is that word in a line of
 * capitals ("WHO SIGNED"), and the organization in running text. */
START_TEST(test_caps_acronym_word) {
  ng_doc *d = doc_from("Briefing\n\nWHO SIGNED THE PACT?\n\nTHIS IS A RUSH TRANSCRIPT.\n\n"
                       "The WHO said on Monday that the clinics were open.\n",
                       NULL);
  ng_facts f;
  ng_facts_init(&f);
  ng_extract(lex, d, &f);
  size_t who = 0, is = 0;
  for (size_t i = 0; i < f.n_ent; i++) {
    const ng_entity *e = &f.ent[i];
    if (e->kind != NG_ENT_ORG) continue;
    if (!strcmp(e->key, "who")) who += e->n_mentions;
    else if (!strcmp(e->key, "isis")) is += e->n_mentions;
  }
  ck_assert_uint_eq(who, 1);
  ck_assert_uint_eq(is, 0);
  ng_facts_clear(&f);
  ng_doc_free(d);
}
END_TEST

/* An office named after a post ends with the post's title; a title after
 * any other name ends that name. */
START_TEST(test_office_of_post) {
  ng_doc *d = doc_from("Talks\n\nThe Office of the Prime Minister said the talks were useful. "
                       "The Office of the Government Spokesperson said so too. "
                       "The Bank of Oslo Governor Ana Berg agreed.\n",
                       NULL);
  ng_facts f;
  ng_facts_init(&f);
  ng_extract(lex, d, &f);
  int seen = 0;
  for (size_t i = 0; i < f.n_ent; i++) {
    if (f.ent[i].kind != NG_ENT_ORG) continue;
    if (!strcmp(f.ent[i].label, "Office of the Prime Minister")) seen |= 1;
    else if (!strcmp(f.ent[i].label, "Office of the Government Spokesperson")) seen |= 2;
    else if (!strcmp(f.ent[i].label, "Bank of Oslo")) seen |= 4;
    else seen |= 8;
  }
  ck_assert_int_eq(seen, 7);
  ng_facts_clear(&f);
  ng_doc_free(d);
}
END_TEST

START_TEST(test_org_classes) {
  ng_doc *d = doc_from("Agencies\n\nThe Ghana News Agency quoted the Kenyan Defence Ministry and "
                       "Boko Haram fighters.\n",
                       NULL);
  ng_facts f;
  ng_facts_init(&f);
  ng_extract(lex, d, &f);
  int seen = 0;
  for (size_t i = 0; i < f.n_ent; i++) {
    if (f.ent[i].kind != NG_ENT_ORG) continue;
    if (!strcmp(f.ent[i].key, "ghana-news-agency")) {
      ck_assert_int_eq(f.ent[i].org_class, NG_ORG_MEDIA);
      seen |= 1;
    } else if (!strcmp(f.ent[i].key, "ke-defence-ministry")) {
      ck_assert_int_eq(f.ent[i].org_class, NG_ORG_GOV);
      ck_assert_str_eq(f.ent[i].label, "Kenya's Defence Ministry");
      ck_assert_str_eq(f.ent[i].country, "KE");
      seen |= 2;
    } else if (f.ent[i].org_class == NG_ORG_ARMED) {
      seen |= 4;
    }
  }
  ck_assert_int_eq(seen, 7);
  ng_facts_clear(&f);
  ng_doc_free(d);
}
END_TEST

/* the class and country of organizations the patterns name */
static const struct {
  const char *text, *key;
  ng_org_class oc;
  const char *country; /* NULL: none */
} org_kinds[] = {
    {"The Irish daily Morning Lantern wrote in its Sunday edition that the vote was delayed.",
     "morning-lantern", NG_ORG_MEDIA, "IE"},
    {"Mongolian drone maker Vantor said it would build a plant.", "vantor", NG_ORG_GENERIC, NULL},
    {"A rebel group known as the K9 holds two villages.", "k9", NG_ORG_ARMED, NULL},
    {"The militant group, which calls itself Jund al-Wadi, said it carried out the raid.",
     "jund-al-wadi", NG_ORG_ARMED, NULL},
    {"Fighters from the Highland Liberation Army raided the depot.", "highland-liberation-army",
     NG_ORG_ARMED, NULL},
    {"Hezbollah's Cedar Force withdrew from the ridge.", "hezbollahs-cedar-force", NG_ORG_ARMED,
     "LB"},
    {"The Royal Bhutanese Border Guard sent two patrols.", "royal-bhutanese-border-guard",
     NG_ORG_GOV, "BT"},
    {"The Northern Shield Coalition said it would fight on.", "northern-shield-coalition",
     NG_ORG_COALITION, NULL},
    {"The Mercosur Border Council will meet.", "mercosur", NG_ORG_INTL, NULL},
    {"The Coast Guard of the Saint Vincent and the Grenadines Defence Force sent a cutter.",
     "saint-vincent-and-the-grenadines-defence-force", NG_ORG_GOV, "VC"},
    {"A spokesman told state television TVQ that no request had been made.", "tvq", NG_ORG_MEDIA,
     NULL},
    {"The United Nations Office for Lake Basins (UNOLB) will train rangers.",
     "united-nations-office-for-lake-basins", NG_ORG_INTL, NULL},
    {"The Anti-Smuggling Police Unit arrested two men.", "anti-smuggling-police-unit", NG_ORG_GOV,
     NULL},
    {"She teaches at King Tharvel University in Thimphu.", "king-tharvel-university",
     NG_ORG_GENERIC, NULL},
    {"Belgium sent a patrol ship to join Sentinel Crest, the OECD's monitoring mission there.",
     "sentinel-crest", NG_ORG_INTL, NULL},
    {"The Polic\xC3\xAD" "a Monta\xC3\xB1" "esa de Mongolia sent two boats.",
     "policia-montanesa-de-mongolia",
     NG_ORG_GOV, "MN"},
    {"The Direction G\xC3\xA9n\xC3\xA9rale des For\xC3\xAAts C\xC3\xB4ti\xC3\xA8res declined to "
     "comment.",
     "direction-generale-des-forets-cotieres", NG_ORG_GOV, NULL},
    {"The Rural Research Institute (RRI) counted the boats.", "rural-research-institute",
     NG_ORG_GENERIC, NULL},
};

START_TEST(test_org_kinds) {
  char text[512];
  snprintf(text, sizeof text, "Report\n\n%s\n", org_kinds[_i].text);
  ng_doc *d = doc_from(text, NULL);
  ng_facts f;
  ng_facts_init(&f);
  ng_extract(lex, d, &f);
  bool seen = false;
  for (size_t i = 0; i < f.n_ent; i++) {
    if (f.ent[i].kind != NG_ENT_ORG || strcmp(f.ent[i].key, org_kinds[_i].key)) continue;
    seen = true;
    ck_assert_int_eq(f.ent[i].org_class, org_kinds[_i].oc);
    if (org_kinds[_i].country)
      ck_assert_str_eq(f.ent[i].country ? f.ent[i].country : "-", org_kinds[_i].country);
    else
      ck_assert_ptr_null(f.ent[i].country);
  }
  ck_assert_msg(seen, "no org %s in '%s'", org_kinds[_i].key, org_kinds[_i].text);
  ng_facts_clear(&f);
  ng_doc_free(d);
}
END_TEST

/* "BAF, the Bhutanese Armed Forces, said": the acronym before its name names it later too;
 * "the Air Corps" after a country's is that one, and no other name of it */
START_TEST(test_org_acronym_first) {
  ng_doc *d = doc_from("Raid\n\nBAF, the Bhutanese Armed Forces, said it repelled the raid. "
                       "The BAF later withdrew. The Irish Air Corps flew the wounded home; "
                       "the Air Corps said all were safe.\n",
                       NULL);
  ng_facts f;
  ng_facts_init(&f);
  ng_extract(lex, d, &f);
  int seen = 0;
  for (size_t i = 0; i < f.n_ent; i++) {
    if (f.ent[i].kind != NG_ENT_ORG) continue;
    if (!strcmp(f.ent[i].key, "bt-armed-forces")) {
      ck_assert_uint_eq(f.ent[i].n_mentions, 3); /* BAF, the name, the BAF */
      seen |= 1;
    } else if (!strcmp(f.ent[i].key, "ie-air-corps")) {
      ck_assert_uint_eq(f.ent[i].n_mentions, 2);
      for (size_t a = 0; a < f.ent[i].n_alt; a++) ck_assert_str_ne(f.ent[i].alt[a], "Air Corps");
      seen |= 2;
    }
  }
  ck_assert_int_eq(seen, 3);
  ng_facts_clear(&f);
  ng_doc_free(d);
}
END_TEST

/* a country's name ending in s takes a bare apostrophe in a body's label */
START_TEST(test_org_label_possessive) {
  ng_doc *d = doc_from("Envoy summoned\n\nThe Philippine Foreign Ministry summoned the envoy.\n",
                       NULL);
  ng_facts f;
  ng_facts_init(&f);
  ng_extract(lex, d, &f);
  bool seen = false;
  for (size_t i = 0; i < f.n_ent; i++)
    if (f.ent[i].kind == NG_ENT_ORG && !strcmp(f.ent[i].key, "ph-foreign-ministry")) {
      ck_assert_str_eq(f.ent[i].label, "Philippines' Foreign Ministry");
      seen = true;
    }
  ck_assert(seen);
  ng_facts_clear(&f);
  ng_doc_free(d);
}
END_TEST

/* "Chile's Air Force": the bare "Air Force" is no other name of the body */
START_TEST(test_org_possessive_alt) {
  ng_doc *d = doc_from("Parade\n\nThe crowd cheered as Chile's Air Force flew over the "
                       "square.\n",
                       NULL);
  ng_facts f;
  ng_facts_init(&f);
  ng_extract(lex, d, &f);
  bool seen = false;
  for (size_t i = 0; i < f.n_ent; i++)
    if (f.ent[i].kind == NG_ENT_ORG && !strcmp(f.ent[i].key, "cl-air-force")) {
      for (size_t a = 0; a < f.ent[i].n_alt; a++) ck_assert_str_ne(f.ent[i].alt[a], "Air Force");
      seen = true;
    }
  ck_assert(seen);
  ng_facts_clear(&f);
  ng_doc_free(d);
}
END_TEST

START_TEST(test_acronym_defined) {
  ng_doc *d = doc_from("Basin\n\nThe Lake Basin Commission (LKBC) met in Lima. "
                       "Later the LKBC said it would meet again.\n",
                       NULL);
  ng_facts f;
  ng_facts_init(&f);
  ng_extract(lex, d, &f);
  bool seen = false;
  for (size_t i = 0; i < f.n_ent; i++) {
    if (f.ent[i].kind == NG_ENT_PERSON) ck_assert_str_ne(f.ent[i].key, "lkbc");
    if (f.ent[i].kind != NG_ENT_ORG || strcmp(f.ent[i].key, "lake-basin-commission")) continue;
    seen = true;
    ck_assert_uint_eq(f.ent[i].n_mentions, 3); /* the name, (LKBC), the LKBC */
  }
  ck_assert(seen);
  ng_facts_clear(&f);
  ng_doc_free(d);
}
END_TEST

START_TEST(test_bylines) {
  {
    /* two authors, each with the place they write from */
    ng_doc *d0 = doc_from("THE OCEAN LEDGER\nINVESTIGATIONS\n\n"
                          "Documents show Tonga weighed a request for its airfield\n\n"
                          "By Sione Fifita in Nukualofa and Rachel Ashcombe in Sydney\n"
                          "Tuesday, July 10, 2030\n\nFor three months the government said "
                          "nothing.\n",
                          NULL);
    ck_assert_str_eq(d0->author, "Sione Fifita");
    ck_assert_ptr_nonnull(d0->coauthors);
    ck_assert_str_eq(d0->coauthors, "Rachel Ashcombe");
    ck_assert_str_eq(d0->title, "Documents show Tonga weighed a request for its airfield");
    ng_doc_free(d0);
    d0 = doc_from("AeroBrief | AIRSPACE & OPS\n\nChad shuts its airspace\n\n"
                  "Paul Kettering | 4 May 2030 | 14:05 UTC | 3 min read\n\nChad closed it.\n",
                  NULL);
    ck_assert_str_eq(d0->author, "Paul Kettering");
    ng_doc_free(d0);
    /* an edition line is no author; a beat after the name is no co-author */
    d0 = doc_from("THE VIENTIANE CHRONICLE\nEnglish Edition | National | Thursday, 09 March 2028\n\n"
                  "Laos and Vietnam sign a river accord\n\nBy Phommachanh Souliya, United Nations "
                  "correspondent\n\nVIENTIANE - Laos signed an accord.\n",
                  NULL);
    ck_assert_str_eq(d0->author, "Phommachanh Souliya");
    ck_assert_ptr_null(d0->coauthors);
    ng_doc_free(d0);
  }
  ng_doc *d = doc_from("Field notes\n\nThe thaw comes early\n\n"
                       "Posted on 5 April 2025 by Marek Novak \xC2\xB7 4 min read\n\n"
                       "Peru and Chile held talks on Monday.\n",
                       NULL);
  ck_assert_str_eq(d->author, "Marek Novak");
  ck_assert_int_eq(d->published.y, 2025);
  ck_assert_int_eq(d->published.m, 4);
  ck_assert_ptr_null(d->coauthors);
  ng_doc_free(d);
  d = doc_from("Talks resume\n\nBy Lena Brandt, Ivo Peric and Tomas Ruiz\n\n"
               "Peru and Chile held talks on Monday.\n",
               NULL);
  ck_assert_str_eq(d->author, "Lena Brandt");
  ck_assert_str_eq(d->coauthors, "Ivo Peric\nTomas Ruiz");
  ng_doc_free(d);
  /* a broadcast masthead and a section label are no headline; "Broadcast"
   * dates, "Compiled by" bylines */
  d = doc_from("RADIO KALAHARI 91.3 FM - GABORONE\nMORNING DESK | TRANSCRIPT\n\n"
               "Botswana opens its skies\n\nBroadcast Monday, March 2, 2026, 7:10 a.m.\n\n"
               "Botswana said on Monday it would open its airspace.\n",
               NULL);
  ck_assert_str_eq(d->title, "Botswana opens its skies");
  ck_assert_int_eq(d->published.y, 2026);
  ck_assert_int_eq(d->published.d, 2);
  ng_doc_free(d);
  d = doc_from("ANALYSIS\n\nWhy Lesotho worries\n\nCompiled by Thabo Sekhonyana\n\n"
               "Lesotho said on Monday it was worried.\n",
               NULL);
  ck_assert_str_eq(d->title, "Why Lesotho worries");
  ck_assert_str_eq(d->author, "Thabo Sekhonyana");
  ng_doc_free(d);
  d = doc_from("THE QUIET BORDER\n\nA standfirst that runs under the headline.\n\n"
               "By Ana Souza\nMAPUTO, Republic of Mozambique - June 3, 2026\n\n"
               "Soldiers patrol the border.\n",
               NULL);
  ck_assert_str_eq(d->title, "THE QUIET BORDER");
  ck_assert_int_eq(d->published.m, 6);
  ck_assert_int_eq(d->published.d, 3);
  ng_doc_free(d);
  /* a job title after the byline's name is no second author */
  d = doc_from("Talks resume\n\nBy Ana Souza, Senior Diplomatic Correspondent\n\n"
               "Peru and Chile held talks on Monday.\n",
               NULL);
  ck_assert_str_eq(d->author, "Ana Souza");
  ck_assert_ptr_null(d->coauthors);
  ng_doc_free(d);
  /* a newsletter's name in capitals, its issue line and byline, then the headline */
  d = doc_from("HORN OF AFRICA WEEKLY\nIssue 40 | Friday 3 July 2026\nCompiled by Ruth Alemu\n\n"
               "Djibouti extends port deal; Somalia's new cabinet\n\n"
               "Djibouti said on Friday it would extend the deal.\n",
               NULL);
  ck_assert_str_eq(d->title, "Djibouti extends port deal; Somalia's new cabinet");
  ng_doc_free(d);
  /* an all-capitals headline before its lead stays the headline */
  d = doc_from("PERU JOINS PACT\n\nBy Ana Souza\n\nLima said on Monday it had joined.\n", NULL);
  ck_assert_str_eq(d->title, "PERU JOINS PACT");
  ng_doc_free(d);
  d = doc_from("PERU JOINS PACT\n\nBy Ana Souza\n\nLima signs on to the regional intelligence accord\n\n"
               "Lima said on Monday it had joined.\n",
               NULL);
  ck_assert_str_eq(d->title, "PERU JOINS PACT");
  ng_doc_free(d);
  /* a live blog's name, then its headline */
  d = doc_from("Andes Live\nLIVE: Peru and Chile sign border accord in Arica\nBy Ana Souza\n\n"
               "10:05 The ministers have arrived.\n",
               NULL);
  ck_assert_str_eq(d->title, "LIVE: Peru and Chile sign border accord in Arica");
  ng_doc_free(d);
  /* a byline in a later field of a masthead line */
  d = doc_from("Peru closes border\n\n"
               "Andes Post Online | Reporting by Lucia Paredes | Lima, June 3, 2026, 09:42 PET\n\n"
               "Peru closed its border on Monday.\n",
               NULL);
  ck_assert_str_eq(d->author, "Lucia Paredes");
  ck_assert_int_eq(d->published.d, 3);
  ng_doc_free(d);
  /* a columnist's name alone over the date line */
  d = doc_from("OPINION\n\nChile needs a navy, not speeches\n\nA standfirst under the headline.\n\n"
               "Tomas Aravena-Lagos\nWednesday 3 June 2026\n\n"
               "Chile has three frigates and a great many speeches.\n",
               NULL);
  ck_assert_str_eq(d->title, "Chile needs a navy, not speeches");
  ck_assert_str_eq(d->author, "Tomas Aravena-Lagos");
  ng_doc_free(d);
  /* a name alone with no date line under it is text, not a byline */
  d = doc_from("Chile needs a navy\n\nTomas Aravena\n\nChile has three frigates.\n", NULL);
  ck_assert_ptr_null(d->author);
  ng_doc_free(d);
  /* a transcript dated only in its headline */
  d = doc_from("Defence Ministry Weekly Media Briefing on June 4, 2026\n\n"
               "Q: Can you confirm the visit? A: I have nothing to offer.\n",
               NULL);
  ck_assert_int_eq(d->published.y, 2026);
  ck_assert_int_eq(d->published.m, 6);
  ck_assert_int_eq(d->published.d, 4);
  ng_doc_free(d);
  /* an agency's masthead and a translator's note are no headline */
  d = doc_from("Andes Star News Agency (ASNA) - English Service\n"
               "Translated from the Spanish original.\n\n"
               "Peru and Chile sign a border accord\n\n"
               "Lima, 3 June 2026 (ASNA) - Peru and Chile signed an accord.\n",
               NULL);
  ck_assert_str_eq(d->title, "Peru and Chile sign a border accord");
  ng_doc_free(d);
  /* every author named in the page's author metadata */
  static const char page[] =
      "<html><head><meta name=\"author\" content=\"Lucia Paredes, Tomas Aravena\">"
      "<title>Peru and Chile talk</title></head><body><article><h1>Peru and Chile talk</h1>"
      "<p>Peru and Chile held talks on Monday in Lima, officials said.</p></article></body></html>";
  ck_assert_int_eq(ng_doc_from_html("case.html", page, strlen(page), NULL, &d), NG_OK);
  ck_assert_str_eq(d->author, "Lucia Paredes");
  ck_assert_str_eq(d->coauthors, "Tomas Aravena");
  ng_doc_free(d);
}
END_TEST

/* ------------------------------------------------------------ headlines */

static const struct {
  const char *name, *text, *title;
  int y, m, d; /* the published date, or 0 */
} heads[] = {
    {"a ministry's name in its own language and in English with the state's style, a release's "
     "place and date",
     "Ministerio de Defensa Nacional\nMinistry of National Defence | Republic of Paraguay\n"
     "Espa\xC3\xB1ol | English\n\nHome > Press > Press releases\n\nPRESS RELEASE No. 12/2031\n"
     "Asuncion, 15/03/2031\n\nParaguay and Bolivia sign an agreement on river patrols\n\n"
     "The ministers signed the agreement today.\n",
     "Paraguay and Bolivia sign an agreement on river patrols", 2031, 3, 15},
    {"a language switcher over a breadcrumb: the breadcrumb is no headline",
     "RCN English - Radio Costa Norte\nListen live   Podcasts   News   Sport   Weather\n"
     "Espa\xC3\xB1ol | English\n\nNews > Peru > Security\n\nBRIEF\n\n"
     "Navy escorts a fishing boat to Callao after a patrol plane spots it\n\n"
     "17/03/2031 13:25 | RCN News\n\nThe Navy escorted a boat on Thursday.\n",
     "Navy escorts a fishing boat to Callao after a patrol plane spots it", 2031, 3, 17},
    {"a government body's name in capitals and the state's style under it are a letterhead",
     "PRESIDENTIAL COMMUNICATIONS OFFICE\nRepublic of Ghana\n\nHome | News Releases | Speeches\n\n"
     "NEWS RELEASE\n11 March 2031\n\nPresident Akomeah and Prime Minister Ndiogou hold talks in "
     "Dakar\n\nDAKAR, Senegal - President Yaw Akomeah held talks on Tuesday.\n",
     "President Akomeah and Prime Minister Ndiogou hold talks in Dakar", 2031, 3, 11},
    {"a ministry's name in three languages set apart by bars, a language switcher in lower "
     "case and a path of three steps are no headline; a release's date with dots, the day first",
     "Ministry of Defence\nPuolustusministerio | Forsvarsministeriet | Ministry of Defence\n"
     "suomi  svenska  English\n\nFront page > Current issues > Press releases\n\n"
     "Press release 4.7.2031 15.30\n\nNorway and Iceland sign a coast guard agreement\n\n"
     "The ministers signed the agreement in Oslo.\n",
     "Norway and Iceland sign a coast guard agreement", 2031, 7, 4},
    {"a switcher's languages in their own scripts; dots give the day first, a time and zone "
     "after the date",
     "Latest news\n\n\xD0\xA0\xD1\x83\xD1\x81\xD1\x81\xD0\xBA\xD0\xB8\xD0\xB9 | English | "
     "T\xC3\xBCrk\xC3\xA7" "e\n\nGeorgia opens its skies to Polish transport aircraft\n\n"
     "05.08.2031, 14:10 (GMT+4) | Updated 05.08.2031, 16:55\n\nGeorgia said on Tuesday.\n",
     "Georgia opens its skies to Polish transport aircraft", 2031, 8, 5},
    {"a site's path, furniture itself, still names the page under it",
     "THE WESTERN LEDGER\nHome | World | Americas | Africa | Business | Opinion | Sport\n\n"
     "About us > Standards > Corrections and clarifications\n\n"
     "Corrections and clarifications\n\nMonday 3 March 2031\n\n"
     "An article on 1 March misspelt a name.\n",
     "Corrections and clarifications", 2031, 3, 3},
    {"a date line ending 'Updated an hour ago'",
     "NWS | NORTHERN WIRE SERVICE\nWorld  Nordics  Baltics  Business  Markets\nSearch NWS   "
     "Sign in\n\nBaltics\n\nLatvia and Lithuania agree to share radar pictures\n\n"
     "By Ilze Berzina and Tomas Vaitkus\nApril 2, 2031 4:12 PM GMT+2 Updated an hour ago\n\n"
     "RIGA, April 2 (NWS) - Latvia and Lithuania signed an agreement on Wednesday.\n",
     "Latvia and Lithuania agree to share radar pictures", 2031, 4, 2},
    {"a site's line of fields dates the article: year.month.day",
     "Talks in Ulaanbaatar end\n\n2029.10.10  |  By B.Bold  |  1,284 views\n\nThe talks ended.\n",
     "Talks in Ulaanbaatar end", 2029, 10, 10},
    {"a site's line of fields set apart by spaced dashes",
     "Navy chief praises new ships\n\n21 Nov 2029  -  Quito Dispatch staff  -  5 minute read\n\n"
     "The navy chief spoke.\n",
     "Navy chief praises new ships", 2029, 11, 21},
    {"a page copied from a browser: skip link, a name in mixed case before an edition, long "
     "menus, a section in capitals",
     "Skip to content\nThe Andean Courier \xE2\x80\x94 English edition\nLima \xC2\xB7 Quito\n"
     "HOME   Peru   Ecuador   Region   World   Economy   Mining   Opinion   Culture   Football   "
     "Podcast   Edicion en espanol   Contact us   Advertise\n"
     "Tuesday, July 17, 2029 \xE2\x80\x94 Lima 19 C\nSubscribe  |  Newsletter  |  Log in\n\n"
     "REGION\n\nPeru and Ecuador settle for sharing radar data\n\nBody text.\n",
     "Peru and Ecuador settle for sharing radar data", 0, 0, 0},
    {"a paper's name in capitals over a breadcrumb in mixed case",
     "QUITO DISPATCH\nEcuador's independent news in English\n\nPolitics  >  Defence\n\n"
     "Navy chief says new patrol ships will end illegal fishing\n\nBody text.\n",
     "Navy chief says new patrol ships will end illegal fishing", 0, 0, 0},
    {"a newsletter's block of five short lines over the headline",
     "THE SITUATION ROOM\nAndean security, every Friday\nIssue 40 | Friday, 6 March 2026\n"
     "Written by Lucia Paredes\nYou get this because you subscribed. Forward it to a friend.\n\n"
     "Lima and Quito pool intelligence; a new radar for La Paz\n\n"
     "Good morning. Two items this week.\n",
     "Lima and Quito pool intelligence; a new radar for La Paz", 2026, 3, 6},
    {"a radio station's block, a programme line dated by its weekday, a transcript note",
     "RADIO KOPALI 101.5 FM - SUVA\nTHE MORNING BULLETIN | Tuesday 05/03/2030\n"
     "Newsroom transcript. Clips are transcribed as broadcast. Please check against the audio "
     "before quoting.\n\nFiji and Tonga agree on fisheries patrols after week of talks\n\n"
     "[STING]\n\nANA TUILAGI, NEWSREADER: Good morning. Fiji and Tonga agreed.\n",
     "Fiji and Tonga agree on fisheries patrols after week of talks", 2030, 3, 5},
    {"a weekly's name ending in Star, its tagline and issue line, a front-page label",
     "THE NADI STAR\nServing the Western Division since 1988\n"
     "Wednesday 6th March, 2030 | Vol. 12, No. 4 | $1.00\n\nFRONT PAGE\n\n"
     "Tongan minister gets a warm welcome in Nadi as patrol deal starts\n\n"
     "By Mere Vula, Nadi Correspondent\n\nNADI - The Tongan foreign minister arrived.\n",
     "Tongan minister gets a warm welcome in Nadi as patrol deal starts", 2030, 3, 6},
    {"a broadcaster's name before a dash, a press-review label",
     "NORDIC PUBLIC RADIO - NEWS IN ENGLISH\nPress review\n\n"
     "What the papers say: ships from Norway and a quiet border\n\n"
     "Compiled by Eva Lind\nThursday, 7 March 2030, 07:30 CET\n\nThe papers lead on defence.\n",
     "What the papers say: ships from Norway and a quiet border", 2030, 3, 7},
    {"a site's one-word name and its section in capitals; a byline with reading time",
     "AeroBrief | AIRSPACE & OPS\n\n"
     "Chad shuts its airspace to Sudanese aircraft after border clash\n\n"
     "Paul Kettering | 4 May 2030 | 14:05 UTC | 3 min read\n\n"
     "Chad has closed its airspace to all aircraft registered in Sudan.\n",
     "Chad shuts its airspace to Sudanese aircraft after border clash", 2030, 5, 4},
    {"a programme line dated in figures the weekday cannot settle is no headline either",
     "THE EVENING BULLETIN | Wednesday 05/03/2030\n\nFiji and Tonga agree on patrols\n\n"
     "Fiji and Tonga agreed.\n",
     "Fiji and Tonga agree on patrols", 0, 0, 0},
    {"a magazine's name and its section after a dash",
     "THE HARBOUR REVIEW \xE2\x80\x94 THE INTERVIEW\n\n"
     "\"We share one coast\": Tonga's fisheries minister on the patrol deal\n\n"
     "By Ana Souza\n\nTonga signed a patrol deal with Samoa on Monday.\n",
     "\"We share one coast\": Tonga's fisheries minister on the patrol deal", 0, 0, 0},
    {"a long read's label after a hyphen",
     "ISLAND AFFAIRS - LONG READ\n\n"
     "How two small states learned to share a coast guard\n\n"
     "Tonga and Samoa share a coast guard.\n",
     "How two small states learned to share a coast guard", 0, 0, 0},
    {"a paper's edition after a dash, a section line",
     "LA GACETA DEL SUR \xE2\x80\x94 English edition\nSection: World / Security\n\n"
     "Uruguay and Paraguay sign a river patrol accord\n\n"
     "Uruguay and Paraguay signed an accord on Friday.\n",
     "Uruguay and Paraguay sign a river patrol accord", 0, 0, 0},
    {"a letterhead's place line and release number",
     "MINISTRY OF FOREIGN AFFAIRS\nREPUBLIC OF PALAU\nKoror, Republic of Palau\n\n"
     "PRESS RELEASE\nNo: 2026/17\nDate: 3 May 2026\n\n"
     "Foreign Ministers of Palau and Nauru hold talks in Koror\n\n"
     "The Minister of Foreign Affairs received his counterpart.\n",
     "Foreign Ministers of Palau and Nauru hold talks in Koror", 2026, 5, 3},
    {"a paper's name over its edition line, a section path, a date in figures",
     "EL CORREO ANDINO\nWeekend edition in English \xE2\x80\x94 translated by the desk\n\n"
     "WORLD | RIVER PLATE\n\n"
     "Montevideo and Asuncion seal a river accord\n\n"
     "By Lucia Paredes\nPublished on 23/05/2026 at 10:05\n\n"
     "Uruguay and Paraguay signed an accord.\n",
     "Montevideo and Asuncion seal a river accord", 2026, 5, 23},
    {"a headline in title case with a comma stays the headline",
     "Kenya, Uganda Sign Border Pact\n\nNAIROBI, June 3, 2026 - Kenya signed a pact.\n",
     "Kenya, Uganda Sign Border Pact", 2026, 6, 3},
    {"an all-capitals headline with a dash stays the headline",
     "PERU AND CHILE SIGN \xE2\x80\x94 AT LAST\n\nPeru and Chile signed on Monday.\n",
     "PERU AND CHILE SIGN \xE2\x80\x94 AT LAST", 0, 0, 0},
    {"a publication's name and tagline, then the headline alone",
     "PAMPAS EVENING RECORD\nEvery briefing of the week, in full\n\n"
     "Foreign ministry spokesman's briefing: the river treaty, a Bolivian flight\n\n"
     "Transcript | Asuncion | 3 May 2026\n\nThe spokesman opened the briefing.\n",
     "Foreign ministry spokesman's briefing: the river treaty, a Bolivian flight", 0, 0, 0},
    {"a station's name and programme over a transcript line, then the headline",
     "ANDES VISION NEWS\nTHE LATE REPORT\nTranscript of the broadcast of Monday 4 May 2026\n\n"
     "Chilean engineers reach Bolivia as the bridge accord takes effect\n\n"
     "ANCHOR: Good evening.\n",
     "Chilean engineers reach Bolivia as the bridge accord takes effect", 0, 0, 0},
    {"an agency's masthead with its service, then a headline in capitals",
     "PAMPAS NEWS AGENCY (PNA) - REGIONAL BRIEFS\n\n"
     "URUGUAY TAKES FIRST PATROL BOAT FROM SPAIN\n\nMonday, 4 May 2026\n\n"
     "MONTEVIDEO, May 4 (PNA) - Uruguay took delivery of a boat.\n",
     "URUGUAY TAKES FIRST PATROL BOAT FROM SPAIN", 2026, 5, 4},
    {"a dateline with its country after a masthead, a label, a headline and a standfirst",
     "HIGHLAND TIMES REVIEW\nTHE LONG VIEW\n\nOn the river, a quiet war reaches the towns\n\n"
     "A month after the two capitals signed their pact, the fighting has moved south\n\n"
     "By Ana Souza\nTARIJA, Bolivia, 20 October 2026\n\nThe road runs south.\n",
     "On the river, a quiet war reaches the towns", 2026, 10, 20},
    {"a wire's version tag is no part of the headline; a name before a hyphen is",
     "REFILE-Peru, Chile agree on river patrols\n\nLIMA, May 4 (Andes Wire) - Peru agreed.\n",
     "Peru, Chile agree on river patrols", 0, 0, 0},
    {"a headline that starts with a bloc's name and a hyphen",
     "ASEAN-Japan summit opens in Manila\n\nMANILA, May 4 - The summit opened.\n",
     "ASEAN-Japan summit opens in Manila", 0, 0, 0},
    {"a paper's block, a breadcrumb alone, then the headline",
     "THE HARBOUR CHRONICLE\nEnglish Edition | World | Monday, 4 May 2026\n\n"
     "Home > World > Americas\n\nUruguay and Brazil open a river border post\n\n"
     "By Ana Souza\n\nUruguay and Brazil opened a post.\n",
     "Uruguay and Brazil open a river border post", 0, 0, 0},
    {"a paper's name, a section label alone, then a headline that asks",
     "THE SOUTHERN STANDARD\n\nANALYSIS | ANDES\n\n"
     "A treaty, two navies and a lot of patience: will the river truce last?\n\n"
     "Peru and Bolivia signed a truce.\n",
     "A treaty, two navies and a lot of patience: will the river truce last?", 0, 0, 0},
    {"an all-capitals headline that ends in a paper's word stays the headline before a lead",
     "PERU SIGNS THE PACIFIC NEWS\n\nLima signed the accord on Monday with its neighbours.\n",
     "PERU SIGNS THE PACIFIC NEWS", 0, 0, 0},
};

START_TEST(test_headlines) {
  ng_doc *d = doc_from(heads[_i].text, NULL);
  ck_assert_msg(d->title && !strcmp(d->title, heads[_i].title), "case '%s': title '%s'",
                heads[_i].name, d->title ? d->title : "(none)");
  if (heads[_i].y) {
    ck_assert_msg(d->published.y == heads[_i].y && d->published.m == heads[_i].m &&
                      d->published.d == heads[_i].d,
                  "case '%s': published %d-%d-%d", heads[_i].name, d->published.y,
                  d->published.m, d->published.d);
  }
  ng_doc_free(d);
}
END_TEST

/* A text too long to be one article is read in parts (NG_PART_BYTES): what
 * the parts name alike is one entity, with the mentions of every part at
 * their places in the whole text (code points counted past a non-ASCII
 * filler), and a post each part gives is kept once. */
START_TEST(test_long_text_in_parts) {
  ng_buf t;
  ng_buf_init(&t);
  ng_buf_adds(&t, "Ministers in Geneva\n\nForeign Minister Lena Okafor of Nigeria met Chile's "
                  "envoy in Geneva on Monday.\n\n");
  while (t.len < 3 * NG_PART_BYTES)
    ng_buf_adds(&t, "The caf\xC3\xA9 on the corner was quiet, and the streets were empty.\n\n");
  ng_buf_adds(&t, "Foreign Minister Lena Okafor of Nigeria met Chile's envoy again.\n\n"
                  "Okafor said the talks had gone well.\n");
  ng_doc *d = doc_from(t.data, NULL);
  ng_facts f;
  ng_facts_init(&f);
  ck_assert_int_eq(ng_extract(lex, d, &f), NG_OK);
  int okafor = -1, n_okafor = 0, n_ng = 0, n_cl = 0;
  for (size_t i = 0; i < f.n_ent; i++) {
    if (!strcmp(f.ent[i].key, "lena-okafor")) okafor = (int)i, n_okafor++;
    n_ng += !strcmp(f.ent[i].key, "NG");
    n_cl += !strcmp(f.ent[i].key, "CL");
    for (size_t k = 0; k < f.ent[i].n_mentions; k++) {
      const ng_span *sp = &f.ent[i].mentions[k];
      ck_assert_uint_eq(ng_utf8_count(d->text, sp->b), sp->cb);
      ck_assert_uint_eq(sp->ce - sp->cb, ng_utf8_count(d->text + sp->b, sp->e - sp->b));
    }
  }
  ck_assert_int_eq(n_okafor, 1);
  ck_assert_int_eq(n_ng, 1);
  ck_assert_int_eq(n_cl, 1);
  size_t early = 0, late = 0;
  for (size_t k = 0; k < f.ent[okafor].n_mentions; k++) {
    const ng_span *sp = &f.ent[okafor].mentions[k];
    early += sp->b < 200;
    late += sp->b > 3 * NG_PART_BYTES;
    if (sp->b > 3 * NG_PART_BYTES)
      ck_assert(!strncmp(d->text + sp->b, "Lena Okafor", 11) || !strncmp(d->text + sp->b, "Okafor", 6));
  }
  ck_assert_uint_eq(early, 1);
  ck_assert_uint_eq(late, 2);
  size_t posts = 0;
  for (size_t k = 0; k < f.n_post; k++)
    if (f.post[k].person == okafor) {
      posts++;
      ck_assert_str_eq(f.post[k].title, "Foreign Minister");
      ck_assert_int_ge(f.post[k].of, 0);
      ck_assert_str_eq(f.ent[f.post[k].of].key, "NG");
    }
  ck_assert_uint_eq(posts, 1);
  ng_facts_clear(&f);
  ng_doc_free(d);
  ng_buf_free(&t);
}
END_TEST

START_TEST(test_facts_clear_empty) {
  ng_facts f;
  ng_facts_init(&f);
  ng_facts_clear(&f);
  ng_facts_clear(&f);
  ck_assert_uint_eq(f.n_ent, 0);
}
END_TEST

int main(void) {
  Suite *s = suite_create("extract");
  TCase *tc = tcase_create("extract");
  tcase_add_checked_fixture(tc, setup, NULL);
  tcase_set_timeout(tc, 60);
  tcase_add_loop_test(tc, test_cases, 0, (int)(sizeof cases / sizeof cases[0]));
  tcase_add_loop_test(tc, test_person_canon, 0, (int)(sizeof names / sizeof names[0]));
  tcase_add_test(tc, test_tokens_offsets);
  tcase_add_test(tc, test_tokens_capitals);
  tcase_add_test(tc, test_run_on_sentence);
  tcase_add_loop_test(tc, test_sentences, 0, (int)(sizeof splits / sizeof splits[0]));
  tcase_add_test(tc, test_mentions_point_at_text);
  tcase_add_test(tc, test_facts_clear_empty);
  tcase_add_test(tc, test_long_text_in_parts);
  tcase_add_test(tc, test_org_classes);
  tcase_add_test(tc, test_caps_acronym_word);
  tcase_add_test(tc, test_office_of_post);
  tcase_add_loop_test(tc, test_org_kinds, 0, (int)(sizeof org_kinds / sizeof org_kinds[0]));
  tcase_add_test(tc, test_org_acronym_first);
  tcase_add_test(tc, test_org_label_possessive);
  tcase_add_test(tc, test_org_possessive_alt);
  tcase_add_test(tc, test_acronym_defined);
  tcase_add_test(tc, test_bylines);
  tcase_add_loop_test(tc, test_headlines, 0, (int)(sizeof heads / sizeof heads[0]));
  suite_add_tcase(s, tc);
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
