#include "practice/ScenarioParser.h"

#include "domain/Exam.h"
#include "domain/JsonSource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace portolan {

QString Scenario::objectiveFor(const QString &examId) const
{
    const QString prefix = ExamTag{examId, {}, {}, false}.citation() + QLatin1Char(' ');
    for (const QString &c : objectives) {
        if (c.startsWith(prefix))
            return c.mid(prefix.size());
    }
    return {};
}

const QStringList &ScenarioParser::slotNames()
{
    // abbr/name: the entry's; port/transport: the answer port and its transport; claims: every
    // claim ("67 UDP · 68 UDP"); ipproto: the IP protocol number.
    static const QStringList names = {QStringLiteral("abbr"),   QStringLiteral("name"),
                                      QStringLiteral("port"),   QStringLiteral("transport"),
                                      QStringLiteral("claims"), QStringLiteral("ipproto")};
    return names;
}

bool ScenarioParser::fail(const QString &path, const QString &message)
{
    m_error = m_source.problem(QStringLiteral("scenarios"), QStringLiteral("id"), path, message);
    return false;
}

bool ScenarioParser::parse(const QByteArray &json, const QString &fileName)
{
    m_scenarios.clear();
    m_error.clear();
    m_source = JsonSource(json, fileName);
    const auto parsed = m_source.document(&m_error);
    if (!parsed)
        return false;
    const QJsonDocument &doc = *parsed;
    const QJsonValue list = doc.object().value(QLatin1String("scenarios"));
    if (!list.isArray())
        return fail(QStringLiteral("scenarios"), QStringLiteral("missing or not a list"));
    const QJsonArray array = list.toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("scenarios[%1]").arg(i);
        if (!array.at(i).isObject())
            return fail(path, QStringLiteral("not an object"));
        Scenario s;
        if (!parseScenario(array.at(i).toObject(), path, &s))
            return false;
        for (const Scenario &seen : std::as_const(m_scenarios)) {
            if (seen.id == s.id)
                return fail(path + QStringLiteral(".id"),
                            QStringLiteral("\"%1\" is used twice").arg(s.id));
        }
        s.fileName = fileName;
        s.line = m_source.lineOfItem(QStringLiteral("id"), i);
        m_scenarios.append(s);
    }
    return true;
}

bool ScenarioParser::checkSlots(const QString &text, const QString &path)
{
    static const QRegularExpression slot(QStringLiteral("\\{([^}]*)\\}"));
    auto it = slot.globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!slotNames().contains(name))
            return fail(path, QStringLiteral("unknown slot {%1}; known: %2")
                                  .arg(name, slotNames().join(QStringLiteral(", "))));
    }
    return true;
}

bool ScenarioParser::parseScenario(const QJsonObject &o, const QString &path, Scenario *out)
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9-]+$"));
    out->id = o.value(QLatin1String("id")).toString();
    if (!idPattern.match(out->id).hasMatch())
        return fail(path + QStringLiteral(".id"), QStringLiteral("must be [a-z0-9-]+"));
    for (const char *field : {"stem", "explanation"}) {
        if (o.value(QLatin1String(field)).toString().trimmed().isEmpty())
            return fail(path + QLatin1Char('.') + QLatin1String(field),
                        QStringLiteral("missing or empty"));
    }
    out->stem = o.value(QLatin1String("stem")).toString().trimmed();
    out->explanation = o.value(QLatin1String("explanation")).toString().trimmed();
    if (!checkSlots(out->stem, path + QStringLiteral(".stem")) ||
        !checkSlots(out->explanation, path + QStringLiteral(".explanation")))
        return false;

    const QJsonArray fits = o.value(QLatin1String("fits")).toArray();
    for (const QJsonValue &v : fits) {
        if (!v.isString() || v.toString().isEmpty())
            return fail(path + QStringLiteral(".fits"), QStringLiteral("entry keys (text)"));
        out->fits << v.toString();
    }
    if (out->fits.isEmpty())
        return fail(path + QStringLiteral(".fits"), QStringLiteral("names no entry"));

    const QJsonArray objectives = o.value(QLatin1String("objectives")).toArray();
    static const QRegularExpression citation(QStringLiteral("^(\\S+) (\\S+)$"));
    for (int i = 0; i < objectives.size(); ++i) {
        const QString c = objectives.at(i).toString();
        const auto m = citation.match(c);
        bool known = false;
        for (const ExamInfo &e : knownExams()) {
            if (m.hasMatch() && ExamTag{e.id, {}, {}, false}.citation() == m.captured(1))
                known = true;
        }
        if (!known || !isObjectiveCitation(m.captured(2)) ||
            m.captured(2) == QLatin1String("acronyms"))
            return fail(
                path + QStringLiteral(".objectives[%1]").arg(i),
                QStringLiteral("\"%1\" is not an exam objective such as \"N10-009 1.4\"").arg(c));
        out->objectives << c;
    }
    if (out->objectives.isEmpty())
        return fail(path + QStringLiteral(".objectives"), QStringLiteral("cites no objective"));

    const QString answer = o.value(QLatin1String("answer")).toString();
    if (answer == QLatin1String("port"))
        out->answer = Scenario::Answer::Port;
    else if (answer == QLatin1String("protocol"))
        out->answer = Scenario::Answer::Protocol;
    else
        return fail(path + QStringLiteral(".answer"), QStringLiteral("must be port or protocol"));
    if (o.contains(QLatin1String("port"))) {
        const int port = o.value(QLatin1String("port")).toInt(-1);
        if (out->answer != Scenario::Answer::Port || port < 0 || port > 65535)
            return fail(path + QStringLiteral(".port"),
                        QStringLiteral("a port 0–65535, for a port answer only"));
        out->port = port;
    }

    const QJsonArray distractors = o.value(QLatin1String("distractors")).toArray();
    for (int i = 0; i < distractors.size(); ++i) {
        const QString dp = path + QStringLiteral(".distractors[%1]").arg(i);
        const QJsonObject d = distractors.at(i).toObject();
        Scenario::Distractor x;
        x.why = d.value(QLatin1String("why")).toString().trimmed();
        if (x.why.isEmpty())
            return fail(dp + QStringLiteral(".why"), QStringLiteral("must say why it is wrong"));
        if (out->answer == Scenario::Answer::Port) {
            x.port = d.value(QLatin1String("port")).toInt(-1);
            x.roleTrap = d.value(QLatin1String("role_trap")).toBool();
            if (x.port < 0 || x.port > 65535)
                return fail(dp + QStringLiteral(".port"), QStringLiteral("a port 0–65535"));
        } else {
            x.entryKey = d.value(QLatin1String("entry")).toString();
            if (x.entryKey.isEmpty())
                return fail(dp + QStringLiteral(".entry"), QStringLiteral("an entry key"));
        }
        out->distractors << x;
    }
    if (!out->distractors.isEmpty() && out->distractors.size() != 3)
        return fail(path + QStringLiteral(".distractors"),
                    QStringLiteral("three, or none to have them picked"));
    return true;
}

} // namespace portolan
