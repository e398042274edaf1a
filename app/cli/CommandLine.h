#pragma once

#include "ExportCommand.h"

#include <QStringList>
#include <QTextStream>

namespace portolan {

// The terminal front end: parses the arguments of `portolan COMMAND ...` and runs the command
// on the core alone (no display needed). Exit codes: 0 success (matches found), 1 no matches,
// 2 usage or database error, with the message on stderr.
class CommandLine
{
public:
    // pdf paints `export --format pdf`; without one (the terminal program, which hands such
    // commands to portolan-window) a PDF export fails.
    CommandLine(QTextStream &out, QTextStream &err, PdfWriter pdf = {});

    // Organisation and application name (where settings and the database live) and version;
    // both programs call it first.
    static void describeApplication();

    // argv decoded as file names are (QFile::decodeName). An argument whose bytes are not valid
    // in that encoding (UTF-8) decodes to another name, and Portolan would open or create
    // another file: *undecodable is the first such argument's index (-1 for none), which both
    // programs refuse with undecodableArgument() (it needs an application, for translation).
    static QStringList decodeArguments(int argc, char **argv, int *undecodable);
    static QString undecodableArgument(const QByteArray &argument);

    // True for a command that paints (export --format pdf): it needs a QGuiApplication, and the
    // window program.
    static bool needsPainting(const QStringList &arguments);
    // True when the arguments ask for the terminal rather than the window.
    static bool wantsTerminal(const QStringList &arguments);
    int run(const QStringList &arguments);

    static QString usage();

private:
    // A port search of up to this many terms gets a port card per term.
    static constexpr int kMaxPortCards = 5;

    int lookup(const QStringList &args, const QString &databasePath);
    int usageError(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
    PdfWriter m_pdf;
};

} // namespace portolan
