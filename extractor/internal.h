/* internal.h - private to extractor/: the per-document extraction context
 * shared by entities.c, events.c and quotes.c. */
#ifndef NG_EXTRACTOR_INTERNAL_H
#define NG_EXTRACTOR_INTERNAL_H

#include "extractor/extractor.h"

#include <string.h>
#include <strings.h>

/* What a token span was recognised as. */
typedef enum {
  NG_M_NONE = 0,
  NG_M_COUNTRY,  /* "Peru", "U.S." */
  NG_M_DEMONYM,  /* "Peruvian" (adjective referring to a country) */
  NG_M_PLACE,    /* a city/region/base */
  NG_M_CAPITAL_GOV, /* capital used for its government ("Moscow said") */
  NG_M_ORG,
  NG_M_PERSON,
  NG_M_TITLE     /* a post title, no entity */
} ng_mkind;

typedef struct {
  uint32_t t0, t1;  /* token range [t0, t1) */
  ng_mkind kind;
  int ent;          /* entity index (-1 for titles) */
  int country;      /* entity index of the country it refers to / belongs to, or -1 */
  const char *title;    /* NG_M_TITLE: normalized title */
  const char *scope;    /* NG_M_TITLE: gov/org/honorific/rank */
  bool plural;          /* NG_M_TITLE: "foreign ministers", "officials" */
  bool portfolio;       /* NG_M_TITLE: the span goes on with its portfolio, which
                         * names the post ("commissioner for trade and energy") */
} ng_mention;

enum { /* per-token trigger bits */
  NG_TR_AGREE = 1u << 0, NG_TR_AGREE_TYPE = 1u << 1, NG_TR_NEG = 1u << 2,
  NG_TR_HYPO = 1u << 3, NG_TR_REPORT = 1u << 4, NG_TR_PLANNED = 1u << 5,
  NG_TR_AIRSPACE = 1u << 6, NG_TR_AIR_GRANT = 1u << 7, NG_TR_AIR_DENY = 1u << 8,
  NG_TR_AIR_REQUEST = 1u << 9, NG_TR_AIR_USE = 1u << 10, NG_TR_MEET = 1u << 11,
  NG_TR_SPEECH = 1u << 12, NG_TR_BUY = 1u << 13, NG_TR_SELL = 1u << 14,
  NG_TR_ARMS_ITEM = 1u << 15, NG_TR_DEPLOY = 1u << 16, NG_TR_DEPLOY_WEAK = 1u << 17
};

enum { /* lex1_state bits: the passes look single words up again and again */
  NG_LEX1_LOOKED = 1u << 0, /* lex1, lex1_low and NG_LEX1_PREFIX are set */
  NG_LEX1_PREFIX = 1u << 1  /* the token's text begins a phrase */
};

typedef struct {
  const ng_lexicon *lex;
  const ng_doc *doc;
  ng_facts *f;
  ng_tokens tk;
  ng_mention *m;       /* mentions in token order */
  size_t n_m, cap_m;
  int *tok_m;          /* per token: index into m covering it, or -1 */
  uint32_t *trig;      /* per token: NG_TR_* bits */
  const char **agree_type; /* per token: agreement type named by the token, or NULL */
  uint8_t *nonname;    /* per token: 1 never part of a name, 0 may be, 2 not yet looked up */
  const ng_lex_entry **lex1; /* per token: lexicon chain of its text (see lex1_state) */
  const ng_lex_entry **lex1_low; /* per token: chain of its ASCII lower case */
  uint8_t *lex1_state; /* per token: NG_LEX1_* bits, 0 = nothing looked up yet */
  uint32_t *wclass;    /* per token: word-list classes (entities.c), 0 = not looked up */
  uint8_t *win_stop;   /* per token: where its phrase window stops growing, 0 = not yet */
  uint32_t *win_at;    /* per token: its first slot in win (windows of 2+ tokens) */
  const ng_lex_entry **win; /* per window of 2+ tokens: its chain and its lower case's */
  size_t n_win, cap_win;
  ng_buf name_buf[4];   /* entities.c: person_by_surname's buffers, kept between calls */
  bool report_denied;  /* the document denies a report: what "reports" say is no fact */
  size_t ent_base;     /* first entity index of this document in f */
  size_t ev_base;
} ng_ctx;

/* ---- helpers (entities.c) ---- */

/* Inline (C99 inline; entities.c has the external definitions): the rules
 * compare tokens with string literals hundreds of thousands of times, and
 * inlined the literal's length is a constant, so most calls are a length
 * compare and a fixed-size memcmp. */
inline const char *ng_tok_text(const ng_ctx *c, size_t i, size_t *len) {
  const ng_token *t = &c->tk.tok[i];
  *len = t->e - t->b;
  return c->doc->text + t->b;
}

inline bool ng_tok_is(const ng_ctx *c, size_t i, const char *word) { /* exact */
  if (i >= c->tk.n) return false;
  const ng_token *t = &c->tk.tok[i];
  size_t n = strlen(word);
  return n == t->e - t->b && memcmp(c->doc->text + t->b, word, n) == 0;
}

/* ng_xgrow with room for 4 at the first allocation: an entity's or event's
 * mentions and arguments are a few, and growing 1, 2, 4 cost two reallocs
 * each.  Only for arrays that nothing else grows with ng_xgrow. */
static inline void *ng_grow4(void *p, size_t n, size_t size) {
  if (n < 4) return n ? p : ng_xmalloc(4 * size);
  return ng_xgrow(p, n, size);
}

bool ng_tok_is_ci(const ng_ctx *c, size_t i, const char *word);  /* ASCII case-insensitive */

/* Does headline TITLE name a corrections column ("Corrections and
 * clarifications", "Correction:")?  (A glance at each letter for c first:
 * two strncasecmp at every letter of every headline had cost 1% of a run.) */
static inline bool ng_title_is_corrections(const char *title) {
  for (const char *p = title; p && *p; p++)
    if ((*p | 0x20) == 'c' &&
        (!strncasecmp(p, "correction", 10) || !strncasecmp(p, "clarification", 13)))
      return true;
  return false;
}
/* The document's entity of KIND with KEY, or -1. */
int ng_ent_find(const ng_ctx *c, ng_ent_kind kind, const char *key);
int ng_ent_get(ng_ctx *c, ng_ent_kind kind, const char *key, const char *label,
               const char *country, ng_org_class oc);
void ng_ent_mention(ng_ctx *c, int ent, uint32_t t0, uint32_t t1);
/* ALT (LEN bytes) among entity ENT's other names (ng_entity_alt). */
void ng_ent_alt(ng_ctx *c, int ent, const char *alt, size_t len);
/* ALT (LEN bytes) among E's other names, unless it is its label or one of
 * them already, or it has 16. */
void ng_entity_alt(ng_entity *e, const char *alt, size_t len);
int ng_country_ent(ng_ctx *c, const char *iso);
/* A town of the second-rank gazetteer named by tokens [T0, T1), as the
 * place of an event that must have one ("landed at Nouadhibou"): its Place
 * entity, mentioned there, in the first of its countries that the document
 * names (*COUNTRY that country's entity); -1 if it is no such town or the
 * document names none of its countries. */
int ng_town_place(ng_ctx *c, size_t t0, size_t t1, int *country);
/* Is token I a company's legal form ("Ltd", "GmbH", "B.V.", "d.o.o.")? */
bool ng_legal_form_at(const ng_ctx *c, size_t i);
ng_span ng_tok_span(const ng_ctx *c, uint32_t t0, uint32_t t1);
/* Where a transcript's speaker label ("KEVIN WALTERS, CORRESPONDENT:")
 * opening the sentence [s0, s1) ends: the token after its colon, or S0. */
size_t ng_past_speaker_label(const ng_ctx *c, size_t s0, size_t s1);
/* The country an entity stands for in event roles: countries themselves,
 * government bodies/capitals with a country; -1 otherwise. */
int ng_ent_country_of(const ng_ctx *c, int ent);
/* The country of the document's wire-style dateline ("DHAKA, March 3 -",
 * the last one of its opening paragraphs), when the document names it: its
 * entity, or -1 (entities.c). */
int ng_dateline_country(const ng_ctx *c);

/* True if code point CP is an upper-case letter (names.c). */
bool ng_cp_upper(uint32_t cp);

void ng_recognize_entities(ng_ctx *c);
void ng_extract_events(ng_ctx *c);
/* Gives officials' posts without a country the country of their side of a
 * meeting, else the one country the report is about (entities.c; after the
 * events). */
void ng_posts_by_counterpart(ng_ctx *c);
void ng_extract_quotes(ng_ctx *c);

/* ---- events (facts.c) ---- */
/* Of COUNT, per entity of this document (indexed from ent_base), the entity
 * counted most, SKIP aside (-1 if none counted), with that count in *BEST
 * and the next highest in *SECOND. */
int ng_count_leader(const ng_ctx *c, const size_t *count, int skip, size_t *best,
                    size_t *second);
/* The person the document names most often, if three times or more (an
 * obituary's or a profile's subject, named at the top and "he" after); -1
 * if none. */
int ng_document_subject(const ng_ctx *c);
ng_event *ng_ev_new(ng_ctx *c, ng_ev_kind kind, const char *subtype, double conf);
void ng_ev_arg(ng_event *e, ng_role role, int ent);
bool ng_ev_has_arg(const ng_event *e, ng_role role, int ent);
void ng_ev_span(ng_event *e, ng_span sp);
/* Removes the events of F from FROM on whose DROP[i - FROM] is set (freeing
 * them), keeping the others in order. */
void ng_ev_drop(ng_facts *f, size_t from, const bool *drop);

#endif
