#include "domain/Protocol.h"

namespace portolan {

bool Protocol::hasExam(QStringView examId) const
{
    for (const ExamTag &t : exams) {
        if (examId.compare(t.exam, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString Protocol::examLabel(QStringView examId) const
{
    for (const ExamTag &t : exams) {
        if (examId.compare(t.exam, Qt::CaseInsensitive) == 0)
            return t.label;
    }
    return {};
}

} // namespace portolan
