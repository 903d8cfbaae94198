#include "pipeline/check_file.hpp"

#include "pipeline/document_files.hpp"
#include "pipeline/read_document.hpp"

namespace cpdoc {

namespace {

FileOutcome check_parsed(const std::string& path, ReadDocument parsed, PackStore& packs,
                         const CheckOptions& options, bool keep_document) {
    FileOutcome outcome{path, std::nullopt, std::move(parsed.error), nullptr};
    if (!parsed.document)
        return outcome;
    outcome.result = check_document(*parsed.document, packs, options);
    add_word_places(*parsed.document, outcome.result->findings);
    if (keep_document)
        outcome.document = std::make_shared<const Document>(std::move(*parsed.document));
    return outcome;
}

} // namespace

void add_word_places(const Document& document, std::vector<Finding>& findings) {
    if (document.source_format != SourceFormat::docx)
        return;
    // Before the first place is the document as a whole (an empty place): never a line.
    for (Finding& finding : findings) {
        const WordPlace* place = document.place_for_line(finding.pos.line);
        finding.place = place != nullptr
                            ? FindingPlace{place->section, place->where, place->snippet}
                            : FindingPlace{};
    }
}

FileOutcome check_file(const std::string& path, PackStore& packs, const CheckOptions& options,
                       const Limits& limits, bool keep_document) {
    return check_input(path, read_input(path, limits), packs, options, limits, keep_document);
}

FileOutcome check_input(const std::string& path, InputFile input, PackStore& packs,
                        const CheckOptions& options, const Limits& limits, bool keep_document) {
    return check_parsed(path, read_document(std::move(input), path, limits, packs, options), packs,
                        options, keep_document);
}

std::optional<FileOutcome> check_found_file(const std::filesystem::path& path, PackStore& packs,
                                            const CheckOptions& options, const Limits& limits,
                                            bool keep_document) {
    ReadDocument parsed = read_document(path, limits, packs, options);
    if (!is_document(path, parsed.document ? &*parsed.document : nullptr))
        return std::nullopt;
    return check_parsed(path.string(), std::move(parsed), packs, options, keep_document);
}

bool is_document_file(const std::filesystem::path& path, const Limits& limits) {
    const ReadDocument parsed = read_document(path, limits);
    return is_document(path, parsed.document ? &*parsed.document : nullptr);
}

} // namespace cpdoc
