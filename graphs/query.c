/* query.c - SPARQL over a graph file, in process, with Redland.
 *
 * The file is parsed with raptor (librdf's own parsers drop the graph names
 * of N-Quads and TriG) and each statement added to an in-memory "hashes"
 * store with contexts, its graph name as the context, so GRAPH ?g works.
 * Rasqal 0.9.33 runs the query.  Queries using SPARQL 1.1 forms rasqal
 * crashes on or does not implement are refused up front with a suggestion.
 *
 * Results are formatted here rather than by rasqal's formatters, so that every
 * format streams, is bounded (NG_QUERY_MAX_ROWS) and escapes the same way:
 *   table  aligned columns for a terminal, terms in N-Triples form, escaped
 *   csv    SPARQL 1.1 CSV (RFC 4180 quoting, CRLF line ends)
 *   tsv    SPARQL 1.1 TSV (terms in N-Triples form, LF line ends)
 *   json   SPARQL 1.1 Query Results JSON
 *   xml    SPARQL Query Results XML
 * ASK prints true/false (table, csv, tsv) or the JSON/XML boolean form;
 * CONSTRUCT and DESCRIBE print N-Triples in every format.
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
#include <sys/stat.h>

#include <redland.h>

#include "graphs/graphs.h"

#define NG_QUERY_MAX_ROWS 1000000UL   /* rows (or triples) printed at most */
#define NG_TABLE_MAX_ROWS 10000UL     /* rows a table buffers to align columns */
#define NG_TABLE_MAX_CELL 120         /* code points shown per table cell */
#define NG_QUERY_MAX_TEXT (1u << 20)  /* bytes of SPARQL text accepted */

ng_result_format ng_result_format_from_name(const char *name) {
  static const struct {
    const char *name;
    ng_result_format f;
  } names[] = {{"table", NG_RES_TABLE}, {"csv", NG_RES_CSV}, {"tsv", NG_RES_TSV},
               {"json", NG_RES_JSON},   {"xml", NG_RES_XML}};
  if (!name)
    return NG_RES_UNKNOWN;
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    if (strcasecmp(name, names[i].name) == 0)
      return names[i].f;
  return NG_RES_UNKNOWN;
}

/* ------------------------------------------------------------------ the store */

typedef struct {
  librdf_world *world;
  librdf_storage *storage;
  librdf_model *model;
  const char *path;       /* borrowed, for messages */
  unsigned long errors;   /* errors reported by raptor, rasqal or librdf */
  unsigned long loaded;   /* statements added */
  bool add_failed;
  bool no_warnings;       /* drop rasqal's warnings (internal queries) */
  bool is_store;          /* opened from a store made by 'load' (graphs/store.c) */
} ng_store;

static int store_log(void *ctx, librdf_log_message *msg) {
  ng_store *st = ctx;
  librdf_log_level level = librdf_log_message_level(msg);
  const char *text = librdf_log_message_message(msg);
  raptor_locator *loc = librdf_log_message_locator(msg);
  long line = loc && loc->line > 0 ? loc->line : 0;
  long col = loc && loc->column > 0 ? loc->column : 0;
  if (level >= LIBRDF_LOG_ERROR) {
    st->errors++;
    ng_log(NG_LOG_ERROR, loc && line ? st->path : NULL, line, col, "%s", text ? text : "error");
  } else if (level == LIBRDF_LOG_WARN && !st->no_warnings && !(text && strstr(text, "$$")) &&
             !(text && strstr(text, "was bound but is unused"))) {
    /* "$$" marks rasqal's internal variables (aggregates): not the user's
     * business; nor is a variable only counted (COUNT(*), ASK { ?s ?p ?o }) */
    ng_log(NG_LOG_WARNING, NULL, 0, 0, "%s", text ? text : "warning");
  }
  return 1; /* handled */
}

static void parser_log(void *ctx, raptor_log_message *msg) {
  ng_store *st = ctx;
  long line = msg->locator && msg->locator->line > 0 ? msg->locator->line : 0;
  long col = msg->locator && msg->locator->column > 0 ? msg->locator->column : 0;
  if (msg->level >= RAPTOR_LOG_LEVEL_ERROR) {
    st->errors++;
    ng_log(NG_LOG_ERROR, st->path, line, col, "%s", msg->text ? msg->text : "parse error");
  } else if (msg->level == RAPTOR_LOG_LEVEL_WARN) {
    ng_log(NG_LOG_WARNING, st->path, line, col, "%s", msg->text ? msg->text : "warning");
  }
}

static void store_statement(void *ctx, raptor_statement *rs) {
  ng_store *st = ctx;
  /* the handler's statement is shared: add a graph-less shallow copy marked
   * static (usage -1), which the store copies term by term */
  raptor_statement tmp = *rs;
  tmp.graph = NULL;
  tmp.usage = -1;
  int rc = rs->graph ? librdf_model_context_add_statement(st->model, rs->graph, &tmp)
                     : librdf_model_add_statement(st->model, &tmp);
  if (rc)
    st->add_failed = true;
  else
    st->loaded++;
}

static void store_close(ng_store *st) {
  if (st->model)
    librdf_free_model(st->model);
  if (st->storage)
    librdf_free_storage(st->storage);
  if (st->world)
    librdf_free_world(st->world);
  memset(st, 0, sizeof *st);
}

static const char *syntax_for_path(const char *path) {
  static const struct {
    const char *ext, *syntax;
  } exts[] = {{".nq", "nquads"},   {".nt", "ntriples"}, {".ttl", "turtle"}, {".trig", "trig"},
              {".rdf", "rdfxml"},  {".xml", "rdfxml"},  {".owl", "rdfxml"}, {".n3", "turtle"}};
  size_t n = strlen(path);
  for (size_t i = 0; i < sizeof exts / sizeof exts[0]; i++) {
    size_t e = strlen(exts[i].ext);
    if (n > e && strcasecmp(path + n - e, exts[i].ext) == 0)
      return exts[i].syntax;
  }
  return NULL;
}

/* Opens the persistent store at PATH (made by 'newsgraph load') read-only
 * and copies it into an indexed in-memory store (graphs/memstore.c): one
 * linear pass, after which every triple pattern is a binary search.  Queried
 * in place, the Berkeley DB storage answers a pattern with one bound term, or
 * three, by reading every statement, once per row of the join. */
static ng_status store_open_persistent(ng_store *st, const char *path) {
  memset(st, 0, sizeof *st);
  st->path = path;
  st->is_store = true;
  st->world = librdf_new_world();
  if (!st->world)
    return NG_ERR_RDF;
  librdf_world_set_logger(st->world, st, store_log);
  librdf_world_open(st->world);
  librdf_storage *disk = NULL;
  ng_status rc = ng_rdfstore_open_storage(st->world, path, &disk);
  if (!rc) {
    /* the model opens the storage */
    librdf_model *dm = librdf_new_model(st->world, disk, NULL);
    st->storage = ng_memstore_new(st->world);
    if (!dm || !st->storage || ng_memstore_copy(st->storage, disk, &st->loaded) != NG_OK) {
      ng_log(NG_LOG_ERROR, path, 0, 0, "cannot read the store into memory");
      rc = NG_ERR_RDF;
    }
    if (dm)
      librdf_free_model(dm);
    librdf_free_storage(disk);
  }
  if (!rc) {
    st->model = librdf_new_model(st->world, st->storage, NULL);
    if (!st->model)
      rc = NG_ERR_RDF;
  }
  if (rc)
    store_close(st);
  return rc;
}

/* Opens a store and loads PATH ("-" = standard input) into it; a store
 * directory made by 'newsgraph load' is opened instead. */
static ng_status store_open(ng_store *st, const char *path) {
  ng_status rc = NG_OK;
  FILE *fh = NULL;
  raptor_parser *parser = NULL;
  raptor_uri *base = NULL;
  unsigned char *base_str = NULL;
  memset(st, 0, sizeof *st);
  st->path = path;

  bool is_stdin = strcmp(path, "-") == 0;
  struct stat sb;
  if (!is_stdin && stat(path, &sb) == 0 && S_ISDIR(sb.st_mode)) {
    if (ng_rdfstore_is_store(path))
      return store_open_persistent(st, path);
    ng_log(NG_LOG_ERROR, path, 0, 0, "a directory, but not a newsgraph store; give a graph file, "
           "or a store made by 'newsgraph load STORE ARTICLES...'");
    return NG_ERR_INPUT;
  }
  fh = is_stdin ? stdin : fopen(path, "rb");
  if (!fh) {
    ng_log(NG_LOG_ERROR, path, 0, 0, "cannot open the graph: %s", strerror(errno));
    return NG_ERR_INPUT;
  }

  st->world = librdf_new_world();
  if (!st->world) {
    rc = NG_ERR_RDF;
    goto cleanup;
  }
  librdf_world_set_logger(st->world, st, store_log);
  librdf_world_open(st->world);
  st->storage = ng_memstore_new(st->world);
  if (!st->storage) {
    ng_log(NG_LOG_ERROR, NULL, 0, 0, "cannot create an in-memory RDF store");
    rc = NG_ERR_RDF;
    goto cleanup;
  }
  st->model = librdf_new_model(st->world, st->storage, NULL);
  if (!st->model) {
    rc = NG_ERR_RDF;
    goto cleanup;
  }

  raptor_world *rw = librdf_world_get_raptor(st->world);
  const char *syntax = is_stdin ? NULL : syntax_for_path(path);
  char peek[4096];
  size_t npeek = 0;
  if (!syntax) {
    /* guess from the content; put the peeked bytes back by re-reading
     * (a pipe, such as /dev/stdin or bash's <(...), cannot be rewound:
     * then they are fed to the parser first, as for standard input) */
    npeek = fread(peek, 1, sizeof peek, fh);
    syntax = raptor_world_guess_parser_name(rw, NULL, NULL, (const unsigned char *)peek, npeek,
                                            (const unsigned char *)path);
    if (!syntax)
      syntax = "turtle";
    if (!is_stdin && fseek(fh, 0, SEEK_SET) == 0)
      npeek = 0;
  }
  parser = raptor_new_parser(rw, syntax);
  if (!parser) {
    rc = NG_ERR_RDF;
    goto cleanup;
  }
  raptor_world_set_log_handler(rw, st, parser_log);
  raptor_parser_set_statement_handler(parser, st, store_statement);
  base_str = raptor_uri_filename_to_uri_string(is_stdin ? "stdin" : path);
  base = raptor_new_uri(rw, base_str ? base_str : (const unsigned char *)"file:///stdin");
  if (!base) {
    rc = NG_ERR_RDF;
    goto cleanup;
  }
  if (npeek > 0) {
    /* standard input or a pipe: feed the peeked bytes first */
    if (raptor_parser_parse_start(parser, base) ||
        raptor_parser_parse_chunk(parser, (const unsigned char *)peek, npeek, 0)) {
      rc = NG_ERR_INPUT;
      goto cleanup;
    }
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, fh)) > 0)
      if (raptor_parser_parse_chunk(parser, (const unsigned char *)buf, n, 0)) {
        rc = NG_ERR_INPUT;
        goto cleanup;
      }
    if (raptor_parser_parse_chunk(parser, NULL, 0, 1))
      rc = NG_ERR_INPUT;
  } else if (raptor_parser_parse_file_stream(parser, fh, path, base)) {
    rc = NG_ERR_INPUT;
  }
  if (ferror(fh)) {
    ng_log(NG_LOG_ERROR, path, 0, 0, "read error: %s", strerror(errno));
    rc = NG_ERR_INPUT;
  }
  if (!rc && st->errors)
    rc = NG_ERR_INPUT;
  if (!rc && st->add_failed) {
    ng_log(NG_LOG_ERROR, path, 0, 0, "could not add all statements to the in-memory store");
    rc = NG_ERR_RDF;
  }
  if (rc == NG_ERR_INPUT)
    ng_log(NG_LOG_ERROR, path, 0, 0, "cannot read the graph as %s", syntax);

cleanup:
  if (parser)
    raptor_free_parser(parser);
  if (base)
    raptor_free_uri(base);
  if (base_str)
    raptor_free_memory(base_str);
  if (fh && !is_stdin)
    fclose(fh);
  if (rc)
    store_close(st);
  return rc;
}

/* ------------------------------------------------------------------ query checks */

typedef enum { TK_END, TK_IRI, TK_PNAME, TK_WORD, TK_VAR, TK_STRING, TK_NUM, TK_PUNCT } tk_type;

typedef struct {
  tk_type type;
  const char *s;
  size_t len;
  bool space_before;
} tk;

/* The next SPARQL token after *POS (a heuristic lexer: enough to tell
 * strings, IRIs, prefixed names, keywords and punctuation apart). */
static tk next_token(const char *q, size_t *pos) {
  size_t i = *pos;
  tk t = {TK_END, q + i, 0, false};
  for (;;) {
    while (q[i] && isspace((unsigned char)q[i])) {
      i++;
      t.space_before = true;
    }
    if (q[i] == '#') {
      while (q[i] && q[i] != '\n')
        i++;
      t.space_before = true;
      continue;
    }
    break;
  }
  size_t start = i;
  char c = q[i];
  if (!c) {
    t.type = TK_END;
  } else if (c == '"' || c == '\'') {
    bool longq = q[i + 1] == c && q[i + 2] == c;
    i += longq ? 3 : 1;
    while (q[i]) {
      if (q[i] == '\\' && q[i + 1]) {
        i += 2;
        continue;
      }
      if (q[i] == c && (!longq || (q[i + 1] == c && q[i + 2] == c))) {
        i += longq ? 3 : 1;
        break;
      }
      if (!longq && q[i] == '\n')
        break;
      i++;
    }
    t.type = TK_STRING;
  } else if (c == '<') {
    size_t j = i + 1;
    /* '|' and '^' are not allowed in IRIs, but taken as part of one here:
     * the engine rejects the IRI, the check must not call it a path */
    while (q[j] && q[j] != '>' && !isspace((unsigned char)q[j]) && !strchr("<\"{}`\\", q[j]))
      j++;
    if (q[j] == '>') {
      i = j + 1;
      t.type = TK_IRI;
    } else {
      i++;
      if (q[i] == '=')
        i++;
      t.type = TK_PUNCT;
    }
  } else if (c == '?' || c == '$') {
    i++;
    while (isalnum((unsigned char)q[i]) || q[i] == '_' || (unsigned char)q[i] >= 0x80)
      i++;
    t.type = i > start + 1 ? TK_VAR : TK_PUNCT;
  } else if (isdigit((unsigned char)c)) {
    while (isalnum((unsigned char)q[i]) || q[i] == '.')
      i++;
    t.type = TK_NUM;
  } else if (isalpha((unsigned char)c) || c == '_' || c == ':' || (unsigned char)c >= 0x80) {
    bool colon = false;
    while (isalnum((unsigned char)q[i]) || q[i] == '_' || q[i] == '-' || q[i] == ':' ||
           q[i] == '.' || q[i] == '%' || (unsigned char)q[i] >= 0x80) {
      if (q[i] == ':')
        colon = true;
      i++;
    }
    while (i > start + 1 && q[i - 1] == '.') /* a final '.' ends the triple */
      i--;
    t.type = colon ? TK_PNAME : TK_WORD;
  } else {
    i++;
    if ((c == '|' && q[i] == '|') || (c == '^' && q[i] == '^') || (c == '&' && q[i] == '&') ||
        (c == '!' && q[i] == '=') || (c == '>' && q[i] == '='))
      i++;
    t.type = TK_PUNCT;
  }
  t.s = q + start;
  t.len = i - start;
  *pos = i;
  return t;
}

static bool tk_is(const tk *t, const char *word) {
  return t->len == strlen(word) && strncasecmp(t->s, word, t->len) == 0;
}

/* A token that can be a step of a property path. */
static bool tk_path_elem(const tk *t) {
  return t->type == TK_IRI || t->type == TK_PNAME || (t->type == TK_WORD && t->len == 1 && t->s[0] == 'a');
}

static bool tk_punct(const tk *t, char c) {
  return t->type == TK_PUNCT && t->len == 1 && t->s[0] == c;
}

/* A token that begins an RDF term (a subject or an object). */
static bool tk_term(const tk *t) {
  return t->type == TK_VAR || t->type == TK_IRI || t->type == TK_PNAME || t->type == TK_STRING ||
         t->type == TK_NUM || tk_punct(t, '[') || tk_is(t, "true") || tk_is(t, "false");
}

/* Line and column (1-based, in code points) of byte OFF of Q. */
static void query_place(const char *q, size_t off, long *line, long *col) {
  *line = 1;
  *col = 1;
  for (size_t i = 0; i < off && q[i]; i++) {
    if (q[i] == '\n') {
      (*line)++;
      *col = 1;
    } else if (((unsigned char)q[i] & 0xC0) != 0x80) {
      (*col)++;
    }
  }
}

#define NG_RASQAL "the embedded SPARQL engine (rasqal 0.9.33)"
#define NG_USE_VIRTUOSO "use a Virtuoso store (virtuoso://HOST:PORT, see README 'Virtuoso store')"

/* The forms rasqal 0.9.33 refuses, crashes on or answers wrongly.  WHAT
 * names the feature; the message is "WHAT VERB not supported by ...; HOW,
 * or use a Virtuoso store". */
typedef enum {
  QC_NONE, QC_PATH, QC_EXISTS, QC_MINUS, QC_DESCRIBE, QC_VALUES, QC_SUBQUERY, QC_SEPARATOR,
  QC_SERVICE, QC_UPDATE
} qc_feature;

static const struct {
  const char *what, *verb, *how;
} qc_text[] = {
    [QC_PATH] = {"property paths ('/', '|', '*', '+', '^')", "are",
                 "rewrite with plain triple patterns"},
    [QC_EXISTS] = {"FILTER EXISTS / NOT EXISTS", "is",
                   "rewrite with OPTIONAL { ... } and FILTER(BOUND(?x)) or FILTER(!BOUND(?x))"},
    [QC_MINUS] = {"MINUS", "is", "rewrite with OPTIONAL { ... } and FILTER(!BOUND(?x))"},
    [QC_DESCRIBE] = {"DESCRIBE", "is", "write CONSTRUCT { <x> ?p ?o } WHERE { <x> ?p ?o }"},
    [QC_VALUES] = {"the short VALUES ?x { ... } form", "is",
                   "write VALUES (?x) { (<a>) (<b>) }"},
    [QC_SUBQUERY] = {"a subquery after a triple pattern (it is miscounted)", "is",
                     "put the { SELECT ... } first in its group"},
    [QC_SEPARATOR] = {"GROUP_CONCAT with a SEPARATOR other than \" \" (it is ignored)", "is",
                      "leave SEPARATOR out (values are joined with one space)"},
    [QC_SERVICE] = {"SERVICE (federated query)", "is", "query each endpoint on its own"},
};

/* The state of one { } group while checking. */
typedef struct {
  size_t patterns;    /* triple patterns in it, at its own level */
  bool expect_subject;/* the next term begins a triple pattern */
} qc_group;

#define QC_MAX_DEPTH 64

/* Refuses, with the place and a rewrite, the SPARQL 1.1 forms that rasqal
 * 0.9.33 does not support, crashes on or answers wrongly, and updates.  (Joins
 * inside or next to GRAPH ?g { }, quadratic on librdf's own storages, are
 * linear on graphs/memstore.c's.)  A heuristic lexer (next_token)
 * tells strings, IRIs, comments and prefixed names apart, so '/' and '|' in
 * IRIs, strings and comments, '^^' datatypes, SELECT * and COUNT(*), and
 * arithmetic and '||' inside ( ) expressions are not taken for paths. */
static ng_status query_check(const char *q) {
  static const char *const updates[] = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE",
                                        "ADD",    "MOVE",   "COPY", "WITH"};
  qc_group g[QC_MAX_DEPTH];
  /* parentheses: expression (FILTER, BIND, functions, SELECT clause) or not
   * (path grouping, collections) */
  bool paren_expr[QC_MAX_DEPTH];
  size_t depth = 0, pdepth = 0; /* open { } groups, open ( ) */
  size_t pos = 0, at = 0;
  tk prev = {TK_END, q, 0, false};
  qc_feature feature = QC_NONE;
  const char *update = NULL;
  bool first_keyword = true, in_select = false;
  for (;;) {
    tk t = next_token(q, &pos);
    if (t.type == TK_END)
      break;
    at = (size_t)(t.s - q);
    bool expr = pdepth > 0 && paren_expr[pdepth - 1 < QC_MAX_DEPTH ? pdepth - 1 : QC_MAX_DEPTH - 1];
    bool in_pattern = depth > 0 && !expr; /* inside a group, outside expressions */
    qc_group *cur = depth > 0 && depth <= QC_MAX_DEPTH ? &g[depth - 1] : NULL;
    if (t.type == TK_WORD) {
      if (first_keyword && !tk_is(&t, "PREFIX") && !tk_is(&t, "BASE")) {
        first_keyword = false;
        for (size_t i = 0; i < sizeof updates / sizeof updates[0]; i++)
          if (tk_is(&t, updates[i]))
            update = updates[i];
        if (update)
          break;
      }
      if (tk_is(&t, "INSERT") || tk_is(&t, "DELETE")) {
        update = tk_is(&t, "INSERT") ? "INSERT" : "DELETE";
        break;
      }
      if (tk_is(&t, "SELECT"))
        in_select = true;
      else if (tk_is(&t, "WHERE"))
        in_select = false;
      if (tk_is(&t, "EXISTS")) {
        if (tk_is(&prev, "NOT"))
          at = (size_t)(prev.s - q);
        feature = QC_EXISTS;
      } else if (tk_is(&t, "MINUS")) {
        feature = QC_MINUS;
      } else if (tk_is(&t, "DESCRIBE")) {
        feature = QC_DESCRIBE;
      } else if (tk_is(&t, "SERVICE")) {
        feature = QC_SERVICE;
      } else if (tk_is(&t, "VALUES")) {
        size_t p2 = pos;
        tk n = next_token(q, &p2);
        if (n.type == TK_VAR)
          feature = QC_VALUES;
      } else if (tk_is(&t, "SEPARATOR")) {
        size_t p2 = pos;
        tk eq = next_token(q, &p2);
        tk sep = next_token(q, &p2);
        bool space = sep.type == TK_STRING && sep.len >= 3 && sep.s[1] == ' ' &&
                     sep.s[2] == sep.s[0] && sep.len == 3;
        if (tk_punct(&eq, '=') && !space)
          feature = QC_SEPARATOR;
      } else if (tk_is(&t, "GRAPH") && in_pattern) {
        if (cur)
          cur->expect_subject = false; /* its name is no triple pattern */
      }
      if (feature)
        break;
    }
    if (t.type == TK_PUNCT && t.len == 1) {
      char c = t.s[0];
      if (c == '{') {
        size_t p2 = pos;
        tk n = next_token(q, &p2);
        if (tk_is(&n, "SELECT") && cur && cur->patterns > 0) {
          at = (size_t)(n.s - q);
          feature = QC_SUBQUERY;
          break;
        }
        if (depth < QC_MAX_DEPTH) {
          qc_group z = {0, true};
          g[depth] = z;
        }
        depth++;
        in_select = false;
        pdepth = 0;
        prev = t;
        continue;
      }
      if (c == '}') {
        if (depth > 0)
          depth--;
        if (depth > 0 && depth <= QC_MAX_DEPTH)
          g[depth - 1].expect_subject = true;
        pdepth = 0;
        prev = t;
        continue;
      }
      if (c == '(') {
        /* an expression: in the SELECT clause or outside groups, inside
         * another expression, or after a keyword or function name */
        bool e = !in_pattern || in_select || prev.type == TK_WORD ||
                 ((prev.type == TK_PNAME || prev.type == TK_IRI) && !t.space_before);
        if (tk_is(&prev, "a"))
          e = false;
        if (pdepth < QC_MAX_DEPTH)
          paren_expr[pdepth] = e;
        pdepth++;
        prev = t;
        continue;
      }
      if (c == ')') {
        if (pdepth > 0)
          pdepth--;
        if (pdepth == 0 && expr && cur)
          cur->expect_subject = true; /* after FILTER ( ... ), BIND ( ... ) */
        prev = t;
        continue;
      }
    }
    if (in_pattern && cur) {
      /* triple patterns: counted for the GRAPH and subquery checks */
      if (pdepth == 0 && tk_term(&t) && cur->expect_subject) {
        cur->patterns++;
        cur->expect_subject = false;
      } else if (pdepth == 0 && (tk_punct(&t, ';') || tk_punct(&t, ','))) {
        size_t p2 = pos;
        tk n = next_token(q, &p2);
        if (!tk_punct(&n, '.') && !tk_punct(&n, '}') && !tk_punct(&n, ']'))
          cur->patterns++;
      } else if (pdepth == 0 && tk_punct(&t, '.')) {
        cur->expect_subject = true;
      }
      /* property paths: only in triple patterns, never in ( ) expressions */
      if (t.type == TK_PUNCT && t.len == 1) {
        char c = t.s[0];
        size_t p2 = pos;
        tk n = next_token(q, &p2);
        if (c == '|' || c == '^' || c == '!')
          feature = QC_PATH;
        else if (c == '/' && (tk_path_elem(&prev) || tk_punct(&prev, ')')))
          feature = QC_PATH;
        else if ((c == '*' || c == '?') && (tk_path_elem(&prev) || tk_punct(&prev, ')')))
          feature = QC_PATH;
        else if (c == '+' && (tk_path_elem(&prev) || tk_punct(&prev, ')')) &&
                 !(n.type == TK_NUM && !n.space_before))
          feature = QC_PATH; /* not a signed number: p +1 */
        if (feature)
          break;
      }
    }
    prev = t;
  }
  if (update) {
    long line, col;
    query_place(q, at, &line, &col);
    ng_log(NG_LOG_ERROR, NULL, 0, 0,
           "query line %ld, column %ld: %s is a SPARQL update; the store is read-only to queries: "
           "use newsgraph load/remove", line, col, update);
    return NG_ERR_QUERY;
  }
  if (!feature)
    return NG_OK;
  long line, col;
  query_place(q, at, &line, &col);
  ng_log(NG_LOG_ERROR, NULL, 0, 0, "query line %ld, column %ld: %s %s not supported by " NG_RASQAL
         "; %s, or " NG_USE_VIRTUOSO, line, col, qc_text[feature].what, qc_text[feature].verb,
         qc_text[feature].how);
  return NG_ERR_QUERY;
}

/* ------------------------------------------------------------------ term output */

static const char *term_uri(librdf_uri *u) {
  return u ? (const char *)librdf_uri_as_string(u) : "";
}

/* Appends S escaped for a N-Triples string (quotes, backslash, controls). */
static void nt_escape(ng_buf *out, const char *s, size_t len) {
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    switch (c) {
    case '"': ng_buf_adds(out, "\\\""); break;
    case '\\': ng_buf_adds(out, "\\\\"); break;
    case '\n': ng_buf_adds(out, "\\n"); break;
    case '\r': ng_buf_adds(out, "\\r"); break;
    case '\t': ng_buf_adds(out, "\\t"); break;
    default:
      if (c < 0x20 || c == 0x7f)
        ng_buf_printf(out, "\\u%04X", c);
      else
        ng_buf_addc(out, (char)c);
    }
  }
}

/* Appends an IRI for <...>, escaping what IRIREF does not allow. */
static void iri_escape(ng_buf *out, const char *s) {
  for (; *s; s++) {
    unsigned char c = (unsigned char)*s;
    if (c <= 0x20 || c == 0x7f || strchr("<>\"{}|^`\\", c))
      ng_buf_printf(out, "\\u%04X", c);
    else
      ng_buf_addc(out, (char)c);
  }
}

/* NODE as an ng_term borrowing librdf's strings (value NULL = unbound), so
 * that one set of printers (ng_results_out, below) serves both engines. */
static void node_term(librdf_node *node, ng_term *t) {
  memset(t, 0, sizeof *t);
  if (!node)
    return;
  if (librdf_node_is_resource(node)) {
    t->type = NG_TERM_IRI;
    t->value = term_uri(librdf_node_get_uri(node));
  } else if (librdf_node_is_blank(node)) {
    t->type = NG_TERM_BLANK;
    const char *id = (const char *)librdf_node_get_blank_identifier(node);
    t->value = id ? id : "";
  } else if (librdf_node_is_literal(node)) {
    t->type = NG_TERM_LITERAL;
    const char *v = (const char *)librdf_node_get_literal_value(node);
    t->value = v ? v : "";
    const char *lang = librdf_node_get_literal_value_language(node);
    librdf_uri *dt = librdf_node_get_literal_value_datatype_uri(node);
    if (lang && *lang)
      t->lang = lang;
    else if (dt)
      t->datatype = term_uri(dt);
  }
}

static void json_escape(ng_buf *out, const char *s, size_t len) {
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '"' || c == '\\') {
      ng_buf_addc(out, '\\');
      ng_buf_addc(out, (char)c);
    } else if (c == '\n')
      ng_buf_adds(out, "\\n");
    else if (c == '\r')
      ng_buf_adds(out, "\\r");
    else if (c == '\t')
      ng_buf_adds(out, "\\t");
    else if (c < 0x20 || c == 0x7f)
      ng_buf_printf(out, "\\u%04x", c);
    else
      ng_buf_addc(out, (char)c);
  }
}

static void xml_escape(ng_buf *out, const char *s, size_t len) {
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    switch (c) {
    case '<': ng_buf_adds(out, "&lt;"); break;
    case '>': ng_buf_adds(out, "&gt;"); break;
    case '&': ng_buf_adds(out, "&amp;"); break;
    case '"': ng_buf_adds(out, "&quot;"); break;
    default:
      if ((c < 0x20 && c != '\n' && c != '\t' && c != '\r') || c == 0x7f)
        ng_buf_printf(out, "&#xFFFD;"); /* not allowed in XML 1.0 */
      else
        ng_buf_addc(out, (char)c);
    }
  }
}

static void csv_field(ng_buf *out, const char *s, size_t len) {
  bool quote = false;
  for (size_t i = 0; i < len && !quote; i++)
    quote = s[i] == ',' || s[i] == '"' || s[i] == '\n' || s[i] == '\r';
  if (!quote) {
    ng_buf_add(out, s, len);
    return;
  }
  ng_buf_addc(out, '"');
  for (size_t i = 0; i < len; i++) {
    if (s[i] == '"')
      ng_buf_addc(out, '"');
    ng_buf_addc(out, s[i]);
  }
  ng_buf_addc(out, '"');
}

/* ------------------------------------------------------------------ results */

static void write_buf(FILE *out, ng_buf *b) {
  if (b->len)
    fwrite(b->data, 1, b->len, out);
  ng_buf_clear(b);
}

/* Display width of S (code points). */
static size_t width_of(const char *s) { return ng_utf8_count(s, strlen(s)); }

/* Appends S to OUT padded with spaces to W columns. */
static void pad_to(ng_buf *out, const char *s, size_t w) {
  ng_buf_adds(out, s);
  for (size_t n = width_of(s); n < w; n++)
    ng_buf_addc(out, ' ');
}

static ng_status print_bindings(librdf_query_results *r, ng_result_format fmt, FILE *out) {
  int nv = librdf_query_results_get_bindings_count(r);
  size_t ncol = nv > 0 ? (size_t)nv : 0;
  char **names = ng_xcalloc(ncol ? ncol : 1, sizeof *names);
  for (size_t c = 0; c < ncol; c++) {
    const char *nm = librdf_query_results_get_binding_name(r, (int)c);
    names[c] = (char *)(nm ? nm : "");
  }
  ng_results_out *ro = ng_results_out_new(fmt, out, names, ncol);
  free(names);
  ng_term *vals = ng_xcalloc(ncol ? ncol : 1, sizeof *vals);
  librdf_node **nodes = ng_xcalloc(ncol ? ncol : 1, sizeof *nodes);
  while (!librdf_query_results_finished(r)) {
    for (size_t c = 0; c < ncol; c++) {
      nodes[c] = librdf_query_results_get_binding_value(r, (int)c);
      node_term(nodes[c], &vals[c]);
    }
    ng_status rc = ng_results_out_row(ro, vals);
    for (size_t c = 0; c < ncol; c++)
      if (nodes[c])
        librdf_free_node(nodes[c]);
    if (rc != NG_OK || ng_results_out_full(ro))
      break; /* the rows after the limit are not even computed */
    librdf_query_results_next(r);
  }
  free(nodes);
  free(vals);
  ng_results_out_finish(ro);
  return NG_OK;
}

static ng_status print_boolean(librdf_query_results *r, ng_result_format fmt, FILE *out) {
  int v = librdf_query_results_get_boolean(r);
  if (v < 0)
    return NG_ERR_QUERY;
  ng_results_print_boolean(v != 0, fmt, out);
  return NG_OK;
}

static ng_status print_graph(librdf_query_results *r, FILE *out) {
  librdf_stream *s = librdf_query_results_as_stream(r);
  if (!s)
    return NG_ERR_QUERY;
  unsigned long n = 0;
  for (; !librdf_stream_end(s); librdf_stream_next(s)) {
    if (n >= NG_QUERY_MAX_ROWS) {
      ng_log(NG_LOG_WARNING, NULL, 0, 0, "output stopped after %lu triples", NG_QUERY_MAX_ROWS);
      break;
    }
    librdf_statement *st = librdf_stream_get_object(s);
    if (!st)
      continue;
    ng_term t[3];
    node_term(librdf_statement_get_subject(st), &t[0]);
    node_term(librdf_statement_get_predicate(st), &t[1]);
    node_term(librdf_statement_get_object(st), &t[2]);
    n++;
    if (ng_results_print_triple(&t[0], &t[1], &t[2], out) != NG_OK)
      break;
  }
  librdf_free_stream(s);
  return NG_OK;
}

static ng_status query_precheck(const char *q); /* at the end of the file */

/* Runs QUERY over the open store ST and prints the results. */
static ng_status store_query(ng_store *st, const char *query, ng_result_format fmt, FILE *out) {
  ng_status rc = query_precheck(query);
  if (rc)
    return rc;
  unsigned long errors_before = st->errors;
  st->path = NULL; /* rasqal's locators point into the query, not the file */
  /* rasqal rejects a '#' comment on the last line unless a newline ends it */
  ng_buf text;
  ng_buf_init(&text);
  ng_buf_adds(&text, query);
  ng_buf_addc(&text, '\n');
  librdf_query *q = librdf_new_query(st->world, "sparql", NULL, (const unsigned char *)text.data, NULL);
  ng_buf_free(&text);
  if (!q) {
    if (st->errors == errors_before)
      ng_log(NG_LOG_ERROR, NULL, 0, 0, "the SPARQL query could not be parsed");
    return NG_ERR_QUERY;
  }
  librdf_query_results *r = librdf_model_query_execute(st->model, q);
  if (!r || st->errors > errors_before) {
    if (st->errors == errors_before)
      ng_log(NG_LOG_ERROR, NULL, 0, 0, "the SPARQL query could not be run");
    rc = NG_ERR_QUERY;
    goto cleanup;
  }
  if (librdf_query_results_is_bindings(r))
    rc = print_bindings(r, fmt, out);
  else if (librdf_query_results_is_boolean(r))
    rc = print_boolean(r, fmt, out);
  else if (librdf_query_results_is_graph(r))
    rc = print_graph(r, out);
  else {
    ng_log(NG_LOG_ERROR, NULL, 0, 0, "unsupported kind of query result");
    rc = NG_ERR_QUERY;
  }
  if (!rc && st->errors > errors_before)
    rc = NG_ERR_QUERY;
  if (!rc && (fflush(out) != 0 || ferror(out)))
    rc = NG_ERR_IO;
cleanup:
  if (r)
    librdf_free_query_results(r);
  librdf_free_query(q);
  return rc;
}

ng_status ng_query_file(const char *graph, const char *query, ng_result_format format, FILE *out) {
  if (!graph || !query || !out || format == NG_RES_UNKNOWN)
    return NG_ERR_USAGE;
  if (strlen(query) > NG_QUERY_MAX_TEXT) {
    ng_log(NG_LOG_ERROR, NULL, 0, 0, "the query is longer than %u bytes", NG_QUERY_MAX_TEXT);
    return NG_ERR_QUERY;
  }
  /* check before the (possibly long) load */
  ng_status rc = query_precheck(query);
  if (rc)
    return rc;
  ng_store st;
  rc = store_open(&st, graph);
  if (rc)
    return rc;
  rc = store_query(&st, query, format, out);
  store_close(&st);
  return rc;
}

/* ------------------------------------------------------------------ stats */

/* The types 'stats' counts, by group (graphs.h); shared with the Virtuoso
 * store's stats (graphs/virtuoso.c). */
const ng_stat_type ng_stat_types[] = {
    {"Country", 0},       {"Person", 0},        {"Official", 0},
    {"Organization", 0},  {"GovernmentBody", 0}, {"ArmedGroup", 0},
    {"InternationalOrganization", 0}, {"MediaOrganization", 0}, {"Coalition", 0},
    {"Place", 0},         {"Post", 0},
    {"Event", 1},         {"Agreement", 1},     {"AirspacePermission", 1},
    {"Meeting", 1},       {"Statement", 1},     {"ArmsTransfer", 1},
    {"MilitaryDeployment", 1},
    {"Mention", 2},
};
const size_t ng_n_stat_types = sizeof ng_stat_types / sizeof ng_stat_types[0];

#define RDF_TYPE_IRI "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
/* The number of distinct subjects of rdf:type TYPE, counted from the storage
 * (rasqal 0.9.33's COUNT(DISTINCT) is quadratic: a minute for 30,000). */
static long count_typed(ng_store *st, const char *type) {
  librdf_node *p = librdf_new_node_from_uri_string(st->world, (const unsigned char *)RDF_TYPE_IRI);
  librdf_node *o = librdf_new_node_from_uri_string(st->world, (const unsigned char *)type);
  librdf_statement *pat = librdf_new_statement_from_nodes(st->world, NULL, p, o);
  if (!pat)
    return -1;
  librdf_stream *s = librdf_model_find_statements(st->model, pat);
  ng_strmap *seen = ng_strmap_new();
  ng_buf key;
  ng_buf_init(&key);
  for (; s && !librdf_stream_end(s); librdf_stream_next(s)) {
    librdf_statement *x = librdf_stream_get_object(s);
    librdf_node *subj = x ? librdf_statement_get_subject(x) : NULL;
    if (!subj)
      continue;
    ng_buf_clear(&key);
    if (librdf_node_is_resource(subj))
      ng_buf_printf(&key, "<%s", (const char *)librdf_uri_as_string(librdf_node_get_uri(subj)));
    else
      ng_buf_printf(&key, "_%s", (const char *)librdf_node_get_blank_identifier(subj));
    ng_strmap_put(seen, key.data, seen);
  }
  long n = s ? (long)ng_strmap_size(seen) : -1;
  if (s)
    librdf_free_stream(s);
  ng_buf_free(&key);
  ng_strmap_free(seen, NULL);
  librdf_free_statement(pat);
  return n;
}

ng_status ng_stats_file(const char *graph, FILE *out) {
  ng_store st;
  ng_status rc = store_open(&st, graph);
  if (rc)
    return rc;
  st.path = NULL;
  st.no_warnings = true;
  long docs = count_typed(&st, NG_NS "Document");
  /* named graphs counted from the storage itself: rasqal 0.9.33 miscounts
   * COUNT(DISTINCT ?g) over GRAPH ?g */
  long graphs = 0;
  librdf_iterator *ctx = librdf_model_get_contexts(st.model);
  for (; ctx && !librdf_iterator_end(ctx); librdf_iterator_next(ctx)) graphs++;
  if (ctx) librdf_free_iterator(ctx);
  /* distinct statements, one per graph they are in */
  int size = librdf_model_size(st.model);
  fprintf(out, "%-30s %ld\n", "articles", docs);
  fprintf(out, "%-30s %ld\n", "triples", size >= 0 ? (long)size : (long)st.loaded);
  fprintf(out, "%-30s %ld\n", "named graphs", graphs);
  static const char *const groups[] = {"entities", "events", "provenance"};
  for (int gi = 0; gi < 3; gi++) {
    fprintf(out, "%s\n", groups[gi]);
    for (size_t i = 0; i < ng_n_stat_types; i++) {
      if (ng_stat_types[i].group != gi)
        continue;
      ng_buf t;
      ng_buf_init(&t);
      ng_buf_printf(&t, "%s%s", NG_NS, ng_stat_types[i].local);
      long n = count_typed(&st, t.data);
      ng_buf_free(&t);
      fprintf(out, "  ng:%-26s %ld\n", ng_stat_types[i].local, n);
    }
  }
  if (st.errors)
    rc = NG_ERR_QUERY;
  if (!rc && (fflush(out) != 0 || ferror(out)))
    rc = NG_ERR_IO;
  store_close(&st);
  return rc;
}

/* ------------------------------------------------------------------ open graphs (serve) */

/* query_check, unless NEWSGRAPH_QUERY_NOCHECK=1 asks to hand every query to
 * rasqal as it is (for testing the sandbox on the forms rasqal crashes on). */
static ng_status query_precheck(const char *q) {
  const char *nocheck = getenv("NEWSGRAPH_QUERY_NOCHECK");
  if (nocheck && strcmp(nocheck, "1") == 0)
    return NG_OK;
  return query_check(q);
}

struct ng_graph {
  ng_store st;
};

ng_status ng_graph_open(const char *path, ng_graph **out) {
  *out = NULL;
  ng_graph *g = ng_xcalloc(1, sizeof *g);
  ng_status rc = store_open(&g->st, path);
  if (rc) {
    free(g);
    return rc;
  }
  *out = g;
  return NG_OK;
}

void ng_graph_free(ng_graph *g) {
  if (!g)
    return;
  store_close(&g->st);
  free(g);
}

ng_status ng_graph_query(ng_graph *g, const char *query, ng_result_format format, FILE *out) {
  if (!g || !query || !out || format == NG_RES_UNKNOWN)
    return NG_ERR_USAGE;
  if (strlen(query) > NG_QUERY_MAX_TEXT) {
    ng_log(NG_LOG_ERROR, NULL, 0, 0, "the query is longer than %u bytes", NG_QUERY_MAX_TEXT);
    return NG_ERR_QUERY;
  }
  return store_query(&g->st, query, format, out);
}

librdf_world *ng_graph_world(ng_graph *g) { return g ? g->st.world : NULL; }
librdf_model *ng_graph_model(ng_graph *g) { return g ? g->st.model : NULL; }

const char *ng_query_form(const char *query, bool *update, bool *remote) {
  static const char *const forms[] = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"};
  static const char *const updates[] = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE",
                                        "ADD",    "MOVE",   "COPY", "WITH"};
  const char *form = NULL;
  if (update)
    *update = false;
  if (remote)
    *remote = false;
  size_t pos = 0;
  for (;;) {
    tk t = next_token(query, &pos);
    if (t.type == TK_END)
      break;
    if (t.type != TK_WORD)
      continue;
    for (size_t i = 0; !form && i < sizeof forms / sizeof forms[0]; i++)
      if (tk_is(&t, forms[i]))
        form = forms[i];
    for (size_t i = 0; update && i < sizeof updates / sizeof updates[0]; i++)
      if (tk_is(&t, updates[i]))
        *update = true;
    if (remote && (tk_is(&t, "SERVICE") || tk_is(&t, "FROM")))
      *remote = true;
  }
  return form;
}

/* ------------------------------------------------------------------ result printers
 * The result formats for both engines: rasqal's rows (print_bindings above,
 * through node_term) and Virtuoso's (graphs/virtuoso.c) come as ng_term. */

struct ng_results_out {
  ng_result_format fmt;
  FILE *out;
  size_t ncol;
  char **names;      /* variable names (owned) */
  unsigned long rows;
  bool more;         /* NG_QUERY_MAX_ROWS reached */
  /* table: buffered cells to align columns */
  char **cells;
  size_t ncells, cap;
  size_t *w;
};

static void tterm_nt(ng_buf *out, const ng_term *t) {
  if (!t || !t->value)
    return;
  if (t->type == NG_TERM_IRI) {
    ng_buf_addc(out, '<');
    iri_escape(out, t->value);
    ng_buf_addc(out, '>');
  } else if (t->type == NG_TERM_BLANK) {
    ng_buf_adds(out, "_:");
    ng_buf_adds(out, t->value);
  } else {
    ng_buf_addc(out, '"');
    nt_escape(out, t->value, strlen(t->value));
    ng_buf_addc(out, '"');
    if (t->lang && *t->lang) {
      ng_buf_addc(out, '@');
      ng_buf_adds(out, t->lang);
    } else if (t->datatype) {
      ng_buf_adds(out, "^^<");
      iri_escape(out, t->datatype);
      ng_buf_addc(out, '>');
    }
  }
}

static void tterm_json(ng_buf *out, const ng_term *t) {
  const char *s = t->value;
  if (t->type == NG_TERM_IRI) {
    ng_buf_adds(out, "{\"type\": \"uri\", \"value\": \"");
    json_escape(out, s, strlen(s));
    ng_buf_adds(out, "\"}");
  } else if (t->type == NG_TERM_BLANK) {
    ng_buf_adds(out, "{\"type\": \"bnode\", \"value\": \"");
    json_escape(out, s, strlen(s));
    ng_buf_adds(out, "\"}");
  } else {
    ng_buf_adds(out, "{\"type\": \"literal\", \"value\": \"");
    json_escape(out, s, strlen(s));
    ng_buf_addc(out, '"');
    if (t->lang && *t->lang) {
      ng_buf_adds(out, ", \"xml:lang\": \"");
      json_escape(out, t->lang, strlen(t->lang));
      ng_buf_addc(out, '"');
    } else if (t->datatype) {
      ng_buf_adds(out, ", \"datatype\": \"");
      json_escape(out, t->datatype, strlen(t->datatype));
      ng_buf_addc(out, '"');
    }
    ng_buf_addc(out, '}');
  }
}

static void tterm_xml(ng_buf *out, const ng_term *t) {
  const char *s = t->value;
  if (t->type == NG_TERM_IRI) {
    ng_buf_adds(out, "<uri>");
    xml_escape(out, s, strlen(s));
    ng_buf_adds(out, "</uri>");
  } else if (t->type == NG_TERM_BLANK) {
    ng_buf_adds(out, "<bnode>");
    xml_escape(out, s, strlen(s));
    ng_buf_adds(out, "</bnode>");
  } else {
    ng_buf_adds(out, "<literal");
    if (t->lang && *t->lang) {
      ng_buf_adds(out, " xml:lang=\"");
      xml_escape(out, t->lang, strlen(t->lang));
      ng_buf_addc(out, '"');
    } else if (t->datatype) {
      ng_buf_adds(out, " datatype=\"");
      xml_escape(out, t->datatype, strlen(t->datatype));
      ng_buf_addc(out, '"');
    }
    ng_buf_addc(out, '>');
    xml_escape(out, s, strlen(s));
    ng_buf_adds(out, "</literal>");
  }
}

static char *tterm_cell(const ng_term *t) {
  ng_buf nt, esc;
  ng_buf_init(&nt);
  ng_buf_init(&esc);
  tterm_nt(&nt, t);
  ng_escape_terminal(&esc, nt.data ? nt.data : "", nt.len);
  ng_buf_free(&nt);
  if (esc.len && ng_utf8_count(esc.data, esc.len) > NG_TABLE_MAX_CELL) {
    size_t i = 0, cps = 0;
    while (i < esc.len && cps < NG_TABLE_MAX_CELL - 3) {
      uint32_t cp;
      size_t n = ng_utf8_decode(esc.data + i, esc.len - i, &cp);
      i += n ? n : 1;
      cps++;
    }
    esc.len = i;
    esc.data[i] = '\0';
    ng_buf_adds(&esc, "...");
  }
  if (!esc.data)
    ng_buf_adds(&esc, "");
  return ng_buf_steal(&esc);
}

ng_results_out *ng_results_out_new(ng_result_format fmt, FILE *out, char *const *vars, size_t nvars) {
  ng_results_out *r = ng_xcalloc(1, sizeof *r);
  r->fmt = fmt;
  r->out = out;
  r->ncol = nvars;
  r->names = ng_xcalloc(nvars ? nvars : 1, sizeof *r->names);
  r->w = ng_xcalloc(nvars ? nvars : 1, sizeof *r->w);
  for (size_t c = 0; c < nvars; c++)
    r->names[c] = ng_xstrdup(vars[c] ? vars[c] : "");
  ng_buf b;
  ng_buf_init(&b);
  switch (fmt) {
  case NG_RES_TABLE:
    for (size_t c = 0; c < nvars; c++) {
      ng_buf_addc(&b, '?');
      ng_escape_terminal(&b, r->names[c], strlen(r->names[c]));
      r->w[c] = width_of(b.data);
      ng_buf_clear(&b);
    }
    break;
  case NG_RES_CSV:
  case NG_RES_TSV:
    for (size_t c = 0; c < nvars; c++) {
      if (c)
        ng_buf_addc(&b, fmt == NG_RES_CSV ? ',' : '\t');
      if (fmt == NG_RES_TSV)
        ng_buf_addc(&b, '?');
      ng_buf_adds(&b, r->names[c]);
    }
    ng_buf_adds(&b, fmt == NG_RES_CSV ? "\r\n" : "\n");
    break;
  case NG_RES_JSON:
    ng_buf_adds(&b, "{\n  \"head\": {\"vars\": [");
    for (size_t c = 0; c < nvars; c++) {
      ng_buf_adds(&b, c ? ", \"" : "\"");
      json_escape(&b, r->names[c], strlen(r->names[c]));
      ng_buf_addc(&b, '"');
    }
    ng_buf_adds(&b, "]},\n  \"results\": {\"bindings\": [");
    break;
  case NG_RES_XML:
    ng_buf_adds(&b, "<?xml version=\"1.0\"?>\n<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">\n  <head>\n");
    for (size_t c = 0; c < nvars; c++) {
      ng_buf_adds(&b, "    <variable name=\"");
      xml_escape(&b, r->names[c], strlen(r->names[c]));
      ng_buf_adds(&b, "\"/>\n");
    }
    ng_buf_adds(&b, "  </head>\n  <results>\n");
    break;
  default: break;
  }
  if (fmt != NG_RES_TABLE)
    write_buf(out, &b);
  ng_buf_free(&b);
  return r;
}

bool ng_results_out_full(const ng_results_out *r) { return r && r->more; }

ng_status ng_results_out_row(ng_results_out *r, const ng_term *values) {
  if (!r)
    return NG_ERR_USAGE;
  if (r->more)
    return NG_OK;
  if (r->fmt == NG_RES_TABLE ? r->rows >= NG_TABLE_MAX_ROWS : r->rows >= NG_QUERY_MAX_ROWS) {
    r->more = true;
    return NG_OK;
  }
  if (r->fmt == NG_RES_TABLE) {
    if (r->ncells + r->ncol > r->cap) {
      r->cap = r->cap ? r->cap * 2 : 64 * (r->ncol ? r->ncol : 1);
      r->cells = ng_xrealloc(r->cells, r->cap * sizeof *r->cells);
    }
    for (size_t c = 0; c < r->ncol; c++) {
      const ng_term *v = values[c].value ? &values[c] : NULL;
      char *cell = tterm_cell(v);
      size_t cw = width_of(cell);
      if (cw > r->w[c])
        r->w[c] = cw;
      r->cells[r->ncells++] = cell;
    }
    r->rows++;
    return NG_OK;
  }
  ng_buf b;
  ng_buf_init(&b);
  if (r->fmt == NG_RES_JSON)
    ng_buf_adds(&b, r->rows ? ",\n    {" : "\n    {");
  else if (r->fmt == NG_RES_XML)
    ng_buf_adds(&b, "    <result>\n");
  bool first = true;
  for (size_t c = 0; c < r->ncol; c++) {
    const ng_term *v = values[c].value ? &values[c] : NULL;
    const char *nm = r->names[c];
    switch (r->fmt) {
    case NG_RES_CSV:
      if (c)
        ng_buf_addc(&b, ',');
      if (v) {
        if (v->type == NG_TERM_BLANK) {
          ng_buf tmp;
          ng_buf_init(&tmp);
          ng_buf_printf(&tmp, "_:%s", v->value);
          csv_field(&b, tmp.data, tmp.len);
          ng_buf_free(&tmp);
        } else {
          csv_field(&b, v->value, strlen(v->value));
        }
      }
      break;
    case NG_RES_TSV:
      if (c)
        ng_buf_addc(&b, '\t');
      tterm_nt(&b, v);
      break;
    case NG_RES_JSON:
      if (v) {
        ng_buf_adds(&b, first ? "\"" : ", \"");
        json_escape(&b, nm, strlen(nm));
        ng_buf_adds(&b, "\": ");
        tterm_json(&b, v);
        first = false;
      }
      break;
    case NG_RES_XML:
      if (v) {
        ng_buf_adds(&b, "      <binding name=\"");
        xml_escape(&b, nm, strlen(nm));
        ng_buf_adds(&b, "\">");
        tterm_xml(&b, v);
        ng_buf_adds(&b, "</binding>\n");
      }
      break;
    default: break;
    }
  }
  if (r->fmt == NG_RES_CSV)
    ng_buf_adds(&b, "\r\n");
  else if (r->fmt == NG_RES_TSV)
    ng_buf_addc(&b, '\n');
  else if (r->fmt == NG_RES_JSON)
    ng_buf_addc(&b, '}');
  else if (r->fmt == NG_RES_XML)
    ng_buf_adds(&b, "    </result>\n");
  write_buf(r->out, &b);
  ng_buf_free(&b);
  r->rows++;
  return ferror(r->out) ? NG_ERR_IO : NG_OK;
}

ng_status ng_results_out_finish(ng_results_out *r) {
  if (!r)
    return NG_ERR_USAGE;
  ng_buf line;
  ng_buf_init(&line);
  if (r->fmt == NG_RES_TABLE) {
    size_t ncol = r->ncol, nrows = r->rows;
    for (size_t c = 0; c < ncol; c++) {
      if (c)
        ng_buf_adds(&line, " | ");
      ng_buf tmp;
      ng_buf_init(&tmp);
      ng_buf_addc(&tmp, '?');
      ng_escape_terminal(&tmp, r->names[c], strlen(r->names[c]));
      pad_to(&line, tmp.data, c + 1 < ncol ? r->w[c] : 0);
      ng_buf_free(&tmp);
    }
    ng_buf_addc(&line, '\n');
    for (size_t c = 0; c < ncol; c++) {
      if (c)
        ng_buf_adds(&line, "-+-");
      for (size_t k = 0; k < r->w[c]; k++)
        ng_buf_addc(&line, '-');
    }
    ng_buf_addc(&line, '\n');
    write_buf(r->out, &line);
    for (size_t i = 0; i < nrows; i++) {
      for (size_t c = 0; c < ncol; c++) {
        if (c)
          ng_buf_adds(&line, " | ");
        pad_to(&line, r->cells[i * ncol + c], c + 1 < ncol ? r->w[c] : 0);
      }
      while (line.len && line.data[line.len - 1] == ' ')
        line.len--;
      ng_buf_addc(&line, '\n');
      write_buf(r->out, &line);
    }
    ng_buf_printf(&line, "(%zu row%s%s)\n", nrows, nrows == 1 ? "" : "s",
                  r->more ? "; more not shown: use LIMIT/OFFSET or -r tsv" : "");
  } else if (r->fmt == NG_RES_JSON) {
    ng_buf_adds(&line, "\n  ]}\n}\n");
  } else if (r->fmt == NG_RES_XML) {
    ng_buf_adds(&line, "  </results>\n</sparql>\n");
  }
  write_buf(r->out, &line);
  ng_buf_free(&line);
  if (r->more && r->fmt != NG_RES_TABLE)
    ng_log(NG_LOG_WARNING, NULL, 0, 0, "output stopped after %lu rows; use LIMIT and OFFSET to page",
           NG_QUERY_MAX_ROWS);
  ng_status rc = (fflush(r->out) != 0 || ferror(r->out)) ? NG_ERR_IO : NG_OK;
  ng_results_out_free(r);
  return rc;
}

void ng_results_out_free(ng_results_out *r) {
  if (!r)
    return;
  for (size_t i = 0; i < r->ncells; i++)
    free(r->cells[i]);
  free(r->cells);
  for (size_t c = 0; c < r->ncol; c++)
    free(r->names[c]);
  free(r->names);
  free(r->w);
  free(r);
}

ng_status ng_results_print_boolean(bool value, ng_result_format fmt, FILE *out) {
  const char *s = value ? "true" : "false";
  switch (fmt) {
  case NG_RES_JSON: fprintf(out, "{\n  \"head\": {},\n  \"boolean\": %s\n}\n", s); break;
  case NG_RES_XML:
    fprintf(out,
            "<?xml version=\"1.0\"?>\n<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">\n"
            "  <head/>\n  <boolean>%s</boolean>\n</sparql>\n",
            s);
    break;
  default: fprintf(out, "%s\n", s); break;
  }
  return (fflush(out) != 0 || ferror(out)) ? NG_ERR_IO : NG_OK;
}

ng_status ng_results_print_triple(const ng_term *s, const ng_term *p, const ng_term *o, FILE *out) {
  ng_buf b;
  ng_buf_init(&b);
  tterm_nt(&b, s);
  ng_buf_addc(&b, ' ');
  tterm_nt(&b, p);
  ng_buf_addc(&b, ' ');
  tterm_nt(&b, o);
  ng_buf_adds(&b, " .\n");
  write_buf(out, &b);
  ng_buf_free(&b);
  return ferror(out) ? NG_ERR_IO : NG_OK;
}
