/* check_memstore.c - unit tests for graphs/memstore.c: the indexed in-memory
 * quad store under the embedded SPARQL engine.  Every triple pattern, in
 * every graph or one, is checked against a brute-force scan of the quads
 * added, on random data with duplicates; then a SPARQL query through rasqal. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <redland.h>

#include "graphs/graphs.h"

#define NTERMS 12
#define NGRAPHS 4
#define NADD 600

/* term i: IRIs, a blank node, plain, language-tagged and typed literals that
 * share a lexical form (all distinct RDF terms) */
static librdf_node *term(librdf_world *w, int i) {
  char buf[64];
  switch (i % 6) {
  case 0:
  case 1:
  case 2:
    snprintf(buf, sizeof buf, "https://example.org/t%d", i);
    return librdf_new_node_from_uri_string(w, (const unsigned char *)buf);
  case 3:
    snprintf(buf, sizeof buf, "b%d", i);
    return librdf_new_node_from_blank_identifier(w, (const unsigned char *)buf);
  case 4:
    return librdf_new_node_from_literal(w, (const unsigned char *)"same", (i / 6) % 2 ? "en" : NULL, 0);
  default: {
    librdf_uri *dt = librdf_new_uri(w, (const unsigned char *)((i / 6) % 2 ? "http://www.w3.org/2001/XMLSchema#token"
                                                                          : "http://www.w3.org/2001/XMLSchema#string"));
    librdf_node *n = librdf_new_node_from_typed_literal(w, (const unsigned char *)"same", NULL, dt);
    librdf_free_uri(dt);
    return n;
  }
  }
}

static librdf_node *graph(librdf_world *w, int g) {
  char buf[64];
  snprintf(buf, sizeof buf, "https://example.org/g%d", g);
  return librdf_new_node_from_uri_string(w, (const unsigned char *)buf);
}

typedef struct {
  int t[4]; /* s p o g (g: -1 = default graph) */
} quad;

static unsigned long rng = 12345;
static int rnd(int n) {
  rng = rng * 6364136223846793005UL + 1442695040888963407UL;
  return (int)((rng >> 33) % (unsigned long)n);
}

/* the number of distinct quads matching (s, p, o, g); -1 = any, and for g,
 * -2 = any graph (a pattern outside GRAPH) */
static int brute(const quad *q, int n, int s, int p, int o, int g) {
  int count = 0;
  for (int i = 0; i < n; i++) {
    bool dup = false;
    for (int j = 0; j < i && !dup; j++)
      dup = memcmp(&q[i], &q[j], sizeof q[i]) == 0;
    if (dup)
      continue;
    if ((s < 0 || q[i].t[0] == s) && (p < 0 || q[i].t[1] == p) && (o < 0 || q[i].t[2] == o) &&
        (g == -2 || q[i].t[3] == g))
      count++;
  }
  return count;
}

START_TEST(test_every_pattern_as_a_scan) {
  librdf_world *w = librdf_new_world();
  librdf_world_open(w);
  librdf_storage *st = ng_memstore_new(w);
  ck_assert_ptr_nonnull(st);
  librdf_model *m = librdf_new_model(w, st, NULL);
  ck_assert_ptr_nonnull(m);
  quad q[NADD];
  for (int i = 0; i < NADD; i++) {
    /* subjects and predicates: IRIs or the blank node; objects: anything */
    int s = rnd(4), p = rnd(3), o = rnd(NTERMS), g = rnd(NGRAPHS + 1) - 1;
    if (s == 3)
      s = 9; /* the blank node */
    q[i] = (quad){{s, p, o, g}};
    librdf_statement *x = librdf_new_statement_from_nodes(w, term(w, s), term(w, p), term(w, o));
    librdf_node *gn = g >= 0 ? graph(w, g) : NULL;
    int rc = gn ? librdf_model_context_add_statement(m, gn, x) : librdf_model_add_statement(m, x);
    ck_assert_int_eq(rc, 0);
    if (gn)
      librdf_free_node(gn);
    librdf_free_statement(x);
  }
  ck_assert_int_eq(librdf_model_size(m), brute(q, NADD, -1, -1, -1, -2));
  ck_assert_int_lt(librdf_model_size(m), NADD); /* duplicates were added, kept once */
  ck_assert(librdf_model_supports_contexts(m));

  int checked = 0;
  for (int s = -1; s < NTERMS; s++)
    for (int p = -1; p < 3; p++)
      for (int o = -1; o < NTERMS; o++)
        for (int g = -2; g < NGRAPHS; g++) {
          if (g == -1)
            continue; /* the default graph alone is not a librdf context */
          librdf_statement *pat = librdf_new_statement_from_nodes(
              w, s >= 0 ? term(w, s) : NULL, p >= 0 ? term(w, p) : NULL, o >= 0 ? term(w, o) : NULL);
          librdf_node *gn = g >= 0 ? graph(w, g) : NULL;
          librdf_stream *r = gn ? librdf_model_find_statements_in_context(m, pat, gn)
                                : librdf_model_find_statements(m, pat);
          ck_assert_ptr_nonnull(r);
          int n = 0;
          for (; !librdf_stream_end(r); librdf_stream_next(r)) {
            librdf_statement *x = librdf_stream_get_object(r);
            ck_assert(librdf_statement_match(x, pat));
            librdf_node *ctx = librdf_stream_get_context2(r);
            if (gn)
              ck_assert(ctx && librdf_node_equals(ctx, gn));
            n++;
          }
          librdf_free_stream(r);
          int want = brute(q, NADD, s, p, o, g);
          if (n != want)
            ck_abort_msg("pattern s=%d p=%d o=%d g=%d: %d statements, a scan finds %d", s, p, o, g, n, want);
          if (gn)
            librdf_free_node(gn);
          librdf_free_statement(pat);
          checked++;
        }
  ck_assert_int_eq(checked, (NTERMS + 1) * 4 * (NTERMS + 1) * (NGRAPHS + 1));

  /* the named graphs, each once */
  int ng = 0;
  librdf_iterator *it = librdf_model_get_contexts(m);
  for (; !librdf_iterator_end(it); librdf_iterator_next(it))
    ng++;
  librdf_free_iterator(it);
  int present = 0;
  for (int g = 0; g < NGRAPHS; g++)
    present += brute(q, NADD, -1, -1, -1, g) > 0;
  ck_assert_int_eq(ng, present);
  librdf_free_model(m);
  librdf_free_storage(st);
  librdf_free_world(w);
}
END_TEST

/* A term the store has never seen matches nothing; an empty store answers. */
START_TEST(test_unknown_terms_and_empty) {
  librdf_world *w = librdf_new_world();
  librdf_world_open(w);
  librdf_storage *st = ng_memstore_new(w);
  librdf_model *m = librdf_new_model(w, st, NULL);
  librdf_statement *pat = librdf_new_statement_from_nodes(w, term(w, 0), NULL, NULL);
  librdf_stream *r = librdf_model_find_statements(m, pat);
  ck_assert(librdf_stream_end(r));
  librdf_free_stream(r);
  ck_assert_int_eq(librdf_model_size(m), 0);
  librdf_statement *x = librdf_new_statement_from_nodes(w, term(w, 1), term(w, 2), term(w, 4));
  ck_assert_int_eq(librdf_model_add_statement(m, x), 0);
  r = librdf_model_find_statements(m, pat); /* t0 is still unknown */
  ck_assert(librdf_stream_end(r));
  librdf_free_stream(r);
  librdf_free_statement(x);
  librdf_free_statement(pat);
  librdf_free_model(m);
  librdf_free_storage(st);
  librdf_free_world(w);
}
END_TEST

/* rasqal over the store: a join inside GRAPH ?g and one outside it. */
START_TEST(test_sparql) {
  librdf_world *w = librdf_new_world();
  librdf_world_open(w);
  librdf_storage *st = ng_memstore_new(w);
  librdf_model *m = librdf_new_model(w, st, NULL);
  const char *quads[][4] = {{"a", "p", "b", "g1"}, {"b", "q", NULL, "g1"}, {"b", "q", NULL, "g2"}, {"b", "q", NULL, NULL}};
  const char *lits[] = {NULL, "x", "y", "z"};
  for (int i = 0; i < 4; i++) {
    char s[64], p[64], o[64], g[64];
    snprintf(s, sizeof s, "https://example.org/%s", quads[i][0]);
    snprintf(p, sizeof p, "https://example.org/%s", quads[i][1]);
    librdf_node *on;
    if (lits[i]) {
      on = librdf_new_node_from_literal(w, (const unsigned char *)lits[i], NULL, 0);
    } else {
      snprintf(o, sizeof o, "https://example.org/%s", quads[i][2]);
      on = librdf_new_node_from_uri_string(w, (const unsigned char *)o);
    }
    librdf_statement *x = librdf_new_statement_from_nodes(
        w, librdf_new_node_from_uri_string(w, (const unsigned char *)s),
        librdf_new_node_from_uri_string(w, (const unsigned char *)p), on);
    if (quads[i][3]) {
      snprintf(g, sizeof g, "https://example.org/%s", quads[i][3]);
      librdf_node *gn = librdf_new_node_from_uri_string(w, (const unsigned char *)g);
      ck_assert_int_eq(librdf_model_context_add_statement(m, gn, x), 0);
      librdf_free_node(gn);
    } else {
      ck_assert_int_eq(librdf_model_add_statement(m, x), 0);
    }
    librdf_free_statement(x);
  }
  struct {
    const char *query, *want;
  } cases[] = {
      /* inside one graph: only g1 has both */
      {"SELECT ?g ?v WHERE { GRAPH ?g { <https://example.org/a> <https://example.org/p> ?b . "
       "?b <https://example.org/q> ?v } }",
       "https://example.org/g1 x;"},
      /* outside GRAPH: every graph's statements (and the default graph's) */
      {"SELECT ?v WHERE { <https://example.org/a> <https://example.org/p> ?b . "
       "?b <https://example.org/q> ?v } ORDER BY ?v",
       "x;y;z;"},
  };
  for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
    librdf_query *qy = librdf_new_query(w, "sparql", NULL, (const unsigned char *)cases[c].query, NULL);
    ck_assert_ptr_nonnull(qy);
    librdf_query_results *r = librdf_model_query_execute(m, qy);
    ck_assert_ptr_nonnull(r);
    char got[256] = "";
    for (; !librdf_query_results_finished(r); librdf_query_results_next(r)) {
      int nb = librdf_query_results_get_bindings_count(r);
      for (int b = 0; b < nb; b++) {
        librdf_node *v = librdf_query_results_get_binding_value(r, b);
        const char *txt = librdf_node_is_literal(v) ? (const char *)librdf_node_get_literal_value(v)
                                                    : (const char *)librdf_uri_as_string(librdf_node_get_uri(v));
        strncat(got, txt, sizeof got - strlen(got) - 1);
        strncat(got, b + 1 < nb ? " " : ";", sizeof got - strlen(got) - 1);
        librdf_free_node(v);
      }
    }
    ck_assert_str_eq(got, cases[c].want);
    librdf_free_query_results(r);
    librdf_free_query(qy);
  }
  librdf_free_model(m);
  librdf_free_storage(st);
  librdf_free_world(w);
}
END_TEST

static Suite *memstore_suite(void) {
  Suite *s = suite_create("memstore");
  TCase *tc = tcase_create("memstore");
  tcase_set_timeout(tc, 120);
  tcase_add_test(tc, test_every_pattern_as_a_scan);
  tcase_add_test(tc, test_unknown_terms_and_empty);
  tcase_add_test(tc, test_sparql);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) {
  SRunner *sr = srunner_create(memstore_suite());
  srunner_run_all(sr, CK_ENV);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
