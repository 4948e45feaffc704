/* entities.c - recognising countries, places, organizations, titles and
 * persons in a tokenized document.
 *
 * Passes, in order (each only claims tokens no earlier pass claimed):
 *   1. trigger words (annotations only, claim nothing);
 *   2. organization patterns ("Ministry of Defence", "Russian Foreign Ministry",
 *      "the Egyptian army's joint operations command", "Egyptian army");
 *   3. gazetteer: countries, demonyms, capitals (place or government
 *      metonym), cities, known organizations;
 *   4. titles ("foreign minister", "Mr");
 *   5. person names, from evidence: a title before or after (apposition),
 *      a speech verb beside, the byline; then short mentions ("Mr Mehta",
 *      "Mehta") resolved to the full names of the same document;
 *   6. places from patterns ("near X in Chile", "the city of X"). */
#include "extractor/internal.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_PHRASE 10

/* ------------------------------------------------------------- helpers */

/* the external definitions of the inline helpers of internal.h */
extern inline const char *ng_tok_text(const ng_ctx *c, size_t i, size_t *len);
extern inline bool ng_tok_is(const ng_ctx *c, size_t i, const char *word);

bool ng_tok_is_ci(const ng_ctx *c, size_t i, const char *word) {
  if (i >= c->tk.n) return false;
  size_t n;
  const char *s = ng_tok_text(c, i, &n);
  /* no strlen(word): this runs millions of times against word lists, and
   * most words differ in the first character */
  for (size_t k = 0; k < n; k++) {
    char a = s[k], b = word[k];
    if (b == '\0') return false;
    if (a >= 'A' && a <= 'Z') a = (char)(a - 'A' + 'a');
    if (b >= 'A' && b <= 'Z') b = (char)(b - 'A' + 'a');
    if (a != b) return false;
  }
  return word[n] == '\0';
}

/* Token i is the first N bytes of WORD, ignoring ASCII case. */
static bool tok_is_ci_prefix(const ng_ctx *c, size_t i, const char *word, size_t n) {
  size_t tn;
  const char *s = ng_tok_text(c, i, &tn);
  return tn == n && strncasecmp(s, word, n) == 0;
}

static bool tok_in(const ng_ctx *c, size_t i, const char *const *words) {
  if (i >= c->tk.n) return false;
  size_t n;
  const char *s = ng_tok_text(c, i, &n);
  if (n == 0) {
    for (size_t k = 0; words[k]; k++)
      if (!words[k][0]) return true;
    return false;
  }
  /* most list words differ from the token at the first character */
  char f = s[0] >= 'A' && s[0] <= 'Z' ? (char)(s[0] - 'A' + 'a') : s[0];
  for (size_t k = 0; words[k]; k++) {
    char w = words[k][0] >= 'A' && words[k][0] <= 'Z' ? (char)(words[k][0] - 'A' + 'a') : words[k][0];
    if (w == f && ng_tok_is_ci(c, i, words[k])) return true;
  }
  return false;
}

/* Word classes: the word lists of the passes that are asked about most
 * tokens, as bits, so that a token is looked up in all of them at once, once
 * (see tok_class, after the lists). */
enum {
  WC_GOV_HEAD = 1u << 0, WC_ORG_HEAD = 1u << 1, WC_ARMED_HEAD = 1u << 2,
  WC_MORE_ORG_HEAD = 1u << 3, WC_ORG_STOP = 1u << 4, WC_MEDIA = 1u << 5, WC_PLACE_PREP = 1u << 6,
  WC_PARTICLE = 1u << 7, WC_PLACE_BEFORE = 1u << 8, WC_PLACE_NOUN = 1u << 9,
  WC_COALITION_HEAD = 1u << 10, WC_DESC = 1u << 11, WC_FOREIGN_HEAD = 1u << 12,
  WC_PORTFOLIO = 1u << 13, WC_PORTFOLIO_MORE = 1u << 14, WC_FACILITY = 1u << 15,
  WC_COMPANY = 1u << 16, WC_BODY_NEXT = 1u << 17, WC_LANDFORM = 1u << 18,
  WC_DEMONYM_NOUN = 1u << 19, WC_RESUMED = 1u << 20,
  WC_LOOKED = 1u << 30 /* (tok_class: looked up) */
};

static uint32_t tok_class_look(const ng_ctx *c, size_t i);

/* The WC_* classes of token i (0 past the end), looked up once per token:
 * inline, as most asks find the answer there. */
static inline uint32_t tok_class(const ng_ctx *c, size_t i) {
  if (i >= c->tk.n) return 0;
  uint32_t wc = c->wclass[i];
  return wc & WC_LOOKED ? wc & ~(uint32_t)WC_LOOKED : tok_class_look(c, i);
}

/* True if token i is (ASCII case-insensitively) a word of the lists of CLASS. */
static bool tok_is_a(const ng_ctx *c, size_t i, uint32_t class) {
  return (tok_class(c, i) & class) != 0;
}

static bool is_possessive(const ng_ctx *c, size_t i) {
  if (i >= c->tk.n) return false;
  size_t n;
  const char *s = ng_tok_text(c, i, &n);
  if ((n == 2 && (s[0] == '\'') && (s[1] == 's' || s[1] == 'S')) ||
      (n == 4 && (unsigned char)s[0] == 0xE2 && (s[3] == 's' || s[3] == 'S')))
    return true;
  /* a bare apostrophe after a plural-looking name: "Seychelles' minister",
   * "the Philippines' foreign secretary" */
  if (!((n == 1 && s[0] == '\'') || (n == 3 && !memcmp(s, "\xE2\x80\x99", 3))) || i == 0 ||
      i + 1 >= c->tk.n || (c->tk.tok[i].flags & NG_TF_SPACE_BEFORE) ||
      !(c->tk.tok[i + 1].flags & NG_TF_SPACE_BEFORE) || c->tk.tok[i + 1].type != NG_TOK_WORD ||
      c->tk.tok[i - 1].type != NG_TOK_WORD || !(c->tk.tok[i - 1].flags & NG_TF_CAP))
    return false;
  char last = c->doc->text[c->tk.tok[i - 1].e - 1];
  return last == 's' || last == 'S';
}

static bool is_cap(const ng_ctx *c, size_t i) {
  return i < c->tk.n && c->tk.tok[i].type == NG_TOK_WORD && (c->tk.tok[i].flags & NG_TF_CAP);
}

/* Per token i (and c->tk.n), the first capitalized word from i on, or
 * c->tk.n: the loops over names step from one to the next (cap_at), past
 * the four tokens in five that they would only test and pass over.  The
 * caller frees it. */
static uint32_t *cap_steps(const ng_ctx *c) {
  uint32_t *next = ng_xmalloc((c->tk.n + 1) * sizeof *next);
  next[c->tk.n] = (uint32_t)c->tk.n;
  for (size_t i = c->tk.n; i-- > 0;) next[i] = is_cap(c, i) ? (uint32_t)i : next[i + 1];
  return next;
}

/* The first capitalized word from token i on (NEXT from cap_steps), or i
 * itself past the end. */
static size_t cap_at(const ng_ctx *c, const uint32_t *next, size_t i) {
  return i < c->tk.n ? next[i] : i;
}

static bool is_punct(const ng_ctx *c, size_t i, char ch) {
  return i < c->tk.n && c->tk.tok[i].type == NG_TOK_PUNCT && c->doc->text[c->tk.tok[i].b] == ch;
}

static bool glued(const ng_ctx *c, size_t i) { /* no space before token i */
  return i < c->tk.n && !(c->tk.tok[i].flags & NG_TF_SPACE_BEFORE);
}

static bool same_sent(const ng_ctx *c, size_t a, size_t b) {
  return a < c->tk.n && b < c->tk.n && c->tk.tok[a].sent == c->tk.tok[b].sent;
}

/* Surface text of tokens [t0, t1) with single spaces where the text had space. */
static void phrase(const ng_ctx *c, size_t t0, size_t t1, ng_buf *out) {
  ng_buf_clear(out);
  size_t len = 0;
  for (size_t i = t0; i < t1; i++)
    len += (c->tk.tok[i].e - c->tk.tok[i].b) +
           (i > t0 && (c->tk.tok[i].flags & NG_TF_SPACE_BEFORE));
  if (out->cap <= len) { /* growing (once per buffer): the slow way */
    for (size_t i = t0; i < t1; i++) {
      if (i > t0 && (c->tk.tok[i].flags & NG_TF_SPACE_BEFORE)) ng_buf_addc(out, ' ');
      size_t n;
      const char *s = ng_tok_text(c, i, &n);
      ng_buf_add(out, s, n);
    }
    return;
  }
  /* else one length pass and a copy, no call per token */
  char *d = out->data;
  for (size_t i = t0; i < t1; i++) {
    if (i > t0 && (c->tk.tok[i].flags & NG_TF_SPACE_BEFORE)) *d++ = ' ';
    const char *s = c->doc->text + c->tk.tok[i].b;
    for (size_t k = 0, n = c->tk.tok[i].e - c->tk.tok[i].b; k < n; k++) *d++ = s[k];
  }
  *d = '\0';
  out->len = len;
}

/* What the lexicon says of token i's text: its chain, its ASCII lower
 * case's chain, whether it begins a phrase.  Every pass asks about single
 * words, so this is asked once per token, all at once. */
static void lex_word(const ng_ctx *c, size_t i) {
  size_t n;
  const char *s = ng_tok_text(c, i, &n);
  bool prefix;
  ng_lexicon_word(c->lex, s, n, &c->lex1[i], &c->lex1_low[i], &prefix);
  c->lex1_state[i] = NG_LEX1_LOOKED | (prefix ? NG_LEX1_PREFIX : 0);
}

/* The lexicon chain of token i's text (a one-token phrase is the token's text). */
static const ng_lex_entry *lex_tok(const ng_ctx *c, size_t i) {
  if (!(c->lex1_state[i] & NG_LEX1_LOOKED)) lex_word(c, i);
  return c->lex1[i];
}

/* ng_lexicon_is_prefix of token i's text. */
static bool prefix_tok(const ng_ctx *c, size_t i) {
  if (!(c->lex1_state[i] & NG_LEX1_LOOKED)) lex_word(c, i);
  return (c->lex1_state[i] & NG_LEX1_PREFIX) != 0;
}

/* The lexicon chain of token i's ASCII lower case. */
static const ng_lex_entry *lex_tok_lower(const ng_ctx *c, size_t i) {
  if (!(c->lex1_state[i] & NG_LEX1_LOOKED)) lex_word(c, i);
  return c->lex1_low[i];
}

static const ng_lex_entry *lookup_tok(const ng_ctx *c, size_t i, ng_buf *tmp) {
  phrase(c, i, i + 1, tmp); /* callers use the text in TMP */
  return lex_tok(c, i);
}

static void lower_ascii(ng_buf *b) {
  for (size_t i = 0; i < b->len; i++)
    if (b->data[i] >= 'A' && b->data[i] <= 'Z') b->data[i] = (char)(b->data[i] - 'A' + 'a');
}

static void slugify(const char *s, size_t n, ng_buf *out) {
  ng_buf f;
  ng_buf_init(&f);
  ng_utf8_fold(&f, s, n);
  bool dash = false;
  for (size_t i = 0; i < f.len; i++) {
    char ch = f.data[i];
    if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
      if (dash && out->len) ng_buf_addc(out, '-');
      dash = false;
      ng_buf_addc(out, ch);
    } else if (ch != '\'' && ch != '.') {
      dash = true;
    }
  }
  ng_buf_free(&f);
}

ng_span ng_tok_span(const ng_ctx *c, uint32_t t0, uint32_t t1) {
  ng_span sp;
  sp.b = c->tk.tok[t0].b;
  sp.e = c->tk.tok[t1 - 1].e;
  sp.cb = c->tk.tok[t0].cb;
  sp.ce = c->tk.tok[t1 - 1].ce;
  return sp;
}

int ng_ent_find(const ng_ctx *c, ng_ent_kind kind, const char *key) {
  for (size_t i = c->ent_base; i < c->f->n_ent; i++)
    if (c->f->ent[i].kind == kind && strcmp(c->f->ent[i].key, key) == 0) return (int)i;
  return -1;
}

int ng_ent_get(ng_ctx *c, ng_ent_kind kind, const char *key, const char *label,
               const char *country, ng_org_class oc) {
  ng_facts *f = c->f;
  int found = ng_ent_find(c, kind, key);
  if (found >= 0) {
    if (country && !f->ent[found].country) f->ent[found].country = ng_xstrdup(country);
    return found;
  }
  if (f->n_ent == f->cap_ent) {
    f->cap_ent = f->cap_ent ? f->cap_ent * 2 : 32;
    f->ent = ng_xrealloc(f->ent, f->cap_ent * sizeof *f->ent);
  }
  ng_entity *e = &f->ent[f->n_ent];
  memset(e, 0, sizeof *e);
  e->kind = kind;
  e->org_class = oc;
  e->key = ng_xstrdup(key);
  e->label = ng_xstrdup(label);
  e->country = country ? ng_xstrdup(country) : NULL;
  return (int)f->n_ent++;
}

void ng_entity_alt(ng_entity *e, const char *alt, size_t len) {
  if (strlen(e->label) == len && memcmp(e->label, alt, len) == 0) return;
  for (size_t i = 0; i < e->n_alt; i++)
    if (strlen(e->alt[i]) == len && memcmp(e->alt[i], alt, len) == 0) return;
  if (e->n_alt >= 16) return;
  e->alt = ng_xgrow(e->alt, e->n_alt, sizeof *e->alt);
  e->alt[e->n_alt++] = ng_xstrndup(alt, len);
}

void ng_ent_alt(ng_ctx *c, int ent, const char *alt, size_t len) {
  ng_entity_alt(&c->f->ent[ent], alt, len);
}

void ng_ent_mention(ng_ctx *c, int ent, uint32_t t0, uint32_t t1) {
  if (ent < 0 || t1 <= t0) return;
  ng_entity *e = &c->f->ent[ent];
  ng_span sp = ng_tok_span(c, t0, t1);
  /* duplicates come from two passes naming the same span, so they sit near
   * the end: looking back a few keeps this linear on huge documents */
  for (size_t i = e->n_mentions, k = 0; i-- > 0 && k < 8; k++)
    if (e->mentions[i].cb == sp.cb && e->mentions[i].ce == sp.ce) return;
  e->mentions = ng_grow4(e->mentions, e->n_mentions, sizeof *e->mentions);
  e->mentions[e->n_mentions++] = sp;
}

int ng_country_ent(ng_ctx *c, const char *iso) {
  const ng_lex_entry *ce = ng_lexicon_country(c->lex, iso);
  return ng_ent_get(c, NG_ENT_COUNTRY, iso, ce && ce->label ? ce->label : iso, NULL,
                    NG_ORG_GENERIC);
}

int ng_town_place(ng_ctx *c, size_t t0, size_t t1, int *country) {
  if (t1 <= t0 || t1 > c->tk.n) return -1;
  ng_buf p;
  ng_buf_init(&p);
  phrase(c, t0, t1, &p);
  char isos[8][3];
  size_t n = ng_lexicon_towns(c->lex, p.data, p.len, isos, 8);
  int ent = -1;
  /* (a country the document is about: named twice at least, and at least
   * a quarter as often as the one it names most -- not "Punta Gorda" in
   * Florida for a story set in Belize that names the United States once) */
  size_t top = 0;
  for (size_t i = c->ent_base; n && i < c->f->n_ent; i++)
    if (c->f->ent[i].kind == NG_ENT_COUNTRY && c->f->ent[i].n_mentions > top)
      top = c->f->ent[i].n_mentions;
  for (size_t k = 0; k < n && ent < 0; k++) {
    int ce = ng_ent_find(c, NG_ENT_COUNTRY, isos[k]);
    if (ce < 0 || c->f->ent[ce].n_mentions < 2 || 4 * c->f->ent[ce].n_mentions < top) continue;
    ng_buf key;
    ng_buf_init(&key);
    slugify(p.data, p.len, &key);
    ng_buf_addc(&key, '-');
    ng_buf_addc(&key, (char)(isos[k][0] | 0x20));
    ng_buf_addc(&key, (char)(isos[k][1] | 0x20));
    ent = ng_ent_get(c, NG_ENT_PLACE, key.data, p.data, isos[k], NG_ORG_GENERIC);
    ng_ent_mention(c, ent, (uint32_t)t0, (uint32_t)t1);
    *country = ce;
    ng_buf_free(&key);
  }
  ng_buf_free(&p);
  return ent;
}

int ng_ent_country_of(const ng_ctx *c, int ent) {
  if (ent < 0) return -1;
  const ng_entity *e = &c->f->ent[ent];
  if (e->kind == NG_ENT_COUNTRY) return ent;
  if (e->kind == NG_ENT_ORG && e->org_class == NG_ORG_GOV && e->country)
    return ng_ent_find(c, NG_ENT_COUNTRY, e->country);
  return -1;
}

static int add_mention(ng_ctx *c, uint32_t t0, uint32_t t1, ng_mkind kind, int ent,
                       int country) {
  if (c->n_m == c->cap_m) {
    c->cap_m = c->cap_m ? c->cap_m * 2 : 64;
    c->m = ng_xrealloc(c->m, c->cap_m * sizeof *c->m);
  }
  ng_mention *m = &c->m[c->n_m];
  memset(m, 0, sizeof *m);
  m->t0 = t0;
  m->t1 = t1;
  m->kind = kind;
  m->ent = ent;
  m->country = country;
  for (uint32_t i = t0; i < t1; i++) c->tok_m[i] = (int)c->n_m;
  if (ent >= 0 && kind != NG_M_TITLE) ng_ent_mention(c, ent, t0, t1);
  if (country >= 0 && (kind == NG_M_DEMONYM || kind == NG_M_CAPITAL_GOV))
    ng_ent_mention(c, country, t0, t1);
  return (int)c->n_m++;
}

static bool free_range(const ng_ctx *c, size_t t0, size_t t1) {
  for (size_t i = t0; i < t1; i++)
    if (c->tok_m[i] >= 0) return false;
  return true;
}

static const ng_lex_entry *find_kind(const ng_lex_entry *e, ng_lex_kind k) {
  if (!e || !(e->kinds & (1u << k))) return NULL; /* (most chains: no walk) */
  for (; e; e = e->next)
    if (e->kind == k) return e;
  return NULL;
}

/* Looked up once per token: the person and organization passes ask often. */
static bool is_nonname(const ng_ctx *c, size_t i) {
  if (c->nonname && c->nonname[i] != 2) return c->nonname[i] == 1;
  bool r = find_kind(lex_tok(c, i), NG_LEX_NONNAME) != NULL;
  /* a function word in capitals ("NAME, PRIME MINISTER OF PERU:", a
   * transcript's speaker label) names no one either */
  if (!r && (c->tk.tok[i].flags & NG_TF_ALLCAPS))
    r = tok_in(c, i, (const char *const[]){"OF", "AND", "THE", "FOR", "IN", "ON", "AT", "TO",
                                           "BY", "WITH", "FROM", NULL});
  /* a month's short form that is a given name too ("Minister Jan Novak",
   * "Kim Jun-ho") is a month only beside a number or with its stop ("Jan
   * 5", "3 Jun", "Jan.") */
  if (r && c->tk.tok[i].e - c->tk.tok[i].b == 3 &&
      tok_in(c, i, (const char *const[]){"Jan", "Jun", NULL}) &&
      !(i + 1 < c->tk.n && (c->tk.tok[i + 1].type == NG_TOK_NUM || is_punct(c, i + 1, '.'))) &&
      !(i > 0 && c->tk.tok[i - 1].type == NG_TOK_NUM))
    r = false;
  if (c->nonname) c->nonname[i] = r ? 1 : 0;
  return r;
}

static const ng_mention *mention_at(const ng_ctx *c, size_t i) {
  if (i >= c->tk.n || c->tok_m[i] < 0) return NULL;
  return &c->m[c->tok_m[i]];
}

/* Marks a window chain not looked up yet (NULL means "no entry"). */
static const ng_lex_entry not_looked;

/* The surface text of tokens [t0, t1) as phrase() writes it, *LEN bytes:
 * straight from the document when it has one space or nothing between the
 * tokens (nearly always), else built in TMP. */
static const char *phrase_text(const ng_ctx *c, size_t t0, size_t t1, ng_buf *tmp, size_t *len) {
  const ng_token *tok = c->tk.tok;
  for (size_t t = t0 + 1; t < t1; t++) {
    size_t gap = tok[t].b - tok[t - 1].e;
    size_t space = (tok[t].flags & NG_TF_SPACE_BEFORE) ? 1 : 0;
    if (gap != space || (space && c->doc->text[tok[t - 1].e] != ' ')) {
      phrase(c, t0, t1, tmp);
      *len = tmp->len;
      return tmp->data;
    }
  }
  *len = tok[t1 - 1].e - tok[t0].b;
  return c->doc->text + tok[t0].b;
}

/* The length at which the window at token i stops growing: the first one
 * that leaves the text or the sentence, or whose words (outside glued
 * compounds such as "U.S.-led", where no judgement is possible) begin no
 * phrase; MAX_PHRASE if none.  Worked out once per token, for all passes,
 * with slots for the chains of its windows of 2+ tokens (see win_chain),
 * filled for the windows looked at here. */
static size_t win_stop(ng_ctx *c, size_t i, ng_buf *tmp) {
  if (c->win_stop[i]) return c->win_stop[i];
  const ng_lex_entry *chains[2 * (MAX_PHRASE - 1)]; /* exact, lower case; by length from 2 */
  size_t stop = MAX_PHRASE;
  for (size_t len = 1; len <= MAX_PHRASE; len++) {
    size_t j = i + len;
    if (len >= 2) chains[2 * (len - 2)] = chains[2 * (len - 2) + 1] = &not_looked;
    if (j > c->tk.n || !same_sent(c, i, j - 1)) {
      stop = len;
      break;
    }
    if (j < c->tk.n && !(c->tk.tok[j].flags & NG_TF_SPACE_BEFORE)) continue;
    bool prefix;
    if (len == 1) {
      prefix = prefix_tok(c, i);
    } else {
      size_t n;
      const char *s = phrase_text(c, i, j, tmp, &n);
      ng_lexicon_word(c->lex, s, n, &chains[2 * (len - 2)], &chains[2 * (len - 2) + 1], &prefix);
    }
    if (!prefix) {
      stop = len;
      break;
    }
  }
  c->win_stop[i] = (uint8_t)stop;
  if (stop >= 2) {
    size_t need = c->n_win + 2 * (stop - 1);
    if (need > c->cap_win) {
      c->cap_win = need > 2 * c->cap_win ? need : 2 * c->cap_win;
      if (c->cap_win < c->tk.n) c->cap_win = c->tk.n; /* (a guess: few reallocs) */
      c->win = ng_xrealloc(c->win, c->cap_win * sizeof *c->win);
    }
    c->win_at[i] = (uint32_t)c->n_win;
    memcpy(c->win + c->n_win, chains, 2 * (stop - 1) * sizeof *chains);
    c->n_win = need;
  }
  return stop;
}

/* The longest window worth trying at token i (at most MAX tokens, within the
 * sentence): it grows while the words read so far are a phrase or begin one;
 * inside glued compounds ("U.S.-led") it cannot judge and grows on. */
static size_t max_window(ng_ctx *c, size_t i, size_t max, ng_buf *tmp) {
  size_t stop = win_stop(c, i, tmp);
  return stop < max ? stop : max;
}

/* win_chain's way when the answer is not at hand: a window without a slot,
 * or one not looked up yet. */
static const ng_lex_entry *win_chain_slow(ng_ctx *c, size_t i, size_t len, bool lower,
                                          ng_buf *tmp) {
  if (len == 1) return lower ? lex_tok_lower(c, i) : lex_tok(c, i);
  if (len > win_stop(c, i, tmp)) { /* no slot (not asked for today) */
    phrase(c, i, i + len, tmp);
    if (lower) lower_ascii(tmp);
    return ng_lexicon_lookup(c->lex, tmp->data, tmp->len);
  }
  const ng_lex_entry **exact = &c->win[c->win_at[i] + 2 * (len - 2)];
  if (exact[lower] == &not_looked) { /* a window ending inside a glued compound */
    size_t n;
    const char *s = phrase_text(c, i, i + len, tmp, &n);
    bool prefix;
    ng_lexicon_word(c->lex, s, n, &exact[0], &exact[1], &prefix);
  }
  return exact[lower];
}

/* The lexicon chain of the window [i, i + len) (of its ASCII lower case if
 * LOWER), len <= max_window(c, i, ...): looked up once per window, as the
 * trigger, gazetteer and title passes all ask.  TMP is scratch.  Inline,
 * the answer at hand is a few loads: the title pass alone asks 400 times a
 * document, and a call cost more than the answer. */
static inline const ng_lex_entry *win_chain(ng_ctx *c, size_t i, size_t len, bool lower,
                                            ng_buf *tmp) {
  if (len == 1 && (c->lex1_state[i] & NG_LEX1_LOOKED)) return lower ? c->lex1_low[i] : c->lex1[i];
  if (len >= 2 && len <= c->win_stop[i]) {
    const ng_lex_entry *e = c->win[c->win_at[i] + 2 * (len - 2) + lower];
    if (e != &not_looked) return e;
  }
  return win_chain_slow(c, i, len, lower, tmp);
}

/* ------------------------------------------------------------- pass 1: triggers */

/* S equals the literal LIT: the first bytes are compared before the call,
 * for trigger_bits tries a chain's key and subtype against a dozen words
 * each, on every trigger of every window. */
#define STR_IS(s, lit) ((s)[0] == (lit)[0] && strcmp((s), (lit)) == 0)

static uint32_t trigger_bits(const ng_lex_entry *e, const char **atype) {
  uint32_t bits = 0;
  if (!e || !(e->kinds & (1u << NG_LEX_TRIGGER))) return 0;
  for (; e; e = e->next) {
    if (e->kind != NG_LEX_TRIGGER || !e->key) continue;
    const char *k = e->key, *s = e->sub ? e->sub : "-";
    if (STR_IS(k, "agree")) {
      if (STR_IS(s, "cue")) bits |= NG_TR_AGREE;
      else { bits |= NG_TR_AGREE_TYPE; if (!*atype) *atype = s; }
    } else if (STR_IS(k, "factuality")) {
      if (STR_IS(s, "negation")) bits |= NG_TR_NEG;
      else if (STR_IS(s, "hypothetical")) bits |= NG_TR_HYPO;
      else if (STR_IS(s, "report")) bits |= NG_TR_REPORT;
      else if (STR_IS(s, "planned")) bits |= NG_TR_PLANNED;
    } else if (STR_IS(k, "airspace")) {
      if (STR_IS(s, "object")) bits |= NG_TR_AIRSPACE;
      else if (STR_IS(s, "Granted")) bits |= NG_TR_AIR_GRANT;
      else if (STR_IS(s, "Denied")) bits |= NG_TR_AIR_DENY;
      else if (STR_IS(s, "Requested")) bits |= NG_TR_AIR_REQUEST;
      else if (STR_IS(s, "Used")) bits |= NG_TR_AIR_USE;
    } else if (STR_IS(k, "meeting")) {
      bits |= NG_TR_MEET;
      if (STR_IS(s, "Planned")) bits |= NG_TR_PLANNED;
    } else if (STR_IS(k, "speech")) {
      bits |= NG_TR_SPEECH;
    } else if (STR_IS(k, "arms")) {
      if (STR_IS(s, "buy")) bits |= NG_TR_BUY;
      else if (STR_IS(s, "sell")) bits |= NG_TR_SELL;
      else if (STR_IS(s, "item")) bits |= NG_TR_ARMS_ITEM;
    } else if (STR_IS(k, "deploy")) {
      bits |= STR_IS(s, "weak") ? NG_TR_DEPLOY_WEAK : NG_TR_DEPLOY;
    }
  }
  return bits;
}

static void pass_triggers(ng_ctx *c) {
  ng_buf p;
  ng_buf_init(&p);
  for (size_t i = 0; i < c->tk.n; i++) {
    if (c->tk.tok[i].type != NG_TOK_WORD) continue;
    for (size_t len = max_window(c, i, 3, &p); len >= 1; len--) {
      size_t j = i + len;
      if (j > c->tk.n || !same_sent(c, i, j - 1)) continue;
      const char *atype = NULL;
      const ng_lex_entry *chain = win_chain(c, i, len, true, &p);
      uint32_t bits = trigger_bits(chain, &atype);
      /* the month, not the modal: "19 May 2026", "in May" */
      if (len == 1 && ng_tok_is(c, i, "May") &&
          (i > c->tk.sent[c->tk.tok[i].sent].first ||
           (i + 1 < c->tk.n && c->tk.tok[i + 1].type == NG_TOK_NUM)))
        bits &= ~(uint32_t)NG_TR_HYPO;
      if (!bits) continue;
      for (size_t k = i; k < j; k++) {
        c->trig[k] |= bits;
        if (atype && !c->agree_type[k]) c->agree_type[k] = atype;
      }
      break;
    }
  }
  ng_buf_free(&p);
}

/* ------------------------------------------------------------- pass 2: org patterns */

static const char *const gov_heads[] = {"Ministry", "Secretariat", "Command", "Department",
                                        "Office", "Agency", "Commission", "Authority", "Service",
                                        "Services", "Parliament", "Administration", "Bureau",
                                        "Guard", "Corps", "Directorate", "Cabinet", "Treasury",
                                        "Force", "Forces", "Police", "Navy", "Army", "Fleet",
                                        /* (Belgium's "Air Component", "Land Component") */
                                        "Component", NULL};
static const char *const org_heads[] = {"Council", "Committee", "Bank", "University",
                                        "Institute", "Foundation", "Corporation", "Company",
                                        "Organization", "Organisation", "Movement", "Party",
                                        "Assembly", "Association", "Federation", "Centre",
                                        "Center", "Shipyards", "Shipyard", "Industries",
                                        "Aerospace", "Airlines", "Airways", "Systems", NULL};
/* Words that never start an organization's name ("The Foreign Ministry"). */
static const char *const org_stop[] = {"The", "A", "An", "This", "That", "These", "Those", "His",
                                       "Her", "Its", "Their", "Our", "And", "Or", "But", "In",
                                       "On", "At", "For", "From", "With", "By", "Of", "To", "As",
                                       "When", "While", "After", "Before", "If",
                                       /* "Three Ghana Air Force jets" */
                                       "Two", "Three", "Four", "Five", "Six", "Seven", "Eight",
                                       "Nine", "Ten", "Several", "Both", NULL};
/* Words that end a company's name, never joined to another's by "and". */
static const char *const company_ends[] = {"Systems", "Industries", "Technologies", "Dynamics",
                                           "Corporation", "Corp", "Ltd", "Limited", "Inc",
                                           "Group", "Aerospace", "Shipyards", "Motors", "AG",
                                           "plc", "PLC", "GmbH", NULL};
static const char *const armed_heads[] = {"Front", "Brigade", "Brigades", "Militia", NULL};
/* "the Northern Shield Coalition", "the Coalition for Lake Security" */
static const char *const coalition_heads[] = {"Coalition", NULL};
/* Words that make an organization a news one ("the Ghana News Agency"). */
static const char *const media_words[] = {"News", "Press", "Broadcasting", "Television", "Radio",
                                          "Wire", NULL};
/* Publications named in bylines and bios ("... has appeared in The X Times")
 * are not reported actors, so newspaper-like names are left alone. */
static const char *const more_org_heads[] = {"Watch", "International", "Group", "Forum",
                                             "Network", "Fund", "Initiative", "Project",
                                             "Society", "Union", "Alliance", "Institution",
                                             "Commission", "Program", "Programme", NULL};
static const char *const gov_nouns[] = {"military", "army", "government", "navy", "forces",
                                        "parliament", "cabinet", "presidency", "regime",
                                        "defence ministry", "defense ministry",
                                        "foreign ministry", "interior ministry",
                                        "security forces", "armed forces", "air force",
                                        "authorities", "administration", "coast guard", NULL};
/* These stand for the state itself ("the Chilean government", "Peruvian
 * authorities", "Bhutanese forces": its troops, of whatever service): a
 * mention of the country, not an organization of its own. */
static const char *const state_nouns[] = {"government", "regime", "authorities",
                                          "administration", "presidency", "forces", NULL};
/* Words after "military"/"army" that show it is an adjective ("Russian
 * military build-up") rather than the body: anything but these. */
static const char *const body_followers[] = {
    "and", "or", "of", "in", "to", "on", "for", "with", "that", "which", "who", "at", "from",
    "by", "as", "has", "have", "had", "is", "was", "are", "were", "will", "would", "could",
    "can", "may", "might", "should", "did", "does", "do", "also", "then", "but", "said",
    "says", "announced", "reported", "stated", "added", "told", "against", "into", "after",
    "before", "over", "under", "says", "claimed", "denied", "confirmed", NULL};

/* Verbs in the past that do not end in -ed, and verbs of headlines in the
 * present, which after "the Irish navy" show it is the body that acts. */
static const char *const body_verbs[] = {
    "flew", "sent", "took", "began", "made", "gave", "held", "led", "met", "shot", "struck",
    "fought", "won", "lost", "left", "kept", "brought", "built", "bought", "sold", "spent",
    "found", "came", "went", "saw", "ran", "rose", "fell", "got", "put", "set", "paid", "sank",
    "hit", "stood", "withdrew", "drew", "knew", "wrote", "chose", "broke", "drove", "spoke",
    "swept", "sought", "caught", "became", "shot", "denies", "warns", "confirms", "rejects",
    "insists", "wants", "seeks", "admits", "urges", "vows", "agrees", "plans", "launches",
    "sends", "deploys", "takes", "receives", "orders", "buys", "signs", "says", NULL};

/* Does the lower-case word E after a word for a body ("army", "air force",
 * "tourism ministry") show that the word names the body ("the Irish army
 * said", "Bhutan's air force flew") rather than qualifies the next noun
 * ("Mongolian military spending", "air force base")? */
static bool body_follows(const ng_ctx *c, size_t e) {
  if ((c->trig[e] & NG_TR_SPEECH) || tok_is_a(c, e, WC_BODY_NEXT) || is_possessive(c, e))
    return true;
  size_t n;
  const char *w = ng_tok_text(c, e, &n);
  return n >= 5 && w[n - 2] == 'e' && w[n - 1] == 'd'; /* "patrolled", "refuelled" */
}

static int head_class(const ng_ctx *c, size_t i, ng_org_class *oc) {
  if (!is_cap(c, i)) return 0;
  uint32_t wc = tok_class(c, i);
  /* "the National Irrigation Administration", but not "the Trump
   * Administration" (a government by its leader) nor a portfolio ("Minister
   * for Security, Public Administration and ..."): two words before it */
  if ((wc & WC_GOV_HEAD) && ng_tok_is(c, i, "Administration") &&
      !(i >= 2 && same_sent(c, i - 2, i) && c->tk.tok[i - 1].type == NG_TOK_WORD &&
        c->tk.tok[i - 2].type == NG_TOK_WORD && is_cap(c, i - 1) && is_cap(c, i - 2) &&
        !tok_is_a(c, i - 2, WC_ORG_STOP)))
    return 0;
  /* "Kenyan Cabinet Secretary NAME", "Interior Cabinet Secretary": a
   * title, not the cabinet */
  if ((wc & WC_GOV_HEAD) && ng_tok_is(c, i, "Cabinet") &&
      tok_in(c, i + 1, (const char *const[]){"Secretary", "Minister", NULL}))
    return 0;
  if (wc & WC_GOV_HEAD) { *oc = NG_ORG_GOV; return 1; }
  if (wc & WC_ORG_HEAD) { *oc = NG_ORG_GENERIC; return 1; }
  if (wc & WC_ARMED_HEAD) { *oc = NG_ORG_ARMED; return 1; }
  if (wc & WC_MORE_ORG_HEAD) { *oc = NG_ORG_GENERIC; return 1; }
  if (wc & WC_COALITION_HEAD) { *oc = NG_ORG_COALITION; return 1; }
  return 0;
}

/* Days and months, which a name's "on ..." or "for ..." never goes on with. */
static const char *const weekdays_months[] = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
    "February", "March", "April", "June", "July", "August", "September", "October", "November",
    "December", NULL};

/* A known body's name that other states' bodies have too ("the National
 * Security Council", "the Foreign Office"): it is the known one only where
 * the article names that one's country. */
static bool shared_name(const char *name) {
  return !strcmp(name, "National Security Council") || !strcmp(name, "Foreign Office") ||
         !strcmp(name, "Central Command") ||
         /* (South Korea's, Pakistan's, Bangladesh's: "at the Joint Chiefs of
          * Staff in Seoul") */
         !strcmp(name, "Joint Chiefs of Staff");
}

static bool doc_names_country(const ng_ctx *c, const char *iso);

/* Creates an org entity for the surface name LABEL, class OC, country ISO
 * (may be NULL).  Known organizations keep their key and label.  Others get
 * a key from the name; when a country is known the key starts with its code
 * and the canonical label names it ("Italy's Ministry of Defence"), so that
 * "Turkish Foreign Ministry" and "Turkey's Foreign Ministry" are one node with
 * one label, and the ministries of two countries are never merged.  SKIP is
 * the byte length of a leading country word to leave out of the name. */
static int make_org_named(ng_ctx *c, const char *label, size_t len, ng_org_class oc,
                          const char *iso, size_t skip, bool named);

static int make_org(ng_ctx *c, const char *label, size_t len, ng_org_class oc, const char *iso,
                    size_t skip) {
  return make_org_named(c, label, len, oc, iso, skip, false);
}

static int make_org_alt(ng_ctx *c, const char *label, size_t len, ng_org_class oc,
                        const char *iso, size_t skip, bool named, const char *alt,
                        size_t alt_len);

/* NAMED: the name itself holds the country's name ("Ghana News Agency"): it
 * is kept as it is, and the country only recorded. */
static int make_org_named(ng_ctx *c, const char *label, size_t len, ng_org_class oc,
                          const char *iso, size_t skip, bool named) {
  return make_org_alt(c, label, len, oc, iso, skip, named, label, len);
}

/* As make_org_named, the text being ALT (ALT_LEN bytes), which is what the
 * entity's other name records: "foreign ministry of Kazakhstan" is the
 * name LABEL "foreign ministry" of Kazakhstan's. */
static int make_org_alt(ng_ctx *c, const char *label, size_t len, ng_org_class oc,
                        const char *iso, size_t skip, bool named, const char *alt,
                        size_t alt_len) {
  ng_buf key, lab;
  if (skip >= len)
    skip = 0; /* nothing would be left of the name: keep it whole */
  ng_buf_init(&key);
  ng_buf_init(&lab);
  ng_buf_add(&lab, label, len);
  const ng_lex_entry *known = find_kind(ng_lexicon_lookup(c->lex, lab.data, lab.len), NG_LEX_ORG);
  if (!known && skip < len)
    known = find_kind(ng_lexicon_lookup(c->lex, label + skip, len - skip), NG_LEX_ORG);
  /* "Italy's Ministry of Defence" is not the British one of that name */
  if (known && iso && known->country && strcmp(known->country, iso)) known = NULL;
  /* "the National Security Council" of an article about Bhutan */
  if (known && !iso && known->country && shared_name(lab.data) &&
      !doc_names_country(c, known->country)) {
    oc = known->org_class;
    known = NULL;
  }
  int ent;
  if (known) {
    ent = ng_ent_get(c, NG_ENT_ORG, known->key, known->label ? known->label : lab.data,
                     known->country, known->org_class);
  } else {
    const char *name = label + skip;
    size_t nlen = len - skip;
    ng_buf canon;
    ng_buf_init(&canon);
    if (iso && !named) {
      for (const char *p = iso; *p; p++) ng_buf_addc(&key, (char)(*p | 0x20));
      ng_buf_addc(&key, '-');
      const ng_lex_entry *ce = ng_lexicon_country(c->lex, iso);
      ng_buf_adds(&canon, ce && ce->label ? ce->label : iso);
      /* "the Philippines' foreign ministry", not "Philippines's" */
      ng_buf_adds(&canon, canon.len && canon.data[canon.len - 1] == 's' ? "' " : "'s ");
    }
    ng_buf_add(&canon, name, nlen);
    slugify(name, nlen, &key);
    ent = -1;
    if (!iso && !named) {
      /* "the Foreign Ministry" after "the Turkish Foreign Ministry": the same
       * body; the bare words are no other name of it (Ireland's air corps is
       * not named "Air Corps" everywhere) */
      for (size_t i = c->ent_base; i < c->f->n_ent && ent < 0; i++) {
        const ng_entity *o = &c->f->ent[i];
        size_t kl = strlen(o->key);
        if (o->kind == NG_ENT_ORG && o->country && kl == key.len + 3 && o->key[2] == '-' &&
            !strcmp(o->key + 3, key.data)) {
          ent = (int)i;
          alt_len = 0;
        }
      }
    }
    if (ent < 0) ent = ng_ent_get(c, NG_ENT_ORG, key.data, canon.data, iso, oc);
    ng_buf_free(&canon);
  }
  if (alt_len) ng_ent_alt(c, ent, alt, alt_len);
  ng_buf_free(&key);
  ng_buf_free(&lab);
  return ent;
}

/* True when token i is a title word on its own ("Governor", "spokesman"). */
static bool is_title_word(const ng_ctx *c, size_t i) {
  return find_kind(lex_tok_lower(c, i), NG_LEX_TITLE) != NULL;
}

/* Does the text name the country ISO by its name or its capital? */
static bool doc_names_country(const ng_ctx *c, const char *iso) {
  ng_buf tmp;
  ng_buf_init(&tmp);
  bool found = false;
  for (size_t i = 0; i < c->tk.n && !found; i++) {
    if (!is_cap(c, i) || c->tk.tok[i].type != NG_TOK_WORD) continue;
    for (size_t len = 1; len <= 6 && i + len <= c->tk.n && !found; len++) {
      if (!same_sent(c, i, i + len - 1)) break;
      phrase(c, i, i + len, &tmp);
      for (const ng_lex_entry *e = ng_lexicon_lookup(c->lex, tmp.data, tmp.len); e; e = e->next)
        if ((e->kind == NG_LEX_COUNTRY && !strcmp(e->key, iso)) ||
            (e->kind == NG_LEX_CAPITAL && !strcmp(e->country ? e->country : e->key, iso)))
          found = true;
    }
  }
  ng_buf_free(&tmp);
  return found;
}

/* A bare "Congo" is the Democratic Republic when the text names it (by a
 * name of its own or Kinshasa) and not the Republic of the Congo (by
 * Brazzaville, "Congo-Brazzaville" or "Republic of (the) Congo" without
 * "Democratic"): "Uganda and Congo agreed ..." in a report from Kinshasa. */
static bool congo_is_drc(const ng_ctx *c) {
  if (!doc_names_country(c, "CD")) return false;
  for (size_t i = 0; i < c->tk.n; i++) {
    if (ng_tok_is(c, i, "Brazzaville")) return false;
    if (ng_tok_is(c, i, "Republic") && ng_tok_is(c, i + 1, "of") &&
        (ng_tok_is(c, i + 3, "Congo") ? ng_tok_is(c, i + 2, "the") : ng_tok_is(c, i + 2, "Congo")) &&
        !(i > 0 && ng_tok_is(c, i - 1, "Democratic")))
      return false;
  }
  return true;
}

/* Of a demonym's meanings (chain E), the one to take: a form of several
 * states ("Congolese") means the first state unless the text names another
 * one and not the first. */
static const ng_lex_entry *pick_demonym(const ng_ctx *c, const ng_lex_entry *e) {
  const ng_lex_entry *second = find_kind(e->next, NG_LEX_DEMONYM);
  if (!second || doc_names_country(c, e->key)) return e;
  for (const ng_lex_entry *x = second; x; x = find_kind(x->next, NG_LEX_DEMONYM))
    if (doc_names_country(c, x->key)) return x;
  return e;
}

/* Country named at token i (country, demonym or capital), as ISO, or NULL. */
static const char *country_word(const ng_ctx *c, size_t i) {
  const ng_lex_entry *e = lex_tok(c, i);
  if (!e || !(e->kinds & (1u << NG_LEX_COUNTRY | 1u << NG_LEX_DEMONYM))) return NULL;
  for (; e; e = e->next) {
    if (e->kind == NG_LEX_DEMONYM) return pick_demonym(c, e)->key;
    if (e->kind == NG_LEX_COUNTRY) return e->key;
  }
  return NULL;
}

/* Words for a company, which a company's name may follow in apposition. */
static const char *const company_words[] = {"manufacturer", "company", "firm", "maker",
                                            "shipbuilder", "shipyard", "contractor",
                                            "supplier", "manufacturers", "carmaker",
                                            "planemaker", NULL};

/* A word that may be part of an organization's name before its head noun. */
static bool org_word(const ng_ctx *c, size_t t) {
  return is_cap(c, t) && c->tok_m[t] < 0 && !tok_is_a(c, t, WC_ORG_STOP) &&
         !is_title_word(c, t) &&
         !(is_nonname(c, t) && !tok_is_a(c, t, WC_GOV_HEAD) && !ng_tok_is(c, t, "News") &&
           !ng_tok_is(c, t, "External") && !ng_tok_is(c, t, "Foreign") &&
           !ng_tok_is(c, t, "Affairs") && /* "the Foreign Affairs Ministry" */
           !ng_tok_is(c, t, "Home") && !country_word(c, t) && !ng_tok_is(c, t, "Defence") &&
           !ng_tok_is(c, t, "Defense") && !ng_tok_is(c, t, "Interior") &&
           !ng_tok_is(c, t, "Security") && !ng_tok_is(c, t, "Joint") &&
           !ng_tok_is(c, t, "State") && !ng_tok_is(c, t, "National") &&
           !ng_tok_is(c, t, "General") && !ng_tok_is(c, t, "Central") &&
           !ng_tok_is(c, t, "Federal") && !ng_tok_is(c, t, "Royal"));
}

/* The length of a country's name or a demonym (of up to five words)
 * starting at token K if FORWARD, else ending right before token K; 0 if
 * none.  *ISO (may be NULL) gets its code.  TMP is scratch. */
static size_t country_phrase(const ng_ctx *c, size_t k, bool forward, ng_buf *tmp,
                             const char **iso) {
  for (size_t len = 5; len >= 1; len--) {
    size_t a = forward ? k : k - len, b = forward ? k + len : k;
    if ((!forward && k < len) || b > c->tk.n || !same_sent(c, a, b - 1) || !is_cap(c, a)) continue;
    /* four or five words only for a state's official form ("Islamic
     * Republic of Iran", "People 's Republic of China") */
    if (len > 3 && !ng_tok_is(c, a + 1, "Republic") && !ng_tok_is(c, a + 2, "Republic") &&
        !ng_tok_is(c, a + 2, "and") && !ng_tok_is(c, a + len - 2, "and") &&
        !ng_tok_is(c, a + len - 3, "and"))
      continue; /* (or one joined by "and": "Saint Vincent and the Grenadines") */
    phrase(c, a, b, tmp);
    const ng_lex_entry *e = ng_lexicon_lookup(c->lex, tmp->data, tmp->len);
    if (!e || !(e->kinds & (1u << NG_LEX_COUNTRY | 1u << NG_LEX_DEMONYM))) continue;
    for (; e; e = e->next)
      if (e->kind == NG_LEX_COUNTRY || e->kind == NG_LEX_DEMONYM) {
        if (iso) *iso = e->key;
        return len;
      }
  }
  return 0;
}

/* Tokens [s, s + len) are a demonym ("South African"), not a country's name. */
static bool is_demonym_phrase(const ng_ctx *c, size_t s, size_t len, ng_buf *tmp) {
  phrase(c, s, s + len, tmp);
  return find_kind(ng_lexicon_lookup(c->lex, tmp->data, tmp->len), NG_LEX_DEMONYM) != NULL;
}

/* The country closing an organization's name [s, e): "Air Force of
 * Zambia", "Coast Guard of the Republic of X" -- its code, or NULL.
 * TMP is scratch. */
static const char *trailing_country(ng_ctx *c, size_t s, size_t e, ng_buf *tmp) {
  for (size_t k = e; k-- > s + 1;) {
    if (!ng_tok_is(c, k, "of")) continue;
    size_t b = k + 1;
    if (ng_tok_is_ci(c, b, "the")) b++;
    if (b >= e || e - b > 6) return NULL;
    const ng_lex_entry *x = find_kind(win_chain(c, b, e - b, false, tmp), NG_LEX_COUNTRY);
    return x ? x->key : NULL;
  }
  return NULL;
}

/* "the Trinidad and Tobago Defence Force": a name that opens with a country
 * whose own name holds "and" (the walk back over capitals stopped at it).
 * S is where the name starts so far, I its head noun: the country's start,
 * or S; *ISO its code (NULL if none).  TMP is scratch. */
static size_t country_and_start(ng_ctx *c, size_t s, size_t i, ng_buf *tmp, const char **iso) {
  *iso = NULL;
  if (s < 2 || !ng_tok_is(c, s - 1, "and") || !is_cap(c, s - 2)) return s;
  for (size_t a = s - 2; a + 5 >= s && same_sent(c, a, s); a--) {
    for (size_t b = s + 1; b <= i && b <= s + 3; b++) {
      phrase(c, a, b, tmp);
      const ng_lex_entry *x = find_kind(ng_lexicon_lookup(c->lex, tmp->data, tmp->len), NG_LEX_COUNTRY);
      if (x && free_range(c, a, s)) {
        *iso = x->key;
        return a;
      }
    }
    if (a == 0 || !is_cap(c, a - 1)) break;
  }
  return s;
}

/* The end of a well-known organization's name that starts before head
 * noun I and runs through it ("Royal X Air Force", "Islamic Republic of X
 * Navy"), or 0, and its first token in *START.  Where the head-noun
 * pattern would read another name ("X's Air Force") the gazetteer's wins;
 * a name qualified after it ("Royal Navy of X") is not it. */
static size_t known_org_end(const ng_ctx *c, size_t i, ng_buf *tmp, size_t *start) {
  size_t best = 0;
  for (size_t b = i > 5 ? i - 5 : 0; b < i; b++) {
    if (!is_cap(c, b) || !same_sent(c, b, i) || !free_range(c, b, i + 1)) continue;
    if (b > 0 && same_sent(c, b - 1, b) && (country_word(c, b - 1) || is_possessive(c, b - 1)))
      continue;
    for (size_t e = i + 1; e <= i + 3 && e <= c->tk.n && same_sent(c, b, e - 1); e++) {
      phrase(c, b, e, tmp);
      if (find_kind(ng_lexicon_lookup(c->lex, tmp->data, tmp->len), NG_LEX_ORG) && e > best &&
          !ng_tok_is(c, e, "of"))
        best = e;
    }
    if (best) {
      *start = b;
      return best;
    }
  }
  return 0;
}

/* Languages, whose "Service" is a section of a broadcaster or agency
 * ("the agency's English Service"), not an organization of its own. */
static const char *const languages[] = {"English", "Arabic", "French", "Spanish", "Russian",
                                        "Chinese", "Persian", "Urdu", "Hindi", "Portuguese",
                                        "German", "Turkish", "Swahili", "Mandarin", "Japanese",
                                        "Korean", NULL};

/* Is the language at token I the last of a list opened by "in" ("in
 * English and French", "in Bangla, Sinhala, Tamil and English")? */
static bool language_list_before(const ng_ctx *c, size_t i) {
  size_t k = i;
  bool listed = false;
  while (k >= 2 && i - k < 12 && same_sent(c, k - 2, i) &&
         (is_punct(c, k - 1, ',') || tok_in(c, k - 1, (const char *const[]){"and", "or", NULL}))) {
    size_t p = k - 2;
    if (!tok_in(c, p, languages)) break;
    listed = true;
    k = p;
  }
  return listed && k > 0 && same_sent(c, k - 1, i) &&
         tok_in(c, k - 1, (const char *const[]){"in", "into", NULL});
}

/* "the French text prevails", "the Spanish version": a language's text
 * named at token J (after the language's word). */
static bool language_text_after(const ng_ctx *c, size_t j) {
  return j < c->tk.n && same_sent(c, j - 1, j) &&
         tok_in(c, j, (const char *const[]){"text", "texts", "version", "versions", "original",
                                            "translation", "edition", "transcript", NULL});
}

/* "translated from Hausa and French", "subtitled in Arabic, English and
 * French": a list of languages after a verb of translation, a few tokens
 * before the language at token I. */
static bool translated_from_before(const ng_ctx *c, size_t i) {
  for (size_t k = i; k-- > 0 && i - k <= 6 && same_sent(c, k, i);) {
    if (tok_in(c, k, (const char *const[]){"translated", "translation", "written", "spoken",
                                           "subtitled", "dubbed", "interpreted", NULL}))
      return k + 1 < i && tok_in(c, k + 1, (const char *const[]){"from", "into", "in", NULL});
    if (!(c->tk.tok[k].type == NG_TOK_WORD || is_punct(c, k, ','))) return false;
  }
  return false;
}

/* Words of a government portfolio, in lower case. */
static const char *const portfolio_words[] = {
    "defence", "defense", "foreign", "affairs", "home", "interior", "internal", "external",
    "trade", "industry", "commerce", "energy", "infrastructure", "transport", "transportation",
    "health",
    "education", "finance", "justice", "security", "agriculture", "environment", "economy",
    "economic", "labour", "labor", "tourism", "culture", "fisheries", "mining", "mines",
    "communications", "immigration", "public", "works", "international", "cooperation",
    "co-operation", "development", "planning", "information", "technology", "science",
    "water", "housing", "youth", "sport", "sports", "women", "gender", "social", "welfare",
    "lands", "natural", "resources", "maritime", "oceans", "digital", "veterans", "regional",
    "rural", "urban", "climate", "political", "humanitarian", "refugees", "aviation", "ports",
    "budget", "revenue", "customs", "peace", "telecommunications", "petroleum", "oil", "gas",
    "investment", "integration", "relations", "policy", "european", "homeland", "physical",
    "commonwealth", "national", "service", "diaspora", "emergencies", "employment",
    /* "of Foreign Affairs, African Integration and Malians Abroad" */
    "abroad", "overseas", "african", "nationals",
    /* "Director of Defence Media Operations", "Chief of Defence Intelligence" */
    "media", "operations", "intelligence", "logistics", "plans", NULL};

/* The comma at token K goes on with a list of portfolios that "and" closes
 * ("of Culture, Youth and Sport", "of Fisheries, Oceans and Rural
 * Development"), the word before it a portfolio's too. */
static bool portfolio_word(const ng_ctx *c, size_t j) {
  /* (a people's word too: "of Foreign Affairs, African Integration and
   * Chadians Abroad") */
  return is_cap(c, j) &&
         (tok_is_a(c, j, WC_PORTFOLIO) ||
          (lex_tok(c, j) && (lex_tok(c, j)->kinds & (1u << NG_LEX_DEMONYM)) &&
           j + 1 < c->tk.n && is_cap(c, j + 1) && tok_is_a(c, j + 1, WC_PORTFOLIO)));
}

static bool portfolio_list_goes_on(const ng_ctx *c, size_t k) {
  if (!is_cap(c, k - 1) || !tok_is_a(c, k - 1, WC_PORTFOLIO)) return false;
  for (size_t j = k + 1; j < c->tk.n && j <= k + 5 && same_sent(c, k, j); j++) {
    if (ng_tok_is(c, j, "and")) return j > k + 1 && portfolio_word(c, j + 1);
    if (!portfolio_word(c, j) && !(is_cap(c, j) && tok_is_a(c, j, WC_PORTFOLIO)) &&
        !is_punct(c, j, ','))
      return false;
  }
  return false;
}

/* After "and" in a name's "of ..." part, capitalized token K goes on with
 * the name ("Ministry of Fisheries and Rural Development", "Commission on
 * Grazing Land and Water Rights") rather than naming the next party ("the
 * Ministry of Health and Orbitek signed ...", "... and the Navy"): a
 * portfolio's word, or an unknown word that another capitalized one
 * follows. */
static bool and_goes_on(const ng_ctx *c, size_t k) {
  if (tok_is_a(c, k, WC_PORTFOLIO)) return true;
  size_t n = ng_tok_is(c, k + 1, "of") ? k + 2 : k + 1; /* "... and the Care of Forests" */
  const uint32_t named = 1u << NG_LEX_COUNTRY | 1u << NG_LEX_DEMONYM | 1u << NG_LEX_CAPITAL |
                         1u << NG_LEX_CITY | 1u << NG_LEX_ORG;
  return is_cap(c, n) && same_sent(c, k, n) &&
         !(lex_tok(c, k) && (lex_tok(c, k)->kinds & named)) &&
         !(lex_tok(c, n) && (lex_tok(c, n)->kinds & named)) &&
         !head_class(c, k, &(ng_org_class){0});
}

/* Token I, written in capitals ("MONGOLIAN"), is in title case ("Mongolian")
 * a word of lexicon kind K.  TMP is scratch. */
static bool title_case_is(const ng_ctx *c, size_t i, ng_lex_kind k, ng_buf *tmp) {
  phrase(c, i, i + 1, tmp);
  for (size_t q = 1; q < tmp->len; q++)
    if (tmp->data[q] >= 'A' && tmp->data[q] <= 'Z') tmp->data[q] = (char)(tmp->data[q] - 'A' + 'a');
  return find_kind(ng_lexicon_lookup(c->lex, tmp->data, tmp->len), k) != NULL;
}

/* "the Defence Ministry in Thimphu": the country whose capital follows "in" at
 * token E, or NULL. */
static const char *capital_after(const ng_ctx *c, size_t e, ng_buf *tmp) {
  if (!ng_tok_is(c, e, "in") || !is_cap(c, e + 1) || !same_sent(c, e, e + 1)) return NULL;
  for (size_t len = 3; len >= 1; len--) {
    if (e + 1 + len > c->tk.n || !same_sent(c, e, e + len)) continue;
    /* (the whole name: a capital's name that goes on names another place) */
    if (e + 1 + len < c->tk.n && same_sent(c, e, e + 1 + len) && is_cap(c, e + 1 + len)) continue;
    phrase(c, e + 1, e + 1 + len, tmp);
    const ng_lex_entry *x =
        find_kind(ng_lexicon_lookup(c->lex, tmp->data, tmp->len), NG_LEX_CAPITAL);
    if (x) return x->country ? x->country : x->key;
  }
  return NULL;
}

/* A known organization whose acronym of three or more capitals stands in
 * brackets at token E, right after a name ("Moro Liberation Front (MILF)"),
 * and whose country, if it has one, is ISO's (when ISO is given). */
static const ng_lex_entry *known_acronym_after(const ng_ctx *c, size_t e, const char *iso) {
  if (!is_punct(c, e, '(') || !is_punct(c, e + 2, ')') ||
      !(c->tk.tok[e + 1].flags & NG_TF_ALLCAPS) || !same_sent(c, e, e + 2))
    return NULL;
  size_t n;
  const char *a = ng_tok_text(c, e + 1, &n);
  if (n < 3) return NULL;
  const ng_lex_entry *x = find_kind(ng_lexicon_lookup(c->lex, a, n), NG_LEX_ORG);
  if (!x || (iso && x->country && strcmp(iso, x->country))) return NULL;
  return x;
}

/* Tokens [S, E), written NAME (LEN bytes), name the lexicon's organization
 * X: its entity (NAME one of its names) and a mention of it, which mentions
 * its country too -- but a news agency's home country is no country the
 * article names.  The entity. */
static int known_org_mention(ng_ctx *c, const ng_lex_entry *x, size_t s, size_t e,
                             const char *name, size_t len) {
  int ent = ng_ent_get(c, NG_ENT_ORG, x->key, x->label ? x->label : name, x->country,
                       x->org_class);
  ng_ent_alt(c, ent, name, len);
  add_mention(c, (uint32_t)s, (uint32_t)e, NG_M_ORG, ent,
              x->country && x->org_class != NG_ORG_MEDIA ? ng_country_ent(c, x->country) : -1);
  return ent;
}

/* "the Mercosur Border Council", "the OECD Fisheries Committee": an
 * international organization's name opening the name of one of its bodies
 * [S, E) (organization ENT) names that organization too. */
static void nested_parent(ng_ctx *c, size_t s, size_t e, int ent) {
  ng_buf tmp;
  ng_buf_init(&tmp);
  for (size_t len = e - s - 1 < 4 ? e - s - 1 : 4; len >= 1; len--) {
    if (!is_cap(c, s + len)) continue;
    phrase(c, s, s + len, &tmp);
    const ng_lex_entry *x = find_kind(ng_lexicon_lookup(c->lex, tmp.data, tmp.len), NG_LEX_ORG);
    if (!x || x->org_class != NG_ORG_INTL) continue;
    int pent = ng_ent_get(c, NG_ENT_ORG, x->key, x->label ? x->label : tmp.data, x->country,
                          x->org_class);
    if (pent != ent) {
      ng_ent_alt(c, pent, tmp.data, tmp.len);
      ng_ent_mention(c, pent, (uint32_t)s, (uint32_t)(s + len));
      /* "the United Nations Office for Lake Basins" is international too */
      if (c->f->ent[ent].org_class == NG_ORG_GENERIC) c->f->ent[ent].org_class = NG_ORG_INTL;
    }
    break;
  }
  ng_buf_free(&tmp);
}

/* "the Shield Force of the Gulf Cooperation Council", "the Naval Command
 * of the Pacific of the Peruvian Army": a name [S, E) (organization ENT)
 * whose "of [the] ..." part is a known organization, or the force that opens
 * at INNER (0: none), names that one too, and the body itself also by the
 * words before that "of". */
static void of_known_tail(ng_ctx *c, size_t s, size_t e, int ent, size_t inner) {
  ng_buf tmp;
  ng_buf_init(&tmp);
  for (size_t p = s + 2; p + 1 < e; p++) {
    if (!ng_tok_is(c, p, "of")) continue;
    size_t q = ng_tok_is(c, p + 1, "the") ? p + 2 : p + 1;
    if (q >= e) break;
    const ng_lex_entry *x = NULL;
    if (q != inner) {
      if (e - q > 6) continue;
      phrase(c, q, e, &tmp);
      x = find_kind(ng_lexicon_lookup(c->lex, tmp.data, tmp.len), NG_LEX_ORG);
      if (!x) continue;
    }
    if (x) {
      int kent = ng_ent_get(c, NG_ENT_ORG, x->key, x->label ? x->label : tmp.data, x->country,
                            x->org_class);
      if (kent == ent) break;
      ng_ent_alt(c, kent, tmp.data, tmp.len);
      ng_ent_mention(c, kent, (uint32_t)q, (uint32_t)e);
    }
    phrase(c, s, p, &tmp);
    ng_ent_alt(c, ent, tmp.data, tmp.len);
    break;
  }
  ng_buf_free(&tmp);
}

/* Head nouns that open a name in French, Spanish, Portuguese or Italian. */
static const char *const foreign_gov_heads[] = {
    "Ministère", "Ministerio", "Ministério", "Ministero", "Fuerza", "Fuerzas", "Armada", "Força",
    "Forças", "Policía", "Polícia", "Polizia", "Guardia", "Guarda", "Gendarmerie", "Direction",
    "Dirección", "Direção", "Secretaría", "Secretaria", "Comando", "Ejército", "Exército",
    "Esercito", "Armée", "Marine", "Consejo", "Conseil", "Agence", "Agencia", "Agência", NULL};
static const char *const foreign_org_heads[] = {"Compagnie", "Société", "Sociedad", "Instituto",
                                                "Banco", "Banque", "Empresa", "Groupe",
                                                "Corporación", NULL};
static const char *const foreign_particles[] = {"de", "del", "des", "du", "da", "do", "dos", "das",
                                                "della", "di", "y", "et", "e", NULL};

/* What an international organization has that has a name of its own:
 * "Sentinel Crest, the OECD's monitoring mission". */
static const char *const io_bodies[] = {"force", "mission", "operation", "agency", "body",
                                        "arm", "command", "programme", "program", "court",
                                        "tribunal", "fund", "office", "bank", NULL};

/* ------------------------------------------------ organizations named by what they are */

/* Lower-case words that say what an organization is, next to its name:
 * "state news agency Tarsa", "the Irish daily Morning Lantern", "defence
 * contractor Ostrel", "a rebel group known as the K9", "the Harbour Ledger
 * newspaper". */
static const char *const media_desc[] = {"newspaper", "daily", "weekly", "tabloid", "magazine",
                                         "newswire", "newsweekly", NULL};
/* the last word of a two-word description of an outlet, and the first */
static const char *const media_desc2[] = {"agency", "channel", "station", "network", "website",
                                          "outlet", "portal", "broadcaster", "television",
                                          "radio", NULL};
static const char *const media_desc1[] = {"news", "radio", "television", "tv", "media", "wire",
                                          "satellite", "state", "public", "national", "private",
                                          "commercial", "online", NULL};
static const char *const company_desc[] = {"contractor", "manufacturer", "shipbuilder",
                                           "shipyard", "supplier", "firm", "company",
                                           "conglomerate", "planemaker", "carmaker",
                                           "automaker", "airline", "agency", NULL};
/* "maker", "giant", ...: only after what they make ("drone maker Vantor";
 * not "film maker NAME") */
static const char *const maker_desc[] = {"maker", "makers", "giant", "producer", "exporter",
                                         "builder", "group", NULL};
static const char *const maker_kinds[] = {
    "arms", "weapons", "drone", "drones", "missile", "missiles", "aircraft", "plane", "jet",
    "helicopter", "tank", "ship", "warship", "submarine", "engine", "ammunition", "munitions",
    "defence", "defense", "aerospace", "armaments", "radar", "satellite", "chip", "car", "steel",
    "oil", "gas", "energy", "mining", "tech", "technology", "telecoms", "telecom", "industrial",
    "engineering", "shipping", "state", "construction", "security", "electronics", "nuclear",
    "vehicle", "truck", "rifle", "gun", NULL};
static const char *const armed_desc_adj[] = {"rebel", "militant", "jihadist", "armed",
                                             "insurgent", "separatist", "extremist", "terrorist",
                                             "islamist", "paramilitary", "guerrilla", "guerilla",
                                             NULL};
static const char *const owned_desc[] = {"state-owned", "state-run", "privately-owned", "owned",
                                         "run", NULL};
static const char *const armed_desc_noun[] = {"group", "movement", "militia", "faction",
                                              "alliance", "organisation", "organization",
                                              "coalition", NULL};

/* "an analyst at Larkspur House": who works at an organization */
static const char *const works_at[] = {"researcher", "analyst", "fellow", "professor",
                                       "lecturer", "scholar", "economist", "expert",
                                       "specialist", "academic", "strategist", NULL};

/* "built by NAME": made by a company */
static const char *const made_by[] = {"built", "made", "manufactured", "produced", "supplied",
                                      "developed", "designed", "assembled", NULL};
/* Last words of a company's name ("Orbitek Aerospace", "Halvard Systems") */
static const char *const company_suffixes[] = {
    "Industries", "Systems", "Group", "Aerospace", "Dynamics", "Technologies", "Corporation",
    "Corp", "Ltd", "Limited", "Inc", "Aviation", "Defence", "Defense", "Shipyard", "Shipyards",
    "Engineering", "Motors", "Works", "AG", "SA", "S.A.", "plc", "PLC", "GmbH", NULL};

static bool lower_word(const ng_ctx *c, size_t i) {
  return i < c->tk.n && c->tk.tok[i].type == NG_TOK_WORD && !(c->tk.tok[i].flags & NG_TF_CAP);
}

/* The class of organization the description ending at token D names
 * (-1: none); *FIRST its first token. */
static int described_class(const ng_ctx *c, size_t d, size_t *first) {
  if (c->tk.tok[d].type != NG_TOK_WORD || !tok_is_a(c, d, WC_DESC)) return -1; /* (most tokens) */
  /* (lower case, or capitalized to open the sentence: "Shipbuilder Y will") */
  if (!lower_word(c, d) &&
      !(is_cap(c, d) && !(c->tk.tok[d].flags & NG_TF_ALLCAPS) &&
        (d == c->tk.sent[c->tk.tok[d].sent].first ||
         (d > 0 && (c->tk.tok[d - 1].type == NG_TOK_PUNCT ||
                    c->tk.tok[d - 1].type == NG_TOK_QUOTE)))))
    return -1;
  *first = d;
  bool prev = d > 0 && same_sent(c, d - 1, d) && c->tk.tok[d - 1].type == NG_TOK_WORD;
  if (tok_in(c, d, media_desc)) return NG_ORG_MEDIA;
  if (tok_in(c, d, media_desc2) && prev && tok_in(c, d - 1, media_desc1)) {
    *first = d - 1;
    return NG_ORG_MEDIA;
  }
  /* "state-owned Velmora" */
  if (tok_in(c, d, (const char *const[]){"state-owned", "state-run", "privately-owned", NULL}))
    return NG_ORG_GENERIC;
  if (tok_in(c, d, (const char *const[]){"owned", "run", NULL}) && d >= 2 &&
      is_punct(c, d - 1, '-') && glued(c, d - 1) && glued(c, d) &&
      tok_in(c, d - 2, (const char *const[]){"state", "government", "privately", NULL})) {
    *first = d - 2;
    return NG_ORG_GENERIC;
  }
  /* "defence company Brantor", "Shipbuilder Y", not "the company NAME founded" */
  if (tok_in(c, d, company_desc) &&
      !(prev && tok_in(c, d - 1, (const char *const[]){"the", "a", "an", "this", "that", "his",
                                                       "her", "their", "its", "our", "one",
                                                       NULL})))
    return NG_ORG_GENERIC;
  if (tok_in(c, d, maker_desc) && prev && lower_word(c, d - 1) && tok_in(c, d - 1, maker_kinds)) {
    *first = d - 1;
    return NG_ORG_GENERIC;
  }
  if (tok_in(c, d, armed_desc_noun) && prev && lower_word(c, d - 1) &&
      tok_in(c, d - 1, armed_desc_adj)) {
    *first = d - 1;
    return NG_ORG_ARMED;
  }
  return -1;
}

/* A token that may be part of a described name: a word opening with a
 * capital ("Tarsa", "K9"), not yet anything else. */
static bool name_tok(const ng_ctx *c, size_t i) {
  if (i >= c->tk.n || c->tok_m[i] >= 0) return false;
  const ng_token *t = &c->tk.tok[i];
  if (t->type == NG_TOK_WORD) return (t->flags & NG_TF_CAP) != 0;
  return false;
}

/* Small words inside a name ("La Voz del Valle", "Sawt al-Nahr"). */
static const char *const name_particles[] = {"de", "del", "la", "le", "du", "des", "di", "da",
                                             "do", "dos", "das", "el", "al", "of", "the", "y",
                                             "e", "van", "von", "der", "und", NULL};

/* The end of a described name starting at token S (S if none): up to six
 * name tokens, small words between them. */
static size_t described_name_end(const ng_ctx *c, size_t s) {
  size_t e = s;
  while (e < c->tk.n && e - s < 6 && same_sent(c, s, e)) {
    if (name_tok(c, e) && (e == s || !glued(c, e))) {
      e++;
      continue;
    }
    if (e > s && is_punct(c, e, '-') && glued(c, e) && glued(c, e + 1) && name_tok(c, e + 1)) {
      e += 2; /* "Ban-Oro" */
      continue;
    }
    if (e > s && (ng_tok_is(c, e, "al") || ng_tok_is(c, e, "el")) && is_punct(c, e + 1, '-') &&
        glued(c, e + 1) && glued(c, e + 2) && name_tok(c, e + 2)) {
      e += 3; /* "Jund al-Wadi" */
      continue;
    }
    if (e > s && lower_word(c, e) && tok_in(c, e, name_particles) && name_tok(c, e + 1) &&
        same_sent(c, e, e + 1)) {
      e += 2;
      continue;
    }
    break;
  }
  return e;
}

/* Is [S, E) a name an organization may have: no title, day, month, country,
 * demonym, city or word that is never a name, and not a known
 * organization's (the gazetteer's)? */
static bool described_name_ok(const ng_ctx *c, size_t s, size_t e, ng_buf *tmp) {
  if (e <= s) return false;
  for (size_t t = s; t < e; t++) {
    if (!name_tok(c, t)) continue;
    /* (a word that is never a name may go on one: "Larkspur House") */
    if (is_title_word(c, t) ||
        (t == s && is_nonname(c, t) && !(ng_tok_is(c, t, "The") && e > s + 1)))
      return false;
    size_t n;
    const char *w = ng_tok_text(c, t, &n);
    const char *h = memchr(w, '-', n); /* "English-language", "state-run" */
    if (h && h + 1 < w + n && h[1] >= 'a' && h[1] <= 'z') return false;
  }
  if (tok_in(c, s, languages)) return false;
  phrase(c, s, e, tmp);
  const ng_lex_entry *x = ng_lexicon_lookup(c->lex, tmp->data, tmp->len);
  if (x && (x->kinds & (1u << NG_LEX_ORG | 1u << NG_LEX_COUNTRY | 1u << NG_LEX_DEMONYM |
                        1u << NG_LEX_CAPITAL | 1u << NG_LEX_CITY | 1u << NG_LEX_TITLE)))
    return false;
  return true;
}

/* What may follow a described name: the sentence goes on with a verb, a
 * small word or punctuation, not another name. */
static bool described_name_closed(const ng_ctx *c, size_t e) {
  return e >= c->tk.n || c->tk.tok[e].type != NG_TOK_WORD || lower_word(c, e) ||
         is_possessive(c, e);
}

/* The country a description's demonym gives ("the Irish daily"), or NULL. */
static const char *described_country(const ng_ctx *c, size_t first) {
  for (size_t k = first; k-- > 0 && first - k <= 2 && same_sent(c, k, first);) {
    if (is_cap(c, k)) {
      const ng_lex_entry *d = find_kind(lex_tok(c, k), NG_LEX_DEMONYM);
      return d ? pick_demonym(c, d)->key : NULL;
    }
    if (!lower_word(c, k)) break;
  }
  return NULL;
}

/* Token S's word ends a name of two capitalized words elsewhere in the
 * text ("Ines Varga ... designed by Varga"): a person's surname. */
static bool surname_elsewhere(const ng_ctx *c, size_t s) {
  size_t n;
  const char *w = ng_tok_text(c, s, &n);
  for (size_t k = 1; k < c->tk.n; k++) {
    size_t kn;
    const char *kw = ng_tok_text(c, k, &kn);
    if (k != s && kn == n && !memcmp(kw, w, n) && is_cap(c, k - 1) && same_sent(c, k - 1, k) &&
        !glued(c, k) && !tok_is_a(c, k - 1, WC_ORG_STOP) && !is_nonname(c, k - 1))
      return true;
  }
  return false;
}

/* Token K is a word that may come between a description and a name: a
 * comma, "at", "by", "known", "called", "calls", "calling", "named",
 * "referred".  (A quick test, before the description's word is looked up.) */
static bool leads_to_name(const ng_ctx *c, size_t k) {
  size_t n;
  const char *w = ng_tok_text(c, k, &n);
  switch (w[0]) {
  case ',': return true;
  case 'a': return n == 2 && w[1] == 't';
  case 'b': return n == 2 && w[1] == 'y';
  case 'k': return n == 5 && !memcmp(w, "known", 5);
  case 'c': return n >= 5 && !memcmp(w, "call", 4);
  case 'n': return n == 5 && !memcmp(w, "named", 5);
  case 'r': return n == 8 && !memcmp(w, "referred", 8);
  default: return false;
  }
}

/* Nouns of a body that an apposition describes: "KFXB, the Norwegian
 * export bank,", "the Andean Maritime Network, the naval alliance of four
 * Pacific states,". */
static const char *const appos_bodies[] = {"bank", "alliance", "bloc", "regulator", "lender",
                                           "consortium", "conglomerate", "parliament",
                                           "legislature", "house", NULL};

/* Is the body noun at D a legislature's: "parliament", "legislature", "the
 * lower|upper house (of parliament)", "the house of representatives"? */
static bool legislature_noun(const ng_ctx *c, size_t d) {
  if (!ng_tok_is(c, d, "house")) return tok_in(c, d, (const char *const[]){"parliament",
                                                                        "legislature", NULL});
  return (d > 0 && tok_in(c, d - 1, (const char *const[]){"lower", "upper", NULL})) ||
         (ng_tok_is(c, d + 1, "of") &&
          tok_in(c, d + 2, (const char *const[]){"parliament", "representatives", "commons",
                                                 "lords", "deputies", "councillors",
                                                 "councilors", "assembly", NULL}));
}

/* "NAME, the DESCRIPTION NOUN," with NOUN at D (one of appos_bodies): the
 * name before the comma is a body's; made an organization, the description
 * its other name when a demonym opens it ("the Norwegian export bank"). */
static void appositive_body(ng_ctx *c, size_t d, ng_buf *lab, ng_buf *tmp) {
  size_t k = d;
  const char *iso = NULL;
  size_t dem = 0;
  while (k > 0 && d - k < 5 && same_sent(c, k - 1, d)) {
    size_t t = k - 1;
    if (lower_word(c, t) && !tok_in(c, t, (const char *const[]){"the", "a", "an", NULL})) {
      k--;
    } else if (is_punct(c, t, '-') && glued(c, t) && glued(c, t + 1) && t > 0) {
      k--; /* "Lima-based" */
    } else if (is_cap(c, t) && k < d && (glued(c, k) || find_kind(lex_tok(c, t), NG_LEX_DEMONYM))) {
      if (!glued(c, k)) {
        dem = t;
        iso = pick_demonym(c, find_kind(lex_tok(c, t), NG_LEX_DEMONYM))->key;
      }
      k--;
    } else {
      break;
    }
  }
  if (k < 3 || !tok_in(c, k - 1, (const char *const[]){"the", "a", "an", NULL}) ||
      !is_punct(c, k - 2, ',') || !same_sent(c, k - 3, d))
    return;
  size_t ne = k - 2, nb = ne;
  while (nb > 0 && ne - nb < 5 && same_sent(c, nb - 1, ne) && name_tok(c, nb - 1) &&
         (nb == ne || !glued(c, nb)))
    nb--;
  if (nb >= ne || (nb > 0 && same_sent(c, nb - 1, nb) && c->tk.tok[nb - 1].type == NG_TOK_WORD &&
                   !lower_word(c, nb - 1)))
    return;
  /* ("The Central Maritime Network": a word that is never a name may open
   * it after "The") */
  if (!described_name_ok(c, nb, ne, tmp)) return;
  if (ng_tok_is(c, nb, "The") && nb + 1 < ne) nb++;
  /* (one word is an acronym's, in capitals, or a legislature's: "the
   * Mazhilis, the lower house of parliament") */
  bool legislature = legislature_noun(c, d);
  if (!legislature && tok_in(c, d, (const char *const[]){"parliament", "legislature", "house",
                                                         NULL}))
    return;
  if (ne == nb + 1 && !(c->tk.tok[nb].flags & NG_TF_ALLCAPS) && !legislature) return;
  phrase(c, nb, ne, lab);
  int ent = make_org_named(c, lab->data, lab->len, legislature ? NG_ORG_GOV : NG_ORG_GENERIC, iso,
                           0, true);
  add_mention(c, (uint32_t)nb, (uint32_t)ne, NG_M_ORG, ent, -1);
  if (dem && ng_tok_is(c, k - 1, "the")) {
    phrase(c, dem, d + 1, tmp);
    ng_ent_alt(c, ent, tmp->data, tmp->len);
  }
}

static void pass_described_orgs(ng_ctx *c) {
  ng_buf lab, tmp;
  ng_buf_init(&lab);
  ng_buf_init(&tmp);
  for (size_t d = 0; d + 1 < c->tk.n; d++) {
    /* (a glance first: a name, or a word that leads to one, is next to it) */
    size_t dl = c->tk.tok[d].e - c->tk.tok[d].b;
    if (dl < 4 && !(dl == 3 && ng_tok_is(c, d, "run")))
      continue; /* (the words are of four letters or more) */
    if (d >= 4 && (is_punct(c, d + 1, ',') || ng_tok_is(c, d + 1, "of")) && lower_word(c, d) &&
        tok_in(c, d, appos_bodies)) {
      appositive_body(c, d, &lab, &tmp);
      continue;
    }
    if (!((c->tk.tok[d + 1].flags & NG_TF_CAP) || (d > 0 && (c->tk.tok[d - 1].flags & NG_TF_CAP)) ||
          leads_to_name(c, d + 1)))
      continue;
    size_t first;
    int oc = described_class(c, d, &first);
    if (oc < 0 && lower_word(c, d) && ng_tok_is(c, d + 1, "at") && tok_in(c, d, works_at)) {
      /* "a fisheries analyst at Larkspur House in Dublin" */
      size_t s = d + 2 + (ng_tok_is(c, d + 2, "the") ? 1 : 0);
      /* ("an analyst at the consultancy Andes Risk", "at the think tank X") */
      for (size_t q = s; q < s + 2 && lower_word(c, q); q++)
        if (tok_in(c, q, (const char *const[]){"consultancy", "firm", "tank", "bank", "fund",
                                               "brokerage", NULL}) &&
            is_cap(c, q + 1)) {
          s = q + 1;
          break;
        }
      size_t e = same_sent(c, d, s) ? described_name_end(c, s) : s;
      if (e > s && described_name_ok(c, s, e, &tmp) && described_name_closed(c, e) &&
          !is_possessive(c, e) && !(e == s + 1 && is_nonname(c, s))) {
        phrase(c, s, e, &lab);
        int ent = make_org_named(c, lab.data, lab.len, NG_ORG_GENERIC, NULL, 0, true);
        add_mention(c, (uint32_t)s, (uint32_t)e, NG_M_ORG, ent, -1);
        d = e - 1;
      }
      continue;
    }
    if (oc < 0 && lower_word(c, d) && ng_tok_is(c, d + 1, "by") && tok_in(c, d, made_by)) {
      /* "the ferries, which are built by Orbitek, ...": the maker's name of
       * one word (or one ending in a company's word), not a country */
      size_t s = d + 2, e = same_sent(c, d, s) ? described_name_end(c, s) : s;
      if (e > s && (e == s + 1 || tok_in(c, e - 1, company_suffixes)) &&
          described_name_ok(c, s, e, &tmp) && described_name_closed(c, e) &&
          !find_kind(lex_tok(c, s), NG_LEX_NAMEVAR) && !(e == s + 1 && surname_elsewhere(c, s))) {
        phrase(c, s, e, &lab);
        int ent = make_org_named(c, lab.data, lab.len, NG_ORG_GENERIC, NULL, 0, true);
        add_mention(c, (uint32_t)s, (uint32_t)e, NG_M_ORG, ent, -1);
        d = e - 1;
      }
      continue;
    }
    if (oc < 0) continue;
    /* the name after it: "state news agency Tarsa", "a rebel group known as the K9" */
    size_t s = d + 1;
    if (oc == NG_ORG_ARMED) {
      /* "a rebel group known as the K9", "the militant group, which calls
       * itself X", "an armed group calling itself X" */
      size_t k = s;
      if (is_punct(c, k, ',') && ng_tok_is(c, k + 1, "which")) k += 2;
      if ((ng_tok_is(c, k, "known") || ng_tok_is(c, k, "referred")) &&
          (ng_tok_is(c, k + 1, "as") || ng_tok_is(c, k + 2, "as")))
        k += ng_tok_is(c, k + 1, "as") ? 2 : 3;
      else if (ng_tok_is(c, k, "called") || ng_tok_is(c, k, "named"))
        k += 1;
      else if ((ng_tok_is(c, k, "calls") || ng_tok_is(c, k, "calling")) &&
               ng_tok_is(c, k + 1, "itself"))
        k += 2;
      if (k > s + (is_punct(c, s, ',') ? 2 : 0)) s = k;
      if (s > d + 1 && ng_tok_is(c, s, "the")) s++;
    }
    size_t e = same_sent(c, d, s) ? described_name_end(c, s) : s;
    if (e > s && described_name_ok(c, s, e, &tmp) && described_name_closed(c, e)) {
      phrase(c, s, e, &lab);
      const char *iso = oc == NG_ORG_MEDIA ? described_country(c, first) : NULL;
      int ent = make_org_named(c, lab.data, lab.len, (ng_org_class)oc, iso, 0, true);
      add_mention(c, (uint32_t)s, (uint32_t)e, NG_M_ORG, ent, -1);
      d = e - 1;
      continue;
    }
    /* the name in apposition before it: "Lantern FM, a private radio station, said" */
    {
      size_t k = first;
      while (k > 0 && first - k < 2 && c->tk.tok[k - 1].type == NG_TOK_WORD &&
             (lower_word(c, k - 1) || memchr(c->doc->text + c->tk.tok[k - 1].b, '-',
                                             c->tk.tok[k - 1].e - c->tk.tok[k - 1].b)) &&
             !tok_in(c, k - 1, (const char *const[]){"a", "an", "the", NULL}))
        k--; /* ("a private radio station", "a church-run radio station") */
      /* (an outlet or a group: "NAME, a defence contractor" may be a person) */
      if (k >= 3 && oc != NG_ORG_GENERIC && !ng_tok_is(c, d, "broadcaster") &&
          tok_in(c, k - 1, (const char *const[]){"a", "an", "the", NULL}) &&
          is_punct(c, k - 2, ',') && same_sent(c, k - 3, d) &&
          (d + 1 >= c->tk.n || c->tk.tok[d + 1].type == NG_TOK_PUNCT)) {
        size_t ne = k - 2, nb0 = ne;
        while (nb0 > 0 && ne - nb0 < 5 && same_sent(c, nb0 - 1, ne) && name_tok(c, nb0 - 1)) nb0--;
        size_t nb = nb0 < ne && ng_tok_is(c, nb0, "The") && nb0 + 1 < ne ? nb0 + 1 : nb0;
        if (nb < ne && (nb0 == 0 || !same_sent(c, nb0 - 1, nb0) || lower_word(c, nb0 - 1) ||
                        c->tk.tok[nb0 - 1].type != NG_TOK_WORD) &&
            described_name_ok(c, nb, ne, &tmp)) {
          phrase(c, nb, ne, &lab);
          int ent = make_org_named(c, lab.data, lab.len, (ng_org_class)oc, NULL, 0, true);
          add_mention(c, (uint32_t)nb, (uint32_t)ne, NG_M_ORG, ent, -1);
          continue;
        }
      }
    }
    /* the name before it: "the Harbour Ledger newspaper", "the K9 rebel group" */
    if (first < 2 || oc == NG_ORG_GENERIC) continue;
    size_t b = first;
    while (b > 0 && first - b < 4 && same_sent(c, b - 1, first) && name_tok(c, b - 1) &&
           !glued(c, b)) b--;
    /* "The Evening Lamp newspaper said ...": the article opening the sentence */
    if (b < first && ng_tok_is(c, b, "The") && b == c->tk.sent[c->tk.tok[b].sent].first) b++;
    else if (b == first || !(ng_tok_is_ci(c, b - 1, "the") || lower_word(c, b - 1)))
      continue;
    if (b == first || !described_name_ok(c, b, first, &tmp)) continue;
    phrase(c, b, first, &lab);
    int ent = make_org_named(c, lab.data, lab.len, (ng_org_class)oc, NULL, 0, true);
    add_mention(c, (uint32_t)b, (uint32_t)first, NG_M_ORG, ent, -1);
  }
  ng_buf_free(&lab);
  ng_buf_free(&tmp);
}

static void pass_org_patterns(ng_ctx *c, const uint32_t *next_cap) {
  ng_buf tmp, lab;
  ng_buf_init(&tmp);
  ng_buf_init(&lab);
  for (size_t i = cap_at(c, next_cap, 0); i < c->tk.n; i = cap_at(c, next_cap, i + 1)) {
    /* (both patterns open with a free capitalized word) */
    if (!is_cap(c, i) || c->tok_m[i] >= 0) continue;
    ng_org_class oc;
    /* (a) capitalized run ending in a head noun, optionally "of|on|for X Y" */
    if (head_class(c, i, &oc)) {
      size_t known_b = 0, known = known_org_end(c, i, &tmp, &known_b);
      size_t s = i;
      for (;;) {
        /* "Self-Defense Force": walk back over glued hyphens too */
        if (s > 1 && i - s < 6 && is_punct(c, s - 1, '-') && glued(c, s - 1) && glued(c, s) &&
            is_cap(c, s - 2) && c->tok_m[s - 2] < 0 && same_sent(c, s - 2, i)) {
          s -= 2;
          continue;
        }
        /* "the Northern Rivers Council", "at the Royal Harbour Police": a
         * word that is no name on its own still opens one right after an
         * article */
        if (s > 1 && i - s < 5 && same_sent(c, s - 2, i) && is_cap(c, s - 1) &&
            c->tok_m[s - 1] < 0 && !tok_is_a(c, s - 1, WC_ORG_STOP) && is_nonname(c, s - 1) &&
            (ng_tok_is_ci(c, s - 2, "the") || ng_tok_is(c, s - 2, "a") || ng_tok_is(c, s - 2, "an") ||
             is_punct(c, s - 2, '(') || is_possessive(c, s - 2))) {
          s--; /* (or after a possessive: "the Irish Navy's Western Naval Command") */
          if (is_possessive(c, s - 1) && s > 1 &&
              (ng_tok_is(c, s - 2, "People") || ng_tok_is(c, s - 2, "Peoples")))
            continue; /* (but "Bhutan People's Home Guard" goes on) */
          break;
        }
        /* "Bhutan People's Home Guard", "People's Coastal Army" */
        if (s > 1 && i - s < 5 && is_possessive(c, s - 1) &&
            (ng_tok_is(c, s - 2, "People") || ng_tok_is(c, s - 2, "Peoples")) &&
            same_sent(c, s - 2, i) && c->tok_m[s - 2] < 0) {
          s -= 2;
          continue;
        }
        /* "His Majesty's Armed Forces", "Her Majesty's Coastguard": the
         * monarch's possessive is part of the name, no owner */
        if (s > 2 && i - s < 5 && is_possessive(c, s - 1) && ng_tok_is(c, s - 2, "Majesty") &&
            (ng_tok_is(c, s - 3, "His") || ng_tok_is(c, s - 3, "Her")) &&
            same_sent(c, s - 3, i) && c->tok_m[s - 2] < 0 && c->tok_m[s - 3] < 0) {
          s -= 3;
          break;
        }
        if (!(s > 0 && same_sent(c, s - 1, i) && i - s < 7 && org_word(c, s - 1))) {
          /* "Foreign Affairs and Defence Committee", "Roads and Bridges Authority" */
          /* (but a company's last word ends its name: "X Systems and Y
           * Industries" are two) */
          if (s > 2 && i - s < 4 && ng_tok_is(c, s - 1, "and") && same_sent(c, s - 2, i) &&
              is_cap(c, s - 2) && c->tok_m[s - 2] < 0 && !tok_is_a(c, s - 2, WC_ORG_STOP) &&
              !is_title_word(c, s - 2) && !country_word(c, s - 2) &&
              !tok_in(c, s - 2, company_ends)) {
            s -= 2;
            continue;
          }
          /* "Colegio de Lima University", "Pontificia Universidad de X": a
           * Romance particle inside the name */
          if (s > 2 && i - s < 4 && same_sent(c, s - 2, i) &&
              tok_in(c, s - 1, (const char *const[]){"de", "del", "da", "do", "di", "della",
                                                     NULL}) &&
              is_cap(c, s - 2) && c->tok_m[s - 2] < 0 && !tok_is_a(c, s - 2, WC_ORG_STOP) &&
              !is_title_word(c, s - 2) && !country_word(c, s - 2) && !is_nonname(c, s - 2)) {
            s -= 2;
            continue;
          }
          /* "South African Air Force": a demonym of two or three words leads */
          size_t dl = country_phrase(c, s, false, &tmp, NULL);
          if (dl >= 2 && same_sent(c, s - dl, i) && free_range(c, s - dl, s)) {
            s -= dl;
          } else if (s < i && s > 0) {
            /* (or one whose last word was read as the name's: "120 South
             * Korean Army engineers", where "Korean" alone names no state) */
            dl = country_phrase(c, s + 1, false, &tmp, NULL);
            if (dl >= 2 && s + 1 >= dl && same_sent(c, s + 1 - dl, i) &&
                free_range(c, s + 1 - dl, s))
              s = s + 1 - dl;
          }
          break;
        }
        s--;
      }
      /* "King Tharvel University", "Sultan Orvan University": an institution
       * named after a ruler, title and all */
      if (s > 0 && s < i && same_sent(c, s - 1, i) && c->tok_m[s - 1] < 0 &&
          tok_is_a(c, i, WC_ORG_HEAD | WC_MORE_ORG_HEAD) &&
          tok_in(c, s - 1, (const char *const[]){"King", "Queen", "Prince", "Princess", "Sultan",
                                                 "Emir", "Sheikh", "Sheikha", NULL}))
        s--;
      /* "Minister of Defence and National Service": a portfolio in a
       * minister's title, no body of its own (pass_titles reads it) */
      if (s >= 2 && s < i && (ng_tok_is(c, s - 1, "of") || ng_tok_is(c, s - 1, "for")) &&
          tok_in(c, s - 2, (const char *const[]){"Minister", "Ministers", "Secretary", NULL}) &&
          same_sent(c, s - 2, i)) {
        bool joined = false;
        for (size_t h = s; h < i && !joined; h++) joined = ng_tok_is(c, h, "and");
        if (joined) continue;
      }
      const char *and_iso;
      s = country_and_start(c, s, i, &tmp, &and_iso);
      /* "Republic of Ireland Naval Service", "Kingdom of Bhutan Royal Guard": a
       * state's official form opens the name */
      for (size_t b = s >= 2 ? s - 2 : 0; s >= 2 && b + 5 >= s && same_sent(c, b, i); b--) {
        const char *ciso = NULL;
        size_t cl = is_cap(c, b) ? country_phrase(c, b, true, &tmp, &ciso) : 0;
        if (cl && b + cl > s && b + cl <= i && ng_tok_is(c, s - 1, "of") &&
            free_range(c, b, s)) {
          s = b;
          break;
        }
        if (b == 0) break;
      }
      size_t e = i + 1;
      /* "Police Force", "Shipyards Group", "Police Unit": a second head noun
       * ends the name */
      while (e < c->tk.n && e - s < 8 && same_sent(c, i, e) && glued(c, e) == false &&
             (head_class(c, e, &oc) || ng_tok_is(c, e, "Unit") || ng_tok_is(c, e, "Units")))
        e++;
      /* "Army Training Support Unit": plain capitalized words, then a word
       * for a part of a body, go on with the name (not "Defence Force Coast
       * Guard": a second force) */
      for (size_t h = e; h < c->tk.n && h - e < 3 && same_sent(c, i, h) && !glued(c, h) &&
                         org_word(c, h) && !country_word(c, h);
           h++) {
        /* ("Armed Forces Medical Corps", "Air Force Logistics Command": a
         * force's corps or command) */
        if (h > e && tok_in(c, h, (const char *const[]){"Unit", "Units", "Team", "Centre",
                                                        "Center", "Cell", "Wing", "Corps",
                                                        "Command", "Regiment", "Brigade",
                                                        "Battalion", "Squadron", NULL})) {
          e = h + 1;
          break;
        }
      }
      /* "Joint Task Force-Delta": a word joined by a hyphen ends the name */
      if (e + 1 < c->tk.n && is_punct(c, e, '-') && glued(c, e) && glued(c, e + 1) &&
          is_cap(c, e + 1) && c->tok_m[e + 1] < 0 && !country_word(c, e + 1) &&
          !(e + 2 < c->tk.n && glued(c, e + 2) && is_punct(c, e + 2, '-')))
        e += 2;
      /* "General Manuel Rocha International Airport": a facility's name */
      if (is_cap(c, e) && same_sent(c, i, e) && !glued(c, e) &&
          tok_in(c, e, (const char *const[]){"Airport", "Airfield", "Stadium", "Hospital", "Hotel",
                                             "Square", "Street", "Avenue", "Road", "Bridge",
                                             "Station", "Park", "Prize", "Award", "Building",
                                             "Tower", "Highway", "One", NULL})) {
        i = e;
        continue;
      }
      const char *tail_iso = NULL; /* "Armed Forces of Liberia": the country closing the name */
      size_t inner_s = 0, inner_e = 0; /* a named force closing it (see below) */
      ng_org_class inner_oc = NG_ORG_GOV;
      if (e + 2 < c->tk.n && same_sent(c, i, e + 2) &&
          (ng_tok_is(c, e, "of") || ng_tok_is(c, e, "on") || ng_tok_is(c, e, "for")) &&
          (is_cap(c, e + 1) || (ng_tok_is(c, e + 1, "the") && is_cap(c, e + 2))) &&
          /* (not "Parliament on Thursday", "the Council in May") */
          !tok_in(c, e + 1, weekdays_months)) {
        size_t k = e + 1;
        while (k < c->tk.n && same_sent(c, i, k) && k - e < 9) {
          /* "Bank of England Governor ...": a title ends the name, a country closes it;
           * but "the Office of the Prime Minister", "the Office of the
           * Government Spokesperson": an office named after a post ends
           * with the post's title */
          if (is_cap(c, k) && k > e + 1 && is_title_word(c, k)) {
            if (ng_tok_is(c, e + 1, "the") &&
                tok_in(c, e - 1, (const char *const[]){"Office", "Secretariat", "Bureau", NULL}))
              while (k < c->tk.n && same_sent(c, i, k) && is_cap(c, k) && is_title_word(c, k)) k++;
            break;
          }
          const char *ciso = NULL;
          size_t cl = is_cap(c, k) ? country_phrase(c, k, true, &tmp, &ciso) : 0;
          /* "Union of South American Nations", "League of Arab States": a
           * demonym before more of the name (not a force's: "of the
           * Chilean Army") does not close it */
          bool force = false;
          for (size_t h = k + cl; h < c->tk.n && h - (k + cl) < 4 && same_sent(c, i, h) &&
                                  is_cap(c, h) && !force;
               h++) {
            ng_org_class hoc;
            force = head_class(c, h, &hoc) != 0;
          }
          if (cl && k + cl < c->tk.n && same_sent(c, i, k + cl) && is_cap(c, k + cl) &&
              !glued(c, k + cl) && !force && is_demonym_phrase(c, k, cl, &tmp)) {
            k += cl;
            continue;
          }
          if (cl) {
            /* "Guinea-Bissau Armed Forces", "Defence Force of Timor-Leste" */
            if (k + cl + 2 < c->tk.n && is_punct(c, k + cl, '-') && glued(c, k + cl) &&
                glued(c, k + cl + 1) && is_cap(c, k + cl + 1)) {
              k += 1;
              continue;
            }
            /* "Coast Guard of the Saint Vincent and the Grenadines Defence Force": the
             * country opens a force's name, which the outer name ends with */
            size_t h = k + cl, head_end = 0;
            while (h < c->tk.n && h - (k + cl) < 4 && same_sent(c, i, h) && is_cap(c, h) &&
                   !glued(c, h) && c->tok_m[h] < 0) {
              if (head_class(c, h, &inner_oc)) head_end = h + 1;
              h++;
            }
            if (head_end && head_end == h) {
              inner_s = k;
              inner_e = head_end;
              head_class(c, head_end - 1, &inner_oc);
              k = head_end;
            } else {
              k += cl;
            }
            tail_iso = ciso;
            break;
          }
          if (is_cap(c, k) || ng_tok_is(c, k, "of") ||
              (ng_tok_is(c, k, "and") && is_cap(c, k + 1) && and_goes_on(c, k + 1)) ||
              /* "Secretariat of State for Fisheries" */
              (ng_tok_is(c, k, "for") && is_cap(c, k + 1) && k > e + 1 &&
               tok_is_a(c, k + 1, WC_PORTFOLIO)) ||
              /* "Ministry of Culture, Youth and Sport" */
              (is_punct(c, k, ',') && k > e + 1 && portfolio_list_goes_on(c, k)) ||
              (ng_tok_is(c, k, "the") && is_cap(c, k + 1) &&
               (ng_tok_is(c, k - 1, "and") || ng_tok_is(c, k - 1, "of"))) ||
              (ng_tok_is(c, k, "and") && ng_tok_is(c, k + 1, "the") && is_cap(c, k + 2) &&
               and_goes_on(c, k + 2)) ||
              (is_punct(c, k, '-') && glued(c, k) && glued(c, k + 1) && is_cap(c, k + 1) &&
               is_cap(c, k - 1))) {
            k++;
            continue;
          }
          break;
        }
        while (k > e + 1 && !is_cap(c, k - 1)) k--;
        if (k > e + 1) e = k;
        else tail_iso = NULL;
      }
      /* "United Nations Interim Force in Lebanon (UNIFIL)": the acronym
       * shows that the country is part of the name */
      if (ng_tok_is(c, e, "in") && same_sent(c, i, e + 1) && is_cap(c, e + 1)) {
        size_t cl = country_phrase(c, e + 1, true, &tmp, NULL);
        if (cl && is_punct(c, e + 1 + cl, '(') && is_punct(c, e + 3 + cl, ')') &&
            (c->tk.tok[e + 2 + cl].flags & NG_TF_ALLCAPS))
          e += 1 + cl;
      }
      if (e - s < 2) continue; /* a bare head noun is no name */
      /* "the Chief of Staff of the X Royal Border Force": a
       * post's title, then the force it heads */
      if (inner_e && s >= 2 && ng_tok_is(c, s - 1, "of") &&
          (is_title_word(c, s - 2) || ng_tok_is(c, s - 2, "Chief"))) {
        i = inner_s - 1;
        continue;
      }
      /* "Minister for the Armed Forces": the end of a post's title */
      if (s >= 2 && (ng_tok_is(c, s - 1, "of") || ng_tok_is(c, s - 1, "for") ||
                     (s >= 3 && ng_tok_is(c, s - 1, "the") &&
                      (ng_tok_is(c, s - 2, "of") || ng_tok_is(c, s - 2, "for"))))) {
        size_t k = ng_tok_is(c, s - 1, "the") ? s - 3 : s - 2;
        if (same_sent(c, k, e) && is_title_word(c, k)) {
          phrase(c, k, e, &tmp);
          lower_ascii(&tmp);
          if (find_kind(ng_lexicon_lookup(c->lex, tmp.data, tmp.len), NG_LEX_TITLE)) {
            i = e - 1;
            continue;
          }
        }
      }
      /* "Defence Cabinet Secretary": the start of a post's title */
      {
        bool post = false;
        for (size_t k = e + 1; k <= e + 2 && k <= c->tk.n && same_sent(c, s, k - 1) && !post; k++) {
          if (!is_cap(c, k - 1)) break;
          phrase(c, s, k, &tmp);
          lower_ascii(&tmp);
          if (find_kind(ng_lexicon_lookup(c->lex, tmp.data, tmp.len), NG_LEX_TITLE)) post = true;
        }
        if (post) {
          i = e - 1;
          continue;
        }
      }
      if (!free_range(c, s, e)) continue;
      /* "the Office of the United Nations High Commissioner for Refugees": a
       * known name that goes on past a title's word is the gazetteer's */
      if (!known && ng_tok_is(c, e, "of") == false)
        for (size_t k = e + 1; k <= e + 6 && k <= c->tk.n && same_sent(c, s, k - 1); k++) {
          if (!is_cap(c, k - 1)) continue;
          phrase(c, s, k, &tmp);
          if (find_kind(ng_lexicon_lookup(c->lex, tmp.data, tmp.len), NG_LEX_ORG)) {
            known = k;
            known_b = s;
          }
        }
      /* (but "the Peace and Security Council" is no "Security Council") */
      if (known && known == e && known_b > s && ng_tok_is(c, known_b - 1, "and")) known = 0;
      if (known && (known_b != s || known != e)) {
        i = known - 1; /* the gazetteer's */
        continue;
      }
      /* "the Compact of Free Association": an agreement's name, not a body's;
       * "the 3rd Infantry Brigade": a numbered unit, named whole below */
      if (!known && s >= 2 &&
          ((ng_tok_is(c, s - 1, "of") &&
            tok_in(c, s - 2, (const char *const[]){"Compact", "Treaty", "Convention", "Charter",
                                                   "Pact", "Accord", "Agreement", "Protocol",
                                                   "Covenant", "Statute", NULL})) ||
           (c->tk.tok[s - 1].type == NG_TOK_NUM && glued(c, s) == false &&
            tok_in(c, e - 1, (const char *const[]){"Division", "Brigade", "Regiment", "Battalion",
                                                   "Corps", "Fleet", "Squadron", NULL})))) {
        i = e - 1;
        continue;
      }
      /* "the Russian Federation" is the country's name */
      phrase(c, s, e, &tmp);
      if (find_kind(ng_lexicon_lookup(c->lex, tmp.data, tmp.len), NG_LEX_COUNTRY)) {
        i = e - 1;
        continue;
      }
      /* "a Mongolian company", "MONGOLIAN COMPANY ARRIVES": a demonym and a
       * word for a kind of organization (not a state's body) name none */
      /* (but an airline is named so: "Turkish Airlines", "Qatar Airways") */
      bool carrier = tok_in(c, e - 1, (const char *const[]){"Airlines", "Airways", NULL});
      if (e - s == 2 && !tok_is_a(c, i, WC_GOV_HEAD | WC_ARMED_HEAD) && !carrier &&
          (find_kind(lex_tok(c, s), NG_LEX_DEMONYM) ||
           ((c->tk.tok[s].flags & NG_TF_ALLCAPS) && title_case_is(c, s, NG_LEX_DEMONYM, &tmp)))) {
        i = e - 1;
        continue;
      }
      /* "English Service": a language section of an outlet */
      if (e - s == 2 && ng_tok_is(c, i, "Service") && tok_in(c, s, languages)) {
        i = e - 1;
        continue;
      }
      /* the org's country: a leading demonym ("Polish Ministry of ..."), or a
       * possessive before it ("Canada's Department of ...") */
      const char *iso = country_word(c, s);
      /* ("Indian Ocean News Agency": a sea named after a people, no country) */
      if (iso && s + 1 < e && find_kind(lex_tok(c, s), NG_LEX_DEMONYM) &&
          tok_in(c, s + 1, (const char *const[]){"Ocean", "Sea", "Subcontinent", "Peninsula",
                                                 NULL}))
        iso = NULL;
      size_t skip = 0, dlen = 0;
      const char *piso = NULL;
      bool named = false;
      size_t poss = 0; /* "Chile's Air Force": where the country's name starts */
      if (iso) {
        /* a demonym qualifies the name ("Polish Ministry of ..."); a country's
         * own name is part of it ("Ghana News Agency") */
        named = carrier || find_kind(lex_tok(c, s), NG_LEX_DEMONYM) == NULL;
        if (!named) {
          /* the demonym and the space after it, as phrase() writes them
           * (one space, whatever whitespace the text has between them) */
          size_t n0;
          ng_tok_text(c, s, &n0);
          skip = n0 + (s + 1 < e && (c->tk.tok[s + 1].flags & NG_TF_SPACE_BEFORE) ? 1 : 0);
        }
      } else if (s >= 2 && is_possessive(c, s - 1) && same_sent(c, s - 2, s)) {
        iso = country_word(c, s - 2);
        if (iso) poss = s - 1;
        else if ((poss = country_phrase(c, s - 1, false, &tmp, &iso))) /* "Sierra Leone's" */
          poss = s - poss;
      } else if ((dlen = country_phrase(c, s, true, &tmp, &piso)) >= 2 && s + dlen < e) {
        /* "South African Air Force" */
        iso = piso;
        named = !is_demonym_phrase(c, s, dlen, &tmp);
        if (!named) {
          phrase(c, s, s + dlen, &tmp);
          skip = tmp.len + 1;
        }
      } else if (tail_iso) {
        iso = tail_iso;
        named = true;
      }
      if (!iso && and_iso) {
        iso = and_iso; /* "Trinidad and Tobago Defence Force" */
        named = true;
      }
      if (!iso && (iso = trailing_country(c, s, e, &tmp)) != NULL) named = true;
      /* "Royal Bhutanese Border Guard", "Royal Irish Air Corps": the country's word
       * second in the name */
      if (!iso && s + 2 < e && same_sent(c, s, s + 1) && (iso = country_word(c, s + 1)) != NULL)
        named = true;
      /* "the Defence Ministry in Thimphu" */
      if (!iso && oc == NG_ORG_GOV) iso = capital_after(c, e, &tmp);
      /* "the Moro Liberation Front (MILF)": a known organization's
       * acronym after the name makes it that organization */
      const ng_lex_entry *kacr = known_acronym_after(c, e, iso);
      if (kacr) {
        phrase(c, s, e, &lab);
        nested_parent(c, s, e, known_org_mention(c, kacr, s, e, lab.data, lab.len));
        i = e - 1;
        continue;
      }
      /* "Hezbollah's Cedar Force", "the OECD's Fisheries Committee": a body
       * of a known organization is of its kind and country, and named as
       * its (other bodies have the same name) */
      const ng_lex_entry *owner = NULL;
      if (!iso && s >= 2 && is_possessive(c, s - 1) && same_sent(c, s - 2, s)) {
        for (size_t b = s - 1; b-- > 0 && s - 1 - b <= 4 && same_sent(c, b, s);) {
          phrase(c, b, s - 1, &tmp);
          const ng_lex_entry *x =
              find_kind(ng_lexicon_lookup(c->lex, tmp.data, tmp.len), NG_LEX_ORG);
          if (x) {
            if (x->org_class == NG_ORG_ARMED || x->org_class == NG_ORG_INTL) oc = x->org_class;
            iso = x->country;
            named = true;
            owner = x;
            break;
          }
          if (!is_cap(c, b)) break;
        }
      }
      /* "the Highland Liberation Army": a force of no state that fights one */
      if (oc == NG_ORG_GOV && tok_in(c, i, (const char *const[]){"Army", "Force", "Forces", NULL}))
        for (size_t t = s; t < i; t++)
          if (tok_in(c, t, (const char *const[]){"Liberation", "Revolutionary", "Resistance",
                                                 "Rebel", "Jihad", "Mujahideen", "Martyrs",
                                                 "Patriotic", "Salvation", "Insurgent", NULL}))
            oc = NG_ORG_ARMED;
      /* "the Ghana News Agency": a news organization, whatever its head noun */
      for (size_t t = s; t < e; t++)
        if (tok_is_a(c, t, WC_MEDIA)) oc = NG_ORG_MEDIA;
      phrase(c, s, e, &lab);
      int ent;
      if (owner && owner->label) {
        ng_buf_clear(&tmp);
        ng_buf_adds(&tmp, owner->label);
        ng_buf_adds(&tmp, owner->label[strlen(owner->label) - 1] == 's' ? "' " : "'s ");
        ng_buf_add(&tmp, lab.data, lab.len);
        ent = make_org_alt(c, tmp.data, tmp.len, oc, iso, 0, true, lab.data, lab.len);
      } else if (poss && !named) {
        /* (its other name is the words with the country's: "Air Force"
         * alone names no one body) */
        phrase(c, poss - 1, e, &tmp);
        ent = make_org_alt(c, lab.data, lab.len, oc, iso, 0, false, tmp.data, tmp.len);
      } else {
        ent = make_org_named(c, lab.data, lab.len, oc, iso, skip, named);
      }
      add_mention(c, (uint32_t)s, (uint32_t)e, NG_M_ORG, ent,
                  iso ? ng_country_ent(c, iso) : -1);
      if (inner_e && inner_e <= e && tail_iso) {
        /* ... and the force itself is named too */
        const char *ciso = NULL;
        size_t cl = country_phrase(c, inner_s, true, &tmp, &ciso);
        bool dem = cl && is_demonym_phrase(c, inner_s, cl, &tmp);
        size_t iskip = 0;
        if (dem) {
          phrase(c, inner_s, inner_s + cl, &tmp);
          iskip = tmp.len + 1;
        }
        phrase(c, inner_s, inner_e, &lab);
        int ient = make_org_named(c, lab.data, lab.len, inner_oc, tail_iso, iskip, !dem);
        if (ient != ent) ng_ent_mention(c, ient, (uint32_t)inner_s, (uint32_t)inner_e);
      }
      of_known_tail(c, s, e, ent, inner_e == e ? inner_s : 0);
      nested_parent(c, s, e, ent);
      i = e - 1;
      continue;
    }
    /* (b) demonym + government noun: "Egyptian army", "the Chilean government" */
    if (is_cap(c, i) && c->tok_m[i] < 0) {
      const char *iso = NULL;
      const ng_lex_entry *d = find_kind(lex_tok(c, i), NG_LEX_DEMONYM);
      if (d) iso = pick_demonym(c, d)->key;
      if (!iso && is_possessive(c, i + 1) && i + 3 < c->tk.n && same_sent(c, i, i + 3) &&
          ng_tok_is(c, i + 3, "ministry") && c->tk.tok[i + 2].type == NG_TOK_WORD &&
          !(c->tk.tok[i + 2].flags & NG_TF_CAP) &&
          (d = find_kind(lex_tok(c, i), NG_LEX_COUNTRY))) {
        /* (b') "Chile's defence ministry": the country's own ministry; the
         * country word stays a mention of the country */
        phrase(c, i + 2, i + 4, &tmp);
        for (size_t g = 0; gov_nouns[g]; g++) {
          if (strcmp(tmp.data, gov_nouns[g])) continue;
          phrase(c, i, i + 2, &tmp);
          size_t skip = tmp.len + 1;
          phrase(c, i, i + 4, &lab);
          int ent = make_org(c, lab.data, lab.len, NG_ORG_GOV, d->key, skip);
          add_mention(c, (uint32_t)(i + 2), (uint32_t)(i + 4), NG_M_ORG, ent,
                      ng_country_ent(c, d->key));
          i += 3;
          break;
        }
        continue;
      }
      if (!iso) continue;
      size_t best = 0;
      /* the longest government noun (of one or two words) after the demonym;
       * a capitalized one is pattern (a) */
      for (size_t words = 1; words <= 2; words++) {
        if (i + 1 + words > c->tk.n || !same_sent(c, i, i + words) ||
            (c->tk.tok[i + 1].flags & NG_TF_CAP))
          break;
        phrase(c, i + 1, i + 1 + words, &tmp);
        lower_ascii(&tmp);
        /* (a noun of two words holds a space as the phrase of two does:
         * equal strings are of as many words) */
        for (size_t g = 0; gov_nouns[g]; g++)
          if (gov_nouns[g][0] == tmp.data[0] && !strcmp(tmp.data, gov_nouns[g]))
            best = words;
      }
      if (!best) continue;
      size_t e = i + 1 + best;
      if (e < c->tk.n && same_sent(c, i, e) && c->tk.tok[e].type == NG_TOK_WORD &&
          !(c->tk.tok[e].flags & NG_TF_CAP) && !body_follows(c, e))
        continue; /* "Russian military build-up": an adjective */
      if (e < c->tk.n && is_punct(c, e, '-') && glued(c, e))
        continue; /* "Peruvian army-led" */
      phrase(c, i + 1, e, &tmp);
      lower_ascii(&tmp);
      bool state = false;
      for (size_t g = 0; state_nouns[g]; g++) state |= !strcmp(tmp.data, state_nouns[g]);
      if (state) {
        int cent = ng_country_ent(c, iso);
        add_mention(c, (uint32_t)i, (uint32_t)e, NG_M_DEMONYM, cent, cent);
        i = e - 1;
        continue;
      }
      phrase(c, i, e, &lab);
      int ent = make_org(c, lab.data, lab.len, NG_ORG_GOV, iso, c->tk.tok[i + 1].b - c->tk.tok[i].b);
      add_mention(c, (uint32_t)i, (uint32_t)e, NG_M_ORG, ent, ng_country_ent(c, iso));
      /* (c) "...military's joint operations command": a body of that body */
      if (e + 2 < c->tk.n && is_possessive(c, e)) {
        size_t k = e + 1, n = 0;
        ng_org_class oc2 = NG_ORG_GOV;
        while (k < c->tk.n && same_sent(c, e, k) && n < 4 && c->tk.tok[k].type == NG_TOK_WORD &&
               !(c->tk.tok[k].flags & NG_TF_CAP)) {
          n++;
          size_t hl;
          const char *h = ng_tok_text(c, k, &hl);
          bool head = false;
          for (size_t g = 0; gov_heads[g] && !head; g++)
            if (strlen(gov_heads[g]) == hl && strncasecmp(gov_heads[g], h, hl) == 0) head = true;
          k++;
          if (head) break;
          if (n == 4) n = 0;
        }
        size_t hl;
        const char *h = ng_tok_text(c, k - 1, &hl);
        bool head = false;
        for (size_t g = 0; gov_heads[g] && !head; g++)
          if (strlen(gov_heads[g]) == hl && strncasecmp(gov_heads[g], h, hl) == 0) head = true;
        if (head && k - (e + 1) >= 2) {
          /* title-case the words for the label */
          ng_buf_clear(&lab);
          for (size_t w = e + 1; w < k; w++) {
            size_t wl;
            const char *ws = ng_tok_text(c, w, &wl);
            if (w > e + 1) ng_buf_addc(&lab, ' ');
            ng_buf_addc(&lab, (char)(ws[0] >= 'a' && ws[0] <= 'z' ? ws[0] - 'a' + 'A' : ws[0]));
            ng_buf_add(&lab, ws + 1, wl - 1);
          }
          int ent2 = make_org(c, lab.data, lab.len, oc2, iso, 0);
          add_mention(c, (uint32_t)(e + 1), (uint32_t)k, NG_M_ORG, ent2, ng_country_ent(c, iso));
          e = k;
        }
      }
      i = e - 1;
    }
  }
  /* (d) "ordered from the builder, Nordvik Yards, in ...": a company
   * named in apposition to a word for one */
  for (size_t i = 0; i + 3 < c->tk.n; i++) {
    if (!is_punct(c, i + 1, ',') || !tok_is_a(c, i, WC_COMPANY) || !same_sent(c, i, i + 2))
      continue;
    /* ("a spokesman for the company, NAME": the spokesman's name; and "the
     * director of X's state oil company, NAME": a title of a body further
     * back) */
    bool titled = false;
    for (size_t k = i; k-- > 0 && i - k <= 7 && same_sent(c, k, i) && !titled;)
      titled = is_title_word(c, k) &&
               (i - k <= 4 || tok_in(c, k + 1, (const char *const[]){"of", "for", "at", NULL}));
    if (titled) continue;
    size_t s = i + 2, e = s;
    while (e < c->tk.n && e - s < 4 && same_sent(c, s, e) && is_cap(c, e) && c->tok_m[e] < 0 &&
           !glued(c, e))
      e++;
    if (e == s || is_nonname(c, s) || tok_is_a(c, s, WC_ORG_STOP) || country_word(c, s) ||
        !(e >= c->tk.n || is_punct(c, e, ',') || is_punct(c, e, '.') ||
          (c->tk.tok[e].type == NG_TOK_WORD && !(c->tk.tok[e].flags & NG_TF_CAP))) ||
        (e < c->tk.n && (c->trig[e] & NG_TR_SPEECH))) /* "the company, Ruiz said" */
      continue;
    phrase(c, s, e, &lab);
    int ent = make_org(c, lab.data, lab.len, NG_ORG_GENERIC, NULL, 0);
    add_mention(c, (uint32_t)s, (uint32_t)e, NG_M_ORG, ent, -1);
    i = e - 1;
  }
  /* (e) "NAME, the manufacturer, said": a company named before a word for one */
  for (size_t i = cap_at(c, next_cap, 0); i + 4 < c->tk.n; i = cap_at(c, next_cap, i + 1)) {
    if (!is_cap(c, i) || c->tok_m[i] >= 0 || (i > 0 && same_sent(c, i - 1, i) && is_cap(c, i - 1)))
      continue;
    size_t e = i;
    while (e < c->tk.n && e - i < 4 && is_cap(c, e) && c->tok_m[e] < 0 && same_sent(c, i, e) &&
           !glued(c, e))
      e++;
    if (e - i < 2 || e + 3 >= c->tk.n || !is_punct(c, e, ',') || !ng_tok_is(c, e + 1, "the") ||
        !tok_is_a(c, e + 2, WC_COMPANY) || !is_punct(c, e + 3, ',') || !same_sent(c, i, e + 3) ||
        is_nonname(c, i) || tok_is_a(c, i, WC_ORG_STOP) || country_word(c, i)) {
      i = e > i ? e - 1 : i;
      continue;
    }
    phrase(c, i, e, &lab);
    int ent = make_org(c, lab.data, lab.len, NG_ORG_GENERIC, NULL, 0);
    add_mention(c, (uint32_t)i, (uint32_t)e, NG_M_ORG, ent, -1);
    i = e - 1;
  }
  pass_described_orgs(c);
  /* (h) "the Ministerio de Pesca", "Belgium's Compagnie des Gardes du
   * Port": a name in French, Spanish, Portuguese or Italian opens with its
   * head noun */
  for (size_t i = cap_at(c, next_cap, 0); i + 2 < c->tk.n; i = cap_at(c, next_cap, i + 1)) {
    int fc = -1;
    if (is_cap(c, i) && c->tok_m[i] < 0 && tok_is_a(c, i, WC_FOREIGN_HEAD)) {
      if (tok_in(c, i, foreign_gov_heads)) fc = NG_ORG_GOV;
      else if (tok_in(c, i, foreign_org_heads)) fc = NG_ORG_GENERIC;
    }
    if (fc < 0 || !same_sent(c, i, i + 1)) continue;
    size_t e = i + 1;
    bool particle = false;
    while (e < c->tk.n && e - i < 9 && same_sent(c, i, e)) {
      /* "de X", "de la X" */
      size_t la = ng_tok_is(c, e + 1, "la") ? 1 : 0;
      if (tok_in(c, e, foreign_particles) && lower_word(c, e) && is_cap(c, e + 1 + la) &&
          c->tok_m[e + 1 + la] < 0 && same_sent(c, e, e + 1 + la)) {
        particle = true;
        e += 2 + la;
      } else if (is_cap(c, e) && c->tok_m[e] < 0 && !glued(c, e)) {
        size_t n;
        const char *w = ng_tok_text(c, e, &n);
        bool accented = false;
        for (size_t q = 0; q < n && !accented; q++) accented = (unsigned char)w[q] >= 0x80;
        if (!particle && !accented && e == i + 1) break;
        if (accented) particle = true; /* ("Policía Fluvial ...": a foreign name all the same) */
        e++;
      } else if (lower_word(c, e) && tok_in(c, e, (const char *const[]){"nationale", "nacional",
                                                                         "national", "civil",
                                                                         "militar", "militaire",
                                                                         NULL})) {
        particle = true;
        e++;
      } else {
        break;
      }
    }
    while (e > i + 1 && lower_word(c, e - 1)) e--; /* (no small word last) */
    if (e < i + 2 || !particle) continue;
    const char *iso = NULL;
    if (i >= 2 && is_possessive(c, i - 1) && same_sent(c, i - 2, i)) {
      iso = country_word(c, i - 2);
      if (!iso) country_phrase(c, i - 1, false, &tmp, &iso);
    }
    for (size_t t = i + 1; t < e && !iso; t++) iso = country_word(c, t); /* "... de Irlanda" */
    phrase(c, i, e, &lab);
    int ent = make_org_named(c, lab.data, lab.len, (ng_org_class)fc, iso, 0, true);
    add_mention(c, (uint32_t)i, (uint32_t)e, NG_M_ORG, ent, iso ? ng_country_ent(c, iso) : -1);
    i = e - 1;
  }
  /* (g) "Bhutan's Government of Royal Renewal": a government with a name of
   * its own (not "the Government of Ireland", which is the state) */
  for (size_t i = 0; i + 3 < c->tk.n; i++) {
    if (c->doc->text[c->tk.tok[i].b] != 'G' || !ng_tok_is(c, i, "Government") ||
        c->tok_m[i] >= 0 || !ng_tok_is(c, i + 1, "of") ||
        !is_cap(c, i + 2) || !same_sent(c, i, i + 2) || ng_tok_is(c, i + 2, "The") ||
        country_phrase(c, i + 2, true, &tmp, NULL))
      continue;
    size_t e = i + 2;
    while (e < c->tk.n && e - i < 6 && same_sent(c, i, e) && is_cap(c, e) && c->tok_m[e] < 0 &&
           !(lex_tok(c, e) && (lex_tok(c, e)->kinds & (1u << NG_LEX_COUNTRY | 1u << NG_LEX_CAPITAL |
                                                      1u << NG_LEX_CITY | 1u << NG_LEX_DEMONYM))) &&
           !glued(c, e))
      e++;
    if (e < i + 4 || (e < c->tk.n && same_sent(c, i, e) && is_cap(c, e)))
      continue; /* (two words at least, and the whole run) */
    const char *iso = NULL;
    if (i >= 2 && is_possessive(c, i - 1) && same_sent(c, i - 2, i)) {
      iso = country_word(c, i - 2);
      if (!iso) country_phrase(c, i - 1, false, &tmp, &iso);
    } else if (i >= 1 && same_sent(c, i - 1, i)) {
      const ng_lex_entry *d = find_kind(lex_tok(c, i - 1), NG_LEX_DEMONYM);
      if (d) iso = pick_demonym(c, d)->key;
    }
    if (!iso) iso = capital_after(c, e, &tmp);
    phrase(c, i, e, &lab);
    int ent = make_org(c, lab.data, lab.len, NG_ORG_GOV, iso, 0);
    add_mention(c, (uint32_t)i, (uint32_t)e, NG_M_ORG, ent, iso ? ng_country_ent(c, iso) : -1);
    i = e - 1;
  }
  /* (i) "Sentinel Crest, the OECD's monitoring mission": a body of an
   * international organization named in apposition */
  for (size_t k = 1; k + 4 < c->tk.n; k++) {
    if (!is_punct(c, k, ',') || !ng_tok_is(c, k + 1, "the") || !name_tok(c, k - 1) ||
        !same_sent(c, k - 1, k + 4))
      continue;
    size_t b = k;
    while (b > 0 && k - b < 4 && same_sent(c, b - 1, k) && name_tok(c, b - 1)) b--;
    if (b > 0 && same_sent(c, b - 1, b) && c->tk.tok[b - 1].type == NG_TOK_WORD &&
        !lower_word(c, b - 1))
      continue;
    const ng_lex_entry *io = NULL;
    size_t j = k + 2;
    for (size_t len = 4; len >= 1 && !io; len--) {
      if (j + len > c->tk.n || !same_sent(c, j, j + len - 1)) continue;
      phrase(c, j, j + len, &tmp);
      io = find_kind(ng_lexicon_lookup(c->lex, tmp.data, tmp.len), NG_LEX_ORG);
      if (io && io->org_class != NG_ORG_INTL) io = NULL;
      if (io) j += len;
    }
    if (!io) continue;
    if (is_possessive(c, j)) j++;
    size_t w = j;
    while (w < c->tk.n && w - j < 3 && same_sent(c, j, w) && lower_word(c, w) &&
           !tok_in(c, w, io_bodies))
      w++;
    if (!tok_in(c, w, io_bodies) || !lower_word(c, w) || !described_name_ok(c, b, k, &lab))
      continue;
    phrase(c, b, k, &lab);
    int ent = make_org_named(c, lab.data, lab.len, NG_ORG_INTL, NULL, 0, true);
    add_mention(c, (uint32_t)b, (uint32_t)k, NG_M_ORG, ent, -1);
    k = w;
  }
  /* (f) "the 21st Armoured Brigade": a numbered military unit */
  for (size_t i = 0; i + 2 < c->tk.n; i++) {
    size_t n;
    const char *w = ng_tok_text(c, i, &n);
    if (c->tk.tok[i].type != NG_TOK_NUM || n < 3 || c->tok_m[i] >= 0 ||
        !(w[n - 2] >= 'a' && w[n - 2] <= 'z') ||
        !(!strncmp(w + n - 2, "st", 2) || !strncmp(w + n - 2, "nd", 2) ||
          !strncmp(w + n - 2, "rd", 2) || !strncmp(w + n - 2, "th", 2)))
      continue;
    size_t e = i + 1;
    while (e < c->tk.n && e - i <= 3 && is_cap(c, e) && c->tok_m[e] < 0 && same_sent(c, i, e) &&
           !tok_in(c, e, (const char *const[]){"Division", "Brigade", "Regiment", "Battalion",
                                               "Corps", "Fleet", "Squadron", NULL}))
      e++;
    if (e >= c->tk.n || !same_sent(c, i, e) || c->tok_m[e] >= 0 ||
        !tok_in(c, e, (const char *const[]){"Division", "Brigade", "Regiment", "Battalion",
                                            "Corps", "Fleet", "Squadron", NULL}))
      continue;
    phrase(c, i, e + 1, &lab);
    int ent = make_org(c, lab.data, lab.len, NG_ORG_GENERIC, NULL, 0);
    add_mention(c, (uint32_t)i, (uint32_t)(e + 1), NG_M_ORG, ent, -1);
    i = e;
  }
  ng_buf_free(&tmp);
  ng_buf_free(&lab);
}

/* ------------------------------------------------------------- pass 3: gazetteer */

static const char *const place_preps[] = {"in", "at", "near", "to", "from", "into", "outside",
                                          "around", "across", "via", "through", "toward",
                                          "towards", "of", "inside", NULL};

/* Token i, a place's one-word name, ends a person's name after a title:
 * "Commander Ana Jordan", "Colonel Tomas Quito". */
static bool after_title_and_name(const ng_ctx *c, size_t i) {
  return i > 1 && same_sent(c, i - 2, i) && is_cap(c, i - 1) && c->tok_m[i - 1] < 0 &&
         !is_nonname(c, i - 1) && is_title_word(c, i - 2) && !lex_tok(c, i - 1);
}

/* "Mr Gao said", "Colonel Surin": a place's one-word name right after an
 * honorific or a rank is a surname, not the place. */
static bool after_honorific(const ng_ctx *c, size_t i) {
  if (i < 1 || !same_sent(c, i - 1, i) || !is_cap(c, i - 1)) return false;
  const ng_lex_entry *t = find_kind(lex_tok_lower(c, i - 1), NG_LEX_TITLE);
  return t && t->sub && (!strcmp(t->sub, "honorific") || !strcmp(t->sub, "rank"));
}

/* "..., Mariana Santiago, explained", "Lucia Quito said": a city's name
 * ending a two-word name of an unknown given name, in apposition or before
 * a speech verb -- a surname, not the city (J is the token after it). */
static bool given_name_and_city(const ng_ctx *c, size_t i, size_t j) {
  if (i < 1 || !same_sent(c, i - 1, i) || !is_cap(c, i - 1) || c->tok_m[i - 1] >= 0 ||
      is_nonname(c, i - 1) || lex_tok(c, i - 1) || glued(c, i - 1) ||
      (i >= 2 && same_sent(c, i - 2, i) && is_cap(c, i - 2)) ||
      /* ("Has Tehran asked?") */
      tok_in(c, i - 1, (const char *const[]){"Has", "Have", "Had", "Did", "Does", "Do", "Is",
                                             "Was", "Were", "Will", "Would", "Can", "Could",
                                             "Should", "May", "Might", "Must", "Why", "How",
                                             "When", "Where", "What", "Then", "Now", NULL}))
    return false;
  if (j >= c->tk.n || !same_sent(c, i, j)) return false;
  if (c->trig[j] & NG_TR_SPEECH) return true;
  return is_punct(c, j, ',') &&
         ((i >= 2 && is_punct(c, i - 2, ',') && same_sent(c, i - 2, i)) ||
          (j + 1 < c->tk.n && (c->trig[j + 1] & NG_TR_SPEECH)));
}

/* "Marta Ferraz de Albuquerque": a city's name after a Romance particle
 * that ends a person's name of two capitalized words or more before it
 * (not "Mocimboa da Praia", a place's own name after "in"). */
static bool particle_surname(const ng_ctx *c, size_t i) {
  return i >= 3 && same_sent(c, i - 3, i) &&
         tok_in(c, i - 1, (const char *const[]){"de", "da", "do", "dos", "das", "del", "di", NULL}) &&
         is_cap(c, i - 2) && c->tok_m[i - 2] < 0 && !lex_tok(c, i - 2) && !is_nonname(c, i - 2) &&
         is_cap(c, i - 3) && c->tok_m[i - 3] < 0 && !lex_tok(c, i - 3) && !is_nonname(c, i - 3) &&
         c->tk.tok[i - 3].type == NG_TOK_WORD && c->tk.tok[i - 2].type == NG_TOK_WORD;
}

/* Tokens i - 1 and i are the byline's author's two last names ("Owen
 * Lincoln covers foreign affairs"): a surname, not the city. */
static bool author_surname_at(const ng_ctx *c, size_t i) {
  const char *a = c->doc->author;
  if (!a || i == 0 || !same_sent(c, i - 1, i) || !is_cap(c, i - 1)) return false;
  size_t n1, n2, al = strlen(a);
  const char *w1 = ng_tok_text(c, i - 1, &n1), *w2 = ng_tok_text(c, i, &n2);
  return al >= n1 + n2 + 1 && !memcmp(a + al - n2, w2, n2) && a[al - n2 - 1] == ' ' &&
         !memcmp(a + al - n2 - 1 - n1, w1, n1) &&
         (al == n1 + n2 + 1 || a[al - n2 - 2 - n1] == ' ');
}

/* Token i has the text of one of the N tokens AT. */
static bool same_text_as(const ng_ctx *c, size_t i, const size_t *at, size_t n) {
  size_t b;
  const char *y = ng_tok_text(c, i, &b);
  for (size_t k = 0; k < n; k++) {
    size_t a;
    const char *x = ng_tok_text(c, at[k], &a);
    if (a == b && !memcmp(x, y, a)) return true;
  }
  return false;
}

/* A country's name in capitals standing alone: a heading ("MOLDOVA" on a
 * line of its own) or the label of a list's item ("* NEW ZEALAND: Two
 * frigates", "* NORWAY AND DENMARK: One ship each"): the end of its words
 * from token I, with their title case in TC, or I.  Not a speaker's tag
 * ("CHAD:"), a dateline ("OMAN - "), a headline in capitals ("PERU WARNS"),
 * nor a name the gazetteer knows in capitals ("US"). */
static bool caps_words_title_case(const ng_ctx *c, size_t i, size_t j, ng_buf *tc) {
  ng_buf_clear(tc);
  for (size_t k = i; k < j; k++) {
    size_t n;
    const char *w = ng_tok_text(c, k, &n);
    if (c->tk.tok[k].type != NG_TOK_WORD || !(c->tk.tok[k].flags & NG_TF_ALLCAPS) ||
        (k > i && !(c->tk.tok[k].flags & NG_TF_SPACE_BEFORE)))
      return false;
    if (k > i) ng_buf_addc(tc, ' ');
    for (size_t q = 0; q < n; q++)
      ng_buf_addc(tc, q > 0 && w[q] >= 'A' && w[q] <= 'Z' ? (char)(w[q] - 'A' + 'a') : w[q]);
  }
  return true;
}

static size_t caps_country_end(const ng_ctx *c, size_t i, ng_buf *tc) {
  static const char *const joins[] = {"AND", "&", NULL};
  if (!(c->tk.tok[i].flags & NG_TF_ALLCAPS) || lex_tok(c, i)) return i;
  /* "MOLDOVA'S FOREIGN MINISTER": a country's possessive in capitals */
  for (size_t len = 3; len >= 1; len--) {
    size_t j = i + len;
    if (j + 1 >= c->tk.n || !is_possessive(c, j) || !glued(c, j) ||
        c->tk.tok[j + 1].type != NG_TOK_WORD || !(c->tk.tok[j + 1].flags & NG_TF_ALLCAPS) ||
        c->tk.tok[j + 1].para != c->tk.tok[i].para)
      continue;
    if (caps_words_title_case(c, i, j, tc) &&
        find_kind(ng_lexicon_lookup(c->lex, tc->data, tc->len), NG_LEX_COUNTRY))
      return j;
  }
  /* the line's first words, after a bullet, or joined to another country */
  size_t s = i;
  while (s > 0 && c->tk.tok[s - 1].para == c->tk.tok[i].para &&
         (tok_in(c, s - 1, joins) || (c->tk.tok[s - 1].flags & NG_TF_ALLCAPS)) && i - s < 8)
    s--;
  bool bullet = s > 0 && c->tk.tok[s - 1].para == c->tk.tok[i].para &&
                (is_punct(c, s - 1, '*') || is_punct(c, s - 1, '-') || ng_tok_is(c, s - 1, "\xE2\x80\xA2")) &&
                (s - 1 == 0 || c->tk.tok[s - 2].para != c->tk.tok[i].para);
  if (s > 0 && c->tk.tok[s - 1].para == c->tk.tok[i].para && !bullet) return i;
  if (i > s && !tok_in(c, i - 1, joins)) return i;
  for (size_t len = 3; len >= 1; len--) {
    size_t j = i + len;
    if (j > c->tk.n || c->tk.tok[j - 1].para != c->tk.tok[i].para) continue;
    bool ok = true;
    ng_buf_clear(tc);
    for (size_t k = i; k < j && ok; k++) {
      size_t n;
      const char *w = ng_tok_text(c, k, &n);
      if (c->tk.tok[k].type != NG_TOK_WORD || !(c->tk.tok[k].flags & NG_TF_ALLCAPS) ||
          (k > i && !(c->tk.tok[k].flags & NG_TF_SPACE_BEFORE)))
        ok = false;
      if (k > i) ng_buf_addc(tc, ' ');
      for (size_t q = 0; q < n; q++)
        ng_buf_addc(tc, q > 0 && w[q] >= 'A' && w[q] <= 'Z' ? (char)(w[q] - 'A' + 'a') : w[q]);
    }
    if (!ok || !find_kind(ng_lexicon_lookup(c->lex, tc->data, tc->len), NG_LEX_COUNTRY)) continue;
    /* then the line ends, or a list's label does, or another country joins */
    bool alone = j >= c->tk.n || c->tk.tok[j].para != c->tk.tok[i].para;
    if (alone || (bullet && (is_punct(c, j, ':') || tok_in(c, j, joins)))) return j;
    return i;
  }
  return i;
}

/* Words that make a country's name a place's ("Jordan Valley", "Chad
 * Basin"), not a person's given name. */
static const char *const country_places[] = {"Delta", "Valley", "Basin", "River", "Sea",
                                             "Gulf", "Lake", "Desert", "Mountains",
                                             "Highlands", "Province", "Region", "State",
                                             "City", "Street", "Square", NULL};

/* Is token i an acronym that spells an English word ("WHO", "IS") inside a
 * run of capitals (a word of capitals beside it in the sentence)? */
static bool caps_function_word(const ng_ctx *c, size_t i) {
  if (!(c->tk.tok[i].flags & NG_TF_ALLCAPS) ||
      !tok_in(c, i, (const char *const[]){"WHO", "IS", "IT", NULL}))
    return false;
  for (size_t k = i > 0 ? i - 1 : i + 1; k <= i + 1 && k < c->tk.n; k += 2)
    if (k != i && same_sent(c, i, k) && c->tk.tok[k].type == NG_TOK_WORD &&
        (c->tk.tok[k].flags & NG_TF_ALLCAPS) && c->tk.tok[k].e - c->tk.tok[k].b > 1)
      return true;
  return false;
}

static void pass_gazetteer(ng_ctx *c, const uint32_t *next_cap) {
  size_t surn[16]; /* country words seen as a titled person's surname */
  size_t n_surn = 0;
  ng_buf p, key;
  ng_buf_init(&p);
  ng_buf_init(&key);
  for (size_t i = cap_at(c, next_cap, 0); i < c->tk.n; i = cap_at(c, next_cap, i + 1)) {
    if (c->tok_m[i] >= 0) continue;
    const ng_token *t = &c->tk.tok[i];
    if (t->type != NG_TOK_WORD || !(t->flags & NG_TF_CAP)) continue;
    /* "Sheikh Omar Khalid Al-Qatif": after a given name, "Al-" and a
     * place's name are a family's name, not the place */
    if (i >= 3 && is_punct(c, i - 1, '-') && glued(c, i - 1) && glued(c, i) &&
        tok_in(c, i - 2, (const char *const[]){"Al", "al", "El", "el", NULL}) &&
        same_sent(c, i - 3, i) && is_cap(c, i - 3) && c->tok_m[i - 3] < 0 &&
        c->tk.tok[i - 3].type == NG_TOK_WORD && !is_nonname(c, i - 3) && !lex_tok(c, i - 3))
      continue;
    size_t caps_end = caps_country_end(c, i, &p);
    if (caps_end > i) {
      const ng_lex_entry *e = find_kind(ng_lexicon_lookup(c->lex, p.data, p.len), NG_LEX_COUNTRY);
      int ent = ng_country_ent(c, e->key);
      phrase(c, i, caps_end, &key);
      ng_ent_alt(c, ent, key.data, key.len);
      add_mention(c, (uint32_t)i, (uint32_t)caps_end, NG_M_COUNTRY, ent, ent);
      i = caps_end - 1;
      continue;
    }
    for (size_t len = max_window(c, i, MAX_PHRASE, &p); len >= 1; len--) {
      size_t j = i + len;
      if (j > c->tk.n || !same_sent(c, i, j - 1) || !free_range(c, i, j)) continue;
      if (c->tk.tok[j - 1].type == NG_TOK_PUNCT) continue;
      const ng_lex_entry *chain = win_chain(c, i, len, false, &p);
      if (!chain) continue; /* (no kind below matches) */
      phrase(c, i, j, &p);
      const ng_lex_entry *e;
      if ((e = find_kind(chain, NG_LEX_ORG)) && j + 1 < c->tk.n && is_punct(c, j, '-') &&
          glued(c, j) && glued(c, j + 1) &&
          tok_in(c, j + 1, (const char *const[]){"class", "type", NULL})) {
        /* "the Guardian-class patrol boat": a class of ships or aircraft */
        i = j + 1;
        break;
      } else if ((e = find_kind(chain, NG_LEX_ORG)) && len == 1 && caps_function_word(c, i)) {
        /* "WHO SIGNED", "WHO IS IT AIMED AT?": in a line of capitals an
         * acronym that spells an English word is that word */
        i = j - 1;
        break;
      } else if ((e = find_kind(chain, NG_LEX_ORG))) {
        /* "Islamic State Highlands Province": an armed group's province is a
         * group of its own */
        size_t pe = j;
        while (e->org_class == NG_ORG_ARMED && pe < c->tk.n && pe - j < 3 &&
               same_sent(c, i, pe) && is_cap(c, pe) && !glued(c, pe) && c->tok_m[pe] < 0 &&
               !ng_tok_is(c, pe, "Province"))
          pe++;
        if (e->org_class == NG_ORG_ARMED && ng_tok_is(c, pe, "Province") && same_sent(c, i, pe) &&
            c->tok_m[pe] < 0) {
          phrase(c, i, pe + 1, &p);
          int ent = make_org_named(c, p.data, p.len, NG_ORG_ARMED, NULL, 0, true);
          add_mention(c, (uint32_t)i, (uint32_t)(pe + 1), NG_M_ORG, ent, -1);
          i = pe;
          break;
        }
        /* "the National Security Council", "the Foreign Office": many states
         * have one; it is the known one only in an article that names its
         * country */
        if (e->country && shared_name(p.data) && !doc_names_country(c, e->country)) {
          int ent = make_org(c, p.data, p.len, e->org_class, NULL, 0);
          add_mention(c, (uint32_t)i, (uint32_t)j, NG_M_ORG, ent, -1);
          i = j - 1;
          break;
        }
        int ent = known_org_mention(c, e, i, j, p.data, p.len);
        if (len > 1) nested_parent(c, i, j, ent);
      } else if ((e = find_kind(chain, NG_LEX_COUNTRY)) && j < c->tk.n && same_sent(c, i, j) &&
                 tok_is_a(c, j, WC_LANDFORM)) {
        /* "the Parana and Uruguay rivers": a river, not the country */
        i = j - 1;
        break;
      } else if ((e = find_kind(chain, NG_LEX_COUNTRY)) && j < c->tk.n && same_sent(c, i, j) &&
                 is_cap(c, j) &&
                 tok_in(c, j, (const char *const[]){"Road", "Street", "Avenue", "Boulevard",
                                                    "Highway", "Lane", "Drive", "Camp",
                                                    "Barracks", "Square", "Crescent", "Bridge",
                                                    "Building", NULL})) {
        /* "marched along Uganda Road", "the family house in Burma Camp": a
         * street, a quarter or a place named after a country */
        i = j - 1;
        break;
      } else if ((e = find_kind(chain, NG_LEX_COUNTRY)) && i > 1 && len == 1 &&
                 is_punct(c, i - 1, ',') && same_sent(c, i - 2, i) && mention_at(c, i - 2) &&
                 (mention_at(c, i - 2)->kind == NG_M_PLACE ||
                  mention_at(c, i - 2)->kind == NG_M_CAPITAL_GOV) &&
                 mention_at(c, i - 2)->country >= 0 &&
                 strcmp(c->f->ent[mention_at(c, i - 2)->country].key, e->key) &&
                 !tok_in(c, j, (const char *const[]){"and", "or", "'s", "\xE2\x80\x99s", NULL})) {
        /* "Atlanta, Georgia": a city of another country, then its state's
         * name, which a country shares; not that country (but "in Colombo,
         * Bangladesh and Sri Lanka signed": a list of countries begins) */
        i = j - 1;
        break;
      } else if ((e = find_kind(chain, NG_LEX_COUNTRY)) && i > 0 && same_sent(c, i - 1, i) &&
                 tok_in(c, i - 1, (const char *const[]){"Latin", "Central", "North", "South",
                                                        "East", "West", NULL}) &&
                 is_cap(c, i - 1)) {
        /* "Latin America" is not the United States */
        i = j - 1;
        break;
      } else if ((e = find_kind(chain, NG_LEX_COUNTRY)) && i > 1 && same_sent(c, i - 2, i) &&
                 ng_tok_is(c, i - 1, "of") && is_cap(c, i - 2) &&
                 tok_in(c, i - 2, (const char *const[]){"Gulf", "Sea", "Bay", "Strait", "Straits",
                                                        "Isle", "Lake", "Gulfs", NULL})) {
        /* "the Gulf of Guinea" is a sea, not the country */
        i = j - 1;
        break;
      } else if ((e = find_kind(chain, NG_LEX_COUNTRY)) && j < c->tk.n && glued(c, j) &&
                 c->doc->text[c->tk.tok[j].b] == '$') {
        /* "US$610 million": a currency, not the country */
        i = j - 1;
        break;
      } else if ((e = find_kind(chain, NG_LEX_COUNTRY))) {
        /* "Jordan Mills said": a country word starting a person's name */
        if (j < c->tk.n && is_cap(c, j) && glued(c, j) == false && c->tok_m[j] < 0 &&
            !is_nonname(c, j) && same_sent(c, i, j) && len == 1 &&
            ((i > 0 && same_sent(c, i - 1, i) && is_title_word(c, i - 1)) ||
             (j + 1 < c->tk.n && (c->trig[j + 1] & NG_TR_SPEECH)) ||
             /* "Chad Mills, a former pilot", "Jordan Ellis, who runs ..." */
             (j + 2 < c->tk.n && is_punct(c, j + 1, ',') &&
              tok_in(c, j + 2, (const char *const[]){"a", "an", "who", NULL}) &&
              !tok_in(c, j, country_places)) ||
             (c->doc->author && !strncmp(c->doc->author, p.data, p.len) &&
              c->doc->author[p.len] == ' ') ||
             /* "India Ravenscroft @indiarav · Jan 15", a reply's author; and
              * "Georgia Vanderbeke" alone on a line over a comment */
             (j + 1 < c->tk.n && c->doc->text[c->tk.tok[j + 1].b] == '@' && glued(c, j + 2)) ||
             ((c->tk.tok[i].flags & NG_TF_LINE_START) &&
              (j + 1 >= c->tk.n || (c->tk.tok[j + 1].flags & NG_TF_LINE_START)) &&
              !tok_in(c, j, country_places) &&
              !tok_in(c, j, (const char *const[]){"Times", "Post", "News", "Today", "Daily",
                                                  "Herald", NULL}))) &&
            !find_kind(lookup_tok(c, j, &key),
                       NG_LEX_TITLE) &&
            !find_kind(ng_lexicon_lookup(c->lex, key.data, key.len), NG_LEX_COUNTRY) &&
            !find_kind(ng_lexicon_lookup(c->lex, key.data, key.len), NG_LEX_ORG) &&
            !(c->trig[j] & NG_TR_SPEECH))
          break;
        /* "Commander Ana Jordan": a country word ending a person's name
         * after a title; later "Jordan said" is the same surname */
        if (len == 1 && after_title_and_name(c, i) && n_surn < 16) {
          surn[n_surn++] = i;
          break;
        }
        bool was_surname = same_text_as(c, i, surn, n_surn);
        if (was_surname && len == 1) break;
        const char *iso = e->key;
        if (len == 1 && !strcmp(iso, "CG") && ng_tok_is(c, i, "Congo") && congo_is_drc(c))
          iso = "CD";
        int ent = ng_country_ent(c, iso);
        ng_ent_alt(c, ent, p.data, p.len);
        add_mention(c, (uint32_t)i, (uint32_t)j, NG_M_COUNTRY, ent, ent);
      } else if ((e = find_kind(chain, NG_LEX_CAPITAL)) || (e = find_kind(chain, NG_LEX_CITY))) {
        /* "Colonel Tomas Quito": a city's name ending a person's name
         * after a title (as for countries above); later "Quito said" too */
        if (len == 1 &&
            (after_title_and_name(c, i) || after_honorific(c, i) || author_surname_at(c, i) ||
             given_name_and_city(c, i, j) || particle_surname(c, i)) &&
            glued(c, i) == false && !(j < c->tk.n && is_cap(c, j) && same_sent(c, i, j)) &&
            n_surn < 16) {
          surn[n_surn++] = i;
          break;
        }
        /* "Mocimboa da Praia", "Ponta do Lisboa": a capital's or city's name
         * ending a longer place's name after a Romance particle is that place */
        if (i >= 2 && same_sent(c, i - 2, i) && is_cap(c, i - 2) &&
            tok_in(c, i - 1, (const char *const[]){"da", "do", "das", "dos", "de", "del", "di",
                                                   "du", NULL}) &&
            c->tok_m[i - 2] < 0) {
          i = j - 1;
          break;
        }
        /* "the border at Baarle-Nassau": a capital's or city's name glued
         * after a hyphen to a word no list knows ends a compound place's
         * name (not "Kosice-Barca", not "Lima-Santiago": places first) */
        if (i >= 2 && is_punct(c, i - 1, '-') && glued(c, i - 1) && glued(c, i) &&
            is_cap(c, i - 2) && c->tk.tok[i - 2].type == NG_TOK_WORD && c->tok_m[i - 2] < 0 &&
            !lookup_tok(c, i - 2, &key)) {
          i = j - 1;
          break;
        }
        /* "the Parana river", "the Parana and Uruguay rivers": a river
         * named like a region, not the region */
        static const char *const waters[] = {"river", "rivers", "estuary", NULL};
        if (e->kind == NG_LEX_CITY && j < c->tk.n && same_sent(c, i, j) &&
            (tok_in(c, j, waters) ||
             (ng_tok_is(c, j, "and") && j + 2 < c->tk.n && same_sent(c, i, j + 2) &&
              is_cap(c, j + 1) && tok_in(c, j + 2, waters)))) {
          i = j - 1;
          break;
        }
        /* "Lake Victoria", "Mount Elgon": a lake or a mountain named
         * like a region or a town, not that place */
        if (i > 0 && same_sent(c, i - 1, i) && is_cap(c, i - 1) &&
            tok_in(c, i - 1, (const char *const[]){"Lake", "Mount", "Mt", NULL})) {
          i = j - 1;
          break;
        }
        /* "Defence Minister Lim Hoa Binh", "Mr Ninh Binh": a place of
         * several words ending a person's name after a title */
        if (len > 1 && (after_title_and_name(c, i) || after_honorific(c, i)) &&
            !(j < c->tk.n && is_cap(c, j) && same_sent(c, i, j)))
          break;
        bool was_surname = same_text_as(c, i, surn, n_surn);
        /* (but "in Quito", "to Quito" stay the city) */
        if (was_surname && len == 1 && !(i > 0 && tok_is_a(c, i - 1, WC_PLACE_PREP))) break;
        /* part of a longer name ("Washington Post", "Toronto Star"): not the city
         * (but "Niassa Province said", "in Galle District.": the place) */
        if (j < c->tk.n && is_cap(c, j) && same_sent(c, i, j) && !is_nonname(c, j) &&
            !(tok_in(c, j, (const char *const[]){"Province", "Region", "District", "Governorate",
                                                 "Prefecture", "Oblast", NULL}) &&
              !(j + 1 < c->tk.n && is_cap(c, j + 1) && same_sent(c, j, j + 1))) &&
            !find_kind(lookup_tok(c, j, &key),
                       NG_LEX_COUNTRY))
          break;
        bool prep = i > 0 && same_sent(c, i - 1, i) && tok_is_a(c, i - 1, WC_PLACE_PREP);
        /* (a territory's place may belong to no state: "Antarctica") */
        const char *iso = e->kind == NG_LEX_CITY ? e->country : e->country ? e->country : e->key;
        /* "the European Union's spokesperson said that Brussels was ...":
         * beside the Union, Brussels is its seat, not Belgium's government */
        bool eu_seat = false;
        if (e->kind == NG_LEX_CAPITAL && !strcmp(iso, "BE") && ng_tok_is(c, i, "Brussels")) {
          uint32_t sn = c->tk.tok[i].sent;
          size_t from = c->tk.sent[sn > 0 ? sn - 1 : 0].first;
          for (size_t u = from; u < c->tk.sent[sn].end && !eu_seat; u++)
            eu_seat = ng_tok_is(c, u, "EU") ||
                      (ng_tok_is(c, u, "European") &&
                       tok_in(c, u + 1, (const char *const[]){"Union", "Commission", "Council",
                                                              "Parliament", NULL}));
        }
        if (e->kind == NG_LEX_CAPITAL && !prep && !eu_seat && !(i > 0 && is_punct(c, i - 1, ',')) &&
            !(j < c->tk.n && is_punct(c, j, ',') && i > 0 && tok_is_a(c, i - 1, WC_PLACE_PREP))) {
          int cent = ng_country_ent(c, iso);
          add_mention(c, (uint32_t)i, (uint32_t)j, NG_M_CAPITAL_GOV, cent, cent);
        } else {
          if (eu_seat) iso = NULL; /* (the Union's seat names no state) */
          ng_buf_clear(&key);
          slugify(p.data, p.len, &key);
          if (iso) ng_buf_addc(&key, '-');
          for (const char *q = iso ? iso : ""; *q; q++) ng_buf_addc(&key, (char)(*q | 0x20));
          int ent = ng_ent_get(c, NG_ENT_PLACE, key.data, p.data, iso, NG_ORG_GENERIC);
          add_mention(c, (uint32_t)i, (uint32_t)j, NG_M_PLACE, ent, iso ? ng_country_ent(c, iso) : -1);
        }
      } else if ((e = find_kind(chain, NG_LEX_DEMONYM)) && j < c->tk.n && same_sent(c, i, j) &&
                 tok_is_a(c, j, WC_DEMONYM_NOUN)) {
        /* "the Indian Ocean", "the Portuguese word for": no country */
        i = j - 1;
        break;
      } else if ((e = find_kind(chain, NG_LEX_DEMONYM)) && i > 0 && same_sent(c, i - 1, i) &&
                 tok_in(c, i - 1, (const char *const[]){"in", NULL}) &&
                 (j >= c->tk.n || !same_sent(c, i, j) || is_punct(c, j, '.') ||
                  is_punct(c, j, ',') || is_punct(c, j, ';') || is_punct(c, j, ')') ||
                  /* ("in Spanish and German": a list of languages opens) */
                  (tok_in(c, i, languages) && tok_in(c, j, (const char *const[]){"and", "or", NULL}) &&
                   tok_in(c, j + 1, languages)) ||
                  /* ("first in Spanish and then in Aymara", "in Spanish and briefly
                   * in English": a second "in" of the same kind) */
                  (tok_in(c, i, languages) && tok_in(c, j, (const char *const[]){"and", "or", NULL}) &&
                   lower_word(c, j + 1) && ng_tok_is(c, j + 2, "in") && is_cap(c, j + 3) &&
                   same_sent(c, i, j + 3)))) {
        /* "spoke to us in French.", "a statement in Spanish, then": a
         * language, no country ("in French waters" is one) */
        i = j - 1;
        break;
      } else if ((e = find_kind(chain, NG_LEX_DEMONYM)) && j == i + 1 && tok_in(c, i, languages) &&
                 i > 0 && same_sent(c, i - 1, i) &&
                 (tok_in(c, i - 1, (const char *const[]){"in", "into", NULL}) ||
                  (i > 1 && ng_tok_is(c, i - 1, "the") && same_sent(c, i - 2, i) &&
                   tok_in(c, i - 2, (const char *const[]){"from", "into", NULL}))) &&
                 j < c->tk.n && same_sent(c, i, j) &&
                 tok_in(c, j, (const char *const[]){"in", "on", "by", "for", "at",
                                                    "to", "from", "as", "but", "with", NULL})) {
        /* "first published in Portuguese in a weekly", "translated from the
         * German by the desk": a language named before a small word */
        i = j - 1;
        break;
      } else if ((e = find_kind(chain, NG_LEX_DEMONYM)) && j == i + 1 && tok_in(c, i, languages) &&
                 language_list_before(c, i) &&
                 (j >= c->tk.n || !same_sent(c, i, j) || c->tk.tok[j].type == NG_TOK_PUNCT ||
                  tok_in(c, j, (const char *const[]){"in", "on", "by", "for", "at", "to", "from",
                                                     "as", "but", "with", "and", NULL}))) {
        /* "spoke in English and French", "signed in Bangla, Tamil and
         * English": the last of a list of languages */
        i = j - 1;
        break;
      } else if ((e = find_kind(chain, NG_LEX_DEMONYM)) && j == i + 1 && tok_in(c, i, languages) &&
                 (language_text_after(c, j) || translated_from_before(c, i))) {
        /* "the French text prevails", "translated from Hausa and French by
         * the newsroom": a language */
        i = j - 1;
        break;
      } else if ((e = find_kind(chain, NG_LEX_DEMONYM))) {
        e = pick_demonym(c, e);
        int cent = ng_country_ent(c, e->key);
        add_mention(c, (uint32_t)i, (uint32_t)j, NG_M_DEMONYM, cent, cent);
      } else {
        continue;
      }
      i = j - 1;
      break;
    }
  }
  ng_buf_free(&p);
  ng_buf_free(&key);
}

/* "Sierra Leone's navy", "Uruguay's coast guard": a country's force
 * named in lower case after its possessive, as "the Uruguayan navy" is by
 * pattern (b) of pass_org_patterns.  After the gazetteer, so that the
 * country may be a name of several words. */
static void pass_possessive_forces(ng_ctx *c) {
  /* (not "army", "military": more often the state at war than a body) */
  static const char *const forces[] = {"navy", "air force", "coast guard", "defence force",
                                       "defence forces", "defense force", "defense forces", NULL};
  ng_buf tmp, lab;
  ng_buf_init(&tmp);
  ng_buf_init(&lab);
  for (size_t k = 0; k < c->n_m; k++) {
    const ng_mention *m = &c->m[k];
    size_t i = m->t1;
    if (m->kind != NG_M_COUNTRY || !is_possessive(c, i) || i + 2 > c->tk.n ||
        !same_sent(c, m->t0, i + 1) || (c->tk.tok[i + 1].flags & NG_TF_CAP) ||
        c->tk.tok[i + 1].type != NG_TOK_WORD)
      continue;
    size_t best = 0;
    for (size_t words = 1; words <= 2 && i + 1 + words <= c->tk.n; words++) {
      if (!same_sent(c, i, i + words)) break;
      phrase(c, i + 1, i + 1 + words, &tmp);
      for (size_t g = 0; forces[g]; g++)
        if (!strcmp(tmp.data, forces[g])) best = words;
    }
    if (!best || !free_range(c, i + 1, i + 1 + best)) continue;
    size_t e = i + 1 + best;
    if (e < c->tk.n && same_sent(c, i, e) &&
        ((c->tk.tok[e].type == NG_TOK_WORD && !(c->tk.tok[e].flags & NG_TF_CAP) &&
          !body_follows(c, e)) ||
         (is_punct(c, e, '-') && glued(c, e))))
      continue; /* "Chile's military build-up": an adjective */
    const char *iso = c->f->ent[m->country].key;
    phrase(c, m->t0, e, &lab);
    phrase(c, m->t0, i + 1, &tmp);
    int ent = make_org(c, lab.data, lab.len, NG_ORG_GOV, iso, tmp.len + 1);
    add_mention(c, (uint32_t)(i + 1), (uint32_t)e, NG_M_ORG, ent, m->country);
  }
  ng_buf_free(&tmp);
  ng_buf_free(&lab);
}

/* The words (one or two, in the sentence) from token F that name a force
 * in any case ("military", "Armed Forces"), or 0. */
static size_t force_words_at(const ng_ctx *c, size_t f, ng_buf *tmp) {
  static const char *const forces[] = {"military", "army", "navy", "armed forces", "air force",
                                       "defence force", "defence forces", "defense force",
                                       "defense forces", "coast guard", NULL};
  size_t best = 0;
  for (size_t words = 1; words <= 2 && f + words <= c->tk.n; words++) {
    if (!same_sent(c, f, f + words - 1)) break;
    phrase(c, f, f + words, tmp);
    for (size_t g = 0; forces[g]; g++)
      if (!strcasecmp(tmp->data, forces[g])) best = words;
  }
  return best;
}

/* "Zaria Defence Vehicles Ltd, a Nigerian company,", "X, a Kaduna State
 * company,": a company whose country an apposition's demonym or place tells
 * (when none is known yet). */
static void pass_company_appositions(ng_ctx *c) {
  for (size_t mi = 0; mi < c->n_m; mi++) {
    const ng_mention *m = &c->m[mi];
    if (m->kind != NG_M_ORG || m->ent < 0 || c->f->ent[m->ent].country) continue;
    size_t i = m->t1;
    if (!is_punct(c, i, ',') || !tok_in(c, i + 1, (const char *const[]){"a", "an", "the", NULL}))
      continue;
    size_t j = i + 2, k = j;
    const ng_mention *d = NULL;
    /* (past a word or two: "a state-owned Nigerian company", "a Nigerian
     * armoured-vehicle maker") */
    for (; k < c->tk.n && k < j + 6 && same_sent(c, i, k); k++) {
      const ng_mention *x = mention_at(c, k);
      /* (or a place's: "a Kaduna State company", "a Chattogram shipyard") */
      if (x && !d &&
          (x->kind == NG_M_DEMONYM || ((x->kind == NG_M_PLACE || x->kind == NG_M_CAPITAL_GOV) &&
                                       x->country >= 0))) {
        d = x;
        k = x->t1 - 1;
        continue;
      }
      if (tok_is_a(c, k, WC_COMPANY)) break;
      bool other = x || (c->tk.tok[k].type == NG_TOK_PUNCT && !is_punct(c, k, '-')) ||
                   (c->tk.tok[k].type != NG_TOK_PUNCT && is_cap(c, k));
      if (other) {
        k = c->tk.n;
        break;
      }
    }
    if (k >= c->tk.n || !tok_is_a(c, k, WC_COMPANY)) continue;
    /* (or where it is, after the word: "a shipyard in Talcahuano", "a
     * shipyard in the southern Chilean city of X") */
    int where = d ? d->country : -1;
    for (size_t q = k + 1; !d && where < 0 && q + 1 < c->tk.n && q <= k + 8 && same_sent(c, k, q);
         q++) {
      if (is_punct(c, q, ',') || is_punct(c, q, ';')) break;
      const ng_mention *x = mention_at(c, q);
      if (x && (x->kind == NG_M_DEMONYM || x->kind == NG_M_PLACE || x->kind == NG_M_CAPITAL_GOV ||
                x->kind == NG_M_COUNTRY)) {
        where = x->country;
        break;
      }
      if (x) break;
      if (ng_tok_is(c, q, "in") && is_cap(c, q + 1) && c->tok_m[q + 1] < 0)
        for (size_t e = q + 3; e > q + 1 && where < 0; e--)
          if (e <= c->tk.n && same_sent(c, q, e - 1) && is_cap(c, e - 1)) {
            int country = -1;
            if (ng_town_place(c, q + 1, e, &country) >= 0) where = country;
          }
    }
    if (where < 0) continue;
    c->f->ent[m->ent].country = ng_xstrdup(c->f->ent[where].key);
  }
}

/* "His Majesty's Armed Forces, Tonga's military,", "the Royal Guard Corps,
 * the Bhutanese army,": a force named without its country, then its
 * country in apposition, is that country's armed force. */
static void pass_force_appositions(ng_ctx *c) {
  ng_buf tmp;
  ng_buf_init(&tmp);
  for (size_t k = 0; k < c->n_m; k++) {
    const ng_mention *m = &c->m[k];
    size_t i = m->t1;
    if (m->kind != NG_M_ORG || m->ent < 0 || c->f->ent[m->ent].country ||
        c->f->ent[m->ent].org_class == NG_ORG_COALITION || !is_punct(c, i, ',') ||
        i + 3 >= c->tk.n || !same_sent(c, m->t0, i + 3))
      continue;
    size_t j = ng_tok_is(c, i + 1, "the") ? i + 2 : i + 1;
    int cm = c->tok_m[j];
    if (cm < 0) continue;
    const ng_mention *o = &c->m[cm];
    size_t f = 0, best = 0; /* the force's words: [f, f + best) */
    int country = o->country;
    if (o->kind == NG_M_COUNTRY && j == i + 1 && is_possessive(c, o->t1)) {
      f = o->t1 + 1;
      best = force_words_at(c, f, &tmp);
    } else if (o->kind == NG_M_DEMONYM && j == i + 2) {
      f = o->t1;
      best = force_words_at(c, f, &tmp);
    } else if (o->kind == NG_M_ORG && o->t0 == j && o->ent >= 0 && c->f->ent[o->ent].country &&
               (country = ng_country_ent(c, c->f->ent[o->ent].country)) >= 0) {
      /* ("the Bhutanese army", an organisation already: its last words, a
       * word before them) */
      for (size_t words = 2; words >= 1 && !best; words--)
        if (o->t1 >= j + words + (words == 2) &&
            force_words_at(c, o->t1 - words, &tmp) == words) {
          f = o->t1 - words;
          best = words;
        }
    }
    size_t e = f + best;
    /* (the apposition ends there: not "Tonga's military build-up", "Peru's
     * army chief said") */
    if (!best || (e < c->tk.n && same_sent(c, f, e) && !is_punct(c, e, ',') &&
                  !is_punct(c, e, '.') && !is_punct(c, e, ')') && !is_punct(c, e, ';')))
      continue;
    ng_entity *en = &c->f->ent[m->ent];
    en->country = ng_xstrdup(c->f->ent[country].key);
    if (en->org_class == NG_ORG_GENERIC) en->org_class = NG_ORG_ARMED;
  }
  ng_buf_free(&tmp);
}

/* The end of "PORTFOLIO [PORTFOLIO] ministry" in lower case at token K
 * ("information ministry", "foreign affairs ministry"), or 0. */
static size_t lower_ministry_end(const ng_ctx *c, size_t k) {
  for (size_t w = 1; w <= 2; w++) {
    size_t m = k + w;
    if (m >= c->tk.n || !same_sent(c, k, m) || !lower_word(c, m - 1) ||
        !tok_is_a(c, m - 1, WC_PORTFOLIO) || !free_range(c, k, m))
      return 0;
    if (ng_tok_is(c, m, "ministry") && c->tok_m[m] < 0) return m + 1;
  }
  return 0;
}

/* A country's ministry named in lower case, as "Chile's defence ministry"
 * is by pattern (b') of pass_org_patterns, for every portfolio and a
 * country of several words: "Bhutan's tourism ministry", "the Bhutanese
 * tourism ministry", "the foreign ministry of Mongolia". After the
 * gazetteer, which has found the country. */
static void pass_lower_ministries(ng_ctx *c) {
  ng_buf tmp, lab;
  ng_buf_init(&tmp);
  ng_buf_init(&lab);
  for (size_t k = 0; k < c->n_m; k++) {
    const ng_mention *m = &c->m[k];
    if (m->country < 0 || (m->kind != NG_M_COUNTRY && m->kind != NG_M_DEMONYM)) continue;
    const char *iso = c->f->ent[m->country].key;
    int cent = m->country;
    size_t t0 = m->t0, t1 = m->t1;
    /* "the foreign ministry of Mongolia" */
    if (m->kind == NG_M_COUNTRY && t0 >= 3 && ng_tok_is(c, t0 - 1, "of") &&
        ng_tok_is(c, t0 - 2, "ministry") && same_sent(c, t0 - 3, t0)) {
      size_t b = t0 - 2;
      while (b > 0 && t0 - 2 - b < 2 && lower_word(c, b - 1) && tok_is_a(c, b - 1, WC_PORTFOLIO) &&
             same_sent(c, b - 1, t0))
        b--;
      if (b < t0 - 2 && free_range(c, b, t0 - 1)) {
        phrase(c, b, t0 - 1, &tmp);
        phrase(c, b, t1, &lab);
        int ent = make_org_alt(c, tmp.data, tmp.len, NG_ORG_GOV, iso, 0, false, lab.data, lab.len);
        add_mention(c, (uint32_t)b, (uint32_t)(t0 - 1), NG_M_ORG, ent, cent);
        continue;
      }
    }
    /* "Bhutan's tourism ministry", "the Bhutanese tourism ministry" */
    size_t s = t1;
    if (m->kind == NG_M_COUNTRY) {
      if (!is_possessive(c, t1)) continue;
      s = t1 + 1;
    }
    size_t e = lower_ministry_end(c, s);
    if (!e || !same_sent(c, t0, e - 1)) continue;
    if (e < c->tk.n && same_sent(c, t0, e) && lower_word(c, e) && !body_follows(c, e))
      continue; /* "the tourism ministry building" */
    phrase(c, t0, e, &lab);
    phrase(c, t0, s, &tmp);
    int ent = make_org(c, lab.data, lab.len, NG_ORG_GOV, iso, tmp.len + 1);
    add_mention(c, (uint32_t)s, (uint32_t)e, NG_M_ORG, ent, cent);
  }
  ng_buf_free(&tmp);
  ng_buf_free(&lab);
}

/* "the Harbour Safety Board (HSB) ... HSB said": an acronym defined in
 * parentheses right after an organization's name names it for the rest of
 * the article. */
/* Last words of a defined term that names no organisation: "Exclusive
 * Economic Zone (EEZ)", "Memorandum of Understanding (MoU)". */
static const char *const acr_not_org[] = {
    "zone", "zones", "understanding", "product", "vehicle", "vehicles", "gas", "missile",
    "missiles", "rocket", "rockets", "weapon", "weapons", "system", "systems", "drone", "drones",
    "aircraft", "satellite", "satellites", "radar", "radars", "launcher", "launchers", "tank",
    "tanks", "agreement", "agreements", "treaty", "act", "programme", "program", "plan",
    "framework", "strategy", "initiative", "code", "convention", "protocol", "index", "rate",
    "area", "areas", "corridor", "route", "partnership", "exercise", "exercises", "operation",
    "operations", "dialogue", "deal", "declaration", "charter", "law", "standard", "standards",
    "procedure", "procedures", "principles", "income", "reserve", "reserves", "capability",
    "capabilities", "line", "status", "regime", "visa", "visas", "contract", "project", NULL};

/* Does capitalized word W (N bytes) followed by the words of WORDS from K
 * give the letters ACR[L..NA)?  Each word gives its first letter and maybe
 * more of its own, in order ("Economic Community of West African States":
 * E-CO-W-A-S). */
static bool acr_match(const char *const *w, const size_t *wn, size_t nw, size_t k, const char *acr,
                      size_t l, size_t na, const bool *opt) {
  if (k == nw || l == na) {
    while (opt && k < nw && opt[k]) k++;
    return k == nw && l == na;
  }
  /* (an optional word may give no letter: "Aerotecnica del Sur (ADS)" and
   * "Instituto de Estudos Estrategicos (IEE)" both) */
  if (opt && opt[k] && acr_match(w, wn, nw, k + 1, acr, l, na, opt)) return true;
  if ((w[k][0] | 0x20) != (acr[l] | 0x20)) return false;
  size_t x = 1, m = l + 1;
  for (;;) {
    if (acr_match(w, wn, nw, k + 1, acr, m, na, opt)) return true;
    /* or this word gives the next letter too */
    if (m == na) return false;
    while (x < wn[k] && (w[k][x] | 0x20) != (acr[m] | 0x20)) x++;
    if (x == wn[k]) return false;
    x++;
    m++;
  }
}

/* "the Regional Security System (RSS)", "Jama'at Nusrat al-Islam
 * wal-Muslimin (JNIM)": a capitalized name that an acronym in brackets right
 * after it abbreviates is an organisation, unless a title word is in it or
 * its last word says it is a thing (acr_not_org) */
static void acronym_orgs(ng_ctx *c) {
  enum { MAX_W = 10 };
  ng_buf lab;
  ng_buf_init(&lab);
  for (size_t a = 2; a + 2 < c->tk.n; a++) {
    if (!is_punct(c, a, '(') || !is_punct(c, a + 2, ')') || c->tok_m[a + 1] >= 0 ||
        !(c->tk.tok[a + 1].flags & NG_TF_ALLCAPS) || !same_sent(c, a - 1, a + 2))
      continue;
    size_t na;
    const char *acr = ng_tok_text(c, a + 1, &na);
    bool letters = na >= 2 && na <= 8;
    for (size_t q = 0; q < na && letters; q++) letters = (acr[q] | 0x20) >= 'a' && (acr[q] | 0x20) <= 'z';
    if (!letters) continue;
    /* the capitalized words before the bracket, last first; small words,
     * hyphens, apostrophes and what is glued after them count for none */
    const char *w[MAX_W], *w2[MAX_W];
    size_t wn[MAX_W], wt[MAX_W], nw = 0, t = a, wn2[MAX_W], wt2[MAX_W], nw2 = 0;
    bool opt2[MAX_W];
    while (t-- > 0 && nw < MAX_W && nw2 < MAX_W && same_sent(c, t, a) && c->tok_m[t] < 0) {
      const ng_token *tk = &c->tk.tok[t];
      size_t dn;
      const char *dw = ng_tok_text(c, t, &dn);
      /* (the same words with the Romance particles, which may give a letter:
       * "Aerotecnica del Sur (ADS)") */
      if (tk->type == NG_TOK_WORD && dw[0] == 'd' &&
          tok_in(c, t, (const char *const[]){"de", "del", "della", "des", "di", "do", "dos",
                                             "das", "du", NULL})) {
        w2[nw2] = dw;
        wn2[nw2] = dn;
        opt2[nw2] = true;
        wt2[nw2++] = t;
      }
      if (is_cap(c, t)) {
        if (is_title_word(c, t)) break;
        w[nw] = dw;
        wn[nw] = dn;
        wt[nw++] = t;
        w2[nw2] = dw;
        wn2[nw2] = dn;
        opt2[nw2] = false;
        wt2[nw2++] = t;
      } else if (tk->type == NG_TOK_WORD && (dw[0] == 'd' || dw[0] == 'l') &&
                 ((dn > 2 && dw[1] == '\'' && dw[2] >= 'A' && dw[2] <= 'Z') ||
                  (dn > 4 && !memcmp(dw + 1, "\xE2\x80\x99", 3) && dw[4] >= 'A' &&
                   dw[4] <= 'Z'))) {
        /* "Compagnie Forestiere d'Elvara (CFE)": the name after the article */
        size_t ap = dw[1] == '\'' ? 2 : 4;
        w[nw] = dw + ap;
        wn[nw] = dn - ap;
        wt[nw++] = t;
        w2[nw2] = dw + ap;
        wn2[nw2] = dn - ap;
        opt2[nw2] = false;
        wt2[nw2++] = t;
      } else if (!(tk->type == NG_TOK_WORD && (glued(c, t) ||
                                                tok_in(c, t, (const char *const[]){
                                                    "of", "for", "and", "the", "on", "in", "de",
                                                    "du", "des", "al", "wal", "el", "la", "le",
                                                    "del", "d", "l", NULL}))) &&
                 !is_punct(c, t, '-') && !is_punct(c, t, '\'') && !is_possessive(c, t) &&
                 /* ("Forum for India-Pacific Islands Cooperation (FIPIC)" with an en
                  * dash glued between two names) */
                 !(ng_tok_is(c, t, "\xE2\x80\x93") && glued(c, t) && glued(c, t + 1)) &&
                 /* "Compagnie Forestiere d'Elvara (CFE)" */
                 !(tk->type == NG_TOK_QUOTE && tk->single && glued(c, t) && glued(c, t + 1))) {
        break;
      }
    }
    /* one word a letter ("Rural Research Institute (RRI)", not "Research
     * Institute" read as R-R-I), else the fewest words (two at least) that
     * give the acronym */
    size_t used = 0;
    if (nw >= na) {
      bool each = true;
      for (size_t q = 0; q < na && each; q++) each = (w[na - 1 - q][0] | 0x20) == (acr[q] | 0x20);
      if (each) used = na;
    }
    for (size_t k = 2; k <= nw && !used; k++) {
      const char *fw[MAX_W];
      size_t fn[MAX_W];
      for (size_t q = 0; q < k; q++) {
        fw[q] = w[k - 1 - q];
        fn[q] = wn[k - 1 - q];
      }
      if (acr_match(fw, fn, k, 0, acr, 0, na, NULL)) used = k;
    }
    size_t s = used ? wt[used - 1] : 0;
    /* else with the particles (the fewest words, a capitalized one first) */
    for (size_t k = 2; k <= nw2 && !used && nw2 > nw; k++) {
      const char *fw[MAX_W];
      size_t fn[MAX_W];
      bool fo[MAX_W];
      for (size_t q = 0; q < k; q++) {
        fw[q] = w2[k - 1 - q];
        fn[q] = wn2[k - 1 - q];
        fo[q] = opt2[k - 1 - q];
      }
      if (!fo[0] && acr_match(fw, fn, k, 0, acr, 0, na, fo)) {
        used = k;
        s = wt2[k - 1];
      }
    }
    if (!used || tok_in(c, a - 1, acr_not_org)) continue;
    /* "the Democratic Republic of the Congo (DRC)", "the Lao People's
     * Democratic Republic (LPDR)": a state's official name with its initials
     * is the country, which the gazetteer finds */
    if (find_kind(lex_tok(c, a + 1), NG_LEX_COUNTRY)) continue;
    phrase(c, s, a, &lab);
    if (find_kind(ng_lexicon_lookup(c->lex, lab.data, lab.len), NG_LEX_COUNTRY)) continue;
    if (s > 0 && ng_tok_is(c, s - 1, "the") && same_sent(c, s - 1, a)) {
      /* ("the Gambia"-style names carry their article) */
      phrase(c, s - 1, a, &lab);
      if (find_kind(ng_lexicon_lookup(c->lex, lab.data, lab.len), NG_LEX_COUNTRY)) continue;
    }
    /* "Direction Generale de la Securite Exterieure (DGSE)": a known
     * organization under its own acronym */
    const ng_lex_entry *kacr = known_acronym_after(c, a, NULL);
    if (kacr) {
      phrase(c, s, a, &lab);
      known_org_mention(c, kacr, s, a, lab.data, lab.len);
      continue;
    }
    /* "Estonia's Centre for Defence Investment (ECDI)": the acronym may
     * take a letter from the owner's name, but the body is the owner's,
     * named (and keyed) as where no acronym follows; the owner stays a
     * country's mention */
    if (country_word(c, s) && is_possessive(c, s + 1) && s + 2 < a) s += 2;
    ng_org_class oc = NG_ORG_GENERIC;
    head_class(c, a - 1, &oc);
    /* the country leading the name, as in pass_org_patterns: a demonym
     * qualifies it ("South African National Defence Force": South Africa's
     * National Defence Force), a country's name is part of it */
    const char *iso = country_word(c, s);
    size_t skip = 0, dlen = 1;
    if (!iso && (dlen = country_phrase(c, s, true, &lab, &iso)) < 2) iso = NULL;
    bool named = iso && !is_demonym_phrase(c, s, dlen, &lab);
    if (iso && !named) {
      phrase(c, s, s + dlen, &lab);
      skip = lab.len + 1;
    }
    if (!iso && s >= 2 && is_possessive(c, s - 1) && same_sent(c, s - 2, s)) {
      /* "South Africa's Air Traffic and Navigation Services (ATNS)" */
      iso = country_word(c, s - 2);
      if (!iso) country_phrase(c, s - 1, false, &lab, &iso);
    }
    phrase(c, s, a, &lab);
    int ent = make_org_named(c, lab.data, lab.len, oc, iso, skip, named);
    add_mention(c, (uint32_t)s, (uint32_t)a, NG_M_ORG, ent, iso ? ng_country_ent(c, iso) : -1);
    nested_parent(c, s, a, ent);
  }
  ng_buf_free(&lab);
}

static void pass_acronyms(ng_ctx *c) {
  enum { MAX_ACR = 16 };
  const char *acr[MAX_ACR];
  size_t acr_len[MAX_ACR];
  int ents[MAX_ACR], cents[MAX_ACR];
  size_t n = 0;
  for (size_t k = 0; k < c->n_m && n < MAX_ACR; k++) {
    ng_mention *mm = &c->m[k];
    /* "the Federal Ministry of Defence, Disaster Relief and Sport (XKLM)":
     * the rest of the portfolio before the acronym is more of the name */
    if (mm->kind == NG_M_ORG && mm->ent >= 0 && is_punct(c, mm->t1, ',')) {
      size_t j = mm->t1 + 1;
      bool and = false;
      while (j < c->tk.n && j < mm->t1 + 10 && same_sent(c, mm->t0, j) && c->tok_m[j] < 0 &&
             ((is_cap(c, j) && c->tk.tok[j].type == NG_TOK_WORD) ||
              (ng_tok_is(c, j, "and") && !and && is_cap(c, j + 1)) ||
              (is_punct(c, j, ',') && !and && is_cap(c, j + 1)))) {
        and |= ng_tok_is(c, j, "and");
        j++;
      }
      if (and && is_cap(c, j - 1) && j + 2 < c->tk.n && is_punct(c, j, '(') &&
          is_punct(c, j + 2, ')') && c->tok_m[j + 1] < 0 &&
          (c->tk.tok[j + 1].flags & NG_TF_ALLCAPS)) {
        ng_entity *oe = &c->f->ent[mm->ent];
        ng_span old = ng_tok_span(c, mm->t0, mm->t1), full = ng_tok_span(c, mm->t0, (uint32_t)j);
        for (size_t q = oe->n_mentions; q-- > 0;)
          if (oe->mentions[q].cb == old.cb && oe->mentions[q].ce == old.ce) {
            oe->mentions[q] = full;
            break;
          }
        for (size_t t = mm->t1; t < j; t++) c->tok_m[t] = (int)k;
        mm->t1 = (uint32_t)j;
        ng_buf lab;
        ng_buf_init(&lab);
        phrase(c, mm->t0 + (ng_tok_is_ci(c, mm->t0, "the") ? 1 : 0), j, &lab);
        ng_ent_alt(c, mm->ent, lab.data, lab.len);
        ng_buf_free(&lab);
      }
    }
    const ng_mention *m = mm;
    size_t a = m->t1;
    if (m->kind != NG_M_ORG || m->ent < 0 || a + 2 >= c->tk.n || !is_punct(c, a, '(') ||
        !is_punct(c, a + 2, ')') || c->tok_m[a + 1] >= 0 ||
        !(c->tk.tok[a + 1].flags & NG_TF_ALLCAPS) || c->tk.tok[a + 1].e - c->tk.tok[a + 1].b > 10)
      continue;
    acr[n] = ng_tok_text(c, a + 1, &acr_len[n]);
    ents[n] = m->ent;
    cents[n] = m->country;
    ng_ent_alt(c, ents[n], acr[n], acr_len[n]);
    n++;
  }
  /* "BAF, the Bhutanese Armed Forces, said": the acronym first, the name in
   * apposition */
  for (size_t k = 0; k < c->n_m && n < MAX_ACR; k++) {
    const ng_mention *m = &c->m[k];
    size_t b = m->t0;
    if (m->kind != NG_M_ORG || m->ent < 0 || b < 3 || !ng_tok_is_ci(c, b - 1, "the") ||
        !is_punct(c, b - 2, ',') || c->tok_m[b - 3] >= 0 ||
        !(c->tk.tok[b - 3].flags & NG_TF_ALLCAPS) || !is_punct(c, m->t1, ',') ||
        !same_sent(c, b - 3, m->t1) || c->tk.tok[b - 3].e - c->tk.tok[b - 3].b > 10 ||
        (b > 3 && same_sent(c, b - 4, b - 3) && c->tk.tok[b - 4].type == NG_TOK_WORD))
      continue;
    acr[n] = ng_tok_text(c, b - 3, &acr_len[n]);
    ents[n] = m->ent;
    cents[n] = m->country;
    ng_ent_alt(c, ents[n], acr[n], acr_len[n]);
    n++;
  }
  for (size_t i = 0; n > 0 && i < c->tk.n; i++) {
    if (c->tok_m[i] >= 0 || !(c->tk.tok[i].flags & NG_TF_ALLCAPS)) continue;
    size_t tl;
    const char *ts = ng_tok_text(c, i, &tl);
    for (size_t k = 0; k < n; k++) {
      if (acr_len[k] == tl && !memcmp(acr[k], ts, tl)) {
        add_mention(c, (uint32_t)i, (uint32_t)i + 1, NG_M_ORG, ents[k], cents[k]);
        break;
      }
    }
  }
}

/* ------------------------------------------------------------- pass 4: titles */


/* Words that may follow a title's portfolio ("minister of state for
 * defence affairs since 2023"); any other lower-case word means the phrase
 * goes on and is no portfolio. */
static const char *const after_portfolio[] = {
    "since", "until", "who", "in", "at", "on", "from", "to", "was", "is", "has", "had", "said",
    "says", "told", "will", "would", "with", "during", "when", "after", "before", "and", NULL};

/* The end of the portfolio "of|for WORD [and WORD]..." at token j (after a
 * title), or j if there is none.  CAPS (a title written with capitals):
 * the portfolio may be too, when a comma closes it ("The State Minister of
 * Defence, NAME"). */
static size_t portfolio_end(const ng_ctx *c, size_t j, bool caps) {
  if (!(ng_tok_is(c, j, "of") || ng_tok_is(c, j, "for"))) return j;
  size_t k = j + 1, words = 0;
  bool capital = false;
  while (k < c->tk.n && same_sent(c, j, k) && words < 5) {
    const ng_token *t = &c->tk.tok[k];
    bool cap = t->flags & NG_TF_CAP;
    if (t->type == NG_TOK_WORD && (caps || !cap) && tok_is_a(c, k, WC_PORTFOLIO)) {
      capital |= cap;
      words++;
      k++;
    } else if (words && ng_tok_is(c, k, "and") && tok_is_a(c, k + 1, WC_PORTFOLIO) &&
               (caps || !(c->tk.tok[k + 1].flags & NG_TF_CAP))) {
      k++;
    } else {
      break;
    }
  }
  if (!words) return j;
  /* (not a list going on: "Minister for Information, Communications and ...") */
  if (capital && (!is_punct(c, k, ',') || tok_is_a(c, k + 1, WC_PORTFOLIO)) &&
      !(is_cap(c, k) && same_sent(c, j, k) && c->tk.tok[k].type == NG_TOK_WORD &&
        c->tok_m[k] < 0 && !is_nonname(c, k) && !is_title_word(c, k)) &&
      !is_punct(c, k, ')'))
    return j; /* (but "Minister of Defence and Veterans Affairs NAME": a name closes it, as
               * does a bracket: "NAME (Minister for Foreign and European Affairs):") */
  if (k < c->tk.n && same_sent(c, j, k) && c->tk.tok[k].type == NG_TOK_WORD &&
      !(c->tk.tok[k].flags & NG_TF_CAP) && !tok_in(c, k, after_portfolio))
    return j;
  return k;
}

/* "Minister Delegate at the Presidency in charge of Defence": a junior
 * minister's charge, as francophone governments name it, after the title
 * ending at token j: the token after it, or j. */
static size_t in_charge_end(const ng_ctx *c, size_t j) {
  size_t k = j;
  if ((ng_tok_is(c, k, "at") || ng_tok_is(c, k, "to")) && ng_tok_is_ci(c, k + 1, "the") &&
      (ng_tok_is(c, k + 2, "Presidency") || ng_tok_is(c, k + 2, "Prime")))
    k += ng_tok_is(c, k + 2, "Prime") ? (ng_tok_is(c, k + 3, "Minister") ? 4 : 0) : 3;
  if (k == j && (ng_tok_is(c, k, "at") || ng_tok_is(c, k, "to"))) return j;
  if (is_punct(c, k, ',')) k++;
  if (!ng_tok_is(c, k, "in") || !ng_tok_is(c, k + 1, "charge") || !ng_tok_is(c, k + 2, "of"))
    return j;
  size_t e = k + 3, words = 0;
  while (e < c->tk.n && same_sent(c, j, e) && words < 5) {
    if (c->tk.tok[e].type == NG_TOK_WORD && tok_is_a(c, e, WC_PORTFOLIO)) {
      words++;
      e++;
    } else if (words && ng_tok_is(c, e, "and") && tok_is_a(c, e + 1, WC_PORTFOLIO)) {
      e++;
    } else {
      break;
    }
  }
  return words ? e : j;
}

/* Titles that take a portfolio ("Minister", "Commissioner"); not
 * "Spokesperson" ("a spokesman for foreign affairs" is a spokesperson). */
static bool portfolio_title(const char *t) {
  static const char *const heads[] = {"Minister", "Secretary", "Commissioner", "Director",
                                      "Head", "Chief", "Adviser", "Envoy", NULL};
  for (size_t k = 0; heads[k]; k++)
    if (strstr(t, heads[k])) return true;
  return false;
}

/* Portfolios of ministers the lexicon has no title for (see
 * portfolio_minister_end; a list of the file for the word-class table). */
static const char *const portfolio_more[] = {"unification", "reconstruction", "emergency",
                                             "emergencies", "situations", "religious",
                                             "indigenous", "overseas", "unity", NULL};

/* "unification minister", "Energy and Mines Minister": portfolio words the
 * lexicon has no title for, in one case, before "minister": the end of the
 * title (after "minister"), or I. */
static size_t portfolio_minister_end(const ng_ctx *c, size_t i) {
  bool cap = is_cap(c, i);
  size_t k = i, words = 0;
  while (k < c->tk.n && same_sent(c, i, k) && k - i < 5 && c->tok_m[k] < 0 &&
         c->tk.tok[k].type == NG_TOK_WORD && (is_cap(c, k) == cap || ng_tok_is(c, k, "and"))) {
    if (tok_is_a(c, k, WC_PORTFOLIO | WC_PORTFOLIO_MORE)) {
      words++;
      k++;
    } else if (words && ng_tok_is(c, k, "and")) {
      k++;
    } else {
      break;
    }
  }
  if (!words || ng_tok_is(c, k - 1, "and") || !ng_tok_is_ci(c, k, "minister") ||
      is_cap(c, k) != cap || c->tok_m[k] >= 0)
    return i;
  /* (not "the ministers", nor a name run on: "Foreign Trade Minister" is the title) */
  return k + 1;
}

/* Token t is "minister" in any case. */
static bool is_minister(const ng_ctx *c, size_t t) {
  return c->tk.tok[t].e - c->tk.tok[t].b == 8 && (c->doc->text[c->tk.tok[t].b] | 0x20) == 'm' &&
         ng_tok_is_ci(c, t, "minister");
}

/* "minister" within the five words after token I: a glance before
 * portfolio_minister_end, for pass_titles asks at every word.  *NEXT
 * (start it at 0) keeps the first "minister" after the token last asked
 * about, or the token count: I only grows, so each token is looked at once
 * in the whole pass, not five times. */
static bool minister_ahead(const ng_ctx *c, size_t i, size_t *next) {
  if (*next <= i) {
    size_t t = i + 1;
    while (t < c->tk.n && !is_minister(c, t)) t++;
    *next = t;
  }
  return *next < c->tk.n && *next <= i + 5;
}

/* Do the capitalized words from token I on (one to three, then no more)
 * look like a person's name, not a body's ("Major Crimes Unit", "Major
 * League Baseball", "the Major Projects Authority")? */
static bool major_name_after(const ng_ctx *c, size_t i) {
  static const char *const bodies[] = {"Unit", "Units", "League", "Authority", "Office",
                                       "Division", "Agency", "Service", "Services", "Road",
                                       "Street", "Avenue", "Crimes", "Crime", "Projects",
                                       "Works", "Events", "Incident", "Incidents",
                                       "Operations", "Award", "Awards", "Series", NULL};
  size_t k = i;
  while (k < c->tk.n && k < i + 4 && same_sent(c, i, k) && is_cap(c, k) &&
         c->tk.tok[k].type == NG_TOK_WORD) {
    if (tok_in(c, k, bodies) ||
        tok_is_a(c, k, WC_ORG_HEAD | WC_MORE_ORG_HEAD | WC_COMPANY | WC_FACILITY |
                           WC_PLACE_NOUN | WC_GOV_HEAD | WC_ARMED_HEAD | WC_COALITION_HEAD))
      return false;
    k++;
  }
  return k > i && k < i + 4;
}

/* A nickname in quotation marks at token J, inside a name that goes on
 * after it ("Phakhaphong “Pong” Intharawongsakul")? */
static bool nickname_at(const ng_ctx *c, size_t j) {
  return j + 3 < c->tk.n && c->tk.tok[j].type == NG_TOK_QUOTE &&
         c->tk.tok[j + 2].type == NG_TOK_QUOTE && is_cap(c, j + 1) && glued(c, j + 1) &&
         glued(c, j + 2) && is_cap(c, j + 3) && same_sent(c, j, j + 3);
}

static void pass_titles(ng_ctx *c) {
  ng_buf p;
  ng_buf_init(&p);
  size_t next_minister = 0;
  for (size_t i = 0; i < c->tk.n; i++) {
    if (c->tok_m[i] >= 0 || c->tk.tok[i].type != NG_TOK_WORD) continue;
    size_t pm = i;
    if (minister_ahead(c, i, &next_minister)) {
      bool known = false;
      for (size_t len = max_window(c, i, 6, &p); len >= 1 && !known; len--) {
        size_t j = i + len;
        if (j > c->tk.n || !same_sent(c, i, j - 1) || !free_range(c, i, j)) continue;
        known = find_kind(win_chain(c, i, len, false, &p), NG_LEX_TITLE) ||
                find_kind(win_chain(c, i, len, true, &p), NG_LEX_TITLE);
      }
      if (!known) pm = portfolio_minister_end(c, i);
    }
    /* "Major NAME": the rank, written with its capital right before a name
     * (the word is no title in the lexicon: "a major operation", "major
     * powers"; "Major General" is one there) */
    if (ng_tok_is(c, i, "Major") && i + 1 < c->tk.n && same_sent(c, i, i + 1) &&
        (c->tk.tok[i + 1].flags & NG_TF_SPACE_BEFORE) && is_cap(c, i + 1) &&
        c->tk.tok[i + 1].type == NG_TOK_WORD && !(c->tk.tok[i + 1].flags & NG_TF_ALLCAPS) &&
        c->tok_m[i + 1] < 0 && !is_nonname(c, i + 1) && !is_title_word(c, i + 1) &&
        major_name_after(c, i + 1)) {
      int mi = add_mention(c, (uint32_t)i, (uint32_t)i + 1, NG_M_TITLE, -1, -1);
      c->m[mi].title = "Major";
      c->m[mi].scope = "rank";
      continue;
    }
    if (pm > i) {
      int mi = add_mention(c, (uint32_t)i, (uint32_t)pm, NG_M_TITLE, -1, -1);
      c->m[mi].portfolio = true;
      c->m[mi].title = "Minister";
      c->m[mi].scope = "gov";
      i = pm - 1;
      continue;
    }
    for (size_t len = max_window(c, i, 6, &p); len >= 1; len--) {
      size_t j = i + len;
      if (j > c->tk.n || !same_sent(c, i, j - 1) || !free_range(c, i, j)) continue;
      const ng_lex_entry *e = find_kind(win_chain(c, i, len, false, &p), NG_LEX_TITLE);
      if (!e) e = find_kind(win_chain(c, i, len, true, &p), NG_LEX_TITLE);
      bool plural = false;
      char last = c->doc->text[c->tk.tok[j - 1].e - 1];
      if (!e && (last == 's' || last == 'S')) {
        /* (the text but its "s" in lower case, in a local array when it
         * fits: most words ending in "s" are no title, and this is asked
         * of each) */
        size_t n;
        const char *w = phrase_text(c, i, j, &p, &n);
        char small[128];
        const char *low = small;
        if (n - 1 < sizeof small) {
          for (size_t k = 0; k + 1 < n; k++)
            small[k] = w[k] >= 'A' && w[k] <= 'Z' ? (char)(w[k] - 'A' + 'a') : w[k];
        } else {
          phrase(c, i, j, &p);
          lower_ascii(&p);
          low = p.data;
        }
        if (n > 3) {
          /* "foreign ministers, A of X and B of Y" */
          e = find_kind(ng_lexicon_lookup(c->lex, low, n - 1), NG_LEX_TITLE);
          if (e && e->sub && !strcmp(e->sub, "honorific")) e = NULL;
          plural = true;
        }
      }
      if (!e) continue;
      /* "Dr Amna Sheikh Soomro": an honorific between a given name and a
       * surname, both capitalized, is a part of the name (a title before
       * it, "President Sheikh Mohamed", keeps it a form of address) */
      if (len == 1 && e->sub && !strcmp(e->sub, "honorific") && i > 0 && same_sent(c, i - 1, i) &&
          c->tk.tok[i - 1].type == NG_TOK_WORD && is_cap(c, i - 1) && c->tok_m[i - 1] < 0 &&
          !(c->tk.tok[i - 1].flags & NG_TF_ALLCAPS) && !is_title_word(c, i - 1) &&
          !is_nonname(c, i - 1) && !(c->tk.tok[i].flags & NG_TF_LINE_START) &&
          j < c->tk.n && same_sent(c, i, j) && is_cap(c, j) && c->tok_m[j] < 0 &&
          c->tk.tok[i - 1].e - c->tk.tok[i - 1].b > 2 &&
          c->doc->text[c->tk.tok[i - 1].e - 1] != '.' &&
          tok_in(c, i, (const char *const[]){"Sheikh", "Sheik", "Shaikh", "Haji", NULL}))
        continue;
      /* "Defence Minister Gen Tanaka said": "Gen" without a full stop right
       * after a civilian title and before a lone surname is a given name */
      if (len == 1 && ng_tok_is(c, i, "Gen") && e->sub && !strcmp(e->sub, "rank") && i > 0 &&
          c->tok_m[i - 1] >= 0 && c->m[c->tok_m[i - 1]].kind == NG_M_TITLE &&
          strcmp(c->m[c->tok_m[i - 1]].scope, "rank") &&
          strcmp(c->m[c->tok_m[i - 1]].scope, "honorific") && j < c->tk.n && is_cap(c, j) &&
          c->tok_m[j] < 0 && (j + 1 >= c->tk.n || !is_cap(c, j + 1) || !same_sent(c, j, j + 1)) &&
          !nickname_at(c, j + 1))
        continue;
      /* "state minister of defense", "commissioner for infrastructure and
       * energy": a portfolio the lexicon does not know goes with the title */
      size_t pe = plural ? j : portfolio_end(c, j, is_cap(c, i));
      if (!plural && pe == j) pe = in_charge_end(c, j);
      /* "Minister of Defence and Veterans Affairs NAME": a second portfolio
       * in capitals, closed by a name, belongs to the title as written */
      if (!plural && pe == j && ng_tok_is(c, j, "and") && is_cap(c, i) &&
          tok_is_a(c, j - 1, WC_PORTFOLIO)) {
        size_t k = j + 1;
        while (k < c->tk.n && k < j + 4 && same_sent(c, j, k) && is_cap(c, k) &&
               tok_is_a(c, k, WC_PORTFOLIO))
          k++;
        if (k > j + 1 && is_cap(c, k) && same_sent(c, j, k) && c->tok_m[k] < 0 &&
            !is_nonname(c, k) && !is_title_word(c, k) && !tok_is_a(c, k, WC_PORTFOLIO))
          j = k;
      }
      bool port = pe > j && (!e->sub || (strcmp(e->sub, "honorific") && strcmp(e->sub, "rank"))) &&
                  portfolio_title(e->label ? e->label : e->key);
      if (port) j = pe;
      /* "Minister of Culture, Sports and Tourism NAME": a list of portfolios
       * in capitals that a name closes is the title as written (in
       * apposition, title_portfolio_end reads such a list) */
      if (!plural && is_cap(c, i) && is_punct(c, j, ',') &&
          (!e->sub || (strcmp(e->sub, "honorific") && strcmp(e->sub, "rank"))) &&
          portfolio_title(e->label ? e->label : e->key) && portfolio_list_goes_on(c, j)) {
        size_t q = j + 1;
        while (!ng_tok_is(c, q, "and")) q++;
        q++;
        while (q < c->tk.n && q < j + 10 && same_sent(c, j, q) && is_cap(c, q) &&
               tok_is_a(c, q, WC_PORTFOLIO))
          q++;
        if (q < c->tk.n && same_sent(c, j, q) && is_cap(c, q) && c->tk.tok[q].type == NG_TOK_WORD &&
            c->tok_m[q] < 0 && !is_nonname(c, q) && !is_title_word(c, q) &&
            !tok_is_a(c, q, WC_PORTFOLIO)) {
          j = q;
          port = true;
        }
      }
      /* "Secretary of State for Foreign, Commonwealth and Development
       * Affairs", "... for Foreign and Commonwealth Affairs": the British
       * Foreign Secretary's formal title, portfolio and all */
      const char *fcdo = NULL;
      if (len == 3 && j == i + 3 && !plural && j + 3 < c->tk.n && ng_tok_is(c, j, "for") &&
          ng_tok_is_ci(c, j + 1, "foreign") &&
          (is_punct(c, j + 2, ',') || ng_tok_is(c, j + 2, "and")) &&
          ng_tok_is_ci(c, j + 3, "commonwealth") &&
          !strcmp(e->label ? e->label : e->key, "Secretary of State"))
        for (size_t k = j + 4; k < c->tk.n && k <= j + 7 && same_sent(c, i, k); k++)
          if (ng_tok_is_ci(c, k, "affairs")) {
            if (free_range(c, j, k + 1)) {
              fcdo = "Foreign Secretary";
              j = k + 1;
            }
            break;
          }
      int mi = add_mention(c, (uint32_t)i, (uint32_t)j, NG_M_TITLE, -1, -1);
      c->m[mi].portfolio = port;
      c->m[mi].plural = plural;
      c->m[mi].title = fcdo ? fcdo : e->label ? e->label : e->key;
      c->m[mi].scope = e->sub ? e->sub : "gov";
      i = j - 1;
      break;
    }
  }
  ng_buf_free(&p);
}

/* ------------------------------------------------------------- pass 5: persons */

static const char *const particles[] = {"al", "el", "bin", "ibn", "ben", "de", "van", "von",
                                        "da", "di", "du", "der", "den", "bint", "binti",
                                        "del", "dos", "ag", "wa", NULL};

/* Is token I, 5 or 6 small letters, one syllable of romanized Korean: up
 * to two consonants, one to three vowels (w and y among them), then
 * "ng", "n", "m", "l", "k", "p", "t" or nothing ("kyung", "hyeon", "seong",
 * "kyeong"; not "backed", "owned", "linked")? */
static bool korean_syllable(const ng_ctx *c, size_t i) {
  const ng_token *t = &c->tk.tok[i];
  size_t n = t->e - t->b, k = 0, v = 0;
  const char *s = c->doc->text + t->b;
  bool real = false;
  if (n < 5 || n > 6) return false;
  while (k < n && k < 2 && strchr("bcdghjkmnprst", s[k]) && s[k]) k++;
  while (k < n && v < 3 && strchr("aeiouwy", s[k]) && s[k]) {
    real |= strchr("aeiou", s[k]) != NULL;
    k++, v++;
  }
  if (!real || v == 0) return false;
  if (k == n) return true;
  if (n - k == 2) return s[k] == 'n' && s[k + 1] == 'g';
  return n - k == 1 && strchr("nmlkpt", s[k]);
}

/* Is token I an initial with its dot, one capital or two letters ("B.",
 * "Ts."), that the next word is glued to, as Mongolian names are written
 * in English ("B.Enkhjin", "Ts.Oyunchimeg")? */
static bool glued_initial(const ng_ctx *c, size_t i) {
  const ng_token *t = &c->tk.tok[i];
  size_t n = t->e - t->b;
  const char *s = c->doc->text + t->b;
  return (n == 2 || n == 3) && s[n - 1] == '.' && s[0] >= 'A' && s[0] <= 'Z' &&
         (n == 2 || (s[1] >= 'a' && s[1] <= 'z')) && i + 1 < c->tk.n &&
         !(c->tk.tok[i + 1].flags & NG_TF_SPACE_BEFORE);
}

/* Length (tokens) of a person-name run starting at i, or 0. */
static size_t name_run(const ng_ctx *c, size_t i) {
  if (!is_cap(c, i) || c->tok_m[i] >= 0 || is_nonname(c, i)) return 0;
  size_t j = i, words = 0;
  while (j < c->tk.n && same_sent(c, i, j) && words < 5) {
    /* "ION VARTIC ARRIVES IN ROME": a headline's verb ends a name in capitals */
    if (words >= 2 && c->trig[j] && (c->tk.tok[j].flags & NG_TF_ALLCAPS)) break;
    if (is_cap(c, j) && c->tok_m[j] < 0 && !is_nonname(c, j) &&
        (j == i || c->tk.tok[j].flags & NG_TF_SPACE_BEFORE || is_punct(c, j - 1, '-') ||
         glued_initial(c, j - 1))) {
      j++;
      words++;
    } else if (j > i && tok_is_a(c, j, WC_PARTICLE) && j + 1 < c->tk.n &&
               (is_cap(c, j + 1) || (is_punct(c, j + 1, '-') && is_cap(c, j + 2)))) {
      j++;
    } else if (j > i && tok_is_a(c, j, WC_PARTICLE) && j + 2 < c->tk.n &&
               tok_in(c, j + 1, (const char *const[]){"der", "den", "de", "la", "las", "los", "le",
                                                     "del", NULL}) &&
               is_cap(c, j + 2)) {
      /* two particles in a row: "Anna von der Heide", "Pablo de la Vega" */
      j += 2;
    } else if (j > i && c->tk.tok[j].type == NG_TOK_PUNCT && c->tk.tok[j].e - c->tk.tok[j].b == 2 &&
               !memcmp(c->doc->text + c->tk.tok[j].b, "\xCA\xBB", 2) && glued(c, j) &&
               glued(c, j + 1) && j + 1 < c->tk.n && c->tk.tok[j + 1].type == NG_TOK_WORD) {
      /* an okina inside a Polynesian name: "Akauʻola" */
      j += 2;
      continue;
    } else if (j > i && nickname_at(c, j) && c->tok_m[j + 3] < 0 && !is_nonname(c, j + 3) &&
               same_sent(c, i, j)) {
      /* a nickname in quotation marks inside the name: "Phakhaphong 'Pong'
       * Intharawongsakul" (make_person leaves it out) */
      j += 3;
    } else if (j > i && is_punct(c, j, '-') && glued(c, j) && glued(c, j + 1) && is_cap(c, j + 1) &&
               c->tok_m[j + 1] < 0 && !is_nonname(c, j + 1)) {
      j++;
    } else if (j > i && is_punct(c, j, '-') && glued(c, j) && glued(c, j + 1) &&
               c->tk.tok[j + 1].type == NG_TOK_WORD &&
               (c->tk.tok[j + 1].e - c->tk.tok[j + 1].b <= 4 || korean_syllable(c, j + 1)) &&
               !tok_in(c, j + 1, (const char *const[]){"led", "era", "run", "born", "made",
                                                       "based", "bound", "style", "type", "like",
                                                       "wide", "held", "free", NULL})) {
      /* Korean given names: "Kim Sung-min" */
      j += 2;
      words++;
      continue;
    } else {
      break;
    }
  }
  while (j > i && (tok_is_a(c, j - 1, WC_PARTICLE) || c->tk.tok[j - 1].type == NG_TOK_PUNCT)) j--;
  /* a Turkic patronymic's last word, in small letters: "Nurbek Sadyr uulu"
   * (Kyrgyz), "Aigul Asan kyzy", "Ilham Heydar oglu" (Azerbaijani), "Nodira
   * Karim qizi" (Uzbek) */
  if (words >= 2 && j < c->tk.n && same_sent(c, i, j) && (c->tk.tok[j].flags & NG_TF_SPACE_BEFORE) &&
      tok_in(c, j, (const char *const[]){"uulu", "kyzy", "oglu", "ogly", "oghlu", "qizi", "gizi",
                                         "kizi", "ugli", "o'g'li", NULL}))
    j++;
  /* a lone capital letter ("Hall B", "Plan B") is no name */
  if (j - i == 1 && c->tk.tok[i].e - c->tk.tok[i].b <= 2) return 0;
  return j - i;
}

/* "the Minister of Foreign Affairs, Trade and Development of X",
 * "(Minister for Home Affairs, Public Safety and Emergency Management)": capitalized words after "TITLE," that end in "and Cap ..."
 * and then "of", ")", ":" or "," are more of the portfolio, not a person.
 * Token i starts them; returns the token after the list, or 0. */
static bool cap_portfolio_word(const ng_ctx *c, size_t i) {
  static const char *const ends[] = {"tion", "ment", "ties", "ance", "ence", "ture", "ism", "ness",
                                     "ing", NULL};
  static const char *const words[] = {"Affairs", "Trade", "Energy", "Health", "Youth", "Sport",
                                      "Sports", "Works", "Security", "Defence", "Defense",
                                      "Justice", "Labour", "Labor", "Transport", "Fisheries",
                                      "Communications", "Mines", "Industry", "Commerce", "Worship",
                                      "Communities", "Territories", "Resources", "Lands", "Veterans",
                                      NULL};
  size_t n;
  const char *w = ng_tok_text(c, i, &n);
  for (size_t k = 0; ends[k]; k++) {
    size_t l = strlen(ends[k]);
    if (n > l + 2 && !memcmp(w + n - l, ends[k], l)) return true;
  }
  return tok_in(c, i, words) || tok_is_a(c, i, WC_PORTFOLIO);
}

static size_t portfolio_list_end(const ng_ctx *c, size_t i) {
  if (i < 2 || !is_punct(c, i - 1, ',')) return 0;
  const ng_mention *m = mention_at(c, i - 2);
  if (!m || m->kind != NG_M_TITLE || m->plural || !strcmp(m->scope, "honorific") ||
      !strcmp(m->scope, "rank"))
    return 0;
  bool and = false, port = false;
  size_t j = i;
  for (; j < c->tk.n && j < i + 10 && same_sent(c, i, j); j++) {
    if (is_cap(c, j) && !mention_at(c, j) && c->tk.tok[j].type == NG_TOK_WORD) {
      port |= cap_portfolio_word(c, j);
      continue;
    }
    if (ng_tok_is(c, j, "and") && !and && j > i && is_cap(c, j + 1)) {
      and = true;
      continue;
    }
    if (is_punct(c, j, ',') && !and && is_cap(c, j + 1)) continue;
    break;
  }
  if (!and || !port || !is_cap(c, j - 1)) return 0;
  /* (and a verb of saying: "the Minister of the Armed Forces, Veterans and
   * War Victims declared:") */
  if (!(ng_tok_is(c, j, "of") || is_punct(c, j, ')') || is_punct(c, j, ':') ||
        is_punct(c, j, ',') ||
        (j < c->tk.n && same_sent(c, i, j) && c->tk.tok[j].type == NG_TOK_WORD &&
         !is_cap(c, j) && (c->trig[j] & NG_TR_SPEECH))))
    return 0;
  return j;
}

/* Where the portfolio continuing title mention M ends: after its list
 * (above), or after "and Regional Integration" ("Minister of Foreign Affairs
 * and Regional Integration"); 0 if none does. */
static size_t title_portfolio_end(const ng_ctx *c, const ng_mention *m) {
  if (m->kind != NG_M_TITLE || m->plural) return 0;
  if (is_punct(c, m->t1, ',')) return portfolio_list_end(c, m->t1 + 1);
  if (!ng_tok_is(c, m->t1, "and") || !strcmp(m->scope, "honorific") || !strcmp(m->scope, "rank"))
    return 0;
  bool port = false;
  size_t j = m->t1 + 1;
  while (j < c->tk.n && j < m->t1 + 5 && same_sent(c, m->t0, j) && is_cap(c, j) &&
         !mention_at(c, j) && c->tk.tok[j].type == NG_TOK_WORD)
    port |= cap_portfolio_word(c, j++);
  return port && j > m->t1 + 1 ? j : 0;
}

/* The title whose portfolio ends right before token e, or NULL. */
static const ng_mention *portfolio_title_before(const ng_ctx *c, size_t e) {
  for (size_t k = e; k-- > 0 && e - k <= 10;) {
    const ng_mention *m = mention_at(c, k);
    if (m) {
      if (m->kind != NG_M_TITLE || title_portfolio_end(c, m) != e) return NULL;
      return m;
    }
    if (!(is_cap(c, k) || ng_tok_is(c, k, "and") || is_punct(c, k, ','))) return NULL;
  }
  return NULL;
}

/* Where country mention M begins with the state's formal style written
 * before it: "Democratic Socialist Republic of" in "the Democratic Socialist
 * Republic of Sri Lanka", "Kingdom of" (M->t0 when none). */
static size_t state_form_start(const ng_ctx *c, const ng_mention *m) {
  size_t b = m->t0;
  if (b >= 2 && ng_tok_is(c, b - 1, "of") &&
      tok_in(c, b - 2, (const char *const[]){"Republic", "Kingdom", "Principality", "Federation",
                                            "Commonwealth", "Sultanate", "Emirate", NULL})) {
    b -= 2;
    while (b > 0 && tok_in(c, b - 1, (const char *const[]){"Democratic", "Federal", "Islamic",
                                                          "Socialist", "United", "Cooperative",
                                                          "Federative", "Plurinational",
                                                          "Bolivarian", "Arab", NULL}))
      b--;
  }
  return b;
}

/* "General (Ret.) NAME", "Colonel (retd) NAME": the token before the
 * parenthesis that marks a retired officer, or I itself. */
/* Token I opens its sentence (past a list's number: "8. Subsequently,")
 * and ends in "-ly": a sentence adverb, no name. */
static bool sentence_adverb(const ng_ctx *c, size_t i) {
  size_t n;
  const char *w = ng_tok_text(c, i, &n);
  if (n < 4 || w[n - 2] != 'l' || w[n - 1] != 'y') return false;
  size_t s0 = c->tk.sent[c->tk.tok[i].sent].first;
  while (s0 < i && (c->tk.tok[s0].type == NG_TOK_NUM || c->tk.tok[s0].type == NG_TOK_PUNCT)) s0++;
  return s0 == i;
}

static size_t skip_retired(const ng_ctx *c, size_t i) {
  if (i < 3 || !is_punct(c, i - 1, ')')) return i;
  size_t k = i - 1;
  if (is_punct(c, k - 1, '.')) k--;
  if (!tok_in(c, k - 1,
              (const char *const[]){"ret", "ret.", "retd", "retd.", "rtd", "rtd.", "retired",
                                    /* (Spanish "retirado": "General (R) NAME") */
                                    "R", NULL}) ||
      !is_punct(c, k - 2, '('))
    return i;
  return k - 2;
}

static int country_at(const ng_ctx *c, size_t i);

/* The honorific ending before token K at the full stop of an abbreviation
 * the tokenizer took for a sentence's end ("Hon. NAME", "The Rt. Hon.
 * NAME"): its mention, or NULL. */
static const ng_mention *honorific_dot_before(const ng_ctx *c, size_t k) {
  if (k < 2 || k >= c->tk.n || !is_punct(c, k - 1, '.') || !glued(c, k - 1) ||
      c->tk.tok[k].para != c->tk.tok[k - 1].para)
    return NULL;
  const ng_mention *h = mention_at(c, k - 2);
  return h && h->kind == NG_M_TITLE && h->t1 == k - 1 && !strcmp(h->scope, "honorific") ? h
                                                                                       : NULL;
}

static bool title_of_name_before(const ng_ctx *c, const ng_mention *m);

/* "TITLE [of COUNTRY], [Honorific|Rank] NAME" -> the title's mention, or -1. */
static int appositive_title(const ng_ctx *c, size_t i) {
  size_t k = skip_retired(c, i);
  const ng_mention *m = k > 0 ? mention_at(c, k - 1) : NULL;
  /* "..., Hon. NAME": the tokenizer ended a sentence at the dot */
  bool hon_dot = false;
  if (!m && honorific_dot_before(c, k)) {
    m = honorific_dot_before(c, k);
    hon_dot = true;
  }
  /* (one or more: "Colonel General NAME", "Hon. Dr. NAME", "the Rt. Hon. NAME") */
  while (m && m->kind == NG_M_TITLE &&
         (!strcmp(m->scope, "honorific") || !strcmp(m->scope, "rank"))) {
    k = m->t0;
    m = k > 0 ? mention_at(c, k - 1) : NULL;
    if (!m && honorific_dot_before(c, k)) {
      m = honorific_dot_before(c, k);
      hon_dot = true;
    }
  }
  /* ("the Foreign Secretary of X, the Rt Hon NAME") */
  if (k < c->tk.n && c->tok_m[k] >= 0 && k >= 3 && ng_tok_is(c, k - 1, "the") &&
      is_punct(c, k - 2, ','))
    k--;
  if (k < 2 || !is_punct(c, k - 1, ',')) return -1;
  k--;
  /* ("Chad's Minister of Foreign Affairs, African Integration and Chadians
   * Abroad, NAME": past the rest of a title's list of portfolios) */
  {
    size_t q = k;
    bool and = false;
    while (q > 1 && k - q < 9) {
      size_t t = q - 1;
      if (ng_tok_is(c, t, "and")) and = true;
      else if (!(is_cap(c, t) && c->tk.tok[t].type == NG_TOK_WORD &&
                 (tok_is_a(c, t, WC_PORTFOLIO) ||
                  (lex_tok(c, t) && (lex_tok(c, t)->kinds & (1u << NG_LEX_DEMONYM))))))
        break;
      q--;
    }
    if (and && q + 2 < k && q >= 2 && is_punct(c, q - 1, ',') && mention_at(c, q - 2) &&
        mention_at(c, q - 2)->kind == NG_M_TITLE && tok_is_a(c, q - 2, WC_PORTFOLIO))
      k = q - 1;
  }
  m = mention_at(c, k - 1);
  /* ("a spokesman for the Peruvian embassy in Oslo, NAME": the body before
   * the town it sits in) */
  size_t kb = k;
  if (m && (m->kind == NG_M_PLACE || m->kind == NG_M_CAPITAL_GOV) && m->t0 >= 3 &&
      ng_tok_is(c, m->t0 - 1, "in") && same_sent(c, m->t0 - 2, k) &&
      ((mention_at(c, m->t0 - 2) && mention_at(c, m->t0 - 2)->kind == NG_M_ORG) ||
       tok_in(c, m->t0 - 2, (const char *const[]){"embassy", "consulate", "mission", NULL}))) {
    kb = m->t0 - 1;
    m = mention_at(c, m->t0 - 2);
  }
  const ng_mention *cm = m;
  bool cm_country = cm && (cm->kind == NG_M_COUNTRY || cm->kind == NG_M_DEMONYM);
  size_t b = cm ? state_form_start(c, cm) : 0; /* "the Democratic Republic of X" */
  if (cm_country && b >= 3 && ng_tok_is(c, b - 1, "the") && ng_tok_is(c, b - 2, "of"))
    m = mention_at(c, b - 3); /* "the Minister of Defence of the Republic of X, NAME" */
  else if (cm_country && b >= 2 &&
           (ng_tok_is(c, b - 1, "of") || ng_tok_is(c, b - 1, "to") || ng_tok_is(c, b - 1, "de")))
    m = mention_at(c, b - 2); /* (and "Japan's ambassador to Chile, NAME"; "la ministra
                               * de Defensa Nacional de Chile, NAME") */
  else if (cm && (cm->kind == NG_M_PLACE || cm->kind == NG_M_CAPITAL_GOV) && cm->t0 >= 2 &&
           (ng_tok_is(c, cm->t0 - 1, "in") || ng_tok_is(c, cm->t0 - 1, "en"))) {
    m = mention_at(c, cm->t0 - 2); /* "the Thai ambassador in Lima, NAME" */
    /* ("the Ambassador of Chile in Lima, NAME", "la embajadora de Chile en
     * Lima, NAME": the title before the sending state) */
    if (m && m->kind == NG_M_COUNTRY && m->t0 >= 2 &&
        (ng_tok_is(c, m->t0 - 1, "of") || ng_tok_is(c, m->t0 - 1, "de")))
      m = mention_at(c, m->t0 - 2);
  }
  else if (!m || m->kind == NG_M_ORG) {
    /* "a spokeswoman for the Tunisian Foreign Ministry, NAME", "a spokesman
     * for the company, NAME": the title before "for|of|at [the] BODY" */
    size_t j = m ? m->t0 : kb, w = 0;
    /* ("a spokesman of X's foreign ministry, NAME") */
    if (m && j >= 2 && is_possessive(c, j - 1) && country_at(c, j - 2) >= 0)
      j = mention_at(c, j - 2)->t0;
    /* (the walk stops at a possessive: "the head of X's intelligence
     * service, NAME" is handled below) */
    while (!m && j > 0 && w < 3 && c->tk.tok[j - 1].type == NG_TOK_WORD &&
           !(c->tk.tok[j - 1].flags & NG_TF_CAP) && !mention_at(c, j - 1) &&
           !is_possessive(c, j - 1) &&
           !tok_in(c, j - 1, (const char *const[]){"the", "for", "of", "at", "a", "an", NULL}))
      j--, w++;
    /* ("a spokesman for the Spanish embassy, NAME") */
    if (w > 0 && j > 0 && mention_at(c, j - 1) && mention_at(c, j - 1)->kind == NG_M_DEMONYM)
      j = mention_at(c, j - 1)->t0;
    /* ("a spokesman for X's civil aviation authority, NAME") */
    else if (w > 0 && j >= 2 && is_possessive(c, j - 1) && country_at(c, j - 2) >= 0)
      j = mention_at(c, j - 2)->t0;
    if (m || w > 0) {
      if (j > 0 && ng_tok_is_ci(c, j - 1, "the")) j--;
      m = j >= 2 && (ng_tok_is(c, j - 1, "for") || ng_tok_is(c, j - 1, "of") ||
                     ng_tok_is(c, j - 1, "at"))
              ? mention_at(c, j - 2)
              : NULL;
    }
  }
  /* ("the Ambassador of Chile to Peru, NAME": the sending state before the
   * host) */
  if (m && m->kind == NG_M_COUNTRY && cm_country && ng_tok_is(c, b - 1, "to") && m->t0 >= 2 &&
      ng_tok_is(c, m->t0 - 1, "of"))
    m = mention_at(c, m->t0 - 2);
  /* "the Minister of Foreign Affairs, Trade and Development of X, NAME",
   * "the Minister of Foreign Affairs and Trade, NAME" */
  if (!m && !cm && k >= 2 && is_cap(c, k - 1))
    m = portfolio_title_before(c, k);
  else if (!m && cm_country && b >= 3 && ng_tok_is(c, b - 1, "the") && ng_tok_is(c, b - 2, "of"))
    m = portfolio_title_before(c, b - 2);
  else if (!m && cm_country && b >= 2 && ng_tok_is(c, b - 1, "of"))
    m = portfolio_title_before(c, b - 1);
  if (m && m->kind == NG_M_TITLE && !m->plural && strcmp(m->scope, "honorific") &&
      strcmp(m->scope, "rank") && (same_sent(c, m->t0, i) || (hon_dot && same_sent(c, m->t0, k))) &&
      !title_of_name_before(c, m))
    return c->tok_m[m->t0];
  return -1;
}

/* A list of officials, each with a title after the name: "General A B C,
 * Minister of Defence of X, General D E, Minister of Defence of Y, and ...":
 * the title mention M is the apposition of the name before it (a person, or
 * capitalised words after a rank or an honorific), not the title of the
 * name after it. */
static bool title_of_name_before(const ng_ctx *c, const ng_mention *m) {
  if (m->t0 < 3 || !is_punct(c, m->t0 - 1, ',')) return false;
  size_t j = m->t0 - 1;
  const ng_mention *p = mention_at(c, j - 1);
  if (p && p->kind == NG_M_PERSON) return same_sent(c, p->t0, m->t0);
  size_t words = 0;
  while (j > 0 && words < 4 && is_cap(c, j - 1) && !mention_at(c, j - 1) &&
         c->tk.tok[j - 1].type == NG_TOK_WORD)
    j--, words++;
  if (words < 2 || j == 0) return false;
  const ng_mention *r = mention_at(c, j - 1);
  return r && r->kind == NG_M_TITLE && r->t1 == j &&
         (!strcmp(r->scope, "rank") || !strcmp(r->scope, "honorific")) && same_sent(c, r->t0, m->t0);
}

/* A title naming where its holder is sent ("Special Envoy", "Ambassador"). */
static bool envoy_title(const char *t) {
  return t && (strstr(t, "Envoy") || strstr(t, "Ambassador") || strstr(t, "Representative") ||
               strstr(t, "High Commissioner"));
}

/* "UN special envoy for Syria NAME", "the special envoy for the Sahel,
 * NAME": an envoy's title whose complement ("for|to [the] PLACE") ends right
 * before token E; the title's mention index, or -1. */
static int envoy_title_before(const ng_ctx *c, size_t e) {
  size_t k = e, caps = 0;
  const ng_mention *m = k > 0 ? mention_at(c, k - 1) : NULL;
  if (m && m->kind != NG_M_TITLE && m->kind != NG_M_PERSON) {
    k = m->t0;
  } else if (!m) {
    while (k > 0 && caps < 3 && is_cap(c, k - 1) && c->tk.tok[k - 1].type == NG_TOK_WORD &&
           !mention_at(c, k - 1))
      k--, caps++;
    if (!caps) return -1;
  } else {
    return -1;
  }
  if (k > 0 && ng_tok_is(c, k - 1, "the")) k--;
  if (k < 2 || !(ng_tok_is(c, k - 1, "for") || ng_tok_is(c, k - 1, "to"))) return -1;
  const ng_mention *t = mention_at(c, k - 2);
  if (!t || t->kind != NG_M_TITLE || t->plural || !envoy_title(t->title) || !same_sent(c, t->t0, e))
    return -1;
  return c->tok_m[t->t0];
}

typedef struct {
  size_t t0, t1;
  size_t words;     /* words of the name */
  bool weak;        /* no evidence yet: a person only if its surname is seen speaking */
  int title_m;      /* mention index of the title giving evidence, or -1 */
  int owner;        /* country entity of the post when the pattern names it, else -1 */
  bool strong;      /* title/apposition/byline evidence (not just a speech verb) */
  bool counterpart; /* "his Lithuanian counterpart, NAME": same title as the sentence's subject */
  int title2_m;     /* a second post in apposition, or -1 */
  bool joint;       /* the two titles are joined by "and" and share the owner
                       ("Deputy Prime Minister and Foreign Minister NAME of X") */
  bool subject;     /* weak, but a sentence's subject or "COUNTRY's NAME": a person if
                       its surname comes back alone */
} cand;

/* Country mention at token i (country or demonym) -> entity, else -1. */
static int country_at(const ng_ctx *c, size_t i) {
  const ng_mention *m = mention_at(c, i);
  if (m && (m->kind == NG_M_COUNTRY || m->kind == NG_M_DEMONYM)) return m->country;
  return -1;
}

/* A name at I after "COUNTRY's" in a list whose first item has a post's
 * title: "Croatia's Defence Minister A B, Montenegro's C D and Albania's
 * E F" (for C D and E F) -- that title's mention, or -1. */
static int listed_title(const ng_ctx *c, size_t i) {
  size_t t = i;
  for (int items = 0; items < 4; items++) {
    if (t < 3 || !is_possessive(c, t - 1)) return -1;
    const ng_mention *cm = mention_at(c, t - 2);
    if (!cm || cm->kind != NG_M_COUNTRY || cm->t0 == 0) return -1;
    size_t sep = cm->t0 - 1;
    if (!(is_punct(c, sep, ',') || ng_tok_is(c, sep, "and")) || !same_sent(c, sep, i)) return -1;
    if (ng_tok_is(c, sep, "and") && sep > 0 && is_punct(c, sep - 1, ',')) sep--;
    size_t b = sep;
    while (b > 0 && sep - b < 4 && is_cap(c, b - 1) && !mention_at(c, b - 1)) b--;
    if (b == sep || b == 0) return -1;
    const ng_mention *tm = mention_at(c, b - 1);
    if (tm && tm->kind == NG_M_TITLE && tm->t1 == b && !tm->plural &&
        strcmp(tm->scope, "honorific") && strcmp(tm->scope, "rank"))
      return c->tok_m[b - 1];
    t = b; /* an item before it of the same shape */
  }
  return -1;
}

/* The title mention right before token i, or -1.  An honorific or rank
 * between a post and the name gives way to the post: "External Affairs
 * Minister Shri Vikram Rao", "Defence Minister Gen. Amos Tal". */
static int title_before(const ng_ctx *c, size_t i) {
  i = skip_retired(c, i);
  if (i == 0) return -1;
  const ng_mention *m = mention_at(c, i - 1);
  if (!m && honorific_dot_before(c, i)) return c->tok_m[honorific_dot_before(c, i)->t0];
  if (!m || m->kind != NG_M_TITLE || m->plural || !same_sent(c, i - 1, i)) return -1;
  if ((!strcmp(m->scope, "honorific") || !strcmp(m->scope, "rank")) && m->t0 > 0) {
    const ng_mention *p = mention_at(c, m->t0 - 1);
    /* (two honorifics: "Minister of Defence His Highness Sheikh NAME") */
    if (p && p->kind == NG_M_TITLE && !strcmp(p->scope, "honorific") && p->t0 > 0 &&
        !strcmp(m->scope, "honorific"))
      p = mention_at(c, p->t0 - 1);
    if (p && p->kind == NG_M_TITLE && !p->plural && strcmp(p->scope, "honorific") &&
        strcmp(p->scope, "rank") && same_sent(c, p->t0, i))
      return c->tok_m[p->t0];
  }
  /* "Navy spokesperson Commander NAME": the naval rank, capitalized, after a
   * post gives way to the post as ranks do */
  if (m->t1 == m->t0 + 1 && m->t0 > 0 && m->title && !strcmp(m->title, "Commander") &&
      ng_tok_is(c, m->t0, "Commander")) {
    const ng_mention *p = mention_at(c, m->t0 - 1);
    if (p && p->kind == NG_M_TITLE && p->t1 == m->t0 && !p->plural &&
        strcmp(p->scope, "honorific") && strcmp(p->scope, "rank") && same_sent(c, p->t0, i))
      return c->tok_m[p->t0];
  }
  return c->tok_m[i - 1];
}

/* "Minister of Defence of the Republic of Ghana Kwame Mensah": a title
 * whose country follows it after "of", and then the name with no comma
 * between; the title mention, or -1. */
static int title_of_country_before(const ng_ctx *c, size_t i) {
  if (i < 4) return -1;
  const ng_mention *cm = mention_at(c, i - 1);
  /* (or of a state's body: "Official representative of the Peruvian
   * Foreign Ministry NAME") */
  if (!cm || !(cm->kind == NG_M_COUNTRY ||
               (cm->kind == NG_M_ORG && cm->ent >= 0 &&
                c->f->ent[cm->ent].org_class == NG_ORG_GOV && c->f->ent[cm->ent].country)) ||
      cm->t1 != i || !same_sent(c, cm->t0, i))
    return -1;
  size_t b = state_form_start(c, cm);
  if (b >= 1 && ng_tok_is(c, b - 1, "the")) b--;
  if (b < 2 || !ng_tok_is(c, b - 1, "of")) return -1;
  const ng_mention *tm = mention_at(c, b - 2);
  if (!tm || tm->t1 != b - 1) tm = portfolio_title_before(c, b - 1);
  if (!tm || tm->kind != NG_M_TITLE || tm->plural || !strcmp(tm->scope, "honorific") ||
      !strcmp(tm->scope, "rank") || !same_sent(c, tm->t0, i))
    return -1;
  return c->tok_m[tm->t0];
}

/* A dash with a space before it ("PORT VILA, 5 May 2025 - A spokesman"):
 * it ends a dateline, so no apposition runs across it. */
static bool spaced_dash(const ng_ctx *c, size_t k) {
  const ng_token *t = &c->tk.tok[k];
  if (t->type != NG_TOK_PUNCT || !(t->flags & NG_TF_SPACE_BEFORE)) return false;
  const unsigned char *s = (const unsigned char *)c->doc->text + t->b;
  size_t n = t->e - t->b;
  return (n == 1 && s[0] == '-') ||
         (n == 3 && s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0x93 || s[2] == 0x94));
}

/* Token I follows a wire dateline's dash: "GDYNIA - NAME has ...",
 * "QUITO, May 3 (Agency) - NAME ..." (the paragraph opens in capitals). */
static bool after_dateline(const ng_ctx *c, size_t i) {
  if (i < 2 || !spaced_dash(c, i - 1)) return false;
  size_t p = i - 1;
  while (p > 0 && i - p < 16 && !(c->tk.tok[p].flags & NG_TF_PARA_START)) p--;
  return (c->tk.tok[p].flags & NG_TF_PARA_START) && (c->tk.tok[p].flags & NG_TF_ALLCAPS) &&
         c->tk.tok[p].type == NG_TOK_WORD && c->tk.tok[p].e - c->tk.tok[p].b >= 3;
}

/* Words of a post's tenure between an owner and the title ("Ghana's acting
 * defence minister", "NAME, Togo's current foreign minister"): the post is
 * held all the same. */
static const char *const tenure_words[] = {"acting", "interim", "current", "new", "newly",
                                           "appointed", "newly-appointed", "incoming",
                                           "outgoing", "caretaker", "serving", "sitting", NULL};

/* Apposition after a name: ", [the|a] [X|X's] TITLE" -> title mention index. */
static int title_after(const ng_ctx *c, size_t e) {
  /* "NAME (Minister for National Security):", as parliamentary records write */
  if (is_punct(c, e, '(') && same_sent(c, e, e + 1)) {
    const ng_mention *m = mention_at(c, e + 1);
    if (m && m->kind == NG_M_TITLE && !m->plural && strcmp(m->scope, "honorific") &&
        strcmp(m->scope, "rank")) {
      size_t a = title_portfolio_end(c, m) ? title_portfolio_end(c, m) : m->t1;
      if (ng_tok_is(c, a, "of") || ng_tok_is(c, a, "for")) {
        a++;
        if (ng_tok_is_ci(c, a, "the")) a++;
        const ng_mention *cm = mention_at(c, a);
        if (cm) a = cm->t1;
      }
      if (is_punct(c, a, ')')) return c->tok_m[e + 1];
    }
    return -1;
  }
  if (!is_punct(c, e, ',')) return -1;
  size_t k = e + 1;
  for (size_t steps = 0; k < c->tk.n && steps < 6 && same_sent(c, e, k); steps++, k++) {
    const ng_mention *m = mention_at(c, k);
    if (m && m->kind == NG_M_TITLE) {
      if (!strcmp(m->scope, "honorific") || m->plural) return -1;
      /* "Hall B, Maj Gen Rafiq Islam": the title belongs to the name after it */
      if (m->t1 < c->tk.n && is_cap(c, m->t1) && same_sent(c, k, m->t1) && !mention_at(c, m->t1) &&
          !is_nonname(c, m->t1))
        return -1;
      /* "NAME, the Minister of Defence of the Republic of X, NAME2", "NAME,
       * the spokesman of X's foreign ministry, NAME2": NAME2's */
      size_t a = m->t1;
      if (ng_tok_is(c, a, "of")) {
        a++;
        if (ng_tok_is(c, a, "the")) a++;
        size_t b = a;
        for (int n = 0; n < 4; n++) {
          const ng_mention *cm = mention_at(c, b);
          if (cm && (cm->kind == NG_M_COUNTRY || cm->kind == NG_M_DEMONYM ||
                     (cm->kind == NG_M_ORG && b > a)))
            b = cm->t1;
          else if (b > a && is_possessive(c, b))
            b++;
          else
            break;
        }
        a = b > a ? b : m->t1;
      }
      if (is_punct(c, a, ',') && is_cap(c, a + 1) && same_sent(c, k, a + 1) &&
          !mention_at(c, a + 1) && !is_nonname(c, a + 1) && is_cap(c, a + 2) &&
          !mention_at(c, a + 2))
        return -1;
      /* ("NAME, the Foreign Secretary of X, the Rt Hon NAME2": NAME2's; but
       * in a list of titled names, "General A, Minister of X, General B,
       * Minister of Y", each title is the name's before it) */
      if (is_punct(c, a, ',') && a + 2 < c->tk.n && same_sent(c, k, a + 2) &&
          !title_of_name_before(c, m)) {
        size_t h = ng_tok_is(c, a + 1, "the") ? a + 2 : a + 1;
        const ng_mention *hm = mention_at(c, h);
        if (hm && hm->kind == NG_M_TITLE && hm->t0 == h &&
            (!strcmp(hm->scope, "honorific") || !strcmp(hm->scope, "rank")) && hm->t1 < c->tk.n &&
            is_cap(c, hm->t1) && !mention_at(c, hm->t1))
          return -1;
      }
      return c->tok_m[k];
    }
    if (is_possessive(c, k)) continue;
    /* (a colon ends a dateline: "DOHA, Nov 13: Defence Minister NAME") */
    if (is_punct(c, k, ',') || is_punct(c, k, '.') || is_punct(c, k, ':') ||
        c->tk.tok[k].type == NG_TOK_QUOTE || spaced_dash(c, k))
      return -1;
    /* after "a"/"an"/"the", descriptive words may come before the title:
     * "NAME, a retired air force colonel" */
    if (steps > 0 && (ng_tok_is(c, e + 1, "a") || ng_tok_is(c, e + 1, "an") ||
                      ng_tok_is(c, e + 1, "the")))
      continue;
    if (c->tk.tok[k].type == NG_TOK_WORD && !(c->tk.tok[k].flags & NG_TF_CAP) && !m &&
        !ng_tok_is(c, k, "the") && !ng_tok_is(c, k, "a") && !ng_tok_is(c, k, "an") &&
        !is_possessive(c, k) &&
        !tok_in(c, k, (const char *const[]){"then", "now", "former", "senior", "deputy", "top",
                                            NULL}) &&
        !tok_in(c, k, tenure_words))
      return -1;
  }
  return -1;
}

/* "Air force spokesman NAME" after "the Bolivian Air Force": a body
 * named by its common noun alone, ending at token k, is the one body of
 * the document, of a country, whose name ends so; its entity or -1. */
static int body_named_before(const ng_ctx *c, size_t k) {
  static const char *const bodies[] = {"army", "navy", "air force", "armed forces", "coast guard",
                                       "defence ministry", "defense ministry", "foreign ministry",
                                       NULL};
  for (size_t b = 0; bodies[b]; b++) {
    const char *sp = strchr(bodies[b], ' ');
    size_t words = sp ? 2 : 1;
    if (k + 1 < words || !same_sent(c, k + 1 - words, k)) continue;
    if (words == 2 ? !(tok_is_ci_prefix(c, k - 1, bodies[b], (size_t)(sp - bodies[b])) &&
                       ng_tok_is_ci(c, k, sp + 1))
                   : !ng_tok_is_ci(c, k, bodies[b]))
      continue;
    /* ("Kazakh foreign ministry spokesperson": the demonym says whose,
     * post_owner_body reads it) */
    size_t w0 = k + 1 - words;
    if (w0 > 0 && same_sent(c, w0 - 1, k) && mention_at(c, w0 - 1) &&
        (mention_at(c, w0 - 1)->kind == NG_M_DEMONYM || mention_at(c, w0 - 1)->kind == NG_M_COUNTRY))
      return -1;
    size_t bl = strlen(bodies[b]);
    int found = -1;
    for (size_t i = c->ent_base; i < c->f->n_ent; i++) {
      const ng_entity *e = &c->f->ent[i];
      size_t ll = strlen(e->label);
      if (e->kind != NG_ENT_ORG || e->org_class != NG_ORG_GOV || !e->country || ll <= bl ||
          e->label[ll - bl - 1] != ' ' || strcasecmp(e->label + ll - bl, bodies[b]))
        continue;
      /* (named before: "foreign ministry spokesman NAME" in Baku, then
       * "Armenia's foreign ministry rejected the protest", is no Armenian) */
      bool before = false;
      for (size_t q = 0; q < e->n_mentions && !before; q++)
        before = e->mentions[q].b < c->tk.tok[w0].b;
      if (!before) continue;
      if (found >= 0) return -1;
      found = (int)i;
    }
    return found;
  }
  return -1;
}

static int country_like(const ng_ctx *c, const ng_mention *m);
static bool has_word_ci(const char *label, const char *word);

/* Do the words from token T, in lower case and at most three, name a
 * state body ("defence ministry", "embassy", "army")?  "Peru's defence
 * ministry said": the country's own officials speak for it. */
static bool body_words_at(const ng_ctx *c, size_t t) {
  static const char *const heads[] = {"ministry", "embassy", "army", "navy", "government",
                                      "military", "police", "presidency", NULL};
  for (size_t k = t; k < t + 3 && k < c->tk.n && same_sent(c, t, k); k++) {
    if (c->tk.tok[k].type != NG_TOK_WORD || is_cap(c, k) || mention_at(c, k)) return false;
    if (tok_in(c, k, heads)) return true;
  }
  return false;
}

/* The country a sentence opens with as its state's body: "Peru's foreign
 * ministry said ...", "The Chilean embassy rejected ...", "The US embassy
 * ...": the body when it is a known one, else the country; or -1. */
static int body_opening(const ng_ctx *c, size_t s0) {
  if (ng_tok_is(c, s0, "The")) s0++;
  const ng_mention *m = mention_at(c, s0);
  if (!m || m->t0 != s0) return -1;
  /* (the body itself when known: "Peru's foreign ministry") */
  if (m->kind == NG_M_ORG && m->ent >= 0 && c->f->ent[m->ent].org_class == NG_ORG_GOV &&
      c->f->ent[m->ent].country)
    return m->ent;
  if (m->kind != NG_M_COUNTRY && m->kind != NG_M_DEMONYM) return -1;
  size_t t = is_possessive(c, m->t1) ? m->t1 + 1 : m->t1;
  const ng_mention *b = mention_at(c, t);
  if (b && b->t0 == t && b->kind == NG_M_ORG && b->ent >= 0 &&
      c->f->ent[b->ent].org_class == NG_ORG_GOV)
    return b->ent;
  return body_words_at(c, t) ? m->country : -1;
}

/* The country/org an official's post belongs to: the mention right before the
 * title (skipping "the", "'s"), e.g. "Norwegian Foreign Minister", "Peru's
 * foreign minister", "State Department spokesman". */
static int post_owner(const ng_ctx *c, int title_m) {
  size_t k = c->m[title_m].t0;
  /* "Bhutan's Lyonpo and Minister for Foreign Affairs, NAME": a title in
   * the country's own language (no known one) before "and" */
  if (k >= 4 && ng_tok_is(c, k - 1, "and") && same_sent(c, k - 4, k)) {
    size_t q = k - 1;
    while (q > 0 && k - 1 - q < 2 && is_cap(c, q - 1) && !mention_at(c, q - 1) &&
           c->tk.tok[q - 1].type == NG_TOK_WORD && !is_possessive(c, q - 1))
      q--;
    if (q < k - 1 && q >= 2 && is_possessive(c, q - 1) && country_at(c, q - 2) >= 0 &&
        same_sent(c, q - 2, k))
      return country_at(c, q - 2);
  }
  while (k > 0) {
    k--;
    if (is_possessive(c, k) || ng_tok_is_ci(c, k, "the") || ng_tok_is(c, k, "then") ||
        ng_tok_is(c, k, "former") || ng_tok_is(c, k, "senior") || tok_in(c, k, tenure_words))
      continue;
    break;
  }
  if (k == c->m[title_m].t0 || !same_sent(c, k, c->m[title_m].t0)) return -1;
  /* "Chile sent its ambassador": the country the sentence opens with;
   * "France's foreign ministry says ... '...,' said its spokeswoman": in a
   * sentence that opens with a quote, the body the one before opens with */
  if (ng_tok_is_ci(c, k, "its")) {
    uint32_t sn = c->tk.tok[k].sent;
    size_t s0 = c->tk.sent[sn].first;
    /* ("Peru's defence ministry gave a toll. Its spokesman, NAME, said"):
     * a sentence opening with "Its" speaks of the one before's subject */
    if ((c->tk.tok[s0].type == NG_TOK_QUOTE || s0 == k) && sn > 0 &&
        c->tk.sent[sn - 1].para == c->tk.sent[sn].para)
      s0 = c->tk.sent[sn - 1].first;
    if (s0 == k) return -1;
    if (body_opening(c, s0) >= 0) return body_opening(c, s0);
    if (ng_tok_is(c, s0, "The")) s0++;
    const ng_mention *sm = s0 < k ? mention_at(c, s0) : NULL;
    if (!sm || sm->t0 != s0) return -1;
    if (sm->kind == NG_M_COUNTRY && !is_possessive(c, sm->t1)) return sm->country;
    /* ("The Kenyan health ministry confirmed ... said its spokesman") */
    if (sm->kind == NG_M_DEMONYM && sm->t1 < k && c->tk.tok[sm->t1].type == NG_TOK_WORD &&
        !is_cap(c, sm->t1))
      return sm->country;
    const ng_mention *body = sm->kind == NG_M_ORG ? sm
                             : (sm->kind == NG_M_COUNTRY && is_possessive(c, sm->t1))
                                 ? mention_at(c, sm->t1 + 1)
                                 : NULL;
    if (body && body->kind == NG_M_ORG && body->ent >= 0 &&
        c->f->ent[body->ent].org_class == NG_ORG_GOV)
      return body->ent;
    return -1;
  }
  /* "the country's foreign minister": the country named last before it, in
   * this paragraph or the one before */
  if ((ng_tok_is(c, k, "country") || ng_tok_is(c, k, "nation")) && k > 0 &&
      ng_tok_is_ci(c, k - 1, "the") && is_possessive(c, k + 1)) {
    uint32_t para = c->tk.tok[k].para;
    for (size_t j = k - 1; j-- > 0 && c->tk.tok[j].para + 1 >= para;) {
      const ng_mention *pm = mention_at(c, j);
      if (!pm) continue;
      if (country_like(c, pm) >= 0) {
        /* ("Kenya reopened its embassy in Khartoum. NAME, the country's top
         * diplomat": the country the sentence is about, when it opens with
         * one, not a city or country named further on) */
        size_t s0 = c->tk.sent[c->tk.tok[j].sent].first;
        if (ng_tok_is(c, s0, "The")) s0++;
        const ng_mention *sm = mention_at(c, s0);
        if (sm && sm->t0 == s0 && sm != pm && (sm->kind == NG_M_COUNTRY || sm->kind == NG_M_DEMONYM) &&
            sm->country >= 0 && c->tk.tok[s0].sent != c->tk.tok[k].sent)
          return sm->country;
        return country_like(c, pm);
      }
      j = pm->t0;
    }
    return -1;
  }
  /* "the ministry's spokesperson": the ministry named last before it, in
   * this paragraph or the one before ("The Ministry of Interior of X issued
   * new rules. They were explained by the ministry's spokesperson, NAME") */
  if (ng_tok_is(c, k, "ministry") && k > 0 && ng_tok_is_ci(c, k - 1, "the") &&
      is_possessive(c, k + 1)) {
    uint32_t para = c->tk.tok[k].para;
    for (size_t j = k - 1; j-- > 0 && c->tk.tok[j].para + 1 >= para;) {
      const ng_mention *pm = mention_at(c, j);
      if (!pm) continue;
      if (pm->kind == NG_M_ORG && pm->ent >= 0 && has_word_ci(c->f->ent[pm->ent].label, "ministry"))
        return pm->ent;
      j = pm->t0;
    }
    return -1;
  }
  const ng_mention *m = mention_at(c, k);
  if (!m) return body_named_before(c, k);
  if (m->kind == NG_M_COUNTRY || m->kind == NG_M_DEMONYM || m->kind == NG_M_CAPITAL_GOV)
    return m->country;
  if (m->kind == NG_M_ORG) return m->ent;
  /* "President NAME's spokesman, NAME2": the office holder's country (one
   * only: a person with posts of two owners says nothing) */
  if (m->kind == NG_M_PERSON && m->ent >= 0 && is_possessive(c, m->t1)) {
    int of = -1;
    for (size_t p = 0; p < c->f->n_post; p++) {
      const ng_post *po = &c->f->post[p];
      if (po->person != m->ent || po->of < 0) continue;
      if (of >= 0 && of != po->of) return -1;
      of = po->of;
    }
    if (of >= 0 && c->f->ent[of].kind == NG_ENT_COUNTRY) return of;
  }
  return -1;
}

static void add_post_title(ng_ctx *c, int person, const char *title, int of);
static void tidy_posts(ng_ctx *c);

/* The owner named after a title: "Foreign Minister of Australia", "a
 * spokeswoman for the Tunisian Foreign Ministry". */
static int post_owner_after(const ng_ctx *c, int title_m) {
  size_t k = c->m[title_m].t1;
  if (title_portfolio_end(c, &c->m[title_m])) k = title_portfolio_end(c, &c->m[title_m]);
  /* "NAME, Minister of Home Affairs, Barbados; NAME, ...": a list of those
   * present gives each one's country after the title, closed by a
   * semicolon, a bracket or the sentence's end */
  if (is_punct(c, k, ',') && same_sent(c, k, k + 1)) {
    const ng_mention *m = mention_at(c, k + 1);
    if (m && m->t0 == k + 1 && m->kind == NG_M_COUNTRY && m->country >= 0 &&
        (m->t1 >= c->tk.n || !same_sent(c, k, m->t1) || is_punct(c, m->t1, ';') ||
         is_punct(c, m->t1, ')') || is_punct(c, m->t1, '.')))
      return m->country;
  }
  if (!(ng_tok_is(c, k, "of") || ng_tok_is(c, k, "for") || ng_tok_is(c, k, "at") ||
        /* ("la embajadora de Chile en Lima": a post written in Spanish) */
        (ng_tok_is(c, k, "de") && k + 1 < c->tk.n && mention_at(c, k + 1) &&
         mention_at(c, k + 1)->kind == NG_M_COUNTRY)))
    return -1;
  /* ("the special envoy for Libya" is sent there by someone else) */
  if (ng_tok_is(c, k, "for") && envoy_title(c->m[title_m].title)) return -1;
  k++;
  if (ng_tok_is_ci(c, k, "the")) k++;
  const ng_mention *m = mention_at(c, k);
  if (!m) {
    /* "of the Democratic Republic of X" */
    size_t j = k;
    while (j < k + 4 && is_cap(c, j) && !mention_at(c, j) && !ng_tok_is(c, j + 1, "of")) j++;
    m = ng_tok_is(c, j + 1, "of") ? mention_at(c, j + 2) : NULL;
    if (m && state_form_start(c, m) != k) m = NULL;
  }
  if (!m || !same_sent(c, c->m[title_m].t0, k)) return -1;
  if (m->kind == NG_M_COUNTRY || m->kind == NG_M_DEMONYM || m->kind == NG_M_CAPITAL_GOV)
    return m->country;
  /* "a spokesman for the Royal Malaysian Navy": a state body of no known
   * country whose name holds a demonym is that country's */
  if (m->kind == NG_M_ORG && m->ent >= 0 && c->f->ent[m->ent].org_class == NG_ORG_GOV &&
      !c->f->ent[m->ent].country && m->t1 - m->t0 <= 4) {
    const char *iso = NULL;
    for (size_t t = m->t0; t < m->t1; t++) {
      const char *w = country_word(c, t);
      if (w && iso && strcmp(w, iso)) return m->ent;
      if (w) iso = w;
    }
    int cy = iso ? ng_ent_find(c, NG_ENT_COUNTRY, iso) : -1;
    if (cy >= 0) return cy;
  }
  if (m->kind == NG_M_ORG) return m->ent;
  return -1;
}

/* The owner of a post named through a lower-case body or by the place a
 * sentence opens with: "A Finnish interior ministry spokeswoman",
 * "a Malaysian foreign ministry spokeswoman", "In Bamako, government
 * spokesman NAME".  The country, or -1. */
static int post_owner_body(const ng_ctx *c, int title_m) {
  static const char *const body[] = {"foreign", "interior", "defence", "defense", "ministry",
                                     "army", "navy", "military", "government", "police",
                                     "presidential", "justice", "health", "finance", "trade",
                                     "security", "affairs", "home", "state", "air", "force",
                                     "coast", "guard", "armed", "forces", "embassy", NULL};
  size_t t0 = c->m[title_m].t0, k = t0;
  /* "..., Lima's defence minister, NAME": a capital (taken for a place
   * after the comma) owns no post, its country does */
  if (t0 >= 2 && is_possessive(c, t0 - 1) && c->m[title_m].scope &&
      !strcmp(c->m[title_m].scope, "gov")) {
    const ng_mention *pm = mention_at(c, t0 - 2);
    if (pm && pm->kind == NG_M_PLACE && pm->country >= 0 && pm->t1 == t0 - 1) {
      ng_buf tmp;
      ng_buf_init(&tmp);
      phrase(c, pm->t0, pm->t1, &tmp);
      bool capital = find_kind(ng_lexicon_lookup(c->lex, tmp.data, tmp.len), NG_LEX_CAPITAL);
      ng_buf_free(&tmp);
      if (capital) return pm->country;
    }
  }
  while (k > 0 && t0 - k < 4 && same_sent(c, k - 1, t0) && !is_cap(c, k - 1) &&
         tok_in(c, k - 1, body))
    k--;
  if (k < t0 && k > 0) {
    const ng_mention *m = mention_at(c, k - 1);
    if (m && m->kind == NG_M_DEMONYM && same_sent(c, k - 1, t0)) return m->country;
    /* ("the US embassy spokeswoman, NAME"): a country's name right before */
    if (m && m->kind == NG_M_COUNTRY && m->t1 == k && same_sent(c, k - 1, t0) &&
        !is_possessive(c, k - 1))
      return m->country;
  }
  /* "In Bamako, government spokesman NAME": the sentence opens with the
   * place (and "In Moscow, the foreign ministry spokeswoman, NAME") */
  size_t s0 = c->tk.sent[c->tk.tok[t0].sent].first;
  if (k > s0 + 3 && k < t0 && ng_tok_is_ci(c, k - 1, "the")) k--;
  if (ng_tok_is(c, s0, "In") && k >= s0 + 3 && is_punct(c, k - 1, ',') && k - 1 <= s0 + 4) {
    const ng_mention *m = mention_at(c, s0 + 1);
    if (m && m->t1 == k - 1 && (m->kind == NG_M_CAPITAL_GOV || m->kind == NG_M_PLACE) &&
        m->country >= 0)
      return m->country;
  }
  return -1;
}

/* "former Defence Minister NAME", "NAME, Ghana's former foreign minister",
 * "ex-President NAME": a post no longer held.  Looks back from the title
 * over an owner and articles for "former", "ex-", "erstwhile", "late". */
static bool past_title(const ng_ctx *c, const ng_mention *tm) {
  for (size_t k = tm->t0; k-- > 0 && same_sent(c, k, tm->t0);) {
    if (tok_in(c, k, (const char *const[]){"former", "Former", "erstwhile", "late", NULL}))
      return true;
    if ((ng_tok_is_ci(c, k, "ex") && is_punct(c, k + 1, '-') && glued(c, k + 1)))
      return true;
    const ng_mention *m = mention_at(c, k);
    if (m && (m->kind == NG_M_COUNTRY || m->kind == NG_M_DEMONYM || m->kind == NG_M_ORG ||
              m->kind == NG_M_CAPITAL_GOV)) {
      k = m->t0;
      continue;
    }
    if (is_possessive(c, k) || ng_tok_is_ci(c, k, "the") || ng_tok_is_ci(c, k, "a") ||
        ng_tok_is_ci(c, k, "an") || (is_punct(c, k, '-') && glued(c, k)))
      continue;
    return false;
  }
  return false;
}

/* The owner of the post of title mention TITLE_M from the words around it, or -1. */
static int post_owner_any(const ng_ctx *c, int title_m) {
  int owner = post_owner(c, title_m);
  if (owner < 0) owner = post_owner_after(c, title_m);
  if (owner < 0) owner = post_owner_body(c, title_m);
  return owner;
}

/* Does LABEL hold the lower-case WORD as a word, ignoring ASCII case? */
static bool has_word_ci(const char *label, const char *word) {
  size_t n = strlen(word);
  for (const char *p = label; *p; p++)
    if ((p == label || p[-1] == ' ') && !strncasecmp(p, word, n) &&
        (p[n] == 0 || p[n] == ' ' || p[n] == '\''))
      return true;
  return false;
}

/* The country mention M stands for: a country, a demonym, a capital (also
 * one taken for a place: "Students marched in Lusaka"), or -1. */
static int country_like(const ng_ctx *c, const ng_mention *m) {
  if (!m) return -1;
  if (m->kind == NG_M_COUNTRY || m->kind == NG_M_DEMONYM || m->kind == NG_M_CAPITAL_GOV)
    return m->country;
  if (m->kind != NG_M_PLACE || m->country < 0) return -1;
  ng_buf tmp;
  ng_buf_init(&tmp);
  phrase(c, m->t0, m->t1, &tmp);
  bool capital = find_kind(ng_lexicon_lookup(c->lex, tmp.data, tmp.len), NG_LEX_CAPITAL);
  ng_buf_free(&tmp);
  return capital ? m->country : -1;
}

/* The country a post's holder acts for, told beside the title: "signed on
 * behalf of X by Foreign Minister NAME", "Trade Minister NAME signs for
 * Accra", "Interior Minister NAME, speaking for the Ghanaian government,".
 * Its entity, or -1. */
static int acts_for(const ng_ctx *c, const ng_mention *tm) {
  size_t k = tm->t0;
  if (k > 0 && tok_in(c, k - 1, (const char *const[]){"its", "his", "her", "the", NULL})) k--;
  if (k >= 3 && ng_tok_is(c, k - 1, "by")) {
    const ng_mention *m = mention_at(c, k - 2);
    int cy = country_like(c, m);
    size_t b = m ? m->t0 : 0;
    if (b >= 1 && ng_tok_is(c, b - 1, "the")) b--;
    if (cy >= 0 && b >= 1 &&
        (ng_tok_is(c, b - 1, "for") ||
         (b >= 3 && ng_tok_is(c, b - 1, "of") && ng_tok_is(c, b - 2, "behalf") &&
          ng_tok_is(c, b - 3, "on"))))
      return cy;
  }
  /* after the name (or after a title in apposition, closed by a comma) */
  size_t e = tm->t1;
  const ng_mention *pm = mention_at(c, e);
  bool after = pm && pm->kind == NG_M_PERSON;
  if (after) e = pm->t1;
  if (is_punct(c, e, ',')) e++, after = true;
  if (!after || !same_sent(c, tm->t0, e)) return -1; /* (not "the envoy for Sudan") */
  if (tok_in(c, e, (const char *const[]){"signed", "signs", "signing", "speaking", "spoke",
                                         "acting", NULL}))
    e++;
  if (ng_tok_is(c, e, "for")) {
    e++;
  } else if (ng_tok_is(c, e, "on") && ng_tok_is(c, e + 1, "behalf") && ng_tok_is(c, e + 2, "of")) {
    e += 3;
  } else {
    return -1;
  }
  if (ng_tok_is(c, e, "the")) e++;
  if (!same_sent(c, tm->t0, e)) return -1;
  return country_like(c, mention_at(c, e));
}

/* "Kenya's energy ministry announced ... Energy Minister NAME added":
 * the minister of a portfolio whose ministry, of one country, a recent
 * sentence names; "Lusaka rejected the report. ... government spokesman NAME
 * said": the government of the capital or country the sentence before opens
 * with.  The country, or -1. */
static int post_owner_context(const ng_ctx *c, const ng_mention *tm) {
  size_t sent = c->tk.tok[tm->t0].sent;
  uint32_t para = c->tk.sent[sent].para;
  /* "In Lima, Chief Cabinet Secretary NAME said": the capital the
   * sentence opens with is the government's seat */
  {
    size_t s0 = c->tk.sent[sent].first;
    const ng_mention *cm = ng_tok_is(c, s0, "In") ? mention_at(c, s0 + 1) : NULL;
    if (cm && cm->t0 == s0 + 1 && is_punct(c, cm->t1, ',') && !strcmp(tm->scope, "gov") &&
        (tm->t0 == cm->t1 + 1 || (tm->t0 == cm->t1 + 2 && ng_tok_is(c, cm->t1 + 1, "the")))) {
      int cy = country_like(c, cm);
      if (cy >= 0 && cm->kind != NG_M_COUNTRY && cm->kind != NG_M_DEMONYM) return cy;
    }
  }
  /* the portfolio word of "<Word> Minister" */
  char word[24] = "";
  const char *sp = tm->title ? strchr(tm->title, ' ') : NULL;
  if (sp && !strcmp(sp, " Minister") && (size_t)(sp - tm->title) < sizeof word) {
    size_t n = (size_t)(sp - tm->title);
    for (size_t q = 0; q < n; q++)
      word[q] = tm->title[q] >= 'A' && tm->title[q] <= 'Z' ? (char)(tm->title[q] - 'A' + 'a')
                                                           : tm->title[q];
    word[n] = 0;
  }
  int found = -1;
  for (size_t s = sent + 1; s-- > 0 && sent - s <= 2 && c->tk.sent[s].para + 1 >= para;) {
    for (size_t i = c->tk.sent[s].first; i < c->tk.sent[s].end && word[0]; i++) {
      if (!ng_tok_is_ci(c, i, "ministry")) continue;
      /* "the Kenyan energy ministry", "Kenya's Energy Ministry" */
      size_t k = i;
      bool has = false;
      while (k > c->tk.sent[s].first && i - k < 3 && c->tk.tok[k - 1].type == NG_TOK_WORD &&
             !mention_at(c, k - 1)) {
        has |= ng_tok_is_ci(c, k - 1, word);
        k--;
      }
      if (k > 0 && is_possessive(c, k - 1)) k--;
      int cy = has && k > 0 ? country_like(c, mention_at(c, k - 1)) : -1;
      /* ("the defence ministry in Nairobi") */
      if (has && cy < 0 && ng_tok_is(c, i + 1, "in")) cy = country_like(c, mention_at(c, i + 2));
      if (cy >= 0 && found >= 0 && cy != found) return -1;
      if (cy >= 0) found = cy;
    }
    for (size_t i = c->tk.sent[s].first; i < c->tk.sent[s].end && word[0]; i++) {
      const ng_mention *m = mention_at(c, i);
      if (!m || m->kind != NG_M_ORG || m->ent < 0) continue;
      const ng_entity *o = &c->f->ent[m->ent];
      if (o->org_class == NG_ORG_GOV && o->country && has_word_ci(o->label, word) &&
          has_word_ci(o->label, "ministry")) {
        int cy = ng_ent_find(c, NG_ENT_COUNTRY, o->country);
        if (cy >= 0 && found >= 0 && cy != found) return -1;
        if (cy >= 0) found = cy;
      }
      i = m->t1 - 1;
    }
  }
  /* (not the ministry of the counterpart's country: "Defense Minister A
   * and his Mongolian counterpart, B, signed ... at the Mongolian defense
   * ministry") */
  if (found >= 0) {
    size_t s0 = c->tk.sent[sent].first, s1 = c->tk.sent[sent].end;
    for (size_t i = s0 + 1; i < s1; i++)
      if (ng_tok_is_ci(c, i, "counterpart") && mention_at(c, i - 1) &&
          mention_at(c, i - 1)->kind == NG_M_DEMONYM && mention_at(c, i - 1)->country == found &&
          i - 1 > tm->t1)
        return -1;
    return found;
  }
  /* "Finland's interior ministry rejected the figures. Spokeswoman NAME said", "The
   * Chilean embassy denied it. “...,” said embassy spokesman NAME": a
   * spokesperson named right after a sentence that opens with a state's
   * body speaks for it */
  if (tm->title && !strcmp(tm->title, "Spokesperson") && sent > 0 &&
      c->tk.sent[sent - 1].para == para) {
    size_t s0 = c->tk.sent[sent].first;
    if (c->tk.tok[s0].type == NG_TOK_QUOTE) {
      /* (past the quote the sentence opens with, to its speech verb) */
      size_t k = s0 + 1;
      while (k < tm->t0 && c->tk.tok[k].type != NG_TOK_QUOTE) k++;
      s0 = k + 1;
      if (is_punct(c, s0, ',')) s0++;
      if (s0 < tm->t0 && (c->trig[s0] & NG_TR_SPEECH)) s0++;
    }
    if (ng_tok_is_ci(c, s0, "the")) s0++;
    if (s0 < tm->t0 && body_words_at(c, s0)) {
      while (s0 < tm->t0 && !is_cap(c, s0)) s0++;
    }
    if (s0 == tm->t0) {
      int cy = body_opening(c, c->tk.sent[sent - 1].first);
      if (cy >= 0) return cy;
    }
  }
  /* "government spokesman NAME" after a sentence that opens with a capital */
  bool gov = ng_tok_is_ci(c, tm->t0, "government") ||
             (tm->t0 > 0 && ng_tok_is(c, tm->t0 - 1, "government"));
  if (gov && sent > 0 && c->tk.sent[sent - 1].para == para) {
    size_t s0 = c->tk.sent[sent - 1].first;
    if (ng_tok_is(c, s0, "The")) s0++;
    const ng_mention *m = mention_at(c, s0);
    if (m && m->t0 == s0) return country_like(c, m);
  }
  return -1;
}

/* A journalist's title: "Correspondent", "Senior Reporter", "Editor-in-Chief". */
static bool press_title(const char *t) {
  static const char *const ends[] = {"Correspondent", "Reporter", "Editor", "Editor-in-Chief",
                                     "Columnist", NULL};
  size_t n = strlen(t);
  for (size_t k = 0; ends[k]; k++) {
    size_t m = strlen(ends[k]);
    if (n >= m && !strcmp(t + n - m, ends[k]) && (n == m || t[n - m - 1] == ' ')) return true;
  }
  return false;
}

/* The short title of minister's title mention TM when its portfolios, more
 * than one, take in defence or foreign affairs ("Minister for Home
 * Affairs, National Security and Defence"): "Defense Minister" or "Foreign
 * Minister", whichever comes first; NULL otherwise (a single portfolio, a
 * deputy's or a state minister's title). */
static const char *long_portfolio_title(const ng_ctx *c, const ng_mention *tm) {
  if (!tm->title || tm->plural) return NULL;
  size_t n = strlen(tm->title);
  if (n < 8 || strcmp(tm->title + n - 8, "Minister") ||
      (n > 8 && (strstr(tm->title, "Deputy") || strstr(tm->title, "Vice") ||
                 strstr(tm->title, "State") || strstr(tm->title, "Prime") ||
                 strstr(tm->title, "Assistant") || strstr(tm->title, "Junior"))))
    return NULL;
  size_t e = title_portfolio_end(c, tm) ? title_portfolio_end(c, tm) : tm->t1;
  /* (the title's own words: "Deputy Minister" written out is no minister) */
  size_t first = tm->t0;
  while (first < e && !is_minister(c, first)) first++;
  if (first == e || first != tm->t0) return NULL;
  bool and = false;
  const char *found = NULL;
  for (size_t k = first + 1; k < e; k++) {
    if (ng_tok_is(c, k, "and") || is_punct(c, k, ',')) and = true;
    if (found) continue;
    if (ng_tok_is_ci(c, k, "defence") || ng_tok_is_ci(c, k, "defense"))
      found = "Defense Minister";
    else if (ng_tok_is_ci(c, k, "foreign") && !ng_tok_is_ci(c, k + 1, "trade"))
      for (size_t q = k + 1; q < e && q <= k + 3 && !found; q++)
        if (ng_tok_is_ci(c, q, "affairs")) found = "Foreign Minister";
  }
  return and ? found : NULL;
}

static void add_post(ng_ctx *c, int person, int title_m, int owner) {
  const ng_mention *tm = &c->m[title_m];
  if (past_title(c, tm)) return;
  if (owner < 0) owner = post_owner_any(c, title_m);
  if (owner < 0) owner = acts_for(c, tm);
  if (owner < 0) owner = post_owner_context(c, tm);
  /* honorifics and military ranks are not posts */
  if (!strcmp(tm->scope, "honorific") || !strcmp(tm->scope, "rank") || !tm->title ||
      !strcmp(tm->title, "-"))
    return;
  /* "the head of the Ukrainian team, Colonel B", "the head of the
   * Portuguese detachment": who leads a group sent somewhere holds no post */
  if (!strcmp(tm->title, "Head") && ng_tok_is(c, tm->t1, "of")) {
    size_t k = tm->t1 + 1;
    if (tok_in(c, k, (const char *const[]){"the", "a", "its", "their", NULL})) k++;
    for (size_t n = 0; n < 3 && k < c->tk.n && same_sent(c, tm->t1, k); n++, k++) {
      if (tok_in(c, k, (const char *const[]){"team", "teams", "detachment", "cell", "delegation",
                                             "contingent", "group", "patrol", "squad", "crew",
                                             "convoy", NULL}))
        return;
      if (!(mention_at(c, k) || (c->tk.tok[k].type == NG_TOK_WORD &&
                                 !(c->tk.tok[k].flags & NG_TF_CAP))))
        break;
      if (mention_at(c, k)) k = mention_at(c, k)->t1 - 1;
    }
  }
  /* a journalist's country is a beat, not a state's post ("our Quito
   * correspondent", "the Manila reporter"); an outlet keeps its own */
  if (owner >= 0 && c->f->ent[owner].kind == NG_ENT_COUNTRY && press_title(tm->title)) owner = -1;
  /* "Minister for Home Affairs, National Security and Defence", "Minister
   * for Foreign and European Affairs and Trade": a minister whose
   * portfolios take in defence or foreign affairs is that minister (the
   * first named of the two) */
  const char *head = long_portfolio_title(c, tm);
  /* "Minister Delegate at the Presidency in charge of Defence": the
   * francophone name of a government's defence minister, who holds both
   * (the title as written below) */
  if (!head && tm->portfolio && tm->t1 >= tm->t0 + 4 && is_minister(c, tm->t0) &&
      (ng_tok_is_ci(c, tm->t1 - 1, "defence") || ng_tok_is_ci(c, tm->t1 - 1, "defense")) &&
      ng_tok_is(c, tm->t1 - 2, "of") && ng_tok_is(c, tm->t1 - 3, "charge") &&
      ng_tok_is(c, tm->t1 - 4, "in"))
    add_post_title(c, person, "Defense Minister", owner);
  if (head) {
    add_post_title(c, person, head, owner);
    return;
  }
  if (tm->portfolio) {
    /* the words as written, each capitalized but "and", "of", "for" */
    ng_buf t;
    ng_buf_init(&t);
    phrase(c, tm->t0, tm->t1, &t);
    for (size_t k = 0; k < t.len; k++)
      if ((k == 0 || t.data[k - 1] == ' ') && t.data[k] >= 'a' && t.data[k] <= 'z' &&
          strncmp(t.data + k, "and ", 4) && strncmp(t.data + k, "of ", 3) &&
          strncmp(t.data + k, "for ", 4) && strncmp(t.data + k, "at the ", 7) &&
          strncmp(t.data + k, "to the ", 7) && strncmp(t.data + k, "the ", 4) &&
          strncmp(t.data + k, "in charge ", 10) && strncmp(t.data + k, "charge of ", 10))
        t.data[k] = (char)(t.data[k] - 'a' + 'A');
    add_post_title(c, person, t.data, owner);
    ng_buf_free(&t);
    return;
  }
  /* "Foreign Secretary": a minister in London, the ministry's senior civil
   * servant in South Asia; told apart once the country is known (tidy_posts) */
  if (!strcmp(tm->title, "Foreign Minister") && tm->t1 == tm->t0 + 2 &&
      ng_tok_is_ci(c, tm->t0, "foreign") && ng_tok_is_ci(c, tm->t0 + 1, "secretary")) {
    add_post_title(c, person, "Foreign Secretary", owner);
    return;
  }
  add_post_title(c, person, tm->title, owner);
}

static void add_post_title(ng_ctx *c, int person, const char *title, int of) {
  ng_facts *f = c->f;
  for (size_t i = 0; i < f->n_post; i++)
    if (f->post[i].person == person && !strcmp(f->post[i].title, title) && f->post[i].of == of)
      return;
  if (f->n_post == f->cap_post) {
    f->cap_post = f->cap_post ? f->cap_post * 2 : 8;
    f->post = ng_xrealloc(f->post, f->cap_post * sizeof *f->post);
  }
  f->post[f->n_post].person = person;
  f->post[f->n_post].title = ng_xstrdup(title);
  f->post[f->n_post].of = of;
  f->n_post++;
  f->ent[person].official = true;
}

/* Last word of an entity label, lower-cased (the surname). */
static void surname_of(const char *label, ng_buf *out) {
  ng_buf_clear(out);
  const char *sp = strrchr(label, ' ');
  const char *s = sp ? sp + 1 : label;
  /* an ASCII surname (most) folds to its lower case */
  char low[64];
  size_t n = 0;
  for (; s[n] && n < sizeof low && (unsigned char)s[n] < 0x80; n++)
    low[n] = s[n] >= 'A' && s[n] <= 'Z' ? (char)(s[n] - 'A' + 'a') : s[n];
  if (!s[n]) {
    if (n) ng_buf_add(out, low, n);
    return;
  }
  ng_utf8_fold(out, s, strlen(s));
}

/* True if the surname of LABEL folds to WANT (a surname_of result); SN is
 * scratch.  An ASCII surname folds to its lower case, compared in place:
 * this runs for every person of the document at every surname mention. */
static bool surname_is(const char *label, const char *w, ng_buf *sn) {
  const char *sp = strrchr(label, ' ');
  const char *s = sp ? sp + 1 : label;
  size_t k = 0;
  for (; s[k]; k++) {
    char ch = s[k];
    if ((unsigned char)ch >= 0x80) break; /* not ASCII: fold it */
    if (ch >= 'A' && ch <= 'Z') ch = (char)(ch - 'A' + 'a');
    if (ch != w[k]) return false; /* (also when WANT ends first) */
  }
  if (!s[k]) return w[k] == '\0';
  surname_of(label, sn);
  return !strcmp(sn->data ? sn->data : "", w);
}

/* person_by_surname's memo of what a name canonicalises to (its key and
 * its surname_of), per thread and across documents: it is asked about most
 * capitalized words of every document ("The", "Monday", "Copyright"), and
 * ng_person_canon was most of its cost.  Fixed-size entries (longer names
 * are not kept), so a thread's memo holds no memory to free. */
enum { CANON_SLOTS = 256, CANON_NAME = 40, CANON_KEY = 48, CANON_WANT = 40 };
typedef struct {
  uint64_t lex_id; /* ng_lexicon_id of the lexicon asked; 0: empty slot */
  size_t n;
  char name[CANON_NAME];
  char key[CANON_KEY];
  char want[CANON_WANT];
} canon_memo;
static _Thread_local canon_memo canon_memo_tab[CANON_SLOTS];

/* The key and the folded surname of the person name NAME (LEN bytes), as
 * ng_person_canon and surname_of give them; the strings live in the
 * context's name buffers or in the memo, until the next call. */
static void canon_surname(ng_ctx *c, const char *name, size_t len, const char **key,
                          const char **want) {
  ng_buf *k = &c->name_buf[0], *lab = &c->name_buf[1], *w = &c->name_buf[3];
  uint64_t id = ng_lexicon_id(c->lex);
  canon_memo *m = NULL;
  if (id && len < CANON_NAME) {
    uint32_t h = 2166136261u; /* FNV-1a */
    for (size_t i = 0; i < len; i++) h = (h ^ (unsigned char)name[i]) * 16777619u;
    m = &canon_memo_tab[(h ^ h >> 16) & (CANON_SLOTS - 1)];
    if (m->lex_id == id && m->n == len && !memcmp(m->name, name, len)) {
      *key = m->key;
      *want = m->want;
      return;
    }
  }
  ng_person_canon(c->lex, name, len, k, lab);
  surname_of(lab->data ? lab->data : "", w);
  *key = k->data;
  *want = w->data ? w->data : "";
  size_t kl = strlen(*key), wl = strlen(*want);
  if (m && kl < CANON_KEY && wl < CANON_WANT) {
    m->lex_id = id;
    m->n = len;
    memcpy(m->name, name, len);
    memcpy(m->key, *key, kl + 1);
    memcpy(m->want, *want, wl + 1);
  }
}

static int person_by_surname(ng_ctx *c, const char *name, size_t len) {
  /* (buffers of the context: this runs for most capitalized words) */
  ng_buf *sn = &c->name_buf[2];
  const char *key, *want;
  canon_surname(c, name, len, &key, &want);
  int found = -1;
  for (size_t i = c->ent_base; i < c->f->n_ent; i++) {
    ng_entity *e = &c->f->ent[i];
    if (e->kind != NG_ENT_PERSON) continue;
    if (e->key[0] == key[0] && !strcmp(e->key, key)) { found = (int)i; break; }
    if (surname_is(e->label, want, sn) && strchr(e->label, ' ')) {
      if (found < 0 || strchr(c->f->ent[found].label, ' ') == NULL) found = (int)i;
    }
  }
  return found;
}

/* The one person of the document whose name of three words or more has the
 * single word NAME (N bytes) second to last: the paternal surname of a
 * Spanish or Portuguese name, used alone ("Nayra Condori Apaza" ... "Condori
 * said", "Ms Rojas" after "Lucía Rojas Almonte"); else -1. */
static int person_by_middle(ng_ctx *c, const char *name, size_t len) {
  ng_buf *key = &c->name_buf[0], *lab = &c->name_buf[1];
  bool any = false; /* (most documents have no such name: no canon then) */
  for (size_t i = c->ent_base; i < c->f->n_ent && !any; i++) {
    const char *sp = c->f->ent[i].kind == NG_ENT_PERSON ? strchr(c->f->ent[i].label, ' ') : NULL;
    any = sp && strchr(sp + 1, ' ');
  }
  if (!any) return -1;
  ng_person_canon(c->lex, name, len, key, lab);
  if (!lab->data || !lab->len || strchr(lab->data, ' ')) return -1;
  int found = -1;
  for (size_t i = c->ent_base; i < c->f->n_ent; i++) {
    const ng_entity *e = &c->f->ent[i];
    if (e->kind != NG_ENT_PERSON) continue;
    const char *last = strrchr(e->label, ' ');
    if (!last || last == e->label) continue;
    const char *w = last;
    while (w > e->label && w[-1] != ' ') w--;
    if (w == e->label || (size_t)(last - w) != lab->len || memcmp(w, lab->data, lab->len)) continue;
    if (found >= 0) return -1;
    found = (int)i;
  }
  return found;
}

static int family_first(ng_ctx *c, const char *s, size_t n, int *pe);

static int make_person(ng_ctx *c, size_t t0, size_t t1) {
  ng_buf p, key, lab;
  ng_buf_init(&p);
  ng_buf_init(&key);
  ng_buf_init(&lab);
  /* (without a nickname name_run read through: "Somchai “Lek” Wongsawat"
   * is "Somchai Wongsawat") */
  size_t nick = t1;
  for (size_t j = t0 + 1; j + 3 < t1 && nick == t1; j++)
    if (nickname_at(c, j)) nick = j;
  if (nick < t1) {
    phrase(c, nick + 3, t1, &lab); /* (lab and key are set from P below) */
    phrase(c, t0, nick, &p);
    ng_buf_addc(&p, ' ');
    ng_buf_add(&p, lab.data, lab.len);
  } else {
    phrase(c, t0, t1, &p);
  }
  /* ("B.Enkhjin" is "B. Enkhjin") */
  bool glued = false;
  for (size_t i = t0; i + 1 < t1 && !glued; i++) glued = glued_initial(c, i);
  if (glued) {
    ng_buf_clear(&p);
    for (size_t i = t0; i < t1; i++) {
      if (i > t0 && ((c->tk.tok[i].flags & NG_TF_SPACE_BEFORE) || glued_initial(c, i - 1)))
        ng_buf_addc(&p, ' ');
      size_t n;
      const char *s = ng_tok_text(c, i, &n);
      ng_buf_add(&p, s, n);
    }
  }
  /* "al-Hakim" arrives as "al-Hakim": split hyphen particles for canon */
  int ent = -1;
  bool single = true;
  for (size_t i = t0 + 1; i < t1; i++)
    if ((c->tk.tok[i].flags & NG_TF_SPACE_BEFORE) || glued_initial(c, i - 1)) single = false;
  if (single) ent = person_by_surname(c, p.data, p.len);
  if (single && ent < 0) ent = person_by_middle(c, p.data, p.len);
  if (single && ent < 0) {
    /* "Dr Selam" after "Dr Selam Bekele Ayana": a given name
     * used alone, as Ethiopian and Eritrean names are */
    int pe;
    ent = family_first(c, p.data, p.len, &pe);
  }
  if (ent < 0) {
    ng_person_canon(c->lex, p.data, p.len, &key, &lab);
    /* "Vargas de la Cruz" after "Ana Lucía Vargas de la Cruz": the
     * family names of a longer name already seen are that person */
    if (!single && strchr(lab.data, ' ')) {
      for (size_t k = c->ent_base; k < c->f->n_ent && ent < 0; k++) {
        const ng_entity *pe = &c->f->ent[k];
        size_t ll = strlen(pe->label);
        if (pe->kind != NG_ENT_PERSON || ll <= lab.len + 1 || pe->label[ll - lab.len - 1] != ' ' ||
            strcmp(pe->label + ll - lab.len, lab.data))
          continue;
        /* (the longer name has at least three words) */
        const char *sp = strchr(pe->label, ' ');
        if (sp && strchr(sp + 1, ' ') && sp <= pe->label + ll - lab.len - 1) ent = (int)k;
      }
    }
    /* "Gabriela Intriago" ... "Gabriela Intriago Loor": a name of two words
     * or more seen before, with one more family name now, is that person,
     * known from now on by the longer name */
    if (ent < 0 && !single && ng_ent_find(c, NG_ENT_PERSON, key.data) < 0) {
      const char *sp = strchr(lab.data, ' ');
      const char *last = strrchr(lab.data, ' ');
      if (sp && last > sp) {
        size_t pre = (size_t)(last - lab.data);
        int hit = -1;
        for (size_t k = c->ent_base; k < c->f->n_ent; k++) {
          ng_entity *pe = &c->f->ent[k];
          if (pe->kind != NG_ENT_PERSON || strlen(pe->label) != pre ||
              memcmp(pe->label, lab.data, pre))
            continue;
          hit = hit < 0 ? (int)k : -2;
        }
        if (hit >= 0) {
          ng_entity *pe = &c->f->ent[hit];
          char *was = pe->label;
          free(pe->key);
          pe->label = ng_xstrdup(lab.data);
          pe->key = ng_xstrdup(key.data);
          ng_ent_alt(c, hit, was, strlen(was)); /* (the shorter name stays an alternative) */
          free(was);
          ent = hit;
        }
      }
    }
    /* "Khairul Anuar" after "Khairul Anuar Che Harun", "Mohd Zulkarnain"
     * after "Mohd Zulkarnain Mokhtar bin Ali": the given names a long name
     * of four words or more opens with, used alone, as Malay and Thai names
     * are (the one such name in the document) */
    if (ent < 0 && !single && ng_ent_find(c, NG_ENT_PERSON, key.data) < 0) {
      const char *sp = strchr(lab.data, ' ');
      if (sp && !strchr(sp + 1, ' ')) {
        int hit = -1;
        for (size_t k = c->ent_base; k < c->f->n_ent && hit != -2; k++) {
          const ng_entity *pe = &c->f->ent[k];
          if (pe->kind != NG_ENT_PERSON || strncmp(pe->label, lab.data, lab.len) ||
              pe->label[lab.len] != ' ')
            continue;
          size_t words = 1;
          for (const char *q = pe->label; *q; q++) words += *q == ' ';
          if (words >= 4) hit = hit < 0 ? (int)k : -2;
        }
        if (hit >= 0) ent = hit;
      }
    }
    if (ent < 0) ent = ng_ent_get(c, NG_ENT_PERSON, key.data, lab.data, NULL, NG_ORG_GENERIC);
  }
  ng_ent_alt(c, ent, p.data, p.len);
  add_mention(c, (uint32_t)t0, (uint32_t)t1, NG_M_PERSON, ent, -1);
  ng_buf_free(&p);
  ng_buf_free(&key);
  ng_buf_free(&lab);
  return ent;
}

/* The person a later single word S (N bytes) names as a family name written
 * first, as Korean, Chinese, Vietnamese and Hungarian names are, or -1:
 *  - the first word of a name whose given name is hyphenated ("Kim Sung-min"
 *    ... "Kim said");
 *  - else, when S is nobody's surname (*PE gets the surname match, computed
 *    only here), the first word of the one three-word name that starts with
 *    it, no other person's name starting or ending with it ("Lim Hoa Binh"
 *    ... "Lim said"; not "Lim Binh" or "Anna Keller"). */
static int family_first(ng_ctx *c, const char *s, size_t n, int *pe) {
  *pe = -1;
  for (size_t e = c->ent_base; e < c->f->n_ent; e++) {
    const ng_entity *p = &c->f->ent[e];
    if (p->kind != NG_ENT_PERSON || p->label[0] != s[0] || strncmp(p->label, s, n) ||
        p->label[n] != ' ')
      continue;
    const char *hy = strchr(strrchr(p->label, ' '), '-');
    if (hy && hy[1] >= 'a' && hy[1] <= 'z') return (int)e;
  }
  /* "Ahmad bin Rahman" ... "Ahmad said": a name with a patronymic ("bin",
   * "binti", "bint") is shortened to the given name, not to the father's */
  for (size_t e = c->ent_base; e < c->f->n_ent; e++) {
    const ng_entity *p = &c->f->ent[e];
    if (p->kind != NG_ENT_PERSON) continue;
    for (size_t a = 0; a < p->n_alt; a++) {
      const char *x = p->alt[a];
      if (x[0] != s[0] || strncmp(x, s, n) || x[n] != ' ') continue;
      if (!strncmp(x + n, " bin ", 5) || !strncmp(x + n, " binti ", 7) ||
          !strncmp(x + n, " bint ", 6))
        return (int)e;
    }
  }
  *pe = person_by_surname(c, s, n);
  if (*pe >= 0) return -1;
  int found = -1;
  for (size_t e = c->ent_base; e < c->f->n_ent; e++) {
    const ng_entity *p = &c->f->ent[e];
    if (p->kind != NG_ENT_PERSON) continue;
    const char *sp = strchr(p->label, ' ');
    const char *last = strrchr(p->label, ' ');
    size_t first_len = sp ? (size_t)(sp - p->label) : strlen(p->label);
    bool starts = first_len == n && !strncmp(p->label, s, n);
    bool ends = last && strlen(last + 1) == n && !strncmp(last + 1, s, n);
    if (!starts && !ends) continue;
    /* (a name of two words or three: "Kashiwagi" after a family name
     * written first, "Selam" after "Selam Bekele Ayana") */
    if (found >= 0 || ends || !sp || (sp != last && strchr(sp + 1, ' ') != last)) return -1;
    found = (int)e;
  }
  return found;
}

/* True if the last word of weak candidate W stands alone later as a
 * speech-verb candidate ("Ruth Adams ... Adams said"). */
static bool surname_speaks(const ng_ctx *c, const cand *cs, size_t nc, const cand *w) {
  size_t ln;
  const char *last = ng_tok_text(c, w->t1 - 1, &ln);
  for (size_t k = 0; k < nc; k++) {
    const cand *s = &cs[k];
    /* ("Minister Halvorsen said" is a title's mention: it counts too) */
    if (s->weak || s->words != 1 || s->t0 <= w->t0 || s->t1 - s->t0 != 1) continue;
    size_t n;
    const char *t = ng_tok_text(c, s->t0, &n);
    if (n == ln && !memcmp(t, last, n)) return true;
  }
  return false;
}

/* True if the last word of weak candidate W comes back later on its own,
 * a capitalized word between words that are not ("Dana Okoro does not
 * ... Okoro told"; not "Port Louis ... Louis Street"). */
static bool surname_recurs(const ng_ctx *c, const cand *w) {
  size_t ln;
  const char *last = ng_tok_text(c, w->t1 - 1, &ln);
  for (size_t k = w->t1; k < c->tk.n; k++) {
    size_t n;
    const char *t = ng_tok_text(c, k, &n);
    if (n != ln || memcmp(t, last, n) || c->tok_m[k] >= 0) continue;
    if ((k > 0 && is_cap(c, k - 1) && same_sent(c, k - 1, k) &&
         !(c->tk.tok[k].flags & NG_TF_SENT_START)) ||
        (is_cap(c, k + 1) && same_sent(c, k, k + 1)))
      continue;
    return true;
  }
  return false;
}

/* True if a quotation closed by "he said" or "she says" follows weak
 * candidate W in its paragraph, within the next two sentences ("NAME has
 * tapped rubber for thirty years. 'When soldiers come, ...,' he said"): a
 * person the pronoun points back to, no other full name between. */
static bool pronoun_speaks_after(const ng_ctx *c, const cand *w) {
  uint32_t s = c->tk.tok[w->t0].sent, para = c->tk.tok[w->t0].para;
  for (size_t k = w->t1; k + 1 < c->tk.n; k++) {
    const ng_token *t = &c->tk.tok[k];
    if (t->para != para || t->sent > s + 2) break;
    /* (another name of two capitalized words: the pronoun may be theirs) */
    if (t->type == NG_TOK_WORD && is_cap(c, k) && is_cap(c, k + 1) && same_sent(c, k, k + 1) &&
        !(t->flags & NG_TF_SENT_START) && c->tok_m[k] < 0 && c->tok_m[k + 1] < 0)
      return false;
    if (k > w->t1 && c->tk.tok[k - 1].type == NG_TOK_QUOTE &&
        tok_in(c, k, (const char *const[]){"he", "she", NULL}) && !is_cap(c, k) &&
        (c->trig[k + 1] & NG_TR_SPEECH))
      return true;
  }
  return false;
}

/* True if the last word of weak candidate W comes back later alone as the
 * possessor of a spokesperson or an office ("Adaeze Nwachinemere ... Nwachinemere's
 * spokeswoman said"): only a person has those.  AT holds the N_AT tokens
 * of the document seen so ("Nwachinemere"), each a name of one word. */
static bool surname_has_office(const ng_ctx *c, const cand *w, const size_t *at, size_t n_at) {
  size_t ln;
  const char *last = ng_tok_text(c, w->t1 - 1, &ln);
  for (size_t q = 0; q < n_at; q++) {
    size_t k = at[q], n;
    if (k < w->t1) continue;
    const char *t = ng_tok_text(c, k, &n);
    if (n == ln && !memcmp(t, last, n) && c->tok_m[k] < 0) return true;
  }
  return false;
}

/* Words before "by" in a credit line ("Reporting by NAME"). */
static const char *const credit_words[] = {"Compiled", "Reported", "Written", "Reporting",
                                           "Editing", "Edited", NULL};

/* "NAME, 61, has been Oman's transport minister since 2019", "NAME,
 * who is Chile's defence minister,", "NAME was sworn in as X's defence
 * minister": a post stated with a verb after a person's name ending at token
 * T.  The title's mention index, or -1 (also for a post held no longer:
 * "who was X's foreign minister until 2022"). */
static int copula_title(const ng_ctx *c, size_t t0, size_t t) {
  /* ", 52," */
  if (is_punct(c, t, ',') && t + 2 < c->tk.n && c->tk.tok[t + 1].type == NG_TOK_NUM &&
      is_punct(c, t + 2, ','))
    t += 3;
  bool who = false;
  if (is_punct(c, t, ',') && ng_tok_is(c, t + 1, "who")) {
    t += 2;
    who = true;
  }
  if (!same_sent(c, t0, t)) return -1;
  bool been = false;
  size_t as = 0;
  /* "NAME, who led the army and returned to public life as Minister for
   * Defence", "NAME returned to politics as ...": a post held "as" in the
   * clause (not "such as", "as well as", "known as") */
  if (who || tok_is_a(c, t, WC_RESUMED))
    for (size_t u = t; u < c->tk.n && u < t + 10 && same_sent(c, t, u); u++) {
      if (is_punct(c, u, ',') || is_punct(c, u, ';') || ng_tok_is(c, u, "who") ||
          ng_tok_is(c, u, "which") || ng_tok_is(c, u, "that"))
        break;
      if (ng_tok_is(c, u, "as") && u > t &&
          !tok_in(c, u - 1, (const char *const[]){"such", "well", "known", "described",
                                                  "regarded", "seen", "same", "much", NULL})) {
        as = u + 1;
        break;
      }
    }
  if (as) {
    t = as;
  } else if (ng_tok_is(c, t, "has") || ng_tok_is(c, t, "had")) {
    if (!ng_tok_is(c, t + 1, "been")) return -1;
    t += 2;
    been = true;
  } else if (ng_tok_is(c, t, "is") || ng_tok_is(c, t, "was")) {
    t++;
    been = true;
  } else if (ng_tok_is(c, t, "became") || ng_tok_is(c, t, "becomes")) {
    t++;
  } else if ((ng_tok_is(c, t, "serves") || ng_tok_is(c, t, "served")) &&
             ng_tok_is(c, t + 1, "as")) {
    t += 2;
  } else {
    return -1;
  }
  /* "was appointed (as)", "has been named", "was sworn in as" */
  if (been && tok_in(c, t, (const char *const[]){"appointed", "named", "elected", "nominated",
                                                 NULL})) {
    t++;
    if (ng_tok_is(c, t, "as")) t++;
  } else if (been && ng_tok_is(c, t, "sworn") && ng_tok_is(c, t + 1, "in") &&
             ng_tok_is(c, t + 2, "as")) {
    t += 3;
  }
  /* [the|a|an] [COUNTRY 's | DEMONYM | ORG 's] TITLE */
  if (ng_tok_is(c, t, "the") || ng_tok_is(c, t, "a") || ng_tok_is(c, t, "an")) t++;
  const ng_mention *om = mention_at(c, t);
  if (om && om->kind != NG_M_TITLE && om->kind != NG_M_PERSON) {
    t = om->t1;
    if (is_possessive(c, t)) t++;
  }
  if (tok_in(c, t, tenure_words)) t++; /* ("Ghana's new defence minister") */
  const ng_mention *tm = mention_at(c, t);
  if (!tm || tm->kind != NG_M_TITLE || tm->t0 != t || tm->plural || !same_sent(c, t0, t) ||
      is_possessive(c, tm->t1)) /* ("is the president's adviser") */
    return -1;
  if (!strcmp(tm->scope, "honorific") || !strcmp(tm->scope, "rank")) return -1;
  /* ("who spoke as President NAME's envoy": a title before a name) */
  if (as && tm->t1 < c->tk.n && is_cap(c, tm->t1) && same_sent(c, t, tm->t1)) return -1;
  /* "NAME, who was X's foreign minister until 2022": held no longer */
  for (size_t u = tm->t1; u < c->tk.n && u < tm->t1 + 8 && same_sent(c, tm->t1, u); u++) {
    if (is_punct(c, u, ',') || is_punct(c, u, ';')) break;
    if (ng_tok_is(c, u, "until") || ng_tok_is(c, u, "till")) return -1;
  }
  return c->tok_m[t];
}

/* "NAME, who heads Estonia's foreign ministry", "NAME, who leads the
 * Ministry of Defence": the minister of that portfolio, of the ministry's
 * country.  Adds the post of PERSON (mention PM); false if none. */
static bool heads_ministry(ng_ctx *c, const ng_mention *pm) {
  size_t t = pm->t1;
  if (!is_punct(c, t, ',') || !ng_tok_is(c, t + 1, "who") ||
      !tok_in(c, t + 2, (const char *const[]){"heads", "headed", "leads", "led", "runs", "ran",
                                              NULL}) ||
      !same_sent(c, pm->t0, t + 3))
    return false;
  t += 3;
  if (ng_tok_is(c, t, "the")) t++;
  const ng_mention *m = mention_at(c, t);
  int owner = -1;
  if (m && (m->kind == NG_M_COUNTRY || m->kind == NG_M_DEMONYM) && m->t0 == t) {
    owner = m->country;
    t = m->t1;
    if (is_possessive(c, t)) t++;
    m = mention_at(c, t);
  }
  if (!m || m->kind != NG_M_ORG || m->t0 != t || m->ent < 0 || !same_sent(c, pm->t0, t)) return false;
  bool ministry = false;
  for (size_t u = m->t0; u < m->t1 && !ministry; u++) ministry = ng_tok_is_ci(c, u, "ministry");
  if (!ministry) return false;
  if (owner < 0) owner = ng_ent_country_of(c, m->ent);
  ng_buf tmp;
  ng_buf_init(&tmp);
  const ng_lex_entry *x = NULL;
  for (size_t u = m->t0; u < m->t1 && !x; u++) {
    /* (in any case: "Ministry of Defence") */
    phrase(c, u, u + 1, &tmp);
    lower_ascii(&tmp);
    bool port = false;
    for (size_t g = 0; portfolio_words[g] && !port; g++) port = !strcmp(tmp.data, portfolio_words[g]);
    if (!port) continue;
    /* "foreign affairs minister", then "foreign minister" */
    for (size_t w = 2; w >= 1 && !x; w--) {
      if (u + w > m->t1) continue;
      phrase(c, u, u + w, &tmp);
      lower_ascii(&tmp);
      ng_buf_adds(&tmp, " minister");
      x = find_kind(ng_lexicon_lookup(c->lex, tmp.data, tmp.len), NG_LEX_TITLE);
    }
  }
  ng_buf_free(&tmp);
  if (!x || !x->label) return false;
  add_post_title(c, pm->ent, x->label, owner);
  return true;
}

static void copula_posts(ng_ctx *c) {
  size_t n_m = c->n_m; /* (no mention is added here) */
  for (size_t k = 0; k < n_m; k++) {
    const ng_mention *pm = &c->m[k];
    if (pm->kind != NG_M_PERSON) continue;
    int tm = copula_title(c, pm->t0, pm->t1);
    if (tm >= 0) add_post(c, pm->ent, tm, -1);
    else heads_ministry(c, pm);
  }
}

/* Token I opens a transcript's line: a paragraph's first word, or the
 * first after a time code in brackets ("[00:03:40] NAME: ..."). */
static bool tag_start(const ng_ctx *c, size_t i) {
  if (c->tk.tok[i].flags & NG_TF_PARA_START) return true;
  if (i < 2 || !is_punct(c, i - 1, ']')) return false;
  for (size_t k = i - 1; k-- > 0 && i - k < 12 && c->tk.tok[k].para == c->tk.tok[i].para;)
    if (is_punct(c, k, '[')) return (c->tk.tok[k].flags & NG_TF_PARA_START) != 0;
  return false;
}

/* The words [I, E) in capitals may be a person's name: none of them, in
 * title case, a word that is never a name or a demonym ("BALTIC TRADE
 * AFFAIRS: ..." is an outlet asking; "ROSA CHAD: ..." a person). */
static bool caps_name_ok(const ng_ctx *c, size_t i, size_t e) {
  ng_buf tmp;
  ng_buf_init(&tmp);
  bool ok = true;
  for (size_t t = i; t < e && ok; t++)
    if (c->tk.tok[t].type == NG_TOK_WORD &&
        (title_case_is(c, t, NG_LEX_NONNAME, &tmp) || title_case_is(c, t, NG_LEX_DEMONYM, &tmp)))
      ok = false;
  ng_buf_free(&tmp);
  return ok;
}

/* "JOHN DOE, ANCHOR: ...": a transcript's speaker tag may give the
 * speaker's role after the name.  E is the token after the name; returns
 * the token that should be the tag's colon (E itself when no role). */
static size_t speaker_tag_colon(const ng_ctx *c, size_t e) {
  if (!is_punct(c, e, ',')) return e;
  size_t k = e + 1;
  while (k < c->tk.n && k < e + 5 && same_sent(c, e, k) && c->tk.tok[k].type == NG_TOK_WORD &&
         (c->tk.tok[k].flags & NG_TF_ALLCAPS))
    k++;
  return k > e + 1 ? k : e;
}

/* Up to MAX countries listed at token k going forward ("Peru and Chile",
 * "Peru, Chile and the Comoros"), in order, into OUT; their number.  *END:
 * the token after the list. */
static size_t country_list(const ng_ctx *c, size_t k, int *out, size_t max, size_t *end) {
  size_t n = 0;
  *end = k;
  while (n < max && k < c->tk.n) {
    if (n > 0 && (ng_tok_is(c, k, "and") || is_punct(c, k, ','))) {
      k++;
      if (ng_tok_is(c, k, "and")) k++;
      if (ng_tok_is(c, k, "the")) k++;
    } else if (n > 0) {
      break;
    }
    const ng_mention *m = mention_at(c, k);
    int ce = m && m->t0 == k ? country_like(c, m) : -1;
    if (ce < 0) break;
    for (size_t q = 0; q < n; q++)
      if (out[q] == ce) return 0; /* "Peru and Peru": no list of parties */
    out[n++] = ce;
    *end = k = m->t1;
  }
  return n;
}

/* The longest list of countries (see country_list) between tokens LO and
 * HI: one ending at HI, or if SUBJECT the last one before HI followed by a
 * word in lower case (a verb: "Peru and Chile signed ... their") and no
 * other country up to HI; into OUT (MAX at most), its length or 0. */
static size_t country_list_before(const ng_ctx *c, size_t lo, size_t hi, int *out, size_t max,
                                  bool subject) {
  int tmp[8];
  size_t best = 0, at = 0, end = 0;
  if (max > 8) max = 8;
  for (size_t q = hi; q-- > lo && hi - q <= 30 && (!best || at - q <= 8);) {
    const ng_mention *m = mention_at(c, q);
    if (!m || m->t0 != q) continue;
    size_t e1;
    size_t n = country_list(c, q, tmp, max, &e1);
    if (n < 2 || n <= best) continue;
    if (best ? e1 != end
             : subject ? (e1 >= hi || c->tk.tok[e1].type != NG_TOK_WORD || is_cap(c, e1))
                       : e1 != hi)
      continue;
    if (subject && !best)
      for (size_t k = e1; k < hi; k++)
        if (country_at(c, k) >= 0) return 0;
    best = n;
    at = q;
    end = e1;
    memcpy(out, tmp, n * sizeof *out);
  }
  return best;
}

/* A dash that opens or closes an apposition: an en or em dash, or a
 * hyphen with spaces around it ("the ministers - A and B - met"). */
static bool list_dash(const ng_ctx *c, size_t k) {
  const ng_token *t = &c->tk.tok[k];
  if (t->type != NG_TOK_PUNCT) return false;
  const unsigned char *s = (const unsigned char *)c->doc->text + t->b;
  size_t n = t->e - t->b;
  if (n == 1 && s[0] == '-')
    return (t->flags & NG_TF_SPACE_BEFORE) && k + 1 < c->tk.n &&
           (c->tk.tok[k + 1].flags & NG_TF_SPACE_BEFORE);
  return n == 3 && s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0x93 || s[2] == 0x94);
}

/* Names listed in apposition to a plural title: "the two foreign
 * ministers, Ana Vidal and Jonas Lind, held talks", "their interior
 * ministers, General Pablo Ortega and Rosa Lindqvist, said".  The plural title
 * mention of the list that holds the name starting at token I, or -1.
 * *OWNER: the name's country when as many countries as names are listed
 * in the same order, after the title ("the defence ministers of Peru and
 * Chile, A and B"), before it ("Peru and Chile's", "the Peruvian and
 * Chilean defence ministers") or, for "their", as the subject that opens
 * the sentence ("Peru and Chile signed ... after their defence ministers,
 * A and B, met"); else -1. */
static const char *const pair_words[] = {"two", "three", "four", "both", NULL};
static const char *const plural_states[] = {"countries", "nations", "states", "governments",
                                          NULL};

static int plural_list_title(const ng_ctx *c, size_t i, int *owner, bool *bare) {
  *owner = -1;
  *bare = false;
  int tm = -1;
  /* (the list may stand between dashes: "the defence ministers of Peru and
   * Chile -- A and B -- met") */
  size_t open = SIZE_MAX;
  for (size_t k = i; k-- > 0 && i - k <= 20 && same_sent(c, k, i);) {
    if (open == SIZE_MAX && list_dash(c, k)) {
      open = k;
      continue;
    }
    const ng_mention *m = mention_at(c, k);
    if (m && m->kind == NG_M_TITLE) {
      if (m->plural) {
        tm = c->tok_m[k];
        break;
      }
      /* "General Pablo Ortega and ...": a rank before a listed name */
      if (strcmp(m->scope, "rank") && strcmp(m->scope, "honorific")) return -1;
      k = m->t0;
      continue;
    }
    if (m && country_like(c, m) >= 0) {
      k = m->t0;
      continue;
    }
    if (!(is_punct(c, k, ',') || ng_tok_is(c, k, "and") || ng_tok_is(c, k, "of") ||
          ng_tok_is(c, k, "the") || (is_cap(c, k) && !m) || tok_is_a(c, k, WC_PARTICLE) ||
          (is_punct(c, k, '-') && glued(c, k)) || tok_in(c, k, pair_words) ||
          tok_in(c, k, plural_states)))
      return -1;
  }
  if (tm < 0) return -1;
  const ng_mention *t = &c->m[tm];
  enum { MAXN = 4 };
  int after[MAXN], before[MAXN];
  size_t n_after = 0, n_before = 0, j = t->t1;
  if (ng_tok_is(c, j, "of")) {
    size_t ce;
    size_t q = ng_tok_is(c, j + 1, "the") ? j + 2 : j + 1;
    n_after = country_list(c, q, after, MAXN, &ce);
    if (n_after) j = ce;
    /* "the defence ministers of the two countries, A and B" */
    else if (tok_in(c, q, pair_words) && tok_in(c, q + 1, plural_states))
      j = q + 2;
  }
  /* "Defence ministers A and B met": the list right after the title, with
   * no comma, of two names at least */
  *bare = j <= i && is_cap(c, j) && !mention_at(c, j);
  if (!(is_punct(c, j, ',') || j == open || *bare) || (j >= i && !*bare)) return -1;
  /* the name's place in the list, and the list's length */
  size_t nth = 0, total;
  for (size_t k = j + 1; k < i; k++)
    if (is_punct(c, k, ',') || (ng_tok_is(c, k, "and") && !is_punct(c, k - 1, ',')))
      nth++;
  total = nth + 1;
  for (size_t k = i; k < c->tk.n && k < i + 20 && same_sent(c, i, k); k++) {
    const ng_mention *m = mention_at(c, k);
    bool sep = is_punct(c, k, ',') || ng_tok_is(c, k, "and");
    if (sep && !(is_punct(c, k, ',') && ng_tok_is(c, k + 1, "and"))) {
      size_t q = ng_tok_is(c, k + 1, "and") ? k + 2 : k + 1;
      const ng_mention *qm = mention_at(c, q);
      if (!(is_cap(c, q) && (!qm || (qm->kind == NG_M_TITLE && !qm->plural &&
                                     (!strcmp(qm->scope, "rank") ||
                                      !strcmp(qm->scope, "honorific"))))))
        break;
      total++;
      continue;
    }
    if (!(sep || (is_cap(c, k) && !m) || tok_is_a(c, k, WC_PARTICLE) ||
          (is_punct(c, k, '-') && glued(c, k)) ||
          (m && m->kind == NG_M_TITLE && !m->plural &&
           (!strcmp(m->scope, "rank") || !strcmp(m->scope, "honorific")))))
      break;
  }
  if (!n_after) {
    size_t b = t->t0;
    while (b > 0 && (ng_tok_is(c, b - 1, "two") || ng_tok_is(c, b - 1, "three") ||
                     ng_tok_is(c, b - 1, "four") || ng_tok_is(c, b - 1, "respective")))
      b--;
    size_t s0 = c->tk.sent[c->tk.tok[t->t0].sent].first;
    if (b > 0 && ng_tok_is(c, b - 1, "their"))
      /* the subject before it: "Peru and Chile will share ..., their" */
      n_before = country_list_before(c, s0, b - 1, before, MAXN, true);
    else
      /* "Peru and Chile's", "the Peruvian and Chilean": the list ends at the title */
      n_before = country_list_before(c, s0, b > 0 && is_possessive(c, b - 1) ? b - 1 : b, before,
                                     MAXN, false);
  }
  if (*bare && total < 2) return -1;
  size_t nc = n_after ? n_after : n_before;
  const int *list = n_after ? after : before;
  /* (a government's post: "US and Chinese officials, A and B" hold none) */
  if (nc >= 2 && nc == total && nth < nc && !strcmp(t->scope, "gov") && t->title &&
      strcmp(t->title, "Diplomat"))
    *owner = list[nth];
  return tm;
}

/* Capitalized words that end a building's or a facility's name. */
static const char *const facility_words[] = {
    "Building", "Barracks", "Hospital", "Stadium", "Airport", "Airfield", "Bridge", "Tower",
    "Street", "Avenue", "Boulevard", "Highway", "Square", "Memorial", "Cathedral", "Mosque",
    "Library", "Museum", "Auditorium", "Polyclinic", "Wharf", "Pier", "Quay", "Jetty", "Dock",
    "Terminal", "Harbour", "Harbor", "Marina", "Palace", "Gardens", "Road",
    "Drive", "Station", "Port", NULL};

/* Run [i, e) has a name's own shape: a short family name first and a
 * hyphenated given name with a small letter after the hyphen ("Kim
 * Sung-min", "Ryu Pyong-il"; not the provinces "Jeju-do", "Gangwon-do"), or a
 * Vietnamese name with its middle name "Thi" or "Van" in its letters ("Ha Thi
 * Lien", "Dang Van Phuc" with their marks). */
static bool name_shape(const ng_ctx *c, size_t i, size_t e) {
  if (e == i + 4 && is_cap(c, i + 1) && is_punct(c, i + 2, '-') && glued(c, i + 2) &&
      glued(c, i + 3) && c->tk.tok[i + 3].type == NG_TOK_WORD && !is_cap(c, i + 3) &&
      c->tk.tok[i].e - c->tk.tok[i].b <= 5 && c->tk.tok[i + 1].e - c->tk.tok[i + 1].b <= 6 &&
      !(c->tk.tok[i].flags & NG_TF_ALLCAPS) &&
      !tok_in(c, i + 3, (const char *const[]){"do", "si", "gun", "gu", "dong", "ri", "eup",
                                              "myeon", "ro", "gil", "ga", "ho", NULL}))
    return true;
  if (e >= i + 3 && e <= i + 4)
    for (size_t t = i + 1; t + 1 < e; t++)
      if (tok_in(c, t, (const char *const[]){"Th\xE1\xBB\x8B", "V\xC4\x83n", NULL})) return true;
  return false;
}

/* Lower-case nouns of a person's role that a name follows ("the North
 * Korean coach, NAME,", "visiting goalkeeper NAME"): in sport, trade and
 * the street, where no title is. */
static const char *const role_nouns[] = {
    "coach", "goalkeeper", "captain", "striker", "midfielder", "defender", "referee",
    "winger", "forward", "skipper", "playmaker", "businessman", "businesswoman",
    "entrepreneur", "fisherman", "activist", "photographer", "novelist", "singer",
    "actor", "actress", "poet", "playwright", "writer", "painter", "sculptor", "composer",
    "musician", "filmmaker", NULL};

/* A role noun right before the name [i, e) ("Chilean goalkeeper NAME"), or
 * before it with a comma when a comma closes the name ("the visiting coach,
 * NAME, praised"). */
static bool role_before(const ng_ctx *c, size_t i, size_t e) {
  if (i >= 1 && same_sent(c, i - 1, i) && tok_in(c, i - 1, role_nouns)) return true;
  return i >= 2 && is_punct(c, i - 1, ',') && same_sent(c, i - 2, e) && is_punct(c, e, ',') &&
         tok_in(c, i - 2, role_nouns);
}

/* A speaker's line of a call's transcript, or of its list of
 * participants: "NAME - Chief Financial Officer", "NAME - Banco Norte,
 * Analyst", "NAME - Head of Investor Relations", on a line of its own.  The
 * name is run [i, e); returns the token that ends the line, or 0 if the
 * line is none; [*ORG_S, *ORG_E): the firm's name before the comma, if any
 * (empty if none).  (The role is no post: its firm goes unnamed.) */
static size_t roster_line(const ng_ctx *c, size_t i, size_t e, size_t *org_s, size_t *org_e) {
  *org_s = *org_e = 0;
  if (!(c->tk.tok[i].flags & NG_TF_LINE_START) || e + 1 >= c->tk.n || !list_dash(c, e) ||
      (c->tk.tok[e].flags & NG_TF_LINE_START))
    return 0;
  size_t k = e + 1, lim = e + 12;
#define NL(k) ((k) >= c->tk.n || (c->tk.tok[k].flags & NG_TF_LINE_START))
  while (k < lim && !NL(k) && c->tk.tok[k].type == NG_TOK_WORD && is_cap(c, k) &&
         !mention_at(c, k))
    k++;
  if (k > e + 1) {
    if (NL(k) || !is_punct(c, k, ',')) return 0;
    *org_s = e + 1;
    *org_e = k++;
  }
  const ng_mention *m = NL(k) ? NULL : mention_at(c, k);
  if (!m || m->kind != NG_M_TITLE || m->t0 != k || m->plural || !strcmp(m->scope, "honorific") ||
      !strcmp(m->scope, "rank"))
    return 0;
  k = m->t1;
  /* ("Head of Investor Relations") */
  if (!NL(k) && ng_tok_is(c, k, "of"))
    for (k++; k < lim && !NL(k) && is_cap(c, k) && !mention_at(c, k);) k++;
  if (!NL(k)) return 0;
#undef NL
  return k;
}

/* Makes "chief" a title ("Head") where "the chief of" opens the phrase
 * ending before token END: "The chief of Kenya's navy" (END the comma
 * before a name), or "the chief of" right before END - 1 ("NAME, the chief
 * of ..."). */
static void chief_of_title(ng_ctx *c, size_t end) {
  for (size_t k = end; k-- > 1 && end - k <= 8;) {
    if (c->tk.tok[k].type != NG_TOK_WORD && !is_possessive(c, k)) return;
    if (!same_sent(c, k, end - 1) || c->tok_m[k] >= 0 || !ng_tok_is_ci(c, k, "chief")) continue;
    if (ng_tok_is_ci(c, k - 1, "the") && ng_tok_is(c, k + 1, "of")) {
      int mi = add_mention(c, (uint32_t)k, (uint32_t)(k + 1), NG_M_TITLE, -1, -1);
      c->m[mi].title = "Head";
      c->m[mi].scope = "org";
    }
    return;
  }
}

static void pass_persons(ng_ctx *c, const uint32_t *next_cap) {
  cand *cs = NULL;
  size_t nc = 0;
  size_t office[16], n_office = 0; /* see surname_has_office */
  ng_buf p;
  ng_buf_init(&p);
  for (size_t i = cap_at(c, next_cap, 0); i < c->tk.n; i = cap_at(c, next_cap, i + 1)) {
    /* (a list and a name both open with a capitalized word) */
    if (!is_cap(c, i)) continue;
    /* (the list may open with a word that is never a name: "Minister of
     * Home Affairs, Foreign Trade and Tourism") */
    size_t pl = portfolio_list_end(c, i);
    if (pl) {
      i = pl - 1;
      continue;
    }
    size_t n = name_run(c, i);
    if (!n) continue;
    size_t e = i + n;
    /* "The chief of X's navy, NAME,", "NAME, the chief of the X police,":
     * "chief" alone is no title ("the tribal chief", "police chief NAME"),
     * but "the chief of" a body is its head, as "the head of" is (asked
     * here, of names in apposition only, not of every word) */
    if (i >= 4 && is_punct(c, i - 1, ',')) chief_of_title(c, i - 1);
    if (e + 3 < c->tk.n && is_punct(c, e, ',')) chief_of_title(c, e + 4);
    /* (a word alone before "'s spokesman", "'s office": kept for
     * surname_has_office) */
    if (n == 1 && n_office < 16 && e + 1 < c->tk.n && is_possessive(c, e) &&
        tok_in(c, e + 1, (const char *const[]){"spokesman", "spokeswoman", "spokesperson",
                                               "office", NULL}))
      office[n_office++] = i;
    /* "the Sir Edwin Marley Building", "the Anna Petrova Memorial Hospital":
     * a building named after a person is no mention of one */
    /* "the Andes Wire", "Harbour Radio", "Daily Sabah", "the Lagos Herald":
     * an outlet's name (several words ending in a word of the press, or
     * opening with "Daily") is no person's */
    if ((e - i >= 2 &&
         (tok_is_a(c, e - 1, WC_MEDIA) ||
          tok_in(c, i, (const char *const[]){"Daily", "Weekly", NULL}) ||
          tok_in(c, e - 1, (const char *const[]){"Times", "Herald", "Gazette", "Tribune",
                                                 "Chronicle", NULL}))) ||
        tok_is_a(c, e - 1, WC_FACILITY) ||
        (e < c->tk.n && same_sent(c, i, e) && is_cap(c, e) && !glued(c, e) &&
         tok_is_a(c, e, WC_FACILITY))) {
      i = e - 1;
      continue;
    }
    /* "the exercise, named Desert Lance,", "a drill dubbed Iron Tide": the
     * name of a thing */
    if (i >= 2 && same_sent(c, i - 2, i) &&
        ((is_punct(c, i - 2, ',') && tok_in(c, i - 1, (const char *const[]){"named", "codenamed",
                                                                            "dubbed", NULL})) ||
         tok_in(c, i - 1, (const char *const[]){"dubbed", "codenamed", "code-named", NULL}))) {
      i = e - 1;
      continue;
    }
    cand cd = {i, e, 0, false, -1, -1, false, false, -1, false, false};
    for (size_t t = i; t < e; t++)
      if (c->tk.tok[t].type == NG_TOK_WORD && (t == i || c->tk.tok[t].flags & NG_TF_SPACE_BEFORE))
        cd.words++;
    if (cd.words >= 2 && cd.words <= 4) {
      size_t os, oe, le = roster_line(c, i, e, &os, &oe);
      if (le) {
        if (oe > os + 1 || (oe == os + 1 && !is_nonname(c, os))) {
          phrase(c, os, oe, &p);
          int ent = make_org_named(c, p.data, p.len, NG_ORG_GENERIC, NULL, 0, true);
          add_mention(c, (uint32_t)os, (uint32_t)oe, NG_M_ORG, ent, -1);
        }
        cd.strong = true;
        cs = ng_xgrow(cs, nc, sizeof *cs);
        cs[nc++] = cd;
        i = le - 1;
        continue;
      }
    }
    int tb = title_before(c, i);
    if (tb < 0 && cd.words >= 2) tb = title_of_country_before(c, i);
    /* "Minister of Defense of the Republic of Azerbaijan Colonel General
     * NAME": the post before the rank */
    if (tb >= 0 && cd.words >= 2 && !strcmp(c->m[tb].scope, "rank") && c->m[tb].t1 == i) {
      size_t r0 = c->m[tb].t0; /* (past all its words: "Colonel" "General") */
      while (r0 > 0 && mention_at(c, r0 - 1) && mention_at(c, r0 - 1)->kind == NG_M_TITLE &&
             !strcmp(mention_at(c, r0 - 1)->scope, "rank") && mention_at(c, r0 - 1)->t1 == r0)
        r0 = mention_at(c, r0 - 1)->t0;
      int tp = title_of_country_before(c, r0);
      if (tp >= 0) tb = tp;
    }
    /* "Additional reporting by Major Osei": in a credit line the word is a name */
    if (tb >= 0 && c->m[tb].t0 >= 2 && ng_tok_is(c, c->m[tb].t0 - 1, "by") &&
        tok_in(c, c->m[tb].t0 - 2, credit_words))
      tb = -1;
    /* "the Foreign Minister of Australia, Ms. Claire Donnelly": the post is
     * the apposition's, not the honorific's */
    if (tb >= 0 && (!strcmp(c->m[tb].scope, "honorific") || !strcmp(c->m[tb].scope, "rank")) &&
        appositive_title(c, i) >= 0)
      tb = appositive_title(c, i);
    /* "the ministry's spokesperson, Ambassador NAME": an envoy's title right
     * before the name is how a diplomat is addressed; the post in apposition
     * before it is held too */
    int addressed = -1;
    if (tb >= 0 && envoy_title(c->m[tb].title) && c->m[tb].t0 >= 2 &&
        is_punct(c, c->m[tb].t0 - 1, ',')) {
      const ng_mention *pm = mention_at(c, c->m[tb].t0 - 2);
      if (pm && pm->kind == NG_M_TITLE && !pm->plural && strcmp(pm->scope, "honorific") &&
          strcmp(pm->scope, "rank") && !envoy_title(pm->title) && same_sent(c, pm->t0, i)) {
        addressed = tb;
        tb = c->tok_m[pm->t0];
      }
    }
    int ta = title_after(c, e);
    /* "NAME MP, Secretary of State for ...": a seat's initials after the
     * name; the post is the apposition's if one follows, else the seat */
    if (ta < 0 && e + 1 < c->tk.n && mention_at(c, e) && mention_at(c, e)->kind == NG_M_TITLE &&
        mention_at(c, e)->t1 == e + 1 && (c->tk.tok[e].flags & NG_TF_ALLCAPS) &&
        (c->tk.tok[e].flags & NG_TF_SPACE_BEFORE) && same_sent(c, e - 1, e) &&
        !strcmp(mention_at(c, e)->scope, "gov")) {
      ta = title_after(c, e + 1);
      if (ta < 0 && tb < 0) ta = c->tok_m[e];
    }
    /* "NAME of COUNTRY" in a list after a (plural) title:
     * "the foreign ministers, Sari Wulandari of Indonesia and Do Thanh Binh of Vietnam" */
    int of_country = e + 1 < c->tk.n && ng_tok_is(c, e, "of") ? country_at(c, e + 1) : -1;
    if (of_country >= 0 && tb < 0) {
      for (size_t k = i; k-- > 0 && i - k <= 14 && same_sent(c, k, i);) {
        const ng_mention *m = mention_at(c, k);
        if (m && m->kind == NG_M_TITLE && strcmp(m->scope, "honorific")) {
          if (is_punct(c, m->t1, ',') || m->t1 == i) {
            cd.title_m = c->tok_m[k];
            cd.owner = of_country;
            cd.strong = true;
          }
          break;
        }
        if (!(is_punct(c, k, ',') || ng_tok_is(c, k, "and") || ng_tok_is(c, k, "of") ||
              is_cap(c, k) || (m && m->kind != NG_M_TITLE)))
          break;
      }
    }
    /* "the two foreign ministers, Ana Reyes and Jonas Petrauskas, held
     * talks": full names listed in apposition to a plural title */
    if (!cd.strong && tb < 0 && ta < 0 && cd.words >= 2 &&
        (is_punct(c, e, ',') || ng_tok_is(c, e, "and"))) {
      for (size_t k = i; k-- > 0 && i - k <= 10 && same_sent(c, k, i);) {
        const ng_mention *m = mention_at(c, k);
        /* "her Croatian and Albanian counterparts, A B and C D": each
         * holds the subject's title, of the country listed in its turn */
        if (!m && ng_tok_is_ci(c, k, "counterparts")) {
          if (is_punct(c, k + 1, ',') && k + 1 < i) {
            cd.strong = true;
            cd.counterpart = true;
            size_t item = 0;
            for (size_t t = k + 2; t < i; t++)
              if (is_punct(c, t, ',') || (ng_tok_is(c, t, "and") && !is_punct(c, t - 1, ',')))
                item++;
            int own[6];
            size_t no = 0;
            for (size_t t = k; t-- > 0 && no < 6 && same_sent(c, t, k);) {
              int ct = country_at(c, t);
              if (ct >= 0) {
                own[no++] = ct;
                t = mention_at(c, t)->t0;
                continue;
              }
              if (!(ng_tok_is(c, t, "and") || is_punct(c, t, ','))) break;
            }
            if (no >= 2 && item < no) cd.owner = own[no - 1 - item];
          }
          break;
        }
        if (m && m->kind == NG_M_TITLE) {
          cd.strong = m->plural && is_punct(c, m->t1, ',') && m->t1 < i;
          break;
        }
        /* (a hyphen inside an earlier item's name: "A Dabrowska-Wilk and C D") */
        if (!(is_punct(c, k, ',') || ng_tok_is(c, k, "and") || (is_cap(c, k) && !m) ||
              (is_punct(c, k, '-') && glued(c, k) && k > 0 && is_cap(c, k - 1))) ||
            (k + 1 == i && !is_punct(c, k, ',') && !ng_tok_is(c, k, "and")))
          break;
      }
    }
    if (cd.strong) {
      /* found above */
    } else if (i >= 2 && is_punct(c, i - 1, ',') && ng_tok_is_ci(c, i - 2, "counterpart")) {
      /* "her Argentine counterpart, Martin Echeverria," */
      cd.strong = true;
      cd.counterpart = true;
      cd.owner = i >= 3 ? country_at(c, i - 3) : -1;
    } else if (tb < 0 && i >= 2 && ng_tok_is(c, i - 1, "counterpart") && same_sent(c, i - 1, i) &&
               country_at(c, i - 2) >= 0) {
      /* "held talks with his Moroccan counterpart Karim Idrissi": no comma */
      cd.strong = true;
      cd.counterpart = true;
      cd.owner = country_at(c, i - 2);
    } else if (tb >= 0) {
      /* "her Surinamese counterpart, Foreign Minister NAME": the counterpart's country */
      size_t t0 = c->m[tb].t0;
      bool bare = !strcmp(c->m[tb].scope, "honorific") || !strcmp(c->m[tb].scope, "rank");
      if (t0 >= 3 && is_punct(c, t0 - 1, ',') && ng_tok_is_ci(c, t0 - 2, "counterpart")) {
        cd.owner = country_at(c, t0 - 3);
        /* "his Zambian counterpart, Colonel NAME": a rank is no post; the
         * counterpart's is */
        if (bare && ta < 0) cd.counterpart = true;
      }
      /* "Vice Admiral NAME, the navy commander,": the post, not the rank */
      cd.title_m = ta >= 0 && bare ? ta : tb;
      /* "Commander Lea Moreau, a spokeswoman for the navy": both posts */
      if (ta >= 0 && !bare) cd.title2_m = ta;
      else if (addressed >= 0) cd.title2_m = addressed;
      cd.strong = true;
      /* "met President Bola Adeyemi of Nigeria": the country after the name */
      if (cd.owner < 0 && of_country >= 0 && cd.title_m == tb && post_owner(c, tb) < 0 &&
          post_owner_after(c, tb) < 0)
        cd.owner = of_country;
    } else if (ta >= 0 && !(cd.words == 1 && sentence_adverb(c, i))) {
      /* (not "Subsequently, the Minister of State ... was received": an
       * adverb opening its sentence) */
      cd.title_m = ta;
      cd.strong = true;
    } else if (cd.words >= 2 && listed_title(c, i) >= 0) {
      /* "Croatia's Defence Minister A B, Montenegro's C D and Albania's E F" */
      cd.title_m = listed_title(c, i);
      cd.owner = country_at(c, i - 2);
      cd.strong = true;
    } else if (i >= 2 && is_punct(c, i - 1, ',') && mention_at(c, i - 2) &&
               mention_at(c, i - 2)->kind == NG_M_TITLE && !mention_at(c, i - 2)->plural &&
               strcmp(mention_at(c, i - 2)->scope, "honorific")) {
      /* "Peru's foreign minister, Karim al-Hakim," */
      cd.title_m = c->tok_m[i - 2];
      cd.strong = true;
    } else if (appositive_title(c, i) >= 0) {
      /* "the Foreign Minister of Australia, Ms. Claire Donnelly", "Egypt's
       * minister of defence, General Tarek Mansour" */
      cd.title_m = appositive_title(c, i);
      cd.strong = true;
    } else if ((envoy_title_before(c, i) >= 0 && (cd.words >= 2 || mention_at(c, i - 1))) ||
               (i > 0 && is_punct(c, i - 1, ',') && envoy_title_before(c, i - 1) >= 0)) {
      /* "UN special envoy for Syria NAME", "the envoy for the Sahel, NAME"
       * (not the place's last word: "the ambassador to the Eastern
       * Caribbean, NAME") */
      cd.title_m = envoy_title_before(c, i) >= 0 && (cd.words >= 2 || mention_at(c, i - 1))
                       ? envoy_title_before(c, i)
                       : envoy_title_before(c, i - 1);
      cd.strong = true;
    } else if (cd.words >= 2 && i >= 1 && same_sent(c, i - 1, i) &&
               (ng_tok_is(c, i - 1, "I'm") || ng_tok_is(c, i - 1, "I\xE2\x80\x99m"))) {
      cd.strong = true; /* (see below) */
    } else if (cd.words >= 2 && i >= 2 && same_sent(c, i - 2, i) &&
               ((ng_tok_is(c, i - 2, "I") &&
                 (ng_tok_is(c, i - 1, "am") || ng_tok_is(c, i - 1, "\'m") ||
                  ng_tok_is(c, i - 1, "\xE2\x80\x99m"))) ||
                (ng_tok_is(c, i - 2, "name") && ng_tok_is(c, i - 1, "is") && i >= 3 &&
                 tok_in(c, i - 3, (const char *const[]){"my", "My", NULL})))) {
      /* a presenter's "I'm Vira Lytvynchuk", "I am NAME and this is the
       * Morning Journal", "my name is NAME" */
      cd.strong = true;
    } else if (c->doc->author) {
      phrase(c, i, e, &p);
      if (!strcmp(p.data, c->doc->author)) cd.strong = true;
    }
    /* "their interior ministers, General Pablo Ortega and Rosa Lindqvist": a
     * listed name (after a rank too) is a person, and holds the title when
     * the countries are listed alike */
    if (cd.words >= 2 && ta < 0 && cd.owner < 0 &&
        (cd.title_m < 0 || !strcmp(c->m[cd.title_m].scope, "honorific") ||
         !strcmp(c->m[cd.title_m].scope, "rank"))) {
      int own;
      bool bare;
      int pm = plural_list_title(c, i, &own, &bare);
      if (pm >= 0 && (cd.strong || bare || is_punct(c, e, ',') || ng_tok_is(c, e, "and") ||
                      list_dash(c, e))) {
        cd.strong = true;
        if (own >= 0) {
          cd.title_m = pm;
          cd.owner = own;
        }
      }
    }
    /* "Deputy Prime Minister and Foreign Minister NAME", "NAME, the deputy
     * prime minister and foreign minister of X,": both posts */
    if (cd.title_m >= 0 && cd.title2_m < 0) {
      const ng_mention *tm = &c->m[cd.title_m];
      size_t te = title_portfolio_end(c, tm) ? title_portfolio_end(c, tm) : tm->t1;
      const ng_mention *m2 = NULL;
      /* (also in apposition: "Belgium's Deputy Prime Minister and Foreign
       * Minister, NAME") */
      if ((cd.title_m == tb || tm->t1 <= i) && tm->t0 >= 2 && ng_tok_is(c, tm->t0 - 1, "and"))
        m2 = mention_at(c, tm->t0 - 2);
      else if (cd.title_m == ta && ng_tok_is(c, te, "and"))
        m2 = mention_at(c, te + 1);
      if (m2 && m2->kind == NG_M_TITLE && !m2->plural && strcmp(m2->scope, "honorific") &&
          strcmp(m2->scope, "rank") && same_sent(c, m2->t0, tm->t0)) {
        cd.title2_m = c->tok_m[m2->t0];
        cd.joint = true;
      }
    }
    bool speech = (e < c->tk.n && (c->trig[e] & NG_TR_SPEECH) && same_sent(c, i, e) &&
                   !(c->tk.tok[e].flags & NG_TF_CAP)) ||
                  (i > 0 && (c->trig[i - 1] & NG_TR_SPEECH) && same_sent(c, i - 1, i) &&
                   (e >= c->tk.n || !same_sent(c, i, e) || is_punct(c, e, '.') ||
                    is_punct(c, e, ','))) ||
                  /* "The delegate of the federal police, NAME, explained" */
                  (cd.words >= 2 && i > 0 && is_punct(c, i - 1, ',') && is_punct(c, e, ',') &&
                   e + 1 < c->tk.n && (c->trig[e + 1] & NG_TR_SPEECH) &&
                   same_sent(c, i - 1, e + 1) && !(c->tk.tok[e + 1].flags & NG_TF_CAP) &&
                   !head_class(c, e - 1, &(ng_org_class){0}));
    /* "said NAME of the Yaoundé Institute", "NAME of the Institute for
     * Sahel Studies said": a full name, then where the person works, beside
     * a speech verb (not "said National Bank of Kenya": an organisation's
     * head word ends no person's name) */
    if (!speech && cd.words >= 2 && e + 1 < c->tk.n && same_sent(c, i, e + 1) &&
        tok_in(c, e, (const char *const[]){"of", "from", "at", NULL}) &&
        (ng_tok_is(c, e + 1, "the") || is_cap(c, e + 1)) &&
        !head_class(c, e - 1, &(ng_org_class){0})) {
      if (i > 0 && (c->trig[i - 1] & NG_TR_SPEECH) && same_sent(c, i - 1, i) &&
          !(c->tk.tok[i - 1].flags & NG_TF_CAP))
        speech = true;
      /* (the workplace's words, then the verb) */
      size_t k = e + 1;
      while (k < c->tk.n && k < e + 12 && same_sent(c, e, k) &&
             (is_cap(c, k) || mention_at(c, k) ||
              tok_in(c, k, (const char *const[]){"the", "of", "for", "and", "on", NULL})))
        k = mention_at(c, k) ? mention_at(c, k)->t1 : k + 1;
      if (!speech && k > e + 1 && k < c->tk.n && same_sent(c, e, k) && (c->trig[k] & NG_TR_SPEECH) &&
          !(c->tk.tok[k].flags & NG_TF_CAP))
        speech = true;
    }
    /* "said union leader NAME.", "says retired admiral NAME,": a full name
     * after a speech verb and a role of one or two words in lower case */
    if (!speech && cd.words >= 2 && i >= 2 &&
        (e >= c->tk.n || !same_sent(c, i, e) || is_punct(c, e, '.') || is_punct(c, e, ','))) {
      size_t k = i;
      while (k > 0 && i - k < 2 && same_sent(c, k - 1, i) &&
             c->tk.tok[k - 1].type == NG_TOK_WORD && !(c->tk.tok[k - 1].flags & NG_TF_CAP) &&
             !(c->trig[k - 1] & NG_TR_SPEECH) &&
             !tok_in(c, k - 1, (const char *const[]){"the", "a", "an", "that", "by", "to", "with",
                                                     "and", "or", "of", "in", "on", "at", "for",
                                                     "from", "as", NULL}))
        k--;
      if (k < i && k > 0 && same_sent(c, k - 1, i) && (c->trig[k - 1] & NG_TR_SPEECH) &&
          !(c->tk.tok[k - 1].flags & NG_TF_CAP))
        speech = true;
    }
    /* "According to NAME, the talks ...", "..., according to NAME.": a full
     * name a report is attributed to */
    if (!speech && cd.words >= 2 && i >= 2 && ng_tok_is(c, i - 1, "to") &&
        ng_tok_is_ci(c, i - 2, "according") && same_sent(c, i - 2, i) &&
        (e >= c->tk.n || !same_sent(c, i, e) || is_punct(c, e, '.') || is_punct(c, e, ',')))
      speech = true;
    /* "NAME, a mother of four, told AFP": a description in apposition, then
     * a speech verb */
    if (!speech && cd.words >= 2 && is_punct(c, e, ',') &&
        (ng_tok_is(c, e + 1, "a") || ng_tok_is(c, e + 1, "an")))
      for (size_t k = e + 2; k < c->tk.n && k <= e + 7 && same_sent(c, e, k); k++) {
        if (c->tk.tok[k].type != NG_TOK_PUNCT) continue;
        if (is_punct(c, k, ',') && k + 1 < c->tk.n && same_sent(c, k, k + 1) &&
            (c->trig[k + 1] & NG_TR_SPEECH) && !(c->tk.tok[k + 1].flags & NG_TF_CAP))
          speech = true;
        break;
      }
    /* "Compiled by NAME", "Reporting by NAME": a credit line names a person */
    if (!cd.strong && cd.words >= 2 && i >= 2 && ng_tok_is(c, i - 1, "by") &&
        same_sent(c, i - 2, i) &&
        tok_in(c, i - 2, credit_words))
      cd.strong = true;
    /* "MARCUS LEE: ..." opening paragraphs of a transcript, the surname
     * opening another one ("LEE: ..."): a speaker's label */
    if (!cd.strong && cd.words >= 2 && cd.words <= 3 && is_punct(c, speaker_tag_colon(c, e), ':') &&
        tag_start(c, i) && (c->tk.tok[e - 1].flags & NG_TF_ALLCAPS) && caps_name_ok(c, i, e)) {
      size_t ln;
      const char *last = ng_tok_text(c, e - 1, &ln);
      for (size_t k = e + 1; k + 1 < c->tk.n && !cd.strong; k++) {
        if (!tag_start(c, k)) continue;
        size_t n2;
        const char *w = ng_tok_text(c, k, &n2);
        if (n2 == ln && !memcmp(w, last, ln) && is_punct(c, speaker_tag_colon(c, k + 1), ':'))
          cd.strong = true;
        /* (or the whole name again: "TOMAS VERNIER: ...") */
        size_t q = 0;
        while (q < e - i && k + q < c->tk.n) {
          size_t a, b;
          const char *x = ng_tok_text(c, i + q, &a), *y = ng_tok_text(c, k + q, &b);
          if (a != b || memcmp(x, y, a)) break;
          q++;
        }
        if (q == e - i && is_punct(c, speaker_tag_colon(c, k + q), ':')) cd.strong = true;
      }
    }
    /* "GRACE ROE (Green) to the Minister of Defence: ...": a Hansard's
     * question put by a member, named in capitals with the party; and
     * "Grace Roe: ..." twice opening paragraphs, the member's supplementaries */
    /* (after the question's number: "1. GRACE ROE (Green) to ...") */
    bool numbered = i >= 2 && c->tk.tok[i - 2].type == NG_TOK_NUM && is_punct(c, i - 1, '.') &&
                    (c->tk.tok[i - 2].flags & NG_TF_PARA_START);
    if (!cd.strong && cd.words >= 2 && cd.words <= 3 && (tag_start(c, i) || numbered) &&
        caps_name_ok(c, i, e)) {
      if ((c->tk.tok[e - 1].flags & NG_TF_ALLCAPS) && is_punct(c, e, '(')) {
        size_t k = e + 1;
        while (k < c->tk.n && k <= e + 5 && !is_punct(c, k, ')') && same_sent(c, e, k)) k++;
        if (is_punct(c, k, ')') && ng_tok_is(c, k + 1, "to") && ng_tok_is_ci(c, k + 2, "the"))
          for (size_t q = k + 3; q < c->tk.n && q <= k + 12 && same_sent(c, e, q) && !cd.strong; q++)
            cd.strong = is_punct(c, q, ':');
      } else if (is_punct(c, e, ':') && !(c->tk.tok[e - 1].flags & NG_TF_ALLCAPS)) {
        for (size_t k = e + 1; k + (e - i) < c->tk.n && !cd.strong; k++) {
          if (!tag_start(c, k)) continue;
          size_t q = 0;
          while (q < e - i) {
            size_t a, b;
            const char *x = ng_tok_text(c, i + q, &a), *y = ng_tok_text(c, k + q, &b);
            if (a != b || memcmp(x, y, a)) break;
            q++;
          }
          cd.strong = q == e - i && is_punct(c, k + q, ':');
        }
      }
    }
    /* a signature: "PERCY ROE" alone on its line in capitals over his
     * office alone on the next ("Director General") */
    if (!cd.strong && cd.words >= 2 && cd.words <= 3 && (c->tk.tok[i].flags & NG_TF_LINE_START) &&
        (c->tk.tok[e - 1].flags & NG_TF_ALLCAPS) && e < c->tk.n &&
        (c->tk.tok[e].flags & NG_TF_LINE_START) && caps_name_ok(c, i, e)) {
      const ng_mention *tm = mention_at(c, e);
      cd.strong = tm && tm->kind == NG_M_TITLE && tm->t0 == e && strcmp(tm->scope, "honorific") &&
                  (tm->t1 >= c->tk.n || (c->tk.tok[tm->t1].flags & NG_TF_LINE_START));
    }
    /* "QUESTION (Lucia Paredes, Andes Radio): ...": a briefing transcript
     * names the reporter who asks (a name alone in the brackets may be the
     * outlet's: "QUESTION (Andes Radio):") */
    if (!cd.strong && cd.words >= 2 && i >= 2 && is_punct(c, i - 1, '(') &&
        (c->tk.tok[i - 2].flags & NG_TF_PARA_START) &&
        tok_in(c, i - 2, (const char *const[]){"question", "q", "reporter", "journalist",
                                               "correspondent", NULL}) &&
        is_punct(c, e, ','))
      cd.strong = true;
    /* "NAME was sworn in as X's defence minister": a post told with a verb
     * (copula_posts adds it) */
    if (!cd.strong && cd.words >= 2 && copula_title(c, i, e) >= 0) cd.strong = true;
    /* "appointed NAME as the new defence minister" */
    if (!cd.strong && cd.words >= 2 && i > 0 && same_sent(c, i - 1, e) &&
        tok_in(c, i - 1, (const char *const[]){"appointed", "named", "nominated", "appoints",
                                               "names", "appointing", "naming", NULL}) &&
        ng_tok_is(c, e, "as")) {
      size_t t = e + 1;
      if (ng_tok_is(c, t, "the") || ng_tok_is(c, t, "a") || ng_tok_is(c, t, "an")) t++;
      const ng_mention *om = mention_at(c, t);
      if (om && om->kind != NG_M_TITLE && om->kind != NG_M_PERSON) {
        t = om->t1;
        if (is_possessive(c, t)) t++;
      }
      if (tok_in(c, t, tenure_words)) t++;
      const ng_mention *tm = mention_at(c, t);
      if (tm && tm->kind == NG_M_TITLE && tm->t0 == t && !tm->plural && same_sent(c, i, t) &&
          strcmp(tm->scope, "honorific") && strcmp(tm->scope, "rank")) {
        cd.strong = true;
        cd.title_m = c->tok_m[t];
      }
    }
    /* "Anna Weber-Rossi, Basel" in a paragraph of its own after a
     * paragraph's last sentence: a letter's or a column's signature, the
     * writer and her town (a known one) */
    if (!cd.strong && cd.words >= 2 && cd.words <= 4 && i > 0 &&
        (c->tk.tok[i].flags & NG_TF_PARA_START) &&
        (is_punct(c, i - 1, '.') || is_punct(c, i - 1, '!') || is_punct(c, i - 1, '?') ||
         c->tk.tok[i - 1].type == NG_TOK_QUOTE) &&
        e + 1 < c->tk.n && is_punct(c, e, ',') && !(c->tk.tok[e + 1].flags & NG_TF_LINE_START) &&
        is_cap(c, e + 1)) {
      const ng_mention *pm = mention_at(c, e + 1);
      size_t pe = pm ? pm->t1 : e + 2;
      if (pm && (pm->kind == NG_M_PLACE || pm->kind == NG_M_CAPITAL_GOV) &&
          (pe >= c->tk.n || (c->tk.tok[pe].flags & NG_TF_LINE_START)) &&
          !head_class(c, e - 1, &(ng_org_class){0}))
        cd.strong = true;
    }
    /* "Page editor: Sabine Keller.", "Media contact:" over "Kerem Yilmaz"
     * alone on its line: a name after a role's label */
    if (!cd.strong && cd.words >= 2 && cd.words <= 3 && i >= 2 && is_punct(c, i - 1, ':') &&
        (e >= c->tk.n || is_punct(c, e, '.') || (c->tk.tok[e].flags & NG_TF_LINE_START))) {
      const ng_mention *lm = mention_at(c, i - 2);
      if (lm && lm->kind == NG_M_TITLE && !lm->plural && strcmp(lm->scope, "honorific") &&
          strcmp(lm->scope, "rank") && same_sent(c, i - 2, i) && !(c->tk.tok[i].flags & NG_TF_LINE_START))
        cd.strong = true;
      if ((c->tk.tok[i].flags & NG_TF_LINE_START) &&
          tok_in(c, i - 2, (const char *const[]){"contact", "Contact", "CONTACT", "contacts",
                                                 "Contacts", NULL}))
        cd.strong = true;
    }
    /* "— Lena Holt (@lenaholt)": an embedded post's author, a name with its
     * account (not a body's: "Harbour Radio (@harbourfm)") */
    if (!cd.strong && cd.words >= 2 && cd.words <= 4 && e + 3 < c->tk.n &&
        is_punct(c, e, '(') && is_punct(c, e + 1, '@') && glued(c, e + 2) &&
        is_punct(c, e + 3, ')') && !head_class(c, e - 1, &(ng_org_class){0}) &&
        !tok_is_a(c, e - 1, WC_MEDIA))
      cd.strong = true;
    /* "Lena Holt, 47, said": an age in apposition follows a person */
    if (!cd.strong && cd.words >= 2 && is_punct(c, e, ',') && e + 2 < c->tk.n &&
        c->tk.tok[e + 1].type == NG_TOK_NUM && c->tk.tok[e + 1].e - c->tk.tok[e + 1].b <= 3 &&
        is_punct(c, e + 2, ','))
      cd.strong = true;
    /* "Marta Ozola, who runs ...": a relative "who" follows a person */
    if (!cd.strong && cd.words >= 2 && is_punct(c, e, ',') && ng_tok_is(c, e + 1, "who"))
      cd.strong = true;
    /* "Nina Holt, a senior fellow at ...": a researcher's post in apposition;
   * "Jon Berg, a member of the finance committee, said": a seat held */
    if (!cd.strong && cd.words >= 2 && is_punct(c, e, ',') &&
        (ng_tok_is(c, e + 1, "a") || ng_tok_is(c, e + 1, "an")))
      for (size_t k = e + 2; k <= e + 3 && k + 1 < c->tk.n && same_sent(c, e, k + 1); k++)
        if (tok_in(c, k, (const char *const[]){"fellow", "researcher", "analyst", "professor",
                                               "lecturer", "scholar", "economist", "member",
                                               NULL}) &&
            tok_in(c, k + 1, (const char *const[]){"at", "with", "of", "from", NULL}))
          cd.strong = true;
    /* "Ama Osei, a nurse at the clinic,": an occupation in apposition */
    if (!cd.strong && cd.words >= 2 && is_punct(c, e, ',') &&
        (ng_tok_is(c, e + 1, "a") || ng_tok_is(c, e + 1, "an")))
      for (size_t k = e + 2; k <= e + 3 && k + 1 < c->tk.n && same_sent(c, e, k + 1); k++)
        if (tok_in(c, k, (const char *const[]){"nurse", "doctor", "surgeon", "midwife", "teacher",
                                               "student", "lawyer", "farmer", "trader",
                                               "shopkeeper", "pilot", "engineer", "volunteer",
                                               "pharmacist", "resident", "worker", NULL}) &&
            tok_in(c, k + 1, (const char *const[]){"at", "in", "of", "with", "from", NULL}))
          cd.strong = true;
    /* "NAME, her Finnish counterpart,": a counterpart in apposition */
    if (!cd.strong && cd.words >= 2 && is_punct(c, e, ',') &&
        tok_in(c, e + 1, (const char *const[]){"his", "her", "their", "its", NULL})) {
      size_t k = e + 2;
      if (mention_at(c, k) && mention_at(c, k)->kind == NG_M_DEMONYM) k = mention_at(c, k)->t1;
      if (same_sent(c, e, k) && tok_in(c, k, (const char *const[]){"counterpart", "counterparts",
                                                                   NULL}))
        cd.strong = true;
    }
    /* "A of Iran, B of Jordan and C of Turkey met": names of a list, each
     * with its country, in a sentence that tells of a meeting */
    if (!cd.strong && cd.words >= 2 && ng_tok_is(c, e, "of") && mention_at(c, e + 1) &&
        mention_at(c, e + 1)->kind == NG_M_COUNTRY) {
      size_t k = mention_at(c, e + 1)->t1;
      bool listed = is_punct(c, k, ',') || ng_tok_is(c, k, "and") ||
                    (i >= 2 && (is_punct(c, i - 1, ',') || ng_tok_is(c, i - 1, "and")) &&
                     mention_at(c, i - 2) && mention_at(c, i - 2)->kind == NG_M_COUNTRY);
      bool meet = false;
      uint32_t sn = c->tk.tok[i].sent;
      for (size_t t = c->tk.sent[sn].first; t < c->tk.sent[sn].end && !meet; t++)
        meet = (c->trig[t] & NG_TR_MEET) != 0;
      if (listed && meet) cd.strong = true;
    }
    /* "my colleague NAME", "her brother NAME": a relation of someone named */
    if (!cd.strong && cd.words >= 2 && i >= 2 && same_sent(c, i - 2, i) &&
        tok_in(c, i - 2, (const char *const[]){"my", "his", "her", "our", "their", NULL}) &&
        tok_in(c, i - 1, (const char *const[]){"colleague", "friend", "wife", "husband", "son",
                                               "daughter", "brother", "sister", "father",
                                               "mother", "uncle", "aunt", "cousin", "neighbour",
                                               "neighbor", "predecessor", "successor", NULL}))
      cd.strong = true;
    /* "an armed group led by NAME" */
    if (!cd.strong && cd.words >= 2 && i >= 2 && ng_tok_is(c, i - 1, "by") &&
        same_sent(c, i - 2, i) &&
        tok_in(c, i - 2, (const char *const[]){"led", "headed", "founded", NULL}))
      cd.strong = true;
    /* "the Governor of the Far North Region, NAME,": a title and what it
     * is of, then the name in apposition */
    if (!cd.strong && cd.words >= 2 && i >= 4 && is_punct(c, i - 1, ',') && same_sent(c, i - 1, e) &&
        (is_punct(c, e, ',') || is_punct(c, e, '.'))) {
      size_t k = i - 1; /* the comma */
      while (k > 0 && i - k < 12 && same_sent(c, k - 1, i)) {
        const ng_mention *m = mention_at(c, k - 1);
        if (m && (m->kind == NG_M_PLACE || m->kind == NG_M_COUNTRY || m->kind == NG_M_CAPITAL_GOV ||
                  m->kind == NG_M_ORG)) {
          k = m->t0;
          continue;
        }
        if (!m && ((is_cap(c, k - 1) && c->tk.tok[k - 1].type == NG_TOK_WORD) ||
                   tok_in(c, k - 1, (const char *const[]){"of", "the", "for", "and", NULL}))) {
          k--;
          continue;
        }
        break;
      }
      const ng_mention *t = k > 0 ? mention_at(c, k - 1) : NULL;
      if (t && t->kind == NG_M_TITLE && k < i - 1 && tok_in(c, k, (const char *const[]){"of", "for", NULL}) &&
          strcmp(t->scope, "honorific"))
        cd.strong = true;
    }
    /* "Defence ministers Bakhshaliyev and Bregvadze signed": two surnames
     * listed right after a plural title */
    if (!cd.strong && cd.words == 1) {
      size_t a = i;
      if (i >= 3 && ng_tok_is(c, i - 1, "and") && is_cap(c, i - 2) && c->tok_m[i - 2] < 0 &&
          same_sent(c, i - 2, i))
        a = i - 2;
      const ng_mention *pt = a > 0 ? mention_at(c, a - 1) : NULL;
      bool pair = a < i || (ng_tok_is(c, e, "and") && e + 1 < c->tk.n && is_cap(c, e + 1) &&
                            c->tok_m[e + 1] < 0 && same_sent(c, e, e + 1) &&
                            !is_cap(c, e + 2));
      if (pt && pt->kind == NG_M_TITLE && pt->plural && pt->t1 == a && pair &&
          strcmp(pt->scope, "honorific") && !is_nonname(c, i))
        cd.strong = true;
    }
    /* "Ryu Pyong-il", "Ha Thi Lien": a name's own shape; "the visiting
     * coach, NAME,": a role in apposition */
    if (!cd.strong && cd.words >= 2 && cd.words <= 4 &&
        (name_shape(c, i, e) || role_before(c, i, e)))
      cd.strong = true;
    /* a full name opening a sentence before a word in lower case ("Dana
     * Okoro does not ..."), or after a country's possessive ("Chad's Dana
     * Okoro"): kept as its surname's antecedent */
    if (!cd.strong && !speech && cd.words >= 2 && cd.words <= 3 &&
        ((c->tk.tok[i].flags & NG_TF_SENT_START || after_dateline(c, i)) && e < c->tk.n &&
         same_sent(c, i, e) &&
         c->tk.tok[e].type == NG_TOK_WORD && !(c->tk.tok[e].flags & NG_TF_CAP) &&
         !tok_in(c, e, (const char *const[]){"of", "and", "or", "in", "on", "at", "for", "to",
                                             "from", "with", "by", "de", "del", "da", NULL})))
      cd.subject = true;
    if (!cd.strong && !speech && cd.words >= 2 && cd.words <= 3 && i >= 2 &&
        is_possessive(c, i - 1) && country_at(c, i - 2) >= 0)
      cd.subject = true;
    if (!cd.strong && !speech) {
      /* a full name with no evidence yet: kept in case its surname alone
       * speaks later ("Ruth Adams ... Adams said") */
      if (cd.words >= 2 && cd.words <= 3) {
        cd.weak = true;
        cs = ng_xgrow(cs, nc, sizeof *cs);
        cs[nc++] = cd;
      }
      i = e - 1;
      continue;
    }
    /* single capitalized word beside a speech verb at a sentence start is
     * too weak ("Officials said" is caught by nonnames; "Moscow said" by the
     * gazetteer) -- keep it, it may be a surname seen in full elsewhere */
    cs = ng_xgrow(cs, nc, sizeof *cs);
    cs[nc++] = cd;
    i = e - 1;
  }
  /* multi-word names first, so single surnames attach to them */
  for (int pass = 0; pass < 2; pass++) {
    for (size_t k = 0; k < nc; k++) {
      size_t words = cs[k].words;
      if ((pass == 0) != (words >= 2)) continue;
      if (!free_range(c, cs[k].t0, cs[k].t1)) continue;
      if (cs[k].weak && !surname_speaks(c, cs, nc, &cs[k]) &&
          !(cs[k].subject && (surname_recurs(c, &cs[k]) || pronoun_speaks_after(c, &cs[k]))) &&
          !surname_has_office(c, &cs[k], office, n_office))
        continue;
      if (pass == 1 && !cs[k].strong) {
        /* speech-verb-only single word: only a surname already known */
        phrase(c, cs[k].t0, cs[k].t1, &p);
        int pe = person_by_surname(c, p.data, p.len);
        if (pe < 0) pe = person_by_middle(c, p.data, p.len);
        if (pe < 0) continue;
      }
      int ent = make_person(c, cs[k].t0, cs[k].t1);
      int o1 = cs[k].owner, o2 = -1;
      if (cs[k].joint) {
        if (o1 < 0) o1 = post_owner_any(c, cs[k].title_m);
        o2 = post_owner_any(c, cs[k].title2_m);
        if (o1 < 0) o1 = o2;
        if (o2 < 0) o2 = o1;
      }
      if (cs[k].title_m >= 0) add_post(c, ent, cs[k].title_m, o1);
      if (cs[k].title2_m >= 0) add_post(c, ent, cs[k].title2_m, o2);
    }
  }
  /* later short mentions: any free capitalized word equal to a known surname
   * (or to the family name written first: "Kim Sung-min" ... "Kim said") */
  /* (no entity is added in this loop, so a word's person depends on the
   * word alone: each distinct word is asked once, "The" and "But" too) */
  enum { MEMO = 64 };
  struct {
    const char *s; /* NULL: empty */
    size_t n;
    int ent;
  } memo[MEMO];
  memset(memo, 0, sizeof memo);
  for (size_t i = cap_at(c, next_cap, 0); i < c->tk.n; i = cap_at(c, next_cap, i + 1)) {
    if (!is_cap(c, i) || c->tok_m[i] >= 0) continue;
    /* a double-barrelled surname: "Dlamini-Mthembu" after "Thandi Dlamini-Mthembu" */
    if (i + 2 < c->tk.n && is_punct(c, i + 1, '-') && glued(c, i + 1) && glued(c, i + 2) &&
        is_cap(c, i + 2) && c->tok_m[i + 1] < 0 && c->tok_m[i + 2] < 0 &&
        !(i + 3 < c->tk.n && glued(c, i + 3) && c->tk.tok[i + 3].type == NG_TOK_PUNCT &&
          is_punct(c, i + 3, '-'))) {
      phrase(c, i, i + 3, &p);
      int pe = person_by_surname(c, p.data, p.len);
      if (pe >= 0 && strchr(c->f->ent[pe].label, ' ')) {
        ng_buf w;
        ng_buf_init(&w);
        ng_utf8_fold(&w, p.data, p.len);
        surname_of(c->f->ent[pe].label, &p);
        if (!strcmp(w.data, p.data)) add_mention(c, (uint32_t)i, (uint32_t)i + 3, NG_M_PERSON, pe, -1);
        ng_buf_free(&w);
        if (c->tok_m[i] >= 0) {
          i += 2;
          continue;
        }
      }
    }
    size_t n;
    const char *s = ng_tok_text(c, i, &n);
    uint32_t h = 2166136261u; /* FNV-1a */
    for (size_t k = 0; k < n; k++) h = (h ^ (unsigned char)s[k]) * 16777619u;
    size_t slot = (h ^ h >> 16) & (MEMO - 1);
    int ent = -1;
    if (memo[slot].s && memo[slot].n == n && !memcmp(memo[slot].s, s, n)) {
      ent = memo[slot].ent;
    } else {
      int pe;
      ent = family_first(c, s, n, &pe);
      if (ent < 0 && pe >= 0 && strchr(c->f->ent[pe].label, ' ')) {
        surname_of(c->f->ent[pe].label, &p);
        ng_buf w;
        ng_buf_init(&w);
        ng_utf8_fold(&w, s, n);
        if (!strcmp(w.data, p.data)) ent = pe;
        ng_buf_free(&w);
      }
      if (ent < 0 && pe < 0) ent = person_by_middle(c, s, n);
      memo[slot].s = s;
      memo[slot].n = n;
      memo[slot].ent = ent;
    }
    if (ent >= 0) add_mention(c, (uint32_t)i, (uint32_t)i + 1, NG_M_PERSON, ent, -1);
  }
  /* a counterpart holds the same title as the sentence's first official */
  for (size_t k = 0; k < nc; k++) {
    if (!cs[k].counterpart || c->tok_m[cs[k].t0] < 0) continue;
    int ent = c->m[c->tok_m[cs[k].t0]].ent;
    size_t s0 = c->tk.sent[c->tk.tok[cs[k].t0].sent].first, from = s0;
    /* "he and his Zambian counterpart, ...": the last official named before */
    bool own = false;
    for (size_t t = s0; t < cs[k].t0 && !own; t++) {
      const ng_mention *m = mention_at(c, t);
      own = m && m->kind == NG_M_PERSON && m->ent != ent;
    }
    if (!own) {
      bool pron = false;
      for (size_t t = s0; t < cs[k].t0 && !pron; t++)
        pron = tok_in(c, t, (const char *const[]){"he", "she", "He", "She", NULL});
      for (size_t t = s0; pron && t-- > 0 && s0 - t < 80;) {
        const ng_mention *m = mention_at(c, t);
        if (!m || m->kind != NG_M_PERSON || m->ent == ent) continue;
        from = t;
        break;
      }
    }
    for (size_t t = from; t < cs[k].t0; t++) {
      const ng_mention *m = mention_at(c, t);
      if (!m || m->kind != NG_M_PERSON || m->ent == ent) continue;
      for (size_t q = 0; q < c->f->n_post; q++)
        if (c->f->post[q].person == m->ent) {
          /* a Defence Secretary's counterpart elsewhere is a defence minister */
          const char *pt = c->f->post[q].title;
          const char *oiso = cs[k].owner >= 0 ? c->f->ent[cs[k].owner].key : NULL;
          if ((!strcmp(pt, "Defense Secretary") || !strcmp(pt, "Defence Secretary")) && oiso &&
              strcmp(oiso, "US") && strcmp(oiso, "GB"))
            pt = "Defense Minister";
          add_post_title(c, ent, pt, cs[k].owner);
          break;
        }
      break;
    }
  }
  free(cs);
  ng_buf_free(&p);
  copula_posts(c);
  tidy_posts(c);
}

/* The country of a wire-style dateline opening one of the first paragraphs
 * ("WELLINGTON, 2 June (Agency) -", "GUATEMALA CITY --", "Kigali, 3 May
 * 2026 -"), when the document names that country too: its entity, or -1. */
static int dateline_country(const ng_ctx *c, size_t before) {
  static const char *const months[] = {"January", "February", "March", "April", "May", "June",
                                       "July", "August", "September", "October", "November",
                                       "December", "Jan.", "Feb.", "Aug.", "Sept.", "Sep.",
                                       "Oct.", "Nov.", "Dec.", NULL};
  ng_buf b;
  ng_buf_init(&b);
  int found = -1;
  size_t paras = 0;
  for (size_t i = 0; i < c->tk.n && i < before; i++) {
    if (i > 0 && c->tk.tok[i].para == c->tk.tok[i - 1].para) continue;
    /* the opening paragraphs, or a section's ("2. HEADING" / "NOUAKCHOTT, June 9 -") */
    if (++paras > 12 && !(i >= 1 && (c->tk.tok[i - 1].flags & NG_TF_ALLCAPS)))
      continue;
    size_t k = i;
    bool caps = true;
    while (k < c->tk.n && k - i < 4 && is_cap(c, k) && c->tk.tok[k].para == c->tk.tok[i].para) {
      if (!(c->tk.tok[k].flags & NG_TF_ALLCAPS)) caps = false;
      k++;
    }
    if (k == i) continue;
    /* "NEW DELHI" alone on its line between the byline and the report, as
     * South Asian dailies set it: a capital's or a city's name only (a
     * country's alone is a section's label) */
    bool alone = caps && (k >= c->tk.n || c->tk.tok[k].para != c->tk.tok[i].para);
    if (!alone && (k >= c->tk.n || c->tk.tok[k].type != NG_TOK_PUNCT)) continue;
    size_t pn = 0;
    const char *pt = alone ? "" : ng_tok_text(c, k, &pn);
    bool comma = pn == 1 && pt[0] == ',';
    bool dash = (pn == 1 && (pt[0] == '-' || pt[0] == '(')) ||
                (pn == 3 && !memcmp(pt, "\xE2\x80", 2) && ((unsigned char)pt[2] == 0x93 ||
                                                           (unsigned char)pt[2] == 0x94));
    /* "DAR ES SALAAM. Tanzania has granted ...": a city's name in capitals
     * and a full stop, as East African papers set it (not a country's: a
     * label) */
    bool stop = caps && pn == 1 && pt[0] == '.' && k + 1 < c->tk.n && is_cap(c, k + 1) &&
                c->tk.tok[k + 1].para == c->tk.tok[k].para;
    if (!comma && !dash && !alone && !stop) continue;
    /* "FREETOWN, 1999" alone on its line heads a part of a life or a
     * history, not a report from there */
    if (comma && k + 1 < c->tk.n && c->tk.tok[k + 1].type == NG_TOK_NUM &&
        c->tk.tok[k + 1].e - c->tk.tok[k + 1].b == 4 && c->tk.tok[k + 1].para == c->tk.tok[k].para &&
        (k + 2 >= c->tk.n || c->tk.tok[k + 2].para != c->tk.tok[k].para))
      continue;
    /* a place in mixed case opens a dateline only before its date */
    if (!caps && !(comma && (c->tk.tok[k + 1 < c->tk.n ? k + 1 : k].type == NG_TOK_NUM ||
                             tok_in(c, k + 1, months))))
      continue;
    ng_buf_clear(&b);
    for (size_t t = i; t < k; t++) {
      size_t n;
      const char *w = ng_tok_text(c, t, &n);
      if (t > i) ng_buf_addc(&b, ' ');
      size_t at = b.len;
      bool ascii = true;
      for (size_t q = 0; q < n && ascii; q++) ascii = (unsigned char)w[q] < 0x80;
      if (caps && !ascii) { /* ("SAN JOSÉ": the gazetteer has the name without accents too) */
        ng_utf8_fold(&b, w, n);
        if (b.data[at] >= 'a' && b.data[at] <= 'z') b.data[at] = (char)(b.data[at] - 'a' + 'A');
      } else {
        ng_buf_add(&b, w, n);
      }
      if (!caps) continue;
      for (size_t q = at + 1; q < b.len; q++)
        if (b.data[q] >= 'A' && b.data[q] <= 'Z') b.data[q] = (char)(b.data[q] - 'A' + 'a');
      if (t > i && (tok_in(c, t, (const char *const[]){"of", "de", "la", "el", "es", "do", "da",
                                                        "du", "des", "del", NULL})))
        b.data[at] = (char)(b.data[at] - 'A' + 'a');
    }
    const char *iso = NULL;
    for (const ng_lex_entry *e = ng_lexicon_lookup(c->lex, b.data, b.len); e && !iso; e = e->next) {
      if (e->kind == NG_LEX_CAPITAL || (e->kind == NG_LEX_COUNTRY && !alone && !stop)) iso = e->key;
      else if (e->kind == NG_LEX_CITY) iso = e->country;
    }
    if (alone) {
      if (iso) found = ng_ent_find(c, NG_ENT_COUNTRY, iso);
      continue;
    }
    /* "BUNIA, Democratic Republic of the Congo -" */
    if (!iso && caps && comma) {
      const ng_mention *m = mention_at(c, k + 1);
      if (m && m->kind == NG_M_COUNTRY && m->country >= 0) iso = c->f->ent[m->country].key;
    }
    /* a later dateline replaces an earlier one, even one of an unknown place
     * ("MALÉ, June 8 -") */
    bool dated = comma && (c->tk.tok[k + 1 < c->tk.n ? k + 1 : k].type == NG_TOK_NUM ||
                           tok_in(c, k + 1, months));
    if (!iso && dated) found = -1;
    if (!iso) continue;
    found = ng_ent_find(c, NG_ENT_COUNTRY, iso);
  }
  ng_buf_free(&b);
  return found;
}

int ng_dateline_country(const ng_ctx *c) { return dateline_country(c, c->tk.n); }

/* True if the words of A appear in B in order ("Minister" in "Defense
 * Minister", "Deputy Minister" in "Deputy Defense Minister"). */
static bool title_within(const char *a, const char *b) {
  const char *p = b;
  while (*a) {
    size_t n = strcspn(a, " ");
    for (;;) {
      if (!*p) return false;
      size_t m = strcspn(p, " ");
      bool hit = m == n && !strncmp(p, a, n);
      p += m;
      while (*p == ' ') p++;
      if (hit) break;
    }
    a += n;
    while (*a == ' ') a++;
  }
  return true;
}

/* A post a dateline may place: a government's, or a spokesperson's. */
static bool dateline_title(const ng_ctx *c, const char *title) {
  if (!strcmp(title, "Spokesperson")) return true;
  /* (a portfolio as written: "Minister of Homeland Security", "Foreign
   * Trade Minister") */
  size_t n = strlen(title);
  if (!strncmp(title, "Minister of ", 12) || !strncmp(title, "Minister for ", 13) ||
      (n > 9 && !strcmp(title + n - 9, " Minister")))
    return true;
  char low[96];
  if (n >= sizeof low) return false;
  for (size_t k = 0; k < n; k++)
    low[k] = title[k] >= 'A' && title[k] <= 'Z' ? (char)(title[k] - 'A' + 'a') : title[k];
  const ng_lex_entry *e = find_kind(ng_lexicon_lookup(c->lex, low, n), NG_LEX_TITLE);
  return e && e->sub && !strcmp(e->sub, "gov");
}

/* The ISO code of the country a post belongs to (directly or through its
 * organization), or NULL. */
static const char *post_iso(const ng_ctx *c, int of) {
  if (of < 0) return NULL;
  const ng_entity *e = &c->f->ent[of];
  return e->kind == NG_ENT_COUNTRY ? e->key : e->country;
}

/* "Foreign Secretary" (see add_post) stays so in the South Asian states
 * whose foreign ministries have one under the minister, and in the United
 * Kingdom, whose foreign minister is called so (as its "Defence Secretary"
 * keeps its title); it is the foreign minister anywhere else; ALL: also when
 * the country is still unknown. */
/* The South Asian states whose civil servants hold secretaries' titles
 * (a "Foreign Secretary" under the minister). */
static const char *const civil_secretaries[] = {"IN", "PK", "BD", "LK", "NP", "BT", NULL};

static void foreign_secretaries(ng_ctx *c, size_t from, bool all) {
  for (size_t i = from; i < c->f->n_post; i++) {
    ng_post *a = &c->f->post[i];
    if (strcmp(a->title, "Foreign Secretary")) continue;
    const char *iso = post_iso(c, a->of);
    bool keep = iso && !strcmp(iso, "GB");
    for (size_t k = 0; iso && civil_secretaries[k]; k++) keep |= !strcmp(iso, civil_secretaries[k]);
    if (keep || (!iso && !all)) continue;
    free(a->title);
    a->title = ng_xstrdup("Foreign Minister");
  }
}

/* One person's posts in one document, tidied: "Minister Castellano" after
 * "Spain's Minister of Foreign Affairs, Rosa Castellano" is no second
 * post; a post named again without its country is the same post; a
 * government post with no country at all, in a datelined report, is the
 * dateline country's ("WELLINGTON - Defence Minister NAME said"). */
/* The country of a press statement's letterhead: one of the first
 * paragraphs, before token BEFORE, all in capitals, opening with the word
 * of a government body and naming one country ("MINISTRY OF DEFENCE OF X",
 * "MINISTRY OF FOREIGN AFFAIRS X"); else -1. */
static int letterhead_country(const ng_ctx *c, size_t before) {
  for (size_t i = 0; i < before && i < c->tk.n && c->tk.tok[i].para <= 3; i++) {
    if (i > 0 && c->tk.tok[i].para == c->tk.tok[i - 1].para) continue;
    if (!(c->tk.tok[i].flags & NG_TF_ALLCAPS) || !tok_in(c, i, gov_heads)) continue;
    int found = -1;
    size_t k = i;
    for (; k < c->tk.n && c->tk.tok[k].para == c->tk.tok[i].para && k - i < 12; k++) {
      if (c->tk.tok[k].type == NG_TOK_WORD && !(c->tk.tok[k].flags & NG_TF_ALLCAPS)) break;
      /* (names in capitals are not in the gazetteer's exact case) */
      size_t n;
      const char *w = ng_tok_text(c, k, &n);
      char tc[32];
      if (c->tk.tok[k].type != NG_TOK_WORD || n < 3 || n >= sizeof tc) continue;
      for (size_t q = 0; q < n; q++)
        tc[q] = q > 0 && w[q] >= 'A' && w[q] <= 'Z' ? (char)(w[q] - 'A' + 'a') : w[q];
      const ng_lex_entry *e = find_kind(ng_lexicon_lookup(c->lex, tc, n), NG_LEX_COUNTRY);
      int ce = e ? ng_ent_find(c, NG_ENT_COUNTRY, e->key) : -1;
      if (ce >= 0) {
        if (found >= 0 && found != ce) break;
        found = ce;
      }
    }
    if (found >= 0 && (k >= c->tk.n || c->tk.tok[k].para != c->tk.tok[i].para)) return found;
  }
  return -1;
}

/* The country a report's section is about: the last heading before token
 * BEFORE, a line of at most four words all in capitals, when it is a
 * country's name ("MOLDOVA" over the paragraphs on Moldova in a press
 * review or a roundup); a heading of anything else ends it. -1 if none. */
static int section_country(const ng_ctx *c, size_t before) {
  int found = -1;
  char tc[64];
  for (size_t i = 0; i < before && i < c->tk.n; i++) {
    if (i > 0 && c->tk.tok[i].para == c->tk.tok[i - 1].para) continue;
    if (!(c->tk.tok[i].flags & NG_TF_ALLCAPS)) continue;
    size_t k = i, len = 0;
    bool words = true;
    for (; k < c->tk.n && c->tk.tok[k].para == c->tk.tok[i].para; k++) {
      size_t n;
      const char *w = ng_tok_text(c, k, &n);
      if (c->tk.tok[k].type != NG_TOK_WORD || !(c->tk.tok[k].flags & NG_TF_ALLCAPS) || k - i >= 4 ||
          len + n + 1 >= sizeof tc) {
        words = false;
        break;
      }
      if (len) tc[len++] = ' ';
      for (size_t q = 0; q < n; q++)
        tc[len + q] = q > 0 && w[q] >= 'A' && w[q] <= 'Z' ? (char)(w[q] - 'A' + 'a') : w[q];
      len += n;
    }
    if (!words) {
      /* a diary's heading "WEDNESDAY 19 JUNE — CAPITAL": the capital after
       * the dash at its end (words, numbers and the dash only, in capitals) */
      size_t dash = 0, q = i;
      for (; q < c->tk.n && c->tk.tok[q].para == c->tk.tok[i].para && q - i < 12; q++) {
        const ng_token *t = &c->tk.tok[q];
        if (t->type == NG_TOK_NUM || (t->type == NG_TOK_WORD && (t->flags & NG_TF_ALLCAPS)))
          continue;
        if (q > i && (list_dash(c, q) || is_punct(c, q, '-')) && (t->flags & NG_TF_SPACE_BEFORE)) {
          dash = q;
          continue;
        }
        break;
      }
      /* (a line of its own, or one a hard-wrapped text ran on into its
       * first sentence: "... — QUITO Ecuador's ...") */
      if (!dash || q >= before || q - dash < 2 || q - dash > 4 ||
          (q < c->tk.n && c->tk.tok[q].para == c->tk.tok[i].para &&
           !(c->tk.tok[q].type == NG_TOK_WORD && (c->tk.tok[q].flags & NG_TF_CAP))))
        continue;
      len = 0;
      for (size_t t = dash + 1; t < q && len + 24 < sizeof tc; t++) {
        size_t n;
        const char *w = ng_tok_text(c, t, &n);
        if (n + len + 1 >= sizeof tc || c->tk.tok[t].type != NG_TOK_WORD) {
          len = 0;
          break;
        }
        if (len) tc[len++] = ' ';
        for (size_t r = 0; r < n; r++)
          tc[len + r] = r > 0 && w[r] >= 'A' && w[r] <= 'Z' ? (char)(w[r] - 'A' + 'a') : w[r];
        len += n;
      }
      if (!len) continue;
      const ng_lex_entry *chain = ng_lexicon_lookup(c->lex, tc, len);
      const ng_lex_entry *e = find_kind(chain, NG_LEX_CAPITAL);
      const char *iso = e ? (e->country ? e->country : e->key) : NULL;
      if (!iso && (e = find_kind(chain, NG_LEX_COUNTRY))) iso = e->key;
      found = iso ? ng_ent_find(c, NG_ENT_COUNTRY, iso) : -1;
      continue;
    }
    /* only a heading: a line of its own, before more of the report */
    if (k >= before) continue;
    const ng_lex_entry *e = find_kind(ng_lexicon_lookup(c->lex, tc, len), NG_LEX_COUNTRY);
    found = e ? ng_ent_find(c, NG_ENT_COUNTRY, e->key) : -1;
  }
  return found;
}

/* The country of a local outlet's masthead: one of the first two lines,
 * before token BEFORE, all in capitals, ending with a dash or bar and the
 * outlet's city ("RADIO X 96.3 FM - CITY", "THE X TIMES | CITY"), when the
 * document names that city's country: its entity, or -1. */
static int masthead_country(const ng_ctx *c, size_t before) {
  ng_buf b;
  ng_buf_init(&b);
  int found = -1;
  for (size_t i = 0; i < before && i < c->tk.n && c->tk.tok[i].para <= 1 && found < 0; i++) {
    if (i > 0 && c->tk.tok[i].para == c->tk.tok[i - 1].para) continue;
    size_t k = i, sep = 0;
    bool caps = true;
    for (; k < c->tk.n && c->tk.tok[k].para == c->tk.tok[i].para; k++) {
      size_t n;
      const char *w = ng_tok_text(c, k, &n);
      if (c->tk.tok[k].type == NG_TOK_WORD)
        for (size_t q = 0; q < n; q++) caps &= !(w[q] >= 'a' && w[q] <= 'z');
      else if (c->tk.tok[k].type == NG_TOK_PUNCT &&
               ((n == 1 && (w[0] == '-' || w[0] == '|')) ||
                (n == 3 && !memcmp(w, "\xE2\x80", 2) &&
                 ((unsigned char)w[2] == 0x93 || (unsigned char)w[2] == 0x94))))
        sep = k;
    }
    /* the outlet's name, the mark, then one to four words of a place */
    if (!caps || sep <= i || k - sep < 2 || k - sep > 5) continue;
    ng_buf_clear(&b);
    bool words = true;
    for (size_t t = sep + 1; t < k && words; t++) {
      size_t n;
      const char *w = ng_tok_text(c, t, &n);
      if (c->tk.tok[t].type != NG_TOK_WORD) words = false;
      if (t > sep + 1) ng_buf_addc(&b, ' ');
      size_t at = b.len;
      ng_buf_add(&b, w, n);
      for (size_t q = at + 1; q < b.len; q++)
        if (b.data[q] >= 'A' && b.data[q] <= 'Z') b.data[q] = (char)(b.data[q] - 'A' + 'a');
      if (t > sep + 1 && tok_in(c, t, (const char *const[]){"of", "de", "la", "el", "es", "do",
                                                             "da", "du", "des", "del", NULL}))
        b.data[at] = (char)(b.data[at] - 'A' + 'a');
    }
    if (!words) continue;
    const char *iso = NULL;
    for (const ng_lex_entry *e = ng_lexicon_lookup(c->lex, b.data, b.len); e && !iso; e = e->next) {
      if (e->kind == NG_LEX_CAPITAL || e->kind == NG_LEX_COUNTRY) iso = e->key;
      else if (e->kind == NG_LEX_CITY) iso = e->country;
    }
    if (iso) found = ng_ent_find(c, NG_ENT_COUNTRY, iso);
  }
  ng_buf_free(&b);
  return found;
}

/* The country of a parliament whose record the document is: one of its
 * first two lines, before token BEFORE, names a legislature and one country
 * ("Parliament of X | Written Answers", "Parlament ta' X | House of
 * Representatives"); its entity, or -1. */
static const ng_lex_entry *caps_country(const ng_ctx *c, size_t a, size_t b, ng_buf *tmp);

static int parliament_country(const ng_ctx *c, size_t before) {
  for (size_t i = 0; i < before && i < c->tk.n && c->tk.tok[i].para <= 1; i++) {
    if (i > 0 && c->tk.tok[i].para == c->tk.tok[i - 1].para) continue;
    int found = -1;
    bool parl = false, two = false;
    for (size_t k = i; k < c->tk.n && c->tk.tok[k].para == c->tk.tok[i].para && k - i < 16;
         k++) {
      static const char *const houses[] = {"Parliament", "Parlament", "Parlamento",
                                           "Representatives", "Senate", "Legislature", NULL};
      parl |= is_cap(c, k) && tok_in(c, k, houses);
      /* ("HOUSE OF REPRESENTATIVES OF X" in capitals) */
      if (!parl && (c->tk.tok[k].flags & NG_TF_ALLCAPS))
        for (size_t h = 0; houses[h] && !parl; h++) parl = ng_tok_is_ci(c, k, houses[h]);
      /* (the country alone, or in the name: "Parliament of X") */
      const ng_mention *m = mention_at(c, k);
      int ce = !m ? -1 : m->kind == NG_M_COUNTRY ? m->ent : m->kind == NG_M_ORG ? m->country : -1;
      /* ("... OF GRENADA": a name in capitals the gazetteer left) */
      if (!m && (c->tk.tok[k].flags & NG_TF_ALLCAPS) && k > i && ng_tok_is(c, k - 1, "OF")) {
        ng_buf tmp;
        ng_buf_init(&tmp);
        for (size_t b = k + 1; b <= k + 3 && b <= c->tk.n && ce < 0; b++) {
          if (b > k + 1 && !(c->tk.tok[b - 1].flags & NG_TF_ALLCAPS)) break;
          const ng_lex_entry *x = caps_country(c, k, b, &tmp);
          if (x) ce = ng_ent_find(c, NG_ENT_COUNTRY, x->key);
        }
        ng_buf_free(&tmp);
      }
      if (ce >= 0) {
        if (found >= 0 && found != ce) two = true;
        found = ce;
      }
    }
    if (parl && !two && found >= 0) return found;
  }
  return -1;
}

/* Does sentence S name a country (by name, demonym or capital, or through
 * a state's body)?  Its mention's country, -2 for two, or -1. */
static int sent_country(const ng_ctx *c, size_t s) {
  int found = -1;
  for (size_t k = 0; k < c->n_m; k++) {
    const ng_mention *m = &c->m[k];
    if (m->t0 < c->tk.sent[s].first || m->t0 >= c->tk.sent[s].end) continue;
    if (m->kind != NG_M_COUNTRY && m->kind != NG_M_DEMONYM && m->kind != NG_M_CAPITAL_GOV &&
        !(m->kind == NG_M_ORG && m->ent >= 0 && c->f->ent[m->ent].country))
      continue;
    int cy = m->country;
    if (cy < 0 && m->kind == NG_M_ORG)
      cy = ng_ent_find(c, NG_ENT_COUNTRY, c->f->ent[m->ent].country);
    if (cy < 0) continue;
    if (found >= 0 && found != cy) return -2;
    found = cy;
  }
  return found;
}

/* The country a report's sentence before token AT is about, for a post its
 * holder is named with and no country: "Lithuania began its largest drills
 * on Monday. The defence minister, NAME, said ...", "Jordan's king approved
 * a reshuffle. NAME was appointed interior minister": the sentence before,
 * in the same paragraph, opens with a country (its name, "X's", "The X")
 * and names no other, and the holder's own sentence names none. */
static int subject_country(const ng_ctx *c, size_t at) {
  size_t s = c->tk.tok[at].sent;
  if (s == 0 || c->tk.sent[s - 1].para != c->tk.sent[s].para) return -1;
  if (sent_country(c, s) != -1) return -1;
  size_t s0 = c->tk.sent[s - 1].first;
  if (ng_tok_is(c, s0, "The")) s0++;
  const ng_mention *m = mention_at(c, s0);
  if (!m || m->t0 != s0 || (m->kind != NG_M_COUNTRY && m->kind != NG_M_DEMONYM) || m->country < 0)
    return -1;
  return sent_country(c, s - 1) == m->country ? m->country : -1;
}

/* Does PERSON hold any post with a country? */
static bool has_placed_post(const ng_ctx *c, int person) {
  for (size_t j = 0; j < c->f->n_post; j++)
    if (c->f->post[j].person == person && c->f->post[j].of >= 0) return true;
  return false;
}

/* The first token of PERSON's first mention, or c->tk.n. */
static size_t first_person_mention(const ng_ctx *c, int person) {
  size_t at = c->tk.n;
  for (size_t k = 0; k < c->n_m; k++)
    if (c->m[k].kind == NG_M_PERSON && c->m[k].ent == person && c->m[k].t0 < at) at = c->m[k].t0;
  return at;
}

/* Is post A a government post of this document with no country, held by
 * one who has no post with a country either? */
static bool unplaced_gov_post(const ng_ctx *c, const ng_post *a) {
  return (size_t)a->person >= c->ent_base && a->of < 0 && dateline_title(c, a->title) &&
         !has_placed_post(c, a->person);
}

/* The document's mentions of each of its countries (indexed from
 * ent_base), by name or demonym, and by capital if CAPITALS. */
static size_t *country_counts(const ng_ctx *c, bool capitals) {
  size_t *count = ng_xcalloc(c->f->n_ent - c->ent_base, sizeof *count);
  for (size_t k = 0; k < c->n_m; k++)
    if ((c->m[k].kind == NG_M_COUNTRY || c->m[k].kind == NG_M_DEMONYM ||
         (capitals && c->m[k].kind == NG_M_CAPITAL_GOV) ||
         /* "the Mongolian People's Army" names Mongolia too */
         (c->m[k].kind == NG_M_ORG && country_word(c, c->m[k].t0))) &&
        c->m[k].country >= (int)c->ent_base)
      count[c->m[k].country - c->ent_base]++;
  return count;
}

/* The country named most in COUNT (from country_counts), SKIP aside, when
 * it is named at least MIN times and TIMES times as often as any other;
 * else -1. */
static int leading_country(const ng_ctx *c, const size_t *count, int skip, size_t min,
                           size_t times) {
  size_t best, second;
  int x = ng_count_leader(c, count, skip, &best, &second);
  return x >= 0 && best >= min && best >= times * second ? x : -1;
}

/* A government post still without a country, in a report about one
 * country, is that country's: the one it names (by name, demonym or
 * capital) at least three times and three times as often as any other.
 * Not when the holder is introduced beside a counterpart of that country. */
static void posts_by_topic(ng_ctx *c) {
  ng_facts *f = c->f;
  int topic = -2;
  for (size_t i = 0; i < f->n_post && f->n_ent > c->ent_base; i++) {
    ng_post *a = &f->post[i];
    if (!unplaced_gov_post(c, a)) continue;
    if (topic == -2) {
      size_t *count = country_counts(c, true);
      topic = leading_country(c, count, -1, 3, 3);
      free(count);
    }
    if (topic < 0) break;
    bool other = false;
    for (size_t k = 0; k < c->n_m && !other; k++) {
      if (c->m[k].kind != NG_M_PERSON || c->m[k].ent != a->person) continue;
      uint32_t sn = c->tk.tok[c->m[k].t0].sent;
      for (size_t t = c->tk.sent[sn].first; t < c->tk.sent[sn].end; t++)
        if (ng_tok_is_ci(c, t, "counterpart") && t > 0 && country_at(c, t - 1) == topic)
          other = true;
      break;
    }
    if (!other) a->of = topic;
  }
}

/* "The president's spokeswoman, NAME", "NAME, the prime minister's
 * adviser": post I, named after "the TITLE's", is of the country of the
 * one post of that title the document places (in one country only): its
 * entity, or -1. */
static int leader_country(const ng_ctx *c, size_t i) {
  const ng_facts *f = c->f;
  const ng_post *a = &f->post[i];
  for (size_t k = 0; k < c->n_m; k++) {
    const ng_mention *pm = &c->m[k];
    if (pm->kind != NG_M_PERSON || pm->ent != a->person) continue;
    uint32_t sn = c->tk.tok[pm->t0].sent;
    for (size_t t = c->tk.sent[sn].first; t < c->tk.sent[sn].end; t++) {
      const ng_mention *tm = mention_at(c, t);
      if (!tm || tm->t0 != t || tm->kind != NG_M_TITLE || !tm->title ||
          strcmp(tm->title, a->title) || t < 3 || !is_possessive(c, t - 1))
        continue;
      const ng_mention *lm = mention_at(c, t - 2);
      if (!lm || lm->kind != NG_M_TITLE || lm->plural || !lm->title || lm->t1 != t - 1 ||
          lm->t0 == 0 || !ng_tok_is_ci(c, lm->t0 - 1, "the") || !lm->scope ||
          strcmp(lm->scope, "gov"))
        continue;
      const char *iso = NULL;
      bool several = false;
      for (size_t j = 0; j < f->n_post; j++) {
        if (j == i || strcmp(f->post[j].title, lm->title) || f->post[j].of < 0) continue;
        const char *pi = post_iso(c, f->post[j].of);
        if (pi && iso && strcmp(pi, iso)) several = true;
        if (pi) iso = pi;
      }
      if (iso && !several) return ng_ent_find(c, NG_ENT_COUNTRY, iso);
    }
  }
  return -1;
}

/* Posts still without a country after the leaders' are placed (above). */
static void posts_of_the_leader(ng_ctx *c) {
  for (size_t i = 0; i < c->f->n_post; i++)
    if ((size_t)c->f->post[i].person >= c->ent_base && c->f->post[i].of < 0)
      c->f->post[i].of = leader_country(c, i);
}

/* The country PERSON is named as being of, in a mention followed by "of"
 * and a country or a country's body ("Rear Admiral NAME of the US Navy",
 * "NAME of Kenya"): its entity, or -1. */
static int affiliation_country(const ng_ctx *c, int person) {
  for (size_t k = 0; k < c->n_m; k++) {
    const ng_mention *m = &c->m[k];
    if (m->kind != NG_M_PERSON || m->ent != person || !ng_tok_is(c, m->t1, "of")) continue;
    size_t t = m->t1 + 1;
    if (ng_tok_is(c, t, "the")) t++;
    const ng_mention *o = mention_at(c, t);
    if (!o || o->t0 != t) continue;
    if ((o->kind == NG_M_COUNTRY || o->kind == NG_M_DEMONYM) && o->country >= 0) return o->country;
    if (o->kind == NG_M_ORG && o->ent >= 0 && c->f->ent[o->ent].country)
      return ng_ent_find(c, NG_ENT_COUNTRY, c->f->ent[o->ent].country);
  }
  return -1;
}

/* A government post still without a country, held by one who met an
 * official of country Y ("Foreign Minister NAME held talks with Egyptian
 * Foreign Minister NAME2"; "Defence Secretary NAME and his Estonian
 * counterpart"), is the post of the country the document is about besides
 * Y: the one it names most, at least twice and twice as often as any other
 * (reports name their own side's officials by title alone; in a story of
 * many countries the side is not known). */
void ng_posts_by_counterpart(ng_ctx *c) {
  ng_facts *f = c->f;
  size_t *count = NULL;
  for (size_t i = 0; i < f->n_post && f->n_ent > c->ent_base; i++) {
    ng_post *a = &f->post[i];
    if (!unplaced_gov_post(c, a)) continue;
    /* the country of the officials this person met */
    int other = -1;
    bool several = false;
    for (size_t e = c->ev_base; e < f->n_ev; e++) {
      const ng_event *ev = &f->ev[e];
      if (ev->kind != NG_EV_MEETING || !ng_ev_has_arg(ev, NG_ROLE_PARTICIPANT, a->person))
        continue;
      for (size_t k = 0; k < ev->n_args; k++) {
        if (ev->args[k].role != NG_ROLE_PARTICIPANT || ev->args[k].ent == a->person) continue;
        int ay = affiliation_country(c, ev->args[k].ent);
        if (ay >= 0) {
          if (other >= 0 && other != ay) several = true;
          other = ay;
        }
        for (size_t j = 0; j < f->n_post; j++) {
          if (f->post[j].person != ev->args[k].ent || f->post[j].of < 0) continue;
          const char *iso = post_iso(c, f->post[j].of);
          int y = iso ? ng_ent_find(c, NG_ENT_COUNTRY, iso) : -1;
          if (y < 0) continue;
          if (other >= 0 && other != y) several = true;
          other = y;
        }
      }
    }
    if (other < 0 || several) continue;
    if (!count) count = country_counts(c, false);
    int x = leading_country(c, count, other, 2, 2);
    if (x >= 0) a->of = x;
  }
  free(count);
  posts_by_topic(c);
  posts_of_the_leader(c);
}

static bool in_headline(const ng_ctx *c, size_t i);

/* "Kyrgyz defence minister on the airfields deal" over an interview with
 * "Defence Minister NAME": a headline's "DEMONYM TITLE" with no name is the
 * post of the one person of the document who holds that title with no
 * country. */
static void headline_demonym_titles(ng_ctx *c) {
  ng_facts *f = c->f;
  for (size_t k = 1; k < c->tk.n && k < 40; k++) {
    const ng_mention *tm = mention_at(c, k), *d = mention_at(c, k - 1);
    if (!tm || tm->t0 != k || tm->kind != NG_M_TITLE || !tm->title || tm->plural ||
        !d || d->kind != NG_M_DEMONYM || d->t1 != k || d->country < 0 || !in_headline(c, k) ||
        (tm->t1 < c->tk.n && mention_at(c, tm->t1) && mention_at(c, tm->t1)->kind == NG_M_PERSON))
      continue;
    int who = -1;
    size_t at = SIZE_MAX;
    for (size_t q = 0; q < f->n_post; q++) {
      const ng_post *po = &f->post[q];
      if ((size_t)po->person < c->ent_base || strcasecmp(po->title, tm->title)) continue;
      if (po->of >= 0 || (who >= 0 && who != po->person)) {
        who = -2;
        break;
      }
      who = po->person;
      at = q;
    }
    if (who >= 0 && !has_placed_post(c, who)) f->post[at].of = d->country;
  }
}

/* "Azerbaijan summoned the French ambassador on Thursday. Ambassador NAME
 * was received ...": an official of a one-word title named without a
 * country, after "the DEMONYM title" (in lower case, no name with it) in
 * this paragraph or the one before, is that country's. */
static void posts_by_demonym_title(ng_ctx *c) {
  ng_facts *f = c->f;
  for (size_t i = 0; i < f->n_post; i++) {
    ng_post *a = &f->post[i];
    if ((size_t)a->person < c->ent_base || a->of >= 0 || strchr(a->title, ' ') ||
        has_placed_post(c, a->person))
      continue;
    size_t at = first_person_mention(c, a->person);
    if (at == c->tk.n) continue;
    uint32_t para = c->tk.tok[at].para;
    int found = -1;
    for (size_t k = at; k-- > 1 && c->tk.tok[k].para + 1 >= para;) {
      if (is_cap(c, k) || !ng_tok_is_ci(c, k, a->title)) continue;
      const ng_mention *d = mention_at(c, k - 1);
      /* (and no name right after it: "the French ambassador, NAME" is
       * that person's) */
      if (!d || d->kind != NG_M_DEMONYM || d->t1 != k || d->country < 0 ||
          (k + 1 < c->tk.n && (is_cap(c, k + 1) || is_punct(c, k + 1, ',')) &&
           mention_at(c, k + 1 + is_punct(c, k + 1, ','))))
        continue;
      found = d->country;
      break;
    }
    if (found >= 0) a->of = found;
  }
  headline_demonym_titles(c);
}

/* Token I is on the line of the document's headline. */
static bool in_headline(const ng_ctx *c, size_t i) {
  const char *t = c->doc->title, *x = c->doc->text;
  if (!t || !*t) return false;
  size_t b = c->tk.tok[i].b;
  while (b > 0 && x[b - 1] != '\n') b--;
  while (x[b] == ' ' || x[b] == '\t') b++;
  return !strncmp(x + b, t, strlen(t));
}

static int leader_country(const ng_ctx *c, size_t i);
typedef struct {
  int person;
  size_t at;
} post_ref;

/* tidy_posts: the posts without a country that are looked for a dateline,
 * a letterhead, a masthead or a section heading, at most (a report names
 * some tens of officials). */
#define MAX_PLACED_POSTS 256

static int cmp_post_ref(const void *pa, const void *pb) {
  const post_ref *a = pa, *b = pb;
  if (a->person != b->person) return a->person < b->person ? -1 : 1;
  return a->at < b->at ? -1 : a->at > b->at;
}

static void tidy_posts(ng_ctx *c) {
  ng_facts *f = c->f;
  size_t n = f->n_post, from = n;
  for (size_t i = 0; i < n; i++)
    if ((size_t)f->post[i].person >= c->ent_base) {
      from = i;
      break;
    }
  if (n == from) return;
  foreign_secretaries(c, from, false);
  bool *drop = ng_xcalloc(n - from + 1, sizeof *drop);
  /* the posts of each person, in their order: from BY[GS[i]] on while the
   * person is the same, for post from + i (each post compared with every
   * other was quadratic in a long list of officials) */
  size_t m = n - from;
  post_ref *by = ng_xmalloc((m + 1) * sizeof *by);
  size_t *gs = ng_xmalloc((m + 1) * sizeof *gs);
  for (size_t i = 0; i < m; i++) by[i].person = f->post[from + i].person, by[i].at = from + i;
  qsort(by, m, sizeof *by, cmp_post_ref);
  for (size_t k = 0, g = 0; k < m; k++) {
    if (k > 0 && by[k].person != by[g].person) g = k;
    gs[by[k].at - from] = g;
  }
#define SAME_PERSON(q, i) ((q) < m && by[q].person == f->post[i].person)
  for (size_t i = from; i < n; i++) {
    ng_post *a = &f->post[i];
    for (size_t q = gs[i - from]; SAME_PERSON(q, i) && !drop[i - from]; q++) {
      size_t j = by[q].at;
      ng_post *b = &f->post[j];
      if (j == i || drop[j - from]) continue;
      bool same = !strcmp(a->title, b->title);
      if (same && a->of < 0 && b->of >= 0) drop[i - from] = true;
      /* "Ambassador NAME, X's envoy to the UN": one envoy's post, placed */
      else if (!same && a->of < 0 && b->of >= 0 && envoy_title(a->title) && envoy_title(b->title))
        a->of = b->of;
      else if (!same && title_within(a->title, b->title) && (a->of < 0 || a->of == b->of ||
                                                               b->of < 0)) {
        if (b->of < 0) b->of = a->of;
        drop[i - from] = true;
      }
    }
  }
  posts_by_demonym_title(c);
  size_t looked = 0;
  for (size_t i = from; i < n; i++) {
    ng_post *a = &f->post[i];
    if (drop[i - from] || a->of >= 0) continue;
    bool owned = false;
    for (size_t q = gs[i - from]; SAME_PERSON(q, i); q++)
      if (!drop[by[q].at - from] && f->post[by[q].at].of >= 0) owned = true;
    if (owned || !dateline_title(c, a->title)) continue;
    /* (each look below reads the document up to the person: in a list of
     * thousands of officials, only the first MAX_PLACED_POSTS are looked
     * for, lest the document be read once for each) */
    if (++looked > MAX_PLACED_POSTS) break;
    /* the dateline before the person's first mention */
    size_t at = first_person_mention(c, a->person);
    if (at == c->tk.n) continue;
    int dl = leader_country(c, i);
    if (dl >= 0) {
      a->of = dl;
      continue;
    }
    dl = section_country(c, at);
    if (dl < 0) dl = dateline_country(c, at);
    /* (a person named first in a photo's caption over the dateline: the
     * dateline after it) */
    if (dl < 0 && c->tk.tok[at].para < 12 && !in_headline(c, at))
      dl = dateline_country(c, c->tk.n); /* (not one named in the headline: a visitor's
                                          * report is datelined where the visit is) */
    if (dl < 0) dl = letterhead_country(c, at);
    if (dl < 0) dl = subject_country(c, at);
    if (dl < 0) dl = masthead_country(c, at);
    if (dl < 0) dl = parliament_country(c, at);
    if (dl < 0) continue;
    /* "NAME ... met his Maldivian counterpart": not the counterpart's country */
    bool other = false;
    for (size_t t = c->tk.sent[c->tk.tok[at].sent].first; t < c->tk.sent[c->tk.tok[at].sent].end; t++)
      if (ng_tok_is_ci(c, t, "counterpart") && t > 0 && country_at(c, t - 1) == dl) other = true;
    if (!other) a->of = dl;
  }
  /* "The Defence Secretary, NAME," with no country, in a report that names
   * the United Kingdom and none of the South Asian states whose civil
   * servants hold such titles: the British post */
  int gb = ng_ent_find(c, NG_ENT_COUNTRY, "GB");
  bool south_asia = false;
  for (size_t k = 0; gb >= 0 && civil_secretaries[k] && !south_asia; k++)
    south_asia = ng_ent_find(c, NG_ENT_COUNTRY, civil_secretaries[k]) >= 0;
  for (size_t i = from; i < n && gb >= 0 && !south_asia; i++)
    if (!drop[i - from] && f->post[i].of < 0 &&
        (!strcmp(f->post[i].title, "Defence Secretary") ||
         !strcmp(f->post[i].title, "Foreign Secretary") ||
         !strcmp(f->post[i].title, "Home Secretary")))
      f->post[i].of = gb;
  /* a bare "Secretary of State" in a report that names the United States is
   * its foreign minister (the British ones are "Secretary of State for X") */
  int us = ng_ent_find(c, NG_ENT_COUNTRY, "US");
  for (size_t i = from; i < n && us >= 0; i++)
    if (!drop[i - from] && f->post[i].of < 0 && !strcmp(f->post[i].title, "Secretary of State"))
      f->post[i].of = us;
  foreign_secretaries(c, from, true);
  for (size_t i = from; i < n; i++) /* posts made equal by the steps above */
    for (size_t q = gs[i - from]; SAME_PERSON(q, i) && by[q].at < i && !drop[i - from]; q++) {
      size_t j = by[q].at;
      if (!drop[j - from] && f->post[j].of == f->post[i].of &&
          !strcmp(f->post[j].title, f->post[i].title))
        drop[i - from] = true;
    }
#undef SAME_PERSON
  free(by);
  free(gs);
  size_t w = from;
  for (size_t i = from; i < n; i++) {
    if (drop[i - from]) {
      free(f->post[i].title);
      continue;
    }
    f->post[w++] = f->post[i];
  }
  f->n_post = w;
  free(drop);
}

/* ------------------------------------------------------------- pass 6: places */

static const char *const place_nouns[] = {"city", "town", "port", "village", "province",
                                          "region", "district", "base", "capital", NULL};
/* "near X in Chile", "in X, Chile" */
static const char *const place_before[] = {"near", "in", "at", "outside", NULL};

/* ------------------------------------------------------------- word classes */

/* Lists that were written where they are asked (tok_in), here for the
 * table: the gazetteer asks them of a word after every country or demonym,
 * copula_title after every name. */
/* after a country: "the Parana and Uruguay rivers" */
static const char *const landforms[] = {"river", "rivers", "sea", "gulf", "strait", "basin",
                                        "valley", "lake", "mountains", "desert", "delta",
                                        "estuary", "channel", "canal", NULL};
/* after a demonym: "the Indian Ocean", "the Portuguese word for" */
static const char *const demonym_nouns[] = {"ocean", "sea", "peninsula", "subcontinent",
                                            "language", "languages", "word", "words",
                                            "translation", "speakers", "dialect", "alphabet",
                                            "script", NULL};
/* "NAME returned to politics as ..." */
static const char *const resumed[] = {"returned", "served", "stayed", "remained", "continued",
                                      NULL};

#define WC_SLOTS 1024 /* a power of two, well over the words of the lists */
#define WC_MAX_LEN 24 /* (the three words of a key) */

/* The words of the lists in lower case, by a hash of their bytes.  A key
 * is the word zero-padded to three 8-byte words: a token is looked up with
 * a few word operations, no loop over its bytes, as most tokens are once. */
static struct {
  uint64_t key[3];
  uint32_t len; /* 0: empty slot */
  uint32_t class;
} wc_table[WC_SLOTS];
static pthread_once_t wc_once = PTHREAD_ONCE_INIT;

/* The high bit of each byte of V that is an ASCII capital (as lexicon.c's
 * capitals()): bytes of 0x80 and over are no capital, and the sums of the
 * bytes below it carry into no other byte. */
static inline uint64_t wc_capitals(uint64_t v) {
  const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
  uint64_t low7 = v & ~highs;
  return ((low7 + (0x80 - 'A') * ones) ^ (low7 + (0x7F - 'Z') * ones)) & ~v & highs;
}

/* The key of S[0..N) (N < WC_MAX_LEN): its ASCII lower case, zero-padded. */
static inline void wc_key(const char *s, size_t n, uint64_t key[3]) {
  key[0] = key[1] = key[2] = 0;
  memcpy(key, s, n);
  for (size_t k = 0; k < 3; k++) key[k] ^= wc_capitals(key[k]) >> 2; /* 0x80 >> 2: the case bit */
}

static inline uint32_t wc_hash(const uint64_t key[3], size_t n) {
  uint64_t h = (key[0] ^ n) * 0x9E3779B97F4A7C15u;
  h = (h ^ (h >> 32) ^ key[1]) * 0x9E3779B97F4A7C15u;
  h = (h ^ (h >> 32) ^ key[2]) * 0x9E3779B97F4A7C15u;
  return (uint32_t)(h >> 32);
}

static void wc_build(void) {
  static const struct {
    const char *const *words;
    uint32_t class;
  } lists[] = {{gov_heads, WC_GOV_HEAD},      {org_heads, WC_ORG_HEAD},
               {armed_heads, WC_ARMED_HEAD},  {more_org_heads, WC_MORE_ORG_HEAD},
               {org_stop, WC_ORG_STOP},       {media_words, WC_MEDIA},
               {place_preps, WC_PLACE_PREP},  {particles, WC_PARTICLE},
               {place_before, WC_PLACE_BEFORE}, {place_nouns, WC_PLACE_NOUN},
               {coalition_heads, WC_COALITION_HEAD}, {media_desc, WC_DESC},
               {media_desc2, WC_DESC}, {company_desc, WC_DESC}, {maker_desc, WC_DESC},
               {armed_desc_noun, WC_DESC}, {works_at, WC_DESC}, {owned_desc, WC_DESC},
               {made_by, WC_DESC},
               {foreign_gov_heads, WC_FOREIGN_HEAD}, {foreign_org_heads, WC_FOREIGN_HEAD},
               {portfolio_words, WC_PORTFOLIO}, {portfolio_more, WC_PORTFOLIO_MORE},
               {facility_words, WC_FACILITY}, {company_words, WC_COMPANY},
               {body_followers, WC_BODY_NEXT}, {body_verbs, WC_BODY_NEXT},
               {landforms, WC_LANDFORM}, {demonym_nouns, WC_DEMONYM_NOUN},
               {resumed, WC_RESUMED}};
  for (size_t l = 0; l < sizeof lists / sizeof lists[0]; l++) {
    for (const char *const *w = lists[l].words; *w; w++) {
      uint64_t key[3];
      size_t n = strlen(*w);
      if (n == 0 || n >= WC_MAX_LEN) abort(); /* (a list word too long for the table) */
      wc_key(*w, n, key);
      size_t slot = wc_hash(key, n) & (WC_SLOTS - 1);
      while (wc_table[slot].len &&
             !(wc_table[slot].len == n && !memcmp(wc_table[slot].key, key, sizeof key)))
        slot = (slot + 1) & (WC_SLOTS - 1);
      memcpy(wc_table[slot].key, key, sizeof key);
      wc_table[slot].len = (uint32_t)n;
      wc_table[slot].class |= lists[l].class;
    }
  }
}

/* tok_class's lookup of token i (i < c->tk.n), the first time it is asked. */
static uint32_t tok_class_look(const ng_ctx *c, size_t i) {
  size_t n;
  const char *s = ng_tok_text(c, i, &n);
  uint32_t class = 0;
  if (n > 0 && n < WC_MAX_LEN) { /* (no list word is empty) */
    uint64_t key[3];
    wc_key(s, n, key);
    for (size_t slot = wc_hash(key, n) & (WC_SLOTS - 1); wc_table[slot].len;
         slot = (slot + 1) & (WC_SLOTS - 1)) {
      if (wc_table[slot].len == n && ((wc_table[slot].key[0] ^ key[0]) |
                                      (wc_table[slot].key[1] ^ key[1]) |
                                      (wc_table[slot].key[2] ^ key[2])) == 0) {
        class = wc_table[slot].class;
        break;
      }
    }
  }
  c->wclass[i] = class | WC_LOOKED;
  return class;
}

static void pass_places(ng_ctx *c, const uint32_t *next_cap) {
  ng_buf p, key;
  ng_buf_init(&p);
  ng_buf_init(&key);
  for (size_t i = cap_at(c, next_cap, 1); i < c->tk.n; i = cap_at(c, next_cap, i + 1)) {
    if (!is_cap(c, i) || c->tok_m[i] >= 0 || is_nonname(c, i)) continue;
    size_t e = i;
    while (e < c->tk.n && e - i < 3 && is_cap(c, e) && c->tok_m[e] < 0 && same_sent(c, i, e)) e++;
    int country = -1;
    /* "near X in Chile", "in X, Chile" */
    if (tok_is_a(c, i - 1, WC_PLACE_BEFORE) &&
        e + 1 < c->tk.n && (ng_tok_is(c, e, "in") || is_punct(c, e, ','))) {
      /* (and "in X, in eastern Chad", "near X in northern Mali") */
      size_t k = e + 1;
      if (is_punct(c, e, ',') && ng_tok_is(c, k, "in")) k++;
      if (tok_in(c, k, (const char *const[]){"northern", "southern", "eastern", "western",
                                             "central", "northeastern", "northwestern",
                                             "southeastern", "southwestern", NULL}) &&
          !(c->tk.tok[k].flags & NG_TF_CAP))
        k++;
      const ng_mention *m = mention_at(c, k);
      if (m && m->kind == NG_M_COUNTRY && same_sent(c, i, k)) country = m->country;
    }
    /* "the Chilean coastal city of X" */
    if (country < 0 && i >= 2 && ng_tok_is(c, i - 1, "of") && tok_is_a(c, i - 2, WC_PLACE_NOUN)) {
      for (size_t k = i - 2; k > 0 && i - k < 5; k--) {
        const ng_mention *m = mention_at(c, k - 1);
        if (m && (m->kind == NG_M_DEMONYM || m->kind == NG_M_COUNTRY)) {
          country = m->country;
          break;
        }
      }
    }
    if (country < 0) continue;
    phrase(c, i, e, &p);
    ng_buf_clear(&key);
    slugify(p.data, p.len, &key);
    ng_buf_addc(&key, '-');
    for (const char *q = c->f->ent[country].key; *q; q++) ng_buf_addc(&key, (char)(*q | 0x20));
    int ent = ng_ent_get(c, NG_ENT_PLACE, key.data, p.data, c->f->ent[country].key, NG_ORG_GENERIC);
    add_mention(c, (uint32_t)i, (uint32_t)e, NG_M_PLACE, ent, country);
    /* later bare mentions of the same name (once per place: linear overall) */
    if (c->f->ent[ent].n_mentions > 1) {
      i = e - 1;
      continue;
    }
    for (size_t k = e; k < c->tk.n; k++) {
      if (c->tok_m[k] >= 0 || k + (e - i) > c->tk.n) continue;
      phrase(c, k, k + (e - i), &key);
      if (!strcmp(key.data, p.data) && free_range(c, k, k + (e - i)))
        add_mention(c, (uint32_t)k, (uint32_t)(k + (e - i)), NG_M_PLACE, ent, country);
    }
    i = e - 1;
  }
  ng_buf_free(&p);
  ng_buf_free(&key);
}

/* ------------------------------------------------------------- driver */

/* Sorts the N mentions of M by their first token, mentions that start
 * together in the order they came: a merge sort, as glibc's qsort is (its
 * ties so ordered are part of the output).  Each pass appends its mentions
 * in token order, so most merges find their halves in order already and
 * are skipped; qsort called back for every comparison. */
static void sort_mentions(ng_mention *m, size_t n) {
  ng_mention *tmp = NULL;
  for (size_t w = 1; w < n; w *= 2) {
    for (size_t lo = 0; lo + w < n; lo += 2 * w) {
      size_t mid = lo + w, hi = mid + w < n ? mid + w : n;
      if (m[mid - 1].t0 <= m[mid].t0) continue; /* (in order) */
      if (!tmp) tmp = ng_xmalloc(n * sizeof *tmp);
      size_t a = lo, b = mid, k = lo;
      while (a < mid && b < hi) tmp[k++] = m[b].t0 < m[a].t0 ? m[b++] : m[a++];
      while (a < mid) tmp[k++] = m[a++];
      while (b < hi) tmp[k++] = m[b++];
      memcpy(m + lo, tmp + lo, (hi - lo) * sizeof *m);
    }
  }
  free(tmp);
}

/* A byline's further names ("By Jane Roe and Jim Poe") are persons of the
 * article, as its first author is. */
static void pass_coauthors(ng_ctx *c) {
  const char *s = c->doc->coauthors;
  if (!s) return;
  ng_buf key, lab;
  ng_buf_init(&key);
  ng_buf_init(&lab);
  while (*s) {
    const char *nl = strchr(s, '\n');
    size_t n = nl ? (size_t)(nl - s) : strlen(s);
    if (n > 0) {
      ng_person_canon(c->lex, s, n, &key, &lab);
      int ent = ng_ent_get(c, NG_ENT_PERSON, key.data, lab.data, NULL, NG_ORG_GENERIC);
      ng_ent_alt(c, ent, s, n);
    }
    s += n + (nl != NULL);
  }
  ng_buf_free(&key);
  ng_buf_free(&lab);
}

/* The country named in capitals by tokens [a, b) ("SAUDI ARABIA",
 * "BOSNIA AND HERZEGOVINA"), looked up in title case: its entry or NULL. */
static const ng_lex_entry *caps_country(const ng_ctx *c, size_t a, size_t b, ng_buf *tmp) {
  ng_buf_clear(tmp);
  for (size_t t = a; t < b; t++) {
    size_t n;
    const char *w = ng_tok_text(c, t, &n);
    if (t > a && !glued(c, t)) ng_buf_addc(tmp, ' ');
    size_t at = tmp->len;
    ng_buf_add(tmp, w, n);
    bool small = t > a && (ng_tok_is(c, t, "AND") || ng_tok_is(c, t, "OF") ||
                           ng_tok_is(c, t, "THE"));
    for (size_t q = small ? at : at + 1; q < tmp->len; q++)
      if (tmp->data[q] >= 'A' && tmp->data[q] <= 'Z') tmp->data[q] = (char)(tmp->data[q] - 'A' + 'a');
  }
  return find_kind(ng_lexicon_lookup(c->lex, tmp->data, tmp->len), NG_LEX_COUNTRY);
}

/* Companies told by what they run or publish: "a chartered Air Tarvo
 * flight", "an Air Belmora jet" (an airline: "Air" and a name before a word
 * for a flight); "the latest Norvik Research survey" (a pollster: a name
 * ending in "Research" or "Polling" before a word for a poll). */
static void pass_named_services(ng_ctx *c) {
  static const char *const flights[] = {"flight", "flights", "plane", "planes", "jet", "jets",
                                        "airliner", "airliners", "charter", NULL};
  static const char *const polls[] = {"survey", "surveys", "poll", "polls", NULL};
  ng_buf lab;
  ng_buf_init(&lab);
  for (size_t i = 0; i + 2 < c->tk.n; i++) {
    if (c->tk.tok[i].type != NG_TOK_WORD || !is_cap(c, i)) continue;
    size_t s = i, e = 0;
    if (ng_tok_is(c, i, "Air") && c->tok_m[i] < 0 && is_cap(c, i + 1) && c->tok_m[i + 1] < 0 &&
        !is_nonname(c, i + 1) && !is_title_word(c, i + 1) && !tok_is_a(c, i + 1, WC_ORG_STOP) &&
        same_sent(c, i, i + 2) && tok_in(c, i + 2, flights))
      e = i + 2;
    else if (tok_in(c, i, (const char *const[]){"Research", "Polling", NULL}) && i > 0 &&
             c->tok_m[i] < 0 && same_sent(c, i, i + 1) && tok_in(c, i + 1, polls)) {
      /* (one or two capitalized words of a name before it) */
      while (s > 0 && i - s < 2 && same_sent(c, s - 1, i) && is_cap(c, s - 1) &&
             c->tok_m[s - 1] < 0 && !is_nonname(c, s - 1) && !is_title_word(c, s - 1) &&
             !(c->tk.tok[s - 1].flags & NG_TF_SENT_START))
        s--;
      if (s < i) e = i + 1;
    }
    if (!e) continue;
    phrase(c, s, e, &lab);
    int ent = make_org(c, lab.data, lab.len, NG_ORG_GENERIC, NULL, 0);
    add_mention(c, (uint32_t)s, (uint32_t)e, NG_M_ORG, ent, -1);
    i = e;
  }
  ng_buf_free(&lab);
}

/* A factbox's item labels, countries in capitals before a colon or a dash
 * at a paragraph's start, maybe after a bullet ("* SPAIN AND GERMANY: No
 * bases of their own", "RUSSIA - Asked for a port"): country mentions
 * (the text after the label goes on in lower case). */
static void pass_caps_labels(ng_ctx *c) {
  ng_buf tmp;
  ng_buf_init(&tmp);
  for (size_t p = 0; p < c->tk.n; p++) {
    if (!(c->tk.tok[p].flags & NG_TF_PARA_START)) continue;
    size_t a = p;
    bool bullet = c->tk.tok[a].type == NG_TOK_PUNCT && a + 1 < c->tk.n &&
                  c->tk.tok[a + 1].para == c->tk.tok[a].para;
    if (bullet) a++;
    size_t e = a;
    while (e < c->tk.n && e - a < 8 && c->tk.tok[e].type == NG_TOK_WORD &&
           (c->tk.tok[e].flags & NG_TF_ALLCAPS) && c->tk.tok[e].para == c->tk.tok[a].para)
      e++;
    if (e == a || e + 1 >= c->tk.n || c->tk.tok[e + 1].para != c->tk.tok[a].para) continue;
    /* "JAMAICA and Canada on Thursday signed": a paper's lead opening in
     * capitals, going on in small letters, its first words a country */
    bool lead = !bullet && c->tk.tok[e].type == NG_TOK_WORD && !(c->tk.tok[e].flags & NG_TF_CAP) &&
                c->tk.tok[e].para == c->tk.tok[a].para;
    if (lead) {
      const ng_lex_entry *ce = free_range(c, a, e) ? caps_country(c, a, e, &tmp) : NULL;
      if (ce) {
        int ent = ng_country_ent(c, ce->key);
        add_mention(c, (uint32_t)a, (uint32_t)e, NG_M_COUNTRY, ent, ent);
      }
      continue;
    }
    /* (a dash after a bullet only: "SINGAPORE - Four days after ..." is a
     * dateline) */
    if (!is_punct(c, e, ':') && !(bullet && spaced_dash(c, e))) continue;
    /* (a transcript's speaker: "MARCUS LEE: ..." then "LEE: ...") */
    if (e == a + 1) {
      size_t n0;
      const char *w0 = ng_tok_text(c, a, &n0);
      bool surname = false;
      for (size_t t = 1; t < a && !surname; t++) {
        size_t n1;
        const char *w1 = ng_tok_text(c, t, &n1);
        surname = n1 == n0 && !memcmp(w0, w1, n0) && (c->tk.tok[t - 1].flags & NG_TF_ALLCAPS) &&
                  c->tk.tok[t - 1].type == NG_TOK_WORD && same_sent(c, t - 1, t);
      }
      if (surname) continue;
    }
    /* (a label over lower-case text, not a headline in capitals) */
    if (c->tk.tok[e + 1].flags & NG_TF_ALLCAPS) continue;
    /* the whole label one country, or countries joined by AND, commas, & */
    size_t ranges[8][2], nr = 0;
    if (caps_country(c, a, e, &tmp)) {
      ranges[nr][0] = a, ranges[nr][1] = e, nr++;
    } else {
      size_t b = a;
      bool ok = true;
      for (size_t t = a; t <= e && ok; t++) {
        if (t < e && !ng_tok_is(c, t, "AND") && !is_punct(c, t, ',') && !is_punct(c, t, '&'))
          continue;
        ok = t > b && nr < 8 && caps_country(c, b, t, &tmp);
        if (ok) ranges[nr][0] = b, ranges[nr][1] = t, nr++;
        b = t + 1;
      }
      if (!ok) nr = 0;
    }
    for (size_t k = 0; k < nr; k++) {
      if (!free_range(c, ranges[k][0], ranges[k][1])) continue;
      const ng_lex_entry *ce = caps_country(c, ranges[k][0], ranges[k][1], &tmp);
      int ent = ng_country_ent(c, ce->key);
      add_mention(c, (uint32_t)ranges[k][0], (uint32_t)ranges[k][1], NG_M_COUNTRY, ent, ent);
    }
  }
  ng_buf_free(&tmp);
}

/* A company's legal form after its name: "Nordvik Marine S.A.", "Kuzey
 * Tersane A.Ş.", "Bremer Werft GmbH", "Acme Ltd". */
static const char *const legal_forms[] = {
    "S.A.", "SA", "A.Ş.", "A.S.", "AŞ", "Ltd", "Ltd.", "Inc", "Inc.", "Corp.", "GmbH", "AG",
    "plc", "PLC", "Plc", "LLC", "N.V.", "NV", "B.V.", "BV", "S.p.A.", "SpA", "S.r.l.", "ASA",
    "Oyj", "Pty", "Bhd", "Tbk", "S.L.", "Ltda", "Ltda.", "S.A.S.", "SARL", "S.A.R.L.", "JSC",
    "PJSC", "OJSC", NULL};
/* (and forms written in lower case, after a capitalized name: "Zorvan
 * Small Arms d.o.o.", "Tatra Defence s.r.o.") */
static const char *const lower_legal_forms[] = {"d.o.o.", "d.d.", "s.r.o.", "a.s.", "sp.", "z.o.o.",
                                                NULL};

bool ng_legal_form_at(const ng_ctx *c, size_t i) {
  if (i >= c->tk.n || c->tk.tok[i].type != NG_TOK_WORD) return false;
  for (size_t f = 0; legal_forms[f]; f++)
    if (ng_tok_is(c, i, legal_forms[f])) return true;
  for (size_t f = 0; lower_legal_forms[f]; f++)
    if (ng_tok_is(c, i, lower_legal_forms[f])) return true;
  return false;
}

/* Capitalized words before a legal form are a company's name, not a
 * person's: the name without the form is its label, with it its other name. */
static void pass_company_names(ng_ctx *c, const uint32_t *next_cap) {
  ng_buf lab, alt;
  ng_buf_init(&lab);
  ng_buf_init(&alt);
  for (size_t k = cap_at(c, next_cap, 1); k < c->tk.n; k = cap_at(c, next_cap, k + 1)) {
    /* (a form in lower case follows the name's last word: K moves onto it) */
    bool form = false;
    if (k + 1 < c->tk.n && c->tok_m[k] < 0 && c->tok_m[k + 1] < 0 && same_sent(c, k, k + 1) &&
        (c->tk.tok[k + 1].flags & NG_TF_SPACE_BEFORE) && !is_cap(c, k + 1) &&
        c->tk.tok[k + 1].e - c->tk.tok[k + 1].b >= 3 &&
        c->doc->text[c->tk.tok[k + 1].e - 1] == '.') {
      for (size_t f = 0; lower_legal_forms[f] && !form; f++)
        form = ng_tok_is(c, k + 1, lower_legal_forms[f]);
      if (form) k++;
    }
    const ng_token *t = &c->tk.tok[k];
    /* ("Makli Boatworks (Pvt) Ltd", as Pakistani companies are named:
     * the bracket is part of the form) */
    size_t end = k;
    if (k >= 4 && (ng_tok_is(c, k, "Ltd") || ng_tok_is(c, k, "Ltd.")) && is_punct(c, k - 1, ')') &&
        is_punct(c, k - 3, '(') &&
        tok_in(c, k - 2, (const char *const[]){"Pvt", "Pvt.", "Private", NULL}) &&
        same_sent(c, k - 4, k))
      end = k - 3;
    /* ("Hwaseong Defense Co., Ltd.", as East Asian companies are named) */
    else if (k >= 3 && (ng_tok_is(c, k, "Ltd") || ng_tok_is(c, k, "Ltd.")) &&
             is_punct(c, k - 1, ',') && tok_in(c, k - 2, (const char *const[]){"Co.", "Co", NULL}) &&
             same_sent(c, k - 3, k))
      end = k - 2;
    if (t->e - t->b > 7 || !(t->flags & NG_TF_SPACE_BEFORE) || c->tok_m[k] >= 0 ||
        !is_cap(c, end - 1) || c->tok_m[end - 1] >= 0 || !same_sent(c, end - 1, k))
      continue;
    /* (written as the form is, "SA", "Ltd": not "Sa" of "Abdulloh Sa-idi") */
    for (size_t f = 0; legal_forms[f] && !form; f++) form = ng_tok_is(c, k, legal_forms[f]);
    if (!form) continue;
    size_t s = end;
    for (;;) {
      if (s > 0 && end - s < 5 && same_sent(c, s - 1, k) && c->tok_m[s - 1] < 0 &&
          c->tk.tok[s - 1].type == NG_TOK_WORD &&
          (is_cap(c, s - 1) ||
           (s - 1 < end - 1 && is_cap(c, s - 2) &&
            tok_in(c, s - 1, (const char *const[]){"de", "del", "da", "do", "dos", "la", "van",
                                                   "von", "and", NULL})))) {
        s--;
        continue;
      }
      /* (a hyphen glued between two words of the name: "Adria-Tirrena S.p.A.") */
      if (s > 1 && end - s < 5 && is_punct(c, s - 1, '-') && glued(c, s - 1) && glued(c, s) &&
          is_cap(c, s - 2) && c->tok_m[s - 2] < 0 && same_sent(c, s - 2, k)) {
        s -= 2;
        continue;
      }
      break;
    }
    /* (not the words that open a sentence: "The", "Shares", "Yesterday"; nor
     * a press release's "SOURCE Acme Inc.") */
    while (s < k && (is_nonname(c, s) || is_title_word(c, s) || !is_cap(c, s) ||
                     tok_in(c, s, (const char *const[]){"SOURCE", "Source", "CONTACT",
                                                        "Contact", NULL})))
      s++;
    if (s >= end) continue;
    phrase(c, s, end, &lab);
    phrase(c, s, k + 1, &alt);
    int ent = make_org_alt(c, lab.data, lab.len, NG_ORG_GENERIC, NULL, 0, true, alt.data, alt.len);
    add_mention(c, (uint32_t)s, (uint32_t)(k + 1), NG_M_ORG, ent, -1);
  }
  ng_buf_free(&lab);
  ng_buf_free(&alt);
}

void ng_recognize_entities(ng_ctx *c) {
  pthread_once(&wc_once, wc_build);
  uint32_t *next_cap = cap_steps(c);
  pass_triggers(c);
  acronym_orgs(c);
  pass_org_patterns(c, next_cap);
  pass_company_names(c, next_cap);
  pass_gazetteer(c, next_cap);
  pass_named_services(c);
  pass_caps_labels(c);
  pass_possessive_forces(c);
  pass_force_appositions(c);
  pass_company_appositions(c);
  pass_lower_ministries(c);
  pass_acronyms(c);
  pass_titles(c);
  pass_persons(c, next_cap);
  pass_places(c, next_cap);
  free(next_cap);
  pass_coauthors(c);
  /* mentions are appended out of token order; events want them sorted */
  sort_mentions(c->m, c->n_m);
  for (size_t i = 0; i < c->tk.n; i++) c->tok_m[i] = -1;
  for (size_t k = 0; k < c->n_m; k++)
    for (uint32_t i = c->m[k].t0; i < c->m[k].t1; i++) c->tok_m[i] = (int)k;
}
