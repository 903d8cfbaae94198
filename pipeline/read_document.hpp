// Reading one document into the model: the bytes (from a file or standard input), decoded and
// parsed by the reader the file's name calls for (the dialect, or Word for .docx and .dotx),
// or why not, worded once for every command.
#pragma once

#include "grammar/model.hpp"
#include "grammar/source_text.hpp"
#include "pipeline/input.hpp"

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace cpdoc {

class PackStore;
struct CheckOptions;

struct ReadDocument {
    std::optional<Document> document;
    std::string error;     // why there is none: "byte 12: invalid UTF-8 ..."
    bool unread = false;   // the bytes themselves could not be read (error says why)
    std::size_t bytes = 0; // how many were read
};

// Whether a short, wholly bold paragraph of a Word document names a section the policy knows
// (spec section 9), given the document's kind (possibly empty). The readers know no policy.
using KnownSections =
    std::function<bool(std::string_view document_kind, std::string_view paragraph_text)>;

// Answers from the pack `policy_id` names (the base pack when it is empty or unknown): a
// section or alias of the kind, or of any kind of the pack when the kind is not known.
KnownSections known_sections(PackStore& packs, const std::string& policy_id);

// `name` says which reader: .docx/.dotx are read as Word, .docm/.dotm are refused, anything
// else (standard input included) is the Markdown dialect.
ReadDocument read_document(InputFile input, const std::filesystem::path& name, const Limits& limits,
                           const KnownSections& known = {});
ReadDocument read_document(const std::filesystem::path& path, const Limits& limits,
                           const KnownSections& known = {});
// As check reads: a Word document's bold headings answered from the pack `check` asks for
// (--policy, else the default) and, when the document names another pack and --policy does
// not override it, from that one; its package is read once either way.
ReadDocument read_document(InputFile input, const std::filesystem::path& name, const Limits& limits,
                           PackStore& packs, const CheckOptions& check);
ReadDocument read_document(const std::filesystem::path& path, const Limits& limits,
                           PackStore& packs, const CheckOptions& check);
// Standard input and other unnamed bytes: always the dialect.
ReadDocument read_document(InputFile input, const Limits& limits);

} // namespace cpdoc
