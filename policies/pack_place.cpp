#include "pack_place.hpp"

#include <algorithm>

namespace cpdoc {
namespace {

bool space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::size_t offset_of(std::string_view xml, const pugi::xml_node& node) {
    const std::ptrdiff_t name = node.offset_debug(); // the element's name, after its `<`
    if (name <= 0)
        return 0;
    return std::min(static_cast<std::size_t>(name - 1), xml.size());
}

} // namespace

PackPlace place_at(std::string_view xml, std::size_t offset) {
    offset = std::min(offset, xml.size());
    PackPlace place{1, 1};
    for (std::size_t i = 0; i < offset; ++i) {
        if (xml[i] == '\n') {
            ++place.line;
            place.column = 1;
        } else if ((static_cast<unsigned char>(xml[i]) & 0xC0) != 0x80) {
            ++place.column; // a continuation byte is part of the character before it
        }
    }
    return place;
}

PackPlace place_of(std::string_view xml, const pugi::xml_node& node) {
    return place_at(xml, offset_of(xml, node));
}

PackPlace place_of(std::string_view xml, const pugi::xml_node& node, std::string_view attribute) {
    const std::size_t start = offset_of(xml, node);
    const std::size_t end = std::min(xml.find('>', start), xml.size());
    // ` name = "value"`: the name after white space, then `=` and a quote.
    for (std::size_t at = xml.find(attribute, start); at < end;
         at = xml.find(attribute, at + 1)) {
        if (at == 0 || !space(xml[at - 1]))
            continue;
        std::size_t i = at + attribute.size();
        while (i < end && space(xml[i]))
            ++i;
        if (i >= end || xml[i] != '=')
            continue;
        ++i;
        while (i < end && space(xml[i]))
            ++i;
        if (i < end && (xml[i] == '"' || xml[i] == '\''))
            return place_at(xml, i + 1);
    }
    return place_at(xml, start);
}

} // namespace cpdoc
