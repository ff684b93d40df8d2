#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace transcendence::translations {

// One <message> of a Qt Linguist .ts file.
struct TsMessage {
    enum class Status {
        Finished,   // no type attribute: translated and approved
        Unfinished, // type="unfinished": new, or changed since it was translated
        Vanished,   // type="vanished": the source no longer has it (kept for reuse)
        Obsolete,   // type="obsolete": same, older lupdate wording
    };

    QString context;
    QString source;
    QString comment; // disambiguation, part of the message's identity
    bool numerus = false;
    QStringList translations; // one entry, or one per plural form when numerus
    Status status = Status::Finished;
    qint64 line = 0; // in the .ts file, for error messages

    bool isCurrent() const { return status == Status::Finished || status == Status::Unfinished; }
};

struct TsCatalogue {
    QString language;       // <TS language="...">
    QString sourceLanguage; // <TS sourcelanguage="...">
    QList<TsMessage> messages;
};

struct TsReadResult {
    TsCatalogue catalogue;
    QString error; // empty on success
};

TsReadResult readTsFile(const QString &path);

} // namespace transcendence::translations
