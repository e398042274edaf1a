#include "DatabaseRecovery.h"

#include "storage/BackupManager.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace portolan {

bool recoverDatabase(Workspace &workspace, const QString &path, qint64 nowMs, QWidget *parent)
{
    const Database::Error error = workspace.database().error();
    const bool movable =
        error == Database::Error::Corrupt || error == Database::Error::NotADatabase ||
        error == Database::Error::ForeignDatabase || error == Database::Error::AlteredSchema;
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Critical);
    box.setWindowTitle(QCoreApplication::translate("DatabaseRecovery", "Portolan"));
    box.setText(workspace.errorMessage());
    if (!movable) {
        box.exec();
        return false;
    }

    BackupManager backups(path);
    const QList<BackupManager::Backup> list = backups.backups();
    const QString aside = QDir::toNativeSeparators(path) +
                          QCoreApplication::translate("DatabaseRecovery", ".damaged-…");
    box.setInformativeText(
        list.isEmpty()
            ? QCoreApplication::translate(
                  "DatabaseRecovery",
                  "Portolan can move the file aside (to %1, nothing in it is deleted) and start "
                  "with a fresh database.")
                  .arg(aside)
            : QCoreApplication::translate(
                  "DatabaseRecovery",
                  "Portolan can move the file aside (to %1, nothing in it is deleted) and restore "
                  "your newest backup, from %2.")
                  .arg(aside,
                       QLocale().toString(list.first().time.toLocalTime(), QLocale::ShortFormat)));
    QPushButton *recover = box.addButton(
        list.isEmpty()
            ? QCoreApplication::translate("DatabaseRecovery", "Move Aside and Start Fresh")
            : QCoreApplication::translate("DatabaseRecovery", "Move Aside and Restore Backup"),
        QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != recover)
        return false;

    workspace.close();
    const bool moved = list.isEmpty() ? backups.moveAside(QStringLiteral("damaged"), nowMs)
                                      : backups.restore(list.first().path, nowMs);
    if (!moved || !workspace.open(path, nowMs)) {
        QMessageBox::critical(parent, QCoreApplication::translate("DatabaseRecovery", "Portolan"),
                              moved ? workspace.errorMessage() : backups.errorText());
        return false;
    }
    return true;
}

} // namespace portolan
