#pragma once

#include <cstdint>
#include <vector>

namespace abgen {

/// splitmix64 (Steele, Lea, Flood): turns one seed into well-mixed seeds for
/// the main generator and for independent streams.
inline uint64_t splitmix64(uint64_t& state)
{
    uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

/// xoshiro256** (Blackman, Vigna). Our own copy so the output never depends on
/// the standard library; every helper uses integer arithmetic (or exact
/// floating-point operations), so the same seed gives the same bytes everywhere.
class Random
{
public:
    explicit Random(uint64_t seed)
    {
        uint64_t sm = seed;
        for (uint64_t& s : m_s)
            s = splitmix64(sm);
    }

    uint64_t next()
    {
        const uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    /// Uniform in [0, n) (multiply-shift; the bias for n < 2^32 is negligible).
    uint32_t below(uint32_t n) { return static_cast<uint32_t>(((next() >> 32) * n) >> 32); }
    /// Uniform in [lo, hi].
    int64_t range(int64_t lo, int64_t hi)
    {
        return lo + static_cast<int64_t>(next() % static_cast<uint64_t>(hi - lo + 1));
    }
    /// True with probability per-mille / 1000.
    bool perMille(uint32_t p) { return below(1000) < p; }
    /// True with probability p (0..1), resolved to 1/65536.
    bool chance(double p) { return below(65536) < static_cast<uint32_t>(p * 65536.0); }

    template <class T>
    const T& pick(const std::vector<T>& v)
    {
        return v[below(static_cast<uint32_t>(v.size()))];
    }

    /// A derived, independent generator (for a sub-stream that must not shift
    /// when the main stream's use changes).
    Random fork() { return Random(next()); }

private:
    static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    uint64_t m_s[4];
};

} // namespace abgen
