// Text that cpdoc did not write itself (file names, document text, local policy packs) as
// every output shows it: valid UTF-8 without control characters, so that a name or a message
// can neither drive a terminal (ESC [2J clears the screen) nor make a report that an XML or
// JSON parser refuses. What cannot be shown is written as an escape: a C0 control or DEL as
// \x1B, a C1 control as \u009B, a byte that is not UTF-8 as \xFF, the noncharacters U+FFFE and
// U+FFFF (no XML may hold them) as \uFFFE and \uFFFF. Tab is kept. On a line a person
// reads (LineBreaks::escape) the controls that reorder text (U+202E) are escapes too.
#pragma once

#include <string>
#include <string_view>

namespace cpdoc {

enum class LineBreaks {
    escape, // text, the terminal, HTML: a finding stays one line, a name reads as it is
    keep,   // formats that hold a line break inside a value (JSON, XML, quoted CSV, Pandoc)
};

std::string printable(std::string_view text, LineBreaks line_breaks = LineBreaks::escape);

// printable(), with & < > " as entities: text for XML or HTML written by hand.
std::string markup_escaped(std::string_view text, LineBreaks line_breaks = LineBreaks::escape);

} // namespace cpdoc
