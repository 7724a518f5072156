#include "CommandName.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>

namespace fleetcron {
namespace {

constexpr int maxLength = 40;

// Words that run another program: the name is about the program they run.
const QSet<QString> wrappers = {
    QStringLiteral("nice"),    QStringLiteral("ionice"),  QStringLiteral("sudo"),
    QStringLiteral("env"),     QStringLiteral("nohup"),   QStringLiteral("time"),
    QStringLiteral("chronic"), QStringLiteral("exec"),    QStringLiteral("timeout"),
    QStringLiteral("flock"),   QStringLiteral("run-one"), QStringLiteral("setlock")};
// Wrapper options that take a value (sudo -u USER, nice -n 10, ionice -c 3, …).
const QSet<QString> optionsWithValue = {QStringLiteral("-u"), QStringLiteral("-n"),
                                        QStringLiteral("-c"), QStringLiteral("-g"),
                                        QStringLiteral("-w"), QStringLiteral("-s")};
// Programs that run a script named next: the script names the job.
const QSet<QString> interpreters = {
    QStringLiteral("sh"),   QStringLiteral("bash"),   QStringLiteral("dash"),
    QStringLiteral("zsh"),  QStringLiteral("python"), QStringLiteral("python3"),
    QStringLiteral("perl"), QStringLiteral("ruby"),   QStringLiteral("node"),
    QStringLiteral("php"),  QStringLiteral("Rscript")};

QString programName(const QString &word) {
    QString base = QFileInfo(word).fileName();
    static const QRegularExpression ext(QStringLiteral("\\.(sh|bash|py|pl|rb|js|php)$"));
    base.remove(ext);
    return base;
}

// The last shell command of "cd /x && a; b | c": the one before the first pipe of the last
// &&/; part is usually the job (cd and set -e are the preamble).
QString mainCommand(const QString &command) {
    QString line = command.section(u'\n', 0, 0);
    static const QRegularExpression parts(QStringLiteral("&&|;|\\|\\|"));
    const QStringList pieces = line.split(parts, Qt::SkipEmptyParts);
    for (const QString &piece : pieces) {
        const QString first = piece.trimmed().section(u' ', 0, 0);
        if (first != QStringLiteral("cd") && first != QStringLiteral("set") &&
            first != QStringLiteral("export") && !first.isEmpty()) {
            line = piece;
            break;
        }
    }
    return line.section(u'|', 0, 0).trimmed();
}

} // namespace

QString CommandName::slug(const QString &text) {
    static const QRegularExpression nonWord(QStringLiteral("[^a-z0-9]+"));
    QString s = text.toLower().replace(nonWord, QStringLiteral("-"));
    while (s.startsWith(u'-'))
        s.remove(0, 1);
    while (s.endsWith(u'-'))
        s.chop(1);
    return s;
}

QString CommandName::derive(const QString &command) {
    static const QRegularExpression space(QStringLiteral("\\s+"));
    static const QRegularExpression assignment(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*="));
    const QStringList words = mainCommand(command).split(space, Qt::SkipEmptyParts);
    QString program;
    QString argument;
    bool skipValue = false;
    bool inWrapper = false;
    for (const QString &w : words) {
        if (skipValue) {
            skipValue = false;
            continue;
        }
        if (program.isEmpty()) {
            if (assignment.match(w).hasMatch())
                continue;
            if (inWrapper && w.startsWith(u'-')) {
                skipValue = optionsWithValue.contains(w);
                continue;
            }
            const QString base = QFileInfo(w).fileName();
            if (wrappers.contains(base)) {
                inWrapper = true;
                // timeout 5m cmd / flock FILE cmd: their first word is a value, not the program.
                skipValue = base == QStringLiteral("timeout") || base == QStringLiteral("flock") ||
                            base == QStringLiteral("setlock");
                continue;
            }
            program = programName(w);
            if (!interpreters.contains(base))
                continue;
            // "python3 -m module" and "bash -c '…'" name themselves in their next word.
            program.clear();
            inWrapper = true;
            continue;
        }
        // A redirection is not an argument, nor is the file after a bare "> file".
        if (w == QStringLiteral(">") || w == QStringLiteral(">>") || w == QStringLiteral("<") ||
            w == QStringLiteral("2>")) {
            skipValue = true;
            continue;
        }
        if (w.startsWith(u'-') || w.startsWith(u'>') || w.startsWith(u'<') ||
            w.startsWith(QStringLiteral("2>")) || w.startsWith(u'&'))
            continue;
        // A bare number is an option's value ("--warn 80"), not what the job is about.
        static const QRegularExpression number(QStringLiteral("^[0-9.]+$"));
        if (number.match(w).hasMatch())
            continue;
        argument = programName(w);
        break;
    }
    QString name = slug(argument.isEmpty() ? program : program + u'-' + argument);
    if (name.size() > maxLength) {
        name.truncate(maxLength);
        while (name.endsWith(u'-'))
            name.chop(1);
    }
    return name;
}

QString CommandName::unique(const QString &base, QSet<QString> &taken) {
    QString name = base;
    for (int n = 2; taken.contains(name); ++n)
        name = QStringLiteral("%1-%2").arg(base).arg(n);
    taken.insert(name);
    return name;
}

} // namespace fleetcron
