// SPDX-License-Identifier: EUPL-1.2
// Excel workbooks (.xlsx) of a table, for exports people filter and sort: the form German
// offices work with, with no import step and no character-set trouble.
#pragma once

#include <string>

#include "core/result.hpp"
#include "format/table.hpp"

namespace rundum::format {

/// The longest sheet name Excel accepts, in characters.
inline constexpr std::size_t MAX_SHEET_NAME_LENGTH = 31;

/// The bytes of an .xlsx with one worksheet holding the table: the header row bold and frozen,
/// an autofilter over header and rows, each column as wide as its longest line (within limits).
/// Every cell is written as a string, never as a formula or number, so "=1+1" stays text.
/// Invalid UTF-8 becomes U+FFFD, a cell is cut to Excel's 32,767 characters. The sheet name is
/// made valid by sheet_name(). Error `error.export.failed` (ErrorCode::Internal; the detail says
/// what failed) when the table exceeds Excel's 1,048,576 rows or 16,384 columns or the
/// temporary file cannot be written or read.
Result<std::string> write_xlsx(const Table& table);

/// A name Excel accepts for a worksheet: `[ ] : * ? / \` and control characters dropped,
/// blanks and apostrophes trimmed at the ends, at most 31 characters (cut between characters),
/// "Tabelle1" (German Excel's first sheet) when nothing is left, and Excel's reserved "History"
/// renamed.
std::string sheet_name(std::string_view wanted);

} // namespace rundum::format
