#include "StatisticsPdf.h"

#include "domain/Exam.h"
#include "domain/Percent.h"
#include "storage/SafeFileWriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>
#include <QWidget>

namespace portolan {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QStringList &cells, bool header = false)
{
    QString out = QStringLiteral("<tr>");
    const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
    for (const QString &c : cells)
        out += QStringLiteral("<%1>%2</%1>").arg(tag, esc(c));
    return out + QStringLiteral("</tr>");
}

} // namespace

StatisticsPdf::StatisticsPdf(const StatisticsReport &report, const StatisticsReportBuilder &names)
    : m_report(report), m_names(names)
{}

void StatisticsPdf::addChart(const QString &title, QWidget *chart)
{
    // A page never shown has not been laid out: paint at the preferred size instead.
    const QSize size = chart->isVisible() && chart->width() > 0 ? chart->size() : chart->sizeHint();
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    const QSize before = chart->size();
    if (!chart->isVisible())
        chart->resize(size);
    chart->render(&image, {}, {}, QWidget::DrawChildren);
    if (!chart->isVisible())
        chart->resize(before);
    m_charts.append({title, image});
}

QString StatisticsPdf::html() const
{
    const StatisticsReport &r = m_report;
    QString h = QStringLiteral("<html><body style='font-size:10pt'>");
    h += QStringLiteral("<h1>%1</h1><p>%2</p>")
             .arg(esc(QCoreApplication::translate("StatisticsPdf", "Portolan progress report")),
                  esc(QCoreApplication::translate("StatisticsPdf", "As of %1.")
                          .arg(QLocale().toString(r.today, QLocale::LongFormat))));

    h += QStringLiteral("<h2>%1</h2><table border='1' cellspacing='0' cellpadding='3'>")
             .arg(esc(QCoreApplication::translate("StatisticsPdf", "Exam readiness")));
    h += row({QCoreApplication::translate("StatisticsPdf", "Exam"),
              QCoreApplication::translate("StatisticsPdf", "Predicted recall"),
              QCoreApplication::translate("StatisticsPdf", "When"),
              QCoreApplication::translate("StatisticsPdf", "Studied"),
              QCoreApplication::translate("StatisticsPdf", "Weakest cards")},
             true);
    for (const Readiness &e : r.exams) {
        const QDate date = r.examDateOf(e.group);
        QStringList weakest;
        for (const CardRecall &c : e.weakest.mid(0, 3))
            weakest << m_names.describe(c.cardKey);
        h += row(
            {examTitle(e.group), percentText(e.expected),
             date.isValid() ? date.toString(Qt::ISODate)
                            : QCoreApplication::translate("StatisticsPdf", "now"),
             QCoreApplication::translate("StatisticsPdf", "%1 of %2").arg(e.studied).arg(e.cards),
             weakest.join(QStringLiteral("; "))});
    }
    h += QStringLiteral("</table>");

    const StateCounts &c = r.counts;
    h += QStringLiteral("<h2>%1</h2><p>%2</p>")
             .arg(esc(QCoreApplication::translate("StatisticsPdf", "Activity")),
                  esc(QCoreApplication::translate(
                          "StatisticsPdf",
                          "%1 cards: %2 new, %3 learning, %4 in review, %5 relearning. %6 reviews "
                          "in all, %7 in the last 30 days; %8 minutes spent.")
                          .arg(c.total())
                          .arg(c.newCards)
                          .arg(c.learning)
                          .arg(c.review)
                          .arg(c.relearning)
                          .arg(r.totalReviews)
                          .arg(r.reviewsInLast(30))
                          .arg(r.timeSpentMs / 60000)));
    for (int i = 0; i < m_charts.size(); ++i)
        h += QStringLiteral("<h3>%1</h3><p><img src='chart%2' width='%3'></p>")
                 .arg(esc(m_charts.at(i).first))
                 .arg(i)
                 .arg(std::min(640, int(m_charts.at(i).second.width() / 2)));

    h += QStringLiteral("<h2>%1</h2><table border='1' cellspacing='0' cellpadding='3'>")
             .arg(esc(QCoreApplication::translate("StatisticsPdf", "True retention")));
    h += row({QCoreApplication::translate("StatisticsPdf", "Cards"),
              QCoreApplication::translate("StatisticsPdf", "Today"),
              QCoreApplication::translate("StatisticsPdf", "Last 7 days"),
              QCoreApplication::translate("StatisticsPdf", "Last 30 days")},
             true);
    const QStringList names = {QCoreApplication::translate("StatisticsPdf", "Young"),
                               QCoreApplication::translate("StatisticsPdf", "Mature")};
    for (int i = 0; i < RetentionTable::RowCount; ++i) {
        QStringList cells{names.at(i)};
        for (int p = 0; p < RetentionTable::PeriodCount; ++p) {
            const RetentionCell &cell = r.retention.cells[i][p];
            cells << (cell.total == 0
                          ? QStringLiteral("–")
                          : QCoreApplication::translate("StatisticsPdf", "%1 (%2 of %3)")
                                .arg(percentText(cell.rate()))
                                .arg(cell.passed)
                                .arg(cell.total));
        }
        h += row(cells);
    }
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>%1</h2><table border='1' cellspacing='0' cellpadding='3'>")
             .arg(esc(QCoreApplication::translate("StatisticsPdf", "Recall by range class")));
    h += row({QCoreApplication::translate("StatisticsPdf", "Range"),
              QCoreApplication::translate("StatisticsPdf", "Cards"),
              QCoreApplication::translate("StatisticsPdf", "Studied"),
              QCoreApplication::translate("StatisticsPdf", "Recall now")},
             true);
    for (const Readiness &g : r.rangeClasses)
        h += row({StatisticsReportBuilder::rangeGroupTitle(g.group), QString::number(g.cards),
                  QString::number(g.studied), percentText(g.expected)});
    h += QStringLiteral("</table>");

    const auto cardList = [&](const QString &title, const QList<CardRecall> &cards, bool lapses) {
        QString out = QStringLiteral("<h2>%1</h2>").arg(esc(title));
        if (cards.isEmpty())
            return out + QStringLiteral("<p>%1</p>")
                             .arg(esc(QCoreApplication::translate("StatisticsPdf", "None.")));
        out += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3'>");
        for (const CardRecall &card : cards)
            out += row({m_names.describe(card.cardKey),
                        lapses ? QCoreApplication::translate("StatisticsPdf", "%n lapse(s)",
                                                             nullptr, card.lapses)
                               : percentText(card.recall)});
        return out + QStringLiteral("</table>");
    };
    h += cardList(QCoreApplication::translate("StatisticsPdf", "Weakest cards"), r.weakest, false);
    h += cardList(QCoreApplication::translate("StatisticsPdf", "Leeches"), r.leeches, true);

    for (const PracticeExamTrend &trend : m_practice) {
        h += QStringLiteral("<h2>%1</h2>")
                 .arg(esc(QCoreApplication::translate("StatisticsPdf", "Practice exams: %1")
                              .arg(examTitle(trend.examId))));
        h += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3'>");
        h += row({QCoreApplication::translate("StatisticsPdf", "Date"),
                  QCoreApplication::translate("StatisticsPdf", "Score"),
                  QCoreApplication::translate("StatisticsPdf", "Questions")},
                 true);
        for (const PracticeResult &p : trend.recent)
            h += row({QLocale().toString(QDateTime::fromMSecsSinceEpoch(p.takenAt).date(),
                                         QLocale::ShortFormat),
                      percentText(p.questions > 0 ? double(p.right) / p.questions : 0.0, 0),
                      QString::number(p.questions)});
        h += QStringLiteral("</table><p></p><table border='1' cellspacing='0' cellpadding='3'>");
        h += row({QCoreApplication::translate("StatisticsPdf", "Objective, weakest first"),
                  QCoreApplication::translate("StatisticsPdf", "Right")},
                 true);
        for (const PracticeObjectiveShare &o : trend.objectives)
            h += row({o.objective, QCoreApplication::translate("StatisticsPdf", "%1 (%2 of %3)")
                                       .arg(percentText(o.share(), 0))
                                       .arg(o.right)
                                       .arg(o.total)});
        h += QStringLiteral("</table>");
    }

    if (!r.plans.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>")
                 .arg(esc(QCoreApplication::translate("StatisticsPdf", "Exam plans")));
        for (const PlannedExam &p : r.plans)
            h += QStringLiteral("<p>%1</p>")
                     .arg(esc(QCoreApplication::translate(
                                  "StatisticsPdf",
                                  "%1 on %2: new cards a day: %3; reviews brought forward: %4; "
                                  "target %5.%6")
                                  .arg(examTitle(p.stored.examId),
                                       p.stored.examDate.toString(Qt::ISODate))
                                  .arg(p.plan.newPerDay)
                                  .arg(p.plan.broughtForward.size())
                                  .arg(percentText(p.plan.target))
                                  .arg(p.plan.reachable ? QString()
                                                        : QStringLiteral(" ") + p.plan.reason)));
    }
    return h + QStringLiteral("</body></html>");
}

bool StatisticsPdf::write(const QString &fileName, const QString &databasePath)
{
    m_error.clear();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(QCoreApplication::translate("StatisticsPdf", "Portolan progress report"));
        writer.setCreator(QStringLiteral("Portolan"));
        QTextDocument doc;
        for (int i = 0; i < m_charts.size(); ++i)
            doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart%1").arg(i)),
                            m_charts.at(i).second);
        doc.setHtml(html());
        doc.print(&writer);
    } // the writer finishes the file when it goes
    // Written beside the target and renamed into place: a failure leaves no half a PDF.
    SafeFileWriter file(databasePath);
    if (!file.write(fileName, bytes)) {
        m_error = file.errorString();
        return false;
    }
    return true;
}

} // namespace portolan
