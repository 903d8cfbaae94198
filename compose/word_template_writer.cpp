#include "word_template_writer.hpp"

#include "grammar/docx/front_matter_labels.hpp"
#include "grammar/docx/zip_writer.hpp"
#include "grammar/folding.hpp"
#include "grammar/line_syntax.hpp"
#include "grammar/printable.hpp"

#include <algorithm>

namespace cpdoc {
namespace {

constexpr std::string_view w_ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr std::string_view rel_ns =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

std::string escaped(std::string_view raw) { return markup_escaped(raw, LineBreaks::keep); }

std::string run(std::string_view text, std::string_view properties = "") {
    if (text.empty())
        return "";
    std::string out = "<w:r>";
    if (!properties.empty())
        out += "<w:rPr>" + std::string(properties) + "</w:rPr>";
    return out + "<w:t xml:space=\"preserve\">" + escaped(text) + "</w:t></w:r>";
}

// An unfilled plain-text content control showing `prompt`.
std::string prompt(std::string_view prompt) {
    return "<w:sdt><w:sdtPr><w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent>" +
           run(prompt, "<w:rStyle w:val=\"PlaceholderText\"/><w:i/><w:color w:val=\"808080\"/>") +
           "</w:sdtContent></w:sdt>";
}

// Text with each `{{ ... }}` in it a content control prompting with what it says.
std::string runs(std::string_view text, std::string_view properties = "") {
    std::string out;
    std::size_t at = 0;
    for (const syntax::PlaceholderSpan& span : syntax::placeholders_in(text)) {
        out += run(text.substr(at, span.offset - at), properties);
        std::string_view inside = text.substr(span.offset + 2, span.length - 4);
        out += prompt(trim(inside));
        at = span.offset + span.length;
    }
    return out + run(text.substr(at), properties);
}

std::string paragraph(std::string_view content, std::string_view properties = "") {
    return "<w:p>" + (properties.empty() ? "" : "<w:pPr>" + std::string(properties) + "</w:pPr>") +
           std::string(content) + "</w:p>";
}

constexpr int text_width = 9026; // twentieths of a point: A4 less 1-inch margins

std::string cell(std::string_view content, int width) {
    return "<w:tc><w:tcPr><w:tcW w:w=\"" + std::to_string(width) + "\" w:type=\"dxa\"/></w:tcPr>" +
           paragraph(content) + "</w:tc>";
}

std::string table_start(const std::vector<int>& widths) {
    std::string out = "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"" +
                      std::to_string(text_width) +
                      "\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>";
    for (const int width : widths)
        out += "<w:gridCol w:w=\"" + std::to_string(width) + "\"/>";
    return out + "</w:tblGrid>";
}

constexpr std::string_view styles =
    R"(<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="22"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>)"
    R"(<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>)"
    R"(<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:sz w:val="36"/></w:rPr></w:style>)"
    R"(<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>)"
    R"(<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/></w:style>)"
    R"(<w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/><w:rPr><w:color w:val="767171"/></w:rPr></w:style>)"
    R"(<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>)";

constexpr std::string_view numbering =
    R"(<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>)"
    R"(<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>)"
    R"(<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="◦"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr></w:lvl>)"
    R"(</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>)";

std::string list_properties(int depth) {
    return "<w:pStyle w:val=\"ListBullet\"/><w:numPr><w:ilvl w:val=\"" + std::to_string(depth) +
           "\"/><w:numId w:val=\"1\"/></w:numPr>";
}

std::string part(std::string_view root, std::string_view content) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:" +
           std::string(root) + " xmlns:w=\"" + std::string(w_ns) + "\">" + std::string(content) +
           "</w:" + std::string(root) + ">";
}

} // namespace

void WordTemplateWriter::front_matter_entry(std::string_view key, std::string_view value) {
    details_.emplace_back(docx::front_matter_label(key), value);
}

void WordTemplateWriter::front_matter_comment(std::string_view text) {
    details_guidance_.emplace_back(text);
}

// The title, then the details table under it, as a Word template lays them out.
void WordTemplateWriter::title(std::string_view text) {
    body_ += paragraph(runs(text), "<w:pStyle w:val=\"Title\"/>");
    const int label_width = text_width * 3 / 10;
    body_ += table_start({label_width, text_width - label_width});
    for (const auto& [label, value] : details_)
        body_ += "<w:tr>" + cell(run(label, "<w:b/>"), label_width) +
                 cell(runs(value), text_width - label_width) + "</w:tr>";
    body_ += "</w:tbl>";
    for (const std::string& guidance : details_guidance_)
        comment(guidance);
}

void WordTemplateWriter::section(std::string_view heading) {
    body_ += paragraph(run(heading), "<w:pStyle w:val=\"Heading1\"/>");
}

void WordTemplateWriter::comment(std::string_view text) {
    body_ += paragraph(prompt(text));
}

void WordTemplateWriter::field(std::string_view key, std::string_view value, int depth) {
    const std::string content = run(std::string(key) + ": ") + runs(value);
    body_ += depth > 0 ? paragraph(content, list_properties(depth)) : paragraph(content);
}

void WordTemplateWriter::item(std::string_view text, int depth) {
    body_ += paragraph(runs(text), list_properties(depth));
}

void WordTemplateWriter::text_line(std::string_view text) {
    body_ += paragraph(runs(text));
}

void WordTemplateWriter::table(const std::vector<std::string>& header,
                               const std::vector<std::vector<std::string>>& rows) {
    const int width = text_width / static_cast<int>(std::max<std::size_t>(header.size(), 1));
    body_ += table_start(std::vector<int>(header.size(), width)) +
             "<w:tr><w:trPr><w:tblHeader/></w:trPr>";
    for (const std::string& name : header)
        body_ += cell(run(name, "<w:b/>"), width);
    body_ += "</w:tr>";
    for (const auto& row : rows) {
        body_ += "<w:tr>";
        for (const std::string& text : row)
            body_ += cell(runs(text), width);
        body_ += "</w:tr>";
    }
    body_ += "</w:tbl>";
}

std::string WordTemplateWriter::docx() const {
    const std::string document = part(
        "document", "<w:body>" + body_ +
                        "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1440\" "
                        "w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\" w:header=\"708\" "
                        "w:footer=\"708\" w:gutter=\"0\"/></w:sectPr></w:body>");
    const std::string types =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" "
        "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/word/document.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document."
        "main+xml\"/>"
        "<Override PartName=\"/word/styles.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/"
        ">"
        "<Override PartName=\"/word/numbering.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+"
        "xml\"/></Types>";
    auto relationships = [](std::string_view content) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships "
               "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
               std::string(content) + "</Relationships>";
    };
    const std::string rel = std::string(rel_ns);
    const auto bytes = docx::write_zip(
        {{"[Content_Types].xml", types},
         {"_rels/.rels", relationships("<Relationship Id=\"rId1\" Type=\"" + rel +
                                       "/officeDocument\" Target=\"word/document.xml\"/>")},
         {"word/document.xml", document},
         {"word/_rels/document.xml.rels",
          relationships("<Relationship Id=\"rId1\" Type=\"" + rel +
                        "/styles\" Target=\"styles.xml\"/><Relationship Id=\"rId2\" Type=\"" + rel +
                        "/numbering\" Target=\"numbering.xml\"/>")},
         {"word/styles.xml", part("styles", styles)},
         {"word/numbering.xml", part("numbering", numbering)}});
    return bytes.value_or("");
}

} // namespace cpdoc
