#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
# Lists the error messages of the catalogue that no test produced, and fails on any.
#
# fail() appends each error key it makes, and the catalogue each key it renders, to
# $RUNDUM_MESSAGE_KEY_LOG (src/core/message_key_log.cpp);
# scripts/test.sh empties that file, runs the whole suite with it set, then calls this script.
# A partial run (ctest -R ...) never calls it, so it never judges one.
import json
import sys

# Keys no test can reach by construction, each with its reason (keep this short).
ALLOWED_UNREACHED = {
    "error.internal": "the answer to a bug or a broken invariant, never to input",
    "error.page.home": "the error page's link label, read by error.mustache, not an error",
    "challenge.error.no_city": "a guard: every coordinator has a city, and the admin needs none",
    "error.image.busy": "needs a decode that holds the only decoder for DECODE_WAIT (20 s)",
    "error.password.hash_unavailable": "libsodium failing to allocate memory for a hash",
    "error.migrate.mismatch": "a guard against a copy that reads back different from what was written",
    "error.search.failed": "a Xapian error that is neither a lock nor an unavailable database",
}


def flatten(node, prefix=""):
    for name, value in node.items():
        key = f"{prefix}.{name}" if prefix else name
        if isinstance(value, dict):
            yield from flatten(value, key)
        else:
            yield key


def is_error_message(key):
    return key.startswith("error.") or ".error." in key


def main(catalogue_path, log_path):
    with open(catalogue_path, encoding="utf-8") as catalogue:
        keys = {key for key in flatten(json.load(catalogue)) if is_error_message(key)}
    with open(log_path, encoding="utf-8") as log:
        reached = {line.strip() for line in log}
    unreached = sorted(keys - reached - set(ALLOWED_UNREACHED))
    stale = sorted(set(ALLOWED_UNREACHED) - keys)
    for key in unreached:
        print(f"no test produced the message {key}")
    for key in stale:
        print(f"the allow-list names {key}, which the catalogue lacks")
    print(f"{len(keys) - len(unreached)} of {len(keys)} error messages produced by a test")
    return 1 if unreached or stale else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: check_message_keys.py CATALOGUE.json KEY_LOG")
    sys.exit(main(sys.argv[1], sys.argv[2]))
