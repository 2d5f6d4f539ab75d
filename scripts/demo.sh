#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Quick start: installs dependencies, builds rundum, creates ./demo-data with the demo network
# (once) and serves it on http://127.0.0.1:8080/ until Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset release
cmake --build --preset release --target rundum
if [[ ! -e demo-data/rundum.sqlite3 ]]; then
    build/release/rundum init --data demo-data --demo
fi
exec build/release/rundum serve --data demo-data --listen "${RUNDUM_LISTEN:-127.0.0.1:8080}"
