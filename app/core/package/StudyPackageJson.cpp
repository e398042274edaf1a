#include "package/StudyPackageJson.h"

#include "custom/CustomEntryValidator.h"
#include "package/PackageJsonReader.h"
#include "practice/PracticeQuestion.h"
#include "search/SavedSearches.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace portolan {

namespace {

const QString kFormat = QStringLiteral("portolan-study-package");
const QStringList kAnswerFormats = {QStringLiteral("flashcard"), QStringLiteral("typed"),
                                    QStringLiteral("choice"), QStringLiteral("classify")};

QJsonValue timeOrNull(const std::optional<qint64> &t)
{
    return t ? QJsonValue(*t) : QJsonValue(QJsonValue::Null);
}

QJsonObject memoryJson(const CardMemory &m)
{
    return {{QStringLiteral("due"), m.due},
            {QStringLiteral("stability"), m.stability},
            {QStringLiteral("difficulty"), m.difficulty},
            {QStringLiteral("elapsedDays"), m.elapsedDays},
            {QStringLiteral("scheduledDays"), m.scheduledDays},
            {QStringLiteral("learningSteps"), m.learningSteps},
            {QStringLiteral("reps"), m.reps},
            {QStringLiteral("lapses"), m.lapses},
            {QStringLiteral("state"), static_cast<int>(m.state)},
            {QStringLiteral("lastReview"), timeOrNull(m.lastReview)}};
}

void readCards(PackageJsonReader &r, const QJsonObject &root, StudyPackageData *out)
{
    const QJsonArray cards = r.array(root, QStringLiteral("cards"));
    for (qsizetype i = 0; i < cards.size() && !r.failed(); ++i) {
        const QString path = PackageJsonReader::at(QStringLiteral("cards"), i);
        const QJsonObject o = r.object(cards.at(i), path);
        const QString key = r.cardKey(o, path, QStringLiteral("key"));
        const CardMemory memory = r.memory(o, path);
        if (!r.failed() && out->cards.contains(key))
            r.fail(PackageJsonReader::at(path, QStringLiteral("key")),
                   QCoreApplication::translate("StudyPackage", "\"%1\" appears twice").arg(key));
        out->cards.insert(key, memory);
    }
}

void readReviews(PackageJsonReader &r, const QJsonObject &root, StudyPackageData *out)
{
    const QJsonArray reviews = r.array(root, QStringLiteral("reviews"));
    for (qsizetype i = 0; i < reviews.size() && !r.failed(); ++i) {
        const QString path = PackageJsonReader::at(QStringLiteral("reviews"), i);
        const QJsonObject o = r.object(reviews.at(i), path);
        PackageReview p;
        ReviewRecord &rec = p.review;
        rec.cardKey = r.cardKey(o, path, QStringLiteral("card"));
        rec.reviewedAt = r.time(o, path, QStringLiteral("reviewedAt"));
        rec.rating = static_cast<Rating>(r.integer(o, path, QStringLiteral("rating"), 1, 4));
        rec.answerFormat = r.text(o, path, QStringLiteral("answerFormat"), 20);
        if (!r.failed() && !kAnswerFormats.contains(rec.answerFormat))
            r.fail(PackageJsonReader::at(path, QStringLiteral("answerFormat")),
                   QCoreApplication::translate("StudyPackage",
                                               "must be flashcard, typed, choice or classify"));
        rec.durationMs =
            r.integer(o, path, QStringLiteral("durationMs"), 0, PackageJsonReader::kMaxTime);
        const QJsonValue before = o.value(QStringLiteral("before"));
        if (!before.isNull() && !before.isUndefined()) {
            const QString where = PackageJsonReader::at(path, QStringLiteral("before"));
            rec.before = r.memory(r.object(before, where), where);
        }
        const QString afterPath = PackageJsonReader::at(path, QStringLiteral("after"));
        const auto after = r.value(o, path, QStringLiteral("after"));
        if (after)
            rec.after = r.memory(r.object(*after, afterPath), afterPath);
        rec.after.lastReview = rec.reviewedAt; // as the log stores it
        const auto undone = r.value(o, path, QStringLiteral("undone"));
        if (undone && !undone->isBool())
            r.fail(PackageJsonReader::at(path, QStringLiteral("undone")),
                   QCoreApplication::translate("StudyPackage", "must be true or false"));
        rec.undone = undone && undone->toBool();
        if (rec.undone)
            p.undoneAt = r.time(o, path, QStringLiteral("undoneAt"));
        out->reviews.append(p);
    }
}

void readNotes(PackageJsonReader &r, const QJsonObject &root, StudyPackageData *out)
{
    const QJsonArray notes = r.array(root, QStringLiteral("notes"));
    // One note per entry, as the window keeps it: two would make the import's result depend
    // on their order.
    QSet<QString> seen;
    for (qsizetype i = 0; i < notes.size() && !r.failed(); ++i) {
        const QString path = PackageJsonReader::at(QStringLiteral("notes"), i);
        const QJsonObject o = r.object(notes.at(i), path);
        PackageNote n;
        n.protocolKey = r.key(o, path, QStringLiteral("protocol"));
        n.body = r.text(o, path, QStringLiteral("body"), StudyPackageJson::kMaxNoteLength, false);
        n.updatedAt = r.time(o, path, QStringLiteral("updatedAt"));
        if (!r.failed() && seen.contains(n.protocolKey))
            r.fail(PackageJsonReader::at(path, QStringLiteral("protocol")),
                   QCoreApplication::translate("StudyPackage", "\"%1\" appears twice")
                       .arg(n.protocolKey));
        seen.insert(n.protocolKey);
        out->notes.append(n);
    }
}

void readCustomEntries(PackageJsonReader &r, const QJsonObject &root, StudyPackageData *out)
{
    const QJsonArray entries = r.array(root, QStringLiteral("customEntries"));
    QSet<QString> seen;
    for (qsizetype i = 0; i < entries.size() && !r.failed(); ++i) {
        const QString path = PackageJsonReader::at(QStringLiteral("customEntries"), i);
        const QJsonObject o = r.object(entries.at(i), path);
        PackageCustomEntry p;
        CustomEntry &e = p.entry;
        e.key = r.key(o, path, QStringLiteral("key"));
        e.name = r.text(o, path, QStringLiteral("name"), CustomEntryValidator::kMaxNameLength);
        e.abbreviation =
            r.text(o, path, QStringLiteral("abbreviation"), CustomEntryValidator::kMaxTagLength);
        const QString security = r.text(o, path, QStringLiteral("security"), 20);
        if (!security.isEmpty() && !parseSecurity(security, &e.security))
            r.fail(PackageJsonReader::at(path, QStringLiteral("security")),
                   QCoreApplication::translate("StudyPackage",
                                               "must be secure, insecure, depends or empty"));
        e.counterpartKey =
            r.text(o, path, QStringLiteral("counterpart"), StudyPackageJson::kMaxKeyLength);
        e.notes = r.text(o, path, QStringLiteral("notes"), CustomEntryValidator::kMaxNotesLength);
        p.updatedAt = r.time(o, path, QStringLiteral("updatedAt"));
        const QString portsPath = PackageJsonReader::at(path, QStringLiteral("ports"));
        const auto ports = r.value(o, path, QStringLiteral("ports"));
        if (ports && !ports->isArray())
            r.fail(portsPath, QCoreApplication::translate("StudyPackage", "must be a list"));
        const QJsonArray list = ports ? ports->toArray() : QJsonArray();
        for (qsizetype j = 0; j < list.size() && !r.failed(); ++j) {
            const QString pp = PackageJsonReader::at(portsPath, j);
            const QJsonObject po = r.object(list.at(j), pp);
            CustomPort port;
            port.first = int(r.integer(po, pp, QStringLiteral("first"), 0, 65535));
            port.last = int(r.integer(po, pp, QStringLiteral("last"), 0, 65535));
            const QString transport = r.text(po, pp, QStringLiteral("transport"), 10);
            if (!r.failed() && !parseTransport(transport, &port.transport))
                r.fail(
                    PackageJsonReader::at(pp, QStringLiteral("transport")),
                    QCoreApplication::translate("StudyPackage", "must be tcp, udp, sctp or dccp"));
            e.ports.append(port);
        }
        if (r.failed())
            return;
        // The form's own rules, so that nothing enters here that could not be typed in.
        const QList<CustomEntryValidator::Problem> problems = CustomEntryValidator().validate(e);
        if (!problems.isEmpty())
            r.fail(path, problems.first().message);
        else if (seen.contains(e.key))
            r.fail(PackageJsonReader::at(path, QStringLiteral("key")),
                   QCoreApplication::translate("StudyPackage", "\"%1\" appears twice").arg(e.key));
        seen.insert(e.key);
        out->customEntries.append(p);
    }
}

void readLabels(PackageJsonReader &r, const QJsonObject &root, StudyPackageData *out)
{
    const auto labels = r.value(root, {}, QStringLiteral("labels"));
    if (!labels)
        return;
    const QJsonObject o = r.object(*labels, QStringLiteral("labels"));
    for (auto it = o.constBegin(); it != o.constEnd() && !r.failed(); ++it) {
        const QString path = QStringLiteral("labels[\"%1\"]").arg(it.key().left(40));
        if (it.key().isEmpty() || it.key().size() > StudyPackageJson::kMaxKeyLength ||
            PackageJsonReader::hasHostile(it.key())) {
            r.fail(path, QCoreApplication::translate("StudyPackage", "not an entry key"));
            return;
        }
        if (!it.value().isArray()) {
            r.fail(path, QCoreApplication::translate("StudyPackage", "must be a list"));
            return;
        }
        const QJsonArray list = it.value().toArray();
        QStringList &mine = out->labels[it.key()];
        for (qsizetype j = 0; j < list.size(); ++j) {
            const QString where = PackageJsonReader::at(path, j);
            if (!list.at(j).isString())
                return void(
                    r.fail(where, QCoreApplication::translate("StudyPackage", "must be text")));
            const QString problem = CustomEntryValidator::checkLabel(list.at(j).toString());
            if (!problem.isEmpty())
                return void(r.fail(where, problem));
            mine.append(list.at(j).toString().trimmed());
        }
    }
}

void readExamPlans(PackageJsonReader &r, const QJsonObject &root, StudyPackageData *out)
{
    const QJsonArray plans = r.array(root, QStringLiteral("examPlans"));
    for (qsizetype i = 0; i < plans.size() && !r.failed(); ++i) {
        const QString path = PackageJsonReader::at(QStringLiteral("examPlans"), i);
        const QJsonObject o = r.object(plans.at(i), path);
        StoredExamPlan plan;
        plan.examId = r.key(o, path, QStringLiteral("exam"));
        const QString date = r.text(o, path, QStringLiteral("examDate"), 10);
        plan.examDate = QDate::fromString(date, Qt::ISODate);
        if (!r.failed() && (date.size() != 10 || !plan.examDate.isValid()))
            r.fail(PackageJsonReader::at(path, QStringLiteral("examDate")),
                   QCoreApplication::translate("StudyPackage", "must be a date like 2026-03-20"));
        plan.target = r.number(o, path, QStringLiteral("target"), 0.001, 0.999);
        plan.createdAt = r.time(o, path, QStringLiteral("createdAt"));
        plan.closedAt = r.optionalTime(o, path, QStringLiteral("closedAt"));
        out->examPlans.append(plan);
    }
}

void readSavedSearches(PackageJsonReader &r, const QJsonObject &root, StudyPackageData *out)
{
    const QJsonArray searches = r.array(root, QStringLiteral("savedSearches"));
    for (qsizetype i = 0; i < searches.size() && !r.failed(); ++i) {
        const QString path = PackageJsonReader::at(QStringLiteral("savedSearches"), i);
        const QJsonObject o = r.object(searches.at(i), path);
        PackageSavedSearch s;
        s.name = r.text(o, path, QStringLiteral("name"), SavedSearches::kMaxNameLength, false);
        s.query = r.text(o, path, QStringLiteral("query"), SavedSearches::kMaxQueryLength, false);
        s.createdAt = r.time(o, path, QStringLiteral("createdAt"));
        if (r.failed())
            return;
        const QString problem = SavedSearches::problemWith(s.name, s.query);
        if (!problem.isEmpty())
            r.fail(path, problem);
        s.name = s.name.trimmed();
        s.query = s.query.trimmed();
        out->savedSearches.append(s);
    }
}

// Optional: packages written before practice exams travelled have no such list.
void readPracticeExams(PackageJsonReader &r, const QJsonObject &root, StudyPackageData *out)
{
    const QString list = QStringLiteral("practiceExams");
    if (!root.contains(list))
        return;
    const QJsonArray exams = r.array(root, list);
    for (qsizetype i = 0; i < exams.size() && !r.failed(); ++i) {
        const QString path = PackageJsonReader::at(list, i);
        const QJsonObject o = r.object(exams.at(i), path);
        PackagePracticeExam exam;
        PracticeResult &result = exam.result;
        result.examId = r.key(o, path, QStringLiteral("exam"));
        result.takenAt = r.time(o, path, QStringLiteral("takenAt"));
        // Text, because a 64-bit seed does not fit a JSON number exactly.
        const QString seed = r.text(o, path, QStringLiteral("seed"), 20, false);
        bool seedOk = false;
        result.seed = seed.toULongLong(&seedOk);
        const bool digits =
            std::all_of(seed.cbegin(), seed.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
        if (!r.failed() && (!seedOk || !digits))
            r.fail(PackageJsonReader::at(path, QStringLiteral("seed")),
                   QCoreApplication::translate("StudyPackage",
                                               "must be a whole number from 0 to %1 written as "
                                               "text")
                       .arg(std::numeric_limits<quint64>::max()));
        result.durationMs =
            r.integer(o, path, QStringLiteral("durationMs"), 0, PackageJsonReader::kMaxTime);
        result.questions = int(r.integer(o, path, QStringLiteral("questionCount"), 1,
                                         StudyPackageJson::kMaxPracticeQuestions));
        result.right = int(r.integer(o, path, QStringLiteral("rightCount"), 0, result.questions));
        result.countedAsReviews = r.boolean(o, path, QStringLiteral("countedAsReviews"));
        const QString answersPath = PackageJsonReader::at(path, QStringLiteral("answers"));
        const auto answers = r.value(o, path, QStringLiteral("answers"));
        if (answers && !answers->isArray())
            r.fail(answersPath, QCoreApplication::translate("StudyPackage", "must be a list"));
        const QJsonArray items = answers ? answers->toArray() : QJsonArray();
        int right = 0;
        for (qsizetype j = 0; j < items.size() && !r.failed(); ++j) {
            const QString where = PackageJsonReader::at(answersPath, j);
            if (j >= result.questions) {
                r.fail(where, QCoreApplication::translate(
                                  "StudyPackage",
                                  "an answer to question %1, but the exam has %2 questions")
                                  .arg(j + 1)
                                  .arg(result.questions));
                break;
            }
            const QJsonObject a = r.object(items.at(j), where);
            PracticeAnswerRecord answer;
            answer.objective = r.plainText(a, where, QStringLiteral("objective"));
            answer.kind = r.text(a, where, QStringLiteral("kind"), 20, false);
            PracticeKind kind;
            if (!r.failed() && !parsePracticeKind(answer.kind, &kind))
                r.fail(PackageJsonReader::at(where, QStringLiteral("kind")),
                       QCoreApplication::translate("StudyPackage",
                                                   "\"%1\" is not a kind of practice question")
                           .arg(answer.kind.left(20)));
            answer.entryKey = r.plainText(a, where, QStringLiteral("entry"));
            answer.correct = r.boolean(a, where, QStringLiteral("correct"));
            right += answer.correct ? 1 : 0;
            exam.answers.append(answer);
        }
        if (r.failed())
            return;
        if (exam.answers.size() != result.questions)
            r.fail(answersPath,
                   QCoreApplication::translate("StudyPackage", "%1 answers for %2 questions")
                       .arg(exam.answers.size())
                       .arg(result.questions));
        else if (right != result.right)
            r.fail(PackageJsonReader::at(path, QStringLiteral("rightCount")),
                   QCoreApplication::translate("StudyPackage",
                                               "is %1, but %2 of the answers are right")
                       .arg(result.right)
                       .arg(right));
        out->practiceExams.append(exam);
    }
}

// Optional, and absent when the learner studies with the defaults. Refused rather than clamped:
// weights out of FSRS's range were not fitted by Portolan.
void readFsrsWeights(PackageJsonReader &r, const QJsonObject &root, StudyPackageData *out)
{
    const QString path = QStringLiteral("fsrsWeights");
    const QJsonValue value = root.value(path);
    if (value.isUndefined() || value.isNull())
        return;
    const QJsonObject o = r.object(value, path);
    if (r.failed())
        return;
    StoredFsrsWeights stored;
    const QString listPath = PackageJsonReader::at(path, QStringLiteral("weights"));
    const auto list = r.value(o, path, QStringLiteral("weights"));
    if (!list)
        return;
    if (!list->isArray())
        return void(
            r.fail(listPath, QCoreApplication::translate("StudyPackage", "must be a list")));
    const QJsonArray weights = list->toArray();
    if (weights.size() != FsrsParameters::kWeightCount)
        return void(r.fail(listPath, QCoreApplication::translate(
                                         "StudyPackage", "must be %1 numbers (this list has %2)")
                                         .arg(FsrsParameters::kWeightCount)
                                         .arg(weights.size())));
    std::vector<double> v;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        const QJsonValue w = weights.at(i);
        if (!w.isDouble() || !std::isfinite(w.toDouble()))
            return void(
                r.fail(PackageJsonReader::at(listPath, i),
                       QCoreApplication::translate("StudyPackage", "must be a finite number")));
        v.push_back(w.toDouble());
    }
    const FsrsParametersResult clamped = FsrsParameters::withWeights(FsrsParameters{}, v);
    if (!clamped.parameters)
        return void(r.fail(listPath, clamped.error));
    for (std::size_t i = 0; i < v.size(); ++i) {
        const double bound = clamped.parameters->w[i];
        if (bound != v[i])
            return void(r.fail(
                PackageJsonReader::at(listPath, qsizetype(i)),
                (v[i] < bound ? QCoreApplication::translate("StudyPackage", "must be at least %1")
                              : QCoreApplication::translate("StudyPackage", "must be at most %1"))
                    .arg(bound)));
        stored.weights[i] = v[i];
    }
    stored.fittedAt = r.time(o, path, QStringLiteral("fittedAt"));
    if (!r.failed() && stored.fittedAt == 0)
        r.fail(PackageJsonReader::at(path, QStringLiteral("fittedAt")),
               QCoreApplication::translate("StudyPackage",
                                           "must be the time the weights were fitted"));
    stored.reviewCount =
        int(r.integer(o, path, QStringLiteral("reviewCount"), 0, PackageJsonReader::kMaxCount));
    stored.cardCount =
        int(r.integer(o, path, QStringLiteral("cardCount"), 0, PackageJsonReader::kMaxCount));
    if (!r.failed())
        out->fsrsWeights = stored;
}

} // namespace

QByteArray StudyPackageJson::toJson(const StudyPackageData &data)
{
    QJsonArray cards;
    QStringList cardKeys = data.cards.keys();
    cardKeys.sort();
    for (const QString &key : std::as_const(cardKeys)) {
        QJsonObject o = memoryJson(data.cards.value(key));
        o.insert(QStringLiteral("key"), key);
        cards.append(o);
    }
    QJsonArray reviews;
    for (const PackageReview &p : data.reviews) {
        const ReviewRecord &r = p.review;
        reviews.append(
            QJsonObject{{QStringLiteral("card"), r.cardKey},
                        {QStringLiteral("reviewedAt"), r.reviewedAt},
                        {QStringLiteral("rating"), static_cast<int>(r.rating)},
                        {QStringLiteral("answerFormat"), r.answerFormat},
                        {QStringLiteral("durationMs"), r.durationMs},
                        {QStringLiteral("before"), r.before ? QJsonValue(memoryJson(*r.before))
                                                            : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("after"), memoryJson(r.after)},
                        {QStringLiteral("undone"), r.undone},
                        {QStringLiteral("undoneAt"),
                         r.undone ? QJsonValue(p.undoneAt) : QJsonValue(QJsonValue::Null)}});
    }
    QJsonArray notes;
    for (const PackageNote &n : data.notes)
        notes.append(QJsonObject{{QStringLiteral("protocol"), n.protocolKey},
                                 {QStringLiteral("body"), n.body},
                                 {QStringLiteral("updatedAt"), n.updatedAt}});
    QJsonArray entries;
    for (const PackageCustomEntry &p : data.customEntries) {
        QJsonArray ports;
        for (const CustomPort &port : p.entry.ports)
            ports.append(QJsonObject{{QStringLiteral("first"), port.first},
                                     {QStringLiteral("last"), port.last},
                                     {QStringLiteral("transport"), transportName(port.transport)}});
        entries.append(QJsonObject{{QStringLiteral("key"), p.entry.key},
                                   {QStringLiteral("name"), p.entry.name},
                                   {QStringLiteral("abbreviation"), p.entry.abbreviation},
                                   {QStringLiteral("security"), securityName(p.entry.security)},
                                   {QStringLiteral("counterpart"), p.entry.counterpartKey},
                                   {QStringLiteral("notes"), p.entry.notes},
                                   {QStringLiteral("ports"), ports},
                                   {QStringLiteral("updatedAt"), p.updatedAt}});
    }
    QJsonObject labels;
    for (auto it = data.labels.cbegin(); it != data.labels.cend(); ++it)
        labels.insert(it.key(), QJsonArray::fromStringList(it.value()));
    QJsonArray plans;
    for (const StoredExamPlan &p : data.examPlans)
        plans.append(QJsonObject{{QStringLiteral("exam"), p.examId},
                                 {QStringLiteral("examDate"), p.examDate.toString(Qt::ISODate)},
                                 {QStringLiteral("target"), p.target},
                                 {QStringLiteral("createdAt"), p.createdAt},
                                 {QStringLiteral("closedAt"), timeOrNull(p.closedAt)}});
    QJsonArray searches;
    for (const PackageSavedSearch &s : data.savedSearches)
        searches.append(QJsonObject{{QStringLiteral("name"), s.name},
                                    {QStringLiteral("query"), s.query},
                                    {QStringLiteral("createdAt"), s.createdAt}});
    QJsonArray practice;
    for (const PackagePracticeExam &p : data.practiceExams) {
        QJsonArray answers;
        for (const PracticeAnswerRecord &a : p.answers)
            answers.append(QJsonObject{{QStringLiteral("objective"), a.objective},
                                       {QStringLiteral("kind"), a.kind},
                                       {QStringLiteral("entry"), a.entryKey},
                                       {QStringLiteral("correct"), a.correct}});
        const PracticeResult &r = p.result;
        practice.append(QJsonObject{{QStringLiteral("exam"), r.examId},
                                    {QStringLiteral("takenAt"), r.takenAt},
                                    {QStringLiteral("seed"), QString::number(r.seed)},
                                    {QStringLiteral("durationMs"), r.durationMs},
                                    {QStringLiteral("questionCount"), r.questions},
                                    {QStringLiteral("rightCount"), r.right},
                                    {QStringLiteral("countedAsReviews"), r.countedAsReviews},
                                    {QStringLiteral("answers"), answers}});
    }
    QJsonObject root{{QStringLiteral("format"), kFormat},
                     {QStringLiteral("version"), StudyPackage::kVersion},
                     {QStringLiteral("exportedAt"), data.exportedAt},
                     {QStringLiteral("cards"), cards},
                     {QStringLiteral("reviews"), reviews},
                     {QStringLiteral("notes"), notes},
                     {QStringLiteral("customEntries"), entries},
                     {QStringLiteral("labels"), labels},
                     {QStringLiteral("examPlans"), plans},
                     {QStringLiteral("savedSearches"), searches},
                     {QStringLiteral("practiceExams"), practice}};
    if (data.fsrsWeights) {
        QJsonArray weights;
        for (const double w : data.fsrsWeights->weights)
            weights.append(w);
        root.insert(QStringLiteral("fsrsWeights"),
                    QJsonObject{{QStringLiteral("weights"), weights},
                                {QStringLiteral("fittedAt"), data.fsrsWeights->fittedAt},
                                {QStringLiteral("reviewCount"), data.fsrsWeights->reviewCount},
                                {QStringLiteral("cardCount"), data.fsrsWeights->cardCount}});
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<StudyPackageData> StudyPackageJson::fromJson(const QByteArray &bytes, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error =
            QCoreApplication::translate(
                "StudyPackage", "not valid JSON (%1 at byte %2): the file is damaged or incomplete")
                .arg(parseError.errorString())
                .arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(QStringLiteral("format")).toString() != kFormat) {
        *error =
            QCoreApplication::translate(
                "StudyPackage", "format: not a Portolan study package (\"format\" must be \"%1\")")
                .arg(kFormat);
        return std::nullopt;
    }
    PackageJsonReader r;
    const qint64 version = r.integer(root, {}, QStringLiteral("version"), 1, 1'000'000);
    if (!r.failed() && version > StudyPackage::kVersion) {
        *error = QCoreApplication::translate(
                     "StudyPackage",
                     "version: the package is version %1, made by a newer Portolan; this one "
                     "reads version %2")
                     .arg(version)
                     .arg(StudyPackage::kVersion);
        return std::nullopt;
    }
    StudyPackageData data;
    data.exportedAt = r.time(root, {}, QStringLiteral("exportedAt"));
    readCards(r, root, &data);
    readReviews(r, root, &data);
    readNotes(r, root, &data);
    readCustomEntries(r, root, &data);
    readLabels(r, root, &data);
    readExamPlans(r, root, &data);
    readSavedSearches(r, root, &data);
    readPracticeExams(r, root, &data);
    readFsrsWeights(r, root, &data);
    if (r.failed()) {
        *error = r.error();
        return std::nullopt;
    }
    return data;
}

} // namespace portolan
