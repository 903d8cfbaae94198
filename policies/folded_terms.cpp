#include "policies/folded_terms.hpp"

#include "grammar/folding.hpp"

#include <algorithm>

namespace cpdoc {

FoldedTerms::FoldedTerms(const std::vector<std::string>& terms) {
    folded_.reserve(terms.size());
    for (const std::string& term : terms) {
        folded_.push_back(fold_name(term));
        set_.insert(folded_.back());
        longest_ = std::max(longest_, folded_.back().size());
    }
}

} // namespace cpdoc
