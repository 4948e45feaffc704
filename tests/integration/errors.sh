#!/bin/bash
# errors.sh - bad inputs and bad outputs fail cleanly: the right exit status,
# a message naming the file, the other inputs still processed, and never a
# half-written -o file.
# Env: NEWSGRAPH (the built binary), top_srcdir (the source tree).
set -u
NEWSGRAPH=${NEWSGRAPH:-$PWD/newsgraph}
top_srcdir=${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
T=$(mktemp -d "${TMPDIR:-/tmp}/ng-errors.XXXXXX") || exit 1
trap 'rm -rf "$T"' EXIT
pass=0
fail=0
skipped=0
NS='https://w3id.org/newsgraph/ns#'

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; [ -s "$T/err" ] && sed 's/^/    stderr: /' "$T/err" | head -5; }
skip() { skipped=$((skipped + 1)); echo "SKIP: $*"; }
run() { timeout 300 "$NEWSGRAPH" "$@" >"$T/out" 2>"$T/err"; rc=$?; }
expect_rc() { if [ "$rc" -eq "$1" ]; then ok; else bad "$2: exit $rc, expected $1"; fi; }
expect() { local d=$1; shift; if "$@"; then ok; else bad "$d"; fi; }
expect_err_line() { if grep -qxF -- "$2" "$T/err"; then ok; else bad "$1: no line '$2' in: $(head -3 "$T/err")"; fi; }
no_crash() { # 0 or 1, never a signal, a timeout or a usage error
  if [ "$rc" -eq 0 ] || [ "$rc" -eq 1 ]; then ok; else bad "$1: exit $rc (crash or hang?)"; fi
}
docs_in() { grep -c "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <${NS}Document>" "$1"; }
parses() { # parses FILE SYNTAX
  if command -v rapper >/dev/null 2>&1; then rapper -q -i "$2" -c "$1" >/dev/null 2>&1; else test -s "$1"; fi
}

cat >"$T/good.txt" <<'ART'
Peru grants Norway use of its airspace

LIMA — Peru has granted Norwegian aircraft permission to cross its airspace,
the Peruvian Foreign Ministry said on Sunday.
ART

# ---- a missing file: exit 1, named, the other inputs still written
run extract -f nquads "$T/missing.txt" "$T/good.txt"
expect_rc 1 "missing input"
expect "the missing file is named" grep -q "missing.txt" "$T/err"
expect "the good input is still written" test "$(docs_in "$T/out")" -eq 1
run extract -f nquads --strict -o "$T/strict.nq" "$T/missing.txt" "$T/good.txt"
expect_rc 1 "missing input with --strict"
expect "--strict writes nothing" test ! -e "$T/strict.nq"

# ---- inputs of the wrong kind (chmod does not stop root, so use what does)
ln -s "$T/nowhere.txt" "$T/dangling.txt"
run extract -f nquads "$T/dangling.txt" "$T/good.txt"
expect_rc 1 "dangling symlink"
expect "the dangling symlink is named" grep -q "dangling.txt" "$T/err"
expect "the good input is still written" test "$(docs_in "$T/out")" -eq 1
mkdir "$T/dir"
cp "$T/good.txt" "$T/dir/a.txt"
ln -s "$T/nowhere.txt" "$T/dir/b.txt"
run extract -f nquads "$T/dir"
expect_rc 1 "a directory with a dangling symlink"
expect "the dangling symlink in the directory is named" grep -q "b.txt" "$T/err"
expect "the directory's good file is still written" test "$(docs_in "$T/out")" -eq 1
cp "$T/good.txt" "$T/secret.txt"
chmod 000 "$T/secret.txt"
if [ "$(id -u)" -ne 0 ]; then
  run extract -f nquads "$T/secret.txt" "$T/good.txt"
elif command -v setpriv >/dev/null 2>&1 && id nobody >/dev/null 2>&1; then
  # root reads anything: run as nobody, from a copy nobody can execute
  chmod 755 "$T"
  chmod 644 "$T/good.txt"
  cp "$NEWSGRAPH" "$T/ng-copy" && chmod 755 "$T/ng-copy"
  timeout 300 setpriv --reuid=nobody --regid="$(id -g nobody)" --clear-groups \
    "$T/ng-copy" extract -f nquads "$T/secret.txt" "$T/good.txt" >"$T/out" 2>"$T/err"
  rc=$?
fi
if [ "$(id -u)" -ne 0 ] || [ -e "$T/ng-copy" ]; then
  expect_rc 1 "unreadable file"
  expect_err_line "the unreadable file is named" \
    "newsgraph: $T/secret.txt: error: cannot open: Permission denied; check the path and its permissions"
  expect "... the readable one is still written" test "$(docs_in "$T/out")" -eq 1
else
  skip "unreadable file (root without setpriv)"
fi
chmod 600 "$T/secret.txt"

# ---- empty, binary, invalid UTF-8, malformed HTML
: >"$T/empty.txt"
run extract -f nquads "$T/empty.txt"
no_crash "empty file"
expect "empty file: the output parses" parses "$T/out" nquads
head -c 20000 /dev/urandom >"$T/binary.txt"
run extract -f nquads "$T/binary.txt" "$T/good.txt"
no_crash "binary file"
expect "binary file: the output parses" parses "$T/out" nquads
expect "binary file: the good input is still written" test "$(docs_in "$T/out")" -ge 1
printf 'Peru and Chile \xff\xfe agree \xc3 on security cooperation.\n' >"$T/latin.txt"
run extract -f nquads "$T/latin.txt"
expect_rc 0 "invalid UTF-8 (default: a warning)"
expect "invalid UTF-8: the warning names the file" grep -q "latin.txt" "$T/err"
expect "invalid UTF-8: the output parses" parses "$T/out" nquads
run extract -f nquads --strict -o "$T/latin.nq" "$T/latin.txt"
expect_rc 1 "invalid UTF-8 with --strict"
expect "invalid UTF-8 with --strict: nothing written" test ! -e "$T/latin.nq"
printf '<html><head><title>Peru & Norway</title><body><p>Peru <b>granted <i>Norway</p></div>' >"$T/bad.html"
printf '</span><script>if (a < b) {<p>Chile</script><p>Norway said "no &amp; never &bogus;\n' >>"$T/bad.html"
run extract -f nquads "$T/bad.html"
no_crash "malformed HTML"
expect "malformed HTML: the output parses" parses "$T/out" nquads

# ---- a 100 MB single line: refused at once with a clear message (the limit
# ---- is 64 MiB per article); a 20 MB single line is read in bounded memory
line="Chile and Peru agreed on Monday to share intelligence about smuggling gangs. "
yes "$line" | tr -d '\n' | head -c $((100 * 1024 * 1024)) >"$T/huge.txt"
run extract -f nquads "$T/huge.txt" "$T/good.txt"
expect_rc 1 "a 100 MB single line"
expect "a 100 MB single line: the error" grep -qxF \
  "newsgraph: $T/huge.txt: error: too large (104857600 bytes; the limit is 64 MiB): split it into articles" "$T/err"
expect "a 100 MB single line: the good input is still written" test "$(docs_in "$T/out")" -eq 1
rm -f "$T/huge.txt"
# (1 MB under valgrind, which runs some 30 times slower; 5 MB under ASan)
big_mb=20
[ -n "${NG_UNDER_VALGRIND:-}" ] && big_mb=1
ldd "$NEWSGRAPH" 2>/dev/null | grep -q libasan && big_mb=5 # ASan: ~10x slower, 3x the memory
yes "$line" | tr -d '\n' | head -c $((big_mb * 1024 * 1024)) >"$T/big.txt"
limit=""
if [ -z "${NG_UNDER_VALGRIND:-}" ] && ! ldd "$NEWSGRAPH" 2>/dev/null | grep -q libasan; then
  limit="ulimit -v 1048576;" # 1 GiB of address space (ASan needs more, so not with it)
fi
bash -c "$limit exec timeout 600 \"\$0\" extract -q -f nquads -o \"\$1\" \"\$2\"" \
  "$NEWSGRAPH" "$T/big.nq" "$T/big.txt" >"$T/out" 2>"$T/err"
rc=$?
expect_rc 0 "a $big_mb MB single line"
expect "a $big_mb MB single line: the output parses" parses "$T/big.nq" nquads
expect "a $big_mb MB single line: one agreement" \
  test "$(grep -c "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <${NS}Agreement>" "$T/big.nq")" -eq 1
rm -f "$T/big.nq"

# ---- bad outputs: nothing is half-written
run extract -f nquads -o "$T/no/such/dir/out.nq" "$T/good.txt"
expect_rc 1 "-o into a missing directory"
expect "-o into a missing directory: the path is named" grep -q "no/such/dir/out.nq" "$T/err"
expect "-o into a missing directory: nothing created" test ! -e "$T/no"
if [ -w /dev/full ]; then
  run extract -f nquads -o /dev/full "$T/good.txt"
  expect_rc 1 "-o /dev/full"
  expect "-o /dev/full is still a device" test -c /dev/full
  timeout 300 "$NEWSGRAPH" extract -f nquads "$T/good.txt" >/dev/full 2>"$T/err"
  rc=$?
  expect_rc 1 "standard output is /dev/full"
  expect "a message says so" test -s "$T/err"
fi
echo "old contents" >"$T/keep.nq"
run extract -f nquads --strict -o "$T/keep.nq" "$T/missing.txt"
expect_rc 1 "--strict failure over an existing file"
expect "the existing file is untouched" grep -qx "old contents" "$T/keep.nq"

# ---- SIGINT mid-run leaves neither the file nor a temporary file.  The last
# input is a named pipe holding half an article (opened read-write here, so
# the open does not wait): the run is reading it, whatever the machine's speed.
mkdir "$T/sig"
mkfifo "$T/sig.fifo"
exec 4<>"$T/sig.fifo"
printf 'Chile and Uruguay signed a trade pact on Monday. The ' >&4
set -m # run the job in its own process group, so SIGINT is not ignored
timeout 600 "$NEWSGRAPH" extract -q -f nquads -o "$T/sig/out.nq" \
  "$T/big.txt" "$T/sig.fifo" >/dev/null 2>"$T/err" &
pid=$!
set +m
# wait (at most 60 s) until the run has its temporary file, then a little more
for _ in $(seq 1 600); do
  [ -n "$(ls -A "$T/sig")" ] && break
  sleep 0.1
done
sleep 0.5
expect "SIGINT: the run is still going (held by the pipe)" kill -0 "$pid"
# timeout(1) passes SIGINT on to newsgraph
kill -INT "$pid"
wait "$pid"
rc=$?
exec 4>&-
expect "SIGINT: the run stops with a signal status" test "$rc" -gt 128
expect "SIGINT: no output file" test ! -e "$T/sig/out.nq"
expect "SIGINT: no temporary file" test -z "$(ls -A "$T/sig")"

echo "$pass passed, $fail failed${skipped:+, $skipped skipped}"
[ "$fail" -eq 0 ]
