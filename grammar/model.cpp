#include "model.hpp"

#include "values.hpp"

namespace cpdoc {

const FrontMatterEntry* FrontMatter::find(std::string_view canonical_key) const {
    for (const FrontMatterEntry& entry : entries)
        if (front_matter_key(entry.key) == canonical_key)
            return &entry;
    return nullptr;
}

bool Section::empty() const {
    return fields.empty() && records.empty() && checklist.empty() && tables.empty() &&
           prose.empty();
}

} // namespace cpdoc
