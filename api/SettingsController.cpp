#include "SettingsController.h"

#include "ApiRequestParser.h"
#include "ApiResponses.h"
#include "service/Services.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace fleetcron {
namespace {

using Response = QHttpServerResponse;

// The service parses and range-checks every value, so its message is the same on every face;
// here a JSON value only becomes the text a person would have typed.
QString text(const QJsonValue &v) {
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d == std::trunc(d) && std::abs(d) < 0x1p53)
            return QString::number(qint64(d));
        return QString::number(d);
    }
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isNull())
        return QStringLiteral("null");
    return QString::fromUtf8(v.isArray()
                                 ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

} // namespace

SettingsController::SettingsController(Services &services, const Actor &actor)
    : m_services(services)
    , m_actor(actor) {}

Response SettingsController::list() {
    auto all = m_services.settings.list();
    if (!all)
        return ApiResponses::storeError(all.error());
    QJsonArray array;
    for (const SettingsService::Setting &s : all.value())
        array.append(QJsonObject{
            {QStringLiteral("key"), s.definition.key},
            {QStringLiteral("value"), s.value},
            {QStringLiteral("default"), s.definition.defaultValue},
            {QStringLiteral("is_default"), s.isDefault},
            {QStringLiteral("min"), s.definition.min},
            {QStringLiteral("max"), s.definition.max},
            {QStringLiteral("unit"), s.definition.unit},
            {QStringLiteral("description"), s.definition.description},
        });
    return Response(array);
}

Response SettingsController::set(const QHttpServerRequest &req) {
    QJsonObject body;
    if (FieldError e = ApiRequestParser::object(req.body(), body); e.isError())
        return ApiResponses::fieldError(e);
    QMap<QString, QString> values;
    for (auto it = body.constBegin(); it != body.constEnd(); ++it)
        values.insert(it.key(), text(it.value()));
    if (auto saved = m_services.settings.set(values, m_actor); !saved)
        return ApiResponses::storeError(saved.error());
    return list();
}

Response SettingsController::blackouts() {
    auto windows = m_services.settings.blackouts();
    if (!windows)
        return ApiResponses::storeError(windows.error());
    return Response(
        QJsonObject{{QStringLiteral("blackouts"), QJsonArray::fromStringList(windows.value())}});
}

Response SettingsController::setBlackouts(const QHttpServerRequest &req) {
    QJsonObject body;
    if (FieldError e = ApiRequestParser::object(req.body(), body); e.isError())
        return ApiResponses::fieldError(e);
    const QJsonValue list = body.value(QStringLiteral("blackouts"));
    const auto notAList = [] {
        return ApiResponses::fieldError(
            {QStringLiteral("blackouts"),
             QCoreApplication::translate("SettingsController",
                                         "blackouts: must be a list of window specs")});
    };
    if (!list.isArray() || body.size() != 1)
        return notAList();
    QStringList specs;
    for (const QJsonValue &v : list.toArray()) {
        if (!v.isString())
            return notAList();
        specs << v.toString();
    }
    if (auto saved = m_services.settings.setBlackouts(specs, m_actor); !saved)
        return ApiResponses::storeError(saved.error());
    return blackouts();
}

} // namespace fleetcron
