/* writer.c - the last sink: statements to a file in one of six syntaxes.
 *
 * Turtle and TriG are written by serd, which streams and abbreviates
 * (consecutive statements about one subject share it; named graphs become
 * TriG blocks).  N-Triples and N-Quads are written here, in the canonical
 * form of the W3C specs (UTF-8 as is; only \t \b \n \r \f \" \\ and other
 * control characters escaped), through one large buffer: raptor writes them
 * a byte at a time, which cost more than the whole extraction.  RDF/XML (the
 * plain, streaming writer, not rdfxml-abbrev, which keeps the whole graph in
 * memory) and GraphViz dot are written by raptor (writer_raptor.c), which a
 * program lends the writer with ng_writer_use_raptor: the extract-only
 * program does without raptor and all it loads.  Triple syntaxes drop the
 * graph name, so they hold the union of all graphs.  JSON-LD is written
 * here too: flat and streaming (see the jsonld section).
 *
 * Write errors are sticky: the stream's error flag (and serd's or raptor's
 * own reports) turn into NG_ERR_IO from the sink or from ng_writer_finish.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <serd/serd.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "graphs/graphs.h"
#include "graphs/writer_internal.h"

#define IRI_MEMO_SLOTS 64

struct ng_writer {
  ng_format format;
  FILE *stream;       /* borrowed */
  char *base;         /* owned */
  bool io_error;      /* a write to STREAM failed */
  bool rdf_error;     /* the serializer reported an error */
  bool finished;
  /* serd (turtle, trig) */
  SerdEnv *env;
  SerdWriter *sw;
  /* raptor (rdfxml, dot), through ext_ops */
  ng_ext_serializer *ext;
  /* our own N-Triples / N-Quads serializer */
  char *nt_buf;       /* owned, nt_cap bytes */
  size_t nt_len, nt_cap;
  bool memory;        /* ng_writer_new_memory: nt_buf grows, STREAM is NULL */
  /* JSON-LD: the node being collected (consecutive statements about one
   * subject in one graph) and the named-graph entry open around it */
  char *jl_subj;        /* owned, or NULL: no node collected */
  char *jl_node_graph;  /* owned: graph of the collected node, NULL = default */
  char *jl_graph;       /* owned: the open {"@id": G, "@graph": [...]} entry, or NULL */
  unsigned long jl_top_n, jl_graph_n; /* entries written at the top and in the open graph */
  struct jl_prop *jl_props;
  size_t jl_n, jl_cap;
  /* IRIs found valid lately, by the address they were passed at (see
   * iri_len_cached) */
  struct iri_memo {
    const char *at; /* the caller's pointer last seen in this slot */
    char *iri;      /* owned copy of the IRI checked, or NULL */
    size_t len, cap;
  } memo[IRI_MEMO_SLOTS];
  struct fixed_memo { /* the same for ng_term.fixed strings: by address alone */
    const char *at;
    size_t len;
  } fixed[IRI_MEMO_SLOTS];
};

struct jl_prop { /* one predicate-object pair of the collected node (owned strings) */
  char *p;
  ng_term_type type;
  char *value, *datatype, *lang;
};

/* The contract's prefixes, in the order they are declared. */
const ng_prefix_decl ng_prefixes[] = {
    {"ng", NG_NS},
    {"rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"},
    {"rdfs", "http://www.w3.org/2000/01/rdf-schema#"},
    {"skos", "http://www.w3.org/2004/02/skos/core#"},
    {"owl", "http://www.w3.org/2002/07/owl#"},
    {"dcterms", "http://purl.org/dc/terms/"},
    {"schema", "http://schema.org/"},
    {"prov", "http://www.w3.org/ns/prov#"},
    {"nif", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"},
    {"xsd", "http://www.w3.org/2001/XMLSchema#"},
    {"sem", "http://semanticweb.cs.vu.nl/2009/11/sem/"},
    {"gaf", "http://groundedannotationframework.org/gaf#"},
};
const size_t ng_n_prefixes = sizeof ng_prefixes / sizeof ng_prefixes[0];

/* The serializer for RDF/XML and dot, when the program has one. */
static const ng_ext_serializer_ops *ext_ops;

void ng_writer_set_ext(const ng_ext_serializer_ops *ops) { ext_ops = ops; }

bool ng_writer_supports(ng_format f) {
  return f != NG_FMT_UNKNOWN && ((f != NG_FMT_RDFXML && f != NG_FMT_DOT) || ext_ops != NULL);
}

static const struct {
  const char *name;
  ng_format format;
} ng_format_names[] = {
    {"turtle", NG_FMT_TURTLE},   {"ttl", NG_FMT_TURTLE},     {"ntriples", NG_FMT_NTRIPLES},
    {"nt", NG_FMT_NTRIPLES},     {"nquads", NG_FMT_NQUADS},  {"nq", NG_FMT_NQUADS},
    {"trig", NG_FMT_TRIG},       {"rdfxml", NG_FMT_RDFXML},  {"rdf", NG_FMT_RDFXML},
    {"xml", NG_FMT_RDFXML},      {"dot", NG_FMT_DOT},        {"jsonld", NG_FMT_JSONLD},
    {"json-ld", NG_FMT_JSONLD},
};

ng_format ng_format_from_name(const char *name) {
  if (!name)
    return NG_FMT_UNKNOWN;
  for (size_t i = 0; i < sizeof ng_format_names / sizeof ng_format_names[0]; i++)
    if (strcasecmp(name, ng_format_names[i].name) == 0)
      return ng_format_names[i].format;
  return NG_FMT_UNKNOWN;
}

const char *ng_format_name(ng_format f) {
  switch (f) {
  case NG_FMT_TURTLE: return "turtle";
  case NG_FMT_NTRIPLES: return "ntriples";
  case NG_FMT_NQUADS: return "nquads";
  case NG_FMT_TRIG: return "trig";
  case NG_FMT_RDFXML: return "rdfxml";
  case NG_FMT_DOT: return "dot";
  case NG_FMT_JSONLD: return "jsonld";
  case NG_FMT_UNKNOWN: break;
  }
  return "unknown";
}

bool ng_format_has_graphs(ng_format f) { return f == NG_FMT_NQUADS || f == NG_FMT_TRIG; }

/* The bytes IRIREF excludes: controls, space, <>"{}|^`\ and DEL. */
static const unsigned char iri_bad[256] = {
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0x00 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0x10 */
    1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 0x20: space " */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, /* 0x30: < > */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 0x40 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, /* 0x50: \ ^ */
    1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 0x60: ` */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 1, /* 0x70: { | } DEL */
};

/* Length of IRI if it can be written as an IRIREF (non-empty, starts with a
 * scheme, none of the bytes IRIREF excludes), else 0.  Article text never
 * reaches an IRI unescaped, but a bad IRI must never be written, since it
 * would make the whole file unparseable. */
static size_t iri_len(const char *iri) {
  if (!iri || !((*iri >= 'a' && *iri <= 'z') || (*iri >= 'A' && *iri <= 'Z')))
    return 0;
  /* every statement has three or four IRIs to check, and this is the
   * writer's hottest loop: sixteen bytes a step where SSE2 is there (all
   * x86-64), over the length strlen found, so no load reads past the end */
  size_t n = strlen(iri), i = 0;
#ifdef __SSE2__
  const __m128i space = _mm_set1_epi8(0x20), two = _mm_set1_epi8(2);
  for (; i + 16 <= n; i += 16) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(iri + i));
    __m128i v2 = _mm_or_si128(v, two); /* < and > both become >, \ and ^ both ^ */
    __m128i bad = _mm_cmpeq_epi8(_mm_max_epu8(v, space), space); /* controls, space */
    bad = _mm_or_si128(bad, _mm_cmpeq_epi8(v, _mm_set1_epi8('"')));
    bad = _mm_or_si128(bad, _mm_cmpeq_epi8(v2, _mm_set1_epi8('>')));
    bad = _mm_or_si128(bad, _mm_cmpeq_epi8(v2, _mm_set1_epi8('^')));
    bad = _mm_or_si128(bad, _mm_cmpeq_epi8(v, _mm_set1_epi8('`')));
    bad = _mm_or_si128(bad, _mm_cmpeq_epi8(v, _mm_set1_epi8('{')));
    bad = _mm_or_si128(bad, _mm_cmpeq_epi8(v, _mm_set1_epi8('|')));
    bad = _mm_or_si128(bad, _mm_cmpeq_epi8(v, _mm_set1_epi8('}')));
    bad = _mm_or_si128(bad, _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F)));
    if (_mm_movemask_epi8(bad))
      return 0;
  }
#endif
  for (const unsigned char *p = (const unsigned char *)iri; i < n; i++)
    if (iri_bad[p[i]])
      return 0;
  return memchr(iri, ':', n) ? n : 0;
}

static bool iri_ok(const char *iri) { return iri_len(iri) != 0; }

size_t ng_iri_len(const char *iri) { return iri_len(iri); }

/* iri_len, remembering valid IRIs: most statements repeat the graph, the
 * subject, the predicate (string constants) or the datatype of one just
 * written.  The slot is chosen by the caller's pointer, but a hit needs the
 * same bytes (strcmp, much cheaper than the byte-class scan), so a buffer
 * reused for another IRI is checked again. */
static size_t iri_len_cached(ng_writer *w, const char *iri) {
  if (!iri)
    return 0;
  uintptr_t a = (uintptr_t)iri;
  struct iri_memo *m = &w->memo[((a >> 3) ^ (a >> 9)) % IRI_MEMO_SLOTS];
  if (m->iri && m->at == iri && strcmp(m->iri, iri) == 0)
    return m->len;
  size_t n = iri_len(iri);
  if (n) {
    if (n + 1 > m->cap) {
      free(m->iri);
      m->cap = n + 1 > 128 ? n + 1 : 128;
      m->iri = ng_xmalloc(m->cap);
    }
    memcpy(m->iri, iri, n + 1);
    m->at = iri;
    m->len = n;
  }
  return n;
}

/* iri_len for a string that never changes (ng_term.fixed): remembered by
 * its address, with no comparison -- the vocabulary's predicates, classes
 * and datatypes, which are most of the IRIs of a statement. */
static size_t iri_len_fixed(ng_writer *w, const char *iri) {
  uintptr_t a = (uintptr_t)iri;
  struct fixed_memo *m = &w->fixed[((a >> 3) ^ (a >> 9)) % IRI_MEMO_SLOTS];
  if (m->at == iri && iri)
    return m->len;
  size_t n = iri_len(iri);
  if (n) {
    m->at = iri;
    m->len = n;
  }
  return n;
}

/* True if T can be written; *LEN gets the length of an IRI's value, or of
 * a typed literal's datatype (else 0, and the writers use strlen). */
static bool term_ok(ng_writer *w, const ng_term *t, size_t *len) {
  *len = 0;
  if (!t->value)
    return false;
  switch (t->type) {
  case NG_TERM_IRI:
    return (*len = t->fixed ? iri_len_fixed(w, t->value) : iri_len_cached(w, t->value)) != 0;
  case NG_TERM_BLANK:
    for (const char *p = t->value; *p; p++)
      if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
            *p == '_' || *p == '-'))
        return false;
    return *t->value != '\0';
  case NG_TERM_LITERAL:
    if (t->datatype &&
        !(*len = t->fixed ? iri_len_fixed(w, t->datatype) : iri_len_cached(w, t->datatype)))
      return false;
    if (t->lang) {
      if (!*t->lang)
        return false;
      for (const char *p = t->lang; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
              *p == '-'))
          return false;
    }
    return true;
  }
  return false;
}

/* ------------------------------------------------------------------ serd */

static size_t serd_stream_sink(const void *buf, size_t len, void *stream) {
  ng_writer *w = stream;
  size_t n = fwrite(buf, 1, len, w->stream);
  if (n != len)
    w->io_error = true;
  return n;
}

static SerdStatus serd_error_sink(void *handle, const SerdError *error) {
  ng_writer *w = handle;
  (void)error; /* a failed write is already flagged by serd_stream_sink */
  if (!w->io_error)
    w->rdf_error = true;
  return SERD_SUCCESS;
}

static SerdNode serd_term(const ng_term *t) {
  SerdType type = t->type == NG_TERM_IRI ? SERD_URI : t->type == NG_TERM_BLANK ? SERD_BLANK : SERD_LITERAL;
  return serd_node_from_string(type, (const uint8_t *)t->value);
}

static ng_status serd_open(ng_writer *w) {
  SerdSyntax syntax = w->format == NG_FMT_TRIG ? SERD_TRIG : SERD_TURTLE;
  w->env = serd_env_new(NULL);
  if (!w->env)
    return NG_ERR_NOMEM;
  for (size_t i = 0; i < sizeof ng_prefixes / sizeof ng_prefixes[0]; i++)
    serd_env_set_prefix_from_strings(w->env, (const uint8_t *)ng_prefixes[i].prefix,
                                     (const uint8_t *)ng_prefixes[i].iri);
  if (w->base)
    serd_env_set_prefix_from_strings(w->env, (const uint8_t *)"id", (const uint8_t *)w->base);
  w->sw = serd_writer_new(syntax, (SerdStyle)(SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED), w->env,
                          NULL, serd_stream_sink, w);
  if (!w->sw)
    return NG_ERR_NOMEM;
  serd_writer_set_error_sink(w->sw, serd_error_sink, w);
  for (size_t i = 0; i < sizeof ng_prefixes / sizeof ng_prefixes[0]; i++) {
    SerdNode name = serd_node_from_string(SERD_LITERAL, (const uint8_t *)ng_prefixes[i].prefix);
    SerdNode uri = serd_node_from_string(SERD_URI, (const uint8_t *)ng_prefixes[i].iri);
    serd_writer_set_prefix(w->sw, &name, &uri);
  }
  if (w->base) {
    SerdNode name = serd_node_from_string(SERD_LITERAL, (const uint8_t *)"id");
    SerdNode uri = serd_node_from_string(SERD_URI, (const uint8_t *)w->base);
    serd_writer_set_prefix(w->sw, &name, &uri);
  }
  return NG_OK;
}

static ng_status serd_write(ng_writer *w, const ng_statement *st) {
  SerdNode s = serd_term(&st->s), p = serd_term(&st->p), o = serd_term(&st->o);
  SerdNode dt = SERD_NODE_NULL, lang = SERD_NODE_NULL, g = SERD_NODE_NULL;
  if (st->o.type == NG_TERM_LITERAL && st->o.datatype)
    dt = serd_node_from_string(SERD_URI, (const uint8_t *)st->o.datatype);
  else if (st->o.type == NG_TERM_LITERAL && st->o.lang)
    lang = serd_node_from_string(SERD_LITERAL, (const uint8_t *)st->o.lang);
  if (st->graph && w->format == NG_FMT_TRIG)
    g = serd_node_from_string(SERD_URI, (const uint8_t *)st->graph);
  SerdStatus rc = serd_writer_write_statement(w->sw, 0, g.buf ? &g : NULL, &s, &p, &o,
                                              dt.buf ? &dt : NULL, lang.buf ? &lang : NULL);
  if (rc && !w->io_error)
    w->rdf_error = true;
  return NG_OK;
}

/* ------------------------------------------------------------------ N-Triples, N-Quads */

#define NT_BUF_SIZE ((size_t)256 * 1024)

static void nt_flush(ng_writer *w) {
  if (w->memory)
    return; /* ng_writer_swap empties it */
  if (w->nt_len && !w->io_error && fwrite(w->nt_buf, 1, w->nt_len, w->stream) != w->nt_len)
    w->io_error = true;
  w->nt_len = 0;
}

/* A memory writer's buffer grows to hold N more bytes. */
static void nt_grow(ng_writer *w, size_t n) {
  size_t cap = w->nt_cap;
  while (cap - w->nt_len < n)
    cap *= 2;
  w->nt_buf = ng_xrealloc(w->nt_buf, cap);
  w->nt_cap = cap;
}

static void nt_put(ng_writer *w, const char *s, size_t n) {
  if (n > w->nt_cap - w->nt_len && w->memory)
    nt_grow(w, n);
  if (n > w->nt_cap - w->nt_len) {
    nt_flush(w);
    if (n > w->nt_cap) { /* larger than the whole buffer: straight through */
      if (!w->io_error && fwrite(s, 1, n, w->stream) != n)
        w->io_error = true;
      return;
    }
  }
  memcpy(w->nt_buf + w->nt_len, s, n);
  w->nt_len += n;
}

static inline void nt_putc(ng_writer *w, char c) {
  if (w->nt_len == w->nt_cap)
    w->memory ? nt_grow(w, 1) : nt_flush(w);
  w->nt_buf[w->nt_len++] = c;
}

/* Literal bytes: 0 copied as is, 1 escaped, 2 the lead or continuation
 * byte of a multi-byte sequence (copied if the sequence is valid UTF-8). */
static const unsigned char lit_class[256] = {
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0x00 */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0x10 */
    0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 0x20: " */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 0x30 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 0x40 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, /* 0x50: \ */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 0x60 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, /* 0x70: DEL */
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
};

/* The escape of the byte C of class 1 (see lit_class) into ESC; returns
 * its length: ECHAR for the seven characters that have one, else \uXXXX. */
static size_t lit_escape(unsigned char c, char esc[6]) {
  static const char hex[] = "0123456789ABCDEF";
  esc[0] = '\\';
  switch (c) {
  case '\t': esc[1] = 't'; return 2;
  case '\b': esc[1] = 'b'; return 2;
  case '\n': esc[1] = 'n'; return 2;
  case '\r': esc[1] = 'r'; return 2;
  case '\f': esc[1] = 'f'; return 2;
  case '"': esc[1] = '"'; return 2;
  case '\\': esc[1] = '\\'; return 2;
  default:
    esc[1] = 'u';
    esc[2] = '0';
    esc[3] = '0';
    esc[4] = hex[c >> 4];
    esc[5] = hex[c & 0xF];
    return 6;
  }
}

/* The most bytes LIT_MAX(N) that N bytes of a literal become, quotes
 * included: a control character is six (\u0000), anything else at most
 * three (an invalid byte becomes U+FFFD). */
#define LIT_MAX(n) (6 * (n) + 2)

/* Writes S (LEN bytes, no NUL among them) as a STRING_LITERAL_QUOTE in
 * canonical form to Q, which has room for LIT_MAX(LEN) bytes; returns the
 * end.  ECHAR for the seven characters that have one, \uXXXX for the other
 * controls and DEL, UTF-8 as is.  A byte that is not part of valid UTF-8
 * (the readers never let one through; this is the last line of defence)
 * becomes U+FFFD. */
static char *put_literal(char *q, const char *s, size_t len) {
  *q++ = '"';
  const unsigned char *p = (const unsigned char *)s, *end = p + len;
  while (p < end) {
    const unsigned char *run = p;
#ifdef __SSE2__
    /* sixteen plain bytes a step: no control, ", \\, DEL or non-ASCII
     * byte -- a signed compare puts 0x80-0xFF below 0x20 too */
    const __m128i sp = _mm_set1_epi8(0x20);
    while (end - p >= 16) {
      __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
      __m128i stop = _mm_cmplt_epi8(v, sp);
      stop = _mm_or_si128(stop, _mm_cmpeq_epi8(v, _mm_set1_epi8('"')));
      stop = _mm_or_si128(stop, _mm_cmpeq_epi8(v, _mm_set1_epi8('\\')));
      stop = _mm_or_si128(stop, _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F)));
      int m = _mm_movemask_epi8(stop);
      if (m) {
        p += __builtin_ctz((unsigned)m);
        break;
      }
      p += 16;
    }
#endif
    while (p < end && lit_class[*p] == 0)
      p++;
    memcpy(q, run, (size_t)(p - run));
    q += p - run;
    if (p == end)
      break;
    if (lit_class[*p] == 2) {
      uint32_t cp;
      size_t n = ng_utf8_decode((const char *)p, (size_t)(end - p) < 4 ? (size_t)(end - p) : 4, &cp);
      if (n) {
        memcpy(q, p, n);
        q += n;
        p += n;
      } else {
        memcpy(q, "\xEF\xBF\xBD", 3);
        q += 3;
        p++;
      }
      continue;
    }
    q += lit_escape(*p, q);
    p++;
  }
  *q++ = '"';
  return q;
}

#define LIT_CONT(c) (((unsigned char)(c) & 0xC0) == 0x80) /* a UTF-8 continuation byte */

/* put_literal through the buffer, for a literal of LEN bytes too long for
 * it in one piece.  A piece never ends inside a sequence, so that each
 * byte is decoded as it is in one piece: it ends before a byte that is no
 * continuation byte, or after three continuation bytes (no sequence that
 * starts before them reaches past them: four bytes at most). */
static void nt_literal_long(ng_writer *w, const char *s, size_t len) {
  char piece[LIT_MAX(1024)];
  size_t i = 0;
  nt_putc(w, '"');
  while (i < len) {
    size_t n = len - i < 1024 ? len - i : 1024;
    if (i + n < len && LIT_CONT(s[i + n])) {
      size_t j = i + n;
      while (j > i + n - 3 && LIT_CONT(s[j]))
        j--;
      if (!LIT_CONT(s[j]))
        n = j - i; /* else s[j..i+n) are continuation bytes: n stays */
    }
    char *q = put_literal(piece, s + i, n);
    /* without its quotes */
    nt_put(w, piece + 1, (size_t)(q - piece) - 2);
    i += n;
  }
  nt_putc(w, '"');
}

/* Writes S as a literal (see put_literal). */
static void nt_literal(ng_writer *w, const char *s) {
  size_t len = strlen(s);
  if (LIT_MAX(len) > w->nt_cap - w->nt_len && w->memory)
    nt_grow(w, LIT_MAX(len));
  if (LIT_MAX(len) > w->nt_cap - w->nt_len)
    nt_flush(w);
  if (LIT_MAX(len) <= w->nt_cap - w->nt_len)
    w->nt_len = (size_t)(put_literal(w->nt_buf + w->nt_len, s, len) - w->nt_buf);
  else
    nt_literal_long(w, s, len);
}

static void nt_iri(ng_writer *w, const char *iri, size_t len) {
  nt_putc(w, '<');
  nt_put(w, iri, len);
  nt_putc(w, '>');
}

/* LEN: the length of an IRI term's value or of a literal's datatype (from
 * term_ok). */
static void nt_term(ng_writer *w, const ng_term *t, size_t len) {
  switch (t->type) {
  case NG_TERM_IRI: nt_iri(w, t->value, len); break;
  case NG_TERM_BLANK:
    nt_put(w, "_:", 2);
    nt_put(w, t->value, strlen(t->value));
    break;
  case NG_TERM_LITERAL:
    nt_literal(w, t->value);
    if (t->datatype) {
      nt_put(w, "^^", 2);
      nt_iri(w, t->datatype, len);
    } else if (t->lang) {
      nt_putc(w, '@');
      nt_put(w, t->lang, strlen(t->lang));
    }
    break;
  }
}

#ifdef __SSE2__
/* Copies the sixteen bytes at S to Q. */
static inline void move16(char *q, const char *s) {
  _mm_storeu_si128((__m128i *)(void *)q, _mm_loadu_si128((const __m128i *)(const void *)s));
}
#endif

/* Copies N bytes from S to Q; returns the end.  The IRIs of a statement
 * are 16 to 128 bytes: those are copied inline, by sixteen-byte moves from
 * the front and from the back that overlap in the middle (a call to
 * memcpy for each was a good part of writing a statement). */
static inline char *put_bytes(char *q, const char *s, size_t n) {
#ifdef __SSE2__
  if (n >= 16 && n <= 128) {
    if (n > 64) {
      move16(q + 32, s + 32);
      move16(q + 48, s + 48);
      move16(q + n - 64, s + n - 64);
      move16(q + n - 48, s + n - 48);
    }
    if (n > 32) {
      move16(q + 16, s + 16);
      move16(q + n - 32, s + n - 32);
    }
    move16(q, s);
    move16(q + n - 16, s + n - 16);
    return q + n;
  }
#endif
  memcpy(q, s, n);
  return q + n;
}

/* Copies <IRI> (LEN bytes) to Q, which has room; returns the end. */
static inline char *put_iri(char *q, const char *iri, size_t len) {
  *q++ = '<';
  q = put_bytes(q, iri, len);
  *q++ = '>';
  return q;
}

/* The most bytes term T can take (LEN as for nt_term); *VLEN gets the
 * length of a literal's or blank node's value. */
static inline size_t term_max(const ng_term *t, size_t len, size_t *vlen) {
  switch (t->type) {
  case NG_TERM_IRI: return len + 2;
  case NG_TERM_BLANK: return (*vlen = strlen(t->value)) + 2;
  case NG_TERM_LITERAL:
    *vlen = strlen(t->value);
    return LIT_MAX(*vlen) + (t->datatype ? len + 4 : t->lang ? strlen(t->lang) + 1 : 0);
  }
  return 0;
}

/* Copies T as nt_term writes it to Q, which has room for term_max bytes
 * (VLEN from it); returns the end. */
static char *put_term(char *q, const ng_term *t, size_t len, size_t vlen) {
  switch (t->type) {
  case NG_TERM_IRI: return put_iri(q, t->value, len);
  case NG_TERM_BLANK:
    memcpy(q, "_:", 2);
    memcpy(q + 2, t->value, vlen);
    return q + 2 + vlen;
  case NG_TERM_LITERAL:
    q = put_literal(q, t->value, vlen);
    if (t->datatype) {
      memcpy(q, "^^", 2);
      q = put_iri(q + 2, t->datatype, len);
    } else if (t->lang) {
      size_t n = strlen(t->lang);
      *q++ = '@';
      memcpy(q, t->lang, n);
      q += n;
    }
    return q;
  }
  return q;
}

/* Makes room for N more bytes in the buffer (growing a memory writer's,
 * flushing another's); false if N bytes are more than it holds. */
static bool nt_room(ng_writer *w, size_t n) {
  if (n > w->nt_cap - w->nt_len && w->memory)
    nt_grow(w, n);
  if (n > w->nt_cap - w->nt_len)
    nt_flush(w);
  return n <= w->nt_cap - w->nt_len;
}

/* The terms were checked by writer_statement (term_ok), which measured
 * the IRIs: LEN holds the lengths of s, p, o and the graph. */
static ng_status nt_write(ng_writer *w, const ng_statement *st, const size_t len[4]) {
  bool quad = st->graph && w->format == NG_FMT_NQUADS;
  /* room for the most the statement can take, then straight copies: one
   * check for room, not one per piece */
  size_t vlen[3] = {0, 0, 0};
  size_t n = term_max(&st->s, len[0], &vlen[0]) + len[1] + term_max(&st->o, len[2], &vlen[2]) +
             (quad ? len[3] + 3 : 0) + 7;
  if (nt_room(w, n)) {
    char *q = w->nt_buf + w->nt_len;
    /* (IRIs, nearly every term, inline) */
    q = st->s.type == NG_TERM_IRI ? put_iri(q, st->s.value, len[0])
                                  : put_term(q, &st->s, len[0], vlen[0]);
    *q++ = ' ';
    q = put_iri(q, st->p.value, len[1]);
    *q++ = ' ';
    q = st->o.type == NG_TERM_IRI ? put_iri(q, st->o.value, len[2])
                                  : put_term(q, &st->o, len[2], vlen[2]);
    if (quad) {
      *q++ = ' ';
      q = put_iri(q, st->graph, len[3]);
    }
    memcpy(q, " .\n", 3);
    w->nt_len = (size_t)(q + 3 - w->nt_buf);
    return NG_OK;
  }
  /* larger than the buffer (a literal of tens of kilobytes): piece by piece */
  nt_term(w, &st->s, len[0]);
  nt_putc(w, ' ');
  nt_term(w, &st->p, len[1]);
  nt_putc(w, ' ');
  nt_term(w, &st->o, len[2]);
  if (quad) {
    nt_putc(w, ' ');
    nt_iri(w, st->graph, len[3]);
  }
  nt_put(w, " .\n", 3);
  return NG_OK;
}

/* ------------------------------------------------------------------ jsonld
 *
 * Flat JSON-LD, streamed:
 *   {"@context": {"ng": "...", ...},
 *    "@graph": [
 *      {"@id": S, "@type": [...], "ng:p": [values]},          default graph
 *      {"@id": DOC, "@graph": [ {"@id": S, ...}, ... ]}       a named graph
 *    ]}
 * Consecutive statements about one subject in one graph become one node
 * object; a subject (or graph) met again later gets another object with the
 * same @id, which JSON-LD processors merge.  Every string is JSON-escaped;
 * keys and @type values are compacted with the context's prefixes only when
 * the local part is a plain name. */

static void json_str(ng_buf *b, const char *s) {
  ng_buf_addc(b, '"');
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    switch (*p) {
    case '"': ng_buf_adds(b, "\\\""); break;
    case '\\': ng_buf_adds(b, "\\\\"); break;
    case '\n': ng_buf_adds(b, "\\n"); break;
    case '\r': ng_buf_adds(b, "\\r"); break;
    case '\t': ng_buf_adds(b, "\\t"); break;
    case '\b': ng_buf_adds(b, "\\b"); break;
    case '\f': ng_buf_adds(b, "\\f"); break;
    default:
      if (*p < 0x20 || *p == 0x7f)
        ng_buf_printf(b, "\\u%04x", *p);
      else
        ng_buf_addc(b, (char)*p);
    }
  }
  ng_buf_addc(b, '"');
}

/* IRI as a JSON string, compacted to prefix:local where that is safe. */
static void json_iri(ng_buf *b, const char *iri) {
  for (size_t i = 0; i < sizeof ng_prefixes / sizeof ng_prefixes[0]; i++) {
    size_t n = strlen(ng_prefixes[i].iri);
    if (strncmp(iri, ng_prefixes[i].iri, n) != 0 || !iri[n])
      continue;
    const char *local = iri + n;
    bool plain = (*local >= 'a' && *local <= 'z') || (*local >= 'A' && *local <= 'Z') || *local == '_';
    for (const char *q = local; *q && plain; q++)
      plain = (*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') || (*q >= '0' && *q <= '9') ||
              *q == '_' || *q == '-';
    if (!plain)
      continue;
    ng_buf tmp;
    ng_buf_init(&tmp);
    ng_buf_printf(&tmp, "%s:%s", ng_prefixes[i].prefix, local);
    json_str(b, tmp.data);
    ng_buf_free(&tmp);
    return;
  }
  json_str(b, iri);
}

static void jl_write(ng_writer *w, ng_buf *b) {
  if (b->len && fwrite(b->data, 1, b->len, w->stream) != b->len)
    w->io_error = true;
  ng_buf_clear(b);
}

static ng_status jsonld_open(ng_writer *w) {
  ng_buf b;
  ng_buf_init(&b);
  ng_buf_adds(&b, "{\n  \"@context\": {");
  for (size_t i = 0; i < sizeof ng_prefixes / sizeof ng_prefixes[0]; i++) {
    ng_buf_adds(&b, i ? ",\n    " : "\n    ");
    json_str(&b, ng_prefixes[i].prefix);
    ng_buf_adds(&b, ": ");
    json_str(&b, ng_prefixes[i].iri);
  }
  ng_buf_adds(&b, "\n  },\n  \"@graph\": [");
  jl_write(w, &b);
  ng_buf_free(&b);
  return w->io_error ? NG_ERR_IO : NG_OK;
}

static void jl_props_clear(ng_writer *w) {
  for (size_t i = 0; i < w->jl_n; i++) {
    free(w->jl_props[i].p);
    free(w->jl_props[i].value);
    free(w->jl_props[i].datatype);
    free(w->jl_props[i].lang);
  }
  w->jl_n = 0;
  free(w->jl_subj);
  w->jl_subj = NULL;
  free(w->jl_node_graph);
  w->jl_node_graph = NULL;
}

static void jl_value(ng_buf *b, const struct jl_prop *v) {
  if (v->type == NG_TERM_IRI) {
    ng_buf_adds(b, "{\"@id\": ");
    json_str(b, v->value);
    ng_buf_addc(b, '}');
  } else if (v->type == NG_TERM_BLANK) {
    ng_buf_adds(b, "{\"@id\": \"_:");
    ng_buf_adds(b, v->value); /* term_ok: [A-Za-z0-9_-]+ */
    ng_buf_adds(b, "\"}");
  } else if (v->datatype) {
    ng_buf_adds(b, "{\"@value\": ");
    json_str(b, v->value);
    ng_buf_adds(b, ", \"@type\": ");
    json_iri(b, v->datatype);
    ng_buf_addc(b, '}');
  } else if (v->lang) {
    ng_buf_adds(b, "{\"@value\": ");
    json_str(b, v->value);
    ng_buf_adds(b, ", \"@language\": ");
    json_str(b, v->lang);
    ng_buf_addc(b, '}');
  } else {
    json_str(b, v->value);
  }
}

#define JL_RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

/* rdf:type with an IRI object is written as @type. */
static bool jl_is_type(const struct jl_prop *v) {
  return v->type == NG_TERM_IRI && strcmp(v->p, JL_RDF_TYPE) == 0;
}

/* Writes the collected node object, if any. */
static void jl_flush_node(ng_writer *w) {
  if (!w->jl_subj)
    return;
  bool in_graph = w->jl_node_graph != NULL;
  unsigned long *count = in_graph ? &w->jl_graph_n : &w->jl_top_n;
  const char *indent = in_graph ? "      " : "    ";
  ng_buf b;
  ng_buf_init(&b);
  ng_buf_adds(&b, *count ? ",\n" : "\n");
  ng_buf_adds(&b, indent);
  ng_buf_adds(&b, "{\"@id\": ");
  json_str(&b, w->jl_subj);
  bool first = true;
  for (size_t i = 0; i < w->jl_n; i++) {
    if (!jl_is_type(&w->jl_props[i]))
      continue;
    ng_buf_adds(&b, first ? ", \"@type\": [" : ", ");
    json_iri(&b, w->jl_props[i].value);
    first = false;
  }
  if (!first)
    ng_buf_addc(&b, ']');
  /* the other predicates, each once, in order of first appearance */
  for (size_t i = 0; i < w->jl_n; i++) {
    const struct jl_prop *v = &w->jl_props[i];
    bool seen = jl_is_type(v);
    for (size_t k = 0; k < i && !seen; k++)
      seen = !jl_is_type(&w->jl_props[k]) && strcmp(w->jl_props[k].p, v->p) == 0;
    if (seen)
      continue;
    ng_buf_adds(&b, ",\n");
    ng_buf_adds(&b, indent);
    ng_buf_adds(&b, "  ");
    json_iri(&b, v->p);
    ng_buf_adds(&b, ": [");
    bool firstv = true;
    for (size_t k = i; k < w->jl_n; k++) {
      const struct jl_prop *o = &w->jl_props[k];
      if (jl_is_type(o) || strcmp(o->p, v->p) != 0)
        continue;
      if (!firstv)
        ng_buf_adds(&b, ", ");
      jl_value(&b, o);
      firstv = false;
    }
    ng_buf_addc(&b, ']');
  }
  ng_buf_addc(&b, '}');
  jl_write(w, &b);
  ng_buf_free(&b);
  (*count)++;
  jl_props_clear(w);
}

static void jl_close_graph(ng_writer *w) {
  if (!w->jl_graph)
    return;
  ng_buf b;
  ng_buf_init(&b);
  ng_buf_adds(&b, "\n    ]}");
  jl_write(w, &b);
  ng_buf_free(&b);
  free(w->jl_graph);
  w->jl_graph = NULL;
}

static bool str_eq(const char *a, const char *b) { return a == b || (a && b && strcmp(a, b) == 0); }

static ng_status jsonld_write(ng_writer *w, const ng_statement *st) {
  ng_buf subj;
  ng_buf_init(&subj);
  if (st->s.type == NG_TERM_BLANK)
    ng_buf_adds(&subj, "_:");
  ng_buf_adds(&subj, st->s.value);
  if (w->jl_subj && (!str_eq(w->jl_subj, subj.data) || !str_eq(w->jl_node_graph, st->graph)))
    jl_flush_node(w);
  if (!str_eq(w->jl_graph, st->graph)) {
    jl_close_graph(w);
    if (st->graph) {
      ng_buf b;
      ng_buf_init(&b);
      ng_buf_adds(&b, w->jl_top_n ? ",\n    {\"@id\": " : "\n    {\"@id\": ");
      json_str(&b, st->graph);
      ng_buf_adds(&b, ", \"@graph\": [");
      jl_write(w, &b);
      ng_buf_free(&b);
      w->jl_top_n++;
      w->jl_graph_n = 0;
      w->jl_graph = ng_xstrdup(st->graph);
    }
  }
  if (!w->jl_subj) {
    w->jl_subj = ng_buf_steal(&subj);
    w->jl_node_graph = st->graph ? ng_xstrdup(st->graph) : NULL;
  }
  ng_buf_free(&subj);
  if (w->jl_n == w->jl_cap) {
    w->jl_cap = w->jl_cap ? 2 * w->jl_cap : 16;
    w->jl_props = ng_xrealloc(w->jl_props, w->jl_cap * sizeof *w->jl_props);
  }
  struct jl_prop *v = &w->jl_props[w->jl_n++];
  v->p = ng_xstrdup(st->p.value);
  v->type = st->o.type;
  v->value = ng_xstrdup(st->o.value);
  v->datatype = st->o.type == NG_TERM_LITERAL && st->o.datatype ? ng_xstrdup(st->o.datatype) : NULL;
  v->lang = st->o.type == NG_TERM_LITERAL && !st->o.datatype && st->o.lang ? ng_xstrdup(st->o.lang) : NULL;
  return w->io_error ? NG_ERR_IO : NG_OK;
}

static void jsonld_finish(ng_writer *w) {
  jl_flush_node(w);
  jl_close_graph(w);
  ng_buf b;
  ng_buf_init(&b);
  ng_buf_adds(&b, w->jl_top_n ? "\n  ]\n}\n" : "]\n}\n");
  jl_write(w, &b);
  ng_buf_free(&b);
}

/* ------------------------------------------------------------------ public */

ng_status ng_writer_new(ng_format format, FILE *stream, const char *base, ng_writer **out) {
  *out = NULL;
  if (!stream || format == NG_FMT_UNKNOWN)
    return NG_ERR_USAGE;
  if (base && !iri_ok(base))
    return NG_ERR_RDF;
  ng_writer *w = ng_xcalloc(1, sizeof *w);
  w->format = format;
  w->stream = stream;
  w->base = base ? ng_xstrdup(base) : NULL;
  ng_status rc = NG_OK;
  if (format == NG_FMT_NTRIPLES || format == NG_FMT_NQUADS) {
    w->nt_cap = NT_BUF_SIZE;
    w->nt_buf = ng_xmalloc(w->nt_cap);
  } else if (format == NG_FMT_JSONLD) {
    rc = jsonld_open(w);
  } else {
    rc = (format == NG_FMT_TURTLE || format == NG_FMT_TRIG) ? serd_open(w)
         : ext_ops ? ext_ops->open(format, stream, w->base, &w->rdf_error, &w->ext)
                   : NG_ERR_USAGE;
  }
  if (rc) {
    ng_writer_free(w);
    return rc;
  }
  *out = w;
  return NG_OK;
}

#define NT_MEMORY_SIZE ((size_t)64 * 1024)

ng_status ng_writer_new_memory(ng_format format, const char *base, ng_writer **out) {
  *out = NULL;
  if (format != NG_FMT_NTRIPLES && format != NG_FMT_NQUADS)
    return NG_ERR_USAGE;
  if (base && !iri_ok(base))
    return NG_ERR_RDF;
  ng_writer *w = ng_xcalloc(1, sizeof *w);
  w->format = format;
  w->memory = true;
  w->base = base ? ng_xstrdup(base) : NULL;
  w->nt_cap = NT_MEMORY_SIZE;
  w->nt_buf = ng_xmalloc(w->nt_cap);
  *out = w;
  return NG_OK;
}

const char *ng_writer_data(const ng_writer *w, size_t *len) {
  *len = w && w->memory ? w->nt_len : 0;
  return w && w->memory ? w->nt_buf : "";
}

size_t ng_writer_room(const ng_writer *w) { return w && w->nt_buf ? w->nt_cap - w->nt_len : 0; }

void ng_writer_swap(ng_writer *w, ng_buf *out) {
  if (!w || !w->memory || !out)
    return;
  if (w->nt_len == w->nt_cap)
    nt_grow(w, 1);
  w->nt_buf[w->nt_len] = '\0';
  char *data = out->data;
  size_t cap = out->cap;
  out->data = w->nt_buf;
  out->len = w->nt_len;
  out->cap = w->nt_cap;
  if (cap < NT_MEMORY_SIZE) {
    free(data);
    cap = NT_MEMORY_SIZE;
    data = ng_xmalloc(cap);
  }
  w->nt_buf = data;
  w->nt_cap = cap;
  w->nt_len = 0;
}

ng_status ng_writer_put_raw(ng_writer *w, const char *bytes, size_t len) {
  if (!w || !w->nt_buf || w->finished)
    return NG_ERR_USAGE;
  if (w->io_error)
    return NG_ERR_IO;
  /* a document's graph too goes through the buffer: writing each one
   * straight to the stream (a few tens of KB, after a few KB of the shared
   * graph) cost -j N two write(2) calls per document, and on a virtual
   * machine a syscall and a short write into the page cache cost more than
   * copying the bytes once */
  nt_put(w, bytes, len);
  return w->io_error ? NG_ERR_IO : NG_OK;
}

/* Writes ST, checking each term but those MINTED vouches for (see
 * ng_writer_put_minted; all zero from the sink). */
static ng_status write_statement(ng_writer *w, const ng_statement *st, const size_t minted[4]) {
  if (w->finished)
    return NG_ERR_RDF;
  /* (ferror takes the stream's lock: not per statement when our buffer,
   * whose flushes set io_error, is the only writer to the stream) */
  if (w->io_error || (!w->nt_buf && ferror(w->stream)))
    return NG_ERR_IO;
  size_t len[4] = {minted[0], minted[1], minted[2], minted[3]};
  if ((!len[0] && !term_ok(w, &st->s, &len[0])) || st->s.type == NG_TERM_LITERAL ||
      (!len[1] && !term_ok(w, &st->p, &len[1])) || st->p.type != NG_TERM_IRI ||
      (!len[2] && !term_ok(w, &st->o, &len[2])) ||
      (st->graph && !len[3] && !(len[3] = iri_len_cached(w, st->graph)))) {
    ng_log(NG_LOG_ERROR, NULL, 0, 0, "refusing to write an invalid RDF term (subject <%s>)",
           st->s.value ? st->s.value : "");
    return NG_ERR_RDF;
  }
  ng_status rc = w->nt_buf                    ? nt_write(w, st, len)
                 : w->format == NG_FMT_JSONLD ? jsonld_write(w, st)
                 : (w->format == NG_FMT_TURTLE || w->format == NG_FMT_TRIG) ? serd_write(w, st)
                                                                            : ext_ops->write(w->ext, st);
  if (rc)
    return rc;
  if (w->nt_buf && !w->io_error)
    return NG_OK; /* the buffer's own flushes set io_error */
  if (w->io_error || ferror(w->stream))
    return NG_ERR_IO;
  if (w->rdf_error)
    return NG_ERR_RDF;
  return NG_OK;
}

static ng_status writer_statement(void *ctx, const ng_statement *st) {
  static const size_t none[4] = {0, 0, 0, 0};
  return write_statement(ctx, st, none);
}

ng_writer *ng_writer_of_sink(ng_sink sink) {
  return sink.statement == writer_statement ? sink.ctx : NULL;
}

ng_status ng_writer_put_minted(ng_writer *w, const ng_statement *st, const size_t minted[4]) {
  /* only IRIs can be vouched for */
  size_t m[4] = {st->s.type == NG_TERM_IRI ? minted[0] : 0, st->p.type == NG_TERM_IRI ? minted[1] : 0,
                 st->o.type == NG_TERM_IRI ? minted[2] : 0, st->graph ? minted[3] : 0};
  return write_statement(w, st, m);
}

ng_status ng_writer_put_po(ng_writer *w, const char *s, size_t s_len, const char *g, size_t g_len,
                           const ng_po *po, size_t n) {
  /* as nt_write, for N statements at once (IRIs and literals without a
   * language tag: blank nodes and tags are checked, one by one) */
  bool fast = w->nt_buf && !w->finished && !w->io_error && n <= NG_PO_MAX;
  bool quad = g && w->format == NG_FMT_NQUADS;
  size_t vlen[NG_PO_MAX], need = 0;
  for (size_t i = 0; i < n && fast; i++) {
    const ng_term *o = &po[i].o;
    need += s_len + po[i].p_len + (quad ? g_len + 3 : 0) + 9; /* <s> <p> _ .\n */
    if (o->type == NG_TERM_IRI) {
      need += po[i].o_len + 2;
    } else if (o->type == NG_TERM_LITERAL && !o->lang) {
      vlen[i] = strlen(o->value);
      need += LIT_MAX(vlen[i]) + (o->datatype ? po[i].o_len + 4 : 0);
    } else {
      fast = false;
    }
  }
  if (fast && nt_room(w, need)) {
    char *q = w->nt_buf + w->nt_len;
    for (size_t i = 0; i < n; i++) {
      const ng_term *o = &po[i].o;
      q = put_iri(q, s, s_len);
      *q++ = ' ';
      q = put_iri(q, po[i].p, po[i].p_len);
      *q++ = ' ';
      if (o->type == NG_TERM_IRI) {
        q = put_iri(q, o->value, po[i].o_len);
      } else {
        q = put_literal(q, o->value, vlen[i]);
        if (o->datatype) {
          memcpy(q, "^^", 2);
          q = put_iri(q + 2, o->datatype, po[i].o_len);
        }
      }
      if (quad) {
        *q++ = ' ';
        q = put_iri(q, g, g_len);
      }
      memcpy(q, " .\n", 3);
      q += 3;
    }
    w->nt_len = (size_t)(q - w->nt_buf);
    return NG_OK;
  }
  /* any other writer, or too long for the buffer: one by one */
  for (size_t i = 0; i < n; i++) {
    ng_statement st = {{NG_TERM_IRI, s, NULL, NULL, false},
                       {NG_TERM_IRI, po[i].p, NULL, NULL, true},
                       po[i].o,
                       g};
    size_t m[4] = {s_len, po[i].p_len, po[i].o.type == NG_TERM_IRI ? po[i].o_len : 0,
                   g ? g_len : 0};
    ng_status rc = write_statement(w, &st, m);
    if (rc)
      return rc;
  }
  return NG_OK;
}

ng_sink ng_writer_sink(ng_writer *w) {
  ng_sink sink = {writer_statement, w};
  return sink;
}

ng_status ng_writer_finish(ng_writer *w) {
  if (!w)
    return NG_ERR_USAGE;
  if (!w->finished) {
    w->finished = true;
    if (w->nt_buf) {
      nt_flush(w);
    } else if (w->format == NG_FMT_JSONLD) {
      jsonld_finish(w);
    } else if (w->sw) {
      if (serd_writer_finish(w->sw) != SERD_SUCCESS && !w->io_error)
        w->rdf_error = true;
    } else if (w->ext) {
      /* everything the serializer holds reaches the stream before the flush */
      ext_ops->end(w->ext);
    }
    errno = 0;
    if (w->stream && fflush(w->stream) != 0)
      w->io_error = true;
  }
  if (w->io_error || (w->stream && ferror(w->stream)))
    return NG_ERR_IO;
  return w->rdf_error ? NG_ERR_RDF : NG_OK;
}

void ng_writer_free(ng_writer *w) {
  if (!w)
    return;
  if (w->sw)
    serd_writer_free(w->sw);
  if (w->env)
    serd_env_free(w->env);
  if (w->ext)
    ext_ops->free(w->ext);
  free(w->nt_buf);
  for (size_t i = 0; i < IRI_MEMO_SLOTS; i++)
    free(w->memo[i].iri);
  jl_props_clear(w);
  free(w->jl_props);
  free(w->jl_graph);
  free(w->base);
  free(w);
}
