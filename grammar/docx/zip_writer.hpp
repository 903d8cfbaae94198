// A zip package written in memory, deflated, every entry with the same fixed time: the same
// entries always give the same bytes.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace cpdoc::docx {

// nullopt only when libzip fails (out of memory).
std::optional<std::string>
write_zip(const std::vector<std::pair<std::string, std::string>>& entries);

} // namespace cpdoc::docx
