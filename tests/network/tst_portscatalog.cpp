// PortsCatalog: `local` and `explain` read only the registry records on the ports they show;
// the atlas must say the same of every such port as with the whole catalog.
#include "../support/TestMain.h"
#include "PortsCatalog.h"
#include "network/AtlasMatcher.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace portolan;

class TestPortsCatalog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = m_dir.filePath(QStringLiteral("atlas.sqlite"));
        Workspace created; // a database at the current schema, as after a first start
        QVERIFY(created.open(m_db));
    }

    void narrowedSaysWhatTheWholeCatalogSays()
    {
        const QList<int> ports{21,   22,   23,   25,   53,    161, 443,
                               2024, 3389, 5432, 8080, 50999, 0,   65535};
        PortsCatalog narrowed;
        QVERIFY2(narrowed.load(m_db, ports), qPrintable(narrowed.error()));
        Workspace whole;
        QVERIFY(whole.open(m_db));
        QVERIFY(narrowed.catalog().registry().size() < whole.catalog().registry().size() / 10);
        const AtlasMatcher a(narrowed.catalog());
        const AtlasMatcher b(whole.catalog());
        for (int port : ports)
            for (Transport t : {Transport::Tcp, Transport::Udp}) {
                const AtlasMatch x = a.match(port, t);
                const AtlasMatch y = b.match(port, t);
                const QByteArray where =
                    QByteArray::number(port) + '/' + transportName(t).toLatin1();
                QVERIFY2(x.kind == y.kind && x.label == y.label && x.name == y.name &&
                             x.security == y.security && x.counterparts == y.counterparts &&
                             x.range == y.range && x.ephemeral == y.ephemeral,
                         where.constData());
            }
    }

    void manyPortsReadTheWholeCatalog()
    {
        QList<int> ports;
        for (int p = 1; p <= PortsCatalog::kMaxNarrowedPorts + 1; ++p)
            ports << p;
        PortsCatalog atlas;
        QVERIFY(atlas.load(m_db, ports));
        QVERIFY(atlas.catalog().registry().size() > 5000);
    }
};

PORTOLAN_TEST_GUILESS_MAIN(TestPortsCatalog)
#include "tst_portscatalog.moc"
