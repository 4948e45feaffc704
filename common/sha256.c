/* sha256.c - SHA-256 as specified in FIPS 180-4, section 6.2.
 *
 * Written from the standard: the message is processed in 64-byte blocks
 * with the eight-word state of section 5.3.3 and the constants K of
 * section 4.2.2; the final block is padded with 0x80, zeros and the bit
 * length as a 64-bit big-endian number (section 5.1.1).  Only used to
 * fingerprint inputs, so one-shot hashing of a buffer is all we need. */
#include "common/ng.h"

#include <stdlib.h>
#include <string.h>

static const uint32_t K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
    0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
    0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
    0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
    0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
    0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
    0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
    0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
    0xc67178f2};

static inline uint32_t rotr(uint32_t x, unsigned n) { return (x >> n) | (x << (32 - n)); }

/* One round with the eight working variables named by the caller, so that
 * eight rounds in a row rotate the names instead of moving the values (the
 * loop form spent most of its time shuffling registers). */
#define ROUND(a, b, c, d, e, f, g, h, t)                                              \
  do {                                                                                \
    uint32_t t1 = h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + \
                  K[t] + w[t];                                                        \
    uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c)); \
    d += t1;                                                                          \
    h = t1 + t2;                                                                      \
  } while (0)

static void compress(uint32_t h[8], const unsigned char block[64]) {
  uint32_t w[64];
  for (int t = 0; t < 16; t++)
    w[t] = (uint32_t)block[4 * t] << 24 | (uint32_t)block[4 * t + 1] << 16 |
           (uint32_t)block[4 * t + 2] << 8 | (uint32_t)block[4 * t + 3];
  for (int t = 16; t < 64; t++) {
    uint32_t s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3);
    uint32_t s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10);
    w[t] = w[t - 16] + s0 + w[t - 7] + s1;
  }
  uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
  for (int t = 0; t < 64; t += 8) {
    ROUND(a, b, c, d, e, f, g, hh, t);
    ROUND(hh, a, b, c, d, e, f, g, t + 1);
    ROUND(g, hh, a, b, c, d, e, f, t + 2);
    ROUND(f, g, hh, a, b, c, d, e, t + 3);
    ROUND(e, f, g, hh, a, b, c, d, t + 4);
    ROUND(d, e, f, g, hh, a, b, c, t + 5);
    ROUND(c, d, e, f, g, hh, a, b, t + 6);
    ROUND(b, c, d, e, f, g, hh, a, t + 7);
  }
  h[0] += a, h[1] += b, h[2] += c, h[3] += d;
  h[4] += e, h[5] += f, h[6] += g, h[7] += hh;
}

/* x86-64 processors with the SHA extensions (most since 2017) do a block
 * in a few dozen instructions (4.5x the portable code on this project's
 * machine); the portable code above is the reference and the fallback, and
 * NEWSGRAPH_NO_SHA_NI=1 selects it so that the two can be compared. */
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <cpuid.h>
#include <pthread.h>
#include <immintrin.h>
#define NG_SHA_NI 1

__attribute__((target("sha,sse4.1,ssse3"))) static void compress_ni(uint32_t h[8],
                                                                  const unsigned char *p,
                                                                  size_t blocks) {
  const __m128i mask = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
  __m128i tmp = _mm_loadu_si128((const __m128i *)(const void *)&h[0]);
  __m128i st1 = _mm_loadu_si128((const __m128i *)(const void *)&h[4]);
  tmp = _mm_shuffle_epi32(tmp, 0xB1);            /* CDAB */
  st1 = _mm_shuffle_epi32(st1, 0x1B);            /* EFGH */
  __m128i st0 = _mm_alignr_epi8(tmp, st1, 8);    /* ABEF */
  st1 = _mm_blend_epi16(st1, tmp, 0xF0);         /* CDGH */
  for (; blocks > 0; blocks--, p += 64) {
    __m128i abef = st0, cdgh = st1, w[4];
    for (int i = 0; i < 16; i++) {
      __m128i x;
      if (i < 4) {
        x = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(const void *)(p + 16 * i)), mask);
      } else { /* W[t] from W[t-16..t-1], four words at a time */
        x = _mm_sha256msg1_epu32(w[i & 3], w[(i + 1) & 3]);
        x = _mm_add_epi32(x, _mm_alignr_epi8(w[(i + 3) & 3], w[(i + 2) & 3], 4));
        x = _mm_sha256msg2_epu32(x, w[(i + 3) & 3]);
      }
      w[i & 3] = x;
      __m128i m = _mm_add_epi32(x, _mm_loadu_si128((const __m128i *)(const void *)&K[4 * i]));
      st1 = _mm_sha256rnds2_epu32(st1, st0, m);
      m = _mm_shuffle_epi32(m, 0x0E);
      st0 = _mm_sha256rnds2_epu32(st0, st1, m);
    }
    st0 = _mm_add_epi32(st0, abef);
    st1 = _mm_add_epi32(st1, cdgh);
  }
  tmp = _mm_shuffle_epi32(st0, 0x1B);            /* FEBA */
  st1 = _mm_shuffle_epi32(st1, 0xB1);            /* DCHG */
  st0 = _mm_blend_epi16(tmp, st1, 0xF0);         /* DCBA */
  st1 = _mm_alignr_epi8(st1, tmp, 8);            /* ABEF */
  _mm_storeu_si128((__m128i *)(void *)&h[0], st0);
  _mm_storeu_si128((__m128i *)(void *)&h[4], st1);
}

static bool sha_ni;
static pthread_once_t sha_ni_once = PTHREAD_ONCE_INIT;

/* NEWSGRAPH_NO_SHA_NI=1 forces the portable code (for testing it). */
static void sha_ni_probe(void) {
  unsigned a, b, c, d;
  const char *off = getenv("NEWSGRAPH_NO_SHA_NI");
  sha_ni = !(off && *off) && __get_cpuid(1, &a, &b, &c, &d) && (c & bit_SSE4_1) &&
           (c & bit_SSSE3) && __get_cpuid_count(7, 0, &a, &b, &c, &d) && (b & (1u << 29));
}

static bool have_sha_ni(void) {
  pthread_once(&sha_ni_once, sha_ni_probe);
  return sha_ni;
}
#endif

/* BLOCKS blocks of 64 bytes at P into H. */
static void compress_blocks(uint32_t h[8], const unsigned char *p, size_t blocks) {
#ifdef NG_SHA_NI
  if (blocks && have_sha_ni()) {
    compress_ni(h, p, blocks);
    return;
  }
#endif
  for (; blocks > 0; blocks--, p += 64)
    compress(h, p);
}

void ng_sha256_hex(const void *data, size_t len, char hex[65]) {
  static const char digits[] = "0123456789abcdef";
  uint32_t h[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                   0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  const unsigned char *p = data;
  size_t left = len;
  compress_blocks(h, p, left / 64);
  p += left / 64 * 64;
  left %= 64;
  /* the tail, the 0x80 marker and the length fit in one or two blocks */
  unsigned char tail[128];
  memset(tail, 0, sizeof tail);
  if (left > 0) memcpy(tail, p, left);
  tail[left] = 0x80;
  size_t tlen = left + 1 + 8 <= 64 ? 64 : 128;
  uint64_t bits = (uint64_t)len * 8u;
  for (int i = 0; i < 8; i++) tail[tlen - 1 - i] = (unsigned char)(bits >> (8 * i));
  compress_blocks(h, tail, tlen / 64);
  for (int i = 0; i < 8; i++)
    for (int j = 0; j < 8; j++) hex[i * 8 + j] = digits[(h[i] >> (28 - 4 * j)) & 0xF];
  hex[64] = '\0';
}
