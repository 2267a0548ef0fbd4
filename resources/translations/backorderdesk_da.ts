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
    <message>
        <source>This computer has no pg_dump (Debian package postgresql-client), so %1 cannot be backed up from here; use the server&apos;s own backups.</source>
        <translation>Denne computer har ikke pg_dump (Debian-pakken postgresql-client), så %1 kan ikke sikkerhedskopieres herfra; brug serverens egne sikkerhedskopier.</translation>
    </message>
    <message>
        <source>Cannot back up %1: %2</source>
        <translation>Kan ikke sikkerhedskopiere %1: %2</translation>
    </message>
    <message>
        <source>A shop on a PostgreSQL server is restored with the server&apos;s own tools, not replaced from here: pg_restore --clean --if-exists --no-owner --dbname=%1 %2</source>
        <translation>En butik på en PostgreSQL-server gendannes med serverens egne værktøjer, ikke herfra: pg_restore --clean --if-exists --no-owner --dbname=%1 %2</translation>
    </message>
</context>
<context>
    <name>BulkCustomerWriter</name>
    <message>
        <source>database error: %1</source>
        <translation>databasefejl: %1</translation>
    </message>
</context>
<context>
    <name>BulkItemWriter</name>
    <message>
        <source>database error: %1</source>
        <translation>databasefejl: %1</translation>
    </message>
    <message>
        <source>database error: the items table is not as expected</source>
        <translation>databasefejl: varetabellen er ikke som forventet</translation>
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
    <message>
        <source>&apos;%1&apos; is not a three-letter currency code such as EUR or DKK</source>
        <translation>&apos;%1&apos; er ikke en valutakode på tre bogstaver som EUR eller DKK</translation>
    </message>
    <message>
        <source>%1: %2 units wait for this item; its stock stays tracked until they are served or cancelled</source>
        <translation>%1: %2 enheder venter på denne vare; dens lager tælles, indtil de er leveret eller annulleret</translation>
    </message>
    <message>
        <source>%1: the item could not be read back</source>
        <translation>%1: varen kunne ikke læses igen</translation>
    </message>
    <message>
        <source>stock not tracked</source>
        <translation>lageret tælles ikke</translation>
    </message>
    <message>
        <source>%1: to track its stock, count at least the %2 units its open orders hold (%3 given)</source>
        <translation>%1: for at tælle dens lager skal der tælles mindst de %2 enheder, som dens åbne ordrer holder (%3 angivet)</translation>
    </message>
    <message>
        <source>stock tracked: %1 on hand</source>
        <translation>lageret tælles: %1 på lager</translation>
    </message>
    <message>
        <source>the shop has an item %1 already</source>
        <translation>butikken har allerede en vare %1</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>%1 does not exist; create a shop there with: backorderdesk-cli --db %1 init</source>
        <translation>%1 findes ikke; opret en butik der med: backorderdesk-cli --db %1 init</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s) (--all-errors lists every one)</source>
        <translation>
            <numerusform>… og %n problem mere (--all-errors viser dem alle)</numerusform>
            <numerusform>… og %n problemer mere (--all-errors viser dem alle)</numerusform>
        </translation>
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
        <source>check the file and the rules, change nothing</source>
        <translation>kontrollér filen og reglerne, ændr intet</translation>
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
        <source>export: KIND is one of %1, not &apos;%2&apos;</source>
        <translation>export: KIND er en af %1, ikke &apos;%2&apos;</translation>
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
        <source>Message %1 cancelled</source>
        <translation>Besked %1 annulleret</translation>
    </message>
    <message>
        <source>--state: &apos;%1&apos; is not one of %2</source>
        <translation>--state: &apos;%1&apos; er ikke en af %2</translation>
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
    <message>
        <source>%1: %2%</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <source>for Excel in comma-decimal locales: UTF-8 BOM, &apos;;&apos; and decimal commas</source>
        <translation>til Excel med decimalkomma: UTF-8-BOM, &apos;;&apos; og decimalkommaer</translation>
    </message>
    <message>
        <source>field delimiter: &apos;,&apos; (default), &apos;;&apos; (amounts get a decimal comma) or &apos;tab&apos;</source>
        <translation>feltadskiller: &apos;,&apos; (standard), &apos;;&apos; (beløb får decimalkomma) eller &apos;tab&apos;</translation>
    </message>
    <message>
        <source>start the file with a UTF-8 byte order mark</source>
        <translation>start filen med et UTF-8-byterækkefølgemærke (BOM)</translation>
    </message>
    <message>
        <source>export: the delimiter is &apos;,&apos;, &apos;;&apos; or tab, not &apos;%1&apos;</source>
        <translation>export: feltadskilleren er &apos;,&apos;, &apos;;&apos; eller tab, ikke &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Write a report as PDF, CSV or HTML: %1.</source>
        <translation>Skriv en rapport som PDF, CSV eller HTML: %1.</translation>
    </message>
    <message>
        <source>pdf, csv or html (default: from the file name)</source>
        <translation>pdf, csv eller html (standard: ud fra filnavnet)</translation>
    </message>
    <message>
        <source>the file to write (csv and html: - for the screen)</source>
        <translation>filen, der skal skrives (csv og html: - for skærmen)</translation>
    </message>
    <message>
        <source>queue: the item; backorders, aging: only this item</source>
        <translation>queue: varen; backorders, aging: kun denne vare</translation>
    </message>
    <message>
        <source>crossdock: the receipt reference</source>
        <translation>crossdock: modtagelsesreferencen</translation>
    </message>
    <message>
        <source>packing: only this order</source>
        <translation>packing: kun denne ordre</translation>
    </message>
    <message>
        <source>cancellations, demand, rate: first day (YYYY-MM-DD)</source>
        <translation>cancellations, demand, rate: første dag (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>cancellations, demand, rate: last day (YYYY-MM-DD)</source>
        <translation>cancellations, demand, rate: sidste dag (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>rate: week or month (default: by the period&apos;s length)</source>
        <translation>rate: week eller month (standard: efter periodens længde)</translation>
    </message>
    <message>
        <source>unknown report &apos;%1&apos;; reports are: %2</source>
        <translation>ukendt rapport &apos;%1&apos;; rapporterne er: %2</translation>
    </message>
    <message>
        <source>--format: &apos;%1&apos; is not one of pdf, csv, html</source>
        <translation>--format: &apos;%1&apos; er ikke en af pdf, csv, html</translation>
    </message>
    <message>
        <source>--format pdf, csv or html is needed</source>
        <translation>--format pdf, csv eller html skal angives</translation>
    </message>
    <message>
        <source>a PDF needs a file: -o FILE</source>
        <translation>en PDF kræver en fil: -o FILE</translation>
    </message>
    <message>
        <source>the %1 report does not take --%2</source>
        <translation>rapporten %1 tager ikke --%2</translation>
    </message>
    <message>
        <source>the %1 report needs --sku SKU</source>
        <translation>rapporten %1 kræver --sku SKU</translation>
    </message>
    <message>
        <source>the %1 report needs --ref RECEIPT</source>
        <translation>rapporten %1 kræver --ref RECEIPT</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a date such as 2026-11-30 (YYYY-MM-DD)</source>
        <translation>--%1: &apos;%2&apos; er ikke en dato som f.eks. 2026-11-30 (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>--by: &apos;%1&apos; is not week or month</source>
        <translation>--by: &apos;%1&apos; er ikke week eller month</translation>
    </message>
    <message>
        <source>report: painting a PDF or chart needs a QGuiApplication</source>
        <translation>report: at tegne en PDF eller et diagram kræver en QGuiApplication</translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation>kan ikke skrive uddata: %1</translation>
    </message>
    <message>
        <source>the file&apos;s format, when it is not to be recognised from the header</source>
        <translation>filens format, når det ikke skal genkendes ud fra overskriften</translation>
    </message>
    <message>
        <source>import: %1 files come in these formats: %2; &apos;%3&apos; is none of them</source>
        <translation>import: %1-filer findes i disse formater: %2; &apos;%3&apos; er ingen af dem</translation>
    </message>
    <message>
        <source>file format: native or a shop&apos;s</source>
        <translation>filformat: native eller en webshops</translation>
    </message>
    <message>
        <source>export: %1 is written in these formats: %2; &apos;%3&apos; is none of them</source>
        <translation>export: %1 skrives i disse formater: %2; &apos;%3&apos; er ingen af dem</translation>
    </message>
    <message>
        <source>read the file&apos;s column HEADER as COLUMN, e.g. --map sku=varenr,name=beskrivelse,price=salgspris</source>
        <translation>læs filens kolonne HEADER som COLUMN, f.eks. --map sku=varenr,name=beskrivelse,price=salgspris</translation>
    </message>
    <message>
        <source>list every problem, not the first %1</source>
        <translation>vis alle problemer, ikke kun de første %1</translation>
    </message>
    <message>
        <source>import: --map takes COLUMN=HEADER pairs separated by commas, not &apos;%1&apos;</source>
        <translation>import: --map tager COLUMN=HEADER-par adskilt af kommaer, ikke &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Import a CSV file, all or nothing: %1. The file&apos;s shape is recognised from its header (--format overrides it): %2.</source>
        <translation>Importér en CSV-fil, alt eller intet: %1. Filens form genkendes ud fra overskriften (--format tilsidesætter den): %2.</translation>
    </message>
    <message>
        <source>Export as CSV: items, customers, orders, waiting, coupons, stock or availability (the feed a web shop imports: in stock, on backorder with its date, preorder or sold out). --format writes items and availability as a shop&apos;s product importer reads them (%1), stock as Shopify&apos;s inventory import does (shopify). --excel writes for Excel in comma-decimal locales: a UTF-8 BOM, &apos;;&apos; and decimal commas.</source>
        <translation>Eksportér som CSV: items, customers, orders, waiting, coupons, stock eller availability (det feed, en webshop importerer: på lager, i restordre med dato, forudbestilling eller udsolgt). --format skriver varer og tilgængelighed, som en webshops produktimport læser dem (%1), og lager, som Shopifys lagerimport læser det (shopify). --excel skriver til Excel med decimalkomma: UTF-8-BOM, &apos;;&apos; og decimalkommaer.</translation>
    </message>
    <message>
        <source>coupon: --amount &apos;%1&apos; is not an amount in %2 such as %3</source>
        <translation>coupon: --amount &apos;%1&apos; er ikke et beløb i %2 som f.eks. %3</translation>
    </message>
    <message>
        <source>why it is cancelled, for the shop&apos;s records (never sent)</source>
        <translation>hvorfor den annulleres, til butikkens egne noter (sendes aldrig)</translation>
    </message>
    <message>
        <source>a message to the customer, in the cancellation e-mail</source>
        <translation>en besked til kunden i annulleringsmailen</translation>
    </message>
    <message>
        <source>Purchase orders on their way: record a stage (tells the waiting customers the order serves), or show the timeline.</source>
        <translation>Indkøbsordrer på vej: registrér et trin (giver de ventende kunder, ordren dækker, besked), eller vis forløbet.</translation>
    </message>
    <message>
        <source>when the stage was reached (default: today)</source>
        <translation>hvornår trinnet blev nået (standard: i dag)</translation>
    </message>
    <message>
        <source>a note for the customers</source>
        <translation>en bemærkning til kunderne</translation>
    </message>
    <message>
        <source>the new expected date of the order&apos;s open lines</source>
        <translation>den nye forventede dato for ordrens åbne linjer</translation>
    </message>
    <message>
        <source>po stage: --%1 &apos;%2&apos; is not a date in the form YYYY-MM-DD</source>
        <translation>po stage: --%1 &apos;%2&apos; er ikke en dato på formen ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>forventet %1</translation>
    </message>
    <message>
        <source>%1: %2; waiting orders told: %3</source>
        <translation>%1: %2; ventende ordrer, der får besked: %3</translation>
    </message>
    <message>
        <source>; told of the later date instead: %1</source>
        <translation>; får besked om den senere dato i stedet: %1</translation>
    </message>
    <message>
        <source>What follow-up e-mails offer with an item: its related items, its highlight.</source>
        <translation>Hvad opfølgningsmails tilbyder med en vare: dens relaterede varer, dens fremhævning.</translation>
    </message>
    <message>
        <source>relate this item (may be given more than once)</source>
        <translation>relatér denne vare (kan angives flere gange)</translation>
    </message>
    <message>
        <source>no longer relate this item</source>
        <translation>relatér ikke længere denne vare</translation>
    </message>
    <message>
        <source>remove the highlight</source>
        <translation>fjern fremhævningen</translation>
    </message>
    <message>
        <source>no highlight</source>
        <translation>ingen fremhævning</translation>
    </message>
    <message>
        <source>no related items</source>
        <translation>ingen relaterede varer</translation>
    </message>
    <message>
        <source>%1: waiting orders that would be told: %2</source>
        <translation>%1: ventende ordrer, der ville få besked: %2</translation>
    </message>
    <message>
        <source>%1: waiting orders told: %2</source>
        <translation>%1: ventende ordrer, der får besked: %2</translation>
    </message>
    <message numerus="yes">
        <source>Queued %n e-mail(s)</source>
        <translation>
            <numerusform>%n e-mail sat i kø</numerusform>
            <numerusform>%n e-mails sat i kø</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, cancelled %n that no longer apply</source>
        <translation>
            <numerusform>, %n annulleret, som ikke længere er relevant</numerusform>
            <numerusform>, %n annulleret, som ikke længere er relevante</numerusform>
        </translation>
    </message>
    <message>
        <source>Message %1 is pending again; the next notify run sends it unless it no longer applies by then</source>
        <translation>Besked %1 venter igen; næste notify-kørsel sender den, medmindre den ikke længere gælder til den tid</translation>
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
    <message>
        <source>Show related items in stock in follow-up and countdown e-mails</source>
        <translation>Vis relaterede varer på lager i opfølgnings- og nedtællingsmails</translation>
    </message>
    <message>
        <source>Cannot read the setting %1: %2</source>
        <translation>Indstillingen %1 kan ikke læses: %2</translation>
    </message>
    <message>
        <source>Cannot read setting %1: %2</source>
        <translation>Kan ikke læse indstillingen %1: %2</translation>
    </message>
    <message>
        <source>Days an order waits before its follow-up brings a goodwill coupon, once per order (0: never)</source>
        <translation>Dage en ordre venter, før dens opfølgning giver en rabatkode som tak, én gang pr. ordre (0: aldrig)</translation>
    </message>
    <message>
        <source>Percent off the customer&apos;s next order that a goodwill coupon gives</source>
        <translation>Procent rabat på kundens næste ordre, som rabatkoden giver</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
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
    <message numerus="yes">
        <source>%1: %n row(s) end in empty fields past the header&apos;s last column; they are ignored</source>
        <translation>
            <numerusform>%1: %n række slutter med tomme felter efter overskriftens sidste kolonne; de ignoreres</numerusform>
            <numerusform>%1: %n rækker slutter med tomme felter efter overskriftens sidste kolonne; de ignoreres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvStream</name>
    <message>
        <source>%1: not valid UTF-16, unreadable characters were replaced</source>
        <translation>%1: ikke gyldig UTF-16; ulæselige tegn blev erstattet</translation>
    </message>
    <message>
        <source>--map %1=%2: the file has no column %2; it has %3</source>
        <translation>--map %1=%2: filen har ingen kolonne %2; den har %3</translation>
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
    <message>
        <source>%1 started %2 on this computer</source>
        <translation>%1 startet %2 på denne computer</translation>
    </message>
    <message>
        <source>%1 started %2 on %3</source>
        <translation>%1 startet %2 på %3</translation>
    </message>
    <message>
        <source>The shop is busy with another action (%1); try again in a moment.</source>
        <translation>Butikken er optaget af en anden handling (%1); prøv igen om et øjeblik.</translation>
    </message>
    <message>
        <source>The shop is busy with another action; try again in a moment.</source>
        <translation>Butikken er optaget af en anden handling; prøv igen om et øjeblik.</translation>
    </message>
    <message>
        <source>A change to the shop cannot start inside scratch work on %1.</source>
        <translation>En ændring af butikken kan ikke begynde midt i et forarbejde på %1.</translation>
    </message>
    <message>
        <source>Cannot watch %1 for changes of other seats.</source>
        <translation>Kan ikke holde øje med ændringer fra andre pladser i %1.</translation>
    </message>
    <message>
        <source>%1 is not the address of a shop on a PostgreSQL server; write it as postgresql://user@host:port/database.</source>
        <translation>%1 er ikke adressen på en butik på en PostgreSQL-server; skriv den som postgresql://bruger@vært:port/database.</translation>
    </message>
    <message>
        <source>This installation cannot reach PostgreSQL servers: Qt&apos;s PostgreSQL driver is missing (Debian package libqt6sql6-psql).</source>
        <translation>Denne installation kan ikke nå PostgreSQL-servere: Qt&apos;s PostgreSQL-driver mangler (Debian-pakken libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>%1: the setting %2 is not one Backorder Desk passes to the server.</source>
        <translation>%1: indstillingen %2 er ikke en, Backorder Desk giver videre til serveren.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Kan ikke forbinde til %1: %2</translation>
    </message>
    <message>
        <source>Cannot look at %1: %2</source>
        <translation>Kan ikke se på %1: %2</translation>
    </message>
    <message>
        <source>%1 sorts text by the rules of a language; a shop needs the C collation, so that dates and SKUs sort the same on every seat. Create the database with &quot;createdb --template=template0 --locale-provider=libc --lc-collate=C DBNAME&quot;.</source>
        <translation>%1 sorterer tekst efter et sprogs regler; en butik kræver C-sortering, så datoer og varenumre sorteres ens på alle pladser. Opret databasen med &quot;createdb --template=template0 --locale-provider=libc --lc-collate=C DBNAVN&quot;.</translation>
    </message>
    <message>
        <source>%1 holds no shop yet; create one there with: backorderdesk-cli --db %1 init</source>
        <translation>%1 indeholder endnu ingen butik; opret en der med: backorderdesk-cli --db %1 init</translation>
    </message>
    <message>
        <source>%1 holds the tables of another program, not a Backorder Desk shop.</source>
        <translation>%1 indeholder et andet programs tabeller, ikke en Backorder Desk-butik.</translation>
    </message>
    <message>
        <source>Cannot lock %1 for a change: %2</source>
        <translation>Kan ikke låse %1 til en ændring: %2</translation>
    </message>
    <message>
        <source>%1: the setting %2 needs a value without spaces or &apos;;&apos;, not &apos;%3&apos;.</source>
        <translation>%1: indstillingen %2 skal have en værdi uden mellemrum og &apos;;&apos;, ikke &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Intet blev ændret: %1</translation>
    </message>
    <message>
        <source>this is the open shop&apos;s own database file, not a file to read</source>
        <translation>dette er den åbne butiks egen databasefil, ikke en fil, der kan læses</translation>
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
    <name>Dialect</name>
    <message>
        <source>Shared shop on PostgreSQL: %1</source>
        <translation>Delt butik på PostgreSQL: %1</translation>
    </message>
</context>
<context>
    <name>EmailTemplatesEditor</name>
    <message>
        <source>2 × MUG-RED Mug, red — expected %1</source>
        <translation>2 × MUG-RED Krus, rød — forventet %1</translation>
    </message>
    <message>
        <source>It should ship in 8 days.</source>
        <translation>Den forventes sendt om 8 dage.</translation>
    </message>
    <message>
        <source>your card expires</source>
        <translation>dit kort udløber</translation>
    </message>
    <message>
        <source>1 × CAP-BLK Cap</source>
        <translation>1 × CAP-BLK Kasket</translation>
    </message>
    <message>
        <source>The rest follows at no extra shipping cost.</source>
        <translation>Resten følger uden ekstra fragt.</translation>
    </message>
    <message>
        <source>asked by the customer</source>
        <translation>efter ønske fra kunden</translation>
    </message>
    <message>
        <source>for your patience</source>
        <translation>for din tålmodighed</translation>
    </message>
    <message>
        <source>in transit</source>
        <translation>undervejs</translation>
    </message>
    <message>
        <source>left Shenzhen on the MSC Oscar</source>
        <translation>forlod Shenzhen med MSC Oscar</translation>
    </message>
    <message>
        <source>Mug, red: hand-thrown in Jutland, glazed twice</source>
        <translation>Krus, rødt: drejet i hånden i Jylland, glaseret to gange</translation>
    </message>
</context>
<context>
    <name>EventPhrases</name>
    <message>
        <source>Order placed</source>
        <translation>Ordre afgivet</translation>
    </message>
    <message>
        <source>On backorder</source>
        <translation>I restordre</translation>
    </message>
    <message>
        <source>Stock allocated</source>
        <translation>Lager tildelt</translation>
    </message>
    <message>
        <source>Ready to ship</source>
        <translation>Klar til afsendelse</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Afsendt</translation>
    </message>
    <message>
        <source>Shipped in part</source>
        <translation>Delvist afsendt</translation>
    </message>
    <message>
        <source>Shipped by the web shop</source>
        <translation>Afsendt af webshoppen</translation>
    </message>
    <message>
        <source>Message to the customer</source>
        <translation>Besked til kunden</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulleret</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returneret</translation>
    </message>
    <message>
        <source>Payment recorded</source>
        <translation>Betaling registreret</translation>
    </message>
    <message>
        <source>Moved to the front</source>
        <translation>Flyttet forrest</translation>
    </message>
    <message>
        <source>Back in its place in line</source>
        <translation>Tilbage på sin plads i køen</translation>
    </message>
    <message>
        <source>Held until complete</source>
        <translation>Holdes til den er komplet</translation>
    </message>
    <message>
        <source>May ship in parts</source>
        <translation>Må sendes i dele</translation>
    </message>
    <message>
        <source>Promised date moved</source>
        <translation>Lovet dato flyttet</translation>
    </message>
    <message>
        <source>Coupon issued</source>
        <translation>Rabatkode givet</translation>
    </message>
    <message>
        <source>every unit is allocated</source>
        <translation>alle enheder er tildelt</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n linje</numerusform>
            <numerusform>%n linjer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) waiting</source>
        <translation>
            <numerusform>%n enhed venter</numerusform>
            <numerusform>%n enheder venter</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 × %3 wait for stock</source>
        <translation>%1 af %2 × %3 venter på lager</translation>
    </message>
    <message>
        <source>from a receipt</source>
        <translation>fra en modtagelse</translation>
    </message>
    <message>
        <source>released by a cancellation</source>
        <translation>frigivet ved en annullering</translation>
    </message>
    <message>
        <source>from a return</source>
        <translation>fra en returnering</translation>
    </message>
    <message>
        <source>from a stock count</source>
        <translation>fra en lageroptælling</translation>
    </message>
    <message>
        <source>%1 × %2 %3</source>
        <translation>%1 × %2 %3</translation>
    </message>
    <message>
        <source>promised %1, now %2</source>
        <translation>lovet %1, nu %2</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <source>Told where its stock is</source>
        <translation>Fik besked om, hvor varerne er</translation>
    </message>
    <message>
        <source>Purchase order stage</source>
        <translation>Trin for indkøbsordre</translation>
    </message>
    <message>
        <source>Related items set</source>
        <translation>Relaterede varer angivet</translation>
    </message>
    <message>
        <source>Goodwill coupon for the wait</source>
        <translation>Rabatkode som tak for ventetiden</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>komplet</translation>
    </message>
    <message>
        <source>partial shipment, extra shipping cost waived</source>
        <translation>dellevering, ekstra fragt frafaldet</translation>
    </message>
    <message>
        <source>tracking %1</source>
        <translation>sporing %1</translation>
    </message>
    <message>
        <source>shipped before payment was captured (%1)</source>
        <translation>sendt før betalingen var hævet (%1)</translation>
    </message>
    <message>
        <source>: the supplier is late</source>
        <translation>: leverandøren er forsinket</translation>
    </message>
    <message>
        <source>: an order was moved to the front</source>
        <translation>: en ordre blev flyttet forrest</translation>
    </message>
    <message>
        <source>Item created</source>
        <translation>Vare oprettet</translation>
    </message>
    <message>
        <source>Item changed</source>
        <translation>Vare ændret</translation>
    </message>
    <message>
        <source>Stock received</source>
        <translation>Varer modtaget</translation>
    </message>
    <message>
        <source>Stock counted</source>
        <translation>Lager optalt</translation>
    </message>
    <message>
        <source>Expected date set</source>
        <translation>Forventet dato sat</translation>
    </message>
    <message>
        <source>On a purchase order</source>
        <translation>På en indkøbsordre</translation>
    </message>
    <message>
        <source>Items imported</source>
        <translation>Varer importeret</translation>
    </message>
    <message>
        <source>%1: %2 due %3</source>
        <translation>%1: %2 forfalder %3</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>In stock</source>
        <translation>På lager</translation>
    </message>
    <message>
        <source>On backorder</source>
        <translation>I restordre</translation>
    </message>
    <message>
        <source>On backorder — ships around %1</source>
        <translation>I restordre — sendes omkring %1</translation>
    </message>
    <message>
        <source>Pre-order</source>
        <translation>Forudbestilling</translation>
    </message>
    <message>
        <source>Pre-order — ships around %1</source>
        <translation>Forudbestilling — sendes omkring %1</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Udsolgt</translation>
    </message>
    <message>
        <source>Sold out — back around %1</source>
        <translation>Udsolgt — tilbage omkring %1</translation>
    </message>
    <message>
        <source>%1 — ships around %2</source>
        <translation>%1 — sendes omkring %2</translation>
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
    <message numerus="yes">
        <source>%1: %n column(s) not used and ignored: %2</source>
        <translation>
            <numerusform>%1: %n kolonne bruges ikke og blev ignoreret: %2</numerusform>
            <numerusform>%1: %n kolonner bruges ikke og blev ignoreret: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>import cancelled; nothing was changed</source>
        <translation>importen blev afbrudt; intet blev ændret</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not 0, 1 or notify</source>
        <translation>&apos;%1&apos; er ikke 0, 1 eller notify</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not continue or deny</source>
        <translation>&apos;%1&apos; er ikke continue eller deny</translation>
    </message>
    <message>
        <source>%1: stock %2 means %3 units on backorder in the shop, but %4 wait here; import the shop&apos;s orders first</source>
        <translation>%1: lager %2 betyder %3 enheder i restordre i butikken, men her venter %4; importér butikkens ordrer først</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s) have less than no stock in the shop (orders on backorder there) and start with none on hand; import the shop&apos;s orders to queue them</source>
        <translation>
            <numerusform>%1: %n vare har negativ lagerbeholdning i butikken (ordrer i restordre der) og starter med intet på lager; importér butikkens ordrer for at sætte dem i kø</numerusform>
            <numerusform>%1: %n varer har negativ lagerbeholdning i butikken (ordrer i restordre der) og starter med intet på lager; importér butikkens ordrer for at sætte dem i kø</numerusform>
        </translation>
    </message>
    <message>
        <source>a date and time is required</source>
        <translation>en dato og et klokkeslæt skal angives</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time such as 2026-11-03 14:05:00 +0100</source>
        <translation>&apos;%1&apos; er ikke et tidspunkt som f.eks. 2026-11-03 14:05:00 +0100</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not paid, partially_paid, authorized, pending, refunded or voided</source>
        <translation>&apos;%1&apos; er ikke paid, partially_paid, authorized, pending, refunded eller voided</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a three-letter currency code such as EUR or DKK</source>
        <translation>&apos;%1&apos; er ikke en valutakode på tre bogstaver som EUR eller DKK</translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation>databasefejl: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s) created</source>
        <translation>
            <numerusform>%1: %n vare oprettet</numerusform>
            <numerusform>%1: %n varer oprettet</numerusform>
        </translation>
    </message>
    <message>
        <source>the %1 is no %2 file</source>
        <translation>%1 er ikke en %2-fil</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n vare</numerusform>
            <numerusform>%n varer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variant(s)</source>
        <translation>
            <numerusform>%n variant</numerusform>
            <numerusform>%n varianter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n kunde</numerusform>
            <numerusform>%n kunder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n ordre</numerusform>
            <numerusform>%n ordrer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n purchase order(s)</source>
        <translation>
            <numerusform>%n indkøbsordre</numerusform>
            <numerusform>%n indkøbsordrer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s)</source>
        <translation>
            <numerusform>%n modtagelse</numerusform>
            <numerusform>%n modtagelser</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; (made from the product in the shop) appears more than once in the file</source>
        <translation>nøglen &apos;%1&apos; (dannet ud fra produktet i webshoppen) forekommer mere end én gang i filen</translation>
    </message>
    <message numerus="yes">
        <source>%n variant(s) without a SKU</source>
        <translation>
            <numerusform>%n variant uden varenummer</numerusform>
            <numerusform>%n varianter uden varenummer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variant(s) sharing a SKU with others</source>
        <translation>
            <numerusform>%n variant, der deler varenummer med andre</numerusform>
            <numerusform>%n varianter, der deler varenummer med andre</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 are known by a key made from their product in the shop, such as %3 (the same key every time the shop&apos;s file is imported)</source>
        <translation>%1: %2 kendes ved en nøgle dannet ud fra deres produkt i webshoppen, f.eks. %3 (samme nøgle, hver gang webshoppens fil importeres)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> og </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s) have no price and import at 0</source>
        <translation>
            <numerusform>%1: %n vare har ingen pris og importeres til 0</numerusform>
            <numerusform>%1: %n varer har ingen pris og importeres til 0</numerusform>
        </translation>
    </message>
    <message>
        <source>items file</source>
        <translation>varefil</translation>
    </message>
    <message numerus="yes">
        <source>%n stock count(s)</source>
        <translation>
            <numerusform>%n optælling</numerusform>
            <numerusform>%n optællinger</numerusform>
        </translation>
    </message>
    <message>
        <source>stock count from %1</source>
        <translation>optælling fra %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) count items this shop does not have (such as %2) and were skipped</source>
        <translation>
            <numerusform>%1: %n række tæller varer, som butikken ikke har (f.eks. %2), og blev sprunget over</numerusform>
            <numerusform>%1: %n rækker tæller varer, som butikken ikke har (f.eks. %2), og blev sprunget over</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n count(s) below zero (sold more than the shop had) were taken as 0 on hand</source>
        <translation>
            <numerusform>%1: %n optælling under nul (solgt mere, end butikken havde) blev taget som 0 på lager</numerusform>
            <numerusform>%1: %n optællinger under nul (solgt mere, end butikken havde) blev taget som 0 på lager</numerusform>
        </translation>
    </message>
    <message>
        <source>without an e-mail (staff or draft orders)</source>
        <translation>uden e-mail (personale- eller kladdeordrer)</translation>
    </message>
    <message>
        <source>order %1 is in %2, the shop&apos;s currency is %3: its amounts would be taken as %3; set the shop&apos;s currency (config set shop.currency %2) or import orders of the shop&apos;s currency only</source>
        <translation>ordre %1 er i %2, butikkens valuta er %3: dens beløb ville blive taget som %3; sæt butikkens valuta (config set shop.currency %2), eller importér kun ordrer i butikkens valuta</translation>
    </message>
    <message>
        <source>no item is named &apos;%1&apos;</source>
        <translation>ingen vare hedder &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n order(s) not imported: %2</source>
        <translation>
            <numerusform>%1: %n ordre ikke importeret: %2</numerusform>
            <numerusform>%1: %n ordrer ikke importeret: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n shipped line(s) of items the shop no longer has skipped (history)</source>
        <translation>
            <numerusform>%1: %n sendt linje med en vare, butikken ikke længere har, sprunget over (historik)</numerusform>
            <numerusform>%1: %n sendte linjer med varer, butikken ikke længere har, sprunget over (historik)</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulleret</translation>
    </message>
    <message>
        <source>refunded or voided</source>
        <translation>refunderet eller ophævet</translation>
    </message>
    <message>
        <source>a line needs a SKU or a name</source>
        <translation>en linje skal have et varenummer eller et navn</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time such as 16-05-2018 07:32:06</source>
        <translation>&apos;%1&apos; er ikke et tidspunkt som 16-05-2018 07:32:06</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no quantity of 1 or more</source>
        <translation>&apos;%1&apos; har intet antal på 1 eller mere</translation>
    </message>
    <message>
        <source>the order has no line items</source>
        <translation>ordren har ingen linjer</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n customer(s) without an e-mail skipped</source>
        <translation>
            <numerusform>%1: %n kunde uden e-mail sprunget over</numerusform>
            <numerusform>%1: %n kunder uden e-mail sprunget over</numerusform>
        </translation>
    </message>
    <message>
        <source>to read the file&apos;s own columns as these, map them: --map %1 (the file has %2)</source>
        <translation>for at læse filens egne kolonner som disse skal de tilknyttes: --map %1 (filen har %2)</translation>
    </message>
    <message>
        <source>import of %1</source>
        <translation>import af %1</translation>
    </message>
    <message>
        <source>Unknown customer (order %1)</source>
        <translation>Ukendt kunde (ordre %1)</translation>
    </message>
    <message numerus="yes">
        <source>%1: the file has no customer columns: %n order(s) each go to a customer of their own, marked unknown, who is never sent an e-mail</source>
        <translation>
            <numerusform>%1: filen har ingen kundekolonner: %n ordre får sin egen kunde, markeret ukendt, som aldrig får en e-mail</numerusform>
            <numerusform>%1: filen har ingen kundekolonner: %n ordrer får hver deres egen kunde, markeret ukendt, som aldrig får en e-mail</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the file has no order times: the orders are placed as of the import, in the file&apos;s order</source>
        <translation>%1: filen har ingen ordretidspunkter: ordrerne afgives pr. importen, i filens rækkefølge</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) refunded in full not imported</source>
        <translation>
            <numerusform>%1: %n linje, der er refunderet helt, er ikke importeret</numerusform>
            <numerusform>%1: %n linjer, der er refunderet helt, er ikke importeret</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time such as 2026-11-20 14:40:10</source>
        <translation>&apos;%1&apos; er ikke et tidspunkt som 2026-11-20 14:40:10</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has decimals, but amounts in %2 are whole numbers</source>
        <translation>&apos;%1&apos; har decimaler, men beløb i %2 er hele tal</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has more than %2 decimals</source>
        <translation>&apos;%1&apos; har mere end %2 decimaler</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount such as %2</source>
        <translation>&apos;%1&apos; er ikke et beløb som f.eks. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n trin</numerusform>
            <numerusform>%n trin</numerusform>
        </translation>
    </message>
    <message>
        <source>a date in the form YYYY-MM-DD is required</source>
        <translation>en dato på formen ÅÅÅÅ-MM-DD skal angives</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n stage(s) recorded before were skipped</source>
        <translation>
            <numerusform>%1: %n trin, der var registreret før, blev sprunget over</numerusform>
            <numerusform>%1: %n trin, der var registreret før, blev sprunget over</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be related to itself</source>
        <translation>%1 kan ikke relateres til sig selv</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n stage(s) of purchase orders received in full were skipped</source>
        <translation>
            <numerusform>%1: %n trin for indkøbsordrer, der er modtaget fuldt ud, blev sprunget over</numerusform>
            <numerusform>%1: %n trin for indkøbsordrer, der er modtaget fuldt ud, blev sprunget over</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightService</name>
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
    <name>ItemEditCommand</name>
    <message>
        <source>Change policy of %1</source>
        <translation>Skift salgsregel for %1</translation>
    </message>
    <message>
        <source>Change backorder limit of %1</source>
        <translation>Skift restordregrænse for %1</translation>
    </message>
    <message>
        <source>Change expected date of %1</source>
        <translation>Skift forventet dato for %1</translation>
    </message>
    <message>
        <source>Item not changed</source>
        <translation>Varen blev ikke ændret</translation>
    </message>
    <message>
        <source>%1 could not be changed back: %2</source>
        <translation>%1 kunne ikke ændres tilbage: %2</translation>
    </message>
    <message>
        <source>Track the stock of %1</source>
        <translation>Tæl lageret af %1</translation>
    </message>
    <message>
        <source>Stop tracking the stock of %1</source>
        <translation>Hold op med at tælle lageret af %1</translation>
    </message>
    <message>
        <source>Change related items of %1</source>
        <translation>Skift relaterede varer for %1</translation>
    </message>
    <message>
        <source>Change highlight of %1</source>
        <translation>Skift fremhævning for %1</translation>
    </message>
</context>
<context>
    <name>LedgerStore</name>
    <message>
        <source>The check could not read %1: %2</source>
        <translation>Kontrollen kunne ikke læse %1: %2</translation>
    </message>
    <message>
        <source>the items and the stock ledger</source>
        <translation>varerne og lagerbogen</translation>
    </message>
    <message>
        <source>the order lines and the shipments</source>
        <translation>ordrelinjerne og forsendelserne</translation>
    </message>
    <message>
        <source>order %1 line %2: %3 shipped, but shipments list %4</source>
        <translation>ordre %1 linje %2: %3 sendt, men forsendelserne viser %4</translation>
    </message>
    <message>
        <source>the order lines and the allocations</source>
        <translation>ordrelinjerne og tildelingerne</translation>
    </message>
    <message>
        <source>order %1 line %2: %3 ordered, but allocations list %4</source>
        <translation>ordre %1 linje %2: %3 bestilt, men tildelingerne viser %4</translation>
    </message>
    <message>
        <source>the order lines and their orders</source>
        <translation>ordrelinjerne og deres ordrer</translation>
    </message>
    <message>
        <source>the orders and the sums of their lines</source>
        <translation>ordrerne og summerne af deres linjer</translation>
    </message>
    <message>
        <source>order %1: the sums it keeps differ from its lines</source>
        <translation>ordre %1: summerne, den gemmer, afviger fra dens linjer</translation>
    </message>
    <message>
        <source>order %1 line %2: queue key or customer differs from its order</source>
        <translation>ordre %1 linje %2: køplaceringen eller kunden afviger fra ordrens</translation>
    </message>
    <message>
        <source>the customers and the sums of their orders</source>
        <translation>kunderne og summerne af deres ordrer</translation>
    </message>
    <message>
        <source>customer %1: the sums it keeps differ from its orders</source>
        <translation>kunde %1: summerne, den gemmer, afviger fra dens ordrer</translation>
    </message>
</context>
<context>
    <name>ListReader</name>
    <message>
        <source>No shop is open.</source>
        <translation>Ingen butik er åben.</translation>
    </message>
</context>
<context>
    <name>MerchandisingService</name>
    <message>
        <source>unknown SKU &apos;%1&apos;</source>
        <translation>ukendt varenummer &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 cannot be related to itself</source>
        <translation>%1 kan ikke relateres til sig selv</translation>
    </message>
    <message>
        <source>%1 is not a related item of %2</source>
        <translation>%1 er ikke en relateret vare til %2</translation>
    </message>
    <message>
        <source>a highlight is at most %1 characters, not %2</source>
        <translation>en fremhævning er højst %1 tegn, ikke %2</translation>
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
    <message numerus="yes">
        <source>%n line(s) shipped by the web shop before the order was imported</source>
        <translation>
            <numerusform>%n linje sendt af webshoppen, før ordren blev importeret</numerusform>
            <numerusform>%n linjer sendt af webshoppen, før ordren blev importeret</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a card expiry month (YYYY-MM or MM/YY)</source>
        <translation>&apos;%1&apos; er ikke en udløbsmåned for et kort (ÅÅÅÅ-MM eller MM/ÅÅ)</translation>
    </message>
</context>
<context>
    <name>OrderSpool</name>
    <message>
        <source>Database error: %1</source>
        <translation>Databasefejl: %1</translation>
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
    <message>
        <source>While you wait, these are in stock and ship at once:</source>
        <translation>Mens du venter, har vi disse på lager, og de sendes med det samme:</translation>
    </message>
    <message>
        <source>not sent: nothing is left to tell the customer</source>
        <translation>ikke sendt: der er ikke længere noget at fortælle kunden</translation>
    </message>
    <message>
        <source>To thank you for your patience, here is %1 off your next order with us: use the code %2.</source>
        <translation>Som tak for din tålmodighed får du %1 rabat på din næste ordre hos os: brug koden %2.</translation>
    </message>
    <message>
        <source>Our supplier is late; you keep your place in the queue.</source>
        <translation>Vores leverandør er forsinket; du beholder din plads i køen.</translation>
    </message>
    <message>
        <source>the e-mail schedule read %1 orders, more than the %2 due when it began: an order came back after it was settled</source>
        <translation>e-mail-planen læste %1 ordrer, flere end de %2, der var til gennemsyn, da den begyndte: en ordre kom tilbage, efter at den var afsluttet</translation>
    </message>
    <message>
        <source>message %1: its order is gone</source>
        <translation>besked %1: dens ordre findes ikke længere</translation>
    </message>
    <message>
        <source>message %1 would be cancelled again (%2), so it is left as it is</source>
        <translation>besked %1 ville blive annulleret igen (%2), så den bliver, som den er</translation>
    </message>
</context>
<context>
    <name>PasswordStore</name>
    <message>
        <source>not set</source>
        <translation>ikke angivet</translation>
    </message>
    <message>
        <source>from the environment variable %1</source>
        <translation>fra miljøvariablen %1</translation>
    </message>
    <message>
        <source>kept for this session only</source>
        <translation>gemt kun i denne session</translation>
    </message>
    <message>
        <source>in the system keychain</source>
        <translation>i systemets nøglering</translation>
    </message>
    <message>
        <source>in a file readable only by you (unencrypted)</source>
        <translation>i en fil, som kun du kan læse (ukrypteret)</translation>
    </message>
    <message>
        <source>no system keychain is available</source>
        <translation>der er ingen systemnøglering</translation>
    </message>
    <message>
        <source>the system keychain did not answer</source>
        <translation>systemets nøglering svarede ikke</translation>
    </message>
    <message>
        <source>the system keychain refused the password: %1</source>
        <translation>systemets nøglering afviste adgangskoden: %1</translation>
    </message>
    <message>
        <source>this build has no system keychain support</source>
        <translation>denne version understøtter ikke systemets nøglering</translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>kan ikke oprette mappen til %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>cannot make %1 readable only by you</source>
        <translation>kan ikke gøre %1 læsbar kun for dig</translation>
    </message>
    <message>
        <source>cannot delete %1</source>
        <translation>kan ikke slette %1</translation>
    </message>
</context>
<context>
    <name>PurchasingService</name>
    <message>
        <source>&apos;received&apos; is recorded by receiving the stock; a stage is one of %1</source>
        <translation>&apos;received&apos; registreres ved at modtage varerne; et trin er et af %1</translation>
    </message>
    <message>
        <source>unknown stage &apos;%1&apos;; it is one of %2</source>
        <translation>ukendt trin &apos;%1&apos;; det er et af %2</translation>
    </message>
    <message>
        <source>no purchase order &apos;%1&apos;</source>
        <translation>ingen indkøbsordre &apos;%1&apos;</translation>
    </message>
    <message>
        <source>purchase order %1 is received in full; it has no stage left to record</source>
        <translation>indkøbsordre %1 er modtaget fuldt ud; der er ikke flere trin at registrere</translation>
    </message>
    <message>
        <source>%1: %2 on %3</source>
        <translation>%1: %2 den %3</translation>
    </message>
    <message>
        <source>, expected %1</source>
        <translation>, forventet %1</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Folder</source>
        <translation>Mappe</translation>
    </message>
</context>
<context>
    <name>QueueService</name>
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
        <source>card has expired</source>
        <translation>kortet er udløbet</translation>
    </message>
    <message>
        <source>authorization has lapsed</source>
        <translation>reservationen er udløbet</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>as of %1</source>
        <translation>pr. %1</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (fortsat)</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Oprettet %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>No data for this period</source>
        <translation>Ingen data for denne periode</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>Backorders</source>
        <translation>Restordrer</translation>
    </message>
    <message>
        <source>Per item: waiting units and customers, oldest wait, expected date, incoming, shortfall</source>
        <translation>Pr. vare: ventende enheder og kunder, ældste ventetid, forventet dato, på vej, underskud</translation>
    </message>
    <message>
        <source>Backorder aging</source>
        <translation>Restordrernes alder</translation>
    </message>
    <message>
        <source>Waiting lines by days waited (0-7, 8-14, 15-30, 31-60, over 60), per item and overall</source>
        <translation>Ventende linjer efter antal dage ventet (0-7, 8-14, 15-30, 31-60, over 60), pr. vare og i alt</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Kø</translation>
    </message>
    <message>
        <source>The waiting customers of one SKU in queue order</source>
        <translation>De ventende kunder til ét varenummer i kørækkefølge</translation>
    </message>
    <message>
        <source>Cross-dock list</source>
        <translation>Cross-dock-liste</translation>
    </message>
    <message>
        <source>For a receipt: what goes straight to shipping for which order, and what is put away</source>
        <translation>For en varemodtagelse: hvad der går direkte til forsendelse til hvilken ordre, og hvad der sættes på lager</translation>
    </message>
    <message>
        <source>Packing slips</source>
        <translation>Pakkesedler</translation>
    </message>
    <message>
        <source>A packing slip per order ready to ship (or for one order): shipped now, before, still to come</source>
        <translation>En pakkeseddel pr. ordre, der er klar til afsendelse (eller for én ordre): sendt nu, før, mangler stadig</translation>
    </message>
    <message>
        <source>Cancellations of backorders</source>
        <translation>Annullerede restordrer</translation>
    </message>
    <message>
        <source>Cancelled backordered units by time waited and by reason, for orders placed in a period</source>
        <translation>Annullerede enheder i restordre efter ventetid og årsag, for ordrer afgivet i en periode</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Efterspørgsel</translation>
    </message>
    <message>
        <source>Backordered and waiting units by attribute value and top SKUs, for orders placed in a period</source>
        <translation>Enheder i restordre og ventende enheder efter egenskabsværdi og topvarenumre, for ordrer afgivet i en periode</translation>
    </message>
    <message>
        <source>Payment risk</source>
        <translation>Betalingsrisiko</translation>
    </message>
    <message>
        <source>Orders whose card or authorization lapses before the promised date, and orders to capture</source>
        <translation>Ordrer, hvis kort eller reservation udløber før den lovede dato, og ordrer, hvor betalingen skal trækkes</translation>
    </message>
    <message>
        <source>Backorder rate and fill time</source>
        <translation>Restordrerate og leveringstid</translation>
    </message>
    <message>
        <source>Per week or month: units that had to wait / units ordered, median days to ship after waiting</source>
        <translation>Pr. uge eller måned: enheder, der måtte vente / bestilte enheder, median antal dage til afsendelse efter ventetid</translation>
    </message>
    <message>
        <source>the period ends (%1) before it starts (%2)</source>
        <translation>perioden slutter (%1), før den begynder (%2)</translation>
    </message>
    <message>
        <source>Reading the shop</source>
        <translation>Læser butikken</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulleret</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Færdig</translation>
    </message>
    <message>
        <source>unknown SKU &apos;%1&apos;</source>
        <translation>ukendt varenummer &apos;%1&apos;</translation>
    </message>
    <message>
        <source>SKU %1</source>
        <translation>Varenr. %1</translation>
    </message>
    <message>
        <source>Adding up</source>
        <translation>Lægger sammen</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Varenr.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Vare</translation>
    </message>
    <message>
        <source>Waiting units</source>
        <translation>Ventende enheder</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <source>Oldest order</source>
        <translation>Ældste ordre</translation>
    </message>
    <message>
        <source>Days waited</source>
        <translation>Dage ventet</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Forventet</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>På vej</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>Underskud</translation>
    </message>
    <message>
        <source>Nobody is waiting for anything.</source>
        <translation>Ingen venter på noget.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 vare</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 varer</translation>
    </message>
    <message>
        <source>Items waited for</source>
        <translation>Varer, der ventes på</translation>
    </message>
    <message>
        <source>Waiting customers</source>
        <translation>Ventende kunder</translation>
    </message>
    <message>
        <source>Value of waiting units</source>
        <translation>Værdi af ventende enheder</translation>
    </message>
    <message>
        <source>Shortfall (not on order)</source>
        <translation>Underskud (ikke bestilt)</translation>
    </message>
    <message>
        <source>Sorting into buckets</source>
        <translation>Sorterer i grupper</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Alle varer</translation>
    </message>
    <message>
        <source>Waiting lines</source>
        <translation>Ventende linjer</translation>
    </message>
    <message>
        <source>Share of lines</source>
        <translation>Andel af linjer</translation>
    </message>
    <message>
        <source>Waiting lines by days waited</source>
        <translation>Ventende linjer efter dage ventet</translation>
    </message>
    <message>
        <source>Per item</source>
        <translation>Pr. vare</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linjer</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Enheder</translation>
    </message>
    <message>
        <source>Lines waiting over 30 days</source>
        <translation>Linjer, der har ventet over 30 dage</translation>
    </message>
    <message>
        <source>the queue report is for one SKU</source>
        <translation>kørapporten er for ét varenummer</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Forrest</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Afgivet</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Lovet</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>Nobody is waiting for %1.</source>
        <translation>Ingen venter på %1.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Reading the queue</source>
        <translation>Læser køen</translation>
    </message>
    <message>
        <source>1 line</source>
        <translation>1 linje</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 linjer</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>På lager</translation>
    </message>
    <message>
        <source>Next delivery expected</source>
        <translation>Næste levering forventes</translation>
    </message>
    <message>
        <source>the cross-dock list is for one receipt reference</source>
        <translation>cross-dock-listen er for én modtagelsesreference</translation>
    </message>
    <message>
        <source>unknown receipt reference &apos;%1&apos;</source>
        <translation>ukendt modtagelsesreference &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Receipt %1, received %2</source>
        <translation>Modtagelse %1, modtaget %2</translation>
    </message>
    <message>
        <source>Straight to shipping</source>
        <translation>Direkte til forsendelse</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Send til</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Nothing of this receipt went to a waiting order.</source>
        <translation>Intet fra denne modtagelse gik til en ventende ordre.</translation>
    </message>
    <message>
        <source>1 order</source>
        <translation>1 ordre</translation>
    </message>
    <message>
        <source>%1 orders</source>
        <translation>%1 ordrer</translation>
    </message>
    <message>
        <source>Put away</source>
        <translation>Sat på lager</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Modtaget</translation>
    </message>
    <message>
        <source>To shipping</source>
        <translation>Til forsendelse</translation>
    </message>
    <message>
        <source>Units received</source>
        <translation>Modtagne enheder</translation>
    </message>
    <message>
        <source>Orders served</source>
        <translation>Ekspederede ordrer</translation>
    </message>
    <message>
        <source>unknown order &apos;%1&apos;</source>
        <translation>ukendt ordre &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Making the slips</source>
        <translation>Laver pakkesedler</translation>
    </message>
    <message>
        <source>Orders with units ready to ship</source>
        <translation>Ordrer med enheder klar til afsendelse</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Ordre %1</translation>
    </message>
    <message>
        <source>order %1 has nothing to ship and has not been shipped</source>
        <translation>ordre %1 har intet at sende og er ikke blevet sendt</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Bestilt</translation>
    </message>
    <message>
        <source>Shipped before</source>
        <translation>Sendt før</translation>
    </message>
    <message>
        <source>In this parcel</source>
        <translation>I denne pakke</translation>
    </message>
    <message>
        <source>Still to come</source>
        <translation>Mangler stadig</translation>
    </message>
    <message>
        <source>Packing slip — order %1</source>
        <translation>Pakkeseddel — ordre %1</translation>
    </message>
    <message>
        <source>Ship to: %1</source>
        <translation>Send til: %1</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>Kunde: %1</translation>
    </message>
    <message>
        <source>Ordered: %1</source>
        <translation>Bestilt: %1</translation>
    </message>
    <message>
        <source>Shipped: %1</source>
        <translation>Sendt: %1</translation>
    </message>
    <message>
        <source>, tracking %1</source>
        <translation>, sporingsnummer %1</translation>
    </message>
    <message>
        <source>Held until complete: do not ship yet, %1 still to come.</source>
        <translation>Holdes tilbage, til den er komplet: send ikke endnu, der mangler stadig %1.</translation>
    </message>
    <message>
        <source>1 unit</source>
        <translation>1 enhed</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 enheder</translation>
    </message>
    <message>
        <source>This is a partial shipment: the rest (%1) follows at no extra shipping cost.</source>
        <translation>Dette er en dellevering: resten (%1) følger uden ekstra fragt.</translation>
    </message>
    <message>
        <source>This parcel completes your order. Thank you!</source>
        <translation>Denne pakke gør din ordre komplet. Tak!</translation>
    </message>
    <message>
        <source>No order has units ready to ship.</source>
        <translation>Ingen ordre har enheder klar til afsendelse.</translation>
    </message>
    <message>
        <source>Units to pack</source>
        <translation>Enheder at pakke</translation>
    </message>
    <message>
        <source>Orders placed in the period whose lines had to wait</source>
        <translation>Ordrer afgivet i perioden, hvis linjer måtte vente</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>ingen årsag angivet</translation>
    </message>
    <message>
        <source>Share of cancelled</source>
        <translation>Andel annulleret</translation>
    </message>
    <message>
        <source>Of backordered units</source>
        <translation>Af enheder i restordre</translation>
    </message>
    <message>
        <source>By time waited before cancelling</source>
        <translation>Efter ventetid før annullering</translation>
    </message>
    <message>
        <source>Time waited</source>
        <translation>Ventetid</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <source>By reason</source>
        <translation>Efter årsag</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsag</translation>
    </message>
    <message>
        <source>No backordered line was cancelled.</source>
        <translation>Ingen linje i restordre blev annulleret.</translation>
    </message>
    <message>
        <source>Backordered units</source>
        <translation>Enheder i restordre</translation>
    </message>
    <message>
        <source>Cancelled backordered units</source>
        <translation>Annullerede enheder i restordre</translation>
    </message>
    <message>
        <source>Cancellation rate</source>
        <translation>Annulleringsrate</translation>
    </message>
    <message>
        <source>Cancelled lines</source>
        <translation>Annullerede linjer</translation>
    </message>
    <message>
        <source>Orders placed in the period</source>
        <translation>Ordrer afgivet i perioden</translation>
    </message>
    <message>
        <source>By attribute</source>
        <translation>Efter egenskab</translation>
    </message>
    <message>
        <source>By attribute value</source>
        <translation>Efter egenskabsværdi</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Egenskab</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Varer</translation>
    </message>
    <message>
        <source>Ordered units</source>
        <translation>Bestilte enheder</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>Venter nu</translation>
    </message>
    <message>
        <source>Backorder rate</source>
        <translation>Restordrerate</translation>
    </message>
    <message>
        <source>No item ordered in the period has attributes.</source>
        <translation>Ingen vare bestilt i perioden har egenskaber.</translation>
    </message>
    <message>
        <source>Top %1 SKUs by backordered units</source>
        <translation>Top %1 varenumre efter enheder i restordre</translation>
    </message>
    <message>
        <source>Nothing ordered in the period had to wait.</source>
        <translation>Intet bestilt i perioden måtte vente.</translation>
    </message>
    <message>
        <source>Still waiting</source>
        <translation>Venter stadig</translation>
    </message>
    <message>
        <source>Lapses</source>
        <translation>Udløber</translation>
    </message>
    <message>
        <source>Card or authorization lapses before the promised date</source>
        <translation>Kort eller reservation udløber før den lovede dato</translation>
    </message>
    <message>
        <source>No waiting order&apos;s payment lapses before its promised date.</source>
        <translation>Ingen ventende ordres betaling udløber før den lovede dato.</translation>
    </message>
    <message>
        <source>Allocated: capture the payment before shipping</source>
        <translation>Tildelt: træk betalingen før afsendelse</translation>
    </message>
    <message>
        <source>Every order with allocated units is paid.</source>
        <translation>Alle ordrer med tildelte enheder er betalt.</translation>
    </message>
    <message>
        <source>Payments that lapse first</source>
        <translation>Betalinger, der udløber først</translation>
    </message>
    <message>
        <source>Orders to capture</source>
        <translation>Ordrer, hvor betalingen skal trækkes</translation>
    </message>
    <message>
        <source>Per week (Monday to Sunday), by the day an order was placed</source>
        <translation>Pr. uge (mandag til søndag), efter den dag ordren blev afgivet</translation>
    </message>
    <message>
        <source>Per month, by the day an order was placed</source>
        <translation>Pr. måned, efter den dag ordren blev afgivet</translation>
    </message>
    <message>
        <source>Fill times</source>
        <translation>Leveringstider</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Uge fra</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Ordrelinjer</translation>
    </message>
    <message>
        <source>Units ordered</source>
        <translation>Bestilte enheder</translation>
    </message>
    <message>
        <source>Units that waited</source>
        <translation>Enheder, der ventede</translation>
    </message>
    <message>
        <source>Lines shipped after waiting</source>
        <translation>Linjer sendt efter ventetid</translation>
    </message>
    <message>
        <source>Median days to ship</source>
        <translation>Median dage til afsendelse</translation>
    </message>
    <message>
        <source>Backorder rate (units that had to wait / units ordered)</source>
        <translation>Restordrerate (enheder, der måtte vente / bestilte enheder)</translation>
    </message>
    <message>
        <source>Median days from order to shipment, lines that waited</source>
        <translation>Median dage fra ordre til afsendelse, linjer der ventede</translation>
    </message>
    <message>
        <source>Units that had to wait</source>
        <translation>Enheder, der måtte vente</translation>
    </message>
    <message>
        <source>Median days to ship after waiting</source>
        <translation>Median dage til afsendelse efter ventetid</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Coming with</source>
        <translation>Kommer med</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Trin</translation>
    </message>
    <message>
        <source>1 partial fill: a number under Still to come means the order line waits for more; pack it as a partial shipment.</source>
        <translation>1 delvis levering: et tal under Mangler stadig betyder, at ordrelinjen venter på flere; pak den som en dellevering.</translation>
    </message>
    <message>
        <source>%1 partial fills: a number under Still to come means the order line waits for more; pack them as partial shipments.</source>
        <translation>%1 delvise leveringer: et tal under Mangler stadig betyder, at ordrelinjen venter på flere; pak dem som delleveringer.</translation>
    </message>
    <message>
        <source>Receipt %1, preview of %2: not received yet</source>
        <translation>Modtagelse %1, forhåndsvisning af %2: ikke modtaget endnu</translation>
    </message>
</context>
<context>
    <name>ServerPassword</name>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Husk adgangskoden i systemets nøglering</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Forbinder til %1…</translation>
    </message>
</context>
<context>
    <name>ShippingService</name>
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
        <source>order %1 has no line %2 to ship</source>
        <translation>ordre %1 har ingen linje %2 at afsende</translation>
    </message>
    <message>
        <source>order %1: %2 has nothing allocated to ship</source>
        <translation>ordre %1: %2 har intet tildelt at afsende</translation>
    </message>
    <message>
        <source>order %1: %2 can ship 0 to %3 units, not %4</source>
        <translation>ordre %1: af %2 kan 0 til %3 enheder afsendes, ikke %4</translation>
    </message>
    <message>
        <source>order %1: no units chosen to ship</source>
        <translation>ordre %1: ingen enheder valgt til afsendelse</translation>
    </message>
    <message>
        <source>order %1: %2 is released on %3 and cannot ship before</source>
        <translation>ordre %1: %2 udkommer %3 og kan ikke sendes før</translation>
    </message>
</context>
<context>
    <name>ShopCheck</name>
    <message>
        <source>Upgrading %1 for this version of Backorder Desk. A copy of the file as it was is kept next to it.</source>
        <translation>Opgraderer %1 til denne version af Backorder Desk. En kopi af filen, som den var, gemmes ved siden af.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Kontrollerer %1…</translation>
    </message>
    <message>
        <source>Opening the shop</source>
        <translation>Åbner butikken</translation>
    </message>
</context>
<context>
    <name>ShopFormat</name>
    <message>
        <source>customers file</source>
        <translation>kundefil</translation>
    </message>
    <message>
        <source>orders file</source>
        <translation>ordrefil</translation>
    </message>
    <message>
        <source>Shopify order export</source>
        <translation>Shopify-ordreeksport</translation>
    </message>
    <message>
        <source>purchase orders file</source>
        <translation>indkøbsordrefil</translation>
    </message>
    <message>
        <source>receipts file</source>
        <translation>modtagelsesfil</translation>
    </message>
    <message>
        <source>this looks like a %1, which holds %2, not %3; import it as %2</source>
        <translation>det ligner en %1, som indeholder %2, ikke %3; importér den som %2</translation>
    </message>
    <message>
        <source>no known shape of %1 file: the nearest is the %2, which needs the column(s) %3; the file has %4</source>
        <translation>ingen kendt form for en %1-fil: den nærmeste er %2, som kræver kolonnen/kolonnerne %3; filen har %4</translation>
    </message>
    <message>
        <source>not a %1: it lacks the column(s) %2; the file has %3</source>
        <translation>ikke en %1: den mangler kolonnen/kolonnerne %2; filen har %3</translation>
    </message>
    <message>
        <source>not a %1 (it lacks the column(s) %2): the file looks like a %3</source>
        <translation>ikke en %1 (den mangler kolonnen/kolonnerne %2): filen ligner en %3</translation>
    </message>
    <message>
        <source>WooCommerce product export</source>
        <translation>WooCommerce-produkteksport</translation>
    </message>
    <message>
        <source>Shopify product export</source>
        <translation>Shopify-produkteksport</translation>
    </message>
    <message>
        <source>Shopify product export (2025 layout)</source>
        <translation>Shopify-produkteksport (2025-layout)</translation>
    </message>
    <message>
        <source>stock count file</source>
        <translation>optællingsfil</translation>
    </message>
    <message>
        <source>Shopify inventory export</source>
        <translation>Shopify-lagereksport</translation>
    </message>
    <message>
        <source>WooCommerce order export (one row per order)</source>
        <translation>WooCommerce-ordreeksport (én række pr. ordre)</translation>
    </message>
    <message>
        <source>Shopify customer export</source>
        <translation>Shopify-kundeeksport</translation>
    </message>
    <message>
        <source>WooCommerce order export (one row per item)</source>
        <translation>WooCommerce-ordreeksport (én række pr. vare)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> eller </translation>
    </message>
    <message>
        <source>purchase order stages file</source>
        <translation>fil med indkøbsordrers trin</translation>
    </message>
</context>
<context>
    <name>SmtpPassword</name>
    <message>
        <source>Remember in a file readable only by me (stored unencrypted in %1, permissions 0600)</source>
        <translation>Husk i en fil, som kun jeg kan læse (gemt ukrypteret i %1, rettigheder 0600)</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>SMTP-adgangskode</translation>
    </message>
    <message>
        <source>Password of %1 on the mail server %2:</source>
        <translation>Adgangskode for %1 på mailserveren %2:</translation>
    </message>
    <message>
        <source>The password could not be stored: %1
It is kept for this session only.</source>
        <translation>Adgangskoden kunne ikke gemmes: %1
Den gemmes kun i denne session.</translation>
    </message>
    <message>
        <source>no shop is open</source>
        <translation>ingen butik er åben</translation>
    </message>
    <message>
        <source>no password was given for %1</source>
        <translation>der blev ikke angivet nogen adgangskode for %1</translation>
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
    <message>
        <source>no computer of that name is known</source>
        <translation>ingen computer med det navn kendes</translation>
    </message>
    <message>
        <source>nothing answers on that port</source>
        <translation>intet svarer på den port</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>intet svar i tide</translation>
    </message>
    <message>
        <source>its certificate is not trusted for that name (check the host name and the CA file)</source>
        <translation>dens certifikat er ikke godkendt til det navn (kontrollér værtsnavnet og CA-filen)</translation>
    </message>
    <message>
        <source>the CA file cannot be read</source>
        <translation>CA-filen kan ikke læses</translation>
    </message>
    <message>
        <source>the encrypted connection (TLS) could not be set up</source>
        <translation>den krypterede forbindelse (TLS) kunne ikke oprettes</translation>
    </message>
    <message>
        <source>the server does not offer an encrypted connection (STARTTLS)</source>
        <translation>serveren tilbyder ikke en krypteret forbindelse (STARTTLS)</translation>
    </message>
    <message>
        <source>login refused</source>
        <translation>login afvist</translation>
    </message>
</context>
<context>
    <name>StatementCache</name>
    <message>
        <source>Database error: %1</source>
        <translation>Databasefejl: %1</translation>
    </message>
    <message>
        <source>the statement could not be prepared</source>
        <translation>SQL-sætningen kunne ikke forberedes</translation>
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
    <message>
        <source>%1: its stock is not tracked; switch tracking on with a count of what is on hand first</source>
        <translation>%1: dens lager tælles ikke; slå optælling til med en optælling af, hvad der er på lager, først</translation>
    </message>
    <message>
        <source>order %1: no units chosen to return</source>
        <translation>ordre %1: ingen enheder valgt til retur</translation>
    </message>
</context>
<context>
    <name>SupplyStage</name>
    <message>
        <source>ordered</source>
        <translation>bestilt</translation>
    </message>
    <message>
        <source>in production</source>
        <translation>i produktion</translation>
    </message>
    <message>
        <source>shipped by supplier</source>
        <translation>afsendt fra leverandøren</translation>
    </message>
    <message>
        <source>in transit</source>
        <translation>undervejs</translation>
    </message>
    <message>
        <source>at customs</source>
        <translation>i tolden</translation>
    </message>
    <message>
        <source>at the warehouse</source>
        <translation>på lageret</translation>
    </message>
    <message>
        <source>received</source>
        <translation>modtaget</translation>
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
</context>
<context>
    <name>Text</name>
    <message>
        <source>contains a control character (%1)</source>
        <translation>indeholder et kontroltegn (%1)</translation>
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
    <name>bd::domain::ItemStatus</name>
    <message>
        <source>In stock</source>
        <translation>På lager</translation>
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
        <source>Sold out</source>
        <translation>Udsolgt</translation>
    </message>
    <message>
        <source>Not tracked</source>
        <translation>Tælles ikke</translation>
    </message>
</context>
<context>
    <name>bd::services::LineSource</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
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
    <message>
        <source>Restoring the shop from %1…</source>
        <translation>Gendanner butikken fra %1…</translation>
    </message>
</context>
<context>
    <name>bd::ui::CancelDialog</name>
    <message>
        <source>Cancel order %1</source>
        <translation>Annullér ordre %1</translation>
    </message>
    <message>
        <source>Cancel %1 of order %2</source>
        <translation>Annullér %1 af ordre %2</translation>
    </message>
    <message>
        <source>Every open unit of order %1 is cancelled; released stock goes to the next in line.</source>
        <translation>Alle åbne enheder i ordre %1 annulleres; frigivet lager går til den næste i køen.</translation>
    </message>
    <message>
        <source>The open units of %1 in order %2 are cancelled; released stock goes to the next in line.</source>
        <translation>De åbne enheder af %1 i ordre %2 annulleres; frigivet lager går til den næste i køen.</translation>
    </message>
    <message>
        <source>e.g. supplier discontinued it</source>
        <translation>f.eks. leverandøren er holdt op med at lave den</translation>
    </message>
    <message>
        <source>Kept in the order&apos;s history and the cancellations report; never sent</source>
        <translation>Gemmes i ordrens historik og i annulleringsrapporten; sendes aldrig</translation>
    </message>
    <message>
        <source>Optional: a few words to the customer</source>
        <translation>Valgfrit: et par ord til kunden</translation>
    </message>
    <message>
        <source>&amp;Reason (for your records, never sent):</source>
        <translation>Å&amp;rsag (til dine egne noter, sendes aldrig):</translation>
    </message>
    <message>
        <source>&amp;Message to the customer:</source>
        <translation>&amp;Besked til kunden:</translation>
    </message>
    <message>
        <source>The customer will read:</source>
        <translation>Kunden vil læse:</translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation>Annullér ordren</translation>
    </message>
    <message>
        <source>Cancel the line</source>
        <translation>Annullér linjen</translation>
    </message>
    <message>
        <source>Keep the order</source>
        <translation>Behold ordren</translation>
    </message>
    <message>
        <source>Keep the line</source>
        <translation>Behold linjen</translation>
    </message>
    <message>
        <source>No e-mail is sent: cancellation e-mails are switched off in Settings, or the order has no customer to write to.</source>
        <translation>Der sendes ingen e-mail: annulleringsmails er slået fra i Indstillinger, eller ordren har ingen kunde at skrive til.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Emne: %1</translation>
    </message>
    <message>
        <source>Order %1 not cancelled</source>
        <translation>Ordre %1 blev ikke annulleret</translation>
    </message>
    <message>
        <source>Line not cancelled</source>
        <translation>Linjen blev ikke annulleret</translation>
    </message>
    <message>
        <source>Order %1 cancelled</source>
        <translation>Ordre %1 annulleret</translation>
    </message>
    <message>
        <source>Order %1: %2 cancelled; released units went to the next in line</source>
        <translation>Ordre %1: %2 annulleret; frigivne enheder gik til den næste i køen</translation>
    </message>
</context>
<context>
    <name>bd::ui::ColumnMappingDialog</name>
    <message>
        <source>Map columns of %1</source>
        <translation>Tilknyt kolonner i %1</translation>
    </message>
    <message>
        <source>%1 is not a %2 as it is. Choose which of its columns holds each of these; the ones marked * are needed.</source>
        <translation>%1 er ikke en %2, som den er. Vælg hvilken af dens kolonner der indeholder hver af disse; dem markeret med * er påkrævet.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Read the file this way</source>
        <translation>Læs filen sådan</translation>
    </message>
</context>
<context>
    <name>bd::ui::ConnectServerDialog</name>
    <message>
        <source>Connect to Shared Shop</source>
        <translation>Forbind til delt butik</translation>
    </message>
    <message>
        <source>A shop on a PostgreSQL server can be worked from several computers at once. An empty database becomes a new shop.</source>
        <translation>En butik på en PostgreSQL-server kan bruges fra flere computere på én gang. En tom database bliver en ny butik.</translation>
    </message>
    <message>
        <source>from ~/.pgpass when empty</source>
        <translation>fra ~/.pgpass, når det er tomt</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Bruger:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Adgangs&amp;kode:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Forbind</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Test forbindelsen</translation>
    </message>
    <message>
        <source>Enter the server and the database.</source>
        <translation>Angiv serveren og databasen.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Forbinder til %1…</translation>
    </message>
    <message>
        <source>Connected: the shop is ready.</source>
        <translation>Forbundet: butikken er klar.</translation>
    </message>
    <message>
        <source>The password could not be remembered: %1</source>
        <translation>Adgangskoden kunne ikke huskes: %1</translation>
    </message>
</context>
<context>
    <name>bd::ui::CustomersModel</name>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Ordrer</translation>
    </message>
    <message>
        <source>Waiting lines</source>
        <translation>Ventende linjer</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>Seneste ordre</translation>
    </message>
    <message>
        <source>Order lines of this customer with units still waiting for stock</source>
        <translation>Kundens ordrelinjer med enheder, der stadig venter på varer</translation>
    </message>
</context>
<context>
    <name>bd::ui::CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Search e-mail, name or phone</source>
        <translation>Søg i e-mail, navn eller telefon</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Søg efter kunder</translation>
    </message>
    <message>
        <source>Only customers waiting</source>
        <translation>Kun ventende kunder</translation>
    </message>
    <message>
        <source>Select a customer to see their orders, waiting lines and e-mails.</source>
        <translation>Vælg en kunde for at se kundens ordrer, ventende linjer og e-mails.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Afgivet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Units waiting</source>
        <translation>Ventende enheder</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Lovet</translation>
    </message>
    <message>
        <source>Double-click an order to open it</source>
        <translation>Dobbeltklik på en ordre for at åbne den</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Varenr.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Vare</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <source>Place in queue</source>
        <translation>Plads i køen</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Sat i kø</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Ordrer</translation>
    </message>
    <message>
        <source>Waiting lines</source>
        <translation>Ventende linjer</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln ordre</numerusform>
            <numerusform>%Ln ordrer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) waiting</source>
        <translation>
            <numerusform>%Ln linje venter</numerusform>
            <numerusform>%Ln linjer venter</numerusform>
        </translation>
    </message>
    <message>
        <source>not known</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>sendt %1</translation>
    </message>
</context>
<context>
    <name>bd::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <source>Units waiting</source>
        <translation>Ventende enheder</translation>
    </message>
    <message>
        <source>Customers waiting</source>
        <translation>Ventende kunder</translation>
    </message>
    <message>
        <source>Oldest wait</source>
        <translation>Længste ventetid</translation>
    </message>
    <message>
        <source>Backorder rate, 30 days</source>
        <translation>Restordrerate, 30 dage</translation>
    </message>
    <message>
        <source>Orders ready to ship</source>
        <translation>Ordrer klar til afsendelse</translation>
    </message>
    <message>
        <source>Payments to capture</source>
        <translation>Betalinger, der skal trækkes</translation>
    </message>
    <message>
        <source>Payments at risk</source>
        <translation>Betalinger i fare</translation>
    </message>
    <message>
        <source>Failed e-mails</source>
        <translation>Mislykkede e-mails</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Opdaterer…</translation>
    </message>
    <message>
        <source>Units waiting, last %1 days</source>
        <translation>Ventende enheder, seneste %1 dage</translation>
    </message>
    <message>
        <source>Waiting lines by days waited</source>
        <translation>Ventende linjer efter dage ventet</translation>
    </message>
    <message>
        <source>Updating the dashboard</source>
        <translation>Opdaterer overblikket</translation>
    </message>
    <message>
        <source>The figures could not be worked out: %1</source>
        <translation>Tallene kunne ikke beregnes: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>nobody waits</source>
        <translation>ingen venter</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dage</translation>
    </message>
    <message>
        <source>%1 of %2 units waited</source>
        <translation>%1 af %2 enheder ventede</translation>
    </message>
    <message>
        <source>Waiting lines</source>
        <translation>Ventende linjer</translation>
    </message>
    <message>
        <source>&gt;%1</source>
        <translation>&gt;%1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Days waited</source>
        <translation>Dage ventet</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your shop has no items yet&lt;/h3&gt;&lt;p&gt;Start with your products: import the CSV export of your web shop (WooCommerce, Shopify or Backorder Desk&apos;s own format), or add one item by hand to try things out. Customers, orders and purchase orders come in the same way, with &lt;b&gt;File › Import CSV…&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Din butik har ingen varer endnu&lt;/h3&gt;&lt;p&gt;Start med dine varer: importér CSV-eksporten fra din webshop (WooCommerce, Shopify eller Backorder Desks eget format), eller opret en enkelt vare i hånden for at prøve programmet. Kunder, ordrer og indkøbsordrer hentes ind på samme måde med &lt;b&gt;Filer › Importér CSV…&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Import Products…</source>
        <translation>&amp;Importér varer…</translation>
    </message>
    <message>
        <source>&amp;Add One Item…</source>
        <translation>&amp;Opret en vare…</translation>
    </message>
</context>
<context>
    <name>bd::ui::EmailTemplatesEditor</name>
    <message>
        <source>Tick the e-mails the shop sends; untick to switch one off</source>
        <translation>Markér de e-mails, butikken sender; fjern markeringen for at slå en fra</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Emne:</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Ren tekst</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <source>Restore &amp;default</source>
        <translation>Gendan &amp;standard</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Fortryd ændringer</translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation>&amp;Gem skabelon</translation>
    </message>
    <message>
        <source>E-mail templates</source>
        <translation>E-mail-skabeloner</translation>
    </message>
    <message>
        <source>Discard the changes to the %1 template?</source>
        <translation>Kassér ændringerne i skabelonen %1?</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Pladsholdere: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Ikke gemt: %1</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>Skabelonen blev ikke gemt</translation>
    </message>
    <message>
        <source>Template %1 saved</source>
        <translation>Skabelonen %1 er gemt</translation>
    </message>
    <message>
        <source>%1 e-mails switched on</source>
        <translation>%1-e-mails slået til</translation>
    </message>
    <message>
        <source>%1 e-mails switched off</source>
        <translation>%1-e-mails slået fra</translation>
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
    <name>bd::ui::FrozenColumnsTableView</name>
    <message>
        <source>Move “%1” left</source>
        <translation>Flyt „%1“ til venstre</translation>
    </message>
    <message>
        <source>Move “%1” right</source>
        <translation>Flyt „%1“ til højre</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Nulstil kolonner</translation>
    </message>
</context>
<context>
    <name>bd::ui::HistoryModel</name>
    <message>
        <source>Opening stock</source>
        <translation>Startbeholdning</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Modtaget</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Afsendt</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returneret</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Reguleret</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
</context>
<context>
    <name>bd::ui::ImportFlow</name>
    <message>
        <source>Customers (email, name, phone)</source>
        <translation>Kunder (email, name, phone)</translation>
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
        <source>Checking %1</source>
        <translation>Kontrollerer %1</translation>
    </message>
    <message>
        <source>%1 was not imported and nothing changed. Fix these problems and try again:

%2</source>
        <translation>%1 blev ikke importeret, og intet blev ændret. Ret disse problemer, og prøv igen:

%2</translation>
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
    <message>
        <source>Items (our items file, or a WooCommerce or Shopify product export)</source>
        <translation>Varer (vores varefil eller en WooCommerce- eller Shopify-produkteksport)</translation>
    </message>
    <message>
        <source>%1 is no file this program knows by its columns. What does it contain?</source>
        <translation>%1 er ikke en fil, programmet kender på dens kolonner. Hvad indeholder den?</translation>
    </message>
    <message>
        <source>Orders (our orders file, or a Shopify or WooCommerce order export)</source>
        <translation>Ordrer (vores ordrefil eller en Shopify- eller WooCommerce-ordreeksport)</translation>
    </message>
    <message>
        <source>Stock counts (sku, on_hand, or a Shopify inventory export)</source>
        <translation>Lageroptællinger (sku, on_hand, eller en Shopify-lagereksport)</translation>
    </message>
    <message numerus="yes">
        <source>… and at least %n more: the file was checked up to its first %1 problems.</source>
        <translation>
            <numerusform>… og mindst %n mere: filen blev kontrolleret op til sine første %1 problemer.</numerusform>
            <numerusform>… og mindst %n flere: filen blev kontrolleret op til sine første %1 problemer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Purchase order stages (po_number, stage, date, a forwarder&apos;s status file)</source>
        <translation>Indkøbsordrers trin (po_number, stage, date, en speditørs statusfil)</translation>
    </message>
</context>
<context>
    <name>bd::ui::ImportPreviewDialog</name>
    <message>
        <source>Not tracked</source>
        <translation>Tælles ikke</translation>
    </message>
    <message>
        <source>Sold out at 0</source>
        <translation>Udsolgt ved 0</translation>
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
        <source>Import %1</source>
        <translation>Importér %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read; nothing is kept until you import.</source>
        <translation>
            <numerusform>%n række læst; intet gemmes, før du importerer.</numerusform>
            <numerusform>%n rækker læst; intet gemmes, før du importerer.</numerusform>
        </translation>
    </message>
    <message>
        <source>SKU / key</source>
        <translation>Varenummer / nøgle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Sells</source>
        <translation>Sælges</translation>
    </message>
    <message>
        <source>Stock tracked</source>
        <translation>Lager tælles</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>På lager</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Advarsler:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importér</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linjer</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>On hand now</source>
        <translation>På lager nu</translation>
    </message>
    <message>
        <source>New on hand</source>
        <translation>Nyt lagerantal</translation>
    </message>
    <message>
        <source>%1 from “%2”</source>
        <translation>%1 fra “%2”</translation>
    </message>
    <message>
        <source>Columns read as: %1</source>
        <translation>Kolonner læst som: %1</translation>
    </message>
</context>
<context>
    <name>bd::ui::ItemDialog</name>
    <message>
        <source>Item %1</source>
        <translation>Vare %1</translation>
    </message>
    <message>
        <source>%1 on hand, %2 allocated, %3 waiting</source>
        <translation>%1 på lager, %2 tildelt, %3 venter</translation>
    </message>
    <message>
        <source>Stop: sold out when stock runs out. Backorder: keep selling, ship when stock arrives. Pre-order: not released yet.</source>
        <translation>Stop salg: udsolgt, når lageret slipper op. Restordre: sælges videre, sendes når varerne kommer. Forudbestilling: ikke udkommet endnu.</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Ingen grænse</translation>
    </message>
    <message>
        <source>The most units that may wait at once</source>
        <translation>Det største antal enheder, der må vente på én gang</translation>
    </message>
    <message>
        <source>When new stock is expected, set by hand; an open purchase order due earlier wins. The earliest date means none.</source>
        <translation>Hvornår nye varer forventes, angivet manuelt; en åben indkøbsordre med tidligere forfaldsdato vinder. Den tidligste dato betyder ingen.</translation>
    </message>
    <message>
        <source>&amp;Policy:</source>
        <translation>&amp;Salgsregel:</translation>
    </message>
    <message>
        <source>Backorder &amp;limit:</source>
        <translation>Restordre&amp;grænse:</translation>
    </message>
    <message>
        <source>&amp;Expected date:</source>
        <translation>&amp;Forventet dato:</translation>
    </message>
    <message>
        <source>Next purchase order:</source>
        <translation>Næste indkøbsordre:</translation>
    </message>
    <message>
        <source>Stock not tracked: never sold out, nobody waits</source>
        <translation>Lageret tælles ikke: aldrig udsolgt, ingen venter</translation>
    </message>
    <message>
        <source>Count this item&apos;s stock</source>
        <translation>Tæl denne vares lager</translation>
    </message>
    <message>
        <source>Off for what the shop does not count (services, downloads, print on demand): never sold out, orders never wait.</source>
        <translation>Fra for det, butikken ikke tæller (tjenester, downloads, print on demand): aldrig udsolgt, ordrer venter aldrig.</translation>
    </message>
    <message>
        <source>What is on hand now, counted, when the stock starts being tracked</source>
        <translation>Hvad der er på lager nu, optalt, når lageret begynder at blive talt</translation>
    </message>
    <message>
        <source>Stock:</source>
        <translation>Lager:</translation>
    </message>
    <message>
        <source>&amp;Counted on hand:</source>
        <translation>&amp;Optalt på lager:</translation>
    </message>
    <message>
        <source>Selling without stock</source>
        <translation>Salg uden lager</translation>
    </message>
    <message>
        <source>e.g. hand-thrown in Jutland, glazed twice</source>
        <translation>f.eks. drejet i hånden i Jylland, glaseret to gange</translation>
    </message>
    <message>
        <source>A line for customers about what makes this item worth the wait, shown in the follow-up e-mails</source>
        <translation>En linje til kunderne om, hvad der gør varen værd at vente på; vises i opfølgningsmails</translation>
    </message>
    <message>
        <source>Follow-up e-mails offer up to three of these that are in stock</source>
        <translation>Opfølgningsmails tilbyder op til tre af dem, der er på lager</translation>
    </message>
    <message>
        <source>SKU of a related item or accessory</source>
        <translation>Varenr. på vare eller tilbehør</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tilføj</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>F&amp;jern</translation>
    </message>
    <message>
        <source>&amp;Highlight:</source>
        <translation>Fre&amp;mhævning:</translation>
    </message>
    <message>
        <source>Related &amp;items:</source>
        <translation>Relaterede &amp;varer:</translation>
    </message>
    <message>
        <source>In the follow-up e-mails</source>
        <translation>I opfølgningsmails</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>bd::ui::ItemsDelegate</name>
    <message>
        <source>No limit</source>
        <translation>Ingen grænse</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
</context>
<context>
    <name>bd::ui::ItemsModel</name>
    <message>
        <source>Stop</source>
        <translation>Stop salg</translation>
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
    <message>
        <source>Next purchase order due %1; date set by hand: %2.</source>
        <translation>Næste indkøbsordre forventes %1; dato angivet manuelt: %2.</translation>
    </message>
    <message>
        <source>Next purchase order due %1.</source>
        <translation>Næste indkøbsordre forventes %1.</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Egenskaber</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Grænse</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Tildelt</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>På vej</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The most units that may wait at once; empty for no limit</source>
        <translation>Det største antal enheder, der må vente på én gang; tom for ingen grænse</translation>
    </message>
    <message>
        <source>Units reserved for orders, not shipped yet</source>
        <translation>Enheder reserveret til ordrer, endnu ikke sendt</translation>
    </message>
    <message>
        <source>Customers waiting for the item</source>
        <translation>Kunder, der venter på varen</translation>
    </message>
    <message>
        <source>Units still to come on open purchase orders</source>
        <translation>Enheder, der stadig mangler på åbne indkøbsordrer</translation>
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
    <message>
        <source>Policy</source>
        <translation>Salgsregel</translation>
    </message>
    <message>
        <source>All policies</source>
        <translation>Alle salgsregler</translation>
    </message>
    <message>
        <source>Move to &amp;Front…</source>
        <translation>Flyt &amp;forrest…</translation>
    </message>
    <message>
        <source>Serve this order first when stock arrives (asks for a reason)</source>
        <translation>Ekspedér denne ordre først, når varerne kommer (spørger om en årsag)</translation>
    </message>
    <message>
        <source>&amp;Cancel Line…</source>
        <translation>&amp;Annullér linje…</translation>
    </message>
    <message>
        <source>Cancel what this order still waits for of the item (asks for a reason); the units go to the next in line</source>
        <translation>Annullér det, ordren stadig venter på af varen (spørger om en årsag); enhederne går til den næste i køen</translation>
    </message>
    <message>
        <source>Waiting &amp;Queue</source>
        <translation>&amp;Ventekø</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historik</translation>
    </message>
    <message>
        <source>Select an item to see who waits for it.</source>
        <translation>Vælg en vare for at se, hvem der venter på den.</translation>
    </message>
    <message>
        <source>%1 · %2 — nobody waits for it.</source>
        <translation>%1 · %2 — ingen venter på den.</translation>
    </message>
    <message>
        <source>1 unit waits</source>
        <translation>1 enhed venter</translation>
    </message>
    <message>
        <source>%1 units wait</source>
        <translation>%1 enheder venter</translation>
    </message>
    <message>
        <source>1 order line in the queue</source>
        <translation>1 ordrelinje i køen</translation>
    </message>
    <message>
        <source>%1 order lines in the queue</source>
        <translation>%1 ordrelinjer i køen</translation>
    </message>
    <message>
        <source>%1 · %2 — %3, %4.</source>
        <translation>%1 · %2 — %3, %4.</translation>
    </message>
    <message>
        <source>Item not changed</source>
        <translation>Varen blev ikke ændret</translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation>%1 blev ikke ændret: %2</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 ændret</translation>
    </message>
    <message>
        <source>Move to Front</source>
        <translation>Flyt forrest</translation>
    </message>
    <message>
        <source>Why should order %1 be served first?</source>
        <translation>Hvorfor skal ordre %1 ekspederes først?</translation>
    </message>
    <message>
        <source>Order not moved</source>
        <translation>Ordren blev ikke flyttet</translation>
    </message>
    <message>
        <source>Order %1 moved to the front</source>
        <translation>Ordre %1 flyttet forrest</translation>
    </message>
    <message>
        <source>Cancel Line</source>
        <translation>Annullér linje</translation>
    </message>
    <message>
        <source>Why is %1 of order %2 cancelled?</source>
        <translation>Hvorfor annulleres %1 af ordre %2?</translation>
    </message>
    <message>
        <source>Line not cancelled</source>
        <translation>Linjen blev ikke annulleret</translation>
    </message>
    <message>
        <source>%1 of order %2 cancelled</source>
        <translation>%1 af ordre %2 annulleret</translation>
    </message>
    <message>
        <source>&amp;New Item…</source>
        <translation>&amp;Ny vare…</translation>
    </message>
    <message>
        <source>Add one item by hand; many come in with File › Import CSV…</source>
        <translation>Opret en vare i hånden; mange hentes ind med Filer › Importér CSV…</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 kunne ikke læses: %2</translation>
    </message>
    <message>
        <source>%1 created</source>
        <translation>%1 oprettet</translation>
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
        <translation>&amp;Afsend…</translation>
    </message>
    <message>
        <source>Send &amp;Mail</source>
        <translation>Send &amp;e-mails</translation>
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
        <source>Open a shop database (File › Open…) or start a new one (File › New…).</source>
        <translation>Åbn en butiksdatabase (Filer › Åbn…) eller start en ny (Filer › Ny…).</translation>
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
    <message>
        <source>Backed up to %1</source>
        <translation>Sikkerhedskopieret til %1</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>Sikkerheds&amp;kopiér…</translation>
    </message>
    <message>
        <source>Write a copy of the shop to a file; works while you keep working</source>
        <translation>Skriv en kopi af butikken til en fil; virker, mens du arbejder videre</translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation>&amp;Gendan…</translation>
    </message>
    <message>
        <source>Replace the shop with a backup; the current file is kept aside</source>
        <translation>Erstat butikken med en sikkerhedskopi; den nuværende fil gemmes til side</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>&amp;Brugervejledning</translation>
    </message>
    <message>
        <source>The daily routine: receive, ship, answer a customer, send mail</source>
        <translation>Den daglige rutine: modtag, send, svar en kunde, send e-mails</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapporter</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>shop name — database file</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Connect to &amp;Shared Shop…</source>
        <translation>Forbind til &amp;delt butik…</translation>
    </message>
    <message>
        <source>Open a shop on a PostgreSQL server that several computers work on</source>
        <translation>Åbn en butik på en PostgreSQL-server, som flere computere arbejder i</translation>
    </message>
    <message>
        <source>Stock received (%1)</source>
        <translation>Varer modtaget (%1)</translation>
    </message>
    <message>
        <source>Purchase &amp;Suggestions…</source>
        <translation>Indkøbs&amp;forslag…</translation>
    </message>
    <message>
        <source>What to order so every waiting customer is served</source>
        <translation>Hvad der skal bestilles, så alle ventende kunder får deres varer</translation>
    </message>
    <message>
        <source>Purchase order %1 saved</source>
        <translation>Indkøbsordre %1 gemt</translation>
    </message>
    <message>
        <source>Ship the selected order, or choose one to ship</source>
        <translation>Afsend den valgte ordre, eller vælg en at afsende</translation>
    </message>
    <message>
        <source>Send the pending e-mails now</source>
        <translation>Send de ventende e-mails nu</translation>
    </message>
</context>
<context>
    <name>bd::ui::NewItemDialog</name>
    <message>
        <source>New Item</source>
        <translation>Ny vare</translation>
    </message>
    <message>
        <source>as in your web shop, e.g. MUG-BLU-M</source>
        <translation>som i din webshop, f.eks. MUG-BLU-M</translation>
    </message>
    <message>
        <source>what customers read, e.g. Mug, blue</source>
        <translation>det kunderne læser, f.eks. Krus, blå</translation>
    </message>
    <message>
        <source>What is on the shelf now, counted</source>
        <translation>Det, der står på hylden nu, optalt</translation>
    </message>
    <message>
        <source>Stop: sold out when stock runs out. Backorder: keep selling, ship when stock arrives. Pre-order: not released yet.</source>
        <translation>Stop salg: udsolgt, når lageret slipper op. Restordre: sælges videre, sendes når varerne kommer. Forudbestilling: ikke udkommet endnu.</translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation>&amp;Varenr.:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Price (%1):</source>
        <translation>&amp;Pris (%1):</translation>
    </message>
    <message>
        <source>&amp;On hand:</source>
        <translation>På &amp;lager:</translation>
    </message>
    <message>
        <source>&amp;When sold out:</source>
        <translation>Når den er &amp;udsolgt:</translation>
    </message>
    <message>
        <source>&amp;Expected date:</source>
        <translation>&amp;Forventet dato:</translation>
    </message>
    <message>
        <source>&amp;Create Item</source>
        <translation>&amp;Opret vare</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a price in %2.</source>
        <translation>&apos;%1&apos; er ikke en pris i %2.</translation>
    </message>
    <message>
        <source>The item was not created: %1</source>
        <translation>Varen blev ikke oprettet: %1</translation>
    </message>
</context>
<context>
    <name>bd::ui::NewOrderDialog</name>
    <message>
        <source>New Order</source>
        <translation>Ny ordre</translation>
    </message>
    <message>
        <source>customer@example.com</source>
        <translation>kunde@eksempel.dk</translation>
    </message>
    <message>
        <source>taken from earlier orders when known</source>
        <translation>hentes fra tidligere ordrer, når det kendes</translation>
    </message>
    <message>
        <source>Order &amp;number:</source>
        <translation>Ordre&amp;nummer:</translation>
    </message>
    <message>
        <source>Customer &amp;e-mail:</source>
        <translation>Kundens &amp;e-mail:</translation>
    </message>
    <message>
        <source>Customer na&amp;me:</source>
        <translation>Kundens na&amp;vn:</translation>
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
        <source>Unit price</source>
        <translation>Stykpris</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Hvad der sker</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;Tilføj linje</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linjer</translation>
    </message>
    <message>
        <source>last 4 digits</source>
        <translation>sidste 4 cifre</translation>
    </message>
    <message>
        <source>Only the last four digits are kept, never the card number</source>
        <translation>Kun de sidste fire cifre gemmes, aldrig kortnummeret</translation>
    </message>
    <message>
        <source>&amp;Hold until complete</source>
        <translation>&amp;Hold tilbage, til den er komplet</translation>
    </message>
    <message>
        <source>Ship nothing until every unit is in stock</source>
        <translation>Send intet, før alle enheder er på lager</translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation>Betaling:</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>Kort:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Udløber:</translation>
    </message>
    <message>
        <source>Leave empty for the item&apos;s price</source>
        <translation>Lad stå tom for varens pris</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Remove this line</source>
        <translation>Fjern denne linje</translation>
    </message>
    <message>
        <source>Line %1: &apos;%2&apos; is not a price.</source>
        <translation>Linje %1: &apos;%2&apos; er ikke en pris.</translation>
    </message>
    <message>
        <source>No shop database is open.</source>
        <translation>Ingen butiksdatabase er åben.</translation>
    </message>
    <message>
        <source>Enter an order number.</source>
        <translation>Angiv et ordrenummer.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s e-mail.</source>
        <translation>Angiv kundens e-mail.</translation>
    </message>
    <message>
        <source>Add a line: a SKU and a quantity.</source>
        <translation>Tilføj en linje: et varenummer og et antal.</translation>
    </message>
    <message>
        <source>%1 ship now</source>
        <translation>%1 sendes nu</translation>
    </message>
    <message>
        <source>all %1 ship now</source>
        <translation>alle %1 sendes nu</translation>
    </message>
    <message>
        <source>%1 wait until %2</source>
        <translation>%1 venter til %2</translation>
    </message>
    <message>
        <source>%1 wait; the date is not known yet</source>
        <translation>%1 venter; datoen kendes endnu ikke</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Linje %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Vare</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>no such item</source>
        <translation>ingen sådan vare</translation>
    </message>
    <message>
        <source>Order total: %1</source>
        <translation>Ordre i alt: %1</translation>
    </message>
    <message>
        <source>Line %1 (%2) is promised for %3, but the authorization lapses on %4: capture the payment before then, or ask for a new authorization nearer the date.</source>
        <translation>Linje %1 (%2) er lovet til %3, men reservationen udløber %4: træk betalingen inden da, eller bed om en ny reservation tættere på datoen.</translation>
    </message>
    <message>
        <source>Line %1 (%2) is promised for %3, but the card can be charged only until %4: ask the customer for a card that is still valid then.</source>
        <translation>Linje %1 (%2) er lovet til %3, men kortet kan kun trækkes indtil %4: bed kunden om et kort, der stadig er gyldigt til den tid.</translation>
    </message>
    <message>
        <source>MM/YY</source>
        <translation>MM/ÅÅ</translation>
    </message>
</context>
<context>
    <name>bd::ui::OrderDetailPane</name>
    <message>
        <source>Ship…</source>
        <translation>Afsend…</translation>
    </message>
    <message>
        <source>Ship what is allocated for this order, or part of it</source>
        <translation>Afsend det, der er tildelt denne ordre, eller en del af det</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>Retur…</translation>
    </message>
    <message>
        <source>Take shipped units back; restocked units serve the waiting customers first</source>
        <translation>Tag afsendte enheder retur; enheder, der lægges på lager, går først til ventende kunder</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>Annullér ordre…</translation>
    </message>
    <message>
        <source>Cancel every open unit; released stock goes to the next in line</source>
        <translation>Annullér alle åbne enheder; frigivne varer går til den næste i køen</translation>
    </message>
    <message>
        <source>Cancel line…</source>
        <translation>Annullér linje…</translation>
    </message>
    <message>
        <source>Cancel the open units of the selected line</source>
        <translation>Annullér de åbne enheder på den valgte linje</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>Registrér betaling…</translation>
    </message>
    <message>
        <source>Record the payment state, the card&apos;s last four digits and its expiry</source>
        <translation>Registrér betalingsstatus, kortets sidste fire cifre og dets udløb</translation>
    </message>
    <message>
        <source>Hold until complete</source>
        <translation>Hold tilbage, til den er komplet</translation>
    </message>
    <message>
        <source>Ship nothing of this order until every unit is in stock</source>
        <translation>Send intet af denne ordre, før alle enheder er på lager</translation>
    </message>
    <message>
        <source>Issue coupon…</source>
        <translation>Giv rabatkode…</translation>
    </message>
    <message>
        <source>Give the customer a discount code for the wait</source>
        <translation>Giv kunden en rabatkode for ventetiden</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Varenr.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Vare</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Bestilt</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Tildelt</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Afsendt</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulleret</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Lovet</translation>
    </message>
    <message>
        <source>Coming with</source>
        <translation>Kommer med</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Sat i kø</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linjer</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Select an order to see its lines, payment, e-mails and history.</source>
        <translation>Vælg en ordre for at se dens linjer, betaling, e-mails og historik.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Order %1 — %2</source>
        <translation>Ordre %1 — %2</translation>
    </message>
    <message>
        <source>Placed %1</source>
        <translation>Afgivet %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s) waiting until %1</source>
        <translation>
            <numerusform>%Ln enhed venter til %1</numerusform>
            <numerusform>%Ln enheder venter til %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s) waiting, date not known yet</source>
        <translation>
            <numerusform>%Ln enhed venter, datoen kendes endnu ikke</numerusform>
            <numerusform>%Ln enheder venter, datoen kendes endnu ikke</numerusform>
        </translation>
    </message>
    <message>
        <source>held until complete</source>
        <translation>holdes tilbage, til den er komplet</translation>
    </message>
    <message>
        <source>moved to the front: %1</source>
        <translation>flyttet forrest: %1</translation>
    </message>
    <message>
        <source>Payment: %1</source>
        <translation>Betaling: %1</translation>
    </message>
    <message>
        <source>card ending %1</source>
        <translation>kort, der ender på %1</translation>
    </message>
    <message>
        <source>card valid through %1</source>
        <translation>kort gyldigt til og med %1</translation>
    </message>
    <message>
        <source>authorized %1, lapses %2</source>
        <translation>reserveret %1, udløber %2</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Annulleret: %1</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>sendt %1</translation>
    </message>
</context>
<context>
    <name>bd::ui::OrderPickerDialog</name>
    <message>
        <source>Ship an order</source>
        <translation>Afsend en ordre</translation>
    </message>
    <message>
        <source>Take back a return</source>
        <translation>Tag en returvare retur</translation>
    </message>
    <message>
        <source>Which order? Orders with units allocated to ship, oldest first.</source>
        <translation>Hvilken ordre? Ordrer med tildelte enheder at afsende, ældste først.</translation>
    </message>
    <message>
        <source>Which order? Orders with units shipped, oldest first.</source>
        <translation>Hvilken ordre? Ordrer med afsendte enheder, ældste først.</translation>
    </message>
    <message>
        <source>Order number, customer or e-mail</source>
        <translation>Ordrenummer, kunde eller e-mail</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Søg i ordrer</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Afgivet</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Tildelt</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Afsendt</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Vælg</translation>
    </message>
    <message>
        <source>No order has units allocated to ship.</source>
        <translation>Ingen ordre har tildelte enheder at afsende.</translation>
    </message>
    <message>
        <source>No order has units shipped.</source>
        <translation>Ingen ordre har afsendte enheder.</translation>
    </message>
    <message>
        <source>No order matches &apos;%1&apos;.</source>
        <translation>Ingen ordre passer til &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>bd::ui::OrdersModel</name>
    <message>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <source>Partly allocated</source>
        <translation>Delvist tildelt</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Partly shipped</source>
        <translation>Delvist sendt</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Afsendt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulleret</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificeret</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Reserveret</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Trukket</translation>
    </message>
    <message>
        <source>A waiting line has no promised date yet</source>
        <translation>En ventende linje har endnu ingen lovet dato</translation>
    </message>
    <message>
        <source>Card ending %1, expires %2</source>
        <translation>Kort, der ender på %1, udløber %2</translation>
    </message>
    <message>
        <source>%1 (held until complete)</source>
        <translation>%1 (holdes tilbage, til den er komplet)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Afgivet</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linjer</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Lovet</translation>
    </message>
    <message>
        <source>Units ordered that are not in stock yet</source>
        <translation>Bestilte enheder, der endnu ikke er på lager</translation>
    </message>
    <message>
        <source>What the units not cancelled cost</source>
        <translation>Hvad de ikke-annullerede enheder koster</translation>
    </message>
    <message>
        <source>When the last waiting unit is promised to ship</source>
        <translation>Hvornår den sidste ventende enhed er lovet sendt</translation>
    </message>
</context>
<context>
    <name>bd::ui::OrdersPage</name>
    <message>
        <source>Orders</source>
        <translation>Ordrer</translation>
    </message>
    <message>
        <source>Search order number, customer or e-mail</source>
        <translation>Søg i ordrenummer, kunde eller e-mail</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Søg efter ordrer</translation>
    </message>
    <message>
        <source>Order state</source>
        <translation>Ordrestatus</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle statusser</translation>
    </message>
    <message>
        <source>Payments to capture</source>
        <translation>Betalinger, der skal trækkes</translation>
    </message>
    <message>
        <source>Orders with units allocated whose payment is not captured yet</source>
        <translation>Ordrer med tildelte enheder, hvor betalingen endnu ikke er trukket</translation>
    </message>
    <message>
        <source>Payment at risk</source>
        <translation>Betaling i fare</translation>
    </message>
    <message>
        <source>Waiting orders whose card or authorization lapses before their promised date</source>
        <translation>Ventende ordrer, hvis kort eller reservation udløber før den lovede dato</translation>
    </message>
    <message>
        <source>New order…</source>
        <translation>Ny ordre…</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <source>Finding payments at risk</source>
        <translation>Finder betalinger i fare</translation>
    </message>
    <message>
        <source>Comparing cards and authorizations with the promised dates</source>
        <translation>Sammenligner kort og reservationer med de lovede datoer</translation>
    </message>
    <message>
        <source>Payments at risk not known: %1</source>
        <translation>Betalinger i fare kendes ikke: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) whose payment is at risk</source>
        <translation>
            <numerusform>%Ln ordre, hvis betaling er i fare</numerusform>
            <numerusform>%Ln ordrer, hvis betaling er i fare</numerusform>
        </translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Ny ordre</translation>
    </message>
    <message>
        <source>Open a shop database first.</source>
        <translation>Åbn først en butiksdatabase.</translation>
    </message>
    <message>
        <source>Order %1 placed</source>
        <translation>Ordre %1 afgivet</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Cancel a line of order %1</source>
        <translation>Annullér en linje af ordre %1</translation>
    </message>
    <message>
        <source>Which line?</source>
        <translation>Hvilken linje?</translation>
    </message>
    <message>
        <source>Payment of order %1</source>
        <translation>Betaling for ordre %1</translation>
    </message>
    <message>
        <source>How far has the payment come? (now: %1)</source>
        <translation>Hvor langt er betalingen nået? (nu: %1)</translation>
    </message>
    <message>
        <source>Last four digits of the card (never the card number; empty for none):</source>
        <translation>Kortets sidste fire cifre (aldrig kortnummeret; tom for ingen):</translation>
    </message>
    <message>
        <source>Payment not recorded</source>
        <translation>Betalingen blev ikke registreret</translation>
    </message>
    <message>
        <source>Order %1: payment %2</source>
        <translation>Ordre %1: betaling %2</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Ordre %1</translation>
    </message>
    <message>
        <source>Order %1 is held until complete</source>
        <translation>Ordre %1 holdes tilbage, til den er komplet</translation>
    </message>
    <message>
        <source>Order %1 may ship in parts</source>
        <translation>Ordre %1 må sendes i flere dele</translation>
    </message>
    <message>
        <source>Coupon for %1</source>
        <translation>Rabatkode til %1</translation>
    </message>
    <message>
        <source>Discount: a percentage such as 10% or an amount such as %1:</source>
        <translation>Rabat: en procentsats som f.eks. 10% eller et beløb som f.eks. %1:</translation>
    </message>
    <message>
        <source>No coupon issued</source>
        <translation>Ingen rabatkode givet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a percentage.</source>
        <translation>&apos;%1&apos; er ikke en procentsats.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a percentage nor an amount.</source>
        <translation>&apos;%1&apos; er hverken en procentsats eller et beløb.</translation>
    </message>
    <message>
        <source>Reason (kept with the coupon):</source>
        <translation>Årsag (gemmes med rabatkoden):</translation>
    </message>
    <message>
        <source>Coupon issued</source>
        <translation>Rabatkode givet</translation>
    </message>
    <message>
        <source>Coupon %1 issued to %2.</source>
        <translation>Rabatkode %1 givet til %2.</translation>
    </message>
    <message>
        <source>Coupon %1 issued to %2</source>
        <translation>Rabatkode %1 givet til %2</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retur</translation>
    </message>
    <message>
        <source>Card expiry month, MM/YY (empty for none):</source>
        <translation>Kortets udløbsmåned, MM/ÅÅ (tom for ingen):</translation>
    </message>
</context>
<context>
    <name>bd::ui::OutboxModel</name>
    <message>
        <source>Pending</source>
        <translation>Venter</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislykket</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulleret</translation>
    </message>
    <message>
        <source>Backorder confirmation</source>
        <translation>Restordrebekræftelse</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Nedtælling</translation>
    </message>
    <message>
        <source>Delay notice</source>
        <translation>Besked om forsinkelse</translation>
    </message>
    <message>
        <source>Payment update</source>
        <translation>Betalingsopdatering</translation>
    </message>
    <message>
        <source>Stock arrived</source>
        <translation>Varer modtaget</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Afsendelse</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Annullering</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>Rabatkode</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Sendt %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Slags</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Forsøg</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Seneste fejl</translation>
    </message>
    <message>
        <source>Stock update</source>
        <translation>Lageropdatering</translation>
    </message>
</context>
<context>
    <name>bd::ui::OutboxPage</name>
    <message>
        <source>Outbox</source>
        <translation>Udbakke</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Vis:</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Alle beskeder</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Prøv igen</translation>
    </message>
    <message>
        <source>Send a failed or cancelled message again on the next run</source>
        <translation>Send en mislykket eller annulleret besked igen ved næste kørsel</translation>
    </message>
    <message>
        <source>&amp;Cancel message</source>
        <translation>&amp;Annullér besked</translation>
    </message>
    <message>
        <source>Do not send this message</source>
        <translation>Send ikke denne besked</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Send nu</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Emne:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Til:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Ren tekst</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n besked</numerusform>
            <numerusform>%n beskeder</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Sendt %1</translation>
    </message>
    <message>
        <source>Pending, due %1</source>
        <translation>Venter, skal sendes %1</translation>
    </message>
    <message numerus="yes">
        <source> · %n attempt(s)</source>
        <translation>
            <numerusform> · %n forsøg</numerusform>
            <numerusform> · %n forsøg</numerusform>
        </translation>
    </message>
    <message>
        <source> · last error: %1</source>
        <translation> · seneste fejl: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Prøv igen</translation>
    </message>
    <message>
        <source>Message %1 cannot be sent again: %2</source>
        <translation>Besked %1 kan ikke sendes igen: %2</translation>
    </message>
    <message>
        <source>Cancel message</source>
        <translation>Annullér besked</translation>
    </message>
    <message>
        <source>Do not send message %1 to %2?</source>
        <translation>Skal besked %1 til %2 ikke sendes?</translation>
    </message>
    <message>
        <source>Message %1 cannot be cancelled: %2</source>
        <translation>Besked %1 kan ikke annulleres: %2</translation>
    </message>
    <message>
        <source>Message %1 cancelled</source>
        <translation>Besked %1 annulleret</translation>
    </message>
    <message>
        <source>Send mail</source>
        <translation>Send e-mails</translation>
    </message>
    <message>
        <source>Sending mail</source>
        <translation>Sender e-mails</translation>
    </message>
    <message>
        <source>Queueing the e-mails that are due</source>
        <translation>Sætter de e-mails i kø, der skal sendes</translation>
    </message>
    <message>
        <source>Sending message %1 of %2</source>
        <translation>Sender besked %1 af %2</translation>
    </message>
    <message numerus="yes">
        <source>cancelled after %n message(s)</source>
        <translation>
            <numerusform>annulleret efter %n besked</numerusform>
            <numerusform>annulleret efter %n beskeder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) sent</source>
        <translation>
            <numerusform>%n e-mail sendt</numerusform>
            <numerusform>%n e-mails sendt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n to try again later</source>
        <translation>
            <numerusform>, %n forsøges igen senere</numerusform>
            <numerusform>, %n forsøges igen senere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n mislykkedes</numerusform>
            <numerusform>, %n mislykkedes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Queue due e-mails</source>
        <translation>Sæt &amp;forfaldne e-mails i kø</translation>
    </message>
    <message>
        <source>Add the follow-ups, countdowns and notices that are due to the outbox, to look at before sending</source>
        <translation>Læg de opfølgninger, nedtællinger og meddelelser, der er forfaldne, i udbakken, så du kan se dem før afsendelse</translation>
    </message>
    <message>
        <source>Send every pending e-mail now</source>
        <translation>Send alle ventende e-mails nu</translation>
    </message>
    <message>
        <source>Queueing e-mails</source>
        <translation>Sætter e-mails i kø</translation>
    </message>
    <message>
        <source>Queue due e-mails</source>
        <translation>Sæt forfaldne e-mails i kø</translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) queued: look them over, then Send now</source>
        <translation>
            <numerusform>%n e-mail sat i kø: se den igennem, og tryk så Send nu</numerusform>
            <numerusform>%n e-mails sat i kø: se dem igennem, og tryk så Send nu</numerusform>
        </translation>
    </message>
    <message>
        <source>No e-mail is due</source>
        <translation>Ingen e-mails er forfaldne</translation>
    </message>
    <message numerus="yes">
        <source>; %n no longer needed and cancelled</source>
        <translation>
            <numerusform>; %n ikke længere nødvendig og annulleret</numerusform>
            <numerusform>; %n ikke længere nødvendige og annulleret</numerusform>
        </translation>
    </message>
    <message>
        <source>No mail server</source>
        <translation>Ingen mailserver</translation>
    </message>
    <message>
        <source>No mail server is set up, so nothing was sent; the e-mails wait in the outbox.

Set your provider&apos;s SMTP server, port, security and user under Settings › Mail server (SMTP). Open Settings now?</source>
        <translation>Der er ikke sat nogen mailserver op, så intet blev sendt; e-mailene venter i udbakken.

Angiv din udbyders SMTP-server, port, sikkerhed og bruger under Indstillinger › Mailserver (SMTP). Åbn Indstillinger nu?</translation>
    </message>
    <message>
        <source>The mail cannot be sent: %1
Set up the mail server under Settings › Mail server (SMTP).</source>
        <translation>E-mailene kan ikke sendes: %1
Sæt mailserveren op under Indstillinger › Mailserver (SMTP).</translation>
    </message>
    <message>
        <source>Search order number, customer or e-mail</source>
        <translation>Søg i ordrenummer, kunde eller e-mail</translation>
    </message>
    <message>
        <source>Search the outbox</source>
        <translation>Søg i udbakken</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <source>Message %1 is pending again; the next run sends it unless it no longer applies by then</source>
        <translation>Besked %1 venter igen; næste kørsel sender den, medmindre den ikke længere gælder til den tid</translation>
    </message>
</context>
<context>
    <name>bd::ui::PurchaseLinesModel</name>
    <message>
        <source>not known</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Varenr.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Vare</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Bestilt</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Modtaget</translation>
    </message>
    <message>
        <source>Still to come</source>
        <translation>Mangler stadig</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Forventet</translation>
    </message>
</context>
<context>
    <name>bd::ui::PurchaseOrderDialog</name>
    <message>
        <source>Purchase order %1</source>
        <translation>Indkøbsordre %1</translation>
    </message>
    <message>
        <source>New purchase order</source>
        <translation>Ny indkøbsordre</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <source>&amp;Supplier:</source>
        <translation>&amp;Leverandør:</translation>
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
        <source>Expected (YYYY-MM-DD)</source>
        <translation>Forventet (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Modtaget</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;Tilføj linje</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>&amp;Fjern linje</translation>
    </message>
    <message>
        <source>Removes a line not saved yet; a saved line keeps its place</source>
        <translation>Fjerner en linje, der ikke er gemt endnu; en gemt linje beholder sin plads</translation>
    </message>
    <message>
        <source>Line %1: quantity: &apos;%2&apos; is not a whole number</source>
        <translation>Linje %1: antal: &apos;%2&apos; er ikke et helt tal</translation>
    </message>
    <message>
        <source>Line %1: expected date: &apos;%2&apos; is not a date like 2026-12-24</source>
        <translation>Linje %1: forventet dato: &apos;%2&apos; er ikke en dato som f.eks. 2026-12-24</translation>
    </message>
    <message>
        <source>Add at least one line with a SKU and a quantity.</source>
        <translation>Tilføj mindst én linje med et varenummer og et antal.</translation>
    </message>
    <message>
        <source>Line %1: %2: %3</source>
        <translation>Linje %1: %2: %3</translation>
    </message>
</context>
<context>
    <name>bd::ui::PurchaseOrdersModel</name>
    <message>
        <source>Closed: everything ordered was received</source>
        <translation>Lukket: alt bestilt er modtaget</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (lukket)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Leverandør</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Forventet</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linjer</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Bestilt</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Modtaget</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
</context>
<context>
    <name>bd::ui::PurchaseSuggestionsDialog</name>
    <message>
        <source>Purchase suggestions</source>
        <translation>Indkøbsforslag</translation>
    </message>
    <message>
        <source>What to order so every waiting customer is served: per item the units waiting, less what open purchase orders bring and what is free on the shelf.</source>
        <translation>Hvad der skal bestilles, så alle ventende kunder får deres varer: pr. vare de ventende enheder, minus hvad åbne indkøbsordrer bringer, og hvad der er frit på hylden.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Varenr.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Vare</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>På vej</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>Mangler</translation>
    </message>
    <message>
        <source>&amp;Create purchase order…</source>
        <translation>&amp;Opret indkøbsordre…</translation>
    </message>
    <message>
        <source>Nobody waits: there is nothing to order.</source>
        <translation>Ingen venter: der er intet at bestille.</translation>
    </message>
    <message>
        <source>Ticked items: %1; units short: %2.</source>
        <translation>Markerede varer: %1; manglende enheder: %2.</translation>
    </message>
</context>
<context>
    <name>bd::ui::PurchasingPage</name>
    <message>
        <source>Purchasing</source>
        <translation>Indkøb</translation>
    </message>
    <message>
        <source>&amp;New purchase order…</source>
        <translation>&amp;Ny indkøbsordre…</translation>
    </message>
    <message>
        <source>&amp;Edit lines and dates…</source>
        <translation>&amp;Redigér linjer og datoer…</translation>
    </message>
    <message>
        <source>&amp;Receive stock…</source>
        <translation>&amp;Modtag varer…</translation>
    </message>
    <message>
        <source>Show &amp;closed orders</source>
        <translation>Vis &amp;lukkede ordrer</translation>
    </message>
    <message>
        <source>No open purchase orders. Create one with New purchase order.</source>
        <translation>Ingen åbne indkøbsordrer. Opret en med Ny indkøbsordre.</translation>
    </message>
    <message>
        <source>Select a purchase order to see its lines.</source>
        <translation>Vælg en indkøbsordre for at se dens linjer.</translation>
    </message>
    <message>
        <source>Lines of %1</source>
        <translation>Linjer i %1</translation>
    </message>
    <message>
        <source>Lines of %1 from %2</source>
        <translation>Linjer i %1 fra %2</translation>
    </message>
    <message>
        <source>Purchase order %1 saved</source>
        <translation>Indkøbsordre %1 gemt</translation>
    </message>
    <message>
        <source>Stock received (%1)</source>
        <translation>Varer modtaget (%1)</translation>
    </message>
    <message>
        <source>S&amp;tage…</source>
        <translation>&amp;Trin…</translation>
    </message>
    <message>
        <source>Record where the selected purchase order is on its way; the waiting customers it serves get a stock update</source>
        <translation>Registrér, hvor den valgte indkøbsordre er på vejen; de ventende kunder, den dækker, får en lageropdatering</translation>
    </message>
    <message>
        <source>The stages of the purchase order&apos;s way here, oldest first</source>
        <translation>Trinene på indkøbsordrens vej hertil, ældste først</translation>
    </message>
    <message>
        <source>No stage recorded yet</source>
        <translation>Intet trin registreret endnu</translation>
    </message>
    <message>
        <source> (now expected %1)</source>
        <translation> (nu forventet %1)</translation>
    </message>
    <message>
        <source>Stage of %1 recorded; waiting orders told: %2</source>
        <translation>Trin for %1 registreret; ventende ordrer, der får besked: %2</translation>
    </message>
</context>
<context>
    <name>bd::ui::QueueModel</name>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificeret</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Reserveret</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Trukket</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>I fare</translation>
    </message>
    <message>
        <source>Moved to the front: %1</source>
        <translation>Flyttet forrest: %1</translation>
    </message>
    <message>
        <source>Card expires %1</source>
        <translation>Kortet udløber %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Days waited</source>
        <translation>Dage ventet</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Lovet</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Place in the queue; stock goes to the first place first</source>
        <translation>Plads i køen; varer går først til første plads</translation>
    </message>
    <message>
        <source>Units still waiting on this line</source>
        <translation>Enheder, der stadig venter på denne linje</translation>
    </message>
    <message>
        <source>The card or the authorization lapses before the promised date</source>
        <translation>Kortet eller reservationen udløber før den lovede dato</translation>
    </message>
    <message>
        <source>Coming with</source>
        <translation>Kommer med</translation>
    </message>
    <message>
        <source>The purchase order whose units cover this place in the queue, and where it is on its way</source>
        <translation>Indkøbsordren, hvis enheder dækker denne plads i køen, og hvor den er på vej</translation>
    </message>
</context>
<context>
    <name>bd::ui::ReceiveDialog</name>
    <message>
        <source>Ship to customer</source>
        <translation>Send til kunde</translation>
    </message>
    <message>
        <source>Put on the shelf</source>
        <translation>Sæt på hylden</translation>
    </message>
    <message>
        <source>Receive stock</source>
        <translation>Modtag varer</translation>
    </message>
    <message>
        <source>None — enter the lines by hand</source>
        <translation>Ingen — indtast linjerne manuelt</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n unit(s) to come)</source>
        <translation>
            <numerusform>%1 (%n enhed mangler)</numerusform>
            <numerusform>%1 (%n enheder mangler)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 from %2 (%n unit(s) to come)</source>
        <translation>
            <numerusform>%1 fra %2 (%n enhed mangler)</numerusform>
            <numerusform>%1 fra %2 (%n enheder mangler)</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivery note or parcel number</source>
        <translation>Følgeseddel- eller pakkenummer</translation>
    </message>
    <message>
        <source>Fill any waiting line, oldest first</source>
        <translation>Udfyld enhver ventende linje, ældste først</translation>
    </message>
    <message>
        <source>Only orders that become complete</source>
        <translation>Kun ordrer, der bliver komplette</translation>
    </message>
    <message>
        <source>&amp;Purchase order:</source>
        <translation>&amp;Indkøbsordre:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Reference:</translation>
    </message>
    <message>
        <source>&amp;Fill:</source>
        <translation>&amp;Udfyld:</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Varenr.</translation>
    </message>
    <message>
        <source>Quantity received</source>
        <translation>Modtaget antal</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;Tilføj linje</translation>
    </message>
    <message>
        <source>Re&amp;move line</source>
        <translation>F&amp;jern linje</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Forhåndsvis</translation>
    </message>
    <message>
        <source>Work out who gets what, without saving anything</source>
        <translation>Beregn, hvem der får hvad, uden at gemme noget</translation>
    </message>
    <message>
        <source>Press Preview to see where the units go.</source>
        <translation>Tryk på Forhåndsvis for at se, hvor enhederne går hen.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Går til</translation>
    </message>
    <message>
        <source>&amp;Confirm receipt</source>
        <translation>&amp;Bekræft modtagelse</translation>
    </message>
    <message>
        <source>Receive the stock as previewed</source>
        <translation>Modtag varerne som vist</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Ud&amp;skriv…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Gem som &amp;CSV…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>&apos;%1&apos; er ikke et helt tal</translation>
    </message>
    <message>
        <source>Enter at least one line with a SKU and a quantity.</source>
        <translation>Indtast mindst én linje med et varenummer og et antal.</translation>
    </message>
    <message numerus="yes">
        <source>Receiving %n unit(s)</source>
        <translation>
            <numerusform>Modtager %n enhed</numerusform>
            <numerusform>Modtager %n enheder</numerusform>
        </translation>
    </message>
    <message>
        <source>Working out the cross-dock list</source>
        <translation>Beregner cross-dock-listen</translation>
    </message>
    <message>
        <source>Serving the waiting customers</source>
        <translation>Ekspederer de ventende kunder</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Linje %1: %2</translation>
    </message>
    <message>
        <source>Nothing was received:
%1</source>
        <translation>Intet blev modtaget:
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) straight to shipping</source>
        <translation>
            <numerusform>%n enhed direkte til forsendelse</numerusform>
            <numerusform>%n enheder direkte til forsendelse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> for %n order(s)</source>
        <translation>
            <numerusform> til %n ordre</numerusform>
            <numerusform> til %n ordrer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n to the shelf</source>
        <translation>
            <numerusform>, %n på hylden</numerusform>
            <numerusform>, %n på hylden</numerusform>
        </translation>
    </message>
    <message>
        <source>Received: %1.</source>
        <translation>Modtaget: %1.</translation>
    </message>
    <message>
        <source>Preview, nothing saved yet: %1. Confirm to receive.</source>
        <translation>Forhåndsvisning, intet gemt endnu: %1. Bekræft for at modtage.</translation>
    </message>
    <message>
        <source>Print the cross-dock list</source>
        <translation>Udskriv cross-dock-listen</translation>
    </message>
    <message>
        <source>Save the cross-dock list</source>
        <translation>Gem cross-dock-listen</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kunne ikke skrives: %2</translation>
    </message>
    <message>
        <source>Ship to customer — partial, %1 still to come</source>
        <translation>Send til kunde — delvis, %1 mangler stadig</translation>
    </message>
    <message>
        <source>also waits for other items (%1 more)</source>
        <translation>venter også på andre varer (%1 mere)</translation>
    </message>
    <message>
        <source>needs %1, only %2 left at its turn</source>
        <translation>skal bruge %1, kun %2 tilbage, da det blev dens tur</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Vare</translation>
    </message>
    <message>
        <source>%1 (%2), %3: %4</source>
        <translation>%1 (%2), %3: %4</translation>
    </message>
    <message>
        <source>Passed over for younger orders that this receipt completes:</source>
        <translation>Sprunget over for nyere ordrer, som denne modtagelse gør komplette:</translation>
    </message>
    <message>
        <source>%1 (SKU %2)</source>
        <translation>%1 (varenr. %2)</translation>
    </message>
    <message>
        <source>No shop is open.</source>
        <translation>Ingen butik er åben.</translation>
    </message>
    <message>
        <source>The lines changed since this preview: press Preview again.</source>
        <translation>Linjerne er ændret siden denne forhåndsvisning: tryk på Forhåndsvis igen.</translation>
    </message>
    <message>
        <source>Correct the lines above, then press Preview.</source>
        <translation>Ret linjerne ovenfor, og tryk så på Forhåndsvis.</translation>
    </message>
    <message>
        <source>Press Preview to try again.</source>
        <translation>Tryk på Forhåndsvis for at prøve igen.</translation>
    </message>
    <message>
        <source>Nothing was received. %1</source>
        <translation>Intet blev modtaget. %1</translation>
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
    <name>bd::ui::ReportDialog</name>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>every order ready to ship</source>
        <translation>alle ordrer klar til afsendelse</translation>
    </message>
    <message>
        <source>Choose the period (else the last %1 days)</source>
        <translation>Vælg perioden (ellers de seneste %1 dage)</translation>
    </message>
    <message>
        <source>By the period&apos;s length</source>
        <translation>Efter periodens længde</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Pr. uge</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Pr. måned</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport:</translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation>&amp;Varenr.:</translation>
    </message>
    <message>
        <source>R&amp;eceipt reference:</source>
        <translation>&amp;Modtagelsesreference:</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Ordre:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>&amp;Per:</source>
        <translation>&amp;Pr.:</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>For&amp;håndsvis…</translation>
    </message>
    <message>
        <source>required</source>
        <translation>påkrævet</translation>
    </message>
    <message>
        <source>every item</source>
        <translation>alle varer</translation>
    </message>
    <message>
        <source>Open a shop first.</source>
        <translation>Åbn først en butik.</translation>
    </message>
    <message>
        <source>The %1 report is for one SKU: enter it.</source>
        <translation>Rapporten %1 er for ét varenummer: angiv det.</translation>
    </message>
    <message>
        <source>The %1 is for one receipt: enter its reference.</source>
        <translation>%1 er for én varemodtagelse: angiv dens reference.</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Laver rapporten…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
</context>
<context>
    <name>bd::ui::ReportPreview</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom ind</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom ud</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Tilpas bredde</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Hele siden</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Gem som PDF…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Gem som CSV…</translation>
    </message>
    <message>
        <source>Save as HTML…</source>
        <translation>Gem som HTML…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Websider (*.html *.htm)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Gem rapporten</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>Rapporten blev ikke gemt</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Udskriv %1</translation>
    </message>
</context>
<context>
    <name>bd::ui::ReturnDialog</name>
    <message>
        <source>SKU</source>
        <translation>Varenr.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Vare</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Afsendt</translation>
    </message>
    <message>
        <source>Returned before</source>
        <translation>Returneret før</translation>
    </message>
    <message>
        <source>Coming back</source>
        <translation>Kommer retur</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Tag retur</translation>
    </message>
    <message>
        <source>Return from order %1</source>
        <translation>Retur fra ordre %1</translation>
    </message>
    <message>
        <source>e.g. wrong size</source>
        <translation>f.eks. forkert størrelse</translation>
    </message>
    <message>
        <source>Kept in the order&apos;s history</source>
        <translation>Gemmes i ordrens historik</translation>
    </message>
    <message>
        <source>Put the units back in stock; they serve waiting customers first</source>
        <translation>Læg enhederne tilbage på lager; de går først til ventende kunder</translation>
    </message>
    <message>
        <source>Leave this off for units that cannot be sold again (damaged, not sent back)</source>
        <translation>Lad dette være slået fra for enheder, der ikke kan sælges igen (beskadigede, ikke sendt retur)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Årsag:</translation>
    </message>
    <message>
        <source>Which units of order %1 for %2 came back?</source>
        <translation>Hvilke enheder af ordre %1 til %2 kom retur?</translation>
    </message>
    <message>
        <source>Units of %1 coming back</source>
        <translation>Enheder af %1, der kommer retur</translation>
    </message>
    <message>
        <source>Choose how many units of each line came back.</source>
        <translation>Vælg, hvor mange enheder af hver linje der kom retur.</translation>
    </message>
    <message>
        <source>Coming back: %1, into stock, where they serve waiting customers first.</source>
        <translation>Kommer retur: %1, på lager, hvor de først går til ventende kunder.</translation>
    </message>
    <message>
        <source>Coming back: %1, recorded as returned; the stock stays as it is.</source>
        <translation>Kommer retur: %1, registreret som returneret; lageret forbliver, som det er.</translation>
    </message>
    <message>
        <source>Nothing taken back from order %1</source>
        <translation>Intet taget retur fra ordre %1</translation>
    </message>
    <message>
        <source>Order %1: %2 returned, back in stock</source>
        <translation>Ordre %1: %2 returneret, tilbage på lager</translation>
    </message>
    <message>
        <source>Order %1: %2 returned, not restocked</source>
        <translation>Ordre %1: %2 returneret, ikke lagt på lager</translation>
    </message>
</context>
<context>
    <name>bd::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>Shop name:</source>
        <translation>Butiksnavn:</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>Afsenderadresse:</translation>
    </message>
    <message>
        <source>Reply-to address:</source>
        <translation>Svaradresse:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signatur:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Valuta:</translation>
    </message>
    <message>
        <source>Locale:</source>
        <translation>Sprog og region:</translation>
    </message>
    <message>
        <source>Follow-up every (days):</source>
        <translation>Opfølgning hver (dage):</translation>
    </message>
    <message>
        <source>Countdown before the date (days):</source>
        <translation>Nedtælling før datoen (dage):</translation>
    </message>
    <message>
        <source>Card authorization holds (days):</source>
        <translation>Kortreservation holder (dage):</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Sikkerhed:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Brugernavn:</translation>
    </message>
    <message>
        <source>Extra CA certificate file:</source>
        <translation>Ekstra CA-certifikatfil:</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Butik</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Tidsplan</translation>
    </message>
    <message>
        <source>Mail server (SMTP)</source>
        <translation>Mailserver (SMTP)</translation>
    </message>
    <message>
        <source>E-mail templates</source>
        <translation>E-mail-skabeloner</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Systemets sprog</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprog:</translation>
    </message>
    <message>
        <source>The window and the command line use the new language when they start again.</source>
        <translation>Vinduet og kommandolinjen bruger det nye sprog, når de startes igen.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Genne&amp;mse…</translation>
    </message>
    <message>
        <source>Extra CA certificate</source>
        <translation>Ekstra CA-certifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certifikater (*.pem *.crt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Fortryd ændringer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>Angiv &amp;adgangskode…</translation>
    </message>
    <message>
        <source>&amp;Forget password</source>
        <translation>G&amp;lem adgangskode</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Adgangskode:</translation>
    </message>
    <message>
        <source>The password is never stored in the shop database. It comes from the system keychain when there is one, from the environment variable %1 for unattended runs, or is asked for and kept until you quit — unless you choose to keep it in a file only you can read.</source>
        <translation>Adgangskoden gemmes aldrig i butiksdatabasen. Den hentes fra systemets nøglering, når der er en, fra miljøvariablen %1 ved kørsler uden opsyn, eller du bliver spurgt, og den huskes, til du afslutter — medmindre du vælger at gemme den i en fil, som kun du kan læse.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test forbindelsen</translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields</source>
        <translation>Ikke gemt: ret de markerede felter</translation>
    </message>
    <message>
        <source>The settings were not saved: %1</source>
        <translation>Indstillingerne blev ikke gemt: %1</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Indstillinger gemt</translation>
    </message>
    <message>
        <source>No login: the server is used without a user name.</source>
        <translation>Intet login: serveren bruges uden brugernavn.</translation>
    </message>
    <message>
        <source>Set, %1.</source>
        <translation>Angivet, %1.</translation>
    </message>
    <message>
        <source>Not set: it will be asked for when mail is sent.</source>
        <translation>Ikke angivet: du bliver spurgt, når der sendes e-mails.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fil: %1</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>SMTP-adgangskode</translation>
    </message>
    <message>
        <source>Enter and save a user name first; without one no password is used.</source>
        <translation>Angiv og gem først et brugernavn; uden et brugernavn bruges ingen adgangskode.</translation>
    </message>
    <message>
        <source>SMTP password set</source>
        <translation>SMTP-adgangskode angivet</translation>
    </message>
    <message>
        <source>SMTP password forgotten</source>
        <translation>SMTP-adgangskode glemt</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Forbinder til %1…</translation>
    </message>
    <message>
        <source>Testing the mail server</source>
        <translation>Tester mailserveren</translation>
    </message>
    <message>
        <source>The connection to %1 works.</source>
        <translation>Forbindelsen til %1 virker.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Genstart nu</translation>
    </message>
    <message>
        <source>Close Backorder Desk and open it again in the chosen language</source>
        <translation>Luk Backorder Desk, og åbn det igen på det valgte sprog</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>None (not encrypted)</source>
        <translation>Ingen (ikke krypteret)</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (normalt port 587)</translation>
    </message>
    <message>
        <source>TLS from the start (usually port 465)</source>
        <translation>TLS fra start (normalt port 465)</translation>
    </message>
</context>
<context>
    <name>bd::ui::ShipDialog</name>
    <message>
        <source>SKU</source>
        <translation>Varenr.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Vare</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Bestilt</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Tildelt</translation>
    </message>
    <message>
        <source>Shipped before</source>
        <translation>Afsendt før</translation>
    </message>
    <message>
        <source>Ship now</source>
        <translation>Afsend nu</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>Afsend</translation>
    </message>
    <message>
        <source>Ship order %1</source>
        <translation>Afsend ordre %1</translation>
    </message>
    <message>
        <source>Who carries the parcel; the customer reads it with the tracking number</source>
        <translation>Hvem der bringer pakken ud; kunden læser det sammen med sporingsnummeret</translation>
    </message>
    <message>
        <source>may be left empty</source>
        <translation>kan stå tomt</translation>
    </message>
    <message>
        <source>&amp;Carrier:</source>
        <translation>&amp;Fragtfirma:</translation>
    </message>
    <message>
        <source>&amp;Tracking number:</source>
        <translation>&amp;Sporingsnummer:</translation>
    </message>
    <message>
        <source>Order %1 for %2, payment %3.</source>
        <translation>Ordre %1 til %2, betaling %3.</translation>
    </message>
    <message>
        <source>Units of %1 to ship now</source>
        <translation>Enheder af %1, der afsendes nu</translation>
    </message>
    <message>
        <source>Ship although the payment is %1, not captured</source>
        <translation>Afsend selvom betalingen er %1, ikke trukket</translation>
    </message>
    <message>
        <source>Choose how many units of each line to ship now.</source>
        <translation>Vælg, hvor mange enheder af hver linje der afsendes nu.</translation>
    </message>
    <message>
        <source>Order %1 is held until complete: it ships when all of it can go together.</source>
        <translation>Ordre %1 holdes tilbage, til den er komplet: den afsendes, når det hele kan sendes samlet.</translation>
    </message>
    <message>
        <source>Shipping now: %1. Still to come, at no extra shipping cost: %2.</source>
        <translation>Afsendes nu: %1. Følger senere uden ekstra fragt: %2.</translation>
    </message>
    <message>
        <source>Shipping now: %1, the whole order.</source>
        <translation>Afsendes nu: %1, hele ordren.</translation>
    </message>
    <message>
        <source>Ship a partial shipment now; the rest (%1) follows later</source>
        <translation>Afsend en dellevering nu; resten (%1) følger senere</translation>
    </message>
    <message>
        <source>Ship part now</source>
        <translation>Afsend del nu</translation>
    </message>
    <message>
        <source>Order %1 not shipped</source>
        <translation>Ordre %1 blev ikke afsendt</translation>
    </message>
    <message numerus="yes">
        <source>Order %1: %Ln unit(s) shipped, the rest follows</source>
        <translation>
            <numerusform>Ordre %1: %Ln enhed afsendt, resten følger</numerusform>
            <numerusform>Ordre %1: %Ln enheder afsendt, resten følger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Order %1 shipped: %Ln unit(s)</source>
        <translation>
            <numerusform>Ordre %1 afsendt: %Ln enhed</numerusform>
            <numerusform>Ordre %1 afsendt: %Ln enheder</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (released on %2)</source>
        <translation>%1 (udkommer %2)</translation>
    </message>
</context>
<context>
    <name>bd::ui::StageDialog</name>
    <message>
        <source>Stage of %1</source>
        <translation>Trin for %1</translation>
    </message>
    <message>
        <source>Where is purchase order %1 now? The waiting customers whose units it brings get one e-mail about it.</source>
        <translation>Hvor er indkøbsordre %1 nu? De ventende kunder, hvis varer den bringer, får én e-mail om det.</translation>
    </message>
    <message>
        <source>e.g. left Shenzhen on the MSC Oscar</source>
        <translation>f.eks. forlod Shenzhen med MSC Oscar</translation>
    </message>
    <message>
        <source>New &amp;expected date:</source>
        <translation>Ny &amp;forventet dato:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Trin:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>&amp;Note for customers:</source>
        <translation>&amp;Bemærkning til kunderne:</translation>
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
    <message>
        <source>The language of your customers&apos; e-mails, and how dates and money read in them and in reports</source>
        <translation>Sproget i dine kunders e-mails, og hvordan datoer og beløb skrives i dem og i rapporter</translation>
    </message>
    <message>
        <source>The currency of your prices</source>
        <translation>Valutaen for dine priser</translation>
    </message>
    <message>
        <source>Country and &amp;language:</source>
        <translation>Land og &amp;sprog:</translation>
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
