#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class QNetworkReply;

namespace transcendence::client {

// Which server the app talks to (persisted) and whether it answers: GET <serverUrl>/healthz
// right after the URL changes and every kCheckIntervalMs afterwards.
class ServerStatus : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QUrl serverUrl READ serverUrl WRITE setServerUrl NOTIFY serverUrlChanged)
    Q_PROPERTY(Reachability reachability READ reachability NOTIFY reachabilityChanged)
    Q_PROPERTY(QString serverVersion READ serverVersion NOTIFY serverVersionChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    enum class Reachability {
        Unknown,     // no valid URL
        Checking,    // first check for the current URL under way
        Reachable,   // the last check got {"status":"ok"}
        Unreachable, // the last check failed; lastError says why
    };
    Q_ENUM(Reachability)

    static constexpr int kCheckIntervalMs = 5000;
    static constexpr int kCheckTimeoutMs = 4000;
    static inline const QString kDefaultServerUrl = QStringLiteral("https://localhost:8443");
    static inline const QString kSettingsKey = QStringLiteral("network/serverUrl");

    explicit ServerStatus(QObject *parent = nullptr);

    QUrl serverUrl() const { return m_serverUrl; }
    // Ignores an invalid URL (see serverUrlProblem); a valid one is saved for the next start.
    void setServerUrl(const QUrl &serverUrl);
    Reachability reachability() const { return m_reachability; }
    QString serverVersion() const { return m_serverVersion; }
    QString lastError() const { return m_lastError; }

    // Empty when `text` is an acceptable server URL, else why not (translated).
    Q_INVOKABLE QString serverUrlProblem(const QString &text) const;
    // Validates and applies user input; returns false (and changes nothing) when invalid.
    Q_INVOKABLE bool applyServerUrl(const QString &text);
    Q_INVOKABLE void checkNow();

signals:
    void serverUrlChanged();
    void reachabilityChanged();
    void serverVersionChanged();
    void lastErrorChanged();

private:
    void onCheckFinished(QNetworkReply *reply);
    void setReachability(Reachability reachability);
    void setServerVersion(const QString &serverVersion);
    void setLastError(const QString &lastError);

    QUrl m_serverUrl;
    Reachability m_reachability = Reachability::Unknown;
    QString m_serverVersion;
    QString m_lastError;

    QNetworkAccessManager m_network;
    QPointer<QNetworkReply> m_pendingCheck;
    QTimer m_checkTimer;
};

} // namespace transcendence::client
