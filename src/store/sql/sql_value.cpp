// SPDX-License-Identifier: EUPL-1.2
// Conversions between the SQL value kinds.
#include "store/sql/sql_value.hpp"

#include <charconv>

namespace rundum::store {

std::string shortest_text(double number)
{
    char buffer[64];
    auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, number);
    return error == std::errc() ? std::string(buffer, end) : std::string("0");
}

namespace {

template <typename Number> Number parse_number(const std::string& text)
{
    Number value{};
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

} // namespace

std::string Rows::text(std::size_t row, std::size_t column) const
{
    const SqlValue& value = m_rows.at(row).at(column);
    if (const auto* text = std::get_if<std::string>(&value)) {
        return *text;
    }
    if (const auto* integer = std::get_if<std::int64_t>(&value)) {
        return std::to_string(*integer);
    }
    if (const auto* number = std::get_if<double>(&value)) {
        return shortest_text(*number);
    }
    return {};
}

double Rows::number(std::size_t row, std::size_t column) const
{
    const SqlValue& value = m_rows.at(row).at(column);
    if (const auto* number = std::get_if<double>(&value)) {
        return *number;
    }
    if (const auto* integer = std::get_if<std::int64_t>(&value)) {
        return static_cast<double>(*integer);
    }
    if (const auto* text = std::get_if<std::string>(&value)) {
        return parse_number<double>(*text);
    }
    return 0;
}

std::int64_t Rows::integer(std::size_t row, std::size_t column) const
{
    const SqlValue& value = m_rows.at(row).at(column);
    if (const auto* integer = std::get_if<std::int64_t>(&value)) {
        return *integer;
    }
    if (const auto* number = std::get_if<double>(&value)) {
        return static_cast<std::int64_t>(*number);
    }
    if (const auto* text = std::get_if<std::string>(&value)) {
        return parse_number<std::int64_t>(*text);
    }
    return 0;
}

bool Rows::is_null(std::size_t row, std::size_t column) const
{
    return std::holds_alternative<std::monostate>(m_rows.at(row).at(column));
}

} // namespace rundum::store
