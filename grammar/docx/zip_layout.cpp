#include "zip_layout.hpp"

#include "grammar/printable.hpp"

#include <cstdint>

namespace cpdoc::docx {
namespace {

constexpr std::uint32_t local_header_signature = 0x04034b50;
constexpr std::uint32_t central_header_signature = 0x02014b50;
constexpr std::uint32_t end_signature = 0x06054b50;
constexpr std::uint32_t zip64_end_signature = 0x06064b50;
constexpr std::uint32_t zip64_locator_signature = 0x07064b50;
constexpr std::size_t end_size = 22;
constexpr std::size_t central_header_size = 46;
constexpr std::uint16_t unicode_path_field = 0x7075;

// Little-endian numbers at an offset the caller has checked is in range.
std::uint64_t number(std::string_view bytes, std::size_t at, int width) {
    std::uint64_t value = 0;
    for (int i = width - 1; i >= 0; --i)
        value = (value << 8) | static_cast<unsigned char>(bytes[at + static_cast<std::size_t>(i)]);
    return value;
}

bool fits(std::string_view bytes, std::size_t at, std::size_t size) {
    return at <= bytes.size() && size <= bytes.size() - at;
}

// The end of central directory record: the last one whose comment runs to the end.
std::optional<std::size_t> end_record(std::string_view bytes) {
    if (bytes.size() < end_size)
        return std::nullopt;
    const std::size_t lowest =
        bytes.size() > end_size + 0xFFFF ? bytes.size() - end_size - 0xFFFF : 0;
    for (std::size_t at = bytes.size() - end_size + 1; at-- > lowest;)
        if (number(bytes, at, 4) == end_signature &&
            at + end_size + number(bytes, at + 20, 2) == bytes.size())
            return at;
    return std::nullopt;
}

struct Index {
    std::uint64_t offset = 0;
    std::uint64_t size = 0;
    std::size_t ends_at = 0; // where the record that points to it starts
};

std::optional<Index> central_directory(std::string_view bytes, std::size_t end) {
    Index index{number(bytes, end + 16, 4), number(bytes, end + 12, 4), end};
    const bool zip64 = index.offset == 0xFFFFFFFF || index.size == 0xFFFFFFFF ||
                       number(bytes, end + 10, 2) == 0xFFFF;
    if (!zip64)
        return index;
    if (end < 20 || number(bytes, end - 20, 4) != zip64_locator_signature)
        return std::nullopt;
    const std::uint64_t record = number(bytes, end - 20 + 8, 8);
    if (!fits(bytes, record, 56) || number(bytes, record, 4) != zip64_end_signature)
        return std::nullopt;
    return Index{number(bytes, record + 48, 8), number(bytes, record + 40, 8),
                 static_cast<std::size_t>(record)};
}

// What is wrong with one central directory entry's name, if anything.
std::optional<std::string> odd_name(std::string_view name, std::string_view extra) {
    if (name.find('\0') != std::string_view::npos)
        return "an entry whose name holds a NUL byte (\"" + printable(name) +
               "\"), which readers cut short differently";
    for (std::size_t at = 0; fits(extra, at, 4);) {
        const auto id = static_cast<std::uint16_t>(number(extra, at, 2));
        const auto size = static_cast<std::size_t>(number(extra, at + 2, 2));
        if (!fits(extra, at + 4, size))
            break;
        // Version (1 byte), the CRC of the stored name (4), the name in UTF-8.
        if (id == unicode_path_field && size >= 5) {
            const std::string_view unicode = extra.substr(at + 9, size - 5);
            if (unicode != name)
                return "an entry stored as \"" + printable(name) + "\" and renamed \"" +
                       printable(unicode) +
                       "\" by its Unicode Path field, which readers "
                       "take differently";
        }
        at += 4 + size;
    }
    return std::nullopt;
}

} // namespace

std::optional<std::string> ambiguous_zip_layout(std::string_view bytes) {
    const auto end = end_record(bytes);
    if (!end)
        return std::nullopt;
    const auto index = central_directory(bytes, *end);
    if (!index)
        return std::nullopt;
    // Two zips joined: the index at the end is the second's, and its offsets count from where
    // the second starts, not from the file's start.
    if (number(bytes, 0, 4) != local_header_signature ||
        index->offset + index->size != index->ends_at)
        return std::string("the zip package has other data before it or inside it (two zip "
                           "files joined?), which readers take differently");
    for (std::size_t at = static_cast<std::size_t>(index->offset); at < index->ends_at;) {
        if (!fits(bytes, at, central_header_size) ||
            number(bytes, at, 4) != central_header_signature)
            return std::nullopt; // a broken index: libzip refuses it
        const auto name_size = static_cast<std::size_t>(number(bytes, at + 28, 2));
        const auto extra_size = static_cast<std::size_t>(number(bytes, at + 30, 2));
        const auto comment_size = static_cast<std::size_t>(number(bytes, at + 32, 2));
        const std::size_t name_at = at + central_header_size;
        if (!fits(bytes, name_at, name_size + extra_size + comment_size))
            return std::nullopt;
        if (auto odd = odd_name(bytes.substr(name_at, name_size),
                                bytes.substr(name_at + name_size, extra_size)))
            return "the zip package has " + *odd;
        at = name_at + name_size + extra_size + comment_size;
    }
    return std::nullopt;
}

} // namespace cpdoc::docx
