#include "domain/Category.h"

#include <QCoreApplication>

namespace portolan {

const QList<CategoryInfo> &knownCategories()
{
    // Ordered as a learner meets them: the daily services first, the specialised last.
    static const QList<CategoryInfo> categories = {
        {"web", QT_TRANSLATE_NOOP("Category", "Web")},
        {"mail", QT_TRANSLATE_NOOP("Category", "Mail")},
        {"name-services", QT_TRANSLATE_NOOP("Category", "Name services")},
        {"file-transfer", QT_TRANSLATE_NOOP("Category", "File transfer and sharing")},
        {"remote-access", QT_TRANSLATE_NOOP("Category", "Remote access")},
        {"directory-auth", QT_TRANSLATE_NOOP("Category", "Directory and authentication")},
        {"network-management", QT_TRANSLATE_NOOP("Category", "Network management")},
        {"time", QT_TRANSLATE_NOOP("Category", "Time")},
        {"routing", QT_TRANSLATE_NOOP("Category", "Routing and redundancy")},
        {"tunnels-vpn", QT_TRANSLATE_NOOP("Category", "Tunnels and VPN")},
        {"databases", QT_TRANSLATE_NOOP("Category", "Databases")},
        {"messaging", QT_TRANSLATE_NOOP("Category", "Messaging and chat")},
        {"voice-video", QT_TRANSLATE_NOOP("Category", "Voice and video")},
        {"industrial-iot", QT_TRANSLATE_NOOP("Category", "Industrial and IoT")},
        {"printing", QT_TRANSLATE_NOOP("Category", "Printing and scanning")},
        {"devops", QT_TRANSLATE_NOOP("Category", "DevOps and orchestration")},
        {"games", QT_TRANSLATE_NOOP("Category", "Games")},
        {"infrastructure", QT_TRANSLATE_NOOP("Category", "Network infrastructure")},
    };
    return categories;
}

bool isKnownCategory(const QString &id)
{
    for (const CategoryInfo &c : knownCategories()) {
        if (id == QLatin1String(c.id))
            return true;
    }
    return false;
}

QString categoryTitle(const QString &id)
{
    for (const CategoryInfo &c : knownCategories()) {
        if (id == QLatin1String(c.id))
            return QCoreApplication::translate("Category", c.title);
    }
    return {};
}

QString categoryIdList()
{
    QStringList ids;
    for (const CategoryInfo &c : knownCategories())
        ids << QLatin1String(c.id);
    return ids.join(QStringLiteral(", "));
}

} // namespace portolan
