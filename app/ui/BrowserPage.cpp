#include "BrowserPage.h"

#include "CatalogItemDelegate.h"
#include "DetailsHtml.h"
#include "NotesEditor.h"
#include "catalog/Catalog.h"
#include "catalog/EntryKey.h"
#include "map/PortCard.h"
#include "models/PortFilterProxyModel.h"
#include "models/PortTableModel.h"
#include "search/CatalogSearch.h"
#include "search/SpellingSuggestions.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMouseEvent>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace portolan {

BrowserPage::BrowserPage(const Catalog &catalog, NoteRepository *notes, bool notesWritable,
                         QWidget *parent)
    : QWidget(parent), m_catalog(catalog)
{
    m_model = new PortTableModel(this);
    m_model->setCatalog(&catalog);
    m_proxy = new PortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(
        tr("Search ports, names and notes — e.g. 443, 20-25, dns, is:insecure, exam:n10-009"));
    m_search->setAccessibleName(tr("Search"));
    m_search->installEventFilter(this);

    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("searchWarning"));
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setVisible(false);

    m_table = new QTableView(this);
    m_table->viewport()->installEventFilter(this);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    m_table->setObjectName(QStringLiteral("portTable"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new CatalogItemDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows at once (Shift/Ctrl) for Ctrl+C; the details follow the current row.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto *copy = new QAction(tr("&Copy Rows"), m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this,
            [this] { QGuiApplication::clipboard()->setText(selectedRowsAsTsv()); });
    m_table->addAction(copy);
    auto *drill = new QAction(tr("&Drill These Entries"), m_table);
    connect(drill, &QAction::triggered, this, [this] { emit drillRequested(m_search->text()); });
    m_table->addAction(drill);
    auto *back = new QAction(tr("Back"), this);
    back->setShortcut(QKeySequence::Back);
    back->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(back, &QAction::triggered, this, &BrowserPage::goBack);
    addAction(back);
    auto *forward = new QAction(tr("Forward"), this);
    forward->setShortcut(QKeySequence::Forward);
    forward->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(forward, &QAction::triggered, this, &BrowserPage::goForward);
    addAction(forward);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    // Indicator first, then sorting on: the 12,000 rows are sorted once, not twice.
    m_table->horizontalHeader()->setSortIndicator(PortTableModel::Port, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    // "How common" is read most common first, so a first click on it sorts descending.
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this, last = int(PortTableModel::Port)](int section, Qt::SortOrder order) mutable {
                const bool firstClick = section != last;
                last = section;
                if (firstClick && section == PortTableModel::HowCommon &&
                    order == Qt::AscendingOrder)
                    m_table->horizontalHeader()->setSortIndicator(section, Qt::DescendingOrder);
            });
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(PortTableModel::Description,
                                                      QHeaderView::Stretch);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    // Port and Exams sized to what the study set holds ("21, 989, 990", four exams), up to a
    // cap: a longer cell shows a tooltip (CatalogItemDelegate) instead of widening the table.
    const auto widest = [&](int column, int capEm) {
        QFont bold = font();
        bold.setBold(true); // study-set rows are bold
        const QFontMetrics metrics(bold);
        int width = m_table->horizontalHeader()->fontMetrics().horizontalAdvance(
                        m_model->headerData(column, Qt::Horizontal).toString()) +
                    em * 2;
        for (int c = 0; c < catalog.rows().size(); ++c) {
            if (!catalog.rows().at(c).isCurated())
                continue;
            const QModelIndex cell = m_model->index(m_model->modelRowOf(c), column);
            width = std::max(width, metrics.horizontalAdvance(cell.data().toString()) + em);
        }
        return std::min(width, em * capEm);
    };
    m_table->setColumnWidth(PortTableModel::Port, widest(PortTableModel::Port, 9));
    m_table->setColumnWidth(
        PortTableModel::Transport,
        std::max(em * 6,
                 m_table->horizontalHeader()->fontMetrics().horizontalAdvance(
                     m_model->headerData(PortTableModel::Transport, Qt::Horizontal).toString()) +
                     em * 2));
    m_table->setColumnWidth(PortTableModel::Name, em * 10);
    m_table->setColumnWidth(PortTableModel::Security, em * 7);
    m_table->setColumnWidth(PortTableModel::RangeClass, em * 6);
    m_table->setColumnWidth(PortTableModel::Exams, widest(PortTableModel::Exams, 10));
    m_table->setColumnWidth(PortTableModel::Category, widest(PortTableModel::Category, 9));
    // Wide enough for its header (bold while sorted) and the sort arrow; the values ("48.4%")
    // are shorter.
    const QString howCommon =
        m_model->headerData(PortTableModel::HowCommon, Qt::Horizontal).toString();
    m_table->setColumnWidth(
        PortTableModel::HowCommon,
        m_table->horizontalHeader()->fontMetrics().horizontalAdvance(howCommon) + em * 3);
    m_table->setAccessibleName(tr("Ports and protocols"));

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("detailsPane"));
    m_details->setOpenLinks(false);
    m_details->setAccessibleName(tr("Details"));
    m_details->setHtml(detailsHtml(m_catalog, -1, palette()));
    m_details->viewport()->installEventFilter(this);

    m_notes = new NotesEditor(notes, notesWritable, this);
    auto *side = new QSplitter(Qt::Vertical, this);
    side->addWidget(m_details);
    side->addWidget(m_notes);
    side->setStretchFactor(0, 4);
    side->setStretchFactor(1, 1);
    side->setChildrenCollapsible(false);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // The table first: on a laptop it needs the room more than the details do.
    splitter->setSizes({620, 380});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    m_filters = new BrowserFilterBar(m_proxy, this);
    layout->addWidget(m_filters);
    layout->addWidget(m_warning);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &PortFilterProxyModel::setSearchText);
    connect(m_search, &QLineEdit::textChanged, m_filters, &BrowserFilterBar::apply);
    // While a search ranks the results (best hits first), an arrow on Port would claim an
    // order by port number that is not there.
    const auto indicator = [this] {
        QHeaderView *header = m_table->horizontalHeader();
        header->setSortIndicatorShown(
            !(m_proxy->query().ranks() && header->sortIndicatorSection() == PortTableModel::Port));
    };
    connect(m_search, &QLineEdit::textChanged, this, indicator);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, indicator);
    connect(m_proxy, &PortFilterProxyModel::warningsChanged, this, &BrowserPage::showWarnings);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                showDetailsFor(current);
                emit catalogRowSelected(m_proxy->catalogRow(current));
            });
    connect(m_details, &QTextBrowser::anchorClicked, this, &BrowserPage::onLinkActivated);
    const auto announce = [this] {
        emit countsChanged(shownCount(), totalCount());
        followResults();
    };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, announce);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, announce);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, announce);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, announce);
}

BrowserPage::State BrowserPage::state() const
{
    State s;
    s.search = m_search->text();
    s.filters = m_filters->state();
    s.selectedKey = entryKey(m_catalog, currentCatalogRow());
    return s;
}

void BrowserPage::restore(const State &state)
{
    m_filters->restore(state.filters);
    m_search->setText(state.search);
    if (!state.selectedKey.isEmpty())
        selectEntryKey(state.selectedKey);
}

void BrowserPage::setStudySource(std::function<QString(const QString &key)> source)
{
    m_study = std::move(source);
    if (m_shownRow >= 0)
        showDetailsFor(m_table->currentIndex());
}

bool BrowserPage::selectEntryKey(const QString &key)
{
    const int protocol = m_catalog.protocolIndex(key);
    if (protocol >= 0)
        return selectCatalogRow(m_catalog.rowOfProtocol(protocol));
    for (int row = 0; row < m_catalog.rows().size(); ++row)
        if (!m_catalog.rows().at(row).isCurated() && entryKey(m_catalog, row) == key)
            return selectCatalogRow(row);
    return false;
}

void BrowserPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void BrowserPage::setSearchText(const QString &text)
{
    m_search->setText(text);
}

QString BrowserPage::searchText() const
{
    return m_search->text();
}

QString BrowserPage::selectedRowsAsTsv() const
{
    // Visible columns in view order, one line per selected row in view order; a tab or line
    // end inside a value becomes a space so that the table pastes into a spreadsheet intact.
    const QHeaderView *header = m_table->horizontalHeader();
    QList<int> columns;
    for (int v = 0; v < header->count(); ++v)
        if (!header->isSectionHidden(header->logicalIndex(v)))
            columns << header->logicalIndex(v);
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList lines;
    for (const QModelIndex &row : std::as_const(rows)) {
        QStringList cells;
        for (int c : std::as_const(columns)) {
            QString text = m_table->model()->index(row.row(), c).data().toString();
            for (QChar &ch : text)
                if (ch == QLatin1Char('\t') || ch == QLatin1Char('\n') || ch == QLatin1Char('\r'))
                    ch = QLatin1Char(' ');
            cells << text;
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.isEmpty() ? QString() : lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

int BrowserPage::shownCount() const
{
    return m_proxy->rowCount();
}

int BrowserPage::totalCount() const
{
    return m_model->rowCount();
}

void BrowserPage::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::BackButton) {
        goBack();
        return;
    }
    if (event->button() == Qt::ForwardButton) {
        goForward();
        return;
    }
    QWidget::mousePressEvent(event);
}

bool BrowserPage::eventFilter(QObject *watched, QEvent *event)
{
    // The mouse's back and forward buttons anywhere on the table or the details.
    if (event->type() == QEvent::MouseButtonPress &&
        (watched == m_table->viewport() || watched == m_details->viewport())) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::BackButton || mouse->button() == Qt::ForwardButton) {
            mouse->button() == Qt::BackButton ? goBack() : goForward();
            return true;
        }
    }
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return ||
            key->key() == Qt::Key_Enter) {
            // From the search box straight into the results.
            m_table->setFocus(Qt::OtherFocusReason);
            // Selected, not only current: the row the details show is the one highlighted.
            if (m_proxy->rowCount() > 0) {
                const QModelIndex target = m_table->currentIndex().isValid()
                                               ? m_table->currentIndex()
                                               : m_proxy->index(0, 0);
                m_table->selectionModel()->setCurrentIndex(
                    target, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void BrowserPage::showDetailsFor(const QModelIndex &proxyIndex)
{
    const int row = m_proxy->catalogRow(proxyIndex);
    m_shownRow = row;
    remember(row);
    QString html = row >= 0 ? detailsHtml(m_catalog, row, palette()) : resultsHtml();
    if (row >= 0 && m_study && m_catalog.rows().at(row).isCurated())
        html += m_study(m_catalog.rows().at(row).key);
    m_details->setHtml(html);
    m_notes->setKey(entryKey(m_catalog, row));
}

void BrowserPage::followResults()
{
    const QModelIndex current = m_table->currentIndex();
    const int row = current.isValid() ? m_proxy->catalogRow(current) : -1;
    if (row >= 0 && row == m_shownRow)
        return; // the entry shown is still among the results
    if (row >= 0) {
        showDetailsFor(current);
        return;
    }
    // The entry shown left the results (or none was shown): say what the results are.
    m_shownRow = -1;
    m_details->setHtml(resultsHtml());
    m_notes->setKey(QString());
}

QString BrowserPage::resultsHtml() const
{
    const SearchQuery &query = m_proxy->query();
    const int shown = m_proxy->rowCount();
    const QLocale locale;
    QString html;
    const auto para = [&](const QString &text) { html += QStringLiteral("<p>%1</p>").arg(text); };
    // A search for ports answers with the port card, found or not.
    const bool portsOnly = !query.ports().isEmpty() && query.words().isEmpty() &&
                           query.securities().isEmpty() && query.exams().isEmpty() &&
                           query.tags().isEmpty() && query.rangeClasses().isEmpty();
    if (portsOnly && query.ports().size() <= 3) {
        for (const SearchQuery::PortRange &r : query.ports()) {
            const PortCard card = PortCard::make(m_catalog, r.first, r.last);
            const QStringList lines = card.lines(m_catalog);
            html += QStringLiteral("<h3>%1</h3>").arg(lines.first().toHtmlEscaped());
            for (qsizetype i = 1; i < lines.size(); ++i)
                para(lines.at(i).toHtmlEscaped());
            para(QStringLiteral("<a href=\"portolan:map/%1-%2\">%3</a>")
                     .arg(card.first)
                     .arg(card.last)
                     .arg(tr("Show on the range map")));
        }
    }
    if (shown > 0) {
        para(tr("%n entry(ies) found. Select one to see its details.", nullptr, shown));
        return html;
    }
    if (m_search->text().trimmed().isEmpty() && m_proxy->query().isEmpty()) {
        para(tr("The filters above hide every entry."));
    } else if (!portsOnly) {
        para(tr("Nothing matches \"%1\".").arg(m_search->text().toHtmlEscaped()));
    }
    // The way out: what the filters hide, and names the search was probably meant for.
    const int matching = int(searchCatalog(m_catalog, query).size());
    const QStringList filters = m_filters->described();
    if (matching > 0 && !filters.isEmpty())
        para(tr("%1 match the search, but the filters hide them (%2). "
                "<a href=\"portolan:clear-filters\">Clear the filters</a>")
                 .arg(locale.toString(matching),
                      filters.join(QStringLiteral(", ")).toHtmlEscaped()));
    const QStringList suggestions = suggestSpellings(m_catalog, query);
    if (!suggestions.isEmpty()) {
        QStringList links;
        for (const QString &name : suggestions)
            links << QStringLiteral("<a href=\"portolan:search/%1\">%2</a>")
                         .arg(QString::fromUtf8(QUrl::toPercentEncoding(name)),
                              name.toHtmlEscaped());
        para(tr("Did you mean %1?").arg(links.join(QStringLiteral(", "))));
    }
    return html;
}

void BrowserPage::showWarnings(const QStringList &warnings)
{
    m_warning->setText(warnings.join(QLatin1Char('\n')));
    m_warning->setVisible(!warnings.isEmpty());
}

bool BrowserPage::selectProtocol(const QString &key)
{
    return selectCatalogRow(m_catalog.rowOfProtocol(m_catalog.protocolIndex(key)));
}

void BrowserPage::setStudySetOnly(bool on)
{
    m_filters->setStudySetOnly(on);
}

int BrowserPage::currentCatalogRow() const
{
    return m_proxy->catalogRow(m_table->currentIndex());
}

bool BrowserPage::selectCatalogRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->modelRowOf(row), 0));
    if (!index.isValid()) {
        // Hidden by the current search or filters: show everything, then select.
        m_search->clear();
        m_filters->clear();
        index = m_proxy->mapFromSource(m_model->index(m_model->modelRowOf(row), 0));
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

bool BrowserPage::showCatalogRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->modelRowOf(row), 0));
    if (index.isValid()) {
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
        m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
        return true;
    }
    showDetailsOfHidden(row);
    return true;
}

void BrowserPage::showDetailsOfHidden(int row)
{
    m_table->selectionModel()->clearCurrentIndex();
    m_table->clearSelection();
    m_shownRow = row;
    remember(row);
    QString html = QStringLiteral("<p><i>%1 <a href=\"portolan:reveal/%2\">%3</a></i></p>")
                       .arg(tr("The search and filters hide this entry in the table."))
                       .arg(row)
                       .arg(tr("Show it in the table"));
    html += detailsHtml(m_catalog, row, palette());
    if (m_study && m_catalog.rows().at(row).isCurated())
        html += m_study(m_catalog.rows().at(row).key);
    m_details->setHtml(html);
    m_notes->setKey(entryKey(m_catalog, row));
}

void BrowserPage::remember(int row)
{
    if (m_navigating || row < 0)
        return;
    if (m_historyAt >= 0 && m_history.at(m_historyAt) == row)
        return;
    m_history.resize(m_historyAt + 1); // a new step forgets what was ahead
    m_history.append(row);
    constexpr qsizetype kKept = 100;
    if (m_history.size() > kKept)
        m_history.remove(0, m_history.size() - kKept);
    m_historyAt = m_history.size() - 1;
}

void BrowserPage::goBack()
{
    if (!canGoBack())
        return;
    m_navigating = true;
    showCatalogRow(m_history.at(--m_historyAt));
    m_navigating = false;
}

void BrowserPage::goForward()
{
    if (!canGoForward())
        return;
    m_navigating = true;
    showCatalogRow(m_history.at(++m_historyAt));
    m_navigating = false;
}

void BrowserPage::onLinkActivated(const QUrl &url)
{
    const QString link = url.toString();
    static const QString reveal = QStringLiteral("portolan:reveal/");
    if (link.startsWith(reveal)) {
        selectCatalogRow(link.mid(reveal.size()).toInt());
        return;
    }
    if (link == QLatin1String("portolan:clear-filters")) {
        m_filters->clear();
        return;
    }
    static const QString search = QStringLiteral("portolan:search/");
    if (link.startsWith(search)) {
        m_search->setText(QUrl::fromPercentEncoding(link.mid(search.size()).toUtf8()));
        return;
    }
    static const QString drill = QStringLiteral("portolan:drill/");
    if (link.startsWith(drill)) {
        emit drillRequested(QStringLiteral("key:") + link.mid(drill.size()));
        return;
    }
    static const QString map = QStringLiteral("portolan:map/");
    if (link.startsWith(map)) {
        const QStringList ports = link.mid(map.size()).split(QLatin1Char('-'));
        if (ports.size() == 2)
            emit portsOnMapRequested(ports.at(0).toInt(), ports.at(1).toInt());
        return;
    }
    const QString key = protocolKeyFromLink(link);
    if (!key.isEmpty())
        selectProtocol(key);
}

} // namespace portolan
