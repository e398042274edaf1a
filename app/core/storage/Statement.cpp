#include "storage/Statement.h"

#include "storage/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>

namespace portolan {

namespace {

// Long statements are cut in the message: the start names the table and the verb.
constexpr qsizetype kShownSqlLength = 72;

QString shownSql(const QString &sql)
{
    QString s = sql.simplified();
    if (s.size() > kShownSqlLength)
        s = s.left(kShownSqlLength - 1) + QChar(0x2026);
    return s;
}

} // namespace

Statement::Statement(const QSqlDatabase &db) : m_db(db), m_query(db)
{
    m_query.setForwardOnly(true);
}

Statement::Statement(const QSqlDatabase &db, const QString &sql) : Statement(db)
{
    prepare(sql);
}

QString Statement::describe(const QSqlQuery &query, const QString &sql)
{
    const QSqlError error = query.lastError();
    // databaseText() is SQLite's own message; Qt's driverText() ("Unable to fetch row") adds
    // nothing a user or a bug report can act on, so it stands in only when SQLite said nothing.
    QString message = error.databaseText().trimmed();
    if (message.isEmpty())
        message = error.driverText().trimmed();
    if (message.isEmpty())
        message = QStringLiteral("the statement failed");
    if (sql.isEmpty())
        return message;
    return QStringLiteral("%1, in: %2").arg(message, shownSql(sql));
}

namespace {
thread_local int inspections = 0;
}

Statement::InspectionScope::InspectionScope()
{
    ++inspections;
}

Statement::InspectionScope::~InspectionScope()
{
    --inspections;
}

bool Statement::fail()
{
    if (!m_db.isOpen()) {
        m_error = QStringLiteral("the database is not open, in: %1").arg(shownSql(m_sql));
        return false;
    }
    m_error = describe(m_query, m_sql);
    m_code = m_query.lastError().nativeErrorCode();
    // SQLITE_CORRUPT, SQLITE_NOTADB: the next open reads the whole file before using it.
    if (inspections == 0 && (m_code == QLatin1String("11") || m_code == QLatin1String("26"))) {
        const QString path = m_db.databaseName();
        if (QFileInfo(path).isFile()) {
            QFile marker(Database::checkMarkerPath(path));
            if (marker.open(QIODevice::WriteOnly))
                marker.write("SQLite reported damage; the next open checks the whole file.\n");
        }
    }
    return false;
}

bool Statement::prepare(const QString &sql)
{
    m_error.clear();
    m_code.clear();
    if (m_prepared && sql == m_sql)
        return true;
    m_sql = sql;
    m_query = QSqlQuery(m_db);
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
    return m_prepared || fail();
}

bool Statement::bindAndRun(const QVariant *values, qsizetype count)
{
    if (!m_prepared) {
        if (m_error.isEmpty())
            m_error = QStringLiteral("no statement was prepared");
        return false;
    }
    m_error.clear();
    m_code.clear();
    for (qsizetype i = 0; i < count; ++i)
        m_query.bindValue(int(i), values[i]);
    return m_query.exec() || fail();
}

bool Statement::exec(std::initializer_list<QVariant> values)
{
    return bindAndRun(values.begin(), qsizetype(values.size()));
}

bool Statement::exec(const QVariantList &values)
{
    return bindAndRun(values.constData(), values.size());
}

bool Statement::run(const QString &sql)
{
    return prepare(sql) && exec();
}

bool Statement::next()
{
    if (m_query.next())
        return true;
    if (m_query.lastError().isValid())
        fail();
    return false;
}

} // namespace portolan
