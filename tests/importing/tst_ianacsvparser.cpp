// IANA's registry CSV: the twelve columns, quoting across lines, ranges, rows that are not
// port assignments, and every refusal with the FILE:LINE where the bad record starts.
#include "../support/TestMain.h"
#include "importing/IanaCsvParser.h"

#include <QFile>
#include <QTest>

using namespace portolan;

namespace {

const QByteArray kHeader = "Service Name,Port Number,Transport Protocol,Description,Assignee,"
                           "Contact,Registration Date,Modification Date,Reference,Service Code,"
                           "Unauthorized Use Reported,Assignment Notes\n";

QByteArray fixture()
{
    QFile f(QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/importing/data/iana-sample.csv"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int lineOf(const QByteArray &text, const QByteArray &needle)
{
    return int(text.left(text.indexOf(needle)).count('\n')) + 1;
}

const RegistryRecord *find(const QList<RegistryRecord> &records, const QString &service, int port,
                           Transport t)
{
    for (const RegistryRecord &r : records) {
        if (r.service == service && r.first == port && r.transport == t)
            return &r;
    }
    return nullptr;
}

} // namespace

class TestIanaCsvParser : public QObject
{
    Q_OBJECT

private slots:
    void readsTheSampleFile()
    {
        // Counts fixed by tests/importing/data/make-iana-sample.mjs.
        const QByteArray bytes = fixture();
        QVERIFY(!bytes.isEmpty());
        IanaCsvParser parser;
        QVERIFY2(parser.parse(bytes, QStringLiteral("iana-sample.csv")),
                 qPrintable(parser.errorText()));
        const ImportData &d = parser.data();
        QCOMPARE(d.format, ImportFormat::IanaCsv);
        QCOMPARE(d.entries, 300);
        QCOMPARE(d.records.size(), 287);
        QCOMPARE(d.withoutPort, 6);
        QCOMPARE(d.withoutTransport, 3);
        QCOMPARE(d.unassigned, 4);

        const RegistryRecord *x11 = find(d.records, QStringLiteral("x11"), 6000, Transport::Tcp);
        QVERIFY(x11);
        QCOMPARE(x11->last, 6063);
        const RegistryRecord *test =
            find(d.records, QStringLiteral("http-test"), 80, Transport::Tcp);
        QVERIFY(test);
        QCOMPARE(test->assignmentNotes,
                 QStringLiteral("Line one of the notes.\nLine two, with \"quotes\".\nLine three."));
        QCOMPARE(test->reference, QStringLiteral("[RFC9999]"));
        QCOMPARE(test->registered, QStringLiteral("2024-06-01"));
        int on80 = 0;
        for (const RegistryRecord &r : d.records)
            on80 += r.first == 80 && r.transport == Transport::Tcp ? 1 : 0;
        QCOMPARE(on80, 4); // http, www, www-http and the new http-test: all kept
        const RegistryRecord *reserved = find(d.records, QString(), 0, Transport::Tcp);
        QVERIFY(reserved);
        QCOMPARE(reserved->description, QStringLiteral("Reserved"));
    }

    void rows_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("records");
        QTest::addColumn<int>("withoutPort");
        QTest::addColumn<int>("withoutTransport");
        QTest::addColumn<int>("unassigned");
        QTest::newRow("one port") << kHeader + "http,80,tcp,World Wide Web HTTP,,,,,,,,\n"
                                  << 1 << 0 << 0 << 0;
        QTest::newRow("range") << kHeader + "x11,6000-6063,tcp,X Window System,,,,,,,,\n"
                               << 1 << 0 << 0 << 0;
        QTest::newRow("service name only")
            << kHeader + "http,80,tcp,,,,,,,,,\nairplay,,,AirPlay,,,,,,,,\n"
            << 1 << 1 << 0 << 0;
        QTest::newRow("no transport")
            << kHeader + "http,80,tcp,,,,,,,,,\nflex-lm,27000-27009,,FLEX LM,,,,,,,,\n"
            << 1 << 0 << 1 << 0;
        QTest::newRow("unassigned") << kHeader + "http,80,tcp,,,,,,,,,\n,4,tcp,Unassigned,,,,,,,,\n"
                                    << 1 << 0 << 0 << 1;
        QTest::newRow("reserved is kept") << kHeader + ",0,tcp,Reserved,,,,,,,,\n"
                                          << 1 << 0 << 0 << 0;
        QTest::newRow("several services per key")
            << kHeader + "http,80,tcp,HTTP,,,,,,,,\nwww,80,tcp,HTTP,,,,,,,,\nwww-http,80,tcp,HTTP,,"
                         ",,,,,,\n"
            << 3 << 0 << 0 << 0;
        QTest::newRow("crlf and bom")
            << "\xEF\xBB\xBF" + QByteArray(kHeader).replace("\n", "\r\n") +
                   "http,80,tcp,HTTP,,,,,,,,\r\n"
            << 1 << 0 << 0 << 0;
        QTest::newRow("header in another case") << kHeader.toUpper() + "http,80,TCP,HTTP,,,,,,,,\n"
                                                << 1 << 0 << 0 << 0;
        QTest::newRow("notes across lines")
            << kHeader + "a,1,udp,\"two\nlines\",,,,,,,,\"x, \"\"y\"\"\nz\"\nb,2,udp,,,,,,,,,\n"
            << 2 << 0 << 0 << 0;
    }

    void rows()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, records);
        QFETCH(int, withoutPort);
        QFETCH(int, withoutTransport);
        QFETCH(int, unassigned);
        IanaCsvParser parser;
        QVERIFY2(parser.parse(csv, QStringLiteral("f.csv")), qPrintable(parser.errorText()));
        QCOMPARE(parser.data().records.size(), records);
        QCOMPARE(parser.data().withoutPort, withoutPort);
        QCOMPARE(parser.data().withoutTransport, withoutTransport);
        QCOMPARE(parser.data().unassigned, unassigned);
    }

    // Before: a row pasted a thousand times was stored a thousand times and listed 1,000 times
    // by lookup. Rows that differ in any field (here the description) are all kept.
    void identicalRowsAreKeptOnce()
    {
        const QByteArray row = "myproto,40001,tcp,My Protocol,,,,,,,,\n";
        QByteArray bytes = kHeader;
        for (int i = 0; i < 1000; ++i)
            bytes += row;
        bytes += "myproto,40001,tcp,My Protocol (v2),,,,,,,,\n";
        IanaCsvParser parser;
        QVERIFY2(parser.parse(bytes, QStringLiteral("dup.csv")), qPrintable(parser.errorText()));
        QCOMPARE(parser.data().records.size(), 2);
        QCOMPARE(parser.data().duplicates, 999);
        QCOMPARE(parser.data().records.at(0).description, QStringLiteral("My Protocol"));
        QCOMPARE(parser.data().records.at(1).description, QStringLiteral("My Protocol (v2)"));
    }

    void fieldsAreCleaned()
    {
        IanaCsvParser parser;
        QVERIFY(parser.parse(kHeader + " http , 80 ,TCP,\"  World Wide Web\r\n\",[A],[B],2001-01,"
                                       "2020-02-02,[RFC1],7,yes,\" note \"\n",
                             QStringLiteral("f.csv")));
        const RegistryRecord &r = parser.data().records.first();
        QCOMPARE(r.service, QStringLiteral("http"));
        QCOMPARE(r.first, 80);
        QCOMPARE(r.transport, Transport::Tcp);
        QCOMPARE(r.description, QStringLiteral("World Wide Web"));
        QCOMPARE(r.assignee, QStringLiteral("[A]"));
        QCOMPARE(r.contact, QStringLiteral("[B]"));
        QCOMPARE(r.registered, QStringLiteral("2001-01"));
        QCOMPARE(r.modified, QStringLiteral("2020-02-02"));
        QCOMPARE(r.reference, QStringLiteral("[RFC1]"));
        QCOMPARE(r.serviceCode, QStringLiteral("7"));
        QCOMPARE(r.unauthorizedUse, QStringLiteral("yes"));
        QCOMPARE(r.assignmentNotes, QStringLiteral("note"));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("expected");
        const QByteArray ok = "http,80,tcp,HTTP,,,,,,,,\n";
        QTest::newRow("empty file") << QByteArray() << "f.csv:1: the file is empty";
        QTest::newRow("only blank lines") << QByteArray("\n\n  \n") << "f.csv:1: the file is empty";
        QTest::newRow("not the header")
            << QByteArray("port,service\n80,http\n") << "f.csv:1: not an IANA registry CSV";
        QTest::newRow("header missing a column")
            << QByteArray("Service Name,Port Number,Transport Protocol,Description\n") + ok
            << "f.csv:1: not an IANA registry CSV";
        QTest::newRow("only the header") << kHeader << "no port assignments";
        QTest::newRow("row with 11 fields") << kHeader + ok + "ssh,22,tcp,SSH,,,,,,,\n"
                                            << "f.csv:3: expected 12 fields, found 11";
        QTest::newRow("row with 13 fields") << kHeader + ok + ok + "ssh,22,tcp,SSH,,,,,,,,,\n"
                                            << "f.csv:4: expected 12 fields, found 13";
        QTest::newRow("unterminated quote at eof")
            << kHeader + ok + ok + "ssh,22,tcp,\"The Secure Shell\n(SSH) Protoc"
            << "f.csv:4: a quoted field is never closed";
        QTest::newRow("port 70000") << kHeader + ok + "big,70000,tcp,,,,,,,,,\n"
                                    << "f.csv:3: port number \"70000\" is out of range";
        QTest::newRow("range end too high")
            << kHeader + "r,65000-65536,udp,,,,,,,,,\n"
            << "f.csv:2: port number \"65000-65536\" is out of range";
        QTest::newRow("reversed range") << kHeader + ok + "x11,6063-6000,tcp,,,,,,,,,\n"
                                        << "f.csv:3: reversed port range \"6063-6000\"";
        QTest::newRow("port not a number") << kHeader + "x,eighty,tcp,,,,,,,,,\n"
                                           << "f.csv:2: bad port number \"eighty\"";
        QTest::newRow("negative port") << kHeader + "x,-1,tcp,,,,,,,,,\n"
                                       << "f.csv:2: bad port number \"-1\"";
        QTest::newRow("unknown transport") << kHeader + ok + "x,9,ipx,,,,,,,,,\n"
                                           << "f.csv:3: unknown transport protocol \"ipx\"";
        QTest::newRow("binary junk")
            << kHeader + ok + QByteArray("x,9,tcp,\0\x01\x02,,,,,,,,\n", 20)
            << "f.csv:3: binary data";
        QTest::newRow("not utf-8") << kHeader + ok + ok + ok + "caf\xE9,9,tcp,,,,,,,,,\n"
                                   << "f.csv:5: not UTF-8 text";
        QTest::newRow("junk after a quote") << kHeader + "\"http\"x,80,tcp,,,,,,,,,\n"
                                            << "f.csv:2: unexpected \"x\" after a closing quote";
    }

    void refusals()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, expected);
        IanaCsvParser parser;
        QVERIFY(!parser.parse(csv, QStringLiteral("f.csv")));
        QVERIFY2(parser.errorText().contains(expected), qPrintable(parser.errorText()));
        QVERIFY(parser.data().records.isEmpty());
    }

    void truncatedSampleNamesTheRecordWhereItStarts()
    {
        // Cut inside the notes that span lines 2-4 of http-test's record: the error names the
        // line where that record starts, not where the file ends.
        const QByteArray bytes = fixture();
        const QByteArray cut = bytes.left(bytes.indexOf("Line two, with"));
        const int line = lineOf(bytes, "http-test,80,tcp");
        QVERIFY(line > 10);
        IanaCsvParser parser;
        QVERIFY(!parser.parse(cut, QStringLiteral("iana.csv")));
        QCOMPARE(
            parser.errorText(),
            QStringLiteral("iana.csv:%1: a quoted field is never closed (the file ends inside it)")
                .arg(line));
    }

    void garbledSampleLine()
    {
        // A row of the sample with a field dropped: its physical line, past multi-line records.
        QByteArray bytes = fixture();
        const qsizetype at = bytes.indexOf("portolan-a,47001,tcp,");
        bytes.replace(at, 21, "portolan-a,47001,");
        IanaCsvParser parser;
        QVERIFY(!parser.parse(bytes, QStringLiteral("iana.csv")));
        QCOMPARE(parser.errorText(), QStringLiteral("iana.csv:%1: expected 12 fields, found 11")
                                         .arg(lineOf(bytes, "portolan-a,47001,")));
    }
};

PORTOLAN_TEST_APPLESS_MAIN(TestIanaCsvParser)
#include "tst_ianacsvparser.moc"
