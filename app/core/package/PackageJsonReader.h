#pragma once
// Reading a study package's JSON (StudyPackageJson): a walker that checks each value's type and
// range and keeps the first problem with the path where it was found ("cards[3].due: ...").
#include "package/StudyPackageJson.h"
#include "srs/CardMemory.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <cmath>
#include <limits>
#include <optional>

namespace portolan {

// Walks the document and keeps the first problem with the path where it was found. Every
// getter returns a harmless value after a failure, so callers check failed() once per item.
class PackageJsonReader
{
public:
    // Times are milliseconds since the epoch; 2^53 keeps every one exact in a JSON number.
    static constexpr qint64 kMaxTime = 9'007'199'254'740'992LL;
    static constexpr int kMaxDays = 1'000'000;
    static constexpr int kMaxCount = 10'000'000;

    // Control characters and text-direction overrides have no place in keys and names.
    static bool hasHostile(const QString &text)
    {
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if (u < 0x20 || (u >= 0x7f && u <= 0x9f) || (u >= 0x202a && u <= 0x202e) ||
                (u >= 0x2066 && u <= 0x2069))
                return true;
        }
        return false;
    }

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    bool fail(const QString &path, const QString &what)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("%1: %2").arg(path, what);
        return false;
    }

    static QString at(const QString &path, const QString &field)
    {
        return path.isEmpty() ? field : path + u'.' + field;
    }
    static QString at(const QString &path, qsizetype index)
    {
        return QStringLiteral("%1[%2]").arg(path).arg(index);
    }

    std::optional<QJsonValue> value(const QJsonObject &o, const QString &path, const QString &field)
    {
        const auto it = o.constFind(field);
        if (it == o.constEnd()) {
            fail(at(path, field), QCoreApplication::translate("StudyPackage", "missing"));
            return std::nullopt;
        }
        return *it;
    }

    qint64 integer(const QJsonObject &o, const QString &path, const QString &field, qint64 min,
                   qint64 max)
    {
        const auto v = value(o, path, field);
        return v ? integerValue(*v, at(path, field), min, max) : min;
    }

    qint64 integerValue(const QJsonValue &v, const QString &where, qint64 min, qint64 max)
    {
        const double d = v.toDouble();
        if (!v.isDouble() || !std::isfinite(d) || std::trunc(d) != d ||
            d < static_cast<double>(min) || d > static_cast<double>(max) ||
            v.toInteger(min - 1) < min || v.toInteger(max + 1) > max) {
            fail(where,
                 QCoreApplication::translate("StudyPackage", "must be %1 to %2").arg(min).arg(max));
            return min;
        }
        return v.toInteger();
    }

    qint64 time(const QJsonObject &o, const QString &path, const QString &field)
    {
        const auto v = value(o, path, field);
        return v ? timeValue(*v, at(path, field)) : 0;
    }

    qint64 timeValue(const QJsonValue &v, const QString &where)
    {
        const double d = v.toDouble();
        if (!v.isDouble() || !std::isfinite(d) || std::trunc(d) != d || d < 0 ||
            d > static_cast<double>(kMaxTime)) {
            fail(where, QCoreApplication::translate("StudyPackage",
                                                    "must be a time in milliseconds since 1970"));
            return 0;
        }
        return v.toInteger();
    }

    std::optional<qint64> optionalTime(const QJsonObject &o, const QString &path,
                                       const QString &field)
    {
        const QJsonValue v = o.value(field);
        if (v.isNull() || v.isUndefined())
            return std::nullopt;
        return timeValue(v, at(path, field));
    }

    double number(const QJsonObject &o, const QString &path, const QString &field, double min,
                  double max)
    {
        const auto v = value(o, path, field);
        if (!v)
            return min;
        const double d = v->toDouble();
        if (!v->isDouble() || !std::isfinite(d) || d < min || d > max) {
            fail(at(path, field),
                 QCoreApplication::translate("StudyPackage", "must be a number from %1 to %2")
                     .arg(min)
                     .arg(max));
            return min;
        }
        return d;
    }

    QString text(const QJsonObject &o, const QString &path, const QString &field,
                 qsizetype maxLength, bool allowEmpty = true)
    {
        const auto v = value(o, path, field);
        if (!v)
            return {};
        if (!v->isString()) {
            fail(at(path, field), QCoreApplication::translate("StudyPackage", "must be text"));
            return {};
        }
        const QString s = v->toString();
        if (!allowEmpty && s.isEmpty())
            fail(at(path, field), QCoreApplication::translate("StudyPackage", "must not be empty"));
        else if (s.size() > maxLength)
            fail(at(path, field), QCoreApplication::translate(
                                      "StudyPackage", "at most %1 characters (this one has %2)")
                                      .arg(maxLength)
                                      .arg(s.size()));
        return s;
    }

    // A stable key ("https", "custom-my-service", "n10-009"): no control characters.
    QString key(const QJsonObject &o, const QString &path, const QString &field)
    {
        return textWithoutControls(o, path, field, false);
    }

    // Text that may be empty but, like a key, holds no control characters.
    QString plainText(const QJsonObject &o, const QString &path, const QString &field)
    {
        return textWithoutControls(o, path, field, true);
    }

    bool boolean(const QJsonObject &o, const QString &path, const QString &field)
    {
        const auto v = value(o, path, field);
        if (v && !v->isBool())
            fail(at(path, field),
                 QCoreApplication::translate("StudyPackage", "must be true or false"));
        return v && v->toBool();
    }

    QString cardKey(const QJsonObject &o, const QString &path, const QString &field)
    {
        const QString s = key(o, path, field);
        const qsizetype colon = s.indexOf(u':');
        if (!failed() && (colon <= 0 || colon == s.size() - 1))
            fail(at(path, field),
                 QCoreApplication::translate("StudyPackage",
                                             "must be a card key like \"https:port-to-protocol\""));
        return s;
    }

    QJsonArray array(const QJsonObject &o, const QString &field)
    {
        const auto v = value(o, {}, field);
        if (v && !v->isArray())
            fail(field, QCoreApplication::translate("StudyPackage", "must be a list"));
        return v ? v->toArray() : QJsonArray();
    }

    QJsonObject object(const QJsonValue &v, const QString &where)
    {
        if (!v.isObject())
            fail(where, QCoreApplication::translate("StudyPackage", "must be an object"));
        return v.toObject();
    }

    CardMemory memory(const QJsonObject &o, const QString &path)
    {
        CardMemory m;
        m.due = time(o, path, QStringLiteral("due"));
        m.stability = number(o, path, QStringLiteral("stability"), 0, 1e9);
        m.difficulty = number(o, path, QStringLiteral("difficulty"), 0, 1e9);
        m.elapsedDays = int(integer(o, path, QStringLiteral("elapsedDays"), -kMaxDays, kMaxDays));
        m.scheduledDays =
            int(integer(o, path, QStringLiteral("scheduledDays"), -kMaxDays, kMaxDays));
        m.learningSteps = int(integer(o, path, QStringLiteral("learningSteps"), 0, kMaxCount));
        m.reps = int(integer(o, path, QStringLiteral("reps"), 0, kMaxCount));
        m.lapses = int(integer(o, path, QStringLiteral("lapses"), 0, kMaxCount));
        m.state = static_cast<CardState>(integer(o, path, QStringLiteral("state"), 0, 3));
        m.lastReview = optionalTime(o, path, QStringLiteral("lastReview"));
        return m;
    }

private:
    QString textWithoutControls(const QJsonObject &o, const QString &path, const QString &field,
                                bool allowEmpty)
    {
        const QString s = text(o, path, field, StudyPackageJson::kMaxKeyLength, allowEmpty);
        if (hasHostile(s))
            fail(at(path, field),
                 QCoreApplication::translate("StudyPackage", "contains a control or text-direction "
                                                             "character"));
        return s;
    }

    QString m_error;
};

} // namespace portolan
