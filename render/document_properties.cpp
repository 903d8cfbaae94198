#include "document_properties.hpp"

#include <sstream>

namespace cpdoc {
std::string counted(int n, std::string_view what) {
    return (n == 0 ? std::string("no") : std::to_string(n)) + " " + std::string(what) +
           (n == 1 ? "" : "s");
}

bool is_guid(std::string_view text) {
    if (text.size() != 36)
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        const bool hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (dash ? c != '-' : !hex)
            return false;
    }
    return true;
}

std::string check_sentence(const CheckResult& result, const Date& checked_on) {
    std::string pack = "no policy pack";
    if (result.policy) {
        std::istringstream words(result.policy->title); // as one line, however the pack wraps it
        pack.clear();
        for (std::string word; words >> word;)
            pack += word + " ";
        pack += "version " + result.policy->version;
    }
    const int warnings = result.count(Severity::warning);
    return "Checked against " + pack + " on " + checked_on.long_form() + ": " +
           counted(result.count(Severity::error), "error") +
           (warnings == 0 ? "" : ", " + counted(warnings, "warning"));
}

std::map<std::string, std::string>
document_properties(const CheckResult& result, const Date& checked_on,
                    const std::optional<SensitivityLabel>& label) {
    std::map<std::string, std::string> properties{
        {"cpdoc-result", counted(result.count(Severity::error), "error") + ", " +
                             counted(result.count(Severity::warning), "warning") + ", " +
                             counted(result.count(Severity::note), "note")},
        {"cpdoc-pack", result.policy ? result.policy->id : "none"},
        {"cpdoc-pack-version", result.policy ? result.policy->version : "none"},
        {"cpdoc-checked-on", checked_on.iso()}};
    if (label) {
        // As Microsoft Purview writes them; the date is the check's, so the bytes stay the same.
        const std::string prefix = "MSIP_Label_" + label->id + "_";
        properties.emplace(prefix + "Enabled", "true");
        properties.emplace(prefix + "SetDate", checked_on.iso() + "T00:00:00Z");
        properties.emplace(prefix + "Method", "Standard");
        properties.emplace(prefix + "Name", label->name);
        properties.emplace(prefix + "SiteId", label->site_id);
        properties.emplace(prefix + "ContentBits", "0");
    }
    return properties;
}

} // namespace cpdoc
