// SECTION-MISSING, FIELD-MISSING: the sections and fields the pack requires of this kind of
// document are there and filled. Where a more specific rule runs (CONTINGENCY-MISSING for
// the contingency plan, SMART-MEASURABLE for a measure, ...), it speaks instead.
#include "checker/declarative.hpp"
#include "checker/rule_families.hpp"
#include "checker/rule_support.hpp"
#include "checker/source_wording.hpp"
#include "grammar/folding.hpp"
#include "grammar/placeholders.hpp"
#include "view/text_match.hpp"

#include <algorithm>
#include <array>

namespace cpdoc {
namespace {

struct Specific {
    std::string_view section;
    std::string_view field; // empty: the section itself
    std::string_view rule;
    std::string_view kind = {}; // empty: every kind
};

constexpr std::array<Specific, 23> specific_rules = {{
    {"Contingency plan", "", "CONTINGENCY-MISSING"},
    {"Contingency plan", "Trigger", "CONTINGENCY-VAGUE"},
    {"Contingency plan", "Response", "CONTINGENCY-VAGUE"},
    {"Contingency plan", "Owner", "CONTINGENCY-VAGUE"},
    {"Child's views", "", "CHILD-VIEWS-MISSING"},
    {"Child seen", "", "CHILD-SEEN-MISSING"},
    {"Child seen", "Last seen", "CHILD-SEEN-MISSING"},
    {"Child seen", "Seen alone", "CHILD-SEEN-MISSING"},
    {"Child seen", "Seen by", "CHILD-SEEN-MISSING"},
    {"Attendance", "Chair", "CHAIR-MISSING"},
    {"Objectives", "Need", "SMART-RELEVANT"},
    {"Objectives", "Outcome", "SMART-SPECIFIC"},
    {"Objectives", "Measure", "SMART-MEASURABLE"},
    {"Objectives", "Owner", "SMART-ACHIEVABLE"},
    {"Objectives", "Due", "SMART-TIMEBOUND"},
    {"Information sharing", "Decision", "INFO-SHARING-DECISION"},
    {"Information sharing", "Reason", "INFO-SHARING-REASON"},
    {"Information sharing", "Family informed", "INFO-SHARING-FAMILY"},
    {"Actions", "Owner", "ACTION-OWNER-MISSING"},
    {"Actions", "Due", "ACTION-DUE-MISSING"},
    {"Assessment gaps", "", "ASSESSMENT-GAPS"},
    {"Chronology", "", "CHRONOLOGY-DATE"},
    {"Notifications", "", "CPCC-NOTIFY", "core-group-minutes"},
}};

bool left_to_specific_rule(const CheckContext& context, std::string_view section,
                           std::string_view field) {
    // Called for every required section and field: the first byte and the length rule out
    // most entries without comparing the rest.
    const auto same = [](std::string_view a, std::string_view b) {
        return a.size() == b.size() && (a.empty() || (a[0] == b[0] && a == b));
    };
    for (const Specific& specific : specific_rules)
        if (same(specific.field, field) && same(specific.section, section) &&
            (specific.kind.empty() || specific.kind == context.view.kind()) &&
            context.runs(specific.rule))
            return true;
    return false;
}

// All a section says, when it is only "N/A", "None" or "TBC"; empty otherwise.
std::string placeholder_only(const CheckContext& context, const Section& section) {
    std::string text = DocumentView::section_text(section);
    return is_placeholder_phrase(context, text) ? text : std::string();
}

// A section of records ("Actions carried forward as per previous minutes") with text but no
// record and no table to read as records, unless the text says there was nothing to record
// ("No information was shared since the last meeting").
bool written_as_prose(const CheckContext& context, const SectionSpec& spec,
                      const Section& section) {
    if (spec.shape != SectionShape::records || !section.records.empty() ||
        !section.fields.empty() || !section.tables.empty() || section.prose.empty())
        return false;
    return std::none_of(section.prose.begin(), section.prose.end(), [&](const Prose& prose) {
        return context.first_term_in(Vocab::nothing_to_record, prose.text).has_value();
    });
}

std::string required_fields(const SectionSpec& spec) {
    std::vector<std::string> names;
    for (const FieldSpec& field : spec.fields)
        if (field.required)
            names.push_back("`" + field.name + "`");
    std::string list;
    for (std::size_t i = 0; i < names.size(); ++i)
        list += (i == 0 ? "" : i + 1 == names.size() ? " and " : ", ") + names[i];
    return list.empty() ? "its fields" : list;
}

std::string with_guidance(std::string message, const std::string& guidance) {
    if (!guidance.empty())
        message += ": " + guidance;
    return message;
}

// A field's guidance as an instruction: "The date they were told." is "write the date they
// were told"; "Name, Role, Agency of the chair" keeps its capitals.
std::string what_to_write(std::string_view guidance) {
    guidance = trim(guidance);
    if (guidance.ends_with('.'))
        guidance.remove_suffix(1);
    if (guidance.empty())
        return "fill it in";
    std::string text(guidance);
    const std::size_t word_end = text.find_first_of(" ,");
    const bool plain_word =
        word_end != std::string::npos && text[word_end] == ' ' &&
        std::none_of(text.begin() + 1, text.begin() + static_cast<std::ptrdiff_t>(word_end),
                     [](char c) { return c >= 'A' && c <= 'Z'; });
    if (plain_word && text[0] >= 'A' && text[0] <= 'Z')
        text[0] = static_cast<char>(text[0] - 'A' + 'a');
    return "write " + text;
}

class SectionMissing : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo info{
            .id = "SECTION-MISSING",
            .summary = "A section the policy requires of this kind of document is absent or "
                       "empty.",
            .rationale = "Each required section answers a question the guidance says every "
                         "plan or set of minutes must answer; a missing one is a question "
                         "nobody answered.",
            .passing = "## Information sharing\n- Chronology shared with the Children's "
                       "Reporter\n  - Decision: share\n  ...",
            .failing = "(no `## Information sharing` section in a child's plan)",
            .fix = "Add the section the policy requires, and fill it in.",
            .content = false};
        return info;
    }

    void check(const CheckContext& context, const FindingSink& report) const override {
        const DocumentView& view = context.view;
        for (const SectionSpec& spec : view.kind_spec()->sections) {
            if (!spec.required || !spec.when.holds(context.document().front_matter) ||
                left_to_specific_rule(context, spec.name, ""))
                continue;
            const Section* section = view.section(spec.name);
            // What the pack that made the section required cites for it, or nothing.
            const FindingSink cited = report.citing(spec.citations);
            if (section == nullptr)
                cited(missing_section_position(context.document()),
                      with_guidance("there is no " + wording(context).section(spec.name),
                                    spec.guidance) +
                          misplaced_heading_hint(context, spec.name));
            else if (section->empty())
                cited(section->heading.pos,
                      with_guidance("the `" + spec.name + "` section is empty", spec.guidance));
            else if (const std::string says = placeholder_only(context, *section); !says.empty())
                cited(section->heading.pos,
                      with_guidance("the `" + spec.name + "` section says only `" + says + "`",
                                    spec.guidance));
            else if (written_as_prose(context, spec, *section))
                cited(section->heading.pos,
                      "the `" + spec.name +
                          "` section is written as text, so none of it can be "
                          "checked: write each entry as a list item (`- ` and a title) with " +
                          required_fields(spec) + " under it, each as `  - Field: value`");
        }
    }
};

class FieldMissing : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo info{
            .id = "FIELD-MISSING",
            .summary = "A field the policy requires is absent or empty, in a section or in "
                       "one of its records.",
            .rationale = "A record without its required fields cannot be acted on: an "
                         "information-sharing record with no recipient, a notification with "
                         "no date.",
            .passing = "- Case conference chair told of the significant issues\n"
                       "  - To: case conference chair\n  - By: Alison Reid\n"
                       "  - Date: 2026-11-17",
            .failing = "- Case conference chair told of the significant issues\n"
                       "  - To: case conference chair",
            .fix = "Add the field the policy requires, and fill it in.",
            .content = false};
        return info;
    }

    void check(const CheckContext& context, const FindingSink& report) const override {
        const DocumentView& view = context.view;
        const FrontMatter& front = context.document().front_matter;
        for (const SectionSpec& spec : view.kind_spec()->sections) {
            const Section* section = view.section(spec.name);
            if (section == nullptr)
                continue;
            for (const FieldSpec& field : spec.fields) {
                if (!field.required || !field.when.holds(front) ||
                    left_to_specific_rule(context, spec.name, field.name))
                    continue;
                check_field(context, spec, field, *section, report.citing(field.citations));
            }
        }
    }

private:
    // Why a present field does not fill a required one: "TBC" for anything, "Social Work"
    // for a person; nullopt when it does.
    static std::optional<std::string> not_filled(const CheckContext& context, const FieldSpec& spec,
                                                 const Field& field) {
        const std::string_view value = trim(field.value.text);
        if (is_placeholder(value) ||
            (spec.type == FieldType::date && date_slip_reported(context, value)))
            return std::nullopt; // PLACEHOLDER-UNFILLED or DATE-INVALID says so
        if (is_placeholder_phrase(context, value))
            return "`" + spec.name + ":` says only `" + std::string(value) +
                   "`: " + what_to_write(spec.guidance);
        if (spec.type == FieldType::person)
            if (auto why = not_a_named_person(context, value))
                return with_guidance("`" + spec.name + ":` names no one person (" + *why + ")",
                                     spec.guidance);
        return std::nullopt;
    }

    static void check_field(const CheckContext& context, const SectionSpec& spec,
                            const FieldSpec& field, const Section& section,
                            const FindingSink& report) {
        const DocumentView& view = context.view;
        const std::string missing = "no " + wording(context).field(field.name);
        auto check_present = [&](const std::vector<Field>& fields) {
            if (const Field* present = view.field(fields, spec.name, field.name))
                if (auto why = not_filled(context, field, *present))
                    report(present->value.pos, *why);
        };
        switch (spec.shape) {
        case SectionShape::flat:
            if (view.value(section.fields, spec.name, field.name).empty())
                report(section.heading.pos,
                       with_guidance("`" + spec.name + "` has " + missing, field.guidance));
            else
                check_present(section.fields);
            break;
        case SectionShape::records:
            for (const Record& record : section.records)
                if (view.value(record.fields, spec.name, field.name).empty())
                    report(record.title.pos,
                           with_guidance("this record has " + missing, field.guidance));
                else
                    check_present(record.fields);
            break;
        case SectionShape::table:
            for (const Table& table : section.tables) {
                bool found = false;
                for (const Located& header : table.header)
                    found = found || field.matches(header.text);
                if (!found)
                    report(table.pos, with_guidance("the table has no `" + field.name + "` column",
                                                    field.guidance));
            }
            break;
        case SectionShape::prose:
            break;
        }
    }
};

} // namespace

void add_structure_rules(RuleList& rules) {
    rules.push_back(std::make_unique<SectionMissing>());
    rules.push_back(std::make_unique<FieldMissing>());
}

} // namespace cpdoc
