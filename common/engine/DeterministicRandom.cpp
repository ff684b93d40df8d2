#include "engine/DeterministicRandom.h"

namespace transcendence::engine {
namespace {

std::uint64_t splitMix64(std::uint64_t &x)
{
    std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

constexpr std::uint64_t rotateLeft(std::uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

DeterministicRandom::DeterministicRandom(std::uint64_t seed)
{
    for (std::uint64_t &word : m_state) {
        word = splitMix64(seed);
    }
}

DeterministicRandom DeterministicRandom::fromState(const State &state)
{
    DeterministicRandom random;
    random.m_state = state;
    return random;
}

std::uint64_t DeterministicRandom::next()
{
    const std::uint64_t result = rotateLeft(m_state[1] * 5, 7) * 9;
    const std::uint64_t t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotateLeft(m_state[3], 45);
    return result;
}

double DeterministicRandom::unit()
{
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

double DeterministicRandom::between(double low, double high)
{
    return low + (high - low) * unit();
}

int DeterministicRandom::below(int bound)
{
    return static_cast<int>(next() % static_cast<std::uint64_t>(bound));
}

} // namespace transcendence::engine
