#include "audit_run.hpp"

#include "document_files.hpp"
#include "grammar/parser.hpp"
#include "grammar/values.hpp"
#include "input.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <map>
#include <mutex>
#include <thread>

namespace cpdoc {
namespace fs = std::filesystem;

namespace {

// One shared copy of each distinct list of rules run.
class RuleLists {
public:
    std::shared_ptr<const std::vector<std::string>> intern(std::vector<std::string> rules) {
        const std::lock_guard lock(mutex_);
        auto& shared = lists_[rules];
        if (!shared)
            shared = std::make_shared<const std::vector<std::string>>(std::move(rules));
        return shared;
    }

private:
    std::mutex mutex_;
    std::map<std::vector<std::string>, std::shared_ptr<const std::vector<std::string>>> lists_;
};

// Checks one file; returns false when it is not a document (skipped).
bool audit_file(const fs::path& path, PackStore& packs, const AuditOptions& options,
                const CheckOptions& check, RuleLists& rule_lists, AuditDocument& out) {
    out.path = path.string();
    InputFile input = read_input(path, options.limits);
    if (!input.bytes) {
        out.error = input.error;
        return is_document(path, nullptr);
    }
    out.bytes = input.bytes->size();
    ParseResult parsed = parse_document(std::move(*input.bytes), options.limits);
    if (parsed.error) {
        out.error =
            "byte " + std::to_string(parsed.error->byte_offset) + ": " + parsed.error->message;
        return is_document(path, nullptr);
    }
    const Document& document = *parsed.document;
    if (!is_document(path, &document))
        return false;
    CheckResult result = check_document(document, packs, check);
    out.kind = result.kind;
    out.policy = result.policy_id;
    if (const FrontMatterEntry* child = document.front_matter.find("child"))
        out.child = std::string(trim(child->value.text));
    out.errors = result.count(Severity::error);
    out.warnings = result.count(Severity::warning);
    out.notes = result.count(Severity::note);
    out.findings = std::move(result.findings);
    out.rules_run = rule_lists.intern(std::move(result.rules_run));
    return true;
}

} // namespace

AuditResult run_audit(const std::vector<std::string>& directories, PackStore& packs,
                      const AuditOptions& options) {
    const auto start = std::chrono::steady_clock::now();
    AuditResult result;
    result.scope = directories;
    const std::vector<fs::path> files = files_below(directories);
    std::vector<AuditDocument> slots(files.size());
    std::vector<char> is_document(files.size(), 0);
    std::vector<const CheckOptions*> file_options(files.size(), &options.check);
    if (options.configure)
        for (std::size_t i = 0; i < files.size(); ++i)
            file_options[i] = options.configure(files[i]);
    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> done{0};
    RuleLists rule_lists;

    auto worker = [&] {
        for (std::size_t i = next++; i < files.size(); i = next++) {
            is_document[i] =
                file_options[i] != nullptr &&
                audit_file(files[i], packs, options, *file_options[i], rule_lists, slots[i]);
            ++done;
        }
    };
    unsigned jobs =
        options.jobs != 0 ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
    jobs =
        static_cast<unsigned>(std::min<std::size_t>(jobs, std::max<std::size_t>(1, files.size())));
    std::vector<std::thread> threads;
    for (unsigned j = 1; j < jobs; ++j)
        threads.emplace_back(worker);
    if (options.progress) {
        std::thread progress([&] {
            while (done < files.size()) {
                options.progress(done, files.size());
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
            }
        });
        worker();
        for (std::thread& thread : threads)
            thread.join();
        progress.join();
        options.progress(files.size(), files.size());
    } else {
        worker();
        for (std::thread& thread : threads)
            thread.join();
    }

    for (std::size_t i = 0; i < files.size(); ++i) {
        if (!is_document[i]) {
            ++result.skipped;
            continue;
        }
        result.bytes += slots[i].bytes;
        result.documents.push_back(std::move(slots[i]));
    }
    result.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return result;
}

} // namespace cpdoc
