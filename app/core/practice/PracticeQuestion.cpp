#include "practice/PracticeQuestion.h"

#include <algorithm>

namespace portolan {

namespace {

struct KindName
{
    PracticeKind kind;
    const char *name;
};

constexpr KindName kKindNames[] = {
    {PracticeKind::Scenario, "scenario"},
    {PracticeKind::Protocol, "protocol"},
    {PracticeKind::Port, "port"},
    {PracticeKind::Counterpart, "counterpart"},
    {PracticeKind::Security, "security"},
    {PracticeKind::Transport, "transport"},
    {PracticeKind::SelectTwo, "select-two"},
};

} // namespace

QString practiceKindName(PracticeKind kind)
{
    for (const KindName &k : kKindNames) {
        if (k.kind == kind)
            return QLatin1String(k.name);
    }
    return {};
}

bool parsePracticeKind(QStringView name, PracticeKind *out)
{
    for (const KindName &k : kKindNames) {
        if (name == QLatin1String(k.name)) {
            *out = k.kind;
            return true;
        }
    }
    return false;
}

bool PracticeQuestion::isRight(const QList<int> &picked) const
{
    QList<int> a = answers;
    QList<int> b = picked;
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    b.erase(std::unique(b.begin(), b.end()), b.end());
    return !a.isEmpty() && a == b;
}

} // namespace portolan
