// SPDX-License-Identifier: EUPL-1.2
// Maps Xapian's exceptions to rundum's Result errors (keys under error.search.).
#pragma once

#include <xapian.h>

#include "core/result.hpp"

namespace rundum::search {

/// A locked index (another process has it) → Unavailable "error.search.locked"; a missing,
/// broken or unwritable index → Unavailable "error.search.unavailable"; anything else (a misuse
/// of Xapian: a bug) → Internal "error.search.failed". The detail carries Xapian's message.
Error search_error(const Xapian::Error& error);

} // namespace rundum::search
