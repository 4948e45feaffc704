/* dates.c - calendar dates: parsing the forms news sites print, checking,
 * formatting and day arithmetic.
 *
 * Dates are plain proleptic Gregorian calendar days.  A time of day or a
 * time zone after a date is consumed but never moves the day: a dateline
 * says on which day the outlet published, in the outlet's own zone. */
#include "extractor/extractor.h"

#include <stdio.h>

static bool is_digit(char c) { return c >= '0' && c <= '9'; }
static bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
static char to_lower(char c) { return is_upper(c) ? (char)(c - 'A' + 'a') : c; }

static bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int days_in_month(int y, int m) {
  static const int dim[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : dim[m - 1];
}

bool ng_date_valid(ng_date d) {
  return d.y >= 1 && d.y <= 9999 && d.m >= 1 && d.m <= 12 && d.d >= 1 &&
         d.d <= days_in_month(d.y, d.m);
}

void ng_date_format(ng_date d, char out[11]) {
  /* Invalid dates print as "" like unknown ones: the field widths below are
   * only guaranteed for valid dates, and a wrong date is worse than none. */
  if (!ng_date_valid(d)) {
    out[0] = '\0';
    return;
  }
  /* digits written by hand: valid dates have 4-digit years (1..9999) */
  unsigned y = (unsigned)d.y % 10000, m = (unsigned)d.m % 100, dd = (unsigned)d.d % 100;
  out[0] = (char)('0' + y / 1000);
  out[1] = (char)('0' + y / 100 % 10);
  out[2] = (char)('0' + y / 10 % 10);
  out[3] = (char)('0' + y % 10);
  out[4] = '-';
  out[5] = (char)('0' + m / 10);
  out[6] = (char)('0' + m % 10);
  out[7] = '-';
  out[8] = (char)('0' + dd / 10);
  out[9] = (char)('0' + dd % 10);
  out[10] = '\0';
}

/* Days since 1970-01-01 (H. Hinnant's days_from_civil; exact for all
 * Gregorian dates, no tables, no overflow for years 1..9999). */
static long days_from_civil(int y, int m, int d) {
  long yy = (long)y - (m <= 2);
  long era = (yy >= 0 ? yy : yy - 399) / 400;
  long yoe = yy - era * 400;
  long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static ng_date civil_from_days(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = yoe + era * 400;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  long d = doy - (153 * mp + 2) / 5 + 1;
  long m = mp < 10 ? mp + 3 : mp - 9;
  ng_date r = {(int)(y + (m <= 2)), (int)m, (int)d};
  return r;
}

int ng_date_weekday(ng_date d) {
  if (!ng_date_valid(d)) return -1;
  long z = days_from_civil(d.y, d.m, d.d);
  /* 1970-01-01 was a Thursday (3 when Monday is 0) */
  long w = (z % 7 + 7 + 3) % 7;
  return (int)w;
}

ng_date ng_date_add_days(ng_date d, int days) {
  if (!ng_date_valid(d)) return d;
  ng_date r = civil_from_days(days_from_civil(d.y, d.m, d.d) + days);
  if (!ng_date_valid(r)) {
    ng_date none = {0, 0, 0};
    return none;
  }
  return r;
}

/* Compares S[0..len) case-insensitively with the lower-case word W. */
static bool word_eq(const char *s, size_t len, const char *w) {
  size_t i = 0;
  for (; w[i]; i++) /* no strlen: most words differ at the first character */
    if (i >= len || to_lower(s[i]) != w[i]) return false;
  return i == len;
}

/* The first three letters of S, lower case, in one int ("jan" ->
 * 'j' << 16 | 'a' << 8 | 'n'); LEN >= 3.  Every month and weekday name
 * starts with its three-letter abbreviation, so this picks the one name a
 * word can be before any whole comparison: these run on every capitalised
 * word of the text. */
static inline unsigned key3(const char *s) {
  return (unsigned)(unsigned char)to_lower(s[0]) << 16 |
         (unsigned)(unsigned char)to_lower(s[1]) << 8 | (unsigned char)to_lower(s[2]);
}

#define KEY3(a, b, c) ((unsigned)(a) << 16 | (unsigned)(b) << 8 | (unsigned)(c))

/* Which name a word whose first three letters, lower case, are K can be:
 * a month 0..11 (January first), a weekday 12..18 (Monday first), or none
 * (-1).  (A switch: a few comparisons for the capitalised words of the text.) */
static int calendar_index(unsigned k) {
  switch (k) {
  case KEY3('j', 'a', 'n'): return 0;
  case KEY3('f', 'e', 'b'): return 1;
  case KEY3('m', 'a', 'r'): return 2;
  case KEY3('a', 'p', 'r'): return 3;
  case KEY3('m', 'a', 'y'): return 4;
  case KEY3('j', 'u', 'n'): return 5;
  case KEY3('j', 'u', 'l'): return 6;
  case KEY3('a', 'u', 'g'): return 7;
  case KEY3('s', 'e', 'p'): return 8;
  case KEY3('o', 'c', 't'): return 9;
  case KEY3('n', 'o', 'v'): return 10;
  case KEY3('d', 'e', 'c'): return 11;
  case KEY3('m', 'o', 'n'): return 12;
  case KEY3('t', 'u', 'e'): return 13;
  case KEY3('w', 'e', 'd'): return 14;
  case KEY3('t', 'h', 'u'): return 15;
  case KEY3('f', 'r', 'i'): return 16;
  case KEY3('s', 'a', 't'): return 17;
  case KEY3('s', 'u', 'n'): return 18;
  default: return -1;
  }
}

int ng_month_from_name(const char *s, size_t len) {
  static const char *const full[12] = {"january", "february", "march",     "april",
                                       "may",     "june",     "july",      "august",
                                       "september", "october", "november", "december"};
  if (s == NULL) return 0;
  if (len > 0 && s[len - 1] == '.') len--;
  if (len < 3 || len > 9) return 0;
  int i = calendar_index(key3(s));
  if (i < 0 || i >= 12) return 0;
  if (len == 3 || word_eq(s, len, full[i]) || (i == 8 && word_eq(s, len, "sept"))) return i + 1;
  return 0;
}

int ng_weekday_from_name(const char *s, size_t len) {
  /* the longer forms of each day's name */
  static const char *const longer[7][4] = {
      {"monday", NULL},
      {"tuesday", "tues", NULL},
      {"wednesday", "weds", NULL},
      {"thursday", "thur", "thurs", NULL},
      {"friday", NULL},
      {"saturday", NULL},
      {"sunday", NULL},
  };
  if (s == NULL) return -1;
  if (len > 0 && s[len - 1] == '.') len--;
  if (len < 3 || len > 9) return -1;
  int i = calendar_index(key3(s)) - 12;
  if (i < 0) return -1;
  if (len == 3) return i;
  for (int j = 0; longer[i][j]; j++)
    if (word_eq(s, len, longer[i][j])) return i;
  return -1;
}

/* Can S start a month or weekday name?  Its first three letters must be
 * one's abbreviation: a quick no for the other capitalised words. */
static bool calendar_word(const char *s, size_t len) {
  return len >= 3 && calendar_index(key3(s)) >= 0;
}

/* Reads 1..MAXD digits at S+*P; returns the value or -1. */
static int read_num(const char *s, size_t len, size_t *p, int maxd) {
  size_t i = *p;
  int v = 0, n = 0;
  while (i < len && is_digit(s[i]) && n < maxd) {
    v = v * 10 + (s[i] - '0');
    i++;
    n++;
  }
  if (n == 0 || (i < len && is_digit(s[i]))) return -1; /* too many digits */
  *p = i;
  return v;
}

/* Length of the alphabetic word at S+P, including one trailing '.'. */
static size_t word_len(const char *s, size_t len, size_t p) {
  size_t i = p;
  while (i < len && is_alpha(s[i])) i++;
  if (i > p && i < len && s[i] == '.') i++;
  return i - p;
}

static void skip_spaces(const char *s, size_t len, size_t *p) {
  while (*p < len && (s[*p] == ' ' || s[*p] == '\t')) (*p)++;
}

/* Consumes an optional ordinal suffix (27th, 1st) that is not followed by a letter. */
static void skip_ordinal(const char *s, size_t len, size_t *p) {
  size_t i = *p;
  if (i + 1 < len) {
    char a = to_lower(s[i]), b = to_lower(s[i + 1]);
    if ((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
        (a == 't' && b == 'h')) {
      if (i + 2 >= len || !is_alpha(s[i + 2])) *p = i + 2;
    }
  }
}

/* A 4-digit year at S+*P not followed by a digit or letter. */
static int read_year(const char *s, size_t len, size_t *p) {
  size_t i = *p;
  if (i + 4 > len) return -1;
  for (size_t k = 0; k < 4; k++)
    if (!is_digit(s[i + k])) return -1;
  if (i + 4 < len && (is_digit(s[i + 4]) || is_alpha(s[i + 4]))) return -1;
  *p = i + 4;
  return (s[i] - '0') * 1000 + (s[i + 1] - '0') * 100 + (s[i + 2] - '0') * 10 + (s[i + 3] - '0');
}

/* Optional time after an ISO date: [T ]hh:mm[:ss[.fff]][Z|+hh[:mm]|-hh[:mm]]. */
static void skip_iso_time(const char *s, size_t len, size_t *p) {
  size_t i = *p;
  if (i >= len || (s[i] != 'T' && s[i] != 't' && s[i] != ' ')) return;
  i++;
  size_t q = i;
  int hh = read_num(s, len, &q, 2);
  if (hh < 0 || hh > 24 || q >= len || s[q] != ':') return;
  q++;
  int mm = read_num(s, len, &q, 2);
  if (mm < 0 || mm > 59) return;
  if (q < len && s[q] == ':') {
    size_t r = q + 1;
    if (read_num(s, len, &r, 2) >= 0) {
      q = r;
      if (q + 1 < len && (s[q] == '.' || s[q] == ',') && is_digit(s[q + 1])) {
        q++;
        while (q < len && is_digit(s[q])) q++;
      }
    }
  }
  if (q < len && (s[q] == 'Z' || s[q] == 'z')) {
    q++;
  } else if (q < len && (s[q] == '+' || s[q] == '-')) {
    size_t r = q + 1;
    size_t start = r;
    while (r < len && is_digit(s[r]) && r - start < 4) r++;
    if (r - start == 2 && r + 2 < len && s[r] == ':' && is_digit(s[r + 1]) && is_digit(s[r + 2]))
      r += 3;
    if (r - start == 2 || r - start == 4 || r - start == 5) q = r;
  }
  *p = q;
}

static size_t parse_iso(const char *s, size_t len, ng_date *out) {
  size_t p = 0;
  int y = read_year(s, len, &p);
  if (y < 0) return 0;
  if (p >= len || (s[p] != '-' && s[p] != '/')) return 0;
  char sep = s[p++];
  int m = read_num(s, len, &p, 2);
  if (m < 0 || p >= len || s[p] != sep) return 0;
  p++;
  int d = read_num(s, len, &p, 2);
  if (d < 0) return 0;
  ng_date r = {y, m, d};
  if (!ng_date_valid(r)) return 0;
  if (p < len && is_alpha(s[p]) && s[p] != 'T' && s[p] != 't') return 0;
  skip_iso_time(s, len, &p);
  *out = r;
  return p;
}

/* "September 27, 2015", "Sept. 27 2015", "Sep 27th, 2015", "Sept. 15" (with hint). */
static size_t parse_month_first(const char *s, size_t len, int year_hint, ng_date *out) {
  size_t wl = word_len(s, len, 0);
  if (wl == 0 || !is_upper(s[0])) return 0;
  int m = ng_month_from_name(s, wl);
  if (m == 0) return 0;
  size_t p = wl;
  skip_spaces(s, len, &p);
  if (p == wl && s[wl - 1] != '.') return 0; /* "Sep27" */
  int d = read_num(s, len, &p, 2);
  if (d < 0) return 0;
  skip_ordinal(s, len, &p);
  if (p < len && is_alpha(s[p])) return 0;
  size_t after_day = p;
  size_t q = p;
  if (q < len && s[q] == ',') q++;
  skip_spaces(s, len, &q);
  int y = q > p ? read_year(s, len, &q) : -1;
  ng_date r;
  if (y >= 0) {
    r.y = y, r.m = m, r.d = d;
    p = q;
  } else {
    if (year_hint <= 0) return 0;
    r.y = year_hint, r.m = m, r.d = d;
    p = after_day;
  }
  if (!ng_date_valid(r)) return 0;
  *out = r;
  return p;
}

/* "27 September 2015", "27th Sept. 2015", "3 March 2021", "27 Sep" (with hint). */
static size_t parse_day_first(const char *s, size_t len, int year_hint, ng_date *out) {
  size_t p = 0;
  int d = read_num(s, len, &p, 2);
  if (d < 0) return 0;
  skip_ordinal(s, len, &p);
  size_t q = p;
  skip_spaces(s, len, &q);
  if (q == p) return 0;
  if (q + 3 <= len && word_eq(s + q, 2, "of") && s[q + 2] == ' ') {
    q += 3;
    skip_spaces(s, len, &q);
  }
  size_t wl = word_len(s, len, q);
  if (wl == 0 || !is_upper(s[q])) return 0;
  int m = ng_month_from_name(s + q, wl);
  if (m == 0) return 0;
  p = q + wl;
  size_t after_month = p;
  q = p;
  if (q < len && s[q] == ',') q++;
  skip_spaces(s, len, &q);
  /* "14 of May of 2027": Spanish and Portuguese "de" put into English */
  if (q > p && q + 3 <= len && word_eq(s + q, 2, "of") && s[q + 2] == ' ') {
    size_t r0 = q + 3;
    skip_spaces(s, len, &r0);
    size_t r1 = r0;
    if (read_year(s, len, &r1) >= 0) q = r0;
  }
  int y = q > p ? read_year(s, len, &q) : -1;
  ng_date r;
  if (y >= 0) {
    r.y = y, r.m = m, r.d = d;
    p = q;
  } else {
    if (year_hint <= 0) return 0;
    if (after_month < len && is_alpha(s[after_month])) return 0;
    r.y = year_hint, r.m = m, r.d = d;
    p = after_month;
  }
  if (!ng_date_valid(r)) return 0;
  *out = r;
  return p;
}

static size_t parse_plain(const char *s, size_t len, int year_hint, ng_date *out) {
  size_t n;
  if (len == 0) return 0;
  if (is_digit(s[0])) {
    if ((n = parse_iso(s, len, out)) > 0) return n;
    return parse_day_first(s, len, year_hint, out);
  }
  return parse_month_first(s, len, year_hint, out);
}

size_t ng_date_parse(const char *s, size_t len, int year_hint, ng_date *out) {
  ng_date none = {0, 0, 0};
  ng_date r = none;
  size_t n = 0;
  if (out) *out = none;
  if (s == NULL || len == 0) return 0;
  /* every form starts with a digit or a capital (month or weekday name):
   * the sentence scans call this on every word */
  if (!is_digit(s[0]) && (!is_upper(s[0]) || !calendar_word(s, len))) return 0;
  n = parse_plain(s, len, year_hint, &r);
  if (n == 0) {
    /* a leading weekday: "Sunday, September 27, 2015", "Sun, 27 Sep 2015" */
    size_t wl = word_len(s, len, 0);
    if (wl > 0 && is_upper(s[0]) && ng_weekday_from_name(s, wl) >= 0) {
      size_t p = wl;
      if (p < len && s[p] == ',') p++;
      skip_spaces(s, len, &p);
      if (p > wl) {
        size_t k = parse_plain(s + p, len - p, year_hint, &r);
        if (k > 0) n = p + k;
      }
    }
  }
  if (n == 0) return 0;
  if (out) *out = r;
  return n;
}
