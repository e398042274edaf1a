#include "CustomEntryActions.h"

#include "BrowserPage.h"
#include "CustomEntryDialog.h"
#include "EntryLabelDialog.h"
#include "catalog/EntryKey.h"
#include "custom/CustomEntryRepository.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QDateTime>
#include <QKeySequence>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <algorithm>

namespace portolan {

namespace {

qint64 wallClockMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

CustomEntryActions::CustomEntryActions(Workspace &workspace, BrowserPage *browser, QWidget *window)
    : QObject(window), m_workspace(workspace), m_browser(browser), m_window(window)
{
    m_menu = new QMenu(tr("E&ntry"), window);
    m_new = m_menu->addAction(tr("&New Entry…"), this, &CustomEntryActions::newEntry);
    m_new->setShortcut(QKeySequence::New);
    m_edit = m_menu->addAction(tr("&Edit Entry…"), this, &CustomEntryActions::editEntry);
    m_delete = m_menu->addAction(tr("&Delete Entry…"), this, &CustomEntryActions::deleteEntry);
    m_menu->addSeparator();
    m_label = m_menu->addAction(tr("Add &Label…"), this, &CustomEntryActions::addLabel);
    const QString onlyOwn = tr("Select one of your own entries (is:custom) to edit or delete it.");
    m_edit->setStatusTip(onlyOwn);
    m_delete->setStatusTip(onlyOwn);
    m_label->setStatusTip(tr("Put your own label on the selected entry; search it with tag:."));
    connect(m_browser, &BrowserPage::catalogRowSelected, this,
            &CustomEntryActions::selectionChanged);
    selectionChanged(m_browser->currentCatalogRow());
}

void CustomEntryActions::selectionChanged(int catalogRow)
{
    const bool own = !customKeyAt(catalogRow).isEmpty();
    m_edit->setEnabled(own);
    m_delete->setEnabled(own);
    m_label->setEnabled(catalogRow >= 0);
}

QString CustomEntryActions::customKeyAt(int row) const
{
    const Catalog &catalog = m_workspace.catalog();
    if (row < 0 || row >= catalog.rows().size() || !catalog.rows().at(row).isCustom())
        return {};
    return entryKey(catalog, row);
}

void CustomEntryActions::newEntry()
{
    CustomEntryRepository repo(m_workspace.database().connection());
    CustomEntryDialog dialog(m_workspace.catalog(), repo, m_workspace.database().readOnlyReason(),
                             wallClockMs, std::nullopt, m_window);
    if (dialog.exec() == QDialog::Accepted && dialog.saved()) {
        emit entrySaved(dialog.entry().key);
        emit changed(tr("Added %1.").arg(dialog.entry().name.trimmed()));
    }
}

void CustomEntryActions::editEntry()
{
    const QString key = customKeyAt(m_browser->currentCatalogRow());
    CustomEntryRepository repo(m_workspace.database().connection());
    const QList<CustomEntry> entries = repo.entries();
    const auto it = std::find_if(entries.cbegin(), entries.cend(),
                                 [&](const CustomEntry &e) { return e.key == key; });
    if (key.isEmpty() || it == entries.cend())
        return;
    CustomEntryDialog dialog(m_workspace.catalog(), repo, m_workspace.database().readOnlyReason(),
                             wallClockMs, *it, m_window);
    if (dialog.exec() == QDialog::Accepted && dialog.saved()) {
        emit entrySaved(dialog.entry().key);
        emit changed(tr("Saved %1.").arg(dialog.entry().name.trimmed()));
    }
}

void CustomEntryActions::deleteEntry()
{
    const QString key = customKeyAt(m_browser->currentCatalogRow());
    const Protocol *p = m_workspace.catalog().protocol(key);
    if (!p)
        return;
    if (m_workspace.database().isReadOnly()) {
        QMessageBox::information(m_window, tr("Delete Entry"),
                                 tr("The database is read-only (%1): nothing can be deleted.")
                                     .arg(m_workspace.database().readOnlyReason()));
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("Delete Entry"),
                    tr("Delete your entry “%1” (%2)?").arg(p->name, key), QMessageBox::NoButton,
                    m_window);
    box.setTextFormat(Qt::PlainText); // the name is the user's own text
    box.setInformativeText(tr("Its labels go with it. This cannot be undone."));
    QPushButton *remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(box.addButton(QMessageBox::Cancel));
    box.exec();
    if (box.clickedButton() != remove)
        return;
    CustomEntryRepository repo(m_workspace.database().connection());
    if (!repo.remove(key)) {
        QMessageBox::warning(m_window, tr("Delete Entry"),
                             tr("Not deleted: %1").arg(repo.errorText()));
        return;
    }
    emit changed(tr("Deleted %1.").arg(p->name));
}

void CustomEntryActions::addLabel()
{
    const Catalog &catalog = m_workspace.catalog();
    const int row = m_browser->currentCatalogRow();
    if (row < 0 || row >= catalog.rows().size())
        return;
    const CatalogRow &r = catalog.rows().at(row);
    QString title;
    if (r.isCurated()) {
        const Protocol &p = catalog.protocols().at(r.index);
        title = QStringLiteral("%1 (%2)").arg(p.abbreviation, p.name);
    } else {
        const RegistryRecord &rec = catalog.registry().at(r.index);
        title = QStringLiteral("%1 %2/%3")
                    .arg(rec.service, rec.portText(), transportName(rec.transport));
    }
    const QString key = entryKey(catalog, row);
    CustomEntryRepository repo(m_workspace.database().connection());
    EntryLabelDialog dialog(repo, key, title, m_workspace.database().readOnlyReason(), m_window);
    if (dialog.exec() == QDialog::Accepted && dialog.saved())
        emit changed(tr("Labelled %1 “%2”.").arg(title, dialog.label()));
}

} // namespace portolan
