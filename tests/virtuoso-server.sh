#!/usr/bin/env bash
# tests/virtuoso-server.sh start|stop DIR
#
# A scratch Virtuoso Open Source 7 server for the tests and the benchmark,
# independent of any system service the Debian package may run:
#   start DIR  writes DIR/virtuoso.ini (database files in DIR, loopback only,
#              two random free ports, small buffers), starts virtuoso-t in the
#              background and waits until it answers SQL (isql) and HTTP
#              (/sparql).  It writes DIR/env, to be sourced:
#                VIRTUOSO_SQL_PORT=...  VIRTUOSO_HTTP_PORT=...  VIRTUOSO_PID=...
#                VIRTUOSO_URL=virtuoso://127.0.0.1:HTTP_PORT
#              Exit 0 when up; 77 when virtuoso-t or isql-vt is missing or the
#              server cannot be started (a message says why).
#              VIRTUOSO_BUFFERS (default 20000 8-KB pages, 160 MB) sets the
#              page cache: the benchmark's 100k corpus wants ~400000 (3.2 GB).
#   stop DIR   shuts the server down (isql -K, then SIGTERM, then SIGKILL, by
#              the recorded pid only); DIR is left for the caller to delete.
# DIR must be an empty or scratch directory (e.g. from mktemp -d).
set -u

prog=${0##*/}
die77() { printf '%s: %s\n' "$prog" "$*" >&2; exit 77; }

[ $# -eq 2 ] || { echo "usage: $prog start|stop DIR" >&2; exit 2; }
cmd=$1
dir=$2

VIRTUOSO_T=${VIRTUOSO_T:-$(command -v virtuoso-t || echo /usr/bin/virtuoso-t)}
ISQL=${ISQL:-$(command -v isql-vt || command -v isql-v || echo /usr/bin/isql-vt)}

# A free TCP port on 127.0.0.1 (the kernel picks one; a small race with other
# programs is handled by retrying the start).
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' 2>/dev/null ||
    echo $((20000 + RANDOM % 30000))
}

http_ok() {
  curl -s -o /dev/null -m 5 -w '%{http_code}' \
    "http://127.0.0.1:$1/sparql?query=ASK%7B%7D" 2>/dev/null | grep -q '^200$'
}

write_ini() {
  local d=$1 port=$2 hport=$3
  local buffers=${VIRTUOSO_BUFFERS:-20000}
  case $buffers in '' | *[!0-9]*) die77 "VIRTUOSO_BUFFERS must be a number of pages, not '$buffers'" ;; esac
  local dirty=$((buffers * 3 / 4))
  cat > "$d/virtuoso.ini" <<EOF
; scratch Virtuoso for newsgraph's tests (tests/virtuoso-server.sh)
[Database]
DatabaseFile       = $d/virtuoso.db
ErrorLogFile       = $d/virtuoso.log
LockFile           = $d/virtuoso.lck
TransactionFile    = $d/virtuoso.trx
xa_persistent_file = $d/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
MaxCheckpointRemap = 2000
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = $d/virtuoso-temp.db
TransactionFile    = $d/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping           = 0

[Parameters]
ServerPort               = 127.0.0.1:$port
LiteMode                 = 0
DisableUnixSocket        = 1
DisableTcpSocket         = 0
MaxClientConnections     = 8
CheckpointInterval       = 60
O_DIRECT                 = 0
CaseMode                 = 2
MaxStaticCursorRows      = 5000
CheckpointAuditTrail     = 0
AllowOSCalls             = 0
SchedulerInterval        = 10
DirsAllowed              = ., $d
ThreadCleanupInterval    = 0
ThreadThreshold          = 10
ResourcesCleanupInterval = 0
FreeTextBatchSize        = 100000
SingleCPU                = 0
PrefixResultNames        = 0
RdfFreeTextRulesSize     = 100
IndexTreeMaps            = 64
MaxMemPoolSize           = 40000000
MaxQueryMem              = 200M
VectorSize               = 1000
MaxVectorSize            = 1000000
AdjustVectorSize         = 0
ThreadsPerQuery          = 2
AsyncQueueMaxThreads     = 4
NumberOfBuffers          = $buffers
MaxDirtyBuffers          = $dirty

[HTTPServer]
ServerPort                  = 127.0.0.1:$hport
ServerRoot                  = $d
MaxClientConnections        = 4
DavRoot                     = DAV
EnabledDavVSP               = 0
HTTPProxyEnabled            = 0
TempASPXDir                 = 0
ServerThreads               = 4
MaxKeepAlives               = 4
KeepAliveTimeout            = 10
HTTPThreadSize              = 280000
HttpPrintWarningsInOutput   = 0
Charset                     = UTF-8
EnabledGzipContent          = 0

[AutoRepair]
BadParentLinks = 0

[Client]
SQL_PREFETCH_ROWS  = 100
SQL_PREFETCH_BYTES = 16000
SQL_QUERY_TIMEOUT  = 0
SQL_TXN_TIMEOUT    = 0

[SPARQL]
ResultSetMaxRows           = 1000000
MaxQueryCostEstimationTime = 400
MaxQueryExecutionTime      = 120
DeferInferenceRulesInit    = 0
EOF
}

start() {
  [ -x "$VIRTUOSO_T" ] || die77 "virtuoso-t not found (apt-get install virtuoso-opensource)"
  [ -x "$ISQL" ] || die77 "isql-vt not found (apt-get install virtuoso-opensource)"
  command -v curl > /dev/null 2>&1 || die77 "curl not found (apt-get install curl)"
  mkdir -p "$dir" || die77 "cannot create $dir"
  dir=$(cd "$dir" && pwd)
  local attempt port hport pid i
  for attempt in 1 2 3; do
    port=$(free_port)
    hport=$(free_port)
    [ "$port" != "$hport" ] || continue
    rm -f "$dir"/virtuoso.* "$dir"/virtuoso-temp.*
    write_ini "$dir" "$port" "$hport"
    # own session, so that the caller's signals and terminal do not reach it
    (cd "$dir" && exec setsid "$VIRTUOSO_T" +foreground +configfile "$dir/virtuoso.ini" \
      < /dev/null > "$dir/stdout.log" 2>&1) &
    pid=$!
    # a new database takes a few seconds to initialise (up to 90 s on a busy machine)
    for i in $(seq 1 180); do
      if ! kill -0 "$pid" 2>/dev/null; then
        break
      fi
      if "$ISQL" "127.0.0.1:$port" dba dba exec='select 1;' < /dev/null > /dev/null 2>&1 &&
        http_ok "$hport"; then
        cat > "$dir/env" <<EOF
VIRTUOSO_SQL_PORT=$port
VIRTUOSO_HTTP_PORT=$hport
VIRTUOSO_PID=$pid
VIRTUOSO_URL=virtuoso://127.0.0.1:$hport
EOF
        return 0
      fi
      sleep 0.5
    done
    kill "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
  done
  tail -n 5 "$dir/virtuoso.log" >&2 2>/dev/null
  die77 "Virtuoso did not start in $dir (log above)"
}

stop() {
  [ -f "$dir/env" ] || return 0
  local VIRTUOSO_SQL_PORT='' VIRTUOSO_PID='' i
  # shellcheck disable=SC1091
  . "$dir/env"
  case $VIRTUOSO_PID in '' | *[!0-9]*) return 0 ;; esac
  if kill -0 "$VIRTUOSO_PID" 2>/dev/null; then
    timeout 20 "$ISQL" "127.0.0.1:$VIRTUOSO_SQL_PORT" dba dba -K < /dev/null > /dev/null 2>&1
    for i in $(seq 1 40); do
      kill -0 "$VIRTUOSO_PID" 2>/dev/null || break
      sleep 0.25
    done
    kill -TERM "$VIRTUOSO_PID" 2>/dev/null && sleep 1
    kill -KILL "$VIRTUOSO_PID" 2>/dev/null
  fi
  rm -f "$dir/env"
  return 0
}

case $cmd in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $prog start|stop DIR" >&2; exit 2 ;;
esac
