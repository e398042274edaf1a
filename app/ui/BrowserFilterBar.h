#pragma once

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;

namespace portolan {

class PortFilterProxyModel;

// The filters above the browser's table: security, transport, range, exam and category, and
// "Study set only". It sets them on the table's filter; a qualifier typed in the search says
// the same as its combo, so that combo then gives way instead of contradicting it.
class BrowserFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit BrowserFilterBar(PortFilterProxyModel *proxy, QWidget *parent = nullptr);

    // The combos' indices and the tick, kept across a rebuild of the window.
    struct State
    {
        int security = 0;
        int transport = 0;
        int range = 0;
        int exam = 0;
        int category = 0;
        bool studySetOnly = false;
    };
    State state() const;
    // An index a combo does not have (a state from another version) selects "All".
    void restore(const State &state);

    // Hands the filters to the proxy again, after the search changed what it sets itself.
    void apply();
    // Every filter back to "All", the tick off; the search is not the bar's.
    void clear();
    void setStudySetOnly(bool on);
    // The filters that are set, as the user reads them ("Security: ✖ Insecure"), for the
    // results' "the filters hide them" line; empty when none is.
    QStringList described() const;

private:
    PortFilterProxyModel *m_proxy;
    QComboBox *m_security = nullptr;
    QComboBox *m_transport = nullptr;
    QComboBox *m_range = nullptr;
    QComboBox *m_exam = nullptr;
    QComboBox *m_category = nullptr;
    QCheckBox *m_studyOnly = nullptr;
};

} // namespace portolan
