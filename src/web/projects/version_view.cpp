// SPDX-License-Identifier: EUPL-1.2
// Builds the rows of a versions page.
#include "web/projects/version_view.hpp"

#include "web/http/clock.hpp"

namespace rundum::web {

namespace {

// A value as the table shows it: a decision in words, nothing as "(leer)".
std::string shown_value(const FieldChange& change, const std::string& value, const std::string& empty,
                        const i18n::Catalogue& catalogue)
{
    if (change.is_yes_no) {
        return catalogue.text(value == YES ? "consent.yes" : "consent.no");
    }
    return value.empty() ? empty : value;
}

} // namespace

kainjow::mustache::list version_rows(const std::vector<Version>& versions, const VersionDiff& diff,
                                     std::string_view field_prefix, const i18n::Catalogue& catalogue)
{
    const std::string empty = catalogue.text("city.versions.empty");
    kainjow::mustache::list rows;
    for (std::size_t i = 0; i < versions.size(); ++i) {
        const Version& version = versions[i];
        TemplateData row{TemplateData::type::object};
        row.set("number", std::to_string(version.number));
        row.set("changed_at", readable_time(version.changed_at));
        row.set("changed_by", version.changed_by);
        row.set("is_current", i == 0);
        kainjow::mustache::list changes;
        if (i + 1 < versions.size()) {
            for (const FieldChange& change : diff(versions[i + 1].content, version.content)) {
                TemplateData line{TemplateData::type::object};
                line.set("field", catalogue.text(std::string(field_prefix) + change.field, {change.subject}));
                line.set("before", shown_value(change, change.before, empty, catalogue));
                line.set("after", shown_value(change, change.after, empty, catalogue));
                changes.push_back(line);
            }
        }
        row.set("has_changes", !changes.empty());
        row.set("changes", changes);
        rows.push_back(row);
    }
    return rows;
}

const Version* find_version(const std::vector<Version>& versions, const std::string& wanted)
{
    for (const Version& version : versions) {
        if (std::to_string(version.number) == wanted) {
            return &version;
        }
    }
    return nullptr;
}

} // namespace rundum::web
