#include "domain/Exam.h"

namespace portolan {

const QList<ExamInfo> &knownExams()
{
    static const QList<ExamInfo> exams = {
        {QStringLiteral("n10-009"), QStringLiteral("CompTIA Network+ N10-009"), false},
        {QStringLiteral("n10-008"), QStringLiteral("CompTIA Network+ N10-008"), true},
        {QStringLiteral("220-1101"), QStringLiteral("CompTIA A+ 220-1101"), false},
        {QStringLiteral("sy0-701"), QStringLiteral("CompTIA Security+ SY0-701"), false},
        {QStringLiteral("ccna-200-301"), QStringLiteral("Cisco CCNA 200-301"), false},
    };
    return exams;
}

const ExamInfo *findExam(QStringView id)
{
    for (const ExamInfo &e : knownExams()) {
        if (id.compare(e.id, Qt::CaseInsensitive) == 0)
            return &e;
    }
    return nullptr;
}

} // namespace portolan
