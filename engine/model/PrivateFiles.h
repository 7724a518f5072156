#pragma once

#include <QString>

namespace fleetcron {

// The database, the API token and the secret store hold everything the fleet knows, so they are
// readable by their owner only (files 0600 in 0700 folders) whoever made the folder first and
// whatever the umask was. Shared by the store, the secret store and the API's token file.
class PrivateFiles {
public:
    // Creates `dir` (with its parents) when missing; the folder itself is made 0700. A folder
    // that already exists loses its group and other bits only when `tightenExisting` (a folder that
    // is Fleetcron's own, such as the default ~/.config/fleetcron) and this user owns it: an
    // operator's shared folder given on the command line is left as it is. Returns an error
    // sentence, or an empty string.
    static QString ensureFolder(const QString &dir, bool tightenExisting);
    // Creates `path` empty with mode 0600 when missing, so a library that opens it later
    // (SQLite, which gives its -wal and -shm files the mode of the database) keeps that mode.
    // An existing file this user owns loses any group and other bits. Error sentence or empty.
    static QString ensureFile(const QString &path);
    // Like ensureFile, but never creates: a missing file is fine.
    static QString tightenFile(const QString &path);
};

} // namespace fleetcron
