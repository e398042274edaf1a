#include "NotesEditor.h"

#include "storage/NoteRepository.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace portolan {

namespace {

// A browser that loads nothing: images and links in a note stay text.
class SealedTextBrowser : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

constexpr int kSaveDelayMs = 600;

} // namespace

NotesEditor::NotesEditor(NoteRepository *notes, bool writable, QWidget *parent)
    : QWidget(parent), m_notes(notes), m_writable(writable && notes)
{
    m_title = new QLabel(tr("Your notes"), this);
    m_title->setObjectName(QStringLiteral("notesTitle"));
    m_previewButton = new QToolButton(this);
    m_previewButton->setText(tr("Pre&view"));
    m_previewButton->setCheckable(true);
    m_previewButton->setToolTip(tr("Show the note rendered as Markdown"));

    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("notesEdit"));
    m_editor->setAccessibleName(tr("Your notes"));
    m_editor->setTabChangesFocus(true);
    m_editor->setPlaceholderText(m_writable
                                     ? tr("Write what helps you remember — saved automatically.")
                                     : tr("Notes cannot be saved: the database is read-only."));
    m_editor->setReadOnly(!m_writable);
    m_preview = new SealedTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("notesPreview"));
    m_preview->setOpenLinks(false);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_editor);
    m_stack->addWidget(m_preview);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_previewButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);

    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(kSaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &NotesEditor::flush);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_key.isEmpty() || !m_writable)
            return;
        m_dirty = true;
        m_saveTimer->start();
    });
    connect(m_previewButton, &QToolButton::toggled, this, &NotesEditor::setPreview);
    setKey({});
}

NotesEditor::~NotesEditor()
{
    flush();
}

QString NotesEditor::text() const
{
    return m_editor->toPlainText();
}

bool NotesEditor::flush()
{
    m_saveTimer->stop();
    if (!m_dirty || m_key.isEmpty() || !m_writable)
        return true;
    // The window is the application layer; the time stamps when the note was written.
    if (!m_notes->setNote(m_key, m_editor->toPlainText(), QDateTime::currentMSecsSinceEpoch())) {
        emit saveFailed(tr("Your note could not be saved: %1").arg(m_notes->errorText()));
        return false;
    }
    m_dirty = false;
    return true;
}

void NotesEditor::setKey(const QString &key)
{
    flush();
    m_key = key;
    const QSignalBlocker block(m_editor);
    // A fresh document per entry: undo never crosses from one entry's note into another's.
    m_editor->setPlainText(key.isEmpty() || !m_notes ? QString() : m_notes->note(key));
    m_editor->document()->clearUndoRedoStacks();
    m_editor->setEnabled(!key.isEmpty());
    m_dirty = false;
    if (m_previewButton->isChecked())
        setPreview(true);
}

void NotesEditor::setPreview(bool on)
{
    if (on)
        m_preview->document()->setMarkdown(
            m_editor->toPlainText(),
            QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub) |
                QTextDocument::MarkdownNoHTML);
    m_stack->setCurrentWidget(on ? static_cast<QWidget *>(m_preview) : m_editor);
}

} // namespace portolan
