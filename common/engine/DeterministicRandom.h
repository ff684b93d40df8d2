#pragma once

#include <array>
#include <cstdint>

namespace transcendence::engine {

// xoshiro256** seeded through splitmix64. Used instead of <random> distributions, whose output
// is implementation-defined, so that a seed means the same match on every build and platform.
class DeterministicRandom {
public:
    using State = std::array<std::uint64_t, 4>;

    explicit DeterministicRandom(std::uint64_t seed);
    static DeterministicRandom fromState(const State &state);

    std::uint64_t next();
    // Uniform in [0, 1), 53 random bits.
    double unit();
    // Uniform in [low, high).
    double between(double low, double high);
    // Uniform in [0, bound); bound > 0. Slightly biased for huge bounds, which we never use.
    int below(int bound);

    const State &state() const { return m_state; }

private:
    DeterministicRandom() = default;
    State m_state{};
};

} // namespace transcendence::engine
