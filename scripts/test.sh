#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Runs every test: installs dependencies, builds with warnings as errors, installs the
# browser-test packages from the lockfile, and runs CTest (units, HTTP, CLI, browser).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh --test
cmake --preset ci
cmake --build --preset ci
npm ci --prefix tests/browser --no-audit --no-fund
ctest --preset ci -j2
