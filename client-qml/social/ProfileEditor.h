#pragma once

#include "social/SessionController.h"

#include <QByteArray>
#include <QUrl>
#include <QVariantMap>

namespace transcendence::client {

// Your own profile: display name and bio (PATCH /api/users/me) and the avatar (PUT
// /api/users/me/avatar with the picture's bytes; DELETE for the generated one). The app only
// checks what it can without decoding (size, a PNG, JPEG or WebP signature); the server decodes,
// crops and scales the picture.
class ProfileEditor : public SessionController {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString username READ username NOTIFY profileChanged)
    Q_PROPERTY(QString displayName READ displayName NOTIFY profileChanged)
    Q_PROPERTY(QString bio READ bio NOTIFY profileChanged)
    // The language of the account ("fr"): the app's and the e-mails'.
    Q_PROPERTY(QString language READ language NOTIFY profileChanged)
    // Relative to the server ("/api/users/42/avatar?v=..."); "" until loaded.
    Q_PROPERTY(QString avatarUrl READ avatarUrl NOTIFY profileChanged)
    Q_PROPERTY(bool saving READ isSaving NOTIFY savingChanged)
    // The server's problem with each field: {"displayName": "..."}.
    Q_PROPERTY(QVariantMap fieldErrors READ fieldErrors NOTIFY fieldErrorsChanged)
    // The picture chosen for upload (shown as the preview), or an empty URL.
    Q_PROPERTY(QUrl chosenAvatar READ chosenAvatar NOTIFY avatarChanged)
    Q_PROPERTY(QString avatarProblem READ avatarProblem NOTIFY avatarChanged)
    Q_PROPERTY(bool uploading READ isUploading NOTIFY avatarChanged)

public:
    static constexpr qint64 kMaxAvatarBytes = 2 * 1024 * 1024;

    explicit ProfileEditor(QObject *parent = nullptr);

    QString username() const { return m_profile.value(QStringLiteral("username")).toString(); }
    QString displayName() const
    {
        return m_profile.value(QStringLiteral("displayName")).toString();
    }
    QString bio() const { return m_profile.value(QStringLiteral("bio")).toString(); }
    QString language() const { return m_profile.value(QStringLiteral("language")).toString(); }
    QString avatarUrl() const { return m_profile.value(QStringLiteral("avatarUrl")).toString(); }
    bool isSaving() const { return m_saving; }
    QVariantMap fieldErrors() const { return m_fieldErrors; }
    QUrl chosenAvatar() const { return m_chosenAvatar; }
    QString avatarProblem() const { return m_avatarProblem; }
    bool isUploading() const { return m_uploading; }

    // Saves the fields (an empty language is left as it is); profileSaved() or fieldErrors /
    // errorMessage tell how it went.
    Q_INVOKABLE void save(const QString &displayName, const QString &bio, const QString &language);
    // Reads a picture the player picked; false (and avatarProblem says why) when it cannot be
    // sent. A local file URL, or a content:// URL on Android.
    Q_INVOKABLE bool chooseAvatar(const QUrl &file);
    Q_INVOKABLE void forgetChosenAvatar();
    Q_INVOKABLE void uploadAvatar();
    Q_INVOKABLE void removeAvatar();

    // What is wrong with these bytes as an avatar ("" when they may be sent), and their type.
    static QString avatarFileProblem(const QByteArray &bytes, QByteArray *contentType);
    // The message for a refused upload (avatar_too_large, avatar_corrupt...).
    static QString describeAvatarFailure(const ApiAnswer &answer);

signals:
    void profileChanged();
    void savingChanged();
    void fieldErrorsChanged();
    void avatarChanged();
    void profileSaved(const QString &message);
    void avatarSaved(const QString &message);

protected:
    void load() override;
    void clear() override;

private:
    void setSaving(bool saving);
    void setFieldErrors(const QVariantMap &errors);
    void setAvatarProblem(const QString &problem);

    QVariantMap m_profile;
    bool m_saving = false;
    QVariantMap m_fieldErrors;
    QUrl m_chosenAvatar;
    QByteArray m_chosenBytes;
    QByteArray m_chosenType;
    QString m_avatarProblem;
    bool m_uploading = false;
};

} // namespace transcendence::client
