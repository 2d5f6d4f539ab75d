// Attachments: each accepted type recognised from hand-built bytes (and a real .xlsx), everything
// else refused, hostile ZIP and compound files refused without reading past their bytes, and
// download names and headers safe for every browser.
#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "format/xlsx.hpp"
#include "media/attachment.hpp"

namespace rundum::media {
namespace {

using namespace std::string_literals;
using namespace std::string_view_literals;

constexpr std::size_t MEBIBYTE = std::size_t{1024} * 1024;
constexpr std::size_t LIMIT = 10 * MEBIBYTE;

void put16(std::string& out, std::uint32_t value)
{
    out += static_cast<char>(value & 0xFFU);
    out += static_cast<char>(value >> 8 & 0xFFU);
}

void put32(std::string& out, std::uint32_t value)
{
    put16(out, value & 0xFFFFU);
    put16(out, value >> 16);
}

void set32(std::string& bytes, std::size_t at, std::uint32_t value)
{
    std::string encoded;
    put32(encoded, value);
    bytes.replace(at, 4, encoded);
}

struct ZipFile {
    std::string name;
    std::string data;
    std::uint32_t method = 0; ///< 0 stored; 8 claims deflate (the data is not checked)
};

/// A ZIP as APPNOTE.TXT lays it out: local headers with data, the central directory, the end
/// record (with an optional comment). CRCs are left 0; nothing here checks them.
std::string zip(const std::vector<ZipFile>& files, const std::string& comment = "")
{
    std::string out;
    std::string directory;
    for (const ZipFile& file : files) {
        const auto offset = static_cast<std::uint32_t>(out.size());
        const auto size = static_cast<std::uint32_t>(file.data.size());
        const auto name_length = static_cast<std::uint32_t>(file.name.size());
        put32(out, 0x04034b50);
        put16(out, 20);
        put16(out, 0);
        put16(out, file.method);
        put32(out, 0); // time, date
        put32(out, 0); // crc
        put32(out, size);
        put32(out, size);
        put16(out, name_length);
        put16(out, 0);
        out += file.name;
        out += file.data;

        put32(directory, 0x02014b50);
        put16(directory, 20);
        put16(directory, 20);
        put16(directory, 0);
        put16(directory, file.method);
        put32(directory, 0);
        put32(directory, 0);
        put32(directory, size);
        put32(directory, size);
        put16(directory, name_length);
        put16(directory, 0); // extra
        put16(directory, 0); // comment
        put16(directory, 0); // disk
        put16(directory, 0); // internal attributes
        put32(directory, 0); // external attributes
        put32(directory, offset);
        directory += file.name;
    }
    const auto directory_offset = static_cast<std::uint32_t>(out.size());
    out += directory;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, static_cast<std::uint32_t>(files.size()));
    put16(out, static_cast<std::uint32_t>(files.size()));
    put32(out, static_cast<std::uint32_t>(directory.size()));
    put32(out, directory_offset);
    put16(out, static_cast<std::uint32_t>(comment.size()));
    out += comment;
    return out;
}

/// Offset of the end of central directory record in a zip() without comment.
std::size_t end_record(const std::string& bytes)
{
    return bytes.size() - 22;
}

std::string docx()
{
    return zip({{"[Content_Types].xml", "<Types/>"},
                {"_rels/.rels", "<Relationships/>"},
                {"word/document.xml", "<w:document/>"},
                {"docProps/core.xml", "<cp:coreProperties/>"}});
}

std::string odf(std::string_view mimetype, std::vector<ZipFile> more = {})
{
    std::vector<ZipFile> files{{"mimetype", std::string(mimetype)},
                               {"content.xml", "<office:document-content/>", 8},
                               {"META-INF/manifest.xml", "<manifest:manifest/>", 8}};
    files.insert(files.end(), more.begin(), more.end());
    return zip(files);
}

struct CfbEntry {
    std::string name;
    std::uint32_t type = 2; ///< 1 storage, 2 stream, 5 root
    std::uint32_t left = 0xFFFFFFFF;
    std::uint32_t right = 0xFFFFFFFF;
    std::uint32_t child = 0xFFFFFFFF;
};

/// A version 3 compound file ([MS-CFB]): the header, one FAT sector (sector 0), then the
/// directory in sectors 1.. (4 entries each), chained through the FAT.
std::string cfb(std::vector<CfbEntry> entries)
{
    while (entries.size() % 4 != 0) {
        entries.push_back(CfbEntry{"", 0});
    }
    const auto directory_sectors = static_cast<std::uint32_t>(entries.size() / 4);
    std::string out = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"s + std::string(16, '\0');
    put16(out, 0x3E);   // minor version
    put16(out, 3);      // major version
    put16(out, 0xFFFE); // byte order
    put16(out, 9);      // sector shift: 512
    put16(out, 6);      // mini sector shift
    out += std::string(6, '\0');
    put32(out, 0);          // directory sectors (always 0 in version 3)
    put32(out, 1);          // FAT sectors
    put32(out, 1);          // first directory sector
    put32(out, 0);          // transaction
    put32(out, 4096);       // mini stream cutoff
    put32(out, 0xFFFFFFFE); // first mini FAT sector
    put32(out, 0);
    put32(out, 0xFFFFFFFE); // first DIFAT sector
    put32(out, 0);
    put32(out, 0); // DIFAT[0]: the FAT is sector 0
    for (int i = 1; i < 109; ++i) {
        put32(out, 0xFFFFFFFF);
    }
    EXPECT_EQ(out.size(), 512U);
    std::string fat;
    put32(fat, 0xFFFFFFFD); // sector 0 is the FAT
    for (std::uint32_t sector = 1; sector <= directory_sectors; ++sector) {
        put32(fat, sector == directory_sectors ? 0xFFFFFFFE : sector + 1);
    }
    while (fat.size() < 512) {
        put32(fat, 0xFFFFFFFF);
    }
    out += fat;
    for (const CfbEntry& entry : entries) {
        std::string name;
        for (char c : entry.name) {
            put16(name, static_cast<unsigned char>(c));
        }
        const std::size_t name_bytes = entry.name.empty() ? 0 : name.size() + 2;
        name.resize(64, '\0');
        out += name;
        put16(out, static_cast<std::uint32_t>(name_bytes));
        out += static_cast<char>(entry.type);
        out += '\x01'; // black
        put32(out, entry.left);
        put32(out, entry.right);
        put32(out, entry.child);
        out += std::string(16, '\0'); // CLSID
        put32(out, 0);                // state bits
        out += std::string(16, '\0'); // times
        put32(out, 0xFFFFFFFE);       // start sector
        put32(out, 0);                // size
        put32(out, 0);
    }
    return out;
}

/// A compound file whose root holds the given streams and storages, as a sibling chain.
std::string cfb_with(const std::vector<std::pair<std::string, std::uint32_t>>& children)
{
    std::vector<CfbEntry> entries{{"Root Entry", 5, 0xFFFFFFFF, 0xFFFFFFFF, 1}};
    for (std::size_t i = 0; i < children.size(); ++i) {
        const bool is_last = i + 1 == children.size();
        entries.push_back(CfbEntry{children[i].first, children[i].second, 0xFFFFFFFF,
                                   is_last ? 0xFFFFFFFF : static_cast<std::uint32_t>(i + 2)});
    }
    return cfb(entries);
}

void expect_type(std::string_view bytes, std::string_view content_type, std::string_view extension)
{
    const auto type = identify_attachment(bytes, LIMIT);
    ASSERT_TRUE(type) << type.error().detail;
    EXPECT_EQ(type->content_type, content_type);
    EXPECT_EQ(type->extension, extension);
}

void expect_refused(std::string_view bytes)
{
    const auto type = identify_attachment(bytes, LIMIT);
    ASSERT_FALSE(type) << type->content_type;
    EXPECT_EQ(type.error().code, ErrorCode::Invalid);
    EXPECT_EQ(type.error().key, "error.attachment.type");
    EXPECT_FALSE(type.error().detail.empty());
}

constexpr std::string_view DOCX =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

TEST(IdentifyAttachment, RefusesEmptyUploads)
{
    const auto type = identify_attachment("", LIMIT);
    ASSERT_FALSE(type);
    EXPECT_EQ(type.error().code, ErrorCode::Invalid);
    EXPECT_EQ(type.error().key, "error.attachment.empty");
}

TEST(IdentifyAttachment, RefusesUploadsOverTheLimitNamingItInMegabytes)
{
    const std::string pdf = "%PDF-1.7\n" + std::string(MEBIBYTE, 'x');
    const auto type = identify_attachment(pdf, MEBIBYTE);
    ASSERT_FALSE(type);
    EXPECT_EQ(type.error().code, ErrorCode::Invalid);
    EXPECT_EQ(type.error().key, "error.attachment.too_large");
    EXPECT_EQ(type.error().args, std::vector<std::string>{"1"});
    EXPECT_EQ(identify_attachment(pdf, MEBIBYTE / 2).error().args, std::vector<std::string>{"0,5"});
    EXPECT_TRUE(identify_attachment(pdf, pdf.size()));
}

TEST(IdentifyAttachment, RecognisesPdfAndImagesByTheirMagicBytes)
{
    expect_type("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n", "application/pdf", "pdf");
    expect_type("\x89PNG\r\n\x1A\n\0\0\0\rIHDR"sv, "image/png", "png");
    expect_type("\xFF\xD8\xFF\xE0\0\x10JFIF\0"sv, "image/jpeg", "jpg");
    expect_type("GIF89a\x01\0\x01\0", "image/gif", "gif");
    expect_type("GIF87a\x01\0\x01\0", "image/gif", "gif");
    expect_type("RIFF\x1A\0\0\0WEBPVP8 "sv, "image/webp", "webp");
}

TEST(IdentifyAttachment, RefusesOtherContentWhateverItIsCalled)
{
    expect_refused("<html><script>alert(1)</script></html>");
    expect_refused("MZ\x90\0\x03\0\0\0"sv); // a Windows program
    expect_refused("<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    expect_refused(" %PDF-1.7"); // the signature must come first
    expect_refused("RIFF\x1A\0\0\0WAVEfmt "sv);
    expect_refused("PK\x05\x06"s + std::string(18, '\0')); // an empty ZIP
}

TEST(IdentifyAttachment, RecognisesOfficeOpenXmlByItsParts)
{
    expect_type(docx(), DOCX, "docx");
    expect_type(zip({{"[Content_Types].xml", "<Types/>"}, {"xl/workbook.xml", "<workbook/>", 8}}),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
    expect_type(zip({{"ppt/presentation.xml", "<p/>", 8}, {"[Content_Types].xml", "<Types/>"}}),
                "application/vnd.openxmlformats-officedocument.presentationml.presentation",
                "pptx");
}

TEST(IdentifyAttachment, RecognisesAnXlsxWrittenByLibxlsxwriter)
{
    const auto bytes = format::write_xlsx(format::Table{{"Stadt"}, {{"Jena"}}, "Städte"});
    ASSERT_TRUE(bytes) << bytes.error().detail;
    expect_type(*bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "xlsx");
}

TEST(IdentifyAttachment, RefusesZipsThatAreNoSingleOfficeDocument)
{
    expect_refused(zip({{"readme.txt", "hallo"}}));
    expect_refused(zip({{"word/document.xml", "<w:document/>"}})); // no [Content_Types].xml
    expect_refused(zip({{"[Content_Types].xml", "<Types/>"}, {"docProps/app.xml", "<P/>"}}));
    expect_refused(zip({{"[Content_Types].xml", "<Types/>"},
                        {"word/document.xml", "<w:document/>"},
                        {"xl/workbook.xml", "<workbook/>"}}));
}

TEST(IdentifyAttachment, RefusesMacroEnabledOfficeFiles)
{
    expect_refused(zip({{"[Content_Types].xml", "<Types/>"},
                        {"word/document.xml", "<w:document/>"},
                        {"word/vbaProject.bin", "\xD0\xCF\x11\xE0"}}));
}

TEST(IdentifyAttachment, RecognisesOpenDocumentByItsStoredMimetype)
{
    expect_type(odf("application/vnd.oasis.opendocument.text"),
                "application/vnd.oasis.opendocument.text", "odt");
    expect_type(odf("application/vnd.oasis.opendocument.spreadsheet"),
                "application/vnd.oasis.opendocument.spreadsheet", "ods");
    expect_type(odf("application/vnd.oasis.opendocument.presentation"),
                "application/vnd.oasis.opendocument.presentation", "odp");
    // LibreOffice's empty Basic library index is no macro.
    expect_type(odf("application/vnd.oasis.opendocument.text", {{"Basic/script-lc.xml", "<x/>"}}),
                "application/vnd.oasis.opendocument.text", "odt");
}

TEST(IdentifyAttachment, RefusesOpenDocumentOfOtherKindsOrWithMacros)
{
    expect_refused(odf("application/vnd.oasis.opendocument.text-template"));
    expect_refused(odf("application/epub+zip"));
    expect_refused(zip({{"mimetype", "application/vnd.oasis.opendocument.text", 8}}));
    expect_refused(odf("application/vnd.oasis.opendocument.text",
                       {{"Basic/Standard/Module1.xml", "<script:module/>"}}));
    expect_refused(
        odf("application/vnd.oasis.opendocument.text", {{"Scripts/python/evil.py", "import os"}}));
    // "mimetype" that is not the first entry does not count.
    expect_refused(
        zip({{"content.xml", "<x/>"}, {"mimetype", "application/vnd.oasis.opendocument.text"}}));
}

TEST(IdentifyAttachment, FindsTheEndRecordBehindAComment)
{
    expect_type(zip({{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", "<w/>"}},
                    "kommentar PK\x05\x06 mit falscher Signatur"),
                DOCX, "docx");
}

TEST(IdentifyAttachment, RefusesTruncatedZips)
{
    const std::string bytes = docx();
    for (std::size_t length = 1; length < bytes.size(); ++length) {
        expect_refused(std::string_view(bytes).substr(0, length));
    }
    expect_refused(bytes + "trailing"); // the end record must end the file
}

TEST(IdentifyAttachment, RefusesACentralDirectoryOutsideTheFile)
{
    std::string bytes = docx();
    set32(bytes, end_record(bytes) + 16, 0xFFFFFF00); // offset
    expect_refused(bytes);
    bytes = docx();
    set32(bytes, end_record(bytes) + 12, 0x7FFFFFFF); // size
    expect_refused(bytes);
    bytes = docx();
    const std::uint32_t offset =
        static_cast<unsigned char>(bytes[end_record(bytes) + 16]) |
        static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[end_record(bytes) + 17])) << 8;
    bytes[offset + 28] = '\xFF'; // the first name's length runs past the directory
    bytes[offset + 29] = '\xFF';
    expect_refused(bytes);
}

TEST(IdentifyAttachment, RefusesLocalHeadersOutsideTheFile)
{
    std::string bytes = docx();
    const std::size_t directory = bytes.find("PK\x01\x02");
    set32(bytes, directory + 42, 0xFFFFFFF0);
    expect_refused(bytes);
}

TEST(IdentifyAttachment, RefusesZip64AndTooManyEntries)
{
    std::string bytes = docx();
    bytes[end_record(bytes) + 8] = '\xFF';
    bytes[end_record(bytes) + 9] = '\xFF';
    bytes[end_record(bytes) + 10] = '\xFF';
    bytes[end_record(bytes) + 11] = '\xFF';
    expect_refused(bytes);

    std::vector<ZipFile> many{{"[Content_Types].xml", "<Types/>"}};
    for (std::size_t i = 0; i < MAX_ZIP_ENTRIES; ++i) {
        many.push_back({"word/media/image" + std::to_string(i) + ".png", ""});
    }
    expect_refused(zip(many));
}

TEST(IdentifyAttachment, RecognisesLegacyOfficeByTheStreamsInTheRoot)
{
    expect_type(cfb_with({{"\x01"
                           "CompObj",
                           2},
                          {"WordDocument", 2},
                          {"1Table", 2}}),
                "application/msword", "doc");
    expect_type(cfb_with({{"Workbook", 2}, {"\x05SummaryInformation", 2}}),
                "application/vnd.ms-excel", "xls");
    expect_type(cfb_with({{"Book", 2}}), "application/vnd.ms-excel", "xls");
    expect_type(cfb_with({{"Current User", 2}, {"PowerPoint Document", 2}, {"Pictures", 2}}),
                "application/vnd.ms-powerpoint", "ppt");
    // Five entries take two directory sectors, chained through the FAT.
    expect_type(cfb_with({{"a", 2}, {"b", 2}, {"c", 2}, {"WordDocument", 2}}), "application/msword",
                "doc");
}

TEST(IdentifyAttachment, RefusesOtherCompoundFiles)
{
    expect_refused(cfb_with({{"\x05SummaryInformation", 2}})); // e.g. an installer or Thumbs.db
    expect_refused(cfb_with({{"EncryptedPackage", 2}, {"EncryptionInfo", 2}}));
    expect_refused(cfb_with({{"WordDocument", 2}, {"Workbook", 2}}));
    expect_refused(cfb_with({{"WordDocument", 1}})); // a storage, not a stream
    expect_refused(cfb_with({{"WordDocument", 2}, {"Macros", 1}}));
    expect_refused(cfb_with({{"Workbook", 2}, {"_VBA_PROJECT_CUR", 1}}));
    // A Word document embedded in a storage does not make the file one.
    expect_refused(cfb({{"Root Entry", 5, 0xFFFFFFFF, 0xFFFFFFFF, 1},
                        {"ObjectPool", 1, 0xFFFFFFFF, 0xFFFFFFFF, 2},
                        {"WordDocument", 2}}));
}

TEST(IdentifyAttachment, RefusesBrokenCompoundFilesWithoutLooping)
{
    // A sibling pointing back at itself.
    expect_refused(cfb({{"Root Entry", 5, 0xFFFFFFFF, 0xFFFFFFFF, 1}, {"WordDocument", 2, 1}}));
    // A sibling outside the directory.
    expect_refused(cfb({{"Root Entry", 5, 0xFFFFFFFF, 0xFFFFFFFF, 1}, {"WordDocument", 2, 99}}));
    // The directory's sector chain pointing back at itself.
    std::string looping = cfb_with({{"WordDocument", 2}});
    set32(looping, 512 + 4, 1);
    expect_refused(looping);
    // A directory sector outside the file.
    std::string outside = cfb_with({{"WordDocument", 2}});
    set32(outside, 0x30, 1000);
    expect_refused(outside);
    // More FAT sectors claimed than the file has.
    std::string claims = cfb_with({{"WordDocument", 2}});
    set32(claims, 0x2C, 0x7FFFFFFF);
    expect_refused(claims);
    // An unknown version, and version 4 (4096-byte sectors) without room for them.
    std::string version = cfb_with({{"WordDocument", 2}});
    version[0x1A] = '\x05';
    expect_refused(version);
    version[0x1A] = '\x04';
    version[0x1E] = '\x0C';
    expect_refused(version);
    const std::string whole = cfb_with({{"WordDocument", 2}});
    for (std::size_t length = 1; length < whole.size(); length += 7) {
        expect_refused(std::string_view(whole).substr(0, length));
    }
}

/// Random corruption must never crash or read out of bounds (run under ASan to see the latter).
TEST(IdentifyAttachment, SurvivesRandomCorruptionOfZipsAndCompoundFiles)
{
    std::mt19937 random(20240501);
    for (const std::string& original : {docx(), odf("application/vnd.oasis.opendocument.text"),
                                        cfb_with({{"WordDocument", 2}})}) {
        for (int round = 0; round < 2000; ++round) {
            std::string bytes = original;
            const int changes = 1 + static_cast<int>(random() % 8);
            for (int i = 0; i < changes; ++i) {
                bytes[random() % bytes.size()] = static_cast<char>(random() % 256);
            }
            bytes.resize(bytes.size() - random() % 4);
            const auto type = identify_attachment(bytes, LIMIT);
            if (!type) {
                EXPECT_EQ(type.error().key, "error.attachment.type");
            }
        }
    }
}

TEST(SafeFileName, DropsPathsAndForcesTheDetectedExtension)
{
    EXPECT_EQ(safe_file_name("../../etc/passwd", "pdf"), "passwd.pdf");
    EXPECT_EQ(safe_file_name("C:\\Users\\Anna\\Bericht.docx", "docx"), "Bericht.docx");
    EXPECT_EQ(safe_file_name("Bericht \"final\".exe", "pdf"), "Bericht final.pdf");
    EXPECT_EQ(safe_file_name("Foto.JPEG", "jpg"), "Foto.jpg");
    EXPECT_EQ(safe_file_name("Protokoll", "odt"), "Protokoll.odt");
    EXPECT_EQ(safe_file_name("Protokoll 12.03.2024", "pdf"), "Protokoll 12.03.2024.pdf");
}

TEST(SafeFileName, KeepsUmlautsAndCollapsesWhiteSpace)
{
    EXPECT_EQ(safe_file_name("  Jahresbericht\t Ü  Straße \n2024 .pdf", "pdf"),
              "Jahresbericht Ü Straße 2024.pdf");
    EXPECT_EQ(safe_file_name("Gr\xC3\xBC\xC3\x9F"
                             "e\xC2\xA0"
                             "aus\xE3\x80\x80Jena.pdf",
                             "pdf"),
              "Grüße aus Jena.pdf");
}

TEST(SafeFileName, DropsControlAndDirectionCharactersAndBrokenBytes)
{
    EXPECT_EQ(safe_file_name("a\x01"
                             "b\x7F"
                             "c\xC2\x85"
                             "d.pdf",
                             "pdf"),
              "abcd.pdf");
    // U+202E would show "Rechnung\u202Efdp.exe" as "Rechnungexe.pdf".
    EXPECT_EQ(safe_file_name("Rechnung\xE2\x80\xAE"
                             "fdp.exe",
                             "pdf"),
              "Rechnungfdp.pdf");
    EXPECT_EQ(safe_file_name("a\xFF"
                             "b\xC3.pdf",
                             "pdf"),
              "ab.pdf");
    EXPECT_EQ(safe_file_name("Frage: wer? <alle>|*.pdf", "pdf"), "Frage wer alle.pdf");
}

TEST(SafeFileName, FallsBackToAnhangWhenNothingIsLeft)
{
    EXPECT_EQ(safe_file_name("", "pdf"), "anhang.pdf");
    EXPECT_EQ(safe_file_name("../..", "pdf"), "anhang.pdf");
    EXPECT_EQ(safe_file_name("dir/", "png"), "anhang.png");
    EXPECT_EQ(safe_file_name(".pdf", "pdf"), "pdf.pdf"); // no hidden file
    EXPECT_EQ(safe_file_name("\"\"\"", "xlsx"), "anhang.xlsx");
}

TEST(SafeFileName, CutsLongNamesBetweenCharacters)
{
    std::string name = "a";
    for (int i = 0; i < 80; ++i) {
        name += "ä";
    }
    const std::string safe = safe_file_name(name + ".pdf", "pdf");
    EXPECT_LE(safe.size(), MAX_FILE_NAME_BYTES);
    std::string expected = "a";
    for (int i = 0; i < 47; ++i) {
        expected += "ä"; // 1 + 94 bytes; one more would need 97 of the 96 left before ".pdf"
    }
    EXPECT_EQ(safe, expected + ".pdf");
    EXPECT_EQ(safe_file_name(std::string(300, 'x'), "docx"), std::string(95, 'x') + ".docx");
}

TEST(ContentDisposition, GivesAnAsciiFallbackAndTheExactUtf8Name)
{
    EXPECT_EQ(content_disposition("Jahresbericht Ü.pdf", false),
              "attachment; filename=\"Jahresbericht Ue.pdf\"; "
              "filename*=UTF-8''Jahresbericht%20%C3%9C.pdf");
    EXPECT_EQ(content_disposition("Grüße & Straße.pdf", true),
              "inline; filename=\"Gruesse & Strasse.pdf\"; "
              "filename*=UTF-8''Gr%C3%BC%C3%9Fe%20&%20Stra%C3%9Fe.pdf");
    EXPECT_EQ(
        content_disposition("Łódź 100%.png", true),
        "inline; filename=\"__d_ 100_.png\"; filename*=UTF-8''%C5%81%C3%B3d%C5%BA%20100%25.png");
}

TEST(ContentDisposition, NeverBreaksTheHeader)
{
    const std::string header = content_disposition("a\"b\\c\r\nSet-Cookie: x;.pdf", false);
    EXPECT_EQ(header.find('\r'), std::string::npos);
    EXPECT_EQ(header.find('\n'), std::string::npos);
    EXPECT_EQ(header, "attachment; filename=\"a_b_cSet-Cookie: x;.pdf\"; "
                      "filename*=UTF-8''a%22b%5CcSet-Cookie%3A%20x%3B.pdf");
    EXPECT_EQ(content_disposition("", false),
              "attachment; filename=\"anhang\"; filename*=UTF-8''anhang");
}

TEST(AttachmentType, ShowsOnlyPdfAndImagesInline)
{
    EXPECT_TRUE(identify_attachment("%PDF-1.7", LIMIT)->is_inline_safe());
    EXPECT_TRUE(identify_attachment("GIF89a", LIMIT)->is_inline_safe());
    EXPECT_FALSE(identify_attachment(docx(), LIMIT)->is_inline_safe());
}

} // namespace
} // namespace rundum::media
