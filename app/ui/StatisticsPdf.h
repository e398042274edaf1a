#pragma once

#include "practice/PracticeTrend.h"
#include "stats/StatisticsReport.h"

#include <QImage>
#include <QList>
#include <QString>

class QWidget;

namespace portolan {

// The statistics as a printable PDF (A4): readiness, activity, retention, ranges, weakest
// cards, leeches and the exam plans as text and tables, with the page's charts as pictures.
// Every piece of data is escaped: nothing in a card name can become markup.
class StatisticsPdf
{
public:
    StatisticsPdf(const StatisticsReport &report, const StatisticsReportBuilder &names);

    // A snapshot of a chart widget at its current (or preferred) size.
    void addChart(const QString &title, QWidget *chart);
    // The practice exams section (left out when none were taken).
    void setPractice(const QList<PracticeExamTrend> &practice) { m_practice = practice; }
    QString html() const;
    // Through SafeFileWriter, which never writes onto databasePath's files; false with
    // errorText().
    bool write(const QString &fileName, const QString &databasePath);
    QString errorText() const { return m_error; }

private:
    const StatisticsReport &m_report;
    const StatisticsReportBuilder &m_names;
    QList<QPair<QString, QImage>> m_charts;
    QList<PracticeExamTrend> m_practice;
    QString m_error;
};

} // namespace portolan
