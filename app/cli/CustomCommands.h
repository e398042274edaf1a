#pragma once

#include <QStringList>
#include <QTextStream>

namespace portolan {

// `portolan add --key K --name N --port P|LO-HI --transport T [--security S] [--notes TEXT]
// [--tag T]...`, `portolan remove KEY` and `portolan label ENTRY TAG`: the user's own entries
// and labels from the terminal. Bad input gets every problem on err and exit code 2, and
// nothing is written.
int addCustomEntry(const QStringList &args, const QString &databasePath, qint64 nowMs,
                   QTextStream &out, QTextStream &err);
int removeCustomEntry(const QStringList &args, const QString &databasePath, QTextStream &out,
                      QTextStream &err);
int labelEntry(const QStringList &args, const QString &databasePath, QTextStream &out,
               QTextStream &err);

} // namespace portolan
