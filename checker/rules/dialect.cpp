// PARSE-ERROR, DATE-INVALID, PLACEHOLDER-UNFILLED, SUPPRESSION-NO-REASON: what the dialect
// itself requires of any document, whatever the policy.
#include "checker/rule_families.hpp"
#include "grammar/folding.hpp"
#include "grammar/placeholders.hpp"
#include "view/text_match.hpp"

#include <algorithm>

namespace cpdoc {
namespace {

class ParseError : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo info{
            .id = "PARSE-ERROR",
            .summary = "Text the dialect cannot read: unclosed front matter, a broken table, "
                       "an unclosed comment.",
            .rationale = "What cpdoc cannot read it cannot check; a silent pass over unread "
                         "text would be worse than an error.",
            .passing = "| Date | Type | Event | Source |\n| --- | --- | --- | --- |\n"
                       "| 2026-11-02 | visit-seen | Seen at home | Social Work |",
            .failing = "| Date | Type | Event | Source |\n| --- | --- | --- | --- |\n"
                       "| 2026-11-02 | visit-seen | Seen | at home | Social Work |",
            .fix = "Correct the text so it can be read: close the front matter, comments "
                   "and tables.",
            .dialect = true,
            .content = false,
            .unreadable = true,
            .spec_section = "8. Rule ids every implementation must have",
            .spec_quote = "text the dialect cannot read (bad front matter, broken table)"};
        return info;
    }
    void check(const CheckContext& context, const FindingSink& report) const override {
        for (const ParseProblem& problem : context.document().problems)
            report(problem.pos, problem.message);
    }
};

class DateInvalid : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo info{
            .id = "DATE-INVALID",
            .summary = "A date field whose value is not a date in one of the accepted forms.",
            .rationale = "Deadlines, review dates and timescales are computed from dates; "
                         "`20/11/26` or `next week` cannot be counted and may be read two ways.",
            .passing = "- Due: 2026-11-27",
            .failing = "- Due: next week",
            .fix = "Write the date as 2026-11-25 or 25 November 2026.",
            .dialect = true,
            .spec_section = "3. Values",
            .spec_quote = "Anything else in a date field (`20/11/26`, `next week`, `TBC`) is an "
                          "error that shows the accepted forms."};
        return info;
    }

    void check(const CheckContext& context, const FindingSink& report) const override {
        // A day and month without a year most likely follow the document's own date.
        std::optional<Date> dated;
        const SourceFormat format = context.document().source_format;
        if (const FrontMatterEntry* date = context.view.front("date"))
            dated = parse_date(date->value.text);
        for (const char* key : {"date", "next-review", "next-meeting"})
            if (const FrontMatterEntry* entry = context.view.front(key))
                check_value(entry->value, key == std::string_view("date") ? std::nullopt : dated,
                            format, report);
        const DocumentView& view = context.view;
        for (const Section* read : view.sections()) {
            const Section& section = *read;
            const SectionSpec* spec = view.spec_of(section);
            if (spec == nullptr)
                continue;
            auto check_fields = [&](const std::vector<Field>& fields) {
                for (const Field& field : fields) {
                    const FieldSpec* field_spec = spec->field(field);
                    if (field_spec != nullptr && field_spec->type == FieldType::date)
                        check_value(field.value, dated, format, report);
                }
            };
            check_fields(section.fields);
            for (const Record& record : section.records)
                check_fields(record.fields);
        }
    }

private:
    static void check_value(const Located& value, const std::optional<Date>& year_from,
                            SourceFormat format, const FindingSink& report) {
        const std::string_view text = trim(value.text);
        if (text.empty() || is_placeholder(text) || parse_date(text))
            return;
        report(value.pos, why_not_a_date(text, year_from, format));
    }
};

class PlaceholderUnfilled : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo info{
            .id = "PLACEHOLDER-UNFILLED",
            .summary = "A `{{ }}` placeholder left in a document being checked for "
                       "circulation.",
            .rationale = "A placeholder is a question the template asked and nobody answered; "
                         "minutes that circulate with one are incomplete.",
            .passing = "- Chair: Alison Reid, Team Manager, Social Work",
            .failing = "- Chair: {{ chair's name, role and agency }}",
            .fix = "Fill in every placeholder before the document circulates.",
            .dialect = true,
            .spec_section = "3. Values",
            .spec_quote = "a document that is being checked for circulation may not (an "
                          "unfilled placeholder is an error)"};
        return info;
    }
    void check(const CheckContext& context, const FindingSink& report) const override {
        for (const Placeholder& placeholder : context.document().placeholders)
            report(placeholder.pos, "unfilled placeholder " + placeholder.text +
                                        ": replace it with the real value before circulating");
    }
};

class SuppressionNoReason : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo info{
            .id = "SUPPRESSION-NO-REASON",
            .summary = "A `cpdoc-disable` comment that does not say why the rule does not "
                       "apply.",
            .rationale = "Switching a safeguard off is a decision, and every decision in a "
                         "child protection record needs its reason written down.",
            .passing = "<!-- cpdoc-disable CHILD-VIEWS-MISSING: Megan is 4 months old; her "
                       "presentation is recorded under Child seen -->",
            .failing = "<!-- cpdoc-disable CHILD-VIEWS-MISSING -->",
            .fix = "Say in the comment why the rule does not apply.",
            .dialect = true,
            .content = false,
            .spec_section = "7. Suppressions",
            .spec_quote = "The reason is mandatory: a suppression without one is itself an "
                          "error"};
        return info;
    }
    void check(const CheckContext& context, const FindingSink& report) const override {
        for (const Section& section : context.document().sections)
            for (const Suppression& suppression : section.suppressions)
                if (trim(suppression.reason).empty())
                    report(suppression.pos, "suppression of " + suppression.rule_id +
                                                " gives no reason: write `<!-- cpdoc-disable " +
                                                suppression.rule_id +
                                                ": why it does not apply here -->`");
    }
};

class SuppressionUnknownRule : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo info{
            .id = "SUPPRESSION-UNKNOWN-RULE",
            .summary = "A `cpdoc-disable` comment naming a rule cpdoc does not have.",
            .rationale = "A mistyped rule id silences nothing: the finding it was meant for "
                         "still stands, and the comment misleads the next reader.",
            .passing = "<!-- cpdoc-disable ACTION-DUE-MISSING: agreed at the meeting -->",
            .failing = "<!-- cpdoc-disable ACTION-DUE-MISING: agreed at the meeting -->",
            .fix = "Name a rule cpdoc has (`cpdoc rules` lists them).",
            .dialect = true,
            .dialect_severity = Severity::warning,
            .content = false,
            .spec_section = "7. Suppressions",
            .spec_quote = "suppresses that rule's findings in the section where it stands"};
        return info;
    }
    void check(const CheckContext& context, const FindingSink& report) const override {
        // Listed at the first suppression: most documents have none.
        std::vector<std::string> known;
        for (const Section& section : context.document().sections)
            for (const Suppression& suppression : section.suppressions) {
                if (suppression.rule_id.empty())
                    continue;
                if (known.empty())
                    known = rule_ids(context.policy());
                if (std::find(known.begin(), known.end(), suppression.rule_id) != known.end())
                    continue;
                std::string message = "`" + suppression.rule_id +
                                      "` is not a rule cpdoc has, so this suppresses nothing";
                if (const auto near = nearest(suppression.rule_id, known))
                    message += ": did you mean `" + *near + "`?";
                else
                    message += ": `cpdoc rules` lists them";
                report(suppression.pos, message);
            }
    }

private:
    // The catalogue's rules and the rules the pack defines itself.
    static std::vector<std::string> rule_ids(const Policy* policy) {
        std::vector<std::string> ids;
        for (const auto& rule : all_rules())
            ids.emplace_back(rule->info().id);
        if (policy != nullptr) {
            for (const Requirement& requirement : policy->requirements)
                ids.push_back(requirement.rule.id);
            for (const DiscouragedTerm& term : policy->discouraged)
                ids.push_back(term.rule.id);
        }
        return ids;
    }
};

} // namespace

void add_dialect_rules(RuleList& rules) {
    rules.push_back(std::make_unique<ParseError>());
    rules.push_back(std::make_unique<DateInvalid>());
    rules.push_back(std::make_unique<PlaceholderUnfilled>());
    rules.push_back(std::make_unique<SuppressionNoReason>());
    rules.push_back(std::make_unique<SuppressionUnknownRule>());
}

} // namespace cpdoc
