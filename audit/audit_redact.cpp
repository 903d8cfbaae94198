#include "audit/audit_redact.hpp"

#include "checker/declarative.hpp"
#include "checker/rule.hpp"
#include "grammar/folding.hpp"

#include <cstdio>
#include <filesystem>
#include <map>
#include <memory>
#include <set>

namespace cpdoc {
namespace {

std::string numbered(const char* prefix, std::size_t n) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%s-%04zu", prefix, n);
    return buffer;
}

// Pseudonyms for one sort of thing, numbered in the order they are first asked for.
class Pseudonyms {
public:
    explicit Pseudonyms(const char* prefix) : prefix_(prefix) {}
    std::string operator()(const std::string& key) {
        const auto [it, added] = names_.try_emplace(key);
        if (added)
            it->second = numbered(prefix_, names_.size());
        return it->second;
    }

private:
    const char* prefix_;
    std::map<std::string, std::string> names_;
};

// The kinds of document the packs shipped with cpdoc define. They are cpdoc's words, so they
// may say what a document is; any other `document:` value is the document's own text.
std::set<std::string> shipped_kinds() {
    PackStore shipped;
    std::set<std::string> kinds;
    for (const std::string& id : shipped.ids())
        if (const PackLoad load = shipped.load(id); load.policy)
            for (const KindSpec& kind : load.policy->kinds)
                kinds.insert(kind.kind);
    return kinds;
}

// Which audited directory a document was found in: the first that holds it.
std::size_t scope_index(const std::string& path, const std::vector<std::string>& scope) {
    for (std::size_t i = 0; i < scope.size(); ++i) {
        const std::filesystem::path relative =
            std::filesystem::path(path).lexically_relative(scope[i]);
        if (!relative.empty() && *relative.begin() != "..")
            return i;
    }
    return 0;
}

// What a finding is about, in words that belong to its rule and to no document or local pack.
std::string_view fixed_message(const std::string& rule_id, const Policy* policy) {
    if (const Rule* rule = find_rule(rule_id))
        return rule->info().summary;
    if (policy != nullptr)
        if (const auto summary = declarative_summary(*policy, rule_id))
            return *summary;
    return "A rule of the policy is not met.";
}

} // namespace

void redact(AuditResult& audit, PackStore& packs) {
    const std::set<std::string> kinds = shipped_kinds();
    Pseudonyms children("Child");
    std::map<std::string, int> documents_at; // per directory, child and kind, for the paths
    std::map<std::string, std::shared_ptr<const Policy>> policies;
    for (AuditDocument& document : audit.documents) {
        const std::string reference = ascii_lowercase(trim(document.child));
        document.child = reference.empty() ? "Child-unknown" : children(reference);
        if (kinds.count(document.kind) == 0)
            document.kind = "document";
        const std::string place =
            numbered("Directory", scope_index(document.path, audit.scope) + 1) + "/" +
            document.child + "/" + document.kind;
        document.path = place + "-" + std::to_string(++documents_at[place]);
        if (!document.error.empty()) // a reader's or parser's message may quote the file
            document.error = "could not be read";

        std::shared_ptr<const Policy>& policy = policies[document.policy];
        if (!policy && packs.has(document.policy))
            policy = packs.load(document.policy).policy;
        for (Finding& finding : document.findings) {
            finding.message = fixed_message(finding.rule_id, policy.get());
            if (finding.suppressed) // a reason is free text: it may name anyone
                finding.suppression_reason = "(reason recorded in the document)";
        }
    }
    // Case folders are often named after the family: the scope says only how many there were.
    for (std::size_t i = 0; i < audit.scope.size(); ++i)
        audit.scope[i] = numbered("Directory", i + 1);
}

} // namespace cpdoc
