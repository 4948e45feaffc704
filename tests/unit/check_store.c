/* check_store.c - unit tests for graphs/store.c: the persistent store. */
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

#include "graphs/graphs.h"

#define B NG_DEFAULT_BASE
#define NS NG_NS
#define RDFTYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#define DCID "http://purl.org/dc/terms/identifier"
#define LABEL "http://www.w3.org/2000/01/rdf-schema#label"

static char tmpdir[256];
static char storepath[300];

static void setup(void) {
  strcpy(tmpdir, "/tmp/check_store.XXXXXX");
  ck_assert_ptr_nonnull(mkdtemp(tmpdir));
  snprintf(storepath, sizeof storepath, "%s/store", tmpdir);
}

static void rm_rf(const char *path) {
  DIR *d = opendir(path);
  if (!d) {
    unlink(path);
    return;
  }
  struct dirent *e;
  char p[1024];
  while ((e = readdir(d)) != NULL) {
    if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
      continue;
    snprintf(p, sizeof p, "%s/%s", path, e->d_name);
    struct stat sb;
    if (lstat(p, &sb) == 0 && S_ISDIR(sb.st_mode))
      rm_rf(p);
    else
      unlink(p);
  }
  closedir(d);
  rmdir(path);
}

static void teardown(void) { rm_rf(tmpdir); }

static ng_status put(ng_sink k, const char *g, const char *s, const char *p, const char *o, bool lit) {
  ng_statement st;
  memset(&st, 0, sizeof st);
  st.s.type = NG_TERM_IRI;
  st.s.value = s;
  st.p.type = NG_TERM_IRI;
  st.p.value = p;
  st.o.type = lit ? NG_TERM_LITERAL : NG_TERM_IRI;
  st.o.value = o;
  st.graph = g;
  return k.statement(k.ctx, &st);
}

/* A small article: 1 default-graph statement (shared), 4 in its graph (one
 * stated twice). */
static void add_article(ng_rdfstore *s, const char *id, const char *sha, const char *country,
                        ng_load_result *res, unsigned long *added) {
  char doc[128];
  snprintf(doc, sizeof doc, B "doc-%.16s", sha);
  ng_sink k = ng_rdfstore_sink(s);
  ck_assert_int_eq(put(k, NULL, country, RDFTYPE, NS "Country", false), NG_OK);
  ck_assert_int_eq(put(k, doc, doc, RDFTYPE, NS "Document", false), NG_OK);
  ck_assert_int_eq(put(k, doc, doc, DCID, id, true), NG_OK);
  ck_assert_int_eq(put(k, doc, doc, NS "sha256", sha, true), NG_OK);
  ck_assert_int_eq(put(k, doc, country, NS "mentionedIn", doc, false), NG_OK);
  ck_assert_int_eq(put(k, doc, country, NS "mentionedIn", doc, false), NG_OK); /* a duplicate */
  ck_assert_int_eq(ng_rdfstore_put_article(s, id, res, added), NG_OK);
}

#define SHA_A "aaaaaaaaaaaaaaaa000000000000000000000000000000000000000000000000"
#define SHA_A2 "abababababababab000000000000000000000000000000000000000000000000"
#define SHA_B "bbbbbbbbbbbbbbbb000000000000000000000000000000000000000000000000"

static size_t count_quads(const char *path, const char *query) {
  FILE *f = tmpfile();
  ck_assert_ptr_nonnull(f);
  ck_assert_int_eq(ng_query_file(path, query, NG_RES_TSV, f), NG_OK);
  rewind(f);
  size_t lines = 0;
  int c;
  while ((c = fgetc(f)) != EOF)
    lines += c == '\n';
  fclose(f);
  return lines ? lines - 1 : 0; /* the header */
}

START_TEST(test_free_null) {
  ng_rdfstore_free(NULL);
  ng_rdfstore_discard(NULL);
  ck_assert(!ng_rdfstore_is_store(NULL));
  ck_assert_int_eq(ng_rdfstore_close(NULL), NG_ERR_USAGE);
  ck_assert_ptr_null(ng_rdfstore_path(NULL));
}
END_TEST

START_TEST(test_create_and_reopen) {
  ng_rdfstore *s = NULL;
  ck_assert(!ng_rdfstore_is_store(storepath));
  /* a reader does not create */
  ng_log_set_quiet(true);
  ck_assert_int_eq(ng_rdfstore_open(storepath, false, &s), NG_ERR_INPUT);
  ck_assert_ptr_null(s);
  ck_assert_int_eq(ng_rdfstore_open(storepath, true, &s), NG_OK);
  ck_assert_ptr_nonnull(s);
  ck_assert_str_eq(ng_rdfstore_path(s), storepath);
  ck_assert(ng_rdfstore_is_store(storepath));
  ck_assert_uint_eq(ng_rdfstore_count_articles(s), 0);
  /* a second writer is refused while the first holds the lock */
  ng_rdfstore *s2 = NULL;
  ck_assert_int_eq(ng_rdfstore_open(storepath, true, &s2), NG_ERR_IO);
  ck_assert_ptr_null(s2);

  ng_load_result res;
  unsigned long added = 0;
  add_article(s, "a.txt", SHA_A, B "country-PE", &res, &added);
  ck_assert_int_eq(res, NG_LOADED_NEW);
  ck_assert_uint_eq(added, 5); /* the duplicate is stored once */
  add_article(s, "b.txt", SHA_B, B "country-PE", &res, &added);
  ck_assert_int_eq(res, NG_LOADED_NEW);
  ck_assert_uint_eq(added, 4); /* the shared default-graph statement is there already */
  ck_assert_uint_eq(ng_rdfstore_count_articles(s), 2);
  ck_assert_int_eq(ng_rdfstore_close(s), NG_OK);

  /* persistence: a reader sees both articles */
  ck_assert_int_eq(ng_rdfstore_open(storepath, false, &s), NG_OK);
  ck_assert_uint_eq(ng_rdfstore_count_articles(s), 2);
  ng_rdfstore_free(s);
  ck_assert_uint_eq(count_quads(storepath, "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"), 9);
  ck_assert_uint_eq(count_quads(storepath, "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"), 8);
  ck_assert_uint_eq(count_quads(storepath, "SELECT ?d WHERE { ?d <" DCID "> \"a.txt\" }"), 1);
  ng_log_set_quiet(false);
}
END_TEST

START_TEST(test_state_replace_remove) {
  ng_rdfstore *s = NULL;
  ng_log_set_quiet(true);
  ck_assert_int_eq(ng_rdfstore_open(storepath, true, &s), NG_OK);
  ng_load_result res;
  unsigned long added;
  add_article(s, "a.txt", SHA_A, B "country-PE", &res, &added);
  add_article(s, "b.txt", SHA_B, B "country-NO", &res, &added);
  ck_assert_int_eq(ng_rdfstore_article_state(s, "a.txt", SHA_A, B "doc-aaaaaaaaaaaaaaaa", &res), NG_OK);
  ck_assert_int_eq(res, NG_LOADED_UNCHANGED);
  /* the same content under another name is the same document */
  ck_assert_int_eq(ng_rdfstore_article_state(s, "copy.txt", SHA_A, B "doc-aaaaaaaaaaaaaaaa", &res), NG_OK);
  ck_assert_int_eq(res, NG_LOADED_UNCHANGED);
  ck_assert_int_eq(ng_rdfstore_article_state(s, "a.txt", SHA_A2, B "doc-abababababababab", &res), NG_OK);
  ck_assert_int_eq(res, NG_LOADED_REPLACED);
  ck_assert_int_eq(ng_rdfstore_article_state(s, "c.txt", SHA_A2, B "doc-abababababababab", &res), NG_OK);
  ck_assert_int_eq(res, NG_LOADED_NEW);

  /* a new version of a.txt replaces its graph */
  add_article(s, "a.txt", SHA_A2, B "country-CL", &res, &added);
  ck_assert_int_eq(res, NG_LOADED_REPLACED);
  ck_assert_uint_eq(ng_rdfstore_count_articles(s), 2);
  ck_assert_int_eq(ng_rdfstore_commit(s), NG_OK);
  ck_assert_uint_eq(count_quads(storepath, "SELECT ?d WHERE { ?d a <" NS "Document> }"), 2);
  ck_assert_uint_eq(count_quads(storepath, "SELECT ?x WHERE { ?x <" NS "mentionedIn> <" B "doc-aaaaaaaaaaaaaaaa> }"), 0);
  ck_assert_uint_eq(count_quads(storepath, "SELECT ?x WHERE { ?x <" NS "mentionedIn> <" B "doc-abababababababab> }"), 1);

  /* remove by identifier, then by IRI; unknown ones are NG_NOTHING */
  unsigned long n = 9;
  ck_assert_int_eq(ng_rdfstore_remove_article(s, "nope.txt", &n), NG_NOTHING);
  ck_assert_uint_eq(n, 0);
  ck_assert_int_eq(ng_rdfstore_remove_article(s, "a.txt", &n), NG_OK);
  ck_assert_uint_eq(n, 1);
  ck_assert_int_eq(ng_rdfstore_remove_article(s, B "doc-aaaaaaaaaaaaaaaa", &n), NG_NOTHING);
  ck_assert_int_eq(ng_rdfstore_remove_article(s, B "doc-bbbbbbbbbbbbbbbb", &n), NG_OK);
  ck_assert_uint_eq(n, 1);
  ck_assert_uint_eq(ng_rdfstore_count_articles(s), 0);
  ck_assert_int_eq(ng_rdfstore_close(s), NG_OK);
  /* the default graph (shared descriptions) stays */
  ck_assert_uint_eq(count_quads(storepath, "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"), 0);
  ck_assert_uint_eq(count_quads(storepath, "SELECT ?c WHERE { ?c a <" NS "Country> }"), 3);
  ng_log_set_quiet(false);
}
END_TEST

/* The default graph is one set: a statement shared by articles is stored
 * once, whether the articles come in one session, on either side of a
 * checkpoint, or in another session; one also stated in a named graph is
 * still added to the default graph; literals with a language or a datatype
 * and blank nodes are told apart; a long queue of default-graph statements
 * is written when full. */
START_TEST(test_default_graph_set) {
  ng_rdfstore *s = NULL;
  ng_log_set_quiet(true);
  ck_assert_int_eq(ng_rdfstore_open(storepath, true, &s), NG_OK);
  ng_load_result res;
  unsigned long added = 0;
  add_article(s, "a.txt", SHA_A, B "country-PE", &res, &added);
  ck_assert_uint_eq(added, 5);
  ck_assert_int_eq(ng_rdfstore_commit(s), NG_OK);
  add_article(s, "b.txt", SHA_B, B "country-PE", &res, &added);
  ck_assert_uint_eq(added, 4); /* after the checkpoint: PE's type is stored */
  ng_sink k = ng_rdfstore_sink(s);
  const char *doc = B "doc-cccccccccccccccc";
  ng_statement st;
  memset(&st, 0, sizeof st);
  st.s.type = NG_TERM_IRI;
  st.s.value = B "country-PE";
  st.p.type = NG_TERM_IRI;
  st.p.value = LABEL;
  st.o.type = NG_TERM_LITERAL;
  st.o.value = "Peru";
  ck_assert_int_eq(k.statement(k.ctx, &st), NG_OK); /* plain */
  st.o.lang = "en";
  ck_assert_int_eq(k.statement(k.ctx, &st), NG_OK); /* with a language */
  st.o.lang = NULL;
  st.o.datatype = "http://www.w3.org/2001/XMLSchema#string";
  ck_assert_int_eq(k.statement(k.ctx, &st), NG_OK); /* typed */
  st.o.datatype = NULL;
  st.s.type = NG_TERM_BLANK;
  st.s.value = "b1";
  ck_assert_int_eq(k.statement(k.ctx, &st), NG_OK); /* a blank subject */
  ck_assert_int_eq(put(k, doc, doc, RDFTYPE, NS "Document", false), NG_OK);
  /* also in the default graph */
  ck_assert_int_eq(put(k, NULL, doc, RDFTYPE, NS "Document", false), NG_OK);
  ck_assert_int_eq(put(k, doc, doc, DCID, "c.txt", true), NG_OK);
  ck_assert_int_eq(ng_rdfstore_put_article(s, "c.txt", &res, &added), NG_OK);
  ck_assert_uint_eq(added, 7);
  ck_assert_int_eq(ng_rdfstore_close(s), NG_OK);
  ck_assert_uint_eq(count_quads(storepath, "SELECT ?c WHERE { ?c a <" NS "Country> }"), 1);
  ck_assert_uint_eq(count_quads(storepath, "SELECT ?s ?l WHERE { ?s <" LABEL "> ?l }"), 4);
  /* in 3 graphs and the default graph */
  ck_assert_uint_eq(count_quads(storepath, "SELECT ?g WHERE { ?d a <" NS "Document> }"), 4);

  /* another session: all of it is there already, nothing is added twice */
  ck_assert_int_eq(ng_rdfstore_open(storepath, true, &s), NG_OK);
  k = ng_rdfstore_sink(s);
  st.s.type = NG_TERM_BLANK;
  st.s.value = "b1";
  st.o.lang = NULL;
  st.o.datatype = NULL;
  ck_assert_int_eq(k.statement(k.ctx, &st), NG_OK);
  st.s.type = NG_TERM_IRI;
  st.s.value = B "country-PE";
  st.o.lang = "en";
  ck_assert_int_eq(k.statement(k.ctx, &st), NG_OK);
  doc = B "doc-dddddddddddddddd";
  ck_assert_int_eq(put(k, NULL, B "country-PE", RDFTYPE, NS "Country", false), NG_OK);
  ck_assert_int_eq(put(k, NULL, B "country-CL", RDFTYPE, NS "Country", false), NG_OK);
  ck_assert_int_eq(put(k, doc, doc, RDFTYPE, NS "Document", false), NG_OK);
  ck_assert_int_eq(ng_rdfstore_put_article(s, "d.txt", &res, &added), NG_OK);
  ck_assert_uint_eq(added, 2); /* CL's type and the document's */
  ck_assert_int_eq(ng_rdfstore_close(s), NG_OK);
  ck_assert_uint_eq(count_quads(storepath, "SELECT ?c WHERE { ?c a <" NS "Country> }"), 2);
  ck_assert_uint_eq(count_quads(storepath, "SELECT ?s ?l WHERE { ?s <" LABEL "> ?l }"), 4);

  /* more default-graph statements than the queue holds, in one article */
  ck_assert_int_eq(ng_rdfstore_open(storepath, true, &s), NG_OK);
  k = ng_rdfstore_sink(s);
  char iri[128];
  for (int i = 0; i < 50100; i++) {
    snprintf(iri, sizeof iri, B "place-%d", i);
    ck_assert_int_eq(put(k, NULL, iri, RDFTYPE, NS "Place", false), NG_OK);
  }
  doc = B "doc-eeeeeeeeeeeeeeee";
  ck_assert_int_eq(put(k, doc, doc, RDFTYPE, NS "Document", false), NG_OK);
  ck_assert_int_eq(ng_rdfstore_put_article(s, "e.txt", &res, &added), NG_OK);
  ck_assert_uint_eq(added, 50101);
  ck_assert_int_eq(ng_rdfstore_close(s), NG_OK);
  ck_assert_uint_eq(count_quads(storepath, "SELECT ?p WHERE { ?p a <" NS "Place> }"), 50100);
  ng_log_set_quiet(false);
}
END_TEST

START_TEST(test_discard_and_free_unpublished) {
  ng_rdfstore *s = NULL;
  ng_log_set_quiet(true);
  ck_assert_int_eq(ng_rdfstore_open(storepath, true, &s), NG_OK);
  ng_load_result res;
  unsigned long added;
  add_article(s, "a.txt", SHA_A, B "country-PE", &res, &added);
  ck_assert_int_eq(ng_rdfstore_close(s), NG_OK);

  ck_assert_int_eq(ng_rdfstore_open(storepath, true, &s), NG_OK);
  /* a collected but discarded article leaves nothing */
  ng_sink k = ng_rdfstore_sink(s);
  ck_assert_int_eq(put(k, B "doc-x", B "doc-x", RDFTYPE, NS "Document", false), NG_OK);
  ng_rdfstore_discard(s);
  /* statements naming two graphs for one article are refused */
  ck_assert_int_eq(put(k, B "doc-x", B "doc-x", RDFTYPE, NS "Document", false), NG_OK);
  ck_assert_int_eq(put(k, B "doc-y", B "doc-y", RDFTYPE, NS "Document", false), NG_ERR_RDF);
  ck_assert_int_eq(ng_rdfstore_put_article(s, "x.txt", &res, &added), NG_ERR_RDF);
  /* written but never published: freeing discards it (as a killed writer would) */
  add_article(s, "b.txt", SHA_B, B "country-NO", &res, &added);
  ck_assert_uint_eq(ng_rdfstore_count_articles(s), 2);
  ng_rdfstore_free(s);
  ck_assert_int_eq(ng_rdfstore_open(storepath, false, &s), NG_OK);
  ck_assert_uint_eq(ng_rdfstore_count_articles(s), 1);
  ng_rdfstore_free(s);
  /* exactly one generation directory is left */
  DIR *d = opendir(storepath);
  ck_assert_ptr_nonnull(d);
  int gens = 0;
  struct dirent *e;
  while ((e = readdir(d)) != NULL)
    gens += strncmp(e->d_name, "gen-", 4) == 0;
  closedir(d);
  ck_assert_int_eq(gens, 1);
  ng_log_set_quiet(false);
}
END_TEST

START_TEST(test_not_a_store) {
  ng_rdfstore *s = NULL;
  ng_log_set_quiet(true);
  char p[400];
  /* a non-empty directory without the marker is not taken over */
  snprintf(p, sizeof p, "%s/other", tmpdir);
  ck_assert_int_eq(mkdir(p, 0755), 0);
  char f[450];
  snprintf(f, sizeof f, "%s/file.txt", p);
  FILE *fh = fopen(f, "w");
  ck_assert_ptr_nonnull(fh);
  fputs("x\n", fh);
  fclose(fh);
  ck_assert(!ng_rdfstore_is_store(p));
  ck_assert_int_eq(ng_rdfstore_open(p, true, &s), NG_ERR_INPUT);
  ck_assert_ptr_null(s);
  ck_assert_int_eq(ng_rdfstore_open(f, true, &s), NG_ERR_INPUT); /* a file */
  ck_assert_int_eq(ng_rdfstore_open(f, false, &s), NG_ERR_INPUT);
  /* an empty directory becomes a store */
  snprintf(p, sizeof p, "%s/empty", tmpdir);
  ck_assert_int_eq(mkdir(p, 0755), 0);
  ck_assert_int_eq(ng_rdfstore_open(p, true, &s), NG_OK);
  ck_assert_int_eq(ng_rdfstore_close(s), NG_OK);
  ck_assert(ng_rdfstore_is_store(p));
  /* a quote cannot be passed to librdf's options */
  snprintf(p, sizeof p, "%s/it's", tmpdir);
  ck_assert_int_eq(ng_rdfstore_open(p, true, &s), NG_ERR_USAGE);
  ng_log_set_quiet(false);
}
END_TEST

static Suite *store_suite(void) {
  Suite *s = suite_create("store");
  TCase *tc = tcase_create("store");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, test_free_null);
  tcase_add_test(tc, test_create_and_reopen);
  tcase_add_test(tc, test_state_replace_remove);
  tcase_add_test(tc, test_default_graph_set);
  tcase_add_test(tc, test_discard_and_free_unpublished);
  tcase_add_test(tc, test_not_a_store);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) {
  SRunner *sr = srunner_create(store_suite());
  srunner_run_all(sr, CK_ENV);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
