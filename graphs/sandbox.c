/* sandbox.c - run a piece of work (a SPARQL query) in a forked child with
 * limits, so that a crash, a runaway query or a memory blow-up inside the
 * SPARQL engine ends the child, never the caller.
 *
 * The child sets RLIMIT_AS (the address space it may add to what the program
 * already maps, so that shared libraries and sanitizer reservations do not
 * count), RLIMIT_CPU (a backstop: the wall-clock deadline is enforced by the
 * parent) and no core files, sends its standard error into a pipe the parent
 * reads into ERRMSG, and writes its output either into a second pipe the
 * parent reads into a bounded buffer, or straight to the inherited standard
 * output (streaming, unbounded: the CLI).  The parent polls both pipes until
 * the deadline, kills the child with SIGKILL when it is late or its output
 * too large, always reaps it, and says in one line what went wrong.
 *
 * The child ends with _exit(status of FN): it never runs the parent's atexit
 * handlers nor flushes the parent's stdio buffers a second time (everything
 * is flushed before the fork).  In a multi-threaded parent (the server) the
 * child is a copy of one thread: FN must not need locks other threads of the
 * parent may hold (librdf is only used in children after start-up).
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif
#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif

#include <errno.h>
#include <dirent.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "graphs/graphs.h"

#define NG_SANDBOX_MAX_ERR (64u * 1024u) /* bytes of the child's stderr kept */
#define NG_SANDBOX_KEEP_MAX 4096          /* descriptors ng_sandbox_keep_fds can record */
/* A child reports FN's status as exit code CODE_BASE + status, so that an exit
 * of its own (a sanitizer's or valgrind's report: 1, 99; exit(1) in a
 * library) is never taken for a status such as NG_NOTHING. */
#define NG_SANDBOX_CODE_BASE 64

/* Pipes are created and the child forked under this lock, and the parent
 * closes its write ends before releasing it: otherwise a child forked by
 * another thread in between would inherit them, and the parent would not see
 * end-of-file until that other child ended too. */
static pthread_mutex_t fork_lock = PTHREAD_MUTEX_INITIALIZER;

/* The descriptors children keep (see ng_sandbox_keep_fds); others are closed. */
static unsigned char keep_fd[NG_SANDBOX_KEEP_MAX / 8];
static bool keep_recorded;

void ng_sandbox_keep_fds(void) {
  memset(keep_fd, 0, sizeof keep_fd);
  DIR *d = opendir("/proc/self/fd");
  if (!d)
    return;
  struct dirent *e;
  int self = dirfd(d);
  while ((e = readdir(d))) {
    char *end;
    long fd = strtol(e->d_name, &end, 10);
    if (*end || end == e->d_name || fd < 0 || fd == self || fd >= NG_SANDBOX_KEEP_MAX)
      continue;
    keep_fd[fd / 8] |= (unsigned char)(1u << (fd % 8));
  }
  closedir(d);
  keep_recorded = true;
}

/* In the child: closes the descriptors neither recorded nor in KEEP[N]
 * (the server's sockets, other children's pipes). */
static void close_other_fds(const int *keep, int n) {
  if (!keep_recorded)
    return;
  DIR *d = opendir("/proc/self/fd");
  if (!d)
    return;
  int self = dirfd(d);
  int *victims = NULL;
  size_t nv = 0, cap = 0;
  struct dirent *e;
  while ((e = readdir(d))) {
    char *end;
    long fd = strtol(e->d_name, &end, 10);
    if (*end || end == e->d_name || fd <= 2 || fd == self)
      continue;
    if (fd < NG_SANDBOX_KEEP_MAX && (keep_fd[fd / 8] & (1u << (fd % 8))))
      continue;
    bool wanted = false;
    for (int i = 0; i < n; i++)
      wanted = wanted || keep[i] == fd;
    if (wanted)
      continue;
    if (nv == cap) {
      cap = cap ? 2 * cap : 64;
      victims = ng_xrealloc(victims, cap * sizeof *victims);
    }
    victims[nv++] = (int)fd;
  }
  closedir(d);
  for (size_t i = 0; i < nv; i++)
    close(victims[i]);
  free(victims);
}

static long long now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Address space the process maps now (bytes), from /proc; 0 if unknown. */
static size_t mapped_bytes(void) {
  FILE *f = fopen("/proc/self/statm", "r");
  if (!f)
    return 0;
  unsigned long pages = 0;
  if (fscanf(f, "%lu", &pages) != 1)
    pages = 0;
  fclose(f);
  long psz = sysconf(_SC_PAGESIZE);
  return (size_t)pages * (size_t)(psz > 0 ? psz : 4096);
}

/* Peak address space of the process (bytes), from /proc; 0 if unknown. */
static size_t peak_bytes(void) {
  FILE *f = fopen("/proc/self/status", "r");
  if (!f)
    return 0;
  char line[256];
  unsigned long kb = 0;
  while (fgets(line, sizeof line, f))
    if (strncmp(line, "VmPeak:", 7) == 0) {
      kb = strtoul(line + 7, NULL, 10);
      break;
    }
  fclose(f);
  return (size_t)kb * 1024;
}

/* Sets the child's limits; returns the address space it mapped before. */
static size_t set_limits(const ng_sandbox_limits *lim) {
  struct rlimit rl;
  rl.rlim_cur = rl.rlim_max = 0;
  setrlimit(RLIMIT_CORE, &rl);
  size_t base = 0;
  if (lim && lim->mem_bytes) {
    base = mapped_bytes();
    rl.rlim_cur = rl.rlim_max = (rlim_t)(base + lim->mem_bytes);
    setrlimit(RLIMIT_AS, &rl);
  }
  if (lim && lim->timeout_ms) {
    /* CPU seconds: the wall-clock limit rounded up, plus one */
    rl.rlim_cur = (rlim_t)(lim->timeout_ms / 1000 + 2);
    rl.rlim_max = rl.rlim_cur + 1;
    setrlimit(RLIMIT_CPU, &rl);
  }
  return base;
}

/* Reads what is available on FD into B (up to CAP bytes kept; the rest is
 * read and counted in *DROPPED).  Returns false at EOF or on an error. */
static bool drain(int fd, ng_buf *b, size_t cap, size_t *dropped) {
  char chunk[65536];
  ssize_t n = read(fd, chunk, sizeof chunk);
  if (n < 0)
    return errno == EINTR || errno == EAGAIN;
  if (n == 0)
    return false;
  size_t room = b && b->len < cap ? cap - b->len : 0;
  size_t keep = (size_t)n < room ? (size_t)n : room;
  if (keep)
    ng_buf_add(b, chunk, keep);
  if ((size_t)n > keep && dropped)
    *dropped += (size_t)n - keep;
  return true;
}

/* Did the child say it ran out of memory: our own handler's words, or,
 * under a memory limit, a library's before it aborted ("GNU MP: Cannot
 * allocate memory", glibc's "memory exhausted")? */
static bool said_oom(const ng_buf *errmsg, const ng_sandbox_limits *lim) {
  if (!errmsg || !errmsg->data) return false;
  if (strstr(errmsg->data, "newsgraph: out of memory")) return true;
  return lim->mem_bytes &&
         (strstr(errmsg->data, "Cannot allocate memory") || strstr(errmsg->data, "memory exhausted") ||
          strstr(errmsg->data, "out of memory"));
}

static void seconds_text(char *out, size_t n, unsigned ms) {
  if (ms % 1000 == 0)
    snprintf(out, n, "%u s", ms / 1000);
  else
    snprintf(out, n, "%.3g s", ms / 1000.0);
}

static void end_message(ng_buf *errmsg, ng_sandbox_end end, int sig, int code,
                        const ng_sandbox_limits *lim) {
  if (!errmsg)
    return;
  char t[32];
  ng_buf_adds(errmsg, "newsgraph: error: ");
  switch (end) {
  case NG_SANDBOX_CRASHED:
    if (code >= 0) {
      ng_buf_printf(errmsg, "query ended unexpectedly (exit status %d) inside the SPARQL engine", code);
      break;
    }
    ng_buf_printf(errmsg,
                  "query crashed (signal %d, %s) inside the SPARQL engine (rasqal); this query "
                  "form is not supported by the embedded store; try a virtuoso:// store",
                  sig, strsignal(sig));
    break;
  case NG_SANDBOX_TIMEOUT:
    seconds_text(t, sizeof t, lim->timeout_ms);
    ng_buf_printf(errmsg, "query exceeded the time limit of %s (--timeout)", t);
    break;
  case NG_SANDBOX_MEMORY:
    ng_buf_printf(errmsg, "query exceeded the memory limit of %zu MB (--max-memory)",
                  lim->mem_bytes >> 20);
    break;
  case NG_SANDBOX_OUTPUT:
    ng_buf_printf(errmsg, "result larger than %zu bytes", lim->max_output);
    break;
  default:
    ng_buf_adds(errmsg, "the query could not be started in a child process");
    break;
  }
  ng_buf_addc(errmsg, '\n');
}

ng_status ng_sandbox_exec(ng_status (*fn)(void *ctx, FILE *out), void *ctx,
                          const ng_sandbox_limits *lim, ng_buf *result, ng_buf *errmsg,
                          ng_sandbox_end *end) {
  static const ng_sandbox_limits none = {0, 0, 0};
  if (!lim)
    lim = &none;
  ng_sandbox_end how = NG_SANDBOX_EXITED;
  int outp[2] = {-1, -1}, errp[2] = {-1, -1};
  pthread_mutex_lock(&fork_lock);
  if ((result && pipe2(outp, O_CLOEXEC) != 0) || pipe2(errp, O_CLOEXEC) != 0) {
    how = NG_SANDBOX_FAILED;
    pthread_mutex_unlock(&fork_lock);
    goto failed;
  }
  fflush(NULL);
  pid_t pid = fork();
  if (pid < 0) {
    how = NG_SANDBOX_FAILED;
    pthread_mutex_unlock(&fork_lock);
    goto failed;
  }
  if (pid == 0) {
    /* the child: default signal handling, nothing blocked (the server blocks
     * SIGINT and SIGTERM in its threads) */
    pthread_mutex_t fresh = PTHREAD_MUTEX_INITIALIZER;
    fork_lock = fresh; /* the copy is held by the parent's thread: not ours */
    sigset_t none_blocked;
    sigemptyset(&none_blocked);
    sigprocmask(SIG_SETMASK, &none_blocked, NULL);
    signal(SIGPIPE, SIG_DFL);
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    size_t base = set_limits(lim);
    /* the peak is inherited from the parent (its threads' stacks, ...):
     * only a peak above it is the child's own */
    size_t peak0 = lim->mem_bytes ? peak_bytes() : 0;
    if (dup2(errp[1], STDERR_FILENO) < 0)
      _exit(NG_SANDBOX_CODE_BASE + NG_ERR_IO);
    int mine[1] = {outp[1]};
    close_other_fds(mine, 1);
    FILE *out = stdout;
    if (result) {
      out = fdopen(outp[1], "w");
      if (!out)
        _exit(NG_SANDBOX_CODE_BASE + NG_ERR_IO);
    }
    ng_status st = fn(ctx, out);
    if (fflush(out) != 0 && st == NG_OK)
      st = NG_ERR_IO;
    /* rasqal and librdf may lose a failed allocation silently (a query
     * answering nothing): a child that came within half of its memory limit
     * may have hit it, and its answer is not trusted */
    size_t peak = lim->mem_bytes ? peak_bytes() : 0;
    if (lim->mem_bytes && peak > peak0 && peak >= base + lim->mem_bytes / 2) {
      fprintf(stderr, "newsgraph: out of memory (the limit was nearly reached)\n");
      fflush(stderr);
      _exit(NG_SANDBOX_CODE_BASE + NG_ERR_NOMEM);
    }
    fflush(stderr);
    _exit(NG_SANDBOX_CODE_BASE + (int)st);
  }

  /* the parent */
  if (result)
    close(outp[1]);
  close(errp[1]);
  outp[1] = errp[1] = -1;
  pthread_mutex_unlock(&fork_lock);
  long long deadline = lim->timeout_ms ? now_ms() + lim->timeout_ms : 0;
  size_t out_cap = result && lim->max_output ? lim->max_output + 1 : (size_t)-1;
  size_t err_dropped = 0;
  bool out_open = result != NULL, err_open = true, killed = false;
  while (out_open || err_open) {
    struct pollfd pf[2];
    int n = 0, io = -1, ie = -1;
    if (out_open) {
      pf[n].fd = outp[0];
      pf[n].events = POLLIN;
      io = n++;
    }
    if (err_open) {
      pf[n].fd = errp[0];
      pf[n].events = POLLIN;
      ie = n++;
    }
    int wait = -1;
    if (deadline) {
      long long left = deadline - now_ms();
      if (left <= 0) {
        how = NG_SANDBOX_TIMEOUT;
        break;
      }
      wait = left > 1000 ? 1000 : (int)left;
    }
    int r = poll(pf, (nfds_t)n, wait);
    if (r < 0 && errno != EINTR)
      break;
    if (r <= 0)
      continue;
    if (io >= 0 && pf[io].revents)
      out_open = drain(outp[0], result, out_cap, NULL);
    if (ie >= 0 && pf[ie].revents)
      err_open = drain(errp[0], errmsg, NG_SANDBOX_MAX_ERR, &err_dropped);
    if (result && lim->max_output && result->len > lim->max_output) {
      how = NG_SANDBOX_OUTPUT;
      break;
    }
  }
  if (how == NG_SANDBOX_TIMEOUT || how == NG_SANDBOX_OUTPUT) {
    kill(pid, SIGKILL);
    killed = true;
  }
  int wstatus = 0;
  /* the pipes are closed: the child is ending; still bound the wait */
  for (;;) {
    pid_t w = waitpid(pid, &wstatus, killed ? 0 : WNOHANG);
    if (w == pid)
      break;
    if (w < 0 && errno != EINTR) {
      wstatus = 0;
      break;
    }
    if (w == 0) {
      if (deadline && now_ms() >= deadline) {
        how = NG_SANDBOX_TIMEOUT;
        kill(pid, SIGKILL);
        killed = true;
        continue;
      }
      struct timespec ts = {0, 2 * 1000 * 1000};
      nanosleep(&ts, NULL);
    }
  }
  if (result)
    close(outp[0]);
  close(errp[0]);

  ng_status rc = NG_ERR_QUERY;
  int sig = 0, code = -1;
  if (!killed) {
    if (WIFEXITED(wstatus)) {
      code = WEXITSTATUS(wstatus);
      if (code >= NG_SANDBOX_CODE_BASE && code <= NG_SANDBOX_CODE_BASE + NG_ERR_DATA) {
        rc = (ng_status)(code - NG_SANDBOX_CODE_BASE);
        code = -1;
      } else {
        how = NG_SANDBOX_CRASHED; /* it ended on its own: abort-like */
      }
      if (said_oom(errmsg, lim))
        how = NG_SANDBOX_MEMORY, rc = NG_ERR_NOMEM;
    } else if (WIFSIGNALED(wstatus)) {
      sig = WTERMSIG(wstatus);
      if (sig == SIGXCPU)
        how = NG_SANDBOX_TIMEOUT;
      else if (sig == SIGPIPE)
        rc = NG_ERR_IO; /* the reader of standard output went away: nothing to say */
      else if (said_oom(errmsg, lim))
        how = NG_SANDBOX_MEMORY;
      else
        how = NG_SANDBOX_CRASHED;
    }
  }
  if (how == NG_SANDBOX_MEMORY || how == NG_SANDBOX_OUTPUT)
    rc = NG_ERR_NOMEM;
  else if (how != NG_SANDBOX_EXITED)
    rc = NG_ERR_QUERY;
  if (err_dropped && errmsg)
    ng_buf_printf(errmsg, "newsgraph: note: %zu more bytes of messages not shown\n", err_dropped);
  if (how != NG_SANDBOX_EXITED)
    end_message(errmsg, how, sig, code, lim);
  if (how == NG_SANDBOX_OUTPUT && result)
    ng_buf_clear(result);
  if (end)
    *end = how;
  return rc;

failed:
  for (int i = 0; i < 2; i++) {
    if (outp[i] >= 0)
      close(outp[i]);
    if (errp[i] >= 0)
      close(errp[i]);
  }
  if (errmsg)
    ng_buf_printf(errmsg, "newsgraph: error: cannot start a child process: %s\n", strerror(errno));
  if (end)
    *end = how;
  return NG_ERR_IO;
}

ng_status ng_sandbox_run(ng_status (*fn)(void *ctx, FILE *out), void *ctx,
                         const ng_sandbox_limits *lim, ng_buf *result, ng_buf *errmsg) {
  return ng_sandbox_exec(fn, ctx, lim, result, errmsg, NULL);
}

/* ------------------------------------------------------------------ filters */

ng_status ng_filter_run(char *const argv[], const char *input, size_t len, unsigned timeout_ms,
                        size_t max_output, ng_buf *out) {
  int inp[2] = {-1, -1}, outp[2] = {-1, -1};
  if (pipe2(inp, O_CLOEXEC) != 0)
    return NG_ERR_IO;
  if (pipe2(outp, O_CLOEXEC) != 0) {
    close(inp[0]);
    close(inp[1]);
    return NG_ERR_IO;
  }
  fflush(NULL);
  pthread_mutex_lock(&fork_lock);
  pid_t pid = fork();
  if (pid == 0) {
    int devnull = open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (dup2(inp[0], STDIN_FILENO) < 0 || dup2(outp[1], STDOUT_FILENO) < 0 ||
        (devnull >= 0 && dup2(devnull, STDERR_FILENO) < 0))
      _exit(127);
    signal(SIGPIPE, SIG_DFL);
    execvp(argv[0], argv); /* a fixed argument vector, never a shell */
    _exit(127);
  }
  close(inp[0]);
  close(outp[1]);
  pthread_mutex_unlock(&fork_lock);
  if (pid < 0) {
    close(inp[1]);
    close(outp[0]);
    return NG_ERR_IO;
  }
  fcntl(inp[1], F_SETFL, fcntl(inp[1], F_GETFL) | O_NONBLOCK);
  /* a write to a filter that has gone must not kill the caller */
  struct sigaction ign, old;
  memset(&ign, 0, sizeof ign);
  ign.sa_handler = SIG_IGN;
  sigaction(SIGPIPE, &ign, &old);
  long long deadline = now_ms() + (timeout_ms ? timeout_ms : 10000);
  size_t sent = 0;
  bool in_open = true, out_open = true, failed = false;
  if (len == 0) {
    close(inp[1]);
    in_open = false;
  }
  while (out_open) {
    long long left = deadline - now_ms();
    if (left <= 0) {
      failed = true;
      break;
    }
    struct pollfd pf[2];
    int n = 0, ii = -1;
    pf[n].fd = outp[0];
    pf[n++].events = POLLIN;
    if (in_open) {
      pf[n].fd = inp[1];
      pf[n].events = POLLOUT;
      ii = n++;
    }
    int r = poll(pf, (nfds_t)n, left > 1000 ? 1000 : (int)left);
    if (r < 0 && errno != EINTR) {
      failed = true;
      break;
    }
    if (r <= 0)
      continue;
    if (ii >= 0 && pf[ii].revents) {
      ssize_t w = write(inp[1], input + sent, len - sent);
      if (w > 0)
        sent += (size_t)w;
      if ((w < 0 && errno != EAGAIN && errno != EINTR) || sent == len) {
        close(inp[1]);
        in_open = false;
      }
    }
    if (pf[0].revents) {
      out_open = drain(outp[0], out, max_output + 1, NULL);
      if (out->len > max_output) {
        failed = true;
        break;
      }
    }
  }
  if (in_open)
    close(inp[1]);
  close(outp[0]);
  if (failed)
    kill(pid, SIGKILL);
  int wstatus = 0;
  while (waitpid(pid, &wstatus, 0) < 0 && errno == EINTR)
    ;
  sigaction(SIGPIPE, &old, NULL);
  if (failed || !WIFEXITED(wstatus) || WEXITSTATUS(wstatus) != 0)
    return NG_ERR_IO;
  return NG_OK;
}
