#include "active_rules.hpp"

#include <algorithm>

namespace cpdoc {
namespace {

bool reads_this_kind(const RuleInfo& info, const KindSpec& kind) {
    return info.reads.empty() ||
           std::any_of(info.reads.begin(), info.reads.end(), [&](std::string_view section) {
               return kind.section_named(section) != nullptr;
           });
}

// Each dialect rule's citation, by its place in the catalogue, made once.
const std::vector<Citation>& dialect_citations() {
    static const std::vector<Citation> citations = [] {
        std::vector<Citation> list;
        for (const auto& rule : all_rules())
            list.push_back(dialect_citation(rule->info().spec_section, rule->info().spec_quote));
        return list;
    }();
    return citations;
}

void sort_ids(ActiveRules& active) {
    active.ids.clear();
    for (const ActiveRule& entry : active.rules)
        active.ids.push_back(entry.rule->info().id);
    std::sort(active.ids.begin(), active.ids.end());
}

// What the pack enables for the kind, before any option.
ActiveRules pack_rules(const Policy* policy, const KindSpec* kind) {
    ActiveRules active;
    const RuleList& rules = all_rules();
    for (std::size_t i = 0; i < rules.size(); ++i) {
        const RuleInfo& info = rules[i]->info();
        ActiveRule entry{rules[i].get(), nullptr, info.dialect_severity, nullptr};
        if (info.dialect) {
            entry.citation = &dialect_citations()[i];
        } else {
            if (policy == nullptr || kind == nullptr || !reads_this_kind(info, *kind))
                continue;
            entry.setting = policy->enabled(info.id);
            if (entry.setting == nullptr)
                continue;
            entry.severity = entry.setting->severity;
            if (!entry.setting->citations.empty())
                entry.citation = &entry.setting->citations.front();
        }
        active.rules.push_back(entry);
    }
    sort_ids(active);
    return active;
}

// The pack's rules per pack and kind, kept per thread (no lock between jobs). The weak
// pointer keeps a pack's address from being taken for another's after it is dropped.
struct CachedRules {
    std::weak_ptr<const Policy> owner;
    const Policy* policy;
    const KindSpec* kind;
    std::shared_ptr<const ActiveRules> rules;
};

std::shared_ptr<const ActiveRules> cached_pack_rules(const std::shared_ptr<const Policy>& policy,
                                                     const KindSpec* kind) {
    constexpr std::size_t most_kept = 32;
    thread_local std::vector<CachedRules> cache;
    for (const CachedRules& cached : cache)
        if (cached.policy == policy.get() && cached.kind == kind &&
            (policy == nullptr || !cached.owner.expired()))
            return cached.rules;
    if (cache.size() >= most_kept)
        cache.clear();
    cache.push_back({policy, policy.get(), kind,
                     std::make_shared<const ActiveRules>(pack_rules(policy.get(), kind))});
    return cache.back().rules;
}

} // namespace

std::shared_ptr<const ActiveRules> active_rules(const std::shared_ptr<const Policy>& policy,
                                                const KindSpec* kind, const CheckOptions& options,
                                                std::vector<std::string>& skipped) {
    std::shared_ptr<const ActiveRules> pack = cached_pack_rules(policy, kind);
    if (!options.template_mode && options.severity_overrides.empty())
        return pack;
    auto active = std::make_shared<ActiveRules>();
    for (ActiveRule entry : pack->rules) {
        const RuleInfo& info = entry.rule->info();
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
        active->rules.push_back(entry);
    }
    sort_ids(*active);
    return active;
}

} // namespace cpdoc
