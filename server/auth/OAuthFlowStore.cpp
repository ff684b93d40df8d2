#include "auth/OAuthFlowStore.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace transcendence::server {
namespace {

QByteArray stateHash(const QByteArray &state)
{
    return QCryptographicHash::hash(state, QCryptographicHash::Sha256);
}

QString appJson(const std::optional<oauth::AppRedirect> &app)
{
    if (!app) {
        return {};
    }
    return QString::fromUtf8(
        QJsonDocument(
            QJsonObject{
                {QStringLiteral("redirectUri"), QString::fromUtf8(app->redirectUri.toEncoded())},
                {QStringLiteral("codeChallenge"), QString::fromLatin1(app->codeChallenge)},
                {QStringLiteral("state"), app->state}})
            .toJson(QJsonDocument::Compact));
}

std::optional<oauth::AppRedirect> appFrom(const QVariant &column)
{
    if (column.isNull()) {
        return std::nullopt;
    }
    const QJsonObject object = QJsonDocument::fromJson(column.toString().toUtf8()).object();
    oauth::AppRedirect app;
    app.redirectUri =
        QUrl::fromEncoded(object.value(QStringLiteral("redirectUri")).toString().toUtf8());
    app.codeChallenge = object.value(QStringLiteral("codeChallenge")).toString().toLatin1();
    app.state = object.value(QStringLiteral("state")).toString();
    return app;
}

} // namespace

namespace oauth_flow_store {

bool put(QSqlDatabase &db, const oauth::OAuthFlowState &flow)
{
    if (!db.isOpen()) {
        return false;
    }
    QSqlQuery sweep(db);
    // A few at a time, so one start never pays for a large backlog.
    if (!sweep.exec(QStringLiteral(
            "DELETE FROM oauth_pending_flows WHERE state_hash IN (SELECT state_hash FROM "
            "oauth_pending_flows WHERE expires_at < now() ORDER BY expires_at LIMIT 100)"))) {
        return false;
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO oauth_pending_flows (state_hash, code_verifier, provider_id, purpose, "
        "link_user_id, return_path, browser_binding_hash, app, created_at, expires_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), to_timestamp(?), to_timestamp(?))"));
    insert.addBindValue(stateHash(flow.state));
    insert.addBindValue(QString::fromLatin1(flow.codeVerifier));
    insert.addBindValue(flow.providerId);
    insert.addBindValue(flow.purpose == oauth::OAuthFlowPurpose::LinkAccount
                            ? QStringLiteral("link_account")
                            : QStringLiteral("sign_in"));
    insert.addBindValue(flow.linkUserId > 0 ? QVariant(flow.linkUserId)
                                            : QVariant(QMetaType(QMetaType::LongLong)));
    insert.addBindValue(flow.returnPath);
    insert.addBindValue(flow.browserBindingHash);
    const QString app = appJson(flow.app);
    insert.addBindValue(app.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(app));
    const double created = double(flow.createdAt.toMSecsSinceEpoch()) / 1000.0;
    const auto lifetimeSeconds =
        std::chrono::duration_cast<std::chrono::seconds>(oauth::OAuthFlowState::kLifetime).count();
    insert.addBindValue(created);
    insert.addBindValue(created + double(lifetimeSeconds));
    return insert.exec();
}

std::optional<oauth::OAuthFlowState> take(QSqlDatabase &db, const QByteArray &state)
{
    if (!db.isOpen() || state.isEmpty() || state.size() > 256) {
        return std::nullopt;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "DELETE FROM oauth_pending_flows WHERE state_hash = ? RETURNING code_verifier, "
        "provider_id, purpose, link_user_id, return_path, browser_binding_hash, app::text, "
        "extract(epoch FROM created_at)::float8"));
    query.addBindValue(stateHash(state));
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    oauth::OAuthFlowState flow;
    flow.state = state;
    flow.codeVerifier = query.value(0).toString().toLatin1();
    flow.providerId = query.value(1).toString();
    flow.purpose = query.value(2).toString() == QLatin1String("link_account")
                       ? oauth::OAuthFlowPurpose::LinkAccount
                       : oauth::OAuthFlowPurpose::SignIn;
    flow.linkUserId = query.value(3).isNull() ? 0 : query.value(3).toLongLong();
    flow.returnPath = query.value(4).toString();
    flow.browserBindingHash = query.value(5).toByteArray();
    flow.app = appFrom(query.value(6));
    flow.createdAt =
        QDateTime::fromMSecsSinceEpoch(qint64(query.value(7).toDouble() * 1000.0), Qt::UTC);
    if (flow.isExpiredAt(QDateTime::currentDateTimeUtc())) {
        return std::nullopt;
    }
    return flow;
}

} // namespace oauth_flow_store

namespace oauth {

std::optional<OAuthFlowState> OneFlowStore::take(const QByteArray &state)
{
    if (!m_flow || m_flow->state != state) {
        return std::nullopt;
    }
    return std::exchange(m_flow, std::nullopt);
}

} // namespace oauth
} // namespace transcendence::server
