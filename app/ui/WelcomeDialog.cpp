#include "WelcomeDialog.h"

#include "domain/Exam.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace portolan {

WelcomeDialog::WelcomeDialog(QDate today, const QString &currentExam, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to Portolan"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Welcome to Portolan"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    layout->addWidget(title);
    auto *intro = new QLabel(
        tr("Portolan looks up what runs on a port and drills the ports a certification exam "
           "asks for, with reviews spaced so that you remember them on the day."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // A long question (German at a large font) goes above its field instead of being cut.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_exam = new QComboBox(this);
    m_exam->setObjectName(QStringLiteral("welcomeExam"));
    m_exam->addItem(tr("No exam: I am just browsing"), QString());
    for (bool retired : {false, true})
        for (const ExamInfo &e : knownExams())
            if (e.retired == retired)
                m_exam->addItem(retired ? tr("%1 (retired)").arg(e.title) : e.title, e.id);
    const int current = currentExam.isEmpty() ? -1 : m_exam->findData(currentExam);
    // An exam is what most learners come for: the first current one is offered.
    m_exam->setCurrentIndex(current >= 0 ? current : 1);
    form->addRow(tr("&Which exam are you preparing for?"), m_exam);

    m_knowsDate = new QCheckBox(tr("I know the &date:"), this);
    m_knowsDate->setObjectName(QStringLiteral("welcomeKnowsDate"));
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("welcomeDate"));
    m_date->setCalendarPopup(true);
    m_date->setMinimumDate(today.addDays(1));
    m_date->setDate(today.addDays(30));
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    form->addRow(m_knowsDate, m_date);
    layout->addLayout(form);

    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_note);

    auto *buttons = new QDialogButtonBox(this);
    m_start = buttons->addButton(tr("Start today's cards"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("welcomeStart"));
    m_start->setDefault(true);
    QPushButton *skip = buttons->addButton(tr("S&kip"), QDialogButtonBox::RejectRole);
    skip->setObjectName(QStringLiteral("welcomeSkip"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_exam, &QComboBox::currentIndexChanged, this, &WelcomeDialog::follow);
    connect(m_knowsDate, &QCheckBox::toggled, this, &WelcomeDialog::follow);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 34);
    follow();
}

void WelcomeDialog::follow()
{
    const bool exam = !examId().isEmpty();
    m_knowsDate->setEnabled(exam);
    m_date->setEnabled(exam && m_knowsDate->isChecked());
    m_start->setText(exam ? tr("Start today's cards") : tr("Start browsing"));
    m_note->setText(
        exam ? tr("Its ports become your quiz's deck, the browser shows the study set, and with "
                  "a date Portolan plans your new cards and reviews to the day. Change it later "
                  "in Edit → Preferences; Help → Welcome shows this again.")
             : tr("Everything stays open to look up; the quiz starts on the whole study set. "
                  "Help → Welcome shows this again."));
    if (isVisible())
        fitHeight();
}

void WelcomeDialog::showEvent(QShowEvent *event)
{
    // A top-level window ignores its wrapped labels' height for its width: without this the
    // last lines of the note were cut (German, 14 pt).
    fitHeight();
    QDialog::showEvent(event);
}

void WelcomeDialog::fitHeight()
{
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
    setMinimumHeight(needed);
}

QString WelcomeDialog::examId() const
{
    return m_exam->currentData().toString();
}

std::optional<QDate> WelcomeDialog::examDate() const
{
    if (examId().isEmpty() || !m_knowsDate->isChecked())
        return std::nullopt;
    return m_date->date();
}

} // namespace portolan
