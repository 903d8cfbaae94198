#include "render/own_output.hpp"

#include "grammar/docx/zip_package.hpp"
#include "render/word_comments.hpp"
#include "render/workspace.hpp"

namespace cpdoc {
namespace fs = std::filesystem;

namespace {

// Renderings are small; a file much larger than any is no rendering of cpdoc's.
constexpr std::uintmax_t largest_rendering = 256u << 20;

// The text of the first element that opens with `opening` in a small XML part; empty when none.
std::string element_text(const std::string& xml, std::string_view opening) {
    const auto at = xml.find(opening);
    if (at == std::string::npos)
        return {};
    const auto begin = xml.find('>', at);
    const auto end = xml.find('<', begin);
    return begin == std::string::npos || end == std::string::npos
               ? std::string()
               : xml.substr(begin + 1, end - begin - 1);
}

// Whether a DOCX is as cpdoc rendered it: its check's day in its properties is the day it was
// made and last modified, and no one has saved it since (Word and LibreOffice record who saved
// it last and a revision, and move its modified time). A council's own minutes, or a template
// made from a rendering, carry cpdoc's property too, but not all of this.
bool as_rendered(const std::string& custom, const std::optional<std::string>& core) {
    if (!core || core->find("lastModifiedBy") != std::string::npos ||
        core->find("cp:revision") != std::string::npos)
        return false;
    const auto at = custom.find("cpdoc-checked-on");
    const std::string checked_on =
        at == std::string::npos ? std::string() : element_text(custom.substr(at), "<vt:lpwstr");
    const std::string created = element_text(*core, "<dcterms:created");
    return !checked_on.empty() && created.starts_with(checked_on + "T") &&
           created == element_text(*core, "<dcterms:modified");
}

bool docx_made_by_cpdoc(const std::string& bytes) {
    SourceError error;
    auto package = docx::ZipPackage::open(bytes, {}, error);
    if (!package)
        return false;
    std::optional<SourceError> read_error;
    if (const auto custom = package->read("docProps/custom.xml", read_error);
        custom && custom->find("cpdoc-checked-on") != std::string::npos)
        return as_rendered(*custom, package->read("docProps/core.xml", read_error));
    const std::string author = "w:author=\"" + std::string(word_comment_author) + "\"";
    const auto comments = package->read("word/comments.xml", read_error);
    return comments && comments->find(author) != std::string::npos;
}

bool made_by_cpdoc(const fs::path& path, const std::string& bytes) {
    const std::string extension = path.extension().string();
    if (extension == ".pdf")
        return bytes.find("/Creator (cpdoc)") != std::string::npos;
    if (extension == ".html" || extension == ".htm")
        return bytes.find("<meta name=\"generator\" content=\"cpdoc\">") != std::string::npos;
    return docx_made_by_cpdoc(bytes);
}

} // namespace

std::optional<std::string> why_not_replaced(const fs::path& output) {
    std::error_code ec;
    const fs::file_status status = fs::status(output, ec);
    if (!fs::is_regular_file(status))
        return std::nullopt; // nothing there, or a device or pipe written into
    const std::string refused = output.string() +
                                ": already exists and is not a rendering of cpdoc's (someone's "
                                "own minutes?): choose another name, or add --force to replace it";
    if (fs::file_size(output, ec) > largest_rendering || ec)
        return refused;
    const auto bytes = read_whole_file(output);
    if (!bytes || !made_by_cpdoc(output, *bytes))
        return refused;
    return std::nullopt;
}

} // namespace cpdoc
