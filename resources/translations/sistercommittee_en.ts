<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/editors.py" line="302" />
        <source>Not set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/editors.py" line="304" />
        <source>Clear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/editors.py" line="305" />
        <source>Leave the date empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/editors.py" line="306" />
        <source>Clear date</source>
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
    <name>FormWidget</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/form.py" line="122" />
        <source>Required</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../sistercommittee/ui/formatting.py" line="89" />
        <source>{time} in {city} ({zone}, {day})</source>
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
    <name>LanguagesEditor</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/editors.py" line="395" />
        <source>Add a language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/editors.py" line="413" />
        <location filename="../../sistercommittee/ui/widgets/editors.py" line="415" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/editors.py" line="418" />
        <source>Level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/editors.py" line="424" />
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/editors.py" line="425" />
        <source>Remove this language</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="118" />
        <source>Search</source>
        <extracomment>Rows per page fetched from the service.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="123" />
        <source>Clear Filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="215" />
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="219" />
        <source>Nothing matches the search and filters. Clear Filters shows all.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="220" />
        <source>Nothing here yet.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="223" />
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform><numerusform>%n records</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="335" />
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="409" />
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="411" />
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="464" />
        <source>Reset Columns</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="51" />
        <location filename="../../sistercommittee/ui/main_window.py" line="417" />
        <source>SisterCommittee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="58" />
        <source>Sections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="105" />
        <source>Dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="114" />
        <source>Partnerships</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="124" />
        <source>Events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="133" />
        <source>Exchanges</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="142" />
        <source>Documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="151" />
        <source>Sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="226" />
        <location filename="../../sistercommittee/ui/main_window.py" line="403" />
        <source>&amp;New…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="231" />
        <source>Add a record on this page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="234" />
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="239" />
        <source>Edit the selected record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="242" />
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="247" />
        <source>Delete the selected records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="251" />
        <source>&amp;Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="256" />
        <source>Search this page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="259" />
        <source>&amp;Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="264" />
        <source>Print this list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="267" />
        <source>Pre&amp;ferences…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="275" />
        <source>&amp;Open Database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="278" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="284" />
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="290" />
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="294" />
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="317" />
        <source>User &amp;Guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="323" />
        <source>Open &amp;Log Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="326" />
        <source>&amp;About SisterCommittee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="332" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="342" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="351" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="357" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="364" />
        <source>Main Toolbar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="391" />
        <source>Working…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="397" />
        <source>Opening the database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="415" />
        <source>{organization} — SisterCommittee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="468" />
        <source>{partnerships} partnerships · {volunteers} volunteers · {events} events · {exchanges} exchanges</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/main_window.py" line="479" />
        <source>%n change(s) not yet sent to HQ</source>
        <translation>
            <numerusform>%n change not yet sent to HQ</numerusform><numerusform>%n changes not yet sent to HQ</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="485" />
        <source>Synced {when}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="519" />
        <source>User Guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="520" />
        <source>The user guide is in docs/user-guide.md of SisterCommittee.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="533" />
        <source>About SisterCommittee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="535" />
        <source>&lt;h3&gt;SisterCommittee {version}&lt;/h3&gt;&lt;p&gt;Partnerships, volunteers, events and exchanges of a sister city committee, on your own computer.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="568" />
        <source>Finishing the last changes…</source>
        <translation type="unfinished" />
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
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="58" />
        <source>Preferences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="61" />
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
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="84" />
        <source>A&amp;ppearance:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="93" />
        <source>&amp;Interface language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="96" />
        <source>A new interface language applies the next time the app starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="144" />
        <source>Edit organization details</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../sistercommittee/ui/printing.py" line="46" />
        <source>Reading the list…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/printing.py" line="61" />
        <source>Printed {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/printing.py" line="77" />
        <source>Print {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/printing.py" line="107" />
        <source>Preparing {title} for printing…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/record_dialog.py" line="76" />
        <source>Fields marked * are required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/record_dialog.py" line="84" />
        <location filename="../../sistercommittee/ui/dialogs/record_dialog.py" line="118" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/record_dialog.py" line="85" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/record_dialog.py" line="100" />
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ServiceOp</name>
    <message>
        <location filename="../../sistercommittee/ui/ops.py" line="227" />
        <source>Please wait</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/ops.py" line="233" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../sistercommittee/ui/startup.py" line="75" />
        <source>Opening {file}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/startup.py" line="105" />
        <source>{path} could not be opened because of an unexpected problem.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/startup.py" line="113" />
        <source>The database cannot be opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/startup.py" line="116" />
        <source>Choose another database file, or start a new one. If this file holds your committee's records, keep it: a backup copy or the person who set up the computer can help. Details are in the log file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/startup.py" line="124" />
        <source>Choose Another File…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/startup.py" line="128" />
        <source>Start a New Database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/startup.py" line="131" />
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/startup.py" line="159" />
        <source>Open a SisterCommittee Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/startup.py" line="161" />
        <source>SisterCommittee databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/startup.py" line="171" />
        <source>New SisterCommittee Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/startup.py" line="173" />
        <source>SisterCommittee databases (*.sqlite)</source>
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
        <location filename="../../sistercommittee/ui/dialogs/volunteer_dialog.py" line="92" />
        <source>New Volunteer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/volunteer_dialog.py" line="95" />
        <source>Add volunteer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/volunteer_dialog.py" line="115" />
        <source>Edit Volunteer: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/volunteer_dialog.py" line="120" />
        <source>Edit volunteer {name}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="43" />
        <source>Double-click or press Enter to edit a volunteer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="46" />
        <source>Volunteers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="49" />
        <source>New &amp;Volunteer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="52" />
        <source>Search names, email, phone (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="55" />
        <source>%n volunteer(s)</source>
        <translation>
            <numerusform>%n volunteer</numerusform><numerusform>%n volunteers</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="59" />
        <source>No volunteer matches the search and filters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="60" />
        <source>No volunteers yet. Add the first one with New Volunteer (Ctrl+N).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="75" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="83" />
        <source>Family name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="89" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="279" />
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="90" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="280" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="91" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="281" />
        <source>Languages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="93" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="282" />
        <source>Roles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="95" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="283" />
        <source>Skills</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="98" />
        <source>Hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="105" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="125" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="296" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="106" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="296" />
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="106" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="296" />
        <source>Inactive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="123" />
        <source>Active and inactive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="124" />
        <source>Active only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="124" />
        <source>Inactive only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="131" />
        <source>Any role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="131" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="136" />
        <source>Any language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="136" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="142" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="143" />
        <source>Skill</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="150" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="151" />
        <source>Committee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="176" />
        <source>&amp;New Volunteer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="178" />
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="180" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="198" />
        <source>De&amp;activate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="183" />
        <source>Mark the selected volunteers inactive (or active again)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="186" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="367" />
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="196" />
        <source>Re&amp;activate</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="237" />
        <source>%n volunteer(s) selected.</source>
        <translation>
            <numerusform>%n volunteer selected.</numerusform><numerusform>%n volunteers selected.</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="239" />
        <source>Select a volunteer to see the details here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="273" />
        <source>Yes, since {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="275" />
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="284" />
        <source>Committees</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="285" />
        <source>Hours given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="286" />
        <source>May be contacted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="288" />
        <source>Emergency contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="337" />
        <source>Delete the volunteer {name}?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="338" />
        <source>Delete volunteer {name}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="340" />
        <source>Delete %n volunteer(s)?</source>
        <translation>
            <numerusform>Delete %n volunteer?</numerusform><numerusform>Delete %n volunteers?</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="341" />
        <source>Delete %n volunteer(s)</source>
        <translation>
            <numerusform>Delete %n volunteer</numerusform><numerusform>Delete %n volunteers</numerusform></translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="344" />
        <source>Their logged hours stay in the totals. Edit &gt; Undo brings them back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="361" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="368" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="399" />
        <source>Reactivate %n volunteer(s)</source>
        <translation>
            <numerusform>Reactivate %n volunteer</numerusform><numerusform>Reactivate %n volunteers</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="401" />
        <source>Deactivate %n volunteer(s)</source>
        <translation>
            <numerusform>Deactivate %n volunteer</numerusform><numerusform>Deactivate %n volunteers</numerusform></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="120" />
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="130" />
        <source>Welcome to SisterCommittee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="138" />
        <source>Tell us about your committee to start. Everything stays on this computer. You can change these details later in Preferences.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="156" />
        <source>The records will be kept in {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="164" />
        <source>&amp;Create Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="168" />
        <source>Try with &amp;Sample Data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="171" />
        <source>Fill the database with a made-up committee to explore the app</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="175" />
        <source>&amp;Join from HQ…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="179" />
        <source>&amp;Open Another File…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="182" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="242" />
        <source>Creating the database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="260" />
        <source>Making up a sample committee…</source>
        <translation type="unfinished" />
    </message>
</context>
<context><name>Forms</name><message><source>Title</source><translation type="unfinished" /></message><message><source>Description</source><translation type="unfinished" /></message><message><source>Kind</source><translation type="unfinished" /></message><message><source>Time zone</source><translation type="unfinished" /></message><message><source>IANA zone of the venue, e.g. America/Chicago; the times are read in it</source><translation type="unfinished" /></message><message><source>Start time</source><translation type="unfinished" /></message><message><source>date and time at the venue, e.g. 2026-04-11 10:00</source><translation type="unfinished" /></message><message><source>End time</source><translation type="unfinished" /></message><message><source>date and time at the venue; two hours after the start if left out</source><translation type="unfinished" /></message><message><source>Venue</source><translation type="unfinished" /></message><message><source>Attendance</source><translation type="unfinished" /></message><message><source>Outcome</source><translation type="unfinished" /></message><message><source>how it went: notes for the annual report</source><translation type="unfinished" /></message><message><source>Partnerships</source><translation type="unfinished" /></message><message><source>ids of the partnerships the event concerns, comma-separated</source><translation type="unfinished" /></message><message><source>Role</source><translation type="unfinished" /></message><message><source>e.g. Set-up, Tea ceremony</source><translation type="unfinished" /></message><message><source>Shift start</source><translation type="unfinished" /></message><message><source>date and time at the venue; the event's start if left out</source><translation type="unfinished" /></message><message><source>Shift end</source><translation type="unfinished" /></message><message><source>date and time at the venue; the event's end if left out</source><translation type="unfinished" /></message><message><source>Volunteer</source><translation type="unfinished" /></message><message><source>id of the volunteer, if known</source><translation type="unfinished" /></message><message><source>Income or expense</source><translation type="unfinished" /></message><message><source>income or expense</source><translation type="unfinished" /></message><message><source>Category</source><translation type="unfinished" /></message><message><source>Currency</source><translation type="unfinished" /></message><message><source>Planned amount</source><translation type="unfinished" /></message><message><source>in major units, e.g. 250 or 12.50</source><translation type="unfinished" /></message><message><source>Actual amount</source><translation type="unfinished" /></message><message><source>In kind</source><translation type="unfinished" /></message><message><source>yes for donated goods or services rather than money</source><translation type="unfinished" /></message><message><source>Direction</source><translation type="unfinished" /></message><message><source>inbound: a delegation visits us; outbound: our delegation travels</source><translation type="unfinished" /></message><message><source>Program</source><translation type="unfinished" /></message><message><source>Partnership</source><translation type="unfinished" /></message><message><source>the id of the partnership with the city visited or visiting</source><translation type="unfinished" /></message><message><source>Departure date</source><translation type="unfinished" /></message><message><source>the first day of the exchange</source><translation type="unfinished" /></message><message><source>Return date</source><translation type="unfinished" /></message><message><source>the last day of the exchange, when the delegation goes home</source><translation type="unfinished" /></message><message><source>Notes</source><translation type="unfinished" /></message><message><source>one of our volunteers; leave empty for someone from outside</source><translation type="unfinished" /></message><message><source>Name</source><translation type="unfinished" /></message><message><source>for someone who is not one of our volunteers</source><translation type="unfinished" /></message><message><source>Youth (under 18)</source><translation type="unfinished" /></message><message><source>Email</source><translation type="unfinished" /></message><message><source>Phone</source><translation type="unfinished" /></message><message><source>Family name</source><translation type="unfinished" /></message><message><source>when the family is one of our volunteers' households</source><translation type="unfinished" /></message><message><source>Address</source><translation type="unfinished" /></message><message><source>Capacity</source><translation type="unfinished" /></message><message><source>how many guests the family can take in at the same time</source><translation type="unfinished" /></message><message><source>where the item takes place; the partner city's zone on an outbound exchange</source><translation type="unfinished" /></message><message><source>Place</source><translation type="unfinished" /></message><message><source>Amount</source><translation type="unfinished" /></message><message><source>in major units, such as 12.50</source><translation type="unfinished" /></message><message><source>yes for goods or services given instead of money</source><translation type="unfinished" /></message><message><source>volunteer's id</source><translation type="unfinished" /></message><message><source>Event</source><translation type="unfinished" /></message><message><source>id of the event the time was for</source><translation type="unfinished" /></message><message><source>Activity</source><translation type="unfinished" /></message><message><source>what the time was for, if no event</source><translation type="unfinished" /></message><message><source>Date worked</source><translation type="unfinished" /></message><message><source>Hours</source><translation type="unfinished" /></message><message><source>e.g. 2.5, 2:30 or 2h30</source><translation type="unfinished" /></message><message><source>Kind of work</source><translation type="unfinished" /></message><message><source>the partnership's id, or its city name</source><translation type="unfinished" /></message><message><source>Signing date</source><translation type="unfinished" /></message><message><source>Place of signing</source><translation type="unfinished" /></message><message><source>Languages</source><translation type="unfinished" /></message><message><source>BCP 47 codes of its text, e.g. 'en, ja'; ours and the partner's if not given</source><translation type="unfinished" /></message><message><source>Side</source><translation type="unfinished" /></message><message><source>home (our city) or partner</source><translation type="unfinished" /></message><message><source>in Latin letters</source><translation type="unfinished" /></message><message><source>Name in the partner's script</source><translation type="unfinished" /></message><message><source>in English, e.g. Mayor</source><translation type="unfinished" /></message><message><source>Title in the partner's language</source><translation type="unfinished" /></message><message><source>Position</source><translation type="unfinished" /></message><message><source>order among the signatories of the same side; next free if not given</source><translation type="unfinished" /></message><message><source>Organization name</source><translation type="unfinished" /></message><message><source>Home city</source><translation type="unfinished" /></message><message><source>Region or state</source><translation type="unfinished" /></message><message><source>Country</source><translation type="unfinished" /></message><message><source>SCI member number</source><translation type="unfinished" /></message><message><source>Language</source><translation type="unfinished" /></message><message><source>City name</source><translation type="unfinished" /></message><message><source>in English</source><translation type="unfinished" /></message><message><source>Local city name</source><translation type="unfinished" /></message><message><source>as the city writes it, e.g. 高山市</source><translation type="unfinished" /></message><message><source>Region</source><translation type="unfinished" /></message><message><source>prefecture, state or province</source><translation type="unfinished" /></message><message><source>Partner's language</source><translation type="unfinished" /></message><message><source>BCP 47 code; the country's main language if not given</source><translation type="unfinished" /></message><message><source>Partner's time zone</source><translation type="unfinished" /></message><message><source>the country's main zone if not given</source><translation type="unfinished" /></message><message><source>Status</source><translation type="unfinished" /></message><message><source>only when adding; later use change status, which keeps the history</source><translation type="unfinished" /></message><message><source>Focus areas</source><translation type="unfinished" /></message><message><source>Committee</source><translation type="unfinished" /></message><message><source>Organization</source><translation type="unfinished" /></message><message><source>a number in the partner's country</source><translation type="unfinished" /></message><message><source>the partner's language if not given</source><translation type="unfinished" /></message><message><source>Given name</source><translation type="unfinished" /></message><message><source>tag:level pairs, e.g. 'ja:fluent, en:native'</source><translation type="unfinished" /></message><message><source>Roles</source><translation type="unfinished" /></message><message><source>Skills</source><translation type="unfinished" /></message><message><source>Committees</source><translation type="unfinished" /></message><message><source>Consent to be contacted</source><translation type="unfinished" /></message><message><source>Consent date</source><translation type="unfinished" /></message><message><source>Emergency contact</source><translation type="unfinished" /></message><message><source>Emergency contact phone</source><translation type="unfinished" /></message><message><source>Active</source><translation type="unfinished" /></message></context></TS>