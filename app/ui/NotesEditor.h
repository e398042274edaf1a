#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTextBrowser;
class QTimer;
class QToolButton;

namespace portolan {

class NoteRepository;

// The user's own note on one entry, under the details pane: edited as plain text, saved by
// itself a moment after typing stops (and when the entry changes), with the editor's own
// undo/redo. "Preview" renders it as Markdown with raw HTML switched off and no resource
// loading, so a note can never pull in anything from outside.
class NotesEditor : public QWidget
{
    Q_OBJECT

public:
    // notes may be null or read-only: the editor then says why and does not edit.
    NotesEditor(NoteRepository *notes, bool writable, QWidget *parent = nullptr);
    ~NotesEditor() override;

    // Saves the current note, then shows the one for key (empty: no entry selected).
    void setKey(const QString &key);
    QString key() const { return m_key; }
    QString text() const;
    // Writes a pending change now; false when the database refused it.
    bool flush();

    QPlainTextEdit *editor() const { return m_editor; }

signals:
    void saveFailed(const QString &message);

private:
    void setPreview(bool on);

    NoteRepository *m_notes;
    bool m_writable;
    QString m_key;
    bool m_dirty = false;
    QLabel *m_title = nullptr;
    QToolButton *m_previewButton = nullptr;
    QStackedWidget *m_stack = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QTextBrowser *m_preview = nullptr;
    QTimer *m_saveTimer = nullptr;
};

} // namespace portolan
