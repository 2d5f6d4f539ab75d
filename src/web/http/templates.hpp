// SPDX-License-Identifier: EUPL-1.2
// HTML through kainjow mustache: templates compiled into the binary, output HTML-escaped.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>

#include <kainjow/mustache.hpp>

#include "core/result.hpp"
#include "i18n/catalogue.hpp"
#include "web/http/visitor.hpp"

namespace rundum::web {

using TemplateData = kainjow::mustache::data;

/// The parsed templates of assets/templates and the catalogue's messages for them.
class Templates {
public:
    /// Parses every embedded template; a template with a syntax error is an Internal error.
    static Result<std::unique_ptr<Templates>> load(const i18n::Catalogue& catalogue);

    /// Renders `name` (e.g. "city") into the page layout. `page` gets `msg` (the messages),
    /// `lang`, the visitor's `member` (name, is_admin) and `csrf` (for forms) added; `title` is
    /// the page's <title>.
    std::string render_page(const std::string& name, TemplateData page, const std::string& title,
                            const Visitor& visitor);

private:
    std::string render(const std::string& name, const TemplateData& data);

    std::mutex m_mutex; // kainjow's render is not const
    std::map<std::string, std::unique_ptr<kainjow::mustache::mustache>> m_templates;
    TemplateData m_messages;
    std::string m_language;
};

} // namespace rundum::web
