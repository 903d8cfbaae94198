#include "pipeline/read_document.hpp"

#include "grammar/parser.hpp"

namespace cpdoc {

ReadDocument read_document(InputFile input, const Limits& limits) {
    ReadDocument read;
    if (!input.bytes) {
        read.error = std::move(input.error);
        read.unread = true;
        return read;
    }
    read.bytes = input.bytes->size();
    ParseResult parsed = parse_document(std::move(*input.bytes), limits);
    if (parsed.error)
        read.error =
            "byte " + std::to_string(parsed.error->byte_offset) + ": " + parsed.error->message;
    else
        read.document = std::move(parsed.document);
    return read;
}

ReadDocument read_document(const std::filesystem::path& path, const Limits& limits) {
    return read_document(read_input(path, limits), limits);
}

} // namespace cpdoc
