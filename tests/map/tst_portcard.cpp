// The port card: every number 0-65535 answers, assigned or not. Before it, `lookup 50000` said
// "Nothing matches" although "which range is 50000 in, and who uses it?" is an exam question;
// and misspelt names found nothing or the wrong thing (smpt → SMPTE, telent → nothing).
#include "../support/TestMain.h"
#include "catalog/Catalog.h"
#include "catalog/EmbeddedReference.h"
#include "map/EphemeralRanges.h"
#include "map/PortCard.h"
#include "search/SearchQuery.h"
#include "search/SpellingSuggestions.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace portolan;

class TestPortCard : public QObject
{
    Q_OBJECT

    Catalog m_catalog;

    QStringList ephemeralIds(const PortCard &card)
    {
        QStringList ids;
        for (const EphemeralRange *r : card.ephemeral)
            ids << r->id;
        return ids;
    }

private slots:
    void initTestCase()
    {
        EmbeddedReference ref;
        QVERIFY2(ref.load(), qPrintable(ref.errorText()));
        m_catalog.setData(ref.protocols(), ref.registry());
    }

    void anUnassignedDynamicPort()
    {
        const PortCard card = PortCard::make(m_catalog, 50000, 50000);
        QCOMPARE(card.classes, QList<RangeClass>{RangeClass::Dynamic});
        QVERIFY(!card.assigned());
        QCOMPARE(ephemeralIds(card), (QStringList{"linux", "windows", "macos", "freebsd"}));
        QVERIFY(card.assignedBelow >= 0 && card.assignedBelow < 50000);
        QVERIFY(card.assignedAbove > 50000);
        // Nothing is assigned strictly between the neighbours and the port.
        for (const CatalogRow &row : m_catalog.rows())
            for (const PortSpan &s : row.spans)
                QVERIFY(s.last <= card.assignedBelow || s.first >= card.assignedAbove);
        const QString text = card.lines(m_catalog).join(u'\n');
        QVERIFY2(text.contains(QStringLiteral("Dynamic (private) range, 49152–65535")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("No IANA assignment")));
        QVERIFY(text.contains(QStringLiteral("Linux (32768–60999)")));
        const QJsonObject json = card.toJson(m_catalog);
        QCOMPARE(json.value(QStringLiteral("rangeClasses")).toArray().first().toString(),
                 QStringLiteral("dynamic"));
        QCOMPARE(json.value(QStringLiteral("rangeClassesLegacy")).toArray().first().toString(),
                 QStringLiteral("private"));
        QCOMPARE(json.value(QStringLiteral("assigned")).toBool(), false);
    }

    void anAssignedSystemPortNamesItsClass()
    {
        const PortCard card = PortCard::make(m_catalog, 1023, 1023);
        QCOMPARE(card.classes, QList<RangeClass>{RangeClass::System});
        QVERIFY(card.assigned()); // IANA's "Reserved"
        QVERIFY(card.ephemeral.isEmpty());
        QCOMPARE(card.assignedBelow, 1022);
        QCOMPARE(card.assignedAbove, 1024);
        QVERIFY(!card.lines(m_catalog).join(u'\n').contains(QStringLiteral("No IANA")));
    }

    void rangesAndEdges()
    {
        const PortCard across = PortCard::make(m_catalog, 49150, 49160);
        QCOMPARE(across.classes, (QList<RangeClass>{RangeClass::User, RangeClass::Dynamic}));
        const PortCard zero = PortCard::make(m_catalog, 0, 0);
        QCOMPARE(zero.assignedBelow, -1);
        const PortCard top = PortCard::make(m_catalog, 65535, 65535);
        QCOMPARE(top.assignedAbove, -1);
        QCOMPARE(top.classes, QList<RangeClass>{RangeClass::Dynamic});
        // Out of range and reversed input is clamped and ordered, never a crash.
        const PortCard odd = PortCard::make(m_catalog, 70000, -5);
        QCOMPARE(odd.first, 0);
        QCOMPARE(odd.last, 65535);
    }

    void studySetNeighbours()
    {
        // 51820 is WireGuard's; the card of 51819 names it as the study-set entry above.
        const PortCard card = PortCard::make(m_catalog, 51819, 51819);
        QStringList above;
        for (int r : card.studyAbove)
            above << m_catalog.protocols().at(m_catalog.rows().at(r).index).key;
        QVERIFY2(above.contains(QStringLiteral("wireguard")), qPrintable(above.join(u' ')));
    }

    void editDistances()
    {
        QCOMPARE(editDistance(u"smpt", u"smtp", 3), 1); // a swap is one edit
        QCOMPARE(editDistance(u"telent", u"telnet", 3), 1);
        QCOMPARE(editDistance(u"ssh", u"ssh", 3), 0);
        QCOMPARE(editDistance(u"kitten", u"sitting", 3), 3);
        QVERIFY(editDistance(u"abcdefgh", u"zzzzzzzz", 2) > 2);
    }

    void didYouMean_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected"); // the first suggestion, empty for none
        QTest::newRow("swapped letters") << "smpt"
                                         << "SMTP";
        QTest::newRow("swapped in a longer name") << "telent"
                                                  << "Telnet";
        QTest::newRow("a letter missing") << "kerbros"
                                          << "Kerberos";
        QTest::newRow("nothing near") << "qqqqqqq"
                                      << "";
        QTest::newRow("too short to guess") << "sh"
                                            << "";
        QTest::newRow("excluded words are not suggested") << "-telent"
                                                          << "";
    }

    void didYouMean()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        const QStringList got = suggestSpellings(m_catalog, SearchQuery::parse(query));
        if (expected.isEmpty())
            QVERIFY2(got.isEmpty(), qPrintable(got.join(u',')));
        else
            QVERIFY2(!got.isEmpty() && got.first() == expected, qPrintable(got.join(u',')));
    }
};

PORTOLAN_TEST_APPLESS_MAIN(TestPortCard)
#include "tst_portcard.moc"
