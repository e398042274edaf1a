#pragma once

#include <QLabel>

namespace portolan {

// The line under a form field: what is wrong with it (red text after "⚠", so that colour is
// never the only signal) or a note that blocks nothing (after "ℹ"). Hidden while empty; the
// text is plain, since it may quote what the user typed.
class FieldMessage : public QLabel
{
    Q_OBJECT

public:
    enum class Kind
    {
        Problem,
        Note
    };

    explicit FieldMessage(Kind kind, QWidget *parent = nullptr);

    // Empty hides the line.
    void setMessage(const QString &message);
    QString message() const { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};

} // namespace portolan
