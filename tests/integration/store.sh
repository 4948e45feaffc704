#!/usr/bin/env bash
# The persistent store: load, query, stats, load again (unchanged), a changed
# article (replaced), remove, a load killed with SIGKILL, and bad usage.
set -u
: "${NEWSGRAPH:?set NEWSGRAPH to the built binary}"
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
T=$(mktemp -d)
bgpid= feeder=
cleanup() { [ -n "$bgpid" ] && kill -9 "$bgpid" 2>/dev/null; [ -n "$feeder" ] && kill "$feeder" 2>/dev/null; rm -rf "$T"; }
trap cleanup EXIT
. "$top_srcdir/tests/integration/lib.sh"
rc_is() { [ "$1" -eq "$2" ]; }
A="$top_srcdir/examples/articles"
S="$T/store"
NGP='PREFIX ng: <https://w3id.org/newsgraph/ns#> PREFIX dcterms: <http://purl.org/dc/terms/>'
A01=https://w3id.org/newsgraph/id/doc-f35e4b85221fdc82
q() { "$NEWSGRAPH" query -r tsv "$@"; }
stat_of() { "$NEWSGRAPH" stats "$1" | awk -v k="$2" '$0 ~ "^"k" " {print $NF}'; }

# the reference: what extract writes
"$NEWSGRAPH" extract -q -f nquads -o "$T/ex.nq" "$A"
sort -u "$T/ex.nq" > "$T/ex.sorted"
nquads=$(wc -l < "$T/ex.sorted")

# ---- load
"$NEWSGRAPH" load "$S" "$A" > "$T/out" 2> "$T/err"
rc=$?
check "load exits 0" rc_is $rc 0
check "load summary" grep -qx 'loaded 10 articles (0 unchanged, 0 replaced, 0 failed), [0-9]* statements' "$T/out"
cat "$T/out" "$T/err" | head -5
check "the store is a directory with its marker" test -f "$S/newsgraph-store"

# ---- query: a SELECT on ng:Country with exact rows
q "$S" "$NGP SELECT ?iso WHERE { ?c ng:mentionedIn <$A01> . ?c a ng:Country ; ng:isoCode ?iso } ORDER BY ?iso" > "$T/q1"
printf '?iso\n"CL"\n"NO"\n"PE"\n' > "$T/q1.want"
check "countries of a01 from the store: CL NO PE" cmp -s "$T/q1" "$T/q1.want"
q "$S" "$NGP SELECT DISTINCT ?iso WHERE { ?c a ng:Country ; ng:isoCode ?iso } ORDER BY ?iso" > "$T/q2"
q "$T/ex.nq" "$NGP SELECT DISTINCT ?iso WHERE { ?c a ng:Country ; ng:isoCode ?iso } ORDER BY ?iso" > "$T/q2.file"
check "all countries: the store answers as the graph file ($(($(wc -l < "$T/q2") - 1)) rows)" cmp -s "$T/q2" "$T/q2.file"
check "35 countries" test "$(wc -l < "$T/q2")" -eq 36
# GRAPH ?g names the documents
q "$S" "$NGP SELECT ?g ?id WHERE { GRAPH ?g { ?g a ng:Document ; dcterms:identifier ?id } } ORDER BY ?id" > "$T/q3"
check "GRAPH ?g: 10 documents, each its own graph" test "$(tail -n +2 "$T/q3" | cut -f1 | sort -u | wc -l)" -eq 10
check "GRAPH ?g: a01 is named by its IRI" grep -qx "<$A01>	\"a01_peru_joins_pact.txt\"" "$T/q3"
"$NEWSGRAPH" query -r json "$S" "ASK { GRAPH <$A01> { <$A01> ?p ?o } }" > "$T/ask"
check "ASK in JSON on a store" grep -q '"boolean": true' "$T/ask"
q "$S" 'SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }' > "$T/all"
check "the named graphs hold exactly extract's named-graph quads" \
  test "$(tail -n +2 "$T/all" | wc -l)" -eq "$(grep -c ' <https://w3id.org/newsgraph/id/doc-[0-9a-f]*> \.$' "$T/ex.sorted")"
"$NEWSGRAPH" query "$S" 'SELECT ?a WHERE { ?a <http://x/p>/<http://x/q> ?b }' > /dev/null 2> "$T/err"
check "property paths are refused on a store too (exit 1)" rc_is $? 1

# ---- stats
check "stats: 10 articles" test "$(stat_of "$S" articles)" = 10
triples=$(stat_of "$S" triples)
check "stats: triples = distinct quads of extract ($triples = $nquads)" test "$triples" = "$nquads"
check "stats: 35 countries" test "$(stat_of "$S" '  ng:Country')" = 35

# ---- load again: nothing changes
"$NEWSGRAPH" load "$S" "$A" > "$T/out" 2>&1
check "reload exits 0" rc_is $? 0
check "reload: all unchanged" grep -qx 'loaded 10 articles (10 unchanged, 0 replaced, 0 failed), 0 statements' "$T/out"
check "reload: same triple count" test "$(stat_of "$S" triples)" = "$triples"
check "one generation on disk" test "$(ls -d "$S"/gen-* | wc -l)" -eq 1

# ---- a changed article replaces its graph
mkdir -p "$T/mod"
cp "$A/a01_peru_joins_pact.txt" "$T/mod/"
printf '\nEcuador said on Wednesday that it would study the pact.\n' >> "$T/mod/a01_peru_joins_pact.txt"
"$NEWSGRAPH" load "$S" "$T/mod" > "$T/out" 2>&1
check "changed article: exit 0" rc_is $? 0
check "changed article: replaced" grep -qx 'loaded 1 article (0 unchanged, 1 replaced, 0 failed), [0-9]* statements' "$T/out"
new=$(q "$S" "$NGP SELECT ?d WHERE { ?d dcterms:identifier \"a01_peru_joins_pact.txt\" }" | tail -n +2)
check "one document for a01, with a new IRI" test "$(echo "$new" | wc -l)" -eq 1 -a "$new" != "<$A01>"
q "$S" "$NGP SELECT ?iso WHERE { ?c ng:mentionedIn $new . ?c a ng:Country ; ng:isoCode ?iso } ORDER BY ?iso" > "$T/q4"
printf '?iso\n"CL"\n"EC"\n"NO"\n"PE"\n' > "$T/q4.want"
check "the new country is mentioned: CL EC NO PE" cmp -s "$T/q4" "$T/q4.want"
# (rasqal answers ASK { GRAPH <g> { ?s ?p ?o } } with true for any <g>: ask without GRAPH)
check "the old graph is gone" test "$(q "$S" "$NGP SELECT ?x WHERE { { <$A01> ?p ?x } UNION { ?x ng:mentionedIn <$A01> } }" | wc -l)" -eq 1
check "still 10 articles" test "$(stat_of "$S" articles)" = 10
q "$S" "$NGP SELECT ?d ?id WHERE { ?d dcterms:identifier ?id }" | tail -n +2 | cut -f2 | sort | uniq -d > "$T/dups"
check "no duplicate identifiers" test ! -s "$T/dups"

# ---- remove
"$NEWSGRAPH" remove "$S" a01_peru_joins_pact.txt > "$T/out" 2>&1
check "remove exits 0" rc_is $? 0
check "remove says so" grep -qx 'removed a01_peru_joins_pact.txt (1 graph)' "$T/out"
check "its graph is gone" test "$(q "$S" "$NGP SELECT ?x WHERE { { $new ?p ?x } UNION { ?x ng:mentionedIn $new } }" | wc -l)" -eq 1
check "9 articles left" test "$(stat_of "$S" articles)" = 9
q "$S" "$NGP SELECT ?g ?id WHERE { GRAPH ?g { ?g a ng:Document ; dcterms:identifier ?id } } ORDER BY ?id" > "$T/q5"
grep -v a01_peru "$T/q3" > "$T/q5.want"
check "the other articles are intact" cmp -s "$T/q5" "$T/q5.want"
left=$(q "$S" 'SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }' | tail -n +2 | wc -l)
a01q=$(grep -c " <$A01> \.$" "$T/ex.sorted")
check "named-graph quads: all but a01's ($left)" test "$left" -eq $(( $(tail -n +2 "$T/all" | wc -l) - a01q ))
"$NEWSGRAPH" remove "$S" a01_peru_joins_pact.txt > "$T/out" 2> "$T/err"
check "removing it again: exit 1" rc_is $? 1
check "... with a message naming it" grep -q "no article 'a01_peru_joins_pact.txt'" "$T/err"
doc2=$(sed -n 2p "$T/q5" | cut -f1 | tr -d '<>')
"$NEWSGRAPH" remove -q "$S" "$doc2"
check "remove by document IRI" test $? -eq 0 -a "$(stat_of "$S" articles)" = 8
"$NEWSGRAPH" load -q "$S" "$A"
check "loading the examples again restores 10 articles" test $? -eq 0 -a "$(stat_of "$S" articles)" = 10

# ---- a killed load (kept small: loading again must finish it within the test)
# Deterministic on any machine speed: after the first 5/6 of the articles come
# named pipes, which the load opens in turn and blocks on until the test
# writes an article into them.  The test feeds them one by one until the
# store publishes a checkpoint, then writes half an article into the next
# pipe (the load is mid-article, with articles since the checkpoint in its
# working copy) and kills it with SIGKILL.
mkdir -p "$T/big" "$T/late"
ncopies=24 # (4 under valgrind, which runs some 30 times slower)
[ -n "${NG_UNDER_VALGRIND:-}" ] && ncopies=4
for i in $(seq 1 "$ncopies"); do
  for f in "$A"/*.txt; do
    b=$(basename "$f" .txt)
    { cat "$f"; printf '\nFiled as copy %d.\n' "$i"; } > "$T/big/${b}_$i.txt"
  done
done
nlate=60
for i in $(seq 1 $nlate); do mkfifo "$T/late/late_$i.txt"; done
late_text() { cat "$A/$(ls "$A" | grep '\.txt$' | head -1)"; printf '\nFiled late, copy %d.\n' "$1"; }
# write article N into its pipe; gives up after 60 s if no load opens it
feed_one() { late_text "$1" > "$T/late_src"; timeout 60 sh -c 'cat "$1" > "$2"' _ "$T/late_src" "$T/late/late_$1.txt"; }
ls "$T/big" | sort | sed "s|^|$T/big/|" > "$T/biglist"
nfirst=$(($(wc -l < "$T/biglist") * 5 / 6))
head -n "$nfirst" "$T/biglist" > "$T/kargs"
for i in $(seq 1 $nlate); do echo "$T/late/late_$i.txt" >> "$T/kargs"; done
tail -n +$((nfirst + 1)) "$T/biglist" >> "$T/kargs"
nbig=$(wc -l < "$T/kargs")
# feed every pipe in order (for a run that reads them all)
feed_late() { for i in $(seq 1 $nlate); do feed_one "$i" || return 1; done; }
K="$T/kstore"
"$NEWSGRAPH" load -q "$K" --files-from "$T/kargs" > /dev/null 2> "$T/kerr" &
bgpid=$!
fed=0 published=no
while [ $fed -lt $((nlate - 1)) ]; do
  fed=$((fed + 1))
  feed_one $fed || break
  for _ in $(seq 1 10); do
    cur=$(readlink "$K/current" 2>/dev/null)
    [ -n "$cur" ] && [ "$cur" != gen-000001 ] && published=yes && break
    sleep 0.1
  done
  [ $published = yes ] && break
done
check "the load published a checkpoint (after $fed of $nlate pipes)" test $published = yes
# half an article into the next pipe, its writer kept open (read-write: the
# open does not wait for the load): the load is reading it when it is killed
exec 3<> "$T/late/late_$((fed + 1)).txt"
late_text $((fed + 1)) | head -c 300 >&3
sleep 0.3
kill -9 "$bgpid" 2>/dev/null
check "the load was killed while running" test $? -eq 0
wait "$bgpid" 2>/dev/null
bgpid= feeder=
exec 3>&-
cat "$T/kerr" | head -3
"$NEWSGRAPH" stats "$K" > "$T/kstats" 2> "$T/err"
check "after kill -9 the store opens" rc_is $? 0
cat "$T/err" | head -3
nk=$(awk '/^articles /{print $2}' "$T/kstats")
echo "     killed after $nk of $nbig articles"
check "some articles were published before the kill, not all" test "${nk:-0}" -gt 0 -a "${nk:-0}" -lt "$nbig"
nid=$(q "$K" "$NGP SELECT DISTINCT ?d WHERE { ?d a ng:Document ; dcterms:identifier ?id ; ng:sha256 ?h }" | tail -n +2 | wc -l)
nment=$(q "$K" "$NGP SELECT DISTINCT ?d WHERE { ?d a ng:Document . ?x ng:mentionedIn ?d }" | tail -n +2 | wc -l)
check "every article present has its identifier and sha256 ($nid = $nk)" test "$nid" = "$nk"
check "every article present has its mentions ($nment = $nk)" test "$nment" = "$nk"
# every graph present is complete: equal to extract's quads for that graph
q "$K" 'SELECT ?g WHERE { GRAPH ?g { ?g a <https://w3id.org/newsgraph/ns#Document> } }' | tail -n +2 | tr -d '<>' > "$T/kdocs"
feed_late & feeder=$!
"$NEWSGRAPH" extract -q -f nquads -o "$T/big.nq" --files-from "$T/kargs"
wait $feeder
q "$K" 'SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g' | tail -n +2 |
  sed 's/^<\([^>]*\)>\t"\{0,1\}\([0-9]*\).*/\1 \2/' | sort > "$T/kcounts"
sort -u "$T/big.nq" | sed -n 's/.* <\(https:\/\/w3id\.org\/newsgraph\/id\/doc-[0-9a-f]*\)> \.$/\1/p' | sort | uniq -c |
  awk '{print $2, $1}' | sort > "$T/bigcounts"
join "$T/kcounts" "$T/bigcounts" | awk '$2 != $3' > "$T/incomplete"
check "every graph present has all its quads ($(wc -l < "$T/kcounts") graphs)" test ! -s "$T/incomplete" -a "$(join "$T/kcounts" "$T/bigcounts" | wc -l)" -eq "$nk"
head -3 "$T/incomplete"
feed_late & feeder=$!
"$NEWSGRAPH" load "$K" --files-from "$T/kargs" > "$T/out" 2>&1
check "loading again completes (exit 0)" rc_is $? 0
wait $feeder
check "... the published ones unchanged" grep -qx "loaded $nbig articles ($nk unchanged, 0 replaced, 0 failed), [0-9]* statements" "$T/out"
cat "$T/out" | tail -1
check "... all $nbig articles present" test "$(stat_of "$K" articles)" = "$nbig"
# the shared entity descriptions (default graph) of the articles published
# before the kill were published with them: nothing is missing or doubled
bigq=$(sort -u "$T/big.nq" | wc -l)
check "... triples = distinct quads of extract, default graph included ($bigq)" test "$(stat_of "$K" triples)" = "$bigq"
check "... the stale working copy is gone" test "$(ls -d "$K"/gen-* | wc -l)" -eq 1

# ---- bad usage and errors
"$NEWSGRAPH" load > /dev/null 2>&1;                 check "load without arguments: exit 2" rc_is $? 2
"$NEWSGRAPH" load "$T/s2" > /dev/null 2>&1;         check "load without inputs: exit 2" rc_is $? 2
"$NEWSGRAPH" load --bogus "$T/s2" "$A" > /dev/null 2>&1; check "load --bogus: exit 2" rc_is $? 2
check "... and created nothing" test ! -e "$T/s2"
"$NEWSGRAPH" remove "$S" > /dev/null 2>&1;          check "remove without a document: exit 2" rc_is $? 2
"$NEWSGRAPH" remove > /dev/null 2>&1;               check "remove without arguments: exit 2" rc_is $? 2
"$NEWSGRAPH" stats "$S" extra > /dev/null 2>&1;     check "stats with two arguments: exit 2" rc_is $? 2
"$NEWSGRAPH" load --help | grep -q 'Usage: newsgraph load';   check "load --help" rc_is $? 0
"$NEWSGRAPH" remove --help | grep -q 'Usage: newsgraph remove'; check "remove --help" rc_is $? 0
mkdir -p "$T/notastore" && touch "$T/notastore/x"
"$NEWSGRAPH" query "$T/notastore" 'ASK {}' > /dev/null 2> "$T/err"
check "query on a plain directory: exit 1" rc_is $? 1
check "... saying it is not a store" grep -q "not a newsgraph store" "$T/err"
"$NEWSGRAPH" load "$T/notastore" "$A" > /dev/null 2> "$T/err"
check "load into a non-empty non-store directory: exit 1" rc_is $? 1
check "... naming it" grep -q "$T/notastore" "$T/err"
"$NEWSGRAPH" load "$T/notastore/x" "$A" > /dev/null 2>&1
check "load into a file: exit 1" rc_is $? 1
"$NEWSGRAPH" remove "$T/notastore" a.txt > /dev/null 2>&1
check "remove on a non-store: exit 1" rc_is $? 1
"$NEWSGRAPH" stats "$T/missing" > /dev/null 2>&1
check "stats on a missing path: exit 1" rc_is $? 1
"$NEWSGRAPH" load "$T/s3" "$A" "$T/does-not-exist.txt" > "$T/out" 2> "$T/err"
check "a missing input: exit 1" rc_is $? 1
check "... the others loaded" grep -qx 'loaded 11 articles (0 unchanged, 0 replaced, 1 failed), [0-9]* statements' "$T/out"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
