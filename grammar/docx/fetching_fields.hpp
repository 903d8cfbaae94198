// Field codes and pictures that make Word fetch a file, open a URL or run a program when the
// document opens or its fields update: INCLUDEPICTURE, INCLUDETEXT (and its older name
// INCLUDE), LINK, IMPORT, DDE, DDEAUTO, DATABASE and RD fields, and a field whose name a field
// inside it computes (in w:instrText or w:fldSimple's
// w:instr, the name however it is followed: a tab, a line break, a quote), and VML elements
// (pictures, fills, strokes) whose source is outside the package (o:href or src "http://...").
// Word's links in relationships are judged by outside_package (package_parts.hpp).
#pragma once

#include <pugixml.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace cpdoc::docx {

// A field's name as Word reads it, lower case: the letters its instruction opens with, after
// any white space ("INCLUDEPICTURE\t...", "INCLUDEPICTURE\"http://...\"" are includepicture).
std::string field_name(std::string_view instruction);

// Whether a field's instruction is one that fetches or runs something.
bool fetching_field(std::string_view instruction);

// The first such field or picture in the part, said by its kind (never its target, which is
// the document's text and may be anything); nullopt when there is none.
std::optional<std::string> fetching_content(pugi::xml_node root);

} // namespace cpdoc::docx
