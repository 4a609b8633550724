#include "UserText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <map>

namespace tunedrop {

namespace {

// Fills every %N marker of `text` at once, the lowest-numbered with the first argument, as
// QString::arg(a, b, ...) does; markers without an argument stay.
QString fill(const QString &text, const QStringList &args)
{
    if (args.isEmpty())
        return text;
    std::map<int, int> slot;  // marker number -> argument index
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('%') || !text[i + 1].isDigit())
            continue;
        int number = text[i + 1].digitValue();
        if (i + 2 < text.size() && text[i + 2].isDigit())
            number = number * 10 + text[i + 2].digitValue();
        if (number > 0)
            slot.emplace(number, 0);
    }
    int index = 0;
    for (auto &entry : slot)
        entry.second = index++;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('%') && i + 1 < text.size() && text[i + 1].isDigit()) {
            int number = text[i + 1].digitValue();
            qsizetype length = 2;
            if (i + 2 < text.size() && text[i + 2].isDigit()) {
                number = number * 10 + text[i + 2].digitValue();
                length = 3;
            }
            const auto it = slot.find(number);
            if (it != slot.end() && it->second < args.size()) {
                out += args[it->second];
                i += length - 1;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

}  // namespace

UserText UserText::translate(const char *context, const char *source, const char *, int n)
{
    UserText t;
    t.m_context = context ? QByteArray(context) : QByteArray();
    t.m_source = source ? QByteArray(source) : QByteArray();
    t.m_n = n;
    return t;
}

UserText UserText::literal(QString text)
{
    UserText t;
    t.m_literal = std::move(text);
    return t;
}

UserText &UserText::arg(const QString &a)
{
    m_args.push_back({a, nullptr});
    return *this;
}

UserText &UserText::arg(const UserText &a)
{
    m_args.push_back({QString(), std::make_shared<const UserText>(a)});
    return *this;
}

QString UserText::toString() const
{
    return toString([](const char *context, const char *source, int n) {
        return QCoreApplication::translate(context, source, nullptr, n);
    });
}

QString UserText::toString(const LookUp &lookUp) const
{
    QString text;
    if (m_source.isEmpty()) {
        text = m_literal;
    } else {
        text = lookUp ? lookUp(m_context.constData(), m_source.constData(), m_n) : QString();
        if (text.isEmpty()) {
            text = QString::fromUtf8(m_source);
            if (m_n >= 0)
                text.replace(QLatin1String("%n"), QString::number(m_n));
        }
    }
    QStringList args;
    args.reserve(qsizetype(m_args.size()));
    for (const Argument &a : m_args)
        args << (a.nested ? a.nested->toString(lookUp) : a.text);
    return fill(text, args);
}

QJsonValue UserText::toJson() const
{
    if (isEmpty())
        return QJsonValue();
    QJsonObject o;
    if (m_source.isEmpty()) {
        o.insert(QStringLiteral("text"), m_literal);
    } else {
        o.insert(QStringLiteral("context"), QString::fromUtf8(m_context));
        o.insert(QStringLiteral("source"), QString::fromUtf8(m_source));
        if (m_n >= 0)
            o.insert(QStringLiteral("n"), m_n);
    }
    if (!m_args.empty()) {
        QJsonArray args;
        for (const Argument &a : m_args)
            args.append(a.nested ? a.nested->toJson() : QJsonValue(a.text));
        o.insert(QStringLiteral("args"), args);
    }
    return o;
}

UserText UserText::fromJson(const QJsonValue &value)
{
    if (value.isString())
        return literal(value.toString());
    const QJsonObject o = value.toObject();
    UserText t;
    if (o.contains(QStringLiteral("source"))) {
        t.m_context = o.value(QStringLiteral("context")).toString().toUtf8();
        t.m_source = o.value(QStringLiteral("source")).toString().toUtf8();
        t.m_n = o.value(QStringLiteral("n")).toInt(-1);
    } else {
        t.m_literal = o.value(QStringLiteral("text")).toString();
    }
    for (const QJsonValue &a : o.value(QStringLiteral("args")).toArray()) {
        if (a.isObject())
            t.arg(fromJson(a));
        else
            t.arg(a.toString());
    }
    return t;
}

bool UserText::operator==(const UserText &other) const
{
    return toJson() == other.toJson();
}

}  // namespace tunedrop
