#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
# The shape rules of src/ (issue 16): no source file over 400 lines unless its head says why
# ("Long on purpose:" in its first comment lines), and no function in src/web over 60 lines.
# Prints every breach and exits 1 if there is one. Run by scripts/test.sh.
import os
import re
import sys

MAX_FILE_LINES = 400
MAX_FUNCTION_LINES = 60
REASON = "Long on purpose:"

# A function definition starts at column 0 (or indented in a namespace-less class body) with a
# return type and a name followed by "(" and ends at the matching closing brace at its indent.
SIGNATURE = re.compile(r"^(\s{0,4})[A-Za-z_][\w:<>,&*\s]*?[\w:~]+\s*\([^;]*$")


def functions(lines):
    """Yields (name line number, length) of brace blocks that follow a signature."""
    i = 0
    while i < len(lines):
        line = lines[i]
        match = SIGNATURE.match(line)
        if match and not line.strip().startswith(("//", "#", "return", "if", "for", "while", "switch", "else")):
            indent = match.group(1)
            # find the opening brace of the body within a few lines
            j = i
            while j < len(lines) and j < i + 6 and "{" not in lines[j] and ";" not in lines[j]:
                j += 1
            if j < len(lines) and lines[j].rstrip() == indent + "{" or (j < len(lines) and lines[j].rstrip().endswith("{") and j == i):
                end = j + 1
                while end < len(lines) and lines[end].rstrip() != indent + "}":
                    end += 1
                if end < len(lines):
                    yield i + 1, end - i + 1, line.strip()
                    i = end + 1
                    continue
        i += 1


def main():
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src")
    breaches = []
    for folder, _, names in os.walk(root):
        for name in sorted(names):
            if not name.endswith((".cpp", ".hpp")):
                continue
            path = os.path.join(folder, name)
            relative = os.path.relpath(path, os.path.join(root, ".."))
            with open(path, encoding="utf-8") as file:
                lines = file.read().split("\n")
            head = "\n".join(lines[:8])
            if len(lines) > MAX_FILE_LINES and REASON not in head:
                breaches.append(f"{relative}: {len(lines)} lines (at most {MAX_FILE_LINES}, or say why)")
            if "/src/web/" in path.replace(os.sep, "/"):
                for start, length, signature in functions(lines):
                    if length > MAX_FUNCTION_LINES:
                        breaches.append(f"{relative}:{start}: function of {length} lines: {signature[:70]}")
    for breach in breaches:
        print(breach)
    if breaches:
        print(f"{len(breaches)} breaches of the shape rules (scripts/check_shape.py)")
        return 1
    print("shape rules kept: files at most 400 lines, functions in src/web at most 60")
    return 0


if __name__ == "__main__":
    sys.exit(main())
