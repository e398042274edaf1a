#include "EntryLabelDialog.h"

#include "FieldMessage.h"
#include "custom/CustomEntryRepository.h"
#include "custom/CustomEntryValidator.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace portolan {

EntryLabelDialog::EntryLabelDialog(CustomEntryRepository &repository, const QString &entryKey,
                                   const QString &title, const QString &readOnlyReason,
                                   QWidget *parent)
    : QDialog(parent), m_repository(repository), m_entryKey(entryKey),
      m_readOnlyReason(readOnlyReason), m_existing(repository.labels(entryKey))
{
    setWindowTitle(tr("Add Label"));
    auto *layout = new QVBoxLayout(this);
    if (!m_readOnlyReason.isEmpty()) {
        auto *readOnly = new FieldMessage(FieldMessage::Kind::Problem, this);
        readOnly->setObjectName(QStringLiteral("readOnlyMessage"));
        readOnly->setMessage(
            tr("The database is read-only (%1): labels cannot be saved.").arg(m_readOnlyReason));
        layout->addWidget(readOnly);
    }
    auto *prompt = new QLabel(tr("A label for %1 — search it with tag:LABEL.").arg(title), this);
    prompt->setTextFormat(Qt::PlainText); // the title may be registry text
    prompt->setWordWrap(true);
    layout->addWidget(prompt);
    if (!m_existing.isEmpty()) {
        auto *existing =
            new QLabel(tr("Labels it has: %1").arg(m_existing.join(QStringLiteral(", "))), this);
        existing->setTextFormat(Qt::PlainText);
        existing->setWordWrap(true);
        existing->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(existing);
    }
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("label"));
    m_field->setAccessibleName(tr("Label"));
    m_field->setPlaceholderText(tr("e.g. lab, exam-trap, edge"));
    layout->addWidget(m_field);
    m_problem = new FieldMessage(FieldMessage::Kind::Problem, this);
    m_problem->setObjectName(QStringLiteral("labelProblem"));
    layout->addWidget(m_problem);
    m_saveError = new FieldMessage(FieldMessage::Kind::Problem, this);
    layout->addWidget(m_saveError);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Add Label"));
    connect(buttons, &QDialogButtonBox::accepted, this, &EntryLabelDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_field, &QLineEdit::textChanged, this, &EntryLabelDialog::revalidate);
    revalidate();
    resize(460, sizeHint().height());
}

QString EntryLabelDialog::label() const
{
    return m_field->text().trimmed();
}

QString EntryLabelDialog::problem() const
{
    return m_problem->message();
}

void EntryLabelDialog::revalidate()
{
    const QString text = label();
    QString problem;
    // Nothing typed yet is not an error to shout about; OK just waits.
    if (!text.isEmpty()) {
        problem = CustomEntryValidator::checkLabel(text);
        // Commas separate tags in the entry form, so a label with one could not be edited there.
        if (problem.isEmpty() && text.contains(QLatin1Char(',')))
            problem = tr("Label: must not contain a comma.");
        if (problem.isEmpty() && m_existing.contains(text))
            problem = tr("Label: the entry already has \"%1\".").arg(text);
    }
    m_problem->setMessage(problem);
    m_field->setAccessibleDescription(problem);
    m_ok->setEnabled(!text.isEmpty() && problem.isEmpty() && m_readOnlyReason.isEmpty());
}

void EntryLabelDialog::save()
{
    if (!m_ok->isEnabled())
        return;
    if (!m_repository.addLabel(m_entryKey, label())) {
        m_saveError->setMessage(tr("Not saved: %1").arg(m_repository.errorText()));
        return;
    }
    m_saved = true;
    accept();
}

} // namespace portolan
