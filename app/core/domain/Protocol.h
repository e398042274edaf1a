#pragma once

#include "domain/Exam.h"
#include "domain/PortAssignment.h"
#include "domain/Security.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace portolan {

// A protocol of the curated study set: what it is, where it runs, how safe it is and what the
// exams say about it. Identified forever by its key (user progress is keyed by it).
struct Protocol
{
    enum class Kind
    {
        Service,
        IpProtocol
    };

    QString key;
    Kind kind = Kind::Service;
    QString abbreviation;
    QString name;
    QStringList aliases;
    QString summary;
    QList<PortAssignment> ports;
    int ipProtocol = -1;
    Security security = Security::Unclassified;
    QString securityReason;
    QStringList counterparts;
    QStringList related;
    QList<ExamTag> exams;
    QString category; // a knownCategories() id; empty only for the user's own entries
    QString officialVsCommon;
    QStringList sources;
    QString notes;

    // Named in the exam's objectives (a beyond-the-objectives mark does not count).
    bool hasExam(QStringView examId) const;
    // Marked useful for the exam beyond its objectives.
    bool isBeyond(QStringView examId) const;
    // The exam's objective tag, or nullptr.
    const ExamTag *examTag(QStringView examId) const;
    QString examLabel(QStringView examId) const;
    // Whether this protocol runs on every port/transport of `claims` (so it answers a question
    // asked about them); never for a protocol without ports.
    bool claimsAll(const QList<PortAssignment> &claims) const;

    friend bool operator==(const Protocol &, const Protocol &) = default;
};

} // namespace portolan
