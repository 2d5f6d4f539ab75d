#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Installs what rundum needs on Debian 12 (run as root). With --test also what the tests need:
# PostgreSQL 15 for the second backend, Chromium for the browser test, Node.js/npm for
# Playwright, wrk and nginx for the benchmark, clang and libFuzzer for the fuzz targets.
set -euo pipefail

packages=(
    g++ cmake ninja-build pkg-config
    libboost1.81-dev libboost-json1.81-dev libboost-url1.81-dev
    libkainjow-mustache-dev libsqlite3-dev libpq-dev libsodium-dev libcmark-gfm-dev libcmark-gfm-extensions-dev libcurl4-openssl-dev libgd-dev libcli11-dev libspdlog-dev libfmt-dev libexpected-dev libxapian-dev libxlsxwriter-dev libical-dev
    libzip-dev libxml2-dev
    libgtest-dev libbenchmark-dev
)
if [[ "${1:-}" == "--test" ]]; then
    packages+=(postgresql-15 chromium wrk nginx-light curl clang libfuzzer-14-dev)
fi

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
# Node.js may come from Debian (nodejs + npm) or already be on the machine with its own npm.
if [[ "${1:-}" == "--test" ]]; then
    command -v node >/dev/null || missing+=(nodejs)
    command -v npm >/dev/null || missing+=(npm)
fi

if ((${#missing[@]} > 0)); then
    echo "Installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
