#include "play/ArenaView.h"

#include "engine/Arena.h"
#include "engine/PowerUpKind.h"

#include <QQuickWindow>
#include <QSGRectangleNode>
#include <QSGTransformNode>

#include <algorithm>
#include <vector>

namespace transcendence::client {
namespace {

struct Box {
    QRectF rect;
    QColor color;
};

const QColor kField(0x0b, 0x0d, 0x12);
const QColor kCentreLine(255, 255, 255, 64);
const QColor kObstacle(0x86, 0x8e, 0x96);
const QColor kDeadSide(0x49, 0x50, 0x57);
const QColor kBall(0xf8, 0xf9, 0xfa);
const QColor kScore(248, 249, 250, 153);

// The score drawn on the field as in 1972: block digits of seven segments, in arena units (the
// web page draws the same, resources/web/js/play/renderer.js).
struct DigitSize {
    double width = 8.0;
    double height = 14.0;
    double stroke = 2.0;
    double gap = 3.0;
};

void addDigit(std::vector<Box> &boxes, int digit, double x, double y, const DigitSize &size,
              const QColor &color)
{
    // a top, b top right, c bottom right, d bottom, e bottom left, f top left, g middle
    static const char *const kSegments[] = {"abcdef", "bc",     "abdeg", "abcdg",   "bcfg",
                                            "acdfg",  "acdefg", "abc",   "abcdefg", "abcdfg"};
    const double w = size.width;
    const double h = size.height;
    const double t = size.stroke;
    const double half = h / 2;
    for (const char *segment = kSegments[digit]; *segment; ++segment) {
        QRectF bar;
        switch (*segment) {
        case 'a':
            bar = QRectF(x, y, w, t);
            break;
        case 'b':
            bar = QRectF(x + w - t, y, t, half);
            break;
        case 'c':
            bar = QRectF(x + w - t, y + half, t, half);
            break;
        case 'd':
            bar = QRectF(x, y + h - t, w, t);
            break;
        case 'e':
            bar = QRectF(x, y + half, t, half);
            break;
        case 'f':
            bar = QRectF(x, y, t, half);
            break;
        default:
            bar = QRectF(x, y + half - t / 2, w, t);
            break;
        }
        boxes.push_back({bar, color});
    }
}

// align: -1 ends at x, 0 is centred on x, 1 starts at x.
void addNumber(std::vector<Box> &boxes, int value, double x, double y, int align,
               const DigitSize &size, const QColor &color)
{
    const QString digits = QString::number(std::max(0, value));
    const double total = digits.size() * size.width + (digits.size() - 1) * size.gap;
    double left = align < 0 ? x - total : align == 0 ? x - total / 2 : x;
    for (const QChar digit : digits) {
        addDigit(boxes, digit.digitValue(), left, y, size, color);
        left += size.width + size.gap;
    }
}

QRectF toQRect(const engine::Rect &rect)
{
    return QRectF(QPointF(rect.minX, rect.minY), QPointF(rect.maxX, rect.maxY));
}

// Everything to draw for one state, back to front, in arena units.
std::vector<Box> boxesFor(const engine::MatchConfig &config, const engine::Snapshot *state)
{
    const engine::Arena arena(config);
    const QList<QColor> seatColors = ArenaView::seatColors();
    std::vector<Box> boxes;
    boxes.push_back({QRectF(0, 0, arena.width(), arena.height()), kField});
    if (config.mode == engine::GameMode::OneVsOne) {
        for (double y = 2.0; y < arena.height(); y += 8.0) {
            boxes.push_back({QRectF(arena.width() / 2 - 0.4, y, 0.8, 4.0), kCentreLine});
        }
    } else {
        boxes.push_back(
            {QRectF(arena.width() / 2 - 0.5, arena.height() / 2 - 0.5, 1.0, 1.0), kCentreLine});
    }
    for (const engine::Rect &obstacle : arena.obstacles()) {
        boxes.push_back({toQRect(obstacle), kObstacle});
    }
    if (!state) {
        return boxes;
    }
    // The score, behind the paddles and the ball.
    if (config.mode == engine::GameMode::OneVsOne && state->players.size() >= 2) {
        addNumber(boxes, state->players[0].score, arena.width() / 2 - 12, 6, -1, {}, kScore);
        addNumber(boxes, state->players[1].score, arena.width() / 2 + 12, 6, 1, {}, kScore);
    } else if (config.mode == engine::GameMode::FourPlayers) {
        const QPointF spots[] = {{arena.width() * 0.22, arena.height() / 2 - 4.5},
                                 {arena.width() * 0.78, arena.height() / 2 - 4.5},
                                 {arena.width() / 2, arena.height() * 0.2},
                                 {arena.width() / 2, arena.height() * 0.72}};
        const DigitSize small{5.0, 9.0, 1.4, 2.0};
        for (int seat = 0; seat < int(state->players.size()) && seat < 4; ++seat) {
            const engine::PlayerState &player = state->players[std::size_t(seat)];
            if (!player.eliminated) {
                QColor color = seatColors.value(seat);
                color.setAlpha(140);
                addNumber(boxes, player.lives, spots[seat].x(), spots[seat].y(), 0, small, color);
            }
        }
    }
    for (int seat = 0; seat < int(state->players.size()) && seat < arena.playerCount(); ++seat) {
        const engine::PlayerState &player = state->players[std::size_t(seat)];
        const engine::Side side = arena.sideOf(seat);
        if (player.eliminated) {
            // The side is a wall now.
            const QRectF walls[] = {
                QRectF(0, 0, 1, arena.height()), QRectF(arena.width() - 1, 0, 1, arena.height()),
                QRectF(0, 0, arena.width(), 1), QRectF(0, arena.height() - 1, arena.width(), 1)};
            boxes.push_back({walls[seat], kDeadSide});
            continue;
        }
        const double position = arena.clampPaddle(side, player.paddlePosition, player.paddleLength);
        boxes.push_back({toQRect(arena.paddleRect(side, position, player.paddleLength)),
                         seatColors.value(seat)});
    }
    for (const engine::PickupState &pickup : state->pickups) {
        boxes.push_back({QRectF(pickup.position.x - engine::kPickupHalfSize,
                                pickup.position.y - engine::kPickupHalfSize,
                                2 * engine::kPickupHalfSize, 2 * engine::kPickupHalfSize),
                         ArenaView::pickupColor(engine::powerUpKindName(pickup.kind))});
    }
    const double half = engine::Arena::ballHalfSize();
    for (const engine::BallState &ball : state->balls) {
        boxes.push_back(
            {QRectF(ball.position.x - half, ball.position.y - half, 2 * half, 2 * half), kBall});
    }
    return boxes;
}

} // namespace

ArenaView::ArenaView(QQuickItem *parent)
    : QQuickItem(parent)
{
    setFlag(ItemHasContents, true);
}

QList<QColor> ArenaView::seatColors()
{
    return {QColor(0x4d, 0xab, 0xf7), QColor(0xff, 0x87, 0x87), QColor(0x69, 0xdb, 0x7c),
            QColor(0xff, 0xd4, 0x3b)};
}

QColor ArenaView::pickupColor(const QString &kind)
{
    const auto parsed = engine::powerUpKindFromName(kind);
    if (!parsed) {
        return QColor(0xcc, 0x5d, 0xe8);
    }
    switch (*parsed) {
    case engine::PowerUpKind::BiggerPaddle:
        return QColor(0x38, 0xd9, 0xa9);
    case engine::PowerUpKind::SmallerOpponentPaddle:
        return QColor(0xf7, 0x67, 0x07);
    case engine::PowerUpKind::FasterBall:
        return QColor(0xe6, 0x49, 0x80);
    case engine::PowerUpKind::MultiBall:
        return QColor(0xcc, 0x5d, 0xe8);
    }
    return QColor(0xcc, 0x5d, 0xe8);
}

void ArenaView::setSession(MatchSession *session)
{
    if (session == m_session) {
        return;
    }
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    if (m_session) {
        connect(m_session, &MatchSession::stateUpdated, this, &QQuickItem::update);
        connect(m_session, &MatchSession::setupChanged, this, &QQuickItem::update);
    }
    update();
    emit sessionChanged();
}

void ArenaView::itemChange(ItemChange change, const ItemChangeData &value)
{
    if (change == ItemSceneChange) {
        disconnect(m_frameConnection);
        if (value.window) {
            // Each frame shown asks for the next while the match moves: drawing follows the
            // display's refresh rate.
            m_frameConnection = connect(value.window, &QQuickWindow::frameSwapped, this,
                                        &ArenaView::onFrameSwapped);
        }
    }
    QQuickItem::itemChange(change, value);
}

void ArenaView::onFrameSwapped()
{
    if (m_session && m_session->isAnimating() && isVisible()) {
        update();
    }
}

QSGNode *ArenaView::updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *)
{
    auto *root = static_cast<QSGTransformNode *>(oldNode);
    if (!root) {
        root = new QSGTransformNode;
    }
    std::vector<Box> boxes;
    if (m_session) {
        engine::Snapshot frame;
        const bool hasState = m_session->frameAt(m_session->nowNs(), frame);
        boxes = boxesFor(m_session->matchConfig(), hasState ? &frame : nullptr);
        const double arenaWidth = m_session->arenaWidth();
        const double arenaHeight = m_session->arenaHeight();
        const double scale = std::min(width() / arenaWidth, height() / arenaHeight);
        QMatrix4x4 matrix;
        matrix.translate(float((width() - arenaWidth * scale) / 2),
                         float((height() - arenaHeight * scale) / 2));
        matrix.scale(float(scale), float(scale));
        root->setMatrix(matrix);
    }

    // Reuse the rectangle nodes of the last frame; add or drop only the difference.
    QSGNode *child = root->firstChild();
    for (const Box &box : boxes) {
        auto *node = static_cast<QSGRectangleNode *>(child);
        if (!node) {
            node = window()->createRectangleNode();
            root->appendChildNode(node);
        }
        node->setRect(box.rect);
        node->setColor(box.color);
        child = node->nextSibling();
    }
    while (child) {
        QSGNode *next = child->nextSibling();
        root->removeChildNode(child);
        delete child;
        child = next;
    }
    ++m_framesDrawn;
    QMetaObject::invokeMethod(this, &ArenaView::framesDrawnChanged, Qt::QueuedConnection);
    return root;
}

} // namespace transcendence::client
