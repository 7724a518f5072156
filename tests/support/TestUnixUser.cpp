#include "TestUnixUser.h"

#include "ProcessProbe.h"

#include <QCoreApplication>
#include <QProcess>
#include <QStringList>

#include <csignal>
#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>

namespace fleetcron::test {
namespace {

bool run(const QString &program, const QStringList &args, const QByteArray &input = {},
         QByteArray *output = nullptr, QString *error = nullptr) {
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(5000)) {
        if (error)
            *error = QStringLiteral("cannot start %1").arg(program);
        return false;
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(30'000);
    if (output)
        *output = p.readAllStandardOutput();
    if (p.exitCode() != 0 && error)
        *error = QStringLiteral("%1 failed: %2")
                     .arg(program, QString::fromLocal8Bit(p.readAllStandardError()).trimmed());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

TestUnixUser::TestUnixUser()
    : m_name(QStringLiteral("fleetcron-test-%1").arg(QCoreApplication::applicationPid()))
    , m_password(QStringLiteral("Fleet-%1-pw").arg(QCoreApplication::applicationPid())) {
    if (::geteuid() != 0) {
        m_error = QStringLiteral("creating a local user needs root");
        return;
    }
    // Leftovers of test runs that crashed before their destructor ran: the pid in the name is
    // the test process that made the account; if it is gone, so is any claim on the account.
    static const QLatin1String prefix("fleetcron-test-");
    setpwent();
    QStringList stale;
    while (const passwd *pw = getpwent()) {
        const QString name = QString::fromLocal8Bit(pw->pw_name);
        bool ok = false;
        const qint64 owner = name.mid(prefix.size()).toLongLong(&ok);
        if (name.startsWith(prefix) && ok &&
            (owner == QCoreApplication::applicationPid() || !ProcessProbe::isAlive(owner)))
            stale << name;
    }
    endpwent();
    for (const QString &name : stale)
        run(QStringLiteral("userdel"), {QStringLiteral("-f"), name});
    // Home /tmp: sshd prints "Could not chdir to home directory" on stderr otherwise, which
    // would pollute every command's stderr.
    if (!run(QStringLiteral("useradd"),
             {QStringLiteral("-M"), QStringLiteral("-d"), QStringLiteral("/tmp"),
              QStringLiteral("-s"), QStringLiteral("/bin/sh"), m_name},
             {}, nullptr, &m_error))
        return;
    QByteArray hash;
    if (!run(QStringLiteral("openssl"),
             {QStringLiteral("passwd"), QStringLiteral("-6"), QStringLiteral("-stdin")},
             m_password.toUtf8() + '\n', &hash, &m_error))
        return;
    // usermod -p also unlocks the account, which sshd with UsePAM no insists on.
    if (!run(QStringLiteral("usermod"),
             {QStringLiteral("-p"), QString::fromLatin1(hash.trimmed()), m_name}, {}, nullptr,
             &m_error))
        return;
    const passwd *pw = ::getpwnam(m_name.toLocal8Bit().constData());
    if (!pw) {
        m_error = QStringLiteral("user %1 was not created").arg(m_name);
        return;
    }
    m_uid = int(pw->pw_uid);
    m_valid = true;
}

TestUnixUser::~TestUnixUser() {
    if (m_uid < 0)
        return;
    // Whatever a test left running as this user goes first, by pid, or userdel refuses.
    for (qint64 pid : ProcessProbe::processesOfUser(m_uid))
        ::kill(pid_t(pid), SIGKILL);
    run(QStringLiteral("userdel"), {QStringLiteral("-f"), m_name});
}

} // namespace fleetcron::test
