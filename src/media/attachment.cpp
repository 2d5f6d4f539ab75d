// Attachment recognition and download names. Uploads are hostile input: the ZIP central directory
// and the compound file directory are read through bounds-checked accessors, every count and
// offset in them is checked against the buffer before use, and every walk has a limit, so no
// upload can make this read past its bytes or loop.
#include "media/attachment.hpp"

#include "core/utf8.hpp"
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

/// Little-endian readers that check every access against the buffer.
class Bytes {
public:
    explicit Bytes(std::string_view data) : m_data(data) {}

    std::size_t size() const { return m_data.size(); }
    /// Whether `count` bytes from `offset` lie inside the buffer (no overflow for any input).
    bool has(std::uint64_t offset, std::uint64_t count) const
    {
        return offset <= m_data.size() && count <= m_data.size() - offset;
    }
    std::uint32_t le16(std::size_t offset) const { return byte(offset) | byte(offset + 1) << 8; }
    std::uint32_t le32(std::size_t offset) const { return le16(offset) | le16(offset + 2) << 16; }
    bool matches(std::size_t offset, std::string_view expected) const
    {
        return has(offset, expected.size()) && m_data.substr(offset, expected.size()) == expected;
    }
    /// Only after has(offset, count).
    std::string_view slice(std::size_t offset, std::size_t count) const
    {
        return m_data.substr(offset, count);
    }

private:
    std::uint32_t byte(std::size_t offset) const
    {
        return static_cast<unsigned char>(m_data[offset]);
    }

    std::string_view m_data;
};

char ascii_lower(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equals_ignoring_case(std::string_view text, std::string_view expected)
{
    return text.size() == expected.size() &&
           std::equal(text.begin(), text.end(), expected.begin(),
                      [](char a, char b) { return ascii_lower(a) == ascii_lower(b); });
}

bool starts_with_ignoring_case(std::string_view text, std::string_view prefix)
{
    return text.size() >= prefix.size() &&
           equals_ignoring_case(text.substr(0, prefix.size()), prefix);
}

bool ends_with_ignoring_case(std::string_view text, std::string_view suffix)
{
    return text.size() >= suffix.size() &&
           equals_ignoring_case(text.substr(text.size() - suffix.size()), suffix);
}

AttachmentType type(std::string_view content_type, std::string_view extension)
{
    return AttachmentType{std::string(content_type), std::string(extension)};
}

// --- ZIP (APPNOTE.TXT 4.3): Office Open XML and OpenDocument ---------------------------------

constexpr std::uint32_t ZIP_LOCAL_HEADER = 0x04034b50;
constexpr std::uint32_t ZIP_CENTRAL_HEADER = 0x02014b50;
constexpr std::uint32_t ZIP_END_OF_DIRECTORY = 0x06054b50;
constexpr std::uint32_t ZIP64_END_LOCATOR = 0x07064b50;
constexpr std::size_t ZIP_LOCAL_HEADER_SIZE = 30;
constexpr std::size_t ZIP_CENTRAL_HEADER_SIZE = 46;
constexpr std::size_t ZIP_END_SIZE = 22;
constexpr std::size_t ZIP_MAX_COMMENT = 0xFFFF;

/// One entry of the central directory; `name` points into the upload.
struct ZipEntry {
    std::string_view name;
    std::uint32_t flags = 0;
    std::uint32_t method = 0;
    std::uint32_t compressed_size = 0;
    std::uint32_t size = 0;
    std::uint32_t local_offset = 0;
};

/// Where the central directory is, from the end-of-central-directory record.
struct ZipDirectory {
    std::uint64_t offset = 0;
    std::uint64_t size = 0;
    std::size_t entries = 0;
};

Result<ZipDirectory> find_zip_directory(const Bytes& data)
{
    if (data.size() < ZIP_END_SIZE) {
        return refused("ZIP too short for an end record");
    }
    // The record is the last thing in the file, followed only by its comment (at most 64 KiB);
    // searching backwards finds the real one before any look-alike inside the comment.
    const std::size_t last = data.size() - ZIP_END_SIZE;
    const std::size_t first = last > ZIP_MAX_COMMENT ? last - ZIP_MAX_COMMENT : 0;
    std::optional<std::size_t> end;
    for (std::size_t at = last + 1; at-- > first;) {
        if (data.le32(at) == ZIP_END_OF_DIRECTORY &&
            at + ZIP_END_SIZE + data.le16(at + 20) == data.size()) {
            end = at;
            break;
        }
    }
    if (!end) {
        return refused("ZIP without an end of central directory record");
    }
    const std::size_t at = *end;
    if (at >= 20 && data.le32(at - 20) == ZIP64_END_LOCATOR) {
        return refused("ZIP64 archive");
    }
    const std::uint32_t disk = data.le16(at + 4);
    const std::uint32_t directory_disk = data.le16(at + 6);
    const std::uint32_t disk_entries = data.le16(at + 8);
    const std::uint32_t entries = data.le16(at + 10);
    const std::uint32_t size = data.le32(at + 12);
    const std::uint32_t offset = data.le32(at + 16);
    if (disk != 0 || directory_disk != 0 || disk_entries != entries) {
        return refused("multi-volume ZIP");
    }
    if (entries == 0xFFFF || size == 0xFFFFFFFF || offset == 0xFFFFFFFF) {
        return refused("ZIP64 archive");
    }
    if (entries > MAX_ZIP_ENTRIES) {
        return refused("ZIP with " + std::to_string(entries) + " entries");
    }
    if (static_cast<std::uint64_t>(offset) + size > at) {
        return refused("ZIP central directory outside the file");
    }
    return ZipDirectory{offset, size, entries};
}

Result<std::vector<ZipEntry>> read_zip_entries(const Bytes& data, const ZipDirectory& directory)
{
    const std::uint64_t end = directory.offset + directory.size;
    std::vector<ZipEntry> entries;
    entries.reserve(directory.entries);
    std::uint64_t at = directory.offset;
    for (std::size_t i = 0; i < directory.entries; ++i) {
        if (at + ZIP_CENTRAL_HEADER_SIZE > end || data.le32(at) != ZIP_CENTRAL_HEADER) {
            return refused("ZIP central directory entry " + std::to_string(i) + " broken");
        }
        const std::uint64_t name_length = data.le16(at + 28);
        const std::uint64_t extra_length = data.le16(at + 30);
        const std::uint64_t comment_length = data.le16(at + 32);
        const std::uint64_t next =
            at + ZIP_CENTRAL_HEADER_SIZE + name_length + extra_length + comment_length;
        if (next > end) {
            return refused("ZIP central directory entry " + std::to_string(i) + " too long");
        }
        ZipEntry entry;
        entry.name = data.slice(at + ZIP_CENTRAL_HEADER_SIZE, name_length);
        entry.flags = data.le16(at + 8);
        entry.method = data.le16(at + 10);
        entry.compressed_size = data.le32(at + 20);
        entry.size = data.le32(at + 24);
        entry.local_offset = data.le32(at + 42);
        if (static_cast<std::uint64_t>(entry.local_offset) + ZIP_LOCAL_HEADER_SIZE >
            directory.offset) {
            return refused("ZIP entry " + std::to_string(i) + " outside the file");
        }
        entries.push_back(entry);
        at = next;
    }
    if (at != end) {
        return refused("ZIP central directory size does not match its entries");
    }
    return entries;
}

/// The content of the stored first entry `mimetype` of an OpenDocument file, if there is one.
Result<std::optional<std::string_view>> odf_mimetype(const Bytes& data,
                                                     const std::vector<ZipEntry>& entries,
                                                     std::uint64_t directory_offset)
{
    const auto first = std::find_if(entries.begin(), entries.end(),
                                    [](const ZipEntry& entry) { return entry.local_offset == 0; });
    if (first == entries.end() || first->name != "mimetype") {
        return std::nullopt;
    }
    constexpr std::uint32_t MAX_MIMETYPE = 128;
    if (first->method != 0 || first->compressed_size != first->size || first->size > MAX_MIMETYPE ||
        (first->flags & 1U) != 0) {
        return refused("OpenDocument mimetype entry not stored plainly");
    }
    if (!data.has(0, ZIP_LOCAL_HEADER_SIZE)) {
        return refused("OpenDocument mimetype entry broken");
    }
    const std::uint64_t name_length = data.le16(26);
    const std::uint64_t extra_length = data.le16(28);
    const std::uint64_t content = ZIP_LOCAL_HEADER_SIZE + name_length + extra_length;
    if (data.le32(0) != ZIP_LOCAL_HEADER || !data.matches(ZIP_LOCAL_HEADER_SIZE, "mimetype"sv) ||
        name_length != 8 || content + first->size > directory_offset) {
        return refused("OpenDocument mimetype entry broken");
    }
    return std::optional<std::string_view>(data.slice(content, first->size));
}

/// Whether an OpenDocument file carries Basic macros or scripts: the module files under
/// Basic/<library>/ (the library index files alone are harmless) or anything under Scripts/.
bool has_odf_macros(const std::vector<ZipEntry>& entries)
{
    return std::any_of(entries.begin(), entries.end(), [](const ZipEntry& entry) {
        const std::string_view name = entry.name;
        if (name.ends_with('/')) {
            return false;
        }
        if (starts_with_ignoring_case(name, "Scripts/")) {
            return true;
        }
        return starts_with_ignoring_case(name, "Basic/") &&
               !equals_ignoring_case(name, "Basic/script-lc.xml") &&
               !ends_with_ignoring_case(name, "/script-lb.xml");
    });
}

Result<AttachmentType> identify_odf(std::string_view mimetype, const std::vector<ZipEntry>& entries)
{
    static constexpr std::array<std::array<std::string_view, 2>, 3> TYPES{{
        {"application/vnd.oasis.opendocument.text", "odt"},
        {"application/vnd.oasis.opendocument.spreadsheet", "ods"},
        {"application/vnd.oasis.opendocument.presentation", "odp"},
    }};
    for (const auto& [content_type, extension] : TYPES) {
        if (mimetype == content_type) {
            if (has_odf_macros(entries)) {
                return refused("OpenDocument file with macros");
            }
            return type(content_type, extension);
        }
    }
    return refused("OpenDocument of another kind: " + std::string(mimetype.substr(0, 80)));
}

Result<AttachmentType> identify_ooxml(const std::vector<ZipEntry>& entries)
{
    static constexpr std::array<std::array<std::string_view, 3>, 3> FAMILIES{{
        {"word/", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
         "docx"},
        {"xl/", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"},
        {"ppt/", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
         "pptx"},
    }};
    bool has_content_types = false;
    std::array<bool, FAMILIES.size()> present{};
    for (const ZipEntry& entry : entries) {
        has_content_types =
            has_content_types || equals_ignoring_case(entry.name, "[Content_Types].xml");
        if (ends_with_ignoring_case(entry.name, "vbaProject.bin")) {
            // .docm/.xlsm/.pptm: no extension of ours fits, and macros are how such files attack.
            return refused("Office file with macros");
        }
        for (std::size_t i = 0; i < FAMILIES.size(); ++i) {
            present[i] = present[i] || starts_with_ignoring_case(entry.name, FAMILIES[i][0]);
        }
    }
    if (!has_content_types) {
        return refused("ZIP without [Content_Types].xml or OpenDocument mimetype");
    }
    if (std::count(present.begin(), present.end(), true) != 1) {
        return refused("Office Open XML package of no single kind");
    }
    const auto& family = FAMILIES[static_cast<std::size_t>(
        std::find(present.begin(), present.end(), true) - present.begin())];
    return type(family[1], family[2]);
}

Result<AttachmentType> identify_zip(const Bytes& data)
{
    RUNDUM_TRY_ASSIGN(directory, find_zip_directory(data));
    RUNDUM_TRY_ASSIGN(entries, read_zip_entries(data, directory));
    RUNDUM_TRY_ASSIGN(mimetype, odf_mimetype(data, entries, directory.offset));
    if (mimetype) {
        return identify_odf(*mimetype, entries);
    }
    return identify_ooxml(entries);
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
Result<std::vector<CfbEntry>> root_children(const std::vector<CfbEntry>& entries)
{
    if (entries.empty() || entries[0].kind != CFB_ROOT) {
        return refused("compound file without a root entry");
    }
    std::vector<CfbEntry> children;
    std::vector<bool> seen(entries.size(), false);
    std::vector<std::uint32_t> pending{entries[0].child};
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
        children.push_back(entries[id]);
        pending.push_back(entries[id].left);
        pending.push_back(entries[id].right);
    }
    return children;
}

Result<AttachmentType> identify_compound_file(const Bytes& data)
{
    RUNDUM_TRY_ASSIGN(file, CompoundFile::open(data));
    RUNDUM_TRY_ASSIGN(entries, file.directory());
    RUNDUM_TRY_ASSIGN(children, root_children(entries));
    const auto has = [&](std::uint32_t kind, std::string_view name) {
        return std::any_of(children.begin(), children.end(), [&](const CfbEntry& entry) {
            return entry.kind == kind && entry.is_named(name);
        });
    };
    if (has(CFB_STORAGE, "Macros") || has(CFB_STORAGE, "_VBA_PROJECT_CUR")) {
        return refused("legacy Office file with macros");
    }
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
    return type("application/vnd.ms-powerpoint", "ppt");
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
        return identify_zip(data);
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
