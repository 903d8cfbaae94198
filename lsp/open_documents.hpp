// The text of each document the editor has open, kept as the editor's changes make it.
#pragma once

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace cpdoc::lsp {

struct TextPosition {
    int line = 0;  // 0-based
    int utf16 = 0; // 0-based, in UTF-16 code units
};

// The lines of a text without their line endings (`\n`, `\r\n`), viewing the text.
std::vector<std::string_view> text_lines(std::string_view text);

// The byte offset of an LSP position in a text; the end of the line for a character past it,
// the end of the text for a line past the last.
std::size_t byte_offset(std::string_view text, TextPosition position);

struct OpenDocument {
    std::string uri;
    std::string language;
    int version = 0;
    std::string text;
};

class OpenDocuments {
public:
    OpenDocument& open(std::string uri, std::string language, int version, std::string text);
    void close(const std::string& uri);
    OpenDocument* find(const std::string& uri);
    std::vector<OpenDocument*> all();

    // Applies the contentChanges of a didChange in order: a change with a range replaces it,
    // one without replaces the whole text. False (and the text kept) when one is malformed.
    static bool apply(OpenDocument& document, int version, const nlohmann::json& changes);

private:
    std::map<std::string, OpenDocument> documents_;
};

} // namespace cpdoc::lsp
