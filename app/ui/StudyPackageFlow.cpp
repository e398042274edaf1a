#include "StudyPackageFlow.h"

#include "package/StudyPackage.h"
#include "package/StudyPackageMerge.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>

namespace portolan {

namespace {

QString filter()
{
    return QApplication::translate("StudyPackageFlow",
                                   "Portolan study packages (*.json);;All files (*)");
}

} // namespace

QString StudyPackageFlow::exportPackage(QWidget *parent, Workspace &workspace)
{
    const QString suggested = QDir::home().filePath(
        QStringLiteral("portolan-study-%1.json").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(
        parent, QApplication::translate("StudyPackageFlow", "Export Study Package"), suggested,
        filter());
    if (path.isEmpty())
        return {};
    QString error;
    if (!StudyPackage::exportTo(workspace.database().connection(), path,
                                QDateTime::currentMSecsSinceEpoch(), &error)) {
        QMessageBox::warning(
            parent, QApplication::translate("StudyPackageFlow", "Export Study Package"), error);
        return {};
    }
    return QApplication::translate("StudyPackageFlow", "Study package written to %1.")
        .arg(QDir::toNativeSeparators(path));
}

QString StudyPackageFlow::importPackage(QWidget *parent, Workspace &workspace)
{
    const QString title = QApplication::translate("StudyPackageFlow", "Import Study Package");
    const QString path = QFileDialog::getOpenFileName(parent, title, QDir::homePath(), filter());
    if (path.isEmpty())
        return {};
    QString error;
    const std::optional<StudyPackageData> package = StudyPackage::read(path, &error);
    const QSqlDatabase db = workspace.database().connection();
    std::optional<StudyPackagePlan> plan;
    if (package)
        plan = StudyPackage::preview(db, *package, &error);
    if (!plan) {
        QMessageBox::warning(parent, title, error);
        return {};
    }
    const QString summary = plan->summary().join(u'\n');
    if (!plan->hasChanges()) {
        QMessageBox::information(
            parent, title,
            QApplication::translate("StudyPackageFlow",
                                    "Nothing to change: you already have everything in it.\n\n%1")
                .arg(summary));
        return {};
    }
    QMessageBox box(QMessageBox::Question, title,
                    QApplication::translate("StudyPackageFlow",
                                            "Merge this study package? Nothing of yours is "
                                            "deleted.\n\n%1")
                        .arg(summary),
                    QMessageBox::Apply | QMessageBox::Cancel, parent);
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Apply)
        return {};
    if (!StudyPackage::apply(db, *plan, &error)) {
        QMessageBox::warning(parent, title, error);
        return {};
    }
    return QApplication::translate("StudyPackageFlow", "Study package merged.");
}

} // namespace portolan
