// Alt+letter reaches one thing at a time: on every page of the window (with the menus and the
// tabs, which are always there) and in every dialog, no two visible mnemonics share a letter,
// and no text shows a literal "&" where a mnemonic was meant. Before: Alt+S was both the
// Searches menu and the Security filter; Preferences showed "Learning &steps:".
#include "../support/TestMain.h"
#include "FsrsFitDialog.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "WelcomeDialog.h"
#include "i18n/Translations.h"
#include "settings/Preferences.h"
#include "workspace/Workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace portolan;

namespace {

// The mnemonic letter of a text ("&Quit" -> 'q'), or a null char.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

bool shownIn(const QWidget *w, const QWidget *top)
{
    return w->isVisibleTo(top) && w->window() == top;
}

// Every visible mnemonic under top: the letter -> the texts that use it.
QMultiHash<QChar, QString> mnemonics(QWidget *top, QStringList *literal)
{
    QMultiHash<QChar, QString> out;
    const auto add = [&](const QString &text) {
        const QChar m = mnemonicOf(text);
        if (!m.isNull())
            out.insert(m, text);
    };
    for (QAbstractButton *b : top->findChildren<QAbstractButton *>())
        if (shownIn(b, top))
            add(b->text());
    for (QGroupBox *g : top->findChildren<QGroupBox *>())
        if (shownIn(g, top) && g->isCheckable())
            add(g->title());
    for (QLabel *l : top->findChildren<QLabel *>()) {
        if (!shownIn(l, top))
            continue;
        if (l->buddy())
            add(l->text());
        else if (l->textFormat() != Qt::RichText && mnemonicOf(l->text()) != QChar() &&
                 !l->text().contains(QLatin1String(" & ")))
            *literal << l->text(); // an "&x" that shows as such
    }
    for (QTabBar *bar : top->findChildren<QTabBar *>())
        if (shownIn(bar, top))
            for (int i = 0; i < bar->count(); ++i)
                add(bar->tabText(i));
    if (auto *window = qobject_cast<QMainWindow *>(top))
        for (QAction *a : window->menuBar()->actions())
            add(a->text());
    return out;
}

QString clashes(const QMultiHash<QChar, QString> &all)
{
    QStringList out;
    for (const QChar &key : all.uniqueKeys()) {
        const QStringList texts = all.values(key);
        if (texts.size() > 1)
            out << QStringLiteral("Alt+%1: %2")
                       .arg(key.toUpper(), texts.join(QStringLiteral(" | ")));
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestMnemonics : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Workspace m_workspace;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_workspace.open(m_dir.filePath(QStringLiteral("keys.sqlite"))));
    }

    void unique_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *l : {"en", "de", "es", "fr"})
            QTest::newRow(l) << QString::fromLatin1(l);
    }

    void unique()
    {
        QFETCH(QString, language);
        Translations::install(language);
        MainWindow window(m_workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList literal;
        QStringList problems;
        for (MainWindow::Page page :
             {MainWindow::Page::Browse, MainWindow::Page::RangeMap, MainWindow::Page::Quiz,
              MainWindow::Page::Statistics, MainWindow::Page::ThisMachine}) {
            window.showPage(page);
            const QString found = clashes(mnemonics(&window, &literal));
            if (!found.isEmpty())
                problems << QStringLiteral("page %1: %2").arg(int(page)).arg(found);
        }
        PreferencesDialog preferences(Preferences{}, &window);
        preferences.showScheduler(m_workspace); // as Edit → Preferences shows it
        preferences.show();
        if (const QString found = clashes(mnemonics(&preferences, &literal)); !found.isEmpty())
            problems << QStringLiteral("Preferences: ") + found;
        FsrsFitDialog fit(m_workspace, &window);
        fit.show();
        if (const QString found = clashes(mnemonics(&fit, &literal)); !found.isEmpty())
            problems << QStringLiteral("Fit to My Reviews: ") + found;
        WelcomeDialog welcome(QDate::currentDate(), QString(), &window);
        welcome.show();
        if (const QString found = clashes(mnemonics(&welcome, &literal)); !found.isEmpty())
            problems << QStringLiteral("Welcome: ") + found;
        literal.removeDuplicates();
        for (const QString &text : std::as_const(literal))
            problems << QStringLiteral("a literal &: ") + text;
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

PORTOLAN_TEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
