// INFO-SHARING-DECISION, INFO-SHARING-REASON, INFO-SHARING-FAMILY: every decision to share
// or not to share information is recorded with its reason, and whether the family was told.
#include "checker/known_values.hpp"
#include "checker/rule_families.hpp"
#include "checker/rule_support.hpp"
#include "checker/source_wording.hpp"
#include "grammar/folding.hpp"
#include "grammar/placeholders.hpp"
#include "grammar/yes_no.hpp"
#include "view/text_match.hpp"

#include <algorithm>
#include <cctype>

namespace cpdoc {
namespace {

constexpr std::string_view sharing = "Information sharing";

template <class Check> void for_each_decision(const CheckContext& context, Check check) {
    if (const Section* section = context.view.section(sharing))
        for (const Record& record : section->records)
            check(record);
}

// Whether `text` starts with the whole word or words `words`.
bool starts_with_words(std::string_view text, std::string_view words) {
    return text.starts_with(words) &&
           (text.size() == words.size() ||
            !std::isalpha(static_cast<unsigned char>(text[words.size()])));
}

// A decision is the value's first words: "share", "shared with consent", "do not share —
// ...", "withheld", ... Practitioners qualify decisions, and the qualification is not wrong;
// nor is the way a meeting records them ("Agreed to share", "Yes, share").
bool is_decision(std::string_view value) {
    // "☒ Share ☐ Do not share": the box ticked is the decision.
    if (const auto ticked = ticked_option(value))
        return is_decision(*ticked);
    const std::vector<std::string>& decisions = sharing_decisions();
    static const std::vector<std::string> lead_ins = {"it was agreed", "agreed", "yes", "no"};
    const std::string folded = fold_name(trim(value));
    std::string_view text = folded;
    for (const std::string& lead_in : lead_ins)
        if (starts_with_words(text, lead_in)) {
            text = text.substr(lead_in.size());
            text.remove_prefix(std::min(text.size(), text.find_first_not_of(" ,;:.-")));
            break;
        }
    return std::any_of(decisions.begin(), decisions.end(), [&](const std::string& decision) {
        return starts_with_words(text, decision);
    });
}

// The two decisions, as the author types them.
std::string decisions(const CheckContext& context) {
    return wording(context).typed("share") + " or " + wording(context).typed("do not share");
}

class InfoSharingDecision : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo info{
            .id = "INFO-SHARING-DECISION",
            .summary = "An information-sharing record without a share / do-not-share decision.",
            .rationale = "A record that lists information without saying whether it was shared "
                         "leaves every agency unsure what the others know.",
            .passing = "  - Decision: do not share",
            .failing = "  - Decision: discussed",
            .fix = "Record the decision: share, or do not share.",
            .reads = {"Information sharing"}};
        return info;
    }
    void check(const CheckContext& context, const FindingSink& report) const override {
        for_each_decision(context, [&](const Record& record) {
            const Field* decision = context.view.field(record.fields, sharing, "Decision");
            if (decision == nullptr || trim(decision->value.text).empty())
                report(record.title.pos, "this information-sharing record has no " +
                                             wording(context).field("Decision") + ": write " +
                                             decisions(context));
            else if (!is_decision(decision->value.text) && !is_placeholder(decision->value.text))
                report(decision->value.pos, wording(context).typed(trim(decision->value.text)) +
                                                " is not a decision: write " + decisions(context));
        });
    }
};

class InfoSharingReason : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo info{
            .id = "INFO-SHARING-REASON",
            .summary = "A decision to share or not to share with no reason recorded.",
            .rationale = "Sharing without consent, and withholding, are both decisions a "
                         "practitioner may have to account for; the reason is what makes them "
                         "defensible.",
            .passing = "  - Reason: the assault on 3 November is relevant to school's "
                       "safeguarding of Megan; consent not sought as it would increase risk",
            .failing = "  - Reason: N/A",
            .fix = "Record why the information is, or is not, shared.",
            .reads = {"Information sharing"}};
        return info;
    }
    void check(const CheckContext& context, const FindingSink& report) const override {
        for_each_decision(context, [&](const Record& record) {
            const Field* reason = context.view.field(record.fields, sharing, "Reason");
            if (reason == nullptr || trim(reason->value.text).empty())
                report(record.title.pos, "this decision has no " +
                                             wording(context).field("Reason") +
                                             ": record why the "
                                             "information is, or is not, shared");
            else if (is_placeholder_phrase(context, reason->value.text))
                report(reason->value.pos, "`" + std::string(trim(reason->value.text)) +
                                              "` is not a reason: record why the information "
                                              "is, or is not, shared");
            else if (is_token_reason(context, reason->value.text))
                report(reason->value.pos,
                       wording(context).typed(trim(reason->value.text)) +
                           " does not say why: record why this information "
                           "goes to this recipient, or is kept from them (what they need it "
                           "for, the risk to the child it addresses)");
        });
    }

private:
    // "Safeguarding", "need to know", "so HV is aware": a heading or the bare fact of telling,
    // which would justify sharing anything with anyone.
    static bool is_token_reason(const CheckContext& context, std::string_view reason) {
        constexpr std::size_t short_reason_words = 6; // the longest term has five
        if (word_count(reason) > short_reason_words)
            return false;
        if (is_one_of(reason, context.folded_vocabulary(Vocab::token_reasons)))
            return true;
        const std::string words = word_form(reason);
        const bool opens_as_telling = words.starts_with(" so ") || words.starts_with(" to ") ||
                                      words.starts_with(" for ") || words.starts_with(" keep ") ||
                                      words.starts_with(" make ");
        const bool ends_as_telling = words.ends_with(" aware ") || words.ends_with(" informed ") ||
                                     words.ends_with(" information ") ||
                                     words.ends_with(" awareness ") || words.ends_with(" know ");
        return opens_as_telling && ends_as_telling;
    }
};

// "Mum aware", "Mum consented", "informed by SW on 3/12": the family was told, in words
// rather than a yes; "Mum not aware", "unaware" are not.
bool says_told(std::string_view answer) {
    const std::string words = word_form(answer);
    for (const std::string_view negation : {" not ", " no ", " unaware ", " never ", "n't "})
        if (words.find(negation) != std::string::npos)
            return false;
    for (const std::string_view told :
         {" aware ", " informed ", " told ", " consented ", " consent ", " notified ", " agreed "})
        if (words.find(told) != std::string::npos)
            return true;
    return false;
}

class InfoSharingFamily : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo info{
            .id = "INFO-SHARING-FAMILY",
            .summary = "Not recorded whether the family was told, or \"no\" with no reason.",
            .rationale = "Families should know what is shared about them unless telling them "
                         "would put the child at risk; when they are not told, the reason must "
                         "be recorded.",
            .passing = "  - Family informed: no \xE2\x80\x94 telling Mr Hughes would put Megan "
                       "and her mother at risk",
            .failing = "  - Family informed: no",
            .fix = "Record whether the family was told, and if not, why not.",
            .reads = {"Information sharing"}};
        return info;
    }
    void check(const CheckContext& context, const FindingSink& report) const override {
        for_each_decision(context, [&](const Record& record) {
            const Field* told = context.view.field(record.fields, sharing, "Family informed");
            if (told == nullptr || trim(told->value.text).empty()) {
                report(record.title.pos, "this decision does not record whether the family "
                                         "was told: add " +
                                             wording(context).typed("Family informed: yes") +
                                             " or " + wording(context).typed("no — the reason"));
                return;
            }
            const auto answer = parse_yes_no(told->value.text);
            if (!answer) {
                if (!is_placeholder(told->value.text) && !says_told(told->value.text))
                    report(told->value.pos, wording(context).field("Family informed") +
                                                " must be yes, or no with the reason");
            } else if (!answer->yes &&
                       (answer->reason.empty() || is_placeholder_phrase(context, answer->reason))) {
                report(told->value.pos,
                       "the family was not told, and no reason is recorded: write " +
                           wording(context).typed(
                               "no — why telling them would not be safe or appropriate"));
            }
        });
    }
};

} // namespace

void add_information_sharing_rules(RuleList& rules) {
    rules.push_back(std::make_unique<InfoSharingDecision>());
    rules.push_back(std::make_unique<InfoSharingReason>());
    rules.push_back(std::make_unique<InfoSharingFamily>());
}

} // namespace cpdoc
