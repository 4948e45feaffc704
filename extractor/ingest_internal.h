/* ingest_internal.h - helpers shared by the text and HTML readers
 * (extractor/text.c, extractor/html.c, extractor/doc.c).  Not installed,
 * not part of the extractor API. */
#ifndef NG_INGEST_INTERNAL_H
#define NG_INGEST_INTERNAL_H

#include "extractor/extractor.h"

/* How much of the start of an input the binary test looks at. */
#define NG_SNIFF_BYTES ((size_t)64 * 1024)

/* A new, empty document for PATH: path copied, identifier = base name of
 * PATH ("stdin" for "-"), everything else zero.  Free with ng_doc_free. */
ng_doc *ng_doc_alloc(const char *path);

/* Rejects bytes that cannot be an article: empty input, or binary data (a NUL
 * byte, or more than 10% control characters, in the first 64 KiB).  Logs an
 * error naming PATH and returns NG_ERR_INPUT; NG_OK otherwise. */
ng_status ng_ingest_check_bytes(const char *path, const char *bytes, size_t len);

/* Appends BYTES to OUT as clean UTF-8 text: a leading BOM is dropped, CRLF
 * and CR become LF, control characters other than TAB and LF become spaces,
 * and each byte of an invalid UTF-8 sequence becomes U+FFFD.  The first bad
 * byte is reported once, as PATH:LINE:COL (COL counts characters from 1):
 * a warning (and ++*WARNINGS) normally, an error and NG_ERR_INPUT when
 * STRICT.  Returns NG_OK or NG_ERR_INPUT. */
ng_status ng_ingest_utf8(const char *path, const char *bytes, size_t len, bool strict,
                         ng_buf *out, unsigned *warnings);

/* True when TEXT holds nothing but white space (ASCII, NBSP, BOM). */
bool ng_ingest_blank(const char *text, size_t len);

/* Turns the LF-separated, valid UTF-8 TEXT (one paragraph per line) into
 * DOC's cleaned text: site boilerplate lines are dropped, byline and
 * date lines are dropped after their author and date are captured (into
 * DOC->author / DOC->published unless already set), and the first remaining
 * line becomes the headline (DOC->title, title_b/title_e).  When
 * FIRST_IS_TITLE the first non-blank line is the headline whatever it
 * looks like (the HTML reader puts it there).  Falls back to
 * OPTS->fallback_date for the date.  Returns NG_ERR_INPUT (logged) when no
 * text is left. */
ng_status ng_ingest_finish(ng_doc *doc, const char *text, size_t len, bool first_is_title,
                           const ng_read_opts *opts);

/* Classification of one line (without its LF), exposed for the tests.
 * NONE: article text; BOILERPLATE: site furniture to drop; BYLINE and
 * DATELINE: dropped after capture.  HEAD says whether the line is near the
 * start or the end of the article, where bylines and date lines live. */
typedef enum {
  NG_LINE_TEXT,
  NG_LINE_BOILERPLATE,
  NG_LINE_BYLINE,
  NG_LINE_DATELINE
} ng_line_kind;
/* AUTHOR (may be NULL) receives the person named by a byline; DATE (may be
 * NULL) the date of a byline or date line; *UPDATED (may be NULL) is set
 * when that date is labelled as an update rather than the publication. */
ng_line_kind ng_ingest_classify_line(const char *line, size_t len, bool head, bool tail,
                                     ng_buf *author, ng_date *date, bool *updated);
/* Same; COAUTHORS (may be NULL) also receives a byline's further names
 * ("By Jane Roe and Jim Poe"), one per line. */
ng_line_kind ng_ingest_classify_line_co(const char *line, size_t len, bool head, bool tail,
                                        ng_buf *author, ng_buf *coauthors, ng_date *date,
                                        bool *updated);

/* Normalises an author string from metadata ("By Jane Roe, Reuters",
 * "JANE ROE"): appends the person's name to OUT and returns true, or
 * returns false when S does not name a person (an agency, a URL, one word). */
bool ng_ingest_author_name(const char *s, size_t len, ng_buf *out);
/* Same; CO (may be NULL) also receives the further names of a list
 * ("Jane Roe, Jim Poe", "Jane Roe and Jim Poe"), one per line. */
bool ng_ingest_author_names(const char *s, size_t len, ng_buf *out, ng_buf *co);

/* ASCII-only character classes: input bytes are never passed to <ctype.h>,
 * whose behaviour for negative chars is undefined and depends on the locale. */
static inline bool ng_c_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
static inline bool ng_c_digit(char c) { return c >= '0' && c <= '9'; }
static inline bool ng_c_upper(char c) { return c >= 'A' && c <= 'Z'; }
static inline bool ng_c_lower(char c) { return c >= 'a' && c <= 'z'; }
static inline bool ng_c_alpha(char c) { return ng_c_upper(c) || ng_c_lower(c); }
static inline char ng_c_tolower(char c) { return ng_c_upper(c) ? (char)(c - 'A' + 'a') : c; }

/* Case-insensitive (ASCII) comparisons of S[0..len) with a lower-case literal. */
bool ng_ingest_ieq(const char *s, size_t len, const char *lower);
bool ng_ingest_iprefix(const char *s, size_t len, const char *lower);
bool ng_ingest_isuffix(const char *s, size_t len, const char *lower);
/* Finds lower-case NEEDLE in S[0..len) ignoring ASCII case; offset or (size_t)-1. */
size_t ng_ingest_ifind(const char *s, size_t len, const char *lower);

/* Publication date from a wire-style dateline ("WARSAW, June 21, 2022 --")
 * opening one of the first paragraphs of cleaned TEXT; y == 0 if none. */
ng_date ng_ingest_dateline_date(const char *text, size_t len);

#endif
