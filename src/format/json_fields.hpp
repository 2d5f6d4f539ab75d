// Reading fields of JSON objects with errors that say which field, and where, is wrong:
// shared by every importer of rundum's JSON (network files, saved versions, the API).
#pragma once

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

} // namespace rundum::format
