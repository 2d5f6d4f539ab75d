// SPDX-License-Identifier: EUPL-1.2
// Reading the indicator CSV: a small RFC 4180 reader, then each record checked field by field,
// so an import can say exactly which line to fix before anything is stored.
#include "format/indicator_csv.hpp"

#include <charconv>
#include <map>
#include <optional>
#include <set>
#include <utility>

#include "core/text.hpp"
#include "core/utf8.hpp"

namespace rundum::format {

namespace {

constexpr std::string_view BYTE_ORDER_MARK = "\xEF\xBB\xBF";
constexpr std::size_t FIELD_COUNT = 7;

struct Record {
    std::size_t line{0};
    std::vector<std::string> fields;
    bool blank{false}; ///< an empty line: one empty, unquoted field
};

tl::unexpected<Error> invalid(std::string key, std::size_t line, std::vector<std::string> more = {})
{
    std::vector<std::string> args{std::to_string(line)};
    for (std::string& arg : more) {
        args.push_back(std::move(arg));
    }
    std::string full_key = "error.indicators.";
    full_key += key;
    return fail(ErrorCode::Invalid, std::move(full_key), std::move(args));
}

Result<void> check_utf8(std::string_view text)
{
    std::size_t line = 1;
    for (std::size_t at = 0; at < text.size();) {
        const Utf8Char character = decode_utf8(text, at);
        if (character.length == 0) {
            return invalid("not_utf8", line);
        }
        line += text[at] == '\n' ? 1 : 0;
        at += character.length;
    }
    return {};
}

// Splits the text into records of fields, following RFC 4180 (quoted fields may hold commas,
// doubled quotes and line breaks).
Result<std::vector<Record>> read_records(std::string_view text)
{
    std::vector<Record> records;
    std::size_t line = 1;
    std::size_t at = 0;
    while (at < text.size()) {
        Record record{line, {}, false};
        bool record_done = false;
        bool any_quoted = false;
        while (!record_done) {
            std::string field;
            if (at < text.size() && text[at] == '"') {
                any_quoted = true;
                const std::size_t opened_on = line;
                ++at;
                while (true) {
                    if (at >= text.size()) {
                        return invalid("quote_open", opened_on);
                    }
                    if (text[at] == '"') {
                        if (at + 1 < text.size() && text[at + 1] == '"') {
                            field += '"';
                            at += 2;
                            continue;
                        }
                        ++at;
                        break;
                    }
                    line += text[at] == '\n' ? 1 : 0;
                    field += text[at++];
                }
                if (at < text.size() && text[at] != ',' && text[at] != '\n' &&
                    !(text[at] == '\r' && at + 1 < text.size() && text[at + 1] == '\n')) {
                    return invalid("quote_stray", line);
                }
            } else {
                while (at < text.size() && text[at] != ',' && text[at] != '\n' &&
                       !(text[at] == '\r' && at + 1 < text.size() && text[at + 1] == '\n')) {
                    if (text[at] == '"') {
                        return invalid("quote_stray", line);
                    }
                    field += text[at++];
                }
            }
            record.fields.push_back(std::move(field));
            if (at < text.size() && text[at] == ',') {
                ++at;
                continue;
            }
            // End of line (CRLF or LF) or of the text.
            if (at < text.size() && text[at] == '\r') {
                ++at;
            }
            if (at < text.size() && text[at] == '\n') {
                ++at;
                ++line;
            }
            record_done = true;
        }
        record.blank = !any_quoted && record.fields.size() == 1 && trim_blanks(record.fields[0]).empty();
        records.push_back(std::move(record));
    }
    return records;
}

// A number as the file writes it: digits with an optional sign and decimal point, nothing else
// (std::from_chars alone would also take "inf", "nan" and "1e5").
std::optional<double> plain_number(std::string_view text)
{
    if (text.empty() || text.find_first_not_of("-0123456789.") != std::string_view::npos ||
        text.find('-', 1) != std::string_view::npos || text.find_first_of("0123456789") == std::string_view::npos) {
        return std::nullopt;
    }
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size()) {
        return std::nullopt;
    }
    return value;
}

std::optional<int> plain_year(std::string_view text)
{
    int year = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), year);
    if (text.size() != 4 || error != std::errc{} || end != text.data() + text.size() ||
        !is_valid_indicator_year(year)) {
        return std::nullopt;
    }
    return year;
}

bool is_official_key(std::string_view text)
{
    return text.size() == 8 && text.find_first_not_of("0123456789") == std::string_view::npos;
}

std::string known_indicators()
{
    std::string list;
    for (const IndicatorDefinition& definition : indicator_definitions()) {
        if (!list.empty()) {
            list += ", ";
        }
        list += definition.key;
    }
    return list;
}

Result<IndicatorCsvRow> row_of(const Record& record)
{
    const std::size_t line = record.line;
    if (record.fields.size() != FIELD_COUNT) {
        return invalid("column_count", line, {std::to_string(record.fields.size())});
    }
    IndicatorCsvRow row;
    row.line = line;
    row.official_key = std::string(trim_blanks(record.fields[0]));
    row.city = std::string(trim_blanks(record.fields[1]));
    row.indicator = std::string(trim_blanks(record.fields[2]));
    const std::string_view value_text = trim_blanks(record.fields[3]);
    const std::string_view year_text = trim_blanks(record.fields[4]);
    row.source = std::string(trim_blanks(record.fields[5]));
    row.note = std::string(trim_blanks(record.fields[6]));
    if (!is_official_key(row.official_key)) {
        return invalid("official_key_invalid", line, {row.official_key});
    }
    const IndicatorDefinition* definition = find_indicator(row.indicator);
    if (definition == nullptr) {
        return invalid("unknown_indicator", line, {row.indicator, known_indicators()});
    }
    const std::optional<double> value = plain_number(value_text);
    if (!value || !is_valid_indicator_value(*definition, *value)) {
        return invalid("value_invalid", line, {std::string(value_text), row.indicator});
    }
    row.value = *value;
    const std::optional<int> year = plain_year(year_text);
    if (!year) {
        return invalid("year_invalid", line, {std::string(year_text)});
    }
    row.year = *year;
    if (row.source.empty()) {
        return invalid("source_missing", line);
    }
    if (character_count(row.source) > MAX_INDICATOR_TEXT || character_count(row.note) > MAX_INDICATOR_TEXT) {
        return invalid("text_too_long", line, {std::to_string(MAX_INDICATOR_TEXT)});
    }
    return row;
}

} // namespace

Result<std::vector<IndicatorCsvRow>> parse_indicator_csv(std::string_view text)
{
    if (text.starts_with(BYTE_ORDER_MARK)) {
        text.remove_prefix(BYTE_ORDER_MARK.size());
    }
    RUNDUM_TRY(check_utf8(text));
    RUNDUM_TRY_ASSIGN(records, read_records(text));
    auto first = records.begin();
    while (first != records.end() && first->blank) {
        ++first;
    }
    if (first == records.end()) {
        return fail(ErrorCode::Invalid, "error.indicators.empty");
    }
    std::string header;
    for (const std::string& field : first->fields) {
        if (!header.empty()) {
            header += ',';
        }
        header += trim_blanks(field);
    }
    if (header != INDICATOR_CSV_HEADER) {
        return invalid("header_invalid", first->line, {std::string(INDICATOR_CSV_HEADER), header});
    }
    std::vector<IndicatorCsvRow> rows;
    std::map<std::pair<std::string, std::string>, std::size_t> seen; // (key, indicator) -> line
    for (auto record = first + 1; record != records.end(); ++record) {
        if (record->blank) {
            continue;
        }
        RUNDUM_TRY_ASSIGN(row, row_of(*record));
        auto [earlier, is_new] = seen.emplace(std::pair{row.official_key, row.indicator}, row.line);
        if (!is_new) {
            return invalid("duplicate", row.line, {row.indicator, row.official_key, std::to_string(earlier->second)});
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

Result<std::vector<IndicatorValue>> indicator_values_of(const std::vector<IndicatorCsvRow>& rows,
                                                        const std::vector<City>& cities,
                                                        const std::string& updated_at,
                                                        const std::string& updated_by)
{
    std::map<std::string, const City*> by_key;
    for (const City& city : cities) {
        by_key.emplace(city.official_key, &city);
    }
    std::vector<IndicatorValue> values;
    std::string unknown; // each unknown key once, with the line it first appears on
    std::set<std::string> reported;
    for (const IndicatorCsvRow& row : rows) {
        auto city = by_key.find(row.official_key);
        if (city == by_key.end()) {
            if (reported.insert(row.official_key).second) {
                if (!unknown.empty()) {
                    unknown += ", ";
                }
                unknown += row.official_key;
                unknown += " (";
                unknown += std::to_string(row.line);
                unknown += ')';
            }
            continue;
        }
        values.push_back(IndicatorValue{city->second->id, row.indicator, row.value, row.year, row.source, row.note,
                                        updated_at, updated_by});
    }
    if (!unknown.empty()) {
        return fail(ErrorCode::Invalid, "error.indicators.unknown_cities", {unknown});
    }
    return values;
}

} // namespace rundum::format
