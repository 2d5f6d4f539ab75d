// SPDX-License-Identifier: EUPL-1.2
// Values that travel between rundum and a SQL database: parameters and result rows.
#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace rundum::store {

/// One SQL value: NULL, integer, floating point or text.
using SqlValue = std::variant<std::monostate, std::int64_t, double, std::string>;

/// The rows a query returned. Drivers that hand back text (libpq) and typed values (SQLite)
/// read the same through the accessors, which convert as needed.
class Rows {
public:
    explicit Rows(std::vector<std::vector<SqlValue>> rows = {}) : m_rows(std::move(rows)) {}

    std::size_t size() const { return m_rows.size(); }
    bool empty() const { return m_rows.empty(); }

    /// The value as text ("" for NULL; numbers in their shortest exact form).
    std::string text(std::size_t row, std::size_t column) const;
    /// The value as a double (0 for NULL or text that is not a number).
    double number(std::size_t row, std::size_t column) const;
    /// The value as an integer (0 for NULL or text that is not a number).
    std::int64_t integer(std::size_t row, std::size_t column) const;
    /// Whether the value is NULL.
    bool is_null(std::size_t row, std::size_t column) const;

    const std::vector<std::vector<SqlValue>>& all() const { return m_rows; }

private:
    std::vector<std::vector<SqlValue>> m_rows;
};

/// NULL for an empty text (an optional reference), the text otherwise.
inline SqlValue text_or_null(const std::string& text)
{
    return text.empty() ? SqlValue{} : SqlValue{text};
}

/// Text of a double that reads back to the same double ("52.51767").
std::string shortest_text(double number);

} // namespace rundum::store
