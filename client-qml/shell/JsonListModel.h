#pragma once

#include <QAbstractListModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace transcendence::client {

// A list of JSON objects (an API answer's array) as a QAbstractListModel: each key named in
// `roles` is a role QML delegates read by name (model.username), plus "item" for the whole object.
// Replacing the items keeps rows whose "id" stays, so views keep their scroll position and the
// delegates of unchanged rows are not rebuilt.
class JsonListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("feature controllers own their lists")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    JsonListModel(QStringList roles, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_items.size()); }
    const QJsonObject &at(int row) const { return m_items.at(row); }
    // The row of the object whose "id" is `id`, or -1.
    int rowOfId(qint64 id) const;

    void setItems(const QJsonArray &items);
    void clear();
    void append(const QJsonObject &item);
    // Replaces the object with the same "id" (merging its keys), or does nothing.
    bool update(const QJsonObject &item);
    bool removeId(qint64 id);

    // The whole object of a row, for QML code that needs more than the roles.
    Q_INVOKABLE QVariantMap get(int row) const;

signals:
    void countChanged();

private:
    QStringList m_roles;
    QList<QJsonObject> m_items;
};

} // namespace transcendence::client
