#include "map/RandomSource.h"

#include <QRandomGenerator>

namespace portolan {

GeneratorRandomSource::GeneratorRandomSource(QRandomGenerator *generator)
    : m_generator(generator ? generator : QRandomGenerator::global())
{}

quint32 GeneratorRandomSource::bounded(quint32 bound)
{
    return bound > 0 ? m_generator->bounded(bound) : 0;
}

} // namespace portolan
