// SPDX-License-Identifier: EUPL-1.2
// Loads the embedded templates and renders pages inside the shared layout.
#include "web/http/templates.hpp"

namespace rundum::web {

namespace embedded {
const std::map<std::string, std::string_view>& files(); // see CMakeLists.txt
}

namespace {

// A tree of message keys: leaves hold texts, inner nodes hold further parts of the key.
struct MessageNode {
    std::string text;
    std::map<std::string, MessageNode> children;
};

TemplateData to_template_data(const MessageNode& node)
{
    if (node.children.empty()) {
        return TemplateData(node.text);
    }
    TemplateData object{TemplateData::type::object};
    for (const auto& [part, child] : node.children) {
        object.set(part, to_template_data(child));
    }
    return object;
}

// Turns dotted catalogue keys into nested objects, so templates write {{msg.nav.home}}.
TemplateData nest_messages(const i18n::Catalogue& catalogue)
{
    MessageNode root;
    for (const auto& [key, text] : catalogue.messages()) {
        MessageNode* node = &root;
        std::size_t start = 0;
        for (std::size_t dot = key.find('.'); ; dot = key.find('.', start)) {
            node = &node->children[key.substr(start, dot == std::string::npos ? dot : dot - start)];
            if (dot == std::string::npos) {
                break;
            }
            start = dot + 1;
        }
        node->text = text;
    }
    return to_template_data(root);
}

} // namespace

Result<std::unique_ptr<Templates>> Templates::load(const i18n::Catalogue& catalogue)
{
    auto templates = std::make_unique<Templates>();
    for (const auto& [file, text] : embedded::files()) {
        const std::string suffix = ".mustache";
        if (!file.ends_with(suffix)) {
            continue;
        }
        auto parsed = std::make_unique<kainjow::mustache::mustache>(std::string(text));
        if (!parsed->is_valid()) {
            return fail(ErrorCode::Internal, "error.internal", {},
                        "template " + file + ": " + parsed->error_message());
        }
        templates->m_templates.emplace(file.substr(0, file.size() - suffix.size()), std::move(parsed));
    }
    templates->m_messages = nest_messages(catalogue);
    templates->m_language = catalogue.language();
    return templates;
}

std::string Templates::render(const std::string& name, const TemplateData& data)
{
    auto found = m_templates.find(name);
    if (found == m_templates.end()) {
        throw std::logic_error("no template named " + name); // a bug, not bad input
    }
    return found->second->render(data);
}

std::string Templates::render_page(const std::string& name, TemplateData page, const std::string& title,
                                   const Visitor& visitor)
{
    if (const User* member = visitor.member()) {
        TemplateData who{TemplateData::type::object};
        who.set("name", member->name.empty() ? member->email : member->name);
        who.set("is_admin", member->role == Role::Admin);
        if (visitor.unread_notifications > 0) {
            who.set("unread", std::to_string(visitor.unread_notifications));
        }
        page.set("member", who);
    }
    page.set("csrf", visitor.csrf_token);
    std::lock_guard lock(m_mutex);
    page.set("msg", m_messages);
    page.set("lang", m_language);
    page.set("title", title);
    std::string content = render(name, page);
    page.set("content", content);
    return render("layout", page);
}

} // namespace rundum::web
