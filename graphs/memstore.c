/* memstore.c - an indexed in-memory quad store, as a Redland storage module.
 *
 * WHY.  librdf's in-memory "hashes" storage with contexts checks for a
 * duplicate before every add of a default-graph statement by scanning every
 * statement (loading a graph file is quadratic), and answers any triple
 * pattern other than (?s p ?o) or two bound terms by a scan of the whole
 * store.  Rasqal evaluates a join as one lookup per row of the previous
 * pattern, so the example queries over 1,000 articles took minutes.  This
 * storage ("ng-memory") keeps the quads in arrays with four sorted
 * permutations, so that every lookup is a binary search:
 *
 *   SPOG  patterns with the subject bound (s, sp, spo)
 *   POSG  the predicate bound without the subject (p, po)
 *   OSPG  the object bound without the predicate (o, so)
 *   GSPO  a pattern in one named graph (GRAPH <g> or a bound ?g)
 *
 * Semantics are those of librdf's hashes storage with contexts, which the
 * rest of newsgraph (and its expected answers) was written against: a
 * pattern outside GRAPH matches every quad (a triple asserted in two graphs
 * matches twice); inside GRAPH it matches the quads of that graph.  The same
 * quad added twice is kept once.
 *
 * COST.  Terms are interned (one librdf_node each); a quad is four 32-bit
 * term numbers plus 16 bytes of index, so ~40 bytes a quad besides the
 * terms.  The indexes are built (radix-sorted) at the first lookup after
 * adds: O(n) once.  Removing statements is not supported (query loads only).
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <redland.h>
#include <rdf_storage_module.h>

#include "common/ng.h"
#include "graphs/graphs.h"

#define MS_NAME "ng-memory"

typedef struct {
  uint32_t t[4]; /* subject, predicate, object, graph (0 = the default graph) */
} ms_quad;

enum { P_SPOG, P_POSG, P_OSPG, P_GSPO, P_COUNT };
/* the order of quad fields in each permutation */
static const int perm_fields[P_COUNT][4] = {{0, 1, 2, 3}, {1, 2, 0, 3}, {2, 0, 1, 3}, {3, 0, 1, 2}};

typedef struct {
  librdf_world *world;
  /* terms: id 1..nterms; node[id], key bytes in keys at koff[id] */
  librdf_node **node;
  unsigned char *keys;
  size_t *koff, *klen;
  size_t nterms, keys_len, keys_cap;
  uint32_t *tslot; /* open addressing: term ids, 0 = empty */
  size_t tcap;
  /* quads */
  ms_quad *q;
  size_t nq;
  uint32_t *qslot; /* open addressing: quad index + 1, 0 = empty */
  size_t qcap;
  /* sorted permutations, valid when indexed */
  uint32_t *perm[P_COUNT];
  bool indexed;
  size_t ncontexts;
} ms_store;

/* ------------------------------------------------------------------ hashing */

static uint64_t hash_bytes(const unsigned char *p, size_t n) {
  uint64_t h = 1469598103934665603ULL; /* FNV-1a, then a final mix */
  for (size_t i = 0; i < n; i++) {
    h ^= p[i];
    h *= 1099511628211ULL;
  }
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  return h;
}

static uint64_t hash_quad(const ms_quad *q) {
  uint64_t h = ((uint64_t)q->t[0] << 32 | q->t[1]) * 0x9e3779b97f4a7c15ULL;
  h ^= ((uint64_t)q->t[2] << 32 | q->t[3]) * 0xc2b2ae3d27d4eb4fULL;
  h ^= h >> 29;
  h *= 0xbf58476d1ce4e5b9ULL;
  h ^= h >> 32;
  return h;
}

/* ------------------------------------------------------------------ terms */

/* The term's key: librdf's own encoding of the node (type, value, language,
 * datatype), which tells apart every pair of distinct RDF terms.  Written to
 * SMALL (SMALL_LEN bytes) when it fits, else to a malloc'ed buffer; returns
 * the buffer and its length, or NULL. */
#define SMALL_LEN 512
static unsigned char *term_key(librdf_node *n, unsigned char *small, size_t *len) {
  size_t need = librdf_node_encode(n, NULL, 0);
  if (!need)
    return NULL;
  unsigned char *buf = need <= SMALL_LEN ? small : ng_xmalloc(need);
  *len = librdf_node_encode(n, buf, need);
  if (!*len) {
    if (buf != small)
      free(buf);
    return NULL;
  }
  return buf;
}

static void terms_rehash(ms_store *m) {
  size_t cap = m->tcap ? m->tcap * 2 : 1024;
  uint32_t *slot = ng_xcalloc(cap, sizeof *slot);
  for (size_t id = 1; id <= m->nterms; id++) {
    size_t i = hash_bytes(m->keys + m->koff[id], m->klen[id]) & (cap - 1);
    while (slot[i])
      i = (i + 1) & (cap - 1);
    slot[i] = (uint32_t)id;
  }
  free(m->tslot);
  m->tslot = slot;
  m->tcap = cap;
}

/* The id of node N, interning it when ADD; 0 when absent (or on error). */
static uint32_t term_id(ms_store *m, librdf_node *n, bool add) {
  size_t len = 0;
  unsigned char small[SMALL_LEN];
  unsigned char *key = term_key(n, small, &len);
  if (!key)
    return 0;
  if (!m->tcap)
    terms_rehash(m);
  size_t i = hash_bytes(key, len) & (m->tcap - 1);
  for (; m->tslot[i]; i = (i + 1) & (m->tcap - 1)) {
    uint32_t id = m->tslot[i];
    if (m->klen[id] == len && memcmp(m->keys + m->koff[id], key, len) == 0) {
      if (key != small)
        free(key);
      return id;
    }
  }
  if (!add || m->nterms >= UINT32_MAX - 1) {
    if (key != small)
      free(key);
    return 0;
  }
  size_t id = ++m->nterms;
  m->node = ng_xgrow(m->node, id, sizeof *m->node);
  m->koff = ng_xgrow(m->koff, id, sizeof *m->koff);
  m->klen = ng_xgrow(m->klen, id, sizeof *m->klen);
  while (m->keys_len + len > m->keys_cap) {
    m->keys_cap = m->keys_cap ? m->keys_cap * 2 : 65536;
    m->keys = ng_xrealloc(m->keys, m->keys_cap);
  }
  memcpy(m->keys + m->keys_len, key, len);
  if (key != small)
    free(key);
  m->koff[id] = m->keys_len;
  m->klen[id] = len;
  m->keys_len += len;
  m->node[id] = librdf_new_node_from_node(n);
  m->tslot[i] = (uint32_t)id;
  if (m->nterms * 2 > m->tcap)
    terms_rehash(m);
  return (uint32_t)id;
}

/* ------------------------------------------------------------------ quads */

static void quads_rehash(ms_store *m) {
  size_t cap = m->qcap ? m->qcap * 2 : 4096;
  uint32_t *slot = ng_xcalloc(cap, sizeof *slot);
  for (size_t k = 0; k < m->nq; k++) {
    size_t i = hash_quad(&m->q[k]) & (cap - 1);
    while (slot[i])
      i = (i + 1) & (cap - 1);
    slot[i] = (uint32_t)(k + 1);
  }
  free(m->qslot);
  m->qslot = slot;
  m->qcap = cap;
}

/* The slot of quad Q in the dedup table: holding it, or empty. */
static size_t quad_slot(const ms_store *m, const ms_quad *q) {
  size_t i = hash_quad(q) & (m->qcap - 1);
  for (; m->qslot[i]; i = (i + 1) & (m->qcap - 1))
    if (memcmp(&m->q[m->qslot[i] - 1], q, sizeof *q) == 0)
      break;
  return i;
}

static int add_quad(ms_store *m, librdf_statement *st, librdf_node *ctx) {
  librdf_node *s = librdf_statement_get_subject(st), *p = librdf_statement_get_predicate(st),
              *o = librdf_statement_get_object(st);
  if (!s || !p || !o)
    return 1;
  ms_quad q = {{term_id(m, s, true), term_id(m, p, true), term_id(m, o, true),
                ctx ? term_id(m, ctx, true) : 0}};
  if (!q.t[0] || !q.t[1] || !q.t[2] || (ctx && !q.t[3]) || m->nq >= UINT32_MAX - 1)
    return 1;
  if (!m->qcap)
    quads_rehash(m);
  size_t i = quad_slot(m, &q);
  if (m->qslot[i])
    return 0; /* already there */
  m->q = ng_xgrow(m->q, m->nq, sizeof *m->q);
  m->q[m->nq++] = q;
  m->qslot[i] = (uint32_t)m->nq;
  if (m->nq * 2 > m->qcap)
    quads_rehash(m);
  m->indexed = false;
  return 0;
}

/* ------------------------------------------------------------------ indexes */

/* Sorts the quad numbers OUT (0..n-1 on entry) in the field order of
 * permutation P: a least-significant-digit radix sort, 16 bits a pass (a
 * pass whose digit is 0 in every term number is skipped), stable, so each
 * field's passes keep the order the later fields gave.  TMP and COUNT
 * (65537 entries) are scratch. */
static void radix_perm(const ms_quad *q, size_t n, int p, size_t nterms, uint32_t *out, uint32_t *tmp,
                       size_t *count) {
  for (int k = 3; k >= 0; k--) {
    int f = perm_fields[p][k];
    for (int shift = 0; shift < 32; shift += 16) {
      if (shift && nterms < 65536)
        continue; /* every digit is 0 */
      memset(count, 0, 65537 * sizeof *count);
      for (size_t i = 0; i < n; i++)
        count[((q[out[i]].t[f] >> shift) & 0xffff) + 1]++;
      for (size_t d = 1; d <= 65536; d++)
        count[d] += count[d - 1];
      for (size_t i = 0; i < n; i++)
        tmp[count[(q[out[i]].t[f] >> shift) & 0xffff]++] = out[i];
      memcpy(out, tmp, n * sizeof *out);
    }
  }
}

static void build_indexes(ms_store *m) {
  if (m->indexed)
    return;
  uint32_t *tmp = ng_xmalloc((m->nq ? m->nq : 1) * sizeof *tmp);
  size_t *count = ng_xmalloc(65537 * sizeof *count);
  for (int p = 0; p < P_COUNT; p++) {
    free(m->perm[p]);
    m->perm[p] = ng_xmalloc((m->nq ? m->nq : 1) * sizeof(uint32_t));
    for (size_t k = 0; k < m->nq; k++)
      m->perm[p][k] = (uint32_t)k;
    radix_perm(m->q, m->nq, p, m->nterms, m->perm[p], tmp, count);
  }
  free(tmp);
  free(count);
  m->ncontexts = 0;
  for (size_t k = 0; k < m->nq; k++) {
    uint32_t g = m->q[m->perm[P_GSPO][k]].t[3];
    if (g && (k == 0 || m->q[m->perm[P_GSPO][k - 1]].t[3] != g))
      m->ncontexts++;
  }
  m->indexed = true;
}

/* Compares quad Q with the first NKEY fields of KEY in permutation P. */
static int cmp_prefix(const ms_quad *q, int p, const uint32_t *key, int nkey) {
  for (int k = 0; k < nkey; k++) {
    uint32_t v = q->t[perm_fields[p][k]];
    if (v != key[k])
      return v < key[k] ? -1 : 1;
  }
  return 0;
}

/* [*lo, *hi): the quads of permutation P whose first NKEY fields are KEY. */
static void range(const ms_store *m, int p, const uint32_t *key, int nkey, size_t *lo, size_t *hi) {
  const uint32_t *v = m->perm[p];
  size_t a = 0, b = m->nq;
  while (a < b) {
    size_t mid = a + (b - a) / 2;
    if (cmp_prefix(&m->q[v[mid]], p, key, nkey) < 0)
      a = mid + 1;
    else
      b = mid;
  }
  *lo = a;
  b = m->nq;
  while (a < b) {
    size_t mid = a + (b - a) / 2;
    if (cmp_prefix(&m->q[v[mid]], p, key, nkey) <= 0)
      a = mid + 1;
    else
      b = mid;
  }
  *hi = a;
}

/* ------------------------------------------------------------------ streams */

typedef struct {
  ms_store *m;
  librdf_storage *storage;
  const uint32_t *v; /* the permutation walked */
  size_t pos, end;
  uint32_t want[4];  /* 0 = any */
  bool in_context;   /* a context was asked for: report it */
  librdf_statement *cur;
  size_t cur_pos;
} ms_stream;

static bool matches(const ms_stream *c, const ms_quad *q) {
  for (int f = 0; f < 4; f++)
    if (c->want[f] && q->t[f] != c->want[f])
      return false;
  return true;
}

static void skip_to_match(ms_stream *c) {
  while (c->pos < c->end && !matches(c, &c->m->q[c->v[c->pos]]))
    c->pos++;
}

static int stream_end(void *ctx) {
  ms_stream *c = ctx;
  return c->pos >= c->end;
}

static int stream_next(void *ctx) {
  ms_stream *c = ctx;
  if (c->pos < c->end) {
    c->pos++;
    skip_to_match(c);
  }
  return c->pos >= c->end;
}

static void *stream_get(void *ctx, int flags) {
  ms_stream *c = ctx;
  if (c->pos >= c->end)
    return NULL;
  const ms_quad *q = &c->m->q[c->v[c->pos]];
  if (flags == LIBRDF_ITERATOR_GET_METHOD_GET_CONTEXT)
    return q->t[3] ? c->m->node[q->t[3]] : NULL;
  if (flags != LIBRDF_ITERATOR_GET_METHOD_GET_OBJECT)
    return NULL;
  if (!c->cur || c->cur_pos != c->pos) {
    if (c->cur)
      librdf_free_statement(c->cur);
    c->cur = librdf_new_statement_from_nodes(c->m->world, librdf_new_node_from_node(c->m->node[q->t[0]]),
                                             librdf_new_node_from_node(c->m->node[q->t[1]]),
                                             librdf_new_node_from_node(c->m->node[q->t[2]]));
    c->cur_pos = c->pos;
  }
  return c->cur;
}

static void stream_finished(void *ctx) {
  ms_stream *c = ctx;
  if (c->cur)
    librdf_free_statement(c->cur);
  if (c->storage)
    librdf_storage_remove_reference(c->storage);
  free(c);
}

/* A stream over the quads matching STATEMENT (NULL parts = any) in CONTEXT
 * (NULL = every graph). */
static librdf_stream *find(librdf_storage *storage, librdf_statement *statement, librdf_node *context) {
  ms_store *m = librdf_storage_get_instance(storage);
  build_indexes(m);
  ms_stream *c = ng_xcalloc(1, sizeof *c);
  c->m = m;
  bool none = false;
  librdf_node *parts[4] = {statement ? librdf_statement_get_subject(statement) : NULL,
                           statement ? librdf_statement_get_predicate(statement) : NULL,
                           statement ? librdf_statement_get_object(statement) : NULL, context};
  for (int f = 0; f < 4; f++)
    if (parts[f] && !(c->want[f] = term_id(m, parts[f], false)))
      none = true; /* a term the store has never seen: nothing matches */
  c->in_context = context != NULL;
  const uint32_t *w = c->want;
  int p;
  uint32_t key[4];
  int nkey = 0;
  if (w[3]) {
    p = P_GSPO;
    key[nkey++] = w[3];
    if (w[0]) {
      key[nkey++] = w[0];
      if (w[1]) {
        key[nkey++] = w[1];
        if (w[2])
          key[nkey++] = w[2];
      }
    }
  } else if (w[0]) {
    p = w[1] || !w[2] ? P_SPOG : P_OSPG;
    if (p == P_SPOG) {
      key[nkey++] = w[0];
      if (w[1]) {
        key[nkey++] = w[1];
        if (w[2])
          key[nkey++] = w[2];
      }
    } else {
      key[nkey++] = w[2];
      key[nkey++] = w[0];
    }
  } else if (w[1]) {
    p = P_POSG;
    key[nkey++] = w[1];
    if (w[2])
      key[nkey++] = w[2];
  } else if (w[2]) {
    p = P_OSPG;
    key[nkey++] = w[2];
  } else {
    p = P_SPOG;
  }
  c->v = m->perm[p];
  if (none) {
    c->pos = c->end = 0;
  } else if (nkey) {
    range(m, p, key, nkey, &c->pos, &c->end);
  } else {
    c->pos = 0;
    c->end = m->nq;
  }
  skip_to_match(c);
  c->storage = storage;
  librdf_storage_add_reference(storage);
  librdf_stream *s = librdf_new_stream(m->world, c, stream_end, stream_next, stream_get, stream_finished);
  if (!s)
    stream_finished(c);
  return s;
}

/* ------------------------------------------------------------------ contexts iterator */

typedef struct {
  ms_store *m;
  librdf_storage *storage;
  size_t pos; /* in GSPO, at the first quad of a named graph */
} ms_ctx_iter;

static void ctx_skip(ms_ctx_iter *c) {
  const ms_store *m = c->m;
  while (c->pos < m->nq && m->q[m->perm[P_GSPO][c->pos]].t[3] == 0)
    c->pos++;
}
static int ctx_end(void *ctx) {
  ms_ctx_iter *c = ctx;
  return c->pos >= c->m->nq;
}
static int ctx_next(void *ctx) {
  ms_ctx_iter *c = ctx;
  const ms_store *m = c->m;
  if (c->pos < m->nq) {
    uint32_t g = m->q[m->perm[P_GSPO][c->pos]].t[3];
    while (c->pos < m->nq && m->q[m->perm[P_GSPO][c->pos]].t[3] == g)
      c->pos++;
  }
  return c->pos >= m->nq;
}
static void *ctx_get(void *ctx, int flags) {
  ms_ctx_iter *c = ctx;
  if (c->pos >= c->m->nq || flags != LIBRDF_ITERATOR_GET_METHOD_GET_OBJECT)
    return NULL;
  return c->m->node[c->m->q[c->m->perm[P_GSPO][c->pos]].t[3]];
}
static void ctx_finished(void *ctx) {
  ms_ctx_iter *c = ctx;
  if (c->storage)
    librdf_storage_remove_reference(c->storage);
  free(c);
}

/* ------------------------------------------------------------------ the factory */

static int ms_init(librdf_storage *storage, const char *name, librdf_hash *options) {
  (void)name;
  if (options)
    librdf_free_hash(options);
  ms_store *m = ng_xcalloc(1, sizeof *m);
  m->world = librdf_storage_get_world(storage);
  librdf_storage_set_instance(storage, m);
  return 0;
}

static void ms_terminate(librdf_storage *storage) {
  ms_store *m = librdf_storage_get_instance(storage);
  if (!m)
    return;
  for (size_t id = 1; id <= m->nterms; id++)
    librdf_free_node(m->node[id]);
  free(m->node);
  free(m->keys);
  free(m->koff);
  free(m->klen);
  free(m->tslot);
  free(m->q);
  free(m->qslot);
  for (int p = 0; p < P_COUNT; p++)
    free(m->perm[p]);
  free(m);
  librdf_storage_set_instance(storage, NULL);
}

static int ms_open(librdf_storage *storage, librdf_model *model) {
  (void)storage;
  (void)model;
  return 0;
}
static int ms_close(librdf_storage *storage) {
  (void)storage;
  return 0;
}
static int ms_size(librdf_storage *storage) {
  ms_store *m = librdf_storage_get_instance(storage);
  return m->nq > INT32_MAX ? -1 : (int)m->nq;
}
static int ms_add(librdf_storage *storage, librdf_statement *st) {
  return add_quad(librdf_storage_get_instance(storage), st, NULL);
}
static int ms_context_add(librdf_storage *storage, librdf_node *ctx, librdf_statement *st) {
  return add_quad(librdf_storage_get_instance(storage), st, ctx);
}
static int ms_add_many(librdf_storage *storage, librdf_stream *stream) {
  for (; !librdf_stream_end(stream); librdf_stream_next(stream)) {
    librdf_statement *st = librdf_stream_get_object(stream);
    if (!st || ms_add(storage, st))
      return 1;
  }
  return 0;
}
static int ms_remove(librdf_storage *storage, librdf_statement *st) {
  (void)storage;
  (void)st;
  return 1; /* read-mostly: never needed by queries */
}
static int ms_context_remove(librdf_storage *storage, librdf_node *ctx, librdf_statement *st) {
  (void)ctx;
  return ms_remove(storage, st);
}
static int ms_contains(librdf_storage *storage, librdf_statement *st) {
  librdf_stream *s = find(storage, st, NULL);
  if (!s)
    return 0;
  int found = !librdf_stream_end(s);
  librdf_free_stream(s);
  return found;
}
static librdf_stream *ms_serialise(librdf_storage *storage) { return find(storage, NULL, NULL); }
static librdf_stream *ms_find(librdf_storage *storage, librdf_statement *st) { return find(storage, st, NULL); }
static librdf_stream *ms_find_in_context(librdf_storage *storage, librdf_statement *st, librdf_node *ctx) {
  return find(storage, st, ctx);
}
static librdf_stream *ms_context_serialise(librdf_storage *storage, librdf_node *ctx) {
  return find(storage, NULL, ctx);
}
static librdf_iterator *ms_get_contexts(librdf_storage *storage) {
  ms_store *m = librdf_storage_get_instance(storage);
  build_indexes(m);
  ms_ctx_iter *c = ng_xcalloc(1, sizeof *c);
  c->m = m;
  ctx_skip(c);
  c->storage = storage;
  librdf_storage_add_reference(storage);
  librdf_iterator *it = librdf_new_iterator(m->world, c, ctx_end, ctx_next, ctx_get, ctx_finished);
  if (!it)
    ctx_finished(c);
  return it;
}
static librdf_node *ms_get_feature(librdf_storage *storage, librdf_uri *feature) {
  ms_store *m = librdf_storage_get_instance(storage);
  if (!feature || strcmp((const char *)librdf_uri_as_string(feature), LIBRDF_MODEL_FEATURE_CONTEXTS) != 0)
    return NULL;
  return librdf_new_node_from_typed_literal(m->world, (const unsigned char *)"1", NULL, NULL);
}

static void ms_register(librdf_storage_factory *f) {
  f->version = LIBRDF_STORAGE_INTERFACE_VERSION;
  f->init = ms_init;
  f->terminate = ms_terminate;
  f->open = ms_open;
  f->close = ms_close;
  f->size = ms_size;
  f->add_statement = ms_add;
  f->add_statements = ms_add_many;
  f->remove_statement = ms_remove;
  f->contains_statement = ms_contains;
  f->serialise = ms_serialise;
  f->find_statements = ms_find;
  f->context_add_statement = ms_context_add;
  f->context_remove_statement = ms_context_remove;
  f->context_serialise = ms_context_serialise;
  f->find_statements_in_context = ms_find_in_context;
  f->get_contexts = ms_get_contexts;
  f->get_feature = ms_get_feature;
}

librdf_storage *ng_memstore_new(librdf_world *world) {
  if (librdf_storage_register_factory(world, MS_NAME, "newsgraph indexed in-memory quads", ms_register))
    return NULL;
  return librdf_new_storage(world, MS_NAME, NULL, NULL);
}

ng_status ng_memstore_copy(librdf_storage *dst, librdf_storage *src, unsigned long *n) {
  ms_store *m = librdf_storage_get_instance(dst);
  *n = 0;
  librdf_stream *s = librdf_storage_serialise(src);
  if (!m || !s)
    return NG_ERR_RDF;
  ng_status rc = NG_OK;
  for (; !librdf_stream_end(s); librdf_stream_next(s)) {
    librdf_statement *st = librdf_stream_get_object(s);
    if (!st || add_quad(m, st, librdf_stream_get_context2(s))) {
      rc = NG_ERR_RDF;
      break;
    }
    ++*n;
  }
  librdf_free_stream(s);
  return rc;
}
