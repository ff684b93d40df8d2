#include "social/ProfileEditor.h"

#include "network/FieldMessages.h"

#include <QFile>

namespace transcendence::client {

ProfileEditor::ProfileEditor(QObject *parent)
    : SessionController(parent)
{}

void ProfileEditor::load()
{
    // The public profile carries the avatar's versioned URL; /api/users/me does not.
    const qint64 userId = session()->userId();
    if (userId <= 0) {
        return;
    }
    request("GET", QStringLiteral("/api/users/") + QString::number(userId), {},
            [this](const ApiAnswer &answer) {
                if (!answer.ok()) {
                    setError(AccountSession::describe(answer));
                    return;
                }
                m_profile = answer.object().toVariantMap();
                // Only the account itself (not its public profile) says its language.
                if (session()) {
                    m_profile.insert(QStringLiteral("language"),
                                     session()->user().value(QStringLiteral("language")));
                }
                emit profileChanged();
            });
}

void ProfileEditor::clear()
{
    m_profile.clear();
    emit profileChanged();
    setFieldErrors({});
    forgetChosenAvatar();
}

void ProfileEditor::save(const QString &displayName, const QString &bio, const QString &language)
{
    if (m_saving || !api()) {
        return;
    }
    clearError();
    setFieldErrors({});
    setSaving(true);
    QJsonObject changes{{QStringLiteral("displayName"), displayName.trimmed()},
                        {QStringLiteral("bio"), bio}};
    if (!language.isEmpty()) {
        changes.insert(QStringLiteral("language"), language);
    }
    act("PATCH", QStringLiteral("/api/users/me"), changes, [this](const ApiAnswer &answer) {
        setSaving(false);
        if (!answer.ok()) {
            setFieldErrors(FieldMessages::describeAll(answer.errorFields));
            if (answer.errorCode == QLatin1String("conflict")) {
                setFieldErrors({{QStringLiteral("displayName"),
                                 tr("Another player already has this display name.")}});
            }
            setError(AccountSession::describe(answer));
            return;
        }
        // What the server kept (a display name is normalised).
        for (const QString &key : {QStringLiteral("displayName"), QStringLiteral("bio"),
                                   QStringLiteral("avatarUrl"), QStringLiteral("language")}) {
            m_profile.insert(key, answer.object().value(key).toVariant());
        }
        emit profileChanged();
        if (session()) {
            session()->reloadUser(); // the name in the navigation, the account's language
        }
        emit profileSaved(tr("Your profile is saved."));
    });
}

QString ProfileEditor::avatarFileProblem(const QByteArray &bytes, QByteArray *contentType)
{
    if (bytes.size() > kMaxAvatarBytes) {
        return tr("The picture is larger than 2 MiB.");
    }
    QByteArray type;
    if (bytes.startsWith("\x89PNG\r\n\x1a\n")) {
        type = "image/png";
    } else if (bytes.startsWith("\xff\xd8\xff")) {
        type = "image/jpeg";
    } else if (bytes.size() >= 12 && bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP") {
        type = "image/webp";
    } else {
        return tr("Choose a PNG, JPEG or WebP picture.");
    }
    if (contentType) {
        *contentType = type;
    }
    return {};
}

bool ProfileEditor::chooseAvatar(const QUrl &file)
{
    forgetChosenAvatar();
    QFile picture(file.isLocalFile() ? file.toLocalFile() : file.toString());
    if (!picture.open(QIODevice::ReadOnly)) {
        setAvatarProblem(tr("The picture could not be read: %1").arg(picture.errorString()));
        return false;
    }
    if (picture.size() > kMaxAvatarBytes) {
        setAvatarProblem(tr("The picture is larger than 2 MiB."));
        return false;
    }
    const QByteArray bytes = picture.read(kMaxAvatarBytes + 1);
    QByteArray type;
    const QString problem = avatarFileProblem(bytes, &type);
    if (!problem.isEmpty()) {
        setAvatarProblem(problem);
        return false;
    }
    m_chosenAvatar = file;
    m_chosenBytes = bytes;
    m_chosenType = type;
    emit avatarChanged();
    return true;
}

void ProfileEditor::forgetChosenAvatar()
{
    m_chosenAvatar.clear();
    m_chosenBytes.clear();
    m_chosenType.clear();
    m_avatarProblem.clear();
    emit avatarChanged();
}

void ProfileEditor::uploadAvatar()
{
    ApiClient *client = api();
    if (!client || m_uploading || m_chosenBytes.isEmpty()) {
        return;
    }
    m_uploading = true;
    m_avatarProblem.clear();
    emit avatarChanged();
    client->requestBytes("PUT", QStringLiteral("/api/users/me/avatar"), m_chosenBytes, m_chosenType,
                         [guard = QPointer<ProfileEditor>(this)](const ApiAnswer &answer) {
                             if (!guard) {
                                 return;
                             }
                             guard->m_uploading = false;
                             if (!answer.ok()) {
                                 guard->setAvatarProblem(describeAvatarFailure(answer));
                                 return;
                             }
                             guard->forgetChosenAvatar();
                             guard->m_profile.insert(
                                 QStringLiteral("avatarUrl"),
                                 answer.object().value(QStringLiteral("avatarUrl")).toString());
                             emit guard->profileChanged();
                             emit guard->avatarSaved(tr("Your new avatar is saved."));
                         });
}

void ProfileEditor::removeAvatar()
{
    if (!api() || m_uploading) {
        return;
    }
    m_uploading = true;
    m_avatarProblem.clear();
    emit avatarChanged();
    act("DELETE", QStringLiteral("/api/users/me/avatar"), {}, [this](const ApiAnswer &answer) {
        m_uploading = false;
        if (!answer.ok()) {
            setAvatarProblem(AccountSession::describe(answer));
            return;
        }
        emit avatarChanged();
        reload(); // the generated avatar's URL
        emit avatarSaved(tr("Your avatar is removed. The generated one is shown instead."));
    });
}

QString ProfileEditor::describeAvatarFailure(const ApiAnswer &answer)
{
    const QString &code = answer.errorCode;
    if (code == QLatin1String("avatar_too_large")) {
        return tr("The picture is larger than 2 MiB.");
    }
    if (code == QLatin1String("avatar_not_an_image") ||
        code == QLatin1String("avatar_unsupported_format") ||
        code == QLatin1String("unsupported_media_type")) {
        return tr("Choose a PNG, JPEG or WebP picture.");
    }
    if (code == QLatin1String("avatar_dimensions_too_large")) {
        return tr("The picture has too many pixels (at most 8192 a side).");
    }
    if (code == QLatin1String("avatar_corrupt")) {
        return tr("The picture could not be read. It may be damaged.");
    }
    return AccountSession::describe(answer);
}

void ProfileEditor::setSaving(bool saving)
{
    if (saving != m_saving) {
        m_saving = saving;
        emit savingChanged();
    }
}

void ProfileEditor::setFieldErrors(const QVariantMap &errors)
{
    if (errors != m_fieldErrors) {
        m_fieldErrors = errors;
        emit fieldErrorsChanged();
    }
}

void ProfileEditor::setAvatarProblem(const QString &problem)
{
    m_avatarProblem = problem;
    emit avatarChanged();
}

} // namespace transcendence::client
