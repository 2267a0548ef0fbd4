<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CliContext</name>
    <message numerus="yes">
        <source>… and %n more problem(s) (--all-errors lists every one)</source>
        <translation>
            <numerusform>… and %n more problem (--all-errors lists every one)</numerusform>
            <numerusform>… and %n more problems (--all-errors lists every one)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message numerus="yes">
        <source>Queued %n e-mail(s)</source>
        <translation>
            <numerusform>Queued %n e-mail</numerusform>
            <numerusform>Queued %n e-mails</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, cancelled %n that no longer apply</source>
        <translation>
            <numerusform>, cancelled %n that no longer applies</numerusform>
            <numerusform>, cancelled %n that no longer apply</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message numerus="yes">
        <source>%1: %n row(s) end in empty fields past the header&apos;s last column; they are ignored</source>
        <translation>
            <numerusform>%1: %n row ends in empty fields past the header&apos;s last column; they are ignored</numerusform>
            <numerusform>%1: %n rows end in empty fields past the header&apos;s last column; they are ignored</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventPhrases</name>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) waiting</source>
        <translation>
            <numerusform>%n unit waiting</numerusform>
            <numerusform>%n units waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message numerus="yes">
        <source>%1: %n column(s) not used and ignored: %2</source>
        <translation>
            <numerusform>%1: %n column not used and ignored: %2</numerusform>
            <numerusform>%1: %n columns not used and ignored: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variant(s)</source>
        <translation>
            <numerusform>%n variant</numerusform>
            <numerusform>%n variants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n purchase order(s)</source>
        <translation>
            <numerusform>%n purchase order</numerusform>
            <numerusform>%n purchase orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s)</source>
        <translation>
            <numerusform>%n receipt</numerusform>
            <numerusform>%n receipts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stock count(s)</source>
        <translation>
            <numerusform>%n stock count</numerusform>
            <numerusform>%n stock counts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n stage</numerusform>
            <numerusform>%n stages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) count items this shop does not have (such as %2) and were skipped</source>
        <translation>
            <numerusform>%1: %n row counts an item this shop does not have (%2) and was skipped</numerusform>
            <numerusform>%1: %n rows count items this shop does not have (such as %2) and were skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n count(s) below zero (sold more than the shop had) were taken as 0 on hand</source>
        <translation>
            <numerusform>%1: %n count below zero (sold more than the shop had) was taken as 0 on hand</numerusform>
            <numerusform>%1: %n counts below zero (sold more than the shop had) were taken as 0 on hand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n customer(s) without an e-mail skipped</source>
        <translation>
            <numerusform>%1: %n customer without an e-mail skipped</numerusform>
            <numerusform>%1: %n customers without an e-mail skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n stage(s) recorded before were skipped</source>
        <translation>
            <numerusform>%1: %n stage recorded before was skipped</numerusform>
            <numerusform>%1: %n stages recorded before were skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n stage(s) of purchase orders received in full were skipped</source>
        <translation>
            <numerusform>%1: %n stage of a purchase order received in full was skipped</numerusform>
            <numerusform>%1: %n stages of purchase orders received in full were skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s) created</source>
        <translation>
            <numerusform>%1: %n item created</numerusform>
            <numerusform>%1: %n items created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s) have less than no stock in the shop (orders on backorder there) and start with none on hand; import the shop&apos;s orders to queue them</source>
        <translation>
            <numerusform>%1: %n item has less than no stock in the shop (orders on backorder there) and starts with none on hand; import the shop&apos;s orders to queue them</numerusform>
            <numerusform>%1: %n items have less than no stock in the shop (orders on backorder there) and start with none on hand; import the shop&apos;s orders to queue them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variant(s) without a SKU</source>
        <translation>
            <numerusform>%n variant without a SKU</numerusform>
            <numerusform>%n variants without a SKU</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variant(s) sharing a SKU with others</source>
        <translation>
            <numerusform>%n variant sharing a SKU with others</numerusform>
            <numerusform>%n variants sharing a SKU with others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s) have no price and import at 0</source>
        <translation>
            <numerusform>%1: %n item has no price and imports at 0</numerusform>
            <numerusform>%1: %n items have no price and import at 0</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n order(s) not imported: %2</source>
        <translation>
            <numerusform>%1: %n order not imported: %2</numerusform>
            <numerusform>%1: %n orders not imported: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n shipped line(s) of items the shop no longer has skipped (history)</source>
        <translation>
            <numerusform>%1: %n shipped line of items the shop no longer has skipped (history)</numerusform>
            <numerusform>%1: %n shipped lines of items the shop no longer has skipped (history)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the file has no customer columns: %n order(s) each go to a customer of their own, marked unknown, who is never sent an e-mail</source>
        <translation>
            <numerusform>%1: the file has no customer columns: %n order goes to a customer of its own, marked unknown, who is never sent an e-mail</numerusform>
            <numerusform>%1: the file has no customer columns: %n orders each go to a customer of their own, marked unknown, who is never sent an e-mail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) refunded in full not imported</source>
        <translation>
            <numerusform>%1: %n line refunded in full not imported</numerusform>
            <numerusform>%1: %n lines refunded in full not imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderService</name>
    <message numerus="yes">
        <source>%n line(s) shipped by the web shop before the order was imported</source>
        <translation>
            <numerusform>%n line shipped by the web shop before the order was imported</numerusform>
            <numerusform>%n lines shipped by the web shop before the order was imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message numerus="yes">
        <source>We expect it on %1, in %n day(s).</source>
        <translation>
            <numerusform>We expect it on %1, in %n day.</numerusform>
            <numerusform>We expect it on %1, in %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bd::ui::CustomersPage</name>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) waiting</source>
        <translation>
            <numerusform>%Ln line waiting</numerusform>
            <numerusform>%Ln lines waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bd::ui::ImportFlow</name>
    <message numerus="yes">
        <source>… and at least %n more: the file was checked up to its first %1 problems.</source>
        <translation>
            <numerusform>… and at least %n more: the file was checked up to its first %1 problems.</numerusform>
            <numerusform>… and at least %n more: the file was checked up to its first %1 problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n records from </source>
        <translation>
            <numerusform>Imported %n record from </numerusform>
            <numerusform>Imported %n records from </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bd::ui::ImportPreviewDialog</name>
    <message numerus="yes">
        <source>%n row(s) read; nothing is kept until you import.</source>
        <translation>
            <numerusform>%n row read; nothing is kept until you import.</numerusform>
            <numerusform>%n rows read; nothing is kept until you import.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bd::ui::MainWindow</name>
    <message numerus="yes">
        <source>%Ln items</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bd::ui::OrderDetailPane</name>
    <message numerus="yes">
        <source>%Ln unit(s) waiting until %1</source>
        <translation>
            <numerusform>%Ln unit waiting until %1</numerusform>
            <numerusform>%Ln units waiting until %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s) waiting, date not known yet</source>
        <translation>
            <numerusform>%Ln unit waiting, date not known yet</numerusform>
            <numerusform>%Ln units waiting, date not known yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bd::ui::OrdersPage</name>
    <message numerus="yes">
        <source>%Ln order(s) whose payment is at risk</source>
        <translation>
            <numerusform>%Ln order whose payment is at risk</numerusform>
            <numerusform>%Ln orders whose payment is at risk</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bd::ui::OutboxPage</name>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n attempt(s)</source>
        <translation>
            <numerusform> · %n attempt</numerusform>
            <numerusform> · %n attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) queued: look them over, then Send now</source>
        <translation>
            <numerusform>%n e-mail queued: look it over, then Send now</numerusform>
            <numerusform>%n e-mails queued: look them over, then Send now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n no longer needed and cancelled</source>
        <translation>
            <numerusform>; %n no longer needed and cancelled</numerusform>
            <numerusform>; %n no longer needed and cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cancelled after %n message(s)</source>
        <translation>
            <numerusform>cancelled after %n message</numerusform>
            <numerusform>cancelled after %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) sent</source>
        <translation>
            <numerusform>%n e-mail sent</numerusform>
            <numerusform>%n e-mails sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n to try again later</source>
        <translation>
            <numerusform>, %n to try again later</numerusform>
            <numerusform>, %n to try again later</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n failed</numerusform>
            <numerusform>, %n failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bd::ui::ReceiveDialog</name>
    <message numerus="yes">
        <source>%1 (%n unit(s) to come)</source>
        <translation>
            <numerusform>%1 (%n unit to come)</numerusform>
            <numerusform>%1 (%n units to come)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 from %2 (%n unit(s) to come)</source>
        <translation>
            <numerusform>%1 from %2 (%n unit to come)</numerusform>
            <numerusform>%1 from %2 (%n units to come)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receiving %n unit(s)</source>
        <translation>
            <numerusform>Receiving %n unit</numerusform>
            <numerusform>Receiving %n units</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) straight to shipping</source>
        <translation>
            <numerusform>%n unit straight to shipping</numerusform>
            <numerusform>%n units straight to shipping</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> for %n order(s)</source>
        <translation>
            <numerusform> for %n order</numerusform>
            <numerusform> for %n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n to the shelf</source>
        <translation>
            <numerusform>, %n to the shelf</numerusform>
            <numerusform>, %n to the shelf</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bd::ui::ShipDialog</name>
    <message numerus="yes">
        <source>Order %1: %Ln unit(s) shipped, the rest follows</source>
        <translation>
            <numerusform>Order %1: %Ln unit shipped, the rest follows</numerusform>
            <numerusform>Order %1: %Ln units shipped, the rest follows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Order %1 shipped: %Ln unit(s)</source>
        <translation>
            <numerusform>Order %1 shipped: %Ln unit</numerusform>
            <numerusform>Order %1 shipped: %Ln units</numerusform>
        </translation>
    </message>
</context>
</TS>
