#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Runs every test: installs dependencies, builds with warnings as errors, installs the
# browser-test packages from the lockfile, runs CTest (units, HTTP, CLI, browser), and checks that
# the tests produced every error message of the catalogue.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh --test
# The shape rules of the code (file and function lengths) before anything is built.
python3 scripts/check_shape.py
cmake --preset ci
cmake --build --preset ci
npm ci --prefix tests/browser --no-audit --no-fund
# Every error message of the catalogue must be produced by some test: fail() logs each key it
# makes and the catalogue each key it renders (in every test process and spawned server), and the
# check lists those never reached.
export RUNDUM_MESSAGE_KEY_LOG="$PWD/build/ci/message-keys.log"
: > "$RUNDUM_MESSAGE_KEY_LOG"
ctest --preset ci -j2
python3 scripts/check_message_keys.py assets/i18n/de.json "$RUNDUM_MESSAGE_KEY_LOG"
