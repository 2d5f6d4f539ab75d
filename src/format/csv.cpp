// SPDX-License-Identifier: EUPL-1.2
// Writes CSV for German Excel. The formula guard follows OWASP's "CSV Injection" advice; quoting
// comes after it, so a guarded cell is quoted like any other.
#include "format/csv.hpp"

#include <algorithm>

namespace rundum::format {

namespace {

constexpr std::string_view BYTE_ORDER_MARK = "\xEF\xBB\xBF";

bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/// A sign, a digit, then only digits and separators: "-5", "+3,25", "-1.234,5". Excel reads it
/// as a number and no formula can be written with these characters alone.
bool is_signed_number(std::string_view text)
{
    return text.size() >= 2 && (text[0] == '+' || text[0] == '-') && is_digit(text[1]) &&
           std::all_of(text.begin() + 2, text.end(),
                       [](char c) { return is_digit(c) || c == '.' || c == ','; });
}

bool starts_like_formula(std::string_view text)
{
    if (text.empty() || is_signed_number(text)) {
        return false;
    }
    const char first = text.front();
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' ||
           first == '\r';
}

void append_row(std::string& out, const std::vector<std::string>& cells)
{
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0) {
            out += ';';
        }
        out += csv_cell(cells[i]);
    }
    out += "\r\n";
}

} // namespace

std::string csv_cell(std::string_view text)
{
    std::string cell;
    cell.reserve(text.size() + 3);
    if (starts_like_formula(text)) {
        cell += '\'';
    }
    cell += text;
    if (cell.find_first_of(";\"\r\n") == std::string::npos) {
        return cell;
    }
    std::string quoted = "\"";
    for (char c : cell) {
        if (c == '"') {
            quoted += '"';
        }
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

std::string write_csv(const Table& table)
{
    std::string out(BYTE_ORDER_MARK);
    if (!table.header.empty()) {
        append_row(out, table.header);
    }
    for (const std::vector<std::string>& row : table.rows) {
        append_row(out, row);
    }
    return out;
}

} // namespace rundum::format
