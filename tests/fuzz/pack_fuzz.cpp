// libFuzzer target: the policy pack loader — schema validation with libxml2, then reading
// and resolving with pugixml, and the checks of what the pack names.
#include "policies/pack_checks.hpp"
#include "policies/pack_reader.hpp"
#include "policies/pack_validator.hpp"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string xml(reinterpret_cast<const char*>(data), size);
    if (cpdoc::validate_pack(xml, "fuzz.xml"))
        return 0;
    cpdoc::Policy policy;
    if (!cpdoc::apply_pack(policy, xml, "fuzz.xml"))
        cpdoc::check_pack(policy, xml, "fuzz.xml");
    return 0;
}
