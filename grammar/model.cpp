#include "model.hpp"

#include "grammar/folding.hpp"
#include "source_text.hpp"

namespace cpdoc {

const FrontMatterEntry* FrontMatter::find(std::string_view canonical_key) const {
    for (const FrontMatterEntry& entry : entries)
        if (front_matter_key(entry.key) == canonical_key)
            return &entry;
    return nullptr;
}

Position Located::position_at(std::size_t offset) const {
    std::size_t from = 0;
    Position start = pos;
    for (const LineStart& line : continued)
        if (line.offset <= offset) {
            from = line.offset;
            start = line.pos;
        }
    const std::size_t end = offset < text.size() ? offset : text.size();
    return {start.line,
            start.column + code_points(std::string_view(text).substr(from, end - from))};
}

bool Section::empty() const {
    return fields.empty() && records.empty() && checklist.empty() && tables.empty() &&
           prose.empty();
}

} // namespace cpdoc
