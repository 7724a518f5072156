#pragma once

#include "service/Actor.h"

#include <QHttpServerResponse>

class QHttpServerRequest;

namespace fleetcron {

class Services;

// /v1/api/settings: the shared settings every engine on the database reads (SettingKeys),
// listed with their range, and changed through SettingsService: all or nothing, the message
// naming the key at fault.
class SettingsController {
public:
    SettingsController(Services &services, const Actor &actor);

    QHttpServerResponse list();
    // {"key": value, ...}; the values as they are now when it succeeds.
    QHttpServerResponse set(const QHttpServerRequest &req);

    // /v1/api/blackouts: the global blackout windows, {"blackouts": ["SPEC", ...]}; PUT replaces
    // them all (SettingsService::setBlackouts: a bad spec is a 400 naming it, nothing saved).
    QHttpServerResponse blackouts();
    QHttpServerResponse setBlackouts(const QHttpServerRequest &req);

private:
    Services &m_services;
    const Actor &m_actor; // the requesting token's, set by ApiServer for each request
};

} // namespace fleetcron
