// The rule ids a pack's <rule> may name: cpdoc's rule catalogue. The catalogue lives in the
// checker, which depends on this library, so the checker installs it here (registry.cpp,
// before main runs) and every pack loaded in a program that checks documents is held to it.
// A program without the checker installs none, and rule ids go unchecked there.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cpdoc {

class RuleCatalogue {
public:
    virtual ~RuleCatalogue() = default;
    virtual bool has(std::string_view id) const = 0;
    // A rule of the dialect: on in every pack at its own severity, not a pack's to set.
    virtual bool dialect(std::string_view id) const = 0;
    // The candidate `text` is a slip for, when it is near enough (cpdoc's did-you-mean).
    virtual std::optional<std::string>
    nearest(std::string_view text, const std::vector<std::string>& candidates) const = 0;
    // Every rule id, for the did-you-mean.
    virtual const std::vector<std::string>& ids() const = 0;
};

void install_rule_catalogue(const RuleCatalogue* catalogue);
const RuleCatalogue* installed_rule_catalogue(); // nullptr when none is installed

} // namespace cpdoc
