// The import plan: counts and examples per format, the rules of each format (an IANA CSV
// replaces, services add, nmap-services only sets frequencies), and "nothing to do" when the
// same data comes again.
#include "../support/TestMain.h"
#include "importing/ImportPlan.h"

#include <QTest>

using namespace portolan;

namespace {

RegistryRecord rec(const QString &service, int port, Transport t, const QString &description)
{
    RegistryRecord r;
    r.service = service;
    r.first = r.last = port;
    r.transport = t;
    r.description = description;
    return r;
}

ImportState state()
{
    ImportState s;
    s.registry = {rec("", 0, Transport::Tcp, "Reserved"), rec("ssh", 22, Transport::Tcp, "SSH"),
                  rec("http", 80, Transport::Tcp, "World Wide Web HTTP"),
                  rec("www", 80, Transport::Tcp, "World Wide Web HTTP"),
                  rec("klogin", 543, Transport::Tcp, "")};
    s.frequencies = OpenFrequencies({{80, Transport::Tcp, 0.4, {}}});
    s.generation = 7;
    return s;
}

ImportData data(ImportFormat format, const QList<RegistryRecord> &records)
{
    ImportData d;
    d.format = format;
    d.fileName = QStringLiteral("file");
    d.records = records;
    d.entries = int(records.size());
    return d;
}

// The state after applying a plan, as the database would hold it.
ImportState after(const ImportState &before, const ImportPlan &plan)
{
    ImportState s = before;
    if (plan.format() == ImportFormat::NmapServices)
        s.frequencies = before.frequencies.overriddenBy(OpenFrequencies(plan.frequencies()));
    else
        s.registry = plan.registry();
    s.generation = before.generation + 1;
    return s;
}

} // namespace

class TestImportPlan : public QObject
{
    Q_OBJECT

private slots:
    void ianaCsvReplacesTheRegistry()
    {
        const ImportPlan plan = ImportPlan::make(
            state(), data(ImportFormat::IanaCsv,
                          {rec("http", 80, Transport::Tcp, "HTTP"),               // changed
                           rec("www", 80, Transport::Tcp, "World Wide Web HTTP"), // same
                           rec("", 0, Transport::Tcp, "Reserved"),                // same
                           rec("mongodb", 27017, Transport::Tcp, "MongoDB")}));   // added
        QCOMPARE(plan.added(), 1);
        QCOMPARE(plan.changed(), 1);
        QCOMPARE(plan.removed(), 2); // klogin and ssh are not in the file
        QCOMPARE(plan.unchanged(), 2);
        QVERIFY(plan.hasChanges());
        QCOMPARE(plan.generation(), 7);
        QCOMPARE(plan.addedExamples(), QStringList{"27017/tcp mongodb — MongoDB"});
        QCOMPARE(plan.changedExamples(),
                 QStringList{"80/tcp http — description: “World Wide Web HTTP” → “HTTP”"});
        QCOMPARE(plan.removedExamples(), (QStringList{"22/tcp ssh — SSH", "543/tcp klogin"}));
        QCOMPARE(plan.registry().size(), 4);
        QCOMPARE(plan.registry().first().first, 0); // in registry order
        QVERIFY(plan.services().isEmpty());
        QCOMPARE(plan.summary(), QStringLiteral("1 added, 1 changed, 2 removed"));
    }

    void servicesNeverRemove()
    {
        const ImportPlan plan = ImportPlan::make(
            state(), data(ImportFormat::Services,
                          {rec("http", 80, Transport::Tcp, "WorldWideWeb HTTP"),    // known
                           rec("klogin", 543, Transport::Tcp, "Kerberized rlogin"), // fills
                           rec("myapp", 8000, Transport::Tcp, "My app")}));         // new
        QCOMPARE(plan.removed(), 0);
        QCOMPARE(plan.added(), 1);
        QCOMPARE(plan.changed(), 1);
        QCOMPARE(plan.unchanged(), 1);
        QCOMPARE(plan.registry().size(), 6);
        QCOMPARE(plan.services().size(), 2);
        QCOMPARE(plan.changedExamples(),
                 QStringList{"543/tcp klogin — description: “” → “Kerberized rlogin”"});
    }

    void nmapOnlySetsFrequencies()
    {
        ImportData d;
        d.format = ImportFormat::NmapServices;
        d.fileName = QStringLiteral("nmap-services");
        d.frequencies = {{80, Transport::Tcp, 0.484143, QStringLiteral("http")},
                         {22, Transport::Tcp, 0.18, QStringLiteral("ssh")},
                         {9, Transport::Udp, 0.4, QStringLiteral("discard")},
                         {9, Transport::Udp, 0.0, QStringLiteral("discard")}}; // later line wins
        const ImportState before = state();
        const ImportPlan plan = ImportPlan::make(before, d);
        QCOMPARE(plan.added(), 2);
        QCOMPARE(plan.changed(), 1);
        QCOMPARE(plan.removed(), 0);
        QVERIFY(plan.registry().isEmpty()); // the registry is not part of an nmap import
        QCOMPARE(plan.frequencies().size(), 3);
        QCOMPARE(plan.changedExamples(), QStringList{"80/tcp http — how common: 40.0% → 48.4%"});
        QVERIFY(plan.addedExamples().contains(QStringLiteral("9/udp discard — how common: 0%")));

        const ImportPlan again = ImportPlan::make(after(before, plan), d);
        QVERIFY(!again.hasChanges());
        QCOMPARE(again.unchanged(), 3);
    }

    void sameFileTwiceChangesNothing_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QList<RegistryRecord>>("records");
        const QList<RegistryRecord> records = {rec("http", 80, Transport::Tcp, "HTTP"),
                                               rec("klogin", 543, Transport::Tcp, "Kerberos"),
                                               rec("new", 9999, Transport::Udp, "New")};
        QTest::newRow("iana csv") << int(ImportFormat::IanaCsv) << records;
        QTest::newRow("services") << int(ImportFormat::Services) << records;
    }

    void sameFileTwiceChangesNothing()
    {
        QFETCH(int, format);
        QFETCH(QList<RegistryRecord>, records);
        const ImportState before = state();
        const ImportPlan first = ImportPlan::make(before, data(ImportFormat(format), records));
        QVERIFY(first.hasChanges());
        const ImportPlan second =
            ImportPlan::make(after(before, first), data(ImportFormat(format), records));
        QVERIFY(!second.hasChanges());
        QCOMPARE(second.added() + second.changed() + second.removed(), 0);
        QVERIFY(second.addedExamples().isEmpty());
    }

    void examplesAreCapped()
    {
        QList<RegistryRecord> many;
        for (int p = 1000; p < 1020; ++p)
            many << rec(QStringLiteral("s%1").arg(p), p, Transport::Tcp, "x");
        const ImportPlan plan = ImportPlan::make(state(), data(ImportFormat::IanaCsv, many));
        QCOMPARE(plan.added(), 20);
        QCOMPARE(plan.addedExamples().size(), ImportPlan::kExamples);
        QCOMPARE(plan.removed(), 5);
        QCOMPARE(plan.removedExamples().size(), 5);
    }

    void changeShowsWhereLongTextsDiffer()
    {
        ImportState s;
        s.registry = {rec("a", 1, Transport::Tcp,
                          "A very long description that goes on and on before it changes HERE")};
        ImportData d =
            data(ImportFormat::IanaCsv,
                 {rec("a", 1, Transport::Tcp,
                      "A very long description that goes on and on before it changes THERE")});
        d.records[0].reference = QStringLiteral("[RFC1]");
        const ImportPlan plan = ImportPlan::make(s, d);
        QCOMPARE(plan.changed(), 1);
        const QString line = plan.changedExamples().first();
        QVERIFY2(line.contains(QStringLiteral("HERE”")) && line.contains(QStringLiteral("THERE”")),
                 qPrintable(line));
        QVERIFY(line.endsWith(QStringLiteral("(and 1 more field)")));
    }

    void notesSayWhatIsNotImported()
    {
        ImportData d = data(ImportFormat::IanaCsv, {rec("http", 80, Transport::Tcp, "HTTP")});
        d.withoutPort = 812;
        d.withoutTransport = 1;
        d.unassigned = 3;
        d.duplicates = 999;
        const ImportPlan plan = ImportPlan::make(state(), d);
        const QString notes = plan.notes().join(QLatin1Char('\n'));
        QVERIFY(notes.contains(QStringLiteral("replaces the registry")));
        QVERIFY(notes.contains(QStringLiteral("study set and your own data")));
        QVERIFY(notes.contains(QStringLiteral("812 service names without a port number")));
        QVERIFY(notes.contains(QStringLiteral("1 row without a transport protocol")));
        QVERIFY(notes.contains(QStringLiteral("3 unassigned or de-registered rows")));
        QVERIFY(notes.contains(QStringLiteral("999 rows repeat earlier rows exactly")));
    }
};

PORTOLAN_TEST_APPLESS_MAIN(TestImportPlan)
#include "tst_importplan.moc"
