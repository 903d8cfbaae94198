// A person as a reader should see them where the document names them briefly.
#pragma once

#include "grammar/model.hpp"
#include "view/document_view.hpp"

#include <optional>
#include <string_view>

namespace cpdoc {

// A person written by first name or surname alone ("Owner: Karen"), or without a role, as the
// attendance names them: "Karen Whyte, Team Manager", with its inline Markdown read. None when
// the document names no one person so.
std::optional<Located> person_in_full(const Located& value, const DocumentView& view);

} // namespace cpdoc
