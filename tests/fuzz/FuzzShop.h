#pragma once

// What the fuzz targets share: a shop in a temporary folder, opened once per process,
// and a way to stop at a broken property that says which one.
#include "core/Clock.h"
#include "services/Shop.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <fuzzer/FuzzedDataProvider.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace bd::fuzz {

// A property of the code under test does not hold: the input is a finding.
// The detail is printed with its control characters as \uXXXX, to be read.
[[noreturn]] inline void broken(const char* property, const QString& detail = {})
{
    QString shown;
    for (const QChar c : detail) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == QLatin1Char('\\'))
            shown += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            shown += c;
    }
    std::fprintf(stderr, "property broken: %s\n%s\n", property, shown.toUtf8().constData());
    std::abort();
}

inline void check(bool holds, const char* property, const QString& detail = {})
{
    if (!holds)
        broken(property, detail);
}

struct ShopWorld
{
    std::unique_ptr<QCoreApplication> app;
    QTemporaryDir dir;
    std::unique_ptr<core::FixedClock> clock;
    std::unique_ptr<store::Database> db;
    std::unique_ptr<services::Shop> shop;

    // The application object and, when withShop, a fresh shop file at a fixed time.
    ShopWorld(int* argc, char*** argv, bool withShop)
        : app(std::make_unique<QCoreApplication>(*argc, *argv))
    {
        if (!withShop)
            return;
        check(dir.isValid(), "a temporary folder can be made");
        clock = std::make_unique<core::FixedClock>(QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC));
        auto opened = store::Database::open(dir.filePath(QStringLiteral("shop.sqlite")));
        if (!opened)
            broken("the shop opens", opened.errorText());
        db = opened.takeValue();
        shop = std::make_unique<services::Shop>(*db, *clock);
    }

    void write(const QString& path, const QByteArray& bytes) const
    {
        QFile f(path);
        check(f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size(),
              "a file can be written", path);
    }
};

// The next value of an input, ended by a backslash and another character ("\\\\" is a
// backslash), as UTF-8.
inline QString nextText(FuzzedDataProvider& in, std::size_t longest)
{
    const std::string bytes = in.ConsumeRandomLengthString(longest);
    return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
}

} // namespace bd::fuzz

// The initialisation of a target that needs the application object and no shop.
#define BD_FUZZ_APPLICATION_ONLY()                                                                                     \
    extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)                                                       \
    {                                                                                                                  \
        new bd::fuzz::ShopWorld(argc, argv, false);                                                                    \
        return 0;                                                                                                      \
    }
