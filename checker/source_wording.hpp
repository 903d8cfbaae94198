// How a message tells the author what to write, in the terms of the format the document was
// read from: the dialect's syntax for Markdown (`## Child seen`, `Owner:`, `child:` in the
// front matter), what a Word user sees and types for Word (a heading "Child seen", "Owner",
// a "Child" row of the details table). Rules name what is missing through it and
// never in either syntax, so one finding reads right in both.
#pragma once

#include "grammar/model.hpp"

#include <string>
#include <string_view>

namespace cpdoc {

struct CheckContext;

class SourceWording {
public:
    explicit SourceWording(SourceFormat format) : word_(format == SourceFormat::docx) {}

    // What the author types, quoted: "`no — the reason`" / "\"no — the reason\"".
    std::string typed(std::string_view text) const;
    // A section that is not there: "`## Child seen` section" / "heading \"Child seen\"".
    std::string section(std::string_view name) const;
    // A section to add: "`## Child seen`" / "a heading \"Child seen\"".
    std::string heading(std::string_view name) const;
    // A field: "`Owner:`" / "\"Owner\"".
    std::string field(std::string_view name) const;
    // A field written on a line of its own: "`- Chair: Name, Role, Agency`" / "a line
    // \"Chair: Name, Role, Agency\"".
    std::string field_line(std::string_view name, std::string_view value) const;
    // Where the document's details are: "front matter" / "details table".
    std::string_view front_matter() const;
    // A front-matter key: "`next-meeting:`" / "\"Next meeting\"".
    std::string key(std::string_view key) const;
    // The place for a key: "`child:` line" / "\"Child\" row".
    std::string key_line(std::string_view key) const;
    // A key with a value: "`child: C-104233`" / "\"Child\" | \"C-104233\"".
    std::string key_example(std::string_view key, std::string_view value) const;
    // What to do when there are no details at all.
    std::string_view add_front_matter() const;
    // A pack's message, written in the dialect's terms ("record `Support:`"), in the
    // document's: in Word, each `code` span quoted and a field's colon dropped ("record
    // \"Support\"").
    std::string message(std::string_view text) const;

private:
    bool word_;
};

// The wording for the document a rule is checking.
SourceWording wording(const CheckContext& context);

} // namespace cpdoc
