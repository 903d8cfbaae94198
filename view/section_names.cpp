#include "view/section_names.hpp"

#include "grammar/folding.hpp"

#include <algorithm>
#include <string>

namespace cpdoc {
namespace {

// "## Aiden's views", "## 4. Views of Aiden", "## Aiden's wishes and feelings", "## Megan
// and Jack's views": the child's (or the children's) views under their names, which is anyone's
// name but an adult's ("Mum's views", "Parents' views"): a pack's `adult-words`. Headings are
// matched folded, without the apostrophe ("aidens views").
bool is_named_childs_views(const Policy& policy, std::string_view heading) {
    std::string_view name;
    for (const std::string_view suffix : {"s views", "s wishes and feelings"})
        if (heading.ends_with(suffix))
            name = heading.substr(0, heading.size() - suffix.size());
    if (name.empty() && heading.starts_with("views of "))
        name = heading.substr(9);
    if (name.empty())
        return false;
    // One name, or several joined by "and" ("megan and jack", "leah ryan and mia"), each no
    // adult's; "health visitor" is two words and no list of names.
    const auto& adults = policy.folded_vocabulary(Vocab::adult_words);
    const bool several = name.find(' ') != std::string_view::npos;
    if (several && name.find(" and ") == std::string_view::npos)
        return false;
    std::size_t names = 0;
    for (std::size_t start = 0; start < name.size();) {
        const std::size_t end = std::min(name.find(' ', start), name.size());
        const std::string_view word = name.substr(start, end - start);
        if (!word.empty() && word != "and") {
            if (adults.contains(word) || ++names > 4)
                return false;
        }
        start = end + 1;
    }
    return names > 0;
}

} // namespace

const SectionSpec* section_named_by(const Policy& policy, const KindSpec& kind,
                                    std::string_view folded_heading, std::string_view as_written) {
    if (const SectionSpec* spec = kind.section_headed(folded_heading, as_written))
        return spec;
    if (is_named_childs_views(policy, folded_heading))
        return kind.section_named("Child's views");
    return nullptr;
}

std::vector<LeadField> lead_fields(const KindSpec& kind) {
    std::vector<LeadField> leads;
    for (const SectionSpec& section : kind.sections)
        for (const FieldSpec& field : section.fields)
            if (field.lead)
                leads.push_back({&field, &section});
    return leads;
}

const SectionSpec* section_led_by(const std::vector<LeadField>& leads,
                                  std::string_view front_matter_key) {
    if (leads.empty())
        return nullptr;
    const std::string folded = fold_key(front_matter_key);
    for (const LeadField& lead : leads)
        if (lead.field->matches_folded(folded))
            return lead.section;
    return nullptr;
}

} // namespace cpdoc
