/* lexicon.c - loads the ontology's TSV data into a phrase lookup table.
 *
 * Every surface form (a country alias, a demonym, a title, a trigger word)
 * becomes a key in one hash map whose value is a chain of ng_lex_entry
 * values; one phrase can mean several things ("Georgia", "arms"), and the
 * extractor picks among them by context.  Each chain link is its own copy of
 * the entry, so `next` can differ per phrase while the strings are shared.
 * All entries and strings live in an arena owned by the lexicon: loading
 * allocates tens of thousands of small objects that all die together.
 *
 * Case: names (countries, organizations, places, name variants, non-names)
 * are matched exactly, because "US" is a country and "us" a pronoun, "IS"
 * a militia and "is" a verb.  Titles and triggers are matched regardless of
 * case ("Foreign Minister", "foreign minister"): they live in a second map
 * under their lower-case form, and after loading every exact chain gets
 * copies of the case-insensitive entries for its lower-case form appended,
 * so a capitalized "President" that is also a non-name still reports the
 * title, exact-case meanings first.
 */
#include "ontology/ontology.h"
#include "ontology/embedded.h"

#include <errno.h>
#include <pthread.h>
#include <stdalign.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

/* ---- arena ---- */

typedef struct arena_block {
  struct arena_block *next;
  unsigned char *mem;
  size_t used, cap;
} arena_block;

#define ARENA_BLOCK (64 * 1024)

static void *arena_alloc(arena_block **head, size_t n) {
  const size_t align = alignof(max_align_t);
  n = (n + align - 1) / align * align;
  arena_block *b = *head;
  if (!b || b->cap - b->used < n) {
    size_t cap = n > ARENA_BLOCK ? n : ARENA_BLOCK;
    b = ng_xmalloc(sizeof *b);
    b->mem = ng_xmalloc(cap);
    b->used = 0;
    b->cap = cap;
    b->next = *head;
    *head = b;
  }
  void *p = b->mem + b->used;
  b->used += n;
  return p;
}

static char *arena_strndup(arena_block **head, const char *s, size_t n) {
  char *p = arena_alloc(head, n + 1);
  memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

static void arena_free(arena_block *b) {
  while (b) {
    arena_block *next = b->next;
    free(b->mem);
    free(b);
    b = next;
  }
}

/* ---- the lexicon ---- */

/* A phrase's answers from the three phrase maps, in one record: the
 * extractor asks all three about every word and most windows of words.
 * Records lie one after another in one block (each 8-aligned), the key's
 * bytes inside: a found phrase costs the slot and its record's line. */
typedef struct {
  const ng_lex_entry *exact;  /* its chain in the exact map, or NULL */
  const ng_lex_entry *folded; /* its chain in the folded map, or NULL */
  uint32_t len;
  bool prefix;                /* in the prefix map */
  char key[];                 /* LEN bytes (and a NUL) */
} word_rec;

#define REC_ALIGN 8
static size_t rec_size(size_t len) {
  return (offsetof(word_rec, key) + len + 1 + REC_ALIGN - 1) / REC_ALIGN * REC_ALIGN;
}

/* A slot of the open-addressing index over the records: the phrase's hash
 * and 1 + its record's offset in REC_ALIGN units (0: an empty slot).  Eight
 * bytes a slot keep the index at 64 KiB for the built-in data (with the
 * answers in the slots it took 640 KiB); a probe compares the hash before
 * it reads a record. */
typedef struct {
  uint32_t hash, at;
} word_slot;

#define FILTER_BITS 65536

/* One multiply-and-fold per 8 bytes: phrases are looked up by the hundred
 * thousand, most of them words of a few bytes. */
static inline uint64_t hash_mix(uint64_t h, uint64_t v) {
  h = (h ^ v) * 0x9E3779B97F4A7C15u;
  return h ^ (h >> 32);
}

static inline uint32_t word_hash(const char *s, size_t n) {
  uint64_t h = (uint64_t)n * 0xC2B2AE3D27D4EB4Fu, v;
  uint32_t a, b;
  if (n >= 8) {
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
      memcpy(&v, s + i, 8);
      h = hash_mix(h, v);
    }
    if (i < n) { /* the last 8 bytes, overlapping the loop's */
      memcpy(&v, s + n - 8, 8);
      h = hash_mix(h, v);
    }
  } else if (n >= 4) {
    memcpy(&a, s, 4);
    memcpy(&b, s + n - 4, 4);
    h = hash_mix(h, a | (uint64_t)b << 32);
  } else if (n > 0) {
    h = hash_mix(h, (unsigned char)s[0] | (uint64_t)(unsigned char)s[n / 2] << 8 |
                        (uint64_t)(unsigned char)s[n - 1] << 16);
  }
  h = hash_mix(h, 0);
  return (uint32_t)h;
}

/* The filter bit of a hash: other bits than the slot index's low ones. */
static inline uint32_t filter_bit(uint32_t h) { return (h >> 16) & (FILTER_BITS - 1); }

struct ng_lexicon {
  ng_strmap *exact;     /* phrase -> chain (case-sensitive kinds + merged copies) */
  ng_strmap *folded;    /* lower-case phrase -> chain (titles, triggers) */
  ng_strmap *countries; /* ISO code -> the country's primary entry */
  ng_strmap *orgs;      /* org key -> the organization's primary entry */
  ng_strmap *prefixes;  /* every phrase's leading words (exact and lower case) */
  size_t counts[NG_LEX_KIND_COUNT];
  size_t max_tokens;
  arena_block *arena;
  /* The keys of exact, folded and prefixes with their answers (see
   * word_rec), built after loading, and their index: SLOTS_MASK + 1 slots,
   * a power of two, at most 2/3 full. */
  unsigned char *recs;
  size_t recs_used;
  word_slot *slots;
  size_t slots_mask;
  /* One bit per filter_bit of the keys: most phrases the extractor asks
   * about (two in three) are in no map, and a clear bit answers that
   * without a probe. */
  uint64_t word_bits[FILTER_BITS / 64];
  uint64_t id; /* see ng_lexicon_id */
  /* towns.tsv, the second-rank gazetteer (see ng_lexicon_towns): its bytes
   * (owned when read from a directory) and the offset of each data line,
   * in the file's order, which is byte order of the names. */
  const char *towns;
  char *towns_owned;
  uint32_t *town_lines;
  size_t n_towns;
};

static inline const word_rec *rec_at(const ng_lexicon *lex, uint32_t at) {
  return (const word_rec *)(lex->recs + (size_t)(at - 1) * REC_ALIGN);
}

/* True if A and B, N bytes each, are equal.  Most phrases are short: up
 * to 16 bytes they are compared as two overlapping words, not by a call. */
static inline bool same_bytes(const char *a, const char *b, size_t n) {
  uint64_t x, y, u, v;
  uint32_t c, d, e, f;
  if (n >= 8 && n <= 16) {
    memcpy(&x, a, 8);
    memcpy(&y, b, 8);
    memcpy(&u, a + n - 8, 8);
    memcpy(&v, b + n - 8, 8);
    return ((x ^ y) | (u ^ v)) == 0;
  }
  if (n >= 4 && n < 8) {
    memcpy(&c, a, 4);
    memcpy(&d, b, 4);
    memcpy(&e, a + n - 4, 4);
    memcpy(&f, b + n - 4, 4);
    return ((c ^ d) | (e ^ f)) == 0;
  }
  return memcmp(a, b, n) == 0;
}

/* The record of S[0..N) (N > 0), or NULL.  Always inline (the compiler
 * would call it): the extractor looks up every word of every document once
 * or twice, and a call cost a sixth of a lookup. */
__attribute__((always_inline)) static inline const word_rec *find_word(const ng_lexicon *lex,
                                                                       const char *s, size_t n) {
  uint32_t h = word_hash(s, n), bit = filter_bit(h);
  if (!((lex->word_bits[bit >> 6] >> (bit & 63)) & 1u)) return NULL;
  for (size_t i = h & lex->slots_mask;; i = (i + 1) & lex->slots_mask) {
    word_slot sl = lex->slots[i];
    if (!sl.at) return NULL;
    if (sl.hash == h) {
      const word_rec *w = rec_at(lex, sl.at);
      if (w->len == n && same_bytes(w->key, s, n)) return w;
    }
  }
}

/* The record of KEY, added if new (build_words made room). */
static word_rec *add_word(ng_lexicon *lex, const char *key) {
  size_t n = strlen(key);
  uint32_t h = word_hash(key, n);
  size_t i = h & lex->slots_mask;
  for (;; i = (i + 1) & lex->slots_mask) {
    word_slot *sl = &lex->slots[i];
    if (!sl->at) break;
    const word_rec *w = rec_at(lex, sl->at);
    if (sl->hash == h && w->len == n && memcmp(w->key, key, n) == 0) return (word_rec *)w;
  }
  word_rec *w = (word_rec *)(lex->recs + lex->recs_used);
  w->len = (uint32_t)n;
  memcpy(w->key, key, n + 1);
  lex->slots[i].hash = h;
  lex->slots[i].at = (uint32_t)(lex->recs_used / REC_ALIGN + 1);
  lex->recs_used += rec_size(n);
  uint32_t bit = filter_bit(h);
  lex->word_bits[bit >> 6] |= (uint64_t)1 << (bit & 63);
  return w;
}

static int add_exact_word(const char *key, void *value, void *ctx) {
  if (*key) add_word(ctx, key)->exact = value;
  return 0;
}

static int add_folded_word(const char *key, void *value, void *ctx) {
  if (*key) add_word(ctx, key)->folded = value;
  return 0;
}

static int add_prefix_word(const char *key, void *value, void *ctx) {
  (void)value;
  if (*key) add_word(ctx, key)->prefix = true;
  return 0;
}

static int add_rec_size(const char *key, void *value, void *ctx) {
  (void)value;
  *(size_t *)ctx += rec_size(strlen(key));
  return 0;
}

static void build_words(ng_lexicon *lex) {
  size_t n = ng_strmap_size(lex->exact) + ng_strmap_size(lex->folded) +
             ng_strmap_size(lex->prefixes);
  size_t cap = 64;
  while (2 * cap < 3 * n) cap *= 2; /* (N counts keys in two maps twice) at most 2/3 full */
  size_t bytes = 0; /* (an upper bound too) */
  ng_strmap_each(lex->exact, add_rec_size, &bytes);
  ng_strmap_each(lex->folded, add_rec_size, &bytes);
  ng_strmap_each(lex->prefixes, add_rec_size, &bytes);
  if (bytes / REC_ALIGN >= UINT32_MAX) abort(); /* (no lexicon is near that) */
  lex->recs = ng_xcalloc(bytes ? bytes : 1, 1);
  lex->slots = ng_xcalloc(cap, sizeof *lex->slots);
  lex->slots_mask = cap - 1;
  ng_strmap_each(lex->exact, add_exact_word, lex);
  ng_strmap_each(lex->folded, add_folded_word, lex);
  ng_strmap_each(lex->prefixes, add_prefix_word, lex);
}

/* The data files in load order: countries come first because every other
 * file that names a country is checked against them. */
static const char *const data_files[] = {
    "countries.tsv", "demonyms.tsv", "capitals.tsv", "cities.tsv",       "regions.tsv",
    "orgs.tsv",      "titles.tsv",   "triggers.tsv", "namevariants.tsv", "nonnames.tsv",
};
#define N_DATA_FILES (sizeof data_files / sizeof data_files[0])

static const char *const org_class_names[] = {
    [NG_ORG_GENERIC] = "Organization",
    [NG_ORG_GOV] = "GovernmentBody",
    [NG_ORG_ARMED] = "ArmedGroup",
    [NG_ORG_INTL] = "InternationalOrganization",
    [NG_ORG_MEDIA] = "MediaOrganization",
    [NG_ORG_COALITION] = "Coalition",
};
#define N_ORG_CLASSES (sizeof org_class_names / sizeof org_class_names[0])

const char *ng_org_class_name(ng_org_class c) {
  return (unsigned)c < N_ORG_CLASSES ? org_class_names[c] : org_class_names[NG_ORG_GENERIC];
}

/* Like ng_org_class_from_name, but says whether NAME was known, so that the
 * loader can reject a misspelt class instead of silently using Organization. */
static bool org_class_lookup(const char *name, ng_org_class *out) {
  for (size_t i = 0; name && i < N_ORG_CLASSES; i++) {
    if (strcmp(name, org_class_names[i]) == 0) {
      *out = (ng_org_class)i;
      return true;
    }
  }
  *out = NG_ORG_GENERIC;
  return false;
}

ng_org_class ng_org_class_from_name(const char *name) {
  ng_org_class c;
  org_class_lookup(name, &c);
  return c;
}

static bool kind_is_folded(ng_lex_kind kind) {
  return kind == NG_LEX_TITLE || kind == NG_LEX_TRIGGER;
}

static bool str_eq(const char *a, const char *b) {
  return a == b || (a && b && strcmp(a, b) == 0);
}

static bool same_entry(const ng_lex_entry *a, const ng_lex_entry *b) {
  return a->kind == b->kind && str_eq(a->key, b->key) && str_eq(a->sub, b->sub) &&
         str_eq(a->label, b->label) && str_eq(a->country, b->country);
}

/* Appends a copy of PROTO to the chain of KEY in MAP unless an equal entry is
 * already there (a label that is also listed as an alias, say). */
static void chain_append(ng_lexicon *lex, ng_strmap *map, const char *key, const ng_lex_entry *proto) {
  ng_lex_entry *head = ng_strmap_get(map, key);
  ng_lex_entry *tail = NULL;
  for (ng_lex_entry *e = head; e; e = (ng_lex_entry *)e->next) {
    if (same_entry(e, proto)) return;
    tail = e;
  }
  ng_lex_entry *copy = arena_alloc(&lex->arena, sizeof *copy);
  *copy = *proto;
  copy->next = NULL;
  if (tail)
    tail->next = copy;
  else
    ng_strmap_put(map, key, copy);
}

static size_t count_tokens(const char *s) {
  size_t n = 0;
  for (const char *p = s; *p; p++)
    if (*p != ' ' && (p == s || p[-1] == ' ')) n++;
  return n;
}

/* Registers PROTO under PHRASE[0..len).  Whitespace runs become one space
 * (phrases are matched as tokens joined by single spaces); case-insensitive
 * kinds go to the folded map in lower case.  The tokenizer splits a
 * possessive "'s" into a token of its own, so "People's Republic of China"
 * is also registered as "People 's Republic of China". */
/* Registers the leading words of PHRASE ("United Nations General" of "United
 * Nations General Assembly"), so that phrase matching can stop as soon as the
 * words read so far begin no phrase at all. */
static void add_prefixes(ng_lexicon *lex, const char *phrase) {
  for (const char *sp = strchr(phrase, ' '); sp; sp = strchr(sp + 1, ' ')) {
    char small[256];
    size_t n = (size_t)(sp - phrase);
    if (n >= sizeof small) break;
    memcpy(small, phrase, n);
    small[n] = '\0';
    if (!ng_strmap_get(lex->prefixes, small)) ng_strmap_put(lex->prefixes, small, lex);
  }
}

static void add_phrase(ng_lexicon *lex, const ng_lex_entry *proto, const char *phrase, size_t len) {
  bool fold = kind_is_folded(proto->kind);
  /* the phrase as registered, B[0..bn), in a local array when it fits:
   * loading registers thousands */
  char small[256];
  char *b = len < sizeof small ? small : ng_xmalloc(len + 1);
  size_t bn = 0;
  for (size_t i = 0; i < len; i++) {
    char c = phrase[i];
    if (c == ' ' || c == '\t') {
      if (bn && b[bn - 1] != ' ') b[bn++] = ' ';
      continue;
    }
    if (fold && c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
    b[bn++] = c;
  }
  while (bn && b[bn - 1] == ' ') bn--;
  b[bn] = '\0';
  if (bn == 0) {
    if (b != small) free(b);
    return;
  }
  ng_strmap *map = fold ? lex->folded : lex->exact;
  chain_append(lex, map, b, proto);
  add_prefixes(lex, b);
  size_t ntok = count_tokens(b);
  if (ntok > lex->max_tokens) lex->max_tokens = ntok;

  /* the possessive variant, for both ASCII and typographic apostrophes */
  static const char *const apos[] = {"'s", "\xE2\x80\x99s"};
  for (size_t a = 0; a < 2; a++) {
    size_t alen = strlen(apos[a]);
    const char *hit = strstr(b, apos[a]);
    if (!hit || hit == b || hit[-1] == ' ' || (hit[alen] != ' ' && hit[alen] != '\0'))
      continue;
    ng_buf v;
    ng_buf_init(&v);
    ng_buf_add(&v, b, (size_t)(hit - b));
    ng_buf_addc(&v, ' ');
    ng_buf_adds(&v, hit);
    chain_append(lex, map, v.data, proto);
    add_prefixes(lex, v.data);
    if (ntok + 1 > lex->max_tokens) lex->max_tokens = ntok + 1;
    ng_buf_free(&v);
  }
  if (b != small) free(b);
}

/* Registers every |-separated alternative of LIST. */
static void add_phrases(ng_lexicon *lex, const ng_lex_entry *proto, const char *list) {
  const char *p = list;
  for (;;) {
    const char *bar = strchr(p, '|');
    size_t n = bar ? (size_t)(bar - p) : strlen(p);
    add_phrase(lex, proto, p, n);
    if (!bar) break;
    p = bar + 1;
  }
}

/* ---- parsing ---- */

#define MAX_FIELDS 8

typedef struct {
  const char *file; /* for messages */
  long line;
  char *fields[MAX_FIELDS];
  size_t nfields;
} tsv_row;

static ng_status data_error(const tsv_row *row, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Logs "FILE:LINE: error: message" and returns NG_ERR_DATA. */
static ng_status data_error(const tsv_row *row, const char *fmt, ...) {
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  ng_log(NG_LOG_ERROR, row->file, row->line, 0, "%s", msg);
  return NG_ERR_DATA;
}

static bool is_iso2(const char *s) {
  return s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z' && s[2] == '\0';
}

static bool is_qid(const char *s) {
  if (s[0] != 'Q' || !s[1]) return false;
  for (const char *p = s + 1; *p; p++)
    if (*p < '0' || *p > '9') return false;
  return true;
}

static bool is_org_key(const char *s) {
  if (!*s) return false;
  for (const char *p = s; *p; p++)
    if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-' || *p == '_'))
      return false;
  return true;
}

/* A |-separated list must not contain empty alternatives: "a||b" or a
 * trailing bar is almost always an editing slip. */
static bool list_ok(const char *s) {
  if (!*s || *s == '|') return false;
  for (const char *p = s; *p; p++)
    if (*p == '|' && (p[1] == '|' || p[1] == '\0')) return false;
  return true;
}

/* Strips surrounding spaces in place. */
static char *trim(char *s) {
  while (*s == ' ') s++;
  size_t n = strlen(s);
  while (n && s[n - 1] == ' ') s[--n] = '\0';
  return s;
}

/* Looks up the country of a row's ISO field; logs and fails if unknown. */
static ng_status need_country(ng_lexicon *lex, const tsv_row *row, const char *iso,
                              const ng_lex_entry **out) {
  if (!is_iso2(iso)) return data_error(row, "'%s' is not an ISO 3166-1 alpha-2 code", iso);
  *out = ng_strmap_get(lex->countries, iso);
  if (!*out) return data_error(row, "unknown country code '%s' (not in countries.tsv)", iso);
  return NG_OK;
}

static ng_status need_fields(const tsv_row *row, size_t min, size_t max, const char *format) {
  if (row->nfields < min || row->nfields > max)
    return data_error(row, "expected %s, found %zu field%s", format, row->nfields, row->nfields == 1 ? "" : "s");
  for (size_t i = 0; i < min; i++)
    if (!*row->fields[i]) return data_error(row, "empty field in a line of format %s", format);
  return NG_OK;
}

static char *keep(ng_lexicon *lex, const char *s) {
  return arena_strndup(&lex->arena, s, strlen(s));
}

/* The code of the state a country entry stands for: its own, or for a
 * territory ("GL") the state it belongs to ("DK"), NULL if none. */
static const char *state_of(const ng_lex_entry *c) {
  return c->sub && !strcmp(c->sub, "territory") ? c->country : c->key;
}

static ng_status row_country(ng_lexicon *lex, tsv_row *row) {
  ng_status st = need_fields(row, 3, 5, "ISO2<TAB>label<TAB>aliases<TAB>QID<TAB>state");
  if (st) return st;
  const char *iso = row->fields[0], *label = row->fields[1], *aliases = row->fields[2];
  const char *qid = row->nfields > 3 ? row->fields[3] : "";
  const char *state = row->nfields > 4 ? row->fields[4] : "";
  if (!is_iso2(iso)) return data_error(row, "'%s' is not an ISO 3166-1 alpha-2 code", iso);
  if (ng_strmap_get(lex->countries, iso)) return data_error(row, "duplicate country code '%s'", iso);
  if (*qid && !is_qid(qid)) return data_error(row, "'%s' is not a Wikidata QID", qid);
  if (!list_ok(aliases)) return data_error(row, "empty alias in '%s'", aliases);
  ng_lex_entry e = {.kind = NG_LEX_COUNTRY};
  e.key = e.country = keep(lex, iso);
  e.label = keep(lex, label);
  e.extra = *qid ? keep(lex, qid) : NULL;
  if (*state) {
    /* a territory: its names are places of its state, never a country */
    const ng_lex_entry *s = NULL;
    if (strcmp(state, "-") && (st = need_country(lex, row, state, &s))) return st;
    if (s && state_of(s) != s->key)
      return data_error(row, "'%s' belongs to '%s', which is a territory too", iso, state);
    e.sub = "territory";
    e.country = s ? s->key : NULL;
    ng_lex_entry place = {.kind = NG_LEX_CITY, .key = e.key, .label = e.label, .country = e.country};
    add_phrase(lex, &place, label, strlen(label));
    add_phrases(lex, &place, aliases);
  } else {
    add_phrase(lex, &e, label, strlen(label));
    add_phrases(lex, &e, aliases);
  }
  /* a copy outside every chain, so its next is always NULL */
  ng_lex_entry *primary = arena_alloc(&lex->arena, sizeof *primary);
  *primary = e;
  ng_strmap_put(lex->countries, iso, primary);
  lex->counts[*state ? NG_LEX_CITY : NG_LEX_COUNTRY]++;
  return NG_OK;
}

/* demonyms.tsv and capitals.tsv: ISO2<TAB>form|form|... */
static ng_status row_country_forms(ng_lexicon *lex, tsv_row *row, ng_lex_kind kind) {
  ng_status st = need_fields(row, 2, 2, "ISO2<TAB>form|form|...");
  if (st) return st;
  const ng_lex_entry *c;
  if ((st = need_country(lex, row, row->fields[0], &c))) return st;
  if (!list_ok(row->fields[1])) return data_error(row, "empty form in '%s'", row->fields[1]);
  if (state_of(c) != c->key) {
    /* a territory's capital is a place of its state; a territory's people
     * are no state's */
    if (kind != NG_LEX_CAPITAL)
      return data_error(row, "'%s' is a territory, not a state (see territories.tsv)", c->key);
    ng_lex_entry e = {.kind = NG_LEX_CITY, .key = c->key, .country = state_of(c)};
    char *forms = row->fields[1];
    e.label = arena_strndup(&lex->arena, forms, strcspn(forms, "|"));
    add_phrases(lex, &e, forms);
    for (const char *p = forms; p; p = strchr(p + 1, '|')) lex->counts[NG_LEX_CITY]++;
    return NG_OK;
  }
  ng_lex_entry e = {.kind = kind, .key = c->key, .country = c->key};
  if (kind == NG_LEX_CAPITAL) {
    char *forms = row->fields[1];
    size_t n = strcspn(forms, "|");
    e.label = arena_strndup(&lex->arena, forms, n);
  } else {
    e.label = c->label;
  }
  add_phrases(lex, &e, row->fields[1]);
  for (const char *p = row->fields[1]; p; p = strchr(p + 1, '|')) lex->counts[kind]++;
  return NG_OK;
}

/* cities.tsv and regions.tsv: City<TAB>ISO2 or Region<TAB>ISO2, a place of
 * the country's state (a territory's region is its state's place) */
static ng_status row_city(ng_lexicon *lex, tsv_row *row) {
  ng_status st = need_fields(row, 2, 2, "Place<TAB>ISO2");
  if (st) return st;
  const ng_lex_entry *c;
  if ((st = need_country(lex, row, row->fields[1], &c))) return st;
  ng_lex_entry e = {.kind = NG_LEX_CITY, .key = c->key, .country = state_of(c)};
  e.label = keep(lex, row->fields[0]);
  add_phrase(lex, &e, row->fields[0], strlen(row->fields[0]));
  lex->counts[NG_LEX_CITY]++;
  return NG_OK;
}

static ng_status row_org(ng_lexicon *lex, tsv_row *row) {
  ng_status st = need_fields(row, 5, 5, "key<TAB>Class<TAB>ISO2-or-dash<TAB>Label<TAB>aliases");
  if (st) return st;
  const char *key = row->fields[0], *cls = row->fields[1], *iso = row->fields[2];
  if (!is_org_key(key)) return data_error(row, "bad organization key '%s' (use a-z, 0-9, - and _)", key);
  if (ng_strmap_get(lex->orgs, key)) return data_error(row, "duplicate organization key '%s'", key);
  ng_lex_entry e = {.kind = NG_LEX_ORG};
  if (!org_class_lookup(cls, &e.org_class)) return data_error(row, "unknown organization class '%s'", cls);
  if (strcmp(iso, "-") != 0) {
    const ng_lex_entry *c;
    if ((st = need_country(lex, row, iso, &c))) return st;
    e.country = state_of(c);
  }
  if (!list_ok(row->fields[4])) return data_error(row, "empty alias in '%s'", row->fields[4]);
  e.key = keep(lex, key);
  e.label = keep(lex, row->fields[3]);
  e.sub = ng_org_class_name(e.org_class);
  ng_lex_entry *primary = arena_alloc(&lex->arena, sizeof *primary);
  *primary = e;
  ng_strmap_put(lex->orgs, key, primary);
  add_phrases(lex, &e, row->fields[4]);
  lex->counts[NG_LEX_ORG]++;
  return NG_OK;
}

static ng_status row_title(ng_lexicon *lex, tsv_row *row) {
  ng_status st = need_fields(row, 3, 3, "surface<TAB>Normalized Title<TAB>scope");
  if (st) return st;
  const char *scope = row->fields[2];
  static const char *const scopes[] = {"gov", "org", "honorific", "rank"};
  const char *sub = NULL;
  for (size_t i = 0; i < 4; i++)
    if (strcmp(scope, scopes[i]) == 0) sub = scopes[i];
  if (!sub) return data_error(row, "unknown title scope '%s' (gov, org, honorific or rank)", scope);
  ng_lex_entry e = {.kind = NG_LEX_TITLE, .sub = sub};
  e.key = keep(lex, row->fields[1]);
  e.label = strcmp(row->fields[1], "-") == 0 ? NULL : e.key;
  add_phrase(lex, &e, row->fields[0], strlen(row->fields[0]));
  lex->counts[NG_LEX_TITLE]++;
  return NG_OK;
}

static ng_status row_trigger(ng_lexicon *lex, tsv_row *row) {
  ng_status st = need_fields(row, 3, 3, "kind<TAB>subtype<TAB>phrase|phrase|...");
  if (st) return st;
  if (!list_ok(row->fields[2])) return data_error(row, "empty phrase in '%s'", row->fields[2]);
  ng_lex_entry e = {.kind = NG_LEX_TRIGGER};
  e.key = keep(lex, row->fields[0]);
  e.sub = strcmp(row->fields[1], "-") == 0 ? NULL : keep(lex, row->fields[1]);
  add_phrases(lex, &e, row->fields[2]);
  for (const char *p = row->fields[2]; p; p = strchr(p + 1, '|')) lex->counts[NG_LEX_TRIGGER]++;
  return NG_OK;
}

static ng_status row_namevar(ng_lexicon *lex, tsv_row *row) {
  ng_status st = need_fields(row, 2, 2, "variant<TAB>canonical");
  if (st) return st;
  ng_lex_entry e = {.kind = NG_LEX_NAMEVAR};
  e.key = e.label = keep(lex, row->fields[1]);
  add_phrase(lex, &e, row->fields[0], strlen(row->fields[0]));
  lex->counts[NG_LEX_NAMEVAR]++;
  return NG_OK;
}

static ng_status row_nonname(ng_lexicon *lex, tsv_row *row) {
  ng_status st = need_fields(row, 1, 1, "one word a line");
  if (st) return st;
  ng_lex_entry e = {.kind = NG_LEX_NONNAME};
  e.key = keep(lex, row->fields[0]);
  add_phrase(lex, &e, row->fields[0], strlen(row->fields[0]));
  lex->counts[NG_LEX_NONNAME]++;
  return NG_OK;
}

static ng_status parse_row(ng_lexicon *lex, size_t file_index, tsv_row *row) {
  switch (file_index) {
  case 0: return row_country(lex, row);
  case 1: return row_country_forms(lex, row, NG_LEX_DEMONYM);
  case 2: return row_country_forms(lex, row, NG_LEX_CAPITAL);
  case 3: return row_city(lex, row);
  case 4: return row_city(lex, row); /* regions.tsv: places like cities */
  case 5: return row_org(lex, row);
  case 6: return row_title(lex, row);
  case 7: return row_trigger(lex, row);
  case 8: return row_namevar(lex, row);
  default: return row_nonname(lex, row);
  }
}

/* Parses one file's bytes.  Blank lines and lines starting with '#' are
 * skipped; a trailing CR is dropped so files edited on Windows still load. */
static ng_status parse_file(ng_lexicon *lex, size_t file_index, const char *path, const char *data,
                            size_t len) {
  ng_buf line;
  ng_buf_init(&line);
  ng_status st = NG_OK;
  tsv_row row = {.file = path};
  size_t pos = 0;
  while (pos < len && st == NG_OK) {
    const char *nl = memchr(data + pos, '\n', len - pos);
    size_t n = nl ? (size_t)(nl - (data + pos)) : len - pos;
    row.line++;
    ng_buf_clear(&line);
    ng_buf_add(&line, data + pos, n);
    pos += n + (nl ? 1 : 0);
    if (line.len && line.data[line.len - 1] == '\r') line.data[--line.len] = '\0';
    if (line.len == 0 || line.data[0] == '#') continue;
    if (memchr(line.data, '\0', line.len)) {
      st = data_error(&row, "NUL byte in line");
      break;
    }
    if (ng_utf8_validate(line.data, line.len) != line.len) {
      st = data_error(&row, "invalid UTF-8");
      break;
    }
    bool blank = true;
    for (size_t i = 0; i < line.len; i++)
      if (line.data[i] != ' ' && line.data[i] != '\t') blank = false;
    if (blank) continue;
    row.nfields = 0;
    char *p = line.data;
    for (;;) {
      char *tab = strchr(p, '\t');
      if (tab) *tab = '\0';
      if (row.nfields == MAX_FIELDS) {
        st = data_error(&row, "too many fields");
        break;
      }
      row.fields[row.nfields++] = trim(p);
      if (!tab) break;
      p = tab + 1;
    }
    if (st == NG_OK) st = parse_row(lex, file_index, &row);
  }
  ng_buf_free(&line);
  return st;
}

/* towns.tsv: "Town<TAB>ISO2|ISO2..." lines in byte order of the names.  Not
 * phrases of the lookup table (see ng_lexicon_towns): only their offsets
 * are kept, after checking each line -- a name, known countries, the
 * order -- so that a lookup is a binary search over DATA, which must live
 * as long as the lexicon. */
static ng_status parse_towns(ng_lexicon *lex, const char *path, const char *data, size_t len) {
  tsv_row row = {.file = path};
  size_t cap = 0, pos = 0;
  const char *prev = NULL;
  size_t prev_len = 0;
  while (pos < len) {
    const char *line = data + pos, *nl = memchr(line, '\n', len - pos);
    size_t n = nl ? (size_t)(nl - line) : len - pos;
    pos += n + (nl ? 1 : 0);
    row.line++;
    if (n == 0 || line[0] == '#') continue;
    const char *tab = memchr(line, '\t', n);
    if (!tab || tab == line) return data_error(&row, "expected \"Town<TAB>ISO2|ISO2...\"");
    size_t name_len = (size_t)(tab - line);
    if (memchr(line, '\0', n) || ng_utf8_validate(line, n) != n)
      return data_error(&row, "invalid UTF-8 or NUL byte in line");
    for (const char *q = tab + 1;; q += 3) {
      char iso[3] = {0};
      if (line + n - q < 2 || (line + n - q > 2 && q[2] != '|'))
        return data_error(&row, "expected \"Town<TAB>ISO2|ISO2...\"");
      memcpy(iso, q, 2);
      if (!ng_strmap_get(lex->countries, iso))
        return data_error(&row, "unknown country code '%s' (not in countries.tsv)", iso);
      if (line + n - q == 2) break;
    }
    if (prev) {
      int d = memcmp(prev, line, prev_len < name_len ? prev_len : name_len);
      if (d > 0 || (d == 0 && prev_len >= name_len))
        return data_error(&row, "towns out of byte order or repeated (run ontology/gen-towns.py)");
    }
    if (line - data > (ptrdiff_t)UINT32_MAX) return data_error(&row, "file too large");
    if (lex->n_towns == cap) {
      cap = cap ? 2 * cap : 1024;
      lex->town_lines = ng_xrealloc(lex->town_lines, cap * sizeof *lex->town_lines);
    }
    lex->town_lines[lex->n_towns++] = (uint32_t)(line - data);
    prev = line;
    prev_len = name_len;
  }
  lex->towns = data;
  return NG_OK;
}

size_t ng_lexicon_towns(const ng_lexicon *lex, const char *name, size_t len, char isos[][3],
                        size_t max) {
  if (!lex || !lex->towns || !name || len == 0) return 0;
  size_t lo = 0, hi = lex->n_towns;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    const char *line = lex->towns + lex->town_lines[mid];
    size_t n = (size_t)((const char *)strchr(line, '\t') - line);
    int d = memcmp(line, name, n < len ? n : len);
    if (d == 0) d = n < len ? -1 : n > len ? 1 : 0;
    if (d < 0) {
      lo = mid + 1;
    } else if (d > 0) {
      hi = mid;
    } else {
      size_t k = 0;
      for (const char *q = line + n + 1; k < max; q += 3) {
        memcpy(isos[k], q, 2);
        isos[k++][2] = '\0';
        if (q[2] != '|') break;
      }
      return k;
    }
  }
  return 0;
}

static ng_status read_whole_file(const char *path, char **data, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    ng_log(NG_LOG_ERROR, path, 0, 0, "cannot open: %s", strerror(errno));
    return NG_ERR_DATA;
  }
  ng_buf b;
  ng_buf_init(&b);
  char chunk[8192];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) ng_buf_add(&b, chunk, n);
  bool bad = ferror(f);
  fclose(f);
  if (bad) {
    ng_log(NG_LOG_ERROR, path, 0, 0, "read error");
    ng_buf_free(&b);
    return NG_ERR_DATA;
  }
  *len = b.len;
  *data = ng_buf_steal(&b);
  return NG_OK;
}

/* Appends copies of the case-insensitive entries for KEY's lower-case form
 * to KEY's exact chain; see the comment at the top of the file. */
static int merge_folded(const char *key, void *value, void *ctx) {
  ng_lexicon *lex = ctx;
  (void)value;
  /* (in a local array when it fits: this runs for every key at loading) */
  char small[256];
  size_t n = strlen(key);
  char *low = n < sizeof small ? small : ng_xmalloc(n + 1);
  for (size_t i = 0; i <= n; i++)
    low[i] = key[i] >= 'A' && key[i] <= 'Z' ? (char)(key[i] - 'A' + 'a') : key[i];
  for (const ng_lex_entry *e = ng_strmap_get(lex->folded, low); e; e = e->next)
    chain_append(lex, lex->exact, key, e);
  if (low != small) free(low);
  return 0;
}

_Static_assert(NG_LEX_KIND_COUNT <= 16, "ng_lex_entry.kinds has a bit per kind");

/* Sets the kinds of the entries of the chain VALUE (once all are added). */
static int set_kinds(const char *key, void *value, void *ctx) {
  (void)key;
  (void)ctx;
  for (ng_lex_entry *e = value; e; e = (ng_lex_entry *)e->next) {
    e->kinds = 0;
    for (const ng_lex_entry *f = e; f; f = f->next) e->kinds |= (uint16_t)(1u << f->kind);
  }
  return 0;
}

static const struct ng_embedded_file *find_embedded(const char *name) {
  for (const struct ng_embedded_file *f = ng_embedded_files; f->name; f++)
    if (strcmp(f->name, name) == 0) return f;
  return NULL;
}

ng_status ng_lexicon_load(const char *dir, ng_lexicon **out) {
  if (!out) return NG_ERR_USAGE;
  *out = NULL;
  static atomic_uint_fast64_t last_id;
  ng_lexicon *lex = ng_xcalloc(1, sizeof *lex);
  lex->id = (uint64_t)atomic_fetch_add(&last_id, 1) + 1;
  lex->exact = ng_strmap_new();
  lex->folded = ng_strmap_new();
  lex->countries = ng_strmap_new();
  lex->orgs = ng_strmap_new();
  lex->prefixes = ng_strmap_new();
  ng_status st = NG_OK;
  for (size_t i = 0; i < N_DATA_FILES && st == NG_OK; i++) {
    if (dir) {
      ng_buf path;
      ng_buf_init(&path);
      ng_buf_printf(&path, "%s/%s", dir, data_files[i]);
      char *data = NULL;
      size_t len = 0;
      st = read_whole_file(path.data, &data, &len);
      if (st == NG_OK) st = parse_file(lex, i, path.data, data, len);
      free(data);
      ng_buf_free(&path);
    } else {
      const struct ng_embedded_file *f = find_embedded(data_files[i]);
      if (!f) {
        ng_log(NG_LOG_ERROR, data_files[i], 0, 0, "not compiled into this program");
        st = NG_ERR_DATA;
        break;
      }
      ng_buf name;
      ng_buf_init(&name);
      ng_buf_printf(&name, "(built-in) %s", f->name);
      st = parse_file(lex, i, name.data, f->data, f->len);
      ng_buf_free(&name);
    }
  }
  /* the second-rank gazetteer, after the countries it names */
  if (st == NG_OK && dir) {
    ng_buf path;
    ng_buf_init(&path);
    ng_buf_printf(&path, "%s/towns.tsv", dir);
    size_t len = 0;
    st = read_whole_file(path.data, &lex->towns_owned, &len);
    if (st == NG_OK) {
      /* (NUL-terminated past its bytes, as an embedded file is, for the
       * lookup's strchr: every kept line has its tab) */
      lex->towns_owned = ng_xrealloc(lex->towns_owned, len + 1);
      lex->towns_owned[len] = '\0';
      st = parse_towns(lex, path.data, lex->towns_owned, len);
    }
    ng_buf_free(&path);
  } else if (st == NG_OK) {
    const struct ng_embedded_file *f = find_embedded("towns.tsv");
    if (!f) {
      ng_log(NG_LOG_ERROR, "towns.tsv", 0, 0, "not compiled into this program");
      st = NG_ERR_DATA;
    } else {
      st = parse_towns(lex, "(built-in) towns.tsv", f->data, f->len);
    }
  }
  if (st != NG_OK) {
    ng_lexicon_free(lex);
    return st;
  }
  ng_strmap_each(lex->exact, merge_folded, lex);
  ng_strmap_each(lex->exact, set_kinds, NULL);
  ng_strmap_each(lex->folded, set_kinds, NULL);
  ng_strmap_each(lex->countries, set_kinds, NULL);
  ng_strmap_each(lex->orgs, set_kinds, NULL);
  build_words(lex);
  *out = lex;
  return NG_OK;
}

void ng_lexicon_free(ng_lexicon *lex) {
  if (!lex) return;
  ng_strmap_free(lex->exact, NULL);
  ng_strmap_free(lex->folded, NULL);
  ng_strmap_free(lex->countries, NULL);
  ng_strmap_free(lex->orgs, NULL);
  ng_strmap_free(lex->prefixes, NULL);
  free(lex->recs);
  free(lex->slots);
  free(lex->towns_owned);
  free(lex->town_lines);
  arena_free(lex->arena);
  free(lex);
}

static ng_lexicon *default_lexicon;
static pthread_once_t default_once = PTHREAD_ONCE_INIT;

static void load_default(void) {
  const char *dir = getenv("NEWSGRAPH_DATA");
  if (dir && !*dir) dir = NULL; /* NEWSGRAPH_DATA= means "use the built-in data" */
  ng_status st = ng_lexicon_load(dir, &default_lexicon);
  if (st != NG_OK)
    ng_log(NG_LOG_ERROR, dir, 0, 0, "cannot load the ontology data: %s", ng_strerror(st));
}

const ng_lexicon *ng_lexicon_default(void) {
  pthread_once(&default_once, load_default);
  return default_lexicon;
}

/* The high bit of each byte of V that is an ASCII capital. */
static inline uint64_t capitals(uint64_t v) {
  const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
  uint64_t low7 = v & ~highs; /* (sums of bytes below 0x80 carry into no other byte) */
  return ((low7 + (0x80 - 'A') * ones) ^ (low7 + (0x7F - 'Z') * ones)) & ~v & highs;
}

/* Copies S[0..N) to LOW in ASCII lower case; true if that changed it.
 * Eight bytes at a time (the last ones overlapping, as lowering twice
 * changes nothing): every word and window the extractor looks up is
 * copied so. */
static inline bool lower_copy(const char *s, size_t n, char *low) {
  uint64_t changed = 0, v, up;
  uint32_t a, b;
  if (n >= 8) {
    for (size_t i = 0;; i += 8) {
      if (i + 8 > n) i = n - 8;
      memcpy(&v, s + i, 8);
      up = capitals(v);
      changed |= up;
      v ^= up >> 2; /* 0x80 >> 2 = 0x20, the case bit */
      memcpy(low + i, &v, 8);
      if (i + 8 == n) break;
    }
  } else if (n >= 4) {
    memcpy(&a, s, 4);
    memcpy(&b, s + n - 4, 4);
    v = a | (uint64_t)b << 32;
    up = capitals(v);
    changed = up;
    v ^= up >> 2;
    a = (uint32_t)v;
    b = (uint32_t)(v >> 32);
    memcpy(low + n - 4, &b, 4);
    memcpy(low, &a, 4);
  } else {
    for (size_t i = 0; i < n; i++) {
      char c = s[i];
      if (c >= 'A' && c <= 'Z') {
        c = (char)(c - 'A' + 'a');
        changed = 1;
      }
      low[i] = c;
    }
  }
  return changed != 0;
}

const ng_lex_entry *ng_lexicon_lookup(const ng_lexicon *lex, const char *phrase, size_t len) {
  if (!lex || !phrase || len == 0) return NULL;
  const word_rec *w = find_word(lex, phrase, len);
  if (w && w->exact) return w->exact;
  /* the folded map's keys are lower case */
  char small[256];
  char *low = len < sizeof small ? small : ng_xmalloc(len);
  if (lower_copy(phrase, len, low)) w = find_word(lex, low, len);
  if (low != small) free(low);
  return w ? w->folded : NULL;
}

size_t ng_lexicon_max_tokens(const ng_lexicon *lex) { return lex ? lex->max_tokens : 0; }

uint64_t ng_lexicon_id(const ng_lexicon *lex) { return lex ? lex->id : 0; }

bool ng_lexicon_is_prefix(const ng_lexicon *lex, const char *phrase, size_t len) {
  if (!lex || !phrase || len == 0) return false;
  const word_rec *w = find_word(lex, phrase, len);
  if (w && w->prefix) return true;
  char small[256];
  if (len >= sizeof small) return false;
  if (!lower_copy(phrase, len, small)) return false; /* (its own lower case: asked above) */
  w = find_word(lex, small, len);
  return w && w->prefix;
}

void ng_lexicon_word(const ng_lexicon *lex, const char *s, size_t len, const ng_lex_entry **exact,
                     const ng_lex_entry **lower, bool *prefix) {
  char small[256];
  if (!lex || !s || len == 0 || len >= sizeof small) {
    *exact = ng_lexicon_lookup(lex, s, len);
    *prefix = ng_lexicon_is_prefix(lex, s, len);
    char *low = len ? ng_xmalloc(len) : NULL;
    if (low) lower_copy(s, len, low);
    *lower = ng_lexicon_lookup(lex, low, len);
    free(low);
    return;
  }
  const word_rec *a = find_word(lex, s, len), *b = a;
  if (lower_copy(s, len, small)) b = find_word(lex, small, len);
  *exact = a && a->exact ? a->exact : b ? b->folded : NULL;
  *lower = b ? (b->exact ? b->exact : b->folded) : NULL;
  *prefix = (a && a->prefix) || (b && b->prefix);
}

const ng_lex_entry *ng_lexicon_country(const ng_lexicon *lex, const char *iso) {
  return lex && iso ? ng_strmap_get(lex->countries, iso) : NULL;
}

const ng_lex_entry *ng_lexicon_org(const ng_lexicon *lex, const char *key) {
  return lex && key ? ng_strmap_get(lex->orgs, key) : NULL;
}

size_t ng_lexicon_count(const ng_lexicon *lex, ng_lex_kind kind) {
  return lex && (unsigned)kind < NG_LEX_KIND_COUNT ? lex->counts[kind] : 0;
}
