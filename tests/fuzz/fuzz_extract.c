/* fuzz_extract.c - libFuzzer target: arbitrary bytes through the whole
 * pipeline, the readers, the extractor and the graph builder.
 *
 * The first input byte chooses how the rest is read:
 *   bits 0-1  0: as plain text ("fuzz.txt"), 1: as HTML ("fuzz.html"),
 *             2, 3: as standard input ("-": sniffed)
 *   bit 2     --strict (invalid UTF-8 is an error)
 *   bit 3     --date 2021-03-10 as the fallback publication date
 * The statements go to a sink that checks what every writer relies on (IRIs
 * are IRIREFs, every string is valid UTF-8, subjects are not literals,
 * predicates are IRIs) and aborts otherwise, then on into the N-Quads
 * writer onto /dev/null.  Build and run with tests/fuzz/run.sh. */
#define _POSIX_C_SOURCE 200809L /* dup, dprintf */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "graphs/graphs.h"

static const ng_lexicon *lex;
static ng_writer *writer;
static FILE *devnull;
static int report_fd = 2; /* a copy of stderr: run.sh has libFuzzer close fd 2 */

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void fail(const char *what, const char *value) {
  dprintf(report_fd, "fuzz_extract: %s: <%s>\n", what, value ? value : "(null)");
  abort();
}

static void check_utf8(const char *what, const char *s) {
  if (!s)
    fail(what, "NULL string");
  size_t n = strlen(s);
  if (ng_utf8_validate(s, n) != n)
    fail(what, "invalid UTF-8");
}

static void check_iri(const char *what, const char *s) {
  check_utf8(what, s);
  if (!strchr(s, ':'))
    fail(what, s);
  for (const unsigned char *p = (const unsigned char *)s; *p; p++)
    if (*p <= 0x20 || *p == 0x7f || strchr("<>\"{}|^`\\", *p))
      fail(what, s);
}

static void check_term(const char *what, const ng_term *t) {
  switch (t->type) {
  case NG_TERM_IRI: check_iri(what, t->value); break;
  case NG_TERM_BLANK: check_utf8(what, t->value); break;
  case NG_TERM_LITERAL:
    check_utf8(what, t->value);
    if (t->datatype)
      check_iri("datatype", t->datatype);
    if (t->lang)
      check_utf8("language", t->lang);
    break;
  default: fail(what, "unknown term type");
  }
}

static ng_status checking_sink(void *ctx, const ng_statement *st) {
  (void)ctx;
  if (st->s.type == NG_TERM_LITERAL)
    fail("literal subject", st->s.value);
  if (st->p.type != NG_TERM_IRI)
    fail("predicate not an IRI", st->p.value);
  check_term("subject", &st->s);
  check_term("predicate", &st->p);
  check_term("object", &st->o);
  if (st->graph)
    check_iri("graph", st->graph);
  ng_sink w = ng_writer_sink(writer);
  ng_status rc = w.statement(w.ctx, st);
  if (rc != NG_OK)
    fail("the N-Quads writer refused a statement", ng_strerror(rc));
  return NG_OK;
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  /* called before libFuzzer applies -close_fd_mask */
  int fd = dup(2);
  if (fd >= 0)
    report_fd = fd;
  ng_log_set_quiet(true); /* warnings about bad input are expected; errors still print */
  lex = ng_lexicon_default();
  devnull = fopen("/dev/null", "w");
  if (!lex || !devnull || ng_writer_new(NG_FMT_NQUADS, devnull, NG_DEFAULT_BASE, &writer) != NG_OK) {
    fprintf(stderr, "fuzz_extract: cannot set up (lexicon, /dev/null, writer)\n");
    exit(1);
  }
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size == 0)
    return 0;
  uint8_t mode = data[0];
  const char *path = (mode & 3) == 0 ? "fuzz.txt" : (mode & 3) == 1 ? "fuzz.html" : "-";
  ng_read_opts opts;
  memset(&opts, 0, sizeof opts);
  opts.strict = (mode & 4) != 0;
  if (mode & 8) {
    opts.fallback_date.y = 2021;
    opts.fallback_date.m = 3;
    opts.fallback_date.d = 10;
  }
  ng_doc *doc = NULL;
  if (ng_doc_from_bytes(path, (const char *)data + 1, size - 1, &opts, &doc) == NG_OK) {
    check_utf8("document text", doc->text);
    if (strlen(doc->text) != doc->len)
      fail("document length", "len is not strlen(text)");
    ng_facts facts;
    ng_facts_init(&facts);
    if (ng_extract(lex, doc, &facts) == NG_OK) {
      ng_sink sink = {checking_sink, NULL};
      ng_builder *b = ng_builder_new(NG_DEFAULT_BASE, lex, sink);
      ng_status rc = ng_builder_add(b, doc, &facts);
      if (rc != NG_OK)
        fail("ng_builder_add", ng_strerror(rc));
      ng_builder_free(b);
    }
    ng_facts_clear(&facts);
  }
  ng_doc_free(doc);
  return 0;
}
