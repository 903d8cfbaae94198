// CLOSURE-WITHOUT-DISCUSSION, REVIEW-DATE-MISSING: a plan is reviewed on a known date, and a
// case is not closed on one agency's say-so.
#include "checker/rule_families.hpp"
#include "checker/rule_support.hpp"
#include "checker/source_wording.hpp"
#include "grammar/docx/front_matter_labels.hpp"
#include "grammar/folding.hpp"
#include "grammar/person.hpp"
#include "view/text_match.hpp"

#include <algorithm>
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
            .failing = "status: closing\n(no record of a multi-agency discussion)",
            .fix = "Record the multi-agency discussion of the proposal to close.",
        };
        return info;
    }
    void check(const CheckContext& context, const FindingSink& report) const override {
        const FrontMatterEntry* status = context.view.front("status");
        const Section* discussion = context.view.section("Closure discussion");
        if (status == nullptr || fold_name(status->value.text) != "closing") {
            // No `status: closing`, but the discussion records a decision to close ("agreed to
            // close as Mum is not engaging"): the document proposes closure all the same.
            if (discussion != nullptr && !discussion->empty()) {
                const std::string text =
                    without_telling_later(DocumentView::section_text(*discussion));
                if (decides_to_close(text) && !multi_agency(context, text))
                    report(discussion->heading.pos, one_agency);
            }
            return;
        }
        if (discussion != nullptr && !discussion->empty()) {
            if (deferred(context, *discussion))
                report(discussion->heading.pos,
                       "the closure discussion is not recorded, only that it is still to happen: "
                       "the case cannot close until the agencies have discussed it; say when "
                       "they did, who took part and what each said");
            else if (!multi_agency(context,
                                   without_telling_later(DocumentView::section_text(*discussion))))
                report(discussion->heading.pos, one_agency);
            return;
        }
        // Minutes of a meeting of several agencies that discussed closing are themselves the
        // record of a multi-agency discussion.
        if (agencies_present(context) >= 2 && closure_discussed(context))
            return;
        report(status->value.pos,
               "the document proposes closing the case but records no multi-agency discussion "
               "of closure: add " +
                   wording(context).heading("Closure discussion") +
                   " saying when the agencies discussed it, who took part and what each said");
    }

private:
    static constexpr const char* one_agency =
        "the closure discussion names only one agency: closure needs a multi-agency "
        "discussion; say which agencies took part and what each said";

    // Whether the text records a decision or proposal to close the case, not denied
    // ("agreed to close", "propose closure"; not "did not agree to close").
    static bool decides_to_close(const std::string& text) {
        const std::string words = word_form(text);
        for (const std::string_view decided : {" agreed to close ",
                                               " agree to close ",
                                               " agreed closure ",
                                               " agreed the case will close ",
                                               " agreed the case can close ",
                                               " agreed that the case can close ",
                                               " agreed that the case will close ",
                                               " propose to close ",
                                               " proposed to close ",
                                               " proposes to close ",
                                               " proposing to close ",
                                               " propose closure ",
                                               " proposed closure ",
                                               " proposes closure ",
                                               " proposing closure ",
                                               " decided to close ",
                                               " decision to close ",
                                               " recommend closure ",
                                               " recommended closure ",
                                               " recommends closure ",
                                               " case will close ",
                                               " case will be closed ",
                                               " case can close ",
                                               " case to close "})
            for (auto at = words.find(decided); at != std::string::npos;
                 at = words.find(decided, at + 1)) {
                // The few words before it: "did not agree", "never proposed".
                std::size_t from = at;
                for (int count = 0; count < 3 && from > 0; ++count)
                    from = words.rfind(' ', from - 1);
                const std::string_view before = std::string_view(words).substr(from, at - from + 1);
                if (before.find(" not ") == std::string_view::npos &&
                    before.find(" no ") == std::string_view::npos &&
                    before.find(" never ") == std::string_view::npos &&
                    before.find("n't ") == std::string_view::npos)
                    return true;
            }
        return false;
    }

    // "N/A", "To be discussed at the next core group": a discussion still to come.
    static bool deferred(const CheckContext& context, const Section& section) {
        const std::string text = DocumentView::section_text(section);
        return is_placeholder_phrase(context, text) ||
               context.carried_by(
                   Vocab::not_yet_discussed, text,
                   static_cast<std::size_t>(context.param("discussion-min-words", 15)));
    }

    // Whether the text records more than one agency taking part: it says so ("all agencies",
    // "the core group"), or it names two agencies, or people of two agencies.
    // The text without its sentences that say someone will be told later ("The core group
    // will be told of the decision at the next meeting"): telling the agencies a decision is
    // not discussing it with them.
    static std::string without_telling_later(const std::string& text) {
        std::string kept;
        for (std::size_t start = 0; start < text.size();) {
            const std::size_t end = std::min(text.find_first_of(".;\n", start), text.size());
            const std::string sentence = text.substr(start, end - start);
            const std::string words = word_form(sentence);
            bool later = false;
            for (const std::string_view told :
                 {" will be told ", " will be informed ", " will be notified ", " will be advised ",
                  " will be updated ", " will be made aware ", " to be told ", " to be informed ",
                  " to be notified ", " to be advised ", " will inform ", " will notify ",
                  " will tell ", " will advise ", " will update "})
                later = later || words.find(told) != std::string::npos;
            if (!later)
                kept += sentence + ". ";
            start = end + 1;
        }
        return kept;
    }

    static bool multi_agency(const CheckContext& context, const std::string& text) {
        for (const std::string& phrase : context.vocabulary(Vocab::multi_agency_phrases))
            if (contains_phrase(text, phrase))
                return true;
        std::set<std::string> agencies;
        for (const std::string& agency : context.vocabulary(Vocab::agency_names))
            if (contains_phrase(text, agency))
                agencies.insert(fold_name(agency));
        for (const auto& [key, person] : context.view.people())
            if (!person.agency.empty() &&
                (contains_phrase(text, person.name) || contains_phrase(text, person.agency)))
                agencies.insert(fold_name(person.agency));
        return distinct_agencies(agencies) >= 2;
    }

    // "Social Work" and "Social Work Services" are one agency.
    static std::size_t distinct_agencies(const std::set<std::string>& agencies) {
        std::size_t distinct = 0;
        for (const std::string& agency : agencies)
            distinct += std::none_of(agencies.begin(), agencies.end(),
                                     [&](const std::string& other) {
                                         return other != agency && other.size() < agency.size() &&
                                                contains_phrase(agency, other);
                                     })
                            ? 1
                            : 0;
        return distinct;
    }

    static bool closure_discussed(const CheckContext& context) {
        static const PhraseMatcher closure_words({"closure", "close", "closing", "closed"});
        bool found = false;
        context.view.for_each_text([&](const Located& located, const Section&) {
            found = found || closure_words.first_in(located.text).has_value();
        });
        return found;
    }

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
        return distinct_agencies(agencies);
    }
};

// A front-matter key's date that the front matter leaves out but the body states, as minutes
// often do at their end: under a section headed by one of the key's labels ("Date of next
// meeting") or in a field so labelled ("Next meeting: 15/12/2026" under Any other business).
// The labels are those a details table may give the key.
std::optional<Located> stated_in_body(const Document& document, std::string_view key) {
    auto labels_key = [&](std::string_view label) {
        return docx::front_matter_key_for(label) == key;
    };
    for (const Section& section : document.sections) {
        for (const Field& field : section.fields)
            if (labels_key(field.key.text))
                return field.value;
        if (!section.is_preamble() && labels_key(section.heading.text) && !section.prose.empty())
            return section.prose.front();
    }
    return std::nullopt;
}

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
            .fix = "Record when the plan will next be reviewed, or the group will next meet.",
            .content = false};
        return info;
    }
    void check(const CheckContext& context, const FindingSink& report) const override {
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
        std::optional<Located> value;
        std::optional<Date> date;
        if (entry != nullptr && !trim(entry->value.text).empty()) {
            value = entry->value;
            date = parse_date(entry->value.text);
        } else if ((value = stated_in_body(context.document(), key))) {
            if (const auto found = find_date(value->text))
                date = found->date;
            else
                value.reset();
        }
        if (!value) {
            report(entry != nullptr ? entry->value.pos : context.document().front_matter.pos,
                   "no " + wording(context).key(key) + " date: record when the " + what);
            return;
        }
        if (date && context.options.today && *date < *context.options.today)
            report(value->pos, wording(context).key(key) + " " + date->long_form() +
                                   " has already passed: record when the " + what);
    }
};

} // namespace

void add_review_rules(RuleList& rules) {
    rules.push_back(std::make_unique<ClosureWithoutDiscussion>());
    rules.push_back(std::make_unique<ReviewDateMissing>());
}

} // namespace cpdoc
