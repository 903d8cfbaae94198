// CLOSURE-WITHOUT-DISCUSSION, REVIEW-DATE-MISSING: a plan is reviewed on a known date, and a
// case is not closed on one agency's say-so.
#include "checker/rule_families.hpp"
#include "checker/rule_support.hpp"
#include "grammar/values.hpp"

#include <set>

namespace cpdoc {
namespace {

class ClosureWithoutDiscussion : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo info{
            .id = "CLOSURE-WITHOUT-DISCUSSION",
            .summary = "A document proposing closure with no multi-agency discussion recorded.",
            .rationale = "Resistant families often appear to improve just before closure; a "
                         "case closed without every agency's view can close on a family that "
                         "has only learned to keep professionals out.",
            .passing = "status: closing\n...\n## Closure discussion\nAt the core group on 16 "
                       "November, school, health visiting and social work agreed ...",
            .failing = "status: closing\n(no record of a multi-agency discussion)"};
        return info;
    }
    void check(const CheckContext& context, const Report& report) const override {
        const FrontMatterEntry* status = context.view.front("status");
        if (status == nullptr || fold_name(status->value.text) != "closing")
            return;
        const Section* discussion = context.view.section("Closure discussion");
        if (discussion != nullptr && !discussion->empty())
            return;
        if (agencies_present(context) >= 2)
            return; // the minutes are themselves the record of a multi-agency discussion
        report(status->value.pos,
               "the document proposes closing the case but records no multi-agency discussion "
               "of closure: add `## Closure discussion` saying when the agencies discussed it, "
               "who took part and what each said");
    }

private:
    static std::size_t agencies_present(const CheckContext& context) {
        const Section* attendance = context.view.section("Attendance");
        if (attendance == nullptr)
            return 0;
        std::set<std::string> agencies;
        for (const char* field : {"Chair", "Present"})
            for (const Field* person :
                 context.view.fields(attendance->fields, "Attendance", field)) {
                Person details = parse_person(person->value.text);
                if (details.agency.empty())
                    if (const Person* named = context.view.person(details.name))
                        details = *named;
                if (!details.agency.empty())
                    agencies.insert(fold_name(details.agency));
            }
        return agencies.size();
    }
};

class ReviewDateMissing : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo info{
            .id = "REVIEW-DATE-MISSING",
            .summary = "A plan with no next review date, or minutes with no next meeting date, "
                       "or one already past.",
            .rationale = "A plan without a review date drifts; the next date is what the core "
                         "group is held to.",
            .passing = "next-review: 2027-02-01",
            .failing = "(no `next-review:` in a child's plan)",
            .content = false};
        return info;
    }
    void check(const CheckContext& context, const Report& report) const override {
        const std::string& kind = context.view.kind();
        const char* key = kind == "child-plan" ? "next-review"
                          : kind == "core-group-minutes" || kind == "multi-agency-minutes"
                              ? "next-meeting"
                              : nullptr;
        if (key == nullptr)
            return;
        const FrontMatterEntry* entry = context.view.front(key);
        const std::string what =
            kind == "child-plan" ? "plan will next be reviewed" : "group will next meet";
        if (entry == nullptr || trim(entry->value.text).empty()) {
            report(entry != nullptr ? entry->value.pos : context.document().front_matter.pos,
                   std::string("no `") + key + ":` date: record when the " + what);
            return;
        }
        const auto date = parse_date(entry->value.text);
        if (date && context.options.today && *date < *context.options.today)
            report(entry->value.pos, std::string("`") + key + ":` " + date->long_form() +
                                         " has already passed: record when the " + what);
    }
};

} // namespace

void add_review_rules(RuleList& rules) {
    rules.push_back(std::make_unique<ClosureWithoutDiscussion>());
    rules.push_back(std::make_unique<ReviewDateMissing>());
}

} // namespace cpdoc
