#include "mail/MailSender.h"

#include "app/StructuredLog.h"
#include "db/DatabaseConnection.h"
#include "mail/MailOutbox.h"

#include <QSqlDriver>
#include <QTimer>

namespace transcendence::server {
namespace {

constexpr int kBatch = 20;
constexpr int kClaimSeconds = 300; // longer than a batch of slow sends

} // namespace

MailSender::MailSender(Options options)
    : m_options(std::move(options))
    , m_smtp(m_options.smtp)
    , m_connectionName(QStringLiteral("mail-sender"))
{}

MailSender *MailSender::start(Options options)
{
    SmtpClient::initializeLibrary();
    auto *sender = new MailSender(std::move(options));
    sender->m_thread.setObjectName(QStringLiteral("mail-sender"));
    sender->moveToThread(&sender->m_thread);
    connect(&sender->m_thread, &QThread::started, sender, &MailSender::begin);
    sender->m_thread.start();
    return sender;
}

void MailSender::stop(MailSender *sender)
{
    if (!sender) {
        return;
    }
    QMetaObject::invokeMethod(
        sender,
        [sender] {
            delete sender->m_timer;
            sender->m_timer = nullptr;
            DatabaseConnection::remove(sender->m_connectionName);
            sender->m_thread.quit();
        },
        Qt::QueuedConnection);
    sender->m_thread.wait();
    delete sender; // the thread has ended: deleting from here is safe
}

void MailSender::wake()
{
    QMetaObject::invokeMethod(this, &MailSender::drain, Qt::QueuedConnection);
}

void MailSender::begin()
{
    m_timer = new QTimer();
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &MailSender::drain);
    if (m_options.smtp.url.isEmpty()) {
        StructuredLog::warning(QStringLiteral("mail_disabled"),
                               {{QStringLiteral("message"),
                                 QStringLiteral("TRANSCENDENCE_SMTP_URL is not set: mail waits "
                                                "in the outbox and is not sent")}});
        return;
    }
    StructuredLog::info(QStringLiteral("mail_sender_started"),
                        {{QStringLiteral("relay"), m_options.smtp.url}});
    drain();
}

void MailSender::drain()
{
    if (m_options.smtp.url.isEmpty() || !m_timer) {
        return;
    }
    QString error;
    QSqlDatabase db = DatabaseConnection::open(m_options.database, m_connectionName, &error);
    if (!db.isOpen()) {
        m_timer->start(m_options.pollSeconds * 1000);
        return;
    }
    // NOTIFY mail_outbox (sql/0019_mail.sql) wakes us when any instance queues mail. A
    // re-opened connection has lost its subscription: subscribe again.
    QSqlDriver *driver = db.driver();
    if (!driver->subscribedToNotifications().contains(QStringLiteral("mail_outbox")) &&
        driver->subscribeToNotification(QStringLiteral("mail_outbox"))) {
        connect(driver, &QSqlDriver::notification, this, &MailSender::drain, Qt::UniqueConnection);
    }
    for (;;) {
        const auto due = mail_outbox::claimDue(db, kBatch, kClaimSeconds);
        if (!due || due->isEmpty()) {
            break;
        }
        for (const mail_outbox::Pending &pending : *due) {
            if (pending.ageSeconds > mail_outbox::kGiveUpAfterSeconds) {
                mail_outbox::drop(db, pending.id);
                StructuredLog::error(QStringLiteral("mail_given_up"),
                                     {{QStringLiteral("id"), pending.id},
                                      {QStringLiteral("attempts"), pending.attempts}});
                continue;
            }
            const QString failure = m_smtp.send(pending.message);
            if (failure.isEmpty()) {
                mail_outbox::markSent(db, pending.id);
                StructuredLog::info(QStringLiteral("mail_sent"),
                                    {{QStringLiteral("id"), pending.id},
                                     {QStringLiteral("attempts"), pending.attempts + 1}});
                continue;
            }
            const int retryIn =
                mail_outbox::retryDelaySeconds(pending.attempts, m_options.firstRetrySeconds);
            mail_outbox::markFailed(db, pending.id, failure, retryIn);
            StructuredLog::warning(QStringLiteral("mail_failed"),
                                   {{QStringLiteral("id"), pending.id},
                                    {QStringLiteral("attempts"), pending.attempts + 1},
                                    {QStringLiteral("retryInSeconds"), retryIn},
                                    {QStringLiteral("error"), failure}});
        }
    }
    scheduleNext();
}

void MailSender::scheduleNext()
{
    QString error;
    QSqlDatabase db = DatabaseConnection::open(m_options.database, m_connectionName, &error);
    qint64 wait = m_options.pollSeconds;
    if (db.isOpen()) {
        if (const auto next = mail_outbox::secondsUntilNextDue(db)) {
            wait = std::clamp<qint64>(*next, 1, m_options.pollSeconds);
        }
    }
    m_timer->start(int(wait * 1000));
}

} // namespace transcendence::server
