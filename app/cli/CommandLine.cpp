#include "CommandLine.h"

#include "BackupCommands.h"
#include "CustomCommands.h"
#include "ExamCommand.h"
#include "ExplainCommand.h"
#include "ExportCommand.h"
#include "FsrsCommand.h"
#include "ImportCommand.h"
#include "LocalCommand.h"
#include "LookupPrinter.h"
#include "PackageCommand.h"
#include "PlanCommand.h"
#include "StatsCommand.h"
#include "domain/SafeText.h"
#include "map/PortCard.h"
#include "search/CatalogSearch.h"
#include "search/SearchQuery.h"
#include "search/SpellingSuggestions.h"
#include "workspace/LookupLoader.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace portolan {

namespace {

int terminalWidth()
{
    bool ok = false;
    const int columns = qEnvironmentVariableIntValue("COLUMNS", &ok);
    return ok && columns >= 40 ? columns : 100;
}

} // namespace

CommandLine::CommandLine(QTextStream &out, QTextStream &err, PdfWriter pdf)
    : m_out(out), m_err(err), m_pdf(std::move(pdf))
{}

void CommandLine::describeApplication()
{
    // Settings live in ~/.config/portolan/portolan.conf.
    QCoreApplication::setOrganizationName(QStringLiteral("portolan"));
    QCoreApplication::setApplicationName(QStringLiteral("portolan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PORTOLAN_VERSION));
}

QStringList CommandLine::decodeArguments(int argc, char **argv, int *undecodable)
{
    QStringList arguments;
    *undecodable = -1;
    for (int i = 0; i < argc; ++i) {
        const QByteArray bytes(argv[i]);
        const QString decoded = QFile::decodeName(bytes);
        if (*undecodable < 0 && QFile::encodeName(decoded) != bytes)
            *undecodable = i;
        arguments.append(decoded);
    }
    return arguments;
}

QString CommandLine::undecodableArgument(const QByteArray &argument)
{
    // Shown byte by byte: what cannot be decoded cannot be printed as text either.
    QString shown;
    for (const char c : argument) {
        const auto byte = static_cast<unsigned char>(c);
        shown += byte >= 0x20 && byte < 0x7f
                     ? QString(QLatin1Char(c))
                     : QStringLiteral("\\x%1").arg(uint(byte), 2, 16, QLatin1Char('0'));
    }
    return QCoreApplication::translate(
               "CommandLine",
               "'%1' is not valid UTF-8, so no file of that name can be opened (another file "
               "would be); rename the file or use another name.")
        .arg(shown);
}

bool CommandLine::needsPainting(const QStringList &arguments)
{
    // A PDF needs fonts, which need a QGuiApplication (on the offscreen platform).
    if (!arguments.contains(QLatin1String("export")))
        return false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if ((a == QLatin1String("--format") &&
             arguments.value(i + 1).compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0) ||
            a.compare(QLatin1String("--format=pdf"), Qt::CaseInsensitive) == 0 ||
            a.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool CommandLine::wantsTerminal(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--db")) {
            ++i;
            continue;
        }
        // Any bare word is a command (an unknown one gets a usage error, not a window).
        if (!a.startsWith(QLatin1Char('-')) || a == QLatin1String("--help") ||
            a == QLatin1String("-h") || a == QLatin1String("--version") || a == QLatin1String("-v"))
            return true;
    }
    return false;
}

QString CommandLine::usage()
{
    return QCoreApplication::translate(
               "CommandLine",
               "Usage: portolan [--db FILE] [COMMAND ...]\n"
               "\n"
               "Without a command, Portolan opens its window.\n"
               "\n"
               "Commands:\n"
               "  lookup QUERY [--json] [--all]   find ports and protocols\n"
               "  backup                          a verified copy of the database now\n"
               "  backups                         list the database's backups\n"
               "  restore [BACKUP|latest] --yes   replace the database with a backup\n"
               "  import FILE [--format iana-csv|services|nmap] [--yes]\n"
               "                 show what an IANA registry CSV, a services(5) file or\n"
               "                 nmap-services would change, then apply it (after --yes or a\n"
               "                 \"y\" on a terminal); all or nothing, the study set and your\n"
               "                 notes and progress are never touched\n"
               "  export --format csv|json|md|anki|pdf [--query QUERY] [--page a4|letter] FILE\n"
               "                 write the entries QUERY finds (all without one) to FILE\n"
               "                 (\"-\" for standard output): CSV, JSON, a Markdown or PDF\n"
               "                 cheat sheet, or Anki cards\n"
               "  add --name N --port P|LO-HI [--transport T] [--key custom-K] [--security S]\n"
               "      [--abbreviation A] [--counterpart KEY] [--notes TEXT] [--tag T]...\n"
               "                 add your own entry (is:custom); bad input writes nothing\n"
               "  remove KEY     delete your own entry\n"
               "  label ENTRY TAG  put your label on any entry (search it with tag:TAG)\n"
               "  stats [--json]  cards, reviews, retention, forecast and exam readiness\n"
               "  plan [--json]   each open exam plan: new cards and expected reviews a day\n"
               "  plan set EXAM DATE [--target R]   plan for an exam (n10-009, sy0-701, ...)\n"
               "  plan close EXAM                   end a plan; normal scheduling resumes\n"
               "  exam EXAM [--questions N] [--seed S] [--json] [--answers B,AC,...]\n"
               "                 a practice exam (default 30 questions) spread over EXAM's\n"
               "                 objectives, the same for the same seed; --answers scores it\n"
               "  fsrs show [--json]   the scheduler's FSRS parameters in use\n"
               "  fsrs optimize [--json] [--apply]\n"
               "                 fit the parameters to your reviews (400+ on 50+ cards); with\n"
               "                 --apply use them if they predict your reviews better\n"
               "  fsrs undo      back to the parameters before the last --apply\n"
               "  package export FILE\n"
               "                 write your progress, notes, own entries, labels, exam plans\n"
               "                 and saved searches to one study package file\n"
               "  package import FILE [--yes]\n"
               "                 show what merging a study package would change, then merge it\n"
               "                 (after --yes or a \"y\" on a terminal); all or nothing, nothing\n"
               "                 is ever deleted, and of two histories of a card the longer wins\n"
               "\n"
               "Options:\n"
               "  --db FILE      use this database instead of the one in your data folder\n"
               "  --help         show this help\n"
               "  --version      show the version\n"
               "\n"
               "Search language (lookup and the search box):\n"
               "  443  20-25  22,80,443          ports, ranges and lists\n"
               "  transport:udp                  tcp, udp, sctp or dccp\n"
               "  is:secure  is:insecure  is:depends  is:curated  is:registry\n"
               "  range:system|user|dynamic      also well-known, registered, private\n"
               "  exam:n10-009                   n10-009, n10-008, 220-1101, sy0-701, "
               "ccna-200-301\n"
               "  category:mail                  one of 18 categories: web, mail, remote-access, "
               "...\n"
               "  words  \"a phrase\"  -excluded   matched in names, descriptions and notes\n"
               "\n"
               "Exit status: 0 found, 1 nothing found, 2 usage or database error.\n"
               "import: 0 applied or nothing to do, 1 not applied, 2 error (FILE:LINE for a bad\n"
               "file). export: 0 written, 2 bad format or file not writable.\n"
               "package: 0 written, applied or nothing to do, 1 not applied, 2 error.\n"
               "exam: 0 printed or scored, 2 usage error. fsrs: 0 done, 1 too little history or\n"
               "nothing to undo, 2 error.\n") +
           QCoreApplication::translate(
               "CommandLine",
               "\n"
               "Your network:\n"
               "  local [--json] [--all]\n"
               "                 this machine's listening ports (--all: and connections), the\n"
               "                 riskiest first, each with what the atlas says about it\n"
               "  explain FILE [--json|--markdown]\n"
               "                 explain a scan: nmap -oX, -oG or -oN output, ss -tulpn/-tan or\n"
               "                 netstat -tlnp/-anp output (\"-\" reads standard input)\n"
               "local: 0 listed, 1 nothing listens, 2 error. explain: 0 explained, 2 unknown\n"
               "format, unreadable file or error.\n");
}

int CommandLine::usageError(const QString &message)
{
    m_err << "portolan: " << message << '\n'
          << QCoreApplication::translate("CommandLine", "Try 'portolan --help'.") << '\n';
    m_err.flush();
    return 2;
}

int CommandLine::run(const QStringList &arguments)
{
    QString databasePath;
    QStringList rest;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--db")) {
            if (i + 1 >= arguments.size())
                return usageError(
                    QCoreApplication::translate("CommandLine", "--db needs a file name."));
            databasePath = arguments.at(++i);
        } else if (a.startsWith(QLatin1String("--db="))) {
            databasePath = a.mid(5);
        } else {
            rest << a;
        }
    }
    if (rest.isEmpty() || rest.first() == QLatin1String("--help") ||
        rest.first() == QLatin1String("-h") || rest.first() == QLatin1String("help")) {
        m_out << usage();
        m_out.flush();
        return rest.isEmpty() ? 2 : 0;
    }
    if (rest.first() == QLatin1String("--version") || rest.first() == QLatin1String("-v")) {
        m_out << "portolan " << PORTOLAN_VERSION << '\n';
        m_out.flush();
        return 0;
    }
    const QString command = rest.takeFirst();
    if (databasePath.isEmpty())
        databasePath = Workspace::defaultDatabasePath();
    if (command == QLatin1String("backups"))
        return listBackups(databasePath, m_out);
    if (command == QLatin1String("backup")) {
        if (!rest.isEmpty())
            return usageError(
                QCoreApplication::translate("CommandLine", "backup takes no arguments."));
        const int code =
            createBackupNow(databasePath, QDateTime::currentMSecsSinceEpoch(), m_out, m_err);
        m_out.flush();
        m_err.flush();
        return code;
    }
    if (command == QLatin1String("restore")) {
        // The terminal is the application layer: the wall clock is read here.
        const int code =
            restoreBackup(rest, databasePath, QDateTime::currentMSecsSinceEpoch(), m_out, m_err);
        m_out.flush();
        m_err.flush();
        return code;
    }
    if (command == QLatin1String("lookup"))
        return lookup(rest, databasePath);
    if (command == QLatin1String("import"))
        return ImportCommand(m_out, m_err).run(rest, databasePath);
    if (command == QLatin1String("export"))
        return ExportCommand(m_out, m_err, m_pdf).run(rest, databasePath);
    if (command == QLatin1String("add"))
        return addCustomEntry(rest, databasePath, QDateTime::currentMSecsSinceEpoch(), m_out,
                              m_err);
    if (command == QLatin1String("remove"))
        return removeCustomEntry(rest, databasePath, m_out, m_err);
    if (command == QLatin1String("label"))
        return labelEntry(rest, databasePath, m_out, m_err);
    if (command == QLatin1String("stats"))
        return StatsCommand(m_out, m_err)
            .run(rest, databasePath, QDateTime::currentMSecsSinceEpoch());
    if (command == QLatin1String("plan"))
        return PlanCommand(m_out, m_err)
            .run(rest, databasePath, QDateTime::currentMSecsSinceEpoch());
    if (command == QLatin1String("local"))
        return LocalCommand(m_out, m_err).run(rest, databasePath);
    if (command == QLatin1String("explain"))
        return ExplainCommand(m_out, m_err).run(rest, databasePath);
    if (command == QLatin1String("exam"))
        return ExamCommand(m_out, m_err).run(rest, QDateTime::currentMSecsSinceEpoch());
    if (command == QLatin1String("fsrs"))
        return FsrsCommand(m_out, m_err)
            .run(rest, databasePath, QDateTime::currentMSecsSinceEpoch());
    if (command == QLatin1String("package"))
        return PackageCommand(m_out, m_err)
            .run(rest, databasePath, QDateTime::currentMSecsSinceEpoch());
    return usageError(
        QCoreApplication::translate("CommandLine", "unknown command '%1'.").arg(command));
}

int CommandLine::lookup(const QStringList &args, const QString &databasePath)
{
    bool json = false;
    bool all = false;
    QStringList words;
    for (const QString &a : args) {
        if (a == QLatin1String("--json"))
            json = true;
        else if (a == QLatin1String("--all"))
            all = true;
        else if (a.startsWith(QLatin1String("--")) && a.size() > 2)
            return usageError(
                QCoreApplication::translate("CommandLine", "lookup: unknown option '%1'.").arg(a));
        else
            words << a;
    }
    if (words.isEmpty())
        return usageError(QCoreApplication::translate(
            "CommandLine", "lookup needs a query, for example: portolan lookup 443"));
    const QString text = words.join(QLatin1Char(' '));

    const SearchQuery query = SearchQuery::parse(text);
    // Most lookups need only a few registry rows (LookupLoader); the rest open the workspace.
    Catalog narrowed;
    LookupLoader narrowLoader;
    Workspace workspace;
    const Catalog *catalog = &narrowed;
    QString note;
    if (narrowLoader.load(databasePath, query, &narrowed) == LookupLoader::Outcome::Loaded) {
        note = narrowLoader.warning();
    } else {
        if (!workspace.open(databasePath)) {
            m_err << "portolan: " << workspace.errorMessage() << '\n';
            m_err.flush();
            return 2;
        }
        note = workspace.warning();
        catalog = &workspace.catalog();
    }
    if (!note.isEmpty())
        m_err << "portolan: " << QCoreApplication::translate("CommandLine", "note: %1").arg(note)
              << '\n';
    for (const QString &w : query.warnings())
        m_err << "portolan: " << w << '\n';
    m_err.flush();
    const QList<int> rows = searchCatalog(*catalog, query);
    // A search for ports (and nothing but ports and transports) always has an answer: every
    // number 0-65535 has a range class, ephemeral uses and neighbours (the port card).
    QList<PortCard> cards;
    const bool portsOnly = !query.ports().isEmpty() && query.words().isEmpty() &&
                           query.securities().isEmpty() && query.exams().isEmpty() &&
                           query.tags().isEmpty() && query.rangeClasses().isEmpty();
    if (portsOnly && query.ports().size() <= kMaxPortCards)
        for (const SearchQuery::PortRange &r : query.ports())
            cards.append(PortCard::make(*catalog, r.first, r.last));

    // A misspelt name finds nothing, or only registry rows that happen to contain it ("smpt"
    // finds SMPTE): then the study-set entries it was probably meant for are offered.
    int curatedHits = 0;
    for (int r : rows)
        curatedHits += catalog->rows().at(r).isCurated() ? 1 : 0;
    const QStringList suggestions =
        curatedHits == 0 && cards.isEmpty() ? suggestSpellings(*catalog, query) : QStringList();

    LookupPrinter printer(*catalog, m_out);
    if (json) {
        QJsonArray cardJson;
        for (const PortCard &c : std::as_const(cards))
            cardJson.append(c.toJson(*catalog));
        printer.printJson(text, rows, cardJson, suggestions);
    } else if (rows.isEmpty() && cards.isEmpty()) {
        m_out << QCoreApplication::translate("CommandLine", "Nothing matches \"%1\".")
                     .arg(visibleText(text))
              << '\n';
    } else {
        for (const PortCard &c : std::as_const(cards)) {
            for (const QString &line : c.lines(*catalog))
                m_out << line << '\n';
            m_out << '\n';
        }
    }
    if (!json && !rows.isEmpty()) {
        const int width = terminalWidth();
        printer.printTable(rows, all ? 0 : 40, width);
        int curated = 0;
        for (int r : rows)
            curated += catalog->rows().at(r).isCurated() ? 1 : 0;
        if (curated > 0 && curated <= 3) {
            for (int r : rows)
                printer.printDetails(r, width);
        }
    }
    if (!json && !suggestions.isEmpty())
        m_out << QCoreApplication::translate("CommandLine", "Did you mean: %1?")
                     .arg(suggestions.join(QStringLiteral(", ")))
              << '\n';
    m_out.flush();
    return rows.isEmpty() && cards.isEmpty() ? 1 : 0;
}

} // namespace portolan
