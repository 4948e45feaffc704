#!/usr/bin/env bash
# bootstrap.sh demo|check|build
#
# From a fresh Debian 12 checkout to a working newsgraph, in one command:
#   1. install the Debian packages the build, the tests and the demo need (only those
#      missing; apt-get update runs once, and only if something must be installed);
#   2. generate the build system (autoreconf) if needed, configure and make out of tree
#      in build/ (the program is build/newsgraph);
#   3. demo  -> make demo     (load the example articles, answer the example queries)
#      check -> every test, four ways:
#               a. make check in build/ (unit and integration tests);
#               b. make check again in build-asan/, built with AddressSanitizer and
#                  UndefinedBehaviorSanitizer (-fno-sanitize-recover=all): any report fails;
#               c. make check again in build-valgrind/, every program and every
#                  newsgraph run of the shell tests under valgrind memcheck;
#               d. a short libFuzzer run over the readers and the extractor.
#               CHECK_PASSES picks passes: "plain asan valgrind fuzz" by default
#               (CI; about 25 min on 2 cores, 10 of them valgrind's), "plain" for a
#               quick local check; failed tests' logs are printed.
#      build -> nothing more.
# Run it as root, or as a user who may use sudo for the package step.
# Set CI=true to configure with --enable-werror.
set -euo pipefail

# (serdi: the benchmark's newsgraph/serdi ratio; graphviz, chromium: the dot and browser tests)
PACKAGES=(build-essential autoconf automake libtool pkg-config
  libraptor2-dev librdf0-dev librasqal3-dev libserd-dev libxml2-dev check
  raptor2-utils redland-utils serdi python3-rdflib iso-codes tzdata valgrind clang libclang-rt-14-dev
  libmicrohttpd-dev graphviz curl chromium parallel
  unixodbc-dev libvirtodbc0 virtuoso-opensource)

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

# ---- 2. build -------------------------------------------------------------------------
# configure_in DIR [CONFIGURE-ARGS]: configures the tree out of tree in DIR (once)
configure_in() {
  local dir=$1
  shift
  local args=("$@")
  if [ "${CI:-}" = true ]; then
    args+=(--enable-werror)
  fi
  mkdir -p "$dir"
  if [ ! -f "$dir/Makefile" ]; then
    say "Configuring in $dir/ (../configure ${args[*]:-})"
    (cd "$dir" && ../configure "${args[@]}") || die "configure failed (see $dir/config.log)"
  fi
}

build() {
  if [ ! -x configure ] || [ configure.ac -nt configure ] || [ Makefile.am -nt configure ]; then
    say "Generating the build system (autoreconf -fi)"
    mkdir -p m4 build-aux
    autoreconf -fi || die "autoreconf failed"
  fi
  if [ -f config.status ]; then
    # an older in-tree build stops out-of-tree ones: clean it away
    say "Removing an in-tree build (make distclean) for the out-of-tree build in build/"
    make distclean >/dev/null 2>&1 || rm -f config.status Makefile
  fi
  configure_in build
  say "Building (make -j2 in build/)"
  make -C build -j2 || die "the build failed"
}

# check_in DIR TITLE: make check in DIR; on failure prints the failed tests' logs and dies
check_in() {
  say "Running the tests$2 (make -j2 check in $1/)"
  if ! make -C "$1" -j2 check; then
    say "Some tests failed$2; their logs follow."
    (cd "$1" && show_failed_logs)
    die "make check failed$2"
  fi
  say "All tests passed$2."
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
    say "Built: build/newsgraph"
    ;;
  demo)
    say "Running the demo (make demo in build/)"
    make -C build demo || die "the demo failed"
    say "Demo done. The example graph as Turtle is in build/demo-out/examples.ttl"
    ;;
  check)
    # every pass by default (what CI runs; about 10 min of it is valgrind's);
    # CHECK_PASSES=plain is a quick local check
    passes=" ${CHECK_PASSES:-plain asan valgrind fuzz} "
    case $passes in *" plain "*) check_in build "" ;; esac
    case $passes in *" asan "*)
      configure_in build-asan --enable-asan --enable-ubsan
      make -C build-asan -j2 >/dev/null || die "the ASan+UBSan build failed"
      check_in build-asan " under ASan+UBSan"
      ;;
    esac
    case $passes in *" valgrind "*)
      configure_in build-valgrind --enable-valgrind
      make -C build-valgrind -j2 >/dev/null || die "the valgrind build failed"
      check_in build-valgrind " under valgrind memcheck"
      ;;
    esac
    case $passes in *" fuzz "*)
      # a short fuzzing run on every change (libFuzzer, ASan+UBSan; 77 = no clang)
      say "Fuzzing the readers and the extractor for ${FUZZ_SECONDS:-45} s (tests/fuzz/run.sh)"
      rc=0
      FUZZ_SECONDS=${FUZZ_SECONDS:-45} bash tests/fuzz/run.sh > build/fuzz.log 2>&1 || rc=$?
      tail -n 3 build/fuzz.log
      case $rc in
        0) say "Fuzzing found nothing." ;;
        77) say "Fuzzing skipped: clang's fuzzer runtime is missing (apt-get install clang libclang-rt-14-dev)." ;;
        *) cat build/fuzz.log; die "fuzzing failed: a crashing input (saved under tests/data/bad/) or the fuzz target did not build (see above)" ;;
      esac
      ;;
    esac
    ;;
esac
