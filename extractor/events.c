/* events.c - agreements, airspace permissions, meetings, arms transfers and
 * military deployments, sentence by sentence, from trigger words (ontology
 * data) and the entities around them.
 *
 * Factuality: a trigger in the scope of a negation ("refused to coordinate",
 * "denied reports of a pact") or a hypothetical ("could theoretically join")
 * asserts nothing, so no event is made; a trigger inside a quotation is left
 * to the statement that carries it.
 *
 * Within one document, agreements whose party sets include one another are
 * one agreement told several times (a headline and its lead): they are merged
 * and keep the most specific type.  Across documents, the graph builder's
 * merge key (type + sorted parties) makes the same agreement one node. */
#include "extractor/internal.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const ng_mention *m_at(const ng_ctx *c, size_t i) {
  return i < c->tk.n && c->tok_m[i] >= 0 ? &c->m[c->tok_m[i]] : NULL;
}

static bool is_p(const ng_ctx *c, size_t i, char ch) {
  if (i >= c->tk.n || c->tk.tok[i].type != NG_TOK_PUNCT) return false;
  const char *t = c->doc->text + c->tk.tok[i].b;
  /* an en or em dash joins compounds like a hyphen: "Nigeria–Ghana–Benin accord" */
  if (ch == '-' && (unsigned char)t[0] == 0xE2 && (unsigned char)t[1] == 0x80 &&
      ((unsigned char)t[2] == 0x93 || (unsigned char)t[2] == 0x94))
    return c->tk.tok[i].e - c->tk.tok[i].b == 3 && !(c->tk.tok[i].flags & NG_TF_SPACE_BEFORE);
  return t[0] == ch;
}

static inline char lower_c(char ch) { return ch >= 'A' && ch <= 'Z' ? (char)(ch - 'A' + 'a') : ch; }

/* Token i is the literal WORD ignoring ASCII case (WORD in lower case):
 * ng_tok_is_ci with the length known at compile time, so that most tokens
 * fail on it at once -- the rules below test tokens against words by the
 * hundred thousand.  (For exact matches ng_tok_is, inline, does the same
 * where GCC inlines it: find_agreements is too big for it to be inlined
 * everywhere, and a call left there takes the word's strlen each time.
 * TOK_IS is the exact match with the literal's length, for such loops.) */
#define TOK_IS_CI(c, i, word) tok_is_ci_n((c), (i), (word), sizeof(word) - 1)
#define TOK_IS(c, i, word) tok_is_n((c), (i), (word), sizeof(word) - 1)

/* (TOK_IS is always inlined: a call costs more than the test, and GCC
 * stops inlining into find_agreements once it is that big) */
#if defined(__GNUC__)
#define NG_ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define NG_ALWAYS_INLINE inline
#endif

static NG_ALWAYS_INLINE bool tok_is_n(const ng_ctx *c, size_t i, const char *word, size_t len) {
  if (i >= c->tk.n) return false;
  const ng_token *t = &c->tk.tok[i];
  return t->e - t->b == len && memcmp(c->doc->text + t->b, word, len) == 0;
}

static bool tok_is_ci_n(const ng_ctx *c, size_t i, const char *word, size_t len) {
  if (i >= c->tk.n) return false;
  const ng_token *t = &c->tk.tok[i];
  if (t->e - t->b != len) return false;
  const char *s = c->doc->text + t->b;
  for (size_t k = 0; k < len; k++)
    if (lower_c(s[k]) != word[k]) return false;
  return true;
}

/* Is token i one of the lower-case words W (ignoring ASCII case)?  This runs
 * for every token against many lists: the token's text is read in place and
 * each word's first letter is compared before the rest. */
static bool in_list(const ng_ctx *c, size_t i, const char *const *w) {
  if (i >= c->tk.n) return false;
  const ng_token *t = &c->tk.tok[i];
  size_t n = t->e - t->b;
  if (n == 0) return false;
  const char *s = c->doc->text + t->b;
  char f = lower_c(s[0]);
  for (size_t k = 0; w[k]; k++) {
    if (w[k][0] != f) continue;
    size_t j = 1;
    while (j < n && w[k][j] && lower_c(s[j]) == w[k][j]) j++;
    if (j == n && !w[k][n]) return true;
  }
  return false;
}

/* Does token i begin with one of the lower-case letters in FIRSTS (ignoring
 * ASCII case)?  A glance that spares a word list's call on most tokens.
 * FIRSTS is a literal of lower-case letters: its letters become a constant
 * mask at compile time, so the glance is a range check and a bit test (a
 * strchr per token of the scans cost more than the lists it spared). */
#define FIRST_IN(c, i, firsts) first_in((c), (i), letter_bits((firsts), sizeof(firsts) - 1))

/* (Spelled out, not a loop: GCC folds each s[k] of a literal but does not
 * unroll the loop that would read them; N is the literal's constant length.) */
static inline uint32_t letter_bits(const char *s, size_t n) {
  uint32_t m = 0;
  if (n > 6)
    for (size_t k = 6; k < n; k++) m |= 1u << (s[k] - 'a');
  return m | (n > 0 ? 1u << (s[0] - 'a') : 0) | (n > 1 ? 1u << (s[1] - 'a') : 0) |
         (n > 2 ? 1u << (s[2] - 'a') : 0) | (n > 3 ? 1u << (s[3] - 'a') : 0) |
         (n > 4 ? 1u << (s[4] - 'a') : 0) | (n > 5 ? 1u << (s[5] - 'a') : 0);
}

static inline bool first_in(const ng_ctx *c, size_t i, uint32_t letters) {
  if (i >= c->tk.n) return false;
  char f = lower_c(c->doc->text[c->tk.tok[i].b]);
  return f >= 'a' && f <= 'z' && (letters >> (f - 'a') & 1);
}

/* What the words of a list can look like: their first and last bytes as
 * bits of masks, by their low five bits (the same bit for a letter's upper
 * and lower case and, no matter, for some other bytes, so that no folding
 * is needed) -- the first bytes by length (31: 31 bytes or more), so that
 * a long list's many letters and lengths still rule out most tokens. */
typedef struct {
  uint32_t firsts[32], lasts;
} word_filter;

static inline unsigned len_bit(size_t n) { return n < 31 ? (unsigned)n : 31; }

static word_filter filter_of(const char *const *w) {
  word_filter f;
  memset(&f, 0, sizeof f);
  for (size_t k = 0; w[k]; k++) {
    size_t n = strlen(w[k]);
    f.firsts[len_bit(n)] |= 1u << (w[k][0] & 31);
    f.lasts |= 1u << (w[k][n - 1] & 31);
  }
  return f;
}

/* Can token i be one of the words of filter F?  Scans over every token of a
 * sentence ask this before in_list. */
static inline bool may_be_in(const ng_ctx *c, size_t i, const word_filter *f) {
  if (i >= c->tk.n) return false;
  const ng_token *t = &c->tk.tok[i];
  size_t n = t->e - t->b;
  const char *s = c->doc->text + t->b;
  return n > 0 && (f->firsts[len_bit(n)] >> (s[0] & 31) & 1) && (f->lasts >> (s[n - 1] & 31) & 1);
}

/* Country entity a mention stands for (country, demonym, capital metonym,
 * a government body of a country), or -1. */
static int country_ref(const ng_ctx *c, const ng_mention *m) {
  if (!m) return -1;
  switch (m->kind) {
  case NG_M_COUNTRY:
  case NG_M_DEMONYM:
  case NG_M_CAPITAL_GOV: return m->country;
  case NG_M_ORG: return ng_ent_country_of(c, m->ent);
  default: return -1;
  }
}

/* The country of an armed force or a government body a mention names
 * ("Kenyan Air Force cargo aircraft"), if the document names that
 * country too; else country_ref's answer. */
static int force_country(const ng_ctx *c, const ng_mention *m) {
  int cr = country_ref(c, m);
  if (cr >= 0 || !m || m->kind != NG_M_ORG || m->ent < 0) return cr;
  const ng_entity *e = &c->f->ent[m->ent];
  if (!e->country || (e->org_class != NG_ORG_ARMED && e->org_class != NG_ORG_GOV)) return -1;
  return ng_ent_find(c, NG_ENT_COUNTRY, e->country);
}

/* The country a person officially speaks for: the owner of their posts when
 * all their posts belong to one country (or a body of it), else -1. */
static int person_state(const ng_ctx *c, int ent) {
  int st = -1;
  for (size_t i = 0; i < c->f->n_post; i++) {
    if (c->f->post[i].person != ent || c->f->post[i].of < 0) continue;
    int cr = ng_ent_country_of(c, c->f->post[i].of);
    if (cr < 0 || (st >= 0 && st != cr)) return -1;
    st = cr;
  }
  return st;
}

/* Is token i inside a quotation (between paired double quotes of its paragraph)? */
static bool *quoted_mask(const ng_ctx *c) {
  bool *q = ng_xcalloc(c->tk.n + 1, sizeof *q);
  /* statements were emitted in text order, so one sweep marks their tokens */
  size_t i = 0;
  for (size_t e = c->ev_base; e < c->f->n_ev; e++) {
    const ng_event *ev = &c->f->ev[e];
    if (ev->kind != NG_EV_STATEMENT || !ev->n_mentions) continue;
    const ng_span *sp = &ev->mentions[0];
    while (i > 0 && c->tk.tok[i - 1].cb >= sp->cb) i--;
    while (i < c->tk.n && c->tk.tok[i].cb < sp->cb) i++;
    for (size_t k = i; k < c->tk.n && c->tk.tok[k].ce <= sp->ce; k++) q[k] = true;
  }
  return q;
}

/* In a corrections column (its headline names "corrections" or a
 * "clarification"), what an earlier piece wrongly said is no fact: "An
 * article on 12 April ... said that X signed ...", "The same report said
 * that ...".  Such sentences are masked like quotations. */
static void corrected_claims(const ng_ctx *c, bool *q) {
  static const char *const pieces[] = {"article", "report", "story", "item", "interview",
                                       "headline", "piece", "obituary", "review", "caption",
                                       "graphic", "column", "editorial", "profile",
                                       "explainer", "brief", "post", "entry", "analysis",
                                       "factbox", "newsletter", "episode", NULL};
  static const char *const says[] = {"said", "says", "stated", "reported", "claimed",
                                     "suggested", "described", "gave", "quoted", NULL};
  bool column = ng_title_is_corrections(c->doc->title);
  for (size_t s = 0; s < c->tk.n_sent; s++) {
    size_t s0 = c->tk.sent[s].first, s1 = c->tk.sent[s].end, i = s0;
    while (i < s1 && c->tk.tok[i].type == NG_TOK_PUNCT) i++;
    /* ("Correction:", "CORRECTION, 15 December 2039:", "Correction (11 March):") */
    if (ng_tok_is_ci(c, i, "correction"))
      for (size_t colon = i + 1; colon < s1 && colon <= i + 8; colon++)
        if (is_p(c, colon, ':')) {
          i = colon + 1;
          break;
        }
    size_t j, end; /* the piece's word, and where what it said must be named by */
    if (column) {
      if (!in_list(c, i, (const char *const[]){"an", "a", "the", "our", NULL})) continue;
      j = i + 1;
      while (j < s1 && j <= i + 3 && !in_list(c, j, pieces)) j++;
      if (j >= s1 || j > i + 3) continue;
      end = s1;
    } else {
      /* a story's own correction, anywhere: "Correction: An earlier
       * version of this story said Iran had also allowed ..." */
      if (!(ng_tok_is_ci(c, i, "an") && ng_tok_is(c, i + 1, "earlier") &&
            ng_tok_is(c, i + 2, "version") && ng_tok_is(c, i + 3, "of") &&
            in_list(c, i + 4, (const char *const[]){"this", "the", NULL}) &&
            in_list(c, i + 5, pieces)))
        continue;
      j = i + 5;
      end = i + 9 < s1 ? i + 9 : s1;
    }
    bool said = false;
    for (size_t k = j + 1; k < end && !said; k++)
      said = in_list(c, k, says) ||
             (!column && (ng_tok_is(c, k, "misstated") || ng_tok_is(c, k, "wrongly")));
    if (!said) continue;
    for (size_t k = s0; k < s1; k++) q[k] = true;
  }
}

/* A review of a novel (a headline opening "Review:" or "Book review", a
 * text that speaks of a novel, a thriller or fiction) tells its plot in the
 * present, with no date: those events are made up.  Only sentences tied to
 * the calendar ("Last month Peru and Chile signed ...", "in 2029", "three
 * years ago") may tell real ones; the others are masked like quotations. */
static void novel_plot(const ng_ctx *c, bool *q) {
  const char *t = c->doc->title;
  if (!t || !(!strncasecmp(t, "review:", 7) || !strncasecmp(t, "book review", 11))) return;
  bool fiction = false;
  for (size_t i = 0; i < c->tk.n && !fiction; i++)
    fiction = c->tk.tok[i].type == NG_TOK_WORD &&
              in_list(c, i, (const char *const[]){"novel", "novels", "novelist", "thriller",
                                                  "fiction", NULL});
  if (!fiction) return;
  static const char *const periods[] = {
      "week", "month", "year", "weekend", "summer", "spring", "autumn", "winter", "monday",
      "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
      "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", NULL};
  for (size_t s = 0; s < c->tk.n_sent; s++) {
    size_t s0 = c->tk.sent[s].first, s1 = c->tk.sent[s].end;
    bool dated = false;
    for (size_t k = s0; k < s1 && !dated; k++) {
      const ng_token *tk = &c->tk.tok[k];
      if (tk->type == NG_TOK_NUM && tk->e - tk->b == 4) {
        const char *d = c->doc->text + tk->b;
        dated = (d[0] == '1' && d[1] == '9') || (d[0] == '2' && d[1] == '0');
      } else if (ng_tok_is_ci(c, k, "last")) {
        dated = in_list(c, k + 1, periods);
      } else {
        dated = in_list(c, k, (const char *const[]){"ago", "yesterday", NULL});
      }
    }
    if (!dated)
      for (size_t k = s0; k < s1; k++) q[k] = true;
  }
}

/* Per sentence: the union of its tokens' trigger bits.  The rules below
 * scan every sentence for one kind of trigger; a sentence without it is
 * passed over at once.  (find_airspace adds the airspace words it marks.) */
static uint32_t *sentence_trig(const ng_ctx *c) {
  uint32_t *tbits = ng_xcalloc(c->tk.n_sent + 1, sizeof *tbits);
  for (size_t s = 0; s < c->tk.n_sent; s++)
    for (size_t k = c->tk.sent[s].first; k < c->tk.sent[s].end; k++) tbits[s] |= c->trig[k];
  return tbits;
}

static const char *const deny_words[] = {"denied", "deny", "denies", "denying", "dismissed",
                                         "dismisses", "rejected", "rejects", "refuted", NULL};
static const char *const report_nouns[] = {"report", "reports", "claim", "claims", "allegation",
                                           "allegations", "story", "stories", "rumour", "rumours",
                                           "rumor", "rumors", "article", "suggestion", NULL};
static const char *const false_words[] = {"untrue", "false", "baseless", "unfounded", "fabricated",
                                          "incorrect", "inaccurate", "groundless", "fake", NULL};

/* Words before a trigger that make it talk of an agreement not (yet) made. */
static const char *const unmade[] = {"talks", "negotiations", "negotiating", "negotiate",
                                     "proposed", "proposal", "possible", "potential", "draft",
                                     "future", "similar",
                                     /* "failed to agree", "withdrew from the treaty": none
                                      * made, or an old one undone */
                                     "failed", "fail", "fails", "unable", "withdrew",
                                     "withdraw", "withdraws", "withdrawing", "withdrawn",
                                     "quit", "quits", "scrapped", "scraps", "terminated",
                                     "terminates", "suspended", "suspends", "renounced",
                                     "abandoned",
                                     /* "walked away from a planned security pact" */
                                     "planned", "mooted", "envisaged", "prospective", NULL};

static const char *const aircraft_words[] = {"aircraft", "planes", "plane", "airplanes",
                                             "airplane", "aeroplanes", "jets", "jet",
                                             "flights", "flight", "warplanes", "bombers",
                                             "airliners", "airlines", "carriers", "helicopters",
                                             "helicopter", "drones", "drone", "bomber", NULL};

/* The filters of the lists scanned over whole sentences or asked of most
 * tokens, made once (make_filters, before ng_extract_events). */
static word_filter deny_filter, report_nouns_filter, false_filter, unmade_filter, aircraft_filter;

/* Is token i one of the words W of filter F?  in_list behind its filter. */
static inline bool in_set(const ng_ctx *c, size_t i, const char *const *w, const word_filter *f) {
  return may_be_in(c, i, f) && in_list(c, i, w);
}

/* "denied a newspaper report that ...": a denial whose object is a report
 * or claim, in [s0, k). */
static bool denies_report_in(const ng_ctx *c, size_t s0, size_t k) {
  for (size_t i = s0; i < k; i++) {
    if (!may_be_in(c, i, &deny_filter) || !in_list(c, i, deny_words)) continue;
    for (size_t j = i + 1; j < k && j <= i + 4; j++)
      if (in_set(c, j, report_nouns, &report_nouns_filter)) return true;
  }
  return false;
}

/* The same for [s0, k) inside one sentence, once doc_denies_report has
 * looked at every whole sentence: a denial in part of a sentence is one in
 * all of it, so a document without any has none to look for. */
static bool denied_report(const ng_ctx *c, size_t s0, size_t k) {
  return c->report_denied && denies_report_in(c, s0, k);
}

/* A sentence that calls what it reports false: "..., was also untrue". */
static bool refuted(const ng_ctx *c, size_t s0, size_t s1) {
  /* a headline that opens on the verdict: "'Fake': ministry on Polish
   * troops in Lviv", "False: ..." */
  {
    size_t i = s0;
    /* (after a live blog's time: "16:05 'Fake': ...") */
    while (i < s1 && i < s0 + 4 &&
           (c->tk.tok[i].type == NG_TOK_NUM || (is_p(c, i, ':') && i > s0)))
      i++;
    if (i < s1 && c->tk.tok[i].type == NG_TOK_QUOTE) i++;
    if (i + 1 < s1 && TOK_IS_CI(c, i, "fake") + TOK_IS_CI(c, i, "false") +
                              TOK_IS_CI(c, i, "untrue") + TOK_IS_CI(c, i, "baseless") >
                          0) {
      size_t j = c->tk.tok[i + 1].type == NG_TOK_QUOTE ? i + 2 : i + 1;
      if (j < s1 && is_p(c, j, ':')) return true;
    }
  }
  for (size_t i = s0; i < s1; i++)
    if (may_be_in(c, i, &false_filter) && in_list(c, i, false_words) && i > s0 &&
        (ng_tok_is(c, i - 1, "was") || ng_tok_is(c, i - 1, "were") || ng_tok_is(c, i - 1, "is") ||
         ng_tok_is(c, i - 1, "are") || ng_tok_is(c, i - 1, "also") || ng_tok_is(c, i - 1, "as") ||
         ng_tok_is(c, i - 1, "entirely") || ng_tok_is(c, i - 1, "completely")))
      return true;
  return false;
}

/* "An Iranian website reported that Iran had refused ... . An official
 * called the report 'pure invention'": a sentence S that reports, whose
 * report the next sentence of its paragraph calls false or denies. */
static bool refuted_after(const ng_ctx *c, size_t s) {
  size_t s0 = c->tk.sent[s].first, s1 = c->tk.sent[s].end;
  /* a fact-check's "Claim: ..." and, next, "Verdict: FALSE" (or "Rating:") */
  if (s + 1 < c->tk.n_sent && TOK_IS_CI(c, s0, "claim") && is_p(c, s0 + 1, ':')) {
    size_t n0 = c->tk.sent[s + 1].first;
    if (in_list(c, n0, (const char *const[]){"verdict", "rating", NULL}) && is_p(c, n0 + 1, ':') &&
        (in_list(c, n0 + 2, false_words) ||
         in_list(c, n0 + 2, (const char *const[]){"misleading", "unproven", NULL})))
      return true;
  }
  bool reports = false;
  for (size_t i = s0; i < s1 && !reports; i++)
    reports = FIRST_IN(c, i, "rca") &&
              in_list(c, i, (const char *const[]){"reported", "reports", "report", "claimed",
                                                  "alleged", NULL});
  if (!reports || s + 1 >= c->tk.n_sent || c->tk.sent[s + 1].para != c->tk.sent[s].para)
    return false;
  size_t n0 = c->tk.sent[s + 1].first, n1 = c->tk.sent[s + 1].end;
  bool named = false, denied = false;
  for (size_t i = n0 + 1; i < n1; i++) {
    named |= in_list(c, i, report_nouns) &&
             in_list(c, i - 1, (const char *const[]){"the", "that", "this", "such", NULL});
    denied |= in_list(c, i, deny_words) || in_list(c, i, false_words) ||
              in_list(c, i, (const char *const[]){"invention", "fabrication", "fiction",
                                                  "nonsense", "lie", "lies", NULL});
    /* ("Kuwait has said no such request was ever made") */
    if (ng_tok_is(c, i, "such") && TOK_IS_CI(c, i - 1, "no")) named = denied = true;
  }
  return named && denied;
}

/* A correction retracts what an earlier version said: "An earlier version
 * of this article said that Chile had also signed ...". */
static bool retracted(const ng_ctx *c, size_t s0, size_t s1) {
  for (size_t i = s0 + 1; i < s1; i++)
    if (ng_tok_is(c, i, "version") && TOK_IS_CI(c, i - 1, "earlier")) return true;
  return false;
}

/* Countries a sentence says are no party: "Chile did not sign", "Chile's
 * delegation attended as an observer", "Chile is not a party to it" -- the
 * subject is the sentence's first word(s).  Up to MAX into OUT; returns how
 * many. */
static size_t non_parties(const ng_ctx *c, int *out, size_t max) {
  size_t n = 0;
  for (size_t s = 0; s < c->tk.n_sent && n < max; s++) {
    size_t s0 = c->tk.sent[s].first, s1 = c->tk.sent[s].end;
    /* "NAME said India was not a party to ...": the country right before */
    for (size_t i = s0 + 3; i < s1 && n < max; i++) {
      if (!(ng_tok_is(c, i, "party") || ng_tok_is(c, i, "signatory")) ||
          !ng_tok_is(c, i - 1, "a") || !ng_tok_is(c, i - 2, "not"))
        continue;
      size_t j = i - 3;
      for (int w = 0; w < 3 && j > s0 &&
                      in_list(c, j, (const char *const[]){"was", "is", "has", "been", "would",
                                                          "will", "be", NULL});
           w++)
        j--;
      const ng_mention *pm = j > s0 && j + 1 < i - 2 ? m_at(c, j) : NULL;
      int pc = pm && pm->t1 == j + 1 ? country_ref(c, pm) : -1;
      if (pc >= 0 && pm->t0 > s0) out[n++] = pc;
    }
    if (n >= max) break;
    const ng_mention *m = m_at(c, s0);
    int cr = m ? country_ref(c, m) : -1;
    if (cr < 0) continue;
    bool no = false;
    for (size_t i = m->t1; i < s1 && !no; i++) {
      if (ng_tok_is(c, i, "observer") || ng_tok_is(c, i, "observers"))
        no = ng_tok_is(c, i - 1, "an") || ng_tok_is(c, i - 1, "only");
      else if ((ng_tok_is(c, i, "party") || ng_tok_is(c, i, "signatory")) && i >= 2)
        no = ng_tok_is(c, i - 1, "a") && ng_tok_is(c, i - 2, "not");
      else if (ng_tok_is(c, i, "sign") && i >= 2 && i <= m->t1 + 3)
        no = ng_tok_is(c, i - 1, "not") && ng_tok_is(c, i - 2, "did");
      /* "Chile's foreign minister, NAME, attended as an observer" */
      const ng_mention *pm = is_p(c, i, ',') ? m_at(c, i + 1) : NULL;
      if (pm && pm->kind == NG_M_PERSON && is_p(c, pm->t1, ',')) {
        i = pm->t1;
        continue;
      }
      if (is_p(c, i, ',') || c->tk.tok[i].type == NG_TOK_QUOTE) break;
    }
    if (no) out[n++] = cr;
  }
  return n;
}

/* Does the document deny a report anywhere?  Then what the report said
 * ("a newspaper reported that ...") is no fact. */
static bool doc_denies_report(const ng_ctx *c) {
  for (size_t s = 0; s < c->tk.n_sent; s++)
    if (denies_report_in(c, c->tk.sent[s].first, c->tk.sent[s].end)) return true;
  return false;
}

/* In a document that denies a report, what [s0, k) attributes to reports
 * ("a newspaper reported that ...", not "according to the ministry"). */
static bool hearsay(const ng_ctx *c, size_t s0, size_t k) {
  if (!c->report_denied) return false;
  for (size_t i = s0; i < k; i++)
    if ((c->trig[i] & NG_TR_REPORT) && !TOK_IS_CI(c, i, "according")) return true;
  return false;
}

/* Does a new clause with its own subject start at token i, before the
 * trigger at k: "..., while Norway has deployed", "...; Chile signed"?  A
 * hedge or negation before it governs the other clause, not the trigger:
 * "Romania said it was considering a similar purchase, while Norway has
 * already deployed 200 soldiers to Lithuania". */
static bool new_clause_at(const ng_ctx *c, size_t i, size_t k) {
  /* (asked of every token before a trigger: punctuation first) */
  if (c->tk.tok[i].type != NG_TOK_PUNCT) return false;
  char ch = c->doc->text[c->tk.tok[i].b];
  if (ch == ';') return true;
  if (ch != ',' || i + 2 >= k ||
      !in_list(c, i + 1, (const char *const[]){"while", "whereas", "but", "and", NULL}))
    return false;
  const ng_mention *m = m_at(c, i + 2);
  if (!m && TOK_IS_CI(c, i + 2, "the")) m = m_at(c, i + 3);
  return m && (m->kind == NG_M_COUNTRY || m->kind == NG_M_CAPITAL_GOV || m->kind == NG_M_PERSON ||
               m->kind == NG_M_ORG);
}

static const char *const subordinators[] = {"while", "whilst", "because", "since", "though",
                                            "although", "whereas", NULL};
static word_filter subordinators_filter;

/* Is token K a verb's past form ("signed", "agreed")?  (By its ending.) */
static bool past_form(const ng_ctx *c, size_t k) {
  size_t n;
  const char *w = ng_tok_text(c, k, &n);
  return n > 3 && lower_c(w[n - 2]) == 'e' && lower_c(w[n - 1]) == 'd';
}

/* Does the clause opened by the word at I name its own subject right after
 * it ("while Danish troops", "after the Ghanaian army")? */
static bool clause_subject_named(const ng_ctx *c, size_t i) {
  const ng_mention *m = m_at(c, i + 1);
  if (!m && TOK_IS_CI(c, i + 1, "the")) m = m_at(c, i + 2);
  return m && (m->kind == NG_M_COUNTRY || m->kind == NG_M_DEMONYM ||
               m->kind == NG_M_CAPITAL_GOV || m->kind == NG_M_PERSON || m->kind == NG_M_ORG);
}

/* Negation or hypothesis governing the trigger at k: a negation within the
 * four tokens before it, or a denial/refusal/hypothetical earlier in the
 * sentence. */
static bool non_factual(const ng_ctx *c, size_t s0, size_t k) {
  if (hearsay(c, s0, k)) return true;
  for (size_t i = k; i-- > s0;) {
    if (new_clause_at(c, i, k)) return false;
    /* "Oslo would not comment while Danish troops are in Norway": a
     * subordinate clause with its own subject tells its own facts */
    if (i + 1 < k && in_set(c, i, subordinators, &subordinators_filter) &&
        clause_subject_named(c, i))
      return false;
    /* (and a time clause with its own subject that tells of a thing done:
     * "Burkina Faso refused the request, two days after Ghana and Togo
     * signed an agreement") */
    if (i + 1 < k && FIRST_IN(c, i, "aw") &&
        in_list(c, i, (const char *const[]){"after", "when", NULL}) && past_form(c, k) &&
        clause_subject_named(c, i))
      return false;
    /* (and one whose subject is a pronoun: "Montenegro refused ..., a day
     * after it signed a pact with Croatia") */
    /* (the pronoun first: an inlined compare each, cheaper than the list on
     * every token before a trigger) */
    if (i + 1 < k &&
        (TOK_IS_CI(c, i + 1, "it") || TOK_IS_CI(c, i + 1, "they") || TOK_IS_CI(c, i + 1, "he") ||
         TOK_IS_CI(c, i + 1, "she")) &&
        in_list(c, i + 1, (const char *const[]){"it", "they", "he", "she", NULL}) &&
        in_list(c, i, (const char *const[]){"after", "before", "when", "since", "once", NULL}))
      return false;
    /* a relative clause states its own facts: "could join the pact that X and Y signed" */
    if (i > s0 && (c->trig[i - 1] & NG_TR_AGREE) &&
        (ng_tok_is(c, i, "that") || ng_tok_is(c, i, "which")))
      return false;
    if ((c->trig[i] & NG_TR_NEG) && k - i <= 6) return true;
    /* ("It should be noted that ...", "it must be stressed that": an
     * agency's formula, no hypothesis) */
    if ((c->trig[i] & NG_TR_HYPO) && ng_tok_is(c, i + 1, "be") &&
        in_list(c, i + 2, (const char *const[]){"noted", "stressed", "recalled", "mentioned",
                                                "emphasized", "emphasised", "added", NULL}))
      continue;
    if (c->trig[i] & NG_TR_HYPO) return true;
    /* "Egyptian media report that ...", "we are told that ...": hearsay;
     * "stands ready to send troops": a willingness */
    if (i > s0 &&
        ((FIRST_IN(c, i, "r") &&
          in_list(c, i, (const char *const[]){"report", "reports", "reported", NULL}) &&
          in_list(c, i - 1, (const char *const[]){"media", "press", "newspapers", "outlets", NULL})) ||
         (ng_tok_is(c, i, "told") &&
          in_list(c, i - 1, (const char *const[]){"are", "were", "is", "was", NULL}))))
      return true;
    if (ng_tok_is(c, i + 1, "to") &&
        in_list(c, i, (const char *const[]){"ready", "willing", "prepared", NULL}))
      return true;
    /* "were invited to join the pact later": not (yet) a party */
    if (ng_tok_is(c, i + 1, "to") &&
        in_list(c, i + 2, (const char *const[]){"join", "accede", "sign", NULL}) &&
        in_list(c, i, (const char *const[]){"invited", "invite", "invites", "urged", "encouraged",
                                            NULL}))
      return true;
    if ((c->trig[i] & (NG_TR_NEG | NG_TR_REPORT)) &&
        in_list(c, i, (const char *const[]){"denied", "deny", "denies", "refused", "refuses",
                                           "refuse", "rejected", "rejects", "reports", "rumors",
                                           "rumours", "reportedly", NULL})) {
      /* "The same paper reports that ...", "the agency reports that": one
       * named outlet telling what it found is no rumour */
      /* ("Radio Nord reports that": an outlet by its name) */
      if (i > s0 && ng_tok_is(c, i, "reports") && ng_tok_is(c, i + 1, "that") &&
          (in_list(c, i - 1, (const char *const[]){"paper", "newspaper", "daily", "weekly",
                                                   "agency", "broadcaster", NULL}) ||
           (c->tk.tok[i - 1].type == NG_TOK_WORD && (c->tk.tok[i - 1].flags & NG_TF_CAP) &&
            !(m_at(c, i - 1) && m_at(c, i - 1)->kind == NG_M_DEMONYM))))
        continue;
      return true;
    }
  }
  return false;
}

/* ------------------------------------------------------------- dates */

/* Does token i name a day relative to publication: a weekday (capitalised),
 * "yesterday", "today" or "tomorrow"?  Then *WD is the weekday (0 Monday),
 * or -1 for the others. */
static bool relative_day(const ng_ctx *c, size_t i, int *wd) {
  const ng_token *t = &c->tk.tok[i];
  size_t n = t->e - t->b;
  const char *w = c->doc->text + t->b;
  char f = n ? lower_c(w[0]) : '\0';
  *wd = -1;
  /* (the first letter first: this looks at every token of the sentence;
   * every weekday's name starts with m, t, w, f or s) */
  if ((t->flags & NG_TF_CAP) && (f == 'm' || f == 't' || f == 'w' || f == 'f' || f == 's') &&
      (*wd = ng_weekday_from_name(w, n)) >= 0)
    return true;
  if (f == 'y') return TOK_IS_CI(c, i, "yesterday");
  return f == 't' && (TOK_IS_CI(c, i, "today") || TOK_IS_CI(c, i, "tomorrow"));
}

/* The date a sentence speaks of: the first date written in it, else
 * (publication known) the first day named relative to publication. */
static ng_date sentence_date(const ng_ctx *c, size_t s0, size_t s1) {
  ng_date none = {0, 0, 0};
  const ng_doc *d = c->doc;
  size_t rel = SIZE_MAX; /* one pass looks for both */
  int wd = -1;
  for (size_t i = s0; i < s1; i++) {
    const ng_token *t = &c->tk.tok[i];
    /* (the first letter before the call: every token of the sentence asks,
     * and a day's name, "yesterday", "today" and "tomorrow" start with one
     * of these) */
    if (rel == SIZE_MAX && d->published.y > 0 && FIRST_IN(c, i, "mtwfsy") &&
        relative_day(c, i, &wd))
      rel = i;
    if (t->type != NG_TOK_WORD && t->type != NG_TOK_NUM) continue;
    /* every date ng_date_parse reads starts with a digit or a capital */
    char ch = d->text[t->b];
    if (!(ch >= '0' && ch <= '9') && !(ch >= 'A' && ch <= 'Z')) continue;
    ng_date x;
    size_t used = ng_date_parse(d->text + t->b, d->len - t->b,
                                d->published.y > 0 ? d->published.y : 0, &x);
    if (used && ng_date_valid(x)) {
      /* a bare month-day takes the publication year, but not a future date */
      if (d->published.y > 0 && x.y == d->published.y && (x.m > d->published.m + 1))
        x.y--;
      return x;
    }
  }
  if (rel == SIZE_MAX) return none;
  if (wd >= 0) {
    /* the most recent such day on or before publication (news reports the past) */
    int pd = ng_date_weekday(d->published);
    int back = (pd - wd + 7) % 7;
    if (rel > s0 && (TOK_IS_CI(c, rel - 1, "next") || TOK_IS_CI(c, rel - 1, "coming")))
      return ng_date_add_days(d->published, (wd - pd + 7) % 7 ? (wd - pd + 7) % 7 : 7);
    return ng_date_add_days(d->published, -back);
  }
  if (TOK_IS_CI(c, rel, "yesterday")) return ng_date_add_days(d->published, -1);
  if (TOK_IS_CI(c, rel, "today")) return d->published;
  return ng_date_add_days(d->published, 1); /* tomorrow */
}

/* ------------------------------------------------------------- agreements */

static int type_rank(const char *t) {
  static const char *const order[] = {"OtherAgreement", "SecurityCooperation",
                                      "MilitaryCoordination", "AirSafety", "BasingRights",
                                      "ArmsSupply", "IntelligenceSharing", NULL};
  for (int i = 0; order[i]; i++)
    if (!strcmp(order[i], t)) return i;
  return 0;
}

static const char *cue_default_type(const ng_ctx *c, size_t k) {
  size_t n;
  const char *w = ng_tok_text(c, k, &n);
  /* (civil work done together is no military matter: "to coordinate search
   * and rescue at sea", "cooperation on disaster relief") */
  for (size_t i = k + 1; i < c->tk.n && i <= k + 3 && c->tk.tok[i].sent == c->tk.tok[k].sent; i++)
    if ((ng_tok_is_ci(c, i, "search") && ng_tok_is(c, i + 1, "and") &&
         ng_tok_is(c, i + 2, "rescue")) ||
        (ng_tok_is_ci(c, i, "disaster") &&
         in_list(c, i + 1, (const char *const[]){"relief", "response", NULL})) ||
        (ng_tok_is_ci(c, i, "civil") && ng_tok_is(c, i + 1, "protection")))
      return "OtherAgreement";
  if (n >= 5 && (!strncasecmp(w, "coord", 5) || !strncasecmp(w, "co-or", 5)))
    return "MilitaryCoordination";
  if ((n >= 4 && !strncasecmp(w, "coop", 4)) || (n >= 5 && !strncasecmp(w, "co-op", 5)) ||
      (n >= 5 && !strncasecmp(w, "liais", 5)) || (n >= 5 && !strncasecmp(w, "partn", 5)) ||
      (n >= 5 && !strncasecmp(w, "colla", 5)))
    return "SecurityCooperation";
  return "OtherAgreement";
}

/* Countries listed from token k on: "Chile, Peru and Spain", "Chile, the
 * Peruvian government and Spain", "both Peru and Chile, along with Spain",
 * "Chilean President Rosa al-Hakim's government".  Anything else ends the list. */
static const char *const list_glue[] = {"and", "the", "both", "along", "as", "well", "'s",
                                        "\xE2\x80\x99s", "government", "governments", "regime", "military",
                                        "forces", "authorities", "leadership", "officials",
                                        NULL};
static word_filter list_glue_filter;

/* The nouns a pact is referred back to by: "the agreement", "this pact". */
static const char *const pact_nouns[] = {"agreement", "pact", "accord", "treaty", "memorandum",
                                         "deal", "protocol", "arrangement", NULL};

static void collect_list_p(const ng_ctx *c, size_t k, size_t s1, int *out, size_t *n, size_t max,
                           bool persons);

static void collect_list(const ng_ctx *c, size_t k, size_t s1, int *out, size_t *n, size_t max) {
  collect_list_p(c, k, s1, out, n, max, false);
}

/* PERSONS: officials stand for their states ("Wulandari and Binh signed"). */
static void collect_list_p(const ng_ctx *c, size_t k, size_t s1, int *out, size_t *n, size_t max,
                           bool persons) {
  size_t steps = 0;
  for (size_t i = k; i < s1 && steps < 24; i++, steps++) {
    const ng_token *t = &c->tk.tok[i];
    if (t->type == NG_TOK_QUOTE) {
      if (*n) break;
      continue;
    }
    const ng_mention *m = m_at(c, i);
    /* "with Peru, the Bolivian refusal and ...": a demonym that qualifies
     * some other thing ends the list (not "the Uruguayan government") */
    if (m && m->kind == NG_M_DEMONYM && *n && i > k && TOK_IS_CI(c, i - 1, "the") &&
        m->t1 < s1 && c->tk.tok[m->t1].type == NG_TOK_WORD &&
        !(c->tk.tok[m->t1].flags & NG_TF_CAP) && !in_set(c, m->t1, list_glue, &list_glue_filter) &&
        !in_list(c, m->t1, (const char *const[]){"government", "governments", "authorities",
                                                 "side", "state", "navy", "army", "forces",
                                                 "military", "delegation", "ministry", "people",
                                                 "republic", NULL}))
      break;
    if (m) {
      int cr = country_ref(c, m);
      if (cr < 0 && persons && m->kind == NG_M_PERSON) cr = person_state(c, m->ent);
      if (cr >= 0) {
        bool dup = false;
        for (size_t j = 0; j < *n; j++) dup |= out[j] == cr;
        if (!dup && *n < max) out[(*n)++] = cr;
      }
      i = m->t1 - 1;
      continue;
    }
    if (is_p(c, i, ',') || in_set(c, i, list_glue, &list_glue_filter)) continue;
    if (TOK_IS_CI(c, i, "with") && i > k && TOK_IS_CI(c, i - 1, "along")) continue;
    /* "between the Government of the Republic of Kazakhstan and the
     * Government of the Kyrgyz Republic", as treaties name their parties */
    if (TOK_IS(c, i, "of") && i > k &&
        in_list(c, i - 1, (const char *const[]){"government", "governments", NULL}))
      continue;
    /* "the Minister of Defence of Portugal, A, and ..." */
    if (persons && ng_tok_is(c, i, "of") && i > k && m_at(c, i - 1)) continue;
    /* "Latvia's defence minister, A, and his Lithuanian counterpart, B" */
    if (persons && i > k && in_list(c, i, (const char *const[]){"his", "her", "counterpart", NULL}))
      continue;
    break;
  }
}

typedef struct {
  int party[16];
  size_t n_party;
  const char *type;
  bool explicit_type; /* named by a type word ("intelligence"), not just the trigger */
  int announced, against, location;
  ng_date date;
  ng_span span;
  double conf;
} agreement;

static void add_party(agreement *a, int cr) {
  if (cr < 0) return;
  for (size_t j = 0; j < a->n_party; j++)
    if (a->party[j] == cr) return;
  if (a->n_party < 16) a->party[a->n_party++] = cr;
}

/* The countries named in [FROM, TO), each once, at most three looked at:
 * if they are exactly two, they become A's parties and true is returned.
 * CLAUSE: stop at a ';', or at a ',' after the first. */
static bool two_named(const ng_ctx *c, size_t from, size_t to, bool clause, agreement *a) {
  agreement t;
  t.n_party = 0;
  for (size_t j = from; j < to && t.n_party < 3; j++) {
    if (clause && (is_p(c, j, ';') || (t.n_party && is_p(c, j, ',')))) break;
    const ng_mention *m = m_at(c, j);
    if (!m) continue;
    add_party(&t, country_ref(c, m));
    j = m->t1 - 1;
  }
  if (t.n_party != 2) return false;
  add_party(a, t.party[0]);
  add_party(a, t.party[1]);
  return true;
}

/* The country list from token FROM to K: if it names two parties or more,
 * they become A's and true is returned. */
static bool list_parties(const ng_ctx *c, size_t from, size_t k, agreement *a) {
  int party[16];
  size_t n = 0;
  collect_list_p(c, from, k, party, &n, 16, true);
  if (n < 2) return false;
  for (size_t j = 0; j < n; j++) add_party(a, party[j]);
  return true;
}

/* Nearest country reference before token k in the sentence, or -1. */
static size_t aside_start(const ng_ctx *c, size_t s0, size_t i);

static int country_before(const ng_ctx *c, size_t s0, size_t k) {
  for (size_t i = k; i-- > s0;) {
    /* (past an aside: "Laos, whose air force flies trainers bought from
     * Russia, signed a contract with") */
    size_t a0 = aside_start(c, s0, i);
    if (a0 != SIZE_MAX) {
      i = a0;
      continue;
    }
    const ng_mention *m = m_at(c, i);
    /* ("arrived in the southern Lao province of Attapeu": a place, no party) */
    if (m && m->kind == NG_M_DEMONYM &&
        in_list(c, m->t1, (const char *const[]){"province", "region", "district", "town",
                                                "city", "village", "side", "bank", "coast",
                                                "waters", NULL})) {
      i = m->t0;
      continue;
    }
    int cr = country_ref(c, m);
    if (cr >= 0) return cr;
  }
  return -1;
}

static const char *const give_verbs[] = {"give", "grant", "allow", "let", "offer", "provide",
                                         "lease", "sell", "supply", "host", "permit", NULL};
/* a deal said by what it lets one party do: "a deal allowing British troops
 * to use the base", "an agreement giving India access to the port" */
static const char *const giving[] = {"allowing", "giving", "letting", "granting", "permitting",
                                     "offering", "enabling", NULL};
static word_filter giving_filter;
static const char *const gives_forms[] = {"allows", "gives", "lets", "grants", "permits",
                                          "enables", "allowed", "gave", "granted", "permitted",
                                          "enabled", NULL};

static const char *const when_leads[] = {"on", "last", "this", "earlier", NULL};
static const char *const when_nouns[] = {"week", "month", "year", "morning", "evening",
                                         "afternoon", NULL};
static word_filter when_leads_filter, when_nouns_filter;

/* The token after a time phrase starting at I ("on Tuesday", "last week",
 * "on 3 May", "yesterday"), or I: "agreed on Tuesday to set up ...". */
static size_t past_when(const ng_ctx *c, size_t i, size_t s1) {
  size_t j = i;
  bool when = false;
  int wd;
  while (j < s1 && j < i + 5) {
    const ng_token *t = &c->tk.tok[j];
    if (t->type == NG_TOK_NUM) {
      j++;
      continue;
    }
    if (t->type != NG_TOK_WORD) break;
    if (in_set(c, j, when_leads, &when_leads_filter)) {
      j++;
      continue;
    }
    if (relative_day(c, j, &wd) ||
        ((t->flags & NG_TF_CAP) && ng_month_from_name(c->doc->text + t->b, t->e - t->b)) ||
        in_set(c, j, when_nouns, &when_nouns_filter)) {
      when = true;
      j++;
      continue;
    }
    break;
  }
  return when ? j : i;
}

/* The state a pronoun subject right before the trigger at K stands for:
 * "He signed a pact with Bangladesh" (the first person named in the
 * sentence before, or the one before that), "Two days after she signed an
 * accord with Chile, Peru's defence minister ..." (the main clause's
 * subject, after the fronted clause).  -1 if none. */
static int pronoun_state(const ng_ctx *c, size_t s0, size_t s1, size_t k) {
  size_t p = k;
  while (p > s0 && k - p < 4 && !TOK_IS_CI(c, p - 1, "he") && !TOK_IS_CI(c, p - 1, "she")) {
    /* "he had also signed": only lower-case words between */
    if (c->tk.tok[p - 1].type != NG_TOK_WORD || (c->tk.tok[p - 1].flags & NG_TF_CAP) ||
        m_at(c, p - 1))
      return -1;
    p--;
  }
  if (p == s0) return -1;
  p--; /* the pronoun */
  if (p > s0) {
    if (!in_list(c, p - 1, (const char *const[]){"after", "before", "when", "once", "since",
                                                 "as", NULL}))
      return -1;
    size_t i = k + 1;
    while (i < s1 && !is_p(c, i, ',') && !is_p(c, i, ';')) i++;
    if (i >= s1 || !is_p(c, i, ',')) return -1;
    i++;
    if (TOK_IS_CI(c, i, "the")) i++;
    const ng_mention *m = m_at(c, i);
    if (!m) return -1;
    return m->kind == NG_M_PERSON ? person_state(c, m->ent) : country_ref(c, m);
  }
  size_t sn = c->tk.tok[s0].sent;
  for (size_t back = 1; back <= 2 && back <= sn; back++) {
    size_t b0 = c->tk.sent[sn - back].first, b1 = c->tk.sent[sn - back].end;
    for (size_t i = b0; i < b1; i++) {
      const ng_mention *m = m_at(c, i);
      if (!m) continue;
      if (m->kind == NG_M_PERSON) return person_state(c, m->ent);
      i = m->t1 - 1;
    }
  }
  return -1;
}

/* Is the pact at K told as signed in the clause after it: "the deal that
 * Chile signed with Spain", "the pact their ministers signed in May", "the
 * accord signed in Doha"? */
static bool signed_after(const ng_ctx *c, size_t k, size_t s1) {
  static const char *const done[] = {"signed", "inked", "concluded", "sealed", NULL};
  for (size_t i = k + 1; i < s1 && i <= k + 6; i++) {
    if (c->tk.tok[i].type != NG_TOK_WORD) return false;
    if (c->trig[i] & (NG_TR_PLANNED | NG_TR_HYPO | NG_TR_NEG)) return false;
    if (in_list(c, i, done))
      return !in_list(c, i - 1, (const char *const[]){"to", "be", "been", "being", NULL});
  }
  return false;
}

/* Is the pact at K told as not signed, or not yet, by a passive after it:
 * "the agreement was not signed", "an accord will be signed on Tuesday",
 * "the memorandum has yet to be signed"?  Then the token of the verb, else
 * SIZE_MAX. */
static size_t unsigned_after(const ng_ctx *c, size_t k, size_t s1) {
  static const char *const done[] = {"signed", "inked", "concluded", "sealed", "finalised",
                                     "finalized", NULL};
  /* (the verb first, in the clause: most cues have none after them;
   * "signed" and "inked" are cues themselves, the others rarer) */
  size_t v = k + 1;
  for (; v < s1 && v <= k + 12; v++) {
    if (c->tk.tok[v].type != NG_TOK_WORD) return SIZE_MAX;
    if (((c->trig[v] & NG_TR_AGREE) || FIRST_IN(c, v, "cf")) && in_list(c, v, done)) break;
  }
  if (v >= s1 || v > k + 12) return SIZE_MAX;
  bool undone = false, be = false;
  for (size_t i = k + 1; i < v; i++) {
    undone |= (c->trig[i] & (NG_TR_PLANNED | NG_TR_HYPO | NG_TR_NEG)) || ng_tok_is(c, i, "yet");
    be |= in_list(c, i, (const char *const[]){"was", "were", "is", "are", "be", "been", NULL});
  }
  return undone && be ? v : SIZE_MAX;
}

/* Is the subject of the clause that ends at the trigger K an organisation
 * that is no state's: a named body of no country, or a capitalised name
 * that is no mention ("the Centre already shares ...")? */
static bool subject_not_state(const ng_ctx *c, size_t s0, size_t k) {
  for (size_t i = k; i-- > s0;) {
    if (is_p(c, i, ',') || is_p(c, i, ';') || TOK_IS_CI(c, i, "that") ||
        TOK_IS_CI(c, i, "which"))
      return false;
    const ng_mention *m = m_at(c, i);
    if (m) return m->kind == NG_M_ORG && c->f->ent[m->ent].country == NULL;
    if ((c->tk.tok[i].flags & NG_TF_CAP) && c->tk.tok[i].type == NG_TOK_WORD && i > s0 &&
        !TOK_IS_CI(c, i - 1, "that") && !is_p(c, i - 1, ','))
      return true;
  }
  return false;
}

/* The state a pronoun subject of a subordinate clause stands for: "..., a
 * day after it signed a pact with Croatia" (the verb of signing at the cue
 * K or a few words before it) -- the first state the sentence names, past
 * a dateline; or -1. */
static int pronoun_clause_subject(const ng_ctx *c, size_t s0, size_t k) {
  /* (most pacts have no pronoun before them: a glance first) */
  bool pron = false;
  for (size_t v = k; v-- > s0 && k - v <= 9 && !pron;)
    pron = TOK_IS_CI(c, v, "it") || TOK_IS_CI(c, v, "they");
  if (!pron) return -1;
  size_t pk = k;
  for (size_t v = k; v-- > s0 && k - v <= 5;)
    if (in_list(c, v, (const char *const[]){"signed", "inked", "concluded", "sealed", "agreed",
                                            "sign", "signs", NULL})) {
      pk = v;
      break;
    }
  while (pk > s0 && in_list(c, pk - 1, (const char *const[]){"has", "had", "have", "also", NULL}))
    pk--;
  if (pk <= s0 + 1 || !in_list(c, pk - 1, (const char *const[]){"it", "they", NULL}) ||
      !in_list(c, pk - 2, (const char *const[]){"after", "before", "when", "since", "as", "once",
                                                "because", NULL}))
    return -1;
  for (size_t f = s0; f + 2 < pk; f++) {
    const ng_mention *m0 = m_at(c, f);
    if (!m0) continue;
    if (m0->kind == NG_M_COUNTRY || m0->kind == NG_M_CAPITAL_GOV) return m0->country;
    f = m0->t1 - 1;
  }
  return -1;
}

/* Parties of the agreement triggered at k, tried in this order:
 *  - a compound just before it: "Chile-Peru-Norway-Spain cooperation",
 *    "joins Norway-Chile maritime intelligence pact" (plus the subject);
 *  - the subject and a list after "with"/"between";
 *  - a coordinated subject: "Japan and the Philippines signed";
 *  - the subject and a list in a relative clause: "signed the agreement that
 *    Norway and Chile announced". */
static void find_parties(const ng_ctx *c, size_t s0, size_t s1, size_t k, agreement *a,
                         const agreement *prev, size_t n_prev) {
  a->n_party = 0;
  for (size_t end = k; end > s0 && k - end <= 4; end--) {
    size_t g = end, countries = 0;
    while (g > s0 && (m_at(c, g - 1) || is_p(c, g - 1, '-'))) {
      const ng_mention *m = m_at(c, g - 1);
      if (m) {
        g = m->t0;
        countries += country_ref(c, m) >= 0;
      } else {
        if (c->tk.tok[g - 1].flags & NG_TF_SPACE_BEFORE) break; /* a spaced dash ends the compound */
        g--;
      }
    }
    if (countries >= 2 && end - g >= 3) {
      for (size_t i = g; i < end; i++) {
        const ng_mention *m = m_at(c, i);
        if (m) {
          add_party(a, country_ref(c, m));
          i = m->t1 - 1;
        }
      }
      /* plus the subject of the same clause ("Peru joins Norway-Chile ...
       * pact"), not a country of an earlier item of a list */
      for (size_t i = g; i-- > s0;) {
        if (is_p(c, i, ',') || is_p(c, i, ';') || is_p(c, i, ':')) break;
        /* (not one that "was not asked to join the Romanian-Moldovan
         * arrangement", "has not joined", "was invited to join") */
        if ((c->trig[i] & NG_TR_NEG) ||
            in_list(c, i, (const char *const[]){"asked", "invited", "urged", "encouraged",
                                                NULL}))
          break;
        /* (nor one that tells of it or reacts: "No Turkmen paper mentioned the
         * Kazakh-Kyrgyz agreement", "The Chinese press praised ...") */
        if (in_list(c, i, (const char *const[]){"mentioned", "reported", "covered", "ignored",
                                                "praised", "welcomed", "hailed", "criticised",
                                                "criticized", "condemned", "questioned",
                                                "noted", "described", NULL}))
          break;
        int cr = country_ref(c, m_at(c, i));
        if (cr >= 0) {
          add_party(a, cr);
          break;
        }
      }
      return;
    }
    if (c->tk.tok[end - 1].type != NG_TOK_WORD || (c->tk.tok[end - 1].flags & NG_TF_CAP)) {
      /* (but a pact's name in capitals goes on: "the Peru-Chile Military
       * Assistance Agreement") */
      if (!m_at(c, end - 1) &&
          !(c->tk.tok[end - 1].type == NG_TOK_WORD && (c->tk.tok[k].flags & NG_TF_CAP) &&
            k > s0 && !(c->tk.tok[k].flags & NG_TF_ALLCAPS)))
        break;
    }
  }
  int subj = country_before(c, s0, k);
  /* "Montenegro refused a Russian request ..., a day after it signed a pact
   * with Croatia": the pronoun of a subordinate clause is the sentence's
   * subject, not the country named last */
  int pron = pronoun_clause_subject(c, s0, k);
  if (pron >= 0) subj = pron;
  bool passive = k > s0 && in_list(c, k - 1, (const char *const[]){"was", "were", "been", "being",
                                                                   "is", "are", NULL});
  /* a reduced relative: "the agreement, signed in Lisbon by ...", "the
   * pact signed by ..." */
  passive |= k > s0 && (is_p(c, k - 1, ',') || (c->trig[k - 1] & NG_TR_AGREE)) &&
             in_list(c, k, (const char *const[]){"signed", "inked", "concluded", "sealed",
                                                 "agreed", NULL});
  for (size_t i = k + 1; i < s1 && i <= k + 12; i++) {
    /* a new clause ("..., and it has spent decades between X and Y") is
     * about something else */
    if (is_p(c, i, ';') ||
        (is_p(c, i, ',') && in_list(c, i + 1, (const char *const[]){"and", "but", "while",
                                                                   "whereas", "although",
                                                                   "where", NULL})))
      break;
    if (TOK_IS_CI(c, i, "with") || TOK_IS_CI(c, i, "between")) {
      int with_subj = subj >= 0 || !TOK_IS_CI(c, i, "with") ? subj : pronoun_state(c, s0, s1, k);
      /* "the alliance shares data with the US and Britain": partners of
       * a subject that is no state, not parties to one pact together */
      if (with_subj < 0 && TOK_IS_CI(c, i, "with") && k > s0 && m_at(c, k - 1) == NULL &&
          subject_not_state(c, s0, k))
        break;
      /* "the agreement between Canada and Jamaica": the two named, not the
       * country the sentence began with ("a flight over Haiti under ...") */
      if (TOK_IS_CI(c, i, "between")) {
        collect_list(c, i + 1, s1, a->party, &a->n_party, 16);
        if (a->n_party >= 2) return;
        a->n_party = 0;
      }
      add_party(a, with_subj);
      size_t n0 = a->n_party;
      collect_list(c, i + 1, s1, a->party, &a->n_party, 16);
      if (a->n_party > n0) return;
      /* "a hotline between the two navies": no one named there; the
       * coordinated subject below */
      a->n_party = 0;
      break;
    }
    /* the passive: "the agreement was signed in Suva by Fiji's foreign
     * minister, A, and Palau's minister of state, B" */
    if (ng_tok_is(c, i, "by") && passive && list_parties(c, i + 1, s1, a)) return;
    if ((c->trig[i] & NG_TR_AGREE) && i > k + 1) break;
  }
  /* the one a subject agrees to give something: "Djibouti has agreed to
   * give Ethiopia's navy a berth", "agreed on Monday to allow Chile to ...",
   * "signed a deal allowing British troops to use ..." */
  size_t kt = past_when(c, k + 1, s1);
  /* (and a relative clause: "a basing agreement that allows the Fijian
   * Navy to use the port") */
  bool gives = in_set(c, kt, giving, &giving_filter);
  if (!gives && (TOK_IS_CI(c, kt, "that") || TOK_IS_CI(c, kt, "which")) &&
      in_list(c, kt + 1, gives_forms)) {
    gives = true;
    kt++;
  }
  if (subj >= 0 && ((ng_tok_is(c, kt, "to") && in_list(c, kt + 1, give_verbs)) || gives)) {
    size_t j = gives ? kt + 1 : kt + 2;
    if (TOK_IS_CI(c, j, "the")) j++;
    int obj = force_country(c, m_at(c, j));
    if (obj >= 0 && obj != subj) {
      add_party(a, subj);
      add_party(a, obj);
      return;
    }
  }
  /* coordinated subject: countries, or officials speaking for them -- the
   * sentence's first ones ("Japan and the Philippines on Monday signed"), or
   * the list right before the trigger ("the pact that Nigeria, Ghana and
   * Benin signed") */
  size_t first_start = SIZE_MAX;
  for (int pass = 0; pass < 2; pass++) {
    size_t start = SIZE_MAX;
    if (pass == 0) {
      for (size_t i = s0; i < k && start == SIZE_MAX; i++) {
        const ng_mention *m = m_at(c, i);
        if (m && (country_ref(c, m) >= 0 || (m->kind == NG_M_PERSON && person_state(c, m->ent) >= 0)))
          start = i;
      }
      /* (a lone one first, then a list of officials: "The Thai request was
       * made public on the day A and his Thai counterpart, B, signed") */
      if (start != SIZE_MAX && m_at(c, start)->kind != NG_M_PERSON) {
        if (list_parties(c, start, k, a)) return; /* (list_parties adds none when it fails) */
        for (size_t i = m_at(c, start)->t1; i < k; i++) {
          const ng_mention *m = m_at(c, i);
          if (!m) continue;
          if (m->kind == NG_M_PERSON && person_state(c, m->ent) >= 0) {
            if (list_parties(c, i, k, a)) return;
            break;
          }
          i = m->t1 - 1;
        }
        first_start = start;
        continue; /* (its own list tried above) */
      }
    } else {
      /* "the pact that Nigeria, Ghana and Benin signed", "Kenyan and
       * Ethiopian units will patrol": a list right before the trigger, past
       * a few lower-case words */
      size_t i = k;
      while (i > s0 && k - i <= 3 && !m_at(c, i - 1) && c->tk.tok[i - 1].type == NG_TOK_WORD &&
             !(c->tk.tok[i - 1].flags & NG_TF_CAP))
        i--;
      while (i > s0) {
        const ng_mention *m = m_at(c, i - 1);
        if (m && country_ref(c, m) >= 0) {
          start = m->t0;
          i = m->t0;
        } else if (i - 1 > s0 && (is_p(c, i - 1, ',') || ng_tok_is(c, i - 1, "and") ||
                                  TOK_IS_CI(c, i - 1, "the"))) {
          i--;
        } else {
          break;
        }
      }
    }
    if (start == SIZE_MAX) continue;
    if (pass == 0) first_start = start;
    if (list_parties(c, start, k, a)) return;
  }
  /* the first country of the sentence stood alone ("Under the pact signed
   * in the Kenyan capital, Kenyan and Ethiopian units will share ..."): a
   * list after a comma, right before the (verbal) trigger, is the subject */
  static const char *const det[] = {"a", "an", "the", "its", "their", "under", "this", "that",
                                    "interim", "new", NULL};
  if (first_start != SIZE_MAX && !in_list(c, k - 1, det) &&
      !(k >= s0 + 2 && in_list(c, k - 2, det))) {
    size_t i = m_at(c, first_start)->t1;
    while (i < k && !is_p(c, i, ',')) i++;
    while (i < k && (is_p(c, i, ',') || !m_at(c, i))) i++;
    if (i < k && is_p(c, i - 1, ',') && country_ref(c, m_at(c, i)) >= 0 &&
        list_parties(c, i, k, a))
      return;
  }
  /* "the three countries have agreed": the parties of the last agreement of
   * this document with that many parties */
  static const char *const numbers[] = {"two", "three", "four", "five", "six", NULL};
  for (size_t i = k > s0 + 8 ? k - 8 : s0; i + 2 < s1 && i <= k + 8; i++) {
    if (!TOK_IS_CI(c, i, "the") ||
        !in_list(c, i + 2, (const char *const[]){"countries", "nations", "governments", "sides",
                                                 "states", "signatories", "partners", NULL}))
      continue;
    for (size_t w = 0; numbers[w]; w++) {
      if (!ng_tok_is_ci(c, i + 1, numbers[w])) continue;
      if (w == 0) {
        /* "X delivered two corvettes to Y under the contract signed by the
         * two sides": the two countries named before in the sentence, or
         * ("Under it, X will supply Y with ... . The two governments signed
         * the contract") in the sentence before */
        size_t from = i > s0 ? s0 : s0 > 0 ? c->tk.sent[c->tk.tok[s0].sent - 1].first : s0;
        if (two_named(c, from, i > s0 ? i : s0, false, a)) return;
      }
      for (size_t p = n_prev; p-- > 0;) {
        if (prev[p].n_party == w + 2) {
          for (size_t j = 0; j < prev[p].n_party; j++) add_party(a, prev[p].party[j]);
          return;
        }
      }
    }
  }
  /* "The foreign ministers of Jordan and Iraq met in Amman. They signed
   * ...": the two countries of the sentence before; "Their memorandum on
   * ... links the two navies": the pact of those two */
  if (k - s0 <= 3 && c->tk.tok[s0].sent > 0 &&
      (TOK_IS_CI(c, s0, "they") ||
       (TOK_IS_CI(c, s0, "their") && in_list(c, k, pact_nouns)))) {
    const ng_sentence *b = &c->tk.sent[c->tk.tok[s0].sent - 1];
    if (two_named(c, b->first, b->end, false, a)) return;
  }
  /* "Bangladesh and Sri Lanka did something rare: they agreed to share
   * ...": the two of the clause before the colon */
  for (size_t j = k; j-- > s0 + 2 && k - j <= 3;)
    if (TOK_IS_CI(c, j, "they") && (is_p(c, j - 1, ':') || is_p(c, j - 1, ';'))) {
      if (two_named(c, s0, j - 1, false, a)) return;
      break;
    }
  /* "the agreement the two countries signed": the two countries named
   * before; "the ministers of both countries signed": in the sentence
   * before when this one names none */
  for (size_t i = k > s0 + 8 ? k - 8 : s0; i + 2 < s1 && i <= k + 8; i++) {
    static const char *const states_n[] = {"countries", "nations", "governments", "sides",
                                           "states", NULL};
    bool the_two = TOK_IS_CI(c, i, "the") &&
                   (TOK_IS_CI(c, i + 1, "two") || TOK_IS_CI(c, i + 1, "both")) &&
                   in_list(c, i + 2, states_n);
    bool both = TOK_IS_CI(c, i, "both") && in_list(c, i + 1, states_n) &&
                (i == s0 || !TOK_IS_CI(c, i - 1, "the"));
    if (the_two || both) {
      if (two_named(c, s0, i, false, a)) return;
      agreement t;
      t.n_party = 0;
      if (s0 > 0 && !two_named(c, s0, s1, false, &t) && t.n_party == 0) {
        const ng_sentence *b = &c->tk.sent[c->tk.tok[s0].sent - 1];
        if (two_named(c, b->first, b->end, false, a)) return;
      }
      break;
    }
  }
  /* "X received Y in Riga. The two then signed ...", "Once the meeting
   * ended, the two defence ministers signed ...": the states of the two
   * people named last, in this sentence or the two before */
  /* ("The two leaders discussed the accord their envoys signed": a pact
   * that is theirs, whatever they did with it) */
  bool theirs = ng_tok_is(c, k + 1, "their") && signed_after(c, k, s1);
  for (size_t i = k > s0 + (theirs ? 9 : 5) ? k - (theirs ? 9 : 5) : s0; i + 2 <= k; i++) {
    if (!TOK_IS_CI(c, i, "the") || !TOK_IS_CI(c, i + 1, "two")) continue;
    bool people = true;
    for (size_t j = i + 2; j < (theirs ? i + 3 : k) && people; j++) {
      const ng_mention *m = m_at(c, j);
      if (m && m->kind == NG_M_TITLE) { /* "the two foreign ministers" */
        j = m->t1 - 1;
        continue;
      }
      people = !m && in_list(c, j, (const char *const[]){"ministers", "leaders", "men", "women",
                                                         "officials", "presidents", "premiers",
                                                         "have", "also", "then", "later", NULL});
    }
    if (!people) break;
    size_t sn = c->tk.tok[s0].sent, p0 = c->tk.sent[sn >= 2 ? sn - 2 : 0].first;
    int who[2] = {-1, -1};
    size_t persons = 0;
    for (size_t j = i; j-- > p0 && persons < 2;) {
      const ng_mention *m = m_at(c, j);
      if (!m) continue;
      if (m->kind == NG_M_PERSON && m->ent != who[0]) who[persons++] = m->ent;
      j = m->t0;
    }
    int st[2] = {persons == 2 ? person_state(c, who[0]) : -1,
                 persons == 2 ? person_state(c, who[1]) : -1};
    if (st[0] >= 0 && st[1] >= 0 && st[0] != st[1]) {
      add_party(a, st[0]);
      add_party(a, st[1]);
      return;
    }
    break;
  }
  for (size_t i = k + 1; i < s1 && i <= k + 5; i++) {
    if (ng_tok_is(c, i, "that") || ng_tok_is(c, i, "which")) {
      add_party(a, subj);
      size_t n0 = a->n_party;
      collect_list(c, i + 1, s1, a->party, &a->n_party, 16);
      if (a->n_party > n0) return;
      a->n_party = 0;
      break;
    }
  }
  /* "Under a training pact agreed last year, X sent instructors to Y":
   * the fronted phrase's agreement is between the main clause's subject
   * and the country it acts on */
  if (in_list(c, s0, (const char *const[]){"under", "as", "in", "following", NULL})) {
    size_t comma = s0;
    while (comma < s1 && !is_p(c, comma, ',')) comma++;
    if (k < comma && comma + 1 < s1) two_named(c, comma + 1, s1, true, a);
  }
}

static void agreement_args(ng_ctx *c, size_t s0, size_t s1, agreement *a) {
  a->announced = a->against = a->location = -1;
  for (size_t i = s0; i < s1; i++) {
    const ng_mention *m = m_at(c, i);
    if (!m) continue;
    /* the announcing body: a government body/org or person before a speech
     * verb ("the Peruvian navy said"), or "a statement issued by X" */
    if (a->announced < 0 && (m->kind == NG_M_ORG || m->kind == NG_M_PERSON)) {
      size_t j = m->t1;
      if (j < s1 && (c->trig[j] & NG_TR_SPEECH)) a->announced = m->ent;
      if (m->t0 > s0 && ng_tok_is(c, m->t0 - 1, "by") && m->kind == NG_M_ORG) a->announced = m->ent;
      if (j + 1 < s1 && ng_tok_is(c, j, "has") && (c->trig[j + 1] & NG_TR_SPEECH)) a->announced = m->ent;
    }
    if (a->against < 0 && m->kind == NG_M_ORG && c->f->ent[m->ent].org_class == NG_ORG_ARMED) {
      for (size_t k = m->t0; k-- > s0 && m->t0 - k <= 5;) {
        if (in_list(c, k, (const char *const[]){"against", "combat", "fight", "fighting",
                                                "counter", "battle", "battling", "defeat", NULL})) {
          a->against = m->ent;
          break;
        }
      }
    }
    if (a->location < 0 && m->kind == NG_M_PLACE && m->t0 > s0 && ng_tok_is(c, m->t0 - 1, "in"))
      a->location = m->ent;
    i = m->t1 - 1;
  }
  /* a dateline's date is the publication's, not the signing's: "LIMA, 3 May
   * 2027 - Peru and Chile signed a pact on Monday" was signed on Monday */
  size_t from = s0;
  bool num = false;
  for (size_t i = s0; i < s1 && i < s0 + 12; i++) {
    const ng_token *t = &c->tk.tok[i];
    num |= t->type == NG_TOK_NUM;
    if (t->type == NG_TOK_QUOTE || is_p(c, i, '.')) break;
    if (t->type != NG_TOK_PUNCT || !num) continue;
    const unsigned char *p = (const unsigned char *)c->doc->text + t->b;
    if (p[0] == '-' || (t->e - t->b == 3 && p[0] == 0xE2 && p[1] == 0x80 &&
                        (p[2] == 0x93 || p[2] == 0x94))) {
      from = i + 1;
      break;
    }
  }
  a->date = sentence_date(c, from, s1);
  if (a->date.y == 0 && from > s0) a->date = sentence_date(c, s0, from);
}

static const char *const shr[] = {"share", "shares", "shared", "sharing", NULL};
static const char *const geo[] = {"border", "borders", "frontier", "frontiers", "boundary",
                                  "boundaries", "estuary", "river", "rivers", "coast",
                                  "coastline", "sea", "seas", "lake", "island", "peninsula",
                                  "gulf", "bay", "waters", "basin", "history", "language",
                                  "culture", "neighbourhood", "neighborhood", "region", NULL};
static word_filter shr_filter, geo_filter;

/* "shares a border with", "which shares the estuary with": geography, not a pact */
static bool geo_share(const ng_ctx *c, size_t k, size_t s1) {
  if (!in_set(c, k, shr, &shr_filter)) return false;
  for (size_t i = k + 1; i < s1 && i <= k + 5; i++) {
    if (in_set(c, i, geo, &geo_filter)) return true;
    if (ng_tok_is(c, i, "with")) break;
  }
  return false;
}

/* ------------------------------------------------------------- arms helpers */

/* Weapons named beyond the ontology's item words ("armoured personnel
 * carriers", "self-propelled howitzers", "air-defence launchers"). */
static const char *const more_items[] = {"carriers", "vehicles", "howitzers", "launchers",
                                         "interceptors", "gunboats", "boats", "minehunters",
                                         "destroyers", "cruisers", "tankers", "transports",
                                         "trainers", "guns", "mortars", "torpedoes", "shells",
                                         "grenades", "airframes", "craft", "battery",
                                         "batteries",
                                         /* ("120 mm mortar systems") */
                                         "mortar",
                                         /* ("counter-drone jammers", "the Barak MX
                                          * air-defence system": a system's own
                                          * kind before it, below) */
                                         "jammers", "rounds", NULL};
static word_filter more_items_filter;

/* A weapon named by its maker's model alone, in the plural: "28 Typhoons",
 * "its own Typhoons", "Super Hornets", "the Coast Guard's Dorniers" -- a
 * capitalised word ending in s that names nothing else, after a count,
 * "own", a possessive or another such capitalised word (not at the
 * sentence's start). */
static bool model_item(const ng_ctx *c, size_t i) {
  static const char *const counts[] = {"two", "three", "four", "five", "six", "seven", "eight",
                                       "nine", "ten", "eleven", "twelve", "dozen", "own", NULL};
  const ng_token *t = &c->tk.tok[i];
  /* ("F-16s", "Su-30s": a designation's number in the plural after a
   * dash and a capitalised prefix) */
  if (i >= 2 && t->e - t->b >= 2 && t->e - t->b <= 5 && c->doc->text[t->e - 1] == 's' &&
      t->type == NG_TOK_NUM && is_p(c, i - 1, '-') &&
      !(c->tk.tok[i - 1].flags & NG_TF_SPACE_BEFORE) && !(t->flags & NG_TF_SPACE_BEFORE) &&
      (c->tk.tok[i - 2].flags & NG_TF_CAP) && c->tk.tok[i - 2].e - c->tk.tok[i - 2].b <= 4)
    return true;
  /* ("Mirage 2000s", "Boeing 737s": a model's number in the plural after
   * its capitalised name -- not a decade, "the Early 2000s") */
  if (i >= 2 && t->type == NG_TOK_NUM && t->e - t->b >= 3 && t->e - t->b <= 5 &&
      c->doc->text[t->e - 1] == 's' && (t->flags & NG_TF_SPACE_BEFORE) &&
      c->tk.tok[i - 1].type == NG_TOK_WORD && (c->tk.tok[i - 1].flags & NG_TF_CAP) &&
      c->tk.tok[i - 1].e - c->tk.tok[i - 1].b >= 3 && !m_at(c, i - 1) &&
      i - 1 > c->tk.sent[t->sent].first && c->tk.tok[i - 1].sent == t->sent &&
      !in_list(c, i - 1, (const char *const[]){"early", "late", "mid", "the", NULL}) &&
      ng_month_from_name(c->doc->text + c->tk.tok[i - 1].b,
                         c->tk.tok[i - 1].e - c->tk.tok[i - 1].b) <= 0)
    return true;
  if (t->type != NG_TOK_WORD || !(t->flags & NG_TF_CAP) || t->e - t->b < 5 ||
      c->doc->text[t->e - 1] != 's' || m_at(c, i) || i == 0 ||
      i == c->tk.sent[t->sent].first || c->tk.tok[i - 1].sent != t->sent)
    return false;
  const ng_token *p = &c->tk.tok[i - 1];
  if (p->type == NG_TOK_NUM) return true;
  if (p->type != NG_TOK_WORD) return false;
  if (in_list(c, i - 1, counts)) return true;
  /* ("the Coast Guard's Dorniers", "its Rafales": an owner's) */
  if (TOK_IS(c, i - 1, "'s") || TOK_IS(c, i - 1, "\xE2\x80\x99s") ||
      in_list(c, i - 1, (const char *const[]){"its", "their", NULL}))
    return true;
  /* ("Super Hornets", "Black Hawks": a model of two words) */
  return (p->flags & NG_TF_CAP) && !m_at(c, i - 1) && i - 1 > c->tk.sent[t->sent].first &&
         i >= 2 && (c->tk.tok[i - 2].type == NG_TOK_NUM || !(c->tk.tok[i - 2].flags & NG_TF_CAP));
}

static bool arms_item(const ng_ctx *c, size_t i) {
  return (c->trig[i] & NG_TR_ARMS_ITEM) ||
         (c->tk.tok[i].type == NG_TOK_WORD && in_set(c, i, more_items, &more_items_filter)) ||
         model_item(c, i) ||
         /* "an air-defence system", "a missile system", "the weapons system" */
         (i > 0 && TOK_IS_CI(c, i, "system") &&
          in_list(c, i - 1, (const char *const[]){"air-defence", "air-defense", "missile",
                                                  "weapons", "weapon", "anti-aircraft",
                                                  "anti-missile", "anti-drone", "counter-drone",
                                                  "rocket", "artillery", "defence", "defense",
                                                  NULL}));
}

/* The weapon a purchase at K is about: within twelve tokens after it, in the
 * same clause ("agreed to buy six A-29 Super Tucano light attack aircraft"). */
static size_t arms_item_after(const ng_ctx *c, size_t k, size_t s1) {
  for (size_t i = k + 1; i < s1 && i <= k + 12; i++) {
    if (is_p(c, i, ',') || is_p(c, i, ';') || is_p(c, i, ':')) break;
    if (arms_item(c, i)) return i;
  }
  return SIZE_MAX;
}

static const char *const deal_words[] = {"deal", "deals", "contract", "contracts", "order",
                                         "orders", NULL};

/* The country a company's name ending at token E is then said to be of:
 * "in Karachi", "of Karachi", "(Pvt) Ltd in Karachi", ", a Dutch company",
 * "(Netherlands)"; or -1. */
static int company_country_after(const ng_ctx *c, size_t e, size_t s1) {
  /* (past a legal form the name left out: "B.V.", "GmbH", "Ltd") */
  if (e < s1 && !m_at(c, e) && ng_legal_form_at(c, e)) e++;
  size_t q = SIZE_MAX;
  if (in_list(c, e, (const char *const[]){"in", "of", NULL})) q = e + 1;
  else if (is_p(c, e, '(')) q = e + 1;
  else if (is_p(c, e, ',') && in_list(c, e + 1, (const char *const[]){"a", "an", NULL}))
    q = e + 2;
  const ng_mention *m = q < s1 ? m_at(c, q) : NULL;
  if (!m || m->t0 != q) return -1;
  if (m->kind == NG_M_PLACE) return m->country;
  if (m->kind == NG_M_COUNTRY && !is_p(c, e, ',')) return m->country;
  /* (", a Dutch company", ", an Italian shipyard") */
  if (m->kind == NG_M_DEMONYM && is_p(c, e, ',') && m->t1 < s1 &&
      in_list(c, m->t1, (const char *const[]){"company", "firm", "maker", "manufacturer",
                                              "shipyard", "shipbuilder", "group", "contractor",
                                              NULL}))
    return m->country;
  return -1;
}

/* A deal made with a maker, for what it buys: "a contract with Finland's
 * Karelia Land Systems for 130 armoured personnel carriers", "a deal with
 * French shipbuilder Naval Group for four submarines", "an order with an
 * Israeli firm for" -- the deal word at K, then "with", the maker (within
 * eight words, no comma: "a deal with Russia, which needs buyers for") and
 * "for" and a weapon.  The country of the maker's first mention that has
 * one (a country, its demonym, a company of it, a place in it), with *ITEM
 * the weapon; or -1. */
static int deal_with_maker(const ng_ctx *c, size_t k, size_t s1, size_t *item) {
  /* (a day between: "signed a contract on Tuesday with the Finnish company X for") */
  size_t w = k + 1;
  if (ng_tok_is(c, w, "on") && in_list(c, w + 1, (const char *const[]){
                                   "monday", "tuesday", "wednesday", "thursday", "friday",
                                   "saturday", "sunday", NULL}))
    w += 2;
  /* (or a month, a year, a recent time: "in March", "in 2035", "last
   * month", "earlier this year") */
  else if (ng_tok_is(c, w, "in") &&
           (c->tk.tok[w + 1].type == NG_TOK_NUM ||
            in_list(c, w + 1, (const char *const[]){"january", "february", "march", "april", "may",
                                                    "june", "july", "august", "september",
                                                    "october", "november", "december", NULL})))
    w += 2;
  else {
    if (ng_tok_is(c, w, "earlier")) w++;
    if (in_list(c, w, (const char *const[]){"last", "this", NULL}) &&
        in_list(c, w + 1, (const char *const[]){"week", "month", "year", NULL}))
      w += 2;
    else if (w > k + 1)
      w = k + 1;
  }
  if (!ng_tok_is(c, w, "with") || !in_list(c, k, deal_words)) return -1;
  int cr = -1;
  size_t lim = w + 9;
  for (size_t i = w + 1; i + 1 < s1 && i <= lim; i++) {
    /* (past the maker's description: "with X S.p.A., an Italian shipyard in
     * La Spezia, for six patrol boats") */
    if (is_p(c, i, ',') && i > w + 1 && in_list(c, i + 1, (const char *const[]){"a", "an", "the",
                                                                                NULL})) {
      size_t e = i + 2;
      while (e < s1 && e <= i + 12 && !is_p(c, e, ',') && !is_p(c, e, ';')) e++;
      if (!is_p(c, e, ',') || !ng_tok_is(c, e + 1, "for")) return -1;
      for (size_t q = i + 2; q < e && cr < 0; q++) {
        const ng_mention *m = m_at(c, q);
        if (m) cr = m->kind == NG_M_PLACE ? m->country : country_ref(c, m);
      }
      i = e;
      lim = e + 1;
      continue;
    }
    if (is_p(c, i, ',') || is_p(c, i, ';') || is_p(c, i, ':')) return -1;
    if (ng_tok_is(c, i, "for")) {
      if (cr < 0) return -1;
      *item = arms_item_after(c, i, s1);
      return *item != SIZE_MAX ? cr : -1;
    }
    const ng_mention *m = m_at(c, i);
    if (!m) continue;
    if (cr < 0) cr = m->kind == NG_M_PLACE ? m->country : country_ref(c, m);
    /* (a company the text gave a country: "X Ltd, a Nigerian company") */
    if (cr < 0 && m->kind == NG_M_ORG && m->ent >= 0 && c->f->ent[m->ent].country &&
        c->f->ent[m->ent].org_class == NG_ORG_GENERIC)
      cr = ng_ent_find(c, NG_ENT_COUNTRY, c->f->ent[m->ent].country);
    /* (a long name counts as one word: "X Boat Works (Pvt.) Ltd") */
    lim += m->t1 - m->t0 - 1;
    i = m->t1 - 1;
  }
  return -1;
}

/* The trigger bits of a purchase or sale at K, with what the trigger list
 * cannot say: "took delivery of" is a purchase (not a delivery made), and
 * "a deal for six ... jets", "an order for" or a deal with a maker for
 * weapons (deal_with_maker) is one too. */
static uint32_t trade_bits(const ng_ctx *c, size_t k) {
  uint32_t b = c->trig[k] & (NG_TR_BUY | NG_TR_SELL);
  if ((b & NG_TR_SELL) && k > 0 && (TOK_IS_CI(c, k, "delivery") || TOK_IS_CI(c, k, "deliveries")) &&
      in_list(c, k - 1, (const char *const[]){"took", "take", "takes", "taking", "taken", NULL}))
    return NG_TR_BUY;
  if (!b && ng_tok_is(c, k + 1, "for") && in_list(c, k, deal_words)) return NG_TR_BUY;
  size_t item;
  if (!b && deal_with_maker(c, k, c->tk.sent[c->tk.tok[k].sent].end, &item) >= 0)
    return NG_TR_BUY;
  return b;
}

/* The maker of an item bought, by its demonym right before it ("buys Dutch
 * patrol ships", "six Brazilian Super Tucano aircraft"), or -1. */
static int maker_before(const ng_ctx *c, size_t k, size_t item, int subj) {
  for (size_t i = item; i-- > k + 1 && item - i <= 5;) {
    const ng_mention *m = m_at(c, i);
    if (m && m->kind == NG_M_DEMONYM && m->country != subj) return m->country;
  }
  return -1;
}

/* An arms purchase or sale told in [s0, s1): "signed a contract to buy three
 * corvettes from Italy".  Stores the two countries in A and
 * returns true. */
static bool arms_deal(const ng_ctx *c, size_t s0, size_t s1, size_t cue, const bool *quoted,
                      agreement *a) {
  /* the purchase must be the cue's own ("a contract to buy", "purchase deal");
   * or the clause that tells the deal's terms: "an agreement under which
   * Chile will supply 12 patrol boats, with spare parts and training, to
   * the Peruvian Navy" (the whole clause, asides and all) */
  bool terms = in_list(c, cue + 1, (const char *const[]){"under", "by", "in", NULL}) &&
               TOK_IS(c, cue + 2, "which");
  terms |= TOK_IS(c, cue + 1, "whereby");
  size_t lo = cue > s0 + 4 ? cue - 4 : s0, hi = cue + 7 < s1 ? cue + 7 : s1;
  if (terms) {
    lo = cue + 1;
    hi = cue + 12 < s1 ? cue + 12 : s1;
  }
  for (size_t i = lo; i < hi; i++)
    if (is_p(c, i, ';') || (is_p(c, i, ',') && i > cue)) {
      if (i < cue) lo = i + 1;
      else hi = i;
    }
  for (size_t k = lo; k < hi; k++) {
    uint32_t b = trade_bits(c, k);
    if (!b || quoted[k] || non_factual(c, s0, k)) continue;
    size_t item;
    int maker = deal_with_maker(c, k, s1, &item);
    if (maker < 0) item = arms_item_after(c, k, s1);
    if (item == SIZE_MAX) continue;
    int subj = country_before(c, s0, k), other = maker;
    const char *prep = (b & NG_TR_BUY) ? "from" : "to";
    for (size_t i = item + 1; i + 1 < s1 && i <= item + (terms ? 16 : 6) && other < 0; i++) {
      if (is_p(c, i, ';')) break;
      if (!ng_tok_is(c, i, prep)) continue;
      other = country_ref(c, m_at(c, i + 1));
      if (other < 0 && TOK_IS_CI(c, i + 1, "the")) other = country_ref(c, m_at(c, i + 2));
      break;
    }
    if (other < 0 && (b & NG_TR_BUY)) other = maker_before(c, k, item, subj);
    if (subj < 0 || other < 0 || subj == other) return false;
    a->n_party = 0;
    add_party(a, subj);
    add_party(a, other);
    return true;
  }
  return false;
}

static const char *const stationed[] = {"troops", "forces", "soldiers", "personnel", "units",
                                        "aircraft", "jets", "warships", "ships", "marines",
                                        "drones", NULL};

/* Forces right before the verb at I, the verb being one they are let do:
 * "troops to be stationed", "forces to use", "warships may use", "troops
 * station" -- the forces word within the two words before the verb's own
 * auxiliaries. */
static bool forces_before(const ng_ctx *c, size_t i) {
  size_t j = i;
  while (j > 0 && i - j < 3 &&
         in_list(c, j - 1, (const char *const[]){"to", "be", "may", "can", "could", "will",
                                                 "would", "remain", "also", NULL}))
    j--;
  return j > 0 && in_list(c, j - 1, stationed);
}

/* "allows French troops to be stationed in Chad", "Norwegian troops to be
 * based in Crete", "lets Japanese forces use the port", "Spanish warships
 * may use the port of X": forces kept on, or using, another's soil, told
 * by the verb at I -- "BasingRights", or NULL.  (Asked by local_agree_type
 * of words of the verbs' lengths and first letters only.) */
static const char *basing_verb(const ng_ctx *c, size_t i) {
  bool kept = TOK_IS_CI(c, i, "station") || TOK_IS_CI(c, i, "stationed") ||
              TOK_IS_CI(c, i, "based");
  if (i < 2 || (!kept && !TOK_IS_CI(c, i, "use") && !TOK_IS_CI(c, i, "access")) ||
      !forces_before(c, i))
    return NULL;
  /* ("does not allow French troops to be stationed": no right given) */
  for (size_t j = i; j-- > 0 && i - j <= 8 && c->tk.tok[j].sent == c->tk.tok[i].sent;)
    if (c->trig[j] & NG_TR_NEG) return NULL;
  if (kept) return "BasingRights";
  size_t j = i + 1;
  if (in_list(c, j, (const char *const[]){"the", "its", "their", "his", "her", "a", NULL})) j++;
  /* ("the port of Callao", "Greek ports", "its naval base") */
  const ng_mention *m = m_at(c, j);
  if (m && (m->kind == NG_M_DEMONYM || m->kind == NG_M_COUNTRY)) j = m->t1;
  if (is_p(c, j, '\'') || TOK_IS(c, j, "'s")) j++;
  if (in_list(c, j, (const char *const[]){"naval", "military", "air", "main", NULL})) j++;
  if (in_list(c, j, (const char *const[]){"port", "ports", "harbour", "harbours", "harbor",
                                          "harbors", "base", "bases", "airfield", "airfields",
                                          "airstrip", "airstrips", "airport", "airports",
                                          "territory", "soil", "facilities", "dock", "docks",
                                          NULL}))
    return "BasingRights";
  return NULL;
}

/* Agreement types the ontology's type words miss: "an air-traffic accord"
 * (air safety), "a naval berth" (basing). */
static const char *local_agree_type(const ng_ctx *c, size_t i) {
  size_t n;
  const char *w = ng_tok_text(c, i, &n);
  if (n == 3) return lower_c(w[0]) == 'u' ? basing_verb(c, i) : NULL;
  if (n < 5 || n > 15) return NULL;
  char f = lower_c(w[0]);
  if ((n == 5 && f == 'b') || (n == 6 && f == 'a') || ((n == 7 || n == 9) && f == 's')) {
    const char *t = basing_verb(c, i);
    if (t) return t;
  }
  if (f == 'a' && (TOK_IS_CI(c, i, "air-traffic") || TOK_IS_CI(c, i, "airspace-safety")))
    return "AirSafety";
  if (f == 't' && TOK_IS_CI(c, i, "traffic") && i > 0 &&
      (TOK_IS_CI(c, i - 1, "air") || (i > 1 && is_p(c, i - 1, '-') && TOK_IS_CI(c, i - 2, "air"))))
    return "AirSafety";
  /* "gives its warships access to the port of X", "port access": the use
   * of another's harbour */
  if (f == 'a' && TOK_IS_CI(c, i, "access")) {
    size_t j = i + 1;
    if (TOK_IS_CI(c, j, "to")) {
      j++;
      if (in_list(c, j, (const char *const[]){"the", "its", "their", "a", NULL})) j++;
      /* ("access to the Montenegrin port of Bar") */
      const ng_mention *m = m_at(c, j);
      if (m && m->t0 == j && (m->kind == NG_M_DEMONYM || m->kind == NG_M_COUNTRY)) j = m->t1;
      if (in_list(c, j, (const char *const[]){"port", "ports", "harbour", "harbours", "harbor",
                                              "harbors", "naval", NULL}))
        return "BasingRights";
    }
    if (i > 0 && in_list(c, i - 1, (const char *const[]){"port", "harbour", "harbor", NULL}))
      return "BasingRights";
  }
  if (f == 'b' && (TOK_IS_CI(c, i, "berth") || TOK_IS_CI(c, i, "berths") ||
                   TOK_IS_CI(c, i, "berthing")))
    return "BasingRights";
  /* "a defence pact", "the defense agreement" (not "Defence Minister") */
  if (f == 'd' && (TOK_IS_CI(c, i, "defence") || TOK_IS_CI(c, i, "defense")) &&
      (c->trig[i + 1] & NG_TR_AGREE))
    return "SecurityCooperation";
  /* "an agreement to end the fighting", "agreed to halt hostilities": a
   * ceasefire told by what it stops, and a ceasefire coordinates forces */
  if ((f == 'f' && TOK_IS_CI(c, i, "fighting")) ||
      (f == 'h' && TOK_IS_CI(c, i, "hostilities")) ||
      (f == 'c' && (TOK_IS_CI(c, i, "clashes") || TOK_IS_CI(c, i, "combat"))))
    for (size_t j = i; j-- > 0 && i - j <= 4;) {
      if (c->tk.tok[j].type != NG_TOK_WORD) break;
      if (in_list(c, j, (const char *const[]){"end", "ends", "ended", "ending", "halt", "halts",
                                              "halted", "halting", "stop", "stops", "stopped",
                                              "stopping", "cease", "ceased", "suspend",
                                              "suspended", NULL}))
        return "MilitaryCoordination";
    }
  /* "joint border patrols", "coordinated air and sea patrols": forces that
   * patrol together coordinate */
  if (f == 'p' && in_list(c, i, (const char *const[]){"patrols", "patrol", "patrolling", NULL}))
    for (size_t j = i; j-- > 0 && i - j <= 4;) {
      if (c->tk.tok[j].type != NG_TOK_WORD) break;
      if (in_list(c, j, (const char *const[]){"joint", "coordinated", "co-ordinated", NULL}))
        return "MilitaryCoordination";
    }
  /* "will station troops in Djibouti": forces kept on another's soil */
  if (f == 's' && (TOK_IS_CI(c, i, "station") || TOK_IS_CI(c, i, "stationing")) &&
      (in_list(c, i + 1, stationed) || in_list(c, i + 2, stationed)))
    return "BasingRights";
  return NULL;
}

/* Is token i a hotline between navies or armies ("a naval hotline", "a
 * hotline between their navies"), with no aircraft near?  Then it
 * coordinates forces, not flights. */
static bool naval_hotline(const ng_ctx *c, size_t i, size_t s0, size_t s1) {
  if (!TOK_IS_CI(c, i, "hotline") && !TOK_IS_CI(c, i, "hotlines")) return false;
  static const char *const forces[] = {"naval", "navy", "navies", "army", "armies", "militaries",
                                       "coast", "ground", "commanders", NULL};
  static const char *const air[] = {"air", "aircraft", "airspace", "flight", "flights", "aviation",
                                    "jets", "planes", "drones", "air-safety", NULL};
  bool force = false;
  for (size_t j = i > s0 + 4 ? i - 4 : s0; j < s1 && j <= i + 5; j++) {
    if (in_list(c, j, air)) return false;
    force |= in_list(c, j, forces);
  }
  if (force) return true;
  /* "signed a hotline agreement" in a story of boats and soldiers: a
   * hotline is the air forces' only when the sentence or the one before
   * speaks of flying */
  size_t sn = c->tk.tok[s0].sent, p0 = sn > 0 ? c->tk.sent[sn - 1].first : s0;
  for (size_t j = p0; j < s1; j++) {
    if (in_list(c, j, air) || (c->trig[j] & NG_TR_AIRSPACE)) return false;
    force |= in_list(c, j, forces) || (c->trig[j] & NG_TR_DEPLOY);
  }
  return force;
}

/* Is the weapon at I the object of a withdrawal ("to pull heavy weapons
 * back", "the withdrawal of artillery", "remove all heavy weapons")? */
static bool withdrawn(const ng_ctx *c, size_t s0, size_t i) {
  static const char *const pull[] = {"withdraw", "withdraws", "withdrew", "withdrawn",
                                     "withdrawing", "withdrawal", "pull", "pulls", "pulled",
                                     "pulling", "pullback", "pull-back", "remove", "removes",
                                     "removed", "removing", "removal", "reposition",
                                     "repositioned", "relocate", "relocated", NULL};
  for (size_t j = i; j-- > s0 && i - j <= 4;) {
    if (c->tk.tok[j].type != NG_TOK_WORD) return false;
    if (in_list(c, j, pull)) return true;
  }
  return false;
}

static const char *const civil_kit[] = {"aircraft", "jet", "jets", "systems", "equipment",
                                        "radar", "radars", "vessel", "vessels", "ships", "boats",
                                        "craft", "transports", "trainers", "carriers",
                                        "vehicles", "battery", "batteries", "tankers", "drone",
                                        "drones", NULL};
static const char *const weapons[] = {"howitzer", "submarine", "frigate", "corvette",
                                      "destroyer", "warship", "tank", "missile",
                                      "artillery", "fighter", "rifle", NULL};
static word_filter civil_kit_filter, weapons_filter;

/* Does token I name a weapon that is nothing else: "howitzer", "artillery",
 * "frigate" (not "aircraft", "systems", "equipment" or "vessels", which are
 * as often civil)? */
static bool weapon_named(const ng_ctx *c, size_t i) {
  if (c->tk.tok[i].type != NG_TOK_WORD || in_set(c, i, civil_kit, &civil_kit_filter))
    return false;
  if (arms_item(c, i)) return true;
  return in_set(c, i, weapons, &weapons_filter);
}

static const char *const civil_topics[] = {"disaster", "disasters", "humanitarian",
                                           "weather", "climate", "meteorological", "health",
                                           "medical", "scientific", "research", "agricultural",
                                           "agriculture", "tax", "customs", "education",
                                           "tourism", "flood", "floods", "flooding",
                                           "earthquake", "earthquakes", "seismic",
                                           "environmental", "epidemic", "pandemic", "cyclone",
                                           "cyclones", "drought", "wildfire", "wildfires",
                                           "relief", "census", "statistical", NULL};
static word_filter civil_topics_filter;

/* Is the data or information at I shared for a civil end ("rainfall data
 * for drought planning", "health information", "seismic data for quake
 * relief")?  That is no intelligence. */
static bool civil_data(const ng_ctx *c, size_t s0, size_t s1, size_t i) {
  if (!TOK_IS_CI(c, i, "data") && !TOK_IS_CI(c, i, "information")) return false;
  for (size_t j = i > s0 + 2 ? i - 2 : s0; j < s1 && j <= i + 5; j++) {
    if (j > i && (is_p(c, j, ',') || is_p(c, j, ';'))) break;
    if (in_set(c, j, civil_topics, &civil_topics_filter)) return true;
  }
  return false;
}

/* A trade word and a weapon in [s0, s1). */
static bool arms_sentence(const ng_ctx *c, size_t s0, size_t s1) {
  bool trade = false, item = false;
  for (size_t i = s0; i < s1; i++) {
    trade |= (c->trig[i] & (NG_TR_BUY | NG_TR_SELL)) != 0;
    item |= (c->trig[i] & NG_TR_ARMS_ITEM) != 0;
  }
  return trade && item;
}

/* Does some sentence of the document tell an arms purchase or sale (a trade
 * word and a weapon)?  0 unknown, 1 no, 2 yes. */
static bool doc_arms_trade(const ng_ctx *c, int *memo) {
  if (*memo) return *memo == 2;
  *memo = 1;
  for (size_t s = 0; s < c->tk.n_sent && *memo == 1; s++)
    if (arms_sentence(c, c->tk.sent[s].first, c->tk.sent[s].end)) *memo = 2;
  return *memo == 2;
}

static const char *const force_plurals[] = {"units", "armies", "militaries", "battalions",
                                            "brigades", NULL};
static word_filter force_plurals_filter;

/* Troops or units in [s0, s1): an agreement they act under is military. */
static bool military_sentence(const ng_ctx *c, size_t s0, size_t s1) {
  for (size_t i = s0; i < s1; i++) {
    if (c->trig[i] & NG_TR_DEPLOY) return true;
    if (in_set(c, i, force_plurals, &force_plurals_filter)) return true;
  }
  return false;
}

static const char *const plan_glue[] = {"to", "be", "also", "soon", "shortly", "then", "now",
                                        "likely", "a", "an", "the", "is", "are", NULL};
static word_filter plan_glue_filter;

/* Does the sentence [s0, s1) ask a question ("Will Norway and Sweden sign
 * a pact this year?", "Did Algeria let French jets use its airspace?")?  A
 * question asks, it does not tell: no agreement, airspace, arms or
 * deployment comes from it. */
/* A plan word governs the act at K: "will deploy", "is expected to order",
 * "plans to buy", "is set to send", "a planned deployment", "scrapped a plan
 * to buy" -- the act is still to come (or never came).  plan_word gives the
 * plan word's token or SIZE_MAX; planned_act says whether there is one. */
static size_t plan_word(const ng_ctx *c, size_t s0, size_t k) {
  for (size_t i = k; i-- > s0 && k - i <= 4;) {
    if (c->trig[i] & NG_TR_PLANNED) return i;
    if (!in_set(c, i, plan_glue, &plan_glue_filter)) return SIZE_MAX;
  }
  return SIZE_MAX;
}

static bool planned_act(const ng_ctx *c, size_t s0, size_t k) {
  return plan_word(c, s0, k) != SIZE_MAX;
}

/* The countries listed before mention M, back to token LO: "Italy, Spain
 * and Portugal sent", M being Portugal -- each appended to OUT (at most MAX
 * in all). */
static void listed_before(const ng_ctx *c, size_t lo, const ng_mention *m, int *out, size_t *n,
                          size_t max) {
  size_t t = m->t0;
  if (t > lo + 2 && TOK_IS_CI(c, t - 1, "the")) t--; /* (", the United States and") */
  while (t > lo + 1 && *n < max && (ng_tok_is(c, t - 1, "and") || is_p(c, t - 1, ','))) {
    size_t u = t - 1;
    if (ng_tok_is(c, u, "and") && u > lo && is_p(c, u - 1, ',')) u--;
    const ng_mention *pm = u > lo ? m_at(c, u - 1) : NULL;
    int pc = pm ? country_ref(c, pm) : -1;
    if (pc < 0 || pm->kind == NG_M_PLACE) break;
    out[(*n)++] = pc;
    t = pm->t0;
    if (t > lo + 2 && TOK_IS_CI(c, t - 1, "the")) t--;
  }
}

static bool question(const ng_ctx *c, size_t s0, size_t s1) {
  size_t i = s1;
  while (i > s0 && c->tk.tok[i - 1].type == NG_TOK_QUOTE) i--;
  return i > s0 && is_p(c, i - 1, '?');
}

/* A question about a pact it says was signed: "Does China see the defence
 * industry agreement signed by the ROK and Mongolia on Tuesday as a
 * threat?" -- "the", a pact noun, "signed by|between". */
static bool signed_pact_asked(const ng_ctx *c, size_t s0, size_t s1) {
  for (size_t k = s0 + 1; k + 2 < s1; k++) {
    if (!(c->trig[k] & NG_TR_AGREE) ||
        !in_list(c, k, pact_nouns) || !ng_tok_is(c, k + 1, "signed") ||
        !in_list(c, k + 2, (const char *const[]){"by", "between", NULL}))
      continue;
    for (size_t i = k; i-- > s0 && k - i <= 5;)
      if (TOK_IS_CI(c, i, "the")) return true;
  }
  return false;
}

static const char *const sign_verbs[] = {"sign", "signs", "signing", "ink", "inks", "inking",
                                         "conclude", "concludes", "concluding", "seal", "seals",
                                         "sealing", "finalise", "finalize", "finalises",
                                         "finalizes", NULL};
static word_filter sign_filter;

/* A signing still to come governs the trigger at K: a sign verb at or a few
 * tokens before K ("is expected to sign a security pact", "will ink the
 * accord", "are due to sign") with a plan word right before it. */
static bool planned_signing(const ng_ctx *c, size_t s0, size_t k) {
  for (size_t v = k + 1; v-- > s0 && k - v <= 4;) {
    if (v < k && (is_p(c, v, ',') || is_p(c, v, ';'))) return false;
    if (!in_set(c, v, sign_verbs, &sign_filter)) continue;
    for (size_t i = v; i-- > s0 && v - i <= 3;)
      if (c->trig[i] & NG_TR_PLANNED) return true;
    return false;
  }
  return false;
}

/* Does the sentence open by pointing back at an agreement told before:
 * "Under it, ...", "Under the pact, ...", "The accord covers ...", "This
 * memorandum provides for ..."? */
static bool opens_on_earlier_pact(const ng_ctx *c, size_t s0, size_t s1) {
  size_t i = s0;
  bool under = TOK_IS_CI(c, i, "under");
  if (under) i++;
  bool opens = false;
  size_t np_end = s0; /* (the city naming the pact is no party: "The Lusaka accord") */
  if (under && ng_tok_is(c, i, "it") && is_p(c, i + 1, ',')) opens = true;
  if (in_list(c, i, (const char *const[]){"the", "this", NULL}))
    for (size_t j = i + 1; j < s1 && j <= i + 3; j++) {
      if (in_list(c, j, (const char *const[]){"agreement", "pact", "accord", "deal", "treaty",
                                              "memorandum", "arrangement", NULL})) {
        opens = !under || is_p(c, j + 1, ',');
        np_end = j;
        break;
      }
      const ng_mention *m = m_at(c, j);
      /* "The Asmara accord sets up a border commission": a pact named
       * after the city of its signing */
      if (m && (m->kind == NG_M_PLACE || m->kind == NG_M_CAPITAL_GOV) && m->t0 == j &&
          m->t1 <= i + 3) {
        j = m->t1 - 1;
        continue;
      }
      if (c->tk.tok[j].type != NG_TOK_WORD || m) break;
    }
  /* and names no one that could be a party of its own ("The agreement was
   * signed by Finland's minister ..."; an adjective, as in "on Russian
   * cyber operations", is no one) */
  for (size_t j = np_end; j < s1 && opens; j++) {
    const ng_mention *m = m_at(c, j);
    if (m && m->kind != NG_M_DEMONYM && (m->kind == NG_M_PERSON || country_ref(c, m) >= 0))
      opens = false;
  }
  return opens;
}

/* "agreed to begin consultations on a memorandum", "agreed to hold
 * talks": talks agreed on at the cue K, no agreement made (yet). */
static bool talks_agreed(const ng_ctx *c, size_t s1, size_t k) {
  if (!TOK_IS(c, k + 1, "to") ||
      !in_list(c, k, (const char *const[]){"agree", "agrees", "agreed", NULL}) ||
      !in_list(c, k + 2, (const char *const[]){"begin", "start", "hold", "launch", "open",
                                               "resume", "continue", NULL}))
    return false;
  for (size_t j = k + 3; j < s1 && j <= k + 6; j++)
    if (in_list(c, j, (const char *const[]){"talks", "consultations", "negotiations",
                                            "discussions", NULL}))
      return true;
  return false;
}

static const char *const relation_nouns[] = {"cooperation", "co-operation", "partnership",
                                             "partnerships", NULL};

/* A relation described, not an agreement made: "defence cooperation between
 * the two countries, which began in 1991, has developed into a partnership",
 * "its closest defence partnerships remain those with Bhutan".  The cue at
 * K is a relation noun that is the subject of a verb of lasting or growing,
 * or what such a verb grew "into". */
static bool standing_relation(const ng_ctx *c, size_t s0, size_t s1, size_t k) {
  static const char *const grew[] = {"developed", "grown", "deepened", "evolved", "matured",
                                     "expanded", "broadened", NULL};
  if (!in_list(c, k, relation_nouns)) return false;
  if (k >= s0 + 3 && (TOK_IS_CI(c, k - 1, "a") || TOK_IS_CI(c, k - 1, "an")) &&
      TOK_IS(c, k - 2, "into") && in_list(c, k - 3, grew))
    return true;
  for (size_t i = k + 1, n = 0; i + 1 < s1 && n <= 8; i++, n++) {
    /* (past a relative clause set apart by commas: ", which began in 1991,") */
    if (is_p(c, i, ',') && in_list(c, i + 1, (const char *const[]){"which", "that", NULL})) {
      size_t j = i + 2;
      while (j < s1 && j <= i + 24 && !is_p(c, j, ',')) j++;
      if (j >= s1 || j > i + 24) return false;
      i = j;
      continue;
    }
    if (c->tk.tok[i].type == NG_TOK_PUNCT || (c->trig[i] & (NG_TR_AGREE | NG_TR_NEG))) return false;
    if (in_list(c, i, (const char *const[]){"remain", "remains", "remained", NULL})) return true;
    if (in_list(c, i, (const char *const[]){"has", "have", NULL})) return in_list(c, i + 1, grew);
  }
  return false;
}

/* Is the pact at K the object of a reaction: "Japan and Australia
 * welcomed the deal", "France both praised the new accord", or of news
 * given: "X and Y were informed of its signing"?  Those who react to an
 * agreement or are told of it are not its parties. */
static bool reacted_to(const ng_ctx *c, size_t s0, size_t k) {
  static const char *const react[] = {"welcomed", "welcome", "welcomes", "welcoming", "praised",
                                      "praise", "praises", "hailed", "hail", "hails", "applauded",
                                      "lauded", "commended", "endorsed", "criticised",
                                      "criticized", "condemned", "denounced", "opposed",
                                      "questioned", "saluted",
                                      /* "has called the pact 'null and void'",
                                       * "rejected the agreement" */
                                      "called", "calls", "rejected", "rejects", "dismissed",
                                      "dismisses", "slammed", "slams", "branded", "brands",
                                      "decried", "decries", NULL};
  size_t i = k;
  while (i > s0 && k - i < 4 && c->tk.tok[i - 1].type == NG_TOK_WORD && !m_at(c, i - 1) &&
         !(c->trig[i - 1] & NG_TR_AGREE) &&
         in_list(c, i - 1, (const char *const[]){"the", "this", "that", "a", "an", "new",
                                                 "latest", "landmark", "historic", NULL}))
    i--;
  if (i > s0 && i < k && in_list(c, i - 1, react)) return true;
  /* "X and Y were informed of its signing", "had been notified of the
   * agreement": told of a pact, no party to it */
  i = k;
  if (i > s0 && in_list(c, i - 1, (const char *const[]){"its", "the", "this", "that", "their", NULL}))
    i--;
  return i >= s0 + 2 && in_list(c, i - 1, (const char *const[]){"of", "about", NULL}) &&
         in_list(c, i - 2, (const char *const[]){"informed", "notified", "briefed", "apprised", NULL});
}

/* (what ends a topic of talks before the trigger: "talks on the sidelines
 * before the signing") */
static const char *const topic_stops[] = {"before", "after", "during", "ahead", "at", "in", "for",
                                          "with", "by", "from", "to", "of", "since", "until",
                                          "sidelines", "margins", "eve", NULL};
static word_filter topic_stops_filter;

/* Does a token of [s0, s1) carry trigger BITS? */
static bool sentence_has(const ng_ctx *c, size_t s0, size_t s1, uint32_t bits) {
  for (size_t i = s0; i < s1; i++)
    if (c->trig[i] & bits) return true;
  return false;
}

/* The type sentence S names a pact by, the type words right before the
 * noun ("the defence and security agreement signed in Accra"): that type,
 * or NULL.  *TWO: it names pacts of two types. */
static const char *named_pact_type(const ng_ctx *c, const bool *quoted, size_t s, bool *two) {
  size_t s0 = c->tk.sent[s].first, s1 = c->tk.sent[s].end;
  const char *found = NULL;
  for (size_t k = s0 + 1; k < s1; k++) {
    if (!(c->trig[k] & NG_TR_AGREE) || quoted[k] || !in_list(c, k, pact_nouns)) continue;
    const char *t = c->agree_type[k - 1];
    if (!t && c->tk.tok[k - 1].type == NG_TOK_WORD) t = local_agree_type(c, k - 1);
    if (!t) continue;
    if (found && strcmp(found, t)) *two = true;
    found = t;
  }
  return found;
}

/* Does the sentence refer to a pact told of before, by "the" or "this" and
 * its noun alone ("The agreement signed on 4 October ... provides for")? */
static bool pact_referred_back(const ng_ctx *c, const bool *quoted, size_t s0, size_t s1) {
  for (size_t k = s0 + 1; k < s1; k++)
    if ((c->trig[k] & NG_TR_AGREE) && !quoted[k] && in_list(c, k, pact_nouns) &&
        in_list(c, k - 1, (const char *const[]){"the", "this", NULL}))
      return true;
  return false;
}

static void find_agreements(ng_ctx *c, const bool *quoted, agreement **out, size_t *n_out) {
  /* the type the document's sentences so far named a pact by, and whether
   * they named two */
  const char *doc_named = NULL;
  bool doc_two = false;
  for (size_t s = 0; s < c->tk.n_sent; s++) {
    size_t s0 = c->tk.sent[s].first, s1 = c->tk.sent[s].end;
    if (s > 0 && !doc_two) {
      const char *t = named_pact_type(c, quoted, s - 1, &doc_two);
      if (t && doc_named && strcmp(t, doc_named)) doc_two = true;
      if (t) doc_named = t;
    }
    agreement a;
    memset(&a, 0, sizeof a);
    const char *types[8], *about[8], *name[8];
    size_t n_types = 0, n_about = 0, n_named = 0;
    const char *deflt = NULL, *guess = NULL;
    int arms_memo = 0;
    size_t unmade_to = 0;
    int back_memo = -1; /* opens_on_earlier_pact, once asked */
    bool any = false, follow_up = false;
    for (size_t k = s0; k < s1 && !any; k++)
      any = (c->trig[k] & NG_TR_AGREE) && !quoted[k];
    if (!any || refuted(c, s0, s1) || retracted(c, s0, s1) ||
        (question(c, s0, s1) && !signed_pact_asked(c, s0, s1)))
      continue;
    for (size_t k = s0; k < s1; k++) {
      if (!(c->trig[k] & NG_TR_AGREE) || quoted[k]) continue;
      if (k < unmade_to) continue;
      if (non_factual(c, s0, k)) continue;
      if (geo_share(c, k, s1)) continue;
      /* a word of an organisation's name ("the Alliance of Sahel States",
       * "the Gulf Cooperation Council") tells of no agreement */
      if (m_at(c, k) && m_at(c, k)->kind == NG_M_ORG &&
          in_list(c, k, (const char *const[]){"alliance", "partnership", "cooperation",
                                              "co-operation", "coordination", NULL}))
        continue;
      /* (and "the Collective Security Treaty Organization", "the North
       * Atlantic Treaty Organization": a treaty's organisation is a body) */
      if (m_at(c, k) && m_at(c, k)->kind == NG_M_ORG && m_at(c, k)->t1 > k + 1 &&
          in_list(c, m_at(c, k)->t1 - 1, (const char *const[]){"organization", "organisation",
                                                               NULL}))
        continue;
      /* "Peru's partners in the bloc", "its partners": a standing
       * relation, not an agreement made */
      if (k > s0 && in_list(c, k, (const char *const[]){"partner", "partners", NULL}) &&
          (TOK_IS(c, k - 1, "'s") || TOK_IS(c, k - 1, "\xE2\x80\x99s") ||
           in_list(c, k - 1, (const char *const[]){"its", "their", "our", "his", "her", NULL})))
        continue;
      if (reacted_to(c, s0, k) || standing_relation(c, s0, s1, k)) continue;
      /* "but the two signed nothing", "agreed nothing": none made */
      if (TOK_IS_CI(c, k + 1, "nothing")) continue;
      /* "X and Y agree dates for staff talks", "agreed a timetable for the
       * talks": a date set, no pact */
      if (in_list(c, k, (const char *const[]){"agree", "agrees", "agreed", NULL}) &&
          in_list(c, k + 1 + (TOK_IS_CI(c, k + 1, "a") || TOK_IS_CI(c, k + 1, "the") ||
                              TOK_IS_CI(c, k + 1, "new")),
                  (const char *const[]){"date", "dates", "timetable", "schedule", "venue",
                                        "agenda", NULL}))
        continue;
      /* "the first sign of friction", "a sign that talks stalled": the
       * noun, no signing */
      if (in_list(c, k, (const char *const[]){"sign", "signs", NULL}) &&
          (TOK_IS(c, k + 1, "of") ||
           (k > s0 && in_list(c, k - 1, (const char *const[]){"a", "the", "first", "clear",
                                                              "any", "no", "another", "every",
                                                              "early", "latest", NULL}))))
        continue;
      /* "had been briefed before the signing", "met after the signing": a
       * time told by a signing named elsewhere, not one of these parties */
      if (k >= s0 + 2 && in_list(c, k, (const char *const[]){"signing", "signature", NULL}) &&
          ng_tok_is_ci(c, k - 1, "the") &&
          in_list(c, k - 2, (const char *const[]){"before", "after", "since", "during", "at",
                                                  "of", NULL}) &&
          !TOK_IS(c, k + 1, "of"))
        continue;
      /* "the two sides agreed to further strengthen exchanges and to explore
       * cooperation in ...": a wish to do more, no pact made */
      if (in_list(c, k, (const char *const[]){"agree", "agrees", "agreed", NULL})) {
        size_t v = k + 1;
        if (TOK_IS(c, v, "to")) {
          v++;
          while (v < s1 && v <= k + 4 &&
                 in_list(c, v, (const char *const[]){"further", "also", "jointly", "continue",
                                                     "continuing", NULL}))
            v++;
          if (in_list(c, v, (const char *const[]){"strengthen", "deepen", "enhance", "expand",
                                                  "explore", "promote", "boost", "intensify",
                                                  "broaden", "advance", "increase", "step",
                                                  "study", "consider", "discuss", NULL})) {
            unmade_to = v + 1;
            while (unmade_to < s1 && !is_p(c, unmade_to, ';')) unmade_to++;
            continue;
          }
        }
      }
      bool unmade_cue = false, comma = false;
      for (size_t i = k; i-- > s0 && k - i <= 5 && !unmade_cue;) {
        if (is_p(c, i, ';')) break; /* "held talks in Lima; a memorandum ... signed" */
        comma |= is_p(c, i, ',');
        /* "held two days of talks and signed an agreement": the talks are
         * over, the signing a clause of its own */
        if (TOK_IS(c, i, "and")) {
          size_t v = TOK_IS_CI(c, i + 1, "then") ? i + 2 : i + 1;
          if (in_list(c, v, (const char *const[]){"signed", "inked", "concluded", "sealed",
                                                  NULL}))
            break;
        }
        unmade_cue = k - i <= 4 && may_be_in(c, i, &unmade_filter) && in_list(c, i, unmade);
        /* (but talks a comma closes are over: "Following the talks, the
         * ministers signed an agreement") */
        if (unmade_cue && comma &&
            in_list(c, i, (const char *const[]){"talks", "negotiations", NULL}))
          unmade_cue = false;
        /* "are close to a deal", "have yet to sign", "pulled out of the
         * security pact" */
        unmade_cue |= TOK_IS(c, i + 1, "to") &&
                      in_list(c, i, (const char *const[]){"close", "closer", "yet", NULL});
        unmade_cue |= TOK_IS(c, i + 1, "out") &&
                      in_list(c, i, (const char *const[]){"pulled", "pull", "pulls", "pulling",
                                                          "opted", "opt", "opts", NULL});
        /* "talks between Azerbaijan and Georgia on a security pact": the
         * topic of talks */
        bool topic = !unmade_cue && FIRST_IN(c, i, "oa") &&
                     in_list(c, i, (const char *const[]){"on", "over", "about", NULL});
        /* (not "talks on the sidelines before the signing") */
        for (size_t j = i + 1; j < k && topic; j++)
          topic = !in_set(c, j, topic_stops, &topic_stops_filter);
        /* (but "talks centred on the frigate deal that Chile signed with
         * Spain last year" are about a pact made) */
        if (topic && signed_after(c, k, s1)) topic = false;
        if (topic)
          for (size_t j = i; j-- > s0 && i - j <= 8 && !unmade_cue;) {
            /* (not "talks ended and they agreed on a pact") */
            if (is_p(c, j, ',') || is_p(c, j, ';') || (c->trig[j] & NG_TR_AGREE)) break;
            unmade_cue = FIRST_IN(c, j, "tndc") &&
                         in_list(c, j, (const char *const[]){"talks", "negotiations",
                                                             "discussions", "consultations",
                                                             NULL});
          }
      }
      if (!unmade_cue && FIRST_IN(c, k, "a")) unmade_cue = talks_agreed(c, s1, k);
      /* what the unmade verb is about is unmade too: "failed to agree on a
       * border security deal", "is expected to sign a defence pact" */
      /* "An intelligence-sharing agreement was not signed", "... will be
       * signed on Tuesday": no pact (yet), the verb's cue neither */
      size_t unsigned_at = unsigned_after(c, k, s1);
      if (unsigned_at != SIZE_MAX) {
        unmade_to = unsigned_at + 1;
        continue;
      }
      if (unmade_cue || planned_signing(c, s0, k)) {
        unmade_to = k + 1;
        while (unmade_to < s1 && unmade_to <= k + 8 && !is_p(c, unmade_to, ',') &&
               !is_p(c, unmade_to, ';'))
          unmade_to++;
        continue;
      }
      if (a.n_party < 2) find_parties(c, s0, s1, k, &a, *out, *n_out);
      if (a.n_party < 2 && arms_deal(c, s0, s1, k, quoted, &a) && n_types < 8) {
        /* "signed a contract to buy ... from X": an arms supply deal */
        types[n_types++] = "ArmsSupply";
      }
      /* "Estonia and Latvia signed a memorandum on Monday. Under it, their
       * services will exchange intelligence": what the agreement told just
       * before is, when that one named no type */
      if (a.n_party < 2 && *n_out && !(*out)[*n_out - 1].explicit_type && back_memo &&
          (back_memo = opens_on_earlier_pact(c, s0, s1))) {
        const agreement *p = &(*out)[*n_out - 1];
        a.n_party = 0;
        for (size_t j = 0; j < p->n_party; j++) add_party(&a, p->party[j]);
        follow_up = true;
      }
      {
        /* the most specific guess of all the sentence's triggers */
        const char *d = cue_default_type(c, k);
        /* "an agreement to coordinate their border patrols" */
        size_t kt = past_when(c, k + 1, s1);
        if (!strcmp(d, "OtherAgreement") && TOK_IS(c, kt, "to")) d = cue_default_type(c, kt + 1);
        /* "the supply agreement", "a purchase contract" in a document
         * about buying weapons */
        if ((k > s0 && (c->trig[k - 1] & (NG_TR_BUY | NG_TR_SELL)) &&
             !(c->trig[k - 1] & NG_TR_AGREE)) &&
            doc_arms_trade(c, &arms_memo))
          d = "ArmsSupply";
        /* "the artillery contract", "a frigate deal": a deal named by the
         * weapon it buys (not "an aircraft deal", often an airliner's) */
        if (k > s0 && weapon_named(c, k - 1) &&
            in_list(c, k, (const char *const[]){"contract", "contracts", "deal", "deals", "order",
                                                "orders", "agreement", NULL}))
          d = "ArmsSupply";
        if (!guess || type_rank(d) > type_rank(guess)) guess = d;
      }
      if (a.n_party < 2) continue;
      deflt = guess;
      /* explicit types near this trigger; sharing reaches further ("sharing
       * "security and intelligence" information") */
      size_t n;
      const char *w = ng_tok_text(c, k, &n);
      size_t reach = (n >= 4 && (!strncasecmp(w, "shar", 4) || !strncasecmp(w, "exch", 4))) ? 6 : 3;
      size_t lo = k > s0 + reach ? k - reach : s0, hi = k + reach + 1 < s1 ? k + reach + 1 : s1;
      /* a sentence about a pact told before is all about it: "The pact,
       * in force from June, sets up a military liaison office" */
      if (follow_up) {
        /* (past a parenthesis, to the end of what it does: not where --
         * "opens a liaison cell at the Tindouf air base" makes no base) */
        size_t e = k + 1;
        if (is_p(c, e, ',')) {
          e++;
          while (e < s1 && e <= k + 10 && !is_p(c, e, ',')) e++;
          e++;
        }
        while (e < s1 && !is_p(c, e, ',') && !is_p(c, e, ';') &&
               !in_list(c, e, (const char *const[]){"at", "near", NULL}))
          e++;
        lo = s0;
        if (e > hi) hi = e < s1 ? e : s1;
      } else if (k > s0 && TOK_IS_CI(c, s0, "under") && k <= s0 + 3) {
        /* "Under the deal, French troops will be stationed in X", "Under
         * the pact signed by A and B, X's warships may use ...": the main
         * clause tells what the pact does, to its end */
        size_t e = k + 1;
        while (e < s1 && e <= k + 10 && !is_p(c, e, ',') && !is_p(c, e, ';')) e++;
        if (is_p(c, e, ',')) {
          e++;
          while (e < s1 && !is_p(c, e, ',') && !is_p(c, e, ';')) e++;
          if (e > hi) hi = e;
        }
      }
      /* what it is about: "a pact with Chile on joint maritime security" */
      size_t about0 = SIZE_MAX, about1 = 0;
      for (size_t i = k + 1, last = k + 6; i < s1 && i <= last; i++) {
        /* (past the parties: "the Agreement between the Government of the
         * Republic of Kazakhstan and the Government of the Kyrgyz Republic
         * on the Joint Use of Military Airfields") */
        if (i == k + 1 && (TOK_IS_CI(c, i, "between") || TOK_IS_CI(c, i, "with"))) {
          size_t j = i + 1;
          while (j < s1 && j <= i + 16 &&
                 (m_at(c, j) || in_set(c, j, list_glue, &list_glue_filter) || TOK_IS(c, j, "of")))
            j = m_at(c, j) ? m_at(c, j)->t1 : j + 1;
          last += j - i - 1;
          i = j - 1;
          continue;
        }
        /* (not "exchange intelligence on cyber operations": that is the
         * intelligence's subject) */
        if (is_p(c, i, ',') || is_p(c, i, ';') || c->agree_type[i]) break;
        if (TOK_IS(c, i, "on") || TOK_IS(c, i, "covering") || TOK_IS(c, i, "covers")) {
          /* (what it covers may be a list: "covers joint coast guard
           * patrols and maritime security") */
          size_t h = i + (TOK_IS(c, i, "on") ? 6 : 10);
          if (h > s1) h = s1;
          /* (to the noun an "of" in it leads to: "on the joint use of
           * military airfields") */
          for (size_t j = i + 1; j <= h && j < s1 && j <= i + 6; j++) {
            if (is_p(c, j, ',') || is_p(c, j, ';')) break;
            /* (and one just past the window: "on maritime security and the
             * exchange of maritime information") */
            if (TOK_IS(c, j, "of") && j + 3 > h) h = j + 3 < s1 ? j + 3 : s1;
          }
          if (h > hi) hi = h;
          about0 = i + 1;
          about1 = h;
          break;
        }
      }
      /* what is given: "agreed to give India's navy a berth at ...", "a
       * deal with India allowing its navy to use the airstrip", "a deal
       * under which Japan will station troops in Djibouti" */
      size_t kt = past_when(c, k + 1, s1), given = SIZE_MAX;
      if (TOK_IS(c, kt, "to") && in_list(c, kt + 1, give_verbs))
        given = kt + 2;
      /* (past a time: "signed an agreement on Tuesday under which Seoul
       * will supply defence materiel") */
      else if (TOK_IS(c, kt, "whereby") ||
               (in_list(c, kt, (const char *const[]){"under", "by", NULL}) &&
                TOK_IS(c, kt + 1, "which")))
        given = kt + 1;
      /* ("The agreement, signed by A and B, allows ...": past the aside) */
      size_t g0 = k + 1;
      if (is_p(c, g0, ',')) {
        size_t e = g0 + 1;
        while (e < s1 && e <= g0 + 12 && !is_p(c, e, ',') && !is_p(c, e, ';')) e++;
        if (is_p(c, e, ',') && in_list(c, e + 1, gives_forms)) given = e + 2;
      }
      for (size_t i = g0; i < s1 && i <= k + 5 && given == SIZE_MAX; i++) {
        if (is_p(c, i, ',') || is_p(c, i, ';')) break;
        if (in_set(c, i, giving, &giving_filter)) given = i + 1;
        /* "an agreement that allows the Fijian Navy to use its port as a base" */
        if ((TOK_IS_CI(c, i, "that") || TOK_IS_CI(c, i, "which")) &&
            in_list(c, i + 1, gives_forms))
          given = i + 2;
      }
      if (given != SIZE_MAX)
        for (size_t i = given; i < s1 && i <= given + 12; i++) {
          if (is_p(c, i, ',') || is_p(c, i, ';')) break;
          if (i + 1 > hi) hi = i + 1;
        }
      /* in a relative clause, the noun it describes: "the intelligence-sharing
       * pact that Nigeria, Ghana and Benin signed" */
      size_t rel = SIZE_MAX;
      for (size_t i = k; i-- > s0 && k - i <= 8;)
        if (TOK_IS(c, i, "that") || TOK_IS(c, i, "which")) {
          rel = i;
          break;
        }
      if (rel != SIZE_MAX && rel > s0 + 1 && (c->trig[rel - 1] & NG_TR_AGREE))
        lo = rel > s0 + 4 ? rel - 4 : s0;
      /* what is agreed to: "agreed to open a hotline between the two
       * navies", to the clause's end */
      if (TOK_IS(c, kt, "to") && kt + 1 < s1 && c->tk.tok[kt + 1].type == NG_TOK_WORD &&
          !(c->trig[kt + 1] & NG_TR_AGREE))
        for (size_t i = kt + 2; i < s1 && i <= kt + 11; i++) {
          if (is_p(c, i, ',') || is_p(c, i, ';')) break;
          if (i + 1 > hi) hi = i + 1;
        }
      /* the type named right before the cue ("a security cooperation pact
       * covering joint exercises") is the one: what it covers adds none */
      bool named = (k > s0 && c->agree_type[k - 1]) || (k > s0 + 1 && c->agree_type[k - 2]);
      /* (all of a run of them: "intelligence and security cooperation") */
      for (size_t at = k; named && !quoted[k] && at-- > s0 && k - at <= 6;) {
        const char *t = c->agree_type[at];
        if (!t) {
          if (at + 2 >= k || is_p(c, at, ',') || TOK_IS(c, at, "and")) continue;
          break;
        }
        if (!strcmp(t, "AirSafety") && naval_hotline(c, at, s0, s1)) t = "MilitaryCoordination";
        bool dup = false;
        for (size_t j = 0; j < n_named; j++) dup |= !strcmp(name[j], t);
        if (!dup && n_named < 8) name[n_named++] = t;
      }
      for (size_t i = lo; i < hi; i++) {
        const char *t = c->agree_type[i];
        if (!t && c->tk.tok[i].type == NG_TOK_WORD) t = local_agree_type(c, i);
        if (!t || quoted[i] || (named && i >= about0 && i < about1)) continue;
        /* "military air safety", "military intelligence": the adjective
         * yields to the type it qualifies */
        if (TOK_IS_CI(c, i, "military") && i + 1 < s1 && c->agree_type[i + 1] &&
            strcmp(c->agree_type[i + 1], t))
          continue;
        /* "a deconfliction agreement for military flights": the adjective
         * tells whose aircraft, not what the agreement is */
        if (TOK_IS_CI(c, i, "military") && in_list(c, i + 1, aircraft_words)) continue;
        /* (and of what is bought: "to buy six military transport aircraft",
         * a verb of buying or selling just before) */
        if (TOK_IS_CI(c, i, "military") && i + 1 < s1 && i > s0 + 1 &&
            ((c->trig[i + 1] & NG_TR_ARMS_ITEM) ||
             (i + 2 < s1 && (in_list(c, i + 2, aircraft_words) ||
                             (c->trig[i + 2] & NG_TR_ARMS_ITEM))))) {
          bool trade = false;
          for (size_t b = i; b-- > s0 && i - b <= 4 && !trade;)
            trade = (c->trig[b] & (NG_TR_BUY | NG_TR_SELL)) != 0;
          if (trade) continue;
        }
        if (!strcmp(t, "AirSafety") && naval_hotline(c, i, s0, s1)) t = "MilitaryCoordination";
        /* "agreed to pull their missiles back from the line": weapons
         * pulled back are a disengagement of forces, not a supply */
        if (!strcmp(t, "ArmsSupply") && withdrawn(c, s0, i)) t = "MilitaryCoordination";
        if (!strcmp(t, "IntelligenceSharing") && civil_data(c, s0, s1, i)) continue;
        bool dup = false;
        for (size_t j = 0; j < n_types; j++) dup |= !strcmp(types[j], t);
        if (!dup && n_types < 8) types[n_types++] = t;
        dup = false;
        for (size_t j = 0; j < n_about; j++) dup |= !strcmp(about[j], t);
        if (!dup && n_about < 8 && i >= about0 && i < about1 && !named) about[n_about++] = t;
      }
    }
    if (a.n_party < 2 || !deflt) continue;
    deflt = guess;
    if (follow_up && !n_types && !n_named) continue; /* nothing new said */
    /* "a pact on flight safety under which both sides exchange radar
     * data": what the agreement is said to be on is its type */
    if (n_about) {
      memcpy(types, about, n_about * sizeof *about);
      n_types = n_about;
    } else if (n_named && !(n_named == 1 && !strcmp(name[0], "SecurityCooperation"))) {
      /* "an air safety agreement to link their radars and share radar
       * data": the type it is named by, not what it does on the way (a
       * security pact "to share intelligence" is an intelligence one, below) */
      memcpy(types, name, n_named * sizeof *name);
      n_types = n_named;
    } else if (!n_named && doc_named && !doc_two && pact_referred_back(c, quoted, s0, s1)) {
      /* "under the defence and security agreement signed in Accra ... The
       * agreement ... provides for joint patrols": the pact the document
       * named before, not what it provides for */
      types[0] = doc_named;
      n_types = 1;
    }
    /* "giving Croatian navy ships access to the port of Bar": the ships of a
     * basing right are no arms traded, unless the sentence buys or sells */
    bool basing = false, arms_type = false;
    for (size_t j = 0; j < n_types; j++) {
      basing |= !strcmp(types[j], "BasingRights");
      arms_type |= !strcmp(types[j], "ArmsSupply");
    }
    if (basing && arms_type && !sentence_has(c, s0, s1, NG_TR_BUY | NG_TR_SELL)) {
      size_t w = 0;
      for (size_t j = 0; j < n_types; j++)
        if (strcmp(types[j], "ArmsSupply")) types[w++] = types[j];
      n_types = w;
    }
    /* intelligence sharing subsumes the security cooperation it is part of */
    bool intel = false;
    for (size_t j = 0; j < n_types; j++) intel |= !strcmp(types[j], "IntelligenceSharing");
    if (intel) {
      types[0] = "IntelligenceSharing";
      n_types = 1;
    }
    agreement_args(c, s0, s1, &a);
    a.span = ng_tok_span(c, (uint32_t)s0, (uint32_t)s1);
    a.conf = n_types ? 0.9 : 0.75;
    if (!n_types) {
      if (!strcmp(deflt, "OtherAgreement") && military_sentence(c, s0, s1))
        deflt = "MilitaryCoordination";
      /* "delivered the two frigates ... under the contract signed by the
       * two sides": a sentence that trades weapons */
      if (!strcmp(deflt, "OtherAgreement") && arms_sentence(c, s0, s1)) deflt = "ArmsSupply";
      a.type = deflt;
      a.explicit_type = false;
      *out = ng_xgrow(*out, *n_out, sizeof **out);
      (*out)[(*n_out)++] = a;
    }
    for (size_t j = 0; j < n_types; j++) {
      a.type = types[j];
      a.explicit_type = true;
      *out = ng_xgrow(*out, *n_out, sizeof **out);
      (*out)[(*n_out)++] = a;
    }
  }
}

static bool subset(const agreement *a, const agreement *b);

/* "Chile and Peru signed the Arica Protocol. ... The hotline set up by the
 * protocol links their navies": a pact whose type no report of it named
 * takes the one type that the document's sentences about "the protocol",
 * "the agreement" give, when the document tells of that one pact only and
 * its reports guessed no type. */
/* Words between "the" and the pact's noun that leave it the one pact told
 * of: "the trilateral agreement on ...", "the new accord". */
static const char *const pact_adjectives[] = {"trilateral", "bilateral", "tripartite", "new",
                                              "joint", "landmark", "historic", NULL};

static void type_from_description(ng_ctx *c, const bool *quoted, agreement *as, size_t n) {
  int untyped = -1;
  for (size_t i = 0; i < n; i++) {
    /* (a typed pact, or one its cue word types: "agreed to coordinate") */
    if (as[i].explicit_type || strcmp(as[i].type, "OtherAgreement")) return;
    if (untyped < 0 || subset(&as[i], &as[untyped]))
      untyped = untyped < 0 ? (int)i : untyped;
    else if (subset(&as[untyped], &as[i]))
      untyped = (int)i;
    else
      return; /* two pacts */
  }
  if (untyped < 0) return;
  const char *found = NULL;
  for (size_t s = 0; s < c->tk.n_sent; s++) {
    size_t s0 = c->tk.sent[s].first, s1 = c->tk.sent[s].end;
    /* ("... signed an agreement on Monday.  It allows X's forces to ...":
     * the pact the sentence before told of) */
    bool about = s > 0 && TOK_IS_CI(c, s0, "it") && in_list(c, s0 + 1, gives_forms) &&
                 c->tk.sent[s - 1].para == c->tk.sent[s].para &&
                 sentence_has(c, c->tk.sent[s - 1].first, c->tk.sent[s - 1].end, NG_TR_AGREE);
    for (size_t k = s0 + 1; k < s1 && !about; k++) {
      if (quoted[k] || !(c->trig[k] & NG_TR_AGREE) || !in_list(c, k, pact_nouns)) continue;
      /* (and by its type's words: "the security cooperation agreement that
       * the two ministers signed") */
      size_t d = k - 1;
      while (d > s0 && k - d <= 3 && (c->agree_type[d] || in_list(c, d, pact_adjectives))) d--;
      about = in_list(c, d, (const char *const[]){"the", "this", NULL});
    }
    if (!about) continue;
    for (size_t i = s0; i < s1; i++) {
      if (quoted[i]) continue;
      const char *t = c->agree_type[i];
      if (!t && c->tk.tok[i].type == NG_TOK_WORD) t = local_agree_type(c, i);
      if (!t) continue;
      /* ("officers at the naval base in X": where, not what; but "troops to
       * be stationed" is what the pact lets them do) */
      bool place = false, let = !c->agree_type[i] && forces_before(c, i);
      for (size_t j = i, w = 0; j-- > s0 && w < 4 && !place && !let; w++) {
        /* (past a force's name: "from the Colombian Navy's base") */
        if (m_at(c, j) && m_at(c, j)->t0 < j) j = m_at(c, j)->t0;
        place = in_list(c, j, (const char *const[]){"at", "in", "near", "from", "to", NULL});
      }
      if (place) continue;
      if (!strcmp(t, "AirSafety") && naval_hotline(c, i, s0, s1)) t = "MilitaryCoordination";
      /* ("the exchange of security information": intelligence sharing
       * subsumes the security cooperation it is part of, as above) */
      if (found && !strcmp(found, "IntelligenceSharing") && !strcmp(t, "SecurityCooperation"))
        continue;
      if (found && !strcmp(found, "SecurityCooperation") && !strcmp(t, "IntelligenceSharing"))
        found = NULL;
      if (found && strcmp(found, t)) return; /* described two ways */
      found = t;
    }
  }
  if (!found) return;
  for (size_t i = 0; i < n; i++) {
    as[i].type = found;
    as[i].explicit_type = true;
  }
}

static bool subset(const agreement *a, const agreement *b) { /* a ⊆ b */
  for (size_t i = 0; i < a->n_party; i++) {
    bool found = false;
    for (size_t j = 0; j < b->n_party; j++) found |= a->party[i] == b->party[j];
    if (!found) return false;
  }
  return true;
}

static int cmp_int(const void *x, const void *y) {
  int a = *(const int *)x, b = *(const int *)y;
  return (a > b) - (a < b);
}

/* Appends V in decimal, as %d would (no printf: keys are built per event). */
static void add_int(ng_buf *out, long v) {
  char d[24];
  size_t n = sizeof d;
  unsigned long u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
  do {
    d[--n] = (char)('0' + u % 10);
    u /= 10;
  } while (u && n > 1);
  if (v < 0) d[--n] = '-';
  ng_buf_add(out, d + n, sizeof d - n);
}

static void emit_agreements(ng_ctx *c, agreement *as, size_t n) {
  if (n == 0) return;
  size_t *rep = ng_xmalloc((n + 1) * sizeof *rep);
  for (size_t i = 0; i < n; i++) {
    rep[i] = i;
    qsort(as[i].party, as[i].n_party, sizeof(int), cmp_int);
  }
  /* identical reports (same type and parties) first, through a map: linear */
  ng_strmap *same = ng_strmap_new();
  ng_buf key;
  ng_buf_init(&key);
  size_t uniq = 0;
  for (size_t i = 0; i < n; i++) {
    ng_buf_clear(&key); /* "%s|%d" and ",%d" per party */
    ng_buf_adds(&key, as[i].type);
    ng_buf_addc(&key, '|');
    add_int(&key, as[i].explicit_type);
    for (size_t p = 0; p < as[i].n_party; p++) {
      ng_buf_addc(&key, ',');
      add_int(&key, as[i].party[p]);
    }
    size_t *first = ng_strmap_get(same, key.data);
    if (first) {
      rep[i] = *first;
      agreement *r = &as[*first];
      if (r->announced < 0) r->announced = as[i].announced;
      if (r->against < 0) r->against = as[i].against;
      if (r->location < 0) r->location = as[i].location;
      if (r->date.y == 0) r->date = as[i].date;
    } else {
      ng_strmap_put(same, key.data, &rep[i]);
      uniq++;
    }
  }
  ng_strmap_free(same, NULL);
  ng_buf_free(&key);
  /* then one agreement told in several ways: party sets that include one
   * another (quadratic in the distinct reports, so bounded) */
  bool changed = uniq <= 512;
  while (changed) {
    changed = false;
    for (size_t i = 0; i < n; i++) {
      if (rep[i] != i) continue;
      for (size_t j = 0; j < n; j++) {
        if (i == j || rep[j] != j) continue;
        /* one agreement told twice: same parties or fewer, and the same type
         * or a type only guessed from the trigger word */
        bool compatible = !strcmp(as[i].type, as[j].type) || !as[i].explicit_type ||
                          !as[j].explicit_type;
        if (compatible && subset(&as[j], &as[i])) {
          rep[j] = i;
          if (as[j].explicit_type && !as[i].explicit_type) {
            as[i].type = as[j].type;
            as[i].explicit_type = true;
          } else if (as[j].explicit_type == as[i].explicit_type &&
                     type_rank(as[j].type) > type_rank(as[i].type)) {
            as[i].type = as[j].type;
          }
          if (as[i].announced < 0) as[i].announced = as[j].announced;
          if (as[i].against < 0) as[i].against = as[j].against;
          if (as[i].location < 0) as[i].location = as[j].location;
          if (as[i].date.y == 0) as[i].date = as[j].date;
          changed = true;
        }
      }
    }
  }
  size_t *evidx = ng_xmalloc((n + 1) * sizeof *evidx);
  for (size_t i = 0; i < n; i++) {
    if (rep[i] != i) continue;
    evidx[i] = c->f->n_ev;
    ng_event *e = ng_ev_new(c, NG_EV_AGREEMENT, as[i].type, as[i].conf);
    for (size_t p = 0; p < as[i].n_party; p++) ng_ev_arg(e, NG_ROLE_PARTY, as[i].party[p]);
    if (as[i].announced >= 0) ng_ev_arg(e, NG_ROLE_ANNOUNCED_BY, as[i].announced);
    if (as[i].against >= 0) ng_ev_arg(e, NG_ROLE_AGAINST, as[i].against);
    if (as[i].location >= 0) ng_ev_arg(e, NG_ROLE_LOCATION, as[i].location);
    e->date = as[i].date;
  }
  /* every report's sentence becomes a mention of its agreement */
  for (size_t j = 0; j < n; j++) {
    size_t r = j;
    while (rep[r] != r) r = rep[r];
    ng_ev_span(&c->f->ev[evidx[r]], as[j].span);
  }
  free(evidx);
  free(rep);
}

/* ------------------------------------------------------------- airspace */

static const char *const armed_service[] = {"air", "force", "forces", "military", "armed", "navy",
                                            "army", "aircraft", "planes", "jets", "drones", NULL};
static const char *const permission_nouns[] = {"permission", "access", "clearance", "overflight",
                                               "overflights", "rights", NULL};

/* Grantees find_grantees' patterns miss, in [s0, s1):
 *  - "has granted Uzbekistan's air force permission", "denied the Uzbek
 *    military clearance": a country's forces as the object of the decision;
 *  - "the jets of the Air Force of Botswana were granted":
 *    aircraft of a country or of its force;
 *  - "Tajikistan was refused permission to cross ...": a country as the
 *    subject of a passive decision.
 * The country, or -1. */
static int more_grantee(const ng_ctx *c, size_t s0, size_t s1) {
  for (size_t d = s0 + 1; d + 2 < s1; d++) {
    if (!(c->trig[d] & (NG_TR_AIR_GRANT | NG_TR_AIR_DENY))) continue;
    size_t j = d + 1;
    if (TOK_IS_CI(c, j, "the")) j++;
    const ng_mention *m = m_at(c, j);
    if (m && (m->kind == NG_M_COUNTRY || m->kind == NG_M_DEMONYM)) {
      size_t k = m->t1;
      if (ng_tok_is(c, k, "'s") || ng_tok_is(c, k, "\xE2\x80\x99s")) k++;
      size_t svc = k;
      while (k < s1 && k < svc + 3 && in_list(c, k, armed_service)) k++;
      if (k > svc && in_list(c, k, permission_nouns)) return m->country;
    }
    /* the passive: "X was refused", "X's jets were cleared" (subject first) */
    size_t v = d;
    if (v > s0 && in_list(c, v - 1, (const char *const[]){"was", "were", "been", NULL})) {
      v--;
      if (v > s0 && in_list(c, v - 1, (const char *const[]){"has", "have", "had", NULL})) v--;
      const ng_mention *sm = v > s0 ? m_at(c, v - 1) : NULL;
      if (sm && sm->kind == NG_M_COUNTRY && in_list(c, d + 1, permission_nouns))
        return sm->country;
    }
  }
  for (size_t i = s0; i + 2 < s1; i++) {
    if (!may_be_in(c, i, &aircraft_filter) || !in_list(c, i, aircraft_words) ||
        !ng_tok_is(c, i + 1, "of"))
      continue;
    size_t j = i + 2;
    if (TOK_IS_CI(c, j, "the")) j++;
    int cr = country_ref(c, m_at(c, j));
    if (cr < 0 && TOK_IS_CI(c, j, "air") && ng_tok_is_ci(c, j + 1, "force") &&
        ng_tok_is(c, j + 2, "of")) {
      j += 3;
      if (TOK_IS_CI(c, j, "the")) j++;
      cr = country_ref(c, m_at(c, j));
    }
    if (cr >= 0) return cr;
  }
  return -1;
}

/* Countries whose aircraft are meant: "Russian military aircraft",
 * "Canadian and Dutch air force tanker aircraft", "permission for Russia to
 * fly".  Returns how many were stored in OUT (at most 4). */
static size_t find_grantees(const ng_ctx *c, size_t s0, size_t s1, int not_this, int *out) {
  size_t n = 0;
  for (size_t i = s0; i < s1 && !n; i++) {
    /* (or a model's designation: "Dutch F-35s", from its first token) */
    size_t j = i;
    if (!may_be_in(c, i, &aircraft_filter) || !in_list(c, i, aircraft_words)) {
      if (c->tk.tok[i].type != NG_TOK_NUM || !model_item(c, i)) continue;
      j = i - 2;
    }
    while (j > s0 && i - j <= 8) {
      j--;
      const ng_mention *m = m_at(c, j);
      if (m && (m->kind == NG_M_DEMONYM || m->kind == NG_M_COUNTRY)) {
        /* "Chile-bound"; but "Chilean-registered aircraft" are Chile's */
        if (is_p(c, m->t1, '-') &&
            !in_list(c, m->t1 + 1, (const char *const[]){"registered", "flagged", NULL})) {
          j = m->t0;
          continue;
        }
        bool dup = false;
        for (size_t k = 0; k < n; k++) dup |= out[k] == m->country;
        if (m->country != not_this && !dup && n < 4) out[n++] = m->country;
        j = m->t0;
        continue;
      }
      /* "Royal Danish Air Force patrol planes" */
      int fc = !n && m && m->kind == NG_M_ORG && m->t1 + 4 >= i ? force_country(c, m) : -1;
      if (fc >= 0 && fc != not_this) {
        out[n++] = fc;
        break;
      }
      if (n && !(ng_tok_is(c, j, "and") || is_p(c, j, ','))) break;
      if (!n && (c->tk.tok[j].type != NG_TOK_WORD || (c->trig[j] & (NG_TR_AIR_GRANT | NG_TR_AIR_DENY)))) break;
    }
    /* "aircraft of Slovakia's army", "the aircraft of the Royal Air Force" */
    if (!n && ng_tok_is(c, i + 1, "of") && i + 2 < s1) {
      size_t o = TOK_IS_CI(c, i + 2, "the") ? i + 3 : i + 2;
      int cr = o < s1 ? force_country(c, m_at(c, o)) : -1;
      if (cr >= 0 && cr != not_this) out[n++] = cr;
    }
    /* "all aircraft registered in Chile": the state of registry */
    if (!n && i + 3 < s1 && in_list(c, i + 1, (const char *const[]){"registered", "flagged", NULL}) &&
        ng_tok_is(c, i + 2, "in")) {
      const ng_mention *m = m_at(c, i + 3);
      if (m && m->t0 == i + 3 && m->kind == NG_M_COUNTRY && m->country != not_this)
        out[n++] = m->country;
    }
  }
  if (n) return n;
  /* "has granted Kazakhstan permission to route ...", "gave Chile access" */
  for (size_t i = s0 + 1; i + 1 < s1; i++) {
    const ng_mention *m = m_at(c, i);
    if (m && m->kind == NG_M_COUNTRY && m->t0 == i &&
        (c->trig[i - 1] & (NG_TR_AIR_GRANT | NG_TR_AIR_DENY)) &&
        m->country != not_this &&
        in_list(c, m->t1, (const char *const[]){"permission", "access", "clearance", "overflight",
                                                "overflights", NULL})) {
      out[0] = m->country;
      return 1;
    }
  }
  for (size_t i = s0; i + 2 < s1; i++) {
    const ng_mention *m = m_at(c, i);
    if (m && m->kind == NG_M_COUNTRY && ng_tok_is(c, m->t1, "to") &&
        in_list(c, m->t1 + 1, (const char *const[]){"fly", "use", "cross", "overfly", NULL}) &&
        m->country != not_this) {
      out[0] = m->country;
      return 1;
    }
  }
  /* "Serbia received permission from Hungary for ...", "Chile obtained
   * overflight clearance": the country that receives the permission */
  for (size_t i = s0; i + 2 < s1; i++) {
    const ng_mention *m = m_at(c, i);
    if (!m || m->t0 != i || m->kind != NG_M_COUNTRY || m->country == not_this) continue;
    size_t v = m->t1;
    if (in_list(c, v, (const char *const[]){"has", "had", "have", NULL})) v++;
    if (!in_list(c, v, (const char *const[]){"received", "receives", "obtained", "obtains", "got",
                                             "secured", "secures", "won", NULL}))
      continue;
    size_t o = v + 1;
    if (TOK_IS_CI(c, o, "the") || TOK_IS_CI(c, o, "an")) o++;
    if (ng_tok_is(c, o, "overflight")) o++;
    if (in_list(c, o, (const char *const[]){"permission", "clearance", "clearances", "approval",
                                            "authorisation", "authorization", "rights", NULL})) {
      out[0] = m->country;
      return 1;
    }
  }
  int g = more_grantee(c, s0, s1);
  if (g >= 0 && g != not_this) {
    out[0] = g;
    return 1;
  }
  /* "A Uruguayan Air Force transport landed ... after Paraguay granted the
   * aircraft permission": the air force whose aircraft the clause names */
  for (size_t i = s0; i + 2 < s1; i++) {
    const ng_mention *m = m_at(c, i);
    if (!m || m->t0 != i) continue;
    i = m->t1 - 1;
    int fc = m->kind == NG_M_ORG && m->t1 >= m->t0 + 2 && TOK_IS_CI(c, m->t1 - 2, "air") &&
                     TOK_IS_CI(c, m->t1 - 1, "force")
                 ? force_country(c, m)
                 : -1;
    if (fc >= 0 && fc != not_this) {
      out[0] = fc;
      return 1;
    }
  }
  /* last: the one country whose troops the span names ("Egyptian troops land
   * ... after Ethiopia refuses overflight": theirs are the flights) */
  int troops = -1;
  for (size_t i = s0; i + 1 < s1; i++) {
    const ng_mention *m = m_at(c, i);
    if (!m || m->t0 != i || (m->kind != NG_M_DEMONYM && m->kind != NG_M_COUNTRY)) continue;
    i = m->t1 - 1;
    if (m->country < 0 || m->country == not_this || m->t1 >= s1 ||
        !in_list(c, m->t1, (const char *const[]){"troops", "soldiers", "peacekeepers",
                                                 "paratroopers", "contingent", NULL}))
      continue;
    if (troops >= 0 && troops != m->country) return 0;
    troops = m->country;
  }
  if (troops >= 0) {
    out[0] = troops;
    return 1;
  }
  return 0;
}

/* The entity in ROLE of E, or -1. */
static int role_ent(const ng_event *e, ng_role role) {
  for (size_t i = 0; i < e->n_args; i++)
    if (e->args[i].role == role) return e->args[i].ent;
  return -1;
}

/* "..., but Uruguay has refused a similar request": a clause without an
 * airspace word whose subject country grants or refuses what the sentence's
 * airspace fact asked.  Returns the new event's status or NULL. */
static const char *similar_clause(const ng_ctx *c, size_t cl0, size_t ce, int *grantor) {
  for (size_t i = cl0; i < ce; i++) {
    if (c->trig[i] & (NG_TR_HYPO | NG_TR_PLANNED)) return NULL;
    if (!(c->trig[i] & (NG_TR_AIR_DENY | NG_TR_AIR_GRANT))) continue;
    /* the subject right before the verb: "Uruguay has refused", "Laos refused" */
    size_t j = i;
    while (j > cl0 && i - j < 3 && !m_at(c, j - 1) &&
           in_list(c, j - 1, (const char *const[]){"has", "had", "have", "also", "then", "so",
                                                  "however", NULL}))
      j--;
    const ng_mention *m = j > cl0 ? m_at(c, j - 1) : NULL;
    if (!m || (m->kind != NG_M_COUNTRY && m->kind != NG_M_CAPITAL_GOV)) return NULL;
    /* the object must be the same kind of request or permission */
    bool obj = false;
    for (size_t k = i + 1; k < ce && k <= i + 4; k++)
      obj |= in_list(c, k, (const char *const[]){"similar", "same", "request", "requests",
                                                 "permission", "access", NULL});
    /* (or none at the clause's end: "... after Mali refused") */
    if (!obj && (c->trig[i] & NG_TR_AIR_DENY)) {
      size_t e = i + 1;
      while (e < ce && c->tk.tok[e].type == NG_TOK_PUNCT) e++;
      obj = e >= ce;
    }
    if (!obj) return NULL;
    *grantor = m->country;
    return (c->trig[i] & NG_TR_AIR_DENY) ? "Denied" : "Granted";
  }
  return NULL;
}

/* "(and) Portuguese aircraft to do the same over Spain" in [cl0, ce): the
 * country after "do the same over|in|into" (*GRANTOR) and the one whose
 * aircraft or forces come before "to do" (*GRANTEE). */
static bool same_over(const ng_ctx *c, size_t cl0, size_t ce, int *grantor, int *grantee) {
  for (size_t i = cl0 + 1; i + 4 < ce; i++) {
    if (!ng_tok_is(c, i, "do") || !TOK_IS_CI(c, i + 1, "the") || !ng_tok_is(c, i + 2, "same") ||
        !in_list(c, i + 3, (const char *const[]){"over", "in", "into", "above", NULL}))
      continue;
    size_t o = TOK_IS_CI(c, i + 4, "the") ? i + 5 : i + 4;
    const ng_mention *gm = m_at(c, o);
    if (!gm || gm->t0 != o || gm->kind != NG_M_COUNTRY || !ng_tok_is(c, i - 1, "to")) return false;
    /* the doers: "Portuguese aircraft", "the Chilean Air Force's jets" */
    for (size_t j = i - 1; j-- > cl0 && i - 1 - j <= 5;) {
      const ng_mention *m = m_at(c, j);
      if (m && (m->kind == NG_M_DEMONYM || m->kind == NG_M_COUNTRY || m->kind == NG_M_ORG)) {
        int cr = country_ref(c, m);
        if (cr < 0 && m->kind == NG_M_ORG && m->ent >= 0 && c->f->ent[m->ent].country)
          cr = ng_ent_find(c, NG_ENT_COUNTRY, c->f->ent[m->ent].country);
        if (cr < 0) return false;
        *grantor = gm->country;
        *grantee = cr;
        return true;
      }
    }
    return false;
  }
  return false;
}

/* Does [t0, t1) speak of aircraft told before: "granted it permission",
 * "allowed them to land", "the aircraft", "the flight"? */
static bool refers_back(const ng_ctx *c, size_t t0, size_t t1) {
  for (size_t i = t0; i < t1; i++) {
    if ((c->trig[i] & (NG_TR_AIR_GRANT | NG_TR_AIR_DENY)) &&
        (ng_tok_is(c, i + 1, "it") || ng_tok_is(c, i + 1, "them")))
      return true;
    if (TOK_IS_CI(c, i, "the") && (ng_tok_is(c, i + 1, "aircraft") || ng_tok_is(c, i + 1, "plane") ||
                                   ng_tok_is(c, i + 1, "flight") || ng_tok_is(c, i + 1, "jets")))
      return true;
  }
  return false;
}

static bool has_who(const int *who, size_t n, int ent);

/* The country whose request a decision in [s0, s1) answers, by a phrase
 * of its own: "At Luanda's request", "at the request of Port Louis", "in
 * response to the request formulated by the Angolan side"; or -1. */
static int at_request(const ng_ctx *c, size_t s0, size_t s1) {
  for (size_t i = s0; i + 2 < s1; i++) {
    if (!TOK_IS_CI(c, i, "request")) continue;
    /* "at X's request" */
    if (i >= s0 + 3 && (TOK_IS(c, i - 1, "'s") || TOK_IS(c, i - 1, "\xE2\x80\x99s") ||
                        is_p(c, i - 1, '\''))) {
      const ng_mention *m = m_at(c, i - 2);
      /* (a capital after "at" is taken for a place: "At Warsaw's request") */
      if (m && m->t1 == i - 1 && m->t0 > s0 && TOK_IS_CI(c, m->t0 - 1, "at"))
        return m->kind == NG_M_PLACE ? m->country : country_ref(c, m);
    }
    if (i == s0 || !TOK_IS_CI(c, i - 1, "the")) continue;
    size_t j = i + 1;
    /* "at the request of X" */
    if (i >= s0 + 2 && TOK_IS_CI(c, i - 2, "at") && ng_tok_is(c, j, "of")) {
      j++;
      if (TOK_IS_CI(c, j, "the")) j++;
      /* (a capital taken for a place: "at the request of Port Louis") */
      const ng_mention *m = m_at(c, j);
      return m && m->kind == NG_M_PLACE ? m->country : country_ref(c, m);
    }
    /* "in response to the request formulated by the X side" */
    if (i >= s0 + 4 && ng_tok_is(c, i - 2, "to") && TOK_IS_CI(c, i - 3, "response") &&
        in_list(c, j, (const char *const[]){"formulated", "made", "submitted", "presented",
                                            "filed", "sent", NULL}) &&
        ng_tok_is(c, j + 1, "by")) {
      j += 2;
      if (TOK_IS_CI(c, j, "the")) j++;
      return country_ref(c, m_at(c, j));
    }
  }
  return -1;
}

/* "Kenya denied Sudan's request to use its airspace", "Ghana approved a
 * request from Togo to ...": a decision on a request, before the airspace
 * word at AIR.  Returns the status ("Denied", "Granted") and sets the
 * deciding country and the asking one (-1 when unnamed), "" for a negated
 * decision, or NULL. */
static const char *decided_request(const ng_ctx *c, size_t cl0, size_t air, int *grantor,
                                   int *asker) {
  for (size_t d = cl0; d < air; d++) {
    /* (and "Laos has agreed to a Vietnamese request") */
    bool agreed_to = ng_tok_is(c, d + 1, "to") &&
                     in_list(c, d, (const char *const[]){"agreed", "agrees", "acceded", "accedes",
                                                         "assented", NULL});
    if (!agreed_to &&
        (!(c->trig[d] & (NG_TR_AIR_DENY | NG_TR_AIR_GRANT)) || (c->trig[d] & NG_TR_AIR_REQUEST)))
      continue;
    size_t j = agreed_to ? d + 2 : d + 1;
    int who = -1;
    if (TOK_IS_CI(c, j, "the") || TOK_IS_CI(c, j, "a") || TOK_IS_CI(c, j, "an")) j++;
    const ng_mention *m = m_at(c, j);
    if (m && country_ref(c, m) >= 0 &&
        (ng_tok_is(c, m->t1, "'s") || ng_tok_is(c, m->t1, "\xE2\x80\x99s"))) {
      who = country_ref(c, m);
      j = m->t1 + 1;
    } else if (m && m->kind == NG_M_DEMONYM) {
      who = m->country;
      j = m->t1;
    }
    /* (a request named by what it asks: "the Chilean overflight request") */
    for (size_t k = j; k < j + 2 && (c->trig[k] & NG_TR_AIRSPACE) &&
                       in_list(c, k + 1, (const char *const[]){"request", "requests", NULL});
         k++)
      j = k + 1;
    if (!in_list(c, j, (const char *const[]){"request", "requests", "application", "bid", NULL}))
      continue;
    if (who < 0 && ng_tok_is(c, j + 1, "from")) {
      who = country_ref(c, m_at(c, j + 2));
      if (who < 0 && TOK_IS_CI(c, j + 2, "the")) who = country_ref(c, m_at(c, j + 3));
    }
    /* "Peru has not refused a Bolivian request": no decision told (the
     * empty status: the clause tells no fact) */
    for (size_t i = d; i-- > cl0 && d - i <= 3;)
      if ((c->trig[i] & NG_TR_NEG) && !(c->trig[i] & NG_TR_AIR_DENY)) return "";
    int g = -1;
    for (size_t i = d; i-- > cl0 && g < 0;) g = country_ref(c, m_at(c, i));
    if (g == who) g = -1;
    *grantor = g;
    *asker = who;
    return (c->trig[d] & NG_TR_AIR_DENY) ? "Denied" : "Granted";
  }
  return NULL;
}

/* "overflight of Malawi", "overflight of the territory and waters of
 * Mauritius": whose airspace, named after the airspace word that ends at K
 * (clause end CE); the country or -1. */
static int overflight_of(const ng_ctx *c, size_t k, size_t ce) {
  if (!ng_tok_is(c, k, "of")) return -1;
  k++;
  for (size_t stop = k + 7; k < ce && k < stop; k++) {
    const ng_mention *m = m_at(c, k);
    if (m) return m->kind == NG_M_COUNTRY ? m->country : -1;
    if (!(TOK_IS_CI(c, k, "the") || ng_tok_is(c, k, "of") ||
          in_list(c, k, (const char *const[]){"territory", "territories", "airspace", "waters",
                                              "skies", "and", "its", "territorial", "national",
                                              NULL})))
      return -1;
  }
  return -1;
}

/* "said it would not allow Russian jets to cross", "would never grant":
 * a modal that is negated before a decision verb (token I, clause end CE)
 * tells a refusal, no hedge; the negation makes it a denial. */
static bool refusal_modal(const ng_ctx *c, size_t i, size_t ce) {
  if (!TOK_IS_CI(c, i, "would")) return false;
  size_t v = i + 1;
  if (!TOK_IS_CI(c, v, "not") && !TOK_IS_CI(c, v, "never")) return false;
  v++;
  if (in_list(c, v, (const char *const[]){"be", "ever", NULL})) v++;
  return v < ce && (c->trig[v] & NG_TR_AIR_GRANT) && !(c->trig[v] & NG_TR_AIR_REQUEST);
}

/* Is the airspace fact at AIR in clause [cl0, ce) hedged?  A hypothetical
 * word counts unless it is quoted or belongs to the main clause of a "said
 * that"/"added that" whose object tells the fact: "... said the deal would
 * help and added that Mali had also asked Senegal for permission ...". */
static bool hedged_clause(const ng_ctx *c, size_t cl0, size_t air, size_t ce, const bool *quoted) {
  size_t h0 = cl0;
  for (size_t i = air; i-- > cl0;)
    if (ng_tok_is(c, i, "that") && i > cl0 && (c->trig[i - 1] & NG_TR_SPEECH)) {
      h0 = i + 1;
      break;
    }
  for (size_t i = h0; i < ce; i++)
    if ((c->trig[i] & NG_TR_HYPO) && !quoted[i] && !refusal_modal(c, i, ce)) return true;
  return false;
}

/* "Armenia, which closed its airspace to ...": the country a relative
 * clause opening at CL0 (after a comma) speaks of, when the pronoun is the
 * subject of a decision or request verb; *ASKS says it is a request.  The
 * country, or -1. */
static int relative_subject(const ng_ctx *c, size_t s0, size_t cl0, bool *asks) {
  if (cl0 < s0 + 2 || !is_p(c, cl0 - 1, ',') ||
      !in_list(c, cl0, (const char *const[]){"which", "who", NULL}))
    return -1;
  const ng_mention *m = m_at(c, cl0 - 2);
  if (!m || m->t1 != cl0 - 1 || (m->kind != NG_M_COUNTRY && m->kind != NG_M_CAPITAL_GOV))
    return -1;
  size_t v = cl0 + 1;
  for (int n = 0; n < 2 && in_list(c, v, (const char *const[]){"has", "had", "have", "also",
                                                              "then", "not", "never", NULL});
       n++)
    v++;
  if (!(c->trig[v] & (NG_TR_AIR_GRANT | NG_TR_AIR_DENY | NG_TR_AIR_REQUEST))) return -1;
  *asks = (c->trig[v] & NG_TR_AIR_REQUEST) != 0;
  return m->country;
}

static const char *const rumour_nouns[] = {"reports", "rumours", "rumors", "claims", NULL};
static word_filter rumour_filter;

/* Does an unconfirmed report govern [s0, k): "There were reports that ...",
 * "amid rumours that ...", "reportedly", "allegedly"?  A named source that
 * reports ("the ministry reports that ...") is no rumour. */
static bool rumoured(const ng_ctx *c, size_t s0, size_t k, const bool *quoted) {
  for (size_t i = s0; i < k; i++) {
    if (quoted[i]) continue;
    if (TOK_IS_CI(c, i, "reportedly") || TOK_IS_CI(c, i, "allegedly")) return true;
    if (in_set(c, i, rumour_nouns, &rumour_filter) &&
        ng_tok_is(c, i + 1, "that") && !(i > s0 && m_at(c, i - 1)) &&
        !(i > s0 && in_list(c, i - 1, (const char *const[]){"it", "he", "she", "they", NULL})))
      return true;
  }
  return false;
}

/* After an airspace permission with a grantor (events from EV0 on), a
 * sentence without an airspace word may tell another country's turn with
 * the same grantor: "Tajikistan was refused permission for a transit
 * flight", "Kyrgyzstan has asked for similar access".  The country is the
 * sentence's subject, the decision or request its verb. */
static void follow_up_permissions(ng_ctx *c, const bool *quoted, size_t ev0) {
  size_t e0 = c->f->n_ev;
  bool any = false;
  for (size_t e = ev0; e < e0 && !any; e++)
    any = c->f->ev[e].kind == NG_EV_AIRSPACE && role_ent(&c->f->ev[e], NG_ROLE_GRANTOR) >= 0;
  if (!any) return;
  for (size_t s = 0; s < c->tk.n_sent; s++) {
    size_t s0 = c->tk.sent[s].first, s1 = c->tk.sent[s].end;
    /* (only sentences with a decision or request word) */
    size_t dv = s0;
    while (dv < s1 && !(c->trig[dv] & (NG_TR_AIR_GRANT | NG_TR_AIR_DENY | NG_TR_AIR_REQUEST))) dv++;
    if (dv == s1) continue;
    /* the subject opens the sentence or a clause ("He added that X had asked ...") */
    const ng_mention *m = NULL;
    for (size_t i = s0; i < dv && !m; i++) {
      const ng_mention *x = m_at(c, i);
      if (x && x->kind == NG_M_COUNTRY && x->t0 == i &&
          (i == s0 || ng_tok_is(c, i - 1, "that") || ng_tok_is(c, i - 1, "while") ||
           ng_tok_is(c, i - 1, "but") || is_p(c, i - 1, ',')) &&
          in_list(c, x->t1, (const char *const[]){"has", "had", "have", "was", "were", NULL}))
        m = x;
    }
    if (!m || quoted[m->t0]) continue;
    size_t v = m->t1;
    if (in_list(c, v, (const char *const[]){"has", "had", "have", NULL})) v++;
    bool passive = in_list(c, v, (const char *const[]){"was", "were", "been", NULL});
    if (passive) v++;
    if (v + 2 >= s1 || !(c->trig[v] & (NG_TR_AIR_GRANT | NG_TR_AIR_DENY | NG_TR_AIR_REQUEST)))
      continue;
    bool any_air = false, craft = false, similar = false;
    for (size_t i = s0; i < s1; i++) {
      any_air |= (c->trig[i] & NG_TR_AIRSPACE) != 0;
      craft |= may_be_in(c, i, &aircraft_filter) && in_list(c, i, aircraft_words);
      similar |= ng_tok_is(c, i, "similar");
    }
    const char *status = NULL;
    if (passive && (c->trig[v] & (NG_TR_AIR_GRANT | NG_TR_AIR_DENY)) &&
        in_list(c, v + 1, (const char *const[]){"permission", "clearance", "access", NULL}) &&
        (craft || similar))
      status = (c->trig[v] & NG_TR_AIR_DENY) ? "Denied" : "Granted";
    else if (!passive && (c->trig[v] & NG_TR_AIR_REQUEST) && ng_tok_is(c, v + 1, "for") &&
             ng_tok_is(c, v + 2, "similar") &&
             in_list(c, v + 3, (const char *const[]){"permission", "clearance", "access", "rights",
                                                     NULL}))
      status = "Requested";
    if (!status || any_air || non_factual(c, m->t0, v)) continue;
    /* the grantor of the last permission told before this sentence */
    int grantor = -1;
    for (size_t e = ev0; e < e0; e++) {
      const ng_event *ev = &c->f->ev[e];
      if (ev->kind != NG_EV_AIRSPACE || !ev->n_mentions || ev->mentions[0].cb > c->tk.tok[s0].cb)
        continue;
      int g = role_ent(ev, NG_ROLE_GRANTOR);
      if (g >= 0) grantor = g;
    }
    if (grantor < 0 || grantor == m->country) continue;
    ng_event *e = ng_ev_new(c, NG_EV_AIRSPACE, status, 0.6);
    ng_ev_arg(e, NG_ROLE_GRANTOR, grantor);
    ng_ev_arg(e, NG_ROLE_GRANTEE, m->country);
    if (!strcmp(status, "Requested")) ng_ev_arg(e, NG_ROLE_REQUESTED_BY, m->country);
    e->date = sentence_date(c, s0, s1);
    ng_ev_span(e, ng_tok_span(c, (uint32_t)s0, (uint32_t)s1));
  }
}

/* A request told without an airspace word after a permission was told:
 * "Cairo then asked Eritrea and Djibouti for permission, and both granted it"
 * (Requested for each one asked; Granted or Denied too when the sentence
 * goes on with "both|they|each granted|refused it").  The grantee is the
 * subject, who asks for its own flights. */
static void asked_for_permission(ng_ctx *c, const bool *quoted, const uint32_t *tbits,
                                 size_t ev0) {
  size_t e0 = c->f->n_ev;
  if (e0 == ev0) return;
  for (size_t s = 1; s < c->tk.n_sent; s++) {
    size_t s0 = c->tk.sent[s].first, s1 = c->tk.sent[s].end;
    if (quoted[s0] || (tbits[s] & NG_TR_AIRSPACE)) continue;
    size_t r = s0 + 1;
    while (r < s1 && !(c->trig[r] & NG_TR_AIR_REQUEST)) r++;
    if (r + 3 >= s1 || !in_list(c, r, (const char *const[]){"asked", "requested", NULL})) continue;
    /* the subject: a country just before ("Cairo then asked") */
    size_t b = r;
    while (b > s0 && in_list(c, b - 1, (const char *const[]){"then", "also", "has", "had", "later",
                                                             "subsequently", NULL}))
      b--;
    const ng_mention *sm = b > s0 ? m_at(c, b - 1) : NULL;
    int asker = country_ref(c, sm);
    if (asker < 0 || non_factual(c, s0, r)) continue;
    /* the ones asked: "Eritrea and Djibouti", "Oman, Yemen and Somalia" */
    int asked[4];
    size_t n = 0, o = r + 1;
    while (o < s1) {
      const ng_mention *m = m_at(c, o);
      int cr = m && m->t0 == o ? country_ref(c, m) : -1;
      if (cr < 0 || cr == asker) break;
      if (n < 4) asked[n++] = cr;
      o = m->t1;
      if (is_p(c, o, ',') && o + 1 < s1 && m_at(c, o + 1)) o++;
      if (ng_tok_is(c, o, "and")) o++;
    }
    if (!n || !ng_tok_is(c, o, "for")) continue;
    size_t p = o + 1;
    if (in_list(c, p, (const char *const[]){"the", "its", "their", "overflight", "landing", NULL})) p++;
    if (!in_list(c, p, (const char *const[]){"permission", "clearance", "clearances",
                                            "authorisation", "authorization", NULL}))
      continue;
    /* "for permission to hold talks" is none of this */
    if (ng_tok_is(c, p + 1, "to") &&
        !in_list(c, p + 2, (const char *const[]){"fly", "overfly", "cross", "land", "transit",
                                                "refuel", "use", NULL}))
      continue;
    /* only after a permission told before, for the same asker's flights */
    bool told = false;
    for (size_t e = ev0; e < e0 && !told; e++) {
      const ng_event *ev = &c->f->ev[e];
      told = ev->kind == NG_EV_AIRSPACE && ev->n_mentions &&
             ev->mentions[0].cb < c->tk.tok[s0].cb && role_ent(ev, NG_ROLE_GRANTEE) == asker;
    }
    if (!told) continue;
    /* the answer in the same sentence: ", and both granted it" */
    const char *answer = NULL;
    for (size_t k = p + 1; k + 1 < s1 && !answer; k++) {
      if (!in_list(c, k, (const char *const[]){"both", "they", "each", "all", NULL})) continue;
      size_t v = k + 1;
      if (in_list(c, v, (const char *const[]){"have", "had", "then", "quickly", "promptly", NULL})) v++;
      if (!(c->trig[v] & (NG_TR_AIR_GRANT | NG_TR_AIR_DENY)) || (c->trig[v] & NG_TR_AIR_REQUEST) ||
          !in_list(c, v + 1, (const char *const[]){"it", "them", "permission", "the", NULL}))
        break;
      answer = (c->trig[v] & NG_TR_AIR_DENY) ? "Denied" : "Granted";
    }
    for (size_t a = 0; a < n; a++) {
      for (int pass = 0; pass < (answer ? 2 : 1); pass++) {
        ng_event *e = ng_ev_new(c, NG_EV_AIRSPACE, pass ? answer : "Requested", 0.6);
        ng_ev_arg(e, NG_ROLE_GRANTOR, asked[a]);
        ng_ev_arg(e, NG_ROLE_GRANTEE, asker);
        if (!pass) ng_ev_arg(e, NG_ROLE_REQUESTED_BY, asker);
        e->date = sentence_date(c, s0, s1);
        ng_ev_span(e, ng_tok_span(c, (uint32_t)s0, (uint32_t)s1));
      }
    }
  }
}

/* Along a route, the other states' turns for the same flights, told
 * without an airspace word after a permission or request with a grantee
 * (events from EV0 on, in the four sentences before): "Turkmenistan was
 * asked too" (Requested), "Kazakhstan granted its clearance on Friday",
 * "The Georgian and Azerbaijani clearances came within hours" (Granted). */
static void route_clearances(ng_ctx *c, const bool *quoted, const uint32_t *tbits, size_t ev0) {
  bool any = false;
  for (size_t e = ev0; e < c->f->n_ev && !any; e++)
    any = c->f->ev[e].kind == NG_EV_AIRSPACE && role_ent(&c->f->ev[e], NG_ROLE_GRANTEE) >= 0;
  if (!any) return;
  static const char *const clearance[] = {"clearance", "clearances", "permission",
                                          "permissions", NULL};
  for (size_t s = 1; s < c->tk.n_sent; s++) {
    size_t s0 = c->tk.sent[s].first, s1 = c->tk.sent[s].end;
    if (quoted[s0] || (tbits[s] & NG_TR_AIRSPACE) || s1 - s0 < 3) continue;
    size_t i = s0;
    /* (past a list's or a thread's number: "3/", "4.") */
    while (i + 1 < s1 && (c->tk.tok[i].type == NG_TOK_PUNCT ||
                          (c->tk.tok[i].type == NG_TOK_NUM && c->tk.tok[i + 1].type == NG_TOK_PUNCT)))
      i++;
    if (TOK_IS_CI(c, i, "the")) i++;
    int who[4];
    size_t nw = 0;
    const char *status = NULL;
    const ng_mention *m = m_at(c, i);
    if (m && m->t0 == i && (m->kind == NG_M_COUNTRY || m->kind == NG_M_CAPITAL_GOV)) {
      size_t v = m->t1;
      if (in_list(c, v, (const char *const[]){"has", "had", "have", "then", "also", NULL})) v++;
      if (in_list(c, v, (const char *const[]){"was", "were", NULL}) &&
          in_list(c, v + 1, (const char *const[]){"asked", "approached", NULL}) &&
          (v + 2 == s1 || c->tk.tok[v + 2].type == NG_TOK_PUNCT ||
           in_list(c, v + 2, (const char *const[]){"too", "also", "as", NULL})))
        status = "Requested";
      else if (in_list(c, v, (const char *const[]){"granted", "gave", "issued", "sent",
                                                   NULL}) &&
               in_list(c, v + 1, (const char *const[]){"its", "the", "a", NULL}) &&
               in_list(c, v + 2, clearance))
        status = "Granted";
      if (status) who[nw++] = m->country;
    } else if (m && m->t0 == i && m->kind == NG_M_DEMONYM) {
      /* "The Georgian and Azerbaijani clearances came" */
      size_t j = i;
      while (j < s1 && nw < 4) {
        const ng_mention *d = m_at(c, j);
        if (!d || d->t0 != j || d->kind != NG_M_DEMONYM) break;
        who[nw++] = d->country;
        j = d->t1;
        if (ng_tok_is(c, j, "and") || is_p(c, j, ',')) j++;
      }
      if (nw && in_list(c, j, clearance) &&
          in_list(c, j + 1, (const char *const[]){"came", "arrived", "followed", NULL}))
        status = "Granted";
    }
    if (!status || non_factual(c, s0, s1 - 1)) continue;
    /* the flights' country: the grantee of the last permission or request
     * told in the four sentences before */
    int grantee = -1;
    uint32_t from = c->tk.tok[c->tk.sent[s >= 4 ? s - 4 : 0].first].cb, to = c->tk.tok[s0].cb;
    /* (the turns told by this pass count: a route is told leg by leg) */
    for (size_t e = ev0; e < c->f->n_ev; e++) {
      const ng_event *ev = &c->f->ev[e];
      if (ev->kind != NG_EV_AIRSPACE || !ev->n_mentions || ev->mentions[0].cb < from ||
          ev->mentions[0].cb >= to)
        continue;
      int g = role_ent(ev, NG_ROLE_GRANTEE);
      if (g >= 0) grantee = g;
    }
    if (grantee < 0) continue;
    for (size_t k = 0; k < nw; k++) {
      if (who[k] < 0 || who[k] == grantee) continue;
      ng_event *e = ng_ev_new(c, NG_EV_AIRSPACE, status, 0.6);
      ng_ev_arg(e, NG_ROLE_GRANTOR, who[k]);
      ng_ev_arg(e, NG_ROLE_GRANTEE, grantee);
      if (!strcmp(status, "Requested")) ng_ev_arg(e, NG_ROLE_REQUESTED_BY, grantee);
      e->date = sentence_date(c, s0, s1);
      ng_ev_span(e, ng_tok_span(c, (uint32_t)s0, (uint32_t)s1));
    }
  }
}

/* The airspace event from EV0 on with a grantor (and grantee GRANTEE
 * unless it is -1) told last in the two sentences before sentence S, or
 * NULL. */
static const ng_event *told_just_before(const ng_ctx *c, size_t ev0, size_t s, int grantee) {
  if (s == 0) return NULL;
  uint32_t from = c->tk.tok[c->tk.sent[s >= 2 ? s - 2 : 0].first].cb;
  uint32_t to = c->tk.tok[c->tk.sent[s].first].cb;
  const ng_event *last = NULL;
  for (size_t e = ev0; e < c->f->n_ev; e++) {
    const ng_event *ev = &c->f->ev[e];
    if (ev->kind == NG_EV_AIRSPACE && ev->n_mentions && ev->mentions[0].cb >= from &&
        ev->mentions[0].cb < to && role_ent(ev, NG_ROLE_GRANTOR) >= 0 &&
        (grantee < 0 || role_ent(ev, NG_ROLE_GRANTEE) == grantee) &&
        (!last || ev->mentions[0].cb >= last->mentions[0].cb))
      last = ev;
  }
  return last;
}

/* The answer to a request told just before, said without a decision
 * verb's object: "Budapest said no", "The request was refused",
 * "Hungary turned it down".  V is the token after the subject (SUBJ: one
 * was found) in the sentence [s0, s1).  The decision's trigger bits, or 0. */
static uint32_t answer_bits(const ng_ctx *c, size_t s0, size_t v, size_t s1, bool subj) {
  if (subj && v + 1 < s1 && in_list(c, v, (const char *const[]){"said", "says", NULL}) &&
      (v + 2 == s1 || c->tk.tok[v + 2].type == NG_TOK_PUNCT)) {
    if (ng_tok_is(c, v + 1, "no")) return NG_TR_AIR_DENY;
    if (ng_tok_is(c, v + 1, "yes")) return NG_TR_AIR_GRANT;
  }
  /* "turned the request down", "turned it down" */
  if (subj && in_list(c, v, (const char *const[]){"turned", "turns", NULL})) {
    size_t d = in_list(c, v + 1, (const char *const[]){"it", "them", NULL}) ? v + 2
               : (TOK_IS_CI(c, v + 1, "the") &&
                  in_list(c, v + 2, (const char *const[]){"request", "application", NULL}))
                   ? v + 3
                   : s1;
    if (d < s1 && ng_tok_is(c, d, "down")) return NG_TR_AIR_DENY;
  }
  /* the passive: "The request was refused"; "These were refused" after
   * the requests were told */
  size_t p = s0;
  bool these = !subj && in_list(c, p, (const char *const[]){"these", "those", NULL});
  if (these) {
    p++;
    if (in_list(c, p, (const char *const[]){"requests", "applications", NULL})) p++;
  } else if (!subj &&
             (TOK_IS_CI(c, p, "the") || TOK_IS_CI(c, p, "this") || TOK_IS_CI(c, p, "that")) &&
             in_list(c, p + 1, (const char *const[]){"request", "application", NULL})) {
    p += 2;
  }
  if (p > s0) {
    if (in_list(c, p, (const char *const[]){"has", "had", "have", NULL})) p++;
    if (!in_list(c, p, (const char *const[]){"was", "were", "been", "is", NULL})) return 0;
    p++;
    if (p < s1 && (c->trig[p] & (NG_TR_AIR_GRANT | NG_TR_AIR_DENY)) &&
        !(c->trig[p] & NG_TR_AIR_REQUEST))
      return c->trig[p] & (NG_TR_AIR_GRANT | NG_TR_AIR_DENY);
    if (ng_tok_is(c, p, "turned") && ng_tok_is(c, p + 1, "down")) return NG_TR_AIR_DENY;
  }
  return 0;
}

/* A sentence without an airspace word that answers or recalls a request
 * told just before:
 *  - "Croatia granted it on Friday", "We refused the request": the one
 *    asked decides (its name, or a pronoun standing for it);
 *  - "the flights had been requested by Kosovo": the permission just
 *    granted had been asked for. */
static void answered_requests(ng_ctx *c, const bool *quoted, const uint32_t *tbits, size_t ev0) {
  bool any = false; /* (nothing to answer or recall: most documents) */
  for (size_t e = ev0; e < c->f->n_ev && !any; e++) any = c->f->ev[e].kind == NG_EV_AIRSPACE;
  for (size_t s = 1; any && s < c->tk.n_sent; s++) {
    size_t s0 = c->tk.sent[s].first, s1 = c->tk.sent[s].end;
    if (quoted[s0] || (tbits[s] & NG_TR_AIRSPACE)) continue;
    const ng_event *prev = NULL;
    const char *status = NULL;
    int grantor = -1, grantee = -1;
    /* the answer: SUBJECT [has] granted|refused it|them|the request */
    size_t v = s0, lead;
    int wd;
    /* (after the day it came: "On Thursday the Luxembourg government
     * refused", "Yesterday Botswana turned the request down") */
    if (ng_tok_is(c, v, "On") && v + 1 < s1 && relative_day(c, v + 1, &wd) && wd >= 0)
      v += 2;
    else if (v < s1 && relative_day(c, v, &wd) && wd < 0)
      v++;
    if (v > s0 && is_p(c, v, ',')) v++;
    lead = v;
    if (v > s0 && TOK_IS_CI(c, v, "the")) v++;
    const ng_mention *m = m_at(c, v);
    int subj = m && m->t0 == v ? country_ref(c, m) : -1;
    if (subj >= 0) {
      v = m->t1;
      /* ("the Luxembourg government", "the Guinean authorities") */
      if (m->kind != NG_M_ORG &&
          in_list(c, v, (const char *const[]){"government", "authorities", NULL}))
        v++;
    } else if (v == s0 && in_list(c, v, (const char *const[]){"we", "it", "they", NULL})) {
      v++;
    } else {
      v = s1;
    }
    if (v < s1 && in_list(c, v, (const char *const[]){"has", "had", "have", "then", "also", NULL}))
      v++;
    uint32_t said = answer_bits(c, lead, v, s1, v < s1);
    /* "Luxembourg refused.", "the Guinean government refused on Thursday":
     * the deciding verb alone, or with the day */
    if (!said && subj >= 0 && v < s1 && (c->trig[v] & (NG_TR_AIR_GRANT | NG_TR_AIR_DENY)) &&
        !(c->trig[v] & NG_TR_AIR_REQUEST) &&
        in_list(c, v, (const char *const[]){"refused", "declined", "rejected", "agreed",
                                            "accepted", "approved", "consented", NULL})) {
      size_t w = v + 1;
      if (ng_tok_is(c, w, "on") && w + 1 < s1 && relative_day(c, w + 1, &wd) && wd >= 0)
        w += 2;
      else if (w < s1 && relative_day(c, w, &wd) && wd < 0)
        w++;
      if (w + 1 == s1 && c->tk.tok[w].type == NG_TOK_PUNCT) said = c->trig[v];
    }
    if (said ||
        (v + 1 < s1 && (c->trig[v] & (NG_TR_AIR_GRANT | NG_TR_AIR_DENY)) &&
         !(c->trig[v] & NG_TR_AIR_REQUEST) &&
         (in_list(c, v + 1, (const char *const[]){"it", "them", NULL}) ||
          ((TOK_IS_CI(c, v + 1, "the") || TOK_IS_CI(c, v + 1, "that") ||
            TOK_IS_CI(c, v + 1, "this")) &&
           in_list(c, v + 2, (const char *const[]){"request", "application", NULL}))))) {
      if (!said) said = c->trig[v];
      prev = told_just_before(c, ev0, s, -1);
      if (prev && prev->subtype && !strcmp(prev->subtype, "Requested") &&
          (subj < 0 || subj == role_ent(prev, NG_ROLE_GRANTOR))) {
        status = (said & NG_TR_AIR_DENY) ? "Denied" : "Granted";
        grantor = role_ent(prev, NG_ROLE_GRANTOR);
        grantee = role_ent(prev, NG_ROLE_GRANTEE);
      }
    }
    /* the request recalled by the one granted: "Luanda had asked for the
     * permission on Friday", "He said Quito had requested the clearance" */
    for (size_t i = s0; !status && i < s1; i++) {
      const ng_mention *x = m_at(c, i);
      int who = country_ref(c, x);
      if (who < 0 || x->t0 != i) continue;
      i = x->t1 - 1;
      if (!(x->t0 == s0 || ng_tok_is(c, x->t0 - 1, "that") ||
            (c->trig[x->t0 - 1] & NG_TR_SPEECH)))
        continue;
      size_t r = x->t1;
      if (in_list(c, r, (const char *const[]){"had", "has", "have", NULL})) r++;
      if (r + 2 >= s1 || !(c->trig[r] & NG_TR_AIR_REQUEST)) continue;
      size_t o = ng_tok_is(c, r + 1, "for") ? r + 2 : r + 1;
      if (!(TOK_IS_CI(c, o, "the") || TOK_IS_CI(c, o, "this") || TOK_IS_CI(c, o, "that")) ||
          !in_list(c, o + 1, (const char *const[]){"clearance", "permission", "authorisation",
                                                   "authorization", "access", NULL}))
        break;
      prev = told_just_before(c, ev0, s, who);
      if (prev && prev->subtype && strcmp(prev->subtype, "Requested") &&
          role_ent(prev, NG_ROLE_GRANTOR) != who) {
        status = "Requested";
        grantor = role_ent(prev, NG_ROLE_GRANTOR);
        grantee = who;
      }
      break;
    }
    /* the request recalled: "the flights had been requested by Kosovo" */
    for (size_t i = s0 + 2; !status && i + 2 < s1; i++) {
      if (!(c->trig[i] & NG_TR_AIR_REQUEST) || !ng_tok_is(c, i + 1, "by") ||
          !in_list(c, i - 1, (const char *const[]){"been", "was", "were", NULL}))
        continue;
      size_t n = i - 1;
      if (n > s0 && in_list(c, n - 1, (const char *const[]){"has", "had", "have", NULL})) n--;
      if (n < s0 + 2 ||
          !in_list(c, n - 1, (const char *const[]){"clearance", "permission", "authorisation",
                                                   "authorization", "access", NULL}) ||
          !(TOK_IS_CI(c, n - 2, "the") || TOK_IS_CI(c, n - 2, "this") ||
            TOK_IS_CI(c, n - 2, "that")))
        break;
      size_t a = TOK_IS_CI(c, i + 2, "the") ? i + 3 : i + 2;
      int by = country_ref(c, m_at(c, a));
      prev = by >= 0 ? told_just_before(c, ev0, s, by) : NULL;
      if (prev && role_ent(prev, NG_ROLE_GRANTOR) != by) {
        status = "Requested";
        grantor = role_ent(prev, NG_ROLE_GRANTOR);
        grantee = by;
      }
      break;
    }
    /* (a hedge or a negation other than the refusal itself: no fact; one
     * after the first clause tells a reason: "The request was refused, as
     * the crew list had not been filed") */
    bool hedged = false;
    for (size_t i = s0; i < s1 && status && !hedged; i++) {
      if (is_p(c, i, ',') || is_p(c, i, ';') || is_p(c, i, ':')) break;
      hedged = (c->trig[i] & (NG_TR_HYPO | NG_TR_PLANNED)) ||
               ((c->trig[i] & NG_TR_NEG) && !(c->trig[i] & NG_TR_AIR_DENY) &&
                !(i > s0 && ng_tok_is(c, i, "no") &&
                  in_list(c, i - 1, (const char *const[]){"said", "says", NULL})));
    }
    if (!status || hedged) continue;
    bool dup = false;
    for (size_t e = ev0; e < c->f->n_ev && !dup; e++) {
      const ng_event *ev = &c->f->ev[e];
      dup = ev->kind == NG_EV_AIRSPACE && ev->subtype && !strcmp(ev->subtype, status) &&
            role_ent(ev, NG_ROLE_GRANTOR) == grantor && role_ent(ev, NG_ROLE_GRANTEE) == grantee;
    }
    if (dup) continue;
    ng_event *e = ng_ev_new(c, NG_EV_AIRSPACE, status, 0.6);
    ng_ev_arg(e, NG_ROLE_GRANTOR, grantor);
    ng_ev_arg(e, NG_ROLE_GRANTEE, grantee);
    if (!strcmp(status, "Requested")) ng_ev_arg(e, NG_ROLE_REQUESTED_BY, grantee);
    e->date = sentence_date(c, s0, s1);
    ng_ev_span(e, ng_tok_span(c, (uint32_t)s0, (uint32_t)s1));
  }
}

static const char *const clearance_nouns[] = {"clearance", "clearances", "permission",
                                              "permissions", "request", "requests",
                                              "authorisation", "authorisations",
                                              "authorization", "authorizations", NULL};
static word_filter clearance_filter;

/* Participles that tell a decision on clearances ("the clearances granted",
 * "were refused"); the bare trigger bits would also take the nouns
 * ("clearance", "permission") for decisions. */
static const char *const granted_words[] = {"granted", "approved", "given", "authorised",
                                            "authorized", "accorded", NULL};
static const char *const refused_words[] = {"refused", "denied", "rejected", "declined", NULL};

/* The countries listed after "of" at token OF: "aircraft of the United
 * States, Italy and France" -- each stored in OUT (at most MAX, none equal
 * to NOT_THIS); how many. */
static size_t owners_after_of(const ng_ctx *c, size_t of, size_t s1, int not_this, int *out,
                              size_t max) {
  size_t n = 0;
  for (size_t j = of + 1; j < s1 && n < max;) {
    if (TOK_IS_CI(c, j, "the")) j++;
    const ng_mention *m = m_at(c, j);
    int cr = m && m->t0 == j ? country_ref(c, m) : -1;
    if (cr < 0) break;
    bool dup = cr == not_this;
    for (size_t k = 0; k < n; k++) dup |= out[k] == cr;
    if (!dup) out[n++] = cr;
    j = m->t1;
    if (is_p(c, j, ',')) j++;
    if (TOK_IS(c, j, "and")) j++;
    if (j == m->t1) break;
  }
  return n;
}

/* A parliamentary answer or a ministry's briefing counts the clearances
 * after telling whose airspace they are for, in sentences without an
 * airspace word of their own:
 *  - "The clearances granted were for aircraft of Peru, Chile and Bolivia",
 *    "permission was refused for Cuban aircraft": the decision for each
 *    country whose aircraft are named;
 *  - "Two were requests submitted by Ecuador", "the clearance was given
 *    following a request from the Colombian embassy", "a request from the
 *    Bolivian authorities for the landing of an air force aircraft": that
 *    country's request.
 * The grantor is that of the last permission told in the four sentences
 * before (one told by this rule counts: the answer goes on). */
static void clearance_details(ng_ctx *c, const bool *quoted, const uint32_t *tbits, size_t ev0) {
  bool any = false; /* (most documents tell no permission) */
  for (size_t e = ev0; e < c->f->n_ev && !any; e++)
    any = c->f->ev[e].kind == NG_EV_AIRSPACE && role_ent(&c->f->ev[e], NG_ROLE_GRANTOR) >= 0;
  for (size_t s = 1; any && s < c->tk.n_sent; s++) {
    size_t s0 = c->tk.sent[s].first, s1 = c->tk.sent[s].end;
    if (quoted[s0] || (tbits[s] & NG_TR_AIRSPACE) ||
        !(tbits[s] & (NG_TR_AIR_GRANT | NG_TR_AIR_DENY | NG_TR_AIR_REQUEST)))
      continue;
    size_t noun = SIZE_MAX;
    bool craft = false, clear_word = false; /* (a clearance word: not a request alone) */
    for (size_t i = s0; i < s1; i++) {
      if (!in_set(c, i, clearance_nouns, &clearance_filter)) {
        craft |= may_be_in(c, i, &aircraft_filter) && in_list(c, i, aircraft_words);
        continue;
      }
      if (noun == SIZE_MAX) noun = i;
      clear_word |= !in_list(c, i, (const char *const[]){"request", "requests", "authorisations",
                                                          "authorizations", NULL});
    }
    if (noun == SIZE_MAX) continue;
    /* the permission told last, up to four sentences before */
    uint32_t from = c->tk.tok[c->tk.sent[s >= 4 ? s - 4 : 0].first].cb;
    uint32_t to = c->tk.tok[s0].cb;
    int grantor = -1;
    uint32_t at = 0;
    for (size_t e = ev0; e < c->f->n_ev; e++) {
      const ng_event *ev = &c->f->ev[e];
      int g = ev->kind == NG_EV_AIRSPACE && ev->n_mentions ? role_ent(ev, NG_ROLE_GRANTOR) : -1;
      if (g >= 0 && ev->mentions[0].cb >= from && ev->mentions[0].cb < to &&
          ev->mentions[0].cb >= at) {
        grantor = g;
        at = ev->mentions[0].cb;
      }
    }
    if (grantor < 0) continue;
    int who[4];
    size_t n = 0;
    const char *status = NULL;
    size_t k = s1;
    /* the request and its maker: "request(s) [submitted|made|...] by|from [the] X" */
    for (size_t i = noun; i + 2 < s1 && !status; i++) {
      if (!in_list(c, i, (const char *const[]){"request", "requests", NULL})) continue;
      size_t b = i + 1;
      if (in_list(c, b, (const char *const[]){"submitted", "made", "lodged", "filed", "sent",
                                              "received", NULL}))
        b++;
      if (!in_list(c, b, (const char *const[]){"by", "from", NULL})) continue;
      b++;
      if (TOK_IS_CI(c, b, "the")) b++;
      const ng_mention *m = m_at(c, b);
      int cr = m && m->t0 == b ? country_ref(c, m) : -1;
      if (cr < 0 || cr == grantor) continue;
      who[n++] = cr;
      status = "Requested";
      k = i;
    }
    /* the decision and whose aircraft: "clearances granted were for aircraft of ..." */
    for (size_t i = s0; i < s1 && !status; i++) {
      bool yes = in_list(c, i, granted_words), no = !yes && in_list(c, i, refused_words);
      if (!yes && !no) continue;
      for (size_t j = s0; j + 1 < s1 && !n; j++)
        if (may_be_in(c, j, &aircraft_filter) && in_list(c, j, aircraft_words) &&
            TOK_IS(c, j + 1, "of"))
          n = owners_after_of(c, j + 1, s1, grantor, who, 4);
      if (!n) n = find_grantees(c, s0, s1, grantor, who);
      if (n) {
        status = yes ? "Granted" : "Denied";
        k = i;
      }
      break;
    }
    if (!status) continue;
    /* (a clearance word or aircraft: not "a request from the embassy for aid") */
    if (!craft && !clear_word) continue;
    if (non_factual(c, s0, k)) continue;
    for (size_t g = 0; g < n; g++) {
      ng_event *e = ng_ev_new(c, NG_EV_AIRSPACE, status, 0.6);
      ng_ev_arg(e, NG_ROLE_GRANTOR, grantor);
      ng_ev_arg(e, NG_ROLE_GRANTEE, who[g]);
      if (!strcmp(status, "Requested")) ng_ev_arg(e, NG_ROLE_REQUESTED_BY, who[g]);
      e->date = sentence_date(c, s0, s1);
      ng_ev_span(e, ng_tok_span(c, (uint32_t)s0, (uint32_t)s1));
    }
  }
}

static const char *const violation_words[] = {"violated", "violate", "violates", "violating",
                                              "violation", "violations", "intrusion",
                                              "intrusions", "incursion", "incursions",
                                              "illegally", "unauthorised", "unauthorized", NULL};
static word_filter violation_filter;

/* An incursion told in [cl0, ce): "Russian bombers flew through Norwegian
 * airspace without permission", "jets entered Estonian airspace in a
 * violation of ...": aircraft used an airspace nobody opened to them. */
static bool incursion(const ng_ctx *c, size_t cl0, size_t ce) {
  for (size_t i = cl0; i < ce; i++) {
    if (in_set(c, i, violation_words, &violation_filter)) return true;
    if (TOK_IS_CI(c, i, "without"))
      for (size_t j = i + 1; j < ce && j <= i + 3; j++)
        if (in_list(c, j, (const char *const[]){"permission", "authorisation", "authorization",
                                                "clearance", "consent", "approval", NULL}))
          return true;
  }
  return false;
}

/* Aircraft that cross or enter a country's territory fly through its
 * airspace: "Azerbaijani jets were allowed to cross Georgian territory",
 * "permission for two planes to enter the territory of Peru".  Marks such
 * a "territory" in [s0, s1) as an airspace word when the sentence names
 * aircraft (troops that cross a territory do not overfly it).  True if it
 * marked any. */
static bool mark_crossed_territory(ng_ctx *c, size_t s0, size_t s1) {
  int craft = -1; /* unknown, then 0 or 1: looked for once */
  bool marked = false;
  for (size_t t = s0 + 1; t < s1; t++) {
    /* "approved surveillance flights by aircraft of the X Air Force over
     * Attapeu and Sekong provinces": flights over a place, a few words on */
    if (FIRST_IN(c, t, "o") && ng_tok_is(c, t, "over") && !(c->trig[t] & NG_TR_AIRSPACE) &&
        t + 1 < s1) {
      size_t o = TOK_IS_CI(c, t + 1, "the") ? t + 2 : t + 1;
      const ng_mention *pm = m_at(c, o);
      bool place = pm && (pm->kind == NG_M_PLACE || pm->kind == NG_M_COUNTRY) && pm->country >= 0;
      /* ("flights of state aircraft of X over the territory of Y", as
       * releases translated from Russian put it) */
      place |= o > t + 1 && ng_tok_is(c, o, "territory") && ng_tok_is(c, o + 1, "of");
      /* (or a province the lexicon does not know: "over Attapeu and Sekong
       * provinces") */
      for (size_t j = o; !place && !pm && o < s1 && (c->tk.tok[o].flags & NG_TF_CAP) && j < s1 &&
                         j <= o + 4;
           j++)
        place = in_list(c, j, (const char *const[]){"province", "provinces", "region", "regions",
                                                    "district", "districts", NULL});
      if (place) {
        for (size_t i = t; i-- > s0 && t - i <= 10;) {
          if (is_p(c, i, ',') || is_p(c, i, ';')) break;
          if (in_list(c, i, (const char *const[]){"flights", "flight", "sorties", NULL})) {
            if (i + 1 < t) { /* (the place flown over is the airspace) */
              c->trig[o] |= NG_TR_AIRSPACE;
              marked = true;
            }
            break;
          }
        }
      }
      continue;
    }
    /* "to let two medical helicopters cross the frontier": aircraft that
     * cross a border enter the airspace beyond it (the aircraft right
     * before the verb: not "troops crossed the border as jets circled") */
    if (FIRST_IN(c, t, "bf") && t >= s0 + 3 &&
        (TOK_IS_CI(c, t, "border") || TOK_IS_CI(c, t, "frontier")) &&
        !(c->trig[t] & NG_TR_AIRSPACE)) {
      size_t v = TOK_IS_CI(c, t - 1, "the") ? t - 2 : t - 1;
      if (in_list(c, v, (const char *const[]){"cross", "crossed", "crosses", "crossing", NULL}))
        for (size_t i = v; i-- > s0 && v - i <= 3;)
          if (may_be_in(c, i, &aircraft_filter) && in_list(c, i, aircraft_words)) {
            c->trig[t] |= NG_TR_AIRSPACE;
            marked = true;
            break;
          }
      continue;
    }
    /* "to let aircraft fly along the Sudanese side of the border": the
     * side of a border flown along or over is that country's airspace */
    /* (and "to let its patrol aircraft fly along the Iranian coast") */
    if (t >= s0 + 4 && m_at(c, t - 1) && m_at(c, t - 1)->kind == NG_M_DEMONYM &&
        m_at(c, t - 1)->t1 == t && FIRST_IN(c, t, "sc") &&
        in_list(c, t, (const char *const[]){"side", "coast", "coastline", NULL}) &&
        !(c->trig[t] & NG_TR_AIRSPACE)) {
      size_t d = m_at(c, t - 1)->t0;
      if (d >= s0 + 2 && TOK_IS_CI(c, d - 1, "the") &&
          ng_tok_is(c, d - 2, "along")) /* ("over the X side" is read elsewhere) */
        for (size_t i = d - 2; i-- > s0 && d - 2 - i <= 4;)
          if (in_list(c, i, (const char *const[]){"fly", "flew", "flown", "flying", "flies",
                                                  "flights", "flight", "sorties", NULL})) {
            c->trig[t] |= NG_TR_AIRSPACE;
            marked = true;
            break;
          }
      continue;
    }
    if (!TOK_IS_CI(c, t, "territory") || (c->trig[t] & NG_TR_AIRSPACE)) continue;
    bool crossed = false, across = false;
    for (size_t i = t; i-- > s0 && t - i <= 5 && !crossed;) {
      if (in_list(c, i, (const char *const[]){"cross", "crossed", "crosses", "crossing", "enter",
                                              "entered", "enters", "entering", "transit",
                                              "transited", "transiting", NULL})) {
        crossed = true;
        break;
      }
      /* "to fly a platoon of engineers across Bolivian territory": what is
       * flown across a territory is flown over it */
      if (in_list(c, i, (const char *const[]){"across", "over", NULL})) {
        for (size_t f = i; f-- > s0 && i - f <= 8 && !crossed;)
          crossed = in_list(c, f, (const char *const[]){"fly", "flew", "flown", "flying",
                                                        "airlift", "airlifted", NULL});
        across = crossed;
        break;
      }
      const ng_mention *m = m_at(c, i);
      if (m && (m->kind == NG_M_COUNTRY || m->kind == NG_M_DEMONYM)) {
        i = m->t0;
        continue;
      }
      if (!in_list(c, i, (const char *const[]){"its", "their", "the", "'s", "\xE2\x80\x99s",
                                               "national", "sovereign", NULL}))
        break;
    }
    if (!crossed) continue;
    if (across) {
      c->trig[t] |= NG_TR_AIRSPACE;
      marked = true;
      continue;
    }
    if (craft < 0) {
      craft = 0;
      for (size_t i = s0; i < s1 && !craft; i++)
        craft = may_be_in(c, i, &aircraft_filter) && in_list(c, i, aircraft_words);
    }
    if (craft) {
      c->trig[t] |= NG_TR_AIRSPACE;
      marked = true;
    }
  }
  return marked;
}

/* "lifted its ban on ...", "ended a ban on ...": in [cl0, air) a ban, the
 * clause's only refusal word, is ended. */
static bool ban_lifted(const ng_ctx *c, size_t cl0, size_t air) {
  bool lifted = false;
  for (size_t i = cl0; i < air; i++) {
    if (!(c->trig[i] & NG_TR_AIR_DENY)) continue;
    if (!in_list(c, i, (const char *const[]){"ban", "bans", NULL})) return false;
    size_t v = i;
    if (v > cl0 && in_list(c, v - 1, (const char *const[]){"its", "their", "the", "a", NULL})) v--;
    if (!(v > cl0 && in_list(c, v - 1, (const char *const[]){"lifted", "lifts", "lift", "lifting",
                                                            "ended", "ends", "end", "ending",
                                                            "scrapped", "scraps", "removed",
                                                            "removes", NULL})))
      return false;
    lifted = true;
  }
  return lifted;
}

/* "... crossed Eritrean airspace after Ethiopia refused to let them overfly
 * its territory": a subordinate clause whose subject is a country of its own
 * ("after", "because", "when" ... and a country, then a word) starts a new
 * clause, with its own status and grantor, when both it and the clause
 * before it (from C0) name the airspace ("landed ... after Russia let it fly
 * across its airspace" stays one clause: the grant and the flight are one). */
static bool subordinate_subject(const ng_ctx *c, size_t c0, size_t i, size_t s1) {
  if (!FIRST_IN(c, i, "abswu") ||
      !in_list(c, i, (const char *const[]){"after", "before", "because", "since", "when", "until",
                                           "while", "whereas", NULL}))
    return false;
  const ng_mention *m = m_at(c, i + 1);
  if (!m || m->t0 != i + 1 || (m->kind != NG_M_COUNTRY && m->kind != NG_M_CAPITAL_GOV))
    return false;
  size_t v = m->t1;
  if (v >= s1 || c->tk.tok[v].type != NG_TOK_WORD ||
      in_list(c, v, (const char *const[]){"and", "or", "nor", NULL}))
    return false;
  bool before = false, after = false;
  for (size_t k = c0; k < i && !before; k++) before = c->trig[k] & NG_TR_AIRSPACE;
  for (size_t k = v; k < s1 && !after; k++) after = c->trig[k] & NG_TR_AIRSPACE;
  /* ("... flights to Bissau after Mali refused", "after Mali turned down a
   * similar request": the other country's answer, told with its verb) */
  if (!after && (c->trig[v] & (NG_TR_AIR_GRANT | NG_TR_AIR_DENY)) &&
      !(c->trig[v] & NG_TR_AIR_REQUEST))
    after = true;
  return before && after;
}

/* The comma at CE opens or closes an aside of one to three plain words
 * (lower case, no name, no trigger): ", in turn,", ", for its part,", ",
 * however,". */
static bool aside_comma(const ng_ctx *c, size_t ce, size_t s0, size_t s1) {
  for (int dir = -1; dir <= 1; dir += 2) {
    size_t n = 0, j = ce;
    for (;;) {
      if (dir < 0 ? j <= s0 : j + 1 >= s1) break;
      j = dir < 0 ? j - 1 : j + 1;
      if (is_p(c, j, ',')) {
        if (n >= 1) return true;
        break;
      }
      if (c->tk.tok[j].type != NG_TOK_WORD || (c->tk.tok[j].flags & NG_TF_CAP) || m_at(c, j) ||
          c->trig[j] || ++n > 3)
        break;
    }
  }
  return false;
}

static void find_airspace(ng_ctx *c, const bool *quoted, uint32_t *tbits) {
  size_t ev0 = c->f->n_ev;
  for (size_t s = 0; s < c->tk.n_sent; s++) {
    size_t s0 = c->tk.sent[s].first, s1 = c->tk.sent[s].end;
    if (mark_crossed_territory(c, s0, s1)) tbits[s] |= NG_TR_AIRSPACE;
    /* "Spain has asked France for a similar right over the Pyrenees",
     * "France rejected a Spanish request to allow the same thing": after
     * a permission to fly told before, the same or a similar one is one */
    if (!(tbits[s] & NG_TR_AIRSPACE) && c->f->n_ev > ev0 && (tbits[s] & (NG_TR_AIR_REQUEST |
                                                                      NG_TR_AIR_DENY |
                                                                      NG_TR_AIR_GRANT)))
      for (size_t k = s0 + 2; k < s1; k++)
        if (in_list(c, k, (const char *const[]){"right", "thing", "idea", "permission",
                                                "access", "clearance", NULL}) &&
            in_list(c, k - 1, (const char *const[]){"same", "similar", NULL}) &&
            in_list(c, k - 2, (const char *const[]){"a", "the", NULL})) {
          c->trig[k] |= NG_TR_AIRSPACE;
          tbits[s] |= NG_TR_AIRSPACE;
        }
    if (!(tbits[s] & NG_TR_AIRSPACE)) continue;
    size_t obj = SIZE_MAX;
    for (size_t k = s0; k < s1; k++)
      if ((c->trig[k] & NG_TR_AIRSPACE) && !quoted[k]) { obj = k; break; }
    if (obj == SIZE_MAX) continue;
    /* "denied a report that X had refused ...", "the claim ... was untrue" */
    if (refuted(c, s0, s1) || denied_report(c, s0, obj) || hearsay(c, s0, obj) ||
        question(c, s0, s1) || refuted_after(c, s))
      continue;
    /* clauses: split at commas; each clause with its own status word */
    size_t c0 = s0;
    int last_grantee = -1;
    for (size_t ce = s0; ce <= s1; ce++) {
      /* (and after a short lead-in label: "Overflight: Tonga granted ...") */
      if (ce < s1 && !is_p(c, ce, ',') && !is_p(c, ce, ';') && !(is_p(c, ce, ':') && ce <= s0 + 5) &&
          !subordinate_subject(c, c0, ce, s1))
        continue;
      /* (an aside of a few plain words splits nothing: "Iceland, in turn,
       * granted ...", "Spain, for its part, asked ...") */
      if (ce < s1 && is_p(c, ce, ',') && aside_comma(c, ce, s0, s1)) continue;
      uint32_t bits = 0;
      size_t air = SIZE_MAX;
      for (size_t i = c0; i < ce; i++) {
        bits |= c->trig[i];
        /* ("Asked about Guinea's refusal ...": a question put, no request) */
        if ((c->trig[i] & NG_TR_AIR_REQUEST) &&
            in_list(c, i + 1, (const char *const[]){"about", "whether", "why", NULL}))
          bits &= ~(uint32_t)NG_TR_AIR_REQUEST;
        if ((c->trig[i] & NG_TR_AIRSPACE) && air == SIZE_MAX) air = i;
      }
      size_t cl0 = c0;
      c0 = ce + 1;
      /* "... into Portuguese airspace, and Spain allows Portuguese aircraft
       * to do the same over Spain": the grant returned, by the country after
       * "over" to the one whose aircraft "do the same" */
      bool granted_here = false; /* (a grant told earlier in this sentence) */
      for (size_t q = c->f->n_ev; air == SIZE_MAX && last_grantee >= 0 && q-- > ev0;) {
        const ng_event *pe = &c->f->ev[q];
        if (!pe->n_mentions || pe->mentions[0].cb != c->tk.tok[s0].cb) break;
        granted_here |= pe->kind == NG_EV_AIRSPACE && pe->subtype &&
                        !strcmp(pe->subtype, "Granted");
      }
      if (granted_here && !quoted[cl0]) {
        int rgr = -1, rge = -1;
        if (same_over(c, cl0, ce, &rgr, &rge) && rgr != rge) {
          ng_event *e = ng_ev_new(c, NG_EV_AIRSPACE, "Granted", 0.7);
          ng_ev_arg(e, NG_ROLE_GRANTOR, rgr);
          ng_ev_arg(e, NG_ROLE_GRANTEE, rge);
          e->date = sentence_date(c, s0, s1);
          ng_ev_span(e, ng_tok_span(c, (uint32_t)s0, (uint32_t)s1));
          continue;
        }
      }
      if (air == SIZE_MAX && last_grantee >= 0 && !quoted[cl0]) {
        int gr = -1;
        const char *st = similar_clause(c, cl0, ce, &gr);
        if (st && gr != last_grantee) {
          ng_event *e = ng_ev_new(c, NG_EV_AIRSPACE, st, 0.7);
          ng_ev_arg(e, NG_ROLE_GRANTOR, gr);
          ng_ev_arg(e, NG_ROLE_GRANTEE, last_grantee);
          e->date = sentence_date(c, s0, s1);
          ng_ev_span(e, ng_tok_span(c, (uint32_t)s0, (uint32_t)s1));
        }
        continue;
      }
      if (air == SIZE_MAX || quoted[air]) continue;
      bool neg = false, neg_deny = false, plan = false, denies_claim = false;
      for (size_t i = cl0; i < air; i++) {
        if ((c->trig[i] & NG_TR_NEG) && !(c->trig[i] & NG_TR_AIR_DENY)) neg = true;
        /* "has not closed its airspace", "never barred": a refusal negated is
         * none; "France did not ask Iran for permission": nor a request */
        if ((c->trig[i] & (NG_TR_AIR_DENY | NG_TR_AIR_REQUEST)) && neg) neg_deny = true;
        /* "will open its airspace", "is expected to allow": not yet done */
        if ((c->trig[i] & (NG_TR_AIR_GRANT | NG_TR_AIR_DENY)) && !neg && planned_act(c, cl0, i))
          plan = true;
        /* "Finland denied that its aircraft had been given permission": a
         * claim denied, not a permission refused */
        if ((c->trig[i] & NG_TR_AIR_DENY) && ng_tok_is(c, i + 1, "that") &&
            in_list(c, i, (const char *const[]){"denied", "denies", "deny", "denying", NULL}))
          denies_claim = true;
      }
      if (neg_deny || plan || denies_claim) continue;
      if ((bits & NG_TR_HYPO) && hedged_clause(c, cl0, air, ce, quoted)) continue;
      if (rumoured(c, s0, air, quoted)) continue;
      /* (a grant or a use, not a refusal: "closed its skies after an incursion") */
      if (!(bits & (NG_TR_AIR_REQUEST | NG_TR_AIR_DENY)) && !neg && incursion(c, cl0, ce))
        continue;
      /* grantor: "Polish and Slovak airspace", "Poland's airspace", "its airspace";
       * the clause may name the airspace more than once ("fly through Polish
       * airspace"): the first naming that says whose wins */
      int grantors[4];
      size_t ng = 0;
      for (size_t a2 = air; a2 < ce; a2++) {
        if (!(c->trig[a2] & NG_TR_AIRSPACE)) continue;
        if (a2 > cl0 && (TOK_IS_CI(c, a2 - 1, "its") || TOK_IS_CI(c, a2 - 1, "their") ||
                         (m_at(c, a2 - 1) && (m_at(c, a2 - 1)->kind == NG_M_DEMONYM ||
                                              m_at(c, a2 - 1)->kind == NG_M_COUNTRY)) ||
                         ng_tok_is(c, a2 - 1, "'s") || ng_tok_is(c, a2 - 1, "\xE2\x80\x99s"))) {
          air = a2;
          break;
        }
      }
      /* (a verb of flying names no airspace before it: "to let Sierra Leonean
       * helicopters fly over X" -- the demonym is the aircraft's) */
      bool flying = in_list(c, air, (const char *const[]){"fly", "overfly", "overflying",
                                                           "overflew", NULL});
      for (size_t j = air; !flying && j-- > cl0 && air - j <= 5;) {
        const ng_mention *m = m_at(c, j);
        /* "Chilean flights over its territory": the flights' country */
        if (m && m->kind == NG_M_DEMONYM && m->t1 == air && ng_tok_is(c, air, "flights") &&
            in_list(c, air + 1, (const char *const[]){"over", "through", NULL}))
          break;
        /* "Peru granted Chile overflight rights", "denied Chile
         * overflights": the country after the verb receives them */
        if (m && (m->kind == NG_M_COUNTRY || m->kind == NG_M_DEMONYM) && m->t0 > cl0 &&
            (c->trig[m->t0 - 1] & (NG_TR_AIR_GRANT | NG_TR_AIR_DENY)) &&
            in_list(c, air, (const char *const[]){"overflight", "overflights", NULL})) {
          /* (or its aircraft: "granted Chilean planes overflight rights") */
          size_t k = m->t1;
          while (k < air && in_list(c, k, armed_service)) k++;
          if (k == air && (m->kind == NG_M_COUNTRY || k > m->t1)) break;
        }
        if (m && (m->kind == NG_M_DEMONYM || m->kind == NG_M_COUNTRY) && ng < 4) {
          grantors[ng++] = m->country;
          j = m->t0;
          continue;
        }
        if (ng_tok_is(c, j, "and") || ng_tok_is(c, j, ",") || (j + 1 == air) ||
            ng_tok_is(c, j, "'s") || ng_tok_is(c, j, "\xE2\x80\x99s"))
          continue;
        break;
      }
      size_t after_obj = air;
      while (after_obj < ce && (c->trig[after_obj] & NG_TR_AIRSPACE)) after_obj++;
      /* "its airspace", and "fly over its territory" */
      bool its = (air > cl0 && (TOK_IS_CI(c, air - 1, "its") || TOK_IS_CI(c, air - 1, "their"))) ||
                 (after_obj < ce && (TOK_IS_CI(c, after_obj, "its") || TOK_IS_CI(c, after_obj, "their")));
      /* "fly over Peruvian territory", "flights over Laos" */
      if (!ng && !its && after_obj < ce && after_obj > air &&
          (TOK_IS_CI(c, after_obj - 1, "over") || TOK_IS_CI(c, after_obj - 1, "through") ||
           TOK_IS_CI(c, after_obj - 1, "overfly"))) {
        size_t j = after_obj;
        if (TOK_IS_CI(c, j, "the")) j++;
        const ng_mention *m = m_at(c, j);
        if (m && m->kind == NG_M_COUNTRY)
          grantors[ng++] = m->country;
        else if (m && m->kind == NG_M_DEMONYM &&
                 in_list(c, m->t1, (const char *const[]){"territory", "soil", "land", NULL}))
          grantors[ng++] = m->country;
        /* "fly over Songkhla, Yala and Narathiwat": the country of the
         * regions or towns flown over */
        else if (m && m->kind == NG_M_PLACE && m->country >= 0)
          grantors[ng++] = m->country;
      }
      if (!ng && !its) {
        int g = overflight_of(c, after_obj, ce);
        if (g >= 0) grantors[ng++] = g;
      }
      /* "overflight clearance for its patrol aircraft over Chile's
       * territory": a country's territory or airspace flown over, a few
       * words on */
      for (size_t j = after_obj; !ng && !its && j + 2 < ce && j < after_obj + 10; j++) {
        if (!in_list(c, j, (const char *const[]){"over", "across", NULL})) continue;
        size_t o = TOK_IS_CI(c, j + 1, "the") ? j + 2 : j + 1;
        const ng_mention *m = m_at(c, o);
        if (!m || m->t0 != o) break;
        size_t t = m->t1;
        if (m->kind == NG_M_COUNTRY && (ng_tok_is(c, t, "'s") || ng_tok_is(c, t, "\xE2\x80\x99s")))
          t++;
        if ((m->kind == NG_M_COUNTRY || m->kind == NG_M_DEMONYM) &&
            in_list(c, t, (const char *const[]){"territory", "airspace", "soil", "waters", NULL}))
          grantors[ng++] = m->country;
        break;
      }
      if (!ng) {
        /* the one that grants or refuses: "after Fiji granted it
         * permission to cross its airspace", "Laos has refused", "Niger
         * refused landing rights to ..." */
        for (size_t j = cl0 + 1; j < air && !ng; j++) {
          if (!(c->trig[j] & (NG_TR_AIR_GRANT | NG_TR_AIR_DENY))) continue;
          size_t v = j;
          /* (and "did not grant", "has never allowed") */
          while (v > cl0 + 1 && v + 3 > j &&
                 in_list(c, v - 1, (const char *const[]){"has", "had", "have", "also", "did",
                                                         "does", "not", "never", "now",
                                                         "already", "finally", "then", NULL}))
            v--;
          const ng_mention *m = m_at(c, v - 1);
          /* "thanked the Government of Chile for granting ..."; "Guinea's
           * refusal to let ..." */
          if (!m && v > cl0 + 1 &&
              (ng_tok_is(c, v - 1, "for") || ng_tok_is(c, v - 1, "'s") ||
               ng_tok_is(c, v - 1, "\xE2\x80\x99s")))
            m = m_at(c, v - 2);
          /* "the Lao side has approved", as diplomats name a state */
          if (!m && v > cl0 + 1 && ng_tok_is(c, v - 1, "side") && m_at(c, v - 2) &&
              m_at(c, v - 2)->kind == NG_M_DEMONYM) {
            grantors[ng++] = m_at(c, v - 2)->country;
            continue;
          }
          if (m && (m->kind == NG_M_COUNTRY || m->kind == NG_M_CAPITAL_GOV))
            grantors[ng++] = m->country;
        }
      }
      bool rel_asks = false;
      int rel = relative_subject(c, s0, cl0, &rel_asks);
      if (!ng && rel >= 0 && !rel_asks) grantors[ng++] = rel;
      int opener = -1; /* the subject of a clause opening with the verb */
      if (!ng && cl0 > s0) {
        /* "Georgia, meanwhile, allowed Armenian planes to use its airspace":
         * a clause opening with the verb has the sentence's subject */
        size_t v = cl0;
        if (in_list(c, v, (const char *const[]){"has", "had", "have", "also", NULL})) v++;
        const ng_mention *m = m_at(c, s0);
        if (!m && s0 + 1 < cl0) m = m_at(c, s0 + 1);
        /* (or with a verb of saying: "Ankara denies X, says overflight
         * request was refused") */
        if (v < air && (c->trig[v] & (NG_TR_AIR_GRANT | NG_TR_AIR_DENY | NG_TR_SPEECH)) && m &&
            (m->kind == NG_M_COUNTRY || m->kind == NG_M_CAPITAL_GOV) && m->t1 < cl0) {
          grantors[ng++] = m->country;
          if (v == cl0 || v == cl0 + 1) opener = m->country;
        }
      }
      if (!ng && its) {
        /* the clause's subject */
        for (size_t j = cl0; j < air; j++) {
          const ng_mention *m = m_at(c, j);
          int cr = country_ref(c, m);
          if (cr >= 0) {
            grantors[ng++] = cr;
            break;
          }
        }
        /* "The Democratic Republic of Congo, which accuses Kigali of ...,
         * has kept its airspace closed to ...": a clause of the verb alone
         * after the subject's aside has the sentence's subject */
        size_t t = TOK_IS_CI(c, s0, "the") ? s0 + 1 : s0;
        const ng_mention *m = cl0 > s0 ? m_at(c, t) : NULL;
        if (!ng && m && m->t0 <= t && (m->kind == NG_M_COUNTRY || m->kind == NG_M_CAPITAL_GOV) &&
            m->t1 < cl0 && is_p(c, m->t1, ',') && !m_at(c, cl0) &&
            !(c->tk.tok[cl0].flags & NG_TF_CAP))
          grantors[ng++] = m->country;
      }
      /* "Bulgaria and Romania closed their airspace": each of the
       * coordinated subjects before the verb closes its own */
      if (ng == 1 && ((air > cl0 && TOK_IS_CI(c, air - 1, "their")) ||
                      (after_obj < ce && TOK_IS_CI(c, after_obj, "their")))) {
        for (size_t j = air; j-- > cl0;) {
          const ng_mention *m = m_at(c, j);
          if (!m || country_ref(c, m) < 0) continue;
          /* (from the list's last country, nearest the verb: "North
           * Macedonia and Bulgaria have kept their airspace closed", where
           * the subject found was the first) */
          int list[4];
          size_t nl = 0;
          list[nl++] = country_ref(c, m);
          listed_before(c, cl0, m, list, &nl, 4);
          bool has = false;
          for (size_t q = 0; q < nl; q++) has |= list[q] == grantors[0];
          if (has) {
            memcpy(grantors, list, nl * sizeof *list);
            ng = nl;
          }
          break;
        }
      }
      const char *status = NULL;
      double conf = 0.8;
      int requested_by = -1;
      int dec_grantor = -1;
      const char *decided = decided_request(c, cl0, air, &dec_grantor, &requested_by);
      if (decided && !*decided) continue;
      if (decided) {
        /* "Kenya denied Sudan's request to use its airspace" */
        status = decided;
        ng = 0;
        /* ("Latvia, for its part, turned down an Estonian request ...": the
         * sentence's subject, before the aside) */
        if (dec_grantor < 0 && opener != requested_by) dec_grantor = opener;
        if (dec_grantor >= 0) grantors[ng++] = dec_grantor;
      } else if (bits & NG_TR_AIR_REQUEST) {
        status = "Requested";
        int asked_of = -1;
        bool unasked = false, passive_ask = false;
        for (size_t j = cl0; j < air; j++) {
          if (c->trig[j] & NG_TR_AIR_REQUEST) {
            /* "a request from Nepal"; but "has requested from Egypt the
             * permission": the one asked */
            size_t f = j + 1;
            if (ng_tok_is(c, f, "from") && TOK_IS_CI(c, f + 1, "the")) f++;
            if (ng_tok_is(c, j + 1, "from")) {
              if (in_list(c, j, (const char *const[]){"requested", "sought", "asked", NULL}))
                asked_of = country_ref(c, m_at(c, f + 1));
              else if (requested_by < 0)
                requested_by = country_ref(c, m_at(c, f + 1));
            }
            /* the passive: "Cape Verde has been asked by Senegal for ...": the
             * subject is the one asked, the agent the one asking */
            if (j > cl0 && in_list(c, j - 1, (const char *const[]){"been", "was", "were", NULL}) &&
                ng_tok_is(c, j + 1, "by")) {
              size_t a = TOK_IS_CI(c, j + 2, "the") ? j + 3 : j + 2;
              int by = country_ref(c, m_at(c, a));
              if (by >= 0 && requested_by >= 0 && by != requested_by) {
                asked_of = requested_by;
                requested_by = by;
                passive_ask = true;
              }
            }
            /* "New Delhi had not asked Pakistan to ...": no request */
            /* (and "has not received any request from Iran") */
            for (size_t b = j; b-- > cl0 && j - b <= 4;) {
              if ((c->trig[b] & NG_TR_NEG) && !(c->trig[b] & NG_TR_AIR_DENY)) unasked = true;
              if (b + 1 < j && !in_list(c, b + 1, (const char *const[]){"received", "receive",
                                                                         "made", "make", "any",
                                                                         "a", "an", "such",
                                                                         NULL}))
                break;
            }
            break;
          }
          const ng_mention *m = m_at(c, j);
          int cr = country_ref(c, m);
          /* "Air India said it had asked ...": an airline or a company asks
           * for its country's flights */
          if (cr < 0 && m && m->kind == NG_M_ORG && m->ent >= 0 && c->f->ent[m->ent].country &&
              requested_by < 0)
            cr = ng_country_ent(c, c->f->ent[m->ent].country);
          if (cr >= 0) requested_by = cr;
        }
        if (unasked) continue;
        /* "Nepal, which asked India for overflight clearance": the antecedent asks */
        if (requested_by < 0 && rel >= 0 && rel_asks) requested_by = rel;
        /* "sent an overflight request to Peru": the one asked */
        for (size_t t = cl0 + 1; t + 1 < ce && asked_of < 0; t++)
          if (ng_tok_is(c, t, "to") &&
              in_list(c, t - 1, (const char *const[]){"request", "requests", "application",
                                                      "sent", "addressed", "submitted", NULL}))
            asked_of = country_ref(c, m_at(c, TOK_IS_CI(c, t + 1, "the") ? t + 2 : t + 1));
        /* "Canada has requested overflight clearance from Dominica": a
         * permission asked for (by a verb: "a request for clearance from
         * Nepal" is Nepal's) from the one asked */
        for (size_t t = air + 1; t + 1 < ce && asked_of < 0; t++) {
          if (!ng_tok_is(c, t, "from") ||
              !in_list(c, t - 1, (const char *const[]){"clearance", "clearances", "permission",
                                                      "rights", "approval", "authorisation",
                                                      "authorization", "consent", NULL}))
            continue;
          bool verb = false;
          for (size_t j = cl0; j < air && !verb; j++)
            verb = (c->trig[j] & NG_TR_AIR_REQUEST) &&
                   in_list(c, j, (const char *const[]){"requested", "sought", "asked", "requesting",
                                                       "seeking", "applied", NULL});
          if (verb) asked_of = country_ref(c, m_at(c, TOK_IS_CI(c, t + 1, "the") ? t + 2 : t + 1));
          break;
        }
        /* "its airspace" names the requester's own; the grantor is the one asked:
         * "Armenia has asked Turkmenistan to let the flights cross" */
        if (its || passive_ask) ng = 0;
        if (asked_of >= 0 && asked_of != requested_by) grantors[ng++] = asked_of;
        for (size_t j = cl0; j < air && !ng; j++) {
          if (!(c->trig[j] & NG_TR_AIR_REQUEST)) continue;
          const ng_mention *m = m_at(c, j + 1);
          if (m && (m->kind == NG_M_COUNTRY || m->kind == NG_M_CAPITAL_GOV) && m->country != requested_by)
            grantors[ng++] = m->country;
          break;
        }
      } else if (!neg && ban_lifted(c, cl0, air)) {
        /* "lifted its ban on Chilean flights": the ban's end grants */
        status = "Granted";
      } else if (neg && !(bits & (NG_TR_AIR_DENY | NG_TR_AIR_GRANT))) {
        /* "the aircraft did not cross Iranian airspace": a flight not made,
         * no refusal */
        continue;
      } else if (bits & NG_TR_AIR_DENY || neg) {
        status = "Denied";
      } else if (bits & NG_TR_AIR_GRANT) {
        status = "Granted";
      } else if (bits & NG_TR_AIR_USE) {
        status = "Granted"; /* use implies permission, less surely */
        conf = 0.6;
      }
      if (!status) continue;
      int grantees[4];
      size_t nge = find_grantees(c, cl0, ce, ng ? grantors[0] : -1, grantees);
      if (!nge) nge = find_grantees(c, s0, s1, ng ? grantors[0] : -1, grantees);
      /* "refused a Belarusian request to let a jet cross": the asker's */
      if (!nge && decided && requested_by >= 0) grantees[nge++] = requested_by;
      if (!nge && ng && s > 0 &&
          ((!strcmp(status, "Granted") && refers_back(c, cl0, ce)) || !strcmp(status, "Denied"))) {
        /* "... granted it permission", "Niger refused landing rights on
         * Friday": the aircraft of a sentence before */
        for (size_t b = s; b-- > 0 && s - b <= 3 && !nge;)
          nge = find_grantees(c, c->tk.sent[b].first, c->tk.sent[b].end, grantors[0], grantees);
      }
      if (!nge && requested_by >= 0) grantees[nge++] = requested_by; /* asking for its own flights */
      if (!strcmp(status, "Granted") && (!ng || !nge)) continue;
      if (!nge && !ng) continue;
      if (!nge) grantees[nge++] = -1;
      size_t count = ng ? ng : 1;
      for (size_t g = 0; g < count * nge; g++) {
        int gr = ng ? grantors[g / nge] : -1;
        int grantee = grantees[g % nge];
        if (gr >= 0 && gr == grantee) continue;
        ng_event *e = ng_ev_new(c, NG_EV_AIRSPACE, status, conf);
        ng_ev_arg(e, NG_ROLE_GRANTOR, gr);
        ng_ev_arg(e, NG_ROLE_GRANTEE, grantee);
        ng_ev_arg(e, NG_ROLE_REQUESTED_BY, requested_by);
        if (grantee >= 0) last_grantee = grantee;
        /* destination: "Chile-bound", "to Chile" */
        for (size_t j = s0; j < s1; j++) {
          const ng_mention *m = m_at(c, j);
          if (m && m->kind == NG_M_COUNTRY && is_p(c, m->t1, '-') && ng_tok_is(c, m->t1 + 1, "bound")) {
            ng_ev_arg(e, NG_ROLE_DESTINATION, m->country);
            break;
          }
        }
        e->date = sentence_date(c, s0, s1);
        ng_ev_span(e, ng_tok_span(c, (uint32_t)s0, (uint32_t)s1));
      }
      /* a decided request was made: "Kenya denied Sudan's request" tells
       * Sudan's request too; and so does "At Jordan's request, Iraq has
       * agreed to let ..." */
      if (!decided && strcmp(status, "Requested") && requested_by < 0) {
        requested_by = at_request(c, s0, s1);
        if (requested_by >= 0 && !has_who(grantees, nge, requested_by)) requested_by = -1;
        if (requested_by >= 0) decided = status;
      }
      if (decided && requested_by >= 0 && ng && grantors[0] != requested_by) {
        ng_event *e = ng_ev_new(c, NG_EV_AIRSPACE, "Requested", 0.7);
        ng_ev_arg(e, NG_ROLE_GRANTOR, grantors[0]);
        ng_ev_arg(e, NG_ROLE_GRANTEE, requested_by);
        ng_ev_arg(e, NG_ROLE_REQUESTED_BY, requested_by);
        e->date = sentence_date(c, s0, s1);
        ng_ev_span(e, ng_tok_span(c, (uint32_t)s0, (uint32_t)s1));
      }
    }
  }
  follow_up_permissions(c, quoted, ev0);
  asked_for_permission(c, quoted, tbits, ev0);
  clearance_details(c, quoted, tbits, ev0);
  answered_requests(c, quoted, tbits, ev0);
  route_clearances(c, quoted, tbits, ev0);
  /* a permission told again without saying whose airspace ("cross our
   * airspace") is the one told with it: drop the grantor-less copy */
  /* (decided for all first, then compacted: KEEP always has a grantor, so
   * it stays where it is until the compaction) */
  bool *drop = ng_xcalloc(c->f->n_ev - ev0 + 1, sizeof *drop);
  for (size_t i = ev0; i < c->f->n_ev; i++) {
    ng_event *e = &c->f->ev[i];
    int grantee = role_ent(e, NG_ROLE_GRANTEE);
    ng_event *keep = NULL;
    for (size_t j = ev0; j < c->f->n_ev && grantee >= 0 && role_ent(e, NG_ROLE_GRANTOR) < 0; j++) {
      ng_event *o = &c->f->ev[j];
      if (j != i && o->subtype && e->subtype && !strcmp(o->subtype, e->subtype) &&
          role_ent(o, NG_ROLE_GRANTOR) >= 0 && role_ent(o, NG_ROLE_GRANTEE) == grantee) {
        keep = o;
        break;
      }
    }
    if (keep) {
      for (size_t k = 0; k < e->n_mentions; k++) ng_ev_span(keep, e->mentions[k]);
      drop[i - ev0] = true;
    }
  }
  /* and one told without saying whose aircraft ("refused permission to
   * enter our airspace") is the one told with them by the same grantor */
  for (size_t i = ev0; i < c->f->n_ev; i++) {
    ng_event *e = &c->f->ev[i];
    int grantor = role_ent(e, NG_ROLE_GRANTOR);
    if (drop[i - ev0] || grantor < 0 || role_ent(e, NG_ROLE_GRANTEE) >= 0) continue;
    for (size_t j = ev0; j < c->f->n_ev; j++) {
      ng_event *o = &c->f->ev[j];
      if (j != i && !drop[j - ev0] && o->subtype && e->subtype && !strcmp(o->subtype, e->subtype) &&
          role_ent(o, NG_ROLE_GRANTOR) == grantor && role_ent(o, NG_ROLE_GRANTEE) >= 0) {
        for (size_t k = 0; k < e->n_mentions; k++) ng_ev_span(o, e->mentions[k]);
        drop[i - ev0] = true;
        break;
      }
    }
  }
  ng_ev_drop(c->f, ev0, drop);
  free(drop);
}

/* ------------------------------------------------------------- meetings */

static const char *const receive_words[] = {"received", "receives", "welcomed", "welcomes", "greeted",
                                            "greets", NULL};
static word_filter receive_filter;

/* The meeting triggers that want a person after them ("received his
 * counterpart", not "received a letter"). */
static bool receive_verb(const ng_ctx *c, size_t k) {
  return in_set(c, k, receive_words, &receive_filter);
}

/* "the three ministers met", "talks between the two ministers": a group
 * named by its number in [t0, t1) -- the number (2 to 5), or 0. */
static size_t counted_group(const ng_ctx *c, size_t t0, size_t t1, size_t *at) {
  static const char *const nums[] = {"two", "three", "four", "five", NULL};
  static const char *const who[] = {"ministers", "leaders", "officials", "presidents",
                                    "counterparts", "envoys", "diplomats", "generals",
                                    "commanders", "premiers", "chiefs", "men", "women",
                                    "officers", NULL};
  for (size_t i = t0; i + 2 <= t1 && i + 2 < c->tk.n; i++) {
    if (!TOK_IS_CI(c, i, "the")) continue;
    for (size_t w = 0; nums[w]; w++)
      if (ng_tok_is_ci(c, i + 1, nums[w]) &&
          (in_list(c, i + 2, who) ||
           (in_list(c, i + 3, who) && (!m_at(c, i + 2) || m_at(c, i + 2)->kind == NG_M_TITLE)) ||
           /* "The two met for an hour", "..., and the two held talks" */
           (i + 2 < t1 &&
            (ng_tok_is(c, i, "The") ||
             (i > 0 && (ng_tok_is(c, i - 1, "and") || is_p(c, i - 1, ',')))) &&
            (c->trig[i + 2] & NG_TR_MEET) && !receive_verb(c, i + 2)))) {
        *at = i;
        return w + 2;
      }
  }
  return 0;
}

/* True if entity ENT is among the N of WHO. */
static bool has_who(const int *who, size_t n, int ent) {
  for (size_t j = 0; j < n; j++)
    if (who[j] == ent) return true;
  return false;
}

/* The persons named in [t0, t1), if there are exactly N of them. */
static size_t persons_in(const ng_ctx *c, size_t t0, size_t t1, size_t want, int *who) {
  size_t n = 0;
  for (size_t i = t0; i < t1; i++) {
    const ng_mention *m = m_at(c, i);
    if (!m) continue;
    if (m->kind == NG_M_PERSON) {
      if (!has_who(who, n, m->ent)) {
        if (n == want) return 0;
        who[n++] = m->ent;
      }
    }
    i = m->t1 - 1;
  }
  return n == want ? n : 0;
}

/* Does person ENT hold a post whose title holds STEM ("minister")? */
static bool post_has(const ng_ctx *c, int ent, const char *stem) {
  size_t n = strlen(stem);
  for (size_t i = 0; i < c->f->n_post; i++) {
    if (c->f->post[i].person != ent || !c->f->post[i].title) continue;
    for (const char *t = c->f->post[i].title; *t; t++)
      if (strncasecmp(t, stem, n) == 0) return true;
  }
  return false;
}

/* "A arrived ... He was met by B, and by Mayor C. The two ministers then
 * held talks": a group named by a post ("the two ministers") is the
 * nearest WANT persons holding that post, from token AT back through the
 * sentences before (BACK of them, within PARAS paragraphs), or 0. */
static size_t titled_before(const ng_ctx *c, size_t s, size_t at, size_t want, const char *stem,
                            size_t back, size_t paras, int *who) {
  size_t n = 0;
  for (size_t b = s + 1; b-- > 0 && s - b <= back && c->tk.sent[b].para + paras >= c->tk.sent[s].para;) {
    size_t e = b == s ? at : c->tk.sent[b].end;
    for (size_t i = c->tk.sent[b].first; i < e; i++) {
      const ng_mention *m = m_at(c, i);
      if (!m) continue;
      if (m->kind == NG_M_PERSON && !has_who(who, n, m->ent) && post_has(c, m->ent, stem)) {
        if (n == want) return 0; /* (more than WANT in one sentence: which ones is not known) */
        who[n++] = m->ent;
      }
      i = m->t1 - 1;
    }
    if (n == want) return n;
  }
  return 0;
}

/* The persons named from the start of the sentence three before sentence
 * S (within the paragraph two before) up to token AT, if there are
 * exactly WANT of them: "the two officials" named apart, one in this
 * sentence and one in a paragraph before. */
static size_t persons_before(const ng_ctx *c, size_t s, size_t at, size_t want, int *who) {
  size_t b = s;
  while (b > 0 && s - b < 3 && c->tk.sent[b - 1].para + 2 >= c->tk.sent[s].para) b--;
  if (b == s) return 0;
  return persons_in(c, c->tk.sent[b].first, at, want, who);
}

/* "The two officers shook hands": the two persons named last before
 * sentence S, going back through its paragraph and the one before (at most
 * three sentences); how many were found (2, or fewer), in the order named. */
static size_t last_two_persons(const ng_ctx *c, size_t s, int *who) {
  size_t n = 0;
  int found[2];
  for (size_t b = s; b-- > 0 && n < 2 && s - b <= 3 &&
                     c->tk.sent[b].para + 1 >= c->tk.sent[s].para;) {
    for (size_t i = c->tk.sent[b].end; i-- > c->tk.sent[b].first && n < 2;) {
      const ng_mention *m = m_at(c, i);
      if (!m) continue;
      if (m->kind == NG_M_PERSON && (n == 0 || found[0] != m->ent)) found[n++] = m->ent;
      i = m->t0;
    }
  }
  if (n == 2) {
    who[0] = found[1];
    who[1] = found[0];
  }
  return n;
}

/* Where the setting told between a receiving verb at K and its object
 * ends: "received at State House on Monday the Ugandan minister", "was
 * received in Nairobi by NAME", "received at the palace on Sunday
 * evening NAME", and translated English's "received to the Minister".  The last
 * token of the setting (the object follows it; a passive's "by" is part of
 * it), or K when there is none -- nor when the phrase runs on into
 * anything else: "received in Nairobi a letter from NAME". */
static size_t past_setting(const ng_ctx *c, size_t k, size_t s1) {
  static const char *const setting[] = {"in", "at", "on", "during", "his", "her", "their", "its",
                                        "the", "this", "that", "office", "offices", "palace",
                                        "residence", "audience", "morning", "afternoon",
                                        "evening", "today", "airport", "headquarters", "ministry",
                                        "night", "week", "day", "later", "then", "also",
                                        "seat",
                                        /* "at the foreign ministry", "at the
                                         * presidential palace" */
                                        "foreign", "defence", "defense", "interior",
                                        "presidential", "state", "house", "government",
                                        "building", "embassy",
                                        /* "welcomed at the port by" */
                                        "port", "harbour", "harbor", "quay", "wharf", "pier",
                                        "dock", "base", "airbase", "border", "gate",
                                        /* "met at the foot of the aircraft by" */
                                        "foot", "steps", "bottom", "door", "entrance",
                                        "aircraft", "plane", "ramp", "tarmac", "runway",
                                        "gangway", "of",
                                        /* "the same evening", "the next day" */
                                        "same", "next", "following", NULL};
  if (k + 2 >= s1) return k;
  if (ng_tok_is(c, k + 1, "to") &&
      (TOK_IS_CI(c, k + 2, "the") || (m_at(c, k + 2) && m_at(c, k + 2)->kind == NG_M_TITLE)))
    return k + 1;
  /* (and a time: "was received this evening by", "received late on
   * Monday by") */
  if (!in_list(c, k + 1, (const char *const[]){"in", "at", "on", "during", "this", "last",
                                               "later", "earlier", "yesterday", "today",
                                               "tonight", "late", NULL}) &&
      /* ("was received the same evening by") */
      !(TOK_IS_CI(c, k + 1, "the") && in_list(c, k + 2, (const char *const[]){"same", "next",
                                                                              "following",
                                                                              NULL})))
    return k;
  for (size_t j = k + 2; j < s1 && j <= k + 12; j++) {
    if (ng_tok_is(c, j, "by")) return j;
    const ng_mention *m = m_at(c, j);
    if (!m && in_list(c, j, (const char *const[]){"the", "his", "her", NULL})) m = m_at(c, j + 1);
    if (m && (m->kind == NG_M_PERSON || m->kind == NG_M_TITLE || m->kind == NG_M_DEMONYM ||
              m->kind == NG_M_COUNTRY))
      return j - 1;
    if (m_at(c, j)) {
      j = m_at(c, j)->t1 - 1; /* a place, a date's name */
      continue;
    }
    if (c->tk.tok[j].type == NG_TOK_WORD &&
        ((c->tk.tok[j].flags & NG_TF_CAP) || in_list(c, j, setting)))
      continue;
    if (c->tk.tok[j].type == NG_TOK_NUM) continue; /* "on 3 May" */
    return k;
  }
  return k;
}

/* The words of a place a commander holds: "the commander of the Sliac air
 * base, Colonel NAME". */
static const char *const command_places[] = {"air", "base", "naval", "military", "port",
                                             "airport", "region", "district", "garrison", NULL};

/* "received his Ivorian counterpart, NAME", "welcomed Prime Minister NAME
 * to Accra": a host receiving a person (not a letter, nor "NAME's
 * decision") is a meeting. */
static bool receives_person(const ng_ctx *c, size_t k, size_t s1) {
  bool titled = false;
  size_t w = past_setting(c, k, s1);
  if (w > k && ng_tok_is(c, w, "by")) w--; /* (the passive's "by" is asked below) */
  for (size_t i = w + 1; i < s1 && i <= w + 24; i++) {
    const ng_mention *m = m_at(c, i);
    if (m && m->kind == NG_M_PERSON)
      return !ng_tok_is(c, m->t1, "'s") && !ng_tok_is(c, m->t1, "\xE2\x80\x99s");
    if (m && (m->kind == NG_M_TITLE || m->kind == NG_M_COUNTRY || m->kind == NG_M_DEMONYM)) {
      titled |= m->kind == NG_M_TITLE;
      i = m->t1 - 1;
      continue;
    }
    /* "by the commander of the Djiboutian Navy, Colonel NAME": the body a
     * title is of */
    if (titled && m && m->kind == NG_M_ORG && i > w + 2 &&
        (ng_tok_is(c, i - 1, "of") || (TOK_IS_CI(c, i - 1, "the") && ng_tok_is(c, i - 2, "of")))) {
      i = m->t1 - 1;
      continue;
    }
    /* "received the Minister of Foreign Affairs of Chile, NAME": the
     * rest of a title's portfolio (and "the commander of the Sliac air
     * base, Colonel NAME": the place a commander holds) */
    if (titled && !m && c->tk.tok[i].type == NG_TOK_WORD &&
        ((c->tk.tok[i].flags & NG_TF_CAP) || ng_tok_is(c, i, "and") || ng_tok_is(c, i, "for") ||
         in_list(c, i, command_places)))
      continue;
    /* (and its number: "the commander of the 5th Military Region, NAME") */
    if (titled && !m && c->tk.tok[i].type == NG_TOK_NUM && i + 1 < s1 &&
        (c->tk.tok[i + 1].flags & NG_TF_CAP))
      continue;
    /* "received the Chilean Ambassador to Peru, NAME": the state an envoy
     * is posted to */
    if (titled && TOK_IS(c, i, "to") && m_at(c, i + 1) &&
        m_at(c, i + 1)->kind == NG_M_COUNTRY)
      continue;
    if (is_p(c, i, ',') || TOK_IS_CI(c, i, "the") || ng_tok_is(c, i, "of") ||
        in_list(c, i, (const char *const[]){"his", "her", "their", "visiting", "counterpart",
                                            "'s", "\xE2\x80\x99s", NULL}) ||
        (i == w + 1 && ng_tok_is(c, i, "by"))) /* "was received by NAME" */
      continue;
    return false;
  }
  return false;
}

/* "A, and Spain's Secretary of State for Security, B": the
 * gap [a, b) between two persons is ", and" and the second one's title. */
static bool titled_gap(const ng_ctx *c, size_t a, size_t b) {
  if (!is_p(c, a, ',') || !ng_tok_is(c, a + 1, "and")) return false;
  for (size_t i = a + 2; i < b; i++) {
    const ng_mention *m = m_at(c, i);
    if (m && m->kind == NG_M_TITLE) return true;
  }
  return false;
}

/* The end of a person's name at E and of the "of Iran" or "from Jordan"
 * that may follow it: "A of Iran, B of Jordan and C of Turkey met". */
static size_t of_country_end(const ng_ctx *c, size_t e) {
  if (!in_list(c, e, (const char *const[]){"of", "from", NULL})) return e;
  const ng_mention *m = m_at(c, e + 1);
  return m && m->t0 == e + 1 && (m->kind == NG_M_COUNTRY || m->kind == NG_M_CAPITAL_GOV) ? m->t1
                                                                                       : e;
}

/* Is the gap [a, b) between two persons a list's comma alone: "A, B",
 * "Norway's A, Finland's B" (a title or country may lead the next)? */
static bool comma_gap(const ng_ctx *c, size_t a, size_t b) {
  if (a >= b || !is_p(c, a, ',') || b - a > 8) return false;
  for (size_t i = a + 1; i < b; i++) {
    const ng_mention *m = m_at(c, i);
    if (m && (m->kind == NG_M_TITLE || m->kind == NG_M_COUNTRY || m->kind == NG_M_DEMONYM)) {
      i = m->t1 - 1;
      continue;
    }
    if (!ng_tok_is(c, i, "'s") && !ng_tok_is(c, i, "\xE2\x80\x99s")) return false;
  }
  return true;
}

/* The person who hosts or convenes the group named at AT: "B, who
 * hosted the two envoys in Accra", "B convened the two leaders"; or -1. */
static int host_of(const ng_ctx *c, size_t s0, size_t at) {
  if (at < s0 + 2 ||
      !in_list(c, at - 1, (const char *const[]){"hosted", "host", "hosts", "hosting", "brought",
                                                "bring", "brings", "bringing", "convened",
                                                "gathered", NULL}))
    return -1;
  for (size_t i = at - 1; i-- > s0 && at - 1 - i <= 4;) {
    const ng_mention *m = m_at(c, i);
    if (m) return m->kind == NG_M_PERSON ? m->ent : -1;
    if (!is_p(c, i, ',') && !in_list(c, i, (const char *const[]){"who", "had", "has", "have",
                                                                 "also", "then", "later",
                                                                 "first", NULL}))
      return -1;
  }
  return -1;
}

/* "signed the accord after talks that also included Finland's Minister
 * for Transport, NAME": the persons a meeting at K "included" join its N
 * participants WHO (at most 8).  Returns the new count. */
static size_t also_included(const ng_ctx *c, size_t k, size_t s1, int *who, size_t n) {
  size_t i = k + 1;
  if (ng_tok_is(c, i, "that") || ng_tok_is(c, i, "which")) {
    i++;
    if (ng_tok_is(c, i, "also")) i++;
    if (!in_list(c, i, (const char *const[]){"included", "include", "includes", NULL})) return n;
  } else if (!(is_p(c, i, ',') && ng_tok_is(c, i + 1, "including")) &&
             !ng_tok_is(c, i, "including")) {
    return n;
  }
  for (size_t j = i + 1; j < s1 && j <= i + 20 && n < 8; j++) {
    const ng_mention *m = m_at(c, j);
    if (m && m->kind == NG_M_PERSON) {
      if (!has_who(who, n, m->ent)) who[n++] = m->ent;
      j = m->t1 - 1;
      continue;
    }
    if (m) {
      j = m->t1 - 1;
      continue;
    }
    if (!(is_p(c, j, ',') || ng_tok_is(c, j, "and") || ng_tok_is(c, j, "'s") ||
          ng_tok_is(c, j, "including") || TOK_IS_CI(c, j, "the")))
      break;
  }
  return n;
}

/* The first person named (not as a possessor: "NAME's plane landed") in the
 * nearest of the two sentences before sentence S, in its paragraph or the
 * one before; or -1. */
static int recent_person(const ng_ctx *c, size_t s) {
  /* (a sentence that names nothing at all -- a quote's second sentence,
   * "End of quote." -- is not counted) */
  for (size_t b = s, counted = 0; b-- > 0 && counted < 2 && s - b <= 5 &&
                                  c->tk.sent[b].para + 1 >= c->tk.sent[s].para;) {
    bool names = false;
    /* (not a transcript turn's speaker: "FERRAZ: Minister X did not ...") */
    for (size_t i = ng_past_speaker_label(c, c->tk.sent[b].first, c->tk.sent[b].end);
         i < c->tk.sent[b].end; i++) {
      const ng_mention *m = m_at(c, i);
      if (!m) continue;
      names = true;
      if (m->kind == NG_M_PERSON && !ng_tok_is(c, m->t1, "'s") &&
          !ng_tok_is(c, m->t1, "\xE2\x80\x99s"))
        return m->ent;
      i = m->t1 - 1;
    }
    counted += names;
  }
  return -1;
}

/* "Okello arrived in Nairobi on Monday. He met Wekesa later that day": a
 * meeting's subject told by a pronoun opening the sentence S (or its
 * first clause after a fronted phrase: "On Monday, she held talks with
 * ...") before the trigger at K is the first person of the closest of the
 * two sentences before, in this paragraph or the one before.  The entity,
 * or -1. */
static int pronoun_subject(const ng_ctx *c, size_t s, size_t k) {
  size_t s0 = ng_past_speaker_label(c, c->tk.sent[s].first, c->tk.sent[s].end), p = s0;
  if (!TOK_IS_CI(c, p, "he") && !TOK_IS_CI(c, p, "she")) {
    while (p < k && p < s0 + 6 && !is_p(c, p, ',')) p++;
    if (p >= k || p >= s0 + 6 || !(ng_tok_is(c, p + 1, "he") || ng_tok_is(c, p + 1, "she")))
      p = SIZE_MAX;
    else
      p++;
  }
  /* (or a clause of its own just before the trigger: "She then drove to
   * Lisbon, where she was received this evening by B") */
  if (p == SIZE_MAX || k - p > 4) {
    p = SIZE_MAX;
    for (size_t q = k; q-- > s0 + 1 && k - q <= 4 && p == SIZE_MAX;)
      if ((ng_tok_is(c, q, "he") || ng_tok_is(c, q, "she")) &&
          in_list(c, q - 1, (const char *const[]){"where", "when", "and", NULL}))
        p = q;
    if (p == SIZE_MAX) return -1;
    /* (the same one as the sentence's own subject, when it is a pronoun
     * too: "She then drove ..., where she") */
    if (!TOK_IS_CI(c, s0, "he") && !TOK_IS_CI(c, s0, "she")) return -1;
  }
  if (k - p > 4) return -1; /* "He met", "She later held talks", "He was received by" */
  return recent_person(c, s);
}

/* The one person of the document whose post's title ends with the last
 * word of title mention TM ("minister": "Public Security Minister"), of
 * country OF (an entity; -1: any), and, when VISITING, not of the country
 * of the document's dateline.  The entity, or -1 (none, or several). */
static int described_holder(const ng_ctx *c, const ng_mention *tm, int of, bool visiting) {
  const char *head = strrchr(tm->title, ' ');
  head = head ? head + 1 : tm->title;
  size_t hl = strlen(head);
  int home = visiting ? ng_dateline_country(c) : -1;
  if (visiting && home < 0) return -1;
  int who = -1;
  for (size_t q = 0; q < c->f->n_post; q++) {
    const ng_post *po = &c->f->post[q];
    if ((size_t)po->person < c->ent_base) continue;
    size_t tl = strlen(po->title);
    if (tl < hl || strcasecmp(po->title + tl - hl, head) || (tl > hl && po->title[tl - hl - 1] != ' '))
      continue;
    int pc = po->of >= 0 ? ng_ent_country_of(c, po->of) : -1;
    if (of >= 0 && pc != of) continue;
    if (visiting && (pc < 0 || pc == home)) continue;
    if (who >= 0 && who != po->person) return -1; /* two hold it */
    who = po->person;
  }
  return who;
}

/* "On the same day, the Foreign Secretary paid a courtesy call on B": a
 * meeting's subject told by "the" and a title of one word or more opening
 * the clause before the trigger at K is the one person of the document who
 * holds that post (by the words as written, else by the normalized title).
 * The entity, or -1. */
static int title_subject(const ng_ctx *c, size_t s, size_t k) {
  size_t s0 = c->tk.sent[s].first, p = s0;
  if (!TOK_IS_CI(c, p, "the")) {
    while (p < k && p < s0 + 8 && !is_p(c, p, ',')) p++;
    if (p >= k || p >= s0 + 8 || !ng_tok_is(c, p + 1, "the")) return -1;
    p++;
  }
  /* "the visiting minister" (not the host's: of no country the dateline
   * gives), "the Sri Lankan minister" (of that country) */
  size_t at = p + 1;
  bool visiting = TOK_IS_CI(c, at, "visiting");
  if (visiting) at++;
  int of = -1;
  const ng_mention *dm = m_at(c, at);
  if (dm && dm->t0 == at && dm->kind == NG_M_DEMONYM && dm->country >= 0) {
    of = dm->country;
    at = dm->t1;
  }
  const ng_mention *tm = m_at(c, at);
  if (!tm || tm->kind != NG_M_TITLE || tm->t0 != at || tm->plural || !tm->title ||
      !strcmp(tm->scope, "honorific") || k < tm->t1 || k - tm->t1 > 3)
    return -1;
  if (visiting || of >= 0) return described_holder(c, tm, of, visiting);
  char surface[64];
  size_t n = 0;
  for (size_t t = tm->t0; t < tm->t1; t++) {
    size_t l = c->tk.tok[t].e - c->tk.tok[t].b;
    if (n + l + 2 >= sizeof surface) return -1;
    if (t > tm->t0) surface[n++] = ' ';
    memcpy(surface + n, c->doc->text + c->tk.tok[t].b, l);
    n += l;
  }
  surface[n] = '\0';
  for (int pass = 0; pass < 2; pass++) {
    int who = -1;
    for (size_t q = 0; q < c->f->n_post; q++) {
      const ng_post *po = &c->f->post[q];
      if ((size_t)po->person < c->ent_base) continue;
      if (strcasecmp(po->title, pass ? tm->title : surface)) continue;
      if (who >= 0 && who != po->person) return -1; /* two hold it */
      who = po->person;
    }
    if (who >= 0) return who;
  }
  return -1;
}

/* Whom a "he" or "she" in sentence S stands for: the first person named in
 * the nearest of the two sentences before (in this paragraph or the one
 * before), else the person the document names most often (an obituary's or
 * a profile's subject, named at the top and "he" after).  -1 if none. */
static int pronoun_person(const ng_ctx *c, size_t s) {
  int who = recent_person(c, s);
  return who >= 0 ? who : ng_document_subject(c);
}

/* Is the meeting at K called off (2) or put off (1)?  "A meeting between
 * A and B was cancelled", "A called off talks with B" (no meeting);
 * "A postponed his visit to B" (still a plan).  A verb like "met" is never
 * the subject of "was cancelled": only the nouns are asked about what
 * follows them. */
static int called_off(const ng_ctx *c, size_t s0, size_t s1, size_t k) {
  static const char *const off[] = {"cancelled", "canceled", "cancel", "cancels", "scrapped",
                                    "scrap", "scraps", "axed", "abandoned", "dropped",
                                    /* "a call between A and B was possible in March": a
                                     * meeting only thought of is none */
                                    "possible", "likely", "unlikely", "doubtful", NULL};
  static const char *const later[] = {"postponed", "postpone", "postpones", "delayed", "deferred",
                                      "rescheduled", NULL};
  size_t i = k;
  while (i > s0 && k - i < 4 &&
         in_list(c, i - 1, (const char *const[]){"a", "the", "his", "her", "their", "its",
                                                 "planned", "scheduled", "proposed", NULL}))
    i--;
  if (i > s0) {
    size_t v = i - 1;
    if (ng_tok_is(c, v, "off") && v > s0 &&
        in_list(c, v - 1, (const char *const[]){"called", "call", "calls", "put", "puts", NULL}))
      return ng_tok_is(c, v - 1, "put") || ng_tok_is(c, v - 1, "puts") ? 1 : 2;
    if (in_list(c, v, off)) return 2;
    if (in_list(c, v, later)) return 1;
  }
  /* ("a telephone call between A and B was ...") */
  if (in_list(c, k, (const char *const[]){"phone", "telephone", NULL}) && ng_tok_is(c, k + 1, "call"))
    k++;
  if (!in_list(c, k, (const char *const[]){"meeting", "meetings", "talks", "visit", "summit",
                                           "consultations", "call", NULL}))
    return 0;
  for (size_t j = k + 1; j + 1 < s1 && j <= k + 20; j++) {
    if (!in_list(c, j, (const char *const[]){"was", "were", "been", "be", "is", "are", NULL}))
      continue;
    size_t v = j + 1;
    if (c->tk.tok[v].type == NG_TOK_QUOTE) v++; /* was "possible" */
    if (ng_tok_is(c, v, "called") && ng_tok_is(c, v + 1, "off")) return 2;
    if (in_list(c, v, off)) return 2;
    if (in_list(c, v, later)) return 1;
  }
  return 0;
}

/* Where a transcript's speaker label opening the sentence [s0, s1) ends:
 * "WALTERS (voice-over): On Tuesday A met B", "KEVIN WALTERS,
 * CORRESPONDENT: ..." -- the token after its colon, or S0 (no label).  The
 * one who speaks is not the subject of what the turn tells, unless "I". */
size_t ng_past_speaker_label(const ng_ctx *c, size_t s0, size_t s1) {
  const ng_mention *m = m_at(c, s0);
  if (!m || m->kind != NG_M_PERSON || m->t0 != s0) return s0;
  size_t j = m->t1;
  /* (a label's name may come as two mentions of one person: "LI WENHAO:") */
  while (m_at(c, j) && m_at(c, j)->kind == NG_M_PERSON && m_at(c, j)->ent == m->ent &&
         j < m_at(c, j)->t1 && j - s0 < 6)
    j = m_at(c, j)->t1;
  if (is_p(c, j, '(')) { /* "(voice-over)", "(through translator)" */
    size_t e = j + 1;
    while (e < s1 && e <= j + 6 && !is_p(c, e, ')')) e++;
    if (!is_p(c, e, ')')) return s0;
    j = e + 1;
  } else if (is_p(c, j, ',')) { /* ", CORRESPONDENT", ", INTERIOR MINISTER OF ANGOLA" */
    size_t e = j + 1;
    while (e < s1 && e <= j + 8 && !is_p(c, e, ':')) {
      const char *t = c->doc->text + c->tk.tok[e].b;
      if (c->tk.tok[e].type != NG_TOK_WORD || t[0] < 'A' || t[0] > 'Z' ||
          (c->tk.tok[e].e - c->tk.tok[e].b > 1 && (t[1] < 'A' || t[1] > 'Z')))
        return s0;
      e++;
    }
    j = e;
  }
  /* (but in "PEREZ: I met my Chilean counterpart" the speaker is the subject) */
  return is_p(c, j, ':') && j + 1 < s1 && !ng_tok_is(c, j + 1, "I") ? j + 1 : s0;
}

/* Who "I" is in sentence S: the speaker whose label opens its paragraph
 * ("NAME: Yes. ... I met him in Lima"), else the one the document's first
 * line names as giving a speech ("Remarks by the Secretary General NAME at
 * ...", "Address by President NAME"); or -1. */
static int first_person_speaker(const ng_ctx *c, size_t s) {
  size_t b = s;
  while (b > 0 && s - b < 30 && c->tk.sent[b - 1].para == c->tk.sent[s].para) b--;
  size_t f = c->tk.sent[b].first;
  const ng_mention *m = m_at(c, f);
  /* (a Hansard's label: "Hon NAME (Minister of Defence): ...") */
  if (m && m->kind == NG_M_TITLE && m->t0 == f && m_at(c, m->t1) &&
      m_at(c, m->t1)->kind == NG_M_PERSON) {
    f = m->t1;
    m = m_at(c, f);
  }
  if (m && m->kind == NG_M_PERSON && m->t0 == f) {
    size_t j = m->t1;
    while (m_at(c, j) && m_at(c, j)->kind == NG_M_PERSON && m_at(c, j)->ent == m->ent &&
           j < m_at(c, j)->t1 && j - f < 6)
      j = m_at(c, j)->t1;
    if (is_p(c, j, '(')) {
      size_t k = j + 1;
      while (k < c->tk.n && k <= j + 8 && !is_p(c, k, ')')) k++;
      if (is_p(c, k, ')')) j = k + 1;
    }
    if (is_p(c, j, ':')) return m->ent;
  }
  if (!c->tk.n_sent) return -1;
  size_t e = c->tk.sent[0].end;
  for (size_t i = c->tk.sent[0].first + 1; i + 1 < e && i < 40; i++) {
    if (!ng_tok_is(c, i, "by") ||
        !in_list(c, i - 1, (const char *const[]){"remarks", "speech", "address", "statement",
                                                 "keynote", "lecture", NULL}))
      continue;
    for (size_t j = i + 1; j < e && j <= i + 10; j++) {
      const ng_mention *p = m_at(c, j);
      if (p && p->kind == NG_M_PERSON) return p->ent;
      if (p) j = p->t1 - 1;
      else if (!(c->tk.tok[j].flags & NG_TF_CAP) && !TOK_IS_CI(c, j, "the")) break;
    }
    break;
  }
  return -1;
}

static void find_meetings(ng_ctx *c, const bool *quoted, const uint32_t *tbits) {
  for (size_t s = 0; s < c->tk.n_sent; s++) {
    if (!(tbits[s] & NG_TR_MEET)) continue;
    size_t s0 = c->tk.sent[s].first, s1 = c->tk.sent[s].end;
    bool labelled = false;
    for (size_t k = s0; k < s1; k++) {
      if (!(c->trig[k] & NG_TR_MEET) || quoted[k]) continue;
      if (!labelled) {
        s0 = ng_past_speaker_label(c, s0, s1);
        labelled = true;
        if (k < s0) continue;
      }
      /* (the meeting triggers "received", "welcomed" want a person after them) */
      if (receive_verb(c, k) && !receives_person(c, k, s1)) continue;
      /* "called on President B at the palace" pays a call; "called on B to
       * resign" urges */
      static const char *const calls[] = {"called", "calls", "call", "calling", NULL};
      if (ng_tok_is(c, k, "on") && k > s0 && in_list(c, k - 1, calls)) continue; /* (read at the verb) */
      bool call_on = ng_tok_is(c, k + 1, "on") && in_list(c, k, calls);
      if (call_on) {
        /* ("is likely to call on B", "will call on B": a courtesy call
         * ahead is too weak to tell) */
        bool urges = k > s0 && in_list(c, k - 1, (const char *const[]){"to", "will", NULL});
        for (size_t i = k + 2; i + 1 < s1 && !urges; i++)
          urges = ng_tok_is(c, i, "to") && c->tk.tok[i + 1].type == NG_TOK_WORD &&
                  !(c->tk.tok[i + 1].flags & NG_TF_CAP) &&
                  !in_list(c, i + 1, (const char *const[]){"the", "a", "an", "his", "her", "its",
                                                           "their", NULL});
        if (urges) continue;
      }
      int who[8];
      size_t n = 0;
      /* "Keller-Mehta meeting", "Otieno-Mushi talks" */
      size_t g = k;
      while (g > s0 && (is_p(c, g - 1, '-') || (m_at(c, g - 1) && m_at(c, g - 1)->kind == NG_M_PERSON)) &&
             !(c->tk.tok[g - 1].flags & NG_TF_SPACE_BEFORE && g - 1 != 0 &&
               !(m_at(c, g - 1) && m_at(c, g - 1)->kind == NG_M_PERSON)))
        g--;
      for (size_t i = g; i < k && n < 8; i++) {
        const ng_mention *m = m_at(c, i);
        if (m && m->kind == NG_M_PERSON && (i + 1 < k ? is_p(c, m->t1, '-') || m->t1 == k : true)) {
          if (!has_who(who, n, m->ent)) who[n++] = m->ent;
          i = m->t1 - 1;
        }
      }
      if (n < 2) {
        n = 0;
        /* "between X and Y" / "with Y" after the trigger, "met Y" */
        size_t w = SIZE_MAX;
        for (size_t i = k + 1; i < s1 && i <= k + 8; i++) {
          if (ng_tok_is(c, i, "with") || ng_tok_is(c, i, "between")) { w = i; break; }
          /* "was received by B", "co-chaired by A and B"; "paid a courtesy
           * call on B" */
          if ((ng_tok_is(c, i, "by") && i == k + 1) ||
              (ng_tok_is(c, i, "on") && i == k + 2 && TOK_IS_CI(c, k, "courtesy")) ||
              (call_on && i == k + 1)) {
            w = i;
            break;
          }
          if (is_p(c, i, '.') || is_p(c, i, ';')) break;
        }
        /* (and the passive "were met at the foot of the aircraft by B") */
        if (w == SIZE_MAX &&
            (receive_verb(c, k) ||
             (ng_tok_is(c, k, "met") && k > s0 &&
              in_list(c, k - 1, (const char *const[]){"was", "were", "been", NULL}))))
          w = past_setting(c, k, s1);
        if (w == SIZE_MAX && k + 1 < s1) w = k; /* "met Mehta" */
        bool between = w < s1 && ng_tok_is(c, w, "between");
        bool opening = false; /* "In a meeting with B on Monday, A said" */
        if (!between) {
          /* the subject: the sentence's first person before the trigger */
          for (size_t i = s0; i < k; i++) {
            const ng_mention *m = m_at(c, i);
            if (m && m->kind == NG_M_PERSON) { who[n++] = m->ent; break; }
          }
          if (!n) {
            int he = pronoun_subject(c, s, k);
            if (he >= 0) who[n++] = he;
          }
          if (!n) {
            int holder = title_subject(c, s, k);
            if (holder >= 0) who[n++] = holder;
          }
          if (!n) {
            /* "This morning I had the honour of hosting A", "I discussed it with B":
             * a speech's or a transcript turn's speaker */
            for (size_t i = k; i-- > s0 && k - i <= 6;)
              if (ng_tok_is(c, i, "I")) {
                int me = first_person_speaker(c, s);
                if (me >= 0) who[n++] = me;
                break;
              }
          }
          opening = !n && k <= s0 + 3 &&
                    in_list(c, s0, (const char *const[]){"in", "during", "at", "after",
                                                         "following", NULL});
        }
        /* (a list goes on past a long title: "A, and the Minister of Foreign
         * Affairs, Trade and Immigration of X, B") */
        bool titled = false;
        for (size_t i = w + 1, lim = w + 24; i < s1 && i <= lim && n < 8; i++) {
          const ng_mention *m = m_at(c, i);
          titled |= m && m->kind == NG_M_TITLE;
          /* ("by the commander of the Sliac air base, Colonel B") */
          if (titled && !m && n && c->tk.tok[i].type == NG_TOK_WORD &&
              ((c->tk.tok[i].flags & NG_TF_CAP) || in_list(c, i, command_places) ||
               ng_tok_is(c, i, "of")))
            continue;
          if (m && m->kind == NG_M_PERSON && n && m->t1 + 20 > lim) lim = m->t1 + 20;
          if (m && m->kind == NG_M_PERSON && n &&
              (ng_tok_is(c, m->t1, "'s") || ng_tok_is(c, m->t1, "\xE2\x80\x99s"))) {
            i = m->t1; /* "with A, President B's envoy C": not B */
            continue;
          }
          if (m && m->kind == NG_M_PERSON) {
            if (!has_who(who, n, m->ent)) who[n++] = m->ent;
            i = m->t1 - 1;
            /* "with A, and B's defence minister, C": a list goes on after a comma or "and" */
            if (!between && !(is_p(c, m->t1, ',') || ng_tok_is(c, m->t1, "and"))) break;
            continue;
          }
          if (m && (m->kind == NG_M_TITLE || m->kind == NG_M_COUNTRY || m->kind == NG_M_DEMONYM ||
                    /* (a place of several words: "in Dar es Salaam, B") */
                    ((m->kind == NG_M_PLACE || m->kind == NG_M_CAPITAL_GOV) && m->t0 == i &&
                     i > w + 1 && (TOK_IS(c, i - 1, "to") || TOK_IS(c, i - 1, "in"))))) {
            i = m->t1 - 1;
            continue;
          }
          if (ng_tok_is(c, i, "and") || is_p(c, i, ',') || TOK_IS_CI(c, i, "the") ||
              ng_tok_is(c, i, "'s") || ng_tok_is(c, i, "\xE2\x80\x99s") ||
              in_list(c, i, (const char *const[]){"his", "her", "their", "its", "my", "our", "a", "an",
                                                  "counterpart", "counterparts", "new",
                                                  "visiting", NULL}) ||
              /* (the words a title's holder is told apart by: "the detachment
               * commander, B", "the air base commander, B") */
              (c->tk.tok[i].type == NG_TOK_WORD && !(c->tk.tok[i].flags & NG_TF_CAP) &&
               ((m_at(c, i + 1) && m_at(c, i + 1)->kind == NG_M_TITLE) ||
                (c->tk.tok[i + 1].type == NG_TOK_WORD && !(c->tk.tok[i + 1].flags & NG_TF_CAP) &&
                 i + 2 < s1 && m_at(c, i + 2) && m_at(c, i + 2)->kind == NG_M_TITLE))) ||
              (ng_tok_is(c, i, "of") && m_at(c, i + 1) && i > w + 1 &&
               (m_at(c, i - 1) || (c->tk.tok[i - 1].flags & NG_TF_CAP))) ||
              /* (an envoy's "to Peru": "the Chilean Ambassador to Peru, B"; and
               * where the post is held: "Egypt's ambassador in Nairobi, B") */
              (i > w + 1 && m_at(c, i - 1) && m_at(c, i - 1)->kind == NG_M_TITLE &&
               (TOK_IS(c, i, "to") || TOK_IS(c, i, "in")) && m_at(c, i + 1) &&
               (m_at(c, i + 1)->kind == NG_M_COUNTRY || m_at(c, i + 1)->kind == NG_M_CAPITAL_GOV ||
                m_at(c, i + 1)->kind == NG_M_PLACE)))
            continue; /* (and a title's "of Brazil", "of Justice") */
          if (between) break;
          if (c->tk.tok[i].type == NG_TOK_WORD && !(c->tk.tok[i].flags & NG_TF_CAP)) break;
        }
        /* the opening phrase's subject: the first person after its comma */
        if (opening && n == 1) {
          size_t i = w + 1;
          while (i < s1 && !is_p(c, i, ',')) i++;
          for (i++; i < s1 && i <= w + 30; i++) {
            const ng_mention *m = m_at(c, i);
            bool owner = m && (ng_tok_is(c, m->t1, "'s") || ng_tok_is(c, m->t1, "\xE2\x80\x99s"));
            if (m && m->kind == NG_M_PERSON && !owner) { /* (not "NAME's envoy") */
              if (!has_who(who, n, m->ent)) who[n++] = m->ent;
              break;
            }
            if (m) i = m->t1 - 1;
            else if (c->tk.tok[i].type == NG_TOK_WORD && !(c->tk.tok[i].flags & NG_TF_CAP) &&
                     !in_list(c, i, (const char *const[]){"the", "her", "his", "'s",
                                                          "\xE2\x80\x99s", NULL}))
              break;
          }
        }
      }
      if (n < 2) {
        /* "A and B met", "A and her counterpart, B, met", "A and B signed ... after a meeting" */
        n = 0;
        int p1 = -1;
        size_t p1_end = 0, listed = 0; /* "A, B and C met": the list's first ones */
        int list[6];
        for (size_t i = s0; i < k; i++) {
          const ng_mention *m = m_at(c, i);
          if (!m || m->kind != NG_M_PERSON) continue;
          if (p1 < 0) {
            p1 = m->ent;
            p1_end = of_country_end(c, m->t1);
          } else if (m->ent != p1 && listed < 6 && comma_gap(c, p1_end, m->t0)) {
            /* "Lunde, Virtanen and Olafsdottir met": the list goes on */
            list[listed++] = p1;
            p1 = m->ent;
            p1_end = of_country_end(c, m->t1);
          } else if (m->ent != p1 && m->t0 - p1_end <= (titled_gap(c, p1_end, m->t0) ? 16 : 10)) {
            bool and = false;
            for (size_t t = p1_end; t < m->t0; t++) {
              and |= ng_tok_is(c, t, "and");
              /* "A signed it with B ... after talks", "A met with B" */
              if (ng_tok_is(c, t, "with"))
                for (size_t v = t; v-- > p1_end && t - v <= 3;)
                  and |= in_list(c, v, (const char *const[]){"signed", "met", "talked", "spoke",
                                                             "held", NULL});
            }
            if (and) {
              for (size_t j = 0; j < listed; j++)
                if (!has_who(who, n, list[j])) who[n++] = list[j];
              if (!has_who(who, n, p1)) who[n++] = p1;
              if (!has_who(who, n, m->ent)) who[n++] = m->ent;
            }
            break;
          }
          i = m->t1 - 1;
        }
      }
      if (n < 2) {
        /* "where he and his Malawian counterpart, B, held talks": the one
         * the pronoun stands for, and B */
        n = 0;
        for (size_t i = s0; i + 4 < k && !n; i++) {
          if (!(TOK_IS_CI(c, i, "he") || TOK_IS_CI(c, i, "she")) || !ng_tok_is(c, i + 1, "and") ||
              !in_list(c, i + 2, (const char *const[]){"his", "her", NULL}))
            continue;
          bool counterpart = false;
          for (size_t j = i + 3; j < k && j <= i + 14; j++) {
            counterpart |= in_list(c, j, (const char *const[]){"counterpart", "counterparts",
                                                               NULL});
            const ng_mention *m = m_at(c, j);
            if (!m || m->kind != NG_M_PERSON) continue;
            int he = counterpart ? pronoun_person(c, s) : -1;
            if (he >= 0 && he != m->ent) {
              who[n++] = he;
              who[n++] = m->ent;
            }
            break;
          }
        }
      }
      if (n < 2) {
        /* "The three ministers met ...", "after talks between the two
         * ministers": the officials named just before */
        size_t at;
        /* ("the two ministers held bilateral talks", "The two generals
         * then held a short meeting") */
        size_t lo = k > s0 + 8 ? k - 8 : s0, hi = k + 6 < s1 ? k + 6 : s1;
        size_t want = counted_group(c, lo, hi, &at);
        if (want) {
          /* ("the two ministers": those of the persons named who are ministers) */
          static const char *const posts[] = {"ministers", "presidents", "premiers", "generals",
                                              "commanders", "mayors", "governors", NULL};
          size_t noun = in_list(c, at + 2, posts) ? at + 2 : in_list(c, at + 3, posts) ? at + 3 : 0;
          if (noun) {
            char stem[16];
            size_t len = c->tk.tok[noun].e - c->tk.tok[noun].b - 1; /* (without the 's') */
            memcpy(stem, c->doc->text + c->tk.tok[noun].b, len);
            stem[len] = 0;
            n = titled_before(c, s, at, want, stem, want >= 3 ? 8 : 3, want >= 3 ? 4 : 1, who);
          }
          if (!n) n = persons_in(c, s0, at, want, who);
          /* "The two ministers, A and B, met" */
          if (!n && at < k) n = persons_in(c, at, k, want, who);
          /* the sentences before, back to the paragraph before this one */
          /* (a group of three or more, named together once, is pointed back
           * to from further: quotes and colour come between) */
          size_t back = want >= 3 ? 8 : 3, paras = want >= 3 ? 4 : 1;
          for (size_t b = s; !n && b-- > 0 && s - b <= back &&
                             c->tk.sent[b].para + paras >= c->tk.sent[s].para;)
            n = persons_in(c, c->tk.sent[b].first, c->tk.sent[b].end, want, who);
          /* "A, speaking after the two officials held talks on deck": the group is
           * told across the sentences before (a quote between), when just
           * that many persons are named there */
          if (!n) n = persons_before(c, s, at, want, who);
          /* ("The two officers shook hands ... for a meeting": the pair
           * named last, when more were named before) */
          if (!n && want == 2 && at == ng_past_speaker_label(c, s0, s1) &&
              c->tk.tok[at + 2].type == NG_TOK_WORD && !(c->trig[at + 2] & NG_TR_MEET))
            n = last_two_persons(c, s, who);
        }
      }
      if (n < 2) continue;
      n = also_included(c, k, s1, who, n);
      {
        /* (the host of a pair named otherwise: "A and B signed it once C
         * had convened the two leaders at her residence") */
        size_t at, lo = k > s0 + 6 ? k - 6 : s0, hi = k + 6 < s1 ? k + 6 : s1;
        int host = counted_group(c, lo, hi, &at) ? host_of(c, s0, at) : -1;
        if (host >= 0 && !has_who(who, n, host) && n < 8) who[n++] = host;
      }
      bool planned = false, neg = false;
      for (size_t i = s0; i < k; i++) {
        if ((c->trig[i] & NG_TR_PLANNED) || (c->trig[i] & NG_TR_HYPO)) planned = true;
        if ((c->trig[i] & NG_TR_NEG) && k - i <= 4) neg = true;
        /* "it was not clear whether A would meet B": a question, no meeting */
        if (k - i <= 8 && ng_tok_is_ci(c, i, "whether")) neg = true;
      }
      if (k > s0 && ng_tok_is(c, k - 1, "to")) {
        planned = true;
        /* "offered to host the two ministers", "proposed to meet B": an
         * offer is no meeting */
        if (k > s0 + 1 &&
            in_list(c, k - 2, (const char *const[]){"offered", "offers", "offer", "offering",
                                                    "proposed", "proposes", "volunteered",
                                                    "suggested", NULL}))
          continue;
      }
      if (c->trig[k] & NG_TR_PLANNED) planned = true;
      int off = called_off(c, s0, s1, k);
      if (neg || off == 2) continue;
      /* "Will A meet B?", "Did A meet B in Oslo?": asked, not told */
      if (question(c, s0, s1) &&
          in_list(c, s0, (const char *const[]){"will", "would", "did", "does", "do", "could",
                                               "can", "should", "has", "have", "is", NULL}))
        break;
      if (off == 1) planned = true;
      ng_event *e = ng_ev_new(c, NG_EV_MEETING, planned ? "Planned" : "Held", planned ? 0.7 : 0.85);
      for (size_t j = 0; j < n; j++) ng_ev_arg(e, NG_ROLE_PARTICIPANT, who[j]);
      for (size_t i = k; i < s1; i++) {
        const ng_mention *m = m_at(c, i);
        if (m && m->kind == NG_M_PLACE && i > s0 && ng_tok_is(c, i - 1, "in")) {
          ng_ev_arg(e, NG_ROLE_LOCATION, m->ent);
          break;
        }
      }
      e->date = sentence_date(c, s0, s1);
      ng_ev_span(e, ng_tok_span(c, (uint32_t)s0, (uint32_t)s1));
      /* one meeting a clause: "The three envoys first met on Sunday, and
       * A and B later had a private meeting" tells two */
      size_t nx = k + 1;
      while (nx < s1 && !is_p(c, nx, ';') &&
             !(is_p(c, nx, ',') && in_list(c, nx + 1, (const char *const[]){"and", "but", NULL})))
        nx++;
      if (nx >= s1) break;
      k = nx;
    }
  }
}

/* "A was waiting at the checkpoint. The Chadian commander is B. The two
 * officers shook hands and went together to the command post", "They were
 * welcomed on the apron by A and by B. The two men then went into the
 * hangar": a pair named just before, told to do something together with no
 * meeting word -- shaking hands, going, walking or driving off together.
 * A meeting of the two persons named last in the sentences before (in the
 * same paragraph or the one before). */
/* Is the verb at V (of a sentence ending at S1) one of doing something
 * together: "shook hands", "went/walked together", "drove to the base",
 * "then spent the afternoon", "inspected"? (Not "went home".) */
static bool together_verb(const ng_ctx *c, size_t v, size_t s1) {
  static const char *const together[] = {"shook", "walked", "went", "drove", "flew", "rode",
                                         "travelled", "traveled", "toured", "inspected",
                                         "reviewed", "spent", "headed", "moved", "sat", "sailed",
                                         "walk", "go", "drive", NULL};
  if (v >= s1 || !in_list(c, v, together)) return false;
  if (ng_tok_is(c, v, "shook")) return ng_tok_is(c, v + 1, "hands");
  if (in_list(c, v, (const char *const[]){"toured", "inspected", "reviewed", "spent", "sat",
                                          NULL}))
    return true;
  for (size_t i = v + 1; i < s1 && i <= v + 4; i++)
    if (in_list(c, i, (const char *const[]){"together", "into", "to", NULL})) return true;
  return false;
}

static void add_pair_meeting(ng_ctx *c, int a, int b, size_t s0, size_t s1) {
  ng_event *e = ng_ev_new(c, NG_EV_MEETING, "Held", 0.7);
  ng_ev_arg(e, NG_ROLE_PARTICIPANT, a);
  ng_ev_arg(e, NG_ROLE_PARTICIPANT, b);
  e->date = sentence_date(c, s0, s1);
  ng_ev_span(e, ng_tok_span(c, (uint32_t)s0, (uint32_t)s1));
}

/* "A was waiting at the checkpoint. The Chadian commander is B. The two
 * officers shook hands and went together to the command post", "They were
 * welcomed on the apron by A and by B. The two men then went into the
 * hangar": a pair named just before, told to do something together with no
 * meeting word -- shaking hands, going, walking or driving off together.
 * A meeting of the two persons named last in the sentences before (in the
 * same paragraph or the one before).  And a pair named as the clause's
 * subject: "A and the Brazilian commander, Commander B, then sailed
 * together to ...", "...; he and the head of the team, Colonel B, then
 * spent the afternoon ...". */
static void find_pair_meetings(ng_ctx *c, const bool *quoted, const uint32_t *tbits) {
  static const char *const who_words[] = {"officers", "men", "women", "commanders",
                                          "ministers", "officials", "generals", "leaders",
                                          "colonels", NULL};
  for (size_t s = 1; s < c->tk.n_sent; s++) {
    size_t s0 = ng_past_speaker_label(c, c->tk.sent[s].first, c->tk.sent[s].end),
           s1 = c->tk.sent[s].end;
    /* (a sentence with a meeting word: find_meetings tells it, unless it
     * found nobody -- "The two officers shook hands ... and went to the
     * command post for a meeting", the group far from the word) */
    if (tbits[s] & NG_TR_MEET) {
      bool told = false;
      uint32_t cb = ng_tok_span(c, (uint32_t)s0, (uint32_t)s1).cb;
      for (size_t i = c->ev_base; i < c->f->n_ev && !told; i++)
        for (size_t j = 0; j < c->f->ev[i].n_mentions && !told; j++)
          told = c->f->ev[i].kind == NG_EV_MEETING && c->f->ev[i].mentions[j].cb >= cb &&
                 c->f->ev[i].mentions[j].cb <= ng_tok_span(c, (uint32_t)s0, (uint32_t)s1).ce;
      if (told) continue;
    }
    if (s0 + 4 >= s1 || quoted[s0]) continue;
    /* the subject pair: at the clause's start, "A and [the X, ]B[,] [then] VERB" */
    for (size_t p = s0; p + 4 < s1; p++) {
      if (p > s0 && !is_p(c, p - 1, ';')) continue;
      int a = -1;
      size_t q = p + 1;
      const ng_mention *am = m_at(c, p);
      if (am && am->t0 == p && am->kind == NG_M_PERSON) {
        a = am->ent;
        q = am->t1;
      } else if (TOK_IS_CI(c, p, "he") || TOK_IS_CI(c, p, "she")) {
        /* (the person named last before it in the sentence, else before) */
        for (size_t i = p; i-- > s0 && a < 0;)
          if (m_at(c, i) && m_at(c, i)->kind == NG_M_PERSON) a = m_at(c, i)->ent;
        if (a < 0) a = recent_person(c, s);
      }
      if (a < 0 || !ng_tok_is(c, q, "and")) continue;
      for (size_t j = q + 1; j < s1 && j <= q + 14; j++) {
        if (is_p(c, j, ';') || is_p(c, j, '.') || (c->trig[j] & NG_TR_SPEECH)) break;
        const ng_mention *bm = m_at(c, j);
        if (!bm || bm->kind != NG_M_PERSON) continue;
        size_t v = bm->t1;
        if (is_p(c, v, ',')) v++;
        if (in_list(c, v, (const char *const[]){"then", "later", "also", "both", NULL})) v++;
        if (bm->ent != a && together_verb(c, v, s1)) add_pair_meeting(c, a, bm->ent, s0, s1);
        break;
      }
    }
    if (!ng_tok_is(c, s0, "The") || !TOK_IS_CI(c, s0 + 1, "two") || !in_list(c, s0 + 2, who_words))
      continue;
    size_t v = s0 + 3;
    if (in_list(c, v, (const char *const[]){"then", "later", "also", "both", NULL})) v++;
    if (!together_verb(c, v, s1)) continue;
    int who[2];
    if (last_two_persons(c, s, who) < 2) continue;
    add_pair_meeting(c, who[0], who[1], s0, s1);
  }
}

/* ------------------------------------------------------------- arms, deployments */

/* Words that make the purchase, sale or deployment at K one not (yet)
 * made: "is negotiating to buy", "offered to sell", "in talks to send
 * troops", "talks on the purchase of". */
static const char *const unmade_acts[] = {"negotiating", "negotiate", "negotiates",
                                          "negotiations", "talks", "offered", "offer", "offers",
                                          "offering", "bid", "bids", "trying", "tries", "tried",
                                          "attempt", "attempts", "lobbying", "lobbied",
                                          "interested", "studying", "exploring", "discussing",
                                          "discussed",
                                          /* "Ethiopia threatened to send troops into Somalia":
                                           * a threat is no act */
                                          "threatened", "threatens", "threaten", "threatening",
                                          /* "cancelled an order for 12 jets", "scrapped the
                                           * deployment": an act undone */
                                          "cancelled", "canceled", "cancels", "cancel",
                                          "scrapped", "scraps", "scrap", "shelved", "abandoned",
                                          "halted", "suspended", "froze", "frozen",
                                          /* "blocked the sale of drones to X": an act
                                           * prevented */
                                          "halt", "halts", "suspend", "suspends", "blocked",
                                          "blocks", "block", "blocking", "vetoed", "vetoes",
                                          "stopped", "stops", "paused", NULL};
static const char *const unmade_glue[] = {"to", "the", "a", "an", "on", "over", "about", "for",
                                          "of", "in", NULL};
static word_filter unmade_acts_filter, unmade_glue_filter;

static bool unrealized(const ng_ctx *c, size_t s0, size_t k) {
  for (size_t i = k; i-- > s0 && k - i <= 4;) {
    if (in_set(c, i, unmade_acts, &unmade_acts_filter)) return true;
    if (!in_set(c, i, unmade_glue, &unmade_glue_filter)) return false;
  }
  return false;
}

/* The plan at token PW was given up: "scrapped a plan to buy", "shelved its
 * plans to buy", "dropped plans to buy". */
static bool plan_undone(const ng_ctx *c, size_t s0, size_t pw) {
  size_t i = pw;
  if (i > s0 && in_list(c, i - 1, (const char *const[]){"its", "their", NULL})) i--;
  if (unrealized(c, s0, i)) return true;
  return i > s0 && in_list(c, i - 1, (const char *const[]){"dropped", "drops", "ditched",
                                                           "ditches", NULL});
}

/* An arms transfer from SELLER to BUYER of the weapon at token ITEM, told by
 * the sentence [s0, s1). */
static void add_arms(ng_ctx *c, int buyer, int seller, size_t item, size_t s0, size_t s1,
                     double conf) {
  ng_event *e = ng_ev_new(c, NG_EV_ARMS, NULL, conf);
  ng_ev_arg(e, NG_ROLE_BUYER, buyer);
  ng_ev_arg(e, NG_ROLE_SELLER, seller);
  size_t il;
  const char *it = ng_tok_text(c, item, &il);
  e->item = ng_xstrndup(it, il);
  e->date = sentence_date(c, s0, s1);
  ng_ev_span(e, ng_tok_span(c, (uint32_t)s0, (uint32_t)s1));
}

/* The country a document is about, SKIP aside: the one it names most (by
 * name, demonym or capital), at least twice and half as often again as any
 * other, or more often than any other when it is also the first it names;
 * else -1.  Asked only when a rule has no other answer, so it counts the
 * mentions then. */
static int topic_country(const ng_ctx *c, int skip) {
  size_t n = c->f->n_ent - c->ent_base;
  if (!n) return -1;
  size_t *count = ng_xcalloc(n, sizeof *count);
  int first = -1;
  for (size_t k = 0; k < c->n_m; k++)
    if ((c->m[k].kind == NG_M_COUNTRY || c->m[k].kind == NG_M_DEMONYM ||
         c->m[k].kind == NG_M_CAPITAL_GOV) &&
        c->m[k].country >= (int)c->ent_base && c->m[k].country != skip) {
      count[c->m[k].country - c->ent_base]++;
      if (first < 0) first = c->m[k].country;
    }
  size_t best, second;
  int x = ng_count_leader(c, count, -1, &best, &second);
  free(count);
  return best >= 2 && (2 * best >= 3 * second || (x == first && best > second)) ? x : -1;
}

/* The country the sentence before the one starting at S0 opens with (its
 * first mention, within four tokens, a country or a capital), when both
 * sentences are of one paragraph; else -1.  "Oman ... . Its own Typhoons
 * ...", "Kenya ... . In 2025 it took delivery of ...". */
static int previous_opener(const ng_ctx *c, size_t s0) {
  size_t sn = c->tk.tok[s0].sent;
  if (!sn || c->tk.tok[c->tk.sent[sn - 1].first].para != c->tk.tok[s0].para) return -1;
  size_t b0 = c->tk.sent[sn - 1].first, b1 = c->tk.sent[sn - 1].end;
  for (size_t i = b0; i < b1 && i < b0 + 4; i++) {
    const ng_mention *m = m_at(c, i);
    if (m) return m->kind == NG_M_COUNTRY || m->kind == NG_M_CAPITAL_GOV ? m->country : -1;
  }
  return -1;
}

/* "In 2025 it took delivery of ...": the country a pronoun subject right
 * before the trade at K stands for -- the one the previous sentence of its
 * paragraph opens with ("Lithuania, for its part, has been buying.").  Not
 * after a speaker ("the company said it sold"); -1 if none. */
static int pronoun_trader(const ng_ctx *c, size_t s0, size_t k) {
  size_t p = k;
  while (p > s0 && k - p < 4 && !TOK_IS_CI(c, p - 1, "it") && !TOK_IS_CI(c, p - 1, "they")) {
    if (c->tk.tok[p - 1].type != NG_TOK_WORD || (c->tk.tok[p - 1].flags & NG_TF_CAP)) return -1;
    p--;
  }
  if (p == s0 || k - p >= 4) return -1;
  p--; /* the pronoun */
  for (size_t i = s0; i < p; i++)
    if (m_at(c, i) || (c->trig[i] & NG_TR_SPEECH)) return -1;
  return previous_opener(c, s0);
}

/* The words that open an aside: ", whose air force flies ...,". */
static const char *const aside_words[] = {"whose", "which", "who", NULL};

/* An aside opened by ", whose|which|who" in [S0, K) and closed by a comma
 * before the sentence's end S1, around token K: true if so. */
static bool aside_end(const ng_ctx *c, size_t s0, size_t k, size_t s1) {
  size_t o = k;
  while (o > s0 + 1 && !is_p(c, o - 1, ',')) o--;
  if (o <= s0 + 1 || !in_list(c, o, aside_words)) return false;
  for (size_t i = k + 1; i < s1; i++)
    if (is_p(c, i, ',')) return true;
  return false;
}

/* The first token of the aside ", whose|which|who ... ," that ends at the
 * comma I (S0: the sentence's start), or SIZE_MAX. */
static size_t aside_start(const ng_ctx *c, size_t s0, size_t i) {
  if (!is_p(c, i, ',')) return SIZE_MAX;
  for (size_t o = i; o-- > s0 + 1 && i - o <= 20;) {
    if (is_p(c, o, ',') || is_p(c, o, ';')) {
      if (in_list(c, o + 1, aside_words)) return o;
      return SIZE_MAX;
    }
  }
  return SIZE_MAX;
}

/* "Oman, by contrast, has ... Its own Typhoons were bought from Britain":
 * the owner of the weapon at ITEM named by "its" or "their" before it is
 * the country the paragraph's previous sentence opens with; or -1. */
static int owner_before_item(const ng_ctx *c, size_t s0, size_t item) {
  size_t p = item;
  /* ("The Slovak Air Force, whose F-16s were bought from": the antecedent's) */
  size_t w = item;
  while (w > s0 && (c->tk.tok[w - 1].type == NG_TOK_NUM || is_p(c, w - 1, '-') ||
                    (c->tk.tok[w - 1].flags & NG_TF_CAP)) && item - w < 3 &&
         !TOK_IS_CI(c, w - 1, "whose"))
    w--;
  if (w > s0 + 2 && ng_tok_is(c, w - 1, "whose") && is_p(c, w - 2, ',')) {
    const ng_mention *m = m_at(c, w - 3);
    int cr = m ? force_country(c, m) : -1;
    if (cr >= 0) return cr;
  }
  while (p > s0 && (c->tk.tok[p - 1].type == NG_TOK_NUM || ng_tok_is(c, p - 1, "own") ||
                    (c->tk.tok[p - 1].type == NG_TOK_WORD && (c->tk.tok[p - 1].flags & NG_TF_CAP) &&
                     !TOK_IS_CI(c, p - 1, "its") && !TOK_IS_CI(c, p - 1, "their") &&
                     !m_at(c, p - 1))))
    p--;
  if (p == 0 || !(TOK_IS_CI(c, p - 1, "its") || TOK_IS_CI(c, p - 1, "their")) || p - 1 != s0)
    return -1;
  return previous_opener(c, s0);
}

/* What is received or given at K is a permission, not a weapon: "Serbia
 * received permission from Hungary for its helicopters to ...", "provided
 * clearance for the jets". */
static bool permit_object(const ng_ctx *c, size_t k) {
  size_t o = k + 1;
  if (TOK_IS_CI(c, o, "the") || TOK_IS_CI(c, o, "an") || TOK_IS_CI(c, o, "a")) o++;
  if (ng_tok_is(c, o, "overflight") || ng_tok_is(c, o, "landing")) o++;
  return in_list(c, o, (const char *const[]){"permission", "permissions", "clearance",
                                              "clearances", "approval", "authorisation",
                                              "authorization", "consent", "access", "rights",
                                              "assurances", "guarantees", NULL});
}

/* The weapon of a passive sale or purchase at K, named before it: "Four
 * helicopters were delivered to Angola by Brazil"; or SIZE_MAX. */
static size_t arms_item_before(const ng_ctx *c, size_t s0, size_t k) {
  /* the reduced relative: "two patrol boats donated by Japan to ..." */
  if (k > s0 && ng_tok_is(c, k + 1, "by") && arms_item(c, k - 1)) return k - 1;
  if (k < s0 + 2 || !in_list(c, k - 1, (const char *const[]){"was", "were", "been", "being", "is",
                                                              "are", NULL}))
    return SIZE_MAX;
  for (size_t i = k - 1; i-- > s0 && k - i <= 8;) {
    /* (the comma that closes an apposition: "the patrol boats Kalev and
     * Olev, were bought") */
    if ((is_p(c, i, ',') && i + 2 != k) || is_p(c, i, ';') || is_p(c, i, ':')) break;
    if (arms_item(c, i)) return i;
  }
  return SIZE_MAX;
}

/* The agent of a sale or purchase at K: "the delivery of twelve howitzers
 * by Slovakia to Chile", "were delivered to Angola by Brazil"; or -1. */
static int arms_agent(const ng_ctx *c, size_t k, size_t s1) {
  for (size_t i = k + 1; i + 1 < s1 && i <= k + 12; i++) {
    if (is_p(c, i, ',') || is_p(c, i, ';')) break;
    if (ng_tok_is(c, i, "by"))
      return country_ref(c, m_at(c, TOK_IS_CI(c, i + 1, "the") ? i + 2 : i + 1));
  }
  return -1;
}

/* "supplied Ukraine with air defence systems", "to equip Mali with
 * drones": the buyer right after a sale verb at K, then "with" and the
 * weapon at ITEM; or -1. */
static int buyer_with(const ng_ctx *c, size_t k, size_t item) {
  size_t t = TOK_IS_CI(c, k + 1, "the") ? k + 2 : k + 1;
  const ng_mention *m = m_at(c, t);
  if (!m || m->t0 != t || m->t1 >= item || !ng_tok_is(c, m->t1, "with")) return -1;
  return country_ref(c, m);
}

/* The other side told in a clause on the weapon at ITEM: the buyer of a
 * sale in "delivered two of the minehunters that Latvia bought from it",
 * or (SELLER) the seller of a purchase in "received a corvette built for
 * it in Germany", "received helicopters donated by Britain"; else -1. */
static int item_clause_party(const ng_ctx *c, size_t item, size_t s1, bool seller) {
  while (item + 1 < s1 && arms_item(c, item + 1)) item++; /* "patrol vessels" */
  size_t i = item + 1;
  if (i + 1 >= s1) return -1;
  if (!seller) {
    if (!in_list(c, i, (const char *const[]){"that", "which", NULL})) return -1;
    const ng_mention *m = m_at(c, i + 1);
    int cr = country_ref(c, m);
    if (cr < 0 || m->t0 != i + 1) return -1;
    size_t v = m->t1;
    if (in_list(c, v, (const char *const[]){"had", "has", "have", NULL})) v++;
    return v < s1 && (c->trig[v] & NG_TR_BUY) ? cr : -1;
  }
  if (is_p(c, i, ',')) i++;
  if (i + 1 >= s1) return -1;
  bool made = in_list(c, i, (const char *const[]){"built", "made", "manufactured", "produced",
                                                  NULL});
  if (!made && !(c->trig[i] & NG_TR_SELL)) return -1;
  /* "built for it in", "built for the navy by" */
  for (size_t j = i + 1; j + 1 < s1 && j <= i + 5; j++) {
    if (c->tk.tok[j].type == NG_TOK_PUNCT) return -1;
    if (ng_tok_is(c, j, "by") || (made && ng_tok_is(c, j, "in")))
      return country_ref(c, m_at(c, TOK_IS_CI(c, j + 1, "the") ? j + 2 : j + 1));
  }
  return -1;
}

/* "commissioned a corvette bought from Italy": a weapon
 * followed by a past participle of buying (token K) and its seller; the
 * buyer is the sentence's country before the weapon.  True if an event was
 * made.  (Asked by find_arms of the purchase words of [s0, s1).) */
static int unit_country(ng_ctx *c, const ng_mention *m, bool demonym_ok);

/* After a purchase whose seller's name ends at token AT: the same buyer's
 * further purchases told on in the sentence, "... from France and
 * submarines from Germany", "..., and it flies F-16s bought from the United
 * States", "and it has ordered F-35s from the United States" -- "and", no
 * new subject, a weapon, "from" and a country, up to twelve tokens on;
 * or only another seller, of the same weapon ITEM0. */
static void more_purchases(ng_ctx *c, size_t at, size_t s0, size_t s1, int buyer, size_t item0,
                           double conf) {
  for (int round = 0; round < 4 && at < s1; round++) {
    size_t p = at;
    if (is_p(c, p, ',')) p++;
    /* ("buys its drones from Israel and Turkey": a list of sellers, each
     * named last in its clause -- not "and Spain bought tanks") */
    size_t q = ng_tok_is(c, p, "and") ? p + 1 : p > at ? p : SIZE_MAX;
    const ng_mention *lm = q < s1 ? m_at(c, q) : NULL;
    if (lm && lm->t0 == q && lm->kind == NG_M_COUNTRY && lm->country != buyer &&
        (lm->t1 >= s1 || c->tk.tok[lm->t1].type == NG_TOK_PUNCT ||
         in_list(c, lm->t1, (const char *const[]){"and", "in", "since", "for", "over", "during",
                                                 "until", NULL}))) {
      add_arms(c, buyer, lm->country, item0, s0, s1, conf);
      at = lm->t1;
      continue;
    }
    if (!ng_tok_is(c, p, "and")) return;
    size_t item = SIZE_MAX, from = SIZE_MAX;
    for (size_t j = p + 1; j + 1 < s1 && j <= p + 12; j++) {
      if (c->tk.tok[j].type == NG_TOK_PUNCT && !is_p(c, j, '-')) return;
      const ng_mention *m = m_at(c, j);
      if (m && m->kind != NG_M_DEMONYM) return; /* (a new subject, a person, a place) */
      if (ng_tok_is(c, j, "from")) {
        from = j;
        break;
      }
      /* (no sale, gift or denial on the way: "and sold them to", "and
       * turned down jets from") */
      if ((c->trig[j] & (NG_TR_SELL | NG_TR_NEG)) && !arms_item(c, j)) return;
      if (arms_item(c, j)) item = j;
    }
    if (item == SIZE_MAX || from == SIZE_MAX) return;
    size_t t = TOK_IS_CI(c, from + 1, "the") ? from + 2 : from + 1;
    const ng_mention *sm = m_at(c, t);
    int seller = country_ref(c, sm);
    if (seller < 0 || seller == buyer) return;
    add_arms(c, buyer, seller, item, s0, s1, conf);
    at = sm->t1;
  }
}

/* The one country of the posts of PERSON; -1 if none or several. */
static int post_country(const ng_ctx *c, int person) {
  int cy = -1;
  for (size_t q = 0; person >= 0 && q < c->f->n_post; q++) {
    const ng_post *po = &c->f->post[q];
    int pc = po->person == person && po->of >= 0 ? ng_ent_country_of(c, po->of) : -1;
    if (pc < 0) continue;
    if (cy >= 0 && cy != pc) return -1;
    cy = pc;
  }
  return cy;
}

/* The country of the one who says the quoted words holding token K: the
 * one country of the speaker's posts; -1 if none, several or no speaker. */
static int quote_speaker_country(const ng_ctx *c, size_t k) {
  uint32_t b = c->tk.tok[k].b;
  for (size_t e = c->ev_base; e < c->f->n_ev; e++) {
    const ng_event *ev = &c->f->ev[e];
    if (ev->kind != NG_EV_STATEMENT || !ev->n_mentions || b < ev->mentions[0].b ||
        b >= ev->mentions[0].e)
      continue;
    return post_country(c, role_ent(ev, NG_ROLE_SPEAKER));
  }
  return -1;
}

/* Is M the one asked in "asked M to let|allow its ITEM" (ITEM at token
 * ITEM, "its" or "their" a few words before it)? */
static bool asked_to_let(const ng_ctx *c, size_t s0, const ng_mention *m, size_t item) {
  size_t b = m->t0 > s0 && TOK_IS_CI(c, m->t0 - 1, "the") ? m->t0 - 1 : m->t0;
  if (b <= s0 || !in_list(c, b - 1, (const char *const[]){"asked", "asks", "requested", "urged",
                                                         "pressed", "ask", NULL}))
    return false;
  size_t v = m->t1;
  if (ng_tok_is(c, v, "to")) v++;
  if (!in_list(c, v, (const char *const[]){"let", "allow", "permit", NULL})) return false;
  for (size_t i = v + 1; i < item && i <= v + 2; i++)
    if (in_list(c, i, (const char *const[]){"its", "their", NULL})) return true;
  return false;
}

static bool arms_bought_from(ng_ctx *c, size_t s0, size_t s1, size_t k, const bool *quoted) {
  if (k < s0 + 2 || k + 2 >= s1 || !ng_tok_is(c, k + 1, "from") ||
      !in_list(c, k, (const char *const[]){"bought", "purchased", "acquired", "ordered",
                                          "procured", "imported", "leased", NULL}))
    return false;
  /* "“The armoured vehicles we have ordered from Turkey will be ...,” said
   * the chief of the defence staff": in a quote, what "we" bought is bought
   * by the speaker's country */
  int we = -1;
  size_t p = k - 1;
  while (p > s0 && k - p <= 3 &&
         in_list(c, p, (const char *const[]){"have", "had", "has", "recently", "just", "also",
                                             NULL}))
    p--;
  if (quoted[k]) {
    if (!TOK_IS_CI(c, p, "we") || !quoted[p] || (we = quote_speaker_country(c, k)) < 0)
      return false;
  } else if (TOK_IS_CI(c, p, "we")) {
    /* (and in a transcript's or an interview's turn: "NAME: The drones we
     * bought from Turkey are very good") */
    we = post_country(c, first_person_speaker(c, c->tk.tok[s0].sent));
  }
  size_t item = k - 1;
  if (is_p(c, item, ',')) item--;
  /* the passive: "its F-7 fighters were bought from China", "had all been
   * bought from" */
  while (item > s0 + 1 && k - item <= 3 &&
         in_list(c, item, (const char *const[]){"were", "was", "been", "had", "have", "has",
                                                "all", "mostly", "originally", NULL}))
    item--;
  /* "brings the six boats we bought from X": a relative clause's subject
   * pronoun (the buyer is the sentence's country, below) */
  if (item > s0 + 1 && in_list(c, item, (const char *const[]){"we", "they", NULL})) item--;
  /* "The patrol vessel P-61, bought from ...": past the weapon's designation */
  for (size_t d = item; !arms_item(c, item) && d > s0 && item - d < 4; d--) {
    const ng_token *t = &c->tk.tok[d];
    if (!(t->type == NG_TOK_NUM || is_p(c, d, '-') ||
          (t->type == NG_TOK_WORD && (t->flags & NG_TF_CAP) && !m_at(c, d))))
      break;
    if (arms_item(c, d - 1)) item = d - 1;
  }
  if (!arms_item(c, item)) return false;
  size_t j = k + 2;
  if (TOK_IS_CI(c, j, "the")) j++;
  int seller = country_ref(c, m_at(c, j));
  if (seller < 0 || non_factual(c, s0, k) || refuted(c, s0, s1)) return false;
  int buyer = we >= 0 && we != seller ? we : -1;
  if (we >= 0 && buyer < 0) return false;
  for (size_t i = item; i-- > s0 && buyer < 0;) {
    const ng_mention *m = m_at(c, i);
    if (!m) continue;
    /* ("fighters bought from Belarus and trainers bought from Brazil": the
     * first purchase's seller buys nothing) */
    /* (nor the maker of a contract: "a contract with the Brazilian company X
     * for radars, and its air force flies trainers bought from China") */
    size_t before = m->t0 > s0 + 1 && TOK_IS_CI(c, m->t0 - 1, "the") ? m->t0 - 1 : m->t0;
    if (before > s0 &&
        in_list(c, before - 1, (const char *const[]){"from", "by", "with", NULL})) {
      i = m->t0;
      continue;
    }
    int cr = country_ref(c, m);
    /* ("The Namibian Defence Force's older equipment ... its trainers were
     * bought from China": a force stands for its country) */
    if (cr < 0) cr = unit_country(c, m, false);
    /* ("Pakistan asked Iran to let its P-3C aircraft, acquired from the
     * United States, fly ...": the one asked lends nothing; "its" is the
     * asker's) */
    if (cr >= 0 && asked_to_let(c, s0, m, item)) cr = -1;
    if (cr >= 0 && cr != seller) buyer = cr;
    i = m->t0;
  }
  /* ("Its own Typhoons were bought from Britain": the country the
   * paragraph's sentence before opens with) */
  if (buyer < 0) buyer = owner_before_item(c, s0, item);
  /* "The deal covers three radars, bought from Israel": the country the
   * report is about */
  if (buyer < 0) buyer = topic_country(c, seller);
  if (buyer < 0) return false;
  add_arms(c, buyer, seller, item, s0, s1, 0.75);
  more_purchases(c, m_at(c, j)->t1, s0, s1, buyer, item, 0.75);
  return true;
}

/* "Russia is India's biggest arms supplier", "France remains Greece's main
 * supplier of warships", "Peru, Spain's largest buyer of patrol boats,": a
 * standing trade named by its noun at K, the other side the possessive
 * country before it and this side the subject linked to it by a copula or
 * a comma.  True if an event was made.  (Asked by find_arms once the
 * sentence's hedges are ruled out.) */
static bool arms_possessive_trade(ng_ctx *c, size_t s0, size_t s1, size_t k) {
  bool sells = in_list(c, k, (const char *const[]){"supplier", "suppliers", NULL});
  if (!sells && !in_list(c, k, (const char *const[]){"buyer", "buyers", NULL})) return false;
  /* back over the weapon and up to two adjectives to the possessive */
  size_t item = SIZE_MAX, p = k;
  while (p > s0 && k - p < 4 && c->tk.tok[p - 1].type == NG_TOK_WORD && !m_at(c, p - 1) &&
         !TOK_IS(c, p - 1, "'s") && !TOK_IS(c, p - 1, "\xE2\x80\x99s")) {
    if (arms_item(c, p - 1) && item == SIZE_MAX) item = p - 1;
    p--;
  }
  if (p < s0 + 2 || !(TOK_IS(c, p - 1, "'s") || TOK_IS(c, p - 1, "\xE2\x80\x99s"))) return false;
  const ng_mention *om = m_at(c, p - 2);
  int other = country_ref(c, om);
  if (other < 0 || om->kind == NG_M_DEMONYM) return false;
  /* ("the main supplier of warships") */
  if (item == SIZE_MAX && ng_tok_is(c, k + 1, "of")) {
    for (size_t i = k + 2; i < s1 && i <= k + 5 && item == SIZE_MAX; i++) {
      if (c->tk.tok[i].type != NG_TOK_WORD) break;
      if (arms_item(c, i)) item = i;
    }
  }
  if (item == SIZE_MAX) return false;
  /* the subject: right before, through a copula ("is", "remains", "has
   * long been") or an apposition's comma */
  size_t j = om->t0;
  while (j > s0 && om->t0 - j < 4 &&
         in_list(c, j - 1, (const char *const[]){"is", "are", "was", "were", "remains", "remain",
                                                 "remained", "has", "have", "had", "been",
                                                 "become", "became", "becomes", "still", "also",
                                                 "now", "long", "once", NULL}))
    j--;
  if (j == om->t0 && j > s0 && is_p(c, j - 1, ',')) j--;
  if (j == om->t0 || j <= s0) return false;
  const ng_mention *sm = m_at(c, j - 1);
  int subj = country_ref(c, sm);
  if (subj < 0 || subj == other || sm->kind == NG_M_DEMONYM) return false;
  add_arms(c, sells ? other : subj, sells ? subj : other, item, s0, s1, 0.75);
  return true;
}

/* The country a pronoun before token AT of the sentence opening at S0
 * stands for: the country or armed force named last before it, in its
 * sentence or the two before in its paragraph ("... the Gambian Navy
 * is.  They cover the river with the boats Spain donated to them"), NOT
 * aside; or -1. */
static int antecedent_country(ng_ctx *c, size_t s0, size_t at, int not) {
  size_t sn = c->tk.tok[s0].sent, lo = s0;
  for (int back = 0; back < 2 && sn > 0; back++) {
    sn--;
    if (c->tk.sent[sn].para != c->tk.tok[s0].para) break;
    lo = c->tk.sent[sn].first;
  }
  for (size_t i = at; i-- > lo;) {
    const ng_mention *m = m_at(c, i);
    if (!m) continue;
    int cr = country_ref(c, m);
    if (cr < 0) cr = unit_country(c, m, true);
    if (cr >= 0 && cr != not) return cr;
    i = m->t0;
  }
  return -1;
}

/* A weapon with a relative clause whose subject trades it (verb at K):
 * "the patrol boat that Denmark donated to Benin", "the howitzers it bought
 * from Korea" ("it": the country named last before the weapon).  True if
 * an event was made. */
static bool arms_relative(ng_ctx *c, size_t s0, size_t s1, size_t k, const bool *quoted) {
  uint32_t b = trade_bits(c, k);
  if (k < s0 + 2 || k + 2 >= s1 || quoted[k] || !b) return false;
  const char *prep = (b & NG_TR_BUY) ? "from" : "to";
  if (!ng_tok_is(c, k + 1, prep)) return false;
  size_t v = k; /* the subject ends before V */
  /* (and "the boats that the UAE is donating to X": the progressive) */
  if (in_list(c, v - 1, (const char *const[]){"had", "has", "have", "is", "are", "was", "were",
                                              NULL}))
    v--;
  if (v < s0 + 2) return false;
  int subj = -1;
  size_t subj0;
  const ng_mention *m = m_at(c, v - 1);
  if (m && m->t1 == v && m->kind == NG_M_COUNTRY) {
    subj = m->country;
    subj0 = m->t0;
  } else if (in_list(c, v - 1, (const char *const[]){"it", "they", NULL})) {
    subj0 = v - 1;
  } else {
    return false;
  }
  size_t item = subj0 > s0 ? subj0 - 1 : s0;
  if (TOK_IS_CI(c, item, "the") && item > s0) item--; /* "that the UAE is donating" */
  if (in_list(c, item, (const char *const[]){"that", "which", NULL}) && item > s0) item--;
  if (!arms_item(c, item)) return false;
  if (subj < 0) /* "it": the country named last before the weapon */
    subj = antecedent_country(c, s0, item, -1);
  size_t j = TOK_IS_CI(c, k + 2, "the") ? k + 3 : k + 2;
  int other = country_ref(c, m_at(c, j));
  /* "the boats Britain donated to them": the country or force named last */
  if (other < 0 && subj >= 0 && in_list(c, j, (const char *const[]){"them", "it", NULL}))
    other = antecedent_country(c, s0, item, subj);
  if (subj < 0 || other < 0 || subj == other || non_factual(c, s0, k) || refuted(c, s0, s1))
    return false;
  add_arms(c, (b & NG_TR_BUY) ? subj : other, (b & NG_TR_BUY) ? other : subj, item, s0, s1, 0.75);
  if ((b & NG_TR_BUY) && m_at(c, j) && country_ref(c, m_at(c, j)) == other)
    more_purchases(c, m_at(c, j)->t1, s0, s1, subj, item, 0.75);
  return true;
}

/* The country whose force a mention names: an armed force ("the Peruvian
 * Navy", which the lexicon may class as a government body), or a demonym
 * (when DEMONYM_OK: "a Chilean frigate"); else -1. */
static int unit_country(ng_ctx *c, const ng_mention *m, bool demonym_ok) {
  if (!m) return -1;
  if (m->kind == NG_M_DEMONYM) return demonym_ok ? m->country : -1;
  if (m->kind != NG_M_ORG || m->ent < 0 || !c->f->ent[m->ent].country ||
      (c->f->ent[m->ent].org_class != NG_ORG_ARMED && c->f->ent[m->ent].org_class != NG_ORG_GOV))
    return -1;
  return ng_country_ent(c, c->f->ent[m->ent].country);
}

/* "Both countries", "the two countries" opening the clause before token
 * K: the two parties of the document's last pact of two (in OUT), and 2;
 * else 0. */
static size_t pact_pair(const ng_ctx *c, size_t s0, size_t k, int *out) {
  size_t i = s0;
  if (TOK_IS_CI(c, i, "the")) i++;
  if (!(TOK_IS_CI(c, i, "both") || TOK_IS_CI(c, i, "two")) || i + 2 > k ||
      !in_list(c, i + 1, (const char *const[]){"countries", "nations", "governments", NULL}) ||
      (TOK_IS_CI(c, i, "two") && i == s0))
    return 0;
  for (size_t e = c->f->n_ev; e-- > c->ev_base;) {
    const ng_event *ev = &c->f->ev[e];
    if (ev->kind != NG_EV_AGREEMENT) continue;
    size_t n = 0;
    for (size_t a = 0; a < ev->n_args; a++)
      if (ev->args[a].role == NG_ROLE_PARTY && n < 3) out[n++] = ev->args[a].ent;
    if (n == 2) return 2;
  }
  return 0;
}

static void find_arms(ng_ctx *c, const bool *quoted) {
  for (size_t s = 0; s < c->tk.n_sent; s++) {
    size_t s0 = c->tk.sent[s].first, s1 = c->tk.sent[s].end;
    if (question(c, s0, s1)) continue;
    bool bought = false;
    for (size_t k = s0; k < s1; k++) {
      if (!(c->trig[k] & (NG_TR_BUY | NG_TR_SELL)) &&
          !(c->tk.tok[k].type == NG_TOK_WORD && FIRST_IN(c, k + 1, "fwoilte") &&
            in_list(c, k + 1, (const char *const[]){"for", "with", "on", "in", "last", "this",
                                                    "earlier", NULL})))
        continue;
      uint32_t b = trade_bits(c, k);
      if (!b || permit_object(c, k)) continue;
      /* (in a quote only "we bought from X", the speaker's country's) */
      if (quoted[k]) {
        if (b & NG_TR_BUY) arms_bought_from(c, s0, s1, k, quoted);
        continue;
      }
      /* (a purchase told in an aside may come before the sentence's own:
       * "Laos, whose air force flies trainers bought from Russia, signed a
       * contract with ...") */
      if ((b & NG_TR_BUY) && arms_bought_from(c, s0, s1, k, quoted)) {
        if (!aside_end(c, s0, k, s1)) bought = true;
        continue;
      }
      /* (after one: only another weapon "bought from" a seller, "fighters
       * bought from Belarus and trainers bought from Brazil") */
      if (bought) continue;
      if (arms_relative(c, s0, s1, k, quoted)) break;
      if (non_factual(c, s0, k) || refuted(c, s0, s1) || unrealized(c, s0, k)) break;
      /* "X is Y's biggest arms supplier" */
      if (FIRST_IN(c, k, "sb") && arms_possessive_trade(c, s0, s1, k)) break;
      /* a trade still to come is one, purchase or sale alike, as the
       * contract's events are ("will buy from", "plans to buy", "is to
       * supply", "will donate"), a little less sure; one that others only
       * expect is none ("is expected to order"), as is a plan given up
       * ("dropped plans to buy") */
      double conf = 0.85;
      size_t pw = plan_word(c, s0, k);
      if (pw != SIZE_MAX) {
        if (FIRST_IN(c, pw, "e") &&
            in_list(c, pw, (const char *const[]){"expected", "expects", "expect", NULL}))
          break;
        if (plan_undone(c, s0, pw)) break;
        conf = 0.7;
      }
      size_t item;
      /* "signed a contract with Finland's Karelia Land Systems for 130
       * armoured personnel carriers": the maker's country sells */
      int maker = (b & NG_TR_BUY) ? deal_with_maker(c, k, s1, &item) : -1;
      if (maker < 0) item = arms_item_after(c, k, s1);
      /* the passive: the weapon before the verb, the agent after it */
      bool passive = false;
      if (item == SIZE_MAX) passive = (item = arms_item_before(c, s0, k)) != SIZE_MAX;
      if (item == SIZE_MAX) continue;
      int subj = -1, other = -1;
      int subjs[8];
      size_t nsubj = 0;
      for (size_t i = k; i-- > s0 && !passive;) {
        /* (past an aside: "Laos, whose air force flies ... from Russia, signed") */
        size_t a0 = aside_start(c, s0, i);
        if (a0 != SIZE_MAX) {
          i = a0;
          continue;
        }
        const ng_mention *sm = m_at(c, i);
        int cr = country_ref(c, sm);
        /* ("the Estonian Centre for Defence Investments signed a contract
         * with ...": a body of a country, whatever its kind, trades for it) */
        if (cr < 0 && sm && sm->kind == NG_M_ORG && sm->ent >= 0 && c->f->ent[sm->ent].country &&
            c->f->ent[sm->ent].org_class != NG_ORG_COALITION)
          cr = ng_country_ent(c, c->f->ent[sm->ent].country);
        if (cr >= 0) { subj = cr; break; }
        if (sm) i = sm->t0;
      }
      /* "Kenya and Ethiopia will jointly buy": every coordinated subject */
      for (size_t i = s0; i < k && subj >= 0; i++) {
        const ng_mention *m = m_at(c, i);
        if (m && country_ref(c, m) >= 0) {
          collect_list(c, i, k, subjs, &nsubj, 8);
          break;
        }
      }
      if (subj < 0 && ((b & NG_TR_SELL) || passive)) subj = arms_agent(c, k, s1);
      /* "Both countries bought their F-35s from the United States": the
       * two of the document's pact */
      if (subj < 0 && !passive && (b & NG_TR_BUY)) {
        nsubj = pact_pair(c, s0, k, subjs);
        if (nsubj) subj = subjs[0];
      }
      /* "In 2025 it took delivery of ...": the country the paragraph's
       * previous sentence opens with */
      if (subj < 0 && !passive) subj = pronoun_trader(c, s0, k);
      /* "deliveries of Russian S-400 systems to Algeria": the maker sells */
      if (subj < 0 && (b & NG_TR_SELL) && !passive && ng_tok_is(c, k + 1, "of"))
        subj = maker_before(c, k, item, -1);
      bool has_subj = false;
      for (size_t i = 0; i < nsubj; i++) has_subj |= subjs[i] == subj;
      if (!has_subj) {
        nsubj = 0;
        if (subj >= 0) subjs[nsubj++] = subj;
      }
      const char *prep = (b & NG_TR_BUY) ? "from" : "to";
      /* (and "received of Colombia", as translations put it) */
      size_t i0 = (b & NG_TR_BUY) && ng_tok_is(c, k + 1, "of") &&
                          in_list(c, k, (const char *const[]){"received", "receives", NULL}) &&
                          country_ref(c, m_at(c, k + 2)) >= 0
                      ? k + 1
                      : SIZE_MAX;
      size_t other_end = SIZE_MAX; /* (after a seller "from" X: where X ends) */
      if ((b & NG_TR_SELL) && !passive) other = buyer_with(c, k, item);
      if (maker >= 0) other = maker;
      for (size_t i = k + 1; i + 1 < s1 && other < 0; i++) {
        /* (a gift's recipient: "craft donated by India were commissioned
         * into the Tongan navy") */
        bool into = (b & NG_TR_SELL) && ng_tok_is(c, i, "into") &&
                    in_list(c, i - 1, (const char *const[]){"commissioned", "inducted",
                                                            "incorporated", NULL});
        if (ng_tok_is(c, i, prep) || i == i0 || into) {
          size_t t = TOK_IS_CI(c, i + 1, "the") ? i + 2 : i + 1;
          /* "to the Republic of Korea Navy" */
          if (!m_at(c, t) && in_list(c, t, (const char *const[]){"republic", "kingdom", NULL}) &&
              ng_tok_is(c, t + 1, "of"))
            t += 2;
          /* "to the naval component of the Fijian Navy", "to the air wing of" */
          if (!m_at(c, t) && TOK_IS_CI(c, i + 1, "the")) {
            size_t j = t;
            while (j < t + 3 && j + 1 < s1 && !ng_tok_is(c, j, "of") &&
                   c->tk.tok[j].type == NG_TOK_WORD && !m_at(c, j))
              j++;
            if (ng_tok_is(c, j, "of") && j > t) t = TOK_IS_CI(c, j + 1, "the") ? j + 2 : j + 1;
          }
          int cr = country_ref(c, m_at(c, i + 1));
          if (cr >= 0) other_end = m_at(c, i + 1)->t1;
          if (cr < 0) cr = country_ref(c, m_at(c, t));
          /* "to the Fijian Navy": a force stands for its country */
          if (cr < 0) cr = unit_country(c, m_at(c, t), false);
          /* "ordered ... from Zaria Defence Vehicles, a Nigerian company": a
           * company sells for its country */
          if (cr < 0 && (b & NG_TR_BUY) && m_at(c, t) && m_at(c, t)->kind == NG_M_ORG &&
              m_at(c, t)->t0 == t && m_at(c, t)->ent >= 0 && c->f->ent[m_at(c, t)->ent].country)
            cr = ng_country_ent(c, c->f->ent[m_at(c, t)->ent].country);
          /* ("from Makli Boatworks Ltd in Karachi", "from X B.V., a
           * Dutch company", "from X Ltd (Netherlands)": where the text
           * then says it is) */
          if (cr < 0 && (b & NG_TR_BUY) && m_at(c, t) && m_at(c, t)->kind == NG_M_ORG &&
              m_at(c, t)->t0 == t)
            cr = company_country_after(c, m_at(c, t)->t1, s1);
          if (cr >= 0 && other_end == SIZE_MAX) other_end = m_at(c, t)->t1;
          other = cr;
          break;
        }
      }
      if (other < 0 && !passive) other = item_clause_party(c, item, s1, (b & NG_TR_BUY) != 0);
      /* "buys Dutch patrol ships", "Turkish-built drones": the maker's demonym */
      if (other < 0 && (b & NG_TR_BUY)) other = maker_before(c, k, item, subj);
      /* "The boats were bought from China in 2010": a purchase without its
       * buyer is the country the report is about */
      if (subj < 0 && passive && (b & NG_TR_BUY) && other >= 0) {
        subj = owner_before_item(c, s0, item);
        if (subj < 0) subj = topic_country(c, other);
        if (subj >= 0) subjs[nsubj++] = subj;
      }
      if (subj < 0 || other < 0) continue;
      for (size_t q = 0; q < nsubj; q++) {
        if (subjs[q] == other) continue;
        add_arms(c, (b & NG_TR_BUY) ? subjs[q] : other, (b & NG_TR_BUY) ? other : subjs[q], item,
                 s0, s1, conf);
      }
      if ((b & NG_TR_BUY) && nsubj == 1 && other_end != SIZE_MAX)
        more_purchases(c, other_end, s0, s1, subjs[0], item, conf);
      /* ("Slovakia, which bought vehicles from Sweden, has signed a contract
       * with ...": the aside's purchase, then the sentence's own) */
      if (aside_end(c, s0, k, s1)) continue;
      /* (after the sentence's own, a weapon "bought from" a seller may
       * follow: "signed a contract with X for radars, and that its air force
       * already flies F-16s bought from the United States") */
      bought = true;
    }
  }
}

/* Military aircraft or troops named in [t0, t1), the subject before a
 * landing: a word for them, or an aircraft type's name ("Gripens"). */
static bool military_subject(const ng_ctx *c, size_t t0, size_t t1) {
  if (t0 >= t1) return false;
  /* (an aside before the verb is no part of it: "the minelayer FNS Porkkala,
   * with a crew of about 60, arrived") */
  if (t1 - t0 >= 3 && is_p(c, t1 - 1, ',')) {
    size_t a = t1 - 1;
    while (a > t0 && !is_p(c, a - 1, ',') && t1 - a <= 10) a--;
    if (a > t0 + 1 && is_p(c, a - 1, ',')) t1 = a - 1;
  }
  for (size_t i = t0; i < t1; i++) {
    if (m_at(c, i)) return false; /* a person, title or body lands: a visit */
    if (in_list(c, i, (const char *const[]){"police", "customs", "immigration", "consular",
                                           "election", "health", NULL}))
      return false;
    if (in_list(c, i, (const char *const[]){"aircraft", "jets", "warplanes", "fighters",
                                           "bombers", "helicopters", "drones", "troops",
                                           "soldiers", "personnel", "marines", "paratroopers",
                                           "contingent", "team", "party", "detachment",
                                           "battalion", "battalions", "brigade", "brigades",
                                           "regiment", "regiments", "squadron", "squadrons",
                                           "platoon", "platoons",
                                           /* ("12 liaison officers had arrived"; not
                                            * police officers, below) */
                                           "officers",
                                           /* (warships: "the minelayer FNS X arrived") */
                                           "warship", "warships", "frigate", "frigates",
                                           "corvette", "corvettes", "destroyer", "destroyers",
                                           "minelayer", "minehunter", "minesweeper",
                                           "submarine", "submarines", NULL}) ||
        (c->tk.tok[i].type == NG_TOK_WORD && (c->tk.tok[i].flags & NG_TF_CAP) && i + 1 == t1) ||
        /* "Four Hellenic Air Force F-16s and a C-130 transport touched
         * down": a weapon lands */
        arms_item(c, i))
      return true;
  }
  return false;
}

/* "Norway allows the Danish Air Force to station aircraft at ...": host
 * and guest of basing rights, which are also a deployment of the guest.
 * Appends the agreements to AS for emit_agreements to merge. */
static void find_basing(ng_ctx *c, const bool *quoted, const uint32_t *tbits, agreement **as,
                        size_t *na) {
  for (size_t s = 0; s < c->tk.n_sent; s++) {
    if (!(tbits[s] & NG_TR_AIR_GRANT)) continue;
    size_t s0 = c->tk.sent[s].first, s1 = c->tk.sent[s].end;
    for (size_t k = s0 + 1; k < s1; k++) {
      if (!(c->trig[k] & NG_TR_AIR_GRANT) || quoted[k] ||
          !in_list(c, k, (const char *const[]){"allows", "allowed", "allow", "allowing",
                                              "permits", "permitted", "permit", "lets", NULL}))
        continue;
      /* the guest right after the verb, then "to station|base" */
      size_t g = k + 1;
      if (ng_tok_is(c, g, "the")) g++;
      const ng_mention *gm = m_at(c, g);
      int guest = country_ref(c, gm);
      if (guest < 0 || !ng_tok_is(c, gm->t1, "to") ||
          !in_list(c, gm->t1 + 1, (const char *const[]){"station", "base", NULL}))
        continue;
      int host = -1;
      for (size_t i = k; i-- > s0 && k - i <= 4 && host < 0;) host = country_ref(c, m_at(c, i));
      if (host < 0 || host == guest || non_factual(c, s0, k)) continue;
      agreement a;
      memset(&a, 0, sizeof a);
      add_party(&a, host);
      add_party(&a, guest);
      agreement_args(c, s0, s1, &a);
      a.span = ng_tok_span(c, (uint32_t)s0, (uint32_t)s1);
      a.type = "BasingRights";
      a.explicit_type = true;
      a.conf = 0.8;
      *as = ng_xgrow(*as, *na, sizeof **as);
      (*as)[(*na)++] = a;
      ng_event *e = ng_ev_new(c, NG_EV_DEPLOYMENT, NULL, 0.7);
      ng_ev_arg(e, NG_ROLE_ACTOR, guest);
      ng_ev_arg(e, NG_ROLE_LOCATION, host);
      e->date = sentence_date(c, s0, s1);
      ng_ev_span(e, a.span);
      break;
    }
  }
}

/* An arrival, like a landing, deploys only troops or military aircraft:
 * "Ugandan Defence Minister NAME arrived in Nairobi" is a visit. */
static bool arrival(const ng_ctx *c, size_t k) {
  return in_list(c, k, (const char *const[]){"arrived", "arrive", "arrives", "arriving", NULL});
}

/* Where a deployment told before token AFTER goes: "in|to|into|at|near X"
 * (a place or a country), or "in Maldivian waters" (a country's waters,
 * territory or port).  The location's entity, or -1; *LOC_COUNTRY is its
 * country. */
static int deploy_location_at(const ng_ctx *c, size_t after, size_t s1, int *loc_country,
                              size_t *end, bool towns);

/* A town of the second-rank gazetteer whose name starts at token I: the
 * longest run of capitalized words (with the particles of place names
 * between them: "Puerto El Carmen de Putumayo") that is one, in a country
 * the document names.  Its Place entity (*LOC_COUNTRY its country, *END
 * the token after it), or -1. */
static int town_at(const ng_ctx *c, size_t i, size_t s1, int *loc_country, size_t *end) {
  static const char *const particles[] = {"de", "del", "do", "da", "dos", "das", "di", "la",
                                          "le", "el", "al", "sur", "en", NULL};
  if (c->tk.tok[i].type != NG_TOK_WORD || !(c->tk.tok[i].flags & NG_TF_CAP) ||
      (c->tk.tok[i].flags & NG_TF_ALLCAPS))
    return -1;
  size_t e = i + 1;
  for (size_t j = i + 1; j < s1 && j < i + 6 && !m_at(c, j); j++) {
    if (c->tk.tok[j].type == NG_TOK_WORD && (c->tk.tok[j].flags & NG_TF_CAP))
      e = j + 1;
    else if (!(c->tk.tok[j].type == NG_TOK_WORD && in_list(c, j, particles)) &&
             !(is_p(c, j, '-') && !(c->tk.tok[j].flags & NG_TF_SPACE_BEFORE)))
      break;
  }
  for (; e > i; e--) {
    if (!(c->tk.tok[e - 1].flags & NG_TF_CAP)) continue;
    int country = -1;
    /* (ng_town_place adds a mention, not a fact: the context is const
     * to its callers here, as every other lookup of this pass) */
    int town = ng_town_place((ng_ctx *)c, i, e, &country);
    if (town >= 0) {
      *loc_country = country;
      *end = e;
      return town;
    }
  }
  return -1;
}

static int deploy_location(const ng_ctx *c, size_t after, size_t s1, int *loc_country) {
  size_t end;
  return deploy_location_at(c, after, s1, loc_country, &end, false);
}

/* The same, with *END the token after the location's name; TOWNS: a town
 * of the second-rank gazetteer may be the place (see town_at). */
static int deploy_location_at(const ng_ctx *c, size_t after, size_t s1, int *loc_country,
                              size_t *end, bool towns) {
  static const char *const sides[] = {"side", "bank", NULL}; /* "the Ecuadorian bank" */
  for (size_t i = after; i + 1 < s1 && i < after + 14; i++) {
    if (is_p(c, i, ';')) break; /* "...; and the ministers will meet in Lilongwe" */
    /* (and "on the Ecuadorian bank", "on the Lao side") */
    bool on_side = ng_tok_is(c, i, "on") && TOK_IS_CI(c, i + 1, "the") && m_at(c, i + 2) &&
                   m_at(c, i + 2)->kind == NG_M_DEMONYM && in_list(c, m_at(c, i + 2)->t1, sides);
    /* (and "are back on Congolese soil", "on Lao territory") */
    if (!on_side && ng_tok_is(c, i, "on") && m_at(c, i + 1) &&
        m_at(c, i + 1)->kind == NG_M_DEMONYM &&
        in_list(c, m_at(c, i + 1)->t1, (const char *const[]){"soil", "territory", NULL}))
      on_side = true;
    if (!on_side &&
        !in_list(c, i, (const char *const[]){"in", "to", "into", "at", "near", "inside", NULL}))
      continue;
    /* "were allowed to fly over Saudi territory": an infinitive, and what
     * is flown over or crossed is no place of deployment */
    if (ng_tok_is(c, i, "to") &&
        in_list(c, i + 1, (const char *const[]){"fly", "overfly", "cross", "transit", "use",
                                                "enter", "pass", NULL}))
      break;
    bool named = false; /* (an unknown name came first: see below) */
    for (size_t j = i + 1; j < s1 && j <= i + 8; j++) {
      if (is_p(c, j, ';')) break;
      /* "return to the Arctic as Sweden opens its skies": a new clause's
       * subject is no place of the deployment */
      if (j > i + 1 && in_list(c, j, (const char *const[]){"as", "while", "when", "whereas",
                                                           "because", "although", "though",
                                                           "but", "after", "before", "until",
                                                           NULL}))
        break;
      /* "moved troops to its border with India": the neighbour is no place
       * of the deployment */
      if (ng_tok_is(c, j + 1, "with") &&
          in_list(c, j, (const char *const[]){"border", "borders", "frontier", "boundary", NULL}))
        return -1;
      const ng_mention *m = m_at(c, j);
      if (!m) {
        /* a town no list of the first rank knows, right after the
         * preposition: "landed at Nouadhibou", "arrived in Nueva
         * Ocotepeque" (in a country the document names) */
        bool first = (j == i + 1 || (j == i + 2 && TOK_IS_CI(c, i + 1, "the"))) && !on_side;
        if (towns && first) {
          int town = town_at(c, j, s1, loc_country, end);
          if (town >= 0) return town;
        }
        /* an unknown name right after the preposition is the place: what
         * comes after a comma past it is not ("landed at Punta Gorda on
         * Wednesday, the United States embassy said") -- unless it is the
         * name's country ("at Camp Lemonnier, Djibouti"; and "at Bagram air
         * base north of Kabul" goes on) */
        if (first && c->tk.tok[j].type == NG_TOK_WORD && (c->tk.tok[j].flags & NG_TF_CAP))
          named = true;
        if (named && is_p(c, j, ',')) {
          /* (", Niger", ", in Niger") */
          const ng_mention *nm = m_at(c, ng_tok_is(c, j + 1, "in") ? j + 2 : j + 1);
          if (!nm || (nm->kind != NG_M_COUNTRY && nm->kind != NG_M_PLACE)) break;
        }
        continue;
      }
      *end = m->t1;
      if (m->kind == NG_M_PLACE) {
        *loc_country = m->country;
        return m->ent;
      }
      /* ("on the Bolivian side of the lake": a side's "of" names no other place) */
      bool side = m->kind == NG_M_DEMONYM && in_list(c, m->t1, sides);
      if (m->kind == NG_M_DEMONYM &&
          (side || in_list(c, m->t1, (const char *const[]){"waters", "territory", "soil", "port",
                                                           "ports", NULL})) &&
          (side || !ng_tok_is(c, m->t1 + 1, "of"))) {
        *loc_country = m->country;
        return m->country;
      }
      /* "in the southern Lao province of Attapeu": a place the text names
       * by its country's demonym */
      if (m->kind == NG_M_DEMONYM && ng_tok_is(c, m->t1 + 1, "of") &&
          in_list(c, m->t1, (const char *const[]){"province", "region", "district", "state",
                                                  "town", "city", "village", "island",
                                                  "port", "capital", NULL}) &&
          m->t1 + 2 < s1 && (c->tk.tok[m->t1 + 2].flags & NG_TF_CAP)) {
        const ng_mention *pm = m_at(c, m->t1 + 2);
        *loc_country = m->country;
        if (pm && pm->kind == NG_M_PLACE) {
          *end = pm->t1;
          return pm->ent;
        }
        return m->country;
      }
      if (m->kind == NG_M_COUNTRY) {
        *loc_country = m->country;
        return m->country;
      }
      j = m->t1 - 1;
    }
  }
  return -1;
}

static const char *const unit_nouns[] = {"minehunter", "minehunters", "minesweeper", "frigate",
                                         "frigates", "corvette", "corvettes", "warship", "warships",
                                         "destroyer", "destroyers", "submarine", "submarines",
                                         "vessel", "vessels", "boat", "boats", "ship", "ships",
                                         "unit", "units", "battalion", "battalions", "contingent",
                                         "squadron", "detachment", "company",
                                         /* "an advance team of the Chilean Army" (a
                                          * force's name must follow: teams play) */
                                         "team", "teams",
                                         /* "Chilean military instructors", "a team of
                                          * Chilean Navy instructors" (military, or a
                                          * force's name) */
                                         "instructors", "specialists", "advisers", "advisors",
                                         "trainers",
                                         /* "38 New Zealand Defence Force personnel" (a
                                          * force's name) */
                                         "personnel",
                                         /* "two Spanish liaison officers" (a force's name,
                                          * or liaison or military ones) */
                                         "officers", NULL};

/* The next place of a list whose item ends at I: "Kara region and in
 * Benin's Borgou department", ", Latvia and Lithuania".  Its entity (a
 * place or a country; *LOC_COUNTRY its country, *END the token after it),
 * or -1 when the list ends. */
static int next_listed_place(const ng_ctx *c, size_t i, size_t s1, int *loc_country,
                             size_t *end) {
  /* the rest of the item: "'s Kara region", "province" */
  size_t j = i;
  while (j < s1 && j < i + 6 && !is_p(c, j, ',') && !ng_tok_is(c, j, "and")) {
    const ng_mention *m = m_at(c, j);
    if (m) {
      if (m->kind != NG_M_PLACE) return -1;
      j = m->t1;
      continue;
    }
    if (c->tk.tok[j].type != NG_TOK_WORD ||
        (!ng_tok_is(c, j, "'s") && !ng_tok_is(c, j, "\xE2\x80\x99s") &&
         !(c->tk.tok[j].flags & NG_TF_CAP) &&
         !in_list(c, j, (const char *const[]){"province", "region", "district", "state",
                                              "county", "governorate", "prefecture", "area",
                                              "department",
                                              "side", NULL})))
      return -1;
    j++;
  }
  if (j >= s1) return -1;
  j++; /* the comma or "and" */
  if (ng_tok_is(c, j, "and") && is_p(c, j - 1, ',')) j++;
  if (in_list(c, j, (const char *const[]){"in", "to", "into", "at", "near", NULL})) j++;
  if (TOK_IS_CI(c, j, "the")) j++;
  const ng_mention *m = m_at(c, j);
  if (!m || m->t0 != j) return -1;
  *end = m->t1;
  if (m->kind == NG_M_PLACE) {
    *loc_country = m->country;
    return m->ent;
  }
  if (m->kind == NG_M_COUNTRY) {
    *loc_country = m->country;
    return m->country;
  }
  return -1;
}

/* The country that hosts the force whose country is named at T0 (ACTOR):
 * "Estonia has long hosted Britain's troops", "Qatar, which hosts about
 * 8,000 US troops" -- a host verb a few words before, and the country named
 * right before it.  Not "offered to host"; -1 if none. */
static int host_before(const ng_ctx *c, size_t s0, size_t t0, int actor) {
  size_t h = t0;
  while (h > s0 && t0 - h < 4 && !m_at(c, h - 1) &&
         !(FIRST_IN(c, h - 1, "h") &&
           in_list(c, h - 1, (const char *const[]){"hosts", "hosted", "hosting", "host", NULL})))
    h--;
  if (h == s0 || m_at(c, h - 1) || !FIRST_IN(c, h - 1, "h") ||
      !in_list(c, h - 1, (const char *const[]){"hosts", "hosted", "hosting", "host", NULL}))
    return -1;
  h--; /* the verb */
  if (h == s0 || TOK_IS_CI(c, h - 1, "to")) return -1;
  /* (past an aside: "Malaysia, for its part, has long hosted") */
  for (size_t i = h; i-- > s0 && h - i <= 8 && !is_p(c, i, ';');) {
    const ng_mention *m = m_at(c, i);
    if (m) {
      int cr = country_ref(c, m);
      return cr != actor && m->kind != NG_M_DEMONYM ? cr : -1;
    }
  }
  return -1;
}

/* The place that ends right before ", where" and some words of count
 * ("about 2,500") before token T0, the forces' country: a place the text
 * names, or a town of the second rank (a hyphenated name's first part:
 * "Rzeszow-Jasionka").  Its entity (*LOC_COUNTRY its country), or -1. */
static int where_before(const ng_ctx *c, size_t s0, size_t t0, int *loc_country) {
  size_t w = t0;
  while (w > s0 && t0 - w < 3 &&
         (c->tk.tok[w - 1].type == NG_TOK_NUM ||
          in_list(c, w - 1, (const char *const[]){"about", "some", "around", "nearly", NULL})))
    w--;
  if (w < s0 + 3 || !ng_tok_is(c, w - 1, "where") || !is_p(c, w - 2, ',')) return -1;
  size_t comma = w - 2, e = comma;
  /* (a place the text names, with a part after a hyphen: "Kosice-Barca") */
  while (e >= s0 + 3 && is_p(c, e - 2, '-') && !(c->tk.tok[e - 2].flags & NG_TF_SPACE_BEFORE) &&
         c->tk.tok[e - 1].type == NG_TOK_WORD && (c->tk.tok[e - 1].flags & NG_TF_CAP) &&
         !m_at(c, e - 1) && m_at(c, e - 3))
    e -= 2;
  const ng_mention *m = m_at(c, e - 1);
  if (m) {
    if (m->kind != NG_M_PLACE || m->t1 != e) return -1;
    *loc_country = m->country;
    return m->ent;
  }
  /* (the town's name: capitalized words, hyphens between them) */
  size_t b = comma;
  while (b > s0 && comma - b < 5 && !m_at(c, b - 1) &&
         ((c->tk.tok[b - 1].type == NG_TOK_WORD && (c->tk.tok[b - 1].flags & NG_TF_CAP)) ||
          (is_p(c, b - 1, '-') && !(c->tk.tok[b - 1].flags & NG_TF_SPACE_BEFORE))))
    b--;
  for (size_t i = b; i < comma; i++) {
    if (c->tk.tok[i].type != NG_TOK_WORD) continue;
    size_t end;
    int country, town = town_at(c, i, comma, &country, &end);
    if (town < 0) continue;
    /* (what follows it up to the comma is its name's rest) */
    for (size_t j = end; j < comma && town >= 0; j++)
      if (!is_p(c, j, '-') && !(c->tk.tok[j].type == NG_TOK_WORD && (c->tk.tok[j].flags & NG_TF_CAP)))
        town = -1;
    if (town >= 0) {
      *loc_country = country;
      return town;
    }
    break;
  }
  return -1;
}

/* Does mention M name an armed force: an armed group, or a state's body
 * whose name ends in a word for one ("the Chilean Navy", "US Marines")? */
static bool force_name(const ng_ctx *c, const ng_mention *m) {
  if (m->kind != NG_M_ORG || m->ent < 0) return false;
  ng_org_class oc = c->f->ent[m->ent].org_class;
  return oc == NG_ORG_ARMED ||
         (oc == NG_ORG_GOV && in_list(c, m->t1 - 1, (const char *const[]){"army", "navy", "force",
                                                                           "forces", "marines",
                                                                           "corps", NULL}));
}

/* A deployment of ACTOR at LOC told by sentence [s0, s1), dated by it. */
static void deployment_event(ng_ctx *c, int actor, int loc, double conf, size_t s0, size_t s1) {
  ng_event *e = ng_ev_new(c, NG_EV_DEPLOYMENT, NULL, conf);
  ng_ev_arg(e, NG_ROLE_ACTOR, actor);
  ng_ev_arg(e, NG_ROLE_LOCATION, loc);
  e->date = sentence_date(c, s0, s1);
  ng_ev_span(e, ng_tok_span(c, (uint32_t)s0, (uint32_t)s1));
}

/* Is token Q a capitalised word no list knows (not all capitals, no
 * weekday or month): the name of a place the gazetteers lack? */
static bool unknown_name(const ng_ctx *c, size_t q) {
  const ng_token *t = &c->tk.tok[q];
  return t->type == NG_TOK_WORD && (t->flags & NG_TF_CAP) && !(t->flags & NG_TF_ALLCAPS) &&
         !m_at(c, q) && ng_weekday_from_name(c->doc->text + t->b, t->e - t->b) < 0 &&
         ng_month_from_name(c->doc->text + t->b, t->e - t->b) <= 0;
}

/* "the Talavera la Real air base", "Amari air base": a name no list knows
 * (after "the" or not), up to five words, then a word for a military site:
 * where forces are, a place of the report's country, as a bare unknown
 * name after a verb of arrival. */
static bool named_base(const ng_ctx *c, size_t q, size_t s1) {
  if (ng_tok_is(c, q, "the")) q++;
  if (q + 1 >= s1 || !unknown_name(c, q)) return false;
  for (size_t i = q + 1; i < s1 && i < q + 7; i++) {
    if (in_list(c, i, (const char *const[]){"base", "airbase", "airfield", "barracks", "garrison",
                                            "cantonment", NULL}) ||
        /* ("the Tolgoit training area", "training centre") */
        (ng_tok_is(c, i - 1, "training") &&
         in_list(c, i, (const char *const[]){"area", "centre", "center", "ground", "grounds",
                                             "range", "camp", NULL})))
      /* (not where the text goes on to say where it is, in a place no
       * list knows: "at Price Barracks in Ladyville") */
      return !(in_list(c, i + 1, (const char *const[]){"in", "near", "outside", NULL}) ||
               is_p(c, i + 1, ',')) ||
             i + 2 >= s1 || !unknown_name(c, i + 2);
    const ng_token *t = &c->tk.tok[i];
    if (t->type != NG_TOK_WORD) return false;
    /* (the name's words, "la", "de", "del", and "air", "naval", "military") */
    if (!(t->flags & NG_TF_CAP) &&
        !in_list(c, i, (const char *const[]){"la", "le", "de", "del", "do", "da", "el", "air",
                                             "naval", "military", "army", "navy", "training",
                                             NULL}))
      return false;
    if (m_at(c, i)) return false;
  }
  return false;
}

/* Are tokens [T0, T1) the staff of a force named just before them: "(the
 * South Korean Army) engineers and instructors", "(Navy) divers"? */
static bool force_staff(const ng_ctx *c, size_t t0, size_t t1) {
  static const char *const staff[] = {"engineers", "instructors", "trainers", "technicians",
                                      "medics", "doctors", "divers", "sappers", "pilots",
                                      "officers", "personnel", "advisers", "advisors",
                                      "specialists", "mechanics", "crews", "crew", "and", NULL};
  if (t0 >= t1 || t1 - t0 > 4 || ng_tok_is(c, t1 - 1, "and")) return false;
  for (size_t i = t0; i < t1; i++)
    if (!in_list(c, i, staff)) return false;
  return true;
}

/* The country of a base no list knows (see named_base) that forces of
 * ACTOR are at, in the sentence [S0, S1), the base's name at BASE: the one
 * other country the sentence names ("Romania is in NATO, and the American
 * troops at the X base are a reminder of that"), else the report's, else
 * its dateline's; or -1. */
static int base_country(const ng_ctx *c, size_t s0, size_t s1, int actor, size_t base) {
  int loc = -1;
  /* (and a demonym just after the base, in its clause, which tells where
   * it is: "at the X training area, west of the Mongolian capital"; not
   * "..., and German batteries") */
  size_t near = base;
  while (near < s1 && near < base + 12 && !is_p(c, near, ';') &&
         !in_list(c, near, (const char *const[]){"and", "but", "while", "whereas", NULL}))
    near++;
  for (size_t i = s0; i < s1 && loc != -2; i++) {
    const ng_mention *m = m_at(c, i);
    if (!m || m->t0 != i || m->country == actor || m->country < 0 ||
        !(m->kind == NG_M_COUNTRY || (m->kind == NG_M_DEMONYM && i > base && i < near)))
      continue;
    loc = loc < 0 ? m->country : loc == m->country ? loc : -2;
  }
  if (loc < 0) loc = topic_country(c, actor);
  if (loc < 0) loc = ng_dateline_country(c);
  return loc;
}

static void find_deployments(ng_ctx *c, const bool *quoted, const uint32_t *tbits) {
  for (size_t s = 0; s < c->tk.n_sent; s++) {
    if (!(tbits[s] & (NG_TR_DEPLOY | NG_TR_DEPLOY_WEAK))) continue;
    /* ("A Kabul channel reported that Uzbek troops had crossed ... . The
     * ministry called the report 'absolutely false'") */
    if (refuted_after(c, s)) continue;
    size_t s0 = c->tk.sent[s].first, s1 = c->tk.sent[s].end;
    if (refuted(c, s0, s1)) continue; /* ("'Fake': ministry on Polish troops in Lviv") */
    for (size_t k = s0; k < s1; k++) {
      if (!(c->trig[k] & (NG_TR_DEPLOY | NG_TR_DEPLOY_WEAK)) || quoted[k]) continue;
      /* "claiming that Polish troops will be stationed in Lviv": forces
       * whose verb after them is future, hypothetical or negated (the verb,
       * a trigger too, is judged at its own turn) */
      if (FIRST_IN(c, k, "tsfm") && !m_at(c, k) && /* (not a force's name) */
          in_list(c, k, (const char *const[]){"troops", "soldiers", "forces", "marines", NULL})) {
        /* (right after them: "troops in Finland will stay" are there) */
        size_t i = k + 1;
        if (in_list(c, i, (const char *const[]){"also", "then", "now", "soon", NULL})) i++;
        if (i < s1 && (c->trig[i] & (NG_TR_PLANNED | NG_TR_HYPO | NG_TR_NEG))) continue;
      }
      if (non_factual(c, s0, k) || unrealized(c, s0, k) || planned_act(c, s0, k) ||
          question(c, s0, s1))
        break;
      /* "a request for overflight clearance sent to Peru", "a letter sent
       * to Lima": papers sent, not forces */
      if (in_list(c, k, (const char *const[]){"sent", "dispatched", NULL})) {
        bool paper = false;
        for (size_t i = k; i-- > s0 && k - i <= 4 && !paper;)
          paper = in_list(c, i, (const char *const[]){"request", "requests", "letter", "letters",
                                                      "note", "notes", "message", "messages",
                                                      "invitation", "application", "clearance",
                                                      "reply", "proposal", NULL});
        if (paper) continue;
      }
      /* "NAME, Minister of the Armed Forces of X, in Lima": forces named in
       * an official's title are no forces on the move */
      {
        const ng_mention *om = m_at(c, k);
        if (om && om->kind == NG_M_ORG) {
          size_t b = om->t0;
          if (b > s0 && TOK_IS_CI(c, b - 1, "the")) b--;
          if (b > s0 + 1 && ng_tok_is(c, b - 1, "of") && m_at(c, b - 2) &&
              m_at(c, b - 2)->kind == NG_M_TITLE) {
            k = om->t1 - 1;
            continue;
          }
        }
      }
      /* "A Chilean deployment to Argentina ... could upset the region": a
       * deployment named as the subject of a conditional */
      if (in_list(c, k, (const char *const[]){"deployment", "deployments", NULL})) {
        bool cond = false;
        for (size_t i = k + 1; i < s1 && i <= k + 14 && !cond; i++)
          cond = in_list(c, i, (const char *const[]){"would", "could", "might", NULL});
        if (cond) continue;
      }
      /* "It allows the Ruritanian Navy to station four vessels at ...": a
       * permission, no deployment yet (find_basing tells the basing
       * rights of a named host) */
      if (k > s0 + 1 && ng_tok_is(c, k - 1, "to")) {
        bool permit = false;
        for (size_t i = k - 1; i-- > s0 && k - i <= 10 && !permit && !is_p(c, i, ',');)
          permit = in_list(c, i, (const char *const[]){"allows", "allow", "allowed", "allowing",
                                                       "permits", "permit", "permitted",
                                                       "permitting", "lets", "let", "letting",
                                                       "enables", "enable", "enabling", NULL});
        if (permit) continue;
      }
      bool weak = !(c->trig[k] & NG_TR_DEPLOY);
      /* "repaired a seismic station in Bolivia", "a weather station":
       * the noun; the verb has forces for object ("to station 300 troops") */
      if (FIRST_IN(c, k, "s") &&
          in_list(c, k, (const char *const[]){"station", "stations", NULL})) {
        bool object = false;
        for (size_t i = k + 1; i < s1 && i <= k + 4 && !object; i++)
          object = in_list(c, i, stationed) || in_list(c, i, unit_nouns) ||
                   (c->trig[i] & NG_TR_DEPLOY) || (c->trig[i] & NG_TR_ARMS_ITEM);
        if (!object) continue;
      }
      /* "a Senegalese ferry docked in Praia": the noun, not the verb "to ferry" */
      if (weak && k > s0 && in_list(c, k, (const char *const[]){"ferry", NULL}) &&
          (in_list(c, k - 1, (const char *const[]){"a", "an", "the", "passenger", "car", NULL}) ||
           (m_at(c, k - 1) && m_at(c, k - 1)->kind == NG_M_DEMONYM)))
        continue;
      /* actor: "build-up of Russian ...", "Russian military build-up", subject */
      int actor = -1;
      size_t after = k + 1;
      while (after < s1 && (c->trig[after] & (NG_TR_DEPLOY | NG_TR_DEPLOY_WEAK))) after++;
      if (ng_tok_is(c, after, "of")) {
        const ng_mention *m = m_at(c, after + 1);
        if (m) actor = country_ref(c, m);
      }
      size_t actor_end = s0;
      /* Peacekeepers are the UN's unless a country is named right with
       * them: "Rwandan peacekeepers in Bangui", "Rwanda's UN peacekeepers",
       * "peacekeepers from Rwanda" -- not "Senegal praised the
       * peacekeepers in Lebanon". */
      bool keepers = in_list(c, k, (const char *const[]){"peacekeepers", "peacekeeper",
                                                         "peacekeeping", NULL});
      if (keepers && actor < 0) {
        if (ng_tok_is(c, after, "from")) actor = country_ref(c, m_at(c, after + 1));
        for (size_t i = k; actor < 0 && i-- > s0 && k - i <= 3;) {
          if (ng_tok_is(c, i, "UN") || ng_tok_is(c, i, "'s") ||
              ng_tok_is(c, i, "\xE2\x80\x99s"))
            continue;
          const ng_mention *m = m_at(c, i);
          if (m) {
            actor = country_ref(c, m);
            if (actor >= 0) actor_end = m->t1;
          }
          break;
        }
        if (actor < 0) continue;
      }
      int actors[6];
      size_t n_actors = 0;
      size_t actor_t0 = SIZE_MAX;
      if (actor < 0) {
        for (size_t i = k; i-- > s0;) {
          int cr = country_ref(c, m_at(c, i));
          if (cr >= 0) {
            actor = cr;
            actor_end = m_at(c, i)->t1;
            actor_t0 = m_at(c, i)->t0;
            /* "Italy, Spain and Portugal sent troops": every country of the
             * list that ends in the subject */
            listed_before(c, s0, m_at(c, i), actors, &n_actors, 5);
            break;
          }
        }
        /* "Troops from Kenya arrived in Haiti": the forces' country after
         * them, where no country comes before */
        if (actor < 0 && !weak && ng_tok_is(c, after, "from") && after + 1 < s1) {
          const ng_mention *m = m_at(c, after + 1);
          actor = m && m->t0 == after + 1 && m->kind == NG_M_COUNTRY ? m->country : -1;
          if (actor >= 0) after = m->t1;
          /* "Troops from Nepal, Ghana and Fiji serve ...": each of the list */
          while (actor >= 0 && after + 1 < s1 && n_actors < 5) {
            size_t g = after;
            if (is_p(c, g, ',')) g++;
            if (ng_tok_is(c, g, "and")) g++;
            const ng_mention *x = g > after ? m_at(c, g) : NULL;
            if (!x || x->t0 != g || x->kind != NG_M_COUNTRY) break;
            if (x->country != actor) actors[n_actors++] = x->country;
            after = x->t1;
          }
          /* (the verb comes after them: "will be deployed", "are not") */
          for (size_t i = after; actor >= 0 && i < s1 && i < after + 4; i++)
            if (c->trig[i] & (NG_TR_PLANNED | NG_TR_HYPO | NG_TR_NEG)) actor = -1;
          if (actor < 0) n_actors = 0;
        }
      }
      if (actor < 0) continue;
      actors[n_actors++] = actor;
      /* "sent an overflight request to ...", "dispatched an envoy to ...":
       * what is sent is no force */
      if (weak) {
        bool civil = false;
        for (size_t i = after; i < s1 && i < after + 4 && !civil && !ng_tok_is(c, i, "to"); i++)
          civil = in_list(c, i, (const char *const[]){"request", "requests", "letter", "letters",
                                                      "message", "messages", "note", "invitation",
                                                      "condolences", "delegation", "envoy",
                                                      "envoys", "diplomat", "diplomats",
                                                      "application", "congratulations",
                                                      "flights", "flight", "routes", "route",
                                                      "services", "headquarters",
                                                      /* "sent humanitarian aid", "is sending
                                                       * firefighters": help, no force */
                                                      "aid", "humanitarian", "relief",
                                                      "firefighters", "rescuers", "doctors",
                                                      "medics", "vaccines", "donations", NULL});
        if (civil) continue;
      }
      /* a landing is a deployment when military aircraft or troops land
       * ("six Ruritanian F-16s touched down at ..."), not a minister */
      size_t land = ng_tok_is(c, k, "down") && k > s0 && ng_tok_is(c, k - 1, "touched") ? k - 1 : k;
      /* (or the force itself: "officers of the Vietnam People's Army arrived") */
      const ng_mention *am = actor_end > s0 ? m_at(c, actor_end - 1) : NULL;
      bool force = am && am->t1 == actor_end && force_name(c, am) &&
                   (am->t1 == land || force_staff(c, am->t1, land));
      if ((ng_tok_is(c, land, "landed") || ng_tok_is(c, land, "touched") || arrival(c, land)) &&
          !force && !military_subject(c, actor_end, land))
        continue;
      /* a ship that docks is a force when it is a warship or a navy's:
       * "The Argentine Navy patrol ship ARA X docked in Montevideo", not "a
       * Chinese fishing vessel docked" */
      if (weak && FIRST_IN(c, k, "dbam") &&
          in_list(c, k, (const char *const[]){"docked", "berthed", "anchored", "moored", NULL})) {
        bool naval = false;
        for (size_t i = k; i-- > s0 && k - i <= 10 && !naval;) {
          const ng_mention *m = m_at(c, i);
          if (m && m->kind == NG_M_ORG) {
            for (size_t q = m->t0; q < m->t1 && !naval; q++)
              naval = in_list(c, q, (const char *const[]){"navy", "naval", "coast", NULL});
            i = m->t0; /* (each name once) */
            continue;
          }
          naval |= in_list(c, i, (const char *const[]){"warship", "warships", "frigate",
                                                       "frigates", "corvette", "corvettes",
                                                       "destroyer", "destroyers", "submarine",
                                                       "submarines", "minehunter", "navy",
                                                       "naval", NULL});
        }
        if (!naval) continue;
      }
      int loc_country = -1;
      size_t loc_end = after;
      /* (a town no list of the first rank knows is a place only after a
       * verb of arrival: "landed at Nouadhibou", not "coordinate troops
       * ... in Termez") */
      bool towns = in_list(c, land, (const char *const[]){"landed", "touched", "arrived",
                                                          "deployed", "stationed", "docked",
                                                          "moored", NULL});
      int loc = deploy_location_at(c, after, s1, &loc_country, &loc_end, towns);
      /* "Estonia has long hosted Britain's troops", "Qatar, which hosts
       * about 8,000 US troops": the host is where they are */
      if (loc < 0 && actor_t0 != SIZE_MAX) loc = loc_country = host_before(c, s0, actor_t0, actor);
      /* "from Rzeszow, where American troops have been stationed since
       * 2022": the place before ", where" */
      if (loc < 0 && actor_t0 != SIZE_MAX) loc = where_before(c, s0, actor_t0, &loc_country);
      /* "have landed at Keflavik": a place no list knows, right after the
       * verb of arrival, is in the country the report is about, else in
       * its dateline's (not in a country the sentence names on the way:
       * "at Keflavik, the former American air station") */
      size_t at = past_when(c, after, s1); /* ("arrived this afternoon at ...") */
      if (loc < 0 && in_list(c, at, (const char *const[]){"at", "in", NULL}) && at + 1 < s1 &&
          named_base(c, at + 1, s1))
        loc = loc_country = base_country(c, s0, s1, actor, at + 1);
      if (loc < 0 && towns && in_list(c, after, (const char *const[]){"at", "in", NULL}) &&
          after + 1 < s1 && unknown_name(c, after + 1)) {
        loc = topic_country(c, actor);
        if (loc < 0) loc = ng_dateline_country(c);
        loc_country = loc;
      }
      if (loc < 0 || loc_country == actor) continue;
      /* "were posted in Togo's Kara region and in Benin's Borgou
       * department", "to Estonia, Latvia and Lithuania": each place listed */
      for (int more = 0; more < 4 && loc >= 0; more++) {
        for (size_t a = 0; a < n_actors; a++) {
          if (loc_country == actors[a]) continue;
          deployment_event(c, actors[a], loc, weak ? 0.6 : 0.8, s0, s1);
        }
        int was_country = loc_country;
        loc = next_listed_place(c, loc_end, s1, &loc_country, &loc_end);
        /* ("in Nguigmi, in Niger", "in Lima, Peru and in Santiago": the
         * place's own country, no second place) */
        if (loc >= 0 && loc == was_country)
          loc = next_listed_place(c, loc_end, s1, &loc_country, &loc_end);
      }
      break;
    }
  }
}

static const char *const kept_words[] = {"based", "kept", "keeps", "keep", "maintains",
                                         "maintained", "maintain", NULL};
static const char *const opened_words[] = {"opened", "established", "built", NULL};
static word_filter kept_filter, opened_filter;

/* A unit kept or based abroad, told without a deployment word: "the
 * battalion it has kept in Lithuania since 2019", "the French military
 * unit based at an air base in Chad", "opened its first overseas base in
 * Eritrea".  The actor is the country named last before the verb (a
 * country, a demonym or a force). */
static void find_units_abroad(ng_ctx *c, const bool *quoted) {
  static const char *const units[] = {"battalion", "battalions", "brigade", "brigades",
                                      "regiment", "regiments", "contingent", "contingents",
                                      "squadron", "squadrons", "detachment", "detachments",
                                      "garrison", "troops", "soldiers", "marines", "unit",
                                      "units", NULL};
  for (size_t s = 0; s < c->tk.n_sent; s++) {
    size_t s0 = c->tk.sent[s].first, s1 = c->tk.sent[s].end;
    for (size_t v = s0 + 1; v + 2 < s1; v++) {
      if (!FIRST_IN(c, v, "bkmoe") || quoted[v]) continue;
      bool kept = in_set(c, v, kept_words, &kept_filter);
      bool opened = !kept && in_set(c, v, opened_words, &opened_filter);
      if (!kept && !opened) continue;
      size_t after = v + 1, craft = 0;
      if (kept) {
        /* the unit just before: "the battalion (that) it has kept", "the
         * military unit that's based" */
        bool unit = false;
        for (size_t i = v; i-- > s0 && v - i <= 5 && !unit;) {
          if (!in_list(c, i, units)) continue;
          unit = !in_list(c, i, (const char *const[]){"unit", "units", NULL}) ||
                 (i > s0 && in_list(c, i - 1, (const char *const[]){"military", "army", "naval",
                                                                    "navy", NULL}));
        }
        /* (aircraft and ships "based at": "Two Italian Eurofighters of the
         * mission, which are based at Amari air base") */
        bool based = !unit && ng_tok_is(c, v, "based");
        for (size_t i = v; based && i-- > s0 && v - i <= 12 && !unit;)
          if (in_list(c, i, (const char *const[]){"jets", "fighters", "aircraft", "helicopters",
                                                  "drones", "warships", "frigates", "submarines",
                                                  "eurofighters", "typhoons", "gripens", NULL}))
          {
            craft = i;
            unit = true;
          }
        /* (not "helicopters ..., to be based in Paphos from 2039") */
        if (craft && ng_tok_is(c, v - 1, "be")) continue;
        /* (or a base after the verb: "all keep military bases in Djibouti",
         * "whose forces keep a joint logistics support base at Duqm") */
        if (!unit && !ng_tok_is(c, v, "based")) {
          size_t j = v + 1;
          if (in_list(c, j, (const char *const[]){"its", "their", "a", "an", NULL})) j++;
          while (j < s1 && j <= v + 5 &&
                 in_list(c, j, (const char *const[]){"military", "naval", "air", "permanent",
                                                     "joint", "logistics", "support", "large",
                                                     "small", NULL}))
            j++;
          if (j > v + 1 && in_list(c, j, (const char *const[]){"base", "bases", NULL}) &&
              in_list(c, j - 1, (const char *const[]){"military", "naval", "air", "logistics",
                                                      "support", NULL})) {
            unit = true;
            after = j + 1;
          }
        }
        if (!unit) continue;
      } else {
        /* "opened its first overseas base in ..." */
        size_t j = v + 1;
        if (in_list(c, j, (const char *const[]){"its", "their", "a", "an", NULL})) j++;
        while (j < s1 && j <= v + 4 &&
               in_list(c, j, (const char *const[]){"first", "new", "second", "only", "overseas",
                                                   "foreign", "military", "naval", "air",
                                                   "permanent", NULL}))
          j++;
        if (!in_list(c, j, (const char *const[]){"base", NULL})) continue;
        after = j + 1;
      }
      if (non_factual(c, s0, v) || unrealized(c, s0, v) || question(c, s0, s1)) continue;
      int actor = -1, actors[6];
      size_t n_actors = 0;
      for (size_t i = v; i-- > s0 && actor < 0;) {
        const ng_mention *m = m_at(c, i);
        if (!m) continue;
        actor = country_ref(c, m);
        if (actor < 0) actor = force_country(c, m);
        /* ("France, the United States and China all keep bases in X") */
        if (actor >= 0 && m->kind == NG_M_COUNTRY) listed_before(c, s0, m, actors, &n_actors, 5);
        /* (the aircraft's own country, before them: "Two Italian
         * Eurofighters", not "helicopters from the Italian company") */
        if (actor >= 0 && craft && m->t0 > craft) actor = -1;
        i = m->t0;
      }
      if (actor < 0) continue;
      actors[n_actors++] = actor;
      int loc_country = -1;
      int loc = deploy_location(c, after, s1, &loc_country);
      if (loc < 0 && in_list(c, after, (const char *const[]){"at", "in", NULL}) &&
          named_base(c, after + 1, s1))
        loc = loc_country = base_country(c, s0, s1, actor, after + 1);
      if (loc < 0 || loc_country < 0) continue;
      for (size_t a = 0; a < n_actors; a++) {
        if (loc_country == actors[a]) continue;
        deployment_event(c, actors[a], loc, 0.7, s0, s1);
      }
      break;
    }
  }
}

/* A country's base abroad, named as such: "the Russian base at Gyumri in
 * Armenia", "a French naval base in Abu Dhabi", "the US air base in
 * Djibouti" -- a demonym or a country, a kind of base or none, "base",
 * then "at|in|near" and a place of another country.  Not one to be built,
 * planned, closed or denied ("plans for a Chinese base in X", "no foreign
 * base"). */
static void find_foreign_bases(ng_ctx *c, const bool *quoted, const uint32_t *tbits) {
  static const char *const kinds[] = {"military", "naval", "navy", "air", "army", "logistics",
                                      "support", "drone", "radar", "training", NULL};
  static const char *const unmade_base[] = {"build", "builds", "building", "built", "establish",
                                            "establishing", "open", "opening", "plan", "plans",
                                            "planned", "proposed", "proposal", "possible",
                                            "potential", "future", "no", "new", "close",
                                            "closed", "closing", "closure", "former", "against",
                                            "rumoured", "rumored", "alleged", "secret", NULL};
  for (size_t s = 0; s < c->tk.n_sent; s++) {
    /* ("base" is a type word of agreements: sentences without one pass) */
    if (!(tbits[s] & NG_TR_AGREE_TYPE)) continue;
    size_t s0 = c->tk.sent[s].first, s1 = c->tk.sent[s].end;
    for (size_t k = s0 + 1; k + 2 < s1; k++) {
      if (!(c->trig[k] & NG_TR_AGREE_TYPE) || !FIRST_IN(c, k, "ab") ||
          !in_list(c, k, (const char *const[]){"base", "bases", "airbase", "airbases", NULL}) ||
          quoted[k] || m_at(c, k))
        continue;
      size_t d = k;
      while (d > s0 + 1 && k - d < 2 && in_list(c, d - 1, kinds)) d--;
      const ng_mention *dm = m_at(c, d - 1);
      if (!dm || dm->t1 != d || (dm->kind != NG_M_DEMONYM && dm->kind != NG_M_COUNTRY)) continue;
      int actor = dm->country;
      if (actor < 0 ||
          !in_list(c, k + 1, (const char *const[]){"at", "in", "near", NULL}))
        continue;
      bool not_yet = false;
      for (size_t i = dm->t0; i-- > s0 && dm->t0 - i <= 4 && !not_yet;)
        not_yet = in_list(c, i, unmade_base);
      if (not_yet || non_factual(c, s0, k) || unrealized(c, s0, k) || question(c, s0, s1) ||
          refuted(c, s0, s1))
        continue;
      int loc_country = -1;
      size_t end;
      int loc = deploy_location_at(c, k + 1, s1, &loc_country, &end, false);
      if (loc < 0 || loc_country < 0 || loc_country == actor) continue;
      deployment_event(c, actor, loc, 0.6, s0, s1);
    }
  }
}

/* A force present abroad, told without a deployment word: "A Chilean
 * frigate has been in the port of Callao since Friday", "a unit of the
 * Peruvian Navy is anchored in the Ecuadorian port of Manta". */
/* The one country besides ACTOR that the sentence [s0, s1) names (by name,
 * demonym or force: "... and its crew works from the Lithuanian Navy's
 * base there"), else the country the report is about unless it opens
 * with ACTOR; or -1. */
static int other_country(ng_ctx *c, size_t s0, size_t s1, int actor) {
  int other = -1;
  for (size_t i = s0; i < s1; i++) {
    const ng_mention *m = m_at(c, i);
    if (!m) continue;
    int cr = country_ref(c, m);
    if (cr < 0) cr = unit_country(c, m, true);
    if (cr >= 0 && cr != actor) {
      if (other >= 0 && other != cr) return -1;
      other = cr;
    }
    i = m->t1 - 1;
  }
  if (other >= 0) return other;
  /* (a report that opens with the force's own country: more likely its
   * home port) */
  for (size_t k = 0; k < c->n_m; k++)
    if (c->m[k].kind == NG_M_COUNTRY || c->m[k].kind == NG_M_DEMONYM ||
        c->m[k].kind == NG_M_CAPITAL_GOV) {
      if (c->m[k].country == actor) return -1;
      int topic = topic_country(c, actor);
      if (topic >= 0) return topic;
      /* (else the dateline's: "ULAANBAATAR, June 16 - ... have been at Five
       * Hills since early June") */
      int home = ng_dateline_country(c);
      return home != actor ? home : -1;
    }
  return -1;
}

static const char *const be_words[] = {"is", "are", "remains", "remain",
                                       /* "two liaison officers already work at the X
                                        * Air Command in Lisbon" */
                                       "work", "works", "serve", "serves",
                                       /* "the US Air Force still operates at X" */
                                       "operate", "operates", NULL};
static word_filter be_filter;

static void find_presence(ng_ctx *c, const bool *quoted) {
  for (size_t s = 0; s < c->tk.n_sent; s++) {
    size_t s0 = c->tk.sent[s].first, s1 = c->tk.sent[s].end;
    for (size_t v = s0 + 2; v + 2 < s1; v++) {
      /* (a glance at the first letter before the word lists: every token asks) */
      if (!FIRST_IN(c, v, "iarbwsot")) continue;
      /* "Portuguese instructors train Mozambican commando units in X":
       * trainers of forces are forces where they train them */
      size_t vn = c->tk.tok[v].e - c->tk.tok[v].b; /* (a length first: "the", "to") */
      bool trains = (vn == 5 || vn == 6) && FIRST_IN(c, v, "t") &&
                    in_list(c, v, (const char *const[]){"train", "trains", NULL});
      bool be = trains || in_set(c, v, be_words, &be_filter) ||
                (ng_tok_is(c, v, "been") &&
                 in_list(c, v - 1, (const char *const[]){"has", "have", NULL}));
      if (!be || quoted[v]) continue;
      /* ("Italian instructors will train pilots at X", "will also be": a plan) */
      static const char *const modals[] = {"will", "would", "could", "may", "might", "shall",
                                           "to", "should", "can", NULL};
      size_t mv = v >= s0 + 3 && in_list(c, v - 1, (const char *const[]){"also", "then", "soon",
                                                                          "not", NULL})
                      ? v - 2
                      : v - 1;
      if (in_list(c, mv, modals)) continue;
      size_t p = v + 1;
      bool trains_forces = false;
      if (trains) {
        size_t q = v + 1;
        for (; q < s1 && q <= v + 8 && c->tk.tok[q].type == NG_TOK_WORD; q++) {
          if (in_list(c, q, (const char *const[]){"in", "at", NULL})) break;
          trains_forces |= in_list(c, q, (const char *const[]){"units", "forces", "troops",
                                                               "soldiers", "commandos",
                                                               "marines", "officers", "pilots",
                                                               "cadets", "recruits", NULL});
        }
        if (!trains_forces) continue;
        p = q;
      }
      for (int n = 0; n < 2 && in_list(c, p, (const char *const[]){"currently", "now", "still",
                                                                   "anchored", "docked", "moored",
                                                                   "berthed", "based", "working",
                                                                   "present", "stationed",
                                                                   "serving", "operating", NULL});
           n++)
        p++;
      /* "since Saturday", "since last week"; "as liaison officers at the
       * X Navy's base", "with the regional command in Kasserine": on to
       * the place, past plain words */
      for (int round = 0; round < 3 && p < s1; round++) {
        size_t reach = ng_tok_is(c, p, "since") ? 4
                       : in_list(c, p, (const char *const[]){"as", "with", NULL}) ? 9
                                                                                   : 0;
        if (!reach) break;
        size_t q = p + 1;
        while (q < s1 && q <= p + reach && c->tk.tok[q].type != NG_TOK_PUNCT &&
               !in_list(c, q, (const char *const[]){"in", "at", "with", "since", NULL}))
          q++;
        if (q >= s1 || q > p + reach || c->tk.tok[q].type == NG_TOK_PUNCT) break;
        p = q;
      }
      if (p + 1 >= s1 || !in_list(c, p, (const char *const[]){"in", "at", NULL})) continue;
      /* ("are still working at the Lombrum naval base": at a base, personnel
       * of a country are its forces) */
      bool at_base = false;
      for (size_t q = p + 1; q < s1 && q <= p + 6 && !at_base; q++)
        at_base = in_list(c, q, (const char *const[]){"base", "airbase", "barracks", NULL});
      /* the force: an armed force's name right before the verb ("The
       * Ruritanian Air Force is still at X"), else a unit word before the
       * verb, of a country's force */
      int actor = -1;
      size_t subj = v;
      while (subj > s0 + 1 && in_list(c, subj - 1, (const char *const[]){"still", "currently",
                                                                          "now", "already",
                                                                          "also", "has", "have",
                                                                          NULL}))
        subj--;
      const ng_mention *fm = m_at(c, subj - 1);
      if (fm && fm->t1 == subj && force_name(c, fm)) actor = unit_country(c, fm, false);
      for (size_t n = v; n-- > s0 && v - n <= 16 && actor < 0;) {
        if (is_p(c, n, ';') || (c->trig[n] & NG_TR_SPEECH)) break;
        if (m_at(c, n) || !in_list(c, n, unit_nouns)) continue;
        /* ("a Chinese vessel", "a Russian company": merchants as often as
         * forces; only a force's name makes them military) */
        bool military = trains_forces ||
                        !in_list(c, n, (const char *const[]){"vessel", "vessels", "boat", "boats",
                                                              "ship", "ships", "unit", "units",
                                                              "company", "team", "teams",
                                                              "instructors", "specialists",
                                                              "advisers", "advisors", "trainers",
                                                              "personnel", "officers", NULL}) ||
                        /* "the Argentine patrol vessel NAME", "a naval ship" */
                        (n > s0 && in_list(c, n - 1, (const char *const[]){"patrol", "naval",
                                                                           "navy", "military",
                                                                           "warfare", "army",
                                                                           "liaison", NULL})) ||
                        (at_base && !in_list(c, n, (const char *const[]){"vessel", "vessels",
                                                                         "boat", "boats", "ship",
                                                                         "ships", "company",
                                                                         NULL}));
        for (size_t b = n; b-- > s0 && n - b <= 4 && actor < 0;)
          actor = unit_country(c, m_at(c, b), military && b + 3 >= n);
        size_t o = n + 1;
        /* "the patrol boat "Sadh" of the Omani Navy": past the name */
        for (size_t q = o; actor < 0 && q < v && q <= n + 4; q++) {
          if (ng_tok_is(c, q, "of")) {
            o = q;
            break;
          }
          if (m_at(c, q) || (c->tk.tok[q].type != NG_TOK_QUOTE &&
                             !(c->tk.tok[q].type == NG_TOK_WORD &&
                               (c->tk.tok[q].flags & NG_TF_CAP))))
            break;
        }
        if (actor < 0 && ng_tok_is(c, o, "of")) {
          o = TOK_IS_CI(c, o + 1, "the") ? o + 2 : o + 1;
          /* ("a detachment of 38 Chilean Army personnel") */
          while (o + 1 < v && c->tk.tok[o].type == NG_TOK_NUM) o++;
          if (o < v) actor = unit_country(c, m_at(c, o), false);
        }
        break;
      }
      if (actor < 0 || non_factual(c, s0, v)) continue;
      int loc_country = -1;
      /* (where forces are, a place must be named: a town of the second
       * rank may be it, "at the Southern Command in Tamale") */
      size_t loc_end;
      int loc = deploy_location_at(c, p, s1, &loc_country, &loc_end, true);
      /* "has been moored in Mindport since Sunday", "in the port of X": a
       * port the gazetteer does not know is one of the country the report
       * is about */
      if (loc < 0) {
        size_t q = p + 1;
        if (TOK_IS_CI(c, q, "the") &&
            in_list(c, q + 1, (const char *const[]){"port", "harbour", "harbor", NULL}) &&
            ng_tok_is(c, q + 2, "of"))
          q += 3;
        if (q < s1 && unknown_name(c, q)) loc = loc_country = other_country(c, s0, s1, actor);
      }
      if (loc < 0 || loc_country < 0 || loc_country == actor) continue;
      deployment_event(c, actor, loc, 0.6, s0, s1);
      break;
    }
  }
}

/* A country's military mission abroad: "the Ruritanian Military Mission
 * for Training continues to operate in Chad", "a Dutch military mission
 * in Mali" -- a demonym and "military mission" (a name's capitalised
 * words may follow), then where it is or works. */
static void find_missions(ng_ctx *c, const bool *quoted, const uint32_t *tbits) {
  for (size_t s = 0; s < c->tk.n_sent; s++) {
    /* ("military" is a type word of agreements: sentences without one pass) */
    if (!(tbits[s] & NG_TR_AGREE_TYPE)) continue;
    size_t s0 = c->tk.sent[s].first, s1 = c->tk.sent[s].end;
    for (size_t k = s0 + 2; k + 2 < s1; k++) {
      if (!(c->trig[k - 1] & NG_TR_AGREE_TYPE) || !TOK_IS_CI(c, k - 1, "military") ||
          !TOK_IS_CI(c, k, "mission") || quoted[k])
        continue;
      const ng_mention *dm = m_at(c, k - 2);
      if (!dm || dm->kind != NG_M_DEMONYM) continue;
      int actor = dm->country;
      /* past the name: "for Assistance and Cooperation" */
      size_t i = k + 1;
      if (TOK_IS(c, i, "for") || TOK_IS(c, i, "of")) {
        i++;
        while (i < s1 && (TOK_IS(c, i, "and") || (c->tk.tok[i].type == NG_TOK_WORD &&
                                                  (c->tk.tok[i].flags & NG_TF_CAP) && !m_at(c, i))))
          i++;
      }
      /* where: "in Chad"; "(continues to) operate|serve|is based in Chad" */
      for (int n = 0; n < 3 && in_list(c, i, (const char *const[]){"continues", "continue", "to",
                                                                   "has", "have", "been",
                                                                   "is", "remains", NULL});
           n++)
        i++;
      if (in_list(c, i, (const char *const[]){"operate", "operates", "operating", "operated",
                                              "based", "serve", "serves", "serving",
                                              "stationed", "deployed", NULL}))
        i++;
      if (!TOK_IS(c, i, "in")) continue;
      const ng_mention *m = m_at(c, i + 1);
      if (!m || m->t0 != i + 1 || m->kind != NG_M_COUNTRY || m->country == actor ||
          non_factual(c, s0, k))
        continue;
      deployment_event(c, actor, m->country, 0.6, s0, s1);
      break;
    }
  }
}

/* The country a factbox's title places forces in: "Who keeps troops in
 * Ruritania", "FACTBOX-Foreign military bases in Ruritania" -- a force or
 * base word, then "in|at" and a country; or -1. */
static int factbox_host(const ng_ctx *c) {
  if (!c->tk.n_sent) return -1;
  size_t s0 = c->tk.sent[0].first, s1 = c->tk.sent[0].end;
  for (size_t k = s0; k + 2 < s1; k++) {
    if (!(c->trig[k] & NG_TR_DEPLOY) &&
        !(FIRST_IN(c, k, "bf") &&
          in_list(c, k, (const char *const[]){"bases", "base", "forces", NULL})))
      continue;
    size_t i = k + 1;
    if (!in_list(c, i, (const char *const[]){"in", "at", NULL})) continue;
    const ng_mention *m = m_at(c, i + 1);
    return m && m->kind == NG_M_COUNTRY ? m->country : -1;
  }
  return -1;
}

/* A factbox's bullets, one a country ("* RURITANIA: Ruritania keeps about
 * 90 troops at its base near the airport"): forces told in the bullet's
 * first sentence are in the country of the factbox's title. */
static void find_factbox(ng_ctx *c, const bool *quoted) {
  int host = -2;
  for (size_t s = 1; s < c->tk.n_sent; s++) {
    size_t s0 = c->tk.sent[s].first, s1 = c->tk.sent[s].end;
    /* (a bullet's mark first: most sentences fail on it) */
    if (s0 + 3 >= s1 || c->tk.tok[s0].type != NG_TOK_PUNCT ||
        !(c->tk.tok[s0].flags & NG_TF_LINE_START) ||
        !(is_p(c, s0, '*') || is_p(c, s0, '-') || ng_tok_is(c, s0, "\xE2\x80\xA2")))
      continue;
    const ng_mention *lm = m_at(c, s0 + 1);
    if (!lm || lm->kind != NG_M_COUNTRY || lm->t0 != s0 + 1 || !is_p(c, lm->t1, ':')) continue;
    if (host == -2) host = factbox_host(c);
    if (host < 0) return;
    int actor = lm->country;
    if (actor == host) continue;
    for (size_t k = lm->t1 + 1; k < s1; k++) {
      bool force = (c->trig[k] & NG_TR_DEPLOY) ||
                   (FIRST_IN(c, k, "pf") &&
                    in_list(c, k, (const char *const[]){"personnel", "forces", NULL}));
      /* "have run a base near the airport since 2011"; not "to build a base" */
      if (!force && FIRST_IN(c, k, "b") &&
          in_list(c, k, (const char *const[]){"base", "bases", NULL}) && k > lm->t1 + 2) {
        size_t v = k - 1;
        for (int n = 0; n < 3 && in_list(c, v, (const char *const[]){"a", "an", "its", "their",
                                                                     "small", "large", "military",
                                                                     "naval", "air", NULL});
             n++)
          v--;
        force = in_list(c, v, (const char *const[]){"run", "runs", "ran", "operates", "operated",
                                                    "keeps", "kept", "maintains", "has", "have",
                                                    NULL});
      }
      if (!force) continue;
      if (quoted[k] || non_factual(c, s0, k) || planned_act(c, s0, k) || unrealized(c, s0, k))
        break;
      /* "Finland will send 50 troops next year": a plan, not a presence */
      bool plan = false;
      for (size_t i = lm->t1 + 1; i < k && !plan; i++)
        plan = (c->trig[i] & (NG_TR_PLANNED | NG_TR_HYPO | NG_TR_NEG)) ||
               in_list(c, i, (const char *const[]){"will", "would", "may", "might", "could",
                                                   "shall", NULL});
      if (plan) break;
      /* another place named with them is theirs to tell (the rules above) */
      bool elsewhere = false;
      for (size_t i = lm->t1 + 1; i < s1 && !elsewhere; i++) {
        const ng_mention *m = m_at(c, i);
        if (!m) continue;
        elsewhere = (m->kind == NG_M_COUNTRY && m->country != actor && m->country != host) ||
                    (m->kind == NG_M_PLACE && m->country != host);
        i = m->t1 - 1;
      }
      if (elsewhere) break;
      deployment_event(c, actor, host, 0.6, s0, s1);
      break;
    }
  }
}

/* Events with equal keys are one event (statements are never merged here). */
static void event_key(const ng_event *e, ng_buf *out) {
  ng_buf_clear(out);
  bool meeting = e->kind == NG_EV_MEETING;
  add_int(out, (int)e->kind); /* "%d|%s|%d-%d-%d" */
  ng_buf_addc(out, '|');
  ng_buf_adds(out, e->subtype ? e->subtype : "-");
  ng_buf_addc(out, '|');
  add_int(out, meeting ? e->date.y : 0);
  ng_buf_addc(out, '-');
  add_int(out, meeting ? e->date.m : 0);
  ng_buf_addc(out, '-');
  add_int(out, meeting ? e->date.d : 0);
  /* arguments in a canonical order */
  ng_arg tmp[32];
  size_t n = e->n_args < 32 ? e->n_args : 32;
  if (n) memcpy(tmp, e->args, n * sizeof *tmp);
  for (size_t i = 1; i < n; i++)
    for (size_t j = i; j > 0 && (tmp[j - 1].role > tmp[j].role ||
                                 (tmp[j - 1].role == tmp[j].role && tmp[j - 1].ent > tmp[j].ent));
         j--) {
      ng_arg x = tmp[j];
      tmp[j] = tmp[j - 1];
      tmp[j - 1] = x;
    }
  for (size_t i = 0; i < n; i++) { /* "|%d:%d" */
    ng_buf_addc(out, '|');
    add_int(out, (int)tmp[i].role);
    ng_buf_addc(out, ':');
    add_int(out, tmp[i].ent);
  }
}

/* Same-document duplicates (same kind, subtype and arguments) become one event
 * with several mentions; found through a map, so linear in the events. */
static void dedupe(ng_ctx *c) {
  ng_facts *f = c->f;
  size_t n = 0; /* events that can be merged: with one or none, nothing to do */
  for (size_t i = c->ev_base; i < f->n_ev && n < 2; i++) n += f->ev[i].kind != NG_EV_STATEMENT;
  if (n < 2) return;
  ng_strmap *seen = ng_strmap_new();
  ng_buf key;
  ng_buf_init(&key);
  size_t *slot = ng_xmalloc((f->n_ev + 1) * sizeof *slot);
  bool *drop = ng_xcalloc(f->n_ev - c->ev_base + 1, sizeof *drop);
  for (size_t i = c->ev_base; i < f->n_ev; i++) {
    if (f->ev[i].kind == NG_EV_STATEMENT) continue;
    event_key(&f->ev[i], &key);
    size_t *j = ng_strmap_get(seen, key.data);
    if (j) {
      ng_event *keep = &f->ev[*j];
      for (size_t k = 0; k < f->ev[i].n_mentions; k++) ng_ev_span(keep, f->ev[i].mentions[k]);
      if (f->ev[i].confidence > keep->confidence) keep->confidence = f->ev[i].confidence;
      drop[i - c->ev_base] = true;
      continue;
    }
    slot[i] = i;
    ng_strmap_put(seen, key.data, &slot[i]);
  }
  ng_ev_drop(f, c->ev_base, drop);
  free(drop);
  free(slot);
  ng_buf_free(&key);
  ng_strmap_free(seen, NULL);
}

/* "Peru, a core member of the U.S.-led coalition", "Chile, a founding member
 * of the alliance": an apposition naming membership of a coalition or an
 * international organization. */
static const char *const joined_words[] = {"joined", "joins", "has", NULL};
static const char *const member_verbs[] = {"as", "is", "was", "remains", "became", NULL};
static word_filter joined_filter, member_verbs_filter;

static void find_memberships(ng_ctx *c) {
  for (size_t i = 0; i + 4 < c->tk.n; i++) {
    const ng_mention *m = m_at(c, i);
    if (!m || m->kind != NG_M_COUNTRY) continue;
    size_t k = m->t1;
    if (in_set(c, k, joined_words, &joined_filter)) {
      /* "Chile joined the alliance", "Chile has joined NATO" */
      if (ng_tok_is(c, k, "has")) k++;
      if (!ng_tok_is(c, k, "joined") && !ng_tok_is(c, k, "joins")) continue;
      k++;
    } else {
      /* "Peru, a core member of", "counts Peru as a key member of", "Chile is a member of" */
      if (!(is_p(c, k, ',') || in_set(c, k, member_verbs, &member_verbs_filter)))
        continue;
      k++;
      if (!(TOK_IS_CI(c, k, "a") || TOK_IS_CI(c, k, "an") || TOK_IS_CI(c, k, "the")))
        continue;
      size_t stop = k + 5;
      while (k < c->tk.n && k < stop && !ng_tok_is(c, k, "member")) k++;
      if (!ng_tok_is(c, k, "member") || !ng_tok_is(c, k + 1, "of")) continue;
      k += 2;
    }
    if (TOK_IS_CI(c, k, "the")) k++;
    const ng_mention *g = m_at(c, k);
    if (!g || g->kind != NG_M_ORG || c->tk.tok[i].sent != c->tk.tok[k].sent) continue;
    ng_org_class oc = c->f->ent[g->ent].org_class;
    if (oc != NG_ORG_COALITION && oc != NG_ORG_INTL) continue;
    ng_facts *f = c->f;
    bool dup = false;
    for (size_t j = 0; j < f->n_member; j++)
      dup |= f->member[j].member == m->country && f->member[j].group == g->ent;
    if (dup) continue;
    if (f->n_member == f->cap_member) {
      f->cap_member = f->cap_member ? f->cap_member * 2 : 4;
      f->member = ng_xrealloc(f->member, f->cap_member * sizeof *f->member);
    }
    f->member[f->n_member].member = m->country;
    f->member[f->n_member].group = g->ent;
    f->n_member++;
  }
}

/* Every word_filter above, made once for all threads.  (A filter left out
 * here stays all zeros and rules out every token: each one declared must
 * be made.) */
static pthread_once_t filters_once = PTHREAD_ONCE_INIT;

static void make_filters(void) {
  deny_filter = filter_of(deny_words);
  false_filter = filter_of(false_words);
  unmade_filter = filter_of(unmade);
  aircraft_filter = filter_of(aircraft_words);
  sign_filter = filter_of(sign_verbs);
  giving_filter = filter_of(giving);
  more_items_filter = filter_of(more_items);
  civil_kit_filter = filter_of(civil_kit);
  weapons_filter = filter_of(weapons);
  civil_topics_filter = filter_of(civil_topics);
  subordinators_filter = filter_of(subordinators);
  be_filter = filter_of(be_words);
  kept_filter = filter_of(kept_words);
  opened_filter = filter_of(opened_words);
  when_leads_filter = filter_of(when_leads);
  when_nouns_filter = filter_of(when_nouns);
  violation_filter = filter_of(violation_words);
  list_glue_filter = filter_of(list_glue);
  rumour_filter = filter_of(rumour_nouns);
  clearance_filter = filter_of(clearance_nouns);
  unmade_acts_filter = filter_of(unmade_acts);
  unmade_glue_filter = filter_of(unmade_glue);
  force_plurals_filter = filter_of(force_plurals);
  receive_filter = filter_of(receive_words);
  topic_stops_filter = filter_of(topic_stops);
  plan_glue_filter = filter_of(plan_glue);
  joined_filter = filter_of(joined_words);
  member_verbs_filter = filter_of(member_verbs);
  shr_filter = filter_of(shr);
  geo_filter = filter_of(geo);
  report_nouns_filter = filter_of(report_nouns);
}

/* An airspace permission whose grantor or grantee the text did not let us
 * find ("Havana would not allow foreign spy planes to cross", "refused to
 * let the same three aircraft cross") is dropped once every rule has run
 * (the rules above may read it to complete a later sentence's fact): a
 * half-known permission says little, and the merge key of one would join
 * every other report of that country's refusals across documents. */
static void drop_half_airspace(ng_ctx *c) {
  ng_facts *f = c->f;
  bool *drop = NULL;
  for (size_t i = c->ev_base; i < f->n_ev; i++) {
    const ng_event *e = &f->ev[i];
    if (e->kind != NG_EV_AIRSPACE ||
        (role_ent(e, NG_ROLE_GRANTOR) >= 0 && role_ent(e, NG_ROLE_GRANTEE) >= 0))
      continue;
    if (!drop) drop = ng_xcalloc(f->n_ev - c->ev_base + 1, sizeof *drop);
    drop[i - c->ev_base] = true;
  }
  if (drop) ng_ev_drop(f, c->ev_base, drop);
  free(drop);
}

void ng_extract_events(ng_ctx *c) {
  pthread_once(&filters_once, make_filters);
  find_memberships(c);
  c->report_denied = doc_denies_report(c);
  bool *quoted = quoted_mask(c);
  corrected_claims(c, quoted);
  novel_plot(c, quoted);
  uint32_t *tbits = sentence_trig(c);
  agreement *as = NULL;
  size_t na = 0;
  find_agreements(c, quoted, &as, &na);
  type_from_description(c, quoted, as, na);
  find_basing(c, quoted, tbits, &as, &na);
  if (na) {
    /* a country said elsewhere to be no party leaves a larger group */
    int np[8];
    size_t nn = non_parties(c, np, 8);
    for (size_t i = 0; i < na && nn; i++)
      for (size_t j = 0; j < nn; j++)
        for (size_t p = 0; p < as[i].n_party && as[i].n_party > 2; p++)
          if (as[i].party[p] == np[j]) as[i].party[p] = as[i].party[--as[i].n_party];
  }
  emit_agreements(c, as, na);
  free(as);
  find_airspace(c, quoted, tbits);
  find_meetings(c, quoted, tbits);
  find_pair_meetings(c, quoted, tbits);
  find_arms(c, quoted);
  find_deployments(c, quoted, tbits);
  find_presence(c, quoted);
  find_missions(c, quoted, tbits);
  find_factbox(c, quoted);
  find_units_abroad(c, quoted);
  find_foreign_bases(c, quoted, tbits);
  drop_half_airspace(c);
  free(tbits);
  free(quoted);
  dedupe(c);
  ng_posts_by_counterpart(c);
}
