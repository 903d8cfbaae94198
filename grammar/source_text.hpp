// Turns the bytes of a file into lines the grammar can read, refusing what is not a text
// document: invalid UTF-8, NUL bytes and other control characters (all but tab and line
// endings), or more bytes than the limit.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cpdoc {

// How much of a document cpdoc reads; each is overridable on the command line and
// documented in docs/dialect.md.
struct Limits {
    std::size_t max_bytes = 8u << 20;      // whole file: refused beyond it
    std::size_t max_line_bytes = 1u << 20; // one line: refused beyond it
    int max_nesting = 32;                  // list nesting kept; deeper is flattened
    std::size_t max_list_items = 100000;   // list items read; the rest is not read
    std::size_t max_table_rows = 100000;   // table rows read; the rest is not read
};

// Why a reader stops at a limit: "more than 100000 list items: the rest of the document is not
// read (raise the limit with --max-list-items)".
std::string limit_reached(std::size_t limit, const char* what, const char* option);

struct SourceError {
    std::size_t byte_offset = 0; // into the file as given, BOM included
    std::string message;
};

// The lines of a document, without their line endings and without a leading BOM, with the
// look-alike spaces that word processors paste (no-break, zero-width) read as a space or as
// nothing. The bytes live on the heap so that moving a SourceText keeps the lines valid.
struct SourceText {
    std::unique_ptr<const std::string> bytes;
    std::vector<std::string_view> lines;
};

struct DecodeResult {
    std::optional<SourceText> text;
    std::optional<SourceError> error;
};

DecodeResult decode_source(std::string bytes, const Limits& limits);

// Text with the look-alike spaces word processors write read as decode_source reads them
// (a no-break space as a space, a zero-width space as nothing), for text that comes from
// somewhere other than a file of lines, such as a Word document.
std::string without_lookalikes(std::string_view text);

// Number of code points in a UTF-8 string known to be valid.
int code_points(std::string_view valid_utf8);

} // namespace cpdoc
