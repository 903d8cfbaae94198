#include "fetching_fields.hpp"

#include "grammar/docx/package_parts.hpp"
#include "grammar/folding.hpp"

#include <vector>

namespace cpdoc::docx {

bool fetching_field(std::string_view instruction) {
    instruction = trim(instruction);
    const std::string name =
        ascii_lowercase(instruction.substr(0, std::min(instruction.find(' '), instruction.size())));
    return name == "includepicture" || name == "includetext" || name == "link" ||
           name == "import" || name == "dde" || name == "ddeauto";
}

std::optional<std::string> fetching_content(pugi::xml_node root) {
    std::vector<pugi::xml_node> pending{root};
    // A field's instruction may be split over several runs: read whole, between its begin
    // and its separate or end.
    std::string instruction;
    while (!pending.empty()) {
        const pugi::xml_node node = pending.back();
        pending.pop_back();
        const std::string_view name = node.name();
        if (name == "w:instrText") {
            instruction += node.child_value();
            if (fetching_field(instruction))
                return "a field (" +
                       ascii_lowercase(trim(instruction)
                                           .substr(0, std::min(trim(instruction).find(' '),
                                                               trim(instruction).size()))) +
                       ") that fetches a file or runs a program when Word updates it";
        } else if (name == "w:fldChar") {
            instruction.clear();
        } else if (name == "w:fldSimple" && fetching_field(node.attribute("w:instr").value())) {
            return "a field that fetches a file or runs a program when Word updates it";
        } else if (name == "v:imagedata" &&
                   (outside_package("", node.attribute("o:href").value()) ||
                    outside_package("", node.attribute("src").value()))) {
            return "a picture Word fetches from outside the document when it opens";
        }
        // Children pushed last first, so they are met in document order.
        std::vector<pugi::xml_node> children;
        for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling())
            if (child.type() == pugi::node_element)
                children.push_back(child);
        pending.insert(pending.end(), children.rbegin(), children.rend());
    }
    return std::nullopt;
}

} // namespace cpdoc::docx
