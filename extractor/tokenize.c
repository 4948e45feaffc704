/* tokenize.c - tokens with byte and code-point offsets, and sentences.
 *
 * Words keep internal dots of abbreviations ("U.S.", "Mr.", "V.") and
 * internal apostrophes ("didn't", "Shi'ite"); hyphens are separate tokens
 * with no space before them, so "al-Hakim" is "al" "-" "Hakim" and phrase
 * lookups rebuild the surface text.  A possessive "'s" is its own token. */
#include "extractor/internal.h"

#include <stdlib.h>
#include <string.h>

static bool is_letter_wide(uint32_t c) { /* c >= 0x80 */
  if (c == 0xD7 || c == 0xF7) return false;
  if (c >= 0xC0 && c <= 0x24F) return true;  /* Latin-1 and Extended-A/B */
  if (c >= 0x300 && c <= 0x36F) return true; /* combining accents, in decomposed text */
  if (c >= 0x370 && c <= 0x1FFF) return true; /* Greek, Cyrillic, Arabic, ... */
  if (c >= 0x3040 && c <= 0x9FFF) return true; /* CJK */
  if (c >= 0xAC00 && c <= 0xD7AF) return true; /* Hangul */
  return false;
}

/* ASCII inline, the rest in a call: nearly all text is ASCII. */
static inline bool is_letter_cp(uint32_t c) {
  if (c < 0x80) return (uint32_t)((c | 0x20) - 'a') < 26;
  return is_letter_wide(c);
}

/* capitals: the case tables of names.c (ng_cp_upper), so that the tokens'
 * flags and sentence ends agree with how names are read */
static inline bool is_upper_cp(uint32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return ng_cp_upper(c);
}

static bool is_digit_cp(uint32_t c) { return c >= '0' && c <= '9'; }

static bool is_space_cp(uint32_t c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 ||
         c == 0x2009 || c == 0x202F || c == 0x200A || c == 0x2002 || c == 0x2003 ||
         c == 0x200B || c == 0xFEFF || c == 0x3000;
}

static bool is_apos_cp(uint32_t c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }

typedef struct {
  const char *s;
  size_t len;
  size_t i;  /* byte position */
  size_t cp; /* code-point position */
} cursor;

static inline uint32_t peek(const cursor *c, size_t *n) {
  uint32_t cp;
  if (c->i >= c->len) {
    *n = 0;
    return 0;
  }
  if ((unsigned char)c->s[c->i] < 0x80) { /* ASCII: no call */
    *n = 1;
    return (unsigned char)c->s[c->i];
  }
  size_t k = ng_utf8_decode(c->s + c->i, c->len - c->i, &cp);
  *n = k ? k : 1;
  return cp;
}

/* Code point at byte offset i (0 at end). */
static inline uint32_t cp_at(const char *s, size_t len, size_t i, size_t *n) {
  uint32_t cp;
  if (i >= len) {
    *n = 0;
    return 0;
  }
  if ((unsigned char)s[i] < 0x80) {
    *n = 1;
    return (unsigned char)s[i];
  }
  size_t k = ng_utf8_decode(s + i, len - i, &cp);
  *n = k ? k : 1;
  return cp;
}

static inline void adv(cursor *c, size_t n) {
  c->i += n;
  c->cp++;
}

static const char *const abbrevs[] = {
    "Mr", "Mrs", "Ms", "Dr", "Gen", "Col", "Lt", "Sgt", "Capt", "Maj", "Adm", "Sen", "Rep",
    "Gov", "Prof", "St", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
    "Oct", "Nov", "Dec", "Inc", "Co", "Corp", "Ltd", "Jr", "Sr", "vs", "etc", "Brig",
    "Rev", "Mt", "Ft", "Cmdr", "Gens", "Messrs", "approx", "Dept", "Lt.Col", "Ret", "Retd",
    "Rtd", "Rt", "Hon", "Pvt", NULL};

/* typical sentence starters: after "U.S." they end a sentence; no given
 * name is one (see "Ma." below) */
static const char *const starters[] = {"The", "A", "An", "It", "He", "She", "They", "We",
                                          "I", "But", "And", "This", "That", "In", "On", "At",
                                          "As", "Its", "His", "Her", NULL};

static bool is_starter(const char *w, size_t n) {
  for (size_t s = 0; starters[s]; s++)
    if (strlen(starters[s]) == n && memcmp(starters[s], w, n) == 0) return true;
  return false;
}

static bool is_abbrev(const char *w, size_t n) {
  if (n == 0 || n > 6) return false; /* (the lengths of the abbreviations) */
  for (size_t k = 0; abbrevs[k]; k++) {
    if (abbrevs[k][0] == w[0] && strlen(abbrevs[k]) == n && memcmp(abbrevs[k], w, n) == 0)
      return true;
  }
  return false;
}

/* "Ts.Oyunchimeg", "Ch. Ganzorig", "Yu. Petrov": the initial of a
 * patronymic or a given name whose Cyrillic letter is two Latin ones (Ц,
 * Ч, Ш, Х, Ж, Я, Ё, Ю), as Mongolian and Russian names are written in
 * English; the word W (WL bytes) before a dot, AT the byte after it.  One
 * only before a capital glued to the dot, or before a space and a
 * capitalized word that opens no sentence. */
static bool digraph_initial(const char *text, size_t len, const char *w, size_t wl, size_t at) {
  static const char *const digraphs[] = {"Ts", "Ch", "Sh", "Kh", "Zh", "Ya", "Yo", "Yu", NULL};
  if (wl != 2) return false;
  bool known = false;
  for (size_t k = 0; digraphs[k] && !known; k++) known = w[0] == digraphs[k][0] && w[1] == digraphs[k][1];
  if (!known || at >= len) return false;
  if (text[at] >= 'A' && text[at] <= 'Z') return true;
  if (text[at] != ' ' || at + 1 >= len || text[at + 1] < 'A' || text[at + 1] > 'Z') return false;
  size_t q = at + 1;
  while (q < len && text[q] != ' ' && text[q] != '\n' && text[q] != ',' && text[q] != '.') q++;
  return !is_starter(text + at + 1, q - at - 1);
}

static ng_token *push_tok(ng_tokens *t) {
  if (t->n == t->cap) {
    t->cap = t->cap ? t->cap * 2 : 256;
    t->tok = ng_xrealloc(t->tok, t->cap * sizeof *t->tok);
  }
  ng_token *k = &t->tok[t->n++];
  memset(k, 0, sizeof *k);
  return k;
}

/* See the sentence splitting in ng_tokenize. */
#define MAX_SENT_TOKENS 256

static void push_sent(ng_tokens *t, uint32_t first, uint32_t end, uint32_t para) {
  if (end <= first) return;
  if (t->n_sent == t->sent_cap) {
    t->sent_cap = t->sent_cap ? t->sent_cap * 2 : 64;
    t->sent = ng_xrealloc(t->sent, t->sent_cap * sizeof *t->sent);
  }
  ng_sentence *s = &t->sent[t->n_sent++];
  s->first = first;
  s->end = end;
  s->para = para;
}

/* Scans a word starting at c; returns with c after it.  Counts its
 * letters and its upper-case letters into *LETTERS and *UPPERS. */
static void scan_word(cursor *c, size_t *letters, size_t *uppers) {
  size_t n;
  for (;;) {
    /* a run of ASCII letters and digits, the bulk of every word */
    while (c->i < c->len) {
      unsigned char b = (unsigned char)c->s[c->i];
      if (b >= 'a' && b <= 'z') {
        (*letters)++;
      } else if (b >= 'A' && b <= 'Z') {
        (*letters)++;
        (*uppers)++;
      } else if (!(b >= '0' && b <= '9')) {
        break;
      }
      c->i++;
      c->cp++;
    }
    uint32_t ch = peek(c, &n);
    if (n == 0) return;
    if (is_letter_cp(ch) || is_digit_cp(ch)) {
      if (is_letter_cp(ch)) {
        (*letters)++;
        if (is_upper_cp(ch)) (*uppers)++;
      }
      adv(c, n);
      continue;
    }
    if (is_apos_cp(ch)) {
      /* internal apostrophe: letter follows, but not a possessive 's + non-letter */
      size_t n2, n3;
      uint32_t nx = cp_at(c->s, c->len, c->i + n, &n2);
      if (!is_letter_cp(nx)) return;
      if ((nx == 's' || nx == 'S')) {
        uint32_t nx2 = cp_at(c->s, c->len, c->i + n + n2, &n3);
        if (!is_letter_cp(nx2)) return; /* possessive: split */
      }
      adv(c, n);
      continue;
    }
    if (ch == '.') {
      /* dotted acronym: U.S. / U.N. / i.e. — a letter follows the dot and then a dot */
      size_t n2, n3;
      uint32_t nx = cp_at(c->s, c->len, c->i + n, &n2);
      if (is_letter_cp(nx)) {
        uint32_t nx2 = cp_at(c->s, c->len, c->i + n + n2, &n3);
        if (nx2 == '.') {
          adv(c, n);
          continue;
        }
      }
      return;
    }
    return;
  }
}

void ng_tokenize(const char *text, size_t len, ng_tokens *t) {
  t->n = 0;
  t->n_sent = 0;
  /* room for a token per 6 bytes (English text has one per 5 to 6): the
   * array is not grown token by token from 256 */
  if (t->cap < len / 6 + 64) {
    t->cap = len / 6 + 64;
    t->tok = ng_xrealloc(t->tok, t->cap * sizeof *t->tok);
  }
  cursor c = {text, len, 0, 0};
  uint32_t para = 0;
  bool space_before = true, line_start = true, para_start = true;
  size_t n;
  while (c.i < len) {
    if (text[c.i] == ' ') { /* the commonest byte between tokens */
      c.i++;
      c.cp++;
      space_before = true;
      continue;
    }
    uint32_t ch = peek(&c, &n);
    if (ch == '\n') {
      adv(&c, n);
      if (!line_start) para++;
      line_start = true;
      para_start = true;
      space_before = true;
      continue;
    }
    if (is_space_cp(ch) || ch < 0x20 || ch == 0x7F) {
      adv(&c, n);
      space_before = true;
      continue;
    }
    ng_token *k = push_tok(t);
    k->b = (uint32_t)c.i;
    k->cb = (uint32_t)c.cp;
    k->para = para;
    if (space_before) k->flags |= NG_TF_SPACE_BEFORE;
    if (line_start) k->flags |= NG_TF_LINE_START;
    if (para_start) k->flags |= NG_TF_PARA_START;
    space_before = line_start = para_start = false;
    size_t letters = 0, uppers = 0; /* of a word */
    if (is_letter_cp(ch)) {
      k->type = NG_TOK_WORD;
      scan_word(&c, &letters, &uppers);
      /* trailing dot of an abbreviation, an initial, or a dotted acronym */
      size_t wl = c.i - k->b;
      const char *w = text + k->b;
      size_t n2;
      uint32_t nx = cp_at(text, len, c.i, &n2);
      if (nx == '.') {
        bool dotted = memchr(w, '.', wl) != NULL;
        bool initial = ng_utf8_count(w, wl) == 1 && is_upper_cp(ch);
        /* "No. 10" but not "said No." */
        bool number_abbrev = wl == 2 && (w[0] == 'N' || w[0] == 'n') && w[1] == 'o';
        if (number_abbrev) {
          size_t q = c.i + n2;
          while (q < len && text[q] == ' ') q++;
          number_abbrev = q < len && text[q] >= '0' && text[q] <= '9';
          if (number_abbrev) adv(&c, n2);
        } else if (dotted || initial || is_abbrev(w, wl) || digraph_initial(text, len, w, wl, c.i + n2)) {
          adv(&c, n2);
        } else if (wl == 2 && w[0] == 'M' && w[1] == 'a' && c.i + n2 + 1 < len &&
                   text[c.i + n2] == ' ' && text[c.i + n2 + 1] >= 'A' &&
                   text[c.i + n2 + 1] <= 'Z') {
          /* "Gov. Ma. Teresa Cruz": the Filipino short form of "Maria"
           * opening a name, not the surname Ma ending a sentence ("Jack
           * Ma. The"): no capitalized word before it but a title's
           * abbreviation or "By", and two capitalized words after it */
          const ng_token *pv = t->n >= 2 ? &t->tok[t->n - 2] : NULL;
          bool opens = !pv || pv->para != para || !(pv->flags & NG_TF_CAP) ||
                       text[pv->e - 1] == '.' ||
                       (pv->e - pv->b == 2 && !memcmp(text + pv->b, "By", 2));
          size_t q = c.i + n2 + 1, words = 0;
          for (; words < 2 && q < len && text[q] >= 'A' && text[q] <= 'Z'; words++) {
            size_t q0 = q;
            while (q < len && text[q] != ' ' && text[q] != '\n' && text[q] != ',' &&
                   text[q] != '.')
              q++;
            /* ("Ma. The ...": a sentence starter is no given name) */
            if (words == 0 && is_starter(text + q0, q - q0)) opens = false;
            if (q < len && text[q] == ' ') q++;
          }
          if (opens && words == 2) adv(&c, n2);
        }
      }
    } else if (is_digit_cp(ch)) {
      k->type = NG_TOK_NUM;
      for (;;) {
        uint32_t d = peek(&c, &n);
        if (n == 0) break;
        if (is_digit_cp(d) || is_letter_cp(d)) {
          adv(&c, n);
          continue;
        }
        if (d == ',' || d == '.' || d == ':') {
          size_t n2;
          uint32_t nx = cp_at(text, len, c.i + n, &n2);
          if (is_digit_cp(nx)) {
            adv(&c, n);
            continue;
          }
        }
        break;
      }
    } else if (ch == '"' && t->n >= 4 && !(k->flags & NG_TF_SPACE_BEFORE) &&
               t->tok[t->n - 2].type == NG_TOK_NUM && t->tok[t->n - 4].type == NG_TOK_NUM &&
               t->tok[t->n - 3].type == NG_TOK_QUOTE && text[t->tok[t->n - 3].b] == '\'' &&
               !(t->tok[t->n - 2].flags & NG_TF_SPACE_BEFORE) &&
               !(t->tok[t->n - 3].flags & NG_TF_SPACE_BEFORE)) {
      /* "0'12\"", "1'50\"": minutes and seconds, as a script times its
       * clips -- no quotation marks */
      k->type = NG_TOK_PUNCT;
      t->tok[t->n - 3].type = NG_TOK_PUNCT;
      t->tok[t->n - 3].single = 0;
      t->tok[t->n - 3].quote = NG_Q_NONE;
      adv(&c, n);
    } else if (ch == '"' || ch == 0x201C || ch == 0x201D || ch == 0x201E || ch == 0x00AB ||
               ch == 0x00BB) {
      k->type = NG_TOK_QUOTE;
      k->quote = (ch == 0x201C || ch == 0x201E || ch == 0x00AB) ? NG_Q_OPEN
                 : (ch == 0x201D || ch == 0x00BB)               ? NG_Q_CLOSE
                                                                 : NG_Q_AMBIG;
      if (ch == 0x00AB || ch == 0x00BB) {
        /* German and Bulgarian quote the other way round, glued to the
         * words: "»Text,« he said" -- a » after a space and before a letter
         * opens, a « after a word or a comma and before a space closes */
        size_t n2;
        uint32_t nx = cp_at(text, len, c.i + n, &n2);
        bool sp_before = c.i == 0 || text[c.i - 1] == ' ' || text[c.i - 1] == '\n' ||
                            text[c.i - 1] == '\t' || text[c.i - 1] == '(';
        bool sp_after = n2 == 0 || nx == ' ' || nx == '\n' || nx == '\t' || nx == '.' ||
                           nx == ',' || nx == ';' || nx == ':' || nx == ')';
        if (ch == 0x00BB && sp_before && (is_letter_cp(nx) || is_digit_cp(nx)))
          k->quote = NG_Q_OPEN;
        else if (ch == 0x00AB && !sp_before && sp_after)
          k->quote = NG_Q_CLOSE;
      }
      adv(&c, n);
    } else if ((ch == '\'' || ch == '`') && c.i + 1 < len && text[c.i + 1] == (char)ch) {
      /* two apostrophes or backticks, as OCR and old typesetting write a
       * double quotation mark: ''The sea is ours,'' he said; ``Yes'' */
      k->type = NG_TOK_QUOTE;
      k->quote = ch == '`' ? NG_Q_OPEN : NG_Q_AMBIG;
      adv(&c, 2);
    } else if (is_apos_cp(ch) || ch == 0x2018) {
      /* possessive 's / ’s, or a single quotation mark */
      size_t n2, n3;
      uint32_t nx = cp_at(text, len, c.i + n, &n2);
      uint32_t nx2 = cp_at(text, len, c.i + n + n2, &n3);
      bool after_word = t->n >= 2 && !(k->flags & NG_TF_SPACE_BEFORE) &&
                        t->tok[t->n - 2].type != NG_TOK_PUNCT;
      if (ch != 0x2018 && after_word && (nx == 's' || nx == 'S') && !is_letter_cp(nx2)) {
        k->type = NG_TOK_WORD;
        adv(&c, n);
        adv(&c, n2);
      } else {
        k->type = NG_TOK_QUOTE;
        k->single = 1;
        k->quote = ch == 0x2018 ? NG_Q_OPEN : after_word ? NG_Q_CLOSE : NG_Q_OPEN;
        adv(&c, n);
      }
    } else {
      k->type = NG_TOK_PUNCT;
      adv(&c, n);
    }
    k->e = (uint32_t)c.i;
    k->ce = (uint32_t)c.cp;
    if (k->type == NG_TOK_WORD) {
      /* (a possessive "'s" starts with no capital and has one letter) */
      if (is_upper_cp(ch)) k->flags |= NG_TF_CAP;
      if (letters >= 2 && uppers == letters) k->flags |= NG_TF_ALLCAPS;
    }
  }

  /* sentences */
  uint32_t first = 0;
  for (size_t i = 0; i < t->n; i++) {
    ng_token *k = &t->tok[i];
    bool brk = false;
    size_t last = i; /* last token of the sentence if we break after i */
    if (i + 1 < t->n && t->tok[i + 1].para != k->para) {
      brk = true;
    } else if (i + 1 < t->n) {
      const char *w = text + k->b;
      size_t wl = k->e - k->b;
      bool terminal = false;
      if (k->type == NG_TOK_PUNCT && (w[0] == '.' || w[0] == '?' || w[0] == '!')) terminal = true;
      bool acronym_end = false;
      if (k->type == NG_TOK_WORD && wl >= 2 && w[wl - 1] == '.') {
        /* "U.S." at a sentence end: only when a typical sentence starter follows */
        if (memchr(w, '.', wl - 1)) acronym_end = true;
      }
      if (terminal || acronym_end) {
        size_t j = i + 1;
        /* closing quotes and brackets stay with the sentence they close */
        while (j < t->n && t->tok[j].para == k->para &&
               ((t->tok[j].type == NG_TOK_QUOTE && t->tok[j].quote != NG_Q_OPEN) ||
                (t->tok[j].type == NG_TOK_PUNCT && text[t->tok[j].b] == ')')) &&
               !(t->tok[j].flags & NG_TF_SPACE_BEFORE))
          j++;
        /* and so does a note's call set right after it: ".[4] The", ".[2][3]" */
        while (j + 2 < t->n && t->tok[j].type == NG_TOK_PUNCT && text[t->tok[j].b] == '[' &&
               !(t->tok[j].flags & NG_TF_SPACE_BEFORE) && t->tok[j].para == k->para) {
          size_t q = j + 1;
          while (q < t->n && q < j + 8 && !(t->tok[q].flags & NG_TF_SPACE_BEFORE) &&
                 (t->tok[q].type == NG_TOK_NUM ||
                  (t->tok[q].type == NG_TOK_PUNCT && text[t->tok[q].b] == ',')))
            q++;
          if (q == j + 1 || q >= t->n || t->tok[q].type != NG_TOK_PUNCT ||
              text[t->tok[q].b] != ']' || (t->tok[q].flags & NG_TF_SPACE_BEFORE))
            break;
          j = q + 1;
        }
        if (j < t->n && t->tok[j].para == k->para && (t->tok[j].flags & NG_TF_SPACE_BEFORE)) {
          const ng_token *nx = &t->tok[j];
          bool starts = (nx->flags & NG_TF_CAP) || nx->type == NG_TOK_NUM ||
                        (nx->type == NG_TOK_QUOTE && nx->quote != NG_Q_CLOSE);
          if (acronym_end && starts) starts = is_starter(text + nx->b, nx->e - nx->b);
          if (starts) {
            brk = true;
            last = j - 1;
          }
        }
      }
    } else {
      brk = true;
    }
    /* a "sentence" of hundreds of tokens (news has none past 150) is a list
     * or a run-on text: broken after a comma or semicolon from
     * MAX_SENT_TOKENS on, anywhere from 5/4 of it, since rules look back
     * and forth within a sentence from each of its words */
    if (!brk && i + 1 < t->n && i + 1 - first >= MAX_SENT_TOKENS &&
        ((k->type == NG_TOK_PUNCT && (text[k->b] == ',' || text[k->b] == ';')) ||
         i + 1 - first >= MAX_SENT_TOKENS + MAX_SENT_TOKENS / 4))
      brk = true;
    if (brk) {
      push_sent(t, first, (uint32_t)last + 1, t->tok[first].para);
      first = (uint32_t)last + 1;
      i = last;
    }
  }
  for (size_t s = 0; s < t->n_sent; s++) {
    for (uint32_t i = t->sent[s].first; i < t->sent[s].end; i++) t->tok[i].sent = (uint32_t)s;
    t->tok[t->sent[s].first].flags |= NG_TF_SENT_START;
  }
}

void ng_tokens_free(ng_tokens *t) {
  if (!t) return;
  free(t->tok);
  free(t->sent);
  t->tok = NULL;
  t->sent = NULL;
  t->n = t->cap = t->n_sent = t->sent_cap = 0;
}
