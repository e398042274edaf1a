#include "../support/TestMain.h"
#include "quiz/AnswerFormat.h"
#include "quiz/Card.h"

#include <QTest>

using namespace portolan;

// Card keys are stored with the learner's progress: they must round-trip and reject junk.
class TestCard : public QObject
{
    Q_OBJECT

private slots:
    void keyRoundTrip_data();
    void keyRoundTrip();
    void badKeys_data();
    void badKeys();
    void stableHashIsStable();
    void formatIds();
};

void TestCard::keyRoundTrip_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<int>("kind");
    QTest::newRow("port to protocol") << "https:port-to-protocol"
                                      << "https" << int(CardKind::PortToProtocol);
    QTest::newRow("hyphenated protocol key") << "smtp-submission:transport"
                                             << "smtp-submission" << int(CardKind::Transport);
    QTest::newRow("range class") << "rdp:range-class"
                                 << "rdp" << int(CardKind::RangeClass);
}

void TestCard::keyRoundTrip()
{
    QFETCH(QString, key);
    QFETCH(QString, protocol);
    QFETCH(int, kind);
    const auto card = Card::fromKey(key);
    QVERIFY(card);
    QCOMPARE(card->protocolKey, protocol);
    QCOMPARE(int(card->kind), kind);
    QCOMPARE(card->key(), key);
}

void TestCard::badKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("empty") << "";
    QTest::newRow("no kind") << "https";
    QTest::newRow("no protocol") << ":transport";
    QTest::newRow("unknown kind") << "https:colour";
    QTest::newRow("kind in upper case") << "https:TRANSPORT";
    QTest::newRow("trailing colon") << "https:";
}

void TestCard::badKeys()
{
    QFETCH(QString, key);
    QVERIFY(!Card::fromKey(key));
}

void TestCard::stableHashIsStable()
{
    // FNV-1a of the UTF-8 key: the same in every process (unlike qHash), so fuzz and the
    // choice of format survive a restart.
    const Card card{QStringLiteral("dns"), CardKind::Transport};
    const Card same{QStringLiteral("dns"), CardKind::Transport};
    QCOMPARE(card.stableHash(), same.stableHash());
    QCOMPARE(card.stableHash(), quint64(0xd6cba5865edc3ad7ULL));
    QVERIFY(card.stableHash() != Card({QStringLiteral("dns"), CardKind::Security}).stableHash());
}

void TestCard::formatIds()
{
    for (AnswerFormat f : allAnswerFormats())
        QCOMPARE(parseAnswerFormat(answerFormatId(f)), f);
    QVERIFY(!parseAnswerFormat(u"essay"));
    for (CardKind k : allCardKinds())
        QVERIFY(!formatsFor(k).isEmpty());
}

PORTOLAN_TEST_GUILESS_MAIN(TestCard)
#include "tst_card.moc"
