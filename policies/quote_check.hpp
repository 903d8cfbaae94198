// Whether a pack quotes its sources word for word: each <cite>'s text must appear in the
// guidance text its `source` names, with runs of spaces, tabs and line breaks read as one
// space. `policies validate --sources DIR` and the shipped packs' citation test use it.
#pragma once

#include "pack_error.hpp"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace cpdoc {

// The text with every run of white space one space, and none at either end.
std::string fold_spacing(std::string_view text);

// Whether `quote` appears in `text`, spacing folded.
bool quotes_verbatim(std::string_view text, std::string_view quote);

// Every <cite> of the pack's own text checked against the file its source names, looked for
// in each directory in turn: an error at the <cite> whose source is in none of them, or whose
// quote it does not contain. `checked` counts the citations read.
std::vector<PackError> check_quotes(std::string_view xml, const std::string& file_name,
                                    const std::vector<std::filesystem::path>& directories,
                                    int* checked = nullptr);

} // namespace cpdoc
