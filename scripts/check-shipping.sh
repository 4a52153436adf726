#!/usr/bin/env bash
# Builds the two shipping artefacts and checks that they run without the Swift toolchain and without
# libpg_query's shared library:
#   .build/release/libsqlrisk.so  (-static-stdlib)         the C ABI, for C, Python, anything with dlopen
#   .build/release/classify-sql   (--static-swift-stdlib)  the command line
# Both link libpg_query statically and may need only libc, libm, libstdc++ and libgcc_s (checked with
# ldd). Then it runs the C example and the Python tests against the release library.
#
# Not part of `swift test`: two release builds take a few minutes on a 2-core machine.
set -euo pipefail
cd "$(dirname "$0")/.."

# libpg_query statically: drop the module map's autolinked -lpg_query, link the archive instead.
static_pg_query=(-Xswiftc -Xfrontend -Xswiftc -disable-autolink-library -Xswiftc -Xfrontend -Xswiftc pg_query
                 -Xlinker --whole-archive -Xlinker -l:libpg_query.a -Xlinker --no-whole-archive)

swift build -c release --product sqlrisk -Xswiftc -static-stdlib "${static_pg_query[@]}"
swift build -c release --product classify-sql --static-swift-stdlib "${static_pg_query[@]}"
bin=$(swift build -c release --show-bin-path)

status=0
check_needs() {
    local artefact=$1
    echo "== ldd $artefact ($(du -h "$artefact" | cut -f1))"
    ldd "$artefact"
    local unexpected
    unexpected=$(ldd "$artefact" | awk '{print $1}' \
        | grep -vE '^(linux-vdso\.so\.1|libc\.so\.6|libm\.so\.6|libstdc\+\+\.so\.6|libgcc_s\.so\.1|/lib64/ld-linux-x86-64\.so\.2)$' || true)
    if [ -n "$unexpected" ]; then
        echo "FAIL: $artefact needs $(echo "$unexpected" | tr '\n' ' ')"
        status=1
    fi
    if ldd -r "$artefact" 2>&1 | grep -q 'undefined symbol'; then
        echo "FAIL: $artefact has undefined symbols"
        status=1
    fi
}
check_needs "$bin/libsqlrisk.so"
check_needs "$bin/classify-sql"

# The release library in use: the C example, and the Python package with the library next to it.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cc -std=c11 -Wall -Wextra -Werror -I Sources/CSQLRisk/include Examples/c/classify.c \
    -L "$bin" -lsqlrisk -Wl,-rpath,"$bin" -o "$scratch/classify"
echo "== C example"
"$scratch/classify" 'UPDATE accounts SET balance = 0 WHERE id = 7' || status=1
cp -r bindings/python "$scratch/python"
cp "$bin/libsqlrisk.so" "$scratch/python/sqlrisk/"
echo "== Python tests, library next to the module"
(cd "$scratch/python" && env -u SQLRISK_LIBRARY PYTHONDONTWRITEBYTECODE=1 python3 -m unittest discover -s tests) || status=1

[ $status -eq 0 ] && echo "shipping check: OK" || echo "shipping check: FAILED"
exit $status
