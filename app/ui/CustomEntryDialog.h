#pragma once

#include "custom/CustomEntry.h"
#include "custom/CustomEntryValidator.h"

#include <QDialog>
#include <QSet>
#include <array>
#include <functional>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace portolan {

class Catalog;
class CustomEntryRepository;
class FieldMessage;

// The form for one of the user's own entries, new or edited. Every field is checked as the
// user types (CustomEntryValidator and CustomPortParser); each problem is shown under its
// field and OK stays disabled while there is any. Ports that IANA assigns to another service
// get a note that blocks nothing. OK writes through the repository; a failure is shown in place
// and the dialog stays open. On a read-only database the form says so and cannot save.
class CustomEntryDialog : public QDialog
{
    Q_OBJECT

public:
    using Field = CustomEntryValidator::Field;

    // A new entry when existing is empty, else that entry (its key is kept). The catalog gives
    // the keys already taken, the counterpart choices and the IANA registry; it and the
    // repository must outlive the dialog. A non-empty readOnlyReason disables saving.
    CustomEntryDialog(const Catalog &catalog, CustomEntryRepository &repository,
                      const QString &readOnlyReason, std::function<qint64()> now,
                      std::optional<CustomEntry> existing = std::nullopt,
                      QWidget *parent = nullptr);

    // The entry as the fields describe it now.
    CustomEntry entry() const;
    bool saved() const { return m_saved; }
    bool isNew() const { return !m_existing.has_value(); }

    QPushButton *okButton() const { return m_ok; }
    // The message shown under a field; empty when there is none.
    QString problem(Field field) const;
    // The IANA note under the ports; empty when nothing collides.
    QString ianaNote() const;

private:
    QWidget *buildForm();
    void fill(const CustomEntry &entry);
    void nameChanged();
    void revalidate();
    void save();
    QString uniqueKey(const QString &name) const;

    const Catalog &m_catalog;
    CustomEntryRepository &m_repository;
    QString m_readOnlyReason;
    std::function<qint64()> m_now;
    std::optional<CustomEntry> m_existing;
    QSet<QString> m_taken; // every key but the edited entry's own
    QString m_key;
    bool m_saved = false;
    // Fields whose problems are shown: those the user has changed (all of them when editing),
    // so that a new, empty form does not open in red.
    QSet<int> m_touched;

    QLineEdit *m_name = nullptr;
    QLineEdit *m_abbreviation = nullptr;
    QLineEdit *m_keyField = nullptr;
    QLineEdit *m_ports = nullptr;
    QComboBox *m_security = nullptr;
    QComboBox *m_counterpart = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLineEdit *m_tags = nullptr;
    std::array<FieldMessage *, 7> m_messages{};
    std::array<QWidget *, 7> m_fieldWidgets{};
    FieldMessage *m_iana = nullptr;
    FieldMessage *m_saveError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace portolan
