/* serve_html.c - what `newsgraph serve` answers with: descriptions of IRIs
 * in RDF, HTML pages, the neighbourhood picture, VoID.  Everything here runs
 * inside a sandbox child (graphs/serve.c) and reads the graph through librdf.
 *
 * Text from the graph (labels, quotes, titles: article text) is HTML-escaped
 * wherever it goes; links are made only to the server's own IRIs (as paths)
 * and to http(s) IRIs, attribute-escaped.  The picture is an <img> of
 * ?format=svg, so its content never runs in the page.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif
#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include <redland.h>

#include "graphs/serve_internal.h"

#define HTML_MAX_ITEMS 500     /* rows per list on a page */
#define SVG_MAX_STATEMENTS 150 /* edges in a picture */
#define SVG_MAX_BYTES (4u << 20)

const char ng_serve_css[] =
    "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0;color:#1b1f24;"
    "background:#f6f7f9;line-height:1.45}"
    "header{background:#1f3a5f;color:#fff;padding:.6em 1.5em}"
    "header a{color:#fff;text-decoration:none;margin-right:1.2em;font-weight:600}"
    "main{max-width:70em;margin:0 auto;padding:1em 1.5em 3em}"
    "h1{margin:.4em 0 .1em;font-size:1.9em}"
    "h2{font-size:1.2em;border-bottom:2px solid #d5dbe3;padding-bottom:.2em;margin-top:1.6em}"
    ".iri{color:#5a6472;font-family:ui-monospace,monospace;font-size:.85em;word-break:break-all}"
    ".types span{display:inline-block;background:#e3ecf7;color:#1f3a5f;border-radius:1em;"
    "padding:.05em .7em;margin:.2em .3em .2em 0;font-size:.9em}"
    "dl{display:grid;grid-template-columns:max-content auto;gap:.2em 1.2em}dt{font-weight:600}dd{margin:0}"
    "table{border-collapse:collapse;width:100%;background:#fff}"
    "th,td{text-align:left;padding:.35em .6em;border-bottom:1px solid #e3e7ec;vertical-align:top}"
    "th{background:#eef1f5}"
    "blockquote{background:#fff;border-left:4px solid #1f3a5f;margin:.8em 0 .2em;padding:.5em 1em;"
    "font-size:1.05em}"
    ".src{margin:0 0 1em 1.2em;color:#5a6472;font-size:.9em}"
    ".pic{background:#fff;border:1px solid #d5dbe3;padding:.5em;max-width:100%;overflow:auto}"
    ".pic img{max-width:100%;height:auto}"
    "td.v,td.p{font-size:.92em;word-break:break-word}"
    "textarea{width:100%;font-family:ui-monospace,monospace}"
    "a{color:#1d5fa8}";

/* ------------------------------------------------------------------ escaping */

void ng_html_escape(ng_buf *out, const char *s, size_t len) {
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    switch (c) {
    case '<': ng_buf_adds(out, "&lt;"); break;
    case '>': ng_buf_adds(out, "&gt;"); break;
    case '&': ng_buf_adds(out, "&amp;"); break;
    case '"': ng_buf_adds(out, "&quot;"); break;
    case '\'': ng_buf_adds(out, "&#39;"); break;
    default:
      if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f)
        ng_buf_adds(out, "&#xFFFD;");
      else
        ng_buf_addc(out, (char)c);
    }
  }
}

static void esc(ng_buf *out, const char *s) { ng_html_escape(out, s ? s : "", s ? strlen(s) : 0); }

/* ------------------------------------------------------------------ graph access */

typedef struct {
  librdf_world *world;
  librdf_model *model;
  const ng_server *srv;
} gctx;

static gctx gctx_of(const ng_server *srv) {
  gctx g = {ng_graph_world(srv->graph), ng_graph_model(srv->graph), srv};
  return g;
}

static librdf_node *iri_node(gctx *g, const char *iri) {
  return librdf_new_node_from_uri_string(g->world, (const unsigned char *)iri);
}

static const char *node_iri(librdf_node *n) {
  if (!n || !librdf_node_is_resource(n))
    return NULL;
  return (const char *)librdf_uri_as_string(librdf_node_get_uri(n));
}

static const char *node_literal(librdf_node *n) {
  if (!n || !librdf_node_is_literal(n))
    return NULL;
  return (const char *)librdf_node_get_literal_value(n);
}

/* Appends NODE in N-Triples-like form (a sort and deduplication key). */
static void node_key(ng_buf *out, librdf_node *n) {
  if (!n)
    return;
  if (librdf_node_is_resource(n)) {
    ng_buf_addc(out, '<');
    ng_buf_adds(out, node_iri(n));
    ng_buf_addc(out, '>');
  } else if (librdf_node_is_blank(n)) {
    ng_buf_adds(out, "_:");
    ng_buf_adds(out, (const char *)librdf_node_get_blank_identifier(n));
  } else {
    size_t len = 0;
    const char *v = (const char *)librdf_node_get_literal_value_as_counted_string(n, &len);
    ng_buf_addc(out, '"');
    if (v)
      ng_buf_add(out, v, len);
    ng_buf_addc(out, '"');
    const char *lang = librdf_node_get_literal_value_language(n);
    librdf_uri *dt = librdf_node_get_literal_value_datatype_uri(n);
    if (lang && *lang) {
      ng_buf_addc(out, '@');
      ng_buf_adds(out, lang);
    } else if (dt) {
      ng_buf_adds(out, "^^<");
      ng_buf_adds(out, (const char *)librdf_uri_as_string(dt));
      ng_buf_addc(out, '>');
    }
  }
}

typedef struct {
  char *key;
  librdf_statement *st; /* owned copy */
} stmt_item;

typedef struct {
  stmt_item *v;
  size_t n, cap;
  ng_strmap *seen;
} stmt_list;

static void stmts_init(stmt_list *l) {
  memset(l, 0, sizeof *l);
  l->seen = ng_strmap_new();
}

static void stmts_free(stmt_list *l) {
  for (size_t i = 0; i < l->n; i++) {
    free(l->v[i].key);
    librdf_free_statement(l->v[i].st);
  }
  free(l->v);
  ng_strmap_free(l->seen, NULL);
  memset(l, 0, sizeof *l);
}

/* Adds the statements matching (S, P, O) (NULL: any) of every graph, once
 * each, up to MAX in all. */
static void stmts_find(gctx *g, stmt_list *l, librdf_node *s, librdf_node *p, librdf_node *o, size_t max) {
  librdf_statement *pat = librdf_new_statement_from_nodes(
      g->world, s ? librdf_new_node_from_node(s) : NULL, p ? librdf_new_node_from_node(p) : NULL,
      o ? librdf_new_node_from_node(o) : NULL);
  if (!pat)
    return;
  librdf_stream *str = librdf_model_find_statements(g->model, pat);
  ng_buf key;
  ng_buf_init(&key);
  for (; str && !librdf_stream_end(str) && l->n < max; librdf_stream_next(str)) {
    librdf_statement *st = librdf_stream_get_object(str);
    if (!st)
      continue;
    ng_buf_clear(&key);
    node_key(&key, librdf_statement_get_subject(st));
    ng_buf_addc(&key, ' ');
    node_key(&key, librdf_statement_get_predicate(st));
    ng_buf_addc(&key, ' ');
    node_key(&key, librdf_statement_get_object(st));
    if (ng_strmap_get(l->seen, key.data))
      continue;
    ng_strmap_put(l->seen, key.data, l);
    if (l->n == l->cap) {
      l->cap = l->cap ? 2 * l->cap : 64;
      l->v = ng_xrealloc(l->v, l->cap * sizeof *l->v);
    }
    l->v[l->n].key = ng_xstrdup(key.data);
    l->v[l->n].st = librdf_new_statement_from_statement(st);
    l->n++;
  }
  ng_buf_free(&key);
  if (str)
    librdf_free_stream(str);
  librdf_free_statement(pat);
}

static int item_cmp(const void *a, const void *b) {
  return strcmp(((const stmt_item *)a)->key, ((const stmt_item *)b)->key);
}

static void stmts_sort(stmt_list *l, size_t from) {
  if (l->n > from + 1)
    qsort(l->v + from, l->n - from, sizeof *l->v, item_cmp);
}

/* The first object of (S, P), a new node or NULL. */
static librdf_node *target(gctx *g, librdf_node *s, const char *p) {
  librdf_node *pn = iri_node(g, p);
  librdf_node *t = pn ? librdf_model_get_target(g->model, s, pn) : NULL;
  if (pn)
    librdf_free_node(pn);
  return t;
}

/* Appends the literal value of (S, P) to OUT; false if there is none. */
static bool literal_of(gctx *g, librdf_node *s, const char *p, ng_buf *out) {
  librdf_node *t = target(g, s, p);
  const char *v = node_literal(t);
  if (v)
    ng_buf_adds(out, v);
  if (t)
    librdf_free_node(t);
  return v != NULL;
}

/* The local name of IRI (after the last '/' or '#'). */
static const char *local_name(const char *iri) {
  const char *h = strrchr(iri, '#');
  const char *s = strrchr(iri, '/');
  const char *p = h && (!s || h > s) ? h : s;
  return p && p[1] ? p + 1 : iri;
}

static bool has_type(gctx *g, librdf_node *n, const char *type);
static void event_type_text(gctx *g, librdf_node *e, ng_buf *out);

/* A readable name of NODE: its label, title, post title, the kind of event
 * it is, else its local name. */
static void label_of(gctx *g, librdf_node *n, ng_buf *out) {
  if (!n)
    return;
  if (librdf_node_is_literal(n)) {
    ng_buf_adds(out, node_literal(n));
    return;
  }
  if (literal_of(g, n, NG_RDFS "label", out) || literal_of(g, n, NG_DCTERMS "title", out) ||
      literal_of(g, n, NG_NS "title", out))
    return;
  if (has_type(g, n, NG_NS "Event")) {
    event_type_text(g, n, out);
    return;
  }
  const char *iri = node_iri(n);
  ng_buf_adds(out, iri ? local_name(iri) : "(blank node)");
}

/* "AirspacePermission" -> "Airspace permission". */
static void humanize(ng_buf *out, const char *camel) {
  for (size_t i = 0; camel[i]; i++) {
    char c = camel[i];
    if (i && isupper((unsigned char)c) && !isupper((unsigned char)camel[i - 1])) {
      ng_buf_addc(out, ' ');
      c = (char)tolower((unsigned char)c);
    }
    ng_buf_addc(out, c);
  }
}

static bool has_type(gctx *g, librdf_node *n, const char *type) {
  librdf_node *p = iri_node(g, NG_RDF "type");
  librdf_node *t = iri_node(g, type);
  bool yes = false;
  if (p && t) {
    librdf_statement *st = librdf_new_statement_from_nodes(g->world, librdf_new_node_from_node(n),
                                                           librdf_new_node_from_node(p),
                                                           librdf_new_node_from_node(t));
    if (st) {
      librdf_stream *s = librdf_model_find_statements(g->model, st);
      yes = s && !librdf_stream_end(s);
      if (s)
        librdf_free_stream(s);
      librdf_free_statement(st);
    }
  }
  if (p)
    librdf_free_node(p);
  if (t)
    librdf_free_node(t);
  return yes;
}

/* ------------------------------------------------------------------ pieces of HTML */

/* A link to IRI with the (escaped) TEXT: the server's own IRIs as paths on
 * this server, other http(s) IRIs as they are, anything else not linked. */
static void link_to(const ng_server *srv, ng_buf *out, const char *iri, const char *text) {
  size_t bl = strlen(srv->base);
  const char *t = text && *text ? text : iri;
  if (strncmp(iri, srv->base, bl) == 0) {
    ng_buf_adds(out, "<a href=\"");
    esc(out, srv->base_path);
    esc(out, iri + bl);
    ng_buf_adds(out, "\">");
    esc(out, t);
    ng_buf_adds(out, "</a>");
  } else if (strncmp(iri, "http://", 7) == 0 || strncmp(iri, "https://", 8) == 0) {
    ng_buf_adds(out, "<a href=\"");
    esc(out, iri);
    ng_buf_adds(out, "\" rel=\"noopener noreferrer\">");
    esc(out, t);
    ng_buf_adds(out, "</a>");
  } else {
    esc(out, t);
  }
}

/* NODE as a link with its label (resources) or as escaped text (literals). */
static void node_html(gctx *g, ng_buf *out, librdf_node *n) {
  if (!n)
    return;
  if (librdf_node_is_resource(n)) {
    ng_buf lab;
    ng_buf_init(&lab);
    label_of(g, n, &lab);
    link_to(g->srv, out, node_iri(n), lab.data);
    ng_buf_free(&lab);
  } else if (librdf_node_is_literal(n)) {
    esc(out, node_literal(n));
  } else {
    ng_buf_adds(out, "_:");
    esc(out, (const char *)librdf_node_get_blank_identifier(n));
  }
}

static void page_start(ng_buf *out, const char *title) {
  ng_buf_adds(out, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>");
  esc(out, title);
  ng_buf_adds(out, " · newsgraph</title><style>");
  ng_buf_adds(out, ng_serve_css);
  ng_buf_adds(out, "</style></head>\n<body><header><a href=\"/\">newsgraph</a>"
                   "<a href=\"/sparql\">SPARQL</a><a href=\"/.well-known/void\">VoID</a></header>\n<main>\n");
}

static void page_end(ng_buf *out) { ng_buf_adds(out, "</main></body></html>\n"); }

void ng_serve_html_message(ng_buf *out, const char *title, const char *message) {
  page_start(out, title);
  ng_buf_adds(out, "<h1>");
  esc(out, title);
  ng_buf_adds(out, "</h1>\n<pre>");
  esc(out, message);
  ng_buf_adds(out, "</pre>\n");
  page_end(out);
}

void ng_serve_html_sparql_form(const ng_server *srv, ng_buf *out) {
  page_start(out, "SPARQL");
  ng_buf_adds(out,
              "<h1>SPARQL</h1>\n<p>A read-only SPARQL 1.1 endpoint (the embedded engine, rasqal: "
              "SPARQL 1.0 plus aggregates). Results as SPARQL JSON, XML, CSV or TSV; "
              "CONSTRUCT as N-Triples.</p>\n"
              "<form method=\"get\" action=\"/sparql\"><textarea name=\"query\" rows=\"12\">"
              "PREFIX ng: &lt;" NG_NS "&gt;\n"
              "PREFIX rdfs: &lt;" NG_RDFS "&gt;\n"
              "SELECT ?country ?label WHERE { ?country a ng:Country ; rdfs:label ?label }\n"
              "ORDER BY ?label LIMIT 20</textarea>\n"
              "<p><label>Results <select name=\"format\"><option>json</option><option>xml</option>"
              "<option>csv</option><option>tsv</option></select></label> "
              "<button type=\"submit\">Run</button></p></form>\n");
  ng_buf_printf(out, "<p>Limits: %u s and %zu MB per query, %lu results.</p>\n",
                srv->lim.timeout_ms / 1000, srv->lim.mem_bytes >> 20, srv->max_results);
  page_end(out);
}

/* ------------------------------------------------------------------ events */

static const char *const role_props[] = {
    NG_NS "party",     NG_NS "participant", NG_NS "grantor",     NG_NS "grantee",
    NG_NS "buyer",     NG_NS "seller",      NG_NS "actor",       NG_NS "speaker",
    NG_NS "requestedBy", NG_NS "announcedBy", NG_NS "against",   NG_NS "destination",
    NG_NS "location"};

static bool is_role(const char *p) {
  for (size_t i = 0; i < sizeof role_props / sizeof role_props[0]; i++)
    if (p && strcmp(p, role_props[i]) == 0)
      return true;
  return false;
}

/* "Agreement (intelligence sharing)": the event's type other than ng:Event,
 * with its agreement type or status. */
static void event_type_text(gctx *g, librdf_node *e, ng_buf *out) {
  librdf_node *tp = iri_node(g, NG_RDF "type");
  librdf_iterator *it = tp ? librdf_model_get_targets(g->model, e, tp) : NULL;
  bool done = false;
  for (; it && !librdf_iterator_end(it) && !done; librdf_iterator_next(it)) {
    const char *t = node_iri(librdf_iterator_get_object(it));
    if (t && strncmp(t, NG_NS, strlen(NG_NS)) == 0 && strcmp(t, NG_NS "Event") != 0) {
      humanize(out, t + strlen(NG_NS));
      done = true;
    }
  }
  if (it)
    librdf_free_iterator(it);
  if (tp)
    librdf_free_node(tp);
  if (!done)
    ng_buf_adds(out, "Event");
  static const char *const qual[] = {NG_NS "agreementType", NG_NS "status", NG_NS "meetingStatus"};
  for (size_t i = 0; i < 3; i++) {
    librdf_node *q = target(g, e, qual[i]);
    const char *qi = node_iri(q);
    if (qi) {
      ng_buf_adds(out, " (");
      ng_buf h;
      ng_buf_init(&h);
      humanize(&h, local_name(qi));
      for (size_t k = 0; k < h.len; k++)
        h.data[k] = (char)tolower((unsigned char)h.data[k]);
      ng_buf_adds(out, h.data);
      ng_buf_free(&h);
      ng_buf_addc(out, ')');
    }
    if (q)
      librdf_free_node(q);
  }
}

/* The role statements of event E, in role order.  One indexed lookup per
 * role: a pattern with only the subject bound is a scan of the whole store
 * in Redland's hashes storage. */
static void event_roles(gctx *g, librdf_node *e, stmt_list *l) {
  for (size_t i = 0; i < sizeof role_props / sizeof role_props[0]; i++) {
    librdf_node *p = iri_node(g, role_props[i]);
    size_t from = l->n;
    stmts_find(g, l, e, p, NULL, l->n + 100);
    stmts_sort(l, from);
    librdf_free_node(p);
  }
}

/* The other parties of event E (role objects other than SELF), as links. */
static void event_parties(gctx *g, librdf_node *e, librdf_node *self, ng_buf *out) {
  stmt_list l;
  stmts_init(&l);
  event_roles(g, e, &l);
  bool first = true;
  for (size_t i = 0; i < l.n; i++) {
    librdf_node *p = librdf_statement_get_predicate(l.v[i].st);
    librdf_node *o = librdf_statement_get_object(l.v[i].st);
    if (!is_role(node_iri(p)) || !librdf_node_is_resource(o) || (self && librdf_node_equals(o, self)))
      continue;
    if (!first)
      ng_buf_adds(out, ", ");
    node_html(g, out, o);
    ng_buf_adds(out, " <small>(");
    humanize(out, local_name(node_iri(p)));
    ng_buf_adds(out, ")</small>");
    first = false;
  }
  stmts_free(&l);
}

/* One table row for event E: type (linked), date, ROLE, other parties. */
static void event_row(gctx *g, librdf_node *e, librdf_node *self, const char *role, ng_buf *out) {
  ng_buf t;
  ng_buf_init(&t);
  event_type_text(g, e, &t);
  ng_buf_adds(out, "<tr><td>");
  link_to(g->srv, out, node_iri(e), t.data);
  ng_buf_adds(out, "</td><td>");
  ng_buf d;
  ng_buf_init(&d);
  if (literal_of(g, e, NG_NS "date", &d))
    esc(out, d.data);
  ng_buf_adds(out, "</td>");
  if (role) {
    ng_buf_adds(out, "<td>");
    humanize(out, role);
    ng_buf_adds(out, "</td>");
  }
  ng_buf_adds(out, "<td>");
  event_parties(g, e, self, out);
  ng_buf q;
  ng_buf_init(&q);
  if (literal_of(g, e, NG_NS "quote", &q)) {
    ng_buf_adds(out, "<br><q>");
    esc(out, q.data);
    ng_buf_adds(out, "</q>");
  }
  ng_buf_free(&q);
  ng_buf_adds(out, "</td></tr>\n");
  ng_buf_free(&d);
  ng_buf_free(&t);
}

/* "Title" (date) of document DOC, linked. */
static void doc_ref(gctx *g, librdf_node *doc, ng_buf *out) {
  ng_buf t, d;
  ng_buf_init(&t);
  ng_buf_init(&d);
  label_of(g, doc, &t);
  link_to(g->srv, out, node_iri(doc), t.data);
  if (literal_of(g, doc, NG_SCHEMA "datePublished", &d)) {
    ng_buf_adds(out, ", ");
    esc(out, d.data);
  }
  ng_buf_free(&t);
  ng_buf_free(&d);
}

/* ------------------------------------------------------------------ entity pages */

/* The values of (X, P) as a comma-separated list of links or text. */
static void values_html(gctx *g, librdf_node *x, const char *p, ng_buf *out, bool *any) {
  stmt_list l;
  stmts_init(&l);
  librdf_node *pn = iri_node(g, p);
  stmts_find(g, &l, x, pn, NULL, HTML_MAX_ITEMS);
  librdf_free_node(pn);
  stmts_sort(&l, 0);
  *any = l.n > 0;
  for (size_t i = 0; i < l.n; i++) {
    if (i)
      ng_buf_adds(out, ", ");
    node_html(g, out, librdf_statement_get_object(l.v[i].st));
  }
  stmts_free(&l);
}

static void dl_row(gctx *g, librdf_node *x, const char *term, const char *p, ng_buf *out) {
  ng_buf v;
  ng_buf_init(&v);
  bool any = false;
  values_html(g, x, p, &v, &any);
  if (any) {
    ng_buf_adds(out, "<dt>");
    esc(out, term);
    ng_buf_adds(out, "</dt><dd>");
    ng_buf_adds(out, v.data);
    ng_buf_adds(out, "</dd>\n");
  }
  ng_buf_free(&v);
}

/* A table of statements (predicate, value) of L from FROM to TO; INCOMING
 * shows the subjects instead of the objects. */
static void statements_table(gctx *g, stmt_list *l, size_t from, size_t to, bool incoming, ng_buf *out) {
  ng_buf_adds(out, incoming ? "<table><tr><th>Subject</th><th>Property</th></tr>\n"
                            : "<table><tr><th>Property</th><th>Value</th></tr>\n");
  for (size_t i = from; i < to; i++) {
    librdf_statement *st = l->v[i].st;
    const char *p = node_iri(librdf_statement_get_predicate(st));
    ng_buf_adds(out, "<tr>");
    if (incoming) {
      ng_buf_adds(out, "<td class=\"v\">");
      node_html(g, out, librdf_statement_get_subject(st));
      ng_buf_adds(out, "</td>");
    }
    ng_buf_adds(out, "<td class=\"p\">");
    link_to(g->srv, out, p ? p : "", p ? local_name(p) : "");
    ng_buf_adds(out, "</td>");
    if (!incoming) {
      ng_buf_adds(out, "<td class=\"v\">");
      node_html(g, out, librdf_statement_get_object(st));
      ng_buf_adds(out, "</td>");
    }
    ng_buf_adds(out, "</tr>\n");
  }
  ng_buf_adds(out, "</table>\n");
}

/* The facts a document reports: the events mentioned in it, then the rest. */
static void document_facts(gctx *g, librdf_node *doc, ng_buf *out) {
  stmt_list l;
  stmts_init(&l);
  librdf_node *p = iri_node(g, NG_NS "mentionedIn");
  stmts_find(g, &l, NULL, p, doc, HTML_MAX_ITEMS);
  librdf_free_node(p);
  stmts_sort(&l, 0);
  ng_buf ev, ent;
  ng_buf_init(&ev);
  ng_buf_init(&ent);
  for (size_t i = 0; i < l.n; i++) {
    librdf_node *s = librdf_statement_get_subject(l.v[i].st);
    if (has_type(g, s, NG_NS "Event")) {
      event_row(g, s, NULL, NULL, &ev);
    } else {
      ng_buf_adds(&ent, "<tr><td>");
      node_html(g, &ent, s);
      ng_buf_adds(&ent, "</td><td>");
      librdf_node *t = target(g, s, NG_RDF "type");
      if (node_iri(t))
        humanize(&ent, local_name(node_iri(t)));
      if (t)
        librdf_free_node(t);
      ng_buf_adds(&ent, "</td></tr>\n");
    }
  }
  if (ev.len) {
    ng_buf_adds(out, "<h2>Events reported</h2>\n<table><tr><th>Event</th><th>Date</th><th>Parties</th></tr>\n");
    ng_buf_adds(out, ev.data);
    ng_buf_adds(out, "</table>\n");
  }
  if (ent.len) {
    ng_buf_adds(out, "<h2>Mentioned</h2>\n<table><tr><th>Name</th><th>Type</th></tr>\n");
    ng_buf_adds(out, ent.data);
    ng_buf_adds(out, "</table>\n");
  }
  ng_buf_free(&ev);
  ng_buf_free(&ent);
  stmts_free(&l);
}

ng_status ng_serve_html_entity(const ng_server *srv, const char *iri, FILE *out) {
  gctx g = gctx_of(srv);
  librdf_node *x = iri_node(&g, iri);
  if (!x)
    return NG_ERR_RDF;
  stmt_list l;
  stmts_init(&l);
  stmts_find(&g, &l, x, NULL, NULL, 2000);
  size_t n_out = l.n;
  stmts_sort(&l, 0);
  stmts_find(&g, &l, NULL, NULL, x, 2000 + n_out);
  stmts_sort(&l, n_out);
  if (l.n == 0) {
    stmts_free(&l);
    librdf_free_node(x);
    return NG_NOTHING;
  }
  ng_buf b, title;
  ng_buf_init(&b);
  ng_buf_init(&title);
  label_of(&g, x, &title);
  bool is_event = has_type(&g, x, NG_NS "Event");
  bool is_doc = has_type(&g, x, NG_NS "Document");
  if (is_event) {
    ng_buf_clear(&title);
    event_type_text(&g, x, &title);
  }
  page_start(&b, title.data);
  ng_buf_adds(&b, "<h1>");
  esc(&b, title.data);
  ng_buf_adds(&b, "</h1>\n<p class=\"iri\">");
  esc(&b, iri);
  ng_buf_adds(&b, "</p>\n<p class=\"types\">");
  for (size_t i = 0; i < n_out; i++) {
    librdf_statement *st = l.v[i].st;
    const char *p = node_iri(librdf_statement_get_predicate(st));
    const char *o = node_iri(librdf_statement_get_object(st));
    if (p && o && strcmp(p, NG_RDF "type") == 0) {
      ng_buf_adds(&b, "<span>");
      humanize(&b, local_name(o));
      ng_buf_adds(&b, "</span>");
    }
  }
  ng_buf_adds(&b, "</p>\n<dl>\n");
  dl_row(&g, x, "Name", NG_RDFS "label", &b);
  dl_row(&g, x, "Also known as", NG_SKOS "altLabel", &b);
  dl_row(&g, x, "Code", NG_NS "isoCode", &b);
  dl_row(&g, x, "Post", NG_NS "holdsPost", &b);
  dl_row(&g, x, "Title", NG_NS "title", &b);
  dl_row(&g, x, "Of", NG_NS "postOf", &b);
  dl_row(&g, x, "Country", NG_NS "country", &b);
  dl_row(&g, x, "Same as", NG_OWL "sameAs", &b);
  if (is_event) {
    dl_row(&g, x, "Date", NG_NS "date", &b);
    dl_row(&g, x, "Quote", NG_NS "quote", &b);
    dl_row(&g, x, "Confidence", NG_NS "confidence", &b);
    dl_row(&g, x, "Reported in", NG_NS "mentionedIn", &b);
  }
  if (is_doc) {
    dl_row(&g, x, "Title", NG_DCTERMS "title", &b);
    dl_row(&g, x, "Published", NG_SCHEMA "datePublished", &b);
    dl_row(&g, x, "Author", NG_SCHEMA "author", &b);
    dl_row(&g, x, "URL", NG_SCHEMA "url", &b);
    dl_row(&g, x, "File", NG_DCTERMS "identifier", &b);
    dl_row(&g, x, "SHA-256", NG_NS "sha256", &b);
  }
  ng_buf_adds(&b, "</dl>\n");

  /* the events X takes part in, and its quoted statements */
  ng_buf ev, quotes;
  ng_buf_init(&ev);
  ng_buf_init(&quotes);
  size_t n_ev = 0, n_q = 0;
  for (size_t i = n_out; i < l.n; i++) {
    librdf_statement *st = l.v[i].st;
    librdf_node *e = librdf_statement_get_subject(st);
    const char *p = node_iri(librdf_statement_get_predicate(st));
    if (!is_role(p) || !has_type(&g, e, NG_NS "Event"))
      continue;
    if (strcmp(p, NG_NS "speaker") == 0 && has_type(&g, e, NG_NS "Statement")) {
      if (n_q++ >= HTML_MAX_ITEMS)
        continue;
      ng_buf q;
      ng_buf_init(&q);
      if (literal_of(&g, e, NG_NS "quote", &q)) {
        ng_buf_adds(&quotes, "<blockquote>“");
        esc(&quotes, q.data);
        ng_buf_adds(&quotes, "”</blockquote>\n<p class=\"src\">");
        link_to(srv, &quotes, node_iri(e), "statement");
        stmt_list docs;
        stmts_init(&docs);
        librdf_node *mp = iri_node(&g, NG_NS "mentionedIn");
        stmts_find(&g, &docs, e, mp, NULL, 20);
        librdf_free_node(mp);
        stmts_sort(&docs, 0);
        for (size_t k = 0; k < docs.n; k++) {
          ng_buf_adds(&quotes, k ? "; " : " in ");
          doc_ref(&g, librdf_statement_get_object(docs.v[k].st), &quotes);
        }
        stmts_free(&docs);
        ng_buf_adds(&quotes, "</p>\n");
      }
      ng_buf_free(&q);
      continue;
    }
    if (n_ev++ < HTML_MAX_ITEMS)
      event_row(&g, e, x, local_name(p), &ev);
  }
  if (ev.len) {
    ng_buf_adds(&b, "<h2>Events</h2>\n<table><tr><th>Event</th><th>Date</th><th>Role</th><th>With</th></tr>\n");
    ng_buf_adds(&b, ev.data);
    ng_buf_adds(&b, "</table>\n");
  }
  if (quotes.len) {
    ng_buf_adds(&b, "<h2>Quotes</h2>\n");
    ng_buf_adds(&b, quotes.data);
  }
  ng_buf_free(&ev);
  ng_buf_free(&quotes);
  if (is_doc)
    document_facts(&g, x, &b);
  if (srv->has_dot) {
    ng_buf_adds(&b, "<h2>Neighbourhood</h2>\n<div class=\"pic\"><img src=\"");
    esc(&b, srv->base_path);
    esc(&b, iri + strlen(srv->base));
    ng_buf_adds(&b, "?format=svg\" alt=\"graph of the statements about ");
    esc(&b, title.data);
    ng_buf_adds(&b, "\"></div>\n");
  }
  ng_buf_adds(&b, "<h2>All statements</h2>\n");
  statements_table(&g, &l, 0, n_out, false, &b);
  if (l.n > n_out) {
    ng_buf_adds(&b, "<h2>Referenced by</h2>\n");
    statements_table(&g, &l, n_out, l.n, true, &b);
  }
  ng_buf_adds(&b, "<p>This page as <a href=\"?format=turtle\">Turtle</a>, <a href=\"?format=ntriples\">"
                  "N-Triples</a>, <a href=\"?format=rdfxml\">RDF/XML</a>, <a href=\"?format=jsonld\">"
                  "JSON-LD</a>.</p>\n");
  page_end(&b);
  fwrite(b.data, 1, b.len, out);
  ng_buf_free(&b);
  ng_buf_free(&title);
  stmts_free(&l);
  librdf_free_node(x);
  return ferror(out) ? NG_ERR_IO : NG_OK;
}

/* ------------------------------------------------------------------ RDF descriptions */

static void to_term(librdf_node *n, ng_term *t) {
  memset(t, 0, sizeof *t);
  if (librdf_node_is_resource(n)) {
    t->type = NG_TERM_IRI;
    t->value = node_iri(n);
  } else if (librdf_node_is_blank(n)) {
    t->type = NG_TERM_BLANK;
    t->value = (const char *)librdf_node_get_blank_identifier(n);
  } else {
    t->type = NG_TERM_LITERAL;
    t->value = node_literal(n);
    if (!t->value)
      t->value = "";
    const char *lang = librdf_node_get_literal_value_language(n);
    librdf_uri *dt = librdf_node_get_literal_value_datatype_uri(n);
    if (lang && *lang)
      t->lang = lang;
    else if (dt)
      t->datatype = (const char *)librdf_uri_as_string(dt);
  }
}

static ng_status write_list(const ng_server *srv, stmt_list *l, ng_format format, FILE *out) {
  ng_writer *w = NULL;
  ng_status rc = ng_writer_new(format, out, srv->base, &w);
  if (rc)
    return rc;
  ng_sink sink = ng_writer_sink(w);
  for (size_t i = 0; i < l->n && !rc; i++) {
    ng_statement st;
    memset(&st, 0, sizeof st);
    to_term(librdf_statement_get_subject(l->v[i].st), &st.s);
    to_term(librdf_statement_get_predicate(l->v[i].st), &st.p);
    to_term(librdf_statement_get_object(l->v[i].st), &st.o);
    rc = sink.statement(sink.ctx, &st);
  }
  ng_status frc = ng_writer_finish(w);
  ng_writer_free(w);
  return rc ? rc : frc;
}

ng_status ng_serve_describe(const ng_server *srv, const char *iri, ng_format format, FILE *out) {
  gctx g = gctx_of(srv);
  librdf_node *x = iri_node(&g, iri);
  if (!x)
    return NG_ERR_RDF;
  stmt_list l;
  stmts_init(&l);
  stmts_find(&g, &l, x, NULL, NULL, (size_t)-1);
  size_t n_out = l.n;
  stmts_sort(&l, 0);
  stmts_find(&g, &l, NULL, NULL, x, (size_t)-1);
  stmts_sort(&l, n_out);
  if (l.n && has_type(&g, x, NG_NS "Document")) {
    /* its mentions' hash IRIs (doc#char=B,E) dereference to the document:
     * describe them here too (indexed lookups, property by property) */
    static const char *const mention_props[] = {
        NG_RDF "type", NG_NS "inDocument",
        "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex",
        "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#endIndex",
        "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf"};
    size_t n_desc = l.n, from = l.n;
    librdf_node *in_doc = iri_node(&g, NG_NS "inDocument");
    for (size_t i = n_out; i < n_desc; i++) {
      librdf_statement *st = l.v[i].st;
      if (!librdf_node_equals(librdf_statement_get_predicate(st), in_doc))
        continue;
      librdf_node *m = librdf_statement_get_subject(st);
      for (size_t k = 0; k < sizeof mention_props / sizeof mention_props[0]; k++) {
        librdf_node *p = iri_node(&g, mention_props[k]);
        stmts_find(&g, &l, m, p, NULL, (size_t)-1);
        librdf_free_node(p);
      }
    }
    librdf_free_node(in_doc);
    stmts_sort(&l, from);
  }
  ng_status rc = l.n ? write_list(srv, &l, format, out) : NG_NOTHING;
  stmts_free(&l);
  librdf_free_node(x);
  return rc;
}

/* ------------------------------------------------------------------ the picture */

ng_status ng_serve_svg(const ng_server *srv, const char *iri, FILE *out) {
  gctx g = gctx_of(srv);
  librdf_node *x = iri_node(&g, iri);
  if (!x)
    return NG_ERR_RDF;
  stmt_list l, tmp;
  stmts_init(&l);
  stmts_init(&tmp);
  stmts_find(&g, &tmp, x, NULL, NULL, SVG_MAX_STATEMENTS);
  stmts_find(&g, &tmp, NULL, NULL, x, SVG_MAX_STATEMENTS);
  if (tmp.n == 0) {
    stmts_free(&tmp);
    stmts_free(&l);
    librdf_free_node(x);
    return NG_NOTHING;
  }
  /* X's edges (without its mentions), the events it is in with their other
   * parties, and the labels of everything drawn */
  stmts_sort(&tmp, 0);
  librdf_node *label = iri_node(&g, NG_RDFS "label");
  for (size_t i = 0; i < tmp.n && l.n < SVG_MAX_STATEMENTS; i++) {
    librdf_statement *st = tmp.v[i].st;
    const char *p = node_iri(librdf_statement_get_predicate(st));
    librdf_node *s = librdf_statement_get_subject(st);
    librdf_node *o = librdf_statement_get_object(st);
    if (p && (strcmp(p, NG_NS "mention") == 0 || strcmp(p, NG_NS "inDocument") == 0))
      continue;
    if (librdf_node_is_literal(o) && librdf_node_equals(s, x) && p && strcmp(p, NG_RDFS "label") != 0)
      continue;
    stmts_find(&g, &l, s, librdf_statement_get_predicate(st), o, l.n + 1);
    librdf_node *other = librdf_node_equals(s, x) ? o : s;
    if (!librdf_node_is_resource(other))
      continue;
    stmts_find(&g, &l, other, label, NULL, l.n + 1);
    if (!librdf_node_equals(s, x) && is_role(p) && has_type(&g, s, NG_NS "Event")) {
      stmt_list ev;
      stmts_init(&ev);
      event_roles(&g, s, &ev);
      for (size_t k = 0; k < ev.n && l.n < SVG_MAX_STATEMENTS; k++) {
        librdf_node *eo = librdf_statement_get_object(ev.v[k].st);
        const char *ep = node_iri(librdf_statement_get_predicate(ev.v[k].st));
        if (!is_role(ep) || !librdf_node_is_resource(eo))
          continue;
        stmts_find(&g, &l, s, librdf_statement_get_predicate(ev.v[k].st), eo, l.n + 1);
        stmts_find(&g, &l, eo, label, NULL, l.n + 1);
      }
      stmts_free(&ev);
    }
  }
  librdf_free_node(label);
  stmts_free(&tmp);
  char *dot = NULL;
  size_t dotlen = 0;
  FILE *mem = open_memstream(&dot, &dotlen);
  ng_status rc = mem ? write_list(srv, &l, NG_FMT_DOT, mem) : NG_ERR_NOMEM;
  if (mem)
    fclose(mem);
  stmts_free(&l);
  librdf_free_node(x);
  if (!rc) {
    ng_buf svg;
    ng_buf_init(&svg);
    char *const argv[] = {"dot", "-Tsvg", NULL};
    rc = ng_filter_run(argv, dot, dotlen, 10000, SVG_MAX_BYTES, &svg);
    if (!rc)
      fwrite(svg.data, 1, svg.len, out);
    else
      fprintf(stderr, "newsgraph: error: Graphviz dot could not draw the picture\n");
    ng_buf_free(&svg);
  }
  free(dot);
  return rc;
}

/* ------------------------------------------------------------------ home */

/* The subjects of type TYPE, sorted by their key (label, date, ...). */
typedef struct {
  char *key;
  librdf_node *node;
} keyed;

static int keyed_cmp(const void *a, const void *b) {
  return strcmp(((const keyed *)a)->key, ((const keyed *)b)->key);
}

static size_t of_type(gctx *g, const char *type, keyed **out, bool by_date_desc) {
  stmt_list l;
  stmts_init(&l);
  librdf_node *p = iri_node(g, NG_RDF "type");
  librdf_node *t = iri_node(g, type);
  stmts_find(g, &l, NULL, p, t, (size_t)-1);
  librdf_free_node(p);
  librdf_free_node(t);
  keyed *v = ng_xcalloc(l.n ? l.n : 1, sizeof *v);
  for (size_t i = 0; i < l.n; i++) {
    librdf_node *s = librdf_statement_get_subject(l.v[i].st);
    ng_buf k;
    ng_buf_init(&k);
    if (by_date_desc) {
      /* newest first: invert the digits of the date */
      ng_buf d;
      ng_buf_init(&d);
      if (!literal_of(g, s, NG_SCHEMA "datePublished", &d))
        literal_of(g, s, NG_NS "date", &d);
      for (size_t c = 0; c < 10; c++)
        ng_buf_addc(&k, c < d.len && isdigit((unsigned char)d.data[c]) ? (char)('9' - d.data[c] + '0') : '~');
      ng_buf_free(&d);
    }
    label_of(g, s, &k);
    ng_buf_addc(&k, '\x01');
    node_key(&k, s);
    v[i].key = ng_buf_steal(&k);
    v[i].node = librdf_new_node_from_node(s);
  }
  size_t n = l.n;
  stmts_free(&l);
  qsort(v, n, sizeof *v, keyed_cmp);
  *out = v;
  return n;
}

static void keyed_free(keyed *v, size_t n) {
  for (size_t i = 0; i < n; i++) {
    free(v[i].key);
    librdf_free_node(v[i].node);
  }
  free(v);
}

ng_status ng_serve_html_home(const ng_server *srv, FILE *out) {
  gctx g = gctx_of(srv);
  ng_buf b;
  ng_buf_init(&b);
  page_start(&b, "newsgraph");
  keyed *docs, *countries, *events;
  size_t nd = of_type(&g, NG_NS "Document", &docs, true);
  size_t nc = of_type(&g, NG_NS "Country", &countries, false);
  size_t ne = of_type(&g, NG_NS "Event", &events, true);
  ng_buf_printf(&b, "<h1>newsgraph</h1>\n<p>%zu article%s, %zu countr%s, %zu event%s. "
                "Ask anything at the <a href=\"/sparql\">SPARQL endpoint</a>.</p>\n",
                nd, nd == 1 ? "" : "s", nc, nc == 1 ? "y" : "ies", ne, ne == 1 ? "" : "s");
  ng_buf_adds(&b, "<h2>Articles</h2>\n<table><tr><th>Title</th><th>Published</th></tr>\n");
  for (size_t i = 0; i < nd && i < HTML_MAX_ITEMS; i++) {
    ng_buf t, d;
    ng_buf_init(&t);
    ng_buf_init(&d);
    label_of(&g, docs[i].node, &t);
    literal_of(&g, docs[i].node, NG_SCHEMA "datePublished", &d);
    ng_buf_adds(&b, "<tr><td>");
    link_to(srv, &b, node_iri(docs[i].node), t.data);
    ng_buf_adds(&b, "</td><td>");
    esc(&b, d.data ? d.data : "");
    ng_buf_adds(&b, "</td></tr>\n");
    ng_buf_free(&t);
    ng_buf_free(&d);
  }
  ng_buf_adds(&b, "</table>\n<h2>Countries</h2>\n<p>");
  for (size_t i = 0; i < nc && i < HTML_MAX_ITEMS; i++) {
    if (i)
      ng_buf_adds(&b, " · ");
    node_html(&g, &b, countries[i].node);
  }
  ng_buf_adds(&b, "</p>\n<h2>Events</h2>\n<table><tr><th>Event</th><th>Date</th><th>Parties</th></tr>\n");
  for (size_t i = 0; i < ne && i < HTML_MAX_ITEMS; i++)
    event_row(&g, events[i].node, NULL, NULL, &b);
  ng_buf_adds(&b, "</table>\n");
  if (nd > HTML_MAX_ITEMS || nc > HTML_MAX_ITEMS || ne > HTML_MAX_ITEMS)
    ng_buf_printf(&b, "<p>Lists stop after %d entries: use SPARQL for the rest.</p>\n", HTML_MAX_ITEMS);
  page_end(&b);
  keyed_free(docs, nd);
  keyed_free(countries, nc);
  keyed_free(events, ne);
  fwrite(b.data, 1, b.len, out);
  ng_buf_free(&b);
  return ferror(out) ? NG_ERR_IO : NG_OK;
}

/* ------------------------------------------------------------------ VoID */

typedef struct {
  ng_sink sink;
  ng_status rc;
} emit_ctx;

static void emit(emit_ctx *e, const char *s, const char *p, const char *o, bool literal, const char *dt) {
  if (e->rc)
    return;
  ng_statement st;
  memset(&st, 0, sizeof st);
  st.s.type = NG_TERM_IRI;
  st.s.value = s;
  st.p.type = NG_TERM_IRI;
  st.p.value = p;
  st.o.type = literal ? NG_TERM_LITERAL : NG_TERM_IRI;
  st.o.value = o;
  st.o.datatype = dt;
  e->rc = e->sink.statement(e->sink.ctx, &st);
}

ng_status ng_serve_void(const ng_server *srv, ng_format format, FILE *out) {
  gctx g = gctx_of(srv);
  /* one pass over every statement (one per graph it is in, as 'stats' counts) */
  unsigned long triples = 0, entities = 0;
  ng_strmap *subjects = ng_strmap_new();
  char *example = NULL;
  size_t bl = strlen(srv->base);
  librdf_stream *all = librdf_model_as_stream(g.model);
  ng_buf k;
  ng_buf_init(&k);
  for (; all && !librdf_stream_end(all); librdf_stream_next(all)) {
    librdf_statement *st = librdf_stream_get_object(all);
    if (!st)
      continue;
    triples++;
    librdf_node *s = librdf_statement_get_subject(st);
    ng_buf_clear(&k);
    node_key(&k, s);
    if (ng_strmap_get(subjects, k.data))
      continue;
    ng_strmap_put(subjects, k.data, subjects);
    const char *iri = node_iri(s);
    if (iri && strncmp(iri, srv->base, bl) == 0 && !strchr(iri + bl, '#')) {
      entities++;
      /* the example: the first person by IRI, else the first entity */
      bool person = strncmp(iri + bl, "person-", 7) == 0;
      bool ex_person = example && strncmp(example + bl, "person-", 7) == 0;
      if (!example || (person && !ex_person) || (person == ex_person && strcmp(iri, example) < 0)) {
        free(example);
        example = ng_xstrdup(iri);
      }
    }
  }
  ng_buf_free(&k);
  if (all)
    librdf_free_stream(all);
  unsigned long distinct = (unsigned long)ng_strmap_size(subjects);
  ng_strmap_free(subjects, NULL);

  ng_buf ds, ep, n1, n2, n3;
  ng_buf_init(&ds);
  ng_buf_init(&ep);
  ng_buf_init(&n1);
  ng_buf_init(&n2);
  ng_buf_init(&n3);
  ng_buf_printf(&ds, "%s/.well-known/void#dataset", srv->public_root);
  ng_buf_printf(&ep, "%s/sparql", srv->public_root);
  ng_buf_printf(&n1, "%lu", triples);
  ng_buf_printf(&n2, "%lu", entities);
  ng_buf_printf(&n3, "%lu", distinct);
  char *text = NULL;
  size_t textlen = 0;
  FILE *target_stream = out;
  if (format == NG_FMT_UNKNOWN) {
    target_stream = open_memstream(&text, &textlen);
    if (!target_stream)
      return NG_ERR_NOMEM;
  }
  ng_writer *w = NULL;
  ng_status rc = ng_writer_new(format == NG_FMT_UNKNOWN ? NG_FMT_TURTLE : format, target_stream, srv->base, &w);
  if (!rc) {
    emit_ctx e = {ng_writer_sink(w), NG_OK};
    const char *XSDI = "http://www.w3.org/2001/XMLSchema#integer";
    emit(&e, ds.data, NG_RDF "type", NG_VOID "Dataset", false, NULL);
    emit(&e, ds.data, NG_DCTERMS "title", "newsgraph: a knowledge graph of news articles", true, NULL);
    emit(&e, ds.data, NG_VOID "triples", n1.data, true, XSDI);
    emit(&e, ds.data, NG_VOID "entities", n2.data, true, XSDI);
    emit(&e, ds.data, NG_VOID "distinctSubjects", n3.data, true, XSDI);
    emit(&e, ds.data, NG_VOID "sparqlEndpoint", ep.data, false, NULL);
    emit(&e, ds.data, NG_VOID "uriSpace", srv->base, true, NULL);
    emit(&e, ds.data, NG_VOID "vocabulary", NG_NS, false, NULL);
    if (example)
      emit(&e, ds.data, NG_VOID "exampleResource", example, false, NULL);
    ng_status frc = ng_writer_finish(w);
    rc = e.rc ? e.rc : frc;
    ng_writer_free(w);
  }
  if (format == NG_FMT_UNKNOWN) {
    fclose(target_stream);
    ng_buf b;
    ng_buf_init(&b);
    page_start(&b, "VoID");
    ng_buf_printf(&b, "<h1>The dataset</h1>\n<dl><dt>Triples</dt><dd>%lu</dd><dt>Entities</dt><dd>%lu</dd>"
                  "<dt>Distinct subjects</dt><dd>%lu</dd></dl>\n<pre>", triples, entities, distinct);
    ng_html_escape(&b, text ? text : "", textlen);
    ng_buf_adds(&b, "</pre>\n");
    page_end(&b);
    fwrite(b.data, 1, b.len, out);
    ng_buf_free(&b);
    free(text);
  }
  free(example);
  ng_buf_free(&ds);
  ng_buf_free(&ep);
  ng_buf_free(&n1);
  ng_buf_free(&n2);
  ng_buf_free(&n3);
  return rc ? rc : (ferror(out) ? NG_ERR_IO : NG_OK);
}
