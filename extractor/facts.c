/* facts.c - the facts container and the extraction driver. */
#include "extractor/internal.h"

#include <stdlib.h>
#include <string.h>

void ng_facts_init(ng_facts *f) { memset(f, 0, sizeof *f); }

/* Frees what event E owns. */
static void ev_release(ng_event *e) {
  free(e->args);
  free(e->quote);
  free(e->item);
  free(e->mentions);
}

void ng_ev_drop(ng_facts *f, size_t from, const bool *drop) {
  size_t w = from;
  for (size_t i = from; i < f->n_ev; i++) {
    if (drop[i - from]) {
      ev_release(&f->ev[i]);
      continue;
    }
    if (w != i) f->ev[w] = f->ev[i];
    w++;
  }
  f->n_ev = w;
}

void ng_facts_clear(ng_facts *f) {
  for (size_t i = 0; i < f->n_ent; i++) {
    ng_entity *e = &f->ent[i];
    free(e->key);
    free(e->label);
    for (size_t k = 0; k < e->n_alt; k++) free(e->alt[k]);
    free(e->alt);
    free(e->country);
    free(e->mentions);
  }
  for (size_t i = 0; i < f->n_post; i++) free(f->post[i].title);
  for (size_t i = 0; i < f->n_ev; i++) ev_release(&f->ev[i]);
  free(f->ent);
  free(f->post);
  free(f->ev);
  free(f->member);
  ng_facts_init(f);
}

ng_event *ng_ev_new(ng_ctx *c, ng_ev_kind kind, const char *subtype, double conf) {
  ng_facts *f = c->f;
  if (f->n_ev == f->cap_ev) {
    f->cap_ev = f->cap_ev ? f->cap_ev * 2 : 16;
    f->ev = ng_xrealloc(f->ev, f->cap_ev * sizeof *f->ev);
  }
  ng_event *e = &f->ev[f->n_ev++];
  memset(e, 0, sizeof *e);
  e->kind = kind;
  e->subtype = subtype;
  e->confidence = conf;
  return e;
}

int ng_count_leader(const ng_ctx *c, const size_t *count, int skip, size_t *best,
                    size_t *second) {
  int x = -1;
  *best = *second = 0;
  for (size_t k = 0; k < c->f->n_ent - c->ent_base; k++) {
    if ((int)(k + c->ent_base) == skip) continue;
    if (count[k] > *best) {
      *second = *best;
      *best = count[k];
      x = (int)(k + c->ent_base);
    } else if (count[k] > *second) {
      *second = count[k];
    }
  }
  return x;
}

int ng_document_subject(const ng_ctx *c) {
  int best = -1, best_n = 0, *count = ng_xcalloc(c->f->n_ent + 1, sizeof *count);
  for (size_t i = 0; i < c->tk.n; i++) { /* (the mentions the tokens show) */
    const ng_mention *m = c->tok_m[i] >= 0 ? &c->m[c->tok_m[i]] : NULL;
    if (!m || m->t0 != i || m->kind != NG_M_PERSON || m->ent < 0 || (size_t)m->ent >= c->f->n_ent)
      continue;
    if (++count[m->ent] > best_n) {
      best_n = count[m->ent];
      best = m->ent;
    }
  }
  free(count);
  return best_n >= 3 ? best : -1;
}

bool ng_ev_has_arg(const ng_event *e, ng_role role, int ent) {
  for (size_t i = 0; i < e->n_args; i++)
    if (e->args[i].role == role && e->args[i].ent == ent) return true;
  return false;
}

void ng_ev_arg(ng_event *e, ng_role role, int ent) {
  if (ent < 0 || ng_ev_has_arg(e, role, ent)) return;
  e->args = ng_grow4(e->args, e->n_args, sizeof *e->args);
  e->args[e->n_args].role = role;
  e->args[e->n_args].ent = ent;
  e->n_args++;
}

void ng_ev_span(ng_event *e, ng_span sp) {
  for (size_t i = e->n_mentions, k = 0; i-- > 0 && k < 8; k++)
    if (e->mentions[i].cb == sp.cb && e->mentions[i].ce == sp.ce) return;
  e->mentions = ng_grow4(e->mentions, e->n_mentions, sizeof *e->mentions);
  e->mentions[e->n_mentions++] = sp;
}

/* NEWSGRAPH_DEBUG=1: one line per token on stderr (sentence, mention kind,
 * trigger bits) -- for developing the rules, never for users' data flows. */
static void debug_dump(const ng_ctx *c) {
  static const char *const kinds[] = {"", "COUNTRY", "DEMONYM", "PLACE", "CAPGOV", "ORG", "PERSON", "TITLE"};
  for (size_t i = 0; i < c->tk.n; i++) {
    const ng_token *t = &c->tk.tok[i];
    ng_buf b;
    ng_buf_init(&b);
    ng_escape_terminal(&b, c->doc->text + t->b, t->e - t->b);
    const char *k = c->tok_m[i] >= 0 ? kinds[c->m[c->tok_m[i]].kind] : "";
    int ent = c->tok_m[i] >= 0 ? c->m[c->tok_m[i]].ent : -1;
    fprintf(stderr, "%5zu s%-4u %-24s %-8s %-30s %05x\n", i, t->sent, b.data, k,
            ent >= 0 ? c->f->ent[ent].key : "", c->trig[i]);
    ng_buf_free(&b);
  }
}

/* Extracts from the part [OFF, END) of DOC's text, which begins at code
 * point CP_OFF and paragraph PARA_OFF: its tokens keep their offsets in the
 * whole text, so that mentions point into the document. */
static void extract_part(const ng_lexicon *lex, const ng_doc *doc, ng_facts *out, size_t off,
                         size_t end, size_t cp_off, uint32_t para_off) {
  ng_ctx c;
  memset(&c, 0, sizeof c);
  c.lex = lex;
  c.doc = doc;
  c.f = out;
  c.ent_base = out->n_ent;
  c.ev_base = out->n_ev;
  ng_tokenize(doc->text + off, end - off, &c.tk);
  if (off > 0)
    for (size_t i = 0; i < c.tk.n; i++) {
      ng_token *t = &c.tk.tok[i];
      t->b += (uint32_t)off, t->e += (uint32_t)off;
      t->cb += (uint32_t)cp_off, t->ce += (uint32_t)cp_off;
      t->para += para_off;
    }
  /* The per-token arrays in one block, widest elements first (so each
   * starts aligned): a dozen allocations a document were a dozen trips
   * through malloc, each big enough to make it sweep its fast bins. */
  size_t n1 = c.tk.n + 1;
  size_t ptrs = 3 * n1 * sizeof(void *), words = 4 * n1 * sizeof(uint32_t);
  unsigned char *blk = ng_xmalloc(ptrs + words + 3 * n1);
  c.agree_type = (const char **)blk;
  c.lex1 = (const ng_lex_entry **)(blk + n1 * sizeof(void *));
  c.lex1_low = (const ng_lex_entry **)(blk + 2 * n1 * sizeof(void *));
  c.tok_m = (int *)(blk + ptrs);
  c.trig = (uint32_t *)(blk + ptrs + n1 * sizeof(uint32_t));
  c.wclass = (uint32_t *)(blk + ptrs + 2 * n1 * sizeof(uint32_t));
  c.win_at = (uint32_t *)(blk + ptrs + 3 * n1 * sizeof(uint32_t)); /* (set where used) */
  c.nonname = blk + ptrs + words;
  c.lex1_state = c.nonname + n1;
  c.win_stop = c.lex1_state + n1;
  _Static_assert(sizeof(int) == sizeof(uint32_t), "tok_m shares the 4-byte part");
  for (size_t i = 0; i < n1; i++) {
    c.agree_type[i] = NULL;
    c.lex1[i] = c.lex1_low[i] = NULL;
    c.tok_m[i] = -1;
    c.trig[i] = c.wclass[i] = 0;
  }
  memset(c.nonname, 2, n1);
  memset(c.lex1_state, 0, 2 * n1); /* and win_stop */
  ng_recognize_entities(&c);
  ng_extract_quotes(&c);
  ng_extract_events(&c);
  if (getenv("NEWSGRAPH_DEBUG")) debug_dump(&c);
  free(blk);
  free(c.win);
  free(c.m);
  for (size_t i = 0; i < sizeof c.name_buf / sizeof c.name_buf[0]; i++)
    ng_buf_free(&c.name_buf[i]);
  ng_tokens_free(&c.tk);
}

/* Where the part of TEXT (LEN bytes) that begins at OFF ends: the whole
 * rest when it is short, else about NG_PART_BYTES on, at the last blank
 * line of the part's second half (else the last line break, else a
 * sentence's end, else a space, else a character's boundary). */
static size_t part_end(const char *text, size_t len, size_t off) {
  if (len - off <= NG_PART_BYTES + NG_PART_BYTES / 2) return len;
  size_t hi = off + NG_PART_BYTES, lo = off + NG_PART_BYTES / 2;
  for (size_t e = hi; e > lo; e--)
    if (text[e - 1] == '\n' && text[e - 2] == '\n') return e;
  for (size_t e = hi; e > lo; e--)
    if (text[e - 1] == '\n') return e;
  for (size_t e = hi; e > lo; e--)
    if (text[e - 1] == ' ' && (text[e - 2] == '.' || text[e - 2] == '!' || text[e - 2] == '?'))
      return e;
  for (size_t e = hi; e > lo; e--)
    if (text[e - 1] == ' ') return e;
  size_t e = hi;
  while (e > lo && ((unsigned char)text[e] & 0xC0) == 0x80) e--;
  return e;
}

typedef struct {
  ng_ent_kind kind;
  const char *key;
  size_t idx;
} ent_ref;

static int cmp_ent_ref(const void *pa, const void *pb) {
  const ent_ref *a = pa, *b = pb;
  if (a->kind != b->kind) return a->kind < b->kind ? -1 : 1;
  int k = strcmp(a->key, b->key);
  if (k) return k;
  return a->idx < b->idx ? -1 : a->idx > b->idx;
}

static int cmp_post(const void *pa, const void *pb) {
  const ng_post *a = pa, *b = pb;
  if (a->person != b->person) return a->person < b->person ? -1 : 1;
  int k = strcmp(a->title, b->title);
  if (k) return k;
  return a->of < b->of ? -1 : a->of > b->of;
}

/* Maps the references to entities [BASE, BASE + N) of the posts, events and
 * memberships of F from POST_FROM, EV_FROM and MEMBER_FROM on: to
 * TO[x - BASE] (given), else to x + SHIFT. */
static void map_refs(ng_facts *f, size_t post_from, size_t ev_from, size_t member_from,
                     size_t base, size_t n, const int *to, int shift) {
#define MAP(x)                                                                     \
  do {                                                                             \
    if ((x) >= 0 && (size_t)(x) >= base && (size_t)(x) < base + n)                 \
      (x) = to ? to[(size_t)(x) - base] : (x) + shift;                             \
  } while (0)
  for (size_t i = post_from; i < f->n_post; i++) {
    MAP(f->post[i].person);
    MAP(f->post[i].of);
  }
  for (size_t i = ev_from; i < f->n_ev; i++)
    for (size_t a = 0; a < f->ev[i].n_args; a++) MAP(f->ev[i].args[a].ent);
  for (size_t i = member_from; i < f->n_member; i++) {
    MAP(f->member[i].member);
    MAP(f->member[i].group);
  }
#undef MAP
}

/* After a long document was read in parts: an entity each later part named
 * again (the same kind and key) is merged into the first of its kind and
 * key from BASE on, with its mentions, names and country; the references
 * of posts, events and memberships follow, and posts and event roles that
 * became the same are kept once. */
static void merge_parts(ng_facts *f, size_t base, size_t post_base, size_t ev_base,
                        size_t member_base) {
  size_t n = f->n_ent - base;
  if (n < 2) return;
  ent_ref *r = ng_xmalloc(n * sizeof *r);
  for (size_t i = 0; i < n; i++) {
    r[i].kind = f->ent[base + i].kind;
    r[i].key = f->ent[base + i].key;
    r[i].idx = base + i;
  }
  qsort(r, n, sizeof *r, cmp_ent_ref);
  size_t *into = ng_xmalloc(n * sizeof *into); /* the entity each is merged into */
  for (size_t i = 0, first = 0; i < n; i++) {
    if (i > 0 && (r[i].kind != r[first].kind || strcmp(r[i].key, r[first].key))) first = i;
    into[r[i].idx - base] = r[first].idx;
  }
  free(r);
  for (size_t i = 0; i < n; i++) {
    size_t to = into[i];
    if (to == base + i) continue;
    ng_entity *d = &f->ent[base + i], *e = &f->ent[to];
    if (d->n_mentions) {
      e->mentions = ng_xrealloc(e->mentions, (e->n_mentions + d->n_mentions) * sizeof *e->mentions);
      memcpy(e->mentions + e->n_mentions, d->mentions, d->n_mentions * sizeof *d->mentions);
      e->n_mentions += d->n_mentions;
    }
    for (size_t k = 0; k < d->n_alt; k++) {
      ng_entity_alt(e, d->alt[k], strlen(d->alt[k]));
      free(d->alt[k]);
    }
    if (!e->country && d->country) {
      e->country = d->country;
      d->country = NULL;
    }
    e->official |= d->official;
    free(d->key);
    free(d->label);
    free(d->alt);
    free(d->country);
    free(d->mentions);
  }
  /* the kept ones, in their order; TO: each one's index after that (the
   * merged ones' kept one's, which comes before them) */
  int *to = ng_xmalloc(n * sizeof *to);
  size_t w = base;
  for (size_t i = 0; i < n; i++) {
    if (into[i] != base + i) {
      to[i] = to[into[i] - base];
      continue;
    }
    to[i] = (int)w;
    if (w != base + i) f->ent[w] = f->ent[base + i];
    w++;
  }
  f->n_ent = w;
  free(into);
  map_refs(f, post_base, ev_base, member_base, base, n, to, 0);
  free(to);
  for (size_t i = ev_base; i < f->n_ev; i++) { /* roles that became the same */
    ng_event *ev = &f->ev[i];
    size_t k = 0;
    for (size_t a = 0; a < ev->n_args; a++) {
      bool dup = false;
      for (size_t b = 0; b < k && !dup; b++)
        dup = ev->args[b].role == ev->args[a].role && ev->args[b].ent == ev->args[a].ent;
      if (!dup) ev->args[k++] = ev->args[a];
    }
    ev->n_args = k;
  }
  /* the posts each part gave the same person */
  if (f->n_post - post_base > 1) {
    qsort(f->post + post_base, f->n_post - post_base, sizeof *f->post, cmp_post);
    size_t k = post_base + 1;
    for (size_t i = post_base + 1; i < f->n_post; i++) {
      if (!cmp_post(&f->post[i], &f->post[k - 1])) {
        free(f->post[i].title);
        continue;
      }
      f->post[k++] = f->post[i];
    }
    f->n_post = k;
  }
}

/* Moves what the facts P hold to the end of OUT (P is left empty). */
static void append_facts(ng_facts *out, ng_facts *p) {
  map_refs(p, 0, 0, 0, 0, p->n_ent, NULL, (int)out->n_ent);
#define MOVE(arr, n, cap)                                                          \
  do {                                                                             \
    if (out->n + p->n > out->cap) {                                                \
      out->cap = out->n + p->n > 2 * out->cap ? out->n + p->n : 2 * out->cap;      \
      out->arr = ng_xrealloc(out->arr, out->cap * sizeof *out->arr);               \
    }                                                                              \
    if (p->n) memcpy(out->arr + out->n, p->arr, p->n * sizeof *p->arr);            \
    out->n += p->n;                                                                \
    free(p->arr);                                                                  \
  } while (0)
  MOVE(ent, n_ent, cap_ent);
  MOVE(post, n_post, cap_post);
  MOVE(ev, n_ev, cap_ev);
  MOVE(member, n_member, cap_member);
#undef MOVE
  ng_facts_init(p);
}

ng_status ng_extract(const ng_lexicon *lex, const ng_doc *doc, ng_facts *out) {
  if (!lex || !doc || !out) return NG_ERR_USAGE;
  size_t end = part_end(doc->text, doc->len, 0);
  if (end == doc->len) { /* (an article: all at once) */
    extract_part(lex, doc, out, 0, end, 0, 0);
    return NG_OK;
  }
  /* each part on its own, so that no rule compares it with the others */
  size_t base = out->n_ent, post_base = out->n_post, ev_base = out->n_ev,
         member_base = out->n_member;
  size_t off = 0, cp_off = 0;
  uint32_t para_off = 0;
  ng_facts part;
  ng_facts_init(&part);
  for (;;) {
    extract_part(lex, doc, &part, off, end, cp_off, para_off);
    append_facts(out, &part);
    for (size_t i = off; i < end; i++) {
      if (((unsigned char)doc->text[i] & 0xC0) != 0x80) cp_off++;
      if (doc->text[i] == '\n') para_off++;
    }
    off = end;
    if (off >= doc->len) break;
    end = part_end(doc->text, doc->len, off);
  }
  merge_parts(out, base, post_base, ev_base, member_base);
  return NG_OK;
}
