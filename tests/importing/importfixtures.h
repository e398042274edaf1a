#pragma once
// Shared by the import tests that use a real database: fixture paths, files written on
// purpose, and a digest of every table so that "unchanged" can be checked whole.
#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>

namespace fixtures {

inline QString path(const char *name)
{
    return QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/importing/data/") + QLatin1String(name);
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline QStringList tables(QSqlDatabase db)
{
    QStringList out;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                          "'sqlite_%' ORDER BY name"));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

// A hash of the rows of one table, in a fixed order. Table names come from sqlite_master.
inline QByteArray tableDigest(QSqlDatabase db, const QString &table)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
    // record() builds every field anew: asked once, not per value.
    const int columns = q.record().count();
    QStringList rows;
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < columns; ++i)
            values << q.value(i).toString();
        rows << values.join(QChar(0x1F));
    }
    rows.sort();
    for (const QString &r : rows)
        hash.addData(r.toUtf8() + '\n');
    return hash.result().toHex();
}

// Every table's digest, by name: the whole content of the database.
inline QStringList databaseDigest(QSqlDatabase db)
{
    QStringList out;
    for (const QString &t : tables(db))
        out << t + QLatin1Char('=') + QString::fromLatin1(tableDigest(db, t));
    return out;
}

inline int count(QSqlDatabase db, const QString &table)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)) && q.next())
        return q.value(0).toInt();
    return -1;
}

} // namespace fixtures
