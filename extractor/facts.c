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

ng_status ng_extract(const ng_lexicon *lex, const ng_doc *doc, ng_facts *out) {
  if (!lex || !doc || !out) return NG_ERR_USAGE;
  ng_ctx c;
  memset(&c, 0, sizeof c);
  c.lex = lex;
  c.doc = doc;
  c.f = out;
  c.ent_base = out->n_ent;
  c.ev_base = out->n_ev;
  ng_tokenize(doc->text, doc->len, &c.tk);
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
  return NG_OK;
}
