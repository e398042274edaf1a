#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <optional>

namespace portolan {

// A JSON file of reviewed content (the study set, the scenarios) and where in it a problem
// lies: QJsonValue carries no positions, so the line of the n-th list item is found by the n-th
// occurrence of the member every item starts with, and messages read "FILE:LINE: path: what".
class JsonSource
{
public:
    JsonSource(QByteArray json, QString fileName);

    // The document, or nullopt with "FILE:LINE: what" in *error for text that is no JSON.
    std::optional<QJsonDocument> document(QString *error) const;

    // "FILE:LINE: path: message" when path names item n of `list` ("protocols[3].ports"),
    // whose items each begin with the member `firstMember`; "FILE: path: message" otherwise.
    QString problem(const QString &list, const QString &firstMember, const QString &path,
                    const QString &message) const;
    // The line where item `index` of a list begins (its `firstMember`), 0 when there is none.
    int lineOfItem(const QString &firstMember, int index) const;

private:
    QByteArray m_json;
    QString m_fileName;
};

} // namespace portolan
