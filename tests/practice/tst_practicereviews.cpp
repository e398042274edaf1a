// "Count these answers as reviews": only then do practice answers reach the cards, Good when
// right and Again when wrong, only for cards already started, once per card.
#include "../quiz/QuizFixture.h"
#include "../support/TestMain.h"
#include "practice/PracticeReviews.h"

#include <QStandardPaths>
#include <QTest>

using namespace portolan;
using namespace portolan::testing;

class TestPracticeReviews : public QObject
{
    Q_OBJECT

private:
    static PracticeQuestion question(PracticeKind kind, const char *entry, QStringList choices)
    {
        PracticeQuestion q;
        q.kind = kind;
        q.objective = QStringLiteral("1.4");
        q.entryKey = QLatin1String(entry);
        q.stem = QLatin1String(entry) + practiceKindName(kind);
        q.choices = choices;
        q.answers = {0};
        return q;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cardsOfQuestions()
    {
        QCOMPARE(PracticeReviews::cardOf(question(PracticeKind::Port, "ftp", {}), false)->key(),
                 Card({QStringLiteral("ftp"), CardKind::ProtocolToPort}).key());
        QCOMPARE(PracticeReviews::cardOf(question(PracticeKind::Scenario, "ssh", {}), true)->kind,
                 CardKind::ProtocolToPort);
        QCOMPARE(PracticeReviews::cardOf(question(PracticeKind::Scenario, "ssh", {}), false)->kind,
                 CardKind::PortToProtocol);
        QVERIFY(!PracticeReviews::cardOf(question(PracticeKind::Port, "", {}), false));
    }

    void onlyStartedCardsOnce()
    {
        Database db;
        QVERIFY(db.openInMemory());
        QuizStore store(db.connection());
        const FsrsScheduler scheduler = testScheduler();
        // The learner has started ssh's protocol→port card and nothing else.
        const Card started{QStringLiteral("ssh"), CardKind::ProtocolToPort};
        ReviewRecord first;
        first.cardKey = started.key();
        first.reviewedAt = kMonday9am;
        first.answerFormat = QStringLiteral("choice");
        first.after = scheduler.next(CardMemory::newCard(kMonday9am), kMonday9am, Rating::Good,
                                     started.stableHash());
        QVERIFY2(store.record(first), qPrintable(store.errorText()));

        const QList<PracticeQuestion> test{
            question(PracticeKind::Scenario, "ssh", {QStringLiteral("22"), QStringLiteral("23")}),
            question(PracticeKind::Port, "ssh", {QStringLiteral("22"), QStringLiteral("23")}),
            question(PracticeKind::Port, "telnet", {QStringLiteral("23"), QStringLiteral("22")})};
        const qint64 later = kMonday9am + 3 * kDay;
        QString error;
        // ssh answered wrongly (the second ssh question is the same card: not counted again);
        // telnet's card was never started.
        QCOMPARE(PracticeReviews::record(test, {{1}, {0}, {0}}, scheduler, store, later, &error),
                 1);
        const QList<ReviewRecord> log = reviewsIn(store);
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.last().cardKey, started.key());
        QCOMPARE(log.last().rating, Rating::Again);
        QCOMPARE(log.last().reviewedAt, later);
    }
};

PORTOLAN_TEST_GUILESS_MAIN(TestPracticeReviews)
#include "tst_practicereviews.moc"
