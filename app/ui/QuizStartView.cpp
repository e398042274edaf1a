#include "QuizStartView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace portolan {

namespace {

constexpr int kCustomDeck = -1;
// Saved searches are numbered from here in the deck box's item data.
constexpr int kSavedDeck = 10000;

} // namespace

QuizStartView::QuizStartView(QWidget *parent) : QWidget(parent)
{
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(buildForm(), 3);
    outer->addStretch(1);

    const auto changed = [this] { emit optionsChanged(); };
    connect(m_deck, &QComboBox::currentIndexChanged, this, [this, changed] {
        const bool custom = m_deck->currentData().toInt() == kCustomDeck;
        m_search->setEnabled(custom);
        if (custom)
            m_search->setFocus();
        changed();
    });
    connect(m_search, &QLineEdit::textChanged, this, changed);
    connect(m_practice, &QRadioButton::toggled, this, changed);
    for (QCheckBox *box : std::as_const(m_formats))
        connect(box, &QCheckBox::toggled, this, changed);
    connect(m_newPerDay, &QSpinBox::valueChanged, this, changed);
    connect(m_start, &QPushButton::clicked, this, &QuizStartView::startRequested);
}

QWidget *QuizStartView::buildForm()
{
    auto *column = new QWidget(this);
    column->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 52);
    auto *v = new QVBoxLayout(column);
    v->addStretch(1);

    auto *title = new QLabel(tr("Drill ports"), column);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    title->setFont(big);
    v->addWidget(title);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_deck = new QComboBox(column);
    m_deck->setObjectName(QStringLiteral("quizDeck"));
    const QList<Deck> decks = Deck::builtIn();
    for (int i = 0; i < decks.size(); ++i)
        m_deck->addItem(decks.at(i).title, i);
    m_deck->addItem(tr("Custom search…"), kCustomDeck);
    form->addRow(tr("&Deck:"), m_deck);

    m_search = new QLineEdit(column);
    m_search->setObjectName(QStringLiteral("quizDeckSearch"));
    m_search->setPlaceholderText(tr("Any browser search, e.g. is:insecure range:system"));
    m_search->setEnabled(false);
    form->addRow(tr("Se&arch:"), m_search);

    auto *modes = new QWidget(column);
    auto *modeRow = new QVBoxLayout(modes);
    modeRow->setContentsMargins(0, 0, 0, 0);
    m_scheduled = new QRadioButton(tr("S&paced repetition (due cards, then new ones)"), modes);
    m_practice = new QRadioButton(tr("P&ractice (drill without touching the schedule)"), modes);
    m_scheduled->setObjectName(QStringLiteral("quizModeScheduled"));
    m_practice->setObjectName(QStringLiteral("quizModePractice"));
    m_scheduled->setChecked(true);
    modeRow->addWidget(m_scheduled);
    modeRow->addWidget(m_practice);
    form->addRow(tr("Mode:"), modes);

    auto *formats = new QWidget(column);
    auto *formatGrid = new QGridLayout(formats);
    formatGrid->setContentsMargins(0, 0, 0, 0);
    const QList<AnswerFormat> all = allAnswerFormats();
    for (int i = 0; i < all.size(); ++i) {
        auto *box = new QCheckBox(answerFormatLabel(all.at(i)), formats);
        box->setObjectName(QStringLiteral("quizFormat-") + answerFormatId(all.at(i)));
        box->setChecked(true);
        formatGrid->addWidget(box, i / 2, i % 2);
        m_formats << box;
    }
    form->addRow(tr("Answer formats:"), formats);

    m_newPerDay = new QSpinBox(column);
    m_newPerDay->setObjectName(QStringLiteral("quizNewPerDay"));
    m_newPerDay->setRange(0, 500);
    m_newPerDay->setValue(20);
    m_newPerDay->setSuffix(tr(" a day"));
    form->addRow(tr("Ne&w cards:"), m_newPerDay);
    v->addLayout(form);

    m_counts = new QLabel(column);
    m_counts->setObjectName(QStringLiteral("quizCounts"));
    QFont countsFont = m_counts->font();
    countsFont.setPointSizeF(countsFont.pointSizeF() * 1.2);
    m_counts->setFont(countsFont);
    m_counts->setWordWrap(true); // the deck's size and today's counts, never cut
    m_message = new QLabel(column);
    m_message->setObjectName(QStringLiteral("quizMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setVisible(false);
    v->addSpacing(6);
    v->addWidget(m_counts);
    v->addWidget(m_message);

    m_start = new QPushButton(tr("Start   (Enter)"), column);
    m_start->setObjectName(QStringLiteral("quizStart"));
    m_start->setAutoDefault(true);
    m_start->setDefault(true);
    m_start->setMinimumHeight(fontMetrics().height() * 2 + 10);
    v->addWidget(m_start);
    auto *practiceExam = new QPushButton(tr("Practice exam…"), column);
    practiceExam->setObjectName(QStringLiteral("quizPracticeExam"));
    practiceExam->setAutoDefault(false);
    practiceExam->setToolTip(tr("A test the way the certification asks, scored per objective"));
    connect(practiceExam, &QPushButton::clicked, this, &QuizStartView::practiceExamRequested);
    v->addWidget(practiceExam);

    m_leechTitle = new QLabel(tr("Leeches — cards that keep slipping away:"), column);
    m_leeches = new QListWidget(column);
    m_leeches->setObjectName(QStringLiteral("quizLeeches"));
    m_leeches->setMaximumHeight(fontMetrics().height() * 7);
    v->addSpacing(6);
    v->addWidget(m_leechTitle);
    v->addWidget(m_leeches);
    showLeeches({});
    v->addStretch(2);
    return column;
}

SessionOptions QuizStartView::options() const
{
    SessionOptions o;
    const int deck = m_deck->currentData().toInt();
    if (deck == kCustomDeck) {
        o.deck = Deck::fromSearch(m_search->text());
    } else if (deck >= kSavedDeck && deck - kSavedDeck < m_saved.size()) {
        const SavedSearch &saved = m_saved.at(deck - kSavedDeck);
        o.deck = Deck::fromSearch(saved.query);
        o.deck.title = saved.name;
    } else {
        o.deck = Deck::builtIn().value(deck);
    }
    o.practice = m_practice->isChecked();
    o.formats.clear();
    const QList<AnswerFormat> all = allAnswerFormats();
    for (int i = 0; i < all.size(); ++i) {
        if (m_formats.at(i)->isChecked())
            o.formats << all.at(i);
    }
    o.newCardsPerDay = m_newPerDay->value();
    return o;
}

void QuizStartView::setSavedSearches(const QList<SavedSearch> &searches)
{
    const QSignalBlocker blocker(m_deck);
    const QVariant current = m_deck->currentData();
    for (int i = m_deck->count() - 1; i >= 0; --i)
        if (m_deck->itemData(i).toInt() >= kSavedDeck)
            m_deck->removeItem(i);
    m_saved.clear();
    for (const SavedSearch &s : searches) {
        // The exam searches are already decks of their own.
        if (s.query.startsWith(QLatin1String("exam:")) && !s.query.contains(QLatin1Char(' ')))
            continue;
        m_deck->insertItem(m_deck->findData(kCustomDeck), s.name, kSavedDeck + int(m_saved.size()));
        m_saved.append(s);
    }
    m_deck->setCurrentIndex(std::max(0, m_deck->findData(current)));
}

void QuizStartView::setOptions(const SessionOptions &o)
{
    const QList<Deck> decks = Deck::builtIn();
    const qsizetype builtIn = decks.indexOf(o.deck);
    m_deck->setCurrentIndex(m_deck->findData(builtIn >= 0 ? int(builtIn) : kCustomDeck));
    if (builtIn < 0)
        m_search->setText(o.deck.search);
    (o.practice ? m_practice : m_scheduled)->setChecked(true);
    const QList<AnswerFormat> all = allAnswerFormats();
    for (int i = 0; i < all.size(); ++i)
        m_formats.at(i)->setChecked(o.formats.contains(all.at(i)));
    m_newPerDay->setValue(o.newCardsPerDay);
}

void QuizStartView::setSchedulingAvailable(bool available, const QString &why)
{
    m_scheduled->setEnabled(available);
    m_scheduled->setToolTip(why);
    if (!available)
        m_practice->setChecked(true);
}

void QuizStartView::showPlan(const SessionPlan &plan, bool practice)
{
    m_newPerDay->setEnabled(!practice);
    if (practice) {
        m_counts->setText(tr("%n card(s) to practise", nullptr, int(plan.queue.size())));
        return;
    }
    const QLocale locale;
    QString text = tr("Deck: %1 cards, %2 studied. Today: %3 learning · %4 due · %5 new")
                       .arg(locale.toString(plan.deckCards))
                       .arg(locale.toString(plan.deckStudied))
                       .arg(locale.toString(plan.learning))
                       .arg(locale.toString(plan.due))
                       .arg(locale.toString(plan.fresh));
    if (plan.buried > 0)
        text += tr(" · %1 waiting for tomorrow").arg(plan.buried);
    m_counts->setText(text);
}

void QuizStartView::showLeeches(const QStringList &lines)
{
    m_leeches->clear();
    m_leeches->addItems(lines);
    m_leechTitle->setVisible(!lines.isEmpty());
    m_leeches->setVisible(!lines.isEmpty());
}

void QuizStartView::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void QuizStartView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        emit startRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

void QuizStartView::focusStart()
{
    m_start->setFocus(Qt::OtherFocusReason);
}

} // namespace portolan
