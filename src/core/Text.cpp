#include "Text.h"

namespace bd::core {

bool Text::isForbidden(QChar c, TextKind kind)
{
    const char16_t u = c.unicode();
    if (u == 0x7f)
        return true;
    if (u >= 0x20)
        return false;
    return kind == TextKind::Line || (u != u'\t' && u != u'\r' && u != u'\n');
}

qsizetype Text::firstForbidden(const QString& text, TextKind kind)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isForbidden(text.at(i), kind))
            return i;
    }
    return -1;
}

QString Text::codePoint(QChar c)
{
    return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
}

QString Text::controlMessage(QChar c)
{
    return tr("contains a control character (%1)").arg(codePoint(c));
}

std::optional<Error> Text::check(const QString& text, TextKind kind, const QString& field, const QString& file,
                                 int line)
{
    const qsizetype bad = firstForbidden(text, kind);
    if (bad < 0)
        return std::nullopt;
    return Error::at(file, line, field, controlMessage(text.at(bad)));
}

Status Text::checkFields(std::initializer_list<TextField> fields, const QString& file, int line)
{
    Errors errors;
    for (const TextField& f : fields) {
        if (auto e = check(f.text, f.kind, f.field, file, line))
            errors << *e;
    }
    return errors;
}

QString Text::withoutForbidden(const QString& text, TextKind kind)
{
    if (firstForbidden(text, kind) < 0)
        return text;
    QString out = text;
    out.removeIf([kind](QChar c) { return isForbidden(c, kind); });
    return out;
}

QString Text::headerLine(const QString& text)
{
    QString out = text;
    for (QChar& c : out) {
        if (isForbidden(c, TextKind::Line))
            c = QLatin1Char(' ');
    }
    return out.trimmed();
}

} // namespace bd::core
