#include "xml_text.hpp"

#include "grammar/printable.hpp"

namespace cpdoc {

void set_xml_text(pugi::xml_node node, std::string_view text) {
    node.text().set(printable(text, LineBreaks::keep).c_str());
}

void add_xml_attribute(pugi::xml_node node, const char* name, std::string_view value) {
    node.append_attribute(name) = printable(value, LineBreaks::keep).c_str();
}

} // namespace cpdoc
