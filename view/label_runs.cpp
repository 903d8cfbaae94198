#include "view/label_runs.hpp"

#include "grammar/folding.hpp"
#include "grammar/inlines.hpp"
#include "grammar/line_syntax.hpp"

#include <algorithm>

namespace cpdoc {
namespace {

// The part [begin, end) of a text, with its place and line starts.
Located part_of(const Located& text, std::size_t begin, std::size_t end) {
    while (begin < end && text.text[begin] == ' ')
        ++begin;
    while (end > begin && (text.text[end - 1] == ' '))
        --end;
    Located part{text.text.substr(begin, end - begin), text.position_at(begin)};
    for (const LineStart& line : text.continued)
        if (line.offset > begin && line.offset < end)
            part.continued.push_back({line.offset - begin, line.pos});
    read_inlines(part);
    return part;
}

bool labelled_at(const std::string& text, std::size_t at, const SectionSpec& spec) {
    // Most sentences hold no colon near their start: ruled out without reading a key.
    constexpr std::size_t longest_label = 48;
    const std::string_view opening = std::string_view(text).substr(at, longest_label);
    if (opening.find(':') == std::string_view::npos)
        return false;
    const auto key = syntax::field_key(std::string_view(text).substr(at));
    return key && spec.field(key->key) != nullptr;
}

// Where a label may start after the text's first: a sentence (past ". " or "; "), or a bold
// label after a space ("**If:** things get worse **Then:** ...").
template <class Visit> void for_each_label_candidate(const std::string& text, Visit visit) {
    for (std::size_t i = 0; i + 2 < text.size(); ++i)
        if ((text[i] == '.' || text[i] == ';') && text[i + 1] == ' ')
            visit(i + 2);
        else if (text[i] == ' ' && text[i + 1] == '*' && text[i + 2] == '*')
            visit(i + 1);
}

// Where, in a field's value, another field of the spec starts: at a continuation line or
// a sentence.
std::vector<std::size_t> label_starts(const Located& value, const SectionSpec& spec) {
    std::vector<std::size_t> starts;
    if (value.text.find(':') == std::string::npos) // most values: no label at all
        return starts;
    for (const LineStart& line : value.continued)
        if (line.offset < value.text.size() && labelled_at(value.text, line.offset, spec))
            starts.push_back(line.offset);
    for_each_label_candidate(value.text, [&](std::size_t at) {
        if (labelled_at(value.text, at, spec))
            starts.push_back(at);
    });
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
    return starts;
}

// Where a value that runs up to the next label ends: before the full stop that ends its
// sentence ("Derek Shaw. Safety plan: ..."), and spaces.
std::size_t value_end(const std::string& text, std::size_t end) {
    while (end > 0 && text[end - 1] == ' ')
        --end;
    if (end > 0 && (text[end - 1] == '.' || text[end - 1] == ';'))
        --end;
    return end;
}

// The field a label at `begin` opens, its value up to `end`.
Field field_at(const Located& text, std::size_t begin, std::size_t end) {
    const Located line = part_of(text, begin, end);
    const auto key = syntax::field_key(line.text);
    Field field;
    field.pos = line.pos;
    field.key = {std::string(key->key), line.position_at(key->key_offset)};
    read_inlines(field.key);
    field.folded_key = fold_key(key->key);
    field.value = part_of(line, key->value_offset, line.text.size());
    return field;
}

// The field split at the label starts: itself up to the first, then one field per label.
std::vector<Field> split_field(const Field& field, const std::vector<std::size_t>& starts) {
    std::vector<Field> fields;
    const Located& value = field.value;
    Field first = field;
    first.value = part_of(value, 0, value_end(value.text, starts.front()));
    fields.push_back(std::move(first));
    for (std::size_t k = 0; k < starts.size(); ++k)
        fields.push_back(field_at(value, starts[k],
                                  k + 1 < starts.size() ? value_end(value.text, starts[k + 1])
                                                        : value.text.size()));
    return fields;
}

bool has_run(const std::vector<Field>& fields, const SectionSpec& spec) {
    return std::any_of(fields.begin(), fields.end(), [&](const Field& field) {
        return field.value.text.find(':') != std::string::npos &&
               !label_starts(field.value, spec).empty();
    });
}

// The fields with every run split.
void split_fields(std::vector<Field>& fields, const SectionSpec& spec) {
    std::vector<Field> out;
    for (Field& field : fields) {
        // Any field's value: "Threats to staff: Yes. Shared with manager: ..." runs the
        // spec's fields on after a question of its own.
        const std::vector<std::size_t> starts = label_starts(field.value, spec);
        if (starts.empty()) {
            out.push_back(std::move(field));
            continue;
        }
        for (Field& part : split_field(field, starts))
            out.push_back(std::move(part));
    }
    fields = std::move(out);
}

// "- Chase Early Help re: Sophie's return date↵Owner: Social Work↵Due: 11/12/2026": a record
// whose title has a colon, read as a field no spec names with the record's fields on the lines
// after it. Made a record, its title that first line, before the section's runs are split.
void titled_fields_as_records(Section& section, const SectionSpec& spec) {
    std::vector<Field> kept;
    bool made = false;
    for (Field& field : section.fields) {
        const std::vector<std::size_t> starts =
            spec.field(field) == nullptr && !field.value.continued.empty()
                ? label_starts(field.value, spec)
                : std::vector<std::size_t>{};
        if (starts.empty() || starts.front() < field.value.continued.front().offset) {
            kept.push_back(std::move(field));
            continue;
        }
        std::vector<Field> parts = split_field(field, starts);
        Record record;
        record.title = {parts.front().key.text + ": " + parts.front().value.text,
                        parts.front().key.pos};
        record.fields.assign(std::make_move_iterator(parts.begin() + 1),
                             std::make_move_iterator(parts.end()));
        section.records.push_back(std::move(record));
        made = true;
    }
    section.fields = std::move(kept);
    if (made)
        std::stable_sort(
            section.records.begin(), section.records.end(),
            [](const Record& a, const Record& b) { return a.title.pos < b.title.pos; });
}

} // namespace

// "**Bruising reports shared** — **Decision:** share; **With:** GP": a record's fields typed
// on its title's line. The title ends before the first label (and the dash before it).
bool title_has_labels(const Record& record, const SectionSpec& spec) {
    return record.title.text.find(':') != std::string::npos &&
           (!label_starts(record.title, spec).empty() || labelled_at(record.title.text, 0, spec));
}

void split_title(Record& record, const SectionSpec& spec) {
    std::vector<std::size_t> starts = label_starts(record.title, spec);
    // "- Trigger: Another visit with no access" with the Response and Owner under it: the
    // title is the record's first field, and stays its title too.
    const bool opens_with_label = labelled_at(record.title.text, 0, spec);
    if (opens_with_label && (starts.empty() || starts.front() != 0))
        starts.insert(starts.begin(), 0);
    if (starts.empty())
        return;
    const Located title = record.title;
    std::size_t end = value_end(title.text, starts.front());
    for (const std::string_view dash : {" \u2014", " \u2013", " -", ":"})
        if (std::string_view(title.text).substr(0, end).ends_with(dash))
            end -= dash.size();
    std::vector<Field> fields;
    for (std::size_t k = 0; k < starts.size(); ++k)
        fields.push_back(field_at(title, starts[k],
                                  k + 1 < starts.size() ? value_end(title.text, starts[k + 1])
                                                        : title.text.size()));
    record.title = opens_with_label ? fields.front().value : part_of(title, 0, end);
    fields.insert(fields.end(), std::make_move_iterator(record.fields.begin()),
                  std::make_move_iterator(record.fields.end()));
    record.fields = std::move(fields);
}

std::optional<Section> labels_split(const Section& section, const SectionSpec& spec) {
    // Most sections have none: they are looked at, not copied.
    if (!has_run(section.fields, spec) &&
        std::none_of(section.records.begin(), section.records.end(), [&](const Record& record) {
            return has_run(record.fields, spec) || title_has_labels(record, spec);
        }))
        return std::nullopt;
    Section split = section;
    if (spec.shape == SectionShape::records)
        titled_fields_as_records(split, spec);
    split_fields(split.fields, spec);
    for (Record& record : split.records) {
        split_title(record, spec);
        split_fields(record.fields, spec);
    }
    return split;
}

std::vector<Field> labelled_fields(const Located& paragraph, const SectionSpec& spec) {
    const std::string& text = paragraph.text;
    if (text.find(':') == std::string::npos)
        return {};
    std::vector<std::size_t> line_starts{0};
    for (const LineStart& line : paragraph.continued)
        line_starts.push_back(line.offset);
    line_starts.push_back(text.size());
    std::vector<Field> fields;
    for (std::size_t l = 0; l + 1 < line_starts.size(); ++l) {
        const std::size_t line_end = line_starts[l + 1];
        std::vector<std::size_t> starts;
        std::size_t first = line_starts[l];
        while (first < line_end && text[first] == ' ')
            ++first;
        if (labelled_at(text, first, spec))
            starts.push_back(first);
        for_each_label_candidate(text.substr(0, line_end), [&](std::size_t at) {
            if (at > first && labelled_at(text, at, spec))
                starts.push_back(at);
        });
        for (std::size_t k = 0; k < starts.size(); ++k)
            fields.push_back(field_at(paragraph, starts[k],
                                      k + 1 < starts.size() ? value_end(text, starts[k + 1])
                                                            : value_end(text, line_end)));
    }
    return fields;
}

} // namespace cpdoc
