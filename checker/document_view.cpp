#include "document_view.hpp"

#include "grammar/line_syntax.hpp"
#include "grammar/source_text.hpp"
#include "grammar/values.hpp"
#include "text_match.hpp"

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
    for (const Section& section : document.sections) {
        const SectionSpec* spec =
            kind_spec_ == nullptr || section.is_preamble() ? nullptr : kind_spec_->section(section);
        if (spec == nullptr && kind_spec_ != nullptr && is_named_childs_views(section))
            spec = kind_spec_->section_named("Child's views");
        section_specs_.push_back(spec);
    }
    reshaped_.resize(document.sections.size());
    is_reshaped_.resize(document.sections.size(), false);
    for (std::size_t i = 0; i < document.sections.size(); ++i)
        read_as_shaped(i);
    collect_people();
}

// "## Aiden's views", "## 4. Views of Aiden", "## Aiden's wishes and feelings", "## Megan
// and Jack's views": the child's (or the children's) views under their names, which is anyone's
// name but an adult's ("Mum's views", "Parents' views"): a pack's `adult-words`. Headings are
// matched folded, without the apostrophe ("aidens views").
bool DocumentView::is_named_childs_views(const Section& section) const {
    const std::string_view heading = section.folded_heading;
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
    const auto& adults = policy_->folded_vocabulary("adult-words");
    const bool several = name.find(' ') != std::string_view::npos;
    if (several && name.find(" and ") == std::string_view::npos)
        return false;
    std::size_t names = 0;
    for (std::size_t start = 0; start < name.size();) {
        const std::size_t end = std::min(name.find(' ', start), name.size());
        const std::string_view word = name.substr(start, end - start);
        if (!word.empty() && word != "and") {
            if (std::find(adults.begin(), adults.end(), word) != adults.end() || ++names > 4)
                return false;
        }
        start = end + 1;
    }
    return names > 0;
}

const SectionSpec* DocumentView::spec(std::string_view canonical) const {
    return kind_spec_ == nullptr ? nullptr : kind_spec_->section_named(canonical);
}

namespace {

// A column of a people table that holds part of a person value, in the order they are
// joined: `Name, Role, Agency`.
int person_part(std::string_view header) {
    const std::string key = fold_key(header);
    for (const std::string_view name : {"name", "full name", "attendee", "person"})
        if (key == name)
            return 0;
    for (const std::string_view role : {"role", "job title", "title", "designation", "position"})
        if (key == role)
            return 1;
    for (const std::string_view agency :
         {"agency", "organisation", "organization", "service", "team", "agency service"})
        if (key == agency)
            return 2;
    return -1;
}

// An attendance or named-people table read as fields: each row a person value (`Name,
// Role, Agency` from its columns), keyed by the cell that names a field of the section
// (`Chair`, `Apologies`) or, without one, by `default_key` (`Present`).
void read_people_table(const Table& table, const SectionSpec& spec, const std::string& default_key,
                       Section& section) {
    std::vector<int> parts;
    for (const Located& header : table.header)
        parts.push_back(person_part(header.text));
    if (std::find(parts.begin(), parts.end(), 0) == parts.end())
        return; // not a table of people
    for (const TableRow& row : table.rows) {
        const Located* key = nullptr;
        std::array<const Located*, 3> person{};
        for (std::size_t c = 0; c < row.cells.size() && c < parts.size(); ++c) {
            if (parts[c] >= 0)
                person[static_cast<std::size_t>(parts[c])] = &row.cells[c];
            else if (spec.field(row.cells[c].text) != nullptr)
                key = &row.cells[c];
        }
        if (person[0] == nullptr || trim(person[0]->text).empty())
            continue;
        Located value = *person[0];
        // "Paul Grant (Chair)": the chair, marked beside the name.
        bool marked_chair = false;
        if (key == nullptr && spec.field_named("Chair") != nullptr)
            for (const std::string_view marker : {"(chair)", "(chairperson)", "(chairing)"})
                if (const std::string lower = ascii_lowercase(trim(value.text));
                    lower.ends_with(marker) && lower.size() > marker.size()) {
                    value.text = std::string(trim(std::string_view(trim(value.text))
                                                      .substr(0, lower.size() - marker.size())));
                    marked_chair = true;
                    break;
                }
        for (std::size_t part = 1; part < person.size(); ++part)
            if (person[part] != nullptr && !trim(person[part]->text).empty())
                value.text += ", " + std::string(trim(person[part]->text));
        Located key_text = key != nullptr ? *key
                           : marked_chair ? Located{"Chair", person[0]->pos}
                                          : Located{default_key, person[0]->pos};
        const std::string folded = fold_key(key_text.text);
        section.fields.push_back({std::move(key_text), std::move(value), person[0]->pos, folded});
    }
}

// Lines of a paragraph in a section of fields that read `Key: value` with a key the section
// has (`**Chair:** Helen Osei`, as documents converted from Word are written): fields too.
void read_labelled_lines(const Section& original, const SectionSpec& spec, Section& section) {
    for (const Prose& prose : original.prose) {
        if (prose.kind != Prose::Kind::paragraph)
            continue;
        for (std::size_t line = 0; line <= prose.continued.size(); ++line) {
            const std::size_t begin = line == 0 ? 0 : prose.continued[line - 1].offset;
            const std::size_t end =
                line < prose.continued.size() ? prose.continued[line].offset : prose.text.size();
            const std::string_view text =
                trim(std::string_view(prose.text).substr(begin, end - begin));
            const auto key = syntax::field_key(text);
            if (!key || spec.field(key->key) == nullptr)
                continue;
            const Position start = prose.position_at(begin);
            auto at = [&](std::size_t offset) {
                return Position{start.line, start.column + code_points(text.substr(0, offset))};
            };
            Field field;
            field.pos = start;
            field.key = {std::string(key->key), at(key->key_offset)};
            field.folded_key = fold_key(key->key);
            field.value = {std::string(trim(text.substr(key->value_offset))),
                           at(key->value_offset)};
            section.fields.push_back(std::move(field));
        }
    }
}

// The field a people table's rows are when no cell says otherwise: the section's person
// field that can repeat (Present, Core group member).
std::string default_people_key(const SectionSpec& spec) {
    for (const std::string_view name : {"Present", "Core group member"})
        if (spec.field_named(name) != nullptr)
            return std::string(name);
    return {};
}

// "- No information shared since the last meeting": short list items that only say there
// was nothing to record are the section's text, not records missing their fields.
// The field a records table's column holds: its header as a field name or alias, or one
// followed by whom it is for ("Outcome for Megan").
const FieldSpec* column_field(const SectionSpec& spec, std::string_view header) {
    if (const FieldSpec* field = spec.field(header))
        return field;
    const std::string folded = fold_key(header);
    const auto for_whom = folded.find(" for ");
    return for_whom == std::string::npos ? nullptr
                                         : spec.field(std::string_view(folded).substr(0, for_whom));
}

// Fields of the section's records written as the section's own: at least two of them, each
// one of the record's fields, none twice (two contingencies written so are not one).
bool fields_of_one_record(const Section& section, const SectionSpec& spec) {
    std::vector<const FieldSpec*> seen;
    for (const Field& field : section.fields) {
        const FieldSpec* field_spec = spec.field(field);
        if (field_spec == nullptr || std::find(seen.begin(), seen.end(), field_spec) != seen.end())
            return false;
        seen.push_back(field_spec);
    }
    return seen.size() >= 2;
}

constexpr std::size_t nothing_to_record_max_words = 12;

bool only_nothing_to_record(const Section& section, const Policy& policy) {
    if (section.records.empty() || !section.fields.empty() || !section.tables.empty())
        return false;
    return std::all_of(section.records.begin(), section.records.end(), [&](const Record& record) {
        return record.fields.empty() && record.checklist.empty() && record.notes.empty() &&
               word_count(record.title.text) <= nothing_to_record_max_words &&
               first_phrase_in(record.title.text, policy.vocabulary("nothing-to-record"),
                               policy.worded_vocabulary("nothing-to-record"));
    });
}

// A list of nothing-to-record items, read as the section's text.
Section nothing_recorded_as_text(const Section& original) {
    Section section = original;
    for (Record& record : section.records)
        section.prose.push_back({std::move(record.title), Prose::Kind::paragraph});
    section.records.clear();
    return section;
}

// "- Trigger: ...\n- Response: ...\n- Owner: ..." straight under the heading: the one record
// the section holds, titled by its heading.
Section fields_as_one_record(const Section& original) {
    Section section = original;
    Record record;
    record.title = section.heading;
    record.fields = std::move(section.fields);
    section.fields.clear();
    section.records.push_back(std::move(record));
    return section;
}

// A section of fields with `Key: value` lines in its paragraphs and tables of people.
Section flat_section_read(const Section& original, const SectionSpec& spec) {
    const std::string default_key = default_people_key(spec);
    Section section = original;
    read_labelled_lines(original, spec, section);
    if (!default_key.empty())
        for (const Table& table : original.tables)
            read_people_table(table, spec, default_key, section);
    return section;
}

// A section of records with tables: each row one more record.
Section tables_as_records(const Section& original, const SectionSpec& spec) {
    Section section = original;
    for (const Table& table : original.tables) {
        std::vector<const FieldSpec*> columns;
        for (const Located& header : table.header)
            columns.push_back(column_field(spec, header.text));
        // The title is the first column that is not a field; when every column is a field,
        // the first column is the title and stays a field too.
        const auto title = std::find(columns.begin(), columns.end(), nullptr);
        const std::size_t title_column =
            title == columns.end() ? 0 : static_cast<std::size_t>(title - columns.begin());
        for (const TableRow& row : table.rows) {
            Record record;
            record.title = row.cells.at(title_column);
            for (std::size_t c = 0; c < row.cells.size() && c < table.header.size(); ++c) {
                if (c == title_column && columns[c] == nullptr)
                    continue;
                record.fields.push_back(
                    {table.header[c], row.cells[c], row.cells[c].pos,
                     fold_key(columns[c] != nullptr ? std::string_view(columns[c]->name)
                                                    : std::string_view(table.header[c].text))});
            }
            section.records.push_back(std::move(record));
        }
    }
    return section;
}

// The section as its spec's shape reads it, when that differs from how it was written.
std::optional<Section> reshaped(const Section& original, const SectionSpec& spec,
                                const Policy& policy) {
    const bool records = spec.shape == SectionShape::records;
    if (records && only_nothing_to_record(original, policy))
        return nothing_recorded_as_text(original);
    if (records && original.records.empty() && fields_of_one_record(original, spec))
        return fields_as_one_record(original);
    if (original.tables.empty() && original.prose.empty())
        return std::nullopt;
    if (spec.shape == SectionShape::flat)
        return flat_section_read(original, spec);
    if (records && !original.tables.empty())
        return tables_as_records(original, spec);
    return std::nullopt;
}

} // namespace

void DocumentView::read_as_shaped(std::size_t index) {
    if (section_specs_[index] == nullptr)
        return;
    if (auto section = reshaped(document_.sections[index], *section_specs_[index], *policy_)) {
        reshaped_[index] = std::move(*section);
        is_reshaped_[index] = true;
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

const Section* DocumentView::section(std::string_view canonical) const {
    const SectionSpec* wanted = spec(canonical);
    const std::string folded = wanted != nullptr ? std::string() : fold_key(canonical);
    for (std::size_t i = 0; i < document_.sections.size(); ++i) {
        const Section& section = document_.sections[i];
        if (section.is_preamble())
            continue;
        if (wanted != nullptr ? section_specs_[i] == wanted : section.folded_heading == folded)
            return &as_read(i);
    }
    // A table needs no heading: a chronology may be just its table.
    if (wanted != nullptr && wanted->shape == SectionShape::table)
        for (const Section& section : document_.sections)
            if (!section.tables.empty())
                return &section;
    return nullptr;
}

std::vector<const Field*> DocumentView::fields(const std::vector<Field>& fields,
                                               std::string_view section,
                                               std::string_view canonical) const {
    std::vector<const Field*> found;
    const SectionSpec* section_spec = spec(section);
    const FieldSpec* field_spec =
        section_spec == nullptr ? nullptr : section_spec->field_named(canonical);
    const std::string folded = field_spec != nullptr ? std::string() : fold_key(canonical);
    for (const Field& field : fields) {
        const bool match = field_spec != nullptr ? field_spec->matches_folded(field.folded_key)
                                                 : field.folded_key == folded;
        if (match)
            found.push_back(&field);
    }
    return found;
}

const Field* DocumentView::field(const std::vector<Field>& fields, std::string_view section,
                                 std::string_view canonical) const {
    const auto found = this->fields(fields, section, canonical);
    return found.empty() ? nullptr : found.front();
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
    auto visit_fields = [&](const std::vector<Field>& fields, const Section& section) {
        for (const Field& field : fields)
            visit(field.value, section);
    };
    for (const Section& section : document_.sections) {
        for (const Located& prose : section.prose)
            visit(prose, section);
        visit_fields(section.fields, section);
        for (const ChecklistAnswer& answer : section.checklist)
            visit(answer.text, section);
        for (const Record& record : section.records) {
            visit(record.title, section);
            visit_fields(record.fields, section);
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
}

const Person* DocumentView::person(std::string_view name) const {
    const auto it = people_.find(person_key(name));
    return it == people_.end() ? nullptr : &it->second;
}

std::vector<const Person*> DocumentView::people_called(std::string_view word) const {
    std::vector<const Person*> found;
    const auto [first, last] = by_name_part_.equal_range(word);
    for (auto it = first; it != last; ++it)
        if (std::find(found.begin(), found.end(), it->second) == found.end())
            found.push_back(it->second);
    return found;
}

const char* DocumentView::role_or_agency(std::string_view text) const {
    const std::string folded = fold_name(text);
    if (roles_.count(folded) != 0)
        return "a role";
    if (agencies_.count(folded) != 0)
        return "an agency";
    return nullptr;
}

void DocumentView::collect_people() {
    auto add = [&](const Field& field) {
        for (const std::string_view listed : listed_people(field.value.text)) {
            const Person person = parse_person(listed);
            if (person.name.empty() || is_placeholder(person.name))
                continue;
            auto [it, inserted] = people_.emplace(person_key(person.name), person);
            if (!inserted && it->second.role.empty())
                it->second = person;
        }
    };
    for (std::size_t i = 0; i < document_.sections.size(); ++i) {
        const Section& section = as_read(i);
        const SectionSpec* section_spec = section_specs_[i];
        if (section_spec == nullptr)
            continue;
        for (const Field& field : section.fields) {
            const FieldSpec* field_spec = section_spec->field(field);
            if (field_spec != nullptr && field_spec->type == FieldType::person)
                add(field);
        }
    }
    for (const auto& [key, person] : people_) {
        const auto first_space = key.find(' ');
        if (first_space != std::string::npos) {
            by_name_part_.emplace(key.substr(0, first_space), &person);
            by_name_part_.emplace(key.substr(key.rfind(' ') + 1), &person);
        }
        if (!person.role.empty())
            roles_.insert(fold_name(person.role));
        if (!person.agency.empty())
            agencies_.insert(fold_name(person.agency));
    }
}

} // namespace cpdoc
