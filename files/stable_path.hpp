// Whether another user could make a path name something else later. A folder anyone may write
// (not sticky) lets them rename what is in it: a private folder inside one can be swapped for
// theirs between cpdoc's checks and a library's open (SQLite opens its database and journal by
// path, Pandoc its files). A path is stable when every folder it passes through, walked as the
// kernel walks it with every link followed, is owned by this user or root and others may not
// write it, or is sticky (`/tmp`) and the entry on the way in it (a link's own entry too) is
// this user's or root's.
#pragma once

#include <optional>
#include <string>

namespace cpdoc {

struct StablePath {
    std::string real;                   // the path with its links resolved, to open from now on
    std::optional<std::string> why_not; // who could change it, when another user could
};

// The path need not exist: its existing folders are judged.
StablePath stable_path(const std::string& path);

// Why a link on the path (one of its folders' or its own) could be swapped by another user:
// it sits in a folder they may rename in, where another of the user's links could be renamed
// over it, to point elsewhere. nullopt when no link on the path sits so. A folder others may
// write is no reason by itself here: a file made and renamed in it stays where it was made.
std::optional<std::string> swappable_link(const std::string& path);

// Why a file cpdoc finds or is pointed to by a config (not one the user named on the command
// line) is not to be trusted: another user owns it or may write it (`why_untrusted`), or may
// change what its path names by renaming a folder on the way, or move a file of the user's
// into a folder they may write.
std::optional<std::string> why_not_trusted(const std::string& path);

} // namespace cpdoc
