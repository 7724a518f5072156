#include "SshConfigParser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <optional>

namespace fleetcron {
namespace {

constexpr int maxIncludeDepth = 16; // as OpenSSH's READCONF_MAX_DEPTH

struct Option {
    QString key;  // lowercase
    QString name; // as written
    QStringList values;
    int line = 0;
    QString source;
};

struct Block {
    int line = 0;
    QString source;
    QStringList patterns; // empty: the options before the first Host (apply to all)
    bool isMatch = false;
    QList<Option> options;
};

const QSet<QString> imported = {QStringLiteral("hostname"),  QStringLiteral("port"),
                                QStringLiteral("user"),      QStringLiteral("identityfile"),
                                QStringLiteral("proxyjump"), QStringLiteral("proxycommand")};

// Splits "Key value", "Key=value", "Key = "quoted value"" into words.
QStringList words(const QString &line) {
    QStringList out;
    QString current;
    bool inQuotes = false;
    bool any = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'"') {
            inQuotes = !inQuotes;
            any = true;
        } else if (!inQuotes && (c.isSpace() || (c == u'=' && out.isEmpty()))) {
            if (any)
                out << current;
            current.clear();
            any = false;
        } else {
            current.append(c);
            any = true;
        }
    }
    if (any)
        out << current;
    return out;
}

bool hasWildcard(const QString &p) {
    return p.contains(u'*') || p.contains(u'?') || p.startsWith(u'!');
}

class Reader {
public:
    Reader(const SshConfigParser::IncludeReader &includes, SshConfigParser::Result &result)
        : m_includes(includes)
        , m_result(result) {}

    QList<Block> blocks;

    void read(const QString &text, const QString &source, int depth) {
        const QStringList lines = text.split(u'\n');
        for (int i = 0; i < lines.size(); ++i) {
            const int lineNo = i + 1;
            const QString trimmed = lines.at(i).trimmed();
            if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
                continue;
            const QStringList w = words(trimmed);
            if (w.isEmpty())
                continue;
            const QString key = w.at(0).toLower();
            const QStringList values = w.mid(1);
            if (key == QStringLiteral("include")) {
                include(values, lineNo, source, depth);
            } else if (key == QStringLiteral("host") || key == QStringLiteral("match")) {
                if (values.isEmpty()) {
                    m_result.errors.append({lineNo, source, w.at(0),
                                            QCoreApplication::translate(
                                                "SshConfigParser", "%1 needs at least one pattern")
                                                .arg(w.at(0))});
                    continue;
                }
                blocks.append({lineNo, source, values, key == QStringLiteral("match"), {}});
                if (blocks.last().isMatch)
                    m_result.skipped.append(
                        {lineNo, source, QStringLiteral("Match %1").arg(values.join(u' ')),
                         QCoreApplication::translate(
                             "SshConfigParser",
                             "Match blocks are not evaluated: their options are not "
                             "applied to any host")});
            } else if (values.isEmpty()) {
                m_result.errors.append(
                    {lineNo, source, w.at(0),
                     QCoreApplication::translate("SshConfigParser", "%1 has no value")
                         .arg(w.at(0))});
            } else {
                if (blocks.isEmpty())
                    blocks.append({0, source, {}, false, {}});
                blocks.last().options.append({key, w.at(0), values, lineNo, source});
            }
        }
    }

private:
    void include(const QStringList &patterns, int lineNo, const QString &source, int depth) {
        if (!m_includes) {
            m_result.skipped.append(
                {lineNo, source, QStringLiteral("Include %1").arg(patterns.join(u' ')),
                 QCoreApplication::translate(
                     "SshConfigParser", "not followed: only a config read from a file can include "
                                        "others")});
            return;
        }
        if (depth >= maxIncludeDepth) {
            m_result.errors.append(
                {lineNo, source, QStringLiteral("Include"),
                 QCoreApplication::translate("SshConfigParser", "includes nested more than %1 deep")
                     .arg(maxIncludeDepth)});
            return;
        }
        for (const QString &pattern : patterns) {
            QString error;
            const auto files = m_includes(pattern, &error);
            if (!error.isEmpty()) {
                m_result.errors.append({lineNo, source, QStringLiteral("Include"), error});
                continue;
            }
            if (files.isEmpty())
                m_result.skipped.append(
                    {lineNo, source, QStringLiteral("Include %1").arg(pattern),
                     QCoreApplication::translate("SshConfigParser", "matches no file")});
            for (const auto &file : files)
                read(file.text, file.path, depth + 1);
        }
    }

    const SshConfigParser::IncludeReader &m_includes;
    SshConfigParser::Result &m_result;
};

bool blockApplies(const Block &block, const QString &alias) {
    if (block.isMatch)
        return false;
    if (block.patterns.isEmpty())
        return true;
    bool positive = false;
    for (const QString &p : block.patterns) {
        if (p.startsWith(u'!')) {
            if (SshConfigParser::matches(p.mid(1), alias))
                return false;
        } else if (SshConfigParser::matches(p, alias)) {
            positive = true;
        }
    }
    return positive;
}

QString expandHome(const QString &path, const QString &home) {
    if (path == QStringLiteral("~"))
        return home;
    if (path.startsWith(QStringLiteral("~/")))
        return home + path.mid(1);
    return path;
}

} // namespace

bool SshConfigParser::matches(const QString &pattern, const QString &name) {
    const QString re = QRegularExpression::wildcardToRegularExpression(
        pattern, QRegularExpression::UnanchoredWildcardConversion);
    return QRegularExpression(QRegularExpression::anchoredPattern(re)).match(name).hasMatch();
}

SshConfigParser::Result SshConfigParser::parse(const QString &text, const QString &home,
                                               const IncludeReader &includes) {
    Result result;
    Reader reader(includes, result);
    reader.read(text, {}, 0);

    // Every name without a wildcard, in the order first seen, is a host.
    QList<std::pair<QString, const Block *>> aliases;
    QSet<QString> seen;
    for (const Block &b : reader.blocks) {
        if (b.isMatch)
            continue;
        QStringList unused;
        for (const Option &o : b.options)
            if (!imported.contains(o.key) && !unused.contains(o.name))
                unused << o.name;
        const QString subject =
            b.patterns.isEmpty()
                ? QCoreApplication::translate("SshConfigParser", "options before the first Host")
                : QStringLiteral("Host %1").arg(b.patterns.join(u' '));
        if (!unused.isEmpty())
            result.skipped.append(
                {b.line, b.source, subject,
                 QCoreApplication::translate("SshConfigParser", "not imported: %1")
                     .arg(unused.join(u", "))});
        bool anyConcrete = false;
        for (const QString &p : b.patterns) {
            if (hasWildcard(p))
                continue;
            anyConcrete = true;
            if (!seen.contains(p)) {
                seen.insert(p);
                aliases.append({p, &b});
            }
        }
        if (!anyConcrete && !b.patterns.isEmpty())
            result.skipped.append({b.line, b.source, subject,
                                   QCoreApplication::translate(
                                       "SshConfigParser",
                                       "a pattern, not a server: its options apply to the hosts it "
                                       "matches")});
    }

    for (const auto &[alias, first] : aliases) {
        Host host;
        host.line = first->line;
        host.source = first->source;
        host.alias = alias;
        QHash<QString, const Option *> chosen; // first value wins, as in ssh
        int identityFiles = 0;
        for (const Block &b : reader.blocks) {
            if (!blockApplies(b, alias))
                continue;
            for (const Option &o : b.options) {
                if (o.key == QStringLiteral("identityfile"))
                    ++identityFiles;
                if (!chosen.contains(o.key))
                    chosen.insert(o.key, &o);
            }
        }
        auto value = [&](const char *key) -> std::optional<QString> {
            if (const Option *o = chosen.value(QString::fromLatin1(key)))
                return o->values.join(u' ');
            return std::nullopt;
        };
        QString hostName = value("hostname").value_or(alias);
        hostName.replace(QStringLiteral("%h"), alias)
            .replace(QStringLiteral("%%"), QStringLiteral("%"));
        host.hostName = hostName;
        if (const auto port = value("port")) {
            bool ok = false;
            host.port = port->toInt(&ok);
            if (!ok || host.port < 1 || host.port > 65535)
                result.errors.append(
                    {chosen.value(QStringLiteral("port"))->line,
                     chosen.value(QStringLiteral("port"))->source,
                     QStringLiteral("Host %1").arg(alias),
                     QCoreApplication::translate("SshConfigParser",
                                                 "Port '%1' is not a port number (1–65535)")
                         .arg(*port)});
        }
        host.user = value("user").value_or(QString());
        if (const auto key = value("identityfile")) {
            host.identityFile = expandHome(*key, home);
            if (identityFiles > 1)
                host.notes << QCoreApplication::translate(
                                  "SshConfigParser", "only the first IdentityFile (%1) is used")
                                  .arg(host.identityFile);
        }
        if (const auto jump = value("proxyjump"); jump && *jump != QStringLiteral("none")) {
            host.proxyJump = *jump; // the importer maps it to servers it knows
        }
        if (const auto command = value("proxycommand");
            command && *command != QStringLiteral("none"))
            host.notes << QCoreApplication::translate(
                "SshConfigParser", "ProxyCommand not supported: the server is reached "
                                   "directly");
        result.hosts.append(host);
    }
    return result;
}

SshConfigParser::IncludeReader SshConfigParser::fileReader(const QString &sshDir) {
    return [sshDir](const QString &pattern, QString *error) {
        QList<IncludedFile> files;
        QString path = expandHome(pattern, QDir::homePath());
        if (QDir::isRelativePath(path))
            path = QDir(sshDir).filePath(path);
        const QFileInfo info(path);
        QDir dir = info.dir();
        const QString namePattern = info.fileName();
        QStringList names;
        if (hasWildcard(namePattern))
            names = dir.entryList({namePattern}, QDir::Files, QDir::Name);
        else if (info.exists())
            names = {namePattern};
        for (const QString &name : names) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::ReadOnly)) {
                *error = QCoreApplication::translate("SshConfigParser", "cannot read %1: %2")
                             .arg(f.fileName(), f.errorString());
                return QList<IncludedFile>();
            }
            files.append({f.fileName(), QString::fromUtf8(f.readAll())});
        }
        return files;
    };
}

} // namespace fleetcron
