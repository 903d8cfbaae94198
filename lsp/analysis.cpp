#include "lsp/analysis.hpp"

#include "pipeline/document_files.hpp"

namespace cpdoc::lsp {
namespace {

int hex_digit(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

std::string percent_decoded(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const int high = text[i] == '%' && i + 2 < text.size() ? hex_digit(text[i + 1]) : -1;
        const int low = high >= 0 ? hex_digit(text[i + 2]) : -1;
        if (low >= 0) {
            out += static_cast<char>(high * 16 + low);
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

} // namespace

std::filesystem::path uri_path(const std::string& uri) {
    constexpr std::string_view scheme = "file://";
    if (uri.compare(0, scheme.size(), scheme) != 0) {
        std::error_code ec;
        return std::filesystem::current_path(ec) / "unsaved.md";
    }
    std::string_view rest = std::string_view(uri).substr(scheme.size());
    rest = rest.substr(std::min(rest.size(), rest.find('/'))); // an authority, if any, is dropped
    return percent_decoded(rest);
}

std::shared_ptr<const Analysis> analyse(const OpenDocument& document, Workspace& workspace) {
    auto analysis = std::make_shared<Analysis>();
    analysis->version = document.version;
    analysis->text = document.text;
    analysis->lines = text_lines(analysis->text);
    const std::filesystem::path path = uri_path(document.uri);
    DocumentSetup setup = workspace.setup(path);
    analysis->outcome.path = path.string();
    if (setup.packs == nullptr) {
        analysis->setup_error = setup.error;
        return analysis;
    }
    if (setup.skipped)
        return analysis;
    analysis->packs = setup.packs;
    analysis->outcome = check_input(path.string(), InputFile{document.text, ""}, *setup.packs,
                                    setup.options, setup.limits, true);
    // Markdown that names no kind of document (a README) is not cpdoc's to check.
    if (analysis->outcome.document && !is_document(path, analysis->outcome.document.get()))
        analysis->outcome = FileOutcome{path.string(), std::nullopt, "", nullptr};
    return analysis;
}

} // namespace cpdoc::lsp
