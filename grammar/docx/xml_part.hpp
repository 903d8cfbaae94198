// One XML part of a Word package, parsed safely and with its names made canonical: a part
// holding a DOCTYPE (and with it any entity declaration) is refused before it is parsed, and
// pugixml never processes one. Elements and attributes in the namespaces a Word document uses
// are renamed to one fixed prefix per namespace whatever prefix the part chose, with the
// transitional and the strict (ISO/IEC 29500 Strict, http://purl.oclc.org/ooxml/...) URIs of
// a namespace given the same prefix: `w:p` is a paragraph in every flavour. Names in other
// namespaces get the prefix `x`.
#pragma once

#include <pugixml.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cpdoc::docx {

// The canonical prefixes.
//   w  wordprocessingml main        r   officeDocument relationships (attributes)
//   pr package relationships        ct  package content types
//   cp core properties              dc  Dublin Core            op custom properties
//   vt docPropsVTypes               o   VML office             v  VML
//   mc markup compatibility         w14 Word 2010              wp wordprocessing drawing
//   a  drawingml main
bool has_doctype(std::string_view bytes);

struct XmlPart {
    pugi::xml_document document;
    pugi::xml_node root() const { return document.document_element(); }
};

// nullopt when the bytes are not well-formed XML. Call has_doctype first.
// Why the bytes of a part are not XML 1.0 text, which pugixml reads without asking: a byte
// that is not UTF-8, a control character XML does not allow, or a reference to one ("&#27;").
// nullopt when they are. A document read past either would be written back (an annotated copy,
// an import) as a file Word cannot open, or cpdoc cannot read.
std::optional<std::string> why_not_xml_text(std::string_view bytes);

std::optional<XmlPart> parse_xml_part(const std::string& bytes);

// The local part of a name: "w:p" -> "p".
std::string_view local_name(std::string_view name);

// Whether an OOXML on/off property is on: present, and its w:val not false, 0 or off.
bool is_on(pugi::xml_node property);

// Pushes the node's child elements onto a stack popped from its back, the last first, so a
// walk that pops them meets them in document order, with no recursion on the part's depth.
void push_child_elements(std::vector<pugi::xml_node>& stack, pugi::xml_node node);

} // namespace cpdoc::docx
