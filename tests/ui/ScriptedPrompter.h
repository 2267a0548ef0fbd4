#pragma once

#include "common/Prompter.h"

#include <QQueue>
#include <QStringList>
#include <QVariant>

namespace bd::test {

// Answers the window's questions from a script, and remembers what it was asked and
// told, so widget tests never open a dialog. An unexpected question (an empty script)
// is answered "cancel" and recorded in `unexpected`, which a test can check.
class ScriptedPrompter final : public ui::Prompter
{
public:
    // Answers in the order they will be asked: bool for confirm, QString for askText /
    // askPassword / file dialogs, int for choose.
    QQueue<QVariant> answers;
    // "title: text" of every question and message, in order.
    QStringList asked;
    QStringList informed;
    QStringList warned;
    QStringList unexpected;

    bool confirm(QWidget*, const QString& title, const QString& text) override
    {
        asked << title + QStringLiteral(": ") + text;
        return next(QMetaType::Bool, title).toBool();
    }
    bool askText(QWidget*, const QString& title, const QString& label, QString* text) override
    {
        asked << title + QStringLiteral(": ") + label;
        const QVariant answer = next(QMetaType::QString, title);
        if (!answer.isValid())
            return false;
        *text = answer.toString();
        return true;
    }
    bool askPassword(QWidget*, const QString& title, const QString& label, QString* password, const QString&,
                     bool* remember) override
    {
        asked << title + QStringLiteral(": ") + label;
        const QVariant answer = next(QMetaType::QString, title);
        if (!answer.isValid())
            return false;
        *password = answer.toString();
        if (remember)
            *remember = false;
        return true;
    }
    int choose(QWidget*, const QString& title, const QString& label, const QStringList&) override
    {
        asked << title + QStringLiteral(": ") + label;
        const QVariant answer = next(QMetaType::Int, title);
        return answer.isValid() ? answer.toInt() : -1;
    }
    void inform(QWidget*, const QString& title, const QString& text) override
    {
        informed << title + QStringLiteral(": ") + text;
    }
    void warn(QWidget*, const QString& title, const QString& text) override
    {
        warned << title + QStringLiteral(": ") + text;
    }
    QString openFileName(QWidget*, const QString& title, const QString&, const QString&) override
    {
        asked << title;
        return next(QMetaType::QString, title).toString();
    }
    QString saveFileName(QWidget*, const QString& title, const QString&, const QString&) override
    {
        asked << title;
        return next(QMetaType::QString, title).toString();
    }

private:
    QVariant next(QMetaType::Type type, const QString& title)
    {
        if (answers.isEmpty() || answers.head().metaType().id() != type) {
            unexpected << title;
            return {};
        }
        return answers.dequeue();
    }
};

} // namespace bd::test
