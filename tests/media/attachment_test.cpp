// SPDX-License-Identifier: EUPL-1.2
// Attachments: each accepted type recognised from bytes built here (ZIPs written by libzip,
// compound files by hand, and a real .xlsx), everything else refused — macros by what a file
// declares, whatever its parts are called —, hostile ZIP and compound files refused without
// reading past their bytes, and download names and headers safe for every browser.
#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "format/xlsx.hpp"
#include "media/attachment.hpp"

#include <zip.h>

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
    std::uint32_t method = 0; ///< 0 stored, 8 deflated
};

/// A real ZIP written by libzip (in memory), with an optional archive comment.
std::string zip(const std::vector<ZipFile>& files, const std::string& comment = "")
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_source_keep(buffer);
    zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    EXPECT_NE(archive, nullptr);
    for (const ZipFile& file : files) {
        zip_source_t* data = zip_source_buffer(archive, file.data.data(), file.data.size(), 0);
        const zip_int64_t index = zip_file_add(archive, file.name.c_str(), data, ZIP_FL_ENC_RAW);
        EXPECT_GE(index, 0) << file.name;
        zip_set_file_compression(archive, static_cast<zip_uint64_t>(index),
                                 file.method == 8 ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0);
    }
    if (!comment.empty()) {
        zip_set_archive_comment(archive, comment.data(), static_cast<zip_uint16_t>(comment.size()));
    }
    EXPECT_EQ(zip_close(archive), 0);
    zip_stat_t stat;
    zip_source_stat(buffer, &stat);
    std::string out(stat.size, '\0');
    zip_source_open(buffer);
    EXPECT_EQ(zip_source_read(buffer, out.data(), out.size()), static_cast<zip_int64_t>(out.size()));
    zip_source_close(buffer);
    zip_source_free(buffer);
    zip_error_fini(&error);
    return out;
}

/// Offset of the end of central directory record in a zip() without comment.
std::size_t end_record(const std::string& bytes)
{
    return bytes.size() - 22;
}

constexpr std::string_view WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
constexpr std::string_view EXCEL_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
constexpr std::string_view POWERPOINT_MAIN =
    "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml";

/// [Content_Types].xml as Office writes it: defaults for .rels and .xml, and `overrides`
/// (part name, content type).
std::string content_types(const std::vector<std::pair<std::string, std::string_view>>& overrides,
                          const std::string& more = "")
{
    std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                      "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                      "<Default Extension=\"xml\" ContentType=\"application/xml\"/>";
    for (const auto& [part, type] : overrides) {
        xml += "<Override PartName=\"" + part + "\" ContentType=\"" + std::string(type) + "\"/>";
    }
    return xml + more + "</Types>";
}

/// A relationships part with the given relationships (already written as XML elements).
std::string relationships(const std::string& elements)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
           elements + "</Relationships>";
}

const std::string ROOT_RELATIONSHIPS = relationships(
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    "officeDocument\" Target=\"word/document.xml\"/>");

/// A Word document; `document_relationships` are word/_rels/document.xml.rels, `more` further parts.
std::string docx(const std::string& types = content_types({{"/word/document.xml", WORD_MAIN}}),
                 const std::string& document_relationships = relationships(""), std::vector<ZipFile> more = {})
{
    std::vector<ZipFile> files{{"[Content_Types].xml", types, 8},
                               {"_rels/.rels", ROOT_RELATIONSHIPS, 8},
                               {"word/document.xml", "<w:document/>", 8},
                               {"word/_rels/document.xml.rels", document_relationships, 8},
                               {"docProps/core.xml", "<cp:coreProperties/>"}};
    files.insert(files.end(), more.begin(), more.end());
    return zip(files);
}

const std::string ODF_CONTENT =
    "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
    "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
    "xmlns:script=\"urn:oasis:names:tc:opendocument:xmlns:script:1.0\" "
    "xmlns:xlink=\"http://www.w3.org/1999/xlink\" office:version=\"1.3\">"
    "<office:body><office:text><text:p>Hallo</text:p></office:text></office:body></office:document-content>";

const std::string ODF_MANIFEST =
    "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
    "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
    "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
    "</manifest:manifest>";

std::string odf(std::string_view mimetype, std::vector<ZipFile> more = {}, const std::string& content = ODF_CONTENT,
                const std::string& manifest = ODF_MANIFEST)
{
    std::vector<ZipFile> files{{"mimetype", std::string(mimetype)},
                               {"content.xml", content, 8},
                               {"META-INF/manifest.xml", manifest, 8}};
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

TEST(IdentifyAttachment, RecognisesOfficeOpenXmlByItsMainContentType)
{
    expect_type(docx(), DOCX, "docx");
    expect_type(zip({{"[Content_Types].xml", content_types({{"/xl/workbook.xml", EXCEL_MAIN}})},
                     {"xl/workbook.xml", "<workbook/>", 8}}),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
    expect_type(zip({{"ppt/presentation.xml", "<p/>", 8},
                     {"[Content_Types].xml", content_types({{"/ppt/presentation.xml", POWERPOINT_MAIN}})}}),
                "application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx");
    // The declared type decides, not where the part lies.
    expect_type(docx(content_types({{"/word/document.xml", EXCEL_MAIN}})),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
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
    expect_refused(zip({{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", "<w:document/>"}}));
    expect_refused(docx(content_types({{"/word/document.xml", WORD_MAIN}, {"/xl/workbook.xml", EXCEL_MAIN}})));
    expect_refused(docx("<Types")); // no well-formed XML
    // Two entries whose names differ only in case: Office might read the other one.
    expect_refused(docx(content_types({{"/word/document.xml", WORD_MAIN}}), relationships(""),
                        {{"[content_types].xml", content_types({{"/word/document.xml", WORD_MAIN}})}}));
}

TEST(IdentifyAttachment, RefusesMacroEnabledOfficeFiles)
{
    expect_refused(docx(content_types({{"/word/document.xml", WORD_MAIN}}), relationships(""),
                        {{"word/vbaProject.bin", "\xD0\xCF\x11\xE0"}}));
    expect_refused(docx(content_types({{"/word/document.xml",
                                        "application/vnd.ms-word.document.macroEnabled.main+xml"}})));
    expect_refused(docx(content_types({{"/word/document.xml", WORD_MAIN},
                                       {"/word/activeX/activeX1.xml", "application/vnd.ms-office.activeX+xml"}})));
    expect_refused(zip({{"[Content_Types].xml", content_types({{"/xl/workbook.xml", EXCEL_MAIN},
                                                               {"/xl/macrosheets/sheet1.xml",
                                                                "application/vnd.ms-excel.macrosheet+xml"}})},
                        {"xl/workbook.xml", "<workbook/>"}}));
}

const std::string VBA_RELATIONSHIP =
    "<Relationship Id=\"rId9\" Type=\"http://schemas.microsoft.com/office/2006/relationships/vbaProject\" "
    "Target=\"macros.bin\"/>";

// The penetration test's file: the VBA project under another name, with its relationship and
// content type. Each of the two declarations alone is refused, whatever the part is called.
TEST(IdentifyAttachment, RefusesAVbaProjectUnderAnyNameByItsContentTypeAndRelationship)
{
    const std::vector<ZipFile> project{{"word/macros.bin", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 VBA"}};
    const std::string typed = content_types(
        {{"/word/document.xml", WORD_MAIN}, {"/word/macros.bin", "application/vnd.ms-office.vbaProject"}});
    expect_refused(docx(typed, relationships(VBA_RELATIONSHIP), project));
    expect_refused(docx(typed, relationships(""), project));
    expect_refused(docx(content_types({{"/word/document.xml", WORD_MAIN}}), relationships(VBA_RELATIONSHIP), project));
    // Declared as a default for the extension, or spelt with a character reference.
    expect_refused(docx(content_types({{"/word/document.xml", WORD_MAIN}},
                                      "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/>"),
                        relationships(""), project));
    expect_refused(docx(content_types({{"/word/document.xml", WORD_MAIN}}),
                        relationships("<Relationship Id=\"rId9\" Type=\"http://schemas.microsoft.com/office/2006/"
                                      "relationships/vbaPr&#111;ject\" Target=\"macros.bin\"/>"),
                        project));
    // A relationships part anywhere counts, not only the main document's.
    expect_refused(docx(content_types({{"/word/document.xml", WORD_MAIN}}), relationships(""),
                        {{"word/glossary/_rels/document.xml.rels", relationships(VBA_RELATIONSHIP), 8},
                         project[0]}));
    // The same file without the VBA project is fine.
    expect_type(docx(content_types({{"/word/document.xml", WORD_MAIN}}), relationships("")), DOCX, "docx");
}

TEST(IdentifyAttachment, RefusesRemoteTemplatesAndObjectsButKeepsHyperlinksAndLocalTemplates)
{
    const auto with_relationship = [](const std::string& type, const std::string& target) {
        return docx(content_types({{"/word/document.xml", WORD_MAIN}}),
                    relationships("<Relationship Id=\"rId5\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
                                  "2006/relationships/" +
                                  type + "\" Target=\"" + target + "\" TargetMode=\"External\"/>"));
    };
    expect_refused(with_relationship("attachedTemplate", "https://evil.example/vorlage.dotm"));
    expect_refused(with_relationship("attachedTemplate", "\\\\evil.example\\share\\vorlage.dotm"));
    expect_refused(with_relationship("oleObject", "mhtml:http://evil.example/x.html!x-usc:http://evil.example/x"));
    expect_refused(with_relationship("image", "http://tracker.example/pixel.png"));
    expect_type(with_relationship("attachedTemplate", "file:///C:\\Vorlagen\\Stadt.dotx"), DOCX, "docx");
    expect_type(with_relationship("hyperlink", "https://www.netzwerk.example/"), DOCX, "docx");
    // A DTD (and with it entity tricks) never belongs in an Office file.
    std::string with_dtd = content_types({{"/word/document.xml", WORD_MAIN}});
    with_dtd.insert(with_dtd.find("<Types"), "<!DOCTYPE Types [<!ENTITY t \"x\">]>");
    expect_refused(docx(with_dtd));
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

TEST(IdentifyAttachment, RefusesOpenDocumentRunningMacrosOnEvents)
{
    const std::string text = "application/vnd.oasis.opendocument.text";
    std::string listener = ODF_CONTENT;
    listener.replace(listener.find("<office:body>"), 0,
                     "<office:scripts><office:event-listeners><script:event-listener script:language=\"ooo:script\" "
                     "script:event-name=\"office:load\" xlink:href=\"vnd.sun.star.script:Standard.Module1.Main?"
                     "language=Basic&amp;location=application\"/></office:event-listeners></office:scripts>");
    expect_refused(odf(text, {}, listener));
    std::string link = ODF_CONTENT;
    link.replace(link.find("<text:p>"), 0,
                 "<text:a xlink:href=\" vnd.sun.star.script:Tools.Misc.Run?location=application\">klick</text:a>");
    expect_refused(odf(text, {}, link));
    // A manifest naming Basic modules the archive hides under another case or leaves out.
    std::string manifest = ODF_MANIFEST;
    manifest.replace(manifest.find("</manifest:manifest>"), 0,
                     "<manifest:file-entry manifest:full-path=\"Basic/Standard/Module1.xml\" "
                     "manifest:media-type=\"text/xml\"/>");
    expect_refused(odf(text, {}, ODF_CONTENT, manifest));
    expect_type(odf(text), text, "odt");
}

TEST(IdentifyAttachment, FindsTheEndRecordBehindAComment)
{
    expect_type(zip({{"[Content_Types].xml", content_types({{"/word/document.xml", WORD_MAIN}})},
                     {"word/document.xml", "<w/>"}},
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

    std::vector<ZipFile> many{{"[Content_Types].xml", content_types({{"/word/document.xml", WORD_MAIN}})}};
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
    // PowerPoint 97-2003 hides macros inside its main stream: refused, with its own message.
    const auto powerpoint = identify_attachment(cfb_with({{"Current User", 2}, {"PowerPoint Document", 2}, {"Pictures", 2}}), LIMIT);
    ASSERT_FALSE(powerpoint);
    EXPECT_EQ(powerpoint.error().key, "error.attachment.legacy_powerpoint");
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

TEST(IdentifyAttachment, RefusesLegacyOfficeWithVbaAnywhereInTheTree)
{
    // A Word document with an embedded object (ObjectPool/_1234) that carries a VBA storage.
    expect_refused(cfb({{"Root Entry", 5, 0xFFFFFFFF, 0xFFFFFFFF, 1},
                        {"WordDocument", 2, 0xFFFFFFFF, 2},
                        {"ObjectPool", 1, 0xFFFFFFFF, 0xFFFFFFFF, 3},
                        {"_1234", 1, 0xFFFFFFFF, 0xFFFFFFFF, 4},
                        {"VBA", 1}}));
    // The same embedded object without VBA is fine.
    expect_type(cfb({{"Root Entry", 5, 0xFFFFFFFF, 0xFFFFFFFF, 1},
                     {"WordDocument", 2, 0xFFFFFFFF, 2},
                     {"ObjectPool", 1, 0xFFFFFFFF, 0xFFFFFFFF, 3},
                     {"_1234", 1, 0xFFFFFFFF, 0xFFFFFFFF, 4},
                     {"Ole", 2}}),
                "application/msword", "doc");
    expect_refused(cfb_with({{"Workbook", 2}, {"VBA", 1}}));
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
