// `cpdoc audit`: find documents under directories, check them on all cores, and keep a
// compact summary of each (not the documents), so memory stays flat with corpus size.
#pragma once

#include "audit/audit_strings.hpp"
#include "checker/engine.hpp"
#include "grammar/source_text.hpp"

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cpdoc {

// A finding as the audit keeps it: where in the document it is, in words that survive an
// edit elsewhere in the file, and what its rule weighs. Its words are kept once for the whole
// audit (AuditResult::strings), so a service's 100,000 documents do not each hold a copy of
// the same messages and the same policy quotes.
struct AuditFinding {
    std::string_view rule_id;
    // The section as the pack names it ("Contingency plan"), else its heading as written;
    // `front matter`, or `(document)` for the title and what comes before the first section.
    std::string_view section;
    std::string_view message;
    std::string_view suppression_reason;
    const Citation* citation = nullptr;
    std::shared_ptr<const FindingPlace> place; // set when the document was read from Word
    Position pos;
    Severity severity = Severity::error;
    bool suppressed = false;
    int weight = 0; // the rule's weight in the pack (RuleSetting::risk_weight)
    // True when it counts: not suppressed, and an error or a warning.
    bool counts() const { return !suppressed && severity != Severity::note; }
};

struct AuditDocument {
    std::string path;
    std::size_t root = 0; // which of the audited directories it was found in
    std::string team;     // the folders below that directory that name its team
    std::string kind;
    std::string policy;
    std::string child;                  // the case reference
    std::optional<Date> date;           // its `date:`
    bool superseded = false;            // a later document of the same child and kind exists
    std::optional<Date> judged_as_of;   // superseded: the date it was judged as of (not --today)
    std::vector<AuditFinding> findings; // suppressed ones included, marked
    // The rules run: one shared list for all the documents that ran the same rules (most of a
    // service's documents share a pack and a kind), so memory does not grow by 40 ids a file.
    std::shared_ptr<const std::vector<std::string>> rules_run;
    int errors = 0;
    int warnings = 0;
    int notes = 0;
    // What it weighs: the sum of the weights of the rules it fails (errors and warnings,
    // each rule once however often it fails), so one unseen child outranks many date slips.
    int risk = 0;
    std::string error; // set when the file looked like a document but could not be read
    std::size_t bytes = 0;
};

struct AuditResult {
    std::vector<std::string> scope;       // the directories audited
    std::vector<AuditDocument> documents; // in path order
    // The words the documents' findings point to; shared, so a copy of the result is whole.
    std::shared_ptr<AuditStrings> strings = std::make_shared<AuditStrings>();
    int skipped = 0;        // files that are not documents
    int judged_earlier = 0; // superseded documents judged as of a date before the audit's
    std::size_t bytes = 0;
    double seconds = 0;
};

struct AuditOptions {
    CheckOptions check;
    // The options for one file, as its `.cpdoc.toml` sets them (check's way), or nullptr to
    // skip it; called for every file, on one thread, before any is checked. Unset: `check`
    // for every file.
    std::function<const CheckOptions*(const std::string& file)> configure;
    Limits limits;
    unsigned jobs = 0;  // 0: every core
    int team_depth = 1; // folder levels below an audited directory that name a team; 0: none
    std::function<void(std::size_t done, std::size_t total)> progress;
};

// Every document below the directories, checked. A document that a later one of the same
// child and kind supersedes is judged as of that later document's date, not `check.today`:
// a next meeting that has passed is normal once the next minutes exist.
AuditResult run_audit(const std::vector<std::string>& directories, PackStore& packs,
                      const AuditOptions& options);

} // namespace cpdoc
