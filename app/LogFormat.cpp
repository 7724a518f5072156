#include "LogFormat.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <cstdio>

namespace fleetcron {
namespace {

const char *levelName(QtMsgType type) {
    switch (type) {
    case QtDebugMsg:
        return "DEBUG";
    case QtInfoMsg:
        return "INFO ";
    case QtWarningMsg:
        return "WARN ";
    case QtCriticalMsg:
        return "ERROR";
    case QtFatalMsg:
        return "FATAL";
    }
    return "?";
}

void writeRecord(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    QString category = QString::fromLatin1(context.category ? context.category : "default");
    if (category.startsWith(QStringLiteral("fleetcron.")))
        category = category.mid(10);
    QString text = message;
    text.replace(u'\n', QStringLiteral("\\n")); // one record, one line
    const QByteArray line = QStringLiteral("%1 %2 %3 %4\n")
                                .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                                     QString::fromLatin1(levelName(type)), category, text)
                                .toUtf8();
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

} // namespace

bool LogFormat::install(const QString &level) {
    QString rules;
    if (level == QStringLiteral("debug"))
        rules = QStringLiteral("*.debug=true\nqt.*.debug=false");
    else if (level == QStringLiteral("info"))
        rules = QStringLiteral("*.debug=false");
    else if (level == QStringLiteral("warning"))
        rules = QStringLiteral("*.debug=false\n*.info=false");
    else if (level == QStringLiteral("error"))
        rules = QStringLiteral("*.debug=false\n*.info=false\n*.warning=false");
    else
        return false;
    QLoggingCategory::setFilterRules(rules);
    qInstallMessageHandler(writeRecord);
    return true;
}

} // namespace fleetcron
