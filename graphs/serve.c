/* serve.c - newsgraph serve: linked data and a SPARQL endpoint over HTTP
 * (libmicrohttpd).
 *
 *   /                   home page: the articles, countries and events
 *   BASEPATH/xxx        the minted IRI BASE+xxx, content-negotiated (Turtle,
 *                       N-Triples, RDF/XML, JSON-LD, HTML; ?format= overrides;
 *                       ?format=svg draws its neighbourhood with Graphviz)
 *   /sparql             SPARQL 1.1 Protocol, read-only (GET, POST form or
 *                       application/sparql-query); no query: a form
 *   /.well-known/void   VoID description of the dataset
 *
 * Concurrency and robustness.  librdf and rasqal are not thread-safe over a
 * shared world, and rasqal crashes on some query forms.  So the daemon's
 * threads never touch librdf: the graph is opened (a store read-only, or a
 * graph file loaded into memory) once, before the daemon starts, and every
 * request that needs it runs in a forked sandbox child (graphs/sandbox.c)
 * that inherits the opened graph copy-on-write, writes the response body
 * into a pipe under the time, memory and size limits, and exits.  A crash
 * costs one child and becomes a 500; a slow query is killed and becomes a
 * 503.  Each connection has its own thread (MHD's thread-per-connection
 * mode), so a slow query holds up only its own client: with a thread pool,
 * the connections queued on a thread whose handler waits for a child would
 * wait too (and be dropped by the idle timeout).  Connections are bounded by
 * MHD's connection limit and idle timeout, children by a semaphore
 * (--threads), request sizes by MHD's memory pool (URL and headers) and our
 * bound on POST bodies.  The server serves the store as it was when it
 * started.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif
#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif

#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <netinet/in.h>
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <microhttpd.h>

#include "graphs/serve_internal.h"

#define SERVE_MAX_BODY (64u * 1024u)        /* POST bodies (413 beyond) */
#define SERVE_MAX_PATH 2048                 /* bytes of a request path */
#define SERVE_POOL_MEMORY (96u * 1024u)     /* MHD per-connection memory: URL + headers */
#define SERVE_MAX_CONNECTIONS 512
#define SERVE_CONNECTION_TIMEOUT 30         /* seconds of inactivity */
#define SERVE_DEFAULT_MAX_OUTPUT (64u << 20) /* bytes of one response body */

enum { EXIT_OK = 0, EXIT_FAIL = 1, EXIT_USAGE = 2 };

/* ------------------------------------------------------------------ negotiation */

/* The q-value ACCEPT gives TYPE ("text/turtle"): that of the most specific
 * matching media range; 0 if none matches.  No Accept means any type (q 1). */
static double accept_q(const char *accept, const char *type) {
  if (!accept || !*accept)
    return 1.0;
  const char *slash = strchr(type, '/');
  size_t major = slash ? (size_t)(slash - type) : strlen(type);
  int best_spec = -1;
  double best_q = 0.0;
  const char *p = accept;
  while (*p) {
    while (*p == ' ' || *p == ',' || *p == '\t')
      p++;
    if (!*p)
      break;
    const char *end = p + strcspn(p, ",");
    const char *semi = memchr(p, ';', (size_t)(end - p));
    const char *rend = semi ? semi : end;
    while (rend > p && (rend[-1] == ' ' || rend[-1] == '\t'))
      rend--;
    size_t rlen = (size_t)(rend - p);
    int spec = -1;
    if (rlen == 3 && strncmp(p, "*/*", 3) == 0)
      spec = 0;
    else if (rlen == major + 2 && strncasecmp(p, type, major) == 0 && p[major] == '/' && p[major + 1] == '*')
      spec = 1;
    else if (rlen == strlen(type) && strncasecmp(p, type, rlen) == 0)
      spec = 2;
    if (spec >= 0) {
      double q = 1.0;
      for (const char *s = semi; s && s < end; s = memchr(s + 1, ';', (size_t)(end - s - 1))) {
        const char *v = s + 1;
        while (*v == ' ')
          v++;
        if ((v[0] == 'q' || v[0] == 'Q') && v[1] == '=') {
          q = strtod(v + 2, NULL);
          if (!(q >= 0.0 && q <= 1.0))
            q = 0.0;
        }
      }
      if (spec > best_spec) {
        best_spec = spec;
        best_q = q;
      }
    }
    p = *end ? end + 1 : end;
  }
  return best_q;
}

typedef struct {
  const char *mime;   /* a type a client may ask for */
  int kind;           /* what it selects */
} mime_choice;

/* Index in CHOICES of the kind ACCEPT prefers (highest q; ties go to the
 * earlier entry); -1 if it accepts none. */
static int negotiate(const char *accept, const mime_choice *choices, size_t n) {
  int best = -1;
  double best_q = 0.0;
  for (size_t i = 0; i < n; i++) {
    double q = accept_q(accept, choices[i].mime);
    if (q > best_q) {
      best_q = q;
      best = (int)i;
    }
  }
  return best;
}

/* ------------------------------------------------------------------ kinds */

enum { K_TURTLE, K_NTRIPLES, K_RDFXML, K_JSONLD, K_HTML, K_SVG };
static const mime_choice rdf_choices[] = {
    {"text/turtle", K_TURTLE},         {"text/html", K_HTML},
    {"application/xhtml+xml", K_HTML}, {"application/n-triples", K_NTRIPLES},
    {"application/rdf+xml", K_RDFXML}, {"application/ld+json", K_JSONLD},
    {"application/json", K_JSONLD},    {"text/plain", K_NTRIPLES}};
static const struct {
  const char *name;
  int kind;
} rdf_format_names[] = {{"turtle", K_TURTLE},   {"ttl", K_TURTLE},    {"ntriples", K_NTRIPLES},
                        {"nt", K_NTRIPLES},     {"rdfxml", K_RDFXML}, {"rdf", K_RDFXML},
                        {"xml", K_RDFXML},      {"jsonld", K_JSONLD}, {"json", K_JSONLD},
                        {"html", K_HTML},       {"svg", K_SVG}};

static const char *kind_mime(int k) {
  switch (k) {
  case K_TURTLE: return "text/turtle; charset=utf-8";
  case K_NTRIPLES: return "application/n-triples";
  case K_RDFXML: return "application/rdf+xml";
  case K_JSONLD: return "application/ld+json";
  case K_SVG: return "image/svg+xml";
  default: return "text/html; charset=utf-8";
  }
}

static ng_format kind_format(int k) {
  switch (k) {
  case K_TURTLE: return NG_FMT_TURTLE;
  case K_NTRIPLES: return NG_FMT_NTRIPLES;
  case K_RDFXML: return NG_FMT_RDFXML;
  case K_JSONLD: return NG_FMT_JSONLD;
  default: return NG_FMT_UNKNOWN;
  }
}

/* SPARQL results: the result formats, then the graph ones. */
enum { R_JSON, R_XML, R_CSV, R_TSV, R_TURTLE, R_NTRIPLES };
static const mime_choice results_choices[] = {
    {"application/sparql-results+json", R_JSON}, {"application/sparql-results+xml", R_XML},
    {"text/csv", R_CSV},                         {"text/tab-separated-values", R_TSV},
    {"application/json", R_JSON},                {"application/xml", R_XML}};
static const mime_choice graph_choices[] = {
    {"text/turtle", R_TURTLE}, {"application/n-triples", R_NTRIPLES}, {"text/plain", R_NTRIPLES}};

/* ------------------------------------------------------------------ jobs (in children) */

typedef enum { JOB_DESCRIBE, JOB_HTML, JOB_SVG, JOB_HOME, JOB_VOID, JOB_SPARQL } job_kind;

typedef struct {
  const ng_server *srv;
  job_kind kind;
  const char *iri;            /* the entity */
  ng_format format;           /* RDF format, or NG_FMT_UNKNOWN for HTML */
  const char *query;
  ng_result_format rfmt;
  bool too_many;              /* set in the child: more than max_results rows */
  unsigned long writes;
  FILE *out;                  /* the child's output, under the capped stream */
} serve_job;

/* The result printers of graphs/query.c write a header, then each row (or
 * triple) with one fwrite, then a footer: counting writes on an unbuffered
 * stream counts rows, so a result over --max-results stops right there. */
static ssize_t capped_write(void *cookie, const char *buf, size_t n) {
  serve_job *j = cookie;
  if (++j->writes > j->srv->max_results + 2) {
    j->too_many = true;
    errno = EFBIG;
    return -1;
  }
  return fwrite(buf, 1, n, j->out) == n ? (ssize_t)n : -1;
}

static ng_status job_sparql(serve_job *j, FILE *out) {
  j->out = out;
  cookie_io_functions_t io = {NULL, capped_write, NULL, NULL};
  FILE *capped = fopencookie(j, "w", io);
  if (!capped)
    return NG_ERR_IO;
  setvbuf(capped, NULL, _IONBF, 0);
  ng_status rc = ng_graph_query(j->srv->graph, j->query, j->rfmt, capped);
  fclose(capped);
  if (j->too_many) {
    fprintf(stderr, "newsgraph: error: the answer has more than %lu results (--max-results); "
                    "add LIMIT (and OFFSET to page)\n", j->srv->max_results);
    return NG_ERR_NOMEM;
  }
  return rc;
}

static ng_status job_run(void *ctx, FILE *out) {
  serve_job *j = ctx;
  switch (j->kind) {
  case JOB_DESCRIBE: return ng_serve_describe(j->srv, j->iri, j->format, out);
  case JOB_HTML: return ng_serve_html_entity(j->srv, j->iri, out);
  case JOB_SVG: return ng_serve_svg(j->srv, j->iri, out);
  case JOB_HOME: return ng_serve_html_home(j->srv, out);
  case JOB_VOID: return ng_serve_void(j->srv, j->format, out);
  case JOB_SPARQL: return job_sparql(j, out);
  }
  return NG_ERR_USAGE;
}

/* ------------------------------------------------------------------ responses */

typedef struct {
  ng_buf body;       /* POST body (bounded) */
  bool too_big;
} serve_request;

static enum MHD_Result send_response(const ng_server *srv, struct MHD_Connection *c, unsigned code,
                                     const char *ctype, const char *body, size_t len, bool vary) {
  struct MHD_Response *r =
      MHD_create_response_from_buffer(len, (void *)(body ? body : ""), MHD_RESPMEM_MUST_COPY);
  if (!r)
    return MHD_NO;
  MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, ctype);
  MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
  MHD_add_response_header(r, "Content-Security-Policy", srv->csp);
  MHD_add_response_header(r, "Referrer-Policy", "no-referrer");
  MHD_add_response_header(r, "X-Frame-Options", "DENY");
  if (vary)
    MHD_add_response_header(r, MHD_HTTP_HEADER_VARY, "Accept");
  if (code == MHD_HTTP_METHOD_NOT_ALLOWED)
    MHD_add_response_header(r, MHD_HTTP_HEADER_ALLOW, "GET, HEAD, POST");
  enum MHD_Result ret = MHD_queue_response(c, code, r);
  MHD_destroy_response(r);
  return ret;
}

/* A short error: HTML for browsers, text otherwise. */
static enum MHD_Result send_error(const ng_server *srv, struct MHD_Connection *c, unsigned code,
                                  const char *title, const char *message) {
  const char *accept = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_ACCEPT);
  ng_buf b;
  ng_buf_init(&b);
  enum MHD_Result ret;
  if (accept && accept_q(accept, "text/html") > 0 && strstr(accept, "text/html")) {
    ng_serve_html_message(&b, title, message);
    ret = send_response(srv, c, code, "text/html; charset=utf-8", b.data, b.len, false);
  } else {
    size_t n = strlen(message);
    while (n && message[n - 1] == '\n')
      n--;
    bool lines = memchr(message, '\n', n) != NULL;
    ng_buf_printf(&b, "%s:%s%.*s\n", title, lines ? "\n" : " ", (int)n, message);
    ret = send_response(srv, c, code, "text/plain; charset=utf-8", b.data, b.len, false);
  }
  ng_buf_free(&b);
  return ret;
}

/* At most --threads children at once. */
static sem_t children;

/* Runs JOB in the sandbox and answers with its body, or with the error the
 * way it ended deserves. */
static enum MHD_Result run_job(const ng_server *srv, struct MHD_Connection *c, serve_job *job,
                               const char *ctype, bool vary) {
  ng_buf body, err;
  ng_buf_init(&body);
  ng_buf_init(&err);
  ng_sandbox_end end = NG_SANDBOX_EXITED;
  while (sem_wait(&children) != 0 && errno == EINTR)
    ;
  ng_status rc = ng_sandbox_exec(job_run, job, &srv->lim, &body, &err, &end);
  sem_post(&children);
  enum MHD_Result ret;
  const char *msg = err.len ? err.data : "";
  if (end == NG_SANDBOX_EXITED && rc == NG_OK) {
    ret = send_response(srv, c, MHD_HTTP_OK, ctype, body.data, body.len, vary);
  } else if (end == NG_SANDBOX_EXITED && rc == NG_NOTHING) {
    ret = send_error(srv, c, MHD_HTTP_NOT_FOUND, "Not Found", "this dataset says nothing about this IRI");
  } else if (end == NG_SANDBOX_CRASHED) {
    ret = send_error(srv, c, MHD_HTTP_INTERNAL_SERVER_ERROR, "Internal Server Error", msg);
  } else if (end == NG_SANDBOX_TIMEOUT || end == NG_SANDBOX_MEMORY || end == NG_SANDBOX_FAILED) {
    ret = send_error(srv, c, MHD_HTTP_SERVICE_UNAVAILABLE, "Service Unavailable", msg);
  } else if (end == NG_SANDBOX_OUTPUT || rc == NG_ERR_QUERY || rc == NG_ERR_NOMEM || rc == NG_ERR_USAGE) {
    ret = send_error(srv, c, MHD_HTTP_BAD_REQUEST, "Bad Request", msg);
  } else {
    ret = send_error(srv, c, MHD_HTTP_INTERNAL_SERVER_ERROR, "Internal Server Error",
                     *msg ? msg : ng_strerror(rc));
  }
  ng_buf_free(&body);
  ng_buf_free(&err);
  return ret;
}

/* ------------------------------------------------------------------ /sparql */

static int hexval(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* The value of KEY in an application/x-www-form-urlencoded BODY (decoded,
 * '+' as space) appended to OUT; false if absent. */
static bool form_value(const char *body, size_t len, const char *key, ng_buf *out) {
  size_t klen = strlen(key);
  size_t i = 0;
  while (i < len) {
    size_t end = i;
    while (end < len && body[end] != '&')
      end++;
    if (end - i > klen && strncmp(body + i, key, klen) == 0 && body[i + klen] == '=') {
      for (size_t k = i + klen + 1; k < end; k++) {
        char ch = body[k];
        if (ch == '+')
          ch = ' ';
        else if (ch == '%' && k + 2 < end && hexval(body[k + 1]) >= 0 && hexval(body[k + 2]) >= 0) {
          ch = (char)(hexval(body[k + 1]) * 16 + hexval(body[k + 2]));
          k += 2;
        }
        ng_buf_addc(out, ch);
      }
      return true;
    }
    if (end - i == klen && strncmp(body + i, key, klen) == 0)
      return true; /* "key" alone: present, empty */
    i = end + 1;
  }
  return false;
}

/* Whether the media type CT (its first CTLEN bytes) is TYPE. */
static bool ct_is(const char *ct, size_t ctlen, const char *type) {
  return ct && ctlen == strlen(type) && strncasecmp(ct, type, ctlen) == 0;
}

static enum MHD_Result handle_sparql(const ng_server *srv, struct MHD_Connection *c, const char *method,
                                     serve_request *req) {
  ng_buf query, fmtname;
  ng_buf_init(&query);
  ng_buf_init(&fmtname);
  bool have_query = false, have_update = false, dataset = false;
  const char *v;
  enum MHD_Result ret;
  if ((v = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "query"))) {
    ng_buf_adds(&query, v);
    have_query = true;
  }
  if (MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "update"))
    have_update = true;
  if (MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "default-graph-uri") ||
      MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "named-graph-uri"))
    dataset = true;
  if ((v = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "format")))
    ng_buf_adds(&fmtname, v);
  if (strcmp(method, "POST") == 0) {
    const char *ct = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_TYPE);
    size_t ctlen = ct ? strcspn(ct, ";") : 0;
    while (ctlen && ct[ctlen - 1] == ' ')
      ctlen--;
    const char *b = req->body.data ? req->body.data : "";
    if (ct_is(ct, ctlen, "application/x-www-form-urlencoded")) {
      ng_buf tmp;
      ng_buf_init(&tmp);
      if (form_value(b, req->body.len, "query", &query))
        have_query = true;
      if (form_value(b, req->body.len, "update", &tmp))
        have_update = true;
      if (form_value(b, req->body.len, "default-graph-uri", &tmp) ||
          form_value(b, req->body.len, "named-graph-uri", &tmp))
        dataset = true;
      if (!fmtname.len)
        form_value(b, req->body.len, "format", &fmtname);
      ng_buf_free(&tmp);
    } else if (ct_is(ct, ctlen, "application/sparql-query")) {
      ng_buf_add(&query, b, req->body.len);
      have_query = true;
    } else if (ct_is(ct, ctlen, "application/sparql-update")) {
      have_update = true;
    } else {
      ret = send_error(srv, c, MHD_HTTP_UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type",
                       "POST a query as application/x-www-form-urlencoded (query=...) or as "
                       "application/sparql-query");
      goto done;
    }
  }
  if (have_update) {
    ret = send_error(srv, c, MHD_HTTP_FORBIDDEN, "Forbidden",
                     "this SPARQL endpoint is read-only: updates are not accepted");
    goto done;
  }
  if (!have_query) {
    ng_buf page;
    ng_buf_init(&page);
    ng_serve_html_sparql_form(srv, &page);
    ret = send_response(srv, c, MHD_HTTP_OK, "text/html; charset=utf-8", page.data, page.len, false);
    ng_buf_free(&page);
    goto done;
  }
  if (dataset) {
    ret = send_error(srv, c, MHD_HTTP_BAD_REQUEST, "Bad Request",
                     "default-graph-uri and named-graph-uri are not supported: the dataset is "
                     "the whole store (use GRAPH in the query)");
    goto done;
  }
  if (memchr(query.data ? query.data : "", '\0', query.len) || query.len == 0) {
    ret = send_error(srv, c, MHD_HTTP_BAD_REQUEST, "Bad Request", "an empty query or one with a NUL byte");
    goto done;
  }
  bool update = false, remote = false;
  const char *form = ng_query_form(query.data, &update, &remote);
  if (update) {
    ret = send_error(srv, c, MHD_HTTP_FORBIDDEN, "Forbidden",
                     "this SPARQL endpoint is read-only: updates (INSERT, DELETE, LOAD, CLEAR, "
                     "DROP, CREATE, ...) are not accepted");
    goto done;
  }
  if (remote) {
    ret = send_error(srv, c, MHD_HTTP_FORBIDDEN, "Forbidden",
                     "SERVICE and FROM are not accepted: the endpoint answers from its own "
                     "dataset only and fetches nothing");
    goto done;
  }
  if (!form) {
    ret = send_error(srv, c, MHD_HTTP_BAD_REQUEST, "Bad Request",
                     "not a SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE)");
    goto done;
  }
  bool graph = strcmp(form, "CONSTRUCT") == 0 || strcmp(form, "DESCRIBE") == 0;
  const char *accept = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_ACCEPT);
  int kind = -1;
  if (fmtname.len) {
    static const struct {
      const char *name;
      int kind;
    } names[] = {{"json", R_JSON}, {"xml", R_XML},         {"csv", R_CSV},
                 {"tsv", R_TSV},   {"turtle", R_TURTLE},   {"ntriples", R_NTRIPLES}};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
      if (strcasecmp(fmtname.data, names[i].name) == 0)
        kind = names[i].kind;
    if (kind < 0) {
      ret = send_error(srv, c, MHD_HTTP_BAD_REQUEST, "Bad Request",
                       "unknown format (json, xml, csv, tsv, turtle, ntriples)");
      goto done;
    }
    if (graph && kind < R_TURTLE)
      kind = R_NTRIPLES;
    if (!graph && kind >= R_TURTLE)
      kind = R_JSON;
  } else if (graph) {
    int i = negotiate(accept, graph_choices, sizeof graph_choices / sizeof graph_choices[0]);
    kind = i < 0 ? -1 : graph_choices[i].kind;
  } else {
    int i = negotiate(accept, results_choices, sizeof results_choices / sizeof results_choices[0]);
    kind = i < 0 ? -1 : results_choices[i].kind;
  }
  if (kind < 0) {
    ret = send_error(srv, c, MHD_HTTP_NOT_ACCEPTABLE, "Not Acceptable",
                     graph ? "this query gives a graph: text/turtle or application/n-triples"
                           : "results come as application/sparql-results+json, "
                             "application/sparql-results+xml, text/csv or text/tab-separated-values");
    goto done;
  }
  static const char *const rmime[] = {
      "application/sparql-results+json", "application/sparql-results+xml", "text/csv; charset=utf-8",
      "text/tab-separated-values; charset=utf-8", "text/turtle; charset=utf-8", "application/n-triples"};
  static const ng_result_format rfmt[] = {NG_RES_JSON, NG_RES_XML, NG_RES_CSV,
                                          NG_RES_TSV,  NG_RES_TSV, NG_RES_TSV};
  /* N-Triples is Turtle too: CONSTRUCT and DESCRIBE print it for both */
  serve_job job = {srv, JOB_SPARQL, NULL, NG_FMT_UNKNOWN, query.data, rfmt[kind], false, 0, NULL};
  ret = run_job(srv, c, &job, rmime[kind], !fmtname.len);
done:
  ng_buf_free(&query);
  ng_buf_free(&fmtname);
  return ret;
}

/* ------------------------------------------------------------------ routing */

/* Characters allowed in the local part of a minted IRI we look up. */
static bool local_ok(const char *s) {
  if (!*s || strlen(s) > SERVE_MAX_PATH)
    return false;
  for (const unsigned char *p = (const unsigned char *)s; *p; p++)
    if (*p <= 0x20 || *p == 0x7f || strchr("<>\"{}|^`\\#", *p))
      return false;
  return true;
}

/* The representation a description is asked for: ?format=NAME (SVG only if
 * WITH_SVG) or else the Accept header.  -1 with the error response sent into
 * *REFUSED when there is none to give. */
static int pick_kind(const ng_server *srv, struct MHD_Connection *c, const char *fmt,
                     bool with_svg, enum MHD_Result *refused) {
  if (fmt) {
    int kind = -1;
    for (size_t i = 0; i < sizeof rdf_format_names / sizeof rdf_format_names[0]; i++)
      if (strcasecmp(fmt, rdf_format_names[i].name) == 0 &&
          (with_svg || rdf_format_names[i].kind != K_SVG))
        kind = rdf_format_names[i].kind;
    if (kind < 0)
      *refused = send_error(srv, c, MHD_HTTP_BAD_REQUEST, "Bad Request",
                            with_svg ? "unknown format (turtle, ntriples, rdfxml, jsonld, html, svg)"
                                     : "unknown format (turtle, ntriples, rdfxml, jsonld, html)");
    else if (kind == K_SVG && !srv->has_dot) {
      *refused = send_error(srv, c, MHD_HTTP_NOT_FOUND, "Not Found",
                            "pictures need Graphviz dot, which is not installed");
      kind = -1;
    }
    return kind;
  }
  const char *accept = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_ACCEPT);
  int i = negotiate(accept, rdf_choices, sizeof rdf_choices / sizeof rdf_choices[0]);
  if (i < 0) {
    *refused = send_error(srv, c, MHD_HTTP_NOT_ACCEPTABLE, "Not Acceptable",
                          "available as text/turtle, application/n-triples, application/rdf+xml, "
                          "application/ld+json and text/html");
    return -1;
  }
  return rdf_choices[i].kind;
}

static enum MHD_Result handle_entity(const ng_server *srv, struct MHD_Connection *c, const char *local) {
  if (!local_ok(local))
    return send_error(srv, c, MHD_HTTP_BAD_REQUEST, "Bad Request", "not a valid IRI path");
  const char *fmt = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "format");
  enum MHD_Result refused;
  int kind = pick_kind(srv, c, fmt, true, &refused);
  if (kind < 0)
    return refused;
  ng_buf iri;
  ng_buf_init(&iri);
  ng_buf_adds(&iri, srv->base);
  ng_buf_adds(&iri, local);
  serve_job job = {srv, JOB_DESCRIBE, iri.data, kind_format(kind), NULL, NG_RES_TSV, false, 0, NULL};
  if (kind == K_HTML)
    job.kind = JOB_HTML;
  else if (kind == K_SVG)
    job.kind = JOB_SVG;
  enum MHD_Result ret = run_job(srv, c, &job, kind_mime(kind), fmt == NULL);
  ng_buf_free(&iri);
  return ret;
}

static enum MHD_Result handle_void(const ng_server *srv, struct MHD_Connection *c) {
  const char *fmt = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "format");
  enum MHD_Result refused;
  int kind = pick_kind(srv, c, fmt, false, &refused);
  if (kind < 0)
    return refused;
  serve_job job = {srv, JOB_VOID, NULL, kind_format(kind), NULL, NG_RES_TSV, false, 0, NULL};
  return run_job(srv, c, &job, kind_mime(kind), fmt == NULL);
}

static enum MHD_Result handler(void *cls, struct MHD_Connection *c, const char *url, const char *method,
                               const char *version, const char *upload_data, size_t *upload_size,
                               void **con_cls) {
  const ng_server *srv = cls;
  serve_request *req = *con_cls;
  if (!req) {
    req = ng_xcalloc(1, sizeof *req);
    ng_buf_init(&req->body);
    *con_cls = req;
    const char *cl = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
    if (cl && strtoull(cl, NULL, 10) > SERVE_MAX_BODY) {
      /* answer before reading the body; MHD then closes the connection */
      req->too_big = true;
      return send_error(srv, c, MHD_HTTP_CONTENT_TOO_LARGE, "Payload Too Large",
                        "the request body is larger than 64 KiB");
    }
    return MHD_YES;
  }
  if (*upload_size) {
    if (!req->too_big && req->body.len + *upload_size <= SERVE_MAX_BODY)
      ng_buf_add(&req->body, upload_data, *upload_size);
    else
      req->too_big = true;
    *upload_size = 0;
    return MHD_YES;
  }
  bool get = strcmp(method, "GET") == 0 || strcmp(method, "HEAD") == 0;
  bool post = strcmp(method, "POST") == 0;
  if (strlen(url) > SERVE_MAX_PATH)
    return send_error(srv, c, MHD_HTTP_URI_TOO_LONG, "URI Too Long", "the path is too long");
  if (strcmp(url, "/sparql") == 0) {
    if (!get && !post)
      return send_error(srv, c, MHD_HTTP_METHOD_NOT_ALLOWED, "Method Not Allowed",
                        "use GET, HEAD or POST");
    if (req->too_big)
      return send_error(srv, c, MHD_HTTP_CONTENT_TOO_LARGE, "Payload Too Large",
                        "the request body is larger than 64 KiB");
    return handle_sparql(srv, c, method, req);
  }
  if (!get)
    return send_error(srv, c, MHD_HTTP_METHOD_NOT_ALLOWED, "Method Not Allowed",
                      "this resource is read-only: use GET or HEAD");
  if (strcmp(url, "/") == 0) {
    serve_job job = {srv, JOB_HOME, NULL, NG_FMT_UNKNOWN, NULL, NG_RES_TSV, false, 0, NULL};
    return run_job(srv, c, &job, "text/html; charset=utf-8", false);
  }
  if (strcmp(url, "/.well-known/void") == 0)
    return handle_void(srv, c);
  size_t bl = strlen(srv->base_path);
  if (strncmp(url, srv->base_path, bl) == 0 && url[bl])
    return handle_entity(srv, c, url + bl);
  return send_error(srv, c, MHD_HTTP_NOT_FOUND, "Not Found", "no such page");
}

static void completed(void *cls, struct MHD_Connection *c, void **con_cls,
                      enum MHD_RequestTerminationCode toe) {
  serve_request *req = *con_cls;
  if (req) {
    ng_buf_free(&req->body);
    free(req);
    *con_cls = NULL;
  }
}

/* ------------------------------------------------------------------ the command */

static void serve_help(FILE *out) {
  fputs(
      "Usage: newsgraph serve [OPTION]... STORE\n"
      "Publish a store made by 'newsgraph load' (or a graph file) as linked data\n"
      "with a read-only SPARQL endpoint.  The store is read once, at start, into an\n"
      "indexed in-memory store (about 1 s and 25 MB per 1,000 articles).\n"
      "\n"
      "  /                   the articles, countries and events, linked\n"
      "  /id/NAME            the minted IRI BASE+NAME (the path is that of --base):\n"
      "                      Turtle, N-Triples, RDF/XML, JSON-LD or HTML by the\n"
      "                      Accept header, or ?format=turtle|ntriples|rdfxml|\n"
      "                      jsonld|html|svg (svg: a picture of its neighbourhood,\n"
      "                      if Graphviz dot is installed)\n"
      "  /sparql             SPARQL 1.1 Protocol: GET ?query=, POST a form or\n"
      "                      application/sparql-query; results as SPARQL JSON, XML,\n"
      "                      CSV or TSV (CONSTRUCT: Turtle, N-Triples); updates are\n"
      "                      refused (403)\n"
      "  /.well-known/void   a VoID description of the dataset\n"
      "\n"
      "Every query runs in a child process with the limits below, so a query that\n"
      "crashes the SPARQL engine or runs too long costs only that request.  The\n"
      "server serves the store as it was when it started.\n"
      "\n"
      "Options:\n"
      "      --port N          TCP port (default 8080; 0: any free port)\n"
      "      --bind ADDR       IPv4 or IPv6 address to listen on (default 127.0.0.1)\n"
      "      --base IRI        the IRI prefix the store's minted IRIs use (default\n"
      "                        " NG_DEFAULT_BASE ")\n"
      "      --timeout S       seconds a request's query may run (default 30)\n"
      "      --max-memory MB   memory a request's query may use (default 1024)\n"
      "      --max-results N   rows or triples a SPARQL answer may have (default 100000)\n"
      "      --threads N       queries (child processes) run at once (default 8, at\n"
      "                        most 256); other requests wait their turn\n"
      "  -h, --help            show this help and exit\n"
      "\n"
      "It prints the URL it listens on to stderr and stops on SIGINT or SIGTERM.\n"
      "Load with --base http://HOST:PORT/id/ to make the minted IRIs dereference\n"
      "straight from this server.\n"
      "\n"
      "Examples:\n"
      "  newsgraph load --base http://127.0.0.1:8080/id/ news.store articles/\n"
      "  newsgraph serve --base http://127.0.0.1:8080/id/ news.store\n"
      "  curl -H 'Accept: text/turtle' http://127.0.0.1:8080/id/country-NO\n"
      "  curl --data-urlencode 'query=ASK { ?s ?p ?o }' http://127.0.0.1:8080/sparql\n",
      out);
}

static int serve_usage(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int serve_usage(const char *fmt, ...) {
  va_list ap;
  fprintf(stderr, "newsgraph serve: ");
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fprintf(stderr, "; try 'newsgraph serve --help'\n");
  return EXIT_USAGE;
}

static bool parse_ulong(const char *s, unsigned long lo, unsigned long hi, unsigned long *out) {
  char *end = NULL;
  errno = 0;
  unsigned long v = strtoul(s, &end, 10);
  if (errno || s[0] < '0' || s[0] > '9' || *end || v < lo || v > hi)
    return false;
  *out = v;
  return true;
}

/* An absolute http(s) IRI ending in '/' without '#' or IRIREF-forbidden characters. */
static bool serve_base_ok(const char *b) {
  size_t n = strlen(b);
  if (!(strncmp(b, "http://", 7) == 0 && n > 7) && !(strncmp(b, "https://", 8) == 0 && n > 8))
    return false;
  if (b[n - 1] != '/' || strchr(b, '#') || strchr(b, '?'))
    return false;
  for (const unsigned char *p = (const unsigned char *)b; *p; p++)
    if (*p <= 0x20 || *p == 0x7f || strchr("<>\"{}|^`\\", *p))
      return false;
  return true;
}

/* Whether an executable NAME is on PATH. */
static bool on_path(const char *name) {
  const char *path = getenv("PATH");
  if (!path)
    path = "/usr/bin:/bin";
  ng_buf f;
  ng_buf_init(&f);
  bool found = false;
  while (!found && *path) {
    size_t n = strcspn(path, ":");
    ng_buf_clear(&f);
    ng_buf_add(&f, path, n);
    ng_buf_addc(&f, '/');
    ng_buf_adds(&f, name);
    struct stat sb;
    found = n && stat(f.data, &sb) == 0 && S_ISREG(sb.st_mode) && access(f.data, X_OK) == 0;
    path += n;
    if (*path == ':')
      path++;
  }
  ng_buf_free(&f);
  return found;
}

static void base64(ng_buf *out, const unsigned char *d, size_t n) {
  static const char t[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  for (size_t i = 0; i < n; i += 3) {
    unsigned v = (unsigned)d[i] << 16 | (i + 1 < n ? (unsigned)d[i + 1] << 8 : 0) | (i + 2 < n ? d[i + 2] : 0);
    ng_buf_addc(out, t[(v >> 18) & 63]);
    ng_buf_addc(out, t[(v >> 12) & 63]);
    ng_buf_addc(out, i + 1 < n ? t[(v >> 6) & 63] : '=');
    ng_buf_addc(out, i + 2 < n ? t[v & 63] : '=');
  }
}

/* The CSP: nothing but our own images and the page's one stylesheet (by hash). */
static void make_csp(ng_server *srv) {
  char hex[65];
  ng_sha256_hex(ng_serve_css, strlen(ng_serve_css), hex);
  unsigned char raw[32];
  for (int i = 0; i < 32; i++)
    raw[i] = (unsigned char)(hexval(hex[2 * i]) * 16 + hexval(hex[2 * i + 1]));
  ng_buf b;
  ng_buf_init(&b);
  base64(&b, raw, sizeof raw);
  snprintf(srv->csp, sizeof srv->csp,
           "default-src 'none'; img-src 'self'; style-src 'sha256-%s'; form-action 'self'; "
           "frame-ancestors 'none'; base-uri 'none'",
           b.data);
  ng_buf_free(&b);
}

int ng_cmd_serve(int argc, char **argv) {
  static const struct option longopts[] = {
      {"port", required_argument, NULL, 'p'},        {"bind", required_argument, NULL, 'b'},
      {"base", required_argument, NULL, 'B'},        {"timeout", required_argument, NULL, 'T'},
      {"max-memory", required_argument, NULL, 'M'},  {"max-results", required_argument, NULL, 'R'},
      {"threads", required_argument, NULL, 't'},     {"help", no_argument, NULL, 'h'},
      {NULL, 0, NULL, 0}};
  unsigned long port = 8080, timeout = 30, memory = 1024, max_results = 100000, threads = 8;
  const char *bind_addr = "127.0.0.1";
  ng_server srv;
  memset(&srv, 0, sizeof srv);
  srv.base = NG_DEFAULT_BASE;
  optind = 0;
  opterr = 0;
  int c;
  while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
    switch (c) {
    case 'p':
      if (!parse_ulong(optarg, 0, 65535, &port))
        return serve_usage("--port '%s' is not a port number from 0 to 65535", optarg);
      break;
    case 'b': bind_addr = optarg; break;
    case 'B':
      if (!serve_base_ok(optarg))
        return serve_usage("--base '%s' is not an absolute http(s) IRI ending in / (without # or ?)",
                           optarg);
      srv.base = optarg;
      break;
    case 'T':
      if (!parse_ulong(optarg, 1, 3600, &timeout))
        return serve_usage("--timeout '%s' is not a number of seconds from 1 to 3600", optarg);
      break;
    case 'M':
      if (!parse_ulong(optarg, 0, 1UL << 20, &memory))
        return serve_usage("--max-memory '%s' is not a number of MB from 0 to 1048576", optarg);
      break;
    case 'R':
      if (!parse_ulong(optarg, 1, 100000000, &max_results))
        return serve_usage("--max-results '%s' is not a number from 1 to 100000000", optarg);
      break;
    case 't':
      if (!parse_ulong(optarg, 1, 256, &threads))
        return serve_usage("--threads '%s' is not a number from 1 to 256", optarg);
      break;
    case 'h': serve_help(stdout); return EXIT_OK;
    case ':': return serve_usage("option '%s' needs an argument", argv[optind - 1]);
    default: {
      char opt[3] = {'-', (char)optopt, '\0'};
      return serve_usage("unknown option '%s'", optopt ? opt : argv[optind - 1]);
    }
    }
  }
  if (argc - optind != 1)
    return serve_usage("%s", argc - optind < 1 ? "no store given (a directory made by 'newsgraph "
                                                 "load', or a graph file)"
                                               : "give exactly one store");
  const char *path = argv[optind];
  if (strstr(path, "://"))
    return serve_usage("'%s': server stores are not supported by serve; give a store directory "
                       "or a graph file", path);

  struct sockaddr_storage sa;
  memset(&sa, 0, sizeof sa);
  socklen_t salen;
  bool v6 = false;
  struct sockaddr_in *s4 = (struct sockaddr_in *)&sa;
  struct sockaddr_in6 *s6 = (struct sockaddr_in6 *)&sa;
  if (inet_pton(AF_INET, bind_addr, &s4->sin_addr) == 1) {
    s4->sin_family = AF_INET;
    s4->sin_port = htons((uint16_t)port);
    salen = sizeof *s4;
  } else if (inet_pton(AF_INET6, bind_addr, &s6->sin6_addr) == 1) {
    s6->sin6_family = AF_INET6;
    s6->sin6_port = htons((uint16_t)port);
    salen = sizeof *s6;
    v6 = true;
  } else {
    return serve_usage("--bind '%s' is not an IPv4 or IPv6 address", bind_addr);
  }
  (void)salen;

  /* the base's path part: "https://host/id/" -> "/id/" */
  const char *hostpart = srv.base + (strncmp(srv.base, "https://", 8) == 0 ? 8 : 7);
  const char *slash = strchr(hostpart, '/');
  srv.base_path = ng_xstrdup(slash ? slash : "/");
  if (strcmp(srv.base_path, "/") == 0 || strcmp(srv.base_path, "/sparql/") == 0 ||
      strncmp(srv.base_path, "/.well-known/", 13) == 0) {
    free(srv.base_path);
    return serve_usage("--base '%s' needs a path of its own (like /id/) that is not /, /sparql/ "
                       "or under /.well-known/", srv.base);
  }
  srv.lim.timeout_ms = (unsigned)timeout * 1000u;
  srv.lim.mem_bytes = (size_t)memory << 20;
  srv.lim.max_output = SERVE_DEFAULT_MAX_OUTPUT;
  srv.max_results = max_results;
  srv.has_dot = on_path("dot");
  make_csp(&srv);

  if (ng_graph_open(path, &srv.graph) != NG_OK) {
    free(srv.base_path);
    return EXIT_FAIL; /* logged with the path */
  }
  /* children keep the store's files, and close the daemon's sockets */
  ng_sandbox_keep_fds();

  /* SIGINT and SIGTERM are taken by sigwait below: block them before the
   * daemon's threads start (they inherit the mask); children unblock them */
  sigset_t stop;
  sigemptyset(&stop);
  sigaddset(&stop, SIGINT);
  sigaddset(&stop, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop, NULL);
  signal(SIGPIPE, SIG_IGN);

  sem_init(&children, 0, (unsigned)threads);
  unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_THREAD_PER_CONNECTION | MHD_USE_AUTO;
  if (v6)
    flags |= MHD_USE_IPv6;
  struct MHD_Daemon *d = MHD_start_daemon(
      flags, (uint16_t)port, NULL, NULL, handler, &srv, MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&sa,
      MHD_OPTION_CONNECTION_LIMIT,
      (unsigned)SERVE_MAX_CONNECTIONS, MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)SERVE_CONNECTION_TIMEOUT,
      MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)SERVE_POOL_MEMORY, MHD_OPTION_NOTIFY_COMPLETED,
      completed, NULL, MHD_OPTION_END);
  int status = EXIT_OK;
  if (!d) {
    ng_log(NG_LOG_ERROR, NULL, 0, 0, "cannot listen on %s port %lu: %s", bind_addr, port,
           errno ? strerror(errno) : "the daemon did not start");
    status = EXIT_FAIL;
    goto cleanup;
  }
  const union MHD_DaemonInfo *info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
  unsigned bound = info ? info->port : (unsigned)port;
  ng_buf root;
  ng_buf_init(&root);
  ng_buf_printf(&root, v6 ? "http://[%s]:%u" : "http://%s:%u", bind_addr, bound);
  srv.public_root = ng_buf_steal(&root);
  fprintf(stderr, "newsgraph serve: %s at %s/ (SPARQL at %s/sparql, IRIs %s* at %s%s)\n", path,
          srv.public_root, srv.public_root, srv.base, srv.public_root, srv.base_path);
  fflush(stderr);
  int sig = 0;
  while (sigwait(&stop, &sig) != 0)
    ;
  fprintf(stderr, "newsgraph serve: stopping (%s)\n", sig == SIGINT ? "SIGINT" : "SIGTERM");
  MHD_stop_daemon(d);
cleanup:
  sem_destroy(&children);
  pthread_sigmask(SIG_UNBLOCK, &stop, NULL);
  ng_graph_free(srv.graph);
  free(srv.base_path);
  free(srv.public_root);
  return status;
}
