#pragma once

// Shared by the untrusted-text tests: hostile text as a registry description, an imported
// file or a study note could hold it (markup, scripts, a 10,000-character line, control
// characters, bidirectional overrides), and a catalog that carries it in every text field.

#include "catalog/Catalog.h"

#include <QString>
#include <QTest>

namespace portolan::testing {

inline QString controlCharacters()
{
    QString s = QStringLiteral("bell\a esc\x1b[2J bs\b del\x7f csi");
    s += QChar(0x9B);
    s += QStringLiteral(" nul");
    s += QChar(0);
    s += QStringLiteral(" end");
    return s;
}

// Columns "text" (what the data holds) and "shown" (what a reader must see: the text itself,
// except that control characters and bidirectional controls, which are invisible or reorder
// what follows, become visible escapes). Named rows, one per kind of hostility.
inline void addHostileRows()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    const auto same = [](const char *name, const QString &text) {
        QTest::newRow(name) << text << text;
    };
    same("markup", QStringLiteral("<b>bold</b> <i>it</i> <h1>big</h1> <table><tr><td>cell</td>"
                                  "</tr></table> <hr>"));
    same("script", QStringLiteral("<script>alert('x')</script>"));
    same("image", QStringLiteral("<img src=\"file:///etc/passwd\" onerror=\"alert(1)\">"));
    same("link", QStringLiteral("<a href=\"https://evil.example/\">click me</a>"));
    same("style", QStringLiteral("<style>* { color: white }</style><span style=\"font-size:200pt\">"
                                 "huge</span>"));
    same("entities", QStringLiteral("&lt;script&gt; &amp; &quot; &#x202E; &nbsp;"));
    same("placeholders", QStringLiteral("%1 %2 %L1 %n arg(%1)"));
    same("long word", QString(10000, QLatin1Char('W')));
    same("long line", QStringLiteral("word ").repeated(1999) + QStringLiteral("last!"));
    QTest::newRow("control characters")
        << controlCharacters()
        << QStringLiteral("bell\\x07 esc\\x1b[2J bs\\x08 del\\x7f csi\\x9b nul\\x00 end");
    QTest::newRow("right-to-left override")
        << QStringLiteral("invoice\u202Etxt.exe \u2067isolate\u2069 mark\u200F")
        << QStringLiteral("invoice<U+202E>txt.exe <U+2067>isolate<U+2069> mark<U+200F>");
    QTest::newRow("zero-width") << QStringLiteral("pay\u200Bpal \uFEFFbom join\u200Der")
                                << QStringLiteral("pay<U+200B>pal <U+FEFF>bom join<U+200D>er");
}

// One curated protocol and two registry records on the same port, with text in every field
// that comes from data.
inline Catalog hostileCatalog(const QString &text)
{
    Protocol p;
    p.key = QStringLiteral("evil");
    p.abbreviation = text;
    p.name = text;
    p.aliases = {text};
    p.summary = text;
    p.ports = {{31337, 31337, Transport::Tcp, text, text, {}},
               {31338, 31339, Transport::Udp, text, {}, text}};
    p.security = Security::Insecure;
    p.securityReason = text;
    p.exams = {{QStringLiteral("n10-009"), text, QStringLiteral("1.4"), false}};
    p.officialVsCommon = text;
    p.sources = {text};
    p.notes = text;

    RegistryRecord r;
    r.service = text;
    r.first = r.last = 31337;
    r.transport = Transport::Tcp;
    r.description = text;
    r.assignee = text;
    r.contact = text;
    r.registered = text;
    r.modified = text;
    r.reference = text;
    r.serviceCode = text;
    r.unauthorizedUse = text;
    r.assignmentNotes = text;
    RegistryRecord other = r;
    other.first = 31300;
    other.last = 31400;

    Catalog catalog;
    catalog.setData({p}, {r, other});
    return catalog;
}

// The row of the catalog that shows the curated protocol, and the first registry row.
inline int curatedRow(const Catalog &catalog)
{
    return catalog.rowOfProtocol(0);
}

inline int registryRow(const Catalog &catalog)
{
    for (int i = 0; i < catalog.rows().size(); ++i) {
        const CatalogRow &row = catalog.rows().at(i);
        if (!row.isCurated() && catalog.registry().at(row.index).first == 31337)
            return i;
    }
    return -1;
}

} // namespace portolan::testing
