#!/usr/bin/env bash
# Test DemoDataIsCurrent: the generator is the source of the demo evidence, so
# regenerating it must reproduce resources/demo exactly (gzip members compared
# decompressed, so another zlib cannot fail the test). Also checks that
# `auditbench-gen audit` is deterministic and writes exactly --events lines.
#   check-demo.sh GENERATOR DEMO_DIR
set -euo pipefail
gen="$1"
demo="$2"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

"$gen" demo -o "$tmp/demo" 2>/dev/null
status=0
for f in "$tmp"/demo/*; do
    name="$(basename "$f")"
    if [ ! -e "$demo/$name" ]; then
        echo "missing in $demo: $name"
        status=1
    elif [[ "$name" == *.gz ]]; then
        if ! cmp -s <(gzip -dc "$f") <(gzip -dc "$demo/$name"); then
            echo "differs (decompressed): $name"
            status=1
        fi
    elif ! cmp -s "$f" "$demo/$name"; then
        echo "differs: $name"
        status=1
    fi
done
for f in "$demo"/*; do
    name="$(basename "$f")"
    if [ "$name" != README.md ] && [ ! -e "$tmp/demo/$name" ]; then
        echo "not produced by the generator: $name"
        status=1
    fi
done
if [ $status -ne 0 ]; then
    echo "The demo evidence is out of date. Regenerate it with:"
    echo "  $gen demo -o $demo"
    echo "and update $demo/README.md if the storyline changed."
fi

"$gen" audit --events 20000 --seed 7 --quiet -o "$tmp/a.jsonl"
"$gen" audit --events 20000 --seed 7 --quiet -o - >"$tmp/b.jsonl"
if ! cmp -s "$tmp/a.jsonl" "$tmp/b.jsonl"; then
    echo "auditbench-gen audit is not deterministic"
    status=1
fi
lines="$(wc -l <"$tmp/a.jsonl")"
if [ "$lines" -ne 20000 ]; then
    echo "auditbench-gen audit --events 20000 wrote $lines lines"
    status=1
fi
exit $status
