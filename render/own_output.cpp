#include "render/own_output.hpp"

#include "grammar/docx/zip_package.hpp"
#include "render/word_comments.hpp"
#include "render/workspace.hpp"

namespace cpdoc {
namespace fs = std::filesystem;

namespace {

// Renderings are small; a file much larger than any is no rendering of cpdoc's.
constexpr std::uintmax_t largest_rendering = 256u << 20;

bool docx_made_by_cpdoc(const std::string& bytes) {
    SourceError error;
    auto package = docx::ZipPackage::open(bytes, {}, error);
    if (!package)
        return false;
    std::optional<SourceError> read_error;
    if (const auto custom = package->read("docProps/custom.xml", read_error);
        custom && custom->find("cpdoc-checked-on") != std::string::npos)
        return true;
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
