#include "srs/ReplayJson.h"

#include "srs/DayCounter.h"
#include "srs/FsrsScheduler.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>
#include <vector>

namespace portolan {

namespace {

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::String:
        return u'"' + value.toString() + u'"';
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

QString fail(const QString &where, const QString &what)
{
    return where + QStringLiteral(": ") + what;
}

// The first key of object that is not in allowed, as an error, or an empty string.
QString checkKeys(const QJsonObject &object, const QString &where,
                  std::initializer_list<QLatin1StringView> allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (std::find(allowed.begin(), allowed.end(), it.key()) == allowed.end())
            return fail(where.isEmpty() ? it.key() : where + u'.' + it.key(),
                        QStringLiteral("unknown key"));
    }
    return {};
}

QString readSteps(const QJsonValue &value, const QString &where, QList<int> &steps)
{
    if (!value.isArray())
        return fail(where, QStringLiteral("must be an array of steps, got ") + describe(value));
    steps.clear();
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = QStringLiteral("%1[%2]").arg(where).arg(i);
        const std::optional<int> minutes =
            array[i].isString() ? FsrsParameters::parseStep(array[i].toString()) : std::nullopt;
        if (!minutes)
            return fail(at, QStringLiteral("must be a step like \"10m\", \"1h\" or \"2d\", got ") +
                                describe(array[i]));
        steps.append(*minutes);
    }
    return {};
}

QString readParameters(const QJsonValue &value, FsrsParameters &parameters)
{
    const QString where = QStringLiteral("params");
    if (!value.isObject())
        return fail(where, QStringLiteral("must be an object, got ") + describe(value));
    const QJsonObject object = value.toObject();
    if (QString error = checkKeys(
            object, where,
            {QLatin1StringView("request_retention"), QLatin1StringView("maximum_interval"),
             QLatin1StringView("enable_short_term"), QLatin1StringView("learning_steps"),
             QLatin1StringView("relearning_steps"), QLatin1StringView("w")});
        !error.isEmpty())
        return error;

    if (object.contains(u"request_retention")) {
        const QJsonValue v = object[u"request_retention"];
        if (!v.isDouble())
            return fail(where + QStringLiteral(".request_retention"),
                        QStringLiteral("must be a number, got ") + describe(v));
        parameters.requestRetention = v.toDouble();
    }
    if (object.contains(u"maximum_interval")) {
        const QJsonValue v = object[u"maximum_interval"];
        const double days = v.toDouble(-1.0);
        if (!v.isDouble() || days != std::floor(days) || days < 1.0 || days > 1e6)
            return fail(where + QStringLiteral(".maximum_interval"),
                        QStringLiteral("must be a whole number of days, 1 or more, got ") +
                            describe(v));
        parameters.maximumInterval = static_cast<int>(days);
    }
    if (object.contains(u"enable_short_term")) {
        const QJsonValue v = object[u"enable_short_term"];
        if (!v.isBool())
            return fail(where + QStringLiteral(".enable_short_term"),
                        QStringLiteral("must be true or false, got ") + describe(v));
        parameters.enableShortTerm = v.toBool();
    }
    for (const auto &[key, steps] :
         {std::pair{QStringLiteral("learning_steps"), &parameters.learningSteps},
          std::pair{QStringLiteral("relearning_steps"), &parameters.relearningSteps}}) {
        if (!object.contains(key))
            continue;
        if (QString error = readSteps(object[key], where + u'.' + key, *steps); !error.isEmpty())
            return error;
    }
    // Weights last: how they are clamped depends on the steps and the short-term flag.
    if (object.contains(u"w")) {
        const QJsonValue v = object[u"w"];
        if (!v.isArray())
            return fail(where + QStringLiteral(".w"),
                        QStringLiteral("must be an array, got ") + describe(v));
        std::vector<double> weights;
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array[i].isDouble())
                return fail(QStringLiteral("params.w[%1]").arg(i),
                            QStringLiteral("must be a number, got ") + describe(array[i]));
            weights.push_back(array[i].toDouble());
        }
        FsrsParametersResult result = FsrsParameters::withWeights(parameters, weights);
        if (!result.parameters)
            return where + u'.' + result.error;
        parameters = *result.parameters;
    }
    if (QString error = parameters.validate(); !error.isEmpty())
        return where + u'.' + error;
    return {};
}

QString readReview(const QJsonValue &value, const QString &where, ReplayJson::Review &review)
{
    if (!value.isObject())
        return fail(where, QStringLiteral("must be an object, got ") + describe(value));
    const QJsonObject object = value.toObject();
    if (QString error =
            checkKeys(object, where, {QLatin1StringView("t"), QLatin1StringView("rating")});
        !error.isEmpty())
        return error;
    const QJsonValue t = object[u"t"];
    const std::optional<qint64> time =
        t.isString() ? ReplayJson::parseTime(t.toString()) : std::nullopt;
    if (!time)
        return fail(where + QStringLiteral(".t"),
                    QStringLiteral("must be an ISO 8601 time with a zone, like "
                                   "\"2025-01-01T09:00:00Z\", got ") +
                        describe(t));
    const QJsonValue rating = object[u"rating"];
    const double grade = rating.toDouble(0.0);
    if (!rating.isDouble() || grade != std::floor(grade) || grade < 1.0 || grade > 4.0)
        return fail(where + QStringLiteral(".rating"),
                    QStringLiteral("must be 1..4, got ") + describe(rating));
    review = {*time, static_cast<Rating>(static_cast<int>(grade))};
    return {};
}

QString readCard(const QJsonValue &value, const QString &where, ReplayJson::Card &card)
{
    if (!value.isObject())
        return fail(where, QStringLiteral("must be an object, got ") + describe(value));
    const QJsonObject object = value.toObject();
    if (QString error =
            checkKeys(object, where, {QLatin1StringView("id"), QLatin1StringView("reviews")});
        !error.isEmpty())
        return error;
    if (!object[u"id"].isString())
        return fail(where + QStringLiteral(".id"),
                    QStringLiteral("must be a string, got ") + describe(object[u"id"]));
    card.id = object[u"id"].toString();
    if (!object[u"reviews"].isArray())
        return fail(where + QStringLiteral(".reviews"),
                    QStringLiteral("must be an array, got ") + describe(object[u"reviews"]));
    const QJsonArray reviews = object[u"reviews"].toArray();
    for (qsizetype i = 0; i < reviews.size(); ++i) {
        const QString at = QStringLiteral("%1.reviews[%2]").arg(where).arg(i);
        ReplayJson::Review review;
        if (QString error = readReview(reviews[i], at, review); !error.isEmpty())
            return error;
        // Equal times are fine (two answers in the same millisecond); going back is not.
        if (!card.reviews.isEmpty() && review.timeMs < card.reviews.last().timeMs)
            return fail(at + QStringLiteral(".t"),
                        QStringLiteral("%1 is earlier than the previous review (%2)")
                            .arg(ReplayJson::formatTime(review.timeMs),
                                 ReplayJson::formatTime(card.reviews.last().timeMs)));
        card.reviews.append(review);
    }
    return {};
}

QByteArray jsonString(const QString &text)
{
    // QJsonDocument only writes arrays and objects; strip the brackets to get the escaped string.
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray jsonNumber(double value)
{
    // Shortest round-trip form, which is what JSON.stringify writes in this value range.
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace

ReplayJson::ParseResult ReplayJson::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {std::nullopt, QStringLiteral("input: not valid JSON: %1 at offset %2")
                                  .arg(parseError.errorString())
                                  .arg(parseError.offset)};
    if (!document.isObject())
        return {std::nullopt, QStringLiteral("input: must be a JSON object")};
    const QJsonObject root = document.object();
    if (QString error =
            checkKeys(root, QString(), {QLatin1StringView("params"), QLatin1StringView("cards")});
        !error.isEmpty())
        return {std::nullopt, error};

    Input input;
    if (root.contains(u"params")) {
        if (QString error = readParameters(root[u"params"], input.parameters); !error.isEmpty())
            return {std::nullopt, error};
    }
    // Replays must be reproducible, whatever the parameter defaults become.
    input.parameters.enableFuzz = false;

    if (!root.contains(u"cards"))
        return {std::nullopt, QStringLiteral("cards: missing")};
    if (!root[u"cards"].isArray())
        return {std::nullopt,
                QStringLiteral("cards: must be an array, got ") + describe(root[u"cards"])};
    const QJsonArray cards = root[u"cards"].toArray();
    for (qsizetype i = 0; i < cards.size(); ++i) {
        Card card;
        if (QString error = readCard(cards[i], QStringLiteral("cards[%1]").arg(i), card);
            !error.isEmpty())
            return {std::nullopt, error};
        input.cards.append(card);
    }
    return {input, {}};
}

QList<QList<CardMemory>> ReplayJson::replay(const Input &input)
{
    const FsrsScheduler scheduler(input.parameters, DayCounter::utc());
    QList<QList<CardMemory>> result;
    for (const Card &card : input.cards) {
        QList<CardMemory> steps;
        CardMemory memory =
            CardMemory::newCard(card.reviews.isEmpty() ? 0 : card.reviews.first().timeMs);
        for (const Review &review : card.reviews) {
            memory = scheduler.next(memory, review.timeMs, review.rating);
            steps.append(memory);
        }
        result.append(steps);
    }
    return result;
}

QByteArray ReplayJson::format(const Input &input, const QList<QList<CardMemory>> &steps)
{
    Q_ASSERT(input.cards.size() == steps.size());
    // Written by hand because QJsonObject sorts keys; the format's key order is part of it.
    QByteArray out = "{\"cards\":[";
    for (qsizetype i = 0; i < input.cards.size(); ++i) {
        if (i > 0)
            out += ',';
        out += "{\"id\":" + jsonString(input.cards[i].id) + ",\"steps\":[";
        for (qsizetype j = 0; j < steps[i].size(); ++j) {
            const CardMemory &m = steps[i][j];
            if (j > 0)
                out += ',';
            out += "{\"due\":" + jsonString(formatTime(m.due));
            out += ",\"stability\":" + jsonNumber(m.stability);
            out += ",\"difficulty\":" + jsonNumber(m.difficulty);
            out += ",\"scheduled_days\":" + QByteArray::number(m.scheduledDays);
            out += ",\"learning_steps\":" + QByteArray::number(m.learningSteps);
            out += ",\"reps\":" + QByteArray::number(m.reps);
            out += ",\"lapses\":" + QByteArray::number(m.lapses);
            out += ",\"state\":" + QByteArray::number(static_cast<int>(m.state)) + '}';
        }
        out += "]}";
    }
    out += "]}";
    return out;
}

QString ReplayJson::formatTime(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
}

std::optional<qint64> ReplayJson::parseTime(const QString &text)
{
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return time.toMSecsSinceEpoch();
}

} // namespace portolan
