// UTF-8 as cpdoc reads it: where a character ends, and which characters are control
// characters. Reading a document (source_text) and printing any text (printable) both ask here,
// so what a document may not hold and what an output never shows are the same characters.
#pragma once

#include <cstddef>
#include <string_view>

namespace cpdoc {

// Length of the valid UTF-8 sequence starting at s[i], or 0 when it is not valid
// (overlong forms, surrogates and code points above U+10FFFF included).
std::size_t utf8_sequence_length(std::string_view s, std::size_t i);

// The code point of a valid UTF-8 sequence when it is a control character (C0 U+0000 to
// U+001F, DEL U+007F, C1 U+0080 to U+009F), or -1.
int control_character(std::string_view sequence);

} // namespace cpdoc
