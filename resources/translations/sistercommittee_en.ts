<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="44" />
        <source>About {app}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="56" />
        <source>Partnerships, volunteers, events and exchanges of a sister city committee, on your own computer. Free software under the MIT License; the fonts it prints with are under the SIL Open Font License or the Apache License.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="67" />
        <source>{qt} (PySide6 {pyside})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="69" />
        <source>not installed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="72" />
        <source>Version:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="72" />
        <source> (bundle)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="73" />
        <source>Python:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="74" />
        <source>Qt:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="75" />
        <source>SQLite:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="76" />
        <source>System:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="77" />
        <source>Log folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="78" />
        <source>Partner finder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="92" />
        <source>&amp;Open Log Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="95" />
        <source>&amp;Copy Versions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="97" />
        <source>For a message about a problem</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="59" />
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="94" />
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="133" />
        <source>Agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="67" />
        <source>Show the next &amp;days:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="72" />
        <source>Days ahead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="80" />
        <source>&amp;Mailing List…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="84" />
        <source>Export the volunteers who agreed to be contacted, for a mail tool or an address book</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="96" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="96" />
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="96" />
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="111" />
        <source>&amp;Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="112" />
        <source>&amp;Approve Hours…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="113" />
        <source>Dec&amp;line Hours…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="114" />
        <source>&amp;Renewal Certificate…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="156" />
        <source>Overdue ({count})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="157" />
        <source>Today ({count})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="158" />
        <source>Coming ({count})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="182" />
        <source>Nothing is overdue, and nothing is coming in these days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="187" />
        <source>{overdue} overdue, {today} today, {coming} coming</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AmountEditor</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/typed_editors.py" line="246" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/typed_editors.py" line="250" />
        <source>An amount cannot be negative.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AutoSync</name>
    <message>
        <location filename="../../sistercommittee/ui/auto_sync.py" line="132" />
        <source>The sync stopped on an unexpected error ({kind}).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="51" />
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="52" />
        <source>Backups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="57" />
        <source>SisterCommittee backs your records up once a day, and before an import or a restore. Choose a backup to go back to the records as they were then. Back Up To… keeps a copy where you choose, such as on a USB stick.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="66" />
        <source>Backups, newest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="67" />
        <source>Made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="67" />
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="67" />
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="80" />
        <source>&amp;Back Up Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="83" />
        <source>Back Up &amp;To…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="86" />
        <source>Save a copy of the records where you choose, such as a USB stick</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="89" />
        <source>&amp;Restore…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="91" />
        <source>Go back to the chosen backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="93" />
        <source>Restore From &amp;Another File…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="103" />
        <source>&amp;Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="155" />
        <source>There are no backups of these records yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="160" />
        <source>Daily</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="161" />
        <source>Made by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="162" />
        <source>Before a restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="163" />
        <source>Before an import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="166" />
        <source>Before an update of SisterCommittee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="195" />
        <source>Backed up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="199" />
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="201" />
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="248" />
        <source>Backing up…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="213" />
        <source>SisterCommittee backup {date}.sqlite</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="224" />
        <source>Back Up To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="226" />
        <source>SisterCommittee databases (*.sqlite)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="242" />
        <source>Backed up to {path}. Restore From Another File… goes back to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="250" />
        <source>Backing up to {file}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="268" />
        <source>Go back to the records as they were on {when}?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="276" />
        <source>Choose a Backup to Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="278" />
        <source>SisterCommittee databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="280" />
        <source>Replace the records by those in {file}?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="289" />
        <source>Restore a Backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="293" />
        <source>Every record is replaced by the backup's. The records as they are now are kept as a backup first (“Before a restore”), so you can come back to them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="297" />
        <source>&amp;Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="298" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="320" />
        <source>Restoring…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="322" />
        <source>Restoring {file}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="334" />
        <source>The backup has no organization. Open the database again to set it up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="346" />
        <source>Restored. The records as they were before are kept as the backup “Before a restore”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/charts.py" line="94" />
        <source>No data yet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/calendar.py" line="102" />
        <source>◀ &amp;Previous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/calendar.py" line="103" />
        <source>&amp;Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/calendar.py" line="104" />
        <source>&amp;Next ▶</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/calendar.py" line="105" />
        <source>&amp;Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/calendar.py" line="106" />
        <source>&amp;Week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/calendar.py" line="131" />
        <location filename="../../sistercommittee/ui/pages/calendar.py" line="159" />
        <source>Calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/calendar.py" line="141" />
        <source>Point at an event to see its time in our city and in the partner city. Page Up and Page Down move by a month or a week.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/calendar.py" line="229" />
        <source>Week of {first} to {last}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/calendar.py" line="262" />
        <source>+{count} more</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/calendar_popup.py" line="48" />
        <source>Previous year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/calendar_popup.py" line="49" />
        <source>Previous month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/calendar_popup.py" line="52" />
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/calendar_popup.py" line="58" />
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/calendar_popup.py" line="61" />
        <source>&amp;Year:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/calendar_popup.py" line="63" />
        <source>Next month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/calendar_popup.py" line="64" />
        <source>Next year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/calendar_popup.py" line="85" />
        <source>&amp;Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/calendar_popup.py" line="89" />
        <source>C&amp;lear</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="172" />
        <source>Password Reset Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="172" />
        <source>Invitation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="176" />
        <source>A reset code for {email}. Setting the new password signs out every laptop signed in with the old one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="180" />
        <source>{email} is invited as {role}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="194" />
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="197" />
        <source>HQ mailed it to {email} too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="200" />
        <source>HQ sends no mail: pass the code on yourself, with the server {server}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="202" />
        <source>It works once, until {when}. It is not shown again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="210" />
        <source>&amp;Copy Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="214" />
        <source>&amp;Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="228" />
        <source>Copied. </source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/common.py" line="76" />
        <source>Please confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/common.py" line="81" />
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/common.py" line="84" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="142" />
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="240" />
        <source>Dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="173" />
        <source>Open the &amp;Agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="180" />
        <source>Active partnerships</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="181" />
        <source>Active volunteers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="182" />
        <source>Volunteer hours this year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="183" />
        <source>Upcoming events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="184" />
        <source>People exchanged this year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="185" />
        <source>Partnerships quiet for a year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="198" />
        <source>Volunteer hours per year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="201" />
        <source>People exchanged per year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="201" />
        <source>Adults</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="201" />
        <source>Youth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="205" />
        <source>Partnerships by status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="209" />
        <source>Hours this year by kind of work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="218" />
        <source>Partnerships by year signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="262" />
        <source>Agenda: {overdue} overdue, {today} today, {coming} in the next {days} days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="277" />
        <source>and {count} more on the Agenda page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="282" />
        <source>Nothing is overdue or coming.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="304" />
        <source>of {total} in all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="308" />
        <source>{people} gave time this year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="312" />
        <source>last year {hours}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="318" />
        <source>{events} events in all</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="322" />
        <source>{youth} young, in %n exchange(s)</source>
        <translation>
            <numerusform>{youth} young, in %n exchange</numerusform><numerusform>{youth} young, in %n exchanges</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="327" />
        <source>no event or exchange since a year ago</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="403" />
        <source>%n shift(s) open</source>
        <translation>
            <numerusform>%n shift open</numerusform><numerusform>%n shifts open</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="406" />
        <source>Nothing planned yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="412" />
        <source>last activity {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="416" />
        <source>no activity recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="428" />
        <source>No partnerships yet: add your first partner city on Partnerships.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="430" />
        <source>Every partnership has ended.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="431" />
        <source>Every partnership had an event or exchange in the last twelve months.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="419" />
        <source>Next events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="421" />
        <source>Partnerships with no activity for a year</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/typed_editors.py" line="140" />
        <source>e.g. {example} or today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/typed_editors.py" line="149" />
        <source>Choose from a calendar (Alt+Down)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/typed_editors.py" line="150" />
        <source>Calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/typed_editors.py" line="220" />
        <source>e.g. {example}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/typed_editors.py" line="239" />
        <source>e.g. 250 or 12.50</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DateTimeEditor</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/typed_editors.py" line="192" />
        <source>e.g. {example}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="123" />
        <location filename="../../sistercommittee/ui/pages/documents.py" line="279" />
        <source>Documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="185" />
        <source>Partnership</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="187" />
        <source>&amp;Partnership:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="192" />
        <source>The partner's language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="195" />
        <source>Second &amp;language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="200" />
        <source>Usual for our country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="201" />
        <source>Letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="203" />
        <source>P&amp;aper:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="217" />
        <source>&amp;Make Certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="152" />
        <source>&amp;Open to View or Print</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="131" />
        <source>A partnership's certificate, letters for delegations and volunteers, and the annual report for HQ; in English and the partner's language.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="140" />
        <source>&amp;Certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="145" />
        <source>Le&amp;tters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="146" />
        <source>A&amp;nnual Report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="155" />
        <source>&amp;Save As…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="170" />
        <source>Document preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="206" />
        <source>Rene&amp;wal certificate for this year's anniversary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="210" />
        <source>On the 10th, 25th, 50th, 75th or 100th year since the signing: a certificate that renews the partnership</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="231" />
        <source>Annual report for &amp;year:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="239" />
        <source>Save Annual &amp;Report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="243" />
        <source>The year's partnerships, volunteers and hours, events and exchanges, hosting, economic development and money (in US dollars too), as a PDF for the board and HQ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="256" />
        <source>The US dollar totals use the exchange rates entered for the year; the report names any currency without one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="262" />
        <source>E&amp;xchange Rates…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="394" />
        <source>Save the Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="457" />
        <source>The letter is ready. Open it to look at it and print it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="461" />
        <source>1 page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="463" />
        <source>{count} pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="469" />
        <source>{name}: {pages}, in {languages}, {size}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="472" />
        <source> and </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="335" />
        <source>Laying out the certificate…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="342" />
        <source>Drawing the preview…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="352" />
        <source>Certificate {city}.pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="361" />
        <source>The certificate is ready. Open it to look at it and print it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="364" />
        <source>Certificate of {city}: {size}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="365" />
        <source>Letter of intent with {city}: {size}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="366" />
        <source>Renewal certificate of {city}: {size}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="375" />
        <source>Making the certificate…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="396" />
        <location filename="../../sistercommittee/ui/pages/documents.py" line="419" />
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="409" />
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="410" />
        <location filename="../../sistercommittee/ui/pages/documents.py" line="435" />
        <source>Saved to {path}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="417" />
        <source>Save the Annual Report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="418" />
        <source>Annual report {year}.pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="433" />
        <source>Making the annual report for {year}…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DueTodayNotifier</name>
    <message>
        <location filename="../../sistercommittee/ui/tray.py" line="46" />
        <source>SisterCommittee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/tray.py" line="74" />
        <source>Due today in SisterCommittee: {count}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/tray.py" line="77" />
        <source>and {count} more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/tray.py" line="79" />
        <source>Overdue: {count}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EditGuard</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/edit_guard.py" line="49" />
        <source>Unsaved Changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/edit_guard.py" line="50" />
        <source>Save the changes you made?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/edit_guard.py" line="52" />
        <source>If you discard them, what you typed is lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/edit_guard.py" line="55" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/edit_guard.py" line="59" />
        <source>&amp;Discard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/edit_guard.py" line="62" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../sistercommittee/ui/errors.py" line="42" />
        <source>Nothing was saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/errors.py" line="43" />
        <source>Nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/errors.py" line="47" />
        <source>The database could not be used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/errors.py" line="52" />
        <source>The database cannot be opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/errors.py" line="56" />
        <source>Cannot do that</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/errors.py" line="72" />
        <source>Something went wrong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/errors.py" line="74" />
        <source>Something went wrong and that action stopped. What was saved before is safe; check the last change and do it again if it is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/errors.py" line="81" />
        <source>The details were written to the log file:
{path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/errors.py" line="87" />
        <source>Open Log Folder</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="62" />
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="63" />
        <source>On the venue's clock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="121" />
        <source>New Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="125" />
        <source>Add event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="146" />
        <source>Edit Event: {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="150" />
        <source>Edit event {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="175" />
        <source>Leave empty for an open shift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="176" />
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="179" />
        <source>On the venue's clock ({zone})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="188" />
        <source>New Shift at {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="196" />
        <source>Add shift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="205" />
        <source>Edit Shift: {role}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="209" />
        <source>Edit shift {role}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="260" />
        <source>New Budget Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="271" />
        <source>Add budget line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="281" />
        <source>Edit Budget Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="287" />
        <source>Edit budget line</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="62" />
        <source>Events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="65" />
        <source>New E&amp;vent…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="68" />
        <source>Search titles and venues (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/events.py" line="71" />
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform><numerusform>%n events</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="75" />
        <source>No event matches the search and filters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="76" />
        <source>No events yet. Plan one with New Event.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="86" />
        <source>{filled} of {total}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="102" />
        <source>When (venue time)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="103" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="106" />
        <location filename="../../sistercommittee/ui/pages/events.py" line="151" />
        <location filename="../../sistercommittee/ui/pages/events.py" line="411" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="111" />
        <location filename="../../sistercommittee/ui/pages/events.py" line="412" />
        <source>Venue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="114" />
        <location filename="../../sistercommittee/ui/pages/events.py" line="425" />
        <source>Partner cities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="120" />
        <location filename="../../sistercommittee/ui/pages/events.py" line="414" />
        <source>Attendance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="127" />
        <source>Shifts filled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="143" />
        <source>Past and upcoming</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="144" />
        <source>Upcoming</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="144" />
        <source>Past</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="145" />
        <location filename="../../sistercommittee/ui/pages/events.py" line="409" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="151" />
        <source>Any kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="156" />
        <source>Any partner city</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="156" />
        <source>Partnership</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="163" />
        <source>From date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="165" />
        <source>Fro&amp;m</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="204" />
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="260" />
        <source>&amp;Add Shift…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="268" />
        <source>Leave O&amp;pen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="318" />
        <source>&amp;Add Budget Line…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="168" />
        <source>To date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="170" />
        <source>&amp;To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="202" />
        <source>&amp;New Event…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="207" />
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="228" />
        <source>&amp;Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="231" />
        <source>Shifts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="233" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="236" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="242" />
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="248" />
        <source>Hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="255" />
        <source>Volunteer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="256" />
        <source>— open —</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="266" />
        <source>No shifts planned: add the jobs people will do.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="271" />
        <source>&amp;Log Hours for Staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="275" />
        <source>Log the time of everyone on the selected shifts (all shifts when none is selected)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="279" />
        <source>&amp;Staffing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="282" />
        <source>Budget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="286" />
        <source>Income/expense</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="292" />
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="297" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="301" />
        <source>Planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="308" />
        <source>Actual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="314" />
        <source>In kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="314" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="328" />
        <source>&amp;Budget</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/events.py" line="344" />
        <source>%n event(s) selected.</source>
        <translation>
            <numerusform>%n event selected.</numerusform><numerusform>%n events selected.</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="346" />
        <source>Select an event to see its times, staffing and budget.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="364" />
        <source>&amp;Staffing ({filled}/{total})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="368" />
        <source>{currency}: planned net {planned}, actual net {actual}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="387" />
        <source>{start} – {end} ({zone})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="410" />
        <source>On your clock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="418" />
        <source>Youth attending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="428" />
        <source>Volunteer hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="429" />
        <source>{hours} h by {people}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="438" />
        <source>In the partner cities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="441" />
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="472" />
        <source>Delete the event {title}?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="473" />
        <source>Delete event {title}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/events.py" line="475" />
        <source>Delete %n event(s)?</source>
        <translation>
            <numerusform>Delete %n event?</numerusform><numerusform>Delete %n events?</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/events.py" line="476" />
        <source>Delete %n event(s)</source>
        <translation>
            <numerusform>Delete %n event</numerusform><numerusform>Delete %n events</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="478" />
        <source>Their shifts and budget go with them. Edit &gt; Undo brings them back.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/events.py" line="526" />
        <source>Remove %n shift(s)</source>
        <translation>
            <numerusform>Remove %n shift</numerusform><numerusform>Remove %n shifts</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/events.py" line="555" />
        <source>Leave %n shift(s) open</source>
        <translation>
            <numerusform>Leave %n shift open</numerusform><numerusform>Leave %n shifts open</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="591" />
        <source>Logged {hours} h for {names}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="598" />
        <source>Already logged before: {names}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="607" />
        <source>Log hours for the staff of {title}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/events.py" line="632" />
        <source>Remove %n budget line(s)</source>
        <translation>
            <numerusform>Remove %n budget line</numerusform><numerusform>Remove %n budget lines</numerusform></translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="38" />
        <source>Type part of the city's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="52" />
        <source>Not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="89" />
        <source>New Exchange</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="95" />
        <source>Add exchange</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="115" />
        <source>Edit Exchange: {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="121" />
        <source>Edit exchange {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="149" />
        <source>One of our volunteers; leave empty and give a name for someone else</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="157" />
        <source>New Participant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="168" />
        <source>Add participant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="176" />
        <source>Edit Participant: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="188" />
        <source>Edit participant {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="218" />
        <source>When the family is one of our volunteers' households</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="226" />
        <source>New Host Family</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="237" />
        <source>Add host family</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="245" />
        <source>Edit Host Family: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="257" />
        <source>Edit host family {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="326" />
        <source>Place a Guest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="330" />
        <source>Place a guest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="333" />
        <source>The day the guest moves on (not a night of the stay)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="360" />
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="361" />
        <source>On the local clock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="373" />
        <source>New Itinerary Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="384" />
        <source>Add itinerary item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="391" />
        <source>Edit Itinerary Item: {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="403" />
        <source>Edit itinerary item {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="433" />
        <source>New Cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="439" />
        <source>Add cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="445" />
        <source>Edit Cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="449" />
        <source>Edit cost</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExchangesPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="59" />
        <source>Exchanges</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="62" />
        <source>New E&amp;xchange…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="65" />
        <source>Search titles and cities (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="68" />
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n exchange</numerusform><numerusform>%n exchanges</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="72" />
        <source>No exchange matches the search and filters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="73" />
        <source>No exchanges yet. Plan a delegation with New Exchange.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="82" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="458" />
        <source>Dates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="87" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="90" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="463" />
        <source>Partner city</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="96" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="132" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="466" />
        <source>Direction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="102" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="138" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="467" />
        <source>Program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="109" />
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="114" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="219" />
        <source>Youth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="115" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="250" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="474" />
        <source>Host families</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="130" />
        <source>Both directions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="138" />
        <source>Any program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="143" />
        <source>Any partner city</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="143" />
        <source>Partnership</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="150" />
        <source>Any year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="152" />
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="181" />
        <source>&amp;New Exchange…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="183" />
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="233" />
        <source>&amp;Add Participant…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="263" />
        <source>&amp;Add Host Family…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="306" />
        <source>Hos&amp;ting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="317" />
        <source>&amp;Add Item…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="349" />
        <source>&amp;Add Cost…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="358" />
        <source>&amp;Costs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="186" />
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="205" />
        <source>&amp;Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="208" />
        <source>Participants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="210" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="213" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="220" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="226" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="345" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="225" />
        <source>Exchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="229" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="230" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="260" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="240" />
        <source>Plannin&amp;g Details…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="246" />
        <source>&amp;Participants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="252" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="284" />
        <source>Family</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="253" />
        <source>Beds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="256" />
        <source>Guests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="270" />
        <source>Place a &amp;Guest…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="273" />
        <source>Hosting Detai&amp;ls…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="281" />
        <source>Stays</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="283" />
        <source>Guest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="287" />
        <source>Nights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="288" />
        <source>{dates} ({n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="298" />
        <source>Remove Stay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="310" />
        <source>Itinerary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="312" />
        <source>When (local time)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="313" />
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="314" />
        <source>Where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="323" />
        <source>&amp;Itinerary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="326" />
        <source>Costs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="330" />
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="335" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="339" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="345" />
        <source>In kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="362" />
        <source>Chec&amp;klist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="364" />
        <source>Home&amp;stays</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="383" />
        <source>%n exchange(s) selected.</source>
        <translation>
            <numerusform>%n exchange selected.</numerusform><numerusform>%n exchanges selected.</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="385" />
        <source>Select an exchange to see its people, hosting, itinerary and costs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="408" />
        <source>&amp;Participants ({count})</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="412" />
        <source>{name} has no host for %n night(s).</source>
        <translation>
            <numerusform>{name} has no host for %n night.</numerusform><numerusform>{name} has no host for %n nights.</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="420" />
        <source>{currency}: {cash} in money, {kind} in kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="469" />
        <source>People exchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="470" />
        <source>{people}, of them {youth} young</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="476" />
        <source>Travel paid by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="482" />
        <source>Stay paid by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="489" />
        <source>Still without a host for some nights:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="519" />
        <source>Delete the exchange {title}?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="520" />
        <source>Delete exchange {title}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="522" />
        <source>Delete %n exchange(s)?</source>
        <translation>
            <numerusform>Delete %n exchange?</numerusform><numerusform>Delete %n exchanges?</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="523" />
        <source>Delete %n exchange(s)</source>
        <translation>
            <numerusform>Delete %n exchange</numerusform><numerusform>Delete %n exchanges</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="524" />
        <source>Edit &gt; Undo brings them back.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="580" />
        <source>Remove %n participant(s)</source>
        <translation>
            <numerusform>Remove %n participant</numerusform><numerusform>Remove %n participants</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="606" />
        <source>Remove %n host family(ies)</source>
        <translation>
            <numerusform>Remove %n host family(ies)</numerusform><numerusform>Remove %n host family(ies)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="627" />
        <source>Remove %n stay(s)</source>
        <translation>
            <numerusform>Remove %n stay</numerusform><numerusform>Remove %n stays</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="650" />
        <source>Remove %n itinerary item(s)</source>
        <translation>
            <numerusform>Remove %n itinerary item</numerusform><numerusform>Remove %n itinerary items</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="676" />
        <source>Remove %n cost(s)</source>
        <translation>
            <numerusform>Remove %n cost</numerusform><numerusform>Remove %n costs</numerusform></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="168" />
        <source>What to import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="170" />
        <source>Choose what the file holds, and the file: a CSV file or an Excel workbook.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="174" />
        <source>What the file holds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="179" />
        <source>File to import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="180" />
        <source>The CSV or Excel file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="182" />
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="189" />
        <source>The file &amp;holds:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="191" />
        <source>&amp;File:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="208" />
        <source>Choose the File to Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="210" />
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="227" />
        <source>Reading {file}…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FinderPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="51" />
        <source>Who a city is twinned with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="52" />
        <source>Cities of a country with no partner in ours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="53" />
        <source>Cities like ours, and their partners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="54" />
        <source>&amp;Look for:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="59" />
        <source>a city's name, e.g. Mataró</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="62" />
        <source>a country, e.g. Japan or JP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="68" />
        <source>any size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="71" />
        <source>in the whole world</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="72" />
        <source>on our continent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="73" />
        <source>in our country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="77" />
        <source>&amp;City:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="79" />
        <source>C&amp;ountry:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="80" />
        <source>At le&amp;ast:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="82" />
        <source>&amp;Where:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="97" />
        <source>&amp;Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="106" />
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="106" />
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="106" />
        <source>Twinnings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="106" />
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="117" />
        <source>Start E&amp;xploring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="120" />
        <source>Add the chosen city as a partnership with the status exploring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="155" />
        <source>Partner Finder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="212" />
        <source>Searching…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="227" />
        <source>{count} found. Choose a city and Start Exploring to add it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="232" />
        <source>Nothing found: try another name, country or size.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="286" />
        <source>Added {city} to the partnerships, status exploring. Open it on the Partnerships page to add contacts.</source>
        <translation type="unfinished" />
    </message>
<message><source>Source</source><translation type="unfinished" /></message></context>
<context>
    <name>ForgotPasswordDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="113" />
        <source>Forgot Password?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="117" />
        <source>HQ can mail a reset code to your account's email, where it has mail; otherwise a coordinator of your organization issues one on the Members page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="121" />
        <source>&amp;Server:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="123" />
        <source>&amp;Email:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="125" />
        <source>Reset &amp;code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="126" />
        <source>&amp;New password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="127" />
        <source>10 characters or more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="128" />
        <source>&amp;Again:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="129" />
        <source>&amp;Mail Me a Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="133" />
        <source>Set &amp;Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="141" />
        <source>Type HQ's address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="187" />
        <source>Setting the new password…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FormWidget</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/form.py" line="151" />
        <source>Required</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../sistercommittee/ui/formatting.py" line="101" />
        <source>{time} in {city} ({zone}, {day})</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="62" />
        <source>Getting Started</source>
        <extracomment>Set when the organization was just made: the main window then shows the guide. Set once a certificate was made (the database does not keep certificates).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="66" />
        <source>A few first steps for your committee. Choose one to do it now; this list stays open beside the window, and Help &gt; Getting Started brings it back later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="81" />
        <source>Add your first &amp;partner city</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="82" />
        <source>The city abroad, its country and language, and how far things are.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="86" />
        <source>Add a &amp;volunteer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="87" />
        <source>Name, email, languages and what they like to do.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="91" />
        <source>…or &amp;import a roster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="92" />
        <source>Bring in your volunteer list from a spreadsheet (CSV or Excel).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="96" />
        <source>&amp;Share through HQ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="97" />
        <source>Sign in to your HQ server so the committee's laptops share the records.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="101" />
        <source>Invite a &amp;colleague</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="102" />
        <source>What a colleague needs to join this organization on their laptop.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="106" />
        <source>Make a &amp;certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="107" />
        <source>The bilingual certificate of a partnership, ready to print.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="117" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/getting_started.py" line="142" />
        <source>Done: %n partnership(s).</source>
        <translation>
            <numerusform>Done: %n partnership.</numerusform><numerusform>Done: %n partnerships.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/getting_started.py" line="145" />
        <source>Done: %n volunteer(s).</source>
        <translation>
            <numerusform>Done: %n volunteer.</numerusform><numerusform>Done: %n volunteers.</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="149" />
        <source>Done: shared through {server}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="153" />
        <source>Done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="166" />
        <source>Once there is a partnership: its bilingual certificate, ready to print.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="190" />
        <source>Join {organization} in SisterCommittee:
1. Ask HQ's administrator for an account for your email address.
2. Install SisterCommittee and start it; on its welcome, choose Join from HQ.
3. Server: {server}
4. Sign in with your email and the password HQ gave you. The committee's records come to your laptop, and your changes go to everyone's.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="205" />
        <source>Invite a Colleague</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="206" />
        <source>The invitation is copied: paste it into an email to your colleague.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../sistercommittee/ui/guide_window.py" line="50" />
        <source>SisterCommittee User Guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/guide_window.py" line="54" />
        <source>User guide</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HealthView</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="52" />
        <source>Renewal &amp;Certificate…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="60" />
        <source>Select a partnership to see how it is doing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="95" />
        <source>Signed on {date}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="100" />
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="109" />
        <source>Last event:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="110" />
        <source>Last exchange:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="111" />
        <source>Next exchange:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="128" />
        <source>Flags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="130" />
        <source>Nothing to worry about.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="132" />
        <source>Open tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="132" />
        <source>Nothing open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="134" />
        <source>Anniversaries within a year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="140" />
        <source>None in the coming year.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="142" />
        <source>Suggestions</source>
        <translation type="unfinished" />
    </message>
<message><source>People exchanged per year:</source><translation type="unfinished" /></message><message><source>Hours given at its events:</source><translation type="unfinished" /></message><message><source>a renewal certificate can be printed</source><translation type="unfinished" /></message></context>
<context>
    <name>HoursDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/hours_dialog.py" line="26" />
        <source>2.5 or 2:30</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/hours_dialog.py" line="35" />
        <source>Leave empty for other work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/hours_dialog.py" line="36" />
        <source>What the time was for, if no event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/hours_dialog.py" line="49" />
        <source>Log Hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/hours_dialog.py" line="53" />
        <source>Log hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/hours_dialog.py" line="74" />
        <source>Edit Hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/hours_dialog.py" line="78" />
        <source>Edit hours</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="58" />
        <source>Volunteers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="59" />
        <source>Partnerships</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="60" />
        <source>Events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="61" />
        <source>Volunteer hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="78" />
        <source>Import Records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="79" />
        <source>Import records from a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="83" />
        <source>&amp;Next &gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="84" />
        <source>&lt; &amp;Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="85" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="86" />
        <source>&amp;Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="107" />
        <source>Stopping the import…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InvitationJoinDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="41" />
        <source>Join with an Invitation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="49" />
        <source>Type the server and the invitation code your coordinator gave you (or HQ mailed you), and choose a password for your HQ account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="53" />
        <source>&amp;Server:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="54" />
        <source>Invitation &amp;code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="55" />
        <source>&amp;Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="56" />
        <source>10 characters or more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="57" />
        <source>&amp;Again:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="58" />
        <source>&amp;Join</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="61" />
        <source>Joining…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="70" />
        <source>Type HQ's address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="85" />
        <source>Fetching the records: {phase}…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="44" />
        <source>Invite a Member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="48" />
        <source>HQ makes a one-time code for this email. Pass it on, or HQ mails it where it has mail; the code works once, for 14 days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="52" />
        <source>&amp;Email:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="54" />
        <source>&amp;Role:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="62" />
        <source>&amp;Invite</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="81" />
        <source>Asking HQ for an invitation…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/join_dialog.py" line="35" />
        <source>Join Your Organization from HQ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/join_dialog.py" line="53" />
        <source>Fetching the records: {phase}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/join_dialog.py" line="38" />
        <source>Joining…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="15" />
        <source>Board member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="16" />
        <source>Committee chair</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="17" />
        <source>Coordinator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="18" />
        <source>Volunteer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="21" />
        <source>Native</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="22" />
        <source>Fluent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="23" />
        <source>Conversational</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="24" />
        <source>Basic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="27" />
        <source>Sister city</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="28" />
        <source>Friendship city</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="29" />
        <source>Sister county</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="30" />
        <source>Sister state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="33" />
        <source>Exploring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="34" />
        <source>Proposed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="35" />
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="36" />
        <source>Dormant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="37" />
        <source>Ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="40" />
        <location filename="../../sistercommittee/ui/labels.py" line="107" />
        <source>Culture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="41" />
        <source>Education and youth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="42" />
        <location filename="../../sistercommittee/ui/labels.py" line="108" />
        <source>Business and trade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="43" />
        <source>Municipal and technical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="44" />
        <location filename="../../sistercommittee/ui/labels.py" line="110" />
        <source>Humanitarian</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="45" />
        <location filename="../../sistercommittee/ui/labels.py" line="111" />
        <source>Sports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="46" />
        <source>Sustainability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="47" />
        <source>Health</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="48" />
        <source>Arts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="49" />
        <source>Tourism</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="52" />
        <source>Our city</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="53" />
        <source>Partner city</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="56" />
        <source>Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="57" />
        <location filename="../../sistercommittee/ui/labels.py" line="73" />
        <source>Meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="58" />
        <source>Translation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="59" />
        <source>Hosting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="60" />
        <source>Administration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="61" />
        <source>Fundraising</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="62" />
        <location filename="../../sistercommittee/ui/labels.py" line="93" />
        <source>Travel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="63" />
        <location filename="../../sistercommittee/ui/labels.py" line="79" />
        <location filename="../../sistercommittee/ui/labels.py" line="98" />
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="66" />
        <source>Approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="67" />
        <source>Waiting for approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="68" />
        <source>Declined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="71" />
        <source>Festival</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="72" />
        <source>Fundraiser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="74" />
        <source>Reception</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="75" />
        <source>Virtual exchange</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="76" />
        <source>Ceremony</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="77" />
        <source>Workshop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="78" />
        <source>Performance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="82" />
        <source>Income</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="83" />
        <source>Expense</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="86" />
        <source>Tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="87" />
        <source>Donations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="88" />
        <source>Sponsorship</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="89" />
        <source>Grants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="90" />
        <source>Sales</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="91" />
        <source>Venue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="92" />
        <source>Food</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="94" />
        <source>Materials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="95" />
        <source>Marketing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="96" />
        <source>Gifts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="97" />
        <source>Humanitarian aid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="101" />
        <source>Visiting us</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="102" />
        <source>We travel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="105" />
        <source>Youth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="106" />
        <source>Education</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="109" />
        <source>Municipal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="114" />
        <source>The participant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="115" />
        <source>The host committee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="116" />
        <source>The sending committee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="117" />
        <source>The host families</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="118" />
        <source>A sponsor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="119" />
        <source>Shared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="122" />
        <source>Delegate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="123" />
        <source>Chaperone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="124" />
        <source>Student</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="125" />
        <source>Host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="126" />
        <source>Interpreter</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LanguageListEditor</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/language_list.py" line="35" />
        <source>e.g. English, Japanese</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/language_list.py" line="113" />
        <source>'{name}' is not a language I know: pick a name from the list, such as Japanese.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LanguagesEditor</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/editors.py" line="298" />
        <source>Add a language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/editors.py" line="316" />
        <location filename="../../sistercommittee/ui/widgets/editors.py" line="318" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/editors.py" line="321" />
        <source>Level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/editors.py" line="327" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/editors.py" line="328" />
        <source>Remove this language</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LettersPanel</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="38" />
        <source>Invitation letter (a visitor's visa)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="42" />
        <source>Letter of support (one of our travellers)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="44" />
        <source>Volunteer-hours letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="62" />
        <source>&amp;Kind of letter:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="68" />
        <source>Person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="69" />
        <source>Fo&amp;r:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="75" />
        <source>The partner's language (the organization's for hours)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="77" />
        <source>English only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="83" />
        <source>Second lan&amp;guage:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="88" />
        <source>e.g. Laura Chen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="90" />
        <source>Signed &amp;by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="95" />
        <source>e.g. Exchange Coordinator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="97" />
        <source>Signer's t&amp;itle:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="102" />
        <source>Make &amp;Letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="155" />
        <source>No visitors yet: add the participants of an inbound exchange first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="158" />
        <source>No travellers yet: add the participants of an outbound exchange first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="160" />
        <source>No volunteer has hours recorded yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="175" />
        <source>Invitation {name}.pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="176" />
        <source>Letter of support {name}.pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="177" />
        <source>Volunteer hours {name}.pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="187" />
        <source>Writing the letter…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="197" />
        <source>Making the letter…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="132" />
        <source>Search</source>
        <extracomment>Rows per page fetched from the service. Where the detail pane goes: beside the list, or under it (for wide parts tables).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="136" />
        <source>Clear Filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="258" />
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="262" />
        <source>Nothing matches the search and filters. Clear Filters shows all.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="263" />
        <source>Nothing here yet.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="266" />
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform><numerusform>%n records</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="414" />
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="491" />
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="493" />
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="522" />
        <source>Export {list}</source>
        <extracomment>The list's name for services.exports ("" when it cannot be exported).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="524" />
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="539" />
        <source>Exported %n row(s) to {path}.</source>
        <translation>
            <numerusform>Exported %n row to {path}.</numerusform><numerusform>Exported %n rows to {path}.</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="543" />
        <source>Exporting {list}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="586" />
        <source>Reset Columns</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MailingDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="43" />
        <source>Mailing List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="47" />
        <source>Only volunteers who agreed to be contacted, and whose consent has not lapsed, are on the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="57" />
        <source>CSV, for a mail tool</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="58" />
        <source>vCard, for an address book</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="59" />
        <source>&amp;Format:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="62" />
        <source>everyone; or a language code such as ja</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="63" />
        <source>Who &amp;speaks:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="64" />
        <source>Include volunteers no longer &amp;active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="75" />
        <source>&amp;Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="118" />
        <source>Save the Mailing List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="119" />
        <source>Mailing list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="120" />
        <source>vCard files (*.vcf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="120" />
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="133" />
        <source>Saved {path}: {summary}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="66" />
        <location filename="../../sistercommittee/ui/main_window.py" line="611" />
        <source>SisterCommittee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="78" />
        <source>Sections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="129" />
        <source>Dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="136" />
        <source>Partnerships</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="143" />
        <source>Volunteers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="150" />
        <source>Events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="157" />
        <source>Exchanges</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="164" />
        <source>Documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="171" />
        <source>Sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="178" />
        <source>Agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="185" />
        <source>Calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="192" />
        <source>Members</source>
        <translation type="unfinished">Members</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="199" />
        <source>Stories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="206" />
        <source>Partner Finder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="303" />
        <location filename="../../sistercommittee/ui/main_window.py" line="592" />
        <source>&amp;New…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="308" />
        <source>Add a record on this page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="311" />
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="316" />
        <source>Edit the selected record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="319" />
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="324" />
        <source>Delete the selected records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="328" />
        <source>&amp;Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="333" />
        <source>Search this page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="336" />
        <source>Search E&amp;verything…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="340" />
        <source>Find any partnership, volunteer, event, exchange or contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="343" />
        <source>&amp;Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="348" />
        <source>Print this list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="351" />
        <source>E&amp;xport List…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="355" />
        <source>Save this list, as filtered, as an Excel or CSV file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="358" />
        <source>Pre&amp;ferences…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="366" />
        <source>&amp;Open Database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="369" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="375" />
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="381" />
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="385" />
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="413" />
        <source>User &amp;Guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="419" />
        <source>Getting &amp;Started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="422" />
        <source>Open &amp;Log Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="425" />
        <source>&amp;About SisterCommittee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="429" />
        <source>Check for &amp;Updates…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="461" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="466" />
        <source>&amp;Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="470" />
        <source>Add records from a CSV or Excel file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="477" />
        <source>&amp;Backups…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="480" />
        <source>Back the records up now, or go back to a backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="487" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="497" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="503" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="512" />
        <source>Main Toolbar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="566" />
        <source>Sending the last changes to HQ…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="577" />
        <source>Working…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="782" />
        <source>The user guide is not installed with this copy of SisterCommittee. It is the file docs/user-guide.md of the SisterCommittee source.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="542" />
        <source>Opening the database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="609" />
        <source>{organization} — SisterCommittee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="668" />
        <source>{partnerships} partnerships · {volunteers} volunteers · {events} events · {exchanges} exchanges</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="780" />
        <source>User Guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="865" />
        <source>Finishing the last changes…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="236" />
        <source>Match the columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="239" />
        <source>Each column of the file fills the field chosen beside it. Columns set to “Not imported” are left out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="245" />
        <source>Columns of the file and the fields they fill</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="247" />
        <source>Column in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="247" />
        <source>First value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="247" />
        <source>Fills the field</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="267" />
        <source>{file}: %n row(s), read as {how}.</source>
        <translation>
            <numerusform>{file}: %n row, read as {how}.</numerusform><numerusform>{file}: %n rows, read as {how}.</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="280" />
        <source>Field for the column {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="281" />
        <source>Not imported</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Members</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/fields_dialog.py" line="201" />
        <source>Coordinator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/fields_dialog.py" line="202" />
        <source>Volunteer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/fields_dialog.py" line="203" />
        <source>Read-only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/fields_dialog.py" line="212" />
        <source>Coordinators manage the organization's members and all of its records.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/fields_dialog.py" line="215" />
        <source>Volunteers add and change records; the coordinators manage the members.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/fields_dialog.py" line="218" />
        <source>Read-only accounts see the organization's records but change nothing.</source>
        <translation type="unfinished" />
    </message>
<message><source>In SisterCommittee, choose Forgot Password? in Sign In to HQ, type the server and this code, and choose a new password.</source><translation type="unfinished" /></message><message><source>In SisterCommittee, choose Join with an Invitation on the welcome, type the server and this code, and choose a password.</source><translation type="unfinished" /></message><message><source>The code works once, until {when}.</source><translation type="unfinished" /></message><message><source>Password reset for {email}</source><translation type="unfinished" /></message><message><source>Invitation to {organization}</source><translation type="unfinished" /></message><message><source>Server:</source><translation type="unfinished" /></message></context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="67" />
        <source>&amp;Invite…</source>
        <extracomment>A printer for the code dialogs (tests print to a PDF file).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="69" />
        <source>Change &amp;Role…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="72" />
        <source>Reset Pass&amp;word…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="74" />
        <location filename="../../sistercommittee/ui/pages/members.py" line="287" />
        <source>Re&amp;move…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="76" />
        <source>Re&amp;load</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="85" />
        <source>Sign &amp;In to HQ…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="93" />
        <location filename="../../sistercommittee/ui/pages/members.py" line="121" />
        <location filename="../../sistercommittee/ui/pages/members.py" line="315" />
        <location filename="../../sistercommittee/ui/pages/members.py" line="348" />
        <source>Members</source>
        <translation type="unfinished">Members</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="96" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="96" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="96" />
        <source>Last sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="96" />
        <source>Laptops</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="124" />
        <source>Invite Member…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="140" />
        <source>Asking HQ for the organization's members…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="172" />
        <source>This laptop is not signed in to HQ. The organization's members are kept on HQ: sign in to see them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="189" />
        <source>Invited, until {when}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="198" />
        <source>Invited by {who}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="209" />
        <source>Accounts: {count}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="211" />
        <source>You are {email}, {role}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="216" />
        <source>As a coordinator you invite members, change their roles, remove them (their laptops are signed out at their next sync) and issue password resets.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="221" />
        <source>Only coordinators invite, change roles, remove members or issue password resets, so those buttons are not shown to you. {abilities} Ask a coordinator of {organization} for a change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="233" />
        <source>None</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="234" />
        <source> (you)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="239" />
        <source>Never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="247" />
        <source>last seen {when}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="251" />
        <source>, signed out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="285" />
        <source>Cancel Invitation…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="318" />
        <source>Only the organization's coordinators manage its members. Your account is {role}: {abilities}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="377" />
        <source>Cancel the invitation of {email}?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="378" />
        <source>Its code stops working at once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="379" />
        <source>Cancel &amp;Invitation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="380" />
        <source>The invitation of {email} is cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="395" />
        <source>Remove {email} from {organization}?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="399" />
        <source>Laptops signed in as them: {count}. Each is signed out at its next sync; what they entered stays.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="402" />
        <source>Re&amp;move</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="403" />
        <source>Removed {email}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="422" />
        <source>Issue a password reset code for {email}?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="424" />
        <source>Their password stays until the code is used; then every laptop signed in with the old one is signed out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="427" />
        <source>&amp;Issue Code</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MouDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="62" />
        <source>The languages it is written in, by name; they complete as you type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="133" />
        <source>MOU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="115" />
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="155" />
        <source>&amp;Save Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="162" />
        <source>Signatories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="166" />
        <source>For</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="170" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="171" />
        <source>Local name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="172" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="173" />
        <source>Local title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="119" />
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="176" />
        <source>&amp;Add Signatory…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="116" />
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="182" />
        <source>Si&amp;gnatories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="184" />
        <source>Texts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="188" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="194" />
        <source>Beginning of the text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="120" />
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="199" />
        <source>&amp;Add Text…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="117" />
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="205" />
        <source>Te&amp;xts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="207" />
        <source>Scans</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="209" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="212" />
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="218" />
        <source>Attached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="121" />
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="223" />
        <source>&amp;Attach Scan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="122" />
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="229" />
        <source>&amp;Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="118" />
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="230" />
        <source>S&amp;cans</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="246" />
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="249" />
        <source>Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="285" />
        <source>not signed yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="286" />
        <source>MOU with {city} — {signed}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="287" />
        <source>MOU with {city}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="324" />
        <source>Edit MOU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="368" />
        <source>Save the changes to the signing details?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="386" />
        <source>New Signatory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="397" />
        <source>Add signatory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="404" />
        <source>Edit Signatory: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="410" />
        <source>Edit signatory {name}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="420" />
        <source>Remove %n signatory(ies)</source>
        <translation>
            <numerusform>Remove %n signatory(ies)</numerusform><numerusform>Remove %n signatory(ies)</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="463" />
        <source>MOU Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="465" />
        <source>MOU Text in {language}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="471" />
        <source>Set MOU text</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="500" />
        <source>Remove %n text(s)</source>
        <translation>
            <numerusform>Remove %n text</numerusform><numerusform>Remove %n texts</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="511" />
        <source>Attach Scans of the Signed MOU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="513" />
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="547" />
        <source>Attach %n scan(s)</source>
        <translation>
            <numerusform>Attach %n scan</numerusform><numerusform>Attach %n scans</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="550" />
        <source>Copying the scans…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="570" />
        <source>Remove %n scan(s)</source>
        <translation>
            <numerusform>Remove %n scan</numerusform><numerusform>Remove %n scans</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="590" />
        <source>Make the Partnership Active?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="592" />
        <source>Make &amp;Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="596" />
        <source>&amp;Not Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="618" />
        <source>Make partnership active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="90" />
        <source>New MOU with {city}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="94" />
        <source>Add MOU with {city}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PartnershipDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="67" />
        <source>New Partnership</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="73" />
        <source>Add partnership</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="101" />
        <source>Edit Partnership: {city}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="109" />
        <source>Edit partnership {city}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="176" />
        <source>Change Status: {city}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="182" />
        <source>Change status of {city}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="187" />
        <source>Now {status}. Each change is kept in the history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="219" />
        <source>New Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="230" />
        <source>Add contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="236" />
        <source>Edit Contact: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="242" />
        <source>Edit contact {name}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PartnershipsPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="54" />
        <source>Partnerships</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="57" />
        <source>New &amp;Partnership…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="60" />
        <source>Search city names and regions (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="63" />
        <source>%n partnership(s)</source>
        <translation>
            <numerusform>%n partnership</numerusform><numerusform>%n partnerships</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="67" />
        <source>No partnership matches the search and filters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="68" />
        <source>No partnerships yet. Add your first partner city with New Partnership.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="75" />
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="76" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="336" />
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="79" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="148" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="335" />
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="85" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="143" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="337" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="89" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="138" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="338" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="96" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="250" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="339" />
        <source>Signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="103" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="342" />
        <source>Focus areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="109" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="344" />
        <source>Last activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="115" />
        <source>Events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="119" />
        <source>Exchanges</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="138" />
        <source>Any status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="143" />
        <source>Any kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="148" />
        <source>Any country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="154" />
        <source>Any focus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="154" />
        <source>Focus area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="170" />
        <source>&amp;New Partnership…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="172" />
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="236" />
        <source>&amp;Add Contact…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="270" />
        <source>&amp;Add MOU…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="276" />
        <source>O&amp;pen…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="175" />
        <source>Change &amp;Status…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="178" />
        <source>Meeting T&amp;imes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="181" />
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="214" />
        <source>&amp;Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="217" />
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="219" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="220" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="223" />
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="227" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="229" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="232" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="340" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="242" />
        <source>No contacts in the partner city yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="243" />
        <source>Con&amp;tacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="246" />
        <source>MOUs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="251" />
        <source>not signed yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="254" />
        <source>Place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="257" />
        <source>Languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="263" />
        <source>Signatories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="267" />
        <source>Scans</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="277" />
        <source>No memorandum of understanding recorded yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="278" />
        <source>&amp;MOUs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="282" />
        <source>Hea&amp;lth</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="298" />
        <source>%n partnership(s) selected.</source>
        <translation>
            <numerusform>%n partnership selected.</numerusform><numerusform>%n partnerships selected.</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="300" />
        <source>Select a partnership to see its details, contacts and MOUs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="306" />
        <source>Select a partnership to see how it is doing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="315" />
        <source>Con&amp;tacts ({count})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="316" />
        <source>&amp;MOUs ({count})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="330" />
        <source>{time} now ({zone})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="341" />
        <source>Local time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="343" />
        <source>Committee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="346" />
        <source>Events, exchanges</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="362" />
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="395" />
        <source>This status cannot change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="406" />
        <source>Delete the partnership with {city}?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="409" />
        <source>Delete partnership {city}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="411" />
        <source>Delete %n partnership(s)?</source>
        <translation>
            <numerusform>Delete %n partnership?</numerusform><numerusform>Delete %n partnerships?</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="412" />
        <source>Delete %n partnership(s)</source>
        <translation>
            <numerusform>Delete %n partnership</numerusform><numerusform>Delete %n partnerships</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="414" />
        <source>Their contacts and MOUs go with them. Edit &gt; Undo brings them back.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="455" />
        <source>Remove %n contact(s)</source>
        <translation>
            <numerusform>Remove %n contact</numerusform><numerusform>Remove %n contacts</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="479" />
        <source>Remove %n MOU(s) with their signatories and scans?</source>
        <translation>
            <numerusform>Remove %n MOU with their signatories and scans?</numerusform><numerusform>Remove %n MOUs with their signatories and scans?</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="480" />
        <source>Edit &gt; Undo brings them back.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="486" />
        <source>Remove %n MOU(s)</source>
        <translation>
            <numerusform>Remove %n MOU</numerusform><numerusform>Remove %n MOUs</numerusform></translation>
    </message>
</context>
<context>
    <name>PendingPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/pending.py" line="22" />
        <source>{section} is not part of this version of SisterCommittee yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PhotoPeopleDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="40" />
        <source>Who Is in the Photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="50" />
        <source>Under &amp;18</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="51" />
        <source>&amp;Agreed to publication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="54" />
        <source>for someone under 18: who agreed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="57" />
        <source>e.g. 2026-04-02 or today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="62" />
        <source>Add &amp;Person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="65" />
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="70" />
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="73" />
        <source>&amp;Guardian:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="74" />
        <source>&amp;Date of consent:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="85" />
        <source>Recorded in this photo:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="103" />
        <source>, under 18</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="108" />
        <source>This photo may be published.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="110" />
        <source>Withheld from stories: {why}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="54" />
        <source>Preferences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="57" />
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="83" />
        <source>This computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="88" />
        <source>Follow the system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="89" />
        <source>Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="90" />
        <source>Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="66" />
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="95" />
        <source>A&amp;ppearance:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="37" />
        <source>System language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="67" />
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="104" />
        <source>&amp;Interface language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="107" />
        <source>A new interface language applies the next time the app starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="68" />
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="113" />
        <source>S&amp;ync with HQ automatically</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="117" />
        <source>Send changes to HQ a few seconds after they are made and fetch everyone else's every few minutes, while signed in. Sync Now works either way.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="65" />
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="135" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="125" />
        <source>&amp;Quiet: no desktop notifications of what is due today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="212" />
        <source>Edit organization details</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="332" />
        <source>Row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="332" />
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="332" />
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="332" />
        <source>Problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="339" />
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="340" />
        <source>Merge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="341" />
        <source>Merge (nothing new)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="342" />
        <source>Skip (duplicate)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="343" />
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="350" />
        <source>Column “{column}”: {message}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="386" />
        <source>Check before importing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="388" />
        <source>Nothing is saved yet. Each row of the file, and what the import does with it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="391" />
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="398" />
        <source>Rows of the file and what the import does</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="409" />
        <source>&amp;Merge duplicates into the saved records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="411" />
        <source>Lea&amp;ve duplicates out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="418" />
        <source>&amp;Skip the rows with problems and import the rest</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="456" />
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>Checking %n row…</numerusform><numerusform>Checking %n rows…</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="467" />
        <source>Row {number}: {details}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="487" />
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform><numerusform>%n new</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="491" />
        <source>%n to merge</source>
        <translation>
            <numerusform>%n to merge</numerusform><numerusform>%n to merge</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="496" />
        <source>%n duplicate(s) left out</source>
        <translation>
            <numerusform>%n duplicate left out</numerusform><numerusform>%n duplicates left out</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="498" />
        <source>%n with problems</source>
        <translation>
            <numerusform>%n with problems</numerusform><numerusform>%n with problems</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="501" />
        <source>%n row(s): </source>
        <translation>
            <numerusform>%n row: </numerusform><numerusform>%n rows: </numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="503" />
        <source>Not imported: {columns}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="508" />
        <source>Correct the rows with problems in the file and import it again, or tick “Skip the rows with problems”.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="544" />
        <source>Importing %n row(s)…</source>
        <translation>
            <numerusform>Importing %n row…</numerusform><numerusform>Importing %n rows…</numerusform></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../sistercommittee/ui/printing.py" line="49" />
        <source>Reading the list…</source>
        <extracomment>A list of more columns than this is printed across the page.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/printing.py" line="83" />
        <source>Printed {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/printing.py" line="86" />
        <source>Rows: {count}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/printing.py" line="143" />
        <source>Print {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/printing.py" line="174" />
        <source>Preparing {title} for printing…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/rates_dialog.py" line="40" />
        <source>Exchange Rates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/rates_dialog.py" line="44" />
        <source>The annual report adds the year's money up in US dollars with these rates: each currency's rate of the report's year, or else of the latest year before it. The report prints the rates and their years.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/rates_dialog.py" line="55" />
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/rates_dialog.py" line="55" />
        <source>Currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/rates_dialog.py" line="55" />
        <source>US$ for one unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/rates_dialog.py" line="55" />
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/rates_dialog.py" line="62" />
        <source>Exchange rates entered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/rates_dialog.py" line="73" />
        <source>&amp;Enter Rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/rates_dialog.py" line="77" />
        <source>&amp;Delete Rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/rates_dialog.py" line="86" />
        <source>&amp;Close</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/record_dialog.py" line="91" />
        <source>Fields marked * are required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/record_dialog.py" line="41" />
        <location filename="../../sistercommittee/ui/dialogs/record_dialog.py" line="100" />
        <location filename="../../sistercommittee/ui/dialogs/record_dialog.py" line="194" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/record_dialog.py" line="102" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/record_dialog.py" line="173" />
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/review_dialog.py" line="48" />
        <source>Approve Hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/review_dialog.py" line="48" />
        <source>Decline Hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/review_dialog.py" line="63" />
        <source>&amp;Coordinator:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/review_dialog.py" line="66" />
        <source>&amp;Note:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/review_dialog.py" line="66" />
        <source>&amp;Reason:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/review_dialog.py" line="78" />
        <source>&amp;Approve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/review_dialog.py" line="78" />
        <source>&amp;Decline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/review_dialog.py" line="101" />
        <source>Hours approved ({count}): they count from now on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/review_dialog.py" line="103" />
        <source>Hours declined ({count}): they do not count.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="98" />
        <source>Change Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="101" />
        <source>The role of {email}:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="103" />
        <source>&amp;Role:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="104" />
        <source>&amp;Change Role</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../sistercommittee/ui/role_guard.py" line="24" />
        <source>Your HQ account is read-only: you see the organization's records but cannot change them. A coordinator can change your role on the Members page.</source>
        <extracomment>Pages whose New / Edit / Delete change no record of the organization.</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchPalette</name>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="56" />
        <source>Search Everything</source>
        <extracomment>Keys typed into the search field that move through the hits instead.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="57" />
        <location filename="../../sistercommittee/ui/search_palette.py" line="71" />
        <source>Search everything</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="69" />
        <source>Partner cities, volunteers, events, exchanges, contacts, emails…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="79" />
        <source>Records found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="186" />
        <source>Type two letters or more. ↑ ↓ choose, Enter opens, Esc closes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="188" />
        <source>Nothing matches “{term}”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="190" />
        <source>{shown} of {total} records; ↓ past the last shows more.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/search_palette.py" line="194" />
        <source>%n record(s) found.</source>
        <translation>
            <numerusform>%n record found.</numerusform><numerusform>%n records found.</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="240" />
        <source>Partnership</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="241" />
        <source>Volunteer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="242" />
        <source>Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="243" />
        <source>Exchange</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="244" />
        <source>MOU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="245" />
        <source>Partner contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="246" />
        <source>Exchange participant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="247" />
        <source>Host family</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchPicker</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/pickers.py" line="45" />
        <source>Type part of a name</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ServiceOp</name>
    <message>
        <location filename="../../sistercommittee/ui/ops.py" line="229" />
        <source>Please wait</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/ops.py" line="235" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/sign_in_dialog.py" line="50" />
        <source>Sign In to HQ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/sign_in_dialog.py" line="54" />
        <source>Your password is used once; this laptop then keeps a token in the system's secure store.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/sign_in_dialog.py" line="76" />
        <source>&amp;Server:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/sign_in_dialog.py" line="77" />
        <source>&amp;Email:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/sign_in_dialog.py" line="78" />
        <source>&amp;Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/sign_in_dialog.py" line="103" />
        <location filename="../../sistercommittee/ui/dialogs/sign_in_dialog.py" line="212" />
        <source>Sign &amp;In</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/sign_in_dialog.py" line="106" />
        <source>&amp;Forgot Password?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/sign_in_dialog.py" line="141" />
        <source>Signing in…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/sign_in_dialog.py" line="212" />
        <source>Sign in with what you typed?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../sistercommittee/ui/startup.py" line="55" />
        <source>Opening {file}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/startup.py" line="106" />
        <source>{path} could not be opened because of an unexpected problem.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/startup.py" line="114" />
        <source>The database cannot be opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/startup.py" line="117" />
        <source>Choose another database file, or start a new one. If this file holds your committee's records, keep it: a backup copy or the person who set up the computer can help. Details are in the log file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/startup.py" line="125" />
        <source>Choose Another File…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/startup.py" line="129" />
        <source>Start a New Database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/startup.py" line="132" />
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/database_files.py" line="74" />
        <source>Open a SisterCommittee Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/database_files.py" line="76" />
        <source>SisterCommittee databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/database_files.py" line="92" />
        <source>New SisterCommittee Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/database_files.py" line="94" />
        <source>SisterCommittee databases (*.sqlite)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StoriesPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="59" />
        <source>Tell the story &amp;of:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="61" />
        <source>&amp;Draft Story</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="63" />
        <source>Start a story with a text drafted from the record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="85" />
        <source>&amp;Add Photos…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="87" />
        <source>Who Is &amp;In It…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="89" />
        <source>Record who is in the chosen photo and whether they agreed to publication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="92" />
        <source>&amp;Save Story</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="95" />
        <source>Export &amp;PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="97" />
        <source>Export as &amp;Web Page…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="99" />
        <source>Send to H&amp;Q</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="108" />
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="110" />
        <source>Te&amp;xt:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="112" />
        <source>Photos:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="148" />
        <source>Stories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="151" />
        <source>New Story…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="174" />
        <source>Deleted the story (Ctrl+Z brings it back).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="180" />
        <source>Delete Story</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="217" />
        <source> · sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="243" />
        <source>Choose the event or exchange the story tells of.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="263" />
        <source>Drafted from the record: make it yours, choose photos, then Save Story.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="287" />
        <source>Sent to HQ on {day}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="289" />
        <source>Not sent to HQ yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="315" />
        <source>May be published</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="319" />
        <source>{name} (withheld)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="321" />
        <source>Cannot be published: {why}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="345" />
        <source>Add Photos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="347" />
        <source>Photos (*.jpg *.jpeg *.png *.webp *.JPG *.JPEG *.PNG *.WEBP)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="367" />
        <source>Added {count} photo(s). Record who is in each with Who Is In It.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="381" />
        <source>Choose a photo first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="414" />
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="431" />
        <source>Export PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="433" />
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="443" />
        <source>Wrote {path}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="454" />
        <source>Export as Web Page (a folder)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="467" />
        <source>Wrote {path} with its images.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="480" />
        <source>Sending to HQ…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="487" />
        <source>Sent to HQ: it is listed there for the newsletter.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SubList</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sub_list.py" line="143" />
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sub_list.py" line="148" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sub_list.py" line="153" />
        <source>Remove the selected rows ({key} in the list)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="580" />
        <source>Imported</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="593" />
        <source>%n record(s) added.</source>
        <translation>
            <numerusform>%n record added.</numerusform><numerusform>%n records added.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="596" />
        <source>%n record(s) filled in from duplicate rows.</source>
        <translation>
            <numerusform>%n record filled in from duplicate rows.</numerusform><numerusform>%n records filled in from duplicate rows.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="599" />
        <source>%n duplicate row(s) brought nothing new.</source>
        <translation>
            <numerusform>%n duplicate row brought nothing new.</numerusform><numerusform>%n duplicate rows brought nothing new.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="602" />
        <source>%n duplicate row(s) left out.</source>
        <translation>
            <numerusform>%n duplicate row left out.</numerusform><numerusform>%n duplicate rows left out.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="607" />
        <source>%n row(s) not imported because of problems, at row number(s) {rows}.</source>
        <translation>
            <numerusform>%n row not imported because of problems, at row number {rows}.</numerusform><numerusform>%n rows not imported because of problems, at row numbers {rows}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="613" />
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform><numerusform> and %n more</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="622" />
        <source>The records as they were before the import are kept as a backup (File &gt; Backups…).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="65" />
        <source>Sync</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/sync.py" line="68" />
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n conflict to review</numerusform><numerusform>%n conflicts to review</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="73" />
        <source>No conflicts to review: this laptop has not synced yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="74" />
        <source>No conflicts: every change merged cleanly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="78" />
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="79" />
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="81" />
        <source>Edit that lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="84" />
        <source>Value kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="88" />
        <source>Changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="92" />
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="110" />
        <source>Open conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="111" />
        <source>Also resolved ones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="112" />
        <source>Which conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="118" />
        <source>S&amp;ync Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="119" />
        <source>Sign &amp;In…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="120" />
        <source>Sign &amp;Out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="122" />
        <source>&amp;Restore Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="125" />
        <source>&amp;Keep Current</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="164" />
        <source>Signed in to {server} as {email} ({organization}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="168" />
        <source>This laptop is not signed in to HQ: its changes stay here until it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="170" />
        <source>Last synced {when}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="174" />
        <source>Never synced.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/sync.py" line="178" />
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n change waiting to be sent.</numerusform><numerusform>%n changes waiting to be sent.</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="202" />
        <source>Syncing with HQ now…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="207" />
        <source>Automatic sync is off (Preferences): changes go to HQ when you press Sync Now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="210" />
        <source>HQ cannot be reached: this laptop keeps trying by itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="213" />
        <source>Changes are sent to HQ by themselves a few seconds after you make them, and everyone else's are fetched every few minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="219" />
        <source>Next try at {when}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="239" />
        <source>Synced: {sent} sent, {received} received, {conflicts} new conflicts.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncStatusButton</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="53" />
        <source>Sync state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="59" />
        <source>Trying again at {when}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="66" />
        <source>last synced {when}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="68" />
        <source>never synced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="74" />
        <source>Syncing: sending {done} of {total}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="76" />
        <source>Syncing: receiving {done} of {total}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="78" />
        <source>Syncing with HQ…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="80" />
        <source>Sending this laptop's changes to HQ and fetching everyone else's.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="83" />
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="109" />
        <source>Synced {when}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="85" />
        <source>Online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="87" />
        <source>Online: changes are sent to HQ by themselves.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="89" />
        <source>Offline · {last}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="90" />
        <source>HQ cannot be reached.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="93" />
        <source>Sync problem · {last}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="97" />
        <source>Not signed in to HQ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="98" />
        <source>Sign in on the Sync page to share changes with HQ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="100" />
        <source>Update the app to sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="103" />
        <source>Automatic sync off · {last}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="104" />
        <source>Switched off in Preferences; Sync Now on the Sync page still works.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="107" />
        <source>Sync: checking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="111" />
        <source>The first sync starts in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="115" />
        <source>%n change(s) not yet sent</source>
        <translation>
            <numerusform>%n change not yet sent</numerusform><numerusform>%n changes not yet sent</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="117" />
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n conflict to review</numerusform><numerusform>%n conflicts to review</numerusform></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/charts.py" line="251" />
        <source>No signed partnerships yet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TwoDaysWidget</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/two_days.py" line="62" />
        <source>No day chosen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/two_days.py" line="81" />
        <source>Both</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UpdateChecker</name>
    <message>
        <location filename="../../sistercommittee/ui/updates.py" line="70" />
        <source>The check for updates did not reach HQ: {why}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/updates.py" line="85" />
        <source>This laptop asks HQ which release is current once it is signed in (the Sync section).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/updates.py" line="94" />
        <source>SisterCommittee {current} is available; this is {installed}. Your committee's coordinator or HQ can tell you where to get it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/updates.py" line="103" />
        <source>SisterCommittee {installed} is the current release.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/updates.py" line="109" />
        <source>Check for Updates</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/volunteer_dialog.py" line="34" />
        <location filename="../../sistercommittee/ui/dialogs/volunteer_dialog.py" line="37" />
        <source>Separate several with commas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/volunteer_dialog.py" line="68" />
        <source>New Volunteer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/volunteer_dialog.py" line="71" />
        <source>Add volunteer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/volunteer_dialog.py" line="91" />
        <source>Edit Volunteer: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/volunteer_dialog.py" line="96" />
        <source>Edit volunteer {name}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="45" />
        <source>Double-click or press Enter to edit a volunteer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="48" />
        <source>Volunteers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="51" />
        <source>New &amp;Volunteer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="54" />
        <source>Search names, email, phone (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="57" />
        <source>%n volunteer(s)</source>
        <translation>
            <numerusform>%n volunteer</numerusform><numerusform>%n volunteers</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="61" />
        <source>No volunteer matches the search and filters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="62" />
        <source>No volunteers yet. Add the first one with New Volunteer (Ctrl+N).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="77" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="85" />
        <source>Family name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="91" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="367" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="92" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="368" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="93" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="369" />
        <source>Languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="95" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="370" />
        <source>Roles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="97" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="371" />
        <source>Skills</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="100" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="235" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="242" />
        <source>Hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="107" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="127" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="254" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="384" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="108" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="384" />
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="108" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="384" />
        <source>Inactive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="125" />
        <source>Active and inactive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="126" />
        <source>Active only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="126" />
        <source>Inactive only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="133" />
        <source>Any role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="133" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="138" />
        <source>Any language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="138" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="144" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="145" />
        <source>Skill</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="152" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="153" />
        <source>Committee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="178" />
        <source>&amp;New Volunteer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="181" />
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="190" />
        <source>Log Ho&amp;urs…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="184" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="208" />
        <source>De&amp;activate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="187" />
        <source>Mark the selected volunteers inactive (or active again)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="193" />
        <source>Log time a volunteer gave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="196" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="455" />
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="206" />
        <source>Re&amp;activate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="238" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="249" />
        <source>For</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="260" />
        <source>&amp;Log Hours…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="279" />
        <source>%n volunteer(s) selected.</source>
        <translation>
            <numerusform>%n volunteer selected.</numerusform><numerusform>%n volunteers selected.</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="281" />
        <source>Select a volunteer to see the details here.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="338" />
        <source>Remove %n hours entry(ies)</source>
        <translation>
            <numerusform>Remove %n hours entry(ies)</numerusform><numerusform>Remove %n hours entry(ies)</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="361" />
        <source>Yes, since {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="363" />
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="372" />
        <source>Committees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="373" />
        <source>Hours given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="374" />
        <source>May be contacted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="376" />
        <source>Emergency contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="425" />
        <source>Delete the volunteer {name}?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="426" />
        <source>Delete volunteer {name}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="428" />
        <source>Delete %n volunteer(s)?</source>
        <translation>
            <numerusform>Delete %n volunteer?</numerusform><numerusform>Delete %n volunteers?</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="429" />
        <source>Delete %n volunteer(s)</source>
        <translation>
            <numerusform>Delete %n volunteer</numerusform><numerusform>Delete %n volunteers</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="432" />
        <source>Their logged hours stay in the totals. Edit &gt; Undo brings them back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="449" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="456" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="487" />
        <source>Reactivate %n volunteer(s)</source>
        <translation>
            <numerusform>Reactivate %n volunteer</numerusform><numerusform>Reactivate %n volunteers</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="489" />
        <source>Deactivate %n volunteer(s)</source>
        <translation>
            <numerusform>Deactivate %n volunteer</numerusform><numerusform>Deactivate %n volunteers</numerusform></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="124" />
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="134" />
        <source>Welcome to SisterCommittee</source>
        <extracomment>The organization was made here (not sample data, not joined, not another file): the getting-started guide follows.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="142" />
        <source>Tell us about your committee to start. Everything stays on this computer. You can change these details later in Preferences.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="189" />
        <source>The records will be kept in {path}</source>
        <extracomment>Something was typed that creating the organization would keep.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="154" />
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="197" />
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="266" />
        <source>&amp;Create Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="155" />
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="201" />
        <source>Try with &amp;Sample Data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="204" />
        <source>Fill the database with a made-up committee to explore the app</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="156" />
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="208" />
        <source>&amp;Join from HQ…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="158" />
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="220" />
        <source>&amp;Open Another File…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="159" />
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="223" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="157" />
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="212" />
        <source>Join with an &amp;Invitation…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="215" />
        <source>Your coordinator invited you: type HQ's address and your invitation code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="265" />
        <source>Create the organization from the details you typed?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="310" />
        <source>Creating the database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="328" />
        <source>Making up a sample committee…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="362" />
        <source>You joined {organization} on HQ as {role}. HQ holds none of its records yet: this laptop is the first. Fill in the committee's details and choose Create Organization; they go to HQ at the first sync.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>picker</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/pickers.py" line="177" />
        <source>Type part of a volunteer's name or email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/pickers.py" line="183" />
        <source>Type part of the event's title</source>
        <translation type="unfinished" />
    </message>
</context>
<context><name>Forms</name><message><source>Income or expense</source><translation type="unfinished" /></message><message><source>income or expense</source><translation type="unfinished" /></message><message><source>Category</source><translation type="unfinished" /></message><message><source>Description</source><translation type="unfinished" /></message><message><source>Currency</source><translation type="unfinished" /></message><message><source>Planned amount</source><translation type="unfinished" /></message><message><source>in major units, e.g. 250 or 12.50</source><translation type="unfinished" /></message><message><source>Actual amount</source><translation type="unfinished" /></message><message><source>In kind</source><translation type="unfinished" /></message><message><source>yes for donated goods or services rather than money</source><translation type="unfinished" /></message><message><source>Title</source><translation type="unfinished" /></message><message><source>Kind</source><translation type="unfinished" /></message><message><source>Time zone</source><translation type="unfinished" /></message><message><source>IANA zone of the venue, e.g. America/Chicago; the times are read in it</source><translation type="unfinished" /></message><message><source>Start time</source><translation type="unfinished" /></message><message><source>date and time at the venue, e.g. 2026-04-11 10:00</source><translation type="unfinished" /></message><message><source>End time</source><translation type="unfinished" /></message><message><source>date and time at the venue; two hours after the start if left out</source><translation type="unfinished" /></message><message><source>Venue</source><translation type="unfinished" /></message><message><source>Attendance</source><translation type="unfinished" /></message><message><source>Youth attending</source><translation type="unfinished" /></message><message><source>how many of those attending were under 18</source><translation type="unfinished" /></message><message><source>Outcome</source><translation type="unfinished" /></message><message><source>how it went: notes for the annual report</source><translation type="unfinished" /></message><message><source>Trade mission</source><translation type="unfinished" /></message><message><source>yes when it was a trade or business mission</source><translation type="unfinished" /></message><message><source>Agreements signed</source><translation type="unfinished" /></message><message><source>business, university or municipal agreements signed, as a number</source><translation type="unfinished" /></message><message><source>Investment currency</source><translation type="unfinished" /></message><message><source>the currency of the investment; the organization's if left out</source><translation type="unfinished" /></message><message><source>Investment</source><translation type="unfinished" /></message><message><source>investment announced or made, in major units, e.g. 250000</source><translation type="unfinished" /></message><message><source>Jobs created</source><translation type="unfinished" /></message><message><source>jobs created as a result, as a number</source><translation type="unfinished" /></message><message><source>Partnerships</source><translation type="unfinished" /></message><message><source>ids of the partnerships the event concerns, comma-separated</source><translation type="unfinished" /></message><message><source>Role</source><translation type="unfinished" /></message><message><source>e.g. Set-up, Tea ceremony</source><translation type="unfinished" /></message><message><source>Shift start</source><translation type="unfinished" /></message><message><source>date and time at the venue; the event's start if left out</source><translation type="unfinished" /></message><message><source>Shift end</source><translation type="unfinished" /></message><message><source>date and time at the venue; the event's end if left out</source><translation type="unfinished" /></message><message><source>Volunteer</source><translation type="unfinished" /></message><message><source>id of the volunteer, if known</source><translation type="unfinished" /></message><message><source>Amount</source><translation type="unfinished" /></message><message><source>in major units, such as 12.50</source><translation type="unfinished" /></message><message><source>yes for goods or services given instead of money</source><translation type="unfinished" /></message><message><source>Direction</source><translation type="unfinished" /></message><message><source>inbound: a delegation visits us; outbound: our delegation travels</source><translation type="unfinished" /></message><message><source>Program</source><translation type="unfinished" /></message><message><source>Partnership</source><translation type="unfinished" /></message><message><source>the id of the partnership with the city visited or visiting</source><translation type="unfinished" /></message><message><source>Departure date</source><translation type="unfinished" /></message><message><source>the first day of the exchange</source><translation type="unfinished" /></message><message><source>Return date</source><translation type="unfinished" /></message><message><source>the last day of the exchange, when the delegation goes home</source><translation type="unfinished" /></message><message><source>Travel paid by</source><translation type="unfinished" /></message><message><source>who pays the journey: participant, host_committee, sending_committee, host_families, sponsor, shared</source><translation type="unfinished" /></message><message><source>Stay paid by</source><translation type="unfinished" /></message><message><source>who pays lodging and meals: participant, host_committee, sending_committee, host_families, sponsor, shared</source><translation type="unfinished" /></message><message><source>Notes</source><translation type="unfinished" /></message><message><source>Family name</source><translation type="unfinished" /></message><message><source>when the family is one of our volunteers' households</source><translation type="unfinished" /></message><message><source>Address</source><translation type="unfinished" /></message><message><source>Phone</source><translation type="unfinished" /></message><message><source>Email</source><translation type="unfinished" /></message><message><source>Capacity</source><translation type="unfinished" /></message><message><source>how many guests the family can take in at the same time</source><translation type="unfinished" /></message><message><source>where the item takes place; the partner city's zone on an outbound exchange</source><translation type="unfinished" /></message><message><source>Place</source><translation type="unfinished" /></message><message><source>one of our volunteers; leave empty for someone from outside</source><translation type="unfinished" /></message><message><source>Name</source><translation type="unfinished" /></message><message><source>for someone who is not one of our volunteers</source><translation type="unfinished" /></message><message><source>Youth (under 18)</source><translation type="unfinished" /></message><message><source>volunteer's id</source><translation type="unfinished" /></message><message><source>Event</source><translation type="unfinished" /></message><message><source>id of the event the time was for</source><translation type="unfinished" /></message><message><source>Activity</source><translation type="unfinished" /></message><message><source>what the time was for, if no event</source><translation type="unfinished" /></message><message><source>Date worked</source><translation type="unfinished" /></message><message><source>Hours</source><translation type="unfinished" /></message><message><source>e.g. 2.5, 2:30 or 2h30</source><translation type="unfinished" /></message><message><source>Kind of work</source><translation type="unfinished" /></message><message><source>Logged by the volunteer</source><translation type="unfinished" /></message><message><source>yes: the volunteer logged it; it counts once a coordinator approves it</source><translation type="unfinished" /></message><message><source>the partnership's id, or its city name</source><translation type="unfinished" /></message><message><source>Signing date</source><translation type="unfinished" /></message><message><source>Place of signing</source><translation type="unfinished" /></message><message><source>in English</source><translation type="unfinished" /></message><message><source>Place of signing in the partner's language</source><translation type="unfinished" /></message><message><source>as printed in the partner's column, e.g. 高山市役所</source><translation type="unfinished" /></message><message><source>Our city in the partner's language</source><translation type="unfinished" /></message><message><source>our city's name as the partner's language writes it, e.g. スプリングフィールド市</source><translation type="unfinished" /></message><message><source>Languages</source><translation type="unfinished" /></message><message><source>BCP 47 codes of its text, e.g. 'en, ja'; ours and the partner's if not given</source><translation type="unfinished" /></message><message><source>Side</source><translation type="unfinished" /></message><message><source>home (our city) or partner</source><translation type="unfinished" /></message><message><source>in Latin letters</source><translation type="unfinished" /></message><message><source>Name in the partner's script</source><translation type="unfinished" /></message><message><source>in English, e.g. Mayor</source><translation type="unfinished" /></message><message><source>Title</source><comment>signatory</comment><translation type="unfinished" /></message><message><source>Title in the partner's language</source><translation type="unfinished" /></message><message><source>Position</source><translation type="unfinished" /></message><message><source>order among the signatories of the same side; next free if not given</source><translation type="unfinished" /></message><message><source>Left office on</source><translation type="unfinished" /></message><message><source>when the signatory left office, if they have</source><translation type="unfinished" /></message><message><source>Organization name</source><translation type="unfinished" /></message><message><source>Home city</source><translation type="unfinished" /></message><message><source>Region or state</source><translation type="unfinished" /></message><message><source>Country</source><translation type="unfinished" /></message><message><source>SCI member number</source><translation type="unfinished" /></message><message><source>Language</source><translation type="unfinished" /></message><message><source>IANA zone such as America/Chicago; by default the home city's</source><translation type="unfinished" /></message><message><source>List our partnerships in HQ's directory</source><translation type="unfinished" /></message><message><source>HQ shows your partnerships, city and public contact to other members</source><translation type="unfinished" /></message><message><source>Public contact</source><translation type="unfinished" /></message><message><source>An email or web address shown in HQ's directory</source><translation type="unfinished" /></message><message><source>Title</source><comment>contact</comment><translation type="unfinished" /></message><message><source>Organization</source><translation type="unfinished" /></message><message><source>a number in the partner's country</source><translation type="unfinished" /></message><message><source>the partner's language if not given</source><translation type="unfinished" /></message><message><source>Waiting for a reply since</source><translation type="unfinished" /></message><message><source>when we wrote without an answer yet; clear it once they answer</source><translation type="unfinished" /></message><message><source>City name</source><translation type="unfinished" /></message><message><source>Local city name</source><translation type="unfinished" /></message><message><source>as the city writes it, e.g. 高山市</source><translation type="unfinished" /></message><message><source>Region</source><translation type="unfinished" /></message><message><source>prefecture, state or province</source><translation type="unfinished" /></message><message><source>Partner's language</source><translation type="unfinished" /></message><message><source>BCP 47 code; the country's main language if not given</source><translation type="unfinished" /></message><message><source>Partner's time zone</source><translation type="unfinished" /></message><message><source>the country's main zone if not given</source><translation type="unfinished" /></message><message><source>Status</source><translation type="unfinished" /></message><message><source>only when adding; later use change status, which keeps the history</source><translation type="unfinished" /></message><message><source>Focus areas</source><translation type="unfinished" /></message><message><source>Dates to mark</source><translation type="unfinished" /></message><message><source>the partner city's own days, e.g. 04-14 Spring Festival, 1936-11-01 founding (with a year, its anniversaries count); comma-separated</source><translation type="unfinished" /></message><message><source>Committee</source><translation type="unfinished" /></message><message><source>languages spoken at home</source><translation type="unfinished" /></message><message><source>Pets</source><translation type="unfinished" /></message><message><source>such as 'a dog, two cats'; empty for none</source><translation type="unfinished" /></message><message><source>Can host from</source><translation type="unfinished" /></message><message><source>the first night the family can take guests</source><translation type="unfinished" /></message><message><source>Can host until</source><translation type="unfinished" /></message><message><source>the day the last guest leaves</source><translation type="unfinished" /></message><message><source>Takes guests</source><translation type="unfinished" /></message><message><source>any, female or male</source><translation type="unfinished" /></message><message><source>Takes minors</source><translation type="unfinished" /></message><message><source>Date of birth</source><translation type="unfinished" /></message><message><source>tells minors apart and their age on the first day</source><translation type="unfinished" /></message><message><source>Gender</source><translation type="unfinished" /></message><message><source>female, male or other; for homestays</source><translation type="unfinished" /></message><message><source>languages the person speaks, such as ja, en (a volunteer's own are added)</source><translation type="unfinished" /></message><message><source>Allergies</source><translation type="unfinished" /></message><message><source>food and animal allergies, such as 'peanuts; cats'</source><translation type="unfinished" /></message><message><source>Medical notes</source><translation type="unfinished" /></message><message><source>Passport number</source><translation type="unfinished" /></message><message><source>only if the committee needs it; purged for minors after the trip</source><translation type="unfinished" /></message><message><source>Passport valid until</source><translation type="unfinished" /></message><message><source>Nationality</source><translation type="unfinished" /></message><message><source>the passport's country</source><translation type="unfinished" /></message><message><source>Emergency contact</source><translation type="unfinished" /></message><message><source>who to call at home, with the number</source><translation type="unfinished" /></message><message><source>Year</source><translation type="unfinished" /></message><message><source>the year the rate is for</source><translation type="unfinished" /></message><message><source>US dollars for one unit</source><translation type="unfinished" /></message><message><source>e.g. 0.25 for the Polish złoty, 0.0067 for the Japanese yen</source><translation type="unfinished" /></message><message><source>Source</source><translation type="unfinished" /></message><message><source>where the rate was read, e.g. IRS yearly average</source><translation type="unfinished" /></message><message><source>Given name</source><translation type="unfinished" /></message><message><source>tag:level pairs, e.g. 'ja:fluent, en:native'</source><translation type="unfinished" /></message><message><source>Roles</source><translation type="unfinished" /></message><message><source>Skills</source><translation type="unfinished" /></message><message><source>Committees</source><translation type="unfinished" /></message><message><source>Consent to be contacted</source><translation type="unfinished" /></message><message><source>Consent date</source><translation type="unfinished" /></message><message><source>Emergency contact phone</source><translation type="unfinished" /></message><message><source>Active</source><translation type="unfinished" /></message></context><context><name>MeetingTimesDialog</name><message><source>&amp;Day (ours):</source><translation type="unfinished" /></message><message><source>S&amp;how</source><translation type="unfinished" /></message><message><source>Hours in &amp;common:</source><translation type="unfinished" /></message><message><source>Dark green: at work (8:00–18:00 on weekdays); light green: awake (7:00–22:00); grey: asleep. In the middle, blue: both at work; light blue: both awake.</source><translation type="unfinished" /></message><message><source>Chosen:</source><translation type="unfinished" /></message><message><source> minutes</source><translation type="unfinished" /></message><message><source>&amp;Length:</source><translation type="unfinished" /></message><message><source>&amp;Title:</source><translation type="unfinished" /></message><message><source>&amp;Create Event</source><translation type="unfinished" /></message><message><source>Both at work</source><translation type="unfinished" /></message><message><source>Both awake</source><translation type="unfinished" /></message><message><source>No hour when both cities are awake on this day.</source><translation type="unfinished" /></message><message><source>Pick a half hour on the picture or a slot in the list.</source><translation type="unfinished" /></message><message><source>one of the cities is asleep then</source><translation type="unfinished" /></message><message><source>Meeting Times with {city}</source><translation type="unfinished" /></message><message><source>Video call with {city}</source><translation type="unfinished" /></message><message><source>Make a call with {city}</source><translation type="unfinished" /></message><message><source>The event is on the Events page: {text}</source><translation type="unfinished" /></message></context><context><name>PlannerDialogs</name><message><source>New Checklist Item</source><translation type="unfinished" /></message><message><source>Add checklist item</source><translation type="unfinished" /></message><message><source>Not recorded</source><translation type="unfinished" /></message><message><source>such as ja, en</source><translation type="unfinished" /></message><message><source>such as en, es</source><translation type="unfinished" /></message><message><source>Visa Lead Times</source><translation type="unfinished" /></message><message><source>How many days before departure to apply for a visa in each destination. The defaults are planning estimates from the consulates' published processing times: check them with the embassy. Your figures sync to every laptop.</source><translation type="unfinished" /></message><message><source>&amp;Change…</source><translation type="unfinished" /></message><message><source>&amp;Add a Country…</source><translation type="unfinished" /></message><message><source>Use the &amp;Default</source><translation type="unfinished" /></message><message><source>ours</source><translation type="unfinished" /></message><message><source>default, to check</source><translation type="unfinished" /></message><message><source>general default</source><translation type="unfinished" /></message><message><source>Visa Lead Time of Another Country</source><translation type="unfinished" /></message><message><source>Add a visa lead time</source><translation type="unfinished" /></message><message><source>Privacy of Minors' Data</source><translation type="unfinished" /></message><message><source>Change the privacy setting</source><translation type="unfinished" /></message><message><source>such as Book the bus to the airport</source><translation type="unfinished" /></message><message><source>Minors' details are purged a set time after the trip.</source><translation type="unfinished" /></message><message><source>Country</source><translation type="unfinished" /></message><message><source>Days</source><translation type="unfinished" /></message><message><source>Visa</source><translation type="unfinished" /></message><message><source>Figure</source><translation type="unfinished" /></message><message><source>Note</source><translation type="unfinished" /></message><message><source>Passport numbers, medical notes and consent forms of minors are purged this many days after each trip, on every laptop.</source><translation type="unfinished" /></message><message><source>Female</source><translation type="unfinished" /></message><message><source>Male</source><translation type="unfinished" /></message><message><source>Other</source><translation type="unfinished" /></message><message><source>Planning Details: {name}</source><translation type="unfinished" /></message><message><source>Edit planning details of {name}</source><translation type="unfinished" /></message><message><source>Hosting Details: {name}</source><translation type="unfinished" /></message><message><source>Edit hosting details of {name}</source><translation type="unfinished" /></message><message><source>Visa Lead Time: {country}</source><translation type="unfinished" /></message><message><source>Change the visa lead time of {country}</source><translation type="unfinished" /></message><message><source>Any</source><translation type="unfinished" /></message><message><source>Female only</source><translation type="unfinished" /></message><message><source>Male only</source><translation type="unfinished" /></message><message><source>needed</source><translation type="unfinished" /></message><message><source>not needed</source><translation type="unfinished" /></message></context><context><name>Opening</name><message><source>No Program to Open the File</source><translation type="unfinished" /></message><message><source>Save a copy to open it later or on another computer, or show the folder it is in. Installing a PDF viewer (for example Evince or Okular) lets “Open” work next time.</source><translation type="unfinished" /></message><message><source>Show the &amp;Folder</source><translation type="unfinished" /></message><message><source>The Folder</source><translation type="unfinished" /></message><message><source>This computer has no file manager set up. The folder is:</source><translation type="unfinished" /></message><message><source>&amp;Save a Copy…</source><translation type="unfinished" /></message><message><source>This computer has no program set up to open {file}.</source><translation type="unfinished" /></message></context><context><name>ExchangePlanner</name><message><source>done</source><translation type="unfinished" /></message><message><source>overdue</source><translation type="unfinished" /></message><message><source>due soon</source><translation type="unfinished" /></message><message><source>open</source><translation type="unfinished" /></message><message><source>not done</source><translation type="unfinished" /></message><message><source>Ne&amp;w Item…</source><translation type="unfinished" /></message><message><source>E&amp;mergency Sheet…</source><translation type="unfinished" /></message><message><source>P&amp;urge Minors' Data…</source><translation type="unfinished" /></message><message><source>Visa &amp;Lead Times…</source><translation type="unfinished" /></message><message><source>P&amp;rivacy…</source><translation type="unfinished" /></message><message><source>Select an exchange to see its checklist.</source><translation type="unfinished" /></message><message><source>No minors in this delegation: nothing to purge after the trip.</source><translation type="unfinished" /></message><message><source>No personal data of minors is kept for this exchange.</source><translation type="unfinished" /></message><message><source>emergency-sheet.pdf</source><translation type="unfinished" /></message><message><source>Save the Emergency Sheet</source><translation type="unfinished" /></message><message><source>PDF files (*.pdf)</source><translation type="unfinished" /></message><message><source>Purge the personal data of this exchange's minors?</source><translation type="unfinished" /></message><message><source>&amp;Purge</source><translation type="unfinished" /></message><message><source>&amp;Accept Suggestion</source><translation type="unfinished" /></message><message><source>Accept A&amp;ll</source><translation type="unfinished" /></message><message><source>Select an exchange to see homestay suggestions.</source><translation type="unfinished" /></message><message><source>Item</source><translation type="unfinished" /></message><message><source>Due</source><translation type="unfinished" /></message><message><source>Status</source><translation type="unfinished" /></message><message><source>{done} of {total} done</source><translation type="unfinished" /></message><message><source>Minors' personal data will be purged on {day} (minors with data kept: {n}).</source><translation type="unfinished" /></message><message><source>Passport numbers, dates of birth, medical notes, allergies, contacts and consent ticks of the minors ({n}) are cleared on every laptop. The participants stay, so the exchange's counts do not change. This cannot be undone.</source><translation type="unfinished" /></message><message><source>Guest and reasons</source><translation type="unfinished" /></message><message><source>Family</source><translation type="unfinished" /></message><message><source>departure {day}</source><translation type="unfinished" /></message><message><source>Minors' personal data was purged on {day} ({fields} fields, {rows} records).</source><translation type="unfinished" /></message><message><source>Minors' personal data was due to be purged on {day}: purge it now (minors with data kept: {n}).</source><translation type="unfinished" /></message><message><source>Purge minors' data now, before {day}?</source><translation type="unfinished" /></message><message><source>Placed: {placed} · suggested: {suggested} · no family fits: {left} · conflicts: {conflicts}. Nothing is placed until you accept.</source><translation type="unfinished" /></message><message><source>Done on {day}</source><translation type="unfinished" /></message><message><source>{n} overdue</source><translation type="unfinished" /></message><message><source>Deadline: {why}</source><translation type="unfinished" /></message><message><source>emergency sheet saved as {name}</source><translation type="unfinished" /></message><message><source>Suggested ({n})</source><translation type="unfinished" /></message><message><source>Conflicts in the stays recorded ({n})</source><translation type="unfinished" /></message><message><source>No family fits ({n})</source><translation type="unfinished" /></message><message><source>Placed ({n})</source><translation type="unfinished" /></message><message><source>check: {problem}</source><translation type="unfinished" /></message><message><source>Placed</source><translation type="unfinished" /></message><message><source>by {name}</source><translation type="unfinished" /></message><message><source>Making the emergency sheet</source><translation type="unfinished" /></message></context><context><name>Outcomes</name><message><source>Trade mission</source><translation type="unfinished" /></message><message><source>yes</source><translation type="unfinished" /></message><message><source>Agreements signed</source><translation type="unfinished" /></message><message><source>Investment</source><translation type="unfinished" /></message><message><source>Jobs created</source><translation type="unfinished" /></message></context><context><name>Renewal</name><message><source>Save the Renewal Certificate</source><translation type="unfinished" /></message><message><source>PDF documents (*.pdf)</source><translation type="unfinished" /></message><message><source>Renewal certificate {city} {year}.pdf</source><translation type="unfinished" /></message><message><source>Making the renewal certificate…</source><translation type="unfinished" /></message><message><source>Saved the renewal certificate to {path}.</source><translation type="unfinished" /></message></context></TS>