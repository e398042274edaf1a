#pragma once

#include "domain/JsonSource.h"
#include "domain/Protocol.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace portolan {

// Parses one curated study-set file (db/reference/*.json, format in db/reference/README.md)
// and validates every field. Errors name the file, the line and the field path, e.g.
// "core.json:120: protocols[4].ports[1].port: must be 0–65535".
class ReferenceParser
{
public:
    bool parse(const QByteArray &json, const QString &fileName);

    const QList<Protocol> &protocols() const { return m_protocols; }
    QString errorText() const { return m_error; }

private:
    bool fail(const QString &path, const QString &message);
    bool parseProtocol(const QJsonObject &o, const QString &path, Protocol *out);
    bool parsePort(const QJsonObject &o, const QString &path, PortAssignment *out);

    QList<Protocol> m_protocols;
    JsonSource m_source{{}, {}};
    QString m_error;
};

} // namespace portolan
