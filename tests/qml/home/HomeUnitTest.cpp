// What the home page, the match sounds and the e-mail screens decide without a server: the
// player's next tournament match in a tournament's JSON, the tones as WAV files, the sound cues
// of a real (offline) match and the mute, and the e-mail settings' messages.
#include "account/EmailSettings.h"
#include "home/HomeFeed.h"
#include "network/ApiClient.h"
#include "play/LocalMatch.h"
#include "play/MatchSounds.h"
#include "play/PlaySettings.h"
#include "play/ToneWave.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QtEndian>

using namespace transcendence::client;

namespace {

QJsonObject object(const char *json)
{
    QJsonParseError error;
    const QJsonObject parsed = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError) {
        qFatal("bad fixture: %s", qPrintable(error.errorString()));
    }
    return parsed;
}

// A running online tournament of four: user 7 (entry 3) won round 1 against entry 4; the other
// semi-final (entries 1 and 2) is still to be played, so the final waits for its winner.
const char *kRunning = R"({"id": 12, "kind": "online", "name": "Friday cup", "status": "running",
  "owner": {"id": 1, "displayName": "Ann"}, "rounds": 2,
  "entries": [{"id": 1, "userId": 1, "label": "Ann", "left": false, "eliminatedInRound": null},
              {"id": 2, "userId": 2, "label": "Bob", "left": false, "eliminatedInRound": null},
              {"id": 3, "userId": 7, "label": "Me", "left": false, "eliminatedInRound": null},
              {"id": 4, "userId": 8, "label": "Dan", "left": false, "eliminatedInRound": 1}],
  "matches": [
    {"round": 1, "slot": 0, "status": "ready", "players": [{"entryId": 1, "label": "Ann"}, {"entryId": 2, "label": "Bob"}], "roomId": "r1"},
    {"round": 1, "slot": 1, "status": "finished", "players": [{"entryId": 3, "label": "Me"}, {"entryId": 4, "label": "Dan"}], "roomId": null},
    {"round": 2, "slot": 0, "status": "pending", "players": [null, {"entryId": 3, "label": "Me"}], "roomId": null}]})";

ApiAnswer refusal(int status, const char *code, const QJsonObject &fields = {})
{
    ApiAnswer answer;
    answer.status = status;
    answer.errorCode = QLatin1String(code);
    answer.errorMessage = QStringLiteral("the server's own words");
    answer.errorFields = fields;
    return answer;
}

} // namespace

class HomeUnitTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings go to a test folder
        QSettings().clear();
    }

    void nextMatchWaitsForTheOtherSemiFinal()
    {
        const QVariantMap next = HomeFeed::nextMatchIn(object(kRunning), 7);
        QCOMPARE(next.value("state").toString(), QStringLiteral("waiting"));
        QCOMPARE(next.value("tournamentId").toLongLong(), 12);
        QCOMPARE(next.value("tournamentName").toString(), QStringLiteral("Friday cup"));
        QCOMPARE(next.value("round").toInt(), 2);
        QCOMPARE(next.value("rounds").toInt(), 2);
        QCOMPARE(next.value("opponent").toString(), QString()); // not known yet
    }

    void nextMatchIsReadyWithTheOpponentsName()
    {
        const QVariantMap next = HomeFeed::nextMatchIn(object(kRunning), 2);
        QCOMPARE(next.value("state").toString(), QStringLiteral("ready"));
        QCOMPARE(next.value("round").toInt(), 1);
        QCOMPARE(next.value("opponent").toString(), QStringLiteral("Ann"));
        QCOMPARE(next.value("roomId").toString(), QStringLiteral("r1"));
    }

    void noNextMatchForTheEliminatedOrStrangers()
    {
        QVERIFY(HomeFeed::nextMatchIn(object(kRunning), 8).isEmpty()); // out in round 1
        QVERIFY(HomeFeed::nextMatchIn(object(kRunning), 99).isEmpty());
        QJsonObject finished = object(kRunning);
        finished.insert(QStringLiteral("status"), QStringLiteral("finished"));
        QVERIFY(HomeFeed::nextMatchIn(finished, 2).isEmpty());
    }

    void anOpenTournamentWaitsForItsStart()
    {
        QJsonObject open = object(kRunning);
        open.insert(QStringLiteral("status"), QStringLiteral("open"));
        const QVariantMap next = HomeFeed::nextMatchIn(open, 7);
        QCOMPARE(next.value("state").toString(), QStringLiteral("open"));
    }

    void aLocalTournamentsNextMatchIsItsOwners()
    {
        const QJsonObject local = object(R"({"id": 5, "kind": "local", "name": "Home cup",
          "status": "running", "owner": {"id": 7, "displayName": "Me"}, "rounds": 2, "entries": [],
          "matches": [], "nextMatch": {"round": 1, "slot": 0, "announcement": "Ann vs Bob"}})");
        const QVariantMap next = HomeFeed::nextMatchIn(local, 7);
        QCOMPARE(next.value("state").toString(), QStringLiteral("ready"));
        QCOMPARE(next.value("opponent").toString(), QStringLiteral("Ann vs Bob"));
        QVERIFY(HomeFeed::nextMatchIn(local, 8).isEmpty());
    }

    void readyComesFirst()
    {
        const QVariantMap ready{{"state", "ready"}};
        const QVariantMap waiting{{"state", "waiting"}};
        const QVariantMap open{{"state", "open"}};
        QVERIFY(HomeFeed::comesBefore(ready, waiting));
        QVERIFY(HomeFeed::comesBefore(waiting, open));
        QVERIFY(!HomeFeed::comesBefore(open, ready));
    }

    void toneIsAPlayableWave()
    {
        const QByteArray wav = toneWave(459.0, 459.0, 100, 0.5, 22050);
        QCOMPARE(wav.left(4), QByteArray("RIFF"));
        QCOMPARE(wav.mid(8, 8), QByteArray("WAVEfmt "));
        QCOMPARE(qFromLittleEndian<quint16>(wav.constData() + 22), quint16(1)); // mono
        QCOMPARE(qFromLittleEndian<quint32>(wav.constData() + 24), quint32(22050));
        QCOMPARE(qFromLittleEndian<quint16>(wav.constData() + 34), quint16(16));
        const quint32 dataBytes = qFromLittleEndian<quint32>(wav.constData() + 40);
        QCOMPARE(dataBytes, quint32(2205 * 2)); // 100 ms
        QCOMPARE(wav.size(), int(44 + dataBytes));
        QCOMPARE(qFromLittleEndian<quint32>(wav.constData() + 4), quint32(36 + dataBytes));
        // Not silence, within the volume, and no click: it starts and ends at zero.
        qint16 peak = 0;
        for (quint32 i = 0; i < dataBytes / 2; ++i) {
            peak = std::max<qint16>(peak,
                                    qAbs(qFromLittleEndian<qint16>(wav.constData() + 44 + 2 * i)));
        }
        QVERIFY2(peak > 10000 && peak <= 16384, qPrintable(QString::number(peak)));
        QCOMPARE(qFromLittleEndian<qint16>(wav.constData() + 44), qint16(0));
        QCOMPARE(qFromLittleEndian<qint16>(wav.constData() + wav.size() - 2), qint16(0));
    }

    // A real offline match of two computer players: the engine's events become the cues one
    // hears, and MatchSounds counts them unless muted.
    void aMatchCuesPaddleWallAndPointSounds()
    {
        LocalMatch match;
        match.setRealTime(false);
        match.setSeed(3);
        QVariantMap config = PlaySettings::classic();
        config.insert(QStringLiteral("scoreLimit"), 2);
        QVERIFY2(match.start(config, {0, 1}, QStringLiteral("hard")),
                 qPrintable(match.startError()));
        MatchSounds sounds;
        sounds.setMatch(&match);
        QSignalSpy cues(&match, &MatchSession::soundCue);
        for (int i = 0; i < 600 && !match.isOver(); ++i) {
            match.advance(120);
        }
        QVERIFY(match.isOver());
        QStringList heard;
        for (const QList<QVariant> &cue : cues) {
            heard << cue.at(0).toString();
        }
        QVERIFY2(heard.contains(QStringLiteral("paddle")), qPrintable(heard.join(',')));
        QVERIFY2(heard.contains(QStringLiteral("wall")), qPrintable(heard.join(',')));
        int points = 0;
        for (const QVariant &seat : match.standings()) {
            points += seat.toMap().value(QStringLiteral("score")).toInt();
        }
        QCOMPARE(heard.count(QStringLiteral("point")), points);
        QCOMPARE(sounds.cueCount(), int(heard.size()));

        // Muted: the match goes on, nothing is played.
        sounds.setEnabled(false);
        QVERIFY(match.start(config, {0, 1}, QStringLiteral("hard")));
        const int before = sounds.cueCount();
        match.advance(120 * 10);
        QVERIFY(cues.size() > heard.size());
        QCOMPARE(sounds.cueCount(), before);
    }

    void theMuteIsRemembered()
    {
        {
            PlaySettings settings;
            QVERIFY(settings.sounds()); // on at first
            QSignalSpy changed(&settings, &PlaySettings::soundsChanged);
            settings.setSounds(false);
            QCOMPARE(changed.size(), 1);
        }
        PlaySettings again; // the next start of the app
        QVERIFY(!again.sounds());
        again.setSounds(true);
        QVERIFY(PlaySettings().sounds());
    }

    void emailMessagesAreTranslatedCodes()
    {
        QCOMPARE(EmailSettings::describe(refusal(403, "wrong_password")),
                 QStringLiteral("The current password is wrong."));
        QCOMPARE(EmailSettings::describe(refusal(409, "nothing_to_verify")),
                 QStringLiteral("Your address is already confirmed."));
        const auto field = [](const char *code) {
            return QJsonObject{{QStringLiteral("email"),
                                QJsonObject{{QStringLiteral("code"), QLatin1String(code)},
                                            {QStringLiteral("message"), QStringLiteral("x")}}}};
        };
        QCOMPARE(EmailSettings::describe(refusal(422, "validation_failed", field("unchanged"))),
                 QStringLiteral("This is already your address."));
        QCOMPARE(EmailSettings::describe(refusal(409, "validation_failed", field("has_account"))),
                 QStringLiteral("Another account uses this address."));
    }
};

QTEST_MAIN(HomeUnitTest)

#include "HomeUnitTest.moc"
