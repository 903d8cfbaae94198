#include "model.hpp"

#include "grammar/folding.hpp"
#include "source_text.hpp"

#include <algorithm>
#include <iterator>

namespace cpdoc {

const FrontMatterEntry* FrontMatter::find(std::string_view canonical_key) const {
    for (const FrontMatterEntry& entry : entries)
        if (is_front_matter_key(entry.key, canonical_key))
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

const WordPlace* Document::place_for_line(int line) const {
    auto after = std::upper_bound(word_places.begin(), word_places.end(), line,
                                  [](int l, const WordPlace& place) { return l < place.line; });
    return after == word_places.begin() ? nullptr : &*std::prev(after);
}

bool Section::empty() const {
    return fields.empty() && records.empty() && checklist.empty() && tables.empty() &&
           prose.empty();
}

} // namespace cpdoc
