#pragma once

#include "play/MatchSession.h"

#include <QColor>
#include <QPointer>
#include <QQuickItem>
#include <QtQml/qqmlregistration.h>

namespace transcendence::client {

// Draws a match's arena with the scene graph: walls, obstacles, paddles in the seats' colours,
// power-ups, balls. It asks its session for the state at the moment of each frame, so while the
// match runs it draws at the display's refresh rate, interpolated, not at the simulation's or the
// network's rate. The arena keeps its aspect ratio, centred in the item.
class ArenaView : public QQuickItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(MatchSession *session READ session WRITE setSession NOTIFY sessionChanged)
    // Frames drawn so far (tests check that it keeps drawing while the match runs).
    Q_PROPERTY(int framesDrawn READ framesDrawn NOTIFY framesDrawnChanged)
    // A colour per seat: left, right, top, bottom.
    Q_PROPERTY(QList<QColor> seatColors READ seatColors CONSTANT)

public:
    explicit ArenaView(QQuickItem *parent = nullptr);

    MatchSession *session() const { return m_session; }
    void setSession(MatchSession *session);
    int framesDrawn() const { return m_framesDrawn; }
    static QList<QColor> seatColors();
    // The colour of a power-up kind on the field (the page's legend uses the same).
    Q_INVOKABLE static QColor pickupColor(const QString &kind);

signals:
    void sessionChanged();
    void framesDrawnChanged();

protected:
    QSGNode *updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *data) override;
    void itemChange(ItemChange change, const ItemChangeData &value) override;

private:
    void onFrameSwapped();

    QPointer<MatchSession> m_session;
    QMetaObject::Connection m_frameConnection;
    int m_framesDrawn = 0;
};

} // namespace transcendence::client
