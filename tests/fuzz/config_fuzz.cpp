// libFuzzer target: the `.cpdoc.toml` reader.
#include "app/config.hpp"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const cpdoc::ConfigLoad load = cpdoc::parse_config(
        std::string_view(reinterpret_cast<const char*>(data), size), "/fuzz/.cpdoc.toml");
    if (load.config)
        load.config->skips("/fuzz/minutes/a.md");
    return 0;
}
