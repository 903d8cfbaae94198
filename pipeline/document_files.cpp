#include "pipeline/document_files.hpp"

#include "checker/known_values.hpp"
#include "grammar/docx/docx_reader.hpp"
#include "grammar/edit_distance.hpp"
#include "grammar/folding.hpp"
#include "pipeline/job_pool.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <deque>
#include <set>
#include <utility>

namespace cpdoc {
namespace fs = std::filesystem;

bool markdown_name(const fs::path& path) {
    const std::string extension = path.extension().string();
    return extension == ".md" || extension == ".markdown";
}

namespace {

// "<!-- draft -->" or a title above the `---`, or `----`: front matter that is not on the
// first line, which the reader does not take for front matter. The document is still meant as
// one, and its check says so (FRONT-MATTER-MISSING) rather than an audit passing it over.
bool opens_a_line_with_document_key(const Located& text) {
    if (ascii_lowercase(text.text.substr(0, 9)) == "document:")
        return true;
    return std::any_of(text.continued.begin(), text.continued.end(), [&](const LineStart& line) {
        return ascii_lowercase(text.text.substr(line.offset, 9)) == "document:";
    });
}

// The closing `---` under the keys makes them a heading, as CommonMark reads it; otherwise
// they are a paragraph.
bool misplaced_front_matter(const Document& document) {
    for (const Section& section : document.sections) {
        if (opens_a_line_with_document_key(section.heading))
            return true;
        for (const Prose& prose : section.prose)
            if (opens_a_line_with_document_key(prose))
                return true;
    }
    return false;
}

// Front matter meant for cpdoc whose `document:` line is missing or misspelt ("documnet:"):
// a key only the dialect gives (`child:`, `policy:` ...; not `date:` or `status:`, which other
// Markdown has too), or one a slip away from `document`. Its check says what is wrong
// (FRONT-MATTER-KEY) rather than an audit passing a failing plan over as another file. So is
// a key quoted or in braces, as YAML allows and the dialect does not.
bool meant_for_cpdoc(const FrontMatter& front_matter) {
    for (const FrontMatterEntry& entry : front_matter.entries) {
        // A key YAML would read the same quoted ("document":) or in a flow mapping
        // ({document: child-plan, ...}), which the dialect does not: its check says so.
        std::string key = ascii_lowercase(entry.key);
        const auto wrapping = [](char c) { return c == '{' || c == '"' || c == '\'' || c == ' '; };
        while (!key.empty() && wrapping(key.front()))
            key.erase(0, 1);
        while (!key.empty() && wrapping(key.back()))
            key.pop_back();
        if (key != "date" && key != "status" &&
            std::find(front_matter_keys().begin(), front_matter_keys().end(), key) !=
                front_matter_keys().end())
            return true;
        if (key.size() >= 6 && edit_distance(key, "document") <= 2)
            return true;
    }
    return false;
}

} // namespace

bool is_document(const fs::path& path, const Document* parsed) {
    // "~$nutes.docx" is Word's owner file, there while the document is open on a share.
    if (path.filename().string().starts_with("~$"))
        return false;
    if (parsed == nullptr)
        return markdown_name(path) || looks_like_docx_name(path);
    if (!parsed->front_matter.present)
        return markdown_name(path) && misplaced_front_matter(*parsed);
    return parsed->front_matter.find("document") != nullptr ||
           meant_for_cpdoc(parsed->front_matter);
}

namespace {

// An open folder, closed when it goes.
class Folder {
public:
    explicit Folder(int fd) : dir_(fd < 0 ? nullptr : fdopendir(fd)) {
        if (dir_ == nullptr && fd >= 0)
            close(fd);
    }
    ~Folder() {
        if (dir_ != nullptr)
            closedir(dir_);
    }
    Folder(Folder&& other) noexcept : dir_(std::exchange(other.dir_, nullptr)) {}
    Folder(const Folder&) = delete;
    Folder& operator=(const Folder&) = delete;
    Folder& operator=(Folder&&) = delete;

    bool is_open() const { return dir_ != nullptr; }

    // A folder in this one; never through a symbolic link.
    Folder open(const std::string& name) const {
        return Folder(
            openat(dirfd(dir_), name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    }

    struct Entry {
        std::string name;
        bool folder = false;
        bool operator<(const Entry& other) const { return name < other.name; }
    };

    // What a walk looks at, by name: regular files, and folders but hidden ones (.git). A
    // symbolic link is neither listed nor followed. Sorted by name, the walk is in path order.
    std::vector<Entry> entries() const {
        std::vector<Entry> entries;
        while (const dirent* entry = readdir(dir_)) {
            const std::string_view name = entry->d_name;
            bool regular = entry->d_type == DT_REG;
            bool folder = entry->d_type == DT_DIR;
            if (entry->d_type == DT_UNKNOWN) { // a filesystem whose listing does not say
                struct stat info {};
                if (fstatat(dirfd(dir_), entry->d_name, &info, AT_SYMLINK_NOFOLLOW) != 0)
                    continue;
                regular = S_ISREG(info.st_mode);
                folder = S_ISDIR(info.st_mode);
            }
            // `.` and `..` are folders whose names start with a dot too.
            if (regular || (folder && !name.starts_with('.')))
                entries.push_back({std::string(name), folder});
        }
        std::sort(entries.begin(), entries.end());
        return entries;
    }

private:
    DIR* dir_;
};

std::string joined(const std::string& folder, const std::string& name) {
    return folder.ends_with('/') ? folder + name : folder + '/' + name;
}

std::string why_not_opened(int error) {
    return error == ELOOP || error == ENOTDIR
               ? "it became a symbolic link while the folder was read; links are not followed"
               : std::strerror(error);
}

void walk(const Folder& folder, const std::string& path, std::vector<std::string>& files,
          std::vector<UnreadableFolder>& unreadable) {
    for (const Folder::Entry& entry : folder.entries()) {
        if (!entry.folder) {
            files.push_back(joined(path, entry.name));
        } else if (const Folder inner = folder.open(entry.name); inner.is_open()) {
            walk(inner, joined(path, entry.name), files, unreadable);
        } else if (errno != ENOENT) {
            // Gone since it was listed: nothing to miss. Otherwise (permission denied, a link
            // swapped in) the walk goes on and the folder is named.
            unreadable.push_back({joined(path, entry.name), why_not_opened(errno)});
        }
    }
}

// What one worker finds: a file named or found at the top of a directory, or every file below
// one of the directory's folders.
struct Part {
    const Folder* parent = nullptr; // set for a folder: the directory it is in
    std::string name = {};          // the folder's
    std::string path = {};          // the folder's
    std::vector<std::string> files = {};
    std::vector<UnreadableFolder> unreadable = {};
};

} // namespace

std::vector<std::string> files_below(const std::vector<std::string>& directories, unsigned threads,
                                     std::vector<UnreadableFolder>* unreadable) {
    // The directories' own entries are read here; the folders in them are walked on every core.
    std::deque<Folder> tops; // a deque: parts point to them
    std::vector<Part> parts;
    // One folder or file named twice ("docs" and "/srv/docs", "docs/../docs") is walked once:
    // its documents counted twice would skew every total.
    std::set<std::pair<dev_t, ino_t>> named;
    const auto first_naming = [&](const std::string& path) {
        struct stat info {};
        return stat(path.c_str(), &info) != 0 || named.insert({info.st_dev, info.st_ino}).second;
    };
    // A folder named again inside another ("docs" and "link-to-docs/team-1"), through a link
    // or not, is walked with the other: each file once.
    std::vector<std::string> real_folders;
    for (const std::string& directory : directories)
        if (char* real = ::realpath(directory.c_str(), nullptr)) {
            if (fs::is_directory(real))
                real_folders.push_back(std::string(real) + '/');
            std::free(real);
        }
    const auto inside_another = [&](const std::string& path) {
        char* resolved = ::realpath(path.c_str(), nullptr);
        if (resolved == nullptr)
            return false;
        const std::string real(resolved);
        std::free(resolved);
        // The folders the other's walk enters to reach it, none named with a dot; a file is
        // reached whatever its own name.
        const bool file = fs::is_regular_file(real);
        const std::string folders = file ? real.substr(0, real.rfind('/') + 1) : real + '/';
        return std::any_of(real_folders.begin(), real_folders.end(), [&](const std::string& other) {
            if (!folders.starts_with(other) || (folders.size() == other.size() && !file))
                return false;
            const std::string_view below = std::string_view(folders).substr(other.size());
            return below.empty() ||
                   (below.front() != '.' && below.find("/.") == std::string_view::npos);
        });
    };
    for (const std::string& directory : directories) {
        std::error_code ec;
        if (!first_naming(directory) || (directories.size() > 1 && inside_another(directory)))
            continue;
        if (fs::is_regular_file(directory, ec)) {
            parts.push_back({.files = {directory}});
            continue;
        }
        // The directory named is opened even through a link: the user named it.
        const Folder& top = tops.emplace_back(
            ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_NONBLOCK | O_CLOEXEC));
        if (!top.is_open()) {
            if (unreadable != nullptr)
                unreadable->push_back({directory, std::strerror(errno)});
            continue;
        }
        for (Folder::Entry& entry : top.entries()) {
            std::string path = joined(directory, entry.name);
            if (entry.folder)
                parts.push_back({.parent = &top, .name = entry.name, .path = std::move(path)});
            else
                parts.push_back({.files = {std::move(path)}});
        }
    }
    run_jobs(parts.size(), threads, [&](std::size_t i) {
        Part& part = parts[i];
        if (part.parent != nullptr) {
            if (const Folder folder = part.parent->open(part.name); folder.is_open())
                walk(folder, part.path, part.files, part.unreadable);
            else if (errno != ENOENT)
                part.unreadable.push_back({part.path, why_not_opened(errno)});
        }
    });
    std::vector<std::string> files;
    for (Part& part : parts) {
        std::move(part.files.begin(), part.files.end(), std::back_inserter(files));
        if (unreadable != nullptr)
            std::move(part.unreadable.begin(), part.unreadable.end(),
                      std::back_inserter(*unreadable));
    }
    if (directories.size() > 1) { // in path order together, each file once
        std::vector<fs::path> paths(files.begin(), files.end());
        std::sort(paths.begin(), paths.end());
        paths.erase(std::unique(paths.begin(), paths.end()), paths.end());
        files.assign(paths.begin(), paths.end());
    }
    return files;
}

} // namespace cpdoc
