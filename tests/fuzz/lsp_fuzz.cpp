// libFuzzer target: the language server's message reader, fed the bytes in pieces, and every
// message it reads handled by a server over the shipped packs, as `cpdoc lsp` handles them.
#include "lsp/message_reader.hpp"
#include "lsp/message_writer.hpp"
#include "lsp/server.hpp"

#include <cstdint>
#include <string_view>

namespace {

class FuzzWorkspace : public cpdoc::lsp::Workspace {
public:
    cpdoc::lsp::DocumentSetup setup(const std::filesystem::path&) override {
        cpdoc::lsp::DocumentSetup setup;
        setup.packs = &packs_;
        setup.options.today = cpdoc::Date{2026, 11, 25};
        return setup;
    }
    cpdoc::lsp::RuleHelp help(const std::string& id, const std::string&) override {
        return {id, "", ""};
    }
    void reload() override {}

private:
    cpdoc::PackStore packs_;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace cpdoc::lsp;
    static FuzzWorkspace workspace;
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    // The first byte says how the bytes arrive: in pieces of 1 to 256 bytes.
    const std::size_t piece = size == 0 ? 1 : static_cast<std::uint8_t>(bytes[0]) + 1;
    MessageReader reader(1u << 20);
    Server server(workspace, [](const nlohmann::json& message) { (void)framed(message); });
    const auto now = Clock::now();
    while (!bytes.empty() && !server.exit_code()) {
        const std::string_view chunk = bytes.substr(0, piece);
        bytes.remove_prefix(chunk.size());
        for (const Incoming& incoming : reader.feed(chunk))
            server.handle(incoming, now);
        server.publish_due(now + std::chrono::seconds(1));
    }
    return 0;
}
