#include "lsp/completion.hpp"

#include "checker/known_values.hpp"
#include "grammar/folding.hpp"
#include "lsp/diagnostics.hpp"
#include "lsp/utf16.hpp"
#include "view/document_view.hpp"

#include <set>

namespace cpdoc::lsp {
namespace {

// CompletionItemKind values.
constexpr int kind_value = 12;
constexpr int kind_field = 5;
constexpr int kind_module = 9;
constexpr int kind_keyword = 14;

struct Place {
    std::string_view line;
    std::size_t cursor = 0; // byte
    TextPosition position;
};

class Items {
public:
    Items(const Place& place, std::size_t replace_from) : place_(place), from_(replace_from) {}

    void add(const std::string& label, int kind, const std::string& detail,
             const std::string& insert) {
        if (!seen_.insert(label).second)
            return;
        const TextRange range{{place_.position.line, utf16_at_byte(place_.line, from_)},
                              place_.position};
        nlohmann::json item = {{"label", label},
                               {"kind", kind},
                               {"filterText", label},
                               {"textEdit", {{"range", to_json(range)}, {"newText", insert}}}};
        if (!detail.empty())
            item["detail"] = detail;
        items_.push_back(std::move(item));
    }
    nlohmann::json list() const { return {{"isIncomplete", false}, {"items", items_}}; }

private:
    const Place& place_;
    std::size_t from_;
    std::set<std::string> seen_;
    nlohmann::json items_ = nlohmann::json::array();
};

std::size_t skip_spaces(std::string_view text, std::size_t at) {
    while (at < text.size() && (text[at] == ' ' || text[at] == '\t'))
        ++at;
    return at;
}

// The line after which the front matter closes (its closing `---`), or 0 when there is none.
std::size_t front_matter_end(const Analysis& analysis) {
    if (analysis.lines.empty() || trim(analysis.lines[0]) != "---")
        return 0;
    for (std::size_t i = 1; i < analysis.lines.size(); ++i)
        if (trim(analysis.lines[i]) == "---")
            return i;
    return analysis.lines.size();
}

void front_matter_items(const Analysis& analysis, const Place& place, nlohmann::json& out) {
    const std::string_view before = place.line.substr(0, place.cursor);
    const std::size_t colon = before.find(':');
    if (colon == std::string_view::npos) {
        Items items(place, skip_spaces(place.line, 0));
        for (const std::string& key : front_matter_keys())
            items.add(key, kind_keyword, "front matter", key + ": ");
        out = items.list();
        return;
    }
    const std::string key = fold_key(before.substr(0, colon));
    Items items(place, skip_spaces(place.line, colon + 1));
    std::vector<std::string> values;
    if (key == "document")
        values = document_kinds();
    else if (key == "policy" && analysis.packs != nullptr)
        values = analysis.packs->ids();
    else if (std::find(yes_no_front_matter_keys().begin(), yes_no_front_matter_keys().end(), key) !=
             yes_no_front_matter_keys().end())
        values = {"yes", "no"};
    for (const std::string& value : values)
        items.add(value, kind_value, key, value);
    out = items.list();
}

const Section* section_at(const Document& document, int line) {
    const Section* at = &document.preamble();
    for (const Section& section : document.sections)
        if (!section.is_preamble() && section.heading.pos.line <= line)
            at = &section;
    return at;
}

// The vocabulary a field's values come from, when the pack has one for it.
std::vector<std::string> field_values(const DocumentView& view, const SectionSpec& section,
                                      const FieldSpec& field) {
    if (field.name == "Owner" || field.type == FieldType::person) {
        std::vector<std::string> names;
        for (const auto& [key, person] : view.people())
            names.push_back(person.name);
        return names;
    }
    if (field.type == FieldType::decision || field.name == "Decision")
        return sharing_decisions();
    if (field.type == FieldType::yes_no)
        return {"yes", "no"};
    if (field.name == "Type" && view.policy() != nullptr) {
        if (view.kind() == "chronology")
            return view.policy()->vocabulary(Vocab::event_types);
        if (section.name == "Resistance")
            return view.policy()->vocabulary(Vocab::resistance_types);
    }
    return {};
}

void body_items(const Analysis& analysis, const Place& place, nlohmann::json& out) {
    const FileOutcome& outcome = analysis.outcome;
    if (!outcome.result || !outcome.document || !outcome.result->policy)
        return;
    const Policy& policy = *outcome.result->policy;
    const KindSpec* kind = policy.kind(outcome.result->kind);
    if (kind == nullptr)
        return;
    const std::string_view line = place.line;
    const std::size_t indent = skip_spaces(line, 0);
    if (line.substr(indent, 2) == "##" && line.substr(indent, 3) != "###") {
        Items items(place, skip_spaces(line, indent + 2));
        for (const SectionSpec& spec : kind->sections) {
            const std::string detail = spec.required ? "required section" : "section";
            items.add(spec.name, kind_module, detail, spec.name);
            for (const std::string& alias : spec.aliases)
                items.add(alias, kind_module, detail + " (" + spec.name + ")", alias);
        }
        out = items.list();
        return;
    }
    if (indent >= line.size() ||
        std::string_view("-*+").find(line[indent]) == std::string_view::npos)
        return;
    const std::size_t key_start = skip_spaces(line, indent + 1);
    if (key_start == indent + 1 && key_start < line.size())
        return; // `-word` is not a list item
    const Section* section = section_at(*outcome.document, place.position.line + 1);
    const SectionSpec* spec = kind->section(*section);
    if (spec == nullptr)
        return;
    const std::string_view before = line.substr(0, place.cursor);
    const std::size_t colon = before.find(':', key_start);
    if (colon == std::string_view::npos) {
        Items items(place, key_start);
        for (const FieldSpec& field : spec->fields) {
            const std::string detail = field.required ? "required field" : "field";
            items.add(field.name, kind_field, detail, field.name + ": ");
            for (const std::string& alias : field.aliases)
                items.add(alias, kind_field, detail + " (" + field.name + ")", alias + ": ");
        }
        out = items.list();
        return;
    }
    std::string key(trim(before.substr(key_start, colon - key_start)));
    while (!key.empty() && (key.front() == '*' || key.front() == '_'))
        key.erase(0, 1);
    const FieldSpec* field = spec->field(key);
    if (field == nullptr)
        return;
    const DocumentView view(*outcome.document, &policy);
    Items items(place, skip_spaces(line, colon + 1));
    for (const std::string& value : field_values(view, *spec, *field))
        items.add(value, kind_value, field->name, value);
    out = items.list();
}

} // namespace

nlohmann::json completion(const Analysis& analysis, TextPosition position) {
    nlohmann::json out = {{"isIncomplete", false}, {"items", nlohmann::json::array()}};
    if (position.line < 0 || static_cast<std::size_t>(position.line) >= analysis.lines.size())
        return out;
    const std::string_view line = analysis.lines[static_cast<std::size_t>(position.line)];
    const Place place{line, byte_at_utf16(line, position.utf16), position};
    const std::size_t end = front_matter_end(analysis);
    if (position.line > 0 && static_cast<std::size_t>(position.line) < end)
        front_matter_items(analysis, place, out);
    else
        body_items(analysis, place, out);
    return out;
}

} // namespace cpdoc::lsp
