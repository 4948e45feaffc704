#!/bin/sh
# valgrind-wrap.sh TEST [ARGS]: runs one test under valgrind memcheck
# (configure --enable-valgrind).  A Check program runs in one process
# (CK_FORK=no) under valgrind; a shell test gets NEWSGRAPH pointing at a
# wrapper that runs the real binary under valgrind, and NG_UNDER_VALGRIND=1 so
# it can shrink its huge inputs.  Any memcheck error fails the test (exit 99).
here=$(cd "$(dirname "$0")" && pwd)
# (--trace-children: newsgraph runs newsgraph-full for every command but
# extract, which must be checked too; not the other programs it may run:
# serve's Graphviz dot, which under valgrind misses its 10 s limit)
vg="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite --suppressions=$here/valgrind.supp --trace-children=yes --trace-children-skip=*/sh,*/bash,*/env,*/dot"
t=$1
shift
case $t in
*.sh)
  w=$(mktemp)
  printf '#!/bin/sh\nexec %s %s "$@"\n' "$vg" "$NEWSGRAPH" > "$w"
  chmod +x "$w"
  # queries run some 30 times slower: no default time or memory limit
  # (tests of the limits give them explicitly)
  NEWSGRAPH=$w NG_UNDER_VALGRIND=1 NEWSGRAPH_QUERY_TIMEOUT=0 NEWSGRAPH_QUERY_MAX_MEMORY=0 \
    bash "$t" "$@"
  rc=$?
  rm -f "$w"
  exit $rc
  ;;
*)
  CK_FORK=no exec $vg "$t" "$@"
  ;;
esac
