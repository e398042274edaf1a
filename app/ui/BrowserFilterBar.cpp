#include "BrowserFilterBar.h"

#include "FlowLayout.h"
#include "domain/Category.h"
#include "domain/Exam.h"
#include "models/PortFilterProxyModel.h"
#include "models/PortTableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>

namespace portolan {

BrowserFilterBar::BrowserFilterBar(PortFilterProxyModel *proxy, QWidget *parent)
    : QWidget(parent), m_proxy(proxy)
{
    // Wraps onto a second line in a narrow window (a laptop, German, a large font).
    auto *row = new FlowLayout(this);
    row->setContentsMargins(0, 0, 0, 0);

    const auto combo = [&](const QString &label, const QString &name) {
        auto *box = new QComboBox(this);
        box->setObjectName(name);
        auto *text = new QLabel(label, this);
        text->setBuddy(box);
        row->addPair(text, box);
        return box;
    };
    m_security = combo(tr("Sec&urity:"), QStringLiteral("securityFilter"));
    m_security->addItem(tr("All"), -1);
    m_security->addItem(tr("✔ Secure"), int(Security::Secure));
    m_security->addItem(tr("✖ Insecure"), int(Security::Insecure));
    m_security->addItem(tr("◐ Depends"), int(Security::Depends));

    m_transport = combo(tr("&Transport:"), QStringLiteral("transportFilter"));
    m_transport->addItem(tr("All"), -1);
    for (Transport t : {Transport::Tcp, Transport::Udp, Transport::Sctp, Transport::Dccp})
        m_transport->addItem(transportName(t).toUpper(), int(t));

    m_range = combo(tr("&Range:"), QStringLiteral("rangeFilter"));
    m_range->addItem(tr("All"), -1);
    for (RangeClass c : {RangeClass::System, RangeClass::User, RangeClass::Dynamic}) {
        m_range->addItem(QStringLiteral("%1, %2–%3")
                             .arg(PortTableModel::rangeClassLabel(int(c)))
                             .arg(rangeClassFirstPort(c))
                             .arg(rangeClassLastPort(c)),
                         int(c));
    }

    m_exam = combo(tr("E&xam:"), QStringLiteral("examFilter"));
    m_exam->addItem(tr("All"), QString());
    for (const ExamInfo &e : knownExams())
        m_exam->addItem(e.retired ? tr("%1 (retired)").arg(e.title) : e.title, e.id);

    m_category = combo(tr("Cate&gory:"), QStringLiteral("categoryFilter"));
    m_category->addItem(tr("All"), QString());
    for (const CategoryInfo &c : knownCategories())
        m_category->addItem(categoryTitle(QLatin1String(c.id)), QString::fromLatin1(c.id));

    // Connected once filled, so that adding items does not filter half-built state.
    for (QComboBox *box : {m_security, m_transport, m_range, m_exam, m_category})
        connect(box, &QComboBox::currentIndexChanged, this, &BrowserFilterBar::apply);

    m_studyOnly = new QCheckBox(tr("Study set &only"), this);
    m_studyOnly->setObjectName(QStringLiteral("studySetOnly"));
    connect(m_studyOnly, &QCheckBox::toggled, this, &BrowserFilterBar::apply);
    row->addWidget(m_studyOnly);
}

void BrowserFilterBar::apply()
{
    const SearchQuery &query = m_proxy->query();
    const auto giveWay = [](QComboBox *box, bool typed, const QString &qualifier) {
        box->setEnabled(!typed);
        box->setToolTip(typed ? BrowserFilterBar::tr("Set by the search (%1)").arg(qualifier)
                              : QString());
    };
    const bool securityTyped = !query.securities().isEmpty();
    const bool transportTyped = query.transports() != 0;
    const bool rangeTyped = !query.rangeClasses().isEmpty();
    const bool examTyped = !query.exams().isEmpty();
    const bool categoryTyped = !query.categories().isEmpty();
    giveWay(m_security, securityTyped, QStringLiteral("is:"));
    giveWay(m_transport, transportTyped, QStringLiteral("transport:"));
    giveWay(m_range, rangeTyped, QStringLiteral("range:"));
    giveWay(m_exam, examTyped, QStringLiteral("exam:"));
    giveWay(m_category, categoryTyped, QStringLiteral("category:"));
    const auto value = [](QComboBox *box) { return box->currentData().toInt(); };
    const int security = securityTyped ? -1 : value(m_security);
    const int transport = transportTyped ? -1 : value(m_transport);
    const int range = rangeTyped ? -1 : value(m_range);
    m_proxy->setSecurityFilter(security < 0 ? std::nullopt
                                            : std::optional(static_cast<Security>(security)));
    m_proxy->setTransportFilter(transport < 0 ? std::nullopt
                                              : std::optional(static_cast<Transport>(transport)));
    m_proxy->setRangeClassFilter(range < 0 ? std::nullopt
                                           : std::optional(static_cast<RangeClass>(range)));
    m_proxy->setExamFilter(examTyped ? QString() : m_exam->currentData().toString());
    m_proxy->setCategoryFilter(categoryTyped ? QString() : m_category->currentData().toString());
    m_proxy->setStudySetOnly(m_studyOnly->isChecked());
}

BrowserFilterBar::State BrowserFilterBar::state() const
{
    State s;
    s.security = m_security->currentIndex();
    s.transport = m_transport->currentIndex();
    s.range = m_range->currentIndex();
    s.exam = m_exam->currentIndex();
    s.category = m_category->currentIndex();
    s.studySetOnly = m_studyOnly->isChecked();
    return s;
}

void BrowserFilterBar::restore(const State &state)
{
    const auto pick = [](QComboBox *box, int index) {
        box->setCurrentIndex(index >= 0 && index < box->count() ? index : 0);
    };
    pick(m_security, state.security);
    pick(m_transport, state.transport);
    pick(m_range, state.range);
    pick(m_exam, state.exam);
    pick(m_category, state.category);
    m_studyOnly->setChecked(state.studySetOnly);
}

void BrowserFilterBar::clear()
{
    restore(State());
}

void BrowserFilterBar::setStudySetOnly(bool on)
{
    m_studyOnly->setChecked(on);
}

QStringList BrowserFilterBar::described() const
{
    QStringList filters;
    if (m_security->currentIndex() > 0)
        filters << tr("Security: %1").arg(m_security->currentText());
    if (m_transport->currentIndex() > 0)
        filters << tr("Transport: %1").arg(m_transport->currentText());
    if (m_range->currentIndex() > 0)
        filters << tr("Range: %1").arg(m_range->currentText());
    if (m_exam->currentIndex() > 0)
        filters << tr("Exam: %1").arg(m_exam->currentText());
    if (m_category->currentIndex() > 0)
        filters << tr("Category: %1").arg(m_category->currentText());
    if (m_studyOnly->isChecked())
        filters << tr("Study set only");
    return filters;
}

} // namespace portolan
