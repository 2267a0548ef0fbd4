#pragma once

#include <QDialog>
#include <QString>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace bd::ui {

class AppContext;

// The first start: no shop database yet. Offers to create an empty shop (name,
// country and language, currency, sender address), to open the sample shop, or to open a file the merchant
// has already, and points at File › Import for the web shop's products. Accepted
// when a database file is ready to open: chosenPath().
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    // newShopPath: where an empty shop is created; samplePath: where the sample shop goes.
    WelcomeDialog(AppContext& context, QString newShopPath, QString samplePath, QWidget* parent = nullptr);

    // The database file to open after the dialog was accepted.
    const QString& chosenPath() const { return m_chosenPath; }

    // What the buttons do; public so tests can drive them directly.
    // Creates the empty shop from the fields (refusing invalid ones, with the reason
    // shown in the dialog), and accepts.
    bool createEmptyShop();
    // Creates the sample shop (or reuses the one made before), and accepts.
    bool openSampleShop();
    // Asks for a file (through the prompter), and accepts.
    bool openExistingFile();

    // The currency offered first: the system locale's, or EUR.
    static QString defaultCurrency();
    // The shop locale offered first: the system's, or en_GB.
    static QString defaultLocale();

private:
    void showProblem(const QString& text);

    AppContext& m_context;
    QString m_newShopPath;
    QString m_samplePath;
    QString m_chosenPath;
    QLineEdit* m_shopNameLineEdit = nullptr;
    QComboBox* m_localeComboBox = nullptr;
    QComboBox* m_currencyComboBox = nullptr;
    QLineEdit* m_senderLineEdit = nullptr;
    QLabel* m_problemLabel = nullptr;
    QPushButton* m_createShopButton = nullptr;
    QPushButton* m_sampleShopButton = nullptr;
    QPushButton* m_openFileButton = nullptr;
};

} // namespace bd::ui
