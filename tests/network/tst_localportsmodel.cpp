// LocalPortsModel: the fixture machine's ports as a table (QAbstractItemModelTester), the
// roles the page opens entries with, and row ids that survive a refresh.
#include "../support/TestMain.h"
#include "catalog/Catalog.h"
#include "catalog/EmbeddedReference.h"
#include "models/Roles.h"
#include "network/LocalPortsModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace portolan;

class TestLocalPortsModel : public QObject
{
    Q_OBJECT

    Catalog m_catalog;

private slots:
    void initTestCase()
    {
        EmbeddedReference ref;
        QVERIFY(ref.load());
        m_catalog.setData(ref.protocols(), ref.registry());
    }

    void fixtureMachine()
    {
        LocalPortsModel model;
        QAbstractItemModelTester tester(&model);
        LocalSocketReader reader(
            QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/network/fixtures/proc"));
        model.setPorts(explainLocalSockets(m_catalog, reader.read(false)));
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.columnCount(), int(LocalPortsModel::ColumnCount));
        // Risk order: Telnet and FTP on all interfaces before SMTP on loopback.
        QStringList ports;
        for (int r = 0; r < model.rowCount(); ++r)
            ports << model.index(r, LocalPortsModel::Port).data().toString();
        QCOMPARE(ports, QStringList({"21/tcp", "23/tcp", "8080/tcp", "161/udp", "2024/tcp",
                                     "25/tcp", "5432/tcp"}));
        const QModelIndex telnet = model.index(1, LocalPortsModel::Security);
        QCOMPARE(telnet.data(SecurityRole).toInt(), int(Security::Insecure));
        QCOMPARE(m_catalog.rows().at(telnet.data(CatalogRowRole).toInt()).key,
                 QStringLiteral("telnet"));
        QVERIFY(model.index(1, LocalPortsModel::Entry)
                    .data()
                    .toString()
                    .contains(QStringLiteral("→ SSH")));
        QVERIFY(!model.index(1, LocalPortsModel::Entry).data(Qt::ToolTipRole).toString().isEmpty());
        // 2024 is another user's: no process, and only a registry name.
        QVERIFY(model.index(4, LocalPortsModel::Process).data().toString().isEmpty());
        QCOMPARE(model.index(4, LocalPortsModel::Security).data().toString(), QString());
        // The same socket has the same id after the next read.
        const QString id = LocalPortsModel::rowId(model.ports().at(5));
        model.setPorts(explainLocalSockets(m_catalog, reader.read(false)));
        QCOMPARE(model.rowOf(id), 5);
        QCOMPARE(model.rowOf(QStringLiteral("nothing")), -1);
    }

    // What the page does every 5 s: read the tables and match every socket to the atlas.
    // (Run with -iterations 50 for a figure; the note records it.)
    void refreshCost()
    {
        LocalSocketReader reader(
            QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/network/fixtures/proc"));
        QBENCHMARK
        {
            const QList<LocalPort> ports = explainLocalSockets(m_catalog, reader.read(true));
            QVERIFY(!ports.isEmpty());
        }
    }
};

PORTOLAN_TEST_GUILESS_MAIN(TestLocalPortsModel)
#include "tst_localportsmodel.moc"
