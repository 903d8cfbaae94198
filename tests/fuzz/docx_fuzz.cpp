// libFuzzer target: the Word reader. A zip (or an OLE file) is read as it comes, which fuzzes
// the package's limits and refusals; anything else is taken as the parts of a package, the
// main document, styles, numbering and, when given, a header (rIdH) and a glossary (rIdG),
// separated by lines of `=====`, stored into a valid zip here, so mutations reach the XML
// rather than failing the zip's checksums. Nothing a package holds may crash, hang or read out
// of bounds, and no deleted text may be read.
#include "grammar/docx/docx_reader.hpp"

#include <zip.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace {

std::string zip_stored(const std::vector<std::pair<std::string, std::string>>& parts) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_source_keep(buffer);
    zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    for (const auto& [name, content] : parts) {
        zip_source_t* data = zip_source_buffer(archive, content.data(), content.size(), 0);
        const zip_int64_t index = zip_file_add(archive, name.c_str(), data, 0);
        zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
    }
    zip_close(archive);
    std::string bytes;
    zip_source_open(buffer);
    char chunk[65536];
    zip_int64_t got;
    while ((got = zip_source_read(buffer, chunk, sizeof chunk)) > 0)
        bytes.append(chunk, static_cast<std::size_t>(got));
    zip_source_close(buffer);
    zip_source_free(buffer);
    zip_error_fini(&error);
    return bytes;
}

std::string package_of(std::string_view text) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (parts.size() < 5) {
        const auto end = text.find("\n=====\n", start);
        parts.emplace_back(text.substr(start, end == std::string_view::npos ? end : end - start));
        if (end == std::string_view::npos)
            break;
        start = end + 7;
    }
    const std::size_t given = parts.size();
    parts.resize(5);
    const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    std::vector<std::pair<std::string, std::string>> entries{
        {"[Content_Types].xml",
         "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
         "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override "
         "PartName=\"/word/document.xml\" ContentType=\"application/"
         "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"},
        {"_rels/.rels",
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Type=\"" +
             rel + "/officeDocument\" Target=\"word/document.xml\"/></Relationships>"},
        {"word/_rels/document.xml.rels",
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rIdS\" Type=\"" +
             rel + "/styles\" Target=\"styles.xml\"/><Relationship Id=\"rIdN\" Type=\"" + rel +
             "/numbering\" Target=\"numbering.xml\"/><Relationship Id=\"rIdH\" Type=\"" + rel +
             "/header\" Target=\"header1.xml\"/><Relationship Id=\"rIdG\" Type=\"" + rel +
             "/glossaryDocument\" Target=\"glossary/document.xml\"/></Relationships>"},
        {"word/document.xml", parts[0]},
        {"word/styles.xml", parts[1]},
        {"word/numbering.xml", parts[2]}};
    if (given > 3)
        entries.push_back({"word/header1.xml", parts[3]});
    if (given > 4)
        entries.push_back({"word/glossary/document.xml", parts[4]});
    return zip_stored(entries);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    cpdoc::DocxOptions options;
    options.max_uncompressed = 16u << 20;
    options.names_known_section = [](std::string_view, std::string_view text) {
        return text == "Actions" || text == "Objectives";
    };
    const bool raw = input.starts_with("PK") || input.starts_with("\xD0\xCF");
    const cpdoc::DocxResult result =
        cpdoc::read_docx(raw ? std::string(input) : package_of(input), options);
    if (result.document) {
        const cpdoc::Document& doc = *result.document;
        // Lines increase, and every place is found again by its line.
        int last = -1;
        for (const cpdoc::WordPlace& place : doc.word_places) {
            if (place.line <= last)
                __builtin_trap();
            last = place.line;
            if (doc.place_for_line(place.line) != &place)
                __builtin_trap();
        }
        if (doc.line_count < last)
            __builtin_trap();
    }
    return 0;
}
