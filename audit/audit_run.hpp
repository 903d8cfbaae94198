// `cpdoc audit`: find documents under directories, check them on all cores, and keep a
// compact summary of each (not the documents), so memory stays flat with corpus size.
#pragma once

#include "checker/engine.hpp"
#include "grammar/source_text.hpp"

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace cpdoc {

struct AuditDocument {
    std::string path;
    std::string kind;
    std::string policy;
    std::string child;             // the case reference, for redaction
    std::vector<Finding> findings; // suppressed ones included, marked
    // The rules run: one shared list for all the documents that ran the same rules (most of a
    // service's documents share a pack and a kind), so memory does not grow by 40 ids a file.
    std::shared_ptr<const std::vector<std::string>> rules_run;
    int errors = 0;
    int warnings = 0;
    int notes = 0;
    std::string error; // set when the file looked like a document but could not be read
    std::size_t bytes = 0;
};

struct AuditResult {
    std::vector<std::string> scope;       // the directories audited
    std::vector<AuditDocument> documents; // in path order
    int skipped = 0;                      // files that are not documents
    std::size_t bytes = 0;
    double seconds = 0;
};

struct AuditOptions {
    CheckOptions check;
    // The options for one file, as its `.cpdoc.toml` sets them (check's way), or nullptr to
    // skip it; called for every file, on one thread, before any is checked. Unset: `check`
    // for every file.
    std::function<const CheckOptions*(const std::filesystem::path&)> configure;
    Limits limits;
    unsigned jobs = 0; // 0: every core
    std::function<void(std::size_t done, std::size_t total)> progress;
};

AuditResult run_audit(const std::vector<std::string>& directories, PackStore& packs,
                      const AuditOptions& options);

} // namespace cpdoc
