/* mem.c - allocation that never returns NULL, and the growable buffer. */
#include "common/ng.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

static void nomem(size_t n) {
  fprintf(stderr, "newsgraph: out of memory (allocating %zu bytes)\n", n);
  abort();
}

void *ng_xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p) nomem(n);
  return p;
}

void *ng_xcalloc(size_t n, size_t size) {
  void *p = calloc(n ? n : 1, size ? size : 1);
  if (!p) nomem(n * size);
  return p;
}

void *ng_xrealloc(void *p, size_t n) {
  void *q = realloc(p, n ? n : 1);
  if (!q) nomem(n);
  return q;
}

void *ng_xgrow(void *p, size_t n, size_t size) {
  if (n & (n - 1)) return p; /* not a power of two (nor 0): there is room */
  size_t cap = n ? n * 2 : 1;
  if (size && cap > SIZE_MAX / size) nomem(SIZE_MAX);
  return ng_xrealloc(p, cap * size);
}

char *ng_xstrdup(const char *s) { return ng_xstrndup(s, strlen(s)); }

char *ng_xstrndup(const char *s, size_t n) {
  char *d = ng_xmalloc(n + 1);
  memcpy(d, s, n);
  d[n] = '\0';
  return d;
}

void ng_buf_init(ng_buf *b) {
  b->data = NULL;
  b->len = b->cap = 0;
}

void ng_buf_free(ng_buf *b) {
  if (!b) return;
  free(b->data);
  ng_buf_init(b);
}

void ng_buf_clear(ng_buf *b) {
  b->len = 0;
  if (b->data) b->data[0] = '\0';
}

void ng_buf_reserve(ng_buf *b, size_t extra) {
  if (b->len + extra + 1 <= b->cap) return;
  size_t cap = b->cap ? b->cap : 128;
  while (cap < b->len + extra + 1) {
    if (cap > SIZE_MAX / 2) nomem(SIZE_MAX);
    cap *= 2;
  }
  b->data = ng_xrealloc(b->data, cap);
  b->cap = cap;
}

void ng_buf_adds(ng_buf *b, const char *s) { ng_buf_add(b, s, strlen(s)); }

void ng_buf_printf(ng_buf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char tmp[256];
  va_list ap2;
  va_copy(ap2, ap);
  int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
  va_end(ap);
  if (n < 0) {
    va_end(ap2);
    return;
  }
  if ((size_t)n < sizeof tmp) {
    ng_buf_add(b, tmp, (size_t)n);
  } else {
    ng_buf_reserve(b, (size_t)n);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap2);
    b->len += (size_t)n;
  }
  va_end(ap2);
}

char *ng_buf_steal(ng_buf *b) {
  char *d = b->data ? b->data : ng_xstrdup("");
  ng_buf_init(b);
  return d;
}
