/* writer_internal.h - what the writer shares with the serializer it
 * delegates RDF/XML and dot to (writer_raptor.c).  Private to graphs/. */
#ifndef NG_WRITER_INTERNAL_H
#define NG_WRITER_INTERNAL_H

#include <stdbool.h>
#include <stdio.h>

#include "graphs/graphs.h"

/* The contract's prefixes, in the order they are declared. */
typedef struct {
  const char *prefix;
  const char *iri;
} ng_prefix_decl;
extern const ng_prefix_decl ng_prefixes[];
extern const size_t ng_n_prefixes;

/* A serializer of its own for the formats the writer does not write
 * itself.  open starts one for FORMAT on STREAM (BASE may be NULL) and
 * sets *ERROR, for as long as it lives, whenever the serializer reports an
 * error; write writes one statement (NG_ERR_NOMEM when it could not);
 * end writes what it still holds; free frees it. */
typedef struct ng_ext_serializer ng_ext_serializer;
typedef struct {
  ng_status (*open)(ng_format format, FILE *stream, const char *base, bool *error,
                    ng_ext_serializer **out);
  ng_status (*write)(ng_ext_serializer *s, const ng_statement *st);
  void (*end)(ng_ext_serializer *s);
  void (*free)(ng_ext_serializer *s);
} ng_ext_serializer_ops;

void ng_writer_set_ext(const ng_ext_serializer_ops *ops);

#endif
