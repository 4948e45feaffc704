/* virtuoso.c - the Virtuoso store: load, query, stats and remove on a
 * Virtuoso Open Source 7 server named "virtuoso://[USER[:PASS]@]HOST[:PORT]".
 *
 * WHY ODBC.  Everything goes over Virtuoso's SQL port through its ODBC driver
 * (libvirtodbc0, loaded by unixODBC from the connection string; no odbc.ini):
 *  - loading sends each batch of articles as one N-Quads string, a bound
 *    parameter of DB.DBA.TTLP (Virtuoso's own Turtle/N-Quads parser, flag 512
 *    = N-Quads), inside one transaction with the deletion of the graphs it
 *    replaces.  Article text is never put into SQL or SPARQL text: it only
 *    travels escaped as N-Quads literals inside a parameter.  Measured on
 *    1,000 generated articles (249k quads, the same busy 2-core machine; see
 *    bench/virtuoso.sh and the README): ~13-16k quads/s, against ~3.9k for
 *    the HTTP Graph Store protocol (one digest-authenticated PUT per
 *    article); SPARQL 1.1 INSERT DATA over HTTP fails on batches of a few
 *    articles ("generated SQL text has exceeded 10000 lines", "memory
 *    exhausted"); TTLP_MT was no faster and commits on its own.
 *  - queries run as plain "SPARQL ..." (SELECT: a result set read row by
 *    row, each value typed through Virtuoso's ODBC descriptor extensions, so
 *    no result is ever serialized whole on the server, whose limit for one
 *    string is 10 MB; ASK: one integer) or with output:format "NT"
 *    (CONSTRUCT, DESCRIBE: ASCII N-Triples, parsed here, bounded); all are
 *    printed by query.c's printers, so every format is byte for byte what the
 *    embedded store gives.
 *  - one port, one credential, one library; no shell, no temporary files.
 * The N-Quads sent are ASCII too (\u escapes), so no character set
 * conversion can touch them; identifiers read back go through
 * ENCODE_FOR_URI for the same reason.
 *
 * GRAPHS.  One named graph per article, named by its document IRI and
 * holding its record (dcterms:identifier, ng:sha256) as in the embedded
 * store; the entity descriptions, a set shared by all articles, in the graph
 * NG_VIRTUOSO_ENTITY_GRAPH.  A query without FROM sees the union of all
 * graphs, as the embedded store's queries do.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif
#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include <sql.h>
#include <sqlext.h>

#include <raptor2.h>

#include "graphs/graphs.h"
#include "graphs/commands_internal.h"

#define NG_VT_DEFAULT_PORT "1111"
#define NG_VT_MAX_RESULT ((size_t)512 * 1024 * 1024) /* bytes of one query result */
#define NG_VT_MAX_QUERY (1u << 20)                   /* bytes of SPARQL text */
#define NG_VT_BATCH_BYTES ((size_t)4 * 1024 * 1024)  /* N-Quads per transaction */
#define NG_VT_BATCH_DOCS 500                         /* ... or articles */
#define NG_VT_MAX_ENTITY_QUADS 2000000                /* remembered to send each once */
#define NG_VT_TTLP_NQUADS 512
#define NG_DCTERMS "http://purl.org/dc/terms/"


bool ng_virtuoso_is_url(const char *s) { return s && strncmp(s, "virtuoso://", 11) == 0; }

/* ------------------------------------------------------------------ the URL */

typedef struct {
  char *host, *port, *user, *password; /* owned */
} vt_url;

static void vt_url_free(vt_url *u) {
  free(u->host);
  free(u->port);
  free(u->user);
  free(u->password);
  memset(u, 0, sizeof *u);
}

/* Characters a value of the ODBC connection string may hold. */
static bool conn_value_ok(const char *s) {
  for (; *s; s++)
    if ((unsigned char)*s < 0x20 || strchr(";{}=", *s))
      return false;
  return true;
}

static int hexval(int c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  c = tolower(c);
  return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* Percent-decodes S[0..n) (user names and passwords in URLs). */
static char *pct_decode(const char *s, size_t n) {
  ng_buf b;
  ng_buf_init(&b);
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '%' && i + 2 < n && hexval(s[i + 1]) >= 0 && hexval(s[i + 2]) >= 0) {
      ng_buf_addc(&b, (char)(hexval(s[i + 1]) * 16 + hexval(s[i + 2])));
      i += 2;
    } else {
      ng_buf_addc(&b, s[i]);
    }
  }
  if (!b.data)
    ng_buf_adds(&b, "");
  return ng_buf_steal(&b);
}

/* Parses "virtuoso://[USER[:PASS]@]HOST[:PORT][/]"; logs and returns false
 * if it is not one. */
static bool vt_url_parse(const char *url, vt_url *u) {
  memset(u, 0, sizeof *u);
  const char *p = url + 11;
  const char *end = p + strlen(p);
  if (end > p && end[-1] == '/')
    end--;
  const char *at = NULL;
  for (const char *q = p; q < end; q++)
    if (*q == '@')
      at = q;
  if (at) {
    const char *colon = memchr(p, ':', (size_t)(at - p));
    u->user = pct_decode(p, (size_t)((colon ? colon : at) - p));
    if (colon)
      u->password = pct_decode(colon + 1, (size_t)(at - colon - 1));
    p = at + 1;
  }
  const char *colon = memchr(p, ':', (size_t)(end - p));
  u->host = ng_xstrndup(p, (size_t)((colon ? colon : end) - p));
  u->port = colon ? ng_xstrndup(colon + 1, (size_t)(end - colon - 1)) : ng_xstrdup(NG_VT_DEFAULT_PORT);
  bool ok = *u->host != '\0' && *u->port != '\0' && strlen(u->port) <= 5;
  for (const char *q = u->host; ok && *q; q++)
    ok = isalnum((unsigned char)*q) || *q == '.' || *q == '-' || *q == '_';
  for (const char *q = u->port; ok && *q; q++)
    ok = isdigit((unsigned char)*q);
  if (ok && (atoi(u->port) < 1 || atoi(u->port) > 65535))
    ok = false;
  if (!ok) {
    fprintf(stderr, "newsgraph: '%s' is not a Virtuoso store URL: write virtuoso://HOST:PORT "
                    "(PORT is the SQL port, 1111 by default) or virtuoso://USER:PASSWORD@HOST:PORT\n",
            url);
    vt_url_free(u);
    return false;
  }
  if (!u->user) {
    const char *e = getenv("NEWSGRAPH_VIRTUOSO_USER");
    u->user = ng_xstrdup(e && *e ? e : "dba");
  }
  if (!u->password) {
    const char *e = getenv("NEWSGRAPH_VIRTUOSO_PASSWORD");
    u->password = ng_xstrdup(e ? e : "dba");
  }
  if (!conn_value_ok(u->user) || !conn_value_ok(u->password)) {
    fprintf(stderr, "newsgraph: the Virtuoso user name or password holds a character ODBC cannot "
                    "pass (; { } = or a control character)\n");
    vt_url_free(u);
    return false;
  }
  return true;
}

/* ------------------------------------------------------------------ ODBC */

typedef struct {
  SQLHENV env;
  SQLHDBC dbc;
  bool connected;
  long timeout;    /* seconds a statement may run (0: no limit) */
  char where[300]; /* HOST:PORT, for messages */
} vt_conn;

/* Appends the first diagnostic record of handle H to OUT (escaped for the terminal). */
static void diag(SQLSMALLINT type, SQLHANDLE h, ng_buf *out) {
  SQLCHAR state[6], msg[1024];
  SQLINTEGER native = 0;
  SQLSMALLINT len = 0;
  if (h && SQL_SUCCEEDED(SQLGetDiagRec(type, h, 1, state, &native, msg, sizeof msg, &len))) {
    const char *m = (const char *)msg;
    /* drop the driver's "[OpenLink][Virtuoso iODBC Driver][Virtuoso Server]" prefixes */
    const char *last = strrchr(m, ']');
    if (last && last[1])
      m = last + 1;
    ng_escape_terminal(out, m, strlen(m));
  } else {
    ng_buf_adds(out, "no details");
  }
}

static void vt_error(SQLSMALLINT type, SQLHANDLE h, const char *what) {
  ng_buf b;
  ng_buf_init(&b);
  diag(type, h, &b);
  /* results come back serialized in one string, which Virtuoso caps at 10 MB */
  bool too_big = b.data && strstr(b.data, "HT057");
  ng_log(NG_LOG_ERROR, NULL, 0, 0, "Virtuoso: %s: %s%s", what, b.data,
         too_big ? " (the result is over Virtuoso's 10 MB limit for one serialized result: "
                   "page it with LIMIT and OFFSET)" : "");
  ng_buf_free(&b);
}

static const char *driver_path(void) {
  static const char *const candidates[] = {
      "/usr/lib/x86_64-linux-gnu/odbc/virtodbc_r.so", "/usr/lib/aarch64-linux-gnu/odbc/virtodbc_r.so",
      "/usr/lib/i386-linux-gnu/odbc/virtodbc_r.so",   "/usr/lib/odbc/virtodbc_r.so",
      "/usr/lib64/virtodbc_r.so",                     "/usr/local/lib/virtodbc_r.so",
      "/usr/local/virtuoso-opensource/lib/virtodbc_r.so"};
  const char *e = getenv("NEWSGRAPH_VIRTUOSO_DRIVER");
  if (e && *e)
    return e;
  for (size_t i = 0; i < sizeof candidates / sizeof candidates[0]; i++)
    if (access(candidates[i], R_OK) == 0)
      return candidates[i];
  return NULL;
}

static void vt_close(vt_conn *c) {
  if (c->dbc) {
    if (c->connected)
      SQLDisconnect(c->dbc);
    SQLFreeHandle(SQL_HANDLE_DBC, c->dbc);
  }
  if (c->env)
    SQLFreeHandle(SQL_HANDLE_ENV, c->env);
  memset(c, 0, sizeof *c);
}

/* Connects to the server of URL; on failure prints why and returns false. */
static bool vt_connect(const char *url, vt_conn *c, bool autocommit) {
  memset(c, 0, sizeof *c);
  vt_url u;
  if (!vt_url_parse(url, &u))
    return false;
  snprintf(c->where, sizeof c->where, "%s:%s", u.host, u.port);
  const char *drv = driver_path();
  if (!drv || !conn_value_ok(drv)) {
    fprintf(stderr, "newsgraph: cannot connect to Virtuoso at %s (its ODBC driver virtodbc_r.so was "
                    "not found: apt-get install libvirtodbc0, or set NEWSGRAPH_VIRTUOSO_DRIVER): see "
                    "README 'Virtuoso store'\n", c->where);
    vt_url_free(&u);
    return false;
  }
  ng_buf cs, why;
  ng_buf_init(&cs);
  ng_buf_init(&why);
  ng_buf_printf(&cs, "DRIVER=%s;HOST=%s:%s;UID=%s;PWD=%s;CHARSET=UTF-8", drv, u.host, u.port, u.user,
                u.password);
  bool ok = SQL_SUCCEEDED(SQLAllocHandle(SQL_HANDLE_ENV, SQL_NULL_HANDLE, &c->env)) &&
            SQL_SUCCEEDED(SQLSetEnvAttr(c->env, SQL_ATTR_ODBC_VERSION, (SQLPOINTER)SQL_OV_ODBC3, 0)) &&
            SQL_SUCCEEDED(SQLAllocHandle(SQL_HANDLE_DBC, c->env, &c->dbc));
  if (ok) {
    SQLSetConnectAttr(c->dbc, SQL_ATTR_LOGIN_TIMEOUT, (SQLPOINTER)(intptr_t)15, 0);
    SQLRETURN r = SQLDriverConnect(c->dbc, NULL, (SQLCHAR *)cs.data, SQL_NTS, NULL, 0, NULL,
                                   SQL_DRIVER_NOPROMPT);
    ok = SQL_SUCCEEDED(r);
    if (ok)
      c->connected = true;
    else
      diag(SQL_HANDLE_DBC, c->dbc, &why);
  } else {
    ng_buf_adds(&why, "cannot set up ODBC");
  }
  if (ok && !autocommit &&
      !SQL_SUCCEEDED(SQLSetConnectAttr(c->dbc, SQL_ATTR_AUTOCOMMIT, (SQLPOINTER)SQL_AUTOCOMMIT_OFF, 0))) {
    diag(SQL_HANDLE_DBC, c->dbc, &why);
    ok = false;
  }
  /* the password is in the connection string: do not leave it in memory */
  memset(cs.data, 0, cs.len);
  ng_buf_free(&cs);
  if (!ok) {
    while (why.len && (why.data[why.len - 1] == '\n' || why.data[why.len - 1] == ' '))
      why.data[--why.len] = '\0';
    fprintf(stderr, "newsgraph: cannot connect to Virtuoso at %s (%s): is it running? see README "
                    "'Virtuoso store'\n", c->where, why.data ? why.data : "");
    vt_close(c);
  }
  ng_buf_free(&why);
  if (u.password)
    memset(u.password, 0, strlen(u.password));
  vt_url_free(&u);
  return ok;
}

/* Runs SQL with N string parameters PARAMS (each LENS[i] bytes; borrowed);
 * returns the statement (free with SQLFreeHandle) or NULL (logged as WHAT). */
static SQLHSTMT vt_exec(vt_conn *c, const char *sql, size_t n, const char *const *params,
                        const size_t *lens, const char *what) {
  SQLHSTMT st = NULL;
  if (!SQL_SUCCEEDED(SQLAllocHandle(SQL_HANDLE_STMT, c->dbc, &st))) {
    vt_error(SQL_HANDLE_DBC, c->dbc, what);
    return NULL;
  }
  /* braces in SPARQL are not ODBC escape clauses */
  SQLSetStmtAttr(st, SQL_ATTR_NOSCAN, (SQLPOINTER)SQL_NOSCAN_ON, 0);
  if (c->timeout > 0)
    SQLSetStmtAttr(st, SQL_ATTR_QUERY_TIMEOUT, (SQLPOINTER)(intptr_t)c->timeout, 0);
  SQLLEN *ind = ng_xcalloc(n ? n : 1, sizeof *ind);
  bool ok = true;
  for (size_t i = 0; ok && i < n; i++) {
    ind[i] = (SQLLEN)lens[i];
    ok = SQL_SUCCEEDED(SQLBindParameter(st, (SQLUSMALLINT)(i + 1), SQL_PARAM_INPUT, SQL_C_CHAR,
                                        SQL_LONGVARCHAR, lens[i] ? lens[i] : 1, 0, (SQLPOINTER)params[i],
                                        (SQLLEN)lens[i], &ind[i]));
  }
  if (ok) {
    SQLRETURN r = SQLExecDirect(st, (SQLCHAR *)sql, SQL_NTS);
    ok = SQL_SUCCEEDED(r) || r == SQL_NO_DATA;
  }
  free(ind);
  if (!ok && c->timeout > 0) {
    /* the driver ends a statement over SQL_ATTR_QUERY_TIMEOUT as a "link failure (timeout)" */
    ng_buf why;
    ng_buf_init(&why);
    diag(SQL_HANDLE_STMT, st, &why);
    bool timed_out = why.data && (strstr(why.data, "timeout") || strstr(why.data, "Timeout"));
    ng_buf_free(&why);
    if (timed_out) {
      ng_log(NG_LOG_ERROR, NULL, 0, 0, "query exceeded the time limit of %ld s (--timeout; 0: none)",
             c->timeout);
      SQLFreeHandle(SQL_HANDLE_STMT, st);
      return NULL;
    }
  }
  if (!ok) {
    vt_error(SQL_HANDLE_STMT, st, what);
    SQLFreeHandle(SQL_HANDLE_STMT, st);
    return NULL;
  }
  return st;
}

/* Reads column COL of the current row as text into OUT (cleared first;
 * at most MAX bytes).  Returns false on an error or a NULL value (*IS_NULL). */
static bool vt_get_text(SQLHSTMT st, SQLUSMALLINT col, ng_buf *out, size_t max, bool *is_null) {
  ng_buf_clear(out);
  if (is_null)
    *is_null = false;
  char chunk[65536];
  for (;;) {
    SQLLEN ind = 0;
    SQLRETURN r = SQLGetData(st, col, SQL_C_CHAR, chunk, sizeof chunk, &ind);
    if (r == SQL_NO_DATA)
      break;
    if (!SQL_SUCCEEDED(r)) {
      vt_error(SQL_HANDLE_STMT, st, "cannot read a result");
      return false;
    }
    if (ind == SQL_NULL_DATA) {
      if (is_null)
        *is_null = true;
      return false;
    }
    size_t got = (ind == SQL_NO_TOTAL || ind >= (SQLLEN)sizeof chunk) ? sizeof chunk - 1 : (size_t)ind;
    ng_buf_add(out, chunk, got);
    if (out->len > max) {
      ng_log(NG_LOG_ERROR, NULL, 0, 0, "the result is larger than %zu MiB; use LIMIT and OFFSET to page",
             max >> 20);
      return false;
    }
    if (r == SQL_SUCCESS)
      break;
  }
  if (!out->data)
    ng_buf_adds(out, "");
  return true;
}

/* The single value of a one-row query as text, into OUT; false if none. */
static bool vt_scalar(vt_conn *c, const char *sql, ng_buf *out) {
  SQLHSTMT st = vt_exec(c, sql, 0, NULL, NULL, "query failed");
  if (!st)
    return false;
  bool ok = SQL_SUCCEEDED(SQLFetch(st)) && vt_get_text(st, 1, out, NG_VT_MAX_RESULT, NULL);
  SQLFreeHandle(SQL_HANDLE_STMT, st);
  return ok;
}

static long vt_count(vt_conn *c, const char *sparql) {
  ng_buf sql, v;
  ng_buf_init(&sql);
  ng_buf_init(&v);
  ng_buf_printf(&sql, "SPARQL %s", sparql);
  long n = -1;
  if (vt_scalar(c, sql.data, &v)) {
    char *end = NULL;
    n = strtol(v.data, &end, 10);
    if (end == v.data)
      n = -1;
  }
  ng_buf_free(&sql);
  ng_buf_free(&v);
  return n;
}

static bool vt_end(vt_conn *c, bool commit) {
  if (SQL_SUCCEEDED(SQLEndTran(SQL_HANDLE_DBC, c->dbc, commit ? SQL_COMMIT : SQL_ROLLBACK)))
    return true;
  vt_error(SQL_HANDLE_DBC, c->dbc, commit ? "commit failed" : "rollback failed");
  return false;
}

/* ------------------------------------------------------------------ query */

/* A blank node label as N-Triples allows it (Virtuoso writes "nodeID://b1"). */
static void blank_label(const char *v, ng_buf *out) {
  if (strncmp(v, "_:", 2) == 0)
    v += 2;
  else if (strncmp(v, "nodeID://", 9) == 0)
    v += 9;
  for (; *v; v++)
    ng_buf_addc(out, isalnum((unsigned char)*v) || *v == '_' || *v == '-' ? *v : '_');
  if (!out->data)
    ng_buf_adds(out, "b");
}

typedef struct {
  FILE *out;
  ng_status rc;
  unsigned long n;
} nt_ctx;

static void raptor_to_term(raptor_term *rt, ng_term *t, ng_buf *label) {
  memset(t, 0, sizeof *t);
  switch (rt->type) {
  case RAPTOR_TERM_TYPE_URI:
    t->type = NG_TERM_IRI;
    t->value = (const char *)raptor_uri_as_string(rt->value.uri);
    break;
  case RAPTOR_TERM_TYPE_BLANK:
    t->type = NG_TERM_BLANK;
    blank_label((const char *)rt->value.blank.string, label);
    t->value = label->data;
    break;
  case RAPTOR_TERM_TYPE_LITERAL:
    t->type = NG_TERM_LITERAL;
    t->value = (const char *)rt->value.literal.string;
    t->lang = (const char *)rt->value.literal.language;
    t->datatype = rt->value.literal.datatype ? (const char *)raptor_uri_as_string(rt->value.literal.datatype)
                                             : NULL;
    break;
  default: t->value = ""; break;
  }
}

static void nt_statement(void *ctx, raptor_statement *rs) {
  nt_ctx *x = ctx;
  if (x->rc != NG_OK)
    return;
  ng_buf l[3];
  ng_term t[3];
  raptor_term *parts[3] = {rs->subject, rs->predicate, rs->object};
  for (int i = 0; i < 3; i++) {
    ng_buf_init(&l[i]);
    raptor_to_term(parts[i], &t[i], &l[i]);
  }
  x->rc = ng_results_print_triple(&t[0], &t[1], &t[2], x->out);
  x->n++;
  for (int i = 0; i < 3; i++)
    ng_buf_free(&l[i]);
}

static void nt_log(void *ctx, raptor_log_message *msg) {
  nt_ctx *x = ctx;
  if (msg->level >= RAPTOR_LOG_LEVEL_ERROR) {
    ng_log(NG_LOG_ERROR, NULL, 0, 0, "Virtuoso's N-Triples answer: %s", msg->text ? msg->text : "error");
    x->rc = NG_ERR_QUERY;
  }
}

static ng_status print_graph_nt(const char *nt, size_t len, FILE *out) {
  nt_ctx x = {out, NG_OK, 0};
  raptor_world *w = raptor_new_world();
  if (!w || raptor_world_open(w)) {
    if (w)
      raptor_free_world(w);
    return NG_ERR_RDF;
  }
  raptor_world_set_log_handler(w, &x, nt_log);
  raptor_parser *p = raptor_new_parser(w, "ntriples");
  raptor_uri *base = raptor_new_uri(w, (const unsigned char *)"http://localhost/");
  if (!p || !base) {
    x.rc = NG_ERR_RDF;
  } else {
    raptor_parser_set_statement_handler(p, &x, nt_statement);
    if (raptor_parser_parse_start(p, base) ||
        raptor_parser_parse_chunk(p, (const unsigned char *)nt, len, 1))
      if (x.rc == NG_OK)
        x.rc = NG_ERR_QUERY;
  }
  if (base)
    raptor_free_uri(base);
  if (p)
    raptor_free_parser(p);
  raptor_free_world(w);
  if (x.rc == NG_OK && (fflush(out) != 0 || ferror(out)))
    x.rc = NG_ERR_IO;
  return x.rc;
}

/* Virtuoso's ODBC extensions (documented in its "ODBC implementation"
 * chapter): per value of a SPARQL result set, its box type, whether a string
 * is an IRI, and a typed or tagged literal's datatype and language. */
#ifndef SQL_DESC_COL_DV_TYPE
#define SQL_DESC_COL_DV_TYPE 1057L
#define SQL_DESC_COL_DT_DT_TYPE 1058L
#define SQL_DESC_COL_BOX_FLAGS 1060L
#define SQL_DESC_COL_LITERAL_LANG 1061L
#define SQL_DESC_COL_LITERAL_TYPE 1062L
#endif
enum {
  VT_DV_TIMESTAMP = 128, VT_DV_DATE = 129, VT_DV_STRING = 182, VT_DV_LONG_INT = 189,
  VT_DV_SINGLE_FLOAT = 190, VT_DV_DOUBLE_FLOAT = 191, VT_DV_TIME = 210, VT_DV_DATETIME = 211,
  VT_DV_NUMERIC = 219, VT_DV_RDF = 246, VT_BF_IRI = 1, VT_DT_DATE = 2, VT_DT_TIME = 3
};
#define NG_XSD "http://www.w3.org/2001/XMLSchema#"

/* A descriptor string field of column COL into OUT (empty if none). */
static void desc_text(SQLHDESC d, SQLUSMALLINT col, SQLSMALLINT field, ng_buf *out) {
  char buf[1024];
  SQLINTEGER len = 0;
  ng_buf_clear(out);
  if (SQL_SUCCEEDED(SQLGetDescField(d, col, field, buf, (SQLINTEGER)sizeof buf - 1, &len)) && len > 0 &&
      len < (SQLINTEGER)sizeof buf)
    ng_buf_add(out, buf, (size_t)len);
  if (!out->data)
    ng_buf_adds(out, "");
}

/* Fills T from the current row's column COL, whose text is VAL (borrowed;
 * LABEL, LANG and TYPE are scratch owned by the caller).  False for a value
 * newsgraph cannot type (an unknown box). */
static bool column_term(SQLHDESC d, SQLUSMALLINT col, const char *val, ng_term *t, ng_buf *label,
                        ng_buf *lang, ng_buf *type) {
  SQLINTEGER dv = 0, flags = 0, dt = 0;
  memset(t, 0, sizeof *t);
  if (!SQL_SUCCEEDED(SQLGetDescField(d, col, SQL_DESC_COL_DV_TYPE, &dv, SQL_IS_INTEGER, NULL)))
    return false;
  SQLGetDescField(d, col, SQL_DESC_COL_BOX_FLAGS, &flags, SQL_IS_INTEGER, NULL);
  t->value = val;
  t->type = NG_TERM_LITERAL;
  switch (dv) {
  case VT_DV_STRING:
    if (flags & VT_BF_IRI) {
      if (strncmp(val, "_:", 2) == 0 || strncmp(val, "nodeID://", 9) == 0) {
        ng_buf_clear(label);
        blank_label(val, label);
        t->type = NG_TERM_BLANK;
        t->value = label->data;
      } else {
        t->type = NG_TERM_IRI;
      }
    }
    return true;
  case VT_DV_RDF:
    desc_text(d, col, SQL_DESC_COL_LITERAL_LANG, lang);
    desc_text(d, col, SQL_DESC_COL_LITERAL_TYPE, type);
    if (lang->len)
      t->lang = lang->data;
    else if (type->len && strcmp(type->data, NG_XSD "string") != 0)
      t->datatype = type->data;
    return true;
  case VT_DV_LONG_INT: t->datatype = NG_XSD "integer"; return true;
  case VT_DV_NUMERIC: t->datatype = NG_XSD "decimal"; return true;
  case VT_DV_DOUBLE_FLOAT: t->datatype = NG_XSD "double"; return true;
  case VT_DV_SINGLE_FLOAT: t->datatype = NG_XSD "float"; return true;
  case VT_DV_DATE: t->datatype = NG_XSD "date"; return true;
  case VT_DV_TIME: t->datatype = NG_XSD "time"; return true;
  case VT_DV_DATETIME:
  case VT_DV_TIMESTAMP:
    SQLGetDescField(d, col, SQL_DESC_COL_DT_DT_TYPE, &dt, SQL_IS_INTEGER, NULL);
    t->datatype = dt == VT_DT_DATE ? NG_XSD "date" : dt == VT_DT_TIME ? NG_XSD "time" : NG_XSD "dateTime";
    /* the lexical form: "2021-03-09T10:00:00Z", where the driver writes a space */
    if (dt != VT_DT_DATE && dt != VT_DT_TIME && strlen(val) > 10 && val[10] == ' ' && val[4] == '-') {
      ng_buf_clear(label);
      ng_buf_adds(label, val);
      label->data[10] = 'T';
      t->value = label->data;
    }
    return true;
  default: return false;
  }
}

/* A SELECT's rows as Virtuoso sends them, one at a time: no result is
 * serialized whole on the server (its 10 MB cap on one string does not
 * apply), and newsgraph holds one row (or the table's cells). */
static ng_status print_select_rows(SQLHSTMT st, ng_result_format fmt, FILE *out) {
  SQLSMALLINT nc = 0;
  SQLHDESC d = NULL;
  if (!SQL_SUCCEEDED(SQLNumResultCols(st, &nc)) || nc < 0 ||
      !SQL_SUCCEEDED(SQLGetStmtAttr(st, SQL_ATTR_IMP_ROW_DESC, &d, SQL_IS_POINTER, NULL))) {
    vt_error(SQL_HANDLE_STMT, st, "cannot read the result");
    return NG_ERR_QUERY;
  }
  size_t n = (size_t)nc;
  char **names = ng_xcalloc(n ? n : 1, sizeof *names);
  for (size_t i = 0; i < n; i++) {
    char name[256];
    SQLSMALLINT len = 0;
    if (!SQL_SUCCEEDED(SQLDescribeCol(st, (SQLUSMALLINT)(i + 1), (SQLCHAR *)name, sizeof name, &len, NULL,
                                      NULL, NULL, NULL)) || len < 0 || len >= (SQLSMALLINT)sizeof name)
      len = 0;
    name[len] = '\0';
    names[i] = ng_xstrdup(name);
  }
  ng_results_out *r = ng_results_out_new(fmt, out, names, n);
  ng_term *row = ng_xcalloc(n ? n : 1, sizeof *row);
  struct {
    ng_buf val, label, lang, type; /* a column's text and its term's parts */
  } *col = ng_xcalloc(n ? n : 1, sizeof *col);
  ng_status rc = NG_OK;
  for (;;) {
    SQLRETURN fr = SQLFetch(st);
    if (fr == SQL_NO_DATA)
      break;
    if (!SQL_SUCCEEDED(fr)) {
      vt_error(SQL_HANDLE_STMT, st, "the query failed");
      rc = NG_ERR_QUERY;
      break;
    }
    for (size_t i = 0; i < n && rc == NG_OK; i++) {
      bool is_null = false;
      memset(&row[i], 0, sizeof row[i]);
      if (!vt_get_text(st, (SQLUSMALLINT)(i + 1), &col[i].val, NG_VT_MAX_RESULT, &is_null)) {
        if (!is_null)
          rc = NG_ERR_QUERY;
        continue; /* NULL: unbound */
      }
      if (!column_term(d, (SQLUSMALLINT)(i + 1), col[i].val.data, &row[i], &col[i].label, &col[i].lang,
                       &col[i].type)) {
        ng_log(NG_LOG_ERROR, NULL, 0, 0, "Virtuoso sent a value of an unknown type for ?%s", names[i]);
        rc = NG_ERR_QUERY;
      }
    }
    if (rc == NG_OK)
      rc = ng_results_out_row(r, row);
    if (rc != NG_OK || ng_results_out_full(r))
      break;
  }
  SQLCloseCursor(st);
  ng_status frc = ng_results_out_finish(r);
  if (rc == NG_OK)
    rc = frc;
  for (size_t i = 0; i < n; i++) {
    free(names[i]);
    ng_buf_free(&col[i].val);
    ng_buf_free(&col[i].label);
    ng_buf_free(&col[i].lang);
    ng_buf_free(&col[i].type);
  }
  free(names);
  free(row);
  free(col);
  return rc;
}

static ng_status vt_query(vt_conn *c, const char *query, ng_result_format fmt, FILE *out, long timeout) {
  bool update = false;
  const char *form = ng_query_form(query, &update, NULL);
  if (update || !form) {
    ng_log(NG_LOG_ERROR, NULL, 0, 0, "%s", update ? "'newsgraph query' runs queries only (SELECT, ASK, "
           "CONSTRUCT, DESCRIBE), not updates: the store changes through load and remove"
           : "not a SPARQL query: no SELECT, ASK, CONSTRUCT or DESCRIBE");
    return NG_ERR_QUERY;
  }
  bool ask = strcmp(form, "ASK") == 0, select = strcmp(form, "SELECT") == 0;
  ng_buf sql, res;
  ng_buf_init(&sql);
  ng_buf_init(&res);
  ng_buf_printf(&sql, "SPARQL %s\n%s\n", ask || select ? "" : "define output:format \"NT\"", query);
  ng_status rc = NG_OK;
  c->timeout = timeout;
  SQLHSTMT st = vt_exec(c, sql.data, 0, NULL, NULL, "the query failed");
  if (!st) {
    rc = NG_ERR_QUERY;
  } else if (select) {
    rc = print_select_rows(st, fmt, out);
  } else if (ask) {
    /* Virtuoso answers "false" with no row (or a NULL) */
    SQLRETURN r = SQLFetch(st);
    bool is_null = false, value = false;
    if (SQL_SUCCEEDED(r)) {
      if (vt_get_text(st, 1, &res, 64, &is_null))
        value = atoi(res.data) != 0;
      else if (!is_null)
        rc = NG_ERR_QUERY;
    } else if (r != SQL_NO_DATA) {
      vt_error(SQL_HANDLE_STMT, st, "the query failed");
      rc = NG_ERR_QUERY;
    }
    if (rc == NG_OK)
      rc = ng_results_print_boolean(value, fmt, out);
  } else {
    /* an empty CONSTRUCT gives no row at all */
    SQLRETURN r = SQLFetch(st);
    if (SQL_SUCCEEDED(r)) {
      if (!vt_get_text(st, 1, &res, NG_VT_MAX_RESULT, NULL))
        rc = NG_ERR_QUERY;
    } else if (r != SQL_NO_DATA) {
      vt_error(SQL_HANDLE_STMT, st, "the query failed");
      rc = NG_ERR_QUERY;
    }
    if (rc == NG_OK)
      rc = print_graph_nt(res.data ? res.data : "", res.len, out);
  }
  if (st)
    SQLFreeHandle(SQL_HANDLE_STMT, st);
  ng_buf_free(&sql);
  ng_buf_free(&res);
  return rc;
}

int ng_virtuoso_query(const char *url, const char *query, ng_result_format fmt, long timeout_s) {
  if (strlen(query) > NG_VT_MAX_QUERY) {
    ng_log(NG_LOG_ERROR, NULL, 0, 0, "the query is longer than %u bytes", NG_VT_MAX_QUERY);
    return EXIT_FAIL;
  }
  vt_conn c;
  if (!vt_connect(url, &c, true))
    return EXIT_FAIL;
  ng_status rc = vt_query(&c, query, fmt, stdout, timeout_s);
  vt_close(&c);
  return rc == NG_OK ? EXIT_OK : EXIT_FAIL;
}

/* ------------------------------------------------------------------ stats */

int ng_virtuoso_stats(const char *url) {
  vt_conn c;
  if (!vt_connect(url, &c, true))
    return EXIT_FAIL;
  long docs = vt_count(&c, "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a <" NG_NS "Document> }");
  long graphs = vt_count(&c, "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?g a <" NG_NS "Document> } }");
  long in_docs = vt_count(&c, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?g a <" NG_NS "Document> . ?s ?p ?o } }");
  long in_ents = vt_count(&c, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" NG_VIRTUOSO_ENTITY_GRAPH "> { ?s ?p ?o } }");
  bool bad = docs < 0 || graphs < 0 || in_docs < 0 || in_ents < 0;
  printf("%-30s %ld\n", "articles", docs);
  printf("%-30s %ld\n", "triples", bad ? -1 : in_docs + in_ents);
  printf("%-30s %ld\n", "named graphs", graphs);
  static const char *const groups[] = {"entities", "events", "provenance"};
  for (int gi = 0; gi < 3 && !bad; gi++) {
    printf("%s\n", groups[gi]);
    for (size_t i = 0; i < ng_n_stat_types; i++) {
      if (ng_stat_types[i].group != gi)
        continue;
      ng_buf q;
      ng_buf_init(&q);
      ng_buf_printf(&q, "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a <%s%s> }", NG_NS, ng_stat_types[i].local);
      long n = vt_count(&c, q.data);
      ng_buf_free(&q);
      bad = bad || n < 0;
      printf("  ng:%-26s %ld\n", ng_stat_types[i].local, n);
    }
  }
  vt_close(&c);
  if (fflush(stdout) != 0 || ferror(stdout))
    bad = true;
  return bad ? EXIT_FAIL : EXIT_OK;
}

/* ------------------------------------------------------------------ the article index
 * Every stored article: document IRI, identifier, SHA-256, read in one query
 * when a load or remove starts and kept up to date as it goes. */

typedef struct {
  char *iri, *identifier, *sha; /* owned */
  bool gone;                    /* removed (or replaced) during this run */
  bool pending;                 /* in the batch not yet committed */
  size_t next_same_id;          /* index + 1 of the next article with this identifier */
} vt_article;

typedef struct {
  vt_article *a;
  size_t n, cap;
  ng_strmap *by_iri; /* IRI -> index + 1 (as a pointer value) */
  ng_strmap *by_id;  /* identifier -> index + 1 of its latest article */
} vt_index;

static void index_add(vt_index *ix, const char *iri, const char *identifier, const char *sha) {
  if (ix->n == ix->cap) {
    ix->cap = ix->cap ? ix->cap * 2 : 256;
    ix->a = ng_xrealloc(ix->a, ix->cap * sizeof *ix->a);
  }
  vt_article *a = &ix->a[ix->n++];
  a->iri = ng_xstrdup(iri);
  a->identifier = ng_xstrdup(identifier);
  a->sha = ng_xstrdup(sha);
  a->gone = a->pending = false;
  a->next_same_id = (uintptr_t)ng_strmap_get(ix->by_id, identifier);
  ng_strmap_put(ix->by_iri, iri, (void *)(uintptr_t)ix->n);
  ng_strmap_put(ix->by_id, identifier, (void *)(uintptr_t)ix->n);
}

/* The articles stored under IDENTIFIER: call with *I = 0, then while it
 * returns one (removed ones included: check gone). */
static vt_article *index_next_with_id(vt_index *ix, const char *identifier, size_t *i) {
  size_t k = *i ? ix->a[*i - 1].next_same_id : (uintptr_t)ng_strmap_get(ix->by_id, identifier);
  *i = k;
  return k ? &ix->a[k - 1] : NULL;
}

static vt_article *index_by_iri(vt_index *ix, const char *iri) {
  uintptr_t i = (uintptr_t)ng_strmap_get(ix->by_iri, iri);
  return i && !ix->a[i - 1].gone ? &ix->a[i - 1] : NULL;
}

static void index_free(vt_index *ix) {
  for (size_t i = 0; i < ix->n; i++) {
    free(ix->a[i].iri);
    free(ix->a[i].identifier);
    free(ix->a[i].sha);
  }
  free(ix->a);
  ng_strmap_free(ix->by_iri, NULL);
  ng_strmap_free(ix->by_id, NULL);
  memset(ix, 0, sizeof *ix);
}

static bool index_load(vt_conn *c, vt_index *ix) {
  memset(ix, 0, sizeof *ix);
  ix->by_iri = ng_strmap_new();
  ix->by_id = ng_strmap_new();
  /* identifiers come back percent-encoded: ASCII whatever the character sets */
  SQLHSTMT st = vt_exec(c, "SPARQL SELECT (STR(?d) AS ?iri) (ENCODE_FOR_URI(STR(?id)) AS ?ident) "
                           "(STR(?h) AS ?sha) WHERE { GRAPH ?d { ?d a <" NG_NS "Document> ; <" NG_DCTERMS
                           "identifier> ?id ; <" NG_NS "sha256> ?h } }",
                        0, NULL, NULL, "cannot list the stored articles");
  if (!st)
    return false;
  ng_buf iri, ident, sha;
  ng_buf_init(&iri);
  ng_buf_init(&ident);
  ng_buf_init(&sha);
  bool ok = true;
  SQLRETURN r;
  while (ok && SQL_SUCCEEDED(r = SQLFetch(st))) {
    ok = vt_get_text(st, 1, &iri, 1 << 16, NULL) && vt_get_text(st, 2, &ident, 1 << 16, NULL) &&
         vt_get_text(st, 3, &sha, 1 << 10, NULL);
    if (ok) {
      char *id = pct_decode(ident.data, ident.len);
      index_add(ix, iri.data, id, sha.data);
      free(id);
    }
  }
  if (ok && r != SQL_NO_DATA) {
    vt_error(SQL_HANDLE_STMT, st, "cannot list the stored articles");
    ok = false;
  }
  SQLFreeHandle(SQL_HANDLE_STMT, st);
  ng_buf_free(&iri);
  ng_buf_free(&ident);
  ng_buf_free(&sha);
  return ok;
}

/* Deletes the quads of graph IRI (within the current transaction). */
static bool delete_graph(vt_conn *c, const char *iri) {
  size_t len = strlen(iri);
  SQLHSTMT st = vt_exec(c, "DELETE FROM DB.DBA.RDF_QUAD WHERE G = iri_to_id (?, 0)", 1, &iri, &len,
                        "cannot delete an article's graph");
  if (!st)
    return false;
  SQLFreeHandle(SQL_HANDLE_STMT, st);
  return true;
}

/* ------------------------------------------------------------------ N-Quads out, ASCII only */

/* Appends the code points of S as N-Triples escapes where not printable
 * ASCII; IRI: refuses what IRIREF does not allow.  Returns false if refused. */
static bool nq_escape(ng_buf *out, const char *s, bool iri) {
  size_t len = strlen(s);
  for (size_t i = 0; i < len;) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x20 && c < 0x7f) {
      if (iri && strchr("<>\"{}|^`\\ ", c))
        return false;
      if (!iri && (c == '"' || c == '\\'))
        ng_buf_addc(out, '\\');
      ng_buf_addc(out, (char)c);
      i++;
      continue;
    }
    uint32_t cp;
    size_t n = ng_utf8_decode(s + i, len - i, &cp);
    i += n ? n : 1;
    if (iri && cp < 0x80)
      return false;
    if (cp == '\n')
      ng_buf_adds(out, "\\n");
    else if (cp == '\r')
      ng_buf_adds(out, "\\r");
    else if (cp == '\t')
      ng_buf_adds(out, "\\t");
    else if (cp > 0xFFFF)
      ng_buf_printf(out, "\\U%08X", (unsigned)cp);
    else
      ng_buf_printf(out, "\\u%04X", (unsigned)cp);
  }
  return true;
}

static bool nq_term(ng_buf *out, const ng_term *t) {
  switch (t->type) {
  case NG_TERM_IRI:
    ng_buf_addc(out, '<');
    if (!nq_escape(out, t->value, true))
      return false;
    ng_buf_addc(out, '>');
    return true;
  case NG_TERM_BLANK:
    ng_buf_adds(out, "_:");
    for (const char *p = t->value; *p; p++)
      ng_buf_addc(out, isalnum((unsigned char)*p) ? *p : '_');
    return true;
  case NG_TERM_LITERAL:
    ng_buf_addc(out, '"');
    nq_escape(out, t->value, false);
    ng_buf_addc(out, '"');
    if (t->lang && *t->lang) {
      ng_buf_addc(out, '@');
      for (const char *p = t->lang; *p; p++)
        if (!isalnum((unsigned char)*p) && *p != '-')
          return false;
      ng_buf_adds(out, t->lang);
    } else if (t->datatype) {
      ng_buf_adds(out, "^^<");
      if (!nq_escape(out, t->datatype, true))
        return false;
      ng_buf_addc(out, '>');
    }
    return true;
  }
  return false;
}

/* ------------------------------------------------------------------ load */

typedef struct {
  vt_conn c;
  vt_index ix;
  ng_builder *builder;
  const ng_lexicon *lex;
  ng_read_opts opts;
  const char *base, *url;
  ng_buf article;     /* N-Quads of the article being built */
  bool article_bad;   /* a statement could not be written */
  ng_strmap *seen;    /* the article's quads so far (the builder may repeat one) */
  ng_strmap *ents;    /* entity-graph quads sent in this run (bounded) */
  const char *doc_graph;
  ng_buf batch;       /* N-Quads of the articles not yet sent */
  char **drops;       /* graphs to delete before the batch is added (owned) */
  size_t n_drops, cap_drops;
  size_t batch_docs;
  unsigned long n_docs, n_unchanged, n_replaced, n_failed, n_statements, pending_statements;
  ng_status store_error;
  bool quiet, progress;
  time_t last_progress;
} vt_load;

static ng_status vt_sink_statement(void *ctx, const ng_statement *st) {
  vt_load *x = ctx;
  size_t mark = x->article.len;
  bool ok = nq_term(&x->article, &st->s);
  ng_buf_addc(&x->article, ' ');
  ok = ok && nq_term(&x->article, &st->p);
  ng_buf_addc(&x->article, ' ');
  ok = ok && nq_term(&x->article, &st->o);
  ng_term g = {NG_TERM_IRI, st->graph ? st->graph : NG_VIRTUOSO_ENTITY_GRAPH, NULL, NULL, false};
  ng_buf_addc(&x->article, ' ');
  ok = ok && nq_term(&x->article, &g);
  ng_buf_adds(&x->article, " .\n");
  /* the entity graph is a set shared by all articles: send each quad once
   * per run (as far as memory allows), so that the count is of new quads */
  ng_strmap *set = st->graph ? x->seen : x->ents;
  bool dup = ok && ng_strmap_get(set, x->article.data + mark) != NULL;
  if (ok && !dup && (set == x->seen || ng_strmap_size(set) < NG_VT_MAX_ENTITY_QUADS))
    ng_strmap_put(set, x->article.data + mark, x);
  if (!ok || dup) {
    x->article.len = mark;
    if (x->article.data)
      x->article.data[mark] = '\0';
    x->article_bad = x->article_bad || !ok;
  }
  return NG_OK;
}

/* Sends the batch: deletes the replaced graphs and adds the new quads in one
 * transaction.  On an error nothing of the batch is kept. */
static ng_status flush_batch(vt_load *x) {
  if (x->batch.len == 0 && x->n_drops == 0)
    return NG_OK;
  bool ok = true;
  for (size_t i = 0; ok && i < x->n_drops; i++)
    ok = delete_graph(&x->c, x->drops[i]);
  if (ok && x->batch.len) {
    const char *params[2] = {x->batch.data, NG_VIRTUOSO_ENTITY_GRAPH};
    size_t lens[2] = {x->batch.len, strlen(NG_VIRTUOSO_ENTITY_GRAPH)};
    char sql[96];
    snprintf(sql, sizeof sql, "DB.DBA.TTLP (?, '', ?, %d)", NG_VT_TTLP_NQUADS);
    SQLHSTMT st = vt_exec(&x->c, sql, 2, params, lens, "cannot add the articles");
    if (st)
      SQLFreeHandle(SQL_HANDLE_STMT, st);
    else
      ok = false;
  }
  ok = ok && vt_end(&x->c, true);
  if (!ok)
    vt_end(&x->c, false);
  for (size_t i = 0; i < x->n_drops; i++)
    free(x->drops[i]);
  x->n_drops = 0;
  for (size_t i = 0; i < x->ix.n; i++)
    x->ix.a[i].pending = false;
  ng_buf_clear(&x->batch);
  x->batch_docs = 0;
  if (!ok) {
    x->store_error = NG_ERR_RDF;
    return NG_ERR_RDF;
  }
  x->n_statements += x->pending_statements;
  x->pending_statements = 0;
  return NG_OK;
}

/* Marks A replaced: its graph is deleted when the batch is sent (an article
 * of the batch itself is sent first). */
static ng_status drop_article(vt_load *x, vt_article *a) {
  if (a->pending && flush_batch(x) != NG_OK)
    return NG_ERR_IO;
  if (x->n_drops == x->cap_drops) {
    x->cap_drops = x->cap_drops ? x->cap_drops * 2 : 16;
    x->drops = ng_xrealloc(x->drops, x->cap_drops * sizeof *x->drops);
  }
  x->drops[x->n_drops++] = ng_xstrdup(a->iri);
  a->gone = true;
  return NG_OK;
}

static void load_progress(vt_load *x, bool final) {
  if (!ng_cmd_progress_due(x->progress, final, x->n_docs, &x->last_progress))
    return;
  fprintf(stderr, "\rnewsgraph: %lu articles (%lu unchanged), %lu statements%s", x->n_docs, x->n_unchanged,
          x->n_statements + x->pending_statements, final ? "\n" : "");
  fflush(stderr);
}

static ng_status vt_load_one(const char *path, const char *bytes, size_t len, void *ctx) {
  vt_load *x = ctx;
  ng_doc *doc = NULL;
  ng_facts facts;
  ng_facts_init(&facts);
  ng_buf iri;
  ng_buf_init(&iri);
  x->n_docs++;
  ng_status rc = ng_doc_from_bytes(path, bytes, len, &x->opts, &doc);
  bool replaced = false;
  if (rc == NG_OK) {
    ng_doc_iri(x->base, doc, &iri);
    vt_article *same = index_by_iri(&x->ix, iri.data);
    if (same && strcmp(same->sha, doc->sha256) == 0) {
      x->n_unchanged++;
      goto cleanup;
    }
    rc = ng_extract(x->lex, doc, &facts);
    if (rc != NG_OK)
      ng_log(NG_LOG_ERROR, path, 0, 0, "extraction failed: %s", ng_strerror(rc));
  }
  if (rc == NG_OK) {
    ng_buf_clear(&x->article);
    x->article_bad = false;
    ng_strmap_free(x->seen, NULL);
    x->seen = ng_strmap_new();
    rc = ng_builder_add(x->builder, doc, &facts);
    if (rc == NG_OK && x->article_bad) {
      ng_log(NG_LOG_ERROR, path, 0, 0, "an IRI or language tag of the article's graph cannot be written as N-Quads");
      rc = NG_ERR_INPUT;
    }
    if (rc != NG_OK)
      ng_log(NG_LOG_ERROR, path, 0, 0, "cannot build the article's graph: %s", ng_strerror(rc));
  }
  if (rc != NG_OK) {
    x->n_failed++;
    rc = NG_ERR_INPUT;
    goto cleanup;
  }
  /* the graphs this article replaces: its identifier's (and its IRI's, had it other content) */
  vt_article *same_iri = index_by_iri(&x->ix, iri.data);
  if (same_iri && drop_article(x, same_iri) != NG_OK) {
    rc = NG_ERR_IO;
    goto cleanup;
  }
  replaced = same_iri != NULL;
  size_t it = 0;
  for (vt_article *a; (a = index_next_with_id(&x->ix, doc->identifier, &it)) != NULL;) {
    if (a->gone)
      continue;
    if (drop_article(x, a) != NG_OK) {
      rc = NG_ERR_IO;
      goto cleanup;
    }
    replaced = true;
  }
  index_add(&x->ix, iri.data, doc->identifier, doc->sha256);
  x->ix.a[x->ix.n - 1].pending = true;
  ng_buf_add(&x->batch, x->article.data ? x->article.data : "", x->article.len);
  for (size_t i = 0; i < x->article.len; i++)
    if (x->article.data[i] == '\n')
      x->pending_statements++;
  x->batch_docs++;
  if (replaced) {
    x->n_replaced++;
    if (!x->quiet)
      ng_log(NG_LOG_NOTE, path, 0, 0, "replaced the earlier version of %s", doc->identifier);
  }
  if ((x->batch.len >= NG_VT_BATCH_BYTES || x->batch_docs >= NG_VT_BATCH_DOCS) && flush_batch(x) != NG_OK)
    rc = NG_ERR_IO;
cleanup:
  load_progress(x, false);
  ng_buf_free(&iri);
  ng_facts_clear(&facts);
  ng_doc_free(doc);
  return rc;
}

int ng_virtuoso_load(const char *url, char *const *inputs, size_t n_inputs, const char *base,
                     const ng_read_opts *opts, bool quiet, bool progress) {
  vt_load x;
  memset(&x, 0, sizeof x);
  x.url = url;
  x.base = base;
  x.opts = *opts;
  x.quiet = quiet;
  x.progress = progress;
  x.last_progress = time(NULL);
  ng_log_set_quiet(quiet);
  ng_buf_init(&x.article);
  ng_buf_init(&x.batch);
  x.lex = ng_lexicon_default();
  if (!x.lex)
    return EXIT_FAIL;
  if (!vt_connect(url, &x.c, false))
    return EXIT_FAIL;
  if (!index_load(&x.c, &x.ix)) {
    vt_close(&x.c);
    index_free(&x.ix);
    return EXIT_FAIL;
  }
  x.ents = ng_strmap_new();
  ng_sink sink = {vt_sink_statement, &x};
  x.builder = ng_builder_new(base, x.lex, sink);
  size_t n_failed = 0;
  ng_status rc = ng_inputs_each(inputs, n_inputs, vt_load_one, &x, &n_failed);
  if (x.store_error == NG_OK)
    flush_batch(&x);
  load_progress(&x, true);
  x.n_failed += n_failed;
  x.n_docs += n_failed;
  int status = EXIT_OK;
  if (x.store_error || rc > NG_ERR_INPUT) {
    ng_log(NG_LOG_ERROR, NULL, 0, 0, "the load into Virtuoso at %s did not complete; every article "
           "committed before the error is stored completely: fix the problem and load again", x.c.where);
    status = EXIT_FAIL;
  } else if (x.n_failed) {
    status = EXIT_FAIL;
  }
  if (!quiet)
    printf("loaded %lu article%s (%lu unchanged, %lu replaced, %lu failed), %lu statements\n", x.n_docs,
           x.n_docs == 1 ? "" : "s", x.n_unchanged, x.n_replaced, x.n_failed, x.n_statements);
  ng_builder_free(x.builder);
  for (size_t i = 0; i < x.n_drops; i++)
    free(x.drops[i]);
  free(x.drops);
  ng_buf_free(&x.article);
  ng_buf_free(&x.batch);
  ng_strmap_free(x.seen, NULL);
  ng_strmap_free(x.ents, NULL);
  index_free(&x.ix);
  vt_close(&x.c);
  return status;
}

/* ------------------------------------------------------------------ remove */

int ng_virtuoso_remove(const char *url, char *const *docs, size_t n_docs, bool quiet) {
  vt_conn c;
  if (!vt_connect(url, &c, false))
    return EXIT_FAIL;
  vt_index ix;
  if (!index_load(&c, &ix)) {
    index_free(&ix);
    vt_close(&c);
    return EXIT_FAIL;
  }
  int status = EXIT_OK;
  for (size_t k = 0; k < n_docs && status != -1; k++) {
    const char *doc = docs[k];
    bool by_iri = strncmp(doc, "http://", 7) == 0 || strncmp(doc, "https://", 8) == 0;
    unsigned long n = 0;
    bool ok = true;
    size_t it = 0;
    vt_article *a = by_iri ? index_by_iri(&ix, doc) : index_next_with_id(&ix, doc, &it);
    for (; ok && a; a = by_iri ? NULL : index_next_with_id(&ix, doc, &it)) {
      if (a->gone)
        continue;
      ok = delete_graph(&c, a->iri);
      a->gone = true;
      n++;
    }
    if (ok && n > 0)
      ok = vt_end(&c, true);
    if (!ok) {
      vt_end(&c, false);
      ng_log(NG_LOG_ERROR, NULL, 0, 0, "cannot remove '%s' from Virtuoso at %s", doc, c.where);
      status = -1;
    } else if (n == 0) {
      ng_log(NG_LOG_ERROR, NULL, 0, 0, "no article '%s' in the Virtuoso store at %s (give its file base "
             "name, as in dcterms:identifier, or its document IRI)", doc, c.where);
      status = EXIT_FAIL;
    } else if (!quiet) {
      printf("removed %s (%lu graph%s)\n", doc, n, n == 1 ? "" : "s");
    }
  }
  index_free(&ix);
  vt_close(&c);
  return status == -1 ? EXIT_FAIL : status;
}
