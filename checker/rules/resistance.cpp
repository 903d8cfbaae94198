// RESISTANCE-CAUSE, TERM-DISGUISED-COMPLIANCE, ASSESSMENT-GAPS, WORKER-SAFETY: resistance
// understood rather than labelled, what it stopped the assessment finding, and the safety of
// the workers who face it.
#include "checker/declarative.hpp"
#include "checker/rule_families.hpp"
#include "checker/rule_support.hpp"
#include "checker/source_wording.hpp"
#include "checker/threat_target.hpp"
#include "grammar/folding.hpp"
#include "grammar/person.hpp"
#include "grammar/placeholders.hpp"
#include "grammar/yes_no.hpp"
#include "view/text_match.hpp"

#include <algorithm>

namespace cpdoc {
namespace {

constexpr std::string_view resistance = "Resistance";
constexpr std::string_view gaps = "Assessment gaps";
constexpr std::string_view safety = "Worker safety";

bool resistance_recorded(const CheckContext& context) {
    const Section* section = context.view.section(resistance);
    return section != nullptr && !section->empty();
}

class ResistanceCause : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo info{
            .id = "RESISTANCE-CAUSE",
            .summary = "Resistance recorded by label only, with no explanation of who and why.",
            .rationale = "\"Non-engaging\" tells the next worker nothing. Understanding why "
                         "this parent resists — fear of losing the child, past experience, "
                         "substance use — is what lets the plan respond, and the impact on "
                         "the child is what matters.",
            .passing = "- Visits refused since October\n  - Type: failure-to-enable-contact\n"
                       "  - Who: Ms Hughes (mother)\n  - Explanation: fears Megan will be "
                       "removed, as her older son was in 2019\n  - Impact on child: Megan "
                       "has not been seen at home for 5 weeks",
            .failing = "- Mum is non-engaging",
            .fix = "Say who resists, how and why, and the impact on the child.",
            .reads = {"Resistance"}};
        return info;
    }

    void check(const CheckContext& context, const FindingSink& report) const override {
        const Section* section = context.view.section(resistance);
        if (section == nullptr || section->empty())
            return;
        if (section->records.empty()) {
            const SourceWording words = wording(context);
            report(section->heading.pos,
                   "resistance is described without records: for each pattern, record " +
                       words.field("Type") + ", " + words.field("Who") + ", " +
                       words.field("Explanation") + " (why, in this family) and " +
                       words.field("Impact on child"));
            return;
        }
        const auto min_words = static_cast<std::size_t>(context.param("explanation-min-words", 4));
        for (const Record& record : section->records) {
            check_type(context, record, report);
            std::string missing;
            for (const char* field : {"Who", "Explanation", "Impact on child"}) {
                const std::string_view value = context.view.value(record.fields, resistance, field);
                if (value.empty() || is_placeholder_phrase(context, value))
                    missing += (missing.empty() ? "" : ", ") + wording(context).field(field);
            }
            if (!missing.empty()) {
                report(record.title.pos, "resistance recorded by label only: add " + missing +
                                             " so the next worker knows who resists, why, and "
                                             "what it means for the child");
                continue;
            }
            const Field* explanation = context.view.field(record.fields, resistance, "Explanation");
            if (word_count(explanation->value.text) < min_words ||
                context.carried_by(
                    Vocab::resistance_labels, explanation->value.text,
                    static_cast<std::size_t>(context.param("label-below-words", 10))))
                report(explanation->value.pos,
                       "the explanation " + wording(context).typed(trim(explanation->value.text)) +
                           " is a label: say why this person resists, in this family");
        }
    }

private:
    static void check_type(const CheckContext& context, const Record& record,
                           const FindingSink& report) {
        const Field* type = context.view.field(record.fields, resistance, "Type");
        const auto& types = context.vocabulary(Vocab::resistance_types);
        if (type == nullptr || trim(type->value.text).empty() || types.empty() ||
            is_one_of(type->value.text, context.folded_vocabulary(Vocab::resistance_types)) ||
            is_placeholder(type->value.text))
            return;
        std::string message = wording(context).typed(trim(type->value.text)) +
                              " is not a resistance type of this policy";
        if (const auto near = nearest(type->value.text, types))
            message += ": did you mean " + wording(context).typed(*near) + "?";
        else {
            message += ": use one of";
            for (const std::string& t : types)
                message += " " + t;
        }
        report(type->value.pos, message);
    }
};

class TermDisguisedCompliance : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo info{
            .id = "TERM-DISGUISED-COMPLIANCE",
            .summary = "The term \"disguised compliance\" used without describing the "
                       "behaviour (say \"apparent cooperation\").",
            .rationale = "The label implies intent nobody has shown and tells a reader nothing "
                         "about what happened; describing the behaviour does both jobs.",
            .passing = "Ms Hughes agreed to every action at the meeting but has kept none of "
                       "the four appointments since (apparent cooperation).",
            .failing = "Mum is showing disguised compliance.",
            .fix = "Describe the behaviour that was seen, or say \"apparent cooperation\".",
            // Wording: banned in a template too, outside its placeholders.
            .content = false};
        return info;
    }
    void check(const CheckContext& context, const FindingSink& report) const override {
        const auto min_words = static_cast<std::size_t>(context.param("describe-min-words", 8));
        const auto& behaviour = context.vocabulary(Vocab::behaviour_words);
        context.view.for_each_written_text([&](const Located& text, const Section&) {
            const auto at = find_phrase(text.text, term);
            if (!at || described(text.text, *at, behaviour, min_words) ||
                explained_in_pattern(context, text, behaviour, min_words))
                return;
            report(text.position_at(*at),
                   "\"disguised compliance\" labels the family without saying what happened: "
                   "describe the behaviour (what was agreed, what was done) and call it "
                   "\"apparent cooperation\"");
        });
    }

private:
    static constexpr std::string_view term = "disguised compliance";

    // Whether the text around the label describes the behaviour: the sentence that uses it
    // sets what was said against what was done ("agreed ... but has missed"), or the other
    // sentences say what happened, at some length.
    static bool described(std::string_view text, std::size_t at,
                          const std::vector<std::string>& behaviour, std::size_t min_words) {
        const auto [begin, end] = clause_around(text, at);
        const std::string_view clause = text.substr(begin, end - begin);
        const std::string rest =
            std::string(text.substr(0, begin)) + " " + std::string(text.substr(end));
        for (const std::string_view contrast :
             {"but", "although", "though", "yet", "however", "despite", "while", "whereas"})
            if (contains_phrase(clause, contrast) && tells_what_happened(clause, behaviour))
                return true;
        return word_count(rest) >= min_words && tells_what_happened(rest, behaviour);
    }

    // Whether the label stands in a resistance pattern (its `Impact on child`, say) whose
    // `Explanation` says what happened.
    static bool explained_in_pattern(const CheckContext& context, const Located& text,
                                     const std::vector<std::string>& behaviour,
                                     std::size_t min_words) {
        const Section* section = context.view.section(resistance);
        if (section == nullptr)
            return false;
        for (const Record& record : section->records) {
            const Field* explanation = context.view.field(record.fields, resistance, "Explanation");
            if (explanation == nullptr || &explanation->value == &text)
                continue;
            const bool holds =
                &record.title == &text ||
                std::any_of(record.fields.begin(), record.fields.end(),
                            [&](const Field& field) { return &field.value == &text; }) ||
                std::any_of(record.notes.begin(), record.notes.end(),
                            [&](const Located& note) { return &note == &text; });
            if (holds)
                return word_count(explanation->value.text) >= min_words &&
                       tells_what_happened(explanation->value.text, behaviour);
        }
        return false;
    }

    static bool tells_what_happened(std::string_view words,
                                    const std::vector<std::string>& behaviour) {
        return std::any_of(words.begin(), words.end(),
                           [](char c) { return c >= '0' && c <= '9'; }) ||
               std::any_of(behaviour.begin(), behaviour.end(),
                           [&](const std::string& word) { return contains_phrase(words, word); });
    }

    // The sentence or clause holding the byte at `at`: from after the previous . ; ! ? to the
    // next one.
    static std::pair<std::size_t, std::size_t> clause_around(std::string_view text,
                                                             std::size_t at) {
        constexpr std::string_view stops = ".;!?";
        const auto before = text.substr(0, at).find_last_of(stops);
        const auto after = text.find_first_of(stops, at);
        return {before == std::string_view::npos ? 0 : before + 1,
                after == std::string_view::npos ? text.size() : after + 1};
    }
};

class AssessmentGaps : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo info{
            .id = "ASSESSMENT-GAPS",
            .summary = "Resistance recorded but no record of which areas of assessment could "
                       "not be completed and why.",
            .rationale = "Resistance hides things: an assessment that does not say what it "
                         "could not see reads as if it saw everything.",
            .passing = "## Assessment gaps\n- Megan's bedroom\n  - Why: access to upstairs "
                       "refused at all four visits",
            .failing = "(resistance recorded, no `## Assessment gaps` section)",
            .fix = "Record which areas of the assessment could not be completed, and why.",
            .reads = {"Resistance", "Assessment gaps"}};
        return info;
    }
    void check(const CheckContext& context, const FindingSink& report) const override {
        if (!resistance_recorded(context))
            return;
        const Section* section = context.view.section(gaps);
        if (section == nullptr || section->empty() || says_nothing(context, *section)) {
            report(section != nullptr ? section->heading.pos
                                      : context.view.section(resistance)->heading.pos,
                   "resistance is recorded but not what it kept the assessment from: add " +
                       wording(context).heading(gaps) +
                       " with each area that could not be assessed and " +
                       wording(context).field("Why"));
            return;
        }
        for (const Record& record : section->records) {
            const std::string_view why = context.view.value(record.fields, gaps, "Why");
            if (why.empty() || is_placeholder_phrase(context, why))
                report(record.title.pos,
                       "this gap does not say why it could not be assessed: add " +
                           wording(context).field("Why"));
        }
    }

private:
    // No records, only "N/A" or "none" where the gaps should be.
    static bool says_nothing(const CheckContext& context, const Section& section) {
        if (!section.records.empty())
            return false;
        return is_placeholder_phrase(context, DocumentView::section_text(section));
    }
};

class WorkerSafety : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo info{
            .id = "WORKER-SAFETY",
            .summary = "Threats, violence or a \"yes\" on the worker-safety checklist with no "
                       "record of sharing with a manager and a safety plan.",
            .rationale = "Workers too scared to challenge a family cannot protect the child; "
                         "a risk to workers must reach a manager and be planned for.",
            .passing = "## Worker safety\n- [x] Threats made to staff\n- Shared with manager: "
                       "2026-11-10, Alison Reid\n- Safety plan: joint visits only, police "
                       "informed",
            .failing = "## Worker safety\n- [x] Threats made to staff",
            .fix = "Record that the threat was shared with a manager, and the safety plan made.",
            .reads = {"Worker safety", "Resistance"}};
        return info;
    }
    void check(const CheckContext& context, const FindingSink& report) const override {
        const auto trigger = risk_to_workers(context);
        if (!trigger)
            return;
        const Section* section = context.view.section(safety);
        if (section == nullptr) {
            report(*trigger, "a risk to workers is recorded but there is no " +
                                 wording(context).section(safety) +
                                 ": record when it was shared with a manager (date and name) "
                                 "and the safety plan");
            return;
        }
        // Written as prose ("Discussed with TM Helen Brooks on 20/11. Risk assessment
        // completed and visits in pairs agreed"), the section says it without the fields.
        std::string prose;
        for (const Prose& paragraph : section->prose)
            prose += paragraph.text + "\n";
        const Field* shared = context.view.field(section->fields, safety, "Shared with manager");
        const bool shared_in_prose =
            shared == nullptr && context.first_term_in(Vocab::manager_roles, prose).has_value();
        if (auto missing = what_sharing_lacks(context, shared); missing && !shared_in_prose)
            report(value_position(shared, section->heading.pos),
                   *missing + ": write " +
                       wording(context).typed("Shared with manager: date, manager's name"));
        const Field* plan_field = context.view.field(section->fields, safety, "Safety plan");
        const std::string_view plan = context.view.value(section->fields, safety, "Safety plan");
        const bool plan_in_prose =
            plan_field == nullptr &&
            context.first_term_in(Vocab::worker_safeguards, prose).has_value();
        if ((plan.empty() || is_placeholder_phrase(context, plan)) && !plan_in_prose)
            report(value_position(plan_field, section->heading.pos),
                   "there is no safety plan for workers: record how visits will be made "
                   "safely (e.g. joint visits, office meetings, police informed)");
    }

private:
    // What the record of sharing with a manager lacks: all of it, the date or the name. The
    // date may stand anywhere ("Graham Tennant on 9 November 2026").
    static std::optional<std::string> what_sharing_lacks(const CheckContext& context,
                                                         const Field* shared) {
        const std::string_view text =
            shared == nullptr ? std::string_view() : trim(shared->value.text);
        if (text.empty() || is_placeholder_phrase(context, text))
            return "the risk to workers is not recorded as shared with a manager";
        if (is_placeholder(text))
            return std::nullopt;
        const auto when = find_date(text);
        if (!when)
            return "the record of sharing with a manager gives no date";
        const std::string rest =
            std::string(text.substr(0, when->begin)) + " " + std::string(text.substr(when->end));
        for (const std::string_view filler : {"on", "by", "with", "to", "and"})
            if (fold_key(rest) == filler)
                return "the record of sharing with a manager does not name the manager";
        if (fold_key(rest).empty())
            return "the record of sharing with a manager does not name the manager";
        // Someone the document names with a role that is not a manager's.
        const Person written = parse_person(strip_separator(trim(rest)));
        if (const Person* known = context.view.person(written.name);
            known != nullptr && !known->role.empty() && !is_manager_role(context, known->role))
            return "the risk was shared with " + known->name + ", " + with_article(known->role) +
                   ", not a manager";
        return std::nullopt;
    }

    // A ticked answer that records no risk: a denial ("No threats towards staff") or a
    // safeguard in place ("Lone working risk assessment completed": the pack's
    // `worker-safeguards`).
    static bool says_no_risk(const CheckContext& context, std::string_view answer) {
        const std::string folded = fold_name(answer);
        for (const std::string_view denial : {"no ", "none", "not ", "nil"})
            if (folded.starts_with(denial))
                return true;
        return context.first_term_in(Vocab::worker_safeguards, answer).has_value();
    }

    // "☒", "[x]", "x", "✓": a tick in a cell of its own.
    static bool ticked(std::string_view cell) {
        cell = trim(cell);
        for (const std::string_view mark :
             {"\u2612", "\u2611", "[x]", "[X]", "x", "X", "\u2713", "\u2714"})
            if (cell == mark)
                return true;
        return false;
    }

    // Where a table of questions records a yes: a tick under its Yes column, or a cell that
    // answers yes; nullopt when none does.
    static std::optional<Position> answered_yes_in(const CheckContext& context,
                                                   const Table& table) {
        std::optional<std::size_t> yes_column;
        for (std::size_t c = 0; c < table.header.size(); ++c)
            if (const auto said = parse_yes_no(table.header[c].text); said && said->yes)
                yes_column = c;
        for (const TableRow& row : table.rows) {
            // "Lone working risk assessment completed | Yes": a safeguard in place.
            if (row.cells.empty() || says_no_risk(context, row.cells.front().text))
                continue;
            if (yes_column) {
                if (*yes_column < row.cells.size() && ticked(row.cells[*yes_column].text))
                    return row.cells.front().pos;
                continue;
            }
            for (std::size_t c = 1; c < row.cells.size(); ++c)
                if (answered_yes(row.cells[c].text))
                    return row.cells.front().pos;
        }
        return std::nullopt;
    }

    static bool answered_yes(std::string_view answer) {
        const auto read = parse_yes_no(answer);
        return read && read->yes;
    }

    // Where a risk to workers is first recorded, if anywhere.
    static std::optional<Position> risk_to_workers(const CheckContext& context) {
        if (const Section* section = context.view.section(safety)) {
            for (const ChecklistAnswer& answer : section->checklist)
                if (answer.checked && !says_no_risk(context, answer.text.text))
                    return answer.text.pos;
            // The checklist as a form's questions: "Any threats or violence to staff? ☒ Yes
            // ☐ No", "- Threats to staff: yes". The section's own fields (the sharing, the
            // plan) are answers of another kind.
            const SectionSpec* spec = context.view.spec(safety);
            for (const Field& field : section->fields)
                if ((spec == nullptr || spec->field(field) == nullptr) &&
                    answered_yes(field.value.text))
                    return field.value.pos;
            for (const Prose& paragraph : section->prose)
                if (const auto mark = paragraph.text.find_last_of("?:");
                    mark != std::string::npos &&
                    answered_yes(std::string_view(paragraph.text).substr(mark + 1)))
                    return paragraph.pos;
            // A form's table of questions with Yes and No columns, a tick under Yes; or with an
            // answer column that says yes.
            for (const Table& table : section->tables)
                if (const auto answered = answered_yes_in(context, table))
                    return answered;
            // "Mum's partner threatened Liam on 20/11/2026.": the threat told where it belongs.
            // Not a question answered no ("Any threats to staff? No"), nor the checklist's
            // unticked boxes.
            for (const Prose& paragraph : section->prose)
                if (const auto mark = paragraph.text.find_last_of("?:");
                    mark == std::string::npos ||
                    !parse_yes_no(std::string_view(paragraph.text).substr(mark + 1)))
                    if (const auto told = threat_to_worker_in(context, paragraph))
                        return told;
        }
        if (const Section* section = context.view.section(resistance)) {
            for (const Record& record : section->records) {
                const Field* type = context.view.field(record.fields, resistance, "Type");
                if (type != nullptr && contains_phrase(type->value.text, "threats-or-violence"))
                    return type->value.pos;
            }
            // "threatened to stab the next social worker": a threat told in words.
            for (const Record& record : section->records)
                for (const Field& field : record.fields)
                    if (const auto word =
                            context.first_term_in(Vocab::threat_words, field.value.text)) {
                        const auto at = find_phrase(field.value.text, *word);
                        return at ? field.value.position_at(*at) : field.value.pos;
                    }
        }
        // "came to the door and threatened her": a threat against a worker told in the minutes,
        // the Resistance section's prose among them.
        return threat_to_worker_told(context, {safety, "Contingency plan"});
    }
};

} // namespace

void add_resistance_rules(RuleList& rules) {
    rules.push_back(std::make_unique<ResistanceCause>());
    rules.push_back(std::make_unique<TermDisguisedCompliance>());
    rules.push_back(std::make_unique<AssessmentGaps>());
    rules.push_back(std::make_unique<WorkerSafety>());
}

} // namespace cpdoc
