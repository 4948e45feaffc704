#!/usr/bin/env bash
# scaleout.sh - the README's scale-out recipe, run for real on one machine:
# newsgraph as the map step of an existing engine, the union of the pieces
# as the reduce step.
#   1. Hadoop Streaming / Spark RDD.pipe(): each mapper gets a list of input
#      paths on standard input (extract --files-from -) and writes N-Quads
#      lines on standard output; the reducer is `sort -u`.
#   2. GNU parallel: batches of files on as many processes (and, with
#      --sshlogin, machines) as wanted, outputs concatenated.
# Both must give exactly the set of N-Quads of one run over the whole corpus.
# Also: --files-from errors name the list and line.
set -u
: "${NEWSGRAPH:?set NEWSGRAPH to the built binary}"
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
T=$(mktemp -d "${TMPDIR:-/tmp}/ng-scaleout.XXXXXX") || exit 1
trap 'rm -rf "$T"' EXIT
export LC_ALL=C
pass=0 fail=0 skipped=0
. "$top_srcdir/tests/integration/lib.sh"

# the corpus: the bundled examples and the held-out articles
mkdir -p "$T/corpus"
cp "$top_srcdir"/examples/articles/*.txt "$top_srcdir"/examples/articles/*.html \
  "$top_srcdir"/tests/data/heldout/*.txt "$top_srcdir"/tests/data/heldout/*.html "$T/corpus/"
n_files=$(find "$T/corpus" -type f | wc -l)
"$NEWSGRAPH" extract -q -f nquads -o "$T/all.nq" "$T/corpus"
sort -u "$T/all.nq" >"$T/one"
check "the corpus ($n_files files) yields quads" test "$(wc -l <"$T/one")" -gt 1000

# ---- 1. Hadoop Streaming / Spark pipe: file lists on stdin, 4 mappers, sort -u
find "$T/corpus" -type f | sort >"$T/files"
mkdir "$T/lists" "$T/mapped"
split -n r/4 "$T/files" "$T/lists/part-"
for l in "$T"/lists/part-*; do
  "$NEWSGRAPH" extract -q -f nquads --files-from - <"$l" >"$T/mapped/${l##*/}.nq" ||
    echo "mapper $l failed"
done
check "4 mappers got every file" test "$(cat "$T"/lists/part-* | wc -l)" -eq "$n_files"
sort -u "$T"/mapped/*.nq >"$T/reduced"
check "Hadoop/Spark-style map + sort -u == one run" cmp -s "$T/one" "$T/reduced"
diff "$T/one" "$T/reduced" | head -5
# a list file and command-line inputs together; CRLF line ends
first=$(head -n 1 "$T/files")
tail -n +2 "$T/files" | sed 's/$/\r/' >"$T/list-crlf"
"$NEWSGRAPH" extract -q -f nquads --files-from "$T/list-crlf" -o "$T/mixed.nq" "$first"
check "--files-from FILE plus an argument (CRLF list) == one run" \
  cmp -s "$T/one" <(sort -u "$T/mixed.nq")

# ---- 2. GNU parallel: batches of 5 files on 2 processes
if command -v parallel >/dev/null 2>&1; then
  parallel --will-cite -j 2 -n 5 "$NEWSGRAPH" extract -q -f nquads {} <"$T/files" >"$T/par.nq"
  check "GNU parallel, 2 processes, batches of 5, concatenated + sort -u == one run" \
    cmp -s "$T/one" <(sort -u "$T/par.nq")
else
  skipped=$((skipped + 1))
  echo "SKIP GNU parallel is not installed (apt-get install parallel)"
fi

# ---- --files-from errors
"$NEWSGRAPH" extract -q -f nquads --files-from "$T/no-such-list" >/dev/null 2>"$T/err"
rc=$?
check "a missing list: exit 1" test "$rc" -eq 1
check "a missing list: named" grep -qxF \
  "newsgraph: $T/no-such-list: error: cannot open the file list: No such file or directory" "$T/err"
{
  echo "$first"
  head -c 5000 /dev/zero | tr '\0' a
  echo
} >"$T/long-list"
"$NEWSGRAPH" extract -q -f nquads --files-from "$T/long-list" >/dev/null 2>"$T/err"
rc=$?
check "an overlong line: exit 1" test "$rc" -eq 1
check "an overlong line: list and line named" grep -qxF \
  "newsgraph: $T/long-list:2: error: line longer than 4096 bytes: not a file path" "$T/err"
printf '%s\n%s\n' "$T/corpus/missing.txt" "$first" | "$NEWSGRAPH" extract -q -f nquads --files-from - >"$T/out" 2>"$T/err"
rc=$?
check "a listed file that is missing: exit 1" test "$rc" -eq 1
check "a listed file that is missing: the others still written" \
  test "$(grep -c 'ns#Document>' "$T/out")" -eq 1
echo x | "$NEWSGRAPH" extract -q --files-from - - >/dev/null 2>"$T/err"
rc=$?
check "--files-from - with the input -: exit 1" test "$rc" -eq 1
check "--files-from - with the input -: said" grep -qxF \
  "newsgraph: error: --files-from - and the input - both want standard input: give one of them" "$T/err"

echo "$pass passed, $fail failed, $skipped skipped"
[ "$fail" -eq 0 ]
