#include "StatisticsPage.h"

#include "BarChart.h"
#include "CalendarHeatmap.h"
#include "ExamPlanForm.h"
#include "QuizSystemClock.h"
#include "StatisticsPdf.h"
#include "domain/Exam.h"
#include "domain/Percent.h"
#include "settings/Preferences.h"
#include "storage/FsrsParametersRepository.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace portolan {

namespace {

constexpr int kProtocolRole = Qt::UserRole + 1;

QString duration(qint64 ms)
{
    const qint64 minutes = ms / 60000;
    if (minutes < 60)
        return StatisticsPage::tr("%n min", nullptr, int(minutes));
    return StatisticsPage::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QTableWidget *makeTable(QWidget *parent, const QStringList &headers, const QString &name)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->setVisible(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    // Tab moves on to the next control instead of walking the cells (arrows do that).
    table->setTabKeyNavigation(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    return table;
}

QTableWidgetItem *item(const QString &text, Qt::Alignment align = Qt::AlignLeft)
{
    auto *it = new QTableWidgetItem(text);
    it->setTextAlignment(align | Qt::AlignVCenter);
    return it;
}

// A framed section whose first line is its title in bold (a bold group box title would make
// every child bold too).
QVBoxLayout *section(QGroupBox *box, const QString &title)
{
    auto *v = new QVBoxLayout(box);
    auto *heading = new QLabel(title, box);
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    heading->setFont(bold);
    v->addWidget(heading);
    return v;
}

} // namespace

StatisticsPage::StatisticsPage(Workspace &workspace, const Clock *clock, QWidget *parent)
    : QWidget(parent), m_workspace(workspace),
      m_ownClock(clock ? nullptr : std::make_unique<QuizSystemClock>()),
      m_clock(clock ? *clock : *m_ownClock),
      m_scheduler(
          FsrsParametersRepository::inUse(Preferences::load(), workspace.database().connection()),
          Preferences::load().dayCounter()),
      m_builder(std::make_unique<StatisticsReportBuilder>(workspace.catalog(), m_scheduler,
                                                          m_scheduler.dayCounter()))
{
    m_builder->setNewCardsPerDay(Preferences::load().newCardsPerDay);
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    column->setSpacing(14);
    m_message = new QLabel(content);
    m_message->setObjectName(QStringLiteral("statisticsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setVisible(false);
    column->addWidget(m_message);
    // What a student opens the page for comes first: how ready, and the plan to the exam.
    column->addWidget(buildReadiness());
    m_planForm = new ExamPlanForm(workspace, m_clock, content);
    connect(m_planForm, &ExamPlanForm::plansChanged, this, [this] {
        refresh();
        emit plansChanged();
    });
    column->addWidget(m_planForm);
    column->addWidget(buildActivity());
    column->addWidget(buildPractice());
    auto *row = new QHBoxLayout;
    row->addWidget(buildRetention(), 1);
    row->addWidget(buildCards(), 1);
    column->addLayout(row);
    column->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(12, 8, 12, 0);
    auto *title = new QLabel(tr("Progress"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    bar->addWidget(title);
    bar->addStretch(1);
    auto *pdf = new QPushButton(tr("Export Report as &PDF…"), this);
    pdf->setObjectName(QStringLiteral("statisticsPdf"));
    connect(pdf, &QPushButton::clicked, this, &StatisticsPage::exportPdf);
    bar->addWidget(pdf);
    outer->addLayout(bar);
    outer->addWidget(scroll);
}

StatisticsPage::~StatisticsPage() = default;

qint64 StatisticsPage::now() const
{
    return m_clock.nowMs();
}

QWidget *StatisticsPage::buildReadiness()
{
    auto *box = new QGroupBox(this);
    auto *v = section(box, tr("Exam readiness"));
    m_headline = new QLabel(box);
    m_headline->setObjectName(QStringLiteral("readinessHeadline"));
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_headline->setFont(big);
    m_headline->setTextFormat(Qt::PlainText);
    v->addWidget(m_headline);
    m_headlineDetail = new QLabel(box);
    m_headlineDetail->setWordWrap(true);
    m_headlineDetail->setTextFormat(Qt::PlainText);
    v->addWidget(m_headlineDetail);
    m_examGrid = new QGridLayout;
    m_examGrid->setColumnStretch(1, 1);
    v->addLayout(m_examGrid);
    return box;
}

QWidget *StatisticsPage::buildActivity()
{
    auto *box = new QGroupBox(this);
    auto *v = section(box, tr("Activity"));
    m_overview = new QLabel(box);
    m_overview->setObjectName(QStringLiteral("statisticsOverview"));
    m_overview->setWordWrap(true);
    m_overview->setTextFormat(Qt::PlainText);
    v->addWidget(m_overview);

    auto *periodRow = new QHBoxLayout;
    auto *perDayLabel = new QLabel(tr("Reviews per da&y:"), box);
    m_period = new QComboBox(box);
    m_period->setObjectName(QStringLiteral("statisticsPeriod"));
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("Last 90 days"), 90);
    m_period->addItem(tr("Last 365 days"), 365);
    perDayLabel->setBuddy(m_period);
    periodRow->addWidget(perDayLabel);
    periodRow->addWidget(m_period);
    periodRow->addStretch(1);
    v->addLayout(periodRow);
    m_perDay = new BarChart(box);
    m_perDay->setObjectName(QStringLiteral("reviewsPerDay"));
    m_perDay->setAccessibleName(tr("Reviews per day"));
    m_perDay->setEmptyText(tr("No reviews yet: answer a few cards in the Quiz tab."));
    v->addWidget(m_perDay);
    connect(m_period, &QComboBox::currentIndexChanged, this, &StatisticsPage::showActivity);

    auto *heatLabel = new QLabel(tr("The last year, day by day:"), box);
    v->addWidget(heatLabel);
    m_heatmap = new CalendarHeatmap(box);
    m_heatmap->setObjectName(QStringLiteral("reviewHeatmap"));
    m_heatmap->setAccessibleName(tr("Reviews in the last year"));
    v->addWidget(m_heatmap);

    auto *forecastLabel = new QLabel(tr("Due in the next 30 days:"), box);
    v->addWidget(forecastLabel);
    m_forecast = new BarChart(box);
    m_forecast->setObjectName(QStringLiteral("dueForecast"));
    m_forecast->setAccessibleName(tr("Due forecast"));
    m_forecast->setEmptyText(tr("Nothing is due in the next 30 days."));
    v->addWidget(m_forecast);
    return box;
}

QWidget *StatisticsPage::buildRetention()
{
    auto *box = new QGroupBox(this);
    auto *v = section(box, tr("True retention and ranges"));
    m_retention = makeTable(box, {tr("Cards"), tr("Today"), tr("Last 7 days"), tr("Last 30 days")},
                            QStringLiteral("retentionTable"));
    m_retention->setAccessibleName(tr("True retention"));
    m_retention->setToolTip(tr("Share of reviews of cards in review that were passed (Hard, "
                               "Good or Easy). Young: interval under 21 days; mature: 21 days "
                               "or more."));
    v->addWidget(m_retention);
    m_ranges = makeTable(box, {tr("Range"), tr("Cards"), tr("Studied"), tr("Recall now")},
                         QStringLiteral("rangeTable"));
    m_ranges->setAccessibleName(tr("Recall by range class"));
    v->addWidget(m_ranges);
    v->addStretch(1);
    return box;
}

QWidget *StatisticsPage::buildCards()
{
    auto *box = new QGroupBox(this);
    auto *v = section(box, tr("Cards to work on"));
    m_weakest =
        makeTable(box, {tr("Weakest cards"), tr("Recall now")}, QStringLiteral("weakestCards"));
    m_weakest->setAccessibleName(tr("Weakest cards"));
    m_weakest->setToolTip(tr("Enter or double-click shows the protocol in the browser."));
    v->addWidget(m_weakest);
    m_leeches = makeTable(box, {tr("Leeches"), tr("Lapses")}, QStringLiteral("leechCards"));
    m_leeches->setAccessibleName(tr("Leeches"));
    v->addWidget(m_leeches);
    for (QTableWidget *table : {m_weakest, m_leeches}) {
        const auto open = [this, table](const QModelIndex &index) {
            const QString key = table->item(index.row(), 0)->data(kProtocolRole).toString();
            if (!key.isEmpty())
                emit protocolActivated(key);
        };
        connect(table, &QTableWidget::activated, this, open);
        connect(table, &QTableWidget::doubleClicked, this, open);
    }
    v->addStretch(1);
    return box;
}

QWidget *StatisticsPage::buildPractice()
{
    auto *box = new QGroupBox(this);
    auto *v = section(box, tr("Practice exams"));
    m_practiceNone = new QLabel(tr("No practice exam yet — Quiz → Practice exam…"), box);
    m_practiceNone->setObjectName(QStringLiteral("practiceNone"));
    m_practiceNone->setTextFormat(Qt::PlainText);
    v->addWidget(m_practiceNone);
    auto *row = new QHBoxLayout;
    m_practiceRecent =
        makeTable(box, {tr("Latest practice exams"), tr("Date"), tr("Score"), tr("Questions")},
                  QStringLiteral("practiceRecent"));
    m_practiceRecent->setAccessibleName(tr("Latest practice exams"));
    row->addWidget(m_practiceRecent, 1, Qt::AlignTop);
    m_practiceObjectives = makeTable(box, {tr("Objective, weakest first"), tr("Right")},
                                     QStringLiteral("practiceObjectives"));
    m_practiceObjectives->setAccessibleName(tr("Practice exams by objective"));
    m_practiceObjectives->setToolTip(
        tr("The share of answers right per exam objective over all practice exams."));
    row->addWidget(m_practiceObjectives, 1, Qt::AlignTop);
    v->addLayout(row);
    return box;
}

void StatisticsPage::showPractice()
{
    PracticeTrendReader reader(m_workspace.database().connection());
    m_practice = reader.read();
    const bool none = m_practice.isEmpty();
    m_practiceNone->setText(
        reader.errorText().isEmpty()
            ? tr("No practice exam yet — Quiz → Practice exam…")
            : tr("⚠ The practice exams cannot be read: %1").arg(reader.errorText()));
    m_practiceNone->setVisible(none);
    m_practiceRecent->setVisible(!none);
    m_practiceObjectives->setVisible(!none);
    m_practiceRecent->setRowCount(0);
    m_practiceObjectives->setRowCount(0);
    const QLocale locale;
    const bool several = m_practice.size() > 1;
    for (const PracticeExamTrend &trend : m_practice) {
        const QString title = examTitle(trend.examId);
        for (const PracticeResult &r : trend.recent) {
            const int at = m_practiceRecent->rowCount();
            m_practiceRecent->insertRow(at);
            m_practiceRecent->setItem(at, 0, item(title));
            m_practiceRecent->setItem(
                at, 1,
                item(locale.toString(QDateTime::fromMSecsSinceEpoch(r.takenAt).date(),
                                     QLocale::ShortFormat)));
            m_practiceRecent->setItem(
                at, 2,
                item(percentText(r.questions > 0 ? double(r.right) / r.questions : 0.0, 0),
                     Qt::AlignRight));
            m_practiceRecent->setItem(at, 3, item(QString::number(r.questions), Qt::AlignRight));
        }
        for (const PracticeObjectiveShare &o : trend.objectives) {
            const int at = m_practiceObjectives->rowCount();
            m_practiceObjectives->insertRow(at);
            // With one exam its objectives need no exam name.
            m_practiceObjectives->setItem(at, 0,
                                          item(several
                                                   ? tr("%1, objective %2").arg(title, o.objective)
                                                   : tr("Objective %1").arg(o.objective)));
            m_practiceObjectives->setItem(
                at, 1,
                item(tr("%1 (%2 of %3)").arg(percentText(o.share(), 0)).arg(o.right).arg(o.total),
                     Qt::AlignRight));
        }
    }
}

void StatisticsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshIfChanged();
}

void StatisticsPage::refreshIfChanged()
{
    // Recall falls as time passes: after a few minutes the figures are worth building again.
    constexpr qint64 kStaleMs = 10 * 60 * 1000;
    const QString stamp = StatisticsReportBuilder::changeStamp(m_workspace.database().connection());
    if (!stamp.isEmpty() && stamp == m_builtAtStamp && m_error.isEmpty() &&
        now() - m_report.nowMs < kStaleMs &&
        m_scheduler.dayCounter().studyDate(now()) == m_report.today)
        return;
    refresh();
}

void StatisticsPage::refresh()
{
    m_error.clear();
    m_builtAtStamp = StatisticsReportBuilder::changeStamp(m_workspace.database().connection());
    if (!m_builder->build(m_workspace.database().connection(), now(), &m_report)) {
        m_error = m_builder->errorText();
        m_message->setText(tr("⚠ The statistics cannot be read: %1").arg(m_error));
        m_message->setVisible(true);
        return;
    }
    m_message->setVisible(false);
    showReport();
    showPractice();
    m_planForm->setReport(m_report);
}

void StatisticsPage::showReport()
{
    showReadiness();
    showActivity();

    const StateCounts &c = m_report.counts;
    m_overview->setText(
        tr("%1 cards: %2 new, %3 learning, %4 in review, %5 relearning. %6 reviews in all "
           "(%7 in the last 30 days); time spent %8, today %9.")
            .arg(c.total())
            .arg(c.newCards)
            .arg(c.learning)
            .arg(c.review)
            .arg(c.relearning)
            .arg(m_report.totalReviews)
            .arg(m_report.reviewsInLast(30))
            .arg(duration(m_report.timeSpentMs), duration(m_report.timeSpentTodayMs)));

    const QStringList rows = {tr("Young"), tr("Mature")};
    m_retention->setRowCount(RetentionTable::RowCount);
    for (int r = 0; r < RetentionTable::RowCount; ++r) {
        m_retention->setItem(r, 0, item(rows.at(r)));
        for (int p = 0; p < RetentionTable::PeriodCount; ++p) {
            const RetentionCell &cell = m_report.retention.cells[r][p];
            m_retention->setItem(r, p + 1,
                                 item(cell.total == 0 ? QStringLiteral("–")
                                                      : tr("%1 (%2 of %3)")
                                                            .arg(percentText(cell.rate()))
                                                            .arg(cell.passed)
                                                            .arg(cell.total),
                                      Qt::AlignRight));
        }
    }

    m_ranges->setRowCount(int(m_report.rangeClasses.size()));
    for (int i = 0; i < m_report.rangeClasses.size(); ++i) {
        const Readiness &r = m_report.rangeClasses.at(i);
        m_ranges->setItem(i, 0, item(StatisticsReportBuilder::rangeGroupTitle(r.group)));
        m_ranges->setItem(i, 1, item(QString::number(r.cards), Qt::AlignRight));
        m_ranges->setItem(i, 2, item(QString::number(r.studied), Qt::AlignRight));
        m_ranges->setItem(i, 3, item(percentText(r.expected), Qt::AlignRight));
    }

    fillCardTable(m_weakest, m_report.weakest, false);
    fillCardTable(m_leeches, m_report.leeches, true);
}

void StatisticsPage::fillCardTable(QTableWidget *table, const QList<CardRecall> &cards, bool lapses)
{
    table->setRowCount(std::max<int>(1, int(cards.size())));
    if (cards.isEmpty()) {
        table->setItem(0, 0, item(lapses ? tr("No leeches.") : tr("No studied cards yet.")));
        table->setItem(0, 1, item(QString()));
    }
    for (int i = 0; i < cards.size(); ++i) {
        const CardRecall &c = cards.at(i);
        QTableWidgetItem *name = item(m_builder->describe(c.cardKey));
        name->setData(kProtocolRole, StatisticsReportBuilder::protocolOf(c.cardKey));
        table->setItem(i, 0, name);
        table->setItem(
            i, 1, item(lapses ? QString::number(c.lapses) : percentText(c.recall), Qt::AlignRight));
    }
}

void StatisticsPage::showReadiness()
{
    // Headline: the nearest planned exam, else the learner's own exam, else the exam studied
    // most.
    const Readiness *headline = nullptr;
    QDate headlineDate;
    for (const PlannedExam &p : std::as_const(m_report.plans))
        for (const Readiness &r : std::as_const(m_report.exams))
            if (!headline && r.group == p.stored.examId) {
                headline = &r;
                headlineDate = p.stored.examDate;
            }
    const QString mine = Preferences::load().examId;
    for (const Readiness &r : std::as_const(m_report.exams))
        if (!headline && !mine.isEmpty() && r.group == mine)
            headline = &r;
    for (const Readiness &r : std::as_const(m_report.exams))
        if (!headline ||
            (!headlineDate.isValid() && mine.isEmpty() && r.studied > headline->studied))
            headline = &r;
    if (headline) {
        m_headline->setText(tr("%1: %2 predicted recall")
                                .arg(examTitle(headline->group), percentText(headline->expected)));
        m_headlineDetail->setText(
            (headlineDate.isValid()
                 ? tr("On the exam date, %1. ")
                       .arg(QLocale().toString(headlineDate, QLocale::LongFormat))
                 : tr("Now (no exam date set). ")) +
            tr("%1 of %2 cards studied; a card never studied counts as not recalled.")
                .arg(headline->studied)
                .arg(headline->cards));
    }

    while (QLayoutItem *old = m_examGrid->takeAt(0)) {
        delete old->widget();
        delete old;
    }
    int row = 0;
    for (const Readiness &r : std::as_const(m_report.exams)) {
        auto *name = new QLabel(examTitle(r.group));
        name->setTextFormat(Qt::PlainText);
        auto *bar = new QProgressBar;
        bar->setRange(0, 1000);
        bar->setValue(int(r.expected * 1000));
        bar->setFormat(percentText(r.expected));
        bar->setAccessibleName(tr("Readiness for %1").arg(examTitle(r.group)));
        const QDate date = m_report.examDateOf(r.group);
        QStringList weakest;
        for (const CardRecall &c : r.weakest.mid(0, 3))
            weakest << m_builder->describe(c.cardKey);
        auto *detail =
            new QLabel(date.isValid() ? tr("%1 of %2 studied · exam %3")
                                            .arg(r.studied)
                                            .arg(r.cards)
                                            .arg(date.toString(Qt::ISODate))
                                      : tr("%1 of %2 studied").arg(r.studied).arg(r.cards));
        detail->setTextFormat(Qt::PlainText);
        detail->setToolTip(tr("Pulling it down most: %1").arg(weakest.join(QStringLiteral("; "))));
        bar->setToolTip(detail->toolTip());
        m_examGrid->addWidget(name, row, 0);
        m_examGrid->addWidget(bar, row, 1);
        m_examGrid->addWidget(detail, row, 2);
        ++row;
    }
}

void StatisticsPage::showActivity()
{
    const int days = m_period->currentData().toInt();
    const QLocale locale;
    QList<BarChart::Bar> bars;
    const QList<DayActivity> &year = m_report.lastYear;
    for (qsizetype i = std::max<qsizetype>(0, year.size() - days); i < year.size(); ++i) {
        const DayActivity &d = year.at(i);
        bars.append(
            {d.date.toString(QStringLiteral("MM-dd")),
             tr("%1: %n review(s), %2", nullptr, d.reviews)
                 .arg(locale.toString(d.date, QLocale::ShortFormat), duration(d.durationMs)),
             {double(d.reviews)}});
    }
    m_perDay->setBars(bars);
    m_heatmap->setDays(year);

    QList<BarChart::Bar> forecast;
    for (int i = 0; i < m_report.forecast.size(); ++i) {
        const QDate date = m_report.today.addDays(i);
        forecast.append({i == 0 ? tr("today") : date.toString(QStringLiteral("MM-dd")),
                         tr("%1: %n card(s) due", nullptr, m_report.forecast.at(i))
                             .arg(locale.toString(date, QLocale::ShortFormat)),
                         {double(m_report.forecast.at(i))}});
    }
    m_forecast->setBars(forecast);
}

bool StatisticsPage::writePdf(const QString &fileName)
{
    StatisticsPdf pdf(m_report, *m_builder);
    pdf.setPractice(m_practice);
    pdf.addChart(tr("Reviews per day"), m_perDay);
    pdf.addChart(tr("Reviews in the last year"), m_heatmap);
    pdf.addChart(tr("Due in the next 30 days"), m_forecast);
    if (m_planForm->chart()->isVisible())
        pdf.addChart(tr("Daily workload until the exam"), m_planForm->chart());
    if (!pdf.write(fileName, m_workspace.database().path())) {
        m_error = pdf.errorText();
        return false;
    }
    return true;
}

void StatisticsPage::exportPdf()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString fileName = QFileDialog::getSaveFileName(
        this, tr("Export Report as PDF"),
        dir + QStringLiteral("/portolan-progress-%1.pdf").arg(m_report.today.toString(Qt::ISODate)),
        tr("PDF documents (*.pdf)"));
    if (fileName.isEmpty())
        return;
    if (!writePdf(fileName)) {
        m_message->setText(tr("⚠ The report was not written: %1").arg(m_error));
        m_message->setVisible(true);
        return;
    }
    m_message->setText(tr("Report written to %1.").arg(fileName));
    m_message->setVisible(true);
}

} // namespace portolan
