// JSON for cpdoc's reports, written in the order the calls come: a builder over nlohmann-json
// (ordered, compact), every string passed through printable() first.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace cpdoc {

class JsonWriter {
public:
    JsonWriter& begin_object();
    JsonWriter& end_object();
    JsonWriter& begin_array();
    JsonWriter& end_array();
    JsonWriter& key(std::string_view name);
    JsonWriter& value(std::string_view text);
    JsonWriter& value(const char* text) { return value(std::string_view(text)); }
    JsonWriter& value(long number);
    JsonWriter& value(int number) { return value(static_cast<long>(number)); }
    JsonWriter& value(bool flag);
    JsonWriter& null();

    // The value written, compact; call it once every container is closed.
    const std::string& str() const;

private:
    void add(nlohmann::ordered_json value);
    void open(nlohmann::ordered_json container);
    void close();

    nlohmann::ordered_json root_;
    // The containers being written, innermost last, each with the key it goes under.
    std::vector<std::pair<std::string, nlohmann::ordered_json>> open_;
    std::string key_; // for the next value in an object
    mutable std::string out_;
};

// The text printable(), as the inside of a JSON string: valid UTF-8 whatever it was given.
std::string json_escape(std::string_view text);

} // namespace cpdoc
