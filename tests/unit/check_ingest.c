/* check_ingest.c - reading articles: dates, SHA-256, text and HTML readers,
 * boilerplate lines, bylines, input expansion.  Table-driven: each table
 * row is one loop iteration of a Check test (tcase_add_loop_test). */
/* mkdtemp, symlink, dup2, ftruncate: POSIX.1-2008, hidden by plain -std=c11 */
#if !defined(_POSIX_C_SOURCE) || _POSIX_C_SOURCE < 200809L
#undef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include "extractor/ingest_internal.h"

#include <check.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define N_ELEMS(a) ((int)(sizeof(a) / sizeof((a)[0])))

static ng_date D(int y, int m, int d) {
  ng_date r = {y, m, d};
  return r;
}

static const char *fmt_date(ng_date d, char out[11]) {
  ng_date_format(d, out);
  return out;
}

/* ================================================================ dates */

static const struct {
  const char *in;
  int year_hint;
  size_t consumed;
  const char *date;
} date_cases[] = {
    {"2015-09-27", 0, 10, "2015-09-27"},
    {"3 of June of 2026", 0, 17, "2026-06-03"},
    {"3 of June of this year", 2026, 9, "2026-06-03"},
    {"2015-09-27T21:00Z", 0, 17, "2015-09-27"},
    {"2015-09-27T21:00:00-04:00", 0, 25, "2015-09-27"},
    {"2015-09-27T23:30:00.123+05:30 rest", 0, 29, "2015-09-27"},
    {"2015-09-27 21:00 EDT", 0, 16, "2015-09-27"},
    {"2015/09/27", 0, 10, "2015-09-27"},
    {"2015-9-7", 0, 8, "2015-09-07"},
    {"September 27, 2015", 0, 18, "2015-09-27"},
    {"Sept. 27, 2015", 0, 14, "2015-09-27"},
    {"Sept 27, 2015 | 9:00pm", 0, 13, "2015-09-27"},
    {"Sep 27 2015", 0, 11, "2015-09-27"},
    {"SEPTEMBER 27, 2015", 0, 18, "2015-09-27"},
    {"September 27th, 2015", 0, 20, "2015-09-27"},
    {"27 September 2015", 0, 17, "2015-09-27"},
    {"27th Sept. 2015", 0, 15, "2015-09-27"},
    {"3 March 2021 10:00 GMT", 0, 12, "2021-03-03"},
    {"1 of March, 2021", 0, 16, "2021-03-01"},
    {"Sunday, September 27, 2015", 0, 26, "2015-09-27"},
    {"Sun, 27 Sep 2015 21:00:00 GMT", 0, 16, "2015-09-27"},
    {"Sept. 15", 2015, 8, "2015-09-15"},
    {"Sept. 15 was", 2015, 8, "2015-09-15"},
    {"27 Sep", 2016, 6, "2016-09-27"},
    {"Sept. 15", 0, 0, ""},
    {"September 27, 20155", 0, 0, ""},
    {"September 27, 150 people", 2015, 12, "2015-09-27"},
    {"September 2015", 0, 0, ""},
    {"September", 2015, 0, ""},
    {"may 5, 2015", 0, 0, ""},
    {"Mayo 5, 2015", 0, 0, ""},
    {"Sep27 2015", 0, 0, ""},
    {"2015-02-29", 0, 0, ""},
    {"2016-02-29", 0, 10, "2016-02-29"},
    {"2000-02-29", 0, 10, "2000-02-29"},
    {"1900-02-29", 0, 0, ""},
    {"February 30, 2016", 0, 0, ""},
    {"April 31, 2016", 0, 0, ""},
    {"2015-13-01", 0, 0, ""},
    {"2015-00-10", 0, 0, ""},
    {"2015-09-00", 0, 0, ""},
    {"20150927", 0, 0, ""},
    {"2015-09-27x", 0, 0, ""},
    {"12 Septembers 2015", 0, 0, ""},
    {"Sunday", 2015, 0, ""},
    {"Sunday 27", 2015, 0, ""},
    {"", 0, 0, ""},
    {"  September 27, 2015", 0, 0, ""},
    {"0000-01-01", 0, 0, ""},
    {"9999-12-31", 0, 10, "9999-12-31"},
};

START_TEST(test_date_parse) {
  ng_date d = {7, 7, 7};
  char buf[11];
  size_t n = ng_date_parse(date_cases[_i].in, strlen(date_cases[_i].in),
                           date_cases[_i].year_hint, &d);
  ck_assert_msg(n == date_cases[_i].consumed, "\"%s\": consumed %zu, expected %zu",
                date_cases[_i].in, n, date_cases[_i].consumed);
  ck_assert_str_eq(fmt_date(d, buf), date_cases[_i].date);
  if (n == 0) ck_assert_int_eq(d.y, 0);
}
END_TEST

static const struct {
  const char *in;
  int month;
} month_cases[] = {
    {"January", 1}, {"Jan", 1},     {"Jan.", 1},  {"february", 2}, {"Feb", 2},
    {"March", 3},   {"Mar.", 3},    {"April", 4}, {"May", 5},      {"May.", 5},
    {"June", 6},    {"Jun", 6},     {"July", 7},  {"Jul.", 7},     {"August", 8},
    {"Aug", 8},     {"September", 9}, {"Sept", 9}, {"Sept.", 9},   {"Sep", 9},
    {"SEPT", 9},    {"sep.", 9},    {"October", 10}, {"Oct.", 10}, {"November", 11},
    {"Nov", 11},    {"December", 12}, {"Dec.", 12}, {"Ja", 0},     {"Janu", 0},
    {"", 0},        {".", 0},       {"Mayo", 0},  {"Septem", 0},   {"Sept..", 0},
    {"Monday", 0},
};

START_TEST(test_month_names) {
  const char *s = month_cases[_i].in;
  ck_assert_msg(ng_month_from_name(s, strlen(s)) == month_cases[_i].month, "\"%s\"", s);
}
END_TEST

static const struct {
  const char *in;
  int wd;
} weekday_cases[] = {
    {"Monday", 0},   {"Mon", 0},  {"mon.", 0},   {"Tuesday", 1}, {"Tue", 1},   {"Tues.", 1},
    {"Wednesday", 2}, {"Wed", 2}, {"Thursday", 3}, {"Thu", 3},   {"Thurs.", 3}, {"Thur", 3},
    {"Friday", 4},   {"Fri", 4},  {"Saturday", 5}, {"Sat", 5},   {"Sunday", 6}, {"SUN", 6},
    {"Sundays", -1}, {"Su", -1},  {"", -1},      {"May", -1},
};

START_TEST(test_weekday_names) {
  const char *s = weekday_cases[_i].in;
  ck_assert_msg(ng_weekday_from_name(s, strlen(s)) == weekday_cases[_i].wd, "\"%s\"", s);
}
END_TEST

static const struct {
  ng_date d;
  int weekday;    /* -1: invalid */
  int add;
  const char *plus; /* d + add days */
} arith_cases[] = {
    {{2015, 9, 27}, 6, 1, "2015-09-28"},
    {{1970, 1, 1}, 3, -1, "1969-12-31"},
    {{2000, 2, 29}, 1, 1, "2000-03-01"},
    {{2015, 12, 31}, 3, 1, "2016-01-01"},
    {{2016, 3, 1}, 1, -1, "2016-02-29"},
    {{2015, 9, 27}, 6, 365, "2016-09-26"},
    {{2021, 3, 3}, 2, -7, "2021-02-24"},
    {{2024, 12, 31}, 1, 0, "2024-12-31"},
    {{1, 1, 1}, 0, -1, ""},
    {{9999, 12, 31}, 4, 1, ""},
    {{0, 0, 0}, -1, 5, ""},
    {{2015, 2, 29}, -1, 1, ""},
};

START_TEST(test_date_arith) {
  char buf[11];
  ck_assert_int_eq(ng_date_weekday(arith_cases[_i].d), arith_cases[_i].weekday);
  ck_assert_int_eq(ng_date_valid(arith_cases[_i].d), arith_cases[_i].weekday >= 0);
  ck_assert_str_eq(fmt_date(ng_date_add_days(arith_cases[_i].d, arith_cases[_i].add), buf),
                   arith_cases[_i].plus);
}
END_TEST

START_TEST(test_date_format) {
  char buf[11];
  ck_assert_str_eq(fmt_date(D(2015, 9, 27), buf), "2015-09-27");
  ck_assert_str_eq(fmt_date(D(33, 1, 2), buf), "0033-01-02");
  ck_assert_str_eq(fmt_date(D(0, 0, 0), buf), "");
  ck_assert_str_eq(fmt_date(D(2015, 13, 1), buf), "");
  ck_assert_str_eq(fmt_date(D(-5, 1, 1), buf), "");
  ck_assert_str_eq(fmt_date(D(123456, 1, 1), buf), "");
}
END_TEST

/* ================================================================ SHA-256 */

static const struct {
  size_t n_a; /* the input is N_A letters 'a' ... */
  const char *s; /* ... or this string when not NULL */
  const char *hex;
} sha_cases[] = {
    {0, "", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
    {0, "abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
    {0, "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
     "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
    {0, "The quick brown fox jumps over the lazy dog",
     "d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592"},
    {55, NULL, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"},
    {56, NULL, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"},
    {63, NULL, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"},
    {64, NULL, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"},
    {65, NULL, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"},
    {119, NULL, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"},
    {120, NULL, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"},
    {1000000, NULL, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"},
};

START_TEST(test_sha256) {
  char hex[65];
  memset(hex, 'x', sizeof hex);
  if (sha_cases[_i].s) {
    ng_sha256_hex(sha_cases[_i].s, strlen(sha_cases[_i].s), hex);
  } else {
    char *a = malloc(sha_cases[_i].n_a);
    ck_assert_ptr_nonnull(a);
    memset(a, 'a', sha_cases[_i].n_a);
    ng_sha256_hex(a, sha_cases[_i].n_a, hex);
    free(a);
  }
  ck_assert_str_eq(hex, sha_cases[_i].hex);
}
END_TEST

/* ================================================================ text articles */

typedef struct {
  const char *name;
  const char *in;
  size_t len;       /* 0: strlen(in) */
  bool strict;
  ng_date fallback;
  ng_status status;
  const char *text; /* expected cleaned text */
  const char *title; /* NULL: none */
  const char *author;
  const char *date;
  unsigned warnings;
} doc_case;

static const doc_case text_cases[] = {
    {"byline-name-dash-city",
     "Pact signed\n\nAyse Demirel - IZMIR\nPublished: 14.03.2029 - 10:15\n\n"
     "Turkey and Peru signed a fisheries pact on Tuesday in Lima, officials said.\n",
     0, false, {0, 0, 0}, NG_OK,
     "Pact signed\n\nTurkey and Peru signed a fisheries pact on Tuesday in Lima, officials said.",
     "Pact signed", "Ayse Demirel", "2029-03-14", 0},
    {"plain", "Headline here\n\nFirst paragraph.\n", 0, false, {0, 0, 0}, NG_OK,
     "Headline here\n\nFirst paragraph.", "Headline here", NULL, "", 0},
    {"crlf", "Headline here\r\n\r\nBody one.\r\nBody two.\r\n", 0, false, {0, 0, 0}, NG_OK,
     "Headline here\n\nBody one.\nBody two.", "Headline here", NULL, "", 0},
    {"cr", "Headline\rBody.", 0, false, {0, 0, 0}, NG_OK, "Headline\nBody.", "Headline", NULL,
     "", 0},
    {"bom", "\xEF\xBB\xBFHeadline\n\nBody.", 0, false, {0, 0, 0}, NG_OK, "Headline\n\nBody.",
     "Headline", NULL, "", 0},
    {"faithful", "Headline\n\n  Two  spaces\tand a tab.  \n\n\n\nFour newlines.", 0, false,
     {0, 0, 0}, NG_OK, "Headline\n\n  Two  spaces\tand a tab.  \n\n\n\nFour newlines.",
     "Headline", NULL, "", 0},
    {"browser-warning-and-caption",
     "IE 11 is not supported. For an optimal experience visit our site on another browser.\n\n"
     "Kenya to share intelligence\n\nNAIROBI \xE2\x80\x94 Kenya said on Sunday.\n"
     "Image: A fighter waves a flag in Kano\n"
     "A fighter waves a flag in Kano May 3, 2019.Stringer / Reuters / REUTERS\n\nMore text.",
     0, false, {0, 0, 0}, NG_OK,
     "Kenya to share intelligence\n\nNAIROBI \xE2\x80\x94 Kenya said on Sunday.\n\nMore text.",
     "Kenya to share intelligence", NULL, "", 0},
    {"links-at-the-end",
     "Peru signs pact\n\nPeru signed a pact with Chile.\n\n"
     "MORE LIVE COVERAGE\nLive: Bolivia counts the votes in the election\n"
     "Live: Chile v Peru, the Copa qualifier\nFollow us on Telegram\n\n"
     "Why the visa deal matters | A derby without fans | Letters: the road deserves better\n"
     "(c) 2027 The Andes Post. Registered in Lima.\n",
     0, false, {0, 0, 0}, NG_OK, "Peru signs pact\n\nPeru signed a pact with Chile.",
     "Peru signs pact", NULL, "", 0},
    /* a newspaper's boxes: "--- INSIDE ---" in the page's middle, up to
     * its blank line only (the story goes on after it), "| BRIEFS" */
    {"boxed-inside-and-briefs",
     "Peru signs pact\n\nPeru signed a pact with Chile on Tuesday\nin Lima, officials said.\n\n"
     "--- INSIDE -------------\nBolivia beat Ecuador in Quito P15\nRupee gains ........ P9\n\n"
     "The minister said the pact\ncovers the whole coast.\nMore text follows here\n"
     "and ends here.\nA\nB\nC\nD\nE\nF\nG\nH\nI\nJ\nK\nL\nM\nN\nO\nP\nQ\nR\nS\nT\nU\nV\n\n"
     "| BRIEFS\n| China, Nepal agree to open a road\n",
     0, false, {0, 0, 0}, NG_OK,
     "Peru signs pact\n\nPeru signed a pact with Chile on Tuesday in Lima, officials said.\n\n"
     "The minister said the pact covers the whole coast. More text follows here and ends "
     "here. A B C D E F G H I J K L M N O P Q R S T U V",
     "Peru signs pact", NULL, "", 0},
    {"links-heading-over-a-paragraph-keeps-it",
     "Peru signs pact\n\nPeru signed a pact with Chile.\n\nMore troops\n"
     "Peru sent more troops to the border on Monday.\n\n(c) No. The ministry received none.\n",
     0, false, {0, 0, 0}, NG_OK,
     "Peru signs pact\n\nPeru signed a pact with Chile.\n\nMore troops\nPeru sent more troops to "
     "the border on Monday.\n\n(c) No. The ministry received none.",
     "Peru signs pact", NULL, "", 0},
    {"bulleted-links-under-furniture-headings",
     "Peru signs pact\n\nPeru signed a pact with Chile.\n\n"
     "Read more:\n- Bolivia opens a rail terminal near the border\n- Chile wins the derby\n\n"
     "MORE FROM ANDES WIRE\n- Ecuador's airline adds flights to Quito\n\n"
     "Most viewed\n- Uruguay's president visits Brasilia\n",
     0, false, {0, 0, 0}, NG_OK, "Peru signs pact\n\nPeru signed a pact with Chile.",
     "Peru signs pact", NULL, "", 0},
    {"links-set-apart-by-blank-lines-and-other-news",
     "Peru signs pact\n\nPeru signed a pact with Chile.\n\nREAD ALSO\n"
     "Bolivia and Peru agree to reopen a border post\n\nChile wins the derby\n\n"
     "Ecuador, Peru sign deal on river water\n\n"
     "OTHER NEWS\n- Chile and Peru agree dates for staff talks\n- Navy band plays in Lima\n",
     0, false, {0, 0, 0}, NG_OK, "Peru signs pact\n\nPeru signed a pact with Chile.",
     "Peru signs pact", NULL, "", 0},
    {"newsletter-footer",
     "Five things to know\n\nPeru signed a pact with Chile.\n\n"
     "SPONSORED: Learn Quechua in 30 days.\n"
     "You are receiving this email because you subscribed. Unsubscribe | Manage preferences\n"
     "The Andes Weekly, 14 Harbour Street, Callao, Peru.\n"
     "The Andes Weekly. All rights reserved. Related: Chile wins | Bolivia votes\n",
     0, false, {0, 0, 0}, NG_OK, "Five things to know\n\nPeru signed a pact with Chile.",
     "Five things to know", NULL, "", 0},
    {"name-date-byline",
     "Kenya deal not coordinated with Norway\n\nJane Roe | September 27, 2015 | 9:00pm EDT\n"
     "Font Size\nOkafor meets Varga in Geneva on Sunday, September 27, 2015. (Photo: State "
     "Department)\n\n( \xE2\x80\x93 Okafor said Sunday.\n\nLindqvist said no.\n\nmrc merch",
     0, false, {0, 0, 0}, NG_OK,
     "Kenya deal not coordinated with Norway\n\n( \xE2\x80\x93 Okafor said Sunday.\n\nLindqvist said no.",
     "Kenya deal not coordinated with Norway", "Jane Roe", "2015-09-27", 0},
    {"author-at-end",
     "Kenya shares intel\n\nBody paragraph one.\n\nAuthor: Marta Kowal\n\n"
     "Marta Kowal is Senior Editor for Example.com.",
     0, false, {0, 0, 0}, NG_OK,
     "Kenya shares intel\n\nBody paragraph one.\n\nMarta Kowal is Senior Editor for Example.com.",
     "Kenya shares intel", "Marta Kowal", "", 0},
    {"caps-byline-two-names-agency",
     "Headline text\nBy JANE ROE and JOHN POE, Reuters\nPublished: 2015-09-27\n\nBody.", 0,
     false, {0, 0, 0}, NG_OK, "Headline text\n\nBody.", "Headline text", "Jane Roe",
     "2015-09-27", 0},
    {"byline-with-date", "Headline text\n\nBy Ingrid Solberg | March 3, 2021\n\nBody.", 0, false,
     {0, 0, 0}, NG_OK, "Headline text\n\nBody.", "Headline text", "Ingrid Solberg",
     "2021-03-03", 0},
    {"updated-line", "Headline text\nUpdated 3 March 2021 10:00 GMT\nBody.", 0, false,
     {0, 0, 0}, NG_OK, "Headline text\nBody.", "Headline text", NULL, "2021-03-03", 0},
    {"published-beats-updated",
     "Headline text\nUpdated: March 4, 2021\nPublished: March 3, 2021\nBody.", 0, false,
     {0, 0, 0}, NG_OK, "Headline text\nBody.", "Headline text", NULL, "2021-03-03", 0},
    {"dateline-before-headline", "September 27, 2015\nHeadline text\n\nBody.", 0, false,
     {0, 0, 0}, NG_OK, "Headline text\n\nBody.", "Headline text", NULL, "2015-09-27", 0},
    {"iso-dateline-zone", "Headline text\n2015-09-27T23:30:00-05:00\nBody.", 0, false,
     {0, 0, 0}, NG_OK, "Headline text\nBody.", "Headline text", NULL, "2015-09-27", 0},
    {"by-in-a-sentence",
     "Headline text\n\nBy Sunday, the army had retaken the city.\n\nBy Jove.\n\n"
     "By then, Jane Roe had left.",
     0, false, {0, 0, 0}, NG_OK,
     "Headline text\n\nBy Sunday, the army had retaken the city.\n\nBy Jove.\n\n"
     "By then, Jane Roe had left.",
     "Headline text", NULL, "", 0},
    {"fallback-date", "Headline text\n\nBody.", 0, false, {2021, 1, 2}, NG_OK,
     "Headline text\n\nBody.", "Headline text", NULL, "2021-01-02", 0},
    {"stated-date-wins", "Headline text\nPublished: 2015-09-27\nBody.", 0, false, {2021, 1, 2},
     NG_OK, "Headline text\nBody.", "Headline text", NULL, "2015-09-27", 0},
    {"boilerplate-lines",
     "Headline text\n\nAdvertisement\n\nBody one.\n\nShare this article\nSubscribe\nSign up\n"
     "Click here to get our newsletter\nRead more: Another story\nRelated: Other story\n"
     "We use cookies to improve your experience.\nFacebook Twitter Email\n"
     "\xE2\x80\xA2 Read more\nSkip to main content\n\nBody two.",
     0, false, {0, 0, 0}, NG_OK, "Headline text\n\nBody one.\n\nBody two.", "Headline text",
     NULL, "", 0},
    {"also-read-links",
     "Headline text\n\nBody one.\n\nALSO READ\nElbonia to hold provincial polls in May\n"
     "Ruritania, Freedonia agree on fishing zones\n\nLea tambi\xC3\xA9n:\nFerry strike ends",
     0, false, {0, 0, 0}, NG_OK, "Headline text\n\nBody one.", "Headline text", NULL, "", 0},
    {"links-in-the-office's-language",
     "Headline text\n\nBody one.\n\nOUTROS COMUNICADOS\n- Minister receives the Ambassador of "
     "Elbonia\n- Ruritania and Freedonia agree on fishing zones\n\nAutres communiqu\xC3\xA9s :\n"
     "Ferry strike ends",
     0, false, {0, 0, 0}, NG_OK, "Headline text\n\nBody one.", "Headline text", NULL, "", 0},
    {"captions",
     "Headline text\n\nSoldiers in Nairobi. Photograph: Jane Roe/AP\n"
     "The statement puts pressure on the US [AFP]\nKenyan troops on patrol. Getty Images\n"
     "Photo: A soldier\nBody.",
     0, false, {0, 0, 0}, NG_OK, "Headline text\n\nBody.", "Headline text", NULL, "", 0},
    {"kept-lines",
     "Headline text\n\nRussian demand\n\nShare prices rose on Monday.\n\n"
     "Subscribers to the service said it was down.\n\nThe store was closed on Sunday.",
     0, false, {0, 0, 0}, NG_OK,
     "Headline text\n\nRussian demand\n\nShare prices rose on Monday.\n\n"
     "Subscribers to the service said it was down.\n\nThe store was closed on Sunday.",
     "Headline text", NULL, "", 0},
    {"invalid-utf8", "Headline\n\nBad \xC3 byte and \xFF.\n", 0, false, {0, 0, 0}, NG_OK,
     "Headline\n\nBad \xEF\xBF\xBD byte and \xEF\xBF\xBD.", "Headline", NULL, "", 1},
    {"invalid-utf8-strict", "Headline\n\nBad \xC3 byte.\n", 0, true, {0, 0, 0}, NG_ERR_INPUT,
     NULL, NULL, NULL, "", 0},
    {"valid-utf8-strict", "Caf\xC3\xA9 talks\n\n\xE2\x80\x9CYes,\xE2\x80\x9D he said.", 0, true,
     {0, 0, 0}, NG_OK, "Caf\xC3\xA9 talks\n\n\xE2\x80\x9CYes,\xE2\x80\x9D he said.",
     "Caf\xC3\xA9 talks", NULL, "", 0},
    {"empty", "", 0, false, {0, 0, 0}, NG_ERR_INPUT, NULL, NULL, NULL, "", 0},
    {"whitespace-only", " \n\t\r\n  \xC2\xA0\n", 0, false, {0, 0, 0}, NG_ERR_INPUT, NULL, NULL,
     NULL, "", 0},
    {"bom-only", "\xEF\xBB\xBF\n", 0, false, {0, 0, 0}, NG_ERR_INPUT, NULL, NULL, NULL, "", 0},
    {"binary-nul", "abc\0def", 7, false, {0, 0, 0}, NG_ERR_INPUT, NULL, NULL, NULL, "", 0},
    {"binary-controls", "\x01\x02\x03\x04" "abcdef", 0, false, {0, 0, 0}, NG_ERR_INPUT, NULL,
     NULL, NULL, "", 0},
    {"only-boilerplate", "Advertisement\nShare this article\n", 0, false, {0, 0, 0},
     NG_ERR_INPUT, NULL, NULL, NULL, "", 0},
    {"control-replaced", "Headline\n\nEsc\x1b here.", 0, false, {0, 0, 0}, NG_OK,
     "Headline\n\nEsc  here.", "Headline", NULL, "", 0},
    {"indented-headline", "   Headline\n\nBody.", 0, false, {0, 0, 0}, NG_OK,
     "Headline\n\nBody.", "Headline", NULL, "", 0},
    {"reuters-trailer",
     "Headline\n\nBody.\n\nReporting by Maher Chmaytelli; Editing by Dominic Evans", 0, false,
     {0, 0, 0}, NG_OK, "Headline\n\nBody.", "Headline", "Maher Chmaytelli", "", 0},
    {"byline-job-title", "Headline\n\nBy Jane Roe, senior correspondent\n\nBody.", 0, false,
     {0, 0, 0}, NG_OK, "Headline\n\nBody.", "Headline", "Jane Roe", "", 0},
    {"agency-byline", "Headline\n\nBy Reuters\n\nBody.\n\nBy Al Jazeera Staff", 0, false,
     {0, 0, 0}, NG_OK, "Headline\n\nBody.", "Headline", NULL, "", 0},
    {"particle-name", "Headline\n\nBy Yusuf al-Karimi and Ana de la Cruz\n\nBody.", 0, false,
     {0, 0, 0}, NG_OK, "Headline\n\nBody.", "Headline", "Yusuf al-Karimi", "", 0},
    {"one-word-not-byline", "Headline\n\nBy Jason\n\nBody.", 0, false, {0, 0, 0}, NG_OK,
     "Headline\n\nBy Jason\n\nBody.", "Headline", NULL, "", 0},
};

static void check_doc(const doc_case *c, ng_status st, const ng_doc *doc) {
  char buf[11];
  ck_assert_msg(st == c->status, "%s: status %d, expected %d", c->name, st, c->status);
  if (st != NG_OK) {
    ck_assert_ptr_null(doc);
    return;
  }
  ck_assert_ptr_nonnull(doc);
  ck_assert_msg(strcmp(doc->text, c->text) == 0, "%s: text\n[%s]\nexpected\n[%s]", c->name,
                doc->text, c->text);
  ck_assert_uint_eq(doc->len, strlen(c->text));
  if (c->title) {
    ck_assert_msg(doc->title && strcmp(doc->title, c->title) == 0, "%s: title [%s]", c->name,
                  doc->title ? doc->title : "(null)");
    ck_assert_uint_eq(doc->title_e - doc->title_b, strlen(c->title));
    ck_assert(memcmp(doc->text + doc->title_b, c->title, strlen(c->title)) == 0);
    ck_assert_uint_eq(doc->title_b, 0);
  } else {
    ck_assert_ptr_null(doc->title);
    ck_assert_uint_eq(doc->title_e, 0);
  }
  if (c->author)
    ck_assert_msg(doc->author && strcmp(doc->author, c->author) == 0, "%s: author [%s]",
                  c->name, doc->author ? doc->author : "(null)");
  else
    ck_assert_msg(doc->author == NULL, "%s: author [%s]", c->name, doc->author);
  ck_assert_msg(strcmp(fmt_date(doc->published, buf), c->date) == 0, "%s: date [%s]", c->name,
                buf);
  ck_assert_uint_eq(doc->warnings, c->warnings);
  ck_assert_uint_eq(strlen(doc->text), doc->len);
}

START_TEST(test_text_doc) {
  const doc_case *c = &text_cases[_i];
  ng_read_opts opts = {c->strict, c->fallback};
  ng_doc *doc = (ng_doc *)1;
  unsigned long warn0 = ng_log_count(NG_LOG_WARNING), err0 = ng_log_count(NG_LOG_ERROR);
  ng_status st = ng_doc_from_text("dir/article.txt", c->in, c->len ? c->len : strlen(c->in),
                                  &opts, &doc);
  check_doc(c, st, doc);
  ck_assert_uint_eq(ng_log_count(NG_LOG_WARNING) - warn0, c->warnings);
  ck_assert_uint_eq(ng_log_count(NG_LOG_ERROR) - err0, st == NG_OK ? 0 : 1);
  if (doc) {
    ck_assert_str_eq(doc->path, "dir/article.txt");
    ck_assert_str_eq(doc->identifier, "article.txt");
  }
  ng_doc_free(doc);
}
END_TEST

/* A headline, then 13 paragraphs, a date in the middle of the article (a
 * timeline entry, kept), 5 more paragraphs. */
/* Dates in figures whose order of day and month a line does not show,
 * told apart by the weekday or by the dateline; a French place line below
 * a long letterhead. */
static const struct {
  const char *name, *in, *date;
} figure_dates[] = {
    {"weekday tells the day", "Morning bulletin\n\nBroadcast: Wednesday 05/10/2039, 06:00\n\n"
     "The ferry sailed.", "2039-10-05"},
    {"a weekday's short form", "Morning bulletin\n\nWed, 05/10/2039\n\nThe ferry sailed.",
     "2039-10-05"},
    {"dateline tells the month", "Ferry deal signed\n\nBy Jane Roe\nPublished: 08/02/2039 06:15 | "
     "Updated: 08/02/2039 09:40\n\nLAGOS, Feb. 7 - The ferry sailed.", "2039-02-08"},
    {"dateline tells the other order", "Ferry deal signed\n\nPosted: 02/08/2039 06:15\n\n"
     "LAGOS, Feb. 7 - The ferry sailed.", "2039-02-08"},
    {"no dateline: unknown", "Ferry deal signed\n\nPosted: 02/08/2039 06:15\n\nThe ferry sailed.",
     ""},
    {"a date line ending in a note in brackets", "Explainers > Security\n\nEXPLAINER\n\n"
     "What the ferry agreement does, and what it does not\n\nA guide to the week\n\n"
     "By Jane Roe\nPublished Wednesday 14 December 2039, 08:00 \xC2\xB7 Updated Thursday 15 "
     "December 2039, 17:20 (see correction below)\nTimeline compiled by Jim Poe\n\n"
     "The ferry sailed.", "2039-12-14"},
    {"a podcast's release line with its duration",
     "Ferry Podcast \xE2\x80\x94 Transcript: Episode 87\nferry.fm/transcripts/ep87\n\n"
     "FERRY PODCAST\nConversations on the region\nHome | Episodes | Transcripts\n\n"
     "Transcripts \xE2\x80\xBA Season 4 \xE2\x80\xBA Episode 87\n\n"
     "EPISODE 87: THE FERRY AND THE SKY \xE2\x80\x94 WHAT THE PACT MEANS\n\n"
     "Released: Friday 10 June 2039 \xC2\xB7 Duration 41:26\nHost: Jane Roe\n\n"
     "[00:00:12] JANE ROE: The ferry sailed.", "2039-06-10"},
    {"dotted figures in a byline's fields", "Ferry deal signed\n\nBy Jane Roe | Published "
     "15.02.2039 | 7 min read\n\nThe ferry sailed.", "2039-02-15"},
    {"a French place line below a long letterhead",
     "R\xC3\x89PUBLIQUE\nPaix\nMINIST\xC3\x88RE\nCABINET\nAccueil | Contacts\nAccueil > "
     "Communiqu\xC3\xA9s\nSignature de l'Accord\nCOMMUNIQU\xC3\x89 N\xC2\xB0 12\nPRESS RELEASE "
     "No. 12\n[ PDF ]\n=== VERSION ===\nLine twelve\nLine thirteen\n"
     "Yaound\xC3\xA9, le 9 f\xC3\xA9vrier 2039\n\n1. Le ministre a sign\xC3\xA9.", "2039-02-09"},
};

START_TEST(test_text_figure_dates) {
  ng_doc *doc = NULL;
  char buf[11];
  const char *in = figure_dates[_i].in;
  ck_assert_int_eq(ng_doc_from_text("t.txt", in, strlen(in), NULL, &doc), NG_OK);
  ck_assert_msg(strcmp(fmt_date(doc->published, buf), figure_dates[_i].date) == 0, "%s: [%s]",
                figure_dates[_i].name, buf);
  ng_doc_free(doc);
}
END_TEST

START_TEST(test_text_body_date_kept) {
  ng_buf in;
  ng_buf_init(&in);
  ng_buf_adds(&in, "Headline");
  for (int i = 0; i < 13; i++) ng_buf_printf(&in, "\nP%d.", i);
  ng_buf_adds(&in, "\nSeptember 27, 2015");
  for (int i = 0; i < 5; i++) ng_buf_printf(&in, "\nQ%d.", i);
  ng_doc *doc = NULL;
  ck_assert_int_eq(ng_doc_from_text("t.txt", in.data, in.len, NULL, &doc), NG_OK);
  ck_assert_str_eq(doc->text, in.data);
  ck_assert_int_eq(doc->published.y, 0);
  ng_doc_free(doc);
  ng_buf_free(&in);
}
END_TEST

/* Letterheads, release numbers, "Place, date" lines and labels are no
 * headline; a hard-wrapped paragraph is joined and a word broken at a line
 * end made whole. */
static const struct {
  const char *in, *title;
} headline_cases[] = {
    /* an outlet's short name, a dash, its full name: a masthead; a release's
     * date and issuing office: no headline either */
    {"TNA - Tamarind News Agency\n\nShips collide off the coast of Zanzibar\n\nBody text here.\n",
     "Ships collide off the coast of Zanzibar"},
    {"14 MAR 2030 3:15PM by Defence PR Directorate, Dhaka\n\n"
     "Navy commissions two new corvettes at Chattogram\n\nBody text here.\n",
     "Navy commissions two new corvettes at Chattogram"},
    {"KINGDOM OF RURITANIA\nMinistry of Home Affairs\nOffice of the Press Secretary\n\n"
     "Capital City, 3 June 2025\n\nPRESS RELEASE No. 12/2025\n\n"
     "Ruritania and Elbonia open a ferry line\n\nBody.\n",
     "Ruritania and Elbonia open a ferry line"},
    {"FLASH\nElbonian ferry strike ends\n\nBody.\n", "Elbonian ferry strike ends"},
    /* a broadcaster's script: the archive's header first, the headline
     * labelled as such further down */
    {"RADIO ZZYZX \xC2\xB7 ENGLISH SERVICE \xC2\xB7 SCRIPT ARCHIVE\n\n"
     "BULLETIN: 19:00 \xC2\xB7 SUN 15 APR 2040\n\n"
     "01  CHILE TRAINERS\nWEB HEADLINE: Chilean trainers arrive in Peru\n\n"
     "READER: About 120 Chilean engineers arrived in Lima on Sunday.\n",
     "Chilean trainers arrive in Peru"},
    {"B2   THE DAILY HERALD   Monday, June 2, 2025   WORLD\n-------------------------\n"
     "Port workers end strike\n\nBody.\n",
     "Port workers end strike"},
    {"Ministry of Defence signs radar deal\n\nBody.\n", "Ministry of Defence signs radar deal"},
    {"SENATE OF RURITANIA\nWritten Answers\nSitting of Monday, 2 June 2025\n\n"
     "Ferry services to the islands: timetable\n\nBody.\n",
     "Ferry services to the islands: timetable"},
    {"THE MORNING COURIER | EUROPE | OPINION\n\nElbonia reopens its ferry port\n\nBody.\n",
     "Elbonia reopens its ferry port"},
    {"NORTH SEA STUDIES INSTITUTE\nCommentary No. 7/2026\n\n"
     "Ferries after the strike: three open questions\n\nBody.\n",
     "Ferries after the strike: three open questions"},
    {"EL CORREO DEL SUR - English Edition\nPuerto Azul, Monday 3 of June of 2026\n\n"
     "REGIONAL / PORTS\n\nRuritania and Elbonia firm ferry accord\n\nBody.\n",
     "Ruritania and Elbonia firm ferry accord"},
    {"MINISTRY OF TRANSPORT RURITANIA\nMINISTERIO DE TRANSPORTE RURITANIA\n\nPRESS STATEMENT\n\n"
     "RURITANIA AND ELBONIA OPEN FERRY LINE\n\nBody.\n",
     "RURITANIA AND ELBONIA OPEN FERRY LINE"},
    {"BRIEF-Elbonia, Ruritania agree on ferry safety\n\nBody.\n",
     "Elbonia, Ruritania agree on ferry safety"},
    {"UPDATE 1-Elbonia, Ruritania agree on ferry safety\n\nBody.\n",
     "Elbonia, Ruritania agree on ferry safety"},
    /* a wire's menu whose fields run to three words */
    {"Harbour Light Wire | Home | Press Releases | Ports and Harbours | Submit a story\n\n"
     "Elbonia Ferry Works Delivers Two Ferries to the Ruritanian Coast Guard\n\n"
     "- First ferries for the coast guard\n- Built in nine months\n\n"
     "PORTO, May 3, 2030 -- The yard said on Monday it has delivered the ferries.\n\n"
     "The ferries are fast.\n",
     "Elbonia Ferry Works Delivers Two Ferries to the Ruritanian Coast Guard"},
    /* an agency's name in two scripts, its service in lower case; a "Most
     * read:" ticker */
    {"\xD0\x97\xD0\x90\xD0\xA0\xD0\xAF | ZARYA NEWS AGENCY \xE2\x80\x94 English service\n"
     "Main | Politics | Economy | World | Sport\n"
     "Most read: Elbonia opens a ferry port \xC2\xB7 Ruritania raises a grain quota\n\n"
     "3 MAY 2030, 10:42 MSK\n\nRuritania and Elbonia sign a ferry accord\n\n"
     "By Jane Roe\n\nPORTO, May 3. The two states signed a ferry accord.\n\n"
     "The ferries are fast.\n",
     "Ruritania and Elbonia sign a ferry accord"},
    /* a think tank's name in capitals that does not end in "INSTITUTE" */
    {"ELBONIAN INSTITUTE FOR MARITIME STUDIES\nResearch | Publications | Events | About\n"
     "Home > Publications > Briefs\n\nBRIEF No. 3/2030 | Monday, 3 June 2030\n\n"
     "Ferries after the strike: what the new port means\n\nBody one.\n\nBody two.\n",
     "Ferries after the strike: what the new port means"},
    /* a letters page's section path in capitals */
    {"THE VALLEY LEDGER \xE2\x80\x94 Elbonia's English-language weekly\n"
     "Home | News | Business | Opinion | Letters | Jobs\nMonday, 4 March 2030\n\n"
     "OPINION > LETTERS TO THE EDITOR\n\nLetters: The ferry is not a luxury\n\n"
     "Our readers respond.\n\nSir, the ferry is late.\n",
     "Letters: The ferry is not a luxury"},
    /* an e-mail newsletter's headers: the subject is the headline */
    {"From: The Harbour Letter <news@harbour.example>\n"
     "Subject: Week ahead: Porto, Elbo City and a quiet Friday\n"
     "Date: Sun, 16 Jun 2030 18:00:00 +0100\n\nView in browser | Manage subscription\n\n"
     "Good evening. Next week is busy.\n\nThe ferry sails on Monday.\n",
     "Week ahead: Porto, Elbo City and a quiet Friday"},
};

START_TEST(test_text_headline_labels) {
  ng_doc *doc = NULL;
  ck_assert_int_eq(ng_doc_from_text("t.txt", headline_cases[_i].in,
                                    strlen(headline_cases[_i].in), NULL, &doc), NG_OK);
  ck_assert_ptr_nonnull(doc->title);
  ck_assert_str_eq(doc->title, headline_cases[_i].title);
  ng_doc_free(doc);
}
END_TEST

/* Pages copied from a browser: the site's name, menus, consent banners,
 * tickers and date lines before the headline, which follows a section's
 * label or a breadcrumb set alone; the byline and the date in house styles. */
static const struct {
  const char *in, *title, *author, *date;
} page_head_cases[] = {
    {"THE LAKESIDE LEDGER\nNews from the lakes\n\n"
     "Home  |  Politics  |  Business  |  Sports  |  Travel\n\n"
     "Monday, 2/9/2030 - 08:10 (GMT+3)\n\nPOLITICS / REGION\n\n"
     "Ferry operators strike as fuel prices climb again\n\nBy Ana Lind\n\nBody text here.\n",
     "Ferry operators strike as fuel prices climb again", "Ana Lind", "2030-09-02"},
    {"Skip to main content\nCookies on this government website\n"
     "We use some essential cookies to make this website work.\n"
     "Accept additional cookies   Reject additional cookies\n\nMenu   Search\n"
     "Home > International > Ruritania\n\nPress release\n"
     "Ruritania and Elbonia sign a fisheries memorandum\n"
     "The two governments agreed to share catch data.\n\nBody.\n",
     "Ruritania and Elbonia sign a fisheries memorandum", NULL, ""},
    {"THE HARBOUR COURIER\n\nHome   Nation   World   Business   Sport   Opinion\n\n"
     "WORLD \xC2\xBB ASIA\n\nPort workers end strike after pay deal, says union\n\n"
     "Maria Oduya\nNAIROBI\n\nBody text.\n",
     "Port workers end strike after pay deal, says union", "Maria Oduya", ""},
    {"RNA - Ruritania News Agency\nServing the Nation\n\n"
     "HOME | NATIONAL | POLITICS | BUSINESS | SPORTS\n\nLatest: Markets open | Rains due\n\n"
     "NATIONAL\n\nGovernment opens new bridge over the river Vel\n\nBy RNA\n\n"
     "PORTVILLE, 14 MARCH 2030 (RNA) -- Government has opened a bridge.\n",
     "Government opens new bridge over the river Vel", NULL, "2030-03-14"},
    {"EL DIARIO DEL SUR\n\nLima \xC2\xB7 martes 10/09/2030 \xC2\xB7 Tipo de cambio\n\n"
     "ECONOMY\n\nFish exports reach a record in the first half\n\n"
     "By Rosa Quispe\n\nBody.\n",
     "Fish exports reach a record in the first half", "Rosa Quispe", "2030-09-10"},
    {"Parliament of Ruritania\n\nHome > Plenary > Sitting 12\n\n"
     "Questions and Answers \xE2\x80\x94 Sitting No. 12\n\n"
     "Legislature: IV\nSitting: 12\nDate of sitting: Monday, 3rd June 2030\n\nBody.\n",
     "Questions and Answers \xE2\x80\x94 Sitting No. 12", NULL, "2030-06-03"},
    {"Ministers meet in the capital\n\n2029.10.10  |  By Vu Thu Trang  |  "
     "1,284 views\n\nBody.\n",
     "Ministers meet in the capital", "Vu Thu Trang", "2029-10-10"},
    /* a desk's name alone in mixed case over the headline */
    {"ELBONIA DAILY WIRE \xC2\xB7 English\nHome | Nation | World | Sports | Defence\n"
     "Top stories: Rains due in the north | Port reopens\n\nDefence\n\n"
     "Elbonian navy chief holds talks with Ruritania's coast guard commander\n\n"
     "Source: Elbonia Daily Wire | 2030-05-04 10:12:00\n\nBody text.\n",
     "Elbonian navy chief holds talks with Ruritania's coast guard commander", NULL,
     "2030-05-04"},
    /* a state's style in capitals ("ISLAMIC REPUBLIC OF X"), its motto, a
     * long release number */
    {"ISLAMIC REPUBLIC OF MAURITANIA\nHonour - Fraternity - Justice\nMINISTRY OF NATIONAL DEFENCE\n"
     "Directorate of Communication and Public Relations\n\n"
     "Home | The Ministry | News | Press releases | Contact\n\n"
     "PRESS RELEASE No. 052/MDN/DCRP/2030\n\nNouakchott, 15/04/2030\n\n"
     "Signing of the Agreement on Fisheries Patrols between Mauritania and Senegal\n\n"
     "Today the two ministers signed the agreement.\n",
     "Signing of the Agreement on Fisheries Patrols between Mauritania and Senegal", NULL,
     "2030-04-15"},
    /* a radio station's name over its menu, a path whose second field is in
     * lower case after its first word, a bulletin's label over its date */
    {"Radio Sahel Nord | RSN English Service\n"
     "Listen live  |  Podcasts  |  Programmes  |  Frequencies  |  Fran\xC3\xA7" "ais\n\n"
     "News > In brief\n\nNEWS IN BRIEF - 19:00 GMT bulletin\nFriday 19/04/2030\n\n"
     "Senegalese patrol boats arrive in Nouadhibou\n\n"
     "Two patrol boats of the Senegalese Navy arrived this afternoon.\n",
     "Senegalese patrol boats arrive in Nouadhibou", NULL, "2030-04-19"},
    /* a state's name with the same in its own script on one line, a
     * directorate, a date in another calendar with the Gregorian one */
    {"State of Qatar                                   \xD8\xAF\xD9\x88\xD9\x84\xD8\xA9 "
     "\xD9\x82\xD8\xB7\xD8\xB1\nMINISTRY OF DEFENCE\n"
     "Directorate of Public Relations\n\nHome | The Ministry | News | Press Releases | Contact "
     "Us\n\nPRESS RELEASE No. 12/2030\n"
     "Tuesday, 3 Muharram 1452 AH, corresponding to 14-05-2030\n\n"
     "Signing of the Agreement between the State of Qatar and the Sultanate of Oman on Air "
     "Safety\n\nDoha, 14-05-2030 - The two ministers signed the agreement today.\n",
     "Signing of the Agreement between the State of Qatar and the Sultanate of Oman on Air Safety",
     NULL, "2030-05-14"},
    /* an embassy's letterhead in capitals over the same in the host's
     * language, a menu of long fields, a section path of two steps */
    {"EMBASSY OF THE REPUBLIC OF PERU IN THE PLURINATIONAL STATE OF BOLIVIA\n"
     "Embajada de la Rep\xC3\xBA" "blica del Per\xC3\xBA en el Estado Plurinacional de Bolivia\n\n"
     "Home | About the Embassy | Consular Services | Peru - Bolivia Relations | Press | Contact\n\n"
     "Press and Information > Statements\n\nPRESS STATEMENT\n"
     "On the signing of the Agreement on Border Security between Peru and Bolivia\n\n"
     "La Paz, 10 October 2030\n\n1. The agreement was signed today.\n",
     "On the signing of the Agreement on Border Security between Peru and Bolivia", NULL,
     "2030-10-10"},
    /* a television's name over its menu, a programme's name over its headline */
    {"KESTREL TELEVISION | Kestrel English\nLive TV   Programmes   News   Schedule   "
     "Transcripts\n\nTranscripts > Evening Desk > 2030\n\nEVENING DESK\n"
     "Zambian engineers reach Lilongwe as lake pact takes effect\n\n"
     "Aired: Friday 16 March 2030, 21:00\n\nANCHOR: Good evening.\n",
     "Zambian engineers reach Lilongwe as lake pact takes effect", NULL, "2030-03-16"},
    /* a letterhead in the state's own language over its English one */
    {"WIZARA YA ULINZI NA JESHI LA KUJENGA TAIFA\nMINISTRY OF DEFENCE AND NATIONAL SERVICE\n\n"
     "Home | Ministry | Press\n\nPRESS RELEASE\n\n"
     "A Memorandum of Understanding on Joint Patrols and the Exchange of Information on Lake "
     "Nyasa was signed between the Government of the United Republic of Tanzania and the "
     "Government of the Republic of Malawi in Dodoma\n\n"
     "Dodoma, 4 May 2030. Today the two ministers signed a memorandum.\n",
     "A Memorandum of Understanding on Joint Patrols and the Exchange of Information on Lake "
     "Nyasa was signed between the Government of the United Republic of Tanzania and the "
     "Government of the Republic of Malawi in Dodoma",
     NULL, "2030-05-04"},
    /* a desk's name in mixed case that repeats a field of the menu above */
    {"KNA | KESTREL NEWS AGENCY\nWorld  Southern Africa  Business  Sport\n"
     "English | Portugu\xC3\xAAs\n\nSouthern Africa\n\n"
     "Malawi and Zambia agree to patrol Lake Malawi together\n\nBy Ruth Banda\n\nBody text.\n",
     "Malawi and Zambia agree to patrol Lake Malawi together", "Ruth Banda", ""},
    /* a path whose fields join words with '&' */
    {"THE HIGHLAND TIMES\nIndependent since 1990\n\n"
     "World > Asia & Pacific\n\nNepal opens new mountain airstrip for rescue flights\n\n"
     "By Mina Gurung\n\nBody text.\n",
     "Nepal opens new mountain airstrip for rescue flights", "Mina Gurung", ""},
    /* a name in capitals over its menu, a section's label over a date line */
    {"THE LAKESIDE ALMANAC OF LETTERS\nFiction | Poetry | Essays | Podcast | Subscribe\n\n"
     "POETRY > REVIEWS\nFriday 3 May 2030\n\n"
     "Review: A quiet harbour by its own light \xE2\x80\x94 verses for the ferry\n\n"
     "Body text.\n",
     "Review: A quiet harbour by its own light \xE2\x80\x94 verses for the ferry", NULL,
     "2030-05-03"},
    /* a page whose path ends with its own short name */
    {"THE RIVERSIDE COMPASS\nHome | Nation | World | Sport | Puzzles\n\n"
     "About us > Policies > Readers' replies\n\nReaders' replies\n\nMonday 6 May 2030\n\n"
     "Body text.\n",
     "Readers' replies", NULL, "2030-05-06"},
    /* a paper's name over its tagline and menu, a two-step path with '›' */
    {"THE ORCHARD VALLEY GAZETTE\nThe English-language weekly of the upper valley\n"
     "Home  |  Region  |  Business  |  Sport\n\nBusiness \xE2\x80\xBA Farming\n\n"
     "Cider maker wins its first export order, hires forty\n\nBy Lena Brandt\n\nBody text.\n",
     "Cider maker wins its first export order, hires forty", "Lena Brandt", ""},
    /* a station by its frequency over towns in mixed case; a broadcast line
     * with a weekday, a dotted date, a time range and a zone in words */
    {"RADIO LAKESHORE 88.2 FM \xE2\x80\x94 Kisumu \xC2\xB7 Homa Bay\n"
     "Listen live | Programmes | Transcripts | Contact\n\n"
     "Broadcast: Sunday 08.03.2037, 07:00\xE2\x80\x93" "07:30 (Kisumu time)\n\n"
     "Fishermen return to the lake as the ban ends\n\nBody text.\n",
     "Fishermen return to the lake as the ban ends", NULL, "2037-03-08"},
    /* a ministry's letterhead in capitals over its motto in quotation marks */
    {"THE REPUBLIC OF ELBONIA\nMINISTRY OF FISHERIES\n\"Work and Harvest\"\n\n"
     "Home | About Us | Media Centre\n\nPRESS STATEMENT\n\n"
     "ELBONIA AND RURITANIA SIGN FISHERIES MEMORANDUM\n\nBody text.\n",
     "ELBONIA AND RURITANIA SIGN FISHERIES MEMORANDUM", NULL, ""},
    /* a broadcaster's name over its menu, a path, then a transcript's head:
     * its label, its dates and its note, then the headline in capitals */
    {"CANAL LITORAL 24\nNews | Politics | Sport | Video | EN\n\n"
     "Shows > Evening News > Transcripts\n\nEVENING NEWS \xE2\x80\x94 ENGLISH TRANSCRIPT\n"
     "Aired: Monday, 19 October 2037, 20:00 EEST\nPosted: 19.10.2037, 23:05\n"
     "This is a rush transcript, translated from Portuguese. It may be updated.\n\n"
     "FERRY STRIKE ENDS AFTER TWO WEEKS; PORTS REOPEN ON TUESDAY\n\nBody text.\n",
     "FERRY STRIKE ENDS AFTER TWO WEEKS; PORTS REOPEN ON TUESDAY", NULL, "2037-10-19"},
    /* a station's name over its menus, a path of two steps in mixed case
     * (no headline), the headline, then the programme's transcript label */
    {"RADIO KESTREL 101.2 \xE2\x80\x94 PORTVILLE\nThe voice of the coast\n"
     "Home | Programmes | Podcasts | Transcripts | Contact\nEnglish | Fran\xC3\xA7" "ais\n\n"
     "Transcripts > Evening hour\n\n"
     "Ferry crews return to work as the port strike ends\n\n"
     "EVENING HOUR \xE2\x80\x94 ENGLISH TRANSCRIPT\nBroadcast: Friday 14/06/2030, 19:00\n\n"
     "Body text.\n",
     "Ferry crews return to work as the port strike ends", NULL, "2030-06-14"},
    /* (its posting date in figures whose order of day and month does not
     * show, its note in square brackets as a paragraph of its own) */
    {"TELE SOLANA 9\nNews | Politics | Sport | Video | EN\n"
     "Shows > Night Bulletin > Transcripts\n\nNIGHT BULLETIN \xE2\x80\x94 ENGLISH TRANSCRIPT\n"
     "Aired: Tuesday, 4 June 2030, 21:00 CEST\nPosted: 04/06/2030 23:40\n\n"
     "[This is a rush transcript prepared for viewers abroad. It may be updated.]\n\n"
     "DOCKERS END STRIKE AFTER NINE DAYS; FERRIES SAIL AGAIN AT DAWN\n\nBody text.\n",
     "DOCKERS END STRIKE AFTER NINE DAYS; FERRIES SAIL AGAIN AT DAWN", NULL, "2030-06-04"},
    /* (a station's name opening with "RADIO", over a menu, a path, the
     * transcript's label and date, its note: four lines passed over) */
    {"RADIO KALUNGA INTERNATIONAL\nEnglish Service | 101.7 FM Portville | Online 24/7\n"
     "Fran\xC3\xA7" "ais | English | Portugu\xC3\xAAs\n\n"
     "Home   News   Programmes   Podcasts   About us\n\n"
     "Programmes > Early Call > Transcripts\n\nEARLY CALL - TRANSCRIPT\n"
     "Broadcast: Thursday 12.09.2030, 06:00-06:30 (Portville time)\n\n"
     "This is a rush transcript. Parts were translated from French.\n\n"
     "DOCKERS AND OWNERS SIGN PAY DEAL; FERRIES SAIL AGAIN\n\nBody text.\n",
     "DOCKERS AND OWNERS SIGN PAY DEAL; FERRIES SAIL AGAIN", NULL, "2030-09-12"},
    /* a columnist's name without "By" over a date whose weekday follows it */
    {"THE LAGOON COURIER\nPortville \xC2\xB7 Bayton\nNews | Opinion | Business | Sport\n\n"
     "OPINION\n\nThe ferry pact is good news. Being left out of it is not\n\n"
     "Marta Okonjo\n14 May 2031, Wednesday\n\nBody text.\n",
     "The ferry pact is good news. Being left out of it is not", "Marta Okonjo", "2031-05-14"},
    /* a writer's name over the town filed from (after a dash, in mixed case),
     * over a date in figures with dashes, the day first */
    {"THE DESERT LANTERN\nHome | Region | Sport\n\nRegion > Security\n\n"
     "Border guards open a new crossing for trucks\n\nSamir Khalil Mansour - Rutba\n"
     "18-05-2037 | 11:20\n\nBody text.\n",
     "Border guards open a new crossing for trucks", "Samir Khalil Mansour", "2037-05-18"},
    /* (after a comma: a name of three words; "Singha Durbar, Kathmandu" is an
     * address, not a writer) */
    {"THE VALLEY TRIBUNE\nHome | Region | Sport\n\nRegion > Industry\n\n"
     "Munitions maker wins its first order abroad\n\nElena Petrova Ivanova, Kazanlak\n"
     "23 October 2037 | Print edition, p. 4\n\nBody text.\n",
     "Munitions maker wins its first order abroad", "Elena Petrova Ivanova", "2037-10-23"},
    {"Press release on the visit of the Foreign Secretary\n\nSingha Durbar, Kathmandu\n"
     "16 March 2029\n\nBody text.\n",
     "Press release on the visit of the Foreign Secretary", NULL, "2029-03-16"},
    /* a francophone paper's English edition: a bilingual byline label, a date
     * in French */
    {"LE R\xC3\x89VEIL DU NORD - English edition\nAccueil | Nation | Sport\n\n"
     "Nation > D\xC3\xA9" "fense\n\nFerry service to the islands resumes after the storm\n\n"
     "Par / By Lalao Randria\nMardi 8 septembre 2037 - 06h30\n\nBody text.\n",
     "Ferry service to the islands resumes after the storm", "Lalao Randria", "2037-09-08"},
    /* a review's own byline after the book's author */
    {"Review: Salt Road by Ines Haugvik - a spy novel set on the Baltic\n\n"
     "Salt Road\nby Ines Haugvik\nNorth Quay Books, 320pp\n\nReviewed by Tomas Sjoberg\n\n"
     "Body text.\n",
     "Review: Salt Road by Ines Haugvik - a spy novel set on the Baltic", "Tomas Sjoberg",
     ""},
};

START_TEST(test_text_page_heads) {
  ng_doc *doc = NULL;
  char buf[11];
  const char *in = page_head_cases[_i].in;
  ck_assert_int_eq(ng_doc_from_text("t.txt", in, strlen(in), NULL, &doc), NG_OK);
  ck_assert_ptr_nonnull(doc->title);
  ck_assert_str_eq(doc->title, page_head_cases[_i].title);
  if (page_head_cases[_i].author)
    ck_assert_msg(doc->author && !strcmp(doc->author, page_head_cases[_i].author),
                  "case %d: author [%s]", _i, doc->author ? doc->author : "(null)");
  else
    ck_assert_msg(doc->author == NULL, "case %d: author [%s]", _i, doc->author);
  ck_assert_str_eq(fmt_date(doc->published, buf), page_head_cases[_i].date);
  ng_doc_free(doc);
}
END_TEST

/* A WebVTT caption file read as a transcript: the first NOTE's first line
 * is the headline, cue numbers, time codes and tags go, a voice's cues
 * make one turn "Name: ..." whose sentences run on across cues. */
START_TEST(test_text_webvtt) {
  const char *in = "WEBVTT\nKind: captions\nLanguage: en\n\n"
                   "NOTE\nBriefing on the river ferry accord\nHarbour Hall - Tuesday, 7 May 2030\n\n"
                   "1\n00:00:01.000 --> 00:00:04.000\n<v Lena Brandt>Good morning. The two ports signed\n"
                   "the accord <i>today</i>,\n\n"
                   "2\n00:00:04.000 --> 00:00:06.500\n<v Lena Brandt>and the ferries sail on Monday.\n\n"
                   "3\n00:00:07.000 --> 00:00:09.000\n<v Piet Olde>Thank you.\n";
  ng_doc *doc = NULL;
  char buf[11];
  ck_assert_int_eq(ng_doc_from_text("t.txt", in, strlen(in), NULL, &doc), NG_OK);
  ck_assert_ptr_nonnull(doc->title);
  ck_assert_str_eq(doc->title, "Briefing on the river ferry accord");
  ck_assert_str_eq(fmt_date(doc->published, buf), "2030-05-07");
  ck_assert_msg(strstr(doc->text, "Lena Brandt: Good morning. The two ports signed the accord today, "
                                  "and the ferries sail on Monday.\n\nPiet Olde: Thank you.") != NULL,
                "text [%s]", doc->text);
  ck_assert_ptr_null(strstr(doc->text, "-->"));
  ng_doc_free(doc);
}
END_TEST

/* A wiki page with no date in its head: its footer's "last edited" date is
 * the page's, not the date its text (an infobox) names first. */
START_TEST(test_html_wiki_footer_date) {
  const char *in = "<html><head><title>Lima Accord - Wikipedia</title></head><body>"
                   "<h1>Lima Accord</h1><table class=\"infobox\"><tr><th>Signed</th>"
                   "<td>3 March 2030</td></tr></table><p>The Lima Accord is a treaty signed on "
                   "3 March 2030.</p><footer><ul><li>This page was last edited on 9 July 2030, "
                   "at 10:00 (UTC).</li></ul></footer></body></html>";
  ng_doc *doc = NULL;
  char buf[11];
  ck_assert_int_eq(ng_doc_from_html("t.html", in, strlen(in), NULL, &doc), NG_OK);
  ck_assert_str_eq(fmt_date(doc->published, buf), "2030-07-09");
  ng_doc_free(doc);
}
END_TEST

START_TEST(test_text_hard_wrapped) {
  const char *in = "Coast guards\n\nThe plan was signed by\nFor-\neign Minister Trevor Dowe\n"
                   "on Monday in the capital.\n\n\"The crews train together.\nWhat they "
                   "lacked was\na shared radio net,\" Dowe said.\n\nThe boats will sail\nnext "
                   "week from the\nnorthern port of the\nisland, officials said.\n\nA well-\nknown pro-\n"
                   "Western group of self-\ndefence units sent\ntwenty-\nfive boats to the\nrest-\n"
                   "less coast.\n";
  ng_doc *doc = NULL;
  ck_assert_int_eq(ng_doc_from_text("t.txt", in, strlen(in), NULL, &doc), NG_OK);
  ck_assert_str_eq(doc->text,
                   "Coast guards\n\nThe plan was signed by Foreign Minister Trevor Dowe on "
                   "Monday in the capital.\n\n\"The crews train together. What they lacked was "
                   "a shared radio net,\" Dowe said.\n\nThe boats will sail next week from "
                   "the northern port of the island, officials said.\n\nA well-known pro-Western group "
                   "of self-defence units sent twenty-five boats to the restless coast.");
  ck_assert_str_eq(doc->title, "Coast guards");
  ng_doc_free(doc);
}
END_TEST

/* A PDF's text: lines of up to 80 characters, indented, hyphenated at
 * their ends, one paragraph per block; a line starting with a capital
 * letter goes on from the one before it. */
START_TEST(test_text_pdf_wrapped) {
  const char *in =
      "Verbatim record of the sitting\n\n"
      "  MARTA ROSSI: Thank you, Chair. I can confirm that the Re-\n"
      "  public of Ruritania told our embassy on Thursday that it would not allow\n"
      "  Freedonian transport aircraft to cross its airspace on the way to the Nor-\n"
      "  thern Province. That was a decision of Ruritania, and we respect it fully.\n"
      "  The flights over our own country are transport and rescue flights, and not\n"
      "  combat flights, and each of them is notified to the air traffic service in\n"
      "  advance, as the agreement of the two governments sets out in its annex.\n\n"
      "  CHAIR: Thank you, Minister. The next question comes from Mr Bruno Ferri, who\n"
      "  sits for the southern district and has asked about the price of fuel in the\n"
      "  harbour towns, which has risen by a fifth since the spring of this year.\n";
  ng_doc *doc = NULL;
  ck_assert_int_eq(ng_doc_from_text("t.txt", in, strlen(in), NULL, &doc), NG_OK);
  ck_assert_msg(strstr(doc->text, "confirm that the Republic of Ruritania told our embassy on "
                                  "Thursday that it would not allow Freedonian transport aircraft "
                                  "to cross its airspace on the way to the Northern Province.") !=
                    NULL,
                "text [%s]", doc->text);
  ng_doc_free(doc);
}
END_TEST

/* JSON-LD with a list of writers: the first is the author, the others
 * co-authors. */
START_TEST(test_html_jsonld_authors) {
  const char *in =
      "<html><head><title>Pact signed</title>"
      "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":"
      "\"Pact signed\",\"author\":[{\"@type\":\"Person\",\"name\":\"Anong Srisuk\"},"
      "{\"@type\":\"Person\",\"name\":\"Chaiya Boonmee\"}]}</script></head>"
      "<body><h1>Pact signed</h1><p>The two ministers signed the pact on Tuesday in the "
      "capital.</p></body></html>";
  ng_doc *doc = NULL;
  ck_assert_int_eq(ng_doc_from_html("t.html", in, strlen(in), NULL, &doc), NG_OK);
  ck_assert_ptr_nonnull(doc->author);
  ck_assert_str_eq(doc->author, "Anong Srisuk");
  ck_assert_ptr_nonnull(doc->coauthors);
  ck_assert_msg(strstr(doc->coauthors, "Chaiya Boonmee") != NULL, "[%s]", doc->coauthors);
  ng_doc_free(doc);
}
END_TEST

START_TEST(test_text_long_first_line) {
  ng_buf in;
  ng_buf_init(&in);
  for (int i = 0; i < 90; i++) ng_buf_adds(&in, "word ");
  ng_buf_adds(&in, "end.\n\nBody.");
  ng_doc *doc = NULL;
  ck_assert_int_eq(ng_doc_from_text("t.txt", in.data, in.len, NULL, &doc), NG_OK);
  ck_assert_ptr_null(doc->title);
  ck_assert_uint_eq(doc->title_e, 0);
  ck_assert_str_eq(doc->text, in.data);
  ng_doc_free(doc);
  ng_buf_free(&in);
}
END_TEST

START_TEST(test_text_sha_and_ids) {
  ng_doc *doc = NULL;
  ck_assert_int_eq(ng_doc_from_text("-", "abc\n", 4, NULL, &doc), NG_OK);
  char hex[65];
  ng_sha256_hex("abc\n", 4, hex);
  ck_assert_str_eq(doc->sha256, hex);
  ck_assert_str_eq(doc->identifier, "stdin");
  ck_assert_str_eq(doc->path, "-");
  ng_doc_free(doc);
  ng_doc_free(NULL);
}
END_TEST

/* Line numbers and columns name the first bad byte. */
START_TEST(test_text_invalid_position) {
  ng_doc *doc = NULL;
  const char *in = "Head\r\nline two \xE2\x80\x94 ok\n\xC3\xA9t\xC3\xA9 \xED\xA0\x80 \xFF";
  unsigned long w0 = ng_log_count(NG_LOG_WARNING);
  ck_assert_int_eq(ng_doc_from_text("p.txt", in, strlen(in), NULL, &doc), NG_OK);
  ck_assert_uint_eq(ng_log_count(NG_LOG_WARNING) - w0, 1);
  /* the surrogate is 3 bad bytes, 0xFF one more: four replacements */
  ck_assert_str_eq(doc->text, "Head\nline two \xE2\x80\x94 ok\n\xC3\xA9t\xC3\xA9 "
                              "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD \xEF\xBF\xBD");
  ng_doc_free(doc);
  ng_buf out;
  ng_buf_init(&out);
  ck_assert_int_eq(ng_ingest_utf8("p.txt", in, strlen(in), true, &out, NULL), NG_ERR_INPUT);
  ng_buf_free(&out);
}
END_TEST

/* ================================================================ line classes */

static const struct {
  const char *line;
  bool head, tail;
  ng_line_kind kind;
  const char *author; /* "" none */
  const char *date;
} line_cases[] = {
    {"By Jane Roe", true, false, NG_LINE_BYLINE, "Jane Roe", ""},
    {"By Jane Roe", false, false, NG_LINE_TEXT, "", ""},
    {"Author: Jane Roe", false, false, NG_LINE_BYLINE, "Jane Roe", ""},
    {"By Jane Roe and John Poe", true, false, NG_LINE_BYLINE, "Jane Roe", ""},
    {"By Jane Roe, Reuters", true, false, NG_LINE_BYLINE, "Jane Roe", ""},
    {"BY JANE O'ROE", true, false, NG_LINE_BYLINE, "Jane O'Roe", ""},
    {"By Jane Roe | March 3, 2021", true, false, NG_LINE_BYLINE, "Jane Roe", "2021-03-03"},
    {"2029.10.10  |  By Jane Roe  |  1,284 views", true, false, NG_LINE_BYLINE, "Jane Roe", ""},
    {"By D.Oyunaa", true, false, NG_LINE_BYLINE, "D.Oyunaa", ""},
    /* a question-and-answer page's interviewer */
    {"Interview by Tomas Ekwueme", true, false, NG_LINE_BYLINE, "Tomas Ekwueme", ""},
    {"Interviewed by Rosa Quispe", true, false, NG_LINE_BYLINE, "Rosa Quispe", ""},
    {"By Jane Roe on September 27, 2015 at 9:00 a.m.", true, false, NG_LINE_BYLINE, "Jane Roe",
     "2015-09-27"},
    {"Jane Roe | September 27, 2015 | 9:00pm EDT", true, false, NG_LINE_BYLINE, "Jane Roe",
     "2015-09-27"},
    {"Jane Roe | September 27, 2015 | 9:00pm EDT", false, false, NG_LINE_TEXT, "", ""},
    {"Jane Roe \xC2\xB7 27 September 2015", false, true, NG_LINE_BYLINE, "Jane Roe",
     "2015-09-27"},
    {"Jane Roe said on September 27, 2015 that", true, false, NG_LINE_TEXT, "", ""},
    {"By Sunday, the army had retaken the city.", true, false, NG_LINE_TEXT, "", ""},
    {"By The Associated Press", true, false, NG_LINE_BYLINE, "", ""},
    {"By AFP", true, false, NG_LINE_BYLINE, "", ""},
    {"By Jos\xC3\xA9 \xC3\x81lvarez", true, false, NG_LINE_BYLINE,
     "Jos\xC3\xA9 \xC3\x81lvarez", ""},
    {"September 27, 2015", true, false, NG_LINE_DATELINE, "", "2015-09-27"},
    {"September 27, 2015", false, false, NG_LINE_TEXT, "", ""},
    {"September 27, 2015", false, true, NG_LINE_DATELINE, "", "2015-09-27"},
    {"Published: 2015-09-27", true, false, NG_LINE_DATELINE, "", "2015-09-27"},
    /* the time first: "Published: 12:00 AM, March 09, 2039 / Last modified: ..." */
    {"Published: 12:00 AM, March 09, 2039 / Last modified: 01:47 AM, March 09, 2039", true, false,
     NG_LINE_DATELINE, "", "2039-03-09"},
    {"Posted 09:15 - 4 May 2031", true, false, NG_LINE_DATELINE, "", "2031-05-04"},
    {"12:00 AM, March 09, 2039", true, false, NG_LINE_TEXT, "", ""},
    {"Updated 3 March 2021 10:00 GMT", true, false, NG_LINE_DATELINE, "", "2021-03-03"},
    {"Sunday, September 27, 2015, 9:00 PM ET", true, false, NG_LINE_DATELINE, "",
     "2015-09-27"},
    {"Posted on Sep 27, 2015 (UTC+3)", true, false, NG_LINE_DATELINE, "", "2015-09-27"},
    /* the weekday after the date, in full */
    {"14 May 2031, Wednesday", true, false, NG_LINE_DATELINE, "", "2031-05-14"},
    /* dates in Spanish and Portuguese, long ("de") and short */
    {"Lunes, 3 de marzo de 2031 - 08:40", true, false, NG_LINE_DATELINE, "", "2031-03-03"},
    {"Quarta-feira, 5 de mar\xC3\xA7o de 2031", true, false, NG_LINE_DATELINE, "",
     "2031-03-05"},
    {"Published 9 Out 2031 \xC2\xB7 10h05", true, false, NG_LINE_DATELINE, "", "2031-10-09"},
    {"9 de Out 2031", true, false, NG_LINE_TEXT, "", ""},
    {"September 27, 2015 was a Sunday.", true, false, NG_LINE_TEXT, "", ""},
    {"Font Size", false, false, NG_LINE_BOILERPLATE, "", ""},
    {"Font Size:", false, false, NG_LINE_BOILERPLATE, "", ""},
    {"ADVERTISEMENT", false, false, NG_LINE_BOILERPLATE, "", ""},
    {"Share this article", false, false, NG_LINE_BOILERPLATE, "", ""},
    {"Subscribe", false, false, NG_LINE_BOILERPLATE, "", ""},
    {"Sign up", false, false, NG_LINE_BOILERPLATE, "", ""},
    {"Click here", false, false, NG_LINE_BOILERPLATE, "", ""},
    {"Shop now", false, false, NG_LINE_BOILERPLATE, "", ""},
    {"Read more", false, false, NG_LINE_BOILERPLATE, "", ""},
    {"READ MORE: Kenya and Norway", false, false, NG_LINE_BOILERPLATE, "", ""},
    {"Related: Okafor meets Varga", false, false, NG_LINE_BOILERPLATE, "", ""},
    {"IE 11 is not supported. For an optimal experience visit our site on another browser.",
     false, false, NG_LINE_BOILERPLATE, "", ""},
    {"Image: A member of the militia waves a flag in Kano", false, false,
     NG_LINE_BOILERPLATE, "", ""},
    {"A member waves a flag in Kano May 3, 2019.Stringer / Reuters / REUTERS", false, false,
     NG_LINE_BOILERPLATE, "", ""},
    {"Okafor meets Varga on Sunday. (Photo: State Department)", false, false,
     NG_LINE_BOILERPLATE, "", ""},
    {"Kenyan soldiers in Mombasa. (AP Photo/Jane Roe)", false, false, NG_LINE_BOILERPLATE, "",
     ""},
    {"The statement puts pressure on the US [AFP]", false, false, NG_LINE_BOILERPLATE, "", ""},
    {"Fighters in Sudan. Getty Images", false, false, NG_LINE_BOILERPLATE, "", ""},
    {"This website uses cookies to ensure you get the best experience.", false, false,
     NG_LINE_BOILERPLATE, "", ""},
    {"Share on Facebook", false, false, NG_LINE_BOILERPLATE, "", ""},
    {"Facebook | Twitter | WhatsApp | Email", false, false, NG_LINE_BOILERPLATE, "", ""},
    {"Most read: Elbonia opens a ferry port \xC2\xB7 Ruritania raises a grain quota", true, false,
     NG_LINE_BOILERPLATE, "", ""},
    {"Home | Press Releases | Ports and Harbours | Submit a story | Contact", true, false,
     NG_LINE_BOILERPLATE, "", ""},
    {"More releases from this source: Ferry yard wins tug order (June 2, 2030) | Ferry yard "
     "reports results (July 30, 2030)", false, false, NG_LINE_BOILERPLATE, "", ""},
    {"Also in Ports & Shipping: Peruvian yard opens a dock \xC2\xB7 Chilean line buys a ferry",
     false, false, NG_LINE_BOILERPLATE, "", ""},
    {"Related publications: Fish after the thaw (Peru, Chile) \xC2\xB7 Ports, two years on", false,
     false, NG_LINE_BOILERPLATE, "", ""},
    {"About the author: Jane Roe worked in Lima and Quito.", false, false, NG_LINE_BOILERPLATE,
     "", ""},
    {"Also in June: the ferry from Lima to Callao stopped.", false, false, NG_LINE_TEXT, "", ""},
    {"Also from us: The Andes Ledger (Peru, Chile) \xC2\xB7 Pampas Notes (Argentina)", false, true,
     NG_LINE_BOILERPLATE, "", ""},
    {"mrc merch", false, true, NG_LINE_BOILERPLATE, "", ""},
    {"mrc merch", false, false, NG_LINE_TEXT, "", ""},
    {"Visit our store", false, true, NG_LINE_BOILERPLATE, "", ""},
    {"The store was closed.", false, true, NG_LINE_TEXT, "", ""},
    {"Russian demand", false, false, NG_LINE_TEXT, "", ""},
    {"Share prices fell sharply on Monday.", false, false, NG_LINE_TEXT, "", ""},
    {"Facebook said it would share data with Twitter.", false, false, NG_LINE_TEXT, "", ""},
    {"The photo (taken in 2014) shows the base.", false, false, NG_LINE_TEXT, "", ""},
    {"He said: \xE2\x80\x9C" "Click here is not a plan.\xE2\x80\x9D", false, false, NG_LINE_TEXT,
     "", ""},
    {"", true, false, NG_LINE_TEXT, "", ""},
};

START_TEST(test_line_classes) {
  ng_buf author;
  ng_buf_init(&author);
  ng_date d = {0, 0, 0};
  char buf[11];
  const char *l = line_cases[_i].line;
  ng_line_kind k = ng_ingest_classify_line(l, strlen(l), line_cases[_i].head,
                                           line_cases[_i].tail, &author, &d, NULL);
  ck_assert_msg(k == line_cases[_i].kind, "\"%s\": kind %d, expected %d", l, k,
                line_cases[_i].kind);
  ck_assert_msg(strcmp(author.len ? author.data : "", line_cases[_i].author) == 0,
                "\"%s\": author [%s]", l, author.len ? author.data : "");
  ck_assert_str_eq(fmt_date(d, buf), line_cases[_i].date);
  ng_buf_free(&author);
}
END_TEST

static const struct {
  const char *in;
  const char *name; /* NULL: not a person */
} author_cases[] = {
    {"Jane Roe", "Jane Roe"},
    {"By Jane Roe", "Jane Roe"},
    {"  JANE ROE ", "Jane Roe"},
    {"Jane Roe, Reuters", "Jane Roe"},
    {"Jane Roe and John Poe", "Jane Roe"},
    {"Reuters", NULL},
    {"Al Jazeera Staff", NULL},
    {"https://example.com/authors/jane-roe", NULL},
    {"jane@example.com", NULL},
    {"Jane", NULL},
    {"T.Ganbold", "T.Ganbold"},
    {"", NULL},
};

START_TEST(test_author_names) {
  ng_buf out;
  ng_buf_init(&out);
  const char *in = author_cases[_i].in;
  bool ok = ng_ingest_author_name(in, strlen(in), &out);
  if (author_cases[_i].name) {
    ck_assert_msg(ok, "\"%s\" rejected", in);
    ck_assert_str_eq(out.data, author_cases[_i].name);
  } else {
    ck_assert_msg(!ok, "\"%s\" accepted as [%s]", in, out.data);
  }
  ng_buf_free(&out);
}
END_TEST

/* ================================================================ HTML articles */

static const doc_case html_cases[] = {
    {"article-page",
     "<!DOCTYPE html>\n<html><head><title>Okafor meets Varga in Geneva | The Daily "
     "Example</title>\n"
     "<meta property=\"og:title\" content=\"Okafor meets Varga in Geneva\">\n"
     "<meta name=\"author\" content=\"By JANE ROE, Reuters\">\n"
     "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":"
     "\"2015-09-27T21:00:00-04:00\",\"author\":[{\"@type\":\"Person\",\"name\":\"John "
     "Poe\"}]}</script>\n"
     "<style>p{color:red}</style></head>\n"
     "<body><header class=\"site\"><a href=\"/\">Daily Example</a><nav>World | "
     "Politics</nav></header>\n"
     "<article><header><h1>Okafor meets  Varga\nin Geneva</h1><p class=\"byline\">By Jane "
     "Roe</p></header>\n"
     "<div class=\"share-bar\">Share on Facebook</div>\n"
     "<p>Secretary of State Grace Okafor &amp; Hungarian Foreign Minister&nbsp;Tomas Varga met "
     "on <b>Sunday</b>.</p>\n"
     "<script>var x = \"not text\";</script>\n"
     "<p>Line one<br>Line two</p>\n"
     "<figure><img src=\"x.jpg\"><figcaption>Okafor and Varga. (Photo: State "
     "Department)</figcaption></figure>\n"
     "<aside>Related: something else</aside>\n<p hidden>hidden text</p>\n"
     "</article>\n<footer>Copyright 2015</footer></body></html>\n",
     0, false, {0, 0, 0}, NG_OK,
     "Okafor meets Varga in Geneva\n\nSecretary of State Grace Okafor & Hungarian Foreign "
     "Minister Tomas Varga met on Sunday.\n\nLine one\nLine two",
     "Okafor meets Varga in Geneva", "Jane Roe", "2015-09-27", 0},
    /* a multilingual release: the English panel, hidden behind a tab, is
     * read, the other languages' panels beside it are not; a hidden
     * element in no language stays hidden */
    {"english-tab-panel",
     "<html lang=\"nl\"><head><title>Verdrag</title></head><body><main><h1>Verdrag / Traité / "
     "Treaty</h1>\n<section lang=\"nl\"><p>De ministers tekenden.</p></section>\n"
     "<section lang=\"fr\" hidden><p>Les ministres ont signé.</p></section>\n"
     "<section lang=\"en-GB\" hidden><p>The ministers signed.</p></section>\n"
     "<p hidden>hidden text</p><div class=\"keywords\">Keywords <a>#Chile</a></div>"
     "</main></body></html>",
     0, false, {0, 0, 0}, NG_OK, "Verdrag / Traité / Treaty\n\nThe ministers signed.",
     "Verdrag / Traité / Treaty", NULL, "", 0},
    {"author-bio-and-tags",
     "<html><head><title>Talks end in Vienna</title></head><body><article><h1>Talks end in "
     "Vienna</h1><p>Body text.</p>\n<div class=\"author-bio\"><strong>Jane Roe</strong> has "
     "reported from Lusaka and Harare.</div>\n<div class=\"tags\">Tags: Defence Angola</div>"
     "</article></body></html>",
     0, false, {0, 0, 0}, NG_OK, "Talks end in Vienna\n\nBody text.", "Talks end in Vienna",
     NULL, "", 0},
    /* a site that signs its own page (an organisation in JSON-LD, its
     * newsroom in the meta tag) names no writer */
    {"organisation-as-author",
     "<html><head><meta name=\"author\" content=\"Lagoon Courier newsroom\">\n"
     "<script type=\"application/ld+json\">{\"@type\":\"LiveBlogPosting\",\"author\":"
     "{\"@type\":\"Organization\",\"name\":\"Lagoon Courier\"}}</script></head>"
     "<body><h1>Ferries sail again</h1><p>Body text.</p></body></html>",
     0, false, {0, 0, 0}, NG_OK, "Ferries sail again\n\nBody text.", "Ferries sail again",
     NULL, "", 0},
    {"og-title-with-a-label",
     "<html><head><meta property=\"og:title\" content=\"LIVE: Malawi and Zambia sign a lake "
     "patrol pact\"></head><body><h1>Malawi and Zambia sign a lake patrol pact</h1><p>Body "
     "text.</p></body></html>",
     0, false, {0, 0, 0}, NG_OK, "Malawi and Zambia sign a lake patrol pact\n\nBody text.",
     "Malawi and Zambia sign a lake patrol pact", NULL, "", 0},
    {"h1-without-og",
     "<html><head><title>Talks end | Site</title></head><body><h1>Talks end in "
     "Vienna</h1><p>Body text.</p></body></html>",
     0, false, {0, 0, 0}, NG_OK, "Talks end in Vienna\n\nBody text.", "Talks end in Vienna",
     NULL, "", 0},
    {"title-suffix-stripped",
     "<html><head><title>Kenya to share intelligence with Norway | The Example "
     "Times</title></head><body><p>Body text.</p></body></html>",
     0, false, {0, 0, 0}, NG_OK, "Kenya to share intelligence with Norway\n\nBody text.",
     "Kenya to share intelligence with Norway", NULL, "", 0},
    {"short-title-kept",
     "<html><head><title>Short | Example Times</title></head><body><p>Body.</p></body></html>",
     0, false, {0, 0, 0}, NG_OK, "Short | Example Times\n\nBody.", "Short | Example Times", NULL,
     "", 0},
    {"og-title-cut-short-of-the-h1",
     "<html><head><meta property=\"og:title\" content=\"Peru opens its airspace to Chilean "
     "jets\"></head><body><h1>Peru opens its airspace to Chilean jets after Bolivia says no"
     "</h1><p>Body.</p></body></html>",
     0, false, {0, 0, 0}, NG_OK,
     "Peru opens its airspace to Chilean jets after Bolivia says no\n\nBody.",
     "Peru opens its airspace to Chilean jets after Bolivia says no", NULL, "", 0},
    {"og-title-and-different-h1",
     "<html><head><meta property=\"og:title\" content=\"Okafor and Varga meet - Example "
     "News\"><meta property=\"og:site_name\" content=\"Example News\"></head><body><h1>Okafor, "
     "Varga meet in Geneva</h1><p>Body.</p></body></html>",
     0, false, {0, 0, 0}, NG_OK, "Okafor and Varga meet\n\nBody.", "Okafor and Varga meet",
     NULL, "", 0},
    {"meta-date",
     "<html><head><meta name=\"date\" content=\"2021-03-04\"><title>A headline for the "
     "test</title></head><body><p>Body.</p><time datetime=\"2015-09-27\">x</time></body></html>",
     0, false, {0, 0, 0}, NG_OK, "A headline for the test\n\nBody.\n\nx",
     "A headline for the test", NULL, "2021-03-04", 0},
    {"time-element-date",
     "<html><body><h1>Headline here</h1><p><time datetime=\"2015-09-27T23:30:00+05:30\">Sept. "
     "27</time></p><p>Body.</p></body></html>",
     0, false, {0, 0, 0}, NG_OK, "Headline here\n\nSept. 27\n\nBody.", "Headline here", NULL,
     "2015-09-27", 0},
    {"json-ld",
     "<html><head><script type=\"application/ld+json\">{\"headline\":\"x\",\"author\":{\"@type\":"
     "\"Person\",\"name\":\"Jos\\u00e9 Roe\"},\"datePublished\":\"2015-09-26\"}</script>"
     "</head><body><h1>Headline here</h1><p>Body.</p></body></html>",
     0, false, {0, 0, 0}, NG_OK, "Headline here\n\nBody.", "Headline here", "Jos\xC3\xA9 Roe",
     "2015-09-26", 0},
    {"author-url-ignored",
     "<html><head><meta property=\"article:author\" "
     "content=\"https://example.com/jane\"></head><body><h1>Headline here</h1><p>Body.</p>"
     "</body></html>",
     0, false, {0, 0, 0}, NG_OK, "Headline here\n\nBody.", "Headline here", NULL, "", 0},
    {"byline-paragraph",
     "<h1>Headline here</h1><p>By <a rel=\"author\" href=\"/jr\">Jane Roe</a> | March 3, "
     "2021</p><p>Body.</p>",
     0, false, {0, 0, 0}, NG_OK, "Headline here\n\nBody.", "Headline here", "Jane Roe",
     "2021-03-03", 0},
    {"entities-and-whitespace",
     "<p>Tom&aacute;s &quot;quoted&quot;   spaced\n out &#8212; dash</p>", 0, false, {0, 0, 0},
     NG_OK, "Tom\xC3\xA1s \"quoted\" spaced out \xE2\x80\x94 dash",
     "Tom\xC3\xA1s \"quoted\" spaced out \xE2\x80\x94 dash", NULL, "", 0},
    {"site-header-skipped",
     "<body><header><p>Site Name Daily</p></header><main><h1>Headline here</h1><p>Body.</p>"
     "</main><nav>Home</nav></body>",
     0, false, {0, 0, 0}, NG_OK, "Headline here\n\nBody.", "Headline here", NULL, "", 0},
    {"furniture-class",
     "<body><div class=\"page has-sidebar\"><h1>Headline here</h1><p>Body text of the "
     "article.</p><div class=\"social-share\">Follow the author</div></div></body>",
     0, false, {0, 0, 0}, NG_OK, "Headline here\n\nBody text of the article.", "Headline here",
     NULL, "", 0},
    {"largest-article-wins",
     "<body><article><p>Teaser.</p></article><article><h1>Real headline</h1><p>The real "
     "article has the most text of all the articles on this page, by far, and it is "
     "long enough to be chosen as the container of the article text.</p></article></body>",
     0, false, {0, 0, 0}, NG_OK,
     "Real headline\n\nThe real article has the most text of all the articles on this page, "
     "by far, and it is long enough to be chosen as the container of the article text.",
     "Real headline", NULL, "", 0},
    {"unclosed-tags",
     "<p>Unclosed <b>bold <i>italic\n<div>second <p>third\n<table><tr><td>cell</table></span>"
     "</div></div>",
     0, false, {0, 0, 0}, NG_OK, "Unclosed bold italic\n\nsecond\n\nthird\n\ncell",
     "Unclosed bold italic", NULL, "", 0},
    {"latin1-declared",
     "<html><head><meta charset=\"iso-8859-1\"><title>Caf\xe9 talks end without a "
     "deal</title></head><body><p>Caf\xe9 owners met.</p></body></html>",
     0, true, {0, 0, 0}, NG_OK, "Caf\xC3\xA9 talks end without a deal\n\nCaf\xC3\xA9 owners met.",
     "Caf\xC3\xA9 talks end without a deal", NULL, "", 0},
    {"invalid-utf8", "<p>Bad \xFF byte</p>", 0, false, {0, 0, 0}, NG_OK,
     "Bad \xEF\xBF\xBD byte", "Bad \xEF\xBF\xBD byte", NULL, "", 1},
    {"invalid-utf8-strict", "<p>Bad \xFF byte</p>", 0, true, {0, 0, 0}, NG_ERR_INPUT, NULL,
     NULL, NULL, "", 0},
    {"no-text", "<html><body><script>var a = 1;</script><nav>Menu</nav></body></html>", 0,
     false, {0, 0, 0}, NG_ERR_INPUT, NULL, NULL, NULL, "", 0},
    {"binary", "<html>\0<body>\0\0", 15, false, {0, 0, 0}, NG_ERR_INPUT, NULL, NULL, NULL, "", 0},
    {"empty", "", 0, false, {0, 0, 0}, NG_ERR_INPUT, NULL, NULL, NULL, "", 0},
    {"fallback-date", "<h1>Headline here</h1><p>Body.</p>", 0, false, {2021, 3, 3}, NG_OK,
     "Headline here\n\nBody.", "Headline here", NULL, "2021-03-03", 0},
    {"menus-and-prev-next",
     "<html><body><div id=\"container\"><h1>Ferry strike spreads to the north</h1>"
     "<p>Ferry crews in the northern ports walked out on Monday.</p>"
     "<ul class=\"board_nav\"><li>Prev <a href=\"/a\">Navy visits Ruritania</a></li></ul>"
     "<ul id=\"gnb\"><li><a href=\"/b\">Cooperation with Elbonia</a></li></ul></div>"
     "</body></html>",
     0, false, {0, 0, 0}, NG_OK,
     "Ferry strike spreads to the north\n\nFerry crews in the northern ports walked out on Monday.",
     "Ferry strike spreads to the north", NULL, "", 0},
    {"og-title-cut-at-semicolon",
     "<html><head><meta property=\"og:title\" content=\"Ferry strike spreads to the north\">"
     "</head><body><h1>Ferry strike spreads to the north; ports close early</h1><p>Body.</p>"
     "</body></html>",
     0, false, {0, 0, 0}, NG_OK, "Ferry strike spreads to the north; ports close early\n\nBody.",
     "Ferry strike spreads to the north; ports close early", NULL, "", 0},
    {"embedded-post-kept",
     "<html><body><h1>Ferry strike spreads</h1><p>Crews walked out on Monday.</p>"
     "<div class=\"embed\"><blockquote class=\"twitter-tweet\"><p>We stand with the crews "
     "of Elbonia.</p>&mdash; Ana Ruiz (@anaruiz)</blockquote></div>"
     "<div class=\"tweet-this\">Tweet this</div></body></html>",
     0, false, {0, 0, 0}, NG_OK,
     "Ferry strike spreads\n\nCrews walked out on Monday.\n\nWe stand with the crews of "
     "Elbonia.\n\n\xE2\x80\x94 Ana Ruiz (@anaruiz)",
     "Ferry strike spreads", NULL, "", 0},
    {"boilerplate-paragraphs",
     "<h1>Headline here</h1><p>Advertisement</p><p>Body.</p><p>Read more: Other story</p>", 0,
     false, {0, 0, 0}, NG_OK, "Headline here\n\nBody.", "Headline here", NULL, "", 0},
};

START_TEST(test_html_doc) {
  const doc_case *c = &html_cases[_i];
  ng_read_opts opts = {c->strict, c->fallback};
  ng_doc *doc = (ng_doc *)1;
  unsigned long warn0 = ng_log_count(NG_LOG_WARNING);
  ng_status st = ng_doc_from_html("page.html", c->in, c->len ? c->len : strlen(c->in), &opts,
                                  &doc);
  check_doc(c, st, doc);
  ck_assert_uint_eq(ng_log_count(NG_LOG_WARNING) - warn0, c->warnings);
  ng_doc_free(doc);
}
END_TEST

/* Nesting that would overflow any recursive walk: 10^5 levels of blocks,
 * of unclosed inline elements, and of tables. */
static const struct {
  const char *open, *close, *inner;
} nest_cases[] = {
    {"<div>", "</div>", "<p>deep text</p>"},
    {"<b><i>", "", "<p>deep text</p>"},
    {"<table><tr><td>", "", "deep text"},
    {"<article><section>", "", "deep text"},
    {"<span>", "</span>", "deep text"},
};

START_TEST(test_html_deep_nesting) {
  const int depth = 100000;
  ng_buf in;
  ng_buf_init(&in);
  ng_buf_adds(&in, "<html><body>");
  for (int i = 0; i < depth; i++) ng_buf_adds(&in, nest_cases[_i].open);
  ng_buf_adds(&in, nest_cases[_i].inner);
  for (int i = 0; i < depth; i++) ng_buf_adds(&in, nest_cases[_i].close);
  ng_buf_adds(&in, "</body></html>");
  ng_doc *doc = NULL;
  ng_status st = ng_doc_from_html("deep.html", in.data, in.len, NULL, &doc);
  ck_assert_int_eq(st, NG_OK);
  ck_assert_str_eq(doc->text, "deep text");
  ng_doc_free(doc);
  ng_buf_free(&in);
}
END_TEST

/* The files in tests/data/bad: each must be refused or read cleanly. */
static const struct {
  const char *file;
  ng_status status, strict_status;
  unsigned warnings;
} bad_cases[] = {
    {"invalid-utf8.txt", NG_OK, NG_ERR_INPUT, 1},
    {"empty.txt", NG_ERR_INPUT, NG_ERR_INPUT, 0},
    {"whitespace.txt", NG_ERR_INPUT, NG_ERR_INPUT, 0},
    {"binary.txt", NG_ERR_INPUT, NG_ERR_INPUT, 0},
    {"controls.txt", NG_ERR_INPUT, NG_ERR_INPUT, 0},
    {"boilerplate-only.txt", NG_ERR_INPUT, NG_ERR_INPUT, 0},
    {"broken.html", NG_OK, NG_OK, 0},
    {"no-text.html", NG_ERR_INPUT, NG_ERR_INPUT, 0},
    /* found by the fuzzer: a qsort of no mentions (UBSan), and a page in an
     * unknown charset ("utf-6") whose raw bytes must be repaired like text */
    {"fuzz-crash-7842c1f3da20.html", NG_OK, NG_OK, 0},
    {"fuzz-crash-56a62fd80d91.html", NG_OK, NG_ERR_INPUT, 1},
};

static const char *srcdir(void) {
  const char *d = getenv("top_srcdir");
  return d && *d ? d : ".";
}

typedef struct {
  ng_doc *doc;
  const ng_read_opts *opts;
} bad_ctx;

static ng_status read_bad(const char *path, const char *bytes, size_t len, void *ctx) {
  bad_ctx *c = ctx;
  return ng_doc_from_bytes(path, bytes, len, c->opts, &c->doc);
}

START_TEST(test_bad_files) {
  char path[4096];
  snprintf(path, sizeof path, "%s/tests/data/bad/%s", srcdir(), bad_cases[_i].file);
  for (int strict = 0; strict < 2; strict++) {
    ng_read_opts opts = {strict == 1, {0, 0, 0}};
    bad_ctx ctx = {NULL, &opts};
    char *inputs[1] = {path};
    size_t failed = 99;
    unsigned long w0 = ng_log_count(NG_LOG_WARNING);
    ck_assert_int_eq(ng_inputs_each(inputs, 1, read_bad, &ctx, &failed), NG_OK);
    ng_status want = strict ? bad_cases[_i].strict_status : bad_cases[_i].status;
    ck_assert_msg(failed == (want == NG_OK ? 0u : 1u), "%s: failed=%zu", path, failed);
    ck_assert_int_eq(ctx.doc != NULL, want == NG_OK);
    if (!strict) ck_assert_uint_eq(ng_log_count(NG_LOG_WARNING) - w0, bad_cases[_i].warnings);
    if (ctx.doc) {
      ck_assert_uint_eq(strlen(ctx.doc->text), ctx.doc->len);
      ck_assert_int_eq(ng_utf8_validate(ctx.doc->text, ctx.doc->len), ctx.doc->len);
    }
    ng_doc_free(ctx.doc);
  }
}
END_TEST

START_TEST(test_bad_invalid_utf8_text) {
  char path[4096];
  snprintf(path, sizeof path, "%s/tests/data/bad/invalid-utf8.txt", srcdir());
  char *inputs[1] = {path};
  ng_read_opts opts = {false, {0, 0, 0}};
  bad_ctx ctx = {NULL, &opts};
  ck_assert_int_eq(ng_inputs_each(inputs, 1, read_bad, &ctx, NULL), NG_OK);
  ck_assert_ptr_nonnull(ctx.doc);
  ck_assert_str_eq(ctx.doc->title, "A file with invalid UTF-8");
  ck_assert_str_eq(ctx.doc->text,
                   "A file with invalid UTF-8\n\n"
                   "Lone continuation: \xEF\xBF\xBD.\n"
                   "Truncated two-byte: \xEF\xBF\xBD.\n"
                   "Overlong slash: \xEF\xBF\xBD\xEF\xBF\xBD.\n"
                   "Surrogate: \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD.\n"
                   "Past U+10FFFF: \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD.\n"
                   "Byte FF: \xEF\xBF\xBD.\n"
                   "Valid: caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D.");
  ng_doc_free(ctx.doc);
}
END_TEST

/* ================================================================ dispatch */

static const struct {
  const char *path;
  const char *in;
  const char *text;
} dispatch_cases[] = {
    {"a.html", "<p>Hello <b>world</b></p>", "Hello world"},
    {"A.HTM", "<p>Hello <b>world</b></p>", "Hello world"},
    {"a.txt", "<p>Hello <b>world</b></p>", "<p>Hello <b>world</b></p>"},
    {"-", "<!DOCTYPE html><p>Hello <b>world</b></p>", "Hello world"},
    {"-", "  <HTML><p>Hello <b>world</b></p>", "Hello world"},
    {"-", "Hello <b>world</b>", "Hello <b>world</b>"},
    {"dir.html/notes", "Hello <b>world</b>", "Hello <b>world</b>"},
    {"page.php", "<html><body><p>Hello</p></body></html>", "Hello"},
};

START_TEST(test_dispatch) {
  ng_doc *doc = NULL;
  const char *in = dispatch_cases[_i].in;
  ck_assert_int_eq(ng_doc_from_bytes(dispatch_cases[_i].path, in, strlen(in), NULL, &doc),
                   NG_OK);
  ck_assert_str_eq(doc->text, dispatch_cases[_i].text);
  ng_doc_free(doc);
}
END_TEST

/* ================================================================ inputs */

typedef struct {
  ng_buf seen; /* "path:len;" for each call */
  const char *stop_at;
  ng_status stop_status;
  const char *fail_at;
} collect_ctx;

static ng_status collect(const char *path, const char *bytes, size_t len, void *ctx) {
  collect_ctx *c = ctx;
  ck_assert_uint_eq(strlen(bytes), len); /* NUL-terminated contents */
  ng_buf_printf(&c->seen, "%s:%zu;", path, len);
  if (c->stop_at && strstr(path, c->stop_at)) return c->stop_status;
  if (c->fail_at && strstr(path, c->fail_at)) return NG_ERR_INPUT;
  return NG_OK;
}

static char tmp_root[256];

static void write_file(const char *rel, const char *content) {
  char p[512];
  snprintf(p, sizeof p, "%s/%s", tmp_root, rel);
  FILE *f = fopen(p, "wb");
  ck_assert_ptr_nonnull(f);
  fputs(content, f);
  fclose(f);
}

static void make_tree(void) {
  char p[512];
  snprintf(tmp_root, sizeof tmp_root, "%s/ng-inputs-XXXXXX",
           getenv("TMPDIR") && *getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
  ck_assert_ptr_nonnull(mkdtemp(tmp_root));
  snprintf(p, sizeof p, "%s/sub", tmp_root);
  ck_assert_int_eq(mkdir(p, 0700), 0);
  snprintf(p, sizeof p, "%s/sub/deeper", tmp_root);
  ck_assert_int_eq(mkdir(p, 0700), 0);
  snprintf(p, sizeof p, "%s/.git", tmp_root);
  ck_assert_int_eq(mkdir(p, 0700), 0);
  write_file("b.txt", "bb");
  write_file("a.HTML", "a");
  write_file("c.md", "ignored");
  write_file("sub-x.htm", "xxx");
  write_file("sub/z.text", "zzzz");
  write_file("sub/deeper/y.TXT", "yyyyy");
  write_file("sub/notes", "no extension");
  write_file(".hidden.txt", "hidden");
  write_file(".git/head.txt", "hidden dir");
  snprintf(p, sizeof p, "%s/nothing", tmp_root);
  ck_assert_int_eq(mkdir(p, 0700), 0);
  write_file("nothing/x.md", "not an article");
  /* a loop back to the top, and a dangling link with a wanted name */
  snprintf(p, sizeof p, "%s/sub/loop", tmp_root);
  ck_assert_int_eq(symlink("..", p), 0);
  snprintf(p, sizeof p, "%s/dangling.txt", tmp_root);
  ck_assert_int_eq(symlink("nowhere", p), 0);
}

static void remove_tree(void) {
  char cmd[600];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmp_root);
  ck_assert_int_eq(system(cmd), 0);
}

START_TEST(test_inputs_tree) {
  make_tree();
  collect_ctx c = {{NULL, 0, 0}, NULL, NG_OK, NULL};
  ng_buf_init(&c.seen);
  char missing[512], file[512];
  snprintf(missing, sizeof missing, "%s/missing.txt", tmp_root);
  snprintf(file, sizeof file, "%s/c.md", tmp_root);
  char *inputs[] = {tmp_root, missing, file};
  size_t failed = 0;
  ng_log_set_quiet(true);
  ck_assert_int_eq(ng_inputs_each(inputs, 3, collect, &c, &failed), NG_OK);
  /* sorted byte-wise by full path: '-' (0x2D) sorts before '/' (0x2F);
   * the explicit c.md is read although a directory walk skips it */
  ng_buf want;
  ng_buf_init(&want);
  ng_buf_printf(&want, "%s/a.HTML:1;%s/b.txt:2;%s/sub-x.htm:3;%s/sub/deeper/y.TXT:5;"
                       "%s/sub/z.text:4;%s/c.md:7;",
                tmp_root, tmp_root, tmp_root, tmp_root, tmp_root, tmp_root);
  ck_assert_str_eq(c.seen.data, want.data);
  ck_assert_uint_eq(failed, 2); /* the dangling link and the missing file */

  /* a callback's input error is counted; an output error stops the walk */
  ng_buf_clear(&c.seen);
  c.fail_at = "b.txt";
  ck_assert_int_eq(ng_inputs_each(inputs, 1, collect, &c, &failed), NG_OK);
  ck_assert_uint_eq(failed, 2);
  ng_buf_clear(&c.seen);
  c.fail_at = NULL;
  c.stop_at = "sub-x";
  c.stop_status = NG_ERR_IO;
  ck_assert_int_eq(ng_inputs_each(inputs, 3, collect, &c, &failed), NG_ERR_IO);
  ng_buf_clear(&want);
  ng_buf_printf(&want, "%s/a.HTML:1;%s/b.txt:2;%s/sub-x.htm:3;", tmp_root, tmp_root, tmp_root);
  ck_assert_str_eq(c.seen.data, want.data);
  ng_buf_free(&want);
  ng_buf_free(&c.seen);
  remove_tree();
}
END_TEST

START_TEST(test_inputs_stdin_and_large) {
  make_tree();
  char p[512];
  /* standard input, read to the end */
  snprintf(p, sizeof p, "%s/stdin.txt", tmp_root);
  write_file("stdin.txt", "from stdin");
  int fd = open(p, O_RDONLY);
  ck_assert_int_ge(fd, 0);
  int saved = dup(0);
  ck_assert_int_eq(dup2(fd, 0), 0);
  close(fd);
  collect_ctx c = {{NULL, 0, 0}, NULL, NG_OK, NULL};
  ng_buf_init(&c.seen);
  char *dash[] = {"-"};
  size_t failed = 9;
  ck_assert_int_eq(ng_inputs_each(dash, 1, collect, &c, &failed), NG_OK);
  ck_assert_str_eq(c.seen.data, "-:10;");
  ck_assert_uint_eq(failed, 0);
  dup2(saved, 0);
  close(saved);
  /* a sparse file past the size limit is refused without being read */
  snprintf(p, sizeof p, "%s/huge.txt", tmp_root);
  fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  ck_assert_int_ge(fd, 0);
  ck_assert_int_eq(ftruncate(fd, (off_t)NG_MAX_INPUT_BYTES + 1), 0);
  close(fd);
  ng_buf_clear(&c.seen);
  char *huge[] = {p};
  ck_assert_int_eq(ng_inputs_each(huge, 1, collect, &c, &failed), NG_OK);
  ck_assert_uint_eq(failed, 1);
  ck_assert_uint_eq(c.seen.len, 0);
  /* a directory holding only unwanted files: nothing, no failure */
  snprintf(p, sizeof p, "%s/nothing", tmp_root);
  char *empty[] = {p};
  ck_assert_int_eq(ng_inputs_each(empty, 1, collect, &c, &failed), NG_OK);
  ck_assert_uint_eq(failed, 0);
  ck_assert_uint_eq(c.seen.len, 0);
  ng_buf_free(&c.seen);
  remove_tree();
}
END_TEST

/* ================================================================ runner */

static Suite *ingest_suite(void) {
  Suite *s = suite_create("ingest");
  TCase *tc = tcase_create("dates");
  tcase_add_loop_test(tc, test_date_parse, 0, N_ELEMS(date_cases));
  tcase_add_loop_test(tc, test_month_names, 0, N_ELEMS(month_cases));
  tcase_add_loop_test(tc, test_weekday_names, 0, N_ELEMS(weekday_cases));
  tcase_add_loop_test(tc, test_date_arith, 0, N_ELEMS(arith_cases));
  tcase_add_test(tc, test_date_format);
  suite_add_tcase(s, tc);

  tc = tcase_create("sha256");
  tcase_add_loop_test(tc, test_sha256, 0, N_ELEMS(sha_cases));
  suite_add_tcase(s, tc);

  tc = tcase_create("text");
  tcase_add_loop_test(tc, test_text_doc, 0, N_ELEMS(text_cases));
  tcase_add_test(tc, test_text_body_date_kept);
  tcase_add_test(tc, test_text_pdf_wrapped);
  tcase_add_test(tc, test_html_jsonld_authors);
  tcase_add_loop_test(tc, test_text_figure_dates, 0,
                      (int)(sizeof figure_dates / sizeof figure_dates[0]));
  tcase_add_test(tc, test_text_long_first_line);
  tcase_add_loop_test(tc, test_text_headline_labels, 0, N_ELEMS(headline_cases));
  tcase_add_loop_test(tc, test_text_page_heads, 0, N_ELEMS(page_head_cases));
  tcase_add_test(tc, test_text_hard_wrapped);
  tcase_add_test(tc, test_text_webvtt);
  tcase_add_test(tc, test_html_wiki_footer_date);
  tcase_add_test(tc, test_text_sha_and_ids);
  tcase_add_test(tc, test_text_invalid_position);
  tcase_add_loop_test(tc, test_line_classes, 0, N_ELEMS(line_cases));
  tcase_add_loop_test(tc, test_author_names, 0, N_ELEMS(author_cases));
  suite_add_tcase(s, tc);

  tc = tcase_create("html");
  tcase_set_timeout(tc, 60);
  tcase_add_loop_test(tc, test_html_doc, 0, N_ELEMS(html_cases));
  tcase_add_loop_test(tc, test_html_deep_nesting, 0, N_ELEMS(nest_cases));
  tcase_add_loop_test(tc, test_dispatch, 0, N_ELEMS(dispatch_cases));
  suite_add_tcase(s, tc);

  tc = tcase_create("inputs");
  tcase_add_loop_test(tc, test_bad_files, 0, N_ELEMS(bad_cases));
  tcase_add_test(tc, test_bad_invalid_utf8_text);
  tcase_add_test(tc, test_inputs_tree);
  tcase_add_test(tc, test_inputs_stdin_and_large);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) {
  ng_log_set_quiet(true); /* warnings are counted, not shown */
  SRunner *sr = srunner_create(ingest_suite());
  srunner_run_all(sr, CK_ENV);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
