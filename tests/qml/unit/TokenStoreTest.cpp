#include "TokenStoreTest.h"

#include "account/TokenStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using transcendence::client::TokenStore;

namespace {

const QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Runs one asynchronous store operation to its callback.
template <typename Result, typename Start>
Result waitFor(Start start)
{
    std::optional<Result> result;
    start([&result](Result value) { result = std::move(value); });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10'000)) {
        QTest::qFail("the token store did not answer", __FILE__, __LINE__);
        return Result{};
    }
    return *result;
}

} // namespace

void TokenStoreTest::init()
{
    // No keychain here, on purpose: a session bus that does not exist.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/transcendence-test-bus");
}

void TokenStoreTest::theFileIsTheOwnersOnly()
{
    QTemporaryDir root;
    const QString directory = root.filePath(QStringLiteral("tokens"));
    TokenStore store(QStringLiteral("transcendence-test"), directory, TokenStore::Mode::File);
    QCOMPARE(store.backend(), TokenStore::Backend::File);
    QVERIFY(waitFor<bool>([&](auto done) { store.save(QStringLiteral("r1.secret"), done); }));

    QFile file(store.filePath());
    QVERIFY(file.exists());
    // Owner read/write, nothing for the group or others (the owner flags Qt also reports as
    // "user" are the same bits).
    const auto permissions = file.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser);
    QCOMPARE(permissions, kOwnerOnly);
    QCOMPARE(QFile::permissions(directory) &
                 (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeOther),
             QFileDevice::Permissions());

    const auto loaded = waitFor<std::optional<QString>>([&](auto done) { store.load(done); });
    QCOMPARE(loaded, std::optional<QString>(QStringLiteral("r1.secret")));

    // Signing out deletes it.
    QVERIFY(waitFor<bool>([&](auto done) { store.clear(done); }));
    QVERIFY(!QFile::exists(store.filePath()));
    QVERIFY(!waitFor<std::optional<QString>>([&](auto done) { store.load(done); }).has_value());
}

void TokenStoreTest::withoutAKeychainAutoFallsBackToTheFileAndSaysSo()
{
    QTemporaryDir root;
    TokenStore store(QStringLiteral("transcendence-test"), root.path(), TokenStore::Mode::Auto);
    QSignalSpy fellBack(&store, &TokenStore::fellBackToFile);
    QCOMPARE(store.backend(), TokenStore::Backend::Keychain);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no system keychain")));
    QVERIFY(waitFor<bool>([&](auto done) { store.save(QStringLiteral("r2.secret"), done); }));
    // Chosen explicitly and said once, not silently.
    QCOMPARE(store.backend(), TokenStore::Backend::File);
    QCOMPARE(fellBack.count(), 1);
    QVERIFY(!fellBack.first().first().toString().isEmpty());
    QVERIFY(QFile::exists(store.filePath()));
    QCOMPARE(waitFor<std::optional<QString>>([&](auto done) { store.load(done); }),
             std::optional<QString>(QStringLiteral("r2.secret")));
    QVERIFY(waitFor<bool>([&](auto done) { store.clear(done); }));
    QVERIFY(!QFile::exists(store.filePath()));
    QCOMPARE(fellBack.count(), 1);
}

void TokenStoreTest::anExplicitKeychainNeverFallsBack()
{
    QTemporaryDir root;
    TokenStore store(QStringLiteral("transcendence-test"), root.path(), TokenStore::Mode::Keychain);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("keychain write failed")));
    QVERIFY(!waitFor<bool>([&](auto done) { store.save(QStringLiteral("r3.secret"), done); }));
    QCOMPARE(store.backend(), TokenStore::Backend::Keychain);
    QVERIFY(!QFile::exists(store.filePath()));
}

void TokenStoreTest::aFileOthersCanReadIsNotTrusted()
{
    QTemporaryDir root;
    TokenStore store(QStringLiteral("transcendence-test"), root.path(), TokenStore::Mode::File);
    QVERIFY(waitFor<bool>([&](auto done) { store.save(QStringLiteral("r4.secret"), done); }));
    QVERIFY(QFile::setPermissions(store.filePath(), kOwnerOnly | QFileDevice::ReadOther));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("readable by others")));
    QVERIFY(!waitFor<std::optional<QString>>([&](auto done) { store.load(done); }).has_value());
    QVERIFY(!QFile::exists(store.filePath()));
}

void TokenStoreTest::modeComesFromTheEnvironment()
{
    qputenv("TRANSCENDENCE_TOKEN_STORE", "file");
    QCOMPARE(TokenStore::modeFromEnvironment(), TokenStore::Mode::File);
    qputenv("TRANSCENDENCE_TOKEN_STORE", "Keychain");
    QCOMPARE(TokenStore::modeFromEnvironment(), TokenStore::Mode::Keychain);
    qputenv("TRANSCENDENCE_TOKEN_STORE", "sometimes");
    QCOMPARE(TokenStore::modeFromEnvironment(), TokenStore::Mode::Auto);
    qunsetenv("TRANSCENDENCE_TOKEN_STORE");
    QCOMPARE(TokenStore::modeFromEnvironment(), TokenStore::Mode::Auto);
}
