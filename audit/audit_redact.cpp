#include "audit/audit_redact.hpp"

#include "audit/audit_teams.hpp"
#include "audit/redacted_words.hpp"
#include "grammar/folding.hpp"
#include "grammar/person.hpp"
#include "grammar/placeholders.hpp"
#include "grammar/yes_no.hpp"

#include <cstdio>
#include <map>
#include <memory>

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

// A redacted finding's section as its place names it: a section the pack names, or
// "(section)"; nothing for the details and what comes before the first section.
std::string redacted_place_section(std::string_view section) {
    return section == "front matter" || section == "details table" || section == "(document)"
               ? std::string()
               : std::string(section);
}

} // namespace

void redact(AuditResult& audit, PackStore& packs, bool teams_declared) {
    const RedactedWords words;
    AuditStrings& strings = *audit.strings;
    Pseudonyms children("Child"), teams("Team");
    std::map<std::string, int> documents_at; // per directory, team, child and kind
    std::map<std::string, std::shared_ptr<const Policy>> policies;
    for (AuditDocument& document : audit.documents) {
        const std::string reference = ascii_lowercase(trim(document.child));
        document.child = reference.empty() ? "Child-unknown" : children(reference);
        if (!teams_declared && document.team != no_team)
            document.team = teams(document.team);
        if (!words.shipped_kind(document.kind))
            document.kind = "document";
        document.date.reset();
        document.judged_as_of.reset();
        const std::string place = numbered("Directory", document.root + 1) + "/" +
                                  (document.team == no_team ? "" : document.team + "/") +
                                  document.child + "/" + document.kind;
        document.path = place + "-" + std::to_string(++documents_at[place]);
        if (!document.error.empty()) // a reader's or parser's message may quote the file
            document.error = "could not be read";

        std::shared_ptr<const Policy>& policy = policies[document.policy];
        if (!policy && packs.has(document.policy))
            policy = packs.load(document.policy).policy;
        for (AuditFinding& finding : document.findings) {
            finding.message =
                strings.keep(words.message(finding.rule_id, finding.message, policy.get()));
            finding.section = strings.keep(words.section(finding.section));
            // A Word place quotes the heading and the first words as written: it keeps only
            // the section as the pack names it and the table and row or paragraph.
            if (finding.place)
                finding.place = std::make_shared<const FindingPlace>(FindingPlace{
                    redacted_place_section(finding.section), finding.place->where, ""});
            if (finding.suppressed) // a reason is free text: it may name anyone
                finding.suppression_reason = "(reason recorded in the document)";
        }
    }
    // Case folders are often named after the family: the scope says only how many there were.
    for (std::size_t i = 0; i < audit.scope.size(); ++i)
        audit.scope[i] = numbered("Directory", i + 1);
}

} // namespace cpdoc
