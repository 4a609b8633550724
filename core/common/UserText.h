#pragma once

#include <QJsonValue>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace tunedrop {

// A sentence for the user that can be shown in any of TuneDrop's languages: the source text and
// context that lupdate collected (callers write UserText::translate("Context", "Source") exactly
// as they would write QCoreApplication::translate, so lupdate finds it) and its arguments, kept
// apart until it is shown. The window shows it in the desktop's language (toString()); the web
// page in each phone's own (toString(lookUp)); the job database stores it untranslated.
// A literal (another program's message, a record from an older version) shows as it is.
class UserText {
public:
    // (context, source, n) -> the translation, or empty when there is none.
    using LookUp = std::function<QString(const char *context, const char *source, int n)>;

    UserText() = default;
    static UserText translate(const char *context, const char *source, const char * /*disambiguation*/ = nullptr,
                              int n = -1);
    static UserText literal(QString text);

    // Like QString::arg: each call fills the lowest-numbered %N still unfilled. All markers are
    // filled in one pass when shown, so an argument that itself contains "%1" stays as it is.
    UserText &arg(const QString &a);
    UserText &arg(const UserText &a);
    UserText &arg(const char *a) { return arg(QString::fromUtf8(a)); }
    UserText &arg(QLatin1StringView a) { return arg(QString(a)); }
    UserText &arg(QStringView a) { return arg(a.toString()); }
    UserText &arg(int a) { return arg(QString::number(a)); }
    UserText &arg(unsigned a) { return arg(QString::number(a)); }
    UserText &arg(long a) { return arg(QString::number(a)); }
    UserText &arg(long long a) { return arg(QString::number(a)); }
    UserText &arg(unsigned long a) { return arg(QString::number(a)); }
    UserText &arg(unsigned long long a) { return arg(QString::number(a)); }
    UserText &arg(double a, int fieldWidth = 0, char format = 'g', int precision = -1)
    {
        return arg(QString::number(a, format, precision).rightJustified(fieldWidth));
    }
    template <typename A, typename B, typename... Rest>
    UserText &arg(const A &a, const B &b, const Rest &...rest)
    {
        arg(a);
        return arg(b, rest...);
    }

    bool isEmpty() const { return m_source.isEmpty() && m_literal.isEmpty(); }
    // True when every part of it can be translated (no literal anywhere but in arguments that
    // are plain values).
    bool isTranslatable() const { return !m_source.isEmpty(); }

    QString toString() const;                     // the application's language
    QString toString(const LookUp &lookUp) const;  // another catalogue (the web page's)

    // For the job database: a JSON value that fromJson turns back into the same text.
    QJsonValue toJson() const;
    static UserText fromJson(const QJsonValue &value);

    bool operator==(const UserText &other) const;
    bool operator!=(const UserText &other) const { return !(*this == other); }

private:
    struct Argument {
        QString text;
        std::shared_ptr<const UserText> nested;  // set: a sentence of its own, translated too
    };

    QByteArray m_context;
    QByteArray m_source;  // empty: a literal
    int m_n = -1;
    QString m_literal;
    std::vector<Argument> m_args;
};

}  // namespace tunedrop
