/* newsgraph.c - the thin main: dispatch to a command, check stdout at exit. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <errno.h>
#include <stdio.h>
#include <string.h>

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

int main(int argc, char **argv) {
  if (argc < 2) {
    help(stderr);
    return 2;
  }
  const char *cmd = argv[1];
  static const struct {
    const char *name;
    int (*fn)(int, char **);
  } cmds[] = {{"extract", ng_cmd_extract}, {"query", ng_cmd_query}, {"load", ng_cmd_load},
              {"stats", ng_cmd_stats},     {"serve", ng_cmd_serve},
              {"remove", ng_cmd_remove}};
  if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
    help(stdout);
    return close_stdout(0);
  }
  if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "-V") == 0) {
    printf("newsgraph %s\n", PACKAGE_VERSION);
    return close_stdout(0);
  }
  for (size_t i = 0; i < sizeof cmds / sizeof cmds[0]; i++)
    if (strcmp(cmd, cmds[i].name) == 0)
      return close_stdout(cmds[i].fn(argc - 1, argv + 1));
  fprintf(stderr, "newsgraph: unknown command '%s'; try 'newsgraph --help'\n", cmd);
  return 2;
}
