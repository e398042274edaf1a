#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace portolan {

class CustomEntryRepository;
class FieldMessage;

// Puts one of the user's labels on any entry (study set, registry or their own). The label is
// checked as it is typed (CustomEntryValidator::checkLabel) with the problem shown under the
// field and OK disabled; OK writes through the repository. On a read-only database the dialog
// says so and cannot save.
class EntryLabelDialog : public QDialog
{
    Q_OBJECT

public:
    // entryKey as in catalog/EntryKey.h; title names the entry for the user. The repository
    // must outlive the dialog. A non-empty readOnlyReason disables saving.
    EntryLabelDialog(CustomEntryRepository &repository, const QString &entryKey,
                     const QString &title, const QString &readOnlyReason,
                     QWidget *parent = nullptr);

    QString label() const;
    bool saved() const { return m_saved; }
    QLineEdit *field() const { return m_field; }
    QPushButton *okButton() const { return m_ok; }
    QString problem() const;

private:
    void revalidate();
    void save();

    CustomEntryRepository &m_repository;
    QString m_entryKey;
    QString m_readOnlyReason;
    QStringList m_existing;
    bool m_saved = false;
    QLineEdit *m_field = nullptr;
    FieldMessage *m_problem = nullptr;
    FieldMessage *m_saveError = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace portolan
