// The list a reader is in the middle of: its top item and the chain of items still open,
// innermost last. Each reader decides from its own format which open items a new item
// closes (Markdown by columns, Word by numbering level and indentation) and pops them from
// the chain; adding, the nesting limit and handing the finished list to classify_top_item
// are the same for both, and live here.
#pragma once

#include "list_items.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace cpdoc {

// `Open` is what the reader keeps of an open item (at least a `RawItem*`); `open_for(item)`
// makes it for a newly added item.
template <class Open> class OpenList {
public:
    explicit OpenList(int max_nesting) : max_nesting_(max_nesting) {}

    bool is_open() const { return top_.has_value(); }
    std::vector<Open>& chain() { return chain_; }
    const std::vector<Open>& chain() const { return chain_; }

    // Adds `item` under the innermost open item, or, when the reader has closed them all, as
    // the top of a new list (the one before goes to `section`). An item deeper than the limit
    // goes beside the deepest instead; the first time, the message to report is returned.
    template <class OpenFor>
    std::optional<std::string> add(RawItem&& item, Section& section, OpenFor open_for) {
        if (chain_.empty()) {
            close(section);
            top_ = std::move(item);
            chain_.push_back(open_for(*top_));
            return std::nullopt;
        }
        std::optional<std::string> too_deep;
        if (static_cast<int>(chain_.size()) >= max_nesting_) {
            if (!std::exchange(nesting_reported_, true))
                too_deep = "list nested more than " + std::to_string(max_nesting_) +
                           " levels deep: deeper items are read as notes";
            chain_.pop_back();
        }
        RawItem& parent = item_of(chain_.back());
        parent.children.push_back(std::move(item));
        chain_.push_back(open_for(parent.children.back()));
        return too_deep;
    }

    void close(Section& section) {
        if (!top_)
            return;
        classify_top_item(std::move(*top_), section);
        top_.reset();
        chain_.clear();
        nesting_reported_ = false;
    }

private:
    static RawItem& item_of(RawItem* open) { return *open; }
    template <class Other> static RawItem& item_of(const Other& open) { return *open.item; }

    int max_nesting_;
    std::optional<RawItem> top_;
    std::vector<Open> chain_;
    bool nesting_reported_ = false;
};

} // namespace cpdoc
