// RFC 4180 records: quoting, fields across lines, line ends, and the line each record starts on.
#include "../support/TestMain.h"
#include "importing/CsvReader.h"

#include <QTest>

using namespace portolan;

namespace {

struct Read
{
    QList<QStringList> records;
    QList<int> lines;
    QString error;
    int errorLine = 0;
};

Read readAll(const QString &text)
{
    Read out;
    CsvReader reader(text);
    QStringList fields;
    CsvReader::Status status;
    while ((status = reader.next(&fields)) == CsvReader::Status::Record) {
        out.records << fields;
        out.lines << reader.recordLine();
    }
    if (status == CsvReader::Status::Error) {
        out.error = reader.errorText();
        out.errorLine = reader.recordLine();
    }
    return out;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void records_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<QStringList>>("records");
        QTest::addColumn<QList<int>>("lines");
        QTest::newRow("plain") << "a,b,c\n1,2,3\n"
                               << QList<QStringList>{{"a", "b", "c"}, {"1", "2", "3"}}
                               << QList<int>{1, 2};
        QTest::newRow("no final line end")
            << "a,b\n1,2" << QList<QStringList>{{"a", "b"}, {"1", "2"}} << QList<int>{1, 2};
        QTest::newRow("crlf") << "a,b\r\n1,2\r\n"
                              << QList<QStringList>{{"a", "b"}, {"1", "2"}} << QList<int>{1, 2};
        QTest::newRow("empty fields") << ",,\n"
                                      << QList<QStringList>{{"", "", ""}} << QList<int>{1};
        QTest::newRow("quoted comma and quote")
            << "\"a,b\",\"say \"\"hi\"\"\",c\n"
            << QList<QStringList>{{"a,b", "say \"hi\"", "c"}} << QList<int>{1};
        QTest::newRow("field across lines")
            << "x,\"one\ntwo\nthree\",y\nnext,2,3\n"
            << QList<QStringList>{{"x", "one\ntwo\nthree", "y"}, {"next", "2", "3"}}
            << QList<int>{1, 4};
        QTest::newRow("crlf inside a field becomes lf")
            << "\"a\r\nb\",c\r\nd,e\r\n"
            << QList<QStringList>{{"a\nb", "c"}, {"d", "e"}} << QList<int>{1, 3};
        QTest::newRow("blank lines skipped")
            << "a\n\n\nb\n"
            << QList<QStringList>{{"a"}, {"b"}} << QList<int>{1, 4};
        QTest::newRow("empty quoted") << "\"\",x\n"
                                      << QList<QStringList>{{"", "x"}} << QList<int>{1};
        QTest::newRow("quote inside unquoted field is kept")
            << "5\" disk,x\n"
            << QList<QStringList>{{"5\" disk", "x"}} << QList<int>{1};
    }

    void records()
    {
        QFETCH(QString, text);
        QFETCH(QList<QStringList>, records);
        QFETCH(QList<int>, lines);
        const Read r = readAll(text);
        QCOMPARE(r.error, QString());
        QCOMPARE(r.records, records);
        QCOMPARE(r.lines, lines);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("unterminated at eof") << "a,b\nc,\"never closed\nmore\n"
                                             << 2 << "never closed";
        QTest::newRow("unterminated after lines") << "a\nb\n\"x\ny\nz" << 3 << "never closed";
        QTest::newRow("junk after closing quote") << "a\n\"b\"c,d\n"
                                                  << 2 << "after a closing quote";
    }

    void errors()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(QString, message);
        const Read r = readAll(text);
        QVERIFY2(r.error.contains(message), qPrintable(r.error));
        QCOMPARE(r.errorLine, line);
    }

    void endIsSticky()
    {
        CsvReader reader(QStringLiteral("a\n"));
        QStringList f;
        QCOMPARE(reader.next(&f), CsvReader::Status::Record);
        QCOMPARE(reader.next(&f), CsvReader::Status::End);
        QCOMPARE(reader.next(&f), CsvReader::Status::End);
        QVERIFY(f.isEmpty());
    }
};

PORTOLAN_TEST_APPLESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
