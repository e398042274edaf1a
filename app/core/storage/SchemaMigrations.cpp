#include "storage/SchemaMigrations.h"

#include <QDir>
#include <QRegularExpression>

namespace portolan {

const QList<SchemaMigration> &schemaMigrations()
{
    static const QList<SchemaMigration> list = [] {
        QList<SchemaMigration> out;
        static const QRegularExpression re(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
        const QDir dir(QStringLiteral(":/db/migrations"));
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            const auto m = re.match(name);
            if (m.hasMatch())
                out.append({m.captured(1).toInt(), dir.filePath(name)});
        }
        return out;
    }();
    return list;
}

QStringList migrationStatements(const QString &sql)
{
    QStringList out;
    QString current;
    const auto lines = sql.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        if (trimmed.endsWith(QLatin1Char(';'))) {
            out << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

} // namespace portolan
