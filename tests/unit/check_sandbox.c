/* check_sandbox.c - the sandbox (graphs/sandbox.c): results, statuses and
 * the one-line verdicts for a crash, a timeout and an oversized result; the
 * filter runner; HTML escaping of the server. */
#include <check.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "graphs/graphs.h"
#include "graphs/serve_internal.h"

static ng_status write_hello(void *ctx, FILE *out) {
  (void)ctx;
  fputs("hello", out);
  fputs("a note\n", stderr);
  return NG_OK;
}

static ng_status nothing(void *ctx, FILE *out) {
  (void)ctx;
  (void)out;
  return NG_NOTHING;
}

static ng_status crash(void *ctx, FILE *out) {
  (void)ctx;
  fputs("partial", out);
  fflush(out);
  abort(); /* not SIGSEGV: AddressSanitizer would take that over */
  return NG_OK;
}

/* A library that cannot allocate says so and aborts, as GMP does. */
static ng_status library_oom(void *ctx, FILE *out) {
  (void)ctx;
  (void)out;
  fputs("GNU MP: Cannot allocate memory (size=32)\n", stderr);
  fflush(stderr);
  abort();
  return NG_OK;
}

static ng_status spin(void *ctx, FILE *out) {
  (void)ctx;
  (void)out;
  for (;;)
    pause();
  return NG_OK;
}

static ng_status flood(void *ctx, FILE *out) {
  (void)ctx;
  char block[4096];
  memset(block, 'x', sizeof block);
  for (int i = 0; i < 1024; i++)
    fwrite(block, 1, sizeof block, out);
  return NG_OK;
}

START_TEST(result_and_messages) {
  ng_buf res, err;
  ng_buf_init(&res);
  ng_buf_init(&err);
  ng_sandbox_limits lim = {10000, 0, 1000};
  ng_sandbox_end end;
  ck_assert_int_eq(ng_sandbox_exec(write_hello, NULL, &lim, &res, &err, &end), NG_OK);
  ck_assert_int_eq(end, NG_SANDBOX_EXITED);
  ck_assert_str_eq(res.data, "hello");
  ck_assert_str_eq(err.data, "a note\n");
  ng_buf_free(&res);
  ng_buf_free(&err);
}
END_TEST

START_TEST(status_passes_through) {
  ng_buf res;
  ng_buf_init(&res);
  ck_assert_int_eq(ng_sandbox_run(nothing, NULL, NULL, &res, NULL), NG_NOTHING);
  ck_assert_uint_eq(res.len, 0);
  ng_buf_free(&res);
}
END_TEST

START_TEST(crash_is_reported) {
  ng_buf res, err;
  ng_buf_init(&res);
  ng_buf_init(&err);
  ng_sandbox_end end;
  ck_assert_int_eq(ng_sandbox_exec(crash, NULL, NULL, &res, &err, &end), NG_ERR_QUERY);
  ck_assert_int_eq(end, NG_SANDBOX_CRASHED);
  ck_assert_str_eq(res.data, "partial");
  const char *want = "newsgraph: error: query crashed (signal 6, Aborted) inside the SPARQL "
                     "engine (rasqal); this query form is not supported by the embedded store; try a "
                     "virtuoso:// store\n";
  ck_assert_uint_ge(err.len, strlen(want));
  ck_assert_str_eq(err.data + err.len - strlen(want), want);
  ng_buf_free(&res);
  ng_buf_free(&err);
}
END_TEST

START_TEST(library_oom_under_a_limit_is_memory) {
  ng_buf err;
  ng_buf_init(&err);
  ng_sandbox_limits lim = {10000, (size_t)256 << 20, 0};
  ng_sandbox_end end;
  ck_assert_int_eq(ng_sandbox_exec(library_oom, NULL, &lim, NULL, &err, &end), NG_ERR_NOMEM);
  ck_assert_int_eq(end, NG_SANDBOX_MEMORY);
  const char *want = "newsgraph: error: query exceeded the memory limit of 256 MB (--max-memory)\n";
  ck_assert_uint_ge(err.len, strlen(want));
  ck_assert_str_eq(err.data + err.len - strlen(want), want);
  ng_buf_free(&err);
}
END_TEST

START_TEST(timeout_kills) {
  ng_buf err;
  ng_buf_init(&err);
  ng_sandbox_limits lim = {300, 0, 0};
  ng_sandbox_end end;
  ck_assert_int_eq(ng_sandbox_exec(spin, NULL, &lim, NULL, &err, &end), NG_ERR_QUERY);
  ck_assert_int_eq(end, NG_SANDBOX_TIMEOUT);
  ck_assert_str_eq(err.data, "newsgraph: error: query exceeded the time limit of 0.3 s (--timeout)\n");
  ng_buf_free(&err);
}
END_TEST

START_TEST(output_bounded) {
  ng_buf res, err;
  ng_buf_init(&res);
  ng_buf_init(&err);
  ng_sandbox_limits lim = {0, 0, 100000};
  ng_sandbox_end end;
  ck_assert_int_eq(ng_sandbox_exec(flood, NULL, &lim, &res, &err, &end), NG_ERR_NOMEM);
  ck_assert_int_eq(end, NG_SANDBOX_OUTPUT);
  ck_assert_uint_eq(res.len, 0);
  ck_assert_str_eq(err.data, "newsgraph: error: result larger than 100000 bytes\n");
  ng_buf_free(&res);
  ng_buf_free(&err);
}
END_TEST

START_TEST(filter_runs_a_program) {
  ng_buf out;
  ng_buf_init(&out);
  char *const cat[] = {"cat", NULL};
  ck_assert_int_eq(ng_filter_run(cat, "a\nb\n", 4, 10000, 100, &out), NG_OK);
  ck_assert_str_eq(out.data, "a\nb\n");
  ng_buf_clear(&out);
  char *const missing[] = {"newsgraph-no-such-program", NULL};
  ck_assert_int_eq(ng_filter_run(missing, "x", 1, 10000, 100, &out), NG_ERR_IO);
  char *const big[] = {"cat", NULL};
  char in[300];
  memset(in, 'y', sizeof in);
  ng_buf_clear(&out);
  ck_assert_int_eq(ng_filter_run(big, in, sizeof in, 10000, 100, &out), NG_ERR_IO);
  ng_buf_free(&out);
}
END_TEST

START_TEST(html_escaping) {
  ng_buf b;
  ng_buf_init(&b);
  const char *s = "<a href='x'>\"&\x01</a>";
  ng_html_escape(&b, s, strlen(s));
  ck_assert_str_eq(b.data, "&lt;a href=&#39;x&#39;&gt;&quot;&amp;&#xFFFD;&lt;/a&gt;");
  ng_buf_free(&b);
}
END_TEST

static Suite *sandbox_suite(void) {
  Suite *s = suite_create("sandbox");
  TCase *tc = tcase_create("core");
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, result_and_messages);
  tcase_add_test(tc, status_passes_through);
  tcase_add_test(tc, crash_is_reported);
  tcase_add_test(tc, library_oom_under_a_limit_is_memory);
  tcase_add_test(tc, timeout_kills);
  tcase_add_test(tc, output_bounded);
  tcase_add_test(tc, filter_runs_a_program);
  tcase_add_test(tc, html_escaping);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) {
  SRunner *sr = srunner_create(sandbox_suite());
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
