// SPDX-License-Identifier: EUPL-1.2
// A list of rows with a header: what an export (projects, contacts, cities) hands to the
// spreadsheet writers (format/csv.hpp, format/xlsx.hpp).
#pragma once

#include <string>
#include <vector>

namespace rundum::format {

/// Rows of text cells under a header row. Rows may be shorter or longer than the header;
/// every cell is text (numbers included), so nothing is ever evaluated as a formula.
struct Table {
    std::vector<std::string> header;            ///< column titles; empty for no header row
    std::vector<std::vector<std::string>> rows; ///< cells in UTF-8
    std::string sheet_name;                     ///< the worksheet's name in an .xlsx
};

} // namespace rundum::format
