/* check_graphs.c - unit tests for graphs/: builder, writers, outfile, query. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif
#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif

#include <check.h>
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <raptor2.h>

#include "graphs/graphs.h"
#include "graphs/writer_internal.h"

#define B NG_DEFAULT_BASE
#define NS NG_NS
#define RDFTYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#define XSD "http://www.w3.org/2001/XMLSchema#"

/* ------------------------------------------------------------------ capture sink */

typedef struct {
  char **lines;
  size_t n, cap;
  size_t fail_after; /* return NG_ERR_IO after this many statements (0 = never) */
} capture;

static void term_str(ng_buf *b, const ng_term *t) {
  if (t->type == NG_TERM_IRI)
    ng_buf_printf(b, "<%s>", t->value);
  else if (t->type == NG_TERM_BLANK)
    ng_buf_printf(b, "_:%s", t->value);
  else {
    ng_buf_printf(b, "\"%s\"", t->value);
    if (t->datatype)
      ng_buf_printf(b, "^^<%s>", t->datatype);
    else if (t->lang)
      ng_buf_printf(b, "@%s", t->lang);
  }
}

static ng_status capture_statement(void *ctx, const ng_statement *st) {
  capture *c = ctx;
  if (c->fail_after && c->n >= c->fail_after)
    return NG_ERR_IO;
  ng_buf b;
  ng_buf_init(&b);
  term_str(&b, &st->s);
  ng_buf_addc(&b, ' ');
  term_str(&b, &st->p);
  ng_buf_addc(&b, ' ');
  term_str(&b, &st->o);
  if (st->graph)
    ng_buf_printf(&b, " <%s>", st->graph);
  if (c->n == c->cap) {
    c->cap = c->cap ? 2 * c->cap : 64;
    c->lines = ng_xrealloc(c->lines, c->cap * sizeof *c->lines);
  }
  c->lines[c->n++] = ng_buf_steal(&b);
  return NG_OK;
}

static void capture_free(capture *c) {
  for (size_t i = 0; i < c->n; i++)
    free(c->lines[i]);
  free(c->lines);
  memset(c, 0, sizeof *c);
}

static size_t count_line(const capture *c, const char *line) {
  size_t n = 0;
  for (size_t i = 0; i < c->n; i++)
    n += strcmp(c->lines[i], line) == 0;
  return n;
}

static bool has_line(const capture *c, const char *line) { return count_line(c, line) > 0; }

static void dump(const capture *c) {
  for (size_t i = 0; i < c->n; i++)
    fprintf(stderr, "  %s\n", c->lines[i]);
}

#define ck_has(c, line)                                 \
  do {                                                  \
    if (!has_line((c), (line)))                         \
      dump(c);                                          \
    ck_assert_msg(has_line((c), (line)), "missing: %s", (line)); \
  } while (0)

/* ------------------------------------------------------------------ fixtures */

/* The text the spans point into (byte offsets == code points until the é). */
static const char TEXT[] =
    "Norway and Chile signed an intelligence-sharing deal. "
    "Foreign Minister Kari Haugland met Tomas Errazuriz. "
    "The Norwegian Ministry of Defence said: \"We said \\\"no\\\"\nto Peru.\" Café.";

static ng_doc *make_doc(const char *sha_fill) {
  ng_doc *d = ng_xcalloc(1, sizeof *d);
  d->path = ng_xstrdup("e01_norway_chile.txt");
  d->identifier = ng_xstrdup("e01_norway_chile.txt");
  memset(d->sha256, sha_fill[0], 64);
  memcpy(d->sha256, "4663380acb44f758", 16);
  d->sha256[64] = '\0';
  d->text = ng_xstrdup(TEXT);
  d->len = strlen(TEXT);
  d->title = ng_xstrdup("Norway and Chile agree");
  d->published = (ng_date){2021, 3, 3};
  return d;
}

static void free_doc(ng_doc *d) {
  if (!d)
    return;
  free(d->path);
  free(d->identifier);
  free(d->text);
  free(d->title);
  free(d->author);
  free(d->coauthors);
  free(d);
}

static ng_span span(uint32_t b, uint32_t e) { return (ng_span){b, e, b, e}; }

static int add_ent(ng_facts *f, ng_ent_kind kind, const char *key, const char *label) {
  f->ent = ng_xrealloc(f->ent, (f->n_ent + 1) * sizeof *f->ent);
  ng_entity *e = &f->ent[f->n_ent];
  memset(e, 0, sizeof *e);
  e->kind = kind;
  e->key = ng_xstrdup(key);
  e->label = ng_xstrdup(label);
  return (int)f->n_ent++;
}

static ng_event *add_ev(ng_facts *f, ng_ev_kind kind, const char *subtype, double conf) {
  f->ev = ng_xrealloc(f->ev, (f->n_ev + 1) * sizeof *f->ev);
  ng_event *ev = &f->ev[f->n_ev++];
  memset(ev, 0, sizeof *ev);
  ev->kind = kind;
  ev->subtype = subtype;
  ev->confidence = conf;
  return ev;
}

static void add_arg(ng_event *ev, ng_role role, int ent) {
  ev->args = ng_xrealloc(ev->args, (ev->n_args + 1) * sizeof *ev->args);
  ev->args[ev->n_args++] = (ng_arg){role, ent};
}

static void facts_free(ng_facts *f) {
  for (size_t i = 0; i < f->n_ent; i++) {
    free(f->ent[i].key);
    free(f->ent[i].label);
    free(f->ent[i].country);
    for (size_t k = 0; k < f->ent[i].n_alt; k++)
      free(f->ent[i].alt[k]);
    free(f->ent[i].alt);
    free(f->ent[i].mentions);
  }
  free(f->ent);
  for (size_t i = 0; i < f->n_post; i++)
    free(f->post[i].title);
  free(f->post);
  for (size_t i = 0; i < f->n_ev; i++) {
    free(f->ev[i].args);
    free(f->ev[i].quote);
    free(f->ev[i].item);
    free(f->ev[i].mentions);
  }
  free(f->ev);
  memset(f, 0, sizeof *f);
}

/* Builds the fixture's facts; SWAP reverses the agreement's party order. */
static void make_facts(ng_facts *f, bool swap) {
  memset(f, 0, sizeof *f);
  int no = add_ent(f, NG_ENT_COUNTRY, "NO", "Norway");
  int cl = add_ent(f, NG_ENT_COUNTRY, "CL", "Chile");
  int kari = add_ent(f, NG_ENT_PERSON, "kari-haugland", "Kari Haugland");
  int tomas = add_ent(f, NG_ENT_PERSON, "tomas-errazuriz", "Tomas Errazuriz");
  int mod = add_ent(f, NG_ENT_ORG, "norway-ministry-of-defence", "Norwegian Ministry of Defence");
  f->ent[no].mentions = ng_xcalloc(1, sizeof(ng_span));
  f->ent[no].mentions[0] = span(0, 6);
  f->ent[no].n_mentions = 1;
  f->ent[kari].official = true;
  f->ent[tomas].alt = ng_xcalloc(2, sizeof(char *));
  f->ent[tomas].alt[0] = ng_xstrdup("Tomás Errázuriz");
  f->ent[tomas].alt[1] = ng_xstrdup("Tomas Errazuriz"); /* same as the label: skipped */
  f->ent[tomas].n_alt = 2;
  f->ent[mod].org_class = NG_ORG_GOV;
  f->ent[mod].country = ng_xstrdup("NO");

  f->post = ng_xcalloc(1, sizeof *f->post);
  f->post[0] = (ng_post){kari, ng_xstrdup("Foreign Minister"), no};
  f->n_post = 1;

  ng_event *ag = add_ev(f, NG_EV_AGREEMENT, "IntelligenceSharing", 0.9);
  add_arg(ag, NG_ROLE_PARTY, swap ? cl : no);
  add_arg(ag, NG_ROLE_PARTY, swap ? no : cl);
  add_arg(ag, NG_ROLE_ANNOUNCED_BY, mod);
  ag->date = (ng_date){2021, 3, 2};
  ag->mentions = ng_xcalloc(1, sizeof(ng_span));
  ag->mentions[0] = span(0, 53);
  ag->n_mentions = 1;

  ng_event *st = add_ev(f, NG_EV_STATEMENT, NULL, 0.95);
  add_arg(st, NG_ROLE_SPEAKER, mod);
  st->quote = ng_xstrdup("We said \"no\" \\ yes\nto Peru — Café");

  ng_event *mt = add_ev(f, NG_EV_MEETING, "Held", 0.8);
  add_arg(mt, NG_ROLE_PARTICIPANT, swap ? tomas : kari);
  add_arg(mt, NG_ROLE_PARTICIPANT, swap ? kari : tomas);
}

static char *find_prefix(const capture *c, const char *prefix) {
  for (size_t i = 0; i < c->n; i++)
    if (strncmp(c->lines[i], prefix, strlen(prefix)) == 0)
      return c->lines[i];
  return NULL;
}

/* The IRI of the first subject starting with "<" B PREFIX. */
static char *subject_with(const capture *c, const char *prefix) {
  ng_buf b;
  ng_buf_init(&b);
  ng_buf_printf(&b, "<%s%s", B, prefix);
  char *line = find_prefix(c, b.data);
  ng_buf_free(&b);
  if (!line)
    return NULL;
  const char *end = strchr(line, '>');
  return ng_xstrndup(line + 1, (size_t)(end - line - 1));
}

/* ------------------------------------------------------------------ builder tests */

START_TEST(test_builder_statements) {
  capture c = {0};
  ng_sink sink = {capture_statement, &c};
  ng_builder *b = ng_builder_new(NULL, NULL, sink);
  ng_doc *d = make_doc("0");
  ng_facts f;
  make_facts(&f, false);
  ck_assert_int_eq(ng_builder_add(b, d, &f), NG_OK);
  ck_assert_uint_eq(ng_builder_count(b), c.n);

  const char *D = "<" B "doc-4663380acb44f758>";
  ng_buf doc_iri;
  ng_buf_init(&doc_iri);
  ng_doc_iri(B, d, &doc_iri);
  ck_assert_str_eq(doc_iri.data, B "doc-4663380acb44f758");
  ng_buf_free(&doc_iri);

  /* the document, in its own graph */
  ck_has(&c, "<" B "doc-4663380acb44f758> <" RDFTYPE "> <" NS "Document> <" B "doc-4663380acb44f758>");
  ck_has(&c, "<" B "doc-4663380acb44f758> <" RDFTYPE "> <http://schema.org/NewsArticle> <" B "doc-4663380acb44f758>");
  ck_has(&c, "<" B "doc-4663380acb44f758> <http://purl.org/dc/terms/identifier> \"e01_norway_chile.txt\" <" B "doc-4663380acb44f758>");
  ck_has(&c, "<" B "doc-4663380acb44f758> <http://schema.org/datePublished> \"2021-03-03\"^^<" XSD "date> <" B "doc-4663380acb44f758>");
  (void)D;

  /* entities, default graph */
  ck_has(&c, "<" B "country-NO> <" RDFTYPE "> <" NS "Country>");
  ck_has(&c, "<" B "country-NO> <http://www.w3.org/2000/01/rdf-schema#label> \"Norway\"");
  ck_has(&c, "<" B "country-NO> <" NS "isoCode> \"NO\"");
  ck_has(&c, "<" B "person-kari-haugland> <" RDFTYPE "> <" NS "Person>");
  ck_has(&c, "<" B "person-kari-haugland> <" RDFTYPE "> <" NS "Official>");
  ck_assert(!has_line(&c, "<" B "person-tomas-errazuriz> <" RDFTYPE "> <" NS "Official>"));
  ck_has(&c, "<" B "person-tomas-errazuriz> <http://www.w3.org/2004/02/skos/core#altLabel> \"Tomás Errázuriz\"");
  ck_assert(!has_line(&c, "<" B "person-tomas-errazuriz> <http://www.w3.org/2004/02/skos/core#altLabel> \"Tomas Errazuriz\""));
  ck_has(&c, "<" B "org-norway-ministry-of-defence> <" RDFTYPE "> <" NS "GovernmentBody>");
  ck_assert(!has_line(&c, "<" B "org-norway-ministry-of-defence> <" RDFTYPE "> <" NS "Organization>"));
  ck_has(&c, "<" B "org-norway-ministry-of-defence> <" NS "country> <" B "country-NO>");
  ck_assert_uint_eq(count_line(&c, "<" B "country-NO> <" RDFTYPE "> <" NS "Country>"), 1);

  /* posts */
  ck_has(&c, "<" B "post-NO-foreign-minister> <" RDFTYPE "> <" NS "Post>");
  ck_has(&c, "<" B "post-NO-foreign-minister> <" NS "title> \"Foreign Minister\"");
  ck_has(&c, "<" B "post-NO-foreign-minister> <" NS "postOf> <" B "country-NO>");
  ck_has(&c, "<" B "person-kari-haugland> <" NS "holdsPost> <" B "post-NO-foreign-minister> <" B "doc-4663380acb44f758>");

  /* mentions */
  ck_has(&c, "<" B "country-NO> <" NS "mentionedIn> <" B "doc-4663380acb44f758> <" B "doc-4663380acb44f758>");
  ck_has(&c, "<" B "country-NO> <" NS "mention> <" B "doc-4663380acb44f758#char=0,6> <" B "doc-4663380acb44f758>");
  ck_has(&c, "<" B "doc-4663380acb44f758#char=0,6> <" RDFTYPE "> <" NS "Mention> <" B "doc-4663380acb44f758>");
  ck_has(&c, "<" B "doc-4663380acb44f758#char=0,6> <" NS "inDocument> <" B "doc-4663380acb44f758> <" B "doc-4663380acb44f758>");
  ck_has(&c, "<" B "doc-4663380acb44f758#char=0,6> <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex> \"0\"^^<" XSD "nonNegativeInteger> <" B "doc-4663380acb44f758>");
  ck_has(&c, "<" B "doc-4663380acb44f758#char=0,6> <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#endIndex> \"6\"^^<" XSD "nonNegativeInteger> <" B "doc-4663380acb44f758>");
  ck_has(&c, "<" B "doc-4663380acb44f758#char=0,6> <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf> \"Norway\" <" B "doc-4663380acb44f758>");

  /* the agreement */
  char *ag = subject_with(&c, "event-agreement-");
  ck_assert_ptr_nonnull(ag);
  ck_assert_uint_eq(strlen(ag), strlen(B "event-agreement-") + 16);
  ng_buf l;
  ng_buf_init(&l);
#define EXPECT(fmt, ...)                          \
  do {                                            \
    ng_buf_clear(&l);                             \
    ng_buf_printf(&l, fmt, __VA_ARGS__);          \
    ck_has(&c, l.data);                           \
  } while (0)
  const char *G = "<" B "doc-4663380acb44f758>";
  EXPECT("<%s> <" RDFTYPE "> <" NS "Agreement> %s", ag, G);
  EXPECT("<%s> <" RDFTYPE "> <" NS "Event> %s", ag, G);
  EXPECT("<%s> <" NS "party> <" B "country-NO> %s", ag, G);
  EXPECT("<%s> <" NS "party> <" B "country-CL> %s", ag, G);
  EXPECT("<%s> <" NS "announcedBy> <" B "org-norway-ministry-of-defence> %s", ag, G);
  EXPECT("<%s> <" NS "agreementType> <" NS "IntelligenceSharing> %s", ag, G);
  EXPECT("<%s> <" NS "confidence> \"0.90\"^^<" XSD "decimal> %s", ag, G);
  EXPECT("<%s> <" NS "date> \"2021-03-02\"^^<" XSD "date> %s", ag, G);
  EXPECT("<%s> <" NS "mentionedIn> %s %s", ag, G, G);
  EXPECT("<%s> <" NS "mention> <" B "doc-4663380acb44f758#char=0,53> %s", ag, G);
  ck_has(&c, "<" B "doc-4663380acb44f758#char=0,53> <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf> \"Norway and Chile signed an intelligence-sharing deal.\" <" B "doc-4663380acb44f758>");

  /* the statement: the quote is passed through verbatim */
  char *st = subject_with(&c, "event-statement-");
  ck_assert_ptr_nonnull(st);
  EXPECT("<%s> <" NS "quote> \"We said \"no\" \\ yes\nto Peru — Café\" %s", st, G);
  EXPECT("<%s> <" NS "speaker> <" B "org-norway-ministry-of-defence> %s", st, G);
  EXPECT("<%s> <" NS "confidence> \"0.95\"^^<" XSD "decimal> %s", st, G);

  char *mt = subject_with(&c, "event-meeting-");
  ck_assert_ptr_nonnull(mt);
  EXPECT("<%s> <" RDFTYPE "> <" NS "Meeting> %s", mt, G);
  EXPECT("<%s> <" NS "meetingStatus> <" NS "Held> %s", mt, G);
  EXPECT("<%s> <" NS "participant> <" B "person-kari-haugland> %s", mt, G);

  /* the same facts with parties and participants in another order: same IRIs */
  capture c2 = {0};
  ng_sink sink2 = {capture_statement, &c2};
  ng_builder *b2 = ng_builder_new(B, NULL, sink2);
  ng_facts f2;
  make_facts(&f2, true);
  ck_assert_int_eq(ng_builder_add(b2, d, &f2), NG_OK);
  char *ag2 = subject_with(&c2, "event-agreement-");
  char *mt2 = subject_with(&c2, "event-meeting-");
  char *st2 = subject_with(&c2, "event-statement-");
  ck_assert_str_eq(ag, ag2);
  ck_assert_str_eq(mt, mt2);
  ck_assert_str_eq(st, st2);

  free(ag);
  free(st);
  free(mt);
  free(ag2);
  free(mt2);
  free(st2);
  ng_buf_free(&l);
  facts_free(&f);
  facts_free(&f2);
  free_doc(d);
  ng_builder_free(b);
  ng_builder_free(b2);
  capture_free(&c);
  capture_free(&c2);
}
END_TEST

START_TEST(test_builder_once_per_run) {
  capture c = {0};
  ng_sink sink = {capture_statement, &c};
  ng_builder *b = ng_builder_new(B, NULL, sink);
  ng_doc *d1 = make_doc("1"), *d2 = make_doc("2");
  memcpy(d2->sha256, "aaaaaaaaaaaaaaaa", 16);
  ng_facts f;
  make_facts(&f, false);
  ck_assert_int_eq(ng_builder_add(b, d1, &f), NG_OK);
  ck_assert_int_eq(ng_builder_add(b, d2, &f), NG_OK);
  ck_assert_uint_eq(count_line(&c, "<" B "country-NO> <" RDFTYPE "> <" NS "Country>"), 1);
  ck_assert_uint_eq(count_line(&c, "<" B "country-NO> <http://www.w3.org/2000/01/rdf-schema#label> \"Norway\""), 1);
  ck_assert_uint_eq(count_line(&c, "<" B "post-NO-foreign-minister> <" RDFTYPE "> <" NS "Post>"), 1);
  ck_assert_uint_eq(count_line(&c, "<" B "person-kari-haugland> <" RDFTYPE "> <" NS "Official>"), 1);
  ck_assert_uint_eq(count_line(&c, "<" B "person-tomas-errazuriz> <http://www.w3.org/2004/02/skos/core#altLabel> \"Tomás Errázuriz\""), 1);
  /* but each document says it mentions the country */
  ck_has(&c, "<" B "country-NO> <" NS "mentionedIn> <" B "doc-4663380acb44f758> <" B "doc-4663380acb44f758>");
  ck_has(&c, "<" B "country-NO> <" NS "mentionedIn> <" B "doc-aaaaaaaaaaaaaaaa> <" B "doc-aaaaaaaaaaaaaaaa>");
  facts_free(&f);
  free_doc(d1);
  free_doc(d2);
  ng_builder_free(b);
  capture_free(&c);
}
END_TEST

/* Two meetings of one document with one IRI (the key leaves out where they
 * were): one node, each statement once, both places and mentions kept. */
START_TEST(test_builder_event_repeat) {
  capture c = {0};
  ng_sink sink = {capture_statement, &c};
  ng_builder *b = ng_builder_new(B, NULL, sink);
  ng_doc *d = make_doc("1");
  ng_facts f;
  memset(&f, 0, sizeof f);
  int ana = add_ent(&f, NG_ENT_PERSON, "ana-morales", "Ana Morales");
  int ivo = add_ent(&f, NG_ENT_PERSON, "ivo-katic", "Ivo Katic");
  int split = add_ent(&f, NG_ENT_PLACE, "split-hr", "Split");
  int lima = add_ent(&f, NG_ENT_PLACE, "lima-pe", "Lima");
  for (int k = 0; k < 2; k++) {
    ng_event *mt = add_ev(&f, NG_EV_MEETING, "Held", 0.8);
    add_arg(mt, NG_ROLE_PARTICIPANT, k ? ivo : ana);
    add_arg(mt, NG_ROLE_PARTICIPANT, k ? ana : ivo);
    add_arg(mt, NG_ROLE_LOCATION, k ? lima : split);
    mt->date = (ng_date){2024, 5, 6};
    mt->mentions = ng_xcalloc(2, sizeof(ng_span));
    mt->mentions[0] = span(10, 40);
    mt->mentions[1] = span(k ? 60 : 100, k ? 90 : 130);
    mt->n_mentions = 2;
  }
  ck_assert_int_eq(ng_builder_add(b, d, &f), NG_OK);
  char *ev = subject_with(&c, "event-meeting-");
  ck_assert_ptr_nonnull(ev);
  const char *g = B "doc-4663380acb44f758";
  ng_buf l;
  ng_buf_init(&l);
#define COUNT(...) (ng_buf_clear(&l), ng_buf_printf(&l, __VA_ARGS__), count_line(&c, l.data))
  ck_assert_uint_eq(COUNT("<%s> <" RDFTYPE "> <" NS "Meeting> <%s>", ev, g), 1);
  ck_assert_uint_eq(COUNT("<%s> <" NS "mentionedIn> <%s> <%s>", ev, g, g), 1);
  ck_assert_uint_eq(COUNT("<%s> <" NS "participant> <" B "person-ana-morales> <%s>", ev, g), 1);
  ck_assert_uint_eq(COUNT("<%s> <" NS "participant> <" B "person-ivo-katic> <%s>", ev, g), 1);
  ck_assert_uint_eq(COUNT("<%s> <" NS "location> <" B "place-split-hr> <%s>", ev, g), 1);
  ck_assert_uint_eq(COUNT("<%s> <" NS "location> <" B "place-lima-pe> <%s>", ev, g), 1);
  ck_assert_uint_eq(COUNT("<%s> <" NS "meetingStatus> <" NS "Held> <%s>", ev, g), 1);
  ck_assert_uint_eq(COUNT("<%s> <" NS "mention> <%s#char=10,40> <%s>", ev, g, g), 1);
  ck_assert_uint_eq(COUNT("<%s> <" NS "mention> <%s#char=60,90> <%s>", ev, g, g), 1);
  ck_assert_uint_eq(COUNT("<%s> <" NS "mention> <%s#char=100,130> <%s>", ev, g, g), 1);
#undef COUNT
  /* no statement twice */
  for (size_t i = 0; i < c.n; i++)
    ck_assert_msg(count_line(&c, c.lines[i]) == 1, "twice: %s", c.lines[i]);
  ng_buf_free(&l);
  free(ev);
  facts_free(&f);
  free_doc(d);
  ng_builder_free(b);
  capture_free(&c);
}
END_TEST

START_TEST(test_builder_sink_error_stops) {
  capture c = {0};
  c.fail_after = 5;
  ng_sink sink = {capture_statement, &c};
  ng_builder *b = ng_builder_new(B, NULL, sink);
  ng_doc *d = make_doc("0");
  ng_facts f;
  make_facts(&f, false);
  ck_assert_int_eq(ng_builder_add(b, d, &f), NG_ERR_IO);
  ck_assert_uint_eq(c.n, 5);
  facts_free(&f);
  free_doc(d);
  ng_builder_free(b);
  capture_free(&c);
}
END_TEST

/* Builds the statements of a document with no facts but a byline: AUTHOR
 * and COAUTHORS (one a line, or NULL), captured into C. */
static void build_byline(capture *c, const char *author, const char *coauthors) {
  const ng_lexicon *lex = ng_lexicon_default();
  ck_assert_ptr_nonnull(lex);
  ng_sink sink = {capture_statement, c};
  ng_builder *b = ng_builder_new(B, lex, sink);
  ng_doc *d = make_doc("0");
  d->author = ng_xstrdup(author);
  d->coauthors = coauthors ? ng_xstrdup(coauthors) : NULL;
  ng_facts f;
  memset(&f, 0, sizeof f);
  ck_assert_int_eq(ng_builder_add(b, d, &f), NG_OK);
  free_doc(d);
  ng_builder_free(b);
}

START_TEST(test_builder_author) {
  capture c = {0};
  build_byline(&c, "Ingrid Solberg", NULL);
  char *line = find_prefix(&c, "<" B "doc-4663380acb44f758> <http://schema.org/author> <" B "person-");
  ck_assert_ptr_nonnull(line);
  char *p = subject_with(&c, "person-");
  ck_assert_ptr_nonnull(p);
  ng_buf l;
  ng_buf_init(&l);
  ng_buf_printf(&l, "<%s> <" RDFTYPE "> <" NS "Person>", p);
  ck_has(&c, l.data);
  ng_buf_clear(&l);
  ng_buf_printf(&l, "<%s> <" NS "mentionedIn> <" B "doc-4663380acb44f758> <" B "doc-4663380acb44f758>", p);
  ck_has(&c, l.data);
  ng_buf_free(&l);
  free(p);
  capture_free(&c);
}
END_TEST

/* "By Ana Ruiz, Tom Berg and Li Wen": every byline name is a schema:author,
 * each once (a name repeated in the co-author list is one author). */
START_TEST(test_builder_coauthors) {
  capture c = {0};
  build_byline(&c, "Ana Ruiz", "Tom Berg\nLi Wen\nTom Berg\n");
  static const char *const who[] = {"ana-ruiz", "tom-berg", "li-wen"};
  for (size_t i = 0; i < 3; i++) {
    ng_buf l;
    ng_buf_init(&l);
    ng_buf_printf(&l, "<" B "doc-4663380acb44f758> <http://schema.org/author> <" B "person-%s> <" B
                      "doc-4663380acb44f758>", who[i]);
    ck_has(&c, l.data);
    ck_assert_uint_eq(count_line(&c, l.data), 1);
    ng_buf_clear(&l);
    ng_buf_printf(&l, "<" B "person-%s> <" RDFTYPE "> <" NS "Person>", who[i]);
    ck_has(&c, l.data);
    ng_buf_free(&l);
  }
  size_t n = 0;
  for (size_t i = 0; i < c.n; i++)
    n += strstr(c.lines[i], "<http://schema.org/author>") != NULL;
  ck_assert_uint_eq(n, 3);
  capture_free(&c);
}
END_TEST

START_TEST(test_free_null) {
  ng_builder_free(NULL);
  ng_writer_free(NULL);
  ng_outfile_abort(NULL);
  ck_assert_int_eq(ng_builder_count(NULL), 0);
}
END_TEST

/* ------------------------------------------------------------------ writer tests */

static const ng_statement *sample_statements(size_t *n) {
  static ng_statement st[8];
  static const char *g = B "doc-1";
  st[0] = (ng_statement){{NG_TERM_IRI, B "country-NO", NULL, NULL, false}, {NG_TERM_IRI, RDFTYPE, NULL, NULL, false},
                         {NG_TERM_IRI, NS "Country", NULL, NULL, false}, NULL};
  st[1] = (ng_statement){{NG_TERM_IRI, B "country-NO", NULL, NULL, false},
                         {NG_TERM_IRI, "http://www.w3.org/2000/01/rdf-schema#label", NULL, NULL, false},
                         {NG_TERM_LITERAL, "Norway", NULL, NULL, false}, NULL};
  st[2] = (ng_statement){{NG_TERM_IRI, B "event-statement-1", NULL, NULL, false}, {NG_TERM_IRI, NS "quote", NULL, NULL, false},
                         {NG_TERM_LITERAL, "He said \"no\" \\ then\nleft\ttoday — Café 東京", NULL, NULL, false}, g};
  st[3] = (ng_statement){{NG_TERM_IRI, B "doc-1", NULL, NULL, false},
                         {NG_TERM_IRI, "http://schema.org/datePublished", NULL, NULL, false},
                         {NG_TERM_LITERAL, "2021-03-03", XSD "date", NULL, false}, g};
  st[4] = (ng_statement){{NG_TERM_IRI, B "doc-1#char=0,6", NULL, NULL, false},
                         {NG_TERM_IRI, "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex", NULL, NULL, false},
                         {NG_TERM_LITERAL, "0", XSD "nonNegativeInteger", NULL, false}, g};
  st[5] = (ng_statement){{NG_TERM_IRI, B "event-statement-1", NULL, NULL, false}, {NG_TERM_IRI, NS "confidence", NULL, NULL, false},
                         {NG_TERM_LITERAL, "0.90", XSD "decimal", NULL, false}, g};
  st[6] = (ng_statement){{NG_TERM_IRI, B "country-NO", NULL, NULL, false},
                         {NG_TERM_IRI, "http://www.w3.org/2004/02/skos/core#altLabel", NULL, NULL, false},
                         {NG_TERM_LITERAL, "Norge", NULL, "no", false}, NULL};
  st[7] = (ng_statement){{NG_TERM_IRI, B "country-NO", NULL, NULL, false}, {NG_TERM_IRI, NS "mentionedIn", NULL, NULL, false},
                         {NG_TERM_IRI, B "doc-1", NULL, NULL, false}, g};
  *n = 8;
  return st;
}

typedef struct {
  char **lines;
  size_t n, cap;
  bool quads;
} parsed;

static void parsed_statement(void *ctx, raptor_statement *st) {
  parsed *p = ctx;
  ng_buf b;
  ng_buf_init(&b);
  raptor_term *terms[4] = {st->subject, st->predicate, st->object, p->quads ? st->graph : NULL};
  for (int i = 0; i < 4; i++) {
    if (!terms[i])
      continue;
    unsigned char *s = raptor_term_to_string(terms[i]);
    if (i)
      ng_buf_addc(&b, ' ');
    ng_buf_adds(&b, (const char *)s);
    raptor_free_memory(s);
  }
  if (p->n == p->cap) {
    p->cap = p->cap ? 2 * p->cap : 16;
    p->lines = ng_xrealloc(p->lines, p->cap * sizeof *p->lines);
  }
  p->lines[p->n++] = ng_buf_steal(&b);
}

static int cmp_lines(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Parses PATH as SYNTAX and returns its statements as sorted N-Triples-like
 * lines joined by "\n" (caller frees); with QUADS the graph is included. */
static char *parse_sorted(const char *path, const char *syntax, bool quads) {
  raptor_world *w = raptor_new_world();
  raptor_world_open(w);
  raptor_parser *rp = raptor_new_parser(w, syntax);
  ck_assert_ptr_nonnull(rp);
  parsed p = {NULL, 0, 0, quads};
  raptor_parser_set_statement_handler(rp, &p, parsed_statement);
  unsigned char *us = raptor_uri_filename_to_uri_string(path);
  raptor_uri *u = raptor_new_uri(w, us);
  int rc = raptor_parser_parse_file(rp, u, u);
  ck_assert_msg(rc == 0, "%s does not parse as %s", path, syntax);
  qsort(p.lines, p.n, sizeof *p.lines, cmp_lines);
  ng_buf out;
  ng_buf_init(&out);
  for (size_t i = 0; i < p.n; i++) {
    if (i == 0 || strcmp(p.lines[i], p.lines[i - 1]) != 0) {
      ng_buf_adds(&out, p.lines[i]);
      ng_buf_addc(&out, '\n');
    }
  }
  for (size_t i = 0; i < p.n; i++)
    free(p.lines[i]);
  free(p.lines);
  raptor_free_uri(u);
  raptor_free_memory(us);
  raptor_free_parser(rp);
  raptor_free_world(w);
  return ng_buf_steal(&out);
}

static void write_file(ng_format fmt, const char *path) {
  FILE *fp = fopen(path, "w");
  ck_assert_ptr_nonnull(fp);
  ng_writer *w = NULL;
  ck_assert_int_eq(ng_writer_new(fmt, fp, B, &w), NG_OK);
  ng_sink s = ng_writer_sink(w);
  size_t n;
  const ng_statement *st = sample_statements(&n);
  for (size_t i = 0; i < n; i++)
    ck_assert_int_eq(s.statement(s.ctx, &st[i]), NG_OK);
  ck_assert_int_eq(ng_writer_finish(w), NG_OK);
  ng_writer_free(w);
  ck_assert_int_eq(fclose(fp), 0);
}

static char tmpdir[64];

static void make_tmpdir(void) {
  strcpy(tmpdir, "/tmp/check_graphs.XXXXXX");
  ck_assert_ptr_nonnull(mkdtemp(tmpdir));
}

static void remove_tmpdir(void) {
  DIR *d = opendir(tmpdir);
  if (!d)
    return;
  struct dirent *e;
  while ((e = readdir(d))) {
    if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
      continue;
    char p[512];
    snprintf(p, sizeof p, "%s/%s", tmpdir, e->d_name);
    unlink(p);
  }
  closedir(d);
  rmdir(tmpdir);
}

static char *tmp_path(const char *name) {
  ng_buf b;
  ng_buf_init(&b);
  ng_buf_printf(&b, "%s/%s", tmpdir, name);
  return ng_buf_steal(&b);
}

START_TEST(test_writer_roundtrip) {
  static const struct {
    ng_format fmt;
    const char *file, *syntax;
    bool quads;
  } cases[] = {{NG_FMT_NQUADS, "g.nq", "nquads", true},     {NG_FMT_TRIG, "g.trig", "trig", true},
               {NG_FMT_NTRIPLES, "g.nt", "ntriples", false}, {NG_FMT_TURTLE, "g.ttl", "turtle", false},
               {NG_FMT_RDFXML, "g.rdf", "rdfxml", false}};
  make_tmpdir();
  char *paths[5];
  for (int i = 0; i < 5; i++) {
    paths[i] = tmp_path(cases[i].file);
    write_file(cases[i].fmt, paths[i]);
  }
  char *quads = parse_sorted(paths[0], "nquads", true);
  char *triples = parse_sorted(paths[0], "nquads", false);
  /* raptor_term_to_string escapes quotes and backslashes, not newlines or tabs */
  ck_assert(strstr(quads, "\"He said \\\"no\\\" \\\\ then\nleft\ttoday") != NULL);
  ck_assert(strstr(quads, "\"Norge\"@no") != NULL);
  char *trig = parse_sorted(paths[1], "trig", true);
  ck_assert_str_eq(trig, quads);
  for (int i = 1; i < 5; i++) {
    char *t = parse_sorted(paths[i], cases[i].syntax, false);
    ck_assert_msg(strcmp(t, triples) == 0, "%s differs:\n%s\nvs\n%s", cases[i].file, t, triples);
    free(t);
  }
  /* dot is written too (not parsed back) */
  char *dot = tmp_path("g.dot");
  write_file(NG_FMT_DOT, dot);
  free(dot);
  free(quads);
  free(triples);
  free(trig);
  for (int i = 0; i < 5; i++)
    free(paths[i]);
  remove_tmpdir();
}
END_TEST

START_TEST(test_writer_formats) {
  ck_assert_int_eq(ng_format_from_name("turtle"), NG_FMT_TURTLE);
  ck_assert_int_eq(ng_format_from_name("nquads"), NG_FMT_NQUADS);
  ck_assert_int_eq(ng_format_from_name("trig"), NG_FMT_TRIG);
  ck_assert_int_eq(ng_format_from_name("rdfxml"), NG_FMT_RDFXML);
  ck_assert_int_eq(ng_format_from_name("dot"), NG_FMT_DOT);
  ck_assert_int_eq(ng_format_from_name("ntriples"), NG_FMT_NTRIPLES);
  ck_assert_int_eq(ng_format_from_name("jsonld"), NG_FMT_JSONLD);
  ck_assert_int_eq(ng_format_from_name("yaml"), NG_FMT_UNKNOWN);
  ck_assert_int_eq(ng_format_from_name(NULL), NG_FMT_UNKNOWN);
  ck_assert_str_eq(ng_format_name(NG_FMT_TRIG), "trig");
  ck_assert(ng_format_has_graphs(NG_FMT_NQUADS));
  ck_assert(ng_format_has_graphs(NG_FMT_TRIG));
  ck_assert(!ng_format_has_graphs(NG_FMT_TURTLE));
}
END_TEST

/* Without raptor (the extract-only newsgraph) RDF/XML and dot are not
 * available and a writer of them is refused; every other format is. */
START_TEST(test_writer_without_raptor) {
  ng_writer_set_ext(NULL);
  ck_assert(!ng_writer_supports(NG_FMT_RDFXML));
  ck_assert(!ng_writer_supports(NG_FMT_DOT));
  ck_assert(!ng_writer_supports(NG_FMT_UNKNOWN));
  ng_format ok[] = {NG_FMT_TURTLE, NG_FMT_NTRIPLES, NG_FMT_NQUADS, NG_FMT_TRIG, NG_FMT_JSONLD};
  for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
    ck_assert(ng_writer_supports(ok[i]));
    ng_writer *w = NULL;
    ck_assert_int_eq(ng_writer_new(ok[i], stdout, NULL, &w), NG_OK);
    ng_writer_free(w);
  }
  ng_writer *w = (ng_writer *)1;
  ck_assert_int_eq(ng_writer_new(NG_FMT_RDFXML, stdout, NULL, &w), NG_ERR_USAGE);
  ck_assert_ptr_null(w);
  /* and lent raptor, both are */
  ng_writer_use_raptor();
  ck_assert(ng_writer_supports(NG_FMT_RDFXML));
  ck_assert(ng_writer_supports(NG_FMT_DOT));
  FILE *f = tmpfile();
  ck_assert_ptr_nonnull(f);
  ck_assert_int_eq(ng_writer_new(NG_FMT_DOT, f, NULL, &w), NG_OK);
  ng_statement st = {{NG_TERM_IRI, "http://example.org/a", NULL, NULL, false},
                     {NG_TERM_IRI, "http://example.org/p", NULL, NULL, false},
                     {NG_TERM_LITERAL, "x", NULL, NULL, false},
                     NULL};
  ck_assert_int_eq(ng_writer_sink(w).statement(w, &st), NG_OK);
  ck_assert_int_eq(ng_writer_finish(w), NG_OK);
  ng_writer_free(w);
  ck_assert(ftell(f) > 0);
  fclose(f);
}
END_TEST

START_TEST(test_writer_rejects_bad_iri) {
  static const char *bad[] = {"http://x/a b", "http://x/a>b", "http://x/\"", "http://x/{a}",
                              "http://x/a|b", "http://x/a^b", "http://x/`", "http://x/a\\b",
                              "http://x/\n", "", "no-scheme"};
  FILE *fp = fopen("/dev/null", "w");
  ck_assert_ptr_nonnull(fp);
  for (int fmt = NG_FMT_TURTLE; fmt <= NG_FMT_DOT; fmt++) {
    ng_writer *w = NULL;
    ck_assert_int_eq(ng_writer_new((ng_format)fmt, fp, B, &w), NG_OK);
    ng_sink s = ng_writer_sink(w);
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
      ng_statement st = {{NG_TERM_IRI, bad[i], NULL, NULL, false}, {NG_TERM_IRI, RDFTYPE, NULL, NULL, false},
                         {NG_TERM_IRI, NS "Country", NULL, NULL, false}, NULL};
      ck_assert_int_eq(s.statement(s.ctx, &st), NG_ERR_RDF);
      st.s.value = B "x";
      st.o.value = bad[i];
      ck_assert_int_eq(s.statement(s.ctx, &st), NG_ERR_RDF);
    }
    ng_writer_free(w);
  }
  fclose(fp);
}
END_TEST

START_TEST(test_writer_dev_full) {
  for (int fmt = NG_FMT_TURTLE; fmt <= NG_FMT_DOT; fmt++) {
    FILE *fp = fopen("/dev/full", "w");
    ck_assert_ptr_nonnull(fp);
    ng_writer *w = NULL;
    ck_assert_int_eq(ng_writer_new((ng_format)fmt, fp, B, &w), NG_OK);
    ng_sink s = ng_writer_sink(w);
    size_t n;
    const ng_statement *st = sample_statements(&n);
    ng_status rc = NG_OK;
    for (int k = 0; k < 2000 && rc == NG_OK; k++)
      rc = s.statement(s.ctx, &st[k % n]);
    if (rc == NG_OK)
      rc = ng_writer_finish(w);
    ck_assert_msg(rc == NG_ERR_IO, "format %s: %d", ng_format_name((ng_format)fmt), rc);
    ng_writer_free(w);
    fclose(fp);
  }
}
END_TEST

/* The builder's path: ng_writer_put_minted writes what the sink writes, for
 * every format; terms not vouched for (length 0) are still checked, and a
 * sink that is not a writer's has no writer. */
START_TEST(test_writer_put_minted) {
  size_t n;
  const ng_statement *st = sample_statements(&n);
  ck_assert_uint_eq(ng_iri_len(B "x"), strlen(B "x"));
  ck_assert_uint_eq(ng_iri_len("http://x/a b"), 0);
  ck_assert_uint_eq(ng_iri_len("no-scheme"), 0);
  for (int fmt = NG_FMT_TURTLE; fmt <= NG_FMT_DOT; fmt++) {
    char *a = NULL, *b = NULL;
    size_t alen = 0, blen = 0;
    FILE *fa = open_memstream(&a, &alen), *fb = open_memstream(&b, &blen);
    ng_writer *wa = NULL, *wb = NULL;
    ck_assert_int_eq(ng_writer_new((ng_format)fmt, fa, B, &wa), NG_OK);
    ck_assert_int_eq(ng_writer_new((ng_format)fmt, fb, B, &wb), NG_OK);
    ng_sink sa = ng_writer_sink(wa);
    ck_assert_ptr_eq(ng_writer_of_sink(ng_writer_sink(wb)), wb);
    for (size_t k = 0; k < n; k++) {
      ck_assert_int_eq(sa.statement(sa.ctx, &st[k]), NG_OK);
      size_t minted[4] = {st[k].s.type == NG_TERM_IRI ? strlen(st[k].s.value) : 0,
                          strlen(st[k].p.value),
                          st[k].o.type == NG_TERM_IRI ? strlen(st[k].o.value) : 0,
                          st[k].graph ? strlen(st[k].graph) : 0};
      ck_assert_int_eq(ng_writer_put_minted(wb, &st[k], minted), NG_OK);
    }
    /* an object nobody vouched for is checked as ever */
    ng_statement bad = st[0];
    bad.o.value = "http://x/a b";
    size_t minted[4] = {strlen(bad.s.value), strlen(bad.p.value), 0, 0};
    ck_assert_int_eq(ng_writer_put_minted(wb, &bad, minted), NG_ERR_RDF);
    ck_assert_int_eq(ng_writer_finish(wa), NG_OK);
    ck_assert_int_eq(ng_writer_finish(wb), NG_OK);
    ng_writer_free(wa);
    ng_writer_free(wb);
    fclose(fa);
    fclose(fb);
    ck_assert_msg(alen == blen && memcmp(a, b, alen) == 0, "format %s differs",
                  ng_format_name((ng_format)fmt));
    free(a);
    free(b);
  }
  ng_sink other = {NULL, NULL};
  ck_assert_ptr_null(ng_writer_of_sink(other));
}
END_TEST

/* The builder's batches: ng_writer_put_po writes what ng_writer_put_minted
 * writes statement by statement, for every format and for a memory writer,
 * with subjects and objects of many lengths so that batches end at every
 * distance from the end of the buffer (a batch that took more room than it
 * counted would overrun it: ASan and valgrind see that in CI), and with
 * terms it leaves to the one-by-one path (a language tag). */
START_TEST(test_writer_put_po) {
  size_t n;
  const ng_statement *st = sample_statements(&n);
  static char subj[300], obj[300];
  for (int fmt = NG_FMT_TURTLE; fmt <= NG_FMT_DOT + 1; fmt++) {
    bool mem = fmt == NG_FMT_DOT + 1; /* the last round: N-Quads in memory */
    ng_format f = mem ? NG_FMT_NQUADS : (ng_format)fmt;
    char *a = NULL, *b = NULL;
    size_t alen = 0, blen = 0;
    FILE *fa = open_memstream(&a, &alen), *fb = mem ? NULL : open_memstream(&b, &blen);
    ng_writer *wa = NULL, *wb = NULL;
    ck_assert_int_eq(ng_writer_new(f, fa, B, &wa), NG_OK);
    ck_assert_int_eq(mem ? ng_writer_new_memory(f, B, &wb) : ng_writer_new(f, fb, B, &wb), NG_OK);
    int rounds = (f == NG_FMT_NTRIPLES || f == NG_FMT_NQUADS) ? 2000 : 40;
    for (int r = 0; r < rounds; r++) {
      size_t sl = (size_t)snprintf(subj, sizeof subj, B "x%0*d", 1 + r % 200, r);
      size_t ol = (size_t)snprintf(obj, sizeof obj, B "y%0*d", 1 + (r * 7) % 250, r);
      const char *g = r % 3 ? B "doc-1" : NULL;
      ng_po po[8];
      size_t k = 1 + (size_t)r % 8;
      for (size_t i = 0; i < k; i++) {
        const ng_statement *x = &st[(r + i) % n];
        po[i].p = x->p.value;
        po[i].p_len = strlen(x->p.value);
        po[i].o = x->o;
        po[i].o_len = x->o.type == NG_TERM_IRI ? strlen(x->o.value)
                      : x->o.datatype          ? strlen(x->o.datatype)
                                               : 0;
        if (i == 2 && x->o.type == NG_TERM_IRI) { /* a long minted object */
          po[i].o.value = obj;
          po[i].o_len = ol;
        }
        ng_statement one = {{NG_TERM_IRI, subj, NULL, NULL, false}, x->p, po[i].o, g};
        size_t minted[4] = {sl, po[i].p_len, po[i].o.type == NG_TERM_IRI ? po[i].o_len : 0,
                            g ? strlen(g) : 0};
        ck_assert_int_eq(ng_writer_put_minted(wa, &one, minted), NG_OK);
      }
      ck_assert_int_eq(ng_writer_put_po(wb, subj, sl, g, g ? strlen(g) : 0, po, k), NG_OK);
    }
    ck_assert_int_eq(ng_writer_finish(wa), NG_OK);
    fclose(fa);
    if (mem) {
      size_t len;
      const char *data = ng_writer_data(wb, &len);
      ck_assert_uint_eq(len, alen);
      ck_assert_msg(memcmp(data, a, alen) == 0, "memory writer differs");
    } else {
      ck_assert_int_eq(ng_writer_finish(wb), NG_OK);
      fclose(fb);
      ck_assert_msg(alen == blen && memcmp(a, b, alen) == 0, "format %s differs (%zu, %zu bytes)",
                    ng_format_name(f), alen, blen);
    }
    if (f == NG_FMT_NQUADS)
      ck_assert_uint_gt(alen, 512 * 1024); /* two buffers' worth and more */
    ng_writer_free(wa);
    ng_writer_free(wb);
    free(a);
    free(b);
  }
}
END_TEST

/* ng_writer_put_po when the buffer's room is just short of, exactly, or
 * just more than the batch takes: it flushes first or fills the buffer,
 * never writes past it (which ASan and valgrind would see in CI), and the
 * bytes are those of the statements one by one. */
START_TEST(test_writer_put_po_edge) {
  size_t n;
  const ng_statement *st = sample_statements(&n);
  const char *s = B "doc-1#char=10,24", *g = B "doc-1";
  ng_po po[8];
  for (size_t i = 0; i < 8; i++) {
    const ng_statement *x = &st[(i * 3) % n];
    if (x->o.lang)
      x = &st[7];
    po[i] = (ng_po){x->p.value, strlen(x->p.value), x->o,
                    x->o.type == NG_TERM_IRI ? strlen(x->o.value)
                    : x->o.datatype          ? strlen(x->o.datatype)
                                             : 0};
  }
  static const size_t ks[] = {1, 2, 5, 8};
  for (size_t ki = 0; ki < 4; ki++) {
    size_t k = ks[ki];
    ng_writer *m = NULL; /* the batch's exact size */
    ck_assert_int_eq(ng_writer_new_memory(NG_FMT_NQUADS, B, &m), NG_OK);
    ck_assert_int_eq(ng_writer_put_po(m, s, strlen(s), g, strlen(g), po, k), NG_OK);
    size_t size;
    const char *data = ng_writer_data(m, &size);
    char *one = malloc(size);
    ck_assert_ptr_nonnull(one);
    memcpy(one, data, size);
    ng_writer_free(m);
    for (int d = -2 * (int)k - 2; d <= 2; d++) { /* (short by up to two bytes a statement) */
      char *out = NULL;
      size_t out_len = 0;
      FILE *fp = open_memstream(&out, &out_len);
      ng_writer *w = NULL;
      ck_assert_int_eq(ng_writer_new(NG_FMT_NQUADS, fp, B, &w), NG_OK);
      /* fill the buffer with comment lines until SIZE + D bytes are left */
      size_t want = size + (size_t)(d + 24) - 24, filled = 0;
      static char filler[8192];
      while (ng_writer_room(w) > want) {
        size_t c = ng_writer_room(w) - want;
        if (c > sizeof filler)
          c = sizeof filler;
        memset(filler, '#', c);
        filler[c - 1] = '\n';
        ck_assert_int_eq(ng_writer_put_raw(w, filler, c), NG_OK);
        filled += c;
      }
      ck_assert_uint_eq(ng_writer_room(w), want);
      ck_assert_int_eq(ng_writer_put_po(w, s, strlen(s), g, strlen(g), po, k), NG_OK);
      ck_assert_int_eq(ng_writer_finish(w), NG_OK);
      ng_writer_free(w);
      fclose(fp);
      ck_assert_uint_eq(out_len, filled + size);
      ck_assert_msg(memcmp(out + filled, one, size) == 0, "k=%zu d=%d", k, d);
      free(out);
    }
    free(one);
  }
}
END_TEST

/* -j N: a memory writer's bytes handed over (ng_writer_swap) and appended
 * to the file's writer (ng_writer_put_raw, small and large) give the same
 * file as writing the statements there directly. */
START_TEST(test_writer_memory_swap) {
  size_t n;
  const ng_statement *st = sample_statements(&n);
  char *direct = NULL, *relayed = NULL;
  size_t direct_len = 0, relayed_len = 0;
  FILE *fp = open_memstream(&direct, &direct_len);
  ng_writer *w = NULL;
  ck_assert_int_eq(ng_writer_new(NG_FMT_NQUADS, fp, B, &w), NG_OK);
  ng_sink s = ng_writer_sink(w);
  for (int round = 0; round < 2; round++)
    for (int k = 0; k < (round ? 3000 : 3); k++)
      ck_assert_int_eq(s.statement(s.ctx, &st[k % n]), NG_OK);
  ck_assert_int_eq(ng_writer_finish(w), NG_OK);
  ng_writer_free(w);
  fclose(fp);

  ng_writer *mw = NULL;
  ck_assert_int_eq(ng_writer_new(NG_FMT_TURTLE, stdout, B, &mw), NG_OK);
  ng_buf got;
  ng_buf_init(&got);
  ng_writer_swap(mw, &got); /* not a memory writer: nothing happens */
  ck_assert_uint_eq(got.len, 0);
  ng_writer_free(mw);
  ck_assert_int_eq(ng_writer_new_memory(NG_FMT_NQUADS, B, &mw), NG_OK);
  fp = open_memstream(&relayed, &relayed_len);
  ck_assert_int_eq(ng_writer_new(NG_FMT_NQUADS, fp, B, &w), NG_OK);
  s = ng_writer_sink(mw);
  /* a small document (through the file writer's buffer), then one larger
   * than a buffer's eighth (straight to the stream) */
  for (int round = 0; round < 2; round++) {
    for (int k = 0; k < (round ? 3000 : 3); k++)
      ck_assert_int_eq(s.statement(s.ctx, &st[k % n]), NG_OK);
    ng_writer_swap(mw, &got);
    ck_assert_uint_eq(strlen(got.data), got.len);
    size_t left;
    ng_writer_data(mw, &left);
    ck_assert_uint_eq(left, 0);
    ck_assert_int_eq(ng_writer_put_raw(w, got.data, got.len), NG_OK);
  }
  ck_assert_uint_gt(got.len, 32 * 1024);
  ck_assert_int_eq(ng_writer_finish(w), NG_OK);
  ng_writer_free(w);
  ng_writer_free(mw);
  ng_buf_free(&got);
  fclose(fp);
  ck_assert_uint_eq(relayed_len, direct_len);
  ck_assert_mem_eq(relayed, direct, direct_len);
  free(direct);
  free(relayed);
}
END_TEST

/* ------------------------------------------------------------------ outfile tests */

static size_t dir_entries(const char *dir) {
  DIR *d = opendir(dir);
  size_t n = 0;
  struct dirent *e;
  while (d && (e = readdir(d)))
    n += strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
  if (d)
    closedir(d);
  return n;
}

START_TEST(test_outfile_commit_abort) {
  make_tmpdir();
  char *path = tmp_path("out.ttl");
  ng_outfile *of = NULL;
  ck_assert_int_eq(ng_outfile_open(path, &of), NG_OK);
  fputs("hello\n", ng_outfile_stream(of));
  ck_assert_int_eq(access(path, F_OK), -1); /* not there until commit */
  ck_assert_uint_eq(dir_entries(tmpdir), 1); /* the hidden temp file */
  ck_assert_int_eq(ng_outfile_commit(of), NG_OK);
  ck_assert_int_eq(access(path, F_OK), 0);
  ck_assert_uint_eq(dir_entries(tmpdir), 1);
  FILE *fp = fopen(path, "r");
  char buf[16] = {0};
  ck_assert_ptr_nonnull(fgets(buf, sizeof buf, fp));
  fclose(fp);
  ck_assert_str_eq(buf, "hello\n");

  /* abort: the old file stays as it was, no temp file left */
  ck_assert_int_eq(ng_outfile_open(path, &of), NG_OK);
  fputs("half-written", ng_outfile_stream(of));
  ng_outfile_abort(of);
  ck_assert_uint_eq(dir_entries(tmpdir), 1);
  fp = fopen(path, "r");
  ck_assert_ptr_nonnull(fgets(buf, sizeof buf, fp));
  fclose(fp);
  ck_assert_str_eq(buf, "hello\n");
  unlink(path);

  /* abort of a new file: nothing at all */
  ck_assert_int_eq(ng_outfile_open(path, &of), NG_OK);
  fputs("x", ng_outfile_stream(of));
  ng_outfile_abort(of);
  ck_assert_uint_eq(dir_entries(tmpdir), 0);
  free(path);

  /* a directory that does not exist */
  char *bad = tmp_path("no/such/dir/out.ttl");
  ck_assert_int_eq(ng_outfile_open(bad, &of), NG_ERR_IO);
  ck_assert_ptr_null(of);
  free(bad);
  remove_tmpdir();
}
END_TEST

/* ------------------------------------------------------------------ query tests */

static const char QUADS[] =
    "<" B "country-NO> <" RDFTYPE "> <" NS "Country> .\n"
    "<" B "country-NO> <http://www.w3.org/2000/01/rdf-schema#label> \"Norway\" .\n"
    "<" B "country-CL> <" RDFTYPE "> <" NS "Country> .\n"
    "<" B "country-CL> <http://www.w3.org/2000/01/rdf-schema#label> \"Chile, \\\"CL\\\"\" .\n"
    "<" B "country-NO> <" NS "mentionedIn> <" B "doc-1> <" B "doc-1> .\n"
    "<" B "country-CL> <" NS "mentionedIn> <" B "doc-1> <" B "doc-1> .\n"
    "<" B "country-NO> <" NS "mentionedIn> <" B "doc-2> <" B "doc-2> .\n";

static char *query_to_string(const char *graph, const char *q, ng_result_format fmt, ng_status *rc) {
  char *buf = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&buf, &len);
  *rc = ng_query_file(graph, q, fmt, out);
  fclose(out);
  return buf;
}

START_TEST(test_query) {
  make_tmpdir();
  char *g = tmp_path("g.nq");
  FILE *fp = fopen(g, "w");
  fputs(QUADS, fp);
  fclose(fp);
  ng_status rc;
  char *s = query_to_string(g,
                            "SELECT ?g ?c ?l WHERE { GRAPH ?g { ?c <" NS "mentionedIn> ?d } "
                            "?c <http://www.w3.org/2000/01/rdf-schema#label> ?l } ORDER BY ?g ?c",
                            NG_RES_CSV, &rc);
  ck_assert_int_eq(rc, NG_OK);
  ck_assert_str_eq(s, "g,c,l\r\n" B "doc-1," B "country-CL,\"Chile, \"\"CL\"\"\"\r\n" B "doc-1," B
                      "country-NO,Norway\r\n" B "doc-2," B "country-NO,Norway\r\n");
  free(s);

  s = query_to_string(g, "SELECT ?c WHERE { GRAPH <" B "doc-2> { ?c ?p ?o } }", NG_RES_TSV, &rc);
  ck_assert_int_eq(rc, NG_OK);
  ck_assert_str_eq(s, "?c\n<" B "country-NO>\n");
  free(s);

  s = query_to_string(g, "ASK { ?c a <" NS "Country> }", NG_RES_TABLE, &rc);
  ck_assert_int_eq(rc, NG_OK);
  ck_assert_str_eq(s, "true\n");
  free(s);
  s = query_to_string(g, "ASK { ?c a <" NS "Agreement> }", NG_RES_CSV, &rc);
  ck_assert_int_eq(rc, NG_OK);
  ck_assert_str_eq(s, "false\n");
  free(s);
  s = query_to_string(g, "ASK { ?c a <" NS "Country> }", NG_RES_JSON, &rc);
  ck_assert_int_eq(rc, NG_OK);
  ck_assert(strstr(s, "\"boolean\": true") != NULL);
  free(s);

  /* refused before running */
  static const char *refused[] = {
      "PREFIX ng: <" NS "> SELECT ?x WHERE { ?x ng:mention/ng:inDocument ?d }",
      "PREFIX ng: <" NS "> SELECT ?x WHERE { ?x ng:party|ng:participant ?d }",
      "PREFIX ng: <" NS "> SELECT ?x WHERE { ?x ng:party+ ?d }",
      "SELECT ?x WHERE { ?x <" NS "p>* ?d }",
      "SELECT ?x WHERE { ?x ?p ?o FILTER NOT EXISTS { ?x a ?t } }",
      "SELECT ?x WHERE { ?x ?p ?o MINUS { ?x a ?t } }",
      "SELECT ?x WHERE { VALUES ?x { <" B "a> <" B "b> } ?x ?p ?o }",
  };
  for (size_t i = 0; i < sizeof refused / sizeof refused[0]; i++) {
    s = query_to_string(g, refused[i], NG_RES_CSV, &rc);
    ck_assert_msg(rc == NG_ERR_QUERY, "not refused: %s", refused[i]);
    free(s);
  }
  /* not refused: look-alikes */
  static const char *fine[] = {
      "SELECT * WHERE { ?x ?p ?o FILTER(?o = \"a/b|c\" || ?o != \"MINUS\") }",
      "PREFIX ng: <" NS "> SELECT (COUNT(*) AS ?n) WHERE { ?x a ng:Country }",
      "SELECT ?x WHERE { ?x <http://example.org/a/b> ?o } # a/b|c MINUS",
  };
  for (size_t i = 0; i < sizeof fine / sizeof fine[0]; i++) {
    s = query_to_string(g, fine[i], NG_RES_CSV, &rc);
    ck_assert_msg(rc == NG_OK, "refused: %s", fine[i]);
    free(s);
  }
  /* a syntax error is a query error, not a crash */
  s = query_to_string(g, "SELECT WHERE {{{", NG_RES_CSV, &rc);
  ck_assert_int_eq(rc, NG_ERR_QUERY);
  free(s);
  /* a missing graph file is an input error */
  s = query_to_string("/nonexistent/g.nq", "ASK { ?s ?p ?o }", NG_RES_CSV, &rc);
  ck_assert_int_eq(rc, NG_ERR_INPUT);
  free(s);

  ck_assert_int_eq(ng_result_format_from_name("table"), NG_RES_TABLE);
  ck_assert_int_eq(ng_result_format_from_name("json"), NG_RES_JSON);
  ck_assert_int_eq(ng_result_format_from_name("yaml"), NG_RES_UNKNOWN);
  free(g);
  remove_tmpdir();
}
END_TEST

static Suite *graphs_suite(void) {
  Suite *s = suite_create("graphs");
  TCase *tc = tcase_create("builder");
  tcase_add_test(tc, test_builder_statements);
  tcase_add_test(tc, test_builder_once_per_run);
  tcase_add_test(tc, test_builder_event_repeat);
  tcase_add_test(tc, test_builder_sink_error_stops);
  tcase_add_test(tc, test_builder_author);
  tcase_add_test(tc, test_builder_coauthors);
  tcase_add_test(tc, test_free_null);
  suite_add_tcase(s, tc);
  tc = tcase_create("writer");
  tcase_add_test(tc, test_writer_formats);
  tcase_add_test(tc, test_writer_without_raptor);
  tcase_add_test(tc, test_writer_roundtrip);
  tcase_add_test(tc, test_writer_rejects_bad_iri);
  tcase_add_test(tc, test_writer_dev_full);
  tcase_add_test(tc, test_writer_memory_swap);
  tcase_add_test(tc, test_writer_put_minted);
  tcase_add_test(tc, test_writer_put_po);
  tcase_add_test(tc, test_writer_put_po_edge);
  suite_add_tcase(s, tc);
  tc = tcase_create("outfile");
  tcase_add_test(tc, test_outfile_commit_abort);
  suite_add_tcase(s, tc);
  tc = tcase_create("query");
  tcase_set_timeout(tc, 30);
  tcase_add_test(tc, test_query);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) {
  ng_log_set_quiet(true);
  ng_writer_use_raptor(); /* RDF/XML and dot, as newsgraph-full does */
  SRunner *sr = srunner_create(graphs_suite());
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
