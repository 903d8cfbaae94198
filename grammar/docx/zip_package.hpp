// The zip container of a Word document, read from memory within limits: the number of
// entries, the uncompressed size each declares and the size actually read (never trusting
// the headers), and the compression ratio that gives a zip bomb away.
#pragma once

#include "grammar/source_text.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

typedef struct zip zip_t;

namespace cpdoc::docx {

struct ZipLimits {
    std::size_t max_entries = 10000;
    std::uint64_t max_uncompressed = 64u << 20;
    double max_ratio = 100;
};

class ZipPackage {
public:
    // Opens the bytes as a zip (which must outlive the package) and checks the headers
    // against the limits; an error says why the bytes are refused.
    static std::optional<ZipPackage> open(std::string_view bytes, const ZipLimits& limits,
                                          SourceError& error);
    ZipPackage(ZipPackage&&) noexcept;
    ZipPackage& operator=(ZipPackage&&) noexcept;
    ~ZipPackage();

    // Every entry's name, as stored.
    const std::vector<std::string>& names() const { return names_; }
    bool has(std::string_view part_name) const;

    // The entry's content (part names are matched without case, with or without a leading
    // `/`); nullopt when there is no such entry. Reading past the declared size or the
    // package's budget, or an entry that cannot be inflated, sets `error`.
    std::optional<std::string> read(std::string_view part_name, std::optional<SourceError>& error);

private:
    ZipPackage() = default;
    struct Closer {
        void operator()(zip_t* archive) const;
    };
    std::unique_ptr<zip_t, Closer> archive_;
    std::vector<std::string> names_;
    std::vector<std::uint64_t> sizes_;
    ZipLimits limits_;
    std::uint64_t read_so_far_ = 0;
};

} // namespace cpdoc::docx
