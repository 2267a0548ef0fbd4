#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace bd::reports {

// The reports the core can build. Each is plain data (this file) until a renderer
// turns it into PDF, HTML or CSV (ReportRenderer).
enum class ReportKind { Backorders, Aging, Queue, CrossDock, Packing, Cancellations, Demand, PaymentRisk, Rate };

// What a report is asked for. Which fields a report reads is in ReportService::spec().
struct ReportParams
{
    QString sku;         // queue (required); backorders, aging (optional: one item)
    QString receiptRef;  // crossdock (required)
    QString orderNumber; // packing (optional: one order; else every order ready to pack)
    QDate from;          // cancellations, demand, rate: the orders placed in [from, to]
    QDate to;
    enum class Bucket { Auto, Week, Month } bucket = Bucket::Auto; // rate
};

// How a cell is stored and shown. Text is a QString; Integer a qint64; Money minor
// units (qint64) in the report's currency; Date a QDate; DateTime a QDateTime;
// Percent a fraction (0.25 = 25 %); Days a double. A null QVariant is an empty cell.
// PDF and HTML show them in the shop's locale; CSV writes them plainly (ISO dates,
// numbers with a '.' and no grouping) so a spreadsheet or a script reads them back.
struct Column
{
    enum class Type { Text, Integer, Money, Date, DateTime, Percent, Days };
    QString key;   // CSV header (snake_case)
    QString title; // PDF and HTML header
    Type type = Type::Text;
    // Never broken over lines (SKUs, order numbers): PDF and print give the column the
    // width of its longest value; other text columns give up room first.
    bool whole = false;

    bool numeric() const { return type != Type::Text && type != Type::Date && type != Type::DateTime; }
    // Long text that may wrap between words (and inside a word too long for the column).
    bool wraps() const { return type == Type::Text && !whole; }
};

using Row = QList<QVariant>;

// One table of a report, with what goes above and below it.
struct ReportTable
{
    QString heading;        // empty: none
    QStringList notes;      // lines of text between the heading and the table
    QList<Column> columns;
    QList<Row> rows;
    Row totals;             // empty: no totals row
    QStringList footnotes;  // lines of text under the table
    QString emptyText;      // shown instead of an empty table
    bool newPage = false;   // starts on a new page (a packing slip per order)
    QVariant csvSection;    // see Report::csvSectionColumn
};

// A key figure shown above the tables ("Backorder rate: 12.5 %").
struct Figure
{
    QString label;
    QVariant value;
    Column::Type type = Column::Type::Integer;
};

// A bar or line chart of one series over categories.
struct Chart
{
    enum class Style { Bars, Line };
    QString title;
    Style style = Style::Bars;
    Column::Type valueType = Column::Type::Integer; // how the axis and values are labelled
    QStringList categories;
    QList<double> values; // NaN: no value for that category (a gap in a line)
};

struct Report
{
    ReportKind kind = ReportKind::Backorders;
    QString name;  // as on the command line: "backorders"
    QString title; // "Backorders"
    QString subtitle;
    QString shopName;
    QString locale;   // shop.locale, e.g. en_GB
    QString currency; // shop.currency, e.g. EUR
    QDate from;       // the period; invalid for a report of how things stand now
    QDate to;
    QDateTime generatedAt;
    QList<Figure> figures;
    QList<Chart> charts;
    QList<ReportTable> tables;
    // CSV of a report whose tables all have the same columns is one table, with this
    // column first holding each table's csvSection (e.g. the order of a packing slip).
    // Empty: such tables are written one after another, each under its heading.
    QString csvSectionColumn;
    // Printed across the page: for tables with many columns (the queue).
    bool landscape = false;
};

} // namespace bd::reports
