#include "shown_otherwise.hpp"

#include "grammar/docx/fetching_fields.hpp"
#include "grammar/docx/xml_part.hpp"

#include <algorithm>
#include <array>
#include <vector>

namespace cpdoc::docx {
namespace {

bool on(pugi::xml_attribute value, bool when_missing) {
    if (!value)
        return when_missing;
    const std::string_view text = value.value();
    return text == "1" || text == "true" || text == "on";
}

// Fields Word computes again each time it shows the document: the date and time it is opened,
// the page a place is laid out on.
bool computed_when_shown(const std::string& name) {
    constexpr std::array<std::string_view, 6> computed = {"date",     "time",         "page",
                                                          "numpages", "sectionpages", "section"};
    return std::find(computed.begin(), computed.end(), name) != computed.end();
}

// A table of contents and its page references: headings and pages, no text of the document's
// own, whatever Word recomputes them to.
bool lists_headings(const std::string& name) {
    return name == "toc" || name == "pageref";
}

constexpr const char* bound_control =
    "a content control bound to data, whose value Word shows in place of the text saved with it";
constexpr const char* updated_field =
    "a field Word updates when the document opens, showing a result other than the one saved";

} // namespace

bool updates_fields_on_open(pugi::xml_node settings_root) {
    const pugi::xml_node update = settings_root.child("w:updateFields");
    return update && on(update.attribute("w:val"), true);
}

std::optional<std::string> shown_otherwise(pugi::xml_node root, bool fields_updated_on_open) {
    std::vector<pugi::xml_node> pending{root};
    // A complex field: dirty at its begin, its instruction read up to its separate.
    bool in_instruction = false;
    bool dirty = false;
    std::string instruction;
    const auto updated = [&] {
        const std::string name = field_name(instruction);
        return computed_when_shown(name) ||
               ((dirty || fields_updated_on_open) && !lists_headings(name));
    };
    while (!pending.empty()) {
        const pugi::xml_node node = pending.back();
        pending.pop_back();
        const std::string_view name = node.name();
        if (name == "w:dataBinding") {
            return bound_control;
        } else if (name == "w:fldChar") {
            const std::string_view type = node.attribute("w:fldCharType").value();
            if (in_instruction && updated())
                return updated_field;
            in_instruction = type == "begin";
            dirty = type == "begin" && on(node.attribute("w:dirty"), false);
            instruction.clear();
        } else if (name == "w:instrText" && in_instruction) {
            instruction += node.child_value();
        } else if (name == "w:fldSimple") {
            instruction = node.attribute("w:instr").value();
            dirty = on(node.attribute("w:dirty"), false);
            if (updated())
                return updated_field;
            instruction.clear();
            dirty = false;
        }
        push_child_elements(pending, node);
    }
    return std::nullopt;
}

} // namespace cpdoc::docx
