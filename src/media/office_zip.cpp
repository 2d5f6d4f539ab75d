// SPDX-License-Identifier: EUPL-1.2
// Office Open XML and OpenDocument recognition on libzip (the archive) and libxml2 (its XML
// parts, without DTDs, entities or network). Macros are found by what the package declares —
// content types and relationships, the ODF manifest and event listeners — because a VBA project
// may sit under any part name.
#include "media/office_zip.hpp"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <array>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "core/text.hpp"
#include "media/zip_upload.hpp"

namespace rundum::media {

namespace {

using namespace std::string_view_literals;

tl::unexpected<Error> refused(std::string detail)
{
    return fail(ErrorCode::Invalid, "error.attachment.type", {}, std::move(detail));
}

bool contains_any(std::string_view text, std::initializer_list<std::string_view> parts)
{
    return std::any_of(parts.begin(), parts.end(),
                       [&](std::string_view part) { return text.find(part) != std::string_view::npos; });
}

// --- XML --------------------------------------------------------------------------------------

struct XmlFree {
    void operator()(xmlDoc* document) const { xmlFreeDoc(document); }
};
using XmlDocument = std::unique_ptr<xmlDoc, XmlFree>;

/// Parses a part: no network, no entity substitution, no DTD loading, no messages on stderr;
/// a document with a DTD is refused (Office and OpenDocument never carry one).
Result<XmlDocument> parse_xml(const std::string& text, const std::string& part)
{
    static std::once_flag initialised;
    std::call_once(initialised, [] { xmlInitParser(); });
    XmlDocument document(xmlReadMemory(text.data(), static_cast<int>(text.size()), part.c_str(), nullptr,
                                       XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
    if (!document || xmlDocGetRootElement(document.get()) == nullptr) {
        return refused(part + " is no well-formed XML");
    }
    if (document->intSubset != nullptr || document->extSubset != nullptr) {
        return refused(part + " declares a DTD");
    }
    return document;
}

/// An attribute's value by its local name (any namespace), "" when it has none.
std::string attribute(xmlNode* element, const char* name)
{
    xmlChar* value = xmlGetProp(element, reinterpret_cast<const xmlChar*>(name));
    if (value == nullptr) {
        return {};
    }
    std::string text(reinterpret_cast<const char*>(value));
    xmlFree(value);
    return text;
}

std::string_view local_name(const xmlNode* node)
{
    return reinterpret_cast<const char*>(node->name);
}

/// Every element of the document, depth first, without recursion.
template <typename Visit>
Result<void> for_each_element(xmlDoc* document, Visit&& visit)
{
    std::vector<xmlNode*> pending{xmlDocGetRootElement(document)};
    while (!pending.empty()) {
        xmlNode* node = pending.back();
        pending.pop_back();
        for (; node != nullptr; node = node->next) {
            if (node->type != XML_ELEMENT_NODE) {
                continue;
            }
            RUNDUM_TRY(visit(node));
            if (node->children != nullptr) {
                pending.push_back(node->children);
            }
        }
    }
    return {};
}

Result<XmlDocument> read_xml_part(const ZipUpload& zip, std::size_t index)
{
    RUNDUM_TRY_ASSIGN(text, zip.read(index, MAX_XML_PART_BYTES));
    return parse_xml(text, zip.name(index));
}

// --- Office Open XML (ECMA-376 part 2: content types and relationships) ------------------------

/// Content types no document of ours has: VBA projects and their data, macro-enabled main
/// parts (.docm, .xlsm, .pptm, templates and add-ins), ActiveX controls, Excel 4 macro sheets,
/// key bindings to macros.
bool is_macro_content_type(std::string_view lower_type)
{
    return contains_any(lower_type,
                        {"vbaproject", "vbadata", "macroenabled", "activex", "macrosheet", "keymapcustomizations"});
}

/// Relationship types that load code: the last segment of the type URI, lower case.
bool is_macro_relationship(std::string_view lower_kind)
{
    return contains_any(lower_kind, {"vba", "activex", "macro", "keymapcustomizations"});
}

/// An external target that makes the reader fetch nothing from a network: a local file path
/// ("file:///C:/…" or "C:\…"), as Word writes for a template on the author's disk.
bool is_local_file(std::string_view lower_target)
{
    if (lower_target.starts_with("file:///")) {
        lower_target.remove_prefix(8);
    }
    return lower_target.size() >= 3 && lower_target[0] >= 'a' && lower_target[0] <= 'z' && lower_target[1] == ':' &&
           (lower_target[2] == '\\' || lower_target[2] == '/');
}

Result<void> check_relationships(xmlDoc* document, const std::string& part)
{
    return for_each_element(document, [&](xmlNode* element) -> Result<void> {
        if (local_name(element) != "Relationship"sv) {
            return {};
        }
        const std::string type = ascii_lowercase(attribute(element, "Type"));
        const std::string kind = type.substr(type.rfind('/') + 1);
        if (is_macro_relationship(kind)) {
            return refused(part + ": relationship of type " + kind.substr(0, 80));
        }
        if (ascii_lowercase(attribute(element, "TargetMode")) == "external" && kind != "hyperlink" &&
            !is_local_file(ascii_lowercase(attribute(element, "Target")))) {
            return refused(part + ": external " + kind.substr(0, 80) + " relationship to another host");
        }
        return {};
    });
}

Result<AttachmentType> identify_ooxml(const ZipUpload& zip)
{
    static constexpr std::array<std::array<std::string_view, 3>, 3> MAIN_TYPES{{
        {"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
         "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"},
        {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
         "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"},
        {"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
         "application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"},
    }};
    const auto content_types = zip.find("[Content_Types].xml");
    if (!content_types) {
        return refused("ZIP without [Content_Types].xml or OpenDocument mimetype");
    }
    RUNDUM_TRY_ASSIGN(types, read_xml_part(zip, *content_types));
    std::array<bool, MAIN_TYPES.size()> present{};
    RUNDUM_TRY(for_each_element(types.get(), [&](xmlNode* element) -> Result<void> {
        if (local_name(element) != "Default"sv && local_name(element) != "Override"sv) {
            return {};
        }
        const std::string type = ascii_lowercase(attribute(element, "ContentType"));
        if (is_macro_content_type(type)) {
            return refused("Office file declaring the content type " + type.substr(0, 100));
        }
        for (std::size_t i = 0; i < MAIN_TYPES.size(); ++i) {
            present[i] = present[i] || type == MAIN_TYPES[i][0];
        }
        return {};
    }));
    for (std::size_t i = 0; i < zip.size(); ++i) {
        const std::string name = ascii_lowercase(zip.name(i));
        if (name.ends_with(".rels")) {
            RUNDUM_TRY_ASSIGN(relationships, read_xml_part(zip, i));
            RUNDUM_TRY(check_relationships(relationships.get(), zip.name(i)));
        } else if (name.ends_with("vbaproject.bin")) {
            return refused("Office file with a VBA project part"); // a second look, never the only one
        }
    }
    if (std::count(present.begin(), present.end(), true) != 1) {
        return refused("Office file of no single kind");
    }
    const auto& found = MAIN_TYPES[static_cast<std::size_t>(std::find(present.begin(), present.end(), true) -
                                                            present.begin())];
    return AttachmentType{std::string(found[1]), std::string(found[2])};
}

// --- OpenDocument (ODF 1.2 part 3: package, manifest, scripts) ---------------------------------

/// Basic module files and scripts, by the paths ODF gives them; LibreOffice's empty library
/// indexes (script-lc.xml, script-lb.xml) are no code.
bool is_script_path(std::string_view lower_path)
{
    if (lower_path.ends_with('/')) {
        return false;
    }
    if (lower_path.starts_with("scripts/")) {
        return true;
    }
    return lower_path.starts_with("basic/") && lower_path != "basic/script-lc.xml" &&
           !lower_path.ends_with("/script-lb.xml");
}

Result<void> check_manifest(const ZipUpload& zip)
{
    const auto manifest = zip.find("META-INF/manifest.xml");
    if (!manifest) {
        return {};
    }
    RUNDUM_TRY_ASSIGN(document, read_xml_part(zip, *manifest));
    return for_each_element(document.get(), [&](xmlNode* element) -> Result<void> {
        if (local_name(element) == "file-entry"sv && is_script_path(ascii_lowercase(attribute(element, "full-path")))) {
            return refused("OpenDocument manifest names scripts");
        }
        return {};
    });
}

/// Event listeners (which run macros or programs on opening, clicking or printing) and links to
/// macros anywhere in the content or styles.
Result<void> check_events(const ZipUpload& zip, std::string_view part)
{
    const auto index = zip.find(part);
    if (!index) {
        return {};
    }
    RUNDUM_TRY_ASSIGN(document, read_xml_part(zip, *index));
    return for_each_element(document.get(), [&](xmlNode* element) -> Result<void> {
        if (local_name(element) == "event-listener"sv) {
            return refused("OpenDocument with an event listener in " + std::string(part));
        }
        for (xmlAttr* attr = element->properties; attr != nullptr; attr = attr->next) {
            xmlChar* value = xmlNodeGetContent(reinterpret_cast<xmlNode*>(attr));
            const std::string text = value == nullptr ? "" : ascii_lowercase(reinterpret_cast<const char*>(value));
            xmlFree(value);
            const std::size_t start = text.find_first_not_of(" \t\r\n");
            if (start != std::string::npos &&
                (text.compare(start, 20, "vnd.sun.star.script:") == 0 ||
                 text.compare(start, 19, "vnd.sun.star.basic:") == 0 || text.compare(start, 6, "macro:") == 0)) {
                return refused("OpenDocument linking a macro in " + std::string(part));
            }
        }
        return {};
    });
}

Result<AttachmentType> identify_odf(const ZipUpload& zip, std::string_view mimetype)
{
    static constexpr std::array<std::array<std::string_view, 2>, 3> TYPES{{
        {"application/vnd.oasis.opendocument.text", "odt"},
        {"application/vnd.oasis.opendocument.spreadsheet", "ods"},
        {"application/vnd.oasis.opendocument.presentation", "odp"},
    }};
    const auto known = std::find_if(TYPES.begin(), TYPES.end(), [&](const auto& kind) { return kind[0] == mimetype; });
    if (known == TYPES.end()) {
        return refused("OpenDocument of another kind: " + std::string(mimetype.substr(0, 80)));
    }
    for (std::size_t i = 0; i < zip.size(); ++i) {
        if (is_script_path(ascii_lowercase(zip.name(i)))) {
            return refused("OpenDocument file with macros");
        }
    }
    RUNDUM_TRY(check_manifest(zip));
    RUNDUM_TRY(check_events(zip, "content.xml"));
    RUNDUM_TRY(check_events(zip, "styles.xml"));
    return AttachmentType{std::string((*known)[0]), std::string((*known)[1])};
}

/// The content of the first entry if it is `mimetype`, stored plainly as ODF requires.
Result<std::optional<std::string>> odf_mimetype(const ZipUpload& zip)
{
    if (zip.name(0) != "mimetype") {
        return std::optional<std::string>();
    }
    constexpr std::size_t MAX_MIMETYPE = 128;
    RUNDUM_TRY_ASSIGN(stat, zip.stat(0));
    if ((stat.valid & ZIP_STAT_COMP_METHOD) == 0 || stat.comp_method != ZIP_CM_STORE) {
        return refused("OpenDocument mimetype entry not stored plainly");
    }
    RUNDUM_TRY_ASSIGN(text, zip.read(0, MAX_MIMETYPE));
    return std::optional<std::string>(std::move(text));
}

} // namespace

Result<AttachmentType> identify_office_zip(std::string_view bytes)
{
    RUNDUM_TRY_ASSIGN(zip, ZipUpload::open(bytes));
    RUNDUM_TRY_ASSIGN(mimetype, odf_mimetype(zip));
    if (mimetype) {
        return identify_odf(zip, *mimetype);
    }
    return identify_ooxml(zip);
}

} // namespace rundum::media
