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

QString examTitle(const QString &id)
{
    const ExamInfo *exam = findExam(id);
    return exam ? exam->title : id;
}

QString ExamTag::citation() const
{
    QString id = exam.toUpper();
    if (id.startsWith(QLatin1String("CCNA-")))
        id = QStringLiteral("CCNA");
    if (beyond)
        return id + QStringLiteral(" beyond");
    return objective.isEmpty() ? id : id + QLatin1Char(' ') + objective;
}

bool isObjectiveCitation(QStringView objective)
{
    // "1.4", "4.10" or the exam's acronym list.
    if (objective == QLatin1String("acronyms"))
        return true;
    const qsizetype dot = objective.indexOf(QLatin1Char('.'));
    if (dot <= 0 || dot == objective.size() - 1)
        return false;
    for (qsizetype i = 0; i < objective.size(); ++i) {
        if (i != dot && !objective.at(i).isDigit())
            return false;
    }
    return true;
}

} // namespace portolan
