/* newsgraph.c - the thin main: dispatch to a command, check stdout at exit.
 *
 * Built twice.  newsgraph-full (NG_LEAN undefined) has every command.
 * newsgraph (NG_LEAN) has extract alone, without raptor, librdf, rasqal,
 * libmicrohttpd and ODBC, whose loading (some 45 shared libraries) was half
 * of an extract's start-up (~20 of ~45 ms): a job run per article or per
 * shard pays it each time.  It runs newsgraph-full, with the same
 * arguments, for the other commands and for extract's RDF/XML and dot. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "graphs/graphs.h"

#ifndef PACKAGE_VERSION
#define PACKAGE_VERSION "unknown"
#endif

static void help(FILE *out) {
  fputs("Usage: newsgraph COMMAND [OPTION]... [ARG]...\n"
        "Turn news articles into an RDF knowledge graph of countries, people,\n"
        "organisations, places and the events the articles report, with every\n"
        "fact traced back to the article and characters that state it.\n"
        "\n"
        "Commands:\n"
        "  extract INPUT...          text/HTML articles in, RDF out (turtle, ntriples,\n"
        "                            nquads, trig, rdfxml, dot)\n"
        "  query GRAPH 'SPARQL'      run a SPARQL query over a graph file or a store\n"
        "  stats GRAPH               count articles, triples, entities and events by type\n"
        "                            (of a graph file or a store)\n"
        "  load STORE INPUT...       extract into a persistent store (a directory), one\n"
        "                            named graph per article; again: only what changed\n"
        "  remove STORE DOC...       delete articles (file base name or IRI) from a store\n"
        "  serve STORE               publish a store as linked data with a read-only\n"
        "                            SPARQL endpoint (HTTP, on 127.0.0.1:8080)\n"
        "\n"
        "  newsgraph COMMAND --help  options of one command\n"
        "  newsgraph --version       print the version\n"
        "\n"
        "Example:\n"
        "  newsgraph extract -f nquads -o corpus.nq articles/\n"
        "  newsgraph stats corpus.nq\n"
        "  newsgraph load news.store articles/ && newsgraph stats news.store\n"
        "  newsgraph query corpus.nq 'PREFIX ng: <" NG_NS ">\n"
        "    SELECT ?a ?doc WHERE { GRAPH ?doc { ?a a ng:Agreement } }'\n",
        out);
}

/* Exit status after checking that everything written to stdout arrived
 * (a full disk or closed pipe must not pass silently). */
static int close_stdout(int status) {
  bool had_error = ferror(stdout) != 0;
  errno = 0;
  if (fclose(stdout) != 0 || had_error) {
    /* EBADF: stdout was closed by the caller and nothing was written */
    if (errno == EBADF && !had_error)
      return status;
    fprintf(stderr, "newsgraph: write error on standard output: %s\n",
            errno ? strerror(errno) : "unknown error");
    return status ? status : 1;
  }
  return status;
}

#ifdef NG_LEAN
#ifndef NG_PKGLIBEXECDIR
#define NG_PKGLIBEXECDIR "/usr/local/libexec/newsgraph"
#endif
/* Replaces this process by newsgraph-full with the same arguments: the one
 * beside this program (a build tree), else the installed one.  Returns only
 * if neither could be run. */
static int run_full(char **argv) {
  char self[PATH_MAX], path[PATH_MAX + 32];
  ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
  int err = ENOENT;
  if (n > 0) {
    self[n] = '\0';
    char *slash = strrchr(self, '/');
    if (slash) {
      *slash = '\0';
      snprintf(path, sizeof path, "%s/newsgraph-full", self);
      execv(path, argv);
      err = errno;
    }
  }
  if (err == ENOENT) {
    snprintf(path, sizeof path, "%s", NG_PKGLIBEXECDIR "/newsgraph-full");
    execv(path, argv);
    err = errno;
  }
  fprintf(stderr,
          "newsgraph: cannot run %s: %s (it holds the query, stats, load, remove and serve "
          "commands and the rdfxml and dot formats; reinstall newsgraph)\n",
          path, strerror(err));
  return 1;
}
#endif

int main(int argc, char **argv) {
  if (argc < 2) {
    help(stderr);
    return 2;
  }
  const char *cmd = argv[1];
  static const struct {
    const char *name;
    int (*fn)(int, char **);
  } cmds[] = {
#ifdef NG_LEAN
      {"extract", ng_cmd_extract}, {"query", NULL}, {"load", NULL},
      {"stats", NULL},             {"serve", NULL}, {"remove", NULL}};
#else
      {"extract", ng_cmd_extract}, {"query", ng_cmd_query}, {"load", ng_cmd_load},
      {"stats", ng_cmd_stats},     {"serve", ng_cmd_serve}, {"remove", ng_cmd_remove}};
  ng_writer_use_raptor();
#endif
  if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
    help(stdout);
    return close_stdout(0);
  }
  if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "-V") == 0) {
    printf("newsgraph %s\n", PACKAGE_VERSION);
    return close_stdout(0);
  }
  for (size_t i = 0; i < sizeof cmds / sizeof cmds[0]; i++) {
    if (strcmp(cmd, cmds[i].name) != 0)
      continue;
    int status = cmds[i].fn ? cmds[i].fn(argc - 1, argv + 1) : NG_CMD_NEEDS_FULL;
#ifdef NG_LEAN
    if (status == NG_CMD_NEEDS_FULL) {
      /* (nothing was written yet: flush what stdio might hold all the same) */
      fflush(NULL);
      return run_full(argv);
    }
#endif
    return close_stdout(status);
  }
  fprintf(stderr, "newsgraph: unknown command '%s'; try 'newsgraph --help'\n", cmd);
  return 2;
}
