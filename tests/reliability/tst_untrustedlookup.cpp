// Untrusted text on the terminal (cli/LookupPrinter): registry descriptions and notes reach
// the terminal with control characters and bidirectional overrides as visible escapes, so no
// escape sequence runs and nothing is reordered; markup is shown as the text it is; JSON keeps
// the text exactly and is still safe to print.

#include "../support/TestMain.h"
#include "LookupPrinter.h"
#include "UntrustedText.h"
#include "domain/SafeText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextStream>

using namespace portolan;
using namespace portolan::testing;

class TestUntrustedLookup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void tableShowsEscapes_data() { addHostileRows(); }
    void tableShowsEscapes();
    void detailsShowEscapes_data() { addHostileRows(); }
    void detailsShowEscapes();
    void jsonKeepsTextAndIsSafe_data() { addHostileRows(); }
    void jsonKeepsTextAndIsSafe();
};

namespace {

// Nothing a terminal would act on: no control character but the line end, no DEL, no C1
// control, no bidirectional control.
bool terminalSafe(const QString &out, QString *offending)
{
    for (const QString &line : out.split(QLatin1Char('\n'))) {
        if (visibleText(line) != line) {
            *offending = line.left(80);
            return false;
        }
    }
    return true;
}

// The printer's word wrap undone: continuation lines joined back with one space.
QString unwrapped(const QString &out)
{
    static const QRegularExpression continuation(QStringLiteral("\n {26}"));
    return QString(out).replace(continuation, QStringLiteral(" "));
}

} // namespace

void TestUntrustedLookup::tableShowsEscapes()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    const Catalog catalog = hostileCatalog(text);
    QString out;
    QTextStream stream(&out);
    LookupPrinter(catalog, stream).printTable({curatedRow(catalog), registryRow(catalog)}, 0, 100);
    stream.flush();

    QString offending;
    QVERIFY2(terminalSafe(out, &offending), qPrintable(offending));
    // The name column is never cut: the service name as the data holds it, made visible.
    QVERIFY(out.contains(shown));
}

void TestUntrustedLookup::detailsShowEscapes()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    const Catalog catalog = hostileCatalog(text);
    QString out;
    QTextStream stream(&out);
    LookupPrinter(catalog, stream).printDetails(curatedRow(catalog), 100);
    stream.flush();

    QString offending;
    QVERIFY2(terminalSafe(out, &offending), qPrintable(offending));
    const QString all = unwrapped(out);
    // Heading, summary, security reason, notes and sources each carry it.
    QVERIFY2(all.count(shown) >= 5, qPrintable(all.left(300)));
}

void TestUntrustedLookup::jsonKeepsTextAndIsSafe()
{
    QFETCH(QString, text);
    const Catalog catalog = hostileCatalog(text);
    QString out;
    QTextStream stream(&out);
    LookupPrinter(catalog, stream).printJson(text, {curatedRow(catalog), registryRow(catalog)});
    stream.flush();

    QString offending;
    QVERIFY2(terminalSafe(out, &offending), qPrintable(offending));
    QJsonParseError error;
    const QJsonObject doc = QJsonDocument::fromJson(out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.value(QLatin1String("query")).toString(), text);
    const QJsonArray results = doc.value(QLatin1String("results")).toArray();
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).toObject().value(QLatin1String("notes")).toString(), text);
    QCOMPARE(results.at(1).toObject().value(QLatin1String("description")).toString(), text);
}

PORTOLAN_TEST_GUILESS_MAIN(TestUntrustedLookup)
#include "tst_untrustedlookup.moc"
