// Fuzz target: a study package as read from a file (package/StudyPackageJson). A package comes
// from another machine or another person, so any bytes may arrive: reading never crashes, a
// refusal says where ("notes[2].protocol: ..."), and what is accepted keeps the promises the
// merge relies on (one note per entry, ratings 1-4, no card twice, one answer per practice
// question, finite fitted weights) and survives a write and a
// second read unchanged.

#include "FuzzSupport.h"
#include "package/StudyPackageJson.h"

#include <QSet>
#include <cmath>

using namespace portolan;
using portolan::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    QString error;
    const std::optional<StudyPackageData> package = StudyPackageJson::fromJson(bytes, &error);
    if (!package) {
        require(!error.isEmpty(), "a refusal says why");
        return 0;
    }
    QSet<QString> noted;
    for (const PackageNote &n : package->notes) {
        require(!noted.contains(n.protocolKey), "one note per entry");
        noted.insert(n.protocolKey);
        require(n.body.size() <= StudyPackageJson::kMaxNoteLength, "notes within their limit");
    }
    for (const PackageReview &r : package->reviews) {
        const int rating = int(r.review.rating);
        require(rating >= 1 && rating <= 4, "ratings 1-4");
        require(r.review.reviewedAt >= 0, "times are not negative");
    }
    for (const PackagePracticeExam &e : package->practiceExams) {
        require(e.answers.size() == e.result.questions, "one answer per question");
        int right = 0;
        for (const PracticeAnswerRecord &a : e.answers)
            right += a.correct ? 1 : 0;
        require(right == e.result.right, "right count agrees with the answers");
    }
    if (package->fsrsWeights) {
        for (const double w : package->fsrsWeights->weights)
            require(std::isfinite(w), "weights are finite");
        require(package->fsrsWeights->fittedAt > 0, "weights were fitted");
    }
    for (const PackageCustomEntry &e : package->customEntries) {
        for (const CustomPort &p : e.entry.ports)
            require(p.first >= 0 && p.first <= p.last && p.last <= 65535, "ports 0-65535");
    }

    // What was accepted is written and read back to the same package.
    const QByteArray written = StudyPackageJson::toJson(*package);
    QString again;
    const std::optional<StudyPackageData> reread = StudyPackageJson::fromJson(written, &again);
    require(reread.has_value(), "a written package reads back");
    require(StudyPackageJson::toJson(*reread) == written, "write, read, write is stable");
    return 0;
}
