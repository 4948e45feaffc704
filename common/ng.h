/* ng.h - newsgraph's shared foundation: status codes, growable buffers,
 * string maps, UTF-8 helpers, SHA-256 and diagnostics.
 *
 * Ownership rules used throughout newsgraph:
 *  - functions named *_new allocate; the caller frees with the matching *_free;
 *  - every *_free accepts NULL;
 *  - `const char *` parameters are borrowed unless the comment says "takes
 *    ownership"; returned `const char *` pointers are borrowed from the object
 *    and live as long as it does.
 */
#ifndef NG_H
#define NG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* ---- status codes (serd style: 0 ok, 1 non-fatal, >1 error) ---- */
typedef enum {
  NG_OK = 0,        /* success */
  NG_NOTHING = 1,   /* nothing to do / nothing found (not an error) */
  NG_ERR_INPUT,     /* an input could not be read or is not acceptable */
  NG_ERR_NOMEM,     /* allocation failed or a size bound was exceeded */
  NG_ERR_IO,        /* writing output failed */
  NG_ERR_RDF,       /* the RDF library reported an error */
  NG_ERR_QUERY,     /* a SPARQL query could not be parsed or run */
  NG_ERR_USAGE,     /* bad option or argument */
  NG_ERR_DATA       /* an ontology data file is missing or malformed */
} ng_status;

/* A short English description of STATUS (static string). */
const char *ng_strerror(ng_status status);

/* ---- allocation: abort with a message on exhaustion (never returns NULL) ---- */
void *ng_xmalloc(size_t n);
void *ng_xcalloc(size_t n, size_t size);
void *ng_xrealloc(void *p, size_t n);
/* Makes room in array P (N elements of SIZE bytes, grown only by this call)
 * for element N: the capacity doubles whenever N is a power of two, so
 * appending stays amortized O(1) whatever the allocator does. */
void *ng_xgrow(void *p, size_t n, size_t size);
char *ng_xstrdup(const char *s);
char *ng_xstrndup(const char *s, size_t n);

/* ---- growable byte buffer, always NUL-terminated ---- */
typedef struct {
  char *data; /* owned; NUL-terminated when len > 0 or after ng_buf_init */
  size_t len;
  size_t cap;
} ng_buf;

void ng_buf_init(ng_buf *b);
void ng_buf_free(ng_buf *b);              /* frees data; b itself is not freed */
void ng_buf_clear(ng_buf *b);             /* len = 0, keeps capacity */
/* Makes room for EXTRA more bytes and the NUL (the slow path of the adds). */
void ng_buf_reserve(ng_buf *b, size_t extra);
/* The appends are inline: the builders call them for nearly every byte they
 * write, and the call cost more than the copy. */
static inline void ng_buf_add(ng_buf *b, const char *s, size_t n) {
  if (b->len + n + 1 > b->cap) ng_buf_reserve(b, n);
  if (n) memcpy(b->data + b->len, s, n);
  b->len += n;
  b->data[b->len] = '\0';
}
static inline void ng_buf_addc(ng_buf *b, char c) {
  if (b->len + 2 > b->cap) ng_buf_reserve(b, 1);
  b->data[b->len++] = c;
  b->data[b->len] = '\0';
}
void ng_buf_adds(ng_buf *b, const char *s);
void ng_buf_printf(ng_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
char *ng_buf_steal(ng_buf *b);            /* returns data (caller frees), resets b */

/* ---- string -> pointer hash map (keys copied, values borrowed) ---- */
typedef struct ng_strmap ng_strmap;
ng_strmap *ng_strmap_new(void);
/* FREE_VALUE, if not NULL, is called on each value by ng_strmap_free. */
void ng_strmap_free(ng_strmap *m, void (*free_value)(void *));
/* Insert or replace; returns the previous value or NULL. */
void *ng_strmap_put(ng_strmap *m, const char *key, void *value);
void *ng_strmap_get(const ng_strmap *m, const char *key);
void *ng_strmap_getn(const ng_strmap *m, const char *key, size_t keylen);
size_t ng_strmap_size(const ng_strmap *m);
/* Calls FN for every entry in unspecified order; stops if FN returns non-zero. */
int ng_strmap_each(const ng_strmap *m, int (*fn)(const char *key, void *value, void *ctx), void *ctx);

/* ---- UTF-8 ---- */
/* Decodes one code point at S (LEN bytes available).  Returns the number of
 * bytes consumed (1..4) and stores the code point in *CP; on an invalid or
 * truncated sequence returns 0 and stores U+FFFD. */
size_t ng_utf8_decode(const char *s, size_t len, uint32_t *cp);
/* Encodes CP into OUT (at least 4 bytes); returns the byte count. */
size_t ng_utf8_encode(uint32_t cp, char *out);
/* Number of code points in S[0..len) (invalid bytes count as one each). */
size_t ng_utf8_count(const char *s, size_t len);
/* Byte offset of the first invalid sequence, or LEN if S is valid UTF-8. */
size_t ng_utf8_validate(const char *s, size_t len);
/* Appends to OUT an ASCII-folded lower-case form of S (diacritics removed,
 * curly quotes/dashes mapped to ASCII, other non-ASCII letters kept). */
void ng_utf8_fold(ng_buf *out, const char *s, size_t len);

/* ---- SHA-256 ---- */
/* Writes the 64 lower-case hex digits of SHA-256(DATA) and a NUL to HEX. */
void ng_sha256_hex(const void *data, size_t len, char hex[65]);

/* ---- diagnostics ----
 * Messages go to stderr as "newsgraph: FILE:LINE:COL: level: message" (FILE may
 * be NULL).  Text from inputs is escaped so control bytes never reach the
 * terminal.  Counters let commands decide the exit status. */
typedef enum { NG_LOG_ERROR, NG_LOG_WARNING, NG_LOG_NOTE } ng_log_level;
void ng_log(ng_log_level level, const char *file, long line, long col, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
unsigned long ng_log_count(ng_log_level level);
void ng_log_set_quiet(bool quiet);        /* suppress warnings and notes */
/* Until the next call, this thread's messages are appended to INTO instead
 * (NULL: to stderr again); returns the previous target.  extract -j N holds
 * each document's messages and releases them in input order. */
ng_buf *ng_log_hold(ng_buf *into);
/* Writes B's held messages to stderr and empties B. */
void ng_log_release(ng_buf *b);
/* Appends S with control characters and invalid UTF-8 escaped as \xNN. */
void ng_escape_terminal(ng_buf *out, const char *s, size_t len);

#endif
