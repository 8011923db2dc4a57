<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name />
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="172" />
        <source>MOU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="194" />
        <source>&amp;Save Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="201" />
        <source>Signatories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="205" />
        <source>For</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="209" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="210" />
        <source>Local name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="211" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="212" />
        <source>Local title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="221" />
        <source>Si&amp;gnatories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="223" />
        <source>Texts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="227" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="233" />
        <source>Beginning of the text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="244" />
        <source>Te&amp;xts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="246" />
        <source>Scans</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="248" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="251" />
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="257" />
        <source>Attached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="262" />
        <source>&amp;Attach Scan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="268" />
        <source>&amp;Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="215" />
        <source>&amp;Add Signatory…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="238" />
        <source>&amp;Add Text…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="269" />
        <source>S&amp;cans</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="285" />
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="288" />
        <source>Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="324" />
        <source>not signed yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="325" />
        <source>MOU with {city} — {signed}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="326" />
        <source>MOU with {city}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="363" />
        <source>Edit MOU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="407" />
        <source>Save the changes to the signing details?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="421" />
        <source>New Signatory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="432" />
        <source>Add signatory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="439" />
        <source>Edit Signatory: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="445" />
        <source>Edit signatory {name}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="455" />
        <source>Remove %n signatory(ies)</source>
        <translation>
            <numerusform>Remove %n signatory(ies)</numerusform><numerusform>Remove %n signatory(ies)</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="498" />
        <source>MOU Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="500" />
        <source>MOU Text in {language}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="506" />
        <source>Set MOU text</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="535" />
        <source>Remove %n text(s)</source>
        <translation>
            <numerusform>Remove %n text</numerusform><numerusform>Remove %n texts</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="546" />
        <source>Attach Scans of the Signed MOU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="548" />
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="582" />
        <source>Attach %n scan(s)</source>
        <translation>
            <numerusform>Attach %n scan</numerusform><numerusform>Attach %n scans</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="585" />
        <source>Copying the scans…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="605" />
        <source>Remove %n scan(s)</source>
        <translation>
            <numerusform>Remove %n scan</numerusform><numerusform>Remove %n scans</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/edit_guard.py" line="49" />
        <source>EditGuard</source>
        <comment>Unsaved Changes</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/edit_guard.py" line="50" />
        <source>EditGuard</source>
        <comment>Save the changes you made?</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/edit_guard.py" line="51" />
        <source>EditGuard</source>
        <comment>If you discard them, what you typed is lost.</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/edit_guard.py" line="52" />
        <source>EditGuard</source>
        <comment>&amp;Save</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/edit_guard.py" line="53" />
        <source>EditGuard</source>
        <comment>&amp;Discard</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/edit_guard.py" line="54" />
        <source>EditGuard</source>
        <comment>Cancel</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="34" />
        <source>About {app}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="46" />
        <source>Partnerships, volunteers, events and exchanges of a sister city committee, on your own computer. Free software under the MIT License; the fonts it prints with are under the SIL Open Font License or the Apache License.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="57" />
        <source>{qt} (PySide6 {pyside})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="59" />
        <source>not installed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="62" />
        <source>Version:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="62" />
        <source> (bundle)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="63" />
        <source>Python:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="64" />
        <source>Qt:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="65" />
        <source>SQLite:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="66" />
        <source>System:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="67" />
        <source>Log folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="81" />
        <source>&amp;Open Log Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="84" />
        <source>&amp;Copy Versions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="86" />
        <source>For a message about a problem</source>
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
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="134" />
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="202" />
        <source>Dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="142" />
        <source>Active partnerships</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="143" />
        <source>Active volunteers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="144" />
        <source>Volunteer hours this year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="145" />
        <source>Upcoming events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="146" />
        <source>People exchanged this year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="147" />
        <source>Partnerships quiet for a year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="160" />
        <source>Volunteer hours per year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="163" />
        <source>People exchanged per year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="163" />
        <source>Adults</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="163" />
        <source>Youth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="167" />
        <source>Partnerships by status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="171" />
        <source>Hours this year by kind of work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="180" />
        <source>Partnerships by year signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="224" />
        <source>of {total} in all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="228" />
        <source>{people} gave time this year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="232" />
        <source>last year {hours}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="238" />
        <source>{events} events in all</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="242" />
        <source>{youth} young, in %n exchange(s)</source>
        <translation>
            <numerusform>{youth} young, in %n exchange</numerusform><numerusform>{youth} young, in %n exchanges</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="247" />
        <source>no event or exchange since a year ago</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="323" />
        <source>%n shift(s) open</source>
        <translation>
            <numerusform>%n shift open</numerusform><numerusform>%n shifts open</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="326" />
        <source>Nothing planned yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="332" />
        <source>last activity {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="336" />
        <source>no activity recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="348" />
        <source>No partnerships yet: add your first partner city on Partnerships.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="350" />
        <source>Every partnership has ended.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="351" />
        <source>Every partnership had an event or exchange in the last twelve months.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="339" />
        <source>Next events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="341" />
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
        <location filename="../../sistercommittee/ui/pages/documents.py" line="117" />
        <location filename="../../sistercommittee/ui/pages/documents.py" line="213" />
        <source>Documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="125" />
        <source>The certificate of a partnership, in English and the partner's language, with the signatories of its latest MOU.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="136" />
        <source>Partnership</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="138" />
        <source>&amp;Partnership:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="143" />
        <source>The partner's language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="146" />
        <source>Second &amp;language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="151" />
        <source>Usual for our country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="152" />
        <source>Letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="154" />
        <source>P&amp;aper:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="160" />
        <source>&amp;Make Certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="163" />
        <source>&amp;Open to View or Print</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="166" />
        <source>&amp;Save As…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="175" />
        <source>Annual report for &amp;year:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="183" />
        <source>Save Annual &amp;Report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="187" />
        <source>The year's partnerships, volunteers and hours, events and exchanges, as a PDF for the board and HQ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="205" />
        <source>Certificate preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="264" />
        <source>Laying out the certificate…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="269" />
        <source>Drawing the preview…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="285" />
        <source>The certificate is ready. Open it to look at it and print it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="288" />
        <source>Certificate of {city}: {size}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="289" />
        <source>Letter of intent with {city}: {size}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="290" />
        <source>Renewal certificate of {city}: {size}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="299" />
        <source>Making the certificate…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="319" />
        <source>Save the Certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="321" />
        <location filename="../../sistercommittee/ui/pages/documents.py" line="344" />
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="334" />
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="335" />
        <location filename="../../sistercommittee/ui/pages/documents.py" line="360" />
        <source>Saved to {path}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="342" />
        <source>Save the Annual Report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="343" />
        <source>Annual report {year}.pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="358" />
        <source>Making the annual report for {year}…</source>
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
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="60" />
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="61" />
        <source>On the venue's clock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="119" />
        <source>New Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="123" />
        <source>Add event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="144" />
        <source>Edit Event: {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="148" />
        <source>Edit event {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="173" />
        <source>Leave empty for an open shift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="174" />
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="177" />
        <source>On the venue's clock ({zone})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="186" />
        <source>New Shift at {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="194" />
        <source>Add shift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="203" />
        <source>Edit Shift: {role}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="207" />
        <source>Edit shift {role}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="258" />
        <source>New Budget Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="269" />
        <source>Add budget line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="279" />
        <source>Edit Budget Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="285" />
        <source>Edit budget line</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="61" />
        <source>Events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="64" />
        <source>New E&amp;vent…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="67" />
        <source>Search titles and venues (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/events.py" line="70" />
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform><numerusform>%n events</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="74" />
        <source>No event matches the search and filters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="75" />
        <source>No events yet. Plan one with New Event.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="85" />
        <source>{filled} of {total}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="101" />
        <source>When (venue time)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="102" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="105" />
        <location filename="../../sistercommittee/ui/pages/events.py" line="150" />
        <location filename="../../sistercommittee/ui/pages/events.py" line="410" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="110" />
        <location filename="../../sistercommittee/ui/pages/events.py" line="411" />
        <source>Venue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="113" />
        <location filename="../../sistercommittee/ui/pages/events.py" line="417" />
        <source>Partner cities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="119" />
        <location filename="../../sistercommittee/ui/pages/events.py" line="413" />
        <source>Attendance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="126" />
        <source>Shifts filled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="142" />
        <source>Past and upcoming</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="143" />
        <source>Upcoming</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="143" />
        <source>Past</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="144" />
        <location filename="../../sistercommittee/ui/pages/events.py" line="408" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="150" />
        <source>Any kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="155" />
        <source>Any partner city</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="155" />
        <source>Partnership</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="162" />
        <source>From date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="164" />
        <source>Fro&amp;m</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="203" />
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="259" />
        <source>&amp;Add Shift…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="267" />
        <source>Leave O&amp;pen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="317" />
        <source>&amp;Add Budget Line…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="167" />
        <source>To date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="169" />
        <source>&amp;To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="201" />
        <source>&amp;New Event…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="206" />
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="227" />
        <source>&amp;Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="230" />
        <source>Shifts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="232" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="235" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="241" />
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="247" />
        <source>Hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="254" />
        <source>Volunteer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="255" />
        <source>— open —</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="265" />
        <source>No shifts planned: add the jobs people will do.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="270" />
        <source>&amp;Log Hours for Staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="274" />
        <source>Log the time of everyone on the selected shifts (all shifts when none is selected)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="278" />
        <source>&amp;Staffing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="281" />
        <source>Budget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="285" />
        <source>Income/expense</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="291" />
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="296" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="300" />
        <source>Planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="307" />
        <source>Actual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="313" />
        <source>In kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="313" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="327" />
        <source>&amp;Budget</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/events.py" line="343" />
        <source>%n event(s) selected.</source>
        <translation>
            <numerusform>%n event selected.</numerusform><numerusform>%n events selected.</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="345" />
        <source>Select an event to see its times, staffing and budget.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="363" />
        <source>&amp;Staffing ({filled}/{total})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="367" />
        <source>{currency}: planned net {planned}, actual net {actual}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="386" />
        <source>{start} – {end} ({zone})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="409" />
        <source>On your clock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="420" />
        <source>Volunteer hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="421" />
        <source>{hours} h by {people}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="430" />
        <source>In the partner cities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="433" />
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="464" />
        <source>Delete the event {title}?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="465" />
        <source>Delete event {title}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/events.py" line="467" />
        <source>Delete %n event(s)?</source>
        <translation>
            <numerusform>Delete %n event?</numerusform><numerusform>Delete %n events?</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/events.py" line="468" />
        <source>Delete %n event(s)</source>
        <translation>
            <numerusform>Delete %n event</numerusform><numerusform>Delete %n events</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="470" />
        <source>Their shifts and budget go with them. Edit &gt; Undo brings them back.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/events.py" line="518" />
        <source>Remove %n shift(s)</source>
        <translation>
            <numerusform>Remove %n shift</numerusform><numerusform>Remove %n shifts</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/events.py" line="547" />
        <source>Leave %n shift(s) open</source>
        <translation>
            <numerusform>Leave %n shift open</numerusform><numerusform>Leave %n shifts open</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="583" />
        <source>Logged {hours} h for {names}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="590" />
        <source>Already logged before: {names}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="599" />
        <source>Log hours for the staff of {title}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/events.py" line="624" />
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
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="82" />
        <source>New Exchange</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="88" />
        <source>Add exchange</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="108" />
        <source>Edit Exchange: {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="114" />
        <source>Edit exchange {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="142" />
        <source>One of our volunteers; leave empty and give a name for someone else</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="150" />
        <source>New Participant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="161" />
        <source>Add participant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="169" />
        <source>Edit Participant: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="181" />
        <source>Edit participant {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="211" />
        <source>When the family is one of our volunteers' households</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="219" />
        <source>New Host Family</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="230" />
        <source>Add host family</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="238" />
        <source>Edit Host Family: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="250" />
        <source>Edit host family {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="319" />
        <source>Place a Guest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="323" />
        <source>Place a guest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="326" />
        <source>The day the guest moves on (not a night of the stay)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="353" />
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="354" />
        <source>On the local clock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="366" />
        <source>New Itinerary Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="377" />
        <source>Add itinerary item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="384" />
        <source>Edit Itinerary Item: {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="396" />
        <source>Edit itinerary item {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="426" />
        <source>New Cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="432" />
        <source>Add cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="438" />
        <source>Edit Cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="442" />
        <source>Edit cost</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExchangesPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="58" />
        <source>Exchanges</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="61" />
        <source>New E&amp;xchange…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="64" />
        <source>Search titles and cities (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="67" />
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n exchange</numerusform><numerusform>%n exchanges</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="71" />
        <source>No exchange matches the search and filters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="72" />
        <source>No exchanges yet. Plan a delegation with New Exchange.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="81" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="433" />
        <source>Dates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="86" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="89" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="438" />
        <source>Partner city</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="95" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="131" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="441" />
        <source>Direction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="101" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="137" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="442" />
        <source>Program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="108" />
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="113" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="218" />
        <source>Youth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="114" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="242" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="449" />
        <source>Host families</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="129" />
        <source>Both directions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="137" />
        <source>Any program</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="142" />
        <source>Any partner city</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="142" />
        <source>Partnership</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="149" />
        <source>Any year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="151" />
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="180" />
        <source>&amp;New Exchange…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="182" />
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="232" />
        <source>&amp;Add Participant…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="255" />
        <source>&amp;Add Host Family…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="291" />
        <source>Hos&amp;ting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="302" />
        <source>&amp;Add Item…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="334" />
        <source>&amp;Add Cost…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="343" />
        <source>&amp;Costs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="185" />
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="204" />
        <source>&amp;Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="207" />
        <source>Participants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="209" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="212" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="219" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="225" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="330" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="224" />
        <source>Exchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="228" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="229" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="252" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="238" />
        <source>&amp;Participants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="244" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="269" />
        <source>Family</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="245" />
        <source>Beds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="248" />
        <source>Guests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="262" />
        <source>Place a &amp;Guest…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="266" />
        <source>Stays</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="268" />
        <source>Guest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="272" />
        <source>Nights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="273" />
        <source>{dates} ({n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="283" />
        <source>Remove Stay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="295" />
        <source>Itinerary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="297" />
        <source>When (local time)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="298" />
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="299" />
        <source>Where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="308" />
        <source>&amp;Itinerary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="311" />
        <source>Costs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="315" />
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="320" />
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="324" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="330" />
        <source>In kind</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="362" />
        <source>%n exchange(s) selected.</source>
        <translation>
            <numerusform>%n exchange selected.</numerusform><numerusform>%n exchanges selected.</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="364" />
        <source>Select an exchange to see its people, hosting, itinerary and costs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="385" />
        <source>&amp;Participants ({count})</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="389" />
        <source>{name} has no host for %n night(s).</source>
        <translation>
            <numerusform>{name} has no host for %n night.</numerusform><numerusform>{name} has no host for %n nights.</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="397" />
        <source>{currency}: {cash} in money, {kind} in kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="444" />
        <source>People exchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="445" />
        <source>{people}, of them {youth} young</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="453" />
        <source>Still without a host for some nights:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="483" />
        <source>Delete the exchange {title}?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="484" />
        <source>Delete exchange {title}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="486" />
        <source>Delete %n exchange(s)?</source>
        <translation>
            <numerusform>Delete %n exchange?</numerusform><numerusform>Delete %n exchanges?</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="487" />
        <source>Delete %n exchange(s)</source>
        <translation>
            <numerusform>Delete %n exchange</numerusform><numerusform>Delete %n exchanges</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="488" />
        <source>Edit &gt; Undo brings them back.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="530" />
        <source>Remove %n participant(s)</source>
        <translation>
            <numerusform>Remove %n participant</numerusform><numerusform>Remove %n participants</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="556" />
        <source>Remove %n host family(ies)</source>
        <translation>
            <numerusform>Remove %n host family(ies)</numerusform><numerusform>Remove %n host family(ies)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="577" />
        <source>Remove %n stay(s)</source>
        <translation>
            <numerusform>Remove %n stay</numerusform><numerusform>Remove %n stays</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="600" />
        <source>Remove %n itinerary item(s)</source>
        <translation>
            <numerusform>Remove %n itinerary item</numerusform><numerusform>Remove %n itinerary items</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="626" />
        <source>Remove %n cost(s)</source>
        <translation>
            <numerusform>Remove %n cost</numerusform><numerusform>Remove %n costs</numerusform></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="169" />
        <source>What to import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="171" />
        <source>Choose what the file holds, and the file: a CSV file or an Excel workbook.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="175" />
        <source>What the file holds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="180" />
        <source>File to import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="181" />
        <source>The CSV or Excel file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="183" />
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="190" />
        <source>The file &amp;holds:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="192" />
        <source>&amp;File:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="209" />
        <source>Choose the File to Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="211" />
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="228" />
        <source>Reading {file}…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FormWidget</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/form.py" line="127" />
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
        <location filename="../../sistercommittee/ui/guide_window.py" line="37" />
        <source>SisterCommittee User Guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/guide_window.py" line="41" />
        <source>User guide</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HoursDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/hours_dialog.py" line="26" />
        <source>2.5 or 2:30</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/hours_dialog.py" line="34" />
        <source>Leave empty for other work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/hours_dialog.py" line="35" />
        <source>What the time was for, if no event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/hours_dialog.py" line="48" />
        <source>Log Hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/hours_dialog.py" line="52" />
        <source>Log hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/hours_dialog.py" line="73" />
        <source>Edit Hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/hours_dialog.py" line="77" />
        <source>Edit hours</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="59" />
        <source>Volunteers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="60" />
        <source>Partnerships</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="61" />
        <source>Events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="62" />
        <source>Volunteer hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="79" />
        <source>Import Records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="80" />
        <source>Import records from a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="84" />
        <source>&amp;Next &gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="85" />
        <source>&lt; &amp;Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="86" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="87" />
        <source>&amp;Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="108" />
        <source>Stopping the import…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/join_dialog.py" line="31" />
        <source>Join Your Organization from HQ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/join_dialog.py" line="49" />
        <source>Fetching the records: {phase}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/join_dialog.py" line="34" />
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
        <location filename="../../sistercommittee/ui/labels.py" line="102" />
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
        <location filename="../../sistercommittee/ui/labels.py" line="103" />
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
        <location filename="../../sistercommittee/ui/labels.py" line="105" />
        <source>Humanitarian</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="45" />
        <location filename="../../sistercommittee/ui/labels.py" line="106" />
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
        <location filename="../../sistercommittee/ui/labels.py" line="68" />
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
        <location filename="../../sistercommittee/ui/labels.py" line="88" />
        <source>Travel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="63" />
        <location filename="../../sistercommittee/ui/labels.py" line="74" />
        <location filename="../../sistercommittee/ui/labels.py" line="93" />
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="66" />
        <source>Festival</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="67" />
        <source>Fundraiser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="69" />
        <source>Reception</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="70" />
        <source>Virtual exchange</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="71" />
        <source>Ceremony</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="72" />
        <source>Workshop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="73" />
        <source>Performance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="77" />
        <source>Income</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="78" />
        <source>Expense</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="81" />
        <source>Tickets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="82" />
        <source>Donations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="83" />
        <source>Sponsorship</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="84" />
        <source>Grants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="85" />
        <source>Sales</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="86" />
        <source>Venue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="87" />
        <source>Food</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="89" />
        <source>Materials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="90" />
        <source>Marketing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="91" />
        <source>Gifts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="92" />
        <source>Humanitarian aid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="96" />
        <source>Visiting us</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="97" />
        <source>We travel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="100" />
        <source>Youth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="101" />
        <source>Education</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="104" />
        <source>Municipal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="109" />
        <source>Delegate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="110" />
        <source>Chaperone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="111" />
        <source>Student</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="112" />
        <source>Host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="113" />
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
    <name>ListPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="133" />
        <source>Search</source>
        <extracomment>Rows per page fetched from the service. Where the detail pane goes: beside the list, or under it (for wide parts tables).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="137" />
        <source>Clear Filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="259" />
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="263" />
        <source>Nothing matches the search and filters. Clear Filters shows all.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="264" />
        <source>Nothing here yet.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="267" />
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform><numerusform>%n records</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="415" />
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="492" />
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="494" />
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="523" />
        <source>Export {list}</source>
        <extracomment>The list's name for services.exports ("" when it cannot be exported).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="525" />
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="540" />
        <source>Exported %n row(s) to {path}.</source>
        <translation>
            <numerusform>Exported %n row to {path}.</numerusform><numerusform>Exported %n rows to {path}.</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="544" />
        <source>Exporting {list}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="587" />
        <source>Reset Columns</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="65" />
        <location filename="../../sistercommittee/ui/main_window.py" line="553" />
        <source>SisterCommittee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="77" />
        <source>Sections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="120" />
        <source>Dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="127" />
        <source>Partnerships</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="134" />
        <source>Volunteers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="141" />
        <source>Events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="148" />
        <source>Exchanges</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="155" />
        <source>Documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="162" />
        <source>Sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="258" />
        <location filename="../../sistercommittee/ui/main_window.py" line="537" />
        <source>&amp;New…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="263" />
        <source>Add a record on this page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="266" />
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="271" />
        <source>Edit the selected record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="274" />
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="279" />
        <source>Delete the selected records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="283" />
        <source>&amp;Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="288" />
        <source>Search this page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="291" />
        <source>Search E&amp;verything…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="295" />
        <source>Find any partnership, volunteer, event, exchange or contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="298" />
        <source>&amp;Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="303" />
        <source>Print this list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="306" />
        <source>E&amp;xport List…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="310" />
        <source>Save this list, as filtered, as an Excel or CSV file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="313" />
        <source>Pre&amp;ferences…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="321" />
        <source>&amp;Open Database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="324" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="330" />
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="336" />
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="340" />
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="364" />
        <source>User &amp;Guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="370" />
        <source>Getting &amp;Started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="373" />
        <source>Open &amp;Log Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="376" />
        <source>&amp;About SisterCommittee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="380" />
        <source>Check for &amp;Updates…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="412" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="417" />
        <source>&amp;Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="421" />
        <source>Add records from a CSV or Excel file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="428" />
        <source>&amp;Backups…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="431" />
        <source>Back the records up now, or go back to a backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="438" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="448" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="454" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="463" />
        <source>Main Toolbar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="516" />
        <source>Sending the last changes to HQ…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="527" />
        <source>Working…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="721" />
        <source>The user guide is not installed with this copy of SisterCommittee. It is the file docs/user-guide.md of the SisterCommittee source.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="493" />
        <source>Opening the database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="551" />
        <source>{organization} — SisterCommittee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="610" />
        <source>{partnerships} partnerships · {volunteers} volunteers · {events} events · {exchanges} exchanges</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="719" />
        <source>User Guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="803" />
        <source>Finishing the last changes…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="237" />
        <source>Match the columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="240" />
        <source>Each column of the file fills the field chosen beside it. Columns set to “Not imported” are left out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="246" />
        <source>Columns of the file and the fields they fill</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="248" />
        <source>Column in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="248" />
        <source>First value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="248" />
        <source>Fills the field</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="268" />
        <source>{file}: %n row(s), read as {how}.</source>
        <translation>
            <numerusform>{file}: %n row, read as {how}.</numerusform><numerusform>{file}: %n rows, read as {how}.</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="281" />
        <source>Field for the column {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="282" />
        <source>Not imported</source>
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
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="82" />
        <source>Make the Partnership Active?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="84" />
        <source>Make &amp;Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="88" />
        <source>&amp;Not Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="110" />
        <source>Make partnership active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="143" />
        <source>New MOU with {city}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="147" />
        <source>Add MOU with {city}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PartnershipDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="66" />
        <source>New Partnership</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="72" />
        <source>Add partnership</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="100" />
        <source>Edit Partnership: {city}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="108" />
        <source>Edit partnership {city}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="175" />
        <source>Change Status: {city}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="181" />
        <source>Change status of {city}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="186" />
        <source>Now {status}. Each change is kept in the history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="217" />
        <source>New Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="228" />
        <source>Add contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="234" />
        <source>Edit Contact: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="240" />
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
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="315" />
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="79" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="148" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="314" />
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="85" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="143" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="316" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="89" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="138" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="317" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="96" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="235" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="318" />
        <source>Signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="103" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="321" />
        <source>Focus areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="109" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="323" />
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
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="221" />
        <source>&amp;Add Contact…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="255" />
        <source>&amp;Add MOU…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="261" />
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
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="199" />
        <source>&amp;Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="202" />
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="204" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="205" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="208" />
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="212" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="214" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="217" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="319" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="227" />
        <source>No contacts in the partner city yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="228" />
        <source>Con&amp;tacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="231" />
        <source>MOUs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="236" />
        <source>not signed yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="239" />
        <source>Place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="242" />
        <source>Languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="248" />
        <source>Signatories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="252" />
        <source>Scans</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="262" />
        <source>No memorandum of understanding recorded yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="263" />
        <source>&amp;MOUs</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="279" />
        <source>%n partnership(s) selected.</source>
        <translation>
            <numerusform>%n partnership selected.</numerusform><numerusform>%n partnerships selected.</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="281" />
        <source>Select a partnership to see its details, contacts and MOUs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="295" />
        <source>Con&amp;tacts ({count})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="296" />
        <source>&amp;MOUs ({count})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="309" />
        <source>{time} now ({zone})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="320" />
        <source>Local time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="322" />
        <source>Committee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="325" />
        <source>Events, exchanges</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="341" />
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="374" />
        <source>This status cannot change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="385" />
        <source>Delete the partnership with {city}?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="388" />
        <source>Delete partnership {city}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="390" />
        <source>Delete %n partnership(s)?</source>
        <translation>
            <numerusform>Delete %n partnership?</numerusform><numerusform>Delete %n partnerships?</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="391" />
        <source>Delete %n partnership(s)</source>
        <translation>
            <numerusform>Delete %n partnership</numerusform><numerusform>Delete %n partnerships</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="393" />
        <source>Their contacts and MOUs go with them. Edit &gt; Undo brings them back.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="434" />
        <source>Remove %n contact(s)</source>
        <translation>
            <numerusform>Remove %n contact</numerusform><numerusform>Remove %n contacts</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="458" />
        <source>Remove %n MOU(s) with their signatories and scans?</source>
        <translation>
            <numerusform>Remove %n MOU with their signatories and scans?</numerusform><numerusform>Remove %n MOUs with their signatories and scans?</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="459" />
        <source>Edit &gt; Undo brings them back.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="465" />
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
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="47" />
        <source>Preferences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="50" />
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="69" />
        <source>This computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="74" />
        <source>Follow the system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="75" />
        <source>Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="76" />
        <source>Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="81" />
        <source>A&amp;ppearance:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="90" />
        <source>&amp;Interface language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="93" />
        <source>A new interface language applies the next time the app starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="99" />
        <source>S&amp;ync with HQ automatically</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="103" />
        <source>Send changes to HQ a few seconds after they are made and fetch everyone else's every few minutes, while signed in. Sync Now works either way.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="114" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="188" />
        <source>Edit organization details</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="333" />
        <source>Row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="333" />
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="333" />
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="333" />
        <source>Problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="340" />
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="341" />
        <source>Merge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="342" />
        <source>Merge (nothing new)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="343" />
        <source>Skip (duplicate)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="344" />
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="351" />
        <source>Column “{column}”: {message}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="387" />
        <source>Check before importing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="389" />
        <source>Nothing is saved yet. Each row of the file, and what the import does with it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="392" />
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="399" />
        <source>Rows of the file and what the import does</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="410" />
        <source>&amp;Merge duplicates into the saved records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="412" />
        <source>Lea&amp;ve duplicates out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="419" />
        <source>&amp;Skip the rows with problems and import the rest</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="457" />
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>Checking %n row…</numerusform><numerusform>Checking %n rows…</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="468" />
        <source>Row {number}: {details}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="488" />
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform><numerusform>%n new</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="492" />
        <source>%n to merge</source>
        <translation>
            <numerusform>%n to merge</numerusform><numerusform>%n to merge</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="497" />
        <source>%n duplicate(s) left out</source>
        <translation>
            <numerusform>%n duplicate left out</numerusform><numerusform>%n duplicates left out</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="499" />
        <source>%n with problems</source>
        <translation>
            <numerusform>%n with problems</numerusform><numerusform>%n with problems</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="502" />
        <source>%n row(s): </source>
        <translation>
            <numerusform>%n row: </numerusform><numerusform>%n rows: </numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="504" />
        <source>Not imported: {columns}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="509" />
        <source>Correct the rows with problems in the file and import it again, or tick “Skip the rows with problems”.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="545" />
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
    <name>RecordDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/record_dialog.py" line="86" />
        <source>Fields marked * are required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/record_dialog.py" line="95" />
        <location filename="../../sistercommittee/ui/dialogs/record_dialog.py" line="189" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/record_dialog.py" line="97" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/record_dialog.py" line="168" />
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchPalette</name>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="57" />
        <source>Search Everything</source>
        <extracomment>Keys typed into the search field that move through the hits instead.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="58" />
        <location filename="../../sistercommittee/ui/search_palette.py" line="72" />
        <source>Search everything</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="70" />
        <source>Partner cities, volunteers, events, exchanges, contacts, emails…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="80" />
        <source>Records found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="187" />
        <source>Type two letters or more. ↑ ↓ choose, Enter opens, Esc closes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="189" />
        <source>Nothing matches “{term}”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="191" />
        <source>{shown} of {total} records; ↓ past the last shows more.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/search_palette.py" line="195" />
        <source>%n record(s) found.</source>
        <translation>
            <numerusform>%n record found.</numerusform><numerusform>%n records found.</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="241" />
        <source>Partnership</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="242" />
        <source>Volunteer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="243" />
        <source>Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="244" />
        <source>Exchange</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="245" />
        <source>MOU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="246" />
        <source>Partner contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="247" />
        <source>Exchange participant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="248" />
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
        <location filename="../../sistercommittee/ui/dialogs/sign_in_dialog.py" line="192" />
        <source>Sign &amp;In</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/sign_in_dialog.py" line="120" />
        <source>Signing in…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/sign_in_dialog.py" line="192" />
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
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="581" />
        <source>Imported</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="594" />
        <source>%n record(s) added.</source>
        <translation>
            <numerusform>%n record added.</numerusform><numerusform>%n records added.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="597" />
        <source>%n record(s) filled in from duplicate rows.</source>
        <translation>
            <numerusform>%n record filled in from duplicate rows.</numerusform><numerusform>%n records filled in from duplicate rows.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="600" />
        <source>%n duplicate row(s) brought nothing new.</source>
        <translation>
            <numerusform>%n duplicate row brought nothing new.</numerusform><numerusform>%n duplicate rows brought nothing new.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="603" />
        <source>%n duplicate row(s) left out.</source>
        <translation>
            <numerusform>%n duplicate row left out.</numerusform><numerusform>%n duplicate rows left out.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="608" />
        <source>%n row(s) not imported because of problems, at row number(s) {rows}.</source>
        <translation>
            <numerusform>%n row not imported because of problems, at row number {rows}.</numerusform><numerusform>%n rows not imported because of problems, at row numbers {rows}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="614" />
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform><numerusform> and %n more</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="623" />
        <source>The records as they were before the import are kept as a backup (File &gt; Backups…).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="66" />
        <source>Sync</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/sync.py" line="69" />
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n conflict to review</numerusform><numerusform>%n conflicts to review</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="74" />
        <source>No conflicts to review: this laptop has not synced yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="75" />
        <source>No conflicts: every change merged cleanly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="79" />
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="80" />
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="82" />
        <source>Edit that lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="85" />
        <source>Value kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="89" />
        <source>Changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="93" />
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="111" />
        <source>Open conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="112" />
        <source>Also resolved ones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="113" />
        <source>Which conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="119" />
        <source>S&amp;ync Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="120" />
        <source>Sign &amp;In…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="121" />
        <source>Sign &amp;Out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="123" />
        <source>&amp;Restore Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="126" />
        <source>&amp;Keep Current</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="165" />
        <source>Signed in to {server} as {email} ({organization}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="169" />
        <source>This laptop is not signed in to HQ: its changes stay here until it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="171" />
        <source>Last synced {when}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="175" />
        <source>Never synced.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/sync.py" line="179" />
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n change waiting to be sent.</numerusform><numerusform>%n changes waiting to be sent.</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="203" />
        <source>Syncing with HQ now…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="208" />
        <source>Automatic sync is off (Preferences): changes go to HQ when you press Sync Now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="211" />
        <source>HQ cannot be reached: this laptop keeps trying by itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="214" />
        <source>Changes are sent to HQ by themselves a few seconds after you make them, and everyone else's are fetched every few minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="220" />
        <source>Next try at {when}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="240" />
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
        <location filename="../../sistercommittee/ui/widgets/charts.py" line="249" />
        <source>No signed partnerships yet</source>
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
        <location filename="../../sistercommittee/ui/dialogs/volunteer_dialog.py" line="34" />
        <location filename="../../sistercommittee/ui/dialogs/volunteer_dialog.py" line="37" />
        <source>Separate several with commas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/volunteer_dialog.py" line="66" />
        <source>New Volunteer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/volunteer_dialog.py" line="69" />
        <source>Add volunteer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/volunteer_dialog.py" line="89" />
        <source>Edit Volunteer: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/volunteer_dialog.py" line="94" />
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
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="361" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="92" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="362" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="93" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="363" />
        <source>Languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="95" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="364" />
        <source>Roles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="97" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="365" />
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
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="378" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="108" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="378" />
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="108" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="378" />
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
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="449" />
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
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="254" />
        <source>&amp;Log Hours…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="273" />
        <source>%n volunteer(s) selected.</source>
        <translation>
            <numerusform>%n volunteer selected.</numerusform><numerusform>%n volunteers selected.</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="275" />
        <source>Select a volunteer to see the details here.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="332" />
        <source>Remove %n hours entry(ies)</source>
        <translation>
            <numerusform>Remove %n hours entry(ies)</numerusform><numerusform>Remove %n hours entry(ies)</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="355" />
        <source>Yes, since {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="357" />
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="366" />
        <source>Committees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="367" />
        <source>Hours given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="368" />
        <source>May be contacted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="370" />
        <source>Emergency contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="419" />
        <source>Delete the volunteer {name}?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="420" />
        <source>Delete volunteer {name}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="422" />
        <source>Delete %n volunteer(s)?</source>
        <translation>
            <numerusform>Delete %n volunteer?</numerusform><numerusform>Delete %n volunteers?</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="423" />
        <source>Delete %n volunteer(s)</source>
        <translation>
            <numerusform>Delete %n volunteer</numerusform><numerusform>Delete %n volunteers</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="426" />
        <source>Their logged hours stay in the totals. Edit &gt; Undo brings them back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="443" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="450" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="481" />
        <source>Reactivate %n volunteer(s)</source>
        <translation>
            <numerusform>Reactivate %n volunteer</numerusform><numerusform>Reactivate %n volunteers</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="483" />
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
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="170" />
        <source>The records will be kept in {path}</source>
        <extracomment>Something was typed that creating the organization would keep.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="178" />
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="239" />
        <source>&amp;Create Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="182" />
        <source>Try with &amp;Sample Data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="185" />
        <source>Fill the database with a made-up committee to explore the app</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="189" />
        <source>&amp;Join from HQ…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="193" />
        <source>&amp;Open Another File…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="196" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="238" />
        <source>Create the organization from the details you typed?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="278" />
        <source>Creating the database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="296" />
        <source>Making up a sample committee…</source>
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
<context><name>Forms</name><message><source>budget line</source><translation type="unfinished" /></message><message><source>Income or expense</source><translation type="unfinished" /></message><message><source>income or expense</source><translation type="unfinished" /></message><message><source>Category</source><translation type="unfinished" /></message><message><source>Description</source><translation type="unfinished" /></message><message><source>Currency</source><translation type="unfinished" /></message><message><source>Planned amount</source><translation type="unfinished" /></message><message><source>in major units, e.g. 250 or 12.50</source><translation type="unfinished" /></message><message><source>Actual amount</source><translation type="unfinished" /></message><message><source>In kind</source><translation type="unfinished" /></message><message><source>yes for donated goods or services rather than money</source><translation type="unfinished" /></message><message><source>event</source><translation type="unfinished" /></message><message><source>Title</source><translation type="unfinished" /></message><message><source>Kind</source><translation type="unfinished" /></message><message><source>Time zone</source><translation type="unfinished" /></message><message><source>IANA zone of the venue, e.g. America/Chicago; the times are read in it</source><translation type="unfinished" /></message><message><source>Start time</source><translation type="unfinished" /></message><message><source>date and time at the venue, e.g. 2026-04-11 10:00</source><translation type="unfinished" /></message><message><source>End time</source><translation type="unfinished" /></message><message><source>date and time at the venue; two hours after the start if left out</source><translation type="unfinished" /></message><message><source>Venue</source><translation type="unfinished" /></message><message><source>Attendance</source><translation type="unfinished" /></message><message><source>Outcome</source><translation type="unfinished" /></message><message><source>how it went: notes for the annual report</source><translation type="unfinished" /></message><message><source>Partnerships</source><translation type="unfinished" /></message><message><source>ids of the partnerships the event concerns, comma-separated</source><translation type="unfinished" /></message><message><source>shift</source><translation type="unfinished" /></message><message><source>Role</source><translation type="unfinished" /></message><message><source>e.g. Set-up, Tea ceremony</source><translation type="unfinished" /></message><message><source>Shift start</source><translation type="unfinished" /></message><message><source>date and time at the venue; the event's start if left out</source><translation type="unfinished" /></message><message><source>Shift end</source><translation type="unfinished" /></message><message><source>date and time at the venue; the event's end if left out</source><translation type="unfinished" /></message><message><source>Volunteer</source><translation type="unfinished" /></message><message><source>id of the volunteer, if known</source><translation type="unfinished" /></message><message><source>cost</source><translation type="unfinished" /></message><message><source>Amount</source><translation type="unfinished" /></message><message><source>in major units, such as 12.50</source><translation type="unfinished" /></message><message><source>yes for goods or services given instead of money</source><translation type="unfinished" /></message><message><source>exchange</source><translation type="unfinished" /></message><message><source>Direction</source><translation type="unfinished" /></message><message><source>inbound: a delegation visits us; outbound: our delegation travels</source><translation type="unfinished" /></message><message><source>Program</source><translation type="unfinished" /></message><message><source>Partnership</source><translation type="unfinished" /></message><message><source>the id of the partnership with the city visited or visiting</source><translation type="unfinished" /></message><message><source>Departure date</source><translation type="unfinished" /></message><message><source>the first day of the exchange</source><translation type="unfinished" /></message><message><source>Return date</source><translation type="unfinished" /></message><message><source>the last day of the exchange, when the delegation goes home</source><translation type="unfinished" /></message><message><source>Notes</source><translation type="unfinished" /></message><message><source>host family</source><translation type="unfinished" /></message><message><source>Family name</source><translation type="unfinished" /></message><message><source>when the family is one of our volunteers' households</source><translation type="unfinished" /></message><message><source>Address</source><translation type="unfinished" /></message><message><source>Phone</source><translation type="unfinished" /></message><message><source>Email</source><translation type="unfinished" /></message><message><source>Capacity</source><translation type="unfinished" /></message><message><source>how many guests the family can take in at the same time</source><translation type="unfinished" /></message><message><source>itinerary item</source><translation type="unfinished" /></message><message><source>where the item takes place; the partner city's zone on an outbound exchange</source><translation type="unfinished" /></message><message><source>Place</source><translation type="unfinished" /></message><message><source>participant</source><translation type="unfinished" /></message><message><source>one of our volunteers; leave empty for someone from outside</source><translation type="unfinished" /></message><message><source>Name</source><translation type="unfinished" /></message><message><source>for someone who is not one of our volunteers</source><translation type="unfinished" /></message><message><source>Youth (under 18)</source><translation type="unfinished" /></message><message><source>record of hours</source><translation type="unfinished" /></message><message><source>volunteer's id</source><translation type="unfinished" /></message><message><source>Event</source><translation type="unfinished" /></message><message><source>id of the event the time was for</source><translation type="unfinished" /></message><message><source>Activity</source><translation type="unfinished" /></message><message><source>what the time was for, if no event</source><translation type="unfinished" /></message><message><source>Date worked</source><translation type="unfinished" /></message><message><source>Hours</source><translation type="unfinished" /></message><message><source>e.g. 2.5, 2:30 or 2h30</source><translation type="unfinished" /></message><message><source>Kind of work</source><translation type="unfinished" /></message><message><source>MOU</source><translation type="unfinished" /></message><message><source>the partnership's id, or its city name</source><translation type="unfinished" /></message><message><source>Signing date</source><translation type="unfinished" /></message><message><source>Place of signing</source><translation type="unfinished" /></message><message><source>in English</source><translation type="unfinished" /></message><message><source>Place of signing in the partner's language</source><translation type="unfinished" /></message><message><source>as printed in the partner's column, e.g. 高山市役所</source><translation type="unfinished" /></message><message><source>Our city in the partner's language</source><translation type="unfinished" /></message><message><source>our city's name as the partner's language writes it, e.g. スプリングフィールド市</source><translation type="unfinished" /></message><message><source>Languages</source><translation type="unfinished" /></message><message><source>BCP 47 codes of its text, e.g. 'en, ja'; ours and the partner's if not given</source><translation type="unfinished" /></message><message><source>signatory</source><translation type="unfinished" /></message><message><source>Side</source><translation type="unfinished" /></message><message><source>home (our city) or partner</source><translation type="unfinished" /></message><message><source>in Latin letters</source><translation type="unfinished" /></message><message><source>Name in the partner's script</source><translation type="unfinished" /></message><message><source>in English, e.g. Mayor</source><translation type="unfinished" /></message><message><source>Title in the partner's language</source><translation type="unfinished" /></message><message><source>Position</source><translation type="unfinished" /></message><message><source>order among the signatories of the same side; next free if not given</source><translation type="unfinished" /></message><message><source>organization</source><translation type="unfinished" /></message><message><source>Organization name</source><translation type="unfinished" /></message><message><source>Home city</source><translation type="unfinished" /></message><message><source>Region or state</source><translation type="unfinished" /></message><message><source>Country</source><translation type="unfinished" /></message><message><source>SCI member number</source><translation type="unfinished" /></message><message><source>Language</source><translation type="unfinished" /></message><message><source>IANA zone such as America/Chicago; by default the home city's</source><translation type="unfinished" /></message><message><source>contact</source><translation type="unfinished" /></message><message><source>Organization</source><translation type="unfinished" /></message><message><source>a number in the partner's country</source><translation type="unfinished" /></message><message><source>the partner's language if not given</source><translation type="unfinished" /></message><message><source>partnership</source><translation type="unfinished" /></message><message><source>City name</source><translation type="unfinished" /></message><message><source>Local city name</source><translation type="unfinished" /></message><message><source>as the city writes it, e.g. 高山市</source><translation type="unfinished" /></message><message><source>Region</source><translation type="unfinished" /></message><message><source>prefecture, state or province</source><translation type="unfinished" /></message><message><source>Partner's language</source><translation type="unfinished" /></message><message><source>BCP 47 code; the country's main language if not given</source><translation type="unfinished" /></message><message><source>Partner's time zone</source><translation type="unfinished" /></message><message><source>the country's main zone if not given</source><translation type="unfinished" /></message><message><source>Status</source><translation type="unfinished" /></message><message><source>only when adding; later use change status, which keeps the history</source><translation type="unfinished" /></message><message><source>Focus areas</source><translation type="unfinished" /></message><message><source>Committee</source><translation type="unfinished" /></message><message><source>volunteer</source><translation type="unfinished" /></message><message><source>Given name</source><translation type="unfinished" /></message><message><source>tag:level pairs, e.g. 'ja:fluent, en:native'</source><translation type="unfinished" /></message><message><source>Roles</source><translation type="unfinished" /></message><message><source>Skills</source><translation type="unfinished" /></message><message><source>Committees</source><translation type="unfinished" /></message><message><source>Consent to be contacted</source><translation type="unfinished" /></message><message><source>Consent date</source><translation type="unfinished" /></message><message><source>Emergency contact</source><translation type="unfinished" /></message><message><source>Emergency contact phone</source><translation type="unfinished" /></message><message><source>Active</source><translation type="unfinished" /></message></context><context><name>Messages</name><message><source>Nothing was saved: {problem}</source><translation type="unfinished" /></message><message><source>--scale must be between 0 and 200.</source><translation type="unfinished" /></message><message><source>Stopped.</source><translation type="unfinished" /></message><message><source>Nothing was saved:</source><translation type="unfinished" /></message><message><source>Something went wrong and the command stopped; nothing more was saved. The details are in {path}.</source><translation type="unfinished" /></message><message><source>Something went wrong and the command stopped; nothing more was saved.</source><translation type="unfinished" /></message><message><source>{label} must be yes or no, not '{raw}'.</source><translation type="unfinished" /></message><message><source>{label} must be a time such as 2.5, 2:30 or 2h30, not '{raw}'.</source><translation type="unfinished" /></message><message><source>{label} must be text.</source><translation type="unfinished" /></message><message><source>{label} contains control characters; type it again without them.</source><translation type="unfinished" /></message><message><source>{label} is too long: at most {max_length} characters, not {count}.</source><translation type="unfinished" /></message><message><source>{label} '{value}' is not a country. Use its two-letter code, such as JP or DE.</source><translation type="unfinished" /></message><message><source>{label} '{value}' is not a currency code. Use three letters, such as USD or JPY.</source><translation type="unfinished" /></message><message><source>{label} '{value}' is not a language. Use a code such as ja, zh-Hant or pt-BR.</source><translation type="unfinished" /></message><message><source>{label} '{value}' is not a phone number. Type the full number with its country code, such as +81 3 1234 5678.</source><translation type="unfinished" /></message><message><source>{label} must be a whole number.</source><translation type="unfinished" /></message><message><source>{label} cannot be less than {minimum}.</source><translation type="unfinished" /></message><message><source>{label} cannot be more than {maximum:,}.</source><translation type="unfinished" /></message><message><source>{label} must be an amount such as 250 or 12.50, not '{raw}'.</source><translation type="unfinished" /></message><message><source>{label}: give amounts in {currency_code}, such as 12.50.</source><translation type="unfinished" /></message><message><source>{label} has more decimals than {currency_code} uses ({digits}).</source><translation type="unfinished" /></message><message><source>{label} cannot be negative.</source><translation type="unfinished" /></message><message><source>{label} is too large.</source><translation type="unfinished" /></message><message><source>{label} must be more than zero.</source><translation type="unfinished" /></message><message><source>{label} cannot be more than 24 hours in one entry.</source><translation type="unfinished" /></message><message><source>{label} '{value}' is not a time of day. Type it as 18:30.</source><translation type="unfinished" /></message><message><source>{label} '{value}' is not a country. Did you mean {nearest}? Or use its two-letter code, such as JP or DE.</source><translation type="unfinished" /></message><message><source>{label} '{value}' is not an email address. Check it reads like name@example.org.</source><translation type="unfinished" /></message><message><source>{label} '{value}' is not a phone number. Type a {region} number or the full number with its country code, such as +81 3 1234 5678.</source><translation type="unfinished" /></message><message><source>{label} {problem}</source><translation type="unfinished" /></message><message><source>{label} '{value}' is not a time zone. Use a name such as Asia/Tokyo or America/Chicago.</source><translation type="unfinished" /></message><message><source>{label} '{raw}' is not one of: {options}.</source><translation type="unfinished" /></message><message><source>{label} must be a whole number, not '{raw}'.</source><translation type="unfinished" /></message><message><source>A {noun} has no field '{name}'.</source><translation type="unfinished" /></message><message><source>{label} is required.</source><translation type="unfinished" /></message><message><source>An {noun} has no field '{name}'.</source><translation type="unfinished" /></message><message><source>is empty; type a date such as 2026-05-31 or today.</source><translation type="unfinished" /></message><message><source>'{value}' is not a date. Type it as 2026-05-31 or {example}, or a word such as today or +3d.</source><translation type="unfinished" /></message><message><source>'{value}' is not a date: there is no month {month} (months go from 1 to 12; type it as {example}).</source><translation type="unfinished" /></message><message><source>is in {year}: give a year from {earliest} to {latest}.</source><translation type="unfinished" /></message><message><source>'{value}' is not a time of day. Type it as 18:30 or {example}.</source><translation type="unfinished" /></message><message><source>'{value}' is not a time of day: hours go to 23, minutes to 59.</source><translation type="unfinished" /></message><message><source>is empty; type a date and time such as 2026-05-31 18:00.</source><translation type="unfinished" /></message><message><source>'{value}' is not a date: give the year with four digits, as in {example}.</source><translation type="unfinished" /></message><message><source>'{value}' is not a date: that month has no day {day}.</source><translation type="unfinished" /></message><message><source>'{sign}{amount}{unit}' goes too far from today.</source><translation type="unfinished" /></message><message><source>'{value}' is not a time of day: with AM or PM the hour goes from 1 to 12.</source><translation type="unfinished" /></message><message><source>'{value}' is not a date and time. Type it as 2026-05-31 18:00 or {shown}.</source><translation type="unfinished" /></message></context></TS>