#include "metrics/MetricsRegistry.h"

#include <charconv>
#include <cmath>
#include <limits>

namespace transcendence::server::metrics {
namespace {

// Label values are escaped as the exposition format asks: backslash, double quote, newline.
QByteArray escapeLabel(const QString &value)
{
    QByteArray out;
    const QByteArray utf8 = value.toUtf8();
    out.reserve(utf8.size());
    for (char c : utf8) {
        if (c == '\\') {
            out += "\\\\";
        } else if (c == '"') {
            out += "\\\"";
        } else if (c == '\n') {
            out += "\\n";
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray escapeHelp(const QByteArray &help)
{
    QByteArray out = help;
    out.replace('\\', "\\\\");
    out.replace('\n', "\\n");
    return out;
}

const char *typeName(MetricType type)
{
    switch (type) {
    case MetricType::Counter:
        return "counter";
    case MetricType::Gauge:
        return "gauge";
    case MetricType::Histogram:
        return "histogram";
    }
    return "untyped";
}

QByteArray labelsWith(const QByteArray &labels, const QByteArray &extra)
{
    if (labels.isEmpty()) {
        return '{' + extra + '}';
    }
    return labels.left(labels.size() - 1) + ',' + extra + '}';
}

} // namespace

QByteArray formatValue(double value)
{
    if (std::isnan(value)) {
        return "NaN";
    }
    if (std::isinf(value)) {
        return value > 0 ? "+Inf" : "-Inf";
    }
    if (value == std::floor(value) && std::fabs(value) < 1e15) {
        return QByteArray::number(qint64(value));
    }
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value); // shortest exact
    return QByteArray(buffer, int(result.ptr - buffer));
}

Histogram::Histogram(const std::vector<double> &upperBounds)
    : m_bounds(upperBounds)
    , m_buckets(new std::atomic<std::uint64_t>[upperBounds.size() + 1])
{
    for (std::size_t i = 0; i <= m_bounds.size(); ++i) {
        m_buckets[i].store(0, std::memory_order_relaxed);
    }
}

void Histogram::observe(double value)
{
    std::size_t bucket = 0;
    while (bucket < m_bounds.size() && value > m_bounds[bucket]) {
        ++bucket;
    }
    m_buckets[bucket].fetch_add(1, std::memory_order_relaxed);
    m_sum.fetch_add(value, std::memory_order_relaxed);
}

Histogram::Snapshot Histogram::snapshot() const
{
    Snapshot snapshot;
    std::uint64_t running = 0;
    for (std::size_t i = 0; i <= m_bounds.size(); ++i) {
        running += m_buckets[i].load(std::memory_order_relaxed);
        snapshot.cumulative.push_back(running);
    }
    snapshot.count = running;
    snapshot.sum = m_sum.load(std::memory_order_relaxed);
    return snapshot;
}

FamilyBase::FamilyBase(QByteArray name, QByteArray help, QStringList labelNames, MetricType type,
                       int maxSeries)
    : m_name(std::move(name))
    , m_help(std::move(help))
    , m_labelNames(std::move(labelNames))
    , m_type(type)
    , m_maxSeries(maxSeries)
{}

QStringList FamilyBase::admit(const QStringList &values, std::size_t seriesCount,
                              const std::function<bool(const QStringList &)> &known) const
{
    QStringList key = values.mid(0, m_labelNames.size());
    while (key.size() < m_labelNames.size()) {
        key << QString();
    }
    if (!known(key) && seriesCount >= std::size_t(m_maxSeries)) {
        key.fill(QStringLiteral("other"));
    }
    return key;
}

void FamilyBase::render(QByteArray &out) const
{
    out += "# HELP " + m_name + ' ' + escapeHelp(m_help) + '\n';
    out += "# TYPE " + m_name + ' ' + typeName(m_type) + '\n';
    const QMutexLocker lock(&m_mutex);
    renderSeries(out);
}

namespace {

QByteArray labelBlock(const QStringList &names, const QStringList &values)
{
    if (names.isEmpty()) {
        return {};
    }
    QByteArray out = "{";
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (i > 0) {
            out += ',';
        }
        out += names[i].toUtf8() + "=\"" + escapeLabel(values.value(i)) + '"';
    }
    return out + '}';
}

} // namespace

template <>
void Family<Counter>::renderSeries(QByteArray &out) const
{
    for (const auto &[labels, metric] : m_series) {
        out +=
            m_name + labelBlock(m_labelNames, labels) + ' ' + formatValue(metric->value()) + '\n';
    }
}

template <>
void Family<Gauge>::renderSeries(QByteArray &out) const
{
    for (const auto &[labels, metric] : m_series) {
        out +=
            m_name + labelBlock(m_labelNames, labels) + ' ' + formatValue(metric->value()) + '\n';
    }
}

template <>
void Family<Histogram>::renderSeries(QByteArray &out) const
{
    for (const auto &[labels, metric] : m_series) {
        const QByteArray block = labelBlock(m_labelNames, labels);
        const Histogram::Snapshot snapshot = metric->snapshot();
        const std::vector<double> &bounds = metric->bounds();
        for (std::size_t i = 0; i < snapshot.cumulative.size(); ++i) {
            const QByteArray le = i < bounds.size() ? formatValue(bounds[i]) : QByteArray("+Inf");
            out += m_name + "_bucket" + labelsWith(block, "le=\"" + le + '"') + ' ' +
                   QByteArray::number(qulonglong(snapshot.cumulative[i])) + '\n';
        }
        out += m_name + "_sum" + block + ' ' + formatValue(snapshot.sum) + '\n';
        out +=
            m_name + "_count" + block + ' ' + QByteArray::number(qulonglong(snapshot.count)) + '\n';
    }
}

Family<Counter> &Registry::counter(const QByteArray &name, const QByteArray &help,
                                   const QStringList &labelNames, int maxSeries)
{
    auto family =
        std::make_unique<Family<Counter>>(name, help, labelNames, MetricType::Counter, maxSeries);
    auto &reference = *family;
    const QMutexLocker lock(&m_mutex);
    m_families.push_back(std::move(family));
    return reference;
}

Family<Gauge> &Registry::gauge(const QByteArray &name, const QByteArray &help,
                               const QStringList &labelNames, int maxSeries)
{
    auto family =
        std::make_unique<Family<Gauge>>(name, help, labelNames, MetricType::Gauge, maxSeries);
    auto &reference = *family;
    const QMutexLocker lock(&m_mutex);
    m_families.push_back(std::move(family));
    return reference;
}

Family<Histogram> &Registry::histogram(const QByteArray &name, const QByteArray &help,
                                       const std::vector<double> &bounds,
                                       const QStringList &labelNames, int maxSeries)
{
    auto family = std::make_unique<Family<Histogram>>(name, help, labelNames, MetricType::Histogram,
                                                      maxSeries);
    family->setFactory([bounds] { return std::make_unique<Histogram>(bounds); });
    auto &reference = *family;
    const QMutexLocker lock(&m_mutex);
    m_families.push_back(std::move(family));
    return reference;
}

void Registry::addCollector(Collector collector)
{
    const QMutexLocker lock(&m_mutex);
    m_collectors.push_back(std::move(collector));
}

QByteArray Registry::render() const
{
    QByteArray out;
    out.reserve(16 * 1024);
    const QMutexLocker lock(&m_mutex);
    for (const auto &family : m_families) {
        family->render(out);
    }
    for (const Collector &collector : m_collectors) {
        collector(out);
    }
    return out;
}

} // namespace transcendence::server::metrics
