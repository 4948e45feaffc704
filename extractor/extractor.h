/* extractor.h - from article bytes to facts.
 *
 *   bytes --(ng_doc_from_text / ng_doc_from_html)--> ng_doc (cleaned text)
 *   ng_doc --(ng_tokenize)--> tokens and sentences with code-point offsets
 *   ng_doc + lexicon --(ng_extract)--> ng_facts (entities, posts, events)
 *
 * All offsets called "cp" are Unicode code points into ng_doc.text, the
 * cleaned text that mentions point into; "b" offsets are bytes into it.
 */
#ifndef NG_EXTRACTOR_H
#define NG_EXTRACTOR_H

#include "common/ng.h"
#include "ontology/ontology.h"

/* ------------------------------------------------------------------ dates */
typedef struct {
  int y, m, d; /* y == 0: unknown */
} ng_date;

/* Writes "YYYY-MM-DD" (or "" when unknown) into OUT. */
void ng_date_format(ng_date d, char out[11]);
/* Day of week 0=Monday..6=Sunday (d must be known). */
int ng_date_weekday(ng_date d);
ng_date ng_date_add_days(ng_date d, int days);
bool ng_date_valid(ng_date d);
/* Parses an absolute date at the start of S: "2015-09-27", "2015-09-27T21:00Z",
 * "September 27, 2015", "Sept. 27, 2015", "27 September 2015", "Sep 27 2015".
 * Returns bytes consumed (0 if no date).  Month-day without a year ("Sept. 15")
 * is accepted only when YEAR_HINT > 0, which then supplies the year. */
size_t ng_date_parse(const char *s, size_t len, int year_hint, ng_date *out);
/* Month number 1..12 for an English month name or abbreviation (with or
 * without a trailing '.'), 0 otherwise. */
int ng_month_from_name(const char *s, size_t len);
/* Weekday 0..6 (Monday=0) for an English day name, -1 otherwise. */
int ng_weekday_from_name(const char *s, size_t len);

/* ------------------------------------------------------------------ documents */
typedef struct ng_doc {
  char *path;        /* as given on the command line, or "-" (owned) */
  char *identifier;  /* base name of the file, "stdin" for - (owned) */
  char sha256[65];   /* hex SHA-256 of the input bytes */
  char *text;        /* cleaned UTF-8 text, NUL-terminated (owned) */
  size_t len;        /* bytes in text */
  char *title;       /* headline, or NULL (owned) */
  char *author;      /* byline name, or NULL (owned) */
  char *coauthors;   /* further byline names, one per line, or NULL (owned) */
  ng_date published; /* y == 0 when unknown */
  size_t title_b;    /* byte range of the headline inside text (title_e == 0: none) */
  size_t title_e;
  unsigned warnings; /* number of warnings issued while reading */
} ng_doc;

typedef struct {
  bool strict;       /* invalid UTF-8 is an error instead of a warning */
  ng_date fallback_date; /* --date: used when the input states none */
} ng_read_opts;

/* Builds a document from plain-text bytes (not NUL-terminated; copied).
 * Validates UTF-8 (invalid sequences replaced by U+FFFD with a warning naming
 * PATH:LINE:COL, or NG_ERR_INPUT when strict), removes site boilerplate,
 * finds headline, byline and date line.  On success *OUT is a new document
 * (free with ng_doc_free).  Errors are logged with the path. */
ng_status ng_doc_from_text(const char *path, const char *bytes, size_t len,
                           const ng_read_opts *opts, ng_doc **out);
/* Same for HTML, parsed with libxml2's HTML parser. */
ng_status ng_doc_from_html(const char *path, const char *bytes, size_t len,
                           const ng_read_opts *opts, ng_doc **out);
/* Chooses text or HTML by extension (.html/.htm) or, for stdin, by sniffing. */
ng_status ng_doc_from_bytes(const char *path, const char *bytes, size_t len,
                            const ng_read_opts *opts, ng_doc **out);
void ng_doc_free(ng_doc *doc);

/* ------------------------------------------------------------------ inputs */
/* Expands command-line INPUTS (files, directories read recursively for
 * *.txt *.text *.html *.htm in byte-wise sorted order, "-" for stdin) and
 * calls FN for each file with its full contents.  Unreadable inputs are
 * logged (naming the file) and counted in *N_FAILED; processing continues.
 * Stops early only if FN returns a status > NG_ERR_INPUT (e.g. an output
 * error), which is then returned. */
/* The largest input read: a news article is some kilobytes; extraction
 * needs about 15 times the text's size in memory, so 64 MiB keeps one
 * article under ~1 GiB even on one line. */
#define NG_MAX_INPUT_BYTES ((size_t)64 * 1024 * 1024)
/* A text longer than 1.5 times this (a long feature is some tens of KiB, a
 * full transcript a few hundred) is no one article: ng_extract reads it in
 * parts of about this size, cut at blank lines, and merges what the parts
 * name alike.  Some rules compare every person or post of a text with
 * every other, so that a 3 MB list of 100,000 officials took a minute and
 * 64 MiB would take hours; in parts it takes time in proportion to its
 * size.  (Names are not followed from one part into the next.) */
#define NG_PART_BYTES ((size_t)256 * 1024)
typedef ng_status (*ng_input_fn)(const char *path, const char *bytes, size_t len, void *ctx);
ng_status ng_inputs_each(char *const *inputs, size_t n_inputs, ng_input_fn fn, void *ctx,
                         size_t *n_failed);
/* ng_inputs_each whose FN takes each file's contents over (BYTES, LEN bytes
 * and a NUL; FN frees them, with free(), whatever it returns): for a
 * consumer that keeps them, as extract -j N does, without a copy. */
typedef ng_status (*ng_input_take_fn)(const char *path, char *bytes, size_t len, void *ctx);
ng_status ng_inputs_each_take(char *const *inputs, size_t n_inputs, ng_input_take_fn fn,
                              void *ctx, size_t *n_failed);

/* ------------------------------------------------------------------ tokens */
typedef enum {
  NG_TOK_WORD,   /* letters/digits, may contain internal . ' - (U.S., al-Hakim, don't) */
  NG_TOK_NUM,    /* starts with a digit: 3,500  2015  $20bn */
  NG_TOK_PUNCT,  /* any other single character: , . ; : ( ) - — ? ! */
  NG_TOK_QUOTE   /* a quotation mark, see ng_token.quote */
} ng_tok_type;

enum { /* ng_token.flags */
  NG_TF_CAP = 1,        /* first letter upper case */
  NG_TF_ALLCAPS = 2,    /* all letters upper case (and >= 2 letters) */
  NG_TF_SENT_START = 4, /* first token of its sentence */
  NG_TF_PARA_START = 8, /* first token of its paragraph (after a blank line or line start) */
  NG_TF_SPACE_BEFORE = 16, /* whitespace precedes the token */
  NG_TF_LINE_START = 32    /* first token on its line */
};
typedef enum { NG_Q_NONE, NG_Q_OPEN, NG_Q_CLOSE, NG_Q_AMBIG } ng_quote_dir;

typedef struct {
  uint32_t b, e;   /* byte range in doc text */
  uint32_t cb, ce; /* code-point range */
  uint8_t type;    /* ng_tok_type */
  uint8_t quote;   /* ng_quote_dir for NG_TOK_QUOTE: “ open, ” close, " ambiguous */
  uint8_t single;  /* 1 for single quotation marks ‘ ’ ' */
  uint16_t flags;
  uint32_t sent;   /* sentence index */
  uint32_t para;   /* paragraph index */
} ng_token;

typedef struct {
  uint32_t first, end; /* token range [first, end) */
  uint32_t para;
} ng_sentence;

typedef struct {
  ng_token *tok;
  size_t n, cap;
  ng_sentence *sent;
  size_t n_sent, sent_cap;
} ng_tokens;

/* Tokenizes TEXT (LEN bytes of valid UTF-8) and splits sentences, knowing
 * abbreviations (U.S., Mr., Dr., Gen., Sept., ...) and quotations.  Paragraphs
 * are separated by newlines.  OUT must be zero-initialised or previously used;
 * its arrays are reused. */
void ng_tokenize(const char *text, size_t len, ng_tokens *out);
void ng_tokens_free(ng_tokens *t); /* frees the arrays, not t */

/* ------------------------------------------------------------------ facts */
typedef enum {
  NG_ENT_COUNTRY, NG_ENT_PERSON, NG_ENT_ORG, NG_ENT_PLACE
} ng_ent_kind;

typedef struct {
  uint32_t cb, ce; /* code points */
  uint32_t b, e;   /* bytes */
} ng_span;

typedef struct {
  ng_ent_kind kind;
  ng_org_class org_class;  /* for NG_ENT_ORG */
  char *key;        /* canonical key: ISO code for countries, slug otherwise (owned) */
  char *label;      /* canonical English label (owned) */
  char **alt;       /* other surface forms seen (owned), n_alt of them */
  size_t n_alt;
  char *country;    /* ISO code the org/place belongs to, or NULL (owned) */
  bool official;    /* person holds a post */
  ng_span *mentions;
  size_t n_mentions;
} ng_entity;

typedef struct {
  int person;       /* entity index */
  char *title;      /* normalized title, e.g. "Foreign Minister" (owned) */
  int of;           /* entity index of the country or organization, -1 unknown */
} ng_post;

typedef enum {
  NG_EV_AGREEMENT, NG_EV_AIRSPACE, NG_EV_MEETING, NG_EV_STATEMENT,
  NG_EV_ARMS, NG_EV_DEPLOYMENT
} ng_ev_kind;

typedef enum {
  NG_ROLE_PARTY, NG_ROLE_ANNOUNCED_BY, NG_ROLE_AGAINST,
  NG_ROLE_GRANTOR, NG_ROLE_GRANTEE, NG_ROLE_REQUESTED_BY, NG_ROLE_DESTINATION,
  NG_ROLE_PARTICIPANT, NG_ROLE_SPEAKER, NG_ROLE_BUYER, NG_ROLE_SELLER,
  NG_ROLE_ACTOR, NG_ROLE_LOCATION
} ng_role;

typedef struct {
  ng_role role;
  int ent;          /* entity index */
} ng_arg;

typedef struct {
  ng_ev_kind kind;
  const char *subtype; /* static ng: local name: agreement type ("IntelligenceSharing"),
                          airspace status ("Granted"), meeting status ("Held"/"Planned"),
                          or NULL */
  ng_arg *args;
  size_t n_args;
  char *quote;      /* statements: the quoted words (owned) */
  char *item;       /* arms transfers: what is transferred, or NULL (owned) */
  ng_date date;
  double confidence;
  ng_span *mentions; /* supporting sentence/clause spans */
  size_t n_mentions;
} ng_event;

typedef struct {
  int member;       /* entity index of the member (a country or organization) */
  int group;        /* entity index of the coalition or organization */
} ng_membership;

typedef struct {
  ng_entity *ent; size_t n_ent, cap_ent;
  ng_post *post;  size_t n_post, cap_post;
  ng_event *ev;   size_t n_ev, cap_ev;
  ng_membership *member; size_t n_member, cap_member; /* "X, a member of the Y coalition" */
} ng_facts;

void ng_facts_init(ng_facts *f);
void ng_facts_clear(ng_facts *f);  /* frees contents, keeps f usable */

/* Canonical person key and label for a surface name ("Sergey V Volkov",
 * "Bashar al-Hakim"): ASCII-folded, middle initials and particles dropped,
 * transliteration variants folded via the lexicon.  KEY gets a slug
 * ("sergei-volkov"), LABEL the display form ("Sergei Volkov"). */
void ng_person_canon(const ng_lexicon *lex, const char *name, size_t len,
                     ng_buf *key, ng_buf *label);

/* Runs recognition and event extraction over DOC, appending to OUT. */
ng_status ng_extract(const ng_lexicon *lex, const ng_doc *doc, ng_facts *out);

#endif
