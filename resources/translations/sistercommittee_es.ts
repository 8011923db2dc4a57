<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="44" />
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="56" />
        <source>Partnerships, volunteers, events and exchanges of a sister city committee, on your own computer. Free software under the MIT License; the fonts it prints with are under the SIL Open Font License or the Apache License.</source>
        <translation>Los hermanamientos, voluntarios, eventos e intercambios de un comité de ciudades hermanas, en su propia computadora. Software libre bajo la Licencia MIT; las fuentes con las que imprime están bajo la SIL Open Font License o la Licencia Apache.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="67" />
        <source>{qt} (PySide6 {pyside})</source>
        <translation>{qt} (PySide6 {pyside})</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="69" />
        <source>not installed</source>
        <translation>no instalado</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="72" />
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="72" />
        <source> (bundle)</source>
        <translation> (paquete)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="73" />
        <source>Python:</source>
        <translation>Python:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="74" />
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="75" />
        <source>SQLite:</source>
        <translation>SQLite:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="76" />
        <source>System:</source>
        <translation>Sistema:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="77" />
        <source>Log folder:</source>
        <translation>Carpeta de registros:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="78" />
        <source>Partner finder:</source>
        <translation>Buscador de ciudades:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="92" />
        <source>&amp;Open Log Folder</source>
        <translation>&amp;Abrir carpeta de registros</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="95" />
        <source>&amp;Copy Versions</source>
        <translation>&amp;Copiar versiones</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="97" />
        <source>For a message about a problem</source>
        <translation>Para un mensaje sobre un problema</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="59" />
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="94" />
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="133" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="67" />
        <source>Show the next &amp;days:</source>
        <translation>Mostrar los próximos &amp;días:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="72" />
        <source>Days ahead</source>
        <translation>Días por delante</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="80" />
        <source>&amp;Mailing List…</source>
        <translation>Lista de &amp;correo…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="84" />
        <source>Export the volunteers who agreed to be contacted, for a mail tool or an address book</source>
        <translation>Exportar a los voluntarios que aceptaron que los contacten, para un programa de correo o una libreta de direcciones</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="96" />
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="96" />
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="96" />
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="111" />
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="112" />
        <source>&amp;Approve Hours…</source>
        <translation>A&amp;probar horas…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="113" />
        <source>Dec&amp;line Hours…</source>
        <translation>&amp;Rechazar horas…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="114" />
        <source>&amp;Renewal Certificate…</source>
        <translation>Certificado de re&amp;novación…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="156" />
        <source>Overdue ({count})</source>
        <translation>Atrasado ({count})</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="157" />
        <source>Today ({count})</source>
        <translation>Hoy ({count})</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="158" />
        <source>Coming ({count})</source>
        <translation>Próximo ({count})</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="182" />
        <source>Nothing is overdue, and nothing is coming in these days.</source>
        <translation>No hay nada atrasado, ni nada previsto en estos días.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="187" />
        <source>{overdue} overdue, {today} today, {coming} coming</source>
        <translation>{overdue} atrasados, {today} hoy, {coming} próximos</translation>
    </message>
</context>
<context>
    <name>AmountEditor</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/typed_editors.py" line="246" />
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/typed_editors.py" line="250" />
        <source>An amount cannot be negative.</source>
        <translation>Un monto no puede ser negativo.</translation>
    </message>
</context>
<context>
    <name>AutoSync</name>
    <message>
        <location filename="../../sistercommittee/ui/auto_sync.py" line="132" />
        <source>The sync stopped on an unexpected error ({kind}).</source>
        <translation>La sincronización se detuvo por un error inesperado ({kind}).</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="51" />
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="52" />
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="57" />
        <source>SisterCommittee backs your records up once a day, and before an import or a restore. Choose a backup to go back to the records as they were then. Back Up To… keeps a copy where you choose, such as on a USB stick.</source>
        <translation>SisterCommittee hace una copia de seguridad de sus registros una vez al día, y antes de una importación o una restauración. Elija una copia para volver a los registros tal como estaban entonces. «Copiar en…» guarda una copia donde usted elija, por ejemplo en una memoria USB.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="66" />
        <source>Backups, newest first</source>
        <translation>Copias de seguridad, de la más reciente a la más antigua</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="67" />
        <source>Made</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="67" />
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="67" />
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="80" />
        <source>&amp;Back Up Now</source>
        <translation>Hacer copia a&amp;hora</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="83" />
        <source>Back Up &amp;To…</source>
        <translation>&amp;Copiar en…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="86" />
        <source>Save a copy of the records where you choose, such as a USB stick</source>
        <translation>Guardar una copia de los registros donde usted elija, por ejemplo en una memoria USB</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="89" />
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="91" />
        <source>Go back to the chosen backup</source>
        <translation>Volver a la copia elegida</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="93" />
        <source>Restore From &amp;Another File…</source>
        <translation>Restaurar desde &amp;otro archivo…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="103" />
        <source>&amp;Close</source>
        <translation>C&amp;errar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="155" />
        <source>There are no backups of these records yet.</source>
        <translation>Todavía no hay copias de seguridad de estos registros.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="160" />
        <source>Daily</source>
        <translation>Diaria</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="161" />
        <source>Made by hand</source>
        <translation>Hecha a mano</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="162" />
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="163" />
        <source>Before an import</source>
        <translation>Antes de una importación</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="166" />
        <source>Before an update of SisterCommittee</source>
        <translation>Antes de una actualización de SisterCommittee</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="195" />
        <source>Backed up.</source>
        <translation>Copia hecha.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="199" />
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="201" />
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="248" />
        <source>Backing up…</source>
        <translation>Haciendo la copia…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="213" />
        <source>SisterCommittee backup {date}.sqlite</source>
        <translation>Copia de SisterCommittee {date}.sqlite</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="224" />
        <source>Back Up To</source>
        <translation>Copiar en</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="226" />
        <source>SisterCommittee databases (*.sqlite)</source>
        <translation>Bases de datos de SisterCommittee (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="242" />
        <source>Backed up to {path}. Restore From Another File… goes back to it.</source>
        <translation>Copia hecha en {path}. «Restaurar desde otro archivo…» vuelve a ella.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="250" />
        <source>Backing up to {file}…</source>
        <translation>Copiando en {file}…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="268" />
        <source>Go back to the records as they were on {when}?</source>
        <translation>¿Volver a los registros tal como estaban el {when}?</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="276" />
        <source>Choose a Backup to Restore</source>
        <translation>Elegir una copia para restaurar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="278" />
        <source>SisterCommittee databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de SisterCommittee (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="280" />
        <source>Replace the records by those in {file}?</source>
        <translation>¿Reemplazar los registros por los de {file}?</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="289" />
        <source>Restore a Backup</source>
        <translation>Restaurar una copia</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="293" />
        <source>Every record is replaced by the backup's. The records as they are now are kept as a backup first (“Before a restore”), so you can come back to them.</source>
        <translation>Cada registro se reemplaza por el de la copia. Antes, los registros tal como están ahora se guardan como copia («Antes de una restauración»), para que pueda volver a ellos.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="297" />
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="298" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="320" />
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="322" />
        <source>Restoring {file}…</source>
        <translation>Restaurando {file}…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="334" />
        <source>The backup has no organization. Open the database again to set it up.</source>
        <translation>La copia no tiene ninguna organización. Abra la base de datos de nuevo para configurarla.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="346" />
        <source>Restored. The records as they were before are kept as the backup “Before a restore”.</source>
        <translation>Restaurada. Los registros tal como estaban antes se guardan en la copia «Antes de una restauración».</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/charts.py" line="94" />
        <source>No data yet</source>
        <translation>Todavía no hay datos</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/calendar.py" line="102" />
        <source>◀ &amp;Previous</source>
        <translation>◀ Ante&amp;rior</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/calendar.py" line="103" />
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/calendar.py" line="104" />
        <source>&amp;Next ▶</source>
        <translation>&amp;Siguiente ▶</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/calendar.py" line="105" />
        <source>&amp;Month</source>
        <translation>&amp;Mes</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/calendar.py" line="106" />
        <source>&amp;Week</source>
        <translation>Sema&amp;na</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/calendar.py" line="131" />
        <location filename="../../sistercommittee/ui/pages/calendar.py" line="159" />
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/calendar.py" line="141" />
        <source>Point at an event to see its time in our city and in the partner city. Page Up and Page Down move by a month or a week.</source>
        <translation>Señale un evento para ver su hora en nuestra ciudad y en la ciudad asociada. Re Pág y Av Pág avanzan de mes en mes o de semana en semana.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/calendar.py" line="229" />
        <source>Week of {first} to {last}</source>
        <translation>Semana del {first} al {last}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/calendar.py" line="262" />
        <source>+{count} more</source>
        <translation>+{count} más</translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/calendar_popup.py" line="48" />
        <source>Previous year</source>
        <translation>Año anterior</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/calendar_popup.py" line="49" />
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/calendar_popup.py" line="52" />
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/calendar_popup.py" line="58" />
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/calendar_popup.py" line="61" />
        <source>&amp;Year:</source>
        <translation>&amp;Año:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/calendar_popup.py" line="63" />
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/calendar_popup.py" line="64" />
        <source>Next year</source>
        <translation>Año siguiente</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/calendar_popup.py" line="85" />
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/calendar_popup.py" line="89" />
        <source>C&amp;lear</source>
        <translation>&amp;Borrar</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="172" />
        <source>Password Reset Code</source>
        <translation>Código para restablecer la contraseña</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="172" />
        <source>Invitation</source>
        <translation>Invitación</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="176" />
        <source>A reset code for {email}. Setting the new password signs out every laptop signed in with the old one.</source>
        <translation>Un código de restablecimiento para {email}. Al establecer la contraseña nueva, se cierra la sesión en todas las computadoras que la iniciaron con la anterior.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="180" />
        <source>{email} is invited as {role}.</source>
        <translation>{email} está invitado con la función {role}.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="194" />
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="197" />
        <source>HQ mailed it to {email} too.</source>
        <translation>La sede también lo envió por correo a {email}.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="200" />
        <source>HQ sends no mail: pass the code on yourself, with the server {server}.</source>
        <translation>La sede no envía correos: entregue usted el código, junto con el servidor {server}.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="202" />
        <source>It works once, until {when}. It is not shown again.</source>
        <translation>Sirve una sola vez, hasta el {when}. No se vuelve a mostrar.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="210" />
        <source>&amp;Copy Code</source>
        <translation>&amp;Copiar código</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="214" />
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="228" />
        <source>Copied. </source>
        <translation>Copiado. </translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/common.py" line="76" />
        <source>Please confirm</source>
        <translation>Confirme, por favor</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/common.py" line="81" />
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/common.py" line="84" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="142" />
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="240" />
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="173" />
        <source>Open the &amp;Agenda</source>
        <translation>Abrir la a&amp;genda</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="180" />
        <source>Active partnerships</source>
        <translation>Hermanamientos activos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="181" />
        <source>Active volunteers</source>
        <translation>Voluntarios activos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="182" />
        <source>Volunteer hours this year</source>
        <translation>Horas de voluntariado este año</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="183" />
        <source>Upcoming events</source>
        <translation>Próximos eventos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="184" />
        <source>People exchanged this year</source>
        <translation>Participantes en intercambios este año</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="185" />
        <source>Partnerships quiet for a year</source>
        <translation>Hermanamientos sin actividad en un año</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="198" />
        <source>Volunteer hours per year</source>
        <translation>Horas de voluntariado por año</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="201" />
        <source>People exchanged per year</source>
        <translation>Participantes en intercambios por año</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="201" />
        <source>Adults</source>
        <translation>Adultos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="201" />
        <source>Youth</source>
        <translation>Jóvenes</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="205" />
        <source>Partnerships by status</source>
        <translation>Hermanamientos por estado</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="209" />
        <source>Hours this year by kind of work</source>
        <translation>Horas de este año por tipo de trabajo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="218" />
        <source>Partnerships by year signed</source>
        <translation>Hermanamientos por año de firma</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="262" />
        <source>Agenda: {overdue} overdue, {today} today, {coming} in the next {days} days</source>
        <translation>Agenda: {overdue} atrasados, {today} hoy, {coming} en los próximos {days} días</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="277" />
        <source>and {count} more on the Agenda page</source>
        <translation>y {count} más en la página Agenda</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="282" />
        <source>Nothing is overdue or coming.</source>
        <translation>No hay nada atrasado ni previsto.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="304" />
        <source>of {total} in all</source>
        <translation>de {total} en total</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="308" />
        <source>{people} gave time this year</source>
        <translation>{people} dieron su tiempo este año</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="312" />
        <source>last year {hours}</source>
        <translation>el año pasado {hours}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="318" />
        <source>{events} events in all</source>
        <translation>{events} eventos en total</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="322" />
        <source>{youth} young, in %n exchange(s)</source>
        <translation>
            <numerusform>{youth} jóvenes, en %n intercambio</numerusform>
            <numerusform>{youth} jóvenes, en %n intercambios</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="327" />
        <source>no event or exchange since a year ago</source>
        <translation>ningún evento ni intercambio desde hace un año</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="403" />
        <source>%n shift(s) open</source>
        <translation>
            <numerusform>%n turno libre</numerusform>
            <numerusform>%n turnos libres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="406" />
        <source>Nothing planned yet.</source>
        <translation>Todavía no hay nada planeado.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="412" />
        <source>last activity {date}</source>
        <translation>última actividad: {date}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="416" />
        <source>no activity recorded</source>
        <translation>sin actividad registrada</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="419" />
        <source>Next events</source>
        <translation>Próximos eventos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="421" />
        <source>Partnerships with no activity for a year</source>
        <translation>Hermanamientos sin actividad desde hace un año</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="428" />
        <source>No partnerships yet: add your first partner city on Partnerships.</source>
        <translation>Todavía no hay hermanamientos: agregue su primera ciudad asociada en Hermanamientos.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="430" />
        <source>Every partnership has ended.</source>
        <translation>Todos los hermanamientos han terminado.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="431" />
        <source>Every partnership had an event or exchange in the last twelve months.</source>
        <translation>Todos los hermanamientos tuvieron un evento o un intercambio en los últimos doce meses.</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/typed_editors.py" line="140" />
        <source>e.g. {example} or today</source>
        <translation>p. ej., {example} u «hoy»</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/typed_editors.py" line="149" />
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Elegir en un calendario (Alt+Abajo)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/typed_editors.py" line="150" />
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/typed_editors.py" line="220" />
        <source>e.g. {example}</source>
        <translation>p. ej., {example}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/typed_editors.py" line="239" />
        <source>e.g. 250 or 12.50</source>
        <translation>p. ej., 250 o 12.50</translation>
    </message>
</context>
<context>
    <name>DateTimeEditor</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/typed_editors.py" line="192" />
        <source>e.g. {example}</source>
        <translation>p. ej., {example}</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="123" />
        <location filename="../../sistercommittee/ui/pages/documents.py" line="279" />
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="185" />
        <source>Partnership</source>
        <translation>Hermanamiento</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="187" />
        <source>&amp;Partnership:</source>
        <translation>&amp;Hermanamiento:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="192" />
        <source>The partner's language</source>
        <translation>El idioma de la ciudad asociada</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="195" />
        <source>Second &amp;language:</source>
        <translation>Segundo &amp;idioma:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="200" />
        <source>Usual for our country</source>
        <translation>El habitual en nuestro país</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="201" />
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="203" />
        <source>P&amp;aper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="217" />
        <source>&amp;Make Certificate</source>
        <translation>Crear &amp;certificado</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="152" />
        <source>&amp;Open to View or Print</source>
        <translation>A&amp;brir para ver o imprimir</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="131" />
        <source>A partnership's certificate, letters for delegations and volunteers, and the annual report for HQ; in English and the partner's language.</source>
        <translation>El certificado de un hermanamiento, cartas para delegaciones y voluntarios, y el informe anual para la sede; en inglés y en el idioma de la ciudad asociada.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="140" />
        <source>&amp;Certificate</source>
        <translation>Certificad&amp;o</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="145" />
        <source>Le&amp;tters</source>
        <translation>Ca&amp;rtas</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="146" />
        <source>A&amp;nnual Report</source>
        <translation>Informe anua&amp;l</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="155" />
        <source>&amp;Save As…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="170" />
        <source>Document preview</source>
        <translation>Vista previa del documento</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="206" />
        <source>Rene&amp;wal certificate for this year's anniversary</source>
        <translation>Certificado &amp;de renovación por el aniversario de este año</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="210" />
        <source>On the 10th, 25th, 50th, 75th or 100th year since the signing: a certificate that renews the partnership</source>
        <translation>En el 10.º, 25.º, 50.º, 75.º o 100.º año desde la firma: un certificado que renueva el hermanamiento</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="231" />
        <source>Annual report for &amp;year:</source>
        <translation>I&amp;nforme anual del año:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="239" />
        <source>Save Annual &amp;Report…</source>
        <translation>Guardar in&amp;forme anual…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="243" />
        <source>The year's partnerships, volunteers and hours, events and exchanges, hosting, economic development and money (in US dollars too), as a PDF for the board and HQ</source>
        <translation>Los hermanamientos, voluntarios y horas, eventos e intercambios, alojamiento, desarrollo económico y dinero del año (también en dólares estadounidenses), en un PDF para la junta directiva y la sede</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="256" />
        <source>The US dollar totals use the exchange rates entered for the year; the report names any currency without one.</source>
        <translation>Los totales en dólares estadounidenses usan los tipos de cambio registrados para el año; el informe nombra cualquier moneda que no tenga uno.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="262" />
        <source>E&amp;xchange Rates…</source>
        <translation>&amp;Tipos de cambio…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="394" />
        <source>Save the Document</source>
        <translation>Guardar el documento</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="457" />
        <source>The letter is ready. Open it to look at it and print it.</source>
        <translation>La carta está lista. Ábrala para revisarla e imprimirla.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="461" />
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="463" />
        <source>{count} pages</source>
        <translation>{count} páginas</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="469" />
        <source>{name}: {pages}, in {languages}, {size}.</source>
        <translation>{name}: {pages}, en {languages}, {size}.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="472" />
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="335" />
        <source>Laying out the certificate…</source>
        <translation>Componiendo el certificado…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="342" />
        <source>Drawing the preview…</source>
        <translation>Dibujando la vista previa…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="352" />
        <source>Certificate {city}.pdf</source>
        <translation>Certificado {city}.pdf</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="361" />
        <source>The certificate is ready. Open it to look at it and print it.</source>
        <translation>El certificado está listo. Ábralo para revisarlo e imprimirlo.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="364" />
        <source>Certificate of {city}: {size}.</source>
        <translation>Certificado de {city}: {size}.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="365" />
        <source>Letter of intent with {city}: {size}.</source>
        <translation>Carta de intención con {city}: {size}.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="366" />
        <source>Renewal certificate of {city}: {size}.</source>
        <translation>Certificado de renovación de {city}: {size}.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="375" />
        <source>Making the certificate…</source>
        <translation>Creando el certificado…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="396" />
        <location filename="../../sistercommittee/ui/pages/documents.py" line="419" />
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="409" />
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="410" />
        <location filename="../../sistercommittee/ui/pages/documents.py" line="435" />
        <source>Saved to {path}.</source>
        <translation>Guardado en {path}.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="417" />
        <source>Save the Annual Report</source>
        <translation>Guardar el informe anual</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="418" />
        <source>Annual report {year}.pdf</source>
        <translation>Informe anual {year}.pdf</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="433" />
        <source>Making the annual report for {year}…</source>
        <translation>Creando el informe anual de {year}…</translation>
    </message>
</context>
<context>
    <name>DueTodayNotifier</name>
    <message>
        <location filename="../../sistercommittee/ui/tray.py" line="46" />
        <source>SisterCommittee</source>
        <translation>SisterCommittee</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/tray.py" line="74" />
        <source>Due today in SisterCommittee: {count}</source>
        <translation>Vence hoy en SisterCommittee: {count}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/tray.py" line="77" />
        <source>and {count} more</source>
        <translation>y {count} más</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/tray.py" line="79" />
        <source>Overdue: {count}</source>
        <translation>Atrasados: {count}</translation>
    </message>
</context>
<context>
    <name>EditGuard</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/edit_guard.py" line="49" />
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/edit_guard.py" line="50" />
        <source>Save the changes you made?</source>
        <translation>¿Guardar los cambios que hizo?</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/edit_guard.py" line="52" />
        <source>If you discard them, what you typed is lost.</source>
        <translation>Si los descarta, se pierde lo que escribió.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/edit_guard.py" line="55" />
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/edit_guard.py" line="59" />
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/edit_guard.py" line="62" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../sistercommittee/ui/errors.py" line="42" />
        <source>Nothing was saved</source>
        <translation>No se guardó nada</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/errors.py" line="43" />
        <source>Nothing was saved.</source>
        <translation>No se guardó nada.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/errors.py" line="47" />
        <source>The database could not be used</source>
        <translation>No se pudo usar la base de datos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/errors.py" line="52" />
        <source>The database cannot be opened</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/errors.py" line="56" />
        <source>Cannot do that</source>
        <translation>No se puede hacer eso</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/errors.py" line="72" />
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/errors.py" line="74" />
        <source>Something went wrong and that action stopped. What was saved before is safe; check the last change and do it again if it is missing.</source>
        <translation>Algo salió mal y esa acción se detuvo. Lo que se guardó antes está a salvo; revise el último cambio y vuelva a hacerlo si falta.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/errors.py" line="81" />
        <source>The details were written to the log file:
{path}</source>
        <translation>Los detalles se escribieron en el archivo de registro:
{path}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/errors.py" line="87" />
        <source>Open Log Folder</source>
        <translation>Abrir carpeta de registros</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="62" />
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="63" />
        <source>On the venue's clock</source>
        <translation>Con la hora del lugar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="121" />
        <source>New Event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="125" />
        <source>Add event</source>
        <translation>Agregar evento</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="146" />
        <source>Edit Event: {title}</source>
        <translation>Editar evento: {title}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="150" />
        <source>Edit event {title}</source>
        <translation>Editar el evento {title}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="175" />
        <source>Leave empty for an open shift</source>
        <translation>Dejar vacío para un turno libre</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="176" />
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="179" />
        <source>On the venue's clock ({zone})</source>
        <translation>Con la hora del lugar ({zone})</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="188" />
        <source>New Shift at {title}</source>
        <translation>Nuevo turno en {title}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="196" />
        <source>Add shift</source>
        <translation>Agregar turno</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="205" />
        <source>Edit Shift: {role}</source>
        <translation>Editar turno: {role}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="209" />
        <source>Edit shift {role}</source>
        <translation>Editar el turno {role}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="260" />
        <source>New Budget Line</source>
        <translation>Nueva partida del presupuesto</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="271" />
        <source>Add budget line</source>
        <translation>Agregar partida del presupuesto</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="281" />
        <source>Edit Budget Line</source>
        <translation>Editar partida del presupuesto</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="287" />
        <source>Edit budget line</source>
        <translation>Editar la partida del presupuesto</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="62" />
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="65" />
        <source>New E&amp;vent…</source>
        <translation>Nuevo e&amp;vento…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="68" />
        <source>Search titles and venues (Ctrl+F)</source>
        <translation>Buscar títulos y lugares (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/events.py" line="71" />
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="75" />
        <source>No event matches the search and filters.</source>
        <translation>Ningún evento coincide con la búsqueda y los filtros.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="76" />
        <source>No events yet. Plan one with New Event.</source>
        <translation>Todavía no hay eventos. Planee uno con «Nuevo evento».</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="86" />
        <source>{filled} of {total}</source>
        <translation>{filled} de {total}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="102" />
        <source>When (venue time)</source>
        <translation>Cuándo (hora del lugar)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="103" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="106" />
        <location filename="../../sistercommittee/ui/pages/events.py" line="151" />
        <location filename="../../sistercommittee/ui/pages/events.py" line="411" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="111" />
        <location filename="../../sistercommittee/ui/pages/events.py" line="412" />
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="114" />
        <location filename="../../sistercommittee/ui/pages/events.py" line="425" />
        <source>Partner cities</source>
        <translation>Ciudades asociadas</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="120" />
        <location filename="../../sistercommittee/ui/pages/events.py" line="414" />
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="127" />
        <source>Shifts filled</source>
        <translation>Turnos cubiertos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="143" />
        <source>Past and upcoming</source>
        <translation>Pasados y próximos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="144" />
        <source>Upcoming</source>
        <translation>Próximos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="144" />
        <source>Past</source>
        <translation>Pasados</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="145" />
        <location filename="../../sistercommittee/ui/pages/events.py" line="409" />
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="151" />
        <source>Any kind</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="156" />
        <source>Any partner city</source>
        <translation>Cualquier ciudad asociada</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="156" />
        <source>Partnership</source>
        <translation>Hermanamiento</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="163" />
        <source>From date</source>
        <translation>Fecha desde</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="165" />
        <source>Fro&amp;m</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="168" />
        <source>To date</source>
        <translation>Fecha hasta</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="170" />
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="202" />
        <source>&amp;New Event…</source>
        <translation>&amp;Nuevo evento…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="204" />
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="207" />
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="228" />
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="231" />
        <source>Shifts</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="233" />
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="236" />
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="242" />
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="248" />
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="255" />
        <source>Volunteer</source>
        <translation>Voluntario</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="256" />
        <source>— open —</source>
        <translation>— libre —</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="260" />
        <source>&amp;Add Shift…</source>
        <translation>A&amp;gregar turno…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="266" />
        <source>No shifts planned: add the jobs people will do.</source>
        <translation>No hay turnos planeados: agregue las tareas que hará la gente.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="268" />
        <source>Leave O&amp;pen</source>
        <translation>De&amp;jar libre</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="271" />
        <source>&amp;Log Hours for Staff</source>
        <translation>Registrar h&amp;oras del personal</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="275" />
        <source>Log the time of everyone on the selected shifts (all shifts when none is selected)</source>
        <translation>Registrar el tiempo de todas las personas de los turnos seleccionados (de todos los turnos si no hay ninguno seleccionado)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="279" />
        <source>&amp;Staffing</source>
        <translation>&amp;Personal</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="282" />
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="286" />
        <source>Income/expense</source>
        <translation>Ingreso/gasto</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="292" />
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="297" />
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="301" />
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="308" />
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="314" />
        <source>In kind</source>
        <translation>En especie</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="314" />
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="318" />
        <source>&amp;Add Budget Line…</source>
        <translation>A&amp;gregar partida…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="328" />
        <source>&amp;Budget</source>
        <translation>Pre&amp;supuesto</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/events.py" line="344" />
        <source>%n event(s) selected.</source>
        <translation>
            <numerusform>%n evento seleccionado.</numerusform>
            <numerusform>%n eventos seleccionados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="346" />
        <source>Select an event to see its times, staffing and budget.</source>
        <translation>Seleccione un evento para ver sus horarios, su personal y su presupuesto.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="364" />
        <source>&amp;Staffing ({filled}/{total})</source>
        <translation>&amp;Personal ({filled}/{total})</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="368" />
        <source>{currency}: planned net {planned}, actual net {actual}</source>
        <translation>{currency}: neto previsto {planned}, neto real {actual}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="387" />
        <source>{start} – {end} ({zone})</source>
        <translation>{start} – {end} ({zone})</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="410" />
        <source>On your clock</source>
        <translation>Con su hora</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="418" />
        <source>Youth attending</source>
        <translation>Jóvenes asistentes</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="428" />
        <source>Volunteer hours</source>
        <translation>Horas de voluntariado</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="429" />
        <source>{hours} h by {people}</source>
        <translation>{hours} h de {people}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="438" />
        <source>In the partner cities</source>
        <translation>En las ciudades asociadas</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="441" />
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="472" />
        <source>Delete the event {title}?</source>
        <translation>¿Eliminar el evento {title}?</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="473" />
        <source>Delete event {title}</source>
        <translation>Eliminar el evento {title}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/events.py" line="475" />
        <source>Delete %n event(s)?</source>
        <translation>
            <numerusform>¿Eliminar %n evento?</numerusform>
            <numerusform>¿Eliminar %n eventos?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/events.py" line="476" />
        <source>Delete %n event(s)</source>
        <translation>
            <numerusform>Eliminar %n evento</numerusform>
            <numerusform>Eliminar %n eventos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="478" />
        <source>Their shifts and budget go with them. Edit &gt; Undo brings them back.</source>
        <translation>Sus turnos y su presupuesto se eliminan con ellos. Editar &gt; Deshacer los recupera.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/events.py" line="526" />
        <source>Remove %n shift(s)</source>
        <translation>
            <numerusform>Quitar %n turno</numerusform>
            <numerusform>Quitar %n turnos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/events.py" line="555" />
        <source>Leave %n shift(s) open</source>
        <translation>
            <numerusform>Dejar libre %n turno</numerusform>
            <numerusform>Dejar libres %n turnos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="591" />
        <source>Logged {hours} h for {names}.</source>
        <translation>Se registraron {hours} h para {names}.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="598" />
        <source>Already logged before: {names}.</source>
        <translation>Ya registradas antes: {names}.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="607" />
        <source>Log hours for the staff of {title}</source>
        <translation>Registrar horas del personal de {title}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/events.py" line="632" />
        <source>Remove %n budget line(s)</source>
        <translation>
            <numerusform>Quitar %n partida del presupuesto</numerusform>
            <numerusform>Quitar %n partidas del presupuesto</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="38" />
        <source>Type part of the city's name</source>
        <translation>Escriba parte del nombre de la ciudad</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="52" />
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="89" />
        <source>New Exchange</source>
        <translation>Nuevo intercambio</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="95" />
        <source>Add exchange</source>
        <translation>Agregar intercambio</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="115" />
        <source>Edit Exchange: {title}</source>
        <translation>Editar intercambio: {title}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="121" />
        <source>Edit exchange {title}</source>
        <translation>Editar el intercambio {title}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="149" />
        <source>One of our volunteers; leave empty and give a name for someone else</source>
        <translation>Uno de nuestros voluntarios; déjelo vacío y escriba un nombre si es otra persona</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="157" />
        <source>New Participant</source>
        <translation>Nuevo participante</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="168" />
        <source>Add participant</source>
        <translation>Agregar participante</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="176" />
        <source>Edit Participant: {name}</source>
        <translation>Editar participante: {name}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="188" />
        <source>Edit participant {name}</source>
        <translation>Editar al participante {name}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="218" />
        <source>When the family is one of our volunteers' households</source>
        <translation>Cuando la familia es el hogar de uno de nuestros voluntarios</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="226" />
        <source>New Host Family</source>
        <translation>Nueva familia anfitriona</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="237" />
        <source>Add host family</source>
        <translation>Agregar familia anfitriona</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="245" />
        <source>Edit Host Family: {name}</source>
        <translation>Editar familia anfitriona: {name}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="257" />
        <source>Edit host family {name}</source>
        <translation>Editar la familia anfitriona {name}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="326" />
        <source>Place a Guest</source>
        <translation>Alojar a un huésped</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="330" />
        <source>Place a guest</source>
        <translation>Alojar a un huésped</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="333" />
        <source>The day the guest moves on (not a night of the stay)</source>
        <translation>El día en que el huésped se va (no es una noche de la estancia)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="360" />
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="361" />
        <source>On the local clock</source>
        <translation>Con la hora local</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="373" />
        <source>New Itinerary Item</source>
        <translation>Nueva actividad del itinerario</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="384" />
        <source>Add itinerary item</source>
        <translation>Agregar actividad al itinerario</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="391" />
        <source>Edit Itinerary Item: {title}</source>
        <translation>Editar actividad del itinerario: {title}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="403" />
        <source>Edit itinerary item {title}</source>
        <translation>Editar la actividad del itinerario {title}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="433" />
        <source>New Cost</source>
        <translation>Nuevo costo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="439" />
        <source>Add cost</source>
        <translation>Agregar costo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="445" />
        <source>Edit Cost</source>
        <translation>Editar costo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="449" />
        <source>Edit cost</source>
        <translation>Editar el costo</translation>
    </message>
</context>
<context>
    <name>ExchangesPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="59" />
        <source>Exchanges</source>
        <translation>Intercambios</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="62" />
        <source>New E&amp;xchange…</source>
        <translation>Nuevo inter&amp;cambio…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="65" />
        <source>Search titles and cities (Ctrl+F)</source>
        <translation>Buscar títulos y ciudades (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="68" />
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n intercambio</numerusform>
            <numerusform>%n intercambios</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="72" />
        <source>No exchange matches the search and filters.</source>
        <translation>Ningún intercambio coincide con la búsqueda y los filtros.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="73" />
        <source>No exchanges yet. Plan a delegation with New Exchange.</source>
        <translation>Todavía no hay intercambios. Planee una delegación con «Nuevo intercambio».</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="82" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="458" />
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="87" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="90" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="463" />
        <source>Partner city</source>
        <translation>Ciudad asociada</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="96" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="132" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="466" />
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="102" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="138" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="467" />
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="109" />
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="114" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="219" />
        <source>Youth</source>
        <translation>Jóvenes</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="115" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="250" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="474" />
        <source>Host families</source>
        <translation>Familias anfitrionas</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="130" />
        <source>Both directions</source>
        <translation>Ambos sentidos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="138" />
        <source>Any program</source>
        <translation>Cualquier programa</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="143" />
        <source>Any partner city</source>
        <translation>Cualquier ciudad asociada</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="143" />
        <source>Partnership</source>
        <translation>Hermanamiento</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="150" />
        <source>Any year</source>
        <translation>Cualquier año</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="152" />
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="181" />
        <source>&amp;New Exchange…</source>
        <translation>&amp;Nuevo intercambio…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="183" />
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="186" />
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="205" />
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="208" />
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="210" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="213" />
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="220" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="226" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="345" />
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="225" />
        <source>Exchanged</source>
        <translation>En el intercambio</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="229" />
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="230" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="260" />
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="233" />
        <source>&amp;Add Participant…</source>
        <translation>A&amp;gregar participante…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="240" />
        <source>Plannin&amp;g Details…</source>
        <translation>&amp;Detalles de planificación…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="246" />
        <source>&amp;Participants</source>
        <translation>&amp;Participantes</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="252" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="284" />
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="253" />
        <source>Beds</source>
        <translation>Camas</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="256" />
        <source>Guests</source>
        <translation>Huéspedes</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="263" />
        <source>&amp;Add Host Family…</source>
        <translation>Agregar &amp;familia anfitriona…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="270" />
        <source>Place a &amp;Guest…</source>
        <translation>Alojar a un &amp;huésped…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="273" />
        <source>Hosting Detai&amp;ls…</source>
        <translation>De&amp;talles del alojamiento…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="281" />
        <source>Stays</source>
        <translation>Estancias</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="283" />
        <source>Guest</source>
        <translation>Huésped</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="287" />
        <source>Nights</source>
        <translation>Noches</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="288" />
        <source>{dates} ({n})</source>
        <translation>{dates} ({n})</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="298" />
        <source>Remove Stay</source>
        <translation>Quitar estancia</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="306" />
        <source>Hos&amp;ting</source>
        <translation>Alo&amp;jamiento</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="310" />
        <source>Itinerary</source>
        <translation>Itinerario</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="312" />
        <source>When (local time)</source>
        <translation>Cuándo (hora local)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="313" />
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="314" />
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="317" />
        <source>&amp;Add Item…</source>
        <translation>A&amp;gregar actividad…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="323" />
        <source>&amp;Itinerary</source>
        <translation>&amp;Itinerario</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="326" />
        <source>Costs</source>
        <translation>Costos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="330" />
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="335" />
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="339" />
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="345" />
        <source>In kind</source>
        <translation>En especie</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="349" />
        <source>&amp;Add Cost…</source>
        <translation>A&amp;gregar costo…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="358" />
        <source>&amp;Costs</source>
        <translation>C&amp;ostos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="362" />
        <source>Chec&amp;klist</source>
        <translation>Lista de &amp;control</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="364" />
        <source>Home&amp;stays</source>
        <translation>E&amp;stancias en familia</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="383" />
        <source>%n exchange(s) selected.</source>
        <translation>
            <numerusform>%n intercambio seleccionado.</numerusform>
            <numerusform>%n intercambios seleccionados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="385" />
        <source>Select an exchange to see its people, hosting, itinerary and costs.</source>
        <translation>Seleccione un intercambio para ver sus participantes, el alojamiento, el itinerario y los costos.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="408" />
        <source>&amp;Participants ({count})</source>
        <translation>&amp;Participantes ({count})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="412" />
        <source>{name} has no host for %n night(s).</source>
        <translation>
            <numerusform>{name} no tiene anfitrión para %n noche.</numerusform>
            <numerusform>{name} no tiene anfitrión para %n noches.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="420" />
        <source>{currency}: {cash} in money, {kind} in kind</source>
        <translation>{currency}: {cash} en dinero, {kind} en especie</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="469" />
        <source>People exchanged</source>
        <translation>Participantes en intercambios</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="470" />
        <source>{people}, of them {youth} young</source>
        <translation>{people}, de ellos {youth} jóvenes</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="476" />
        <source>Travel paid by</source>
        <translation>Viaje pagado por</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="482" />
        <source>Stay paid by</source>
        <translation>Estancia pagada por</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="489" />
        <source>Still without a host for some nights:</source>
        <translation>Todavía sin anfitrión algunas noches:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="519" />
        <source>Delete the exchange {title}?</source>
        <translation>¿Eliminar el intercambio {title}?</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="520" />
        <source>Delete exchange {title}</source>
        <translation>Eliminar el intercambio {title}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="522" />
        <source>Delete %n exchange(s)?</source>
        <translation>
            <numerusform>¿Eliminar %n intercambio?</numerusform>
            <numerusform>¿Eliminar %n intercambios?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="523" />
        <source>Delete %n exchange(s)</source>
        <translation>
            <numerusform>Eliminar %n intercambio</numerusform>
            <numerusform>Eliminar %n intercambios</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="524" />
        <source>Edit &gt; Undo brings them back.</source>
        <translation>Editar &gt; Deshacer los recupera.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="580" />
        <source>Remove %n participant(s)</source>
        <translation>
            <numerusform>Quitar %n participante</numerusform>
            <numerusform>Quitar %n participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="606" />
        <source>Remove %n host family(ies)</source>
        <translation>
            <numerusform>Quitar %n familia anfitriona</numerusform>
            <numerusform>Quitar %n familias anfitrionas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="627" />
        <source>Remove %n stay(s)</source>
        <translation>
            <numerusform>Quitar %n estancia</numerusform>
            <numerusform>Quitar %n estancias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="650" />
        <source>Remove %n itinerary item(s)</source>
        <translation>
            <numerusform>Quitar %n actividad del itinerario</numerusform>
            <numerusform>Quitar %n actividades del itinerario</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="676" />
        <source>Remove %n cost(s)</source>
        <translation>
            <numerusform>Quitar %n costo</numerusform>
            <numerusform>Quitar %n costos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="168" />
        <source>What to import</source>
        <translation>Qué importar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="170" />
        <source>Choose what the file holds, and the file: a CSV file or an Excel workbook.</source>
        <translation>Elija qué contiene el archivo, y el archivo: un archivo CSV o un libro de Excel.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="174" />
        <source>What the file holds</source>
        <translation>Qué contiene el archivo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="179" />
        <source>File to import</source>
        <translation>Archivo para importar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="180" />
        <source>The CSV or Excel file</source>
        <translation>El archivo CSV o de Excel</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="182" />
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="189" />
        <source>The file &amp;holds:</source>
        <translation>El archivo &amp;contiene:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="191" />
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="208" />
        <source>Choose the File to Import</source>
        <translation>Elegir el archivo para importar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="210" />
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Hojas de cálculo (*.csv *.xlsx *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="227" />
        <source>Reading {file}…</source>
        <translation>Leyendo {file}…</translation>
    </message>
</context>
<context>
    <name>FinderPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="51" />
        <source>Who a city is twinned with</source>
        <translation>Con quién está hermanada una ciudad</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="52" />
        <source>Cities of a country with no partner in ours</source>
        <translation>Ciudades de un país sin ninguna ciudad hermana en el nuestro</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="53" />
        <source>Cities like ours, and their partners</source>
        <translation>Ciudades como la nuestra, y sus ciudades hermanas</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="54" />
        <source>&amp;Look for:</source>
        <translation>&amp;Qué buscar:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="59" />
        <source>a city's name, e.g. Mataró</source>
        <translation>el nombre de una ciudad, p. ej., Mataró</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="62" />
        <source>a country, e.g. Japan or JP</source>
        <translation>un país, p. ej., Japón o JP</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="68" />
        <source>any size</source>
        <translation>cualquier tamaño</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="71" />
        <source>in the whole world</source>
        <translation>en todo el mundo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="72" />
        <source>on our continent</source>
        <translation>en nuestro continente</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="73" />
        <source>in our country</source>
        <translation>en nuestro país</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="77" />
        <source>&amp;City:</source>
        <translation>&amp;Ciudad:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="79" />
        <source>C&amp;ountry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="80" />
        <source>At le&amp;ast:</source>
        <translation>Co&amp;mo mínimo:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="82" />
        <source>&amp;Where:</source>
        <translation>&amp;Dónde:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="97" />
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="106" />
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="106" />
        <source>People</source>
        <translation>Habitantes</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="106" />
        <source>Twinnings</source>
        <translation>Hermanamientos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="106" />
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="117" />
        <source>Start E&amp;xploring</source>
        <translation>Empezar a e&amp;xplorar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="120" />
        <source>Add the chosen city as a partnership with the status exploring</source>
        <translation>Agregar la ciudad elegida como hermanamiento en estado «en exploración»</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="155" />
        <source>Partner Finder</source>
        <translation>Buscador de ciudades</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="212" />
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="227" />
        <source>{count} found. Choose a city and Start Exploring to add it.</source>
        <translation>Se encontraron {count}. Elija una ciudad y pulse «Empezar a explorar» para agregarla.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="232" />
        <source>Nothing found: try another name, country or size.</source>
        <translation>No se encontró nada: pruebe con otro nombre, país o tamaño.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="286" />
        <source>Added {city} to the partnerships, status exploring. Open it on the Partnerships page to add contacts.</source>
        <translation>Se agregó {city} a los hermanamientos, en estado «en exploración». Ábralo en la página Hermanamientos para agregar contactos.</translation>
    </message>
<message><source>Source</source><translation>Fuente</translation></message></context>
<context>
    <name>ForgotPasswordDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="113" />
        <source>Forgot Password?</source>
        <translation>¿Olvidó la contraseña?</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="117" />
        <source>HQ can mail a reset code to your account's email, where it has mail; otherwise a coordinator of your organization issues one on the Members page.</source>
        <translation>La sede puede enviar un código de restablecimiento al correo de su cuenta, si tiene correo; si no, un coordinador de su organización emite uno en la página Miembros.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="121" />
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="123" />
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="125" />
        <source>Reset &amp;code:</source>
        <translation>Código de &amp;restablecimiento:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="126" />
        <source>&amp;New password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="127" />
        <source>10 characters or more</source>
        <translation>10 caracteres o más</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="128" />
        <source>&amp;Again:</source>
        <translation>Repe&amp;tir:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="129" />
        <source>&amp;Mail Me a Code</source>
        <translation>&amp;Enviarme un código por correo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="133" />
        <source>Set &amp;Password</source>
        <translation>&amp;Guardar la contraseña</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="141" />
        <source>Type HQ's address.</source>
        <translation>Escriba la dirección de la sede.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="187" />
        <source>Setting the new password…</source>
        <translation>Estableciendo la contraseña nueva…</translation>
    </message>
</context>
<context>
    <name>FormWidget</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/form.py" line="151" />
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../sistercommittee/ui/formatting.py" line="101" />
        <source>{time} in {city} ({zone}, {day})</source>
        <translation>{time} en {city} ({zone}, {day})</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="62" />
        <source>Getting Started</source>
        <extracomment>Set when the organization was just made: the main window then shows the guide. Set once a certificate was made (the database does not keep certificates).</extracomment>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="66" />
        <source>A few first steps for your committee. Choose one to do it now; this list stays open beside the window, and Help &gt; Getting Started brings it back later.</source>
        <translation>Unos primeros pasos para su comité. Elija uno para hacerlo ahora; esta lista queda abierta junto a la ventana, y Ayuda &gt; Primeros pasos la vuelve a mostrar más tarde.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="81" />
        <source>Add your first &amp;partner city</source>
        <translation>Agregar su primera &amp;ciudad asociada</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="82" />
        <source>The city abroad, its country and language, and how far things are.</source>
        <translation>La ciudad en el extranjero, su país e idioma, y en qué punto está la relación.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="86" />
        <source>Add a &amp;volunteer</source>
        <translation>Agregar un &amp;voluntario</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="87" />
        <source>Name, email, languages and what they like to do.</source>
        <translation>Nombre, correo electrónico, idiomas y lo que le gusta hacer.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="91" />
        <source>…or &amp;import a roster</source>
        <translation>…o &amp;importar una lista</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="92" />
        <source>Bring in your volunteer list from a spreadsheet (CSV or Excel).</source>
        <translation>Traer su lista de voluntarios desde una hoja de cálculo (CSV o Excel).</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="96" />
        <source>&amp;Share through HQ</source>
        <translation>Compartir a través de la &amp;sede</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="97" />
        <source>Sign in to your HQ server so the committee's laptops share the records.</source>
        <translation>Inicie sesión en el servidor de su sede para que las computadoras del comité compartan los registros.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="101" />
        <source>Invite a &amp;colleague</source>
        <translation>Invitar a un c&amp;olega</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="102" />
        <source>What a colleague needs to join this organization on their laptop.</source>
        <translation>Lo que necesita un colega para unirse a esta organización en su computadora.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="106" />
        <source>Make a &amp;certificate</source>
        <translation>Crear un cer&amp;tificado</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="107" />
        <source>The bilingual certificate of a partnership, ready to print.</source>
        <translation>El certificado bilingüe de un hermanamiento, listo para imprimir.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="117" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/getting_started.py" line="142" />
        <source>Done: %n partnership(s).</source>
        <translation>
            <numerusform>Hecho: %n hermanamiento.</numerusform>
            <numerusform>Hecho: %n hermanamientos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/getting_started.py" line="145" />
        <source>Done: %n volunteer(s).</source>
        <translation>
            <numerusform>Hecho: %n voluntario.</numerusform>
            <numerusform>Hecho: %n voluntarios.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="149" />
        <source>Done: shared through {server}.</source>
        <translation>Hecho: se comparte a través de {server}.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="153" />
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="166" />
        <source>Once there is a partnership: its bilingual certificate, ready to print.</source>
        <translation>Cuando haya un hermanamiento: su certificado bilingüe, listo para imprimir.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="190" />
        <source>Join {organization} in SisterCommittee:
1. Ask HQ's administrator for an account for your email address.
2. Install SisterCommittee and start it; on its welcome, choose Join from HQ.
3. Server: {server}
4. Sign in with your email and the password HQ gave you. The committee's records come to your laptop, and your changes go to everyone's.</source>
        <translation>Únase a {organization} en SisterCommittee:
1. Pida al administrador de la sede una cuenta para su dirección de correo electrónico.
2. Instale SisterCommittee y ábralo; en la bienvenida, elija «Unirse desde la sede».
3. Servidor: {server}
4. Inicie sesión con su correo electrónico y la contraseña que le dio la sede. Los registros del comité llegan a su computadora, y sus cambios llegan a las de todos.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="205" />
        <source>Invite a Colleague</source>
        <translation>Invitar a un colega</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="206" />
        <source>The invitation is copied: paste it into an email to your colleague.</source>
        <translation>La invitación está copiada: péguela en un correo electrónico para su colega.</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../sistercommittee/ui/guide_window.py" line="50" />
        <source>SisterCommittee User Guide</source>
        <translation>Guía del usuario de SisterCommittee</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/guide_window.py" line="54" />
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
</context>
<context>
    <name>HealthView</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="52" />
        <source>Renewal &amp;Certificate…</source>
        <translation>&amp;Certificado de renovación…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="60" />
        <source>Select a partnership to see how it is doing.</source>
        <translation>Seleccione un hermanamiento para ver cómo marcha.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="95" />
        <source>Signed on {date}.</source>
        <translation>Firmado el {date}.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="100" />
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="109" />
        <source>Last event:</source>
        <translation>Último evento:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="110" />
        <source>Last exchange:</source>
        <translation>Último intercambio:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="111" />
        <source>Next exchange:</source>
        <translation>Próximo intercambio:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="128" />
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="130" />
        <source>Nothing to worry about.</source>
        <translation>No hay nada de qué preocuparse.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="132" />
        <source>Open tasks</source>
        <translation>Tareas pendientes</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="132" />
        <source>Nothing open.</source>
        <translation>Nada pendiente.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="134" />
        <source>Anniversaries within a year</source>
        <translation>Aniversarios en el próximo año</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="140" />
        <source>None in the coming year.</source>
        <translation>Ninguno en el próximo año.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="142" />
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
<message><source>People exchanged per year:</source><translation>Participantes en intercambios por año:</translation></message><message><source>Hours given at its events:</source><translation>Horas dedicadas en sus eventos:</translation></message><message><source>a renewal certificate can be printed</source><translation>se puede imprimir un certificado de renovación</translation></message></context>
<context>
    <name>HoursDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/hours_dialog.py" line="26" />
        <source>2.5 or 2:30</source>
        <translation>2.5 o 2:30</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/hours_dialog.py" line="35" />
        <source>Leave empty for other work</source>
        <translation>Dejar vacío para otro trabajo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/hours_dialog.py" line="36" />
        <source>What the time was for, if no event</source>
        <translation>Para qué fue el tiempo, si no fue un evento</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/hours_dialog.py" line="49" />
        <source>Log Hours</source>
        <translation>Registrar horas</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/hours_dialog.py" line="53" />
        <source>Log hours</source>
        <translation>Registrar horas</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/hours_dialog.py" line="74" />
        <source>Edit Hours</source>
        <translation>Editar horas</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/hours_dialog.py" line="78" />
        <source>Edit hours</source>
        <translation>Editar horas</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="58" />
        <source>Volunteers</source>
        <translation>Voluntarios</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="59" />
        <source>Partnerships</source>
        <translation>Hermanamientos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="60" />
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="61" />
        <source>Volunteer hours</source>
        <translation>Horas de voluntariado</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="78" />
        <source>Import Records</source>
        <translation>Importar registros</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="79" />
        <source>Import records from a file</source>
        <translation>Importar registros desde un archivo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="83" />
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="84" />
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="85" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="86" />
        <source>&amp;Close</source>
        <translation>C&amp;errar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="107" />
        <source>Stopping the import…</source>
        <translation>Deteniendo la importación…</translation>
    </message>
</context>
<context>
    <name>InvitationJoinDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="41" />
        <source>Join with an Invitation</source>
        <translation>Unirse con una invitación</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="49" />
        <source>Type the server and the invitation code your coordinator gave you (or HQ mailed you), and choose a password for your HQ account.</source>
        <translation>Escriba el servidor y el código de invitación que le dio su coordinador (o que le envió la sede por correo), y elija una contraseña para su cuenta de la sede.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="53" />
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="54" />
        <source>Invitation &amp;code:</source>
        <translation>&amp;Código de invitación:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="55" />
        <source>&amp;Password:</source>
        <translation>Co&amp;ntraseña:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="56" />
        <source>10 characters or more</source>
        <translation>10 caracteres o más</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="57" />
        <source>&amp;Again:</source>
        <translation>Repe&amp;tir:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="58" />
        <source>&amp;Join</source>
        <translation>&amp;Unirse</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="61" />
        <source>Joining…</source>
        <translation>Uniéndose…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="70" />
        <source>Type HQ's address.</source>
        <translation>Escriba la dirección de la sede.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="85" />
        <source>Fetching the records: {phase}…</source>
        <translation>Recibiendo los registros: {phase}…</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="44" />
        <source>Invite a Member</source>
        <translation>Invitar a un miembro</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="48" />
        <source>HQ makes a one-time code for this email. Pass it on, or HQ mails it where it has mail; the code works once, for 14 days.</source>
        <translation>La sede crea un código de un solo uso para este correo. Entréguelo usted, o la sede lo envía por correo si tiene correo; el código sirve una sola vez, durante 14 días.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="52" />
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="54" />
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="62" />
        <source>&amp;Invite</source>
        <translation>&amp;Invitar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="81" />
        <source>Asking HQ for an invitation…</source>
        <translation>Pidiendo una invitación a la sede…</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/join_dialog.py" line="35" />
        <source>Join Your Organization from HQ</source>
        <translation>Unirse a su organización desde la sede</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/join_dialog.py" line="38" />
        <source>Joining…</source>
        <translation>Uniéndose…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/join_dialog.py" line="53" />
        <source>Fetching the records: {phase}…</source>
        <translation>Recibiendo los registros: {phase}…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="15" />
        <source>Board member</source>
        <translation>Miembro de la junta directiva</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="16" />
        <source>Committee chair</source>
        <translation>Presidente del comité</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="17" />
        <source>Coordinator</source>
        <translation>Coordinador</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="18" />
        <source>Volunteer</source>
        <translation>Voluntario</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="21" />
        <source>Native</source>
        <translation>Nativo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="22" />
        <source>Fluent</source>
        <translation>Fluido</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="23" />
        <source>Conversational</source>
        <translation>Conversacional</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="24" />
        <source>Basic</source>
        <translation>Básico</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="27" />
        <source>Sister city</source>
        <translation>Ciudad hermana</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="28" />
        <source>Friendship city</source>
        <translation>Ciudad amiga</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="29" />
        <source>Sister county</source>
        <translation>Condado hermano</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="30" />
        <source>Sister state</source>
        <translation>Estado hermano</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="33" />
        <source>Exploring</source>
        <translation>En exploración</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="34" />
        <source>Proposed</source>
        <translation>Propuesto</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="35" />
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="36" />
        <source>Dormant</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="37" />
        <source>Ended</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="40" />
        <location filename="../../sistercommittee/ui/labels.py" line="107" />
        <source>Culture</source>
        <translation>Cultura</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="41" />
        <source>Education and youth</source>
        <translation>Educación y juventud</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="42" />
        <location filename="../../sistercommittee/ui/labels.py" line="108" />
        <source>Business and trade</source>
        <translation>Negocios y comercio</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="43" />
        <source>Municipal and technical</source>
        <translation>Municipal y técnico</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="44" />
        <location filename="../../sistercommittee/ui/labels.py" line="110" />
        <source>Humanitarian</source>
        <translation>Humanitario</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="45" />
        <location filename="../../sistercommittee/ui/labels.py" line="111" />
        <source>Sports</source>
        <translation>Deportes</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="46" />
        <source>Sustainability</source>
        <translation>Sostenibilidad</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="47" />
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="48" />
        <source>Arts</source>
        <translation>Artes</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="49" />
        <source>Tourism</source>
        <translation>Turismo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="52" />
        <source>Our city</source>
        <translation>Nuestra ciudad</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="53" />
        <source>Partner city</source>
        <translation>Ciudad asociada</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="56" />
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="57" />
        <location filename="../../sistercommittee/ui/labels.py" line="73" />
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="58" />
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="59" />
        <source>Hosting</source>
        <translation>Alojamiento</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="60" />
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="61" />
        <source>Fundraising</source>
        <translation>Recaudación de fondos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="62" />
        <location filename="../../sistercommittee/ui/labels.py" line="93" />
        <source>Travel</source>
        <translation>Viajes</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="63" />
        <location filename="../../sistercommittee/ui/labels.py" line="79" />
        <location filename="../../sistercommittee/ui/labels.py" line="98" />
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="66" />
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="67" />
        <source>Waiting for approval</source>
        <translation>Pendiente de aprobación</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="68" />
        <source>Declined</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="71" />
        <source>Festival</source>
        <translation>Festival</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="72" />
        <source>Fundraiser</source>
        <translation>Evento de recaudación</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="74" />
        <source>Reception</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="75" />
        <source>Virtual exchange</source>
        <translation>Intercambio virtual</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="76" />
        <source>Ceremony</source>
        <translation>Ceremonia</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="77" />
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="78" />
        <source>Performance</source>
        <translation>Presentación artística</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="82" />
        <source>Income</source>
        <translation>Ingreso</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="83" />
        <source>Expense</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="86" />
        <source>Tickets</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="87" />
        <source>Donations</source>
        <translation>Donaciones</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="88" />
        <source>Sponsorship</source>
        <translation>Patrocinio</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="89" />
        <source>Grants</source>
        <translation>Subvenciones</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="90" />
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="91" />
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="92" />
        <source>Food</source>
        <translation>Comida</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="94" />
        <source>Materials</source>
        <translation>Materiales</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="95" />
        <source>Marketing</source>
        <translation>Difusión</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="96" />
        <source>Gifts</source>
        <translation>Regalos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="97" />
        <source>Humanitarian aid</source>
        <translation>Ayuda humanitaria</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="101" />
        <source>Visiting us</source>
        <translation>Nos visitan</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="102" />
        <source>We travel</source>
        <translation>Viajamos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="105" />
        <source>Youth</source>
        <translation>Juventud</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="106" />
        <source>Education</source>
        <translation>Educación</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="109" />
        <source>Municipal</source>
        <translation>Municipal</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="114" />
        <source>The participant</source>
        <translation>El participante</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="115" />
        <source>The host committee</source>
        <translation>El comité anfitrión</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="116" />
        <source>The sending committee</source>
        <translation>El comité que envía</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="117" />
        <source>The host families</source>
        <translation>Las familias anfitrionas</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="118" />
        <source>A sponsor</source>
        <translation>Un patrocinador</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="119" />
        <source>Shared</source>
        <translation>Compartido</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="122" />
        <source>Delegate</source>
        <translation>Delegado</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="123" />
        <source>Chaperone</source>
        <translation>Acompañante</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="124" />
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="125" />
        <source>Host</source>
        <translation>Anfitrión</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/labels.py" line="126" />
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
</context>
<context>
    <name>LanguageListEditor</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/language_list.py" line="35" />
        <source>e.g. English, Japanese</source>
        <translation>p. ej., inglés, japonés</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/language_list.py" line="113" />
        <source>'{name}' is not a language I know: pick a name from the list, such as Japanese.</source>
        <translation>«{name}» no es un idioma que conozca: elija un nombre de la lista, como japonés.</translation>
    </message>
</context>
<context>
    <name>LanguagesEditor</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/editors.py" line="298" />
        <source>Add a language</source>
        <translation>Agregar un idioma</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/editors.py" line="316" />
        <location filename="../../sistercommittee/ui/widgets/editors.py" line="318" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/editors.py" line="321" />
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/editors.py" line="327" />
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/editors.py" line="328" />
        <source>Remove this language</source>
        <translation>Quitar este idioma</translation>
    </message>
</context>
<context>
    <name>LettersPanel</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="38" />
        <source>Invitation letter (a visitor's visa)</source>
        <translation>Carta de invitación (para la visa de un visitante)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="42" />
        <source>Letter of support (one of our travellers)</source>
        <translation>Carta de apoyo (para uno de nuestros viajeros)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="44" />
        <source>Volunteer-hours letter</source>
        <translation>Carta de horas de voluntariado</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="62" />
        <source>&amp;Kind of letter:</source>
        <translation>Tipo de car&amp;ta:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="68" />
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="69" />
        <source>Fo&amp;r:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="75" />
        <source>The partner's language (the organization's for hours)</source>
        <translation>El idioma de la ciudad asociada (el de la organización para las horas)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="77" />
        <source>English only</source>
        <translation>Solo inglés</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="83" />
        <source>Second lan&amp;guage:</source>
        <translation>Segundo idio&amp;ma:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="88" />
        <source>e.g. Laura Chen</source>
        <translation>p. ej., Laura Chen</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="90" />
        <source>Signed &amp;by:</source>
        <translation>&amp;Firmada por:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="95" />
        <source>e.g. Exchange Coordinator</source>
        <translation>p. ej., Coordinadora de intercambios</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="97" />
        <source>Signer's t&amp;itle:</source>
        <translation>&amp;Cargo de quien firma:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="102" />
        <source>Make &amp;Letter</source>
        <translation>Ge&amp;nerar carta</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="155" />
        <source>No visitors yet: add the participants of an inbound exchange first.</source>
        <translation>Todavía no hay visitantes: agregue primero los participantes de un intercambio en que nos visitan.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="158" />
        <source>No travellers yet: add the participants of an outbound exchange first.</source>
        <translation>Todavía no hay viajeros: agregue primero los participantes de un intercambio en que viajamos.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="160" />
        <source>No volunteer has hours recorded yet.</source>
        <translation>Ningún voluntario tiene horas registradas todavía.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="175" />
        <source>Invitation {name}.pdf</source>
        <translation>Invitación {name}.pdf</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="176" />
        <source>Letter of support {name}.pdf</source>
        <translation>Carta de apoyo {name}.pdf</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="177" />
        <source>Volunteer hours {name}.pdf</source>
        <translation>Horas de voluntariado {name}.pdf</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="187" />
        <source>Writing the letter…</source>
        <translation>Redactando la carta…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="197" />
        <source>Making the letter…</source>
        <translation>Creando la carta…</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="132" />
        <source>Search</source>
        <extracomment>Rows per page fetched from the service. Where the detail pane goes: beside the list, or under it (for wide parts tables).</extracomment>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="136" />
        <source>Clear Filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="258" />
        <source>Search (Ctrl+F)</source>
        <translation>Buscar (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="262" />
        <source>Nothing matches the search and filters. Clear Filters shows all.</source>
        <translation>Nada coincide con la búsqueda y los filtros. «Borrar filtros» muestra todo.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="263" />
        <source>Nothing here yet.</source>
        <translation>Todavía no hay nada aquí.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="266" />
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="414" />
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="491" />
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="493" />
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="522" />
        <source>Export {list}</source>
        <extracomment>The list's name for services.exports ("" when it cannot be exported).</extracomment>
        <translation>Exportar {list}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="524" />
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;Archivo CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="539" />
        <source>Exported %n row(s) to {path}.</source>
        <translation>
            <numerusform>Se exportó %n fila a {path}.</numerusform>
            <numerusform>Se exportaron %n filas a {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="543" />
        <source>Exporting {list}…</source>
        <translation>Exportando {list}…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="586" />
        <source>Reset Columns</source>
        <translation>Restablecer columnas</translation>
    </message>
</context>
<context>
    <name>MailingDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="43" />
        <source>Mailing List</source>
        <translation>Lista de correo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="47" />
        <source>Only volunteers who agreed to be contacted, and whose consent has not lapsed, are on the list.</source>
        <translation>En la lista solo aparecen los voluntarios que aceptaron que los contacten y cuyo consentimiento no ha vencido.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="57" />
        <source>CSV, for a mail tool</source>
        <translation>CSV, para un programa de correo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="58" />
        <source>vCard, for an address book</source>
        <translation>vCard, para una libreta de direcciones</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="59" />
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="62" />
        <source>everyone; or a language code such as ja</source>
        <translation>todos; o un código de idioma como ja</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="63" />
        <source>Who &amp;speaks:</source>
        <translation>Quién &amp;habla:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="64" />
        <source>Include volunteers no longer &amp;active</source>
        <translation>Incluir a los voluntarios que ya no están &amp;activos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="75" />
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="118" />
        <source>Save the Mailing List</source>
        <translation>Guardar la lista de correo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="119" />
        <source>Mailing list</source>
        <translation>Lista de correo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="120" />
        <source>vCard files (*.vcf)</source>
        <translation>Archivos vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="120" />
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="133" />
        <source>Saved {path}: {summary}</source>
        <translation>Guardado {path}: {summary}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="66" />
        <location filename="../../sistercommittee/ui/main_window.py" line="611" />
        <source>SisterCommittee</source>
        <translation>SisterCommittee</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="78" />
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="129" />
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="136" />
        <source>Partnerships</source>
        <translation>Hermanamientos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="143" />
        <source>Volunteers</source>
        <translation>Voluntarios</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="150" />
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="157" />
        <source>Exchanges</source>
        <translation>Intercambios</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="164" />
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="171" />
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="178" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="185" />
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="192" />
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="199" />
        <source>Stories</source>
        <translation>Historias</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="206" />
        <source>Partner Finder</source>
        <translation>Buscador de ciudades</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="303" />
        <location filename="../../sistercommittee/ui/main_window.py" line="592" />
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="308" />
        <source>Add a record on this page</source>
        <translation>Agregar un registro en esta página</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="311" />
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="316" />
        <source>Edit the selected record</source>
        <translation>Editar el registro seleccionado</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="319" />
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="324" />
        <source>Delete the selected records</source>
        <translation>Eliminar los registros seleccionados</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="328" />
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="333" />
        <source>Search this page</source>
        <translation>Buscar en esta página</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="336" />
        <source>Search E&amp;verything…</source>
        <translation>Buscar en &amp;todo…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="340" />
        <source>Find any partnership, volunteer, event, exchange or contact</source>
        <translation>Encontrar cualquier hermanamiento, voluntario, evento, intercambio o contacto</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="343" />
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="348" />
        <source>Print this list</source>
        <translation>Imprimir esta lista</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="351" />
        <source>E&amp;xport List…</source>
        <translation>E&amp;xportar lista…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="355" />
        <source>Save this list, as filtered, as an Excel or CSV file</source>
        <translation>Guardar esta lista, con sus filtros, como archivo de Excel o CSV</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="358" />
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="366" />
        <source>&amp;Open Database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="369" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="375" />
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="381" />
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="385" />
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="413" />
        <source>User &amp;Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="419" />
        <source>Getting &amp;Started</source>
        <translation>&amp;Primeros pasos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="422" />
        <source>Open &amp;Log Folder</source>
        <translation>Abrir carpeta de &amp;registros</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="425" />
        <source>&amp;About SisterCommittee</source>
        <translation>Acerca &amp;de SisterCommittee</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="429" />
        <source>Check for &amp;Updates…</source>
        <translation>Buscar act&amp;ualizaciones…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="461" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="466" />
        <source>&amp;Import…</source>
        <translation>I&amp;mportar…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="470" />
        <source>Add records from a CSV or Excel file</source>
        <translation>Agregar registros desde un archivo CSV o de Excel</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="477" />
        <source>&amp;Backups…</source>
        <translation>&amp;Copias de seguridad…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="480" />
        <source>Back the records up now, or go back to a backup</source>
        <translation>Hacer ahora una copia de los registros, o volver a una copia</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="487" />
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="497" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="503" />
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="512" />
        <source>Main Toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="542" />
        <source>Opening the database…</source>
        <translation>Abriendo la base de datos…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="566" />
        <source>Sending the last changes to HQ…</source>
        <translation>Enviando los últimos cambios a la sede…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="577" />
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="609" />
        <source>{organization} — SisterCommittee</source>
        <translation>{organization} — SisterCommittee</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="668" />
        <source>{partnerships} partnerships · {volunteers} volunteers · {events} events · {exchanges} exchanges</source>
        <translation>{partnerships} hermanamientos · {volunteers} voluntarios · {events} eventos · {exchanges} intercambios</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="780" />
        <source>User Guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="782" />
        <source>The user guide is not installed with this copy of SisterCommittee. It is the file docs/user-guide.md of the SisterCommittee source.</source>
        <translation>La guía del usuario no está instalada con esta copia de SisterCommittee. Es el archivo docs/user-guide.es.md del código fuente de SisterCommittee.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="865" />
        <source>Finishing the last changes…</source>
        <translation>Terminando los últimos cambios…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="236" />
        <source>Match the columns</source>
        <translation>Asignar las columnas</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="239" />
        <source>Each column of the file fills the field chosen beside it. Columns set to “Not imported” are left out.</source>
        <translation>Cada columna del archivo llena el campo elegido a su lado. Las columnas marcadas «No se importa» se dejan fuera.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="245" />
        <source>Columns of the file and the fields they fill</source>
        <translation>Columnas del archivo y los campos que llenan</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="247" />
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="247" />
        <source>First value</source>
        <translation>Primer valor</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="247" />
        <source>Fills the field</source>
        <translation>Llena el campo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="267" />
        <source>{file}: %n row(s), read as {how}.</source>
        <translation>
            <numerusform>{file}: %n fila, leída como {how}.</numerusform>
            <numerusform>{file}: %n filas, leídas como {how}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="280" />
        <source>Field for the column {name}</source>
        <translation>Campo para la columna {name}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="281" />
        <source>Not imported</source>
        <translation>No se importa</translation>
    </message>
</context>
<context>
    <name>Members</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/fields_dialog.py" line="201" />
        <source>Coordinator</source>
        <translation>Coordinador</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/fields_dialog.py" line="202" />
        <source>Volunteer</source>
        <translation>Voluntario</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/fields_dialog.py" line="203" />
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/fields_dialog.py" line="212" />
        <source>Coordinators manage the organization's members and all of its records.</source>
        <translation>Los coordinadores administran los miembros de la organización y todos sus registros.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/fields_dialog.py" line="215" />
        <source>Volunteers add and change records; the coordinators manage the members.</source>
        <translation>Los voluntarios agregan y cambian registros; los coordinadores administran los miembros.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/fields_dialog.py" line="218" />
        <source>Read-only accounts see the organization's records but change nothing.</source>
        <translation>Las cuentas de solo lectura ven los registros de la organización pero no cambian nada.</translation>
    </message>
<message><source>In SisterCommittee, choose Forgot Password? in Sign In to HQ, type the server and this code, and choose a new password.</source><translation>En SisterCommittee, elija «¿Olvidó la contraseña?» en «Iniciar sesión en la sede», escriba el servidor y este código, y elija una contraseña nueva.</translation></message><message><source>In SisterCommittee, choose Join with an Invitation on the welcome, type the server and this code, and choose a password.</source><translation>En SisterCommittee, elija «Unirse con una invitación» en la bienvenida, escriba el servidor y este código, y elija una contraseña.</translation></message><message><source>The code works once, until {when}.</source><translation>El código sirve una sola vez, hasta el {when}.</translation></message><message><source>Password reset for {email}</source><translation>Restablecimiento de la contraseña de {email}</translation></message><message><source>Invitation to {organization}</source><translation>Invitación a {organization}</translation></message><message><source>Server:</source><translation>Servidor:</translation></message></context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="67" />
        <source>&amp;Invite…</source>
        <extracomment>A printer for the code dialogs (tests print to a PDF file).</extracomment>
        <translation>&amp;Invitar…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="69" />
        <source>Change &amp;Role…</source>
        <translation>Cambiar &amp;función…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="72" />
        <source>Reset Pass&amp;word…</source>
        <translation>Restablecer &amp;contraseña…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="74" />
        <location filename="../../sistercommittee/ui/pages/members.py" line="287" />
        <source>Re&amp;move…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="76" />
        <source>Re&amp;load</source>
        <translation>Volver a car&amp;gar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="85" />
        <source>Sign &amp;In to HQ…</source>
        <translation>&amp;Iniciar sesión en la sede…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="93" />
        <location filename="../../sistercommittee/ui/pages/members.py" line="121" />
        <location filename="../../sistercommittee/ui/pages/members.py" line="315" />
        <location filename="../../sistercommittee/ui/pages/members.py" line="348" />
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="96" />
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="96" />
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="96" />
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="96" />
        <source>Laptops</source>
        <translation>Computadoras</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="124" />
        <source>Invite Member…</source>
        <translation>Invitar a un miembro…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="140" />
        <source>Asking HQ for the organization's members…</source>
        <translation>Pidiendo a la sede los miembros de la organización…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="172" />
        <source>This laptop is not signed in to HQ. The organization's members are kept on HQ: sign in to see them.</source>
        <translation>Esta computadora no tiene sesión iniciada en la sede. Los miembros de la organización se guardan en la sede: inicie sesión para verlos.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="189" />
        <source>Invited, until {when}</source>
        <translation>Invitado, hasta el {when}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="198" />
        <source>Invited by {who}</source>
        <translation>Invitado por {who}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="209" />
        <source>Accounts: {count}</source>
        <translation>Cuentas: {count}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="211" />
        <source>You are {email}, {role}.</source>
        <translation>Usted es {email}, {role}.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="216" />
        <source>As a coordinator you invite members, change their roles, remove them (their laptops are signed out at their next sync) and issue password resets.</source>
        <translation>Como coordinador, usted invita a miembros, cambia sus funciones, los quita (se cierra la sesión de sus computadoras en su próxima sincronización) y emite restablecimientos de contraseña.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="221" />
        <source>Only coordinators invite, change roles, remove members or issue password resets, so those buttons are not shown to you. {abilities} Ask a coordinator of {organization} for a change.</source>
        <translation>Solo los coordinadores invitan, cambian funciones, quitan miembros o emiten restablecimientos de contraseña, así que esos botones no se le muestran. {abilities} Pida un cambio a un coordinador de {organization}.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="233" />
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="234" />
        <source> (you)</source>
        <translation> (usted)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="239" />
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="247" />
        <source>last seen {when}</source>
        <translation>visto por última vez el {when}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="251" />
        <source>, signed out</source>
        <translation>, sesión cerrada</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="285" />
        <source>Cancel Invitation…</source>
        <translation>Cancelar la invitación…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="318" />
        <source>Only the organization's coordinators manage its members. Your account is {role}: {abilities}</source>
        <translation>Solo los coordinadores de la organización administran sus miembros. Su cuenta es {role}: {abilities}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="377" />
        <source>Cancel the invitation of {email}?</source>
        <translation>¿Cancelar la invitación de {email}?</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="378" />
        <source>Its code stops working at once.</source>
        <translation>Su código deja de funcionar de inmediato.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="379" />
        <source>Cancel &amp;Invitation</source>
        <translation>Cancelar la &amp;invitación</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="380" />
        <source>The invitation of {email} is cancelled.</source>
        <translation>Se canceló la invitación de {email}.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="395" />
        <source>Remove {email} from {organization}?</source>
        <translation>¿Quitar a {email} de {organization}?</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="399" />
        <source>Laptops signed in as them: {count}. Each is signed out at its next sync; what they entered stays.</source>
        <translation>Computadoras con su sesión iniciada: {count}. En cada una se cierra la sesión en su próxima sincronización; lo que registraron se mantiene.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="402" />
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="403" />
        <source>Removed {email}.</source>
        <translation>Se quitó a {email}.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="422" />
        <source>Issue a password reset code for {email}?</source>
        <translation>¿Emitir un código de restablecimiento de contraseña para {email}?</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="424" />
        <source>Their password stays until the code is used; then every laptop signed in with the old one is signed out.</source>
        <translation>Su contraseña sigue vigente hasta que se use el código; luego se cierra la sesión en todas las computadoras que la iniciaron con la anterior.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="427" />
        <source>&amp;Issue Code</source>
        <translation>&amp;Emitir código</translation>
    </message>
</context>
<context>
    <name>MouDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="62" />
        <source>The languages it is written in, by name; they complete as you type</source>
        <translation>Los idiomas en que está redactado, por su nombre; se completan mientras escribe</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="90" />
        <source>New MOU with {city}</source>
        <translation>Nuevo memorando con {city}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="94" />
        <source>Add MOU with {city}</source>
        <translation>Agregar memorando con {city}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="133" />
        <source>MOU</source>
        <translation>Memorando de entendimiento</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="115" />
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="155" />
        <source>&amp;Save Details</source>
        <translation>&amp;Guardar datos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="162" />
        <source>Signatories</source>
        <translation>Firmantes</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="166" />
        <source>For</source>
        <translation>En nombre de</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="170" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="171" />
        <source>Local name</source>
        <translation>Nombre local</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="172" />
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="173" />
        <source>Local title</source>
        <translation>Cargo local</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="119" />
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="176" />
        <source>&amp;Add Signatory…</source>
        <translation>&amp;Agregar firmante…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="116" />
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="182" />
        <source>Si&amp;gnatories</source>
        <translation>&amp;Firmantes</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="184" />
        <source>Texts</source>
        <translation>Textos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="188" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="194" />
        <source>Beginning of the text</source>
        <translation>Comienzo del texto</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="120" />
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="199" />
        <source>&amp;Add Text…</source>
        <translation>Agregar &amp;texto…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="117" />
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="205" />
        <source>Te&amp;xts</source>
        <translation>Te&amp;xtos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="207" />
        <source>Scans</source>
        <translation>Escaneos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="209" />
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="212" />
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="218" />
        <source>Attached</source>
        <translation>Adjuntado</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="121" />
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="223" />
        <source>&amp;Attach Scan…</source>
        <translation>Ad&amp;juntar escaneo…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="122" />
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="229" />
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="118" />
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="230" />
        <source>S&amp;cans</source>
        <translation>&amp;Escaneos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="246" />
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="249" />
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="285" />
        <source>not signed yet</source>
        <translation>todavía sin firmar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="286" />
        <source>MOU with {city} — {signed}</source>
        <translation>Memorando con {city} — {signed}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="287" />
        <source>MOU with {city}</source>
        <translation>Memorando con {city}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="324" />
        <source>Edit MOU</source>
        <translation>Editar memorando</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="368" />
        <source>Save the changes to the signing details?</source>
        <translation>¿Guardar los cambios en los datos de la firma?</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="386" />
        <source>New Signatory</source>
        <translation>Nuevo firmante</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="397" />
        <source>Add signatory</source>
        <translation>Agregar firmante</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="404" />
        <source>Edit Signatory: {name}</source>
        <translation>Editar firmante: {name}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="410" />
        <source>Edit signatory {name}</source>
        <translation>Editar al firmante {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="420" />
        <source>Remove %n signatory(ies)</source>
        <translation>
            <numerusform>Quitar %n firmante</numerusform>
            <numerusform>Quitar %n firmantes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="463" />
        <source>MOU Text</source>
        <translation>Texto del memorando</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="465" />
        <source>MOU Text in {language}</source>
        <translation>Texto del memorando en {language}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="471" />
        <source>Set MOU text</source>
        <translation>Establecer texto del memorando</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="500" />
        <source>Remove %n text(s)</source>
        <translation>
            <numerusform>Quitar %n texto</numerusform>
            <numerusform>Quitar %n textos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="511" />
        <source>Attach Scans of the Signed MOU</source>
        <translation>Adjuntar escaneos del memorando firmado</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="513" />
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp);;All files (*)</source>
        <translation>Escaneos (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="547" />
        <source>Attach %n scan(s)</source>
        <translation>
            <numerusform>Adjuntar %n escaneo</numerusform>
            <numerusform>Adjuntar %n escaneos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="550" />
        <source>Copying the scans…</source>
        <translation>Copiando los escaneos…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="570" />
        <source>Remove %n scan(s)</source>
        <translation>
            <numerusform>Quitar %n escaneo</numerusform>
            <numerusform>Quitar %n escaneos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="590" />
        <source>Make the Partnership Active?</source>
        <translation>¿Activar el hermanamiento?</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="592" />
        <source>Make &amp;Active</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="596" />
        <source>&amp;Not Now</source>
        <translation>A&amp;hora no</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="618" />
        <source>Make partnership active</source>
        <translation>Activar el hermanamiento</translation>
    </message>
</context>
<context>
    <name>PartnershipDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="67" />
        <source>New Partnership</source>
        <translation>Nuevo hermanamiento</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="73" />
        <source>Add partnership</source>
        <translation>Agregar hermanamiento</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="101" />
        <source>Edit Partnership: {city}</source>
        <translation>Editar hermanamiento: {city}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="109" />
        <source>Edit partnership {city}</source>
        <translation>Editar el hermanamiento {city}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="176" />
        <source>Change Status: {city}</source>
        <translation>Cambiar estado: {city}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="182" />
        <source>Change status of {city}</source>
        <translation>Cambiar el estado de {city}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="187" />
        <source>Now {status}. Each change is kept in the history.</source>
        <translation>Ahora: {status}. Cada cambio se guarda en el historial.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="219" />
        <source>New Contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="230" />
        <source>Add contact</source>
        <translation>Agregar contacto</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="236" />
        <source>Edit Contact: {name}</source>
        <translation>Editar contacto: {name}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="242" />
        <source>Edit contact {name}</source>
        <translation>Editar el contacto {name}</translation>
    </message>
</context>
<context>
    <name>PartnershipsPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="54" />
        <source>Partnerships</source>
        <translation>Hermanamientos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="57" />
        <source>New &amp;Partnership…</source>
        <translation>Nuevo &amp;hermanamiento…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="60" />
        <source>Search city names and regions (Ctrl+F)</source>
        <translation>Buscar nombres de ciudades y regiones (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="63" />
        <source>%n partnership(s)</source>
        <translation>
            <numerusform>%n hermanamiento</numerusform>
            <numerusform>%n hermanamientos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="67" />
        <source>No partnership matches the search and filters.</source>
        <translation>Ningún hermanamiento coincide con la búsqueda y los filtros.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="68" />
        <source>No partnerships yet. Add your first partner city with New Partnership.</source>
        <translation>Todavía no hay hermanamientos. Agregue su primera ciudad asociada con «Nuevo hermanamiento».</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="75" />
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="76" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="336" />
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="79" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="148" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="335" />
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="85" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="143" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="337" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="89" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="138" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="338" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="96" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="250" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="339" />
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="103" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="342" />
        <source>Focus areas</source>
        <translation>Áreas de interés</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="109" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="344" />
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="115" />
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="119" />
        <source>Exchanges</source>
        <translation>Intercambios</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="138" />
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="143" />
        <source>Any kind</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="148" />
        <source>Any country</source>
        <translation>Cualquier país</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="154" />
        <source>Any focus</source>
        <translation>Cualquier área</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="154" />
        <source>Focus area</source>
        <translation>Área de interés</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="170" />
        <source>&amp;New Partnership…</source>
        <translation>&amp;Nuevo hermanamiento…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="172" />
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="175" />
        <source>Change &amp;Status…</source>
        <translation>Cambiar e&amp;stado…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="178" />
        <source>Meeting T&amp;imes…</source>
        <translation>&amp;Horarios de reunión…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="181" />
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="214" />
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="217" />
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="219" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="220" />
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="223" />
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="227" />
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="229" />
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="232" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="340" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="236" />
        <source>&amp;Add Contact…</source>
        <translation>A&amp;gregar contacto…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="242" />
        <source>No contacts in the partner city yet.</source>
        <translation>Todavía no hay contactos en la ciudad asociada.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="243" />
        <source>Con&amp;tacts</source>
        <translation>Con&amp;tactos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="246" />
        <source>MOUs</source>
        <translation>Memorandos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="251" />
        <source>not signed yet</source>
        <translation>todavía sin firmar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="254" />
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="257" />
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="263" />
        <source>Signatories</source>
        <translation>Firmantes</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="267" />
        <source>Scans</source>
        <translation>Escaneos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="270" />
        <source>&amp;Add MOU…</source>
        <translation>A&amp;gregar memorando…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="276" />
        <source>O&amp;pen…</source>
        <translation>A&amp;brir…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="277" />
        <source>No memorandum of understanding recorded yet.</source>
        <translation>Todavía no hay ningún memorando de entendimiento registrado.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="278" />
        <source>&amp;MOUs</source>
        <translation>&amp;Memorandos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="282" />
        <source>Hea&amp;lth</source>
        <translation>Salu&amp;d</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="298" />
        <source>%n partnership(s) selected.</source>
        <translation>
            <numerusform>%n hermanamiento seleccionado.</numerusform>
            <numerusform>%n hermanamientos seleccionados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="300" />
        <source>Select a partnership to see its details, contacts and MOUs.</source>
        <translation>Seleccione un hermanamiento para ver sus datos, contactos y memorandos.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="306" />
        <source>Select a partnership to see how it is doing.</source>
        <translation>Seleccione un hermanamiento para ver cómo marcha.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="315" />
        <source>Con&amp;tacts ({count})</source>
        <translation>Con&amp;tactos ({count})</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="316" />
        <source>&amp;MOUs ({count})</source>
        <translation>&amp;Memorandos ({count})</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="330" />
        <source>{time} now ({zone})</source>
        <translation>ahora: {time} ({zone})</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="341" />
        <source>Local time</source>
        <translation>Hora local</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="343" />
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="346" />
        <source>Events, exchanges</source>
        <translation>Eventos, intercambios</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="362" />
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="395" />
        <source>This status cannot change.</source>
        <translation>Este estado no puede cambiar.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="406" />
        <source>Delete the partnership with {city}?</source>
        <translation>¿Eliminar el hermanamiento con {city}?</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="409" />
        <source>Delete partnership {city}</source>
        <translation>Eliminar el hermanamiento {city}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="411" />
        <source>Delete %n partnership(s)?</source>
        <translation>
            <numerusform>¿Eliminar %n hermanamiento?</numerusform>
            <numerusform>¿Eliminar %n hermanamientos?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="412" />
        <source>Delete %n partnership(s)</source>
        <translation>
            <numerusform>Eliminar %n hermanamiento</numerusform>
            <numerusform>Eliminar %n hermanamientos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="414" />
        <source>Their contacts and MOUs go with them. Edit &gt; Undo brings them back.</source>
        <translation>Sus contactos y memorandos se eliminan con ellos. Editar &gt; Deshacer los recupera.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="455" />
        <source>Remove %n contact(s)</source>
        <translation>
            <numerusform>Quitar %n contacto</numerusform>
            <numerusform>Quitar %n contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="479" />
        <source>Remove %n MOU(s) with their signatories and scans?</source>
        <translation>
            <numerusform>¿Quitar %n memorando con sus firmantes y escaneos?</numerusform>
            <numerusform>¿Quitar %n memorandos con sus firmantes y escaneos?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="480" />
        <source>Edit &gt; Undo brings them back.</source>
        <translation>Editar &gt; Deshacer los recupera.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="486" />
        <source>Remove %n MOU(s)</source>
        <translation>
            <numerusform>Quitar %n memorando</numerusform>
            <numerusform>Quitar %n memorandos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/pending.py" line="22" />
        <source>{section} is not part of this version of SisterCommittee yet.</source>
        <translation>{section} todavía no forma parte de esta versión de SisterCommittee.</translation>
    </message>
</context>
<context>
    <name>PhotoPeopleDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="40" />
        <source>Who Is in the Photo</source>
        <translation>Quién aparece en la foto</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="50" />
        <source>Under &amp;18</source>
        <translation>Menor de &amp;18</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="51" />
        <source>&amp;Agreed to publication</source>
        <translation>&amp;Aceptó la publicación</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="54" />
        <source>for someone under 18: who agreed</source>
        <translation>para alguien menor de 18: quién lo aceptó</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="57" />
        <source>e.g. 2026-04-02 or today</source>
        <translation>p. ej., 2026-04-02 u «hoy»</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="62" />
        <source>Add &amp;Person</source>
        <translation>Agregar &amp;persona</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="65" />
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="70" />
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="73" />
        <source>&amp;Guardian:</source>
        <translation>&amp;Tutor:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="74" />
        <source>&amp;Date of consent:</source>
        <translation>&amp;Fecha del consentimiento:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="85" />
        <source>Recorded in this photo:</source>
        <translation>Registrados en esta foto:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="103" />
        <source>, under 18</source>
        <translation>, menor de 18</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="108" />
        <source>This photo may be published.</source>
        <translation>Esta foto se puede publicar.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="110" />
        <source>Withheld from stories: {why}.</source>
        <translation>Retenida de las historias: {why}.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="54" />
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="57" />
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="83" />
        <source>This computer</source>
        <translation>Esta computadora</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="88" />
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="89" />
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="90" />
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="66" />
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="95" />
        <source>A&amp;ppearance:</source>
        <translation>A&amp;pariencia:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="37" />
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="67" />
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="104" />
        <source>&amp;Interface language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="107" />
        <source>A new interface language applies the next time the app starts.</source>
        <translation>Un nuevo idioma de la interfaz se aplica la próxima vez que se inicie la aplicación.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="68" />
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="113" />
        <source>S&amp;ync with HQ automatically</source>
        <translation>Sincronizar con la sede a&amp;utomáticamente</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="117" />
        <source>Send changes to HQ a few seconds after they are made and fetch everyone else's every few minutes, while signed in. Sync Now works either way.</source>
        <translation>Enviar los cambios a la sede unos segundos después de hacerlos y recibir los de los demás cada pocos minutos, mientras haya una sesión iniciada. «Sincronizar ahora» funciona en ambos casos.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="65" />
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="135" />
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="125" />
        <source>&amp;Quiet: no desktop notifications of what is due today</source>
        <translation>Modo silencioso: sin avisos en el escritorio de lo que vence &amp;hoy</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="212" />
        <source>Edit organization details</source>
        <translation>Editar los datos de la organización</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="332" />
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="332" />
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="332" />
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="332" />
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="339" />
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="340" />
        <source>Merge</source>
        <translation>Combinar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="341" />
        <source>Merge (nothing new)</source>
        <translation>Combinar (nada nuevo)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="342" />
        <source>Skip (duplicate)</source>
        <translation>Omitir (duplicado)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="343" />
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="350" />
        <source>Column “{column}”: {message}</source>
        <translation>Columna «{column}»: {message}</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="386" />
        <source>Check before importing</source>
        <translation>Revisar antes de importar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="388" />
        <source>Nothing is saved yet. Each row of the file, and what the import does with it.</source>
        <translation>Todavía no se ha guardado nada. Cada fila del archivo, y lo que la importación hace con ella.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="391" />
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="398" />
        <source>Rows of the file and what the import does</source>
        <translation>Filas del archivo y lo que hace la importación</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="409" />
        <source>&amp;Merge duplicates into the saved records</source>
        <translation>&amp;Combinar los duplicados con los registros guardados</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="411" />
        <source>Lea&amp;ve duplicates out</source>
        <translation>De&amp;jar fuera los duplicados</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="418" />
        <source>&amp;Skip the rows with problems and import the rest</source>
        <translation>&amp;Omitir las filas con problemas e importar el resto</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="456" />
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>Revisando %n fila…</numerusform>
            <numerusform>Revisando %n filas…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="467" />
        <source>Row {number}: {details}</source>
        <translation>Fila {number}: {details}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="487" />
        <source>%n new</source>
        <translation>
            <numerusform>%n nuevo</numerusform>
            <numerusform>%n nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="491" />
        <source>%n to merge</source>
        <translation>
            <numerusform>%n para combinar</numerusform>
            <numerusform>%n para combinar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="496" />
        <source>%n duplicate(s) left out</source>
        <translation>
            <numerusform>%n duplicado dejado fuera</numerusform>
            <numerusform>%n duplicados dejados fuera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="498" />
        <source>%n with problems</source>
        <translation>
            <numerusform>%n con problemas</numerusform>
            <numerusform>%n con problemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="501" />
        <source>%n row(s): </source>
        <translation>
            <numerusform>%n fila: </numerusform>
            <numerusform>%n filas: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="503" />
        <source>Not imported: {columns}.</source>
        <translation>No se importan: {columns}.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="508" />
        <source>Correct the rows with problems in the file and import it again, or tick “Skip the rows with problems”.</source>
        <translation>Corrija en el archivo las filas con problemas e impórtelo de nuevo, o marque «Omitir las filas con problemas».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="544" />
        <source>Importing %n row(s)…</source>
        <translation>
            <numerusform>Importando %n fila…</numerusform>
            <numerusform>Importando %n filas…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../sistercommittee/ui/printing.py" line="49" />
        <source>Reading the list…</source>
        <extracomment>A list of more columns than this is printed across the page.</extracomment>
        <translation>Leyendo la lista…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/printing.py" line="83" />
        <source>Printed {date}</source>
        <translation>Impreso el {date}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/printing.py" line="86" />
        <source>Rows: {count}</source>
        <translation>Filas: {count}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/printing.py" line="143" />
        <source>Print {title}</source>
        <translation>Imprimir {title}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/printing.py" line="174" />
        <source>Preparing {title} for printing…</source>
        <translation>Preparando {title} para imprimir…</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/rates_dialog.py" line="40" />
        <source>Exchange Rates</source>
        <translation>Tipos de cambio</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/rates_dialog.py" line="44" />
        <source>The annual report adds the year's money up in US dollars with these rates: each currency's rate of the report's year, or else of the latest year before it. The report prints the rates and their years.</source>
        <translation>El informe anual suma el dinero del año en dólares estadounidenses con estos tipos: el tipo de cada moneda del año del informe o, si no lo hay, del último año anterior. El informe imprime los tipos y sus años.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/rates_dialog.py" line="55" />
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/rates_dialog.py" line="55" />
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/rates_dialog.py" line="55" />
        <source>US$ for one unit</source>
        <translation>US$ por unidad</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/rates_dialog.py" line="55" />
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/rates_dialog.py" line="62" />
        <source>Exchange rates entered</source>
        <translation>Tipos de cambio registrados</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/rates_dialog.py" line="73" />
        <source>&amp;Enter Rate</source>
        <translation>&amp;Agregar tipo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/rates_dialog.py" line="77" />
        <source>&amp;Delete Rate</source>
        <translation>&amp;Eliminar tipo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/rates_dialog.py" line="86" />
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/record_dialog.py" line="91" />
        <source>Fields marked * are required.</source>
        <translation>Los campos marcados con * son obligatorios.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/record_dialog.py" line="41" />
        <location filename="../../sistercommittee/ui/dialogs/record_dialog.py" line="100" />
        <location filename="../../sistercommittee/ui/dialogs/record_dialog.py" line="194" />
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/record_dialog.py" line="102" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/record_dialog.py" line="173" />
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/review_dialog.py" line="48" />
        <source>Approve Hours</source>
        <translation>Aprobar horas</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/review_dialog.py" line="48" />
        <source>Decline Hours</source>
        <translation>Rechazar horas</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/review_dialog.py" line="63" />
        <source>&amp;Coordinator:</source>
        <translation>&amp;Coordinador:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/review_dialog.py" line="66" />
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/review_dialog.py" line="66" />
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/review_dialog.py" line="78" />
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/review_dialog.py" line="78" />
        <source>&amp;Decline</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/review_dialog.py" line="101" />
        <source>Hours approved ({count}): they count from now on.</source>
        <translation>Horas aprobadas ({count}): cuentan a partir de ahora.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/review_dialog.py" line="103" />
        <source>Hours declined ({count}): they do not count.</source>
        <translation>Horas rechazadas ({count}): no cuentan.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="98" />
        <source>Change Role</source>
        <translation>Cambiar función</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="101" />
        <source>The role of {email}:</source>
        <translation>La función de {email}:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="103" />
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="104" />
        <source>&amp;Change Role</source>
        <translation>&amp;Cambiar función</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../sistercommittee/ui/role_guard.py" line="24" />
        <source>Your HQ account is read-only: you see the organization's records but cannot change them. A coordinator can change your role on the Members page.</source>
        <extracomment>Pages whose New / Edit / Delete change no record of the organization.</extracomment>
        <translation>Su cuenta de la sede es de solo lectura: ve los registros de la organización pero no puede cambiarlos. Un coordinador puede cambiar su función en la página Miembros.</translation>
    </message>
</context>
<context>
    <name>SearchPalette</name>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="56" />
        <source>Search Everything</source>
        <extracomment>Keys typed into the search field that move through the hits instead.</extracomment>
        <translation>Buscar en todo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="57" />
        <location filename="../../sistercommittee/ui/search_palette.py" line="71" />
        <source>Search everything</source>
        <translation>Buscar en todo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="69" />
        <source>Partner cities, volunteers, events, exchanges, contacts, emails…</source>
        <translation>Ciudades asociadas, voluntarios, eventos, intercambios, contactos, correos…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="79" />
        <source>Records found</source>
        <translation>Registros encontrados</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="186" />
        <source>Type two letters or more. ↑ ↓ choose, Enter opens, Esc closes.</source>
        <translation>Escriba dos letras o más. ↑ ↓ eligen, Enter abre, Esc cierra.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="188" />
        <source>Nothing matches “{term}”.</source>
        <translation>Nada coincide con «{term}».</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="190" />
        <source>{shown} of {total} records; ↓ past the last shows more.</source>
        <translation>{shown} de {total} registros; ↓ después del último muestra más.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/search_palette.py" line="194" />
        <source>%n record(s) found.</source>
        <translation>
            <numerusform>Se encontró %n registro.</numerusform>
            <numerusform>Se encontraron %n registros.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="240" />
        <source>Partnership</source>
        <translation>Hermanamiento</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="241" />
        <source>Volunteer</source>
        <translation>Voluntario</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="242" />
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="243" />
        <source>Exchange</source>
        <translation>Intercambio</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="244" />
        <source>MOU</source>
        <translation>Memorando</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="245" />
        <source>Partner contact</source>
        <translation>Contacto de la ciudad asociada</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="246" />
        <source>Exchange participant</source>
        <translation>Participante de intercambio</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="247" />
        <source>Host family</source>
        <translation>Familia anfitriona</translation>
    </message>
</context>
<context>
    <name>SearchPicker</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/pickers.py" line="45" />
        <source>Type part of a name</source>
        <translation>Escriba parte de un nombre</translation>
    </message>
</context>
<context>
    <name>ServiceOp</name>
    <message>
        <location filename="../../sistercommittee/ui/ops.py" line="229" />
        <source>Please wait</source>
        <translation>Espere, por favor</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/ops.py" line="235" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/sign_in_dialog.py" line="50" />
        <source>Sign In to HQ</source>
        <translation>Iniciar sesión en la sede</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/sign_in_dialog.py" line="54" />
        <source>Your password is used once; this laptop then keeps a token in the system's secure store.</source>
        <translation>Su contraseña se usa una sola vez; luego esta computadora guarda un token en el almacén seguro del sistema.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/sign_in_dialog.py" line="76" />
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/sign_in_dialog.py" line="77" />
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/sign_in_dialog.py" line="78" />
        <source>&amp;Password:</source>
        <translation>Co&amp;ntraseña:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/sign_in_dialog.py" line="103" />
        <location filename="../../sistercommittee/ui/dialogs/sign_in_dialog.py" line="212" />
        <source>Sign &amp;In</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/sign_in_dialog.py" line="106" />
        <source>&amp;Forgot Password?</source>
        <translation>¿&amp;Olvidó la contraseña?</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/sign_in_dialog.py" line="141" />
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/sign_in_dialog.py" line="212" />
        <source>Sign in with what you typed?</source>
        <translation>¿Iniciar sesión con lo que escribió?</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../sistercommittee/ui/database_files.py" line="74" />
        <source>Open a SisterCommittee Database</source>
        <translation>Abrir una base de datos de SisterCommittee</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/database_files.py" line="76" />
        <source>SisterCommittee databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de SisterCommittee (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/database_files.py" line="92" />
        <source>New SisterCommittee Database</source>
        <translation>Nueva base de datos de SisterCommittee</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/database_files.py" line="94" />
        <source>SisterCommittee databases (*.sqlite)</source>
        <translation>Bases de datos de SisterCommittee (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/startup.py" line="55" />
        <source>Opening {file}…</source>
        <translation>Abriendo {file}…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/startup.py" line="106" />
        <source>{path} could not be opened because of an unexpected problem.</source>
        <translation>No se pudo abrir {path} por un problema inesperado.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/startup.py" line="114" />
        <source>The database cannot be opened</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/startup.py" line="117" />
        <source>Choose another database file, or start a new one. If this file holds your committee's records, keep it: a backup copy or the person who set up the computer can help. Details are in the log file.</source>
        <translation>Elija otro archivo de base de datos, o empiece uno nuevo. Si este archivo contiene los registros de su comité, consérvelo: una copia de seguridad o la persona que configuró la computadora pueden ayudar. Los detalles están en el archivo de registro.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/startup.py" line="125" />
        <source>Choose Another File…</source>
        <translation>Elegir otro archivo…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/startup.py" line="129" />
        <source>Start a New Database…</source>
        <translation>Empezar una base de datos nueva…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/startup.py" line="132" />
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>StoriesPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="59" />
        <source>Tell the story &amp;of:</source>
        <translation>Contar la historia &amp;de:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="61" />
        <source>&amp;Draft Story</source>
        <translation>&amp;Redactar historia</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="63" />
        <source>Start a story with a text drafted from the record</source>
        <translation>Empezar una historia con un texto redactado a partir del registro</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="85" />
        <source>&amp;Add Photos…</source>
        <translation>Agregar &amp;fotos…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="87" />
        <source>Who Is &amp;In It…</source>
        <translation>&amp;Quién aparece…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="89" />
        <source>Record who is in the chosen photo and whether they agreed to publication</source>
        <translation>Registrar quién aparece en la foto elegida y si aceptó la publicación</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="92" />
        <source>&amp;Save Story</source>
        <translation>&amp;Guardar historia</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="95" />
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="97" />
        <source>Export as &amp;Web Page…</source>
        <translation>Exportar como página &amp;web…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="99" />
        <source>Send to H&amp;Q</source>
        <translation>E&amp;nviar a la sede</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="108" />
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="110" />
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="112" />
        <source>Photos:</source>
        <translation>Fotos:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="148" />
        <source>Stories</source>
        <translation>Historias</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="151" />
        <source>New Story…</source>
        <translation>Nueva historia…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="174" />
        <source>Deleted the story (Ctrl+Z brings it back).</source>
        <translation>Se eliminó la historia (Ctrl+Z la recupera).</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="180" />
        <source>Delete Story</source>
        <translation>Eliminar historia</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="217" />
        <source> · sent</source>
        <translation> · enviada</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="243" />
        <source>Choose the event or exchange the story tells of.</source>
        <translation>Elija el evento o el intercambio del que trata la historia.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="263" />
        <source>Drafted from the record: make it yours, choose photos, then Save Story.</source>
        <translation>Redactada a partir del registro: hágala suya, elija fotos y luego pulse «Guardar historia».</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="287" />
        <source>Sent to HQ on {day}.</source>
        <translation>Enviada a la sede el {day}.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="289" />
        <source>Not sent to HQ yet.</source>
        <translation>Todavía no se envió a la sede.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="315" />
        <source>May be published</source>
        <translation>Se puede publicar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="319" />
        <source>{name} (withheld)</source>
        <translation>{name} (retenida)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="321" />
        <source>Cannot be published: {why}</source>
        <translation>No se puede publicar: {why}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="345" />
        <source>Add Photos</source>
        <translation>Agregar fotos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="347" />
        <source>Photos (*.jpg *.jpeg *.png *.webp *.JPG *.JPEG *.PNG *.WEBP)</source>
        <translation>Fotos (*.jpg *.jpeg *.png *.webp *.JPG *.JPEG *.PNG *.WEBP)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="367" />
        <source>Added {count} photo(s). Record who is in each with Who Is In It.</source>
        <translation>Fotos agregadas: {count}. Registre quién aparece en cada una con «Quién aparece».</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="381" />
        <source>Choose a photo first.</source>
        <translation>Elija primero una foto.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="414" />
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="431" />
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="433" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="443" />
        <source>Wrote {path}.</source>
        <translation>Se escribió {path}.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="454" />
        <source>Export as Web Page (a folder)</source>
        <translation>Exportar como página web (una carpeta)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="467" />
        <source>Wrote {path} with its images.</source>
        <translation>Se escribió {path} con sus imágenes.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="480" />
        <source>Sending to HQ…</source>
        <translation>Enviando a la sede…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="487" />
        <source>Sent to HQ: it is listed there for the newsletter.</source>
        <translation>Enviada a la sede: allí figura para el boletín.</translation>
    </message>
</context>
<context>
    <name>SubList</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sub_list.py" line="143" />
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sub_list.py" line="148" />
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sub_list.py" line="153" />
        <source>Remove the selected rows ({key} in the list)</source>
        <translation>Quitar las filas seleccionadas ({key} en la lista)</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="580" />
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="593" />
        <source>%n record(s) added.</source>
        <translation>
            <numerusform>Se agregó %n registro.</numerusform>
            <numerusform>Se agregaron %n registros.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="596" />
        <source>%n record(s) filled in from duplicate rows.</source>
        <translation>
            <numerusform>Se completó %n registro con filas duplicadas.</numerusform>
            <numerusform>Se completaron %n registros con filas duplicadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="599" />
        <source>%n duplicate row(s) brought nothing new.</source>
        <translation>
            <numerusform>%n fila duplicada no aportó nada nuevo.</numerusform>
            <numerusform>%n filas duplicadas no aportaron nada nuevo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="602" />
        <source>%n duplicate row(s) left out.</source>
        <translation>
            <numerusform>Se dejó fuera %n fila duplicada.</numerusform>
            <numerusform>Se dejaron fuera %n filas duplicadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="607" />
        <source>%n row(s) not imported because of problems, at row number(s) {rows}.</source>
        <translation>
            <numerusform>%n fila no se importó por problemas, en la fila número {rows}.</numerusform>
            <numerusform>%n filas no se importaron por problemas, en las filas número {rows}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="613" />
        <source> and %n more</source>
        <translation>
            <numerusform> y %n más</numerusform>
            <numerusform> y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="622" />
        <source>The records as they were before the import are kept as a backup (File &gt; Backups…).</source>
        <translation>Los registros tal como estaban antes de la importación se guardan como copia de seguridad (Archivo &gt; Copias de seguridad…).</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="65" />
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/sync.py" line="68" />
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n conflicto por revisar</numerusform>
            <numerusform>%n conflictos por revisar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="73" />
        <source>No conflicts to review: this laptop has not synced yet.</source>
        <translation>No hay conflictos por revisar: esta computadora todavía no se ha sincronizado.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="74" />
        <source>No conflicts: every change merged cleanly.</source>
        <translation>No hay conflictos: todos los cambios se combinaron sin problemas.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="78" />
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="79" />
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="81" />
        <source>Edit that lost</source>
        <translation>Cambio descartado</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="84" />
        <source>Value kept</source>
        <translation>Valor conservado</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="88" />
        <source>Changed</source>
        <translation>Cambiado</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="92" />
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="110" />
        <source>Open conflicts</source>
        <translation>Conflictos abiertos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="111" />
        <source>Also resolved ones</source>
        <translation>También los resueltos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="112" />
        <source>Which conflicts</source>
        <translation>Qué conflictos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="118" />
        <source>S&amp;ync Now</source>
        <translation>Sincronizar a&amp;hora</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="119" />
        <source>Sign &amp;In…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="120" />
        <source>Sign &amp;Out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="122" />
        <source>&amp;Restore Edit</source>
        <translation>&amp;Restaurar cambio</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="125" />
        <source>&amp;Keep Current</source>
        <translation>&amp;Conservar el actual</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="164" />
        <source>Signed in to {server} as {email} ({organization}).</source>
        <translation>Sesión iniciada en {server} como {email} ({organization}).</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="168" />
        <source>This laptop is not signed in to HQ: its changes stay here until it is.</source>
        <translation>Esta computadora no tiene sesión iniciada en la sede: sus cambios se quedan aquí hasta que la tenga.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="170" />
        <source>Last synced {when}.</source>
        <translation>Última sincronización: {when}.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="174" />
        <source>Never synced.</source>
        <translation>Nunca se ha sincronizado.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/sync.py" line="178" />
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n cambio esperando envío.</numerusform>
            <numerusform>%n cambios esperando envío.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="202" />
        <source>Syncing with HQ now…</source>
        <translation>Sincronizando con la sede…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="207" />
        <source>Automatic sync is off (Preferences): changes go to HQ when you press Sync Now.</source>
        <translation>La sincronización automática está desactivada (Preferencias): los cambios van a la sede cuando pulsa «Sincronizar ahora».</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="210" />
        <source>HQ cannot be reached: this laptop keeps trying by itself.</source>
        <translation>No se puede conectar con la sede: esta computadora sigue intentándolo por sí sola.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="213" />
        <source>Changes are sent to HQ by themselves a few seconds after you make them, and everyone else's are fetched every few minutes.</source>
        <translation>Los cambios se envían solos a la sede unos segundos después de hacerlos, y los de los demás se reciben cada pocos minutos.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="219" />
        <source>Next try at {when}.</source>
        <translation>Próximo intento: {when}.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="239" />
        <source>Synced: {sent} sent, {received} received, {conflicts} new conflicts.</source>
        <translation>Sincronizado: {sent} enviados, {received} recibidos, {conflicts} conflictos nuevos.</translation>
    </message>
</context>
<context>
    <name>SyncStatusButton</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="53" />
        <source>Sync state</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="59" />
        <source>Trying again at {when}.</source>
        <translation>Se volverá a intentar: {when}.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="66" />
        <source>last synced {when}</source>
        <translation>última sincronización: {when}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="68" />
        <source>never synced</source>
        <translation>nunca sincronizado</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="74" />
        <source>Syncing: sending {done} of {total}…</source>
        <translation>Sincronizando: enviando {done} de {total}…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="76" />
        <source>Syncing: receiving {done} of {total}…</source>
        <translation>Sincronizando: recibiendo {done} de {total}…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="78" />
        <source>Syncing with HQ…</source>
        <translation>Sincronizando con la sede…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="80" />
        <source>Sending this laptop's changes to HQ and fetching everyone else's.</source>
        <translation>Enviando a la sede los cambios de esta computadora y recibiendo los de los demás.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="83" />
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="109" />
        <source>Synced {when}</source>
        <translation>Sincronizado: {when}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="85" />
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="87" />
        <source>Online: changes are sent to HQ by themselves.</source>
        <translation>En línea: los cambios se envían solos a la sede.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="89" />
        <source>Offline · {last}</source>
        <translation>Sin conexión · {last}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="90" />
        <source>HQ cannot be reached.</source>
        <translation>No se puede conectar con la sede.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="93" />
        <source>Sync problem · {last}</source>
        <translation>Problema de sincronización · {last}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="97" />
        <source>Not signed in to HQ</source>
        <translation>Sin sesión en la sede</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="98" />
        <source>Sign in on the Sync page to share changes with HQ.</source>
        <translation>Inicie sesión en la página Sincronización para compartir los cambios con la sede.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="100" />
        <source>Update the app to sync</source>
        <translation>Actualice la aplicación para sincronizar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="103" />
        <source>Automatic sync off · {last}</source>
        <translation>Sincronización automática desactivada · {last}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="104" />
        <source>Switched off in Preferences; Sync Now on the Sync page still works.</source>
        <translation>Desactivada en Preferencias; «Sincronizar ahora» en la página Sincronización sigue funcionando.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="107" />
        <source>Sync: checking…</source>
        <translation>Sincronización: comprobando…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="111" />
        <source>The first sync starts in a moment.</source>
        <translation>La primera sincronización empieza en un momento.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="115" />
        <source>%n change(s) not yet sent</source>
        <translation>
            <numerusform>%n cambio sin enviar</numerusform>
            <numerusform>%n cambios sin enviar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="117" />
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n conflicto por revisar</numerusform>
            <numerusform>%n conflictos por revisar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/charts.py" line="251" />
        <source>No signed partnerships yet</source>
        <translation>Todavía no hay hermanamientos firmados</translation>
    </message>
</context>
<context>
    <name>TwoDaysWidget</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/two_days.py" line="62" />
        <source>No day chosen</source>
        <translation>Ningún día elegido</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/two_days.py" line="81" />
        <source>Both</source>
        <translation>Ambas</translation>
    </message>
</context>
<context>
    <name>UpdateChecker</name>
    <message>
        <location filename="../../sistercommittee/ui/updates.py" line="70" />
        <source>The check for updates did not reach HQ: {why}</source>
        <translation>La búsqueda de actualizaciones no llegó a la sede: {why}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/updates.py" line="85" />
        <source>This laptop asks HQ which release is current once it is signed in (the Sync section).</source>
        <translation>Esta computadora pregunta a la sede cuál es la versión actual una vez que tiene la sesión iniciada (la sección Sincronización).</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/updates.py" line="94" />
        <source>SisterCommittee {current} is available; this is {installed}. Your committee's coordinator or HQ can tell you where to get it.</source>
        <translation>SisterCommittee {current} está disponible; esta es la {installed}. El coordinador de su comité o la sede pueden decirle dónde conseguirla.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/updates.py" line="103" />
        <source>SisterCommittee {installed} is the current release.</source>
        <translation>SisterCommittee {installed} es la versión actual.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/updates.py" line="109" />
        <source>Check for Updates</source>
        <translation>Buscar actualizaciones</translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/volunteer_dialog.py" line="34" />
        <location filename="../../sistercommittee/ui/dialogs/volunteer_dialog.py" line="37" />
        <source>Separate several with commas</source>
        <translation>Separe varios con comas</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/volunteer_dialog.py" line="68" />
        <source>New Volunteer</source>
        <translation>Nuevo voluntario</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/volunteer_dialog.py" line="71" />
        <source>Add volunteer</source>
        <translation>Agregar voluntario</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/volunteer_dialog.py" line="91" />
        <source>Edit Volunteer: {name}</source>
        <translation>Editar voluntario: {name}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/volunteer_dialog.py" line="96" />
        <source>Edit volunteer {name}</source>
        <translation>Editar al voluntario {name}</translation>
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="45" />
        <source>Double-click or press Enter to edit a volunteer.</source>
        <translation>Haga doble clic o pulse Enter para editar un voluntario.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="48" />
        <source>Volunteers</source>
        <translation>Voluntarios</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="51" />
        <source>New &amp;Volunteer…</source>
        <translation>Nuevo &amp;voluntario…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="54" />
        <source>Search names, email, phone (Ctrl+F)</source>
        <translation>Buscar nombres, correo, teléfono (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="57" />
        <source>%n volunteer(s)</source>
        <translation>
            <numerusform>%n voluntario</numerusform>
            <numerusform>%n voluntarios</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="61" />
        <source>No volunteer matches the search and filters.</source>
        <translation>Ningún voluntario coincide con la búsqueda y los filtros.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="62" />
        <source>No volunteers yet. Add the first one with New Volunteer (Ctrl+N).</source>
        <translation>Todavía no hay voluntarios. Agregue el primero con «Nuevo voluntario» (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="77" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="85" />
        <source>Family name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="91" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="367" />
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="92" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="368" />
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="93" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="369" />
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="95" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="370" />
        <source>Roles</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="97" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="371" />
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="100" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="235" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="242" />
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="107" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="127" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="254" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="384" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="108" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="384" />
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="108" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="384" />
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="125" />
        <source>Active and inactive</source>
        <translation>Activos e inactivos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="126" />
        <source>Active only</source>
        <translation>Solo activos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="126" />
        <source>Inactive only</source>
        <translation>Solo inactivos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="133" />
        <source>Any role</source>
        <translation>Cualquier función</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="133" />
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="138" />
        <source>Any language</source>
        <translation>Cualquier idioma</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="138" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="144" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="145" />
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="152" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="153" />
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="178" />
        <source>&amp;New Volunteer…</source>
        <translation>&amp;Nuevo voluntario…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="181" />
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="184" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="208" />
        <source>De&amp;activate</source>
        <translation>Desac&amp;tivar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="187" />
        <source>Mark the selected volunteers inactive (or active again)</source>
        <translation>Marcar como inactivos a los voluntarios seleccionados (o de nuevo como activos)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="190" />
        <source>Log Ho&amp;urs…</source>
        <translation>Registrar h&amp;oras…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="193" />
        <source>Log time a volunteer gave</source>
        <translation>Registrar el tiempo que dio un voluntario</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="196" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="455" />
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="206" />
        <source>Re&amp;activate</source>
        <translation>Reac&amp;tivar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="238" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="249" />
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="260" />
        <source>&amp;Log Hours…</source>
        <translation>&amp;Registrar horas…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="279" />
        <source>%n volunteer(s) selected.</source>
        <translation>
            <numerusform>%n voluntario seleccionado.</numerusform>
            <numerusform>%n voluntarios seleccionados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="281" />
        <source>Select a volunteer to see the details here.</source>
        <translation>Seleccione un voluntario para ver aquí sus datos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="338" />
        <source>Remove %n hours entry(ies)</source>
        <translation>
            <numerusform>Quitar %n registro de horas</numerusform>
            <numerusform>Quitar %n registros de horas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="361" />
        <source>Yes, since {date}</source>
        <translation>Sí, desde el {date}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="363" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="372" />
        <source>Committees</source>
        <translation>Comités</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="373" />
        <source>Hours given</source>
        <translation>Horas dedicadas</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="374" />
        <source>May be contacted</source>
        <translation>Acepta que lo contacten</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="376" />
        <source>Emergency contact</source>
        <translation>Contacto de emergencia</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="425" />
        <source>Delete the volunteer {name}?</source>
        <translation>¿Eliminar al voluntario {name}?</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="426" />
        <source>Delete volunteer {name}</source>
        <translation>Eliminar al voluntario {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="428" />
        <source>Delete %n volunteer(s)?</source>
        <translation>
            <numerusform>¿Eliminar %n voluntario?</numerusform>
            <numerusform>¿Eliminar %n voluntarios?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="429" />
        <source>Delete %n volunteer(s)</source>
        <translation>
            <numerusform>Eliminar %n voluntario</numerusform>
            <numerusform>Eliminar %n voluntarios</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="432" />
        <source>Their logged hours stay in the totals. Edit &gt; Undo brings them back.</source>
        <translation>Sus horas registradas se mantienen en los totales. Editar &gt; Deshacer los recupera.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="449" />
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="456" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="487" />
        <source>Reactivate %n volunteer(s)</source>
        <translation>
            <numerusform>Reactivar %n voluntario</numerusform>
            <numerusform>Reactivar %n voluntarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="489" />
        <source>Deactivate %n volunteer(s)</source>
        <translation>
            <numerusform>Desactivar %n voluntario</numerusform>
            <numerusform>Desactivar %n voluntarios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="124" />
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="134" />
        <source>Welcome to SisterCommittee</source>
        <extracomment>The organization was made here (not sample data, not joined, not another file): the getting-started guide follows.</extracomment>
        <translation>Bienvenido a SisterCommittee</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="142" />
        <source>Tell us about your committee to start. Everything stays on this computer. You can change these details later in Preferences.</source>
        <translation>Para empezar, cuéntenos sobre su comité. Todo se queda en esta computadora. Puede cambiar estos datos más tarde en Preferencias.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="189" />
        <source>The records will be kept in {path}</source>
        <extracomment>Something was typed that creating the organization would keep.</extracomment>
        <translation>Los registros se guardarán en {path}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="154" />
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="197" />
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="266" />
        <source>&amp;Create Organization</source>
        <translation>&amp;Crear organización</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="155" />
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="201" />
        <source>Try with &amp;Sample Data</source>
        <translation>Probar con datos de &amp;ejemplo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="204" />
        <source>Fill the database with a made-up committee to explore the app</source>
        <translation>Llenar la base de datos con un comité inventado para explorar la aplicación</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="156" />
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="208" />
        <source>&amp;Join from HQ…</source>
        <translation>&amp;Unirse desde la sede…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="158" />
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="220" />
        <source>&amp;Open Another File…</source>
        <translation>&amp;Abrir otro archivo…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="159" />
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="223" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="157" />
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="212" />
        <source>Join with an &amp;Invitation…</source>
        <translation>Unirse con una &amp;invitación…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="215" />
        <source>Your coordinator invited you: type HQ's address and your invitation code</source>
        <translation>Su coordinador lo invitó: escriba la dirección de la sede y su código de invitación</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="265" />
        <source>Create the organization from the details you typed?</source>
        <translation>¿Crear la organización con los datos que escribió?</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="310" />
        <source>Creating the database…</source>
        <translation>Creando la base de datos…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="328" />
        <source>Making up a sample committee…</source>
        <translation>Inventando un comité de ejemplo…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="362" />
        <source>You joined {organization} on HQ as {role}. HQ holds none of its records yet: this laptop is the first. Fill in the committee's details and choose Create Organization; they go to HQ at the first sync.</source>
        <translation>Se unió a {organization} en la sede con la función {role}. La sede todavía no tiene ninguno de sus registros: esta computadora es la primera. Complete los datos del comité y elija «Crear organización»; llegan a la sede en la primera sincronización.</translation>
    </message>
</context>
<context>
    <name>picker</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/pickers.py" line="177" />
        <source>Type part of a volunteer's name or email</source>
        <translation>Escriba parte del nombre o del correo de un voluntario</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/pickers.py" line="183" />
        <source>Type part of the event's title</source>
        <translation>Escriba parte del título del evento</translation>
    </message>
</context>
<context><name>Forms</name><message><source>Income or expense</source><translation>Ingreso o gasto</translation></message><message><source>income or expense</source><translation>ingreso o gasto</translation></message><message><source>Category</source><translation>Categoría</translation></message><message><source>Description</source><translation>Descripción</translation></message><message><source>Currency</source><translation>Moneda</translation></message><message><source>Planned amount</source><translation>Monto previsto</translation></message><message><source>in major units, e.g. 250 or 12.50</source><translation>en unidades enteras de la moneda, p. ej., 250 o 12.50</translation></message><message><source>Actual amount</source><translation>Monto real</translation></message><message><source>In kind</source><translation>En especie</translation></message><message><source>yes for donated goods or services rather than money</source><translation>sí para bienes o servicios donados en lugar de dinero</translation></message><message><source>Title</source><translation>Título</translation></message><message><source>Kind</source><translation>Tipo</translation></message><message><source>Time zone</source><translation>Zona horaria</translation></message><message><source>IANA zone of the venue, e.g. America/Chicago; the times are read in it</source><translation>zona IANA del lugar, p. ej., America/Chicago; las horas se leen en ella</translation></message><message><source>Start time</source><translation>Hora de inicio</translation></message><message><source>date and time at the venue, e.g. 2026-04-11 10:00</source><translation>fecha y hora en el lugar, p. ej., 2026-04-11 10:00</translation></message><message><source>End time</source><translation>Hora de fin</translation></message><message><source>date and time at the venue; two hours after the start if left out</source><translation>fecha y hora en el lugar; si se deja vacía, dos horas después del inicio</translation></message><message><source>Venue</source><translation>Lugar</translation></message><message><source>Attendance</source><translation>Asistencia</translation></message><message><source>Youth attending</source><translation>Jóvenes asistentes</translation></message><message><source>how many of those attending were under 18</source><translation>cuántos de los asistentes eran menores de 18</translation></message><message><source>Outcome</source><translation>Resultado</translation></message><message><source>how it went: notes for the annual report</source><translation>cómo salió: notas para el informe anual</translation></message><message><source>Trade mission</source><translation>Misión comercial</translation></message><message><source>yes when it was a trade or business mission</source><translation>sí cuando fue una misión comercial o de negocios</translation></message><message><source>Agreements signed</source><translation>Acuerdos firmados</translation></message><message><source>business, university or municipal agreements signed, as a number</source><translation>acuerdos empresariales, universitarios o municipales firmados, como número</translation></message><message><source>Investment currency</source><translation>Moneda de la inversión</translation></message><message><source>the currency of the investment; the organization's if left out</source><translation>la moneda de la inversión; si se deja vacía, la de la organización</translation></message><message><source>Investment</source><translation>Inversión</translation></message><message><source>investment announced or made, in major units, e.g. 250000</source><translation>inversión anunciada o realizada, en unidades enteras de la moneda, p. ej., 250000</translation></message><message><source>Jobs created</source><translation>Empleos creados</translation></message><message><source>jobs created as a result, as a number</source><translation>empleos creados como resultado, como número</translation></message><message><source>Partnerships</source><translation>Hermanamientos</translation></message><message><source>ids of the partnerships the event concerns, comma-separated</source><translation>identificadores de los hermanamientos a los que se refiere el evento, separados por comas</translation></message><message><source>Role</source><translation>Función</translation></message><message><source>e.g. Set-up, Tea ceremony</source><translation>p. ej., Montaje, Ceremonia del té</translation></message><message><source>Shift start</source><translation>Inicio del turno</translation></message><message><source>date and time at the venue; the event's start if left out</source><translation>fecha y hora en el lugar; si se deja vacía, el inicio del evento</translation></message><message><source>Shift end</source><translation>Fin del turno</translation></message><message><source>date and time at the venue; the event's end if left out</source><translation>fecha y hora en el lugar; si se deja vacía, el fin del evento</translation></message><message><source>Volunteer</source><translation>Voluntario</translation></message><message><source>id of the volunteer, if known</source><translation>identificador del voluntario, si se conoce</translation></message><message><source>Amount</source><translation>Monto</translation></message><message><source>in major units, such as 12.50</source><translation>en unidades enteras de la moneda, como 12.50</translation></message><message><source>yes for goods or services given instead of money</source><translation>sí para bienes o servicios dados en lugar de dinero</translation></message><message><source>Direction</source><translation>Sentido</translation></message><message><source>inbound: a delegation visits us; outbound: our delegation travels</source><translation>Nos visitan (inbound): una delegación viene a nuestra ciudad; Viajamos (outbound): nuestra delegación viaja</translation></message><message><source>Program</source><translation>Programa</translation></message><message><source>Partnership</source><translation>Hermanamiento</translation></message><message><source>the id of the partnership with the city visited or visiting</source><translation>el identificador del hermanamiento con la ciudad visitada o visitante</translation></message><message><source>Departure date</source><translation>Fecha de salida</translation></message><message><source>the first day of the exchange</source><translation>el primer día del intercambio</translation></message><message><source>Return date</source><translation>Fecha de regreso</translation></message><message><source>the last day of the exchange, when the delegation goes home</source><translation>el último día del intercambio, cuando la delegación vuelve a casa</translation></message><message><source>Travel paid by</source><translation>Viaje pagado por</translation></message><message><source>who pays the journey: participant, host_committee, sending_committee, host_families, sponsor, shared</source><translation>quién paga el viaje: participant, host_committee, sending_committee, host_families, sponsor, shared</translation></message><message><source>Stay paid by</source><translation>Estancia pagada por</translation></message><message><source>who pays lodging and meals: participant, host_committee, sending_committee, host_families, sponsor, shared</source><translation>quién paga el alojamiento y las comidas: participant, host_committee, sending_committee, host_families, sponsor, shared</translation></message><message><source>Notes</source><translation>Notas</translation></message><message><source>Family name</source><translation>Apellido</translation></message><message><source>when the family is one of our volunteers' households</source><translation>cuando la familia es el hogar de uno de nuestros voluntarios</translation></message><message><source>Address</source><translation>Dirección</translation></message><message><source>Phone</source><translation>Teléfono</translation></message><message><source>Email</source><translation>Correo electrónico</translation></message><message><source>Capacity</source><translation>Capacidad</translation></message><message><source>how many guests the family can take in at the same time</source><translation>cuántos huéspedes puede recibir la familia al mismo tiempo</translation></message><message><source>where the item takes place; the partner city's zone on an outbound exchange</source><translation>dónde tiene lugar la actividad; la zona de la ciudad asociada en un intercambio en que viajamos</translation></message><message><source>Place</source><translation>Lugar</translation></message><message><source>one of our volunteers; leave empty for someone from outside</source><translation>uno de nuestros voluntarios; déjelo vacío para alguien de fuera</translation></message><message><source>Name</source><translation>Nombre</translation></message><message><source>for someone who is not one of our volunteers</source><translation>para alguien que no es uno de nuestros voluntarios</translation></message><message><source>Youth (under 18)</source><translation>Joven (menor de 18)</translation></message><message><source>volunteer's id</source><translation>identificador del voluntario</translation></message><message><source>Event</source><translation>Evento</translation></message><message><source>id of the event the time was for</source><translation>identificador del evento al que corresponde el tiempo</translation></message><message><source>Activity</source><translation>Actividad</translation></message><message><source>what the time was for, if no event</source><translation>para qué fue el tiempo, si no fue un evento</translation></message><message><source>Date worked</source><translation>Fecha de trabajo</translation></message><message><source>Hours</source><translation>Horas</translation></message><message><source>e.g. 2.5, 2:30 or 2h30</source><translation>p. ej., 2.5, 2:30 o 2h30</translation></message><message><source>Kind of work</source><translation>Tipo de trabajo</translation></message><message><source>Logged by the volunteer</source><translation>Registradas por el voluntario</translation></message><message><source>yes: the volunteer logged it; it counts once a coordinator approves it</source><translation>sí: las registró el voluntario; cuentan cuando un coordinador las aprueba</translation></message><message><source>the partnership's id, or its city name</source><translation>el identificador del hermanamiento, o el nombre de su ciudad</translation></message><message><source>Signing date</source><translation>Fecha de firma</translation></message><message><source>Place of signing</source><translation>Lugar de la firma</translation></message><message><source>in English</source><translation>en inglés</translation></message><message><source>Place of signing in the partner's language</source><translation>Lugar de la firma en el idioma de la ciudad asociada</translation></message><message><source>as printed in the partner's column, e.g. 高山市役所</source><translation>tal como se imprime en la columna de la ciudad asociada, p. ej., 高山市役所</translation></message><message><source>Our city in the partner's language</source><translation>Nuestra ciudad en el idioma de la ciudad asociada</translation></message><message><source>our city's name as the partner's language writes it, e.g. スプリングフィールド市</source><translation>el nombre de nuestra ciudad tal como lo escribe el idioma de la ciudad asociada, p. ej., スプリングフィールド市</translation></message><message><source>Languages</source><translation>Idiomas</translation></message><message><source>BCP 47 codes of its text, e.g. 'en, ja'; ours and the partner's if not given</source><translation>códigos BCP 47 de su texto, p. ej., 'en, ja'; si no se indican, el nuestro y el de la ciudad asociada</translation></message><message><source>Side</source><translation>Parte</translation></message><message><source>home (our city) or partner</source><translation>home (nuestra ciudad) o partner (la ciudad asociada)</translation></message><message><source>in Latin letters</source><translation>en letras latinas</translation></message><message><source>Name in the partner's script</source><translation>Nombre en la escritura de la ciudad asociada</translation></message><message><source>in English, e.g. Mayor</source><translation>en inglés, p. ej., Mayor</translation></message><message><source>Title</source><comment>signatory</comment><translation>Cargo</translation></message><message><source>Title in the partner's language</source><translation>Cargo en el idioma de la ciudad asociada</translation></message><message><source>Position</source><translation>Posición</translation></message><message><source>order among the signatories of the same side; next free if not given</source><translation>orden entre los firmantes de la misma parte; si no se indica, el siguiente libre</translation></message><message><source>Left office on</source><translation>Dejó el cargo el</translation></message><message><source>when the signatory left office, if they have</source><translation>cuándo dejó el cargo el firmante, si lo dejó</translation></message><message><source>Organization name</source><translation>Nombre de la organización</translation></message><message><source>Home city</source><translation>Ciudad de origen</translation></message><message><source>Region or state</source><translation>Región o estado</translation></message><message><source>Country</source><translation>País</translation></message><message><source>SCI member number</source><translation>Número de miembro de SCI</translation></message><message><source>Language</source><translation>Idioma</translation></message><message><source>IANA zone such as America/Chicago; by default the home city's</source><translation>zona IANA como America/Chicago; por defecto, la de la ciudad de origen</translation></message><message><source>List our partnerships in HQ's directory</source><translation>Mostrar nuestros hermanamientos en el directorio de la sede</translation></message><message><source>HQ shows your partnerships, city and public contact to other members</source><translation>La sede muestra sus hermanamientos, su ciudad y su contacto público a los demás miembros</translation></message><message><source>Public contact</source><translation>Contacto público</translation></message><message><source>An email or web address shown in HQ's directory</source><translation>Un correo electrónico o una dirección web que se muestra en el directorio de la sede</translation></message><message><source>Title</source><comment>contact</comment><translation>Cargo</translation></message><message><source>Organization</source><translation>Organización</translation></message><message><source>a number in the partner's country</source><translation>un número del país de la ciudad asociada</translation></message><message><source>the partner's language if not given</source><translation>si no se indica, el idioma de la ciudad asociada</translation></message><message><source>Waiting for a reply since</source><translation>Esperando respuesta desde</translation></message><message><source>when we wrote without an answer yet; clear it once they answer</source><translation>cuándo escribimos sin recibir respuesta todavía; bórrelo cuando respondan</translation></message><message><source>City name</source><translation>Nombre de la ciudad</translation></message><message><source>Local city name</source><translation>Nombre local de la ciudad</translation></message><message><source>as the city writes it, e.g. 高山市</source><translation>tal como lo escribe la ciudad, p. ej., 高山市</translation></message><message><source>Region</source><translation>Región</translation></message><message><source>prefecture, state or province</source><translation>prefectura, estado o provincia</translation></message><message><source>Partner's language</source><translation>Idioma de la ciudad asociada</translation></message><message><source>BCP 47 code; the country's main language if not given</source><translation>código BCP 47; si no se indica, el idioma principal del país</translation></message><message><source>Partner's time zone</source><translation>Zona horaria de la ciudad asociada</translation></message><message><source>the country's main zone if not given</source><translation>si no se indica, la zona principal del país</translation></message><message><source>Status</source><translation>Estado</translation></message><message><source>only when adding; later use change status, which keeps the history</source><translation>solo al agregar; después use «Cambiar estado», que guarda el historial</translation></message><message><source>Focus areas</source><translation>Áreas de interés</translation></message><message><source>Dates to mark</source><translation>Fechas para señalar</translation></message><message><source>the partner city's own days, e.g. 04-14 Spring Festival, 1936-11-01 founding (with a year, its anniversaries count); comma-separated</source><translation>los días propios de la ciudad asociada, p. ej., 04-14 Fiesta de la Primavera, 1936-11-01 fundación (con año, se cuentan sus aniversarios); separados por comas</translation></message><message><source>Committee</source><translation>Comité</translation></message><message><source>languages spoken at home</source><translation>idiomas que se hablan en casa</translation></message><message><source>Pets</source><translation>Mascotas</translation></message><message><source>such as 'a dog, two cats'; empty for none</source><translation>como 'un perro, dos gatos'; vacío si no hay</translation></message><message><source>Can host from</source><translation>Puede recibir desde</translation></message><message><source>the first night the family can take guests</source><translation>la primera noche en que la familia puede recibir huéspedes</translation></message><message><source>Can host until</source><translation>Puede recibir hasta</translation></message><message><source>the day the last guest leaves</source><translation>el día en que se va el último huésped</translation></message><message><source>Takes guests</source><translation>Recibe huéspedes</translation></message><message><source>any, female or male</source><translation>cualquiera, mujeres u hombres</translation></message><message><source>Takes minors</source><translation>Recibe menores</translation></message><message><source>Date of birth</source><translation>Fecha de nacimiento</translation></message><message><source>tells minors apart and their age on the first day</source><translation>distingue a los menores y su edad el primer día</translation></message><message><source>Gender</source><translation>Género</translation></message><message><source>female, male or other; for homestays</source><translation>femenino, masculino u otro; para las estancias en familia</translation></message><message><source>languages the person speaks, such as ja, en (a volunteer's own are added)</source><translation>idiomas que habla la persona, como ja, en (se agregan los propios de un voluntario)</translation></message><message><source>Allergies</source><translation>Alergias</translation></message><message><source>food and animal allergies, such as 'peanuts; cats'</source><translation>alergias a alimentos y animales, como 'cacahuates; gatos'</translation></message><message><source>Medical notes</source><translation>Notas médicas</translation></message><message><source>Passport number</source><translation>Número de pasaporte</translation></message><message><source>only if the committee needs it; purged for minors after the trip</source><translation>solo si el comité lo necesita; se borra para los menores después del viaje</translation></message><message><source>Passport valid until</source><translation>Pasaporte válido hasta</translation></message><message><source>Nationality</source><translation>Nacionalidad</translation></message><message><source>the passport's country</source><translation>el país del pasaporte</translation></message><message><source>Emergency contact</source><translation>Contacto de emergencia</translation></message><message><source>who to call at home, with the number</source><translation>a quién llamar en casa, con el número</translation></message><message><source>Year</source><translation>Año</translation></message><message><source>the year the rate is for</source><translation>el año al que corresponde el tipo</translation></message><message><source>US dollars for one unit</source><translation>Dólares estadounidenses por unidad</translation></message><message><source>e.g. 0.25 for the Polish złoty, 0.0067 for the Japanese yen</source><translation>p. ej., 0.25 para el esloti polaco, 0.0067 para el yen japonés</translation></message><message><source>Source</source><translation>Fuente</translation></message><message><source>where the rate was read, e.g. IRS yearly average</source><translation>dónde se leyó el tipo, p. ej., promedio anual del IRS</translation></message><message><source>Given name</source><translation>Nombre de pila</translation></message><message><source>tag:level pairs, e.g. 'ja:fluent, en:native'</source><translation>pares idioma:nivel, p. ej., 'ja:fluent, en:native'</translation></message><message><source>Roles</source><translation>Funciones</translation></message><message><source>Skills</source><translation>Habilidades</translation></message><message><source>Committees</source><translation>Comités</translation></message><message><source>Consent to be contacted</source><translation>Consentimiento para ser contactado</translation></message><message><source>Consent date</source><translation>Fecha del consentimiento</translation></message><message><source>Emergency contact phone</source><translation>Teléfono del contacto de emergencia</translation></message><message><source>Active</source><translation>Activo</translation></message></context><context><name>MeetingTimesDialog</name><message><source>&amp;Day (ours):</source><translation>&amp;Día (el nuestro):</translation></message><message><source>S&amp;how</source><translation>&amp;Mostrar</translation></message><message><source>Hours in &amp;common:</source><translation>Horas en &amp;común:</translation></message><message><source>Dark green: at work (8:00–18:00 on weekdays); light green: awake (7:00–22:00); grey: asleep. In the middle, blue: both at work; light blue: both awake.</source><translation>Verde oscuro: en el trabajo (8:00–18:00 entre semana); verde claro: despiertos (7:00–22:00); gris: dormidos. En el centro, azul: ambas en horario de trabajo; azul claro: ambas despiertas.</translation></message><message><source>Chosen:</source><translation>Elegido:</translation></message><message><source> minutes</source><translation> minutos</translation></message><message><source>&amp;Length:</source><translation>D&amp;uración:</translation></message><message><source>&amp;Title:</source><translation>&amp;Título:</translation></message><message><source>&amp;Create Event</source><translation>C&amp;rear evento</translation></message><message><source>Both at work</source><translation>Ambas en horario de trabajo</translation></message><message><source>Both awake</source><translation>Ambas despiertas</translation></message><message><source>No hour when both cities are awake on this day.</source><translation>Ese día no hay ninguna hora en que las dos ciudades estén despiertas.</translation></message><message><source>Pick a half hour on the picture or a slot in the list.</source><translation>Elija una media hora en el dibujo o un horario de la lista.</translation></message><message><source>one of the cities is asleep then</source><translation>una de las ciudades está dormida a esa hora</translation></message><message><source>Meeting Times with {city}</source><translation>Horarios de reunión con {city}</translation></message><message><source>Video call with {city}</source><translation>Videollamada con {city}</translation></message><message><source>Make a call with {city}</source><translation>Hacer una llamada con {city}</translation></message><message><source>The event is on the Events page: {text}</source><translation>El evento está en la página Eventos: {text}</translation></message></context><context><name>PlannerDialogs</name><message><source>New Checklist Item</source><translation>Nueva tarea de la lista</translation></message><message><source>Add checklist item</source><translation>Agregar tarea a la lista</translation></message><message><source>Not recorded</source><translation>Sin registrar</translation></message><message><source>such as ja, en</source><translation>como ja, en</translation></message><message><source>such as en, es</source><translation>como en, es</translation></message><message><source>Visa Lead Times</source><translation>Plazos de visa</translation></message><message><source>How many days before departure to apply for a visa in each destination. The defaults are planning estimates from the consulates' published processing times: check them with the embassy. Your figures sync to every laptop.</source><translation>Cuántos días antes de la salida hay que solicitar la visa para cada destino. Los valores predeterminados son estimaciones para planificar, según los plazos de trámite que publican los consulados: confírmelos con la embajada. Sus cifras se sincronizan con todas las computadoras.</translation></message><message><source>&amp;Change…</source><translation>&amp;Cambiar…</translation></message><message><source>&amp;Add a Country…</source><translation>&amp;Agregar un país…</translation></message><message><source>Use the &amp;Default</source><translation>Usar el valor &amp;predeterminado</translation></message><message><source>ours</source><translation>nuestra</translation></message><message><source>default, to check</source><translation>predeterminada, por confirmar</translation></message><message><source>general default</source><translation>predeterminada general</translation></message><message><source>Visa Lead Time of Another Country</source><translation>Plazo de visa de otro país</translation></message><message><source>Add a visa lead time</source><translation>Agregar un plazo de visa</translation></message><message><source>Privacy of Minors' Data</source><translation>Privacidad de los datos de menores</translation></message><message><source>Change the privacy setting</source><translation>Cambiar la configuración de privacidad</translation></message><message><source>such as Book the bus to the airport</source><translation>como Reservar el autobús al aeropuerto</translation></message><message><source>Minors' details are purged a set time after the trip.</source><translation>Los datos de los menores se borran un tiempo fijo después del viaje.</translation></message><message><source>Country</source><translation>País</translation></message><message><source>Days</source><translation>Días</translation></message><message><source>Visa</source><translation>Visa</translation></message><message><source>Figure</source><translation>Cifra</translation></message><message><source>Note</source><translation>Nota</translation></message><message><source>Passport numbers, medical notes and consent forms of minors are purged this many days after each trip, on every laptop.</source><translation>Los números de pasaporte, las notas médicas y los permisos de los menores se borran esta cantidad de días después de cada viaje, en todas las computadoras.</translation></message><message><source>Female</source><translation>Femenino</translation></message><message><source>Male</source><translation>Masculino</translation></message><message><source>Other</source><translation>Otro</translation></message><message><source>Planning Details: {name}</source><translation>Detalles de planificación: {name}</translation></message><message><source>Edit planning details of {name}</source><translation>Editar los detalles de planificación de {name}</translation></message><message><source>Hosting Details: {name}</source><translation>Detalles del alojamiento: {name}</translation></message><message><source>Edit hosting details of {name}</source><translation>Editar los detalles del alojamiento de {name}</translation></message><message><source>Visa Lead Time: {country}</source><translation>Plazo de visa: {country}</translation></message><message><source>Change the visa lead time of {country}</source><translation>Cambiar el plazo de visa de {country}</translation></message><message><source>Any</source><translation>Cualquiera</translation></message><message><source>Female only</source><translation>Solo mujeres</translation></message><message><source>Male only</source><translation>Solo hombres</translation></message><message><source>needed</source><translation>necesaria</translation></message><message><source>not needed</source><translation>no necesaria</translation></message></context><context><name>Opening</name><message><source>No Program to Open the File</source><translation>No hay ningún programa para abrir el archivo</translation></message><message><source>Save a copy to open it later or on another computer, or show the folder it is in. Installing a PDF viewer (for example Evince or Okular) lets “Open” work next time.</source><translation>Guarde una copia para abrirla más tarde o en otra computadora, o muestre la carpeta en la que está. Si instala un visor de PDF (por ejemplo Evince u Okular), «Abrir» funcionará la próxima vez.</translation></message><message><source>Show the &amp;Folder</source><translation>Mostrar la &amp;carpeta</translation></message><message><source>The Folder</source><translation>La carpeta</translation></message><message><source>This computer has no file manager set up. The folder is:</source><translation>Esta computadora no tiene configurado ningún administrador de archivos. La carpeta es:</translation></message><message><source>&amp;Save a Copy…</source><translation>&amp;Guardar una copia…</translation></message><message><source>This computer has no program set up to open {file}.</source><translation>Esta computadora no tiene configurado ningún programa para abrir {file}.</translation></message></context><context><name>ExchangePlanner</name><message><source>done</source><translation>hecha</translation></message><message><source>overdue</source><translation>atrasada</translation></message><message><source>due soon</source><translation>vence pronto</translation></message><message><source>open</source><translation>pendiente</translation></message><message><source>not done</source><translation>no hecha</translation></message><message><source>Ne&amp;w Item…</source><translation>Nueva &amp;tarea…</translation></message><message><source>E&amp;mergency Sheet…</source><translation>Hoja de e&amp;mergencia…</translation></message><message><source>P&amp;urge Minors' Data…</source><translation>&amp;Borrar datos de menores…</translation></message><message><source>Visa &amp;Lead Times…</source><translation>Pla&amp;zos de visa…</translation></message><message><source>P&amp;rivacy…</source><translation>Privaci&amp;dad…</translation></message><message><source>Select an exchange to see its checklist.</source><translation>Seleccione un intercambio para ver su lista de control.</translation></message><message><source>No minors in this delegation: nothing to purge after the trip.</source><translation>No hay menores en esta delegación: no hay nada que borrar después del viaje.</translation></message><message><source>No personal data of minors is kept for this exchange.</source><translation>No se guardan datos personales de menores para este intercambio.</translation></message><message><source>emergency-sheet.pdf</source><translation>hoja-de-emergencia.pdf</translation></message><message><source>Save the Emergency Sheet</source><translation>Guardar la hoja de emergencia</translation></message><message><source>PDF files (*.pdf)</source><translation>Archivos PDF (*.pdf)</translation></message><message><source>Purge the personal data of this exchange's minors?</source><translation>¿Borrar los datos personales de los menores de este intercambio?</translation></message><message><source>&amp;Purge</source><translation>&amp;Borrar</translation></message><message><source>&amp;Accept Suggestion</source><translation>Acep&amp;tar sugerencia</translation></message><message><source>Accept A&amp;ll</source><translation>Aceptar to&amp;das</translation></message><message><source>Select an exchange to see homestay suggestions.</source><translation>Seleccione un intercambio para ver las sugerencias de estancias en familia.</translation></message><message><source>Item</source><translation>Tarea</translation></message><message><source>Due</source><translation>Vence</translation></message><message><source>Status</source><translation>Estado</translation></message><message><source>{done} of {total} done</source><translation>{done} de {total} hechas</translation></message><message><source>Minors' personal data will be purged on {day} (minors with data kept: {n}).</source><translation>Los datos personales de los menores se borrarán el {day} (menores con datos guardados: {n}).</translation></message><message><source>Passport numbers, dates of birth, medical notes, allergies, contacts and consent ticks of the minors ({n}) are cleared on every laptop. The participants stay, so the exchange's counts do not change. This cannot be undone.</source><translation>Los números de pasaporte, las fechas de nacimiento, las notas médicas, las alergias, los contactos y las marcas de permiso de los menores ({n}) se borran en todas las computadoras. Los participantes se mantienen, así que las cifras del intercambio no cambian. Esto no se puede deshacer.</translation></message><message><source>Guest and reasons</source><translation>Huésped y motivos</translation></message><message><source>Family</source><translation>Familia</translation></message><message><source>departure {day}</source><translation>salida el {day}</translation></message><message><source>Minors' personal data was purged on {day} ({fields} fields, {rows} records).</source><translation>Los datos personales de los menores se borraron el {day} ({fields} campos, {rows} registros).</translation></message><message><source>Minors' personal data was due to be purged on {day}: purge it now (minors with data kept: {n}).</source><translation>Los datos personales de los menores debían borrarse el {day}: bórrelos ahora (menores con datos guardados: {n}).</translation></message><message><source>Purge minors' data now, before {day}?</source><translation>¿Borrar ahora los datos de los menores, antes del {day}?</translation></message><message><source>Placed: {placed} · suggested: {suggested} · no family fits: {left} · conflicts: {conflicts}. Nothing is placed until you accept.</source><translation>Alojados: {placed} · sugeridos: {suggested} · sin familia adecuada: {left} · conflictos: {conflicts}. No se aloja a nadie hasta que usted acepte.</translation></message><message><source>Done on {day}</source><translation>Hecha el {day}</translation></message><message><source>{n} overdue</source><translation>{n} atrasadas</translation></message><message><source>Deadline: {why}</source><translation>Plazo: {why}</translation></message><message><source>emergency sheet saved as {name}</source><translation>hoja de emergencia guardada como {name}</translation></message><message><source>Suggested ({n})</source><translation>Sugeridos ({n})</translation></message><message><source>Conflicts in the stays recorded ({n})</source><translation>Conflictos en las estancias registradas ({n})</translation></message><message><source>No family fits ({n})</source><translation>Sin familia adecuada ({n})</translation></message><message><source>Placed ({n})</source><translation>Alojados ({n})</translation></message><message><source>check: {problem}</source><translation>revisar: {problem}</translation></message><message><source>Placed</source><translation>Alojados</translation></message><message><source>by {name}</source><translation>por {name}</translation></message><message><source>Making the emergency sheet</source><translation>Creando la hoja de emergencia</translation></message></context><context><name>Outcomes</name><message><source>Trade mission</source><translation>Misión comercial</translation></message><message><source>yes</source><translation>sí</translation></message><message><source>Agreements signed</source><translation>Acuerdos firmados</translation></message><message><source>Investment</source><translation>Inversión</translation></message><message><source>Jobs created</source><translation>Empleos creados</translation></message></context><context><name>Renewal</name><message><source>Save the Renewal Certificate</source><translation>Guardar el certificado de renovación</translation></message><message><source>PDF documents (*.pdf)</source><translation>Documentos PDF (*.pdf)</translation></message><message><source>Renewal certificate {city} {year}.pdf</source><translation>Certificado de renovación {city} {year}.pdf</translation></message><message><source>Making the renewal certificate…</source><translation>Creando el certificado de renovación…</translation></message><message><source>Saved the renewal certificate to {path}.</source><translation>El certificado de renovación se guardó en {path}.</translation></message></context></TS>