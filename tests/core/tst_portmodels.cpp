// The port table model and its filter proxy over the real embedded catalog.
#include "../support/TestMain.h"
#include "catalog/Catalog.h"
#include "catalog/EmbeddedReference.h"
#include "models/PortFilterProxyModel.h"
#include "models/PortTableModel.h"
#include "models/Roles.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace portolan;

class TestPortModels : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;

    QString keyAt(const QAbstractItemModel &m, int row)
    {
        return m.index(row, 0).data(KeyRole).toString();
    }

private slots:
    void initTestCase()
    {
        EmbeddedReference ref;
        QVERIFY2(ref.load(), qPrintable(ref.errorText()));
        m_catalog.setData(ref.protocols(), ref.registry());
    }

    void tableModelPassesTheTester()
    {
        PortTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalog(&m_catalog);
        QCOMPARE(model.rowCount(), m_catalog.rows().size());
        QCOMPARE(model.columnCount(), int(PortTableModel::ColumnCount));
    }

    void displayTexts()
    {
        PortTableModel model;
        model.setCatalog(&m_catalog);
        const int row = m_catalog.rowOfProtocol(m_catalog.protocolIndex(QStringLiteral("dhcp")));
        QCOMPARE(model.index(row, PortTableModel::Port).data().toString(),
                 QStringLiteral("67, 68"));
        QCOMPARE(model.index(row, PortTableModel::Transport).data().toString(),
                 QStringLiteral("UDP"));
        QCOMPARE(model.index(row, PortTableModel::Security).data().toString(),
                 QStringLiteral("Insecure"));
        QCOMPARE(model.index(row, PortTableModel::RangeClass).data().toString(),
                 QStringLiteral("System"));
        QVERIFY(model.index(row, PortTableModel::Exams)
                    .data()
                    .toString()
                    .contains(QStringLiteral("N10-009")));
        QCOMPARE(model.index(row, 0).data(OriginRole).toInt(), int(CatalogRow::Origin::Curated));
        const int dns = m_catalog.rowOfProtocol(m_catalog.protocolIndex(QStringLiteral("dns")));
        QCOMPARE(model.index(dns, PortTableModel::Transport).data().toString(),
                 QStringLiteral("TCP/UDP"));
    }

    void tooltipsEscapeUntrustedText()
    {
        Catalog c;
        RegistryRecord r;
        r.service = QStringLiteral("evil");
        r.description = QStringLiteral("<img src=x onerror=alert(1)><b>bold</b>");
        c.setData({}, {r});
        PortTableModel model;
        model.setCatalog(&c);
        const QString tip =
            model.index(0, PortTableModel::Description).data(Qt::ToolTipRole).toString();
        QVERIFY(!tip.contains(QStringLiteral("<img")));
        QVERIFY(tip.contains(QStringLiteral("&lt;img")));
    }

    void howCommonIsANumberColumn()
    {
        Catalog c;
        RegistryRecord a;
        a.service = QStringLiteral("a");
        a.first = a.last = 10;
        RegistryRecord b = a;
        b.service = QStringLiteral("b");
        b.first = b.last = 20;
        RegistryRecord x = a;
        x.service = QStringLiteral("x");
        x.first = 30;
        x.last = 39;
        c.setData({}, {a, b, x},
                  OpenFrequencies({{10, Transport::Tcp, 0.09, {}},
                                   {20, Transport::Tcp, 0.5, {}},
                                   {35, Transport::Tcp, 0.1, {}}}));
        PortTableModel model;
        model.setCatalog(&c);
        QCOMPARE(model.headerData(PortTableModel::HowCommon, Qt::Horizontal).toString(),
                 QStringLiteral("How common"));
        QCOMPARE(model.index(1, PortTableModel::HowCommon).data().toString(),
                 QStringLiteral("50.0%"));
        QCOMPARE(model.index(2, PortTableModel::HowCommon).data(HowCommonRole).toDouble(), 0.1);
        QVERIFY(model.index(1, PortTableModel::HowCommon)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("50.0%")));
        PortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        // By number: "9.0%" would sort after "50.0%" as text.
        proxy.sort(PortTableModel::HowCommon, Qt::DescendingOrder);
        QCOMPARE(keyAt(proxy, 0), QStringLiteral("registry:1"));
        QCOMPARE(keyAt(proxy, 1), QStringLiteral("registry:2"));
        QCOMPARE(keyAt(proxy, 2), QStringLiteral("registry:0"));

        // Unknown frequencies are empty and sort lowest.
        c.setData({}, {a, b}, {});
        model.setCatalog(&c);
        QCOMPARE(model.index(0, PortTableModel::HowCommon).data().toString(), QString());
        QVERIFY(!model.index(0, PortTableModel::HowCommon).data(HowCommonRole).isValid());
    }

    void proxyPassesTheTesterWhileFiltering()
    {
        PortTableModel model;
        model.setCatalog(&m_catalog);
        PortFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.sort(PortTableModel::Port);
        for (const char *text :
             {"4", "44", "443", "443 ", "http", "is:insecure", "", "exam:n10-009"})
            proxy.setSearchText(QString::fromLatin1(text));
        proxy.setSecurityFilter(Security::Secure);
        proxy.setTransportFilter(Transport::Udp);
        proxy.setStudySetOnly(true);
        proxy.setSecurityFilter(std::nullopt);
    }

    // The source presents its rows in the text order of the column sorted by, so a keystroke
    // sorts rows that already are in order. What the user sees must not change: every column,
    // both directions, with a search, is in the order of its displayed text (ties in catalog
    // order), the current row stays the same entry across a change of sort column, and the
    // proxy names the right catalog row.
    void everySortOrderFollowsTheShownText()
    {
        PortTableModel model;
        model.setCatalog(&m_catalog);
        PortFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSearchText(QStringLiteral("mail"));
        proxy.sort(PortTableModel::Port);
        QVERIFY(proxy.rowCount() > 20);
        const QPersistentModelIndex kept = proxy.index(5, 0);
        const QString keptKey = kept.data(KeyRole).toString();
        for (int column : {int(PortTableModel::Name), int(PortTableModel::Description),
                           int(PortTableModel::Transport), int(PortTableModel::Security),
                           int(PortTableModel::Exams), int(PortTableModel::Port)}) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                proxy.sort(column, order);
                QVERIFY(kept.isValid());
                QCOMPARE(kept.data(KeyRole).toString(), keptKey);
                for (int r = 0; r < proxy.rowCount(); ++r) {
                    const int catalogRow = proxy.catalogRow(proxy.index(r, 0));
                    QCOMPARE(proxy.index(r, 0).data(CatalogRowRole).toInt(), catalogRow);
                    QCOMPARE(&model.catalogRow(model.modelRowOf(catalogRow)),
                             &m_catalog.rows().at(catalogRow));
                }
                if (column == PortTableModel::Port)
                    continue; // ranked: tested below
                for (int r = 1; r < proxy.rowCount(); ++r) {
                    const QString a = proxy.index(r - 1, column).data().toString();
                    const QString b = proxy.index(r, column).data().toString();
                    const int c = QString::compare(a, b, Qt::CaseInsensitive);
                    const int ca = proxy.catalogRow(proxy.index(r - 1, 0));
                    const int cb = proxy.catalogRow(proxy.index(r, 0));
                    const bool inOrder = order == Qt::AscendingOrder
                                             ? (c < 0 || (c == 0 && ca < cb))
                                             : (c > 0 || (c == 0 && ca > cb));
                    QVERIFY2(inOrder, qPrintable(QStringLiteral("column %1, rows %2/%3: %4 | %5")
                                                     .arg(column)
                                                     .arg(r - 1)
                                                     .arg(r)
                                                     .arg(a, b)));
                }
                // A keystroke in this order keeps it.
                proxy.setSearchText(QStringLiteral("mai"));
                proxy.setSearchText(QStringLiteral("mail"));
            }
        }
    }

    void searchRanksExactHitsFirst()
    {
        PortTableModel model;
        model.setCatalog(&m_catalog);
        PortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(PortTableModel::Port);
        proxy.setSearchText(QStringLiteral("443"));
        QVERIFY(proxy.rowCount() >= 3);
        // HTTPS is what IANA registers on 443; DNS over HTTPS and HTTP/3 only use it.
        QCOMPARE(keyAt(proxy, 0), QStringLiteral("https"));
        QCOMPARE((QSet<QString>{keyAt(proxy, 1), keyAt(proxy, 2)}),
                 (QSet<QString>{QStringLiteral("doh"), QStringLiteral("http3")}));
        QVERIFY(proxy.index(0, 0).data(OriginRole).toInt() == int(CatalogRow::Origin::Curated));
        proxy.setSearchText(QStringLiteral("ssh"));
        QCOMPARE(keyAt(proxy, 0), QStringLiteral("ssh"));
    }

    void typedFilters()
    {
        PortTableModel model;
        model.setCatalog(&m_catalog);
        PortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setStudySetOnly(true);
        const int curated = proxy.rowCount();
        QCOMPARE(curated, m_catalog.protocols().size());
        proxy.setSecurityFilter(Security::Insecure);
        for (int r = 0; r < proxy.rowCount(); ++r)
            QCOMPARE(proxy.index(r, 0).data(SecurityRole).toInt(), int(Security::Insecure));
        proxy.setExamFilter(QStringLiteral("220-1101"));
        QVERIFY(proxy.rowCount() > 0 && proxy.rowCount() < curated);
        proxy.setRangeClassFilter(RangeClass::User);
        for (int r = 0; r < proxy.rowCount(); ++r)
            QVERIFY(proxy.index(r, 0).data(SortPortRole).toInt() >= 1024);
    }

    void settersReturnEarlyWhenNothingChanged()
    {
        PortTableModel model;
        model.setCatalog(&m_catalog);
        PortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSearchText(QStringLiteral("dns"));
        QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
        QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);
        proxy.setSearchText(QStringLiteral("dns"));
        proxy.setSecurityFilter(std::nullopt);
        proxy.setStudySetOnly(false);
        proxy.setExamFilter(QString());
        QCOMPARE(layout.count() + removed.count() + reset.count(), 0);
    }

    void warningsAreAnnounced()
    {
        PortTableModel model;
        model.setCatalog(&m_catalog);
        PortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QSignalSpy spy(&proxy, &PortFilterProxyModel::warningsChanged);
        proxy.setSearchText(QStringLiteral("colour:red"));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().toStringList().size(), 1);
        proxy.setSearchText(QStringLiteral("colour:red "));
        QCOMPARE(spy.count(), 1); // same warnings: no new signal
        proxy.setSearchText(QStringLiteral("red"));
        QCOMPARE(spy.count(), 2);
        QVERIFY(spy.last().first().toStringList().isEmpty());
    }
};

PORTOLAN_TEST_GUILESS_MAIN(TestPortModels)
#include "tst_portmodels.moc"
