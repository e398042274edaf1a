#include "ExplainCommand.h"

#include "PortsCatalog.h"
#include "domain/SafeText.h"
#include "network/ScanExplanation.h"
#include "network/ScanReader.h"
#include "storage/SafeFileReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <cstdio>

namespace portolan {

ExplainCommand::ExplainCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

int ExplainCommand::fail(const QString &message, bool usage)
{
    m_err << "portolan: " << message << '\n';
    if (usage)
        m_err << QCoreApplication::translate("ExplainCommand", "Try 'portolan --help'.") << '\n';
    m_err.flush();
    return 2;
}

int ExplainCommand::run(const QStringList &args, const QString &databasePath)
{
    bool json = false;
    bool markdown = false;
    QString path;
    for (const QString &a : args) {
        if (a == QLatin1String("--json"))
            json = true;
        else if (a == QLatin1String("--markdown") || a == QLatin1String("--md"))
            markdown = true;
        else if (a.startsWith(QLatin1String("--")))
            return fail(
                QCoreApplication::translate("ExplainCommand", "explain: unknown option '%1'.")
                    .arg(visibleText(a)),
                true);
        else if (path.isEmpty())
            path = a;
        else
            return fail(QCoreApplication::translate("ExplainCommand",
                                                    "explain takes one file, not '%1' too.")
                            .arg(visibleText(a)),
                        true);
    }
    if (path.isEmpty())
        return fail(QCoreApplication::translate(
                        "ExplainCommand",
                        "explain needs a file, for example: nmap -oX scan.xml HOST; "
                        "portolan explain scan.xml (or ss -tulpn | portolan explain -)"),
                    true);
    if (json && markdown)
        return fail(QCoreApplication::translate("ExplainCommand",
                                                "explain: --json and --markdown exclude "
                                                "each other."),
                    true);

    QByteArray bytes;
    QString name = path;
    if (path == u'-') {
        name = QStringLiteral("stdin");
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return fail(
                QCoreApplication::translate("ExplainCommand", "standard input cannot be read."),
                false);
        bytes = in.read(ScanReader::kMaxBytes + 1);
    } else {
        QString error;
        const auto outcome = SafeFileReader::read(path, ScanReader::kMaxBytes, &bytes, &error);
        if (outcome == SafeFileReader::Outcome::Refused)
            return fail(error, false);
        if (outcome == SafeFileReader::Outcome::TooLarge)
            return fail(QCoreApplication::translate("ExplainCommand",
                                                    "%1: larger than %2 MB; split the scan "
                                                    "into smaller files.")
                            .arg(visibleText(path))
                            .arg(ScanReader::kMaxBytes / (1024 * 1024)),
                        false);
    }
    ScanReader reader;
    if (!reader.read(bytes, name))
        return fail(reader.errorText(), false);

    QList<int> numbers;
    for (const ScanHost &h : reader.report().hosts)
        for (const ScanPort &p : h.ports)
            numbers << p.port;
    PortsCatalog atlas;
    if (!atlas.load(databasePath, numbers))
        return fail(atlas.error(), false);
    if (!atlas.warning().isEmpty()) {
        m_err << "portolan: "
              << QCoreApplication::translate("LocalCommand", "note: %1").arg(atlas.warning())
              << '\n';
        m_err.flush();
    }
    const ScanExplanation explanation =
        ScanExplanation::make(atlas.catalog(), reader.report(), name);
    if (json)
        m_out << QJsonDocument(explanation.toJson()).toJson(QJsonDocument::Indented);
    else if (markdown)
        m_out << explanation.toMarkdown();
    else
        for (const QString &line : explanation.textLines())
            m_out << line << '\n';
    m_out.flush();
    return 0;
}

} // namespace portolan
