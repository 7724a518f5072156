#pragma once

#include <QString>

namespace fleetcron {

// What went wrong in the store, said so that a person can act on it. `message` is the sentence
// shown to the operator ("a server named 'web1' already exists"); `field` names the input that
// caused it when there is one, so dialogs can put the message next to the right widget;
// `driverText` keeps the database's own words for logs, never as the only explanation.
struct StoreError {
    enum class Kind {
        None,
        Duplicate,        // a unique value is already taken
        NotFound,         // the row asked for does not exist
        UnknownReference, // the row points at something that does not exist
        Invalid,          // a value breaks a rule (range, allowed words)
        Conflict,         // the change clashes with what is going on (a run is active)
        Busy,             // the database stayed locked longer than the busy timeout
        SchemaTooNew,     // the database was written by a newer fleetcron
        Unavailable,      // the database cannot be opened or reached
        Internal,         // anything else the driver reports
    };

    Kind kind = Kind::None;
    QString message;
    QString field;
    QString driverText;

    static StoreError make(Kind kind, const QString &message, const QString &field = {},
                           const QString &driverText = {});

    // One sentence per situation whatever the kind of row ("task", "server", "run"), so every
    // face says it alike: "unknown task id 7" (field id), "no server named 'web1'" (field
    // name), "a task named 'backup' already exists" (field name).
    static StoreError notFound(const QString &kind, qint64 id);
    static StoreError notFoundNamed(const QString &kind, const QString &name);
    static StoreError nameTaken(const QString &kind, const QString &name);
    // A value that breaks a rule, said next to its field.
    static StoreError invalid(const QString &message, const QString &field);

    bool isError() const { return kind != Kind::None; }

    // The message, followed by the driver's words in parentheses when they add something.
    QString toString() const;
};

} // namespace fleetcron
