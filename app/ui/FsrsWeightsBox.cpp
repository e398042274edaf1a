#include "FsrsWeightsBox.h"

#include "FsrsFitDialog.h"
#include "storage/FsrsParametersRepository.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace portolan {

FsrsWeightsBox::FsrsWeightsBox(Workspace &workspace, QWidget *parent)
    : QGroupBox(tr("Scheduler"), parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("fsrsWeightsBox"));
    m_inUse = new QLabel(this);
    m_inUse->setObjectName(QStringLiteral("fsrsWeightsInUse"));
    // One line: a wrapped label would not grow the dialog when the text changes while shown.
    m_inUse->setTextFormat(Qt::PlainText);
    m_fit = new QPushButton(tr("Fit to &My Reviews…"), this);
    m_fit->setObjectName(QStringLiteral("fsrsFit"));
    m_fit->setToolTip(tr("Fits the scheduler's FSRS weights to your own review history."));
    m_undo = new QPushButton(tr("Undo L&ast Fit"), this);
    m_undo->setObjectName(QStringLiteral("fsrsUndo"));
    connect(m_fit, &QPushButton::clicked, this, &FsrsWeightsBox::fit);
    connect(m_undo, &QPushButton::clicked, this, &FsrsWeightsBox::undo);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_fit);
    buttons->addWidget(m_undo);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_inUse);
    layout->addLayout(buttons);
    refresh();
}

void FsrsWeightsBox::refresh()
{
    FsrsParametersRepository repo(m_workspace.database().connection());
    const auto current = repo.current();
    const bool canUndo = current && repo.previous().has_value();
    if (!current)
        m_inUse->setText(tr("⚠ The weights in use cannot be read: %1").arg(repo.errorText()));
    else if (current->isDefault())
        m_inUse->setText(tr("Weights in use: FSRS defaults."));
    else
        m_inUse->setText(
            tr("Weights in use: fitted on %1 to %2 reviews of %3 cards.")
                .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(current->fittedAt).date(),
                                        QLocale::ShortFormat))
                .arg(current->reviewCount)
                .arg(current->cardCount));
    // The dialog has a fixed minimum width, so it does not grow by itself to a longer line.
    if (QWidget *shown = window(); shown->isVisible() && shown != this) {
        // The layouts' cached size hints are refreshed only at the next event otherwise.
        updateGeometry();
        if (shown->layout())
            shown->layout()->invalidate();
        shown->resize(std::max(shown->width(), shown->sizeHint().width()), shown->height());
    }
    const bool writable = !m_workspace.database().isReadOnly();
    m_fit->setEnabled(writable && current.has_value());
    m_undo->setEnabled(writable && canUndo);
}

void FsrsWeightsBox::fit()
{
    FsrsFitDialog dialog(m_workspace, this);
    dialog.exec();
    if (!dialog.applied())
        return;
    m_changed = true;
    refresh();
    emit changed();
}

void FsrsWeightsBox::undo()
{
    FsrsParametersRepository repo(m_workspace.database().connection());
    if (!repo.undo()) {
        if (!repo.errorText().isEmpty())
            QMessageBox::warning(this, tr("Undo Last Fit"), repo.errorText());
        refresh();
        return;
    }
    m_changed = true;
    refresh();
    emit changed();
}

} // namespace portolan
