// A test-only QML type: the REST calls a test needs to set the scene that the app's pages do not
// make (two accounts becoming friends, a REST match played by a bot), through a signed-in
// AccountSession's own ApiClient.
#include "account/AccountSession.h"
#include "network/ApiClient.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantMap>

using transcendence::client::AccountSession;
using transcendence::client::ApiAnswer;

class ApiProbe : public QObject {
    Q_OBJECT
    Q_PROPERTY(int lastStatus READ lastStatus NOTIFY answered)
    // The last answer's JSON object (empty for none).
    Q_PROPERTY(QVariantMap lastBody READ lastBody NOTIFY answered)

public:
    using QObject::QObject;

    int lastStatus() const { return m_lastStatus; }
    QVariantMap lastBody() const { return m_lastBody; }

    // Sends one request as the session's account; lastStatus is 0 until it is answered.
    Q_INVOKABLE void send(AccountSession *session, const QString &method, const QString &path,
                          const QVariantMap &body)
    {
        m_lastStatus = 0;
        if (!session || !session->api()) {
            m_lastStatus = -1;
            emit answered();
            return;
        }
        QPointer<ApiProbe> guard(this);
        session->api()->request(method.toLatin1(), path, QJsonObject::fromVariantMap(body),
                                [guard](const ApiAnswer &answer) {
                                    if (guard) {
                                        guard->m_lastStatus = answer.status;
                                        guard->m_lastBody = answer.object().toVariantMap();
                                        emit guard->answered();
                                    }
                                });
    }

signals:
    void answered();

private:
    int m_lastStatus = 0;
    QVariantMap m_lastBody;
};

static void registerApiProbe()
{
    qmlRegisterType<ApiProbe>("PlayTestSupport", 1, 0, "ApiProbe");
}
Q_CONSTRUCTOR_FUNCTION(registerApiProbe)

#include "ApiProbe.moc"
