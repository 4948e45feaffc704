#!/usr/bin/env bash
# -f jsonld: flat JSON-LD that any JSON parser reads and that the reference
# JSON-LD processor (npm's jsonld, when npm can install it) turns back into
# exactly the quads of -f nquads.  Blank nodes: newsgraph mints none, so the
# comparison is of sorted, canonically escaped N-Quads lines.
set -u
: "${NEWSGRAPH:?set NEWSGRAPH to the built binary}"
: "${top_srcdir:=$(cd "$(dirname "$0")/../.." && pwd)}"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0 fail=0 skipped=0
. "$top_srcdir/tests/integration/lib.sh"
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
A="$top_srcdir/examples/articles"

"$NEWSGRAPH" extract -q -f jsonld -o "$T/ex.jsonld" "$A"
check "extract -f jsonld exits 0" test $? -eq 0
"$NEWSGRAPH" extract -q -f nquads -o "$T/ex.nq" "$A"
check "the JSON-LD parses as JSON" "$PY" -m json.tool "$T/ex.jsonld" /dev/null
check "json-ld is another name for the format" \
  sh -c '"$0" extract -q -f json-ld "$1" | cmp -s - "$2"' "$NEWSGRAPH" "$A" "$T/ex.jsonld"

# the structure: one @context with our prefixes, one @graph; named graphs are
# {"@id": DOC, "@graph": [...]} entries, one per article here
cat > "$T/shape.py" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
ctx = d["@context"]
need = ["ng", "rdfs", "skos", "owl", "dcterms", "schema", "prov", "nif", "xsd", "sem", "gaf"]
missing = [p for p in need if p not in ctx]
assert not missing, "missing prefixes %s" % missing
assert ctx["ng"] == "https://w3id.org/newsgraph/ns#"
assert set(d) == {"@context", "@graph"}, sorted(d)
named = [n for n in d["@graph"] if "@graph" in n]
assert len(set(n["@id"] for n in named)) == int(sys.argv[2]), len(named)
for n in named:
    assert n["@id"].startswith("https://w3id.org/newsgraph/id/doc-"), n["@id"]
    for m in n["@graph"]:
        assert "@graph" not in m   # flat: no nesting below a named graph
print("shape ok")
PY
check "context, one @graph, 10 named graphs" "$PY" "$T/shape.py" "$T/ex.jsonld" 10

# strings that need escaping survive: a quote with quotation marks, a backslash,
# a tab and a control character in the article text
printf 'Title with "quotes" and a back\\slash\n\nOSLO, March 3, 2021 — Norway and Chile signed an intelligence-sharing agreement on Monday.\n\n"We will share\tall we know," said the \\ foreign minister of Norway.\n' > "$T/esc.txt"
"$NEWSGRAPH" extract -q -f jsonld -o "$T/esc.jsonld" "$T/esc.txt"
check "escaped strings parse as JSON" "$PY" -m json.tool "$T/esc.jsonld" /dev/null
"$NEWSGRAPH" extract -q -f nquads -o "$T/esc.nq" "$T/esc.txt"

# an empty input set still gives a valid document
printf '' > "$T/empty.txt"
"$NEWSGRAPH" extract -q -f jsonld -o "$T/none.jsonld" "$T/empty.txt" 2>/dev/null
check "a document without statements is valid JSON" "$PY" -m json.tool "$T/none.jsonld" /dev/null

# ---- round trip through the reference processor
cat > "$T/canon.py" <<'PY'
# canonical N-Quads lines: escapes decoded then re-encoded one way, sorted, unique
import re, sys
TERM = re.compile(r'\s*(<[^>]*>|_:\S+|"(?:[^"\\]|\\.)*"(?:\^\^<[^>]*>|@[A-Za-z0-9-]+)?)')
ESC = re.compile(r'\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)')
SIMPLE = {'t': '\t', 'b': '\b', 'n': '\n', 'r': '\r', 'f': '\f', '"': '"', "'": "'", '\\': '\\'}
def unesc(s):
    return ESC.sub(lambda m: chr(int(m.group(1)[1:], 16)) if m.group(1)[0] in 'uU' and len(m.group(1)) > 1 else SIMPLE.get(m.group(1), m.group(1)), s)
def canon(t):
    if t.startswith('<'):
        return '<' + unesc(t[1:-1]) + '>'
    if t.startswith('"'):
        end = t.rindex('"')
        v = unesc(t[1:end])
        rest = t[end + 1:]
        if rest == '^^<http://www.w3.org/2001/XMLSchema#string>':
            rest = ''
        v = v.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n').replace('\r', '\\r')
        return '"' + v + '"' + rest
    return t
out = set()
for line in open(sys.argv[1], encoding='utf-8'):
    line = line.strip()
    if not line:
        continue
    assert line.endswith('.'), line
    body, terms, pos = line[:-1], [], 0
    while True:
        m = TERM.match(body, pos)
        if not m:
            break
        terms.append(canon(m.group(1)))
        pos = m.end()
    assert body[pos:].strip() == '' and len(terms) in (3, 4), line
    out.add(' '.join(terms) + ' .')
sys.stdout.write(''.join(l + '\n' for l in sorted(out)))
PY

J="$T/npm"
if command -v node >/dev/null && command -v npm >/dev/null &&
  timeout 180 npm install --prefix "$J" jsonld --silent --no-audit --no-fund >"$T/npm.log" 2>&1 &&
  [ -d "$J/node_modules/jsonld" ]; then
  cat > "$T/tordf.js" <<'JS'
const jsonld = require(process.argv[2] + '/node_modules/jsonld');
const fs = require('fs');
const doc = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));
jsonld.toRDF(doc, {format: 'application/n-quads', safe: true})
  .then(nq => { process.stdout.write(nq); })
  .catch(e => { console.error(String(e && e.message || e)); process.exit(1); });
JS
  for name in ex esc; do
    node "$T/tordf.js" "$J" "$T/$name.jsonld" > "$T/$name.back.nq"
    check "jsonld.toRDF reads the $name JSON-LD" test $? -eq 0 -a -s "$T/$name.back.nq"
    "$PY" "$T/canon.py" "$T/$name.nq" > "$T/$name.a"
    "$PY" "$T/canon.py" "$T/$name.back.nq" > "$T/$name.b"
    check "$name: JSON-LD -> N-Quads equals -f nquads ($(wc -l < "$T/$name.a") quads)" cmp -s "$T/$name.a" "$T/$name.b"
    diff "$T/$name.a" "$T/$name.b" | head -6
  done
  check "the round trip covers named graphs" grep -q ' <https://w3id.org/newsgraph/id/doc-[0-9a-f]*> \.$' "$T/ex.b"
else
  echo "skip: npm could not install the jsonld package (offline?); the JSON-LD round trip was not checked"
  tail -3 "$T/npm.log" 2>/dev/null
  skipped=1
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ] || exit 1
[ "$skipped" -eq 0 ] || exit 77
exit 0
