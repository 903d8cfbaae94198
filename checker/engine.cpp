#include "engine.hpp"

#include "view/text_match.hpp"

#include "active_rules.hpp"
#include "declarative.hpp"
#include "grammar/folding.hpp"

#include <algorithm>
#include <unordered_map>

namespace cpdoc {

int CheckResult::count(Severity severity) const {
    return static_cast<int>(std::count_if(findings.begin(), findings.end(), [&](const Finding& f) {
        return !f.suppressed && f.severity == severity;
    }));
}

const std::vector<std::string>& CheckContext::vocabulary(Vocab name) const {
    return vocabulary_matcher(name).phrases();
}

const FoldedTerms& CheckContext::folded_vocabulary(Vocab name) const {
    static const FoldedTerms empty;
    return policy() == nullptr ? empty : policy()->folded_vocabulary(name);
}

const PhraseMatcher& CheckContext::vocabulary_matcher(Vocab name) const {
    static const PhraseMatcher empty;
    return policy() == nullptr ? empty : policy()->vocabulary_matcher(name);
}

std::optional<std::string> CheckContext::first_term_in(Vocab vocabulary,
                                                       std::string_view text) const {
    return first_phrase_in(text, vocabulary_matcher(vocabulary));
}

std::optional<std::string> CheckContext::carried_by(Vocab vocabulary, std::string_view text,
                                                    std::size_t short_text_words) const {
    return cpdoc::carried_by(text, vocabulary_matcher(vocabulary), short_text_words);
}

std::optional<std::string> CheckContext::vague_phrase(Vocab vocabulary, std::string_view text,
                                                      std::size_t short_text_words) const {
    return vague_phrase_in(text, vocabulary_matcher(vocabulary), short_text_words);
}

long CheckContext::param(const std::string& name, long fallback) const {
    return setting == nullptr ? fallback : setting->param_int(name, fallback);
}

namespace {

// Rules whose findings a suppression comment cannot silence: the document must be readable
// and every suppression must say why.
bool unsuppressible(std::string_view rule_id) {
    return rule_id == "PARSE-ERROR" || rule_id == "SUPPRESSION-NO-REASON";
}

// Each section's suppressions by rule, looked up once per finding: a document of many
// suppressions and many findings is read in linear time. The preamble's hold everywhere, a
// section's own win over them, and of two for one rule the later wins.
void apply_suppressions(const Document& document, std::vector<Finding>& findings) {
    if (document.sections.empty())
        return;
    std::vector<std::unordered_map<std::string_view, const std::string*>> reasons(
        document.sections.size());
    for (std::size_t s = 0; s < document.sections.size(); ++s)
        for (const Suppression& suppression : document.sections[s].suppressions)
            if (!trim(suppression.reason).empty())
                reasons[s][suppression.rule_id] = &suppression.reason;
    // The sections after the preamble follow one another down the document.
    const auto first = document.sections.begin() + 1, last = document.sections.end();
    for (Finding& finding : findings) {
        if (unsuppressible(finding.rule_id))
            continue;
        const std::string* reason = nullptr;
        auto lookup = [&](std::size_t s) {
            if (const auto it = reasons[s].find(finding.rule_id); it != reasons[s].end())
                reason = it->second;
        };
        lookup(0);
        const auto after =
            std::upper_bound(first, last, finding.pos.line, [](int line, const Section& section) {
                return line < section.heading.pos.line;
            });
        if (after != first && finding.pos.line <= std::prev(after)->end_line)
            lookup(static_cast<std::size_t>(std::prev(after) - document.sections.begin()));
        if (reason != nullptr) {
            finding.suppressed = true;
            finding.suppression_reason = *reason;
        }
    }
}

std::shared_ptr<const Policy> resolve_policy(const Document& document, PackStore& packs,
                                             const CheckOptions& options,
                                             std::vector<Finding>& findings) {
    std::string id = options.policy_override;
    Position pos = document.front_matter.pos;
    if (id.empty()) {
        const FrontMatterEntry* entry = document.front_matter.find("policy");
        if (entry != nullptr && !trim(entry->value.text).empty()) {
            id = std::string(trim(entry->value.text));
            pos = entry->value.pos;
        } else {
            id = options.default_policy;
        }
        if (id.empty())
            return nullptr; // FRONT-MATTER-KEY reports the missing key
    }
    auto report = [&](std::string message) {
        const RuleInfo& info = find_rule("FRONT-MATTER-KEY")->info();
        findings.push_back({std::string(info.id), info.dialect_severity, pos, std::move(message),
                            dialect_citation(info.spec_section, info.spec_quote), false, "",
                            std::nullopt});
    };
    if (!packs.has(id)) {
        std::string known;
        for (const auto& k : packs.ids())
            known += (known.empty() ? "" : ", ") + k;
        report("there is no policy pack " + typed_in(document.source_format, id) +
               "; the packs available are: " + known);
        return nullptr;
    }
    PackLoad load = packs.load(id);
    if (load.error) {
        report("policy pack " + typed_in(document.source_format, id) +
               " cannot be used: " + load.error->to_string());
        return nullptr;
    }
    return load.policy;
}

} // namespace

bool CheckContext::runs(std::string_view rule_id) const {
    return running != nullptr && std::binary_search(running->begin(), running->end(), rule_id);
}

CheckResult check_document(const Document& document, PackStore& packs,
                           const CheckOptions& options) {
    CheckResult result;
    std::shared_ptr<const Policy> policy =
        resolve_policy(document, packs, options, result.findings);
    const DocumentView view(document, policy.get());
    result.kind = view.kind();
    if (policy) {
        result.policy_id = policy->id;
        result.policy_version = policy->version;
        result.policy = policy;
    }

    const std::shared_ptr<const ActiveRules> active =
        active_rules(policy, view.kind_spec(), options, result.rules_skipped);
    result.rules_run.reserve(active->rules.size());
    for (const ActiveRule& entry : active->rules) {
        const RuleInfo& info = entry.rule->info();
        if (info.word_only && document.source_format != SourceFormat::docx)
            continue;
        result.rules_run.emplace_back(info.id);
        const CheckContext context{view, options, entry.setting, &active->ids};
        // Two references, so std::function keeps them without allocating.
        const FindingSink report(
            [&entry, &result](Position pos, std::string message, std::optional<Severity> severity,
                              const std::vector<Citation>* own) {
                std::optional<Citation> citation;
                if (own != nullptr) {
                    if (!own->empty())
                        citation = own->front();
                } else if (entry.citation != nullptr) {
                    citation = *entry.citation;
                }
                result.findings.push_back(
                    {std::string(entry.rule->info().id), severity.value_or(entry.severity), pos,
                     std::move(message), std::move(citation), false, "", std::nullopt});
            },
            [&result](Deadline deadline) { result.deadlines.push_back(std::move(deadline)); });
        entry.rule->check(context, report);
    }
    if (policy && view.kind_spec() != nullptr)
        check_declarative(view, options, result);

    apply_suppressions(document, result.findings);
    std::stable_sort(result.findings.begin(), result.findings.end(),
                     [](const Finding& a, const Finding& b) { return a.pos < b.pos; });
    return result;
}

} // namespace cpdoc
