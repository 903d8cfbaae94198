// Terms folded once (fold_name), for telling whether a folded text is exactly one of them.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace cpdoc {

class FoldedTerms {
public:
    FoldedTerms() = default;
    // Folds each term; terms already folded (lower-case literals) stay as they are.
    explicit FoldedTerms(const std::vector<std::string>& terms);

    // In the terms' order.
    const std::vector<std::string>& folded() const { return folded_; }
    bool contains(std::string_view folded_text) const {
        return set_.find(folded_text) != set_.end();
    }
    // The length of the longest: a longer text is none of them, and need not be folded whole.
    std::size_t longest() const { return longest_; }

private:
    // Looked up by string_view, without making a string of the text.
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const {
            return std::hash<std::string_view>{}(text);
        }
    };
    std::vector<std::string> folded_;
    std::unordered_set<std::string, Hash, std::equal_to<>> set_;
    std::size_t longest_ = 0;
};

} // namespace cpdoc
