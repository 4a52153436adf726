#!/usr/bin/env bash
# Installs SQLRisk under a prefix:
#   bin/classify-sql, bin/sqlrisk-gate (when built), lib/libsqlrisk.so.1 (+ libsqlrisk.so link),
#   include/sqlrisk.h, lib/pkgconfig/sqlrisk.pc
#
#   scripts/install.sh --prefix /usr/local            builds in release mode, then installs
#   scripts/install.sh --prefix DIR --from .build/debug   installs what an earlier build left there
#
# Programs then build with `cc $(pkg-config --cflags --libs sqlrisk) prog.c` (PKG_CONFIG_PATH=DIR/lib/pkgconfig
# for a prefix pkg-config does not search); the .pc file adds an rpath to DIR/lib so they also run.
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=/usr/local
from=""
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) prefix="$2"; shift 2 ;;
        --from) from="$2"; shift 2 ;;
        -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install.sh: unknown argument '$1' (try --help)" >&2; exit 64 ;;
    esac
done
if [ -z "$from" ]; then
    swift build -c release --product classify-sql >&2
    swift build -c release --product sqlrisk >&2
    swift build -c release --product sqlrisk-gate >&2 || echo "install.sh: sqlrisk-gate did not build; installing without it" >&2
    from=.build/release
fi
for required in classify-sql libsqlrisk.so; do
    [ -e "$from/$required" ] || { echo "install.sh: $from/$required is missing; build it first" >&2; exit 2; }
done
version=$(sed -n 's/.*public static let version = "\(.*\)".*/\1/p' Sources/SQLRisk/Version.swift)
mkdir -p "$prefix/bin" "$prefix/lib/pkgconfig" "$prefix/include"
prefix=$(cd "$prefix" && pwd)
install -m 755 "$from/classify-sql" "$prefix/bin/classify-sql"
if [ -e "$from/sqlrisk-gate" ]; then install -m 755 "$from/sqlrisk-gate" "$prefix/bin/sqlrisk-gate"; fi
install -m 755 "$from/libsqlrisk.so" "$prefix/lib/libsqlrisk.so.1"
ln -sf libsqlrisk.so.1 "$prefix/lib/libsqlrisk.so"
install -m 644 Sources/CSQLRisk/include/sqlrisk.h "$prefix/include/sqlrisk.h"
# --no-as-needed around -lsqlrisk: `cc $(pkg-config --cflags --libs sqlrisk) prog.c`, with the libraries
# before the program, must link too where the linker defaults to --as-needed.
cat > "$prefix/lib/pkgconfig/sqlrisk.pc" <<PC
prefix=$prefix
libdir=\${prefix}/lib
includedir=\${prefix}/include

Name: sqlrisk
Description: Classifies PostgreSQL SQL by the worst it could do (C ABI of SQLRisk)
Version: $version
Libs: -L\${libdir} -Wl,--no-as-needed -lsqlrisk -Wl,--as-needed -Wl,-rpath,\${libdir}
Cflags: -I\${includedir}
PC
echo "installed SQLRisk $version under $prefix" >&2
