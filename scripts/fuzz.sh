#!/usr/bin/env bash
# Builds the libFuzzer target (ASan + coverage) and fuzzes the classifier (or, with
# FUZZ_PRODUCT=sqlrisk-hook-fuzz, the agent hook's shell tokenizer and event reader).
#   scripts/fuzz.sh [SECONDS|-runs=N] [extra libFuzzer flags...]
# Crashes are written to Fuzz/findings/; the working corpus grows in .build-fuzz/corpus.
# Replay a crash with a normal build: swift run sqlrisk-fuzz Fuzz/findings/crash-...
set -euo pipefail
cd "$(dirname "$0")/.."
limit="${1:-60}"; shift || true
nomain=$(ls /opt/swift/usr/lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-x86_64.a 2>/dev/null | head -1 || true)
if [ -z "$nomain" ]; then
    nomain=$(find "$(dirname "$(dirname "$(command -v swiftc)")")" -name 'libclang_rt.fuzzer_no_main-x86_64.a' | head -1)
fi
[ -n "$nomain" ] || { echo "libclang_rt.fuzzer_no_main not found next to the Swift toolchain" >&2; exit 2; }
# SwiftPM links an executable's entry point as `main`, so libFuzzer comes in without its own main and
# FuzzClassifier calls LLVMFuzzerRunDriver itself.
product="${FUZZ_PRODUCT:-sqlrisk-fuzz}"
swift build -c release --product "$product" --scratch-path .build-fuzz \
    -Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table \
    -Xswiftc -DFUZZING -Xlinker "$nomain" -Xlinker -lstdc++
corpus=.build-fuzz/corpus
dict=Fuzz/sql.dict
seeds=(Fuzz/seeds)
if [ "$product" = sqlrisk-hook-fuzz ]; then corpus=.build-fuzz/hook-corpus; dict=Fuzz/hook.dict; seeds=(Fuzz/hook-seeds); fi
mkdir -p "$corpus" Fuzz/findings
case "$limit" in -runs=*) budget="$limit" ;; *) budget="-max_total_time=$limit" ;; esac
[ "$product" = sqlrisk-fuzz ] && for level in safe write schema destructive critical; do [ -d "Corpus/$level" ] && seeds+=("Corpus/$level"); done
export LSAN_OPTIONS="suppressions=$PWD/Fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
exec ".build-fuzz/release/$product" "$budget" -max_len=4096 -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
    -dict="$dict" -artifact_prefix=Fuzz/findings/ "$@" "$corpus" "${seeds[@]}"
