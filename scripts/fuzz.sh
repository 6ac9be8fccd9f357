#!/usr/bin/env bash
# Fuzzes the CSV reader, the typed decoders and the streaming path with libFuzzer (through the
# Swift toolchain) and AddressSanitizer, for a bounded time each.
#   bash scripts/fuzz.sh [SECONDS] [TARGET...]   (default 60 per target; targets CSVReader,
#                                                 Kernels, Decoders, Streaming; default all)
# Seeds are in Fuzz/corpus/ and Fuzz/regressions/ (inputs that once failed); new inputs are kept in .build-fuzz/corpus/, findings in
# .build-fuzz/findings/ (turn each into a regression test in Tests/).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(CSVReader Kernels Decoders Streaming)
out=.build-fuzz
mkdir -p "$out/src" "$out/findings"

# swiftc builds each target as one module from the sources it needs; the `import FingovCSV` and
# `import FingovIngest` lines between our own modules are dropped for that, and so are the model's
# aliases of ingest types (`typealias DataError = FingovIngest.DataError`), which name the same type.
build() { # name, harness folder, source folders...
    local name=$1 harness=$2; shift 2
    rm -rf "$out/src/$name" && mkdir -p "$out/src/$name"
    for folder in "$@"; do
        find "$folder" -name '*.swift' | while read -r f; do
            sed '/^import FingovCSV$/d; /^import FingovIngest$/d; /^public typealias [A-Za-z]* = FingovIngest\.[A-Za-z]*$/d' "$f" > "$out/src/$name/$(echo "$f" | tr '/' '_')"
        done
    done
    cp "$harness"/*.swift "$out/src/$name/"
    swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name "Fuzz$name" -I "$out/c" "$out/c/structural.o" \
        "$out/src/$name"/*.swift -o "$out/$name" 2>&1 | grep -v "Cannot export local symbol" || true
}

# The C kernel of FingovCSV (Sources/CStructural), as an object and a module map for swiftc.
mkdir -p "$out/c"
printf 'module CStructural {\n    header "%s/Sources/CStructural/include/structural.h"\n    export *\n}\n' "$PWD" > "$out/c/module.modulemap"
clang -O1 -fsanitize=fuzzer-no-link,address -I Sources/CStructural/include -c Sources/CStructural/structural.c -o "$out/c/structural.o"

for target in "${targets[@]}"; do
    case $target in
        CSVReader) build CSVReader Fuzz/CSVReader Sources/FingovCSV ;;
        Kernels) build Kernels Fuzz/Kernels Sources/FingovCSV ;;
        Decoders) build Decoders Fuzz/Decoders Sources/FingovCSV Sources/FingovIngest Sources/FingovModel ;;
        Streaming) build Streaming Fuzz/Streaming Sources/FingovCSV Sources/FingovIngest Sources/FingovModel ;;
        *) echo "unknown target $target (expected CSVReader, Kernels, Decoders or Streaming)" >&2; exit 64 ;;
    esac
done

status=0
for target in "${targets[@]}"; do
    corpus="$out/corpus/$target"
    mkdir -p "$corpus"
    case $target in CSVReader) seeds=Fuzz/corpus/csv ;; Kernels) seeds=Fuzz/corpus/kernels ;; Decoders) seeds=Fuzz/corpus/decoders ;; *) seeds=Fuzz/corpus/streaming ;; esac
    echo "== fuzzing $target for $seconds s (seeds: $seeds)"
    if ! SWIFT_BACKTRACE=enable=no "./$out/$target" "$corpus" "$seeds" Fuzz/regressions -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
            -artifact_prefix="$out/findings/$target-" -print_final_stats=1 2> "$out/$target.log"; then
        status=1
        echo "!! $target found a problem: see $out/$target.log and $out/findings/" >&2
    fi
    grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|Done)" "$out/$target.log" || tail -3 "$out/$target.log"
done
exit $status
