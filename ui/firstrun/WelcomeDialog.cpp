#include "WelcomeDialog.h"

#include "common/ErrorLabel.h"
#include "AppContext.h"
#include "common/Prompter.h"
#include "demo/DemoShop.h"
#include "store/Config.h"
#include "store/Database.h"
#include "services/Shop.h"
#include "settings/ShopChoices.h"

#include <QComboBox>
#include <QCursor>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace bd::ui {

namespace {

// Removes a database file that was created and could not be finished.
void removeShopFile(const QString& path)
{
    for (const char* suffix : { "", "-journal", "-wal", "-shm" })
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

WelcomeDialog::WelcomeDialog(AppContext& context, QString newShopPath, QString samplePath, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_newShopPath(std::move(newShopPath))
    , m_samplePath(std::move(samplePath))
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to Backorder Desk"));

    auto* intro = new QLabel(tr("<h3>Welcome to Backorder Desk</h3>"
                                "<p>There is no shop yet. Start an empty one for your business, look around "
                                "in a sample shop first, or open a shop file you already have.</p>"),
                             this);
    intro->setWordWrap(true);

    auto* newShopBox = new QGroupBox(tr("Create an empty shop"), this);
    m_shopNameLineEdit = new QLineEdit(newShopBox);
    m_shopNameLineEdit->setObjectName(QStringLiteral("shopNameLineEdit"));
    m_shopNameLineEdit->setPlaceholderText(tr("e.g. Nordic Mugs"));
    m_localeComboBox = new QComboBox(newShopBox);
    m_localeComboBox->setObjectName(QStringLiteral("localeComboBox"));
    ShopChoices::fillLocales(m_localeComboBox);
    ShopChoices::choose(m_localeComboBox, defaultLocale());
    m_localeComboBox->setToolTip(tr("The language of your customers' e-mails, and how dates and money read in "
                                    "them and in reports"));
    m_currencyComboBox = new QComboBox(newShopBox);
    m_currencyComboBox->setObjectName(QStringLiteral("currencyComboBox"));
    ShopChoices::fillCurrencies(m_currencyComboBox);
    ShopChoices::choose(m_currencyComboBox, defaultCurrency());
    m_currencyComboBox->setToolTip(tr("The currency of your prices"));
    // A shop in Denmark sells in kroner, unless told otherwise afterwards.
    connect(m_localeComboBox, &QComboBox::currentIndexChanged, this, [this] {
        const QString currency = ShopChoices::currencyOf(m_localeComboBox->currentData().toString());
        if (!currency.isEmpty())
            ShopChoices::choose(m_currencyComboBox, currency);
    });
    m_senderLineEdit = new QLineEdit(newShopBox);
    m_senderLineEdit->setObjectName(QStringLiteral("senderLineEdit"));
    m_senderLineEdit->setPlaceholderText(tr("shop@example.com"));
    m_senderLineEdit->setToolTip(tr("The address your customers' e-mails come from."));
    m_createShopButton = new QPushButton(tr("&Create Shop"), newShopBox);
    m_createShopButton->setObjectName(QStringLiteral("createShopButton"));
    m_createShopButton->setDefault(true);
    auto* form = new QFormLayout(newShopBox);
    form->addRow(tr("Shop &name:"), m_shopNameLineEdit);
    form->addRow(tr("Country and &language:"), m_localeComboBox);
    form->addRow(tr("C&urrency:"), m_currencyComboBox);
    form->addRow(tr("&Sender address:"), m_senderLineEdit);
    form->addRow(QString(), m_createShopButton);

    m_problemLabel = makeErrorLabel(this, QStringLiteral("problemLabel"));

    auto* otherBox = new QGroupBox(tr("Or"), this);
    m_sampleShopButton = new QPushButton(tr("Open the &Sample Shop"), otherBox);
    m_sampleShopButton->setObjectName(QStringLiteral("sampleShopButton"));
    m_sampleShopButton->setToolTip(
        tr("A made-up shop with items, waiting customers and purchase orders to try "
           "things on. Your own shop is not touched."));
    m_openFileButton = new QPushButton(tr("Open an &Existing File…"), otherBox);
    m_openFileButton->setObjectName(QStringLiteral("openFileButton"));
    auto* otherLayout = new QVBoxLayout(otherBox);
    otherLayout->addWidget(m_sampleShopButton);
    otherLayout->addWidget(m_openFileButton);

    auto* importHint
        = new QLabel(tr("Your web shop's products, customers and orders come in with "
                        "<b>File › Import CSV…</b> once the shop is open (WooCommerce, Shopify or "
                        "Backorder Desk's own CSV format)."),
                     this);
    importHint->setObjectName(QStringLiteral("importHintLabel"));
    importHint->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_createShopButton, &QPushButton::clicked, this, [this] { createEmptyShop(); });
    connect(m_sampleShopButton, &QPushButton::clicked, this, [this] { openSampleShop(); });
    connect(m_openFileButton, &QPushButton::clicked, this, [this] { openExistingFile(); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(newShopBox);
    layout->addWidget(m_problemLabel);
    layout->addWidget(otherBox);
    layout->addWidget(importHint);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    m_shopNameLineEdit->setFocus();
}

QString WelcomeDialog::defaultLocale()
{
    const QString name = QLocale().name();
    return QLocale().language() != QLocale::C && store::Config::validate(store::settings::ShopLocale, name).ok()
        ? name
        : QStringLiteral("en_GB");
}

QString WelcomeDialog::defaultCurrency()
{
    const QString code = QLocale().currencySymbol(QLocale::CurrencyIsoCode);
    return store::Config::validate(store::settings::ShopCurrency, code).ok() ? code : QStringLiteral("EUR");
}

void WelcomeDialog::showProblem(const QString& text)
{
    m_problemLabel->setText(text);
    m_problemLabel->setVisible(!text.isEmpty());
}

bool WelcomeDialog::createEmptyShop()
{
    const QString name = m_shopNameLineEdit->text().trimmed();
    const QString currency = m_currencyComboBox->currentData().toString();
    const QString locale = m_localeComboBox->currentData().toString();
    const QString sender = m_senderLineEdit->text().trimmed();
    QStringList problems;
    if (name.isEmpty())
        problems << tr("Give the shop a name.");
    for (const auto& [key, value] : { std::pair { store::settings::ShopCurrency, currency },
                                      std::pair { store::settings::ShopLocale, locale },
                                      std::pair { store::settings::ShopSender, sender } }) {
        if (const core::Status s = store::Config::validate(key, value); !s.ok())
            problems << s.errorText();
    }
    if (sender.isEmpty())
        problems << tr("Give the address your e-mails come from.");
    if (!problems.isEmpty()) {
        showProblem(problems.join(QLatin1Char('\n')));
        return false;
    }
    if (QFileInfo::exists(m_newShopPath)) {
        showProblem(tr("%1 exists already; open it instead.").arg(QDir::toNativeSeparators(m_newShopPath)));
        return false;
    }

    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    core::Status status;
    {
        auto db = store::Database::open(m_newShopPath);
        if (!db) {
            status = db.errors();
        } else {
            // The chosen locale decides how customers' e-mails read (Danish templates,
            // dates and money for a Danish shop): set before any template is written.
            const QList<std::pair<QString, QString>> values = { { store::settings::ShopName, name },
                                                                { store::settings::ShopCurrency, currency },
                                                                { store::settings::ShopSender, sender },
                                                                { store::settings::ShopLocale, locale } };
            status = services::Shop(*db.value(), m_context.clock()).saveSettings(values);
        }
    }
    QGuiApplication::restoreOverrideCursor();
    if (!status.ok()) {
        removeShopFile(m_newShopPath);
        showProblem(status.errorText());
        return false;
    }
    m_chosenPath = m_newShopPath;
    accept();
    return true;
}

bool WelcomeDialog::openSampleShop()
{
    if (!QFileInfo::exists(m_samplePath)) {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        core::Status status;
        {
            auto db = store::Database::open(m_samplePath);
            if (!db) {
                status = db.errors();
            } else {
                demo::DemoOptions options;
                options.now = m_context.clock().now();
                status = demo::DemoShop::build(*db.value(), options);
            }
        }
        QGuiApplication::restoreOverrideCursor();
        if (!status.ok()) {
            removeShopFile(m_samplePath);
            m_context.prompter().warn(this, tr("Sample Shop"), status.errorText());
            return false;
        }
    }
    m_chosenPath = m_samplePath;
    accept();
    return true;
}

bool WelcomeDialog::openExistingFile()
{
    const QString path = m_context.prompter().openFileName(
        this, tr("Open Shop Database"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Shop databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return false;
    m_chosenPath = path;
    accept();
    return true;
}

} // namespace bd::ui
