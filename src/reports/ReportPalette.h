#pragma once

// The look shared by the painted report pages and charts (not part of the API).

#include <QColor>
#include <QFont>

namespace bd::reports::detail {

// The report font. A hair of letter spacing turns ligatures off, so "fi" stays two
// letters and the text of a PDF can be searched and copied as it was written.
inline QFont reportFont(double points, bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return f;
}

inline const QColor ink(0x1f, 0x29, 0x37);
inline const QColor muted(0x4b, 0x55, 0x63);
inline const QColor rule(0x9c, 0xa3, 0xaf);
inline const QColor headerFill(0xe5, 0xe7, 0xeb);
inline const QColor zebra(0xf3, 0xf4, 0xf6);
inline const QColor accent(0x25, 0x63, 0xeb);
inline const QColor lineColour(0xd9, 0x77, 0x06);

} // namespace bd::reports::detail
