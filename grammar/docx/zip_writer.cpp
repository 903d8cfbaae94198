#include "zip_writer.hpp"

#include <zip.h>

#include <ctime>
#include <memory>

namespace cpdoc::docx {

std::optional<std::string>
write_zip(const std::vector<std::pair<std::string, std::string>>& entries) {
    constexpr std::time_t fixed_time = 1262304000; // 2010-01-01, as Word's own packages say
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, nullptr);
    if (buffer == nullptr)
        return std::nullopt;
    zip_source_keep(buffer);
    const std::unique_ptr<zip_source_t, void (*)(zip_source_t*)> keep(buffer, zip_source_free);
    zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, nullptr);
    if (archive == nullptr)
        return std::nullopt;
    for (const auto& [name, content] : entries) {
        zip_source_t* data = zip_source_buffer(archive, content.data(), content.size(), 0);
        const zip_int64_t index =
            data == nullptr ? -1 : zip_file_add(archive, name.c_str(), data, ZIP_FL_ENC_UTF_8);
        if (index < 0 ||
            zip_file_set_mtime(archive, static_cast<zip_uint64_t>(index), fixed_time, 0) != 0) {
            if (index < 0)
                zip_source_free(data);
            zip_discard(archive);
            return std::nullopt;
        }
    }
    if (zip_close(archive) != 0) {
        zip_discard(archive);
        return std::nullopt;
    }
    if (zip_source_open(buffer) != 0)
        return std::nullopt;
    std::string bytes;
    char chunk[65536];
    zip_int64_t got;
    while ((got = zip_source_read(buffer, chunk, sizeof chunk)) > 0)
        bytes.append(chunk, static_cast<std::size_t>(got));
    zip_source_close(buffer);
    return bytes;
}

} // namespace cpdoc::docx
