#include "../support/TestMain.h"
#include "QuizFixture.h"
#include "quiz/DistractorPicker.h"
#include "quiz/QuestionBuilder.h"

#include <QTest>

using namespace portolan;
using namespace portolan::testing;

// What each kind of card asks, in each format, and what it accepts.
class TestQuestionBuilder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void build_data();
    void build();
    void portToProtocolAcceptsSharedPorts();
    void rightAnswersAreAccepted();
    void examWordingIsAnAnswer();
    void deterministic();
    void unknownProtocol();

private:
    Catalog m_catalog;
    std::unique_ptr<DistractorPicker> m_distractors;
    std::unique_ptr<QuestionBuilder> m_builder;
};

void TestQuestionBuilder::initTestCase()
{
    m_catalog = fixtureCatalog();
    m_distractors = std::make_unique<DistractorPicker>(m_catalog);
    m_builder = std::make_unique<QuestionBuilder>(m_catalog, *m_distractors);
}

void TestQuestionBuilder::build_data()
{
    QTest::addColumn<QString>("card");
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("builtFormat");
    QTest::addColumn<QString>("cue");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<int>("options");
    const int flash = int(AnswerFormat::Flashcard);
    const int typed = int(AnswerFormat::Typed);
    const int choice = int(AnswerFormat::Choice);
    const int classify = int(AnswerFormat::Classify);
    QTest::newRow("ports grouped by number")
        << "snmp:port-to-protocol" << choice << choice << "161 UDP · 162 UDP"
        << "SNMP — Simple Network Management Protocol" << 4;
    QTest::newRow("two transports on one port")
        << "dns:port-to-protocol" << flash << flash << "53 TCP/UDP"
        << "DNS — Domain Name System" << 0;
    QTest::newRow("own name is not repeated")
        << "telnet:port-to-protocol" << typed << typed << "23 TCP"
        << "Telnet" << 0;
    QTest::newRow("port set answer") << "dhcp:protocol-to-port" << typed << typed << "DHCP"
                                     << "67, 68" << 0;
    QTest::newRow("transport classified") << "dns:transport" << classify << classify << "DNS"
                                          << "TCP and UDP" << 3;
    QTest::newRow("choice becomes classify") << "telnet:security" << choice << classify << "Telnet"
                                             << "Insecure" << 3;
    QTest::newRow("classify becomes choice")
        << "ldap:protocol-to-port" << classify << choice << "LDAP"
        << "389" << 4;
    QTest::newRow("range of the first port") << "rdp:range-class" << classify << classify << "3389"
                                             << "User (registered)" << 3;
    QTest::newRow("counterparts listed") << "ftp:counterpart" << flash << flash << "FTP"
                                         << "SFTP or FTPS" << 0;
    QTest::newRow("full name") << "dhcp:full-name" << choice << choice << "DHCP"
                               << "Dynamic Host Configuration Protocol" << 4;
}

void TestQuestionBuilder::build()
{
    QFETCH(QString, card);
    QFETCH(int, format);
    QFETCH(int, builtFormat);
    QFETCH(QString, cue);
    QFETCH(QString, answer);
    QFETCH(int, options);
    const Question q = m_builder->build(*Card::fromKey(card), AnswerFormat(format), 9);
    QCOMPARE(int(q.format), builtFormat);
    QCOMPARE(q.cue, cue);
    QCOMPARE(q.answer, answer);
    QCOMPARE(q.options.size(), options);
    QVERIFY(!q.ask.isEmpty());
    if (options > 0) {
        QVERIFY(q.correctOption >= 0 && q.correctOption < options);
        QCOMPARE(q.options.at(q.correctOption).isEmpty(), false);
    } else {
        QCOMPARE(q.correctOption, -1);
    }
    if (q.format == AnswerFormat::Typed)
        QVERIFY(!q.hint.isEmpty());
}

void TestQuestionBuilder::portToProtocolAcceptsSharedPorts()
{
    const Question ssh =
        m_builder->build({QStringLiteral("ssh"), CardKind::PortToProtocol}, AnswerFormat::Typed, 1);
    QVERIFY(ssh.acceptedProtocols.contains(m_catalog.protocolIndex(QStringLiteral("sftp"))));
    QVERIFY(ssh.detail.contains(QLatin1String("SFTP")));
    // FTPS claims 21 but not 20: it does not answer "20 TCP · 21 TCP".
    const Question ftp =
        m_builder->build({QStringLiteral("ftp"), CardKind::PortToProtocol}, AnswerFormat::Typed, 1);
    QCOMPARE(ftp.acceptedProtocols, QList<int>{m_catalog.protocolIndex(QStringLiteral("ftp"))});
}

void TestQuestionBuilder::rightAnswersAreAccepted()
{
    // Every card of the study set, asked typed, accepts the answer a learner would type, and
    // asked as a choice, offers the right answer exactly once.
    NameIndex names(m_catalog.protocols());
    AnswerChecker checker(m_catalog, names);
    int cards = 0;
    for (const Protocol &p : m_catalog.protocols()) {
        for (CardKind kind : allCardKinds()) {
            const Card card{p.key, kind};
            const Question typed = m_builder->build(card, AnswerFormat::Typed, 3);
            if (kind == CardKind::Counterpart && typed.acceptedProtocols.isEmpty())
                continue;
            if ((kind == CardKind::ProtocolToPort || kind == CardKind::PortToProtocol ||
                 kind == CardKind::Transport || kind == CardKind::RangeClass) &&
                p.ports.isEmpty())
                continue;
            ++cards;
            const Grade g = checker.checkTyped(typed, rightAnswer(m_catalog, typed));
            QVERIFY2(g.verdict == Grade::Verdict::Correct, qPrintable(card.key()));
            const Question choice = m_builder->build(card, AnswerFormat::Choice, 3);
            if (choice.format == AnswerFormat::Flashcard)
                continue;
            QVERIFY2(checker.checkChoice(choice, choice.correctOption).isCorrect(),
                     qPrintable(card.key()));
        }
    }
    QVERIFY(cards > 300);
}

void TestQuestionBuilder::examWordingIsAnAnswer()
{
    // Network+ prints SFTP as "Secure File Transfer Protocol": right on its card, never a
    // distractor graded as a misreading; the precise name stays the one shown.
    const QString wording = QStringLiteral("Secure File Transfer Protocol");
    const Card card{QStringLiteral("sftp"), CardKind::FullName};
    NameIndex names(m_catalog.protocols());
    AnswerChecker checker(m_catalog, names);
    const Question typed = m_builder->build(card, AnswerFormat::Typed, 1);
    QCOMPARE(typed.answer, QStringLiteral("SSH File Transfer Protocol"));
    QVERIFY(checker.checkTyped(typed, wording).isCorrect());
    QVERIFY(checker.checkTyped(typed, QStringLiteral("SSH File Transfer Protocol")).isCorrect());
    QVERIFY(!DistractorPicker::misnomers(QStringLiteral("sftp")).contains(wording));
    for (quint64 seed = 0; seed < 16; ++seed) {
        const Question choice = m_builder->build(card, AnswerFormat::Choice, seed);
        QVERIFY2(!choice.options.contains(wording), qPrintable(choice.options.join(", ")));
        for (const QString &note : choice.optionNotes)
            QVERIFY2(!note.contains(wording), qPrintable(note));
    }
}

void TestQuestionBuilder::deterministic()
{
    const Card card{QStringLiteral("sip"), CardKind::ProtocolToPort};
    QCOMPARE(m_builder->build(card, AnswerFormat::Choice, 5),
             m_builder->build(card, AnswerFormat::Choice, 5));
    // Over a few seeds the right answer does not always sit in the same place.
    QSet<int> places;
    for (quint64 seed = 0; seed < 16; ++seed)
        places.insert(m_builder->build(card, AnswerFormat::Choice, seed).correctOption);
    QVERIFY(places.size() > 1);
}

void TestQuestionBuilder::unknownProtocol()
{
    // A stored card whose protocol left the study set still yields something to show.
    const Question q = m_builder->build({QStringLiteral("gopher"), CardKind::Transport},
                                        AnswerFormat::Classify, 1);
    QCOMPARE(q.format, AnswerFormat::Flashcard);
    QCOMPARE(q.cue, QStringLiteral("gopher"));
    QVERIFY(q.options.isEmpty());
}

PORTOLAN_TEST_GUILESS_MAIN(TestQuestionBuilder)
#include "tst_questionbuilder.moc"
