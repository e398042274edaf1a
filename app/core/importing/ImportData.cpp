#include "importing/ImportData.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace portolan {

QString importFormatId(ImportFormat format)
{
    switch (format) {
    case ImportFormat::IanaCsv:
        return QStringLiteral("iana-csv");
    case ImportFormat::Services:
        return QStringLiteral("services");
    case ImportFormat::NmapServices:
        return QStringLiteral("nmap");
    }
    return {};
}

QString importFormatTitle(ImportFormat format)
{
    switch (format) {
    case ImportFormat::IanaCsv:
        return QCoreApplication::translate("ImportFormat", "IANA registry CSV");
    case ImportFormat::Services:
        return QCoreApplication::translate("ImportFormat", "services(5) file");
    case ImportFormat::NmapServices:
        return QCoreApplication::translate("ImportFormat", "nmap-services");
    }
    return {};
}

std::optional<ImportFormat> parseImportFormat(QStringView id)
{
    for (ImportFormat f :
         {ImportFormat::IanaCsv, ImportFormat::Services, ImportFormat::NmapServices}) {
        if (id.compare(importFormatId(f), Qt::CaseInsensitive) == 0)
            return f;
    }
    return std::nullopt;
}

ImportFormat detectImportFormat(const QByteArray &head, const QString &fileName)
{
    QByteArray start = head.left(4096);
    if (start.startsWith("\xEF\xBB\xBF"))
        start.remove(0, 3);
    if (start.trimmed().toLower().startsWith("service name,") ||
        QFileInfo(fileName).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        return ImportFormat::IanaCsv;
    if (QFileInfo(fileName).fileName().startsWith(QLatin1String("nmap-services")))
        return ImportFormat::NmapServices;
    // nmap-services: "name<TAB>port/proto<TAB>0.123456"; services(5) has aliases (words) there.
    for (const QByteArray &line : start.split('\n')) {
        const QByteArray t = line.trimmed();
        if (t.isEmpty() || t.startsWith('#'))
            continue;
        const QList<QByteArray> fields = t.simplified().split(' ');
        bool isNumber = false;
        if (fields.size() >= 3)
            fields.at(2).toDouble(&isNumber);
        return isNumber && fields.at(2).contains('.') ? ImportFormat::NmapServices
                                                      : ImportFormat::Services;
    }
    return ImportFormat::Services;
}

} // namespace portolan
