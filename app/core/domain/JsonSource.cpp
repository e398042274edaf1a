#include "domain/JsonSource.h"

#include <QJsonParseError>
#include <QRegularExpression>

namespace portolan {

JsonSource::JsonSource(QByteArray json, QString fileName)
    : m_json(std::move(json)), m_fileName(std::move(fileName))
{}

std::optional<QJsonDocument> JsonSource::document(QString *error) const
{
    QJsonParseError err;
    QJsonDocument doc = QJsonDocument::fromJson(m_json, &err);
    if (err.error == QJsonParseError::NoError)
        return doc;
    if (error)
        *error = QStringLiteral("%1:%2: %3")
                     .arg(m_fileName)
                     .arg(int(m_json.left(err.offset).count('\n')) + 1)
                     .arg(err.errorString());
    return std::nullopt;
}

int JsonSource::lineOfItem(const QString &firstMember, int index) const
{
    const QRegularExpression member(
        QStringLiteral("\"%1\"\\s*:").arg(QRegularExpression::escape(firstMember)));
    const QString text = QString::fromUtf8(m_json);
    auto it = member.globalMatch(text);
    for (int i = 0; it.hasNext(); ++i) {
        const auto m = it.next();
        if (i == index)
            return int(QStringView(text).left(m.capturedStart()).count(QLatin1Char('\n'))) + 1;
    }
    return 0;
}

QString JsonSource::problem(const QString &list, const QString &firstMember, const QString &path,
                            const QString &message) const
{
    const QRegularExpression item(
        QStringLiteral("^%1\\[(\\d+)\\]").arg(QRegularExpression::escape(list)));
    const auto m = item.match(path);
    const int line = m.hasMatch() ? lineOfItem(firstMember, m.captured(1).toInt()) : 0;
    return line > 0 ? QStringLiteral("%1:%2: %3: %4").arg(m_fileName).arg(line).arg(path, message)
                    : QStringLiteral("%1: %2: %3").arg(m_fileName, path, message);
}

} // namespace portolan
