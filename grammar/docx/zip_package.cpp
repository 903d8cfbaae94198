#include "zip_package.hpp"

#include "zip_layout.hpp"

#include "grammar/folding.hpp"
#include "grammar/person.hpp"
#include "grammar/placeholders.hpp"
#include "grammar/printable.hpp"
#include "grammar/yes_no.hpp"

#include <zip.h>

#include <algorithm>
#include <utility>

namespace cpdoc::docx {
namespace {

std::string megabytes(std::uint64_t bytes) {
    return std::to_string(bytes >> 20) + " MiB";
}

// Entries smaller than this are not judged by their ratio: a short run of repeated XML
// compresses far beyond any limit without being a bomb.
constexpr std::uint64_t ratio_floor = 1u << 20;

bool over_ratio(std::uint64_t size, std::uint64_t compressed, double max_ratio) {
    if (size < ratio_floor)
        return false;
    return compressed == 0 ||
           static_cast<double>(size) / static_cast<double>(compressed) > max_ratio;
}

std::string lower(std::string_view name) {
    return ascii_lowercase(name);
}

// What makes an entry's name no OPC part name (ECMA-376 Part 2, 7.2.2.2), though some tool
// reading the zip might still take it for one: "/word/document.xml" beside
// "word/document.xml", "word\\document.xml", "word/../word/document.xml". Empty when the
// name is a part's (or a folder entry's, "word/", which zip tools add).
std::string why_not_part_name(std::string_view name) {
    if (name.starts_with('/'))
        return "starts with /";
    if (name.find('\\') != std::string_view::npos)
        return "holds a \\";
    std::size_t start = 0;
    while (start < name.size()) {
        const std::size_t end = std::min(name.find('/', start), name.size());
        const std::string_view segment = name.substr(start, end - start);
        if (segment.empty())
            return "has an empty folder name";
        if (segment == "." || segment == "..")
            return "has a " + std::string(segment) + " in its path";
        if (segment.ends_with('.'))
            return "has a name ending in a dot";
        start = end + 1;
    }
    return {};
}

} // namespace

void ZipPackage::Closer::operator()(zip_t* archive) const {
    zip_discard(archive);
}

ZipPackage::ZipPackage(ZipPackage&&) noexcept = default;
ZipPackage& ZipPackage::operator=(ZipPackage&&) noexcept = default;
ZipPackage::~ZipPackage() = default;

std::optional<ZipPackage> ZipPackage::open(std::string_view bytes, const ZipLimits& limits,
                                           SourceError& error) {
    if (const auto ambiguous = ambiguous_zip_layout(bytes)) {
        error = {0, "the Word document's package cannot be read one way only: " + *ambiguous +
                        ": it is not read"};
        return std::nullopt;
    }
    zip_error_t zip_error;
    zip_error_init(&zip_error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &zip_error);
    zip_t* archive =
        source == nullptr ? nullptr : zip_open_from_source(source, ZIP_RDONLY, &zip_error);
    if (archive == nullptr) {
        if (source != nullptr)
            zip_source_free(source);
        error = {0, std::string("not a Word document (.docx): the file is not a valid zip "
                                "package (") +
                        zip_error_strerror(&zip_error) + ")"};
        zip_error_fini(&zip_error);
        return std::nullopt;
    }
    zip_error_fini(&zip_error);
    ZipPackage package;
    package.archive_.reset(archive);
    package.limits_ = limits;

    const zip_int64_t entries = zip_get_num_entries(archive, 0);
    if (entries < 0 || static_cast<std::uint64_t>(entries) > limits.max_entries) {
        error = {0, "the Word document has " + std::to_string(entries) +
                        " entries in its package, more than the limit of " +
                        std::to_string(limits.max_entries) + ": it is not read"};
        return std::nullopt;
    }
    std::uint64_t declared = 0, compressed = 0;
    for (zip_int64_t i = 0; i < entries; ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(archive, static_cast<zip_uint64_t>(i), 0, &stat) != 0 ||
            (stat.valid & (ZIP_STAT_NAME | ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE)) !=
                (ZIP_STAT_NAME | ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE)) {
            error = {0, "not a Word document (.docx): entry " + std::to_string(i) +
                            " of the zip package cannot be read"};
            return std::nullopt;
        }
        if (stat.size > limits.max_uncompressed || declared > limits.max_uncompressed - stat.size) {
            error = {0, "the Word document's package holds more than " +
                            megabytes(limits.max_uncompressed) +
                            " uncompressed, the limit: it is not read"};
            return std::nullopt;
        }
        if (over_ratio(stat.size, stat.comp_size, limits.max_ratio)) {
            error = {0, "the Word document's package has an entry compressed more than " +
                            std::to_string(static_cast<long>(limits.max_ratio)) +
                            " times, the limit (a zip bomb?): it is not read"};
            return std::nullopt;
        }
        // Two tools could read two different parts by one name.
        if (const std::string why = why_not_part_name(stat.name); !why.empty()) {
            error = {0, "the Word document's package has an entry named \"" + printable(stat.name) +
                            "\", which " + why + ", as no Word document's does: it is not read"};
            return std::nullopt;
        }
        declared += stat.size;
        compressed += stat.comp_size;
        package.names_.emplace_back(stat.name);
        package.sizes_.push_back(stat.size);
    }
    // Two entries of one name (part names are compared without case, as OPC does): one reader
    // takes the first, another the last, so two tools could read two sets of minutes from one
    // file.
    std::vector<std::string> sorted;
    sorted.reserve(package.names_.size());
    for (const std::string& name : package.names_)
        sorted.push_back(ascii_lowercase(name));
    std::sort(sorted.begin(), sorted.end());
    if (const auto twice = std::adjacent_find(sorted.begin(), sorted.end());
        twice != sorted.end()) {
        error = {0, "the Word document's package has two parts named " + *twice +
                        ", which no Word document has (tools differ on which they read): it is "
                        "not read"};
        return std::nullopt;
    }
    if (over_ratio(declared, compressed, limits.max_ratio)) {
        error = {0, "the Word document's package is compressed more than " +
                        std::to_string(static_cast<long>(limits.max_ratio)) +
                        " times, the limit (a zip bomb?): it is not read"};
        return std::nullopt;
    }
    return package;
}

bool ZipPackage::has(std::string_view part_name) const {
    if (part_name.starts_with('/'))
        part_name.remove_prefix(1);
    const std::string wanted = lower(part_name);
    return std::any_of(names_.begin(), names_.end(),
                       [&](const std::string& name) { return lower(name) == wanted; });
}

std::optional<std::string> ZipPackage::read(std::string_view part_name,
                                            std::optional<SourceError>& error) {
    if (part_name.starts_with('/'))
        part_name.remove_prefix(1);
    const std::string wanted = lower(part_name);
    std::size_t index = names_.size();
    for (std::size_t i = 0; i < names_.size(); ++i)
        if (lower(names_[i]) == wanted) {
            index = i;
            break;
        }
    if (index == names_.size())
        return std::nullopt;
    const std::string name(part_name);
    zip_file_t* file = zip_fopen_index(archive_.get(), index, 0);
    if (file == nullptr) {
        error = {0, "the Word document's part " + name +
                        " cannot be read (it may be encrypted or damaged)"};
        return std::nullopt;
    }
    // Read no more than the header declares, nor more than the package's budget: one byte
    // past either is enough to know the headers lied.
    const std::uint64_t budget = limits_.max_uncompressed - read_so_far_;
    const std::uint64_t cap = std::min(sizes_[index], budget) + 1;
    std::string content;
    char buffer[16384];
    bool failed = false;
    while (content.size() < cap) {
        const std::uint64_t want = std::min<std::uint64_t>(sizeof buffer, cap - content.size());
        const zip_int64_t got = zip_fread(file, buffer, want);
        if (got < 0) {
            failed = true;
            break;
        }
        if (got == 0)
            break;
        content.append(buffer, static_cast<std::size_t>(got));
    }
    zip_fclose(file);
    if (failed) {
        error = {0, "the Word document's part " + name + " cannot be read (it is damaged)"};
        return std::nullopt;
    }
    if (content.size() > sizes_[index] || content.size() > budget) {
        error = {0, "the Word document's part " + name +
                        " holds more than its zip header says, or more than the limit of " +
                        megabytes(limits_.max_uncompressed) + ": it is not read"};
        return std::nullopt;
    }
    read_so_far_ += content.size();
    return content;
}

} // namespace cpdoc::docx
