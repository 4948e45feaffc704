/* commands.c - the extract command, and what the commands share: argv in,
 * exit status out.  The store's commands are in commands_store.c, kept
 * out of the extract-only program.
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
#include <pthread.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <libxml/parser.h>

#include "graphs/graphs.h"
#include "graphs/commands_internal.h"

int ng_cmd_usage_error(const char *cmd, const char *fmt, ...) {
  va_list ap;
  fprintf(stderr, "newsgraph %s: ", cmd);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fprintf(stderr, "; try 'newsgraph %s --help'\n", cmd);
  return EXIT_USAGE;
}

/* The option getopt just rejected, for messages. */
const char *ng_cmd_bad_option(char **argv) {
  static char shortopt[3];
  if (optopt) {
    shortopt[0] = '-';
    shortopt[1] = (char)optopt;
    shortopt[2] = '\0';
    return shortopt;
  }
  return argv[optind - 1];
}

/* getopt keeps state between calls; commands may run more than once in a
 * process (the unit tests), so start afresh each time. */
void ng_cmd_getopt_reset(void) {
  optind = 0;
  opterr = 0;
}

/* Parses a strict "YYYY-MM-DD" calendar date. */
bool ng_cmd_parse_date(const char *s, ng_date *out) {
  static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
    return false;
  for (int i = 0; i < 10; i++)
    if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
      return false;
  ng_date d = {atoi(s), atoi(s + 5), atoi(s + 8)};
  if (d.y < 1 || d.m < 1 || d.m > 12 || d.d < 1 || d.d > mdays[d.m - 1])
    return false;
  if (d.m == 2 && d.d == 29 && !((d.y % 4 == 0 && d.y % 100 != 0) || d.y % 400 == 0))
    return false;
  *out = d;
  return true;
}

/* An absolute http(s) IRI ending in '/', with only IRIREF characters and no
 * '#': mention IRIs append "#char=B,E", and an IRI has one fragment at most. */
bool ng_cmd_base_ok(const char *b) {
  size_t n = strlen(b);
  if (!(strncmp(b, "http://", 7) == 0 && n > 7) && !(strncmp(b, "https://", 8) == 0 && n > 8))
    return false;
  if (b[n - 1] != '/' || strchr(b, '#'))
    return false;
  for (const unsigned char *p = (const unsigned char *)b; *p; p++)
    if (*p <= 0x20 || *p == 0x7f || strchr("<>\"{}|^`\\", *p))
      return false;
  return true;
}

/* ------------------------------------------------------------------ extract */

#define EXTRACT_MAX_JOBS 256
#define NG_STR_(x) #x
#define NG_STR(x) NG_STR_(x)

static void extract_help(FILE *out) {
  fputs(
      "Usage: newsgraph extract [OPTION]... INPUT...\n"
      "Read news articles (plain text or HTML), recognise the countries, people,\n"
      "organisations and places they mention and the events they report\n"
      "(agreements, airspace permissions, meetings, statements, arms transfers,\n"
      "deployments), and write them as an RDF knowledge graph.\n"
      "\n"
      "INPUT is a file, a directory (read recursively for *.txt, *.text, *.html,\n"
      "*.htm, in sorted order), or - for standard input.\n"
      "\n"
      "What each article asserts goes into a named graph named by the article's\n"
      "IRI; what the entities are (types, labels, codes) goes into the default\n"
      "graph.  Triple formats (turtle, ntriples, rdfxml, dot) write the union.\n"
      "IRIs are deterministic, so graphs extracted separately merge by union.\n"
      "\n"
      "Options:\n"
      "  -o, --output FILE     write to FILE (atomically: a temporary file in the\n"
      "                        same directory is synced to disk and renamed into\n"
      "                        place when complete; nothing is written on failure).\n"
      "                        Default: stdout\n"
      "  -f, --format FORMAT   turtle (default), ntriples, nquads, trig, rdfxml, dot\n"
      "      --base IRI        base for minted IRIs, an absolute http(s) IRI ending\n"
      "                        in / (default " NG_DEFAULT_BASE ")\n"
      "      --date YYYY-MM-DD publication date for inputs that do not state one\n"
      "      --strict          treat invalid UTF-8 and unreadable inputs as fatal:\n"
      "                        write nothing and exit 1 if any input fails\n"
      "      --files-from LIST read more input paths from LIST, one per line (- for\n"
      "                        standard input): the map step of Hadoop Streaming or\n"
      "                        Spark's RDD.pipe(), or a list too long for argv\n"
      "  -j, --jobs N          clean and extract articles on N threads (default 1,\n"
      "                        at most " NG_STR(EXTRACT_MAX_JOBS) "); the output is the same, byte for\n"
      "                        byte, whatever N is\n"
      "  -q, --quiet           print errors only, no warnings or notes\n"
      "      --progress        report progress on stderr (default when stderr is a\n"
      "                        terminal); --no-progress turns it off\n"
      "  -h, --help            show this help and exit\n"
      "\n"
      "Exit status: 0 all inputs processed; 1 an input could not be read (the\n"
      "others are still written, unless --strict) or the output could not be\n"
      "written; 2 bad usage.\n"
      "\n"
      "Examples:\n"
      "  newsgraph extract article.txt\n"
      "  newsgraph extract -f nquads -o corpus.nq articles/\n"
      "  curl -s https://example.org/story.html | newsgraph extract --date 2015-09-30 -f trig -\n",
      out);
}

typedef struct {
  ng_builder *builder;
  ng_writer *writer;         /* the output's writer (borrowed) */
  ng_format format;
  const char *base;          /* borrowed */
  unsigned long n_worker_stmts; /* statements -j N workers wrote (counted on emit) */
  ng_read_opts opts;
  const ng_lexicon *lex;
  unsigned long n_docs;
  unsigned long n_failed;    /* inputs read but not usable */
  ng_status out_error;       /* the first output error */
  bool progress;
  time_t last_progress;
} extract_ctx;

/* Whether a progress line is due: at the end, every 1,000 articles, or every
 * 2 seconds (then *LAST is moved on). */
bool ng_cmd_progress_due(bool enabled, bool final, unsigned long n_docs, time_t *last) {
  if (!enabled)
    return false;
  time_t now = time(NULL);
  if (!final && n_docs % 1000 != 0 && now - *last < 2)
    return false;
  *last = now;
  return true;
}

static void progress_report(extract_ctx *x, bool final) {
  if (!ng_cmd_progress_due(x->progress, final, x->n_docs, &x->last_progress))
    return;
  fprintf(stderr, "\rnewsgraph: %lu articles, %lu statements%s", x->n_docs,
          ng_builder_count(x->builder) + x->n_worker_stmts, final ? "\n" : "");
  fflush(stderr);
}

/* The per-document half of extract: reading, cleaning and extraction.  It
 * touches nothing shared but the read-only lexicon and options (and ng_log),
 * so -j N runs it on worker threads.  *DOC is NULL on failure. */
static ng_status extract_doc(const extract_ctx *x, const char *path, const char *bytes, size_t len,
                             ng_doc **doc, ng_facts *facts) {
  *doc = NULL;
  ng_status rc = ng_doc_from_bytes(path, bytes, len, &x->opts, doc);
  if (rc == NG_OK) {
    rc = ng_extract(x->lex, *doc, facts);
    if (rc != NG_OK)
      ng_log(NG_LOG_ERROR, path, 0, 0, "extraction failed: %s", ng_strerror(rc));
  }
  return rc;
}

/* The ordered half: statements of one document into the builder (and its
 * cross-document 'seen' set) and the writer, on one thread, in input order.
 * Leaves DOC and FACTS to the caller.  Returns NG_ERR_INPUT for a document
 * that failed (counted in n_failed), or the output error that stops the
 * run.  RENDERED (may be NULL): the document's graph as a memory writer
 * wrote it (LEN bytes, N_STMTS statements, then status DOC_RC), to follow
 * the shared half, which only this thread writes; IRIS the entities' and
 * posts' IRIs that writer's builder minted for it (ng_builder_swap_iris). */
static ng_status extract_emit_rendered(extract_ctx *x, const ng_doc *doc, const ng_facts *facts,
                                       ng_status rc, const char *rendered, size_t len,
                                       unsigned long n_stmts, ng_status doc_rc, const ng_buf *iris) {
  if (rc == NG_OK) {
    if (rendered) {
      rc = ng_builder_add_shared_iris(x->builder, doc, facts, iris);
      if (rc == NG_OK) {
        rc = ng_writer_put_raw(x->writer, rendered, len);
        x->n_worker_stmts += n_stmts;
      }
      if (rc == NG_OK)
        rc = doc_rc;
    } else {
      rc = ng_builder_add(x->builder, doc, facts);
    }
    if (rc != NG_OK) {
      /* the writer failed: stop everything */
      x->out_error = rc;
      return rc == NG_ERR_INPUT ? NG_ERR_IO : rc;
    }
  } else {
    x->n_failed++;
    rc = NG_ERR_INPUT;
  }
  x->n_docs++;
  progress_report(x, false);
  return rc;
}

static ng_status extract_one(const char *path, const char *bytes, size_t len, void *ctx) {
  extract_ctx *x = ctx;
  ng_doc *doc = NULL;
  ng_facts facts;
  ng_facts_init(&facts);
  ng_status rc = extract_doc(x, path, bytes, len, &doc, &facts);
  rc = extract_emit_rendered(x, doc, &facts, rc, NULL, 0, 0, NG_OK, NULL);
  ng_facts_clear(&facts);
  ng_doc_free(doc);
  /* a document that failed is counted in x->n_failed, not again by ng_inputs_each */
  return rc == NG_ERR_INPUT ? NG_OK : rc;
}

/* ---- -j N: a ring of documents in flight, and N threads extracting them:
 * the main thread and N - 1 workers.  The main thread reads the inputs
 * (ng_inputs_each_take) into the ring and writes finished documents from
 * its oldest end, in input order; in between, while enough documents wait
 * for the workers, it extracts one itself, so that -j 2 is two busy threads
 * on two cores, not three taking turns (every turn a context switch).  A
 * thread sleeps only when it has nothing to do: a worker when no document
 * waits, the main thread when the ring is full and its oldest document is
 * still being extracted; each is woken only then.  For N-Triples and
 * N-Quads each thread also writes each document's own graph
 * (ng_builder_add_document, a function of the document alone) into
 * memory, so that what is left in order is the shared default-graph half
 * and copying bytes.  The output is byte for byte that of -j 1. */
typedef struct {
  char *path;        /* owned */
  char *bytes;       /* owned (the main thread's memory: freed there) */
  size_t len;
  ng_doc *doc;
  ng_facts facts;
  ng_status rc;
  ng_buf rendered;   /* the document's graph, as the extracting thread wrote it (or empty) */
  ng_buf iris;       /* the IRIs it minted for it (ng_builder_swap_iris) */
  bool has_rendered;
  unsigned long n_stmts; /* statements in RENDERED */
  ng_status doc_rc;  /* how writing RENDERED ended */
  ng_buf before;     /* messages of inputs that failed to be read just before it (held) */
  ng_buf log;        /* its own messages, held while it was extracted */
  unsigned by;       /* the thread that extracted it (an index into extract_pool.th) */
  bool done;         /* extracted (guarded by the pool's mutex) */
} extract_job;

/* A written document waiting to be freed by the thread that extracted it:
 * each thread frees its own allocations, in its own malloc arena. */
typedef struct {
  ng_doc *doc;
  ng_facts facts;
} extract_trash;

typedef struct {
  ng_writer *mw;     /* a memory writer for the documents' graphs, or NULL */
  ng_builder *mb;    /* its builder */
  extract_trash *trash; /* written documents to free (guarded by the pool's mutex) */
  size_t n_trash, cap_trash;
} extract_thread;

typedef struct {
  extract_ctx *x;
  pthread_mutex_t mu;
  pthread_cond_t work;     /* a job was queued, or stop */
  pthread_cond_t done;     /* the job the main thread waits on was extracted */
  extract_job *ring;
  size_t cap;
  size_t low;              /* the main thread reads on while fewer jobs wait */
  unsigned long head;      /* oldest job not yet written */
  unsigned long next;      /* next job to extract */
  unsigned long tail;      /* next free slot */
  unsigned long want;      /* the job the main thread sleeps on, or NO_JOB */
  unsigned idle;           /* workers asleep for want of a job */
  bool stop;
  extract_thread *th;      /* [0] the main thread, [1..] the workers */
  ng_buf read_log;         /* the main thread's messages while reading, not yet queued */
} extract_pool;

typedef struct {
  extract_pool *p;
  unsigned id;
} extract_worker_arg;

#define NO_JOB ((unsigned long)-1)

static void thread_init(extract_thread *t, const extract_ctx *x) {
  memset(t, 0, sizeof *t);
  if (ng_format_has_graphs(x->format) || x->format == NG_FMT_NTRIPLES) {
    if (ng_writer_new_memory(x->format, x->base, &t->mw) == NG_OK)
      t->mb = ng_builder_new(x->base, x->lex, ng_writer_sink(t->mw));
  }
}

/* Frees the documents of T's trash (the caller holds no lock; SPARE is an
 * emptied trash list to swap in under the lock). */
static void trash_empty(extract_pool *p, extract_thread *t, extract_thread *spare) {
  pthread_mutex_lock(&p->mu);
  extract_trash *v = t->trash;
  size_t n = t->n_trash, cap = t->cap_trash;
  t->trash = spare->trash;
  t->n_trash = 0;
  t->cap_trash = spare->cap_trash;
  pthread_mutex_unlock(&p->mu);
  for (size_t i = 0; i < n; i++) {
    ng_facts_clear(&v[i].facts);
    ng_doc_free(v[i].doc);
  }
  spare->trash = v;
  spare->cap_trash = cap;
}

static void thread_free(extract_thread *t) {
  for (size_t i = 0; i < t->n_trash; i++) {
    ng_facts_clear(&t->trash[i].facts);
    ng_doc_free(t->trash[i].doc);
  }
  free(t->trash);
  ng_builder_free(t->mb);
  ng_writer_free(t->mw);
}

/* Extracts job J on thread T (index BY). */
static void job_run(extract_pool *p, extract_thread *t, unsigned by, extract_job *j) {
  /* its messages wait for their turn, so that stderr too is that of -j 1 */
  ng_buf *was = ng_log_hold(&j->log);
  j->rc = extract_doc(p->x, j->path, j->bytes, j->len, &j->doc, &j->facts);
  j->by = by;
  if (t->mb && j->rc == NG_OK) {
    unsigned long before = ng_builder_count(t->mb);
    j->doc_rc = ng_builder_add_document(t->mb, j->doc, &j->facts);
    ng_writer_swap(t->mw, &j->rendered);
    ng_builder_swap_iris(t->mb, &j->iris);
    j->n_stmts = ng_builder_count(t->mb) - before;
    j->has_rendered = true;
  }
  ng_log_hold(was);
}

static void *extract_worker(void *arg) {
  extract_pool *p = ((extract_worker_arg *)arg)->p;
  unsigned id = ((extract_worker_arg *)arg)->id;
  extract_thread *t = &p->th[id];
  extract_thread spare = {NULL, NULL, NULL, 0, 0};
  pthread_mutex_lock(&p->mu);
  for (;;) {
    while (!p->stop && p->next == p->tail) {
      p->idle++;
      pthread_cond_wait(&p->work, &p->mu);
      p->idle--;
    }
    if (p->stop)
      break;
    unsigned long idx = p->next++;
    extract_job *j = &p->ring[idx % p->cap];
    bool trash = t->n_trash > 0;
    pthread_mutex_unlock(&p->mu);
    if (trash)
      trash_empty(p, t, &spare);
    job_run(p, t, id, j);
    pthread_mutex_lock(&p->mu);
    j->done = true;
    /* wake the main thread only for the job it waits on: a wake-up for
     * any other would be a context switch for nothing */
    if (idx == p->want)
      pthread_cond_signal(&p->done);
  }
  pthread_mutex_unlock(&p->mu);
  trash_empty(p, t, &spare);
  free(spare.trash);
  return NULL;
}

/* Writes the finished jobs at the ring's oldest end, in order, first
 * waiting for the oldest if WAIT.  Returns NG_OK, or the output error that
 * stops the run (a failed document is counted in x->n_failed). */
static ng_status pool_emit(extract_pool *p, bool wait) {
  ng_status ret = NG_OK;
  pthread_mutex_lock(&p->mu);
  if (wait && p->head != p->tail) {
    p->want = p->head;
    while (!p->ring[p->head % p->cap].done)
      pthread_cond_wait(&p->done, &p->mu);
    p->want = NO_JOB;
  }
  while (ret == NG_OK && p->head != p->tail && p->ring[p->head % p->cap].done) {
    extract_job *j = &p->ring[p->head % p->cap];
    pthread_mutex_unlock(&p->mu);
    ng_buf *held = ng_log_hold(NULL);
    ng_log_release(&j->before);
    ng_log_release(&j->log);
    ng_status rc = extract_emit_rendered(p->x, j->doc, &j->facts, j->rc,
                                         j->has_rendered ? (j->rendered.data ? j->rendered.data : "") : NULL,
                                         j->rendered.len, j->n_stmts, j->doc_rc, &j->iris);
    ng_log_hold(held);
    if (rc > NG_ERR_INPUT)
      ret = rc;
    free(j->path);
    free(j->bytes);
    bool own = j->by == 0;
    if (own) {
      ng_facts_clear(&j->facts);
      ng_doc_free(j->doc);
    }
    /* the slot keeps its buffers: the next extracting thread's writer and
     * builder take them over */
    ng_buf rendered = j->rendered, iris = j->iris, before = j->before, log = j->log;
    rendered.len = 0;
    pthread_mutex_lock(&p->mu);
    if (!own) {
      extract_thread *t = &p->th[j->by];
      if (t->n_trash == t->cap_trash) {
        t->cap_trash = t->cap_trash ? 2 * t->cap_trash : 16;
        t->trash = ng_xrealloc(t->trash, t->cap_trash * sizeof *t->trash);
      }
      t->trash[t->n_trash].doc = j->doc;
      t->trash[t->n_trash].facts = j->facts;
      t->n_trash++;
    }
    memset(j, 0, sizeof *j);
    j->rendered = rendered;
    j->iris = iris;
    j->before = before;
    j->log = log;
    p->head++;
  }
  pthread_mutex_unlock(&p->mu);
  return ret;
}

/* One step of the main thread's work besides reading: writes what is
 * finished in order, then extracts the oldest waiting job if there is one,
 * else (the ring full, or the end of the inputs) waits for the oldest job
 * and writes it. */
static ng_status pool_step(extract_pool *p) {
  ng_status rc = pool_emit(p, false);
  if (rc != NG_OK)
    return rc;
  pthread_mutex_lock(&p->mu);
  if (p->next != p->tail) {
    unsigned long idx = p->next++;
    pthread_mutex_unlock(&p->mu);
    extract_job *j = &p->ring[idx % p->cap];
    job_run(p, &p->th[0], 0, j);
    pthread_mutex_lock(&p->mu);
    j->done = true;
    pthread_mutex_unlock(&p->mu);
    return NG_OK;
  }
  pthread_mutex_unlock(&p->mu);
  return pool_emit(p, true);
}

/* ng_inputs_each_take's callback for -j N: queues the input (taking BYTES
 * over), first making room and, while the workers have enough to do,
 * extracting and writing documents itself. */
static ng_status pool_add(const char *path, char *bytes, size_t len, void *ctx) {
  extract_pool *p = ctx;
  /* only this thread moves HEAD and TAIL; NEXT is read under the lock */
  for (;;) {
    pthread_mutex_lock(&p->mu);
    size_t waiting = p->tail - p->next;
    pthread_mutex_unlock(&p->mu);
    if (p->tail - p->head < p->cap && waiting < p->low)
      break;
    ng_status rc = pool_step(p);
    if (rc != NG_OK) {
      free(bytes);
      return rc;
    }
  }
  extract_job *j = &p->ring[p->tail % p->cap];
  /* what reading logged since the last input queued comes before this one */
  ng_buf t = j->before;
  j->before = p->read_log;
  p->read_log = t;
  j->path = ng_xstrdup(path);
  j->bytes = bytes;
  j->len = len;
  ng_facts_init(&j->facts);
  pthread_mutex_lock(&p->mu);
  p->tail++;
  if (p->idle)
    pthread_cond_signal(&p->work);
  pthread_mutex_unlock(&p->mu);
  return NG_OK;
}

/* Runs the inputs through NJOBS threads (this one and NJOBS - 1 workers).
 * Same contract as ng_inputs_each (with extract_one as the callback). */
static ng_status extract_parallel(extract_ctx *x, char *const *inputs, size_t n_inputs,
                                  unsigned njobs, size_t *n_failed) {
  extract_pool p;
  memset(&p, 0, sizeof p);
  p.x = x;
  /* a ring long enough that the main thread, busy with a document of its
   * own, seldom finds it full: each job holds its text and rendered graph
   * (some tens of KB) until it is written */
  p.cap = 4 * (size_t)njobs + 56;
  p.low = p.cap / 2;
  p.want = NO_JOB;
  p.ring = ng_xcalloc(p.cap, sizeof *p.ring);
  p.th = ng_xcalloc(njobs, sizeof *p.th);
  for (unsigned i = 0; i < njobs; i++)
    thread_init(&p.th[i], x);
  pthread_mutex_init(&p.mu, NULL);
  pthread_cond_init(&p.work, NULL);
  pthread_cond_init(&p.done, NULL);
  /* libxml2 must be initialised once before threads use it */
  xmlInitParser();
  pthread_t *tid = ng_xcalloc(njobs, sizeof *tid);
  extract_worker_arg *args = ng_xcalloc(njobs, sizeof *args);
  unsigned started = 0;
  int err = 0;
  while (started + 1 < njobs) {
    args[started].p = &p;
    args[started].id = started + 1;
    if ((err = pthread_create(&tid[started], NULL, extract_worker, &args[started])) != 0)
      break;
    started++;
  }
  ng_status rc;
  if (started == 0) {
    ng_log(NG_LOG_WARNING, NULL, 0, 0, "cannot start worker threads: %s; running on one",
           strerror(err));
    rc = ng_inputs_each(inputs, n_inputs, extract_one, x, n_failed);
  } else {
    /* the main thread's messages while it reads are held: they belong
     * between the documents before them and the next one queued */
    ng_buf *was = ng_log_hold(&p.read_log);
    rc = ng_inputs_each_take(inputs, n_inputs, pool_add, &p, n_failed);
    ng_log_hold(was);
    /* write what is still in flight, unless the output already failed */
    while (rc <= NG_ERR_INPUT && p.head != p.tail) {
      ng_status st = pool_step(&p);
      if (st != NG_OK)
        rc = st;
    }
    /* and what reading logged after the last document */
    ng_log_release(&p.read_log);
  }
  pthread_mutex_lock(&p.mu);
  p.stop = true;
  pthread_cond_broadcast(&p.work);
  pthread_mutex_unlock(&p.mu);
  for (unsigned i = 0; i < started; i++)
    pthread_join(tid[i], NULL);
  /* after an output error: drop the documents never written (and their
   * held messages, as -j 1 never gets to them) */
  for (; p.head != p.tail; p.head++) {
    extract_job *j = &p.ring[p.head % p.cap];
    free(j->path);
    free(j->bytes);
    ng_facts_clear(&j->facts);
    ng_doc_free(j->doc);
  }
  for (size_t i = 0; i < p.cap; i++) {
    ng_buf_free(&p.ring[i].rendered);
    ng_buf_free(&p.ring[i].iris);
    ng_buf_free(&p.ring[i].before);
    ng_buf_free(&p.ring[i].log);
  }
  ng_buf_free(&p.read_log);
  for (unsigned i = 0; i < njobs; i++)
    thread_free(&p.th[i]);
  free(p.th);
  free(args);
  free(tid);
  free(p.ring);
  pthread_cond_destroy(&p.done);
  pthread_cond_destroy(&p.work);
  pthread_mutex_destroy(&p.mu);
  return rc;
}

/* --files-from LIST: the input paths, one per line, of LIST ("-" = standard
 * input) after the N_ARGS given on the command line, as the map step of
 * Hadoop Streaming or Spark's RDD.pipe() feeds them.  Empty lines are
 * skipped, a final CR is dropped; a line longer than PATH_MAX or a NUL in
 * the list is an error naming the list and line. */
#define FILE_LIST_MAX_LINE 4096
void ng_cmd_free_file_list(char **v, size_t n) {
  if (!v) return;
  for (size_t i = 0; i < n; i++) free(v[i]);
  free(v);
}

ng_status ng_cmd_read_file_list(const char *list, char *const *args, size_t n_args, char ***out,
                                size_t *n_out) {
  bool is_stdin = strcmp(list, "-") == 0;
  const char *name = is_stdin ? "(standard input)" : list;
  FILE *f = is_stdin ? stdin : fopen(list, "r");
  if (!f) {
    ng_log(NG_LOG_ERROR, list, 0, 0, "cannot open the file list: %s", strerror(errno));
    return NG_ERR_INPUT;
  }
  for (size_t i = 0; is_stdin && i < n_args; i++)
    if (strcmp(args[i], "-") == 0) {
      ng_log(NG_LOG_ERROR, NULL, 0, 0,
             "--files-from - and the input - both want standard input: give one of them");
      return NG_ERR_INPUT;
    }
  size_t n = 0, cap = n_args + 16;
  char **v = ng_xmalloc(cap * sizeof *v);
  for (size_t i = 0; i < n_args; i++) v[n++] = ng_xstrdup(args[i]);
  char line[FILE_LIST_MAX_LINE + 2];
  long lineno = 0;
  ng_status st = NG_OK;
  while (fgets(line, sizeof line, f)) {
    lineno++;
    size_t len = strlen(line);
    bool complete = len > 0 && line[len - 1] == '\n';
    if (!complete && !feof(f)) {
      ng_log(NG_LOG_ERROR, name, lineno, 0, "line longer than %d bytes: not a file path",
             FILE_LIST_MAX_LINE);
      st = NG_ERR_INPUT;
      break;
    }
    if (complete) line[--len] = '\0';
    if (len > 0 && line[len - 1] == '\r') line[--len] = '\0';
    if (len == 0) continue;
    if (n == cap) {
      cap *= 2;
      v = ng_xrealloc(v, cap * sizeof *v);
    }
    v[n++] = ng_xstrdup(line);
  }
  if (st == NG_OK && ferror(f)) {
    ng_log(NG_LOG_ERROR, name, 0, 0, "cannot read the file list: %s", strerror(errno));
    st = NG_ERR_INPUT;
  }
  if (!is_stdin) fclose(f);
  if (st != NG_OK) {
    ng_cmd_free_file_list(v, n);
    return st;
  }
  *out = v;
  *n_out = n;
  return NG_OK;
}

int ng_cmd_extract(int argc, char **argv) {
  static const struct option longopts[] = {
      {"output", required_argument, NULL, 'o'}, {"format", required_argument, NULL, 'f'},
      {"base", required_argument, NULL, 'B'},   {"date", required_argument, NULL, 'D'},
      {"strict", no_argument, NULL, 'S'},       {"quiet", no_argument, NULL, 'q'},
      {"progress", no_argument, NULL, 'P'},     {"no-progress", no_argument, NULL, 'N'},
      {"jobs", required_argument, NULL, 'j'},   {"help", no_argument, NULL, 'h'},
      {"files-from", required_argument, NULL, 'L'}, {NULL, 0, NULL, 0}};
  const char *output = NULL, *base = NG_DEFAULT_BASE, *list = NULL;
  ng_format format = NG_FMT_TURTLE;
  unsigned njobs = 1;
  extract_ctx x;
  memset(&x, 0, sizeof x);
  int progress = -1; /* -1: on when stderr is a terminal */
  bool quiet = false;

  ng_cmd_getopt_reset();
  int c;
  while ((c = getopt_long(argc, argv, ":o:f:j:qh", longopts, NULL)) != -1) {
    switch (c) {
    case 'o': output = optarg; break;
    case 'j': {
      char *end = NULL;
      errno = 0;
      long n = strtol(optarg, &end, 10);
      if (errno || optarg[0] < '0' || optarg[0] > '9' || *end || n < 1 || n > EXTRACT_MAX_JOBS)
        return ng_cmd_usage_error("extract", "-j '%s' is not a number of threads from 1 to %d", optarg,
                           EXTRACT_MAX_JOBS);
      njobs = (unsigned)n;
      break;
    }
    case 'f':
      format = ng_format_from_name(optarg);
      if (format == NG_FMT_UNKNOWN)
        return ng_cmd_usage_error("extract",
                           "unknown format '%s' (turtle, ntriples, nquads, trig, rdfxml, dot)",
                           optarg);
      break;
    case 'B':
      if (!ng_cmd_base_ok(optarg))
        return ng_cmd_usage_error("extract",
                           "--base '%s' is not an absolute http(s) IRI ending in / (without #)", optarg);
      base = optarg;
      break;
    case 'D':
      if (!ng_cmd_parse_date(optarg, &x.opts.fallback_date))
        return ng_cmd_usage_error("extract", "--date '%s' is not a date of the form YYYY-MM-DD", optarg);
      break;
    case 'S': x.opts.strict = true; break;
    case 'L': list = optarg; break;
    case 'q': quiet = true; break;
    case 'P': progress = 1; break;
    case 'N': progress = 0; break;
    case 'h': extract_help(stdout); return EXIT_OK;
    case ':': return ng_cmd_usage_error("extract", "option '%s' needs an argument", argv[optind - 1]);
    default: return ng_cmd_usage_error("extract", "unknown option '%s'", ng_cmd_bad_option(argv));
    }
  }
  /* (the extract-only program runs the full one for RDF/XML and dot) */
  if (!ng_writer_supports(format))
    return NG_CMD_NEEDS_FULL;
  if (optind >= argc && !list)
    return ng_cmd_usage_error("extract", "no input given (a file, a directory, - for standard input, "
                                  "or --files-from LIST)");
  ng_log_set_quiet(quiet);
  char **inputs = argv + optind;
  size_t n_inputs = (size_t)(argc - optind);
  char **listed = NULL;
  if (list) {
    if (ng_cmd_read_file_list(list, argv + optind, n_inputs, &listed, &n_inputs) != NG_OK)
      return EXIT_FAIL; /* logged */
    inputs = listed;
  }
  x.progress = !quiet && (progress == 1 || (progress == -1 && isatty(STDERR_FILENO)));
  x.last_progress = time(NULL);

  x.lex = ng_lexicon_default();
  if (!x.lex) {
    ng_cmd_free_file_list(listed, n_inputs);
    return EXIT_FAIL; /* logged by the lexicon */
  }

  ng_outfile *of = NULL;
  ng_writer *w = NULL;
  int status = EXIT_OK;
  ng_outfile_trap_signals();
  if (ng_outfile_open(output, &of) != NG_OK) {
    ng_cmd_free_file_list(listed, n_inputs);
    return EXIT_FAIL;
  }
  ng_status rc = ng_writer_new(format, ng_outfile_stream(of), base, &w);
  if (rc != NG_OK) {
    ng_log(NG_LOG_ERROR, NULL, 0, 0, "cannot start the %s writer: %s", ng_format_name(format),
           ng_strerror(rc));
    ng_outfile_abort(of);
    ng_cmd_free_file_list(listed, n_inputs);
    return EXIT_FAIL;
  }
  x.builder = ng_builder_new(base, x.lex, ng_writer_sink(w));
  x.writer = w;
  x.format = format;
  x.base = base;

  size_t n_failed = 0;
  if (njobs > 1)
    rc = extract_parallel(&x, inputs, n_inputs, njobs, &n_failed);
  else
    rc = ng_inputs_each(inputs, n_inputs, extract_one, &x, &n_failed);
  progress_report(&x, true);
  bool input_failed = n_failed > 0 || x.n_failed > 0;
  ng_status out_rc = x.out_error;
  if (!out_rc && rc > NG_ERR_INPUT)
    out_rc = rc;
  if (!out_rc)
    out_rc = ng_writer_finish(w);
  if (out_rc) {
    ng_log(NG_LOG_ERROR, output && strcmp(output, "-") ? output : NULL, 0, 0,
           "cannot write the graph: %s; %s", ng_strerror(out_rc),
           output && strcmp(output, "-") ? "nothing was written" : "the output is incomplete");
    ng_outfile_abort(of);
    status = EXIT_FAIL;
  } else if (input_failed && x.opts.strict) {
    ng_log(NG_LOG_ERROR, NULL, 0, 0, "%lu input(s) failed and --strict is set: nothing written",
           (unsigned long)(n_failed + x.n_failed));
    ng_outfile_abort(of);
    status = EXIT_FAIL;
  } else {
    if (ng_outfile_commit(of) != NG_OK)
      status = EXIT_FAIL;
    else if (input_failed)
      status = EXIT_FAIL;
  }
  ng_builder_free(x.builder);
  ng_writer_free(w);
  ng_cmd_free_file_list(listed, n_inputs);
  return status;
}

