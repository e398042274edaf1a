#include "custom/CustomEntryRepository.h"

#include "storage/ScopedTransaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace portolan {

namespace {

// A null QString binds as SQL NULL; the text columns are NOT NULL with '' for "none".
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace

CustomEntryRepository::CustomEntryRepository(QSqlDatabase db) : m_db(std::move(db)) {}

bool CustomEntryRepository::fail(const QString &message)
{
    m_error = message;
    return false;
}

QList<CustomEntry> CustomEntryRepository::entries() const
{
    QList<CustomEntry> out;
    QHash<QString, int> byKey;
    m_error.clear();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT entry_key, name, abbreviation, security, counterpart_key, "
                             "notes FROM custom_entry ORDER BY entry_key"));
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        CustomEntry e;
        e.key = q.value(0).toString();
        e.name = q.value(1).toString();
        e.abbreviation = q.value(2).toString();
        parseSecurity(q.value(3).toString(), &e.security);
        e.counterpartKey = q.value(4).toString();
        e.notes = q.value(5).toString();
        byKey.insert(e.key, int(out.size()));
        out.append(e);
    }
    // A read that stops early (a damaged page) is an error, not the end of the entries.
    QString error = q.lastError().isValid() ? q.lastError().text() : QString();
    q.prepare(QStringLiteral("SELECT entry_key, port_first, port_last, transport FROM "
                             "custom_entry_port ORDER BY entry_key, port_first, transport"));
    if (q.exec()) {
        while (q.next()) {
            const int i = byKey.value(q.value(0).toString(), -1);
            CustomPort p{q.value(1).toInt(), q.value(2).toInt(), Transport::Tcp};
            parseTransport(q.value(3).toString(), &p.transport);
            if (i >= 0)
                out[i].ports.append(p);
        }
    }
    if (error.isEmpty() && q.lastError().isValid())
        error = q.lastError().text();
    const auto labels = allLabels();
    if (error.isEmpty())
        error = m_error;
    for (CustomEntry &e : out)
        e.tags = labels.value(e.key);
    m_error = error;
    return out;
}

bool CustomEntryRepository::contains(const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM custom_entry WHERE entry_key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next();
}

bool CustomEntryRepository::add(const CustomEntry &entry, qint64 nowMs)
{
    return write(entry, nowMs, false);
}

bool CustomEntryRepository::edit(const CustomEntry &entry, qint64 nowMs)
{
    return write(entry, nowMs, true);
}

bool CustomEntryRepository::write(const CustomEntry &e, qint64 nowMs, bool replace)
{
    ScopedTransaction tx(m_db);
    if (!tx.isActive())
        return fail(tx.errorText());
    const bool exists = contains(e.key);
    if (replace && !exists)
        return fail(QCoreApplication::translate("CustomEntryRepository", "No custom entry \"%1\".")
                        .arg(e.key));
    if (!replace && exists)
        return fail(
            QCoreApplication::translate("CustomEntryRepository", "Key: \"%1\" is already taken.")
                .arg(e.key));
    QSqlQuery q(m_db);
    if (replace) {
        q.prepare(
            QStringLiteral("UPDATE custom_entry SET name = ?, abbreviation = ?, security = ?, "
                           "counterpart_key = ?, notes = ?, updated_at = ? WHERE entry_key = ?"));
    } else {
        q.prepare(QStringLiteral("INSERT INTO custom_entry (name, abbreviation, security, "
                                 "counterpart_key, notes, updated_at, entry_key) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    }
    q.addBindValue(text(e.name.trimmed()));
    q.addBindValue(text(e.abbreviation.trimmed()));
    q.addBindValue(text(securityName(e.security)));
    q.addBindValue(text(e.counterpartKey));
    q.addBindValue(text(e.notes));
    q.addBindValue(nowMs);
    q.addBindValue(e.key);
    if (!q.exec())
        return fail(q.lastError().text());

    const auto clear = [&](const QString &sql) {
        QSqlQuery d(m_db);
        d.prepare(sql);
        d.addBindValue(e.key);
        return d.exec();
    };
    if (!clear(QStringLiteral("DELETE FROM custom_entry_port WHERE entry_key = ?")) ||
        !clear(QStringLiteral("DELETE FROM entry_label WHERE entry_key = ?")))
        return fail(m_db.lastError().text());

    QSqlQuery port(m_db);
    port.prepare(QStringLiteral("INSERT INTO custom_entry_port "
                                "(entry_key, port_first, port_last, transport) VALUES (?, ?, ?, ?) "
                                "ON CONFLICT DO NOTHING"));
    for (const CustomPort &p : e.ports) {
        port.addBindValue(e.key);
        port.addBindValue(p.first);
        port.addBindValue(p.last);
        port.addBindValue(transportName(p.transport));
        if (!port.exec())
            return fail(port.lastError().text());
    }
    QSqlQuery label(m_db);
    label.prepare(QStringLiteral(
        "INSERT INTO entry_label (entry_key, label) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    for (const QString &t : e.tags) {
        label.addBindValue(e.key);
        label.addBindValue(t.trimmed());
        if (!label.exec())
            return fail(label.lastError().text());
    }
    if (!tx.commit())
        return fail(tx.errorText());
    m_error.clear();
    return true;
}

bool CustomEntryRepository::remove(const QString &key)
{
    ScopedTransaction tx(m_db);
    if (!tx.isActive())
        return fail(tx.errorText());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM custom_entry WHERE entry_key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return fail(q.lastError().text());
    if (q.numRowsAffected() == 0)
        return fail(QCoreApplication::translate("CustomEntryRepository", "No custom entry \"%1\".")
                        .arg(key));
    // Ports go by ON DELETE CASCADE; labels are keyed loosely, so they go here.
    q.prepare(QStringLiteral("DELETE FROM entry_label WHERE entry_key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return fail(q.lastError().text());
    if (!tx.commit())
        return fail(tx.errorText());
    return true;
}

QStringList CustomEntryRepository::labels(const QString &entryKey) const
{
    QStringList out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT label FROM entry_label WHERE entry_key = ? ORDER BY label"));
    q.addBindValue(entryKey);
    if (q.exec()) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

QHash<QString, QStringList> CustomEntryRepository::allLabels() const
{
    QHash<QString, QStringList> out;
    m_error.clear();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT entry_key, label FROM entry_label ORDER BY entry_key, label"));
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next())
        out[q.value(0).toString()] << q.value(1).toString();
    if (q.lastError().isValid())
        m_error = q.lastError().text();
    return out;
}

bool CustomEntryRepository::addLabel(const QString &entryKey, const QString &label)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO entry_label (entry_key, label) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    q.addBindValue(entryKey);
    q.addBindValue(label.trimmed());
    if (!q.exec())
        return fail(q.lastError().text());
    return true;
}

bool CustomEntryRepository::removeLabel(const QString &entryKey, const QString &label)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM entry_label WHERE entry_key = ? AND label = ?"));
    q.addBindValue(entryKey);
    q.addBindValue(label.trimmed());
    if (!q.exec())
        return fail(q.lastError().text());
    return true;
}

} // namespace portolan
