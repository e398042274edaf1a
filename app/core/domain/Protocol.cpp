#include "domain/Protocol.h"

#include <algorithm>

namespace portolan {

const ExamTag *Protocol::examTag(QStringView examId) const
{
    for (const ExamTag &t : exams) {
        if (!t.beyond && examId.compare(t.exam, Qt::CaseInsensitive) == 0)
            return &t;
    }
    return nullptr;
}

bool Protocol::hasExam(QStringView examId) const
{
    return examTag(examId) != nullptr;
}

bool Protocol::isBeyond(QStringView examId) const
{
    for (const ExamTag &t : exams) {
        if (t.beyond && examId.compare(t.exam, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString Protocol::examLabel(QStringView examId) const
{
    const ExamTag *t = examTag(examId);
    return t ? t->label : QString();
}

bool Protocol::claimsAll(const QList<PortAssignment> &claims) const
{
    if (ports.isEmpty())
        return false;
    for (const PortAssignment &a : claims) {
        const bool covered = std::any_of(ports.begin(), ports.end(), [&](const PortAssignment &b) {
            return b.transport == a.transport && b.first <= a.first && a.last <= b.last;
        });
        if (!covered)
            return false;
    }
    return true;
}

} // namespace portolan
