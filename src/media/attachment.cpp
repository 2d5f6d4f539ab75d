// Attachment recognition and download names. Uploads are hostile input. ZIP files (Office Open
// XML, OpenDocument) are read by libzip and libxml2 in office_zip.cpp. The compound file
// directory of legacy Office files is read here through bounds-checked accessors, every count and
// offset checked against the buffer before use and every walk limited, so no upload can make this
// read past its bytes or loop: libgsf was tried for it and accepts directories this refuses
// (looping sibling trees and sector chains, unknown versions), logging criticals on hostile input.
#include "media/attachment.hpp"

#include "core/text.hpp"
#include "core/utf8.hpp"
#include "media/byte_reader.hpp"
#include "media/office_zip.hpp"
#include "media/upload_size.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace rundum::media {

namespace {

using namespace std::string_view_literals;

tl::unexpected<Error> refused(std::string detail)
{
    return fail(ErrorCode::Invalid, "error.attachment.type", {}, std::move(detail));
}


AttachmentType type(std::string_view content_type, std::string_view extension)
{
    return AttachmentType{std::string(content_type), std::string(extension)};
}

// --- Compound File Binary ([MS-CFB]): legacy DOC, XLS, PPT -----------------------------------

constexpr std::string_view CFB_SIGNATURE = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
constexpr std::size_t CFB_HEADER_SIZE = 512;
constexpr std::size_t CFB_HEADER_FAT_SECTORS = 109;
constexpr std::size_t CFB_ENTRY_SIZE = 128;
constexpr std::uint32_t CFB_MAX_REGULAR_SECTOR = 0xFFFFFFFA;
constexpr std::uint32_t CFB_END_OF_CHAIN = 0xFFFFFFFE;
constexpr std::uint32_t CFB_NO_STREAM = 0xFFFFFFFF;
constexpr std::uint32_t CFB_STORAGE = 1;
constexpr std::uint32_t CFB_STREAM = 2;
constexpr std::uint32_t CFB_ROOT = 5;

/// One directory entry; `name` is the raw UTF-16LE name inside the upload.
struct CfbEntry {
    std::string_view name;
    std::uint32_t kind = 0;
    std::uint32_t left = CFB_NO_STREAM;
    std::uint32_t right = CFB_NO_STREAM;
    std::uint32_t child = CFB_NO_STREAM;

    /// Whether the name is `ascii`, compared without case as the format does.
    bool is_named(std::string_view ascii) const
    {
        if (name.size() != ascii.size() * 2) {
            return false;
        }
        for (std::size_t i = 0; i < ascii.size(); ++i) {
            if (name[2 * i + 1] != '\0' || ascii_lower(name[2 * i]) != ascii_lower(ascii[i])) {
                return false;
            }
        }
        return true;
    }
};

/// The sectors of a compound file and its allocation table.
class CompoundFile {
public:
    static Result<CompoundFile> open(const Bytes& data)
    {
        if (!data.has(0, CFB_HEADER_SIZE)) {
            return refused("compound file shorter than its header");
        }
        const std::uint32_t major = data.le16(0x1A);
        const std::uint32_t shift = data.le16(0x1E);
        if (data.le16(0x1C) != 0xFFFE ||
            !((major == 3 && shift == 9) || (major == 4 && shift == 12))) {
            return refused("compound file header of unknown version");
        }
        const std::size_t sector_size = std::size_t{1} << shift;
        if (data.size() < 2 * sector_size) {
            return refused("compound file without sectors");
        }
        CompoundFile file(data, sector_size);
        RUNDUM_TRY(file.read_fat_sectors());
        return file;
    }

    /// Directory entries in order, following the directory's sector chain.
    Result<std::vector<CfbEntry>> directory() const
    {
        std::vector<CfbEntry> entries;
        std::uint32_t sector = m_data.le32(0x30);
        for (std::size_t visited = 0; sector != CFB_END_OF_CHAIN; ++visited) {
            if (visited >= m_sector_count) {
                return refused("compound file directory chain loops");
            }
            RUNDUM_TRY_ASSIGN(offset, sector_offset(sector));
            for (std::size_t at = offset; at < offset + m_sector_size; at += CFB_ENTRY_SIZE) {
                if (entries.size() >= MAX_CFB_DIRECTORY_ENTRIES) {
                    return refused("compound file directory too large");
                }
                entries.push_back(entry(at));
            }
            RUNDUM_TRY_ASSIGN(next, next_sector(sector));
            sector = next;
        }
        return entries;
    }

private:
    CompoundFile(const Bytes& data, std::size_t sector_size)
        : m_data(data), m_sector_size(sector_size),
          m_sector_count(data.size() / sector_size - 1) // the header fills sector -1
    {
    }

    /// Where a regular sector starts, if it lies wholly inside the file.
    Result<std::size_t> sector_offset(std::uint32_t sector) const
    {
        if (sector > CFB_MAX_REGULAR_SECTOR || sector >= m_sector_count) {
            return refused("compound file sector " + std::to_string(sector) + " outside the file");
        }
        return (static_cast<std::size_t>(sector) + 1) * m_sector_size;
    }

    /// The allocation table's sectors: the first 109 are named in the header, the rest in a
    /// chain of DIFAT sectors.
    Result<void> read_fat_sectors()
    {
        const std::size_t count = m_data.le32(0x2C);
        if (count > m_sector_count) {
            return refused("compound file claims more FAT sectors than it has");
        }
        for (std::size_t i = 0; i < std::min(count, CFB_HEADER_FAT_SECTORS); ++i) {
            m_fat_sectors.push_back(m_data.le32(0x4C + 4 * i));
        }
        const std::size_t per_sector = m_sector_size / 4 - 1; // the last entry links the next
        std::uint32_t sector = m_data.le32(0x44);
        for (std::size_t visited = 0; m_fat_sectors.size() < count; ++visited) {
            if (visited >= m_sector_count) {
                return refused("compound file DIFAT chain loops");
            }
            RUNDUM_TRY_ASSIGN(offset, sector_offset(sector));
            for (std::size_t i = 0; i < per_sector && m_fat_sectors.size() < count; ++i) {
                m_fat_sectors.push_back(m_data.le32(offset + 4 * i));
            }
            sector = m_data.le32(offset + 4 * per_sector);
        }
        return {};
    }

    Result<std::uint32_t> next_sector(std::uint32_t sector) const
    {
        const std::size_t per_sector = m_sector_size / 4;
        const std::size_t index = sector / per_sector;
        if (index >= m_fat_sectors.size()) {
            return refused("compound file sector beyond its allocation table");
        }
        RUNDUM_TRY_ASSIGN(offset, sector_offset(m_fat_sectors[index]));
        const std::uint32_t next = m_data.le32(offset + 4 * (sector % per_sector));
        if (next > CFB_MAX_REGULAR_SECTOR && next != CFB_END_OF_CHAIN) {
            return refused("compound file chain broken");
        }
        return next;
    }

    CfbEntry entry(std::size_t at) const
    {
        CfbEntry result;
        const std::size_t name_bytes = m_data.le16(at + 0x40);
        // The length counts the terminating NUL; anything else than 2..64 is no usable name.
        if (name_bytes >= 2 && name_bytes <= 64 && name_bytes % 2 == 0) {
            result.name = m_data.slice(at, name_bytes - 2);
        }
        result.kind = static_cast<unsigned char>(m_data.slice(at + 0x42, 1)[0]);
        result.left = m_data.le32(at + 0x44);
        result.right = m_data.le32(at + 0x48);
        result.child = m_data.le32(at + 0x4C);
        return result;
    }

    Bytes m_data;
    std::size_t m_sector_size;
    std::size_t m_sector_count;
    std::vector<std::uint32_t> m_fat_sectors;
};

/// The entries directly inside the root storage: the siblings tree under the root's child.
/// The entries inside the storage whose child is `child`: the siblings tree under it.
Result<std::vector<std::uint32_t>> children_of(const std::vector<CfbEntry>& entries, std::uint32_t child,
                                               std::vector<bool>& seen)
{
    std::vector<std::uint32_t> children;
    std::vector<std::uint32_t> pending{child};
    while (!pending.empty()) {
        const std::uint32_t id = pending.back();
        pending.pop_back();
        if (id == CFB_NO_STREAM) {
            continue;
        }
        if (id >= entries.size() || seen[id] ||
            (entries[id].kind != CFB_STORAGE && entries[id].kind != CFB_STREAM)) {
            return refused("compound file directory tree broken");
        }
        seen[id] = true;
        children.push_back(id);
        pending.push_back(entries[id].left);
        pending.push_back(entries[id].right);
    }
    return children;
}

/// Whether a storage anywhere in the file holds VBA: Word keeps it in "Macros", Excel in
/// "_VBA_PROJECT_CUR", both (and embedded objects) with a "VBA" storage inside. Every entry is
/// visited once at most, so a looping tree is refused, not walked forever.
Result<bool> has_vba_storage(const std::vector<CfbEntry>& entries)
{
    std::vector<bool> seen(entries.size(), false);
    seen[0] = true;
    std::vector<std::uint32_t> storages{0};
    while (!storages.empty()) {
        const std::uint32_t storage = storages.back();
        storages.pop_back();
        RUNDUM_TRY_ASSIGN(children, children_of(entries, entries[storage].child, seen));
        for (std::uint32_t id : children) {
            const CfbEntry& entry = entries[id];
            if (entry.kind != CFB_STORAGE) {
                continue;
            }
            if (entry.is_named("Macros") || entry.is_named("_VBA_PROJECT_CUR") || entry.is_named("VBA")) {
                return true;
            }
            storages.push_back(id);
        }
    }
    return false;
}

Result<AttachmentType> identify_compound_file(const Bytes& data)
{
    RUNDUM_TRY_ASSIGN(file, CompoundFile::open(data));
    RUNDUM_TRY_ASSIGN(entries, file.directory());
    if (entries.empty() || entries[0].kind != CFB_ROOT) {
        return refused("compound file without a root entry");
    }
    RUNDUM_TRY_ASSIGN(has_vba, has_vba_storage(entries));
    if (has_vba) {
        return refused("legacy Office file with macros");
    }
    std::vector<bool> seen(entries.size(), false);
    RUNDUM_TRY_ASSIGN(child_ids, children_of(entries, entries[0].child, seen));
    std::vector<CfbEntry> children;
    for (std::uint32_t id : child_ids) {
        children.push_back(entries[id]);
    }
    const auto has = [&](std::uint32_t kind, std::string_view name) {
        return std::any_of(children.begin(), children.end(), [&](const CfbEntry& entry) {
            return entry.kind == kind && entry.is_named(name);
        });
    };
    const bool is_word = has(CFB_STREAM, "WordDocument");
    const bool is_excel = has(CFB_STREAM, "Workbook") || has(CFB_STREAM, "Book");
    const bool is_powerpoint = has(CFB_STREAM, "PowerPoint Document");
    if (static_cast<int>(is_word) + static_cast<int>(is_excel) + static_cast<int>(is_powerpoint) !=
        1) {
        return refused("compound file of no single Office kind");
    }
    if (is_word) {
        return type("application/msword", "doc");
    }
    if (is_excel) {
        return type("application/vnd.ms-excel", "xls");
    }
    // PowerPoint 97-2003 keeps its VBA project compressed inside the "PowerPoint Document"
    // stream, where no storage names it: a file whose macros cannot be checked is refused, with
    // the way out (.pptx or PDF) in its message.
    return fail(ErrorCode::Invalid, "error.attachment.legacy_powerpoint", {},
                "PowerPoint 97-2003 file: macros cannot be checked");
}

// --- File names ------------------------------------------------------------------------------


bool is_space(std::uint32_t c)
{
    return c == ' ' || (c >= '\t' && c <= '\r') || c == 0xA0U || (c >= 0x2000U && c <= 0x200AU) ||
           c == 0x202FU || c == 0x205FU || c == 0x3000U;
}

/// Characters dropped from names: controls, invisible direction marks (which make
/// "gpj.exe" read as "exe.jpg"), zero-width characters, and what Windows forbids in names.
bool is_dropped(std::uint32_t c)
{
    return c < 0x20U || (c >= 0x7FU && c <= 0x9FU) || c == 0x061CU ||
           (c >= 0x200BU && c <= 0x200FU) || (c >= 0x202AU && c <= 0x202EU) ||
           (c >= 0x2066U && c <= 0x2069U) || c == 0xFEFFU ||
           (c < 0x80U &&
            std::string_view("\"\\<>:|?*").find(static_cast<char>(c)) != std::string_view::npos);
}

std::string_view trim_blanks_and_dots(std::string_view text)
{
    const std::size_t first = text.find_first_not_of(" .");
    if (first == std::string_view::npos) {
        return {};
    }
    return text.substr(first, text.find_last_not_of(" .") - first + 1);
}

/// A final ".abc" that looks like an extension: 1 to 8 ASCII letters and digits, one a letter
/// (so "Protokoll 12.03.2024" keeps its date).
std::size_t extension_start(std::string_view name)
{
    const std::size_t dot = name.rfind('.');
    if (dot == std::string_view::npos || dot == 0) {
        return std::string_view::npos;
    }
    const std::string_view extension = name.substr(dot + 1);
    const auto is_letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    const bool looks_like_one =
        !extension.empty() && extension.size() <= 8 &&
        std::all_of(extension.begin(), extension.end(),
                    [&](char c) { return is_letter(c) || (c >= '0' && c <= '9'); }) &&
        std::any_of(extension.begin(), extension.end(), is_letter);
    return looks_like_one ? dot : std::string_view::npos;
}

/// An ASCII stand-in for one character in the plain `filename` parameter.
std::string_view ascii_fallback(std::uint32_t c)
{
    switch (c) {
    case 0xC4U:
        return "Ae";
    case 0xD6U:
        return "Oe";
    case 0xDCU:
        return "Ue";
    case 0xE4U:
        return "ae";
    case 0xF6U:
        return "oe";
    case 0xFCU:
        return "ue";
    case 0xDFU:
        return "ss";
    default:
        return "_";
    }
}

bool is_attr_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           std::string_view("!#$&+-.^_`|~").find(c) != std::string_view::npos;
}

} // namespace

bool AttachmentType::is_inline_safe() const
{
    return content_type == "application/pdf" || content_type == "image/png" ||
           content_type == "image/jpeg" || content_type == "image/gif" ||
           content_type == "image/webp";
}

Result<AttachmentType> identify_attachment(std::string_view bytes, std::size_t max_bytes)
{
    if (bytes.empty()) {
        return fail(ErrorCode::Invalid, "error.attachment.empty", {}, "0 bytes uploaded");
    }
    if (bytes.size() > max_bytes) {
        return fail(ErrorCode::Invalid, "error.attachment.too_large", {megabytes(max_bytes)},
                    std::to_string(bytes.size()) + " bytes uploaded");
    }
    const Bytes data(bytes);
    if (data.matches(0, "%PDF-")) {
        return type("application/pdf", "pdf");
    }
    if (data.matches(0, "\x89PNG\r\n\x1A\n")) {
        return type("image/png", "png");
    }
    if (data.matches(0, "\xFF\xD8\xFF")) {
        return type("image/jpeg", "jpg");
    }
    if (data.matches(0, "GIF87a") || data.matches(0, "GIF89a")) {
        return type("image/gif", "gif");
    }
    if (data.matches(0, "RIFF") && data.matches(8, "WEBP")) {
        return type("image/webp", "webp");
    }
    if (data.matches(0, "PK\x03\x04")) {
        return identify_office_zip(bytes);
    }
    if (data.matches(0, CFB_SIGNATURE)) {
        return identify_compound_file(data);
    }
    return refused("no known signature");
}

std::string safe_file_name(std::string_view client_name, std::string_view extension)
{
    const std::size_t separator = client_name.find_last_of("/\\");
    if (separator != std::string_view::npos) {
        client_name.remove_prefix(separator + 1);
    }
    std::string cleaned;
    bool is_space_pending = false;
    for (std::size_t at = 0; at < client_name.size();) {
        const auto [length, code_point] = decode_utf8(client_name, at);
        if (length == 0) {
            ++at; // a broken byte is dropped
            continue;
        }
        if (is_space(code_point)) {
            is_space_pending = true;
        } else if (!is_dropped(code_point)) {
            if (is_space_pending && !cleaned.empty()) {
                cleaned += ' ';
            }
            is_space_pending = false;
            cleaned.append(client_name, at, length);
        }
        at += length;
    }
    std::string_view name = trim_blanks_and_dots(cleaned);
    if (const std::size_t dot = extension_start(name); dot != std::string_view::npos) {
        name = trim_blanks_and_dots(name.substr(0, dot));
    }
    // Built forwards: g++ 12 at -O3 warns falsely (-Wrestrict) about inserting at the front.
    std::string suffix = ".";
    for (char c : extension) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            suffix += c;
        }
    }
    if (suffix.size() == 1) {
        suffix.clear();
    }
    const std::size_t room = MAX_FILE_NAME_BYTES - suffix.size();
    if (name.size() > room) {
        std::size_t cut = room;
        while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0U) == 0x80U) {
            --cut; // never inside a character
        }
        name = trim_blanks_and_dots(name.substr(0, cut));
    }
    return (name.empty() ? std::string("anhang") : std::string(name)) + suffix;
}

std::string content_disposition(std::string_view file_name, bool inline_display)
{
    if (file_name.empty()) {
        file_name = "anhang";
    }
    std::string fallback;
    std::string encoded;
    constexpr std::string_view HEX = "0123456789ABCDEF";
    for (std::size_t at = 0; at < file_name.size();) {
        const auto [length, code_point] = decode_utf8(file_name, at);
        if (length == 0 || code_point < 0x20U || code_point == 0x7FU) {
            ++at; // nothing broken or invisible reaches a header
            continue;
        }
        if (code_point >= 0x80U) {
            fallback += ascii_fallback(code_point);
        } else if (code_point == '"' || code_point == '\\' || code_point == '%') {
            fallback += '_'; // '%' because some clients percent-decode the plain parameter
        } else {
            fallback += static_cast<char>(code_point);
        }
        for (std::size_t i = at; i < at + length; ++i) {
            const char c = file_name[i];
            if (is_attr_char(c)) {
                encoded += c;
            } else {
                const auto byte = static_cast<unsigned char>(c);
                encoded += '%';
                encoded += HEX[byte >> 4];
                encoded += HEX[byte & 0x0FU];
            }
        }
        at += length;
    }
    return std::string(inline_display ? "inline" : "attachment") + "; filename=\"" + fallback +
           "\"; filename*=UTF-8''" + encoded;
}

} // namespace rundum::media
