#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>
#include <functional>

namespace portolan {

class Catalog;

// The paper of a PDF: the locale's (Letter in the US, A4 elsewhere) unless asked.
enum class Paper
{
    LocaleDefault,
    A4,
    Letter
};

// Paints the PDF cheat sheet of the rows, as the bytes of a PDF file (SafeFileWriter writes them
// like every other export). Painting needs QtGui, which only the window program links
// (app/print), so the terminal program passes none and hands painting commands to the window
// program instead (CommandLine::needsPainting).
using PdfWriter = std::function<QByteArray(const Catalog &catalog, const QList<int> &rows,
                                           const QString &query, Paper paper)>;

// `portolan export --format csv|json|md|anki|pdf [--query Q] FILE`: writes the entries a lookup of
// Q shows (everything without a query), in the same order; FILE "-" is standard
// output (so is /dev/stdout). Without --format the file's extension decides. Exit codes: 0 written,
// 2 usage error (a bad format included) or a file that cannot be written.
class ExportCommand
{
public:
    ExportCommand(QTextStream &out, QTextStream &err, PdfWriter pdf = {});

    int run(const QStringList &args, const QString &databasePath);

private:
    int fail(const QString &message, bool showHelp = false);

    QTextStream &m_out;
    QTextStream &m_err;
    PdfWriter m_pdf;
};

} // namespace portolan
