#include "custom/CustomEntryRepository.h"

#include "storage/ScopedTransaction.h"
#include "storage/Statement.h"

#include <QCoreApplication>

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
    Statement q(m_db,
                QStringLiteral("SELECT entry_key, name, abbreviation, security, "
                               "counterpart_key, notes FROM custom_entry ORDER BY entry_key"));
    if (!q.exec()) {
        m_error = q.error();
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
    QString error = q.error();
    Statement ports(m_db, QStringLiteral("SELECT entry_key, port_first, port_last, transport FROM "
                                         "custom_entry_port ORDER BY entry_key, port_first, "
                                         "transport"));
    if (ports.exec()) {
        while (ports.next()) {
            const int i = byKey.value(ports.value(0).toString(), -1);
            CustomPort p{ports.value(1).toInt(), ports.value(2).toInt(), Transport::Tcp};
            parseTransport(ports.value(3).toString(), &p.transport);
            if (i >= 0)
                out[i].ports.append(p);
        }
    }
    if (error.isEmpty())
        error = ports.error();
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
    Statement q(m_db, QStringLiteral("SELECT 1 FROM custom_entry WHERE entry_key = ?"));
    const bool found = q.exec({key}) && q.next();
    m_error = q.error();
    return found;
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
    if (!m_error.isEmpty())
        return false;
    if (replace && !exists)
        return fail(QCoreApplication::translate("CustomEntryRepository", "No custom entry \"%1\".")
                        .arg(e.key));
    if (!replace && exists)
        return fail(
            QCoreApplication::translate("CustomEntryRepository", "Key: \"%1\" is already taken.")
                .arg(e.key));
    Statement q(m_db,
                replace ? QStringLiteral("UPDATE custom_entry SET name = ?, abbreviation = ?, "
                                         "security = ?, counterpart_key = ?, notes = ?, "
                                         "updated_at = ? WHERE entry_key = ?")
                        : QStringLiteral("INSERT INTO custom_entry (name, abbreviation, security, "
                                         "counterpart_key, notes, updated_at, entry_key) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!q.exec({text(e.name.trimmed()), text(e.abbreviation.trimmed()),
                 text(securityName(e.security)), text(e.counterpartKey), text(e.notes), nowMs,
                 e.key}))
        return fail(q.error());

    if (replace) {
        // An edit states the whole entry: its old ports and labels go.
        for (const QString &sql :
             {QStringLiteral("DELETE FROM custom_entry_port WHERE entry_key = ?"),
              QStringLiteral("DELETE FROM entry_label WHERE entry_key = ?")}) {
            Statement clear(m_db, sql);
            if (!clear.exec({e.key}))
                return fail(clear.error());
        }
    }

    Statement port(m_db, QStringLiteral("INSERT INTO custom_entry_port "
                                        "(entry_key, port_first, port_last, transport) "
                                        "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    for (const CustomPort &p : e.ports) {
        if (!port.exec({e.key, p.first, p.last, transportName(p.transport)}))
            return fail(port.error());
    }
    for (const QString &t : e.tags) {
        if (!addLabel(e.key, t))
            return false;
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
    Statement q(m_db, QStringLiteral("DELETE FROM custom_entry WHERE entry_key = ?"));
    if (!q.exec({key}))
        return fail(q.error());
    if (q.rowsAffected() == 0)
        return fail(QCoreApplication::translate("CustomEntryRepository", "No custom entry \"%1\".")
                        .arg(key));
    // Ports go by ON DELETE CASCADE; labels are keyed loosely, so they go here.
    Statement labels(m_db, QStringLiteral("DELETE FROM entry_label WHERE entry_key = ?"));
    if (!labels.exec({key}))
        return fail(labels.error());
    if (!tx.commit())
        return fail(tx.errorText());
    return true;
}

QStringList CustomEntryRepository::labels(const QString &entryKey) const
{
    QStringList out;
    Statement q(m_db,
                QStringLiteral("SELECT label FROM entry_label WHERE entry_key = ? ORDER BY label"));
    if (q.exec({entryKey})) {
        while (q.next())
            out << q.value(0).toString();
    }
    m_error = q.error();
    return out;
}

QHash<QString, QStringList> CustomEntryRepository::allLabels() const
{
    QHash<QString, QStringList> out;
    Statement q(
        m_db, QStringLiteral("SELECT entry_key, label FROM entry_label ORDER BY entry_key, label"));
    if (q.exec()) {
        while (q.next())
            out[q.value(0).toString()] << q.value(1).toString();
    }
    m_error = q.error();
    return out;
}

bool CustomEntryRepository::addLabel(const QString &entryKey, const QString &label)
{
    Statement q(m_db, QStringLiteral("INSERT INTO entry_label (entry_key, label) VALUES (?, ?) "
                                     "ON CONFLICT DO NOTHING"));
    if (!q.exec({entryKey, label.trimmed()}))
        return fail(q.error());
    return true;
}

bool CustomEntryRepository::removeLabel(const QString &entryKey, const QString &label)
{
    Statement q(m_db, QStringLiteral("DELETE FROM entry_label WHERE entry_key = ? AND label = ?"));
    if (!q.exec({entryKey, label.trimmed()}))
        return fail(q.error());
    return true;
}

} // namespace portolan
