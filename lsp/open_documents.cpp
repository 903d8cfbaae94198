#include "lsp/open_documents.hpp"

#include "lsp/utf16.hpp"

namespace cpdoc::lsp {

std::vector<std::string_view> text_lines(std::string_view text) {
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    for (;;) {
        const std::size_t end = text.find('\n', start);
        std::string_view line = text.substr(
            start, end == std::string_view::npos ? std::string_view::npos : end - start);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        lines.push_back(line);
        if (end == std::string_view::npos)
            return lines;
        start = end + 1;
    }
}

std::size_t byte_offset(std::string_view text, TextPosition position) {
    std::size_t start = 0;
    for (int line = 0; line < position.line; ++line) {
        const std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos)
            return text.size();
        start = end + 1;
    }
    std::string_view line = text.substr(start, text.find('\n', start) - start);
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    return start + byte_at_utf16(line, std::max(0, position.utf16));
}

OpenDocument& OpenDocuments::open(std::string uri, std::string language, int version,
                                  std::string text) {
    OpenDocument& document = documents_[uri];
    document = {std::move(uri), std::move(language), version, std::move(text)};
    return document;
}

void OpenDocuments::close(const std::string& uri) {
    documents_.erase(uri);
}

OpenDocument* OpenDocuments::find(const std::string& uri) {
    const auto it = documents_.find(uri);
    return it == documents_.end() ? nullptr : &it->second;
}

std::vector<OpenDocument*> OpenDocuments::all() {
    std::vector<OpenDocument*> out;
    for (auto& [uri, document] : documents_)
        out.push_back(&document);
    return out;
}

namespace {

bool read_position(const nlohmann::json& json, TextPosition& position) {
    if (!json.is_object() || !json.contains("line") || !json.contains("character") ||
        !json["line"].is_number_integer() || !json["character"].is_number_integer())
        return false;
    position = {json["line"].get<int>(), json["character"].get<int>()};
    return position.line >= 0 && position.utf16 >= 0;
}

} // namespace

bool OpenDocuments::apply(OpenDocument& document, int version, const nlohmann::json& changes) {
    if (!changes.is_array())
        return false;
    std::string text = document.text;
    for (const nlohmann::json& change : changes) {
        if (!change.is_object() || !change.contains("text") || !change["text"].is_string())
            return false;
        const std::string& replacement = change["text"].get_ref<const std::string&>();
        if (!change.contains("range")) {
            text = replacement;
            continue;
        }
        const nlohmann::json& range = change["range"];
        TextPosition start, end;
        if (!range.is_object() || !read_position(range.value("start", nlohmann::json()), start) ||
            !read_position(range.value("end", nlohmann::json()), end))
            return false;
        const std::size_t from = byte_offset(text, start);
        const std::size_t to = std::max(from, byte_offset(text, end));
        text.replace(from, to - from, replacement);
    }
    document.text = std::move(text);
    document.version = version;
    return true;
}

} // namespace cpdoc::lsp
