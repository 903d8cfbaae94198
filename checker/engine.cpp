#include "engine.hpp"

#include "view/text_match.hpp"

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

const std::vector<std::string>& CheckContext::vocabulary(std::string_view name) const {
    static const std::vector<std::string> empty;
    return policy() == nullptr ? empty : policy()->vocabulary(name);
}

const std::vector<std::string>& CheckContext::folded_vocabulary(std::string_view name) const {
    static const std::vector<std::string> empty;
    return policy() == nullptr ? empty : policy()->folded_vocabulary(name);
}

std::optional<std::string> CheckContext::first_term_in(std::string_view vocabulary_name,
                                                       std::string_view text) const {
    if (policy() == nullptr)
        return std::nullopt;
    return first_phrase_in(text, policy()->vocabulary_matcher(vocabulary_name));
}

std::optional<std::string> CheckContext::carried_by(std::string_view vocabulary_name,
                                                    std::string_view text,
                                                    std::size_t short_text_words) const {
    if (policy() == nullptr)
        return std::nullopt;
    return cpdoc::carried_by(text, policy()->vocabulary_matcher(vocabulary_name), short_text_words);
}

std::optional<std::string> CheckContext::vague_phrase(std::string_view vocabulary_name,
                                                      std::string_view text,
                                                      std::size_t short_text_words) const {
    if (policy() == nullptr)
        return std::nullopt;
    return vague_phrase_in(text, policy()->vocabulary_matcher(vocabulary_name), short_text_words);
}

long CheckContext::param(const std::string& name, long fallback) const {
    return setting == nullptr ? fallback : setting->param_int(name, fallback);
}

namespace {

bool reads_this_kind(const RuleInfo& info, const DocumentView& view) {
    return info.reads.empty() ||
           std::any_of(info.reads.begin(), info.reads.end(), [&](std::string_view section) {
               return view.kind_spec()->section_named(section) != nullptr;
           });
}

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
        report("there is no policy pack `" + id + "`; the packs available are: " + known);
        return nullptr;
    }
    PackLoad load = packs.load(id);
    if (load.error) {
        report("policy pack `" + id + "` cannot be used: " + load.error->to_string());
        return nullptr;
    }
    return load.policy;
}

} // namespace

namespace {

struct ActiveRule {
    const Rule* rule;
    const RuleSetting* setting;
    Severity severity;
    std::optional<Citation> citation;
};

// The catalogue rules that run on this document, at their severity, with their citation;
// `skipped` gets those the pack enables but template mode leaves out.
std::vector<ActiveRule> active_rules(const Policy* policy, const DocumentView& view,
                                     const CheckOptions& options,
                                     std::vector<std::string>& skipped) {
    std::vector<ActiveRule> active;
    for (const auto& rule : all_rules()) {
        const RuleInfo& info = rule->info();
        ActiveRule entry{rule.get(), nullptr, info.dialect_severity, std::nullopt};
        if (info.dialect) {
            entry.citation = dialect_citation(info.spec_section, info.spec_quote);
        } else {
            if (policy == nullptr || view.kind_spec() == nullptr || !reads_this_kind(info, view))
                continue;
            entry.setting = policy->enabled(info.id);
            if (entry.setting == nullptr)
                continue;
            entry.severity = entry.setting->severity;
            if (!entry.setting->citations.empty())
                entry.citation = entry.setting->citations.front();
        }
        if (options.template_mode && info.content) {
            skipped.emplace_back(info.id);
            continue;
        }
        if (const auto it = options.severity_overrides.find(std::string(info.id));
            it != options.severity_overrides.end() &&
            !(it->second == Severity::off && info.unreadable)) {
            if (it->second == Severity::off)
                continue;
            entry.severity = it->second;
        }
        active.push_back(std::move(entry));
    }
    return active;
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

    const std::vector<ActiveRule> active =
        active_rules(policy.get(), view, options, result.rules_skipped);
    std::vector<std::string_view> running;
    for (const ActiveRule& entry : active)
        running.push_back(entry.rule->info().id);
    std::sort(running.begin(), running.end());
    for (const ActiveRule& entry : active) {
        const RuleInfo& info = entry.rule->info();
        result.rules_run.emplace_back(info.id);
        const CheckContext context{view, options, entry.setting, &running};
        const FindingSink report(
            [&](Position pos, std::string message, std::optional<Severity> severity,
                const std::vector<Citation>* own) {
                std::optional<Citation> citation = entry.citation;
                if (own != nullptr)
                    citation = own->empty() ? std::nullopt : std::optional(own->front());
                result.findings.push_back({std::string(info.id), severity.value_or(entry.severity),
                                           pos, std::move(message), std::move(citation), false, "",
                                           std::nullopt});
            },
            [&](Deadline deadline) { result.deadlines.push_back(std::move(deadline)); });
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
