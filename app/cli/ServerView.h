#pragma once

#include <QList>

class QTextStream;

namespace fleetcron {

struct Server;

// How `server list` and `server show` print servers: aligned columns, a detail block, or the
// JSON the REST API speaks (ModelJson).
class ServerView {
public:
    static void printTable(const QList<Server> &servers, QTextStream &out);
    static void printDetail(const Server &server, QTextStream &out);
    static void printJson(const QList<Server> &servers, QTextStream &out);
    static void printJson(const Server &server, QTextStream &out);
};

} // namespace fleetcron
