/* builder.c - the facts of one document become RDF statements.
 *
 * MINTING RULE (deterministic: the same input gives the same IRIs on any
 * machine and in any order, so graphs built separately merge by union).
 * BASE is --base (default https://w3id.org/newsgraph/id/).
 *
 *   document   BASE doc-<first 16 hex digits of SHA-256 of the input bytes>
 *              e.g. https://w3id.org/newsgraph/id/doc-4663380acb44f758
 *              This IRI also names the graph of what the document asserts.
 *   country    BASE country-<ISO 3166-1 alpha-2, upper case>    country-NO
 *   person     BASE person-<key>                                person-kari-haugland
 *   org        BASE org-<key>                                   org-isis
 *   place      BASE place-<key>                                 place-oslo-no
 *              (keys are slugs from the extractor; a key with any other
 *              character is slugged again, see SLUG)
 *   post       BASE post-<ISO of the country | org-<org key> | person-<person key>>-<SLUG(title)>
 *              (a post whose country the text does not state is the holder's own:
 *              "President" alone is not one post shared by every president)
 *                                                               post-RU-foreign-minister
 *   event      BASE event-<kind>-<first 16 hex of SHA-256(MERGE KEY)>
 *              kind: agreement airspace meeting statement arms deployment
 *   mention    <document IRI>#char=<begin>,<end>  (Unicode code points into the
 *              cleaned text, RFC 5147 style)
 *
 * MERGE KEYS (what makes two reports the same event).  An entity is written
 * as its kind letter and key: c:NO, p:kari-haugland, o:nato, l:oslo-no; a
 * list of entities is sorted byte-wise and joined by ","; anything absent is "-".
 *   agreement|<type>|<parties>
 *   airspace|<grantors>|<grantees>|<status>
 *   meeting|<participants>|<date YYYY-MM-DD or ->[|Planned]  (planned and held meetings are never one node)
 *   statement|<speakers>|<quote, ASCII-folded, lower case, whitespace collapsed>
 *   arms|<buyers>|<sellers>
 *   deployment|<actors>|<locations>
 *
 * SLUG(s): ASCII-folded, lower case, every run of characters other than a-z
 * and 0-9 becomes one "-", leading and trailing "-" removed.  If that is
 * longer than 80 characters it is cut to 80 (and trailing "-" removed) and
 * "-" + the first 8 hex digits of SHA-256(s) appended; an empty slug becomes
 * "x-" + those 8 digits.
 *
 * GRAPHS.  What an entity is (its types, rdfs:label, skos:altLabel, ISO code,
 * owl:sameAs, ng:country; posts with their title and holder organisation)
 * goes to the default graph, once per run for each IRI and each alternative
 * name (remembered in a set bounded to NG_BUILDER_MAX_SEEN entries; beyond
 * that descriptions are simply repeated, which is harmless).  Events of one
 * document that get one IRI (the merge keys leave out, say, where a meeting
 * was) are one node: the later ones add only the statements the first one
 * did not make.  What a document asserts (the document
 * itself, who is mentioned where, who holds which post, the events) goes to
 * the graph named by the document IRI.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif
#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "graphs/graphs.h"

#define NG_BUILDER_MAX_SEEN 1000000u
/* pairs compared when an event repeats an earlier one's IRI (beyond this,
 * statements may repeat, which is harmless) */
#define NG_BUILDER_MAX_COMPARE 65536u
#define CONST_LEN_SLOTS 64

#define RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#define RDFS "http://www.w3.org/2000/01/rdf-schema#"
#define SKOS "http://www.w3.org/2004/02/skos/core#"
#define OWL "http://www.w3.org/2002/07/owl#"
#define DCTERMS "http://purl.org/dc/terms/"
#define SCHEMA "http://schema.org/"
#define NIF "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
#define XSD "http://www.w3.org/2001/XMLSchema#"
#define WIKIDATA "http://www.wikidata.org/entity/"

/* what of an IRI's default-graph description has been written (map values) */
enum {
  SEEN_BASE = 1,     /* types and codes */
  SEEN_LABEL = 2,    /* rdfs:label */
  SEEN_OFFICIAL = 4  /* ng:Official */
};

/* A set of mentions (their code point spans), emptied per document by
 * moving on to the next generation. */
typedef struct {
  struct span_slot {
    uint64_t key;  /* cb << 32 | ce */
    uint32_t gen;  /* the slot holds KEY if this is the set's generation */
  } *slots;
  size_t cap, n;   /* cap a power of two */
  uint32_t gen;
} span_set;

struct ng_builder {
  char *base;            /* owned */
  const ng_lexicon *lex; /* borrowed, may be NULL */
  ng_sink sink;
  ng_writer *writer;     /* the writer behind SINK (ng_writer_of_sink) or NULL */
  bool base_ok;          /* ng_iri_len accepts BASE */
  ng_strmap *seen;       /* IRI -> (uintptr_t) SEEN_* flags */
  unsigned long count;
  ng_buf lit;            /* scratch for emit_lit (kept: no allocation per literal) */
  ng_buf mention;        /* the mention IRIs of emit_mentions (likewise) */
  struct mention_at {
    size_t off;          /* of the IRI in MENTION, or SIZE_MAX: none */
    size_t b_len, e_len; /* digits of its begin and end */
  } *mention_at;
  size_t mention_cap;
  /* the document being added: its IRI (the graph of most statements), and
   * whether its IRIs can be vouched for to WRITER (see emit_term) */
  const char *doc;
  size_t doc_len;
  bool minted;
  /* per-document storage, kept from one document to the next: the IRIs of
   * the entities and posts (in IRI_STORE, see builder_add), the entities'
   * official flags, and the mentions described */
  ng_buf iri_store;
  char **iris;           /* n_ent entity IRIs, then n_post post IRIs (NULL: skipped) */
  size_t *iri_lens;      /* their lengths */
  bool *official;
  size_t *post_index;    /* n_ent + 2, then n_post: each person's posts (builder_add) */
  size_t iris_cap;
  span_set mentions_done;
  /* the events' IRIs (in EV_STORE, at EV_AT[i]) and, for each event, the
   * first one of the document with the same IRI (EV_FIRST) */
  ng_buf ev_store;
  size_t *ev_at, *ev_first, ev_cap;
  struct ev_ref {
    uint64_t h;          /* the IRI's hash digits */
    size_t i;            /* the event */
  } *ev_refs;
  /* scratch for events and descriptions (kept, like LIT) */
  ng_buf ev_iri, ev_key, ev_scratch, ev_tmp, iso, doc_buf, tmp;
  /* the lengths of the vocabulary's constants a statement names (its
   * predicate, a class), remembered by address (see const_len) */
  struct const_len {
    const char *at;
    size_t len;
  } consts[CONST_LEN_SLOTS];
};

/* ------------------------------------------------------------------ helpers */

static bool is_slug(const char *s, bool upper) {
  if (!s || !*s)
    return false;
  for (; *s; s++) {
    char c = *s;
    if (!((c >= '0' && c <= '9') || c == '-' || (upper ? (c >= 'A' && c <= 'Z') : (c >= 'a' && c <= 'z'))))
      return false;
  }
  return true;
}

/* Appends SLUG(s[0..len)) to OUT (see the minting rule above). */
static void slug_append(ng_buf *out, const char *s, size_t len) {
  ng_buf fold;
  ng_buf_init(&fold);
  ng_utf8_fold(&fold, s, len);
  size_t start = out->len;
  bool dash = false;
  for (size_t i = 0; i < fold.len; i++) {
    char c = fold.data[i];
    if (c >= 'A' && c <= 'Z')
      c = (char)(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (dash && out->len > start)
        ng_buf_addc(out, '-');
      dash = false;
      ng_buf_addc(out, c);
    } else {
      dash = true;
    }
  }
  ng_buf_free(&fold);
  size_t n = out->len - start;
  if (n > 80 || n == 0) {
    char hex[65];
    ng_sha256_hex(s, len, hex);
    if (n == 0) {
      ng_buf_adds(out, "x");
    } else {
      out->len = start + 80;
      while (out->len > start && out->data[out->len - 1] == '-')
        out->len--;
      out->data[out->len] = '\0';
    }
    ng_buf_addc(out, '-');
    ng_buf_add(out, hex, 8);
  }
}

/* Appends the entity's key, slugged again if it has unexpected characters. */
static void key_append(ng_buf *out, const ng_entity *e) {
  bool upper = e->kind == NG_ENT_COUNTRY;
  if (is_slug(e->key, upper))
    ng_buf_adds(out, e->key);
  else if (upper && e->key && *e->key) {
    /* country codes stay upper case */
    size_t start = out->len;
    slug_append(out, e->key, strlen(e->key));
    for (size_t i = start; i < out->len; i++)
      if (out->data[i] >= 'a' && out->data[i] <= 'z')
        out->data[i] = (char)(out->data[i] - 'a' + 'A');
  } else
    slug_append(out, e->key ? e->key : "", e->key ? strlen(e->key) : 0);
}

static const char *kind_prefix(ng_ent_kind k) {
  switch (k) {
  case NG_ENT_COUNTRY: return "country-";
  case NG_ENT_PERSON: return "person-";
  case NG_ENT_ORG: return "org-";
  case NG_ENT_PLACE: return "place-";
  }
  return "thing-";
}

static char kind_letter(ng_ent_kind k) {
  switch (k) {
  case NG_ENT_COUNTRY: return 'c';
  case NG_ENT_PERSON: return 'p';
  case NG_ENT_ORG: return 'o';
  case NG_ENT_PLACE: return 'l';
  }
  return 'x';
}

static void entity_iri_append(const char *base, const ng_entity *e, ng_buf *out) {
  ng_buf_adds(out, base);
  ng_buf_adds(out, kind_prefix(e->kind));
  key_append(out, e);
}

static void entity_iri(const char *base, const ng_entity *e, ng_buf *out) {
  ng_buf_clear(out);
  entity_iri_append(base, e, out);
}

void ng_doc_iri(const char *base, const ng_doc *doc, ng_buf *out) {
  ng_buf_clear(out);
  ng_buf_adds(out, base ? base : NG_DEFAULT_BASE);
  ng_buf_adds(out, "doc-");
  ng_buf_add(out, doc->sha256, strnlen(doc->sha256, 16));
}

static bool date_known(ng_date d) {
  static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (d.y < 1 || d.y > 9999 || d.m < 1 || d.m > 12 || d.d < 1 || d.d > mdays[d.m - 1])
    return false;
  if (d.m == 2 && d.d == 29 && !((d.y % 4 == 0 && d.y % 100 != 0) || d.y % 400 == 0))
    return false;
  return true;
}

static void date_str(ng_date d, char out[11]) {
  /* callers check date_known first; the clamps only keep the output in 10 characters */
  unsigned y = (unsigned)d.y % 10000u, m = (unsigned)d.m % 100u, dd = (unsigned)d.d % 100u;
  /* "%04u-%02u-%02u" without snprintf */
  out[0] = (char)('0' + y / 1000), out[1] = (char)('0' + y / 100 % 10);
  out[2] = (char)('0' + y / 10 % 10), out[3] = (char)('0' + y % 10), out[4] = '-';
  out[5] = (char)('0' + m / 10), out[6] = (char)('0' + m % 10), out[7] = '-';
  out[8] = (char)('0' + dd / 10), out[9] = (char)('0' + dd % 10), out[10] = '\0';
}

/* Appends the decimal digits of V (no printf: this runs for every mention). */
static void add_ulong(ng_buf *out, unsigned long v) {
  char d[24];
  size_t n = sizeof d;
  do {
    d[--n] = (char)('0' + v % 10);
    v /= 10;
  } while (v && n > 0);
  ng_buf_add(out, d + n, sizeof d - n);
}

/* Appends S with invalid UTF-8 replaced by U+FFFD, so that no serializer
 * ever sees a malformed literal. */
static void utf8_clean(ng_buf *out, const char *s, size_t len) {
  if (ng_utf8_validate(s, len) == len) {
    ng_buf_add(out, s, len);
    return;
  }
  size_t i = 0;
  while (i < len) {
    uint32_t cp;
    size_t n = ng_utf8_decode(s + i, len - i, &cp);
    if (n == 0) {
      ng_buf_adds(out, "\xEF\xBF\xBD");
      i++;
    } else {
      ng_buf_add(out, s + i, n);
      i += n;
    }
  }
}

/* ------------------------------------------------------------------ emitting */

#define NG_MAX_AUTHORS 8 /* byline names written as schema:author */

#define TRY(expr)            \
  do {                       \
    rc = (expr);             \
    if (rc != NG_OK)         \
      goto cleanup;          \
  } while (0)

/* strlen of C, a string constant that never changes (a predicate, a
 * class): every statement has one, so it is measured once and then
 * remembered by its address. */
static size_t const_len(ng_builder *b, const char *c) {
  uint64_t a = (uintptr_t)c * 0x9E3779B97F4A7C15ULL;
  struct const_len *m = &b->consts[(a >> 32) % CONST_LEN_SLOTS];
  if (m->at != c) {
    m->at = c;
    m->len = strlen(c);
  }
  return m->len;
}

/* P, the predicate, is always one of the vocabulary's constants.  S is
 * always an IRI the builder minted, and so is O if it is an IRI and
 * O_MINTED; an IRI O that is FIXED is one of the vocabulary's constants.
 * When the sink is a writer and the base and the document's IRI are valid
 * IRIs (B->minted), the writer is told so (ng_writer_put_minted) and
 * spares itself checking them again: every IRI minted here is the base or
 * the document IRI followed by a slug, a kind, digits, hex and - # = ,
 * (see the minting rule), none of which IRIREF excludes, and the
 * vocabulary's constants are IRIs by inspection.  S_LEN and O_LEN are the
 * lengths of S and of a minted O when the caller has them, else 0. */
static ng_status emit_term(ng_builder *b, const char *graph, const char *s, size_t s_len,
                           const char *p, ng_term o, bool o_minted, size_t o_len) {
  ng_statement st;
  st.s.type = NG_TERM_IRI;
  st.s.value = s;
  st.s.datatype = st.s.lang = NULL;
  st.s.fixed = false;
  st.p.type = NG_TERM_IRI;
  st.p.value = p;
  st.p.datatype = st.p.lang = NULL;
  st.p.fixed = true;
  st.o = o;
  st.graph = graph;
  ng_status rc;
  if (b->minted) {
    if (o.type != NG_TERM_IRI)
      o_len = 0;
    else if (o.fixed)
      o_len = const_len(b, o.value);
    else if (o_minted && !o_len)
      o_len = strlen(o.value);
    else if (!o_minted)
      o_len = 0;
    size_t minted[4] = {s_len ? s_len : strlen(s), const_len(b, p), o_len,
                        !graph ? 0 : graph == b->doc ? b->doc_len : strlen(graph)};
    rc = ng_writer_put_minted(b->writer, &st, minted);
  } else {
    rc = b->sink.statement(b->sink.ctx, &st);
  }
  if (rc == NG_OK)
    b->count++;
  return rc;
}

static ng_status emit(ng_builder *b, const char *graph, const char *s, const char *p, ng_term o) {
  return emit_term(b, graph, s, 0, p, o, false, 0);
}

/* O is an IRI the builder minted (see emit_term). */
static ng_status emit_iri(ng_builder *b, const char *g, const char *s, const char *p, const char *o) {
  ng_term t = {NG_TERM_IRI, o, NULL, NULL, false};
  return emit_term(b, g, s, 0, p, t, true, 0);
}

/* O is an IRI from elsewhere: the writer checks it. */
static ng_status emit_iri_checked(ng_builder *b, const char *g, const char *s, const char *p,
                                  const char *o) {
  ng_term t = {NG_TERM_IRI, o, NULL, NULL, false};
  return emit_term(b, g, s, 0, p, t, false, 0);
}

/* S rdf:type CLASS, CLASS being one of the vocabulary's constants. */
static ng_status emit_type(ng_builder *b, const char *g, const char *s, const char *class_iri) {
  ng_term t = {NG_TERM_IRI, class_iri, NULL, NULL, true};
  return emit(b, g, s, RDF_TYPE, t);
}

/* A literal; TEXT is cleaned of invalid UTF-8 first.  DATATYPE is NULL or
 * one of the vocabulary's constants. */
static ng_status emit_lit(ng_builder *b, const char *g, const char *s, const char *p, const char *text,
                          size_t len, const char *datatype) {
  ng_buf_clear(&b->lit);
  utf8_clean(&b->lit, text, len);
  ng_term t = {NG_TERM_LITERAL, b->lit.data ? b->lit.data : "", datatype, NULL, true};
  return emit(b, g, s, p, t);
}

/* A literal whose TEXT (NUL-terminated) is known to be ASCII: digits, a
 * date, a decimal.  DATATYPE as for emit_lit. */
static ng_status emit_plain(ng_builder *b, const char *g, const char *s, const char *p, const char *text,
                            const char *datatype) {
  ng_term t = {NG_TERM_LITERAL, text, datatype, NULL, true};
  return emit(b, g, s, p, t);
}

static ng_status emit_str(ng_builder *b, const char *g, const char *s, const char *p, const char *text) {
  size_t len = strlen(text);
  if (ng_utf8_validate(text, len) == len) { /* nothing to clean: no copy */
    ng_term t = {NG_TERM_LITERAL, text, NULL, NULL, true};
    return emit(b, g, s, p, t);
  }
  return emit_lit(b, g, s, p, text, len, NULL);
}

static uintptr_t seen_flags(ng_builder *b, const char *iri) {
  return (uintptr_t)ng_strmap_get(b->seen, iri);
}

static void seen_set(ng_builder *b, const char *iri, uintptr_t flags) {
  if (ng_strmap_get(b->seen, iri) || ng_strmap_size(b->seen) < NG_BUILDER_MAX_SEEN)
    ng_strmap_put(b->seen, iri, (void *)flags);
}

/* Describes a country in the default graph: type, ISO code, Wikidata sameAs
 * and, when LABEL or the lexicon gives one, its label. */
static ng_status describe_country(ng_builder *b, const char *iri, const char *iso, const char *label) {
  ng_status rc = NG_OK;
  uintptr_t f = seen_flags(b, iri), nf = f;
  const ng_lex_entry *le = b->lex ? ng_lexicon_country(b->lex, iso) : NULL;
  if (!label && le)
    label = le->label;
  if (!(f & SEEN_BASE)) {
    TRY(emit_type(b, NULL, iri, NG_NS "Country"));
    TRY(emit_str(b, NULL, iri, NG_NS "isoCode", iso));
    const char *q = le ? le->extra : NULL;
    bool qid = q && q[0] == 'Q' && q[1];
    for (const char *c = q && qid ? q + 1 : ""; *c; c++)
      if (*c < '0' || *c > '9')
        qid = false;
    if (qid) {
      ng_buf wd;
      ng_buf_init(&wd);
      ng_buf_printf(&wd, WIKIDATA "%s", q);
      rc = emit_iri_checked(b, NULL, iri, OWL "sameAs", wd.data);
      ng_buf_free(&wd);
      if (rc)
        goto cleanup;
    }
    nf |= SEEN_BASE;
  }
  if (!(f & SEEN_LABEL) && label && *label) {
    TRY(emit_str(b, NULL, iri, RDFS "label", label));
    nf |= SEEN_LABEL;
  }
cleanup:
  if (nf != f)
    seen_set(b, iri, nf);
  return rc;
}

static const char *org_class_iri(ng_org_class c) {
  switch (c) {
  case NG_ORG_GOV: return NG_NS "GovernmentBody";
  case NG_ORG_ARMED: return NG_NS "ArmedGroup";
  case NG_ORG_INTL: return NG_NS "InternationalOrganization";
  case NG_ORG_MEDIA: return NG_NS "MediaOrganization";
  case NG_ORG_COALITION: return NG_NS "Coalition";
  case NG_ORG_GENERIC: break;
  }
  return NG_NS "Organization";
}

/* The default-graph description of entity E (IRI given). */
static ng_status describe_entity(ng_builder *b, const ng_entity *e, const char *iri, bool official,
                                 ng_buf *tmp) {
  ng_status rc = NG_OK;
  if (e->kind == NG_ENT_COUNTRY) {
    ng_buf_clear(&b->iso);
    key_append(&b->iso, e);
    rc = describe_country(b, iri, b->iso.data, e->label);
    if (rc)
      return rc;
  } else {
    uintptr_t f = seen_flags(b, iri), nf = f;
    if (!(f & SEEN_BASE)) {
      switch (e->kind) {
      case NG_ENT_PERSON: TRY(emit_type(b, NULL, iri, NG_NS "Person")); break;
      case NG_ENT_ORG: TRY(emit_type(b, NULL, iri, org_class_iri(e->org_class))); break;
      case NG_ENT_PLACE: TRY(emit_type(b, NULL, iri, NG_NS "Place")); break;
      case NG_ENT_COUNTRY: break;
      }
      nf |= SEEN_BASE;
      if ((e->kind == NG_ENT_ORG || e->kind == NG_ENT_PLACE) && e->country && *e->country) {
        ng_entity c;
        memset(&c, 0, sizeof c);
        c.kind = NG_ENT_COUNTRY;
        c.key = e->country;
        entity_iri(b->base, &c, tmp);
        TRY(emit_iri(b, NULL, iri, NG_NS "country", tmp->data));
        ng_buf_clear(&b->iso);
        key_append(&b->iso, &c);
        rc = describe_country(b, tmp->data, b->iso.data, NULL);
        if (rc)
          goto cleanup;
      }
    }
    if (!(f & SEEN_LABEL) && e->label && *e->label) {
      TRY(emit_str(b, NULL, iri, RDFS "label", e->label));
      nf |= SEEN_LABEL;
    }
    if (e->kind == NG_ENT_PERSON && official && !(f & SEEN_OFFICIAL)) {
      TRY(emit_type(b, NULL, iri, NG_NS "Official"));
      nf |= SEEN_OFFICIAL;
    }
  cleanup:
    if (nf != f)
      seen_set(b, iri, nf);
    if (rc)
      return rc;
  }
  /* alternative names: any document may add new ones; each is written once
   * (remembered as "IRI \x1f name", a key no IRI can be) */
  for (size_t i = 0; i < e->n_alt; i++) {
    if (!e->alt[i] || !*e->alt[i] || (e->label && strcmp(e->alt[i], e->label) == 0))
      continue;
    ng_buf_clear(tmp);
    ng_buf_adds(tmp, iri);
    ng_buf_addc(tmp, '\x1f');
    ng_buf_adds(tmp, e->alt[i]);
    if (seen_flags(b, tmp->data))
      continue;
    rc = emit_str(b, NULL, iri, SKOS "altLabel", e->alt[i]);
    if (rc)
      return rc;
    seen_set(b, tmp->data, SEEN_BASE);
  }
  return NG_OK;
}

/* Empties S (a new generation: no slot is touched). */
static void span_set_clear(span_set *s) {
  s->n = 0;
  if (++s->gen == 0) { /* wrapped: old generations would come back */
    memset(s->slots, 0, s->cap * sizeof *s->slots);
    s->gen = 1;
  }
}

static size_t span_hash(uint64_t key, size_t mask) {
  key *= 0x9E3779B97F4A7C15ULL;
  return (size_t)(key >> 32) & mask;
}

/* Adds SP's code point span to S; false if it was there already. */
static bool span_set_add(span_set *s, const ng_span *sp) {
  uint64_t key = (uint64_t)sp->cb << 32 | sp->ce;
  if ((s->n + 1) * 2 > s->cap) { /* at most half full */
    struct span_slot *old = s->slots;
    size_t old_cap = s->cap;
    s->cap = s->cap ? 2 * s->cap : 64;
    s->slots = ng_xcalloc(s->cap, sizeof *s->slots);
    for (size_t i = 0; i < old_cap; i++) {
      if (old[i].gen != s->gen)
        continue;
      size_t j = span_hash(old[i].key, s->cap - 1);
      while (s->slots[j].gen == s->gen)
        j = (j + 1) & (s->cap - 1);
      s->slots[j] = old[i];
    }
    free(old);
  }
  size_t j = span_hash(key, s->cap - 1);
  for (; s->slots[j].gen == s->gen; j = (j + 1) & (s->cap - 1))
    if (s->slots[j].key == key)
      return false;
  s->slots[j].key = key;
  s->slots[j].gen = s->gen;
  s->n++;
  return true;
}

/* SUBJ ng:mention <DOC#char=B,E> for each of SPANS (N), DOC being the
 * document added, in its graph; then the ng:Mention nodes of those not
 * described yet in this document.  B and E are code points; a span that
 * ends before it begins is skipped rather than given a nonsense IRI.  The
 * IRIs are made once, one after the other in B->mention, and the nodes'
 * indexes copy their digits. */
static bool span_in(const ng_span *sp, const ng_span *spans, size_t n) {
  for (size_t k = 0; k < n; k++)
    if (spans[k].cb == sp->cb && spans[k].ce == sp->ce)
      return true;
  return false;
}

/* The length of the mention IRI AT describes. */
static size_t mention_len(const ng_builder *b, const struct mention_at *at) {
  return b->doc_len + 6 + at->b_len + 1 + at->e_len;
}

/* The N statements S (S_LEN) PO[i].p PO[i].o in graph G, S and the IRI
 * objects minted here (PO's lengths as ng_po's): in one go through the
 * writer when it may be told so (B->minted), else one by one. */
static ng_status emit_po(ng_builder *b, const char *g, const char *s, size_t s_len,
                         const ng_po *po, size_t n) {
  if (!b->minted) {
    for (size_t i = 0; i < n; i++) {
      ng_status rc = emit_term(b, g, s, s_len, po[i].p, po[i].o, po[i].o.type == NG_TERM_IRI,
                               po[i].o.type == NG_TERM_IRI ? po[i].o_len : 0);
      if (rc != NG_OK)
        return rc;
    }
    return NG_OK;
  }
  size_t g_len = !g ? 0 : g == b->doc ? b->doc_len : strlen(g);
  ng_status rc = ng_writer_put_po(b->writer, s, s_len, g, g_len, po, n);
  if (rc == NG_OK)
    b->count += n;
  return rc;
}

/* The statements about mention IRI (IRI_LEN) of span SP, whose begin and
 * end offsets are the digits at DIGITS (B_LEN, a comma, E_LEN). */
static ng_status emit_mention(ng_builder *b, const ng_doc *doc, const ng_span *sp,
                              const char *iri, size_t iri_len, const char *digits, size_t b_len,
                              size_t e_len) {
  static const char xsd_nni[] = XSD "nonNegativeInteger";
  char num[2][24];
  ng_po po[5];
  size_t n = 0;
  po[n].p = RDF_TYPE;
  po[n].o = (ng_term){NG_TERM_IRI, NG_NS "Mention", NULL, NULL, true};
  po[n++].o_len = sizeof NG_NS "Mention" - 1;
  po[n].p = NG_NS "inDocument";
  po[n].o = (ng_term){NG_TERM_IRI, b->doc, NULL, NULL, false};
  po[n++].o_len = b->doc_len;
  memcpy(num[0], digits, b_len);
  num[0][b_len] = '\0';
  memcpy(num[1], digits + b_len + 1, e_len);
  num[1][e_len] = '\0';
  po[n].p = NIF "beginIndex";
  po[n].o = (ng_term){NG_TERM_LITERAL, num[0], xsd_nni, NULL, true};
  po[n++].o_len = sizeof xsd_nni - 1;
  po[n].p = NIF "endIndex";
  po[n].o = (ng_term){NG_TERM_LITERAL, num[1], xsd_nni, NULL, true};
  po[n++].o_len = sizeof xsd_nni - 1;
  if (doc->text && sp->b <= sp->e && sp->e <= doc->len) {
    ng_buf_clear(&b->lit);
    utf8_clean(&b->lit, doc->text + sp->b, sp->e - sp->b);
    po[n].p = NIF "anchorOf";
    po[n].o = (ng_term){NG_TERM_LITERAL, b->lit.data ? b->lit.data : "", NULL, NULL, false};
    po[n++].o_len = 0;
  }
  for (size_t i = 0; i < n; i++)
    po[i].p_len = const_len(b, po[i].p);
  return emit_po(b, b->doc, iri, iri_len, po, n);
}

/* (SUBJ_LEN: the length of SUBJ; WAS, N_WAS: the mentions SUBJ already
 * links to, whose links are not repeated; none when comparing would take
 * too long) */
static ng_status emit_mentions(ng_builder *b, const ng_doc *doc, const char *subj, size_t subj_len,
                               const ng_span *spans, size_t n, const ng_span *was, size_t n_was) {
  ng_status rc = NG_OK;
  const char *doc_iri = b->doc;
  ng_buf *m = &b->mention;
  if (n > b->mention_cap) {
    free(b->mention_at);
    b->mention_cap = n;
    b->mention_at = ng_xmalloc(n * sizeof *b->mention_at);
  }
  ng_buf_clear(m);
  for (size_t i = 0; i < n; i++) {
    const ng_span *sp = &spans[i];
    b->mention_at[i].off = SIZE_MAX;
    if (sp->ce < sp->cb)
      continue;
    b->mention_at[i].off = m->len;
    ng_buf_add(m, doc_iri, b->doc_len);
    ng_buf_add(m, "#char=", 6);
    size_t at = m->len;
    add_ulong(m, (unsigned long)sp->cb);
    b->mention_at[i].b_len = m->len - at;
    ng_buf_addc(m, ',');
    at = m->len;
    add_ulong(m, (unsigned long)sp->ce);
    b->mention_at[i].e_len = m->len - at;
    ng_buf_add(m, "", 1); /* the NUL between the IRIs */
  }
  if (n_was > NG_BUILDER_MAX_COMPARE / (n ? n : 1))
    n_was = 0;
  /* (the lengths of the IRIs are known here: none is measured again;
   * SUBJ's links go NG_PO_MAX at a time) */
  if (!subj_len)
    subj_len = strlen(subj);
  ng_po po[NG_PO_MAX];
  size_t n_po = 0;
  for (size_t i = 0; i < n; i++) {
    if (b->mention_at[i].off == SIZE_MAX || span_in(&spans[i], was, n_was))
      continue;
    po[n_po].p = NG_NS "mention";
    po[n_po].p_len = const_len(b, po[n_po].p);
    po[n_po].o = (ng_term){NG_TERM_IRI, m->data + b->mention_at[i].off, NULL, NULL, false};
    po[n_po++].o_len = mention_len(b, &b->mention_at[i]);
    if (n_po == NG_PO_MAX) {
      TRY(emit_po(b, doc_iri, subj, subj_len, po, n_po));
      n_po = 0;
    }
  }
  if (n_po)
    TRY(emit_po(b, doc_iri, subj, subj_len, po, n_po));
  for (size_t i = 0; i < n; i++) {
    const ng_span *sp = &spans[i];
    if (b->mention_at[i].off == SIZE_MAX || !span_set_add(&b->mentions_done, sp))
      continue;
    const char *iri = m->data + b->mention_at[i].off;
    TRY(emit_mention(b, doc, sp, iri, mention_len(b, &b->mention_at[i]),
                     iri + b->doc_len + 6 /* B,E */, b->mention_at[i].b_len,
                     b->mention_at[i].e_len));
  }
cleanup:
  return rc;
}

/* ------------------------------------------------------------------ events */

static const char *ev_kind_name(ng_ev_kind k) {
  switch (k) {
  case NG_EV_AGREEMENT: return "agreement";
  case NG_EV_AIRSPACE: return "airspace";
  case NG_EV_MEETING: return "meeting";
  case NG_EV_STATEMENT: return "statement";
  case NG_EV_ARMS: return "arms";
  case NG_EV_DEPLOYMENT: return "deployment";
  }
  return "event";
}

static const char *ev_class(ng_ev_kind k) {
  switch (k) {
  case NG_EV_AGREEMENT: return NG_NS "Agreement";
  case NG_EV_AIRSPACE: return NG_NS "AirspacePermission";
  case NG_EV_MEETING: return NG_NS "Meeting";
  case NG_EV_STATEMENT: return NG_NS "Statement";
  case NG_EV_ARMS: return NG_NS "ArmsTransfer";
  case NG_EV_DEPLOYMENT: return NG_NS "MilitaryDeployment";
  }
  return NG_NS "Event";
}

static const char *role_prop(ng_role r) {
  switch (r) {
  case NG_ROLE_PARTY: return NG_NS "party";
  case NG_ROLE_ANNOUNCED_BY: return NG_NS "announcedBy";
  case NG_ROLE_AGAINST: return NG_NS "against";
  case NG_ROLE_GRANTOR: return NG_NS "grantor";
  case NG_ROLE_GRANTEE: return NG_NS "grantee";
  case NG_ROLE_REQUESTED_BY: return NG_NS "requestedBy";
  case NG_ROLE_DESTINATION: return NG_NS "destination";
  case NG_ROLE_PARTICIPANT: return NG_NS "participant";
  case NG_ROLE_SPEAKER: return NG_NS "speaker";
  case NG_ROLE_BUYER: return NG_NS "buyer";
  case NG_ROLE_SELLER: return NG_NS "seller";
  case NG_ROLE_ACTOR: return NG_NS "actor";
  case NG_ROLE_LOCATION: return NG_NS "location";
  }
  return NULL;
}

/* Appends the sorted, ","-joined keys ("c:IQ") of EV's arguments in ROLE,
 * or "-".  The keys are made one after the other in SCRATCH (no allocation
 * per key: this runs for every event) and sorted by insertion: a role has
 * a handful of arguments. */
static void role_keys(ng_buf *out, const ng_facts *f, const ng_event *ev, ng_role role, ng_buf *scratch) {
  size_t n = 0;
  for (size_t i = 0; i < ev->n_args; i++)
    if (ev->args[i].role == role && ev->args[i].ent >= 0 && (size_t)ev->args[i].ent < f->n_ent)
      n++;
  if (n == 0) {
    ng_buf_addc(out, '-');
    return;
  }
  size_t off_stack[16], *off = n <= 16 ? off_stack : ng_xmalloc(n * sizeof *off);
  const char *key_stack[16], **keys = n <= 16 ? key_stack : ng_xmalloc(n * sizeof *keys);
  ng_buf_clear(scratch);
  size_t k = 0;
  for (size_t i = 0; i < ev->n_args; i++) {
    if (ev->args[i].role != role || ev->args[i].ent < 0 || (size_t)ev->args[i].ent >= f->n_ent)
      continue;
    const ng_entity *e = &f->ent[ev->args[i].ent];
    off[k++] = scratch->len;
    ng_buf_addc(scratch, kind_letter(e->kind));
    ng_buf_addc(scratch, ':');
    key_append(scratch, e);
    ng_buf_add(scratch, "", 1); /* the NUL between the keys */
  }
  for (size_t i = 0; i < n; i++) {
    const char *key = scratch->data + off[i];
    size_t j = i;
    for (; j > 0 && strcmp(keys[j - 1], key) > 0; j--)
      keys[j] = keys[j - 1];
    keys[j] = key;
  }
  for (size_t i = 0; i < n; i++) {
    /* the same entity twice in a role counts once */
    if (i > 0 && strcmp(keys[i], keys[i - 1]) == 0)
      continue;
    if (i > 0)
      ng_buf_addc(out, ',');
    ng_buf_adds(out, keys[i]);
  }
  if (off != off_stack)
    free(off);
  if (keys != key_stack)
    free(keys);
}

/* Appends the lower-case ASCII-folded QUOTE with whitespace runs collapsed. */
static void quote_key(ng_buf *out, const char *quote) {
  ng_buf fold;
  ng_buf_init(&fold);
  if (quote)
    ng_utf8_fold(&fold, quote, strlen(quote));
  bool space = false;
  size_t start = out->len;
  for (size_t i = 0; i < fold.len; i++) {
    char c = fold.data[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      space = true;
      continue;
    }
    if (space && out->len > start)
      ng_buf_addc(out, ' ');
    space = false;
    if (c >= 'A' && c <= 'Z')
      c = (char)(c - 'A' + 'a');
    ng_buf_addc(out, c);
  }
  ng_buf_free(&fold);
}

/* The event's IRI (see the merge keys in the header comment). */
static uint64_t event_iri(ng_builder *b, const ng_facts *f, const ng_event *ev, ng_buf *out) {
  ng_buf *k = &b->ev_key, *scratch = &b->ev_scratch;
  ng_buf_clear(k);
  ng_buf_adds(k, ev_kind_name(ev->kind));
  ng_buf_addc(k, '|');
  switch (ev->kind) {
  case NG_EV_AGREEMENT:
    ng_buf_adds(k, ev->subtype ? ev->subtype : "-");
    ng_buf_addc(k, '|');
    role_keys(k, f, ev, NG_ROLE_PARTY, scratch);
    break;
  case NG_EV_AIRSPACE:
    role_keys(k, f, ev, NG_ROLE_GRANTOR, scratch);
    ng_buf_addc(k, '|');
    role_keys(k, f, ev, NG_ROLE_GRANTEE, scratch);
    ng_buf_addc(k, '|');
    ng_buf_adds(k, ev->subtype ? ev->subtype : "-");
    break;
  case NG_EV_MEETING: {
    role_keys(k, f, ev, NG_ROLE_PARTICIPANT, scratch);
    ng_buf_addc(k, '|');
    char d[11];
    date_str(ev->date, d);
    ng_buf_adds(k, date_known(ev->date) ? d : "-");
    /* a planned meeting is not the held one: never one node with two statuses */
    if (ev->subtype && strcmp(ev->subtype, "Held")) {
      ng_buf_addc(k, '|');
      ng_buf_adds(k, ev->subtype);
    }
    break;
  }
  case NG_EV_STATEMENT:
    role_keys(k, f, ev, NG_ROLE_SPEAKER, scratch);
    ng_buf_addc(k, '|');
    quote_key(k, ev->quote);
    break;
  case NG_EV_ARMS:
    role_keys(k, f, ev, NG_ROLE_BUYER, scratch);
    ng_buf_addc(k, '|');
    role_keys(k, f, ev, NG_ROLE_SELLER, scratch);
    break;
  case NG_EV_DEPLOYMENT:
    role_keys(k, f, ev, NG_ROLE_ACTOR, scratch);
    ng_buf_addc(k, '|');
    role_keys(k, f, ev, NG_ROLE_LOCATION, scratch);
    break;
  }
  char hex[65];
  ng_sha256_hex(k->data, k->len, hex);
  ng_buf_clear(out);
  ng_buf_adds(out, b->base);
  ng_buf_add(out, "event-", 6);
  ng_buf_adds(out, ev_kind_name(ev->kind));
  ng_buf_addc(out, '-');
  ng_buf_add(out, hex, 16);
  uint64_t h = 0;
  for (int i = 0; i < 16; i++)
    h = h << 4 | (uint64_t)(hex[i] <= '9' ? hex[i] - '0' : hex[i] - 'a' + 10);
  return h;
}

/* True if S is a usable ng: local name (subtypes come from static tables,
 * but an IRI is only minted from letters and digits). */
static bool local_name_ok(const char *s) {
  if (!s || !((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z')))
    return false;
  for (; *s; s++)
    if (!((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9')))
      return false;
  return true;
}

static bool same_str(const char *a, const char *b) { return a && b && strcmp(a, b) == 0; }

/* The event's confidence in hundredths, -1 if it has none. */
static long hundredths(const ng_event *ev) {
  if (isnan(ev->confidence))
    return -1;
  double c = ev->confidence < 0 ? 0 : ev->confidence > 1 ? 1 : ev->confidence;
  return lround(c * 100.0);
}

static bool valid_arg(const ng_facts *f, const ng_arg *a) {
  return role_prop(a->role) && a->ent >= 0 && (size_t)a->ent < f->n_ent;
}

/* Writes event EV, whose IRI is E.  WAS: an earlier event of the document
 * with the same IRI, or NULL; EV then adds only what WAS did not say.
 * ENT_IRIS, ENT_LENS: the entities' IRIs and their lengths. */
static ng_status emit_event(ng_builder *b, const ng_doc *doc, const ng_facts *f, const ng_event *ev,
                            const char *e, const ng_event *was, const char *doc_iri,
                            char **ent_iris, const size_t *ent_lens) {
  ng_status rc = NG_OK;
  ng_buf *tmp = &b->ev_tmp;
  ng_buf_clear(tmp);
  if (!was) {
    TRY(emit_type(b, doc_iri, e, ev_class(ev->kind)));
    TRY(emit_type(b, doc_iri, e, NG_NS "Event"));
    TRY(emit_iri(b, doc_iri, e, NG_NS "mentionedIn", doc_iri));
  }
  long h = hundredths(ev);
  if (h >= 0 && !(was && hundredths(was) == h)) {
    /* "%ld.%02ld", locale-independent (H is 0..100) */
    add_ulong(tmp, (unsigned long)(h / 100));
    ng_buf_addc(tmp, '.');
    ng_buf_addc(tmp, (char)('0' + h % 100 / 10));
    ng_buf_addc(tmp, (char)('0' + h % 10));
    TRY(emit_plain(b, doc_iri, e, NG_NS "confidence", tmp->data, XSD "decimal"));
  }
  if (date_known(ev->date) && !(was && date_known(was->date) && was->date.y == ev->date.y &&
                                was->date.m == ev->date.m && was->date.d == ev->date.d)) {
    char d[11];
    date_str(ev->date, d);
    TRY(emit_plain(b, doc_iri, e, NG_NS "date", d, XSD "date"));
  }
  bool cmp_args = was && was->n_args <= NG_BUILDER_MAX_COMPARE / (ev->n_args ? ev->n_args : 1);
  for (size_t i = 0; i < ev->n_args; i++) {
    const ng_arg *a = &ev->args[i];
    if (!valid_arg(f, a))
      continue;
    if (cmp_args) {
      /* (WAS's arguments are valid ones too: same document) */
      bool dup = false;
      for (size_t k = 0; k < was->n_args && !dup; k++)
        dup = valid_arg(f, &was->args[k]) && was->args[k].role == a->role &&
              strcmp(ent_iris[was->args[k].ent], ent_iris[a->ent]) == 0;
      if (dup)
        continue;
    }
    ng_term o = {NG_TERM_IRI, ent_iris[a->ent], NULL, NULL, false};
    TRY(emit_term(b, doc_iri, e, 0, role_prop(a->role), o, true, ent_lens[a->ent]));
  }
  const char *sub_prop = ev->kind == NG_EV_AGREEMENT  ? NG_NS "agreementType"
                         : ev->kind == NG_EV_AIRSPACE ? NG_NS "status"
                         : ev->kind == NG_EV_MEETING  ? NG_NS "meetingStatus"
                                                      : NULL;
  if (sub_prop && local_name_ok(ev->subtype) && !(was && same_str(was->subtype, ev->subtype))) {
    ng_buf_clear(tmp);
    ng_buf_adds(tmp, NG_NS);
    ng_buf_adds(tmp, ev->subtype);
    TRY(emit_iri_checked(b, doc_iri, e, sub_prop, tmp->data));
  }
  if (ev->kind == NG_EV_STATEMENT && ev->quote && !(was && same_str(was->quote, ev->quote)))
    TRY(emit_str(b, doc_iri, e, NG_NS "quote", ev->quote));
  if (ev->kind == NG_EV_ARMS && ev->item && *ev->item && !(was && same_str(was->item, ev->item)))
    TRY(emit_str(b, doc_iri, e, NG_NS "item", ev->item));
  TRY(emit_mentions(b, doc, e, strlen(e), ev->mentions, ev->n_mentions,
                    was ? was->mentions : NULL, was ? was->n_mentions : 0));
cleanup:
  return rc;
}

static int cmp_ev_ref(const void *x, const void *y) {
  const struct ev_ref *a = x, *b = y;
  if (a->h != b->h)
    return a->h < b->h ? -1 : 1;
  return a->i < b->i ? -1 : a->i > b->i;
}

/* Mints the IRIs of F's events into B->ev_store and finds, for each, the
 * first event of the document with the same IRI (B->ev_first). */
static void group_events(ng_builder *b, const ng_facts *f) {
  size_t n = f->n_ev;
  if (n > b->ev_cap) {
    free(b->ev_at);
    free(b->ev_first);
    free(b->ev_refs);
    b->ev_cap = n;
    b->ev_at = ng_xmalloc(n * sizeof *b->ev_at);
    b->ev_first = ng_xmalloc(n * sizeof *b->ev_first);
    b->ev_refs = ng_xmalloc(n * sizeof *b->ev_refs);
  }
  ng_buf_clear(&b->ev_store);
  for (size_t i = 0; i < n; i++) {
    b->ev_refs[i].h = event_iri(b, f, &f->ev[i], &b->ev_iri);
    b->ev_refs[i].i = i;
    b->ev_at[i] = b->ev_store.len;
    ng_buf_add(&b->ev_store, b->ev_iri.data, b->ev_iri.len + 1);
  }
  if (n > 1)
    qsort(b->ev_refs, n, sizeof *b->ev_refs, cmp_ev_ref);
  for (size_t k = 0, first = 0; k < n; k++) {
    if (k == 0 || b->ev_refs[k].h != b->ev_refs[k - 1].h ||
        strcmp(b->ev_store.data + b->ev_at[first], b->ev_store.data + b->ev_at[b->ev_refs[k].i]))
      first = b->ev_refs[k].i;
    b->ev_first[b->ev_refs[k].i] = first;
  }
}

/* ------------------------------------------------------------------ public */

ng_builder *ng_builder_new(const char *base, const ng_lexicon *lex, ng_sink sink) {
  ng_builder *b = ng_xcalloc(1, sizeof *b);
  b->base = ng_xstrdup(base ? base : NG_DEFAULT_BASE);
  b->lex = lex;
  b->sink = sink;
  b->writer = ng_writer_of_sink(sink);
  b->base_ok = ng_iri_len(b->base) != 0;
  b->seen = ng_strmap_new();
  return b;
}

void ng_builder_free(ng_builder *b) {
  if (!b)
    return;
  ng_strmap_free(b->seen, NULL);
  ng_buf_free(&b->lit);
  ng_buf_free(&b->mention);
  free(b->mention_at);
  ng_buf_free(&b->ev_iri);
  ng_buf_free(&b->ev_store);
  free(b->ev_at);
  free(b->ev_first);
  free(b->ev_refs);
  ng_buf_free(&b->ev_key);
  ng_buf_free(&b->ev_scratch);
  ng_buf_free(&b->ev_tmp);
  ng_buf_free(&b->iso);
  ng_buf_free(&b->doc_buf);
  ng_buf_free(&b->tmp);
  ng_buf_free(&b->iri_store);
  free(b->iris);
  free(b->iri_lens);
  free(b->official);
  free(b->post_index);
  free(b->mentions_done.slots);
  free(b->base);
  free(b);
}

unsigned long ng_builder_count(const ng_builder *b) { return b ? b->count : 0; }

/* The post's IRI: post-<ISO | org-KEY | person-KEY>-<SLUG(title)>. */
static void post_iri(const char *base, const ng_facts *f, const ng_post *p, ng_buf *out) {
  ng_buf_clear(out);
  ng_buf_adds(out, base);
  ng_buf_adds(out, "post-");
  const ng_entity *of = p->of >= 0 && (size_t)p->of < f->n_ent ? &f->ent[p->of] : NULL;
  if (of && of->kind == NG_ENT_COUNTRY)
    key_append(out, of);
  else if (of && of->kind == NG_ENT_ORG) {
    ng_buf_adds(out, "org-");
    key_append(out, of);
  } else if (p->person >= 0 && (size_t)p->person < f->n_ent) {
    ng_buf_adds(out, "person-");
    key_append(out, &f->ent[p->person]);
  } else {
    ng_buf_adds(out, "unknown");
  }
  ng_buf_addc(out, '-');
  slug_append(out, p->title ? p->title : "", p->title ? strlen(p->title) : 0);
}

enum { PART_SHARED = 1, PART_DOCUMENT = 2 };

/* The byline's authors of one document: doc->author, then doc->coauthors. */
typedef struct {
  char *iri[NG_MAX_AUTHORS]; /* owned */
  bool listed[NG_MAX_AUTHORS]; /* also an entity of the facts (described there) */
  size_t n;
} author_set;

/* Adds the author NAME (LEN bytes) to AU, once, at most NG_MAX_AUTHORS;
 * describes it in the default graph (when SHARED) unless it is one of the
 * N_ENT entities IRIS.  TMP is scratch. */
static ng_status add_author(ng_builder *b, const char *name, size_t len, const char *const *iris,
                            size_t n_ent, bool shared, author_set *au, ng_buf *tmp) {
  if (len == 0 || au->n >= NG_MAX_AUTHORS)
    return NG_OK;
  ng_buf key, label;
  ng_buf_init(&key);
  ng_buf_init(&label);
  ng_person_canon(b->lex, name, len, &key, &label);
  ng_status rc = NG_OK;
  if (key.len > 0) {
    if (!label.len)
      ng_buf_add(&label, name, len);
    ng_entity a;
    memset(&a, 0, sizeof a);
    a.kind = NG_ENT_PERSON;
    a.key = key.data;
    a.label = label.data;
    entity_iri(b->base, &a, tmp);
    char *iri = ng_buf_steal(tmp);
    bool dup = false, listed = false;
    for (size_t k = 0; k < au->n && !dup; k++)
      dup = strcmp(au->iri[k], iri) == 0;
    for (size_t i = 0; i < n_ent && !listed; i++)
      listed = strcmp(iris[i], iri) == 0;
    if (dup) {
      free(iri);
    } else {
      au->iri[au->n] = iri;
      au->listed[au->n++] = listed;
      if (!listed && shared)
        rc = describe_entity(b, &a, iri, false, tmp);
    }
  }
  ng_buf_free(&key);
  ng_buf_free(&label);
  return rc;
}

/* Statements go out in two phases so that streaming writers can group them:
 * first the default-graph descriptions (PART_SHARED: they depend on what
 * the run has written before), then the document's graph (PART_DOCUMENT:
 * a function of the document alone; in TriG one block per document). */
static ng_status builder_add(ng_builder *b, const ng_doc *doc, const ng_facts *facts, unsigned parts,
                             const ng_buf *given) {
  if (!b || !doc || !facts)
    return NG_ERR_USAGE;
  ng_status rc = NG_OK;
  ng_buf *d = &b->doc_buf, *tmp = &b->tmp;
  size_t n_ent = facts->n_ent, n_iris = n_ent + facts->n_post;
  if (n_iris > b->iris_cap) {
    b->iris_cap = n_iris;
    free(b->iris);
    free(b->iri_lens);
    free(b->official);
    free(b->post_index);
    b->iris = ng_xmalloc(n_iris * sizeof *b->iris);
    b->iri_lens = ng_xmalloc(n_iris * sizeof *b->iri_lens);
    b->official = ng_xmalloc(n_iris * sizeof *b->official);
    b->post_index = ng_xmalloc((n_iris + 2) * sizeof *b->post_index);
  }
  /* (a document without entities may come before any array exists: no
   * arithmetic on a null pointer) */
  char **iris = b->iris, **posts = iris ? iris + n_ent : NULL;
  size_t *lens = b->iri_lens;
  bool *official = b->official;
  span_set_clear(&b->mentions_done);

  ng_doc_iri(b->base, doc, d);
  const char *g = d->data;
  b->doc = g;
  b->doc_len = d->len;
  b->minted = b->writer && b->base_ok && ng_iri_len(g) == d->len;

  /* the IRIs of the entities and posts, each followed by a NUL, one after
   * the other in IRI_STORE (an empty one for a post skipped), unless GIVEN
   * has them already; then pointers to them, once the store no longer moves */
  ng_buf *store = &b->iri_store;
  if (!given)
    ng_buf_clear(store);
  for (size_t i = 0; i < n_ent; i++) {
    if (!given) {
      entity_iri_append(b->base, &facts->ent[i], store);
      ng_buf_add(store, "", 1);
    }
    official[i] = facts->ent[i].official;
  }
  for (size_t i = 0; i < facts->n_post; i++) {
    const ng_post *p = &facts->post[i];
    if (p->person < 0 || (size_t)p->person >= n_ent || facts->ent[p->person].kind != NG_ENT_PERSON ||
        !p->title || !*p->title) {
      if (!given)
        ng_buf_add(store, "", 1); /* posts[i] will be NULL: skipped */
      continue;
    }
    official[p->person] = true;
    if (!given) {
      post_iri(b->base, facts, p, tmp);
      ng_buf_add(store, tmp->data, tmp->len + 1);
    }
  }
  const ng_buf *from = given ? given : store;
  for (size_t i = 0, at = 0; i < n_iris; i++) {
    const char *iri = from->data + at;
    size_t len = strlen(iri);
    iris[i] = len ? (char *)iri : NULL;
    lens[i] = len;
    at += len + 1;
  }

  /* ---- phase 1: the default graph */
  bool shared = (parts & PART_SHARED) != 0;
  author_set au = {{NULL}, {false}, 0};
  if (doc->author)
    TRY(add_author(b, doc->author, strlen(doc->author), (const char *const *)iris, n_ent, shared, &au,
                   tmp));
  for (const char *s = doc->coauthors; s && *s;) {
    size_t len = strcspn(s, "\n");
    TRY(add_author(b, s, len, (const char *const *)iris, n_ent, shared, &au, tmp));
    s += len + (s[len] == '\n');
  }
  for (size_t i = 0; i < n_ent && shared; i++)
    TRY(describe_entity(b, &facts->ent[i], iris[i], official[i], tmp));
  for (size_t i = 0; i < facts->n_post && shared; i++) {
    const ng_post *p = &facts->post[i];
    if (!posts[i] || (seen_flags(b, posts[i]) & SEEN_BASE))
      continue;
    TRY(emit_type(b, NULL, posts[i], NG_NS "Post"));
    TRY(emit_str(b, NULL, posts[i], NG_NS "title", p->title));
    if (p->of >= 0 && (size_t)p->of < n_ent &&
        (facts->ent[p->of].kind == NG_ENT_COUNTRY || facts->ent[p->of].kind == NG_ENT_ORG))
      TRY(emit_iri(b, NULL, posts[i], NG_NS "postOf", iris[p->of]));
    seen_set(b, posts[i], SEEN_BASE | SEEN_LABEL);
  }

  /* ---- phase 2: the document's graph */
  if (!(parts & PART_DOCUMENT))
    goto cleanup;
  TRY(emit_type(b, g, g, NG_NS "Document"));
  TRY(emit_type(b, g, g, SCHEMA "NewsArticle"));
  if (doc->identifier)
    TRY(emit_str(b, g, g, DCTERMS "identifier", doc->identifier));
  if (doc->title && *doc->title)
    TRY(emit_str(b, g, g, DCTERMS "title", doc->title));
  if (date_known(doc->published)) {
    char ds[11];
    date_str(doc->published, ds);
    TRY(emit_plain(b, g, g, SCHEMA "datePublished", ds, XSD "date"));
  }
  for (size_t k = 0; k < au.n; k++)
    TRY(emit_iri(b, g, g, SCHEMA "author", au.iri[k]));
  TRY(emit_str(b, g, g, NG_NS "sha256", doc->sha256));
  for (size_t k = 0; k < au.n; k++)
    if (!au.listed[k])
      TRY(emit_iri(b, g, au.iri[k], NG_NS "mentionedIn", g));

  ng_term doc_term = {NG_TERM_IRI, g, NULL, NULL, false};
  /* each person's posts, in their order: BY[AT[i] .. AT[i + 1]) (a scan of
   * every post for every entity was quadratic in a long list of officials) */
  size_t *at = b->post_index, *by = at ? at + n_ent + 2 : NULL;
  if (at) memset(at, 0, (n_ent + 2) * sizeof *at);
  for (size_t k = 0; k < facts->n_post; k++)
    if (posts[k] && facts->post[k].person >= 0 && (size_t)facts->post[k].person < n_ent)
      at[facts->post[k].person + 2]++;
  for (size_t i = 2; i < n_ent + 2; i++) at[i] += at[i - 1];
  for (size_t k = 0; k < facts->n_post; k++)
    if (posts[k] && facts->post[k].person >= 0 && (size_t)facts->post[k].person < n_ent)
      by[at[facts->post[k].person + 1]++] = k;
  for (size_t i = 0; i < n_ent; i++) {
    const ng_entity *e = &facts->ent[i];
    TRY(emit_term(b, g, iris[i], lens[i], NG_NS "mentionedIn", doc_term, true, b->doc_len));
    for (size_t k = at[i]; k < at[i + 1]; k++)
      TRY(emit_iri(b, g, iris[i], NG_NS "holdsPost", posts[by[k]]));
    TRY(emit_mentions(b, doc, iris[i], lens[i], e->mentions, e->n_mentions, NULL, 0));
  }

  /* memberships the document states: "X, a member of the Y coalition" */
  for (size_t k = 0; k < facts->n_member; k++) {
    const ng_membership *ms = &facts->member[k];
    if (ms->member < 0 || ms->group < 0 || (size_t)ms->member >= n_ent || (size_t)ms->group >= n_ent)
      continue;
    TRY(emit_iri(b, g, iris[ms->member], NG_NS "memberOf", iris[ms->group]));
  }

  group_events(b, facts);
  for (size_t i = 0; i < facts->n_ev; i++) {
    size_t first = b->ev_first[i];
    TRY(emit_event(b, doc, facts, &facts->ev[i], b->ev_store.data + b->ev_at[i],
                   first == i ? NULL : &facts->ev[first], g, iris, lens));
  }

cleanup:
  b->doc = NULL;
  b->minted = false;
  for (size_t k = 0; k < au.n; k++)
    free(au.iri[k]);
  return rc;
}

ng_status ng_builder_add(ng_builder *b, const ng_doc *doc, const ng_facts *facts) {
  return builder_add(b, doc, facts, PART_SHARED | PART_DOCUMENT, NULL);
}

ng_status ng_builder_add_shared(ng_builder *b, const ng_doc *doc, const ng_facts *facts) {
  return builder_add(b, doc, facts, PART_SHARED, NULL);
}

ng_status ng_builder_add_document(ng_builder *b, const ng_doc *doc, const ng_facts *facts) {
  return builder_add(b, doc, facts, PART_DOCUMENT, NULL);
}

void ng_builder_swap_iris(ng_builder *b, ng_buf *iris) {
  ng_buf t = b->iri_store;
  b->iri_store = *iris;
  *iris = t;
}

ng_status ng_builder_add_shared_iris(ng_builder *b, const ng_doc *doc, const ng_facts *facts,
                                     const ng_buf *iris) {
  return builder_add(b, doc, facts, PART_SHARED, iris && iris->data ? iris : NULL);
}
