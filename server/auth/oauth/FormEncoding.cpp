#include "auth/oauth/FormEncoding.h"

#include <QUrl>

namespace transcendence::server::oauth {

QByteArray encodeForm(const FormFields &fields)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty()) {
            body += '&';
        }
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

QUrlQuery strictQuery(const FormFields &fields)
{
    QUrlQuery query;
    query.setQuery(QString::fromLatin1(encodeForm(fields)));
    return query;
}

} // namespace transcendence::server::oauth
