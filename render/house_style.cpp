#include "house_style.hpp"

#include "files/stable_path.hpp"
#include "grammar/folding.hpp"

#include <fstream>

namespace cpdoc {
namespace fs = std::filesystem;
namespace {

std::optional<std::string> read_style_file(const StyleFile& file, std::size_t limit,
                                           std::string& error) {
    const std::string name = file.path.string();
    std::error_code ec;
    if (!fs::is_regular_file(file.path, ec)) {
        error = name + ": no such file";
        return std::nullopt;
    }
    if (file.named_in_config)
        if (const auto reason = why_not_trusted(file.path.string())) {
            error = name + ": refused: " + *reason + "; name it on the command line to use it";
            return std::nullopt;
        }
    if (const auto size = fs::file_size(file.path, ec); !ec && size > limit) {
        error = name + ": the file is " + std::to_string(size) + " bytes; at most " +
                std::to_string(limit >> 10) + " KiB is read";
        return std::nullopt;
    }
    std::ifstream in(file.path, std::ios::binary);
    std::string bytes(limit + 1, '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    if (in.bad() || bytes.size() > limit) {
        error = name + ": cannot be read, or grew past " + std::to_string(limit >> 10) + " KiB";
        return std::nullopt;
    }
    return bytes;
}

std::string base64(std::string_view bytes) {
    static constexpr char digits[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    for (std::size_t i = 0; i < bytes.size(); i += 3) {
        const std::size_t n = std::min<std::size_t>(3, bytes.size() - i);
        unsigned value = 0;
        for (std::size_t k = 0; k < 3; ++k)
            value = (value << 8) | (k < n ? static_cast<unsigned char>(bytes[i + k]) : 0u);
        for (std::size_t k = 0; k < 4; ++k)
            out += k <= n ? digits[(value >> (18 - 6 * k)) & 63] : '=';
    }
    return out;
}

} // namespace

std::optional<std::string> css_refusal(std::string_view css) {
    // A backslash can spell any of the words below (`u\72l(`), so none is taken at all.
    if (css.find('\\') != std::string_view::npos)
        return "it has a backslash (a CSS escape)";
    if (css.find('<') != std::string_view::npos)
        return "it has a `<`, which could end the <style> element it is embedded in";
    const std::string folded = ascii_lowercase(css);
    for (const std::string_view fetching :
         {"url(", "@import", "image-set(", "image(", "src(", "attr("})
        if (folded.find(fetching) != std::string::npos)
            return "it has `" + std::string(fetching) +
                   "`: a style sheet may not load files or URLs (the logo is given with --logo)";
    return std::nullopt;
}

std::optional<std::string> logo_media_type(std::string_view bytes) {
    if (bytes.starts_with("\x89PNG\r\n\x1a\n"))
        return "image/png";
    if (bytes.starts_with("\xff\xd8\xff"))
        return "image/jpeg";
    return std::nullopt;
}

std::optional<HouseStyle> load_house_style(const HouseStyleFiles& files, std::string& error) {
    HouseStyle style;
    if (!files.reference_doc.path.empty()) {
        auto bytes = read_style_file(files.reference_doc, max_reference_doc_bytes, error);
        if (!bytes)
            return std::nullopt;
        if (!bytes->starts_with("PK\x03\x04")) {
            error = files.reference_doc.path.string() + ": not a Word document (.docx)";
            return std::nullopt;
        }
        style.reference_docx = std::move(*bytes);
    }
    if (!files.css.path.empty()) {
        auto css = read_style_file(files.css, max_css_bytes, error);
        if (!css)
            return std::nullopt;
        if (const auto why = css_refusal(*css)) {
            error = files.css.path.string() + ": refused: " + *why;
            return std::nullopt;
        }
        style.css = std::move(*css);
    }
    if (!files.logo.path.empty()) {
        const auto bytes = read_style_file(files.logo, max_logo_bytes, error);
        if (!bytes)
            return std::nullopt;
        const auto type = logo_media_type(*bytes);
        if (!type) {
            // An SVG may load other files and URLs; a picture cannot.
            error = files.logo.path.string() +
                    ": refused: a logo must be a PNG or JPEG image (convert an SVG to PNG)";
            return std::nullopt;
        }
        style.logo_uri = "data:" + *type + ";base64," + base64(*bytes);
    }
    return style;
}

} // namespace cpdoc
