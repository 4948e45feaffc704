#!/usr/bin/env bash
# bootstrap.sh demo|check|build
#
# From a fresh Debian 12 checkout to a working newsgraph, in one command:
#   1. install the Debian packages the build, the tests and the demo need (only those
#      missing; apt-get update runs once, and only if something must be installed);
#   2. generate the build system (autoreconf) if needed, configure (in-tree), make;
#   3. demo  -> make demo     (extract the example articles, answer the example queries)
#      check -> make check    (unit and integration tests; failed tests' logs are printed)
#      build -> nothing more.
# Run it as root, or as a user who may use sudo for the package step.
# Set CI=true to configure with --enable-werror.
set -euo pipefail

PACKAGES=(build-essential autoconf automake libtool pkg-config
  libraptor2-dev librdf0-dev librasqal3-dev libserd-dev libxml2-dev check
  raptor2-utils redland-utils python3-rdflib iso-codes tzdata valgrind clang libclang-rt-14-dev)

prog=${0##*/}
say() { printf '\n==> %s\n' "$*"; }
die() { printf '%s: %s\n' "$prog" "$*" >&2; exit 1; }

usage() {
  cat >&2 <<EOF
usage: bash $prog demo|check|build
  demo   install what is missing, build, run the demo on examples/articles
  check  install what is missing, build, run the test suite (make check)
  build  install what is missing, build
EOF
  exit 2
}

[ $# -eq 1 ] || usage
mode=$1
case $mode in
  demo|check|build) ;;
  -h|--help) usage ;;
  *) usage ;;
esac

cd "$(dirname "$0")"

# ---- 1. Debian packages ------------------------------------------------------------
install_packages() {
  if ! command -v dpkg-query >/dev/null 2>&1; then
    say "Not a Debian system (no dpkg-query): skipping package installation."
    echo "    Make sure these (or your system's equivalents) are installed: ${PACKAGES[*]}"
    return 0
  fi
  local missing=() p
  for p in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$p")
    fi
  done
  if [ ${#missing[@]} -eq 0 ]; then
    say "All ${#PACKAGES[@]} required Debian packages are installed."
    return 0
  fi
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 ||
      die "missing packages (${missing[*]}) and not root; run as root or install sudo"
    sudo=(sudo)
  fi
  say "Installing missing Debian packages: ${missing[*]}"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q ||
    die "apt-get update failed"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "${missing[@]}" ||
    die "apt-get install failed for: ${missing[*]}"
}

# ---- 2. build ------------------------------------------------------------------------
build() {
  if [ ! -x configure ] || [ configure.ac -nt configure ] || [ Makefile.am -nt configure ]; then
    say "Generating the build system (autoreconf -fi)"
    mkdir -p m4 build-aux
    autoreconf -fi || die "autoreconf failed"
  fi
  if [ ! -f Makefile ]; then
    local args=()
    if [ "${CI:-}" = true ]; then
      args+=(--enable-werror)
    fi
    say "Configuring (./configure ${args[*]:-})"
    ./configure "${args[@]}" || die "configure failed (see config.log)"
  fi
  say "Building (make -j2)"
  make -j2 || die "the build failed"
}

# Prints the log of every test whose .trs file records a failure.
show_failed_logs() {
  local trs log shown=0
  while IFS= read -r trs; do
    log=${trs%.trs}.log
    [ -f "$log" ] || continue
    printf '\n----- %s -----\n' "$log"
    cat "$log"
    shown=1
  done < <(find tests -name '*.trs' -exec grep -lE '^:test-result: (FAIL|ERROR|XPASS)' {} + 2>/dev/null | sort)
  if [ $shown -eq 0 ] && [ -f test-suite.log ]; then
    printf '\n----- test-suite.log -----\n'
    cat test-suite.log
  fi
}

install_packages
build

case $mode in
  build)
    say "Built: ./newsgraph"
    ;;
  demo)
    say "Running the demo (make demo)"
    make demo || die "the demo failed"
    say "Demo done. The example graph as Turtle is in demo-out/examples.ttl"
    ;;
  check)
    say "Running the tests (make -j2 check)"
    if ! make -j2 check; then
      say "Some tests failed; their logs follow."
      show_failed_logs
      die "make check failed"
    fi
    say "All tests passed."
    # a short fuzzing run on every change (libFuzzer, ASan+UBSan; 77 = no clang)
    say "Fuzzing the readers and the extractor for ${FUZZ_SECONDS:-45} s (tests/fuzz/run.sh)"
    rc=0
    FUZZ_SECONDS=${FUZZ_SECONDS:-45} bash tests/fuzz/run.sh > tests/fuzz.log 2>&1 || rc=$?
    tail -n 3 tests/fuzz.log
    case $rc in
      0) say "Fuzzing found nothing." ;;
      77) say "Fuzzing skipped: clang's fuzzer runtime is missing (apt-get install clang libclang-rt-14-dev)." ;;
      *) cat tests/fuzz.log; die "the fuzzer found a crashing input (saved under tests/data/bad/)" ;;
    esac
    ;;
esac
