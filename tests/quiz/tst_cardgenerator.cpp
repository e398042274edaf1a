#include "../support/TestMain.h"
#include "QuizFixture.h"
#include "quiz/CardGenerator.h"

#include <QTest>

using namespace portolan;
using namespace portolan::testing;

// Which cards each protocol yields.
class TestCardGenerator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void kinds_data();
    void kinds();
    void unknownProtocols();
    void keysAreUnique();

private:
    Catalog m_catalog;
};

void TestCardGenerator::initTestCase()
{
    m_catalog = fixtureCatalog();
}

void TestCardGenerator::kinds_data()
{
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<QStringList>("kinds");
    QTest::newRow("DHCP: every kind but counterpart")
        << "dhcp" << QStringList{"port-to-protocol", "protocol-to-port", "transport",
                                 "security",         "full-name",        "range-class"};
    QTest::newRow("Telnet: no full name (it is its own name)")
        << "telnet" << QStringList{"port-to-protocol", "protocol-to-port", "transport",
                                   "security",         "counterpart",      "range-class"};
    QTest::newRow("SFTP: shares port 22 with SSH, so no port question")
        << "sftp"
        << QStringList{"protocol-to-port", "transport", "security", "full-name", "range-class"};
    QTest::newRow("DoH: shares 443 with HTTPS")
        << "doh"
        << QStringList{"protocol-to-port", "transport", "security", "full-name", "range-class"};
    QTest::newRow("GRE: an IP protocol has no port cards")
        << "gre" << QStringList{"security", "full-name"};
    QTest::newRow("RTP: no ports in the study set")
        << "rtp" << QStringList{"security", "counterpart", "full-name"};
}

void TestCardGenerator::kinds()
{
    QFETCH(QString, protocol);
    QFETCH(QStringList, kinds);
    const CardGenerator generator(m_catalog);
    QStringList found;
    for (const Card &c : generator.cardsFor(m_catalog.protocolIndex(protocol))) {
        QCOMPARE(c.protocolKey, protocol);
        QVERIFY(generator.exists(c));
        found << cardKindId(c.kind);
    }
    QCOMPARE(found, kinds);
}

void TestCardGenerator::unknownProtocols()
{
    const CardGenerator generator(m_catalog);
    QVERIFY(generator.cardsFor(-1).isEmpty());
    QVERIFY(generator.cardsFor(int(m_catalog.protocols().size())).isEmpty());
    QVERIFY(!generator.exists({QStringLiteral("gopher"), CardKind::Transport}));
    // A stored key for a kind the protocol does not have (any more) is not a card.
    QVERIFY(!generator.exists({QStringLiteral("gre"), CardKind::Transport}));
}

void TestCardGenerator::keysAreUnique()
{
    QList<int> all;
    for (int i = 0; i < m_catalog.protocols().size(); ++i)
        all << i;
    QSet<QString> keys;
    const QList<Card> cards = CardGenerator(m_catalog).cardsFor(all);
    for (const Card &c : cards)
        keys.insert(c.key());
    QCOMPARE(keys.size(), cards.size());
    QVERIFY(cards.size() > 300);
}

PORTOLAN_TEST_GUILESS_MAIN(TestCardGenerator)
#include "tst_cardgenerator.moc"
