#pragma once

#include "model/AccessToken.h"
#include "service/TokenService.h"

#include <QByteArray>
#include <QHttpServerResponse>
#include <QString>

#include <optional>

class QHttpServerRequest;

namespace fleetcron {

// Who may call which route (issue 17): the route → permission table, in one place, and the
// check before a handler runs. The rules themselves (roles, scopes, expiry) are TokenService's;
// this only says what each route is and translates refusals to HTTP: 401 for no or a dead
// token, 403 with {"error": reason} for a token that may not, before anything changes.
class ApiAccess {
public:
    struct Rule {
        Permission permission = Permission::Admin;
        TokenService::Target target = TokenService::Target::None;
    };

    // The route as registered ("GET", "/v1/api/tasks/<arg>"). A route not in the table needs
    // admin and is refused to tag-scoped tokens: a new route is closed until it is entered.
    static Rule ruleFor(const QByteArray &method, const QString &pattern);

    explicit ApiAccess(TokenService &tokens);

    // Sets `who` and returns nothing when the request may go on; else the answer to send.
    std::optional<QHttpServerResponse> check(const QHttpServerRequest &req, const Rule &rule,
                                             qint64 id, AccessToken &who);
    // Only the token's bearer: for paths no route has (404/405 answers).
    std::optional<QHttpServerResponse> identify(const QHttpServerRequest &req, AccessToken &who);
    // A list answer cut to the tasks or servers a tag-scoped token may see (items by "id").
    QHttpServerResponse filter(QHttpServerResponse response, const AccessToken &who,
                               TokenService::Target target);

private:
    TokenService &m_tokens;
};

} // namespace fleetcron
