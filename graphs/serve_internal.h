/* serve_internal.h - what graphs/serve.c (HTTP) and graphs/serve_html.c
 * (pages and descriptions, run inside sandbox children) share. */
#ifndef NG_SERVE_INTERNAL_H
#define NG_SERVE_INTERNAL_H

#include "graphs/graphs.h"

#define NG_RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define NG_RDFS "http://www.w3.org/2000/01/rdf-schema#"
#define NG_SKOS "http://www.w3.org/2004/02/skos/core#"
#define NG_OWL "http://www.w3.org/2002/07/owl#"
#define NG_DCTERMS "http://purl.org/dc/terms/"
#define NG_SCHEMA "http://schema.org/"
#define NG_VOID "http://rdfs.org/ns/void#"

/* The server's configuration; read-only once the daemon runs. */
typedef struct {
  ng_graph *graph;            /* opened before the daemon starts; used only in children */
  const char *base;           /* IRI prefix of minted IRIs (ends in '/') */
  char *base_path;            /* its path part ("/id/"), owned */
  char *public_root;          /* "http://ADDR:PORT" the server answers on, owned */
  ng_sandbox_limits lim;      /* for every store access */
  unsigned long max_results;  /* rows or triples a SPARQL answer may have */
  bool has_dot;               /* Graphviz dot is on PATH */
  char csp[256];              /* Content-Security-Policy */
} ng_server;

/* The CSS of every page (its SHA-256 goes into the CSP). */
extern const char ng_serve_css[];

/* HTML: escapes S for text and attribute values ("<>&'\" escaped). */
void ng_html_escape(ng_buf *out, const char *s, size_t len);

/* Writes the description of IRI (triples with it as subject, then as object,
 * deduplicated and sorted) in FORMAT to OUT.  NG_NOTHING if the graph says
 * nothing about IRI.  Runs in a sandbox child. */
ng_status ng_serve_describe(const ng_server *srv, const char *iri, ng_format format, FILE *out);
/* The neighbourhood of IRI as an SVG drawn by dot (NG_NOTHING: unknown IRI;
 * NG_ERR_IO: dot failed). */
ng_status ng_serve_svg(const ng_server *srv, const char *iri, FILE *out);
/* The HTML page of IRI (an entity, event or document); NG_NOTHING if unknown. */
ng_status ng_serve_html_entity(const ng_server *srv, const char *iri, FILE *out);
/* The home page: articles, countries, events. */
ng_status ng_serve_html_home(const ng_server *srv, FILE *out);
/* The VoID description of the dataset in FORMAT (NG_FMT_UNKNOWN: HTML). */
ng_status ng_serve_void(const ng_server *srv, ng_format format, FILE *out);
/* The SPARQL form page (no store access). */
void ng_serve_html_sparql_form(const ng_server *srv, ng_buf *out);
/* A small HTML page for an error (title and message escaped). */
void ng_serve_html_message(ng_buf *out, const char *title, const char *message);

#endif
