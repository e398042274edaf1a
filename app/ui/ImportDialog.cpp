#include "ImportDialog.h"

#include "Theme.h"
#include "workspace/Importer.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <optional>

namespace portolan {

namespace {

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText); // file names and examples are the file's own text
    label->setWordWrap(true);
    return label;
}

} // namespace

ImportDialog::ImportDialog(Importer &importer, std::function<qint64()> now, QWidget *parent)
    : QDialog(parent), m_importer(importer), m_now(std::move(now))
{
    setWindowTitle(tr("Import"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);

    m_problem = plainLabel(QString(), this);
    m_problem->setObjectName(QStringLiteral("importProblem"));
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setVisible(false);

    m_buttons = new QDialogButtonBox(this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (!m_importer.hasPlan()) {
        auto *title = plainLabel(tr("This file cannot be imported"), this);
        QFont big = title->font();
        big.setPointSizeF(big.pointSizeF() * 1.25);
        big.setBold(true);
        title->setFont(big);
        layout->addWidget(title);
        showProblem(m_importer.errorText());
        layout->addWidget(m_problem);
        layout->addWidget(plainLabel(tr("Nothing was changed."), this));
        m_buttons->setStandardButtons(QDialogButtonBox::Close);
        layout->addStretch(1);
        layout->addWidget(m_buttons);
        resize(560, 220);
        return;
    }

    const ImportPlan &plan = m_importer.plan();
    auto *title = plainLabel(tr("Import %1").arg(QFileInfo(plan.fileName()).fileName()), this);
    title->setObjectName(QStringLiteral("importTitle"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    title->setFont(big);
    layout->addWidget(title);
    auto *source = plainLabel(tr("%1 · %2 entries read · %3")
                                  .arg(importFormatTitle(plan.format()))
                                  .arg(QLocale().toString(plan.data().entries))
                                  .arg(plan.fileName()),
                              this);
    source->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(source);
    layout->addWidget(buildCounts());

    m_examples = new QTreeWidget(this);
    m_examples->setObjectName(QStringLiteral("importExamples"));
    m_examples->setHeaderHidden(true);
    m_examples->setRootIsDecorated(true);
    // Long example lines wrap rather than lose their middle (where the arrow is).
    m_examples->setWordWrap(true);
    m_examples->setUniformRowHeights(false);
    m_examples->setSelectionMode(QAbstractItemView::NoSelection);
    m_examples->setFocusPolicy(Qt::NoFocus);
    m_examples->setAccessibleName(tr("Examples of the changes"));
    fillExamples();
    layout->addWidget(m_examples, 1);

    QString notes;
    for (const QString &n : plan.notes())
        notes += QStringLiteral("• ") + n + QLatin1Char('\n');
    auto *notesLabel = plainLabel(notes.trimmed(), this);
    notesLabel->setObjectName(QStringLiteral("importNotes"));
    layout->addWidget(notesLabel);
    layout->addWidget(m_problem);

    if (plan.hasChanges()) {
        m_apply = m_buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
        m_apply->setObjectName(QStringLiteral("applyImport"));
        m_buttons->addButton(QDialogButtonBox::Cancel);
        // Removing thousands of entries is one keypress away otherwise: Cancel is the default
        // and has the focus, and Apply does not take over Enter when focused.
        m_apply->setAutoDefault(false);
        QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
        cancel->setDefault(true);
        cancel->setFocus();
        connect(m_apply, &QPushButton::clicked, this, &ImportDialog::apply);
    } else {
        auto *same = plainLabel(tr("Nothing to change: the database already holds everything "
                                   "in this file."),
                                this);
        same->setObjectName(QStringLiteral("importNothing"));
        layout->addWidget(same);
        m_buttons->setStandardButtons(QDialogButtonBox::Close);
    }
    layout->addWidget(m_buttons);
    resize(760, 560);
}

QWidget *ImportDialog::buildCounts()
{
    const ImportPlan &plan = m_importer.plan();
    auto *row = new QWidget(this);
    auto *counts = new QHBoxLayout(row);
    counts->setContentsMargins(0, 0, 0, 0);
    // Green, amber and red from the theme's security colours, tuned for light and dark
    // palettes; the word under each number says the same without colour.
    const auto tile = [&](const QString &name, const QString &label, int value,
                          std::optional<Security> tone) {
        auto *frame = new QFrame(row);
        frame->setFrameShape(QFrame::StyledPanel);
        auto *v = new QVBoxLayout(frame);
        v->setContentsMargins(14, 8, 14, 8);
        auto *number = new QLabel(QLocale().toString(value), frame);
        number->setObjectName(name);
        QFont f = number->font();
        f.setPointSizeF(f.pointSizeF() * 1.8);
        f.setBold(true);
        number->setFont(f);
        number->setAccessibleName(label);
        if (tone && value > 0) {
            QPalette p = number->palette();
            p.setColor(QPalette::WindowText, theme::securityColor(*tone, p));
            number->setPalette(p);
        }
        v->addWidget(number);
        v->addWidget(new QLabel(label, frame));
        counts->addWidget(frame, 1);
    };
    tile(QStringLiteral("addedCount"), tr("added"), plan.added(), Security::Secure);
    tile(QStringLiteral("changedCount"), tr("changed"), plan.changed(), Security::Depends);
    tile(QStringLiteral("removedCount"), tr("removed"), plan.removed(), Security::Insecure);
    tile(QStringLiteral("unchangedCount"), tr("unchanged"), plan.unchanged(), std::nullopt);
    return row;
}

void ImportDialog::fillExamples()
{
    const ImportPlan &plan = m_importer.plan();
    const auto group = [this](const QString &title, int count, const QStringList &lines) {
        if (count == 0)
            return;
        auto *top = new QTreeWidgetItem(m_examples, {title.arg(QLocale().toString(count))});
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        for (const QString &line : lines) {
            auto *item = new QTreeWidgetItem(top, {line});
            // Escaped: a tooltip that looks like markup would be rendered as such.
            item->setToolTip(0, QStringLiteral("<p>%1</p>").arg(line.toHtmlEscaped()));
        }
        if (count > lines.size())
            new QTreeWidgetItem(
                top, {tr("… and %1 more").arg(QLocale().toString(count - int(lines.size())))});
        top->setExpanded(true);
    };
    group(tr("Added (%1)"), plan.added(), plan.addedExamples());
    group(tr("Changed (%1)"), plan.changed(), plan.changedExamples());
    group(tr("Removed (%1)"), plan.removed(), plan.removedExamples());
    if (m_examples->topLevelItemCount() == 0)
        new QTreeWidgetItem(m_examples, {tr("No differences.")});
}

void ImportDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    QPalette p = m_problem->palette();
    p.setColor(QPalette::WindowText, QColor(0xC0, 0x1C, 0x28));
    m_problem->setPalette(p);
    m_problem->setVisible(!text.isEmpty());
}

void ImportDialog::apply()
{
    m_apply->setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = m_importer.apply(m_now());
    QApplication::restoreOverrideCursor();
    if (!ok) {
        // The plan may be stale now (another import); the user previews again from the menu.
        showProblem(m_importer.errorText());
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
        return;
    }
    m_applied = true;
    accept();
}

} // namespace portolan
