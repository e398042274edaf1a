#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace portolan {

class BrowserPage;
class Workspace;

// The Entry menu: new, edit and delete the user's own entries and label any entry, acting on
// the browser's selected row. Edit and Delete are enabled only for the user's own entries.
// Runs the dialogs and writes through CustomEntryRepository; changed() asks for the window to
// be rebuilt on a fresh catalog.
class CustomEntryActions : public QObject
{
    Q_OBJECT

public:
    // The workspace and browser must outlive this object; window parents the dialogs.
    CustomEntryActions(Workspace &workspace, BrowserPage *browser, QWidget *window);

    QMenu *menu() const { return m_menu; }
    QAction *newAction() const { return m_new; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    QAction *labelAction() const { return m_label; }

signals:
    // Something was written; the message is for the status bar.
    void changed(const QString &message);
    // An entry was added or edited (before changed()): the rebuilt window shows and selects it.
    void entrySaved(const QString &key);

private:
    void selectionChanged(int catalogRow);
    // The key of the user's own entry on a catalog row; empty for any other row.
    QString customKeyAt(int catalogRow) const;
    void newEntry();
    void editEntry();
    void deleteEntry();
    void addLabel();

    Workspace &m_workspace;
    BrowserPage *m_browser;
    QWidget *m_window;
    QMenu *m_menu = nullptr;
    QAction *m_new = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_label = nullptr;
};

} // namespace portolan
