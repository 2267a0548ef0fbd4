<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>Backup</name>
    <message>
        <source>%1 exists already; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy did not pass its check (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot back up to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a SQLite shop file can be backed up this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot be taken in the middle of a change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the shop itself; choose a backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make a working folder next to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a SQLite shop file can be restored this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop %1 could not be kept aside, so nothing was restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring %1 into %2 failed: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop as it was is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogService</name>
    <message>
        <source>an item needs a SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a price cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backorder limit cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stock on hand cannot be negative, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 units wait for this item; it cannot be switched to stop until they are served or cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 on hand is fewer than the %3 units allocated to orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stock count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stock counted: %1 on hand (%2%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a purchase order needs a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown SKU &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity must be a whole number above 0, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 units of %2 were received on %3 already; the quantity cannot drop below that</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>%1 does not exist; create a shop there with: backorderdesk-cli --db %1 init</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: backorderdesk-cli [--db FILE] [--now ISO-DATETIME] %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: usage: backorderdesk-cli %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 sent, %3 to try again later, %4 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages from an interrupted run were sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the shop database, or bring it to this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: upgraded to schema version %2; the previous file was kept as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ready (schema version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read or change a setting (shop name, sender, smtp.host, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config: usage: backorderdesk-cli config %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill an empty database with a sample shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>small (40 items) or large (20,000 items, 1,000,000 order lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same seed makes the same shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: --size is small or large, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: --seed must be a whole number, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample shop in %1: %2 items, %3 customers, %4 orders with %5 lines, %6 lines waiting, %7 purchase orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the stock ledger, allocations and order lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: %1 items; on hand equals the ledger, allocations and waiting units equal the order lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship what is allocated for an order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ship what is allocated now although units still wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ship although payment is not captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parcel tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1: partial shipment (extra shipping cost waived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1: shipped complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 x %2 shipped now, %3 before, %4 still to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel an order or one line of it; released units go to the next in line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel only this item&apos;s line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why it is cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1: %2 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a waiting order to the front of the queue (or back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why it goes first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take the priority away again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority: give either --reason R or --clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1: back in its place in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1: moved to the front of the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an order&apos;s payment state: none, verified, authorized or captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last four digits of the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card expiry month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when the authorization was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment: STATE is none, verified, authorized or captured, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment: --authorized-at &apos;%1&apos; is not an ISO 8601 date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1: payment %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List payments at risk before the promised date, and orders to capture, as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write to FILE instead of the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a discount code to a customer as goodwill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percent off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount off, e.g. 10.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why the customer gets it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coupon: usage: backorderdesk-cli coupon %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coupon: --percent must be a whole number, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coupon: --amount &apos;%1&apos; is not an amount such as 10.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened to an order or an item, oldest first, as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history: give either --order or --sku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a CSV file, all or nothing: items, customers, orders, purchase-orders or receipts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the file and the rules, change nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file format: native</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipts: allocate only to orders that thereby become complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: KIND is one of %1, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: format &apos;%1&apos; is not supported yet; use native</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows checked, %3 %4 would be imported; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows read, %3 %4 imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV: items, customers, orders, waiting or coupons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: KIND is one of %1, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: format &apos;%1&apos; is not supported yet; use native</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive stock: waiting orders are served first; prints the cross-dock list as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the purchase order it arrived on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipts CSV: received_at,sku,qty,reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allocate only to orders that thereby become complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the cross-dock list, change nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receive: give either --file or --sku and --qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receive: usage: backorderdesk-cli receive %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receive: --qty must be a whole number above 0, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preview: this is what receiving would do; nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take shipped units back into stock; they serve the queue first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item coming back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units coming back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why it came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return: --sku and a whole-number --qty are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1: %2 x %3 back in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the stock of an item after a count, with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why the stock changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjust: DELTA must be a whole number such as 5 or -3, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stock %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set an item&apos;s expected date (YYYY-MM-DD, or none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eta: &apos;%1&apos; is not a date in the form YYYY-MM-DD (or none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a copy of the shop to FILE; safe while the window or a cron job uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup file to write (must not exist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: backed up to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the shop with a backup FILE; the current file is kept aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup file to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace the shop without asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore: this replaces the shop %1 with %2 (the current file is kept aside); add --yes to do it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: restored from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: restored from %2; the replaced file is kept as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue the e-mails that are due; --send delivers them over SMTP, --outbox-dir writes .eml files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deliver pending e-mail over SMTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write each pending e-mail as DIR/&lt;id&gt;.eml and mark it sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notify: give --send or --outbox-dir, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued %1 e-mails, cancelled %2 that no longer apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent over %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the e-mail outbox as CSV, or retry or cancel one message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only messages in this state: pending, sending, sent, failed, cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the messages of this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write to FILE instead of stdout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox: usage: backorderdesk-cli outbox %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 will be sent on the next notify run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--state: &apos;%1&apos; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown order &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show, change, switch on or off the e-mail templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subject line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file with the plain-text body (UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file with the HTML body (UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template: usage: backorderdesk-cli template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND is one of %1, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--- plain text ---</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--- HTML ---</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template set: give --subject, --text and --html</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1 saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 e-mails are switched on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 e-mails are switched off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>Shop name shown in e-mails and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender address of e-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply-to address of e-mails (empty: the sender)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature under every e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency of prices (ISO 4217 code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locale for dates and money in e-mails and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days between follow-up e-mails while an order waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days before the promised date to send the countdown e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days a card authorization holds before it lapses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP server host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP server port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP connection security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP user name (empty: no login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA certificate file to trust for the SMTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown setting; known settings are: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most 500 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a three-letter currency code such as EUR or DKK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a locale name such as da_DK or en_US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save setting %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1: not valid UTF-16, unreadable characters were replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid UTF-8, read as Windows-1252</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the line: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is not closed; a &quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row has %1 fields, the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required column</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build has no schema migrations in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Backorder Desk database (it is not a SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and was not opened (%2). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and was not opened (%2 problems found, the first: %3). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a Backorder Desk shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Backorder Desk (schema version %2); this build knows schema versions up to %3. Open it with a newer version of Backorder Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set up %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up %1 before upgrading it, so it was left as it was: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read migration %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading %1 to schema version %2 (%3) failed: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording schema version %1 in %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign key checks cannot change inside a transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row %2 points to a missing %3 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was undone because part of it failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving to %1 failed, nothing was changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Delivery</name>
    <message>
        <source>a previous run stopped while sending it; sending it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1 to %2 failed for good: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoShop</name>
    <message>
        <source>The large demo broke a reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a shop; the demo fills only an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>a value is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is negative; it must be 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount such as 12.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date in the form YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date and time is required (YYYY-MM-DDTHH:MM:SS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date and time such as 2026-11-03T14:05:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: column &apos;%2&apos; is not used and was ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU &apos;%1&apos; appears more than once in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not stop, backorder or preorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a preorder item needs its release date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not none, verified, authorized or captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1 was placed at %2 on line %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1 belongs to %2 on line %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown SKU &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown purchase order &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightService</name>
    <message>
        <source>card expires before the promised date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card has expired; the date is not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorization lapses before the promised date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorization has lapsed; the date is not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allocated, payment not captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: on hand %2, but the ledger sums to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: allocated %2, but order lines hold %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: waiting %2, but order lines wait for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 allocated but only %3 on hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown order &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown SKU &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown customer &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a coupon is either a percentage or an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a percentage from 1 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an amount above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a coupon needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderService</name>
    <message>
        <source>an order needs an order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1 exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order needs a valid time it was placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the last four digits of a card are kept, never the card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a card expiry month (YYYY-MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1 has no lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity must be a whole number above 0, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a price cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown SKU &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 ordered but only %3 available, and the item is not sold on backorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 ordered, %3 available; %4 would wait but only %5 more may wait (backorder limit %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown order &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1 has no line for SKU &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1 has nothing left to cancel: it is shipped or cancelled already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moving an order to the front needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>not known yet: we will tell you as soon as we know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- %1 x %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tracking number for this parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a partial shipment. The rest follows as soon as it arrives, at no extra shipping cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your order is now complete. Thank you for your patience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>We expect it on %1, in %n day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Our supplier has not given us a date yet; we will tell you as soon as we know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: %1 e-mails are switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: nothing of the order waits any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: a newer follow-up replaces it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: the promised date has changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: the payment no longer lapses before the promised date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: nothing is set aside for the order any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no message %1 in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1 was sent already on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShippingService</name>
    <message>
        <source>unknown order &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is released on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1 has nothing to ship yet: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1 has nothing allocated to ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1 is held until complete and %2 units are still to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1 is not complete: %2 units are still to come; ship a partial shipment explicitly to send what is allocated now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1 is not paid (payment %2): capture the payment before shipping, or allow shipping unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial shipment, extra shipping cost waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; shipped before payment was captured (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopStore</name>
    <message>
        <source>order %1 line %2: %3 shipped, but shipments list %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1 line %2: queue key differs from its order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpTransport</name>
    <message>
        <source>no SMTP server is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a login needs an encrypted connection: set smtp.security to starttls or tls, or clear smtp.user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password for SMTP user %1: set BACKORDERDESK_SMTP_PASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the mail client library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SMTP server %1 refused the user name or password: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach the SMTP server %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SMTP server %1 refused the session: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to the SMTP server %1 broke: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementCache</name>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockService</name>
    <message>
        <source>unknown SKU &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity must be a whole number above 0, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown purchase order &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purchase order %1 has no line for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown order &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1 has no line for SKU &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1: only %2 of %3 were shipped and not returned, so %4 cannot come back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an adjustment must change the stock (not 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an adjustment needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the adjustment would leave %2 on hand, but %3 are allocated to orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateService</name>
    <message>
        <source>unknown kind of e-mail &apos;%1&apos;; it is one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default %1 template is missing from this build</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>unknown kind of e-mail &apos;%1&apos;; it is one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown placeholder {{%1}} in the %2; %3 e-mails know %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unbalanced {{ or }} in the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain-text body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subject must be one line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>en</source>
        <extracomment>The language code of this translation (da, de, …); selects the user guide.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::ui::BackupActions</name>
    <message>
        <source>Shop databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-backup-%2.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already. Choose another name for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop was backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the work in progress has finished, then restore again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the shop %1 with the backup %2?

Everything changed since that backup was taken is replaced. The shop as it is now is kept next to it as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop was restored from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file it replaced is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::ui::CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::ui::ErrorBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::ui::ImportFlow</name>
    <message>
        <source>Items (sku, name, price, on_hand, policy, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers (email, name, phone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders (one row per order line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase orders (po_number, supplier, sku, qty, expected_date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts of stock (received_at, sku, qty, reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does %1 contain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported and nothing changed. Fix these problems and try again:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is valid: %n rows, </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records to import.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported and nothing changed:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n records from </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bd::ui::ItemsModel</name>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold out when stock runs out; orders beyond stock are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps selling when stock runs out; ships when stock arrives. Backorder limit: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps selling when stock runs out; ships when stock arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not released yet; ships on or after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not released yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is available while customers wait for this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the item sells when stock runs out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units in the warehouse, including those reserved for orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units customers have ordered that are not in stock yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units a new order could take now; none while anyone waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When new stock is expected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::ui::ItemsPage</name>
    <message>
        <source>Search SKU, name or attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only items with waiting customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::ui::MainWindow</name>
    <message>
        <source>Backorder Desk databases (*.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, empty shop database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another shop database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import items, customers, orders, purchase orders or receipts from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Backorder Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search items by SKU, name or attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read everything again, with changes made elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive stock and serve the waiting customers first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an order by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ship…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship what is allocated for the selected order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue the e-mails that are due and send the outbox now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Backorder Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the work running in the background; nothing of it is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a shop database with File › Open…, or start one with File › New….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was upgraded; the previous version was kept as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already. Choose another name for the new database, or open this one with File › Open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Shop Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shop.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Shop Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Backorder Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Backorder Desk %1&lt;/h3&gt;&lt;p&gt;Keep selling out-of-stock items on backorder without losing customers.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work is still running in the background. Stop it and quit? Nothing of the unfinished work is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::ui::OrdersPage</name>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::ui::OutboxPage</name>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::ui::PurchasingPage</name>
    <message>
        <source>Purchasing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::ui::RecentFilesMenu</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::ui::TaskRunner</name>
    <message>
        <source>No shop database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::ui::UserGuideDialog</name>
    <message>
        <source>Backorder Desk User Guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bd::ui::WelcomeDialog</name>
    <message>
        <source>Welcome to Backorder Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to Backorder Desk&lt;/h3&gt;&lt;p&gt;There is no shop yet. Start an empty one for your business, look around in a sample shop first, or open a shop file you already have.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Nordic Mugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The three-letter ISO code of your prices: DKK, EUR, SEK, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shop@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address your customers&apos; e-mails come from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sender address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Sample Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A made-up shop with items, waiting customers and purchase orders to try things on. Your own shop is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an &amp;Existing File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your web shop&apos;s products, customers and orders come in with &lt;b&gt;File › Import CSV…&lt;/b&gt; once the shop is open (WooCommerce, Shopify or Backorder Desk&apos;s own CSV format).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the shop a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the address your e-mails come from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Shop Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Usage: backorderdesk-cli [--db FILE] [--now ISO-DATETIME] COMMAND [ARGS...]
Backorder Desk: keep selling out-of-stock items on backorder.

Global options:
  --db FILE            the shop database (default: %1)
  --now ISO-DATETIME   the time every action happens at (default: now);
                       a time without an offset is UTC
  -h, --help           this help; COMMAND --help explains a command
  -v, --version        the version

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--now needs a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1; see backorderdesk-cli --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--now: &apos;%1&apos; is not an ISO 8601 date and time such as 2026-12-01T09:30:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; see backorderdesk-cli --help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Backorder Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep selling out-of-stock items on backorder without losing customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the shop database FILE (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take ISO-DATETIME as the current time, e.g. 2024-11-05T09:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO-DATETIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--now: %1 is not an ISO 8601 date and time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
