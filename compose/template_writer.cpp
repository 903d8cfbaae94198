#include "compose/template_writer.hpp"

#include "grammar/dialect_writer.hpp"
#include "word_template_writer.hpp"

#include <algorithm>
#include <map>
#include <type_traits>

namespace cpdoc {
namespace {

std::string placeholder(const std::string& text) {
    return "{{ " + text + " }}";
}

std::string guidance_or(const std::string& guidance, const std::string& fallback) {
    std::string text = guidance.empty() ? fallback : guidance;
    while (!text.empty() && text.back() == '.')
        text.pop_back();
    return text;
}

std::string condition_note(const Condition& when) {
    return when.always() ? "" : " (required when " + when.key + ": " + when.value + ")";
}

bool is_minutes(const std::string& kind) {
    return kind == "core-group-minutes" || kind == "multi-agency-minutes";
}

template <class Writer>
void front_matter(Writer& out, const Policy& policy, const std::string& kind) {
    out.front_matter_entry("document", kind);
    out.front_matter_entry("policy", policy.id);
    out.front_matter_entry("child", placeholder("case reference, e.g. C-104233"));
    if (kind != "chronology")
        out.front_matter_entry(
            "date", placeholder(is_minutes(kind) ? "date of the meeting, e.g. 2026-11-20"
                                                 : "date the plan was agreed, e.g. 2026-11-20"));
    out.front_matter_entry("registered",
                           placeholder("yes or no: on the child protection register"));
    if (policy.jurisdiction == Jurisdiction::scotland && kind != "chronology")
        out.front_matter_entry("cso",
                               placeholder("yes or no: subject to a Compulsory Supervision Order"));
    if (kind == "core-group-minutes")
        out.front_matter_entry(
            "significant-issues",
            placeholder("yes or no: issues that significantly affect the assessment and plan"));
    if (kind == "child-plan")
        out.front_matter_entry("next-review",
                               placeholder("date of the next review, e.g. 2027-02-20"));
    if (is_minutes(kind))
        out.front_matter_entry("next-meeting",
                               placeholder("date of the next meeting, e.g. 2026-12-18"));
    if (kind == "chronology")
        out.front_matter_comment(
            "agency: the agency, for a single-agency chronology; leave out for an integrated one");
}

// A field the template includes: required by the section, or by one of the pack's rules.
bool wanted(const FieldSpec& field, const std::vector<std::string>& required_by_rules) {
    return field.required || std::find(required_by_rules.begin(), required_by_rules.end(),
                                       field.name) != required_by_rules.end();
}

std::string field_guidance(const FieldSpec& field,
                           const std::vector<std::string>& fields_required_by_rules) {
    const std::string optional =
        wanted(field, fields_required_by_rules) ? "" : " (or delete this line)";
    return placeholder(guidance_or(field.guidance, field.name) + condition_note(field.when) +
                       optional);
}

bool all_people(const SectionSpec& section) {
    return !section.fields.empty() &&
           std::all_of(section.fields.begin(), section.fields.end(),
                       [](const FieldSpec& field) { return field.type == FieldType::person; });
}

// A form lays out in tables what the dialect writes as lists: records a row each, under a
// column for what the record is and one per field; people (attendance) a row each, as Name,
// Role, Agency and the capacity they attend in. cpdoc reads both back as the dialect's.
bool word_table(WordTemplateWriter& out, const SectionSpec& section,
                const std::vector<std::string>& fields_required_by_rules) {
    if (section.shape == SectionShape::records) {
        std::vector<std::string> header{section.name},
            row{placeholder("what this record is about; a row for each")};
        for (const FieldSpec& field : section.fields)
            if (wanted(field, fields_required_by_rules)) {
                header.push_back(field.name);
                row.push_back(field_guidance(field, fields_required_by_rules));
            }
        out.table(header, {row});
        return true;
    }
    if (section.shape == SectionShape::flat && all_people(section)) {
        std::vector<std::vector<std::string>> rows;
        for (const FieldSpec& field : section.fields)
            rows.push_back({field_guidance(field, fields_required_by_rules), placeholder("role"),
                            placeholder("agency"), field.name});
        out.table({"Name", "Role", "Agency", "Capacity"}, rows);
        return true;
    }
    return false;
}

template <class Writer>
void write_section(Writer& out, const SectionSpec& section,
                   const std::vector<std::string>& fields_required_by_rules) {
    out.section(section.name);
    out.comment(guidance_or(section.guidance, section.name) + condition_note(section.when) + ".");
    if constexpr (std::is_same_v<Writer, WordTemplateWriter>)
        if (word_table(out, section, fields_required_by_rules))
            return;
    auto field_line = [&](const FieldSpec& field, int depth) {
        out.field(field.name, field_guidance(field, fields_required_by_rules), depth);
    };
    switch (section.shape) {
    case SectionShape::prose:
        out.text_line(placeholder(guidance_or(section.guidance, section.name)));
        break;
    case SectionShape::flat:
        for (const FieldSpec& field : section.fields)
            field_line(field, 0);
        break;
    case SectionShape::records:
        out.item(placeholder("what this record is about; repeat the item for each"));
        for (const FieldSpec& field : section.fields)
            if (wanted(field, fields_required_by_rules))
                field_line(field, 1);
        break;
    case SectionShape::table: {
        std::vector<std::string> header, row;
        for (const FieldSpec& field : section.fields) {
            if (!wanted(field, fields_required_by_rules))
                continue;
            header.push_back(field.name);
            row.push_back(placeholder(guidance_or(field.guidance, field.name)));
        }
        out.table(header, {row});
        break;
    }
    }
}

// The template through either writer: the dialect's, or Word's.
template <class Writer>
bool compose_template(Writer& out, const Policy& policy, const std::string& kind) {
    const KindSpec* spec = policy.kind(kind);
    if (spec == nullptr)
        return false;
    front_matter(out, policy, kind);
    out.title(policy.kind_title(kind) + " \u2014 " + placeholder("case reference"));
    // Sections and fields the pack's own `require` rules ask for belong in the template too.
    std::map<std::string, std::vector<std::string>> required_by_rules;
    for (const Requirement& requirement : policy.requirements)
        if (requirement.kind == kind) {
            const SectionSpec* section = spec->section(requirement.section);
            if (section != nullptr)
                required_by_rules[section->name].push_back(requirement.field);
        }
    std::string optional;
    for (const SectionSpec& section : spec->sections) {
        const auto rules = required_by_rules.find(section.name);
        if (section.required || rules != required_by_rules.end())
            write_section(out, section,
                          rules == required_by_rules.end() ? std::vector<std::string>{}
                                                           : rules->second);
        else
            optional += (optional.empty() ? "" : ", ") + section.name;
    }
    if (!optional.empty()) {
        out.blank_line();
        out.comment("Sections to add when they apply: " + optional + " (cpdoc policies show " +
                    policy.id + " lists their fields).");
    }
    return true;
}

} // namespace

std::optional<std::string> write_template(const Policy& policy, const std::string& kind) {
    DialectWriter out;
    if (!compose_template(out, policy, kind))
        return std::nullopt;
    return out.str();
}

std::optional<std::string> write_word_template(const Policy& policy, const std::string& kind) {
    WordTemplateWriter out;
    if (!compose_template(out, policy, kind))
        return std::nullopt;
    return out.docx();
}

} // namespace cpdoc
