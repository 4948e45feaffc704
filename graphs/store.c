/* store.c - the persistent embedded graph store that `newsgraph load` fills
 * and `query`, `stats` and `remove` open.
 *
 * LAYOUT.  A store is a directory:
 *   STORE/newsgraph-store   marker and metadata ("newsgraph-store 1", the
 *                           storage kind); written last when a store is created
 *   STORE/current           symlink to the published generation, "gen-N"
 *   STORE/gen-N/            Redland "hashes" storage on Berkeley DB files
 *                           (ng-sp2o.db, ng-po2s.db, ng-so2p.db, ng-p2so.db,
 *                           ng-contexts.db), with contexts: one named graph
 *                           per article, named by the document IRI
 *   STORE/lock              flock()ed by the one writer
 * The record of an article is in its own graph: its dcterms:identifier (the
 * file's base name) and ng:sha256, so the record and the statements are
 * written and removed together.
 *
 * WHY GENERATIONS.  Berkeley DB without a transactional environment (which
 * librdf does not set up) is not crash safe: its cache writes pages back in
 * any order, so a process killed between two syncs can leave a B-tree whose
 * pages come from different moments, which can lose statements of articles
 * loaded long before.  So a writer never touches the published files: at
 * its first write it copies the published generation to gen-N+1 (a load of
 * unchanged articles only reads and copies nothing), writes there, and
 * publishes by syncing, closing, fsyncing and atomically renaming the
 * `current` symlink (a checkpoint).  Checkpoints happen only between
 * articles, so every published generation holds each article completely or
 * not at all, with the entity descriptions it brought (see DEFAULT GRAPH); a
 * killed load leaves the store as at its last checkpoint (the stale working
 * copy is deleted by the next writer) and loading again completes it.
 *
 * COST.  A checkpoint costs a copy of the whole store (about 1.3 KB per
 * statement on disk: five indexes), so checkpoints are spaced to at least
 * NG_STORE_COPY_FACTOR times the duration of the last publication and copy
 * (and NG_STORE_CHECKPOINT_MIN seconds): copying stays about a tenth of the
 * load time however large the store grows, and a kill loses at most that
 * much work, never an article's consistency.  Readers open the published
 * generation read-only and are never disturbed by a writer.  What is left
 * of the load time is Berkeley DB itself: librdf opens each index without an
 * environment, so with Berkeley DB's default 256 KB cache most inserts read
 * and write pages through the kernel.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif
#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <redland.h>

#include "graphs/graphs.h"

#define NG_STORE_MARKER "newsgraph-store"
#define NG_STORE_MAGIC "newsgraph-store 1\n"
#define NG_STORE_CHECKPOINT_MIN 2.0   /* seconds between checkpoints, at least */
#define NG_STORE_COPY_FACTOR 10.0     /* ... and at least this many times a checkpoint's duration */
#define NG_DCTERMS_IDENTIFIER "http://purl.org/dc/terms/identifier"
#define NG_SHA256 NG_NS "sha256"
#define NG_STORE_DEFQ_MAX 50000       /* default-graph statements queued, at most */

typedef struct {
  librdf_statement *st; /* owned */
  bool in_doc_graph;    /* added in the context of the article's graph */
  char *key;            /* owned, default-graph statements only: its key in defq_seen */
} pending_st;

struct ng_rdfstore {
  char *path;             /* owned: the store directory */
  bool writable;
  int lock_fd;            /* writers: the flock()ed lock file, else -1 */
  librdf_world *world;
  librdf_storage *storage;
  librdf_model *model;
  unsigned long gen;      /* generation open (for a writer: the working copy) */
  unsigned long published;/* the published generation */
  bool dirty;             /* the working copy has unpublished writes */
  bool broken;            /* a write failed: nothing more is published */
  unsigned long errors;   /* errors librdf reported */
  double last_publish;    /* monotonic seconds */
  double copy_secs;       /* duration of the last copy of a generation */
  double publish_secs;    /* duration of the last publication (syncs, fsyncs) */
  /* the article being collected by the sink */
  pending_st *pend;
  size_t n_pend, cap_pend;
  char *pend_graph;       /* owned: the graph its named-graph statements are in */
  ng_strmap *pend_seen;   /* owned: keys of the collected statements (a graph is a set) */
  bool pend_bad;          /* the sink could not convert a statement */
  /* default-graph statements waiting for flush_defaults (see DEFAULT GRAPH) */
  librdf_statement **defq;/* owned */
  size_t n_defq, cap_defq;
  ng_strmap *defq_seen;   /* owned: their keys */
};

static double now_secs(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int store_log(void *ctx, librdf_log_message *msg) {
  ng_rdfstore *s = ctx;
  if (librdf_log_message_level(msg) >= LIBRDF_LOG_ERROR) {
    const char *text = librdf_log_message_message(msg);
    s->errors++;
    ng_log(NG_LOG_ERROR, s->path, 0, 0, "store: %s", text ? text : "error");
  }
  return 1;
}

/* ------------------------------------------------------------------ files */

static void path_join(ng_buf *out, const char *dir, const char *name) {
  ng_buf_clear(out);
  ng_buf_adds(out, dir);
  if (out->len && out->data[out->len - 1] != '/')
    ng_buf_addc(out, '/');
  ng_buf_adds(out, name);
}

static void gen_name(char out[32], unsigned long gen) { snprintf(out, 32, "gen-%06lu", gen); }

bool ng_rdfstore_is_store(const char *path) {
  if (!path)
    return false;
  struct stat sb;
  if (stat(path, &sb) != 0 || !S_ISDIR(sb.st_mode))
    return false;
  ng_buf p;
  ng_buf_init(&p);
  path_join(&p, path, NG_STORE_MARKER);
  bool ok = false;
  FILE *f = fopen(p.data, "r");
  if (f) {
    char line[64] = "";
    ok = fgets(line, sizeof line, f) && strcmp(line, NG_STORE_MAGIC) == 0;
    fclose(f);
  }
  ng_buf_free(&p);
  return ok;
}

/* The generation `current` points to, or 0 with an error logged. */
static unsigned long read_current(const char *path) {
  ng_buf p;
  ng_buf_init(&p);
  path_join(&p, path, "current");
  char target[64];
  ssize_t n = readlink(p.data, target, sizeof target - 1);
  ng_buf_free(&p);
  unsigned long gen = 0;
  if (n > 4) {
    target[n] = '\0';
    char *end = NULL;
    if (strncmp(target, "gen-", 4) == 0)
      gen = strtoul(target + 4, &end, 10);
    if (!end || *end)
      gen = 0;
  }
  if (!gen)
    ng_log(NG_LOG_ERROR, path, 0, 0,
           "the store has no valid 'current' generation link; it is damaged: "
           "load the articles into a new store");
  return gen;
}

static ng_status fsync_path(const char *p, bool dir) {
  int fd = open(p, (dir ? O_DIRECTORY : 0) | O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return NG_ERR_IO;
  int rc = fsync(fd);
  close(fd);
  return rc == 0 || errno == EINVAL ? NG_OK : NG_ERR_IO;
}

/* Removes directory DIR and the plain files in it. */
static void remove_dir(const char *dir) {
  DIR *d = opendir(dir);
  if (d) {
    ng_buf p;
    ng_buf_init(&p);
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
      if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
        continue;
      path_join(&p, dir, e->d_name);
      unlink(p.data);
    }
    ng_buf_free(&p);
    closedir(d);
  }
  rmdir(dir);
}

static ng_status copy_file(const char *from, const char *to) {
  ng_status rc = NG_OK;
  int in = open(from, O_RDONLY | O_CLOEXEC);
  int out = in < 0 ? -1 : open(to, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (in < 0 || out < 0) {
    rc = NG_ERR_IO;
    goto cleanup;
  }
  /* in the kernel when it can (no copy through user space) */
  for (;;) {
    ssize_t n = copy_file_range(in, NULL, out, NULL, (size_t)1 << 30, 0);
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0) {
      if (n == 0 || errno == EXDEV || errno == ENOSYS || errno == EINVAL || errno == EOPNOTSUPP)
        break; /* done, or copy what is left by hand */
      rc = NG_ERR_IO;
      goto cleanup;
    }
  }
  static char buf[1 << 20];
  for (;;) {
    ssize_t n = read(in, buf, sizeof buf);
    if (n < 0 && errno == EINTR)
      continue;
    if (n < 0) {
      rc = NG_ERR_IO;
      break;
    }
    if (n == 0)
      break;
    for (ssize_t off = 0; off < n;) {
      ssize_t w = write(out, buf + off, (size_t)(n - off));
      if (w < 0 && errno == EINTR)
        continue;
      if (w <= 0) {
        rc = NG_ERR_IO;
        goto cleanup;
      }
      off += w;
    }
  }
cleanup:
  if (in >= 0)
    close(in);
  if (out >= 0 && close(out) != 0)
    rc = NG_ERR_IO;
  return rc;
}

/* Copies the plain files of generation FROM into a new directory for TO. */
static ng_status copy_gen(const char *path, unsigned long from, unsigned long to) {
  char a[32], b[32];
  gen_name(a, from);
  gen_name(b, to);
  ng_buf src, dst, f1, f2;
  ng_buf_init(&src);
  ng_buf_init(&dst);
  ng_buf_init(&f1);
  ng_buf_init(&f2);
  path_join(&src, path, a);
  path_join(&dst, path, b);
  ng_status rc = NG_OK;
  remove_dir(dst.data); /* a stale working copy of a killed writer */
  DIR *d = NULL;
  if (mkdir(dst.data, 0755) != 0 || !(d = opendir(src.data))) {
    rc = NG_ERR_IO;
    goto cleanup;
  }
  struct dirent *e;
  while ((e = readdir(d)) != NULL && !rc) {
    if (e->d_name[0] == '.')
      continue;
    path_join(&f1, src.data, e->d_name);
    path_join(&f2, dst.data, e->d_name);
    rc = copy_file(f1.data, f2.data);
  }
cleanup:
  if (d)
    closedir(d);
  if (rc)
    ng_log(NG_LOG_ERROR, path, 0, 0, "cannot copy %s to %s: %s; check the free disk space", a, b,
           strerror(errno));
  ng_buf_free(&src);
  ng_buf_free(&dst);
  ng_buf_free(&f1);
  ng_buf_free(&f2);
  return rc;
}

/* Deletes every gen-* directory but KEEP (writers only, under the lock). */
static void remove_stale_gens(const char *path, unsigned long keep) {
  DIR *d = opendir(path);
  if (!d)
    return;
  char k[32];
  gen_name(k, keep);
  ng_buf p;
  ng_buf_init(&p);
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    if (strncmp(e->d_name, "gen-", 4) != 0 || strcmp(e->d_name, k) == 0)
      continue;
    path_join(&p, path, e->d_name);
    remove_dir(p.data);
  }
  ng_buf_free(&p);
  closedir(d);
}

/* Points `current` at generation GEN atomically (symlink + rename). */
static ng_status set_current(const char *path, unsigned long gen) {
  char g[32];
  gen_name(g, gen);
  ng_buf tmp, cur;
  ng_buf_init(&tmp);
  ng_buf_init(&cur);
  path_join(&tmp, path, "current.tmp");
  path_join(&cur, path, "current");
  unlink(tmp.data);
  ng_status rc = NG_OK;
  if (symlink(g, tmp.data) != 0 || rename(tmp.data, cur.data) != 0) {
    ng_log(NG_LOG_ERROR, path, 0, 0, "cannot publish %s: %s", g, strerror(errno));
    unlink(tmp.data);
    rc = NG_ERR_IO;
  } else {
    fsync_path(path, true);
  }
  ng_buf_free(&tmp);
  ng_buf_free(&cur);
  return rc;
}

/* ------------------------------------------------------------------ librdf */

static bool path_option_safe(const char *path) { return !strchr(path, '\''); }

/* Opens generation GEN; CONTEXTS false opens the same files as a storage
 * without contexts, which only flush_defaults does (see DEFAULT GRAPH). */
static ng_status open_gen_as(ng_rdfstore *s, unsigned long gen, bool write, bool create,
                             bool contexts) {
  char g[32];
  gen_name(g, gen);
  ng_buf dir, opts;
  ng_buf_init(&dir);
  ng_buf_init(&opts);
  path_join(&dir, s->path, g);
  ng_buf_printf(&opts,
                "hash-type='bdb',dir='%s',contexts='%s',index-predicates='yes',write='%s',new='%s'",
                dir.data, contexts ? "yes" : "no", write ? "yes" : "no", create ? "yes" : "no");
  ng_status rc = NG_OK;
  s->storage = librdf_new_storage(s->world, "hashes", "ng", opts.data);
  if (s->storage)
    s->model = librdf_new_model(s->world, s->storage, NULL);
  if (!s->storage || !s->model) {
    ng_log(NG_LOG_ERROR, s->path, 0, 0, "cannot open the store's Berkeley DB files in %s", g);
    rc = NG_ERR_RDF;
  } else {
    s->gen = gen;
  }
  ng_buf_free(&dir);
  ng_buf_free(&opts);
  return rc;
}

static ng_status open_gen(ng_rdfstore *s, unsigned long gen, bool write, bool create) {
  return open_gen_as(s, gen, write, create, true);
}

static void close_gen(ng_rdfstore *s) {
  if (s->model)
    librdf_free_model(s->model);
  if (s->storage)
    librdf_free_storage(s->storage);
  s->model = NULL;
  s->storage = NULL;
}

/* Creates the store directory PATH with an empty generation 1. */
static ng_status create_store(ng_rdfstore *s) {
  ng_status rc = NG_OK;
  ng_buf p;
  ng_buf_init(&p);
  if (mkdir(s->path, 0755) != 0 && errno != EEXIST) {
    ng_log(NG_LOG_ERROR, s->path, 0, 0, "cannot create the store directory: %s", strerror(errno));
    rc = NG_ERR_IO;
    goto cleanup;
  }
  remove_stale_gens(s->path, 0);
  path_join(&p, s->path, "gen-000001");
  if (mkdir(p.data, 0755) != 0) {
    ng_log(NG_LOG_ERROR, s->path, 0, 0, "cannot create %s: %s", p.data, strerror(errno));
    rc = NG_ERR_IO;
    goto cleanup;
  }
  if ((rc = open_gen(s, 1, true, true)) != NG_OK)
    goto cleanup;
  close_gen(s);
  if ((rc = set_current(s->path, 1)) != NG_OK)
    goto cleanup;
  path_join(&p, s->path, NG_STORE_MARKER);
  FILE *f = fopen(p.data, "w");
  if (!f || fputs(NG_STORE_MAGIC "storage librdf hashes (Berkeley DB), contexts, index-predicates\n"
                  "layout current -> gen-N/ng-*.db; written by newsgraph load\n", f) < 0 ||
      fclose(f) != 0) {
    ng_log(NG_LOG_ERROR, s->path, 0, 0, "cannot write the store marker %s", p.data);
    rc = NG_ERR_IO;
  }
cleanup:
  ng_buf_free(&p);
  return rc;
}

static bool dir_is_empty(const char *path) {
  DIR *d = opendir(path);
  if (!d)
    return false;
  struct dirent *e;
  bool empty = true;
  while (empty && (e = readdir(d)) != NULL)
    empty = strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0;
  closedir(d);
  return empty;
}

ng_status ng_rdfstore_open(const char *path, bool writable, ng_rdfstore **out) {
  *out = NULL;
  if (!path || !*path)
    return NG_ERR_USAGE;
  if (!path_option_safe(path)) {
    ng_log(NG_LOG_ERROR, path, 0, 0, "a store path must not contain a single quote (');"
           " choose another directory name");
    return NG_ERR_USAGE;
  }
  ng_rdfstore *s = ng_xcalloc(1, sizeof *s);
  s->path = ng_xstrdup(path);
  s->writable = writable;
  s->lock_fd = -1;
  ng_status rc = NG_OK;
  ng_buf p;
  ng_buf_init(&p);

  struct stat sb;
  bool exists = stat(path, &sb) == 0;
  if (exists && !S_ISDIR(sb.st_mode)) {
    ng_log(NG_LOG_ERROR, path, 0, 0, "not a store: a store is a directory (this is a file); "
           "give a new or existing store directory");
    rc = NG_ERR_INPUT;
    goto cleanup;
  }
  bool is_store = exists && ng_rdfstore_is_store(path);
  if (exists && !is_store && !(writable && dir_is_empty(path))) {
    ng_log(NG_LOG_ERROR, path, 0, 0,
           "not a newsgraph store (no '%s' marker); %s", NG_STORE_MARKER,
           writable ? "give a new or empty directory, or a store made by 'newsgraph load'"
                    : "create one with 'newsgraph load STORE ARTICLES...'");
    rc = NG_ERR_INPUT;
    goto cleanup;
  }
  if (!exists && !writable) {
    ng_log(NG_LOG_ERROR, path, 0, 0, "no such store; create one with 'newsgraph load %s ARTICLES...'", path);
    rc = NG_ERR_INPUT;
    goto cleanup;
  }

  s->world = librdf_new_world();
  if (!s->world) {
    rc = NG_ERR_RDF;
    goto cleanup;
  }
  librdf_world_set_logger(s->world, s, store_log);
  librdf_world_open(s->world);

  if (writable) {
    if (!exists && mkdir(path, 0755) != 0) {
      ng_log(NG_LOG_ERROR, path, 0, 0, "cannot create the store directory: %s", strerror(errno));
      rc = NG_ERR_IO;
      goto cleanup;
    }
    path_join(&p, path, "lock");
    s->lock_fd = open(p.data, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (s->lock_fd < 0) {
      ng_log(NG_LOG_ERROR, path, 0, 0, "cannot create the lock file: %s", strerror(errno));
      rc = NG_ERR_IO;
      goto cleanup;
    }
    if (flock(s->lock_fd, LOCK_EX | LOCK_NB) != 0) {
      ng_log(NG_LOG_ERROR, path, 0, 0,
             "another newsgraph load or remove is writing to this store; wait for it to finish");
      rc = NG_ERR_IO;
      goto cleanup;
    }
    if (!is_store && (rc = create_store(s)) != NG_OK)
      goto cleanup;
    s->published = read_current(path);
    if (!s->published) {
      rc = NG_ERR_INPUT;
      goto cleanup;
    }
    remove_stale_gens(path, s->published); /* working copies of killed writers */
    s->last_publish = now_secs();
    /* the working copy is made at the first write (start_writing): a load
     * of unchanged articles only reads */
    rc = open_gen(s, s->published, false, false);
  } else {
    /* a writer may publish and delete the generation just read: read again */
    for (int attempt = 0; attempt < 3; attempt++) {
      s->published = read_current(path);
      if (!s->published) {
        rc = NG_ERR_INPUT;
        goto cleanup;
      }
      char g[32];
      gen_name(g, s->published);
      path_join(&p, path, g);
      if (stat(p.data, &sb) == 0)
        break;
    }
    rc = open_gen(s, s->published, false, false);
  }
  if (rc)
    ng_log(NG_LOG_ERROR, path, 0, 0, "cannot open the store");
cleanup:
  ng_buf_free(&p);
  if (rc) {
    ng_rdfstore_free(s);
    return rc;
  }
  *out = s;
  return NG_OK;
}

static void pending_clear(ng_rdfstore *s) {
  for (size_t i = 0; i < s->n_pend; i++) {
    if (s->pend[i].st) /* NULL: moved to the default-graph queue */
      librdf_free_statement(s->pend[i].st);
    free(s->pend[i].key);
  }
  s->n_pend = 0;
  ng_strmap_free(s->pend_seen, NULL);
  s->pend_seen = NULL;
  free(s->pend_graph);
  s->pend_graph = NULL;
  s->pend_bad = false;
}

static void defq_clear(ng_rdfstore *s) {
  for (size_t i = 0; i < s->n_defq; i++)
    librdf_free_statement(s->defq[i]);
  s->n_defq = 0;
  ng_strmap_free(s->defq_seen, NULL);
  s->defq_seen = NULL;
}

/* DEFAULT GRAPH.  The entity descriptions (types, labels, codes) are one set
 * shared by all articles, so a default-graph statement is added only if it
 * is not there yet.  librdf cannot do that cheaply here: with contexts, the
 * hashes storage answers "contains" (and so add_statement, which checks it
 * first, with or without a NULL context) by scanning every statement of the
 * store, a fully bound pattern having no index -- at 10,000 articles that
 * is minutes per article.  Without contexts the same files answer it from
 * the sp2o index.  A default-graph statement is stored exactly as in a
 * storage without contexts (no context part in the index values, nothing in
 * the contexts index), so the queued statements are written by closing the
 * working copy, opening the same files as a storage without contexts,
 * adding them there (librdf skips those already present), and opening it
 * again with contexts.  This happens before every publication and when the
 * queue is full; the published generation is never touched. */
static ng_status flush_defaults(ng_rdfstore *s) {
  if (!s->n_defq || s->broken)
    return s->broken ? NG_ERR_IO : NG_OK;
  ng_status rc = NG_OK;
  unsigned long errors = s->errors, gen = s->gen;
  if (librdf_model_sync(s->model) != 0)
    rc = NG_ERR_IO;
  close_gen(s);
  if (!rc && (rc = open_gen_as(s, gen, true, false, false)) == NG_OK) {
    for (size_t i = 0; i < s->n_defq && !rc; i++)
      if (librdf_model_add_statement(s->model, s->defq[i]) != 0)
        rc = NG_ERR_RDF;
    if (!rc && librdf_model_sync(s->model) != 0)
      rc = NG_ERR_IO;
    close_gen(s);
  }
  if (!rc)
    rc = open_gen(s, gen, true, false);
  if (!rc && s->errors > errors)
    rc = NG_ERR_RDF;
  defq_clear(s);
  if (rc) {
    s->broken = true;
    ng_log(NG_LOG_ERROR, s->path, 0, 0, "cannot write the entity descriptions to the store; "
           "nothing since the last checkpoint was kept: check the disk and load again");
  }
  return rc;
}

void ng_rdfstore_free(ng_rdfstore *s) {
  if (!s)
    return;
  pending_clear(s);
  free(s->pend);
  defq_clear(s);
  free(s->defq);
  close_gen(s);
  if (s->writable && s->gen && s->gen != s->published) {
    /* unpublished writes are discarded */
    char g[32];
    ng_buf p;
    ng_buf_init(&p);
    gen_name(g, s->gen);
    path_join(&p, s->path, g);
    remove_dir(p.data);
    ng_buf_free(&p);
  }
  if (s->world)
    librdf_free_world(s->world);
  if (s->lock_fd >= 0)
    close(s->lock_fd); /* releases the lock */
  free(s->path);
  free(s);
}

const char *ng_rdfstore_path(const ng_rdfstore *s) { return s ? s->path : NULL; }

/* Syncs, closes and publishes the working copy; with REOPEN starts the next one. */
static ng_status publish(ng_rdfstore *s, bool reopen) {
  if (!s->writable || s->broken)
    return NG_ERR_USAGE;
  double t0 = now_secs();
  if (flush_defaults(s) != NG_OK)
    return NG_ERR_IO;
  unsigned long gen = s->gen;
  unsigned long errors = s->errors;
  if (librdf_model_sync(s->model) != 0 || s->errors > errors) {
    s->broken = true;
    ng_log(NG_LOG_ERROR, s->path, 0, 0, "cannot write the store's files; nothing since the last "
           "checkpoint was kept: free disk space and load again");
    return NG_ERR_IO;
  }
  close_gen(s);
  char g[32];
  gen_name(g, gen);
  ng_buf dir, f;
  ng_buf_init(&dir);
  ng_buf_init(&f);
  path_join(&dir, s->path, g);
  ng_status rc = NG_OK;
  DIR *d = opendir(dir.data);
  struct dirent *e;
  while (d && (e = readdir(d)) != NULL && !rc)
    if (e->d_name[0] != '.') {
      path_join(&f, dir.data, e->d_name);
      rc = fsync_path(f.data, false);
    }
  if (d)
    closedir(d);
  if (!d || rc || fsync_path(dir.data, true) != NG_OK || (rc = set_current(s->path, gen)) != NG_OK) {
    s->broken = true;
    ng_log(NG_LOG_ERROR, s->path, 0, 0, "cannot save the store's files to disk; nothing since the "
           "last checkpoint was kept: free disk space and load again");
    rc = NG_ERR_IO;
    goto cleanup;
  }
  char old[32];
  gen_name(old, s->published);
  path_join(&f, s->path, old);
  remove_dir(f.data);
  s->published = gen;
  s->dirty = false;
  s->last_publish = now_secs();
  s->publish_secs = now_secs() - t0;
  if (reopen) {
    /* read on in the published generation; the next write copies it */
    rc = open_gen(s, gen, false, false);
    if (rc)
      s->broken = true;
  }
cleanup:
  ng_buf_free(&dir);
  ng_buf_free(&f);
  return rc;
}

ng_status ng_rdfstore_commit(ng_rdfstore *s) {
  if (!s || !s->writable)
    return NG_ERR_USAGE;
  if (s->broken)
    return NG_ERR_IO;
  if (!s->dirty)
    return NG_OK;
  return publish(s, true);
}

/* A checkpoint when enough time has passed since the last one. */
static ng_status maybe_checkpoint(ng_rdfstore *s) {
  double wait = (s->copy_secs + s->publish_secs) * NG_STORE_COPY_FACTOR;
  if (wait < NG_STORE_CHECKPOINT_MIN)
    wait = NG_STORE_CHECKPOINT_MIN;
  if (!s->dirty || now_secs() - s->last_publish < wait)
    return NG_OK;
  return publish(s, true);
}

/* ------------------------------------------------------------------ nodes */

static librdf_node *node_of(librdf_world *w, const ng_term *t) {
  switch (t->type) {
  case NG_TERM_IRI: return librdf_new_node_from_uri_string(w, (const unsigned char *)t->value);
  case NG_TERM_BLANK: return librdf_new_node_from_blank_identifier(w, (const unsigned char *)t->value);
  case NG_TERM_LITERAL: {
    librdf_uri *dt = t->datatype ? librdf_new_uri(w, (const unsigned char *)t->datatype) : NULL;
    if (t->datatype && !dt)
      return NULL;
    librdf_node *n = librdf_new_node_from_typed_literal(w, (const unsigned char *)t->value,
                                                        dt ? NULL : t->lang, dt);
    if (dt)
      librdf_free_uri(dt);
    return n;
  }
  }
  return NULL;
}

static librdf_node *iri_node(ng_rdfstore *s, const char *iri) {
  return librdf_new_node_from_uri_string(s->world, (const unsigned char *)iri);
}

static librdf_node *plain_node(ng_rdfstore *s, const char *value) {
  return librdf_new_node_from_literal(s->world, (const unsigned char *)value, NULL, 0);
}

/* Appends (copies) to *IRIS the subjects of  ?x P OBJ  (OBJ is consumed). */
static void subjects_of(ng_rdfstore *s, const char *p, librdf_node *obj, char ***iris, size_t *n) {
  librdf_node *pn = iri_node(s, p);
  if (!pn || !obj) {
    if (pn)
      librdf_free_node(pn);
    if (obj)
      librdf_free_node(obj);
    return;
  }
  librdf_statement *q = librdf_new_statement_from_nodes(s->world, NULL, pn, obj);
  librdf_stream *str = q ? librdf_model_find_statements(s->model, q) : NULL;
  for (; str && !librdf_stream_end(str); librdf_stream_next(str)) {
    librdf_statement *st = librdf_stream_get_object(str);
    librdf_node *sub = st ? librdf_statement_get_subject(st) : NULL;
    if (!sub || !librdf_node_is_resource(sub))
      continue;
    const char *iri = (const char *)librdf_uri_as_string(librdf_node_get_uri(sub));
    bool dup = false;
    for (size_t i = 0; i < *n && !dup; i++)
      dup = strcmp((*iris)[i], iri) == 0;
    if (dup)
      continue;
    *iris = ng_xrealloc(*iris, (*n + 1) * sizeof **iris);
    (*iris)[(*n)++] = ng_xstrdup(iri);
  }
  if (str)
    librdf_free_stream(str);
  if (q)
    librdf_free_statement(q);
}

/* The ng:sha256 of document IRI into OUT (empty if none); true if found. */
static bool doc_sha(ng_rdfstore *s, const char *iri, ng_buf *out) {
  ng_buf_clear(out);
  librdf_node *sn = iri_node(s, iri), *pn = iri_node(s, NG_SHA256);
  librdf_statement *q = sn && pn ? librdf_new_statement_from_nodes(s->world, sn, pn, NULL) : NULL;
  if (!q) {
    if (sn)
      librdf_free_node(sn);
    if (pn)
      librdf_free_node(pn);
    return false;
  }
  bool found = false;
  librdf_stream *str = librdf_model_find_statements(s->model, q);
  for (; str && !librdf_stream_end(str) && !found; librdf_stream_next(str)) {
    librdf_statement *st = librdf_stream_get_object(str);
    librdf_node *o = st ? librdf_statement_get_object(st) : NULL;
    if (o && librdf_node_is_literal(o)) {
      ng_buf_adds(out, (const char *)librdf_node_get_literal_value(o));
      found = true;
    }
  }
  if (str)
    librdf_free_stream(str);
  librdf_free_statement(q);
  return found;
}

/* True if the default graph holds ST.  Not librdf_model_contains_statement:
 * with contexts, the hashes storage answers it by scanning every statement
 * of the store (a fully bound pattern has no index), which made each load
 * quadratic in the store's size.  (S P ?) is answered from the sp2o index. */
static bool default_has(ng_rdfstore *s, librdf_statement *st) {
  librdf_node *sn = librdf_new_node_from_node(librdf_statement_get_subject(st));
  librdf_node *pn = librdf_new_node_from_node(librdf_statement_get_predicate(st));
  librdf_node *want = librdf_statement_get_object(st);
  librdf_statement *q = sn && pn ? librdf_new_statement_from_nodes(s->world, sn, pn, NULL) : NULL;
  if (!q) {
    if (!(sn && pn)) {
      if (sn)
        librdf_free_node(sn);
      if (pn)
        librdf_free_node(pn);
    }
    return false;
  }
  bool found = false;
  librdf_stream *str = librdf_model_find_statements(s->model, q);
  /* to the end: librdf leaks the current statement of a stream of this kind
   * freed before its end (and an (S P ?) list is short) */
  for (; str && !librdf_stream_end(str); librdf_stream_next(str)) {
    librdf_statement *got = librdf_stream_get_object(str);
    librdf_node *o = got ? librdf_statement_get_object(got) : NULL;
    found = found || (o && librdf_node_equals(o, want) && !librdf_stream_get_context2(str));
  }
  if (str)
    librdf_free_stream(str);
  librdf_free_statement(q);
  return found;
}

static void free_strv(char **v, size_t n) {
  for (size_t i = 0; i < n; i++)
    free(v[i]);
  free(v);
}

/* ------------------------------------------------------------------ articles */

static ng_status pend_statement(void *ctx, const ng_statement *st) {
  ng_rdfstore *s = ctx;
  if (!s->writable || !s->model)
    return NG_ERR_USAGE;
  if (st->graph && !s->pend_graph)
    s->pend_graph = ng_xstrdup(st->graph);
  if (st->graph && strcmp(st->graph, s->pend_graph) != 0) {
    ng_log(NG_LOG_ERROR, s->path, 0, 0, "one article's statements name two graphs (<%s>, <%s>)",
           s->pend_graph, st->graph);
    s->pend_bad = true;
    return NG_ERR_RDF;
  }
  /* the builder may state a fact twice; a graph is a set */
  ng_buf key;
  ng_buf_init(&key);
  ng_buf_printf(&key, "%d %s\x1f%s\x1f%d %s\x1f%s\x1f%s\x1f%s", (int)st->s.type, st->s.value,
                st->p.value, (int)st->o.type, st->o.value, st->o.datatype ? st->o.datatype : "",
                st->o.lang ? st->o.lang : "", st->graph ? "g" : "");
  if (!s->pend_seen)
    s->pend_seen = ng_strmap_new();
  bool dup = ng_strmap_put(s->pend_seen, key.data, (void *)1) != NULL;
  char *defkey = dup || st->graph ? NULL : ng_xstrdup(key.data);
  ng_buf_free(&key);
  if (dup)
    return NG_OK;
  librdf_node *sn = node_of(s->world, &st->s), *pn = node_of(s->world, &st->p),
              *on = node_of(s->world, &st->o);
  librdf_statement *ls = sn && pn && on ? librdf_new_statement_from_nodes(s->world, sn, pn, on) : NULL;
  if (!ls) {
    if (!(sn && pn && on)) { /* from_nodes frees its nodes even when it fails */
      if (sn)
        librdf_free_node(sn);
      if (pn)
        librdf_free_node(pn);
      if (on)
        librdf_free_node(on);
    }
    s->pend_bad = true;
    free(defkey);
    return NG_ERR_RDF;
  }
  if (s->n_pend == s->cap_pend) {
    s->cap_pend = s->cap_pend ? 2 * s->cap_pend : 256;
    s->pend = ng_xrealloc(s->pend, s->cap_pend * sizeof *s->pend);
  }
  s->pend[s->n_pend].st = ls;
  s->pend[s->n_pend].in_doc_graph = st->graph != NULL;
  s->pend[s->n_pend].key = defkey;
  s->n_pend++;
  return NG_OK;
}

ng_sink ng_rdfstore_sink(ng_rdfstore *s) {
  ng_sink sink = {pend_statement, s};
  return sink;
}

void ng_rdfstore_discard(ng_rdfstore *s) {
  if (s)
    pending_clear(s);
}

ng_status ng_rdfstore_article_state(ng_rdfstore *s, const char *identifier, const char *sha256,
                                    const char *doc_iri, ng_load_result *result) {
  if (!s || !s->model || !identifier || !sha256 || !doc_iri || !result)
    return NG_ERR_USAGE;
  ng_buf sha;
  ng_buf_init(&sha);
  char **iris = NULL;
  size_t n = 0;
  *result = NG_LOADED_NEW;
  if (doc_sha(s, doc_iri, &sha) && strcmp(sha.data, sha256) == 0) {
    *result = NG_LOADED_UNCHANGED; /* this content is loaded (under this or another name) */
  } else {
    subjects_of(s, NG_DCTERMS_IDENTIFIER, plain_node(s, identifier), &iris, &n);
    if (n > 0)
      *result = NG_LOADED_REPLACED;
  }
  free_strv(iris, n);
  ng_buf_free(&sha);
  return NG_OK;
}

/* Makes the working copy (the next generation, a copy of the published one)
 * if there is none yet: writers read the published generation until they
 * first write, so loading unchanged articles copies nothing. */
static ng_status start_writing(ng_rdfstore *s) {
  if (s->broken)
    return NG_ERR_IO;
  if (s->gen != s->published)
    return NG_OK;
  close_gen(s);
  double t0 = now_secs();
  ng_status rc = copy_gen(s->path, s->published, s->published + 1);
  s->copy_secs = now_secs() - t0;
  if (!rc)
    rc = open_gen(s, s->published + 1, true, false);
  if (rc) {
    s->broken = true;
    s->gen = s->published + 1; /* whatever was copied is removed by ng_rdfstore_free */
  }
  return rc;
}

/* Removes the graphs of every document in IRIS (N of them). */
static ng_status remove_graphs(ng_rdfstore *s, char **iris, size_t n) {
  unsigned long errors = s->errors;
  for (size_t i = 0; i < n; i++) {
    librdf_node *ctx = iri_node(s, iris[i]);
    if (!ctx || librdf_model_context_remove_statements(s->model, ctx) != 0 || s->errors > errors) {
      if (ctx)
        librdf_free_node(ctx);
      s->broken = true;
      return NG_ERR_RDF;
    }
    librdf_free_node(ctx);
  }
  s->dirty = s->dirty || n > 0;
  return NG_OK;
}

ng_status ng_rdfstore_put_article(ng_rdfstore *s, const char *identifier, ng_load_result *result,
                                  unsigned long *n_added) {
  if (n_added)
    *n_added = 0;
  if (!s || !s->writable || !identifier || !result)
    return NG_ERR_USAGE;
  if (s->broken || !s->model) {
    pending_clear(s);
    return NG_ERR_IO;
  }
  if (s->pend_bad || !s->pend_graph) {
    pending_clear(s);
    return NG_ERR_RDF;
  }
  ng_status rc = start_writing(s);
  if (rc) {
    pending_clear(s);
    return rc;
  }
  char **iris = NULL;
  size_t n = 0;
  librdf_node *ctx = NULL;
  subjects_of(s, NG_DCTERMS_IDENTIFIER, plain_node(s, identifier), &iris, &n);
  *result = n > 0 ? NG_LOADED_REPLACED : NG_LOADED_NEW;
  if ((rc = remove_graphs(s, iris, n)) != NG_OK)
    goto cleanup;
  ctx = iri_node(s, s->pend_graph);
  if (!ctx) {
    rc = NG_ERR_RDF;
    goto cleanup;
  }
  s->dirty = true;
  unsigned long errors = s->errors, added = 0;
  for (size_t i = 0; i < s->n_pend; i++) {
    librdf_statement *st = s->pend[i].st;
    int r;
    if (s->pend[i].in_doc_graph) {
      r = librdf_model_context_add_statement(s->model, ctx, st);
    } else {
      /* the default graph is a set shared by all articles: queued for
       * flush_defaults unless stored or queued already (see DEFAULT GRAPH) */
      if (!s->defq_seen)
        s->defq_seen = ng_strmap_new();
      if (ng_strmap_get(s->defq_seen, s->pend[i].key) || default_has(s, st))
        continue;
      ng_strmap_put(s->defq_seen, s->pend[i].key, (void *)1);
      if (s->n_defq == s->cap_defq) {
        s->cap_defq = s->cap_defq ? 2 * s->cap_defq : 1024;
        s->defq = ng_xrealloc(s->defq, s->cap_defq * sizeof *s->defq);
      }
      s->defq[s->n_defq++] = st;
      s->pend[i].st = NULL; /* now owned by the queue */
      r = 0;
    }
    if (r != 0 || s->errors > errors) {
      /* the working copy is no longer one that can be published */
      s->broken = true;
      ng_log(NG_LOG_ERROR, s->path, 0, 0, "cannot add statements for %s; the store keeps its last "
             "checkpoint: check the disk and load again", identifier);
      rc = NG_ERR_RDF;
      goto cleanup;
    }
    added++;
  }
  if (n_added)
    *n_added = added;
  if (s->n_defq >= NG_STORE_DEFQ_MAX)
    rc = flush_defaults(s);
  if (!rc)
    rc = maybe_checkpoint(s);
cleanup:
  if (ctx)
    librdf_free_node(ctx);
  free_strv(iris, n);
  pending_clear(s);
  return rc;
}

ng_status ng_rdfstore_remove_article(ng_rdfstore *s, const char *doc, unsigned long *n_graphs) {
  if (n_graphs)
    *n_graphs = 0;
  if (!s || !s->writable || !doc)
    return NG_ERR_USAGE;
  if (s->broken || !s->model)
    return NG_ERR_IO;
  char **iris = NULL;
  size_t n = 0;
  ng_buf sha;
  ng_buf_init(&sha);
  if (strncmp(doc, "http://", 7) == 0 || strncmp(doc, "https://", 8) == 0) {
    if (doc_sha(s, doc, &sha)) {
      iris = ng_xcalloc(1, sizeof *iris);
      iris[n++] = ng_xstrdup(doc);
    }
  } else {
    subjects_of(s, NG_DCTERMS_IDENTIFIER, plain_node(s, doc), &iris, &n);
  }
  ng_status rc = NG_NOTHING;
  if (n > 0 && (rc = start_writing(s)) == NG_OK)
    rc = remove_graphs(s, iris, n);
  if (n_graphs && rc == NG_OK)
    *n_graphs = n;
  free_strv(iris, n);
  ng_buf_free(&sha);
  return rc;
}

ng_status ng_rdfstore_close(ng_rdfstore *s) {
  if (!s)
    return NG_ERR_USAGE;
  ng_status rc = NG_OK;
  if (s->writable) {
    if (s->broken)
      rc = NG_ERR_IO;
    else if (s->dirty)
      rc = publish(s, false);
  }
  ng_rdfstore_free(s);
  return rc;
}

unsigned long ng_rdfstore_count_articles(ng_rdfstore *s) {
  if (!s || !s->model)
    return 0;
  char **iris = NULL;
  size_t n = 0;
  subjects_of(s, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", iri_node(s, NG_NS "Document"), &iris,
              &n);
  free_strv(iris, n);
  return (unsigned long)n;
}

/* ------------------------------------------------------------------ readers in graphs/ */

ng_status ng_rdfstore_open_storage(struct librdf_world_s *world, const char *path,
                                   struct librdf_storage_s **out) {
  *out = NULL;
  if (!world || !path || !ng_rdfstore_is_store(path) || !path_option_safe(path))
    return NG_ERR_INPUT;
  ng_status rc = NG_ERR_INPUT;
  for (int attempt = 0; attempt < 3 && rc; attempt++) {
    unsigned long gen = read_current(path);
    if (!gen)
      return NG_ERR_INPUT;
    char g[32];
    gen_name(g, gen);
    ng_buf dir, opts;
    ng_buf_init(&dir);
    ng_buf_init(&opts);
    path_join(&dir, path, g);
    ng_buf_printf(&opts, "hash-type='bdb',dir='%s',contexts='yes',index-predicates='yes',write='no',new='no'",
                  dir.data);
    struct stat sb;
    if (stat(dir.data, &sb) == 0) {
      *out = librdf_new_storage(world, "hashes", "ng", opts.data);
      if (*out)
        rc = NG_OK;
    }
    ng_buf_free(&dir);
    ng_buf_free(&opts);
  }
  if (rc)
    ng_log(NG_LOG_ERROR, path, 0, 0, "cannot open the store's Berkeley DB files");
  return rc;
}
