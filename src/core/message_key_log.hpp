// SPDX-License-Identifier: EUPL-1.2
// A test hook recording which message keys a process produced (scripts/check_message_keys.py).
#pragma once

#include <string_view>

namespace rundum {

/// With RUNDUM_MESSAGE_KEY_LOG naming a file, appends `key` to it once per process, one per line,
/// so the full test run can list the error messages no test produced. Called where an error is
/// made (fail) and where a message is rendered (the catalogue); an Error built as a literal is
/// noted when it passes through either. Thread-safe; without the variable it costs one branch.
void note_message_key(std::string_view key);

} // namespace rundum
