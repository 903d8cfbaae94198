#include "pipeline/document_files.hpp"

#include "grammar/docx/docx_reader.hpp"

#include <algorithm>

namespace cpdoc {
namespace fs = std::filesystem;

bool markdown_name(const fs::path& path) {
    const std::string extension = path.extension().string();
    return extension == ".md" || extension == ".markdown";
}

bool is_document(const fs::path& path, const Document* parsed) {
    // "~$nutes.docx" is Word's owner file, there while the document is open on a share.
    if (path.filename().string().starts_with("~$"))
        return false;
    if (parsed == nullptr)
        return markdown_name(path) || looks_like_docx_name(path);
    return parsed->front_matter.present && parsed->front_matter.find("document") != nullptr;
}

std::vector<fs::path> files_below(const std::vector<std::string>& directories) {
    std::vector<fs::path> files;
    for (const std::string& directory : directories) {
        std::error_code ec;
        if (fs::is_regular_file(directory, ec)) {
            files.emplace_back(directory);
            continue;
        }
        fs::recursive_directory_iterator it(directory,
                                            fs::directory_options::skip_permission_denied, ec);
        for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
            const std::string name = it->path().filename().string();
            if (it->is_directory(ec) && name.size() > 1 && name.front() == '.') {
                it.disable_recursion_pending();
                continue;
            }
            if (it->is_regular_file(ec) && !it->is_symlink(ec))
                files.push_back(it->path());
        }
    }
    std::sort(files.begin(), files.end());
    files.erase(std::unique(files.begin(), files.end()), files.end());
    return files;
}

} // namespace cpdoc
