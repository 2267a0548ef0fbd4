<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>Backup</name>
    <message>
        <source>%1 exists already; choose another name.</source>
        <translation>%1 findes allerede; vælg et andet navn.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 findes ikke.</translation>
    </message>
    <message>
        <source>the copy did not pass its check (%1)</source>
        <translation>kopien bestod ikke kontrollen (%1)</translation>
    </message>
    <message>
        <source>The backup was cancelled; no file was written.</source>
        <translation>Sikkerhedskopieringen blev afbrudt; der blev ikke skrevet nogen fil.</translation>
    </message>
    <message>
        <source>Cannot back up to %1: %2</source>
        <translation>Kan ikke tage sikkerhedskopi til %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Kan ikke skrive %1.</translation>
    </message>
    <message>
        <source>Only a SQLite shop file can be backed up this way.</source>
        <translation>Kun en SQLite-butiksfil kan sikkerhedskopieres på denne måde.</translation>
    </message>
    <message>
        <source>A backup cannot be taken in the middle of a change.</source>
        <translation>Der kan ikke tages sikkerhedskopi midt i en ændring.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 findes ikke.</translation>
    </message>
    <message>
        <source>%1 is the shop itself; choose a backup file.</source>
        <translation>%1 er selve butikken; vælg en sikkerhedskopi.</translation>
    </message>
    <message>
        <source>Cannot make a working folder next to %1: %2</source>
        <translation>Kan ikke oprette en arbejdsmappe ved siden af %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Kan ikke læse %1.</translation>
    </message>
    <message>
        <source>Only a SQLite shop file can be restored this way.</source>
        <translation>Kun en SQLite-butiksfil kan gendannes på denne måde.</translation>
    </message>
    <message>
        <source>The shop %1 could not be kept aside, so nothing was restored: %2</source>
        <translation>Butikken %1 kunne ikke gemmes til side, så intet blev gendannet: %2</translation>
    </message>
    <message>
        <source>Restoring %1 into %2 failed: %3.</source>
        <translation>Gendannelse af %1 til %2 mislykkedes: %3.</translation>
    </message>
    <message>
        <source>The shop as it was is kept in %1.</source>
        <translation>Butikken, som den var, er gemt i %1.</translation>
    </message>
</context>
<context>
    <name>CatalogService</name>
    <message>
        <source>an item needs a SKU</source>
        <translation>en vare skal have et varenummer (SKU)</translation>
    </message>
    <message>
        <source>a price cannot be negative</source>
        <translation>en pris kan ikke være negativ</translation>
    </message>
    <message>
        <source>a backorder limit cannot be negative</source>
        <translation>en restordregrænse kan ikke være negativ</translation>
    </message>
    <message>
        <source>stock on hand cannot be negative, not %1</source>
        <translation>lagerbeholdningen kan ikke være negativ, ikke %1</translation>
    </message>
    <message>
        <source>opening stock</source>
        <translation>startbeholdning</translation>
    </message>
    <message>
        <source>%1: %2 units wait for this item; it cannot be switched to stop until they are served or cancelled</source>
        <translation>%1: %2 enheder venter på denne vare; den kan ikke sættes til stop, før de er ekspederet eller annulleret</translation>
    </message>
    <message>
        <source>%1: %2 on hand is fewer than the %3 units allocated to orders</source>
        <translation>%1: %2 på lager er færre end de %3 enheder, der er tildelt ordrer</translation>
    </message>
    <message>
        <source>stock count</source>
        <translation>optælling</translation>
    </message>
    <message>
        <source>stock counted: %1 on hand (%2%3)</source>
        <translation>lager optalt: %1 på lager (%2%3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation>&apos;%1&apos; er ikke en e-mailadresse</translation>
    </message>
    <message>
        <source>a purchase order needs a number</source>
        <translation>en indkøbsordre skal have et nummer</translation>
    </message>
    <message>
        <source>unknown SKU &apos;%1&apos;</source>
        <translation>ukendt varenummer &apos;%1&apos;</translation>
    </message>
    <message>
        <source>quantity must be a whole number above 0, not %1</source>
        <translation>antallet skal være et helt tal over 0, ikke %1</translation>
    </message>
    <message>
        <source>%1 units of %2 were received on %3 already; the quantity cannot drop below that</source>
        <translation>%1 enheder af %2 er allerede modtaget på %3; antallet kan ikke komme under det</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>%1 does not exist; create a shop there with: backorderdesk-cli --db %1 init</source>
        <translation>%1 findes ikke; opret en butik der med: backorderdesk-cli --db %1 init</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Show this help.</source>
        <translation>Vis denne hjælp.</translation>
    </message>
    <message>
        <source>Usage: backorderdesk-cli [--db FILE] [--now ISO-DATETIME] %1 %2</source>
        <translation>Brug: backorderdesk-cli [--db FILE] [--now ISO-DATETIME] %1 %2</translation>
    </message>
    <message>
        <source>%1: usage: backorderdesk-cli %1 %2</source>
        <translation>%1: brug: backorderdesk-cli %1 %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 sent, %3 to try again later, %4 failed</source>
        <translation>%1: %2 sendt, %3 forsøges igen senere, %4 mislykkedes</translation>
    </message>
    <message>
        <source>%1 messages from an interrupted run were sent again</source>
        <translation>%1 beskeder fra en afbrudt kørsel blev sendt igen</translation>
    </message>
    <message>
        <source>Create the shop database, or bring it to this version.</source>
        <translation>Opret butiksdatabasen, eller opdatér den til denne version.</translation>
    </message>
    <message>
        <source>%1: upgraded to schema version %2; the previous file was kept as %3</source>
        <translation>%1: opgraderet til skemaversion %2; den tidligere fil er gemt som %3</translation>
    </message>
    <message>
        <source>%1: ready (schema version %2)</source>
        <translation>%1: klar (skemaversion %2)</translation>
    </message>
    <message>
        <source>Read or change a setting (shop name, sender, smtp.host, ...).</source>
        <translation>Læs eller ændr en indstilling (butiksnavn, afsender, smtp.host, ...).</translation>
    </message>
    <message>
        <source>config: usage: backorderdesk-cli config %1</source>
        <translation>config: brug: backorderdesk-cli config %1</translation>
    </message>
    <message>
        <source>Fill an empty database with a sample shop.</source>
        <translation>Fyld en tom database med en eksempelbutik.</translation>
    </message>
    <message>
        <source>small (40 items) or large (20,000 items, 1,000,000 order lines)</source>
        <translation>small (40 varer) eller large (20.000 varer, 1.000.000 ordrelinjer)</translation>
    </message>
    <message>
        <source>the same seed makes the same shop</source>
        <translation>samme seed giver samme butik</translation>
    </message>
    <message>
        <source>demo: --size is small or large, not &apos;%1&apos;</source>
        <translation>demo: --size er small eller large, ikke &apos;%1&apos;</translation>
    </message>
    <message>
        <source>demo: --seed must be a whole number, not &apos;%1&apos;</source>
        <translation>demo: --seed skal være et helt tal, ikke &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Sample shop in %1: %2 items, %3 customers, %4 orders with %5 lines, %6 lines waiting, %7 purchase orders</source>
        <translation>Eksempelbutik i %1: %2 varer, %3 kunder, %4 ordrer med %5 linjer, %6 ventende linjer, %7 indkøbsordrer</translation>
    </message>
    <message>
        <source>Verify the stock ledger, allocations and order lines.</source>
        <translation>Kontrollér lagerposterne, tildelingerne og ordrelinjerne.</translation>
    </message>
    <message>
        <source>OK: %1 items; on hand equals the ledger, allocations and waiting units equal the order lines.</source>
        <translation>OK: %1 varer; lagerbeholdningen svarer til lagerposterne, og tildelte og ventende enheder svarer til ordrelinjerne.</translation>
    </message>
    <message>
        <source>Ship what is allocated for an order.</source>
        <translation>Send det, der er tildelt en ordre.</translation>
    </message>
    <message>
        <source>ship what is allocated now although units still wait</source>
        <translation>send det tildelte nu, selv om der stadig venter enheder</translation>
    </message>
    <message>
        <source>ship although payment is not captured</source>
        <translation>send, selv om betalingen ikke er trukket</translation>
    </message>
    <message>
        <source>parcel tracking number</source>
        <translation>pakkens sporingsnummer</translation>
    </message>
    <message>
        <source>Order %1: partial shipment (extra shipping cost waived)</source>
        <translation>Ordre %1: dellevering (ekstra fragt frafaldet)</translation>
    </message>
    <message>
        <source>Order %1: shipped complete</source>
        <translation>Ordre %1: sendt komplet</translation>
    </message>
    <message>
        <source>  %1 x %2 shipped now, %3 before, %4 still to come</source>
        <translation>  %1 x %2 sendt nu, %3 før, %4 mangler stadig</translation>
    </message>
    <message>
        <source>Cancel an order or one line of it; released units go to the next in line.</source>
        <translation>Annullér en ordre eller én linje af den; frigivne enheder går til den næste i køen.</translation>
    </message>
    <message>
        <source>cancel only this item&apos;s line</source>
        <translation>annullér kun denne vares linje</translation>
    </message>
    <message>
        <source>why it is cancelled</source>
        <translation>hvorfor den annulleres</translation>
    </message>
    <message>
        <source>Order %1: %2 cancelled</source>
        <translation>Ordre %1: %2 annulleret</translation>
    </message>
    <message>
        <source>Order %1 cancelled</source>
        <translation>Ordre %1 annulleret</translation>
    </message>
    <message>
        <source>Move a waiting order to the front of the queue (or back).</source>
        <translation>Flyt en ventende ordre forrest i køen (eller tilbage).</translation>
    </message>
    <message>
        <source>why it goes first</source>
        <translation>hvorfor den kommer først</translation>
    </message>
    <message>
        <source>take the priority away again</source>
        <translation>fjern prioriteten igen</translation>
    </message>
    <message>
        <source>priority: give either --reason R or --clear</source>
        <translation>priority: angiv enten --reason R eller --clear</translation>
    </message>
    <message>
        <source>Order %1: back in its place in the queue</source>
        <translation>Ordre %1: tilbage på sin plads i køen</translation>
    </message>
    <message>
        <source>Order %1: moved to the front of the queue</source>
        <translation>Ordre %1: flyttet forrest i køen</translation>
    </message>
    <message>
        <source>Record an order&apos;s payment state: none, verified, authorized or captured.</source>
        <translation>Registrér en ordres betalingsstatus: none, verified, authorized eller captured.</translation>
    </message>
    <message>
        <source>last four digits of the card</source>
        <translation>kortets sidste fire cifre</translation>
    </message>
    <message>
        <source>card expiry month</source>
        <translation>kortets udløbsmåned</translation>
    </message>
    <message>
        <source>when the authorization was taken</source>
        <translation>hvornår reservationen blev foretaget</translation>
    </message>
    <message>
        <source>payment: STATE is none, verified, authorized or captured, not &apos;%1&apos;</source>
        <translation>payment: STATE er none, verified, authorized eller captured, ikke &apos;%1&apos;</translation>
    </message>
    <message>
        <source>payment: --authorized-at &apos;%1&apos; is not an ISO 8601 date and time</source>
        <translation>payment: --authorized-at &apos;%1&apos; er ikke en dato og et klokkeslæt i ISO 8601</translation>
    </message>
    <message>
        <source>Order %1: payment %2</source>
        <translation>Ordre %1: betaling %2</translation>
    </message>
    <message>
        <source>List payments at risk before the promised date, and orders to capture, as CSV.</source>
        <translation>Vis betalinger i fare før den lovede dato og ordrer, hvor betalingen skal trækkes, som CSV.</translation>
    </message>
    <message>
        <source>write to FILE instead of the screen</source>
        <translation>skriv til FILE i stedet for skærmen</translation>
    </message>
    <message>
        <source>Issue a discount code to a customer as goodwill.</source>
        <translation>Giv en kunde en rabatkode som goodwill.</translation>
    </message>
    <message>
        <source>percent off</source>
        <translation>procent rabat</translation>
    </message>
    <message>
        <source>amount off, e.g. 10.00</source>
        <translation>beløb i rabat, f.eks. 10.00</translation>
    </message>
    <message>
        <source>why the customer gets it</source>
        <translation>hvorfor kunden får den</translation>
    </message>
    <message>
        <source>coupon: usage: backorderdesk-cli coupon %1</source>
        <translation>coupon: brug: backorderdesk-cli coupon %1</translation>
    </message>
    <message>
        <source>coupon: --percent must be a whole number, not &apos;%1&apos;</source>
        <translation>coupon: --percent skal være et helt tal, ikke &apos;%1&apos;</translation>
    </message>
    <message>
        <source>coupon: --amount &apos;%1&apos; is not an amount such as 10.00</source>
        <translation>coupon: --amount &apos;%1&apos; er ikke et beløb som f.eks. 10.00</translation>
    </message>
    <message>
        <source>What happened to an order or an item, oldest first, as CSV.</source>
        <translation>Hvad der er sket med en ordre eller en vare, ældste først, som CSV.</translation>
    </message>
    <message>
        <source>an order</source>
        <translation>en ordre</translation>
    </message>
    <message>
        <source>an item</source>
        <translation>en vare</translation>
    </message>
    <message>
        <source>history: give either --order or --sku</source>
        <translation>history: angiv enten --order eller --sku</translation>
    </message>
    <message>
        <source>Import a CSV file, all or nothing: items, customers, orders, purchase-orders or receipts.</source>
        <translation>Importér en CSV-fil, alt eller intet: items, customers, orders, purchase-orders eller receipts.</translation>
    </message>
    <message>
        <source>check the file and the rules, change nothing</source>
        <translation>kontrollér filen og reglerne, ændr intet</translation>
    </message>
    <message>
        <source>file format: native</source>
        <translation>filformat: native</translation>
    </message>
    <message>
        <source>receipts: allocate only to orders that thereby become complete</source>
        <translation>receipts: tildel kun til ordrer, der derved bliver komplette</translation>
    </message>
    <message>
        <source>import: KIND is one of %1, not &apos;%2&apos;</source>
        <translation>import: KIND er en af %1, ikke &apos;%2&apos;</translation>
    </message>
    <message>
        <source>import: format &apos;%1&apos; is not supported yet; use native</source>
        <translation>import: formatet &apos;%1&apos; understøttes endnu ikke; brug native</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advarsel: %1</translation>
    </message>
    <message>
        <source>%1: %2 rows checked, %3 %4 would be imported; nothing was changed</source>
        <translation>%1: %2 rækker kontrolleret, %3 %4 ville blive importeret; intet blev ændret</translation>
    </message>
    <message>
        <source>%1: %2 rows read, %3 %4 imported</source>
        <translation>%1: %2 rækker læst, %3 %4 importeret</translation>
    </message>
    <message>
        <source>Export as CSV: items, customers, orders, waiting or coupons.</source>
        <translation>Eksportér som CSV: items, customers, orders, waiting eller coupons.</translation>
    </message>
    <message>
        <source>export: KIND is one of %1, not &apos;%2&apos;</source>
        <translation>export: KIND er en af %1, ikke &apos;%2&apos;</translation>
    </message>
    <message>
        <source>export: format &apos;%1&apos; is not supported yet; use native</source>
        <translation>export: formatet &apos;%1&apos; understøttes endnu ikke; brug native</translation>
    </message>
    <message>
        <source>Receive stock: waiting orders are served first; prints the cross-dock list as CSV.</source>
        <translation>Modtag varer: ventende ordrer ekspederes først; udskriver cross-dock-listen som CSV.</translation>
    </message>
    <message>
        <source>the item received</source>
        <translation>den modtagne vare</translation>
    </message>
    <message>
        <source>units received</source>
        <translation>modtagne enheder</translation>
    </message>
    <message>
        <source>delivery reference</source>
        <translation>leverancens reference</translation>
    </message>
    <message>
        <source>the purchase order it arrived on</source>
        <translation>indkøbsordren, den kom på</translation>
    </message>
    <message>
        <source>receipts CSV: received_at,sku,qty,reference</source>
        <translation>CSV med varemodtagelser: received_at,sku,qty,reference</translation>
    </message>
    <message>
        <source>allocate only to orders that thereby become complete</source>
        <translation>tildel kun til ordrer, der derved bliver komplette</translation>
    </message>
    <message>
        <source>show the cross-dock list, change nothing</source>
        <translation>vis cross-dock-listen, ændr intet</translation>
    </message>
    <message>
        <source>receive: give either --file or --sku and --qty</source>
        <translation>receive: angiv enten --file eller --sku og --qty</translation>
    </message>
    <message>
        <source>receive: usage: backorderdesk-cli receive %1</source>
        <translation>receive: brug: backorderdesk-cli receive %1</translation>
    </message>
    <message>
        <source>receive: --qty must be a whole number above 0, not &apos;%1&apos;</source>
        <translation>receive: --qty skal være et helt tal over 0, ikke &apos;%1&apos;</translation>
    </message>
    <message>
        <source>preview: this is what receiving would do; nothing was saved</source>
        <translation>forhåndsvisning: sådan ville modtagelsen blive; intet blev gemt</translation>
    </message>
    <message>
        <source>Take shipped units back into stock; they serve the queue first.</source>
        <translation>Tag sendte enheder retur på lager; de går først til køen.</translation>
    </message>
    <message>
        <source>the item coming back</source>
        <translation>varen, der kommer retur</translation>
    </message>
    <message>
        <source>units coming back</source>
        <translation>enheder, der kommer retur</translation>
    </message>
    <message>
        <source>why it came back</source>
        <translation>hvorfor den kom retur</translation>
    </message>
    <message>
        <source>return: --sku and a whole-number --qty are needed</source>
        <translation>return: --sku og et helt tal for --qty skal angives</translation>
    </message>
    <message>
        <source>Order %1: %2 x %3 back in stock</source>
        <translation>Ordre %1: %2 x %3 tilbage på lager</translation>
    </message>
    <message>
        <source>Correct the stock of an item after a count, with a reason.</source>
        <translation>Ret en vares lagerbeholdning efter en optælling, med en årsag.</translation>
    </message>
    <message>
        <source>why the stock changes</source>
        <translation>hvorfor lageret ændres</translation>
    </message>
    <message>
        <source>adjust: DELTA must be a whole number such as 5 or -3, not &apos;%1&apos;</source>
        <translation>adjust: DELTA skal være et helt tal som f.eks. 5 eller -3, ikke &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: stock %2%3</source>
        <translation>%1: lager %2%3</translation>
    </message>
    <message>
        <source>Set an item&apos;s expected date (YYYY-MM-DD, or none).</source>
        <translation>Sæt en vares forventede dato (ÅÅÅÅ-MM-DD, eller none).</translation>
    </message>
    <message>
        <source>eta: &apos;%1&apos; is not a date in the form YYYY-MM-DD (or none)</source>
        <translation>eta: &apos;%1&apos; er ikke en dato på formen ÅÅÅÅ-MM-DD (eller none)</translation>
    </message>
    <message>
        <source>%1: expected %2</source>
        <translation>%1: forventet %2</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>dato ukendt</translation>
    </message>
    <message>
        <source>Write a copy of the shop to FILE; safe while the window or a cron job uses it.</source>
        <translation>Skriv en kopi af butikken til FILE; sikkert, mens vinduet eller et cron-job bruger den.</translation>
    </message>
    <message>
        <source>the backup file to write (must not exist)</source>
        <translation>sikkerhedskopien, der skal skrives (må ikke findes)</translation>
    </message>
    <message>
        <source>%1: backed up to %2</source>
        <translation>%1: sikkerhedskopieret til %2</translation>
    </message>
    <message>
        <source>Replace the shop with a backup FILE; the current file is kept aside.</source>
        <translation>Erstat butikken med sikkerhedskopien FILE; den nuværende fil gemmes til side.</translation>
    </message>
    <message>
        <source>the backup file to restore</source>
        <translation>sikkerhedskopien, der skal gendannes</translation>
    </message>
    <message>
        <source>replace the shop without asking</source>
        <translation>erstat butikken uden at spørge</translation>
    </message>
    <message>
        <source>restore: this replaces the shop %1 with %2 (the current file is kept aside); add --yes to do it</source>
        <translation>restore: dette erstatter butikken %1 med %2 (den nuværende fil gemmes til side); tilføj --yes for at gøre det</translation>
    </message>
    <message>
        <source>%1: restored from %2</source>
        <translation>%1: gendannet fra %2</translation>
    </message>
    <message>
        <source>%1: restored from %2; the replaced file is kept as %3</source>
        <translation>%1: gendannet fra %2; den erstattede fil er gemt som %3</translation>
    </message>
    <message>
        <source>Queue the e-mails that are due; --send delivers them over SMTP, --outbox-dir writes .eml files.</source>
        <translation>Sæt de e-mails i kø, der skal sendes; --send leverer dem over SMTP, --outbox-dir skriver .eml-filer.</translation>
    </message>
    <message>
        <source>deliver pending e-mail over SMTP</source>
        <translation>lever ventende e-mails over SMTP</translation>
    </message>
    <message>
        <source>write each pending e-mail as DIR/&lt;id&gt;.eml and mark it sent</source>
        <translation>skriv hver ventende e-mail som DIR/&lt;id&gt;.eml og markér den som sendt</translation>
    </message>
    <message>
        <source>notify: give --send or --outbox-dir, not both</source>
        <translation>notify: angiv --send eller --outbox-dir, ikke begge</translation>
    </message>
    <message>
        <source>Queued %1 e-mails, cancelled %2 that no longer apply</source>
        <translation>%1 e-mails sat i kø, %2 annulleret, som ikke længere er relevante</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Skrevet til %1</translation>
    </message>
    <message>
        <source>Sent over %1</source>
        <translation>Sendt via %1</translation>
    </message>
    <message>
        <source>List the e-mail outbox as CSV, or retry or cancel one message.</source>
        <translation>Vis e-mail-udbakken som CSV, eller prøv en besked igen eller annullér den.</translation>
    </message>
    <message>
        <source>only messages in this state: pending, sending, sent, failed, cancelled</source>
        <translation>kun beskeder med denne status: pending, sending, sent, failed, cancelled</translation>
    </message>
    <message>
        <source>only the messages of this order</source>
        <translation>kun denne ordres beskeder</translation>
    </message>
    <message>
        <source>write to FILE instead of stdout</source>
        <translation>skriv til FILE i stedet for standardoutput</translation>
    </message>
    <message>
        <source>outbox: usage: backorderdesk-cli outbox %1</source>
        <translation>outbox: brug: backorderdesk-cli outbox %1</translation>
    </message>
    <message>
        <source>Message %1 will be sent on the next notify run</source>
        <translation>Besked %1 sendes ved næste notify-kørsel</translation>
    </message>
    <message>
        <source>Message %1 cancelled</source>
        <translation>Besked %1 annulleret</translation>
    </message>
    <message>
        <source>--state: &apos;%1&apos; is not one of %2</source>
        <translation>--state: &apos;%1&apos; er ikke en af %2</translation>
    </message>
    <message>
        <source>unknown order &apos;%1&apos;</source>
        <translation>ukendt ordre &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Show, change, switch on or off the e-mail templates.</source>
        <translation>Vis, ændr, slå e-mail-skabelonerne til eller fra.</translation>
    </message>
    <message>
        <source>the subject line</source>
        <translation>emnelinjen</translation>
    </message>
    <message>
        <source>file with the plain-text body (UTF-8)</source>
        <translation>fil med tekstdelen (UTF-8)</translation>
    </message>
    <message>
        <source>file with the HTML body (UTF-8)</source>
        <translation>fil med HTML-delen (UTF-8)</translation>
    </message>
    <message>
        <source>template: usage: backorderdesk-cli template %1</source>
        <translation>template: brug: backorderdesk-cli template %1</translation>
    </message>
    <message>
        <source>KIND is one of %1, not &apos;%2&apos;</source>
        <translation>KIND er en af %1, ikke &apos;%2&apos;</translation>
    </message>
    <message>
        <source>on</source>
        <translation>til</translation>
    </message>
    <message>
        <source>off</source>
        <translation>fra</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Slags: %1</translation>
    </message>
    <message>
        <source>Enabled: %1</source>
        <translation>Slået til: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Pladsholdere: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Emne: %1</translation>
    </message>
    <message>
        <source>--- plain text ---</source>
        <translation>--- ren tekst ---</translation>
    </message>
    <message>
        <source>--- HTML ---</source>
        <translation>--- HTML ---</translation>
    </message>
    <message>
        <source>template set: give --subject, --text and --html</source>
        <translation>template set: angiv --subject, --text og --html</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kan ikke læse %1: %2</translation>
    </message>
    <message>
        <source>Template %1 saved</source>
        <translation>Skabelonen %1 er gemt</translation>
    </message>
    <message>
        <source>%1 e-mails are switched on</source>
        <translation>%1-e-mails er slået til</translation>
    </message>
    <message>
        <source>%1 e-mails are switched off</source>
        <translation>%1-e-mails er slået fra</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>Shop name shown in e-mails and reports</source>
        <translation>Butiksnavn, der vises i e-mails og rapporter</translation>
    </message>
    <message>
        <source>Sender address of e-mails</source>
        <translation>Afsenderadresse på e-mails</translation>
    </message>
    <message>
        <source>Reply-to address of e-mails (empty: the sender)</source>
        <translation>Svaradresse på e-mails (tom: afsenderen)</translation>
    </message>
    <message>
        <source>Signature under every e-mail</source>
        <translation>Signatur under hver e-mail</translation>
    </message>
    <message>
        <source>Currency of prices (ISO 4217 code)</source>
        <translation>Valuta for priser (ISO 4217-kode)</translation>
    </message>
    <message>
        <source>Locale for dates and money in e-mails and reports</source>
        <translation>Sprog og region for datoer og beløb i e-mails og rapporter</translation>
    </message>
    <message>
        <source>Days between follow-up e-mails while an order waits</source>
        <translation>Dage mellem opfølgende e-mails, mens en ordre venter</translation>
    </message>
    <message>
        <source>Days before the promised date to send the countdown e-mail</source>
        <translation>Dage før den lovede dato, hvor nedtællings-e-mailen sendes</translation>
    </message>
    <message>
        <source>Days a card authorization holds before it lapses</source>
        <translation>Dage en kortreservation holder, før den udløber</translation>
    </message>
    <message>
        <source>SMTP server host name</source>
        <translation>SMTP-serverens værtsnavn</translation>
    </message>
    <message>
        <source>SMTP server port</source>
        <translation>SMTP-serverens port</translation>
    </message>
    <message>
        <source>SMTP connection security</source>
        <translation>SMTP-forbindelsens sikkerhed</translation>
    </message>
    <message>
        <source>SMTP user name (empty: no login)</source>
        <translation>SMTP-brugernavn (tomt: intet login)</translation>
    </message>
    <message>
        <source>Extra CA certificate file to trust for the SMTP server</source>
        <translation>Ekstra CA-certifikatfil, der skal stoles på for SMTP-serveren</translation>
    </message>
    <message>
        <source>unknown setting; known settings are: %1</source>
        <translation>ukendt indstilling; kendte indstillinger er: %1</translation>
    </message>
    <message>
        <source>at most 500 characters</source>
        <translation>højst 500 tegn</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation>&apos;%1&apos; er ikke en e-mailadresse</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number from %2 to %3</source>
        <translation>&apos;%1&apos; er ikke et helt tal fra %2 til %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a three-letter currency code such as EUR or DKK</source>
        <translation>&apos;%1&apos; er ikke en valutakode på tre bogstaver som EUR eller DKK</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a locale name such as da_DK or en_US</source>
        <translation>&apos;%1&apos; er ikke et sprog- og regionsnavn som da_DK eller en_US</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>&apos;%1&apos; er ikke en af %2</translation>
    </message>
    <message>
        <source>Cannot save setting %1: %2</source>
        <translation>Kan ikke gemme indstillingen %1: %2</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1: not valid UTF-16, unreadable characters were replaced</source>
        <translation>%1: ikke gyldig UTF-16; ulæselige tegn blev erstattet</translation>
    </message>
    <message>
        <source>%1: not valid UTF-8, read as Windows-1252</source>
        <translation>%1: ikke gyldig UTF-8; læst som Windows-1252</translation>
    </message>
    <message>
        <source>cannot read the line: %1</source>
        <translation>kan ikke læse linjen: %1</translation>
    </message>
    <message>
        <source>a quoted field is not closed; a &quot; is missing</source>
        <translation>et felt i anførselstegn er ikke afsluttet; der mangler et &quot;</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>filen er tom</translation>
    </message>
    <message>
        <source>row has %1 fields, the header has %2</source>
        <translation>rækken har %1 felter, overskriften har %2</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>kan ikke åbne filen: %1</translation>
    </message>
    <message>
        <source>missing required column</source>
        <translation>en påkrævet kolonne mangler</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>Der blev ikke angivet nogen databasefil.</translation>
    </message>
    <message>
        <source>This build has no schema migrations in %1.</source>
        <translation>Denne version har ingen skemamigreringer i %1.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 er ikke en fil.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 findes ikke.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikke læse %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Backorder Desk database (it is not a SQLite file).</source>
        <translation>%1 er ikke en Backorder Desk-database (det er ikke en SQLite-fil).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Kan ikke åbne %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged and was not opened (%2). Restore it from a backup.</source>
        <translation>%1 er beskadiget og blev ikke åbnet (%2). Gendan den fra en sikkerhedskopi.</translation>
    </message>
    <message>
        <source>%1 is damaged and was not opened (%2 problems found, the first: %3). Restore it from a backup.</source>
        <translation>%1 er beskadiget og blev ikke åbnet (%2 problemer fundet, det første: %3). Gendan den fra en sikkerhedskopi.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a Backorder Desk shop.</source>
        <translation>%1 er et andet programs database, ikke en Backorder Desk-butik.</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1: %2</source>
        <translation>Kan ikke læse skemaversionen af %1: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer Backorder Desk (schema version %2); this build knows schema versions up to %3. Open it with a newer version of Backorder Desk.</source>
        <translation>%1 er skrevet af en nyere Backorder Desk (skemaversion %2); denne version kender skemaversioner op til %3. Åbn den med en nyere version af Backorder Desk.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Kan ikke oprette mappen %1.</translation>
    </message>
    <message>
        <source>Cannot set up %1: %2</source>
        <translation>Kan ikke klargøre %1: %2</translation>
    </message>
    <message>
        <source>Could not back up %1 before upgrading it, so it was left as it was: %2</source>
        <translation>Kunne ikke tage sikkerhedskopi af %1 før opgraderingen, så den blev ikke ændret: %2</translation>
    </message>
    <message>
        <source>Cannot read migration %1.</source>
        <translation>Kan ikke læse migreringen %1.</translation>
    </message>
    <message>
        <source>Upgrading %1 to schema version %2 (%3) failed: %4</source>
        <translation>Opgradering af %1 til skemaversion %2 (%3) mislykkedes: %4</translation>
    </message>
    <message>
        <source>Recording schema version %1 in %2 failed: %3</source>
        <translation>Registrering af skemaversion %1 i %2 mislykkedes: %3</translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation>%1 findes allerede.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>Foreign key checks cannot change inside a transaction.</source>
        <translation>Kontrol af fremmednøgler kan ikke ændres inde i en transaktion.</translation>
    </message>
    <message>
        <source>%1 row %2 points to a missing %3 row</source>
        <translation>%1 række %2 peger på en manglende %3-række</translation>
    </message>
    <message>
        <source>Cannot start a transaction on %1: %2</source>
        <translation>Kan ikke starte en transaktion på %1: %2</translation>
    </message>
    <message>
        <source>The change was undone because part of it failed.</source>
        <translation>Ændringen blev fortrudt, fordi en del af den mislykkedes.</translation>
    </message>
    <message>
        <source>Saving to %1 failed, nothing was changed: %2</source>
        <translation>Det mislykkedes at gemme i %1; intet blev ændret: %2</translation>
    </message>
</context>
<context>
    <name>Delivery</name>
    <message>
        <source>a previous run stopped while sending it; sending it again</source>
        <translation>en tidligere kørsel stoppede under afsendelsen; den sendes igen</translation>
    </message>
    <message>
        <source>message %1 to %2 failed for good: %3</source>
        <translation>beskeden %1 til %2 mislykkedes endeligt: %3</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>kan ikke oprette mappen %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan ikke skrive %1: %2</translation>
    </message>
</context>
<context>
    <name>DemoShop</name>
    <message>
        <source>The large demo broke a reference: %1</source>
        <translation>Den store demo brød en reference: %1</translation>
    </message>
    <message>
        <source>%1 already holds a shop; the demo fills only an empty database.</source>
        <translation>%1 indeholder allerede en butik; demoen fylder kun en tom database.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>a value is required</source>
        <translation>en værdi skal angives</translation>
    </message>
    <message>
        <source>a whole number is required</source>
        <translation>et helt tal skal angives</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>&apos;%1&apos; er ikke et helt tal</translation>
    </message>
    <message>
        <source>%1 is negative; it must be 0 or more</source>
        <translation>%1 er negativ; den skal være 0 eller mere</translation>
    </message>
    <message>
        <source>%1 must be at least %2</source>
        <translation>%1 skal være mindst %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount such as 12.50</source>
        <translation>&apos;%1&apos; er ikke et beløb som f.eks. 12.50</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is negative</source>
        <translation>&apos;%1&apos; er negativ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date in the form YYYY-MM-DD</source>
        <translation>&apos;%1&apos; er ikke en dato på formen ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>a date and time is required (YYYY-MM-DDTHH:MM:SS)</source>
        <translation>en dato og et klokkeslæt skal angives (ÅÅÅÅ-MM-DDTTT:MM:SS)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date and time such as 2026-11-03T14:05:00</source>
        <translation>&apos;%1&apos; er ikke en dato og et klokkeslæt i ISO 8601 som f.eks. 2026-11-03T14:05:00</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes or no</source>
        <translation>&apos;%1&apos; er ikke yes eller no</translation>
    </message>
    <message>
        <source>%1: column &apos;%2&apos; is not used and was ignored</source>
        <translation>%1: kolonnen &apos;%2&apos; bruges ikke og blev ignoreret</translation>
    </message>
    <message>
        <source>SKU &apos;%1&apos; appears more than once in the file</source>
        <translation>varenummeret &apos;%1&apos; optræder mere end én gang i filen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not stop, backorder or preorder</source>
        <translation>&apos;%1&apos; er ikke stop, backorder eller preorder</translation>
    </message>
    <message>
        <source>a preorder item needs its release date</source>
        <translation>en forudbestillingsvare skal have sin udgivelsesdato</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not none, verified, authorized or captured</source>
        <translation>&apos;%1&apos; er ikke none, verified, authorized eller captured</translation>
    </message>
    <message>
        <source>order %1 was placed at %2 on line %3</source>
        <translation>ordre %1 blev afgivet %2 på linje %3</translation>
    </message>
    <message>
        <source>order %1 belongs to %2 on line %3</source>
        <translation>ordre %1 tilhører %2 på linje %3</translation>
    </message>
    <message>
        <source>unknown SKU &apos;%1&apos;</source>
        <translation>ukendt varenummer &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown purchase order &apos;%1&apos;</source>
        <translation>ukendt indkøbsordre &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>InsightService</name>
    <message>
        <source>card expires before the promised date</source>
        <translation>kortet udløber før den lovede dato</translation>
    </message>
    <message>
        <source>card has expired; the date is not known yet</source>
        <translation>kortet er udløbet; datoen kendes endnu ikke</translation>
    </message>
    <message>
        <source>authorization lapses before the promised date</source>
        <translation>reservationen udløber før den lovede dato</translation>
    </message>
    <message>
        <source>authorization has lapsed; the date is not known yet</source>
        <translation>reservationen er udløbet; datoen kendes endnu ikke</translation>
    </message>
    <message>
        <source>allocated, payment not captured</source>
        <translation>tildelt, betaling ikke trukket</translation>
    </message>
    <message>
        <source>%1: on hand %2, but the ledger sums to %3</source>
        <translation>%1: %2 på lager, men lagerposterne summerer til %3</translation>
    </message>
    <message>
        <source>%1: allocated %2, but order lines hold %3</source>
        <translation>%1: %2 tildelt, men ordrelinjerne har %3</translation>
    </message>
    <message>
        <source>%1: waiting %2, but order lines wait for %3</source>
        <translation>%1: %2 venter, men ordrelinjerne venter på %3</translation>
    </message>
    <message>
        <source>%1: %2 allocated but only %3 on hand</source>
        <translation>%1: %2 tildelt, men kun %3 på lager</translation>
    </message>
    <message>
        <source>unknown order &apos;%1&apos;</source>
        <translation>ukendt ordre &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown SKU &apos;%1&apos;</source>
        <translation>ukendt varenummer &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown customer &apos;%1&apos;</source>
        <translation>ukendt kunde &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a coupon is either a percentage or an amount</source>
        <translation>en rabatkode er enten en procentsats eller et beløb</translation>
    </message>
    <message>
        <source>a percentage from 1 to 100</source>
        <translation>en procentsats fra 1 til 100</translation>
    </message>
    <message>
        <source>an amount above 0</source>
        <translation>et beløb over 0</translation>
    </message>
    <message>
        <source>a coupon needs a reason</source>
        <translation>en rabatkode skal have en årsag</translation>
    </message>
</context>
<context>
    <name>OrderService</name>
    <message>
        <source>an order needs an order number</source>
        <translation>en ordre skal have et ordrenummer</translation>
    </message>
    <message>
        <source>order %1 exists already</source>
        <translation>ordre %1 findes allerede</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation>&apos;%1&apos; er ikke en e-mailadresse</translation>
    </message>
    <message>
        <source>the order needs a valid time it was placed</source>
        <translation>ordren skal have et gyldigt tidspunkt, den blev afgivet</translation>
    </message>
    <message>
        <source>only the last four digits of a card are kept, never the card number</source>
        <translation>kun et korts sidste fire cifre gemmes, aldrig kortnummeret</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a card expiry month (YYYY-MM)</source>
        <translation>&apos;%1&apos; er ikke et korts udløbsmåned (ÅÅÅÅ-MM)</translation>
    </message>
    <message>
        <source>order %1 has no lines</source>
        <translation>ordre %1 har ingen linjer</translation>
    </message>
    <message>
        <source>quantity must be a whole number above 0, not %1</source>
        <translation>antallet skal være et helt tal over 0, ikke %1</translation>
    </message>
    <message>
        <source>a price cannot be negative</source>
        <translation>en pris kan ikke være negativ</translation>
    </message>
    <message>
        <source>unknown SKU &apos;%1&apos;</source>
        <translation>ukendt varenummer &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: %2 ordered but only %3 available, and the item is not sold on backorder</source>
        <translation>%1: %2 bestilt, men kun %3 til rådighed, og varen sælges ikke i restordre</translation>
    </message>
    <message>
        <source>%1: %2 ordered, %3 available; %4 would wait but only %5 more may wait (backorder limit %6)</source>
        <translation>%1: %2 bestilt, %3 til rådighed; %4 ville vente, men kun %5 mere må vente (restordregrænse %6)</translation>
    </message>
    <message>
        <source>unknown order &apos;%1&apos;</source>
        <translation>ukendt ordre &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>ingen årsag angivet</translation>
    </message>
    <message>
        <source>order %1 has no line for SKU &apos;%2&apos;</source>
        <translation>ordre %1 har ingen linje med varenummeret &apos;%2&apos;</translation>
    </message>
    <message>
        <source>order %1 has nothing left to cancel: it is shipped or cancelled already</source>
        <translation>ordre %1 har intet tilbage at annullere: den er allerede sendt eller annulleret</translation>
    </message>
    <message>
        <source>moving an order to the front needs a reason</source>
        <translation>en ordre kan kun flyttes forrest med en årsag</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>not known yet: we will tell you as soon as we know</source>
        <translation>kendes endnu ikke: vi giver besked, så snart vi ved det</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Vare</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Varenr.</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Forventet</translation>
    </message>
    <message>
        <source>- %1 x %2 (%3)</source>
        <translation>- %1 x %2 (%3)</translation>
    </message>
    <message>
        <source>, expected %1</source>
        <translation>, forventet %1</translation>
    </message>
    <message>
        <source>no tracking number for this parcel</source>
        <translation>intet sporingsnummer til denne pakke</translation>
    </message>
    <message>
        <source>This is a partial shipment. The rest follows as soon as it arrives, at no extra shipping cost:</source>
        <translation>Dette er en dellevering. Resten følger, så snart den kommer, uden ekstra fragt:</translation>
    </message>
    <message>
        <source>Your order is now complete. Thank you for your patience.</source>
        <translation>Din ordre er nu komplet. Tak for din tålmodighed.</translation>
    </message>
    <message numerus="yes">
        <source>We expect it on %1, in %n day(s).</source>
        <translation>
            <numerusform>Vi forventer den %1, om %n dag.</numerusform>
            <numerusform>Vi forventer den %1, om %n dage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Our supplier has not given us a date yet; we will tell you as soon as we know.</source>
        <translation>Vores leverandør har ikke givet os en dato endnu; vi giver besked, så snart vi ved det.</translation>
    </message>
    <message>
        <source>not sent: %1 e-mails are switched off</source>
        <translation>ikke sendt: %1-e-mails er slået fra</translation>
    </message>
    <message>
        <source>not sent: nothing of the order waits any more</source>
        <translation>ikke sendt: intet af ordren venter længere</translation>
    </message>
    <message>
        <source>not sent: a newer follow-up replaces it</source>
        <translation>ikke sendt: en nyere opfølgning erstatter den</translation>
    </message>
    <message>
        <source>not sent: the promised date has changed</source>
        <translation>ikke sendt: den lovede dato er ændret</translation>
    </message>
    <message>
        <source>not sent: the payment no longer lapses before the promised date</source>
        <translation>ikke sendt: betalingen udløber ikke længere før den lovede dato</translation>
    </message>
    <message>
        <source>not sent: nothing is set aside for the order any more</source>
        <translation>ikke sendt: intet er længere lagt til side til ordren</translation>
    </message>
    <message>
        <source>no message %1 in the outbox</source>
        <translation>ingen besked %1 i udbakken</translation>
    </message>
    <message>
        <source>message %1 was sent already on %2</source>
        <translation>beskeden %1 blev allerede sendt %2</translation>
    </message>
    <message>
        <source>cancelled by hand</source>
        <translation>annulleret manuelt</translation>
    </message>
</context>
<context>
    <name>ShippingService</name>
    <message>
        <source>unknown order &apos;%1&apos;</source>
        <translation>ukendt ordre &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 is released on %2</source>
        <translation>%1 udkommer %2</translation>
    </message>
    <message>
        <source>order %1 has nothing to ship yet: %2</source>
        <translation>ordre %1 har intet at sende endnu: %2</translation>
    </message>
    <message>
        <source>order %1 has nothing allocated to ship</source>
        <translation>ordre %1 har intet tildelt at sende</translation>
    </message>
    <message>
        <source>order %1 is held until complete and %2 units are still to come</source>
        <translation>ordre %1 holdes tilbage, til den er komplet, og der mangler stadig %2 enheder</translation>
    </message>
    <message>
        <source>order %1 is not complete: %2 units are still to come; ship a partial shipment explicitly to send what is allocated now</source>
        <translation>ordre %1 er ikke komplet: der mangler stadig %2 enheder; send udtrykkeligt en dellevering for at sende det, der er tildelt nu</translation>
    </message>
    <message>
        <source>order %1 is not paid (payment %2): capture the payment before shipping, or allow shipping unpaid</source>
        <translation>ordre %1 er ikke betalt (betaling %2): træk betalingen før afsendelse, eller tillad afsendelse uden betaling</translation>
    </message>
    <message>
        <source>partial shipment, extra shipping cost waived</source>
        <translation>dellevering, ekstra fragt frafaldet</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>komplet</translation>
    </message>
    <message>
        <source>; shipped before payment was captured (%1)</source>
        <translation>; sendt, før betalingen blev trukket (%1)</translation>
    </message>
</context>
<context>
    <name>ShopStore</name>
    <message>
        <source>order %1 line %2: %3 shipped, but shipments list %4</source>
        <translation>ordre %1 linje %2: %3 sendt, men forsendelserne viser %4</translation>
    </message>
    <message>
        <source>order %1 line %2: queue key differs from its order</source>
        <translation>ordre %1 linje %2: køplaceringen afviger fra ordrens</translation>
    </message>
</context>
<context>
    <name>SmtpTransport</name>
    <message>
        <source>no SMTP server is set</source>
        <translation>ingen SMTP-server er angivet</translation>
    </message>
    <message>
        <source>a login needs an encrypted connection: set smtp.security to starttls or tls, or clear smtp.user</source>
        <translation>et login kræver en krypteret forbindelse: sæt smtp.security til starttls eller tls, eller ryd smtp.user</translation>
    </message>
    <message>
        <source>no password for SMTP user %1: set BACKORDERDESK_SMTP_PASSWORD</source>
        <translation>ingen adgangskode til SMTP-brugeren %1: sæt BACKORDERDESK_SMTP_PASSWORD</translation>
    </message>
    <message>
        <source>cannot start the mail client library</source>
        <translation>kan ikke starte e-mail-klientbiblioteket</translation>
    </message>
    <message>
        <source>the SMTP server %1 refused the user name or password: %2</source>
        <translation>SMTP-serveren %1 afviste brugernavnet eller adgangskoden: %2</translation>
    </message>
    <message>
        <source>cannot reach the SMTP server %1:%2: %3</source>
        <translation>kan ikke nå SMTP-serveren %1:%2: %3</translation>
    </message>
    <message>
        <source>the SMTP server %1 refused the session: %2</source>
        <translation>SMTP-serveren %1 afviste sessionen: %2</translation>
    </message>
    <message>
        <source>the connection to the SMTP server %1 broke: %2</source>
        <translation>forbindelsen til SMTP-serveren %1 blev afbrudt: %2</translation>
    </message>
</context>
<context>
    <name>StatementCache</name>
    <message>
        <source>Database error: %1</source>
        <translation>Databasefejl: %1</translation>
    </message>
</context>
<context>
    <name>StockService</name>
    <message>
        <source>unknown SKU &apos;%1&apos;</source>
        <translation>ukendt varenummer &apos;%1&apos;</translation>
    </message>
    <message>
        <source>quantity must be a whole number above 0, not %1</source>
        <translation>antallet skal være et helt tal over 0, ikke %1</translation>
    </message>
    <message>
        <source>unknown purchase order &apos;%1&apos;</source>
        <translation>ukendt indkøbsordre &apos;%1&apos;</translation>
    </message>
    <message>
        <source>purchase order %1 has no line for %2</source>
        <translation>indkøbsordre %1 har ingen linje med %2</translation>
    </message>
    <message>
        <source>nothing to receive</source>
        <translation>intet at modtage</translation>
    </message>
    <message>
        <source>unknown order &apos;%1&apos;</source>
        <translation>ukendt ordre &apos;%1&apos;</translation>
    </message>
    <message>
        <source>order %1 has no line for SKU &apos;%2&apos;</source>
        <translation>ordre %1 har ingen linje med varenummeret &apos;%2&apos;</translation>
    </message>
    <message>
        <source>order %1: only %2 of %3 were shipped and not returned, so %4 cannot come back</source>
        <translation>ordre %1: kun %2 af %3 blev sendt og ikke returneret, så %4 kan ikke komme retur</translation>
    </message>
    <message>
        <source>an adjustment must change the stock (not 0)</source>
        <translation>en regulering skal ændre lageret (ikke 0)</translation>
    </message>
    <message>
        <source>an adjustment needs a reason</source>
        <translation>en regulering skal have en årsag</translation>
    </message>
    <message>
        <source>%1: the adjustment would leave %2 on hand, but %3 are allocated to orders</source>
        <translation>%1: reguleringen ville efterlade %2 på lager, men %3 er tildelt ordrer</translation>
    </message>
</context>
<context>
    <name>TemplateService</name>
    <message>
        <source>unknown kind of e-mail &apos;%1&apos;; it is one of %2</source>
        <translation>ukendt slags e-mail &apos;%1&apos;; den er en af %2</translation>
    </message>
    <message>
        <source>the default %1 template is missing from this build</source>
        <translation>standardskabelonen %1 mangler i denne version</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>unknown kind of e-mail &apos;%1&apos;; it is one of %2</source>
        <translation>ukendt slags e-mail &apos;%1&apos;; den er en af %2</translation>
    </message>
    <message>
        <source>the %1 is empty</source>
        <translation>%1 er tom</translation>
    </message>
    <message>
        <source>unknown placeholder {{%1}} in the %2; %3 e-mails know %4</source>
        <translation>ukendt pladsholder {{%1}} i %2; %3-e-mails kender %4</translation>
    </message>
    <message>
        <source>unbalanced {{ or }} in the %1</source>
        <translation>{{ eller }} uden modstykke i %1</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>emnelinjen</translation>
    </message>
    <message>
        <source>plain-text body</source>
        <translation>tekstdelen</translation>
    </message>
    <message>
        <source>HTML body</source>
        <translation>HTML-delen</translation>
    </message>
    <message>
        <source>the subject must be one line</source>
        <translation>emnelinjen skal være én linje</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>en</source>
        <extracomment>The language code of this translation (da, de, …); selects the user guide.</extracomment>
        <translation>da</translation>
    </message>
</context>
<context>
    <name>bd::ui::BackupActions</name>
    <message>
        <source>Shop databases (*.sqlite *.db);;All files (*)</source>
        <translation>Butiksdatabaser (*.sqlite *.db);;Alle filer (*)</translation>
    </message>
    <message>
        <source>%1-backup-%2.sqlite</source>
        <translation>%1-sikkerhedskopi-%2.sqlite</translation>
    </message>
    <message>
        <source>Back Up Shop</source>
        <translation>Sikkerhedskopiér butik</translation>
    </message>
    <message>
        <source>%1 exists already. Choose another name for the backup.</source>
        <translation>%1 findes allerede. Vælg et andet navn til sikkerhedskopien.</translation>
    </message>
    <message>
        <source>Backing up the shop</source>
        <translation>Tager sikkerhedskopi af butikken</translation>
    </message>
    <message>
        <source>The shop was backed up to %1.</source>
        <translation>Butikken blev sikkerhedskopieret til %1.</translation>
    </message>
    <message>
        <source>Restore Shop</source>
        <translation>Gendan butik</translation>
    </message>
    <message>
        <source>Wait until the work in progress has finished, then restore again.</source>
        <translation>Vent, til det igangværende arbejde er færdigt, og gendan så igen.</translation>
    </message>
    <message>
        <source>Replace the shop %1 with the backup %2?

Everything changed since that backup was taken is replaced. The shop as it is now is kept next to it as %3.</source>
        <translation>Erstat butikken %1 med sikkerhedskopien %2?

Alt, der er ændret, siden sikkerhedskopien blev taget, bliver erstattet. Butikken, som den er nu, gemmes ved siden af som %3.</translation>
    </message>
    <message>
        <source>The shop was restored from %1.</source>
        <translation>Butikken blev gendannet fra %1.</translation>
    </message>
    <message>
        <source>The file it replaced is kept as %1.</source>
        <translation>Filen, den erstattede, er gemt som %1.</translation>
    </message>
</context>
<context>
    <name>bd::ui::CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
</context>
<context>
    <name>bd::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Overblik</translation>
    </message>
</context>
<context>
    <name>bd::ui::ErrorBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Luk beskeden</translation>
    </message>
</context>
<context>
    <name>bd::ui::ImportFlow</name>
    <message>
        <source>Items (sku, name, price, on_hand, policy, …)</source>
        <translation>Varer (sku, name, price, on_hand, policy, …)</translation>
    </message>
    <message>
        <source>Customers (email, name, phone)</source>
        <translation>Kunder (email, name, phone)</translation>
    </message>
    <message>
        <source>Orders (one row per order line)</source>
        <translation>Ordrer (én række pr. ordrelinje)</translation>
    </message>
    <message>
        <source>Purchase orders (po_number, supplier, sku, qty, expected_date)</source>
        <translation>Indkøbsordrer (po_number, supplier, sku, qty, expected_date)</translation>
    </message>
    <message>
        <source>Receipts of stock (received_at, sku, qty, reference)</source>
        <translation>Varemodtagelser (received_at, sku, qty, reference)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… og %n mere.</numerusform>
            <numerusform>… og %n mere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importér CSV</translation>
    </message>
    <message>
        <source>What does %1 contain?</source>
        <translation>Hvad indeholder %1?</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>Kontrollerer %1</translation>
    </message>
    <message>
        <source>%1 was not imported and nothing changed. Fix these problems and try again:

%2</source>
        <translation>%1 blev ikke importeret, og intet blev ændret. Ret disse problemer, og prøv igen:

%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is valid: %n rows, </source>
        <translation>
            <numerusform>%1 er gyldig: %n række, </numerusform>
            <numerusform>%1 er gyldig: %n rækker, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records to import.</source>
        <translation>
            <numerusform>%n post at importere.</numerusform>
            <numerusform>%n poster at importere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import it now?</source>
        <translation>Importér den nu?</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importerer %1</translation>
    </message>
    <message>
        <source>%1 was not imported and nothing changed:

%2</source>
        <translation>%1 blev ikke importeret, og intet blev ændret:

%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n records from </source>
        <translation>
            <numerusform>Importerede %n post fra </numerusform>
            <numerusform>Importerede %n poster fra </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bd::ui::ItemsModel</name>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Backorder</source>
        <translation>Restordre</translation>
    </message>
    <message>
        <source>Pre-order</source>
        <translation>Forudbestilling</translation>
    </message>
    <message>
        <source>Sold out when stock runs out; orders beyond stock are refused.</source>
        <translation>Udsolgt, når lageret slipper op; ordrer ud over lageret afvises.</translation>
    </message>
    <message>
        <source>Keeps selling when stock runs out; ships when stock arrives. Backorder limit: %1.</source>
        <translation>Sælges videre, når lageret slipper op; sendes, når varerne kommer. Restordregrænse: %1.</translation>
    </message>
    <message>
        <source>Keeps selling when stock runs out; ships when stock arrives.</source>
        <translation>Sælges videre, når lageret slipper op; sendes, når varerne kommer.</translation>
    </message>
    <message>
        <source>Not released yet; ships on or after %1.</source>
        <translation>Ikke udkommet endnu; sendes %1 eller senere.</translation>
    </message>
    <message>
        <source>Not released yet.</source>
        <translation>Ikke udkommet endnu.</translation>
    </message>
    <message>
        <source>Nothing is available while customers wait for this item.</source>
        <translation>Intet er til rådighed, mens kunder venter på denne vare.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Varenr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Salgsregel</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>På lager</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Til rådighed</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Forventet</translation>
    </message>
    <message>
        <source>How the item sells when stock runs out</source>
        <translation>Hvordan varen sælges, når lageret slipper op</translation>
    </message>
    <message>
        <source>Units in the warehouse, including those reserved for orders</source>
        <translation>Enheder på lageret, inklusive dem, der er reserveret til ordrer</translation>
    </message>
    <message>
        <source>Units customers have ordered that are not in stock yet</source>
        <translation>Enheder, kunder har bestilt, som endnu ikke er på lager</translation>
    </message>
    <message>
        <source>Units a new order could take now; none while anyone waits</source>
        <translation>Enheder, en ny ordre kan få nu; ingen, mens nogen venter</translation>
    </message>
    <message>
        <source>When new stock is expected</source>
        <translation>Hvornår nye varer forventes</translation>
    </message>
</context>
<context>
    <name>bd::ui::ItemsPage</name>
    <message>
        <source>Search SKU, name or attributes</source>
        <translation>Søg i varenummer, navn eller egenskaber</translation>
    </message>
    <message>
        <source>Search items</source>
        <translation>Søg efter varer</translation>
    </message>
    <message>
        <source>Only items with waiting customers</source>
        <translation>Kun varer med ventende kunder</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Varer</translation>
    </message>
</context>
<context>
    <name>bd::ui::MainWindow</name>
    <message>
        <source>Backorder Desk databases (*.sqlite *.db)</source>
        <translation>Backorder Desk-databaser (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Ny…</translation>
    </message>
    <message>
        <source>Create a new, empty shop database</source>
        <translation>Opret en ny, tom butiksdatabase</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Åbn…</translation>
    </message>
    <message>
        <source>Open another shop database</source>
        <translation>Åbn en anden butiksdatabase</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importér CSV…</translation>
    </message>
    <message>
        <source>Import items, customers, orders, purchase orders or receipts from a CSV file</source>
        <translation>Importér varer, kunder, ordrer, indkøbsordrer eller varemodtagelser fra en CSV-fil</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importér CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-filer (*.csv);;Alle filer (*)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>Quit Backorder Desk</source>
        <translation>Afslut Backorder Desk</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <source>&amp;Find Items</source>
        <translation>&amp;Find varer</translation>
    </message>
    <message>
        <source>Search items by SKU, name or attributes</source>
        <translation>Søg efter varer på varenummer, navn eller egenskaber</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Genindlæs</translation>
    </message>
    <message>
        <source>Read everything again, with changes made elsewhere</source>
        <translation>Læs alt igen, med ændringer foretaget andre steder</translation>
    </message>
    <message>
        <source>&amp;Receive…</source>
        <translation>&amp;Modtag…</translation>
    </message>
    <message>
        <source>Receive stock and serve the waiting customers first</source>
        <translation>Modtag varer, og ekspedér de ventende kunder først</translation>
    </message>
    <message>
        <source>New &amp;Order…</source>
        <translation>Ny &amp;ordre…</translation>
    </message>
    <message>
        <source>Enter an order by hand</source>
        <translation>Indtast en ordre manuelt</translation>
    </message>
    <message>
        <source>&amp;Ship…</source>
        <translation>&amp;Send…</translation>
    </message>
    <message>
        <source>Ship what is allocated for the selected order</source>
        <translation>Send det, der er tildelt den valgte ordre</translation>
    </message>
    <message>
        <source>Send &amp;Mail</source>
        <translation>Send &amp;e-mails</translation>
    </message>
    <message>
        <source>Queue the e-mails that are due and send the outbox now</source>
        <translation>Sæt de e-mails i kø, der skal sendes, og send udbakken nu</translation>
    </message>
    <message>
        <source>&amp;About Backorder Desk</source>
        <translation>&amp;Om Backorder Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Åbn &amp;seneste</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Shop</source>
        <translation>&amp;Butik</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Handlinger</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Stop the work running in the background; nothing of it is kept</source>
        <translation>Stop arbejdet, der kører i baggrunden; intet af det gemmes</translation>
    </message>
    <message>
        <source>Open a shop database with File › Open…, or start one with File › New….</source>
        <translation>Åbn en butiksdatabase med Filer › Åbn…, eller start en ny med Filer › Ny….</translation>
    </message>
    <message>
        <source>The database was upgraded; the previous version was kept as %1</source>
        <translation>Databasen blev opgraderet; den tidligere version er gemt som %1</translation>
    </message>
    <message>
        <source>%1 exists already. Choose another name for the new database, or open this one with File › Open.</source>
        <translation>%1 findes allerede. Vælg et andet navn til den nye database, eller åbn denne med Filer › Åbn.</translation>
    </message>
    <message>
        <source>New Shop Database</source>
        <translation>Ny butiksdatabase</translation>
    </message>
    <message>
        <source>shop.sqlite</source>
        <translation>butik.sqlite</translation>
    </message>
    <message>
        <source>Open Shop Database</source>
        <translation>Åbn butiksdatabase</translation>
    </message>
    <message>
        <source>About Backorder Desk</source>
        <translation>Om Backorder Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Backorder Desk %1&lt;/h3&gt;&lt;p&gt;Keep selling out-of-stock items on backorder without losing customers.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Backorder Desk %1&lt;/h3&gt;&lt;p&gt;Bliv ved med at sælge udsolgte varer på restordre uden at miste kunder.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Ingen database åben</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 vare</translation>
    </message>
    <message numerus="yes">
        <source>%Ln items</source>
        <translation>
            <numerusform>%Ln vare</numerusform>
            <numerusform>%Ln varer</numerusform>
        </translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Arbejde i gang</translation>
    </message>
    <message>
        <source>Work is still running in the background. Stop it and quit? Nothing of the unfinished work is kept.</source>
        <translation>Der kører stadig arbejde i baggrunden. Stop det og afslut? Intet af det ufærdige arbejde gemmes.</translation>
    </message>
</context>
<context>
    <name>bd::ui::OrdersPage</name>
    <message>
        <source>Orders</source>
        <translation>Ordrer</translation>
    </message>
</context>
<context>
    <name>bd::ui::OutboxPage</name>
    <message>
        <source>Outbox</source>
        <translation>Udbakke</translation>
    </message>
</context>
<context>
    <name>bd::ui::PurchasingPage</name>
    <message>
        <source>Purchasing</source>
        <translation>Indkøb</translation>
    </message>
</context>
<context>
    <name>bd::ui::RecentFilesMenu</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Ryd menuen</translation>
    </message>
</context>
<context>
    <name>bd::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
</context>
<context>
    <name>bd::ui::TaskRunner</name>
    <message>
        <source>No shop database is open.</source>
        <translation>Ingen butiksdatabase er åben.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulleret.</translation>
    </message>
</context>
<context>
    <name>bd::ui::UserGuideDialog</name>
    <message>
        <source>Backorder Desk User Guide</source>
        <translation>Brugervejledning til Backorder Desk</translation>
    </message>
</context>
<context>
    <name>bd::ui::WelcomeDialog</name>
    <message>
        <source>Welcome to Backorder Desk</source>
        <translation>Velkommen til Backorder Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to Backorder Desk&lt;/h3&gt;&lt;p&gt;There is no shop yet. Start an empty one for your business, look around in a sample shop first, or open a shop file you already have.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Velkommen til Backorder Desk&lt;/h3&gt;&lt;p&gt;Der er ingen butik endnu. Start en tom butik til din forretning, se dig først omkring i en eksempelbutik, eller åbn en butiksfil, du allerede har.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Create an empty shop</source>
        <translation>Opret en tom butik</translation>
    </message>
    <message>
        <source>e.g. Nordic Mugs</source>
        <translation>f.eks. Nordiske Krus</translation>
    </message>
    <message>
        <source>The three-letter ISO code of your prices: DKK, EUR, SEK, …</source>
        <translation>Den trebogstavs ISO-kode, dine priser er i: DKK, EUR, SEK, …</translation>
    </message>
    <message>
        <source>shop@example.com</source>
        <translation>butik@eksempel.dk</translation>
    </message>
    <message>
        <source>The address your customers&apos; e-mails come from.</source>
        <translation>Adressen, dine kunders e-mails kommer fra.</translation>
    </message>
    <message>
        <source>&amp;Create Shop</source>
        <translation>&amp;Opret butik</translation>
    </message>
    <message>
        <source>Shop &amp;name:</source>
        <translation>Butikkens &amp;navn:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Valuta:</translation>
    </message>
    <message>
        <source>&amp;Sender address:</source>
        <translation>&amp;Afsenderadresse:</translation>
    </message>
    <message>
        <source>Or</source>
        <translation>Eller</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Shop</source>
        <translation>Åbn &amp;eksempelbutikken</translation>
    </message>
    <message>
        <source>A made-up shop with items, waiting customers and purchase orders to try things on. Your own shop is not touched.</source>
        <translation>En opdigtet butik med varer, ventende kunder og indkøbsordrer at prøve tingene af på. Din egen butik bliver ikke rørt.</translation>
    </message>
    <message>
        <source>Open an &amp;Existing File…</source>
        <translation>Åbn en &amp;eksisterende fil…</translation>
    </message>
    <message>
        <source>Your web shop&apos;s products, customers and orders come in with &lt;b&gt;File › Import CSV…&lt;/b&gt; once the shop is open (WooCommerce, Shopify or Backorder Desk&apos;s own CSV format).</source>
        <translation>Din webshops varer, kunder og ordrer hentes ind med &lt;b&gt;Filer › Importér CSV…&lt;/b&gt;, når butikken er åben (WooCommerce, Shopify eller Backorder Desks eget CSV-format).</translation>
    </message>
    <message>
        <source>Give the shop a name.</source>
        <translation>Giv butikken et navn.</translation>
    </message>
    <message>
        <source>Give the address your e-mails come from.</source>
        <translation>Angiv adressen, dine e-mails kommer fra.</translation>
    </message>
    <message>
        <source>%1 exists already; open it instead.</source>
        <translation>%1 findes allerede; åbn den i stedet.</translation>
    </message>
    <message>
        <source>Sample Shop</source>
        <translation>Eksempelbutik</translation>
    </message>
    <message>
        <source>Open Shop Database</source>
        <translation>Åbn butiksdatabase</translation>
    </message>
    <message>
        <source>Shop databases (*.sqlite *.db);;All files (*)</source>
        <translation>Butiksdatabaser (*.sqlite *.db);;Alle filer (*)</translation>
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
        <translation>Brug: backorderdesk-cli [--db FILE] [--now ISO-DATETIME] COMMAND [ARGS...]
Backorder Desk: bliv ved med at sælge udsolgte varer på restordre.

Generelle tilvalg:
  --db FILE            butiksdatabasen (standard: %1)
  --now ISO-DATETIME   tidspunktet, alle handlinger sker på (standard: nu);
                       et klokkeslæt uden tidszone er UTC
  -h, --help           denne hjælp; COMMAND --help forklarer en kommando
  -v, --version        versionen

Kommandoer:
</translation>
    </message>
    <message>
        <source>--db needs a file name</source>
        <translation>--db kræver et filnavn</translation>
    </message>
    <message>
        <source>--now needs a date and time</source>
        <translation>--now kræver en dato og et klokkeslæt</translation>
    </message>
    <message>
        <source>unknown option %1; see backorderdesk-cli --help</source>
        <translation>ukendt tilvalg %1; se backorderdesk-cli --help</translation>
    </message>
    <message>
        <source>--now: &apos;%1&apos; is not an ISO 8601 date and time such as 2026-12-01T09:30:00</source>
        <translation>--now: &apos;%1&apos; er ikke en dato og et klokkeslæt i ISO 8601 som f.eks. 2026-12-01T09:30:00</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; see backorderdesk-cli --help</source>
        <translation>ukendt kommando &apos;%1&apos;; se backorderdesk-cli --help</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Backorder Desk</source>
        <translation>Backorder Desk</translation>
    </message>
    <message>
        <source>Keep selling out-of-stock items on backorder without losing customers.</source>
        <translation>Bliv ved med at sælge udsolgte varer på restordre uden at miste kunder.</translation>
    </message>
    <message>
        <source>Open the shop database FILE (default: %1).</source>
        <translation>Åbn butiksdatabasen FILE (standard: %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Take ISO-DATETIME as the current time, e.g. 2024-11-05T09:00:00Z.</source>
        <translation>Brug ISO-DATETIME som det aktuelle tidspunkt, f.eks. 2024-11-05T09:00:00Z.</translation>
    </message>
    <message>
        <source>ISO-DATETIME</source>
        <translation>ISO-DATETIME</translation>
    </message>
    <message>
        <source>--now: %1 is not an ISO 8601 date and time.</source>
        <translation>--now: %1 er ikke en dato og et klokkeslæt i ISO 8601.</translation>
    </message>
</context>
</TS>
