// SPDX-License-Identifier: EUPL-1.2
// Reading fields of JSON objects with errors that say which field, and where, is wrong:
// shared by every importer of rundum's JSON (network files, saved versions, the API).
#pragma once

#include <cmath>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include <boost/json.hpp>

#include "core/result.hpp"

namespace rundum::format {

namespace json = boost::json;

/// Reads fields of one JSON object and names the first one that is missing or mistyped, with
/// where it sits ("cities[3].address.street").
class FieldReader {
public:
    FieldReader(const json::value& value, std::string where)
        : m_object(value.if_object()), m_where(std::move(where))
    {
    }

    bool is_object() const { return m_object != nullptr; }
    const std::string& where() const { return m_where; }

    Result<std::string> text(std::string_view name) const
    {
        const json::value* field = find(name);
        if (field == nullptr || !field->is_string()) {
            return missing(name, "error.import.expected_text");
        }
        return std::string(field->get_string());
    }

    Result<double> number(std::string_view name) const
    {
        const json::value* field = find(name);
        if (field == nullptr || !field->is_number()) {
            return missing(name, "error.import.expected_number");
        }
        return field->to_number<double>();
    }

    Result<bool> boolean(std::string_view name) const
    {
        const json::value* field = find(name);
        if (field == nullptr || !field->is_bool()) {
            return missing(name, "error.import.expected_boolean");
        }
        return field->get_bool();
    }

    Result<const json::array*> array(std::string_view name) const
    {
        const json::value* field = find(name);
        if (field == nullptr || !field->is_array()) {
            return missing(name, "error.import.expected_list");
        }
        return &field->get_array();
    }

    /// The field's value, or nullptr when it is absent or JSON null.
    const json::value* optional(std::string_view name) const
    {
        const json::value* field = find(name);
        return (field == nullptr || field->is_null()) ? nullptr : field;
    }

    tl::unexpected<Error> missing(std::string_view name, std::string key) const
    {
        return fail(ErrorCode::Invalid, std::move(key), {m_where + "." + std::string(name)});
    }

private:
    const json::value* find(std::string_view name) const
    {
        return m_object == nullptr ? nullptr : m_object->if_contains(name);
    }

    const json::object* m_object;
    std::string m_where;
};

/// The strings of a JSON array; Invalid naming `where` if an item is no string.
inline Result<std::vector<std::string>> text_list(const json::array& items, const std::string& where)
{
    std::vector<std::string> out;
    for (const json::value& item : items) {
        if (!item.is_string()) {
            return fail(ErrorCode::Invalid, "error.import.expected_text", {where});
        }
        out.emplace_back(item.get_string());
    }
    return out;
}

/// Reads `value` as an object; Invalid naming `where` if it is none.
inline Result<FieldReader> object_fields(const json::value& value, std::string_view where)
{
    FieldReader fields(value, std::string(where));
    if (!fields.is_object()) {
        return fail(ErrorCode::Invalid, "error.import.expected_object", {std::string(where)});
    }
    return fields;
}

/// A required text field and where it goes, for read_texts.
struct TextField {
    std::string_view name;
    std::string* target;
};

/// Reads required text fields into their targets; stops at the first missing one.
inline Result<void> read_texts(const FieldReader& fields, std::initializer_list<TextField> wanted)
{
    for (const TextField& field : wanted) {
        RUNDUM_TRY_ASSIGN(text, fields.text(field.name));
        *field.target = std::move(text);
    }
    return {};
}

/// A required number without fraction that fits an int (a year, a position).
inline Result<int> whole_number(const FieldReader& fields, std::string_view name)
{
    RUNDUM_TRY_ASSIGN(number, fields.number(name));
    if (std::trunc(number) != number || number < -1e9 || number > 1e9) {
        return fields.missing(name, "error.import.expected_whole_number");
    }
    return static_cast<int>(number);
}

/// A required list of strings.
inline Result<std::vector<std::string>> texts(const FieldReader& fields, std::string_view name)
{
    RUNDUM_TRY_ASSIGN(items, fields.array(name));
    return text_list(*items, fields.where() + "." + std::string(name));
}

/// Strings as a JSON array.
inline json::array to_array(const std::vector<std::string>& items)
{
    json::array out;
    for (const std::string& item : items) {
        out.emplace_back(item);
    }
    return out;
}

} // namespace rundum::format
