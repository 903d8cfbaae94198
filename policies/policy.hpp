// The typed policy model: what a resolved policy pack says about documents. The checker
// reads only this; how packs are found, validated and merged lives beside it.
#pragma once

#include "grammar/date.hpp"
#include "grammar/model.hpp"
#include "policies/folded_terms.hpp"
#include "policies/phrase_matcher.hpp"
#include "policies/vocabulary_names.hpp"

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cpdoc {

enum class Severity { error, warning, note, off };
std::string_view to_string(Severity severity);
std::optional<Severity> parse_severity(std::string_view text);

enum class Jurisdiction { scotland, england_and_wales };
std::string_view to_string(Jurisdiction jurisdiction);

enum class FieldType { text, date, person, yes_no, decision };

struct Citation {
    std::string source;  // file name of the guidance text
    std::string section; // heading or paragraph as the text gives it
    std::string quote;   // verbatim
};

// `registered=yes`: holds when the document's front matter has that value.
struct Condition {
    std::string key;
    std::string value;
    bool always() const { return key.empty(); }
    bool holds(const FrontMatter& front_matter) const;
};

// A name with its aliases; matching folds case, punctuation and spacing.
struct Named {
    std::string name;
    std::vector<std::string> aliases;
    std::vector<std::string> folded; // fold_key of name and aliases
    bool matches(std::string_view text) const;
    bool matches_folded(std::string_view folded_text) const; // text already fold_key'd
    void add_alias(std::string alias);
};

// What the pack that made a section or field required (or set its condition) cites for
// it, and which pack that was. A pack that changes either without a <cite> leaves it
// uncited: a finding about it then carries no citation rather than a parent's paragraph.
struct Cited {
    std::vector<Citation> citations;
    std::string declared_in; // pack id
};

struct FieldSpec : Named, Cited {
    FieldType type = FieldType::text;
    bool required = false;
    Condition when;
    std::string guidance;
    bool lead = false; // a person who leads (the chair): listed first, and marked, when rendered

    // Whether a folded label names this field: its name or an alias, or one followed by whom
    // it is for ("outcome for harvey", as forms label a field for each child).
    bool matches_label(std::string_view folded_label) const;
};

enum class SectionShape { flat, records, table, prose };

struct SectionSpec : Named, Cited {
    bool required = false;
    Condition when;
    SectionShape shape = SectionShape::prose;
    std::string guidance;
    std::string order_by; // the date field rendered records are ordered by (actions: Due)
    std::vector<FieldSpec> fields;
    const FieldSpec* field(std::string_view key) const;
    // The field a written label is (FieldSpec::matches_label), a name or alias before any
    // label with whom it is for.
    const FieldSpec* field(const Field& field) const;
    const FieldSpec* field_named(std::string_view canonical) const;
};

struct KindSpec {
    std::string kind;  // child-plan, core-group-minutes, ...
    std::string title; // how a reader is told the kind: "Core group minutes"; may be empty
    std::vector<SectionSpec> sections;
    const SectionSpec* section(std::string_view heading) const;
    const SectionSpec* section(const Section& section) const;
    // The section a heading names by its name or an alias (`folded`: heading_key of it), or
    // else by its name before a qualifier ("Contingency plan – if things go wrong").
    const SectionSpec* section_headed(std::string_view folded, std::string_view as_written) const;
    const SectionSpec* section_named(std::string_view canonical) const;
};

struct RuleSetting {
    std::string id;
    Severity severity = Severity::warning;
    std::map<std::string, std::string> params;
    std::vector<Citation> citations;
    std::optional<int> weight; // the pack's `weight`, its own or inherited
    long param_int(const std::string& name, long fallback) const;
    // How much one of its findings weighs in an audit's risk: the pack's weight, or the
    // severity's default.
    int risk_weight() const { return weight ? *weight : default_weight(severity); }
    static int default_weight(Severity severity) {
        return severity == Severity::error ? 3 : severity == Severity::warning ? 1 : 0;
    }
};

// Declarative: a section (or a field in it) must be present and filled.
struct Requirement {
    RuleSetting rule;
    std::string kind;
    std::string section;
    std::string field; // empty: the section itself
    Condition when;
    std::string message;
    std::string declared_in; // the pack whose <require> this is
    int line = 0;            // of the <require> in that pack's file
};

// Declarative: a term to avoid, and what to say instead.
struct DiscouragedTerm {
    RuleSetting rule;
    std::string term;
    std::string suggest;
    std::string message;
    std::string declared_in; // the pack whose <discourage> this is
    int line = 0;            // of the <discourage> in that pack's file
};

struct Holiday {
    Date date;
    std::string name;
};

struct Policy {
    std::string id;
    std::string title;
    std::string version;
    // The file a local pack was read from; empty for a pack shipped with cpdoc. Every output
    // that names the pack says which, so a pack read from a shared folder cannot pass for a
    // shipped one.
    std::string local_file;
    // "shipped with cpdoc", or "local pack read from FILE".
    std::string provenance() const;
    std::string description;
    Jurisdiction jurisdiction = Jurisdiction::england_and_wales;
    std::vector<std::string> lineage; // this pack's id first, then its parents'
    std::vector<KindSpec> kinds;
    // Each vocabulary's terms as the packs give them, by name: what a pack lists and changes.
    std::map<std::string, std::vector<std::string>, std::less<>> vocabularies;
    // The same for the rules, by Vocab, folded and compiled for search once per pack.
    struct CompiledVocabulary {
        FoldedTerms folded;
        PhraseMatcher matcher; // its phrases are the terms
    };
    std::array<CompiledVocabulary, vocabulary_count> compiled_vocabularies;
    std::map<std::string, RuleSetting, std::less<>> rules;
    std::vector<Requirement> requirements;
    std::vector<DiscouragedTerm> discouraged;
    std::vector<Holiday> holidays; // local additions to the jurisdiction's calendar
    // The guidance texts the packs cite (<source>): the file name a <cite source> gives, and
    // the document's title.
    std::map<std::string, std::string, std::less<>> sources;

    const KindSpec* kind(std::string_view name) const;
    // The kind's title as the pack gives it, or the kind itself when the pack gives none.
    std::string kind_title(std::string_view kind) const;
    // The rule's setting when the pack turns it on; nullptr when absent or off.
    const RuleSetting* enabled(std::string_view rule_id) const;
    // A vocabulary's terms; none when no pack gives it.
    const std::vector<std::string>& vocabulary(Vocab name) const {
        return vocabulary_matcher(name).phrases();
    }
    // The same terms folded as fold_name folds, once per pack rather than once per match.
    const FoldedTerms& folded_vocabulary(Vocab name) const {
        return compiled_vocabularies[static_cast<std::size_t>(name)].folded;
    }
    // The same terms compiled to be found in texts as whole words.
    const PhraseMatcher& vocabulary_matcher(Vocab name) const {
        return compiled_vocabularies[static_cast<std::size_t>(name)].matcher;
    }
};

} // namespace cpdoc
