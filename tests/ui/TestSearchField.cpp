// The search box every list uses: a fast typist causes one search, Return searches at
// once, a text filled in with the signals blocked searches nothing, and what a pasted
// tab or line break holds reads as words apart.
#include "common/SearchField.h"

#include <QSignalSpy>
#include <QTest>

using namespace bd;

class TestSearchField : public QObject
{
    Q_OBJECT

private slots:
    void typingSearchesOnceWhenItPauses()
    {
        ui::SearchField field(QStringLiteral("search"), QStringLiteral("Search"), QStringLiteral("Search"), nullptr);
        QSignalSpy asked(&field, &ui::SearchField::searchRequested);
        QTest::keyClicks(&field, QStringLiteral("knit green s"));
        QCOMPARE(asked.count(), 0);
        QTRY_COMPARE(asked.count(), 1);
        QTest::qWait(400);
        QCOMPARE(asked.count(), 1);
        QCOMPARE(field.words(), QStringLiteral("knit green s"));
    }

    void returnSearchesAtOnceAndOnlyOnce()
    {
        ui::SearchField field(QStringLiteral("search"), QStringLiteral("Search"), QStringLiteral("Search"), nullptr);
        QSignalSpy asked(&field, &ui::SearchField::searchRequested);
        QTest::keyClicks(&field, QStringLiteral("1042"));
        QTest::keyClick(&field, Qt::Key_Return);
        QCOMPARE(asked.count(), 1);
        // The page reads the words when it searches, which drops the search still
        // waiting for the typing to pause.
        QCOMPARE(field.words(), QStringLiteral("1042"));
        QTest::qWait(400);
        QCOMPARE(asked.count(), 1);
    }

    void textFilledInQuietlySearchesNothing()
    {
        ui::SearchField field(QStringLiteral("search"), QStringLiteral("Search"), QStringLiteral("Search"), nullptr);
        QSignalSpy asked(&field, &ui::SearchField::searchRequested);
        {
            const QSignalBlocker quiet(&field);
            field.setText(QStringLiteral("SKU-1"));
        }
        QTest::qWait(400);
        QCOMPARE(asked.count(), 0);
        QCOMPARE(field.words(), QStringLiteral("SKU-1"));
    }

    void controlCharactersSeparateWords()
    {
        ui::SearchField field(QStringLiteral("search"), QStringLiteral("Search"), QStringLiteral("Search"), nullptr);
        field.setText(QStringLiteral("  knit\tgreen\nS%1wool  ").arg(QChar(0)));
        QCOMPARE(field.words(), QStringLiteral("knit green S wool"));
        field.setText(QStringLiteral("%1\t").arg(QChar(0x7f)));
        QCOMPARE(field.words(), QString());
    }
};

QTEST_MAIN(TestSearchField)
#include "TestSearchField.moc"
