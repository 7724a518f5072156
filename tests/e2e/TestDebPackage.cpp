// The Debian package as a user gets it: CPack builds it from the build tree (or
// FLEETCRON_DEB names one already built), `dpkg -x` unpacks it into a temporary root, and the
// program from that root must start and say its version; the desktop entry, the icon it names,
// the AppStream metainfo and the systemd unit must be where the system looks for them; the
// program is stripped, the man page is made from its own help, the README and copyright are in
// /usr/share/doc, the maintainer scripts stop the service on remove, and lintian finds no error.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
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
        // ... and what the console's module links: dpkg-shlibdeps read it too.
        QVERIFY2(f.out.contains(QStringLiteral("libqt6widgets6")), qPrintable(f.out));
    }

    void theUnpackedProgramStarts() {
        const QString program = m_root + QStringLiteral("/usr/bin/fleetcron");
        QVERIFY(QFileInfo(program).isExecutable());
        const Ran version = run(program, {QStringLiteral("--version")});
        QVERIFY2(version.exitCode == 0, qPrintable(version.err));
        QVERIFY2(version.out.contains(QStringLiteral(FLEETCRON_VERSION)), qPrintable(version.out));
    }

    // The console is a module in the package's own library folder; the program finds it from
    // /usr/bin. Asked for a display platform that does not exist, the error is Qt Gui's, from
    // inside the module, not the loader's "no desktop console".
    void theUnpackedProgramLoadsItsConsole() {
        const QString module = m_root + QStringLiteral("/usr/lib/fleetcron/fleetcron-console.so");
        QVERIFY2(QFileInfo(module).isFile(), qPrintable(module));
        QProcess console;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("fleetcron-no-such-platform"));
        env.insert(QStringLiteral("FLEETCRON_DB"), m_work.filePath(QStringLiteral("console.db")));
        console.setProcessEnvironment(env);
        console.start(m_root + QStringLiteral("/usr/bin/fleetcron"), {});
        QVERIFY(console.waitForFinished(60000));
        const QString err = QString::fromUtf8(console.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("\"fleetcron-no-such-platform\"")), qPrintable(err));
        QVERIFY2(!err.contains(QStringLiteral("desktop console")), qPrintable(err));
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
        QVERIFY(unit.contains(QStringLiteral("Documentation=man:fleetcron(1)")));
    }

    void programIsStripped() {
        const Ran sections =
            run(QStringLiteral("readelf"),
                {QStringLiteral("-S"), m_root + QStringLiteral("/usr/bin/fleetcron")});
        QCOMPARE(sections.exitCode, 0);
        QVERIFY2(sections.out.contains(QStringLiteral(".text")), qPrintable(sections.out));
        QVERIFY2(!sections.out.contains(QStringLiteral(".debug_info")), "debug symbols shipped");
        QVERIFY2(!sections.out.contains(QStringLiteral(".symtab")), "symbol table shipped");
        const Ran module =
            run(QStringLiteral("readelf"),
                {QStringLiteral("-S"),
                 m_root + QStringLiteral("/usr/lib/fleetcron/fleetcron-console.so")});
        QCOMPARE(module.exitCode, 0);
        QVERIFY2(!module.out.contains(QStringLiteral(".debug_info")),
                 "console debug symbols shipped");
    }

    void manPageComesFromTheProgramsHelp() {
        const QString page = m_root + QStringLiteral("/usr/share/man/man1/fleetcron.1.gz");
        QVERIFY2(QFile::exists(page), "no fleetcron(1)");
        const Ran text = run(QStringLiteral("sh"),
                             {QStringLiteral("-c"), QStringLiteral("gzip -dc '%1'").arg(page)});
        QCOMPARE(text.exitCode, 0);
        // Every command the program lists has its own section, with its own options.
        const Ran help =
            run(m_root + QStringLiteral("/usr/bin/fleetcron"), {QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        const QString commands = help.out.mid(help.out.indexOf(QStringLiteral("Commands:")));
        static const QRegularExpression verb(QStringLiteral("\\n  ([a-z]+) "));
        int verbs = 0;
        for (auto it = verb.globalMatch(commands); it.hasNext(); ++verbs) {
            const QString name = it.next().captured(1);
            QVERIFY2(text.out.contains(QStringLiteral(".SS %1\n").arg(name)), qPrintable(name));
        }
        QVERIFY2(verbs >= 6, qPrintable(commands));
        QVERIFY(text.out.contains(QStringLiteral("--grace"))); // the daemon's options too
    }

    void documentationIsInUsrShareDoc() {
        const QString doc = m_root + QStringLiteral("/usr/share/doc/fleetcron/");
        QVERIFY(
            readText(doc + QStringLiteral("README.md")).contains(QStringLiteral("# Fleetcron")));
        QVERIFY(readText(doc + QStringLiteral("copyright")).startsWith(QStringLiteral("Format:")));
        QVERIFY(QFile::exists(doc + QStringLiteral("changelog.gz")));
    }

    void maintainerScriptsStopTheServiceOnRemove() {
        const QString control = m_work.filePath(QStringLiteral("control"));
        const Ran e = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-e"), m_deb, control});
        QVERIFY2(e.exitCode == 0, qPrintable(e.err));
        const QString prerm = readText(control + QStringLiteral("/prerm"));
        QVERIFY2(prerm.contains(QStringLiteral("stop fleetcron.service")), qPrintable(prerm));
        QVERIFY(QFileInfo(control + QStringLiteral("/prerm")).isExecutable());
        QVERIFY(readText(control + QStringLiteral("/postrm")).contains(QStringLiteral("purge")));
    }

    void lintianReportsNoError() {
        if (QStandardPaths::findExecutable(QStringLiteral("lintian")).isEmpty())
            QFAIL("lintian is not installed (./dev installs it)");
        const Ran lint =
            run(QStringLiteral("lintian"),
                {QStringLiteral("--tag-display-limit"), QStringLiteral("0"), m_deb}, 300000);
        // lintian exits 1 for errors and, by default, 0 for warnings; errors are lines "E: …".
        QStringList errors;
        for (const QString &line : lint.out.split(u'\n'))
            if (line.startsWith(QStringLiteral("E: ")))
                errors << line;
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QVERIFY2(lint.exitCode == 0, qPrintable(lint.out + lint.err));
        if (!lint.out.trimmed().isEmpty())
            qInfo().noquote() << "lintian:" << lint.out.trimmed();
    }
};

QTEST_GUILESS_MAIN(TestDebPackage)
#include "TestDebPackage.moc"
