/* text.c - plain-text articles: UTF-8 checking, boilerplate removal,
 * headline, byline and date line.
 *
 * Scraped news comes with the site around it: browser warnings, share
 * buttons, photo credits, a store link.  We drop whole LINES, and only when
 * a clear rule says the line is furniture, because the cleaned text is what
 * mention offsets point into: everything that stays is kept byte for byte
 * (but for the line break inside a hard-wrapped paragraph, which becomes a
 * space, or goes with the hyphen of a word broken at the line end). */
#include "extractor/ingest_internal.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#endif

/* How many non-blank lines at the start (and end) of an article may hold a
 * byline or a date line; further in, a bare date is a timeline entry. */
#define HEAD_LINES 12
#define TAIL_LINES 4
/* Longest line that can still be a headline; longer ones are paragraphs. */
#define MAX_TITLE_BYTES 400
/* Longest byline / date line / caption considered. */
#define MAX_BYLINE_BYTES 160
#define MAX_CAPTION_BYTES 600

/* ------------------------------------------------------------ small helpers */

/* (no strlen of the literal: these run millions of times over word lists,
 * and most comparisons fail at the first character) */
bool ng_ingest_ieq(const char *s, size_t len, const char *lower) {
  size_t i = 0;
  for (; lower[i]; i++)
    if (i >= len || ng_c_tolower(s[i]) != lower[i]) return false;
  return i == len;
}

bool ng_ingest_iprefix(const char *s, size_t len, const char *lower) {
  for (size_t i = 0; lower[i]; i++)
    if (i >= len || ng_c_tolower(s[i]) != lower[i]) return false;
  return true;
}

bool ng_ingest_isuffix(const char *s, size_t len, const char *lower) {
  size_t n = strlen(lower);
  if (n > len) return false;
  return ng_ingest_iprefix(s + len - n, n, lower);
}

size_t ng_ingest_ifind(const char *s, size_t len, const char *lower) {
  size_t n = strlen(lower);
  if (n == 0) return 0;
  if (n > len) return (size_t)-1;
  /* S[i] folds to LOWER[0] only if it is LOWER[0] or its upper-case form */
  char c0 = lower[0], c1 = ng_c_lower(c0) ? (char)(c0 - 'a' + 'A') : c0;
  if (ng_c_upper(c0)) return (size_t)-1; /* no byte folds to an upper-case letter */
  /* A byte of LOWER that is no letter matches only itself, so memchr can
   * find the candidates for it ("<html", "photo: ", "is not supported.
   * for ..."): the first such byte other than a space (common in text),
   * else the first space; a needle of letters only is scanned as below. */
  size_t a = n;
  for (size_t k = 0; k < n; k++) {
    if (ng_c_alpha(lower[k])) continue;
    if (a == n) a = k;
    if (lower[k] != ' ') {
      a = k;
      break;
    }
  }
  if (a < n) {
    for (size_t i = 0; i + n <= len; i++) {
      const char *hit = memchr(s + i + a, lower[a], len - n - i + 1);
      if (!hit) break;
      i = (size_t)(hit - s) - a;
      if (ng_ingest_iprefix(s + i, len - i, lower)) return i;
    }
    return (size_t)-1;
  }
  for (size_t i = 0; i + n <= len; i++)
    if ((s[i] == c0 || s[i] == c1) && ng_ingest_iprefix(s + i + 1, len - i - 1, lower + 1)) return i;
  return (size_t)-1;
}

static bool in_list(const char *s, size_t len, const char *const *list) {
  if (len == 0) {
    for (size_t i = 0; list[i]; i++)
      if (!list[i][0]) return true;
    return false;
  }
  char f = ng_c_tolower(s[0]); /* most words differ at the first character */
  for (size_t i = 0; list[i]; i++)
    if (list[i][0] == f && ng_ingest_ieq(s, len, list[i])) return true;
  return false;
}

static bool prefix_in_list(const char *s, size_t len, const char *const *list) {
  for (size_t i = 0; list[i]; i++)
    if (ng_ingest_iprefix(s, len, list[i])) return true;
  return false;
}

/* A word list grouped by the first byte of its words (by the last, for
 * suffix tests), with their lengths: every line is tested against lists of
 * a hundred phrases and more, of which only a few can start (or end) like
 * it.  Each group keeps the list's order.  Built once and kept. */
typedef struct {
  const char **word;
  size_t *len;
  size_t from[258]; /* key byte b: word[from[b] .. from[b + 1]); 256: "" */
} word_index;

static unsigned index_key(const char *w, size_t n, bool by_last) {
  return n == 0 ? 256 : (unsigned char)(by_last ? w[n - 1] : w[0]);
}

static void index_build(word_index *x, const char *const *list, bool by_last) {
  size_t n = 0, at[257];
  while (list[n]) n++;
  x->word = ng_xmalloc((n + 1) * sizeof *x->word);
  x->len = ng_xmalloc((n + 1) * sizeof *x->len);
  memset(x->from, 0, sizeof x->from);
  for (size_t i = 0; i < n; i++) x->from[index_key(list[i], strlen(list[i]), by_last) + 1]++;
  for (size_t k = 1; k < 258; k++) x->from[k] += x->from[k - 1];
  memcpy(at, x->from, sizeof at);
  for (size_t i = 0; i < n; i++) {
    size_t l = strlen(list[i]), j = at[index_key(list[i], l, by_last)]++;
    x->word[j] = list[i];
    x->len[j] = l;
  }
}

/* in_list(S, LEN, list) through the list's index. */
static bool index_has(const word_index *x, const char *s, size_t len) {
  unsigned k = len ? (unsigned char)ng_c_tolower(s[0]) : 256;
  for (size_t j = x->from[k]; j < x->from[k + 1]; j++)
    if (x->len[j] == len && ng_ingest_ieq(s, len, x->word[j])) return true;
  return false;
}

/* prefix_in_list(S, LEN, list) through the list's index. */
static bool index_prefix(const word_index *x, const char *s, size_t len) {
  if (x->from[256] < x->from[257]) return true; /* "" starts everything */
  if (len == 0) return false;
  unsigned k = (unsigned char)ng_c_tolower(s[0]);
  for (size_t j = x->from[k]; j < x->from[k + 1]; j++)
    if (x->len[j] <= len && ng_ingest_iprefix(s, len, x->word[j])) return true;
  return false;
}

/* Length of the first word of the list (in list order) that starts S,
 * ignoring case; 0 if none (the list holds no ""). */
static size_t index_prefix_len(const word_index *x, const char *s, size_t len) {
  if (len == 0) return 0;
  unsigned k = (unsigned char)ng_c_tolower(s[0]);
  for (size_t j = x->from[k]; j < x->from[k + 1]; j++)
    if (x->len[j] <= len && ng_ingest_iprefix(s, len, x->word[j])) return x->len[j];
  return 0;
}

/* Does S end with a word of the list (indexed by last bytes), ignoring case? */
static bool index_suffix(const word_index *x, const char *s, size_t len) {
  if (x->from[256] < x->from[257]) return true;
  if (len == 0) return false;
  unsigned k = (unsigned char)ng_c_tolower(s[len - 1]);
  for (size_t j = x->from[k]; j < x->from[k + 1]; j++)
    if (x->len[j] <= len && ng_ingest_iprefix(s + len - x->len[j], x->len[j], x->word[j]))
      return true;
  return false;
}

/* The indexes of the longest lists (defined further down), built on first use. */
typedef struct {
  word_index furniture, furniture_prefixes, caption_suffixes, not_names, date_labels, particles,
      label_words, social_words, byline_any, byline_head;
} list_indexes;
static const list_indexes *indexes(void);

/* Trims ASCII spaces and tabs (and NBSP) on both sides of [*b, *e). */
static void trim(const char *s, size_t *b, size_t *e) {
  for (;;) {
    if (*b < *e && (s[*b] == ' ' || s[*b] == '\t')) {
      (*b)++;
    } else if (*b + 1 < *e && (unsigned char)s[*b] == 0xC2 && (unsigned char)s[*b + 1] == 0xA0) {
      *b += 2;
    } else {
      break;
    }
  }
  for (;;) {
    if (*e > *b && (s[*e - 1] == ' ' || s[*e - 1] == '\t' || s[*e - 1] == '\r')) {
      (*e)--;
    } else if (*e >= *b + 2 && (unsigned char)s[*e - 2] == 0xC2 &&
               (unsigned char)s[*e - 1] == 0xA0) {
      *e -= 2;
    } else {
      break;
    }
  }
}

bool ng_ingest_blank(const char *text, size_t len) {
  size_t i = 0;
  while (i < len) {
    unsigned char c = (unsigned char)text[i];
    if (ng_c_space((char)c)) {
      i++;
    } else if (c == 0xC2 && i + 1 < len && (unsigned char)text[i + 1] == 0xA0) {
      i += 2;
    } else if (c == 0xEF && i + 2 < len && (unsigned char)text[i + 1] == 0xBB &&
               (unsigned char)text[i + 2] == 0xBF) {
      i += 3;
    } else {
      return false;
    }
  }
  return true;
}

/* ------------------------------------------------------------ byte checks */

/* The end of the run of printable ASCII bytes (0x20..0x7E) at S+I, at most
 * LEN: most of any article, so it is looked at 16 bytes at a time (SSE2,
 * which every x86-64 has), else 8. */
static size_t printable_run(const char *s, size_t i, size_t len) {
#if defined(__SSE2__) && defined(__GNUC__)
  const __m128i below = _mm_set1_epi8(0x20), del = _mm_set1_epi8(0x7F);
  for (; i + 16 <= len; i += 16) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
    /* signed bytes: 0x80 and above are negative, so below 0x20 too */
    __m128i ok = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_sub_epi8(below, _mm_set1_epi8(1))),
                               _mm_cmplt_epi8(v, del));
    unsigned m = (unsigned)_mm_movemask_epi8(ok);
    if (m != 0xFFFF) return i + (size_t)__builtin_ctz(~m);
  }
#endif
  const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
  for (; i + 8 <= len; i += 8) {
    uint64_t w;
    memcpy(&w, s + i, 8);
    /* some byte is below 0x20, or 0x7F and above (+1 sets its high bit) */
    if (((w - 0x20 * ones) & ~w & highs) || (((w + ones) | w) & highs)) break;
  }
  while (i < len && (unsigned char)s[i] >= 0x20 && (unsigned char)s[i] < 0x7F) i++;
  return i;
}

ng_status ng_ingest_check_bytes(const char *path, const char *bytes, size_t len) {
  if (len == 0) {
    ng_log(NG_LOG_ERROR, path, 0, 0, "empty input: there is no article text to read");
    return NG_ERR_INPUT;
  }
  /* A file is binary (or UTF-16) when control characters, NUL included, are
   * more than a tenth of its first bytes; a few stray NULs in scraped text
   * are replaced by spaces like other control characters (with a warning). */
  if (len >= 2 && (((unsigned char)bytes[0] == 0xFF && (unsigned char)bytes[1] == 0xFE) ||
                   ((unsigned char)bytes[0] == 0xFE && (unsigned char)bytes[1] == 0xFF))) {
    ng_log(NG_LOG_ERROR, path, 0, 0,
           "UTF-16 text (byte-order mark 0x%02X%02X), not UTF-8: convert it first, "
           "e.g. iconv -f UTF-16 -t UTF-8",
           (unsigned char)bytes[0], (unsigned char)bytes[1]);
    return NG_ERR_INPUT;
  }
  size_t n = len < NG_SNIFF_BYTES ? len : NG_SNIFF_BYTES;
  size_t ctrl = 0, first_nul = SIZE_MAX;
  for (size_t i = printable_run(bytes, 0, n); i < n; i = printable_run(bytes, i + 1, n)) {
    unsigned char c = (unsigned char)bytes[i];
    if (c == 0 && first_nul == SIZE_MAX) first_nul = i;
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') || c == 0x7F)
      ctrl++;
  }
  if (ctrl * 10 > n) {
    ng_log(NG_LOG_ERROR, path, 0, 0,
           "binary file, not an article (%zu of the first %zu bytes are control characters); "
           "give text or HTML files",
           ctrl, n);
    return NG_ERR_INPUT;
  }
  if (first_nul == SIZE_MAX && len > n) {
    const char *z = memchr(bytes + n, '\0', len - n);
    if (z) first_nul = (size_t)(z - bytes);
  }
  if (first_nul != SIZE_MAX)
    ng_log(NG_LOG_WARNING, path, 0, 0,
           "NUL byte at offset %zu (and perhaps more): replaced by spaces", first_nul);
  return NG_OK;
}

ng_status ng_ingest_utf8(const char *path, const char *bytes, size_t len, bool strict,
                         ng_buf *out, unsigned *warnings) {
  size_t i = 0;
  long line = 1, col = 1;
  long bad_line = 0, bad_col = 0;
  unsigned bad_byte = 0;
  size_t n_bad = 0;
  if (len >= 3 && (unsigned char)bytes[0] == 0xEF && (unsigned char)bytes[1] == 0xBB &&
      (unsigned char)bytes[2] == 0xBF)
    i = 3;
  while (i < len) {
    unsigned char c = (unsigned char)bytes[i];
    if (c == '\r' || c == '\n') {
      ng_buf_addc(out, '\n');
      i += (c == '\r' && i + 1 < len && bytes[i + 1] == '\n') ? 2 : 1;
      line++;
      col = 1;
      continue;
    }
    if ((c >= 0x20 && c < 0x7F) || c == '\t') {
      /* a run of printable ASCII (most of any article) in one copy */
      size_t j = printable_run(bytes, i + 1, len);
      while (j < len && bytes[j] == '\t') j = printable_run(bytes, j + 1, len);
      ng_buf_add(out, bytes + i, j - i);
      col += (long)(j - i);
      i = j;
      continue;
    }
    if (c < 0x80) {
      /* other control characters would only confuse the tokenizer and the
       * terminal; a space keeps the offsets of everything around them */
      ng_buf_addc(out, (c < 0x20 && c != '\t') || c == 0x7F ? ' ' : (char)c);
      i++;
      col++;
      continue;
    }
    uint32_t cp;
    size_t n = ng_utf8_decode(bytes + i, len - i, &cp);
    if (n == 0) {
      if (n_bad++ == 0) {
        bad_line = line;
        bad_col = col;
        bad_byte = c;
      }
      ng_buf_add(out, "\xEF\xBF\xBD", 3);
      i++;
      col++;
      continue;
    }
    if (cp >= 0x80 && cp < 0xA0)
      ng_buf_addc(out, ' '); /* C1 control */
    else
      ng_buf_add(out, bytes + i, n);
    i += n;
    col++;
  }
  if (n_bad > 0) {
    if (strict) {
      ng_log(NG_LOG_ERROR, path, bad_line, bad_col,
             "invalid UTF-8 (byte 0x%02X; %zu bad byte%s in all): convert the file to UTF-8, "
             "or drop --strict to read it with U+FFFD replacements",
             bad_byte, n_bad, n_bad == 1 ? "" : "s");
      return NG_ERR_INPUT;
    }
    ng_log(NG_LOG_WARNING, path, bad_line, bad_col,
           "invalid UTF-8 (byte 0x%02X): %zu bad byte%s replaced by U+FFFD", bad_byte, n_bad,
           n_bad == 1 ? "" : "s");
    if (warnings) (*warnings)++;
  }
  return NG_OK;
}

/* ------------------------------------------------------------ names */

static const char *const particles[] = {"al", "el", "de", "da", "di", "del", "della", "der",
                                        "den", "van", "von", "bin", "ibn", "bint", "le", "la",
                                        "du", "dos", "das", "ter", "abu", "ben", "y", NULL};

/* Words that start a sentence rather than a name ("By Sunday, ...", "By The
 * time ..."): a byline never names them. */
static const char *const not_names[] = {
    "the", "a", "an", "this", "that", "these", "those", "then", "now", "late", "early",
    "mid", "midday", "noon", "midnight", "morning", "evening", "night", "tonight", "today",
    "yesterday", "tomorrow", "contrast", "comparison", "far", "all", "most", "some", "many",
    "law", "order", "default", "design", "definition", "way", "car", "air", "land", "sea",
    "email", "phone", "mail", "hand", "chance", "mistake", "accident", "noon", "his", "her",
    "their", "its", "our", "my", "your", "one", "two", "three", "four", "several", "next",
    "last", "first", "second", "then", "in", "on", "at", "for", "of", "and", "or", "with",
    "from", NULL};

static const char *const agencies[] = {
    "reuters", "afp", "ap", "associated press", "the associated press", "agence france-presse",
    "agence france presse", "al jazeera", "al jazeera and news agencies", "news agencies",
    "agencies", "staff", "staff writer", "staff reporter", "our correspondent", "our reporter",
    "a correspondent", "correspondent", "bloomberg", "bloomberg news", "bbc", "bbc news", "cnn",
    "cnn wire", "xinhua", "tass", "interfax", "ria novosti", "sputnik", "upi", "dpa", "efe",
    "anadolu", "anadolu agency", "irna", "press tv", "the editorial board", "editorial board",
    "web desk", "news desk", "online desk", "pti", "ians", "ani", "wam", "spa", "kuna", "sana",
    "times of israel", "toi staff", "the guardian", "guardian staff", "npr", "voa",
    "voice of america", "rferl", "rfe/rl", "news wires", "wires", "wire services", NULL};

/* Lower-case words allowed after a name in a byline: "By Jane Roe, senior
 * correspondent for Al Jazeera in Lima". */
static const char *const byline_words[] = {
    "and", "of", "for", "the", "in", "at", "from", "on", "with", "to", "news", "staff",
    "correspondent", "reporter", "writer", "editor", "senior", "chief", "contributor",
    "contributing", "agencies", "agency", "bureau", "international", "political",
    "diplomatic", "foreign", "affairs", "special", "reporting", "additional", "updated",
    "published", "posted", "last", "am", "pm", "a.m.", "p.m.", "et", "gmt", "utc", "desk",
    "wires", "wire", "services", "analyst", "columnist", "contributors", "producer",
    "photographer", "journalist", "national", "security", "defence", "defense", "middle",
    "east", "world", "online", "digital", "edition", "by", "editing", "writing", "additional",
    "reporting", "compiled", "min", "mins", "minute", "minutes", "read", "listen", NULL};

static bool is_agency(const char *s, size_t len) {
  if (in_list(s, len, agencies)) return true;
  /* "Reuters Staff", "Al Jazeera Staff", "CNN Wire Staff" */
  return ng_ingest_isuffix(s, len, " staff") || ng_ingest_isuffix(s, len, " desk") ||
         ng_ingest_isuffix(s, len, " agencies") || ng_ingest_isuffix(s, len, " reporters") ||
         ng_ingest_isuffix(s, len, " wires");
}

static bool name_char(const char *s, size_t len, size_t i, size_t *n) {
  unsigned char c = (unsigned char)s[i];
  *n = 1;
  if (ng_c_alpha((char)c) || c == '.' || c == '-' || c == '\'') return true;
  if (c >= 0x80) {
    uint32_t cp;
    size_t k = ng_utf8_decode(s + i, len - i, &cp);
    if (k == 0) return false;
    *n = k;
    /* letters of Latin-1, Latin Extended, Greek, Cyrillic, Arabic ...; right single
     * quotation mark for O’Brien; no punctuation or symbols */
    return (cp >= 0xC0 && cp != 0xD7 && cp != 0xF7 && cp < 0x2000) || cp == 0x2019;
  }
  return false;
}

/* Reads one name token at S+*P; returns its length (0 if none). */
static size_t name_token(const char *s, size_t len, size_t p) {
  size_t i = p, n;
  while (i < len && name_char(s, len, i, &n)) i += n;
  return i - p;
}

static bool token_capitalised(const char *t, size_t n) {
  (void)n;
  unsigned char c = (unsigned char)t[0];
  return ng_c_upper((char)c) || c >= 0x80;
}

/* Reads a person's name at S+P: 1..6 tokens, each capitalised (or a particle
 * such as "al" or "van" before another token, or "al-Hakim").  Returns the
 * bytes consumed (0 if none) and the number of tokens in *NTOK. */
static size_t read_name(const char *s, size_t len, size_t p, int *ntok) {
  size_t i = p, end = p;
  int k = 0;
  *ntok = 0;
  while (i < len && k < 6) {
    size_t n = name_token(s, len, i);
    if (n == 0) break;
    const char *t = s + i;
    size_t tn = n;
    while (tn > 0 && (t[tn - 1] == '.' || t[tn - 1] == '-' || t[tn - 1] == '\'') && tn > 1 &&
           t[tn - 1] != '.')
      tn--;
    bool ok;
    if (token_capitalised(t, tn)) {
      ok = !index_has(&indexes()->not_names, t, tn);
      /* a month's or a weekday's name ends the name ("By Jane Roe May 3"),
       * unless a capitalised name goes on after it ("By Vu Thu Trang",
       * "By April Lee") */
      if (ok && (ng_month_from_name(t, tn) != 0 || ng_weekday_from_name(t, tn) >= 0))
        ok = i + n + 1 < len && s[i + n] == ' ' && ng_c_upper(s[i + n + 1]) &&
             ng_month_from_name(s + i + n + 1, name_token(s, len, i + n + 1)) == 0;
      /* "A." is an initial, "A" alone an article */
      if (tn == 1 && (t[0] == 'A' || t[0] == 'I')) ok = false;
    } else {
      bool particle = index_has(&indexes()->particles, t, tn);
      bool hyph = (ng_ingest_iprefix(t, tn, "al-") || ng_ingest_iprefix(t, tn, "el-")) && tn > 3;
      /* a particle needs a following token; checked by the loop below */
      ok = hyph || (particle && i + n + 1 < len && s[i + n] == ' ');
    }
    if (!ok) break;
    if (ng_ingest_ieq(t, tn, "and")) break;
    k++;
    /* "B.Enkhjin", "A.Petrova": an initial glued to the name, as Mongolian and
     * Russian papers print bylines, is two parts of a name in one token */
    if (k < 6 && tn >= 4 && ng_c_upper(t[0]) && t[1] == '.' && ng_c_upper(t[2]) && ng_c_lower(t[3]))
      k++;
    end = i + n;
    /* the last token must be a real name part, not a particle */
    if (i + n < len && s[i + n] == ' ') {
      i += n + 1;
    } else {
      break;
    }
  }
  /* drop a trailing particle ("By Jane de" is not a name) */
  while (k > 0) {
    size_t b = end;
    while (b > p && s[b - 1] != ' ') b--;
    if (!index_has(&indexes()->particles, s + b, end - b)) break;
    k--;
    end = b > p ? b - 1 : p;
  }
  *ntok = k;
  return k > 0 ? end - p : 0;
}

/* Appends NAME to OUT, in Title Case when it is written in capitals only
 * ("BY JANE ROE" bylines). */
static void add_name(ng_buf *out, const char *s, size_t n) {
  bool has_lower = false;
  for (size_t i = 0; i < n; i++)
    if (ng_c_lower(s[i])) has_lower = true;
  if (has_lower) {
    ng_buf_add(out, s, n);
    return;
  }
  bool word_start = true;
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (ng_c_upper(c) && !word_start) c = ng_c_tolower(c);
    ng_buf_addc(out, c);
    word_start = (c == ' ' || c == '-' || c == '\'' || c == '.');
  }
}

static bool is_sep(char c) {
  return c == ' ' || c == '\t' || c == ',' || c == '|' || c == ';' || c == '-' || c == '/' ||
         c == '(' || c == ')';
}

/* Skips separators, including the UTF-8 dashes and bullets – — · •. */
static size_t skip_seps(const char *s, size_t len, size_t p) {
  for (;;) {
    if (p < len && is_sep(s[p])) {
      p++;
    } else if (p + 2 < len && (unsigned char)s[p] == 0xE2 && (unsigned char)s[p + 1] == 0x80 &&
               ((unsigned char)s[p + 2] == 0x93 || (unsigned char)s[p + 2] == 0x94 ||
                (unsigned char)s[p + 2] == 0xA2)) {
      p += 3;
    } else if (p + 1 < len && (unsigned char)s[p] == 0xC2 && (unsigned char)s[p + 1] == 0xB7) {
      p += 2;
    } else {
      return p;
    }
  }
}

static size_t word_end(const char *s, size_t len, size_t p) {
  while (p < len && !is_sep(s[p]) && (unsigned char)s[p] != 0xE2 && (unsigned char)s[p] != 0xC2)
    p++;
  return p;
}

/* "9:00pm", "21:00", "10.30", "+0300", "UTC+3", "GMT", "EDT", "a.m." */
static bool time_word(const char *w, size_t n) {
  static const char *const words[] = {"am", "pm", "a.m.", "p.m.", "a.m", "p.m", "at", "on",
                                      "hrs", "h", "z", "ist",
                                      /* (a recording's: "Released: ... · Duration 41:26") */
                                      "duration", "runtime", NULL};
  if (n == 0) return false;
  if (in_list(w, n, words)) return true;
  size_t e = n;
  if (ng_ingest_isuffix(w, e, "a.m.") || ng_ingest_isuffix(w, e, "p.m."))
    e -= 4;
  else if (ng_ingest_isuffix(w, e, "am") || ng_ingest_isuffix(w, e, "pm"))
    e -= 2;
  bool digit = false, other = false;
  for (size_t i = 0; i < e; i++) {
    if (ng_c_digit(w[i]))
      digit = true;
    else if (w[i] != ':' && w[i] != '.' && w[i] != '+' && w[i] != 'h')
      other = true;
  }
  if (digit && !other) return true;
  /* time zone abbreviations: GMT, EDT, CEST, also UTC+3 */
  size_t u = 0;
  while (u < n && ng_c_upper(w[u])) u++;
  if (u >= 1 && u <= 5) {
    if (u == n) return true;
    if (w[u] == '+' || w[u] == '-') {
      for (size_t i = u + 1; i < n; i++)
        if (!ng_c_digit(w[i]) && w[i] != ':') return false;
      return u + 1 < n;
    }
  }
  return false;
}

static const char *const date_labels[] = {
    "first published on", "first published", "last updated on", "last updated",
    "last modified on", "last modified", "published on", "published", "updated on", "updated",
    "posted on", "posted", "modified", "date", "dated", "created", "broadcast on", "broadcast",
    "aired on", "aired", "released on", "released", "press release", "news release",
    "media release", NULL};

static size_t figures_date(const char *s, size_t len, ng_date *out);

/* Figures "D[D]/D[D]/DDDD" at S (the separator "/", "." or "-", the same
 * twice): the three numbers in V, the separator in *SEP, and their length,
 * or 0.  What follows them is the caller's to judge. */
static size_t figures_run(const char *s, size_t len, int v[3], char *sep) {
  size_t p = 0;
  *sep = 0;
  for (int k = 0; k < 3; k++) {
    size_t b = p;
    v[k] = 0;
    while (p < len && ng_c_digit(s[p]) && p - b < 4) v[k] = v[k] * 10 + (s[p++] - '0');
    if (p == b || (k < 2 && p - b > 2) || (k == 2 && p - b != 4)) return 0;
    if (k == 2) break;
    if (p >= len || (s[p] != '/' && s[p] != '.' && s[p] != '-') || (*sep && s[p] != *sep))
      return 0;
    *sep = s[p++];
  }
  return p;
}

/* The length of a date in figures at S ("08/02/2039", "8.2.2039"),
 * whichever order its day and month are in, or 0; V and *SEP as
 * figures_run's. */
static size_t figures_at(const char *s, size_t len, int v[3], char *sep) {
  size_t p = figures_run(s, len, v, sep);
  if (p && p < len && (ng_c_digit(s[p]) || ng_c_alpha(s[p]))) return 0;
  return p;
}

static size_t figures_span(const char *s, size_t len) {
  int v[3];
  char sep;
  return figures_at(s, len, v, &sep);
}

/* A field of a date line in figures ("| Published 15.02.2039", "| Updated:
 * 08/02/2039 09:40", whose order of day and month does not show but is a
 * date all the same): its length, or 0; the date in *DATE when that is
 * still unknown and the figures tell it. */
static size_t figures_field(const char *s, size_t len, ng_date *date) {
  ng_date d;
  size_t n = figures_date(s, len, &d);
  if (n > 0 && date && date->y == 0) *date = d;
  return n ? n : figures_span(s, len);
}

/* Consumes "Published:", "Updated on", ... at S+P; sets *UPDATED for update labels. */
static size_t skip_date_label(const char *s, size_t len, size_t p, bool *updated) {
  /* "Date of sitting:", "Date of issue:": a date of something, labelled */
  if (ng_ingest_iprefix(s + p, len - p, "date of ")) {
    for (size_t q = p + 8; q < len && q < p + 32 && (ng_c_alpha(s[q]) || s[q] == ' ' || s[q] == ':'); q++)
      if (s[q] == ':') {
        q++;
        while (q < len && s[q] == ' ') q++;
        return q;
      }
  }
  /* the labels that can start S+P, in list order */
  const word_index *x = &indexes()->date_labels;
  unsigned k = p < len ? (unsigned char)ng_c_tolower(s[p]) : 256;
  for (size_t j = x->from[k]; j < x->from[k + 1]; j++) {
    const char *label = x->word[j];
    size_t n = x->len[j];
    if (!ng_ingest_iprefix(s + p, len - p, label)) continue;
    if (p + n == len || s[p + n] == ' ' || s[p + n] == ':') {
      if (updated) *updated = strstr(label, "updated") || strstr(label, "modified");
      p += n;
      if (p < len && s[p] == ':') p++;
      while (p < len && s[p] == ' ') p++;
      if (ng_ingest_iprefix(s + p, len - p, "on ")) p += 3;
      return p;
    }
  }
  return p;
}

/* Checks that S[p..len) holds only times, zones, dates and labels, as after
 * the date of "Updated 3 March 2021 10:00 GMT".  A first date seen is stored
 * in *DATE if that is still unknown. */
static bool rest_timeish(const char *s, size_t len, size_t p, ng_date *date) {
  while ((p = skip_seps(s, len, p)) < len) {
    ng_date d;
    bool upd = false;
    size_t q = skip_date_label(s, len, p, &upd);
    if (q != p) {
      p = q;
      continue;
    }
    size_t n = ng_date_parse(s + p, len - p, 0, &d);
    if (n > 0) {
      if (date && date->y == 0) *date = d;
      p += n;
      continue;
    }
    n = figures_field(s + p, len - p, date);
    if (n > 0) {
      p += n;
      continue;
    }
    /* "(Beni time)", "(local time)": the zone in words */
    /* (and a note in brackets that ends the line: "Updated Thursday 15
     * December 2039, 17:20 (see correction below)") */
    if (p > 0 && s[p - 1] == '(') {
      const char *close = memchr(s + p, ')', len - p < 40 ? len - p : 40);
      if (close && close - (s + p) < 32 && close - (s + p) >= 4 &&
          ng_ingest_ieq(close - 4, 4, "time")) {
        p = (size_t)(close - s) + 1;
        continue;
      }
      if (close) {
        size_t after = (size_t)(close - s) + 1;
        while (after < len && (s[after] == ' ' || s[after] == '\r')) after++;
        if (after == len) return true;
      }
    }
    size_t e = word_end(s, len, p);
    if (e == p) return false;
    /* "Updated an hour ago", "Updated 25 minutes ago" */
    if (e - p <= 3 && (ng_ingest_ieq(s + p, e - p, "an") || ng_ingest_ieq(s + p, e - p, "a") ||
                       ng_c_digit(s[p]))) {
      static const char *const units[] = {"minute", "minutes", "min", "mins", "hour", "hours",
                                          "hr", "hrs", "day", "days", NULL};
      size_t u = skip_seps(s, len, e), ue = word_end(s, len, u);
      size_t a = skip_seps(s, len, ue), ae = word_end(s, len, a);
      if (ue > u && in_list(s + u, ue - u, units) && ae > a &&
          ng_ingest_ieq(s + a, ae - a, "ago")) {
        p = ae;
        continue;
      }
    }
    /* "22 June 2036, Tuesday": the weekday after the date, in full (not
     * "Sun", a paper's name) */
    if (!time_word(s + p, e - p) &&
        !(e - p >= 6 && ng_c_upper(s[p]) && ng_weekday_from_name(s + p, e - p) >= 0))
      return false;
    p = e;
  }
  return true;
}

/* The part of a byline after the first name: more names ("and Jim Poe"),
 * agency or job ("Reuters", "senior correspondent"), dates and times.
 * Each word must be capitalised or a known byline word: "By Sunday, the
 * army had..." fails on "army". */
static bool rest_byline(const char *s, size_t len, size_t p, ng_date *date) {
  int words = 0;
  while ((p = skip_seps(s, len, p)) < len) {
    ng_date d;
    bool upd = false;
    size_t q = skip_date_label(s, len, p, &upd);
    if (q != p) {
      p = q;
      continue;
    }
    size_t n = ng_date_parse(s + p, len - p, 0, &d);
    if (n > 0) {
      if (date && date->y == 0) *date = d;
      p += n;
      continue;
    }
    n = figures_field(s + p, len - p, date);
    if (n > 0) {
      p += n;
      continue;
    }
    if (s[p] == '&') {
      p++;
      continue;
    }
    size_t e = word_end(s, len, p);
    if (e == p) return false;
    const char *w = s + p;
    size_t wn = e - p;
    if (++words > 14) return false;
    if (w[0] == '@' || memchr(w, '@', wn) != NULL || ng_ingest_isuffix(w, wn, ".com")) {
      p = e; /* a handle or e-mail address */
      continue;
    }
    if (time_word(w, wn) || token_capitalised(w, wn) || in_list(w, wn, byline_words) ||
        in_list(w, wn, particles)) {
      /* a sentence never hides in a byline: no full stop before another word */
      if (wn > 2 && w[wn - 1] == '.' && !ng_c_upper(w[wn - 2]) && e < len &&
          skip_seps(s, len, e) < len && !time_word(w, wn))
        return false;
      p = e;
      continue;
    }
    return false;
  }
  return true;
}

/* "Jane Roe" at S+P as a person (2+ tokens, not an agency). */
/* Words that make a "name" field a label, not a person ("Press Release"). */
static const char *const label_word_list[] = {
    "press", "release", "releases", "staff", "desk", "team", "editorial", "board", "news",
    "service", "wire", "agency", "newsroom", "bureau", "office", "ministry", "department",
    "media", "online", "digital", "live", "update", "updates", "blog", "statement", "analysis",
    "opinion", "feature", "editor", "editors", "reporter", "reporters", "correspondent",
    "correspondents", "writer", "columnist", "journalist", "photographer", "producer",
    "contributor", "edition", "national", "international", "section", NULL};

static bool label_words(const char *s, size_t n) {
  const word_index *x = &indexes()->label_words;
  size_t i = 0;
  while (i < n) {
    while (i < n && s[i] == ' ') i++;
    size_t e = i;
    while (e < n && s[e] != ' ') e++;
    if (e > i && index_has(x, s + i, e - i)) return true;
    i = e;
  }
  return false;
}

static bool person_at(const char *s, size_t len, size_t p, size_t *n_out) {
  int ntok;
  size_t n = read_name(s, len, p, &ntok);
  *n_out = n;
  return n > 0 && ntok >= 2 && !is_agency(s + p, n) && !label_words(s + p, n);
}

/* More names after a byline's first one: "and Jim Poe", ", Ann Lee and Bo
 * Kim".  Each is appended to CO, one per line. */
static void co_names(const char *s, size_t len, size_t p, ng_buf *co) {
  for (int k = 0; k < 4 && p < len; k++) {
    bool comma = false;
    while (p < len && (s[p] == ' ' || s[p] == ',')) comma |= s[p++] == ',';
    /* "By Ann Lee in Lima and Bo Kim in Quito": past the place of the
     * name before */
    if (ng_ingest_iprefix(s + p, len - p, "in ") && p + 3 < len && ng_c_upper(s[p + 3])) {
      p += 3;
      for (int w = 0; w < 3 && p < len && ng_c_upper(s[p]); w++) {
        p = word_end(s, len, p);
        while (p < len && s[p] == ' ') p++;
      }
      while (p < len && (s[p] == ' ' || s[p] == ',')) comma |= s[p++] == ',';
    }
    if (ng_ingest_iprefix(s + p, len - p, "and "))
      p += 4;
    else if (ng_ingest_iprefix(s + p, len - p, "& "))
      p += 2;
    else if (!comma)
      return; /* names are joined by "and", "&" or a comma */
    while (p < len && s[p] == ' ') p++;
    size_t n;
    if (!person_at(s, len, p, &n)) return;
    /* (not "By Ann Lee, United Nations correspondent": a beat, in lower case
     * after it) */
    size_t q = p + n;
    while (q < len && s[q] == ' ') q++;
    if (q < len && s[q] >= 'a' && s[q] <= 'z' && !ng_ingest_iprefix(s + q, len - q, "and ") &&
        !ng_ingest_iprefix(s + q, len - q, "in "))
      return;
    if (co->len) ng_buf_addc(co, '\n');
    add_name(co, s + p, n);
    p += n;
  }
}

/* Byline proper: PREFIX NAME REST, PREFIX one of "By", "Author:", ... */
static bool parse_byline(const char *s, size_t len, ng_buf *author, ng_buf *co,
                         ng_date *date, bool anywhere) {
  const list_indexes *x = indexes();
  size_t p = index_prefix_len(&x->byline_any, s, len);
  if (p == 0 && !anywhere) p = index_prefix_len(&x->byline_head, s, len);
  ng_date pre = {0, 0, 0};
  if (p == 0 && !anywhere) {
    /* "Posted on 12 June 2024 by Jane Roe": a dated byline */
    bool upd = false;
    size_t q = skip_date_label(s, len, 0, &upd);
    size_t dn = q > 0 ? ng_date_parse(s + q, len - q, 0, &pre) : 0;
    if (dn > 0 && !upd && ng_ingest_iprefix(s + q + dn, len - q - dn, " by "))
      p = q + dn + 4;
  }
  if (p == 0) return false;
  while (p < len && s[p] == ' ') p++;
  size_t n;
  /* "By Reuters", "By Al Jazeera Staff": a byline without a person */
  size_t rest_b = p;
  for (size_t k = 0; agencies[k]; k++) {
    size_t an = strlen(agencies[k]);
    if (ng_ingest_iprefix(s + p, len - p, agencies[k]) && (p + an == len || is_sep(s[p + an]))) {
      if (an > rest_b - p) rest_b = p + an;
    }
  }
  if (rest_b == p && !anywhere) {
    /* "By MNNS", "By KUNA": a news agency's initials alone (two to six
     * capitals, nothing after them) */
    size_t e = p;
    while (e < len && ng_c_upper(s[e])) e++;
    size_t t = e;
    while (t < len && (s[t] == ' ' || s[t] == '.')) t++;
    if (e - p >= 2 && e - p <= 6 && t == len) return true;
  }
  if (rest_b > p) {
    size_t e = word_end(s, len, rest_b);
    if (ng_ingest_ieq(s + rest_b, e - rest_b, " staff")) rest_b = e;
    return rest_byline(s, len, rest_b, date);
  }
  int ntok;
  n = read_name(s, len, p, &ntok);
  if (n == 0 || ntok < 2) return false;
  if (is_agency(s + p, n)) return rest_byline(s, len, p + n, date);
  ng_date d = {0, 0, 0};
  if (!rest_byline(s, len, p + n, &d)) {
    /* "By Wan Hafiz Rahman, senior fellow, Institute for ...", "Posted by
     * Jane Roe on 18 March 2024 · 6 min read": near the top, a short line
     * with an explicit prefix and a full name is a byline whatever follows,
     * unless it reads like a sentence (ends with a full stop) */
    if (anywhere || len > 200 || s[len - 1] == '.' || (p + n < len && s[p + n] != ',' &&
                                                         s[p + n] != ' '))
      return false;
    for (size_t q = p + n; q < len && d.y == 0; q++)
      if (q == 0 || s[q - 1] == ' ') ng_date_parse(s + q, len - q, 0, &d);
  }
  if (d.y == 0) d = pre;
  if (date && date->y == 0) *date = d;
  if (author && author->len == 0) {
    add_name(author, s + p, n);
    if (co && co->len == 0) co_names(s, len, p + n, co);
  }
  return true;
}

/* Does S hold a field separator of parse_name_date ('|', '·' or '•')? */
static bool has_field_sep(const char *s, size_t len) {
  if (memchr(s, '|', len)) return true;
  for (const char *p = s; (p = memchr(p, 0xC2, len - (size_t)(p - s))) != NULL; p++)
    if ((size_t)(p - s) + 1 < len && (unsigned char)p[1] == 0xB7) return true;
  for (const char *p = s; (p = memchr(p, 0xE2, len - (size_t)(p - s))) != NULL; p++)
    if ((size_t)(p - s) + 2 < len && (unsigned char)p[1] == 0x80 && (unsigned char)p[2] == 0xA2)
      return true;
  return false;
}

/* "Jane Roe | September 27, 2015 | 9:00pm EDT": a name field, then a date. */
static bool parse_name_date(const char *s, size_t len, ng_buf *author, ng_date *date) {
  size_t n;
  /* no separator in the line, no name field (the name is not read) */
  if (!has_field_sep(s, len) || !person_at(s, len, 0, &n)) return false;
  size_t p = n;
  while (p < len && s[p] == ' ') p++;
  bool bar = p < len && s[p] == '|';
  bool dot = p + 1 < len && (unsigned char)s[p] == 0xC2 && (unsigned char)s[p + 1] == 0xB7;
  bool bullet = p + 2 < len && (unsigned char)s[p] == 0xE2 && (unsigned char)s[p + 1] == 0x80 &&
                (unsigned char)s[p + 2] == 0xA2;
  if (!bar && !dot && !bullet) return false;
  ng_date d = {0, 0, 0};
  if (!rest_byline(s, len, p, &d) || d.y == 0) return false;
  if (date && date->y == 0) *date = d;
  if (author && author->len == 0) add_name(author, s, n);
  return true;
}

/* "September 27, 2015", "Published: 2015-09-27", "Updated 3 March 2021 10:00 GMT". */
/* A date in figures at S, "29/06/2027", "06.29.2027", where the order of day
 * and month shows (one of them above 12): its length, or 0. */
static size_t figures_date_wd(const char *s, size_t len, int wd, ng_date *out);

static size_t figures_date(const char *s, size_t len, ng_date *out) {
  return figures_date_wd(s, len, -1, out);
}

/* figures_date, with the weekday WD (0 Monday ... 6 Sunday; -1 unknown)
 * that a line named before the figures: it tells day from month when both
 * are 12 or less ("Wednesday 05/10/2039" is 5 October). */
static size_t figures_date_wd(const char *s, size_t len, int wd, ng_date *out) {
  int v[3];
  char sep;
  size_t p = figures_at(s, len, v, &sep);
  if (p == 0) return 0;
  ng_date d = {v[2], v[1], v[0]};
  /* (dots are the day first's: "12.03.2032" is 12 March, as dated in
   * Germany, the Nordic and Baltic states, Russia and Turkey; slashes go
   * both ways, and only a day past 12 tells them apart) */
  if (v[0] <= 12 && v[1] > 12) {
    d.m = v[0], d.d = v[1];
  } else if (!(v[0] > 12 && v[1] <= 12) && sep != '.') {
    ng_date m = {v[2], v[0], v[1]};
    bool ok_d = wd >= 0 && ng_date_valid(d) && ng_date_weekday(d) == wd,
         ok_m = wd >= 0 && ng_date_valid(m) && ng_date_weekday(m) == wd;
    if (ok_d == ok_m) return 0;
    if (ok_m) d = m;
  }
  if (!ng_date_valid(d)) return 0;
  *out = d;
  return p;
}

/* Past a weekday of DAYS opening S ("Mardi 8 ...", "Lunes, 14 ..."), its
 * comma and spaces: the offset of what follows, or 0 if none opens it. */
static size_t past_weekday(const char *s, size_t len, const char *const *days) {
  for (size_t k = 0; days[k]; k++) {
    if (len == 0 || (s[0] | 0x20) != days[k][0]) continue; /* (most lines: no strlen) */
    size_t n = strlen(days[k]);
    if (len > n && ng_ingest_iprefix(s, len, days[k]) && (s[n] == ' ' || s[n] == ',')) {
      size_t p = n;
      if (s[p] == ',') p++;
      while (p < len && s[p] == ' ') p++;
      return p;
    }
  }
  return 0;
}

/* A date in French at S, as francophone papers' English editions keep it:
 * "Mardi 8 septembre 2037", "8 septembre 2037", "1er août 2037" (the
 * weekday optional, the month in small letters or capitalised).  Its
 * length, or 0. */
static size_t french_date(const char *s, size_t len, ng_date *out) {
  static const char *const days[] = {"lundi", "mardi", "mercredi", "jeudi", "vendredi",
                                     "samedi", "dimanche", NULL};
  static const char *const months[] = {"janvier", "f\xC3\xA9vrier", "mars", "avril", "mai",
                                       "juin", "juillet", "ao\xC3\xBBt", "septembre",
                                       "octobre", "novembre", "d\xC3\xA9" "cembre", NULL};
  size_t p = past_weekday(s, len, days);
  int d = 0;
  size_t q = p;
  while (q < len && ng_c_digit(s[q]) && q - p < 2) d = d * 10 + (s[q++] - '0');
  if (q == p || (q < len && ng_c_digit(s[q]))) return 0;
  if (q + 2 <= len && !memcmp(s + q, "er", 2)) q += 2; /* "1er" */
  if (q >= len || s[q] != ' ') return 0;
  q++;
  for (size_t k = 0; months[k]; k++) {
    size_t n = strlen(months[k]);
    if (len - q > n && ng_ingest_iprefix(s + q, len - q, months[k]) && s[q + n] == ' ') {
      size_t r = q + n + 1, y0 = r;
      int y = 0;
      while (r < len && ng_c_digit(s[r]) && r - y0 < 4) y = y * 10 + (s[r++] - '0');
      if (r - y0 != 4 || (r < len && ng_c_digit(s[r]))) return 0;
      ng_date dd = {y, (int)k + 1, d};
      if (!ng_date_valid(dd)) return 0;
      *out = dd;
      return r;
    }
  }
  return 0;
}

/* A date in Spanish or Portuguese at S, as Iberian and Latin American
 * papers' English editions keep it: "Lunes, 14 de junio de 2036", "14 de
 * junho de 2036", "Quarta-feira, 3 de setembro de 2036" (the weekday
 * optional), or a month's short form between the day and the year, "15 Set
 * 2036", "3 dez. 2036".  Its length, or 0. */
static size_t iberian_date(const char *s, size_t len, ng_date *out) {
  static const char *const days[] = {
      "lunes", "martes", "mi\xC3\xA9rcoles", "jueves", "viernes", "s\xC3\xA1" "bado",
      "domingo", "segunda-feira", "ter\xC3\xA7" "a-feira", "quarta-feira", "quinta-feira",
      "sexta-feira", NULL};
  /* (each month's Spanish name, then its Portuguese one) */
  static const char *const months[12][3] = {
      {"enero", "janeiro", NULL},     {"febrero", "fevereiro", NULL},
      {"marzo", "mar\xC3\xA7o", NULL}, {"abril", NULL, NULL},
      {"mayo", "maio", NULL},         {"junio", "junho", NULL},
      {"julio", "julho", NULL},       {"agosto", NULL, NULL},
      {"septiembre", "setiembre", "setembro"}, {"octubre", "outubro", NULL},
      {"noviembre", "novembro", NULL}, {"diciembre", "dezembro", NULL}};
  static const char *const shorts[] = {"ene", "fev", "mar", "abr", "mai", "jun", "jul", "ago",
                                       "set", "out", "nov", "dez", "feb", "may", "sep", "oct",
                                       "dic", "jan", "apr", "aug", "dec", NULL};
  static const int short_month[] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 2, 5, 9, 10, 12,
                                    1, 4, 8, 12};
  size_t p = past_weekday(s, len, days);
  int d = 0;
  size_t q = p;
  while (q < len && ng_c_digit(s[q]) && q - p < 2) d = d * 10 + (s[q++] - '0');
  if (q == p || q >= len || s[q] != ' ') return 0;
  q++;
  bool de = false;
  if (len - q > 3 && ng_ingest_iprefix(s + q, len - q, "de ")) q += 3, de = true;
  size_t w = q;
  while (w < len && ng_c_alpha(s[w])) w++;
  /* (a 'ç' inside "março") */
  if (w + 1 < len && (unsigned char)s[w] == 0xC3 && (unsigned char)s[w + 1] == 0xA7) {
    w += 2;
    while (w < len && ng_c_alpha(s[w])) w++;
  }
  int m = 0;
  for (int k = 0; k < 12 && !m; k++)
    for (int v = 0; v < 3 && months[k][v] && !m; v++)
      if (ng_ingest_ieq(s + q, w - q, months[k][v])) m = k + 1;
  if (!m && !de && w - q == 3)
    for (size_t k = 0; shorts[k] && !m; k++)
      if (ng_ingest_ieq(s + q, 3, shorts[k])) m = short_month[k];
  if (!m) return 0;
  size_t r = w;
  if (!de && w - q == 3 && r < len && s[r] == '.') r++; /* "dez." */
  if (r >= len || s[r] != ' ') return 0;
  r++;
  /* (the long form says "de" twice, the short one never) */
  if (de) {
    if (len - r <= 3 || !ng_ingest_iprefix(s + r, len - r, "de ")) return 0;
    r += 3;
  }
  size_t y0 = r;
  int y = 0;
  while (r < len && ng_c_digit(s[r]) && r - y0 < 4) y = y * 10 + (s[r++] - '0');
  if (r - y0 != 4 || (r < len && (ng_c_digit(s[r]) || ng_c_alpha(s[r])))) return 0;
  ng_date dd = {y, m, d};
  if (!ng_date_valid(dd)) return 0;
  *out = dd;
  return r;
}

/* Past a clock time at S+P and what ends it ("12:00 AM, ", "09:15 - "),
 * when a date follows: the offset of the date, else P. */
static size_t past_clock(const char *s, size_t len, size_t p) {
  size_t q = p;
  while (q < len && q - p < 2 && ng_c_digit(s[q])) q++;
  if (q == p || q + 3 > len || s[q] != ':' || !ng_c_digit(s[q + 1]) || !ng_c_digit(s[q + 2]))
    return p;
  q += 3;
  if (q < len && s[q] == ' ') {
    size_t r = q + 1;
    if (ng_ingest_iprefix(s + r, len - r, "am") || ng_ingest_iprefix(s + r, len - r, "pm")) r += 2;
    else if (ng_ingest_iprefix(s + r, len - r, "a.m.") || ng_ingest_iprefix(s + r, len - r, "p.m."))
      r += 4;
    if (r > q + 1) q = r;
  }
  while (q < len && s[q] == ' ') q++;
  if (q < len && (s[q] == ',' || s[q] == '-' || s[q] == '|')) q++;
  while (q < len && s[q] == ' ') q++;
  return q < len && (ng_c_alpha(s[q]) || ng_c_digit(s[q])) ? q : p;
}

static bool parse_dateline(const char *s, size_t len, ng_date *date, bool *updated) {
  bool upd = false;
  size_t p = skip_date_label(s, len, 0, &upd);
  ng_date d;
  size_t n = ng_date_parse(s + p, len - p, 0, &d);
  /* "Published: 12:00 AM, March 09, 2039": the time first */
  size_t q = n == 0 && p > 0 ? past_clock(s, len, p) : p;
  if (q != p) {
    n = ng_date_parse(s + q, len - q, 0, &d);
    if (n) n += q - p;
  }
  /* "Published on 29/06/2027": figures after a label; "12.03.2032 11:40"
   * (figures alone where they say which is the day) */
  if (n == 0) n = figures_date(s + p, len - p, &d);
  if (n == 0) n = french_date(s + p, len - p, &d);
  if (n == 0) n = iberian_date(s + p, len - p, &d);
  if (n == 0) {
    /* (after a weekday: "Broadcast: Sunday 08.03.2037, 07:00") */
    size_t w = p;
    while (w < len && ng_c_alpha(s[w])) w++;
    int wd = w > p ? ng_weekday_from_name(s + p, w - p) : -1;
    if (wd >= 0) {
      if (w < len && s[w] == ',') w++;
      while (w < len && s[w] == ' ') w++;
      n = figures_date_wd(s + w, len - w, wd, &d);
      if (n) n += w - p;
    }
  }
  if (n == 0 && p > 0 && (n = figures_span(s + p, len - p)) > 0) {
    /* "Published: 08/02/2039 06:15", "Posted: 09/06/2036 23:10": a label,
     * then figures whose order of day and month does not show -- a date
     * line all the same, its date unknown (see ambiguous_figures) */
    d.y = d.m = d.d = 0;
  }
  if (n == 0) return false;
  ng_date extra = {0, 0, 0};
  if (!rest_timeish(s, len, p + n, &extra)) return false;
  if (date) *date = d;
  if (updated) *updated = upd;
  return true;
}

/* "Montevideo, 15/03/2033", "Santo Domingo, 11 Oct 2033 | 10:47 a.m.": a
 * place of up to three capitalized words, a comma, a date (and times).
 * The date in *DATE if not NULL.  Such a line stays in the text (the
 * dateline's place tells whose officials speak) but is no headline. */
static bool place_date(const char *s, size_t len, ng_date *date) {
  if (len == 0 || len > 80 || !ng_c_upper(s[0])) return false;
  size_t q = 0, words = 0, p = 0;
  while (q < len && words < 3 && !p) {
    if (!ng_c_upper(s[q])) return false;
    while (q < len && s[q] != ' ' && s[q] != ',') q++;
    words++;
    if (q < len && s[q] == ',') {
      q++;
      while (q < len && s[q] == ' ') q++;
      /* ("Yaoundé, le 9 février 2039": French places date so) */
      if (q + 3 < len && !memcmp(s + q, "le ", 3) && ng_c_digit(s[q + 3])) q += 3;
      if (q < len && ng_c_digit(s[q])) p = q;
      else return false;
    }
    while (q < len && s[q] == ' ') q++;
  }
  if (!p) return false;
  ng_date d;
  size_t n = ng_date_parse(s + p, len - p, 0, &d);
  if (n == 0) n = figures_date(s + p, len - p, &d);
  if (n == 0) n = french_date(s + p, len - p, &d);
  if (n == 0 || !rest_timeish(s, len, p + n, NULL)) return false;
  if (date) *date = d;
  return true;
}

/* Byline prefixes: recognised anywhere, and near the start or end only. */
static const char *const byline_any[] = {"author: ", "authors: ", "author ", "written by: ",
                                         "byline: ", "reporting by ", NULL};
static const char *const byline_head[] = {"by ", "written by ", "story by ", "words by ",
                                          "reported by ", "text by ", "posted by ", "compiled by ",
                                          "reviewed by ",
                                          /* (a question-and-answer page's interviewer) */
                                          "interview by ", "interviewed by ",
                                          /* (an English edition's bilingual label) */
                                          "par / by ", "por / by ", "par/by ", "por/by ", NULL};

/* ------------------------------------------------------------ boilerplate */

/* Whole lines that are site furniture (compared without case, surrounding
 * bullets and trailing punctuation). */
static const char *const furniture[] = {
    "font size", "text size", "a a a", "a a", "aa", "a- a+", "a+ a-", "share this article",
    "share this story", "share this", "share", "share article", "share story", "shares",
    "share this page", "share on", "share via", "subscribe", "subscribe now", "sign up",
    "sign up now", "sign in", "log in", "login", "register", "advertisement",
    "advertisements", "advert", "ad", "ads", "sponsored", "sponsored content", "click here",
    "read more", "read more stories", "continue reading", "continue reading below",
    "show more", "load more", "see more", "more", "shop now", "skip to main content",
    "skip to content", "skip to navigation", "skip navigation", "comments", "comment",
    "show comments", "view comments", "leave a comment", "post a comment", "add a comment",
    "listen to this article", "listen", "print", "print article", "email", "e-mail",
    "copy link", "link copied", "copied", "follow us", "related", "related articles",
    "related stories", "related content", "related news", "related coverage", "recommended",
    "recommended for you", "recommended stories", "most read", "most popular", "trending",
    "trending now", "you may also like", "you might also like", "menu", "close", "search",
    "home", "back to top", "story continues below advertisement",
    "article continues below advertisement", "article continues below",
    "story continues below", "scroll to continue", "scroll to continue with content",
    "loading", "watch live", "photos", "gallery", "save", "save article", "bookmark",
    "toggle navigation", "newsletter", "sign up for our newsletter",
    "subscribe to our newsletter", "accept", "accept cookies", "accept all cookies",
    "reject all", "manage cookies", "cookie settings", "cookie policy", "privacy policy",
    "terms of use", "terms of service", "all rights reserved", "enable javascript",
    "open in app", "download the app", "get the app", "view gallery", "view image",
    "enlarge", "enlarge image", "expand", "zoom", "fullscreen", "play video", "watch video",
    "video", "audio", "image", "photo", "caption", "hide caption", "toggle caption",
    "show caption", NULL};

/* Line starts that mark furniture, for lines shorter than 300 bytes. */
static const char *const furniture_prefixes[] = {
    "ie 11 is not supported", "internet explorer is not supported",
    "internet explorer 11 is not supported", "your browser is not supported",
    "your browser is out of date", "you are using an outdated browser",
    "this browser is no longer supported", "please enable javascript",
    "javascript is disabled", "you need to enable javascript", "to view this video please",
    "your browser does not support", "for an optimal experience visit our site",
    "subscribe to ", "subscribe for ", "sign up for ", "sign up to ", "click here",
    "read more:", "read more at ", "read more about ", "read more on ", "read more here",
    "related:", "related coverage:", "related articles:", "related stories:",
    "related content:", "related reading:", "see also:", "also read:", "also see:",
    "read also:", "read next:", "must read:", "recommended:", "more:", "more from ",
    "also in this issue", "sponsored:", "sponsored by ", "you are receiving this email",
    "you received this email", "forwarded this email", "view in browser",
    "advertisement -", "advertisement:", "story continues below", "article continues",
    "we use cookies", "this site uses cookies", "this website uses cookies",
    "our site uses cookies", "our website uses cookies", "we and our partners use cookies",
    "by continuing to use", "by continuing to browse", "by using this site",
    "by using this website", "by using our site", "by using our website", "accept cookies",
    "accept all cookies", "cookie policy", "cookie settings", "cookie preferences",
    "manage cookie", "share on ", "share this:", "share this story", "share this article",
    "share via ", "share to ", "follow us on ", "follow us:", "follow @", "like us on ",
    "join us on ", "tweet this", "click to share on ", "click to email", "click to print",
    "image:", "image source", "image caption", "media caption", "photo:", "photo by ",
    "photo credit", "photograph:", "photograph by ", "picture:", "pictures:", "pictured:",
    "caption:", "credit:", "credits:", "file photo", "getty images", "image credit",
    "(photo:", "(photo by ", "(image:", "download our app", "get our app",
    "get the latest news", "get breaking news", "listen to this story", "copyright ©",
    "© copyright", "copyright (c)", "all rights reserved", "tags:", "topics:", "keywords:",
    "related topics:", "about the author:", "about the authors:", "most read:", "most popular:",
    "most viewed:", "trending:", "trending now:",
    /* a review page's lists of other books */
    "also reviewed this week:", "also reviewed:", "bestsellers this week:", "bestsellers:",
    /* an encyclopedia's hatnotes, which point to other pages */
    "not to be confused with ", "for other uses, see ", "for other uses of ",
    "this article is about ", "main article: ", "main articles: ", "further information: ",
    NULL};

/* Line ends that mark a photo caption or credit. */
static const char *const caption_suffixes[] = {
    "/ reuters", "/reuters", "/ afp", "/afp", "/ ap", "/ epa", "/epa", "/ getty images",
    "getty images", "via getty images", "/ getty", "[afp]", "[reuters]", "[ap]", "[epa]",
    "[getty images]", "[getty]", "[al jazeera]", "[file: afp]", "[file: reuters]",
    "[file photo]", "(reuters)", "/ anadolu agency", "[anadolu agency]", "/ xinhua", "[xinhua]",
    "(afp photo)", "(ap photo)", "(getty images)", "/ shutterstock", "shutterstock",
    "/ alamy", "/ sipa", "/ tass", "(reuters photo)", "/ dpa", "[epa-efe]", "/ epa-efe",
    NULL};

/* Words a social-sharing strip is made of ("Facebook Twitter Email"). */
static const char *const social_words[] = {
    "facebook", "twitter", "x", "linkedin", "whatsapp", "email", "e-mail", "print", "reddit",
    "pinterest", "telegram", "messenger", "copy", "link", "share", "comments", "flipboard",
    "tumblr", "mail", "sms", "threads", "bluesky", "mastodon", "youtube", "instagram", "tiktok",
    "vk", "pocket", "gmail", "more", NULL};

static bool social_strip(const char *s, size_t len) {
  static const char *const networks[] = {"facebook", "twitter", "linkedin", "whatsapp",
                                         "reddit", "pinterest", "telegram", "flipboard",
                                         "tumblr", "instagram", "youtube", "messenger", NULL};
  size_t p = 0;
  int words = 0;
  bool network = false;
  while ((p = skip_seps(s, len, p)) < len) {
    size_t e = word_end(s, len, p);
    if (e == p) return false;
    if (!index_has(&indexes()->social_words, s + p, e - p)) return false;
    if (in_list(s + p, e - p, networks)) network = true;
    words++;
    p = e;
  }
  return network && words >= 1 && words <= 12;
}

/* A trailing credit inside the last parentheses: "... (Photo: State Department)". */
static bool paren_credit(const char *s, size_t len) {
  static const char *const starts[] = {"photo", "ap photo", "afp photo", "reuters photo",
                                       "image", "picture", "file photo", "credit",
                                       "photograph", "getty", "epa", NULL};
  if (len < 3 || s[len - 1] != ')') return false;
  size_t b = len - 1;
  while (b > 0 && s[b - 1] != '(') b--;
  if (b == 0) return false;
  return prefix_in_list(s + b, len - 1 - b, starts);
}

/* "... Peruvian troops in Lima. Photograph: Ana Ruiz/AP": where the
 * credit's mark starts, or (size_t)-1 if the line ends in no credit */
static size_t inline_credit_at(const char *s, size_t len) {
  static const char *const marks[] = {"photograph: ", "photo: ", "photo credit: ",
                                      "image credit: ", "picture: ", "credit: ",
                                      "reuters/", "ap photo/", "afp photo/", "epa/", NULL};
  /* every mark has a ':' or a '/', and a mark that counts lies in the last
   * 60 bytes + its length (at most 14): none there, no credit */
  size_t from0 = len > 74 ? len - 74 : 0;
  if (!memchr(s + from0, ':', len - from0) && !memchr(s + from0, '/', len - from0))
    return (size_t)-1;
  for (size_t i = 0; marks[i]; i++) {
    /* only the last occurrence counts, and only if at most 60 bytes follow
     * it: so look in the last 60 bytes + the mark's length alone */
    size_t ml = strlen(marks[i]);
    size_t from = len > ml + 60 ? len - ml - 60 : 0;
    size_t at = ng_ingest_ifind(s + from, len - from, marks[i]);
    if (at == (size_t)-1) continue;
    at += from;
    /* find the last occurrence */
    size_t next;
    while ((next = ng_ingest_ifind(s + at + 1, len - at - 1, marks[i])) != (size_t)-1)
      at += 1 + next;
    size_t rest = len - at - strlen(marks[i]);
    if (rest > 60) continue;
    /* the credit is a name or agency, not another sentence */
    const char *r = s + len - rest;
    bool sentence = false;
    for (size_t k = 0; k + 1 < rest; k++)
      if ((r[k] == '.' || r[k] == '!' || r[k] == '?') && r[k + 1] == ' ') sentence = true;
    if (!sentence) return at;
  }
  return (size_t)-1;
}

static bool inline_credit(const char *s, size_t len) {
  return inline_credit_at(s, len) != (size_t)-1;
}

/* A photo caption that tells the news before its credit: "Georgia's
 * defence minister, Ana Kapanadze, greets troops in Gori on Monday. Photo:
 * Levan Roe / Outlet".  A gallery carries its facts in such captions, so the
 * text before the credit is kept (the length of the line to keep, else
 * LEN): at least six words ending a sentence.  A bare credit ("Photo: Jane
 * Roe/AP") or a label ("Soldiers in Nairobi. Photograph: ...") is not. */
static size_t caption_text_end(const char *s, size_t len) {
  size_t n = len;
  while (n > 0 && ng_c_space(s[n - 1])) n--;
  if (n > MAX_CAPTION_BYTES) return len;
  size_t at = inline_credit_at(s, n);
  if (at == (size_t)-1) return len;
  size_t e = at;
  while (e > 0 && s[e - 1] == ' ') e--;
  /* the sentence ends: "... on Monday.", "... pass!", a quotation closed after its stop */
  size_t q = e;
  while (q > 0 && (s[q - 1] == '"' || s[q - 1] == ')' ||
                   (q >= 3 && (unsigned char)s[q - 3] == 0xE2 && (unsigned char)s[q - 2] == 0x80 &&
                    (unsigned char)s[q - 1] == 0x9D)))
    q -= s[q - 1] == '"' || s[q - 1] == ')' ? 1 : 3;
  if (q == 0 || (s[q - 1] != '.' && s[q - 1] != '!' && s[q - 1] != '?')) return len;
  int words = 0;
  for (size_t p = 0; (p = skip_seps(s, e, p)) < e && words < 6;) {
    size_t w = word_end(s, e, p);
    if (w == p) break;
    words++;
    p = w;
  }
  return words >= 6 ? e : len;
}

/* A short shop link at the end of an article ("xyz merch", "Visit our store"). */
static bool merch_line(const char *s, size_t len) {
  static const char *const shop_words[] = {"merch", "merchandise", "store", "shop",
                                           "shopping", "swag", "apparel", NULL};
  if (len == 0 || len > 50) return false;
  char last = s[len - 1];
  if (last == '.' || last == '"' || last == '?' || last == '!') return false;
  int words = 0;
  bool shop = false;
  size_t p = 0;
  while ((p = skip_seps(s, len, p)) < len) {
    size_t e = word_end(s, len, p);
    if (e == p) break;
    if (in_list(s + p, e - p, shop_words)) shop = true;
    words++;
    p = e;
  }
  return shop && words <= 5;
}

/* A line of links to other stories, at the end of a text: fields split by
 * " | ", those after the first no longer than a headline and none closed
 * by a full stop ("Why the visa deal matters | A derby without fans |
 * Letters: ..."), or a closing line that claims the copyright. */
static bool tail_links(const char *s, size_t len) {
  if (len > 600) return false;
  /* ("(c) 2027 The Paper", not an answer's "(c) No.") */
  if (ng_ingest_ifind(s, len, "all rights reserved") != (size_t)-1 ||
      (len > 14 && ng_ingest_iprefix(s, len, "copyright ") && ng_c_digit(s[10])) ||
      (len > 4 && ng_ingest_iprefix(s, len, "(c) ") && ng_c_digit(s[4])) ||
      (len >= 2 && (unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA9))
    return true;
  /* "The Weekly, 14 Harbour Street, Valletta, Malta.": a publisher's
   * address, a field that opens with a number and ends with a street word
   * (one pass over the fields) */
  static const char *const streets[] = {"street", "road", "avenue", "lane", "square", "boulevard",
                                        NULL};
  if (len <= 160)
    for (size_t f = 0, i = 0; i < len; i++) {
      if (s[i] != ',') continue;
      size_t q = f, w = i;
      f = i + 1;
      while (q < i && s[q] == ' ') q++;
      while (w > q && ng_c_alpha(s[w - 1])) w--;
      if (q > 0 && q < w && ng_c_digit(s[q]) && s[w - 1] == ' ' && in_list(s + w, i - w, streets))
        return true;
    }
  size_t bars = 0, field = 0;
  for (size_t i = 0; i + 2 < len; i++) {
    if (s[i] != ' ' || s[i + 1] != '|' || s[i + 2] != ' ') continue;
    if (bars > 0 && (i - field > 100 || s[i - 1] == '.')) return false;
    bars++;
    field = i + 3;
  }
  return bars >= 2 && len - field <= 100 && s[len - 1] != '.';
}

/* A heading over a list of links to other stories: "MORE LIVE COVERAGE",
 * "Related", "Most read", "More galleries" -- at most five words, no full
 * stop. */
static bool links_heading(const char *s, size_t len) {
  static const char *const starts[] = {"more ", "related", "most read", "most popular",
                                       "most viewed", "most watched", "most shared",
                                       "most listened", "most commented", "most emailed",
                                       "most played",
                                       "also in ", "also on ", "also from ", "recommended",
                                       "trending",
                                       "you may also", "you might also", "latest stories",
                                       "top stories", "read next", "read more", "see also",
                                       "popular", "editor's picks", "further reading",
                                       "also read", "read also", "don't miss", "do not miss",
                                       "must read", "latest news", "in other news",
                                       "other news", "other stories", "other articles",
                                       "latest press releases", "latest releases",
                                       "other press releases", "more press releases",
                                       "latest articles", "latest headlines",
                                       "lea tambi\xC3\xA9n", "leia tamb\xC3\xA9m",
                                       "\xC3\xA0 lire aussi", "lire aussi",
                                       /* (press offices' and papers' own
                                        * languages: "OUTROS COMUNICADOS",
                                        * "Autres communiqu\xC3\xA9s", "Noticias
                                        * relacionadas") */
                                       "outros comunicados", "outras not\xC3\xAD" "cias",
                                       "not\xC3\xAD" "cias relacionadas", "veja tamb\xC3\xA9m",
                                       "autres communiqu\xC3\xA9s", "autres articles",
                                       "sur le m\xC3\xAAme sujet", "articles similaires",
                                       "otros comunicados", "noticias relacionadas",
                                       "m\xC3\xA1s noticias", "otras noticias", NULL};
  size_t b = 0, e = len;
  /* (a box's rule or edge around it: "--- INSIDE -----", "| BRIEFS") */
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '-' || s[b] == '=' || s[b] == '|'))
    b++;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == ':' || s[e - 1] == '-' || s[e - 1] == '='))
    e--;
  /* (a newspaper's box of briefs or of what is inside, a social site's
   * sidebar: the whole heading) */
  static const char *const whole[] = {"inside", "briefs", "in brief", "news in brief",
                                      "what's happening", "what\xE2\x80\x99s happening",
                                      "who to follow", "relevant people", "trends for you",
                                      NULL};
  for (size_t k = 0; e - b <= 18 && whole[k]; k++)
    if ((s[b] | 0x20) == whole[k][0] && e - b == strlen(whole[k]) &&
        ng_ingest_iprefix(s + b, e - b, whole[k]))
      return true;
  /* "BACA JUGA / READ ALSO", "LIRE AUSSI | READ ALSO": a bilingual
   * heading, the other language after a slash or a bar */
  if (e > b && e - b <= 60)
    for (size_t i = b + 1; i + 3 < e; i++)
      if (s[i] == ' ' && (s[i + 1] == '/' || s[i + 1] == '|') && s[i + 2] == ' ')
        return links_heading(s + b, i - b) || links_heading(s + i + 3, e - (i + 3));
  if (e <= b || e - b > 40 || s[e - 1] == '.') return false;
  size_t words = 1;
  for (size_t i = b; i < e; i++) words += s[i] == ' ';
  if (words > 5) return false;
  for (size_t k = 0; starts[k]; k++)
    if (ng_ingest_iprefix(s + b, e - b, starts[k])) return true;
  return false;
}

/* "WEB HEADLINE: ...", "HEADLINE: ...": the length of the label (and its
 * spaces) when line S opens with one and goes on, else 0. */
static size_t headline_label(const char *s, size_t len) {
  static const struct {
    const char *w;
    size_t n;
  } labels[] = {{"web headline:", 13}, {"headline:", 9}};
  size_t b = 0;
  while (b < len && s[b] == ' ') b++;
  if (b >= len || ((s[b] | 0x20) != 'w' && (s[b] | 0x20) != 'h')) return 0;
  for (size_t k = 0; k < 2; k++) {
    size_t l = labels[k].n;
    if (len - b > l + 3 && ng_ingest_iprefix(s + b, len - b, labels[k].w)) {
      size_t e = b + l;
      while (e < len && s[e] == ' ') e++;
      return e < len && len - e <= MAX_TITLE_BYTES ? e : 0;
    }
  }
  return 0;
}

/* A heading drawn as a box's top, anywhere in a page: "--- INSIDE ------",
 * "=== BRIEFS ===" (three rule characters at least on one side). */
static bool boxed_heading(const char *s, size_t len) {
  size_t b = 0, rule = 0;
  while (b < len && s[b] == ' ') b++;
  while (b + rule < len && (s[b + rule] == '-' || s[b + rule] == '=')) rule++;
  return rule >= 3 && links_heading(s, len);
}

static list_indexes the_indexes;
static pthread_once_t indexes_once = PTHREAD_ONCE_INIT;

static void build_indexes(void) {
  index_build(&the_indexes.furniture, furniture, false);
  index_build(&the_indexes.furniture_prefixes, furniture_prefixes, false);
  index_build(&the_indexes.caption_suffixes, caption_suffixes, true);
  index_build(&the_indexes.not_names, not_names, false);
  index_build(&the_indexes.date_labels, date_labels, false);
  index_build(&the_indexes.particles, particles, false);
  index_build(&the_indexes.label_words, label_word_list, false);
  index_build(&the_indexes.social_words, social_words, false);
  index_build(&the_indexes.byline_any, byline_any, false);
  index_build(&the_indexes.byline_head, byline_head, false);
}

static const list_indexes *indexes(void) {
  pthread_once(&indexes_once, build_indexes);
  return &the_indexes;
}

/* Languages by their own names, as a site's language switcher lists them
 * (lower case, as some write them: "suomi  svenska  English"). */
static const char *const endonyms[] = {
    "english", "suomi", "svenska", "norsk", "dansk", "eesti", "latviešu", "lietuvių", "polski",
    "deutsch", "français", "español", "português", "italiano", "nederlands", "türkçe",
    "azərbaycanca", "русский", "українська", "беларуская", "қазақша", "ქართული", "հայերեն",
    "العربية", "فارسی", "عربي", "中文", "日本語", "한국어", "kiswahili", "ikinyarwanda",
    "kirundi", "română", "magyar", "čeština", "slovenčina", "slovenščina", "hrvatski",
    "srpski", "српски", "български", "ελληνικά", "shqip", "ไทย", "हिन्दी", "বাংলা", "اردو",
    "íslenska", "føroyskt", "sámegiella",
    /* (capitalized, where the first letter is not ASCII) */
    "Русский", "Українська", "Беларуская", "Қазақша", "Български", "Српски", "Ελληνικά",
    "Čeština", "Íslenska", NULL};

/* A line of two or more language names and nothing else: a language
 * switcher ("Eesti | Русский | English"). */
static bool languages_line(const char *s, size_t n) {
  size_t i = 0, langs = 0;
  while (i < n) {
    while (i < n && (s[i] == ' ' || s[i] == '|' || s[i] == '\t' || s[i] == '/')) i++;
    if (i >= n) break;
    size_t b = i;
    while (i < n && s[i] != ' ' && s[i] != '|' && s[i] != '\t' && s[i] != '/') i++;
    if (!in_list(s + b, i - b, endonyms)) return false;
    langs++;
  }
  return langs >= 2;
}

/* A site's menu copied as text: four or more short fields (one to three
 * words each, the first capitalised) set apart by runs of spaces, bars,
 * middle dots or bullets: "Home   Nation   World   Business   Sport". */
static bool menu_line(const char *s, size_t n) {
  if (n < 64 && languages_line(s, n)) return true;
  size_t fields = 0, i = 0, bars = 0;
  /* (a bar-set menu of five fields or more may name longer pages: "Viet
   * Nam - Laos Relations"; the bars are counted only for such a field, as
   * most lines asked are sentences that fail at their fourth word) */
  size_t max_words = 3;
  bool counted = false;
  while (i < n) {
    while (i < n && (s[i] == ' ' || s[i] == '|' || s[i] == '\t')) bars += s[i++] == '|';
    if (i + 1 < n && (unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xB7) {
      i += 2; /* · */
      continue;
    }
    if (i + 2 < n && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
        (unsigned char)s[i + 2] == 0xA2) {
      i += 3; /* • */
      continue;
    }
    if (i >= n) break;
    /* a field: words set apart by single spaces (in lower case only where
     * two spaces set the fields apart, as a page's tags: "Minister X
     * Estonia  maritime security  Navy") */
    if (!(ng_c_upper(s[i]) || (unsigned char)s[i] >= 0x80) &&
        !(i >= 2 && s[i - 1] == ' ' && s[i - 2] == ' ' && fields >= 1))
      return false;
    size_t words = 1, f = i;
    while (i < n && s[i] != '|' && s[i] != '\t' && !(s[i] == ' ' && i + 1 < n && s[i + 1] == ' ')) {
      if ((unsigned char)s[i] == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xB7) break;
      /* (a sentence fails here, early; the space before a bar ends the field) */
      if (s[i] == ' ' && i + 1 < n && s[i + 1] != '|' && s[i + 1] != ' ' &&
          !(i + 2 < n && (unsigned char)s[i + 1] == 0xC2 && (unsigned char)s[i + 2] == 0xB7) &&
          ++words > max_words) {
        if (counted) return false;
        counted = true;
        size_t all_bars = 0;
        for (const char *q = s; all_bars < 4 && (q = memchr(q, '|', (size_t)(s + n - q))) != NULL;
             q++)
          all_bars++;
        if (all_bars < 4) return false;
        max_words = 5;
        if (words > max_words) return false;
      }
      if (++i - f > 32) return false;
    }
    if (s[i - 1] == '.' || s[i - 1] == ',') return false;
    fields++;
  }
  /* (three set apart by bars are one too: "English | Français | Русский",
   * a ministry's name in three languages) */
  return fields >= 4 || (fields == 3 && bars == 2);
}

/* How the lines of a consent banner begin (each also names cookies). */
static const char *const cookie_leads[] = {"cookies ", "we use ", "we'd like ", "we would like ",
                                           "accept ", "reject ", "manage ", "view cookies",
                                           "this site ", "this website ", "our website ", NULL};

static bool is_boilerplate(const char *s, size_t len) {
  size_t b = 0, e = len;
  /* leading bullets and arrows: "• Read more", "» Related:", "> Share" */
  for (;;) {
    if (b < e && (s[b] == '*' || s[b] == '-' || s[b] == '>' || s[b] == '|' || s[b] == ' ')) {
      b++;
    } else if (b + 2 < e && (unsigned char)s[b] == 0xE2 &&
               (((unsigned char)s[b + 1] == 0x80 && (unsigned char)s[b + 2] == 0xA2) ||
                ((unsigned char)s[b + 1] == 0x96 && (unsigned char)s[b + 2] == 0xBA) ||
                ((unsigned char)s[b + 1] == 0x80 && (unsigned char)s[b + 2] == 0xBA) ||
                ((unsigned char)s[b + 1] == 0x86 && (unsigned char)s[b + 2] == 0x92))) {
      b += 3;
    } else if (b + 1 < e && (unsigned char)s[b] == 0xC2 && (unsigned char)s[b + 1] == 0xBB) {
      b += 2;
    } else {
      break;
    }
  }
  const char *t = s + b;
  size_t n = e - b;
  if (n == 0) return false;
  /* exact furniture, ignoring trailing punctuation and arrows */
  size_t m = n;
  for (;;) {
    if (m > 0 && (t[m - 1] == ':' || t[m - 1] == '.' || t[m - 1] == '!' || t[m - 1] == '>' ||
                  t[m - 1] == '|' || t[m - 1] == ' ' || t[m - 1] == '-')) {
      m--;
    } else if (m >= 3 && (unsigned char)t[m - 3] == 0xE2 &&
               (((unsigned char)t[m - 2] == 0x86 && (unsigned char)t[m - 1] == 0x92) ||
                ((unsigned char)t[m - 2] == 0x80 && (unsigned char)t[m - 1] == 0xBA) ||
                ((unsigned char)t[m - 2] == 0x80 && (unsigned char)t[m - 1] == 0xA6))) {
      m -= 3;
    } else if (m >= 2 && (unsigned char)t[m - 2] == 0xC2 && (unsigned char)t[m - 1] == 0xBB) {
      m -= 2;
    } else {
      break;
    }
  }
  const list_indexes *x = indexes();
  if (m > 0 && index_has(&x->furniture, t, m)) return true;
  if (n < 300 && index_prefix(&x->furniture_prefixes, t, n)) return true;
  if (menu_line(t, n)) return true;
  /* "More releases from this source: X (June 2) | Y", "Also in Defense: X
   * Â· Y": a links heading, a colon, then links set apart by bars, dots
   * or bullets */
  if (n < 400) {
    const char *colon = memchr(t, ':', n < 48 ? n : 48);
    if (colon && links_heading(t, (size_t)(colon - t))) {
      size_t r = (size_t)(colon - t) + 1;
      if (ng_ingest_ifind(t + r, n - r, " | ") != (size_t)-1 ||
          ng_ingest_ifind(t + r, n - r, " \xC2\xB7 ") != (size_t)-1 ||
          ng_ingest_ifind(t + r, n - r, " \xE2\x80\xA2 ") != (size_t)-1)
        return true;
    }
  }
  /* "Menu   Search", "Sign in | Subscribe": furniture words set apart by
   * runs of spaces or bars */
  bool fields_apart = n < 120 && memchr(t, '|', n); /* (or two spaces in a row) */
  if (n < 120)
    for (const char *q = t; !fields_apart && (q = memchr(q, ' ', (size_t)(t + n - q))) != NULL; q++)
      fields_apart = q + 1 < t + n && q[1] == ' ';
  if (fields_apart) {
    size_t fields = 0, i = 0;
    bool all = true;
    while (i < n && all) {
      while (i < n && (t[i] == ' ' || t[i] == '|')) i++;
      if (i >= n) break;
      size_t f = i;
      while (i < n && t[i] != '|' && !(t[i] == ' ' && i + 1 < n && (t[i + 1] == ' ' || t[i + 1] == '|')))
        i++;
      all = index_has(&x->furniture, t + f, i - f);
      fields++;
    }
    if (all && fields >= 2) return true;
  }
  /* a consent banner's lines: "Cookies on this government website", "We'd
   * like to set additional cookies ...", "Accept additional cookies" */
  if (n < 300 && prefix_in_list(t, n, cookie_leads) && ng_ingest_ifind(t, n, "cookies") != (size_t)-1)
    return true;
  if (n < 300 && ng_ingest_ifind(t, n, "is not supported. for an optimal experience") != (size_t)-1)
    return true;
  if (n < 200 && social_strip(t, n)) return true;
  if (n <= MAX_CAPTION_BYTES) {
    if (index_suffix(&x->caption_suffixes, t, n)) return true;
    if (paren_credit(t, n) || inline_credit(t, n)) return true;
  }
  return false;
}

ng_line_kind ng_ingest_classify_line(const char *line, size_t len, bool head, bool tail,
                                     ng_buf *author, ng_date *date, bool *updated) {
  return ng_ingest_classify_line_co(line, len, head, tail, author, NULL, date, updated);
}

ng_line_kind ng_ingest_classify_line_co(const char *line, size_t len, bool head, bool tail,
                                        ng_buf *author, ng_buf *coauthors, ng_date *date,
                                        bool *updated) {
  size_t b = 0, e = len;
  trim(line, &b, &e);
  const char *s = line + b;
  size_t n = e - b;
  ng_date d = {0, 0, 0};
  bool upd = false;
  if (updated) *updated = false;
  if (n == 0) return NG_LINE_TEXT;
  if (n <= MAX_BYLINE_BYTES) {
    /* "Author: Jane Roe" closes many articles: recognised anywhere */
    if (parse_byline(s, n, author, coauthors, &d, !(head || tail))) {
      if (date && d.y) *date = d;
      return NG_LINE_BYLINE;
    }
    if (head && has_field_sep(s, n)) {
      /* "Daily Post | Reporting by Jane Roe | Lima, 3 May 2027": a byline
       * in a later field of a masthead line */
      for (size_t q = 1; q + 1 < n; q++) {
        if (s[q - 1] != '|' || s[q] != ' ') continue;
        size_t f = q + 1; /* (fields copied from a page are often set apart by two spaces) */
        while (f < n && s[f] == ' ') f++;
        if (parse_byline(s + f, n - f, author, coauthors, &d, false)) {
          if (date && d.y) *date = d;
          return NG_LINE_BYLINE;
        }
      }
    }
    if (head || tail) {
      if (parse_name_date(s, n, author, &d)) {
        if (date) *date = d;
        return NG_LINE_BYLINE;
      }
      if (parse_dateline(s, n, &d, &upd)) {
        if (date) *date = d;
        if (updated) *updated = upd;
        return NG_LINE_DATELINE;
      }
    }
  }
  if (is_boilerplate(s, n)) return NG_LINE_BOILERPLATE;
  if (tail && (merch_line(s, n) || tail_links(s, n))) return NG_LINE_BOILERPLATE;
  return NG_LINE_TEXT;
}

bool ng_ingest_author_name(const char *s, size_t len, ng_buf *out) {
  return ng_ingest_author_names(s, len, out, NULL);
}

bool ng_ingest_author_names(const char *s, size_t len, ng_buf *out, ng_buf *co) {
  size_t b = 0, e = len;
  trim(s, &b, &e);
  s += b;
  len = e - b;
  if (len == 0 || len > MAX_BYLINE_BYTES) return false;
  if (ng_ingest_iprefix(s, len, "http") || memchr(s, '@', len) || memchr(s, '/', len))
    return false;
  if (ng_ingest_iprefix(s, len, "by ")) {
    s += 3;
    len -= 3;
    while (len > 0 && *s == ' ') s++, len--;
  }
  size_t n;
  if (!person_at(s, len, 0, &n)) return false;
  ng_date d = {0, 0, 0};
  if (!rest_byline(s, len, n, &d)) return false;
  add_name(out, s, n);
  if (co) co_names(s, len, n, co);
  return true;
}

/* A wire-style dateline opening one of the first paragraphs: "WARSAW, June
 * 21, 2022 -- ...", "Oslo, 3 March 2021 (Agency) -". The place is one to
 * four capitalized words; the date must follow right after the comma. */
static ng_date dateline_date_in(const char *text, size_t len, int year, int paras);

ng_date ng_ingest_dateline_date(const char *text, size_t len) {
  return dateline_date_in(text, len, 0, 6);
}

/* ng_ingest_dateline_date, with YEAR (0: none) for a dateline that names
 * none ("ABUJA, Feb. 7 -"), looked for in the first PARAS paragraphs. */
static ng_date dateline_date_in(const char *text, size_t len, int year, int paras) {
  ng_date none = {0, 0, 0};
  size_t pos = 0;
  /* (a dateline may follow a masthead, a section label, the headline and a
   * standfirst: six paragraphs; a bare date line only four) */
  for (int para = 0; para < paras && pos < len; para++) {
    const char *nl = memchr(text + pos, '\n', len - pos);
    size_t end = nl ? (size_t)(nl - text) : len;
    const char *s = text + pos;
    size_t n = end - pos;
    if (ng_ingest_blank(s, n)) { /* blank lines are no paragraphs */
      para--;
      pos = end + 1;
      continue;
    }
    size_t i = 0, words = 0;
    while (i < n && words < 5) {
      if (!(s[i] >= 'A' && s[i] <= 'Z')) break;
      while (i < n && s[i] != ' ' && s[i] != ',') i++;
      words++;
      if (i < n && s[i] == ',') break;
      if (i < n && s[i] == ' ') i++;
    }
    if (words >= 1 && words <= 4 && i < n && s[i] == ',') {
      size_t p = i + 1;
      while (p < n && s[p] == ' ') p++;
      ng_date d;
      if (ng_date_parse(s + p, n - p, year, &d) && ng_date_valid(d)) return d;
      /* "BUNIA, Democratic Republic of the Congo - August 3, 2026": the
       * country or region after the place, then a dash and the date */
      for (int w = 0; w < 7 && p < n; w++) {
        size_t q = p;
        while (q < n && s[q] != ' ') q++;
        bool cap = s[p] >= 'A' && s[p] <= 'Z';
        bool glue = (q - p == 2 && !memcmp(s + p, "of", 2)) ||
                    (q - p == 3 && !memcmp(s + p, "the", 3)) ||
                    (q - p == 3 && !memcmp(s + p, "and", 3));
        bool dash = (q - p == 1 && s[p] == '-') ||
                    (q - p == 3 && (unsigned char)s[p] == 0xE2 && (unsigned char)s[p + 1] == 0x80 &&
                     ((unsigned char)s[p + 2] == 0x93 || (unsigned char)s[p + 2] == 0x94));
        if (dash && w > 0) {
          while (q < n && s[q] == ' ') q++;
          if (ng_date_parse(s + q, n - q, year, &d) && ng_date_valid(d)) return d;
          break;
        }
        if (!cap && !glue) break;
        /* "LICHINGA, Mozambique, 20 October 2027": the country, a comma,
         * the date */
        if (cap && q - p >= 3 && s[q - 1] == ',') {
          size_t r = q;
          while (r < n && s[r] == ' ') r++;
          if (ng_date_parse(s + r, n - r, year, &d) && ng_date_valid(d)) return d;
          break;
        }
        p = q;
        while (p < n && s[p] == ' ') p++;
      }
    }
    /* a short line under the headline that carries a full date:
     * "Live blog · Tuesday 7 May 2024 · Refresh for the latest" */
    if (para > 0 && para < 4 && n <= 120) {
      for (size_t q = 0; q < n; q++) {
        if (q > 0 && s[q - 1] != ' ') continue;
        ng_date d;
        if (ng_date_parse(s + q, n - q, 0, &d) && ng_date_valid(d) && d.y > 0) return d;
      }
    }
    pos = end + 1;
  }
  return none;
}

/* ------------------------------------------------------------ headlines */

/* Section labels that stand alone above a headline ("OPINION", "Analysis:"). */
static const char *const section_labels[] = {
    "opinion", "analysis", "comment", "commentary", "editorial", "explainer", "feature",
    "features", "column", "op-ed", "perspective", "long read", "the long read", "exclusive",
    "special report", "in depth", "in-depth", "fact check", "profile", "news analysis",
    "flash", "newsflash", "breaking", "breaking news", "urgent", "press release",
    "press statement", "news release", "media release", "communique", "communiqu\xC3\xA9",
    "written answers", "written answers to questions", "oral answers", "interview",
    "the interview", "front page", "press review", "investigations", "investigation",
    "letters", "letters to the editor", "readers' letters", "your letters", NULL};

/* A printed page's running head, as e-paper text dumps repeat it: fields
 * set apart by runs of three spaces or more ("B2   THE DAILY HERALD   Monday,
 * June 2, 2025   WORLD"), one of them a date (stored in *DATE if not NULL). */
static bool running_head(const char *s, size_t n, ng_date *date) {
  size_t runs = 0;
  bool dated = false;
  for (size_t i = 0; i + 3 <= n; i++) {
    if (s[i] != ' ' || s[i + 1] != ' ' || s[i + 2] != ' ') continue;
    while (i < n && s[i] == ' ') i++;
    runs++;
    ng_date d;
    size_t used = ng_date_parse(s + i, n - i, 0, &d);
    if (!dated && used && ng_date_valid(d)) {
      dated = true;
      if (date) *date = d;
    }
  }
  return runs >= 2 && dated;
}

/* Day of the week of D (0 Sunday .. 6 Saturday). */
static int weekday_of(ng_date d) {
  static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  int y = d.y - (d.m < 3);
  return (y + y / 4 - y / 100 + y / 400 + t[d.m - 1] + d.d) % 7;
}

/* A field of a line set apart by bars that is a date, with or without its
 * weekday: "Monday 12/02/2029", "3 May 2029".  Figures whose order of day
 * and month does not show are read the way the weekday agrees with. */
static bool date_field(const char *s, size_t n, ng_date *out) {
  /* (and in Spanish, Portuguese and French, as bilingual papers date their
   * English pages: "lunes 10/09/2029") */
  static const char *const days[] = {
      "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "domingo", "lunes", "martes", "mi\xC3\xA9rcoles", "jueves", "viernes", "s\xC3\xA1" "bado",
      "domingo", "segunda-feira", "ter\xC3\xA7" "a-feira", "quarta-feira", "quinta-feira",
      "sexta-feira", "s\xC3\xA1" "bado",
      "dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"};
  size_t b = 0, e = n;
  trim(s, &b, &e);
  int wd = -1;
  char f = b < e ? ng_c_tolower(s[b]) : 0;
  for (int k = 0; k < 28 && wd < 0; k++) {
    if (days[k][0] != f) continue;
    size_t dl = strlen(days[k]);
    if (e - b > dl && ng_ingest_iprefix(s + b, e - b, days[k]) &&
        (s[b + dl] == ' ' || s[b + dl] == ',')) {
      wd = k % 7;
      b += dl;
      while (b < e && (s[b] == ' ' || s[b] == ',')) b++;
    }
  }
  if (wd < 0 && b < e && ng_c_upper(s[b])) {
    /* "Wed, 08/02/2039", "Thurs. 9/2/2039": a weekday's short form, before
     * figures */
    size_t w = b;
    while (w < e && ng_c_alpha(s[w])) w++;
    if (w < e && s[w] == '.') w++;
    int k = ng_weekday_from_name(s + b, w - b); /* (Monday 0) */
    if (k >= 0 && w < e && (s[w] == ' ' || s[w] == ',')) {
      size_t q = w;
      while (q < e && (s[q] == ' ' || s[q] == ',')) q++;
      if (q < e && ng_c_digit(s[q])) {
        wd = (k + 1) % 7; /* (weekday_of's Sunday 0) */
        b = q;
      }
    }
  }
  if (b >= e) return false;
  ng_date d;
  size_t used = ng_date_parse(s + b, e - b, 0, &d);
  if (used == 0) used = figures_date(s + b, e - b, &d);
  if (used == 0 && e - b == 10 && (s[b + 4] == '.' || s[b + 4] == '/') && s[b + 7] == s[b + 4]) {
    /* "2029.10.10": year, month, day */
    int v[3] = {0, 0, 0}, k = 0;
    bool ok = true;
    for (size_t q = b; q < e && ok; q++) {
      if (q == b + 4 || q == b + 7) k++;
      else if (ng_c_digit(s[q])) v[k] = v[k] * 10 + (s[q] - '0');
      else ok = false;
    }
    ng_date y = {v[0], v[1], v[2]};
    if (ok && ng_date_valid(y)) d = y, used = 10;
  }
  if (used == 0 && wd >= 0) {
    /* "Sunday, 7/4/2030 - 09:15 (GMT+7)": figures of one or two digits, the
     * weekday to tell day from month, perhaps a time after them */
    int v[3] = {0, 0, 0}, k = 0;
    size_t q = b, dig = 0;
    char sep = 0;
    for (; q < e && k < 3; q++) {
      if (ng_c_digit(s[q]) && dig < (k == 2 ? 4u : 2u)) {
        v[k] = v[k] * 10 + (s[q] - '0');
        dig++;
      } else if (k < 2 && dig > 0 && (s[q] == '/' || s[q] == '.') && (!sep || s[q] == sep)) {
        sep = s[q];
        k++;
        dig = 0;
      } else {
        break;
      }
    }
    size_t r = q;
    while (r < e && (s[r] == ' ' || s[r] == '-' || s[r] == ',')) r++;
    bool timed = r + 4 < e && r > q && ng_c_digit(s[r]) && (s[r + 1] == ':' || s[r + 2] == ':');
    if (k == 2 && dig == 4 && (q == e || timed) && q - b < 10) {
      ng_date a = {v[2], v[1], v[0]}, m = {v[2], v[0], v[1]};
      bool ok_a = ng_date_valid(a) && weekday_of(a) == wd, ok_m = ng_date_valid(m) && weekday_of(m) == wd;
      if (ok_a != ok_m) {
        if (out) *out = ok_a ? a : m;
        return true;
      }
    }
  }
  if (used == 0 && wd >= 0 && e - b == 10 && (s[b + 2] == '/' || s[b + 2] == '.') &&
      s[b + 5] == s[b + 2]) {
    /* "Tuesday 05/03/2030": the day first, or the month, as the weekday says */
    int v0 = (s[b] - '0') * 10 + (s[b + 1] - '0'), v1 = (s[b + 3] - '0') * 10 + (s[b + 4] - '0');
    int y = 0;
    for (size_t k = b + 6; k < e; k++) y = ng_c_digit(s[k]) ? y * 10 + (s[k] - '0') : -100000;
    ng_date a = {y, v1, v0}, m = {y, v0, v1};
    bool ok_a = ng_date_valid(a) && weekday_of(a) == wd, ok_m = ng_date_valid(m) && weekday_of(m) == wd;
    if (ng_c_digit(s[b]) && ng_c_digit(s[b + 4]) && (ng_date_valid(a) || ng_date_valid(m))) {
      if (ok_a == ok_m) return true; /* a date all the same, which one unknown */
      d = ok_a ? a : m;
      used = e - b;
    }
  }
  /* "Tuesday, 3 Muharram 1457 AH, corresponding to 13-03-2035": a date in
   * another calendar first, then the Gregorian one after "corresponding to",
   * the weekday agreeing */
  if (used == 0 && wd >= 0 && e - b <= 90) {
    size_t at = ng_ingest_ifind(s + b, e - b, "corresponding to ");
    if (at != (size_t)-1) {
      size_t q = b + at + 17;
      ng_date g;
      size_t gu = ng_date_parse(s + q, e - q, 0, &g);
      if (gu == 0) gu = figures_date(s + q, e - q, &g);
      if (gu == 0 && e - q >= 10 && ng_c_digit(s[q]) && ng_c_digit(s[q + 1]) && s[q + 2] == '-' &&
          ng_c_digit(s[q + 3]) && ng_c_digit(s[q + 4]) && s[q + 5] == '-') {
        int y = 0;
        size_t k = q + 6;
        for (; k < e && ng_c_digit(s[k]) && k < q + 10; k++) y = y * 10 + (s[k] - '0');
        ng_date a = {y, (s[q + 3] - '0') * 10 + (s[q + 4] - '0'),
                     (s[q] - '0') * 10 + (s[q + 1] - '0')};
        if (k == q + 10) g = a, gu = 10;
      }
      if (gu && ng_date_valid(g) && weekday_of(g) == wd) {
        if (out) *out = g;
        return true;
      }
    }
  }
  /* (and a time after it: "12.03.2032 11:40", "17.06.2032, 14:10 (GMT+4)") */
  if (used == 0 || (b + used != e && !rest_timeish(s, e, b + used, NULL)) || !ng_date_valid(d))
    return false;
  if (out) *out = d;
  return true;
}

/* "THE SIX O'CLOCK NEWS | Monday 12/02/2029", "Issue 12 | 3 May 2029": a
 * programme's or an issue's line, one of its fields (set apart by bars) a
 * date (stored in *DATE if not NULL). */
static bool dated_fields(const char *s, size_t n, ng_date *date) {
  if (n > 100) return false;
  /* fields set apart by bars, or by dashes with two spaces around them
   * ("21 Nov 2029  -  X staff  -  5 minute read") */
  char sep = ng_ingest_ifind(s, n, " | ") != (size_t)-1            ? '|'
             : ng_ingest_ifind(s, n, "  -  ") != (size_t)-1         ? '-'
             : ng_ingest_ifind(s, n, " \xC2\xB7 ") != (size_t)-1 ? '\xB7'
                                                                    : 0;
  if (!sep) return false;
  for (size_t b = 0; b < n;) {
    size_t e = b;
    while (e < n && !(s[e] == sep && (sep != '-' || (e >= 2 && s[e - 1] == ' ' && s[e - 2] == ' '))))
      e++;
    /* (a middle dot is two bytes: its first ends the field too) */
    size_t fe = sep == '\xB7' && e > b && (unsigned char)s[e - 1] == 0xC2 ? e - 1 : e;
    if (date_field(s + b, fe - b, date)) return true; /* (*DATE unset if unsure) */
    b = e + 1;
  }
  return false;
}

/* The letterhead of an official release: "KINGDOM OF X", "PRESS RELEASE
 * No. 12/2025", or a body's name alone ("Ministry of Home Affairs", "Office
 * of the Press Secretary"). */
static size_t space_words(const char *s, size_t b, size_t e);

static bool letterhead(const char *s, size_t b, size_t e, bool all_caps) {
  static const char *const caps_heads[] = {"republic of ", "kingdom of ", "government of ",
                                           "principality of ", "state of ", "house of ",
                                           "senate of ", "parliament of ", "national assembly of ",
                                           NULL};
  /* (any case, a number after them: "PRESS RELEASE No. 12/2025") */
  static const char *const release_heads[] = {"press statement", "press release", "news release",
                                              "media release", "statement no", "commentary no",
                                              "policy brief no", "policy paper no", "brief no",
                                              "working paper no", "analysis no", NULL};
  static const char *const body_heads[] = {"ministry of ", "office of the ", "embassy of ",
                                           "directorate of ", "directorate-general of ",
                                           "permanent mission of ", "secretariat of ",
                                           /* (in the state's own language, over its
                                            * English name) */
                                           "ministerio de ", "minist\xC3\xA9rio d", "minist\xC3\xA8re d",
                                           "ministero d", "secretar\xC3\xAD" "a de ", NULL};
  /* (the name in a second script after a run of spaces: "State of Kuwait
   *      <the same in Arabic>") */
  for (size_t i = b; i + 3 < e; i++)
    if (s[i] == ' ' && s[i + 1] == ' ' && s[i + 2] == ' ') {
      size_t r = i;
      while (r < e && s[r] == ' ') r++;
      if (r < e && (unsigned char)s[r] >= 0x80) {
        e = i;
        break;
      }
    }
  size_t n = e - b;
  if (all_caps)
    for (size_t k = 0; caps_heads[k]; k++)
      if (ng_ingest_iprefix(s + b, n, caps_heads[k]) ||
          /* ("ISLAMIC REPUBLIC OF X", "UNITED REPUBLIC OF X": a state's style) */
          (k < 2 && n <= 60 && space_words(s, b, e) <= 7 &&
           ng_ingest_ifind(s + b, n, caps_heads[k]) != (size_t)-1))
        return true;
  for (size_t k = 0; release_heads[k]; k++) {
    size_t l = strlen(release_heads[k]);
    if (ng_ingest_iprefix(s + b, n, release_heads[k]) && n <= l + 30) {
      bool digit = false;
      for (size_t i = b + l; i < e; i++) digit |= ng_c_digit(s[i]);
      if (digit || n == l) return true;
    }
  }
  /* a body's name in capitals that ends with its head: "PRESIDENTIAL
   * COMMUNICATIONS OFFICE", "DEFENCE PRESS DEPARTMENT" */
  if (all_caps && n <= 60 && space_words(s, b, e) >= 2 && space_words(s, b, e) <= 5) {
    static const char *const tails[] = {" office", " ministry", " department", " secretariat",
                                        " presidency", NULL};
    for (size_t k = 0; tails[k]; k++)
      if (ng_ingest_isuffix(s + b, n, tails[k])) return true;
  }
  bool body = false;
  for (size_t k = 0; body_heads[k] && !body; k++)
    body = n > strlen(body_heads[k]) && ng_ingest_iprefix(s + b, n, body_heads[k]);
  /* (and a state's style in mixed case under its body's name: "Republic of
   * the Philippines", a name in the same form as a body's) */
  for (size_t k = 0; caps_heads[k] && !body && n <= 48; k++)
    body = n > strlen(caps_heads[k]) && ng_ingest_iprefix(s + b, n, caps_heads[k]);
  if (!body || n > (all_caps ? 120 : 80)) return false;
  /* a name, not a sentence: every word capitalized or a small joining word */
  for (size_t i = b; i < e;) {
    while (i < e && s[i] == ' ') i++;
    size_t w = i;
    while (w < e && s[w] != ' ') w++;
    if (w == i) break;
    bool small = (w - i == 2 && !memcmp(s + i, "of", 2)) || (w - i == 3 && !memcmp(s + i, "and", 3)) ||
                 (w - i == 3 && !memcmp(s + i, "the", 3)) || (w - i == 3 && !memcmp(s + i, "for", 3)) ||
                 /* ("Ministerio de Defensa Nacional") */
                 (w - i == 2 && (!memcmp(s + i, "de", 2) || !memcmp(s + i, "da", 2) ||
                                 !memcmp(s + i, "do", 2) || !memcmp(s + i, "la", 2))) ||
                 (w - i == 3 && (!memcmp(s + i, "del", 3) || !memcmp(s + i, "des", 3))) ||
                 /* ("Ministry of National Defence | Oriental Republic of X") */
                 (w - i == 1 && s[i] == '|');
    if (!small && !ng_c_upper(s[i])) return false;
    i = w;
  }
  return true;
}

/* A news agency's masthead: "Northern News Agency (NNA)", optionally with
 * "- English Service": capitalised words up to "News Agency" or "Press
 * Agency", an acronym in parentheses, a service named after a dash. */
static bool agency_masthead(const char *s, size_t n) {
  if (n > 100) return false;
  size_t at = ng_ingest_ifind(s, n, " news agency");
  size_t al = 12;
  if (at == (size_t)-1) at = ng_ingest_ifind(s, n, " press agency");
  if (at == (size_t)-1) return false;
  if (ng_c_lower(s[at + 1])) return false;
  for (size_t i = 0; i < at;) {
    while (i < at && s[i] == ' ') i++;
    /* (the name in two scripts: "X | X NEWS AGENCY") */
    if (i + 1 < at && s[i] == '|' && s[i + 1] == ' ' && i > 0) {
      i++;
      continue;
    }
    if (i < at && !ng_c_upper(s[i]) && (unsigned char)s[i] < 0x80) return false;
    while (i < at && s[i] != ' ') i++;
  }
  if (s[at + 2] == 'r' || s[at + 2] == 'R') al = 13;
  size_t p = at + al;
  while (p < n && s[p] == ' ') p++;
  if (p < n && s[p] == '(') {
    size_t q = p + 1;
    while (q < n && (ng_c_upper(s[q]) || ng_c_digit(s[q]))) q++;
    if (q == p + 1 || q >= n || s[q] != ')') return false;
    p = q + 1;
  }
  while (p < n && s[p] == ' ') p++;
  if (p == n) return true;
  /* "- English Service", "| English Desk" */
  size_t d = skip_seps(s, n, p);
  if (d == p) return false;
  size_t last = n;
  while (last > d && s[last - 1] != ' ') last--;
  if (!ng_ingest_ieq(s + last, n - last, "service") && !ng_ingest_ieq(s + last, n - last, "desk") &&
      !ng_ingest_ieq(s + last, n - last, "edition"))
    return false;
  for (size_t i = d; i < n;) {
    /* ("- English Service", "- English service") */
    if (!ng_c_upper(s[i]) && i != last) return false;
    while (i < n && s[i] != ' ') i++;
    while (i < n && s[i] == ' ') i++;
  }
  return true;
}

/* A release's number alone, "No: 2026/41", "Ref. MFA/PR/112": the label,
 * then one run of digits, capitals and / . - with a digit in it. */
static bool number_line(const char *s, size_t n) {
  static const char *const heads[] = {"no", "nr", "ref", "reference", "number", NULL};
  size_t p = 0;
  while (p < n && ng_c_alpha(s[p])) p++;
  if (p == 0 || p > 9 || p >= n || n > 40) return false;
  bool head = false;
  for (size_t k = 0; heads[k] && !head; k++) head = ng_ingest_ieq(s, p, heads[k]);
  if (!head) return false;
  if (s[p] == ':' || s[p] == '.') p++;
  while (p < n && s[p] == ' ') p++;
  bool digit = false;
  for (size_t i = p; i < n; i++) {
    if (!ng_c_upper(s[i]) && !ng_c_digit(s[i]) && s[i] != '/' && s[i] != '.' && s[i] != '-')
      return false;
    digit |= ng_c_digit(s[i]);
  }
  return digit && p < n;
}

/* A release's place without a date, "Apia, Independent State of Samoa":
 * one to three capitalized words, a comma, then a state's formal name (every
 * word capitalized but "of", "the" and "and", with "Republic of", "Kingdom
 * of", "State of" or the like). */
static bool state_place(const char *s, size_t n) {
  static const char *const forms[] = {"republic", "kingdom", "principality", "sultanate",
                                      "emirate", "commonwealth", "federation", "state",
                                      "grand duchy", NULL};
  const char *comma = memchr(s, ',', n);
  if (n > 90 || !comma || comma == s || (size_t)(comma - s) > 30) return false;
  size_t c = (size_t)(comma - s), words = 0;
  bool form = false;
  for (size_t i = 0; i < n;) {
    while (i < n && (s[i] == ' ' || i == c)) i++;
    size_t w = i;
    while (w < n && s[w] != ' ' && s[w] != ',') w++;
    if (w == i) break;
    bool small = ng_ingest_ieq(s + i, w - i, "of") || ng_ingest_ieq(s + i, w - i, "the") ||
                 ng_ingest_ieq(s + i, w - i, "and");
    if (i > c && small && ng_c_lower(s[i])) {
      i = w;
      continue;
    }
    if (!ng_c_upper(s[i]) && (unsigned char)s[i] < 0x80) return false;
    for (size_t k = i; k < w; k++)
      if (!ng_c_alpha(s[k]) && (unsigned char)s[k] < 0x80 && s[k] != '-' && s[k] != '\'')
        return false;
    if (i < c && ++words > 3) return false;
    if (i > c && !form)
      for (size_t k = 0; forms[k] && !form; k++)
        form = ng_ingest_iprefix(s + i, n - i, forms[k]) &&
               ng_ingest_iprefix(s + i + strlen(forms[k]), n - i - strlen(forms[k]), " of ");
    i = w;
  }
  return words > 0 && form;
}

/* "Home > World > Asia", "Home / News / Region": a breadcrumb (S trimmed). */
static bool breadcrumb(const char *s, size_t n) {
  if (n > 100) return false;
  if (ng_ingest_iprefix(s, n, "home ") && n <= 80 &&
      (ng_ingest_ifind(s, n, " > ") != (size_t)-1 || ng_ingest_ifind(s, n, " / ") != (size_t)-1 ||
       ng_ingest_ifind(s, n, " \xC2\xBB ") != (size_t)-1))
    return true;
  /* any path of three steps or more: "Front page > Current issues > Press
   * releases" (>, », ›) */
  size_t seps = 0;
  for (size_t i = 0; i + 3 <= n; i++)
    if (s[i] == ' ' && ((s[i + 1] == '>' && s[i + 2] == ' ') ||
                        (i + 4 <= n && (unsigned char)s[i + 1] == 0xC2 &&
                         (unsigned char)s[i + 2] == 0xBB && s[i + 3] == ' ') ||
                        (i + 5 <= n && !memcmp(s + i + 1, "\xE2\x80\xBA ", 4))))
      seps++;
  if (seps >= 2) return s[n - 1] != '.';
  /* (or of two steps, set apart by " > ": "Podcasts > Morning show",
   * "Programmes > Late Desk" -- a headline never points from one page to
   * another; each field capitalised, of one to four words, no sentence's
   * stop or colon) */
  size_t gt = ng_ingest_ifind(s, n, " > ");
  if (gt == (size_t)-1 || gt == 0 || gt + 3 >= n || n > 60) return false;
  if (ng_ingest_ifind(s + gt + 3, n - gt - 3, " > ") != (size_t)-1) return false;
  for (size_t i = 0; i < n; i++)
    if (s[i] == '.' || s[i] == '?' || s[i] == '!' || s[i] == ':' || s[i] == ',' || s[i] == '"')
      return false;
  const size_t fb[2] = {0, gt + 3}, fe[2] = {gt, n};
  for (int k = 0; k < 2; k++) {
    if (!ng_c_upper(s[fb[k]]) && (unsigned char)s[fb[k]] < 0x80) return false;
    if (space_words(s, fb[k], fe[k]) > 4) return false;
  }
  return true;
}

/* The words of S[b, e): runs of bytes other than spaces. */
static size_t space_words(const char *s, size_t b, size_t e) {
  size_t words = 0;
  for (size_t i = b; i < e; i++)
    if (s[i] != ' ' && (i == b || s[i - 1] == ' ')) words++;
  return words;
}

/* A first line that is no headline: a section label alone, or a broadcast
 * masthead -- an all-capitals line naming a station by its frequency
 * ("RADIO ONE 101.5 FM - KINGSTON") or labelling a "TRANSCRIPT". */
/* The length of a dash at S[I] with a space on each side ("-", an en or an
 * em dash: 1 or 3 bytes), or 0; E bounds S. */
static size_t spaced_dash(const char *s, size_t i, size_t e) {
  if (i == 0 || s[i - 1] != ' ') return 0;
  size_t d = 0;
  if (s[i] == '-') d = 1;
  else if (i + 2 < e && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
           ((unsigned char)s[i + 2] == 0x93 || (unsigned char)s[i + 2] == 0x94))
    d = 3;
  return d && i + d < e && s[i + d] == ' ' ? d : 0;
}

/* "12 MAR 2030 3:15PM by Defence PR Directorate, New Delhi": a release's
 * date and issuing office, no headline -- a day and a month's name open it,
 * " by " follows. */
static bool dated_credit(const char *s, size_t n) {
  if (n < 8 || s[0] < '0' || s[0] > '9') return false;
  size_t i = 0;
  while (i < n && s[i] >= '0' && s[i] <= '9') i++;
  if (i > 2 || i >= n || s[i] != ' ') return false;
  size_t w = i + 1, we = w;
  while (we < n && s[we] != ' ') we++;
  return ng_month_from_name(s + w, we - w) > 0 && ng_ingest_ifind(s, n, " by ") != (size_t)-1;
}

/* "SEENA - South East Europe News Agency", "ACR NEWS - Atlantic Coast
 * Radio": an outlet's short name in capitals, a dash, its full name ending
 * in a word for a newsroom -- a masthead, no headline. */
static bool outlet_name_line(const char *s, size_t n) {
  size_t d = 0, dl = 0;
  for (size_t i = 1; i + 2 < n && !dl; i++)
    if ((dl = spaced_dash(s, i, n)) != 0) d = i;
  if (!dl || d > 24) return false;
  size_t words = 1;
  for (size_t i = 0; i + 1 < d; i++) {
    if (s[i] >= 'a' && s[i] <= 'z') return false; /* the short name is in capitals */
    words += s[i] == ' ';
  }
  if (words > 3) return false;
  size_t e = n;
  while (e > d && (s[e - 1] == ' ' || s[e - 1] == '.')) e--;
  size_t w = e;
  while (w > d && s[w - 1] != ' ') w--;
  static const char *const last[] = {"agency", "service", "newswire", "network", "radio",
                                     "broadcasting", "television", "corporation", "news", NULL};
  for (size_t k = 0; last[k]; k++)
    if (e - w == strlen(last[k]) && ng_ingest_iprefix(s + w, e - w, last[k])) return true;
  return false;
}

static bool not_headline(const char *s, size_t len) {
  size_t b = 0, e = len;
  trim(s, &b, &e);
  while (e > b && (s[e - 1] == ':' || s[e - 1] == '.' || s[e - 1] == ' ')) e--;
  if (e <= b) return false;
  if (e - b <= 32 && in_list(s + b, e - b, section_labels)) return true;
  /* a site's name and tagline: "Northern Notes -- a blog about ..." */
  static const char *const taglines[] = {"- a blog ", "\xE2\x80\x94 a blog ", "\xE2\x80\x93 a blog ",
                                         "- a newsletter ", "\xE2\x80\x94 a newsletter ",
                                         "\xE2\x80\x93 a newsletter ", "- a podcast ",
                                         "\xE2\x80\x94 a podcast ", "\xE2\x80\x93 a podcast ", NULL};
  if (e - b <= 160)
    for (size_t k = 0; taglines[k]; k++)
      if (ng_ingest_ifind(s + b, e - b, taglines[k]) != (size_t)-1) return true;
  /* an e-mail's header: "From: The Weekly Brief <desk@brief.example>" */
  if (e - b <= 160 && (ng_ingest_iprefix(s + b, e - b, "from: ") ||
                       ng_ingest_iprefix(s + b, e - b, "to: ") ||
                       ng_ingest_iprefix(s + b, e - b, "cc: ") ||
                       ng_ingest_iprefix(s + b, e - b, "reply-to: ")) &&
      memchr(s + b, '@', e - b))
    return true;
  if (e - b > 120) return false;
  bool upper = false, lower = false;
  for (size_t i = b; i < e; i++) {
    lower |= s[i] >= 'a' && s[i] <= 'z';
    upper |= s[i] >= 'A' && s[i] <= 'Z';
  }
  if (letterhead(s, b, e, upper && !lower)) return true;
  if (dated_credit(s + b, e - b) || outlet_name_line(s + b, e - b)) return true;
  /* "THE DAILY X | WORLD | ANALYSIS": a site's name over its section path */
  const char *bar = NULL;
  for (const char *q = s + b; (q = memchr(q, '|', (size_t)(s + e - q))) != NULL; q++) bar = q;
  /* (or "OPINION > LETTERS TO THE EDITOR": a section path in capitals) */
  if (!bar && upper && !lower)
    for (const char *q = s + b; (q = memchr(q, '>', (size_t)(s + e - q))) != NULL; q++) bar = q;
  if (bar) {
    size_t l = (size_t)(bar - s) + 1;
    while (l < e && s[l] == ' ') l++;
    if (e - l <= 32 && in_list(s + l, e - l, section_labels)) return true;
  }
  /* "THE NORTHERN MONTHLY -- LONG READ": a name in capitals, a dash, its
   * section */
  if (upper && !lower) {
    size_t l = 0;
    for (size_t i = b + 1; i + 2 < e; i++) {
      size_t dl = spaced_dash(s, i, e);
      if (dl) l = i + dl;
    }
    while (l > 0 && l < e && s[l] == ' ') l++;
    if (l > 0 && e - l <= 32 && in_list(s + l, e - l, section_labels)) return true;
  }
  if (breadcrumb(s + b, e - b) || menu_line(s + b, e - b) || place_date(s + b, e - b, NULL))
    return true;
  /* "NATIONAL / BORDER": a section path in capitals, short fields */
  if (upper && !lower && e - b <= 40 && (ng_ingest_ifind(s + b, e - b, " / ") != (size_t)-1 ||
                                         ng_ingest_ifind(s + b, e - b, " > ") != (size_t)-1)) {
    size_t words = 0, fields = 1;
    for (size_t i = b; i < e; i++) {
      if (s[i] == '/' || s[i] == '>') fields++, words = 0;
      else if (s[i] != ' ' && (i == b || s[i - 1] == ' ') && ++words > 2) break;
    }
    if (words <= 2 && fields <= 4) return true;
  }
  /* "WORLD | HORN OF AFRICA": a section path in capitals, fields of one to
   * three words */
  if (upper && !lower && e - b <= 40 && ng_ingest_ifind(s + b, e - b, " | ") != (size_t)-1) {
    size_t words = 0, fields = 1, most = 0;
    for (size_t i = b; i < e; i++) {
      if (s[i] == '|') fields++, words = 0;
      else if (s[i] != ' ' && (i == b || s[i - 1] == ' ') && ++words > most) most = words;
    }
    if (most <= 3 && fields <= 4) return true;
  }
  /* "RunwayNews | AIRSPACE & OPS": a site's one-word name, its section in
   * capitals */
  {
    size_t sep = ng_ingest_ifind(s + b, e - b, " | ");
    if (sep != (size_t)-1 && sep > 0 && sep <= 24 && !memchr(s + b, ' ', sep) &&
        ng_c_upper(s[b])) {
      size_t r = b + sep + 3, words = 0;
      bool caps = r < e;
      for (size_t i = r; i < e && caps; i++) {
        caps = !(s[i] >= 'a' && s[i] <= 'z') && s[i] != '|';
        if (s[i] != ' ' && (i == r || s[i - 1] == ' ')) words++;
      }
      if (caps && words <= 4) return true;
    }
  }
  if (dated_fields(s + b, e - b, NULL) || date_field(s + b, e - b, NULL)) return true;
  /* "THE X INSTITUTE", "X POLICY CENTRE": a think tank's name set in capitals */
  if (upper && !lower && e - b <= 60) {
    static const char *const tanks[] = {"institute", "centre", "center", "foundation", NULL};
    size_t w = e;
    while (w > b && s[w - 1] != ' ') w--;
    if (w > b && in_list(s + w, e - w, tanks)) return true;
    /* "THE X INSTITUTE FOR SECURITY STUDIES", "CENTRE OF X STUDIES" */
    if (space_words(s, b, e) <= 8)
      for (size_t i = b + 1; i < e; i++) {
        if (s[i - 1] != ' ') continue;
        size_t x = i;
        while (x < e && s[x] != ' ') x++;
        if (x + 4 < e && in_list(s + i, x - i, tanks) &&
            (!memcmp(s + x, " FOR ", 5) || !memcmp(s + x, " OF ", 4)))
          return true;
        i = x;
      }
  }
  /* "LA VOZ DE X - English Edition": a paper's name and edition */
  if (e - b <= 80 && e - b > 8 && ng_ingest_ieq(s + e - 8, 8, " edition")) {
    size_t d = b;
    while (d < e && (ng_c_upper(s[d]) || s[d] == ' ' || s[d] == '\'' ||
                     ((unsigned char)s[d] >= 0x80 && skip_seps(s, e, d) == d)))
      d++;
    size_t r = skip_seps(s, e, d);
    if (d > b + 3 && r > d && r < e && ng_c_upper(s[r]) && e - r <= 24) return true;
  }
  if (agency_masthead(s + b, e - b)) return true;
  /* "Translated from the Portuguese.": a translator's note */
  if ((ng_ingest_iprefix(s + b, e - b, "translated from ") ||
       ng_ingest_iprefix(s + b, e - b, "translation from ")) && e < len && s[e] == '.')
    return true;
  if (running_head(s + b, e - b, NULL)) return true;
  /* a rule ("-----", "* * *"): no letter, digit or non-ASCII byte */
  bool rule = true;
  for (size_t i = b; i < e && rule; i++)
    rule = !(ng_c_alpha(s[i]) || ng_c_digit(s[i]) || (unsigned char)s[i] >= 0x80);
  if (rule) return true;
  /* "Lusaka, 3 June 2025": a release's place and date */
  const char *comma = memchr(s + b, ',', e - b);
  if (comma && comma - (s + b) <= 30 && ng_c_upper(s[b])) {
    size_t r = (size_t)(comma - s) + 1;
    while (r < e && s[r] == ' ') r++;
    if (r < e && parse_dateline(s + r, e - r, NULL, NULL)) return true;
  }
  if (state_place(s + b, e - b)) return true;
  if (number_line(s + b, e - b)) return true;
  /* "Section: World / Security", "Filed under: Defence": a page's section */
  static const char *const section_heads[] = {"section:", "sections:", "category:",
                                              "categories:", "filed under:", NULL};
  if (e - b <= 80)
    for (size_t k = 0; section_heads[k]; k++)
      if (ng_ingest_iprefix(s + b, e - b, section_heads[k]) && !memchr(s + b, '.', e - b))
        return true;
  /* "RADIO X 96.4 FM -- Town · Town": a station's name in capitals by its
   * frequency, whatever follows it */
  for (size_t i = b + 1; i + 3 <= e; i++) {
    if (s[i - 1] >= 'a' && s[i - 1] <= 'z') break;
    if (s[i] == ' ' && ng_c_digit(s[i - 1]) &&
        (!memcmp(s + i, " FM", 3) || !memcmp(s + i, " AM", 3)) && (i + 3 == e || s[i + 3] == ' '))
      return true;
  }
  if (lower || !upper) return false;
  for (size_t i = b; i < e; i++) {
    if (i > b && s[i - 1] != ' ' && s[i - 1] != '|') continue;
    size_t w = i;
    while (w < e && s[w] != ' ') w++;
    if (w - i == 10 && !memcmp(s + i, "TRANSCRIPT", 10)) return true;
    /* "98.1 FM", "1350 AM" */
    if (w > i && ng_c_digit(s[i]) && ng_c_digit(s[w - 1]) && w + 3 <= e &&
        (!memcmp(s + w, " FM", 3) || !memcmp(s + w, " AM", 3)) && (w + 3 == e || s[w + 3] == ' '))
      return true;
  }
  return false;
}

/* Line S (N bytes) in capitals ends with the word LAST (LN bytes). */
static bool same_last_word(const char *s, size_t n, const char *last, size_t ln) {
  if (!last) return false;
  size_t b = 0, e = n;
  trim(s, &b, &e);
  if (e - b > 60 || e - b <= ln || s[e - ln - 1] != ' ' || memcmp(s + e - ln, last, ln))
    return false;
  for (size_t i = b; i < e; i++)
    if (s[i] >= 'a' && s[i] <= 'z') return false;
  return true;
}

/* Bytes of a wire service's tag glued to its headline ("BRIEF-", "UPDATE
 * 2-", "REFILE-", "EXCLUSIVE-"), or 0: a label of the copy's kind or version,
 * not words of the headline.  Only these words, as "ASEAN-China summit"
 * starts with a name. */
static size_t wire_tag(const char *s, size_t n) {
  static const char *const tags[] = {"BRIEF", "UPDATE", "REFILE", "CORRECTED", "EXCLUSIVE",
                                     "WRAPUP", "RPT", "URGENT", "FOCUS", "FACTBOX", "INSIGHT",
                                     "EXPLAINER", "PREVIEW", "TIMELINE", NULL};
  for (size_t k = 0; tags[k]; k++) {
    size_t l = strlen(tags[k]);
    if (n < l + 8 || memcmp(s, tags[k], l)) continue;
    size_t p = l;
    if (s[p] == ' ' && ng_c_digit(s[p + 1])) { /* "UPDATE 2-", "WRAPUP 1-" */
      p += 2;
      while (p < n && ng_c_digit(s[p])) p++;
    }
    if (p + 1 < n && s[p] == '-' && ng_c_upper(s[p + 1])) return p + 1;
  }
  return 0;
}

/* Two or more words, with capital letters and no small ones. */
static bool all_caps_words(const char *s, size_t n) {
  bool upper = false, space = false;
  for (size_t i = 0; i < n; i++) {
    if (s[i] >= 'a' && s[i] <= 'z') return false;
    upper |= s[i] >= 'A' && s[i] <= 'Z';
    space |= s[i] == ' ';
  }
  return upper && space;
}

/* A headline in mixed case: under 200 bytes, with small letters and at
 * least four words, not ending as a sentence or a label does. */
static bool mixed_headline(const char *s, size_t n) {
  size_t b = 0, e = n;
  trim(s, &b, &e);
  if (e <= b || e - b > 200 || strchr(".:?!", s[e - 1])) return false;
  size_t lower = 0, spaces = 0;
  if (memchr(s + b, '|', e - b)) return false; /* "Issue 12 | 20 April" */
  if (menu_line(s + b, e - b)) return false;
  for (size_t i = b; i < e; i++) {
    lower += s[i] >= 'a' && s[i] <= 'z';
    spaces += s[i] == ' ';
  }
  return lower > 0 && spaces >= 3;
}

/* A live blog's headline: "LIVE: ...", "Live updates: ...", over 30 bytes. */
static bool live_headline(const char *s, size_t n) {
  size_t b = 0, e = n;
  trim(s, &b, &e);
  if (e - b < 30 || !ng_ingest_iprefix(s + b, e - b, "live")) return false;
  const char *colon = memchr(s + b, ':', e - b < 20 ? e - b : 20);
  return colon && colon < s + e - 10;
}

/* A short line of metadata under a publication's name: "Issue 112 |
 * Monday 20 April 2026". */
static bool meta_line(const char *s, size_t n) {
  return n < 120 && memchr(s, '|', n) != NULL;
}

/* A place in capitals alone on its line, as a reporter's name is set over
 * it: one to three words of capital letters ("NEW DELHI", "LIMA"). */
static bool caps_place(const char *s, size_t n) {
  size_t b = 0, e = n, words = 0;
  trim(s, &b, &e);
  if (e - b < 3 || e - b > 30) return false;
  for (size_t i = b; i < e; i++) {
    if (s[i] == ' ') continue;
    if (!ng_c_upper(s[i]) && s[i] != '-' && s[i] != '.') return false;
    if (i == b || s[i - 1] == ' ') words++;
  }
  return words <= 3;
}

/* A line that is a person's name and nothing else ("Jane Roe"): 2 to 4
 * tokens, no agency or label word.  The name goes to AUTHOR. */
/* S[b, e) is one to three capitalised words of letters (a town:
 * "Rutba", "Santa Rosa de Copan" is four and not one). */
static bool place_words(const char *s, size_t b, size_t e) {
  size_t words = 0;
  for (size_t r = b; r < e; r++) {
    if (s[r] == ' ') continue;
    if (r == b || s[r - 1] == ' ') {
      if (!(ng_c_upper(s[r]) || (unsigned char)s[r] >= 0x80) || ++words > 3) return false;
    } else if (!(ng_c_alpha(s[r]) || (unsigned char)s[r] >= 0x80 || s[r] == '-')) {
      return false;
    }
  }
  return words > 0;
}

static bool bare_name(const char *s, size_t len, ng_buf *author) {
  size_t b = 0, e = len, n;
  trim(s, &b, &e);
  /* "Ayse Demirel - ANKARA": the place the writer files from, in capitals
   * after a spaced dash, is no part of the name */
  for (size_t q = b + 1; q + 3 < e; q++) {
    size_t dl = s[q + 1] == '-' ? 1
                : (q + 4 < e && (unsigned char)s[q + 1] == 0xE2 && (unsigned char)s[q + 2] == 0x80 &&
                   ((unsigned char)s[q + 3] == 0x93 || (unsigned char)s[q + 3] == 0x94))
                    ? 3
                    : 0;
    if (s[q] != ' ' || !dl || s[q + 1 + dl] != ' ') continue;
    bool caps = q + 2 + dl < e;
    for (size_t r = q + 2 + dl; r < e && caps; r++)
      caps = (s[r] >= 'A' && s[r] <= 'Z') || s[r] == ' ' || (unsigned char)s[r] >= 0x80;
    /* (or in mixed case: "Mustafa Rasheed Hamad - Rutba") */
    if (!caps) caps = place_words(s, q + 2 + dl, e);
    if (caps && e - (q + 2 + dl) <= 30) e = q;
    break;
  }
  /* "Teodora Ivanova Grozeva, Kazanlak": a place after a comma (after a
   * name of three words or four: "Singha Durbar, Kathmandu" is an address) */
  bool comma = false;
  for (size_t q = b + 1; q + 2 < e; q++) {
    if (s[q] != ',' || s[q + 1] != ' ') continue;
    if (e - (q + 2) <= 30 && place_words(s, q + 2, e)) e = q, comma = true;
    break;
  }
  int ntok;
  if (e <= b || e - b > 60) return false;
  n = read_name(s + b, e - b, 0, &ntok);
  if (n != e - b || ntok < 2 + comma || ntok > 4 || s[e - 1] == '.') return false;
  size_t pn;
  if (!person_at(s + b, e - b, 0, &pn)) return false;
  if (author) add_name(author, s + b, n);
  return true;
}

/* A headline that names its own date at the end, as official transcripts
 * do ("Regular Press Briefing on March 3, 2027"): that date, or none. */
static ng_date headline_date(const char *s, size_t n) {
  ng_date none = {0, 0, 0};
  for (size_t q = n; q-- > 3;) {
    if (!ng_ingest_iprefix(s + q - 3, n - q + 3, " on ")) continue;
    size_t p = q + 1;
    ng_date d;
    size_t used = ng_date_parse(s + p, n - p, 0, &d);
    if (used == 0 || d.y == 0 || !ng_date_valid(d)) return none;
    for (p += used; p < n; p++)
      if (s[p] != ' ' && s[p] != '.') return none;
    return d;
  }
  return none;
}

/* ------------------------------------------------------------ documents */

/* A line that names a paper's edition: "English edition", "International
 * edition in English -- translated by ...": "edition" is its second or third
 * word, the first capitalized. */
static bool edition_line(const char *s, size_t n) {
  size_t b = 0, e = n;
  trim(s, &b, &e);
  if (e <= b || e - b > 160 || !ng_c_upper(s[b])) return false;
  size_t i = b;
  for (int w = 0; w < 3 && i < e; w++) {
    size_t k = i;
    while (k < e && s[k] != ' ') k++;
    if (w > 0 && ng_ingest_ieq(s + i, k - i, "edition")) return true;
    i = k;
    while (i < e && s[i] == ' ') i++;
  }
  return false;
}

typedef struct {
  size_t b, e; /* byte range of the line, without its LF */
  int nb;      /* index among non-blank lines, -1 for blank lines */
} line_span;

/* Words that open compounds ("well-known", "self-defence", "non-aligned",
 * "twenty-five") and are seldom a word's first syllable ("pro-", "inter-",
 * "re-" are: "pro-\nposal", "inter-\nnational"): a line that ends in one
 * and a hyphen keeps the hyphen. */
static const char *const compound_heads[] = {"well", "self", "non", "half", "vice", "semi",
                                             "twenty", "thirty", "forty", "fifty", "sixty",
                                             "seventy", "eighty", "ninety", NULL};

/* The hyphen at OUT[H] ends a line and NEXT (N bytes) goes on: true when
 * the two halves are a compound rather than one word broken in two (the
 * next line goes on with a capital or a digit, or the word before the
 * hyphen opens compounds). */
static bool compound_break(const char *out, size_t h, const char *next, size_t n) {
  if (n > 0 && ((next[0] >= 'A' && next[0] <= 'Z') || (next[0] >= '0' && next[0] <= '9')))
    return true;
  size_t b = h;
  while (b > 0 && ((out[b - 1] >= 'a' && out[b - 1] <= 'z') || (out[b - 1] >= 'A' && out[b - 1] <= 'Z')))
    b--;
  size_t len = h - b;
  if (len == 0 || len > 8)
    return false;
  char w[9];
  for (size_t k = 0; k < len; k++)
    w[k] = (char)(out[b + k] | 0x20);
  w[len] = '\0';
  for (size_t k = 0; compound_heads[k]; k++)
    if (strcmp(compound_heads[k], w) == 0)
      return true;
  return false;
}

/* The last words of a publication's name: "THE COASTAL TIMES", "GULF
 * BRIEFING RECORD", "ISLAND NEWS", "NORTHERN AGENCY - SECURITY BRIEFS". */
static const char *const masthead_ends[] = {
    "news", "post", "times", "review", "record", "weekly", "daily", "herald", "tribune",
    "journal", "gazette", "observer", "monitor", "express", "chronicle", "telegraph",
    "standard", "mail", "digest", "bulletin", "ledger", "courier", "dispatch", "inquirer",
    "sentinel", "register", "briefs", "brief", "briefing", "wire", "newsletter", "quarterly",
    "monthly", "magazine", "online", "today", "tv", "radio", "pulse", "insider", "report",
    "star", "sun", "globe", "mirror", "nation", "guardian", "independent", "examiner", "leader",
    "citizen", "echo", "voice", "press", "gleaner", "beacon", "fm", "am", "room", "television",
    "channel", "broadcasting", NULL};

/* Is line S (N bytes) a publication's name in capitals: up to eight words,
 * the last of them a word of masthead_ends? */
static bool caps_masthead(const char *s, size_t n) {
  size_t b = 0, e = n;
  trim(s, &b, &e);
  if (e <= b || e - b > 72) return false;
  if (!all_caps_words(s + b, e - b)) {
    /* a name in mixed case before a tagline or an edition, set apart by a
     * bar or a dash: "EuroMed Wire | Agency news from ...", "The X Times --
     * English edition" */
    if (!ng_c_upper(s[b])) return false;
    /* ("Radio Atlantique Nord | RAN English Service": a station's name) */
    if (e - b <= 60 && (ng_ingest_iprefix(s + b, e - b, "radio ") ||
                        ng_ingest_iprefix(s + b, e - b, "television ")) &&
        memchr(s + b, '|', e - b))
      return true;
    for (size_t i = b + 1; i + 2 < e; i++) {
      if (s[i - 1] != ' ') continue;
      size_t d = 0;
      if ((s[i] == '|' || s[i] == '-') && s[i + 1] == ' ') d = 1;
      else if (i + 3 < e && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
               ((unsigned char)s[i + 2] == 0x93 || (unsigned char)s[i + 2] == 0x94) &&
               s[i + 3] == ' ')
        d = 3;
      if (!d) continue;
      size_t w = i - 1;
      while (w > b && ng_c_alpha(s[w - 1])) w--;
      return space_words(s, b, i - 1) <= 6 && w < i - 1 && in_list(s + w, i - 1 - w, masthead_ends);
    }
    return false;
  }
  if (space_words(s, b, e) > 8) return false;
  /* ("RADIO NORTH CAPE INTERNATIONAL": a station's name opens with its
   * kind, whatever word ends it) */
  if (space_words(s, b, e) <= 5 &&
      (ng_ingest_iprefix(s + b, e - b, "radio ") || ng_ingest_iprefix(s + b, e - b, "television ")))
    return true;
  /* (or "X PUBLIC RADIO - NEWS IN ENGLISH", "RADIO X 96.3 FM | CITY": the
   * name before a dash or a bar) */
  size_t cut = e;
  for (size_t i = b + 1; i + 2 < e && cut == e; i++)
    if (s[i - 1] == ' ' && (s[i] == '-' || s[i] == '|') && s[i + 1] == ' ') cut = i - 1;
  for (int k = 0; k < 2; k++, e = cut) {
    size_t w = e;
    while (w > b && ng_c_alpha(s[w - 1])) w--;
    if (w < e && (w == b || !ng_c_alpha(s[w - 1])) && in_list(s + w, e - w, masthead_ends))
      return true;
  }
  return false;
}

/* A section's label set alone over a headline: up to three words in
 * capitals ("POLITICS", "WORLD / EUROPE"), or a short path of capitalised
 * fields ("Politics  >  Defence"). */
static bool section_line(const char *s, size_t n) {
  size_t b = 0, e = n;
  trim(s, &b, &e);
  if (e <= b || e - b > 40) return false;
  size_t words = 0;
  bool path = false, caps_fields = true, field_start = true;
  for (size_t i = b; i < e; i++) {
    if (s[i] == '>' || s[i] == '/' || s[i] == '|') {
      path = true;
      field_start = true;
      continue;
    }
    if ((unsigned char)s[i] == 0xC2 && i + 1 < e && (unsigned char)s[i + 1] == 0xBB) {
      path = true; /* "WORLD » SOUTH ASIA" */
      i++;
      continue;
    }
    if (i + 2 < e && !memcmp(s + i, "\xE2\x80\xBA", 3)) {
      path = true; /* "Business › Industry" */
      i += 2;
      field_start = true;
      continue;
    }
    if (s[i] != ' ' && (i == b || s[i - 1] == ' ')) {
      /* ("Asia & Pacific", "Horn of Africa": joining words in a field) */
      size_t w = i;
      while (w < e && s[w] != ' ') w++;
      if (s[i] == '&' || in_list(s + i, w - i, (const char *const[]){"of", "and", "the", NULL}))
        continue;
      words++;
      /* (a field's first word: "News > In brief") */
      if (field_start) caps_fields &= ng_c_upper(s[i]) || (unsigned char)s[i] >= 0x80;
      field_start = false;
    }
  }
  bool lower = false, upper = false;
  for (size_t i = b; i < e; i++) {
    lower |= s[i] >= 'a' && s[i] <= 'z';
    upper |= s[i] >= 'A' && s[i] <= 'Z';
  }
  if (upper && !lower) return words <= 3;
  /* (a desk's name alone in mixed case: "Military", "World") */
  if (words == 1 && !path && e - b <= 20 && ng_c_upper(s[b])) {
    for (size_t i = b + 1; i < e; i++)
      if (!(s[i] >= 'a' && s[i] <= 'z')) return false;
    return true;
  }
  return path && caps_fields && words <= 4;
}

/* Does the label L (LN bytes, trimmed) repeat a field of one of the menu
 * lines [I0, I1) of the page's head ("Central Asia" under "World  Central
 * Asia  Business"): a desk's name set alone over its headline?  A field is
 * set apart by two spaces, a bar or a tab, or ends the line. */
static bool menu_field(const char *text, const line_span *lines, size_t i0, size_t i1,
                       const char *l, size_t ln) {
  if (ln < 3 || ln > 32) return false;
  for (size_t k = i0; k < i1; k++) {
    if (lines[k].nb < 0) continue;
    const char *s = text + lines[k].b;
    size_t n = lines[k].e - lines[k].b;
    if (n <= ln || !menu_line(s, n)) continue;
    for (size_t p = 0; p + ln <= n; p++) {
      if (memcmp(s + p, l, ln) != 0) continue;
      bool start = p == 0 || s[p - 1] == '|' || s[p - 1] == '\t' ||
                   (p >= 2 && s[p - 1] == ' ' && (s[p - 2] == ' ' || s[p - 2] == '|'));
      size_t q = p + ln;
      while (q < n && s[q] == '\r') q++;
      bool end = q == n || s[q] == '|' || s[q] == '\t' ||
                 (q + 1 < n && s[q] == ' ' && (s[q + 1] == ' ' || s[q + 1] == '|'));
      if (start && end) return true;
    }
  }
  return false;
}

/* A site's path of three fields or more set apart by " > " ("About us >
 * Standards > Corrections"), up to 100 bytes: the start of its last field in
 * *LAST. */
static bool path_line(const char *s, size_t n, size_t *last) {
  if (n > 100) return false;
  size_t seps = 0;
  for (size_t i = 0; i + 3 <= n; i++)
    if (s[i] == ' ' && s[i + 1] == '>' && s[i + 2] == ' ') seps++, *last = i + 3;
  return seps >= 2 && ng_c_upper(s[0]);
}

/* A broadcast transcript's head: line I a label ("JURNALUL DE LA ORA 20 --
 * ENGLISH TRANSCRIPT"), then up to four lines each a date line ("Aired:
 * Monday, 19 October 2037, 20:00 EEST", "Posted: 19.10.2037, 23:05") or
 * the transcript's note ("This is a rush transcript, ..."), then a blank
 * line: the index of that blank line, else I. */
static bool transcript_note(const char *s, size_t n);

static size_t transcript_block(const char *text, const line_span *lines, size_t n, size_t i) {
  size_t j = i + 1;
  for (; j < n && lines[j].nb >= 0; j++) {
    const char *l = text + lines[j].b;
    size_t ln = lines[j].e - lines[j].b;
    if (j - i > 4 || ln > 240) return i;
    if (transcript_note(l, ln)) continue;
    if (!parse_dateline(l, ln, NULL, NULL)) return i;
  }
  return j > i + 1 && j < n ? j : i;
}

/* A transcript's note on how it was made, alone or in square brackets:
 * "This is a rush transcript, ...", "[This transcript was translated from
 * ...]" -- no headline, though a paragraph of its own may carry it. */
static bool transcript_note(const char *s, size_t n) {
  size_t b = 0, e = n;
  trim(s, &b, &e);
  if (b < e && s[b] == '[') b++;
  return ng_ingest_iprefix(s + b, e - b, "this is a rush transcript") ||
         ng_ingest_iprefix(s + b, e - b, "this is a transcript") ||
         ng_ingest_iprefix(s + b, e - b, "this transcript") ||
         ng_ingest_iprefix(s + b, e - b, "this copy may");
}

/* The first date in figures in S[0..N) whose order of day and month does
 * not show ("08/02/2039": both 12 or less; not dots, which go day first):
 * its year in *Y and its two first numbers in A[0], A[1].  False if none. */
static bool ambiguous_figures(const char *s, size_t n, int *y, int a[2]) {
  for (size_t i = 0; i + 8 <= n; i++) {
    if (!ng_c_digit(s[i]) || (i > 0 && (ng_c_digit(s[i - 1]) || s[i - 1] == '/'))) continue;
    int v[3];
    char sep;
    size_t e = figures_run(s + i, n - i, v, &sep);
    if (e == 0 || sep == '.' || (i + e < n && ng_c_digit(s[i + e]))) continue;
    if (v[0] < 1 || v[0] > 12 || v[1] < 1 || v[1] > 12) continue;
    *y = v[2];
    a[0] = v[0];
    a[1] = v[1];
    return true;
  }
  return false;
}

/* A text that opens with a publication's block -- its name in capitals,
 * then up to five short lines (a second name, an issue line, a tagline, a
 * byline, a subscriber's note),
 * then a blank line -- and goes on with one line alone, set as a headline:
 * that line's index, else (size_t)-1.
 *   GULF BRIEFING RECORD
 *   Full transcripts of official briefings
 *
 *   Ministry spokesperson's weekly briefing: the air safety agreement
 *
 * (the headline in mixed case, or in capitals with four words or more) */
static size_t masthead_headline(const char *text, const line_span *lines, size_t n) {
  size_t i = 0;
  while (i < n && lines[i].nb < 0) i++;
  /* (past a page's "Skip to content" link) */
  if (i < n && (ng_ingest_iprefix(text + lines[i].b, lines[i].e - lines[i].b, "skip to ") ||
                ng_ingest_iprefix(text + lines[i].b, lines[i].e - lines[i].b, "jump to ")) &&
      lines[i].e - lines[i].b <= 24) {
    i++;
    while (i < n && lines[i].nb < 0) i++;
  }
  if (i == n) return (size_t)-1;
  if (!caps_masthead(text + lines[i].b, lines[i].e - lines[i].b)) {
    /* (or any name in capitals over the site's menu: "THE X COMPASS" /
     * "Home | World | Business | Sport") */
    size_t mb = lines[i].b, me = lines[i].e;
    trim(text, &mb, &me);
    if (i + 1 == n || lines[i + 1].nb < 0 || me - mb > 60 || !all_caps_words(text + mb, me - mb) ||
        space_words(text, mb, me) > 8 ||
        !menu_line(text + lines[i + 1].b, lines[i + 1].e - lines[i + 1].b))
      return (size_t)-1;
  }
  size_t j = i + 1;
  /* (a block of up to seven lines: a site's menus run long) */
  for (; j < n && lines[j].nb >= 0; j++)
    if (j - i > 7 || lines[j].e - lines[j].b > 200) return (size_t)-1;
  while (j < n && lines[j].nb < 0) j++;
  /* (past a section label or a breadcrumb set alone: "ANALYSIS | ASIA",
   * "Home > World > Asia", "POLITICS", "Politics > Defence") */
  /* (or a section's label over a date line: "FICTION > REVIEWS" / "Saturday
   * 18 October 2031"; or a site's path, whose last field may be the
   * headline: "About us > Standards > Corrections and clarifications") */
  const char *crumb = NULL;
  size_t crumb_n = 0;
  /* (up to four of them: a menu, a path, a transcript's label over its
   * dates, its note) */
  for (int skip = 0; skip < 4 && j + 1 < n; skip++) {
    const char *l = text + lines[j].b;
    size_t ln = lines[j].e - lines[j].b, last = 0;
    ng_date dd;
    bool label = not_headline(l, ln) || section_line(l, ln), path = path_line(l, ln, &last);
    /* (a transcript's note set as a paragraph of its own, under its label
     * and dates: "[This is a rush transcript, translated ...]") */
    label |= skip > 0 && transcript_note(l, ln);
    if (!label && lines[j + 1].nb < 0) {
      size_t lb = 0, le = ln;
      trim(l, &lb, &le);
      label = menu_field(text, lines, i, j, l + lb, le - lb);
    }
    /* (a short line over a date line is a label too: "NEWS IN BRIEF - 19:00
     * GMT bulletin" / "Friday 18/04/2036") */
    size_t tb_end = label ? transcript_block(text, lines, n, j) : j;
    if (tb_end > j)
      j = tb_end - 1;
    else if (lines[j + 1].nb >= 0 && (label || (ln <= 60 && l[ln - 1] != '.')) && j + 2 < n &&
        lines[j + 2].nb < 0 && date_field(text + lines[j + 1].b, lines[j + 1].e - lines[j + 1].b, &dd))
      j++;
    else if (lines[j + 1].nb >= 0 && section_line(l, ln) && !path &&
             (j + 2 == n || lines[j + 2].nb < 0)) {
      /* a programme's or a desk's name right over its headline ("GULF
       * TONIGHT" / "Kuwaiti Typhoons touch down ...") */
      j++;
      break;
    } else if (lines[j + 1].nb >= 0)
      break;
    else if (!label && !path)
      break;
    if (last) {
      crumb = l + last, crumb_n = ln - last;
      while (crumb_n && (crumb[crumb_n - 1] == ' ' || crumb[crumb_n - 1] == '\r')) crumb_n--;
    }
    j++;
    while (j < n && lines[j].nb < 0) j++;
  }
  if (j == n || (j + 1 < n && lines[j + 1].nb >= 0)) return (size_t)-1;
  const char *h = text + lines[j].b;
  size_t hn = lines[j].e - lines[j].b, b = 0, e = hn;
  trim(h, &b, &e);
  /* (a page's own name, as its path ends: "Corrections and clarifications") */
  if (crumb && e - b == crumb_n && e - b >= 12 && !memcmp(h + b, crumb, crumb_n) &&
      space_words(h, b, e) >= 2)
    return j;
  if (e - b < 20 || e - b > MAX_TITLE_BYTES) return (size_t)-1;
  /* (a headline may ask: "Can the truce hold?") */
  if (mixed_headline(h, hn) || (h[e - 1] == '?' && mixed_headline(h, e - 1))) return j;
  return all_caps_words(h + b, e - b) && space_words(h, b, e) >= 4 && !strchr(".:?!", h[e - 1])
             ? j
             : (size_t)-1;
}

/* A page copied from a browser: its site's name, menus, tickers and date
 * lines, then a section's label or a breadcrumb set alone ("WORLD » SOUTH
 * ASIA", "NATIONAL", "Home > Plenary > Sitting 301"), then one line alone set
 * as a headline: that line's index, else (size_t)-1.  Only in the page's
 * head, before any paragraph of text. */
static size_t section_headline(const char *text, const line_span *lines, size_t n) {
  for (size_t i = 0; i + 2 < n && lines[i].nb < HEAD_LINES + 8; i++) {
    if (lines[i].nb < 0) continue;
    const char *s = text + lines[i].b;
    size_t len = lines[i].e - lines[i].b, sb = 0, se = len;
    if (len > 200) return (size_t)-1; /* the text has begun */
    trim(s, &sb, &se);
    if (lines[i + 1].nb >= 0 || !(section_line(s, len) || breadcrumb(s + sb, se - sb))) continue;
    size_t j = i + 1;
    while (j < n && lines[j].nb < 0) j++;
    if (j == n || (j + 1 < n && lines[j + 1].nb >= 0)) continue;
    const char *h = text + lines[j].b;
    size_t hn = lines[j].e - lines[j].b, b = 0, e = hn;
    trim(h, &b, &e);
    if (e - b < 20 || e - b > MAX_TITLE_BYTES) continue;
    if (!mixed_headline(h, hn) && !(h[e - 1] == '?' && mixed_headline(h, e - 1))) continue;
    if (ng_ingest_classify_line(h, hn, true, false, NULL, NULL, NULL) != NG_LINE_TEXT) continue;
    /* (a language switcher over a breadcrumb: the breadcrumb is no headline) */
    if (not_headline(h, hn)) continue;
    return j;
  }
  return (size_t)-1;
}

/* Line I is a paper's name in capitals, the first line, over a line that
 * names its edition ("THE COASTAL TIMES" / "Weekend edition"), or that
 * edition line: neither is the headline. */
static bool edition_masthead(const char *text, const line_span *lines, size_t n, size_t i) {
  size_t name = i, ed = i;
  if (lines[i].nb == 0) {
    ed = i + 1;
    while (ed < n && lines[ed].nb < 0) ed++;
    if (ed == n) return false;
  } else if (lines[i].nb == 1) {
    while (name > 0 && lines[name].nb != 0) name--;
  } else {
    return false;
  }
  size_t b = lines[name].b, e = lines[name].e;
  trim(text, &b, &e);
  return e - b <= 60 && all_caps_words(text + b, e - b) &&
         edition_line(text + lines[ed].b, lines[ed].e - lines[ed].b);
}

/* Line I is the first line, in capitals, right over a letterhead's line in
 * capitals ("O'ZBEKISTON RESPUBLIKASI MUDOFAA VAZIRLIGI" / "MINISTRY OF
 * DEFENSE OF THE REPUBLIC OF UZBEKISTAN"): the same letterhead in the
 * state's own language, whatever it is. */
static bool letterhead_above(const char *text, const line_span *lines, size_t n, size_t i) {
  if (lines[i].nb != 0 || i + 1 >= n || lines[i + 1].nb != 1) return false;
  size_t b = lines[i].b, e = lines[i].e, b2 = lines[i + 1].b, e2 = lines[i + 1].e;
  trim(text, &b, &e);
  trim(text, &b2, &e2);
  return e - b <= 80 && e2 - b2 <= 80 && all_caps_words(text + b, e - b) &&
         all_caps_words(text + b2, e2 - b2) && not_headline(text + b2, e2 - b2);
}

/* Line I is the second line, right under a letterhead, in another script
 * or language ("EMBASSY OF ... IN THE LAO PEOPLE'S DEMOCRATIC REPUBLIC" /
 * "Dai su quan ..." with its accents): at least two words in five hold
 * letters beyond ASCII.  The same letterhead, not the headline. */
static bool letterhead_below(const char *text, const line_span *lines, size_t n, size_t i) {
  if (lines[i].nb != 1 || i == 0 || i >= n || lines[i - 1].nb != 0) return false;
  const char *s = text + lines[i].b;
  size_t len = lines[i].e - lines[i].b, words = 0, foreign = 0;
  if (len > 200 || !not_headline(text + lines[i - 1].b, lines[i - 1].e - lines[i - 1].b))
    return false;
  bool name = true; /* (or a name: "Embajada de la Rep\xC3\xBAblica del Per\xC3\xBA en ...") */
  for (size_t k = 0; k < len;) {
    while (k < len && s[k] == ' ') k++;
    if (k == len) break;
    bool high = false;
    size_t w = k;
    for (; k < len && s[k] != ' '; k++) high |= (unsigned char)s[k] >= 0x80;
    words++;
    foreign += high;
    name &= ng_c_upper(s[w]) || (unsigned char)s[w] >= 0x80 || (k - w <= 3 && ng_c_alpha(s[w])) ||
            (k - w == 1 && s[w] == '-'); /* (a motto: "Honour - Fraternity - Justice") */
    name &= !strchr(".,:;!?", s[k - 1]);
  }
  return words >= 3 && (foreign * 5 >= words * 2 || name);
}

/* Does line S (N bytes) continue a sentence from the line before: its first
 * word in lower case ASCII letters?  In a hard-wrapped text (HARD), any line
 * that starts with a letter or a quotation mark goes on from the one before
 * it in the same block. */
static bool wrapped_line(const char *s, size_t n, bool hard) {
  size_t i = 0;
  while (i < n && (s[i] == ' ' || s[i] == '\t')) i++;
  if (hard && i < n &&
      (ng_c_alpha(s[i]) || s[i] == '"' ||
       (i + 2 < n && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
        ((unsigned char)s[i + 2] == 0x9C || (unsigned char)s[i + 2] == 0x98))))
    return true;
  return i + 1 < n && s[i] >= 'a' && s[i] <= 'z' && s[i + 1] >= 'a' && s[i + 1] <= 'z';
}

/* Is the text hard-wrapped (an e-paper dump, e-mailed wire copy): most of its
 * lines are short and go on in the next line, in blocks between blank lines? */
static bool hard_wrapped(const char *text, const line_span *lines, size_t n) {
  /* (most texts have a blank line between paragraphs: counted first) */
  size_t pairs = 0;
  for (size_t i = 0; i + 1 < n; i++) pairs += lines[i].nb >= 0 && lines[i + 1].nb >= 0;
  if (pairs < 8) return false;
  size_t nonblank = 0, cont = 0, short_cont = 0, mid = 0;
  for (size_t i = 0; i < n; i++) {
    if (lines[i].nb < 0) continue;
    nonblank++;
    if (i + 1 < n && lines[i + 1].nb >= 0) {
      cont++;
      size_t b = lines[i].b, e = lines[i].e;
      trim(text, &b, &e);
      short_cont += e - b <= 82; /* (mail wraps at 72 or so, a PDF's text at 80) */
      /* a wrapped line mostly ends inside a sentence; a paragraph per line does not */
      char last = e > b ? text[e - 1] : '.';
      mid += ng_c_alpha(last) || last == ',' || last == '-';
    }
  }
  return cont >= 8 && 2 * cont >= nonblank && 10 * short_cont >= 8 * cont && 10 * mid >= 6 * cont;
}

/* A short line wholly in quotation marks (straight or curly), of up to
 * eight words and no sentence's end inside: a motto. */
static bool quoted_motto(const char *s, size_t n) {
  size_t b = 0, e = n;
  trim(s, &b, &e);
  if (e - b < 6 || e - b > 80) return false;
  size_t ob = s[b] == '"' ? 1 : !memcmp(s + b, "\xE2\x80\x9C", 3) ? 3 : 0;
  size_t cb = s[e - 1] == '"' ? 1 : e - b >= 3 && !memcmp(s + e - 3, "\xE2\x80\x9D", 3) ? 3 : 0;
  if (!ob || !cb || e - b <= ob + cb) return false;
  for (size_t i = b + ob; i < e - cb; i++)
    if (s[i] == '"' || s[i] == '.' || s[i] == '!' || s[i] == '?' ||
        (i + 2 < e && !memcmp(s + i, "\xE2\x80", 2) &&
         ((unsigned char)s[i + 2] == 0x9C || (unsigned char)s[i + 2] == 0x9D)))
      return false;
  return space_words(s, b, e) <= 8;
}

ng_status ng_ingest_finish(ng_doc *doc, const char *text, size_t len, bool first_is_title,
                           const ng_read_opts *opts) {
  ng_status st = NG_OK;
  line_span *lines = NULL;
  size_t n_lines = 0, cap = 0;
  int n_nonblank = 0;
  ng_buf out, author, coauthors;
  ng_buf_init(&out);
  ng_buf_init(&author);
  ng_buf_init(&coauthors);
  ng_date published = {0, 0, 0}, updated = {0, 0, 0};
  /* the first date line's figures whose order of day and month does not
   * show ("Published: 08/02/2039 06:15"): year, then the two numbers */
  int amb_y = 0, amb[2] = {0, 0};

  for (size_t p = 0; p <= len;) {
    const char *nl = memchr(text + p, '\n', len - p);
    size_t e = nl ? (size_t)(nl - text) : len;
    if (n_lines == cap) {
      cap = cap ? cap * 2 : 64;
      lines = ng_xrealloc(lines, cap * sizeof *lines);
    }
    lines[n_lines].b = p;
    lines[n_lines].e = e;
    lines[n_lines].nb = ng_ingest_blank(text + p, e - p) ? -1 : n_nonblank++;
    n_lines++;
    if (!nl) break;
    p = e + 1;
  }

  bool hard = hard_wrapped(text, lines, n_lines);
  size_t head_line = first_is_title ? (size_t)-1 : masthead_headline(text, lines, n_lines);
  if (head_line == (size_t)-1 && !first_is_title) head_line = section_headline(text, lines, n_lines);
  bool last_blank = false, dropped = false, title_seen = false;
  bool caps_title = false, after_title_dropped = false, short_title = false;
  int kept_after = 0, lines_after_title = 0;
  bool links_block = false; /* under a links_heading, near the end */
  bool links_after_gap = false; /* a links_heading, then a blank line */
  bool links_boxed = false;      /* the links_block is a box, not near the end */
  bool labelled_title = false;   /* a "HEADLINE: ..." line gave the title */
  bool prev_title = false; /* the line before is the headline: no wrap joins them */
  const char *nh_last = NULL; /* last word of a letterhead line in capitals */
  size_t nh_len = 0;
  for (size_t i = 0; i < n_lines; i++) {
    const char *s = text + lines[i].b;
    size_t n = lines[i].e - lines[i].b;
    int nb = lines[i].nb;
    if (nb < 0) {
      /* blank lines stay as they were, except where a removed line would
       * leave a double gap (or a gap at the very start) */
      /* (links_after_gap keeps a heading's list over one blank line, and
       * links set apart by blank lines: an HTML list's items) */
      /* (but a box set in a page's middle ends at its blank line) */
      if (links_block && !links_boxed) links_after_gap = true;
      links_block = links_boxed = false;
      if (out.len == 0 || (last_blank && dropped)) continue;
      ng_buf_addc(&out, '\n'); /* ends the previous line; the blank line is empty */
      last_blank = true;
      continue;
    }
    ng_line_kind kind = NG_LINE_TEXT;
    if (!(first_is_title && !title_seen)) {
      ng_date d = {0, 0, 0};
      bool upd = false;
      bool head = nb < HEAD_LINES, tail = nb >= n_nonblank - TAIL_LINES;
      /* a review's own byline ("Reviewed by X") is its author's, not the
       * book's "by Y" set above it */
      if (head && title_seen && n > 12 && ng_ingest_iprefix(s, n, "reviewed by ")) {
        ng_buf_clear(&author);
        ng_buf_clear(&coauthors);
      }
      kind = ng_ingest_classify_line_co(s, n, head, tail, &author, &coauthors, &d, &upd);
      /* a caption's news before its credit is text (the credit is cut off) */
      size_t cut = kind == NG_LINE_BOILERPLATE ? caption_text_end(s, n) : n;
      if (cut < n && ng_ingest_classify_line(s, cut, false, false, NULL, NULL, NULL) ==
                         NG_LINE_TEXT) {
        kind = NG_LINE_TEXT;
        n = cut;
      }
      if (d.y) {
        if (upd && updated.y == 0) updated = d;
        if (!upd && published.y == 0) published = d;
      }
      if (head && kind != NG_LINE_TEXT && !d.y && amb_y == 0 && n <= 160)
        ambiguous_figures(s, n, &amb_y, amb);
      /* a site's line of fields, one of them the date ("2029.10.10  |  By
       * X  |  1,284 views", "Lima 19 C  |  Wednesday, 2029.10.10") */
      if (published.y == 0 && head &&
          (dated_fields(s, n, &d) || date_field(s, n, &d) || place_date(s, n, &d)) && d.y)
        published = d;
      /* (a place and a date alone on a line, below a long bilingual
       * letterhead: "Yaoundé, le 9 février 2039") */
      if (published.y == 0 && !head && nb < 2 * HEAD_LINES && place_date(s, n, &d) && d.y)
        published = d;
    }
    if (kind == NG_LINE_TEXT && title_seen && nb < HEAD_LINES && author.len == 0 &&
        doc->author == NULL && bare_name(s, n, NULL)) {
      /* "Jane Roe" over "Wednesday 3 March 2027": a columnist's name set
       * above the date, without "By" */
      size_t j = i + 1;
      while (j < n_lines && lines[j].nb < 0) j++;
      ng_date d = {0, 0, 0};
      if (j < n_lines &&
          (ng_ingest_classify_line(text + lines[j].b, lines[j].e - lines[j].b, true, false, NULL,
                                   &d, NULL) == NG_LINE_DATELINE ||
           /* ("Published: 12.06.2030 - 07:30 | Updated: ...") */
           (lines[j].nb == nb + 1 && j == i + 1 &&
            (((dated_fields(text + lines[j].b, lines[j].e - lines[j].b, &d) ||
               date_field(text + lines[j].b, lines[j].e - lines[j].b, &d)) &&
              d.y) ||
             ng_ingest_iprefix(text + lines[j].b, lines[j].e - lines[j].b, "published:"))) ||
           (lines[j].nb == nb + 1 && j == i + 1 &&
            caps_place(text + lines[j].b, lines[j].e - lines[j].b)))) {
        /* (or over the place it was filed from: "Jane Roe" / "NEW DELHI") */
        bare_name(s, n, &author);
        kind = NG_LINE_BYLINE;
      }
    }
    bool boxed = !links_block && nb < n_nonblank - 20 && boxed_heading(s, n);
    if ((kind == NG_LINE_TEXT || kind == NG_LINE_BOILERPLATE) && title_seen &&
        (nb >= n_nonblank - 20 || links_block || boxed)) {
      if (boxed) links_boxed = true;
      /* "MORE LIVE COVERAGE" over "Live: ... counts the votes": the links
       * under such a heading, up to a blank line, are no part of the story */
      size_t tb = 0, te = n;
      trim(s, &tb, &te);
      bool link = te - tb <= 120 && te > tb && s[te - 1] != '.';
      if ((links_block || links_after_gap) && link) {
        kind = NG_LINE_BOILERPLATE;
        links_block = true;
        links_after_gap = false;
      } else if (links_heading(s, n) && i + 2 < n_lines && lines[i + 1].nb < 0 &&
                 lines[i + 2].nb >= 0 && (kind == NG_LINE_BOILERPLATE || n <= 40)) {
        /* "MORE FROM X", a blank line, then the links */
        kind = NG_LINE_BOILERPLATE;
        links_after_gap = true;
      } else if ((links_block = links_heading(s, n) && i + 1 < n_lines && lines[i + 1].nb >= 0)) {
        /* (a heading over a paragraph, "More troops", is the story's;
         * "READ MORE" is furniture already, the links under it were not) */
        const char *x = text + lines[i + 1].b;
        size_t xb = 0, xe = lines[i + 1].e - lines[i + 1].b;
        trim(x, &xb, &xe);
        links_block = xe - xb <= 120 && xe > xb && x[xe - 1] != '.';
        if (links_block) kind = NG_LINE_BOILERPLATE;
      }
    }
    if (kind != NG_LINE_TEXT) {
      dropped = true;
      after_title_dropped |= title_seen;
      continue;
    }
    if (out.len == 0) {
      /* the headline starts the text: no indentation before it */
      while (n > 0 && (*s == ' ' || *s == '\t')) s++, n--;
    }
    /* a hard-wrapped paragraph ("... coast guards\nworking one plan ..."):
     * a line that goes on in lower case continues the line before it, so
     * its line break becomes a space (same length: offsets do not move) */
    bool wrap = out.len > 0 && title_seen && !prev_title && !last_blank && !dropped &&
                wrapped_line(s, n, hard);
    /* (a wrapped line's indentation, as a PDF's text keeps it, goes with
     * its line break) */
    while (wrap && n > 0 && (*s == ' ' || *s == '\t')) s++, n--;
    if (wrap && out.len >= 3 && out.data[out.len - 1] == '-' && out.data[out.len - 2] >= 'a' &&
        out.data[out.len - 2] <= 'z') {
      /* "govern-\nment", "Mar-\ntin": a word hyphenated at the line end is
       * one word; "well-\nknown", "pro-\nRussian": a compound keeps its hyphen */
      if (!compound_break(out.data, out.len - 1, s, n))
        out.data[--out.len] = '\0';
    } else if (out.len > 0) {
      ng_buf_addc(&out, wrap ? ' ' : '\n');
    }
    size_t start = out.len;
    bool is_title = false;
    ng_buf_add(&out, s, n);
    size_t hl = title_seen && !labelled_title && nb < 60 ? headline_label(s, n) : 0;
    if (hl) {
      /* "WEB HEADLINE: Korean army trainers arrive ...": a script's or a
       * wire's headline, labelled as such, under its archive's header */
      size_t tb = hl, te = n;
      trim(s, &tb, &te);
      doc->title_b = start + tb;
      doc->title_e = start + te;
      caps_title = false;
      labelled_title = true;
    } else if (i == head_line && title_seen) {
      /* the headline under a publication's block (masthead_headline) */
      size_t tb = 0, te = n;
      trim(s, &tb, &te);
      doc->title_b = start + tb;
      doc->title_e = start + te;
      caps_title = false;
    } else if (title_seen && lines_after_title++ == 0 && !first_is_title && short_title &&
        n <= MAX_TITLE_BYTES && live_headline(s, n)) {
      /* "Southern Africa Live" / "LIVE: Ministers sign ...": a live blog's
       * name, then the headline of the day */
      size_t tb = 0, te = n;
      trim(s, &tb, &te);
      doc->title_b = start + tb;
      doc->title_e = start + te;
      caps_title = false;
    } else if (caps_title && kept_after > 0 && after_title_dropped && !first_is_title &&
               mixed_headline(s, n)) {
      /* "WEST AFRICA BRIEF" / "Issue 12 | 20 April" / "Compiled by ..." /
       * the headline: an all-capitals first line over an issue line and a
       * byline is the publication's name when a headline-like line (short,
       * mixed case, no full stop) follows */
      size_t tb = 0, te = n;
      trim(s, &tb, &te);
      doc->title_b = start + tb;
      doc->title_e = start + te;
      caps_title = false;
    } else if (title_seen && caps_title && (++kept_after > 2 || !meta_line(s, n))) {
      caps_title = false; /* the text has begun */
    }
    if (!title_seen && !first_is_title && nb + 1 < n_nonblank &&
        (not_headline(s, n) || same_last_word(s, n, nh_last, nh_len) ||
         edition_masthead(text, lines, n_lines, i) || letterhead_above(text, lines, n_lines, i) ||
         letterhead_below(text, lines, n_lines, i) ||
         /* ("\"For God and My Country\"": a state's motto in quotation
          * marks under its letterhead in capitals) */
         (nh_last && quoted_motto(s, n)) ||
         /* ("Press and Information > Statements": a site's section path) */
         (section_line(s, n) && ng_ingest_ifind(s, n, " > ") != (size_t)-1))) {
      /* (a letterhead's line in a second language ends as the first does:
       * "MINISTRY OF X COUNTRY" over "KEMENTERIAN X COUNTRY") */
      if (nb == 0 || nh_last) {
        size_t tb = 0, te = n;
        trim(s, &tb, &te);
        bool caps = all_caps_words(s + tb, te - tb);
        size_t w = te;
        while (w > tb && s[w - 1] != ' ') w--;
        nh_last = caps && te - w >= 3 ? s + w : NULL;
        nh_len = te - w;
      }
      ng_date d = {0, 0, 0};
      if (published.y == 0 && (running_head(s, n, &d) || dated_fields(s, n, &d))) published = d;
      /* the headline is further down: keep the line as text */
    } else if (!title_seen) {
      title_seen = is_title = true;
      size_t tb = 0, te = n;
      trim(s, &tb, &te);
      /* an e-mail's subject: "Subject: Week ahead: ..." */
      if (ng_ingest_iprefix(s + tb, te - tb, "subject: ")) {
        tb += 9;
        while (tb < te && s[tb] == ' ') tb++;
      }
      if (te > tb && te - tb <= MAX_TITLE_BYTES) {
        tb += wire_tag(s + tb, te - tb);
        doc->title_b = start + tb;
        doc->title_e = start + te;
        caps_title = all_caps_words(s + tb, te - tb);
        short_title = te - tb <= 40 && !memchr(s + tb, ':', te - tb);
      }
    }
    prev_title = is_title;
    last_blank = false;
    dropped = false;
  }
  /* no trailing white space after the last line */
  while (out.len > 0 && ng_c_space(out.data[out.len - 1])) out.data[--out.len] = '\0';
  if (out.len == 0) {
    ng_log(NG_LOG_ERROR, doc->path, 0, 0,
           "empty input: no article text left after removing site boilerplate");
    st = NG_ERR_INPUT;
    goto cleanup;
  }
  if (doc->title_e > out.len) doc->title_e = out.len;
  if (doc->title_e > doc->title_b)
    doc->title = ng_xstrndup(out.data + doc->title_b, doc->title_e - doc->title_b);
  /* a byline's further names belong with its first one */
  if (coauthors.len > 0 && doc->coauthors == NULL &&
      (doc->author == NULL || !strcmp(doc->author, author.data)))
    doc->coauthors = ng_buf_steal(&coauthors);
  if (doc->author == NULL && author.len > 0) doc->author = ng_buf_steal(&author);
  if (doc->published.y == 0) doc->published = published.y ? published : updated;
  if (doc->published.y == 0 && amb_y) {
    /* "Published: 08/02/2039" over "ABUJA, Feb. 7 -": of the two readings,
     * the one on the dateline's day or up to three days after it */
    ng_date dl = dateline_date_in(out.data, out.len, amb_y, 12);
    ng_date r[2] = {{amb_y, amb[1], amb[0]}, {amb_y, amb[0], amb[1]}};
    bool fits[2] = {false, false};
    for (int k = 0; k < 2 && ng_date_valid(dl); k++)
      for (int g = 0; g <= 3 && ng_date_valid(r[k]); g++) {
        ng_date t = ng_date_add_days(dl, g);
        fits[k] |= t.y == r[k].y && t.m == r[k].m && t.d == r[k].d;
      }
    if (fits[0] != fits[1] || (fits[0] && amb[0] == amb[1])) doc->published = fits[0] ? r[0] : r[1];
  }
  if (doc->published.y == 0) doc->published = ng_ingest_dateline_date(out.data, out.len);
  if (doc->published.y == 0 && doc->title)
    doc->published = headline_date(doc->title, strlen(doc->title));
  if (doc->published.y == 0 && opts && opts->fallback_date.y > 0 &&
      ng_date_valid(opts->fallback_date))
    doc->published = opts->fallback_date;
  doc->len = out.len;
  doc->text = ng_buf_steal(&out);

cleanup:
  free(lines);
  ng_buf_free(&out);
  ng_buf_free(&author);
  ng_buf_free(&coauthors);
  return st;
}

/* A WebVTT caption file ("WEBVTT", then blocks set apart by blank lines)
 * rewritten as a transcript into OUT: the first NOTE block's first line as
 * the headline and its other lines one a line (a place and date), other
 * NOTE blocks as paragraphs, and the cues' text without cue numbers, time
 * codes and tags, one paragraph per turn of a voice ("<v Name>" becomes
 * "Name: ..."), as sentences run on across cues.  False (OUT untouched) if
 * S is no WebVTT file. */
static bool webvtt_text(const char *s, size_t n, ng_buf *out) {
  if (n < 6 || memcmp(s, "WEBVTT", 6) != 0 || (n > 6 && !strchr(" \t\r\n", s[6]))) return false;
  size_t i = 0;
  while (i < n && s[i] != '\n') i++; /* the header line */
  bool first_note = true, in_turn = false;
  char voice[128];
  size_t voice_n = 0;
  while (i < n) {
    /* a block: lines up to a blank one */
    while (i < n && (s[i] == '\n' || s[i] == '\r' || s[i] == ' ' || s[i] == '\t')) i++;
    if (i >= n) break;
    size_t bb = i;
    while (i < n) {
      size_t le = i;
      while (le < n && s[le] != '\n') le++;
      size_t lb = i, lt = le;
      while (lt > lb && (s[lt - 1] == '\r' || s[lt - 1] == ' ')) lt--;
      i = le < n ? le + 1 : n;
      if (lt == lb) break;
    }
    size_t be = i;
    bool note = be - bb >= 4 && !memcmp(s + bb, "NOTE", 4) && (be - bb == 4 || strchr(" \r\n", s[bb + 4]));
    bool style = be - bb >= 5 && (!memcmp(s + bb, "STYLE", 5) || !memcmp(s + bb, "REGIO", 5));
    if (style) continue;
    bool cue = false;
    for (size_t k = bb; k + 3 <= be && !cue; k++) cue = s[k] == '-' && s[k + 1] == '-' && s[k + 2] == '>';
    if (!note && !cue) continue; /* header fields ("Kind: captions") */
    if (note) {
      if (in_turn) ng_buf_add(out, "\n\n", 2), in_turn = false;
      size_t k = bb + 4, line = 0;
      bool para = false;
      while (k < be) {
        size_t le = k;
        while (le < be && s[le] != '\n') le++;
        size_t lb = k, lt = le;
        while (lb < lt && (s[lb] == ' ' || s[lb] == '\t')) lb++;
        while (lt > lb && (s[lt - 1] == '\r' || s[lt - 1] == ' ')) lt--;
        k = le + 1;
        if (lt == lb) continue;
        if (first_note) {
          ng_buf_add(out, s + lb, lt - lb);
          ng_buf_add(out, "\n\n", 2);
        } else {
          if (para) ng_buf_addc(out, ' ');
          ng_buf_add(out, s + lb, lt - lb);
          para = true;
        }
        line++;
      }
      if (para) ng_buf_add(out, "\n\n", 2);
      if (line) first_note = false;
      continue;
    }
    /* a cue: its lines after the time code's */
    size_t k = bb;
    while (k < be) {
      size_t le = k;
      while (le < be && s[le] != '\n') le++;
      bool timing = false;
      for (size_t q = k; q + 3 <= le && !timing; q++)
        timing = s[q] == '-' && s[q + 1] == '-' && s[q + 2] == '>';
      k = le + 1;
      if (timing) break;
    }
    while (k < be) {
      size_t le = k;
      while (le < be && s[le] != '\n') le++;
      size_t lb = k, lt = le;
      while (lt > lb && (s[lt - 1] == '\r' || s[lt - 1] == ' ')) lt--;
      k = le + 1;
      if (lt == lb) continue;
      /* a voice tag opens a turn; other tags go */
      if (lt - lb > 3 && s[lb] == '<' && s[lb + 1] == 'v' && (s[lb + 2] == ' ' || s[lb + 2] == '.')) {
        size_t q = lb + 2;
        while (q < lt && s[q] != ' ' && s[q] != '>') q++;
        while (q < lt && s[q] == ' ') q++;
        size_t vb = q;
        while (q < lt && s[q] != '>') q++;
        size_t vn = q - vb;
        if (q < lt && vn > 0 && vn < sizeof voice) {
          if (!(in_turn && vn == voice_n && !memcmp(voice, s + vb, vn))) {
            if (in_turn) ng_buf_add(out, "\n\n", 2);
            memcpy(voice, s + vb, vn);
            voice_n = vn;
            ng_buf_add(out, voice, voice_n);
            ng_buf_add(out, ": ", 2);
            in_turn = true;
          } else {
            ng_buf_addc(out, ' ');
          }
          lb = q + 1;
        }
      } else if (in_turn) {
        ng_buf_addc(out, ' ');
      } else {
        in_turn = true;
        voice_n = 0;
      }
      for (size_t q = lb; q < lt; q++) {
        if (s[q] == '<') {
          const char *gt = memchr(s + q, '>', lt - q);
          if (gt) {
            q = (size_t)(gt - s);
            continue;
          }
        }
        ng_buf_addc(out, s[q]);
      }
    }
  }
  if (in_turn) ng_buf_addc(out, '\n');
  return true;
}

ng_status ng_doc_from_text(const char *path, const char *bytes, size_t len,
                           const ng_read_opts *opts, ng_doc **out) {
  ng_status st;
  ng_buf clean;
  ng_buf_init(&clean);
  ng_read_opts defaults = {false, {0, 0, 0}};
  if (opts == NULL) opts = &defaults;
  *out = NULL;
  if (path == NULL) path = "-";
  ng_doc *doc = ng_doc_alloc(path);
  if (bytes == NULL) len = 0;
  if (len > NG_MAX_INPUT_BYTES) {
    ng_log(NG_LOG_ERROR, path, 0, 0, "input too large (%zu bytes; the limit is %zu)", len,
           NG_MAX_INPUT_BYTES);
    st = NG_ERR_INPUT;
    goto cleanup;
  }
  ng_sha256_hex(bytes ? bytes : "", len, doc->sha256);
  if ((st = ng_ingest_check_bytes(path, bytes, len)) != NG_OK) goto cleanup;
  if ((st = ng_ingest_utf8(path, bytes, len, opts->strict, &clean, &doc->warnings)) != NG_OK)
    goto cleanup;
  if (ng_ingest_blank(clean.data, clean.len)) {
    ng_log(NG_LOG_ERROR, path, 0, 0, "empty input: the file holds only white space");
    st = NG_ERR_INPUT;
    goto cleanup;
  }
  ng_buf vtt;
  ng_buf_init(&vtt);
  if (webvtt_text(clean.data, clean.len, &vtt) && !ng_ingest_blank(vtt.data, vtt.len)) {
    st = ng_ingest_finish(doc, vtt.data, vtt.len, true, opts);
  } else {
    st = ng_ingest_finish(doc, clean.data, clean.len, false, opts);
  }
  ng_buf_free(&vtt);
  if (st != NG_OK) goto cleanup;
  *out = doc;
  doc = NULL;

cleanup:
  ng_buf_free(&clean);
  ng_doc_free(doc);
  return st;
}
