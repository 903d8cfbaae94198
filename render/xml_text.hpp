// Text cpdoc did not write, put into a pugixml document as printable() text. pugixml writes a
// control character as a character reference (&#1;) that XML 1.0 does not allow, and copies
// bytes that are not UTF-8 as they are: either makes the whole file unreadable.
#pragma once

#include <pugixml.hpp>

#include <string_view>

namespace cpdoc {

void set_xml_text(pugi::xml_node node, std::string_view text);
void add_xml_attribute(pugi::xml_node node, const char* name, std::string_view value);

} // namespace cpdoc
