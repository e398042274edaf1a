#pragma once

// Shared by the quiz tests: a frozen copy of the study set (so that content edits in
// db/reference cannot change what these tests expect), a scheduler with fuzz off, and a fresh
// database in a temporary folder.

#include "../support/TestTime.h"
#include "catalog/Catalog.h"
#include "catalog/ReferenceParser.h"
#include "quiz/AnswerChecker.h"
#include "quiz/PortText.h"
#include "quiz/Question.h"
#include "quiz/QuizStore.h"
#include "srs/FsrsScheduler.h"
#include "storage/Database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

namespace portolan::testing {

// 2025-03-10 09:00 UTC: a Monday, far from any DST change.
constexpr qint64 kMonday9am = 1741597200000LL;

inline QList<Protocol> fixtureProtocols()
{
    QFile file(QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/quiz/fixture-studyset.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the quiz fixture");
    ReferenceParser parser;
    if (!parser.parse(file.readAll(), QStringLiteral("fixture-studyset.json")))
        qFatal("%s", qPrintable(parser.errorText()));
    return parser.protocols();
}

inline Catalog fixtureCatalog()
{
    Catalog catalog;
    catalog.setData(fixtureProtocols(), {});
    return catalog;
}

// A catalog of just the named protocols, in that order (for deliberately thin data).
inline Catalog smallCatalog(const QStringList &keys)
{
    QList<Protocol> picked;
    const QList<Protocol> all = fixtureProtocols();
    for (const QString &key : keys) {
        for (const Protocol &p : all) {
            if (p.key == key)
                picked << p;
        }
    }
    Catalog catalog;
    catalog.setData(picked, {});
    return catalog;
}

// Fuzz off and UTC days: due dates in tests are exact.
inline FsrsScheduler testScheduler()
{
    return FsrsScheduler(FsrsParameters{}, DayCounter::utc());
}

// A migrated database in its own temporary folder.
struct TempDatabase
{
    QTemporaryDir dir;
    Database db;

    TempDatabase()
    {
        if (!dir.isValid() || !db.open(dir.filePath(QStringLiteral("quiz.sqlite"))))
            qFatal("cannot open a test database: %s", qPrintable(db.errorMessage()));
    }
    QString path() const { return dir.filePath(QStringLiteral("quiz.sqlite")); }
};

// Text that answers a question right when typed (what a learner who knows it would type).
inline QString rightAnswer(const Catalog &catalog, const Question &q)
{
    switch (q.card.kind) {
    case CardKind::PortToProtocol:
    case CardKind::Counterpart:
        return catalog.protocols().at(q.acceptedProtocols.first()).abbreviation;
    case CardKind::ProtocolToPort:
        return portSetText(q.expectedPorts);
    case CardKind::FullName:
        return q.expectedNames.first();
    case CardKind::Transport:
    case CardKind::Security:
    case CardKind::RangeClass:
        return AnswerChecker::classLabels(q.card.kind).at(q.expectedClass);
    }
    return {};
}

// The store's log since fromMs; a read that fails fails the test instead of looking empty.
inline QList<ReviewRecord> reviewsIn(QuizStore &store, qint64 fromMs = 0)
{
    QList<ReviewRecord> out;
    if (!store.reviewsSince(fromMs, &out))
        qFatal("review log unreadable: %s", qPrintable(store.errorText()));
    return out;
}

} // namespace portolan::testing
