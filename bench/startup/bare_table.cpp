// The start-up floor DESIGN.md compares Portolan with: a bare Qt Widgets window showing the same
// registry rows in a QStandardItemModel and a QTableView, nothing else. Usage:
// bench-bare-table REGISTRY.tsv --quit-after-first-paint
#include "FirstPaintProbe.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardItemModel>
#include <QTableView>

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    if (argc < 2)
        return 2;
    QFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::ReadOnly))
        return 2;
    const QString text = QString::fromUtf8(file.readAll());
    QStandardItemModel model(0, 4);
    model.setHorizontalHeaderLabels({QStringLiteral("Port"), QStringLiteral("Transport"),
                                     QStringLiteral("Service"), QStringLiteral("Description")});
    for (QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) ||
            line.startsWith(QLatin1String("service\t")))
            continue;
        const auto f = line.split(QLatin1Char('\t'));
        if (f.size() < 5)
            continue;
        model.appendRow({new QStandardItem(f[1].toString()), new QStandardItem(f[3].toString()),
                         new QStandardItem(f[0].toString()), new QStandardItem(f[4].toString())});
    }
    QTableView view;
    view.setModel(&model);
    view.resize(1200, 760);
    view.show();
    new portolan::FirstPaintProbe(sinceMain, &app);
    return app.exec();
}
