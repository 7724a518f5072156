// The Debian package as a user gets it: CPack builds it from the build tree (or
// FLEETCRON_DEB names one already built), `dpkg -x` unpacks it into a temporary root, and the
// program from that root must start and say its version; the desktop entry, the icon it names,
// the AppStream metainfo and the systemd unit must be where the system looks for them.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Ran {
    int exitCode = -1;
    QString out;
    QString err;
};

Ran run(const QString &program, const QStringList &args, int timeoutMs = 60000) {
    QProcess p;
    p.start(program, args);
    Ran r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("%1 did not finish in time").arg(program);
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString readText(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestDebPackage : public QObject {
    Q_OBJECT

    QTemporaryDir m_work;
    QString m_deb;
    QString m_root;

private slots:
    void initTestCase() {
        QVERIFY(m_work.isValid());
        m_deb = qEnvironmentVariable("FLEETCRON_DEB");
        if (m_deb.isEmpty()) {
            const QString out = m_work.filePath(QStringLiteral("package"));
            const Ran cpack =
                run(QStringLiteral("cpack"),
                    {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
                     QStringLiteral(FLEETCRON_BINARY_DIR "/CPackConfig.cmake"),
                     QStringLiteral("-B"), out},
                    300000);
            QVERIFY2(cpack.exitCode == 0, qPrintable(cpack.out + cpack.err));
            const QStringList debs = QDir(out).entryList({QStringLiteral("*.deb")});
            QCOMPARE(debs.size(), 1);
            m_deb = QDir(out).filePath(debs.first());
        }
        QVERIFY2(QFile::exists(m_deb), qPrintable(m_deb));
        m_root = m_work.filePath(QStringLiteral("root"));
        const Ran x = run(QStringLiteral("dpkg"), {QStringLiteral("-x"), m_deb, m_root});
        QVERIFY2(x.exitCode == 0, qPrintable(x.err));
    }

    void controlNamesThePackageAndItsLibraries() {
        const Ran f = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_deb});
        QCOMPARE(f.exitCode, 0);
        QVERIFY(f.out.contains(QStringLiteral("Package: fleetcron\n")));
        QVERIFY(f.out.contains(QStringLiteral("Version: " FLEETCRON_VERSION)));
        // dpkg-shlibdeps found what the binary links: Qt 6 and libssh at least.
        QVERIFY2(f.out.contains(QStringLiteral("libqt6core6")), qPrintable(f.out));
        QVERIFY2(f.out.contains(QStringLiteral("libssh")), qPrintable(f.out));
    }

    void theUnpackedProgramStarts() {
        const QString program = m_root + QStringLiteral("/usr/bin/fleetcron");
        QVERIFY(QFileInfo(program).isExecutable());
        const Ran version = run(program, {QStringLiteral("--version")});
        QVERIFY2(version.exitCode == 0, qPrintable(version.err));
        QVERIFY2(version.out.contains(QStringLiteral(FLEETCRON_VERSION)), qPrintable(version.out));
    }

    void desktopEntryAndItsIconAreInstalled() {
        const QString desktop = readText(
            m_root + QStringLiteral("/usr/share/applications/dev.fleetcron.Fleetcron.desktop"));
        QVERIFY(desktop.contains(QStringLiteral("[Desktop Entry]")));
        QVERIFY(desktop.contains(QStringLiteral("\nExec=fleetcron")));
        QVERIFY(desktop.contains(QStringLiteral("\nIcon=dev.fleetcron.Fleetcron\n")));
        // The name the entry gives is the icon the hicolor theme holds.
        const QString icon = readText(
            m_root +
            QStringLiteral("/usr/share/icons/hicolor/scalable/apps/dev.fleetcron.Fleetcron.svg"));
        QVERIFY(icon.contains(QStringLiteral("<svg")));
        const QString metainfo = readText(
            m_root + QStringLiteral("/usr/share/metainfo/dev.fleetcron.Fleetcron.metainfo.xml"));
        QVERIFY(metainfo.contains(QStringLiteral("dev.fleetcron.Fleetcron")));
    }

    void systemdUnitStartsTheDaemon() {
        const QString unit =
            readText(m_root + QStringLiteral("/usr/lib/systemd/system/fleetcron.service"));
        QVERIFY2(!unit.isEmpty(), "no /usr/lib/systemd/system/fleetcron.service in the package");
        QVERIFY(unit.contains(QStringLiteral("ExecStart=/usr/bin/fleetcron --daemon")));
        QVERIFY(QFileInfo(m_root + QStringLiteral("/usr/bin/fleetcron")).isFile());
    }
};

QTEST_GUILESS_MAIN(TestDebPackage)
#include "TestDebPackage.moc"
