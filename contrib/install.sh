#!/usr/bin/env bash
# Installs forcebench under a prefix: the release binary in PREFIX/bin and, beside it, the
# resource bundle `forcebench init` copies its study template from.
#
#   contrib/install.sh [PREFIX]          (default /usr/local; needs write access to it)
set -euo pipefail
PREFIX="${1:-/usr/local}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
swift build -c release --package-path "$ROOT" --product forcebench >&2
BIN="$(swift build -c release --package-path "$ROOT" --show-bin-path)"
mkdir -p "$PREFIX/bin"
install -m 0755 "$BIN/forcebench" "$PREFIX/bin/forcebench"
rm -rf "$PREFIX/bin/forcebench_forcebench.resources"
cp -R "$BIN/forcebench_forcebench.resources" "$PREFIX/bin/"
echo "installed $PREFIX/bin/forcebench ($("$PREFIX/bin/forcebench" --version))"
