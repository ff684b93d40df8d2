#include "PlayBots.h"

#include "engine/SnapshotCodec.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>

namespace transcendence::testing {

QJsonObject playMessage(const QString &type, QJsonObject fields)
{
    fields.insert(QStringLiteral("type"), type);
    return fields;
}

bool openSignedIn(WebSocketTestClient &socket, ApiTestClient &api, quint16 port,
                  const ApiTestClient::Account &account, const QString &client)
{
    return openSignedInAt(socket, api, QStringLiteral("ws://127.0.0.1:%1/ws").arg(port), account,
                          client);
}

bool openSignedInAt(WebSocketTestClient &socket, ApiTestClient &api, const QString &url,
                    const ApiTestClient::Account &account, const QString &client)
{
    const QString ticket = api.wsTicket(account.accessToken);
    if (ticket.isEmpty() || !socket.open(url)) {
        return false;
    }
    socket.sendJson(playMessage(QStringLiteral("hello"), {{QStringLiteral("version"), 1},
                                                          {QStringLiteral("client"), client},
                                                          {QStringLiteral("ticket"), ticket}}));
    return nextOfType(socket, QStringLiteral("welcome"))
               .value(QStringLiteral("user"))
               .toObject()
               .value(QStringLiteral("id"))
               .toInteger() == account.id;
}

int snapshotScore(const QJsonObject &snapshot)
{
    int sum = 0;
    const QJsonArray players = snapshot.value(QStringLiteral("state"))
                                   .toObject()
                                   .value(QStringLiteral("players"))
                                   .toArray();
    for (const QJsonValue &player : players) {
        sum += player.toObject().value(QStringLiteral("score")).toInt();
    }
    return sum;
}

QJsonObject nextOfType(WebSocketTestClient &socket, const QString &type, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const QJsonObject received = socket.next(int(deadline.remainingTime()));
        if (received.value(QStringLiteral("type")).toString() == type) {
            return received;
        }
    }
    return {};
}

engine::MatchConfig quickMatchConfig()
{
    engine::MatchConfig config;
    config.scoreLimit = 2;
    config.ballSpeed = 200;
    config.ballMaxSpeed = 320;
    config.ballSpeedIncrement = 40;
    config.paddleSpeed = 40;
    config.paddleLength = 8;
    config.serveDelay = 0.2;
    return config;
}

std::vector<int> SeatPlayer::seats() const
{
    std::vector<int> out;
    for (const auto &[seat, bot] : m_bots) {
        out.push_back(seat);
    }
    return out;
}

bool SeatPlayer::poll(int waitMs)
{
    bool any = false;
    for (QJsonObject received = m_socket.next(waitMs); !received.isEmpty();
         received = m_socket.next(0)) {
        any = true;
        const QString type = received.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("snapshot")) {
            onSnapshot(received);
            continue;
        }
        notices << received;
        if (type == QLatin1String("matchStarted")) {
            onStarted(received);
        } else if (type == QLatin1String("matchOver")) {
            over = received;
        } else if (type == QLatin1String("error")) {
            problem = QString::fromUtf8(QJsonDocument(received).toJson(QJsonDocument::Compact));
        }
    }
    return any;
}

void SeatPlayer::onStarted(const QJsonObject &message)
{
    started = message;
    const auto config =
        engine::MatchConfig::fromJson(message.value(QStringLiteral("config")).toObject());
    if (!std::holds_alternative<engine::MatchConfig>(config)) {
        problem = QStringLiteral("matchStarted without a valid config");
        return;
    }
    m_config = std::get<engine::MatchConfig>(config);
    m_bots.clear();
    for (const QJsonValue &entry : message.value(QStringLiteral("seats")).toArray()) {
        const QJsonObject seat = entry.toObject();
        if (seat.value(QStringLiteral("controlledByYou")).toBool()) {
            const int index = seat.value(QStringLiteral("seat")).toInt();
            m_bots.emplace(index, engine::BallTrackingBot(*m_config, index));
            m_held[index] = engine::Input::None;
        }
    }
}

void SeatPlayer::onSnapshot(const QJsonObject &message)
{
    ++snapshots;
    if (firstSnapshot.isEmpty()) {
        firstSnapshot = message;
    }
    lastSnapshot = message;
    const qint64 tick = message.value(QStringLiteral("tick")).toInteger();
    ticksIncreased = ticksIncreased && tick >= m_lastTick;
    m_lastTick = tick;
    if (m_idle || m_bots.empty() ||
        message.value(QStringLiteral("phase")).toString() != QLatin1String("running")) {
        return;
    }
    const auto state = engine::snapshotFromJson(message.value(QStringLiteral("state")).toObject());
    if (!std::holds_alternative<engine::Snapshot>(state)) {
        problem = QStringLiteral("undecodable snapshot");
        return;
    }
    const bool tired = m_idleAfterInputs >= 0 && inputsSent >= m_idleAfterInputs;
    for (auto &[seat, bot] : m_bots) {
        const engine::Input key =
            tired ? engine::Input::None : bot.decide(std::get<engine::Snapshot>(state));
        if (key != m_held[seat]) {
            m_held[seat] = key;
            m_socket.sendJson(playMessage(QStringLiteral("input"),
                                          {{QStringLiteral("seq"), ++inputsSent},
                                           {QStringLiteral("seat"), seat},
                                           {QStringLiteral("key"), engine::inputName(key)}}));
        }
    }
}

bool playUntilOver(const std::vector<SeatPlayer *> &players, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        bool allOver = true;
        for (SeatPlayer *player : players) {
            if (!player->isOver()) {
                player->poll(5);
                allOver = allOver && player->isOver();
            }
        }
        if (allOver) {
            return true;
        }
    }
    return false;
}

} // namespace transcendence::testing
