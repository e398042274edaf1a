// Untrusted text in exports (catalog/CatalogExport): CSV and JSON carry every description and
// note exactly as the data holds it (markup, a 10,000-character line, control characters,
// bidirectional overrides), quoted so that it cannot break the file's structure.

#include "../support/TestMain.h"
#include "UntrustedText.h"
#include "exporting/CatalogExport.h"
#include "importing/CsvReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

using namespace portolan;
using namespace portolan::testing;

class TestUntrustedExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void csvKeepsTextExactly_data();
    void csvKeepsTextExactly();
    void jsonKeepsTextExactly_data();
    void jsonKeepsTextExactly();
};

namespace {

// The fields that hold text from the data, per kind of row.
const QStringList kCuratedCsv =
    QStringLiteral("name description security_reason summary official_vs_common notes sources")
        .split(u' ');
const QStringList kRegistryCsv =
    QStringLiteral("name description assignee contact registration_date modification_date "
                   "reference service_code unauthorized_use_reported assignment_notes")
        .split(u' ');
const QStringList kCuratedJson =
    QStringLiteral("abbreviation name summary security_reason official_vs_common notes")
        .split(u' ');
const QStringList kRegistryJson =
    QStringLiteral("service description assignee contact registration_date modification_date "
                   "reference service_code unauthorized_use_reported assignment_notes")
        .split(u' ');

QList<int> allRows(const Catalog &catalog)
{
    QList<int> rows;
    for (int i = 0; i < catalog.rows().size(); ++i)
        rows << i;
    return rows;
}

} // namespace

void TestUntrustedExport::csvKeepsTextExactly_data()
{
    addHostileRows();
    // Line ends and quotes inside a field are what RFC 4180 quoting is for. (CR LF is left
    // out: the reader used here turns it into LF on purpose.)
    QTest::newRow("line ends and quotes")
        << QStringLiteral("one\ntwo\rthree \"four\",\"\", five") << QString();
}

void TestUntrustedExport::csvKeepsTextExactly()
{
    QFETCH(QString, text);
    const Catalog catalog = hostileCatalog(text);
    const QByteArray csv = CatalogExport::toCsv(catalog, allRows(catalog));

    const QString decoded = QString::fromUtf8(csv);
    CsvReader reader(decoded);
    QStringList header;
    QCOMPARE(reader.next(&header), CsvReader::Status::Record);
    QCOMPARE(header, CatalogExport::csvColumns());

    int records = 0;
    QStringList fields;
    CsvReader::Status status;
    while ((status = reader.next(&fields)) == CsvReader::Status::Record) {
        ++records;
        QCOMPARE(fields.size(), header.size());
        const bool curated =
            fields.at(header.indexOf(QStringLiteral("origin"))) == QLatin1String("curated");
        const QStringList &fromData = curated ? kCuratedCsv : kRegistryCsv;
        for (const QString &name : fromData)
            QVERIFY2(fields.at(header.indexOf(name)) == text, qPrintable(name));
    }
    QCOMPARE(status, CsvReader::Status::End);
    QCOMPARE(records, catalog.rows().size());
}

void TestUntrustedExport::jsonKeepsTextExactly_data()
{
    addHostileRows();
}

void TestUntrustedExport::jsonKeepsTextExactly()
{
    QFETCH(QString, text);
    const Catalog catalog = hostileCatalog(text);
    const QByteArray json = CatalogExport::toJson(catalog, allRows(catalog), text);

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.object().value(QLatin1String("query")).toString(), text);
    const QJsonArray results = doc.object().value(QLatin1String("results")).toArray();
    QCOMPARE(results.size(), catalog.rows().size());
    for (const QJsonValue &v : results) {
        const QJsonObject o = v.toObject();
        const bool curated =
            o.value(QLatin1String("origin")).toString() == QLatin1String("curated");
        const QStringList &fromData = curated ? kCuratedJson : kRegistryJson;
        for (const QString &name : fromData)
            QVERIFY2(o.value(name).toString() == text, qPrintable(name));
        if (curated) {
            QCOMPARE(o.value(QLatin1String("sources")).toArray().first().toString(), text);
            const QJsonObject port = o.value(QLatin1String("ports")).toArray().first().toObject();
            QCOMPARE(port.value(QLatin1String("role")).toString(), text);
            QCOMPARE(port.value(QLatin1String("iana")).toString(), text);
        }
    }
}

PORTOLAN_TEST_GUILESS_MAIN(TestUntrustedExport)
#include "tst_untrustedexport.moc"
