#include "list_items.hpp"

#include "grammar/folding.hpp"
#include "grammar/person.hpp"
#include "grammar/placeholders.hpp"
#include "grammar/yes_no.hpp"
#include "line_syntax.hpp"
#include "source_text.hpp"

#include <utility>

namespace cpdoc {
namespace {

void append_text(Located& target, std::string_view text, std::string_view joiner) {
    if (!target.text.empty())
        target.text += joiner;
    target.text += text;
}

// Position of a byte offset within an item's first line (continuations are later).
Position offset_position(const Located& text, std::size_t offset) {
    const std::size_t clamped = offset < text.text.size() ? offset : text.text.size();
    return {text.pos.line,
            text.pos.column + code_points(std::string_view(text.text).substr(0, clamped))};
}

bool has_field_child(const RawItem& item) {
    for (const RawItem& child : item.children)
        if (syntax::field_key(child.text.text))
            return true;
    return false;
}

// The text as a field into `field` (default-made); false when it is not `Key: value`.
bool read_field(const Located& text, Field& field) {
    const auto key = syntax::field_key(text.text);
    if (!key)
        return false;
    // "Find a childminder" then "Owner: Tom Price" on the next line: a title and its field,
    // not a field named by both lines.
    for (const LineStart& line : text.continued)
        if (line.offset > 0 && line.offset < key->value_offset)
            return false;
    field.pos = text.pos;
    field.key.text = key->key;
    field.key.pos = offset_position(text, key->key_offset);
    field.folded_key = fold_key(field.key.text);
    field.value.text = trim(std::string_view(text.text).substr(key->value_offset));
    field.value.pos = offset_position(text, key->value_offset);
    for (const LineStart& line : text.continued)
        if (line.offset >= key->value_offset)
            field.value.continued.push_back({line.offset - key->value_offset, line.pos});
    return true;
}

// The item's text as a field, made in place at the end of `fields` (a Field moved copies its
// short strings' bytes again); false, and nothing added, when it is not one. A field with
// nested plain items is one field per item: `- Present:` then a list. The items' texts are
// moved: the item is used up.
bool add_field(std::vector<Field>& fields, RawItem& item) {
    Field& field = fields.emplace_back();
    if (!read_field(item.text, field)) {
        fields.pop_back();
        return false;
    }
    if (item.children.empty())
        return true;
    Field pattern = std::move(field);
    fields.pop_back();
    if (!pattern.value.text.empty())
        fields.push_back(pattern);
    pattern.value = {};
    for (RawItem& child : item.children) {
        Field& repeated = fields.emplace_back(pattern);
        repeated.pos = child.text.pos;
        repeated.value = std::move(child.text);
    }
    return true;
}

// The item and everything under it, in reading order; their texts are moved.
void collect_notes(RawItem& item, std::vector<Located>& notes) {
    // Iterative: nesting is bounded by Limits::max_nesting but notes can be many.
    std::vector<RawItem*> pending{&item};
    while (!pending.empty()) {
        RawItem* next = pending.back();
        pending.pop_back();
        notes.push_back(std::move(next->text));
        for (auto it = next->children.rbegin(); it != next->children.rend(); ++it)
            pending.push_back(&*it);
    }
}

} // namespace

std::optional<Field> as_field(const Located& text) {
    std::optional<Field> made(std::in_place);
    if (!read_field(text, *made))
        return std::nullopt;
    return made;
}

std::optional<ChecklistAnswer> as_checklist(const Located& text) {
    const auto task = syntax::task_prefix(text.text);
    if (!task)
        return std::nullopt;
    ChecklistAnswer answer{
        task->checked,
        {text.text.substr(task->text_offset), offset_position(text, task->text_offset)}};
    for (const LineStart& line : text.continued)
        if (line.offset >= task->text_offset)
            answer.text.continued.push_back({line.offset - task->text_offset, line.pos});
    return answer;
}

void classify_top_item(RawItem&& item, Section& target) {
    if (auto answer = as_checklist(item.text)) {
        for (const RawItem& child : item.children)
            append_text(answer->text, child.text.text, "; ");
        target.checklist.push_back(std::move(*answer));
        return;
    }
    if (!has_field_child(item) && add_field(target.fields, item))
        return;
    Record record;
    record.title = std::move(item.text);
    record.fields.reserve(item.children.size()); // most of a record's items are its fields
    for (RawItem& child : item.children) {
        if (auto answer = as_checklist(child.text)) {
            record.checklist.push_back(std::move(*answer));
            for (RawItem& grandchild : child.children)
                collect_notes(grandchild, record.notes);
        } else if (!add_field(record.fields, child)) {
            collect_notes(child, record.notes);
        }
    }
    target.records.push_back(std::move(record));
}

} // namespace cpdoc
