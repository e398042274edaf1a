// The window fits a laptop: with every page built, its minimum size is within 1024×640 at the
// default font in every language Portolan ships, and within 1366×768 at 14 pt. Before: 1253×690
// in English, 1875×921 at 14 pt, wider than a 1600-pixel screen.
#include "../support/TestMain.h"
#include "MainWindow.h"
#include "Theme.h"
#include "i18n/Translations.h"
#include "settings/Preferences.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QLayout>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace portolan;

class TestWindowSize : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Workspace m_workspace;

    // The smallest the window can be made, every page built and shown once.
    // Also, in *sideways, the pages that scroll sideways in a window of the screen's size: a
    // page may scroll down, but a row cut at the right edge is content nobody finds.
    QSize minimumWith(const QString &language, int pointSize, QSize screen, QStringList *sideways)
    {
        Translations::install(language);
        theme::applyAppearance(Preferences::Theme::Light, pointSize);
        MainWindow window(m_workspace);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return {};
        for (MainWindow::Page page : {MainWindow::Page::RangeMap, MainWindow::Page::Quiz,
                                      MainWindow::Page::Statistics, MainWindow::Page::Browse})
            window.showPage(page);
        QApplication::processEvents();
        if (qEnvironmentVariableIsSet("PORTOLAN_SIZE_DEBUG")) {
            for (int i = 0; i < window.pages()->count(); ++i) {
                QWidget *page = window.pages()->widget(i);
                qInfo("page %d: %dx%d", i, page->minimumSizeHint().width(),
                      page->minimumSizeHint().height());
                const auto children = page->findChildren<QWidget *>();
                for (QWidget *w : children) {
                    const QSize m = w->minimumSizeHint().expandedTo(w->minimumSize());
                    if (!w->isHidden() && (m.width() > 450 || m.height() > 300))
                        qInfo("   %s %s: %dx%d", w->metaObject()->className(),
                              qPrintable(w->objectName()), m.width(), m.height());
                }
            }
        }
        const QSize hint = window.minimumSizeHint();
        window.resize(screen);
        for (int i = 0; i < window.pages()->count(); ++i) {
            window.pages()->setCurrentIndex(i);
            QApplication::processEvents();
            const auto areas = window.pages()->widget(i)->findChildren<QAbstractScrollArea *>();
            for (QAbstractScrollArea *area : areas)
                if (qobject_cast<QScrollArea *>(area) && area->isVisible() &&
                    area->horizontalScrollBar()->maximum() > 0)
                    *sideways << QStringLiteral("page %1 by %2 px")
                                     .arg(i)
                                     .arg(area->horizontalScrollBar()->maximum());
        }
        return hint.expandedTo(window.minimumSize());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_workspace.open(m_dir.filePath(QStringLiteral("size.sqlite"))));
    }

    void fits_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("pointSize");
        QTest::addColumn<QSize>("screen");
        for (const char *language : {"en", "de", "es", "fr"})
            QTest::newRow(language) << QString::fromLatin1(language) << 0 << QSize(1024, 640);
        for (const char *language : {"en", "de", "es", "fr"})
            QTest::newRow(qPrintable(QStringLiteral("%1, 14 pt").arg(QLatin1String(language))))
                << QString::fromLatin1(language) << 14 << QSize(1366, 768);
    }

    void fits()
    {
        QFETCH(QString, language);
        QFETCH(int, pointSize);
        QFETCH(QSize, screen);
        QStringList sideways;
        const QSize minimum = minimumWith(language, pointSize, screen, &sideways);
        QVERIFY(minimum.isValid());
        qInfo("%s at %d pt: minimum %dx%d", qPrintable(language), pointSize, minimum.width(),
              minimum.height());
        QVERIFY2(minimum.width() <= screen.width() && minimum.height() <= screen.height(),
                 qPrintable(QStringLiteral("%1x%2 does not fit %3x%4")
                                .arg(minimum.width())
                                .arg(minimum.height())
                                .arg(screen.width())
                                .arg(screen.height())));
        QVERIFY2(sideways.isEmpty(), qPrintable(sideways.join(QStringLiteral(", "))));
    }
};

PORTOLAN_TEST_MAIN(TestWindowSize)
#include "tst_windowsize.moc"
