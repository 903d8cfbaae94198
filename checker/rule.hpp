// One check of the catalogue. Like a clang-tidy check: one class, one entry in
// registry.cpp, one documentation entry generated from its RuleInfo, its own tests.
#pragma once

#include "policies/finding.hpp"
#include "view/document_view.hpp"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace cpdoc {

struct RuleInfo {
    std::string_view id;
    std::string_view summary;   // what it finds, one sentence
    std::string_view rationale; // why a chair should care
    std::string_view passing;   // a document fragment that passes
    std::string_view failing;   // one that fails
    // What to do about a finding, in one sentence of cpdoc's own naming no one: the advice a
    // redacted audit gives in place of a message, which may quote the document.
    std::string_view fix;
    // Dialect rules belong to the format, not a policy: always on at this severity, citing
    // spec_section of the dialect spec.
    bool dialect = false;
    Severity dialect_severity = Severity::error;
    // Content rules need real values and are skipped (and said to be) in template mode.
    bool content = true;
    // It means the document could not be read: never switched off, so nothing unread
    // passes silently.
    bool unreadable = false;
    // It reads what only a Word document has (WORD-*): it runs, and a document counts as
    // checked for it, only when the document is one.
    bool word_only = false;
    std::string_view spec_section = {};
    std::string_view spec_quote = {};
    // The sections the rule reads: it runs on a kind of document that has one of them, so a
    // child's plan is not counted as checked for a chair. Empty: every kind.
    std::vector<std::string_view> reads = {};
};

struct CheckOptions {
    std::string policy_override; // --policy: wins over the front matter
    std::string default_policy;  // from a config file: when the front matter has none
    bool template_mode = false;  // placeholders allowed, content rules skipped
    std::optional<Date> today;   // "now" for timescales; unset: every deadline has passed
    std::map<std::string, Severity> severity_overrides;
};

struct CheckContext {
    const DocumentView& view;
    const CheckOptions& options;
    const RuleSetting* setting; // the pack's entry for this rule; nullptr for dialect rules
    const std::vector<std::string_view>* running; // ids of the rules run on this document, sorted

    const Document& document() const { return view.document(); }
    const Policy* policy() const { return view.policy(); }
    // The pack's vocabularies (none without a pack): the terms, folded, compiled for search.
    const std::vector<std::string>& vocabulary(Vocab name) const;
    const FoldedTerms& folded_vocabulary(Vocab name) const;
    const PhraseMatcher& vocabulary_matcher(Vocab name) const;
    // The first term of the vocabulary the text contains as whole words (first_phrase_in).
    std::optional<std::string> first_term_in(Vocab vocabulary, std::string_view text) const;
    // The same, when the text is shorter than `short_text_words` words (carried_by).
    std::optional<std::string> carried_by(Vocab vocabulary, std::string_view text,
                                          std::size_t short_text_words) const;
    // The same, and in a longer text unless it counts or times something (vague_phrase_in).
    std::optional<std::string> vague_phrase(Vocab vocabulary, std::string_view text,
                                            std::size_t short_text_words) const;
    long param(const std::string& name, long fallback) const;
    // Whether another rule runs on this document, so a general rule can leave to a more
    // specific one what it would say better.
    bool runs(std::string_view rule_id) const;
};

// Where a rule puts what it finds. report(pos, message) is a finding at the rule's severity,
// citing the first paragraph the pack cites for the rule; a timescale rule may also say a
// deadline is still to come (a note), warn about something it could not count, and record
// every deadline it computed. A finding about something a pack declared (a required section
// or field) cites what that pack says of it instead: report.citing(spec.citations) reports
// with the first of them, or with no citation when there is none, never the rule's.
class FindingSink {
public:
    using Sink = std::function<void(Position, std::string, std::optional<Severity>,
                                    const std::vector<Citation>*)>;
    using DeadlineSink = std::function<void(Deadline)>;
    FindingSink(Sink sink, DeadlineSink deadlines)
        : sink_(std::move(sink)), deadlines_(std::move(deadlines)) {}

    void operator()(Position pos, std::string message) const {
        sink_(pos, std::move(message), std::nullopt, own_);
    }
    void note(Position pos, std::string message) const {
        sink_(pos, std::move(message), Severity::note, own_);
    }
    void warning(Position pos, std::string message) const {
        sink_(pos, std::move(message), Severity::warning, own_);
    }
    void deadline(Deadline deadline) const { deadlines_(std::move(deadline)); }
    FindingSink citing(const std::vector<Citation>& own) const {
        FindingSink copy = *this;
        copy.own_ = &own;
        return copy;
    }

private:
    Sink sink_;
    DeadlineSink deadlines_;
    const std::vector<Citation>* own_ = nullptr; // null: the rule's citation
};

class Rule {
public:
    virtual ~Rule() = default;
    virtual const RuleInfo& info() const = 0;
    virtual void check(const CheckContext& context, const FindingSink& report) const = 0;
};

using RuleList = std::vector<std::unique_ptr<Rule>>;

// Every rule cpdoc has, in catalogue order (registry.cpp).
const RuleList& all_rules();
const Rule* find_rule(std::string_view id);
// The catalogue rule `id` is a slip for (CHRONOLGY-TYPE for CHRONOLOGY-TYPE), when it is not
// a rule itself; a pack's own rule ids are not in the catalogue and are not slips.
std::optional<std::string> misspelt_rule(std::string_view id);

// A rule id as a user may write it in any case (`child-views-missing`): the catalogue's
// spelling, upper case.
std::string canonical_rule_id(std::string_view id);
// Why RULE-ID=severity cannot be set, if it cannot: the id is a slip for a catalogue rule
// ("did you mean"), or it would switch off a finding that means "this could not be read".
std::optional<std::string> severity_setting_error(std::string_view id, Severity severity);

// The citation dialect rules carry: the section of the dialect spec they enforce.
Citation dialect_citation(std::string_view section, std::string_view quote);

} // namespace cpdoc
