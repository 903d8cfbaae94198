#include "json_writer.hpp"

#include "grammar/printable.hpp"

namespace cpdoc {

using nlohmann::ordered_json;

std::string json_escape(std::string_view text) {
    const std::string quoted = ordered_json(printable(text, LineBreaks::keep)).dump();
    return quoted.substr(1, quoted.size() - 2);
}

void JsonWriter::add(ordered_json value) {
    if (open_.empty()) {
        root_ = std::move(value);
        return;
    }
    ordered_json& container = open_.back().second;
    if (container.is_object())
        container[key_] = std::move(value);
    else
        container.push_back(std::move(value));
}

void JsonWriter::open(ordered_json container) {
    open_.emplace_back(std::move(key_), std::move(container));
    key_.clear();
}

void JsonWriter::close() {
    auto [key, container] = std::move(open_.back());
    open_.pop_back();
    key_ = std::move(key);
    add(std::move(container));
}

JsonWriter& JsonWriter::begin_object() {
    open(ordered_json::object());
    return *this;
}

JsonWriter& JsonWriter::end_object() {
    close();
    return *this;
}

JsonWriter& JsonWriter::begin_array() {
    open(ordered_json::array());
    return *this;
}

JsonWriter& JsonWriter::end_array() {
    close();
    return *this;
}

JsonWriter& JsonWriter::key(std::string_view name) {
    key_ = printable(name, LineBreaks::keep);
    return *this;
}

JsonWriter& JsonWriter::value(std::string_view text) {
    add(printable(text, LineBreaks::keep));
    return *this;
}

JsonWriter& JsonWriter::value(long number) {
    add(number);
    return *this;
}

JsonWriter& JsonWriter::value(bool flag) {
    add(flag);
    return *this;
}

JsonWriter& JsonWriter::null() {
    add(nullptr);
    return *this;
}

const std::string& JsonWriter::str() const {
    out_ = root_.dump();
    return out_;
}

} // namespace cpdoc
