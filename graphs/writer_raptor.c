/* writer_raptor.c - RDF/XML and GraphViz dot for the writer, by raptor.
 *
 * Kept out of writer.c so that a program which writes only the other
 * formats (the extract-only newsgraph) links neither raptor nor the dozens
 * of libraries raptor loads (curl, GnuTLS, Kerberos, LDAP, ...): ~20 ms of
 * every start.  ng_writer_use_raptor lends it to the writer. */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif

#include <stdlib.h>
#include <string.h>

#include <raptor2.h>

#include "graphs/graphs.h"
#include "graphs/writer_internal.h"

struct ng_ext_serializer {
  ng_format format;
  bool *error; /* the writer's: set on any error the serializer reports */
  raptor_world *world;
  raptor_serializer *ser;
};

/* Raptor installs process-wide libxml2 error handlers when its world opens,
 * so messages of other libxml2 users (the HTML reader) arrive here too: only
 * the serializer's own domains count as writer errors. */
static void raptor_log(void *ctx, raptor_log_message *msg) {
  ng_ext_serializer *r = ctx;
  bool ours = msg->domain == RAPTOR_DOMAIN_SERIALIZER || msg->domain == RAPTOR_DOMAIN_IOSTREAM ||
              msg->domain == RAPTOR_DOMAIN_XML_WRITER || msg->domain == RAPTOR_DOMAIN_TURTLE_WRITER ||
              msg->domain == RAPTOR_DOMAIN_TERM || msg->domain == RAPTOR_DOMAIN_URI ||
              msg->domain == RAPTOR_DOMAIN_NAMESPACE || msg->domain == RAPTOR_DOMAIN_QNAME;
  if (ours && msg->level >= RAPTOR_LOG_LEVEL_ERROR) {
    *r->error = true;
    ng_log(NG_LOG_ERROR, NULL, 0, 0, "RDF serializer: %s", msg->text ? msg->text : "error");
  }
}

static void raptor_ext_free(ng_ext_serializer *r) {
  if (!r)
    return;
  if (r->ser)
    raptor_free_serializer(r->ser);
  if (r->world)
    raptor_free_world(r->world);
  free(r);
}

static ng_status raptor_start(ng_ext_serializer *r, FILE *stream, const char *base) {
  const char *name = r->format == NG_FMT_RDFXML ? "rdfxml" : "dot";
  r->world = raptor_new_world();
  if (!r->world)
    return NG_ERR_NOMEM;
  raptor_world_set_log_handler(r->world, r, raptor_log);
  if (raptor_world_open(r->world))
    return NG_ERR_RDF;
  r->ser = raptor_new_serializer(r->world, name);
  if (!r->ser)
    return NG_ERR_RDF;
  if (raptor_serializer_start_to_file_handle(r->ser, NULL, stream))
    return NG_ERR_RDF;
  for (size_t i = 0; i < ng_n_prefixes; i++) {
    raptor_uri *u = raptor_new_uri(r->world, (const unsigned char *)ng_prefixes[i].iri);
    if (!u)
      return NG_ERR_NOMEM;
    /* rdf: is always declared by the rdfxml serializer itself */
    if (strcmp(ng_prefixes[i].prefix, "rdf") != 0)
      raptor_serializer_set_namespace(r->ser, u, (const unsigned char *)ng_prefixes[i].prefix);
    raptor_free_uri(u);
  }
  if (base && r->format == NG_FMT_DOT) {
    /* RDF/XML cannot abbreviate with a namespace whose IRIs end in
     * arbitrary local names, so "id" is only declared for dot. */
    raptor_uri *u = raptor_new_uri(r->world, (const unsigned char *)base);
    if (!u)
      return NG_ERR_NOMEM;
    raptor_serializer_set_namespace(r->ser, u, (const unsigned char *)"id");
    raptor_free_uri(u);
  }
  return NG_OK;
}

static ng_status raptor_ext_open(ng_format format, FILE *stream, const char *base, bool *error,
                                 ng_ext_serializer **out) {
  *out = NULL;
  if (format != NG_FMT_RDFXML && format != NG_FMT_DOT)
    return NG_ERR_USAGE;
  ng_ext_serializer *r = ng_xcalloc(1, sizeof *r);
  r->format = format;
  r->error = error;
  ng_status rc = raptor_start(r, stream, base);
  if (rc) {
    raptor_ext_free(r);
    return rc;
  }
  *out = r;
  return NG_OK;
}

/* A new raptor term for T (NULL on allocation failure). */
static raptor_term *raptor_term_of(raptor_world *world, const ng_term *t) {
  switch (t->type) {
  case NG_TERM_IRI: return raptor_new_term_from_uri_string(world, (const unsigned char *)t->value);
  case NG_TERM_BLANK: return raptor_new_term_from_blank(world, (const unsigned char *)t->value);
  case NG_TERM_LITERAL: {
    raptor_uri *dt = NULL;
    if (t->datatype) {
      dt = raptor_new_uri(world, (const unsigned char *)t->datatype);
      if (!dt)
        return NULL;
    }
    raptor_term *term = raptor_new_term_from_literal(world, (const unsigned char *)t->value, dt,
                                                     dt ? NULL : (const unsigned char *)t->lang);
    if (dt)
      raptor_free_uri(dt);
    return term;
  }
  }
  return NULL;
}

/* (triple syntaxes: the graph name is dropped) */
static ng_status raptor_ext_write(ng_ext_serializer *r, const ng_statement *st) {
  raptor_term *s = raptor_term_of(r->world, &st->s);
  raptor_term *p = raptor_term_of(r->world, &st->p);
  raptor_term *o = raptor_term_of(r->world, &st->o);
  if (!s || !p || !o) {
    raptor_free_term(s);
    raptor_free_term(p);
    raptor_free_term(o);
    return NG_ERR_NOMEM;
  }
  /* takes ownership of the terms */
  raptor_statement *rs = raptor_new_statement_from_nodes(r->world, s, p, o, NULL);
  if (!rs)
    return NG_ERR_NOMEM;
  if (raptor_serializer_serialize_statement(r->ser, rs))
    *r->error = true;
  raptor_free_statement(rs);
  return NG_OK;
}

static void raptor_ext_end(ng_ext_serializer *r) {
  if (!r->ser)
    return;
  if (raptor_serializer_serialize_end(r->ser))
    *r->error = true;
  /* the file-handle iostream buffers nothing itself, but end it here so
   * that everything raptor holds reaches the stream before the flush */
  raptor_free_serializer(r->ser);
  r->ser = NULL;
}

static const ng_ext_serializer_ops raptor_ops = {raptor_ext_open, raptor_ext_write, raptor_ext_end,
                                                 raptor_ext_free};

void ng_writer_use_raptor(void) { ng_writer_set_ext(&raptor_ops); }
