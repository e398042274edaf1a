#pragma once
// Forward-mode derivatives for the FSRS optimizer (docs/fsrs.md §9): a value and its partial
// derivatives by each of the 21 weights. A review history is a short chain of formulas; carrying
// the gradient along with the value is simpler than a tape and costs 21 multiply-adds per
// operation. Each function also takes a plain double, so that one template of the model runs
// on either: with derivatives to train, without to evaluate.
#include "srs/FsrsParameters.h"

#include <array>
#include <cmath>

namespace portolan::fsrsdual {

inline constexpr int kW = FsrsParameters::kWeightCount;

struct Dual
{
    Dual() = default;
    explicit Dual(double value) : v(value) {}
    double v = 0.0;
    std::array<double, kW> d{};
};

inline double val(double x)
{
    return x;
}
inline double val(const Dual &x)
{
    return x.v;
}

inline Dual operator+(const Dual &a, const Dual &b)
{
    Dual r;
    r.v = a.v + b.v;
    for (int i = 0; i < kW; ++i)
        r.d[i] = a.d[i] + b.d[i];
    return r;
}
inline Dual operator+(const Dual &a, double b)
{
    Dual r = a;
    r.v += b;
    return r;
}
inline Dual operator+(double a, const Dual &b)
{
    return b + a;
}
inline Dual operator-(const Dual &a)
{
    Dual r;
    r.v = -a.v;
    for (int i = 0; i < kW; ++i)
        r.d[i] = -a.d[i];
    return r;
}
inline Dual operator-(const Dual &a, const Dual &b)
{
    return a + (-b);
}
inline Dual operator-(const Dual &a, double b)
{
    return a + (-b);
}
inline Dual operator-(double a, const Dual &b)
{
    return (-b) + a;
}
inline Dual operator*(const Dual &a, const Dual &b)
{
    Dual r;
    r.v = a.v * b.v;
    for (int i = 0; i < kW; ++i)
        r.d[i] = a.d[i] * b.v + b.d[i] * a.v;
    return r;
}
inline Dual operator*(const Dual &a, double b)
{
    Dual r;
    r.v = a.v * b;
    for (int i = 0; i < kW; ++i)
        r.d[i] = a.d[i] * b;
    return r;
}
inline Dual operator*(double a, const Dual &b)
{
    return b * a;
}
inline Dual operator/(const Dual &a, const Dual &b)
{
    Dual r;
    r.v = a.v / b.v;
    const double inv = 1.0 / (b.v * b.v);
    for (int i = 0; i < kW; ++i)
        r.d[i] = (a.d[i] * b.v - a.v * b.d[i]) * inv;
    return r;
}
inline Dual operator/(const Dual &a, double b)
{
    return a * (1.0 / b);
}
inline Dual operator/(double a, const Dual &b)
{
    Dual r;
    r.v = a / b.v;
    const double k = -a / (b.v * b.v);
    for (int i = 0; i < kW; ++i)
        r.d[i] = b.d[i] * k;
    return r;
}
inline Dual exp(const Dual &a)
{
    Dual r;
    r.v = std::exp(a.v);
    for (int i = 0; i < kW; ++i)
        r.d[i] = a.d[i] * r.v;
    return r;
}
inline Dual log(const Dual &a)
{
    Dual r;
    r.v = std::log(a.v);
    for (int i = 0; i < kW; ++i)
        r.d[i] = a.d[i] / a.v;
    return r;
}
// a^b with both varying: d(a^b) = a^b · (b' ln a + b a'/a). Every base here is positive.
inline Dual pow(const Dual &a, const Dual &b)
{
    Dual r;
    r.v = std::pow(a.v, b.v);
    const double la = std::log(a.v);
    const double k = b.v / a.v;
    for (int i = 0; i < kW; ++i)
        r.d[i] = r.v * (b.d[i] * la + a.d[i] * k);
    return r;
}
inline double exp(double a)
{
    return std::exp(a);
}
inline double log(double a)
{
    return std::log(a);
}
inline double pow(double a, double b)
{
    return std::pow(a, b);
}

// Clamps as Burn/PyTorch do: the derivative passes on the boundary and stops outside it.
template <typename T> T clampT(const T &x, double lo, double hi)
{
    if (val(x) < lo)
        return T(lo);
    if (val(x) > hi)
        return T(hi);
    return x;
}
template <typename T> T minT(const T &a, const T &b)
{
    return val(b) < val(a) ? b : a;
}

template <> inline Dual clampT(const Dual &x, double lo, double hi)
{
    if (x.v < lo)
        return Dual(lo);
    if (x.v > hi)
        return Dual(hi);
    return x;
}

} // namespace portolan::fsrsdual
