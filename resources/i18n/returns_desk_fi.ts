<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Returns Desk</source>
        <translation>Tietoja: Returns Desk</translation>
    </message>
    <message>
        <source>Returns Desk logo</source>
        <translation>Returns Desk -logo</translation>
    </message>
    <message>
        <source>Returns Desk {version}</source>
        <translation>Returns Desk {version}</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>tarkistetaan…</translation>
    </message>
    <message>
        <source>not written (the app runs without a log)</source>
        <translation>ei kirjoiteta (sovellus toimii ilman lokia)</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Tietokanta:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Skeeman versio:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Osoite:</translation>
    </message>
    <message>
        <source>Station:</source>
        <translation>Työpiste:</translation>
    </message>
    <message>
        <source>Runs on:</source>
        <translation>Ympäristö:</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Lokitiedosto:</translation>
    </message>
    <message>
        <source>did not answer</source>
        <translation>ei vastannut</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tuntematon</translation>
    </message>
    <message>
        <source>local file</source>
        <translation>paikallinen tiedosto</translation>
    </message>
    <message>
        <source>shared server</source>
        <translation>yhteinen palvelin</translation>
    </message>
    <message>
        <source>{engine}, {kind}</source>
        <translation>{engine}, {kind}</translation>
    </message>
    <message>
        <source>{engine}, {kind}, NOT reachable</source>
        <translation>{engine}, {kind}, EI yhteyttä</translation>
    </message>
    <message>
        <source>unknown (this app: {head})</source>
        <translation>tuntematon (tämä sovellus: {head})</translation>
    </message>
    <message>
        <source>{schema} (current)</source>
        <translation>{schema} (ajan tasalla)</translation>
    </message>
    <message>
        <source>{schema} (this app: {head})</source>
        <translation>{schema} (tämä sovellus: {head})</translation>
    </message>
</context>
<context>
    <name>AdjustDialog</name>
    <message>
        <source>Adjust stock of {sku}</source>
        <translation>Korjaa tuotteen {sku} saldoa</translation>
    </message>
    <message>
        <source> units</source>
        <translation> kpl</translation>
    </message>
    <message>
        <source>e.g. stocktake 11/2026: two found on the shelf</source>
        <translation>esim. inventaario 11/2026: hyllystä löytyi kaksi</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>Korjaa</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Tuote</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Varastopaikka</translation>
    </message>
    <message>
        <source>Change (+ found, − missing)</source>
        <translation>Muutos (+ löytyi, − puuttuu)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
</context>
<context>
    <name>Backoffice</name>
    <message>
        <source>Withdrawal</source>
        <translation>Peruuttaminen</translation>
    </message>
    <message>
        <source>Defect claim</source>
        <translation>Virheilmoitus</translation>
    </message>
    <message>
        <source>Goodwill</source>
        <translation>Vapaaehtoinen palautus</translation>
    </message>
    <message>
        <source>Does not fit</source>
        <translation>Ei sovi</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>Ei vastaa kuvausta</translation>
    </message>
    <message>
        <source>Changed mind</source>
        <translation>Muutti mielensä</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>Viallinen</translation>
    </message>
    <message>
        <source>Wrong item sent</source>
        <translation>Lähetetty väärä tuote</translation>
    </message>
    <message>
        <source>Arrived late</source>
        <translation>Saapui myöhässä</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Ehdotettu</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Hyväksytty</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Kirjattu</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <source>Original means of payment</source>
        <translation>Alkuperäinen maksutapa</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Tilisiirto</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Hyvityssaldo</translation>
    </message>
    <message>
        <source>Sellable</source>
        <translation>Myyntivarasto</translation>
    </message>
    <message>
        <source>B-stock</source>
        <translation>B-varasto</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Karanteeni</translation>
    </message>
    <message>
        <source>Scrap</source>
        <translation>Romutus</translation>
    </message>
    <message>
        <source>Back to supplier</source>
        <translation>Palautus toimittajalle</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Varastotyöntekijä</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Esihenkilö</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Ylläpitäjä</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>myöhässä</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>erääntyy pian</translation>
    </message>
    <message>
        <source>Restocked</source>
        <translation>Takaisin myyntiin</translation>
    </message>
    <message>
        <source>Scrapped</source>
        <translation>Romutettu</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Vastaanotettu</translation>
    </message>
    <message>
        <source>Unidentified</source>
        <translation>Tunnistamaton</translation>
    </message>
    <message>
        <source>Matched later</source>
        <translation>Yhdistetty myöhemmin</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Poistettu jonosta</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>Väärä tuote</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Puuttuu</translation>
    </message>
    <message>
        <source>Not on the return</source>
        <translation>Ei palautuksessa</translation>
    </message>
    <message>
        <source>Empty box</source>
        <translation>Tyhjä laatikko</translation>
    </message>
    <message>
        <source>Extra unit</source>
        <translation>Ylimääräinen kappale</translation>
    </message>
    <message>
        <source>Return graded and restocked</source>
        <translation>Palautus luokiteltu myyntiin</translation>
    </message>
    <message>
        <source>Return graded to B-stock</source>
        <translation>Palautus luokiteltu B-varastoon</translation>
    </message>
    <message>
        <source>Return put in quarantine</source>
        <translation>Palautus siirretty karanteeniin</translation>
    </message>
    <message>
        <source>Return scrapped</source>
        <translation>Palautus romutettu</translation>
    </message>
    <message>
        <source>Return sent to the supplier</source>
        <translation>Palautus lähetetty toimittajalle</translation>
    </message>
    <message>
        <source>Return held for the customer</source>
        <translation>Palautus säilytetään asiakkaalle</translation>
    </message>
    <message>
        <source>Manual adjustment</source>
        <translation>Käsin tehty saldokorjaus</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Siirretty</translation>
    </message>
    <message>
        <source>Sent back to the customer</source>
        <translation>Lähetetty takaisin asiakkaalle</translation>
    </message>
    <message>
        <source>Inspection undone</source>
        <translation>Tarkastus peruttu</translation>
    </message>
    <message>
        <source>Held for the customer</source>
        <translation>Odottaa palautusta asiakkaalle</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Tuote</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Toimituskulut</translation>
    </message>
    <message>
        <source>Return label fee</source>
        <translation>Palautusetiketin maksu</translation>
    </message>
    <message>
        <source>Return postage</source>
        <translation>Palautuksen postikulut</translation>
    </message>
    <message>
        <source>Price reduction</source>
        <translation>Hinnanalennus</translation>
    </message>
    <message>
        <source>Return label</source>
        <translation>Palautusetiketti</translation>
    </message>
    <message>
        <source>Item tag</source>
        <translation>Tuotelappu</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Hyvityslasku</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Palautukset</translation>
    </message>
    <message>
        <source>Refund queue</source>
        <translation>Hyvitysjono</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Varasto</translation>
    </message>
    <message>
        <source>Unidentified parcels</source>
        <translation>Tunnistamattomat paketit</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Käyttäjät</translation>
    </message>
    <message>
        <source>For sale</source>
        <translation>Myytävissä</translation>
    </message>
    <message>
        <source>Not for sale</source>
        <translation>Ei myytävissä</translation>
    </message>
    <message>
        <source>Not stock on hand</source>
        <translation>Ei varastosaldoa</translation>
    </message>
</context>
<context>
    <name>BatchSummaryDialog</name>
    <message>
        <source>Batch issue done</source>
        <translation>Hyvitysten kirjaus valmis</translation>
    </message>
    <message>
        <source>Issued ({n})</source>
        <translation>Kirjattu ({n})</translation>
    </message>
    <message>
        <source>{code} · {customer} · {total} · credit note {number}</source>
        <translation>{code} · {customer} · {total} · hyvityslasku {number}</translation>
    </message>
    <message>
        <source>Skipped, not issued ({n})</source>
        <translation>Ohitettu, ei kirjattu ({n})</translation>
    </message>
    <message>
        <source>{code} · {customer}: {reason}</source>
        <translation>{code} · {customer}: {reason}</translation>
    </message>
    <message>
        <source>Issued: {n}, {total} in all.</source>
        <translation>Kirjattu: {n}, yhteensä {total}.</translation>
    </message>
    <message>
        <source>Skipped: {n}, see why below.</source>
        <translation>Ohitettu: {n}, syyt alla.</translation>
    </message>
</context>
<context>
    <name>ChartFactory</name>
    <message>
        <source>{title}: nothing in this period</source>
        <translation>{title}: ei tapahtumia tällä jaksolla</translation>
    </message>
    <message>
        <source>wk {week}</source>
        <translation>vk {week}</translation>
    </message>
    <message>
        <source>Returns per day</source>
        <translation>Palautukset päivittäin</translation>
    </message>
    <message>
        <source>Returns per week</source>
        <translation>Palautukset viikoittain</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>Viikko alkaen</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Palautukset</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Kpl</translation>
    </message>
    <message>
        <source>Why customers return (units)</source>
        <translation>Miksi asiakkaat palauttavat (kpl)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Koodi</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Rivit</translation>
    </message>
    <message>
        <source>Reasons per category</source>
        <translation>Syyt tuoteryhmittäin</translation>
    </message>
    <message>
        <source>Reasons per product</source>
        <translation>Syyt tuotteittain</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Tuoteryhmä</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Tuote</translation>
    </message>
    <message>
        <source>Highest return rates (products sold at least {n} times)</source>
        <translation>Korkeimmat palautusasteet (vähintään {n} kertaa myydyt tuotteet)</translation>
    </message>
    <message>
        <source>Returned units / sold units, %</source>
        <translation>Palautetut / myydyt kappaleet, %</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Tuotekoodi</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Myyty</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Palautettu</translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation>Palautusaste</translation>
    </message>
    <message>
        <source>Days from notice to refund (legal limit {days} days)</source>
        <translation>Päiviä ilmoituksesta hyvitykseen (lakisääteinen raja {days} päivää)</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Ajallaan</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Myöhässä</translation>
    </message>
    <message>
        <source>days ({last} and more in the last column)</source>
        <translation>päivää ({last} tai enemmän viimeisessä sarakkeessa)</translation>
    </message>
    <message>
        <source>days</source>
        <translation>päivää</translation>
    </message>
    <message>
        <source>Legal limit</source>
        <translation>Lakisääteinen raja</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Päivät</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Hyvitykset</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Palautus</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Ilmoitettu</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Eräpäivä</translation>
    </message>
    <message>
        <source>Refunded on</source>
        <translation>Hyvitetty</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Päivää myöhässä</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Value recovered and written off ({currency})</source>
        <translation>Takaisin saatu ja alaskirjattu arvo ({currency})</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Takaisin saatu</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Alaskirjattu</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Käsittely</translation>
    </message>
    <message>
        <source>Value at price</source>
        <translation>Arvo myyntihinnalla</translation>
    </message>
    <message>
        <source>Value counted</source>
        <translation>Laskettu arvo</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>Lasketaan</translation>
    </message>
    <message>
        <source>Grades of inspected units</source>
        <translation>Tarkastettujen kappaleiden luokat</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Luokka</translation>
    </message>
    <message>
        <source>Returns processed per hour, by user</source>
        <translation>Käsitellyt palautukset tunnissa, käyttäjittäin</translation>
    </message>
    <message>
        <source>Returns processed per hour, by station</source>
        <translation>Käsitellyt palautukset tunnissa, työpisteittäin</translation>
    </message>
    <message>
        <source>Returns per active hour</source>
        <translation>Palautuksia aktiivista tuntia kohden</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Käyttäjä</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Työpiste</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Paketit</translation>
    </message>
    <message>
        <source>Units inspected</source>
        <translation>Tarkastetut kpl</translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation>Aktiiviset tunnit</translation>
    </message>
    <message>
        <source>Returns per hour</source>
        <translation>Palautuksia tunnissa</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Export PNG</source>
        <translation>Vie PNG</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Vie CSV</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Returns Desk: something went wrong</source>
        <translation>Returns Desk: jokin meni vikaan</translation>
    </message>
    <message>
        <source>The details are in the log file {file}.</source>
        <translation>Tarkemmat tiedot ovat lokitiedostossa {file}.</translation>
    </message>
    <message>
        <source>No log file is written; copy the report below instead.</source>
        <translation>Lokitiedostoa ei kirjoiteta; kopioi sen sijaan alla oleva raportti.</translation>
    </message>
    <message>
        <source>Crash report</source>
        <translation>Virheraportti</translation>
    </message>
    <message>
        <source>What happened to the report</source>
        <translation>Mitä raportille tehtiin</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Kopioi raportti</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Tallenna raportti…</translation>
    </message>
    <message>
        <source>The report is on the clipboard.</source>
        <translation>Raportti on leikepöydällä.</translation>
    </message>
    <message>
        <source>Save the crash report</source>
        <translation>Tallenna virheraportti</translation>
    </message>
    <message>
        <source>Could not save the report ({error}); copy it instead.</source>
        <translation>Raporttia ei voitu tallentaa ({error}); kopioi se sen sijaan.</translation>
    </message>
    <message>
        <source>The report is saved in {file}.</source>
        <translation>Raportti on tallennettu tiedostoon {file}.</translation>
    </message>
    <message>
        <source>Returns Desk met an error it did not expect ({error}). What was saved before it stays saved; try again, and if it happens again send the report to support.</source>
        <translation>Returns Desk kohtasi odottamattoman virheen ({error}). Ennen sitä tallennettu pysyy tallessa. Yritä uudelleen, ja jos virhe toistuu, lähetä raportti tukeen.</translation>
    </message>
</context>
<context>
    <name>DatabaseSettings</name>
    <message>
        <source>A local file on this computer (one station)</source>
        <translation>Paikallinen tiedosto tällä tietokoneella (yksi työpiste)</translation>
    </message>
    <message>
        <source>A shared PostgreSQL server (several stations)</source>
        <translation>Jaettu PostgreSQL-palvelin (useita työpisteitä)</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Paikallinen tiedosto</translation>
    </message>
    <message>
        <source>Empty: the app&apos;s own data folder</source>
        <translation>Tyhjä: sovelluksen oma datakansio</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Valitse…</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL-palvelin</translation>
    </message>
    <message>
        <source>Leave empty to use the one kept already</source>
        <translation>Jätä tyhjäksi, niin käytetään tallennettua salasanaa</translation>
    </message>
    <message>
        <source>PostgreSQL password file ({path})</source>
        <translation>PostgreSQL:n salasanatiedosto ({path})</translation>
    </message>
    <message>
        <source>System keyring</source>
        <translation>Järjestelmän avainnippu</translation>
    </message>
    <message>
        <source>No system keyring is installed on this computer.</source>
        <translation>Tälle tietokoneelle ei ole asennettu järjestelmän avainnippua.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Palvelin</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Portti</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Tietokanta</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Käyttäjä</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <source>Keep the password in</source>
        <translation>Salasanan säilytyspaikka</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testaa yhteys</translation>
    </message>
    <message>
        <source>Use this database</source>
        <translation>Käytä tätä tietokantaa</translation>
    </message>
    <message>
        <source>local file</source>
        <translation>paikallinen tiedosto</translation>
    </message>
    <message>
        <source>shared server</source>
        <translation>jaettu palvelin</translation>
    </message>
    <message>
        <source>Now in use: {url} ({kind})</source>
        <translation>Nyt käytössä: {url} ({kind})</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Tietokantatiedosto</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite3 *.db)</source>
        <translation>SQLite-tietokannat (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <source>Give the server, the database and the user.</source>
        <translation>Anna palvelin, tietokanta ja käyttäjä.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Yhdistetään…</translation>
    </message>
    <message>
        <source>Connected: {orders} orders and {returns} returns.</source>
        <translation>Yhteys kunnossa: {orders} tilausta ja {returns} palautusta.</translation>
    </message>
    <message>
        <source>Connected: the database is empty; it is set up when you use it.</source>
        <translation>Yhteys kunnossa: tietokanta on tyhjä; se alustetaan, kun otat sen käyttöön.</translation>
    </message>
    <message>
        <source>Connected: the file is upgraded (after a backup) when you use it.</source>
        <translation>Yhteys kunnossa: tiedosto päivitetään (varmuuskopioinnin jälkeen), kun otat sen käyttöön.</translation>
    </message>
    <message>
        <source>Connected, but the database needs an upgrade first: ask an administrator to run &apos;returns-app db upgrade&apos; as the database owner.</source>
        <translation>Yhteys kunnossa, mutta tietokanta on ensin päivitettävä: pyydä ylläpitäjää ajamaan &apos;returns-app db upgrade&apos; tietokannan omistajana.</translation>
    </message>
    <message>
        <source>Connected, but a newer Returns Desk made this database. Update the app.</source>
        <translation>Yhteys kunnossa, mutta tietokanta on tehty uudemmalla Returns Deskillä. Päivitä sovellus.</translation>
    </message>
    <message>
        <source>Connected, but the database holds something else. Choose an empty database or a Returns Desk one.</source>
        <translation>Yhteys kunnossa, mutta tietokannassa on muita tietoja. Valitse tyhjä tietokanta tai Returns Deskin tietokanta.</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Avataan tietokantaa…</translation>
    </message>
    <message>
        <source>Now using {url}.</source>
        <translation>Nyt käytössä: {url}.</translation>
    </message>
    <message>
        <source>Now in use: {url}</source>
        <translation>Nyt käytössä: {url}</translation>
    </message>
</context>
<context>
    <name>DecideDialog</name>
    <message>
        <source>Decide the payout of {code}</source>
        <translation>Päätä palautuksen {code} maksu</translation>
    </message>
    <message>
        <source>{method} of {amount}, {state}.</source>
        <translation>{method}, {amount}: {state}.</translation>
    </message>
    <message>
        <source>Started by {who} at {station}, {when}; refund stamp {stamp}.</source>
        <translation>Aloitti {who} asemalla {station} {when}; hyvityksen tunniste {stamp}.</translation>
    </message>
    <message>
        <source>Payment (transaction id): {id}</source>
        <translation>Maksu (maksutapahtuman tunnus): {id}</translation>
    </message>
    <message>
        <source>Last heard: {words}</source>
        <translation>Viimeksi kuultu: {words}</translation>
    </message>
    <message>
        <source>Look for the refund stamp in Paytrail&apos;s merchant panel (or the customer&apos;s bank statement) before deciding. Not paid lets the refund be paid again.</source>
        <translation>Etsi hyvityksen tunniste Paytrailin kauppiaspaneelista (tai asiakkaan tiliotteelta) ennen kuin päätät. ”Ei maksettu” sallii hyvityksen maksamisen uudelleen.</translation>
    </message>
    <message>
        <source>It was paid</source>
        <translation>Se on maksettu</translation>
    </message>
    <message>
        <source>It was not paid</source>
        <translation>Sitä ei ole maksettu</translation>
    </message>
    <message>
        <source>What you checked</source>
        <translation>Mitä tarkistit</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Päätä</translation>
    </message>
</context>
<context>
    <name>DeductionDialog</name>
    <message>
        <source>Deduct for diminished value</source>
        <translation>Arvonalennusvähennys</translation>
    </message>
    <message>
        <source>e.g. 10.00</source>
        <translation>esim. 10,00</translation>
    </message>
    <message>
        <source>What handling went beyond trying it on, e.g. worn outdoors</source>
        <translation>Mikä käsittely meni sovittamista pidemmälle, esim. käytetty ulkona</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Tuote</translation>
    </message>
    <message>
        <source>Amount ({currency})</source>
        <translation>Summa ({currency})</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Choose the item and give the amount.</source>
        <translation>Valitse tuote ja anna summa.</translation>
    </message>
</context>
<context>
    <name>DeliveryDayDialog</name>
    <message>
        <source>Correct the delivery day</source>
        <translation>Korjaa toimituspäivä</translation>
    </message>
    <message>
        <source>The withdrawal period runs from the day the customer got the goods. Choose the shipment, the day it arrived and write what shows it (a tracking event, the carrier&apos;s message). A day known from the shop can be corrected too; the correction is kept in the log.</source>
        <translation>Peruuttamisaika lasketaan päivästä, jona asiakas sai tuotteet. Valitse lähetys ja päivä, jona se saapui, ja kirjoita, mikä sen osoittaa (seurantatapahtuma, kuljetusliikkeen viesti). Myös verkkokaupasta saatu päivä voidaan korjata; korjaus jää lokiin.</translation>
    </message>
    <message>
        <source>Correct the day</source>
        <translation>Korjaa päivä</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Lähetys</translation>
    </message>
    <message>
        <source>e.g. Posti tracking: delivered 12.11. 16:04</source>
        <translation>esim. Postin seuranta: toimitettu 12.11. klo 16.04</translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation>Toimitettu</translation>
    </message>
    <message>
        <source>shipment without tracking</source>
        <translation>lähetys ilman seurantakoodia</translation>
    </message>
    <message>
        <source>no delivery day</source>
        <translation>ei toimituspäivää</translation>
    </message>
    <message>
        <source>{day}, estimated</source>
        <translation>{day}, arvioitu</translation>
    </message>
    <message>
        <source>Order {number} · {parcel} · {when}</source>
        <translation>Tilaus {number} · {parcel} · {when}</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>Receiving desk</source>
        <translation>Vastaanotto</translation>
    </message>
</context>
<context>
    <name>DeskKeys</name>
    <message>
        <source>Receiving desk</source>
        <translation>Vastaanotto</translation>
    </message>
    <message>
        <source>Back to the scan field (closes the refund panel)</source>
        <translation>Takaisin skannauskenttään (sulkee hyvityspaneelin)</translation>
    </message>
    <message>
        <source>Inspect the next unit</source>
        <translation>Tarkasta seuraava kappale</translation>
    </message>
    <message>
        <source>Check in one unit of the chosen line (no barcode)</source>
        <translation>Kirjaa yksi kappale valitulta riviltä saapuneeksi (ilman viivakoodia)</translation>
    </message>
    <message>
        <source>Record missing items</source>
        <translation>Kirjaa puuttuvat tuotteet</translation>
    </message>
    <message>
        <source>Record an empty box</source>
        <translation>Kirjaa tyhjä laatikko</translation>
    </message>
    <message>
        <source>Record a wrong item (for the chosen line)</source>
        <translation>Kirjaa väärä tuote (valitulle riville)</translation>
    </message>
    <message>
        <source>Undo the last inspection</source>
        <translation>Peru viimeisin tarkastus</translation>
    </message>
    <message>
        <source>Refund panel</source>
        <translation>Hyvityspaneeli</translation>
    </message>
    <message>
        <source>Register a return</source>
        <translation>Luo palautus</translation>
    </message>
    <message>
        <source>Put the parcel in the unidentified queue</source>
        <translation>Siirrä paketti tunnistamattomien pakettien jonoon</translation>
    </message>
    <message>
        <source>Print the last document again</source>
        <translation>Tulosta viimeisin asiakirja uudelleen</translation>
    </message>
    <message>
        <source>Save the last document as a PDF</source>
        <translation>Tallenna viimeisin asiakirja PDF:ksi</translation>
    </message>
    <message>
        <source>Close the return (done)</source>
        <translation>Sulje palautus (valmis)</translation>
    </message>
    <message>
        <source>Try the kept scans again (after the database was down)</source>
        <translation>Yritä tallessa olevia skannauksia uudelleen (kun tietokanta ei vastannut)</translation>
    </message>
    <message>
        <source>Inspection: 1. grade</source>
        <translation>Tarkastus: 1. luokka</translation>
    </message>
    <message>
        <source>A: as new</source>
        <translation>A: kuin uusi</translation>
    </message>
    <message>
        <source>B: minor marks</source>
        <translation>B: pieniä jälkiä</translation>
    </message>
    <message>
        <source>C: damaged</source>
        <translation>C: vaurioitunut</translation>
    </message>
    <message>
        <source>D: unusable</source>
        <translation>D: käyttökelvoton</translation>
    </message>
    <message>
        <source>Inspection: 2. where it goes</source>
        <translation>Tarkastus: 2. minne tuote menee</translation>
    </message>
    <message>
        <source>Restock</source>
        <translation>Takaisin myyntiin</translation>
    </message>
    <message>
        <source>B-stock</source>
        <translation>B-varasto</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Karanteeni</translation>
    </message>
    <message>
        <source>Scrap</source>
        <translation>Romutus</translation>
    </message>
    <message>
        <source>Back to the supplier (vendor)</source>
        <translation>Palautus toimittajalle</translation>
    </message>
    <message>
        <source>Hold for return to the customer (not refunded)</source>
        <translation>Säilytä palautettavaksi asiakkaalle (ei hyvitetä)</translation>
    </message>
    <message>
        <source>Take the suggested place</source>
        <translation>Hyväksy ehdotettu paikka</translation>
    </message>
    <message>
        <source>Back to the grade</source>
        <translation>Takaisin luokitukseen</translation>
    </message>
    <message>
        <source>Mark as unsealed (hygiene seal)</source>
        <translation>Merkitse avatuksi (hygieniasinetti)</translation>
    </message>
    <message>
        <source>Issue the refund</source>
        <translation>Kirjaa hyvitys</translation>
    </message>
    <message>
        <source>Compute the refund again</source>
        <translation>Laske hyvitys uudelleen</translation>
    </message>
    <message>
        <source>Deduct for diminished value</source>
        <translation>Tee arvonalennusvähennys</translation>
    </message>
    <message>
        <source>Find the order</source>
        <translation>Etsi tilaus</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Luo palautus</translation>
    </message>
    <message>
        <source>Print the return label</source>
        <translation>Tulosta palautusetiketti</translation>
    </message>
    <message>
        <source>Save the label as a PDF</source>
        <translation>Tallenna etiketti PDF:ksi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
</context>
<context>
    <name>DeskView</name>
    <message>
        <source>Preview</source>
        <translation>Esikatselu</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Piilota</translation>
    </message>
</context>
<context>
    <name>DeskWidget</name>
    <message>
        <source>Withdrawal</source>
        <translation>Peruuttaminen</translation>
    </message>
    <message>
        <source>Defect claim</source>
        <translation>Virheilmoitus</translation>
    </message>
    <message>
        <source>Goodwill</source>
        <translation>Vapaaehtoinen palautus</translation>
    </message>
    <message>
        <source>wrong item</source>
        <translation>väärä tuote</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>puuttuu</translation>
    </message>
    <message>
        <source>not on the return</source>
        <translation>ei palautuksessa</translation>
    </message>
    <message>
        <source>empty box</source>
        <translation>tyhjä laatikko</translation>
    </message>
    <message>
        <source>extra</source>
        <translation>ylimääräinen</translation>
    </message>
    <message>
        <source>Scan a parcel, then its items. {register} registers a return; F1 lists every key.</source>
        <translation>Skannaa paketti ja sitten sen tuotteet. {register} luo palautuksen; F1 näyttää kaikki näppäimet.</translation>
    </message>
    <message>
        <source>Scan a parcel</source>
        <translation>Skannaa paketti</translation>
    </message>
    <message>
        <source>Its return label, tracking number or order number. For a phone or e-mail request, {register} registers a return.</source>
        <translation>Sen palautusetiketti, seurantatunnus tai tilausnumero. Puhelimitse tai sähköpostitse tulleeseen pyyntöön {register} luo palautuksen.</translation>
    </message>
    <message>
        <source>Register a return ({key})</source>
        <translation>Luo palautus ({key})</translation>
    </message>
    <message>
        <source>Put in the unidentified queue ({key})</source>
        <translation>Siirrä tunnistamattomien jonoon ({key})</translation>
    </message>
    <message>
        <source>Save as PDF… ({key})</source>
        <translation>Tallenna PDF:ksi… ({key})</translation>
    </message>
    <message>
        <source>{key}: the refund panel</source>
        <translation>{key}: hyvityspaneeli</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Käsitellään…</translation>
    </message>
    <message numerus="yes">
        <source>Try the %n kept scan(s) again (F11)</source>
        <translation>
            <numerusform>Yritä tallessa olevaa skannausta uudelleen (F11)</numerusform>
            <numerusform>Yritä tallessa olevia %n skannausta uudelleen (F11)</numerusform>
        </translation>
    </message>
    <message>
        <source>Database unreachable: nothing was saved</source>
        <translation>Tietokantaan ei saada yhteyttä: mitään ei tallennettu</translation>
    </message>
    <message>
        <source>Return {code}</source>
        <translation>Palautus {code}</translation>
    </message>
    <message>
        <source>No return for order {number}</source>
        <translation>Tilauksella {number} ei ole palautusta</translation>
    </message>
    <message>
        <source>{customer}, {city}. If the customer sent it back without a notice, register a return now: the parcel counts as received.</source>
        <translation>{customer}, {city}. Jos asiakas lähetti paketin takaisin ilmoittamatta, luo palautus nyt: paketti kirjataan vastaanotetuksi.</translation>
    </message>
    <message>
        <source>Register a return for it, or set the parcel aside.</source>
        <translation>Luo sille palautus tai laita paketti sivuun.</translation>
    </message>
    <message>
        <source>Check the code and scan again. If you find the order (packing slip, the customer&apos;s name), register a return for it and the parcel counts as received. If nobody can tell yet, put the parcel in the unidentified queue.</source>
        <translation>Tarkista koodi ja lue se uudelleen. Jos löydät tilauksen (lähetyslista, asiakkaan nimi), rekisteröi sille palautus, niin paketti kirjataan vastaanotetuksi. Jos kukaan ei vielä tiedä, laita paketti tunnistamattomien jonoon.</translation>
    </message>
    <message>
        <source>Scan again, register a return, or queue the parcel.</source>
        <translation>Lue uudelleen, rekisteröi palautus tai laita paketti jonoon.</translation>
    </message>
    <message>
        <source>Unknown code: parcel queued</source>
        <translation>Tuntematon koodi: paketti jonossa</translation>
    </message>
    <message>
        <source>Nothing matches {code}</source>
        <translation>Koodilla {code} ei löydy mitään</translation>
    </message>
    <message>
        <source>The parcel is in the unidentified queue. If you find its order (packing slip, customer&apos;s name), register a return for it and the parcel is matched to it.</source>
        <translation>Paketti on tunnistamattomien pakettien jonossa. Jos löydät sen tilauksen (lähetyslista, asiakkaan nimi), luo tilaukselle palautus, niin paketti yhdistetään siihen.</translation>
    </message>
    <message>
        <source>Scan the parcel first</source>
        <translation>Skannaa ensin paketti</translation>
    </message>
    <message>
        <source>The only return still expecting this product ({code}): {customer}&apos;s. Check the parcel is theirs, then scan the item again to check it in.</source>
        <translation>Ainoa palautus, jossa tätä tuotetta ({code}) vielä odotetaan: asiakkaan {customer}. Tarkista, että paketti on hänen, ja skannaa tuote uudelleen, niin se kirjataan saapuneeksi.</translation>
    </message>
    <message numerus="yes">
        <source>%n returns still expect this product ({code}): {codes}. Scan the parcel&apos;s label or type its return code.</source>
        <translation>
            <numerusform>Tätä tuotetta ({code}) odotetaan vielä %n palautuksessa: {codes}. Skannaa paketin etiketti tai kirjoita sen palautuskoodi.</numerusform>
            <numerusform>Tätä tuotetta ({code}) odotetaan vielä %n palautuksessa: {codes}. Skannaa paketin etiketti tai kirjoita sen palautuskoodi.</numerusform>
        </translation>
    </message>
    <message>
        <source>No return still expects this product ({code}). Scan the parcel&apos;s label, or Ctrl+N registers a return.</source>
        <translation>Tätä tuotetta ({code}) ei odoteta yhdessäkään palautuksessa. Skannaa paketin etiketti, tai Ctrl+N luo palautuksen.</translation>
    </message>
    <message>
        <source>Grade it: A, B, C or D.</source>
        <translation>Luokittele: A, B, C tai D.</translation>
    </message>
    <message>
        <source>Recorded as a mismatch.</source>
        <translation>Kirjattu poikkeamaksi.</translation>
    </message>
    <message>
        <source>{name} · {contact} · {city} · order {orders}</source>
        <translation>{name} · {contact} · {city} · tilaus {orders}</translation>
    </message>
    <message>
        <source>Accepted by override: {reason}</source>
        <translation>Hyväksytty poikkeuksena: {reason}</translation>
    </message>
    <message>
        <source>Mismatches: {list}</source>
        <translation>Poikkeamat: {list}</translation>
    </message>
    <message>
        <source>{name}, unit {n}: {grade} → {place}</source>
        <translation>{name}, kappale {n}: {grade} → {place}</translation>
    </message>
    <message>
        <source>The seal was opened: this unit is not refunded (the exception applies).</source>
        <translation>Sinetti on avattu: tätä kappaletta ei hyvitetä (poikkeus koskee sitä).</translation>
    </message>
    <message>
        <source>The tag is printing.</source>
        <translation>Tuotelappu tulostuu.</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Ei peruttavaa</translation>
    </message>
    <message>
        <source>Undone: {name}, unit {n} ({grade} → {place})</source>
        <translation>Peruttu: {name}, kappale {n} ({grade} → {place})</translation>
    </message>
    <message>
        <source>The stock moved back; the audit log keeps both steps. Grade it again.</source>
        <translation>Varastosiirto peruttiin; tapahtumaloki säilyttää molemmat vaiheet. Luokittele kappale uudelleen.</translation>
    </message>
    <message>
        <source>Open a return first</source>
        <translation>Avaa ensin palautus</translation>
    </message>
    <message>
        <source>Scan the parcel&apos;s code.</source>
        <translation>Skannaa paketin koodi.</translation>
    </message>
    <message>
        <source>Nothing is missing</source>
        <translation>Mitään ei puutu</translation>
    </message>
    <message>
        <source>Every announced unit is checked in.</source>
        <translation>Kaikki ilmoitetut kappaleet on kirjattu saapuneiksi.</translation>
    </message>
    <message>
        <source>Record a mismatch</source>
        <translation>Kirjaa poikkeama</translation>
    </message>
    <message>
        <source>The database is slow to answer; still waiting. Your scan is kept.</source>
        <translation>Tietokanta vastaa hitaasti; odotetaan yhä. Skannauksesi on tallessa.</translation>
    </message>
    <message numerus="yes">
        <source>%n more scan(s) waiting.</source>
        <translation>
            <numerusform>%n skannaus odottaa vielä.</numerusform>
            <numerusform>%n skannausta odottaa vielä.</numerusform>
        </translation>
    </message>
    <message>
        <source>Busy at another station: scan kept</source>
        <translation>Toinen työpiste käsittelee: skannaus tallessa</translation>
    </message>
    <message>
        <source>Signed out: nothing was saved</source>
        <translation>Uloskirjattu: mitään ei tallennettu</translation>
    </message>
    <message numerus="yes">
        <source>{customer}: %n unit(s) expected. Scan the items.</source>
        <translation>
            <numerusform>{customer}: odotetaan %n kappale. Skannaa tuotteet.</numerusform>
            <numerusform>{customer}: odotetaan %n kappaletta. Skannaa tuotteet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record “{what}” on return {code}?</source>
        <translation>Kirjataanko ”{what}” palautukselle {code}?</translation>
    </message>
    <message>
        <source>Recorded. Grade what arrived; the refund covers it, and the rest is refunded if it comes later. Ctrl+R opens the refund.</source>
        <translation>Kirjattu. Arvioi saapuneet; hyvitys kattaa ne, ja loput hyvitetään, jos ne tulevat myöhemmin. Ctrl+R avaa hyvityksen.</translation>
    </message>
    <message>
        <source>Recorded. Nothing is refunded for an empty box; put it aside and ask the customer. Scan the next parcel.</source>
        <translation>Kirjattu. Tyhjästä laatikosta ei hyvitetä mitään; laita se sivuun ja kysy asiakkaalta. Skannaa seuraava paketti.</translation>
    </message>
    <message>
        <source>Recorded. Set the item aside for the back office; scan the next item.</source>
        <translation>Kirjattu. Laita tuote sivuun taustatoimistoa varten; skannaa seuraava tuote.</translation>
    </message>
    <message numerus="yes">
        <source>Missing: %n unit(s)</source>
        <translation>
            <numerusform>Puuttuu: %n kappale</numerusform>
            <numerusform>Puuttuu: %n kappaletta</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty box</source>
        <translation>Tyhjä laatikko</translation>
    </message>
    <message>
        <source>no line chosen</source>
        <translation>riviä ei ole valittu</translation>
    </message>
    <message>
        <source>Wrong item instead of {name}</source>
        <translation>Väärä tuote, tilalla piti olla {name}</translation>
    </message>
    <message>
        <source>Nothing to grade</source>
        <translation>Ei luokiteltavaa</translation>
    </message>
    <message>
        <source>Scan an item to check it in.</source>
        <translation>Skannaa tuote, niin se kirjataan saapuneeksi.</translation>
    </message>
    <message>
        <source>Return {code} closed</source>
        <translation>Palautus {code} suljettu</translation>
    </message>
    <message>
        <source>Scan the next parcel.</source>
        <translation>Skannaa seuraava paketti.</translation>
    </message>
    <message>
        <source>Unidentified parcel</source>
        <translation>Tunnistamaton paketti</translation>
    </message>
    <message>
        <source>Put the parcel {code} in the unidentified queue? It waits there for a decision in the back office.</source>
        <translation>Laitetaanko paketti {code} tunnistamattomien jonoon? Se odottaa siellä taustatoimiston päätöstä.</translation>
    </message>
    <message>
        <source>Parcel {code} queued</source>
        <translation>Paketti {code} siirretty jonoon</translation>
    </message>
    <message>
        <source>It waits in Unidentified parcels for a decision. Scan the next parcel.</source>
        <translation>Se odottaa päätöstä näkymässä Tunnistamattomat paketit. Skannaa seuraava paketti.</translation>
    </message>
    <message>
        <source>Parcel matched to {code}</source>
        <translation>Paketti yhdistetty palautukseen {code}</translation>
    </message>
    <message>
        <source>Scan the items.</source>
        <translation>Skannaa tuotteet.</translation>
    </message>
    <message>
        <source>The document could not be made.</source>
        <translation>Asiakirjaa ei voitu muodostaa.</translation>
    </message>
    <message>
        <source>Printed {name} on {printer}.</source>
        <translation>{name} tulostettu tulostimella {printer}.</translation>
    </message>
    <message>
        <source>Not printed: {name}</source>
        <translation>Ei tulostettu: {name}</translation>
    </message>
    <message>
        <source>Nothing printed yet</source>
        <translation>Mitään ei ole vielä tulostettu</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Tallennettu tiedostoon {path}.</translation>
    </message>
</context>
<context>
    <name>DeskWording</name>
    <message>
        <source>{n} days left</source>
        <translation>{n} päivää jäljellä</translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation>1 päivä jäljellä</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>eräpäivä tänään</translation>
    </message>
    <message>
        <source>1 day overdue</source>
        <translation>1 päivän myöhässä</translation>
    </message>
    <message>
        <source>{n} days overdue</source>
        <translation>{n} päivää myöhässä</translation>
    </message>
    <message>
        <source>notice given {date}</source>
        <translation>ilmoitettu {date}</translation>
    </message>
    <message>
        <source>refunded {date}</source>
        <translation>hyvitetty {date}</translation>
    </message>
    <message>
        <source>nothing to refund</source>
        <translation>ei hyvitettävää</translation>
    </message>
    <message>
        <source>refund due by {date}</source>
        <translation>hyvitettävä viimeistään {date}</translation>
    </message>
    <message>
        <source>defect claim: no 14-day limit</source>
        <translation>virheilmoitus: ei 14 päivän määräaikaa</translation>
    </message>
    <message>
        <source>goods due back by {date}</source>
        <translation>tuotteiden oltava palautettu viimeistään {date}</translation>
    </message>
    <message>
        <source>not delivered yet: the withdrawal period has not started</source>
        <translation>ei vielä toimitettu: peruuttamisaika ei ole alkanut</translation>
    </message>
    <message>
        <source>delivered {delivered}; the period ended {ends}</source>
        <translation>toimitettu {delivered}; peruuttamisaika päättyi {ends}</translation>
    </message>
    <message>
        <source>delivered {delivered}; the period ends {ends}</source>
        <translation>toimitettu {delivered}; peruuttamisaika päättyy {ends}</translation>
    </message>
    <message>
        <source>{day} (estimated from shipping; correct it from the proof)</source>
        <translation>{day} (arvioitu lähetyspäivästä; korjaa asiakkaan todisteen mukaan)</translation>
    </message>
    <message>
        <source>(extended by 12 months: the customer was not told of the right of withdrawal)</source>
        <translation>(pidennetty 12 kuukaudella: asiakkaalle ei kerrottu peruuttamisoikeudesta)</translation>
    </message>
    <message>
        <source>(day 14, {day}, is {reason})</source>
        <translation>(14. päivä, {day}, on {reason})</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>päivä sitten</translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation>{n} päivää sitten</translation>
    </message>
    <message>
        <source>open, {left}</source>
        <translation>voimassa, {left}</translation>
    </message>
</context>
<context>
    <name>DiscardDialog</name>
    <message>
        <source>Discard parcel {code}</source>
        <translation>Poista paketti {code} jonosta</translation>
    </message>
    <message>
        <source>e.g. refused and sent back to the sender</source>
        <translation>esim. vastaanotosta kieltäydytty ja palautettu lähettäjälle</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Poista jonosta</translation>
    </message>
    <message>
        <source>Ask a supervisor…</source>
        <translation>Pyydä esihenkilöä…</translation>
    </message>
    <message>
        <source>What was done with the parcel?</source>
        <translation>Mitä paketille tehtiin?</translation>
    </message>
    <message>
        <source>Discarding is a supervisor&apos;s decision: a supervisor approves it next by typing their own password.</source>
        <translation>Poistaminen on esihenkilön päätös: esihenkilö hyväksyy sen seuraavaksi kirjoittamalla oman salasanansa.</translation>
    </message>
</context>
<context>
    <name>DiscrepanciesModel</name>
    <message>
        <source>Mismatch</source>
        <translation>Poikkeama</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Kpl</translation>
    </message>
    <message>
        <source>Scanned code</source>
        <translation>Skannattu koodi</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomautus</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Aika</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <source>Document</source>
        <translation>Asiakirja</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Muodostettu</translation>
    </message>
</context>
<context>
    <name>ErrorTableModel</name>
    <message>
        <source>Line</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Sarake</translation>
    </message>
    <message>
        <source>Order / SKU</source>
        <translation>Tilaus / tuotekoodi</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The database does not answer. Nothing was saved; try again.</source>
        <translation>Tietokanta ei vastaa. Mitään ei tallennettu; yritä uudelleen.</translation>
    </message>
    <message>
        <source>Something went wrong ({error}). The details are in the log.</source>
        <translation>Jokin meni vikaan ({error}). Lisätiedot ovat lokissa.</translation>
    </message>
    <message>
        <source>Something went wrong ({error}). The details are in the log file {file}.</source>
        <translation>Jokin meni vikaan ({error}). Tarkemmat tiedot ovat lokitiedostossa {file}.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>First day of the period</source>
        <translation>Jakson ensimmäinen päivä</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Jakson viimeinen päivä</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Tämä kuukausi</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Edellinen kuukausi</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Viimeiset 90 päivää</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Kaikki lajit</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Aikaväli</translation>
    </message>
    <message>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Kaikki tuoteryhmät</translation>
    </message>
    <message>
        <source>All stations</source>
        <translation>Kaikki työpisteet</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pikanäppäimet</translation>
    </message>
    <message>
        <source>F1 or Esc closes this help.</source>
        <translation>F1 tai Esc sulkee tämän ohjeen.</translation>
    </message>
</context>
<context>
    <name>HitsModel</name>
    <message>
        <source>Found</source>
        <translation>Osuma</translation>
    </message>
    <message>
        <source>Return or order</source>
        <translation>Palautus tai tilaus</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>State or date</source>
        <translation>Tila tai päivämäärä</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Palautus</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Tilaus</translation>
    </message>
</context>
<context>
    <name>ImportExportDialog</name>
    <message>
        <source>Import and export</source>
        <translation>Tuonti ja vienti</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Tuo</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Vie</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Tilaukset</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Tuotteet</translation>
    </message>
    <message>
        <source>Delivery days (carrier&apos;s tracking events)</source>
        <translation>Toimituspäivät (kuljetusliikkeen seurantatapahtumat)</translation>
    </message>
    <message>
        <source>Recognise from the file</source>
        <translation>Tunnista tiedostosta</translation>
    </message>
    <message>
        <source>Shopify order export</source>
        <translation>Shopifyn tilausvienti</translation>
    </message>
    <message>
        <source>WooCommerce order export</source>
        <translation>WooCommercen tilausvienti</translation>
    </message>
    <message>
        <source>Returns Desk CSV</source>
        <translation>Returns Deskin CSV</translation>
    </message>
    <message>
        <source>Returns Desk JSON</source>
        <translation>Returns Deskin JSON</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>Tuotava tiedosto</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Valitse…</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Muoto</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Virheelliset rivit</translation>
    </message>
    <message>
        <source>Import the valid records anyway</source>
        <translation>Tuo silti virheettömät tietueet</translation>
    </message>
    <message>
        <source>Credit notes (issued refunds)</source>
        <translation>Hyvityslaskut (kirjatut hyvitykset)</translation>
    </message>
    <message>
        <source>Stock movements</source>
        <translation>Varastotapahtumat</translation>
    </message>
    <message>
        <source>First day to export</source>
        <translation>Viennin ensimmäinen päivä</translation>
    </message>
    <message>
        <source>Last day to export</source>
        <translation>Viennin viimeinen päivä</translation>
    </message>
    <message>
        <source>CSV for accounting</source>
        <translation>CSV kirjanpitoon</translation>
    </message>
    <message>
        <source>Finvoice 3.0 credit notes (one file each)</source>
        <translation>Finvoice 3.0 -hyvityslaskut (kukin omaan tiedostoonsa)</translation>
    </message>
    <message>
        <source>Decimal comma (12,50)</source>
        <translation>Desimaalipilkku (12,50)</translation>
    </message>
    <message>
        <source>Decimal point (12.50)</source>
        <translation>Desimaalipiste (12.50)</translation>
    </message>
    <message>
        <source>File or folder to export to</source>
        <translation>Vientitiedosto tai -kansio</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Jakso</translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation>Desimaalierotin</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Tallennuspaikka</translation>
    </message>
    <message>
        <source>Importing needs a supervisor or an admin.</source>
        <translation>Tuonti vaatii esihenkilön tai ylläpitäjän oikeudet.</translation>
    </message>
    <message>
        <source>Exporting needs a supervisor or an admin.</source>
        <translation>Vienti vaatii esihenkilön tai ylläpitäjän oikeudet.</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Valitse tuotava tiedosto</translation>
    </message>
    <message>
        <source>CSV or JSON (*.csv *.txt *.json);;All files (*)</source>
        <translation>CSV tai JSON (*.csv *.txt *.json);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>Valitse tuotava tiedosto.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Peruutetaan…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Tuodaan…</translation>
    </message>
    <message>
        <source>Import the {count} valid record(s) anyway</source>
        <translation>Tuo silti virheettömät tietueet ({count} kpl)</translation>
    </message>
    <message>
        <source>One row per stock movement: when, product, location, quantity and the balance after it, reason and return. Semicolon-separated UTF-8.</source>
        <translation>Rivi kustakin varastotapahtumasta: aika, tuote, varastopaikka, määrä ja saldo sen jälkeen, syy ja palautus. Puolipisteillä eroteltu UTF-8.</translation>
    </message>
    <message>
        <source>One Finvoice 3.0 credit note (INV02) per refund, named by its number, in the chosen folder. Needs the shop&apos;s IBAN in the settings.</source>
        <translation>Yksi Finvoice 3.0 -hyvityslasku (INV02) kustakin hyvityksestä valittuun kansioon, nimenä hyvityslaskun numero. Kaupan IBAN on annettava asetuksissa.</translation>
    </message>
    <message>
        <source>One row per credit note and VAT rate, amounts negative, semicolon-separated: Procountor, Netvisor and Excel read it as it is.</source>
        <translation>Rivi kustakin hyvityslaskusta ja ALV-kannasta, summat negatiivisina, puolipisteillä eroteltu: Procountor, Netvisor ja Excel lukevat sen sellaisenaan.</translation>
    </message>
    <message>
        <source>Choose a folder for the Finvoice files</source>
        <translation>Valitse kansio Finvoice-tiedostoille</translation>
    </message>
    <message>
        <source>Save the CSV as</source>
        <translation>Tallenna CSV nimellä</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Valitse, minne vienti tallennetaan.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Viedään…</translation>
    </message>
    <message>
        <source>{count} credit note(s), {total} in all, saved to {path}.</source>
        <translation>Hyvityslaskuja {count} kpl, yhteensä {total}, tallennettu: {path}.</translation>
    </message>
    <message>
        <source>{count} stock movement(s) saved to {path}.</source>
        <translation>Varastotapahtumia {count} kpl, tallennettu: {path}.</translation>
    </message>
</context>
<context>
    <name>InspectionPanel</name>
    <message>
        <source>Restock</source>
        <translation>Takaisin myyntiin</translation>
    </message>
    <message>
        <source>B-stock</source>
        <translation>B-varasto</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Karanteeni</translation>
    </message>
    <message>
        <source>Scrap</source>
        <translation>Romutus</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Toimittajalle</translation>
    </message>
    <message>
        <source>Hold for customer</source>
        <translation>Asiakkaalle</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Tarkastus</translation>
    </message>
    <message>
        <source>U: hygiene seal opened</source>
        <translation>U: hygieniasinetti avattu</translation>
    </message>
    <message>
        <source>Nothing to grade. Scan an item to check it in.</source>
        <translation>Ei luokiteltavaa. Skannaa tuote, niin se kirjataan saapuneeksi.</translation>
    </message>
    <message>
        <source>{name}: unit {n} of {received} received</source>
        <translation>{name}: kappale {n}/{received} vastaanotetusta</translation>
    </message>
    <message>
        <source>1. Grade: press A, B, C or D (or 1-4).</source>
        <translation>1. Luokka: paina A, B, C tai D (tai 1–4).</translation>
    </message>
    <message>
        <source>Not refunded (an exception to the right of withdrawal applies), so not for sale: Enter holds it to be sent back to the customer (H); Q puts it in quarantine.</source>
        <translation>Ei hyvitetä (peruuttamisoikeuden poikkeus koskee tuotetta), joten ei myyntiin: Enter säilyttää sen palautettavaksi asiakkaalle (H); Q siirtää karanteeniin.</translation>
    </message>
    <message>
        <source>2. Where does it go? Press its letter. Enter takes {suggested}, Backspace changes the grade.</source>
        <translation>2. Minne tuote menee? Paina sen kirjainta. Enter valitsee: {suggested}, Backspace vaihtaa luokkaa.</translation>
    </message>
</context>
<context>
    <name>InspectionsModel</name>
    <message>
        <source>Product</source>
        <translation>Tuote</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Kappale</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Luokka</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Käsittely</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Varastopaikka</translation>
    </message>
    <message>
        <source>Unsealed</source>
        <translation>Sinetti avattu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomautus</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Tekijä</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Aika</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Issue refund {code}</source>
        <translation>Kirjaa palautuksen {code} hyvitys</translation>
    </message>
    <message>
        <source>Refund {total} to {customer} for return {code}.</source>
        <translation>Hyvitetään {total} asiakkaalle {customer} palautuksesta {code}.</translation>
    </message>
    <message>
        <source>Issue {n} refunds</source>
        <translation>Kirjaa {n} hyvitystä</translation>
    </message>
    <message>
        <source>Issue {n} refunds, {total} in all. Each one is issued on its own: one that cannot be issued does not stop the others.</source>
        <translation>Kirjataan {n} hyvitystä, yhteensä {total}. Kukin kirjataan erikseen: jos yhtä ei voi kirjata, muut kirjataan silti.</translation>
    </message>
    <message>
        <source>Issuing also approves the ones that need a supervisor&apos;s approval ({n}).</source>
        <translation>Kirjaus hyväksyy samalla ne, jotka vaativat esihenkilön hyväksynnän ({n}).</translation>
    </message>
    <message>
        <source>Selected but cannot be issued now, so skipped: {n}. The summary at the end says why.</source>
        <translation>Valittuja, joita ei voi nyt kirjata, ohitetaan: {n}. Syyt näkyvät lopuksi yhteenvedossa.</translation>
    </message>
    <message>
        <source>e.g. the payment provider&apos;s refund id</source>
        <translation>esim. maksunvälittäjän hyvitystunnus</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Kirjaa</translation>
    </message>
    <message>
        <source>Paid back to</source>
        <translation>Hyvitystapa</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Maksun viite</translation>
    </message>
</context>
<context>
    <name>KpiStrip</name>
    <message>
        <source>Returns</source>
        <translation>Palautukset</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Kpl</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Hyvitetty</translation>
    </message>
    <message>
        <source>Refunds on time</source>
        <translation>Hyvitykset ajallaan</translation>
    </message>
    <message>
        <source>Unpaid past due day</source>
        <translation>Maksamatta eräpäivän jälkeen</translation>
    </message>
    <message>
        <source>Value recovered</source>
        <translation>Takaisin saatu arvo</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Alaskirjattu</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>When</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Tuotekoodi</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Tuote</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Varastopaikka</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Kpl</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomautus</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Palautus</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Tekijä</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Työpiste</translation>
    </message>
</context>
<context>
    <name>LocationsModel</name>
    <message>
        <source>Code</source>
        <translation>Koodi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Käytössä</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
</context>
<context>
    <name>LocationsWidget</name>
    <message>
        <source>In use</source>
        <translation>Käytössä</translation>
    </message>
    <message>
        <source>New location</source>
        <translation>Uusi varastopaikka</translation>
    </message>
    <message>
        <source>Save location</source>
        <translation>Tallenna varastopaikka</translation>
    </message>
    <message>
        <source>Only an administrator can change locations.</source>
        <translation>Vain ylläpitäjä voi muuttaa varastopaikkoja.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Koodi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Change {code}</source>
        <translation>Muokkaa varastopaikkaa {code}</translation>
    </message>
    <message>
        <source>Location {code} saved.</source>
        <translation>Varastopaikka {code} tallennettu.</translation>
    </message>
</context>
<context>
    <name>MailProblemsModel</name>
    <message>
        <source>Failed</source>
        <translation>Epäonnistui</translation>
    </message>
    <message>
        <source>In doubt</source>
        <translation>Epävarma</translation>
    </message>
    <message>
        <source>Return registered</source>
        <translation>Palautus kirjattu</translation>
    </message>
    <message>
        <source>Parcel arrived</source>
        <translation>Paketti saapunut</translation>
    </message>
    <message>
        <source>Refund issued</source>
        <translation>Hyvitys kirjattu</translation>
    </message>
    <message>
        <source>Return rejected</source>
        <translation>Palautus hylätty</translation>
    </message>
    <message>
        <source>Defect claim registered</source>
        <translation>Virheilmoitus kirjattu</translation>
    </message>
    <message>
        <source>Defect claim: parcel arrived</source>
        <translation>Virheilmoitus: paketti saapunut</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Viesti</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Palautus</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>The sender stopped after handing it to the server: it may have arrived. Check the server&apos;s log.</source>
        <translation>Lähetys keskeytyi, kun viesti oli jo luovutettu palvelimelle: se on voinut mennä perille. Tarkista palvelimen loki.</translation>
    </message>
</context>
<context>
    <name>MailProblemsWidget</name>
    <message>
        <source>E-mails that need a decision</source>
        <translation>Päätöstä odottavat sähköpostit</translation>
    </message>
    <message>
        <source>Every e-mail went out.</source>
        <translation>Kaikki sähköpostit on lähetetty.</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Lähetä uudelleen</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation>Merkitse lähetetyksi</translation>
    </message>
    <message>
        <source>Do not send</source>
        <translation>Älä lähetä</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Kopioi teksti</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Päivitä</translation>
    </message>
    <message>
        <source>{n} e-mails wait to be sent. The server did not take them: {reason}</source>
        <translation>{n} sähköpostia odottaa lähtöä. Palvelin ei ottanut niitä vastaan: {reason}</translation>
    </message>
    <message>
        <source>{subject} to {address}, last tried {when}
{reason}</source>
        <translation>{subject} osoitteeseen {address}, viimeksi yritetty {when}
{reason}</translation>
    </message>
    <message>
        <source>Queued again; it goes out with the next run.</source>
        <translation>Jonossa uudelleen; lähtee seuraavalla lähetyskerralla.</translation>
    </message>
    <message>
        <source>{n} e-mails queued again; they go out with the next run.</source>
        <translation>{n} sähköpostia on taas jonossa; ne lähtevät seuraavalla kierroksella.</translation>
    </message>
    <message>
        <source>Marked sent.</source>
        <translation>Merkitty lähetetyksi.</translation>
    </message>
    <message>
        <source>It will not be sent.</source>
        <translation>Viestiä ei lähetetä.</translation>
    </message>
    <message>
        <source>The message is on the clipboard.</source>
        <translation>Viesti on leikepöydällä.</translation>
    </message>
</context>
<context>
    <name>MailSettingsWidget</name>
    <message>
        <source>None</source>
        <translation>Ei salausta</translation>
    </message>
    <message>
        <source>STARTTLS on port 587 or TLS from the start on port 465; no encryption only inside a network you trust</source>
        <translation>STARTTLS portissa 587 tai TLS alusta alkaen portissa 465; salaamaton yhteys vain luotetussa verkossa</translation>
    </message>
    <message>
        <source>Empty: the computer&apos;s own certificates</source>
        <translation>Tyhjä: tietokoneen omat varmenteet</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Valitse…</translation>
    </message>
    <message>
        <source>Mail server (SMTP)</source>
        <translation>Postipalvelin (SMTP)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Palvelin</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Portti</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Salaus</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <source>Trust this certificate (PEM)</source>
        <translation>Luota tähän varmenteeseen (PEM)</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Lähettäjän osoite</translation>
    </message>
    <message>
        <source>Language when the order has none</source>
        <translation>Kieli, kun tilauksessa ei ole kieltä</translation>
    </message>
    <message>
        <source>Return registered: instructions, deadline and the return label</source>
        <translation>Palautus kirjattu: ohjeet, määräpäivä ja palautusosoitekortti</translation>
    </message>
    <message>
        <source>Parcel arrived: what came, what was missing or not accepted</source>
        <translation>Paketti saapunut: mitä tuli, mitä puuttui tai mitä ei hyväksytty</translation>
    </message>
    <message>
        <source>Refund issued: the amount and the credit note</source>
        <translation>Hyvitys kirjattu: summa ja hyvityslasku</translation>
    </message>
    <message>
        <source>Return rejected: the reason and what happens to the goods</source>
        <translation>Palautus hylätty: syy ja mitä tuotteille tapahtuu</translation>
    </message>
    <message>
        <source>E-mails to customers</source>
        <translation>Sähköpostit asiakkaille</translation>
    </message>
    <message>
        <source>Edit the wording…</source>
        <translation>Muokkaa tekstejä…</translation>
    </message>
    <message>
        <source>Your own address</source>
        <translation>Oma osoitteesi</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>Lähetä testiviesti</translation>
    </message>
    <message>
        <source>Save e-mail settings</source>
        <translation>Tallenna sähköpostiasetukset</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s password store; type to change</source>
        <translation>Tallessa tämän tietokoneen salasanasäilössä; kirjoita vaihtaaksesi</translation>
    </message>
    <message>
        <source>Not on this computer: type it to send from here too</source>
        <translation>Ei tällä koneella: kirjoita se, niin postia lähtee myös täältä</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Ei asetettu</translation>
    </message>
    <message>
        <source>This computer has no password for {user}: it sends no e-mail. E-mail is sent from a station that has the password, or save it here.</source>
        <translation>Tällä koneella ei ole käyttäjän {user} salasanaa, joten täältä ei lähetetä sähköpostia. Posti lähtee työpisteeltä, jolla salasana on, tai tallenna se tänne.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>E-mail settings saved.</source>
        <translation>Sähköpostiasetukset tallennettu.</translation>
    </message>
    <message>
        <source>Fill in the mail server first.</source>
        <translation>Täytä ensin postipalvelin.</translation>
    </message>
    <message>
        <source>Sending a test message…</source>
        <translation>Lähetetään testiviestiä…</translation>
    </message>
    <message>
        <source>The test message went to {address}. Check that it arrived.</source>
        <translation>Testiviesti lähti osoitteeseen {address}. Tarkista, että se tuli perille.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate</source>
        <translation>Palvelimen varmenne</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Varmenteet (*.pem *.crt)</translation>
    </message>
</context>
<context>
    <name>MailTemplateDialog</name>
    <message>
        <source>Wording of the customer e-mails</source>
        <translation>Asiakassähköpostien tekstit</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Back to the shipped wording</source>
        <translation>Palauta alkuperäinen teksti</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Viesti</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <source>Preview with made-up values</source>
        <translation>Esikatselu keksityillä tiedoilla</translation>
    </message>
    <message>
        <source>Placeholders: {names}</source>
        <translation>Paikanvaraajat: {names}</translation>
    </message>
    <message>
        <source>The shipped wording.</source>
        <translation>Alkuperäinen teksti.</translation>
    </message>
    <message>
        <source>Changed by an administrator.</source>
        <translation>Ylläpitäjän muokkaama.</translation>
    </message>
    <message>
        <source>Saved. New e-mails use this wording.</source>
        <translation>Tallennettu. Uudet sähköpostit käyttävät tätä tekstiä.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Returns Desk</source>
        <translation>Returns Desk</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>varastotyöntekijä</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>esihenkilö</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>ylläpitäjä</translation>
    </message>
    <message>
        <source>Station: {name}</source>
        <translation>Työpiste: {name}</translation>
    </message>
    <message>
        <source>Database: checking…</source>
        <translation>Tietokanta: tarkistetaan…</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>Kukaan ei ole kirjautunut</translation>
    </message>
    <message>
        <source>{user} ({role})</source>
        <translation>{user} ({role})</translation>
    </message>
    <message>
        <source>local</source>
        <translation>paikallinen</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>jaettu</translation>
    </message>
    <message>
        <source>Database: {kind}, connected</source>
        <translation>Tietokanta: {kind}, yhteys kunnossa</translation>
    </message>
    <message>
        <source>Database: {kind}, NOT reachable</source>
        <translation>Tietokanta: {kind}, EI YHTEYTTÄ</translation>
    </message>
    <message>
        <source>{what} {name} (not found)</source>
        <translation>{what} {name} (ei löydy)</translation>
    </message>
    <message>
        <source>Printers: {list}</source>
        <translation>Tulostimet: {list}</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move units of {sku}</source>
        <translation>Siirrä tuotteen {sku} kappaleita</translation>
    </message>
    <message>
        <source>{location} ({units})</source>
        <translation>{location} ({units})</translation>
    </message>
    <message>
        <source>The return the units belong to (optional)</source>
        <translation>Palautus, johon kappaleet kuuluvat (valinnainen)</translation>
    </message>
    <message>
        <source>e.g. mould found: cannot be sold</source>
        <translation>esim. hometta: ei myyntikelpoinen</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Valinnainen</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Siirrä</translation>
    </message>
    <message>
        <source>No location holds units of this product.</source>
        <translation>Tätä tuotetta ei ole missään varastopaikassa.</translation>
    </message>
    <message>
        <source>Re&amp;turn</source>
        <translation>&amp;Palautus</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Mistä</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>Mi&amp;nne</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>&amp;Kpl</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Syy</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Huomautus</translation>
    </message>
    <message>
        <source>Back to the customer</source>
        <translation>Takaisin asiakkaalle</translation>
    </message>
    <message>
        <source>at most {held}</source>
        <translation>enintään {held}</translation>
    </message>
</context>
<context>
    <name>MovementsModel</name>
    <message>
        <source>When</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Tuotekoodi</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Varastopaikka</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Kpl</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Uusi saldo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Tekijä</translation>
    </message>
</context>
<context>
    <name>PageLinesModel</name>
    <message>
        <source>SKU</source>
        <translation>Tuotekoodi</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Tuote</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Tilaus</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Ilmoitettu</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Vastaanotettu</translation>
    </message>
    <message>
        <source>Restocked</source>
        <translation>Takaisin myyntiin</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Alaskirjattu</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Kappalehinta</translation>
    </message>
</context>
<context>
    <name>ParcelsModel</name>
    <message>
        <source>Scanned code</source>
        <translation>Skannattu koodi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Skannattu</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Työpiste</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Tekijä</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomautus</translation>
    </message>
</context>
<context>
    <name>PasswordFields</name>
    <message>
        <source>At least {n} characters</source>
        <translation>Vähintään {n} merkkiä</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>Salasana uudelleen</translation>
    </message>
    <message>
        <source>A password needs at least {n} characters.</source>
        <translation>Salasanassa on oltava vähintään {n} merkkiä.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Salasanat eivät täsmää.</translation>
    </message>
</context>
<context>
    <name>PayDialog</name>
    <message>
        <source>Pay refund {code}</source>
        <translation>Maksa palautuksen {code} hyvitys</translation>
    </message>
    <message>
        <source>Pay {total} to {customer} (credit note {number}).</source>
        <translation>Maksa {total} asiakkaalle {customer} (hyvityslasku {number}).</translation>
    </message>
    <message>
        <source>Back to the card or bank through Paytrail</source>
        <translation>Takaisin kortille tai pankkiin Paytrailin kautta</translation>
    </message>
    <message>
        <source>Paytrail e-mail refund (the customer gets a link)</source>
        <translation>Paytrailin sähköpostihyvitys (asiakas saa linkin)</translation>
    </message>
    <message>
        <source>Bank transfer to the customer&apos;s account</source>
        <translation>Tilisiirto asiakkaan tilille</translation>
    </message>
    <message>
        <source>only if the order has none</source>
        <translation>vain jos tilauksella ei ole sitä</translation>
    </message>
    <message>
        <source>Paytrail transaction id</source>
        <translation>Paytrailin maksutapahtuman tunnus</translation>
    </message>
    <message>
        <source>Customer&apos;s e-mail</source>
        <translation>Asiakkaan sähköposti</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Tilinomistaja</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Maksa</translation>
    </message>
    <message>
        <source>Write the account holder&apos;s name.</source>
        <translation>Kirjoita tilinomistajan nimi.</translation>
    </message>
    <message>
        <source>Write the customer&apos;s e-mail address.</source>
        <translation>Kirjoita asiakkaan sähköpostiosoite.</translation>
    </message>
</context>
<context>
    <name>PaymentSettings</name>
    <message>
        <source>Test with Paytrail</source>
        <translation>Kokeile Paytrailissa</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>The secret is kept in this computer&apos;s password store (keyring), never in the database or the settings file. Refunds are paid through Paytrail with them.</source>
        <translation>Salainen avain säilytetään tämän tietokoneen salasanavarastossa, ei koskaan tietokannassa eikä asetustiedostossa. Hyvitykset maksetaan Paytrailin kautta näillä tunnuksilla.</translation>
    </message>
    <message>
        <source>Merchant id</source>
        <translation>Kauppiastunnus</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Salainen avain</translation>
    </message>
    <message>
        <source>kept in the keyring; type to replace</source>
        <translation>tallessa salasanavarastossa; kirjoita uusi korvataksesi</translation>
    </message>
    <message>
        <source>Only an administrator changes these.</source>
        <translation>Vain pääkäyttäjä voi muuttaa näitä.</translation>
    </message>
    <message>
        <source>Asking Paytrail…</source>
        <translation>Kysytään Paytrailista…</translation>
    </message>
    <message>
        <source>Saved in this computer&apos;s keyring.</source>
        <translation>Tallennettu tämän tietokoneen salasanavarastoon.</translation>
    </message>
</context>
<context>
    <name>PayoutQueueModel</name>
    <message>
        <source>Money</source>
        <translation>Raha</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Palautus</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Hyvityslasku</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Paid as</source>
        <translation>Maksutapa</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Mitä tapahtui</translation>
    </message>
    <message>
        <source>Issued; not paid out yet.</source>
        <translation>Kirjattu; ei vielä maksettu.</translation>
    </message>
    <message>
        <source>Said: {words}</source>
        <translation>Vastaus: {words}</translation>
    </message>
    <message>
        <source>Decided: {words}</source>
        <translation>Päätös: {words}</translation>
    </message>
    <message>
        <source>Refund stamp {stamp}</source>
        <translation>Hyvityksen tunniste {stamp}</translation>
    </message>
    <message>
        <source>Started by {who} at {station}, {when}</source>
        <translation>Aloitti {who} asemalla {station}, {when}</translation>
    </message>
    <message>
        <source>Payment {id}</source>
        <translation>Maksu {id}</translation>
    </message>
    <message>
        <source>Paytrail&apos;s refund {id}</source>
        <translation>Paytrailin hyvitys {id}</translation>
    </message>
</context>
<context>
    <name>PayoutsPanel</name>
    <message>
        <source>Every issued refund is paid. Issued refunds wait here until then.</source>
        <translation>Kaikki kirjatut hyvitykset on maksettu. Kirjatut hyvitykset odottavat täällä, kunnes ne on maksettu.</translation>
    </message>
    <message>
        <source>Pay…</source>
        <translation>Maksa…</translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation>Päätä…</translation>
    </message>
    <message>
        <source>Ask Paytrail (reconcile)</source>
        <translation>Kysy Paytrailista (täsmäytä)</translation>
    </message>
    <message>
        <source>Make the day&apos;s transfer file…</source>
        <translation>Tee päivän maksuaineisto…</translation>
    </message>
    <message>
        <source>Write again…</source>
        <translation>Kirjoita uudelleen…</translation>
    </message>
    <message>
        <source>Confirm upload</source>
        <translation>Vahvista lähetys pankkiin</translation>
    </message>
    <message>
        <source>Cancel file…</source>
        <translation>Peru aineisto…</translation>
    </message>
    <message>
        <source>The bank refused the file: take its transfers out of it (a supervisor). They go into a new file.</source>
        <translation>Pankki hylkäsi aineiston: sen siirrot otetaan pois siitä (esimies). Ne siirtyvät uuteen aineistoon.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Päivitä</translation>
    </message>
    <message>
        <source>Files not confirmed:</source>
        <translation>Vahvistamattomat aineistot:</translation>
    </message>
    <message>
        <source>{n} not paid · {doubt} in doubt · {failed} failed</source>
        <translation>{n} maksamatta · {doubt} epävarmaa · {failed} epäonnistunutta</translation>
    </message>
    <message>
        <source>{file}: {count} payment(s), {total}</source>
        <translation>{file}: {count} maksua, {total}</translation>
    </message>
    <message>
        <source>Select a refund not paid yet, or one whose payout failed.</source>
        <translation>Valitse hyvitys, jota ei ole vielä maksettu tai jonka maksu epäonnistui.</translation>
    </message>
    <message>
        <source>Decide (supervisor)…</source>
        <translation>Päätä (esimies)…</translation>
    </message>
    <message>
        <source>Select a payout in doubt (or one that stays pending) to decide it.</source>
        <translation>Valitse epävarma (tai kesken jäänyt) maksu päättääksesi sen.</translation>
    </message>
    <message>
        <source>Paying through Paytrail…</source>
        <translation>Maksetaan Paytrailin kautta…</translation>
    </message>
    <message>
        <source>{code}: {amount} {state}.</source>
        <translation>{code}: {amount} – {state}.</translation>
    </message>
    <message>
        <source>Paytrail said: {words}</source>
        <translation>Paytrailin vastaus: {words}</translation>
    </message>
    <message>
        <source>Asking Paytrail…</source>
        <translation>Kysytään Paytrailista…</translation>
    </message>
    <message>
        <source>{checked} payout(s) checked: {paid} paid, {failed} failed, {pending} still waiting, {doubt} in doubt.</source>
        <translation>{checked} maksua tarkistettu: {paid} maksettu, {failed} epäonnistunut, {pending} odottaa yhä, {doubt} epävarma.</translation>
    </message>
    <message>
        <source>Paytrail did not answer about {n}.</source>
        <translation>Paytrail ei vastannut {n} maksusta.</translation>
    </message>
    <message>
        <source>Decide the payout of {code} in doubt.</source>
        <translation>Päätä palautuksen {code} epävarma maksu.</translation>
    </message>
    <message>
        <source>{code}: recorded as paid.</source>
        <translation>{code}: kirjattu maksetuksi.</translation>
    </message>
    <message>
        <source>{code}: recorded as not paid; the refund can be paid again.</source>
        <translation>{code}: kirjattu maksamattomaksi; hyvityksen voi maksaa uudelleen.</translation>
    </message>
    <message>
        <source>Save the transfer file</source>
        <translation>Tallenna maksuaineisto</translation>
    </message>
    <message>
        <source>SEPA XML (*.xml)</source>
        <translation>SEPA XML (*.xml)</translation>
    </message>
    <message>
        <source>Transfer file {file} was made but not saved; write it again.</source>
        <translation>Maksuaineisto {file} tehtiin, mutta sitä ei tallennettu; kirjoita se uudelleen.</translation>
    </message>
    <message>
        <source>Transfer file {file} ({count} payment(s), {total}) saved as {path}. Upload it to the bank, then confirm the upload here.</source>
        <translation>Maksuaineisto {file} ({count} maksua, {total}) tallennettu: {path}. Lähetä se pankkiin ja vahvista lähetys sitten täällä.</translation>
    </message>
    <message>
        <source>Did the bank accept {file} ({count} payment(s), {total})? Its refunds are then recorded as paid. Confirm only after the upload went through.</source>
        <translation>Hyväksyikö pankki aineiston {file} ({count} maksua, {total})? Sen hyvitykset kirjataan silloin maksetuiksi. Vahvista vasta, kun lähetys on mennyt perille.</translation>
    </message>
    <message>
        <source>Cancel file</source>
        <translation>Peru aineisto</translation>
    </message>
    <message>
        <source>Cancel {file}? Never upload it after this; its transfers go into a new file. What did the bank say?</source>
        <translation>Perutaanko {file}? Älä lähetä sitä pankkiin tämän jälkeen; sen siirrot siirtyvät uuteen aineistoon. Mitä pankki ilmoitti?</translation>
    </message>
    <message>
        <source>Cancel transfer file {file}.</source>
        <translation>Peru maksuaineisto {file}.</translation>
    </message>
    <message>
        <source>{file} cancelled: never upload it. {count} transfer(s) wait for a new file.</source>
        <translation>{file} peruttu: älä lähetä sitä pankkiin. {count} siirtoa odottaa uutta aineistoa.</translation>
    </message>
    <message>
        <source>Upload of {file} confirmed: {count} refund(s) paid, {total}.</source>
        <translation>Aineiston {file} lähetys vahvistettu: {count} hyvitystä maksettu, {total}.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview: {name}</source>
        <translation>Esikatselu: {name}</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Muodostetaan…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Tulosta</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Tallenna PDF:ksi…</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>Sivu {number}</translation>
    </message>
    <message>
        <source>Printed on {printer}.</source>
        <translation>Tulostettu tulostimella {printer}.</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Tallennettu tiedostoon {path}.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>label printer</source>
        <translation>etikettitulostin</translation>
    </message>
    <message>
        <source>tag printer</source>
        <translation>tuotelappujen tulostin</translation>
    </message>
    <message>
        <source>A4 printer</source>
        <translation>A4-tulostin</translation>
    </message>
    <message>
        <source>label</source>
        <translation>etiketti</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>lappu</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>No label printer is set for this station. The label is saved: save it as a PDF, or choose a label printer in the settings.</source>
        <translation>Tälle työpisteelle ei ole valittu etikettitulostinta. Etiketti on tallessa: tallenna se PDF:ksi tai valitse etikettitulostin asetuksista.</translation>
    </message>
    <message>
        <source>No tag printer is set for this station. The tag is saved: save it as a PDF, or choose a tag printer in the settings.</source>
        <translation>Tälle työpisteelle ei ole valittu tuotelappujen tulostinta. Tuotelappu on tallessa: tallenna se PDF:ksi tai valitse tuotelappujen tulostin asetuksista.</translation>
    </message>
    <message>
        <source>No A4 printer is set for this station. The document is saved: save it as a PDF, or choose an A4 printer in the settings.</source>
        <translation>Tälle työpisteelle ei ole valittu A4-tulostinta. Asiakirja on tallessa: tallenna se PDF:ksi tai valitse A4-tulostin asetuksista.</translation>
    </message>
    <message>
        <source>The label printer &apos;{name}&apos; is not found (switched off or unplugged?). The label is saved: save it as a PDF, or print it again later.</source>
        <translation>Etikettitulostinta &apos;{name}&apos; ei löydy (sammutettu tai irrotettu?). Etiketti on tallessa: tallenna se PDF:ksi tai tulosta se myöhemmin uudelleen.</translation>
    </message>
    <message>
        <source>The tag printer &apos;{name}&apos; is not found (switched off or unplugged?). The tag is saved: save it as a PDF, or print it again later.</source>
        <translation>Tuotelappujen tulostinta &apos;{name}&apos; ei löydy (sammutettu tai irrotettu?). Tuotelappu on tallessa: tallenna se PDF:ksi tai tulosta se myöhemmin uudelleen.</translation>
    </message>
    <message>
        <source>The A4 printer &apos;{name}&apos; is not found (switched off or unplugged?). The document is saved: save it as a PDF, or print it again later.</source>
        <translation>A4-tulostinta &apos;{name}&apos; ei löydy (sammutettu tai irrotettu?). Asiakirja on tallessa: tallenna se PDF:ksi tai tulosta se myöhemmin uudelleen.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Tallenna PDF:ksi</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-asiakirjat (*.pdf)</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Ei tulostettu</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Tallenna PDF:ksi…</translation>
    </message>
</context>
<context>
    <name>ProductLevelsModel</name>
    <message>
        <source>Location</source>
        <translation>Varastopaikka</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Kpl</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>Lasketaan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
</context>
<context>
    <name>ProductPage</name>
    <message>
        <source>Needs a supervisor&apos;s approval</source>
        <translation>Vaatii esihenkilön hyväksynnän</translation>
    </message>
    <message>
        <source>← Back to stock</source>
        <translation>← Takaisin varastoon</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Päivitä</translation>
    </message>
    <message>
        <source>&amp;Move units…</source>
        <translation>&amp;Siirrä kappaleita…</translation>
    </message>
    <message>
        <source>&amp;Adjust stock…</source>
        <translation>&amp;Korjaa saldoa…</translation>
    </message>
    <message>
        <source>Movements, newest first</source>
        <translation>Varastotapahtumat, uusin ensin</translation>
    </message>
    <message>
        <source>On hand {on_hand}: sellable {sellable}, not for sale {not_sellable}.</source>
        <translation>Varastosaldo {on_hand}: myytävissä {sellable}, ei myytävissä {not_sellable}.</translation>
    </message>
    <message>
        <source>Not stock on hand (scrapped, to the supplier): {n}.</source>
        <translation>Ei varastosaldoa (romutetut, toimittajalle lähetetyt): {n}.</translation>
    </message>
    <message>
        <source>Move {n} × {sku} from {source} to {target}: “{reason}”.</source>
        <translation>Siirrä {n} × {sku}: {source} → {target}. Syy: ”{reason}”.</translation>
    </message>
    <message>
        <source>{n} × {sku} sent from {source} back to the customer.</source>
        <translation>{n} × {sku} lähetetty varastopaikasta {source} takaisin asiakkaalle.</translation>
    </message>
    <message>
        <source>{n} × {sku} moved from {source} to {target}; {target} now holds {held}.</source>
        <translation>{n} × {sku} siirretty: {source} → {target}. Varastopaikan {target} saldo on nyt {held}.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Write it first; it is kept with the decision. Ctrl+Enter confirms.</source>
        <translation>Kirjoita se ensin; se tallennetaan päätöksen kanssa. Ctrl+Enter vahvistaa.</translation>
    </message>
    <message>
        <source>Keep it under {n} characters.</source>
        <translation>Pidä se alle {n} merkissä.</translation>
    </message>
</context>
<context>
    <name>RefundLinesModel</name>
    <message>
        <source>Row</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kohde</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Kpl</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>Vähennys</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>ALV %</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>ALV</translation>
    </message>
</context>
<context>
    <name>RefundPanel</name>
    <message>
        <source>To the original means of payment</source>
        <translation>Alkuperäiselle maksutavalle</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Tilisiirto</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Hyvityssaldo</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Toimituskulut</translation>
    </message>
    <message>
        <source>Return label fee</source>
        <translation>Palautusetiketin maksu</translation>
    </message>
    <message>
        <source>Return postage</source>
        <translation>Palautuksen postikulut</translation>
    </message>
    <message>
        <source>No refund computed yet.</source>
        <translation>Hyvitystä ei ole vielä laskettu.</translation>
    </message>
    <message>
        <source>(credit note {number})</source>
        <translation>(hyvityslasku {number})</translation>
    </message>
    <message>
        <source>(needs a supervisor&apos;s approval)</source>
        <translation>(vaatii esihenkilön hyväksynnän)</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Hyvitys</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Tuote</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Kpl</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Maksettu</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>Vähennys</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>ALV</translation>
    </message>
    <message>
        <source>Payment reference (optional)</source>
        <translation>Maksun viite (valinnainen)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Hyvitystapa</translation>
    </message>
    <message>
        <source>Issue the refund ({key})</source>
        <translation>Kirjaa hyvitys ({key})</translation>
    </message>
    <message>
        <source>Compute again ({key})</source>
        <translation>Laske uudelleen ({key})</translation>
    </message>
    <message>
        <source>Deduct… ({key})</source>
        <translation>Vähennys… ({key})</translation>
    </message>
    <message>
        <source>Approve the deduction…</source>
        <translation>Hyväksy vähennys…</translation>
    </message>
    <message>
        <source>Drop the deduction</source>
        <translation>Poista vähennys</translation>
    </message>
    <message numerus="yes">
        <source>Refunded so far: {amount} (%n credit note(s)).</source>
        <translation>
            <numerusform>Hyvitetty tähän mennessä: {amount} (%n hyvityslasku).</numerusform>
            <numerusform>Hyvitetty tähän mennessä: {amount} (%n hyvityslaskua).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) arrived after the refund and are owed: the follow-up refund below covers them; issue it ({key}).</source>
        <translation>
            <numerusform>%n kappale saapui hyvityksen jälkeen ja on maksamatta: alla oleva jälkihyvitys kattaa sen; maksa se ({key}).</numerusform>
            <numerusform>%n kappaletta saapui hyvityksen jälkeen ja on maksamatta: alla oleva jälkihyvitys kattaa ne; maksa se ({key}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) arrived after the refund and are owed: compute the follow-up refund ({key}) and issue it.</source>
        <translation>
            <numerusform>%n kappale saapui hyvityksen jälkeen ja on maksamatta: laske jälkihyvitys ({key}) ja maksa se.</numerusform>
            <numerusform>%n kappaletta saapui hyvityksen jälkeen ja on maksamatta: laske jälkihyvitys ({key}) ja maksa se.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) still expected: this refund covers what has arrived; the rest is refunded when it arrives.</source>
        <translation>
            <numerusform>Vielä odotetaan %n kappaletta: tämä hyvitys kattaa saapuneet; loput hyvitetään, kun ne saapuvat.</numerusform>
            <numerusform>Vielä odotetaan %n kappaletta: tämä hyvitys kattaa saapuneet; loput hyvitetään, kun ne saapuvat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) not graded yet.</source>
        <translation>
            <numerusform>%n kappale on vielä arvioimatta.</numerusform>
            <numerusform>%n kappaletta on vielä arvioimatta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Order {number}: the payment was voided in the web shop; nothing is refunded.</source>
        <translation>Tilaus {number}: maksu on mitätöity verkkokaupassa; mitään ei hyvitetä.</translation>
    </message>
    <message>
        <source>Order {number}: the web shop has not received the payment (&apos;{status}&apos;); nothing is refunded.</source>
        <translation>Tilaus {number}: verkkokauppa ei ole saanut maksua (&apos;{status}&apos;); mitään ei hyvitetä.</translation>
    </message>
    <message>
        <source>Order {number}: the web shop already refunded {amount}; it counts in what can still be refunded.</source>
        <translation>Tilaus {number}: verkkokauppa on jo hyvittänyt {amount}; se vähennetään siitä, mitä vielä voi hyvittää.</translation>
    </message>
    <message>
        <source>Deduction {amount} on {item} waits for a supervisor: “{why}”. The refund is not issued until it is approved or dropped.</source>
        <translation>Vähennys {amount} tuotteesta {item} odottaa esihenkilöä: ”{why}”. Hyvitystä ei kirjata ennen kuin vähennys on hyväksytty tai poistettu.</translation>
    </message>
    <message>
        <source>needs a supervisor&apos;s approval</source>
        <translation>vaatii esihenkilön hyväksynnän</translation>
    </message>
    <message>
        <source>VAT {rate}: base {base}, VAT {vat}</source>
        <translation>ALV {rate}: veroton {base}, ALV {vat}</translation>
    </message>
    <message>
        <source>Total {amount}</source>
        <translation>Yhteensä {amount}</translation>
    </message>
    <message>
        <source>Refunded by {user}; credit note {number}.</source>
        <translation>Hyvittänyt {user}; hyvityslasku {number}.</translation>
    </message>
    <message>
        <source>Refund due by {date}, {left}</source>
        <translation>Hyvitys maksettava viimeistään {date}, {left}</translation>
    </message>
    <message>
        <source>A deduction waits for a supervisor. Approve it or drop it first (the buttons above the rows).</source>
        <translation>Vähennys odottaa esimiestä. Hyväksy tai poista se ensin (painikkeet rivien yläpuolella).</translation>
    </message>
    <message>
        <source>The refund of {amount} needs a supervisor&apos;s approval (over the limit, a deduction or an override). A supervisor types their own password.</source>
        <translation>Hyvitys {amount} vaatii esihenkilön hyväksynnän (raja ylittyy, vähennys tai poikkeuslupa). Esihenkilö kirjoittaa oman salasanansa.</translation>
    </message>
    <message>
        <source>Approved by {user}</source>
        <translation>Hyväksynyt {user}</translation>
    </message>
    <message>
        <source>Refunded {amount}</source>
        <translation>Hyvitetty {amount}</translation>
    </message>
    <message>
        <source>Credit note {number}. The refund slip is printing.</source>
        <translation>Hyvityslasku {number}. Hyvityskuitti tulostuu.</translation>
    </message>
    <message>
        <source>Approve the deduction of {amount}: “{why}”.</source>
        <translation>Hyväksy vähennys {amount}: ”{why}”.</translation>
    </message>
    <message>
        <source>Drop the deduction of {amount}: “{why}”.</source>
        <translation>Poista vähennys {amount}: ”{why}”.</translation>
    </message>
    <message>
        <source>Dropped at the desk before the refund was issued.</source>
        <translation>Poistettu tiskillä ennen hyvityksen kirjaamista.</translation>
    </message>
</context>
<context>
    <name>RefundQueueModel</name>
    <message>
        <source>Refund due</source>
        <translation>Hyvityksen eräpäivä</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Palautus</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Deduction pending a supervisor&apos;s decision</source>
        <translation>Vähennys odottaa esihenkilön päätöstä</translation>
    </message>
    <message>
        <source>No goods back yet and no proof of dispatch</source>
        <translation>Tuotteet eivät ole palanneet eikä lähetystodistetta ole</translation>
    </message>
    <message>
        <source>Units still expected: {n}</source>
        <translation>Vielä odotetaan: {n} kpl</translation>
    </message>
    <message>
        <source>Over the approval limit, with a deduction or with an override: a supervisor approves it (a supervisor who issues it approves it at the same time).</source>
        <translation>Hyväksymisraja ylittyy tai hyvityksessä on vähennys tai poikkeamispäätös: esihenkilö hyväksyy sen (kirjaava esihenkilö hyväksyy sen samalla).</translation>
    </message>
    <message>
        <source>A deduction waits for a supervisor&apos;s decision. Approve it or drop it where the refund is computed; then the refund is computed again.</source>
        <translation>Vähennys odottaa esihenkilön päätöstä. Hyväksy tai poista se siellä, missä hyvitys lasketaan; hyvitys lasketaan sitten uudelleen.</translation>
    </message>
    <message>
        <source>This refund covers the units that are back; the units still expected ({n}) are refunded when they arrive (a follow-up refund).</source>
        <translation>Tämä hyvitys kattaa palanneet kappaleet; vielä odotettavat ({n} kpl) hyvitetään, kun ne saapuvat (jälkihyvitys).</translation>
    </message>
    <message>
        <source>Nothing holds this refund: it can be issued now.</source>
        <translation>Mikään ei estä hyvitystä: sen voi kirjata nyt.</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Ehdotettu</translation>
    </message>
    <message>
        <source>Can it be issued?</source>
        <translation>Voiko kirjata?</translation>
    </message>
    <message>
        <source>Needs a supervisor&apos;s approval</source>
        <translation>Vaatii esihenkilön hyväksynnän</translation>
    </message>
    <message>
        <source>Ready to issue</source>
        <translation>Valmis kirjattavaksi</translation>
    </message>
    <message>
        <source>The refund may be held until the goods are back or the customer shows proof of sending them (art. 13(3)).</source>
        <translation>Hyvityksen saa pidättää, kunnes tuotteet ovat palanneet tai asiakas osoittaa lähettäneensä ne (13 art. 3 kohta).</translation>
    </message>
</context>
<context>
    <name>RefundQueueWidget</name>
    <message>
        <source>Refund queue</source>
        <translation>Hyvitysjono</translation>
    </message>
    <message>
        <source>Refunds waiting</source>
        <translation>Odottavat hyvitykset</translation>
    </message>
    <message>
        <source>Nothing to refund now. Refunds computed at the desk (Ctrl+R) wait here until they are issued.</source>
        <translation>Ei hyvitettävää nyt. Vastaanotossa lasketut hyvitykset (Ctrl+R) odottavat täällä, kunnes ne kirjataan.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Hyväksy</translation>
    </message>
    <message>
        <source>Issue refund…</source>
        <translation>Kirjaa hyvitys…</translation>
    </message>
    <message>
        <source>Issue selected…</source>
        <translation>Kirjaa valitut…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Päivitä</translation>
    </message>
    <message>
        <source>Print the credit note when issued</source>
        <translation>Tulosta hyvityslasku kirjattaessa</translation>
    </message>
    <message>
        <source>To issue</source>
        <translation>Kirjattavat</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Maksut</translation>
    </message>
    <message>
        <source>{n} waiting · {overdue} overdue · {soon} due within 2 days</source>
        <translation>{n} odottaa · {overdue} myöhässä · {soon} erääntyy 2 päivän sisällä</translation>
    </message>
    <message>
        <source>Payouts ({n} in doubt)</source>
        <translation>Maksut ({n} epävarmaa)</translation>
    </message>
    <message>
        <source>Approve (supervisor)…</source>
        <translation>Hyväksy (esihenkilö)…</translation>
    </message>
    <message>
        <source>Issue selected (supervisor)…</source>
        <translation>Kirjaa valitut (esihenkilö)…</translation>
    </message>
    <message>
        <source>Needs a supervisor&apos;s approval: a supervisor types their password here.</source>
        <translation>Vaatii esihenkilön hyväksynnän: esihenkilö kirjoittaa salasanansa tähän.</translation>
    </message>
    <message>
        <source>Select a proposed refund to approve it.</source>
        <translation>Valitse hyväksyttävä hyvitysehdotus.</translation>
    </message>
    <message>
        <source>Select two or more refunds (Ctrl+click).</source>
        <translation>Valitse vähintään kaksi hyvitystä (Ctrl+napsautus).</translation>
    </message>
    <message>
        <source>None of the selected refunds can be issued now: see why on each row.</source>
        <translation>Yhtäkään valituista hyvityksistä ei voi nyt kirjata: syy näkyy kullakin rivillä.</translation>
    </message>
    <message>
        <source>Select one refund to issue it.</source>
        <translation>Valitse yksi kirjattava hyvitys.</translation>
    </message>
    <message>
        <source>Cannot be issued now: {reasons}.</source>
        <translation>Ei voi kirjata nyt: {reasons}.</translation>
    </message>
    <message>
        <source>Approve the selected refunds ({n}), {total} in all.</source>
        <translation>Hyväksy valitut hyvitykset ({n}), yhteensä {total}.</translation>
    </message>
    <message>
        <source>Issue the selected refunds ({n}), {total} in all, as a batch.</source>
        <translation>Kirjaa valitut hyvitykset ({n}) kerralla, yhteensä {total}.</translation>
    </message>
    <message>
        <source>Issuing the refunds…</source>
        <translation>Kirjataan hyvityksiä…</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation>{done}/{total} käsitelty</translation>
    </message>
    <message>
        <source>{n} refund(s) approved.</source>
        <translation>Hyväksyttyjä hyvityksiä: {n}.</translation>
    </message>
    <message>
        <source>The refund of {amount} for {code} needs a supervisor&apos;s approval (over the limit, a deduction or an override). A supervisor types their own password.</source>
        <translation>Palautuksen {code} hyvitys {amount} vaatii esihenkilön hyväksynnän (raja ylittyy, vähennys tai poikkeamispäätös). Esihenkilö kirjoittaa oman salasanansa.</translation>
    </message>
    <message>
        <source>Refunded {total} for {code}: credit note {number}.</source>
        <translation>Hyvitetty {total} palautuksesta {code}: hyvityslasku {number}.</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Withdrawal (14 days, no reason needed)</source>
        <translation>Peruuttaminen (14 päivää, syytä ei tarvita)</translation>
    </message>
    <message>
        <source>Defect claim (faulty goods)</source>
        <translation>Virheilmoitus (virheellinen tuote)</translation>
    </message>
    <message>
        <source>Goodwill (the shop&apos;s longer period)</source>
        <translation>Vapaaehtoinen palautus (kaupan pidempi palautusaika)</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Korjaus</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Vaihto uuteen</translation>
    </message>
    <message>
        <source>Price reduction</source>
        <translation>Hinnanalennus</translation>
    </message>
    <message>
        <source>Cancellation (money back)</source>
        <translation>Kaupan purku (rahat takaisin)</translation>
    </message>
    <message>
        <source>Does not fit</source>
        <translation>Ei sovi</translation>
    </message>
    <message>
        <source>Changed mind</source>
        <translation>Muutti mielensä</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>Ei vastaa kuvausta</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>Viallinen</translation>
    </message>
    <message>
        <source>Wrong item sent</source>
        <translation>Lähetetty väärä tuote</translation>
    </message>
    <message>
        <source>Arrived late</source>
        <translation>Saapui myöhässä</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>Register a return</source>
        <translation>Luo palautus</translation>
    </message>
    <message>
        <source>Only if the rules refuse: why the shop accepts it anyway</source>
        <translation>Vain jos säännöt eivät salli: miksi kauppa hyväksyy palautuksen silti</translation>
    </message>
    <message>
        <source>The period is closed: write why the shop accepts the return anyway; a supervisor approves it with their password when you register.</source>
        <translation>Peruuttamisaika on päättynyt: kirjoita, miksi kauppa hyväksyy palautuksen silti; esihenkilö hyväksyy sen salasanallaan, kun rekisteröit.</translation>
    </message>
    <message>
        <source>Write an override reason and register again: a supervisor approves it with their password.</source>
        <translation>Kirjoita poikkeuksen syy ja rekisteröi uudelleen: esihenkilö hyväksyy sen salasanallaan.</translation>
    </message>
    <message>
        <source>Register ({key})</source>
        <translation>Luo palautus ({key})</translation>
    </message>
    <message>
        <source>Print label ({key})</source>
        <translation>Tulosta etiketti ({key})</translation>
    </message>
    <message>
        <source>Save as PDF… ({key})</source>
        <translation>Tallenna PDF:ksi… ({key})</translation>
    </message>
    <message>
        <source>Order {number} · {customer} · ordered {date}</source>
        <translation>Tilaus {number} · {customer} · tilattu {date}</translation>
    </message>
    <message>
        <source>Return {code} · {customer} (already registered)</source>
        <translation>Palautus {code} · {customer} (jo luotu)</translation>
    </message>
    <message>
        <source>Nothing found. Try the e-mail or the phone number.</source>
        <translation>Mitään ei löytynyt. Kokeile sähköpostiosoitetta tai puhelinnumeroa.</translation>
    </message>
    <message>
        <source>Find the order first.</source>
        <translation>Etsi ensin tilaus.</translation>
    </message>
    <message>
        <source>Order {number} · {name} · {contact} · {city}</source>
        <translation>Tilaus {number} · {name} · {contact} · {city}</translation>
    </message>
    <message>
        <source>Defect claim: no 14-day limit; the shop pays the return and nothing is deducted.</source>
        <translation>Virheilmoitus: ei 14 päivän määräaikaa; kauppa maksaa palautuksen eikä hyvityksestä vähennetä mitään.</translation>
    </message>
    <message>
        <source>The period is closed: write why the shop accepts the return anyway.</source>
        <translation>Määräaika on päättynyt: kirjoita, miksi kauppa hyväksyy palautuksen silti.</translation>
    </message>
    <message>
        <source>Choose the order and at least one unit.</source>
        <translation>Valitse tilaus ja vähintään yksi kappale.</translation>
    </message>
    <message>
        <source>The rules refuse this return. A supervisor accepts it with the reason “{reason}” by typing their own password.</source>
        <translation>Säännöt eivät salli tätä palautusta. Esihenkilö hyväksyy sen syyllä ”{reason}” kirjoittamalla oman salasanansa.</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>Luodaan palautusta…</translation>
    </message>
    <message>
        <source>The rules do not allow this return:</source>
        <translation>Säännöt eivät salli tätä palautusta:</translation>
    </message>
    <message>
        <source>Write an override reason to accept it anyway.</source>
        <translation>Kirjoita poikkeuksen perustelu, jos hyväksyt palautuksen silti.</translation>
    </message>
    <message>
        <source>Return registered</source>
        <translation>Palautus luotu</translation>
    </message>
    <message>
        <source>Print the label, or save it as a PDF to e-mail to the customer.</source>
        <translation>Tulosta etiketti tai tallenna se PDF:ksi lähetettäväksi asiakkaalle sähköpostitse.</translation>
    </message>
    <message>
        <source>No label printer is set for this station: save the label as a PDF, or choose the printer in Settings → Station.</source>
        <translation>Tälle työpisteelle ei ole valittu tarratulostinta: tallenna tarra PDF-tiedostoksi tai valitse tulostin kohdassa Asetukset → Työpiste.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Tulostetaan…</translation>
    </message>
    <message>
        <source>Printed on {printer}.</source>
        <translation>Tulostettu tulostimella {printer}.</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Tallennettu tiedostoon {path}.</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Order number, e-mail, name, phone or tracking number</source>
        <translation>Tilausnumero, sähköposti, nimi, puhelin tai seurantatunnus</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Etsi</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Tuote</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Tuotekoodi</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>Ostettu</translation>
    </message>
    <message>
        <source>Returned before</source>
        <translation>Aiemmin palautettu</translation>
    </message>
    <message>
        <source>Return now</source>
        <translation>Palautetaan nyt</translation>
    </message>
    <message>
        <source>Type the number of units to return on each line (Space: all or none).</source>
        <translation>Kirjoita kullekin riville palautettavien kappaleiden määrä (välilyönti: kaikki tai ei mitään).</translation>
    </message>
    <message>
        <source>The customer&apos;s words (optional)</source>
        <translation>Asiakkaan omin sanoin (valinnainen)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>Vaatimus</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>Poikkeuksen perustelu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Esikatselu</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-kuvat (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
    <message>
        <source>Making the monthly summary…</source>
        <translation>Laaditaan kuukauden yhteenvetoa…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Tallenna nimellä</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Monthly PDF summary</source>
        <translation>Kuukauden PDF-yhteenveto</translation>
    </message>
    <message>
        <source>A one-page summary of the month the period starts in</source>
        <translation>Yhden sivun yhteenveto kuukaudesta, jolla jakso alkaa</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Palautukset</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automaattinen</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Päivittäin</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Viikoittain</translation>
    </message>
    <message>
        <source>Per category</source>
        <translation>Tuoteryhmittäin</translation>
    </message>
    <message>
        <source>Per product (top 10)</source>
        <translation>Tuotteittain (10 eniten)</translation>
    </message>
    <message>
        <source>Sold at least </source>
        <translation>Myyty vähintään </translation>
    </message>
    <message>
        <source>Products sold at least this many times</source>
        <translation>Tuotteet, joita on myyty vähintään näin monta</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Vie CSV</translation>
    </message>
    <message>
        <source>By user</source>
        <translation>Käyttäjittäin</translation>
    </message>
    <message>
        <source>By station</source>
        <translation>Työpisteittäin</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Syyt</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Tuotteet</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Hyvitykset</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Käsittelytahti</translation>
    </message>
    <message>
        <source>Reading the reports…</source>
        <translation>Luetaan raportteja…</translation>
    </message>
    <message>
        <source>Late refunds: {late} of {issued} issued after the due day, {open} unpaid past it</source>
        <translation>Myöhästyneet hyvitykset: {late}/{issued} kirjattu eräpäivän jälkeen, {open} kirjaamatta eräpäivän jälkeen</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Tallennettu {path}</translation>
    </message>
    <message>
        <source>The reports could not be read or saved: {error}</source>
        <translation>Raportteja ei voitu lukea tai tallentaa: {error}</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raportit</translation>
    </message>
</context>
<context>
    <name>ReturnActions</name>
    <message>
        <source>Issue the refund</source>
        <translation>Kirjaa hyvitys</translation>
    </message>
    <message>
        <source>Refund what is owed</source>
        <translation>Hyvitä maksamatta oleva</translation>
    </message>
    <message>
        <source>Cancel the proposal…</source>
        <translation>Peru ehdotus…</translation>
    </message>
    <message>
        <source>Accept late return…</source>
        <translation>Hyväksy myöhästynyt…</translation>
    </message>
    <message>
        <source>Accept excepted unit…</source>
        <translation>Hyväksy poikkeuskappale…</translation>
    </message>
    <message>
        <source>Proof of dispatch…</source>
        <translation>Lähetystodiste…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Sulje…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Hylkää…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Avaa uudelleen…</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Lisää muistiinpano…</translation>
    </message>
    <message>
        <source>Issue the refund of {amount}</source>
        <translation>Kirjaa hyvitys {amount}</translation>
    </message>
    <message>
        <source>{action} (supervisor)</source>
        <translation>{action} (esihenkilö)</translation>
    </message>
    <message>
        <source>{user} may not {permission}: a supervisor approves it here with their own password.</source>
        <translation>{user} ei saa {permission}: esihenkilö hyväksyy sen tässä omalla salasanallaan.</translation>
    </message>
    <message>
        <source>Marked (supervisor): you are asked for a supervisor&apos;s password.</source>
        <translation>Merkitty (esihenkilö): sinulta pyydetään esihenkilön salasana.</translation>
    </message>
    <message>
        <source>{action} on return {code}. A supervisor types their own password.</source>
        <translation>{action}: palautus {code}. Esihenkilö kirjoittaa oman salasanansa.</translation>
    </message>
    <message>
        <source>Reject return {code}</source>
        <translation>Hylkää palautus {code}</translation>
    </message>
    <message>
        <source>Write the reason the customer is told. The goods are not refunded; the reason is kept with the return.</source>
        <translation>Kirjoita syy, joka kerrotaan asiakkaalle. Tuotteita ei hyvitetä; syy tallennetaan palautukseen.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Hylkää</translation>
    </message>
    <message>
        <source>e.g. The item was bought in the shop, not online.</source>
        <translation>esim. Tuote on ostettu myymälästä, ei verkosta.</translation>
    </message>
    <message>
        <source>Return {code} rejected.</source>
        <translation>Palautus {code} hylätty.</translation>
    </message>
    <message>
        <source>Close return {code}</source>
        <translation>Sulje palautus {code}</translation>
    </message>
    <message>
        <source>Close the return: every unit that came back is dealt with, and units never sent back are no longer expected. Why (optional)?</source>
        <translation>Sulje palautus: jokainen palautunut kappale on käsitelty, eikä palauttamattomia kappaleita enää odoteta. Miksi (vapaaehtoinen)?</translation>
    </message>
    <message>
        <source>Close the return</source>
        <translation>Sulje palautus</translation>
    </message>
    <message>
        <source>Return {code} closed.</source>
        <translation>Palautus {code} suljettu.</translation>
    </message>
    <message>
        <source>Reopen return {code}</source>
        <translation>Avaa palautus {code} uudelleen</translation>
    </message>
    <message>
        <source>Write why the return is opened again.</source>
        <translation>Kirjoita, miksi palautus avataan uudelleen.</translation>
    </message>
    <message>
        <source>This return is late: {what}. Accept it in writing: the reason and your name are kept with the return, and it is no longer flagged late.</source>
        <translation>Palautus on myöhässä: {what}. Hyväksy se kirjallisesti: syy ja nimesi tallennetaan palautukseen, eikä sitä enää merkitä myöhästyneeksi.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Avaa uudelleen</translation>
    </message>
    <message>
        <source>Correct the delivery day…</source>
        <translation>Korjaa toimituspäivä…</translation>
    </message>
    <message>
        <source>e.g. The customer sent the second item after all.</source>
        <translation>esim. Asiakas lähetti toisenkin tuotteen.</translation>
    </message>
    <message>
        <source>Return {code} reopened.</source>
        <translation>Palautus {code} avattu uudelleen.</translation>
    </message>
    <message>
        <source>Note on return {code}</source>
        <translation>Muistiinpano palautukseen {code}</translation>
    </message>
    <message>
        <source>An internal note: the customer never sees it. It is kept in the timeline with your name.</source>
        <translation>Sisäinen muistiinpano: asiakas ei näe sitä. Se tallennetaan aikajanalle nimelläsi.</translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation>Lisää muistiinpano</translation>
    </message>
    <message>
        <source>Note added to {code}.</source>
        <translation>Muistiinpano lisätty palautukseen {code}.</translation>
    </message>
    <message>
        <source>the notice came after the withdrawal period</source>
        <translation>ilmoitus tuli peruuttamisajan jälkeen</translation>
    </message>
    <message>
        <source>the goods came back after they were due</source>
        <translation>tuotteet palautuivat määräajan jälkeen</translation>
    </message>
    <message>
        <source>the goods were due {date} and have not come back</source>
        <translation>tuotteiden määräpäivä oli {date}, eikä niitä ole palautettu</translation>
    </message>
    <message>
        <source>Accept late return {code}</source>
        <translation>Hyväksy myöhästynyt palautus {code}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> ja </translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Hyväksy</translation>
    </message>
    <message>
        <source>e.g. Posti held the parcel for a week.</source>
        <translation>esim. Paketti viipyi Postissa viikon.</translation>
    </message>
    <message>
        <source>Late return {code} accepted.</source>
        <translation>Myöhästynyt palautus {code} hyväksytty.</translation>
    </message>
    <message>
        <source>{name}, unit {unit} (opened: not refunded)</source>
        <translation>{name}, kappale {unit} (avattu: ei hyvitetä)</translation>
    </message>
    <message>
        <source>Accept an excepted unit of {code}</source>
        <translation>Hyväksy poikkeuskappale palautuksesta {code}</translation>
    </message>
    <message>
        <source>An exception to the right of withdrawal keeps this unit out of the refund (a sealed item opened, say). Accept it anyway with a written override: it is then refunded like the others.</source>
        <translation>Peruuttamisoikeuden poikkeus jättää tämän kappaleen hyvityksen ulkopuolelle (esim. avattu sinetöity tuote). Hyväksy se silti kirjallisella poikkeamispäätöksellä: se hyvitetään sitten kuten muutkin.</translation>
    </message>
    <message>
        <source>Accept the unit</source>
        <translation>Hyväksy kappale</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Kappale</translation>
    </message>
    <message>
        <source>e.g. The seal broke in transit; the customer never used it.</source>
        <translation>esim. Sinetti rikkoutui kuljetuksessa; asiakas ei käyttänyt tuotetta.</translation>
    </message>
    <message>
        <source>The unit is accepted and will be refunded ({code}).</source>
        <translation>Kappale on hyväksytty ja se hyvitetään ({code}).</translation>
    </message>
    <message>
        <source>Proof of dispatch for {code}</source>
        <translation>Lähetystodiste palautukselle {code}</translation>
    </message>
    <message>
        <source>The customer showed that the goods were sent (a receipt or tracking). The refund may then be paid before the parcel arrives. Tracking number (optional):</source>
        <translation>Asiakas osoitti lähettäneensä tuotteet (kuitti tai seuranta). Hyvitys voidaan silloin maksaa ennen paketin saapumista. Seurantanumero (vapaaehtoinen):</translation>
    </message>
    <message>
        <source>Record the proof</source>
        <translation>Kirjaa todiste</translation>
    </message>
    <message>
        <source>e.g. JJ123456785FI</source>
        <translation>esim. JJ123456785FI</translation>
    </message>
    <message>
        <source>Proof of dispatch recorded for {code}.</source>
        <translation>Lähetystodiste kirjattu palautukselle {code}.</translation>
    </message>
    <message>
        <source>Delivery day of order {number} set to {day}.</source>
        <translation>Tilauksen {number} toimituspäiväksi merkitty {day}.</translation>
    </message>
    <message>
        <source>Cancel the refund proposal of {code}</source>
        <translation>Peru palautuksen {code} hyvitysehdotus</translation>
    </message>
    <message>
        <source>The proposed refund of {amount} is cancelled; nothing is paid. Write why.</source>
        <translation>Ehdotettu {amount} hyvitys perutaan; mitään ei makseta. Kirjoita syy.</translation>
    </message>
    <message>
        <source>Cancel the proposal</source>
        <translation>Peru ehdotus</translation>
    </message>
    <message>
        <source>e.g. The customer chose a replacement instead.</source>
        <translation>esim. Asiakas valitsi sen sijaan vaihtotuotteen.</translation>
    </message>
    <message>
        <source>The refund proposal is cancelled.</source>
        <translation>Hyvitysehdotus on peruttu.</translation>
    </message>
    <message>
        <source>A refund of {amount} is proposed for what is owed. Issue it here or from the refund queue.</source>
        <translation>Maksamatta olevasta ehdotetaan {amount} hyvitystä. Kirjaa se tästä tai hyvitysjonosta.</translation>
    </message>
    <message>
        <source>A deduction waits for a supervisor. Approve or drop it in the desk&apos;s refund panel first, then issue the refund.</source>
        <translation>Vähennys odottaa esihenkilöä. Hyväksy tai poista se ensin vastaanoton hyvityspaneelissa, kirjaa sitten hyvitys.</translation>
    </message>
    <message>
        <source>Refund {amount} to {customer} ({method}) for return {code}? A credit note is made and the refund is paid out.</source>
        <translation>Hyvitetäänkö {amount} asiakkaalle {customer} ({method}) palautuksesta {code}? Hyvityslasku tehdään ja hyvitys maksetaan.</translation>
    </message>
    <message>
        <source>The refund of {amount} for return {code} needs a supervisor&apos;s approval. A supervisor types their own password; you then issue it.</source>
        <translation>Palautuksen {code} hyvitys {amount} tarvitsee esihenkilön hyväksynnän. Esihenkilö kirjoittaa oman salasanansa; sinä kirjaat sen sitten.</translation>
    </message>
    <message>
        <source>Refunded {amount}: credit note {number}.</source>
        <translation>Hyvitetty {amount}: hyvityslasku {number}.</translation>
    </message>
</context>
<context>
    <name>ReturnLinesModel</name>
    <message>
        <source>Product</source>
        <translation>Tuote</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Ilmoitettu</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Vastaanotettu</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>Tarkastettu</translation>
    </message>
    <message>
        <source>Still expected</source>
        <translation>Vielä odotetaan</translation>
    </message>
    <message>
        <source>Graded</source>
        <translation>Luokiteltu</translation>
    </message>
</context>
<context>
    <name>ReturnPage</name>
    <message>
        <source>Printing is not available here.</source>
        <translation>Tulostus ei ole käytettävissä tässä näkymässä.</translation>
    </message>
    <message>
        <source>Refund: {left}</source>
        <translation>Hyvitys: {left}</translation>
    </message>
    <message>
        <source>notice {date}</source>
        <translation>ilmoitettu {date}</translation>
    </message>
    <message>
        <source>period ends {date} (from an estimated delivery day)</source>
        <translation>peruuttamisaika päättyy {date} (arvioidusta toimituspäivästä)</translation>
    </message>
    <message>
        <source>period ends {date}</source>
        <translation>määräaika päättyy {date}</translation>
    </message>
    <message>
        <source>goods due {date}</source>
        <translation>tuotteet palautettava viimeistään {date}</translation>
    </message>
    <message>
        <source>refund due {date}</source>
        <translation>hyvitettävä viimeistään {date}</translation>
    </message>
    <message>
        <source>{when} at {station}</source>
        <translation>{when} työpisteellä {station}</translation>
    </message>
    <message>
        <source>closed {when}</source>
        <translation>suljettu {when}</translation>
    </message>
    <message>
        <source>proof of dispatch {when}</source>
        <translation>todiste lähettämisestä {when}</translation>
    </message>
    <message>
        <source>Late: the notice came after the withdrawal period.</source>
        <translation>Myöhässä: ilmoitus tuli peruuttamisajan jälkeen.</translation>
    </message>
    <message>
        <source>Late: the goods were due {date}.</source>
        <translation>Myöhässä: tuotteiden määräpäivä oli {date}.</translation>
    </message>
    <message>
        <source>Override by {user}: {reason}</source>
        <translation>Poikkeamispäätös ({user}): {reason}</translation>
    </message>
    <message>
        <source>Override: {reason}</source>
        <translation>Poikkeus: {reason}</translation>
    </message>
    <message>
        <source>Late return accepted by {user}: {reason}</source>
        <translation>Myöhästynyt palautus hyväksytty ({user}): {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n excepted unit(s) accepted by override.</source>
        <translation>
            <numerusform>%n poikkeuskappale hyväksytty poikkeamispäätöksellä.</numerusform>
            <numerusform>%n poikkeuskappaletta hyväksytty poikkeamispäätöksellä.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decision: {reason}</source>
        <translation>Päätös: {reason}</translation>
    </message>
    <message>
        <source>Money: {stage}</source>
        <translation>Raha: {stage}</translation>
    </message>
    <message>
        <source>{method} of {amount}: {state} · {when} by {who} ({station})</source>
        <translation>{method}, {amount}: {state} · {when}, {who} ({station})</translation>
    </message>
    <message>
        <source>said: {words}</source>
        <translation>vastaus: {words}</translation>
    </message>
    <message>
        <source>decided: {words}</source>
        <translation>päätös: {words}</translation>
    </message>
    <message>
        <source>The bank returned the transfer</source>
        <translation>Pankki palautti tilisiirron</translation>
    </message>
    <message>
        <source>What did the bank say (e.g. account closed)?</source>
        <translation>Mitä pankki ilmoitti (esim. tili suljettu)?</translation>
    </message>
    <message>
        <source>Record the transfer of {code} as returned by the bank.</source>
        <translation>Kirjaa palautuksen {code} tilisiirto pankin palauttamaksi.</translation>
    </message>
    <message>
        <source>Recorded as returned by the bank; the refund can be paid again.</source>
        <translation>Kirjattu pankin palauttamaksi; hyvityksen voi maksaa uudelleen.</translation>
    </message>
    <message>
        <source>Correct the transaction id</source>
        <translation>Korjaa maksutunnus</translation>
    </message>
    <message>
        <source>Paytrail&apos;s transaction id of order {order}, as on the shop&apos;s order page:</source>
        <translation>Tilauksen {order} Paytrail-maksutunnus verkkokaupan tilaussivulta:</translation>
    </message>
    <message>
        <source>Why is it corrected?</source>
        <translation>Miksi se korjataan?</translation>
    </message>
    <message>
        <source>Correct the transaction id of order {order}.</source>
        <translation>Korjaa tilauksen {order} maksutunnus.</translation>
    </message>
    <message>
        <source>The transaction id of order {order} is corrected; pay the refund again.</source>
        <translation>Tilauksen {order} maksutunnus on korjattu; maksa hyvitys uudelleen.</translation>
    </message>
    <message>
        <source>No refund yet.</source>
        <translation>Ei vielä hyvitystä.</translation>
    </message>
    <message>
        <source>{status}: {total} (items {items}, delivery {delivery}, deductions {deductions}, label fee {fee}) · {method}</source>
        <translation>{status}: {total} (tuotteet {items}, toimituskulut {delivery}, vähennykset {deductions}, palautusetiketin maksu {fee}) · {method}</translation>
    </message>
    <message>
        <source>credit note {number}, issued {when} by {user}</source>
        <translation>hyvityslasku {number}, kirjannut {user} {when}</translation>
    </message>
    <message numerus="yes">
        <source>Refunded so far {amount} in %n refund(s).</source>
        <translation>
            <numerusform>Hyvitetty tähän mennessä {amount} %n hyvityksellä.</numerusform>
            <numerusform>Hyvitetty tähän mennessä {amount} %n hyvityksellä.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Still owed: %n unit(s) that arrived after the refund.</source>
        <translation>
            <numerusform>Vielä maksamatta: %n kappale, joka saapui hyvityksen jälkeen.</numerusform>
            <numerusform>Vielä maksamatta: %n kappaletta, jotka saapuivat hyvityksen jälkeen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Still expected: %n unit(s); refunded when they arrive.</source>
        <translation>
            <numerusform>Vielä odotetaan: %n kappale; hyvitetään, kun se saapuu.</numerusform>
            <numerusform>Vielä odotetaan: %n kappaletta; hyvitetään, kun ne saapuvat.</numerusform>
        </translation>
    </message>
    <message>
        <source>approved</source>
        <translation>hyväksytty</translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation>odottaa hyväksyntää</translation>
    </message>
    <message>
        <source>Deduction {amount} ({state}): {why}</source>
        <translation>Vähennys {amount} ({state}): {why}</translation>
    </message>
    <message>
        <source>VAT {rate} %: base {base}, VAT {vat}</source>
        <translation>ALV {rate} %: veroton {base}, ALV {vat}</translation>
    </message>
    <message>
        <source>{name} sent to print.</source>
        <translation>{name} lähetetty tulostimelle.</translation>
    </message>
</context>
<context>
    <name>ReturnPageView</name>
    <message>
        <source>← Back to the list</source>
        <translation>← Takaisin luetteloon</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Päivitä</translation>
    </message>
    <message>
        <source>Differences from what was expected</source>
        <translation>Poikkeamat odotetusta</translation>
    </message>
    <message>
        <source>The bank returned the transfer…</source>
        <translation>Pankki palautti tilisiirron…</translation>
    </message>
    <message>
        <source>Correct the transaction id…</source>
        <translation>Korjaa maksutunnus…</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Tulosta uudelleen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Tilaukset</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Päivämäärät</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Luotu</translation>
    </message>
    <message>
        <source>Return tracking</source>
        <translation>Palautuksen seurantatunnus</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Päätökset</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Paketit</translation>
    </message>
    <message>
        <source>Mismatches at check-in</source>
        <translation>Poikkeamat saapumiskirjauksessa</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Rivit</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Tarkastukset</translation>
    </message>
    <message>
        <source>Stock movements</source>
        <translation>Varastotapahtumat</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Hyvitys</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Asiakirjat</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Aikajana</translation>
    </message>
</context>
<context>
    <name>ReturnsListModel</name>
    <message>
        <source>Return</source>
        <translation>Palautus</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Luotu</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Tilaukset</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Tuotteet</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Hyvitys</translation>
    </message>
    <message>
        <source>Refund due</source>
        <translation>Hyvityksen eräpäivä</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Hyvitys</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Työpiste</translation>
    </message>
</context>
<context>
    <name>ReturnsListView</name>
    <message>
        <source>Returns</source>
        <translation>Palautukset</translation>
    </message>
    <message>
        <source>Search: return code, order number, customer, e-mail, phone or tracking</source>
        <translation>Hae: palautuskoodi, tilausnumero, asiakas, sähköposti, puhelin tai seurantatunnus</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Tyhjennä suodattimet</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Päivitä</translation>
    </message>
    <message>
        <source>All goods states</source>
        <translation>Kaikki tuotteiden tilat</translation>
    </message>
    <message>
        <source>Open (not closed or rejected)</source>
        <translation>Avoimet (ei suljetut tai hylätyt)</translation>
    </message>
    <message>
        <source>All money states</source>
        <translation>Kaikki hyvitysten tilat</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Kaikki lajit</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>Kaikki syyt</translation>
    </message>
    <message>
        <source>All stations</source>
        <translation>Kaikki työpisteet</translation>
    </message>
    <message>
        <source>Any refund deadline</source>
        <translation>Mikä tahansa hyvityksen eräpäivä</translation>
    </message>
    <message>
        <source>Refund overdue</source>
        <translation>Hyvitys myöhässä</translation>
    </message>
    <message>
        <source>Refund due within 2 days</source>
        <translation>Hyvitys erääntyy 2 päivän sisällä</translation>
    </message>
    <message>
        <source>Registered on or after</source>
        <translation>Luotu aikaisintaan</translation>
    </message>
    <message>
        <source>Registered on or before</source>
        <translation>Luotu viimeistään</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Tuotteet</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Hyvitys</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Työpiste</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Eräpäivä</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Alkupäivä</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Loppupäivä</translation>
    </message>
</context>
<context>
    <name>ReturnsListWidget</name>
    <message>
        <source>No returns match. Change the filters; a new station gets its returns when orders are imported (Import and export) and registered at the desk.</source>
        <translation>Yksikään palautus ei vastaa hakua. Muuta suodattimia; uusi työpiste saa palautuksia, kun tilaukset tuodaan (Tuonti ja vienti) ja palautukset rekisteröidään vastaanotossa.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Haetaan…</translation>
    </message>
    <message>
        <source>1 return</source>
        <translation>1 palautus</translation>
    </message>
    <message>
        <source>{n} returns</source>
        <translation>{n} palautusta</translation>
    </message>
    <message>
        <source>Nothing found for “{text}”.</source>
        <translation>Haulla ”{text}” ei löytynyt mitään.</translation>
    </message>
</context>
<context>
    <name>ScanFeedback</name>
    <message>
        <source>Scan result</source>
        <translation>Lukutulos</translation>
    </message>
    <message>
        <source>Ready to scan</source>
        <translation>Valmis skannaamaan</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>Virheellinen</translation>
    </message>
</context>
<context>
    <name>ScanField</name>
    <message>
        <source>Scan or type a code</source>
        <translation>Skannaa tai kirjoita koodi</translation>
    </message>
    <message>
        <source>Scan field</source>
        <translation>Skannauskenttä</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>This station</source>
        <translation>Tämä työpiste</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Tietokanta</translation>
    </message>
    <message>
        <source>Shop and policies</source>
        <translation>Kauppa ja käytännöt</translation>
    </message>
    <message>
        <source>Stock locations</source>
        <translation>Varastopaikat</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Maksut</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
</context>
<context>
    <name>ShopSettingsWidget</name>
    <message>
        <source>Shop (on credit notes and labels)</source>
        <translation>Kauppa (näkyy hyvityslaskuissa ja etiketeissä)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Katuosoite</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Postitoimipaikka</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>Business ID (Y-tunnus)</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>ALV-tunniste</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Return address (on return labels)</source>
        <translation>Palautusosoite (palautusetiketeissä)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> päivää</translation>
    </message>
    <message>
        <source>When the last unit of the order is returned</source>
        <translation>Kun tilauksen viimeinen kappale palautetaan</translation>
    </message>
    <message>
        <source>In proportion to the value returned</source>
        <translation>Suhteessa palautettuun arvoon</translation>
    </message>
    <message>
        <source>Charge for a prepaid return label</source>
        <translation>Veloita ennakkoon maksetusta palautusetiketistä</translation>
    </message>
    <message>
        <source>Customers are told of the right of withdrawal</source>
        <translation>Asiakkaille kerrotaan peruuttamisoikeudesta</translation>
    </message>
    <message>
        <source>The default for new orders</source>
        <translation>Oletus uusille tilauksille</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Käytännöt</translation>
    </message>
    <message>
        <source>Goodwill period</source>
        <translation>Vapaaehtoisen palautuksen aika</translation>
    </message>
    <message>
        <source>Refunds above this need a supervisor</source>
        <translation>Tätä suuremmat hyvitykset vaativat esihenkilön hyväksynnän</translation>
    </message>
    <message>
        <source>Delivery cost is refunded</source>
        <translation>Toimituskulut hyvitetään</translation>
    </message>
    <message>
        <source>Posti SmartPOST = 2</source>
        <translation>Posti SmartPOST = 2</translation>
    </message>
    <message>
        <source>One shipping method a line, with its typical working days in transit: a delivery day the shop&apos;s file lacks is estimated from the shipping day and marked as estimated.</source>
        <translation>Yksi toimitustapa riviä kohden ja sen tavallinen kuljetusaika arkipäivinä: jos kaupan tiedostossa ei ole toimituspäivää, se arvioidaan lähetyspäivästä ja merkitään arvioiduksi.</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> arkipäivää</translation>
    </message>
    <message>
        <source>Transit days per shipping method</source>
        <translation>Kuljetusaika toimitustavoittain</translation>
    </message>
    <message>
        <source>Other shipping methods</source>
        <translation>Muut toimitustavat</translation>
    </message>
    <message>
        <source>Deductions: a withdrawal never has a flat restocking fee. Only diminished value from handling beyond trying is deducted, per unit, with a written reason and a supervisor&apos;s approval, and never when the customer was not told of the right of withdrawal, nor on a defect claim.</source>
        <translation>Vähennykset: peruuttamisesta ei koskaan peritä kiinteää käsittelymaksua. Vähentää saa vain arvon alenemisen, joka johtuu kokeilua pidemmälle menneestä käsittelystä – kappalekohtaisesti, kirjallisesti perustellen ja esihenkilön hyväksymänä. Vähennystä ei tehdä koskaan, jos asiakkaalle ei kerrottu peruuttamisoikeudesta, eikä virheilmoituksessa.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>numeroa</translation>
    </message>
    <message>
        <source>Order numbers (how a scan recognises them)</source>
        <translation>Tilausnumerot (mistä skannaus tunnistaa ne)</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Etuliite</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Pituus</translation>
    </message>
    <message>
        <source>Keep the range to what the shop&apos;s order numbers really are: a longer range makes carriers&apos; tracking numbers and product codes look like orders.</source>
        <translation>Pidä pituus sellaisena kuin kaupan tilausnumerot todella ovat: väljempi pituus saa kuljetusliikkeiden seurantakoodit ja tuotekoodit näyttämään tilauksilta.</translation>
    </message>
    <message>
        <source>A new reason, e.g. Wrong colour</source>
        <translation>Uusi syy, esim. Väärä väri</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lisää</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Return reasons (drag to reorder)</source>
        <translation>Palautuksen syyt (järjestä vetämällä)</translation>
    </message>
    <message>
        <source>Only an administrator can change these.</source>
        <translation>Vain ylläpitäjä voi muuttaa näitä.</translation>
    </message>
    <message>
        <source>Save shop settings</source>
        <translation>Tallenna kaupan asetukset</translation>
    </message>
    <message>
        <source>That reason is in the list already.</source>
        <translation>Syy on jo luettelossa.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The shop needs a name.</source>
        <translation>Kaupalla on oltava nimi.</translation>
    </message>
    <message>
        <source>Write each shipping method as “name = days”: {line}</source>
        <translation>Kirjoita jokainen toimitustapa muodossa ”nimi = päivät”: {line}</translation>
    </message>
    <message>
        <source>Keep at least one return reason.</source>
        <translation>Jätä luetteloon vähintään yksi palautuksen syy.</translation>
    </message>
    <message>
        <source>Shop settings saved.</source>
        <translation>Kaupan asetukset tallennettu.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Everywhere</source>
        <translation>Kaikkialla</translation>
    </message>
    <message>
        <source>Show or hide this help</source>
        <translation>Näytä tai piilota tämä ohje</translation>
    </message>
    <message>
        <source>About Returns Desk: version, database, log file</source>
        <translation>Tietoja Returns Deskistä: versio, tietokanta, lokitiedosto</translation>
    </message>
    <message>
        <source>Switch user (shared station)</source>
        <translation>Vaihda käyttäjää (jaettu työpiste)</translation>
    </message>
    <message>
        <source>Next area</source>
        <translation>Seuraava näkymä</translation>
    </message>
    <message>
        <source>Previous area</source>
        <translation>Edellinen näkymä</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Näkymät</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Palautukset</translation>
    </message>
    <message>
        <source>Back to the list from a return</source>
        <translation>Palautuksesta takaisin luetteloon</translation>
    </message>
    <message>
        <source>Open the return selected</source>
        <translation>Avaa valittu palautus</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>A supervisor&apos;s approval is needed</source>
        <translation>Tarvitaan esihenkilön hyväksyntä</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Vaihda käyttäjää</translation>
    </message>
    <message>
        <source>Sign in to Returns Desk</source>
        <translation>Kirjaudu Returns Deskiin</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Hyväksy</translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation>Luo ja kirjaudu</translation>
    </message>
    <message>
        <source>Choose your user and type your password.</source>
        <translation>Valitse käyttäjäsi ja kirjoita salasanasi.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Kirjaudutaan…</translation>
    </message>
    <message>
        <source>Give a user name and a password.</source>
        <translation>Anna käyttäjätunnus ja salasana.</translation>
    </message>
    <message>
        <source>The passwords differ. Type them again.</source>
        <translation>Salasanat eroavat. Kirjoita ne uudelleen.</translation>
    </message>
    <message>
        <source>{user} may not approve this. Ask a supervisor.</source>
        <translation>Käyttäjä {user} ei voi hyväksyä tätä. Pyydä esihenkilö paikalle.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Kirjaudu</translation>
    </message>
</context>
<context>
    <name>SignInView</name>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Käyttäjä</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Salasana</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Työpiste</translation>
    </message>
    <message>
        <source>This database has no users yet. Create the first one, an administrator: they add the other users in Settings → Users.</source>
        <translation>Tietokannassa ei ole vielä käyttäjiä. Luo ensimmäinen, pääkäyttäjä: hän lisää muut käyttäjät kohdassa Asetukset → Käyttäjät.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Salasana uudelleen</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>Ladataan käyttäjiä…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Kirjaudu</translation>
    </message>
</context>
<context>
    <name>StationSettings</name>
    <message>
        <source>Station</source>
        <translation>Työpiste</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>Työpisteen nimi</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tekstin koko</translation>
    </message>
    <message>
        <source>Language and text size apply when the app starts.</source>
        <translation>Kieli ja tekstin koko tulevat voimaan, kun sovellus käynnistetään seuraavan kerran.</translation>
    </message>
    <message>
        <source>Tab ends a scan (as well as Enter)</source>
        <translation>Sarkain päättää skannauksen (Enterin lisäksi)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Skanneri</translation>
    </message>
    <message>
        <source>Longest gap between keys of a scan</source>
        <translation>Skannauksen pisin näppäinväli</translation>
    </message>
    <message>
        <source>Shortest scan</source>
        <translation>Skannauksen vähimmäispituus</translation>
    </message>
    <message>
        <source>Character the scanner sends for FNC1</source>
        <translation>Merkki, jonka skanneri lähettää FNC1:n tilalle</translation>
    </message>
    <message>
        <source>Printer for return labels</source>
        <translation>Palautustarrojen tulostin</translation>
    </message>
    <message>
        <source>Size of return labels</source>
        <translation>Palautustarrojen koko</translation>
    </message>
    <message>
        <source>Printer for item tags</source>
        <translation>Tuotelappujen tulostin</translation>
    </message>
    <message>
        <source>Size of item tags</source>
        <translation>Tuotelappujen koko</translation>
    </message>
    <message>
        <source>Printer for credit notes</source>
        <translation>Hyvityslaskujen tulostin</translation>
    </message>
    <message>
        <source>Format of credit notes</source>
        <translation>Hyvityslaskujen muoto</translation>
    </message>
    <message>
        <source>Find printers</source>
        <translation>Etsi tulostimet</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>Tulostimet</translation>
    </message>
    <message>
        <source>Return labels</source>
        <translation>Palautusetiketit</translation>
    </message>
    <message>
        <source>Item tags</source>
        <translation>Tuotelaput</translation>
    </message>
    <message>
        <source>Credit notes (slips)</source>
        <translation>Hyvityslaskut (kuitit)</translation>
    </message>
    <message>
        <source>Sounds for scans: success, warning, error</source>
        <translation>Äänet skannauksille: onnistui, varoitus, virhe</translation>
    </message>
    <message>
        <source>Play the three sounds</source>
        <translation>Soita kolme ääntä</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Äänet</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Äänenvoimakkuus</translation>
    </message>
    <message>
        <source>Save station settings</source>
        <translation>Tallenna työpisteen asetukset</translation>
    </message>
    <message>
        <source>The printers could not be listed.</source>
        <translation>Tulostimia ei saatu haettua.</translation>
    </message>
    <message>
        <source>The FNC1 character must be a symbol such as ~ or ^, not a letter.</source>
        <translation>FNC1-merkin on oltava symboli, kuten ~ tai ^, ei kirjain.</translation>
    </message>
    <message>
        <source>Give the station a name.</source>
        <translation>Anna työpisteelle nimi.</translation>
    </message>
    <message>
        <source>Station settings saved.</source>
        <translation>Työpisteen asetukset tallennettu.</translation>
    </message>
</context>
<context>
    <name>StockLevelsModel</name>
    <message>
        <source>SKU</source>
        <translation>Tuotekoodi</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Tuote</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Tuoteryhmä</translation>
    </message>
    <message>
        <source>Sellable</source>
        <translation>Myytävissä</translation>
    </message>
    <message>
        <source>Not for sale</source>
        <translation>Ei myytävissä</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Varastosaldo</translation>
    </message>
    <message>
        <source>Units for sale: main stock and B-stock.</source>
        <translation>Myytävissä olevat kappaleet: myyntivarasto ja B-varasto.</translation>
    </message>
    <message>
        <source>Units in the warehouse not for sale: quarantine, held units.</source>
        <translation>Varastossa olevat kappaleet, jotka eivät ole myytävissä: karanteeni ja asiakkaalle säilytettävät.</translation>
    </message>
    <message>
        <source>Sellable and not for sale together. Scrapped units and units sent to the supplier are not stock on hand.</source>
        <translation>Myytävissä ja ei myytävissä yhteensä. Romutetut ja toimittajalle lähetetyt kappaleet eivät kuulu varastosaldoon.</translation>
    </message>
</context>
<context>
    <name>StockWidget</name>
    <message>
        <source>Stock</source>
        <translation>Varasto</translation>
    </message>
    <message>
        <source>Filter products: SKU, name or category</source>
        <translation>Suodata tuotteita: tuotekoodi, nimi tai tuoteryhmä</translation>
    </message>
    <message>
        <source>Adjust stock…</source>
        <translation>Korjaa saldoa…</translation>
    </message>
    <message>
        <source>Open product</source>
        <translation>Avaa tuote</translation>
    </message>
    <message>
        <source>Stock levels</source>
        <translation>Varastosaldot</translation>
    </message>
    <message>
        <source>No stock yet. Import products (Import and export); graded returns and adjustments then show here.</source>
        <translation>Ei vielä varastoa. Tuo tuotteet (Tuonti ja vienti); arvioidut palautukset ja saldokorjaukset näkyvät sitten täällä.</translation>
    </message>
    <message>
        <source>Levels per location</source>
        <translation>Saldot varastopaikoittain</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Tuotekoodi</translation>
    </message>
    <message>
        <source>Return code</source>
        <translation>Palautuskoodi</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Kaikki varastopaikat</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Kaikki käyttäjät</translation>
    </message>
    <message>
        <source>Moved on or after</source>
        <translation>Siirretty aikaisintaan</translation>
    </message>
    <message>
        <source>Moved on or before</source>
        <translation>Siirretty viimeistään</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Tuote</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Varastopaikka</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Palautus</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Käyttäjä</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Alkupäivä</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Loppupäivä</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Varastotapahtumat</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Päivitä</translation>
    </message>
    <message>
        <source>Adjust stock… (needs a supervisor)</source>
        <translation>Korjaa saldoa… (esihenkilö)</translation>
    </message>
    <message>
        <source>Adjust {sku} at {location} by {n:+d}: “{reason}”.</source>
        <translation>Korjaa saldoa: {sku}, varastopaikka {location}, muutos {n:+d}. Syy: ”{reason}”.</translation>
    </message>
    <message>
        <source>{sku} at {location}: {quantity:+d}, now {balance}.</source>
        <translation>{sku}, varastopaikka {location}: {quantity:+d}, saldo nyt {balance}.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>someone</source>
        <translation>joku</translation>
    </message>
    <message>
        <source>{who} ({station}) {what}</source>
        <translation>{who} ({station}) {what}</translation>
    </message>
    <message>
        <source>{who} {what}</source>
        <translation>{who} {what}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Tapahtuma</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Show:</source>
        <translation>Näytä:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Tuotteet</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Hyvitykset</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Päätökset</translation>
    </message>
    <message>
        <source>Nothing has been recorded about this return yet.</source>
        <translation>Tästä palautuksesta ei ole vielä kirjattu mitään.</translation>
    </message>
    <message>
        <source>Nothing of this kind has happened to this return.</source>
        <translation>Tällaisia tapahtumia ei ole tässä palautuksessa.</translation>
    </message>
    <message>
        <source>{shown} of {total} entries</source>
        <translation>{shown}/{total} merkintää</translation>
    </message>
</context>
<context>
    <name>UnidentifiedModel</name>
    <message>
        <source>Scanned code</source>
        <translation>Skannattu koodi</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Odottanut</translation>
    </message>
    <message>
        <source>Queued by</source>
        <translation>Jonoon lisännyt</translation>
    </message>
    <message>
        <source>Queued {when}</source>
        <translation>Lisätty jonoon {when}</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>juuri nyt</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} h</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 päivä</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} päivää</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Työpiste</translation>
    </message>
</context>
<context>
    <name>UnidentifiedWidget</name>
    <message>
        <source>Unidentified parcels</source>
        <translation>Tunnistamattomat paketit</translation>
    </message>
    <message>
        <source>Nothing leaves this queue without a decision: match the parcel to a return, register a return for it, or discard it with a reason.</source>
        <translation>Mikään paketti ei poistu jonosta ilman päätöstä: yhdistä paketti palautukseen, luo sille palautus tai poista se jonosta perustelun kanssa.</translation>
    </message>
    <message>
        <source>No parcels wait here. A parcel nobody can place is put here at the desk with F9.</source>
        <translation>Täällä ei odota paketteja. Paketti, jota kukaan ei tunnista, laitetaan tänne vastaanotossa F9:llä.</translation>
    </message>
    <message>
        <source>Where the code leads</source>
        <translation>Mihin koodi johtaa</translation>
    </message>
    <message>
        <source>Find: order number, customer name, e-mail, phone or tracking number</source>
        <translation>Etsi: tilausnumero, asiakkaan nimi, sähköposti, puhelin tai seurantatunnus</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Etsi</translation>
    </message>
    <message>
        <source>Returns that match</source>
        <translation>Täsmäävät palautukset</translation>
    </message>
    <message>
        <source>Match to this return</source>
        <translation>Yhdistä tähän palautukseen</translation>
    </message>
    <message>
        <source>Register a return…</source>
        <translation>Luo palautus…</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Poista jonosta…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Päivitä</translation>
    </message>
    <message>
        <source>{n} waiting</source>
        <translation>{n} odottaa</translation>
    </message>
    <message>
        <source>Discard… (needs a supervisor)</source>
        <translation>Poista… (esihenkilö)</translation>
    </message>
    <message>
        <source>Needs a supervisor: discarding a parcel is a supervisor&apos;s decision. Write the reason; a supervisor approves it here with their password.</source>
        <translation>Vaatii esihenkilön: paketin poistaminen on esihenkilön päätös. Kirjoita syy; esihenkilö hyväksyy sen tässä salasanallaan.</translation>
    </message>
    <message>
        <source>Take the parcel out of the queue with a written reason.</source>
        <translation>Poista paketti jonosta kirjoitetulla syyllä.</translation>
    </message>
    <message>
        <source>Following the code {code}…</source>
        <translation>Seurataan koodia {code}…</translation>
    </message>
    <message>
        <source>No proposal: see the message above.</source>
        <translation>Ei ehdotusta: katso viesti yllä.</translation>
    </message>
    <message>
        <source>Choose a parcel: its code is followed to its return.</source>
        <translation>Valitse paketti: sen koodia seurataan palautukseen asti.</translation>
    </message>
    <message>
        <source>Proposed match</source>
        <translation>Ehdotettu palautus</translation>
    </message>
    <message>
        <source>Match to return {code} (Enter)</source>
        <translation>Yhdistä palautukseen {code} (Enter)</translation>
    </message>
    <message>
        <source>No match to propose</source>
        <translation>Ei ehdotettavaa palautusta</translation>
    </message>
    <message>
        <source>Order {order} · {customer}
“Register a return…” below registers its return and matches the parcel to it.</source>
        <translation>Tilaus {order} · {customer}
Alla oleva ”Luo palautus…” luo sen palautuksen ja yhdistää paketin siihen.</translation>
    </message>
    <message>
        <source>Search by hand below.</source>
        <translation>Hae käsin alta.</translation>
    </message>
    <message>
        <source>{n} × {name}</source>
        <translation>{n} × {name}</translation>
    </message>
    <message>
        <source>Return {code} · {customer} · order {orders}
{items}</source>
        <translation>Palautus {code} · {customer} · tilaus {orders}
{items}</translation>
    </message>
    <message>
        <source>Nothing found. Try the customer&apos;s name or e-mail.</source>
        <translation>Mitään ei löytynyt. Kokeile asiakkaan nimeä tai sähköpostiosoitetta.</translation>
    </message>
    <message>
        <source>The parcel is now part of return {code} ({state}).</source>
        <translation>Paketti kuuluu nyt palautukseen {code} ({state}).</translation>
    </message>
    <message>
        <source>Discard parcel {code} with the reason “{reason}”. A supervisor approves it by typing their own password.</source>
        <translation>Poista paketti {code} syyllä ”{reason}”. Esihenkilö hyväksyy sen kirjoittamalla oman salasanansa.</translation>
    </message>
    <message>
        <source>Parcel {code} was discarded, approved by {user}: “{reason}”.</source>
        <translation>Paketti {code} poistettiin, hyväksyjä {user}: ”{reason}”.</translation>
    </message>
    <message>
        <source>Parcel {code} was discarded: “{reason}”.</source>
        <translation>Paketti {code} poistettiin: ”{reason}”.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Lisää käyttäjä</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>New password for {user}</source>
        <translation>Uusi salasana käyttäjälle {user}</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <source>Give a user name.</source>
        <translation>Anna käyttäjätunnus.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>User name</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>Voi kirjautua</translation>
    </message>
    <message>
        <source>no (locked after too many wrong passwords)</source>
        <translation>ei (lukittu liian monen väärän salasanan takia)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>no (deactivated)</source>
        <translation>ei (poistettu käytöstä)</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Käyttäjät</translation>
    </message>
    <message>
        <source>Add a user…</source>
        <translation>Lisää käyttäjä…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Poista käytöstä</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Aseta uusi salasana…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Avaa lukitus</translation>
    </message>
    <message>
        <source>Let a user locked after too many wrong passwords sign in again.</source>
        <translation>Sallii liian monen väärän salasanan takia lukitun käyttäjän kirjautua taas.</translation>
    </message>
    <message>
        <source>Only an administrator manages users.</source>
        <translation>Vain ylläpitäjä voi hallita käyttäjiä.</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Ota uudelleen käyttöön</translation>
    </message>
    <message>
        <source>{user} added.</source>
        <translation>Käyttäjä {user} lisätty.</translation>
    </message>
    <message>
        <source>{user} can sign in again.</source>
        <translation>Käyttäjä {user} voi taas kirjautua.</translation>
    </message>
    <message>
        <source>{user} can no longer sign in.</source>
        <translation>Käyttäjä {user} ei voi enää kirjautua.</translation>
    </message>
    <message>
        <source>New password set for {user}.</source>
        <translation>Käyttäjälle {user} asetettu uusi salasana.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Returns Desk already runs for this database and station; its window was brought forward.</source>
        <translation>Returns Desk on jo käynnissä tälle tietokannalle ja työpisteelle; sen ikkuna tuotiin esiin.</translation>
    </message>
    <message>
        <source>Returns Desk</source>
        <translation>Returns Desk</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Restore the database from a backup made before that entry and find out who could reach it.</source>
        <translation>Palauta tietokanta varmuuskopiosta, joka on tehty ennen tätä merkintää, ja selvitä, kuka on päässyt käsiksi tietokantaan.</translation>
    </message>
    <message>
        <source>--expect checks the hash chain, which only a SQLite database keeps.</source>
        <translation>--expect tarkistaa tiivisteketjun, jota pidetään vain SQLite-tietokannassa.</translation>
    </message>
    <message>
        <source>Audit entry {id} ({when}, {action}) has no hash: it was written around the app. {restore}</source>
        <translation>Lokimerkinnällä {id} ({when}, {action}) ei ole tiivistettä: se on kirjoitettu sovelluksen ohi. {restore}</translation>
    </message>
    <message>
        <source>Audit entry {id} ({when}, {action}) has been changed: it no longer matches its hash. {restore}</source>
        <translation>Lokimerkintä {id} ({when}, {action}) on muutettu: se ei enää vastaa tiivistettään. {restore}</translation>
    </message>
    <message>
        <source>Audit entry {id} ({when}, {action}) is the first in the log but does not start the chain: entries before it were removed. {restore}</source>
        <translation>Lokimerkintä {id} ({when}, {action}) on lokin ensimmäinen, mutta ketju ei ala siitä: sitä edeltäviä merkintöjä on poistettu. {restore}</translation>
    </message>
    <message>
        <source>Audit entry {id} ({when}, {action}) does not follow entry {prev_id}: entries between them were removed, inserted or reordered, or entry {prev_id} was changed. {restore}</source>
        <translation>Lokimerkintä {id} ({when}, {action}) ei seuraa merkintää {prev_id}: niiden välistä on poistettu merkintöjä, niiden väliin on lisätty merkintöjä tai järjestystä on muutettu, tai merkintää {prev_id} on muutettu. {restore}</translation>
    </message>
    <message>
        <source>Audit entry {id}, noted earlier with hash {hash}, is missing: the log was cut short. {restore}</source>
        <translation>Lokimerkintä {id}, jonka tiiviste {hash} kirjattiin aiemmin ylös, puuttuu: lokia on lyhennetty. {restore}</translation>
    </message>
    <message>
        <source>Audit entry {id} no longer has the hash {hash} noted earlier: the log up to it was rewritten. {restore}</source>
        <translation>Lokimerkinnän {id} tiiviste ei ole enää aiemmin ylös kirjattu {hash}: loki on kirjoitettu uudelleen tähän merkintään asti. {restore}</translation>
    </message>
    <message>
        <source>The audit log&apos;s guard {trigger} is missing or disabled, so entries can be changed. Find out who could reach the database and restore it from a backup.</source>
        <translation>Tapahtumalokin suojaus {trigger} puuttuu tai on poistettu käytöstä, joten merkintöjä voi muuttaa. Selvitä, kuka on päässyt käsiksi tietokantaan, ja palauta se varmuuskopiosta.</translation>
    </message>
    <message>
        <source>No database role but the owner may write the audit log, so the stations connect as the owner, who can rewrite it. Make a role for them with &apos;returns-app db grant-app-role ROLE&apos; and let them connect with it.</source>
        <translation>Tapahtumalokiin saa kirjoittaa vain tietokannan omistaja, joten asemat ovat yhteydessä omistajana, joka voi kirjoittaa lokin uudelleen. Tee asemille oma rooli komennolla &apos;returns-app db grant-app-role ROOLI&apos; ja yhdistä asemat sillä.</translation>
    </message>
    <message>
        <source>Entries: {count}, chain intact.</source>
        <translation>Merkintöjä: {count}, ketju ehjä.</translation>
    </message>
    <message>
        <source>Last entry {id}, hash {hash}. Note them down: &apos;returns-app db verify --expect {id}:{hash}&apos; later proves the log up to it is unchanged.</source>
        <translation>Viimeinen merkintä {id}, tiiviste {hash}. Kirjaa ne ylös: &apos;returns-app db verify --expect {id}:{hash}&apos; osoittaa myöhemmin, että loki on tähän merkintään asti muuttumaton.</translation>
    </message>
    <message>
        <source>Entries: {count}; the log is not whole.</source>
        <translation>Merkintöjä: {count}; loki ei ole eheä.</translation>
    </message>
    <message>
        <source>Entries: {count}. On PostgreSQL the database&apos;s roles keep the log: only its owner may change it (the hash chain is kept on SQLite).</source>
        <translation>Merkintöjä: {count}. PostgreSQL:ssä lokia suojaavat tietokannan roolit: vain sen omistaja voi muuttaa sitä (tiivisteketjua pidetään SQLitessa).</translation>
    </message>
    <message>
        <source>Rights checked for the stations&apos; roles: {roles}.</source>
        <translation>Asemien roolien oikeudet tarkistettu: {roles}.</translation>
    </message>
</context>
<context>
    <name>backoffice</name>
    <message>
        <source>Unknown deadline filter.</source>
        <translation>Tuntematon määräaikasuodatin.</translation>
    </message>
    <message>
        <source>Unknown sort column.</source>
        <translation>Tuntematon lajittelusarake.</translation>
    </message>
    <message>
        <source>Give the location a code and a name.</source>
        <translation>Anna varastopaikalle koodi ja nimi.</translation>
    </message>
    <message>
        <source>Unknown kind of location.</source>
        <translation>Tuntematon varastopaikan laji.</translation>
    </message>
    <message>
        <source>There is already a location {code}.</source>
        <translation>Varastopaikka {code} on jo olemassa.</translation>
    </message>
    <message>
        <source>No such location.</source>
        <translation>Varastopaikkaa ei ole.</translation>
    </message>
    <message>
        <source>{code} still holds {units} units. Move them before deactivating it.</source>
        <translation>Varastopaikassa {code} on vielä {units} kpl. Siirrä ne ennen kuin poistat paikan käytöstä.</translation>
    </message>
    <message>
        <source>{code} is the last active location of its kind; inspection needs one.</source>
        <translation>{code} on lajinsa viimeinen käytössä oleva varastopaikka; tarkastus tarvitsee sellaisen.</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>uudenvuodenpäivä</translation>
    </message>
    <message>
        <source>Epiphany</source>
        <translation>loppiainen</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>pitkäperjantai</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>pääsiäispäivä</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>2. pääsiäispäivä</translation>
    </message>
    <message>
        <source>May Day</source>
        <translation>vappu</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>helatorstai</translation>
    </message>
    <message>
        <source>Whit Sunday</source>
        <translation>helluntaipäivä</translation>
    </message>
    <message>
        <source>Midsummer Eve</source>
        <translation>juhannusaatto</translation>
    </message>
    <message>
        <source>Midsummer Day</source>
        <translation>juhannuspäivä</translation>
    </message>
    <message>
        <source>All Saints&apos; Day</source>
        <translation>pyhäinpäivä</translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation>itsenäisyyspäivä</translation>
    </message>
    <message>
        <source>Christmas Eve</source>
        <translation>jouluaatto</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>joulupäivä</translation>
    </message>
    <message>
        <source>St Stephen&apos;s Day</source>
        <translation>tapaninpäivä</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>maanantai</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>tiistai</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>keskiviikko</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>torstai</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>perjantai</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>lauantai</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>sunnuntai</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>The schema is {current} and this app needs {head}, but this database user may not change the schema (it is the stations&apos; role). Run &apos;returns-app db upgrade&apos; with the database owner&apos;s URL.</source>
        <translation>Skeemaversio on {current} ja tämä sovellus tarvitsee version {head}, mutta tämä tietokannan käyttäjä ei saa muuttaa skeemaa (se on asemien rooli). Aja &apos;returns-app db upgrade&apos; tietokannan omistajan osoitteella.</translation>
    </message>
    <message>
        <source>{file} exists already; choose another file name.</source>
        <translation>{file} on jo olemassa; valitse toinen tiedostonimi.</translation>
    </message>
    <message>
        <source>pg_dump is not installed; install the PostgreSQL client tools.</source>
        <translation>pg_dump-ohjelmaa ei ole asennettu; asenna PostgreSQL-asiakastyökalut.</translation>
    </message>
    <message>
        <source>pg_dump failed: {error}</source>
        <translation>pg_dump epäonnistui: {error}</translation>
    </message>
    <message>
        <source>The database URL gives {names} more than once; give each once.</source>
        <translation>Tietokannan URL-osoitteessa on {names} useammin kuin kerran; anna kukin vain kerran.</translation>
    </message>
    <message>
        <source>The database&apos;s schema version is {current}; this app needs {head}. Run &apos;returns-app db upgrade&apos; as the database owner, then verify again.</source>
        <translation>Tietokannan skeemaversio on {current}; tämä sovellus tarvitsee version {head}. Aja &apos;returns-app db upgrade&apos; tietokannan omistajana ja tarkista sitten uudelleen.</translation>
    </message>
    <message>
        <source>Created role {role}</source>
        <translation>Rooli {role} luotu</translation>
    </message>
    <message>
        <source>Role {role} exists</source>
        <translation>Rooli {role} on jo olemassa</translation>
    </message>
    <message>
        <source>{role} may use {tables} tables in schema {schema}; on audit_log only SELECT and INSERT. It owns nothing and may not change the schema.</source>
        <translation>{role} saa käyttää {tables} taulua skeemassa {schema}; audit_log-taulussa vain SELECT ja INSERT. Se ei omista mitään eikä saa muuttaa skeemaa.</translation>
    </message>
    <message>
        <source>Everyone (PUBLIC) could create tables in schema {schema}; that right is now taken away.</source>
        <translation>Kaikki (PUBLIC) saivat luoda tauluja skeemaan {schema}; oikeus on nyt poistettu.</translation>
    </message>
    <message>
        <source>Demo data goes only into a new database, and this one has users. Choose an empty database with --database.</source>
        <translation>Esimerkkiaineisto lisätään vain uuteen tietokantaan, ja tässä on jo käyttäjiä. Valitse tyhjä tietokanta valitsimella --database.</translation>
    </message>
    <message>
        <source>Demo data failed: {error}</source>
        <translation>Esimerkkiaineiston luonti epäonnistui: {error}</translation>
    </message>
    <message>
        <source>Return {code} has lines 1 to {n}.</source>
        <translation>Palautuksella {code} on rivit 1–{n}.</translation>
    </message>
    <message>
        <source>No graded unit on line {line} of {code}: inspect it first.</source>
        <translation>Palautuksen {code} rivillä {line} ei ole luokiteltua kappaletta: tarkasta se ensin.</translation>
    </message>
    <message>
        <source>Users exist already: name the admin with --as ADMIN.</source>
        <translation>Käyttäjiä on jo: nimeä ylläpitäjä valitsimella --as ADMIN.</translation>
    </message>
    <message>
        <source>Name the admin who unlocks the user with --as ADMIN.</source>
        <translation>Nimeä lukituksen avaava ylläpitäjä valitsimella --as ADMIN.</translation>
    </message>
    <message>
        <source>The delivery day {date} is estimated: shipped {shipped} plus {days} working days in transit. Correct it from the customer&apos;s proof before deciding with it.</source>
        <translation>Toimituspäivä {date} on arvio: lähetetty {shipped}, kuljetusaika {days} arkipäivää. Korjaa se asiakkaan todisteen mukaan ennen kuin päätät sen perusteella.</translation>
    </message>
    <message>
        <source>The customer was not told about the right of withdrawal, so the period is extended by 12 months.</source>
        <translation>Asiakkaalle ei kerrottu peruuttamisoikeudesta, joten peruuttamisaika pitenee 12 kuukaudella.</translation>
    </message>
    <message>
        <source>The customer was told about the right of withdrawal on {date}, so the period ends 14 days after that.</source>
        <translation>Asiakkaalle kerrottiin peruuttamisoikeudesta {date}, joten peruuttamisaika päättyy 14 päivää sen jälkeen.</translation>
    </message>
    <message>
        <source>The withdrawal period ends at the end of {weekday} {date}.</source>
        <translation>Peruuttamisaika päättyy {weekday}na {date} vuorokauden päättyessä.</translation>
    </message>
    <message>
        <source>A notice given on {weekday} {date} is too late.</source>
        <translation>Ilmoitus {weekday}na {date} on myöhässä.</translation>
    </message>
    <message>
        <source>A notice given on {weekday} {date} is in time.</source>
        <translation>Ilmoitus {weekday}na {date} on ajoissa.</translation>
    </message>
    <message>
        <source>The customer must send the goods back by {weekday} {date}.</source>
        <translation>Asiakkaan on lähetettävä tuotteet takaisin viimeistään {weekday}na {date}.</translation>
    </message>
    <message>
        <source>The refund is due by {weekday} {date}.</source>
        <translation>Hyvitys on maksettava viimeistään {weekday}na {date}.</translation>
    </message>
    <message>
        <source>The count ends on {weekday} {date}, so the period moves to the next working day.</source>
        <translation>Laskettu määräaika päättyisi {weekday}na {date}, joten se siirtyy seuraavaan arkipäivään.</translation>
    </message>
    <message>
        <source>The count ends on {weekday} {date}, {holiday}, so the period moves to the next working day.</source>
        <translation>Laskettu määräaika päättyisi {weekday}na {date}, joka on {holiday}, joten se siirtyy seuraavaan arkipäivään.</translation>
    </message>
    <message>
        <source>{count} credit note(s) for {period}, {total} EUR in all, written to {out}.</source>
        <translation>Hyvityslaskuja {count} kpl ajalta {period}, yhteensä {total} EUR, tallennettu: {out}.</translation>
    </message>
    <message>
        <source>{count} stock movement(s) for {period} written to {out}.</source>
        <translation>Varastotapahtumia {count} kpl ajalta {period}, tallennettu: {out}.</translation>
    </message>
    <message>
        <source>No such file: {path}</source>
        <translation>Tiedostoa ei ole: {path}</translation>
    </message>
    <message>
        <source>Sign in first: give --user NAME (or set RETURNS_USER). The password is asked, or read from RETURNS_PASSWORD.</source>
        <translation>Kirjaudu ensin: anna --user NIMI (tai aseta RETURNS_USER). Salasana kysytään tai luetaan muuttujasta RETURNS_PASSWORD.</translation>
    </message>
    <message>
        <source>{checked} payout(s) checked: {paid} paid, {failed} failed, {pending} still waiting, {doubt} in doubt (a supervisor decides), {unreachable} not reached.</source>
        <translation>{checked} maksua tarkistettu: {paid} maksettu, {failed} epäonnistunut, {pending} odottaa yhä, {doubt} epävarma (esimies päättää), {unreachable} ei tavoitettu.</translation>
    </message>
    <message>
        <source>Upload of {file} confirmed: {count} refund(s) paid, {total} EUR.</source>
        <translation>Aineiston {file} lähetys vahvistettu: {count} hyvitystä maksettu, {total} EUR.</translation>
    </message>
    <message>
        <source>Transfer file {id} ({file}): {count} payment(s), {total} EUR, to be paid on {day}, written to {out}. Upload it to the bank, then run &apos;returns-app payments confirm-upload {id}&apos;.</source>
        <translation>Maksuaineisto {id} ({file}): {count} maksua, {total} EUR, eräpäivä {day}, kirjoitettu tiedostoon {out}. Lähetä se pankkiin ja aja sitten &apos;returns-app payments confirm-upload {id}&apos;.</translation>
    </message>
    <message>
        <source>Transfer file {id} cancelled: never upload it. {count} transfer(s) wait for the next file.</source>
        <translation>Maksuaineisto {id} peruttu: älä lähetä sitä pankkiin. {count} siirtoa odottaa seuraavaa aineistoa.</translation>
    </message>
    <message>
        <source>Return {code} has no paid bank transfer.</source>
        <translation>Palautuksella {code} ei ole maksettua tilisiirtoa.</translation>
    </message>
    <message>
        <source>The transfer of {amount} EUR of {code} is recorded as returned by the bank.</source>
        <translation>Palautuksen {code} tilisiirto {amount} EUR on kirjattu pankin palauttamaksi.</translation>
    </message>
    <message>
        <source>Order {order}: Paytrail transaction id is now {id}.</source>
        <translation>Tilaus {order}: Paytrail-maksutunnus on nyt {id}.</translation>
    </message>
    <message>
        <source>No password for the SMTP user {user} on this computer: nothing was sent and no e-mail was touched. Save it here (Settings -&gt; E-mail) or set RETURNS_SMTP_PASSWORD.</source>
        <translation>Tällä koneella ei ole SMTP-käyttäjän {user} salasanaa: mitään ei lähetetty eikä viesteihin koskettu. Tallenna se tällä koneella (Asetukset -&gt; Sähköposti) tai aseta RETURNS_SMTP_PASSWORD.</translation>
    </message>
    <message>
        <source>No SMTP server is set (Settings -&gt; E-mail); nothing was sent.</source>
        <translation>SMTP-palvelinta ei ole asetettu (Asetukset -&gt; Sähköposti); mitään ei lähetetty.</translation>
    </message>
    <message>
        <source>Sent {sent}, to retry later {retrying}, failed {failed}, in doubt {doubt}.</source>
        <translation>Lähetetty {sent}, yritetään myöhemmin uudelleen {retrying}, epäonnistui {failed}, epävarmoja {doubt}.</translation>
    </message>
    <message>
        <source>The server could not be reached: {reason}</source>
        <translation>Palvelimeen ei saatu yhteyttä: {reason}</translation>
    </message>
</context>
<context>
    <name>database</name>
    <message>
        <source>&apos;{url}&apos; is not a database URL. Use e.g. sqlite:///returns.sqlite3 or postgresql+psycopg://user@host/dbname.</source>
        <translation>&apos;{url}&apos; ei ole tietokannan osoite. Käytä esim. sqlite:///returns.sqlite3 tai postgresql+psycopg://user@host/dbname.</translation>
    </message>
    <message>
        <source>Database &apos;{backend}&apos; is not supported. Use SQLite or PostgreSQL.</source>
        <translation>Tietokantaa &apos;{backend}&apos; ei tueta. Käytä SQLiteä tai PostgreSQL:ää.</translation>
    </message>
    <message>
        <source>No driver for &apos;{url}&apos;: {error}</source>
        <translation>Osoitteelle &apos;{url}&apos; ei ole ajuria: {error}</translation>
    </message>
    <message>
        <source>The database file {path} is on a network share ({kind}). SQLite cannot lock a file safely there (its write-ahead log works only on one computer&apos;s own disk), and the data could be damaged. Keep the file on this computer&apos;s disk, or use a PostgreSQL server for several stations.</source>
        <translation>Tietokantatiedosto {path} on verkkolevyllä ({kind}). SQLite ei voi lukita tiedostoa siellä turvallisesti (sen tapahtumaloki toimii vain tietokoneen omalla levyllä), ja tiedot voivat vahingoittua. Pidä tiedosto tämän tietokoneen levyllä tai käytä useille työpisteille PostgreSQL-palvelinta.</translation>
    </message>
    <message>
        <source>Cannot reach the database {url}: {error}. Check that the server is running and the address, user and password are right.</source>
        <translation>Tietokantaan {url} ei saada yhteyttä: {error}. Tarkista, että palvelin on käynnissä ja että osoite, käyttäjä ja salasana ovat oikein.</translation>
    </message>
    <message>
        <source>Database user {user} may not read Returns Desk&apos;s tables. Ask an administrator to run &apos;returns-app db grant-app-role {user}&apos; as the database owner.</source>
        <translation>Tietokannan käyttäjä {user} ei saa lukea Returns Deskin tauluja. Pyydä ylläpitäjää ajamaan &apos;returns-app db grant-app-role {user}&apos; tietokannan omistajana.</translation>
    </message>
    <message>
        <source>The database has more than one schema version ({versions}). Ask an administrator to check its table alembic_version.</source>
        <translation>Tietokannassa on useampi kuin yksi skeemaversio ({versions}). Pyydä ylläpitäjää tarkistamaan sen taulu alembic_version.</translation>
    </message>
    <message>
        <source>The schema in the database URL does not exist or database user {user} may not use it. Check the URL&apos;s search_path, or ask an administrator to run &apos;returns-app db grant-app-role {user}&apos; as the database owner.</source>
        <translation>Tietokannan osoitteessa mainittua skeemaa ei ole, tai tietokannan käyttäjä {user} ei saa käyttää sitä. Tarkista osoitteen search_path tai pyydä ylläpitäjää ajamaan &apos;returns-app db grant-app-role {user}&apos; tietokannan omistajana.</translation>
    </message>
    <message>
        <source>The database has schema version {current}, newer than this app knows ({head}). Install the newer Returns Desk that upgraded it.</source>
        <translation>Tietokannan skeemaversio on {current}, uudempi kuin tämä sovellus tuntee ({head}). Asenna se uudempi Returns Desk, joka päivitti tietokannan.</translation>
    </message>
    <message>
        <source>The database has tables but no Returns Desk schema version. Choose an empty database or a Returns Desk one.</source>
        <translation>Tietokannassa on tauluja mutta ei Returns Deskin skeemaversiota. Valitse tyhjä tietokanta tai Returns Deskin tietokanta.</translation>
    </message>
    <message>
        <source>The shared database is empty and this station&apos;s database user may not create tables. Ask an administrator to run &apos;returns-app db upgrade&apos; as the database owner.</source>
        <translation>Jaettu tietokanta on tyhjä, eikä tämän aseman tietokannan käyttäjä saa luoda tauluja. Pyydä ylläpitäjää ajamaan &apos;returns-app db upgrade&apos; tietokannan omistajana.</translation>
    </message>
    <message>
        <source>The shared database has schema version {current}; this app needs {head}. Ask an administrator to run &apos;returns-app db upgrade&apos; as the database owner.</source>
        <translation>Jaetun tietokannan skeemaversio on {current}; tämä sovellus tarvitsee version {head}. Pyydä ylläpitäjää ajamaan &apos;returns-app db upgrade&apos; tietokannan omistajana.</translation>
    </message>
    <message>
        <source>The database URL&apos;s search_path names no schema that exists. Correct the URL or create the schema.</source>
        <translation>Tietokannan osoitteen search_path ei nimeä yhtään olemassa olevaa skeemaa. Korjaa osoite tai luo skeema.</translation>
    </message>
    <message>
        <source>Database roles exist on PostgreSQL only. A SQLite file&apos;s audit log is checked with &apos;returns-app db verify&apos;.</source>
        <translation>Tietokantarooleja on vain PostgreSQL:ssä. SQLite-tiedoston tapahtumaloki tarkistetaan komennolla &apos;returns-app db verify&apos;.</translation>
    </message>
    <message>
        <source>&apos;{role}&apos; cannot be a role name. Use letters, digits and _ (at most 63, not starting with pg_).</source>
        <translation>&apos;{role}&apos; ei kelpaa roolin nimeksi. Käytä kirjaimia, numeroita ja alaviivaa (enintään 63 merkkiä, ei alkuun pg_).</translation>
    </message>
    <message>
        <source>Schema {schema} has no Returns Desk tables yet. Run &apos;returns-app db upgrade&apos; as the database owner first.</source>
        <translation>Skeemassa {schema} ei ole vielä Returns Deskin tauluja. Aja ensin &apos;returns-app db upgrade&apos; tietokannan omistajana.</translation>
    </message>
    <message>
        <source>{role} is the role you are connected as. The stations need a role of their own: name another one.</source>
        <translation>{role} on rooli, jolla olet itse yhteydessä. Asemat tarvitsevat oman roolin: anna toinen nimi.</translation>
    </message>
    <message>
        <source>Database role {role} is a superuser, may create roles, owns something in this database or may act as its owner, so it could rewrite the audit log. Name a new role for the stations.</source>
        <translation>Tietokantarooli {role} on pääkäyttäjä, saa luoda rooleja, omistaa jotain tässä tietokannassa tai voi toimia sen omistajana, joten se voisi kirjoittaa tapahtumalokin uudelleen. Anna asemille uusi rooli.</translation>
    </message>
    <message>
        <source>Database role {role} does not exist.</source>
        <translation>Tietokantaroolia {role} ei ole.</translation>
    </message>
    <message>
        <source>Database role {role} is a superuser, may create roles, owns something in this database or may act as its owner, so it can rewrite the audit log. Let the stations connect as a role made with &apos;returns-app db grant-app-role&apos;.</source>
        <translation>Tietokantarooli {role} on pääkäyttäjä, saa luoda rooleja, omistaa jotain tässä tietokannassa tai voi toimia sen omistajana, joten se voi kirjoittaa tapahtumalokin uudelleen. Yhdistä asemat roolilla, joka on tehty komennolla &apos;returns-app db grant-app-role&apos;.</translation>
    </message>
    <message>
        <source>Database role {role} may create tables and triggers in schema {schema}. Run &apos;returns-app db grant-app-role {role}&apos; as the database owner.</source>
        <translation>Tietokantarooli {role} saa luoda tauluja ja liipaisimia skeemaan {schema}. Aja &apos;returns-app db grant-app-role {role}&apos; tietokannan omistajana.</translation>
    </message>
    <message>
        <source>Database role {role} has {rights} on table {table}, which the stations must not have. Run &apos;returns-app db grant-app-role {role}&apos; as the database owner.</source>
        <translation>Tietokantaroolilla {role} on tauluun {table} oikeudet {rights}, joita asemilla ei saa olla. Aja &apos;returns-app db grant-app-role {role}&apos; tietokannan omistajana.</translation>
    </message>
    <message>
        <source>The database is not answering. Nothing was saved; check the network and try again.</source>
        <translation>Tietokanta ei vastaa. Mitään ei tallennettu; tarkista verkkoyhteys ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Another station is working on this return ({station}). Try again in a moment.</source>
        <translation>Toinen työpiste käsittelee tätä palautusta ({station}). Yritä hetken kuluttua uudelleen.</translation>
    </message>
    <message>
        <source>Another station is working on this return. Try again in a moment.</source>
        <translation>Toinen työpiste käsittelee tätä palautusta. Yritä hetken kuluttua uudelleen.</translation>
    </message>
    <message>
        <source>Another station is importing; retrying.</source>
        <translation>Toinen työpiste tuo tietoja; yritetään uudelleen.</translation>
    </message>
    <message>
        <source>Another station is importing and the database stayed busy. Nothing was saved here; try again in a minute.</source>
        <translation>Toinen työpiste tuo tietoja, ja tietokanta pysyi varattuna. Mitään ei tallennettu; yritä uudelleen hetken kuluttua.</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>Return</source>
        <translation>Palautus</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Lähettäjä</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vastaanottaja</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Tilaus</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Return code</source>
        <translation>Palautuskoodi</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Kpl</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Tuote</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Tuotekoodi</translation>
    </message>
    <message>
        <source>+ {count} more items</source>
        <translation>+ {count} muuta tuotetta</translation>
    </message>
    <message>
        <source>How to return</source>
        <translation>Näin palautat</translation>
    </message>
    <message>
        <source>Pack the items securely, in their original packaging if possible.</source>
        <translation>Pakkaa tuotteet huolellisesti, mieluiten alkuperäisiin pakkauksiinsa.</translation>
    </message>
    <message>
        <source>Attach this label to the parcel so that the barcode is flat and fully visible.</source>
        <translation>Kiinnitä tämä osoitekortti pakettiin niin, että viivakoodi on suorana ja kokonaan näkyvissä.</translation>
    </message>
    <message>
        <source>Hand the parcel in at the carrier&apos;s service point.</source>
        <translation>Jätä paketti kuljetusyhtiön palvelupisteeseen.</translation>
    </message>
    <message>
        <source>Cut along the dashed line.</source>
        <translation>Leikkaa katkoviivaa pitkin.</translation>
    </message>
    <message>
        <source>Keep this part for your records.</source>
        <translation>Säilytä tämä osa itselläsi.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <source>unit {n}/{of}</source>
        <translation>kpl {n}/{of}</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Hyvityslasku</translation>
    </message>
    <message>
        <source>Credit note number</source>
        <translation>Hyvityslaskun numero</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Päiväys</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Ostaja</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>ALV-tunniste</translation>
    </message>
    <message>
        <source>Original order</source>
        <translation>Alkuperäinen tilaus</translation>
    </message>
    <message>
        <source>Original invoice</source>
        <translation>Alkuperäinen lasku</translation>
    </message>
    <message>
        <source>Date of original supply</source>
        <translation>Alkuperäinen toimituspäivä</translation>
    </message>
    <message>
        <source>This credit note corrects order {order}, delivered on {date}.</source>
        <translation>Tämä hyvityslasku oikaisee tilauksen {order}, toimitettu {date}.</translation>
    </message>
    <message>
        <source>This credit note corrects invoice {invoice} (order {order}), delivered on {date}.</source>
        <translation>Tämä hyvityslasku oikaisee laskun {invoice} (tilaus {order}), toimitettu {date}.</translation>
    </message>
    <message>
        <source>Amounts are credited to the buyer; reductions are shown with a minus sign.</source>
        <translation>Summat hyvitetään ostajalle; vähennykset on merkitty miinusmerkillä.</translation>
    </message>
    <message>
        <source>Unit price excl. VAT</source>
        <translation>À-hinta veroton</translation>
    </message>
    <message>
        <source>Unit price incl. VAT</source>
        <translation>À-hinta verollinen</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>ALV %</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>Vähennys</translation>
    </message>
    <message>
        <source>Deduction: {reason}</source>
        <translation>Vähennys: {reason}</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Hyvitys</translation>
    </message>
    <message>
        <source>{qty} × {gross} ({net} excl. VAT), VAT {rate}</source>
        <translation>{qty} × {gross} ({net} veroton), ALV {rate}</translation>
    </message>
    <message>
        <source>Delivery cost refunded</source>
        <translation>Toimituskulujen hyvitys</translation>
    </message>
    <message>
        <source>Return label fee charged</source>
        <translation>Veloitettu palautusosoitekortti</translation>
    </message>
    <message>
        <source>Total excl. VAT</source>
        <translation>Veroton yhteensä</translation>
    </message>
    <message>
        <source>VAT total</source>
        <translation>ALV yhteensä</translation>
    </message>
    <message>
        <source>Total credit</source>
        <translation>Hyvitys yhteensä</translation>
    </message>
    <message>
        <source>VAT breakdown of the credit</source>
        <translation>Hyvityksen ALV-erittely</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>ALV-kanta</translation>
    </message>
    <message>
        <source>Taxable amount</source>
        <translation>Veroton määrä</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>ALV</translation>
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation>Verollinen yhteensä</translation>
    </message>
    <message>
        <source>Refund method</source>
        <translation>Hyvitystapa</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Maksun viite</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Sivu {page}/{pages}</translation>
    </message>
    <message>
        <source>To the original means of payment</source>
        <translation>Alkuperäiselle maksutavalle</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Tilisiirto</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Hyvityssaldo</translation>
    </message>
    <message>
        <source>Restock</source>
        <translation>Takaisin myyntiin</translation>
    </message>
    <message>
        <source>B-stock</source>
        <translation>B-varasto</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Karanteeni</translation>
    </message>
    <message>
        <source>Scrap</source>
        <translation>Romutus</translation>
    </message>
    <message>
        <source>Back to supplier</source>
        <translation>Palautus toimittajalle</translation>
    </message>
    <message>
        <source>Hold for customer</source>
        <translation>Asiakkaalle</translation>
    </message>
    <message>
        <source>Unknown size &apos;{value}&apos;; use one of {allowed}.</source>
        <translation>Tuntematon koko &apos;{value}&apos;; käytä jotakin näistä: {allowed}.</translation>
    </message>
    <message>
        <source>No such return.</source>
        <translation>Palautusta ei ole.</translation>
    </message>
    <message>
        <source>That unit is not inspected yet.</source>
        <translation>Kappaletta ei ole vielä tarkastettu.</translation>
    </message>
    <message>
        <source>Return postage paid back is compensation for a cost, outside the scope of VAT (not a sale).</source>
        <translation>Palautuksen postikulujen korvaus on kulujen korvausta, joka on arvonlisäverotuksen ulkopuolella (ei myyntiä).</translation>
    </message>
    <message>
        <source>price reduction</source>
        <translation>hinnanalennus</translation>
    </message>
    <message>
        <source>Return postage</source>
        <translation>Palautuksen postikulut</translation>
    </message>
    <message>
        <source>No such refund.</source>
        <translation>Hyvitystä ei ole.</translation>
    </message>
    <message>
        <source>The refund is not issued yet, so it has no credit note.</source>
        <translation>Hyvitystä ei ole vielä kirjattu, joten sillä ei ole hyvityslaskua.</translation>
    </message>
    <message>
        <source>No credit note {number}.</source>
        <translation>Hyvityslaskua {number} ei ole.</translation>
    </message>
    <message>
        <source>No such document.</source>
        <translation>Asiakirjaa ei ole.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>Jakso päättyy ({end}) ennen kuin se alkaa ({start}).</translation>
    </message>
    <message>
        <source>{path} is a file; choose a folder for these files.</source>
        <translation>{path} on tiedosto; valitse näille tiedostoille kansio.</translation>
    </message>
    <message>
        <source>A credit note must name the shop&apos;s business ID and VAT number: set them in Settings → Shop first.</source>
        <translation>Hyvityslaskussa on oltava kaupan Y-tunnus ja ALV-tunniste: aseta ne ensin kohdassa Asetukset → Kauppa.</translation>
    </message>
    <message>
        <source>Finvoice needs the shop&apos;s bank account (IBAN): set it in Settings → Shop first.</source>
        <translation>Finvoice tarvitsee kaupan pankkitilin (IBAN): aseta se ensin kohdassa Asetukset → Kauppa.</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>Could not write {path} ({reason}). Nothing was written there: choose another folder, or free some space, and save again.</source>
        <translation>Tiedostoa {path} ei voitu kirjoittaa ({reason}). Sinne ei kirjoitettu mitään: valitse toinen kansio tai vapauta tilaa ja tallenna uudelleen.</translation>
    </message>
</context>
<context>
    <name>identifiers</name>
    <message>
        <source>“{value}” is not a valid business ID (Y-tunnus): it is seven digits, a hyphen and a check digit, like 1234567-1. Check it on the trade register extract.</source>
        <translation>”{value}” ei ole kelvollinen Y-tunnus: siinä on seitsemän numeroa, väliviiva ja tarkistusnumero, esim. 1234567-1. Tarkista se kaupparekisteriotteesta.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid VAT number: it starts with the country code, e.g. FI and the business ID without its hyphen (FI12345671).</source>
        <translation>”{value}” ei ole kelvollinen ALV-tunniste: se alkaa maatunnuksella, esim. FI, ja jatkuu Y-tunnuksella ilman väliviivaa (FI12345671).</translation>
    </message>
    <message>
        <source>“{value}” is not a valid IBAN: its check digits do not match. Copy it from the bank&apos;s statement (e.g. FI49 5000 9420 0287 30).</source>
        <translation>”{value}” ei ole kelvollinen IBAN: sen tarkisteet eivät täsmää. Kopioi tilinumero pankin tiliotteelta (esim. FI49 5000 9420 0287 30).</translation>
    </message>
    <message>
        <source>“{value}” is not a valid payment reference: a Finnish reference number is 4 to 20 digits ending in a check digit (1234561), an international one starts with RF and two check digits (RF18 5390 0754 7034). Copy it again from the invoice.</source>
        <translation>”{value}” ei ole kelvollinen viitenumero: kotimainen viite on 4–20 numeroa ja päättyy tarkistusnumeroon (1234561), kansainvälinen alkaa RF:llä ja kahdella tarkistusnumerolla (RF18 5390 0754 7034). Kopioi viite uudelleen laskulta.</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>Line {line}, column {column}: {problem}</source>
        <translation>Rivi {line}, sarake {column}: {problem}</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>Rivi {line}: {problem}</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Tuonti peruttu: mitään ei tallennettu.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file cannot be read as it is.</source>
        <translation>Mitään ei tuotu: tiedostoa ei voi lukea sellaisenaan.</translation>
    </message>
    <message>
        <source>Nothing was imported: {errors} error(s). Fix them, or import the valid records and keep this report for the rest.</source>
        <translation>Mitään ei tuotu: virheitä {errors}. Korjaa ne tai tuo virheettömät tietueet ja säilytä tämä raportti lopuista.</translation>
    </message>
    <message>
        <source>Imported the valid records: {created} new, {updated} updated, {unchanged} unchanged, {skipped} skipped; {errors} error(s) not imported.</source>
        <translation>Virheettömät tietueet tuotu: uusia {created}, päivitettyjä {updated}, ennallaan {unchanged}, ohitettuja {skipped}; virheellisiä {errors}, niitä ei tuotu.</translation>
    </message>
    <message>
        <source>Imported: {created} new, {updated} updated, {unchanged} unchanged, {skipped} skipped.</source>
        <translation>Tuotu: uusia {created}, päivitettyjä {updated}, ennallaan {unchanged}, ohitettuja {skipped}.</translation>
    </message>
    <message>
        <source>The file says it is UTF-8 but byte {position} is not: save it again as UTF-8.</source>
        <translation>Tiedoston mukaan se on UTF-8-muodossa, mutta tavu {position} ei ole: tallenna tiedosto uudelleen UTF-8-muodossa.</translation>
    </message>
    <message>
        <source>The file is UTF-16 but byte {position} is not: the file may have been cut short or damaged. Save or copy it again.</source>
        <translation>Tiedosto on UTF-16-muodossa, mutta tavu {position} ei ole: tiedosto on ehkä katkennut tai vioittunut. Tallenna tai kopioi se uudelleen.</translation>
    </message>
    <message>
        <source>Not valid CSV: {detail}.</source>
        <translation>Virheellinen CSV: {detail}.</translation>
    </message>
    <message>
        <source>“{value}” is not an amount. Write it like 12,50 or 12.50.</source>
        <translation>”{value}” ei ole rahamäärä. Kirjoita se muodossa 12,50 tai 12.50.</translation>
    </message>
    <message>
        <source>The amount {value} is negative.</source>
        <translation>Summa {value} on negatiivinen.</translation>
    </message>
    <message>
        <source>The amount “{value}” has fractions of a cent; give euros and cents.</source>
        <translation>Summassa ”{value}” on sentin osia; anna euroina ja sentteinä.</translation>
    </message>
    <message>
        <source>The amount {value} is too large: at most 9 999 999 999,99 is kept.</source>
        <translation>Summa {value} on liian suuri: suurin tallennettava summa on 9 999 999 999,99.</translation>
    </message>
    <message>
        <source>“{value}” is not a number.</source>
        <translation>”{value}” ei ole luku.</translation>
    </message>
    <message>
        <source>“{value}” is not a VAT rate. Write it in percent, like 25,5 or 14.</source>
        <translation>”{value}” ei ole ALV-kanta. Kirjoita se prosentteina, esim. 25,5 tai 14.</translation>
    </message>
    <message>
        <source>“{value}” looks like a fraction; write the VAT rate in percent, like 25,5.</source>
        <translation>”{value}” näyttää desimaaliosuudelta; kirjoita ALV-kanta prosentteina, esim. 25,5.</translation>
    </message>
    <message>
        <source>“{value}” is not a quantity: give a whole number of 1 or more.</source>
        <translation>”{value}” ei ole kappalemäärä: anna kokonaisluku, vähintään 1.</translation>
    </message>
    <message>
        <source>The quantity {value} is too large for one order line (at most {limit}).</source>
        <translation>Määrä {value} on liian suuri yhdelle tilausriville (enintään {limit}).</translation>
    </message>
    <message>
        <source>“{value}” is not a date. Write it as 2026-01-31, 2026-01-31 14:05 or 31.1.2026.</source>
        <translation>”{value}” ei ole päivämäärä. Kirjoita se muodossa 2026-01-31, 2026-01-31 14:05 tai 31.1.2026.</translation>
    </message>
    <message>
        <source>“{value}” has the time zone offset {offset}, which no place has: give one between -12:00 and +14:00, like +02:00.</source>
        <translation>Arvossa ”{value}” on aikavyöhykepoikkeama {offset}, jota ei ole missään: anna poikkeama väliltä -12:00…+14:00, esimerkiksi +02:00.</translation>
    </message>
    <message>
        <source>“{value}” is not a plausible date: the year must be between {first} and {last}.</source>
        <translation>”{value}” ei ole uskottava päivämäärä: vuoden on oltava väliltä {first}–{last}.</translation>
    </message>
    <message>
        <source>“{value}” is not yes or no.</source>
        <translation>”{value}” ei ole kyllä tai ei.</translation>
    </message>
    <message>
        <source>“{value}” is not a country; give its two-letter code, like FI or SE.</source>
        <translation>”{value}” ei ole maa; anna maan kaksikirjaiminen koodi, esim. FI tai SE.</translation>
    </message>
    <message>
        <source>“{value}” is longer than {limit} characters.</source>
        <translation>”{value}” on pidempi kuin {limit} merkkiä.</translation>
    </message>
    <message>
        <source>“{value}” is not an e-mail address.</source>
        <translation>”{value}” ei ole sähköpostiosoite.</translation>
    </message>
    <message>
        <source>This value is missing.</source>
        <translation>Arvo puuttuu.</translation>
    </message>
    <message>
        <source>The file has no such column; it is needed for this format.</source>
        <translation>Tiedostossa ei ole tätä saraketta; se tarvitaan tässä muodossa.</translation>
    </message>
    <message>
        <source>“{value}” has the control character {code} in it, which is not text: remove it, or export the file again.</source>
        <translation>Arvossa ”{value}” on ohjausmerkki {code}, joka ei ole tekstiä: poista se tai vie tiedosto uudelleen.</translation>
    </message>
    <message>
        <source>The row has {n} cell(s) more than the header: is a value with the delimiter in it missing its quotes?</source>
        <translation>Rivillä on enemmän soluja kuin otsikkorivillä ({n} ylimääräistä): puuttuvatko lainausmerkit arvosta, jossa on erotinmerkki?</translation>
    </message>
    <message>
        <source>“{value}” is not fi, sv or en.</source>
        <translation>”{value}” ei ole fi, sv tai en.</translation>
    </message>
    <message>
        <source>{value} is not a valid RF creditor reference: its check digits do not match. Copy it again from the payment.</source>
        <translation>{value} ei ole kelvollinen RF-viite: sen tarkistusnumerot eivät täsmää. Kopioi viite uudelleen maksun tiedoista.</translation>
    </message>
    <message>
        <source>The discount {discount} is more than the line&apos;s price {price}.</source>
        <translation>Alennus {discount} on suurempi kuin rivin hinta {price}.</translation>
    </message>
    <message>
        <source>“{value}” is not an exception category; use one of: {known}.</source>
        <translation>”{value}” ei ole poikkeusluokka; käytä jotakin näistä: {known}.</translation>
    </message>
    <message>
        <source>“{value}” differs from “{first}” on line {line}, the order&apos;s first row; leave it empty or repeat it.</source>
        <translation>”{value}” poikkeaa arvosta ”{first}” rivillä {line}, joka on tilauksen ensimmäinen rivi; jätä kenttä tyhjäksi tai toista sama arvo.</translation>
    </message>
    <message>
        <source>The JSON is nested more than {limit} levels deep at character {column}; our format needs only a few. Check that this is an order export.</source>
        <translation>JSON on sisäkkäin yli {limit} tasoa syvältä merkin {column} kohdalla; meidän muotomme tarvitsee vain muutaman tason. Tarkista, että tämä on tilausvienti.</translation>
    </message>
    <message>
        <source>Not valid JSON at character {column}: {detail}.</source>
        <translation>Virheellinen JSON merkin {column} kohdalla: {detail}.</translation>
    </message>
    <message>
        <source>The JSON holds no orders: give a list of orders or an object with an &quot;orders&quot; list.</source>
        <translation>JSON-tiedostossa ei ole tilauksia: anna tilausten lista tai olio, jossa on &quot;orders&quot;-lista.</translation>
    </message>
    <message>
        <source>An order must be a JSON object.</source>
        <translation>Tilauksen on oltava JSON-olio.</translation>
    </message>
    <message>
        <source>The order has no lines.</source>
        <translation>Tilauksella ei ole rivejä.</translation>
    </message>
    <message>
        <source>Shipments must be a list.</source>
        <translation>Toimitusten (shipments) on oltava lista.</translation>
    </message>
    <message>
        <source>Order {number} has no lines.</source>
        <translation>Tilauksella {number} ei ole rivejä.</translation>
    </message>
    <message>
        <source>The VAT rate of {sku} on {day} cannot be told from the product table (its rate {rate} % had different values then); give the rate in the file.</source>
        <translation>Tuotteen {sku} ALV-kantaa päivänä {day} ei voi päätellä tuotetaulukosta (kannalla {rate} % oli silloin eri arvoja); anna kanta tiedostossa.</translation>
    </message>
    <message>
        <source>Product {sku} has VAT {rate} %, but the order&apos;s taxes are {rates} %.</source>
        <translation>Tuotteen {sku} ALV on {rate} %, mutta tilauksen verot ovat {rates} %.</translation>
    </message>
    <message>
        <source>The VAT rate of “{sku}” is unknown: the file does not give it and no product has this SKU or GTIN. Import the products first, or give the rate.</source>
        <translation>Tuotteen ”{sku}” ALV-kanta on tuntematon: tiedostossa sitä ei ole, eikä millään tuotteella ole tätä tuotekoodia tai GTIN-koodia. Tuo ensin tuotteet tai anna kanta.</translation>
    </message>
    <message>
        <source>The line has no name and no product has SKU “{sku}”.</source>
        <translation>Rivillä ei ole nimeä, eikä millään tuotteella ole tuotekoodia ”{sku}”.</translation>
    </message>
    <message>
        <source>The order comes to {total}, more than an order can hold (9 999 999 999,99): check its quantities and prices.</source>
        <translation>Tilauksen summa on {total}, enemmän kuin tilaukseen mahtuu (9 999 999 999,99): tarkista sen määrät ja hinnat.</translation>
    </message>
    <message>
        <source>The order name is too long.</source>
        <translation>Tilauksen nimi on liian pitkä.</translation>
    </message>
    <message>
        <source>VAT was added on top of the prices (Total = Subtotal + Shipping + Taxes). Returns Desk needs prices with VAT included: export with “All prices include tax” or use our CSV format.</source>
        <translation>ALV on lisätty hintojen päälle (Total = Subtotal + Shipping + Taxes). Returns Desk tarvitsee verolliset hinnat: vie tiedot asetuksella ”All prices include tax” tai käytä omaa CSV-muotoamme.</translation>
    </message>
    <message>
        <source>The items are not valid JSON ({detail}).</source>
        <translation>Tuoterivit eivät ole kelvollista JSONia ({detail}).</translation>
    </message>
    <message>
        <source>A tax of {tax} on {net} matches no VAT rate in the rate table.</source>
        <translation>Vero {tax} summasta {net} ei vastaa mitään verokantataulukon ALV-kantaa.</translation>
    </message>
    <message>
        <source>GTIN {gtin} already belongs to product {sku}.</source>
        <translation>GTIN {gtin} kuuluu jo tuotteelle {sku}.</translation>
    </message>
    <message>
        <source>The file is not an order export we know (Shopify, WooCommerce, or our CSV or JSON format): choose the format, or check the header line.</source>
        <translation>Tiedosto ei ole tunnettu tilausvienti (Shopify, WooCommerce tai oma CSV- tai JSON-muotomme): valitse muoto tai tarkista otsikkorivi.</translation>
    </message>
    <message>
        <source>Order {number} already appears on line {first}: an order must appear once, its rows together.</source>
        <translation>Tilaus {number} on jo rivillä {first}: tilauksen on oltava tiedostossa vain kerran, rivit peräkkäin.</translation>
    </message>
    <message>
        <source>The database refused this order while the file was being written (another station may have changed it meanwhile): the import stopped here. {written} order(s) before it were written and stay; fix the order and import the file again.</source>
        <extracomment>The tables an orders import writes to in bulk.</extracomment>
        <translation>Tietokanta hylkäsi tämän tilauksen tiedostoa kirjoitettaessa (toinen työpiste on ehkä muuttanut sitä samaan aikaan): tuonti pysähtyi tähän. Sitä ennen kirjoitettiin {written} tilausta, ja ne jäävät; korjaa tilaus ja tuo tiedosto uudelleen.</translation>
    </message>
    <message>
        <source>SKU {sku} already appears on line {first}.</source>
        <translation>Tuotekoodi {sku} on jo rivillä {first}.</translation>
    </message>
    <message>
        <source>The database refused the order: {detail}</source>
        <translation>Tietokanta hylkäsi tilauksen: {detail}</translation>
    </message>
    <message>
        <source>A tracking events file needs the columns tracking_number, event and time; missing: {columns}.</source>
        <translation>Seurantatapahtumatiedostossa pitää olla sarakkeet tracking_number, event ja time; puuttuu: {columns}.</translation>
    </message>
    <message>
        <source>The tracking number is missing.</source>
        <translation>Seurantatunnus puuttuu.</translation>
    </message>
    <message>
        <source>The delivery on {day} is in the future; check the time.</source>
        <translation>Toimitus {day} on tulevaisuudessa; tarkista aika.</translation>
    </message>
</context>
<context>
    <name>locations</name>
    <message>
        <source>Main stock</source>
        <translation>Päävarasto</translation>
    </message>
    <message>
        <source>B-stock</source>
        <translation>B-varasto</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Karanteeni</translation>
    </message>
    <message>
        <source>Scrap</source>
        <translation>Romutus</translation>
    </message>
    <message>
        <source>Back to supplier</source>
        <translation>Palautus toimittajalle</translation>
    </message>
    <message>
        <source>Held for the customer</source>
        <translation>Asiakkaalle palautettavat</translation>
    </message>
</context>
<context>
    <name>mail</name>
    <message>
        <source>This is a test message from Returns Desk. The e-mail settings work.</source>
        <translation>Tämä on Returns Deskin testiviesti. Sähköpostiasetukset toimivat.</translation>
    </message>
    <message>
        <source>Returns Desk test message</source>
        <translation>Returns Deskin testiviesti</translation>
    </message>
    <message>
        <source>to the means of payment you used</source>
        <translation>maksutavalle, jolla maksoit</translation>
    </message>
    <message>
        <source>by bank transfer</source>
        <translation>tilisiirtona</translation>
    </message>
    <message>
        <source>as store credit</source>
        <translation>myymälähyvityksenä</translation>
    </message>
    <message>
        <source>made to your specifications or personalised</source>
        <translation>valmistettu mittojesi mukaan tai yksilöity</translation>
    </message>
    <message>
        <source>perishable</source>
        <translation>nopeasti pilaantuva</translation>
    </message>
    <message>
        <source>a sealed hygiene product that has been unsealed</source>
        <translation>sinetöity hygieniatuote, jonka sinetti on avattu</translation>
    </message>
    <message>
        <source>inseparably mixed with other items</source>
        <translation>sekoittunut erottamattomasti muihin tuotteisiin</translation>
    </message>
    <message>
        <source>a sealed recording or software that was unsealed</source>
        <translation>sinetöity tallenne tai ohjelmisto, jonka sinetti on avattu</translation>
    </message>
    <message>
        <source>a newspaper or magazine</source>
        <translation>sanoma- tai aikakauslehti</translation>
    </message>
    <message>
        <source>alcohol priced by the market</source>
        <translation>markkinahintainen alkoholijuoma</translation>
    </message>
    <message>
        <source>Business ID {id}</source>
        <translation>Y-tunnus {id}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <source>cannot be returned under the right of withdrawal ({why}); we keep it for you</source>
        <translation>peruuttamisoikeus ei koske tätä tuotetta ({why}); säilytämme sen sinulle</translation>
    </message>
    <message>
        <source>{amount} deducted for diminished value: {why}</source>
        <translation>arvon alenemisesta vähennetty {amount}: {why}</translation>
    </message>
    <message>
        <source>Your refund has already been recorded.</source>
        <translation>Hyvityksesi on jo kirjattu.</translation>
    </message>
    <message>
        <source>There is nothing to refund for this return.</source>
        <translation>Tästä palautuksesta ei ole hyvitettävää.</translation>
    </message>
    <message>
        <source>Part of your refund has already been recorded; we will refund the rest by {date} at the latest.</source>
        <translation>Osa hyvityksestäsi on jo kirjattu; hyvitämme loput viimeistään {date}.</translation>
    </message>
    <message>
        <source>We will refund you by {date} at the latest.</source>
        <translation>Hyvitämme sinulle viimeistään {date}.</translation>
    </message>
    <message>
        <source>We will tell you about the refund in a separate e-mail.</source>
        <translation>Kerromme hyvityksestä erillisessä viestissä.</translation>
    </message>
    <message>
        <source>{amount} for {item}: {reason}</source>
        <translation>{amount} tuotteesta {item}: {reason}</translation>
    </message>
    <message>
        <source>We deducted from the refund for the diminished value of the goods:</source>
        <translation>Vähensimme hyvityksestä tuotteiden arvon alenemisen vuoksi:</translation>
    </message>
    <message>
        <source>We keep the goods we received for you. Reply to this e-mail to have them sent back to you (at your cost) or to agree on collecting them.</source>
        <translation>Säilytämme saamamme tuotteet sinulle. Vastaa tähän viestiin, niin lähetämme ne takaisin (kustannuksellasi) tai sovimme noudosta.</translation>
    </message>
    <message>
        <source>Please do not send the goods. If you already sent them, we will send them back to you.</source>
        <translation>Älä lähetä tuotteita. Jos olet jo lähettänyt ne, palautamme ne sinulle.</translation>
    </message>
    <message>
        <source>Return registered</source>
        <translation>Palautus kirjattu</translation>
    </message>
    <message>
        <source>Parcel arrived</source>
        <translation>Paketti saapunut</translation>
    </message>
    <message>
        <source>Refund issued</source>
        <translation>Hyvitys kirjattu</translation>
    </message>
    <message>
        <source>Return rejected</source>
        <translation>Palautus hylätty</translation>
    </message>
    <message>
        <source>Defect claim registered</source>
        <translation>Virheilmoitus kirjattu</translation>
    </message>
    <message>
        <source>Defect claim: parcel arrived</source>
        <translation>Virheilmoitus: paketti saapunut</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>Testiviesti</translation>
    </message>
</context>
<context>
    <name>orders</name>
    <message>
        <source>unit price</source>
        <extracomment>The web shop&apos;s payment states in which no money was received (Shopify&apos;s ``Financial Status``): nothing can be refunded from such an order.</extracomment>
        <translation>kappalehinta</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>alennus</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>ALV-kanta</translation>
    </message>
    <message>
        <source>delivery price</source>
        <translation>toimitusmaksu</translation>
    </message>
    <message>
        <source>cheapest delivery price</source>
        <translation>halvimman toimitustavan hinta</translation>
    </message>
    <message>
        <source>delivery VAT rate</source>
        <translation>toimitusmaksun ALV-kanta</translation>
    </message>
    <message>
        <source>Order {n}: line {line} ({name}) is on a return and cannot be removed. Keep the line in the file as it was charged.</source>
        <translation>Tilaus {n}: rivi {line} ({name}) on palautuksella, joten sitä ei voi poistaa. Pidä rivi tiedostossa sellaisena kuin se veloitettiin.</translation>
    </message>
    <message>
        <source>Order {n}: line {line} ({name}) cannot drop to {quantity} unit(s): {units} are on returns or refunds. Keep at least {units} in the file.</source>
        <translation>Tilaus {n}: rivin {line} ({name}) määrä ei voi laskea {quantity} kappaleeseen: {units} on palautuksilla tai hyvityksillä. Pidä tiedostossa vähintään {units}.</translation>
    </message>
    <message>
        <source>Order {n}: line {line} ({name}) is on a return or a refund, which rests on what it was charged; its {field} cannot change ({old} → {new}). Import the order as it was charged.</source>
        <translation>Tilaus {n}: rivi {line} ({name}) on palautuksella tai hyvityksellä, joka perustuu veloitettuun hintaan; sen {field} ei voi muuttua ({old} → {new}). Tuo tilaus sellaisena kuin se veloitettiin.</translation>
    </message>
    <message>
        <source>Order {n}: its lines are on returns or refunds, which rest on the order discount; it cannot change ({old} → {new}). Import the order as it was charged.</source>
        <translation>Tilaus {n}: sen rivejä on palautuksilla tai hyvityksillä, jotka perustuvat tilauksen alennukseen; alennus ei voi muuttua ({old} → {new}). Tuo tilaus sellaisena kuin se veloitettiin.</translation>
    </message>
    <message>
        <source>Order {n}: its delivery was refunded, so its {field} cannot change ({old} → {new}). Import the order as it was charged.</source>
        <translation>Tilaus {n}: sen toimitusmaksu on hyvitetty, joten sen {field} ei voi muuttua ({old} → {new}). Tuo tilaus sellaisena kuin se veloitettiin.</translation>
    </message>
    <message>
        <source>Order {n} has no lines.</source>
        <translation>Tilauksella {n} ei ole rivejä.</translation>
    </message>
</context>
<context>
    <name>payouts</name>
    <message>
        <source>sending</source>
        <translation>lähetetään</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>maksettu</translation>
    </message>
    <message>
        <source>waiting for the payment service</source>
        <translation>odottaa maksupalvelua</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>epäonnistui</translation>
    </message>
    <message>
        <source>in doubt</source>
        <translation>epävarma</translation>
    </message>
    <message>
        <source>Paytrail refund</source>
        <translation>Paytrail-hyvitys</translation>
    </message>
    <message>
        <source>Paytrail e-mail refund</source>
        <translation>Paytrailin sähköpostihyvitys</translation>
    </message>
    <message>
        <source>bank transfer</source>
        <translation>tilisiirto</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>ehdotettu</translation>
    </message>
    <message>
        <source>approved, not paid yet</source>
        <translation>hyväksytty, ei vielä maksettu</translation>
    </message>
    <message>
        <source>paying</source>
        <translation>maksetaan</translation>
    </message>
    <message>
        <source>payout failed</source>
        <translation>maksu epäonnistui</translation>
    </message>
    <message>
        <source>decision contradicted by Paytrail</source>
        <translation>Paytrail kiistää päätöksen</translation>
    </message>
    <message>
        <source>The payout is {current}; it cannot become {target}.</source>
        <translation>Maksun tila on {current}; siitä ei voi tulla tilaa {target}.</translation>
    </message>
    <message>
        <source>Only a paid bank transfer can be returned by the bank; this payout is {state}.</source>
        <translation>Vain maksetun tilisiirron voi kirjata pankin palauttamaksi; tämä maksu on tilassa {state}.</translation>
    </message>
    <message>
        <source>{amount} is not a sum in whole cents.</source>
        <translation>{amount} ei ole summa kokonaisina sentteinä.</translation>
    </message>
    <message>
        <source>{iban} is not a valid IBAN ({why}). Check it with the customer; a Finnish one has 18 characters and begins with FI.</source>
        <translation>{iban} ei ole kelvollinen IBAN ({why}). Tarkista se asiakkaalta; suomalaisessa on 18 merkkiä ja se alkaa FI.</translation>
    </message>
    <message>
        <source>This return&apos;s goods were paid in several payments; Paytrail refunds one payment at a time. Pay it by bank transfer.</source>
        <translation>Tämän palautuksen tuotteet maksettiin usealla maksulla; Paytrail hyvittää yhden maksun kerrallaan. Maksa tilisiirtona.</translation>
    </message>
    <message>
        <source>A Paytrail transaction id is one word of at most 100 characters: letters, digits and plain hyphens (-), as on the shop&apos;s order page. Type it again rather than copying it from a document, which may turn a hyphen into a dash (–).</source>
        <translation>Paytrailin maksutunnus on yksi enintään 100 merkin sana: kirjaimia, numeroita ja tavallisia yhdysmerkkejä (-), kuten verkkokaupan tilaussivulla. Kirjoita se uudelleen äläkä kopioi sitä asiakirjasta, joka voi muuttaa yhdysmerkin ajatusviivaksi (–).</translation>
    </message>
    <message>
        <source>Order {number} already has the transaction id {known}; it is kept.</source>
        <translation>Tilauksella {number} on jo maksutapahtuman tunnus {known}; se säilytetään.</translation>
    </message>
    <message>
        <source>Write why the transaction id is corrected.</source>
        <translation>Kirjoita, miksi maksutunnus korjataan.</translation>
    </message>
    <message>
        <source>No such order.</source>
        <translation>Tilausta ei löydy.</translation>
    </message>
    <message>
        <source>A Paytrail payout of this order is not finished; its transaction id is corrected once the payout is settled (reconciled or decided).</source>
        <translation>Tilauksen Paytrail-maksu on kesken; maksutunnuksen voi korjata, kun maksu on selvitetty (täsmäytetty tai päätetty).</translation>
    </message>
    <message>
        <source>This refund is already being paid: {who} ({station}) started a {method} of {amount} at {when}; it is {state}. It is never sent twice.</source>
        <translation>Tätä hyvitystä maksetaan jo: {who} ({station}) aloitti maksun ({method}) {amount} {when}; tila: {state}. Maksua ei koskaan lähetetä kahdesti.</translation>
    </message>
    <message>
        <source>Only an issued refund (with its credit note) is paid out; issue it first.</source>
        <translation>Vain kirjattu hyvitys (hyvityslaskuineen) maksetaan; kirjaa se ensin.</translation>
    </message>
    <message>
        <source>This refund is 0.00: nothing to pay.</source>
        <translation>Hyvitys on 0,00: ei maksettavaa.</translation>
    </message>
    <message>
        <source>This order was paid in {currency}; payouts here are in euros only. Pay this refund by hand (in the shop&apos;s payment service or your bank) and record it there.</source>
        <translation>Tilaus maksettiin valuutassa {currency}; täällä maksetaan vain euroja. Maksa tämä hyvitys käsin (kaupan maksupalvelussa tai pankissa) ja kirjaa se siellä.</translation>
    </message>
    <message>
        <source>The order has no Paytrail transaction id. Type it in on the return&apos;s page (from the shop&apos;s order page) or pay by bank transfer.</source>
        <translation>Tilauksella ei ole Paytrailin maksutapahtuman tunnusta. Kirjoita se maksaessa (kaupan tilaussivulta) tai maksa tilisiirtona.</translation>
    </message>
    <message>
        <source>Another station is paying this refund. Reload.</source>
        <translation>Toinen asema maksaa tätä hyvitystä. Päivitä näkymä.</translation>
    </message>
    <message>
        <source>Unknown payout method.</source>
        <translation>Tuntematon maksutapa.</translation>
    </message>
    <message>
        <source>Write the customer&apos;s e-mail address for the e-mail refund.</source>
        <translation>Kirjoita asiakkaan sähköpostiosoite sähköpostihyvitystä varten.</translation>
    </message>
    <message>
        <source>No such payout.</source>
        <translation>Maksua ei löydy.</translation>
    </message>
    <message>
        <source>Late answer after the decision: {status} {words}</source>
        <translation>Myöhästynyt vastaus päätöksen jälkeen: {status} {words}</translation>
    </message>
    <message>
        <source>No answer was recorded: the station stopped while sending.</source>
        <translation>Vastausta ei kirjattu: työasema pysähtyi kesken lähetyksen.</translation>
    </message>
    <message>
        <source>Payout {id} could not be checked (an error, written to the log); the others were. Check its transaction id.</source>
        <translation>Maksua {id} ei voitu tarkistaa (virhe kirjattiin lokiin); muut tarkistettiin. Tarkista sen maksutunnus.</translation>
    </message>
    <message>
        <source>HTTP {status}: {words}</source>
        <translation>HTTP {status}: {words}</translation>
    </message>
    <message>
        <source>Decide paid or not paid.</source>
        <translation>Päätä, onko maksettu vai ei.</translation>
    </message>
    <message>
        <source>Write what you checked (e.g. the refund found in Paytrail&apos;s merchant panel, or the customer&apos;s bank statement).</source>
        <translation>Kirjoita, mitä tarkistit (esim. hyvitys löytyi Paytrailin kauppiaspaneelista tai asiakkaan tiliotteelta).</translation>
    </message>
    <message>
        <source>This payout is {state}; there is nothing to decide.</source>
        <translation>Maksun tila on {state}; päätettävää ei ole.</translation>
    </message>
    <message>
        <source>This transfer is in a bank file; it is paid when the file&apos;s upload is confirmed. If the bank refused the file, a supervisor cancels the file (Payouts → Cancel file…) and its transfers go into a new one.</source>
        <translation>Tämä tilisiirto on maksuaineistossa; se on maksettu, kun aineiston lähetys pankkiin vahvistetaan. Jos pankki hylkäsi aineiston, esimies peruu aineiston (Maksut → Peru aineisto…) ja sen siirrot siirtyvät uuteen aineistoon.</translation>
    </message>
    <message>
        <source>This payout is being sent right now; wait for its answer.</source>
        <translation>Maksua lähetetään juuri nyt; odota vastausta.</translation>
    </message>
    <message>
        <source>Paytrail accepted this refund (its refund transaction {refund}), so it may still be paid: it cannot be decided not paid. Reconcile to ask Paytrail; only its answer that the refund failed frees it to be paid another way.</source>
        <translation>Paytrail otti tämän hyvityksen vastaan (hyvitystapahtuma {refund}), joten se voi vielä tulla maksetuksi: sitä ei voi päättää maksamattomaksi. Täsmäytä kysyäksesi Paytrailista; vasta Paytrailin vastaus, että hyvitys epäonnistui, sallii maksamisen muulla tavalla.</translation>
    </message>
    <message>
        <source>Paytrail&apos;s merchant id is a number, e.g. 375917.</source>
        <translation>Paytrailin kauppiastunnus on numero, esim. 375917.</translation>
    </message>
    <message>
        <source>Paytrail&apos;s merchant id and secret are not set on this computer. An administrator sets them in Settings → Payments.</source>
        <translation>Paytrailin kauppiastunnusta ja salaista avainta ei ole asetettu tälle tietokoneelle. Pääkäyttäjä asettaa ne kohdassa Asetukset → Maksut.</translation>
    </message>
    <message>
        <source>The transaction id {id} has a character Paytrail&apos;s ids never have ({char}); nothing was sent. A supervisor corrects the order&apos;s transaction id.</source>
        <translation>Maksutunnuksessa {id} on merkki, jota Paytrailin tunnuksissa ei koskaan ole ({char}); mitään ei lähetetty. Esimies korjaa tilauksen maksutunnuksen.</translation>
    </message>
    <message>
        <source>Paytrail could not be reached ({why}); nothing was sent. Check the network and try again.</source>
        <translation>Paytrailiin ei saatu yhteyttä ({why}); mitään ei lähetetty. Tarkista verkko ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>An answer came (HTTP {status}) but it was not signed by Paytrail, so it cannot be believed.</source>
        <translation>Vastaus tuli (HTTP {status}), mutta Paytrail ei ollut allekirjoittanut sitä, joten siihen ei voi luottaa.</translation>
    </message>
    <message>
        <source>No answer from Paytrail ({why}): the refund may or may not be made.</source>
        <translation>Paytrail ei vastannut ({why}): hyvitys on ehkä tehty, ehkä ei.</translation>
    </message>
    <message>
        <source>Paytrail accepted the merchant id and secret.</source>
        <translation>Paytrail hyväksyi kauppiastunnuksen ja salaisen avaimen.</translation>
    </message>
    <message>
        <source>Paytrail refused the merchant id or secret (HTTP 401). Copy them again from Paytrail&apos;s merchant panel.</source>
        <translation>Paytrail hylkäsi kauppiastunnuksen tai salaisen avaimen (HTTP 401). Kopioi ne uudelleen Paytrailin kauppiaspaneelista.</translation>
    </message>
    <message>
        <source>Paytrail answered HTTP {status}: {words}</source>
        <translation>Paytrail vastasi HTTP {status}: {words}</translation>
    </message>
    <message>
        <source>Write the account holder&apos;s name as the bank has it.</source>
        <translation>Kirjoita tilinomistajan nimi niin kuin se on pankissa.</translation>
    </message>
    <message>
        <source>The shop&apos;s own IBAN is missing or wrong ({iban}); an administrator sets it in Settings → Shop before transfers can be made.</source>
        <translation>Kaupan oma IBAN puuttuu tai on virheellinen ({iban}); pääkäyttäjä asettaa sen kohdassa Asetukset → Kauppa ennen kuin tilisiirtoja voi tehdä.</translation>
    </message>
    <message>
        <source>No bank transfers are waiting for a file.</source>
        <translation>Yksikään tilisiirto ei odota maksuaineistoa.</translation>
    </message>
    <message>
        <source>No such transfer file.</source>
        <translation>Maksuaineistoa ei löydy.</translation>
    </message>
    <message>
        <source>The upload of {file} was already confirmed; its transfers are paid.</source>
        <translation>Aineiston {file} lähetys on jo vahvistettu; sen siirrot on maksettu.</translation>
    </message>
    <message>
        <source>Transfer file {file} was cancelled; never upload it. Its transfers go into a new file.</source>
        <translation>Maksuaineisto {file} on peruttu; älä lähetä sitä pankkiin. Sen siirrot siirtyvät uuteen aineistoon.</translation>
    </message>
    <message>
        <source>Write what the bank said (e.g. the file was refused, or why).</source>
        <translation>Kirjoita, mitä pankki ilmoitti (esim. aineisto hylättiin, tai miksi).</translation>
    </message>
    <message>
        <source>The upload of {file} was confirmed, so it cannot be cancelled. A supervisor records each transfer the bank returned on its own.</source>
        <translation>Aineiston {file} lähetys on vahvistettu, joten sitä ei voi perua. Esimies kirjaa jokaisen pankin palauttaman siirron erikseen.</translation>
    </message>
    <message>
        <source>Transfer file {file} no longer matches its payments ({count} for {total}); it is not written.</source>
        <translation>Maksuaineisto {file} ei enää vastaa maksujaan ({count}, yhteensä {total}); sitä ei kirjoiteta.</translation>
    </message>
    <message>
        <source>Decided paid, but Paytrail says this refund failed: the customer may not have their money. A supervisor checks Paytrail&apos;s merchant panel and pays it another way if needed.</source>
        <translation>Päätetty maksetuksi, mutta Paytrailin mukaan hyvitys epäonnistui: asiakas ei ehkä ole saanut rahojaan. Esimies tarkistaa Paytrailin kauppiaspaneelin ja maksaa tarvittaessa muulla tavalla.</translation>
    </message>
    <message>
        <source>Decided not paid, but Paytrail made (or is still making) this refund: the money may go twice. It is not paid again; a supervisor checks Paytrail&apos;s merchant panel and asks a second payment back if one was made.</source>
        <translation>Päätetty maksamattomaksi, mutta Paytrail teki (tai tekee vielä) tämän hyvityksen: rahat voivat mennä kahdesti. Sitä ei makseta uudelleen; esimies tarkistaa Paytrailin kauppiaspaneelin ja pyytää toisen maksun takaisin, jos sellainen tehtiin.</translation>
    </message>
    <message>
        <source>No answer from Paytrail: the refund may or may not have been made, so it is never sent again. Reconcile to ask Paytrail; a supervisor decides with the facts if that does not settle it.</source>
        <translation>Paytrail ei vastannut: hyvitys on ehkä tehty, ehkä ei, joten sitä ei koskaan lähetetä uudelleen. Täsmäytä kysyäksesi Paytrailista; jos se ei ratkaise asiaa, esimies päättää tietojen perusteella.</translation>
    </message>
    <message>
        <source>Waits for the day&apos;s transfer file and its upload to the bank.</source>
        <translation>Odottaa päivän maksuaineistoa ja sen lähettämistä pankkiin.</translation>
    </message>
    <message>
        <source>Paytrail e-mailed the customer a link to claim the refund; the money moves only when they do. Reconcile later to see whether it was paid.</source>
        <translation>Paytrail lähetti asiakkaalle sähköpostilla linkin hyvityksen lunastamiseen; rahat liikkuvat vasta, kun asiakas lunastaa sen. Täsmäytä myöhemmin nähdäksesi, onko se maksettu.</translation>
    </message>
    <message>
        <source>Paytrail took the refund; the bank has not finished it yet. Reconcile later to see the result.</source>
        <translation>Paytrail otti hyvityksen vastaan; pankki ei ole vielä käsitellyt sitä. Täsmäytä myöhemmin nähdäksesi tuloksen.</translation>
    </message>
    <message>
        <source>The bank returned this transfer; the customer did not get the money. Check the account with the customer and pay it again.</source>
        <translation>Pankki palautti tämän tilisiirron; asiakas ei saanut rahoja. Tarkista tilinumero asiakkaalta ja maksa uudelleen.</translation>
    </message>
    <message>
        <source>Its transfer file was cancelled; nothing was paid. It goes into a new file, or pay it another way.</source>
        <translation>Sen maksuaineisto peruttiin; mitään ei maksettu. Se siirtyy uuteen aineistoon, tai maksa se muulla tavalla.</translation>
    </message>
    <message>
        <source>Paytrail refused our merchant id or secret (HTTP 401); nothing was paid. An administrator checks them in Settings → Payments.</source>
        <translation>Paytrail hylkäsi kauppiastunnuksemme tai salaisen avaimen (HTTP 401); mitään ei maksettu. Pääkäyttäjä tarkistaa ne kohdassa Asetukset → Maksut.</translation>
    </message>
    <message>
        <source>The customer&apos;s payment method has no refunds through Paytrail (HTTP 422); nothing was paid. Pay it as an e-mail refund or by bank transfer.</source>
        <translation>Asiakkaan maksutapa ei tue hyvityksiä Paytrailin kautta (HTTP 422); mitään ei maksettu. Maksa sähköpostihyvityksenä tai tilisiirtona.</translation>
    </message>
    <message>
        <source>Paytrail could not be reached; nothing was sent. Try again, or pay another way.</source>
        <translation>Paytrailiin ei saatu yhteyttä; mitään ei lähetetty. Yritä uudelleen tai maksa toisella tavalla.</translation>
    </message>
    <message>
        <source>Paytrail refused the refund ({message}); nothing was paid. Some banks refund only once per payment or only within 13 weeks (Nordea), some only by e-mail refund (S-Pankki, Ålandsbanken). Pay it as an e-mail refund or by bank transfer.</source>
        <translation>Paytrail hylkäsi hyvityksen ({message}); mitään ei maksettu. Jotkin pankit hyvittävät vain kerran maksua kohden tai vain 13 viikon ajan (Nordea), jotkin vain sähköpostihyvityksenä (S-Pankki, Ålandsbanken). Maksa sähköpostihyvityksenä tai tilisiirtona.</translation>
    </message>
    <message>
        <source>{words}</source>
        <translation>{words}</translation>
    </message>
</context>
<context>
    <name>report_summary</name>
    <message>
        <source>Returns report</source>
        <translation>Palautusraportti</translation>
    </message>
    <message>
        <source>Period {start} – {end}</source>
        <translation>Jakso {start} – {end}</translation>
    </message>
    <message>
        <source>Only: {filters}</source>
        <translation>Vain: {filters}</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Palautukset</translation>
    </message>
    <message>
        <source>{n} units</source>
        <translation>{n} kpl</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Hyvitetty</translation>
    </message>
    <message>
        <source>{n} refunds</source>
        <translation>hyvityksiä {n}</translation>
    </message>
    <message>
        <source>Refunds on time</source>
        <translation>Hyvitykset ajallaan</translation>
    </message>
    <message>
        <source>median {days} days</source>
        <translation>mediaani {days} päivää</translation>
    </message>
    <message>
        <source>no refunds</source>
        <translation>ei hyvityksiä</translation>
    </message>
    <message>
        <source>Value recovered</source>
        <translation>Takaisin saatu arvo</translation>
    </message>
    <message>
        <source>of which B-stock {value}</source>
        <translation>josta B-varasto {value}</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Alaskirjattu</translation>
    </message>
    <message>
        <source>at unit price</source>
        <translation>kappalehinnalla</translation>
    </message>
    <message>
        <source>Returns per day</source>
        <translation>Palautukset päivittäin</translation>
    </message>
    <message>
        <source>Why customers return (units)</source>
        <translation>Miksi asiakkaat palauttavat (kpl)</translation>
    </message>
    <message>
        <source>Returns by kind</source>
        <translation>Palautukset lajeittain</translation>
    </message>
    <message>
        <source>Grades of inspected units</source>
        <translation>Tarkastettujen kappaleiden luokat</translation>
    </message>
    <message>
        <source>Highest return rates (units sold in the period)</source>
        <translation>Korkeimmat palautusasteet (jaksolla myydyt kappaleet)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Tuote</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Myyty</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Palautettu</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Osuus</translation>
    </message>
    <message>
        <source>Refunds against the 14-day limit</source>
        <translation>Hyvitykset suhteessa 14 päivän määräaikaan</translation>
    </message>
    <message>
        <source>Refunds issued</source>
        <translation>Kirjatut hyvitykset</translation>
    </message>
    <message>
        <source>Issued late</source>
        <translation>Kirjattu myöhässä</translation>
    </message>
    <message>
        <source>Unpaid past the due day</source>
        <translation>Maksamatta eräpäivän jälkeen</translation>
    </message>
    <message>
        <source>Median days to refund</source>
        <translation>Hyvityksen mediaaniaika (päivää)</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Käsittelytahti</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Käyttäjä</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Tunnit</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Tunnissa</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Ei tapahtumia tällä jaksolla.</translation>
    </message>
    <message>
        <source>Most overdue</source>
        <translation>Eniten myöhässä</translation>
    </message>
    <message>
        <source>{days} days late</source>
        <translation>{days} päivää myöhässä</translation>
    </message>
    <message>
        <source>unpaid</source>
        <translation>maksamatta</translation>
    </message>
    <message>
        <source>Values at the unit price paid, VAT included; B-stock at {share} of it. Rejected returns are not counted. Made {when}.</source>
        <translation>Arvot maksetulla kappalehinnalla, sis. ALV; B-varasto {share} siitä. Hylättyjä palautuksia ei lasketa mukaan. Laadittu {when}.</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>The period ends ({end}) before it starts.</source>
        <translation>Jakso päättyy ({end}) ennen kuin se alkaa.</translation>
    </message>
    <message>
        <source>There is no return kind &apos;{kind}&apos;.</source>
        <translation>Palautuslajia &apos;{kind}&apos; ei ole.</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Peruuttaminen</translation>
    </message>
    <message>
        <source>Defect claim</source>
        <translation>Virheilmoitus</translation>
    </message>
    <message>
        <source>Goodwill</source>
        <translation>Vapaaehtoinen palautus</translation>
    </message>
    <message>
        <source>Does not fit</source>
        <translation>Ei sovi</translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation>Ei vastaa kuvausta</translation>
    </message>
    <message>
        <source>Changed mind</source>
        <translation>Muutti mielensä</translation>
    </message>
    <message>
        <source>Defective</source>
        <translation>Viallinen</translation>
    </message>
    <message>
        <source>Wrong item sent</source>
        <translation>Lähetetty väärä tuote</translation>
    </message>
    <message>
        <source>Arrived late</source>
        <translation>Saapui myöhässä</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>Restocked</source>
        <translation>Takaisin myyntiin</translation>
    </message>
    <message>
        <source>B-stock</source>
        <translation>B-varasto</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Karanteeni</translation>
    </message>
    <message>
        <source>Scrapped</source>
        <translation>Romutettu</translation>
    </message>
    <message>
        <source>Back to supplier</source>
        <translation>Palautus toimittajalle</translation>
    </message>
    <message>
        <source>Held for the customer</source>
        <translation>Odottaa palautusta asiakkaalle</translation>
    </message>
    <message>
        <source>A (as new)</source>
        <translation>A (kuin uusi)</translation>
    </message>
    <message>
        <source>B (minor marks)</source>
        <translation>B (pieniä jälkiä)</translation>
    </message>
    <message>
        <source>C (damaged)</source>
        <translation>C (vaurioitunut)</translation>
    </message>
    <message>
        <source>D (unusable)</source>
        <translation>D (käyttökelvoton)</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(ei tuoteryhmää)</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>&apos;{value}&apos; is not a date. Write it as 2.1.2026 or 2026-01-02.</source>
        <translation>&apos;{value}&apos; ei ole päivämäärä. Kirjoita se muodossa 2.1.2026 tai 2026-01-02.</translation>
    </message>
    <message>
        <source>There is no such day as &apos;{value}&apos;.</source>
        <translation>Päivää &apos;{value}&apos; ei ole olemassa.</translation>
    </message>
    <message>
        <source>{item} was made to the customer&apos;s specifications or clearly personalised, so it cannot be withdrawn.</source>
        <translation>{item}: tuote on valmistettu asiakkaan yksilöllisten vaatimusten mukaan tai selvästi henkilökohtaiseksi, joten peruuttamisoikeutta ei ole.</translation>
    </message>
    <message>
        <source>{item} can deteriorate or expire rapidly, so it cannot be withdrawn.</source>
        <translation>{item}: tuote pilaantuu tai vanhenee nopeasti, joten peruuttamisoikeutta ei ole.</translation>
    </message>
    <message>
        <source>{item} cannot be withdrawn once unsealed, for health or hygiene reasons: check the seal at inspection.</source>
        <translation>{item}: terveys- tai hygieniasyistä peruuttamisoikeutta ei ole, jos sinetti on avattu: tarkista sinetti tarkastuksessa.</translation>
    </message>
    <message>
        <source>{item} is inseparably mixed with other items after delivery, so it cannot be withdrawn.</source>
        <translation>{item}: tuote on toimituksen jälkeen sekoittunut erottamattomasti muihin tuotteisiin, joten peruuttamisoikeutta ei ole.</translation>
    </message>
    <message>
        <source>{item} is a sealed recording or software that cannot be withdrawn once unsealed: check the seal at inspection.</source>
        <translation>{item}: sinetöity tallenne tai tietokoneohjelma, jolla ei ole peruuttamisoikeutta sinetin avaamisen jälkeen: tarkista sinetti tarkastuksessa.</translation>
    </message>
    <message>
        <source>{item} is a newspaper, periodical or magazine, so it cannot be withdrawn.</source>
        <translation>{item}: sanoma- tai aikakauslehti, joten peruuttamisoikeutta ei ole.</translation>
    </message>
    <message>
        <source>{item} is an alcoholic drink whose value depends on the market, so it cannot be withdrawn.</source>
        <translation>{item}: alkoholijuoma, jonka arvo riippuu markkinoista, joten peruuttamisoikeutta ei ole.</translation>
    </message>
    <message>
        <source>The delivery day {day} is only estimated from the shipping day. If the customer got the goods later (a tracking event, the carrier&apos;s message), a supervisor registers the return with that proof as the reason and then corrects the delivery day on the return&apos;s page.</source>
        <translation>Toimituspäivä {day} on vain arvioitu lähetyspäivästä. Jos asiakas sai tuotteet myöhemmin (seurantatapahtuma, kuljetusliikkeen viesti), esihenkilö kirjaa palautuksen perusteeksi tämän todisteen ja korjaa sitten toimituspäivän palautuksen sivulla.</translation>
    </message>
    <message>
        <source>None of the items can be returned.</source>
        <translation>Mitään tuotteista ei voi palauttaa.</translation>
    </message>
    <message>
        <source>The goods have not been delivered yet, so the notice is in time.</source>
        <translation>Tuotteita ei ole vielä toimitettu, joten ilmoitus on ajoissa.</translation>
    </message>
    <message>
        <source>The customer was not told about the right of withdrawal, so the period is extended by 12 months.</source>
        <translation>Asiakkaalle ei kerrottu peruuttamisoikeudesta, joten peruuttamisaika pitenee 12 kuukaudella.</translation>
    </message>
    <message>
        <source>The customer was told about the right of withdrawal only on {informed_on}, so the period ends 14 days after that.</source>
        <translation>Asiakkaalle kerrottiin peruuttamisoikeudesta vasta {informed_on}, joten peruuttamisaika päättyy 14 päivää sen jälkeen.</translation>
    </message>
    <message>
        <source>The notice given on {notice_date} is within the withdrawal period, which ends on {period_ends}.</source>
        <translation>Ilmoitus tehtiin {notice_date}, peruuttamisajan sisällä (aika päättyy {period_ends}).</translation>
    </message>
    <message>
        <source>The withdrawal period ended on {period_ends}; the notice was given on {notice_date}.</source>
        <translation>Peruuttamisaika päättyi {period_ends}; ilmoitus tehtiin {notice_date}.</translation>
    </message>
    <message>
        <source>The notice given on {notice_date} is also within the statutory withdrawal period, which ends on {period_ends}.</source>
        <translation>Ilmoitus tehtiin {notice_date}, myös lakisääteisen peruuttamisajan sisällä (aika päättyy {period_ends}).</translation>
    </message>
    <message>
        <source>This shop does not offer goodwill returns.</source>
        <translation>Tämä kauppa ei tarjoa vapaaehtoista palautusoikeutta.</translation>
    </message>
    <message>
        <source>The notice given on {notice_date} is within the shop&apos;s {days}-day return period, which ends on {goodwill_ends}.</source>
        <translation>Ilmoitus tehtiin {notice_date}, kaupan {days} päivän palautusajan sisällä (aika päättyy {goodwill_ends}).</translation>
    </message>
    <message>
        <source>The shop&apos;s {days}-day return period ended on {goodwill_ends}; the notice was given on {notice_date}.</source>
        <translation>Kaupan {days} päivän palautusaika päättyi {goodwill_ends}; ilmoitus tehtiin {notice_date}.</translation>
    </message>
    <message>
        <source>A defect claim has no 14-day limit, and the shop pays for the return.</source>
        <translation>Virheilmoituksella ei ole 14 päivän määräaikaa, ja kauppa maksaa palautuksen.</translation>
    </message>
    <message>
        <source>The goods were delivered on {delivered}, more than a year ago: a defect is no longer presumed to have existed at delivery, but the claim is valid.</source>
        <translation>Tuotteet toimitettiin {delivered}, yli vuosi sitten: virheen ei enää oleteta olleen olemassa jo toimitushetkellä, mutta virheilmoitus on pätevä.</translation>
    </message>
    <message>
        <source>The deduction of {amount} on line {line} was not made: a defect claim is never reduced for diminished value.</source>
        <translation>Rivin {line} vähennystä {amount} ei tehty: virheilmoituksessa hyvitystä ei koskaan vähennetä arvonalennuksen vuoksi.</translation>
    </message>
    <message>
        <source>The deduction of {amount} on line {line} was not made: the customer was not informed of the right of withdrawal.</source>
        <translation>Rivin {line} vähennystä {amount} ei tehty: asiakkaalle ei kerrottu peruuttamisoikeudesta.</translation>
    </message>
    <message>
        <source>The deduction of {amount} on line {line} was not made: a supervisor has not approved it.</source>
        <translation>Rivin {line} vähennystä {amount} ei tehty: esihenkilö ei ole hyväksynyt sitä.</translation>
    </message>
    <message>
        <source>The deduction of {amount} on line {line} was not made: it has no written justification.</source>
        <translation>Rivin {line} vähennystä {amount} ei tehty: sille ei ole kirjattu perustelua.</translation>
    </message>
    <message>
        <source>An order line appears twice.</source>
        <translation>Tilausrivi on mukana kahdesti.</translation>
    </message>
    <message>
        <source>An order line has no units.</source>
        <translation>Tilausrivillä ei ole kappaleita.</translation>
    </message>
    <message>
        <source>An order line has a negative price or a discount above its price.</source>
        <translation>Tilausrivin hinta on negatiivinen tai alennus on hintaa suurempi.</translation>
    </message>
    <message>
        <source>An amount in the order has a fraction of a cent.</source>
        <translation>Tilauksen summassa on sentin osia.</translation>
    </message>
    <message>
        <source>The order has a negative amount or a discount above its price.</source>
        <translation>Tilauksessa on negatiivinen summa tai hintaa suurempi alennus.</translation>
    </message>
    <message>
        <source>Choose the remedy for the defect claim.</source>
        <translation>Valitse, mitä asiakas vaatii virheen vuoksi.</translation>
    </message>
    <message>
        <source>An amount is negative.</source>
        <translation>Summa on negatiivinen.</translation>
    </message>
    <message>
        <source>The web shop already paid back {used} of this order without saying for which goods: it is taken off this refund, so nothing is paid back twice.</source>
        <translation>Verkkokauppa on jo palauttanut tästä tilauksesta {used} kertomatta, mistä tuotteista: summa vähennetään tästä hyvityksestä, jottei mitään makseta kahdesti.</translation>
    </message>
    <message>
        <source>The web shop already refunded {shop} of this order, so at most {room} can be refunded here, not {amount}. Check the shop&apos;s refund with the customer before refunding more.</source>
        <translation>Verkkokauppa on jo hyvittänyt tästä tilauksesta {shop}, joten tässä voi hyvittää enintään {room}, ei {amount}. Tarkista kaupan hyvitys asiakkaan kanssa ennen kuin hyvität lisää.</translation>
    </message>
    <message>
        <source>The return names a line not in the order.</source>
        <translation>Palautuksessa on rivi, jota ei ole tilauksessa.</translation>
    </message>
    <message>
        <source>More units are returned than were bought and not yet returned.</source>
        <translation>Palautettavia kappaleita on enemmän kuin ostettuja, vielä palauttamattomia kappaleita.</translation>
    </message>
    <message>
        <source>A deduction names a line not returned.</source>
        <translation>Vähennys koskee riviä, jota ei palauteta.</translation>
    </message>
    <message>
        <source>A deduction was larger than the refund of its line and was cut.</source>
        <translation>Vähennys oli rivin hyvitystä suurempi, joten sitä pienennettiin.</translation>
    </message>
    <message>
        <source>The delivery date is missing.</source>
        <translation>Toimituspäivä puuttuu.</translation>
    </message>
</context>
<context>
    <name>scanning</name>
    <message>
        <source>Valid: {kind} {value}</source>
        <translation>Kelvollinen: {kind} {value}</translation>
    </message>
    <message>
        <source>Not valid: {kind}: {error}</source>
        <translation>Virheellinen: {kind}: {error}</translation>
    </message>
    <message>
        <source>Warning: {warning}</source>
        <translation>Varoitus: {warning}</translation>
    </message>
    <message>
        <source>Symbology identifier: {symbology}</source>
        <translation>Symbologiatunniste: {symbology}</translation>
    </message>
    <message>
        <source>Could also be: {kind} {value}</source>
        <translation>Voi olla myös: {kind} {value}</translation>
    </message>
    <message>
        <source>Nothing was scanned.</source>
        <translation>Mitään ei skannattu.</translation>
    </message>
    <message>
        <source>Too long for a code (over {limit} characters). Scan the label again.</source>
        <translation>Liian pitkä koodiksi (yli {limit} merkkiä). Lue tarra uudelleen.</translation>
    </message>
    <message>
        <source>Unknown format: “{text}”.</source>
        <translation>Tuntematon muoto: ”{text}”.</translation>
    </message>
    <message>
        <source>Check digit should be {expected}, scanned {scanned}.</source>
        <translation>Tarkisteen pitäisi olla {expected}, skannattiin {scanned}.</translation>
    </message>
    <message>
        <source>{country} is not a country code, so this is no postal tracking number (UPU S10). Scan the label again.</source>
        <translation>{country} ei ole maatunnus, joten tämä ei ole postin seurantakoodi (UPU S10). Skannaa osoitekortti uudelleen.</translation>
    </message>
    <message>
        <source>GS1 field ({ai}) holds “{value}”, which is not a value it may hold.</source>
        <translation>GS1-kentässä ({ai}) on ”{value}”, joka ei ole sille sallittu arvo.</translation>
    </message>
    <message>
        <source>A return code is R followed by digits, like {example}; got “{text}”.</source>
        <translation>Palautuskoodi on R ja sen perässä numeroita, esim. {example}; saatiin ”{text}”.</translation>
    </message>
    <message>
        <source>A return code has {minimum} to {maximum} digits; this one has {count}.</source>
        <translation>Palautuskoodissa on {minimum}–{maximum} numeroa; tässä on {count}.</translation>
    </message>
    <message>
        <source>A product code (GTIN) has 8, 12, 13 or 14 digits; got “{text}”.</source>
        <translation>Tuotteen viivakoodissa (GTIN) on 8, 12, 13 tai 14 numeroa; saatiin ”{text}”.</translation>
    </message>
    <message>
        <source>GS1: the code contains no data.</source>
        <translation>GS1: koodissa ei ole tietoja.</translation>
    </message>
    <message>
        <source>GS1: unknown application identifier (AI) at “{rest}”.</source>
        <translation>GS1: tuntematon sovellustunniste (AI) kohdassa ”{rest}”.</translation>
    </message>
    <message>
        <source>GS1: AI {ai} needs {length} characters, got “{value}”.</source>
        <translation>GS1: AI {ai} vaatii {length} merkkiä, saatiin ”{value}”.</translation>
    </message>
    <message>
        <source>GS1: AI {ai} needs at least {minimum} characters, got “{value}”.</source>
        <translation>GS1: AI {ai} vaatii vähintään {minimum} merkkiä, saatiin ”{value}”.</translation>
    </message>
    <message>
        <source>GS1: AI {ai} allows at most {maximum} characters, got “{value}”.</source>
        <translation>GS1: AI {ai} sallii enintään {maximum} merkkiä, saatiin ”{value}”.</translation>
    </message>
    <message>
        <source>GS1: AI {ai} allows only digits, got “{value}”.</source>
        <translation>GS1: AI {ai} sallii vain numeroita, saatiin ”{value}”.</translation>
    </message>
    <message>
        <source>GS1: AI {ai} contains “{char}”, which GS1 data may not contain.</source>
        <translation>GS1: AI {ai} sisältää merkin ”{char}”, jota GS1-tiedoissa ei saa olla.</translation>
    </message>
    <message>
        <source>GS1: AI {ai} check digit should be {expected}, scanned {scanned}.</source>
        <translation>GS1: AI {ai}: tarkisteen pitäisi olla {expected}, skannattiin {scanned}.</translation>
    </message>
    <message>
        <source>GS1: AI {ai} date {value} is not a valid date.</source>
        <translation>GS1: AI {ai}: {value} ei ole kelvollinen päivämäärä.</translation>
    </message>
    <message>
        <source>GS1: AI {ai} time {value} is not a valid time.</source>
        <translation>GS1: AI {ai}: {value} ei ole kelvollinen kellonaika.</translation>
    </message>
    <message>
        <source>GS1: AI {ai} appears twice with different values.</source>
        <translation>GS1: AI {ai} esiintyy kahdesti eri arvoilla.</translation>
    </message>
    <message>
        <source>The link contains no return code, order, tracking or product code: “{url}”.</source>
        <translation>Linkissä ei ole palautuskoodia, tilausta, seurantatunnusta eikä tuotteen viivakoodia: ”{url}”.</translation>
    </message>
    <message>
        <source>The scanner seems to use a US keyboard layout on a Finnish computer: set the scanner to Finnish layout.</source>
        <translation>Skanneri näyttää käyttävän yhdysvaltalaista näppäimistöasettelua suomalaisessa tietokoneessa: aseta skanneriin suomalainen asettelu.</translation>
    </message>
    <message>
        <source>The scanner seems to swap Y and Z (a German keyboard layout): set the scanner to the computer&apos;s keyboard layout.</source>
        <translation>Skanneri näyttää vaihtavan Y:n ja Z:n keskenään (saksalainen näppäimistöasettelu): aseta skanneriin tietokoneen näppäimistöasettelu.</translation>
    </message>
    <message>
        <source>Return code</source>
        <translation>Palautuskoodi</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Tilausnumero</translation>
    </message>
    <message>
        <source>Tracking number (UPU S10)</source>
        <translation>Seurantatunnus (UPU S10)</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Seurantatunnus</translation>
    </message>
    <message>
        <source>Product code (GTIN)</source>
        <translation>Tuotteen viivakoodi (GTIN)</translation>
    </message>
    <message>
        <source>Shipping container code (SSCC)</source>
        <translation>Kuljetusyksikön tunnus (SSCC)</translation>
    </message>
    <message>
        <source>GS1 data</source>
        <translation>GS1-tiedot</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Linkki</translation>
    </message>
    <message>
        <source>Unknown code</source>
        <translation>Tuntematon koodi</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <source>Choose a grade A, B, C or D.</source>
        <translation>Valitse luokka A, B, C tai D.</translation>
    </message>
    <message>
        <source>Choose where the unit goes.</source>
        <translation>Valitse, minne kappale menee.</translation>
    </message>
    <message>
        <source>That line is not on this return.</source>
        <translation>Riviä ei ole tässä palautuksessa.</translation>
    </message>
    <message>
        <source>Return {code} is {state}.</source>
        <translation>Palautuksen {code} tila: {state}.</translation>
    </message>
    <message>
        <source>Every received unit of this line is inspected already. Check in the next unit first.</source>
        <translation>Rivin kaikki vastaanotetut kappaleet on jo tarkastettu. Kirjaa ensin seuraava kappale saapuneeksi.</translation>
    </message>
    <message>
        <source>Unit {n} has not been received (received {received}).</source>
        <translation>Kappaletta {n} ei ole vastaanotettu (vastaanotettu {received}).</translation>
    </message>
    <message>
        <source>Unit {n} was already inspected by {user} at {station}, {when}.</source>
        <translation>Kappaleen {n} tarkasti jo {user} työpisteellä {station}, {when}.</translation>
    </message>
    <message>
        <source>That inspection does not exist.</source>
        <translation>Tarkastusta ei ole.</translation>
    </message>
    <message>
        <source>Return {code} is refunded or closed; the inspection stays.</source>
        <translation>Palautus {code} on hyvitetty tai suljettu; tarkastus jää voimaan.</translation>
    </message>
    <message>
        <source>No return with code {code}. Check the code and scan again.</source>
        <translation>Palautuskoodilla {code} ei löydy palautusta. Tarkista koodi ja skannaa uudelleen.</translation>
    </message>
    <message>
        <source>Write what shows the delivery day (a tracking event, the carrier&apos;s message, the customer&apos;s receipt).</source>
        <translation>Kirjoita, mistä toimituspäivä näkyy (seurantatapahtuma, kuljetusliikkeen viesti, asiakkaan kuitti).</translation>
    </message>
    <message>
        <source>The delivery day {day} is in the future; check the date.</source>
        <translation>Toimituspäivä {day} on tulevaisuudessa; tarkista päivämäärä.</translation>
    </message>
    <message>
        <source>No such order.</source>
        <translation>Tilausta ei ole.</translation>
    </message>
    <message>
        <source>The goods left on {shipped}; they cannot have arrived before that ({day}).</source>
        <translation>Tuotteet lähtivät {shipped}; ne eivät ole voineet saapua sitä ennen ({day}).</translation>
    </message>
    <message>
        <source>The order was placed on {ordered}; the goods cannot have arrived before that ({day}).</source>
        <translation>Tilaus tehtiin {ordered}; tuotteet eivät ole voineet saapua sitä ennen ({day}).</translation>
    </message>
    <message>
        <source>That shipment is not one of this order&apos;s.</source>
        <translation>Lähetys ei kuulu tähän tilaukseen.</translation>
    </message>
    <message>
        <source>Order {number} has several shipments with known delivery days: choose the shipment whose day is wrong.</source>
        <translation>Tilauksella {number} on useita lähetyksiä, joiden toimituspäivä tiedetään: valitse lähetys, jonka päivä on väärin.</translation>
    </message>
    <message>
        <source>No order {number}.</source>
        <translation>Tilausta {number} ei ole.</translation>
    </message>
    <message>
        <source>This parcel was already received by {user} at {station}, {when}.</source>
        <translation>Tämän paketin vastaanotti jo {user} työpisteellä {station}, {when}.</translation>
    </message>
    <message>
        <source>Unreadable code.</source>
        <translation>Koodia ei voi lukea.</translation>
    </message>
    <message>
        <source>Nothing was scanned.</source>
        <translation>Mitään ei skannattu.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>joku</translation>
    </message>
    <message>
        <source>another station</source>
        <translation>(tuntematon)</translation>
    </message>
    <message>
        <source>Parcel {code} is already in the unidentified queue: {user} at {station}, {when}. Put this one with it.</source>
        <translation>Paketti {code} on jo tunnistamattomien jonossa: {user} työpisteellä {station}, {when}. Laita tämä sen kanssa.</translation>
    </message>
    <message>
        <source>“{code}” didn&apos;t read correctly. Scan again, or type the code from the label.</source>
        <translation>”{code}” ei lukeutunut oikein. Lue uudelleen tai kirjoita koodi tarrasta.</translation>
    </message>
    <message>
        <source>Return {code} not found. Check the code on the label, or find the order by the customer&apos;s name.</source>
        <translation>Palautusta {code} ei löydy. Tarkista tarran koodi tai hae tilaus asiakkaan nimellä.</translation>
    </message>
    <message>
        <source>Return {code} is {state}; a parcel cannot be received for it.</source>
        <translation>Palautuksen {code} tila: {state}; sille ei voi vastaanottaa pakettia.</translation>
    </message>
    <message>
        <source>The quantity must be at least 1.</source>
        <translation>Määrän on oltava vähintään 1.</translation>
    </message>
    <message>
        <source>That is a {kind}, not a product code. Scan the item&apos;s EAN.</source>
        <translation>Tämä ei ole tuotteen viivakoodi vaan {kind}. Skannaa tuotteen EAN-koodi.</translation>
    </message>
    <message>
        <source>{name} ({code}) is not on this return. Recorded; set it aside.</source>
        <translation>{name} ({code}) ei kuulu tähän palautukseen. Kirjattu; laita tuote sivuun.</translation>
    </message>
    <message>
        <source>Item {code} is not on this return. Recorded; set it aside.</source>
        <translation>Tuote {code} ei kuulu tähän palautukseen. Kirjattu; laita tuote sivuun.</translation>
    </message>
    <message>
        <source>More units than announced ({n} announced, all received). Recorded as extra.</source>
        <translation>Enemmän kappaleita kuin ilmoitettiin (ilmoitettu {n}, kaikki vastaanotettu). Kirjattu ylimääräiseksi.</translation>
    </message>
    <message>
        <source>{name}: {received} of {announced} received.</source>
        <translation>{name}: vastaanotettu {received}/{announced}.</translation>
    </message>
    <message>
        <source>Unknown kind of mismatch.</source>
        <translation>Tuntematon poikkeaman laji.</translation>
    </message>
    <message>
        <source>The parcel&apos;s code is return {ret}.</source>
        <translation>Paketin koodi on palautus {ret}.</translation>
    </message>
    <message>
        <source>The parcel&apos;s code is the return tracking number of return {ret}.</source>
        <translation>Paketin koodi on palautuksen {ret} palautusseurantatunnus.</translation>
    </message>
    <message>
        <source>The parcel&apos;s code is the tracking number of order {order}&apos;s delivery; its open return is {ret}.</source>
        <translation>Paketin koodi on tilauksen {order} toimituksen seurantatunnus; sen avoin palautus on {ret}.</translation>
    </message>
    <message>
        <source>The parcel&apos;s code is order number {order}; its open return is {ret}.</source>
        <translation>Paketin koodi on tilausnumero {order}; sen avoin palautus on {ret}.</translation>
    </message>
    <message>
        <source>Order {order} ({customer}) has no open return. Register the return first; then match the parcel to it.</source>
        <translation>Tilauksella {order} ({customer}) ei ole avointa palautusta. Kirjaa palautus ensin ja yhdistä paketti sitten siihen.</translation>
    </message>
    <message>
        <source>The parcel&apos;s code {code} names no return or order. Find the return by the customer&apos;s name, e-mail or phone.</source>
        <translation>Paketin koodi {code} ei vastaa mitään palautusta tai tilausta. Etsi palautus asiakkaan nimellä, sähköpostilla tai puhelinnumerolla.</translation>
    </message>
    <message>
        <source>The parcel&apos;s code leads to return {ret}, which is {state}: no parcel can be matched to it. Find another return, or discard the parcel with a reason.</source>
        <translation>Paketin koodi johtaa palautukseen {ret}, joka on {state}: siihen ei voi yhdistää pakettia. Etsi toinen palautus tai poista paketti syyn kanssa.</translation>
    </message>
    <message>
        <source>Parcel {code} was already matched to return {ret} by {user} at {station}, {when}.</source>
        <translation>{user} yhdisti paketin {code} jo palautukseen {ret} työpisteellä {station}, {when}.</translation>
    </message>
    <message>
        <source>Parcel {code} was already discarded by {user} at {station}, {when}: “{reason}”.</source>
        <translation>{user} poisti paketin {code} jo työpisteellä {station}, {when}: ”{reason}”.</translation>
    </message>
    <message>
        <source>No such parcel.</source>
        <translation>Pakettia ei ole.</translation>
    </message>
    <message>
        <source>This parcel was already decided.</source>
        <translation>Tästä paketista on jo päätetty.</translation>
    </message>
    <message>
        <source>Write what was done with the parcel.</source>
        <translation>Kirjoita, mitä paketille tehtiin.</translation>
    </message>
    <message>
        <source>{n} unit(s) opened from a sealed package are not refunded (the exception applies).</source>
        <translation>Sinetöidystä pakkauksesta avattuja kappaleita ({n} kpl) ei hyvitetä (poikkeus koskee niitä).</translation>
    </message>
    <message>
        <source>already paid back by the web shop (order {number})</source>
        <translation>verkkokauppa on jo palauttanut (tilaus {number})</translation>
    </message>
    <message>
        <source>The web shop has not received the payment of order {number} (its status is &apos;{status}&apos;): nothing was paid, so nothing is refunded. Check the order in the shop; once it is paid, import it again.</source>
        <translation>Verkkokauppa ei ole saanut tilauksen {number} maksua (tila &apos;{status}&apos;): mitään ei maksettu, joten mitään ei hyvitetä. Tarkista tilaus kaupasta; kun se on maksettu, tuo se uudelleen.</translation>
    </message>
    <message>
        <source>The payment of order {number} was voided in the web shop: nothing was paid, so nothing is refunded. Check the order in the shop.</source>
        <translation>Tilauksen {number} maksu on mitätöity verkkokaupassa: mitään ei maksettu, joten mitään ei hyvitetä. Tarkista tilaus kaupasta.</translation>
    </message>
    <message>
        <source>{n} unit(s) still expected: this refund covers what has arrived; the rest is refunded when it arrives (a follow-up refund).</source>
        <translation>Vielä odotetaan {n} kpl: tämä hyvitys kattaa saapuneet; loput hyvitetään, kun ne saapuvat (jälkihyvitys).</translation>
    </message>
    <message>
        <source>Proposed before every unit was graded: {n} unit(s) not graded yet are counted as fine.</source>
        <translation>Ehdotettu ennen kuin kaikki kappaleet on arvioitu: {n} arvioimatonta kappaletta lasketaan kunnossa oleviksi.</translation>
    </message>
    <message>
        <source>Unknown refund method.</source>
        <translation>Tuntematon hyvitystapa.</translation>
    </message>
    <message>
        <source>A rejected return is not refunded.</source>
        <translation>Hylättyä palautusta ei hyvitetä.</translation>
    </message>
    <message>
        <source>A price reduction names an item that is not on this return ({ids}). Choose the item from the return&apos;s lines.</source>
        <translation>Hinnanalennus kohdistuu tuotteeseen, joka ei ole tässä palautuksessa ({ids}). Valitse tuote palautuksen riveiltä.</translation>
    </message>
    <message>
        <source>Nothing more to refund: every unit that has arrived is refunded. A unit still expected is refunded when it arrives.</source>
        <translation>Ei enempää hyvitettävää: kaikki saapuneet kappaleet on hyvitetty. Vielä odotettava kappale hyvitetään, kun se saapuu.</translation>
    </message>
    <message>
        <source>Nothing to refund yet: no units received, and no proof of dispatch. Check in the items first.</source>
        <translation>Ei vielä hyvitettävää: kappaleita ei ole vastaanotettu eikä lähettämisestä ole todistetta. Kirjaa tuotteet ensin saapuneiksi.</translation>
    </message>
    <message>
        <source>There is nothing to pay back for this return, so no credit note is made. Close it with its remedy (F10) instead.</source>
        <translation>Tästä palautuksesta ei ole mitään maksettavaa, joten hyvityslaskua ei tehdä. Sulje se sen sijaan korjauskeinollaan (F10).</translation>
    </message>
    <message>
        <source>Give the deduction in euros and cents, above 0.</source>
        <translation>Anna vähennys euroina ja sentteinä, yli 0.</translation>
    </message>
    <message>
        <source>Write why the value diminished (what handling went beyond trying).</source>
        <translation>Kirjoita, miksi arvo aleni (mikä käsittely meni kokeilua pidemmälle).</translation>
    </message>
    <message>
        <source>No deductions on a defect claim: the goods were faulty.</source>
        <translation>Virheilmoituksessa ei tehdä vähennyksiä: tuotteet olivat virheellisiä.</translation>
    </message>
    <message>
        <source>No deduction is allowed: the customer was not informed of the right of withdrawal.</source>
        <translation>Vähennystä ei saa tehdä: asiakkaalle ei kerrottu peruuttamisoikeudesta.</translation>
    </message>
    <message>
        <source>The refund is approved or issued; deductions can no longer change.</source>
        <translation>Hyvitys on hyväksytty tai kirjattu; vähennyksiä ei voi enää muuttaa.</translation>
    </message>
    <message>
        <source>No such deduction.</source>
        <translation>Vähennystä ei ole.</translation>
    </message>
    <message>
        <source>Write why the deduction is dropped.</source>
        <translation>Kirjoita, miksi vähennys poistetaan.</translation>
    </message>
    <message>
        <source>This deduction is in an issued refund; it stays.</source>
        <translation>Vähennys sisältyy jo kirjattuun hyvitykseen; se jää voimaan.</translation>
    </message>
    <message>
        <source>No such refund.</source>
        <translation>Hyvitystä ei ole.</translation>
    </message>
    <message>
        <source>Order {number} would get back more than was paid: another return of it was refunded meanwhile. Compute this refund again (Ctrl+Shift+R) and issue the new amount.</source>
        <translation>Tilaukselle {number} palautettaisiin enemmän kuin siitä maksettiin: toinen sen palautus hyvitettiin juuri. Laske tämä hyvitys uudelleen (Ctrl+Vaihto+R) ja kirjaa uusi summa.</translation>
    </message>
    <message>
        <source>{who} ({station}) cancelled this refund proposal at {when}; nothing was paid. Look at the return again before refunding.</source>
        <translation>{who} ({station}) perui tämän hyvitysehdotuksen {when}; mitään ei maksettu. Katso palautus uudelleen ennen hyvittämistä.</translation>
    </message>
    <message>
        <source>This refund proposal was replaced by a newer one; nothing was paid. Use the current one.</source>
        <translation>Tämä hyvitysehdotus korvattiin uudemmalla; mitään ei maksettu. Käytä nykyistä ehdotusta.</translation>
    </message>
    <message>
        <source>Already refunded by {user} at {when} (credit note {number}).</source>
        <translation>{user} on jo hyvittänyt tämän {when} (hyvityslasku {number}).</translation>
    </message>
    <message>
        <source>This refund is {status}.</source>
        <translation>Hyvityksen tila: {status}.</translation>
    </message>
    <message>
        <source>This refund needs a supervisor&apos;s approval first (over the limit, a deduction or an override).</source>
        <translation>Hyvitys tarvitsee ensin esihenkilön hyväksynnän (raja ylittyy, vähennys tai poikkeuslupa).</translation>
    </message>
    <message>
        <source>A deduction waits for a supervisor&apos;s decision. Approve it or drop it, then propose the refund again.</source>
        <translation>Vähennys odottaa esimiehen päätöstä. Hyväksy tai poista se ja laske hyvitys sitten uudelleen.</translation>
    </message>
    <message>
        <source>The goods are not back and there is no proof of dispatch: the refund may be held (art. 13(3)). Record the proof of dispatch to refund now.</source>
        <translation>Tuotteet eivät ole palanneet eikä lähettämisestä ole todistetta: hyvityksen saa pidättää (13 art. 3 kohta). Kirjaa todiste lähettämisestä, jos haluat hyvittää nyt.</translation>
    </message>
    <message>
        <source>Another station issued this refund at the same moment. Reload.</source>
        <translation>Toinen työpiste kirjasi tämän hyvityksen samalla hetkellä. Lataa uudelleen.</translation>
    </message>
    <message>
        <source>This refund proposal was already replaced or cancelled; nothing changed. Reload to see the current one.</source>
        <translation>Tämä hyvitysehdotus on jo korvattu tai peruttu; mitään ei muutettu. Päivitä nähdäksesi nykyisen.</translation>
    </message>
    <message>
        <source>Choose the kind of return.</source>
        <translation>Valitse palautuksen laji.</translation>
    </message>
    <message>
        <source>Choose at least one item to return.</source>
        <translation>Valitse vähintään yksi palautettava tuote.</translation>
    </message>
    <message>
        <source>An item is listed twice.</source>
        <translation>Tuote on luettelossa kahdesti.</translation>
    </message>
    <message>
        <source>Order line {ids} does not exist.</source>
        <translation>Tilausriviä {ids} ei ole.</translation>
    </message>
    <message>
        <source>One return can only cover orders of one customer.</source>
        <translation>Yksi palautus voi koskea vain yhden asiakkaan tilauksia.</translation>
    </message>
    <message>
        <source>{name}: {asked} units asked, but only {free} of {bought} can still be returned.</source>
        <translation>{name}: pyydetty {asked} kpl, mutta ostetuista {bought} kappaleesta voi palauttaa enää {free}.</translation>
    </message>
    <message>
        <source>This return is not allowed: {reasons} A supervisor may override it with a written reason.</source>
        <translation>Palautus ei ole sallittu: {reasons} Esihenkilö voi hyväksyä sen kirjallisella perustelulla.</translation>
    </message>
    <message>
        <source>{n} received units are not inspected yet; inspect them first.</source>
        <translation>Vastaanotettuja kappaleita on tarkastamatta {n}; tarkasta ne ensin.</translation>
    </message>
    <message>
        <source>The refund is not issued yet; issue or cancel it first.</source>
        <translation>Hyvitystä ei ole vielä kirjattu; kirjaa tai peru se ensin.</translation>
    </message>
    <message>
        <source>Money is still owed for {n} unit(s) that arrived after the refund. Refund them (a follow-up refund) before closing.</source>
        <translation>Hyvityksen jälkeen saapuneista {n} kappaleesta on vielä maksamatta. Hyvitä ne (jälkihyvitys) ennen sulkemista.</translation>
    </message>
    <message>
        <source>Money is still owed for {n} unit(s) that came back or were proven sent. Refund them first; not paying for them needs a rejection with its reason.</source>
        <translation>Asiakkaalle ollaan vielä velkaa {n} kappaleesta, jotka on palautettu tai todistetusti lähetetty. Hyvitä ne ensin; jos niitä ei makseta, palautus on hylättävä perustellen.</translation>
    </message>
    <message>
        <source>Write the reason for the customer before rejecting.</source>
        <translation>Kirjoita asiakkaalle syy ennen hylkäämistä.</translation>
    </message>
    <message>
        <source>A tracking number has at most 64 characters; check what was typed.</source>
        <translation>Seurantanumerossa on enintään 64 merkkiä; tarkista, mitä kirjoitettiin.</translation>
    </message>
    <message>
        <source>“{typed}” is not a tracking number (e.g. JJ123456785FI). Check it, or leave it empty when the proof is a receipt.</source>
        <translation>”{typed}” ei ole seurantatunnus (esim. JJ123456785FI). Tarkista se tai jätä kenttä tyhjäksi, jos todiste on kuitti.</translation>
    </message>
    <message>
        <source>This return is {state}; proof of dispatch no longer matters.</source>
        <translation>Tämä palautus on {state}; lähetystodisteella ei ole enää merkitystä.</translation>
    </message>
    <message>
        <source>A defect claim is settled once the goods are checked for the defect; proof of dispatch does not bring its refund forward.</source>
        <translation>Virheilmoitus ratkaistaan, kun tuotteet on tarkastettu virheen varalta; lähetystodiste ei aikaista sen hyvitystä.</translation>
    </message>
    <message>
        <source>This return is already {state}.</source>
        <translation>Palautuksen tila on jo {state}.</translation>
    </message>
    <message>
        <source>This return has been refunded; it cannot be rejected.</source>
        <translation>Palautus on hyvitetty; sitä ei voi hylätä.</translation>
    </message>
    <message>
        <source>{user} ({role}) may not {permission}. Ask a supervisor to sign in.</source>
        <translation>Käyttäjällä {user} ({role}) ei ole oikeutta {permission}. Pyydä esihenkilöä kirjautumaan.</translation>
    </message>
    <message>
        <source>Another station was changing the same thing at this very moment. Nothing was saved here; try again.</source>
        <translation>Toinen työpiste muutti samaa asiaa juuri samalla hetkellä. Tässä ei tallennettu mitään; yritä uudelleen.</translation>
    </message>
    <message>
        <source>Keep it under {n} characters; the log keeps what matters.</source>
        <translation>Pidä se alle {n} merkissä; loki säilyttää olennaisen.</translation>
    </message>
    <message>
        <source>Write why the return is reopened.</source>
        <translation>Kirjoita, miksi palautus avataan uudelleen.</translation>
    </message>
    <message>
        <source>Only a closed or rejected return can be reopened; this one is {state}.</source>
        <translation>Vain suljetun tai hylätyn palautuksen voi avata uudelleen; tämä on {state}.</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Kirjoita muistiinpano ensin.</translation>
    </message>
    <message>
        <source>Write why the late return is accepted.</source>
        <translation>Kirjoita, miksi myöhästynyt palautus hyväksytään.</translation>
    </message>
    <message>
        <source>This return is {state}; accepting it late would change nothing. Reopen it first if it was closed by mistake.</source>
        <translation>Tämä palautus on {state}; myöhästyneenä hyväksyminen ei muuttaisi mitään. Avaa se ensin uudelleen, jos se suljettiin vahingossa.</translation>
    </message>
    <message>
        <source>{who} already accepted this late return: “{reason}”.</source>
        <translation>{who} hyväksyi tämän myöhästyneen palautuksen jo: ”{reason}”.</translation>
    </message>
    <message>
        <source>This return is not late: the notice and the goods are in time. Nothing to accept.</source>
        <translation>Palautus ei ole myöhässä: ilmoitus ja tuotteet ovat ajoissa. Hyväksyttävää ei ole.</translation>
    </message>
    <message>
        <source>Write why the unit is accepted despite the exception.</source>
        <translation>Kirjoita, miksi kappale hyväksytään poikkeuksesta huolimatta.</translation>
    </message>
    <message>
        <source>No such inspected unit.</source>
        <translation>Tarkastettua kappaletta ei löydy.</translation>
    </message>
    <message>
        <source>This return is rejected; none of its units is refunded.</source>
        <translation>Tämä palautus on hylätty; sen kappaleita ei hyvitetä.</translation>
    </message>
    <message>
        <source>No exception keeps this unit out of the refund; there is nothing to override.</source>
        <translation>Mikään poikkeus ei jätä tätä kappaletta hyvityksen ulkopuolelle; ohitettavaa ei ole.</translation>
    </message>
    <message>
        <source>{who} already accepted this unit: “{reason}”.</source>
        <translation>{who} hyväksyi tämän kappaleen jo: ”{reason}”.</translation>
    </message>
    <message>
        <source>This return changed while you were deciding. Look at it again (it is shown as it is now) and decide again if it is still needed.</source>
        <translation>Palautus muuttui päättäessäsi. Katso se uudelleen (se näytetään nyt ajantasaisena) ja päätä uudelleen, jos tarpeen.</translation>
    </message>
    <message>
        <source>{who} ({station}) changed this return at {when} while you were deciding. Look at it again (it is shown as it is now) and decide again if it is still needed.</source>
        <translation>{who} ({station}) muutti palautusta {when} päättäessäsi. Katso se uudelleen (se näytetään nyt ajantasaisena) ja päätä uudelleen, jos tarpeen.</translation>
    </message>
    <message>
        <source>That product no longer exists. Refresh.</source>
        <translation>Tuotetta ei enää ole. Päivitä näkymä.</translation>
    </message>
    <message>
        <source>Move at least one unit.</source>
        <translation>Siirrä vähintään yksi kappale.</translation>
    </message>
    <message>
        <source>Write the reason for moving the units.</source>
        <translation>Kirjoita siirron syy.</translation>
    </message>
    <message>
        <source>The units are already there: choose another location to move to.</source>
        <translation>Kappaleet ovat jo siellä: valitse toinen kohdepaikka.</translation>
    </message>
    <message>
        <source>{location} holds no {sku}: nothing to move.</source>
        <translation>Varastopaikassa {location} ei ole tuotetta {sku}: ei siirrettävää.</translation>
    </message>
    <message>
        <source>{location} holds {held} of {sku}, not {quantity}. Move at most {held}.</source>
        <translation>Varastopaikassa {location} on tuotetta {sku} vain {held} kpl, ei {quantity}. Siirrä enintään {held}.</translation>
    </message>
    <message>
        <source>No product {product}. Check the SKU.</source>
        <translation>Tuotetta {product} ei ole. Tarkista tuotekoodi.</translation>
    </message>
    <message>
        <source>That location does not exist. Refresh the list.</source>
        <translation>Varastopaikkaa ei ole. Päivitä luettelo.</translation>
    </message>
    <message>
        <source>{location} is no longer in use. Choose an active location.</source>
        <translation>Varastopaikka {location} ei ole enää käytössä. Valitse käytössä oleva varastopaikka.</translation>
    </message>
    <message>
        <source>No return {code}. Check the return code.</source>
        <translation>Palautusta {code} ei ole. Tarkista palautuskoodi.</translation>
    </message>
    <message>
        <source>Only a signed-in user may do this. Sign in with your user name.</source>
        <translation>Tämän voi tehdä vain kirjautunut käyttäjä. Kirjaudu omalla käyttäjätunnuksellasi.</translation>
    </message>
    <message>
        <source>User {user} has been deactivated by an administrator. Nothing was saved. Sign in with another user.</source>
        <translation>Ylläpitäjä on poistanut käyttäjän {user} käytöstä. Mitään ei tallennettu. Kirjaudu toisella käyttäjällä.</translation>
    </message>
    <message>
        <source>An administrator changed the role of {user} to {role}. Nothing was saved. Sign in again.</source>
        <translation>Ylläpitäjä muutti käyttäjän {user} rooliksi {role}. Mitään ei tallennettu. Kirjaudu uudelleen.</translation>
    </message>
    <message>
        <source>This computer has no password store to keep the secret in ({error}). On Linux install and unlock GNOME Keyring or KWallet; on a server give the secret in an environment variable instead.</source>
        <translation>Tällä tietokoneella ei ole salasanavarastoa, johon salaisuuden voisi tallentaa ({error}). Asenna Linuxissa GNOME Keyring tai KWallet ja avaa se; palvelimella anna salaisuus ympäristömuuttujassa.</translation>
    </message>
    <message>
        <source>An order number prefix is at most 10 letters or signs, without digits or spaces (e.g. EU or WEB-).</source>
        <translation>Tilausnumeron etuliite on enintään 10 kirjainta tai merkkiä ilman numeroita ja välilyöntejä (esim. EU tai WEB-).</translation>
    </message>
    <message>
        <source>Order numbers need at least 1 and at most 20 digits, the fewest no more than the most (e.g. 4 to 7).</source>
        <translation>Tilausnumerossa on oltava vähintään 1 ja enintään 20 numeroa, ja vähimmäismäärä saa olla enintään enimmäismäärä (esim. 4–7).</translation>
    </message>
    <message>
        <source>The order number pattern {pattern} is not a valid expression.</source>
        <translation>Tilausnumeron malli {pattern} ei ole kelvollinen lauseke.</translation>
    </message>
    <message>
        <source>That e-mail does not exist.</source>
        <translation>Sähköpostiviestiä ei ole.</translation>
    </message>
    <message>
        <source>That e-mail is {state} now (someone else decided it). Reload the list.</source>
        <translation>Viestin tila on nyt {state} (joku muu ehti päättää siitä). Päivitä luettelo.</translation>
    </message>
    <message>
        <source>Unknown kind of e-mail.</source>
        <translation>Tuntematon sähköpostiviestin laji.</translation>
    </message>
    <message>
        <source>Write the address to send the test message to.</source>
        <translation>Kirjoita osoite, johon testiviesti lähetetään.</translation>
    </message>
    <message>
        <source>The test message was not sent: {reason}. Check the server, port, security and password.</source>
        <translation>Testiviestiä ei lähetetty: {reason}. Tarkista palvelin, portti, salaus ja salasana.</translation>
    </message>
    <message>
        <source>Write both the subject and the message.</source>
        <translation>Kirjoita sekä aihe että viesti.</translation>
    </message>
    <message>
        <source>A brace {{ or }} is not closed, or a placeholder has extra characters. Write placeholders as {{name}}; write a brace as {{{{ or }}}}.</source>
        <translation>Aaltosulje {{ tai }} jäi sulkematta, tai paikanvaraajassa on ylimääräisiä merkkejä. Kirjoita paikanvaraaja muodossa {{nimi}} ja pelkkä aaltosulje muodossa {{{{ tai }}}}.</translation>
    </message>
    <message>
        <source>{{{name}}} is not a placeholder of this message. Use one of: {allowed}.</source>
        <translation>{{{name}}} ei ole tämän viestin paikanvaraaja. Käytä jotakin näistä: {allowed}.</translation>
    </message>
    <message>
        <source>The address {address} cannot be written for mail servers ({detail}): check its spelling in the customer&apos;s details.</source>
        <translation>Osoitetta {address} ei voi kirjoittaa sähköpostipalvelimille ({detail}): tarkista sen kirjoitusasu asiakkaan tiedoista.</translation>
    </message>
    <message>
        <source>The mail server does not take addresses with letters like ä before the @ (SMTPUTF8), so {address} cannot be mailed: ask the customer for another address, or use a mail server that takes them.</source>
        <translation>Sähköpostipalvelin ei ota vastaan osoitteita, joissa on ennen @-merkkiä kirjaimia kuten ä (SMTPUTF8), joten osoitteeseen {address} ei voi lähettää: pyydä asiakkaalta toinen osoite tai käytä palvelinta, joka ottaa ne vastaan.</translation>
    </message>
</context>
<context>
    <name>states</name>
    <message>
        <source>announced</source>
        <translation>ilmoitettu</translation>
    </message>
    <message>
        <source>received</source>
        <translation>vastaanotettu</translation>
    </message>
    <message>
        <source>inspected</source>
        <translation>tarkastettu</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>suljettu</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>hylätty</translation>
    </message>
    <message>
        <source>no refund yet</source>
        <translation>ei vielä hyvitetty</translation>
    </message>
    <message>
        <source>refund proposed</source>
        <translation>hyvitys ehdotettu</translation>
    </message>
    <message>
        <source>refund approved</source>
        <translation>hyvitys hyväksytty</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>hyvitetty</translation>
    </message>
    <message>
        <source>partly refunded, more owed</source>
        <translation>osittain hyvitetty, lisää maksettavaa</translation>
    </message>
    <message>
        <source>nothing to refund</source>
        <translation>ei hyvitettävää</translation>
    </message>
    <message>
        <source>The goods of this return are {current}; they cannot become {target}.</source>
        <translation>Palautuksen tuotteiden tila on ”{current}”; sitä ei voi muuttaa tilaan ”{target}”.</translation>
    </message>
    <message>
        <source>The money of this return is &apos;{current}&apos;; it cannot become &apos;{target}&apos;.</source>
        <translation>Palautuksen hyvityksen tila on &apos;{current}&apos;; sitä ei voi muuttaa tilaan &apos;{target}&apos;.</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>ehdotettu</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>hyväksytty</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>kirjattu</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>peruttu</translation>
    </message>
</context>
<context>
    <name>stock</name>
    <message>
        <source>A movement of 0 units moves nothing.</source>
        <translation>0 kappaleen siirto ei siirrä mitään.</translation>
    </message>
    <message>
        <source>No active {kind} location {code}. Add one in Settings.</source>
        <translation>Käytössä olevaa varastopaikkaa {code} ({kind}) ei ole. Lisää se asetuksissa.</translation>
    </message>
    <message>
        <source>Write the reason for the adjustment.</source>
        <translation>Kirjoita korjauksen syy.</translation>
    </message>
    <message>
        <source>Unknown product or location.</source>
        <translation>Tuntematon tuote tai varastopaikka.</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <source>waiting to be sent</source>
        <translation>odottaa lähetystä</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>lähetetään</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>lähetetty</translation>
    </message>
    <message>
        <source>in doubt: the sender stopped while handing it over; an administrator decides</source>
        <translation>epävarma: lähetys keskeytyi kesken luovutuksen palvelimelle; ylläpitäjä päättää</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>epäonnistui</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>peruttu</translation>
    </message>
    <message>
        <source>return registered</source>
        <translation>palautus kirjattu</translation>
    </message>
    <message>
        <source>parcel arrived</source>
        <translation>paketti saapunut</translation>
    </message>
    <message>
        <source>refund issued</source>
        <translation>hyvitys kirjattu</translation>
    </message>
    <message>
        <source>return rejected</source>
        <translation>palautus hylätty</translation>
    </message>
    <message>
        <source>defect claim registered</source>
        <translation>virheilmoitus kirjattu</translation>
    </message>
    <message>
        <source>defect claim: parcel arrived</source>
        <translation>virheilmoitus: paketti saapunut</translation>
    </message>
    <message>
        <source>withdrawal</source>
        <translation>peruuttaminen</translation>
    </message>
    <message>
        <source>defect claim</source>
        <translation>virheilmoitus</translation>
    </message>
    <message>
        <source>goodwill return</source>
        <translation>vapaaehtoinen palautus</translation>
    </message>
    <message>
        <source>wrong item</source>
        <translation>väärä tuote</translation>
    </message>
    <message>
        <source>units missing</source>
        <translation>kappaleita puuttuu</translation>
    </message>
    <message>
        <source>item not on the return</source>
        <translation>tuote ei kuulu palautukseen</translation>
    </message>
    <message>
        <source>empty box</source>
        <translation>tyhjä laatikko</translation>
    </message>
    <message>
        <source>more units than announced</source>
        <translation>enemmän kappaleita kuin ilmoitettu</translation>
    </message>
    <message>
        <source>restocked</source>
        <translation>takaisin myyntiin</translation>
    </message>
    <message>
        <source>B-stock</source>
        <translation>B-varasto</translation>
    </message>
    <message>
        <source>quarantine</source>
        <translation>karanteeni</translation>
    </message>
    <message>
        <source>scrapped</source>
        <translation>romutettu</translation>
    </message>
    <message>
        <source>back to supplier</source>
        <translation>takaisin toimittajalle</translation>
    </message>
    <message>
        <source>held for the customer</source>
        <translation>asiakkaalle palautettavaksi</translation>
    </message>
    <message>
        <source>to the original means of payment</source>
        <translation>alkuperäiseen maksutapaan</translation>
    </message>
    <message>
        <source>by bank transfer</source>
        <translation>tilisiirtona</translation>
    </message>
    <message>
        <source>as store credit</source>
        <translation>hyvityssaldona</translation>
    </message>
    <message>
        <source>return restocked</source>
        <translation>palautus takaisin myyntiin</translation>
    </message>
    <message>
        <source>return to B-stock</source>
        <translation>palautus B-varastoon</translation>
    </message>
    <message>
        <source>return to quarantine</source>
        <translation>palautus karanteeniin</translation>
    </message>
    <message>
        <source>return scrapped</source>
        <translation>palautus romutettu</translation>
    </message>
    <message>
        <source>return to supplier</source>
        <translation>palautus toimittajalle</translation>
    </message>
    <message>
        <source>inspection undone</source>
        <translation>tarkastus peruttu</translation>
    </message>
    <message>
        <source>manual adjustment</source>
        <translation>käsin tehty saldokorjaus</translation>
    </message>
    <message>
        <source>an item</source>
        <translation>tuntematon tuote</translation>
    </message>
    <message>
        <source>{what}: “{reason}”</source>
        <translation>{what}: ”{reason}”</translation>
    </message>
    <message>
        <source>{qty} x {product}</source>
        <translation>{qty} x {product}</translation>
    </message>
    <message>
        <source>registered the return {code} ({kind})</source>
        <translation>loi palautuksen {code} ({kind})</translation>
    </message>
    <message>
        <source>registered the return {code} ({kind}) for {items}</source>
        <translation>loi palautuksen {code} ({kind}): {items}</translation>
    </message>
    <message>
        <source>{what}, outside the rules, approved by {approver}: “{reason}”</source>
        <translation>{what}; poikkeamispäätös, hyväksyjä {approver}: ”{reason}”</translation>
    </message>
    <message>
        <source>{what}, outside the rules: “{reason}”</source>
        <translation>{what}; poikkeamispäätös: ”{reason}”</translation>
    </message>
    <message>
        <source>{what} ({why})</source>
        <translation>{what} ({why})</translation>
    </message>
    <message>
        <source>accepted the late notice and the goods sent back late</source>
        <translation>hyväksyi myöhästyneen ilmoituksen ja myöhässä palautetut tuotteet</translation>
    </message>
    <message>
        <source>accepted the goods sent back late</source>
        <translation>hyväksyi myöhässä palautetut tuotteet</translation>
    </message>
    <message>
        <source>accepted the late notice</source>
        <translation>hyväksyi myöhästyneen ilmoituksen</translation>
    </message>
    <message>
        <source>accepted {product} despite the art. 16 exception</source>
        <translation>hyväksyi tuotteen {product} 16 artiklan poikkeuksesta huolimatta</translation>
    </message>
    <message>
        <source>accepted unit {unit} of {product} despite the art. 16 exception</source>
        <translation>hyväksyi tuotteen {product} kappaleen {unit} 16 artiklan poikkeuksesta huolimatta</translation>
    </message>
    <message>
        <source>received a parcel</source>
        <translation>vastaanotti paketin</translation>
    </message>
    <message>
        <source>received a parcel, scanned as {code}</source>
        <translation>vastaanotti paketin, skannattu koodi {code}</translation>
    </message>
    <message>
        <source>matched an unidentified parcel to this return</source>
        <translation>yhdisti tunnistamattoman paketin tähän palautukseen</translation>
    </message>
    <message>
        <source>matched the unidentified parcel {code} to this return</source>
        <translation>yhdisti tunnistamattoman paketin {code} tähän palautukseen</translation>
    </message>
    <message>
        <source>discarded the parcel {code}</source>
        <translation>poisti paketin {code} jonosta</translation>
    </message>
    <message>
        <source>discarded a parcel</source>
        <translation>poisti paketin jonosta</translation>
    </message>
    <message>
        <source>checked in {qty} x {product}</source>
        <translation>kirjasi saapuneeksi {qty} x {product}</translation>
    </message>
    <message>
        <source>checked in {qty} x {product} ({received} of {announced} received)</source>
        <translation>kirjasi saapuneeksi {qty} x {product} (vastaanotettu {received}/{announced})</translation>
    </message>
    <message>
        <source>recorded a mismatch, {mismatch} ({qty} x {product})</source>
        <translation>kirjasi poikkeaman: {mismatch} ({qty} x {product})</translation>
    </message>
    <message>
        <source>recorded a mismatch, {mismatch} ({qty} x item {code})</source>
        <translation>kirjasi poikkeaman: {mismatch} ({qty} x tuote {code})</translation>
    </message>
    <message>
        <source>recorded a mismatch, {mismatch} (quantity {qty})</source>
        <translation>kirjasi poikkeaman: {mismatch} ({qty} kpl)</translation>
    </message>
    <message>
        <source>recorded a mismatch, {mismatch}</source>
        <translation>kirjasi poikkeaman: {mismatch}</translation>
    </message>
    <message>
        <source>graded {qty} x {product} as {grade} and moved it to {location}</source>
        <translation>luokitteli {qty} x {product} luokkaan {grade} ja siirsi sen varastopaikkaan {location}</translation>
    </message>
    <message>
        <source>graded {qty} x {product} as {grade}</source>
        <translation>luokitteli {qty} x {product} luokkaan {grade}</translation>
    </message>
    <message>
        <source>{what}; the art. 16 exception applies, not refunded</source>
        <translation>{what}; 16 artiklan poikkeus koskee tuotetta, ei hyvitetä</translation>
    </message>
    <message>
        <source>undid the grading of unit {unit} of {product} ({grade}, {disposition})</source>
        <translation>perui tuotteen {product} kappaleen {unit} luokituksen ({grade}, {disposition})</translation>
    </message>
    <message>
        <source>set the delivery day of order {order} to {new} (was estimated {old}) from: {proof}</source>
        <translation>merkitsi tilauksen {order} toimituspäiväksi {new} (arvio oli {old}), peruste: {proof}</translation>
    </message>
    <message>
        <source>corrected the delivery day of order {order} from {old} to {new}: {proof}</source>
        <translation>korjasi tilauksen {order} toimituspäivän {old} → {new}: {proof}</translation>
    </message>
    <message>
        <source>set the delivery day of order {order} to {new} from: {proof}</source>
        <translation>merkitsi tilauksen {order} toimituspäiväksi {new}, peruste: {proof}</translation>
    </message>
    <message>
        <source>recorded the customer&apos;s proof of dispatch</source>
        <translation>kirjasi asiakkaan lähetystodisteen</translation>
    </message>
    <message>
        <source>recorded the customer&apos;s proof of dispatch, tracking {tracking}</source>
        <translation>kirjasi asiakkaan lähetystodisteen, seurantatunnus {tracking}</translation>
    </message>
    <message>
        <source>adjusted the stock of {product} at {location} by {qty}</source>
        <translation>korjasi tuotteen {product} saldoa varastopaikassa {location} ({qty} kpl)</translation>
    </message>
    <message>
        <source>moved {qty} x {product} from {source} to {target}</source>
        <translation>siirsi {qty} x {product} varastopaikasta {source} varastopaikkaan {target}</translation>
    </message>
    <message>
        <source>sent {qty} x {product} from {source} to the customer</source>
        <translation>lähetti {qty} x {product} varastopaikasta {source} asiakkaalle</translation>
    </message>
    <message>
        <source>{what} ({reason})</source>
        <translation>{what} ({reason})</translation>
    </message>
    <message>
        <source>{what}; note: “{note}”</source>
        <translation>{what}; huomautus: ”{note}”</translation>
    </message>
    <message>
        <source>proposed a follow-up refund of {amount}</source>
        <translation>ehdotti jälkihyvitystä {amount}</translation>
    </message>
    <message>
        <source>proposed a refund of {amount}</source>
        <translation>ehdotti hyvitystä {amount}</translation>
    </message>
    <message>
        <source>proposed a refund</source>
        <translation>ehdotti hyvitystä</translation>
    </message>
    <message>
        <source>{what}, to be approved by a supervisor</source>
        <translation>{what}, vaatii esihenkilön hyväksynnän</translation>
    </message>
    <message>
        <source>approved the refund</source>
        <translation>hyväksyi hyvityksen</translation>
    </message>
    <message>
        <source>approved the refund of {amount}</source>
        <translation>hyväksyi hyvityksen {amount}</translation>
    </message>
    <message>
        <source>issued a refund</source>
        <translation>kirjasi hyvityksen</translation>
    </message>
    <message>
        <source>issued the refund of {amount} {method} with credit note {number}</source>
        <translation>kirjasi hyvityksen {amount} {method}, hyvityslasku {number}</translation>
    </message>
    <message>
        <source>issued the refund of {amount} {method}</source>
        <translation>kirjasi hyvityksen {amount} {method}</translation>
    </message>
    <message>
        <source>{what}, payment reference {reference}</source>
        <translation>{what}, maksun viite {reference}</translation>
    </message>
    <message>
        <source>cancelled the refund of {amount}</source>
        <translation>perui hyvityksen {amount}</translation>
    </message>
    <message>
        <source>cancelled a refund</source>
        <translation>perui hyvityksen</translation>
    </message>
    <message>
        <source>added a deduction of {amount} on {product}</source>
        <translation>lisäsi vähennyksen {amount} tuotteesta {product}</translation>
    </message>
    <message>
        <source>added a deduction of {amount}</source>
        <translation>lisäsi vähennyksen {amount}</translation>
    </message>
    <message>
        <source>approved a deduction</source>
        <translation>hyväksyi vähennyksen</translation>
    </message>
    <message>
        <source>approved the deduction of {amount} on {product}</source>
        <translation>hyväksyi vähennyksen {amount} tuotteesta {product}</translation>
    </message>
    <message>
        <source>approved the deduction of {amount}</source>
        <translation>hyväksyi vähennyksen {amount}</translation>
    </message>
    <message>
        <source>dropped the deduction of {amount}</source>
        <translation>poisti vähennyksen {amount}</translation>
    </message>
    <message>
        <source>dropped a deduction</source>
        <translation>poisti vähennyksen</translation>
    </message>
    <message>
        <source>through Paytrail</source>
        <translation>Paytrailin kautta</translation>
    </message>
    <message>
        <source>as a Paytrail e-mail refund</source>
        <translation>Paytrailin sähköpostihyvityksenä</translation>
    </message>
    <message>
        <source>chose to pay {amount} {method}</source>
        <translation>valitsi maksaa {amount} {method}</translation>
    </message>
    <message>
        <source>started paying {amount} {method}</source>
        <translation>aloitti maksun {amount} {method}</translation>
    </message>
    <message>
        <source>{what} (Paytrail: “{words}”)</source>
        <translation>{what} (Paytrail: ”{words}”)</translation>
    </message>
    <message>
        <source>asked Paytrail about the payout: {facts}</source>
        <translation>kysyi maksusta Paytrailista: {facts}</translation>
    </message>
    <message>
        <source>decided that the payout of {amount} was paid</source>
        <translation>päätti, että maksu {amount} on maksettu</translation>
    </message>
    <message>
        <source>decided that the payout of {amount} was not paid</source>
        <translation>päätti, että maksua {amount} ei ole maksettu</translation>
    </message>
    <message>
        <source>put the transfer of {amount} into the bank file {file}</source>
        <translation>lisäsi tilisiirron {amount} maksuaineistoon {file}</translation>
    </message>
    <message>
        <source>it was paid</source>
        <translation>se maksettiin</translation>
    </message>
    <message>
        <source>it is waiting for the bank</source>
        <translation>se odottaa pankkia</translation>
    </message>
    <message>
        <source>it was refused</source>
        <translation>se hylättiin</translation>
    </message>
    <message>
        <source>no answer that can be believed</source>
        <translation>ei luotettavaa vastausta</translation>
    </message>
    <message>
        <source>got Paytrail&apos;s answer about {amount} only after the decision: {answered}; check it</source>
        <translation>sai Paytrailin vastauksen maksusta {amount} vasta päätöksen jälkeen: {answered}; tarkista asia</translation>
    </message>
    <message>
        <source>noted the payment&apos;s Paytrail transaction id {id} on order {order}</source>
        <translation>kirjasi tilaukselle {order} maksun Paytrail-tunnuksen {id}</translation>
    </message>
    <message>
        <source>corrected the Paytrail transaction id of order {order} from {old} to {id}: {reason}</source>
        <translation>korjasi tilauksen {order} Paytrail-maksutunnuksen {old} tunnukseksi {id}: {reason}</translation>
    </message>
    <message>
        <source>found that Paytrail failed the refund of {amount} decided paid; a supervisor checks it</source>
        <translation>totesi, että Paytrail hylkäsi maksetuksi päätetyn hyvityksen {amount}; esimies tarkistaa sen</translation>
    </message>
    <message>
        <source>found that Paytrail made the refund of {amount} decided not paid; a supervisor checks it</source>
        <translation>totesi, että Paytrail teki maksamattomaksi päätetyn hyvityksen {amount}; esimies tarkistaa sen</translation>
    </message>
    <message>
        <source>cancelled transfer file {file} with the transfer of {amount}: {reason}</source>
        <translation>perui maksuaineiston {file}, jossa oli tilisiirto {amount}: {reason}</translation>
    </message>
    <message>
        <source>recorded that the bank returned the transfer of {amount}: {reason}</source>
        <translation>kirjasi, että pankki palautti tilisiirron {amount}: {reason}</translation>
    </message>
    <message>
        <source>recorded: {action}</source>
        <translation>kirjasi: {action}</translation>
    </message>
    <message>
        <source>closed the return</source>
        <translation>sulki palautuksen</translation>
    </message>
    <message>
        <source>rejected the return</source>
        <translation>hylkäsi palautuksen</translation>
    </message>
    <message>
        <source>reopened the return</source>
        <translation>avasi palautuksen uudelleen</translation>
    </message>
    <message>
        <source>added a note</source>
        <translation>lisäsi muistiinpanon</translation>
    </message>
    <message>
        <source>paid {amount} {method}</source>
        <translation>maksoi {amount} {method}</translation>
    </message>
    <message>
        <source>sent {amount} {method}; the bank has not finished it yet</source>
        <translation>lähetti {amount} {method}; pankki ei ole vielä käsitellyt sitä</translation>
    </message>
    <message>
        <source>could not pay {amount} {method}; nothing was paid</source>
        <translation>ei voinut maksaa {amount} {method}; mitään ei maksettu</translation>
    </message>
    <message>
        <source>got no answer paying {amount} {method}: the payout is in doubt</source>
        <translation>ei saanut vastausta maksaessaan {amount} {method}: maksu on epävarma</translation>
    </message>
    <message>
        <source>queued the e-mail “{kind}” to be sent again</source>
        <translation>laittoi sähköpostin ”{kind}” lähtemään uudelleen</translation>
    </message>
    <message>
        <source>noted that the e-mail “{kind}” did arrive</source>
        <translation>merkitsi sähköpostin ”{kind}” perille menneeksi</translation>
    </message>
    <message>
        <source>received the parcel before the e-mail “{kind}” went out: it is not sent</source>
        <translation>vastaanotti paketin ennen kuin sähköposti ”{kind}” ehti lähteä: sitä ei lähetetä</translation>
    </message>
    <message>
        <source>cancelled the e-mail “{kind}”</source>
        <translation>perui sähköpostin ”{kind}”</translation>
    </message>
    <message>
        <source>failed: {reason}</source>
        <translation>epäonnistui: {reason}</translation>
    </message>
    <message>
        <source>e-mailed the customer “{kind}” to {to}: {state}</source>
        <translation>lähetti asiakkaalle sähköpostin ”{kind}” osoitteeseen {to}: {state}</translation>
    </message>
</context>
<context>
    <name>users</name>
    <message>
        <source>A password needs at least {n} characters.</source>
        <translation>Salasanassa on oltava vähintään {n} merkkiä.</translation>
    </message>
    <message>
        <source>Give a user name.</source>
        <translation>Anna käyttäjätunnus.</translation>
    </message>
    <message>
        <source>Unknown role &apos;{role}&apos;. Use clerk, supervisor or admin.</source>
        <translation>Tuntematon rooli &apos;{role}&apos;. Käytä arvoa clerk, supervisor tai admin.</translation>
    </message>
    <message>
        <source>The user name &apos;{name}&apos; is taken.</source>
        <translation>Käyttäjätunnus &apos;{name}&apos; on jo käytössä.</translation>
    </message>
    <message>
        <source>This database has users already. Sign in with yours.</source>
        <translation>Tietokannassa on jo käyttäjiä. Kirjaudu omalla tunnuksellasi.</translation>
    </message>
    <message>
        <source>Wrong user name or password. Try again.</source>
        <translation>Väärä käyttäjätunnus tai salasana. Yritä uudelleen.</translation>
    </message>
    <message>
        <source>User &apos;{name}&apos; is deactivated. Ask an administrator.</source>
        <translation>Käyttäjä &apos;{name}&apos; on poistettu käytöstä. Ota yhteyttä ylläpitäjään.</translation>
    </message>
    <message>
        <source>User &apos;{name}&apos; is locked after too many wrong passwords. Ask an administrator to unlock it.</source>
        <translation>Käyttäjä &apos;{name}&apos; on lukittu liian monen väärän salasanan takia. Pyydä ylläpitäjää avaamaan lukitus.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Wait a second and try again.</source>
        <translation>Liian monta väärää salasanaa. Odota sekunti ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Wait {seconds} seconds and try again.</source>
        <translation>Liian monta väärää salasanaa. Odota {seconds} sekuntia ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>Käyttäjää ei ole.</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself.</source>
        <translation>Et voi poistaa itseäsi käytöstä.</translation>
    </message>
    <message>
        <source>No user is called &apos;{name}&apos;.</source>
        <translation>Käyttäjää &apos;{name}&apos; ei ole.</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>varastotyöntekijä</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>esihenkilö</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>ylläpitäjä</translation>
    </message>
    <message>
        <source>register returns</source>
        <translation>luoda palautuksia</translation>
    </message>
    <message>
        <source>receive parcels</source>
        <translation>vastaanottaa paketteja</translation>
    </message>
    <message>
        <source>inspect items</source>
        <translation>tarkastaa tuotteita</translation>
    </message>
    <message>
        <source>propose refunds</source>
        <translation>ehdottaa hyvityksiä</translation>
    </message>
    <message>
        <source>issue refunds</source>
        <translation>kirjata hyvityksiä</translation>
    </message>
    <message>
        <source>approve refunds</source>
        <translation>hyväksyä hyvityksiä</translation>
    </message>
    <message>
        <source>override the return rules</source>
        <translation>ohittaa palautussääntöjä</translation>
    </message>
    <message>
        <source>approve deductions</source>
        <translation>hyväksyä vähennyksiä</translation>
    </message>
    <message>
        <source>adjust stock</source>
        <translation>korjata varastosaldoja</translation>
    </message>
    <message>
        <source>close returns</source>
        <translation>sulkea palautuksia</translation>
    </message>
    <message>
        <source>reject returns</source>
        <translation>hylätä palautuksia</translation>
    </message>
    <message>
        <source>reopen closed returns</source>
        <translation>avata suljettuja palautuksia uudelleen</translation>
    </message>
    <message>
        <source>add notes to returns</source>
        <translation>lisätä muistiinpanoja palautuksiin</translation>
    </message>
    <message>
        <source>print labels, tags and credit notes</source>
        <translation>tulostaa palautustarroja, tuotelappuja ja hyvityslaskuja</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>hallita käyttäjiä</translation>
    </message>
    <message>
        <source>change the shop settings</source>
        <translation>muuttaa kaupan asetuksia</translation>
    </message>
    <message>
        <source>import orders</source>
        <translation>tuoda tilauksia</translation>
    </message>
    <message>
        <source>export to accounting</source>
        <translation>viedä tietoja kirjanpitoon</translation>
    </message>
    <message>
        <source>pay refunds out</source>
        <translation>maksaa hyvityksiä</translation>
    </message>
    <message>
        <source>decide payouts in doubt</source>
        <translation>päättää epävarmoista maksuista</translation>
    </message>
    <message>
        <source>send the customers&apos; e-mails</source>
        <translation>lähettää asiakkaiden sähköpostit</translation>
    </message>
    <message>
        <source>resend e-mails and edit their wording</source>
        <translation>lähettää sähköposteja uudelleen ja muokata niiden tekstejä</translation>
    </message>
</context>
</TS>
