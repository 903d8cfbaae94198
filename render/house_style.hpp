// A council's house style: its Word reference document for DOCX, its style sheet and logo
// for PDF and HTML. The files are read once, checked and embedded, so the renderers read
// nothing more: the style sheet may not fetch anything (no url(), @import or escapes) and
// the logo must be a PNG or JPEG image, embedded as a data: URI.
// WeasyPrint itself would fetch file: and http: URLs: what it is given must hold none.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace cpdoc {

constexpr std::size_t max_reference_doc_bytes = 16u << 20;
constexpr std::size_t max_css_bytes = 64u << 10;
constexpr std::size_t max_logo_bytes = 1u << 20;

// A file of the house style and where it was named: one a `.cpdoc.toml` names is refused
// when another user could have planted or changed it (file_ownership.hpp), one named on the
// command line is the user's choice.
struct StyleFile {
    std::filesystem::path path; // empty: none
    bool named_in_config = false;
};

struct HouseStyleFiles {
    StyleFile reference_doc, css, logo;
};

struct HouseStyle {
    std::string reference_docx; // the bytes of the Word document; empty: cpdoc's styles
    std::string css;            // added after cpdoc's own style
    std::string logo_uri;       // data:image/png;base64,...; empty: no logo
};

// Reads and checks the files; nullopt and `error` ("council.css: ...") when one is refused.
std::optional<HouseStyle> load_house_style(const HouseStyleFiles& files, std::string& error);

// Why a style sheet is refused: something that could make WeasyPrint fetch a file or a URL,
// or end the <style> element it is put in; nullopt when it is safe to embed.
std::optional<std::string> css_refusal(std::string_view css);

// "image/png" or "image/jpeg" by the file's first bytes; nullopt for anything else.
std::optional<std::string> logo_media_type(std::string_view bytes);

} // namespace cpdoc
