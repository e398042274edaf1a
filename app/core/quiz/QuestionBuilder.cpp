#include "quiz/QuestionBuilder.h"

#include "catalog/Catalog.h"
#include "quiz/AnswerChecker.h"
#include "quiz/DistractorPicker.h"
#include "quiz/NameIndex.h"
#include "quiz/PortText.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace portolan {

namespace {

bool isClassKind(CardKind kind)
{
    return kind == CardKind::Transport || kind == CardKind::Security ||
           kind == CardKind::RangeClass;
}

// "67 UDP server · 68 UDP client": each port once with its role, transports merged when the
// role is the same on both.
QString rolesText(const QList<PortAssignment> &claims)
{
    QList<QPair<PortAssignment, TransportMask>> merged;
    for (const PortAssignment &a : claims) {
        const auto same = std::find_if(merged.begin(), merged.end(), [&](const auto &m) {
            return m.first.first == a.first && m.first.last == a.last && m.first.role == a.role;
        });
        if (same != merged.end())
            same->second |= maskOf(a.transport);
        else
            merged.append({a, maskOf(a.transport)});
    }
    QStringList parts;
    for (const auto &[a, mask] : std::as_const(merged))
        parts << a.portText() + QLatin1Char(' ') + transportMaskLabel(mask) + QStringLiteral(": ") +
                     a.role;
    return parts.join(QStringLiteral(" · "));
}

} // namespace

QuestionBuilder::QuestionBuilder(const Catalog &catalog, const DistractorPicker &distractors)
    : m_catalog(catalog), m_distractors(distractors)
{}

QString QuestionBuilder::describe(const Card &card) const
{
    const Protocol *p = m_catalog.protocol(card.protocolKey);
    const QString name = p ? p->abbreviation : card.protocolKey;
    return name + QStringLiteral(" · ") + cardKindLabel(card.kind);
}

Question QuestionBuilder::build(const Card &card, AnswerFormat format, quint64 seed) const
{
    Question q;
    q.card = card;
    if (format == AnswerFormat::Choice && isClassKind(card.kind))
        format = AnswerFormat::Classify;
    else if (format == AnswerFormat::Classify && !isClassKind(card.kind))
        format = AnswerFormat::Choice;
    q.format = format;

    const int index = m_catalog.protocolIndex(card.protocolKey);
    if (index < 0) {
        q.format = AnswerFormat::Flashcard;
        q.cue = card.protocolKey;
        q.ask = QCoreApplication::translate("QuestionBuilder",
                                            "This card's protocol is no longer in the study set.");
        return q;
    }
    switch (card.kind) {
    case CardKind::PortToProtocol:
        fillPortToProtocol(q, index, seed);
        break;
    case CardKind::ProtocolToPort:
        fillProtocolToPort(q, index, seed);
        break;
    case CardKind::Counterpart:
        fillCounterpart(q, index, seed);
        break;
    case CardKind::FullName:
        fillFullName(q, index, seed);
        break;
    case CardKind::Transport:
    case CardKind::Security:
    case CardKind::RangeClass:
        fillClass(q, index);
        break;
    }
    if (q.format == AnswerFormat::Choice && q.options.size() < 2) {
        q.format = AnswerFormat::Flashcard;
        q.options.clear();
        q.optionNotes.clear();
        q.correctOption = -1;
    }
    if (q.format == AnswerFormat::Flashcard) {
        q.options.clear();
        q.optionNotes.clear();
        q.correctOption = -1;
    }
    if (q.format == AnswerFormat::Typed && q.hint.isEmpty())
        q.hint = card.kind == CardKind::PortToProtocol || card.kind == CardKind::Counterpart
                     ? QCoreApplication::translate("QuestionBuilder",
                                                   "Type the abbreviation or the full name.")
                     : QCoreApplication::translate("QuestionBuilder", "Type the answer.");
    return q;
}

void QuestionBuilder::shuffleOptions(Question &q, QStringList options, QStringList notes,
                                     quint64 seed)
{
    // options[0] is the right one; a seeded shuffle puts it anywhere. The card's own hash is
    // mixed in so that cards asked with the same seed still place it differently.
    const quint64 mixed = (seed ^ q.card.stableHash()) * 0x9e3779b97f4a7c15ULL;
    QRandomGenerator rng(quint32(mixed >> 32));
    QList<int> order;
    for (int i = 0; i < options.size(); ++i)
        order << i;
    for (qsizetype i = order.size() - 1; i > 0; --i)
        order.swapItemsAt(i, qsizetype(rng.bounded(quint32(i + 1))));
    q.options.clear();
    q.optionNotes.clear();
    for (int i : std::as_const(order)) {
        if (i == 0)
            q.correctOption = int(q.options.size());
        q.options << options.at(i);
        q.optionNotes << notes.value(i);
    }
}

void QuestionBuilder::fillPortToProtocol(Question &q, int index, quint64 seed) const
{
    const auto &all = m_catalog.protocols();
    const Protocol &p = all.at(index);
    q.cue = portClaimsText(p.ports);
    q.ask = QCoreApplication::translate("QuestionBuilder", "Which protocol uses this?");
    q.acceptedProtocols = {index};
    QStringList also;
    for (int i = 0; i < all.size(); ++i) {
        if (i != index && all.at(i).claimsAll(p.ports)) {
            q.acceptedProtocols << i;
            also << all.at(i).abbreviation;
        }
    }
    q.answer = NameIndex::normalize(p.name) == NameIndex::normalize(p.abbreviation)
                   ? p.abbreviation
                   : p.abbreviation + QStringLiteral(" — ") + p.name;
    q.detail = p.summary;
    if (!also.isEmpty())
        q.detail +=
            QLatin1Char(' ') + QCoreApplication::translate("QuestionBuilder", "Also right: %1.")
                                   .arg(also.join(QStringLiteral(", ")));
    if (q.format != AnswerFormat::Choice)
        return;
    QStringList options{p.abbreviation};
    QStringList notes{QString()};
    for (int d : m_distractors.protocols(index, q.acceptedProtocols, kChoiceOptions - 1, seed)) {
        const Protocol &o = all.at(d);
        options << o.abbreviation;
        notes << (o.ports.isEmpty() ? QCoreApplication::translate(
                                          "QuestionBuilder", "%1 is IP protocol %2, not a port.")
                                          .arg(o.abbreviation)
                                          .arg(o.ipProtocol)
                                    : QCoreApplication::translate("QuestionBuilder", "%1 uses %2.")
                                          .arg(o.abbreviation, portClaimsText(o.ports)));
    }
    shuffleOptions(q, options, notes, seed);
}

void QuestionBuilder::fillProtocolToPort(Question &q, int index, quint64 seed) const
{
    const auto &all = m_catalog.protocols();
    const Protocol &p = all.at(index);
    q.expectedPorts = portNumbers(p.ports);
    const int n = int(q.expectedPorts.size());
    q.cue = p.abbreviation;
    q.ask = n == 1 ? QCoreApplication::translate("QuestionBuilder", "Which port does it use?")
                   : QCoreApplication::translate("QuestionBuilder", "Which %n ports does it use?",
                                                 nullptr, n);
    q.hint = QCoreApplication::translate("QuestionBuilder",
                                         "Port numbers in any order, with any separator.");
    q.answer = portSetText(q.expectedPorts);
    q.detail = rolesText(p.ports);
    if (q.format != AnswerFormat::Choice)
        return;
    QStringList options{portSetText(q.expectedPorts)};
    QStringList notes{QString()};
    for (const QList<int> &set : m_distractors.portSets(index, kChoiceOptions - 1, seed)) {
        options << portSetText(set);
        QString note;
        for (const Protocol &o : all) {
            if (!o.ports.isEmpty() && portNumbers(o.ports) == set) {
                note = QCoreApplication::translate("QuestionBuilder", "%1 is %2.")
                           .arg(portSetText(set), o.abbreviation);
                break;
            }
        }
        notes << note;
    }
    shuffleOptions(q, options, notes, seed);
}

void QuestionBuilder::fillCounterpart(Question &q, int index, quint64 seed) const
{
    const auto &all = m_catalog.protocols();
    const Protocol &p = all.at(index);
    QStringList names;
    QStringList ports;
    for (const QString &key : p.counterparts) {
        const int i = m_catalog.protocolIndex(key);
        if (i < 0)
            continue;
        q.acceptedProtocols << i;
        names << all.at(i).abbreviation;
        if (!all.at(i).ports.isEmpty())
            ports << all.at(i).abbreviation + QLatin1Char(' ') + portClaimsText(all.at(i).ports);
    }
    q.cue = p.abbreviation;
    q.ask = QCoreApplication::translate("QuestionBuilder", "What is its secure counterpart?");
    q.answer = names.join(QCoreApplication::translate("QuestionBuilder", " or "));
    q.detail = ports.join(QStringLiteral("; "));
    if (q.format != AnswerFormat::Choice || q.acceptedProtocols.isEmpty())
        return;
    QStringList options{names.first()};
    QStringList notes{QString()};
    for (int d : m_distractors.counterparts(index, {}, kChoiceOptions - 1, seed)) {
        const Protocol &o = all.at(d);
        options << o.abbreviation;
        notes << QCoreApplication::translate("QuestionBuilder",
                                             "%1 is not a counterpart of %2 (%3).")
                     .arg(o.abbreviation, p.abbreviation, o.summary);
    }
    shuffleOptions(q, options, notes, seed);
}

void QuestionBuilder::fillFullName(Question &q, int index, quint64 seed) const
{
    const Protocol &p = m_catalog.protocols().at(index);
    static const QRegularExpression parens(QStringLiteral("\\s*\\([^)]*\\)"));
    const QString shorter = QString(p.name).remove(parens).trimmed();
    q.expectedNames = {p.name};
    if (!shorter.isEmpty() && shorter != p.name)
        q.expectedNames << shorter;
    // An exam's own expansion is right on that exam ("Secure File Transfer Protocol" for SFTP in
    // Network+); labels without a space are acronyms ("SMTPS"), not expansions.
    for (const ExamTag &t : p.exams) {
        if (!t.beyond && t.label.contains(QLatin1Char(' ')) && !q.expectedNames.contains(t.label))
            q.expectedNames << t.label;
    }
    q.cue = p.abbreviation;
    q.ask = QCoreApplication::translate("QuestionBuilder", "What does it stand for?");
    q.answer = p.name;
    q.detail = p.summary;
    if (q.format != AnswerFormat::Choice)
        return;
    QStringList options{p.name};
    QStringList notes{QString()};
    const QStringList misnomers = DistractorPicker::misnomers(p.key);
    for (const QString &name : m_distractors.names(index, kChoiceOptions - 1, seed)) {
        options << name;
        notes << (misnomers.contains(name)
                      ? QCoreApplication::translate("QuestionBuilder",
                                                    "“%1” is a common misreading.")
                            .arg(name)
                      : QCoreApplication::translate("QuestionBuilder", "“%1” is another protocol.")
                            .arg(name));
    }
    shuffleOptions(q, options, notes, seed);
}

void QuestionBuilder::fillClass(Question &q, int index) const
{
    const Protocol &p = m_catalog.protocols().at(index);
    const CardKind kind = q.card.kind;
    const QStringList labels = AnswerChecker::classLabels(kind);
    q.cue = p.abbreviation;
    if (kind == CardKind::Transport) {
        TransportMask mask = 0;
        for (const PortAssignment &a : p.ports)
            mask |= maskOf(a.transport);
        const bool tcp = mask & maskOf(Transport::Tcp);
        const bool udp = mask & maskOf(Transport::Udp);
        q.expectedClass = tcp && udp ? 2 : tcp ? 0 : 1;
        q.ask = QCoreApplication::translate("QuestionBuilder", "TCP, UDP, or both?");
        q.detail = rolesText(p.ports);
    } else if (kind == CardKind::Security) {
        q.expectedClass = p.security == Security::Secure     ? 0
                          : p.security == Security::Insecure ? 1
                                                             : 2;
        q.ask =
            QCoreApplication::translate("QuestionBuilder", "Secure, insecure, or does it depend?");
        q.detail = p.securityReason;
    } else {
        const int port = p.ports.isEmpty() ? 0 : p.ports.first().first;
        const RangeClass range = rangeClassOf(port);
        q.expectedClass = range == RangeClass::System ? 0 : range == RangeClass::User ? 1 : 2;
        q.cue = QString::number(port);
        q.ask = QCoreApplication::translate("QuestionBuilder", "Which IANA port range is it in?");
        q.detail = QCoreApplication::translate(
                       "QuestionBuilder",
                       "%1 is %2. System 0–1023 · User 1024–49151 · Dynamic 49152–65535.")
                       .arg(port)
                       .arg(p.abbreviation);
    }
    q.answer = labels.value(q.expectedClass);
    if (q.format == AnswerFormat::Classify) {
        q.options = labels;
        q.optionNotes = QStringList(labels.size(), QString());
        q.correctOption = q.expectedClass;
    }
}

} // namespace portolan
