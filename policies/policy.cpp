#include "policy.hpp"

#include "grammar/folding.hpp"
#include "grammar/yes_no.hpp"

#include <algorithm>
#include <charconv>

namespace cpdoc {
namespace {

// A canonical name, looked up by rules many times a document among a kind's sections or a
// section's fields: the first byte tells most names apart without a call to compare the rest.
bool same_name(const std::string& name, std::string_view canonical) {
    return name.size() == canonical.size() &&
           (name.empty() || (name[0] == canonical[0] && name == canonical));
}

} // namespace

std::string_view to_string(Severity severity) {
    switch (severity) {
    case Severity::error:
        return "error";
    case Severity::warning:
        return "warning";
    case Severity::note:
        return "note";
    case Severity::off:
        return "off";
    }
    return "error";
}

std::optional<Severity> parse_severity(std::string_view text) {
    for (const Severity s : {Severity::error, Severity::warning, Severity::note, Severity::off})
        if (to_string(s) == text)
            return s;
    return std::nullopt;
}

std::string_view to_string(Jurisdiction jurisdiction) {
    return jurisdiction == Jurisdiction::scotland ? "scotland" : "england-and-wales";
}

bool Condition::holds(const FrontMatter& front_matter) const {
    if (always())
        return true;
    const FrontMatterEntry* entry = front_matter.find(key);
    if (!entry)
        return false;
    const std::string actual = fold_name(entry->value.text);
    const std::string wanted = fold_name(value);
    // yes/no values may carry a reason: "no — ..." still holds for "no".
    if (auto answer = parse_yes_no(entry->value.text);
        answer && (wanted == "yes" || wanted == "no"))
        return answer->yes == (wanted == "yes");
    return actual == wanted;
}

bool Named::matches(std::string_view text) const {
    return matches_folded(fold_key(text));
}

bool Named::matches_folded(std::string_view folded_text) const {
    for (const std::string& f : folded)
        if (f == folded_text)
            return true;
    return false;
}

void Named::add_alias(std::string alias) {
    folded.push_back(fold_key(alias));
    aliases.push_back(std::move(alias));
}

const FieldSpec* SectionSpec::field(std::string_view key) const {
    for (const FieldSpec& spec : fields)
        if (spec.matches(key))
            return &spec;
    return nullptr;
}

const FieldSpec* SectionSpec::field(const Field& field) const {
    for (const FieldSpec& spec : fields)
        if (spec.matches_folded(field.folded_key))
            return &spec;
    for (const FieldSpec& spec : fields)
        if (spec.matches_label(field.folded_key))
            return &spec;
    return nullptr;
}

bool FieldSpec::matches_label(std::string_view folded_label) const {
    if (matches_folded(folded_label))
        return true;
    const auto for_whom = folded_label.find(" for ");
    if (for_whom == std::string_view::npos || for_whom == 0)
        return false;
    constexpr std::ptrdiff_t max_whom_words = 3; // "Outcome for Harvey and Lily"
    const std::string_view whom = folded_label.substr(for_whom + 5);
    return !whom.empty() && std::count(whom.begin(), whom.end(), ' ') < max_whom_words &&
           matches_folded(folded_label.substr(0, for_whom));
}

const FieldSpec* SectionSpec::field_named(std::string_view canonical) const {
    for (const FieldSpec& spec : fields)
        if (same_name(spec.name, canonical))
            return &spec;
    return nullptr;
}

const SectionSpec* KindSpec::section(std::string_view heading) const {
    for (const SectionSpec& spec : sections)
        if (spec.matches(heading))
            return &spec;
    return nullptr;
}

const SectionSpec* KindSpec::section(const Section& section) const {
    return section_headed(section.folded_heading, section.heading.text);
}

const SectionSpec* KindSpec::section_headed(std::string_view folded,
                                            std::string_view as_written) const {
    for (const SectionSpec& spec : sections)
        if (spec.matches_folded(folded))
            return &spec;
    if (const std::string stem = heading_stem_key(as_written); !stem.empty())
        for (const SectionSpec& spec : sections)
            if (spec.matches_folded(stem))
                return &spec;
    return nullptr;
}

std::string Policy::kind_title(std::string_view name) const {
    const KindSpec* spec = kind(name);
    return spec != nullptr && !spec->title.empty() ? spec->title : std::string(name);
}

const SectionSpec* KindSpec::section_named(std::string_view canonical) const {
    for (const SectionSpec& spec : sections)
        if (same_name(spec.name, canonical))
            return &spec;
    return nullptr;
}

long RuleSetting::param_int(const std::string& name, long fallback) const {
    const auto it = params.find(name);
    if (it == params.end())
        return fallback;
    long value = fallback;
    const auto& text = it->second;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

std::string Policy::provenance() const {
    return local_file.empty() ? "shipped with cpdoc" : "local pack read from " + local_file;
}

const KindSpec* Policy::kind(std::string_view name) const {
    for (const KindSpec& spec : kinds)
        if (same_name(spec.kind, name))
            return &spec;
    return nullptr;
}

const RuleSetting* Policy::enabled(std::string_view rule_id) const {
    const auto it = rules.find(rule_id);
    if (it == rules.end() || it->second.severity == Severity::off)
        return nullptr;
    return &it->second;
}

} // namespace cpdoc
