// SPDX-License-Identifier: EUPL-1.2
// An upload limit as the error messages state it.
#pragma once

#include <cstddef>
#include <string>

namespace rundum::media {

/// "5" for 5 MiB, "0,5" for half of one (German decimal comma).
std::string megabytes(std::size_t bytes);

} // namespace rundum::media
