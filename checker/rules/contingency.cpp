// CONTINGENCY-MISSING, CONTINGENCY-VAGUE: the plan says what will happen if it is not
// working — what would show that, what will be done, and who will do it.
#include "checker/declarative.hpp"
#include "checker/rule_families.hpp"
#include "checker/rule_support.hpp"
#include "checker/source_wording.hpp"
#include "grammar/folding.hpp"
#include "grammar/placeholders.hpp"
#include "view/text_match.hpp"

namespace cpdoc {
namespace {

constexpr std::string_view contingency = "Contingency plan";

class ContingencyMissing : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo info{
            .id = "CONTINGENCY-MISSING",
            .summary = "No contingency plan.",
            .rationale = "When a plan stalls, the contingency plan is what stops drift: it was "
                         "agreed in advance, so nobody has to decide under pressure whether "
                         "things are bad enough to act.",
            .passing = "## Contingency plan\n- Three visits with no access in a fortnight\n"
                       "  - Trigger: three visits with no access in any 14 days\n"
                       "  - Response: core group reconvened within 3 working days\n"
                       "  - Owner: Alison Reid",
            .failing = "(no `## Contingency plan` section)",
            .fix = "Add a contingency plan: for each sign that the plan is not working, what will "
                   "happen "
                   "and who will act.",
            .content = false,
            .reads = {"Contingency plan"}};
        return info;
    }
    void check(const CheckContext& context, const FindingSink& report) const override {
        if (context.view.spec(contingency) == nullptr)
            return;
        const Section* section = context.view.section(contingency);
        if (section == nullptr)
            report(missing_section_position(context.document()),
                   "there is no contingency plan: add " + wording(context).heading(contingency) +
                       " with, for each sign that the plan is not working, what will happen "
                       "and who will act" +
                       misplaced_heading_hint(context, contingency));
        else if (section->empty())
            report(section->heading.pos, "the contingency plan is empty: record each trigger, "
                                         "the response and who will act");
    }
};

class ContingencyVague : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo info{
            .id = "CONTINGENCY-VAGUE",
            .summary = "A contingency with no trigger, no response or no owner, or placeholder "
                       "text (\"N/A\", \"to be discussed\").",
            .rationale = "\"Escalate if needed\" is not a plan: a contingency works only when "
                         "everyone knows what will set it off, what happens then and who does "
                         "it.",
            .passing = "  - Trigger: Megan misses two consecutive days at nursery\n"
                       "  - Response: unannounced home visit the same day\n"
                       "  - Owner: Alison Reid",
            .failing = "  - Trigger: if things deteriorate\n  - Response: to be discussed",
            .fix = "Give each contingency a trigger anyone would recognise, a response and a named "
                   "owner.",
            .reads = {"Contingency plan"}};
        return info;
    }

    void check(const CheckContext& context, const FindingSink& report) const override {
        const Section* section = context.view.section(contingency);
        if (section == nullptr || section->empty())
            return;
        if (section->records.empty()) {
            const SourceWording words = wording(context);
            report(section->heading.pos,
                   "the contingency plan has no records: write each contingency as a list item "
                   "with " +
                       words.field("Trigger") + ", " + words.field("Response") + " and " +
                       words.field("Owner") + " under it");
            return;
        }
        for (const Record& record : section->records)
            check_record(context, record, report);
    }

private:
    struct Part {
        std::string_view field;
        std::string_view what; // "a trigger"
        std::string_view ask;  // what a good entry says
    };
    static constexpr Part parts[] = {
        {"Trigger", "a trigger",
         "say what will show that the plan is not working, e.g. "
         "\"the child misses two days of nursery in a row\""},
        {"Response", "a response",
         "say what will happen then, by when, e.g. \"unannounced "
         "home visit the same day\""},
        {"Owner", "an owner", "name the person who will act"},
    };

    static void check_record(const CheckContext& context, const Record& record,
                             const FindingSink& report) {
        const auto words = static_cast<std::size_t>(context.param("vague-below-words", 10));
        std::string missing;
        for (const Part& part : parts) {
            const Field* found = context.view.field(record.fields, contingency, part.field);
            if (found == nullptr || trim(found->value.text).empty()) {
                missing += (missing.empty() ? "" : ", ") + wording(context).field(part.field);
                continue;
            }
            const std::string value(trim(found->value.text));
            if (is_placeholder(value))
                continue; // PLACEHOLDER-UNFILLED says so
            if (is_placeholder_phrase(context, value)) {
                report(found->value.pos, wording(context).typed(value) + " is not " +
                                             std::string(part.what) + ": " + std::string(part.ask));
            } else if (part.field == "Owner") {
                if (auto why = not_a_named_person(context, value))
                    report(found->value.pos,
                           "the contingency's owner is not one named person (" + *why + ")");
            } else if (auto later = context.vague_phrase(Vocab::not_yet_discussed, value, words)) {
                report(found->value.pos,
                       wording(context).typed(value) +
                           " leaves the contingency to be decided "
                           "later (\"" +
                           *later +
                           "\"), when the plan may already have failed: " + std::string(part.ask));
            } else if (part.field == "Response" &&
                       context.first_term_in(Vocab::named_meetings, value)) {
                continue; // convening a named meeting is a response, "review" in its name or not
            } else if (auto vague = context.vague_phrase(Vocab::vague_contingency, value, words)) {
                report(found->value.pos, wording(context).typed(value) +
                                             " is too vague to act on (\"" + *vague +
                                             "\"): " + std::string(part.ask));
            }
        }
        if (!missing.empty())
            report(record.title.pos, "this contingency has no " + missing +
                                         ": say what will show the plan is not working, what "
                                         "will happen then, and who will act");
    }
};

} // namespace

void add_contingency_rules(RuleList& rules) {
    rules.push_back(std::make_unique<ContingencyMissing>());
    rules.push_back(std::make_unique<ContingencyVague>());
}

} // namespace cpdoc
