#!/usr/bin/env bash
# valgrind over the C example looping N calls (default 10,000) of every entry point against the
# debug libsqlrisk.so. Passes when valgrind reports 0 bytes definitely lost. (`swift test` runs the
# same check with 200 calls when valgrind is installed.)
set -euo pipefail
cd "$(dirname "$0")/.."
calls=${1:-10000}
swift build --product sqlrisk
bin=$(swift build --show-bin-path)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cc -std=c11 -Wall -Wextra -Werror -I Sources/CSQLRisk/include Examples/c/classify.c \
    -L "$bin" -lsqlrisk -Wl,-rpath,"$bin" -o "$scratch/classify"
valgrind --leak-check=full --errors-for-leak-kinds=definite --error-exitcode=99 \
    "$scratch/classify" --repeat "$calls" "DELETE FROM users WHERE id = 1; SELECT 1; CREATE TABLE t (a int)" 2>&1 \
    | grep -E 'LEAK SUMMARY|definitely lost:|indirectly lost:|possibly lost:|still reachable:|ERROR SUMMARY|^(safe|write|schema|destructive|critical)$'
