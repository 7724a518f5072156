#include "ServerView.h"

#include "TextTable.h"
#include "model/ModelJson.h"
#include "model/Server.h"
#include "service/ServerService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace fleetcron {

void ServerView::printTable(const QList<Server> &servers, QTextStream &out) {
    TextTable table({QStringLiteral("NAME"), QStringLiteral("ADDRESS"), QStringLiteral("USER"),
                     QStringLiteral("AUTH"), QStringLiteral("TAGS"), QStringLiteral("ENABLED"),
                     QStringLiteral("HOST KEY")});
    for (const Server &s : servers) {
        table.addRow({s.name, QStringLiteral("%1:%2").arg(s.host).arg(s.port), s.username,
                      toString(s.auth), s.tags.join(u','),
                      s.enabled ? QStringLiteral("yes") : QStringLiteral("no"),
                      s.hostKeySha256.isEmpty() ? QStringLiteral("-") : s.hostKeySha256});
    }
    table.print(out);
}

void ServerView::printDetail(const Server &s, QTextStream &out) {
    out << "name:            " << s.name << '\n'
        << "id:              " << s.id << '\n'
        << "host:            " << s.host << ':' << s.port << '\n'
        << "user:            " << s.username << '\n'
        << "auth:            " << toString(s.auth)
        << (s.auth == AuthMethod::Key ? QStringLiteral(" (%1)").arg(s.keyPath) : QString()) << '\n'
        << "host key:        "
        << (s.hostKeySha256.isEmpty()
                ? QCoreApplication::translate("ServerView", "(not pinned yet)")
                : s.hostKeySha256)
        << '\n'
        << "host key policy: " << toString(s.hostKeyPolicy) << '\n'
        << "tags:            " << s.tags.join(QStringLiteral(", ")) << '\n'
        << "jump hosts:      "
        << (s.jumpChain.empty()
                ? QStringLiteral("(none: connected to directly)")
                : QStringLiteral("%1 → %2").arg(
                      ServerService::jumpChainNames(s).join(QStringLiteral(" → ")), s.name))
        << '\n'
        << "max parallel:    " << s.maxParallel << '\n'
        << "enabled:         " << (s.enabled ? "yes" : "no") << '\n';
}

void ServerView::printJson(const QList<Server> &servers, QTextStream &out) {
    QJsonArray array;
    for (const Server &s : servers)
        array.append(ModelJson::server(s));
    out << QJsonDocument(array).toJson(QJsonDocument::Indented);
}

void ServerView::printJson(const Server &server, QTextStream &out) {
    out << QJsonDocument(ModelJson::server(server)).toJson();
}

} // namespace fleetcron
