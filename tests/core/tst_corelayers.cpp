// The folders of app/core form layers: app/core/CMakeLists.txt lists them bottom up, and a file
// may include headers of its own folder and of folders listed before it, never after. A cycle
// between folders (catalog <-> storage, say) cannot pass this test.
#include "../support/TestMain.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

class TestCoreLayers : public QObject
{
    Q_OBJECT

private:
    static QString coreDir() { return QStringLiteral(PORTOLAN_SOURCE_DIR "/app/core"); }

    // The folders in the order app/core/CMakeLists.txt adds them.
    static QStringList layers()
    {
        QFile file(coreDir() + QStringLiteral("/CMakeLists.txt"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QStringList out;
        static const QRegularExpression re(QStringLiteral("^add_subdirectory\\((\\w+)\\)"),
                                           QRegularExpression::MultilineOption);
        auto it = re.globalMatch(QString::fromUtf8(file.readAll()));
        while (it.hasNext())
            out << it.next().captured(1);
        return out;
    }

private slots:
    void everyFolderIsALayer()
    {
        const QStringList order = layers();
        QVERIFY2(order.size() >= 10, qPrintable(order.join(u' ')));
        QDirIterator dirs(coreDir(), QDir::Dirs | QDir::NoDotAndDotDot);
        while (dirs.hasNext()) {
            const QString name = QFileInfo(dirs.next()).fileName();
            QVERIFY2(order.contains(name),
                     qPrintable(QStringLiteral("app/core/%1 is not listed").arg(name)));
        }
    }

    void includesPointDown()
    {
        const QStringList order = layers();
        static const QRegularExpression include(QStringLiteral("^#\\s*include\\s+\"(\\w+)/"),
                                                QRegularExpression::MultilineOption);
        QStringList violations;
        int files = 0;
        for (const QString &folder : order) {
            QDirIterator it(coreDir() + u'/' + folder,
                            {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                ++files;
                auto m = include.globalMatch(QString::fromUtf8(file.readAll()));
                while (m.hasNext()) {
                    const QString target = m.next().captured(1);
                    const qsizetype at = order.indexOf(target);
                    if (at > order.indexOf(folder))
                        violations << QStringLiteral("%1/%2 includes %3/")
                                          .arg(folder, QFileInfo(path).fileName(), target);
                }
            }
        }
        QVERIFY(files > 100);
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
    }
};

PORTOLAN_TEST_GUILESS_MAIN(TestCoreLayers)
#include "tst_corelayers.moc"
