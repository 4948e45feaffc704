/* html.c - HTML articles, read with libxml2's forgiving HTML parser.
 *
 * The page is reduced to the text a plain-text article would have: the
 * headline on the first line, then one line per paragraph, blank lines
 * between them; the same line rules as for text then drop what is left of
 * the site.  Every walk over the tree is iterative (parent/next pointers,
 * no recursion), so no nesting depth can exhaust the stack. */
#include "extractor/ingest_internal.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/globals.h>

#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* Candidate containers of the article looked at, per kind: bounds the work
 * on pages made of thousands of (nested) <article> elements. */
#define MAX_CANDIDATES 32
/* The largest HTML page read.  Real news pages are a few MiB; the parsed
 * tree takes some 40 times the bytes of a page of bare tags, so this bounds
 * memory, not only time. */
#define NG_MAX_HTML_BYTES ((size_t)16 * 1024 * 1024)
/* Lines after the start of the body text in which a repeated headline is dropped. */
#define DEDUP_LINES 8

/* ------------------------------------------------------------ tree helpers */

static bool is_elem(const xmlNode *n, const char *name) {
  return n->type == XML_ELEMENT_NODE && n->name && strcmp((const char *)n->name, name) == 0;
}

/* Attribute value of N without allocating (borrowed from the tree), or NULL. */
static const char *attr(const xmlNode *n, const char *name) {
  if (n->type != XML_ELEMENT_NODE) return NULL;
  for (const xmlAttr *a = n->properties; a; a = a->next) {
    if (a->name && ng_ingest_ieq((const char *)a->name, strlen((const char *)a->name), name)) {
      if (a->children && (a->children->type == XML_TEXT_NODE) && a->children->content)
        return (const char *)a->children->content;
      return "";
    }
  }
  return NULL;
}

static bool attr_is(const xmlNode *n, const char *name, const char *lower) {
  const char *v = attr(n, name);
  return v && ng_ingest_ieq(v, strlen(v), lower);
}

/* Whether the white-space separated list in attribute NAME holds word W. */
static bool attr_has_word(const xmlNode *n, const char *name, const char *w) {
  const char *v = attr(n, name);
  if (!v) return false;
  size_t wl = strlen(w);
  for (const char *p = v; *p;) {
    while (*p && ng_c_space(*p)) p++;
    const char *e = p;
    while (*e && !ng_c_space(*e)) e++;
    if ((size_t)(e - p) == wl && ng_ingest_iprefix(p, wl, w)) return true;
    p = e;
  }
  return false;
}

/* Next node in document order below ROOT; DESCEND says whether to enter N's
 * children. */
static xmlNode *next_node(xmlNode *n, const xmlNode *root, bool descend) {
  if (descend && n->children) return n->children;
  while (n && n != root) {
    if (n->next) return n->next;
    n = n->parent;
  }
  return NULL;
}

static const char *const skip_tags[] = {
    "script", "style", "noscript", "nav", "footer", "aside", "form", "button", "iframe", "svg",
    "select", "textarea", "template", "head", "object", "embed", "canvas", "audio", "video",
    "input", "dialog", "math", "map", "label", "option", "datalist", "meter", "progress", NULL};

static const char *const block_tags[] = {
    "address", "article", "aside", "blockquote", "br", "caption", "center", "dd", "details",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
    "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre",
    "section", "summary", "table", "tbody", "td", "th", "thead", "tfoot", "tr", "ul", "title",
    "body", "html", "dir", "legend", "picture", "time-block", NULL};

static bool name_in(const xmlNode *n, const char *const *list) {
  if (n->type != XML_ELEMENT_NODE || !n->name) return false;
  const char *name = (const char *)n->name;
  /* the first letter first: this runs for every node against long lists */
  for (size_t i = 0; list[i]; i++)
    if (list[i][0] == name[0] && strcmp(name, list[i]) == 0) return true;
  return false;
}

/* Class or id words that mark page furniture inside the article container:
 * share bars, related links, newsletter boxes, comment threads, ads, menus
 * and the links to the previous and next items ("gnb", "lnb": the global
 * and local navigation bars of many East Asian sites). */
static bool furniture_class(const xmlNode *n) {
  static const char *const words[] = {
      "share", "sharing", "social", "related", "newsletter", "comments", "comment", "advert",
      "advertisement", "ad", "ads", "promo", "subscribe", "subscription", "cookie", "cookies",
      "breadcrumb", "breadcrumbs", "sidebar", "popup", "modal", "paywall", "recirc",
      "outbrain", "taboola", "tweet", "aside", "trending", "popular", "recommended",
      "mostread", "widget", "nav", "navigation", "menu", "gnb", "lnb", "snb", "pagination",
      "pager", "bio", "tags", "keywords", "hashtags", NULL};
  const char *names[2] = {attr(n, "class"), attr(n, "id")};
  /* an embedded post quoted in the story (<blockquote class="twitter-tweet">)
   * is the story's, not a share button's */
  if (is_elem(n, "blockquote") && names[0] &&
      (strstr(names[0], "twitter-tweet") || strstr(names[0], "instagram-media")))
    return false;
  for (int k = 0; k < 2; k++) {
    const char *v = names[k];
    if (!v) continue;
    /* words are separated by spaces, '-' and '_' ("article-share__bar") */
    const char *p = v;
    while (*p) {
      while (*p && (ng_c_space(*p) || *p == '-' || *p == '_')) p++;
      const char *e = p;
      while (*e && !ng_c_space(*e) && *e != '-' && *e != '_') e++;
      for (size_t i = 0; words[i]; i++)
        if (ng_ingest_ieq(p, (size_t)(e - p), words[i])) return true;
      p = e;
    }
  }
  return false;
}

/* Is LANG (an attribute's value) English: "en", "en-GB"? */
static bool english(const char *lang) {
  return lang && (lang[0] | 0x20) == 'e' && (lang[1] | 0x20) == 'n' &&
         (lang[2] == '\0' || lang[2] == '-' || lang[2] == '_');
}

/* Is N a version of the page in another language beside an English one,
 * as a multilingual release's tab panels are (<section lang="nl">,
 * <section lang="fr" hidden>, <section lang="en" hidden>)? */
static bool other_language(const xmlNode *n) {
  const char *lang = attr(n, "lang");
  if (!lang || !*lang || english(lang) || !n->parent) return false;
  for (const xmlNode *s = n->parent->children; s; s = s->next)
    if (s != n && s->type == XML_ELEMENT_NODE && english(attr(s, "lang"))) return true;
  return false;
}

static bool hidden(const xmlNode *n) {
  /* (the English version, hidden behind a tab, is the one to read; the
   * others beside it are not) */
  if (other_language(n)) return true;
  if (attr(n, "hidden")) return !english(attr(n, "lang"));
  const char *style = attr(n, "style");
  if (style) {
    size_t sl = strlen(style);
    if (ng_ingest_ifind(style, sl, "display:none") != (size_t)-1 ||
        ng_ingest_ifind(style, sl, "display: none") != (size_t)-1)
      return true;
  }
  return false;
}

/* ------------------------------------------------------------ text sizes */

/* Non-space bytes of text below each element, kept in the node's _private
 * field (which libxml2 leaves to applications).  Computed once, bottom-up,
 * so that deciding whether to drop an element costs nothing. */
static size_t size_of(const xmlNode *n) { return (size_t)(uintptr_t)n->_private; }

static void add_size(xmlNode *n, size_t k) {
  if (n) n->_private = (void *)((uintptr_t)n->_private + k);
}

static void compute_sizes(xmlNode *top) {
  top->_private = NULL;
  for (xmlNode *n = top->children; n;) {
    bool descend = false;
    if (n->type == XML_ELEMENT_NODE) {
      n->_private = NULL;
      descend = n->children && !is_elem(n, "script") && !is_elem(n, "style") &&
                !is_elem(n, "template");
    } else if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content) {
      size_t k = 0;
      for (const xmlChar *c = n->content; *c; c++)
        if (!ng_c_space((char)*c)) k++;
      add_size(n->parent, k);
    }
    if (descend) {
      n = n->children;
      continue;
    }
    for (;;) { /* leave N, and the ancestors whose last child it is */
      if (n == top) {
        n = NULL;
        break;
      }
      if (n->type == XML_ELEMENT_NODE) add_size(n->parent, size_of(n));
      if (n->next) {
        n = n->next;
        break;
      }
      n = n->parent;
    }
  }
}

/* ------------------------------------------------------------ text */

/* A paragraph being built: runs of white space become one space. */
typedef struct {
  ng_buf buf;
  bool space;
} para;

static void para_add(para *p, const char *s) {
  size_t n = strlen(s);
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x20 || c == 0x7F || c == ' ') {
      p->space = true;
    } else if (c == 0xC2 && i + 1 < n &&
               ((unsigned char)s[i + 1] == 0xA0 || ((unsigned char)s[i + 1] >= 0x80 &&
                                                    (unsigned char)s[i + 1] < 0xA0))) {
      p->space = true; /* NBSP or a C1 control */
      i++;
    } else {
      if (p->space && p->buf.len > 0) ng_buf_addc(&p->buf, ' ');
      p->space = false;
      ng_buf_addc(&p->buf, (char)c);
    }
  }
}

/* Collapsed text of the subtree at ROOT, skipping scripts and styles. */
static void subtree_text(xmlNode *root, ng_buf *out) {
  para p = {{NULL, 0, 0}, false};
  ng_buf_init(&p.buf);
  for (xmlNode *n = root->children; n;) {
    bool descend = true;
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (n->content) para_add(&p, (const char *)n->content);
    } else if (n->type == XML_ELEMENT_NODE) {
      if (is_elem(n, "script") || is_elem(n, "style") || is_elem(n, "noscript") ||
          is_elem(n, "template"))
        descend = false;
      else if (name_in(n, block_tags))
        p.space = true;
    } else {
      descend = false;
    }
    n = next_node(n, root, descend);
  }
  ng_buf_add(out, p.buf.data, p.buf.len);
  ng_buf_free(&p.buf);
}

/* Raw text content of N's children (scripts: JSON-LD). */
static void raw_text(const xmlNode *n, ng_buf *out) {
  for (const xmlNode *c = n->children; c; c = c->next)
    if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
      ng_buf_adds(out, (const char *)c->content);
}

typedef struct {
  ng_buf out;         /* paragraphs separated by blank lines */
  para cur;
  int in_article;     /* depth of <article>/articleBody elements entered */
  size_t text_bytes;  /* bytes of text seen (for choosing the container) */
  bool count_only;
  bool soft;          /* the last break was a <br>: the next line follows directly */
  size_t root_size;   /* text below the container being read */
} walker;

/* Ends the current paragraph.  Paragraphs are separated by a blank line,
 * lines broken by <br> inside one paragraph by a single LF. */
static void flush(walker *w, bool br) {
  if (w->cur.buf.len > 0 && !w->count_only) {
    if (w->out.len > 0) ng_buf_add(&w->out, "\n\n", w->soft ? 1 : 2);
    ng_buf_add(&w->out, w->cur.buf.data, w->cur.buf.len);
  }
  ng_buf_clear(&w->cur.buf);
  w->cur.space = false;
  w->soft = br;
}

static bool articleish(const xmlNode *n) {
  return is_elem(n, "article") || attr_has_word(n, "itemprop", "articlebody");
}

/* Whether the walk enters N at all. */
static bool skipped(const walker *w, const xmlNode *n) {
  if (name_in(n, skip_tags) || hidden(n)) return true;
  /* a <header> outside the article is the site's (logo, menu); the
   * article's own header holds headline, byline and date */
  if (is_elem(n, "header") && w->in_article == 0) return true;
  /* class names are only a hint: "has-sidebar" may name the page wrapper,
   * so an element holding half of the text is never dropped for them */
  if (furniture_class(n) || attr_is(n, "aria-hidden", "true")) return size_of(n) * 2 < w->root_size;
  return false;
}

static void walk_text(walker *w, xmlNode *root) {
  w->in_article = articleish(root) ? 1 : 0;
  w->root_size = size_of(root);
  for (xmlNode *n = root->children; n;) {
    bool descend = false;
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (n->content) {
        if (w->count_only) {
          for (const xmlChar *c = n->content; *c; c++)
            if (!ng_c_space((char)*c)) w->text_bytes++;
        } else {
          para_add(&w->cur, (const char *)n->content);
        }
      }
    } else if (n->type == XML_ELEMENT_NODE && !skipped(w, n)) {
      descend = n->children != NULL;
      if (name_in(n, block_tags)) flush(w, is_elem(n, "br"));
      if (articleish(n)) w->in_article++;
      if (!descend && articleish(n)) w->in_article--;
    }
    if (descend) {
      n = n->children;
      continue;
    }
    /* leaving N and any ancestors whose last child it is */
    while (n && n != root) {
      if (n->type == XML_ELEMENT_NODE && name_in(n, block_tags) && !is_elem(n, "br"))
        flush(w, false);
      if (n->next) {
        n = n->next;
        break;
      }
      n = n->parent;
      if (n && n != root && articleish(n)) w->in_article--;
      if (n == root) n = NULL;
    }
  }
  flush(w, false);
}

static size_t text_size(xmlNode *root) {
  walker w;
  memset(&w, 0, sizeof w);
  ng_buf_init(&w.out);
  ng_buf_init(&w.cur.buf);
  w.count_only = true;
  walk_text(&w, root);
  ng_buf_free(&w.out);
  ng_buf_free(&w.cur.buf);
  return w.text_bytes;
}

/* ------------------------------------------------------------ JSON-LD */

static size_t json_ws(const char *s, size_t len, size_t p) {
  while (p < len && ng_c_space(s[p])) p++;
  return p;
}

/* End of the JSON string starting at S+P (a '"'), or LEN if unterminated. */
static size_t json_string_end(const char *s, size_t len, size_t p) {
  for (p++; p < len; p++) {
    if (s[p] == '\\') p++;
    else if (s[p] == '"') return p + 1;
  }
  return len;
}

static unsigned hex4(const char *s) {
  unsigned v = 0;
  for (int i = 0; i < 4; i++) {
    char c = s[i];
    v <<= 4;
    if (ng_c_digit(c)) v |= (unsigned)(c - '0');
    else if (c >= 'a' && c <= 'f') v |= (unsigned)(c - 'a' + 10);
    else if (c >= 'A' && c <= 'F') v |= (unsigned)(c - 'A' + 10);
    else return 0xFFFD;
  }
  return v;
}

/* Decodes the JSON string at S+P into OUT; returns false if it is not one. */
static bool json_string(const char *s, size_t len, size_t p, ng_buf *out) {
  if (p >= len || s[p] != '"') return false;
  for (p++; p < len && s[p] != '"'; p++) {
    if (s[p] != '\\') {
      ng_buf_addc(out, s[p]);
      continue;
    }
    if (++p >= len) break;
    char c = s[p];
    switch (c) {
    case 'n': case 'r': case 't': case 'b': case 'f': ng_buf_addc(out, ' '); break;
    case 'u':
      if (p + 4 < len) {
        uint32_t cp = hex4(s + p + 1);
        p += 4;
        if (cp >= 0xD800 && cp < 0xDC00 && p + 6 < len && s[p + 1] == '\\' && s[p + 2] == 'u') {
          uint32_t lo = hex4(s + p + 3);
          if (lo >= 0xDC00 && lo < 0xE000) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            p += 6;
          }
        }
        char tmp[4];
        if (cp < 0x20) cp = ' ';
        ng_buf_add(out, tmp, ng_utf8_encode(cp, tmp));
      }
      break;
    default: ng_buf_addc(out, c); break;
    }
  }
  return true;
}

/* End of the JSON value at S+P (iterative: nesting is only counted). */
static size_t json_value_end(const char *s, size_t len, size_t p) {
  p = json_ws(s, len, p);
  if (p >= len) return len;
  if (s[p] == '"') return json_string_end(s, len, p);
  if (s[p] != '{' && s[p] != '[') {
    while (p < len && s[p] != ',' && s[p] != '}' && s[p] != ']') p++;
    return p;
  }
  size_t depth = 0;
  for (; p < len; p++) {
    if (s[p] == '"') {
      p = json_string_end(s, len, p) - 1;
    } else if (s[p] == '{' || s[p] == '[') {
      depth++;
    } else if (s[p] == '}' || s[p] == ']') {
      if (--depth == 0) return p + 1;
    }
  }
  return len;
}

/* Position of the value of the first member named KEY in S[p..len), or (size_t)-1. */
static size_t json_find_key(const char *s, size_t len, size_t p, const char *key) {
  size_t kl = strlen(key);
  while (p < len) {
    if (s[p] != '"') {
      p++;
      continue;
    }
    size_t e = json_string_end(s, len, p);
    bool match = e - p == kl + 2 && memcmp(s + p + 1, key, kl) == 0;
    p = json_ws(s, len, e);
    if (match && p < len && s[p] == ':') return json_ws(s, len, p + 1);
  }
  return (size_t)-1;
}

/* ------------------------------------------------------------ metadata */

typedef struct {
  ng_buf og_title, site_name, title, h1, author, coauthors;
  ng_date date;
  int date_rank; /* lower is better; INT_MAX: none yet */
  int author_rank;
} html_meta;

static void offer_date(html_meta *m, const char *v, int rank) {
  if (!v || rank >= m->date_rank) return;
  size_t b = 0, n = strlen(v);
  while (b < n && ng_c_space(v[b])) b++;
  ng_date d;
  if (ng_date_parse(v + b, n - b, 0, &d) > 0) {
    m->date = d;
    m->date_rank = rank;
  }
}

static void offer_author(html_meta *m, const char *v, size_t n, int rank) {
  if (!v || rank >= m->author_rank) return;
  ng_buf name;
  ng_buf_init(&name);
  ng_buf co;
  ng_buf_init(&co);
  if (ng_ingest_author_names(v, n, &name, &co)) {
    ng_buf_clear(&m->author);
    ng_buf_add(&m->author, name.data, name.len);
    /* "Jane Roe, Jim Poe": every author named, as in a byline */
    ng_buf_clear(&m->coauthors);
    ng_buf_add(&m->coauthors, co.data, co.len);
    m->author_rank = rank;
  }
  ng_buf_free(&co);
  ng_buf_free(&name);
}

static void json_ld(html_meta *m, const char *s, size_t len) {
  size_t p = json_find_key(s, len, 0, "datePublished");
  ng_buf v;
  ng_buf_init(&v);
  if (p != (size_t)-1 && json_string(s, len, p, &v)) offer_date(m, v.data, 1);
  p = json_find_key(s, len, 0, "author");
  if (p != (size_t)-1) {
    ng_buf_clear(&v);
    if (s[p] == '"') {
      json_string(s, len, p, &v);
    } else {
      size_t e = json_value_end(s, len, p);
      size_t q = json_find_key(s, e, p, "name");
      if (q != (size_t)-1) json_string(s, e, q, &v);
      /* [{"@type":"Person","name":"A"},{"@type":"Person","name":"B"}]:
       * every writer of the list, as "A, B" (offer_author splits it) */
      if (p < e && s[p] == '[' && v.len) {
        ng_buf_clear(&v);
        ng_buf one;
        ng_buf_init(&one);
        for (size_t o = json_ws(s, e, p + 1); o < e && s[o] == '{';) {
          size_t oe = json_value_end(s, e, o);
          size_t nk = json_find_key(s, oe, o, "name");
          ng_buf_clear(&one);
          if (nk != (size_t)-1 && json_string(s, oe, nk, &one) && one.len) {
            if (v.len) ng_buf_add(&v, ", ", 2);
            ng_buf_add(&v, one.data, one.len);
          }
          if (oe <= o) break;
          o = json_ws(s, e, oe);
          if (o < e && s[o] == ',') o = json_ws(s, e, o + 1);
        }
        ng_buf_free(&one);
      }
      /* {"@type":"Organization","name":"The X Tidings"}: a site that signs
       * its own page names no writer (the first of a list decides) */
      size_t o = p < e && s[p] == '[' ? json_ws(s, e, p + 1) : p;
      size_t oe = o < e && s[o] == '{' ? json_value_end(s, e, o) : o;
      size_t t = json_find_key(s, oe, o, "@type");
      ng_buf type;
      ng_buf_init(&type);
      if (t != (size_t)-1 && json_string(s, oe, t, &type) &&
          ng_ingest_isuffix(type.data, type.len, "organization"))
        ng_buf_clear(&v);
      ng_buf_free(&type);
    }
    if (v.len) offer_author(m, v.data, v.len, 3);
  }
  ng_buf_free(&v);
}

static void read_meta_tag(html_meta *m, const xmlNode *n) {
  const char *key = attr(n, "property");
  if (!key || !*key) key = attr(n, "name");
  if (!key || !*key) key = attr(n, "itemprop");
  const char *content = attr(n, "content");
  if (!key || !content) return;
  size_t kl = strlen(key), cl = strlen(content);
  static const char *const date_keys[] = {
      "date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued", "dcterms.created",
      "pubdate", "publishdate", "publish-date", "publish_date", "parsely-pub-date",
      "sailthru.date", "citation_publication_date", "article.published", "datepublished",
      NULL};
  if (ng_ingest_ieq(key, kl, "og:title")) {
    if (m->og_title.len == 0) {
      para p = {{NULL, 0, 0}, false};
      ng_buf_init(&p.buf);
      para_add(&p, content);
      ng_buf_add(&m->og_title, p.buf.data, p.buf.len);
      ng_buf_free(&p.buf);
    }
  } else if (ng_ingest_ieq(key, kl, "og:site_name")) {
    if (m->site_name.len == 0) ng_buf_adds(&m->site_name, content);
  } else if (ng_ingest_ieq(key, kl, "article:published_time")) {
    offer_date(m, content, 0);
  } else if (ng_ingest_ieq(key, kl, "og:published_time")) {
    offer_date(m, content, 1);
  } else if (ng_ingest_ieq(key, kl, "datepublished")) {
    offer_date(m, content, 2);
  } else if (ng_ingest_ieq(key, kl, "author") || ng_ingest_ieq(key, kl, "dc.creator") ||
             ng_ingest_ieq(key, kl, "byl") || ng_ingest_ieq(key, kl, "parsely-author") ||
             ng_ingest_ieq(key, kl, "sailthru.author")) {
    offer_author(m, content, cl, 1);
  } else if (ng_ingest_ieq(key, kl, "article:author")) {
    offer_author(m, content, cl, 2); /* often a profile URL: rejected there */
  } else {
    for (size_t i = 0; date_keys[i]; i++)
      if (ng_ingest_ieq(key, kl, date_keys[i])) offer_date(m, content, 3);
  }
}

/* One walk over the whole tree for <meta>, <title>, <time>, JSON-LD and
 * rel=author links. */
static void read_meta(html_meta *m, xmlNode *root) {
  ng_buf tmp;
  ng_buf_init(&tmp);
  for (xmlNode *n = root; n;) {
    bool descend = true;
    if (n->type != XML_ELEMENT_NODE) {
      n = next_node(n, root, false);
      continue;
    }
    if (is_elem(n, "meta")) {
      read_meta_tag(m, n);
    } else if (is_elem(n, "title")) {
      if (m->title.len == 0) subtree_text(n, &m->title);
      descend = false;
    } else if (is_elem(n, "script")) {
      const char *type = attr(n, "type");
      if (type && ng_ingest_ifind(type, strlen(type), "ld+json") != (size_t)-1) {
        ng_buf_clear(&tmp);
        raw_text(n, &tmp);
        json_ld(m, tmp.data ? tmp.data : "", tmp.len);
      }
      descend = false;
    } else if (is_elem(n, "style")) {
      descend = false;
    } else if (is_elem(n, "time")) {
      bool pub = attr(n, "pubdate") || attr_has_word(n, "itemprop", "datepublished");
      offer_date(m, attr(n, "datetime"), pub ? 2 : 5);
    } else if (attr_has_word(n, "itemprop", "datepublished")) {
      const char *v = attr(n, "content");
      if (!v) v = attr(n, "datetime");
      offer_date(m, v, 2);
    } else if (is_elem(n, "a") && attr_has_word(n, "rel", "author")) {
      ng_buf_clear(&tmp);
      subtree_text(n, &tmp);
      if (tmp.len) offer_author(m, tmp.data, tmp.len, 4);
    }
    n = next_node(n, root, descend);
  }
  ng_buf_free(&tmp);
}

/* First <h1> under ROOT outside navigation and other furniture. */
static void find_h1(xmlNode *root, ng_buf *out) {
  for (xmlNode *n = root; n;) {
    bool descend = true;
    if (n->type == XML_ELEMENT_NODE && n != root) {
      if (is_elem(n, "h1")) {
        subtree_text(n, out);
        if (out->len) return;
        descend = false;
      } else if (name_in(n, skip_tags) || hidden(n)) {
        descend = false;
      }
    }
    n = next_node(n, root, descend);
  }
}

/* ------------------------------------------------------------ headline */

static size_t count_words(const char *s, size_t n) {
  size_t w = 0;
  bool in = false;
  for (size_t i = 0; i < n; i++) {
    bool sp = s[i] == ' ';
    if (!sp && !in) w++;
    in = !sp;
  }
  return w;
}

/* Strips a site name after " | ", " - ", " – ", " — " or " :: " when what
 * remains is still a real headline ("Chile to share intelligence | The
 * Times").  With ONLY_SITE the suffix must be the site's name or follow a
 * bar: an og:title may legitimately contain a dash. */
static void strip_site_suffix(ng_buf *t, const char *site, bool only_site) {
  static const char *const seps[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ",
                                     " \xC2\xB7 ", NULL};
  size_t best = 0, best_sep = 0;
  for (size_t i = 0; seps[i]; i++) {
    size_t sl = strlen(seps[i]);
    for (size_t p = 1; p + sl <= t->len; p++)
      if (memcmp(t->data + p, seps[i], sl) == 0 && p > best) {
        best = p;
        best_sep = i + 1;
      }
  }
  if (best_sep == 0) return;
  size_t sl = strlen(seps[best_sep - 1]);
  const char *suf = t->data + best + sl;
  size_t sufl = t->len - best - sl;
  /* case-insensitive equality with the site name */
  bool is_site = site && *site && strlen(site) == sufl;
  for (size_t i = 0; is_site && i < sufl; i++)
    if (ng_c_tolower(suf[i]) != ng_c_tolower(site[i])) is_site = false;
  if (only_site && !is_site && best_sep != 1) return;
  if (sufl > 40 || count_words(suf, sufl) > 5) return;
  if (best < 20 || count_words(t->data, best) < 3) return;
  t->len = best;
  t->data[best] = '\0';
}

/* ------------------------------------------------------------ the reader */

/* The container of the article: the largest [itemprop=articleBody], else the
 * largest <article>, else <main>, else <body> — a container is taken only
 * when it holds a fair share of the page's text. */
static xmlNode *choose_root(xmlNode *body) {
  xmlNode *found[3][MAX_CANDIDATES];
  size_t nfound[3] = {0, 0, 0};
  for (xmlNode *n = body; n;) {
    bool descend = true;
    if (n->type == XML_ELEMENT_NODE && n != body) {
      int kind = -1;
      if (attr_has_word(n, "itemprop", "articlebody")) kind = 0;
      else if (is_elem(n, "article")) kind = 1;
      else if (is_elem(n, "main") || attr_is(n, "role", "main")) kind = 2;
      if (kind >= 0 && nfound[kind] < MAX_CANDIDATES) found[kind][nfound[kind]++] = n;
      if (is_elem(n, "script") || is_elem(n, "style") || is_elem(n, "template")) descend = false;
    } else if (n->type != XML_ELEMENT_NODE) {
      descend = false;
    }
    n = next_node(n, body, descend);
  }
  size_t body_size = text_size(body);
  for (int k = 0; k < 3; k++) {
    xmlNode *best = NULL;
    size_t best_size = 0;
    for (size_t i = 0; i < nfound[k]; i++) {
      size_t sz = text_size(found[k][i]);
      if (sz > best_size) {
        best = found[k][i];
        best_size = sz;
      }
    }
    if (best && (best_size >= 140 || best_size * 5 >= body_size)) return best;
  }
  return body;
}

static bool same_text(const char *a, size_t an, const char *b, size_t bn) {
  while (an > 0 && (a[an - 1] == '.' || a[an - 1] == ' ')) an--;
  while (bn > 0 && (b[bn - 1] == '.' || b[bn - 1] == ' ')) bn--;
  if (an != bn || an == 0) return false;
  for (size_t i = 0; i < an; i++)
    if (ng_c_tolower(a[i]) != ng_c_tolower(b[i])) return false;
  return true;
}

/* Removes from BODY (paragraphs separated by blank lines) the first of the
 * first few paragraphs that repeats the headline or the <h1>. */
static void drop_repeated_headline(ng_buf *body, const ng_buf *headline, const ng_buf *h1) {
  size_t p = 0;
  for (int k = 0; k < DEDUP_LINES && p < body->len; k++) {
    const char *nl = strstr(body->data + p, "\n\n");
    size_t e = nl ? (size_t)(nl - body->data) : body->len;
    if (same_text(body->data + p, e - p, headline->data, headline->len) ||
        same_text(body->data + p, e - p, h1->data, h1->len)) {
      size_t cut_e = nl ? e + 2 : e;
      size_t cut_b = (!nl && p >= 2) ? p - 2 : p; /* the last paragraph: drop the gap before it */
      memmove(body->data + cut_b, body->data + cut_e, body->len - cut_e + 1);
      body->len -= cut_e - cut_b;
      return;
    }
    if (!nl) return;
    p = e + 2;
  }
}

/* The declared charset of the page, when one is declared in its first 4 KiB
 * and is not UTF-8 (libxml2 then converts); NULL otherwise. */
static bool declares_other_charset(const char *bytes, size_t len) {
  size_t n = len < 4096 ? len : 4096;
  size_t at = ng_ingest_ifind(bytes, n, "charset");
  if (at == (size_t)-1) return false;
  size_t p = at + 7;
  while (p < n && (bytes[p] == ' ' || bytes[p] == '=' || bytes[p] == '"' || bytes[p] == '\''))
    p++;
  size_t e = p;
  while (e < n && (ng_c_alpha(bytes[e]) || ng_c_digit(bytes[e]) || bytes[e] == '-' ||
                   bytes[e] == '_'))
    e++;
  if (e == p) return false;
  return !(ng_ingest_ieq(bytes + p, e - p, "utf-8") || ng_ingest_ieq(bytes + p, e - p, "utf8") ||
           ng_ingest_ieq(bytes + p, e - p, "us-ascii"));
}

static void silent_structured(void *ctx, xmlErrorPtr err) {
  (void)ctx;
  (void)err;
}

static void silent_generic(void *ctx, const char *msg, ...) {
  (void)ctx;
  (void)msg;
}

/* Parses with libxml2's error reporting silenced.  HTML_PARSE_NOERROR is not
 * enough: a structured error handler installed by another library in the
 * process (raptor installs one, and treats any report as its own failure)
 * takes precedence over the parser's options, so the process-wide handlers
 * are swapped out for the parse and put back after it. */
static htmlDocPtr quiet_read(const char *buf, size_t len, const char *enc, int options) {
  xmlStructuredErrorFunc old_s = xmlStructuredError;
  void *old_sctx = xmlStructuredErrorContext;
  xmlGenericErrorFunc old_g = xmlGenericError;
  void *old_gctx = xmlGenericErrorContext;
  xmlSetStructuredErrorFunc(NULL, silent_structured);
  xmlSetGenericErrorFunc(NULL, silent_generic);
  htmlDocPtr d = htmlReadMemory(buf, (int)len, NULL, enc, options);
  xmlSetStructuredErrorFunc(old_sctx, old_s);
  xmlSetGenericErrorFunc(old_gctx, old_g);
  return d;
}

ng_status ng_doc_from_html(const char *path, const char *bytes, size_t len,
                           const ng_read_opts *opts, ng_doc **out) {
  ng_status st = NG_OK;
  ng_read_opts defaults = {false, {0, 0, 0}};
  htmlDocPtr hdoc = NULL;
  ng_buf clean, text;
  walker w;
  html_meta m;
  memset(&w, 0, sizeof w);
  memset(&m, 0, sizeof m);
  ng_buf_init(&clean);
  ng_buf_init(&text);
  ng_buf_init(&w.out);
  ng_buf_init(&w.cur.buf);
  ng_buf_init(&m.og_title);
  ng_buf_init(&m.site_name);
  ng_buf_init(&m.title);
  ng_buf_init(&m.h1);
  ng_buf_init(&m.author);
  ng_buf_init(&m.coauthors);
  m.date_rank = INT_MAX;
  m.author_rank = INT_MAX;
  if (opts == NULL) opts = &defaults;
  *out = NULL;
  if (path == NULL) path = "-";
  ng_doc *doc = ng_doc_alloc(path);
  if (bytes == NULL) len = 0;
  if (len > NG_MAX_HTML_BYTES) {
    ng_log(NG_LOG_ERROR, path, 0, 0,
           "HTML page too large (%zu bytes; the limit for HTML is %zu MiB): save the article "
           "text alone",
           len, NG_MAX_HTML_BYTES >> 20);
    st = NG_ERR_INPUT;
    goto cleanup;
  }
  ng_sha256_hex(bytes ? bytes : "", len, doc->sha256);
  if ((st = ng_ingest_check_bytes(path, bytes, len)) != NG_OK) goto cleanup;

  /* XML_PARSE_HUGE lifts libxml2's nesting limit of 256, past which it stops
   * parsing and silently drops the rest of the page; the parser and our
   * walks are iterative, and the size bound above still holds */
  const int options =
      XML_PARSE_HUGE | HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET;
  if (declares_other_charset(bytes, len)) {
    /* a legacy charset: libxml2 converts from the declared one */
    hdoc = quiet_read(bytes, len, NULL, options);
  } else {
    /* UTF-8 (declared or not): checked and repaired like text, so bad bytes
     * are reported the same way and libxml2 never guesses Latin-1 */
    if ((st = ng_ingest_utf8(path, bytes, len, opts->strict, &clean, &doc->warnings)) != NG_OK)
      goto cleanup;
    if (ng_ingest_blank(clean.data, clean.len)) {
      ng_log(NG_LOG_ERROR, path, 0, 0, "empty input: the file holds only white space");
      st = NG_ERR_INPUT;
      goto cleanup;
    }
    hdoc = quiet_read(clean.data, clean.len, "UTF-8", options);
  }
  xmlNode *root = hdoc ? xmlDocGetRootElement(hdoc) : NULL;
  if (root == NULL) {
    ng_log(NG_LOG_ERROR, path, 0, 0, "not readable as HTML: no document element found");
    st = NG_ERR_INPUT;
    goto cleanup;
  }

  compute_sizes(root);
  read_meta(&m, root);
  xmlNode *body = NULL;
  for (xmlNode *n = root; n && !body;) {
    if (is_elem(n, "body")) body = n;
    n = next_node(n, root, n->type == XML_ELEMENT_NODE && !is_elem(n, "head"));
  }
  if (body == NULL) body = root;
  xmlNode *art = choose_root(body);
  find_h1(art, &m.h1);
  if (m.h1.len == 0 && art != body) find_h1(body, &m.h1);

  /* the headline: og:title, else <h1>, else <title> */
  ng_buf *headline = &m.og_title;
  if (headline->len) {
    strip_site_suffix(headline, m.site_name.data, true);
    /* (a social title cut short of the page's own headline: "X opens air
     * route" for the <h1> "X opens air route after Y says ...", or "...;
     * Y says ...") */
    if (m.h1.len > headline->len + 8 && !memcmp(m.h1.data, headline->data, headline->len) &&
        strchr(" ;:,", m.h1.data[headline->len]))
      headline = &m.h1;
    /* (or a label before it: "LIVE: X" for the <h1> "X", as its JSON-LD
     * says too) */
    else if (m.h1.len >= 20 && headline->len > m.h1.len + 2 && headline->len <= m.h1.len + 14 &&
             !memcmp(headline->data + headline->len - m.h1.len, m.h1.data, m.h1.len) &&
             headline->data[headline->len - m.h1.len - 1] == ' ' &&
             headline->data[headline->len - m.h1.len - 2] == ':')
      headline = &m.h1;
  } else if (m.h1.len) {
    headline = &m.h1;
  } else {
    headline = &m.title;
    strip_site_suffix(headline, m.site_name.data, false);
  }

  walk_text(&w, art);
  drop_repeated_headline(&w.out, headline, &m.h1);
  if (headline->len) {
    ng_buf_add(&text, headline->data, headline->len);
    if (w.out.len) ng_buf_add(&text, "\n\n", 2);
  }
  ng_buf_add(&text, w.out.data, w.out.len);
  if (ng_ingest_blank(text.data, text.len)) {
    ng_log(NG_LOG_ERROR, path, 0, 0, "empty input: the HTML holds no article text");
    st = NG_ERR_INPUT;
    goto cleanup;
  }
  /* a page declaring a charset libxml2 does not know ("utf-6") passes its
   * bytes through unconverted: mention offsets need valid UTF-8, so the text
   * (headline included) is repaired the way text inputs are */
  if (ng_utf8_validate(text.data, text.len) != text.len) {
    ng_buf fixed;
    ng_buf_init(&fixed);
    if ((st = ng_ingest_utf8(path, text.data, text.len, opts && opts->strict, &fixed,
                             &doc->warnings)) != NG_OK) {
      ng_buf_free(&fixed);
      goto cleanup;
    }
    ng_buf_free(&text);
    text = fixed;
  }
  if (m.author.len) doc->author = ng_xstrndup(m.author.data, m.author.len);
  if (m.author.len && m.coauthors.len)
    doc->coauthors = ng_xstrndup(m.coauthors.data, m.coauthors.len);
  if (m.date_rank != INT_MAX) {
    doc->published = m.date;
  } else {
    /* a wiki page's version is the date of its footer's "This page was
     * last edited on 4 June 2031" (the dates of its text are its subject's) */
    static const char edited[] = "This page was last edited on ";
    const size_t el = sizeof edited - 1;
    for (const char *p = bytes; p && (size_t)(bytes + len - p) > el;) {
      p = memchr(p, 'T', (size_t)(bytes + len - p) - el);
      if (!p) break;
      if (!memcmp(p, edited, el)) {
        ng_date d;
        if (ng_date_parse(p + el, (size_t)(bytes + len - p) - el, 0, &d) && ng_date_valid(d))
          doc->published = d;
        break;
      }
      p++;
    }
  }
  if ((st = ng_ingest_finish(doc, text.data, text.len, headline->len > 0, opts)) != NG_OK)
    goto cleanup;
  *out = doc;
  doc = NULL;

cleanup:
  if (hdoc) xmlFreeDoc(hdoc);
  ng_buf_free(&clean);
  ng_buf_free(&text);
  ng_buf_free(&w.out);
  ng_buf_free(&w.cur.buf);
  ng_buf_free(&m.og_title);
  ng_buf_free(&m.site_name);
  ng_buf_free(&m.title);
  ng_buf_free(&m.h1);
  ng_buf_free(&m.author);
  ng_buf_free(&m.coauthors);
  ng_doc_free(doc);
  return st;
}
