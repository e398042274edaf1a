#include "catalog/ReferenceParser.h"

#include "domain/Category.h"
#include "domain/JsonSource.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace portolan {

namespace {

bool isStringList(const QJsonValue &v)
{
    if (v.isUndefined())
        return true;
    if (!v.isArray())
        return false;
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString() || item.toString().trimmed().isEmpty())
            return false;
    }
    return true;
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out << item.toString().trimmed();
    return out;
}

} // namespace

bool ReferenceParser::fail(const QString &path, const QString &message)
{
    m_error = m_source.problem(QStringLiteral("protocols"), QStringLiteral("key"), path, message);
    return false;
}

bool ReferenceParser::parse(const QByteArray &json, const QString &fileName)
{
    m_protocols.clear();
    m_error.clear();
    m_source = JsonSource(json, fileName);
    const auto parsed = m_source.document(&m_error);
    if (!parsed)
        return false;
    const QJsonDocument &doc = *parsed;
    const QJsonValue list = doc.object().value(QLatin1String("protocols"));
    if (!list.isArray())
        return fail(QStringLiteral("protocols"), QStringLiteral("missing or not a list"));

    QSet<QString> keys;
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("protocols[%1]").arg(i);
        if (!array.at(i).isObject())
            return fail(path, QStringLiteral("not an object"));
        Protocol p;
        if (!parseProtocol(array.at(i).toObject(), path, &p))
            return false;
        if (keys.contains(p.key))
            return fail(path + QStringLiteral(".key"),
                        QStringLiteral("duplicate key \"%1\"").arg(p.key));
        keys.insert(p.key);
        m_protocols.append(p);
    }
    return true;
}

bool ReferenceParser::parseProtocol(const QJsonObject &o, const QString &path, Protocol *p)
{
    static const QRegularExpression keyRe(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    const auto text = [&](const char *field, bool required, QString *out) {
        const QJsonValue v = o.value(QLatin1String(field));
        if (v.isUndefined() && !required)
            return true;
        if (!v.isString() || (required && v.toString().trimmed().isEmpty()))
            return fail(path + QLatin1Char('.') + QLatin1String(field),
                        QStringLiteral("must be a non-empty text"));
        *out = v.toString().trimmed();
        return true;
    };

    if (!text("key", true, &p->key) || !text("abbr", true, &p->abbreviation) ||
        !text("name", true, &p->name) || !text("summary", true, &p->summary) ||
        !text("security_reason", true, &p->securityReason) || !text("notes", true, &p->notes) ||
        !text("official_vs_common", false, &p->officialVsCommon))
        return false;
    if (!keyRe.match(p->key).hasMatch())
        return fail(path + QStringLiteral(".key"),
                    QStringLiteral("\"%1\" must be lowercase letters, digits and '-'").arg(p->key));

    const QString kind = o.value(QLatin1String("kind")).toString();
    if (kind == QLatin1String("service"))
        p->kind = Protocol::Kind::Service;
    else if (kind == QLatin1String("ip-protocol"))
        p->kind = Protocol::Kind::IpProtocol;
    else
        return fail(path + QStringLiteral(".kind"),
                    QStringLiteral("must be \"service\" or \"ip-protocol\""));

    if (!parseSecurity(o.value(QLatin1String("security")).toString(), &p->security))
        return fail(path + QStringLiteral(".security"),
                    QStringLiteral("must be secure, insecure or depends"));

    // Every entry sits in one category of the documented list, so a category deck or search
    // never misses one.
    const QJsonValue category = o.value(QLatin1String("category"));
    p->category = category.toString().trimmed();
    if (!isKnownCategory(p->category))
        return fail(path + QStringLiteral(".category"),
                    category.isUndefined()
                        ? QStringLiteral("missing: one of %1").arg(categoryIdList())
                        : QStringLiteral("\"%1\" is not a category; one of %2")
                              .arg(category.toVariant().toString(), categoryIdList()));

    for (const char *field : {"aliases", "counterparts", "related", "sources"}) {
        if (!isStringList(o.value(QLatin1String(field))))
            return fail(path + QLatin1Char('.') + QLatin1String(field),
                        QStringLiteral("must be a list of non-empty texts"));
    }
    p->aliases = stringList(o.value(QLatin1String("aliases")));
    p->counterparts = stringList(o.value(QLatin1String("counterparts")));
    p->related = stringList(o.value(QLatin1String("related")));
    p->sources = stringList(o.value(QLatin1String("sources")));
    if (p->sources.isEmpty())
        return fail(path + QStringLiteral(".sources"), QStringLiteral("at least one source"));

    const QJsonValue exams = o.value(QLatin1String("exams"));
    if (!exams.isUndefined() && !exams.isArray())
        return fail(path + QStringLiteral(".exams"), QStringLiteral("must be a list"));
    const QJsonArray examList = exams.toArray();
    for (qsizetype i = 0; i < examList.size(); ++i) {
        const QJsonObject e = examList.at(i).toObject();
        const QString id = e.value(QLatin1String("id")).toString();
        if (!findExam(id))
            return fail(path + QStringLiteral(".exams[%1].id").arg(i),
                        QStringLiteral("unknown exam \"%1\"").arg(id));
        const QJsonValue beyond = e.value(QLatin1String("beyond"));
        if (!beyond.isUndefined() && !beyond.isBool())
            return fail(path + QStringLiteral(".exams[%1].beyond").arg(i),
                        QStringLiteral("must be true or false"));
        const QString objective = e.value(QLatin1String("objective")).toString().trimmed();
        // An exam tag cites the objective that names the entry; a beyond mark cites none.
        if (beyond.toBool() ? !objective.isEmpty() : !isObjectiveCitation(objective))
            return fail(path + QStringLiteral(".exams[%1].objective").arg(i),
                        beyond.toBool()
                            ? QStringLiteral("a beyond-the-objectives mark has no objective")
                            : QStringLiteral("must cite the exam's objective (\"1.4\" or "
                                             "\"acronyms\")"));
        for (const ExamTag &seen : std::as_const(p->exams)) {
            if (seen.exam == findExam(id)->id)
                return fail(path + QStringLiteral(".exams[%1].id").arg(i),
                            QStringLiteral("exam \"%1\" listed twice").arg(id));
        }
        p->exams.append({findExam(id)->id, e.value(QLatin1String("label")).toString().trimmed(),
                         objective, beyond.toBool()});
    }

    if (p->kind == Protocol::Kind::IpProtocol) {
        const QJsonValue n = o.value(QLatin1String("ip_protocol"));
        const double v = n.toDouble(-1);
        if (!n.isDouble() || v < 0 || v > 255 || v != int(v))
            return fail(path + QStringLiteral(".ip_protocol"), QStringLiteral("must be 0–255"));
        p->ipProtocol = int(v);
    }
    const QJsonValue ports = o.value(QLatin1String("ports"));
    if (!ports.isUndefined() && !ports.isArray())
        return fail(path + QStringLiteral(".ports"), QStringLiteral("must be a list"));
    const QJsonArray portList = ports.toArray();
    for (qsizetype i = 0; i < portList.size(); ++i) {
        PortAssignment a;
        if (!parsePort(portList.at(i).toObject(), path + QStringLiteral(".ports[%1]").arg(i), &a))
            return false;
        p->ports.append(a);
    }
    return true;
}

bool ReferenceParser::parsePort(const QJsonObject &o, const QString &path, PortAssignment *a)
{
    const auto number = [&](const char *field, int fallback, int *out) {
        const QJsonValue v = o.value(QLatin1String(field));
        if (v.isUndefined()) {
            *out = fallback;
            return true;
        }
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d > 65535 || d != int(d))
            return fail(path + QLatin1Char('.') + QLatin1String(field),
                        QStringLiteral("must be a port number 0–65535"));
        *out = int(d);
        return true;
    };
    if (!o.contains(QLatin1String("port")))
        return fail(path + QStringLiteral(".port"), QStringLiteral("missing"));
    if (!number("port", 0, &a->first) || !number("to", a->first, &a->last))
        return false;
    if (a->last < a->first)
        return fail(path + QStringLiteral(".to"), QStringLiteral("must not be below port"));
    if (!parseTransport(o.value(QLatin1String("transport")).toString(), &a->transport))
        return fail(path + QStringLiteral(".transport"),
                    QStringLiteral("must be tcp, udp, sctp or dccp"));
    a->role = o.value(QLatin1String("role")).toString().trimmed();
    const QJsonValue iana = o.value(QLatin1String("iana"));
    if (iana.isString() && !iana.toString().trimmed().isEmpty()) {
        a->ianaName = iana.toString().trimmed();
    } else if (iana.isNull()) {
        a->commonUse = o.value(QLatin1String("common_use")).toString().trimmed();
        if (a->commonUse.isEmpty())
            return fail(path + QStringLiteral(".common_use"),
                        QStringLiteral("required when iana is null: say why it is used here"));
    } else {
        return fail(path + QStringLiteral(".iana"),
                    QStringLiteral("must be the IANA service name, or null with common_use"));
    }
    return true;
}

} // namespace portolan
