/* commands_internal.h - what the extract command (commands.c) shares with
 * the store commands (commands_store.c).  Private to graphs/. */
#ifndef NG_COMMANDS_INTERNAL_H
#define NG_COMMANDS_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "graphs/graphs.h"

enum { EXIT_OK = 0, EXIT_FAIL = 1, EXIT_USAGE = 2 };

/* "newsgraph CMD: <message>; try 'newsgraph CMD --help'" on stderr; returns EXIT_USAGE. */
int ng_cmd_usage_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* The option getopt just rejected, for messages. */
const char *ng_cmd_bad_option(char **argv);
/* getopt keeps state between calls: start afresh. */
void ng_cmd_getopt_reset(void);
/* A strict "YYYY-MM-DD" calendar date. */
bool ng_cmd_parse_date(const char *s, ng_date *out);
/* An absolute http(s) IRI ending in '/', without '#'. */
bool ng_cmd_base_ok(const char *b);
/* Whether a progress line is due (see commands.c). */
bool ng_cmd_progress_due(bool enabled, bool final, unsigned long n_docs, time_t *last);
/* --files-from LIST (see commands.c) and its freeing. */
ng_status ng_cmd_read_file_list(const char *list, char *const *args, size_t n_args, char ***out,
                                size_t *n_out);
void ng_cmd_free_file_list(char **v, size_t n);

#endif
