/* input.c - expanding the command line's inputs into article files.
 *
 * Directories are read recursively for *.txt, *.text, *.html and *.htm (any
 * case), in byte-wise order of their paths so that a run never depends on
 * the order the file system lists entries.  One unreadable file is logged,
 * counted and skipped; the run goes on. */
/* open(O_CLOEXEC), dirfd, fstat: POSIX.1-2008, hidden by plain -std=c11;
 * the d_type of directory entries (DT_REG, DT_DIR): a BSD and glibc extension */
#if !defined(_POSIX_C_SOURCE) || _POSIX_C_SOURCE < 200809L
#undef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE 1
#endif
#include "extractor/ingest_internal.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef PATH_MAX
#define PATH_MAX 4096
#endif
/* Directory levels below an input directory that are read. */
#define MAX_DEPTH 64

/* ------------------------------------------------------------ reading */

/* Reads all of FD into *DATA and *LEN (NUL-terminated, caller frees).  Bounded by
 * NG_MAX_INPUT_BYTES whatever the file claims to be: a growing file, a pipe
 * or /dev/zero are all cut off there.  SB: FD's status when the caller has
 * it already, else NULL. */
static ng_status read_fd(int fd, const char *path, const struct stat *sb, char **data,
                         size_t *len) {
  size_t cap = 64 * 1024, n = 0;
  struct stat own;
  if (sb == NULL && fstat(fd, &own) == 0) sb = &own;
  bool regular = sb != NULL && S_ISREG(sb->st_mode);
  if (regular && (unsigned long long)sb->st_size > NG_MAX_INPUT_BYTES) {
    ng_log(NG_LOG_ERROR, path, 0, 0,
           "too large (%lld bytes; the limit is %zu MiB): split it into articles",
           (long long)sb->st_size, NG_MAX_INPUT_BYTES >> 20);
    return NG_ERR_INPUT;
  }
  /* a regular file's size (0 for some in /proc, whose size is unknown):
   * most articles are a few KiB, and a 64 KiB block per file costs the
   * allocator more than the reading; one more byte lets a file that grew
   * since show it without a copy */
  size_t size = regular ? (size_t)sb->st_size : 0;
  if (size > 0) cap = size + 1;
  char *buf = ng_xmalloc(cap + 1);
  for (;;) {
    if (n == cap) {
      if (cap > NG_MAX_INPUT_BYTES) {
        ng_log(NG_LOG_ERROR, path, 0, 0,
               "too large (more than %zu MiB): split it into articles", NG_MAX_INPUT_BYTES >> 20);
        free(buf);
        return NG_ERR_INPUT;
      }
      cap = cap * 2 > NG_MAX_INPUT_BYTES + 1 ? NG_MAX_INPUT_BYTES + 1 : cap * 2;
      buf = ng_xrealloc(buf, cap + 1);
    }
    ssize_t r = read(fd, buf + n, cap - n);
    if (r < 0) {
      if (errno == EINTR) continue;
      ng_log(NG_LOG_ERROR, path, 0, 0, "read error: %s; the file was skipped", strerror(errno));
      free(buf);
      return NG_ERR_INPUT;
    }
    if (r == 0) break;
    n += (size_t)r;
    /* all the bytes the file has: no second read() to hear the end */
    if (n == size) break;
  }
  if (n > NG_MAX_INPUT_BYTES) {
    ng_log(NG_LOG_ERROR, path, 0, 0, "too large (more than %zu MiB): split it into articles",
           NG_MAX_INPUT_BYTES >> 20);
    free(buf);
    return NG_ERR_INPUT;
  }
  buf[n] = '\0';
  *data = buf;
  *len = n;
  return NG_OK;
}

/* Reads PATH; when ROOT is an open directory, the file is opened at REL, PATH's
 * part below ROOT: the kernel then looks up two or three names, not every
 * directory from "/" again, which on a corpus of small articles is a
 * noticeable part of a file's cost. */
static ng_status read_path(int root, const char *path, const char *rel, char **data,
                           size_t *len) {
  int fd = root >= 0 ? openat(root, rel, O_RDONLY | O_CLOEXEC | O_NOCTTY)
                     : open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) {
    ng_log(NG_LOG_ERROR, path, 0, 0, "cannot open: %s; check the path and its permissions",
           strerror(errno));
    return NG_ERR_INPUT;
  }
  struct stat sb;
  bool known = fstat(fd, &sb) == 0;
  if (known && S_ISDIR(sb.st_mode)) {
    /* replaced by a directory since it was listed */
    ng_log(NG_LOG_ERROR, path, 0, 0, "is a directory now; the file was skipped");
    close(fd);
    return NG_ERR_INPUT;
  }
  ng_status st = read_fd(fd, path, known ? &sb : NULL, data, len);
  close(fd);
  return st;
}

/* ------------------------------------------------------------ directories */

typedef struct {
  char **paths;
  size_t n, cap;
  ng_strmap *seen; /* "dev:ino" of directories already read: loops and duplicates */
  size_t failed;
} file_list;

static bool wanted(const char *name) {
  const char *dot = strrchr(name, '.');
  if (!dot || dot == name) return false;
  size_t n = strlen(dot + 1);
  return ng_ingest_ieq(dot + 1, n, "txt") || ng_ingest_ieq(dot + 1, n, "text") ||
         ng_ingest_ieq(dot + 1, n, "html") || ng_ingest_ieq(dot + 1, n, "htm");
}

static void add_path(file_list *l, char *path) {
  if (l->n == l->cap) {
    l->cap = l->cap ? l->cap * 2 : 64;
    l->paths = ng_xrealloc(l->paths, l->cap * sizeof *l->paths);
  }
  l->paths[l->n++] = path;
}

static int cmp_paths(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Collects the wanted files below DIR (an existing directory) into L. */
static void list_dir(file_list *l, const char *dir, int depth) {
  DIR *d = opendir(dir);
  if (d == NULL) {
    ng_log(NG_LOG_ERROR, dir, 0, 0, "cannot read directory: %s; check its permissions",
           strerror(errno));
    l->failed++;
    return;
  }
  struct stat sb;
  char key[64];
  if (fstat(dirfd(d), &sb) == 0) {
    snprintf(key, sizeof key, "%llu:%llu", (unsigned long long)sb.st_dev,
             (unsigned long long)sb.st_ino);
    if (ng_strmap_get(l->seen, key)) {
      /* a symbolic link back up the tree, or a second link to a directory read already */
      ng_log(NG_LOG_NOTE, dir, 0, 0, "directory already read (symbolic link loop?); skipped");
      closedir(d);
      return;
    }
    ng_strmap_put(l->seen, key, (void *)1);
  }
  size_t dl = strlen(dir);
  bool slash = dl > 0 && dir[dl - 1] == '/';
  for (;;) {
    errno = 0;
    struct dirent *e = readdir(d);
    if (e == NULL) {
      if (errno != 0) {
        ng_log(NG_LOG_ERROR, dir, 0, 0, "error reading directory: %s; some files were skipped",
               strerror(errno));
        l->failed++;
      }
      break;
    }
    /* ".", "..", and hidden entries (.git, editor backups) are not articles */
    if (e->d_name[0] == '.') continue;
    size_t nl = strlen(e->d_name);
    if (dl + 1 + nl + 1 > PATH_MAX) {
      ng_log(NG_LOG_ERROR, dir, 0, 0, "path of an entry longer than %d bytes; skipped", PATH_MAX);
      l->failed++;
      continue;
    }
    char *child = ng_xmalloc(dl + 1 + nl + 1);
    memcpy(child, dir, dl);
    size_t p = dl;
    if (!slash) child[p++] = '/';
    memcpy(child + p, e->d_name, nl + 1);
    bool typed = false;
#if defined(DT_REG) && defined(DT_DIR)
    /* the entry's type when the file system tells it: no stat per file
     * (links and unknown types are stat'ed) */
    if (e->d_type == DT_REG || e->d_type == DT_DIR) {
      sb.st_mode = e->d_type == DT_REG ? S_IFREG : S_IFDIR;
      typed = true;
    }
#endif
    if (!typed && stat(child, &sb) != 0) {
      if (wanted(e->d_name)) {
        ng_log(NG_LOG_ERROR, child, 0, 0, "cannot read: %s; a dangling link?", strerror(errno));
        l->failed++;
      }
      free(child);
      continue;
    }
    if (S_ISDIR(sb.st_mode)) {
      if (depth + 1 > MAX_DEPTH) {
        ng_log(NG_LOG_ERROR, child, 0, 0,
               "more than %d directory levels deep; not read (give it as its own input)",
               MAX_DEPTH);
        l->failed++;
      } else {
        list_dir(l, child, depth + 1);
      }
      free(child);
    } else if (S_ISREG(sb.st_mode) && wanted(e->d_name)) {
      add_path(l, child);
    } else {
      free(child);
    }
  }
  closedir(d);
}

/* ------------------------------------------------------------ driver */

/* Where ng_inputs_each and ng_inputs_each_take send the files: one of the two
 * callbacks is set. */
typedef struct {
  ng_input_fn fn;
  ng_input_take_fn take;
  void *ctx;
} input_sink;

/* Reads PATH ("-": standard input) and hands it to the sink.  ROOT: an open
 * directory PATH lies below, at PATH + SKIP, or -1.  Returns its status, or
 * NG_ERR_INPUT when the input could not be read. */
static ng_status feed(int root, const char *path, size_t skip, const input_sink *to) {
  char *data = NULL;
  size_t len = 0;
  ng_status st = strcmp(path, "-") == 0 ? read_fd(STDIN_FILENO, "-", NULL, &data, &len)
                                        : read_path(root, path, path + skip, &data, &len);
  if (st != NG_OK) return st;
  if (to->take) return to->take(path, data, len, to->ctx); /* DATA is the callback's now */
  st = to->fn(path, data, len, to->ctx);
  free(data);
  return st;
}

static ng_status inputs_each(char *const *inputs, size_t n_inputs, const input_sink *to,
                             size_t *n_failed) {
  size_t failed = 0;
  ng_status ret = NG_OK;
  for (size_t i = 0; i < n_inputs && ret == NG_OK; i++) {
    const char *in = inputs[i];
    struct stat sb;
    if (in == NULL) continue;
    if (strcmp(in, "-") != 0 && stat(in, &sb) != 0) {
      ng_log(NG_LOG_ERROR, in, 0, 0, "cannot read: %s; check the path", strerror(errno));
      failed++;
      continue;
    }
    if (strcmp(in, "-") != 0 && S_ISDIR(sb.st_mode)) {
      file_list l = {NULL, 0, 0, ng_strmap_new(), 0};
      list_dir(&l, in, 0);
      failed += l.failed;
      if (l.n > 1) qsort(l.paths, l.n, sizeof *l.paths, cmp_paths);
      /* list_dir wrote each path as IN, a slash unless IN ends in one, the rest */
      size_t skip = strlen(in);
      if (skip > 0 && in[skip - 1] != '/') skip++;
      int root = l.n > 0 ? open(in, O_RDONLY | O_DIRECTORY | O_CLOEXEC) : -1;
      for (size_t k = 0; k < l.n; k++) {
        if (ret == NG_OK) {
          ng_status st = feed(root, l.paths[k], skip, to);
          if (st == NG_ERR_INPUT) failed++;
          else if (st > NG_ERR_INPUT) ret = st;
        }
        free(l.paths[k]);
      }
      if (root >= 0) close(root);
      free(l.paths);
      ng_strmap_free(l.seen, NULL);
      continue;
    }
    ng_status st = feed(-1, in, 0, to);
    if (st == NG_ERR_INPUT) failed++;
    else if (st > NG_ERR_INPUT) ret = st;
  }
  if (n_failed) *n_failed = failed;
  return ret;
}

ng_status ng_inputs_each(char *const *inputs, size_t n_inputs, ng_input_fn fn, void *ctx,
                         size_t *n_failed) {
  input_sink to = {fn, NULL, ctx};
  return inputs_each(inputs, n_inputs, &to, n_failed);
}

ng_status ng_inputs_each_take(char *const *inputs, size_t n_inputs, ng_input_take_fn fn,
                              void *ctx, size_t *n_failed) {
  input_sink to = {NULL, fn, ctx};
  return inputs_each(inputs, n_inputs, &to, n_failed);
}
