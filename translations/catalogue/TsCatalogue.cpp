#include "catalogue/TsCatalogue.h"

#include <QFile>
#include <QXmlStreamReader>

namespace transcendence::translations {
namespace {

TsMessage::Status statusFromType(QStringView type)
{
    if (type == u"unfinished") {
        return TsMessage::Status::Unfinished;
    }
    if (type == u"vanished") {
        return TsMessage::Status::Vanished;
    }
    if (type == u"obsolete") {
        return TsMessage::Status::Obsolete;
    }
    return TsMessage::Status::Finished;
}

void readTranslation(QXmlStreamReader &xml, TsMessage &message)
{
    message.status = statusFromType(xml.attributes().value(QLatin1String("type")));
    if (!message.numerus) {
        message.translations = {xml.readElementText(QXmlStreamReader::IncludeChildElements)};
        return;
    }
    while (xml.readNextStartElement()) {
        if (xml.name() == u"numerusform") {
            message.translations.append(xml.readElementText());
        } else {
            xml.skipCurrentElement();
        }
    }
}

TsMessage readMessage(QXmlStreamReader &xml, const QString &context)
{
    TsMessage message;
    message.context = context;
    message.line = xml.lineNumber();
    message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
    while (xml.readNextStartElement()) {
        if (xml.name() == u"source") {
            message.source = xml.readElementText();
        } else if (xml.name() == u"comment") {
            message.comment = xml.readElementText();
        } else if (xml.name() == u"translation") {
            readTranslation(xml, message);
        } else {
            xml.skipCurrentElement(); // location, extracomment, translatorcomment, oldsource...
        }
    }
    return message;
}

void readContext(QXmlStreamReader &xml, TsCatalogue &catalogue)
{
    QString name;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"name") {
            name = xml.readElementText();
        } else if (xml.name() == u"message") {
            catalogue.messages.append(readMessage(xml, name));
        } else {
            xml.skipCurrentElement();
        }
    }
}

} // namespace

TsReadResult readTsFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {{}, QStringLiteral("%1: %2").arg(path, file.errorString())};
    }
    QXmlStreamReader xml(&file);
    TsCatalogue catalogue;
    if (!xml.readNextStartElement() || xml.name() != u"TS") {
        return {{}, QStringLiteral("%1: not a Qt Linguist .ts file").arg(path)};
    }
    catalogue.language = xml.attributes().value(QLatin1String("language")).toString();
    catalogue.sourceLanguage = xml.attributes().value(QLatin1String("sourcelanguage")).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() == u"context") {
            readContext(xml, catalogue);
        } else {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError()) {
        return {{},
                QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString())};
    }
    return {catalogue, {}};
}

} // namespace transcendence::translations
