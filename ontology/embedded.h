/* embedded.h - the ontology data files compiled into the program.
 *
 * ontology/data.c, generated at build time by ontology/embed.sh from the TSV
 * files under ontology/data/, defines ng_embedded_files.  The lexicon reads
 * these when no data directory is given, so an installed newsgraph needs no
 * data files on disk.
 */
#ifndef NG_EMBEDDED_H
#define NG_EMBEDDED_H

#include <stddef.h>

struct ng_embedded_file {
  const char *name; /* the file's base name, e.g. "countries.tsv" */
  const char *data; /* its bytes, NUL-terminated (the NUL is not counted) */
  size_t len;       /* number of bytes */
};

/* All embedded files, terminated by an entry whose name is NULL. */
extern const struct ng_embedded_file ng_embedded_files[];

#endif
