#include "program_messages.hpp"

namespace cpdoc {

namespace {

std::string first_lines(const std::string& text) {
    std::string out = text.substr(0, 600);
    while (!out.empty() && (out.back() == '\n' || out.back() == ' '))
        out.pop_back();
    return out.empty() ? "no message" : out;
}

std::string memory_hint(const std::string& errors, std::size_t address_space) {
    if (errors.find("out of memory") == std::string::npos &&
        errors.find("MemoryError") == std::string::npos)
        return "";
    return " (each renderer may use at most " + std::to_string(address_space >> 20) +
           " MiB; the document is too large to render)";
}

} // namespace

std::string not_installed(const std::string& program) {
    return program + " is not installed (Debian package " +
           (program == "weasyprint" ? "weasyprint" : "pandoc") +
           "); scripts/install-deps installs it";
}

std::string past_time_limit(const std::string& program, std::chrono::seconds limit) {
    return program + " did not finish within " + std::to_string(limit.count()) +
           " seconds and was stopped; the document may be too large to render "
           "(--time-limit raises the limit)";
}

std::string program_failed(const std::string& program, const std::string& how,
                           const std::string& errors, std::size_t address_space) {
    return program + " failed (" + how + "): " + first_lines(errors) +
           memory_hint(errors, address_space);
}

} // namespace cpdoc
