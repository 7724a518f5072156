#pragma once

#include <QString>

namespace fleetcron {

// What a secret-store call came to. "Not found" is kept apart from "failed" because a server
// without a stored password is normal, while a keychain that refuses to answer is something an
// operator has to fix.
struct SecretResult {
    enum class Outcome { Ok, NotFound, Failed };

    Outcome outcome = Outcome::Ok;
    QString secret; // read() only, when Ok
    QString error;  // Failed only: a sentence an operator can act on

    bool ok() const { return outcome == Outcome::Ok; }
    bool notFound() const { return outcome == Outcome::NotFound; }
    bool failed() const { return outcome == Outcome::Failed; }

    static SecretResult success(QString value = {}) { return {Outcome::Ok, std::move(value), {}}; }
    static SecretResult missing() { return {Outcome::NotFound, {}, {}}; }
    static SecretResult failure(QString why) { return {Outcome::Failed, {}, std::move(why)}; }
};

} // namespace fleetcron
