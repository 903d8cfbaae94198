// Word packages for the tests, made in memory: a zip of named parts, and a minimal .docx
// around a body of WordprocessingML.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace cpdoc::test {

// A zip holding these entries, in order (deflated; stored when `store` is set).
std::string zip_parts(const std::vector<std::pair<std::string, std::string>>& parts,
                      bool store = false);
// The same, with an extra field (id, data) in the central directory entry of the part named.
struct ExtraField {
    std::string part;
    unsigned short id = 0;
    std::string data;
};
std::string zip_parts(const std::vector<std::pair<std::string, std::string>>& parts,
                      const ExtraField& extra);

inline constexpr const char* w_ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr const char* strict_w_ns = "http://purl.oclc.org/ooxml/wordprocessingml/main";

struct DocxParts {
    std::string body;          // the children of w:body
    std::string styles;        // the children of w:styles; none when empty
    std::string numbering;     // the children of w:numbering; none when empty
    std::string custom;        // <property> elements of docProps/custom.xml; none when empty
    std::string document_rels; // <Relationship> elements of word/_rels/document.xml.rels
    std::string main_type = "application/vnd.openxmlformats-officedocument.wordprocessingml."
                            "document.main+xml";
    bool strict = false;                                    // ISO 29500 Strict namespaces
    std::vector<std::pair<std::string, std::string>> extra; // more entries
};

// The parts of a minimal Word package, and the zip of them.
std::vector<std::pair<std::string, std::string>> docx_entries(const DocxParts& parts);
std::string make_docx(const DocxParts& parts);

// A header (w:hdr), footer (w:ftr), footnotes (w:footnotes) or endnotes (w:endnotes) part
// around these children, in the namespaces the document part declares.
std::string story_xml(const std::string& root, const std::string& children);
// A relationship of word/document.xml, of the type whose last segment is `type` ("header").
std::string relationship(const std::string& id, const std::string& type, const std::string& target,
                         bool external = false);
// A relationships part (word/_rels/*.rels) holding these relationships.
std::string relationships_xml(const std::string& relationships);
// A glossary part (w:glossaryDocument) holding these building blocks, each a doc_part.
std::string glossary_xml(const std::vector<std::string>& doc_parts);
// A building block of a glossary: its name and its body's paragraphs and tables.
std::string doc_part(const std::string& name, const std::string& body);
// A footnote or endnote (`note` is "footnote" or "endnote") holding these paragraphs.
std::string note(const std::string& note, int id, const std::string& paragraphs);
// A run with a reference to a footnote or endnote.
std::string note_reference(const std::string& note, int id);

// Paragraph and run shorthands: p("text"), p(r("a") + r("b", "<w:b/>"), "<w:pStyle .../>").
std::string r(const std::string& text, const std::string& run_properties = "");
std::string p(const std::string& runs_or_text, const std::string& paragraph_properties = "");
std::string styled(const std::string& style_id, const std::string& text);
std::string list_item(const std::string& text, int level, int num_id = 1);
std::string cell(const std::string& content, const std::string& cell_properties = "");
std::string row(const std::vector<std::string>& cells, const std::string& row_properties = "");
std::string table(const std::vector<std::string>& rows);
// The children of w:styles for Title and Heading 1 to 3, their levels as outline levels.
std::string word_heading_styles();

} // namespace cpdoc::test
