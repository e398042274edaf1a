#pragma once

#include <QtGlobal>

class QRandomGenerator;

namespace portolan {

// Where "ports in action" draws its random client ports from, injected so that tests can fix
// the draws (as the scheduler is given its clock).
class RandomSource
{
public:
    virtual ~RandomSource() = default;
    // Uniform in [0, bound); bound > 0.
    virtual quint32 bounded(quint32 bound) = 0;
};

// Draws from a QRandomGenerator: the system's by default, or a seeded one for repeatable runs.
class GeneratorRandomSource : public RandomSource
{
public:
    explicit GeneratorRandomSource(QRandomGenerator *generator = nullptr);
    quint32 bounded(quint32 bound) override;

private:
    QRandomGenerator *m_generator;
};

} // namespace portolan
