// CHILD-VIEWS-MISSING, CHILD-SEEN-MISSING: the child is at the centre of the record — what
// they said or showed, and when they were last seen, and whether alone.
#include "checker/declarative.hpp"
#include "checker/rule_families.hpp"
#include "checker/rule_support.hpp"
#include "checker/source_wording.hpp"
#include "grammar/folding.hpp"
#include "grammar/person.hpp"
#include "grammar/placeholders.hpp"
#include "grammar/yes_no.hpp"
#include "view/text_match.hpp"

namespace cpdoc {
namespace {

constexpr std::string_view views = "Child's views";
constexpr std::string_view seen = "Child seen";

// Whether the text tells anything the child said, showed or did: a quotation, or a word that
// reports it ("Tyler is 9. Not seen alone ... Views not sought." tells nothing of his).
bool tells_the_child(std::string_view text) {
    if (text.find('"') != std::string_view::npos || text.find("\u201C") != std::string_view::npos)
        return true;
    const std::string words = word_form(text);
    for (const std::string_view told :
         {" said ",      " says ",   " told ",     " tells ",     " drew ",
          " draws ",     " showed ", " shows ",    " wants ",     " wanted ",
          " likes ",     " liked ",  " feels ",    " felt ",      " described ",
          " describes ", " asked ",  " wrote ",    " chose ",     " cried ",
          " smiled ",    " played ", " observed ", " presented ", " appeared "})
        if (words.find(told) != std::string::npos)
            return true;
    return false;
}

class ChildViewsMissing : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo info{
            .id = "CHILD-VIEWS-MISSING",
            .summary = "The child's views are not recorded.",
            .rationale = "Where parents resist, the child's own experience is the first thing "
                         "lost; the record must say what the child said or showed, and how it "
                         "was gathered.",
            .passing = "## Child's views\nMegan (7) told her teacher on 12 November that she "
                       "is scared when Dad shouts. She drew her house with herself outside.",
            .failing = "## Child's views\nN/A",
            .fix = "Record what the child said or showed, and how it was sought.",
            .content = false,
            .reads = {"Child's views"}};
        return info;
    }
    void check(const CheckContext& context, const FindingSink& report) const override {
        if (context.view.spec(views) == nullptr)
            return;
        const Section* section = context.view.section(views);
        if (section == nullptr) {
            report(missing_section_position(context.document()),
                   "the child's views are not recorded: add " + wording(context).heading(views) +
                       " with what the child said or showed, and how it was gathered" +
                       misplaced_heading_hint(context, views));
            return;
        }
        const std::string text = DocumentView::section_text(*section);
        // "Not sought at this meeting – she was off school. SW to see her on 10 December.":
        // however long, a section that opens by saying the views were not gathered has none.
        if (section->empty() || is_placeholder_phrase(context, text) ||
            context.carried_by(Vocab::views_not_recorded, text,
                               static_cast<std::size_t>(context.param("views-min-words", 12))) ||
            context.first_term_in(Vocab::views_not_sought, first_sentence(text)) ||
            (context.first_term_in(Vocab::views_not_sought, text) && !tells_the_child(text)))
            report(section->heading.pos,
                   "the child's views are not recorded: say what the child said or showed, "
                   "and how it was gathered (for a baby, what was observed)");
    }
};

class ChildSeenMissing : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo info{
            .id = "CHILD-SEEN-MISSING",
            .summary = "Minutes that do not record when the child was last seen and whether "
                       "alone.",
            .rationale = "Resistant families keep professionals from the child; the minutes "
                         "must show every meeting when the child was last seen, by whom, and "
                         "whether alone.",
            .passing = "## Child seen\n- Last seen: 2026-11-12\n- Seen alone: yes\n"
                       "- Seen by: Alison Reid",
            .failing = "## Child seen\n- Last seen: recently",
            .fix = "Record when the child was last seen, whether alone, and by whom.",
            .content = false,
            .reads = {"Child seen"}};
        return info;
    }
    void check(const CheckContext& context, const FindingSink& report) const override {
        const SectionSpec* spec = context.view.spec(seen);
        if (spec == nullptr)
            return;
        const Section* section = context.view.section(seen);
        if (section == nullptr) {
            const SourceWording words = wording(context);
            report(missing_section_position(context.document()),
                   "the minutes do not say when the child was last seen: add " +
                       words.heading(seen) + " with " + words.field("Last seen") + ", " +
                       words.field("Seen alone") + " and " + words.field("Seen by") +
                       misplaced_heading_hint(context, seen));
            return;
        }
        for (const ChildSeen& child : children_seen(context, *section))
            check_child(context, child, report);
    }

private:
    static void check_child(const CheckContext& context, const ChildSeen& child,
                            const FindingSink& report) {
        const DocumentView& view = context.view;
        const std::vector<Field>& fields = *child.fields;
        const SourceWording words = wording(context);
        std::string missing;
        for (const char* field : {"Last seen", "Seen alone", "Seen by"})
            if (view.value(fields, seen, field).empty())
                missing += (missing.empty() ? "" : ", ") + words.field(field);
        if (!missing.empty()) {
            report(child.pos, words.typed(child.child.empty() ? "Child seen" : child.child) +
                                  " has no " + missing +
                                  ": record when the child was last seen, whether alone, and "
                                  "by whom");
            return;
        }
        const Field* alone = view.field(fields, seen, "Seen alone");
        const auto answer = parse_yes_no(alone->value.text);
        if (!answer && !is_placeholder(alone->value.text))
            report(alone->value.pos,
                   words.field("Seen alone") + " must be yes, or no with the reason");
        else if (answer && !answer->yes &&
                 (answer->reason.empty() || is_placeholder_phrase(context, answer->reason)))
            // `no` answers the question (spec 1.1 §8): a baby on a parent's knee is not seen
            // alone. Why, and the plan to, belong in the record, but their absence is no error.
            report.note(alone->value.pos,
                        "the child was not seen alone: say why after the " + words.typed("no") +
                            " (" + words.typed("no — why") +
                            "), and how they will be seen alone if they should be");
        check_last_seen(context, *view.field(fields, seen, "Last seen"), report);
        check_seen_by(context, *view.field(fields, seen, "Seen by"), report);
    }

    // A parent or carer is not who sees the child for the plan: a professional is.
    static void check_seen_by(const CheckContext& context, const Field& seen_by,
                              const FindingSink& report) {
        const Section* attendance = context.view.section("Attendance");
        if (attendance == nullptr)
            return;
        const std::string name = person_key(parse_person(seen_by.value.text).name);
        for (const Field* family : context.view.fields(attendance->fields, "Attendance", "Family"))
            if (!name.empty() && person_key(parse_person(family->value.text).name) == name)
                report(seen_by.value.pos,
                       "the child was seen by " + parse_person(seen_by.value.text).name +
                           ", who attends as family: record the professional who last saw the "
                           "child");
    }

    // A last-seen date after the meeting (or after today) is a slip, and would hide how long
    // the child has gone unseen.
    static void check_last_seen(const CheckContext& context, const Field& last_seen,
                                const FindingSink& report) {
        const auto date = parse_date(last_seen.value.text);
        if (!date)
            return;
        const auto meeting = context.view.front_date("date");
        if (meeting && *date > *meeting)
            report(last_seen.value.pos, "the child was last seen on " + date->long_form() +
                                            ", after the meeting on " + meeting->long_form() +
                                            ": record the date they were last seen before it");
        else if (!meeting && context.options.today && *date > *context.options.today)
            report(last_seen.value.pos, "the child was last seen on " + date->long_form() +
                                            ", which has not come yet: record the date they "
                                            "were last seen");
    }
};

} // namespace

void add_child_rules(RuleList& rules) {
    rules.push_back(std::make_unique<ChildViewsMissing>());
    rules.push_back(std::make_unique<ChildSeenMissing>());
}

} // namespace cpdoc
