#include "pipeline/check_file.hpp"

#include "pipeline/document_files.hpp"
#include "pipeline/read_document.hpp"

#include "grammar/docx/docx_reader.hpp"
#include "grammar/folding.hpp"
#include "policies/pack_store.hpp"

namespace cpdoc {

namespace {

const std::string& policy_asked(const CheckOptions& options) {
    return options.policy_override.empty() ? options.default_policy : options.policy_override;
}

// Reads with the bold headings the pack knows. A Word document whose front matter names
// another pack is read again with that pack's sections (the reader knows no policy).
ReadDocument read_with_packs(InputFile input, const std::filesystem::path& name,
                             PackStore& packs, const CheckOptions& options,
                             const Limits& limits) {
    const std::string asked = policy_asked(options);
    if (word_file_name(name) != WordFileName::word || !input.bytes)
        return read_document(std::move(input), name, limits, known_sections(packs, asked));
    InputFile again{input.bytes, ""};
    ReadDocument read =
        read_document(std::move(input), name, limits, known_sections(packs, asked));
    if (!read.document || !options.policy_override.empty())
        return read;
    const FrontMatterEntry* entry = read.document->front_matter.find("policy");
    if (entry == nullptr)
        return read;
    const std::string named(trim(entry->value.text));
    if (named.empty() || named == asked || !packs.has(named))
        return read;
    return read_document(std::move(again), name, limits, known_sections(packs, named));
}

FileOutcome check_parsed(const std::string& path, ReadDocument parsed, PackStore& packs,
                         const CheckOptions& options, bool keep_document) {
    FileOutcome outcome{path, std::nullopt, std::move(parsed.error), nullptr};
    if (!parsed.document)
        return outcome;
    outcome.result = check_document(*parsed.document, packs, options);
    if (parsed.document->source_format == SourceFormat::docx)
        for (Finding& finding : outcome.result->findings)
            if (const WordPlace* place = parsed.document->place_for_line(finding.pos.line))
                finding.place = FindingPlace{place->section, place->where, place->snippet};
    if (keep_document)
        outcome.document = std::make_shared<const Document>(std::move(*parsed.document));
    return outcome;
}

} // namespace

FileOutcome check_file(const std::string& path, PackStore& packs, const CheckOptions& options,
                       const Limits& limits, bool keep_document) {
    return check_input(path, read_input(path, limits), packs, options, limits, keep_document);
}

FileOutcome check_input(const std::string& path, InputFile input, PackStore& packs,
                        const CheckOptions& options, const Limits& limits, bool keep_document) {
    return check_parsed(path, read_with_packs(std::move(input), path, packs, options, limits),
                        packs, options, keep_document);
}

std::optional<FileOutcome> check_found_file(const std::filesystem::path& path, PackStore& packs,
                                            const CheckOptions& options, const Limits& limits,
                                            bool keep_document) {
    ReadDocument parsed = read_with_packs(read_input(path, limits), path, packs, options, limits);
    if (!is_document(path, parsed.document ? &*parsed.document : nullptr))
        return std::nullopt;
    return check_parsed(path.string(), std::move(parsed), packs, options, keep_document);
}

bool is_document_file(const std::filesystem::path& path, const Limits& limits) {
    const ReadDocument parsed = read_document(path, limits);
    return is_document(path, parsed.document ? &*parsed.document : nullptr);
}

} // namespace cpdoc
