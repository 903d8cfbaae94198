#include "fetching_fields.hpp"

#include "grammar/docx/package_parts.hpp"
#include "grammar/docx/xml_part.hpp"
#include "grammar/folding.hpp"

#include <vector>

namespace cpdoc::docx {

// A field's name as Word reads it: the letters its instruction opens with, after any white
// space, up to whatever follows them ("INCLUDEPICTURE\t", "INCLUDEPICTURE\"http://...\"").
std::string field_name(std::string_view instruction) {
    std::size_t begin = 0;
    for (;;) {
        if (begin < instruction.size() &&
            (instruction[begin] == ' ' || instruction[begin] == '\t' ||
             instruction[begin] == '\n' || instruction[begin] == '\r'))
            ++begin;
        else if (instruction.compare(begin, 2, "\xC2\xA0") == 0) // a no-break space
            begin += 2;
        else
            break;
    }
    std::size_t end = begin;
    while (end < instruction.size() &&
           ((instruction[end] | 0x20) >= 'a' && (instruction[end] | 0x20) <= 'z'))
        ++end;
    return ascii_lowercase(instruction.substr(begin, end - begin));
}

bool fetching_field(std::string_view instruction) {
    const std::string name = field_name(instruction);
    // INCLUDE is Word's older name for INCLUDETEXT; DATABASE reads a data source it names; RD
    // a document whose headings a table of contents takes.
    return name == "includepicture" || name == "includetext" || name == "include" ||
           name == "link" || name == "import" || name == "dde" || name == "ddeauto" ||
           name == "database" || name == "rd";
}

std::optional<std::string> fetching_content(pugi::xml_node root) {
    std::vector<pugi::xml_node> pending{root};
    // A field's instruction may be split over several runs: read whole, between its begin
    // and its separate or end.
    std::string instruction;
    bool in_instruction = false; // after a field's begin, before its separate or end
    const auto said = [](std::string_view instruction) {
        return "a field (" + field_name(instruction) +
               ") that fetches a file or runs a program when Word updates it";
    };
    while (!pending.empty()) {
        const pugi::xml_node node = pending.back();
        pending.pop_back();
        const std::string_view name = node.name();
        // A deleted instruction too: rejecting the change brings the field back.
        if (name == "w:instrText" || name == "w:delInstrText") {
            instruction += node.child_value();
        } else if (name == "w:fldChar") {
            // A field's instruction ends where its result begins, or a field inside it does.
            if (fetching_field(instruction))
                return said(instruction);
            const std::string_view type = node.attribute("w:fldCharType").value();
            // A field whose name another field spells ({ {QUOTE 68 68 69 ...} ... }): what
            // it is, only Word knows when it updates it.
            if (type == "begin" && in_instruction && field_name(instruction).empty())
                return std::string("a field whose name another field inside it computes, which "
                                   "may fetch a file or run a program when Word updates it");
            in_instruction = type == "begin";
            instruction.clear();
        } else if (name == "w:fldSimple" && fetching_field(node.attribute("w:instr").value())) {
            return said(node.attribute("w:instr").value());
        } else if (name.starts_with("v:") &&
                   (outside_package("", node.attribute("o:href").value()) ||
                    outside_package("", node.attribute("src").value()))) {
            return "a picture Word fetches from outside the document when it opens";
        }
        push_child_elements(pending, node);
    }
    if (fetching_field(instruction)) // a field left open at the part's end
        return said(instruction);
    return std::nullopt;
}

} // namespace cpdoc::docx
