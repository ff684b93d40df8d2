#include "shell/JsonListModel.h"

namespace transcendence::client {
namespace {

constexpr int kItemRole = Qt::UserRole;
constexpr int kFirstKeyRole = Qt::UserRole + 1;

qint64 idOf(const QJsonObject &item)
{
    return item.value(QStringLiteral("id")).toInteger();
}

} // namespace

JsonListModel::JsonListModel(QStringList roles, QObject *parent)
    : QAbstractListModel(parent)
    , m_roles(std::move(roles))
{}

int JsonListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant JsonListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const QJsonObject &item = m_items.at(index.row());
    if (role == kItemRole) {
        return item.toVariantMap();
    }
    const int key = role - kFirstKeyRole;
    if (key < 0 || key >= m_roles.size()) {
        return {};
    }
    return item.value(m_roles.at(key)).toVariant();
}

QHash<int, QByteArray> JsonListModel::roleNames() const
{
    QHash<int, QByteArray> names{{kItemRole, "item"}};
    for (int key = 0; key < m_roles.size(); ++key) {
        names.insert(kFirstKeyRole + key, m_roles.at(key).toUtf8());
    }
    return names;
}

int JsonListModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (idOf(m_items.at(row)) == id) {
            return row;
        }
    }
    return -1;
}

void JsonListModel::setItems(const QJsonArray &items)
{
    QList<QJsonObject> next;
    next.reserve(items.size());
    for (const QJsonValue &value : items) {
        next.append(value.toObject());
    }
    // Same ids in the same order (a refresh): change the data in place.
    bool sameRows = next.size() == m_items.size();
    for (int row = 0; sameRows && row < next.size(); ++row) {
        sameRows = idOf(next.at(row)) == idOf(m_items.at(row)) && idOf(next.at(row)) != 0;
    }
    if (sameRows) {
        for (int row = 0; row < next.size(); ++row) {
            if (next.at(row) != m_items.at(row)) {
                m_items[row] = next.at(row);
                emit dataChanged(index(row), index(row));
            }
        }
        return;
    }
    beginResetModel();
    m_items = std::move(next);
    endResetModel();
    emit countChanged();
}

void JsonListModel::clear()
{
    if (m_items.isEmpty()) {
        return;
    }
    beginResetModel();
    m_items.clear();
    endResetModel();
    emit countChanged();
}

void JsonListModel::append(const QJsonObject &item)
{
    beginInsertRows({}, int(m_items.size()), int(m_items.size()));
    m_items.append(item);
    endInsertRows();
    emit countChanged();
}

bool JsonListModel::update(const QJsonObject &item)
{
    const int row = rowOfId(idOf(item));
    if (row < 0) {
        return false;
    }
    QJsonObject merged = m_items.at(row);
    for (auto it = item.begin(); it != item.end(); ++it) {
        merged.insert(it.key(), it.value());
    }
    if (merged != m_items.at(row)) {
        m_items[row] = merged;
        emit dataChanged(index(row), index(row));
    }
    return true;
}

bool JsonListModel::removeId(qint64 id)
{
    const int row = rowOfId(id);
    if (row < 0) {
        return false;
    }
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
    emit countChanged();
    return true;
}

QVariantMap JsonListModel::get(int row) const
{
    if (row < 0 || row >= m_items.size()) {
        return {};
    }
    return m_items.at(row).toVariantMap();
}

} // namespace transcendence::client
