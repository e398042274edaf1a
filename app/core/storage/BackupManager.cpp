#include "storage/BackupManager.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cstdio>
#include <unistd.h>
#include <utility>

namespace portolan {

namespace {

const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss");

QString stamp(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(kStampFormat);
}

// The number after a kept-aside file's stamp: "" is the first of its second (1), "-2" the next.
int asideSequence(const QString &afterStamp)
{
    if (afterStamp.isEmpty())
        return 1;
    bool ok = false;
    const int n = afterStamp.mid(1).toInt(&ok);
    return ok && afterStamp.startsWith(QLatin1Char('-')) ? n : 1;
}

// ISO week as one number, for "one backup per week".
int weekKey(const QDate &d)
{
    int year = 0;
    const int week = d.weekNumber(&year);
    return year * 100 + week;
}

// A read-only connection to a file of its own, closed and removed when it goes: for looking
// at backups and at a database that may be closed.
class ReadOnlyConnection
{
public:
    explicit ReadOnlyConnection(const QString &path)
    {
        static QAtomicInt counter;
        m_name = QStringLiteral("portolan-look-%1").arg(counter.fetchAndAddRelaxed(1));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_open = QFileInfo(path).isFile() && db.open();
    }
    ~ReadOnlyConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    ReadOnlyConnection(const ReadOnlyConnection &) = delete;
    ReadOnlyConnection &operator=(const ReadOnlyConnection &) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
};

} // namespace

BackupManager::BackupManager(const QString &databasePath)
    : m_databasePath(Database::canonicalPath(databasePath)),
      m_databaseId(readDatabaseId(m_databasePath)),
      m_folder(QFileInfo(m_databasePath).absoluteDir().filePath(QStringLiteral("backups")))
{}

QString BackupManager::readDatabaseId(const QString &path)
{
    const ReadOnlyConnection file(path);
    return file.isOpen() ? Database::readDatabaseId(file.db()) : QString();
}

bool BackupManager::isOwnBackup(const QString &path, bool namedAfterDatabase) const
{
    if (m_databaseId.isEmpty())
        return namedAfterDatabase;
    return readDatabaseId(path) == m_databaseId;
}

QList<BackupManager::Backup> BackupManager::backups() const
{
    // NAME.KIND-STAMP[-N].sqlite, and the older KIND-STAMP[-N].sqlite of every database.
    const QString own = QRegularExpression::escape(QFileInfo(m_databasePath).fileName());
    const QRegularExpression re(
        QStringLiteral("^(%1\\.)?(daily|pre-migration|manual)-(\\d{8}-\\d{6})(?:-\\d+)?\\.sqlite$")
            .arg(own));
    QList<Backup> out;
    const QDir dir(m_folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.sqlite")}, QDir::Files)) {
        const auto m = re.match(name);
        if (!m.hasMatch() || !isOwnBackup(dir.filePath(name), m.capturedLength(1) > 0))
            continue;
        QDateTime t = QDateTime::fromString(m.captured(3), kStampFormat);
        t.setTimeSpec(Qt::UTC);
        out.append({dir.filePath(name), t, m.captured(2)});
    }
    std::sort(out.begin(), out.end(), [](const Backup &a, const Backup &b) {
        return a.time != b.time ? a.time > b.time : a.path > b.path;
    });
    return out;
}

bool BackupManager::verify(const QString &path, QString *error)
{
    QString problem;
    const ReadOnlyConnection file(path);
    if (!file.isOpen()) {
        problem = QCoreApplication::translate("BackupManager", "cannot be opened");
    } else {
        Statement q(file.db());
        if (!q.run(QStringLiteral("PRAGMA integrity_check")) || !q.next() ||
            q.value(0).toString() != QLatin1String("ok"))
            problem = QCoreApplication::translate("BackupManager", "fails the integrity check");
        else if (!q.run(QStringLiteral("PRAGMA application_id")) || !q.next() ||
                 q.value(0).toInt() != Database::kApplicationId)
            problem = QCoreApplication::translate("BackupManager", "is not a Portolan database");
    }
    if (!problem.isEmpty() && error)
        *error = QStringLiteral("%1 %2").arg(QDir::toNativeSeparators(path), problem);
    return problem.isEmpty();
}

bool BackupManager::createBackup(QSqlDatabase db, const QString &kind, qint64 nowMs, QString *path)
{
    m_error.clear();
    if (!QDir().mkpath(m_folder)) {
        m_error =
            QCoreApplication::translate("BackupManager", "Cannot create the backup folder %1.")
                .arg(QDir::toNativeSeparators(m_folder));
        return false;
    }
    const QDir dir(m_folder);
    const QString base = QFileInfo(m_databasePath).fileName() + QLatin1Char('.') + kind +
                         QLatin1Char('-') + stamp(nowMs);
    QString final = dir.filePath(base + QStringLiteral(".sqlite"));
    for (int n = 2; QFileInfo::exists(final); ++n)
        final = dir.filePath(QStringLiteral("%1-%2.sqlite").arg(base).arg(n));
    const QString partial = final + QStringLiteral(".partial");
    // What an interrupted backup of this database left behind goes now.
    for (const QString &name : dir.entryList(
             {QFileInfo(m_databasePath).fileName() + QStringLiteral(".*.partial")}, QDir::Files))
        QFile::remove(dir.filePath(name));

    Statement q(db, QStringLiteral("VACUUM INTO ?"));
    if (!q.exec({partial})) {
        m_error = QCoreApplication::translate("BackupManager", "Backup failed: %1").arg(q.error());
        QFile::remove(partial);
        return false;
    }
    QString problem;
    if (!verify(partial, &problem)) {
        m_error = QCoreApplication::translate("BackupManager", "The new backup is not usable: %1")
                      .arg(problem);
        QFile::remove(partial);
        return false;
    }
    if (!QFile::rename(partial, final)) {
        m_error = QCoreApplication::translate("BackupManager", "Cannot name the backup %1.")
                      .arg(QDir::toNativeSeparators(final));
        QFile::remove(partial);
        return false;
    }
    if (path)
        *path = final;
    return true;
}

bool BackupManager::backupIfDue(QSqlDatabase db, qint64 nowMs)
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    for (const Backup &b : backups()) {
        if (b.kind == QLatin1String("daily")) {
            if (b.time.secsTo(now) < 24 * 3600 && b.time <= now)
                return true; // one a day is enough
            break;
        }
    }
    if (!createBackup(db, QStringLiteral("daily"), nowMs))
        return false;
    prune(nowMs);
    return true;
}

bool BackupManager::backupFileIfDue(qint64 nowMs)
{
    const ReadOnlyConnection file(m_databasePath);
    if (!file.isOpen()) {
        m_error = QCoreApplication::translate("BackupManager", "Cannot read %1 to back it up.")
                      .arg(QDir::toNativeSeparators(m_databasePath));
        return false;
    }
    return backupIfDue(file.db(), nowMs);
}

bool BackupManager::backupFileNow(qint64 nowMs, QString *path)
{
    const ReadOnlyConnection file(m_databasePath);
    if (!file.isOpen()) {
        m_error = QCoreApplication::translate("BackupManager", "Cannot read %1 to back it up.")
                      .arg(QDir::toNativeSeparators(m_databasePath));
        return false;
    }
    return createBackup(file.db(), QStringLiteral("manual"), nowMs, path);
}

void BackupManager::prune(qint64 nowMs)
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).date();
    QSet<QDate> days;
    QSet<int> weeks;
    int preMigration = 0;
    for (const Backup &b : backups()) { // newest first: the first of each day/week is kept
        if (b.kind == QLatin1String("manual"))
            continue; // the user's own, deleted only by the user
        if (b.kind == QLatin1String("pre-migration")) {
            if (++preMigration > 3)
                QFile::remove(b.path);
            continue;
        }
        const QDate d = b.time.date();
        bool keep = false;
        if (!days.contains(d) && days.size() < 7) {
            days.insert(d);
            keep = true;
        }
        if (!weeks.contains(weekKey(d)) && weeks.size() < 4 && d.daysTo(today) <= 35) {
            weeks.insert(weekKey(d));
            keep = true;
        }
        if (!keep)
            QFile::remove(b.path);
    }
}

bool BackupManager::moveAside(const QString &reason, qint64 nowMs)
{
    m_error.clear();
    m_movedAside = m_databasePath + QLatin1Char('.') + reason + QLatin1Char('-') + stamp(nowMs);
    for (int n = 2; QFileInfo::exists(m_movedAside); ++n)
        m_movedAside = m_databasePath + QLatin1Char('.') + reason + QLatin1Char('-') +
                       stamp(nowMs) + QLatin1Char('-') + QString::number(n);
    if (!QFile::rename(m_databasePath, m_movedAside)) {
        m_error = QCoreApplication::translate("BackupManager",
                                              "Cannot move %1 aside; nothing was changed.")
                      .arg(QDir::toNativeSeparators(m_databasePath));
        m_movedAside.clear();
        return false;
    }
    // A WAL belongs to the file it was written for: it moves with it.
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString side = m_databasePath + QLatin1String(suffix);
        if (QFileInfo::exists(side))
            QFile::rename(side, m_movedAside + QLatin1String(suffix));
    }
    return true;
}

bool BackupManager::restore(const QString &backupPath, qint64 nowMs)
{
    m_error.clear();
    m_movedAside.clear();
    QString problem;
    if (!verify(backupPath, &problem)) {
        m_error = QCoreApplication::translate("BackupManager", "Cannot restore: %1.").arg(problem);
        return false;
    }
    // Another database's backup in this file's place would lose this one's history.
    const QString backupId = readDatabaseId(backupPath);
    if (!m_databaseId.isEmpty() && backupId != m_databaseId) {
        m_error = QCoreApplication::translate("BackupManager",
                                              "Cannot restore: %1 is a backup of another "
                                              "database, not of %2.")
                      .arg(QDir::toNativeSeparators(backupPath),
                           QDir::toNativeSeparators(m_databasePath));
        return false;
    }

    // Atomic: the copy is written and checked under a temporary name in the same folder and
    // renamed over the database in one step, so a crash or a full disk at any point leaves
    // either the old file or the restored one at the database's path, never none. The old
    // file is kept under FILE.replaced-TIME by a second name (a hard link) taken first.
    const QString incoming = m_databasePath + QStringLiteral(".restoring");
    QFile::remove(incoming);
    const auto failCopy = [&](const QString &why) {
        QFile::remove(incoming);
        m_error = QCoreApplication::translate("BackupManager",
                                              "Cannot restore %1: %2. Nothing was changed.")
                      .arg(QDir::toNativeSeparators(m_databasePath), why);
        return false;
    };
    if (!QFile::copy(backupPath, incoming))
        return failCopy(QCoreApplication::translate("BackupManager", "the copy cannot be written "
                                                                     "(is the disk full?)"));
    QFile::setPermissions(incoming, QFile::ReadOwner | QFile::WriteOwner);
    if (QFileInfo(incoming).size() != QFileInfo(backupPath).size() || !verify(incoming, &problem))
        return failCopy(QCoreApplication::translate("BackupManager", "the copy is not whole"));

    if (QFileInfo::exists(m_databasePath)) {
        // Room is made before the old file goes aside, so that restores killed between the two
        // steps cannot pile files up: at every moment at most kKeptAside are kept.
        pruneAside(QStringLiteral("replaced"), kKeptAside - 1);
        if (!keepAside(QStringLiteral("replaced"), nowMs))
            return failCopy(m_error);
    }
    // The restored file starts without side files: a -wal of the old file would be applied to
    // the new one. They went aside with the old file.
    for (const char *suffix : {"-wal", "-shm"})
        QFile::remove(m_databasePath + QLatin1String(suffix));
    if (std::rename(QFile::encodeName(incoming).constData(),
                    QFile::encodeName(m_databasePath).constData()) != 0)
        return failCopy(QCoreApplication::translate("BackupManager", "the copy cannot be renamed"));
    pruneAside(QStringLiteral("replaced"), kKeptAside);
    return true;
}

bool BackupManager::keepAside(const QString &reason, qint64 nowMs)
{
    // Two restores in the same second share a stamp: the later one takes the next number after
    // the highest in use, never a lower one freed by pruning, so that it also sorts as newer.
    const QString base =
        m_databasePath + QLatin1Char('.') + reason + QLatin1Char('-') + stamp(nowMs);
    int last = 0;
    const QFileInfo db(m_databasePath);
    const QString stampPrefix = QFileInfo(base).fileName();
    for (const QString &name :
         db.absoluteDir().entryList({stampPrefix + QLatin1Char('*')}, QDir::Files)) {
        if (name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm")))
            continue;
        last = std::max(last, asideSequence(name.mid(stampPrefix.size())));
    }
    m_movedAside = last == 0 ? base : base + QLatin1Char('-') + QString::number(last + 1);
    // A second name for the same bytes: the database's own name stays until the rename.
    const bool linked = ::link(QFile::encodeName(m_databasePath).constData(),
                               QFile::encodeName(m_movedAside).constData()) == 0;
    if (!linked && !QFile::copy(m_databasePath, m_movedAside)) {
        m_error = QCoreApplication::translate("BackupManager", "the current file cannot be kept "
                                                               "aside");
        m_movedAside.clear();
        return false;
    }
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString side = m_databasePath + QLatin1String(suffix);
        if (QFileInfo::exists(side))
            QFile::copy(side, m_movedAside + QLatin1String(suffix));
    }
    return true;
}

void BackupManager::pruneAside(const QString &reason, int keep)
{
    // The newest `keep` stay; older ones would pile up with every restore. Newest by stamp,
    // then by the number a second file of the same second carries ("-10" after "-9").
    const QFileInfo db(m_databasePath);
    const QString prefix = db.fileName() + QLatin1Char('.') + reason + QLatin1Char('-');
    const int stampLength = int(kStampFormat.size());
    QStringList kept;
    const QDir dir = db.absoluteDir();
    for (const QString &name : dir.entryList({prefix + QLatin1Char('*')}, QDir::Files)) {
        if (!name.endsWith(QLatin1String("-wal")) && !name.endsWith(QLatin1String("-shm")))
            kept << name;
    }
    const auto key = [&](const QString &name) {
        const QString rest = name.mid(prefix.size());
        return std::make_pair(rest.left(stampLength), asideSequence(rest.mid(stampLength)));
    };
    std::sort(kept.begin(), kept.end(),
              [&](const QString &a, const QString &b) { return key(a) > key(b); });
    for (qsizetype i = std::max(0, keep); i < kept.size(); ++i) {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(dir.filePath(kept.at(i) + QLatin1String(suffix)));
    }
}

} // namespace portolan
