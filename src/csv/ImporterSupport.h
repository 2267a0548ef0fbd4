#pragma once

#include "core/Result.h"
#include "csv/CsvReader.h"
#include "csv/Importer.h"
#include "csv/RowFields.h"
#include "store/Sql.h"

#include <functional>

// What the importers of each kind (Importer*.cpp) share: error order and limits, progress
// and cancelling.
namespace bd::csv::importing {

using core::Error;
using core::Errors;
using core::Result;
using core::Status;
using store::Found;

inline constexpr int maxErrors = Fields::MaxErrors;

// Problems in file order, at most maxErrors of them.
core::Errors sortedByLine(core::Errors errors);

// Rows that do not fit the header are reported alone, as when the whole file was read
// before any row was looked at; otherwise the rows' own problems.
core::Errors structureFirst(const CsvStream& stream, const core::Errors& rowErrors);

// Calls the progress function and looks at the cancel flag every so many rows.
class Pacer
{
public:
    Pacer(const Importer::Options& options, const CsvStream& stream)
        : m_options(options)
        , m_stream(stream)
    {
    }

    // False when the import is to stop.
    bool tick()
    {
        if (++m_rows % 4096 != 0)
            return true;
        return report();
    }
    bool report()
    {
        if (m_options.progress)
            m_options.progress(m_stream.position(), m_stream.size());
        return !(m_options.cancel && m_options.cancel->load(std::memory_order_relaxed));
    }

private:
    const Importer::Options& m_options;
    const CsvStream& m_stream;
    qint64 m_rows = 0;
};

core::Error cancelled(const QString& file);

// Why a file read with readRows() goes no further whatever its rows say: it was
// cancelled, or rows do not fit the header. Empty when the rows may be looked at.
core::Errors unreadable(bool read, const CsvStream& stream);

// Hands every data row to `visit`, counted in report.rows, reporting progress and
// looking at the cancel flag as it goes. False when the import was cancelled.
bool readRows(CsvStream& stream, const Importer::Options& options, Importer::Report& report,
              const std::function<void(const Row&)>& visit);

} // namespace bd::csv::importing
