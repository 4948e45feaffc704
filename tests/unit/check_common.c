/* check_common.c - the shared foundation (common/ng.h): status strings,
 * buffers, string maps, UTF-8 helpers, terminal escaping, log counters. */
#include "common/ng.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#define N_ELEMS(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* ================================================================ status */

static const struct {
  ng_status st;
  const char *text;
} status_cases[] = {
    {NG_OK, "success"},
    {NG_NOTHING, "nothing to do"},
    {NG_ERR_INPUT, "input could not be read"},
    {NG_ERR_NOMEM, "out of memory or size limit exceeded"},
    {NG_ERR_IO, "output could not be written"},
    {NG_ERR_RDF, "RDF library error"},
    {NG_ERR_QUERY, "query error"},
    {NG_ERR_USAGE, "bad usage"},
    {NG_ERR_DATA, "ontology data error"},
    {(ng_status)999, "unknown status"},
};

START_TEST(test_strerror) {
  ck_assert_str_eq(ng_strerror(status_cases[_i].st), status_cases[_i].text);
}
END_TEST

START_TEST(test_status_order) {
  /* serd's convention, which callers compare against */
  ck_assert_int_eq(NG_OK, 0);
  ck_assert_int_eq(NG_NOTHING, 1);
  ck_assert_int_gt(NG_ERR_INPUT, NG_NOTHING);
  ck_assert_int_gt(NG_ERR_IO, NG_ERR_INPUT);
}
END_TEST

/* ================================================================ buffers */

START_TEST(test_buf_basics) {
  ng_buf b;
  ng_buf_init(&b);
  ck_assert_uint_eq(b.len, 0);
  ng_buf_add(&b, "abcdef", 3);
  ng_buf_adds(&b, "-");
  ng_buf_addc(&b, 'z');
  ng_buf_add(&b, NULL, 0);
  ck_assert_str_eq(b.data, "abc-z");
  ck_assert_uint_eq(b.len, 5);
  ng_buf_printf(&b, "[%d|%s|%05.1f]", 42, "x", 3.14159);
  ck_assert_str_eq(b.data, "abc-z[42|x|003.1]");
  ng_buf_clear(&b);
  ck_assert_uint_eq(b.len, 0);
  ck_assert_str_eq(b.data, "");
  ng_buf_addc(&b, '\0'); /* embedded NUL bytes are kept and counted */
  ng_buf_addc(&b, 'q');
  ck_assert_uint_eq(b.len, 2);
  ck_assert_int_eq(b.data[1], 'q');
  ck_assert_int_eq(b.data[2], '\0');
  char *s = ng_buf_steal(&b);
  ck_assert_ptr_null(b.data);
  ck_assert_uint_eq(b.len, 0);
  ck_assert_int_eq(s[1], 'q');
  free(s);
  s = ng_buf_steal(&b); /* an empty buffer yields an empty string */
  ck_assert_str_eq(s, "");
  free(s);
  ng_buf_free(&b);
  ng_buf_free(NULL);
}
END_TEST

/* printf output longer than any internal scratch buffer, and growth by many small adds */
static const int printf_sizes[] = {0, 1, 255, 256, 257, 1000, 100000};

START_TEST(test_buf_printf_sizes) {
  int n = printf_sizes[_i];
  char *want = malloc((size_t)n + 3);
  ck_assert_ptr_nonnull(want);
  want[0] = '<';
  memset(want + 1, 'x', (size_t)n);
  want[n + 1] = '>';
  want[n + 2] = '\0';
  ng_buf b;
  ng_buf_init(&b);
  ng_buf_adds(&b, "pre");
  ng_buf_printf(&b, "%s", want);
  ck_assert_uint_eq(b.len, (size_t)n + 5);
  ck_assert(memcmp(b.data, "pre", 3) == 0);
  ck_assert_str_eq(b.data + 3, want);
  ng_buf_free(&b);
  for (int i = 0; i < n; i++) ng_buf_addc(&b, (char)('a' + i % 26));
  ck_assert_uint_eq(b.len, (size_t)n);
  for (int i = 0; i < n; i++) ck_assert_int_eq(b.data[i], 'a' + i % 26);
  ng_buf_free(&b);
  free(want);
}
END_TEST

START_TEST(test_xalloc) {
  char *s = ng_xstrdup("hello");
  ck_assert_str_eq(s, "hello");
  free(s);
  s = ng_xstrndup("hello", 3);
  ck_assert_str_eq(s, "hel");
  free(s);
  s = ng_xstrndup("he\0llo", 5);
  ck_assert_int_eq(s[5], '\0');
  free(s);
  int *z = ng_xcalloc(16, sizeof *z);
  for (int i = 0; i < 16; i++) ck_assert_int_eq(z[i], 0);
  z = ng_xrealloc(z, 1024 * sizeof *z);
  ck_assert_int_eq(z[15], 0);
  free(z);
  free(ng_xmalloc(0)); /* zero-size requests still give a pointer to free */
}
END_TEST

/* ================================================================ string maps */

static int sum_values(const char *key, void *value, void *ctx) {
  (void)key;
  *(size_t *)ctx += (size_t)(uintptr_t)value;
  return 0;
}

static int stop_after_three(const char *key, void *value, void *ctx) {
  (void)key;
  (void)value;
  return ++*(int *)ctx == 3 ? 7 : 0;
}

static int freed;
static void count_free(void *v) {
  freed++;
  free(v);
}

START_TEST(test_strmap_many) {
  const size_t n = 100000;
  ng_strmap *m = ng_strmap_new();
  char key[32];
  for (size_t i = 0; i < n; i++) {
    snprintf(key, sizeof key, "key-%zu", i);
    ck_assert_ptr_null(ng_strmap_put(m, key, (void *)(uintptr_t)(i + 1)));
  }
  ck_assert_uint_eq(ng_strmap_size(m), n);
  for (size_t i = 0; i < n; i++) {
    snprintf(key, sizeof key, "key-%zu", i);
    ck_assert_ptr_eq(ng_strmap_get(m, key), (void *)(uintptr_t)(i + 1));
  }
  ck_assert_ptr_null(ng_strmap_get(m, "key-100000"));
  ck_assert_ptr_null(ng_strmap_get(m, "key-"));
  ck_assert_ptr_null(ng_strmap_get(m, ""));
  /* getn looks at exactly KEYLEN bytes */
  ck_assert_ptr_eq(ng_strmap_getn(m, "key-12345xyz", 9), (void *)(uintptr_t)12346);
  ck_assert_ptr_eq(ng_strmap_getn(m, "key-1", 5), (void *)(uintptr_t)2);
  /* replacing returns the old value and keeps the size */
  ck_assert_ptr_eq(ng_strmap_put(m, "key-7", (void *)(uintptr_t)5), (void *)(uintptr_t)8);
  ck_assert_ptr_eq(ng_strmap_get(m, "key-7"), (void *)(uintptr_t)5);
  ck_assert_uint_eq(ng_strmap_size(m), n);
  size_t sum = 0;
  ck_assert_int_eq(ng_strmap_each(m, sum_values, &sum), 0);
  ck_assert_uint_eq(sum, n * (n + 1) / 2 - 8 + 5);
  int calls = 0;
  ck_assert_int_eq(ng_strmap_each(m, stop_after_three, &calls), 7);
  ck_assert_int_eq(calls, 3);
  ng_strmap_free(m, NULL);
}
END_TEST

START_TEST(test_strmap_keys_copied) {
  ng_strmap *m = ng_strmap_new();
  char key[8] = "abc";
  ng_strmap_put(m, key, ng_xstrdup("v1"));
  key[0] = 'x'; /* the map kept its own copy */
  ck_assert_ptr_nonnull(ng_strmap_get(m, "abc"));
  ck_assert_ptr_null(ng_strmap_get(m, "xbc"));
  ng_strmap_put(m, "", ng_xstrdup("empty key"));
  ck_assert_str_eq(ng_strmap_get(m, ""), "empty key");
  ng_strmap_put(m, "caf\xC3\xA9", ng_xstrdup("utf8"));
  ck_assert_str_eq(ng_strmap_get(m, "caf\xC3\xA9"), "utf8");
  ck_assert_uint_eq(ng_strmap_size(m), 3);
  freed = 0;
  ng_strmap_free(m, count_free);
  ck_assert_int_eq(freed, 3);
  ng_strmap_free(NULL, count_free);
  ck_assert_uint_eq(ng_strmap_size(NULL), 0);
}
END_TEST

/* Keys of every length around the map's key blocks (2 KB): short ones
 * filling a block, ones larger than a block between them, each found
 * with its own bytes afterwards. */
START_TEST(test_strmap_key_sizes) {
  ng_strmap *m = ng_strmap_new();
  static const size_t lens[] = {1, 2046, 2047, 2048, 5000, 3, 100000, 2047, 7, 4096};
  char *keys[sizeof lens / sizeof lens[0]];
  for (size_t k = 0; k < sizeof lens / sizeof lens[0]; k++) {
    keys[k] = ng_xmalloc(lens[k] + 1);
    for (size_t i = 0; i < lens[k]; i++)
      keys[k][i] = (char)('a' + (i * 7 + k) % 26);
    keys[k][lens[k]] = '\0';
    ck_assert_ptr_null(ng_strmap_put(m, keys[k], (void *)(uintptr_t)(k + 1)));
    for (size_t i = 0; i < 300; i++) { /* short keys between the long ones */
      char shortkey[32];
      snprintf(shortkey, sizeof shortkey, "k%zu-%zu", k, i);
      ng_strmap_put(m, shortkey, (void *)(uintptr_t)(1000 + i));
    }
  }
  for (size_t k = 0; k < sizeof lens / sizeof lens[0]; k++) {
    ck_assert_ptr_eq(ng_strmap_get(m, keys[k]), (void *)(uintptr_t)(k + 1));
    keys[k][lens[k] - 1] ^= 1; /* one byte off: not found */
    ck_assert_ptr_null(ng_strmap_get(m, keys[k]));
    free(keys[k]);
  }
  ck_assert_ptr_eq(ng_strmap_get(m, "k9-299"), (void *)(uintptr_t)1299);
  ck_assert_uint_eq(ng_strmap_size(m), 10 + 10 * 300);
  ng_strmap_free(m, NULL);
}
END_TEST

/* ================================================================ UTF-8 */

static const struct {
  const char *s;
  size_t len;
  size_t consumed;
  uint32_t cp;
} decode_cases[] = {
    {"A", 1, 1, 'A'},
    {"\x7F", 1, 1, 0x7F},
    {"\xC2\xA0", 2, 2, 0xA0},
    {"\xC3\xA9x", 3, 2, 0xE9},
    {"\xDF\xBF", 2, 2, 0x7FF},
    {"\xE0\xA0\x80", 3, 3, 0x800},
    {"\xE2\x80\x94", 3, 3, 0x2014},
    {"\xEF\xBF\xBD", 3, 3, 0xFFFD},
    {"\xEF\xBF\xBF", 3, 3, 0xFFFF},
    {"\xF0\x90\x80\x80", 4, 4, 0x10000},
    {"\xF0\x9F\x98\x80", 4, 4, 0x1F600},
    {"\xF4\x8F\xBF\xBF", 4, 4, 0x10FFFF},
    {"", 0, 0, 0xFFFD},
    {"\x80", 1, 0, 0xFFFD},         /* lone continuation */
    {"\xBF", 1, 0, 0xFFFD},
    {"\xC3", 1, 0, 0xFFFD},         /* truncated */
    {"\xC3(", 2, 0, 0xFFFD},        /* bad continuation */
    {"\xE2\x80", 2, 0, 0xFFFD},
    {"\xE2\x80\x94", 2, 0, 0xFFFD}, /* LEN cuts the sequence */
    {"\xC0\xAF", 2, 0, 0xFFFD},     /* overlong '/' */
    {"\xC1\xBF", 2, 0, 0xFFFD},
    {"\xE0\x80\xAF", 3, 0, 0xFFFD},
    {"\xF0\x80\x80\xAF", 4, 0, 0xFFFD},
    {"\xED\xA0\x80", 3, 0, 0xFFFD}, /* surrogate U+D800 */
    {"\xED\xBF\xBF", 3, 0, 0xFFFD},
    {"\xF4\x90\x80\x80", 4, 0, 0xFFFD}, /* U+110000 */
    {"\xF5\x80\x80\x80", 4, 0, 0xFFFD},
    {"\xF8\x88\x80\x80\x80", 5, 0, 0xFFFD},
    {"\xFE", 1, 0, 0xFFFD},
    {"\xFF", 1, 0, 0xFFFD},
};

START_TEST(test_utf8_decode) {
  uint32_t cp = 12345;
  size_t n = ng_utf8_decode(decode_cases[_i].s, decode_cases[_i].len, &cp);
  ck_assert_uint_eq(n, decode_cases[_i].consumed);
  ck_assert_uint_eq(cp, decode_cases[_i].cp);
}
END_TEST

static const struct {
  uint32_t cp;
  const char *bytes;
} encode_cases[] = {
    {0x41, "A"},
    {0x7F, "\x7F"},
    {0x80, "\xC2\x80"},
    {0xE9, "\xC3\xA9"},
    {0x7FF, "\xDF\xBF"},
    {0x800, "\xE0\xA0\x80"},
    {0x2019, "\xE2\x80\x99"},
    {0xFFFF, "\xEF\xBF\xBF"},
    {0x10000, "\xF0\x90\x80\x80"},
    {0x1F600, "\xF0\x9F\x98\x80"},
    {0x10FFFF, "\xF4\x8F\xBF\xBF"},
    {0xD800, "\xEF\xBF\xBD"},  /* surrogates cannot be encoded */
    {0xDFFF, "\xEF\xBF\xBD"},
    {0x110000, "\xEF\xBF\xBD"},
    {0xFFFFFFFF, "\xEF\xBF\xBD"},
};

START_TEST(test_utf8_encode) {
  char out[8];
  memset(out, 0, sizeof out);
  size_t n = ng_utf8_encode(encode_cases[_i].cp, out);
  ck_assert_uint_eq(n, strlen(encode_cases[_i].bytes));
  ck_assert(memcmp(out, encode_cases[_i].bytes, n) == 0);
  /* and back */
  uint32_t cp;
  ck_assert_uint_eq(ng_utf8_decode(out, n, &cp), n);
  if (encode_cases[_i].cp <= 0x10FFFF && (encode_cases[_i].cp < 0xD800 || encode_cases[_i].cp > 0xDFFF))
    ck_assert_uint_eq(cp, encode_cases[_i].cp);
}
END_TEST

static const struct {
  const char *s;
  size_t validate; /* offset of the first bad byte, or strlen(s) */
  size_t count;
} validate_cases[] = {
    {"", 0, 0},
    {"plain ASCII", 11, 11},
    {"caf\xC3\xA9", 5, 4},
    {"\xE2\x80\x9CHi\xE2\x80\x9D", 8, 4},
    {"\xF0\x9F\x98\x80!", 5, 2},
    {"ab\x80" "cd", 2, 4},
    {"abc\xC3", 3, 4},
    {"a\xC0\xAF", 1, 2},
    {"ok \xED\xA0\x80", 3, 4},
    {"\xFF\xFE", 0, 2},
};

START_TEST(test_utf8_validate_count) {
  const char *s = validate_cases[_i].s;
  ck_assert_uint_eq(ng_utf8_validate(s, strlen(s)), validate_cases[_i].validate);
  ck_assert_uint_eq(ng_utf8_count(s, strlen(s)), validate_cases[_i].count);
}
END_TEST

static const struct {
  const char *in, *out;
} fold_cases[] = {
    {"Hello World", "hello world"},
    {"Caf\xC3\xA9 \xC3\x91" "and\xC3\xBA", "cafe nandu"},
    {"Tom\xC3\xA1s Err\xC3\xA1zuriz", "tomas errazuriz"},
    {"Stra\xC3\x9F" "e", "strasse"},
    {"\xC3\x86sir", "aesir"},
    {"\xC5\x81\xC3\xB3" "d\xC5\xBA", "lodz"},
    {"\xE2\x80\x9CQuote\xE2\x80\x9D", "\"quote\""},
    {"Peru\xE2\x80\x99s", "peru's"},
    {"a\xE2\x80\x94" "b\xE2\x80\x93" "c", "a-b-c"},
    {"non\xC2\xA0" "breaking", "non breaking"},
    {"e\xCC\x81", "e"},
    /* Vietnamese (Latin Extended Additional and -B), composed and decomposed */
    {"Ho\xC3\xA0ng Tr\xE1\xBB\x8Dng Ph\xC3\xBA", "hoang trong phu"},
    {"Tro\xCC\xA3ng Nguy\xE1\xBB\x85n", "trong nguyen"},
    {"\xC6\xAF\xC6\xA1ng \xC4\x90\xE1\xBA\xB7ng", "uong dang"},
    /* Romanian comma-below, Azerbaijani schwa */
    {"\xC8\x98tefan \xC8\x9Biriac \xC6\x8Fliyev", "stefan tiriac eliyev"},
    {"\xCE\x95\xCE\xBB\xCE\xBB\xCE\xAC\xCE\xB4\xCE\xB1", "\xCE\x95\xCE\xBB\xCE\xBB\xCE\xAC\xCE\xB4\xCE\xB1"},
    {"bad\xFF", "bad\xEF\xBF\xBD"},
    {"", ""},
};

START_TEST(test_utf8_fold) {
  ng_buf b;
  ng_buf_init(&b);
  ng_buf_adds(&b, ">"); /* fold appends */
  ng_utf8_fold(&b, fold_cases[_i].in, strlen(fold_cases[_i].in));
  ck_assert_str_eq(b.data + 1, fold_cases[_i].out);
  ck_assert_int_eq(b.data[0], '>');
  ng_buf_free(&b);
}
END_TEST

/* ================================================================ terminal escaping */

static const struct {
  const char *in;
  size_t len; /* 0: strlen */
  const char *out;
} escape_cases[] = {
    {"plain text", 0, "plain text"},
    {"a\x1b[31mred", 0, "a\\x1B[31mred"},
    {"line\nnext\ttab", 0, "line\\nnext\\ttab"},
    {"bell\x07", 0, "bell\\x07"},
    {"del\x7F", 0, "del\\x7F"},
    {"cr\r", 0, "cr\\x0D"},
    {"caf\xC3\xA9 \xE2\x80\x94 ok", 0, "caf\xC3\xA9 \xE2\x80\x94 ok"},
    {"bad\xFF", 0, "bad\\xFF"},
    {"cut\xE2\x80", 0, "cut\\xE2\\x80"},
    {"c1\xC2\x9B" "2J", 0, "c1\\xC2\\x9B2J"},
    {"rtl\xE2\x80\xAE" "txt", 0, "rtl\\xE2\\x80\\xAEtxt"},
    {"iso\xE2\x81\xA6" "x", 0, "iso\\xE2\\x81\\xA6x"},
    {"nul\0x", 5, "nul\\x00x"},
};

START_TEST(test_escape_terminal) {
  ng_buf b;
  ng_buf_init(&b);
  const char *in = escape_cases[_i].in;
  ng_escape_terminal(&b, in, escape_cases[_i].len ? escape_cases[_i].len : strlen(in));
  ck_assert_str_eq(b.len ? b.data : "", escape_cases[_i].out);
  ng_buf_free(&b);
}
END_TEST

/* ================================================================ log counters */

START_TEST(test_log_counts) {
  ng_log_set_quiet(true);
  unsigned long e = ng_log_count(NG_LOG_ERROR), w = ng_log_count(NG_LOG_WARNING),
                n = ng_log_count(NG_LOG_NOTE);
  ng_log(NG_LOG_WARNING, "f.txt", 3, 7, "quiet warning %d", 1);
  ng_log(NG_LOG_NOTE, NULL, 0, 0, "quiet note");
  ng_log(NG_LOG_WARNING, "f.txt", 0, 0, "another");
  ck_assert_uint_eq(ng_log_count(NG_LOG_WARNING) - w, 2);
  ck_assert_uint_eq(ng_log_count(NG_LOG_NOTE) - n, 1);
  ck_assert_uint_eq(ng_log_count(NG_LOG_ERROR) - e, 0);
  ck_assert_uint_eq(ng_log_count((ng_log_level)42), 0);
  ng_log_set_quiet(false);
}
END_TEST

/* ================================================================ runner */

static Suite *common_suite(void) {
  Suite *s = suite_create("common");
  TCase *tc = tcase_create("status");
  tcase_add_loop_test(tc, test_strerror, 0, N_ELEMS(status_cases));
  tcase_add_test(tc, test_status_order);
  suite_add_tcase(s, tc);

  tc = tcase_create("memory");
  tcase_add_test(tc, test_buf_basics);
  tcase_add_loop_test(tc, test_buf_printf_sizes, 0, N_ELEMS(printf_sizes));
  tcase_add_test(tc, test_xalloc);
  suite_add_tcase(s, tc);

  tc = tcase_create("strmap");
  tcase_set_timeout(tc, 60);
  tcase_add_test(tc, test_strmap_many);
  tcase_add_test(tc, test_strmap_keys_copied);
  tcase_add_test(tc, test_strmap_key_sizes);
  suite_add_tcase(s, tc);

  tc = tcase_create("utf8");
  tcase_add_loop_test(tc, test_utf8_decode, 0, N_ELEMS(decode_cases));
  tcase_add_loop_test(tc, test_utf8_encode, 0, N_ELEMS(encode_cases));
  tcase_add_loop_test(tc, test_utf8_validate_count, 0, N_ELEMS(validate_cases));
  tcase_add_loop_test(tc, test_utf8_fold, 0, N_ELEMS(fold_cases));
  tcase_add_loop_test(tc, test_escape_terminal, 0, N_ELEMS(escape_cases));
  tcase_add_test(tc, test_log_counts);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) {
  SRunner *sr = srunner_create(common_suite());
  srunner_run_all(sr, CK_ENV);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
