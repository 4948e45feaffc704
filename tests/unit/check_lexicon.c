/* check_lexicon.c - unit tests for ontology/lexicon.c and the data it loads.
 *
 * The expectations pin down the behaviour the extractor relies on: exact-case
 * matching of names ("US" is a country, "us" is not; "IS" is the militia,
 * never Iceland), case-insensitive titles and triggers, and errors that name
 * the file and line of malformed data.
 */
#define _POSIX_C_SOURCE 200809L /* mkdtemp, unsetenv */

#include "ontology/ontology.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const ng_lexicon *lex;

static void setup(void) {
  lex = ng_lexicon_default();
  ck_assert_ptr_nonnull(lex);
}

static const ng_lex_entry *lookup(const char *phrase) {
  return ng_lexicon_lookup(lex, phrase, strlen(phrase));
}

/* The first entry of KIND for PHRASE, or NULL. */
static const ng_lex_entry *find_kind(const char *phrase, ng_lex_kind kind) {
  for (const ng_lex_entry *e = lookup(phrase); e; e = e->next)
    if (e->kind == kind) return e;
  return NULL;
}

START_TEST(test_country_count) {
  ck_assert_uint_eq(ng_lexicon_count(lex, NG_LEX_COUNTRY), 198); /* sovereign states */
  ck_assert_uint_gt(ng_lexicon_count(lex, NG_LEX_DEMONYM), 150);
  ck_assert_uint_gt(ng_lexicon_count(lex, NG_LEX_CAPITAL), 190);
  ck_assert_uint_gt(ng_lexicon_count(lex, NG_LEX_CITY), 300);
  ck_assert_uint_gt(ng_lexicon_count(lex, NG_LEX_ORG), 100);
  ck_assert_uint_gt(ng_lexicon_count(lex, NG_LEX_TITLE), 100);
  ck_assert_uint_gt(ng_lexicon_count(lex, NG_LEX_TRIGGER), 300);
  ck_assert_uint_gt(ng_lexicon_count(lex, NG_LEX_NAMEVAR), 50);
  ck_assert_uint_gt(ng_lexicon_count(lex, NG_LEX_NONNAME), 100);
}
END_TEST

/* Table of phrase -> expected country (exact case). */
static const struct {
  const char *phrase;
  const char *iso;
} country_cases[] = {
    {"Iraq", "IQ"},          {"U.S.", "US"},         {"US", "US"},
    {"United States", "US"}, {"America", "US"},      {"Russia", "RU"},
    {"Russian Federation", "RU"}, {"Britain", "GB"}, {"UK", "GB"},
    {"Iran", "IR"},          {"Syria", "SY"},        {"South Korea", "KR"},
    {"Ivory Coast", "CI"},   {"Côte d'Ivoire", "CI"}, {"Czechia", "CZ"},
    {"Vatican", "VA"},       {"Palestine", "PS"},    {"Turkey", "TR"},
    {"UAE", "AE"},           {"People 's Republic of China", "CN"},
};

START_TEST(test_country_lookup) {
  const ng_lex_entry *e = find_kind(country_cases[_i].phrase, NG_LEX_COUNTRY);
  ck_assert_msg(e != NULL, "no country for '%s'", country_cases[_i].phrase);
  ck_assert_str_eq(e->key, country_cases[_i].iso);
  ck_assert_str_eq(e->country, country_cases[_i].iso);
}
END_TEST

START_TEST(test_country_by_iso) {
  const ng_lex_entry *e = ng_lexicon_country(lex, "IQ");
  ck_assert_ptr_nonnull(e);
  ck_assert_int_eq(e->kind, NG_LEX_COUNTRY);
  ck_assert_str_eq(e->label, "Iraq");
  ck_assert_str_eq(e->extra, "Q796");
  ck_assert_ptr_null(e->next);
  e = ng_lexicon_country(lex, "RU");
  ck_assert_str_eq(e->label, "Russia");
  ck_assert_str_eq(ng_lexicon_country(lex, "US")->label, "United States");
  ck_assert_ptr_null(ng_lexicon_country(lex, "XX"));
  ck_assert_ptr_null(ng_lexicon_country(lex, NULL));
}
END_TEST

START_TEST(test_no_false_countries) {
  /* pronouns, verbs and bare ISO codes must never be countries */
  static const char *const words[] = {"us", "IS", "is", "IN", "in", "NO", "no", "Us", "AM", "ME"};
  for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
    ck_assert_msg(find_kind(words[i], NG_LEX_COUNTRY) == NULL, "'%s' is a country", words[i]);
  ck_assert_ptr_null(find_kind("us", NG_LEX_COUNTRY));
}
END_TEST

START_TEST(test_islamic_state) {
  const ng_lex_entry *e = find_kind("IS", NG_LEX_ORG);
  ck_assert_ptr_nonnull(e);
  ck_assert_str_eq(e->key, "isis");
  e = find_kind("Islamic State of Iraq and Syria", NG_LEX_ORG);
  ck_assert_ptr_nonnull(e);
  ck_assert_str_eq(e->key, "isis");
  ck_assert_int_eq(e->org_class, NG_ORG_ARMED);
  ck_assert_str_eq(e->sub, "ArmedGroup");
  ck_assert_str_eq(e->label, "Islamic State");
  ck_assert_ptr_null(e->country);
  ck_assert_str_eq(ng_lexicon_org(lex, "isis")->label, "Islamic State");
  ck_assert_ptr_null(ng_lexicon_org(lex, "no-such-org"));
}
END_TEST

START_TEST(test_orgs) {
  const ng_lex_entry *e = find_kind("State Department", NG_LEX_ORG);
  ck_assert_ptr_nonnull(e);
  ck_assert_str_eq(e->key, "statedept");
  ck_assert_int_eq(e->org_class, NG_ORG_GOV);
  ck_assert_str_eq(e->country, "US");
  e = find_kind("U.S.-led coalition", NG_LEX_ORG);
  ck_assert_ptr_nonnull(e);
  ck_assert_int_eq(e->org_class, NG_ORG_COALITION);
  e = find_kind("Reuters", NG_LEX_ORG);
  ck_assert_ptr_nonnull(e);
  ck_assert_int_eq(e->org_class, NG_ORG_MEDIA);
  e = find_kind("General Assembly", NG_LEX_ORG);
  ck_assert_ptr_nonnull(e);
  ck_assert_str_eq(e->key, "ungeneralassembly");
  ck_assert_int_eq(find_kind("Kremlin", NG_LEX_ORG)->org_class, NG_ORG_GOV);
}
END_TEST

START_TEST(test_demonym) {
  const ng_lex_entry *e = find_kind("Iraqi", NG_LEX_DEMONYM);
  ck_assert_ptr_nonnull(e);
  ck_assert_str_eq(e->key, "IQ");
  ck_assert_str_eq(e->country, "IQ");
  ck_assert_str_eq(e->label, "Iraq");
  ck_assert_str_eq(find_kind("Americans", NG_LEX_DEMONYM)->key, "US");
  ck_assert_str_eq(find_kind("British", NG_LEX_DEMONYM)->key, "GB");
  ck_assert_ptr_null(find_kind("iraqi", NG_LEX_DEMONYM));
}
END_TEST

START_TEST(test_titles) {
  static const char *const forms[] = {"foreign minister", "Foreign Minister", "FOREIGN MINISTER",
                                      "minister of foreign affairs"};
  for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++) {
    const ng_lex_entry *e = find_kind(forms[i], NG_LEX_TITLE);
    ck_assert_msg(e != NULL, "no title for '%s'", forms[i]);
    ck_assert_str_eq(e->key, "Foreign Minister");
    ck_assert_str_eq(e->label, "Foreign Minister");
    ck_assert_str_eq(e->sub, "gov");
  }
  const ng_lex_entry *e = find_kind("spokeswoman", NG_LEX_TITLE);
  ck_assert_ptr_nonnull(e);
  ck_assert_str_eq(e->key, "Spokesperson");
  ck_assert_str_eq(e->sub, "org");
  ck_assert_str_eq(find_kind("defence minister", NG_LEX_TITLE)->key, "Defense Minister");
  ck_assert_str_eq(find_kind("Secretary of State", NG_LEX_TITLE)->key, "Secretary of State");
  e = find_kind("Mr.", NG_LEX_TITLE);
  ck_assert_ptr_nonnull(e);
  ck_assert_str_eq(e->sub, "honorific");
  ck_assert_ptr_null(e->label);
  ck_assert_str_eq(find_kind("Gen.", NG_LEX_TITLE)->sub, "rank");
  /* "President" is a non-name too; the exact meaning comes first, the title follows */
  const ng_lex_entry *p = lookup("President");
  ck_assert_ptr_nonnull(p);
  ck_assert_ptr_nonnull(find_kind("President", NG_LEX_TITLE));
}
END_TEST

START_TEST(test_places) {
  const ng_lex_entry *e = find_kind("Moscow", NG_LEX_CAPITAL);
  ck_assert_ptr_nonnull(e);
  ck_assert_str_eq(e->country, "RU");
  ck_assert_str_eq(e->label, "Moscow");
  ck_assert_str_eq(find_kind("Kiev", NG_LEX_CAPITAL)->label, "Kyiv");
  e = find_kind("New York", NG_LEX_CITY);
  ck_assert_ptr_nonnull(e);
  ck_assert_str_eq(e->country, "US");
  ck_assert_str_eq(e->label, "New York");
  ck_assert_str_eq(find_kind("Los Angeles", NG_LEX_CITY)->country, "US");
  ck_assert_ptr_null(find_kind("Center", NG_LEX_CITY));
  ck_assert_ptr_null(find_kind("Singapore", NG_LEX_CITY));
  /* regions.tsv: ISO 3166-2 regions, their English forms, never common words or names */
  ck_assert_str_eq(find_kind("Cabo Delgado", NG_LEX_CITY)->country, "MZ");
  ck_assert_str_eq(find_kind("South Kivu", NG_LEX_CITY)->country, "CD");
  ck_assert_str_eq(find_kind("Anbar", NG_LEX_CITY)->country, "IQ");
  ck_assert_ptr_null(find_kind("Toledo", NG_LEX_CITY)); /* Belize's and Spain's */
  ck_assert_ptr_null(find_kind("Alberta", NG_LEX_CITY)); /* a first name */
  ck_assert_ptr_null(find_kind("Unity", NG_LEX_CITY));   /* a word */
}
END_TEST

START_TEST(test_triggers) {
  const ng_lex_entry *e;
  bool cue = false, intel = false;
  for (e = lookup("Agreed"); e; e = e->next)
    if (e->kind == NG_LEX_TRIGGER && strcmp(e->key, "agree") == 0 && strcmp(e->sub, "cue") == 0) cue = true;
  ck_assert(cue);
  for (e = lookup("intelligence"); e; e = e->next)
    if (e->kind == NG_LEX_TRIGGER && e->sub && strcmp(e->sub, "IntelligenceSharing") == 0) intel = true;
  ck_assert(intel);
  e = find_kind("said", NG_LEX_TRIGGER);
  ck_assert_ptr_nonnull(e);
  ck_assert_str_eq(e->key, "speech");
  ck_assert_ptr_null(e->sub);
  e = find_kind("n't", NG_LEX_TRIGGER);
  ck_assert_ptr_nonnull(e);
  ck_assert_str_eq(e->sub, "negation");
  ck_assert_ptr_nonnull(find_kind("air base", NG_LEX_TRIGGER));
  ck_assert_ptr_nonnull(find_kind("co-operation", NG_LEX_TRIGGER));
}
END_TEST

START_TEST(test_namevar_nonname) {
  const ng_lex_entry *e = find_kind("Sergey", NG_LEX_NAMEVAR);
  ck_assert_ptr_nonnull(e);
  ck_assert_str_eq(e->label, "Sergei");
  ck_assert_str_eq(find_kind("Muhammad", NG_LEX_NAMEVAR)->label, "Mohammed");
  ck_assert_ptr_nonnull(find_kind("However", NG_LEX_NONNAME));
  ck_assert_ptr_nonnull(find_kind("Wednesday", NG_LEX_NONNAME));
  ck_assert_ptr_null(find_kind("however", NG_LEX_NONNAME));
}
END_TEST

START_TEST(test_lookup_edges) {
  ck_assert_uint_ge(ng_lexicon_max_tokens(lex), 5);
  ck_assert_ptr_null(ng_lexicon_lookup(lex, "", 0));
  ck_assert_ptr_null(ng_lexicon_lookup(NULL, "Iraq", 4));
  ck_assert_ptr_null(lookup("no such phrase at all"));
  /* LEN bounds the phrase: "Iraqi" cut to 4 bytes is "Iraq" */
  const ng_lex_entry *e = ng_lexicon_lookup(lex, "Iraqi", 4);
  ck_assert_ptr_nonnull(e);
  ck_assert_int_eq(e->kind, NG_LEX_COUNTRY);
  ck_assert_uint_eq(ng_lexicon_max_tokens(NULL), 0);
  ck_assert_uint_eq(ng_lexicon_count(NULL, NG_LEX_COUNTRY), 0);
  ng_lexicon_free(NULL);
}
END_TEST

START_TEST(test_org_class_names) {
  for (int c = NG_ORG_GENERIC; c <= NG_ORG_COALITION; c++)
    ck_assert_int_eq(ng_org_class_from_name(ng_org_class_name((ng_org_class)c)), c);
  ck_assert_str_eq(ng_org_class_name(NG_ORG_GOV), "GovernmentBody");
  ck_assert_str_eq(ng_org_class_name(NG_ORG_INTL), "InternationalOrganization");
  ck_assert_int_eq(ng_org_class_from_name("Nonsense"), NG_ORG_GENERIC);
  ck_assert_int_eq(ng_org_class_from_name(NULL), NG_ORG_GENERIC);
}
END_TEST

/* ---- loading from a directory ---- */

static char tmpdir[64];

static void write_file(const char *name, const char *text) {
  char path[256];
  snprintf(path, sizeof path, "%s/%s", tmpdir, name);
  FILE *f = fopen(path, "w");
  ck_assert_ptr_nonnull(f);
  fputs(text, f);
  ck_assert_int_eq(fclose(f), 0);
}

static const char *const file_names[] = {"countries.tsv", "demonyms.tsv", "capitals.tsv",
                                         "cities.tsv", "regions.tsv", "orgs.tsv", "titles.tsv",
                                         "triggers.tsv", "namevariants.tsv", "nonnames.tsv",
                                         "towns.tsv"};

/* A small valid data set; TWEAK_FILE, if not NULL, gets TWEAK instead. */
static void write_dataset(const char *tweak_file, const char *tweak) {
  static const char *const good[] = {
      "# comment\nNO\tNorway\tNorway|Kingdom of Norway\tQ20\nCL\tChile\tChile\t\r\n"
      "SJ\tSvalbard\tSvalbard|Svalbard and Jan Mayen\t\tNO\nAQ\tAntarctica\tAntarctica\t\t-\n",
      "NO\tNorwegian|Norwegians\n",
      "NO\tOslo\nSJ\tLongyearbyen\n",
      "\nBergen\tNO\nNy-Alesund\tSJ\n",
      "Vestland\tNO\nAraucania\tCL\nSpitsbergen\tSJ\n",
      "un\tInternationalOrganization\t-\tUnited Nations\tUnited Nations|UN\n",
      "foreign minister\tForeign Minister\tgov\n",
      "agree\tcue\tagree|agreed\n",
      "Sergey\tSergei\n",
      "However\n",
      "# towns\nAlta\tNO\nPuerto Montt\tCL\nSanta Cruz\tCL|NO\nSanta Cruz de Tenerife\tNO\n",
  };
  for (size_t i = 0; i < sizeof file_names / sizeof file_names[0]; i++)
    write_file(file_names[i], tweak_file && strcmp(tweak_file, file_names[i]) == 0 ? tweak : good[i]);
}

static void remove_dataset(void) {
  char path[256];
  for (size_t i = 0; i < sizeof file_names / sizeof file_names[0]; i++) {
    snprintf(path, sizeof path, "%s/%s", tmpdir, file_names[i]);
    unlink(path);
  }
  rmdir(tmpdir);
}

static void dir_setup(void) {
  strcpy(tmpdir, "/tmp/check_lexicon.XXXXXX");
  ck_assert_ptr_nonnull(mkdtemp(tmpdir));
}

START_TEST(test_load_dir_ok) {
  write_dataset(NULL, NULL);
  ng_lexicon *l = NULL;
  ck_assert_int_eq(ng_lexicon_load(tmpdir, &l), NG_OK);
  ck_assert_ptr_nonnull(l);
  ck_assert_uint_eq(ng_lexicon_count(l, NG_LEX_COUNTRY), 2);
  ck_assert_ptr_null(ng_lexicon_country(l, "CL")->extra); /* empty QID, CRLF line */
  ck_assert_str_eq(ng_lexicon_country(l, "NO")->extra, "Q20");
  ck_assert_uint_eq(ng_lexicon_max_tokens(l), 4); /* "Svalbard and Jan Mayen" */
  ck_assert_ptr_nonnull(ng_lexicon_lookup(l, "Kingdom of Norway", 17));
  ck_assert_ptr_nonnull(ng_lexicon_lookup(l, "Foreign Minister", 16));
  /* territories: places of their state (or of none), never countries */
  static const struct {
    const char *name, *country;
  } places[] = {{"Svalbard", "NO"}, {"Svalbard and Jan Mayen", "NO"}, {"Longyearbyen", "NO"},
                {"Ny-Alesund", "NO"}, {"Antarctica", NULL}, {"Bergen", "NO"},
                {"Vestland", "NO"}, {"Araucania", "CL"}, {"Spitsbergen", "NO"}};
  for (size_t i = 0; i < sizeof places / sizeof places[0]; i++) {
    const ng_lex_entry *e = ng_lexicon_lookup(l, places[i].name, strlen(places[i].name));
    ck_assert_msg(e && e->kind == NG_LEX_CITY && !e->next, "%s", places[i].name);
    if (places[i].country) ck_assert_str_eq(e->country, places[i].country);
    else ck_assert_ptr_null(e->country);
  }
  ck_assert_ptr_nonnull(ng_lexicon_country(l, "SJ")); /* (known, for the other files) */
  /* towns: a binary search, every country of a shared name, none of a prefix */
  char isos[4][3];
  ck_assert_uint_eq(ng_lexicon_towns(l, "Alta", 4, isos, 4), 1);
  ck_assert_str_eq(isos[0], "NO");
  ck_assert_uint_eq(ng_lexicon_towns(l, "Santa Cruz", 10, isos, 4), 2);
  ck_assert_str_eq(isos[0], "CL");
  ck_assert_str_eq(isos[1], "NO");
  ck_assert_uint_eq(ng_lexicon_towns(l, "Santa Cruz", 10, isos, 1), 1);
  ck_assert_uint_eq(ng_lexicon_towns(l, "Santa Cruz de Tenerife", 22, isos, 4), 1);
  ck_assert_uint_eq(ng_lexicon_towns(l, "Santa", 5, isos, 4), 0);
  ck_assert_uint_eq(ng_lexicon_towns(l, "Puerto Montt", 12, isos, 4), 1);
  ck_assert_str_eq(isos[0], "CL");
  ck_assert_uint_eq(ng_lexicon_towns(l, "Zzz", 3, isos, 4), 0);
  ck_assert_uint_eq(ng_lexicon_towns(l, "A", 1, isos, 4), 0);
  ck_assert_ptr_null(ng_lexicon_lookup(l, "Alta", 4)); /* (no place of the first rank) */
  ng_lexicon_free(l);
  remove_dataset();
}
END_TEST

/* Each malformed variant must fail with NG_ERR_DATA and leave *out NULL. */
static const struct {
  const char *file;
  const char *text;
} bad_cases[] = {
    {"countries.tsv", "NO\tNorway\n"},                              /* too few fields */
    {"countries.tsv", "Norway\tNorway\tNorway\t\n"},                /* not an ISO code */
    {"countries.tsv", "NO\tNorway\tNorway\tQ20\nNO\tNorge\tNorge\t\n"}, /* duplicate */
    {"countries.tsv", "NO\tNorway\tNorway||Norge\tQ20\n"},          /* empty alias */
    {"countries.tsv", "NO\tNorway\tNorway\tWD20\n"},                /* bad QID */
    {"demonyms.tsv", "XX\tMartian\n"},                              /* unknown country */
    {"demonyms.tsv", "SJ\tSvalbardian\n"},                          /* a territory's people */
    {"countries.tsv", "SJ\tSvalbard\tSvalbard\t\tNO\nNO\tNorway\tNorway\tQ20\n"}, /* state after */
    {"countries.tsv", "NO\tNorway\tNorway\tQ20\nSJ\tSvalbard\tSvalbard\t\tNO\n"
                      "BV\tBouvet Island\tBouvet Island\t\tSJ\n"},     /* territory's territory */
    {"countries.tsv", "NO\tNorway\tNorway\tQ20\nSJ\tSvalbard\tSvalbard\t\tXX\n"}, /* unknown */
    {"cities.tsv", "Bergen\n"},                                     /* missing ISO */
    {"regions.tsv", "Vestland\tXX\n"},                              /* unknown country */
    {"orgs.tsv", "un\tNoSuchClass\t-\tUnited Nations\tUN\n"},       /* bad class */
    {"orgs.tsv", "UN!\tInternationalOrganization\t-\tUN\tUN\n"},    /* bad key */
    {"titles.tsv", "foreign minister\tForeign Minister\tcosmic\n"}, /* bad scope */
    {"triggers.tsv", "agree\tcue\n"},                               /* too few fields */
    {"nonnames.tsv", "However\tBut\n"},                             /* too many fields */
    {"namevariants.tsv", "Sergey\xff\tSergei\n"},                   /* invalid UTF-8 */
    {"towns.tsv", "Puerto Montt\tCL\nAlta\tNO\n"},                   /* out of order */
    {"towns.tsv", "Alta\tNO\nAlta\tCL\n"},                           /* repeated */
    {"towns.tsv", "Alta\tXX\n"},                                     /* unknown country */
    {"towns.tsv", "Alta\tNO|\n"},                                    /* empty code */
    {"towns.tsv", "Alta\tNOR\n"},                                    /* not ISO2 */
    {"towns.tsv", "Alta\n"},                                          /* no country */
    {"towns.tsv", "\tNO\n"},                                          /* no name */
};

START_TEST(test_load_dir_bad) {
  write_dataset(bad_cases[_i].file, bad_cases[_i].text);
  ng_lexicon *l = (ng_lexicon *)1;
  ck_assert_int_eq(ng_lexicon_load(tmpdir, &l), NG_ERR_DATA);
  ck_assert_ptr_null(l);
  remove_dataset();
}
END_TEST

START_TEST(test_load_dir_missing) {
  ng_lexicon *l = NULL;
  ck_assert_int_eq(ng_lexicon_load(tmpdir, &l), NG_ERR_DATA); /* empty directory */
  ck_assert_ptr_null(l);
  ck_assert_int_eq(ng_lexicon_load("/nonexistent/newsgraph-data", &l), NG_ERR_DATA);
  remove_dataset();
}
END_TEST

START_TEST(test_load_builtin) {
  ng_lexicon *l = NULL;
  ck_assert_int_eq(ng_lexicon_load(NULL, &l), NG_OK);
  ck_assert_uint_eq(ng_lexicon_count(l, NG_LEX_COUNTRY), 198); /* and 51 territories */
  ck_assert_ptr_null(ng_lexicon_lookup(l, "Greenland", 9)->next);
  ck_assert_int_eq(ng_lexicon_lookup(l, "Greenland", 9)->kind, NG_LEX_CITY);
  ck_assert_str_eq(ng_lexicon_lookup(l, "Greenland", 9)->country, "DK");
  char isos[8][3];
  ck_assert_uint_eq(ng_lexicon_towns(l, "Nouadhibou", 10, isos, 8), 1); /* (GeoNames) */
  ck_assert_str_eq(isos[0], "MR");
  ck_assert_uint_eq(ng_lexicon_towns(l, "Lima", 4, isos, 8), 0); /* (a capital: first rank) */
  ng_lexicon_free(l);
}
END_TEST

static Suite *lexicon_suite(void) {
  Suite *s = suite_create("lexicon");
  TCase *tc = tcase_create("default");
  tcase_add_checked_fixture(tc, setup, NULL);
  tcase_add_test(tc, test_country_count);
  tcase_add_loop_test(tc, test_country_lookup, 0, (int)(sizeof country_cases / sizeof country_cases[0]));
  tcase_add_test(tc, test_country_by_iso);
  tcase_add_test(tc, test_no_false_countries);
  tcase_add_test(tc, test_islamic_state);
  tcase_add_test(tc, test_orgs);
  tcase_add_test(tc, test_demonym);
  tcase_add_test(tc, test_titles);
  tcase_add_test(tc, test_places);
  tcase_add_test(tc, test_triggers);
  tcase_add_test(tc, test_namevar_nonname);
  tcase_add_test(tc, test_lookup_edges);
  tcase_add_test(tc, test_org_class_names);
  suite_add_tcase(s, tc);

  TCase *td = tcase_create("load");
  tcase_add_checked_fixture(td, dir_setup, NULL);
  tcase_add_test(td, test_load_dir_ok);
  tcase_add_loop_test(td, test_load_dir_bad, 0, (int)(sizeof bad_cases / sizeof bad_cases[0]));
  tcase_add_test(td, test_load_dir_missing);
  tcase_add_test(td, test_load_builtin);
  suite_add_tcase(s, td);
  return s;
}

int main(void) {
  /* the built-in data is what is under test, whatever the caller's environment */
  unsetenv("NEWSGRAPH_DATA");
  SRunner *sr = srunner_create(lexicon_suite());
  srunner_run_all(sr, CK_ENV);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
