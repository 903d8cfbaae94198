#include "check_file.hpp"

#include "grammar/parser.hpp"
#include "input.hpp"

namespace cpdoc {

FileOutcome check_file(const std::string& path, PackStore& packs, const CheckOptions& options,
                       const Limits& limits, bool keep_document) {
    FileOutcome outcome{path, std::nullopt, {}, nullptr};
    InputFile input = read_input(path, limits);
    if (!input.bytes) {
        outcome.error = input.error;
        return outcome;
    }
    ParseResult parsed = parse_document(std::move(*input.bytes), limits);
    if (parsed.error) {
        outcome.error =
            "byte " + std::to_string(parsed.error->byte_offset) + ": " + parsed.error->message;
        return outcome;
    }
    outcome.result = check_document(*parsed.document, packs, options);
    if (keep_document)
        outcome.document = std::make_shared<const Document>(std::move(*parsed.document));
    return outcome;
}

} // namespace cpdoc
