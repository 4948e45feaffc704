/* commands_store.c - the commands on a store or graph file: query, stats,
 * load, remove: argv in, exit status out.
 *
 * Exit status (CONTRACT.md): 0 success; 1 an input could not be read or
 * parsed, an output could not be written, or a query failed; 2 bad usage.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif
#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "graphs/graphs.h"
#include "graphs/commands_internal.h"

/* ------------------------------------------------------------------ query */

static void query_help(FILE *out) {
  fputs("Usage: newsgraph query [OPTION]... GRAPH 'SPARQL'\n"
        "       newsgraph query [OPTION]... GRAPH -q FILE.rq\n"
        "Run a SPARQL query over a graph file written by 'newsgraph extract' (or any\n"
        "RDF file: .nq .trig .ttl .nt .rdf, else the syntax is guessed).  Named\n"
        "graphs are kept, so GRAPH ?g { ... } finds the article that asserts a fact.\n"
        "GRAPH may also be a store made by 'newsgraph load'.  Either is first read\n"
        "into an indexed in-memory store (about 1 s and 25 MB per 1,000 articles;\n"
        "'newsgraph serve' reads it once and answers many queries).\n"
        "The embedded engine (rasqal) implements SPARQL 1.0 plus aggregates; property\n"
        "paths, EXISTS, MINUS and the short VALUES form are refused with a rewrite hint.\n"
        "GRAPH may also be virtuoso://[USER:PASSWORD@]HOST:PORT, a Virtuoso store: the\n"
        "query (SPARQL 1.1, updates refused) runs on the server (README 'Virtuoso store').\n"
        "\n"
        "Options:\n"
        "  -q, --query-file FILE  read the query from FILE (- for standard input)\n"
        "  -r, --results FORMAT   table, csv, tsv, json, xml.  Default: table when\n"
        "                         standard output is a terminal, else tsv\n"
        "      --timeout SECONDS  stop the query (loading the graph included) after\n"
        "                         SECONDS of wall-clock time (default 60, or\n"
        "                         $NEWSGRAPH_QUERY_TIMEOUT; 0: none)\n"
        "      --max-memory MB    memory the query may use (default 2048, or\n"
        "                         $NEWSGRAPH_QUERY_MAX_MEMORY; 0: no limit)\n"
        "  -h, --help             show this help and exit\n"
        "\n"
        "The query runs in a child process with these limits, writing its results\n"
        "straight to standard output (streamed, not buffered): if the SPARQL engine\n"
        "crashes on a query form it does not support, or a limit is reached, the\n"
        "command says so in one line and exits 1; rows already written stay written.\n"
        "ASK prints true or false; CONSTRUCT and DESCRIBE print N-Triples.\n"
        "Exit status: 0 success; 1 the graph could not be read or the query failed\n"
        "(crashed, timed out, out of memory); 2 bad usage.\n"
        "\n"
        "Examples:\n"
        "  newsgraph query corpus.nq 'PREFIX ng: <" NG_NS ">\n"
        "    SELECT ?doc ?quote WHERE { GRAPH ?doc { ?s a ng:Statement ; ng:quote ?quote } }'\n"
        "  newsgraph query -r csv corpus.nq -q examples/queries/agreements.rq > agreements.csv\n"
        "  newsgraph query corpus.ttl 'ASK { ?x a <" NG_NS "Agreement> }'\n",
        out);
}

/* Reads all of PATH ("-" = stdin) into a new string (bounded). */
static char *slurp(const char *path) {
  FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
  if (!f) {
    ng_log(NG_LOG_ERROR, path, 0, 0, "cannot open the query file: %s", strerror(errno));
    return NULL;
  }
  ng_buf b;
  ng_buf_init(&b);
  char chunk[8192];
  size_t n;
  bool too_big = false;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
    ng_buf_add(&b, chunk, n);
    if (b.len > (1u << 20)) {
      too_big = true;
      break;
    }
  }
  bool err = ferror(f);
  if (f != stdin)
    fclose(f);
  if (err || too_big) {
    ng_log(NG_LOG_ERROR, path, 0, 0, "%s", err ? "cannot read the query file" : "the query file is larger than 1 MiB");
    ng_buf_free(&b);
    return NULL;
  }
  return ng_buf_steal(&b);
}

/* Parses a whole number from 0 to MAX (a limit option's value). */
static bool parse_limit(const char *s, unsigned long max, unsigned long *out) {
  char *end = NULL;
  errno = 0;
  unsigned long v = strtoul(s, &end, 10);
  if (errno || s[0] < '0' || s[0] > '9' || *end || v > max)
    return false;
  *out = v;
  return true;
}

/* The query or stats command's work, run in the sandbox (a child process). */
typedef struct {
  const char *graph, *query;
  ng_result_format fmt;
} query_job;

static ng_status query_job_run(void *ctx, FILE *out) {
  query_job *j = ctx;
  return j->query ? ng_query_file(j->graph, j->query, j->fmt, out) : ng_stats_file(j->graph, out);
}

/* The default limits of a query: 60 s and 2048 MB, or what the environment
 * says (NEWSGRAPH_QUERY_TIMEOUT seconds, NEWSGRAPH_QUERY_MAX_MEMORY MB; 0 = no
 * limit) -- for slow setups such as the test suite under valgrind. */
static ng_sandbox_limits default_query_limits(void) {
  ng_sandbox_limits lim = {60u * 1000u, (size_t)2048 << 20, 0};
  const char *e = getenv("NEWSGRAPH_QUERY_TIMEOUT");
  char *end = NULL;
  if (e && *e) {
    unsigned long v = strtoul(e, &end, 10);
    if (*end == '\0' && v <= 86400) lim.timeout_ms = (unsigned)v * 1000u;
  }
  e = getenv("NEWSGRAPH_QUERY_MAX_MEMORY");
  if (e && *e) {
    unsigned long v = strtoul(e, &end, 10);
    if (*end == '\0' && v <= (1UL << 20)) lim.mem_bytes = (size_t)v << 20;
  }
  return lim;
}

/* Runs J in the sandbox, its output streamed to stdout, its messages (and
 * the sandbox's verdict) to stderr. */
static ng_status query_sandboxed(query_job *j, const ng_sandbox_limits *lim) {
  ng_buf err;
  ng_buf_init(&err);
  ng_status rc = ng_sandbox_run(query_job_run, j, lim, NULL, &err);
  if (err.len)
    fputs(err.data, stderr);
  ng_buf_free(&err);
  return rc;
}

int ng_cmd_query(int argc, char **argv) {
  static const struct option longopts[] = {{"query-file", required_argument, NULL, 'q'},
                                           {"results", required_argument, NULL, 'r'},
                                           {"timeout", required_argument, NULL, 'T'},
                                           {"max-memory", required_argument, NULL, 'M'},
                                           {"help", no_argument, NULL, 'h'},
                                           {NULL, 0, NULL, 0}};
  ng_sandbox_limits lim = default_query_limits();
  unsigned long v;
  const char *qfile = NULL;
  ng_result_format fmt = isatty(STDOUT_FILENO) ? NG_RES_TABLE : NG_RES_TSV;
  ng_cmd_getopt_reset();
  int c;
  while ((c = getopt_long(argc, argv, ":q:r:h", longopts, NULL)) != -1) {
    switch (c) {
    case 'q': qfile = optarg; break;
    case 'r':
      fmt = ng_result_format_from_name(optarg);
      if (fmt == NG_RES_UNKNOWN)
        return ng_cmd_usage_error("query", "unknown result format '%s' (table, csv, tsv, json, xml)", optarg);
      break;
    case 'T':
      if (!parse_limit(optarg, 86400, &v))
        return ng_cmd_usage_error("query", "--timeout '%s' is not a number of seconds from 0 to 86400", optarg);
      lim.timeout_ms = (unsigned)v * 1000u;
      break;
    case 'M':
      if (!parse_limit(optarg, 1UL << 20, &v))
        return ng_cmd_usage_error("query", "--max-memory '%s' is not a number of MB from 0 to 1048576", optarg);
      lim.mem_bytes = (size_t)v << 20;
      break;
    case 'h': query_help(stdout); return EXIT_OK;
    case ':': return ng_cmd_usage_error("query", "option '%s' needs an argument", argv[optind - 1]);
    default: return ng_cmd_usage_error("query", "unknown option '%s'", ng_cmd_bad_option(argv));
    }
  }
  int nargs = argc - optind;
  if (nargs < 1)
    return ng_cmd_usage_error("query", "no graph given");
  if (qfile ? nargs != 1 : nargs != 2)
    return ng_cmd_usage_error("query", "%s",
                       qfile ? "give the graph and -q FILE, not a query as well"
                             : "give the graph and one SPARQL query (quote it), or -q FILE.rq");
  char *text = qfile ? slurp(qfile) : ng_xstrdup(argv[optind + 1]);
  if (!text)
    return EXIT_FAIL;
  if (ng_virtuoso_is_url(argv[optind])) { /* no sandbox: the server runs it (--max-memory is its own) */
    int vrc = ng_virtuoso_query(argv[optind], text, fmt, (long)(lim.timeout_ms / 1000u));
    free(text);
    return vrc;
  }
  query_job job = {argv[optind], text, fmt};
  ng_status rc = query_sandboxed(&job, &lim);
  free(text);
  if (rc == NG_ERR_USAGE)
    return EXIT_USAGE;
  return rc == NG_OK ? EXIT_OK : EXIT_FAIL;
}

/* ------------------------------------------------------------------ stats */

int ng_cmd_stats(int argc, char **argv) {
  static const struct option longopts[] = {{"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0}};
  ng_cmd_getopt_reset();
  int c;
  while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
    if (c == 'h') {
      fputs("Usage: newsgraph stats STORE|GRAPH\n"
            "Count the articles, triples (quads: a triple counts once per graph it is\n"
            "in) and named graphs of a store made by 'newsgraph load' or of a graph\n"
            "file, and its entities and events by type.  STORE may be\n"
            "virtuoso://HOST:PORT (README 'Virtuoso store').\n"
            "\n"
            "Examples:\n"
            "  newsgraph stats news.store\n"
            "  newsgraph stats corpus.nq\n",
            stdout);
      return EXIT_OK;
    }
    return ng_cmd_usage_error("stats", "unknown option '%s'", ng_cmd_bad_option(argv));
  }
  if (argc - optind != 1)
    return ng_cmd_usage_error("stats", "give exactly one store or graph file");
  const char *g = argv[optind];
  if (ng_virtuoso_is_url(g))
    return ng_virtuoso_stats(g);
  if (strncmp(g, "postgresql://", 13) == 0) {
    fprintf(stderr, "newsgraph stats: server stores are not implemented yet (see issue #6); "
                    "give a store directory or a graph file\n");
    return EXIT_USAGE;
  }
  /* in a child too, so that a crash in the engine is reported, not fatal;
   * no time or memory limit: the work is bounded by the graph's size */
  query_job job = {g, NULL, NG_RES_TSV};
  ng_sandbox_limits lim = default_query_limits();
  return query_sandboxed(&job, &lim) == NG_OK ? EXIT_OK : EXIT_FAIL;
}

/* ng_cmd_serve: graphs/serve.c */

/* ------------------------------------------------------------------ load */

static void load_help(FILE *out) {
  fputs(
      "Usage: newsgraph load [OPTION]... STORE INPUT...\n"
      "Extract news articles (as 'newsgraph extract' does) straight into a\n"
      "persistent graph store, one named graph per article, for 'newsgraph query',\n"
      "'newsgraph stats' and 'newsgraph remove'.\n"
      "\n"
      "STORE is a directory: created if it does not exist (or is empty).  It holds\n"
      "Berkeley DB files (Redland's \"hashes\" storage with contexts); no server is\n"
      "needed.  INPUT is a file, a directory (read recursively for *.txt, *.text,\n"
      "*.html, *.htm), or - for standard input.\n"
      "STORE may also be virtuoso://[USER:PASSWORD@]HOST:PORT, a Virtuoso server\n"
      "(its SQL port, default 1111; user and password default to\n"
      "$NEWSGRAPH_VIRTUOSO_USER and $NEWSGRAPH_VIRTUOSO_PASSWORD, else dba, dba):\n"
      "articles are added in transactions of up to 500 (README 'Virtuoso store').\n"
      "\n"
      "Loading is incremental and idempotent: an article is known by its file's\n"
      "base name (its dcterms:identifier) and the SHA-256 of its bytes.  The same\n"
      "article loaded again is left as it is (\"unchanged\"); an article with the\n"
      "same name but new content replaces its earlier graph.  Each article is\n"
      "stored completely or not at all: the store is published at checkpoints\n"
      "between articles, so a load that is killed leaves every article either\n"
      "complete or absent; loading again completes it.\n"
      "\n"
      "Options:\n"
      "      --base IRI        base for minted IRIs (default " NG_DEFAULT_BASE ")\n"
      "      --date YYYY-MM-DD publication date for inputs that do not state one\n"
      "      --files-from LIST read more input paths from LIST, one per line (- for\n"
      "                        standard input), after those on the command line\n"
      "  -q, --quiet           print errors only (no notes, no summary)\n"
      "      --progress        report progress on stderr (default when stderr is a\n"
      "                        terminal); --no-progress turns it off\n"
      "  -h, --help            show this help and exit\n"
      "\n"
      "At the end it prints: loaded N articles (M unchanged, K replaced, F failed),\n"
      "T statements.\n"
      "Exit status: 0 all inputs loaded; 1 an input could not be read (the others\n"
      "are still loaded) or the store could not be written; 2 bad usage.\n"
      "\n"
      "Examples:\n"
      "  newsgraph load news.store articles/\n"
      "  newsgraph query news.store -q examples/queries/1-intel-sharing.rq\n"
      "  newsgraph remove news.store a01_peru_joins_pact.txt\n",
      out);
}

typedef struct {
  ng_rdfstore *store;
  ng_builder *builder;
  ng_read_opts opts;
  const ng_lexicon *lex;
  const char *base;
  unsigned long n_docs, n_unchanged, n_replaced, n_failed, n_statements;
  ng_status store_error; /* the first store error: stops the load */
  bool progress, quiet;
  time_t last_progress;
} load_ctx;

static void load_progress(load_ctx *x, bool final) {
  if (!ng_cmd_progress_due(x->progress, final, x->n_docs, &x->last_progress))
    return;
  fprintf(stderr, "\rnewsgraph: %lu articles (%lu unchanged), %lu statements%s", x->n_docs,
          x->n_unchanged, x->n_statements, final ? "\n" : "");
  fflush(stderr);
}

static ng_status load_one(const char *path, const char *bytes, size_t len, void *ctx) {
  load_ctx *x = ctx;
  ng_doc *doc = NULL;
  ng_facts facts;
  ng_facts_init(&facts);
  ng_buf iri;
  ng_buf_init(&iri);
  ng_load_result res = NG_LOADED_NEW;
  unsigned long added = 0;
  x->n_docs++;
  ng_status rc = ng_doc_from_bytes(path, bytes, len, &x->opts, &doc);
  if (rc == NG_OK) {
    ng_doc_iri(x->base, doc, &iri);
    rc = ng_rdfstore_article_state(x->store, doc->identifier, doc->sha256, iri.data, &res);
    if (rc == NG_OK && res == NG_LOADED_UNCHANGED) {
      x->n_unchanged++;
      goto cleanup;
    }
  }
  if (rc == NG_OK) {
    rc = ng_extract(x->lex, doc, &facts);
    if (rc != NG_OK)
      ng_log(NG_LOG_ERROR, path, 0, 0, "extraction failed: %s", ng_strerror(rc));
  }
  if (rc == NG_OK) {
    rc = ng_builder_add(x->builder, doc, &facts);
    if (rc != NG_OK)
      ng_log(NG_LOG_ERROR, path, 0, 0, "cannot build the article's graph: %s", ng_strerror(rc));
  }
  if (rc != NG_OK) {
    ng_rdfstore_discard(x->store);
    x->n_failed++;
    rc = NG_ERR_INPUT;
    goto cleanup;
  }
  rc = ng_rdfstore_put_article(x->store, doc->identifier, &res, &added);
  if (rc != NG_OK) {
    /* logged by the store; nothing after its last checkpoint is kept */
    x->n_failed++;
    x->store_error = rc;
    rc = NG_ERR_IO;
    goto cleanup;
  }
  x->n_statements += added;
  if (res == NG_LOADED_REPLACED) {
    x->n_replaced++;
    if (!x->quiet)
      ng_log(NG_LOG_NOTE, path, 0, 0, "replaced the earlier version of %s", doc->identifier);
  }
cleanup:
  load_progress(x, false);
  ng_buf_free(&iri);
  ng_facts_clear(&facts);
  ng_doc_free(doc);
  return rc;
}

int ng_cmd_load(int argc, char **argv) {
  static const struct option longopts[] = {
      {"base", required_argument, NULL, 'B'}, {"date", required_argument, NULL, 'D'},
      {"quiet", no_argument, NULL, 'q'},      {"progress", no_argument, NULL, 'P'},
      {"no-progress", no_argument, NULL, 'N'}, {"help", no_argument, NULL, 'h'},
      {"files-from", required_argument, NULL, 'L'}, {NULL, 0, NULL, 0}};
  const char *list = NULL;
  load_ctx x;
  memset(&x, 0, sizeof x);
  x.base = NG_DEFAULT_BASE;
  int progress = -1;
  ng_cmd_getopt_reset();
  int c;
  while ((c = getopt_long(argc, argv, ":qh", longopts, NULL)) != -1) {
    switch (c) {
    case 'B':
      if (!ng_cmd_base_ok(optarg))
        return ng_cmd_usage_error("load", "--base '%s' is not an absolute http(s) IRI ending in / (without #)",
                           optarg);
      x.base = optarg;
      break;
    case 'D':
      if (!ng_cmd_parse_date(optarg, &x.opts.fallback_date))
        return ng_cmd_usage_error("load", "--date '%s' is not a date of the form YYYY-MM-DD", optarg);
      break;
    case 'q': x.quiet = true; break;
    case 'L': list = optarg; break;
    case 'P': progress = 1; break;
    case 'N': progress = 0; break;
    case 'h': load_help(stdout); return EXIT_OK;
    case ':': return ng_cmd_usage_error("load", "option '%s' needs an argument", argv[optind - 1]);
    default: return ng_cmd_usage_error("load", "unknown option '%s'", ng_cmd_bad_option(argv));
    }
  }
  if (argc - optind < 1)
    return ng_cmd_usage_error("load", "no store given (a directory, created if missing)");
  if (argc - optind < 2 && !list)
    return ng_cmd_usage_error("load", "no input given (a file, a directory, - for standard input, "
                               "or --files-from LIST)");
  const char *path = argv[optind];
  if (!ng_virtuoso_is_url(path) && strstr(path, "://"))
    return ng_cmd_usage_error("load", "'%s': the only server store is virtuoso://HOST:PORT; "
                               "give a store directory or a virtuoso:// address", path);
  ng_log_set_quiet(x.quiet);
  char **inputs = argv + optind + 1;
  size_t n_inputs = (size_t)(argc - optind - 1);
  char **listed = NULL;
  if (list) {
    if (ng_cmd_read_file_list(list, inputs, n_inputs, &listed, &n_inputs) != NG_OK)
      return EXIT_FAIL; /* logged */
    inputs = listed;
  }
  if (ng_virtuoso_is_url(path)) {
    int vrc = ng_virtuoso_load(path, inputs, n_inputs, x.base, &x.opts, x.quiet,
                               !x.quiet && (progress == 1 || (progress == -1 && isatty(STDERR_FILENO))));
    ng_cmd_free_file_list(listed, n_inputs);
    return vrc;
  }
  x.progress = !x.quiet && (progress == 1 || (progress == -1 && isatty(STDERR_FILENO)));
  x.last_progress = time(NULL);
  x.lex = ng_lexicon_default();
  if (!x.lex || ng_rdfstore_open(path, true, &x.store) != NG_OK) {
    ng_cmd_free_file_list(listed, n_inputs);
    return EXIT_FAIL; /* logged with the path */
  }
  x.builder = ng_builder_new(x.base, x.lex, ng_rdfstore_sink(x.store));

  size_t n_failed = 0;
  ng_status rc = ng_inputs_each(inputs, n_inputs, load_one, &x, &n_failed);
  ng_cmd_free_file_list(listed, n_inputs);
  load_progress(&x, true);
  x.n_failed += n_failed;
  x.n_docs += n_failed;
  ng_status close_rc = ng_rdfstore_close(x.store); /* publishes */
  x.store = NULL;
  int status = EXIT_OK;
  if (x.store_error || close_rc || rc > NG_ERR_INPUT) {
    ng_log(NG_LOG_ERROR, path, 0, 0, "the load did not complete; the store keeps every article "
           "loaded before its last checkpoint: fix the problem and load again");
    status = EXIT_FAIL;
  } else if (x.n_failed) {
    status = EXIT_FAIL;
  }
  if (!x.quiet)
    printf("loaded %lu article%s (%lu unchanged, %lu replaced, %lu failed), %lu statements\n", x.n_docs,
           x.n_docs == 1 ? "" : "s", x.n_unchanged, x.n_replaced, x.n_failed, x.n_statements);
  ng_builder_free(x.builder);
  return status;
}

/* ------------------------------------------------------------------ remove */

static void remove_help(FILE *out) {
  fputs("Usage: newsgraph remove STORE DOC...\n"
        "Delete articles from a store made by 'newsgraph load' (a directory, or\n"
        "virtuoso://HOST:PORT): each DOC is an\n"
        "article's identifier (its file's base name, e.g. a01_peru_joins_pact.txt)\n"
        "or its document IRI.  Its named graph (everything the article asserts) and\n"
        "its record go; what other articles assert stays, and so do the shared\n"
        "descriptions of entities (types, labels) in the default graph.\n"
        "\n"
        "Options:\n"
        "  -q, --quiet   print errors only\n"
        "  -h, --help    show this help and exit\n"
        "\n"
        "Exit status: 0 every DOC was removed; 1 a DOC is not in the store (the\n"
        "others are still removed) or the store could not be written; 2 bad usage.\n"
        "\n"
        "Example:\n"
        "  newsgraph remove news.store a01_peru_joins_pact.txt\n",
        out);
}

int ng_cmd_remove(int argc, char **argv) {
  static const struct option longopts[] = {{"quiet", no_argument, NULL, 'q'},
                                           {"help", no_argument, NULL, 'h'},
                                           {NULL, 0, NULL, 0}};
  bool quiet = false;
  ng_cmd_getopt_reset();
  int c;
  while ((c = getopt_long(argc, argv, ":qh", longopts, NULL)) != -1) {
    switch (c) {
    case 'q': quiet = true; break;
    case 'h': remove_help(stdout); return EXIT_OK;
    default: return ng_cmd_usage_error("remove", "unknown option '%s'", ng_cmd_bad_option(argv));
    }
  }
  if (argc - optind < 1)
    return ng_cmd_usage_error("remove", "no store given");
  if (argc - optind < 2)
    return ng_cmd_usage_error("remove", "no article given (its file base name or document IRI)");
  const char *path = argv[optind];
  if (ng_virtuoso_is_url(path)) {
    ng_log_set_quiet(quiet);
    return ng_virtuoso_remove(path, argv + optind + 1, (size_t)(argc - optind - 1), quiet);
  }
  if (!ng_rdfstore_is_store(path)) {
    ng_log(NG_LOG_ERROR, path, 0, 0, "not a newsgraph store; give a directory made by 'newsgraph load'");
    return EXIT_FAIL;
  }
  ng_log_set_quiet(quiet);
  ng_rdfstore *st = NULL;
  if (ng_rdfstore_open(path, true, &st) != NG_OK)
    return EXIT_FAIL;
  int status = EXIT_OK;
  for (int i = optind + 1; i < argc; i++) {
    unsigned long n = 0;
    ng_status rc = ng_rdfstore_remove_article(st, argv[i], &n);
    if (rc == NG_NOTHING) {
      ng_log(NG_LOG_ERROR, path, 0, 0, "no article '%s' in the store (give its file base name, as "
             "in dcterms:identifier, or its document IRI)", argv[i]);
      status = EXIT_FAIL;
    } else if (rc != NG_OK) {
      ng_log(NG_LOG_ERROR, path, 0, 0, "cannot remove '%s': %s", argv[i], ng_strerror(rc));
      ng_rdfstore_free(st);
      return EXIT_FAIL;
    } else if (!quiet) {
      printf("removed %s (%lu graph%s)\n", argv[i], n, n == 1 ? "" : "s");
    }
  }
  if (ng_rdfstore_close(st) != NG_OK)
    return EXIT_FAIL;
  return status;
}
