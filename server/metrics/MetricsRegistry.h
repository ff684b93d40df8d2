#pragma once

#include <QByteArray>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <vector>

// A small Prometheus-style registry: counters, gauges and histograms, each a family with a fixed
// list of label names. Updating a value is lock-free (atomics), so any thread may do it: the
// event loop, game threads, database workers. Finding the series for a set of label values
// takes the family's mutex once; callers on hot paths keep the reference it returns (series
// are never removed). A family holds at most maxSeries series: further label values land in one
// series whose labels are all "other", so a bug can never grow memory or the scrape without end.
namespace transcendence::server::metrics {

class Counter {
public:
    void inc(double by = 1.0) { m_value.fetch_add(by, std::memory_order_relaxed); }
    double value() const { return m_value.load(std::memory_order_relaxed); }

private:
    std::atomic<double> m_value{0.0};
};

class Gauge {
public:
    void set(double value) { m_value.store(value, std::memory_order_relaxed); }
    void inc(double by = 1.0) { m_value.fetch_add(by, std::memory_order_relaxed); }
    void dec(double by = 1.0) { m_value.fetch_sub(by, std::memory_order_relaxed); }
    double value() const { return m_value.load(std::memory_order_relaxed); }

private:
    std::atomic<double> m_value{0.0};
};

class Histogram {
public:
    explicit Histogram(const std::vector<double> &upperBounds = {});
    void observe(double value);

    struct Snapshot {
        std::vector<std::uint64_t> cumulative; // one per bound, then +Inf
        double sum = 0;
        std::uint64_t count = 0;
    };
    Snapshot snapshot() const;
    const std::vector<double> &bounds() const { return m_bounds; }

private:
    std::vector<double> m_bounds;
    std::unique_ptr<std::atomic<std::uint64_t>[]>
        m_buckets; // per bucket (not cumulative), +Inf last
    std::atomic<double> m_sum{0.0};
};

enum class MetricType { Counter, Gauge, Histogram };

class FamilyBase {
public:
    FamilyBase(QByteArray name, QByteArray help, QStringList labelNames, MetricType type,
               int maxSeries);
    virtual ~FamilyBase() = default;
    const QByteArray &name() const { return m_name; }
    void render(QByteArray &out) const;

protected:
    // The key for these values: padded or cut to the label names, all "other" once the family
    // holds maxSeries series and this key is new. Called with m_mutex held.
    QStringList admit(const QStringList &values, std::size_t seriesCount,
                      const std::function<bool(const QStringList &)> &known) const;
    virtual void renderSeries(QByteArray &out) const = 0;

    QByteArray m_name;
    QByteArray m_help;
    QStringList m_labelNames;
    MetricType m_type;
    int m_maxSeries;
    mutable QMutex m_mutex;
};

template <typename Metric>
class Family : public FamilyBase {
public:
    using FamilyBase::FamilyBase;
    using Factory = std::function<std::unique_ptr<Metric>()>;

    void setFactory(Factory factory) { m_factory = std::move(factory); }

    // The series for these label values (as many as the family has label names), created on
    // first use. The reference stays valid as long as the family.
    Metric &with(const QStringList &values = {})
    {
        const QMutexLocker lock(&m_mutex);
        const QStringList key =
            admit(values, m_series.size(),
                  [this](const QStringList &candidate) { return m_series.count(candidate) > 0; });
        auto found = m_series.find(key);
        if (found == m_series.end()) {
            found =
                m_series.emplace(key, m_factory ? m_factory() : std::make_unique<Metric>()).first;
        }
        return *found->second;
    }

    // Every series' labels and value, for summaries (the admin "Server" page).
    template <typename Visit>
    void forEach(Visit visit) const
    {
        const QMutexLocker lock(&m_mutex);
        for (const auto &[labels, metric] : m_series) {
            visit(labels, *metric);
        }
    }

protected:
    void renderSeries(QByteArray &out) const override;

private:
    std::map<QStringList, std::unique_ptr<Metric>> m_series;
    Factory m_factory;
};

template <>
void Family<Counter>::renderSeries(QByteArray &out) const;
template <>
void Family<Gauge>::renderSeries(QByteArray &out) const;
template <>
void Family<Histogram>::renderSeries(QByteArray &out) const;

// Text written at scrape time by a function (process CPU and memory from /proc), in the
// exposition format, HELP and TYPE lines included.
using Collector = std::function<void(QByteArray &out)>;

class Registry {
public:
    Family<Counter> &counter(const QByteArray &name, const QByteArray &help,
                             const QStringList &labelNames = {}, int maxSeries = 64);
    Family<Gauge> &gauge(const QByteArray &name, const QByteArray &help,
                         const QStringList &labelNames = {}, int maxSeries = 64);
    Family<Histogram> &histogram(const QByteArray &name, const QByteArray &help,
                                 const std::vector<double> &bounds,
                                 const QStringList &labelNames = {}, int maxSeries = 64);
    void addCollector(Collector collector);

    // Prometheus text exposition format 0.0.4.
    QByteArray render() const;

private:
    mutable QMutex m_mutex;
    std::vector<std::unique_ptr<FamilyBase>> m_families;
    std::vector<Collector> m_collectors;
};

// Formats a sample value the way Prometheus reads it (+Inf, NaN, shortest round-trip digits).
QByteArray formatValue(double value);

} // namespace transcendence::server::metrics
