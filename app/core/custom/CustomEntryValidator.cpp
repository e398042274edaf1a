#include "custom/CustomEntryValidator.h"

#include "custom/CustomPortParser.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace portolan {

namespace {

// A value read from a file or a form may be any byte, not only one of the four enumerators.
bool isKnownTransport(Transport t)
{
    switch (t) {
    case Transport::Tcp:
    case Transport::Udp:
    case Transport::Sctp:
    case Transport::Dccp:
        return true;
    }
    return false;
}

// Control characters (C0, DEL, C1) and the bidirectional formatting characters that can make
// text display in a different order than it is stored ("Trojan Source").
bool isHostile(QChar c, bool allowNewlines)
{
    const char16_t u = c.unicode();
    if (allowNewlines && (u == u'\n' || u == u'\t'))
        return false;
    if (u < 0x20 || (u >= 0x7f && u <= 0x9f))
        return true;
    return (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069) || u == 0x200e ||
           u == 0x200f || u == 0x061c;
}

QString hostileIn(const QString &text, bool allowNewlines)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isHostile(text.at(i), allowNewlines))
            return QStringLiteral("U+%1 at position %2")
                .arg(QString::number(text.at(i).unicode(), 16).toUpper().rightJustified(4, u'0'))
                .arg(i + 1);
    }
    return {};
}

} // namespace

QString CustomEntryValidator::keyFromName(const QString &name)
{
    QString slug;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD).toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            slug += c;
        else if (!slug.isEmpty() && !slug.endsWith(u'-') && (c.isSpace() || c.isPunct()))
            slug += u'-';
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    slug.truncate(kMaxKeyLength - 7);
    return slug.isEmpty() ? QString() : QStringLiteral("custom-") + slug;
}

bool CustomEntryValidator::parsePortSpan(QStringView text, int *first, int *last)
{
    // One grammar for ports: the form's and the terminal's parser.
    return CustomPortParser::parseSpan(text, first, last).isEmpty();
}

namespace {

// What is wrong with a label or tag, without the field's name; empty when nothing is.
QString labelProblem(const QString &t)
{
    if (t.isEmpty())
        return QCoreApplication::translate("CustomEntryValidator", "must not be empty.");
    if (t.size() > CustomEntryValidator::kMaxTagLength)
        return QCoreApplication::translate("CustomEntryValidator",
                                           "at most %1 characters (this one has %2).")
            .arg(CustomEntryValidator::kMaxTagLength)
            .arg(t.size());
    const QString bad = hostileIn(t, false);
    if (!bad.isEmpty())
        return QCoreApplication::translate("CustomEntryValidator",
                                           "contains a control or text-direction character (%1).")
            .arg(bad);
    return {};
}

} // namespace

QString CustomEntryValidator::checkLabel(const QString &label)
{
    const QString problem = labelProblem(label.trimmed());
    return problem.isEmpty()
               ? QString()
               : QCoreApplication::translate("CustomEntryValidator", "Label: %1").arg(problem);
}

QList<CustomEntryValidator::Problem> CustomEntryValidator::validate(const CustomEntry &e) const
{
    QList<Problem> out;
    const auto add = [&](Field f, const QString &m) { out.append({f, m}); };

    static const QRegularExpression keyRe(QStringLiteral("^custom-[a-z0-9]+(?:-[a-z0-9]+)*$"));
    if (e.key.isEmpty())
        add(Field::Key,
            QCoreApplication::translate("CustomEntryValidator", "Key: must not be empty."));
    else if (e.key.size() > kMaxKeyLength)
        add(Field::Key,
            QCoreApplication::translate("CustomEntryValidator", "Key: at most %1 characters.")
                .arg(kMaxKeyLength));
    else if (!keyRe.match(e.key).hasMatch())
        add(Field::Key, QCoreApplication::translate(
                            "CustomEntryValidator",
                            "Key: must look like \"custom-my-service\" (lower-case letters, digits "
                            "and single dashes after \"custom-\")."));
    else if (m_taken.contains(e.key))
        add(Field::Key,
            QCoreApplication::translate("CustomEntryValidator", "Key: \"%1\" is already taken.")
                .arg(e.key));

    const QString name = e.name.trimmed();
    if (name.isEmpty())
        add(Field::Name,
            QCoreApplication::translate("CustomEntryValidator", "Name: must not be empty."));
    else if (e.name.size() > kMaxNameLength)
        add(Field::Name,
            QCoreApplication::translate("CustomEntryValidator",
                                        "Name: at most %1 characters (this one has %2).")
                .arg(kMaxNameLength)
                .arg(e.name.size()));
    else if (const QString bad = hostileIn(e.name, false); !bad.isEmpty())
        add(Field::Name, QCoreApplication::translate(
                             "CustomEntryValidator",
                             "Name: contains a control or text-direction character (%1).")
                             .arg(bad));

    if (e.abbreviation.size() > kMaxTagLength)
        add(Field::Abbreviation, QCoreApplication::translate("CustomEntryValidator",
                                                             "Abbreviation: at most %1 characters.")
                                     .arg(kMaxTagLength));
    else if (const QString bad = hostileIn(e.abbreviation, false); !bad.isEmpty())
        add(Field::Abbreviation,
            QCoreApplication::translate(
                "CustomEntryValidator",
                "Abbreviation: contains a control or text-direction character (%1).")
                .arg(bad));

    if (e.ports.isEmpty())
        add(Field::Ports,
            QCoreApplication::translate("CustomEntryValidator",
                                        "Port: at least one port or range is needed."));
    else if (e.ports.size() > kMaxPorts)
        add(Field::Ports,
            QCoreApplication::translate("CustomEntryValidator", "Port: at most %1 ports or ranges.")
                .arg(kMaxPorts));
    for (const CustomPort &p : e.ports) {
        if (p.first < 0 || p.first > 65535 || p.last < 0 || p.last > 65535) {
            add(Field::Ports, QCoreApplication::translate("CustomEntryValidator",
                                                          "Port: %1–%2 is outside 0–65535.")
                                  .arg(p.first)
                                  .arg(p.last));
            break;
        }
        if (p.first > p.last) {
            add(Field::Ports, QCoreApplication::translate(
                                  "CustomEntryValidator",
                                  "Port: the range %1–%2 runs backwards (the first port must not "
                                  "be above the last).")
                                  .arg(p.first)
                                  .arg(p.last));
            break;
        }
        if (!isKnownTransport(p.transport)) {
            add(Field::Ports,
                QCoreApplication::translate("CustomEntryValidator",
                                            "Transport: must be tcp, udp, sctp or dccp."));
            break;
        }
    }

    if (!e.counterpartKey.isEmpty() &&
        (e.counterpartKey == e.key || e.counterpartKey.size() > 200 ||
         !hostileIn(e.counterpartKey, false).isEmpty()))
        add(Field::Counterpart,
            QCoreApplication::translate("CustomEntryValidator",
                                        "Counterpart: must be another entry's key."));

    if (e.notes.size() > kMaxNotesLength)
        add(Field::Notes,
            QCoreApplication::translate("CustomEntryValidator",
                                        "Notes: at most %1 characters (these have %2).")
                .arg(kMaxNotesLength)
                .arg(e.notes.size()));
    else if (const QString bad = hostileIn(e.notes, true); !bad.isEmpty())
        add(Field::Notes, QCoreApplication::translate(
                              "CustomEntryValidator",
                              "Notes: contain a control or text-direction character (%1).")
                              .arg(bad));

    if (e.tags.size() > kMaxTags)
        add(Field::Tags,
            QCoreApplication::translate("CustomEntryValidator", "Tags: at most %1.").arg(kMaxTags));
    for (const QString &t : e.tags) {
        const QString problem = labelProblem(t);
        if (!problem.isEmpty()) {
            add(Field::Tags,
                QCoreApplication::translate("CustomEntryValidator", "Tag: %1").arg(problem));
            break;
        }
        if (t.contains(u',')) {
            add(Field::Tags, QCoreApplication::translate("CustomEntryValidator",
                                                         "Tag: \"%1\" must not contain a comma.")
                                 .arg(t));
            break;
        }
    }
    return out;
}

} // namespace portolan
