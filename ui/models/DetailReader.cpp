#include "DetailReader.h"

namespace bd::ui {

DetailReader::DetailReader() = default;

DetailReader::~DetailReader()
{
    drop(); // a read still queued is skipped; ~ListReader waits for the one under way
}

void DetailReader::setLocation(const QString& location)
{
    drop();
    m_reader.setLocation(location);
}

void DetailReader::drop()
{
    m_state->latest = ++m_generation;
    m_state->pending = false;
}

int DetailReader::begin()
{
    drop();
    m_state->pending = true;
    return m_generation;
}

} // namespace bd::ui
