/* strmap.c - open-addressing hash map from copied string keys to pointers. */
#include "common/ng.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
  char *key; /* NULL: empty slot */
  size_t keylen;
  uint64_t hash;
  void *value;
} slot;

/* Beside the slots, one byte a slot: 0 when empty, else the top bits of
 * the key's hash with the high bit set.  A probe reads the bytes first and
 * a slot only when its byte matches: the lexicon's maps are larger than the
 * CPU caches, and most lookups are of words in no map, so a miss now costs
 * a read of one byte where it cost a read of a 32-byte slot. */
/* The keys' copies are carved out of blocks that the map frees together:
 * most maps live for one document and hold a few dozen short keys, which
 * one malloc and one free per key cost more to copy than the copying. */
typedef struct key_block {
  struct key_block *next;
  size_t used, size;
  char data[];
} key_block;

#define KEY_BLOCK_SIZE 2048

struct ng_strmap {
  slot *slots;
  unsigned char *tags;
  size_t cap; /* power of two */
  size_t size;
  key_block *keys; /* the block being filled first */
};

/* A copy of KEY (N bytes, NUL added) in M's key blocks. */
static char *key_copy(ng_strmap *m, const char *key, size_t n) {
  key_block *b = m->keys;
  if (!b || b->size - b->used < n + 1) {
    size_t size = n + 1 > KEY_BLOCK_SIZE ? n + 1 : KEY_BLOCK_SIZE;
    key_block *nb = ng_xmalloc(sizeof *nb + size);
    nb->used = 0;
    nb->size = size;
    if (b && size > KEY_BLOCK_SIZE) { /* a large key: its own block, behind */
      nb->next = b->next;
      b->next = nb;
    } else {
      nb->next = b;
      m->keys = nb;
    }
    b = nb;
  }
  char *copy = b->data + b->used;
  memcpy(copy, key, n);
  copy[n] = '\0';
  b->used += n + 1;
  return copy;
}

static inline unsigned char tag_of(uint64_t h) { return (unsigned char)(h >> 57) | 0x80; }

/* Eight bytes a step (keys are phrases, IRIs and paths: lookups of words
 * that are in no map are the extractor's commonest operation), then a
 * final avalanche so that the low bits used as the slot index are good. */
static inline uint64_t load64(const char *p) {
  uint64_t v;
  memcpy(&v, p, 8);
  return v;
}

static inline uint64_t load32(const char *p) {
  uint32_t v;
  memcpy(&v, p, 4);
  return v;
}

/* Overlapping loads for the ragged end (as wyhash does); the length is
 * mixed in first, so keys of different lengths never share the words. */
static uint64_t hash_bytes(const char *s, size_t n) {
  const uint64_t m = 0x9E3779B97F4A7C15ULL;
  uint64_t h = 0x2545F4914F6CDD1DULL ^ ((uint64_t)n * m);
  if (n > 8) {
    size_t i = 0;
    for (; i + 8 < n; i += 8) {
      h ^= load64(s + i);
      h *= m;
      h ^= h >> 32;
    }
    h ^= load64(s + n - 8);
  } else if (n >= 4) {
    h ^= load32(s) | (load32(s + n - 4) << 32);
  } else if (n > 0) {
    h ^= ((uint64_t)(unsigned char)s[0] << 16) | ((uint64_t)(unsigned char)s[n >> 1] << 8) |
         (uint64_t)(unsigned char)s[n - 1];
  }
  h *= m;
  h ^= h >> 33;
  h *= 0xFF51AFD7ED558CCDULL;
  h ^= h >> 33;
  return h;
}

ng_strmap *ng_strmap_new(void) {
  ng_strmap *m = ng_xcalloc(1, sizeof *m);
  m->cap = 16;
  m->slots = ng_xcalloc(m->cap, sizeof(slot));
  m->tags = ng_xcalloc(m->cap, 1);
  return m;
}

void ng_strmap_free(ng_strmap *m, void (*free_value)(void *)) {
  if (!m) return;
  for (size_t i = 0; free_value && i < m->cap; i++)
    if (m->slots[i].key) free_value(m->slots[i].value);
  for (key_block *b = m->keys, *next; b; b = next) {
    next = b->next;
    free(b);
  }
  free(m->slots);
  free(m->tags);
  free(m);
}

/* The slot holding KEY (N bytes, hash H), else the empty slot where it
 * would go. */
static slot *find(const ng_strmap *m, const char *key, size_t n, uint64_t h) {
  size_t mask = m->cap - 1;
  unsigned char tag = tag_of(h);
  for (size_t i = (size_t)h & mask;; i = (i + 1) & mask) {
    unsigned char t = m->tags[i];
    if (!t) return &m->slots[i];
    if (t == tag) {
      slot *s = &m->slots[i];
      if (s->hash == h && s->keylen == n && memcmp(s->key, key, n) == 0) return s;
    }
  }
}

/* Fills the empty slot S (from find) with KEY (in the key blocks), N, H and VALUE. */
static void fill(ng_strmap *m, slot *s, char *key, size_t n, uint64_t h, void *value) {
  s->key = key;
  s->keylen = n;
  s->hash = h;
  s->value = value;
  m->tags[s - m->slots] = tag_of(h);
}

static void grow(ng_strmap *m) {
  slot *old = m->slots;
  size_t oldcap = m->cap;
  m->cap *= 2;
  m->slots = ng_xcalloc(m->cap, sizeof(slot));
  free(m->tags);
  m->tags = ng_xcalloc(m->cap, 1);
  for (size_t i = 0; i < oldcap; i++) {
    const slot *o = &old[i];
    if (o->key) fill(m, find(m, o->key, o->keylen, o->hash), o->key, o->keylen, o->hash, o->value);
  }
  free(old);
}

void *ng_strmap_put(ng_strmap *m, const char *key, void *value) {
  size_t n = strlen(key);
  uint64_t h = hash_bytes(key, n);
  slot *s = find(m, key, n, h);
  if (s->key) {
    void *prev = s->value;
    s->value = value;
    return prev;
  }
  if ((m->size + 1) * 2 > m->cap) { /* at most half full: short probes for misses */
    grow(m);
    s = find(m, key, n, h);
  }
  fill(m, s, key_copy(m, key, n), n, h, value);
  m->size++;
  return NULL;
}

void *ng_strmap_getn(const ng_strmap *m, const char *key, size_t n) {
  if (!m) return NULL;
  slot *s = find(m, key, n, hash_bytes(key, n));
  return s->key ? s->value : NULL;
}

void *ng_strmap_get(const ng_strmap *m, const char *key) {
  return ng_strmap_getn(m, key, strlen(key));
}

size_t ng_strmap_size(const ng_strmap *m) { return m ? m->size : 0; }

int ng_strmap_each(const ng_strmap *m, int (*fn)(const char *, void *, void *), void *ctx) {
  for (size_t i = 0; m && i < m->cap; i++) {
    if (m->slots[i].key) {
      int r = fn(m->slots[i].key, m->slots[i].value, ctx);
      if (r) return r;
    }
  }
  return 0;
}
