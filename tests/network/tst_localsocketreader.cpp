// LocalSocketReader: the procfs tables of a real machine (fixtures/proc, with the owning
// process added as a fake /proc/PID/fd), crafted tables with IPv4-mapped addresses and broken
// lines, and this machine's own procfs with sockets the test opens itself.
#include "../support/TestMain.h"
#include "NetworkFixtures.h"
#include "TestListeners.h"
#include "network/LocalSocketReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace portolan;
using portolan::testing::kFixtures;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

const LocalSocket *find(const QList<LocalSocket> &list, Transport t, int port,
                        const QString &host = {})
{
    for (const LocalSocket &s : list)
        if (s.transport == t && s.local.port == port && (host.isEmpty() || s.local.host == host))
            return &s;
    return nullptr;
}

} // namespace

class TestLocalSocketReader : public QObject
{
    Q_OBJECT

private:
    // The fixture tables plus a process 14812 "python3" that owns the FTP and SNMP sockets.
    bool makeProc(const QString &root)
    {
        for (const QString &t : {QStringLiteral("tcp"), QStringLiteral("tcp6"),
                                 QStringLiteral("udp"), QStringLiteral("udp6")}) {
            QFile in(kFixtures + QStringLiteral("proc/net/") + t);
            if (!in.open(QIODevice::ReadOnly) ||
                !writeFile(root + QStringLiteral("/net/") + t, in.readAll()))
                return false;
        }
        const QString fd = root + QStringLiteral("/14812/fd");
        QDir().mkpath(fd);
        return writeFile(root + QStringLiteral("/14812/comm"), "python3\n") &&
               QFile::link(QStringLiteral("socket:[65648]"), fd + QStringLiteral("/3")) &&
               QFile::link(QStringLiteral("socket:[65656]"), fd + QStringLiteral("/12")) &&
               QFile::link(QStringLiteral("/dev/null"), fd + QStringLiteral("/0")) &&
               QDir().mkpath(root + QStringLiteral("/self"));
    }

private slots:
    void readsTheFixtureMachine()
    {
        QTemporaryDir dir;
        QVERIFY(makeProc(dir.path()));
        LocalSocketReader reader(dir.path());
        const QList<LocalSocket> list = reader.read(false);
        QVERIFY(reader.available());
        QVERIFY2(reader.problems().isEmpty(), qPrintable(reader.problems().join(u'\n')));
        // What ss -tulpn listed at the same moment (fixtures/ss-tulpn.txt): 7 sockets.
        QCOMPARE(list.size(), 7);
        const LocalSocket *ftp = find(list, Transport::Tcp, 21);
        QVERIFY(ftp);
        QCOMPARE(ftp->local.host, QStringLiteral("0.0.0.0"));
        QCOMPARE(ftp->local.exposure, Exposure::AllInterfaces);
        QCOMPARE(ftp->state, QStringLiteral("listen"));
        QCOMPARE(ftp->pid, 14812);
        QCOMPARE(ftp->process, QStringLiteral("python3"));
        const LocalSocket *smtp = find(list, Transport::Tcp, 25);
        QVERIFY(smtp);
        QCOMPARE(smtp->local.exposure, Exposure::Loopback);
        QCOMPARE(smtp->pid, -1); // its fd is not in the fake /proc/14812/fd: no owner
        QVERIFY(smtp->process.isEmpty());
        const LocalSocket *web = find(list, Transport::Tcp, 8080);
        QVERIFY(web);
        QCOMPARE(web->local.family, AddressFamily::IPv6);
        QCOMPARE(web->local.exposure, Exposure::AllInterfaces);
        const LocalSocket *snmp = find(list, Transport::Udp, 161);
        QVERIFY(snmp);
        QCOMPARE(snmp->state, QStringLiteral("bound"));
        QCOMPARE(snmp->pid, 14812);
        // The TIME_WAIT rows are connections: only --all shows them.
        QVERIFY(!find(list, Transport::Tcp, 57524));
        const QList<LocalSocket> all = reader.read(true);
        QVERIFY(all.size() > list.size());
        QVERIFY(std::any_of(all.cbegin(), all.cend(),
                            [](const LocalSocket &s) { return s.state == u"time-wait"; }));
    }

    void craftedTables()
    {
        QTemporaryDir dir;
        const QByteArray header = "  sl  local_address                         remote_address"
                                  "                        st tx_queue rx_queue tr tm->when "
                                  "retrnsmt   uid  timeout inode\n";
        const QByteArray rows =
            // ::ffff:127.0.0.1:80 listening
            "   0: 0000000000000000FFFF00000100007F:0050 00000000000000000000000000000000:0000 "
            "0A 00000000:00000000 00:00000000 00000000  1000        0 111 1 0 100 0 0 10 0\n"
            // ::1:631 listening
            "   1: 00000000000000000000000001000000:0277 00000000000000000000000000000000:0000 "
            "0A 00000000:00000000 00:00000000 00000000     0        0 112 1 0 100 0 0 10 0\n"
            "   2: garbage\n"
            "   3: ZZZZ0000000000000000000000000000:0016 00000000000000000000000000000000:0000 "
            "0A 00000000:00000000 00:00000000 00000000     0        0 113 1 0 100 0 0 10 0\n";
        QVERIFY(writeFile(dir.filePath(QStringLiteral("net/tcp6")), header + rows));
        LocalSocketReader reader(dir.path());
        const QList<LocalSocket> list = reader.read(false);
        QVERIFY(reader.available());
        QCOMPARE(list.size(), 2);
        const LocalSocket *mapped = find(list, Transport::Tcp, 80);
        QVERIFY(mapped);
        QCOMPARE(mapped->local.host, QStringLiteral("127.0.0.1"));
        QCOMPARE(mapped->local.family, AddressFamily::IPv4);
        QCOMPARE(mapped->local.exposure, Exposure::Loopback);
        QCOMPARE(find(list, Transport::Tcp, 631)->local.host, QStringLiteral("::1"));
        // Each broken line is named by table and line, and skipped.
        QCOMPARE(reader.problems(), QStringList({QStringLiteral("net/tcp6:4: too few fields"),
                                                 QStringLiteral("net/tcp6:5: not an address")}));
    }

    void noProcfsIsReported()
    {
        QTemporaryDir dir;
        LocalSocketReader reader(dir.filePath(QStringLiteral("missing")));
        QVERIFY(reader.read(true).isEmpty());
        QVERIFY(!reader.available());
    }

    void findsItsOwnListeners()
    {
#ifndef Q_OS_LINUX
        QSKIP("procfs is Linux only");
#else
        using namespace networktest;
        Listener any = openListener(SOCK_STREAM, htonl(INADDR_ANY));
        Listener loop = openListener(SOCK_STREAM, htonl(INADDR_LOOPBACK));
        Listener udp = openListener(SOCK_DGRAM, htonl(INADDR_ANY));
        QVERIFY(any.fd >= 0 && loop.fd >= 0 && udp.fd >= 0);
        LocalSocketReader reader;
        const QList<LocalSocket> list = reader.read(false);
        QVERIFY(reader.available());
        const LocalSocket *a = find(list, Transport::Tcp, any.port, QStringLiteral("0.0.0.0"));
        const LocalSocket *l = find(list, Transport::Tcp, loop.port, QStringLiteral("127.0.0.1"));
        const LocalSocket *u = find(list, Transport::Udp, udp.port, QStringLiteral("0.0.0.0"));
        QVERIFY(a && l && u);
        QCOMPARE(a->local.exposure, Exposure::AllInterfaces);
        QCOMPARE(l->local.exposure, Exposure::Loopback);
        QCOMPARE(u->local.exposure, Exposure::AllInterfaces);
        QCOMPARE(u->state, QStringLiteral("bound"));
        // Our own process may always see its own fds.
        for (const LocalSocket *s : {a, l, u}) {
            QCOMPARE(s->pid, qint64(::getpid()));
            QVERIFY(!s->process.isEmpty());
        }
        closeListener(any);
        closeListener(loop);
        closeListener(udp);
#endif
    }
};

PORTOLAN_TEST_GUILESS_MAIN(TestLocalSocketReader)
#include "tst_localsocketreader.moc"
