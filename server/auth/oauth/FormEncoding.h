#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace transcendence::server::oauth {

using FormFields = QList<QPair<QString, QString>>;

// application/x-www-form-urlencoded with every byte but the unreserved ones percent-encoded
// (so "+" travels as %2B, never as a space), for token requests.
QByteArray encodeForm(const FormFields &fields);

// A QUrlQuery holding the fields in that same strict encoding: QUrlQuery alone leaves "+" and
// some delimiters as they are, which form decoders would misread.
QUrlQuery strictQuery(const FormFields &fields);

} // namespace transcendence::server::oauth
