// Tests StudyPackage end to end between two databases: machine A's package merged into machine
// B loses and duplicates no review, gives each card the longer history's state, carries the
// learner's own data, keeps local entries on a key conflict, adds nothing the second time, and
// a refused file leaves B exactly as it was. Practice exam results and fitted FSRS weights travel
// too: results once each, weights by "the fit on more reviews wins", undoable after the import.
#include "../support/TestMain.h"
#include "PackageFixture.h"
#include "custom/CustomEntryRepository.h"
#include "package/StudyPackage.h"
#include "package/StudyPackageMerge.h"
#include "practice/PracticeResultRepository.h"
#include "search/SavedSearches.h"
#include "stats/ExamPlanRepository.h"
#include "storage/CardRepository.h"
#include "storage/NoteRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>
#include <limits>
#include <tuple>

using namespace portolan;
using namespace portolan::testing;

namespace {

const QString kSsh = QStringLiteral("ssh:port-to-protocol");
const QString kDns = QStringLiteral("dns:protocol-to-port");

// Each review by its identity, with whether it is undone.
QMap<QString, bool> reviewsOf(QSqlDatabase db)
{
    QMap<QString, bool> out;
    ReviewLogRepository log(db);
    for (const ReviewRecord &r : log.since(std::numeric_limits<qint64>::min(), true)) {
        const QString id = QStringLiteral("%1 %2 %3 %4")
                               .arg(r.cardKey)
                               .arg(r.reviewedAt)
                               .arg(int(r.rating))
                               .arg(r.answerFormat);
        if (out.contains(id))
            qFatal("review %s is in the log twice", qPrintable(id));
        out.insert(id, r.undone);
    }
    return out;
}

QHash<QString, CardMemory> cardsOf(QSqlDatabase db)
{
    QHash<QString, CardMemory> out;
    CardRepository(db).loadAll(&out);
    return out;
}

CustomEntry entry(const QString &key, const QString &name, int port)
{
    CustomEntry e;
    e.key = key;
    e.name = name;
    e.ports = {{port, port, Transport::Tcp}};
    e.security = Security::Secure;
    e.notes = QStringLiteral("Notes of %1").arg(name);
    return e;
}

} // namespace

class TestStudyPackage : public QObject
{
    Q_OBJECT

private:
    // Exports from, reads, previews and applies into to; the plan that was applied.
    StudyPackagePlan merge(Learner &from, Learner &to);
    QString exportOf(Learner &from);

    QTemporaryDir m_files;

private slots:
    void initTestCase();
    void longerHistoryWinsAndNothingIsLostOrDuplicated();
    void tieGoesToTheLaterLastReview();
    void ownDataTravelsAndConflictsKeepLocal();
    void unknownEntriesAndExamsAreLeftOutAndSaid();
    void refusedFileChangesNothing_data();
    void refusedFileChangesNothing();
    void failureHalfwayWritesNothing_data();
    void failureHalfwayWritesNothing();
    void practiceExamsTravelOnce();
    void fsrsWeightsRule_data();
    void fsrsWeightsRule();
    void undoAfterAnImportedFit();
    void oldPackageWithoutTheNewSectionsImports();
};

void TestStudyPackage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_files.isValid());
}

QString TestStudyPackage::exportOf(Learner &from)
{
    static int n = 0;
    const QString path = m_files.filePath(QStringLiteral("package-%1.json").arg(++n));
    QString error;
    if (!StudyPackage::exportTo(from.connection(), path, kStart + 30 * kDay, &error))
        qFatal("export failed: %s", qPrintable(error));
    return path;
}

namespace {

// Every practice exam with its answers, without the row ids, oldest first.
QList<PackagePracticeExam> practiceOf(QSqlDatabase db)
{
    PracticeResultRepository repository(db);
    const QHash<qint64, QList<PracticeAnswerRecord>> answers = repository.allAnswers();
    QList<PackagePracticeExam> out;
    for (PracticeResult r : repository.results()) {
        const qint64 id = r.id;
        r.id = 0;
        out.append({r, answers.value(id)});
    }
    std::sort(out.begin(), out.end(),
              [](const PackagePracticeExam &a, const PackagePracticeExam &b) {
                  return std::tie(a.result.takenAt, a.result.seed) <
                         std::tie(b.result.takenAt, b.result.seed);
              });
    return out;
}

bool samePractice(const QList<PackagePracticeExam> &a, const QList<PackagePracticeExam> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const PracticeResult &x = a.at(i).result;
        const PracticeResult &y = b.at(i).result;
        if (x.examId != y.examId || x.takenAt != y.takenAt || x.seed != y.seed ||
            x.durationMs != y.durationMs || x.questions != y.questions || x.right != y.right ||
            x.countedAsReviews != y.countedAsReviews || a.at(i).answers != b.at(i).answers)
            return false;
    }
    return true;
}

// The first practice exam of a package as the damage names it.
void damagePractice(QJsonObject &root, const QString &damage)
{
    QJsonArray exams = root.value(QStringLiteral("practiceExams")).toArray();
    QJsonObject exam = exams.at(0).toObject();
    QJsonArray answers = exam.value(QStringLiteral("answers")).toArray();
    if (damage == QLatin1String("practicemissing")) {
        exam.remove(QStringLiteral("takenAt"));
    } else if (damage == QLatin1String("practiceseed")) {
        exam.insert(QStringLiteral("seed"), 42);
    } else if (damage == QLatin1String("practiceextra")) {
        answers.append(answers.at(0));
    } else if (damage == QLatin1String("practicekind")) {
        QJsonObject answer = answers.at(1).toObject();
        answer.insert(QStringLiteral("kind"), QStringLiteral("essay"));
        answers[1] = answer;
    } else if (damage == QLatin1String("practiceright")) {
        exam.insert(QStringLiteral("rightCount"), 3);
    }
    exam.insert(QStringLiteral("answers"), answers);
    exams[0] = exam;
    root.insert(QStringLiteral("practiceExams"), exams);
}

void damageWeights(QJsonObject &root, const QString &damage)
{
    QJsonObject fsrs = root.value(QStringLiteral("fsrsWeights")).toObject();
    QJsonArray weights = fsrs.value(QStringLiteral("weights")).toArray();
    if (damage == QLatin1String("weightcount"))
        weights.removeLast();
    else if (damage == QLatin1String("weightnan"))
        weights[3] = QStringLiteral("NaN");
    else if (damage == QLatin1String("weightrange"))
        weights[4] = 50;
    else if (damage == QLatin1String("weighttime"))
        fsrs.insert(QStringLiteral("fittedAt"), 0);
    fsrs.insert(QStringLiteral("weights"), weights);
    root.insert(QStringLiteral("fsrsWeights"), fsrs);
}

} // namespace

StudyPackagePlan TestStudyPackage::merge(Learner &from, Learner &to)
{
    QString error;
    const std::optional<StudyPackageData> package = StudyPackage::read(exportOf(from), &error);
    if (!package)
        qFatal("read failed: %s", qPrintable(error));
    const std::optional<StudyPackagePlan> plan =
        StudyPackage::preview(to.connection(), *package, &error);
    if (!plan)
        qFatal("preview failed: %s", qPrintable(error));
    if (!StudyPackage::apply(to.connection(), *plan, &error))
        qFatal("apply failed: %s", qPrintable(error));
    return *plan;
}

void TestStudyPackage::longerHistoryWinsAndNothingIsLostOrDuplicated()
{
    Learner a(QStringLiteral("a"));
    Learner b(QStringLiteral("b"));
    // A: three answers of ssh that stand, a fourth taken back; one of dns.
    a.answer(kSsh, kStart, Rating::Good);
    a.answer(kSsh, kStart + kDay, Rating::Hard, QStringLiteral("typed"));
    a.answer(kSsh, kStart + 3 * kDay, Rating::Good);
    a.undo(a.answer(kSsh, kStart + 4 * kDay, Rating::Again), kStart + 4 * kDay + 1000);
    a.answer(kDns, kStart + kHour, Rating::Easy);
    // B: one answer of ssh at another time; three of dns (B's dns history is longer).
    b.answer(kSsh, kStart + 2 * kHour, Rating::Again, QStringLiteral("choice"));
    b.answer(kDns, kStart + 5 * kHour, Rating::Good);
    b.answer(kDns, kStart + 2 * kDay, Rating::Good);
    b.answer(kDns, kStart + 6 * kDay, Rating::Easy);

    const QMap<QString, bool> fromA = reviewsOf(a.connection());
    const QMap<QString, bool> fromB = reviewsOf(b.connection());
    const QHash<QString, CardMemory> cardsA = cardsOf(a.connection());
    const QHash<QString, CardMemory> cardsB = cardsOf(b.connection());
    QCOMPARE(fromA.size(), 5);
    QCOMPARE(fromB.size(), 4);

    const StudyPackagePlan plan = merge(a, b);
    QCOMPARE(plan.reviewsToAdd.size(), 5);
    QCOMPARE(plan.cardStates.keys(), QList<QString>{kSsh});

    // Every review of both, once, with its undone flag.
    QMap<QString, bool> expected = fromB;
    expected.insert(fromA);
    const QMap<QString, bool> merged = reviewsOf(b.connection());
    QCOMPARE(merged.size(), 9);
    QCOMPARE(merged, expected);
    QCOMPARE(merged.values().count(true), 1);

    // ssh: A's 3 effective answers beat B's 1; dns: B's 3 beat A's 1.
    const QHash<QString, CardMemory> after = cardsOf(b.connection());
    QCOMPARE(after.value(kSsh), cardsA.value(kSsh));
    QCOMPARE(after.value(kDns), cardsB.value(kDns));

    // The same package again adds nothing.
    const StudyPackagePlan again = merge(a, b);
    QVERIFY(!again.hasChanges());
    QCOMPARE(again.reviewsAlreadyPresent, 5);
    QCOMPARE(reviewsOf(b.connection()), merged);
    QCOMPARE(cardsOf(b.connection()), after);

    // And back: A takes B's merged log; its ssh stays, dns becomes B's.
    const StudyPackagePlan back = merge(b, a);
    QCOMPARE(back.reviewsToAdd.size(), 4);
    QCOMPARE(reviewsOf(a.connection()), merged);
    QCOMPARE(cardsOf(a.connection()), after);
}

void TestStudyPackage::tieGoesToTheLaterLastReview()
{
    Learner a(QStringLiteral("a"));
    Learner b(QStringLiteral("b"));
    a.answer(kSsh, kStart + kDay, Rating::Easy);
    b.answer(kSsh, kStart, Rating::Again);
    const CardMemory later = cardsOf(a.connection()).value(kSsh);

    merge(a, b); // A's answer is later: B takes it
    QCOMPARE(cardsOf(b.connection()).value(kSsh), later);
    QCOMPARE(reviewsOf(b.connection()).size(), 2);

    Learner c(QStringLiteral("c"));
    c.answer(kSsh, kStart + 2 * kDay, Rating::Good);
    const CardMemory own = cardsOf(c.connection()).value(kSsh);
    const StudyPackagePlan plan = merge(a, c); // C's own answer is later: it stays
    QVERIFY(plan.cardStates.isEmpty());
    QCOMPARE(cardsOf(c.connection()).value(kSsh), own);
}

void TestStudyPackage::ownDataTravelsAndConflictsKeepLocal()
{
    Learner a(QStringLiteral("a"));
    Learner b(QStringLiteral("b"));
    CustomEntryRepository entriesA(a.connection());
    CustomEntry game = entry(QStringLiteral("custom-game-server"), QStringLiteral("Game"), 27015);
    game.tags = {QStringLiteral("home")};
    QVERIFY(entriesA.add(game, kStart));
    QVERIFY(
        entriesA.add(entry(QStringLiteral("custom-lab"), QStringLiteral("Lab A"), 8080), kStart));
    QVERIFY(entriesA.addLabel(QStringLiteral("ssh"), QStringLiteral("daily")));
    NoteRepository notesA(a.connection());
    QVERIFY(notesA.setNote(QStringLiteral("ssh"), QStringLiteral("A's ssh note, newer"),
                           kStart + 2 * kDay));
    QVERIFY(notesA.setNote(QStringLiteral("dns"), QStringLiteral("A's dns note, older"), kStart));
    QVERIFY(notesA.setNote(QStringLiteral("ftp"), QStringLiteral("A's ftp note"), kStart));
    StoredExamPlan exam;
    exam.examId = QStringLiteral("n10-009");
    exam.examDate = QDate(2025, 6, 1);
    exam.target = 0.92;
    exam.createdAt = kStart;
    QVERIFY(ExamPlanRepository(a.connection()).save(exam));
    QVERIFY(SavedSearches(a.connection())
                .save(QStringLiteral("Web"), QStringLiteral("80,443"), kStart));

    CustomEntryRepository entriesB(b.connection());
    const CustomEntry labB = entry(QStringLiteral("custom-lab"), QStringLiteral("Lab B"), 9090);
    QVERIFY(entriesB.add(labB, kStart + kDay));
    NoteRepository notesB(b.connection());
    QVERIFY(notesB.setNote(QStringLiteral("ssh"), QStringLiteral("B's ssh note"), kStart));
    QVERIFY(notesB.setNote(QStringLiteral("dns"), QStringLiteral("B's dns note, newer"),
                           kStart + kDay));

    const StudyPackagePlan plan = merge(a, b);
    QCOMPARE(plan.entriesToAdd.size(), 1);
    QCOMPARE(plan.entryConflicts, QStringList{QStringLiteral("custom-lab")});
    QVERIFY2(plan.summary().join(u'\n').contains(
                 QStringLiteral("\"custom-lab\" differs from yours: yours is kept")),
             qPrintable(plan.summary().join(u'\n')));
    QCOMPARE(plan.notesToAdd.size(), 1);
    QCOMPARE(plan.notesToReplace.size(), 1);

    // The new entry travels whole, with its tag; the conflicting one stays B's.
    QHash<QString, CustomEntry> byKey;
    for (const CustomEntry &e : entriesB.entries())
        byKey.insert(e.key, e);
    QCOMPARE(byKey.size(), 2);
    QCOMPARE(byKey.value(game.key), game);
    QCOMPARE(byKey.value(labB.key), labB);
    QCOMPARE(entriesB.labels(QStringLiteral("ssh")), QStringList{QStringLiteral("daily")});
    // Notes: the newer wins either way; a missing one is added.
    QCOMPARE(notesB.note(QStringLiteral("ssh")), QStringLiteral("A's ssh note, newer"));
    QCOMPARE(notesB.note(QStringLiteral("dns")), QStringLiteral("B's dns note, newer"));
    QCOMPARE(notesB.note(QStringLiteral("ftp")), QStringLiteral("A's ftp note"));
    const std::optional<StoredExamPlan> travelled =
        ExamPlanRepository(b.connection()).plan(QStringLiteral("n10-009"));
    QVERIFY(travelled);
    QCOMPARE(travelled->examDate, exam.examDate);
    QCOMPARE(travelled->target, exam.target);
    QCOMPARE(SavedSearches(b.connection()).own(),
             (QList<SavedSearch>{{QStringLiteral("Web"), QStringLiteral("80,443"), false}}));

    // Twice: nothing more, and the conflict is still reported, not resolved.
    const QStringList before = userTables(b.connection());
    const StudyPackagePlan again = merge(a, b);
    QVERIFY(!again.hasChanges());
    QCOMPARE(again.entryConflicts, QStringList{QStringLiteral("custom-lab")});
    QCOMPARE(userTables(b.connection()), before);
}

// Before: notes, labels and plans for keys nothing in the database has were stored as orphans
// no window showed, and the summary said nothing of them.
void TestStudyPackage::unknownEntriesAndExamsAreLeftOutAndSaid()
{
    Learner b(QStringLiteral("b-unknown"));
    StudyPackageData package;
    package.notes = {{QStringLiteral("ssh"), QStringLiteral("kept"), kStart},
                     {QStringLiteral("no-such-protocol"), QStringLiteral("orphan"), kStart},
                     {QStringLiteral("custom-travels"), QStringLiteral("on a new entry"), kStart}};
    package.customEntries = {
        {entry(QStringLiteral("custom-travels"), QStringLiteral("Travels"), 8081), kStart}};
    package.labels.insert(QStringLiteral("custom-ghost"), {QStringLiteral("lab")});
    package.labels.insert(QStringLiteral("custom-travels"), {QStringLiteral("lab")});
    package.labels.insert(QStringLiteral("registry:http/80/tcp"), {QStringLiteral("web")});
    StoredExamPlan known;
    known.examId = QStringLiteral("n10-009");
    known.examDate = QDate(2027, 6, 1);
    known.target = 0.9;
    known.createdAt = kStart;
    StoredExamPlan unknown = known;
    unknown.examId = QStringLiteral("xk0-999");
    package.examPlans = {known, unknown};
    PackagePracticeExam practice;
    practice.result.examId = QStringLiteral("xk0-999");
    practice.result.takenAt = kStart;
    practice.result.questions = 1;
    practice.answers = {
        {QStringLiteral("1.1"), QStringLiteral("port"), QStringLiteral("ssh"), false}};
    package.practiceExams = {practice};

    QString error;
    const std::optional<StudyPackagePlan> plan =
        StudyPackage::preview(b.connection(), package, &error);
    QVERIFY2(plan, qPrintable(error));
    QCOMPARE(plan->notesToAdd.size(), 2);
    QCOMPARE(plan->notesForUnknownEntries, QStringList{QStringLiteral("no-such-protocol")});
    QCOMPARE(plan->labelsForUnknownEntries, QStringList{QStringLiteral("custom-ghost")});
    QCOMPARE(plan->labelsToAdd.size(), 2);
    QCOMPARE(plan->plansForUnknownExams, QStringList{QStringLiteral("xk0-999")});
    QCOMPARE(plan->examPlansToAdd.size(), 1);
    const QString summary = plan->summary().join(u'\n');
    QVERIFY2(summary.contains(QStringLiteral("Not imported: notes on entries this database does "
                                             "not have (no-such-protocol)")),
             qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("exams Portolan does not know (xk0-999)")),
             qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Not imported: practice exams for exams Portolan "
                                             "does not know (xk0-999)")),
             qPrintable(summary));
    QVERIFY(plan->practiceExamsToAdd.isEmpty());
    QVERIFY2(StudyPackage::apply(b.connection(), *plan, &error), qPrintable(error));
    QVERIFY(PracticeResultRepository(b.connection()).results().isEmpty());
    NoteRepository notes(b.connection());
    QCOMPARE(notes.note(QStringLiteral("no-such-protocol")), QString());
    QCOMPARE(notes.note(QStringLiteral("custom-travels")), QStringLiteral("on a new entry"));
    QCOMPARE(CustomEntryRepository(b.connection()).labels(QStringLiteral("custom-ghost")),
             QStringList());
    QVERIFY(!ExamPlanRepository(b.connection()).plan(QStringLiteral("xk0-999")));
}

void TestStudyPackage::refusedFileChangesNothing_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << "notjson"
                              << "not valid JSON";
    QTest::newRow("truncated") << "truncated"
                               << "not valid JSON";
    QTest::newRow("wrong format") << "format"
                                  << "format: not a Portolan study package";
    QTest::newRow("version 99") << "version"
                                << "version: the package is version 99";
    QTest::newRow("rating 7") << "rating"
                              << "reviews[1].rating: must be 1 to 4";
    QTest::newRow("card key without colon") << "cardkey"
                                            << "cards[0].key: must be a card key";
    QTest::newRow("100 KB note") << "note"
                                 << "notes[0].body: at most 10000 characters";
    QTest::newRow("port 70000") << "port"
                                << "customEntries[0].ports[0].first: must be 0 to 65535";
    QTest::newRow("practice exam without its start") << "practicemissing"
                                                     << "practiceExams[0].takenAt: missing";
    QTest::newRow("practice seed as a number") << "practiceseed"
                                               << "practiceExams[0].seed: must be text";
    QTest::newRow("answer to a question the exam does not have")
        << "practiceextra"
        << "practiceExams[0].answers[3]: an answer to question 4, but the exam has 3 questions";
    QTest::newRow("unknown question kind")
        << "practicekind"
        << "practiceExams[0].answers[1].kind: \"essay\" is not a kind of practice question";
    QTest::newRow("right count disagrees with the answers")
        << "practiceright"
        << "practiceExams[0].rightCount: is 3, but 2 of the answers are right";
    QTest::newRow("20 weights") << "weightcount"
                                << "fsrsWeights.weights: must be 21 numbers (this list has 20)";
    QTest::newRow("NaN weight") << "weightnan"
                                << "fsrsWeights.weights[3]: must be a finite number";
    QTest::newRow("weight out of range") << "weightrange"
                                         << "fsrsWeights.weights[4]: must be at most 10";
    QTest::newRow("weights never fitted") << "weighttime"
                                          << "fsrsWeights.fittedAt: must be the time the weights "
                                             "were fitted";
}

void TestStudyPackage::refusedFileChangesNothing()
{
    QFETCH(QString, damage);
    QFETCH(QString, message);

    Learner a(QStringLiteral("a"));
    a.answer(kSsh, kStart, Rating::Good);
    a.answer(kSsh, kStart + kDay, Rating::Good);
    QVERIFY(
        NoteRepository(a.connection()).setNote(QStringLiteral("ssh"), QStringLiteral("n"), kStart));
    QVERIFY(CustomEntryRepository(a.connection())
                .add(entry(QStringLiteral("custom-x"), QStringLiteral("X"), 1234), kStart));
    a.practice(QStringLiteral("n10-009"), kStart, 42,
               {QStringLiteral("ssh"), QStringLiteral("dns"), QStringLiteral("ftp")},
               {true, false, true});
    a.fit(600, 0.5, kStart + kDay);
    QFile good(exportOf(a));
    QVERIFY(good.open(QIODevice::ReadOnly));
    const QByteArray bytes = good.readAll();
    QJsonObject root = QJsonDocument::fromJson(bytes).object();
    const auto edit = [&root](const QString &list, int index, const QString &field,
                              const QJsonValue &value, const QString &inner = {}) {
        QJsonArray array = root.value(list).toArray();
        QJsonObject item = array.at(index).toObject();
        if (inner.isEmpty()) {
            item.insert(field, value);
        } else {
            QJsonArray ports = item.value(inner).toArray();
            QJsonObject port = ports.at(0).toObject();
            port.insert(field, value);
            ports[0] = port;
            item.insert(inner, ports);
        }
        array[index] = item;
        root.insert(list, array);
    };
    QByteArray damaged;
    if (damage == QLatin1String("notjson")) {
        damaged = "this is not a study package\n";
    } else if (damage == QLatin1String("truncated")) {
        damaged = bytes.left(bytes.size() / 2);
    } else {
        if (damage == QLatin1String("format"))
            root.insert(QStringLiteral("format"), QStringLiteral("anki-deck"));
        else if (damage == QLatin1String("version"))
            root.insert(QStringLiteral("version"), 99);
        else if (damage == QLatin1String("rating"))
            edit(QStringLiteral("reviews"), 1, QStringLiteral("rating"), 7);
        else if (damage == QLatin1String("cardkey"))
            edit(QStringLiteral("cards"), 0, QStringLiteral("key"), QStringLiteral("sshport"));
        else if (damage == QLatin1String("note"))
            edit(QStringLiteral("notes"), 0, QStringLiteral("body"), QString(100 * 1024, u'n'));
        else if (damage == QLatin1String("port"))
            edit(QStringLiteral("customEntries"), 0, QStringLiteral("first"), 70000,
                 QStringLiteral("ports"));
        else if (damage.startsWith(QLatin1String("practice")))
            damagePractice(root, damage);
        else if (damage.startsWith(QLatin1String("weight")))
            damageWeights(root, damage);
        damaged = QJsonDocument(root).toJson();
    }
    const QString path = m_files.filePath(QStringLiteral("damaged-%1.json").arg(damage));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(damaged);
    out.close();

    Learner b(QStringLiteral("b"));
    b.answer(kDns, kStart, Rating::Hard);
    const QStringList before = userTables(b.connection());
    QFile file(b.path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray fileBefore = file.readAll();
    file.close();

    QString error;
    const std::optional<StudyPackageData> package = StudyPackage::read(path, &error);
    QVERIFY(!package);
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(error.startsWith(QStringLiteral("damaged-%1.json: ").arg(damage)), qPrintable(error));

    QCOMPARE(userTables(b.connection()), before);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll() == fileBefore);
}

void TestStudyPackage::failureHalfwayWritesNothing_data()
{
    QTest::addColumn<QString>("table");
    QTest::newRow("saved searches") << "saved_search";
    QTest::newRow("FSRS weights, written last") << "fsrs_parameters";
}

// All or nothing: a merge that fails late (on saved searches, written after the reviews, cards,
// notes and entries, or on the FSRS weights, written after everything else) leaves every table
// as it was.
void TestStudyPackage::failureHalfwayWritesNothing()
{
    QFETCH(QString, table);
    Learner a(QStringLiteral("a"));
    Learner b(QStringLiteral("b"));
    a.answer(QStringLiteral("ssh:transport"), kStart, Rating::Good);
    a.answer(QStringLiteral("ssh:transport"), kStart + kDay, Rating::Good);
    QVERIFY(
        NoteRepository(a.connection()).setNote(QStringLiteral("ssh"), QStringLiteral("n"), kStart));
    QVERIFY(SavedSearches(a.connection())
                .save(QStringLiteral("Web"), QStringLiteral("80,443"), kStart));
    a.practice(QStringLiteral("n10-009"), kStart, 7, {QStringLiteral("ssh")}, {true});
    a.fit(900, 0.25, kStart + kDay);
    b.answer(QStringLiteral("dns:transport"), kStart, Rating::Again);
    const QString file = a.dir.filePath(QStringLiteral("a.package.json"));
    QString error;
    QVERIFY2(StudyPackage::exportTo(a.connection(), file, kStart + 2 * kDay, &error),
             qPrintable(error));
    const auto package = StudyPackage::read(file, &error);
    QVERIFY2(package, qPrintable(error));
    const auto plan = StudyPackage::preview(b.connection(), *package, &error);
    QVERIFY2(plan, qPrintable(error));

    const QStringList before = userTables(b.connection());
    QSqlQuery trigger(b.connection());
    QVERIFY(trigger.exec(QStringLiteral("CREATE TEMP TRIGGER fail_last BEFORE INSERT ON %1 "
                                        "BEGIN SELECT RAISE(ABORT, 'disk full (simulated)'); END")
                             .arg(table)));
    QVERIFY(!StudyPackage::apply(b.connection(), *plan, &error));
    QVERIFY2(error.contains(QStringLiteral("disk full")), qPrintable(error));
    QCOMPARE(userTables(b.connection()), before);

    // Without the fault the same plan applies.
    QVERIFY(trigger.exec(QStringLiteral("DROP TRIGGER fail_last")));
    QVERIFY2(StudyPackage::apply(b.connection(), *plan, &error), qPrintable(error));
    QVERIFY(userTables(b.connection()) != before);
}

void TestStudyPackage::practiceExamsTravelOnce()
{
    Learner a(QStringLiteral("a"));
    Learner b(QStringLiteral("b"));
    const QStringList three{QStringLiteral("ssh"), QStringLiteral("dns"), QStringLiteral("ftp")};
    // A seed above 2^53 must come back exactly: it is part of the test's identity.
    const quint64 bigSeed = 18'000'000'000'000'000'123ULL;
    a.practice(QStringLiteral("n10-009"), kStart, bigSeed, three, {true, false, true});
    a.practice(QStringLiteral("sy0-701"), kStart + kDay, 5, {QStringLiteral("https")}, {false});
    // B took the first test too (the same package imported before) and one of its own.
    b.practice(QStringLiteral("n10-009"), kStart, bigSeed, three, {true, false, true});
    b.practice(QStringLiteral("n10-009"), kStart + 2 * kDay, 9, three, {true, true, true});
    const QList<PackagePracticeExam> fromA = practiceOf(a.connection());

    const StudyPackagePlan plan = merge(a, b);
    QCOMPARE(plan.practiceExamsToAdd.size(), 1);
    QCOMPARE(plan.practiceExamsAlreadyPresent, 1);
    QVERIFY2(plan.summary().contains(QStringLiteral("Practice exams: 1 new (1 already here)")),
             qPrintable(plan.summary().join(u'\n')));
    const QList<PackagePracticeExam> merged = practiceOf(b.connection());
    QCOMPARE(merged.size(), 3);
    QVERIFY(samePractice({merged.at(0), merged.at(1)}, fromA));
    QCOMPARE(merged.at(0).result.seed, bigSeed);
    // The per-objective totals read the imported answers like the local ones.
    const auto totals =
        PracticeResultRepository(b.connection()).objectiveTotals(QStringLiteral("sy0-701"));
    QCOMPARE(totals.size(), 1);
    QCOMPARE(totals.first().second, (QPair<int, int>{0, 1}));

    // Twice: nothing more.
    const QStringList before = userTables(b.connection());
    const StudyPackagePlan again = merge(a, b);
    QVERIFY(!again.hasChanges());
    QCOMPARE(again.practiceExamsAlreadyPresent, 2);
    QCOMPARE(userTables(b.connection()), before);

    // And back: A gets B's own test and ends with the same three.
    QCOMPARE(merge(b, a).practiceExamsToAdd.size(), 1);
    QVERIFY(samePractice(practiceOf(a.connection()), merged));
}

void TestStudyPackage::fsrsWeightsRule_data()
{
    // Reviews the local and the package's weights were fitted on; 0 for the defaults (local)
    // or for no weights in the package.
    QTest::addColumn<int>("local");
    QTest::addColumn<int>("theirs");
    QTest::addColumn<bool>("taken");
    QTest::addColumn<QString>("line");
    QTest::newRow("defaults take a fit")
        << 0 << 400 << true
        << "FSRS weights: the package's, fitted on 400 reviews, replace the defaults";
    QTest::newRow("a fit on more reviews wins")
        << 500 << 800 << true
        << "FSRS weights: the package's, fitted on 800 reviews, replace yours, fitted on 500";
    QTest::newRow("a fit on fewer reviews loses")
        << 800 << 500 << false
        << "FSRS weights: yours, fitted on 800 reviews, stay (the package's were fitted on 500)";
    QTest::newRow("tie keeps yours")
        << 500 << 500 << false
        << "FSRS weights: yours, fitted on 500 reviews, stay (the package's were fitted on 500)";
    QTest::newRow("no weights in the package")
        << 500 << 0 << false
        << "FSRS weights: yours, fitted on 500 reviews, stay (the package has no fitted weights)";
    QTest::newRow("neither has a fit")
        << 0 << 0 << false << "FSRS weights: the defaults stay (the package has no fitted weights)";
}

void TestStudyPackage::fsrsWeightsRule()
{
    QFETCH(int, local);
    QFETCH(int, theirs);
    QFETCH(bool, taken);
    QFETCH(QString, line);

    Learner a(QStringLiteral("a"));
    Learner b(QStringLiteral("b"));
    const StoredFsrsWeights packageWeights =
        theirs > 0 ? a.fit(theirs, 0.5, kStart + 2 * kDay) : a.weights();
    const StoredFsrsWeights own = local > 0 ? b.fit(local, 0.25, kStart + kDay) : b.weights();

    const StudyPackagePlan plan = merge(a, b);
    QCOMPARE(plan.fsrsWeightsToUse.has_value(), taken);
    QCOMPARE(plan.hasChanges(), taken);
    QVERIFY2(plan.summary().contains(line), qPrintable(plan.summary().join(u'\n')));
    QCOMPARE(b.weights(), taken ? packageWeights : own);
    // The rule holds without the database too.
    QCOMPARE(StudyPackageMerge::packageWeightsWin(own, packageWeights), taken);
    // A second import changes nothing: the weights now agree or stay.
    const StudyPackagePlan again = merge(a, b);
    QVERIFY(!again.fsrsWeightsToUse);
    if (taken)
        QVERIFY2(again.summary().contains(
                     QStringLiteral("FSRS weights: yours are already the package's (fitted on "
                                    "%1 reviews)")
                         .arg(theirs)),
                 qPrintable(again.summary().join(u'\n')));
}

// Taken weights go through the repository's apply: one undo goes back to what the learner had.
void TestStudyPackage::undoAfterAnImportedFit()
{
    Learner a(QStringLiteral("a"));
    Learner b(QStringLiteral("b"));
    Learner c(QStringLiteral("c"));
    const StoredFsrsWeights theirs = a.fit(900, 0.5, kStart + 2 * kDay);
    const StoredFsrsWeights own = b.fit(300, 0.25, kStart + kDay);

    merge(a, b);
    QCOMPARE(b.weights(), theirs);
    FsrsParametersRepository repository(b.connection());
    QCOMPARE(repository.previous(), std::optional<StoredFsrsWeights>(own));
    QVERIFY(repository.undo());
    QCOMPARE(b.weights(), own);

    // From the defaults: undo goes back to the defaults (no row at all).
    merge(a, c);
    QCOMPARE(c.weights(), theirs);
    FsrsParametersRepository fresh(c.connection());
    QVERIFY(fresh.undo());
    QVERIFY(c.weights().isDefault());
    QCOMPARE(c.weights().weights, FsrsParameters::kDefaultWeights);
}

// A package written before practice exams and weights travelled has neither list: it is read
// and merged as before, and the preview says nothing comes of them.
void TestStudyPackage::oldPackageWithoutTheNewSectionsImports()
{
    Learner a(QStringLiteral("a"));
    Learner b(QStringLiteral("b"));
    a.answer(kSsh, kStart, Rating::Good);
    a.practice(QStringLiteral("n10-009"), kStart, 1, {QStringLiteral("ssh")}, {true});
    a.fit(500, 0.5, kStart + kDay);
    QFile file(exportOf(a));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
    QVERIFY(root.contains(QStringLiteral("practiceExams")));
    QVERIFY(root.contains(QStringLiteral("fsrsWeights")));
    root.remove(QStringLiteral("practiceExams"));
    root.remove(QStringLiteral("fsrsWeights"));
    const QString old = m_files.filePath(QStringLiteral("old.json"));
    QFile out(old);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(QJsonDocument(root).toJson());
    out.close();

    QString error;
    const auto package = StudyPackage::read(old, &error);
    QVERIFY2(package, qPrintable(error));
    QVERIFY(package->practiceExams.isEmpty());
    QVERIFY(!package->fsrsWeights);
    const auto plan = StudyPackage::preview(b.connection(), *package, &error);
    QVERIFY2(plan, qPrintable(error));
    QCOMPARE(plan->reviewsToAdd.size(), 1);
    const QStringList summary = plan->summary();
    QVERIFY2(summary.contains(QStringLiteral("Practice exams: 0 new (0 already here)")),
             qPrintable(summary.join(u'\n')));
    QVERIFY2(summary.contains(
                 QStringLiteral("FSRS weights: the defaults stay (the package has no fitted "
                                "weights)")),
             qPrintable(summary.join(u'\n')));
    QVERIFY2(StudyPackage::apply(b.connection(), *plan, &error), qPrintable(error));
    QCOMPARE(reviewsOf(b.connection()).size(), 1);
    QVERIFY(practiceOf(b.connection()).isEmpty());
    QVERIFY(b.weights().isDefault());
}

PORTOLAN_TEST_GUILESS_MAIN(TestStudyPackage)
#include "tst_studypackage.moc"
