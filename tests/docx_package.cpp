#include "docx_package.hpp"

#include <zip.h>

#include <cstdio>
#include <stdexcept>

namespace cpdoc::test {

namespace {

std::string zip_parts(const std::vector<std::pair<std::string, std::string>>& parts, bool store,
                      const ExtraField* extra) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (buffer == nullptr)
        throw std::runtime_error("zip_source_buffer_create");
    zip_source_keep(buffer);
    zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    if (archive == nullptr)
        throw std::runtime_error("zip_open_from_source");
    for (const auto& [name, content] : parts) {
        zip_source_t* data = zip_source_buffer(archive, content.data(), content.size(), 0);
        const zip_int64_t index = zip_file_add(archive, name.c_str(), data, ZIP_FL_ENC_UTF_8);
        if (index < 0)
            throw std::runtime_error("zip_file_add " + name);
        if (store)
            zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
        if (extra != nullptr && extra->part == name &&
            zip_file_extra_field_set(
                archive, static_cast<zip_uint64_t>(index), extra->id, ZIP_EXTRA_FIELD_NEW,
                reinterpret_cast<const zip_uint8_t*>(extra->data.data()),
                static_cast<zip_uint16_t>(extra->data.size()), ZIP_FL_CENTRAL) != 0)
            throw std::runtime_error("zip_file_extra_field_set " + name);
    }
    if (zip_close(archive) != 0)
        throw std::runtime_error("zip_close");
    std::string bytes;
    if (zip_source_open(buffer) != 0)
        throw std::runtime_error("zip_source_open");
    char chunk[65536];
    zip_int64_t got;
    while ((got = zip_source_read(buffer, chunk, sizeof chunk)) > 0)
        bytes.append(chunk, static_cast<std::size_t>(got));
    zip_source_close(buffer);
    zip_source_free(buffer);
    zip_error_fini(&error);
    return bytes;
}

} // namespace

std::string zip_parts(const std::vector<std::pair<std::string, std::string>>& parts, bool store) {
    return zip_parts(parts, store, nullptr);
}

std::string zip_parts(const std::vector<std::pair<std::string, std::string>>& parts,
                      const ExtraField& extra) {
    return zip_parts(parts, false, &extra);
}

std::vector<std::pair<std::string, std::string>> docx_entries(const DocxParts& parts) {
    const std::string w = parts.strict ? strict_w_ns : w_ns;
    const std::string rel_ns =
        parts.strict ? "http://purl.oclc.org/ooxml/officeDocument/relationships"
                     : "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const std::string custom_type =
        parts.strict ? rel_ns + "/customProperties" : rel_ns + "/custom-properties";
    std::string types =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" "
        "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/word/document.xml\" ContentType=\"" +
        parts.main_type + "\"/></Types>";
    std::string rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                       "<Relationships "
                       "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                       "<Relationship Id=\"rId1\" Type=\"" +
                       rel_ns + "/officeDocument\" Target=\"word/document.xml\"/>";
    if (!parts.custom.empty())
        rels += "<Relationship Id=\"rId2\" Type=\"" + custom_type +
                "\" Target=\"docProps/custom.xml\"/>";
    rels += "</Relationships>";
    std::string document_rels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    if (!parts.styles.empty())
        document_rels +=
            "<Relationship Id=\"rIdS\" Type=\"" + rel_ns + "/styles\" Target=\"styles.xml\"/>";
    if (!parts.numbering.empty())
        document_rels += "<Relationship Id=\"rIdN\" Type=\"" + rel_ns +
                         "/numbering\" Target=\"numbering.xml\"/>";
    document_rels += parts.document_rels + "</Relationships>";

    std::vector<std::pair<std::string, std::string>> entries{
        {"[Content_Types].xml", types},
        {"_rels/.rels", rels},
        {"word/document.xml",
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + w + "\" xmlns:r=\"" +
             rel_ns +
             "\" xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" "
             "xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
             "xmlns:v=\"urn:schemas-microsoft-com:vml\"><w:body>" +
             parts.body + "</w:body></w:document>"},
        {"word/_rels/document.xml.rels", document_rels}};
    if (!parts.styles.empty())
        entries.push_back({"word/styles.xml", "<?xml version=\"1.0\"?><w:styles xmlns:w=\"" + w +
                                                  "\">" + parts.styles + "</w:styles>"});
    if (!parts.numbering.empty())
        entries.push_back({"word/numbering.xml", "<?xml version=\"1.0\"?><w:numbering xmlns:w=\"" +
                                                     w + "\">" + parts.numbering +
                                                     "</w:numbering>"});
    if (!parts.custom.empty())
        entries.push_back(
            {"docProps/custom.xml",
             std::string("<?xml version=\"1.0\"?><Properties xmlns=\"") +
                 (parts.strict ? "http://purl.oclc.org/ooxml/officeDocument/customProperties"
                               : "http://schemas.openxmlformats.org/officeDocument/2006/"
                                 "custom-properties") +
                 "\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                 "docPropsVTypes\">" +
                 parts.custom + "</Properties>"});
    for (const auto& entry : parts.extra)
        entries.push_back(entry);
    return entries;
}

std::string story_xml(const std::string& root, const std::string& children) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:" + root + " xmlns:w=\"" + w_ns +
           "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
           "xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
           "xmlns:v=\"urn:schemas-microsoft-com:vml\">" +
           children + "</w:" + root + ">";
}

std::string relationship(const std::string& id, const std::string& type, const std::string& target,
                         bool external) {
    return "<Relationship Id=\"" + id +
           "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/" + type +
           "\" Target=\"" + target + "\"" + (external ? " TargetMode=\"External\"" : "") + "/>";
}

std::string relationships_xml(const std::string& relationships) {
    return "<?xml version=\"1.0\"?><Relationships "
           "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
           relationships + "</Relationships>";
}

std::string glossary_xml(const std::vector<std::string>& doc_parts) {
    std::string parts;
    for (const std::string& part : doc_parts)
        parts += part;
    return story_xml("glossaryDocument", "<w:docParts>" + parts + "</w:docParts>");
}

std::string doc_part(const std::string& name, const std::string& body) {
    return "<w:docPart><w:docPartPr><w:name w:val=\"" + name +
           "\"/><w:category><w:name w:val=\"General\"/><w:gallery w:val=\"quickParts\"/>"
           "</w:category></w:docPartPr><w:docPartBody>" +
           body + "</w:docPartBody></w:docPart>";
}

std::string note(const std::string& note, int id, const std::string& paragraphs) {
    return "<w:" + note + " w:id=\"" + std::to_string(id) + "\">" + paragraphs + "</w:" + note +
           ">";
}

std::string note_reference(const std::string& note, int id) {
    return "<w:r><w:rPr><w:rStyle w:val=\"FootnoteReference\"/></w:rPr><w:" + note +
           "Reference w:id=\"" + std::to_string(id) + "\"/></w:r>";
}

std::string make_docx(const DocxParts& parts) {
    return zip_parts(docx_entries(parts));
}

std::string r(const std::string& text, const std::string& run_properties) {
    return "<w:r>" + (run_properties.empty() ? "" : "<w:rPr>" + run_properties + "</w:rPr>") +
           "<w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
}

std::string p(const std::string& runs_or_text, const std::string& paragraph_properties) {
    const std::string runs = runs_or_text.starts_with("<") ? runs_or_text : r(runs_or_text);
    return "<w:p>" +
           (paragraph_properties.empty() ? "" : "<w:pPr>" + paragraph_properties + "</w:pPr>") +
           runs + "</w:p>";
}

std::string styled(const std::string& style_id, const std::string& text) {
    return p(text, "<w:pStyle w:val=\"" + style_id + "\"/>");
}

std::string list_item(const std::string& text, int level, int num_id) {
    return p(text, "<w:numPr><w:ilvl w:val=\"" + std::to_string(level) + "\"/><w:numId w:val=\"" +
                       std::to_string(num_id) + "\"/></w:numPr>");
}

std::string cell(const std::string& content, const std::string& cell_properties) {
    const std::string body = content.starts_with("<") ? content : p(content);
    return "<w:tc>" + (cell_properties.empty() ? "" : "<w:tcPr>" + cell_properties + "</w:tcPr>") +
           body + "</w:tc>";
}

std::string row(const std::vector<std::string>& cells, const std::string& row_properties) {
    std::string out = "<w:tr>";
    if (!row_properties.empty())
        out += "<w:trPr>" + row_properties + "</w:trPr>";
    for (const std::string& c : cells)
        out += c.starts_with("<w:tc") ? c : cell(c);
    return out + "</w:tr>";
}

std::string table(const std::vector<std::string>& rows) {
    std::string out = "<w:tbl><w:tblPr/>";
    for (const std::string& row_xml : rows)
        out += row_xml;
    return out + "</w:tbl>";
}

std::string word_heading_styles() {
    return "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name "
           "w:val=\"Normal\"/>"
           "</w:style>"
           "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/>"
           "<w:basedOn w:val=\"Normal\"/><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
           "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"
           "<w:basedOn w:val=\"Normal\"/><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
           "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/>"
           "<w:basedOn w:val=\"Normal\"/><w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style>"
           "<w:style w:type=\"paragraph\" w:styleId=\"Heading3\"><w:name w:val=\"heading 3\"/>"
           "<w:basedOn w:val=\"Heading2\"/><w:pPr><w:outlineLvl w:val=\"2\"/></w:pPr></w:style>";
}

} // namespace cpdoc::test
