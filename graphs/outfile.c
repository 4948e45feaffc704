/* outfile.c - "nothing is ever half-written to -o".
 *
 * A regular output file is written to a hidden temporary file in the same
 * directory ("DIR/.NAME.XXXXXX", so rename(2) stays on one file system and is
 * atomic), then flushed, fsynced, closed and renamed over PATH.  Any failure,
 * or ng_outfile_abort, unlinks the temporary file, so PATH is either the old
 * file (or absent) or the complete new one.
 *
 * PATH that exists and is not a regular file (a FIFO, /dev/null, /dev/full,
 * a terminal) is written directly: renaming over a device node would replace
 * it, and a stream cannot be half-written in the file-system sense anyway.
 * A symbolic link is followed, so the link keeps pointing at the new file.
 *
 * ng_outfile_trap_signals() makes SIGINT/SIGTERM/SIGHUP unlink the registered
 * temporary files (with unlink(2), which is async-signal-safe) before the
 * signal takes its default effect.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif
#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "graphs/graphs.h"

struct ng_outfile {
  char *path;    /* PATH as given (owned), NULL for stdout */
  char *target;  /* what is renamed over: PATH, or the file a symlink names (owned) */
  char *tmp;     /* temporary file (owned), NULL when writing directly */
  FILE *fp;      /* owned unless it is stdout */
  int slot;      /* index in the signal cleanup table, or -1 */
};

/* ---- temp files to remove on a fatal signal ----
 * Paths are copied into static storage so the handler never touches the heap. */
#define NG_TMP_SLOTS 4
#define NG_TMP_MAX 4096
static char ng_tmp_paths[NG_TMP_SLOTS][NG_TMP_MAX];
static volatile sig_atomic_t ng_tmp_used[NG_TMP_SLOTS];

static int tmp_register(const char *path) {
  size_t n = strlen(path);
  if (n >= NG_TMP_MAX)
    return -1;
  for (int i = 0; i < NG_TMP_SLOTS; i++) {
    if (!ng_tmp_used[i]) {
      memcpy(ng_tmp_paths[i], path, n + 1);
      ng_tmp_used[i] = 1;
      return i;
    }
  }
  return -1;
}

static void tmp_unregister(int slot) {
  if (slot >= 0 && slot < NG_TMP_SLOTS)
    ng_tmp_used[slot] = 0;
}

static void ng_fatal_signal(int sig) {
  int saved = errno;
  for (int i = 0; i < NG_TMP_SLOTS; i++)
    if (ng_tmp_used[i])
      unlink(ng_tmp_paths[i]);
  errno = saved;
  /* now let the signal take its default effect: the other fatal signals
   * stayed blocked while we cleaned up (sa_mask), so none could end the
   * process before the unlink */
  signal(sig, SIG_DFL);
  sigset_t s;
  sigemptyset(&s);
  sigaddset(&s, sig);
  sigprocmask(SIG_UNBLOCK, &s, NULL);
  raise(sig);
}

void ng_outfile_trap_signals(void) {
  static const int sigs[] = {SIGINT, SIGTERM, SIGHUP};
  for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
    struct sigaction old, sa;
    if (sigaction(sigs[i], NULL, &old) != 0 || old.sa_handler == SIG_IGN)
      continue; /* keep "ignored" as the parent (nohup, a shell's &) set it */
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = ng_fatal_signal;
    /* not SA_RESETHAND: a one-shot handler is reset on delivery, and a second
     * SIGINT (timeout(1) sends one to the process and one to its group) then
     * kills the process before the handler has removed the temp file */
    sigemptyset(&sa.sa_mask);
    for (size_t k = 0; k < sizeof sigs / sizeof sigs[0]; k++) sigaddset(&sa.sa_mask, sigs[k]);
    sa.sa_flags = 0;
    sigaction(sigs[i], &sa, NULL);
  }
}

/* ---- open / commit / abort ---- */

static void outfile_free(ng_outfile *of) {
  if (!of)
    return;
  free(of->path);
  free(of->target);
  free(of->tmp);
  free(of);
}

ng_status ng_outfile_open(const char *path, ng_outfile **out) {
  *out = NULL;
  ng_outfile *of = ng_xcalloc(1, sizeof *of);
  of->slot = -1;
  if (!path || strcmp(path, "-") == 0) {
    of->fp = stdout;
    *out = of;
    return NG_OK;
  }
  of->path = ng_xstrdup(path);

  struct stat st;
  if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
    if (S_ISDIR(st.st_mode)) {
      ng_log(NG_LOG_ERROR, path, 0, 0, "is a directory; give -o a file name inside it");
      goto fail;
    }
    /* a device, FIFO or socket: write straight to it */
    of->fp = fopen(path, "w");
    if (!of->fp) {
      ng_log(NG_LOG_ERROR, path, 0, 0, "cannot open for writing: %s", strerror(errno));
      goto fail;
    }
    *out = of;
    return NG_OK;
  }

  /* follow a symlink so that the link is kept and its target replaced */
  char *resolved = NULL;
  struct stat lst;
  if (lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode))
    resolved = realpath(path, NULL);
  of->target = resolved ? resolved : ng_xstrdup(path);

  const char *slash = strrchr(of->target, '/');
  size_t dirlen = slash ? (size_t)(slash - of->target) + 1 : 0;
  const char *base = of->target + dirlen;
  ng_buf tmp;
  ng_buf_init(&tmp);
  ng_buf_add(&tmp, of->target, dirlen);
  ng_buf_printf(&tmp, ".%s.XXXXXX", base);
  of->tmp = ng_buf_steal(&tmp);

  /* no signal between creating the file and registering it for removal */
  sigset_t block, saved_mask;
  sigemptyset(&block);
  sigaddset(&block, SIGINT);
  sigaddset(&block, SIGTERM);
  sigaddset(&block, SIGHUP);
  sigprocmask(SIG_BLOCK, &block, &saved_mask);
  int fd = mkstemp(of->tmp);
  if (fd >= 0) of->slot = tmp_register(of->tmp);
  sigprocmask(SIG_SETMASK, &saved_mask, NULL);
  if (fd < 0) {
    int e = errno;
    ng_log(NG_LOG_ERROR, path, 0, 0,
           "cannot create the output file: %s; check that the directory exists and is writable",
           strerror(e));
    free(of->tmp);
    of->tmp = NULL;
    goto fail;
  }
  /* mkstemp makes 0600; give the file the mode open(2) would have */
  mode_t mask = umask(022);
  umask(mask);
  (void)fchmod(fd, 0666 & ~mask);
  of->fp = fdopen(fd, "w");
  if (!of->fp) {
    ng_log(NG_LOG_ERROR, path, 0, 0, "cannot open the output file: %s", strerror(errno));
    close(fd);
    goto fail;
  }
  *out = of;
  return NG_OK;

fail:
  if (of->tmp) {
    unlink(of->tmp);
    tmp_unregister(of->slot);
  }
  outfile_free(of);
  return NG_ERR_IO;
}

FILE *ng_outfile_stream(ng_outfile *of) { return of ? of->fp : NULL; }

ng_status ng_outfile_commit(ng_outfile *of) {
  if (!of)
    return NG_ERR_IO;
  ng_status rc = NG_OK;
  if (of->fp == stdout) {
    if (fflush(stdout) != 0 || ferror(stdout)) {
      ng_log(NG_LOG_ERROR, NULL, 0, 0, "error writing to standard output: %s",
             errno ? strerror(errno) : "write error");
      rc = NG_ERR_IO;
      clearerr(stdout); /* reported here, not again at exit */
    }
    outfile_free(of);
    return rc;
  }
  const char *name = of->path;
  if (fflush(of->fp) != 0 || ferror(of->fp)) {
    ng_log(NG_LOG_ERROR, name, 0, 0, "write error: %s; nothing was written to it",
           errno ? strerror(errno) : "unknown error");
    rc = NG_ERR_IO;
  }
  if (!rc && of->tmp && fsync(fileno(of->fp)) != 0 && errno != EINVAL && errno != EROFS) {
    ng_log(NG_LOG_ERROR, name, 0, 0, "cannot sync the output file: %s; nothing was written to it",
           strerror(errno));
    rc = NG_ERR_IO;
  }
  if (fclose(of->fp) != 0 && !rc) {
    ng_log(NG_LOG_ERROR, name, 0, 0, "cannot close the output file: %s", strerror(errno));
    rc = NG_ERR_IO;
  }
  of->fp = NULL;
  if (of->tmp) {
    if (!rc && rename(of->tmp, of->target) != 0) {
      ng_log(NG_LOG_ERROR, name, 0, 0, "cannot rename the finished output into place: %s",
             strerror(errno));
      rc = NG_ERR_IO;
    }
    if (rc)
      unlink(of->tmp);
    tmp_unregister(of->slot); /* after rename: a signal in between finds nothing to unlink */
  }
  outfile_free(of);
  return rc;
}

void ng_outfile_abort(ng_outfile *of) {
  if (!of)
    return;
  if (of->fp && of->fp != stdout)
    fclose(of->fp);
  else if (of->fp == stdout) {
    fflush(stdout);
    clearerr(stdout); /* the failure has been reported; do not report it again at exit */
  }
  if (of->tmp) {
    unlink(of->tmp);
    tmp_unregister(of->slot);
  }
  outfile_free(of);
}
