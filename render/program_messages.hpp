// What cpdoc says when Pandoc or WeasyPrint could not do its part: one wording, whether the
// program ran for one document or serves many (the WeasyPrint driver).
#pragma once

#include <chrono>
#include <cstddef>
#include <string>

namespace cpdoc {

std::string not_installed(const std::string& program);

std::string past_time_limit(const std::string& program, std::chrono::seconds limit);

// `how`: "exit status 1"; `errors`: what the program said (its first lines are quoted), with a
// hint when it ran out of the `address_space` it may use.
std::string program_failed(const std::string& program, const std::string& how,
                           const std::string& errors, std::size_t address_space);

} // namespace cpdoc
