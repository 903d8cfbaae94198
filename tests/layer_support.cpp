#include "layer_support.hpp"

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace cpdoc::test {

Document parse(const std::string& text) {
    ParseResult result = parse_document(text);
    REQUIRE(result.document);
    return std::move(*result.document);
}

std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

std::string source_path(const std::string& relative) {
    return std::string(CPDOC_SOURCE_DIR) + "/" + relative;
}

std::optional<std::filesystem::path> shared_dir() {
    const char* from_environment = std::getenv("CPDOC_SHARED_DIR");
    const std::filesystem::path dir = from_environment != nullptr && *from_environment != '\0'
                                          ? from_environment
                                          : CPDOC_SHARED_DIR;
    std::error_code ec;
    if (std::filesystem::is_directory(dir, ec))
        return dir;
    WARN("skipped: no shared directory at " << dir.string()
                                            << " (the spec and policy sources, beside the "
                                               "clone in CI; set CPDOC_SHARED_DIR to use one)");
    return std::nullopt;
}

} // namespace cpdoc::test
