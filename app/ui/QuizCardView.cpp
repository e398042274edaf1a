#include "QuizCardView.h"

#include "QuizRatingBar.h"
#include "Theme.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace portolan {

namespace {

constexpr int kColumnWidthEm = 56;

QLabel *label(QWidget *parent, const char *name, Qt::Alignment align = Qt::AlignCenter)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QLatin1String(name));
    l->setAlignment(align);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    return l;
}

void scaleFont(QWidget *w, double factor, bool bold = false)
{
    QFont f = w->font();
    f.setPointSizeF(f.pointSizeF() * factor);
    f.setBold(bold);
    w->setFont(f);
}

QString letter(int i)
{
    return QString(QChar(u'A' + i));
}

} // namespace

// Showing a widget inside a visible window lays the whole window out at once, so switching
// phases widget by widget cost several full passes (and most of the time between a rating
// and the next card). Hidden, the column takes every change for free; shown again, it is laid
// out once.
template <typename Update> void QuizCardView::batched(Update update)
{
    const bool shown = m_column->isVisible();
    if (shown)
        m_column->setVisible(false);
    update();
    if (shown)
        m_column->setVisible(true);
    focusAnswerControl();
}

QuizCardView::QuizCardView(QWidget *parent) : QWidget(parent)
{
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(buildColumn(), 100);
    outer->addStretch(1);

    connect(m_answer, &QLineEdit::returnPressed, this, [this] {
        if (!m_answered)
            emit textSubmitted(m_answer->text());
    });
    connect(m_reveal, &QPushButton::clicked, this, &QuizCardView::revealRequested);
    for (int i = 0; i < int(m_options.size()); ++i)
        connect(m_options[std::size_t(i)], &QPushButton::clicked, this, [this, i] {
            if (!m_answered)
                emit optionChosen(i);
        });
    connect(m_rating, &QuizRatingBar::rated, this, &QuizCardView::rated);
}

QWidget *QuizCardView::buildColumn()
{
    auto *column = new QWidget(this);
    m_column = column;
    column->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * kColumnWidthEm);
    auto *v = new QVBoxLayout(column);
    v->setSpacing(10);

    auto *header = new QHBoxLayout;
    m_kind = label(column, "quizKind", Qt::AlignLeft | Qt::AlignVCenter);
    m_progress = label(column, "quizProgress", Qt::AlignRight | Qt::AlignVCenter);
    for (QLabel *l : {m_kind, m_progress}) {
        l->setWordWrap(false);
        l->setForegroundRole(QPalette::PlaceholderText);
    }
    header->addWidget(m_kind, 1);
    header->addWidget(m_progress);
    v->addLayout(header);
    v->addStretch(1);

    m_cue = label(column, "quizCue");
    scaleFont(m_cue, 2.4, true);
    m_cue->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ask = label(column, "quizAsk");
    scaleFont(m_ask, 1.25);
    v->addWidget(m_cue);
    v->addWidget(m_ask);
    v->addSpacing(8);

    m_answer = new QLineEdit(column);
    m_answer->setObjectName(QStringLiteral("quizAnswer"));
    m_answer->setAccessibleName(tr("Your answer"));
    m_answer->setAlignment(Qt::AlignCenter);
    scaleFont(m_answer, 1.3);
    m_answer->setMinimumHeight(m_answer->fontMetrics().height() * 2);
    m_answer->installEventFilter(this);
    m_hint = label(column, "quizHint");
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    v->addWidget(m_answer);
    v->addWidget(m_hint);

    m_optionBox = new QWidget(column);
    auto *options = new QVBoxLayout(m_optionBox);
    options->setContentsMargins(0, 0, 0, 0);
    options->setSpacing(6);
    for (std::size_t i = 0; i < m_options.size(); ++i) {
        auto *b = new QPushButton(m_optionBox);
        b->setObjectName(QStringLiteral("quizOption%1").arg(letter(int(i))));
        b->setAutoDefault(true);
        b->setMinimumHeight(fontMetrics().height() * 2 + 8);
        scaleFont(b, 1.15);
        options->addWidget(b);
        m_options[i] = b;
    }
    v->addWidget(m_optionBox);

    m_reveal = new QPushButton(tr("Show answer   (Space)"), column);
    m_reveal->setObjectName(QStringLiteral("quizReveal"));
    m_reveal->setAutoDefault(true);
    m_reveal->setMinimumHeight(fontMetrics().height() * 2 + 8);
    m_reveal->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 18);
    v->addWidget(m_reveal, 0, Qt::AlignHCenter);

    m_feedback = new QWidget(column);
    auto *f = new QVBoxLayout(m_feedback);
    f->setContentsMargins(0, 6, 0, 6);
    m_verdict = label(m_feedback, "quizVerdict");
    scaleFont(m_verdict, 1.3, true);
    m_diff = label(m_feedback, "quizDiff");
    m_diff->setTextFormat(Qt::RichText);
    scaleFont(m_diff, 1.15);
    m_solution = label(m_feedback, "quizSolution");
    scaleFont(m_solution, 1.15, true);
    m_note = label(m_feedback, "quizNote");
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel *l : {m_verdict, m_diff, m_solution, m_note})
        f->addWidget(l);
    v->addWidget(m_feedback);

    m_rating = new QuizRatingBar(column);
    m_rating->setObjectName(QStringLiteral("quizRating"));
    v->addWidget(m_rating);
    v->addStretch(2);

    m_keys = label(column, "quizKeys");
    m_keys->setForegroundRole(QPalette::PlaceholderText);
    v->addWidget(m_keys);
    return column;
}

void QuizCardView::setProgress(int answered, const QuizSession::Counts &left, bool practice)
{
    const QString mode = practice ? tr("Practice · ") : QString();
    const QLocale locale;
    m_progress->setText(mode + tr("New %1 · Learning %2 · Review %3 · %4 answered")
                                   .arg(locale.toString(left.newCards))
                                   .arg(locale.toString(left.learning))
                                   .arg(locale.toString(left.reviews))
                                   .arg(locale.toString(answered)));
    m_progress->setToolTip(tr("Left in this session: %1 new cards, %2 coming back while you "
                              "learn them, %3 reviews.")
                               .arg(left.newCards)
                               .arg(left.learning)
                               .arg(left.reviews));
}

void QuizCardView::showQuestion(const Question &q)
{
    batched([&] { fillQuestion(q); });
}

void QuizCardView::fillQuestion(const Question &q)
{
    m_answered = false;
    m_format = q.format;
    m_optionCount = int(q.options.size());
    m_kind->setText(
        (cardKindLabel(q.card.kind) + QStringLiteral(" · ") + answerFormatLabel(q.format))
            .toUpper());
    m_cue->setText(q.cue);
    m_ask->setText(q.ask);

    const bool typed = q.format == AnswerFormat::Typed;
    m_answer->setVisible(typed);
    m_answer->clear();
    m_answer->setReadOnly(false);
    m_hint->setVisible(typed);
    m_hint->setText(q.hint + QLatin1Char(' ') + tr("Enter to check."));

    const bool choice = q.format == AnswerFormat::Choice || q.format == AnswerFormat::Classify;
    m_optionBox->setVisible(choice);
    for (std::size_t i = 0; i < m_options.size(); ++i) {
        QPushButton *b = m_options[i];
        b->setVisible(int(i) < m_optionCount);
        b->setEnabled(true);
        b->setPalette(QPalette());
        QFont f = b->font();
        f.setBold(false);
        b->setFont(f);
        b->setText(letter(int(i)) + QStringLiteral("   ") + q.options.value(qsizetype(i)));
        b->setAccessibleName(q.options.value(qsizetype(i)));
    }
    m_reveal->setVisible(q.format == AnswerFormat::Flashcard);
    m_feedback->setVisible(false);
    m_rating->setVisible(false);

    switch (q.format) {
    case AnswerFormat::Flashcard:
        m_keys->setText(tr("Space show answer · Ctrl+Z undo last answer · Esc end"));
        break;
    case AnswerFormat::Typed:
        m_keys->setText(tr("Enter check · Ctrl+Z undo last answer · Esc end"));
        break;
    default:
        m_keys->setText(tr("%1 choose · ↑↓ and Enter · Ctrl+Z undo last answer · Esc end")
                            .arg(letter(0) + QStringLiteral("–") + letter(m_optionCount - 1)));
        break;
    }
}

QString QuizCardView::diffHtml(const QList<DiffSegment> &diff, const QPalette &palette)
{
    const QString good = theme::securityColor(Security::Secure, palette).name();
    const QString bad = theme::securityColor(Security::Insecure, palette).name();
    QString html;
    for (const DiffSegment &s : diff) {
        const QString text = s.text.toHtmlEscaped();
        switch (s.kind) {
        case DiffSegment::Kind::Same:
            html += text;
            break;
        case DiffSegment::Kind::Missing:
            html += QStringLiteral("<u style=\"color:%1\"><b>%2</b></u>").arg(good, text);
            break;
        case DiffSegment::Kind::Extra:
            html += QStringLiteral("<s style=\"color:%1\">%2</s>").arg(bad, text);
            break;
        }
    }
    return html;
}

void QuizCardView::showGrade(const Question &q, const Grade &grade,
                             const std::array<qint64, 4> &dueIn, bool practice)
{
    batched([&] { fillGrade(q, grade, dueIn, practice); });
}

void QuizCardView::fillGrade(const Question &q, const Grade &grade,
                             const std::array<qint64, 4> &dueIn, bool practice)
{
    m_answered = true;
    m_hint->setVisible(false); // "Enter to check." once checked would only mislead
    const QPalette &pal = palette();
    QString verdict;
    Security tone = Security::Unclassified;
    switch (grade.verdict) {
    case Grade::Verdict::Unjudged:
        break;
    case Grade::Verdict::Correct:
        verdict = theme::securitySymbol(Security::Secure) + QLatin1Char(' ') + tr("Correct");
        tone = Security::Secure;
        break;
    case Grade::Verdict::CorrectWithTypo:
        verdict = theme::securitySymbol(Security::Secure) + QLatin1Char(' ') +
                  tr("Accepted — mind the spelling");
        tone = Security::Depends;
        break;
    case Grade::Verdict::Wrong:
        verdict = theme::securitySymbol(Security::Insecure) + QLatin1Char(' ') + tr("Not quite");
        tone = Security::Insecure;
        break;
    }
    m_verdict->setVisible(!verdict.isEmpty());
    m_verdict->setText(verdict);
    QPalette vp = m_verdict->palette();
    vp.setColor(QPalette::WindowText, theme::securityColor(tone, pal));
    m_verdict->setPalette(vp);

    m_diff->setVisible(!grade.diff.isEmpty());
    if (!grade.diff.isEmpty())
        m_diff->setText(tr("Your answer: %1").arg(diffHtml(grade.diff, pal)) +
                        QStringLiteral("<br><small>") +
                        tr("<u>underlined</u>: missing · <s>struck</s>: not part of it") +
                        QStringLiteral("</small>"));
    m_solution->setText(tr("Answer: %1").arg(q.answer));
    QStringList notes;
    if (!grade.note.isEmpty())
        notes << grade.note;
    if (!q.detail.isEmpty())
        notes << q.detail;
    m_note->setText(notes.join(QLatin1Char('\n')));
    m_note->setVisible(!notes.isEmpty());
    m_feedback->setVisible(true);

    m_answer->setReadOnly(true);
    for (int i = 0; i < m_optionCount; ++i) {
        QPushButton *b = m_options[std::size_t(i)];
        const QString mark = i == q.correctOption      ? theme::securitySymbol(Security::Secure)
                             : i == grade.chosenOption ? theme::securitySymbol(Security::Insecure)
                                                       : QString();
        b->setText((mark.isEmpty() ? letter(i) : mark) + QStringLiteral("   ") +
                   q.options.value(i));
        // Answered options are disabled, but the right one and a wrong choice keep their
        // colour (and their symbol) so that they still stand out.
        if (!mark.isEmpty()) {
            QPalette p = b->palette();
            const Security tone = i == q.correctOption ? Security::Secure : Security::Insecure;
            p.setColor(QPalette::Disabled, QPalette::ButtonText, theme::securityColor(tone, pal));
            b->setPalette(p);
            QFont f = b->font();
            f.setBold(true);
            b->setFont(f);
        }
        b->setEnabled(false);
    }
    m_reveal->setVisible(false);
    m_rating->setIntervals(dueIn, !practice);
    m_rating->setVisible(true);
    m_rating->setSuggested(grade.suggested);
    m_keys->setText(tr("1–4 rate · Enter accepts %1 · Ctrl+Z undo last answer · Esc end")
                        .arg(QStringList{tr("Again"), tr("Hard"), tr("Good"), tr("Easy")}.at(
                            int(grade.suggested) - 1)));
}

void QuizCardView::focusAnswerControl()
{
    QWidget *target = nullptr;
    if (m_answered) {
        for (Rating r : {Rating::Again, Rating::Hard, Rating::Good, Rating::Easy}) {
            if (m_rating->button(r)->isDefault())
                target = m_rating->button(r); // the suggested rating
        }
    } else if (m_format == AnswerFormat::Typed) {
        target = m_answer;
    } else if (m_format == AnswerFormat::Flashcard) {
        target = m_reveal;
    } else {
        target = m_options[0];
    }
    if (target)
        target->setFocus(Qt::OtherFocusReason);
}

void QuizCardView::moveFocus(int step)
{
    QList<QWidget *> ring;
    if (m_answered) {
        for (Rating r : {Rating::Again, Rating::Hard, Rating::Good, Rating::Easy})
            ring << m_rating->button(r);
    } else {
        for (int i = 0; i < m_optionCount; ++i)
            ring << m_options[std::size_t(i)];
    }
    const qsizetype at = ring.indexOf(focusWidget());
    if (ring.isEmpty() || at < 0)
        return;
    ring.at((at + step + ring.size()) % ring.size())->setFocus(Qt::TabFocusReason);
}

void QuizCardView::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    const bool plain =
        !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    const bool choosing =
        !m_answered && (m_format == AnswerFormat::Choice || m_format == AnswerFormat::Classify);
    if (plain && m_answered && key >= Qt::Key_1 && key <= Qt::Key_4) {
        emit rated(Rating(key - Qt::Key_1 + 1));
        return;
    }
    if (plain && choosing && key >= Qt::Key_A && key < Qt::Key_A + m_optionCount) {
        emit optionChosen(key - Qt::Key_A);
        return;
    }
    // The digits choose too, as in the practice exams: 1 for the first option.
    if (plain && choosing && key >= Qt::Key_1 && key < Qt::Key_1 + m_optionCount) {
        emit optionChosen(key - Qt::Key_1);
        return;
    }
    if (plain && !m_answered && m_format == AnswerFormat::Flashcard && key == Qt::Key_Space) {
        emit revealRequested();
        return;
    }
    if (key == Qt::Key_Escape) {
        emit endRequested();
        return;
    }
    if (plain &&
        (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_Left || key == Qt::Key_Right)) {
        moveFocus(key == Qt::Key_Up || key == Qt::Key_Left ? -1 : 1);
        return;
    }
    QWidget::keyPressEvent(event);
}

bool QuizCardView::eventFilter(QObject *watched, QEvent *event)
{
    // The answer field keeps Ctrl+Z for its own text while there is typing to undo; with
    // nothing to undo there, Ctrl+Z goes on to undo the last answer.
    if (watched == m_answer && event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) && !m_answer->isUndoAvailable())
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace portolan
