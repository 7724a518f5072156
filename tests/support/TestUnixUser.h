#pragma once

#include <QString>

namespace fleetcron::test {

// A throw-away local account for password logins and non-root cases: created with useradd
// (shell /bin/sh, no home of its own), given a known password, removed — with any process it
// still runs — when the object goes away. Needs root.
class TestUnixUser {
public:
    TestUnixUser();
    ~TestUnixUser();
    TestUnixUser(const TestUnixUser &) = delete;
    TestUnixUser &operator=(const TestUnixUser &) = delete;

    bool isValid() const { return m_valid; }
    QString error() const { return m_error; }
    QString name() const { return m_name; }
    QString password() const { return m_password; }
    int uid() const { return m_uid; }

private:
    QString m_name;
    QString m_password;
    QString m_error;
    int m_uid = -1;
    bool m_valid = false;
};

} // namespace fleetcron::test
