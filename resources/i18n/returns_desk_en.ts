<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Returns Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns Desk logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns Desk {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not written (the app runs without a log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{engine}, {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{engine}, {kind}, NOT reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (this app: {head})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{schema} (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{schema} (this app: {head})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdjustDialog</name>
    <message>
        <source>Adjust stock of {sku}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. stocktake 11/2026: two found on the shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change (+ found, − missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backoffice</name>
    <message>
        <source>Withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defect claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goodwill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed mind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong item sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original means of payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sellable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B-stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unidentified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on the return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return graded and restocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return graded to B-stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return put in quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return scrapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return sent to the supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return held for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent back to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return label fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return postage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price reduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unidentified parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not for sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stock on hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchSummaryDialog</name>
    <message>
        <source>Batch issue done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} · {customer} · {total} · credit note {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped, not issued ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} · {customer}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued: {n}, {total} in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: {n}, see why below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartFactory</name>
    <message>
        <source>{title}: nothing in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wk {week}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why customers return (units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons per category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons per product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest return rates (products sold at least {n} times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned units / sold units, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days from notice to refund (legal limit {days} days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days ({last} and more in the last column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value recovered and written off ({currency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value at price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades of inspected units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns processed per hour, by user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns processed per hour, by station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns per active hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns per hour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Export PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Returns Desk: something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details are in the log file {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No log file is written; copy the report below instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crash report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened to the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the crash report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the report ({error}); copy it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is saved in {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns Desk met an error it did not expect ({error}). What was saved before it stays saved; try again, and if it happens again send the report to support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseSettings</name>
    <message>
        <source>A local file on this computer (one station)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shared PostgreSQL server (several stations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the app&apos;s own data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to use the one kept already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL password file ({path})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keyring is installed on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the password in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now in use: {url} ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite3 *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the server, the database and the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: {orders} orders and {returns} returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: the database is empty; it is set up when you use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: the file is upgraded (after a backup) when you use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, but the database needs an upgrade first: ask an administrator to run &apos;returns-app db upgrade&apos; as the database owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, but a newer Returns Desk made this database. Update the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, but the database holds something else. Choose an empty database or a Returns Desk one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now using {url}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now in use: {url}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecideDialog</name>
    <message>
        <source>Decide the payout of {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{method} of {amount}, {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started by {who} at {station}, {when}; refund stamp {stamp}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment (transaction id): {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last heard: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for the refund stamp in Paytrail&apos;s merchant panel (or the customer&apos;s bank statement) before deciding. Not paid lets the refund be paid again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was not paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeductionDialog</name>
    <message>
        <source>Deduct for diminished value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 10.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What handling went beyond trying it on, e.g. worn outdoors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount ({currency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the item and give the amount.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveryDayDialog</name>
    <message>
        <source>Correct the delivery day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The withdrawal period runs from the day the customer got the goods. Choose the shipment, the day it arrived and write what shows it (a tracking event, the carrier&apos;s message). A day known from the shop can be corrected too; the correction is kept in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Posti tracking: delivered 12.11. 16:04</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipment without tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no delivery day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}, estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number} · {parcel} · {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>Receiving desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskKeys</name>
    <message>
        <source>Receiving desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the scan field (closes the refund panel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect the next unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in one unit of the chosen line (no barcode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record missing items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an empty box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a wrong item (for the chosen line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the parcel in the unidentified queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the last document again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the last document as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the return (done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the kept scans again (after the database was down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection: 1. grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A: as new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B: minor marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C: damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D: unusable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection: 2. where it goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B-stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the supplier (vendor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold for return to the customer (not refunded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the suggested place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as unsealed (hygiene seal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the refund again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deduct for diminished value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the return label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the label as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskView</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskWidget</name>
    <message>
        <source>Withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defect claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goodwill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on the return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a parcel, then its items. {register} registers a return; F1 lists every key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its return label, tracking number or order number. For a phone or e-mail request, {register} registers a return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a return ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put in the unidentified queue ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF… ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key}: the refund panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Try the %n kept scan(s) again (F11)</source>
        <translation>
            <numerusform>Try the kept scan again (F11)</numerusform>
            <numerusform>Try the %n kept scans again (F11)</numerusform>
        </translation>
    </message>
    <message>
        <source>Database unreachable: nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No return for order {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{customer}, {city}. If the customer sent it back without a notice, register a return now: the parcel counts as received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a return for it, or set the parcel aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the code and scan again. If you find the order (packing slip, the customer&apos;s name), register a return for it and the parcel counts as received. If nobody can tell yet, put the parcel in the unidentified queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan again, register a return, or queue the parcel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown code: parcel queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parcel is in the unidentified queue. If you find its order (packing slip, customer&apos;s name), register a return for it and the parcel is matched to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the parcel first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The only return still expecting this product ({code}): {customer}&apos;s. Check the parcel is theirs, then scan the item again to check it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n returns still expect this product ({code}): {codes}. Scan the parcel&apos;s label or type its return code.</source>
        <translation>
            <numerusform>%n return still expects this product ({code}): {codes}. Scan the parcel&apos;s label or type its return code.</numerusform>
            <numerusform>%n returns still expect this product ({code}): {codes}. Scan the parcel&apos;s label or type its return code.</numerusform>
        </translation>
    </message>
    <message>
        <source>No return still expects this product ({code}). Scan the parcel&apos;s label, or Ctrl+N registers a return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade it: A, B, C or D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as a mismatch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} · {contact} · {city} · order {orders}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by override: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mismatches: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, unit {n}: {grade} → {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seal was opened: this unit is not refunded (the exception applies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag is printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: {name}, unit {n} ({grade} → {place})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stock moved back; the audit log keeps both steps. Grade it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a return first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the parcel&apos;s code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every announced unit is checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is slow to answer; still waiting. Your scan is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more scan(s) waiting.</source>
        <translation>
            <numerusform>%n more scan waiting.</numerusform>
            <numerusform>%n more scans waiting.</numerusform>
        </translation>
    </message>
    <message>
        <source>Busy at another station: scan kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out: nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{customer}: %n unit(s) expected. Scan the items.</source>
        <translation>
            <numerusform>{customer}: %n unit expected. Scan the items.</numerusform>
            <numerusform>{customer}: %n units expected. Scan the items.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record “{what}” on return {code}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded. Grade what arrived; the refund covers it, and the rest is refunded if it comes later. Ctrl+R opens the refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded. Nothing is refunded for an empty box; put it aside and ask the customer. Scan the next parcel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded. Set the item aside for the back office; scan the next item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Missing: %n unit(s)</source>
        <translation>
            <numerusform>Missing: %n unit</numerusform>
            <numerusform>Missing: %n units</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no line chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong item instead of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan an item to check it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return {code} closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the next parcel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unidentified parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the parcel {code} in the unidentified queue? It waits there for a decision in the back office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel {code} queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It waits in Unidentified parcels for a decision. Scan the next parcel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel matched to {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed {name} on {printer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing printed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskWording</name>
    <message>
        <source>{n} days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice given {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refunded {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund due by {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defect claim: no 14-day limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goods due back by {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not delivered yet: the withdrawal period has not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered {delivered}; the period ended {ends}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered {delivered}; the period ends {ends}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} (estimated from shipping; correct it from the proof)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(extended by 12 months: the customer was not told of the right of withdrawal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(day 14, {day}, is {reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open, {left}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscardDialog</name>
    <message>
        <source>Discard parcel {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. refused and sent back to the sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a supervisor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done with the parcel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarding is a supervisor&apos;s decision: a supervisor approves it next by typing their own password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscrepanciesModel</name>
    <message>
        <source>Mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorTableModel</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order / SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The database does not answer. Nothing was saved; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong ({error}). The details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong ({error}). The details are in the log file {file}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>First day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1 or Esc closes this help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HitsModel</name>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return or order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State or date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportExportDialog</name>
    <message>
        <source>Import and export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery days (carrier&apos;s tracking events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognise from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify order export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WooCommerce order export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns Desk CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns Desk JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the valid records anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit notes (issued refunds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for accounting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finvoice 3.0 credit notes (one file each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal comma (12,50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal point (12.50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File or folder to export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing needs a supervisor or an admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting needs a supervisor or an admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV or JSON (*.csv *.txt *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the {count} valid record(s) anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per stock movement: when, product, location, quantity and the balance after it, reason and return. Semicolon-separated UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One Finvoice 3.0 credit note (INV02) per refund, named by its number, in the chosen folder. Needs the shop&apos;s IBAN in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per credit note and VAT rate, amounts negative, semicolon-separated: Procountor, Netvisor and Excel read it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the Finvoice files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the CSV as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} credit note(s), {total} in all, saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} stock movement(s) saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionPanel</name>
    <message>
        <source>Restock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B-stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold for customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U: hygiene seal opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to grade. Scan an item to check it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: unit {n} of {received} received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Grade: press A, B, C or D (or 1-4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not refunded (an exception to the right of withdrawal applies), so not for sale: Enter holds it to be sent back to the customer (H); Q puts it in quarantine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Where does it go? Press its letter. Enter takes {suggested}, Backspace changes the grade.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionsModel</name>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Issue refund {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund {total} to {customer} for return {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue {n} refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue {n} refunds, {total} in all. Each one is issued on its own: one that cannot be issued does not stop the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing also approves the ones that need a supervisor&apos;s approval ({n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected but cannot be issued now, so skipped: {n}. The summary at the end says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the payment provider&apos;s refund id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid back to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiStrip</name>
    <message>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaid past due day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocationsModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
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
</context>
<context>
    <name>LocationsWidget</name>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can change locations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location {code} saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailProblemsModel</name>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In doubt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defect claim registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defect claim: parcel arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender stopped after handing it to the server: it may have arrived. Check the server&apos;s log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailProblemsWidget</name>
    <message>
        <source>E-mails that need a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every e-mail went out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} e-mails wait to be sent. The server did not take them: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject} to {address}, last tried {when}
{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued again; it goes out with the next run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} e-mails queued again; they go out with the next run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailSettingsWidget</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS on port 587 or TLS from the start on port 465; no encryption only inside a network you trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the computer&apos;s own certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail server (SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this certificate (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language when the order has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return registered: instructions, deadline and the return label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel arrived: what came, what was missing or not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund issued: the amount and the credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return rejected: the reason and what happens to the goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails to customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the wording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save e-mail settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s password store; type to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on this computer: type it to send from here too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no password for {user}: it sends no e-mail. E-mail is sent from a station that has the password, or save it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the mail server first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a test message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test message went to {address}. Check that it arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailTemplateDialog</name>
    <message>
        <source>Wording of the customer e-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the shipped wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview with made-up values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shipped wording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. New e-mails use this wording.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Returns Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {kind}, connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {kind}, NOT reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} {name} (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printers: {list}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move units of {sku}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{location} ({units})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The return the units belong to (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. mould found: cannot be sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No location holds units of this product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most {held}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MovementsModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageLinesModel</name>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParcelsModel</name>
    <message>
        <source>Scanned code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordFields</name>
    <message>
        <source>At least {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayDialog</name>
    <message>
        <source>Pay refund {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay {total} to {customer} (credit note {number}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the card or bank through Paytrail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paytrail e-mail refund (the customer gets a link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank transfer to the customer&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only if the order has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paytrail transaction id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the account holder&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the customer&apos;s e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentSettings</name>
    <message>
        <source>Test with Paytrail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is kept in this computer&apos;s password store (keyring), never in the database or the settings file. Refunds are paid through Paytrail with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the keyring; type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator changes these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Paytrail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in this computer&apos;s keyring.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayoutQueueModel</name>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued; not paid out yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Said: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund stamp {stamp}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started by {who} at {station}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paytrail&apos;s refund {id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayoutsPanel</name>
    <message>
        <source>Every issued refund is paid. Issued refunds wait here until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Paytrail (reconcile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the day&apos;s transfer file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank refused the file: take its transfers out of it (a supervisor). They go into a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files not confirmed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} not paid · {doubt} in doubt · {failed} failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {count} payment(s), {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a refund not paid yet, or one whose payout failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide (supervisor)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a payout in doubt (or one that stays pending) to decide it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paying through Paytrail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code}: {amount} {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paytrail said: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Paytrail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{checked} payout(s) checked: {paid} paid, {failed} failed, {pending} still waiting, {doubt} in doubt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paytrail did not answer about {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide the payout of {code} in doubt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code}: recorded as paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code}: recorded as not paid; the refund can be paid again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the transfer file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEPA XML (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer file {file} was made but not saved; write it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer file {file} ({count} payment(s), {total}) saved as {path}. Upload it to the bank, then confirm the upload here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did the bank accept {file} ({count} payment(s), {total})? Its refunds are then recorded as paid. Confirm only after the upload went through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel {file}? Never upload it after this; its transfers go into a new file. What did the bank say?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel transfer file {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cancelled: never upload it. {count} transfer(s) wait for a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload of {file} confirmed: {count} refund(s) paid, {total}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on {printer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>label printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No label printer is set for this station. The label is saved: save it as a PDF, or choose a label printer in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tag printer is set for this station. The tag is saved: save it as a PDF, or choose a tag printer in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No A4 printer is set for this station. The document is saved: save it as a PDF, or choose an A4 printer in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label printer &apos;{name}&apos; is not found (switched off or unplugged?). The label is saved: save it as a PDF, or print it again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag printer &apos;{name}&apos; is not found (switched off or unplugged?). The tag is saved: save it as a PDF, or print it again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The A4 printer &apos;{name}&apos; is not found (switched off or unplugged?). The document is saved: save it as a PDF, or print it again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductLevelsModel</name>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductPage</name>
    <message>
        <source>Needs a supervisor&apos;s approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Back to stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move units…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adjust stock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movements, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand {on_hand}: sellable {sellable}, not for sale {not_sellable}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stock on hand (scrapped, to the supplier): {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {n} × {sku} from {source} to {target}: “{reason}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} × {sku} sent from {source} back to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} × {sku} moved from {source} to {target}; {target} now holds {held}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it first; it is kept with the decision. Ctrl+Enter confirms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it under {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefundLinesModel</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefundPanel</name>
    <message>
        <source>To the original means of payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return label fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return postage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No refund computed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(credit note {number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(needs a supervisor&apos;s approval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment reference (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the refund ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute again ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deduct… ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the deduction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the deduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Refunded so far: {amount} (%n credit note(s)).</source>
        <translation>
            <numerusform>Refunded so far: {amount} (%n credit note).</numerusform>
            <numerusform>Refunded so far: {amount} (%n credit notes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) arrived after the refund and are owed: the follow-up refund below covers them; issue it ({key}).</source>
        <translation>
            <numerusform>%n unit arrived after the refund and is owed: the follow-up refund below covers it; issue it ({key}).</numerusform>
            <numerusform>%n units arrived after the refund and are owed: the follow-up refund below covers them; issue it ({key}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) arrived after the refund and are owed: compute the follow-up refund ({key}) and issue it.</source>
        <translation>
            <numerusform>%n unit arrived after the refund and is owed: compute the follow-up refund ({key}) and issue it.</numerusform>
            <numerusform>%n units arrived after the refund and are owed: compute the follow-up refund ({key}) and issue it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) still expected: this refund covers what has arrived; the rest is refunded when it arrives.</source>
        <translation>
            <numerusform>%n unit still expected: this refund covers what has arrived; the rest is refunded when it arrives.</numerusform>
            <numerusform>%n units still expected: this refund covers what has arrived; the rest is refunded when it arrives.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) not graded yet.</source>
        <translation>
            <numerusform>%n unit not graded yet.</numerusform>
            <numerusform>%n units not graded yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Order {number}: the payment was voided in the web shop; nothing is refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number}: the web shop has not received the payment (&apos;{status}&apos;); nothing is refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number}: the web shop already refunded {amount}; it counts in what can still be refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deduction {amount} on {item} waits for a supervisor: “{why}”. The refund is not issued until it is approved or dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a supervisor&apos;s approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT {rate}: base {base}, VAT {vat}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded by {user}; credit note {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund due by {date}, {left}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deduction waits for a supervisor. Approve it or drop it first (the buttons above the rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund of {amount} needs a supervisor&apos;s approval (over the limit, a deduction or an override). A supervisor types their own password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note {number}. The refund slip is printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the deduction of {amount}: “{why}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the deduction of {amount}: “{why}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped at the desk before the refund was issued.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefundQueueModel</name>
    <message>
        <source>Refund due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deduction pending a supervisor&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goods back yet and no proof of dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units still expected: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the approval limit, with a deduction or with an override: a supervisor approves it (a supervisor who issues it approves it at the same time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deduction waits for a supervisor&apos;s decision. Approve it or drop it where the refund is computed; then the refund is computed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This refund covers the units that are back; the units still expected ({n}) are refunded when they arrive (a follow-up refund).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing holds this refund: it can be issued now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can it be issued?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a supervisor&apos;s approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund may be held until the goods are back or the customer shows proof of sending them (art. 13(3)).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefundQueueWidget</name>
    <message>
        <source>Refund queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to refund now. Refunds computed at the desk (Ctrl+R) wait here until they are issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the credit note when issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} waiting · {overdue} overdue · {soon} due within 2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts ({n} in doubt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve (supervisor)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue selected (supervisor)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a supervisor&apos;s approval: a supervisor types their password here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a proposed refund to approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two or more refunds (Ctrl+click).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the selected refunds can be issued now: see why on each row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one refund to issue it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be issued now: {reasons}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the selected refunds ({n}), {total} in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the selected refunds ({n}), {total} in all, as a batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing the refunds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} refund(s) approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund of {amount} for {code} needs a supervisor&apos;s approval (over the limit, a deduction or an override). A supervisor types their own password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded {total} for {code}: credit note {number}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Withdrawal (14 days, no reason needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defect claim (faulty goods)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goodwill (the shop&apos;s longer period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price reduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation (money back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed mind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong item sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if the rules refuse: why the shop accepts it anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period is closed: write why the shop accepts the return anyway; a supervisor approves it with their password when you register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an override reason and register again: a supervisor approves it with their password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print label ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF… ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number} · {customer} · ordered {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return {code} · {customer} (already registered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found. Try the e-mail or the phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the order first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number} · {name} · {contact} · {city}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defect claim: no 14-day limit; the shop pays the return and nothing is deducted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period is closed: write why the shop accepts the return anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the order and at least one unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules refuse this return. A supervisor accepts it with the reason “{reason}” by typing their own password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules do not allow this return:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an override reason to accept it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the label, or save it as a PDF to e-mail to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No label printer is set for this station: save the label as a PDF, or choose the printer in Settings → Station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on {printer}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Order number, e-mail, name, phone or tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number of units to return on each line (Space: all or none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s words (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the monthly summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Monthly PDF summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A one-page summary of the month the period starts in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per product (top 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold at least </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products sold at least this many times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late refunds: {late} of {issued} issued after the due day, {open} unpaid past it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reports could not be read or saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnActions</name>
    <message>
        <source>Issue the refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund what is owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the proposal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept late return…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept excepted unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of dispatch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the refund of {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} (supervisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} may not {permission}: a supervisor approves it here with their own password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked (supervisor): you are asked for a supervisor&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} on return {code}. A supervisor types their own password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject return {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reason the customer is told. The goods are not refunded; the reason is kept with the return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. The item was bought in the shop, not online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return {code} rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close return {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the return: every unit that came back is dealt with, and units never sent back are no longer expected. Why (optional)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return {code} closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen return {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why the return is opened again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This return is late: {what}. Accept it in writing: the reason and your name are kept with the return, and it is no longer flagged late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the delivery day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. The customer sent the second item after all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return {code} reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on return {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An internal note: the customer never sees it. It is kept in the timeline with your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added to {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notice came after the withdrawal period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the goods came back after they were due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the goods were due {date} and have not come back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept late return {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Posti held the parcel for a week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late return {code} accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, unit {unit} (opened: not refunded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept an excepted unit of {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exception to the right of withdrawal keeps this unit out of the refund (a sealed item opened, say). Accept it anyway with a written override: it is then refunded like the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. The seal broke in transit; the customer never used it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit is accepted and will be refunded ({code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of dispatch for {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer showed that the goods were sent (a receipt or tracking). The refund may then be paid before the parcel arrives. Tracking number (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. JJ123456785FI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of dispatch recorded for {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery day of order {number} set to {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the refund proposal of {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposed refund of {amount} is cancelled; nothing is paid. Write why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. The customer chose a replacement instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund proposal is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refund of {amount} is proposed for what is owed. Issue it here or from the refund queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deduction waits for a supervisor. Approve or drop it in the desk&apos;s refund panel first, then issue the refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund {amount} to {customer} ({method}) for return {code}? A credit note is made and the refund is paid out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund of {amount} for return {code} needs a supervisor&apos;s approval. A supervisor types their own password; you then issue it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded {amount}: credit note {number}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnLinesModel</name>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnPage</name>
    <message>
        <source>Printing is not available here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund: {left}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period ends {date} (from an estimated delivery day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period ends {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goods due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} at {station}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proof of dispatch {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late: the notice came after the withdrawal period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late: the goods were due {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override by {user}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late return accepted by {user}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n excepted unit(s) accepted by override.</source>
        <translation>
            <numerusform>%n excepted unit accepted by override.</numerusform>
            <numerusform>%n excepted units accepted by override.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decision: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money: {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{method} of {amount}: {state} · {when} by {who} ({station})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>said: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank returned the transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did the bank say (e.g. account closed)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the transfer of {code} as returned by the bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as returned by the bank; the refund can be paid again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the transaction id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paytrail&apos;s transaction id of order {order}, as on the shop&apos;s order page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is it corrected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the transaction id of order {order}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction id of order {order} is corrected; pay the refund again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No refund yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}: {total} (items {items}, delivery {delivery}, deductions {deductions}, label fee {fee}) · {method}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit note {number}, issued {when} by {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Refunded so far {amount} in %n refund(s).</source>
        <translation>
            <numerusform>Refunded so far {amount} in %n refund.</numerusform>
            <numerusform>Refunded so far {amount} in %n refunds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Still owed: %n unit(s) that arrived after the refund.</source>
        <translation>
            <numerusform>Still owed: %n unit that arrived after the refund.</numerusform>
            <numerusform>Still owed: %n units that arrived after the refund.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Still expected: %n unit(s); refunded when they arrive.</source>
        <translation>
            <numerusform>Still expected: %n unit; refunded when it arrives.</numerusform>
            <numerusform>Still expected: %n units; refunded when they arrive.</numerusform>
        </translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deduction {amount} ({state}): {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT {rate} %: base {base}, VAT {vat}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} sent to print.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnPageView</name>
    <message>
        <source>← Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences from what was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank returned the transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the transaction id…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mismatches at check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnsListModel</name>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnsListView</name>
    <message>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: return code, order number, customer, e-mail, phone or tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All goods states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (not closed or rejected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All money states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any refund deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund due within 2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered on or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered on or before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnsListWidget</name>
    <message>
        <source>No returns match. Change the filters; a new station gets its returns when orders are imported (Import and export) and registered at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanFeedback</name>
    <message>
        <source>Scan result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanField</name>
    <message>
        <source>Scan or type a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop and policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopSettingsWidget</name>
    <message>
        <source>Shop (on credit notes and labels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business ID (Y-tunnus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return address (on return labels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the last unit of the order is returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In proportion to the value returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge for a prepaid return label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers are told of the right of withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default for new orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goodwill period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds above this need a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery cost is refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posti SmartPOST = 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One shipping method a line, with its typical working days in transit: a delivery day the shop&apos;s file lacks is estimated from the shipping day and marked as estimated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transit days per shipping method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other shipping methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deductions: a withdrawal never has a flat restocking fee. Only diminished value from handling beyond trying is deducted, per unit, with a written reason and a supervisor&apos;s approval, and never when the customer was not told of the right of withdrawal, nor on a defect claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order numbers (how a scan recognises them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the range to what the shop&apos;s order numbers really are: a longer range makes carriers&apos; tracking numbers and product codes look like orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new reason, e.g. Wrong colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return reasons (drag to reorder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can change these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save shop settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That reason is in the list already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write each shipping method as “name = days”: {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep at least one return reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Returns Desk: version, database, log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch user (shared station)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list from a return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the return selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>A supervisor&apos;s approval is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Returns Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your user and type your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a user name and a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords differ. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} may not approve this. Ask a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInView</name>
    <message>
        <source>&amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no users yet. Create the first one, an administrator: they add the other users in Settings → Users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationSettings</name>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language and text size apply when the app starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab ends a scan (as well as Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest gap between keys of a scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character the scanner sends for FNC1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer for return labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of return labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer for item tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of item tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer for credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format of credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find printers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit notes (slips)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sounds for scans: success, warning, error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the three sounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save station settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printers could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FNC1 character must be a symbol such as ~ or ^, not a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the station a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockLevelsModel</name>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sellable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not for sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units for sale: main stock and B-stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units in the warehouse not for sale: quarantine, held units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sellable and not for sale together. Scrapped units and units sent to the supplier are not stock on hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockWidget</name>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter products: SKU, name or category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust stock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stock yet. Import products (Import and export); graded returns and adjustments then show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels per location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved on or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved on or before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust stock… (needs a supervisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust {sku} at {location} by {n:+d}: “{reason}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sku} at {location}: {quantity:+d}, now {balance}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} ({station}) {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been recorded about this return yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of this kind has happened to this return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total} entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnidentifiedModel</name>
    <message>
        <source>Scanned code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnidentifiedWidget</name>
    <message>
        <source>Unidentified parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing leaves this queue without a decision: match the parcel to a return, register a return for it, or discard it with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parcels wait here. A parcel nobody can place is put here at the desk with F9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the code leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find: order number, customer name, e-mail, phone or tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns that match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match to this return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a return…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard… (needs a supervisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a supervisor: discarding a parcel is a supervisor&apos;s decision. Write the reason; a supervisor approves it here with their password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the parcel out of the queue with a written reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following the code {code}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proposal: see the message above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a parcel: its code is followed to its return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match to return {code} (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match to propose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {order} · {customer}
“Register a return…” below registers its return and matches the parcel to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by hand below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} × {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return {code} · {customer} · order {orders}
{items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found. Try the customer&apos;s name or e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parcel is now part of return {code} ({state}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard parcel {code} with the reason “{reason}”. A supervisor approves it by typing their own password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel {code} was discarded, approved by {user}: “{reason}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel {code} was discarded: “{reason}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a user name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no (locked after too many wrong passwords)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no (deactivated)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let a user locked after too many wrong passwords sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator manages users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password set for {user}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Returns Desk already runs for this database and station; its window was brought forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Restore the database from a backup made before that entry and find out who could reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expect checks the hash chain, which only a SQLite database keeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry {id} ({when}, {action}) has no hash: it was written around the app. {restore}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry {id} ({when}, {action}) has been changed: it no longer matches its hash. {restore}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry {id} ({when}, {action}) is the first in the log but does not start the chain: entries before it were removed. {restore}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry {id} ({when}, {action}) does not follow entry {prev_id}: entries between them were removed, inserted or reordered, or entry {prev_id} was changed. {restore}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry {id}, noted earlier with hash {hash}, is missing: the log was cut short. {restore}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry {id} no longer has the hash {hash} noted earlier: the log up to it was rewritten. {restore}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log&apos;s guard {trigger} is missing or disabled, so entries can be changed. Find out who could reach the database and restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database role but the owner may write the audit log, so the stations connect as the owner, who can rewrite it. Make a role for them with &apos;returns-app db grant-app-role ROLE&apos; and let them connect with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries: {count}, chain intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last entry {id}, hash {hash}. Note them down: &apos;returns-app db verify --expect {id}:{hash}&apos; later proves the log up to it is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries: {count}; the log is not whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries: {count}. On PostgreSQL the database&apos;s roles keep the log: only its owner may change it (the hash chain is kept on SQLite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights checked for the stations&apos; roles: {roles}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backoffice</name>
    <message>
        <source>Unknown deadline filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sort column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the location a code and a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a location {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} still holds {units} units. Move them before deactivating it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} is the last active location of its kind; inspection needs one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epiphany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whit Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Midsummer Eve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Midsummer Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Saints&apos; Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Christmas Eve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St Stephen&apos;s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>The schema is {current} and this app needs {head}, but this database user may not change the schema (it is the stations&apos; role). Run &apos;returns-app db upgrade&apos; with the database owner&apos;s URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} exists already; choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_dump is not installed; install the PostgreSQL client tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_dump failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL gives {names} more than once; give each once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database&apos;s schema version is {current}; this app needs {head}. Run &apos;returns-app db upgrade&apos; as the database owner, then verify again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created role {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role {role} exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{role} may use {tables} tables in schema {schema}; on audit_log only SELECT and INSERT. It owns nothing and may not change the schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone (PUBLIC) could create tables in schema {schema}; that right is now taken away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data goes only into a new database, and this one has users. Choose an empty database with --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return {code} has lines 1 to {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No graded unit on line {line} of {code}: inspect it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users exist already: name the admin with --as ADMIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the admin who unlocks the user with --as ADMIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivery day {date} is estimated: shipped {shipped} plus {days} working days in transit. Correct it from the customer&apos;s proof before deciding with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer was not told about the right of withdrawal, so the period is extended by 12 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer was told about the right of withdrawal on {date}, so the period ends 14 days after that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The withdrawal period ends at the end of {weekday} {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notice given on {weekday} {date} is too late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notice given on {weekday} {date} is in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer must send the goods back by {weekday} {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund is due by {weekday} {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count ends on {weekday} {date}, so the period moves to the next working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count ends on {weekday} {date}, {holiday}, so the period moves to the next working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} credit note(s) for {period}, {total} EUR in all, written to {out}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} stock movement(s) for {period} written to {out}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such file: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: give --user NAME (or set RETURNS_USER). The password is asked, or read from RETURNS_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{checked} payout(s) checked: {paid} paid, {failed} failed, {pending} still waiting, {doubt} in doubt (a supervisor decides), {unreachable} not reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload of {file} confirmed: {count} refund(s) paid, {total} EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer file {id} ({file}): {count} payment(s), {total} EUR, to be paid on {day}, written to {out}. Upload it to the bank, then run &apos;returns-app payments confirm-upload {id}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer file {id} cancelled: never upload it. {count} transfer(s) wait for the next file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return {code} has no paid bank transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer of {amount} EUR of {code} is recorded as returned by the bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {order}: Paytrail transaction id is now {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password for the SMTP user {user} on this computer: nothing was sent and no e-mail was touched. Save it here (Settings -&gt; E-mail) or set RETURNS_SMTP_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SMTP server is set (Settings -&gt; E-mail); nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent {sent}, to retry later {retrying}, failed {failed}, in doubt {doubt}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>database</name>
    <message>
        <source>&apos;{url}&apos; is not a database URL. Use e.g. sqlite:///returns.sqlite3 or postgresql+psycopg://user@host/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database &apos;{backend}&apos; is not supported. Use SQLite or PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No driver for &apos;{url}&apos;: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file {path} is on a network share ({kind}). SQLite cannot lock a file safely there (its write-ahead log works only on one computer&apos;s own disk), and the data could be damaged. Keep the file on this computer&apos;s disk, or use a PostgreSQL server for several stations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the database {url}: {error}. Check that the server is running and the address, user and password are right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database user {user} may not read Returns Desk&apos;s tables. Ask an administrator to run &apos;returns-app db grant-app-role {user}&apos; as the database owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has more than one schema version ({versions}). Ask an administrator to check its table alembic_version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema in the database URL does not exist or database user {user} may not use it. Check the URL&apos;s search_path, or ask an administrator to run &apos;returns-app db grant-app-role {user}&apos; as the database owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has schema version {current}, newer than this app knows ({head}). Install the newer Returns Desk that upgraded it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has tables but no Returns Desk schema version. Choose an empty database or a Returns Desk one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared database is empty and this station&apos;s database user may not create tables. Ask an administrator to run &apos;returns-app db upgrade&apos; as the database owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared database has schema version {current}; this app needs {head}. Ask an administrator to run &apos;returns-app db upgrade&apos; as the database owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL&apos;s search_path names no schema that exists. Correct the URL or create the schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database roles exist on PostgreSQL only. A SQLite file&apos;s audit log is checked with &apos;returns-app db verify&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{role}&apos; cannot be a role name. Use letters, digits and _ (at most 63, not starting with pg_).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema {schema} has no Returns Desk tables yet. Run &apos;returns-app db upgrade&apos; as the database owner first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{role} is the role you are connected as. The stations need a role of their own: name another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database role {role} is a superuser, may create roles, owns something in this database or may act as its owner, so it could rewrite the audit log. Name a new role for the stations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database role {role} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database role {role} is a superuser, may create roles, owns something in this database or may act as its owner, so it can rewrite the audit log. Let the stations connect as a role made with &apos;returns-app db grant-app-role&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database role {role} may create tables and triggers in schema {schema}. Run &apos;returns-app db grant-app-role {role}&apos; as the database owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database role {role} has {rights} on table {table}, which the stations must not have. Run &apos;returns-app db grant-app-role {role}&apos; as the database owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not answering. Nothing was saved; check the network and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another station is working on this return ({station}). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another station is working on this return. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another station is importing; retrying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another station is importing and the database stayed busy. Nothing was saved here; try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ {count} more items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack the items securely, in their original packaging if possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach this label to the parcel so that the barcode is flat and fully visible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the parcel in at the carrier&apos;s service point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut along the dashed line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this part for your records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit {n}/{of}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of original supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This credit note corrects order {order}, delivered on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This credit note corrects invoice {invoice} (order {order}), delivered on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts are credited to the buyer; reductions are shown with a minus sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price incl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deduction: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{qty} × {gross} ({net} excl. VAT), VAT {rate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery cost refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return label fee charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT breakdown of the credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxable amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the original means of payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B-stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold for customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown size &apos;{value}&apos;; use one of {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That unit is not inspected yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return postage paid back is compensation for a cost, outside the scope of VAT (not a sale).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price reduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return postage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund is not issued yet, so it has no credit note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credit note {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a file; choose a folder for these files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit note must name the shop&apos;s business ID and VAT number: set them in Settings → Shop first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finvoice needs the shop&apos;s bank account (IBAN): set it in Settings → Shop first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>Could not write {path} ({reason}). Nothing was written there: choose another folder, or free some space, and save again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>identifiers</name>
    <message>
        <source>“{value}” is not a valid business ID (Y-tunnus): it is seven digits, a hyphen and a check digit, like 1234567-1. Check it on the trade register extract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a valid VAT number: it starts with the country code, e.g. FI and the business ID without its hyphen (FI12345671).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a valid IBAN: its check digits do not match. Copy it from the bank&apos;s statement (e.g. FI49 5000 9420 0287 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a valid payment reference: a Finnish reference number is 4 to 20 digits ending in a check digit (1234561), an international one starts with RF and two check digits (RF18 5390 0754 7034). Copy it again from the invoice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>Line {line}, column {column}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: the file cannot be read as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: {errors} error(s). Fix them, or import the valid records and keep this report for the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the valid records: {created} new, {updated} updated, {unchanged} unchanged, {skipped} skipped; {errors} error(s) not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: {created} new, {updated} updated, {unchanged} unchanged, {skipped} skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file says it is UTF-8 but byte {position} is not: save it again as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is UTF-16 but byte {position} is not: the file may have been cut short or damaged. Save or copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid CSV: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not an amount. Write it like 12,50 or 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount {value} is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount “{value}” has fractions of a cent; give euros and cents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount {value} is too large: at most 9 999 999 999,99 is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a VAT rate. Write it in percent, like 25,5 or 14.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” looks like a fraction; write the VAT rate in percent, like 25,5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a quantity: give a whole number of 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity {value} is too large for one order line (at most {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a date. Write it as 2026-01-31, 2026-01-31 14:05 or 31.1.2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” has the time zone offset {offset}, which no place has: give one between -12:00 and +14:00, like +02:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a plausible date: the year must be between {first} and {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a country; give its two-letter code, like FI or SE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no such column; it is needed for this format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” has the control character {code} in it, which is not text: remove it, or export the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has {n} cell(s) more than the header: is a value with the delimiter in it missing its quotes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not fi, sv or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a valid RF creditor reference: its check digits do not match. Copy it again from the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discount {discount} is more than the line&apos;s price {price}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not an exception category; use one of: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” differs from “{first}” on line {line}, the order&apos;s first row; leave it empty or repeat it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON is nested more than {limit} levels deep at character {column}; our format needs only a few. Check that this is an order export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON at character {column}: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON holds no orders: give a list of orders or an object with an &quot;orders&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order has no lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipments must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number} has no lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VAT rate of {sku} on {day} cannot be told from the product table (its rate {rate} % had different values then); give the rate in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product {sku} has VAT {rate} %, but the order&apos;s taxes are {rates} %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VAT rate of “{sku}” is unknown: the file does not give it and no product has this SKU or GTIN. Import the products first, or give the rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line has no name and no product has SKU “{sku}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order comes to {total}, more than an order can hold (9 999 999 999,99): check its quantities and prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order name is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT was added on top of the prices (Total = Subtotal + Shipping + Taxes). Returns Desk needs prices with VAT included: export with “All prices include tax” or use our CSV format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items are not valid JSON ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tax of {tax} on {net} matches no VAT rate in the rate table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GTIN {gtin} already belongs to product {sku}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an order export we know (Shopify, WooCommerce, or our CSV or JSON format): choose the format, or check the header line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number} already appears on line {first}: an order must appear once, its rows together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused this order while the file was being written (another station may have changed it meanwhile): the import stopped here. {written} order(s) before it were written and stay; fix the order and import the file again.</source>
        <extracomment>The tables an orders import writes to in bulk.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU {sku} already appears on line {first}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the order: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tracking events file needs the columns tracking_number, event and time; missing: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracking number is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivery on {day} is in the future; check the time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>locations</name>
    <message>
        <source>Main stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B-stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held for the customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mail</name>
    <message>
        <source>This is a test message from Returns Desk. The e-mail settings work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns Desk test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the means of payment you used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as store credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made to your specifications or personalised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>perishable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sealed hygiene product that has been unsealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inseparably mixed with other items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sealed recording or software that was unsealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a newspaper or magazine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alcohol priced by the market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business ID {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be returned under the right of withdrawal ({why}); we keep it for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} deducted for diminished value: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your refund has already been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to refund for this return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of your refund has already been recorded; we will refund the rest by {date} at the latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We will refund you by {date} at the latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We will tell you about the refund in a separate e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} for {item}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We deducted from the refund for the diminished value of the goods:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We keep the goods we received for you. Reply to this e-mail to have them sent back to you (at your cost) or to agree on collecting them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please do not send the goods. If you already sent them, we will send them back to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defect claim registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defect claim: parcel arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orders</name>
    <message>
        <source>unit price</source>
        <extracomment>The web shop&apos;s payment states in which no money was received (Shopify&apos;s ``Financial Status``): nothing can be refunded from such an order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cheapest delivery price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery VAT rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {n}: line {line} ({name}) is on a return and cannot be removed. Keep the line in the file as it was charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {n}: line {line} ({name}) cannot drop to {quantity} unit(s): {units} are on returns or refunds. Keep at least {units} in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {n}: line {line} ({name}) is on a return or a refund, which rests on what it was charged; its {field} cannot change ({old} → {new}). Import the order as it was charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {n}: its lines are on returns or refunds, which rest on the order discount; it cannot change ({old} → {new}). Import the order as it was charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {n}: its delivery was refunded, so its {field} cannot change ({old} → {new}). Import the order as it was charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {n} has no lines.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>payouts</name>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the payment service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in doubt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paytrail refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paytrail e-mail refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved, not paid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payout failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision contradicted by Paytrail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payout is {current}; it cannot become {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a paid bank transfer can be returned by the bank; this payout is {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} is not a sum in whole cents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{iban} is not a valid IBAN ({why}). Check it with the customer; a Finnish one has 18 characters and begins with FI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This return&apos;s goods were paid in several payments; Paytrail refunds one payment at a time. Pay it by bank transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Paytrail transaction id is one word of at most 100 characters: letters, digits and plain hyphens (-), as on the shop&apos;s order page. Type it again rather than copying it from a document, which may turn a hyphen into a dash (–).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number} already has the transaction id {known}; it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why the transaction id is corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Paytrail payout of this order is not finished; its transaction id is corrected once the payout is settled (reconciled or decided).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This refund is already being paid: {who} ({station}) started a {method} of {amount} at {when}; it is {state}. It is never sent twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an issued refund (with its credit note) is paid out; issue it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This refund is 0.00: nothing to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order was paid in {currency}; payouts here are in euros only. Pay this refund by hand (in the shop&apos;s payment service or your bank) and record it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order has no Paytrail transaction id. Type it in on the return&apos;s page (from the shop&apos;s order page) or pay by bank transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another station is paying this refund. Reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown payout method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the customer&apos;s e-mail address for the e-mail refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such payout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late answer after the decision: {status} {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer was recorded: the station stopped while sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout {id} could not be checked (an error, written to the log); the others were. Check its transaction id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP {status}: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide paid or not paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what you checked (e.g. the refund found in Paytrail&apos;s merchant panel, or the customer&apos;s bank statement).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payout is {state}; there is nothing to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This transfer is in a bank file; it is paid when the file&apos;s upload is confirmed. If the bank refused the file, a supervisor cancels the file (Payouts → Cancel file…) and its transfers go into a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payout is being sent right now; wait for its answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paytrail accepted this refund (its refund transaction {refund}), so it may still be paid: it cannot be decided not paid. Reconcile to ask Paytrail; only its answer that the refund failed frees it to be paid another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paytrail&apos;s merchant id is a number, e.g. 375917.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paytrail&apos;s merchant id and secret are not set on this computer. An administrator sets them in Settings → Payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction id {id} has a character Paytrail&apos;s ids never have ({char}); nothing was sent. A supervisor corrects the order&apos;s transaction id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paytrail could not be reached ({why}); nothing was sent. Check the network and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer came (HTTP {status}) but it was not signed by Paytrail, so it cannot be believed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from Paytrail ({why}): the refund may or may not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paytrail accepted the merchant id and secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paytrail refused the merchant id or secret (HTTP 401). Copy them again from Paytrail&apos;s merchant panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paytrail answered HTTP {status}: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the account holder&apos;s name as the bank has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s own IBAN is missing or wrong ({iban}); an administrator sets it in Settings → Shop before transfers can be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bank transfers are waiting for a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such transfer file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload of {file} was already confirmed; its transfers are paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer file {file} was cancelled; never upload it. Its transfers go into a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what the bank said (e.g. the file was refused, or why).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload of {file} was confirmed, so it cannot be cancelled. A supervisor records each transfer the bank returned on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer file {file} no longer matches its payments ({count} for {total}); it is not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided paid, but Paytrail says this refund failed: the customer may not have their money. A supervisor checks Paytrail&apos;s merchant panel and pays it another way if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided not paid, but Paytrail made (or is still making) this refund: the money may go twice. It is not paid again; a supervisor checks Paytrail&apos;s merchant panel and asks a second payment back if one was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from Paytrail: the refund may or may not have been made, so it is never sent again. Reconcile to ask Paytrail; a supervisor decides with the facts if that does not settle it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits for the day&apos;s transfer file and its upload to the bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paytrail e-mailed the customer a link to claim the refund; the money moves only when they do. Reconcile later to see whether it was paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paytrail took the refund; the bank has not finished it yet. Reconcile later to see the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank returned this transfer; the customer did not get the money. Check the account with the customer and pay it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its transfer file was cancelled; nothing was paid. It goes into a new file, or pay it another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paytrail refused our merchant id or secret (HTTP 401); nothing was paid. An administrator checks them in Settings → Payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s payment method has no refunds through Paytrail (HTTP 422); nothing was paid. Pay it as an e-mail refund or by bank transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paytrail could not be reached; nothing was sent. Try again, or pay another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paytrail refused the refund ({message}); nothing was paid. Some banks refund only once per payment or only within 13 weeks (Nordea), some only by e-mail refund (S-Pankki, Ålandsbanken). Pay it as an e-mail refund or by bank transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{words}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>report_summary</name>
    <message>
        <source>Returns report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period {start} – {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only: {filters}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which B-stock {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why customers return (units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades of inspected units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest return rates (units sold in the period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds against the 14-day limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaid past the due day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days to refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} days late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values at the unit price paid, VAT included; B-stock at {share} of it. Rejected returns are not counted. Made {when}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>The period ends ({end}) before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no return kind &apos;{kind}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defect claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goodwill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not as described</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed mind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong item sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B-stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A (as new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B (minor marks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C (damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D (unusable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>&apos;{value}&apos; is not a date. Write it as 2.1.2026 or 2026-01-02.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such day as &apos;{value}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} was made to the customer&apos;s specifications or clearly personalised, so it cannot be withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} can deteriorate or expire rapidly, so it cannot be withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} cannot be withdrawn once unsealed, for health or hygiene reasons: check the seal at inspection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} is inseparably mixed with other items after delivery, so it cannot be withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} is a sealed recording or software that cannot be withdrawn once unsealed: check the seal at inspection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} is a newspaper, periodical or magazine, so it cannot be withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} is an alcoholic drink whose value depends on the market, so it cannot be withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivery day {day} is only estimated from the shipping day. If the customer got the goods later (a tracking event, the carrier&apos;s message), a supervisor registers the return with that proof as the reason and then corrects the delivery day on the return&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the items can be returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goods have not been delivered yet, so the notice is in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer was not told about the right of withdrawal, so the period is extended by 12 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer was told about the right of withdrawal only on {informed_on}, so the period ends 14 days after that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice given on {notice_date} is within the withdrawal period, which ends on {period_ends}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The withdrawal period ended on {period_ends}; the notice was given on {notice_date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice given on {notice_date} is also within the statutory withdrawal period, which ends on {period_ends}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shop does not offer goodwill returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice given on {notice_date} is within the shop&apos;s {days}-day return period, which ends on {goodwill_ends}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s {days}-day return period ended on {goodwill_ends}; the notice was given on {notice_date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A defect claim has no 14-day limit, and the shop pays for the return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goods were delivered on {delivered}, more than a year ago: a defect is no longer presumed to have existed at delivery, but the claim is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deduction of {amount} on line {line} was not made: a defect claim is never reduced for diminished value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deduction of {amount} on line {line} was not made: the customer was not informed of the right of withdrawal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deduction of {amount} on line {line} was not made: a supervisor has not approved it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deduction of {amount} on line {line} was not made: it has no written justification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order line appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order line has no units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order line has a negative price or a discount above its price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount in the order has a fraction of a cent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order has a negative amount or a discount above its price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the remedy for the defect claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web shop already paid back {used} of this order without saying for which goods: it is taken off this refund, so nothing is paid back twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web shop already refunded {shop} of this order, so at most {room} can be refunded here, not {amount}. Check the shop&apos;s refund with the customer before refunding more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The return names a line not in the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More units are returned than were bought and not yet returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deduction names a line not returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deduction was larger than the refund of its line and was cut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivery date is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scanning</name>
    <message>
        <source>Valid: {kind} {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid: {kind}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: {warning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbology identifier: {symbology}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could also be: {kind} {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was scanned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long for a code (over {limit} characters). Scan the label again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format: “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check digit should be {expected}, scanned {scanned}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{country} is not a country code, so this is no postal tracking number (UPU S10). Scan the label again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GS1 field ({ai}) holds “{value}”, which is not a value it may hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A return code is R followed by digits, like {example}; got “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A return code has {minimum} to {maximum} digits; this one has {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A product code (GTIN) has 8, 12, 13 or 14 digits; got “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GS1: the code contains no data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GS1: unknown application identifier (AI) at “{rest}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GS1: AI {ai} needs {length} characters, got “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GS1: AI {ai} needs at least {minimum} characters, got “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GS1: AI {ai} allows at most {maximum} characters, got “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GS1: AI {ai} allows only digits, got “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GS1: AI {ai} contains “{char}”, which GS1 data may not contain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GS1: AI {ai} check digit should be {expected}, scanned {scanned}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GS1: AI {ai} date {value} is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GS1: AI {ai} time {value} is not a valid time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GS1: AI {ai} appears twice with different values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link contains no return code, order, tracking or product code: “{url}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner seems to use a US keyboard layout on a Finnish computer: set the scanner to Finnish layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner seems to swap Y and Z (a German keyboard layout): set the scanner to the computer&apos;s keyboard layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number (UPU S10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product code (GTIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping container code (SSCC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GS1 data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <source>Choose a grade A, B, C or D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the unit goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That line is not on this return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return {code} is {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every received unit of this line is inspected already. Check in the next unit first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit {n} has not been received (received {received}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit {n} was already inspected by {user} at {station}, {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That inspection does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return {code} is refunded or closed; the inspection stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No return with code {code}. Check the code and scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what shows the delivery day (a tracking event, the carrier&apos;s message, the customer&apos;s receipt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivery day {day} is in the future; check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goods left on {shipped}; they cannot have arrived before that ({day}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order was placed on {ordered}; the goods cannot have arrived before that ({day}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That shipment is not one of this order&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number} has several shipments with known delivery days: choose the shipment whose day is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This parcel was already received by {user} at {station}, {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was scanned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel {code} is already in the unidentified queue: {user} at {station}, {when}. Put this one with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{code}” didn&apos;t read correctly. Scan again, or type the code from the label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return {code} not found. Check the code on the label, or find the order by the customer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return {code} is {state}; a parcel cannot be received for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is a {kind}, not a product code. Scan the item&apos;s EAN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({code}) is not on this return. Recorded; set it aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {code} is not on this return. Recorded; set it aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More units than announced ({n} announced, all received). Recorded as extra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {received} of {announced} received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of mismatch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parcel&apos;s code is return {ret}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parcel&apos;s code is the return tracking number of return {ret}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parcel&apos;s code is the tracking number of order {order}&apos;s delivery; its open return is {ret}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parcel&apos;s code is order number {order}; its open return is {ret}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {order} ({customer}) has no open return. Register the return first; then match the parcel to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parcel&apos;s code {code} names no return or order. Find the return by the customer&apos;s name, e-mail or phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parcel&apos;s code leads to return {ret}, which is {state}: no parcel can be matched to it. Find another return, or discard the parcel with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel {code} was already matched to return {ret} by {user} at {station}, {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel {code} was already discarded by {user} at {station}, {when}: “{reason}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such parcel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This parcel was already decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what was done with the parcel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} unit(s) opened from a sealed package are not refunded (the exception applies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already paid back by the web shop (order {number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web shop has not received the payment of order {number} (its status is &apos;{status}&apos;): nothing was paid, so nothing is refunded. Check the order in the shop; once it is paid, import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment of order {number} was voided in the web shop: nothing was paid, so nothing is refunded. Check the order in the shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} unit(s) still expected: this refund covers what has arrived; the rest is refunded when it arrives (a follow-up refund).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed before every unit was graded: {n} unit(s) not graded yet are counted as fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown refund method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rejected return is not refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price reduction names an item that is not on this return ({ids}). Choose the item from the return&apos;s lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing more to refund: every unit that has arrived is refunded. A unit still expected is refunded when it arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to refund yet: no units received, and no proof of dispatch. Check in the items first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to pay back for this return, so no credit note is made. Close it with its remedy (F10) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the deduction in euros and cents, above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why the value diminished (what handling went beyond trying).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deductions on a defect claim: the goods were faulty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deduction is allowed: the customer was not informed of the right of withdrawal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund is approved or issued; deductions can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such deduction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why the deduction is dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deduction is in an issued refund; it stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number} would get back more than was paid: another return of it was refunded meanwhile. Compute this refund again (Ctrl+Shift+R) and issue the new amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} ({station}) cancelled this refund proposal at {when}; nothing was paid. Look at the return again before refunding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This refund proposal was replaced by a newer one; nothing was paid. Use the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already refunded by {user} at {when} (credit note {number}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This refund is {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This refund needs a supervisor&apos;s approval first (over the limit, a deduction or an override).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deduction waits for a supervisor&apos;s decision. Approve it or drop it, then propose the refund again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goods are not back and there is no proof of dispatch: the refund may be held (art. 13(3)). Record the proof of dispatch to refund now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another station issued this refund at the same moment. Reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This refund proposal was already replaced or cancelled; nothing changed. Reload to see the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one item to return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order line {ids} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One return can only cover orders of one customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {asked} units asked, but only {free} of {bought} can still be returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This return is not allowed: {reasons} A supervisor may override it with a written reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} received units are not inspected yet; inspect them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund is not issued yet; issue or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money is still owed for {n} unit(s) that arrived after the refund. Refund them (a follow-up refund) before closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money is still owed for {n} unit(s) that came back or were proven sent. Refund them first; not paying for them needs a rejection with its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reason for the customer before rejecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tracking number has at most 64 characters; check what was typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{typed}” is not a tracking number (e.g. JJ123456785FI). Check it, or leave it empty when the proof is a receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This return is {state}; proof of dispatch no longer matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A defect claim is settled once the goods are checked for the defect; proof of dispatch does not bring its refund forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This return is already {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This return has been refunded; it cannot be rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} ({role}) may not {permission}. Ask a supervisor to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another station was changing the same thing at this very moment. Nothing was saved here; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it under {n} characters; the log keeps what matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why the return is reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a closed or rejected return can be reopened; this one is {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why the late return is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This return is {state}; accepting it late would change nothing. Reopen it first if it was closed by mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} already accepted this late return: “{reason}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This return is not late: the notice and the goods are in time. Nothing to accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why the unit is accepted despite the exception.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such inspected unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This return is rejected; none of its units is refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exception keeps this unit out of the refund; there is nothing to override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} already accepted this unit: “{reason}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This return changed while you were deciding. Look at it again (it is shown as it is now) and decide again if it is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} ({station}) changed this return at {when} while you were deciding. Look at it again (it is shown as it is now) and decide again if it is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That product no longer exists. Refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move at least one unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reason for moving the units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The units are already there: choose another location to move to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{location} holds no {sku}: nothing to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{location} holds {held} of {sku}, not {quantity}. Move at most {held}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product {product}. Check the SKU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That location does not exist. Refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{location} is no longer in use. Choose an active location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No return {code}. Check the return code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a signed-in user may do this. Sign in with your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User {user} has been deactivated by an administrator. Nothing was saved. Sign in with another user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator changed the role of {user} to {role}. Nothing was saved. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no password store to keep the secret in ({error}). On Linux install and unlock GNOME Keyring or KWallet; on a server give the secret in an environment variable instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order number prefix is at most 10 letters or signs, without digits or spaces (e.g. EU or WEB-).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order numbers need at least 1 and at most 20 digits, the fewest no more than the most (e.g. 4 to 7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order number pattern {pattern} is not a valid expression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That e-mail does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That e-mail is {state} now (someone else decided it). Reload the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the address to send the test message to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test message was not sent: {reason}. Check the server, port, security and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write both the subject and the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A brace {{ or }} is not closed, or a placeholder has extra characters. Write placeholders as {{name}}; write a brace as {{{{ or }}}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{{name}}} is not a placeholder of this message. Use one of: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address {address} cannot be written for mail servers ({detail}): check its spelling in the customer&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server does not take addresses with letters like ä before the @ (SMTPUTF8), so {address} cannot be mailed: ask the customer for another address, or use a mail server that takes them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>states</name>
    <message>
        <source>announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no refund yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly refunded, more owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goods of this return are {current}; they cannot become {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The money of this return is &apos;{current}&apos;; it cannot become &apos;{target}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stock</name>
    <message>
        <source>A movement of 0 units moves nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active {kind} location {code}. Add one in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reason for the adjustment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown product or location.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <source>waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in doubt: the sender stopped while handing it over; an administrator decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parcel arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defect claim registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defect claim: parcel arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defect claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goodwill return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item not on the return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more units than announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B-stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back to supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the original means of payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as store credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return restocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return to B-stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return to quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return scrapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return to supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspection undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: “{reason}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{qty} x {product}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered the return {code} ({kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered the return {code} ({kind}) for {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}, outside the rules, approved by {approver}: “{reason}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}, outside the rules: “{reason}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted the late notice and the goods sent back late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted the goods sent back late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted the late notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted {product} despite the art. 16 exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted unit {unit} of {product} despite the art. 16 exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received a parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received a parcel, scanned as {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched an unidentified parcel to this return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched the unidentified parcel {code} to this return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discarded the parcel {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discarded a parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked in {qty} x {product}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked in {qty} x {product} ({received} of {announced} received)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded a mismatch, {mismatch} ({qty} x {product})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded a mismatch, {mismatch} ({qty} x item {code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded a mismatch, {mismatch} (quantity {qty})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded a mismatch, {mismatch}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>graded {qty} x {product} as {grade} and moved it to {location}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>graded {qty} x {product} as {grade}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}; the art. 16 exception applies, not refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undid the grading of unit {unit} of {product} ({grade}, {disposition})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the delivery day of order {order} to {new} (was estimated {old}) from: {proof}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrected the delivery day of order {order} from {old} to {new}: {proof}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the delivery day of order {order} to {new} from: {proof}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded the customer&apos;s proof of dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded the customer&apos;s proof of dispatch, tracking {tracking}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjusted the stock of {product} at {location} by {qty}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved {qty} x {product} from {source} to {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent {qty} x {product} from {source} to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}; note: “{note}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed a follow-up refund of {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed a refund of {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed a refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}, to be approved by a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved the refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved the refund of {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued a refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued the refund of {amount} {method} with credit note {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued the refund of {amount} {method}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}, payment reference {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled the refund of {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled a refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added a deduction of {amount} on {product}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added a deduction of {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved a deduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved the deduction of {amount} on {product}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved the deduction of {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped the deduction of {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped a deduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>through Paytrail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as a Paytrail e-mail refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chose to pay {amount} {method}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started paying {amount} {method}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} (Paytrail: “{words}”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked Paytrail about the payout: {facts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided that the payout of {amount} was paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided that the payout of {amount} was not paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put the transfer of {amount} into the bank file {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is waiting for the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer that can be believed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>got Paytrail&apos;s answer about {amount} only after the decision: {answered}; check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noted the payment&apos;s Paytrail transaction id {id} on order {order}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrected the Paytrail transaction id of order {order} from {old} to {id}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found that Paytrail failed the refund of {amount} decided paid; a supervisor checks it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found that Paytrail made the refund of {amount} decided not paid; a supervisor checks it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled transfer file {file} with the transfer of {amount}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded that the bank returned the transfer of {amount}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed the return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected the return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopened the return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid {amount} {method}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent {amount} {method}; the bank has not finished it yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not pay {amount} {method}; nothing was paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>got no answer paying {amount} {method}: the payout is in doubt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued the e-mail “{kind}” to be sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noted that the e-mail “{kind}” did arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received the parcel before the e-mail “{kind}” went out: it is not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled the e-mail “{kind}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mailed the customer “{kind}” to {to}: {state}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>users</name>
    <message>
        <source>A password needs at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role &apos;{role}&apos;. Use clerk, supervisor or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name &apos;{name}&apos; is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has users already. Sign in with yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &apos;{name}&apos; is deactivated. Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &apos;{name}&apos; is locked after too many wrong passwords. Ask an administrator to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords. Wait a second and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords. Wait {seconds} seconds and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot deactivate yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user is called &apos;{name}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receive parcels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspect items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>propose refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>override the return rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve deductions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjust stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reject returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopen closed returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add notes to returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print labels, tags and credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the shop settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export to accounting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pay refunds out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decide payouts in doubt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send the customers&apos; e-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resend e-mails and edit their wording</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
