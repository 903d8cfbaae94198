#include "view/document_view.hpp"

#include "view/label_runs.hpp"
#include "view/section_names.hpp"
#include "view/section_shapes.hpp"
#include "view/sentence_records.hpp"

#include "grammar/folding.hpp"
#include "grammar/line_syntax.hpp"
#include "grammar/placeholders.hpp"
#include "grammar/source_text.hpp"
#include "grammar/yes_no.hpp"
#include "view/text_match.hpp"

#include <algorithm>
#include <array>

namespace cpdoc {

DocumentView::DocumentView(const Document& document, const Policy* policy)
    : document_(document), policy_(policy) {
    if (const FrontMatterEntry* entry = document.front_matter.find("document"))
        kind_ = fold_name(entry->value.text);
    if (policy_ != nullptr)
        kind_spec_ = policy_->kind(kind_);
    section_specs_.reserve(document.sections.size());
    if (kind_spec_ != nullptr)
        first_section_of_spec_.resize(kind_spec_->sections.size(), std::string::npos);
    for (const Section& section : document.sections) {
        const SectionSpec* spec =
            kind_spec_ == nullptr || section.is_preamble()
                ? nullptr
                : section_named_by(*policy_, *kind_spec_, section.folded_heading,
                                   section.heading.text);
        if (spec != nullptr) {
            std::size_t& first = first_section_of_spec_[spec_index(spec)];
            if (first == std::string::npos)
                first = section_specs_.size();
        }
        section_specs_.push_back(spec);
    }
    reshaped_.resize(document.sections.size());
    is_reshaped_.resize(document.sections.size(), false);
    // The details that name a section's lead person (a chair in the details table), found
    // once for the document rather than once per section.
    std::vector<std::pair<const FrontMatterEntry*, const SectionSpec*>> leads;
    if (kind_spec_ != nullptr) {
        const std::vector<LeadField> lead_specs = lead_fields(*kind_spec_);
        for (const FrontMatterEntry& entry : document.front_matter.entries)
            if (const SectionSpec* led = section_led_by(lead_specs, entry.key))
                leads.emplace_back(&entry, led);
    }
    for (std::size_t i = 0; i < document.sections.size(); ++i)
        read_as_shaped(i, leads);
    collect_people();
    read_sentence_records();
}

// Records written as one sentence ("Liam to refer Mum ... by 18/12/2026"), read once the
// people the document names are known.
void DocumentView::read_sentence_records() {
    for (std::size_t i = 0; i < document_.sections.size(); ++i)
        if (const SectionSpec* spec = section_specs_[i])
            if (auto read = sentence_fields(as_read(i), *spec, *policy_, people_)) {
                reshaped_[i] = std::move(*read);
                is_reshaped_[i] = true;
            }
}

// Everyone in a person field of a section the policy knows, as the section reads.
void DocumentView::collect_people() {
    for (std::size_t i = 0; i < document_.sections.size(); ++i) {
        const SectionSpec* section_spec = section_specs_[i];
        if (section_spec == nullptr)
            continue;
        for (const Field& field : as_read(i).fields) {
            const FieldSpec* field_spec = section_spec->field(field);
            if (field_spec != nullptr && field_spec->type == FieldType::person)
                people_.add(field.value.text);
        }
    }
    people_.index();
}

const SectionSpec* DocumentView::spec(std::string_view canonical) const {
    return kind_spec_ == nullptr ? nullptr : kind_spec_->section_named(canonical);
}

void DocumentView::read_as_shaped(
    std::size_t index,
    const std::vector<std::pair<const FrontMatterEntry*, const SectionSpec*>>& leads) {
    const SectionSpec* spec = section_specs_[index];
    if (spec == nullptr)
        return;
    std::optional<Section> split = labels_split(document_.sections[index], *spec);
    if (auto section = reshaped(split ? *split : document_.sections[index], *spec, *policy_)) {
        reshaped_[index] = std::move(*section);
        is_reshaped_[index] = true;
    } else if (split) {
        reshaped_[index] = std::move(*split);
        is_reshaped_[index] = true;
    }
    // The lead person named only in the details ("Chair: Sarah Khan" over the minutes), in
    // the first section of the spec, where the section does not name one itself.
    for (std::size_t earlier = 0; earlier < index; ++earlier)
        if (section_specs_[earlier] == spec)
            return;
    for (const auto& [lead_entry, led] : leads) {
        if (led != spec)
            continue;
        const FrontMatterEntry& entry = *lead_entry;
        const FieldSpec* lead = spec->field(entry.key);
        const auto& fields = as_read(index).fields;
        if (std::any_of(fields.begin(), fields.end(),
                        [&](const Field& field) { return spec->field(field) == lead; }))
            continue;
        if (!is_reshaped_[index]) {
            reshaped_[index] = document_.sections[index];
            is_reshaped_[index] = true;
        }
        Field field;
        field.key = {entry.key, entry.pos};
        field.folded_key = fold_key(entry.key);
        field.value = entry.value;
        field.pos = entry.pos;
        reshaped_[index].fields.push_back(std::move(field));
    }
}

const Section& DocumentView::as_read(std::size_t index) const {
    return is_reshaped_[index] ? reshaped_[index] : document_.sections[index];
}

std::vector<const Section*> DocumentView::sections() const {
    std::vector<const Section*> all;
    for (std::size_t i = 0; i < document_.sections.size(); ++i)
        all.push_back(&as_read(i));
    return all;
}

const SectionSpec* DocumentView::spec_of(const Section& section) const {
    for (const auto* sections : {&document_.sections, &reshaped_}) {
        const auto index = static_cast<std::size_t>(&section - sections->data());
        if (&section >= sections->data() && index < section_specs_.size())
            return section_specs_[index];
    }
    return nullptr;
}

std::size_t DocumentView::spec_index(const SectionSpec* spec) const {
    return static_cast<std::size_t>(spec - kind_spec_->sections.data());
}

const Section* DocumentView::section(std::string_view canonical) const {
    const SectionSpec* wanted = spec(canonical);
    if (wanted != nullptr) {
        if (const std::size_t first = first_section_of_spec_[spec_index(wanted)];
            first != std::string::npos)
            return &as_read(first);
    } else {
        const std::string folded = fold_key(canonical);
        for (std::size_t i = 0; i < document_.sections.size(); ++i) {
            const Section& section = document_.sections[i];
            if (!section.is_preamble() && section.folded_heading == folded)
                return &as_read(i);
        }
    }
    // A table needs no heading: a chronology may be just its table.
    if (wanted != nullptr && wanted->shape == SectionShape::table)
        for (const Section& section : document_.sections)
            if (!section.tables.empty())
                return &section;
    return nullptr;
}

namespace {

// How a field with a canonical name is known: by the pack's spec (any alias), or else by its
// folded name.
struct FieldMatcher {
    const FieldSpec* spec;
    std::string folded;
    bool operator()(const Field& field) const {
        return spec != nullptr ? spec->matches_label(field.folded_key) : field.folded_key == folded;
    }
};

FieldMatcher field_matcher(const SectionSpec* section_spec, std::string_view canonical) {
    const FieldSpec* field_spec =
        section_spec == nullptr ? nullptr : section_spec->field_named(canonical);
    return {field_spec, field_spec != nullptr ? std::string() : fold_key(canonical)};
}

} // namespace

std::vector<const Field*> DocumentView::fields(const std::vector<Field>& fields,
                                               std::string_view section,
                                               std::string_view canonical) const {
    std::vector<const Field*> found;
    const FieldMatcher matches = field_matcher(spec(section), canonical);
    for (const Field& field : fields)
        if (matches(field))
            found.push_back(&field);
    return found;
}

// The first of `fields`, without collecting the rest: rules ask this of every record.
const Field* DocumentView::field(const std::vector<Field>& fields, std::string_view section,
                                 std::string_view canonical) const {
    const FieldMatcher matches = field_matcher(spec(section), canonical);
    for (const Field& field : fields)
        if (matches(field))
            return &field;
    return nullptr;
}

std::string_view DocumentView::value(const std::vector<Field>& fields, std::string_view section,
                                     std::string_view canonical) const {
    const Field* found = field(fields, section, canonical);
    return found == nullptr ? std::string_view{} : trim(found->value.text);
}

const FrontMatterEntry* DocumentView::front(std::string_view key) const {
    return document_.front_matter.find(key);
}

std::optional<Date> DocumentView::front_date(std::string_view key) const {
    const FrontMatterEntry* entry = front(key);
    return entry == nullptr ? std::nullopt : parse_date(entry->value.text);
}

bool DocumentView::front_yes(std::string_view key) const {
    const FrontMatterEntry* entry = front(key);
    if (entry == nullptr)
        return false;
    const auto answer = parse_yes_no(entry->value.text);
    return answer && answer->yes;
}

void DocumentView::for_each_written_text(
    const std::function<void(const Located&, const Section&)>& visit) const {
    for_each_text([&](const Located& text, const Section& section) {
        if (text.text.find("{{") == std::string::npos)
            return visit(text, section);
        Located written = text;
        written.text = without_placeholders(text.text);
        visit(written, section);
    });
}

void DocumentView::for_each_text(
    const std::function<void(const Located&, const Section&)>& visit) const {
    for (const Section& section : document_.sections)
        for_each_text_in(section, visit);
}

void DocumentView::for_each_text_in(
    const Section& section, const std::function<void(const Located&, const Section&)>& visit) {
    auto visit_fields = [&](const std::vector<Field>& fields) {
        for (const Field& field : fields)
            visit(field.value, section);
    };
    for (const Located& prose : section.prose)
        visit(prose, section);
    visit_fields(section.fields);
    for (const ChecklistAnswer& answer : section.checklist)
        visit(answer.text, section);
    for (const Record& record : section.records) {
        visit(record.title, section);
        visit_fields(record.fields);
        for (const ChecklistAnswer& answer : record.checklist)
            visit(answer.text, section);
        for (const Located& note : record.notes)
            visit(note, section);
    }
    for (const Table& table : section.tables)
        for (const TableRow& row : table.rows)
            for (const Located& cell : row.cells)
                visit(cell, section);
}

std::string DocumentView::section_text(const Section& section) {
    std::string text;
    for_each_text_in(section, [&](const Located& located, const Section&) {
        if (!text.empty())
            text += ' ';
        text += located.text;
    });
    return text;
}

} // namespace cpdoc
