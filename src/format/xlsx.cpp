// SPDX-License-Identifier: EUPL-1.2
// Writes .xlsx with libxlsxwriter. Version 1.1.4 (Debian 12) can only write to a named file (its
// lxw_workbook_options has no output buffer), so the workbook goes to a private temporary file
// that is read back and always removed.
#include "format/xlsx.hpp"

#include "core/text.hpp"
#include "core/utf8.hpp"

#include <xlsxwriter.h>

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string_view>
#include <system_error>
#include <utility>

namespace rundum::format {

namespace {

/// Excel's limit for the text of one cell, in characters.
constexpr std::size_t MAX_CELL_CHARACTERS = 32'767;
/// Column widths in Excel's units (about one digit each).
constexpr double MIN_COLUMN_WIDTH = 8.0;
constexpr double MAX_COLUMN_WIDTH = 60.0;
/// Room for the autofilter's drop-down button in the header cell.
constexpr std::size_t FILTER_BUTTON_WIDTH = 2;

constexpr std::string_view REPLACEMENT_CHARACTER = "\xEF\xBF\xBD";

tl::unexpected<Error> export_failed(std::string detail)
{
    return fail(ErrorCode::Internal, "error.export.failed", {}, std::move(detail));
}


/// Valid UTF-8 of at most `max_characters` characters; characters outside the Basic
/// Multilingual Plane count twice, as Excel counts UTF-16 units.
std::string clean_text(std::string_view text, std::size_t max_characters)
{
    std::string out;
    out.reserve(std::min(text.size(), max_characters * 4));
    std::size_t characters = 0;
    for (std::size_t at = 0; at < text.size();) {
        // Excel refuses a whole file over one broken byte.
        const std::size_t length = decode_utf8(text, at).length;
        const std::size_t units = length == 4 ? 2 : 1;
        if (characters + units > max_characters) {
            break;
        }
        characters += units;
        if (length == 0) {
            out += REPLACEMENT_CHARACTER;
            ++at;
        } else {
            out.append(text, at, length);
            at += length;
        }
    }
    return out;
}

/// Characters in the longest line of valid UTF-8 (continuation bytes are not counted).
std::size_t longest_line(std::string_view text)
{
    std::size_t longest = 0;
    std::size_t current = 0;
    for (char c : text) {
        if (c == '\n') {
            current = 0;
        } else if ((static_cast<unsigned char>(c) & 0xC0U) != 0x80U) {
            longest = std::max(longest, ++current);
        }
    }
    return longest;
}

/// A file only this process knows the name of, removed when this goes out of scope.
class TemporaryFile {
public:
    static Result<TemporaryFile> create()
    {
        std::error_code error;
        const std::filesystem::path directory = std::filesystem::temp_directory_path(error);
        if (error) {
            return export_failed("no temporary directory: " + error.message());
        }
        std::string name = (directory / "rundum-xlsx-XXXXXX").string();
        const int descriptor = mkstemp(name.data()); // created 0600, the name unique
        if (descriptor < 0) {
            return export_failed("mkstemp in " + directory.string() + ": " + std::strerror(errno));
        }
        close(descriptor); // libxlsxwriter opens the file by name
        return TemporaryFile(std::move(name));
    }

    TemporaryFile(TemporaryFile&& other) noexcept : m_path(std::exchange(other.m_path, {})) {}
    TemporaryFile& operator=(TemporaryFile&&) = delete;
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;
    ~TemporaryFile()
    {
        if (!m_path.empty()) {
            std::error_code ignored;
            std::filesystem::remove(m_path, ignored);
        }
    }

    const std::string& path() const { return m_path; }

private:
    explicit TemporaryFile(std::string path) : m_path(std::move(path)) {}

    std::string m_path;
};

/// Closes (and so frees) a workbook left behind by an early return; its file is removed anyway.
struct WorkbookCloser {
    void operator()(lxw_workbook* workbook) const { workbook_close(workbook); }
};
using Workbook = std::unique_ptr<lxw_workbook, WorkbookCloser>;

Result<void> check(lxw_error error, std::string_view what)
{
    if (error != LXW_NO_ERROR) {
        return export_failed(std::string(what) + ": " + lxw_strerror(error));
    }
    return {};
}

Result<void> write_row(lxw_worksheet* sheet, std::size_t row, const std::vector<std::string>& cells,
                       lxw_format* format, std::vector<std::size_t>& widths)
{
    for (std::size_t column = 0; column < cells.size(); ++column) {
        if (cells[column].empty() && format == nullptr) {
            continue; // an empty cell needs no record
        }
        const std::string text = clean_text(cells[column], MAX_CELL_CHARACTERS);
        widths[column] = std::max(widths[column], longest_line(text));
        // Always a string: worksheet_write_string never interprets "=..." as a formula.
        RUNDUM_TRY(
            check(worksheet_write_string(sheet, static_cast<lxw_row_t>(row),
                                         static_cast<lxw_col_t>(column), text.c_str(), format),
                  "write cell"));
    }
    return {};
}

Result<void> fill_sheet(lxw_workbook* workbook, const Table& table, std::size_t columns)
{
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, sheet_name(table.sheet_name).c_str());
    if (sheet == nullptr) {
        return export_failed("workbook_add_worksheet refused the sheet name");
    }
    std::vector<std::size_t> widths(columns, 0);
    std::size_t row = 0;
    if (!table.header.empty()) {
        lxw_format* bold = workbook_add_format(workbook);
        if (bold == nullptr) {
            return export_failed("workbook_add_format");
        }
        format_set_bold(bold);
        RUNDUM_TRY(write_row(sheet, row++, table.header, bold, widths));
        for (std::size_t& width : widths) {
            width += FILTER_BUTTON_WIDTH;
        }
    }
    for (const std::vector<std::string>& cells : table.rows) {
        RUNDUM_TRY(write_row(sheet, row++, cells, nullptr, widths));
    }
    for (std::size_t column = 0; column < columns; ++column) {
        const double width =
            std::clamp(static_cast<double>(widths[column] + 2), MIN_COLUMN_WIDTH, MAX_COLUMN_WIDTH);
        const auto index = static_cast<lxw_col_t>(column);
        RUNDUM_TRY(check(worksheet_set_column(sheet, index, index, width, nullptr), "set column"));
    }
    if (!table.header.empty() && columns > 0) {
        worksheet_freeze_panes(sheet, 1, 0);
        RUNDUM_TRY(check(worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(row - 1),
                                              static_cast<lxw_col_t>(columns - 1)),
                         "autofilter"));
    }
    return {};
}

Result<std::string> read_file(const std::string& path)
{
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    const std::streamoff size = in ? static_cast<std::streamoff>(in.tellg()) : -1;
    if (size <= 0) {
        return export_failed("cannot read back " + path);
    }
    std::string bytes(static_cast<std::size_t>(size), '\0');
    if (!in.seekg(0) || !in.read(bytes.data(), size)) {
        return export_failed("cannot read back " + path);
    }
    return bytes;
}

} // namespace

std::string sheet_name(std::string_view wanted)
{
    std::string kept;
    for (char c : wanted) {
        const bool is_control = static_cast<unsigned char>(c) < 0x20U || c == '\x7F';
        if (!is_control && std::string_view("[]:*?/\\").find(c) == std::string_view::npos) {
            kept += c;
        }
    }
    const auto trimmed = [](std::string_view text) {
        const std::size_t first = text.find_first_not_of(" '");
        if (first == std::string_view::npos) {
            return std::string_view();
        }
        return text.substr(first, text.find_last_not_of(" '") - first + 1);
    };
    // Cutting may leave a blank or an apostrophe at the end, so trim again after it.
    std::string name(trimmed(clean_text(trimmed(kept), MAX_SHEET_NAME_LENGTH)));
    if (name.empty()) {
        return "Tabelle1";
    }
    if (equals_ignoring_case(name, "history")) {
        return name + " 1"; // Excel keeps "History" for its change tracking
    }
    return name;
}

Result<std::string> write_xlsx(const Table& table)
{
    std::size_t columns = table.header.size();
    for (const std::vector<std::string>& cells : table.rows) {
        columns = std::max(columns, cells.size());
    }
    const std::size_t rows = table.rows.size() + (table.header.empty() ? 0 : 1);
    if (rows > LXW_ROW_MAX || columns > LXW_COL_MAX) {
        return export_failed("table of " + std::to_string(rows) + " rows and " +
                             std::to_string(columns) + " columns exceeds Excel's limits");
    }
    RUNDUM_TRY_ASSIGN(file, TemporaryFile::create());
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE; // keeps shared strings, which Excel reads faster
    Workbook workbook(workbook_new_opt(file.path().c_str(), &options));
    if (!workbook) {
        return export_failed("workbook_new_opt");
    }
    RUNDUM_TRY(fill_sheet(workbook.get(), table, columns));
    RUNDUM_TRY(check(workbook_close(workbook.release()), "workbook_close"));
    return read_file(file.path());
}

} // namespace rundum::format
