// SECTION-MISSING, FIELD-MISSING: the sections and fields the pack requires of this kind of
// document are there and filled. Where a more specific rule runs (CONTINGENCY-MISSING for
// the contingency plan, SMART-MEASURABLE for a measure, ...), it speaks instead.
#include "checker/declarative.hpp"
#include "checker/rule_families.hpp"
#include "grammar/values.hpp"

#include <array>

namespace cpdoc {
namespace {

struct Specific {
    std::string_view section;
    std::string_view field; // empty: the section itself
    std::string_view rule;
};

constexpr std::array<Specific, 22> specific_rules = {{
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
}};

bool left_to_specific_rule(const CheckContext& context, std::string_view section,
                           std::string_view field) {
    for (const Specific& specific : specific_rules)
        if (specific.section == section && specific.field == field && context.runs(specific.rule))
            return true;
    return false;
}

std::string with_guidance(std::string message, const std::string& guidance) {
    if (!guidance.empty())
        message += ": " + guidance;
    return message;
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
            .content = false};
        return info;
    }

    void check(const CheckContext& context, const Report& report) const override {
        const DocumentView& view = context.view;
        for (const SectionSpec& spec : view.kind_spec()->sections) {
            if (!spec.required || !spec.when.holds(context.document().front_matter) ||
                left_to_specific_rule(context, spec.name, ""))
                continue;
            const Section* section = view.section(spec.name);
            if (section == nullptr)
                report(missing_section_position(context.document()),
                       with_guidance("there is no `## " + spec.name + "` section", spec.guidance));
            else if (section->empty())
                report(section->heading.pos,
                       with_guidance("the `" + spec.name + "` section is empty", spec.guidance));
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
            .content = false};
        return info;
    }

    void check(const CheckContext& context, const Report& report) const override {
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
                check_field(view, spec, field, *section, report);
            }
        }
    }

private:
    static void check_field(const DocumentView& view, const SectionSpec& spec,
                            const FieldSpec& field, const Section& section, const Report& report) {
        const std::string missing = "no `" + field.name + ":`";
        switch (spec.shape) {
        case SectionShape::flat:
            if (view.value(section.fields, spec.name, field.name).empty())
                report(section.heading.pos,
                       with_guidance("`" + spec.name + "` has " + missing, field.guidance));
            break;
        case SectionShape::records:
            for (const Record& record : section.records)
                if (view.value(record.fields, spec.name, field.name).empty())
                    report(record.title.pos,
                           with_guidance("this record has " + missing, field.guidance));
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
