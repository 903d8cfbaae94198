// FRONT-MATTER-MISSING, FRONT-MATTER-KEY, FRONT-MATTER-UNKNOWN-KEY, MARKING-INVALID: the `---`
// block that says what the document is, whose it is, which policy applies and how it is
// marked (dialect spec §2).
#include "checker/known_values.hpp"
#include "checker/rule_families.hpp"
#include "checker/source_wording.hpp"
#include "grammar/date.hpp"
#include "grammar/folding.hpp"
#include "grammar/placeholders.hpp"
#include "grammar/yes_no.hpp"
#include "view/section_names.hpp"
#include "view/text_match.hpp"

#include <algorithm>
#include <set>

namespace cpdoc {
namespace {

bool is_known_key(const std::string& key) {
    const auto& keys = front_matter_keys();
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

bool is_yes_no_key(const std::string& key) {
    const auto& keys = yes_no_front_matter_keys();
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

class FrontMatterMissing : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo info{
            .id = "FRONT-MATTER-MISSING",
            .summary = "The document does not start with front matter.",
            .rationale = "Without front matter cpdoc cannot tell what kind of document this is, "
                         "whose it is, or which local policy applies, so nothing else can be "
                         "checked.",
            .passing = "---\ndocument: core-group-minutes\npolicy: lanarkshire-2019\nchild: "
                       "C-104233\ndate: 2026-11-16\n---",
            .failing = "# Core group minutes\n\n## Attendance",
            .fix = "Start the document with front matter between `---` lines naming its kind and "
                   "policy.",
            .dialect = true,
            .content = false,
            .unreadable = true,
            .spec_section = "2. Front matter",
            .spec_quote = "The file starts with a `---` line, then `key: value` lines, then a "
                          "`---` line."};
        return info;
    }
    void check(const CheckContext& context, const FindingSink& report) const override {
        if (!context.document().front_matter.present)
            report({1, 1}, "the document has no " + std::string(wording(context).front_matter()) +
                               ": " + std::string(wording(context).add_front_matter()));
    }
};

class FrontMatterKey : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo info{
            .id = "FRONT-MATTER-KEY",
            .summary = "A required front-matter key is missing, or a key's value is not one "
                       "the dialect allows.",
            .rationale = "The kind, the child's case reference and the policy decide every "
                         "other check; a child's name in `child:` puts identifying data where "
                         "a reference belongs.",
            .passing = "---\ndocument: child-plan\npolicy: lanarkshire-2019\nchild: C-104233\n"
                       "registered: yes\n---",
            .failing = "---\ndocument: plan\nchild: Megan Smith\nregistered: maybe\n---",
            .fix = "Give each front-matter key a value the dialect allows.",
            .dialect = true,
            .content = false,
            .spec_section = "2. Front matter",
            .spec_quote = "the kind of document (required)"};
        return info;
    }

    void check(const CheckContext& context, const FindingSink& report) const override {
        const FrontMatter& fm = context.document().front_matter;
        if (!fm.present)
            return;
        const SourceWording words = wording(context);
        std::set<std::string> seen;
        for (const FrontMatterEntry& entry : fm.entries) {
            const std::string key = front_matter_key(entry.key);
            if (!seen.insert(key).second)
                report(entry.pos, words.key(key) + " is given twice; keep one");
            check_value(key, entry, words, report);
        }
        auto require = [&](const std::string& key, const std::string& what) {
            if (seen.count(key) == 0)
                report(fm.pos, "the " + std::string(words.front_matter()) + " has no " +
                                   words.key_line(key) + ": " + what);
        };
        require("document", "say which kind of document this is (child-plan, "
                            "core-group-minutes, multi-agency-minutes or chronology)");
        require("child",
                "give the child's case reference, e.g. " + words.key_example("child", "C-104233"));
        if (context.options.policy_override.empty() && context.options.default_policy.empty())
            require("policy", "name the policy pack to check against, e.g. " +
                                  words.key_example("policy", "lanarkshire-2019") +
                                  ", or give --policy");
    }

private:
    static void check_value(const std::string& key, const FrontMatterEntry& entry,
                            const SourceWording& words, const FindingSink& report) {
        const std::string_view value = trim(entry.value.text);
        if (is_placeholder(value))
            return; // PLACEHOLDER-UNFILLED says so
        if (value.empty()) {
            if (key == "document" || key == "child" || key == "policy")
                report(entry.value.pos, words.key(key) + " has no value");
            return;
        }
        static const FoldedTerms kinds(document_kinds()), statuses({"open", "closing"});
        if (key == "document" && !is_one_of(value, kinds)) {
            std::string message = words.typed(value) + " is not a document kind";
            if (const auto near = nearest(value, document_kinds()))
                message += ": did you mean " + words.typed(*near) + "?";
            else
                message += ": use child-plan, core-group-minutes, multi-agency-minutes or "
                           "chronology";
            report(entry.value.pos, message);
        } else if (key == "child") {
            bool has_digit = false;
            for (const char c : value)
                has_digit = has_digit || (c >= '0' && c <= '9');
            // "Kyle Barnes (DOB 03/04/2020)": digits, but a name and a date of birth, which
            // would travel into every audit report as the child's reference.
            const std::string words_of_value = word_form(value);
            const bool birth = find_date(value).has_value() ||
                               words_of_value.find(" dob ") != std::string::npos ||
                               words_of_value.find(" d o b ") != std::string::npos ||
                               words_of_value.find(" born ") != std::string::npos ||
                               words_of_value.find(" date of birth ") != std::string::npos;
            if (!has_digit)
                report(entry.value.pos, words.key("child") +
                                            " must be the case reference (e.g. C-104233), "
                                            "not a name");
            else if (birth)
                report(entry.value.pos, words.key("child") +
                                            " must be the case reference alone (e.g. "
                                            "C-104233), not a name or a date of birth");
        } else if (is_yes_no_key(key)) {
            if (!parse_yes_no(value))
                report(entry.value.pos,
                       words.key(key) + " must be yes or no, not " + words.typed(value));
        } else if (key == "status" && !is_one_of(value, statuses)) {
            report(entry.value.pos,
                   words.key("status") + " must be open or closing, not " + words.typed(value));
        }
    }
};

class FrontMatterUnknownKey : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo info{
            .id = "FRONT-MATTER-UNKNOWN-KEY",
            .summary = "A front-matter key the dialect does not know, usually a slip of the "
                       "keyboard.",
            .rationale = "A misspelt key is silently ignored: `registerd: yes` would leave the "
                         "registered-child timescales unchecked.",
            .passing = "registered: yes",
            .failing = "registerd: yes",
            .fix = "Correct the key's spelling, or remove it.",
            .dialect = true,
            .dialect_severity = Severity::warning,
            .content = false,
            .spec_section = "2. Front matter",
            .spec_quote = "Unknown keys are a warning with the nearest known key suggested"};
        return info;
    }
    void check(const CheckContext& context, const FindingSink& report) const override {
        for (const FrontMatterEntry& entry : context.document().front_matter.entries) {
            const std::string key = front_matter_key(entry.key);
            if (is_known_key(key))
                continue;
            // The chair named in the details: the view reads it as Attendance's.
            if (const KindSpec* kind = context.view.kind_spec();
                kind != nullptr && section_led_by(lead_fields(*kind), entry.key) != nullptr)
                continue;
            // A Word document's details table holds details nothing checks ("Child's name",
            // "Date of birth", "Venue"): only a slip of the keyboard for a key is reported there.
            const bool word = context.document().source_format == SourceFormat::docx;
            if (word && !nearest(key, front_matter_keys()))
                continue;
            // As the author wrote it: `registred:` in front matter, "Registred" in a table.
            const SourceWording words = wording(context);
            std::string message =
                word ? words.typed(entry.key) + " is not a detail cpdoc knows"
                     : words.key(entry.key) + " is not a front-matter key cpdoc knows";
            if (const auto near = nearest_key(key))
                message += ": did you mean " + (word ? words.key(*near) : words.typed(*near)) + "?";
            report(entry.pos, message);
        }
    }

private:
    // A slip of the keyboard (`registred`), or a key that shares a word with a known one
    // (`review-date` for `next-review`, `meeting-date` for `next-meeting`).
    static std::optional<std::string> nearest_key(const std::string& key) {
        if (auto near = nearest(key, front_matter_keys()))
            return near;
        std::vector<std::string> words;
        for (std::size_t start = 0; start <= key.size();) {
            const auto dash = std::min(key.find('-', start), key.size());
            if (dash > start)
                words.push_back(key.substr(start, dash - start));
            start = dash + 1;
        }
        const auto has = [&](std::string_view word) {
            return std::find(words.begin(), words.end(), word) != words.end();
        };
        // `meeting-date` and `date-of-meeting` are the meeting's date; `review-date` and
        // `next-meeting-date` the next one.
        if (has("date") && !has("next") && !has("review"))
            return std::string("date");
        for (const std::string& word : words)
            for (const std::string& known : front_matter_keys())
                if (word != "date" && word != "next" && word.size() > 2 &&
                    contains_phrase(known, word))
                    return known;
        return std::nullopt;
    }
};

// A pack rule, not a dialect one: which markings are accepted is the policy's to say (the
// pack vocabulary `markings`), and the citation is base.xml's.
class MarkingInvalid : public Rule {
public:
    const RuleInfo& info() const override {
        static const RuleInfo info{
            .id = "MARKING-INVALID",
            .summary = "A `marking:` that is not one of the protective markings the policy "
                       "accepts.",
            .rationale = "The marking is printed at the top and bottom of every rendered page: "
                         "a misspelt or foreign marking would circulate on every page of the "
                         "document.",
            .passing = "marking: OFFICIAL-SENSITIVE",
            .failing = "marking: OFFICAL-SENSITIVE",
            .fix = "Use a protective marking the policy accepts.",
            .content = false};
        return info;
    }
    void check(const CheckContext& context, const FindingSink& report) const override {
        const FrontMatterEntry* entry = context.view.front("marking");
        const std::vector<std::string>& accepted = context.vocabulary(Vocab::markings);
        if (entry == nullptr || accepted.empty())
            return; // the default marking
        const std::string_view value = trim(entry->value.text);
        if (is_placeholder(value))
            return; // PLACEHOLDER-UNFILLED says so
        if (value.empty()) {
            report(entry->value.pos, "`marking:` has no value: write " + one_of(accepted) +
                                         ", or leave the line out for the default, "
                                         "OFFICIAL-SENSITIVE");
            return;
        }
        const std::string folded = ascii_lowercase(value);
        if (std::any_of(accepted.begin(), accepted.end(), [&](const std::string& marking) {
                return ascii_lowercase(marking) == folded;
            }))
            return;
        std::string message = "`" + std::string(value) +
                              "` is not a protective marking the policy accepts, and it would be "
                              "printed on every page";
        if (const auto near = nearest_marking(value, accepted))
            message += ": did you mean `" + *near + "`?";
        else
            message += ": write " + one_of(accepted);
        report(entry->value.pos, message);
    }

private:
    // The accepted marking the value is a slip for: the same in other spacing or emphasis
    // (`OFFICIAL-SENSITIVE  PERSONAL`), or a slip of the keyboard (`OFFICAL-SENSITIVE`).
    static std::optional<std::string> nearest_marking(std::string_view value,
                                                      const std::vector<std::string>& accepted) {
        for (const std::string& marking : accepted)
            if (fold_name(marking) == fold_name(value))
                return marking;
        return nearest(value, accepted);
    }
    // "`OFFICIAL`, `OFFICIAL-SENSITIVE` or `OFFICIAL-SENSITIVE PERSONAL`"
    static std::string one_of(const std::vector<std::string>& markings) {
        std::string list;
        for (std::size_t i = 0; i < markings.size(); ++i) {
            if (i > 0)
                list += i + 1 == markings.size() ? " or " : ", ";
            list += "`" + markings[i] + "`";
        }
        return list;
    }
};

} // namespace

void add_front_matter_rules(RuleList& rules) {
    rules.push_back(std::make_unique<FrontMatterMissing>());
    rules.push_back(std::make_unique<FrontMatterKey>());
    rules.push_back(std::make_unique<FrontMatterUnknownKey>());
    rules.push_back(std::make_unique<MarkingInvalid>());
}

} // namespace cpdoc
