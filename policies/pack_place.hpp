// Where in a pack file an element or attribute is, as line and column, for messages that
// point at the text a council wrote. pugixml keeps each element's offset (offset_debug);
// an attribute's is found after it.
#pragma once

#include <pugixml.hpp>

#include <string_view>

namespace cpdoc {

struct PackPlace {
    int line = 0;
    int column = 0; // in characters (UTF-8 code points), 1-based
};

// The place of a byte offset in the text.
PackPlace place_at(std::string_view xml, std::size_t offset);
// The `<` that opens the element.
PackPlace place_of(std::string_view xml, const pugi::xml_node& node);
// The first character of the attribute's value (the element's place when it has none).
PackPlace place_of(std::string_view xml, const pugi::xml_node& node, std::string_view attribute);

} // namespace cpdoc
