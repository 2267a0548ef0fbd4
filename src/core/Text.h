#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <initializer_list>
#include <optional>

namespace bd::core {

// The one policy for control characters in text that enters the shop: a CSV cell, a
// command-line argument, a field of a window, a template. Which characters a value may
// hold depends on the kind of field it goes into, never on where it came from:
//
// - Line: one line of text. SKUs, e-mail addresses, names of items, customers and
//   suppliers, order and purchase-order numbers, references, codes, phone numbers,
//   reasons, subjects, and every value that is read as a number, date or word. No
//   control character at all: no C0 control (U+0000..U+001F, so tab, CR and LF
//   neither) and no DEL (U+007F). A line break in a name would break the lists,
//   the CSV the shop writes back and the e-mail headers the name goes into.
// - MultiLine: text a person writes on several lines. Notes, addresses, descriptions,
//   a message to a customer, the body of an e-mail template. Tab, CR and LF are
//   allowed (a quoted multi-line CSV cell, a note typed over lines); every other C0
//   control and DEL is refused.
//
// A refused value is reported as FIELD: "contains a control character (U+0000)" with
// its file and line where it has one, and nothing is changed. Nothing is stripped
// silently: a NUL in a shop export is a broken file the merchant needs to hear about.
enum class TextKind { Line, MultiLine };

// One value of an action's input: the field it is told by and the kind of text it is.
struct TextField
{
    QString field;
    QString text;
    TextKind kind = TextKind::Line;
};

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Text)

public:
    static bool isForbidden(QChar c, TextKind kind);
    // Where the first character the kind does not allow is; -1 when there is none.
    static qsizetype firstForbidden(const QString& text, TextKind kind);
    // "U+0000", for messages.
    static QString codePoint(QChar c);
    // "contains a control character (U+0000)" for the first one the text holds.
    static QString controlMessage(QChar c);
    // The problem with a value of a field, placed in a file and line when it has them.
    static std::optional<Error> check(const QString& text, TextKind kind, const QString& field,
                                      const QString& file = {}, int line = 0);
    // The problems of all the values of an input at once, in the order given: what a
    // service checks of the text it is handed before it writes anything.
    static Status checkFields(std::initializer_list<TextField> fields, const QString& file = {}, int line = 0);
    // The text without the characters the kind does not allow: only where a value can
    // no longer be refused (a message built from what the shop already holds).
    static QString withoutForbidden(const QString& text, TextKind kind);
    // The text as one line of a header: every control character (CR, LF, tab, NUL,
    // ...) a space, leading and trailing white space gone. Header values are built
    // with it, so no value can start a header line of its own.
    static QString headerLine(const QString& text);
};

} // namespace bd::core
