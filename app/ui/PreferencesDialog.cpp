#include "PreferencesDialog.h"

#include "FsrsWeightsBox.h"
#include "PercentSpinBox.h"
#include "domain/Exam.h"
#include "domain/Percent.h"
#include "i18n/Translations.h"
#include "map/EphemeralRanges.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace portolan {

PreferencesDialog::PreferencesDialog(const Preferences &current, QWidget *parent)
    : QDialog(parent), m_initial(current)
{
    setWindowTitle(tr("Preferences"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("preferencesLanguage"));
    m_language->addItem(
        tr("System default (%1)").arg(Translations::nativeName(Translations::systemLanguage())),
        QString());
    for (const QString &language : QStringList{QStringLiteral("en")} + Translations::shipped())
        m_language->addItem(Translations::nativeName(language), language);
    m_language->setCurrentIndex(std::max(0, m_language->findData(current.language)));
    form->addRow(tr("&Language:"), m_language);

    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("preferencesTheme"));
    m_theme->addItem(tr("System"), Preferences::themeId(Preferences::Theme::System));
    m_theme->addItem(tr("Light"), Preferences::themeId(Preferences::Theme::Light));
    m_theme->addItem(tr("Dark"), Preferences::themeId(Preferences::Theme::Dark));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(Preferences::themeId(current.theme))));
    form->addRow(tr("&Theme:"), m_theme);

    m_fontSize = new QSpinBox(this);
    m_fontSize->setRange(Preferences::kMinFontPointSize - 1, Preferences::kMaxFontPointSize);
    m_fontSize->setSpecialValueText(tr("System default"));
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setValue(current.fontPointSize == 0 ? m_fontSize->minimum()
                                                    : current.fontPointSize);
    form->addRow(tr("&Font size:"), m_fontSize);

    m_retention = new PercentSpinBox(this);
    m_retention->setObjectName(QStringLiteral("desiredRetention"));
    m_retention->setShareRange(Preferences::kMinRetention, Preferences::kMaxRetention);
    m_retention->setShare(current.desiredRetention);
    m_retention->setToolTip(tr("The share of reviews you want to get right. Higher means more "
                               "reviews; 90%1 suits most learners.")
                                .arg(percentSign(locale())));
    form->addRow(tr("Desired &retention:"), m_retention);

    m_exam = new QComboBox(this);
    m_exam->setObjectName(QStringLiteral("preferencesExam"));
    m_exam->addItem(tr("None (just browsing)"), QString());
    for (const ExamInfo &e : knownExams())
        m_exam->addItem(e.retired ? tr("%1 (retired)").arg(e.title) : e.title, e.id);
    m_exam->setCurrentIndex(std::max(0, m_exam->findData(current.examId)));
    m_exam->setToolTip(tr("The quiz opens on this exam's deck and the statistics lead with it."));
    form->addRow(tr("My e&xam:"), m_exam);

    m_newPerDay = new QSpinBox(this);
    m_newPerDay->setRange(0, Preferences::kMaxNewCardsPerDay);
    m_newPerDay->setValue(current.newCardsPerDay);
    form->addRow(tr("&New cards a day:"), m_newPerDay);

    m_steps = new QLineEdit(Preferences::stepsText(current.learningSteps), this);
    m_steps->setObjectName(QStringLiteral("preferencesSteps"));
    m_steps->setToolTip(tr("When a new card comes back while you learn it, e.g. \"1m 10m\"."));
    m_stepsProblem = new QLabel(this);
    m_stepsProblem->setObjectName(QStringLiteral("preferencesStepsProblem"));
    m_stepsProblem->setWordWrap(true);
    m_stepsProblem->setTextFormat(Qt::PlainText);
    m_stepsProblem->setVisible(false);
    auto *steps = new QVBoxLayout;
    steps->addWidget(m_steps);
    steps->addWidget(m_stepsProblem);
    // A row with a layout gets a label without a buddy: its "&" would show as such.
    auto *stepsLabel = new QLabel(tr("Learning &steps:"), this);
    stepsLabel->setBuddy(m_steps);
    form->addRow(stepsLabel, steps);

    m_rollover = new QSpinBox(this);
    m_rollover->setRange(0, 23);
    m_rollover->setSuffix(tr(":00"));
    m_rollover->setValue(current.rolloverHour);
    m_rollover->setToolTip(tr("Reviews after midnight still count for the day before until "
                              "this hour."));
    form->addRow(tr("A study &day starts at:"), m_rollover);

    m_os = new QComboBox(this);
    for (const EphemeralRange &range : ephemeralRanges())
        m_os->addItem(range.name, range.id);
    m_os->setCurrentIndex(std::max(0, m_os->findData(current.portsInActionOs)));
    form->addRow(tr("&Ports in action for:"), m_os);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_steps, &QLineEdit::textChanged, this, &PreferencesDialog::checkSteps);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 36);
}

void PreferencesDialog::showScheduler(Workspace &workspace)
{
    if (m_scheduler)
        return;
    m_scheduler = new FsrsWeightsBox(workspace, this);
    auto *box = static_cast<QVBoxLayout *>(layout());
    box->insertWidget(box->indexOf(m_buttons), m_scheduler);
}

bool PreferencesDialog::weightsChanged() const
{
    return m_scheduler && m_scheduler->weightsChanged();
}

void PreferencesDialog::checkSteps()
{
    QString error;
    const bool ok = Preferences::parseSteps(m_steps->text(), &error).has_value();
    m_stepsProblem->setText(ok ? QString() : QStringLiteral("⚠ ") + error);
    m_stepsProblem->setVisible(!ok);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p = m_initial;
    p.language = m_language->currentData().toString();
    p.theme = Preferences::parseTheme(m_theme->currentData().toString());
    p.fontPointSize = m_fontSize->value() == m_fontSize->minimum() ? 0 : m_fontSize->value();
    p.desiredRetention = m_retention->share();
    p.newCardsPerDay = m_newPerDay->value();
    if (const auto steps = Preferences::parseSteps(m_steps->text()))
        p.learningSteps = *steps;
    p.rolloverHour = m_rollover->value();
    p.portsInActionOs = m_os->currentData().toString();
    p.examId = m_exam->currentData().toString();
    return p;
}

} // namespace portolan
