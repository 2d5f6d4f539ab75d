// SPDX-License-Identifier: EUPL-1.2
// CSV files for spreadsheets as German offices open them: Excel with a German locale
// double-clicked, no import dialogue.
#pragma once

#include <string>
#include <string_view>

#include "format/table.hpp"

namespace rundum::format {

/// The table as CSV that German Excel opens as is: UTF-8 with a byte order mark (without it
/// Excel reads Windows-1252), `;` between cells (`,` is the decimal comma), CRLF after every
/// line, RFC 4180 quoting (a cell with `;`, `"`, CR or LF is quoted, quotes doubled). Against
/// formula injection (a cell "=HYPERLINK(...)" that Excel would run) a cell beginning with
/// = + - @ TAB or CR gets a leading apostrophe, except a plain number such as "-5" or "+3,25",
/// which cannot call anything and should stay a number to sum.
std::string write_csv(const Table& table);

/// One cell as written by write_csv: guarded against formulas, then quoted if needed.
std::string csv_cell(std::string_view text);

} // namespace rundum::format
