// The registry the user sees: services(5) entries laid over a base, and record identity.
#include "../support/TestMain.h"
#include "importing/EffectiveRegistry.h"

#include <QTest>

using namespace portolan;

namespace {

RegistryRecord rec(const QString &service, int first, int last, Transport t,
                   const QString &description = {})
{
    RegistryRecord r;
    r.service = service;
    r.first = first;
    r.last = last;
    r.transport = t;
    r.description = description;
    return r;
}

QStringList labels(const QList<RegistryRecord> &records)
{
    QStringList out;
    for (const RegistryRecord &r : records)
        out << QStringLiteral("%1/%2 %3: %4")
                   .arg(r.portText(), transportName(r.transport), r.service, r.description);
    return out;
}

QList<RegistryRecord> base()
{
    return {rec("http", 80, 80, Transport::Tcp, "World Wide Web HTTP"),
            rec("www", 80, 80, Transport::Tcp, "World Wide Web HTTP"),
            rec("klogin", 543, 543, Transport::Tcp),
            rec("x11", 6000, 6063, Transport::Tcp, "X Window System")};
}

} // namespace

class TestEffectiveRegistry : public QObject
{
    Q_OBJECT

private slots:
    void baseIsSortedStably()
    {
        const EffectiveRegistry r({rec("b", 9, 9, Transport::Udp), rec("a", 9, 9, Transport::Tcp),
                                   rec("z", 1, 1, Transport::Dccp),
                                   rec("c", 9, 9, Transport::Tcp)});
        QCOMPARE(labels(r.records()),
                 (QStringList{"1/dccp z: ", "9/tcp a: ", "9/tcp c: ", "9/udp b: "}));
    }

    void services_data()
    {
        QTest::addColumn<QList<RegistryRecord>>("services");
        QTest::addColumn<QStringList>("applied");
        QTest::addColumn<QStringList>("result");
        const QStringList untouched = labels(base());
        QTest::newRow("known service changes nothing")
            << QList<RegistryRecord>{rec("http", 80, 80, Transport::Tcp, "WorldWideWeb HTTP")}
            << QStringList{} << untouched;
        QTest::newRow("name in another case is the same service")
            << QList<RegistryRecord>{rec("HTTP", 80, 80, Transport::Tcp)} << QStringList{}
            << untouched;
        QTest::newRow("port inside a registered range")
            << QList<RegistryRecord>{rec("x11", 6000, 6000, Transport::Tcp, "X")} << QStringList{}
            << untouched;
        QTest::newRow("fills an empty description")
            << QList<RegistryRecord>{rec("klogin", 543, 543, Transport::Tcp, "Kerberized rlogin")}
            << QStringList{"543/tcp klogin: Kerberized rlogin"}
            << QStringList{untouched.at(0), untouched.at(1), "543/tcp klogin: Kerberized rlogin",
                           untouched.at(3)};
        QTest::newRow("another service on a known port is added after the others")
            << QList<RegistryRecord>{rec("alt", 80, 80, Transport::Tcp, "Alt")}
            << QStringList{"80/tcp alt: Alt"}
            << QStringList{untouched.at(0), untouched.at(1), "80/tcp alt: Alt", untouched.at(2),
                           untouched.at(3)};
        QTest::newRow("same name on another transport is added")
            << QList<RegistryRecord>{rec("http", 80, 80, Transport::Udp)}
            << QStringList{"80/udp http: "}
            << QStringList{untouched.at(0), untouched.at(1), "80/udp http: ", untouched.at(2),
                           untouched.at(3)};
        QTest::newRow("a duplicate in the file is added once")
            << QList<RegistryRecord>{rec("new", 9, 9, Transport::Tcp),
                                     rec("new", 9, 9, Transport::Tcp)}
            << QStringList{"9/tcp new: "} << QStringList{"9/tcp new: "} + untouched;
        QTest::newRow("range outside the registered one is added")
            << QList<RegistryRecord>{rec("x11", 6000, 6100, Transport::Tcp)}
            << QStringList{"6000-6100/tcp x11: "} << untouched + QStringList{"6000-6100/tcp x11: "};
    }

    void services()
    {
        QFETCH(QList<RegistryRecord>, services);
        QFETCH(QStringList, applied);
        QFETCH(QStringList, result);
        EffectiveRegistry r(base());
        QCOMPARE(labels(r.addServices(services)), applied);
        QCOMPARE(labels(r.records()), result);
        // Laying the same entries over the result again changes nothing: imports are idempotent.
        QVERIFY(r.addServices(services).isEmpty());
        QCOMPARE(labels(r.records()), result);
    }

    void identity()
    {
        QCOMPARE(EffectiveRegistry::identity(rec("HTTP", 80, 80, Transport::Tcp)),
                 EffectiveRegistry::identity(rec("http", 80, 80, Transport::Tcp, "other")));
        QVERIFY(EffectiveRegistry::identity(rec("x11", 6000, 6063, Transport::Tcp)) !=
                EffectiveRegistry::identity(rec("x11", 6000, 6000, Transport::Tcp)));
        QVERIFY(EffectiveRegistry::identity(rec("", 0, 0, Transport::Tcp)) !=
                EffectiveRegistry::identity(rec("", 0, 0, Transport::Udp)));
    }
};

PORTOLAN_TEST_APPLESS_MAIN(TestEffectiveRegistry)
#include "tst_effectiveregistry.moc"
