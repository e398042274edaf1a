#pragma once

#include "BrowserFilterBar.h"

#include <QString>
#include <QWidget>
#include <functional>

class QLabel;
class QLineEdit;
class QTableView;
class QTextBrowser;

namespace portolan {

class Catalog;
class NoteRepository;
class NotesEditor;
class PortFilterProxyModel;
class PortTableModel;

// The reference browser: search box and filters over the port table, and a details pane for
// the selected row. Knows the catalog and the models only; never the database.
class BrowserPage : public QWidget
{
    Q_OBJECT

public:
    // notes may be null (no user notes); notesWritable false shows them read-only.
    explicit BrowserPage(const Catalog &catalog, NoteRepository *notes = nullptr,
                         bool notesWritable = false, QWidget *parent = nullptr);

    // What the user set up on the page: kept across a rebuild of the window (theme, language,
    // an own entry added), so the search, the filters and the selected entry survive it.
    struct State
    {
        QString search;
        BrowserFilterBar::State filters;
        QString selectedKey; // entry key (catalog/EntryKey.h), empty: none
    };
    State state() const;
    void restore(const State &state);
    // What the details show of the learner's own study of an entry (HTML), from its key; the
    // window supplies it (the page reads no database).
    void setStudySource(std::function<QString(const QString &key)> source);
    // Selects the entry with this key (clearing filters that hide it); false when unknown.
    bool selectEntryKey(const QString &key);

    void focusSearch();
    void setSearchText(const QString &text);
    QString searchText() const;
    // Selects the study-set entry with this key (clearing filters that hide it).
    bool selectProtocol(const QString &key);
    // Selects a row by its number in Catalog::rows() (clearing filters that hide it).
    bool selectCatalogRow(int catalogRow);
    // Shows a row (the range map's click): selected when the results hold it; otherwise its
    // details, with a note that the search hides it and a link that shows it. The search and
    // the filters are left as they are.
    bool showCatalogRow(int catalogRow);
    // The entries the details showed, as a browser keeps pages: Alt+Left / Alt+Right and the
    // mouse's back and forward buttons.
    bool canGoBack() const { return m_historyAt > 0; }
    bool canGoForward() const { return m_historyAt + 1 < m_history.size(); }
    void goBack();
    void goForward();
    int currentCatalogRow() const;
    // Ticks or unticks "Study set only".
    void setStudySetOnly(bool on);
    int shownCount() const;
    // The selected rows as tab-separated text (what Ctrl+C copies).
    QString selectedRowsAsTsv() const;
    int totalCount() const;

    QLineEdit *searchField() const { return m_search; }
    QTableView *table() const { return m_table; }
    QTextBrowser *details() const { return m_details; }
    NotesEditor *notes() const { return m_notes; }
    // The filter behind the table, for views that show what the search hides (range map).
    const PortFilterProxyModel *proxy() const { return m_proxy; }

signals:
    void countsChanged(int shown, int total);
    // The selected row changed; -1 when nothing is selected.
    void catalogRowSelected(int catalogRow);
    // "Show on range map" in a port card.
    void portsOnMapRequested(int first, int last);
    // "Drill these": a quiz on the entries of this search ("key:ssh" for one entry).
    void drillRequested(const QString &search);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void showDetailsFor(const QModelIndex &proxyIndex);
    void showWarnings(const QStringList &warnings);
    void onLinkActivated(const QUrl &url);
    // After the results changed: the details follow them. The selected entry still shown
    // stays; one that left them gives way to what the results say (the port card of a port
    // search, why nothing was found and the way out, or how many were found).
    void followResults();
    QString resultsHtml() const;

    const Catalog &m_catalog;
    PortTableModel *m_model = nullptr;
    PortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    BrowserFilterBar *m_filters = nullptr;
    QLabel *m_warning = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_details = nullptr;
    NotesEditor *m_notes = nullptr;
    int m_shownRow = -1; // the catalog row the details show, -1: the results' summary
    std::function<QString(const QString &key)> m_study;
    void remember(int catalogRow);
    void showDetailsOfHidden(int catalogRow);
    QList<int> m_history; // catalog rows, oldest first
    qsizetype m_historyAt = -1;
    bool m_navigating = false;
};

} // namespace portolan
