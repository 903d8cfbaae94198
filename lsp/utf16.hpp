// LSP positions count UTF-16 code units from 0; cpdoc's count lines from 1 and columns in
// code points of the line as the dialect reads it, where a look-alike that reads as nothing
// (a zero-width space, a soft hyphen) takes no column. These convert between them on the
// line's own bytes.
#pragma once

#include <cstddef>
#include <string_view>

namespace cpdoc::lsp {

// The byte of `line` at a cpdoc column (1-based); the end of the line past its last.
std::size_t byte_at_column(std::string_view line, int column);

// The byte of `line` at a UTF-16 offset; the end of the line past its last, and the start of
// a character whose surrogate pair the offset splits.
std::size_t byte_at_utf16(std::string_view line, int utf16);

// The UTF-16 offset of a byte of `line` (the start of the character it falls in).
int utf16_at_byte(std::string_view line, std::size_t byte);

// The number of UTF-16 code units in valid UTF-8 text.
int utf16_length(std::string_view text);

} // namespace cpdoc::lsp
