# tests/integration/lib.sh - what the integration tests share; sourced, never run.
#
#   check NAME CMD [ARG]...   runs CMD; counts and prints "ok   NAME" or "FAIL NAME"
#   is A B                    true if the strings A and B are equal
#   serve_start NAME [OPTION]... STORE
#                             starts 'newsgraph serve --port 0 OPTION... STORE' in
#                             the background (stderr in $T/NAME.err), records its pid
#                             in the array pids (the caller's cleanup kills them),
#                             waits until /sparql answers and sets $port; exits 77
#                             (SKIP) with the server's messages when it cannot start.
# The caller sets NEWSGRAPH and T (a scratch directory) first; pass and fail
# count the checks.
pass=0 fail=0
pids=()
check() { if "${@:2}"; then pass=$((pass + 1)); echo "ok   $1"; else fail=$((fail + 1)); echo "FAIL $1"; fi; }
is() { [ "$1" = "$2" ]; }

serve_start() {
  local name=$1
  shift
  "$NEWSGRAPH" serve --port 0 "$@" 2> "$T/$name.err" &
  pids+=($!)
  port=
  for _ in $(seq 600); do
    port=$(sed -n 's|.* at http://127\.0\.0\.1:\([0-9][0-9]*\)/ .*|\1|p' "$T/$name.err")
    [ -n "$port" ] && break
    kill -0 "${pids[-1]}" 2> /dev/null || break
    sleep 0.1
  done
  if [ -z "$port" ]; then
    echo "SKIP: the server could not be started:"
    cat "$T/$name.err"
    exit 77
  fi
  for _ in $(seq 600); do
    curl -s -o /dev/null "http://127.0.0.1:$port/sparql" && return 0
    sleep 0.1
  done
  echo "SKIP: the server does not answer"
  exit 77
}
