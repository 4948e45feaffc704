/* utf8.c - UTF-8 decoding, validation and ASCII folding. */
#include "common/ng.h"

#include <string.h>

size_t ng_utf8_decode(const char *s, size_t len, uint32_t *cp) {
  const unsigned char *u = (const unsigned char *)s;
  *cp = 0xFFFD;
  if (len == 0) return 0;
  unsigned c = u[0];
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  size_t n;
  uint32_t v, min;
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2; v = c & 0x1F; min = 0x80;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3; v = c & 0x0F; min = 0x800;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4; v = c & 0x07; min = 0x10000;
  } else {
    return 0;
  }
  if (len < n) return 0;
  for (size_t i = 1; i < n; i++) {
    if ((u[i] & 0xC0) != 0x80) return 0;
    v = (v << 6) | (u[i] & 0x3F);
  }
  /* overlong forms, surrogates and values past U+10FFFF are invalid */
  if (v < min || (v >= 0xD800 && v <= 0xDFFF) || v > 0x10FFFF) return 0;
  *cp = v;
  return n;
}

size_t ng_utf8_encode(uint32_t cp, char *out) {
  unsigned char *o = (unsigned char *)out;
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    o[0] = (unsigned char)cp;
    return 1;
  }
  if (cp < 0x800) {
    o[0] = (unsigned char)(0xC0 | (cp >> 6));
    o[1] = (unsigned char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    o[0] = (unsigned char)(0xE0 | (cp >> 12));
    o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[2] = (unsigned char)(0x80 | (cp & 0x3F));
    return 3;
  }
  o[0] = (unsigned char)(0xF0 | (cp >> 18));
  o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
  o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
  o[3] = (unsigned char)(0x80 | (cp & 0x3F));
  return 4;
}

size_t ng_utf8_count(const char *s, size_t len) {
  size_t n = 0;
  for (size_t i = 0; i < len; i++) {
    /* count every byte that is not a continuation byte */
    if (((unsigned char)s[i] & 0xC0) != 0x80) n++;
  }
  return n;
}

size_t ng_utf8_validate(const char *s, size_t len) {
  size_t i = 0;
  while (i < len) {
    /* eight ASCII bytes at a time: most text is ASCII */
    while (i + 8 <= len) {
      uint64_t v;
      memcpy(&v, s + i, 8);
      if (v & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= len) break;
    if ((unsigned char)s[i] < 0x80) {
      i++;
      continue;
    }
    uint32_t cp;
    size_t n = ng_utf8_decode(s + i, len - i, &cp);
    if (n == 0) return i;
    i += n;
  }
  return len;
}

/* ASCII base letters of U+00C0..U+017F ('\0': no plain equivalent). */
static const char latin_fold[] =
    "aaaaaaaceeeeiiii" /* C0-CF: ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏ */
    "dnooooo\0ouuuuyts" /* D0-DF: ÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞß */
    "aaaaaaaceeeeiiii" /* E0-EF */
    "dnooooo\0ouuuuyty" /* F0-FF */
    "aaaaaaccccccccdd" /* 100-10F */
    "ddeeeeeeeeeegggg" /* 110-11F */
    "gggghhhhiiiiiiii" /* 120-12F */
    "iiiijjkkklllllll" /* 130-13F */
    "lllnnnnnnnnnoooo" /* 140-14F */
    "oooorrrrrrssssss" /* 150-15F */
    "ssttttttuuuuuuuu" /* 160-16F */
    "uuuuwwyyyzzzzzzs"; /* 170-17F */

/* ASCII base letters of U+0180..U+024F, Latin Extended-B (Vietnamese o-horn
 * and u-horn, Romanian s- and t-comma, Azerbaijani schwa, Pinyin's caron
 * vowels), from Unicode's decompositions ('\0': none) */
static const char latinb_fold[] =
    "bbbbbboccdd\0\0\0\0e" /* 180-18F */
    "effg\0\0iikkllmnno" /* 190-19F */
    "oo\0\0ppr\0\0ssttttu" /* 1A0-1AF */
    "uuvyyzzz\0\0\0\0\0\0\0w" /* 1B0-1BF */
    "\0\0\0\0\0\0\0\0\0\0\0\0\0aai" /* 1C0-1CF */
    "ioouuuuuuuuuu\0aa" /* 1D0-1DF */
    "aa\0\0\0\0ggkkoooo\0\0" /* 1E0-1EF */
    "j\0\0\0gg\0wnnaa\0\0\0\0" /* 1F0-1FF */
    "aaaaeeeeiiiioooo" /* 200-20F */
    "rrrruuuussttyyhh" /* 210-21F */
    "nd\0\0zzaaeeoooooo" /* 220-22F */
    "ooyylntj\0\0acclts" /* 230-23F */
    "z\0\0bu\0eejjqqrryy"; /* 240-24F */

/* ASCII base letters of U+1E00..U+1EFF, Latin Extended Additional (most of
 * Vietnamese: a with a dot below, o with a circumflex and a hook, ...) */
static const char latinx_fold[] =
    "aabbbbbbccdddddd" /* 1E00-1E0F */
    "ddddeeeeeeeeeeff" /* 1E10-1E1F */
    "gghhhhhhhhhhiiii" /* 1E20-1E2F */
    "kkkkkkllllllllmm" /* 1E30-1E3F */
    "mmmmnnnnnnnnoooo" /* 1E40-1E4F */
    "oooopppprrrrrrrr" /* 1E50-1E5F */
    "sssssssssstttttt" /* 1E60-1E6F */
    "ttuuuuuuuuuuvvvv" /* 1E70-1E7F */
    "wwwwwwwwwwxxxxyy" /* 1E80-1E8F */
    "zzzzzzhtwy\0\0\0\0s\0" /* 1E90-1E9F */
    "aaaaaaaaaaaaaaaa" /* 1EA0-1EAF */
    "aaaaaaaaeeeeeeee" /* 1EB0-1EBF */
    "eeeeeeeeiiiioooo" /* 1EC0-1ECF */
    "oooooooooooooooo" /* 1ED0-1EDF */
    "oooouuuuuuuuuuuu" /* 1EE0-1EEF */
    "uuyyyyyyyy\0\0\0\0\0\0"; /* 1EF0-1EFF */

void ng_utf8_fold(ng_buf *out, const char *s, size_t len) {
  size_t i = 0;
  while (i < len) {
    if ((unsigned char)s[i] < 0x80) {
      /* a run of ASCII, nearly all text: lowered straight into room made
       * once for the run, not a byte at a time */
      size_t j = i;
      while (j < len && (unsigned char)s[j] < 0x80) j++;
      ng_buf_reserve(out, j - i);
      char *d = out->data + out->len;
      for (; i < j; i++) {
        char c = s[i];
        *d++ = c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
      }
      out->len = (size_t)(d - out->data);
      out->data[out->len] = '\0';
      continue;
    }
    uint32_t cp;
    size_t n = ng_utf8_decode(s + i, len - i, &cp);
    if (n == 0) n = 1;
    i += n;
    if (cp < 0x80) {
      char c = (char)cp;
      if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
      ng_buf_addc(out, c);
    } else if (cp >= 0xC0 && cp <= 0x17F) {
      char c = latin_fold[cp - 0xC0];
      if (c) ng_buf_addc(out, c);
      if (cp == 0xC6 || cp == 0xE6) ng_buf_addc(out, 'e');      /* æ */
      if (cp == 0xDF) ng_buf_addc(out, 's');                    /* ß */
    } else if (cp >= 0x180 && cp <= 0x24F) {
      char c = latinb_fold[cp - 0x180];
      if (c) ng_buf_addc(out, c);
    } else if (cp >= 0x1E00 && cp <= 0x1EFF) {
      char c = latinx_fold[cp - 0x1E00];
      if (c) ng_buf_addc(out, c);
      if (cp == 0x1E9E) ng_buf_addc(out, 's'); /* capital sharp s */
    } else if (cp == 0x2018 || cp == 0x2019 || cp == 0x02BC || cp == 0x2032) {
      ng_buf_addc(out, '\'');
    } else if (cp == 0x201C || cp == 0x201D || cp == 0x201E) {
      ng_buf_addc(out, '"');
    } else if (cp >= 0x2010 && cp <= 0x2015) {
      ng_buf_addc(out, '-');
    } else if (cp == 0xA0 || cp == 0x2009 || cp == 0x202F || cp == 0x200A) {
      ng_buf_addc(out, ' ');
    } else if (cp >= 0x0300 && cp <= 0x036F) {
      /* combining accents (text in decomposed form): dropped */
    } else {
      char tmp[4];
      ng_buf_add(out, tmp, ng_utf8_encode(cp, tmp));
    }
  }
}
