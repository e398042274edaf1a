#include "domain/Protocol.h"

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

} // namespace portolan
