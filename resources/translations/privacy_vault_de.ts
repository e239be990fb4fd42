<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BackupPassphraseDialog</name>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="60"/>
        <location filename="../../ui/passphrase_dialog.py" line="61"/>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="64"/>
        <source>Passphrase of the backup</source>
        <translation>Passphrase der Sicherung</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="66"/>
        <source>Replace the vault</source>
        <translation>Tresor ersetzen</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="67"/>
        <source>Replace the vault with the backup</source>
        <translation>Tresor durch die Sicherung ersetzen</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="71"/>
        <source>Passphrase of the backup:</source>
        <translation>Passphrase der Sicherung:</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="74"/>
        <source>The vault will be locked and replaced by the backup, once the backup has been checked. The current vault is kept beside it as a .bak file. After the restore, the vault opens with the backup&apos;s passphrase.</source>
        <translation>Der Tresor wird gesperrt und durch die Sicherung ersetzt, sobald diese geprüft ist. Der bisherige Tresor bleibt daneben als .bak-Datei erhalten. Nach der Wiederherstellung öffnet sich der Tresor mit der Passphrase der Sicherung.</translation>
    </message>
</context>
<context>
    <name>BusyDialog</name>
    <message>
        <location filename="../../ui/busy_dialog.py" line="24"/>
        <source>Privacy Vault</source>
        <translation>Privacy Vault</translation>
    </message>
</context>
<context>
    <name>ControllerDialog</name>
    <message>
        <location filename="../../ui/controller_dialog.py" line="18"/>
        <source>New controller</source>
        <translation>Neuer Verantwortlicher</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="18"/>
        <source>Edit controller</source>
        <translation>Verantwortlichen bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="23"/>
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="24"/>
        <source>Legal form</source>
        <translation>Rechtsform</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="24"/>
        <source>e.g. SA, GmbH, Ltd</source>
        <translation>z. B. GmbH, AG, SA</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="25"/>
        <source>Registration number</source>
        <translation>Registernummer</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="26"/>
        <source>Postal address</source>
        <translation>Postanschrift</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="27"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="27"/>
        <source>Two-letter code, e.g. FR, DE</source>
        <translation>Zweibuchstabiger Code, z. B. DE, FR</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="28"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="28"/>
        <source>e.g. BY, 57</source>
        <translation>z. B. BY, 57</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="29"/>
        <source>DPO name</source>
        <translation>Datenschutzbeauftragte(r)</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="30"/>
        <source>DPO e-mail address</source>
        <translation>E-Mail-Adresse der/des Datenschutzbeauftragten</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="31"/>
        <source>Other e-mail addresses</source>
        <translation>Weitere E-Mail-Adressen</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="32"/>
        <source>Web form</source>
        <translation>Webformular</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="33"/>
        <source>Web site</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="34"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="35"/>
        <source>Supervisory authority</source>
        <translation>Aufsichtsbehörde</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="37"/>
        <source>Transfers outside the EU</source>
        <translation>Übermittlungen außerhalb der EU</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="38"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="38"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="38"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="40"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>ControllersPage</name>
    <message>
        <location filename="../../ui/controllers_page.py" line="26"/>
        <source>Add retention period…</source>
        <translation>Speicherdauer hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="27"/>
        <source>Add a retention period to this controller</source>
        <translation>Diesem Verantwortlichen eine Speicherdauer hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="34"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="35"/>
        <location filename="../../ui/controllers_page.py" line="64"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="36"/>
        <source>DPO e-mail</source>
        <translation>E-Mail DSB</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="37"/>
        <location filename="../../ui/controllers_page.py" line="74"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="54"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="54"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/controllers_page.py" line="57"/>
        <source>%1: %n month(s)</source>
        <translation>
            <numerusform>%1: %n Monat</numerusform>
            <numerusform>%1: %n Monate</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="61"/>
        <source>Legal form</source>
        <translation>Rechtsform</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="62"/>
        <source>Registration number</source>
        <translation>Registernummer</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="63"/>
        <source>Postal address</source>
        <translation>Postanschrift</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="65"/>
        <source>DPO name</source>
        <translation>Datenschutzbeauftragte(r)</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="66"/>
        <source>DPO e-mail address</source>
        <translation>E-Mail-Adresse der/des Datenschutzbeauftragten</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="67"/>
        <source>Other e-mail addresses</source>
        <translation>Weitere E-Mail-Adressen</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="68"/>
        <source>Web form</source>
        <translation>Webformular</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="69"/>
        <source>Web site</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="70"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="71"/>
        <source>Supervisory authority</source>
        <translation>Aufsichtsbehörde</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="72"/>
        <source>Transfers outside the EU</source>
        <translation>Übermittlungen außerhalb der EU</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="73"/>
        <source>Retention periods</source>
        <translation>Speicherdauern</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="75"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="86"/>
        <source>Remove the controller “%1” and its retention periods?</source>
        <translation>Den Verantwortlichen „%1“ und seine Speicherdauern entfernen?</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="89"/>
        <source>Search controllers (name, web site, e-mail, address)</source>
        <translation>Verantwortliche suchen (Name, Website, E-Mail, Anschrift)</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="92"/>
        <source>Add a controller</source>
        <translation>Verantwortlichen hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/controllers_page.py" line="95"/>
        <source>%n controller(s)</source>
        <translation>
            <numerusform>%n Verantwortlicher</numerusform>
            <numerusform>%n Verantwortliche</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="98"/>
        <source>Entered by hand</source>
        <translation>Von Hand eingegeben</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="98"/>
        <source>Privacy policy</source>
        <translation>Datenschutzerklärung</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="99"/>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../ui/detail_pane.py" line="43"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="51"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="52"/>
        <source>Select a row to see its details.</source>
        <translation>Wählen Sie eine Zeile aus, um die Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="97"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="100"/>
        <source>Copy (cleared from the clipboard after 30 seconds)</source>
        <translation>Kopieren (nach 30 Sekunden aus der Zwischenablage gelöscht)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="101"/>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="17"/>
        <source>Something unexpected went wrong and the action was not completed. The details below can help to report the problem.</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten, die Aktion wurde nicht ausgeführt. Die Details unten können helfen, das Problem zu melden.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="24"/>
        <source>Privacy Vault</source>
        <translation>Privacy Vault</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="30"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>IdentitiesPage</name>
    <message>
        <location filename="../../ui/identities_page.py" line="29"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="30"/>
        <location filename="../../ui/identities_page.py" line="52"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="31"/>
        <location filename="../../ui/identities_page.py" line="53"/>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="32"/>
        <location filename="../../ui/identities_page.py" line="56"/>
        <source>E-mail addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="54"/>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="55"/>
        <source>Postal address</source>
        <translation>Postanschrift</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="57"/>
        <source>Phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="58"/>
        <source>Alias pattern</source>
        <translation>Alias-Muster</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="59"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="70"/>
        <source>Remove the identity “%1” with its identifiers and consents?</source>
        <translation>Die Identität „%1“ mit ihren Kennungen und Einwilligungen entfernen?</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="73"/>
        <source>Search identities (label, name, e-mail, phone)</source>
        <translation>Identitäten suchen (Bezeichnung, Name, E-Mail, Telefon)</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="76"/>
        <source>Add an identity</source>
        <translation>Identität hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/identities_page.py" line="79"/>
        <source>%n identity(-ies)</source>
        <translation>
            <numerusform>%n Identität</numerusform>
            <numerusform>%n Identitäten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="82"/>
        <source>Real identity</source>
        <translation>Echte Identität</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="82"/>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../../ui/identity_dialog.py" line="18"/>
        <source>New identity</source>
        <translation>Neue Identität</translation>
    </message>
    <message>
        <location filename="../../ui/identity_dialog.py" line="18"/>
        <source>Edit identity</source>
        <translation>Identität bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/identity_dialog.py" line="22"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/identity_dialog.py" line="22"/>
        <source>Real identity</source>
        <translation>Echte Identität</translation>
    </message>
    <message>
        <location filename="../../ui/identity_dialog.py" line="23"/>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <location filename="../../ui/identity_dialog.py" line="24"/>
        <source>Label *</source>
        <translation>Bezeichnung *</translation>
    </message>
    <message>
        <location filename="../../ui/identity_dialog.py" line="24"/>
        <source>e.g. Me, Shopping alias</source>
        <translation>z. B. Ich, Einkaufs-Alias</translation>
    </message>
    <message>
        <location filename="../../ui/identity_dialog.py" line="25"/>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <location filename="../../ui/identity_dialog.py" line="26"/>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location filename="../../ui/identity_dialog.py" line="26"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <location filename="../../ui/identity_dialog.py" line="27"/>
        <source>Postal address</source>
        <translation>Postanschrift</translation>
    </message>
    <message>
        <location filename="../../ui/identity_dialog.py" line="28"/>
        <source>E-mail addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <location filename="../../ui/identity_dialog.py" line="29"/>
        <source>Phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <location filename="../../ui/identity_dialog.py" line="30"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../ui/list_page.py" line="37"/>
        <location filename="../../ui/list_page.py" line="90"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../ui/list_page.py" line="44"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/list_page.py" line="46"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../ui/list_page.py" line="47"/>
        <source>Edit the selected row</source>
        <translation>Ausgewählte Zeile bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/list_page.py" line="48"/>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <location filename="../../ui/list_page.py" line="49"/>
        <source>Remove the selected row</source>
        <translation>Ausgewählte Zeile entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/list_page.py" line="93"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/list_page.py" line="96"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/list_page.py" line="154"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../../ui/list_page.py" line="199"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="46"/>
        <source>Privacy Vault</source>
        <translation>Privacy Vault</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="49"/>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>&amp;New request…</source>
        <translation>&amp;Neue Anfrage…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>&amp;Backup…</source>
        <translation>Sicherung &amp;erstellen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>&amp;Restore…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Passphrase ändern…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>&amp;Settings…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138"/>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>Keep running in the &amp;tray when closed</source>
        <translation>Beim Schließen im &amp;Infobereich weiterlaufen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153"/>
        <source>&amp;About Privacy Vault</source>
        <translation>&amp;Über Privacy Vault</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169"/>
        <source>Backup the vault</source>
        <translation>Tresor sichern</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>Vault files (%1)</source>
        <translation>Tresordateien (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>Writing the backup…</source>
        <translation>Sicherung wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>Backup written to %1.</source>
        <translation>Sicherung in %1 geschrieben.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181"/>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182"/>
        <source>Vault files (%1);;All files (*)</source>
        <translation>Tresordateien (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>Encrypting the vault with the new passphrase…</source>
        <translation>Tresor wird mit der neuen Passphrase verschlüsselt…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197"/>
        <source>The passphrase was changed.</source>
        <translation>Die Passphrase wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212"/>
        <source>About Privacy Vault</source>
        <translation>Über Privacy Vault</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209"/>
        <source>Privacy Vault keeps what you need to exercise your data-protection rights in one encrypted file on this computer. Nothing leaves it unless you export it.</source>
        <translation>Privacy Vault bewahrt alles, was Sie zur Ausübung Ihrer Datenschutzrechte brauchen, in einer einzigen verschlüsselten Datei auf diesem Computer auf. Nichts verlässt sie, außer Sie exportieren es.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="22"/>
        <location filename="../../ui/passphrase_dialog.py" line="23"/>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="32"/>
        <source>The vault will be encrypted again with the new passphrase. Nobody can recover a lost passphrase; backups made before keep the old one.</source>
        <translation>Der Tresor wird mit der neuen Passphrase neu verschlüsselt. Niemand kann eine verlorene Passphrase wiederherstellen; bereits erstellte Sicherungen behalten die alte.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../ui/pages.py" line="35"/>
        <source>Controllers</source>
        <translation>Verantwortliche</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="36"/>
        <source>Identities</source>
        <translation>Identitäten</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="60"/>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="61"/>
        <source>Repeat the passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="68"/>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="74"/>
        <source>Passphrase problem</source>
        <translation>Problem mit der Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="80"/>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="81"/>
        <source>Repeat:</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="82"/>
        <source>Strength:</source>
        <translation>Stärke:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/passphrase_fields.py" line="93"/>
        <source>Use at least %n characters; a few unrelated words are best.</source>
        <translation>
            <numerusform>Verwenden Sie mindestens %n Zeichen; am besten einige Wörter ohne Bezug zueinander.</numerusform>
            <numerusform>Verwenden Sie mindestens %n Zeichen; am besten einige Wörter ohne Bezug zueinander.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="95"/>
        <source>This passphrase is too easy to guess: add a word or two.</source>
        <translation>Diese Passphrase ist zu leicht zu erraten: Fügen Sie ein oder zwei Wörter hinzu.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="97"/>
        <source>The two passphrases are not the same.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="98"/>
        <source>Type the passphrase a second time.</source>
        <translation>Geben Sie die Passphrase ein zweites Mal ein.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="108"/>
        <source>Very weak</source>
        <translation>Sehr schwach</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="108"/>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="108"/>
        <source>Fair</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="108"/>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="108"/>
        <source>Very strong</source>
        <translation>Sehr stark</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../ui/record_dialog.py" line="33"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/record_dialog.py" line="65"/>
        <source>One per line</source>
        <translation>Eine pro Zeile</translation>
    </message>
</context>
<context>
    <name>RetentionPeriodDialog</name>
    <message>
        <location filename="../../ui/controller_dialog.py" line="69"/>
        <source>New retention period</source>
        <translation>Neue Speicherdauer</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="72"/>
        <source>What is kept *</source>
        <translation>Was gespeichert wird *</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="72"/>
        <source>e.g. invoices, account data</source>
        <translation>z. B. Rechnungen, Kontodaten</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="73"/>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="74"/>
        <source>Basis</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="74"/>
        <source>e.g. the law or the policy that says so</source>
        <translation>z. B. das Gesetz oder die Richtlinie, die es vorsieht</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../ui/session.py" line="201"/>
        <source>The backup was not restored: %1 Unlock the vault to continue.</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt: %1 Entsperren Sie den Tresor, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="206"/>
        <source>Restoring the backup…</source>
        <translation>Sicherung wird wiederhergestellt…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="22"/>
        <location filename="../../ui/settings_dialog.py" line="23"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="27"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="28"/>
        <source>Lock after minutes without use</source>
        <translation>Nach so vielen Minuten ohne Benutzung sperren</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="30"/>
        <source>From the controller&apos;s country</source>
        <translation>Nach dem Land des Verantwortlichen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="31"/>
        <source>Default letter language</source>
        <translation>Standardsprache der Briefe</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="33"/>
        <source>The town written before the date of letters</source>
        <translation>Der Ort, der vor dem Datum der Briefe steht</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="34"/>
        <source>Default place</source>
        <translation>Standardort</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="36"/>
        <location filename="../../ui/settings_dialog.py" line="74"/>
        <source>Backup folder</source>
        <translation>Ordner für Sicherungen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="37"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="38"/>
        <source>Choose the backup folder</source>
        <translation>Ordner für Sicherungen auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="43"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="44"/>
        <source>Language of the application</source>
        <translation>Sprache der Anwendung</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="49"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="51"/>
        <source>Lock after:</source>
        <translation>Sperren nach:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="52"/>
        <source>Letter language:</source>
        <translation>Sprache der Briefe:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="53"/>
        <source>Place:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="54"/>
        <source>Backup folder:</source>
        <translation>Ordner für Sicherungen:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="55"/>
        <source>Application language:</source>
        <translation>Sprache der Anwendung:</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../ui/tray.py" line="27"/>
        <source>Show Privacy Vault</source>
        <translation>Privacy Vault anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="29"/>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="31"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="37"/>
        <location filename="../../ui/tray.py" line="65"/>
        <source>Privacy Vault</source>
        <translation>Privacy Vault</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tray.py" line="53"/>
        <source>%n request(s) fall due.</source>
        <translation>
            <numerusform>%n Anfrage wird fällig.</numerusform>
            <numerusform>%n Anfragen werden fällig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tray.py" line="57"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../../ui/unlock_window.py" line="33"/>
        <location filename="../../ui/unlock_window.py" line="45"/>
        <source>Privacy Vault</source>
        <translation>Privacy Vault</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_window.py" line="35"/>
        <source>Unlock window</source>
        <translation>Entsperrfenster</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_window.py" line="60"/>
        <source>Vault file</source>
        <translation>Tresordatei</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_window.py" line="64"/>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_window.py" line="65"/>
        <source>Open another vault file</source>
        <translation>Eine andere Tresordatei öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_window.py" line="67"/>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_window.py" line="68"/>
        <source>Create a vault in another file</source>
        <translation>Einen Tresor in einer anderen Datei anlegen</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_window.py" line="75"/>
        <source>Vault file:</source>
        <translation>Tresordatei:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_window.py" line="79"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_window.py" line="81"/>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_window.py" line="87"/>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_window.py" line="93"/>
        <source>Choose a passphrase you will remember. Nobody can recover it: if it is lost, everything in the vault is lost with it. Keep an encrypted backup somewhere else.</source>
        <translation>Wählen Sie eine Passphrase, die Sie sich merken können. Niemand kann sie wiederherstellen: Geht sie verloren, ist der gesamte Inhalt des Tresors mit ihr verloren. Bewahren Sie eine verschlüsselte Sicherung an einem anderen Ort auf.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_window.py" line="97"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_window.py" line="98"/>
        <source>Create vault</source>
        <translation>Tresor anlegen</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_window.py" line="117"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_window.py" line="128"/>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_window.py" line="163"/>
        <source>Type your passphrase to unlock the vault.</source>
        <translation>Geben Sie Ihre Passphrase ein, um den Tresor zu entsperren.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_window.py" line="164"/>
        <source>There is no vault in this file yet. Create one.</source>
        <translation>In dieser Datei gibt es noch keinen Tresor. Legen Sie einen an.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_window.py" line="178"/>
        <source>Open a vault</source>
        <translation>Tresor öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_window.py" line="179"/>
        <source>Vault files (%1);;All files (*)</source>
        <translation>Tresordateien (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_window.py" line="184"/>
        <source>Create a vault</source>
        <translation>Tresor anlegen</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_window.py" line="185"/>
        <source>Vault files (%1)</source>
        <translation>Tresordateien (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_window.py" line="200"/>
        <source>Type the passphrase first.</source>
        <translation>Geben Sie zuerst die Passphrase ein.</translation>
    </message>
</context>
<context>
    <name>VaultError</name>
    <message>
        <location filename="../../ui/vault_messages.py" line="13"/>
        <source>Wrong passphrase, or the file is damaged.</source>
        <translation>Falsche Passphrase, oder die Datei ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../../ui/vault_messages.py" line="14"/>
        <source>This file is not a privacy vault, or it is damaged.</source>
        <translation>Diese Datei ist kein Privacy-Vault-Tresor, oder sie ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../../ui/vault_messages.py" line="15"/>
        <source>The vault file is damaged or has been tampered with; restore it from a backup.</source>
        <translation>Die Tresordatei ist beschädigt oder wurde manipuliert; stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <location filename="../../ui/vault_messages.py" line="16"/>
        <source>This vault is open in another window or process; close it there first.</source>
        <translation>Dieser Tresor ist in einem anderen Fenster oder Programm geöffnet; schließen Sie ihn zuerst dort.</translation>
    </message>
    <message>
        <location filename="../../ui/vault_messages.py" line="17"/>
        <source>This vault was written by a newer version of privacy-vault; update the app to open it.</source>
        <translation>Dieser Tresor wurde von einer neueren Version von privacy-vault geschrieben; aktualisieren Sie die Anwendung, um ihn zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../ui/vault_messages.py" line="19"/>
        <source>The passphrase cannot be empty.</source>
        <translation>Die Passphrase darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../../ui/vault_messages.py" line="20"/>
        <source>The new passphrase cannot be empty.</source>
        <translation>Die neue Passphrase darf nicht leer sein.</translation>
    </message>
</context>
</TS>
