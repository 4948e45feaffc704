/* quotes.c - direct quotations and who said them.
 *
 * Quotation marks are paired per paragraph: “ opens, ” closes, straight "
 * toggles, „ opens and “ closes it; single quotation marks (headlines and
 * scare quotes use them, British papers quote with them) quote only where
 * a speech verb attributes them.  A closing mark with no opening one quotes
 * from the paragraph's start ("missing opening mark"); an opening mark with
 * no closing one runs to the paragraph's end (a quote continued in the next
 * paragraph).
 * Short quotes (under four words) are statements only when a speech verb
 * stands right beside them: otherwise they are scare quotes ("focus").
 *
 * The speaker is, in order: a person/organization right after the quote with
 * a speech verb (", Mehta said"), the subject of a speech verb before the
 * quote in the same sentence ("Mehta ... said it was to “...”"), a pronoun
 * resolved to the sentence's first person or the previous speaker, and for a
 * paragraph that is only a quote, the previous quote's speaker. */
#include "extractor/internal.h"

#include <string.h>
#include <strings.h>

typedef struct {
  size_t q0, q1;   /* token range of the quoted words */
  size_t open_t;   /* token of the opening mark, or q0 if none */
  size_t close_t;  /* token of the closing mark, or q1 if none */
  bool single;     /* in single marks: a quotation only beside a speech verb */
} qspan;

/* Token i is one of WORDS (lower case), ignoring ASCII case. */
static bool in_words(const ng_ctx *c, size_t i, const char *const *words) {
  for (size_t k = 0; words[k]; k++)
    if (ng_tok_is_ci(c, i, words[k])) return true;
  return false;
}

/* Token i is the quotation mark MARK (UTF-8). */
static bool mark_is(const ng_ctx *c, size_t i, const char *mark) {
  size_t n = strlen(mark);
  return c->tk.tok[i].e - c->tk.tok[i].b == n && !memcmp(c->doc->text + c->tk.tok[i].b, mark, n);
}

/* Token i is a colon. */
static bool is_colon(const ng_ctx *c, size_t i) {
  return c->tk.tok[i].type == NG_TOK_PUNCT && c->doc->text[c->tk.tok[i].b] == ':';
}

/* Token i is a possessive "'s" ("Koffi's spokesman"). */
static bool is_poss(const ng_ctx *c, size_t i) {
  if (i >= c->tk.n) return false;
  size_t n = c->tk.tok[i].e - c->tk.tok[i].b;
  const char *t = c->doc->text + c->tk.tok[i].b;
  return (n == 2 && t[0] == '\'' && (t[1] == 's' || t[1] == 'S')) ||
         (n == 4 && !memcmp(t, "\xE2\x80\x99", 3) && (t[3] == 's' || t[3] == 'S'));
}

static bool is_pronoun(const ng_ctx *c, size_t i) {
  return ng_tok_is_ci(c, i, "he") || ng_tok_is_ci(c, i, "she");
}

static const ng_mention *m_at(const ng_ctx *c, size_t i) {
  return i < c->tk.n && c->tok_m[i] >= 0 ? &c->m[c->tok_m[i]] : NULL;
}

/* Mentions X and M are the same words, ignoring case. */
static bool same_words(const ng_ctx *c, const ng_mention *x, const ng_mention *m) {
  if (x->t1 - x->t0 != m->t1 - m->t0) return false;
  for (uint32_t k = 0; k < m->t1 - m->t0; k++) {
    size_t a, b;
    const char *sa = ng_tok_text(c, x->t0 + k, &a), *sb = ng_tok_text(c, m->t0 + k, &b);
    if (a != b || strncasecmp(sa, sb, a)) return false;
  }
  return true;
}

/* Of the people CANDS, the one an earlier title in the very words of
 * title M introduced ("External Affairs Minister Shri Vikram Rao and
 * Foreign Minister Donnelly ... the External Affairs Minister said":
 * both posts are Foreign Minister, one was called so), or -1. */
static int named_by_same_title(const ng_ctx *c, const ng_mention *m, const int *cands,
                               size_t n_cand) {
  int who = -1;
  for (const ng_mention *x = c->m; x < m && x < c->m + c->n_m; x++) {
    if (x->kind != NG_M_TITLE || x->plural || !same_words(c, x, m)) continue;
    /* the person right after it, past honorifics and a comma */
    size_t i = x->t1;
    while (i < c->tk.n && i < x->t1 + 4 &&
           ((m_at(c, i) && m_at(c, i)->kind == NG_M_TITLE) || ng_tok_is(c, i, ",")))
      i = m_at(c, i) ? m_at(c, i)->t1 : i + 1;
    const ng_mention *p = m_at(c, i);
    /* (or the person right before it, in apposition: "signed by General
     * NAME, Minister of the Armed Forces, and ...") */
    if (!p || p->kind != NG_M_PERSON) {
      size_t b = x->t0;
      if (b > 0 && ng_tok_is_ci(c, b - 1, "the")) b--;
      p = b >= 2 && ng_tok_is(c, b - 1, ",") ? m_at(c, b - 2) : NULL;
    }
    if (!p || p->kind != NG_M_PERSON) continue;
    for (size_t k = 0; k < n_cand; k++)
      if (cands[k] == p->ent) {
        if (who >= 0 && who != p->ent) return -1;
        who = p->ent;
      }
  }
  return who;
}

/* No post with title M's: the one person an earlier mention of that title
 * introduces, past its portfolio, a state's long form (of COUNTRY, when
 * COUNTRY >= 0), a comma and honorifics ("Her Excellency the Minister of
 * State for Defence of the Republic of Togo, Mrs. NAME, signed ..." then
 * "the Minister of State for Defence of Togo declared"), or -1.  SAME: only
 * an earlier mention in the very words of M, and past a rank too ("the
 * Minister of National Defence and Veterans of X, General NAME"). */
static int introduced_by_title(const ng_ctx *c, const ng_mention *m, int country, bool same) {
  int who = -1;
  /* (the 256 mentions before M at most: linear in long documents) */
  const ng_mention *from = m - c->m > 256 ? m - 256 : c->m;
  for (const ng_mention *x = from; x < m && x < c->m + c->n_m; x++) {
    if (x->kind != NG_M_TITLE || x->plural || !x->title || strcmp(x->title, m->title) ||
        (same && !same_words(c, x, m)))
      continue;
    bool ok = country < 0;
    const ng_mention *p = NULL;
    bool comma = false;
    uint32_t para = c->tk.tok[x->t0].para;
    for (size_t i = x->t1; i < c->tk.n && i < x->t1 + 14 && c->tk.tok[i].para == para;) {
      const ng_mention *y = m_at(c, i);
      if (y && y->kind == NG_M_PERSON) {
        p = y;
        break;
      }
      if (y && (y->kind == NG_M_COUNTRY || y->kind == NG_M_CAPITAL_GOV)) {
        ok |= y->country == country;
        i = y->t1;
        continue;
      }
      if (y && y->kind == NG_M_TITLE &&
          (!strcmp(y->scope, "honorific") || (same && !strcmp(y->scope, "rank")))) {
        i = y->t1;
        continue;
      }
      /* (past the comma only the name and how it is addressed: "the Minister
       * of X, and His Excellency Mr. NAME" is someone else) */
      if (y || comma ||
          !(ng_tok_is(c, i, ",") || ng_tok_is(c, i, "of") || ng_tok_is(c, i, "for") ||
            ng_tok_is(c, i, "the") || (same && ng_tok_is(c, i, "and")) ||
            (c->tk.tok[i].type == NG_TOK_WORD && (c->tk.tok[i].flags & NG_TF_CAP))))
        break;
      comma = ng_tok_is(c, i, ",");
      i++;
    }
    if (!p || !ok) continue;
    if (who >= 0 && who != p->ent) return -1;
    who = p->ent;
  }
  return who;
}

/* "the External Affairs Minister said": the one person of this document
 * holding a post with that title, or -1. */
static int title_holder(const ng_ctx *c, const ng_mention *m) {
  if (!m || m->kind != NG_M_TITLE || m->plural || !m->title) return -1;
  if (!strcmp(m->scope, "honorific")) return -1;
  /* "the general said": a rank names no post, only the person a recent
   * sentence gives that rank (below) */
  bool rank = !strcmp(m->scope, "rank");
  if (rank && (m->t0 == 0 || !ng_tok_is_ci(c, m->t0 - 1, "the"))) return -1;
  /* "the Brazilian minister said": a post of that country whose title ends
   * so ("Justice Minister") */
  const ng_mention *d = m->t0 > 0 ? m_at(c, m->t0 - 1) : NULL;
  /* ("In her remarks, the Hon. Minister stated": "the" before an honorific
   * the post is addressed with) */
  size_t lead = m->t0;
  while (lead > 0 && m_at(c, lead - 1) && m_at(c, lead - 1)->kind == NG_M_TITLE &&
         !strcmp(m_at(c, lead - 1)->scope, "honorific") && m_at(c, lead - 1)->t0 < lead)
    lead = m_at(c, lead - 1)->t0;
  int country = -1;
  if (d && d->kind == NG_M_DEMONYM && d->t0 > 0 && ng_tok_is_ci(c, d->t0 - 1, "the"))
    country = d->country;
  else if (m->t0 >= 2 && is_poss(c, m->t0 - 1) && m_at(c, m->t0 - 2) &&
           (m_at(c, m->t0 - 2)->kind == NG_M_COUNTRY ||
            m_at(c, m->t0 - 2)->kind == NG_M_CAPITAL_GOV))
    country = m_at(c, m->t0 - 2)->country; /* "Ghana's foreign minister said" */
  else if ((lead == 0 || !ng_tok_is_ci(c, lead - 1, "the")) &&
           /* ("Speaking on the occasion, Raksha Mantri said:": a capitalized
            * post standing for its holder, right before the verb, as Indian
            * and translated releases write) */
           !(m->t1 < c->tk.n && (c->trig[m->t1] & NG_TR_SPEECH) &&
             (c->tk.tok[m->t0].flags & NG_TF_CAP) && !(c->tk.tok[m->t0].flags & NG_TF_ALLCAPS) &&
             (m->t0 == 0 || !(c->tk.tok[m->t0 - 1].type == NG_TOK_WORD &&
                              (c->tk.tok[m->t0 - 1].flags & NG_TF_CAP)))))
    return -1;
  /* "the minister from Togo said" (and "the Minister of Defence of the
   * Republic of Togo stressed", "the Minister of State for Defence of
   * Togo declared": past a portfolio and a state's long form, a country
   * named at their end) */
  const ng_mention *a = m_at(c, m->t1 + 1);
  bool of = ng_tok_is(c, m->t1, "from") || ng_tok_is(c, m->t1, "of");
  if (!a && (ng_tok_is(c, m->t1, "of") || ng_tok_is(c, m->t1, "for"))) {
    size_t j = m->t1 + 1;
    while (j < c->tk.n && j < m->t1 + 8 && !m_at(c, j) && c->tk.tok[j].type == NG_TOK_WORD &&
           ((c->tk.tok[j].flags & NG_TF_CAP) || ng_tok_is(c, j, "of") || ng_tok_is(c, j, "the")))
      j++;
    if (j < c->tk.n && (ng_tok_is(c, j - 1, "of") || ng_tok_is(c, j - 1, "the"))) {
      a = m_at(c, j);
      of = true;
    }
  }
  if (country < 0 && of && a && (a->kind == NG_M_COUNTRY || a->kind == NG_M_CAPITAL_GOV))
    country = a->country;
  size_t tl = strlen(m->title);
  int who = -1;
  if (rank) goto described;
  /* "His Excellency the Minister of National Defence and Veterans of X
   * underlined that": a title with its portfolio, in the very words that
   * introduced a person earlier, is that person, whatever post another
   * holds under the same name */
  if (m->t1 - m->t0 >= 3) {
    who = introduced_by_title(c, m, country, true);
    if (who >= 0) return who;
  }
  enum { MAXC = 8 };
  int cands[MAXC];
  bool bare[MAXC]; /* the candidate's post names no country */
  size_t n_cand = 0;
  for (size_t i = 0; i < c->f->n_post; i++) {
    const ng_post *p = &c->f->post[i];
    if ((size_t)p->person < c->ent_base) continue;
    size_t pl = strlen(p->title);
    /* (and "the Senegalese minister": a "Minister Delegate ..." of that country) */
    bool same = !strcmp(p->title, m->title) ||
                (country >= 0 && pl > tl && p->title[pl - tl - 1] == ' ' &&
                 !strcmp(p->title + pl - tl, m->title)) ||
                (country >= 0 && !strcmp(m->title, "Minister") &&
                 !strncmp(p->title, "Minister ", 9)) ||
                /* "the minister said": the one minister of a portfolio the
                 * document names (a head of government or a deputy is no
                 * "minister") */
                (!strcmp(m->title, "Minister") && pl > 9 &&
                 !strcmp(p->title + pl - 9, " Minister") && !strstr(p->title, "Prime Minister") &&
                 strncmp(p->title, "Deputy ", 7) && strncmp(p->title, "Vice ", 5)) ||
                /* (and a portfolio written out: "Minister of Foreign Affairs") */
                (!strcmp(m->title, "Minister") &&
                 (!strncmp(p->title, "Minister of ", 12) || !strncmp(p->title, "Minister for ", 13)));
    if (!same || (country >= 0 && (p->of < 0 || ng_ent_country_of(c, p->of) != country))) continue;
    bool seen = false;
    for (size_t k = 0; k < n_cand; k++)
      if (cands[k] == p->person) {
        seen = true;
        bare[k] |= p->of < 0;
      }
    if (seen) continue;
    if (n_cand == MAXC) return -1;
    bare[n_cand] = p->of < 0;
    cands[n_cand++] = p->person;
    who = p->person;
  }
  if (n_cand > 1) {
    /* two of them: the one this paragraph or the one before names, if it
     * names only one ("Foreign Minister A met B and C. ¶ Speaking on her
     * return, A said ... ¶ “...,” the minister said": A) */
    size_t sent = c->tk.tok[m->t0].sent;
    uint32_t para = c->tk.sent[sent].para;
    who = -1;
    bool two = false;
    for (size_t i = m->t0; i-- > 0 && m->t0 - i < 400 && c->tk.tok[i].para + 1 >= para && !two;) {
      const ng_mention *x = m_at(c, i);
      if (!x || x->kind != NG_M_PERSON) continue;
      for (size_t k = 0; k < n_cand; k++)
        if (cands[k] == x->ent) {
          two |= who >= 0 && who != x->ent;
          who = x->ent;
        }
      i = x->t0;
    }
    if (who >= 0 && !two) return who;
    who = named_by_same_title(c, m, cands, n_cand);
    /* ("the Minister of Defence, A, and the Netherlands Minister of
     * Defence, B, signed ... . The Minister stated:": a release's own
     * minister, the one whose post it names without a country) */
    if (who < 0 && country < 0) {
      size_t nb = 0;
      for (size_t k = 0; k < n_cand; k++)
        if (bare[k]) nb++, who = cands[k];
      if (nb != 1) who = -1;
    }
    return who;
  }
  if (who >= 0) return who;
  if (country >= 0) return introduced_by_title(c, m, country, false);
described:;
  /* no post with that title: the person a recent sentence (this paragraph or
   * the one before) describes with it ("Mbeki has run the province as its
   * military governor ..." then "the governor said") */
  size_t sent = c->tk.tok[m->t0].sent;
  uint32_t para = c->tk.sent[sent].para;
  for (size_t s = sent; s-- > 0 && sent - s <= 4 && c->tk.sent[s].para + 1 >= para;) {
    /* the person nearest before the title ("met NAME, who has served as the
     * regional governor"), else the first after it */
    int before = -1, after = -1;
    bool titled = false;
    for (size_t i = c->tk.sent[s].first; i < c->tk.sent[s].end; i++) {
      const ng_mention *x = m_at(c, i);
      if (!x) continue;
      if (x->kind == NG_M_PERSON && !titled) before = x->ent;
      if (x->kind == NG_M_PERSON && titled && after < 0) after = x->ent;
      size_t xl = x->title ? strlen(x->title) : 0;
      if (x->kind == NG_M_TITLE && !x->plural && x->title &&
          (!strcmp(x->title, m->title) ||
           /* ("Lieutenant General NAME ... the general said") */
           (rank && xl > tl && x->title[xl - tl - 1] == ' ' &&
            !strcmp(x->title + xl - tl, m->title))) &&
          !titled)
        titled = true;
      i = x->t1 - 1;
    }
    if (titled) return before >= 0 ? before : after;
  }
  return -1;
}

static int speaker_ent(const ng_mention *m) {
  if (!m) return -1;
  if (m->kind == NG_M_PERSON || m->kind == NG_M_ORG) return m->ent;
  return -1;
}

/* "a senior State Department official said" -> the State Department;
 * "the official said" -> the organization of the nearest earlier "ORG
 * official".  AT is the token "official" (or "officials", "spokesman"...). */
static int officials_org(const ng_ctx *c, size_t at) {
  for (size_t i = at + 1; i-- > 0 && at - i < 400;) {
    if (!(ng_tok_is_ci(c, i, "official") || ng_tok_is_ci(c, i, "officials"))) continue;
    if (i > 0 && c->tok_m[i - 1] >= 0 && c->m[c->tok_m[i - 1]].kind == NG_M_ORG)
      return c->m[c->tok_m[i - 1]].ent;
    if (i == at) continue;
  }
  return -1;
}

/* First person mention in [from, to), or -1. */
static int first_person(const ng_ctx *c, size_t from, size_t to) {
  for (size_t i = from; i < to && i < c->tk.n; i++) {
    const ng_mention *m = m_at(c, i);
    if (m && m->kind == NG_M_PERSON) return m->ent;
  }
  return -1;
}

/* After the double quotation mark at token I, is the text quoted? IN: as
 * it was before. */
static bool quote_state(const ng_ctx *c, size_t i, bool in) {
  const ng_token *t = &c->tk.tok[i];
  if (t->type != NG_TOK_QUOTE || t->single) return in;
  return t->quote == NG_Q_OPEN ? true : t->quote == NG_Q_CLOSE ? false : !in;
}

/* Is token I inside a quotation (of double marks) of its paragraph? */
static bool quoted_at(const ng_ctx *c, size_t i) {
  bool in = false;
  for (size_t k = i; k-- > 0 && c->tk.tok[k].para == c->tk.tok[i].para;) {
    const ng_token *t = &c->tk.tok[k];
    if (t->type == NG_TOK_QUOTE && !t->single && t->quote != NG_Q_AMBIG)
      return t->quote == NG_Q_OPEN; /* (the nearest sure mark says) */
    if (t->type == NG_TOK_QUOTE && !t->single) in = !in;
  }
  return in;
}

/* first_person for a "he"/"she": a transcript's speaker tag ("LEE: The
 * minister was direct. He told us ...") is the one talking, not the one
 * talked of, so it is skipped; so is anyone named inside a quotation ("“The
 * Prime Minister was clear,” she said" is not the prime minister's). */
static int turn_speaker(const ng_ctx *c, size_t at);

/* Is mention M the label that opens a transcript's turn ("NAME:", "NAME
 * (host):")? */
static bool turn_label(const ng_ctx *c, const ng_mention *m) {
  return (c->tk.tok[m->t0].flags & NG_TF_PARA_START) && turn_speaker(c, m->t0) == m->ent;
}

/* Steps over token I of a walk that began at a token IN tells (quoted_at)
 * whether it was inside quotation marks: true if I is outside them. */
static bool outside_quotes(const ng_ctx *c, size_t i, bool *in) {
  bool was = *in;
  *in = quote_state(c, i, *in);
  return !was && !*in;
}

static int first_third_person(const ng_ctx *c, size_t from, size_t to) {
  bool in = from < c->tk.n && quoted_at(c, from);
  for (size_t i = from; i < to && i < c->tk.n; i++) {
    if (!outside_quotes(c, i, &in)) continue;
    const ng_mention *m = m_at(c, i);
    /* "The minister arrived late. Her reply: ..." (the one holding that post;
     * not in "the prime minister's spokesman", who is someone else) */
    if (m && m->kind == NG_M_TITLE && !is_poss(c, m->t1) && title_holder(c, m) >= 0)
      return title_holder(c, m);
    if (!m || m->kind != NG_M_PERSON) continue;
    /* (a turn's label is no one the turn talks about) */
    if (!turn_label(c, m)) return m->ent;
    i = m->t1 - 1;
  }
  return -1;
}

/* Is token I part of an acronym: a word in capitals, a hyphen glued on both
 * sides, or one capital glued after such a hyphen ("MAOC-N")? */
static bool acronym_piece(const ng_ctx *c, size_t i) {
  const ng_token *t = &c->tk.tok[i];
  bool glued_here = i > 0 && !(t->flags & NG_TF_SPACE_BEFORE);
  if (t->type == NG_TOK_WORD && (t->flags & NG_TF_ALLCAPS)) return true;
  if (t->type == NG_TOK_WORD && t->e == t->b + 1 && (t->flags & NG_TF_CAP) && glued_here &&
      c->doc->text[c->tk.tok[i - 1].b] == '-')
    return true;
  return t->type == NG_TOK_PUNCT && c->doc->text[t->b] == '-' && glued_here && i + 1 < c->tk.n &&
         !(c->tk.tok[i + 1].flags & NG_TF_SPACE_BEFORE);
}

/* The person whose transcript label opens the paragraph holding token AT
 * ("ADEYEMI: ...", "ADEYEMI (studio): ...", "GRACE ADEYEMI, LAGOS BUSINESS
 * SCHOOL: ...": a name, an optional role in capitals or a note in
 * parentheses, a colon), or -1: the one talking in this turn. */
static int turn_speaker(const ng_ctx *c, size_t at) {
  if (at >= c->tk.n) return -1;
  uint32_t para = c->tk.tok[at].para;
  size_t p0 = at;
  while (p0 > 0 && c->tk.tok[p0 - 1].para == para) p0--;
  if (!(c->tk.tok[p0].flags & NG_TF_PARA_START)) return -1;
  /* (the name in capitals may be known from its last words only: "PAUL
   * ANDRE DUBOIS" where "ANDRE DUBOIS" is the mention) */
  size_t n0 = p0;
  while (n0 < p0 + 3 && n0 < c->tk.n && !m_at(c, n0) && c->tk.tok[n0].type == NG_TOK_WORD &&
         (c->tk.tok[n0].flags & NG_TF_ALLCAPS))
    n0++;
  const ng_mention *m = m_at(c, n0);
  if (!m || m->kind != NG_M_PERSON || m->t0 != n0) return -1;
  size_t j = m->t1;
  /* (a label's name may come as two mentions of one person: "LI WENHAO:") */
  while (m_at(c, j) && m_at(c, j)->kind == NG_M_PERSON && m_at(c, j)->ent == m->ent &&
         j < m_at(c, j)->t1 && j - p0 < 8)
    j = m_at(c, j)->t1;
  if (j < c->tk.n && ng_tok_is(c, j, ",")) { /* ", DEFENCE MINISTER", ", LAGOS BUSINESS SCHOOL" */
    size_t e = j + 1;
    for (; e < c->tk.n && e <= j + 8 && c->tk.tok[e].para == para &&
           c->tk.tok[e].type == NG_TOK_WORD;
         e++) {
      size_t l;
      const char *t = ng_tok_text(c, e, &l);
      for (size_t k = 0; k < l; k++)
        if (t[k] >= 'a' && t[k] <= 'z') return -1;
    }
    if (e == j + 1) return -1;
    j = e;
  }
  if (j < c->tk.n && ng_tok_is(c, j, "(")) { /* "(studio)", "(soundbite)" */
    size_t e = j + 1;
    while (e < c->tk.n && e <= j + 6 && c->tk.tok[e].para == para && !ng_tok_is(c, e, ")")) e++;
    if (e >= c->tk.n || !ng_tok_is(c, e, ")")) return -1;
    j = e + 1;
  }
  return j < c->tk.n && c->tk.tok[j].para == para && is_colon(c, j) ? m->ent : -1;
}

/* Does "he" or "she" come, outside quotation marks, before the first
 * person or post holder named in tokens [FROM, TO)? */
static bool pronoun_before_name(const ng_ctx *c, size_t from, size_t to) {
  bool in = from < c->tk.n && quoted_at(c, from);
  for (size_t i = from; i < to && i < c->tk.n; i++) {
    if (!outside_quotes(c, i, &in)) continue;
    const ng_mention *m = m_at(c, i);
    if (m && (m->kind == NG_M_PERSON || m->kind == NG_M_TITLE)) return false;
    if (ng_tok_is_ci(c, i, "he") || ng_tok_is_ci(c, i, "she")) return true;
  }
  return false;
}

/* "he said": the first person of this sentence before the pronoun, else of
 * the nearest earlier sentence of this paragraph or the one before, else the
 * last speaker, else the first person of the nearest earlier sentence. */
static int resolve_pronoun(const ng_ctx *c, size_t at, int prev_speaker) {
  /* "PRICE: I spoke to him after the signing. He told me ...": in a
   * transcript turn "he" or "she" is never the one whose label opens it
   * (who says "I"), nor that one named elsewhere ("Our correspondent Ann
   * Price is there") */
  int self = turn_speaker(c, at);
  size_t sent = c->tk.tok[at].sent;
  int p = first_third_person(c, c->tk.sent[sent].first, at);
  if (p >= 0 && p != self) return p;
  /* this paragraph's earlier sentences, then the paragraph before
   * ("Saudi Foreign Minister Faisal Al-Otaibi:" then "“...,” he said") */
  uint32_t para = c->tk.sent[sent].para;
  for (size_t s = sent; s-- > 0 && c->tk.sent[s].para + 1 >= para;) {
    /* ("Kanybek Mamatkulov has been minister for two years. On Tuesday he
     * and his Kazakh counterpart, NAME, signed it. “...,” he told us": a
     * sentence whose subject is "he" before anyone is named goes on with
     * the one before) */
    if (pronoun_before_name(c, c->tk.sent[s].first, c->tk.sent[s].end)) continue;
    p = first_third_person(c, c->tk.sent[s].first, c->tk.sent[s].end);
    if (p >= 0 && p != self) return p;
  }
  /* (nor, in a transcript, the one whose question this turn answers: the
   * one spoken to, "you" to the speaker; "SARPONG (host): What did the
   * minister say? / TETTEH: She said, and I quote ...") */
  int asked = -1;
  if (self >= 0 && sent > 0) {
    size_t p0 = c->tk.sent[sent].first;
    while (p0 > 0 && c->tk.tok[p0 - 1].para == c->tk.tok[at].para) p0--;
    if (p0 > 0 && mark_is(c, p0 - 1, "?")) asked = turn_speaker(c, p0 - 1);
  }
  if (prev_speaker >= 0 && prev_speaker != self && prev_speaker != asked) {
    /* "In 1990 he led the battalion ashore. / “We landed ...,” he told this
     * newspaper": a paragraph before that tells of "he" or "she" and names
     * no one goes on with the one the document is about (an obituary's,
     * a profile's subject, named three times or more), not with the last
     * speaker */
    bool chain = false;
    for (size_t s = sent; s-- > 0 && c->tk.sent[s].para + 1 >= para && !chain;)
      for (size_t i = c->tk.sent[s].first; i < c->tk.sent[s].end && !chain; i++)
        chain = is_pronoun(c, i) && !quoted_at(c, i);
    int subject = chain ? ng_document_subject(c) : -1;
    return subject >= 0 ? subject : prev_speaker;
  }
  for (size_t s = sent; s-- > 0;)
    for (size_t i = c->tk.sent[s].first; i < c->tk.sent[s].end; i++) {
      const ng_mention *m = m_at(c, i);
      if (m && m->kind == NG_M_PERSON && m->ent != self && m->ent != asked && !turn_label(c, m))
        return m->ent;
    }
  return -1;
}

/* True when token I opens up to three lower-case words that run straight
 * into a person's name ("union leader NAME", "retired admiral NAME"), none of
 * them a word that would start a clause or a phrase of its own. */
static bool lower_role_before_person(const ng_ctx *c, size_t i, size_t para) {
  static const char *const stop[] = {"that", "by", "to", "with", "on", "in", "and", "or",
                                     "who", "when", "after", "before", "than", "as", "from",
                                     "about", "it", "he", "she", "they", "we", "this", "but",
                                     "while", "if", "of", "at", "for", "not", "no", NULL};
  for (size_t j = i; j < c->tk.n && j < i + 3 && c->tk.tok[j].para == para; j++) {
    const ng_mention *t = m_at(c, j);
    if (t && t->kind == NG_M_TITLE && t->t1 > j) j = t->t1 - 1; /* ("admiral") */
    else if (c->tk.tok[j].type != NG_TOK_WORD || (c->tk.tok[j].flags & NG_TF_CAP) || t ||
             in_words(c, j, stop))
      return false;
    const ng_mention *m = m_at(c, j + 1);
    if (m && m->kind == NG_M_PERSON) return true;
  }
  return false;
}

/* Speaker after the closing mark: [,] SPEAKER ... VERB  or  [,] VERB SPEAKER */
static int speaker_after(const ng_ctx *c, size_t k, int prev, bool *verb) {
  *verb = false;
  size_t para = c->tk.tok[k > 0 ? k - 1 : 0].para;
  /* "“Operation Blue Fin” was launched on Monday, officials said": the
   * quoted words are the subject of a verb, a name, not what was said */
  static const char *const predicates[] = {"was", "is", "were", "are", "has", "had", "have",
                                           "will", "would", "began", "begins", "started",
                                           "ended", "became", "remains", "remained", NULL};
  if (k < c->tk.n && c->tk.tok[k].para == para && in_words(c, k, predicates)) return -1;
  while (k < c->tk.n && c->tk.tok[k].para == para && c->tk.tok[k].type == NG_TOK_PUNCT &&
         c->doc->text[c->tk.tok[k].b] == ',')
    k++;
  if (k >= c->tk.n || c->tk.tok[k].para != para) return -1;
  /* "“...” — NAME, Minister of X": a dash, then the name, as lists of
   * quotes attribute them */
  if (c->tk.tok[k].type == NG_TOK_PUNCT && k + 1 < c->tk.n && c->tk.tok[k + 1].para == para) {
    const unsigned char *d = (const unsigned char *)c->doc->text + c->tk.tok[k].b;
    size_t dn = c->tk.tok[k].e - c->tk.tok[k].b;
    bool dash = (dn == 3 && d[0] == 0xE2 && d[1] == 0x80 && (d[2] == 0x93 || d[2] == 0x94)) ||
                (dn == 1 && d[0] == '-' && (c->tk.tok[k].flags & NG_TF_SPACE_BEFORE) &&
                 (c->tk.tok[k + 1].flags & NG_TF_SPACE_BEFORE));
    const ng_mention *m = m_at(c, k + 1);
    if (dash && m && m->kind == NG_M_PERSON) {
      *verb = true;
      return m->ent;
    }
  }
  /* "“...,” according to NAME", "according to the foreign minister" */
  if (ng_tok_is(c, k, "according") && ng_tok_is(c, k + 1, "to") && k + 2 < c->tk.n &&
      c->tk.tok[k + 2].para == para) {
    size_t j = ng_tok_is_ci(c, k + 2, "the") ? k + 3 : k + 2;
    const ng_mention *m = j < c->tk.n ? m_at(c, j) : NULL;
    if (m && m->kind == NG_M_DEMONYM && m->t1 < c->tk.n && m_at(c, m->t1)) m = m_at(c, m->t1);
    int who = -1;
    if (m && m->kind == NG_M_TITLE) {
      const ng_mention *n = m->t1 < c->tk.n ? m_at(c, m->t1) : NULL;
      who = n && n->kind == NG_M_PERSON ? n->ent : title_holder(c, m);
    } else if (m && m->kind == NG_M_PERSON) {
      who = m->ent;
    }
    if (who >= 0) {
      *verb = true;
      return who;
    }
  }
  /* "», has declared Mrs NAME": a translated perfect tense */
  if ((ng_tok_is(c, k, "has") || ng_tok_is(c, k, "had")) && k + 1 < c->tk.n &&
      (c->trig[k + 1] & NG_TR_SPEECH))
    k++;
  if (c->trig[k] & NG_TR_SPEECH) {
    /* "said Lebanese Foreign Minister Karim Nasser": past titles and demonyms */
    *verb = true;
    if (is_pronoun(c, k + 1)) return resolve_pronoun(c, k + 1, prev);
    int org = -1, titled = -1;
    /* (and "said a spokesman for the company, NAME") */
    /* (and "said its spokesman, NAME") */
    /* (and "said embassy spokeswoman NAME", "said army spokesman NAME": the
     * body a spokesperson speaks for, in lower case before the title) */
    static const char *const np_words[] = {"the", "a", "an", "for", "of", "at", "its", "his",
                                           "her", "their", "company", "firm", "group",
                                           "agency", "ministry", "embassy", "army", "navy",
                                           "police", "military", "presidential", "party",
                                           "foreign", "defence", "defense", "interior", NULL};
    /* ("said Nwachinemere's spokesman, NAME": the possessor speaks only when no
     * one else is named) */
    int possessor = -1;
    for (size_t i = k + 1; i < c->tk.n && i <= k + 14 && c->tk.tok[i].para == para; i++) {
      const ng_mention *m = m_at(c, i);
      if (m && m->kind == NG_M_PERSON && possessor < 0 && is_poss(c, m->t1)) {
        possessor = m->ent;
        i = m->t1;
        continue;
      }
      if (m && m->kind == NG_M_PERSON) return m->ent;
      if (m && m->kind == NG_M_ORG && org < 0) org = m->ent;
      /* "said the Ghanaian foreign minister", "said Ghana's top diplomat" */
      if (m && m->kind == NG_M_TITLE && titled < 0) titled = title_holder(c, m);
      if (m) {
        i = m->t1 - 1;
        if (m->kind == NG_M_COUNTRY && is_poss(c, m->t1)) i++;
        continue;
      }
      if (i > k + 1 && c->tk.tok[i].type == NG_TOK_PUNCT && c->doc->text[c->tk.tok[i].b] == ',' &&
          m_at(c, i + 1) && m_at(c, i + 1)->kind == NG_M_PERSON)
        continue;
      /* "said the delegate Santiago": a role in lower case before the name */
      if (i == k + 2 && ng_tok_is(c, k + 1, "the") && c->tk.tok[i].type == NG_TOK_WORD &&
          !(c->tk.tok[i].flags & NG_TF_CAP) && m_at(c, i + 1) && m_at(c, i + 1)->kind == NG_M_PERSON)
        continue;
      /* "said union leader NAME", "says retired admiral NAME": a role of up
       * to three words in lower case right before the name */
      if (lower_role_before_person(c, i, para)) continue;
      /* "said MAOC-N spokesman Commander NAME": an acronym no list knows
       * (capitals, pieces glued by hyphens) right before a title */
      if (i <= k + 4 && acronym_piece(c, i)) {
        size_t j = i;
        while (j < c->tk.n && j <= i + 4 && acronym_piece(c, j)) j++;
        if (m_at(c, j) && m_at(c, j)->kind == NG_M_TITLE) {
          i = j - 1;
          continue;
        }
      }
      if (c->tk.tok[i].type != NG_TOK_WORD || !in_words(c, i, np_words)) break;
    }
    if (possessor >= 0) return possessor;
    return titled >= 0 ? titled : org;
  }
  /* the speaker phrase: up to 12 tokens before the verb; a person named
   * there wins over an organization ("Turkish Foreign Ministry spokesman
   * Emre Aksoy told") */
  int who = -1, org = -1;
  bool who_poss = false; /* WHO is a possessor ("Nwachinemere's spokesman, NAME, said") */
  size_t official_at = SIZE_MAX;
  bool pron = false;
  size_t pron_at = 0;
  size_t lim = k + 12;
  for (size_t i = k; i < c->tk.n && i < lim && c->tk.tok[i].para == para; i++) {
    if (c->trig[i] & NG_TR_SPEECH) {
      *verb = true;
      if (who >= 0) return who;
      if (pron) return resolve_pronoun(c, pron_at, prev);
      if (org < 0 && official_at != SIZE_MAX) org = officials_org(c, official_at);
      return org;
    }
    if (official_at == SIZE_MAX && (ng_tok_is_ci(c, i, "official") || ng_tok_is_ci(c, i, "officials")))
      official_at = i;
    if (c->tk.tok[i].type == NG_TOK_QUOTE) break;
    const ng_mention *mm = m_at(c, i);
    /* "“...,” NAME, a spokesman for the Ministry of Public Works and
     * Services of X, told reporters": the name opens the phrase, and its
     * apposition may be long */
    if (who < 0 && mm && mm->kind == NG_M_PERSON && i == k && mm->t1 < c->tk.n &&
        c->tk.tok[mm->t1].type == NG_TOK_PUNCT && c->doc->text[c->tk.tok[mm->t1].b] == ',')
      lim = k + 24;
    /* (or a long title first: "“...,” Belize's Minister of National Defence
     * and Border Security, NAME, told reporters") */
    if (who < 0 && mm && mm->kind == NG_M_TITLE && i <= k + 3) lim = k + 24;
    if ((who < 0 || who_poss) && mm && mm->kind == NG_M_PERSON && mm->ent != who) {
      /* (a second name after a possessor is the one speaking) */
      who_poss = who < 0 && is_poss(c, mm->t1);
      who = mm->ent;
    }
    if (who < 0 && mm && mm->kind == NG_M_TITLE) who = title_holder(c, mm);
    if (org < 0 && mm && mm->kind == NG_M_ORG) org = mm->ent;
    if (who < 0 && !pron && is_pronoun(c, i)) {
      pron = true;
      pron_at = i;
    }
    if (c->tk.tok[i].type == NG_TOK_PUNCT && c->doc->text[c->tk.tok[i].b] == '.') break;
  }
  return -1;
}

/* The first person named in [from, to) (TITLES: or described by a title
 * one person holds, "the minister"), passing over a possessor when another
 * follows ("Koffi's spokesman, Yaw Darko, said:"); or -1. */
static int first_speaker(const ng_ctx *c, size_t from, size_t to, bool titles) {
  int first = -1;
  for (size_t i = from; i < to && i < c->tk.n; i++) {
    const ng_mention *m = m_at(c, i);
    if (!m) continue;
    int who = m->kind == NG_M_PERSON ? m->ent
              : titles && m->kind == NG_M_TITLE ? title_holder(c, m)
                                                 : -1;
    i = m->t1 - 1;
    if (who < 0) continue;
    if (!is_poss(c, m->t1)) return who;
    if (first < 0) first = who;
  }
  return first;
}

/* "..., while his rival B said: “...”": the person named right before the
 * speech verb at V when another person opens the sentence (not "A and B
 * said"); or -1. */
static int subject_before_verb(const ng_ctx *c, size_t s0, size_t v) {
  const ng_mention *subj = v > s0 ? m_at(c, v - 1) : NULL;
  if (!subj || subj->kind != NG_M_PERSON || subj->t0 <= s0 || ng_tok_is(c, subj->t0 - 1, "and") ||
      is_poss(c, subj->t1))
    return -1;
  return subj->ent;
}

/* Speaker from a speech verb before the opening mark in the same sentence. */
static int speaker_before(const ng_ctx *c, size_t open_t, int prev, bool *verb) {
  *verb = false;
  if (open_t == 0) return -1;
  size_t s0 = c->tk.sent[c->tk.tok[open_t].sent].first;
  /* "X ..., was more technical: “...”": a colon introduces X's words */
  if (open_t > s0 && c->tk.tok[open_t - 1].type == NG_TOK_PUNCT &&
      c->doc->text[c->tk.tok[open_t - 1].b] == ':') {
    int p = open_t >= s0 + 3 && (c->trig[open_t - 2] & NG_TR_SPEECH)
                ? subject_before_verb(c, s0, open_t - 2)
                : -1;
    if (p < 0) p = first_speaker(c, s0, open_t, false);
    if (p >= 0) {
      *verb = true;
      return p;
    }
    for (size_t i = s0; i < open_t; i++) {
      int h = title_holder(c, m_at(c, i));
      if (h >= 0) {
        *verb = true;
        return h;
      }
    }
    /* "Asked about it, he put it bluntly: “...”", "Her reply: “...”" */
    for (size_t i = s0; i < open_t; i++)
      if (is_pronoun(c, i) ||
          (i == s0 && (ng_tok_is(c, i, "His") || ng_tok_is(c, i, "Her")) && i + 2 == open_t - 1)) {
        *verb = true;
        return resolve_pronoun(c, i, prev);
      }
  }
  /* "According to NAME, the agreement “...”" (a sentence without a speech verb) */
  bool said = false;
  for (size_t v = s0; v < open_t && !said; v++) said = (c->trig[v] & NG_TR_SPEECH) != 0;
  for (size_t i = s0; i + 2 < open_t && !said; i++) {
    if (!ng_tok_is_ci(c, i, "according") || !ng_tok_is(c, i + 1, "to")) continue;
    /* "according to NAME", "according to Foreign Minister NAME", "according
     * to the minister" */
    size_t k = i + 2;
    if (ng_tok_is(c, k, "the")) k++;
    const ng_mention *m = m_at(c, k);
    if (m && m->kind == NG_M_DEMONYM && m_at(c, m->t1)) m = m_at(c, k = m->t1);
    int who = -1;
    if (m && m->kind == NG_M_TITLE) {
      const ng_mention *n = m_at(c, m->t1);
      if (n && n->kind == NG_M_TITLE) n = m_at(c, n->t1); /* (a rank after the post) */
      who = n && n->kind == NG_M_PERSON ? n->ent : title_holder(c, m);
    } else if (m && m->kind == NG_M_PERSON) {
      who = m->ent;
    }
    if (who >= 0) {
      *verb = true;
      return who;
    }
  }
  /* "NAME on Monday called the test “a grave threat to peace”": a verb of
   * naming a few words before the mark, in a sentence with no speech verb */
  static const char *const naming[] = {"called", "calls", "calling", "described", "describes",
                                       "describing", "branded", "brands", "labelled",
                                       "labeled", NULL};
  for (size_t v = open_t; v-- > s0 && v + 5 >= open_t && !said;) {
    if (!in_words(c, v, naming)) continue;
    int p = first_speaker(c, s0, v, true);
    if (p >= 0) {
      *verb = true;
      return p;
    }
    break;
  }
  /* (past a transcript's speaker label: "ABU SAMRA: The spokesman, NAME,
   * said ..., and I quote, “...”" are NAME's words) */
  size_t lab = ng_past_speaker_label(c, s0, open_t);
  if (lab < open_t) s0 = lab;
  for (size_t v = open_t; v-- > s0;) {
    if (!(c->trig[v] & NG_TR_SPEECH)) continue;
    *verb = true;
    /* "“...,” said A, while his rival B said: “...”": the name right before
     * the verb is its subject (not "A and B said") */
    int p = subject_before_verb(c, s0, v);
    if (p >= 0) return p;
    /* "PRICE: ... In 2019 I wrote, “...”", "I would say, “...”": "I" right
     * before the verb (or a modal) in a transcript turn is the one whose
     * label opens it, not anyone the turn has named */
    if ((v > s0 && ng_tok_is(c, v - 1, "I") && !ng_tok_is_ci(c, v, "quote")) ||
        (v > s0 + 1 && ng_tok_is(c, v - 2, "I") && c->tk.tok[v - 1].type == NG_TOK_WORD &&
         !(c->tk.tok[v - 1].flags & NG_TF_CAP))) {
      p = turn_speaker(c, v);
      if (p >= 0) return p;
    }
    p = first_speaker(c, s0, v, true);
    if (p >= 0) return p;
    for (size_t i = v; i-- > s0;) {
      if (is_pronoun(c, i)) return resolve_pronoun(c, i, prev);
      /* "the ministry quoted him as saying, and I quote, “...”": the one
       * quoted, not the body quoting */
      if ((ng_tok_is(c, i, "him") || ng_tok_is(c, i, "her")) && i > s0 &&
          ng_tok_is(c, i - 1, "quoted") && ng_tok_is(c, i + 1, "as"))
        return resolve_pronoun(c, i, prev);
      if (speaker_ent(m_at(c, i)) >= 0) return speaker_ent(m_at(c, i));
      if (ng_tok_is_ci(c, i, "official") || ng_tok_is_ci(c, i, "officials"))
        return officials_org(c, i);
    }
    return -1;
  }
  return -1;
}

static void emit(ng_ctx *c, const qspan *q, int speaker, double conf) {
  const ng_token *a = &c->tk.tok[q->q0], *b = &c->tk.tok[q->q1 - 1];
  size_t bb = a->b, be = b->e;
  /* a trailing comma inside the quote stays (it is the quoted text's), like the contract's example */
  ng_event *e = ng_ev_new(c, NG_EV_STATEMENT, NULL, conf);
  e->quote = ng_xstrndup(c->doc->text + bb, be - bb);
  if (speaker >= 0) ng_ev_arg(e, NG_ROLE_SPEAKER, speaker);
  ng_span sp = ng_tok_span(c, (uint32_t)q->q0, (uint32_t)q->q1);
  ng_ev_span(e, sp);
}

/* "Asked whether ..., she laughed. “Ask me in ten years.”": a quote right
 * after a sentence that opens with "Asked" is the answer of the one named
 * after its clause (a name, a post's holder, "he" or "she"); or -1. *VERB:
 * one was found. */
static int asked_answer(const ng_ctx *c, size_t open_t, size_t p0, int prev, bool *verb) {
  if (open_t <= p0 + 1 || c->tk.tok[open_t - 1].type != NG_TOK_PUNCT ||
      !strchr(".!?", c->doc->text[c->tk.tok[open_t - 1].b]))
    return -1;
  const ng_sentence *st = &c->tk.sent[c->tk.tok[open_t - 1].sent];
  if (st->first < p0 || !ng_tok_is(c, st->first, "Asked")) return -1;
  size_t k = st->first;
  while (k < open_t - 1 && !ng_tok_is(c, k, ",")) k++;
  if (k + 1 >= open_t - 1) return -1;
  const ng_mention *m = m_at(c, k + 1);
  int who = -1;
  if (is_pronoun(c, k + 1)) who = resolve_pronoun(c, k + 1, prev);
  else if (m && m->kind == NG_M_PERSON) who = m->ent;
  else if (m && m->kind == NG_M_TITLE) who = title_holder(c, m);
  *verb = who >= 0;
  return who;
}

/* A quote left open at its paragraph's end (token P1 opens the next one):
 * the speaker named with a verb where it is closed, up to three paragraphs
 * on ("“A ... ¶ “B ...,” said NAME": NAME said A too), or -1; *VERB: one
 * was found. */
static int runon_speaker(const ng_ctx *c, size_t p1, int prev, bool *verb) {
  for (int hops = 0; hops < 3 && p1 < c->tk.n; hops++) {
    const ng_token *t = &c->tk.tok[p1];
    if (t->type != NG_TOK_QUOTE || t->single || t->quote == NG_Q_CLOSE) return -1;
    uint32_t para = t->para;
    size_t e = p1 + 1;
    for (; e < c->tk.n && c->tk.tok[e].para == para; e++) {
      const ng_token *u = &c->tk.tok[e];
      if (u->type != NG_TOK_QUOTE || u->single) continue;
      if (u->quote == NG_Q_OPEN) return -1; /* (a new quote: not this one's end) */
      bool v = false;
      int sp = speaker_after(c, e + 1, prev, &v);
      *verb = v && sp >= 0;
      return *verb ? sp : -1;
    }
    p1 = e;
  }
  return -1;
}

/* Quotations in single marks ('...' or ‘...’, as British papers write
 * them) in the paragraph [P0, P1), outside the double-marked ones, added
 * to QS.  An opening mark comes before a word with no space between; a
 * closing one after a word, not inside a word.  A plural possessive
 * ("the countries' navies") closes nothing when a closing mark follows. */
static void pair_single(const ng_ctx *c, size_t p0, size_t p1, qspan *qs, size_t *nq) {
  size_t n_double = *nq, open = SIZE_MAX;
  for (size_t k = p0; k < p1; k++) {
    const ng_token *t = &c->tk.tok[k];
    if (t->type != NG_TOK_QUOTE || !t->single) continue;
    bool inside = false;
    for (size_t d = 0; d < n_double; d++) inside |= k >= qs[d].open_t && k <= qs[d].close_t;
    if (inside) continue;
    /* (the tokenizer takes a mark after punctuation for an opening one) */
    bool glued_before = k > p0 && !(t->flags & NG_TF_SPACE_BEFORE);
    if (!glued_before || (t->quote == NG_Q_OPEN && mark_is(c, k, "\xE2\x80\x98"))) {
      if (k + 1 < p1 && !(c->tk.tok[k + 1].flags & NG_TF_SPACE_BEFORE) &&
          c->tk.tok[k + 1].type != NG_TOK_QUOTE)
        open = k;
      continue;
    }
    if (open == SIZE_MAX) continue;
    size_t wl;
    const char *w = ng_tok_text(c, k - 1, &wl);
    if (c->tk.tok[k - 1].type == NG_TOK_WORD && wl > 1 && w[wl - 1] == 's' && k + 1 < p1 &&
        c->tk.tok[k + 1].type == NG_TOK_WORD && !(c->tk.tok[k + 1].flags & NG_TF_CAP)) {
      bool later = false;
      for (size_t j = k + 1; j < p1 && !later; j++)
        later = c->tk.tok[j].type == NG_TOK_QUOTE && c->tk.tok[j].single &&
                !(c->tk.tok[j].flags & NG_TF_SPACE_BEFORE);
      if (later) continue;
    }
    if (k > open + 1 && *nq < 64) qs[(*nq)++] = (qspan){open + 1, k, open, k, true};
    open = SIZE_MAX;
  }
  for (size_t i = n_double; i < *nq; i++) /* (in text order with the others) */
    for (size_t j = i; j > 0 && qs[j - 1].q0 > qs[j].q0; j--) {
      qspan x = qs[j];
      qs[j] = qs[j - 1];
      qs[j - 1] = x;
    }
}

void ng_extract_quotes(ng_ctx *c) {
  /* (a corrections column: its headline names corrections or clarifications) */
  bool column = ng_title_is_corrections(c->doc->title);
  int prev_speaker = -1;
  size_t i = 0, prev_p0 = 0;
  bool prev_quoted = true; /* (the paragraph before: its start, whether it quotes) */
  while (i < c->tk.n) {
    uint32_t para = c->tk.tok[i].para;
    size_t p0 = i, p1 = i;
    bool marks = false;
    for (; p1 < c->tk.n && c->tk.tok[p1].para == para; p1++)
      marks |= c->tk.tok[p1].type == NG_TOK_QUOTE;
    /* (most paragraphs have no marks: nothing to pair, nobody quoted) */
    if (!marks) {
      prev_quoted = false;
      prev_p0 = p0;
      i = p1;
      continue;
    }
    /* pair the marks of this paragraph */
    qspan qs[64];
    size_t nq = 0;
    size_t open = SIZE_MAX;
    bool ambig_open = false;
    for (size_t k = p0; k < p1; k++) {
      const ng_token *t = &c->tk.tok[k];
      if (t->type != NG_TOK_QUOTE || t->single) continue;
      bool opens = t->quote == NG_Q_OPEN || (t->quote == NG_Q_AMBIG && open == SIZE_MAX);
      /* „...“ (German, Czech, ...): the mark that opens English quotes closes */
      if (opens && open != SIZE_MAX && mark_is(c, open, "\xE2\x80\x9E") &&
          mark_is(c, k, "\xE2\x80\x9C"))
        opens = false;
      if (opens) {
        open = k;
        ambig_open = t->quote == NG_Q_AMBIG;
      } else if (open != SIZE_MAX) {
        if (nq < 64 && k > open + 1) qs[nq++] = (qspan){open + 1, k, open, k, false};
        open = SIZE_MAX;
      } else if (nq == 0 && k > p0 && t->quote == NG_Q_CLOSE) {
        if (nq < 64) qs[nq++] = (qspan){p0, k, p0, k, false};
      }
    }
    /* an unclosed straight mark runs on only where the next paragraph opens
     * with a mark too (the convention for a quote across paragraphs) */
    bool runs_on = p1 < c->tk.n && c->tk.tok[p1].type == NG_TOK_QUOTE && !c->tk.tok[p1].single &&
                   c->tk.tok[p1].quote != NG_Q_CLOSE;
    if (open != SIZE_MAX && (!ambig_open || runs_on) && open + 1 < p1 && nq < 64)
      qs[nq++] = (qspan){open + 1, p1, open, p1, false};
    bool quote_only = nq > 0 && qs[0].open_t == p0 && (qs[nq - 1].close_t >= p1 - 1);
    pair_single(c, p0, p1, qs, &nq);
    size_t said_single = SIZE_MAX; /* the last quote in single marks stated here, if any */
    for (size_t k = 0; k < nq; k++) {
      qspan *q = &qs[k];
      size_t words = 0;
      for (size_t t = q->q0; t < q->q1; t++) words += c->tk.tok[t].type == NG_TOK_WORD;
      if (words == 0) continue;
      bool va = false, vb = false;
      /* "NAME told me: “... fence.” NAME2 said ...": whole sentences after a
       * colon are the words of the one who introduces them, not of the
       * next sentence's subject */
      const ng_token *lq = &c->tk.tok[q->q1 - 1];
      int sp = -1;
      if (q->open_t > p0 && is_colon(c, q->open_t - 1) && lq->type == NG_TOK_PUNCT &&
          strchr(".!?", c->doc->text[lq->b]))
        sp = speaker_before(c, q->open_t, prev_speaker, &vb);
      /* a quote running on into the next paragraph has nothing after it here */
      if (sp < 0)
        sp = q->close_t < p1 ? speaker_after(c, q->close_t + 1, prev_speaker, &va)
                             : runon_speaker(c, p1, prev_speaker, &va);
      double conf = 0.9;
      if (sp < 0) sp = speaker_before(c, q->open_t, prev_speaker, &vb);
      if (sp < 0 && !va && !vb) sp = asked_answer(c, q->open_t, p0, prev_speaker, &vb);
      if (sp < 0 && !va && !vb && k == 0 && quote_only && p0 > 0 && !prev_quoted) {
        /* a paragraph that is only a quote after one that introduces a person
         * and quotes nobody: that person's words ("NAME, who runs ..., says
         * the patrols ..." then "“...”") */
        int intro = first_person(c, prev_p0, p0);
        if (intro >= 0) {
          sp = intro;
          conf = 0.7;
        }
      }
      if (sp < 0 && !va && !vb && prev_speaker >= 0 && (k > 0 || quote_only)) {
        /* a second quote of the paragraph, or a paragraph that is only a
         * quote, continues the last speaker's words */
        sp = prev_speaker;
        conf = 0.7;
      }
      /* short quotes are scare quotes ("focus") unless a speech verb is beside
       * them or they are a sentence of their own ("That ends now.") */
      const ng_token *first = &c->tk.tok[q->q0], *last = &c->tk.tok[q->q1 - 1];
      bool sentence = (first->flags & NG_TF_CAP) && words >= 2 && last->type == NG_TOK_PUNCT &&
                      strchr(".!?", c->doc->text[last->b]);
      if (words < 4 && !va && !sentence) continue;
      /* "'We arrived the next day,' Vea said. 'Now we will arrive the same
       * afternoon.'": a sentence in single marks right after the sentence
       * that attributed the quote before it goes on with the same words */
      bool goes_on = q->single && sentence && sp >= 0 && k > 0 && said_single == k - 1 &&
                     sp == prev_speaker && q->open_t > p0 &&
                     c->tk.tok[q->open_t - 1].type == NG_TOK_PUNCT &&
                     strchr(".!?", c->doc->text[c->tk.tok[q->open_t - 1].b]);
      for (size_t t = goes_on ? qs[k - 1].close_t + 1 : p1; goes_on && t + 1 < q->open_t; t++)
        goes_on = !(c->tk.tok[t].type == NG_TOK_PUNCT && strchr(".!?", c->doc->text[c->tk.tok[t].b]));
      /* (and in single marks only whole words said: 'We will sign,' or
       * after a colon, not 'a good start' woven into a sentence) */
      if (q->single &&
          (words < 3 || !(va || vb || goes_on) ||
           !((last->type == NG_TOK_PUNCT && strchr(",.!?", c->doc->text[last->b])) ||
             (q->open_t > 0 && c->tk.tok[q->open_t - 1].type == NG_TOK_PUNCT &&
              c->doc->text[c->tk.tok[q->open_t - 1].b] == ':'))))
        continue;
      /* a fragment woven into reported speech ("had discussed “both the
       * military and ...”") with nobody to attribute it to states nothing */
      if (!(first->flags & NG_TF_CAP) && first->type == NG_TOK_WORD &&
          (sp < 0 || c->f->ent[sp].kind != NG_ENT_PERSON))
        continue; /* (an organization speaks in statements, not in half-sentences) */
      /* a corrections column's "we quoted X as saying "..."": the words
       * wrongly put in X's mouth (the right ones follow) */
      if (column && q->open_t >= 2 && ng_tok_is(c, q->open_t - 1, "saying") &&
          ng_tok_is(c, q->open_t - 2, "as"))
        continue;
      emit(c, q, sp, sp >= 0 ? conf : 0.6);
      if (q->single && sp >= 0) said_single = k;
      /* "..., the official said": the next unattributed quote is not the last person's */
      if (sp >= 0 || va || vb) prev_speaker = sp;
    }
    prev_quoted = false;
    for (size_t k = p0; k < p1 && !prev_quoted; k++)
      prev_quoted = c->tk.tok[k].type == NG_TOK_QUOTE && !c->tk.tok[k].single;
    prev_p0 = p0;
    i = p1;
  }
}
