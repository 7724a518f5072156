// The import parsers on real-world input: what each line becomes, and what is reported.
#include "schedule/ScheduleParser.h"
#include "service/import/AnsibleIniParser.h"
#include "service/import/AnsibleYamlParser.h"
#include "service/import/CommandName.h"
#include "service/import/CrontabParser.h"
#include "service/import/InventoryYaml.h"
#include "service/import/SshConfigParser.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fleetcron;

namespace {

const ImportNote *noteAt(const QList<ImportNote> &notes, int line) {
    for (const ImportNote &n : notes)
        if (n.line == line)
            return &n;
    return nullptr;
}

const AnsibleInventory::Resolved *hostNamed(const AnsibleInventory::Result &r,
                                            const QString &name) {
    for (const auto &h : r.hosts)
        if (h.name == name)
            return &h;
    return nullptr;
}

} // namespace

class TestImportParsers : public QObject {
    Q_OBJECT

private slots:
    void crontabJobsKeepTheirFieldsAndCommand() {
        const QString text =
            QStringLiteral("# m h dom mon dow command\n"                                   // 1
                           "*/5 * * * * /usr/local/bin/check-disk.sh --warn 80\n"          // 2
                           "0 2 * * mon-fri  cd /srv/app && ./backup.sh --full\n"          // 3
                           "30 4 1,15 * * /usr/bin/find /tmp -mtime +7 -delete\n"          // 4
                           "0 9-17/2 * jan-jun,sep SUN,sat echo ranges\n"                  // 5
                           "\n"                                                            // 6
                           "@hourly php /var/www/artisan schedule:run >> /dev/null 2>&1\n" // 7
                           "@ANNUALLY /usr/sbin/logrotate /etc/logrotate.conf\r\n");       // 8
        const auto r = CrontabParser::parse(text);
        QVERIFY(r.errors.isEmpty());
        QCOMPARE(r.jobs.size(), 6);
        QCOMPARE(r.jobs.at(0).line, 2);
        QCOMPARE(r.jobs.at(0).schedule, QStringLiteral("*/5 * * * *"));
        QCOMPARE(r.jobs.at(0).command, QStringLiteral("/usr/local/bin/check-disk.sh --warn 80"));
        QCOMPARE(r.jobs.at(1).schedule, QStringLiteral("0 2 * * mon-fri"));
        QCOMPARE(r.jobs.at(1).command, QStringLiteral("cd /srv/app && ./backup.sh --full"));
        QCOMPARE(r.jobs.at(2).schedule, QStringLiteral("30 4 1,15 * *"));
        QCOMPARE(r.jobs.at(3).schedule, QStringLiteral("0 9-17/2 * jan-jun,sep SUN,sat"));
        QCOMPARE(r.jobs.at(4).schedule, QStringLiteral("@hourly"));
        QCOMPARE(r.jobs.at(5).line, 8);
        QCOMPARE(r.jobs.at(5).schedule, QStringLiteral("@annually"));
        QCOMPARE(r.jobs.at(5).command, QStringLiteral("/usr/sbin/logrotate /etc/logrotate.conf"));
        // Every schedule kept is one the task's parser accepts.
        for (const auto &job : r.jobs)
            QVERIFY2(ScheduleParser::parse(job.schedule).isValid(), qPrintable(job.schedule));
        QCOMPARE(r.skipped.size(), 1);
        QCOMPARE(r.skipped.at(0).line, 1);
    }

    void crontabReportsWhatItDoesNotImport() {
        const QString text = QStringLiteral("MAILTO=ops@example.com\n"         // 1
                                            "SHELL=/bin/bash\n"                // 2
                                            "PATH = /usr/local/bin:/usr/bin\n" // 3
                                            "@reboot /opt/app/start.sh\n"      // 4
                                            "#0 3 * * * /opt/old-job.sh\n"     // 5
                                            "# just words here\n"              // 6
                                            "15 3 * * * /opt/job.sh\n");       // 7
        const auto r = CrontabParser::parse(text);
        QVERIFY(r.errors.isEmpty());
        QCOMPARE(r.jobs.size(), 1);
        QCOMPARE(r.skipped.size(), 6);
        QCOMPARE(noteAt(r.skipped, 1)->subject, QStringLiteral("MAILTO"));
        QVERIFY(noteAt(r.skipped, 1)->message.contains(QStringLiteral("instead of mailing")));
        QCOMPARE(noteAt(r.skipped, 2)->subject, QStringLiteral("SHELL"));
        QCOMPARE(noteAt(r.skipped, 3)->subject, QStringLiteral("PATH"));
        QCOMPARE(noteAt(r.skipped, 4)->subject, QStringLiteral("@reboot"));
        QCOMPARE(noteAt(r.skipped, 5)->subject, QStringLiteral("commented-out job"));
        QCOMPARE(noteAt(r.skipped, 6)->subject, QStringLiteral("comment"));
    }

    void crontabCronTzSetsTheZoneOfTheJobsBelow() {
        const auto r = CrontabParser::parse(QStringLiteral("0 1 * * * early\n"
                                                           "CRON_TZ=America/New_York\n"
                                                           "0 2 * * * east\n"
                                                           "CRON_TZ=\"Europe/Berlin\"\n"
                                                           "0 3 * * * berlin\n"));
        QCOMPARE(r.jobs.size(), 3);
        QCOMPARE(r.jobs.at(0).timeZone, QString());
        QCOMPARE(r.jobs.at(1).timeZone, QStringLiteral("America/New_York"));
        QCOMPARE(r.jobs.at(2).timeZone, QStringLiteral("Europe/Berlin"));
        QCOMPARE(noteAt(r.skipped, 2)->subject, QStringLiteral("CRON_TZ"));
    }

    void crontabPercentIsStandardInputAndBackslashPercentIsLiteral() {
        const auto r = CrontabParser::parse(
            QStringLiteral("0 0 * * * date +\\%Y-\\%m-\\%d >> /var/log/stamp\n"
                           "0 6 * * * mail -s report ops%Hello,%%the report is ready.%\n"));
        QCOMPARE(r.jobs.size(), 2);
        QCOMPARE(r.jobs.at(0).command, QStringLiteral("date +%Y-%m-%d >> /var/log/stamp"));
        QVERIFY(r.jobs.at(0).notes.isEmpty());
        QCOMPARE(r.jobs.at(1).command,
                 QStringLiteral("mail -s report ops <<'FLEETCRON_INPUT'\nHello,\n\nthe report is "
                                "ready.\n\nFLEETCRON_INPUT"));
        QCOMPARE(r.jobs.at(1).notes.size(), 1);
    }

    void crontabBadLinesAreErrorsWithTheirLine() {
        const auto r = CrontabParser::parse(QStringLiteral("*/5 * * *\n"
                                                           "@fortnightly /bin/true\n"
                                                           "@daily\n"
                                                           "0 0 * * * %only input\n"));
        QCOMPARE(r.jobs.size(), 0);
        QCOMPARE(r.errors.size(), 4);
        QVERIFY(r.errors.at(0).message.contains(QStringLiteral("five time fields")));
        QCOMPARE(r.errors.at(1).line, 2);
        QVERIFY(r.errors.at(1).message.contains(QStringLiteral("@fortnightly")));
        QCOMPARE(r.errors.at(2).line, 3);
        QCOMPARE(r.errors.at(3).line, 4);
    }

    void commandNamesAreReadableAndUnique() {
        QCOMPARE(CommandName::derive(QStringLiteral("/usr/local/bin/backup.sh --full /srv")),
                 QStringLiteral("backup-srv"));
        QCOMPARE(CommandName::derive(QStringLiteral("cd /var/www && php artisan schedule:run")),
                 QStringLiteral("artisan-schedule-run"));
        QCOMPARE(CommandName::derive(QStringLiteral("nice -n 10 sudo -u www /opt/sync.py now")),
                 QStringLiteral("sync-now"));
        QCOMPARE(CommandName::derive(QStringLiteral("FOO=1 /usr/bin/find /tmp -delete")),
                 QStringLiteral("find-tmp"));
        QCOMPARE(CommandName::derive(QStringLiteral("uptime > /dev/null 2>&1")),
                 QStringLiteral("uptime"));
        QVERIFY(CommandName::derive(QStringLiteral("x").repeated(100)).size() <= 40);
        QSet<QString> taken;
        QCOMPARE(CommandName::unique(QStringLiteral("sync"), taken), QStringLiteral("sync"));
        QCOMPARE(CommandName::unique(QStringLiteral("sync"), taken), QStringLiteral("sync-2"));
        QCOMPARE(CommandName::unique(QStringLiteral("sync"), taken), QStringLiteral("sync-3"));
    }

    void sshConfigHostsWithDefaultsFromWildcards() {
        const QString text = QStringLiteral("# mine\n"                           // 1
                                            "Host web1 web2\n"                   // 2
                                            "    HostName %h.example.com\n"      // 3
                                            "    User deploy\n"                  // 4
                                            "Host db\n"                          // 5
                                            "  hostname=127.0.10.7\n"            // 6
                                            "  Port 2222\n"                      // 7
                                            "  IdentityFile ~/.ssh/db_ed25519\n" // 8
                                            "  IdentityFile ~/.ssh/other\n"      // 9
                                            "  ProxyJump bastion\n"              // 10
                                            "Host web*\n"                        // 11
                                            "  Port 2200\n"                      // 12
                                            "  ForwardAgent yes\n"               // 13
                                            "Match host db exec \"true\"\n"      // 14
                                            "  User nobody\n"                    // 15
                                            "Host *\n"                           // 16
                                            "  User admin\n"                     // 17
                                            "  ServerAliveInterval 30\n");       // 18
        const auto r = SshConfigParser::parse(text, QStringLiteral("/home/ops"));
        QVERIFY(r.errors.isEmpty());
        QCOMPARE(r.hosts.size(), 3);
        const auto &web1 = r.hosts.at(0);
        QCOMPARE(web1.alias, QStringLiteral("web1"));
        QCOMPARE(web1.hostName, QStringLiteral("web1.example.com"));
        QCOMPARE(web1.user, QStringLiteral("deploy")); // first value wins over Host *
        QCOMPARE(web1.port, 2200);                     // from Host web*
        QCOMPARE(r.hosts.at(1).hostName, QStringLiteral("web2.example.com"));
        const auto &db = r.hosts.at(2);
        QCOMPARE(db.line, 5);
        QCOMPARE(db.hostName, QStringLiteral("127.0.10.7"));
        QCOMPARE(db.port, 2222);
        QCOMPARE(db.user, QStringLiteral("admin")); // Match is not applied; Host * is
        QCOMPARE(db.identityFile, QStringLiteral("/home/ops/.ssh/db_ed25519"));
        QCOMPARE(db.proxyJump, QStringLiteral("bastion"));
        // Kept as written for the importer, which maps it to jump hosts it knows.
        QVERIFY(!db.notes.join(u' ').contains(QStringLiteral("ProxyJump")));
        QVERIFY(db.notes.join(u' ').contains(QStringLiteral("only the first IdentityFile")));
        QVERIFY(noteAt(r.skipped, 11)); // the wildcard block
        QVERIFY(noteAt(r.skipped, 11)->message.contains(QStringLiteral("pattern")) ||
                noteAt(r.skipped, 11)->message.contains(QStringLiteral("ForwardAgent")));
        QVERIFY(noteAt(r.skipped, 14)); // Match
        QVERIFY(noteAt(r.skipped, 16)->message.contains(QStringLiteral("ServerAliveInterval")));
    }

    void sshConfigNegatedPatternsAndBadPort() {
        const auto r = SshConfigParser::parse(QStringLiteral("Host c\n"
                                                             "  Port ssh\n"
                                                             "Host a b\n"
                                                             "Host * !b\n"
                                                             "  Port 2022\n"),
                                              QStringLiteral("/root"));
        QCOMPARE(r.hosts.size(), 3);
        QCOMPARE(r.hosts.at(1).alias, QStringLiteral("a"));
        QCOMPARE(r.hosts.at(1).port, 2022);
        QCOMPARE(r.hosts.at(2).port, 22); // !b: the defaults skip b
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.at(0).line, 2);
    }

    void sshConfigFollowsIncludeRelativeToSshDirWithGlobs() {
        QTemporaryDir dir;
        QDir ssh(dir.path());
        QVERIFY(ssh.mkpath(QStringLiteral("config.d")));
        auto write = [&](const QString &name, const QByteArray &text) {
            QFile f(ssh.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        };
        write(QStringLiteral("config.d/10-app"), "Host app1\n  HostName 127.1.0.1\n");
        write(QStringLiteral("config.d/20-db"), "Host db1\n  User postgres\n");
        write(QStringLiteral("extra"), "Host extra\n");
        const QString main = QStringLiteral("Include config.d/*\n"
                                            "Include %1\n"
                                            "Include nothing-here/*\n")
                                 .arg(ssh.filePath(QStringLiteral("extra")));
        const auto r =
            SshConfigParser::parse(main, dir.path(), SshConfigParser::fileReader(dir.path()));
        QVERIFY(r.errors.isEmpty());
        QCOMPARE(r.hosts.size(), 3);
        QCOMPARE(r.hosts.at(0).alias, QStringLiteral("app1"));
        QCOMPARE(r.hosts.at(0).hostName, QStringLiteral("127.1.0.1"));
        QVERIFY(r.hosts.at(0).source.endsWith(QStringLiteral("config.d/10-app")));
        QCOMPARE(r.hosts.at(1).user, QStringLiteral("postgres"));
        QCOMPARE(r.hosts.at(2).alias, QStringLiteral("extra"));
        QCOMPARE(r.skipped.size(), 1); // the pattern that matches no file
        // Without a reader (text sent to the API) an Include is reported, not followed.
        const auto api = SshConfigParser::parse(main, dir.path());
        QCOMPARE(api.hosts.size(), 0);
        QCOMPARE(api.skipped.size(), 3);
    }

    void ansibleIniGroupsChildrenVarsAndRanges() {
        const QString text = QStringLiteral(
            "mail.example.com\n"                           // 1
            "\n"                                           // 2
            "[webservers]\n"                               // 3
            "web[01:03].example.com\n"                     // 4
            "bastion.example.com:2200 ansible_user=jump\n" // 5
            "\n"                                           // 6
            "[dbservers]\n"                                // 7
            "db1 ansible_host=127.0.10.5 ansible_port=5522 ansible_user=\"pg admin\" "
            "http_port=80\n"                               // 8
            "local ansible_connection=local\n"             // 9
            "\n"                                           // 10
            "[prod:children]\n"                            // 11
            "webservers\n"                                 // 12
            "dbservers\n"                                  // 13
            "\n"                                           // 14
            "[prod:vars]\n"                                // 15
            "ansible_user=ops\n"                           // 16
            "ntp_server=ntp.example.com\n"                 // 17
            "[all:vars]\n"                                 // 18
            "ansible_ssh_private_key_file=/keys/fleet\n"); // 19
        const auto r = AnsibleIniParser::parse(text);
        QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.value(0).message));
        QCOMPARE(r.hosts.size(), 6);
        const auto *mail = hostNamed(r, QStringLiteral("mail.example.com"));
        QVERIFY(mail);
        QVERIFY(mail->groups.isEmpty()); // ungrouped is not a tag
        QCOMPARE(mail->keyFile, QStringLiteral("/keys/fleet"));
        const auto *web2 = hostNamed(r, QStringLiteral("web02.example.com"));
        QVERIFY(web2);
        QCOMPARE(web2->line, 4);
        QCOMPARE(web2->user, QStringLiteral("ops"));
        QCOMPARE(web2->groups, (QStringList{QStringLiteral("prod"), QStringLiteral("webservers")}));
        const auto *bastion = hostNamed(r, QStringLiteral("bastion.example.com"));
        QCOMPARE(bastion->port, 2200);
        QCOMPARE(bastion->user, QStringLiteral("jump")); // host vars win over the group's
        const auto *db1 = hostNamed(r, QStringLiteral("db1"));
        QCOMPARE(db1->host, QStringLiteral("127.0.10.5"));
        QCOMPARE(db1->port, 5522);
        QCOMPARE(db1->user, QStringLiteral("pg admin"));
        QVERIFY(db1->notes.join(u' ').contains(QStringLiteral("http_port")));
        QVERIFY(!hostNamed(r, QStringLiteral("local")));
        QVERIFY(noteAt(r.skipped, 9)); // local connection
        QVERIFY(noteAt(r.skipped, 11)->message.contains(QStringLiteral("ntp_server")));
    }

    void ansibleIniErrorsAndCycles() {
        const auto bad = AnsibleIniParser::parse(QStringLiteral("[web\n"
                                                                "[ok]\n"
                                                                "h1 novalue\n"
                                                                "h[9:1]\n"));
        QCOMPARE(bad.errors.size(), 3);
        QCOMPARE(bad.errors.at(0).line, 1);
        QCOMPARE(bad.errors.at(1).line, 3);
        QCOMPARE(bad.errors.at(2).line, 4);
        const auto cycle = AnsibleIniParser::parse(QStringLiteral("[a:children]\nb\n"
                                                                  "[b:children]\na\n"));
        QCOMPARE(cycle.errors.size(), 1);
        QVERIFY(cycle.errors.at(0).message.contains(QStringLiteral("cycle")));
    }

    void hostRanges() {
        QString error;
        QCOMPARE(
            AnsibleInventory::expandHostPattern(QStringLiteral("db-[a:c]"), &error),
            (QStringList{QStringLiteral("db-a"), QStringLiteral("db-b"), QStringLiteral("db-c")}));
        QCOMPARE(AnsibleInventory::expandHostPattern(QStringLiteral("n[0:10:5]"), &error),
                 (QStringList{QStringLiteral("n0"), QStringLiteral("n5"), QStringLiteral("n10")}));
        QCOMPARE(AnsibleInventory::expandHostPattern(QStringLiteral("r[1:2]c[1:2]"), &error).size(),
                 4);
        QVERIFY(error.isEmpty());
        QVERIFY(
            AnsibleInventory::expandHostPattern(QStringLiteral("x[0:99999]"), &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void ansibleYamlInventory() {
        const QString text =
            QStringLiteral("---\n"                                              // 1
                           "# production\n"                                     // 2
                           "all:\n"                                             // 3
                           "  hosts:\n"                                         // 4
                           "    mail.example.com:\n"                            // 5
                           "  vars:\n"                                          // 6
                           "    ansible_user: 'ops'\n"                          // 7
                           "  children:\n"                                      // 8
                           "    webservers:\n"                                  // 9
                           "      hosts:\n"                                     // 10
                           "        web[1:2].example.com: {}\n"                 // 11
                           "        www.example.com:\n"                         // 12
                           "          ansible_host: \"192.0.2.10\"  # public\n" // 13
                           "          ansible_port: 2222\n"                     // 14
                           "      vars:\n"                                      // 15
                           "        ansible_user: deploy\n"                     // 16
                           "    prod:\n"                                        // 17
                           "      children:\n"                                  // 18
                           "        webservers:\n");                            // 19
        const auto r = AnsibleYamlParser::parse(text);
        QVERIFY2(r.errors.isEmpty(), qPrintable(r.errors.value(0).message));
        QCOMPARE(r.hosts.size(), 4);
        QCOMPARE(hostNamed(r, QStringLiteral("mail.example.com"))->user, QStringLiteral("ops"));
        const auto *www = hostNamed(r, QStringLiteral("www.example.com"));
        QCOMPARE(www->host, QStringLiteral("192.0.2.10"));
        QCOMPARE(www->port, 2222);
        QCOMPARE(www->user, QStringLiteral("deploy"));
        QCOMPARE(www->groups, (QStringList{QStringLiteral("prod"), QStringLiteral("webservers")}));
        QVERIFY(hostNamed(r, QStringLiteral("web2.example.com")));
        QVERIFY(AnsibleYamlParser::looksLikeYaml(text));
        QVERIFY(!AnsibleYamlParser::looksLikeYaml(QStringLiteral("[web]\nh1\n")));
    }

    void yamlSubsetSaysWhatItDoesNotRead() {
        const QStringList unsupported = {
            QStringLiteral("all:\n  hosts:\n    - web1\n"),
            QStringLiteral("all:\n  vars: &defaults\n    a: 1\n"),
            QStringLiteral("all:\n  hosts: [web1, web2]\n"),
            QStringLiteral("all:\n  vars:\n    motd: |\n      hello\n"),
            QStringLiteral("all:\n  hosts:\n    web1:\n   web2:\n"),
            QStringLiteral("all:\n\thosts:\n"),
            QStringLiteral("a: 1\n---\nb: 2\n"),
        };
        for (const QString &text : unsupported) {
            QString error;
            int line = 0;
            InventoryYaml::parse(text, &error, &line);
            QVERIFY2(!error.isEmpty(), qPrintable(text));
            QVERIFY2(line > 0, qPrintable(text));
        }
        const auto r = AnsibleYamlParser::parse(unsupported.at(0));
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.at(0).line, 3);
    }
};

QTEST_GUILESS_MAIN(TestImportParsers)
#include "TestImportParsers.moc"
