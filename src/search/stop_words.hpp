// SPDX-License-Identifier: EUPL-1.2
// German stop words: words so common that they say nothing about what a text is about. They are
// not indexed, and a query need not match them.
#pragma once

#include <string_view>

namespace rundum::search {

/// Whether a folded word (see folding.hpp) is a German stop word ("der", "und", "fur", "fuer").
bool is_stop_word(std::string_view folded_word);

} // namespace rundum::search
