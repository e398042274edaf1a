// Exports of the current view: RFC 4180 CSV with a header and both kinds of row, JSON in the
// lookup's shape, rows in view order, and atomic writes.
#include "../support/TestMain.h"
#include "catalog/Catalog.h"
#include "exporting/CatalogExport.h"
#include "importing/CsvReader.h"
#include "models/PortFilterProxyModel.h"
#include "models/PortTableModel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace portolan;

namespace {

Catalog sampleCatalog()
{
    Protocol p;
    p.key = QStringLiteral("dhcp");
    p.abbreviation = QStringLiteral("DHCP");
    p.name = QStringLiteral("Dynamic Host Configuration Protocol");
    p.summary = QStringLiteral("Leases addresses.");
    p.ports = {{67, 67, Transport::Udp, QStringLiteral("server"), QStringLiteral("bootps"), {}},
               {68, 68, Transport::Udp, QStringLiteral("client"), QStringLiteral("bootpc"), {}}};
    p.security = Security::Insecure;
    p.securityReason = QStringLiteral("No authentication, \"anyone\" can answer.");
    p.exams = {{QStringLiteral("n10-009"), {}, QStringLiteral("1.4"), false},
               {QStringLiteral("220-1101"), {}, QStringLiteral("2.1"), false}};
    p.sources = {QStringLiteral("RFC 2131")};
    p.notes = QStringLiteral("Line one,\nline two.");
    RegistryRecord bootps;
    bootps.service = QStringLiteral("bootps");
    bootps.first = bootps.last = 67;
    bootps.transport = Transport::Udp;
    bootps.description = QStringLiteral("Bootstrap Protocol Server");
    bootps.assignee = QStringLiteral("[Bill_Croft]");
    RegistryRecord x11;
    x11.service = QStringLiteral("x11");
    x11.first = 6000;
    x11.last = 6063;
    x11.transport = Transport::Tcp;
    x11.description = QStringLiteral("X Window System");
    x11.assignmentNotes = QStringLiteral("=cmd|' /C calc'!A0"); // kept as text, quoted when needed
    Catalog c;
    c.setData({p}, {bootps, x11},
              OpenFrequencies({{67, Transport::Udp, 0.2, {}}, {6001, Transport::Tcp, 0.0003, {}}}));
    return c;
}

QList<QStringList> parseCsv(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    CsvReader reader(text);
    QList<QStringList> out;
    QStringList fields;
    while (reader.next(&fields) == CsvReader::Status::Record)
        out << fields;
    return out;
}

} // namespace

class TestCatalogExport : public QObject
{
    Q_OBJECT

private slots:
    void csvHasAHeaderAndBothKindsOfRow()
    {
        const Catalog c = sampleCatalog();
        const QByteArray csv = CatalogExport::toCsv(c, {0, 1, 2});
        QVERIFY(csv.startsWith("origin,key,name,description,ports,"));
        QVERIFY(csv.contains("\r\n"));
        const QList<QStringList> rows = parseCsv(csv);
        QCOMPARE(rows.size(), 4);
        const QStringList header = rows.first();
        QCOMPARE(header, CatalogExport::csvColumns());
        for (const QStringList &r : rows)
            QCOMPARE(r.size(), header.size());
        const auto at = [&](int row, const char *column) {
            return rows.at(row).at(header.indexOf(QLatin1String(column)));
        };
        // Catalog order: DHCP (curated) first on 67, then bootps, then x11.
        QCOMPARE(at(1, "origin"), QStringLiteral("curated"));
        QCOMPARE(at(1, "key"), QStringLiteral("dhcp"));
        QCOMPARE(at(1, "ports"), QStringLiteral("67/udp; 68/udp"));
        QCOMPARE(at(1, "security"), QStringLiteral("insecure"));
        QCOMPARE(at(1, "security_reason"),
                 QStringLiteral("No authentication, \"anyone\" can answer."));
        QCOMPARE(at(1, "notes"), QStringLiteral("Line one,\nline two."));
        QCOMPARE(at(1, "exams"), QStringLiteral("n10-009; 220-1101"));
        QCOMPARE(at(1, "how_common"), QStringLiteral("0.2"));
        QCOMPARE(at(2, "origin"), QStringLiteral("registry"));
        QCOMPARE(at(2, "name"), QStringLiteral("bootps"));
        QCOMPARE(at(2, "assignee"), QStringLiteral("[Bill_Croft]"));
        QCOMPARE(at(2, "explained_by"), QStringLiteral("dhcp"));
        QCOMPARE(at(3, "ports"), QStringLiteral("6000-6063/tcp"));
        QCOMPARE(at(3, "range_class"), QStringLiteral("user"));
        QCOMPARE(at(3, "how_common"), QStringLiteral("0.0003"));
        QCOMPARE(at(3, "assignment_notes"), QStringLiteral("=cmd|' /C calc'!A0"));
        QVERIFY(csv.contains("\"Line one,\nline two.\""));
    }

    void jsonHasTheLookupShape()
    {
        const Catalog c = sampleCatalog();
        const QJsonObject doc =
            QJsonDocument::fromJson(CatalogExport::toJson(c, {2, 0}, "x11 OR dhcp")).object();
        QCOMPARE(doc.value(QStringLiteral("query")).toString(), QStringLiteral("x11 OR dhcp"));
        QCOMPARE(doc.value(QStringLiteral("count")).toInt(), 2);
        const QJsonArray results = doc.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("service")).toString(),
                 QStringLiteral("x11"));
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("how_common")).toDouble(), 0.0003);
        QCOMPARE(results.at(0)
                     .toObject()
                     .value(QStringLiteral("ports"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("to"))
                     .toInt(),
                 6063);
        QCOMPARE(results.at(1).toObject().value(QStringLiteral("key")).toString(),
                 QStringLiteral("dhcp"));
        QCOMPARE(results.at(1).toObject().value(QStringLiteral("notes")).toString(),
                 QStringLiteral("Line one,\nline two."));
    }

    void rowsFollowTheView()
    {
        const Catalog c = sampleCatalog();
        PortTableModel model;
        model.setCatalog(&c);
        PortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(PortTableModel::HowCommon, Qt::DescendingOrder);
        QCOMPARE(CatalogExport::rowsInView(proxy), (QList<int>{0, 1, 2}));
        proxy.sort(PortTableModel::HowCommon, Qt::AscendingOrder);
        QCOMPARE(CatalogExport::rowsInView(proxy), (QList<int>{2, 0, 1}));
        proxy.setSearchText(QStringLiteral("x11"));
        QCOMPARE(CatalogExport::rowsInView(proxy), QList<int>{2});
    }

    void formats_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("format"); // -1: none
        QTest::newRow("csv") << "out.csv" << int(CatalogExport::Format::Csv);
        QTest::newRow("JSON in capitals") << "/tmp/OUT.JSON" << int(CatalogExport::Format::Json);
        QTest::newRow("no extension") << "out" << -1;
        QTest::newRow("xml") << "out.xml" << -1;
        QTest::newRow("markdown") << "sheet.md" << int(CatalogExport::Format::Markdown);
        QTest::newRow("pdf") << "sheet.pdf" << int(CatalogExport::Format::Pdf);
    }

    void formats()
    {
        QFETCH(QString, name);
        QFETCH(int, format);
        const auto f = CatalogExport::formatFromFileName(name);
        QCOMPARE(f ? int(*f) : -1, format);
    }

    void markdownCheatSheet()
    {
        Catalog c = sampleCatalog();
        const QString md = QString::fromUtf8(CatalogExport::encode(
            CatalogExport::Format::Markdown, c, {0, 1, 2}, QStringLiteral("a|b")));
        // Grouped by range class, each group a table; the query shown with its pipe escaped.
        QVERIFY(md.contains(QStringLiteral("## System ports (0–1023)")));
        QVERIFY(md.contains(QStringLiteral("## User ports (1024–49151)")));
        QVERIFY(md.indexOf(QStringLiteral("System ports")) <
                md.indexOf(QStringLiteral("User ports")));
        QVERIFY(md.contains(QStringLiteral("Search: a\\|b")));
        // Security is a symbol and a word, never colour alone.
        QVERIFY(md.contains(QStringLiteral("| 67, 68 | UDP | DHCP | ✖ insecure | Dynamic Host")));
        QVERIFY(md.contains(QStringLiteral("| 6000–6063 | TCP | x11 |")));
    }

    // FTP lists its control port first in the reference; the cheat sheet shows ports in port
    // order, as the window's table does.
    void cheatSheetPortsInPortOrder()
    {
        Protocol ftp;
        ftp.key = QStringLiteral("ftp");
        ftp.abbreviation = QStringLiteral("FTP");
        ftp.name = QStringLiteral("File Transfer Protocol");
        ftp.ports = {
            {21, 21, Transport::Tcp, QStringLiteral("control"), QStringLiteral("ftp"), {}},
            {20, 20, Transport::Tcp, QStringLiteral("data"), QStringLiteral("ftp-data"), {}}};
        ftp.security = Security::Insecure;
        Catalog c;
        c.setData({ftp}, {});
        const QString md =
            QString::fromUtf8(CatalogExport::encode(CatalogExport::Format::Markdown, c, {0}, {}));
        QVERIFY2(md.contains(QStringLiteral("| 20, 21 | TCP | FTP |")), qPrintable(md));
    }

    void markdownEscapesHostileText()
    {
        Catalog c = sampleCatalog();
        QList<RegistryRecord> registry = c.registry();
        registry[1].description = QStringLiteral("<script>x</script> | *bold*\nnext\u202Eline");
        Catalog hostile;
        hostile.setData(c.protocols(), registry);
        const QString md = QString::fromUtf8(
            CatalogExport::encode(CatalogExport::Format::Markdown, hostile, {2}, {}));
        const QString row =
            md.section(QStringLiteral("| 6000"), 1).section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(
            row.contains(QStringLiteral("\\<script\\>x\\</script\\> \\| \\*bold\\* next line")),
            qPrintable(row));
        QVERIFY(!md.contains(QChar(0x202E)));
    }

    void ankiCards()
    {
        const Catalog c = sampleCatalog();
        const QString tsv =
            QString::fromUtf8(CatalogExport::encode(CatalogExport::Format::Anki, c, {0, 1, 2}, {}));
        const QStringList lines = tsv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.at(0), QStringLiteral("#separator:tab"));
        QCOMPARE(lines.at(2), QStringLiteral("#tags column:3"));
        // Registry rows have no cards: two notes, both for DHCP, three fields each, tagged.
        QCOMPARE(lines.size(), 5);
        for (const QString &line : lines.mid(3)) {
            const QStringList fields = line.split(QLatin1Char('\t'));
            QCOMPARE(fields.size(), 3);
            QCOMPARE(fields.at(2), QStringLiteral("portolan n10-009 220-1101"));
        }
        QCOMPARE(
            lines.at(3),
            QStringLiteral("Which port does DHCP use?\t67/udp, 68/udp\tportolan n10-009 220-1101"));
        QVERIFY(
            lines.at(4).startsWith(QStringLiteral("What runs on 67/udp, 68/udp?\tDHCP (Dynamic "
                                                  "Host Configuration Protocol) — ✖ insecure")));
    }
};

PORTOLAN_TEST_GUILESS_MAIN(TestCatalogExport)
#include "tst_catalogexport.moc"
