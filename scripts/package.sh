#!/usr/bin/env bash
# Makes a release tarball, dist/sqlrisk-VERSION-linux-ARCH.tar.gz, whose programs and library carry the
# Swift runtime inside them (--static-swift-stdlib): the machine that unpacks it needs libpg-query-dev's
# libpg_query (and libpq for sqlrisk-gate), not a Swift toolchain. The script proves it: ldd must list
# no libswift*, and each program runs with the toolchain off PATH and its libraries off the loader path.
#
#   scripts/package.sh            # then: tar -xzf dist/sqlrisk-*.tar.gz -C /usr/local --strip-components=1
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(sed -n 's/.*public static let version = "\(.*\)".*/\1/p' Sources/SQLRisk/Version.swift)
name="sqlrisk-$version-linux-$(uname -m)"
# -Xswiftc -static-stdlib: --static-swift-stdlib alone links only executables statically, not libsqlrisk.so.
build=(swift build -c release --static-swift-stdlib -Xswiftc -static-stdlib)
"${build[@]}" --product classify-sql >&2
"${build[@]}" --product sqlrisk >&2
# sqlrisk-gate links Foundation's networking, which links statically only with libcurl4-openssl-dev.
gate=yes
"${build[@]}" --product sqlrisk-gate >&2 || { gate=no; echo "package.sh: sqlrisk-gate did not build statically (needs libcurl4-openssl-dev); packaging without it" >&2; }
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
scripts/install.sh --prefix "$stage/$name" --from .build/release
# An older, dynamically linked sqlrisk-gate may be left in .build/release: never ship that one.
[ "$gate" = yes ] || rm -f "$stage/$name/bin/sqlrisk-gate"
# The .pc file names the staging prefix; a relocatable one uses pcfiledir instead.
sed -i "s|^prefix=.*|prefix=\${pcfiledir}/../..|" "$stage/$name/lib/pkgconfig/sqlrisk.pc"

# Proof 1: no Swift runtime library among the dependencies.
for binary in "$stage/$name"/bin/* "$stage/$name/lib/libsqlrisk.so.1"; do
    if ldd "$binary" | grep -q 'libswift'; then
        echo "package.sh: $binary still needs the Swift runtime:" >&2
        ldd "$binary" | grep libswift >&2
        exit 1
    fi
done
# Proof 2: the programs run with no toolchain on PATH and no toolchain library directory to load from.
clean_path=$(printf '%s' "$PATH" | tr ':' '\n' | grep -v -e swift -e '^$' | paste -sd: -)
env -i PATH="$clean_path" HOME="$HOME" "$stage/$name/bin/classify-sql" -c "DROP TABLE t" > /dev/null && exit_status=0 || exit_status=$?
[ "$exit_status" = 1 ] || { echo "package.sh: classify-sql did not run without the toolchain (exit $exit_status)" >&2; exit 1; }
if [ -e "$stage/$name/bin/sqlrisk-gate" ]; then
    env -i PATH="$clean_path" HOME="$HOME" "$stage/$name/bin/sqlrisk-gate" --help > /dev/null
fi
mkdir -p dist
tar -czf "dist/$name.tar.gz" -C "$stage" "$name"
echo "dist/$name.tar.gz"
