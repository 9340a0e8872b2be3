#!/usr/bin/env bash
# Fuzzes Rasd's Jazzer targets for real, one after the other, under `nice`, and prints the
# executions and time of each. Every target stops after its @FuzzTest limits (2 million
# executions or 8 minutes). A finding is written beside the target's kept corpus
# (src/test/resources/.../<Class>Inputs/<target>/crash-*), where `mvn verify` replays it from
# then on: fix the cause, keep the file.
#   tools/fuzz/fuzz.sh                              # every target
#   tools/fuzz/fuzz.sh ParserFuzzTest#articleParser  # one target
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
  targets=(TextFuzzTest#normalizer TextFuzzTest#tokenizer TextFuzzTest#cliticSegmenter
    ParserFuzzTest#numbers ParserFuzzTest#dates ParserFuzzTest#gazetteer
    ParserFuzzTest#articleParser ParserFuzzTest#analysisJson JsonLinesBatchFuzzTest#batch)
fi
logs="$root/target/fuzz-logs"
mkdir -p "$logs"
for t in "${targets[@]}"; do
  module=parsers
  [[ $t == JsonLinesBatchFuzzTest* ]] && module=examples
  log="$logs/${t//#/-}.log"
  echo "fuzzing $t (log: $log)" >&2
  # a bounded heap: libFuzzer counts the JVM's resident memory
  (cd "$root" && JAZZER_FUZZ=1 nice -n 10 mvn -B -pl "$module" -am test -Dtest="$t" \
      -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-Xmx1g >"$log" 2>&1) || echo "  $t FAILED: see $log" >&2
  grep -a -E '^Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1 | sed "s|^|  $t: |" || true
done
