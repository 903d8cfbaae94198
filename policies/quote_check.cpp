#include "quote_check.hpp"

#include "pack_place.hpp"

#include <pugixml.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <map>
#include <optional>

namespace cpdoc {
namespace {

// A guidance text is a document, not a dump: anything larger is not read.
constexpr std::uintmax_t max_source_bytes = 16u << 20;

// The whole of a regular file, within the size limit, or nothing. A symbolic link is not
// followed (O_NOFOLLOW): in a shared folder of guidance texts, another user could plant
// `policy.txt` pointing at a file of yours.
std::optional<std::string> read_regular_file(const std::filesystem::path& file) {
    const int fd = ::open(file.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    std::optional<std::string> text;
    struct stat st {};
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
        static_cast<std::uintmax_t>(st.st_size) <= max_source_bytes) {
        text.emplace();
        char buffer[65536];
        ssize_t got = 0;
        while ((got = ::read(fd, buffer, sizeof buffer)) > 0 && text->size() <= max_source_bytes)
            text->append(buffer, static_cast<std::size_t>(got));
        if (got < 0 || text->size() > max_source_bytes)
            text.reset();
    }
    ::close(fd);
    return text;
}

// The folded text of the source, from the first directory that has it.
std::optional<std::string> read_source(const std::string& source,
                                       const std::vector<std::filesystem::path>& directories) {
    // A source is a file name: one that would leave the directory is never opened.
    if (source.empty() || source.find('/') != std::string::npos || source.front() == '.')
        return std::nullopt;
    for (const std::filesystem::path& directory : directories)
        if (const auto text = read_regular_file(directory / source))
            return fold_spacing(*text);
    return std::nullopt;
}

} // namespace

std::string fold_spacing(std::string_view text) {
    std::string out;
    bool space = false;
    for (const char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = !out.empty();
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        out += c;
    }
    return out;
}

bool quotes_verbatim(std::string_view text, std::string_view quote) {
    return fold_spacing(text).find(fold_spacing(quote)) != std::string::npos;
}

std::vector<PackError> check_quotes(std::string_view xml, const std::string& file_name,
                                    const std::vector<std::filesystem::path>& directories,
                                    int* checked) {
    std::vector<PackError> errors;
    pugi::xml_document doc;
    if (!doc.load_buffer(xml.data(), xml.size()))
        return {{file_name, 0, "not well-formed XML"}};
    std::map<std::string, std::optional<std::string>> sources; // each read once
    for (const pugi::xpath_node found : doc.select_nodes("//cite")) {
        const pugi::xml_node cite = found.node();
        const std::string source = cite.attribute("source").as_string();
        auto it = sources.find(source);
        if (it == sources.end())
            it = sources.emplace(source, read_source(source, directories)).first;
        if (checked != nullptr)
            ++*checked;
        if (!it->second) {
            const PackPlace place = place_of(xml, cite, "source");
            std::string where;
            for (const auto& directory : directories)
                where += (where.empty() ? "" : " or ") + directory.string();
            errors.push_back({file_name, place.line,
                              "the source \"" + source + "\" is not in " + where +
                                  ", so its quotation cannot be checked",
                              place.column});
            continue;
        }
        const std::string quote = fold_spacing(cite.text().as_string());
        if (it->second->find(quote) == std::string::npos) {
            const PackPlace place = place_of(xml, cite);
            errors.push_back(
                {file_name, place.line,
                 "the quotation is not word for word in \"" + source + "\": \"" + quote + "\"",
                 place.column});
        }
    }
    return errors;
}

} // namespace cpdoc
