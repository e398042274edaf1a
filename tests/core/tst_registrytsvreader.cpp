// The embedded registry format: escaped fields, ranges, and errors with file:line.
#include "../support/TestMain.h"
#include "catalog/RegistryTsvReader.h"

#include <QTest>

using namespace portolan;

namespace {
const QByteArray kHeader = "# comment\nservice\tport_first\tport_last\ttransport\tdescription\t"
                           "assignee\tcontact\tregistration_date\tmodification_date\treference\t"
                           "service_code\tunauthorized_use\tassignment_notes\n";
}

class TestRegistryTsvReader : public QObject
{
    Q_OBJECT

private slots:
    void readsRowsWithEscapes()
    {
        const QByteArray tsv = kHeader +
                               "http\t80\t80\ttcp\tWorld Wide Web HTTP\t\t\t\t\t\t\t\t\n"
                               "x11\t6000\t6063\ttcp\tX Window System\t[Stuart]\t\t\t\t\t\t\tLine "
                               "one\\nline\\ttwo \\\\ end\n"
                               "\t0\t0\tudp\tReserved\t\t\t\t\t\t\t\t\n";
        RegistryTsvReader reader;
        QVERIFY2(reader.parse(tsv, QStringLiteral("r.tsv")), qPrintable(reader.errorText()));
        QCOMPARE(reader.records().size(), 3);
        QCOMPARE(reader.records().at(0).service, QStringLiteral("http"));
        QCOMPARE(reader.records().at(1).first, 6000);
        QCOMPARE(reader.records().at(1).last, 6063);
        QCOMPARE(reader.records().at(1).assignmentNotes,
                 QStringLiteral("Line one\nline\ttwo \\ end"));
        QVERIFY(reader.records().at(2).service.isEmpty());
        QCOMPARE(reader.records().at(2).transport, Transport::Udp);
    }

    // The TCP and UDP rows of a service share their strings; a field that only looks like the
    // one above before unescaping (a literal backslash-n above, an escaped newline here) does not.
    void equalFieldsAreSharedEscapedOnesAreNot()
    {
        const QByteArray tsv = kHeader + "dns\t53\t53\ttcp\tDomain a\\\\nb\t[Jon]\t\t\t\t\t\t\t\n"
                                         "dns\t53\t53\tudp\tDomain a\\nb\t[Jon]\t\t\t\t\t\t\t\n";
        RegistryTsvReader reader;
        QVERIFY2(reader.parse(tsv, QStringLiteral("r.tsv")), qPrintable(reader.errorText()));
        const RegistryRecord &tcp = reader.records().at(0);
        const RegistryRecord &udp = reader.records().at(1);
        QCOMPARE(tcp.description, QStringLiteral("Domain a\\nb"));
        QCOMPARE(udp.description, QStringLiteral("Domain a\nb"));
        QVERIFY(udp.service.isSharedWith(tcp.service));
        QVERIFY(udp.assignee.isSharedWith(tcp.assignee));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("tsv");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing header")
            << QByteArray("http\t80\n") << "r.tsv:1: expected the header";
        QTest::newRow("short row") << kHeader + "http\t80\t80\ttcp\n"
                                   << "r.tsv:3: expected 13 fields, found 4";
        QTest::newRow("port too high") << kHeader + "x\t70000\t70000\ttcp\t\t\t\t\t\t\t\t\t\n"
                                       << "r.tsv:3: bad port range";
        QTest::newRow("reversed") << kHeader + "x\t9\t8\ttcp\t\t\t\t\t\t\t\t\t\n"
                                  << "r.tsv:3: bad port range \"9-8\"";
        QTest::newRow("not a number") << kHeader + "x\tabc\tabc\ttcp\t\t\t\t\t\t\t\t\t\n"
                                      << "r.tsv:3: bad port range";
        QTest::newRow("transport") << kHeader + "x\t1\t1\tipx\t\t\t\t\t\t\t\t\t\n"
                                   << "r.tsv:3: unknown transport \"ipx\"";
    }

    void errors()
    {
        QFETCH(QByteArray, tsv);
        QFETCH(QString, expected);
        RegistryTsvReader reader;
        QVERIFY(!reader.parse(tsv, QStringLiteral("r.tsv")));
        QVERIFY2(reader.errorText().startsWith(expected), qPrintable(reader.errorText()));
    }

    // A file as large as the registry is read in two halves: every line in order, and an error
    // in either half names its own line of the file.
    void largeFilesReadInOrderWithTrueLineNumbers()
    {
        QByteArray tsv = kHeader;
        const int rows = 8000;
        for (int i = 0; i < rows; ++i)
            tsv += QByteArray("svc") + QByteArray::number(i) + '\t' + QByteArray::number(i) + '\t' +
                   QByteArray::number(i) + "\ttcp\tService number " + QByteArray::number(i) +
                   "\t[Someone]\t\t\t\t\t\t\t\n";
        QVERIFY(tsv.size() > 300 * 1024);
        RegistryTsvReader reader;
        QVERIFY2(reader.parse(tsv, QStringLiteral("big.tsv")), qPrintable(reader.errorText()));
        QCOMPARE(reader.records().size(), rows);
        for (int i = 0; i < rows; ++i)
            QCOMPARE(reader.records().at(i).first, i);
        QCOMPARE(reader.records().last().service, QStringLiteral("svc7999"));

        // Line 1 is the comment, 2 the header; row i is on line i + 3.
        for (int bad : {100, 6000}) {
            QByteArray broken = tsv;
            const QByteArray row = "\nsvc" + QByteArray::number(bad) + '\t';
            const qsizetype at = broken.indexOf(row);
            QVERIFY(at > 0);
            const qsizetype transport = broken.indexOf("tcp", at);
            broken.replace(transport, 3, "xyz");
            QVERIFY(!reader.parse(broken, QStringLiteral("big.tsv")));
            QVERIFY2(reader.errorText().startsWith(
                         QStringLiteral("big.tsv:%1: unknown transport").arg(bad + 3)),
                     qPrintable(reader.errorText()));
        }
    }
};

PORTOLAN_TEST_APPLESS_MAIN(TestRegistryTsvReader)
#include "tst_registrytsvreader.moc"
