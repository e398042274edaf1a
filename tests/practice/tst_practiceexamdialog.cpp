// The practice exam dialog driven by the keyboard as a learner would: A–D/1–4 choose, F flags,
// Enter goes on, a review before submitting, then a report per objective with each miss linked
// to its entry, "Drill my misses", a saved result and the schedule left alone. With
// PORTOLAN_SHOTS=DIR it also saves 1024x640 pictures of a scenario question, the review and the
// report.
#include "../support/FirstStartDatabase.h"
#include "../support/TestMain.h"
#include "PracticeExamDialog.h"
#include "QuizPage.h"
#include "QuizStartView.h"
#include "practice/PracticeResultRepository.h"
#include "settings/Preferences.h"
#include "storage/Statement.h"
#include "workspace/Workspace.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace portolan;

class TestPracticeExamDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    int m_n = 0;

    void shot(QWidget *w, const char *name)
    {
        const QString dir = qEnvironmentVariable("PORTOLAN_SHOTS");
        if (dir.isEmpty())
            return;
        QCoreApplication::processEvents();
        QVERIFY(w->grab().save(dir + QStringLiteral("/practice-%1.png").arg(QLatin1String(name))));
    }
    int reviewCount()
    {
        Statement q(m_workspace->database().connection(),
                    QStringLiteral("SELECT COUNT(*) FROM review_log"));
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        Preferences p;
        p.welcomed = true;
        p.save();
    }

    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("p-%1.sqlite").arg(++m_n));
        QVERIFY(portolan::testing::copyFirstStartDatabase(path));
        m_workspace = std::make_unique<Workspace>();
        QVERIFY2(m_workspace->open(path), qPrintable(m_workspace->errorMessage()));
    }

    void cleanup() { m_workspace.reset(); }

    void keyboardTestReviewAndReport()
    {
        PracticeExamDialog dialog(*m_workspace, QStringLiteral("n10-009"));
        dialog.resize(1024, 640);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.start(QStringLiteral("n10-009"), 30, 11));
        QCOMPARE(dialog.step(), PracticeExamDialog::Step::Question);
        QCOMPARE(dialog.questions().size(), 30);

        // Answer every question with the right choice, except the first two: the first gets
        // a wrong one (B or A), the second stays open and is flagged.
        for (int i = 0; i < 30; ++i) {
            QCOMPARE(dialog.currentIndex(), i);
            const PracticeQuestion &q = dialog.questions().at(i);
            if (i == 0) {
                const int wrong = q.answers.contains(1) ? 0 : 1;
                QTest::keyClick(&dialog, char('a' + wrong));
                QCOMPARE(dialog.picked().at(0), QList<int>{wrong});
                QTest::keyClick(&dialog, Qt::Key_1 + wrong); // 1–4 choose too
                QCOMPARE(dialog.picked().at(0), QList<int>{wrong});
            } else if (i == 1) {
                QTest::keyClick(&dialog, 'f');
                QVERIFY(dialog.isFlagged(1));
            } else {
                for (int a : q.answers)
                    QTest::keyClick(&dialog, char('a' + a));
            }
            if (q.kind == PracticeKind::Scenario && i > 1)
                shot(&dialog, "scenario");
            QTest::keyClick(&dialog, Qt::Key_Return);
        }
        QCOMPARE(dialog.step(), PracticeExamDialog::Step::Review);
        const auto *summary = dialog.findChild<QLabel *>(QStringLiteral("practiceReviewSummary"));
        QVERIFY2(summary->text().startsWith(QStringLiteral("29 of 30 answered · 1 flagged")),
                 qPrintable(summary->text()));
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("practiceReviewList"));
        QCOMPARE(list->count(), 30);
        QVERIFY(list->item(1)->text().contains(QLatin1String("not answered")));
        shot(&dialog, "review");

        // From the review back to a question and back again; Left goes back a question.
        list->setCurrentRow(4);
        emit list->itemActivated(list->item(4)); // what Enter or a double-click sends
        QCOMPARE(dialog.step(), PracticeExamDialog::Step::Question);
        QCOMPARE(dialog.currentIndex(), 4);
        QTest::keyClick(&dialog, Qt::Key_Left);
        QCOMPARE(dialog.currentIndex(), 3);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(dialog.step(), PracticeExamDialog::Step::Review);

        dialog.findChild<QPushButton *>(QStringLiteral("practiceSubmit"))->click();
        QCOMPARE(dialog.step(), PracticeExamDialog::Step::Report);
        QVERIFY2(dialog.saveError().isEmpty(), qPrintable(dialog.saveError()));
        QCOMPARE(dialog.score().right, 28);
        QCOMPARE(dialog.score().misses.size(), 2);
        const QString report =
            dialog.findChild<QTextBrowser *>(QStringLiteral("practiceReport"))->toPlainText();
        QVERIFY2(report.contains(QLatin1String("28 of 30 right (93%)")), qPrintable(report));
        QVERIFY(report.contains(QLatin1String("Objective 1.4")));
        QVERIFY(report.contains(dialog.score().misses.first().explanation));
        QVERIFY(dialog.reportHtml().contains(
            QStringLiteral("href='entry:%1'").arg(dialog.score().misses.first().entryKey)));
        shot(&dialog, "report");

        // Saved in its own table; no review written (the box was not ticked).
        PracticeResultRepository repo(m_workspace->database().connection());
        const QList<PracticeResult> saved = repo.results(QStringLiteral("n10-009"));
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().right, 28);
        QCOMPARE(saved.first().seed, quint64(11));
        QCOMPARE(reviewCount(), 0);

        QSignalSpy drill(&dialog, &PracticeExamDialog::drillRequested);
        dialog.findChild<QPushButton *>(QStringLiteral("practiceDrill"))->click();
        QCOMPARE(drill.size(), 1);
        QCOMPARE(drill.first().first().toString(), dialog.score().drillQuery());
        QVERIFY(dialog.score().drillQuery().startsWith(QLatin1String("key:")));
    }

    void selectTwoKeepsTwo()
    {
        PracticeExamDialog dialog(*m_workspace, QStringLiteral("220-1101"));
        dialog.show();
        for (quint64 seed = 1; seed < 40; ++seed) {
            QVERIFY(dialog.start(QStringLiteral("220-1101"), 30, seed));
            for (int i = 0; i < dialog.questions().size(); ++i) {
                if (dialog.questions().at(i).choose() != 2)
                    continue;
                dialog.goTo(i);
                QTest::keyClick(&dialog, 'a');
                QTest::keyClick(&dialog, 'b');
                QTest::keyClick(&dialog, 'c');
                QCOMPARE(dialog.picked().at(i), (QList<int>{1, 2}));
                QTest::keyClick(&dialog, 'c'); // again: unpicked
                QCOMPARE(dialog.picked().at(i), QList<int>{1});
                return;
            }
        }
        QFAIL("no select-two question in 39 tests");
    }

    void tooManyQuestionsSaysSo()
    {
        PracticeExamDialog dialog(*m_workspace, QStringLiteral("n10-009"));
        QVERIFY(!dialog.start(QStringLiteral("n10-009"), 5000, 1));
        QCOMPARE(dialog.step(), PracticeExamDialog::Step::Setup);
    }

    void quizPageOpensIt()
    {
        QuizPage page(*m_workspace);
        page.show();
        auto *button = page.findChild<QPushButton *>(QStringLiteral("quizPracticeExam"));
        QVERIFY(button);
        button->click();
        auto *dialog = page.findChild<PracticeExamDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->step(), PracticeExamDialog::Step::Setup);
        dialog->close();
    }
};

PORTOLAN_TEST_MAIN(TestPracticeExamDialog)
#include "tst_practiceexamdialog.moc"
