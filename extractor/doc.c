/* doc.c - documents: allocation, freeing and choosing the reader. */
#include "extractor/ingest_internal.h"

#include <stdlib.h>
#include <string.h>

ng_doc *ng_doc_alloc(const char *path) {
  ng_doc *doc = ng_xcalloc(1, sizeof *doc);
  if (path == NULL) path = "-";
  doc->path = ng_xstrdup(path);
  if (strcmp(path, "-") == 0) {
    doc->identifier = ng_xstrdup("stdin");
  } else {
    /* the base name: dcterms:identifier says which file, not where it was */
    size_t n = strlen(path);
    while (n > 1 && path[n - 1] == '/') n--;
    size_t b = n;
    while (b > 0 && path[b - 1] != '/') b--;
    doc->identifier = ng_xstrndup(path + b, n - b);
  }
  return doc;
}

void ng_doc_free(ng_doc *doc) {
  if (doc == NULL) return;
  free(doc->path);
  free(doc->identifier);
  free(doc->text);
  free(doc->title);
  free(doc->author);
  free(doc->coauthors);
  free(doc);
}

/* Extension of PATH's base name, without the dot ("" if none). */
static const char *extension(const char *path) {
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  const char *dot = strrchr(base, '.');
  return dot && dot != base ? dot + 1 : "";
}

/* Whether the first KiB looks like HTML: "<html" or "<!doctype" anywhere in
 * it (after a BOM, comments or white space, or further in a scraped page). */
static bool looks_like_html(const char *bytes, size_t len) {
  size_t n = len < 1024 ? len : 1024;
  return ng_ingest_ifind(bytes, n, "<html") != (size_t)-1 ||
         ng_ingest_ifind(bytes, n, "<!doctype") != (size_t)-1;
}

ng_status ng_doc_from_bytes(const char *path, const char *bytes, size_t len,
                            const ng_read_opts *opts, ng_doc **out) {
  if (path == NULL) path = "-";
  const char *ext = extension(path);
  size_t el = strlen(ext);
  bool html;
  if (ng_ingest_ieq(ext, el, "html") || ng_ingest_ieq(ext, el, "htm")) {
    html = true;
  } else if (ng_ingest_ieq(ext, el, "txt") || ng_ingest_ieq(ext, el, "text")) {
    html = false;
  } else {
    /* stdin and unknown extensions: the content decides */
    html = bytes != NULL && looks_like_html(bytes, len);
  }
  return html ? ng_doc_from_html(path, bytes, len, opts, out)
              : ng_doc_from_text(path, bytes, len, opts, out);
}
