/* ontology.h - the general knowledge newsgraph reads: countries, demonyms,
 * capitals, cities, organizations, titles, trigger words and name variants.
 *
 * The knowledge lives in TSV files under ontology/data/ (see
 * ontology/data/README.md for each format).  They are compiled into the
 * program, so it needs no installed data; NEWSGRAPH_DATA=DIR (or
 * ng_lexicon_load with a directory) reads a user's edited copy instead.
 */
#ifndef NG_ONTOLOGY_H
#define NG_ONTOLOGY_H

#include "common/ng.h"

typedef enum {
  NG_LEX_COUNTRY,  /* a country name; key = ISO 3166-1 alpha-2 */
  NG_LEX_DEMONYM,  /* adjective/demonym ("Peruvian"); key = ISO code */
  NG_LEX_CAPITAL,  /* capital city, usable as metonym for the government; key = ISO */
  NG_LEX_CITY,     /* other city/region, or a territory (territories.tsv); key = ISO
                    * code of its country or territory, country = the state's, NULL if none */
  NG_LEX_ORG,      /* organization; key = org key */
  NG_LEX_TITLE,    /* post title; key = normalized title */
  NG_LEX_TRIGGER,  /* event trigger; key = event kind, sub = subtype */
  NG_LEX_NAMEVAR,  /* first-name transliteration variant; label = canonical form */
  NG_LEX_NONNAME,  /* capitalized word that is never part of a person name */
  NG_LEX_KIND_COUNT
} ng_lex_kind;

typedef enum {
  NG_ORG_GENERIC, NG_ORG_GOV, NG_ORG_ARMED, NG_ORG_INTL, NG_ORG_MEDIA, NG_ORG_COALITION
} ng_org_class;

typedef struct ng_lex_entry {
  ng_lex_kind kind;
  /* 1 << kind of this entry and of those after it (see next): whether a
   * chain has an entry of some kind, without walking it */
  uint16_t kinds;
  const char *key;     /* see ng_lex_kind */
  const char *label;   /* canonical English label (countries, orgs, cities, titles) */
  const char *country; /* ISO code the entry belongs to, or NULL */
  const char *sub;     /* org: class name; title: scope; trigger: subtype; or NULL */
  const char *extra;   /* country: Wikidata QID; trigger: argument hint; or NULL */
  ng_org_class org_class;
  const struct ng_lex_entry *next; /* next entry for the same phrase */
} ng_lex_entry;

typedef struct ng_lexicon ng_lexicon;

/* Loads the lexicon from DIR, or from the compiled-in data when DIR is NULL.
 * Errors name the file and line.  Free with ng_lexicon_free. */
ng_status ng_lexicon_load(const char *dir, ng_lexicon **out);
/* The process-wide default: NEWSGRAPH_DATA if set, else compiled-in data.
 * Loaded once; never freed (returns NULL and logs on error). */
const ng_lexicon *ng_lexicon_default(void);
void ng_lexicon_free(ng_lexicon *lex);

/* Entries for PHRASE (tokens joined by single spaces), exact case first; if
 * none, entries of case-insensitive kinds (titles, triggers) for its lower
 * case form.  Returns the first entry of a chain (see ->next) or NULL. */
const ng_lex_entry *ng_lexicon_lookup(const ng_lexicon *lex, const char *phrase, size_t len);
/* Whether some entry's phrase starts with the words PHRASE followed by a
 * space (exact case, or lower case), so a matcher can stop extending early. */
bool ng_lexicon_is_prefix(const ng_lexicon *lex, const char *phrase, size_t len);
/* The three questions about one word at once, as the extractor asks them of
 * every token: *EXACT = ng_lexicon_lookup(S), *LOWER = ng_lexicon_lookup of
 * S in ASCII lower case, *PREFIX = ng_lexicon_is_prefix(S). */
void ng_lexicon_word(const ng_lexicon *lex, const char *s, size_t len, const ng_lex_entry **exact,
                     const ng_lex_entry **lower, bool *prefix);
/* Longest phrase, in tokens, of any entry (bounds phrase matching). */
size_t ng_lexicon_max_tokens(const ng_lexicon *lex);
/* A number, not 0, that no other lexicon loaded by this process has; 0 for
 * NULL.  Memos of answers that depend on a lexicon key on it, not on the
 * lexicon's address, which a later lexicon may get. */
uint64_t ng_lexicon_id(const ng_lexicon *lex);
/* The country entry for ISO code (upper case), or NULL. */
const ng_lex_entry *ng_lexicon_country(const ng_lexicon *lex, const char *iso);
/* The organization entry for an org key, or NULL. */
const ng_lex_entry *ng_lexicon_org(const ng_lexicon *lex, const char *key);
/* The second-rank gazetteer (towns.tsv, from GeoNames): the countries of
 * the towns named exactly NAME (LEN bytes), most populous first, as
 * NUL-terminated ISO codes in ISOS (at most MAX); how many.  Not a place of
 * its own: a name here is asked only where a place must be and nothing
 * else is known of it. */
size_t ng_lexicon_towns(const ng_lexicon *lex, const char *name, size_t len, char isos[][3],
                        size_t max);
/* Number of entries of KIND (for tests and stats). */
size_t ng_lexicon_count(const ng_lexicon *lex, ng_lex_kind kind);
/* Class name ("GovernmentBody", ...) for an org class, and the reverse. */
const char *ng_org_class_name(ng_org_class c);
ng_org_class ng_org_class_from_name(const char *name);

#endif
