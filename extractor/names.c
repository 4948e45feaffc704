/* names.c - canonical keys and labels for person names.
 *
 * The key is what makes one node per person across articles, so it must be
 * a function of the name alone: "Sergey V Volkov", "Sergei Volkov" and
 * "SERGEI VOLKOV" all give key "sergei-volkov", label "Sergei Volkov". */
#include "extractor/internal.h"

#include <stdlib.h>
#include <string.h>

static const char *const particles[] = {"al", "el", "bin", "ibn", "ben", "de", "van", "von",
                                        "da", "di", "du", "der", "den", "ad", "as", "ash",
                                        "bint", "binti", "ag", "wa", "le", "la", "del", "dos", "das",
                                        NULL};

/* True for an upper-case letter of Latin-1, Latin Extended-A (whose case
 * pairs change parity at U+0138 and U+0178), the comma-below letters of
 * Romanian (U+0218..U+021B), Greek and basic Cyrillic.  The tokenizer
 * uses it too (NG_TF_CAP, initials at sentence ends). */
bool ng_cp_upper(uint32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  if (cp < 0x100) return cp >= 0xC0 && cp <= 0xDE && cp != 0xD7;
  if (cp < 0x138) return (cp & 1) == 0;
  if (cp < 0x149) return (cp & 1) == 1;
  if (cp < 0x178) return cp >= 0x14A && (cp & 1) == 0;
  if (cp < 0x17F) return cp == 0x178 || (cp & 1) == 1;
  if (cp >= 0x218 && cp <= 0x21B) return (cp & 1) == 0;
  if (cp >= 0x1CD && cp <= 0x1DC) return (cp & 1) == 1;
  if (cp == 0x1A0 || cp == 0x1AF) return true; /* Vietnamese O- and U-horn */
  /* Latin Extended Additional (Vietnamese): capitals at even code points */
  if (cp >= 0x1E00 && cp <= 0x1EFF) return (cp & 1) == 0 && (cp <= 0x1E95 || cp >= 0x1EA0);
  if (cp >= 0x391 && cp <= 0x3A9) return cp != 0x3A2; /* Greek */
  return (cp >= 0x410 && cp <= 0x42F) || (cp >= 0x400 && cp <= 0x40F);
}

static bool is_particle(const char *w, size_t n) {
  if (n < 2 || n > 5) return false; /* (the lengths of the particles) */
  for (size_t i = 0; particles[i]; i++)
    if (particles[i][0] == w[0] && strlen(particles[i]) == n && memcmp(particles[i], w, n) == 0)
      return true;
  return false;
}

/* Appends W folded to ASCII, keeping the case of each letter: Upper if the
 * source letter was upper case (or, when CAPITALIZE, for the first letter). */
static void fold_word(ng_buf *out, const char *w, size_t n, bool titlecase) {
  ng_buf tmp;
  ng_buf_init(&tmp);
  size_t i = 0;
  bool first = true;
  char run[64]; /* ASCII output not yet in OUT */
  size_t rn = 0;
  while (i < n) {
    if ((unsigned char)w[i] < 0x80) {
      /* ASCII, most names: what the general case below does, without the
       * decoding and a buffer per letter */
      char ch = w[i];
      bool upper = ch >= 'A' && ch <= 'Z';
      if (upper) ch = (char)(ch - 'A' + 'a');
      if ((titlecase ? first : upper) && ch >= 'a' && ch <= 'z') ch = (char)(ch - 'a' + 'A');
      if (rn == sizeof run) {
        ng_buf_add(out, run, rn);
        rn = 0;
      }
      run[rn++] = ch;
      if (titlecase && (w[i] == '-' || w[i] == '\''))
        first = true;
      else if (w[i] != '\'')
        first = false;
      i++;
      continue;
    }
    ng_buf_add(out, run, rn);
    rn = 0;
    uint32_t cp;
    size_t k = ng_utf8_decode(w + i, n - i, &cp);
    if (!k) k = 1;
    bool upper = ng_cp_upper(cp);
    ng_buf_clear(&tmp);
    ng_utf8_fold(&tmp, w + i, k); /* (Romanian comma-below letters too: Latin Extended-B) */
    for (size_t j = 0; j < tmp.len; j++) {
      char ch = tmp.data[j];
      bool up = titlecase ? first : upper;
      if (up && ch >= 'a' && ch <= 'z') ch = (char)(ch - 'a' + 'A');
      ng_buf_addc(out, ch);
    }
    if (titlecase && (cp == '-' || cp == '\'' || cp == 0x2019))
      first = true;
    else if (cp != '\'' && cp != 0x2019)
      first = false;
    i += k;
  }
  ng_buf_add(out, run, rn);
  ng_buf_free(&tmp);
}

/* Is the word W (N bytes) four letters or more, all capitals?  (Shorter
 * ones may be run-together initials: "ASM Hasanuzzaman".) */
static bool caps_word(const char *w, size_t n) {
  size_t letters = 0;
  for (size_t i = 0; i < n;) {
    uint32_t cp;
    size_t k = ng_utf8_decode(w + i, n - i, &cp);
    if (!k) return false;
    i += k;
    if (cp == '-' || cp == '\'') continue;
    if (!ng_cp_upper(cp)) return false;
    letters++;
  }
  return letters >= 4;
}

/* Does the word W (N bytes) hold an ASCII small letter? */
static bool has_lower(const char *w, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (w[i] >= 'a' && w[i] <= 'z') return true;
  return false;
}

void ng_person_canon(const ng_lexicon *lex, const char *name, size_t len, ng_buf *key,
                     ng_buf *label) {
  /* split into words on spaces */
  const char *w[16];
  size_t wl[16];
  size_t nw = 0;
  size_t i = 0;
  while (i < len && nw < 16) {
    while (i < len && (name[i] == ' ' || name[i] == '\t' || name[i] == '\n')) i++;
    size_t s = i;
    while (i < len && name[i] != ' ' && name[i] != '\t' && name[i] != '\n') i++;
    /* run-together initials ("J.R. Holt") are the initials of "J. R. Holt":
     * one word per letter, so both spellings give one key */
    size_t d = s + 1;
    if (i - s >= 3 && i - s <= 6 && name[s + 1] == '.') {
      while (d + 1 < i && name[d] == '.' && name[d + 1] != '.') d += 2;
      if (d == i || (d + 1 == i && name[d] == '.')) {
        for (size_t q = s; q < i && nw < 16; q += 2) {
          w[nw] = name + q;
          wl[nw] = 1;
          nw++;
        }
        continue;
      }
    }
    if (i > s) {
      w[nw] = name + s;
      wl[nw] = i - s;
      nw++;
    }
  }
  /* "M. TIÉMOKO Gnamien Sylvain", "KONAN Aya Marie": the family name in
   * capitals before the given names, as French administrations write it,
   * goes last (and the "M." of "Monsieur" before it, no initial, goes) */
  size_t f = nw >= 3 && wl[0] == 2 && w[0][0] == 'M' && w[0][1] == '.' ? 1 : 0;
  if (nw - f >= 2 && caps_word(w[f], wl[f])) {
    bool rest_mixed = true;
    for (size_t k = f + 1; k < nw && rest_mixed; k++) rest_mixed = has_lower(w[k], wl[k]);
    if (rest_mixed) {
      const char *fw = w[f];
      size_t fl = wl[f];
      for (size_t k = f; k + 1 < nw; k++) w[k - f] = w[k + 1], wl[k - f] = wl[k + 1];
      nw -= f;
      w[nw - 1] = fw;
      wl[nw - 1] = fl;
    }
  }
  ng_buf_clear(key);
  ng_buf_clear(label);
  ng_buf folded;
  ng_buf_init(&folded);
  bool any = false, full_seen = false;
  for (size_t k = 0; k < nw; k++) {
    const char *x = w[k];
    size_t xl = wl[k];
    while (xl && (x[xl - 1] == '.' || x[xl - 1] == ',')) xl--;
    if (!xl) continue;
    bool last = k + 1 == nw;
    /* initials ("V", "V.", "J.R.") are dropped unless they are all we have */
    size_t cps = ng_utf8_count(x, xl);
    bool initial = cps == 1 || (xl <= 4 && memchr(x, '.', xl));
    /* a middle initial goes ("Sergey V Volkov"); leading ones stay ("J. R. Tolland") */
    if (initial && !last && nw > 1 && full_seen) continue;
    if (!initial) full_seen = true;
    /* particles, alone or as prefixes: "al Hakim", "al-Hakim" */
    if (!last && is_particle(x, xl) && x[0] >= 'a' && x[0] <= 'z') continue;
    for (;;) {
      const char *h = memchr(x, '-', xl);
      if (!h || h == x) break;
      size_t pl = (size_t)(h - x);
      char low[8];
      if (pl >= sizeof low) break;
      for (size_t j = 0; j < pl; j++) low[j] = (char)(x[j] | 0x20);
      if (!is_particle(low, pl) || (size_t)(h - x) + 1 >= xl) break;
      xl -= pl + 1;
      x = h + 1;
    }
    /* transliteration variants of first names: a family name keeps the
     * spelling the article gives it (surnames are how people are looked up) */
    const ng_lex_entry *v = lex && (!last || nw == 1) ? ng_lexicon_lookup(lex, x, xl) : NULL;
    while (v && v->kind != NG_LEX_NAMEVAR) v = v->next;
    bool allcaps = true;
    for (size_t j = 0; j < xl; j++)
      if (x[j] >= 'a' && x[j] <= 'z') allcaps = false;
    if (any) {
      ng_buf_addc(label, ' ');
      ng_buf_addc(&folded, ' ');
    }
    size_t at = folded.len;
    if (v && v->label)
      fold_word(&folded, v->label, strlen(v->label), false);
    else
      fold_word(&folded, x, xl, allcaps && xl > 1);
    /* the label keeps the letters the article gives ("Kałuża", "Kaboré"):
     * only the key is folded to ASCII; a name in capitals is folded for
     * its case */
    bool ascii = true;
    for (size_t j = 0; j < xl && ascii; j++) ascii = (unsigned char)x[j] < 0x80;
    if ((v && v->label) || ascii || allcaps)
      ng_buf_add(label, folded.data + at, folded.len - at);
    else
      ng_buf_add(label, x, xl);
    any = true;
  }
  /* key: lower-case alphanumerics, words joined by '-' (no longer than the
   * folded label: built in a local array, added at once) */
  char small[256];
  char *k = folded.len < sizeof small ? small : ng_xmalloc(folded.len + 1);
  size_t kn = 0;
  bool dash = false;
  for (size_t j = 0; j < folded.len; j++) {
    char ch = folded.data[j];
    if (ch >= 'A' && ch <= 'Z') ch = (char)(ch - 'A' + 'a');
    if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
      if (dash && kn) k[kn++] = '-';
      dash = false;
      k[kn++] = ch;
    } else if (ch == ' ' || ch == '-') {
      dash = true;
    }
  }
  ng_buf_add(key, k, kn);
  if (k != small) free(k);
  ng_buf_free(&folded);
  if (!key->len) ng_buf_adds(key, "unnamed");
}
