#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace portolan {

class Catalog;
struct Protocol;

// Chooses the wrong options of a multiple-choice question so that they are confusable on
// purpose: the classic port pairs (161/162, 67/68, 20/21, 389/636, 5060/5061, 465/587,
// 137–139/445, 989/990 vs 20/21), the same family (related and counterpart protocols),
// neighbouring numbers, and names that sound right but are wrong. Deterministic for a seed.
class DistractorPicker
{
public:
    // catalog must outlive the picker.
    explicit DistractorPicker(const Catalog &catalog);

    // Protocols to offer beside the right one; never target, never one in exclude (other
    // right answers), never two with the same abbreviation. Most confusable first.
    QList<int> protocols(int target, const QList<int> &exclude, int count, quint64 seed) const;
    // Wrong secure counterparts for target: secure protocols of the same family first.
    QList<int> counterparts(int target, const QList<int> &exclude, int count, quint64 seed) const;
    // Wrong port sets for target's ports (sorted, each different from the right one).
    QList<QList<int>> portSets(int target, int count, quint64 seed) const;
    // Wrong full names for target: known misnomers first, then names of its family.
    QStringList names(int target, int count, quint64 seed) const;

    // How alike two protocols are for a learner: confusable ports, family, nearby numbers.
    int similarity(int a, int b) const;

    struct PortPair
    {
        QList<int> first;
        QList<int> second;
    };
    // Port sets learners mix up; each pair works both ways.
    static const QList<PortPair> &confusablePorts();
    // Wrong expansions learners (and study notes) give for an abbreviation.
    static QStringList misnomers(const QString &protocolKey);

private:
    QList<int> ranked(const QList<int> &candidates, quint64 seed,
                      const std::function<double(int)> &score) const;

    const Catalog &m_catalog;
};

} // namespace portolan
