/* graphs.h - from facts to RDF: minting IRIs, statements, serializers,
 * SPARQL over a graph file, and the commands the CLI runs.
 *
 *   ng_facts --(ng_builder)--> ng_statement stream --(ng_writer)--> file
 *
 * Statements are pushed into an ng_sink; a sink returns a status and an error
 * stops the stage above it (serd style).
 */
#ifndef NG_GRAPHS_H
#define NG_GRAPHS_H

#include "common/ng.h"
#include "extractor/extractor.h"

#define NG_NS "https://w3id.org/newsgraph/ns#"
#define NG_DEFAULT_BASE "https://w3id.org/newsgraph/id/"

/* ---- terms and statements (all strings borrowed for the call) ---- */
typedef enum { NG_TERM_IRI, NG_TERM_LITERAL, NG_TERM_BLANK } ng_term_type;

typedef struct {
  ng_term_type type;
  const char *value;    /* IRI, literal lexical form (UTF-8), or blank id */
  const char *datatype; /* literal datatype IRI or NULL (plain string) */
  const char *lang;     /* literal language tag or NULL */
  /* true when VALUE (for an IRI) or DATATYPE (for a literal) is a string
   * constant that never changes while the program runs, such as a
   * vocabulary IRI: a writer may then remember by its address alone that
   * it checked it.  False (the zero value) for anything built at run time. */
  bool fixed;
} ng_term;

typedef struct {
  ng_term s, p, o;
  const char *graph;    /* named graph IRI, or NULL for the default graph */
} ng_statement;

typedef struct ng_sink {
  /* Receives one statement; returns NG_OK or an error that stops the caller. */
  ng_status (*statement)(void *ctx, const ng_statement *st);
  void *ctx;
} ng_sink;

/* ---- writers ---- */
typedef enum {
  NG_FMT_TURTLE, NG_FMT_NTRIPLES, NG_FMT_NQUADS, NG_FMT_TRIG, NG_FMT_RDFXML, NG_FMT_DOT,
  NG_FMT_JSONLD, /* flat JSON-LD: one @graph, named graphs as {"@id": G, "@graph": [...]} */
  NG_FMT_UNKNOWN
} ng_format;

ng_format ng_format_from_name(const char *name);
const char *ng_format_name(ng_format f);
bool ng_format_has_graphs(ng_format f); /* nquads, trig */

typedef struct ng_writer ng_writer;
/* Creates a writer of FORMAT onto STREAM (borrowed; not closed).  Prefixes
 * for the contract's namespaces and BASE (as "id:") are declared where the
 * syntax has them.  Triple formats drop graph names (union). */
ng_status ng_writer_new(ng_format format, FILE *stream, const char *base, ng_writer **out);
/* RDF/XML and dot are written by raptor (writer_raptor.c, linked by the
 * full program and the tests): ng_writer_use_raptor lends it to every
 * writer made after it.  ng_writer_supports says whether this program can
 * write FORMAT (without raptor: not RDF/XML or dot, and ng_writer_new
 * fails with NG_ERR_USAGE). */
void ng_writer_use_raptor(void);
bool ng_writer_supports(ng_format format);
ng_sink ng_writer_sink(ng_writer *w);
/* Finishes the document (flushes buffered output); returns NG_ERR_IO if any
 * write failed. */
ng_status ng_writer_finish(ng_writer *w);
void ng_writer_free(ng_writer *w);
/* For extract -j N: an N-Triples or N-Quads writer (NG_ERR_USAGE for other
 * formats) that keeps its output in memory, to be passed on with
 * ng_writer_put_raw by the writer of the file. */
ng_status ng_writer_new_memory(ng_format format, const char *base, ng_writer **out);
/* The bytes a memory writer holds (borrowed, valid until the next write or
 * ng_writer_swap) and their number in *LEN. */
const char *ng_writer_data(const ng_writer *w, size_t *len);
/* The bytes W's N-Triples/N-Quads buffer takes before it is flushed or
 * grown (0 for the other formats), for tests of what fills it exactly. */
size_t ng_writer_room(const ng_writer *w);
/* Hands what a memory writer holds to OUT without copying: OUT's bytes
 * become those the writer wrote (NUL-terminated), and OUT's old storage
 * becomes the writer's, emptied.  A no-op for other writers. */
void ng_writer_swap(ng_writer *w, ng_buf *out);
/* Appends LEN bytes of complete statements that a memory writer of the same
 * format wrote; N-Triples and N-Quads writers only (else NG_ERR_USAGE).
 * NG_ERR_IO if a write failed. */
ng_status ng_writer_put_raw(ng_writer *w, const char *bytes, size_t len);
/* Length of IRI if writers accept it as an IRI (an IRIREF: a scheme, none
 * of the bytes IRIREF excludes), else 0. */
size_t ng_iri_len(const char *iri);
/* For the builder, which mints most IRIs of a statement from parts it has
 * checked: a writer checks every term of every statement, and that was a
 * good part of writing one.  ng_writer_of_sink is the writer behind SINK
 * if SINK is ng_writer_sink's, else NULL.  ng_writer_put_minted writes ST
 * as that sink does, except that it does not check the IRI terms whose
 * lengths MINTED gives (nonzero; [0] subject, [1] predicate, [2] object,
 * [3] graph): the caller vouches that each is an IRI ng_iri_len accepts,
 * of exactly that length.  The builder vouches only for its vocabulary's
 * constant IRIs and for IRIs made of a document IRI or base it checked
 * with ng_iri_len followed by bytes IRIREF allows (slugs, digits, hex, its
 * own punctuation). */
ng_writer *ng_writer_of_sink(ng_sink sink);
ng_status ng_writer_put_minted(ng_writer *w, const ng_statement *st, const size_t minted[4]);
/* Statements that share their subject and graph, for ng_writer_put_po:
 * predicate P (P_LEN bytes) and object O.  The caller vouches for P, for
 * O if it is an IRI (O_LEN: its length) and for a literal's datatype
 * (O_LEN: the datatype's length, 0 for none); a literal's value is
 * O.value up to its first NUL, as ever. */
typedef struct {
  const char *p;
  size_t p_len;
  ng_term o;
  size_t o_len;
} ng_po;
/* Writes the N statements S (S_LEN) PO[i].p PO[i].o in graph G (G_LEN; NULL
 * for none), all vouched for as by ng_writer_put_minted, in that order:
 * exactly what N calls of ng_writer_put_minted write, with one check for
 * room in the buffer instead of one per statement (up to NG_PO_MAX at a
 * time; more are written one by one). */
#define NG_PO_MAX 8
ng_status ng_writer_put_po(ng_writer *w, const char *s, size_t s_len, const char *g, size_t g_len,
                           const ng_po *po, size_t n);

/* ---- atomic output file: temp file in the same directory, renamed on commit ---- */
typedef struct ng_outfile ng_outfile;
/* PATH NULL or "-" means standard output (no temp file). */
ng_status ng_outfile_open(const char *path, ng_outfile **out);
FILE *ng_outfile_stream(ng_outfile *of);
/* Flushes, fsyncs and renames into place; on any error removes the temp file
 * and returns NG_ERR_IO (logged with the path).  Frees OF. */
ng_status ng_outfile_commit(ng_outfile *of);
/* Removes the temp file without touching PATH.  Frees OF. */
void ng_outfile_abort(ng_outfile *of);
/* Makes SIGINT, SIGTERM and SIGHUP remove the temp files of open outfiles
 * (async-signal-safe unlink) before taking their default effect.  Signals
 * the parent set to ignored stay ignored.  Call once, from a command. */
void ng_outfile_trap_signals(void);

/* ---- the graph builder: facts of one document -> statements ---- */
typedef struct ng_builder ng_builder;
/* BASE is the IRI prefix for minted instances (copied).  Entity descriptions
 * (types, labels, codes) go to the default graph and are written once per
 * run (remembered up to a bounded number of entities); what a document
 * asserts goes to the graph named by the document's IRI. */
ng_builder *ng_builder_new(const char *base, const ng_lexicon *lex, ng_sink sink);
void ng_builder_free(ng_builder *b);
ng_status ng_builder_add(ng_builder *b, const ng_doc *doc, const ng_facts *facts);
/* The two halves of ng_builder_add, which is _shared then _document (for
 * extract -j N).  _shared writes the default-graph descriptions and uses the
 * run's memory of what was described (one builder, input order).  _document
 * writes the document's graph, a function of DOC and FACTS alone: any
 * builder with the same base and lexicon gives the same statements, so each
 * worker thread may use one of its own. */
ng_status ng_builder_add_shared(ng_builder *b, const ng_doc *doc, const ng_facts *facts);
ng_status ng_builder_add_document(ng_builder *b, const ng_doc *doc, const ng_facts *facts);
/* What the last ng_builder_add_document of B minted for the document's
 * entities and posts (IRIs, in an opaque form) becomes IRIS's, and IRIS's
 * storage B's, to be passed with IRIS to ng_builder_add_shared_iris: for
 * extract -j N, whose workers write the documents' graphs, so that the
 * thread writing the default graph does not mint the same IRIs again.
 * _shared_iris is ng_builder_add_shared given them, from a builder with
 * the same base, for the same DOC and FACTS (IRIS with no data: minted
 * again). */
void ng_builder_swap_iris(ng_builder *b, ng_buf *iris);
ng_status ng_builder_add_shared_iris(ng_builder *b, const ng_doc *doc, const ng_facts *facts,
                                     const ng_buf *iris);
/* Document IRI for DOC (base + "doc-" + first 16 hex digits of its SHA-256). */
void ng_doc_iri(const char *base, const ng_doc *doc, ng_buf *out);
/* Number of statements emitted so far. */
unsigned long ng_builder_count(const ng_builder *b);

/* ---- SPARQL over a graph file (or store), results formatting ---- */
typedef enum { NG_RES_TABLE, NG_RES_CSV, NG_RES_TSV, NG_RES_JSON, NG_RES_XML, NG_RES_UNKNOWN } ng_result_format;
ng_result_format ng_result_format_from_name(const char *name);
/* Loads GRAPH (any RDF file raptor can guess; quads keep their graph names)
 * and runs QUERY, printing results to OUT in FORMAT. */
ng_status ng_query_file(const char *graph, const char *query, ng_result_format format, FILE *out);
/* Loads GRAPH like ng_query_file and prints to OUT its articles, triples,
 * named graphs, and entities and events by type (SPARQL COUNT queries). */
ng_status ng_stats_file(const char *graph, FILE *out);

/* ---- commands (the CLI only parses argv and calls these) ----
 * Each returns the exit status: 0, 1 (failure), 2 (usage), or, from
 * ng_cmd_extract in a program that cannot write the format asked for
 * (the extract-only newsgraph and RDF/XML or dot), NG_CMD_NEEDS_FULL
 * before it has read or written anything: the program runs the full one
 * instead (cli/newsgraph.c). */
#define NG_CMD_NEEDS_FULL (-1)
int ng_cmd_extract(int argc, char **argv);
int ng_cmd_query(int argc, char **argv);
int ng_cmd_load(int argc, char **argv);
int ng_cmd_stats(int argc, char **argv);
int ng_cmd_serve(int argc, char **argv);

/* ---- the persistent store (graphs/store.c) ----
 * A directory holding Redland "hashes" Berkeley DB files with one named graph
 * per article (named by its document IRI) and the entity descriptions in the
 * default graph.  Writers work on a copy of the published files and publish
 * it atomically at checkpoints between articles, so a killed writer leaves
 * every article either complete or absent.  One writer at a time (a lock);
 * readers are never disturbed. */
typedef struct ng_rdfstore ng_rdfstore;
typedef enum { NG_LOADED_NEW, NG_LOADED_UNCHANGED, NG_LOADED_REPLACED } ng_load_result;

/* True if PATH is a directory holding a store's marker file. */
bool ng_rdfstore_is_store(const char *path);
/* Opens the store at PATH (copied).  WRITABLE: creates it if PATH does not
 * exist or is an empty directory, takes the writer lock, and starts a working
 * copy.  Errors are logged naming PATH (NG_ERR_INPUT not a store, NG_ERR_IO
 * locked or not writable, NG_ERR_RDF the files cannot be opened).  On success
 * *OUT is the store: close with ng_rdfstore_close (publishes) or
 * ng_rdfstore_free (discards unpublished writes). */
ng_status ng_rdfstore_open(const char *path, bool writable, ng_rdfstore **out);
/* Publishes what was written (if anything) and frees S.  Returns NG_ERR_IO if
 * a write or the publication failed (the store keeps its last checkpoint). */
ng_status ng_rdfstore_close(ng_rdfstore *s);
/* Frees S (NULL is fine) discarding writes not yet published. */
void ng_rdfstore_free(ng_rdfstore *s);
/* Publishes what was written so far (a checkpoint) and continues. */
ng_status ng_rdfstore_commit(ng_rdfstore *s);
const char *ng_rdfstore_path(const ng_rdfstore *s); /* borrowed */
/* What loading the article IDENTIFIER with SHA256 (hex) and document IRI
 * DOC_IRI would do: NG_LOADED_UNCHANGED if a document with that IRI and
 * SHA-256 is stored (under this or another identifier), NG_LOADED_REPLACED if
 * IDENTIFIER names a stored document with other content, else NG_LOADED_NEW. */
ng_status ng_rdfstore_article_state(ng_rdfstore *s, const char *identifier, const char *sha256,
                                    const char *doc_iri, ng_load_result *result);
/* A sink that collects (copies) one article's statements in memory; its
 * named-graph statements must all name one graph (the document IRI). */
ng_sink ng_rdfstore_sink(ng_rdfstore *s);
/* Writes the collected article as one unit: removes the graphs of documents
 * stored under IDENTIFIER, adds the statements (named-graph ones in the
 * article's graph; default-graph ones once, shared), then clears the
 * collection.  *RESULT says new or replaced; *N_ADDED (may be NULL) counts
 * the statements written.  May checkpoint.  On an error the working copy is
 * abandoned: nothing after the last checkpoint is published. */
ng_status ng_rdfstore_put_article(ng_rdfstore *s, const char *identifier, ng_load_result *result,
                                  unsigned long *n_added);
/* Drops the collected statements (an article that failed). */
void ng_rdfstore_discard(ng_rdfstore *s);
/* Removes the graph of document DOC: an identifier (file base name; every
 * document stored under it) or a document IRI.  NG_NOTHING if none matches.
 * *N_GRAPHS (may be NULL) gets the number of graphs removed. */
ng_status ng_rdfstore_remove_article(ng_rdfstore *s, const char *doc, unsigned long *n_graphs);
/* Number of ng:Document subjects in the store. */
unsigned long ng_rdfstore_count_articles(ng_rdfstore *s);
/* For graphs/ only: opens the published generation of the store at PATH
 * read-only as a librdf storage of WORLD; the caller frees *OUT with
 * librdf_free_storage.  NG_ERR_INPUT (logged) if it cannot. */
struct librdf_world_s;
struct librdf_storage_s;
ng_status ng_rdfstore_open_storage(struct librdf_world_s *world, const char *path,
                                   struct librdf_storage_s **out);
int ng_cmd_remove(int argc, char **argv);
/* For graphs/ only: the ng: types 'stats' counts, in its order; GROUP is 0
 * entities, 1 events, 2 provenance. */
typedef struct {
  const char *local;
  int group;
} ng_stat_type;
extern const ng_stat_type ng_stat_types[];
extern const size_t ng_n_stat_types;
/* For graphs/ only (graphs/memstore.c): a new indexed in-memory quad store
 * of WORLD ("ng-memory"): linear loading and a binary-search lookup for any
 * triple pattern, with or without a graph; NULL on failure.  Same answers as
 * librdf's hashes storage with contexts. */
struct librdf_storage_s *ng_memstore_new(struct librdf_world_s *world);
/* Adds every statement of SRC (with its graph) to the memstore DST; *N
 * gets the number read.  NG_ERR_RDF if SRC cannot be read. */
ng_status ng_memstore_copy(struct librdf_storage_s *dst, struct librdf_storage_s *src, unsigned long *n);

/* ---- crash-proof execution (graphs/sandbox.c) ----
 * Runs FN(CTX, OUT) in a forked child so that a crash, a runaway or a memory
 * blow-up inside the SPARQL engine ends the child only.  The child sets
 * RLIMIT_AS to what it already maps plus MEM_BYTES, RLIMIT_CPU as a backstop
 * and no core files; the parent enforces the wall-clock TIMEOUT_MS (SIGKILL)
 * and MAX_OUTPUT, and always reaps the child.  A zero limit means none. */
typedef struct {
  unsigned timeout_ms;  /* wall-clock limit */
  size_t mem_bytes;     /* address space the work may add */
  size_t max_output;    /* bytes of RESULT at most (ignored when streaming) */
} ng_sandbox_limits;

typedef enum {
  NG_SANDBOX_EXITED,    /* FN returned; the status is its status */
  NG_SANDBOX_CRASHED,   /* killed by a signal (SIGSEGV, SIGABRT, ...), or exited on its own
                         * (a sanitizer or valgrind report): "query ended unexpectedly" */
  NG_SANDBOX_TIMEOUT,   /* over the time limit (killed) */
  NG_SANDBOX_MEMORY,    /* out of memory under the limit */
  NG_SANDBOX_OUTPUT,    /* RESULT would exceed MAX_OUTPUT (killed; RESULT emptied) */
  NG_SANDBOX_FAILED     /* no child could be started */
} ng_sandbox_end;

/* RESULT not NULL: FN's OUT is a pipe read into RESULT (appended, bounded by
 * MAX_OUTPUT).  RESULT NULL: OUT is the inherited standard output (streamed,
 * unbounded).  ERRMSG (may be NULL) receives what the child wrote on stderr
 * (its diagnostics, bounded), then, if it ended abnormally, one line
 * "newsgraph: error: query crashed (signal 11, Segmentation fault) inside the
 * SPARQL engine (rasqal); ..." / "query exceeded the time limit of N s
 * (--timeout)" / "query exceeded the memory limit of N MB (--max-memory)" /
 * "result larger than N bytes".  Returns FN's status when it ended normally,
 * NG_ERR_NOMEM for the memory and output limits, NG_ERR_QUERY for a crash or
 * timeout, NG_ERR_IO if no child could be started.  Flushes all stdio
 * streams before forking. */
ng_status ng_sandbox_run(ng_status (*fn)(void *ctx, FILE *out), void *ctx,
                         const ng_sandbox_limits *lim, ng_buf *result, ng_buf *errmsg);
/* As ng_sandbox_run; *END (may be NULL) says how the child ended. */
ng_status ng_sandbox_exec(ng_status (*fn)(void *ctx, FILE *out), void *ctx,
                          const ng_sandbox_limits *lim, ng_buf *result, ng_buf *errmsg,
                          ng_sandbox_end *end);
/* Records the descriptors open now (a server's opened store) as the ones
 * sandbox children keep; children then close every other one (sockets,
 * other children's pipes) so that nothing stays open for longer than it
 * should.  Call once, before threads start.  Without it children close
 * nothing. */
void ng_sandbox_keep_fds(void);
/* Runs the program ARGV (execvp: a fixed argument vector, no shell) with
 * INPUT on its standard input and appends its standard output to OUT; its
 * stderr is discarded.  Kills it after TIMEOUT_MS (0: 10 s) or when the
 * output exceeds MAX_OUTPUT.  NG_OK only if it exited with status 0. */
ng_status ng_filter_run(char *const argv[], const char *input, size_t len, unsigned timeout_ms,
                        size_t max_output, ng_buf *out);

/* ---- an open graph for repeated queries (graphs/query.c; the server) ---- */
typedef struct ng_graph ng_graph;
/* Opens PATH as ng_query_file does (a store read-only, or a graph file
 * loaded into memory).  Errors are logged. */
ng_status ng_graph_open(const char *path, ng_graph **out);
void ng_graph_free(ng_graph *g);
/* Runs QUERY like ng_query_file; CONSTRUCT/DESCRIBE print N-Triples. */
ng_status ng_graph_query(ng_graph *g, const char *query, ng_result_format format, FILE *out);
/* The librdf world and model of G (borrowed), for graphs/ only. */
struct librdf_model_s;
struct librdf_world_s *ng_graph_world(ng_graph *g);
struct librdf_model_s *ng_graph_model(ng_graph *g);
/* The query form of QUERY by its first keyword after the prologue:
 * "SELECT", "ASK", "CONSTRUCT", "DESCRIBE", or NULL if none.  *UPDATE (may
 * be NULL) is set if QUERY uses an update keyword (INSERT, DELETE, LOAD,
 * CLEAR, DROP, CREATE, ADD, MOVE, COPY, WITH) outside strings and IRIs, and
 * *REMOTE if it uses SERVICE or FROM (data from elsewhere). */
const char *ng_query_form(const char *query, bool *update, bool *remote);

/* ---- printing results (graphs/query.c), for both engines: rasqal's rows and
 * Virtuoso's (virtuoso.c) go through these, so formats, escaping and bounds
 * are one code. */
typedef struct ng_results_out ng_results_out;
/* Starts a SELECT result of NVARS variables VARS (copied) in FMT on OUT
 * (borrowed).  Never NULL. */
ng_results_out *ng_results_out_new(ng_result_format fmt, FILE *out, char *const *vars, size_t nvars);
/* One row: VALUES[NVARS] terms (borrowed); a term whose value is NULL is unbound. */
ng_status ng_results_out_row(ng_results_out *r, const ng_term *values);
/* True once a row past the row limit was offered: the caller can stop. */
bool ng_results_out_full(const ng_results_out *r);
/* Ends the result (the table is printed here), flushes OUT and frees R;
 * NG_ERR_IO if a write failed. */
ng_status ng_results_out_finish(ng_results_out *r);
void ng_results_out_free(ng_results_out *r); /* without finishing; NULL is fine */
ng_status ng_results_print_boolean(bool value, ng_result_format fmt, FILE *out);
/* One N-Triples line (CONSTRUCT / DESCRIBE results). */
ng_status ng_results_print_triple(const ng_term *s, const ng_term *p, const ng_term *o, FILE *out);

/* ---- the Virtuoso store (graphs/virtuoso.c) ----
 * STORE "virtuoso://[USER[:PASSWORD]@]HOST[:PORT]" names a Virtuoso Open
 * Source 7 server reached over ODBC at its SQL port (default 1111); USER and
 * PASSWORD default to $NEWSGRAPH_VIRTUOSO_USER / $NEWSGRAPH_VIRTUOSO_PASSWORD,
 * then dba / dba.  One named graph per article (the document IRI); entity
 * descriptions in the graph NG_VIRTUOSO_ENTITY_GRAPH (queries without FROM
 * see the union of all graphs, as with the embedded store).  Commands return
 * an exit status (0, 1, 2) and log their errors. */
#define NG_VIRTUOSO_ENTITY_GRAPH "https://w3id.org/newsgraph/id/graph/default"
/* True if S starts with "virtuoso://". */
bool ng_virtuoso_is_url(const char *s);
/* 'newsgraph query' and 'newsgraph stats' on a Virtuoso store once
 * ng_cmd_query / ng_cmd_stats parsed their options: QUERY (its text) runs
 * on the server, results in FMT on stdout; TIMEOUT_S 0 = no limit. */
int ng_virtuoso_query(const char *url, const char *query, ng_result_format fmt, long timeout_s);
int ng_virtuoso_stats(const char *url);
/* 'newsgraph load' and 'newsgraph remove' once ng_cmd_load / ng_cmd_remove
 * parsed their options: URL, the inputs (or DOCs), the options. */
int ng_virtuoso_load(const char *url, char *const *inputs, size_t n_inputs, const char *base,
                     const ng_read_opts *opts, bool quiet, bool progress);
int ng_virtuoso_remove(const char *url, char *const *docs, size_t n_docs, bool quiet);

#endif
