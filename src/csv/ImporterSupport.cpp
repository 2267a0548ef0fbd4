#include "ImporterSupport.h"

namespace bd::csv::importing {

Errors sortedByLine(Errors errors)
{
    std::stable_sort(errors.begin(), errors.end(), [](const Error& a, const Error& b) { return a.line < b.line; });
    return errors.mid(0, maxErrors);
}

Errors structureFirst(const CsvStream& stream, const Errors& rowErrors)
{
    return stream.errors().isEmpty() ? rowErrors : stream.errors();
}

Error cancelled(const QString& file)
{
    return Error::at(file, 0, {}, Importer::tr("import cancelled; nothing was changed"));
}

Errors unreadable(bool read, const CsvStream& stream)
{
    if (!read)
        return {cancelled(stream.table().file)};
    return stream.errors();
}

bool readRows(CsvStream& stream, const Importer::Options& options, Importer::Report& report,
              const std::function<void(const Row&)>& visit)
{
    Pacer pacer(options, stream);
    Row row;
    while (stream.next(row)) {
        if (!pacer.tick())
            return false;
        ++report.rows;
        visit(row);
    }
    return pacer.report();
}

} // namespace bd::csv::importing
