/* status.c - status strings and diagnostics. */
#include "common/ng.h"

#include <stdarg.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

const char *ng_strerror(ng_status status) {
  switch (status) {
  case NG_OK: return "success";
  case NG_NOTHING: return "nothing to do";
  case NG_ERR_INPUT: return "input could not be read";
  case NG_ERR_NOMEM: return "out of memory or size limit exceeded";
  case NG_ERR_IO: return "output could not be written";
  case NG_ERR_RDF: return "RDF library error";
  case NG_ERR_QUERY: return "query error";
  case NG_ERR_USAGE: return "bad usage";
  case NG_ERR_DATA: return "ontology data error";
  }
  return "unknown status";
}

/* Atomic: extract -j N logs from its worker threads.  QUIET is set before
 * any thread starts. */
static atomic_ulong counts[3];
static bool quiet;

void ng_log_set_quiet(bool q) { quiet = q; }

/* where this thread's messages go instead of stderr, or NULL */
static _Thread_local ng_buf *held;

ng_buf *ng_log_hold(ng_buf *into) {
  ng_buf *was = held;
  held = into;
  return was;
}

void ng_log_release(ng_buf *b) {
  if (b->len)
    fwrite(b->data, 1, b->len, stderr);
  ng_buf_clear(b);
}

unsigned long ng_log_count(ng_log_level level) {
  return (unsigned)level < 3 ? atomic_load(&counts[level]) : 0;
}

void ng_escape_terminal(ng_buf *out, const char *s, size_t len) {
  size_t i = 0;
  while (i < len) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x20 && c < 0x7F) {
      ng_buf_addc(out, (char)c);
      i++;
      continue;
    }
    if (c == '\n' || c == '\t') {
      ng_buf_adds(out, c == '\n' ? "\\n" : "\\t");
      i++;
      continue;
    }
    uint32_t cp;
    size_t n = c >= 0x80 ? ng_utf8_decode(s + i, len - i, &cp) : 0;
    /* C1 controls and bidi overrides are escaped too: they can rewrite a terminal line */
    if (n && !(cp >= 0x80 && cp < 0xA0) && !(cp >= 0x202A && cp <= 0x202E) &&
        !(cp >= 0x2066 && cp <= 0x2069)) {
      ng_buf_add(out, s + i, n);
      i += n;
    } else {
      ng_buf_printf(out, "\\x%02X", c);
      i++;
    }
  }
}

void ng_log(ng_log_level level, const char *file, long line, long col, const char *fmt, ...) {
  if ((unsigned)level < 3) atomic_fetch_add(&counts[level], 1);
  if (quiet && level != NG_LOG_ERROR) return;
  ng_buf msg, out;
  ng_buf_init(&msg);
  ng_buf_init(&out);
  va_list ap;
  va_start(ap, fmt);
  char tmp[1024];
  int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
  va_end(ap);
  if (n < 0) n = 0;
  if ((size_t)n >= sizeof tmp) n = sizeof tmp - 1;
  ng_buf_adds(&out, "newsgraph: ");
  if (file) {
    ng_escape_terminal(&out, file, strlen(file));
    if (line > 0) ng_buf_printf(&out, ":%ld", line);
    if (line > 0 && col > 0) ng_buf_printf(&out, ":%ld", col);
    ng_buf_adds(&out, ": ");
  }
  ng_buf_adds(&out, level == NG_LOG_ERROR ? "error: " : level == NG_LOG_WARNING ? "warning: " : "note: ");
  ng_escape_terminal(&out, tmp, (size_t)n);
  ng_buf_addc(&out, '\n');
  if (held)
    ng_buf_add(held, out.data, out.len);
  else
    fputs(out.data, stderr);
  ng_buf_free(&msg);
  ng_buf_free(&out);
}
