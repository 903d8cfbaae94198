// SMART-SPECIFIC, SMART-MEASURABLE, SMART-ACHIEVABLE, SMART-RELEVANT, SMART-TIMEBOUND: each
// objective of the plan says what will be different for the child, how anyone will know,
// who owns it, which need it meets, and by when.
#include "checker/rule_families.hpp"
#include "checker/rule_support.hpp"
#include "checker/source_wording.hpp"
#include "grammar/folding.hpp"
#include "grammar/person.hpp"
#include "grammar/placeholders.hpp"
#include "view/text_match.hpp"

#include <algorithm>
#include <cctype>

namespace cpdoc {
namespace {

constexpr std::string_view objectives = "Objectives";

// Runs `check` on every objective record with the named field (nullptr when absent).
template <class Check>
void for_each_objective(const CheckContext& context, std::string_view field, Check check) {
    const Section* section = context.view.section(objectives);
    if (section == nullptr)
        return;
    for (const Record& record : section->records)
        check(record, context.view.field(record.fields, objectives, field));
}

bool blank(const Field* field) {
    return field == nullptr || trim(field->value.text).empty();
}

// "improves to 95% or more", "attends at least 4 days a week": a number anyone could check
// the outcome against makes a vague verb specific.
bool states_a_target(std::string_view text) {
    static const std::vector<std::string> units = {
        "days",   "day",    "times", "sessions", "appointments", "visits",
        "nights", "out of", "per",   "a week",   "each week",    "a month"};
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!std::isdigit(static_cast<unsigned char>(text[i])) ||
            (i > 0 && std::isdigit(static_cast<unsigned char>(text[i - 1]))))
            continue;
        std::size_t end = i;
        while (end < text.size() && std::isdigit(static_cast<unsigned char>(text[end])))
            ++end;
        const std::string_view after = trim(text.substr(end));
        if (after.starts_with("%"))
            return true;
        for (const std::string& unit : units)
            if (word_form(after).starts_with(" " + unit + " "))
                return true;
    }
    return false;
}

// The outcome's subject when it is an adult, not the child: "Mum will take Liam to his
// clinic appointments", "Jade to stop drinking", "SW to visit weekly" say what someone will do,
// not what will be different for the child. The subject is the words before "will", "to" and
// the like, when they are a parent, carer, worker or agency word, or someone the plan names
// (the people it names are its professionals and family, not the child).
std::optional<std::string> adult_subject(const CheckContext& context, std::string_view outcome) {
    // A subject of a few words and its verb stand in the outcome's first bytes: the first
    // word there that says what someone will do ("will", "to", "attends"; "is", "needs",
    // "agrees" before "to") ends the subject.
    constexpr std::size_t opening_bytes = 64;
    const std::string lower = ascii_lowercase(outcome.substr(0, opening_bytes));
    std::vector<std::string_view> words = words_between_spaces(lower);
    if (outcome.size() > opening_bytes && !words.empty())
        words.pop_back(); // cut off at the end
    const auto one_of = [](std::string_view word, std::initializer_list<std::string_view> list) {
        return std::find(list.begin(), list.end(), word) != list.end();
    };
    std::size_t at = std::string::npos;
    for (std::size_t w = 1; w < words.size() && at == std::string::npos; ++w) {
        const std::string_view word = words[w];
        if (one_of(word,
                   {"will", "to", "must", "should", "attends", "attend", "engages", "engage"}) ||
            (one_of(word,
                    {"needs", "need", "is", "are", "agrees", "agree", "continues", "continue"}) &&
             w + 1 < words.size() && words[w + 1] == "to"))
            at = static_cast<std::size_t>(word.data() - lower.data());
    }
    // "Mum stops drinking", "Dad keeps a diary": a one-word subject and a verb in the present.
    if (at == std::string::npos && words.size() >= 2 &&
        (words[1].ends_with('s') || one_of(words[1], {"has", "can", "does", "remains"})) &&
        !words[1].ends_with("ss") && !words[0].ends_with("'s"))
        at = static_cast<std::size_t>(words[1].data() - lower.data());
    if (at == std::string::npos)
        return std::nullopt;
    const std::string_view subject = trim(outcome.substr(0, at));
    constexpr std::size_t max_subject_words = 4;
    if (subject.empty() || word_count(subject) > max_subject_words ||
        subject.find_first_of(",;:(") != std::string_view::npos)
        return std::nullopt;
    for (const Vocab adults :
         {Vocab::adult_words, Vocab::worker_words, Vocab::manager_roles, Vocab::agency_names})
        if (is_one_of(subject, context.folded_vocabulary(adults)))
            return std::string(subject);
    const Person person = parse_person(subject);
    if (!person.name.empty() && std::isupper(static_cast<unsigned char>(person.name.front())) &&
        (context.view.person(person.name) != nullptr ||
         context.view.people_called(fold_name(person.name)).size() == 1))
        return std::string(subject);
    return std::nullopt;
}

class SmartSpecific : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo info{
            .id = "SMART-SPECIFIC",
            .summary = "An objective whose outcome is missing, vague (\"improve\", \"engage "
                       "with\", \"as appropriate\"), or says what an adult will do.",
            .rationale = "An outcome says what will be different for the child. \"Mum to engage "
                         "with services\" describes adult activity, not change for the child, "
                         "and cannot be reviewed.",
            .passing = "  - Outcome: Megan sleeps in her own bed in a clean, hazard-free room "
                       "every night",
            .failing = "  - Outcome: Improve home conditions",
            .fix = "Say what will be different for the child when the objective is met, in terms "
                   "anyone "
                   "could see.",
            .reads = {"Objectives"}};
        return info;
    }
    void check(const CheckContext& context, const FindingSink& report) const override {
        const auto words = context.param("vague-below-words", 10);
        for_each_objective(context, "Outcome", [&](const Record& record, const Field* outcome) {
            if (blank(outcome)) {
                report(record.title.pos, "this objective has no " +
                                             wording(context).field("Outcome") +
                                             ": say what will be "
                                             "different for the child when it is met");
                return;
            }
            const std::string_view text = trim(outcome->value.text);
            if (is_placeholder_phrase(context, text))
                report(outcome->value.pos, "the outcome " + wording(context).typed(text) +
                                               " says nothing: say what will be different "
                                               "for the child");
            else if (auto vague = context.vague_phrase(Vocab::vague_words, text,
                                                       static_cast<std::size_t>(words));
                     vague && !states_a_target(text))
                report(outcome->value.pos,
                       "the outcome " + wording(context).typed(text) + " is vague (\"" + *vague +
                           "\"): say what will be different for the child, in terms anyone "
                           "could see, e.g. \"the child attends nursery at least 4 days a week\"");
            else if (const auto adult = adult_subject(context, text))
                report(outcome->value.pos,
                       "the outcome " + wording(context).typed(text) + " says what " +
                           wording(context).typed(*adult) +
                           " will do, not what will be different for the child: say what the "
                           "child will experience, e.g. \"the child attends every clinic "
                           "appointment and her asthma is reviewed\"; what the adult does belongs "
                           "in the plan's actions or support");
        });
    }
};

class SmartMeasurable : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo info{
            .id = "SMART-MEASURABLE",
            .summary = "An objective with no measure, or one nobody could observe or count.",
            .rationale = "Without a measure the core group cannot tell at review whether the "
                         "objective was met, and drift goes unnoticed.",
            .passing = "  - Measure: nursery attendance register, reviewed at each core group",
            .failing = "  - Measure: ongoing monitoring",
            .fix = "Say how anyone will know the objective has been met: what will be seen, "
                   "counted or "
                   "recorded.",
            .reads = {"Objectives"}};
        return info;
    }
    void check(const CheckContext& context, const FindingSink& report) const override {
        const auto words = context.param("unmeasurable-below-words", 9);
        for_each_objective(context, "Measure", [&](const Record& record, const Field* measure) {
            if (blank(measure)) {
                report(record.title.pos, "this objective has no " +
                                             wording(context).field("Measure") +
                                             ": say how anyone "
                                             "will know it has been met (what will be seen, "
                                             "counted or recorded)");
                return;
            }
            const std::string_view text = trim(measure->value.text);
            auto unmeasurable = context.vague_phrase(Vocab::unmeasurable_words, text,
                                                     static_cast<std::size_t>(words));
            if (is_placeholder_phrase(context, text) || unmeasurable)
                report(measure->value.pos,
                       "the measure " + wording(context).typed(text) +
                           " cannot be observed or counted: name what will be seen or "
                           "recorded, e.g. \"school attendance above 90% on the register\"");
            else if (names_only_a_source(text))
                report(measure->value.pos,
                       "the measure " + wording(context).typed(text) +
                           " does not say what will be seen or counted to show the objective "
                           "is met: say what, and where, e.g. \"school attendance above 90% on "
                           "the register\"");
        });
    }

private:
    // "attendance", "diary", "reports from school", "Reduced": a word or three with no number,
    // no comparison and no verb saying what will be seen.
    static bool names_only_a_source(std::string_view text) {
        constexpr std::size_t most_words = 3;
        if (word_count(text) > most_words ||
            text.find_first_of("0123456789%") != std::string_view::npos)
            return false;
        const std::string words = word_form(text);
        for (const std::string_view says :
             {" no ",    " none ",   " every ",    " each ",    " all ",    " always ",
              " never ", " seen ",   " recorded ", " attends ", " attend ", " sleeps ",
              " eats ",  " weekly ", " daily ",    " above ",   " below ",  " more ",
              " less ",  " fewer ",  " at least ", " within "})
            if (words.find(says) != std::string::npos)
                return false;
        return true;
    }
};

class SmartAchievable : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo info{
            .id = "SMART-ACHIEVABLE",
            .summary = "An objective with no named owner.",
            .rationale = "An objective everyone owns is one nobody owns: one named person "
                         "makes sure it happens and reports on it.",
            .passing = "  - Owner: Alison Reid",
            .failing = "  - Owner: all agencies",
            .fix = "Name the one person accountable for the objective.",
            .reads = {"Objectives"}};
        return info;
    }
    void check(const CheckContext& context, const FindingSink& report) const override {
        for_each_objective(context, "Owner", [&](const Record& record, const Field* owner) {
            if (blank(owner)) {
                report(record.title.pos, "this objective has no " +
                                             wording(context).field("Owner") +
                                             ": name the one person "
                                             "accountable for it");
                return;
            }
            if (auto why = not_a_named_person(context, owner->value.text))
                report(owner->value.pos, "the objective's owner is not one named person (" + *why +
                                             "): name the one person accountable");
        });
    }
};

// "School", "Alcohol", "Home conditions": a heading for a need, which says nothing of what
// the assessment found for this child.
constexpr std::size_t topic_words = 2;

class SmartRelevant : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo info{
            .id = "SMART-RELEVANT",
            .summary = "An objective not tied to a stated need or risk.",
            .rationale = "Every objective should answer a need or risk the assessment found; "
                         "one that does not is activity for its own sake.",
            .passing = "  - Need: Megan has been exposed to domestic abuse at home",
            .failing = "  - Need: N/A",
            .fix = "Say which need or risk to the child the objective meets.",
            .reads = {"Objectives"}};
        return info;
    }
    void check(const CheckContext& context, const FindingSink& report) const override {
        for_each_objective(context, "Need", [&](const Record& record, const Field* need) {
            if (blank(need))
                report(record.title.pos, "this objective has no " + wording(context).field("Need") +
                                             ": say which risk or "
                                             "need from the assessment it addresses");
            else if (is_placeholder_phrase(context, need->value.text))
                report(need->value.pos, "the need " +
                                            wording(context).typed(trim(need->value.text)) +
                                            " is not a need: say which risk or need from the "
                                            "assessment this objective addresses");
            else if (word_count(need->value.text) <= topic_words &&
                     need->value.text.find_first_of("0123456789") == std::string::npos)
                report(need->value.pos,
                       "the need " + wording(context).typed(trim(need->value.text)) +
                           " names a topic, not the child's need: say what the assessment "
                           "found, e.g. \"Megan has missed 12 of the last 30 school days\"");
        });
    }
};

class SmartTimebound : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo info{
            .id = "SMART-TIMEBOUND",
            .summary = "An objective with no due date, a non-date (\"ongoing\", \"ASAP\"), or a "
                       "date before the plan or after the next review.",
            .rationale = "A date makes drift visible: the review asks whether it was met by "
                         "then. A date after the next review escapes that review.",
            .passing = "  - Due: 2027-01-29",
            .failing = "next-review: 2027-02-15\n...\n  - Due: 2027-06-30",
            .fix = "Give a due date after the plan and before its next review.",
            .reads = {"Objectives"}};
        return info;
    }
    void check(const CheckContext& context, const FindingSink& report) const override {
        const auto plan_date = context.view.front_date("date");
        const auto review = context.view.front_date("next-review");
        for_each_objective(context, "Due", [&](const Record& record, const Field* due) {
            if (blank(due)) {
                report(record.title.pos, "this objective has no " + wording(context).field("Due") +
                                             " date: give the date by "
                                             "which it will be achieved");
                return;
            }
            const std::string_view text = trim(due->value.text);
            if (is_placeholder(text))
                return; // PLACEHOLDER-UNFILLED says so
            const auto date = parse_date(text);
            if (!date) {
                if (date_slip_reported(context, text))
                    return;
                report(due->value.pos, wording(context).typed(text) +
                                           " is not a due date, so nobody can tell when the "
                                           "objective is late: give the date, before the next "
                                           "review, by which it will be achieved");
                return;
            }
            if (plan_date && *date < *plan_date)
                report(due->value.pos, "due " + date->long_form() +
                                           ", before the plan was "
                                           "agreed on " +
                                           plan_date->long_form());
            else if (review && *date > *review)
                report(due->value.pos, "due " + date->long_form() + ", after the next review on " +
                                           review->long_form() +
                                           ": set a date the review can check");
        });
    }
};

} // namespace

void add_smart_rules(RuleList& rules) {
    rules.push_back(std::make_unique<SmartSpecific>());
    rules.push_back(std::make_unique<SmartMeasurable>());
    rules.push_back(std::make_unique<SmartAchievable>());
    rules.push_back(std::make_unique<SmartRelevant>());
    rules.push_back(std::make_unique<SmartTimebound>());
}

} // namespace cpdoc
