// Byte classes for Spirit X3 that are safe on UTF-8. X3's standard classes (alnum,
// blank, ...) and no_case assert, and call std::isalnum with undefined behaviour, on the
// negative char values that every non-ASCII byte has where char is signed. These sets test
// bytes without that, and a non-ASCII byte is simply not a letter.
#pragma once

#include <boost/spirit/home/x3.hpp>

#include <string>
#include <string_view>

namespace cpdoc::x3_bytes {

namespace x3 = boost::spirit::x3;

inline const auto alpha = x3::char_("a-zA-Z");
inline const auto digit = x3::char_("0-9");
inline const auto alnum = x3::char_("a-zA-Z0-9");
inline const auto blank = x3::char_(" \t");
inline const auto non_ascii = x3::char_('\x80', '\xff');

// ASCII lower case, every non-ASCII byte replaced by 0x7F: same length, so offsets into the
// copy are offsets into the original, and case-insensitive matching needs no no_case.
inline std::string ascii_lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
        else if (static_cast<unsigned char>(c) >= 0x80)
            c = '\x7f';
    }
    return out;
}

template <class Range> std::string_view text(const Range& range) {
    return {&*range.begin(), static_cast<std::size_t>(range.end() - range.begin())};
}

} // namespace cpdoc::x3_bytes
