<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../../ui/attachment_viewer.py" line="33"/>
        <source>Save the attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_viewer.py" line="52"/>
        <source>Attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_viewer.py" line="53"/>
        <source>Attachment viewer</source>
        <translation>Anhangsanzeige</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_viewer.py" line="56"/>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_viewer.py" line="59"/>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_viewer.py" line="60"/>
        <source>Save the attachment as a file</source>
        <translation>Anhang als Datei speichern</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_viewer.py" line="77"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_viewer.py" line="84"/>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_viewer.py" line="88"/>
        <source>This kind of file cannot be shown here; use “Save as…” to open it with another program.</source>
        <translation>Diese Art von Datei kann hier nicht angezeigt werden; verwenden Sie „Speichern unter…“, um sie mit einem anderen Programm zu öffnen.</translation>
    </message>
</context>
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
    <name>BulkRequestDialog</name>
    <message>
        <location filename="../../ui/bulk_request_dialog.py" line="29"/>
        <location filename="../../ui/bulk_request_dialog.py" line="30"/>
        <source>New requests for several controllers</source>
        <translation>Neue Anfragen an mehrere Verantwortliche</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_request_dialog.py" line="32"/>
        <source>Every controller in a category</source>
        <translation>Alle Verantwortlichen einer Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_request_dialog.py" line="33"/>
        <source>The controllers I tick</source>
        <translation>Die Verantwortlichen, die ich ankreuze</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_request_dialog.py" line="38"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_request_dialog.py" line="40"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_request_dialog.py" line="44"/>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_request_dialog.py" line="48"/>
        <source>Right</source>
        <translation>Recht</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_request_dialog.py" line="52"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_request_dialog.py" line="53"/>
        <source>Each controller&apos;s language</source>
        <translation>Sprache des jeweiligen Verantwortlichen</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_request_dialog.py" line="59"/>
        <source>Details</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_request_dialog.py" line="60"/>
        <source>Optional: what exactly you ask, added to every letter</source>
        <translation>Optional: was genau Sie verlangen; wird jedem Brief hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_request_dialog.py" line="63"/>
        <source>How many requests</source>
        <translation>Anzahl der Anfragen</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_request_dialog.py" line="66"/>
        <source>Create requests</source>
        <translation>Anfragen anlegen</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_request_dialog.py" line="70"/>
        <source>Identity:</source>
        <translation>Identität:</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_request_dialog.py" line="71"/>
        <source>Right:</source>
        <translation>Recht:</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_request_dialog.py" line="72"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_request_dialog.py" line="73"/>
        <source>Details:</source>
        <translation>Angaben:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bulk_request_dialog.py" line="101"/>
        <source>%n draft request(s) will be created, each with its own letter.</source>
        <translation>
            <numerusform>%n Anfrageentwurf wird angelegt, mit eigenem Brief.</numerusform>
            <numerusform>%n Anfrageentwürfe werden angelegt, jeder mit eigenem Brief.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bulk_request_dialog.py" line="106"/>
        <source>Create %n draft request(s) as “%1”?</source>
        <translation>
            <numerusform>%n Anfrageentwurf als „%1“ anlegen?</numerusform>
            <numerusform>%n Anfrageentwürfe als „%1“ anlegen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/bulk_request_dialog.py" line="120"/>
        <source>Creating the requests…</source>
        <translation>Anfragen werden angelegt…</translation>
    </message>
</context>
<context>
    <name>BulkRequests</name>
    <message>
        <location filename="../../ui/bulk_request_dialog.py" line="131"/>
        <source>Created %1 draft request(s); %2 could not be created.</source>
        <translation>Angelegte Anfrageentwürfe: %1; nicht angelegt: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_request_dialog.py" line="133"/>
        <source>Requests created</source>
        <translation>Anfragen angelegt</translation>
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
    <name>ConsentDialog</name>
    <message>
        <location filename="../../ui/consent_dialog.py" line="87"/>
        <source>New consent</source>
        <translation>Neue Einwilligung</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="87"/>
        <source>Edit consent</source>
        <translation>Einwilligung bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="91"/>
        <source>Identity *</source>
        <translation>Identität *</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="96"/>
        <source>Controller *</source>
        <translation>Verantwortlicher *</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="97"/>
        <source>Purpose *</source>
        <translation>Zweck *</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="98"/>
        <source>e.g. newsletter, personalised offers</source>
        <translation>z. B. Newsletter, personalisierte Angebote</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="99"/>
        <source>Given on *</source>
        <translation>Erteilt am *</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="104"/>
        <source>How</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="112"/>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="113"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="128"/>
        <source>Add an identity first.</source>
        <translation>Legen Sie zuerst eine Identität an.</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="130"/>
        <source>Choose the controller the consent was given to.</source>
        <translation>Wählen Sie den Verantwortlichen, dem die Einwilligung erteilt wurde.</translation>
    </message>
    <message>
        <source>How you gave it: ticked a box, signed a paper form, …; choose one or type your own.</source>
        <translation>Wie Sie sie erteilt haben: Kästchen angekreuzt, Papierformular unterschrieben …; wählen Sie aus oder schreiben Sie selbst.</translation>
    </message>
    <message>
        <source>The organisation you agreed with (a controller decides what is done with your data).</source>
        <translation>Die Stelle, der Sie die Einwilligung gegeben haben (der Verantwortliche entscheidet, was mit Ihren Daten geschieht).</translation>
    </message>
    <message>
        <source>What you agreed your data may be used for.</source>
        <translation>Wofür Ihre Daten nach Ihrer Zustimmung verwendet werden dürfen.</translation>
    </message>
    <message>
        <source>Who gave the consent: you, or one of your pseudonyms.</source>
        <translation>Wer die Einwilligung gegeben hat: Sie selbst oder eines Ihrer Pseudonyme.</translation>
    </message>
</context>
<context>
    <name>ConsentsPage</name>
    <message>
        <location filename="../../ui/consents_page.py" line="45"/>
        <source>Withdraw…</source>
        <translation>Widerrufen…</translation>
    </message>
    <message>
        <location filename="../../ui/consents_page.py" line="46"/>
        <source>Withdraw the selected consent</source>
        <translation>Ausgewählte Einwilligung widerrufen</translation>
    </message>
    <message>
        <location filename="../../ui/consents_page.py" line="48"/>
        <source>Save evidence…</source>
        <translation>Nachweis speichern…</translation>
    </message>
    <message>
        <location filename="../../ui/consents_page.py" line="49"/>
        <source>Save the evidence file of the selected consent</source>
        <translation>Nachweisdatei der ausgewählten Einwilligung speichern</translation>
    </message>
    <message>
        <location filename="../../ui/consents_page.py" line="57"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location filename="../../ui/consents_page.py" line="58"/>
        <location filename="../../ui/consents_page.py" line="97"/>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <location filename="../../ui/consents_page.py" line="59"/>
        <location filename="../../ui/consents_page.py" line="98"/>
        <source>Controller</source>
        <translation>Verantwortlicher</translation>
    </message>
    <message>
        <location filename="../../ui/consents_page.py" line="60"/>
        <location filename="../../ui/consents_page.py" line="99"/>
        <source>Given on</source>
        <translation>Erteilt am</translation>
    </message>
    <message>
        <location filename="../../ui/consents_page.py" line="61"/>
        <location filename="../../ui/consents_page.py" line="100"/>
        <source>How</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../ui/consents_page.py" line="62"/>
        <location filename="../../ui/consents_page.py" line="101"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/consents_page.py" line="91"/>
        <source>%1 (%2 kB)</source>
        <translation>%1 (%2 kB)</translation>
    </message>
    <message>
        <location filename="../../ui/consents_page.py" line="94"/>
        <source>no. %1</source>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <location filename="../../ui/consents_page.py" line="102"/>
        <source>Withdrawal request</source>
        <translation>Widerrufsanfrage</translation>
    </message>
    <message>
        <location filename="../../ui/consents_page.py" line="103"/>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <location filename="../../ui/consents_page.py" line="104"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../ui/consents_page.py" line="115"/>
        <source>Remove the consent “%1” given to %2, with its evidence? This does not withdraw it; use Withdraw… for that.</source>
        <translation>Die Einwilligung „%1“ gegenüber %2 mit ihrem Nachweis entfernen? Damit wird sie nicht widerrufen; verwenden Sie dafür „Widerrufen…“.</translation>
    </message>
    <message>
        <location filename="../../ui/consents_page.py" line="120"/>
        <source>Search consents (purpose, identity, controller, how)</source>
        <translation>Einwilligungen suchen (Zweck, Identität, Verantwortlicher, Form)</translation>
    </message>
    <message>
        <location filename="../../ui/consents_page.py" line="123"/>
        <source>Record a consent</source>
        <translation>Einwilligung erfassen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/consents_page.py" line="126"/>
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n Einwilligung</numerusform>
            <numerusform>%n Einwilligungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/consents_page.py" line="134"/>
        <source>Withdraw the consent “%1” given to %2 on %3?</source>
        <translation>Die am %3 gegenüber %2 erteilte Einwilligung „%1“ widerrufen?</translation>
    </message>
    <message>
        <location filename="../../ui/consents_page.py" line="144"/>
        <source>Consent withdrawn</source>
        <translation>Einwilligung widerrufen</translation>
    </message>
    <message>
        <location filename="../../ui/consents_page.py" line="145"/>
        <source>Draft request(s) created: no. %1. Send them from the Requests page.</source>
        <translation>Angelegte Anfrageentwürfe: Nr. %1. Versenden Sie sie über die Seite „Anfragen“.</translation>
    </message>
    <message>
        <location filename="../../ui/consents_page.py" line="157"/>
        <source>Save the evidence</source>
        <translation>Nachweis speichern</translation>
    </message>
    <message>
        <location filename="../../ui/consents_page.py" line="172"/>
        <source>Withdrawn on %1</source>
        <translation>Widerrufen am %1</translation>
    </message>
    <message>
        <location filename="../../ui/consents_page.py" line="173"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
</context>
<context>
    <name>ControllerDialog</name>
    <message>
        <location filename="../../ui/controller_dialog.py" line="19"/>
        <source>New controller</source>
        <translation>Neuer Verantwortlicher</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="19"/>
        <source>Edit controller</source>
        <translation>Verantwortlichen bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="24"/>
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="25"/>
        <source>Legal form</source>
        <translation>Rechtsform</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="25"/>
        <source>e.g. SA, GmbH, Ltd</source>
        <translation>z. B. GmbH, AG, SA</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="26"/>
        <source>Registration number</source>
        <translation>Registernummer</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="27"/>
        <source>Postal address</source>
        <translation>Postanschrift</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="28"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="30"/>
        <source>DPO name</source>
        <translation>Datenschutzbeauftragte(r)</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="31"/>
        <source>DPO e-mail address</source>
        <translation>E-Mail-Adresse der/des Datenschutzbeauftragten</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="32"/>
        <source>Other e-mail addresses</source>
        <translation>Weitere E-Mail-Adressen</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="33"/>
        <source>Web form</source>
        <translation>Webformular</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="34"/>
        <source>Web site</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="35"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="36"/>
        <source>Supervisory authority</source>
        <translation>Aufsichtsbehörde</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="38"/>
        <source>Transfers outside the EU</source>
        <translation>Übermittlungen außerhalb der EU</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="39"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="39"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="39"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="41"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Public body</source>
        <translation>Öffentliche Stelle</translation>
    </message>
    <message>
        <source>EU representative (Art. 27 GDPR)</source>
        <translation>Vertreter in der EU (Art. 27 DSGVO)</translation>
    </message>
    <message>
        <source>A controller is the organisation that decides what is done with your data: a company, an administration, an association. Your requests are addressed to it.</source>
        <translation>Der Verantwortliche ist die Stelle, die entscheidet, was mit Ihren Daten geschieht: ein Unternehmen, eine Behörde, ein Verein. An ihn richten sich Ihre Anträge.</translation>
    </message>
    <message>
        <source>DPO: data protection officer, the person the organisation names to answer questions about personal data.</source>
        <translation>Datenschutzbeauftragte(r): die Person, die die Stelle für Fragen zu personenbezogenen Daten benennt.</translation>
    </message>
    <message>
        <source>Its number in the company register (SIREN, Handelsregister…), if you know it.</source>
        <translation>Seine Nummer im Register (Handelsregister, SIREN …), falls Sie sie kennen.</translation>
    </message>
    <message>
        <source>Only where public holidays differ by region: the region&apos;s short code, e.g. BY for Bavaria, 57 for Moselle. Leave it empty if unsure.</source>
        <translation>Nur wo Feiertage je nach Region verschieden sind: das Kürzel der Region, z. B. BY für Bayern, 57 für Moselle. Im Zweifel leer lassen.</translation>
    </message>
    <message>
        <source>Region (public holidays)</source>
        <translation>Region (Feiertage)</translation>
    </message>
    <message>
        <source>Requests by e-mail go to this address first, when there is one.</source>
        <translation>Anträge per E-Mail gehen zuerst an diese Adresse, sofern vorhanden.</translation>
    </message>
    <message>
        <source>The page where the organisation takes privacy requests, if it has one.</source>
        <translation>Die Seite, auf der die Stelle Datenschutzanfragen entgegennimmt, falls es eine gibt.</translation>
    </message>
    <message>
        <source>The public data-protection body that watches over this organisation (e.g. the CNIL in France); complaints go there.</source>
        <translation>Die staatliche Datenschutzbehörde, die diese Stelle beaufsichtigt (z. B. das BayLDA in Bayern); dorthin gehen Beschwerden.</translation>
    </message>
    <message>
        <source>Where the organisation is established: it sets the letter&apos;s language and the public holidays counted in the deadline.</source>
        <translation>Wo die Stelle ihren Sitz hat: danach richten sich die Sprache des Schreibens und die Feiertage, die bei der Frist zählen.</translation>
    </message>
    <message>
        <source>Whether its privacy policy says your data is sent to countries outside the EU.</source>
        <translation>Ob seine Datenschutzerklärung sagt, dass Ihre Daten in Länder außerhalb der EU gehen.</translation>
    </message>
    <message>
        <source>e.g. ACME SAS</source>
        <translation>z. B. ACME GmbH</translation>
    </message>
</context>
<context>
    <name>ControllerField</name>
    <message>
        <location filename="../../ui/controller_picker.py" line="153"/>
        <source>Controller</source>
        <translation>Verantwortlicher</translation>
    </message>
    <message>
        <location filename="../../ui/controller_picker.py" line="154"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../../ui/controller_picker.py" line="155"/>
        <source>Choose the controller</source>
        <translation>Verantwortlichen auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/controller_picker.py" line="157"/>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <location filename="../../ui/controller_picker.py" line="158"/>
        <source>No controller</source>
        <translation>Kein Verantwortlicher</translation>
    </message>
    <message>
        <location filename="../../ui/controller_picker.py" line="176"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location filename="../../ui/controller_picker.py" line="181"/>
        <source>Choose a controller</source>
        <translation>Verantwortlichen auswählen</translation>
    </message>
</context>
<context>
    <name>ControllerPage</name>
    <message>
        <location filename="../../ui/wizard_pages.py" line="42"/>
        <source>Controller</source>
        <translation>Verantwortlicher</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_pages.py" line="45"/>
        <source>Type a name, a web site or an e-mail address</source>
        <translation>Geben Sie einen Namen, eine Website oder eine E-Mail-Adresse ein</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_pages.py" line="46"/>
        <source>Search controllers</source>
        <translation>Verantwortliche suchen</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_pages.py" line="49"/>
        <source>Controllers found</source>
        <translation>Gefundene Verantwortliche</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_pages.py" line="50"/>
        <source>Add controller…</source>
        <translation>Verantwortlichen hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_pages.py" line="51"/>
        <source>Add a controller that is not in the list</source>
        <translation>Einen Verantwortlichen hinzufügen, der nicht in der Liste steht</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_pages.py" line="60"/>
        <source>Your vault has no organisations from the directory yet.</source>
        <translation>Ihr Tresor enthält noch keine Organisationen aus dem Verzeichnis.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_pages.py" line="61"/>
        <source>Import the directory (3,070 organisations)</source>
        <translation>Verzeichnis importieren (3.070 Organisationen)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_pages.py" line="62"/>
        <source>Import the built-in directory of organisations</source>
        <translation>Das integrierte Organisationsverzeichnis importieren</translation>
    </message>
    <message>
        <source>Which organisation holds your data? The law calls it the “controller”: the organisation that decides what is done with your data.</source>
        <translation>Welche Organisation hat Ihre Daten? Das Gesetz nennt sie den „Verantwortlichen“: die Stelle, die entscheidet, was mit Ihren Daten geschieht.</translation>
    </message>
</context>
<context>
    <name>ControllerPicker</name>
    <message>
        <location filename="../../ui/controller_picker.py" line="41"/>
        <source>Search controllers (name, web site, e-mail, address)</source>
        <translation>Verantwortliche suchen (Name, Website, E-Mail, Anschrift)</translation>
    </message>
    <message>
        <location filename="../../ui/controller_picker.py" line="42"/>
        <source>Search controllers</source>
        <translation>Verantwortliche suchen</translation>
    </message>
    <message>
        <location filename="../../ui/controller_picker.py" line="44"/>
        <source>Controllers</source>
        <translation>Verantwortliche</translation>
    </message>
    <message>
        <location filename="../../ui/controller_picker.py" line="82"/>
        <source>No controller matches.</source>
        <translation>Kein Verantwortlicher gefunden.</translation>
    </message>
    <message>
        <location filename="../../ui/controller_picker.py" line="83"/>
        <source>Showing the first %1 of %2; type to narrow the list.</source>
        <translation>Die ersten %1 von %2 werden angezeigt; tippen Sie, um die Liste einzugrenzen.</translation>
    </message>
</context>
<context>
    <name>ControllersPage</name>
    <message>
        <source>Privacy contact</source>
        <translation>Datenschutzkontakt</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="46"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="47"/>
        <location filename="../../ui/controllers_page.py" line="69"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="48"/>
        <source>DPO e-mail</source>
        <translation>E-Mail DSB</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="49"/>
        <location filename="../../ui/controllers_page.py" line="79"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="59"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="59"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/controllers_page.py" line="62"/>
        <source>%1: %n month(s)</source>
        <translation>
            <numerusform>%1: %n Monat</numerusform>
            <numerusform>%1: %n Monate</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="66"/>
        <source>Legal form</source>
        <translation>Rechtsform</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="67"/>
        <source>Registration number</source>
        <translation>Registernummer</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="68"/>
        <source>Postal address</source>
        <translation>Postanschrift</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="70"/>
        <source>DPO name</source>
        <translation>Datenschutzbeauftragte(r)</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="71"/>
        <source>DPO e-mail address</source>
        <translation>E-Mail-Adresse der/des Datenschutzbeauftragten</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="72"/>
        <source>Other e-mail addresses</source>
        <translation>Weitere E-Mail-Adressen</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="73"/>
        <source>Web form</source>
        <translation>Webformular</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="74"/>
        <source>Web site</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="75"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="76"/>
        <source>Supervisory authority</source>
        <translation>Aufsichtsbehörde</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="77"/>
        <source>Transfers outside the EU</source>
        <translation>Übermittlungen außerhalb der EU</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="113"/>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="115"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="38"/>
        <location filename="../../ui/controllers_page.py" line="78"/>
        <source>Retention periods</source>
        <translation>Speicherdauern</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="31"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="39"/>
        <source>Relationships</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="80"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="91"/>
        <source>Remove the controller “%1” and its retention periods?</source>
        <translation>Den Verantwortlichen „%1“ und seine Speicherdauern entfernen?</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="94"/>
        <source>Search controllers (name, web site, e-mail, address)</source>
        <translation>Verantwortliche suchen (Name, Website, E-Mail, Anschrift)</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="97"/>
        <source>Add a controller</source>
        <translation>Verantwortlichen hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/controllers_page.py" line="100"/>
        <source>%n controller(s)</source>
        <translation>
            <numerusform>%n Verantwortlicher</numerusform>
            <numerusform>%n Verantwortliche</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="103"/>
        <source>Entered by hand</source>
        <translation>Von Hand eingegeben</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="103"/>
        <source>Privacy policy</source>
        <translation>Datenschutzerklärung</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="104"/>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Countries served</source>
        <translation>Bediente Länder</translation>
    </message>
    <message>
        <source>EU controller</source>
        <translation>Verantwortlicher in der EU</translation>
    </message>
    <message>
        <source>%1 (%2), from its privacy policy: %3 (checked %4)</source>
        <translation>%1 (%2), laut seiner Datenschutzerklärung: %3 (geprüft am %4)</translation>
    </message>
    <message>
        <source>How long the organisation says it keeps each kind of your data.</source>
        <translation>Wie lange die Organisation nach eigener Angabe jede Art Ihrer Daten aufbewahrt.</translation>
    </message>
    <message>
        <source>Which of your identities deal with this organisation, and since when.</source>
        <translation>Welche Ihrer Identitäten mit dieser Organisation zu tun haben, und seit wann.</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>Australia</source>
        <translation>Australien</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Österreich</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgien</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brasilien</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Bulgarien</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Kroatien</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Zypern</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Tschechien</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Dänemark</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Estland</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finnland</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Griechenland</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Ungarn</translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation>Island</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Indien</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italien</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japan</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Lettland</translation>
    </message>
    <message>
        <source>Liechtenstein</source>
        <translation>Liechtenstein</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Litauen</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxemburg</translation>
    </message>
    <message>
        <source>Malta</source>
        <translation>Malta</translation>
    </message>
    <message>
        <source>Monaco</source>
        <translation>Monaco</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Niederlande</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norwegen</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polen</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Rumänien</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Slowakei</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Slowenien</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Spanien</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Schweden</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <source>Andorra</source>
        <translation>Andorra</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>Vereinigte Arabische Emirate</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>Afghanistan</translation>
    </message>
    <message>
        <source>Antigua and Barbuda</source>
        <translation>Antigua und Barbuda</translation>
    </message>
    <message>
        <source>Anguilla</source>
        <translation>Anguilla</translation>
    </message>
    <message>
        <source>Albania</source>
        <translation>Albanien</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>Armenien</translation>
    </message>
    <message>
        <source>Angola</source>
        <translation>Angola</translation>
    </message>
    <message>
        <source>Antarctica</source>
        <translation>Antarktis</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>Argentinien</translation>
    </message>
    <message>
        <source>American Samoa</source>
        <translation>Amerikanisch-Samoa</translation>
    </message>
    <message>
        <source>Aruba</source>
        <translation>Aruba</translation>
    </message>
    <message>
        <source>Åland Islands</source>
        <translation>Ålandinseln</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Aserbaidschan</translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <translation>Bosnien und Herzegowina</translation>
    </message>
    <message>
        <source>Barbados</source>
        <translation>Barbados</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>Bangladesch</translation>
    </message>
    <message>
        <source>Burkina Faso</source>
        <translation>Burkina Faso</translation>
    </message>
    <message>
        <source>Bahrain</source>
        <translation>Bahrain</translation>
    </message>
    <message>
        <source>Burundi</source>
        <translation>Burundi</translation>
    </message>
    <message>
        <source>Benin</source>
        <translation>Benin</translation>
    </message>
    <message>
        <source>Saint Barthélemy</source>
        <translation>Saint-Barthélemy</translation>
    </message>
    <message>
        <source>Bermuda</source>
        <translation>Bermuda</translation>
    </message>
    <message>
        <source>Brunei</source>
        <translation>Brunei</translation>
    </message>
    <message>
        <source>Bolivia</source>
        <translation>Bolivien</translation>
    </message>
    <message>
        <source>Caribbean Netherlands</source>
        <translation>Karibische Niederlande</translation>
    </message>
    <message>
        <source>Bahamas</source>
        <translation>Bahamas</translation>
    </message>
    <message>
        <source>Bhutan</source>
        <translation>Bhutan</translation>
    </message>
    <message>
        <source>Bouvet Island</source>
        <translation>Bouvetinsel</translation>
    </message>
    <message>
        <source>Botswana</source>
        <translation>Botsuana</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Belarus</translation>
    </message>
    <message>
        <source>Belize</source>
        <translation>Belize</translation>
    </message>
    <message>
        <source>Cocos (Keeling) Islands</source>
        <translation>Kokosinseln</translation>
    </message>
    <message>
        <source>Congo (Kinshasa)</source>
        <translation>Kongo (Kinshasa)</translation>
    </message>
    <message>
        <source>Central African Republic</source>
        <translation>Zentralafrikanische Republik</translation>
    </message>
    <message>
        <source>Congo (Brazzaville)</source>
        <translation>Kongo (Brazzaville)</translation>
    </message>
    <message>
        <source>Côte d’Ivoire</source>
        <translation>Côte d’Ivoire</translation>
    </message>
    <message>
        <source>Cook Islands</source>
        <translation>Cookinseln</translation>
    </message>
    <message>
        <source>Chile</source>
        <translation>Chile</translation>
    </message>
    <message>
        <source>Cameroon</source>
        <translation>Kamerun</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>Kolumbien</translation>
    </message>
    <message>
        <source>Costa Rica</source>
        <translation>Costa Rica</translation>
    </message>
    <message>
        <source>Cuba</source>
        <translation>Kuba</translation>
    </message>
    <message>
        <source>Cape Verde</source>
        <translation>Kap Verde</translation>
    </message>
    <message>
        <source>Curaçao</source>
        <translation>Curaçao</translation>
    </message>
    <message>
        <source>Christmas Island</source>
        <translation>Weihnachtsinsel</translation>
    </message>
    <message>
        <source>Djibouti</source>
        <translation>Dschibuti</translation>
    </message>
    <message>
        <source>Dominica</source>
        <translation>Dominica</translation>
    </message>
    <message>
        <source>Dominican Republic</source>
        <translation>Dominikanische Republik</translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation>Algerien</translation>
    </message>
    <message>
        <source>Ecuador</source>
        <translation>Ecuador</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>Ägypten</translation>
    </message>
    <message>
        <source>Western Sahara</source>
        <translation>Westsahara</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>Eritrea</translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <translation>Äthiopien</translation>
    </message>
    <message>
        <source>Fiji</source>
        <translation>Fidschi</translation>
    </message>
    <message>
        <source>Falkland Islands</source>
        <translation>Falklandinseln</translation>
    </message>
    <message>
        <source>Micronesia</source>
        <translation>Mikronesien</translation>
    </message>
    <message>
        <source>Faroe Islands</source>
        <translation>Färöer</translation>
    </message>
    <message>
        <source>Gabon</source>
        <translation>Gabun</translation>
    </message>
    <message>
        <source>Grenada</source>
        <translation>Grenada</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Georgien</translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation>Französisch-Guayana</translation>
    </message>
    <message>
        <source>Guernsey</source>
        <translation>Guernsey</translation>
    </message>
    <message>
        <source>Ghana</source>
        <translation>Ghana</translation>
    </message>
    <message>
        <source>Gibraltar</source>
        <translation>Gibraltar</translation>
    </message>
    <message>
        <source>Greenland</source>
        <translation>Grönland</translation>
    </message>
    <message>
        <source>Gambia</source>
        <translation>Gambia</translation>
    </message>
    <message>
        <source>Guinea</source>
        <translation>Guinea</translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation>Guadeloupe</translation>
    </message>
    <message>
        <source>Equatorial Guinea</source>
        <translation>Äquatorialguinea</translation>
    </message>
    <message>
        <source>South Georgia and the South Sandwich Islands</source>
        <translation>Südgeorgien und die Südlichen Sandwichinseln</translation>
    </message>
    <message>
        <source>Guatemala</source>
        <translation>Guatemala</translation>
    </message>
    <message>
        <source>Guam</source>
        <translation>Guam</translation>
    </message>
    <message>
        <source>Guinea-Bissau</source>
        <translation>Guinea-Bissau</translation>
    </message>
    <message>
        <source>Guyana</source>
        <translation>Guyana</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>Hongkong</translation>
    </message>
    <message>
        <source>Heard Island and McDonald Islands</source>
        <translation>Heard und McDonaldinseln</translation>
    </message>
    <message>
        <source>Honduras</source>
        <translation>Honduras</translation>
    </message>
    <message>
        <source>Haiti</source>
        <translation>Haiti</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>Indonesien</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>Israel</translation>
    </message>
    <message>
        <source>Isle of Man</source>
        <translation>Isle of Man</translation>
    </message>
    <message>
        <source>British Indian Ocean Territory</source>
        <translation>Britisches Territorium im Indischen Ozean</translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation>Irak</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Iran</translation>
    </message>
    <message>
        <source>Jersey</source>
        <translation>Jersey</translation>
    </message>
    <message>
        <source>Jamaica</source>
        <translation>Jamaika</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>Jordanien</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>Kenia</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Kirgisistan</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>Kambodscha</translation>
    </message>
    <message>
        <source>Kiribati</source>
        <translation>Kiribati</translation>
    </message>
    <message>
        <source>Comoros</source>
        <translation>Komoren</translation>
    </message>
    <message>
        <source>Saint Kitts and Nevis</source>
        <translation>St. Kitts und Nevis</translation>
    </message>
    <message>
        <source>North Korea</source>
        <translation>Nordkorea</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>Südkorea</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>Kuwait</translation>
    </message>
    <message>
        <source>Cayman Islands</source>
        <translation>Kaimaninseln</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Kasachstan</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>Laos</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation>Libanon</translation>
    </message>
    <message>
        <source>Saint Lucia</source>
        <translation>St. Lucia</translation>
    </message>
    <message>
        <source>Sri Lanka</source>
        <translation>Sri Lanka</translation>
    </message>
    <message>
        <source>Liberia</source>
        <translation>Liberia</translation>
    </message>
    <message>
        <source>Lesotho</source>
        <translation>Lesotho</translation>
    </message>
    <message>
        <source>Libya</source>
        <translation>Libyen</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Marokko</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Moldau</translation>
    </message>
    <message>
        <source>Montenegro</source>
        <translation>Montenegro</translation>
    </message>
    <message>
        <source>Saint Martin</source>
        <translation>Saint-Martin</translation>
    </message>
    <message>
        <source>Madagascar</source>
        <translation>Madagaskar</translation>
    </message>
    <message>
        <source>Marshall Islands</source>
        <translation>Marshallinseln</translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <translation>Nordmazedonien</translation>
    </message>
    <message>
        <source>Mali</source>
        <translation>Mali</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>Myanmar</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>Mongolei</translation>
    </message>
    <message>
        <source>Macao</source>
        <translation>Macau</translation>
    </message>
    <message>
        <source>Northern Mariana Islands</source>
        <translation>Nördliche Marianen</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>Martinique</translation>
    </message>
    <message>
        <source>Mauritania</source>
        <translation>Mauretanien</translation>
    </message>
    <message>
        <source>Montserrat</source>
        <translation>Montserrat</translation>
    </message>
    <message>
        <source>Mauritius</source>
        <translation>Mauritius</translation>
    </message>
    <message>
        <source>Maldives</source>
        <translation>Malediven</translation>
    </message>
    <message>
        <source>Malawi</source>
        <translation>Malawi</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>Mexiko</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>Malaysia</translation>
    </message>
    <message>
        <source>Mozambique</source>
        <translation>Mosambik</translation>
    </message>
    <message>
        <source>Namibia</source>
        <translation>Namibia</translation>
    </message>
    <message>
        <source>New Caledonia</source>
        <translation>Neukaledonien</translation>
    </message>
    <message>
        <source>Niger</source>
        <translation>Niger</translation>
    </message>
    <message>
        <source>Norfolk Island</source>
        <translation>Norfolkinsel</translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation>Nigeria</translation>
    </message>
    <message>
        <source>Nicaragua</source>
        <translation>Nicaragua</translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation>Nepal</translation>
    </message>
    <message>
        <source>Nauru</source>
        <translation>Nauru</translation>
    </message>
    <message>
        <source>Niue</source>
        <translation>Niue</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Neuseeland</translation>
    </message>
    <message>
        <source>Oman</source>
        <translation>Oman</translation>
    </message>
    <message>
        <source>Panama</source>
        <translation>Panama</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>Peru</translation>
    </message>
    <message>
        <source>French Polynesia</source>
        <translation>Französisch-Polynesien</translation>
    </message>
    <message>
        <source>Papua New Guinea</source>
        <translation>Papua-Neuguinea</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>Philippinen</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>Pakistan</translation>
    </message>
    <message>
        <source>Saint Pierre and Miquelon</source>
        <translation>Saint-Pierre und Miquelon</translation>
    </message>
    <message>
        <source>Pitcairn Islands</source>
        <translation>Pitcairninseln</translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation>Puerto Rico</translation>
    </message>
    <message>
        <source>Palestinian Territories</source>
        <translation>Palästinensische Gebiete</translation>
    </message>
    <message>
        <source>Palau</source>
        <translation>Palau</translation>
    </message>
    <message>
        <source>Paraguay</source>
        <translation>Paraguay</translation>
    </message>
    <message>
        <source>Qatar</source>
        <translation>Katar</translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>Serbien</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Russland</translation>
    </message>
    <message>
        <source>Rwanda</source>
        <translation>Ruanda</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Saudi-Arabien</translation>
    </message>
    <message>
        <source>Solomon Islands</source>
        <translation>Salomonen</translation>
    </message>
    <message>
        <source>Seychelles</source>
        <translation>Seychellen</translation>
    </message>
    <message>
        <source>Sudan</source>
        <translation>Sudan</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapur</translation>
    </message>
    <message>
        <source>Saint Helena</source>
        <translation>St. Helena</translation>
    </message>
    <message>
        <source>Svalbard and Jan Mayen</source>
        <translation>Svalbard und Jan Mayen</translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <translation>Sierra Leone</translation>
    </message>
    <message>
        <source>San Marino</source>
        <translation>San Marino</translation>
    </message>
    <message>
        <source>Senegal</source>
        <translation>Senegal</translation>
    </message>
    <message>
        <source>Somalia</source>
        <translation>Somalia</translation>
    </message>
    <message>
        <source>Suriname</source>
        <translation>Suriname</translation>
    </message>
    <message>
        <source>South Sudan</source>
        <translation>Südsudan</translation>
    </message>
    <message>
        <source>São Tomé and Príncipe</source>
        <translation>São Tomé und Príncipe</translation>
    </message>
    <message>
        <source>El Salvador</source>
        <translation>El Salvador</translation>
    </message>
    <message>
        <source>Sint Maarten</source>
        <translation>Sint Maarten</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>Syrien</translation>
    </message>
    <message>
        <source>Eswatini</source>
        <translation>Eswatini</translation>
    </message>
    <message>
        <source>Turks and Caicos Islands</source>
        <translation>Turks- und Caicosinseln</translation>
    </message>
    <message>
        <source>Chad</source>
        <translation>Tschad</translation>
    </message>
    <message>
        <source>French Southern Territories</source>
        <translation>Französische Süd- und Antarktisgebiete</translation>
    </message>
    <message>
        <source>Togo</source>
        <translation>Togo</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Thailand</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>Tadschikistan</translation>
    </message>
    <message>
        <source>Tokelau</source>
        <translation>Tokelau</translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation>Timor-Leste</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Turkmenistan</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>Tunesien</translation>
    </message>
    <message>
        <source>Tonga</source>
        <translation>Tonga</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Türkei</translation>
    </message>
    <message>
        <source>Trinidad and Tobago</source>
        <translation>Trinidad und Tobago</translation>
    </message>
    <message>
        <source>Tuvalu</source>
        <translation>Tuvalu</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>Taiwan</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation>Tansania</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukraine</translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation>Uganda</translation>
    </message>
    <message>
        <source>United States Minor Outlying Islands</source>
        <translation>Amerikanische Überseeinseln</translation>
    </message>
    <message>
        <source>Uruguay</source>
        <translation>Uruguay</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Usbekistan</translation>
    </message>
    <message>
        <source>Vatican City</source>
        <translation>Vatikanstadt</translation>
    </message>
    <message>
        <source>Saint Vincent and the Grenadines</source>
        <translation>St. Vincent und die Grenadinen</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation>Venezuela</translation>
    </message>
    <message>
        <source>British Virgin Islands</source>
        <translation>Britische Jungferninseln</translation>
    </message>
    <message>
        <source>United States Virgin Islands</source>
        <translation>Amerikanische Jungferninseln</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Vietnam</translation>
    </message>
    <message>
        <source>Vanuatu</source>
        <translation>Vanuatu</translation>
    </message>
    <message>
        <source>Wallis and Futuna</source>
        <translation>Wallis und Futuna</translation>
    </message>
    <message>
        <source>Samoa</source>
        <translation>Samoa</translation>
    </message>
    <message>
        <source>Yemen</source>
        <translation>Jemen</translation>
    </message>
    <message>
        <source>Mayotte</source>
        <translation>Mayotte</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>Südafrika</translation>
    </message>
    <message>
        <source>Zambia</source>
        <translation>Sambia</translation>
    </message>
    <message>
        <source>Zimbabwe</source>
        <translation>Simbabwe</translation>
    </message>
</context>
<context>
    <name>CountryBox</name>
    <message>
        <source>(not given)</source>
        <translation>(nicht angegeben)</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/dashboard_page.py" line="73"/>
        <source>Ask for erasure</source>
        <translation>Löschung verlangen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="74"/>
        <source>Ask for access</source>
        <translation>Auskunft verlangen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="93"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="133"/>
        <source>Nothing needs your attention. To ask an organisation about your data, choose “New request…” (Ctrl+N): the wizard finds the controller or lets you add it.</source>
        <translation>Nichts erfordert Ihre Aufmerksamkeit. Um eine Organisation nach Ihren Daten zu fragen, wählen Sie „Neue Anfrage…“ (Strg+N): Der Assistent findet den Verantwortlichen oder lässt Sie ihn hinzufügen.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="137"/>
        <source>Overdue (%1)</source>
        <translation>Überfällig (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="139"/>
        <source>Due within 7 days (%1)</source>
        <translation>Innerhalb von 7 Tagen fällig (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="141"/>
        <source>Waiting for delivery (%1)</source>
        <translation>Zustellung ausstehend (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="143"/>
        <source>Drafts (%1)</source>
        <translation>Entwürfe (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="145"/>
        <source>Answered this month (%1)</source>
        <translation>Diesen Monat beantwortet (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="155"/>
        <source>Today: %1</source>
        <translation>Heute: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="160"/>
        <source>New request…</source>
        <translation>Neue Anfrage…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="161"/>
        <source>Write a new request</source>
        <translation>Neue Anfrage schreiben</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="176"/>
        <location filename="../../ui/dashboard_page.py" line="208"/>
        <source>Nothing here.</source>
        <translation>Keine Einträge.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard_page.py" line="192"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="195"/>
        <source>Show all in the list</source>
        <translation>Alle in der Liste zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="196"/>
        <source>Show all of them in the request list</source>
        <translation>Alle in der Anfrageliste anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="202"/>
        <source>Retention period passed (%1)</source>
        <translation>Speicherdauer abgelaufen (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard_page.py" line="217"/>
        <source>%n month(s) kept</source>
        <translation>
            <numerusform>%n Monat Speicherdauer</numerusform>
            <numerusform>%n Monate Speicherdauer</numerusform>
        </translation>
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
        <location filename="../../ui/detail_pane.py" line="101"/>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message numerus="yes">
        <source>Copy (cleared from the clipboard after %n second(s))</source>
        <translation>
            <numerusform>Kopieren (nach %n Sekunde aus der Zwischenablage gelöscht)</numerusform>
            <numerusform>Kopieren (nach %n Sekunden aus der Zwischenablage gelöscht)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryImport</name>
    <message>
        <location filename="../../ui/directory_dialog.py" line="97"/>
        <source>Added %1, updated %2, unchanged %3, skipped %4.</source>
        <translation>Hinzugefügt: %1, aktualisiert: %2, unverändert: %3, übersprungen: %4.</translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialog.py" line="106"/>
        <source>Skipped:</source>
        <translation>Übersprungen:</translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialog.py" line="109"/>
        <source>Imported without some fields:</source>
        <translation>Ohne einige Felder importiert:</translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialog.py" line="117"/>
        <source>Directory imported</source>
        <translation>Verzeichnis importiert</translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialog.py" line="136"/>
        <source>Importing company records…</source>
        <translation>Unternehmensdatensätze werden importiert…</translation>
    </message>
</context>
<context>
    <name>DirectorySourceDialog</name>
    <message>
        <location filename="../../ui/directory_dialog.py" line="27"/>
        <location filename="../../ui/directory_dialog.py" line="28"/>
        <source>Import controller directory</source>
        <translation>Verzeichnis der Verantwortlichen importieren</translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialog.py" line="29"/>
        <source>Company records from the datarequests.org project (public domain): addresses, privacy contacts and how each company wants requests. Importing again updates them and keeps your own edits.</source>
        <translation>Unternehmensdatensätze des Projekts datarequests.org (gemeinfrei): Anschriften, Datenschutzkontakte und wie jedes Unternehmen Anfragen erhalten möchte. Ein erneuter Import aktualisiert sie und behält Ihre eigenen Änderungen bei.</translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialog.py" line="33"/>
        <source>The starter directory shipped with the app</source>
        <translation>Das mit der Anwendung gelieferte Startverzeichnis</translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialog.py" line="34"/>
        <source>A folder of record files (*.json)</source>
        <translation>Ein Ordner mit Datensatzdateien (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialog.py" line="35"/>
        <source>One JSON file (a list of records)</source>
        <translation>Eine JSON-Datei (eine Liste von Datensätzen)</translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialog.py" line="41"/>
        <location filename="../../ui/directory_dialog.py" line="42"/>
        <source>Folder or file</source>
        <translation>Ordner oder Datei</translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialog.py" line="43"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialog.py" line="44"/>
        <source>Choose the folder or file</source>
        <translation>Ordner oder Datei auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialog.py" line="54"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialog.py" line="79"/>
        <source>Folder of company records</source>
        <translation>Ordner mit Unternehmensdatensätzen</translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialog.py" line="81"/>
        <source>File of company records</source>
        <translation>Datei mit Unternehmensdatensätzen</translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialog.py" line="82"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialog.py" line="89"/>
        <source>Choose an existing folder or file first.</source>
        <translation>Wählen Sie zuerst einen vorhandenen Ordner oder eine vorhandene Datei.</translation>
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
    <name>EventDialog</name>
    <message>
        <location filename="../../ui/event_dialog.py" line="47"/>
        <source>Add an event</source>
        <translation>Ereignis hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.py" line="52"/>
        <source>What happened</source>
        <translation>Was ist passiert</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.py" line="55"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.py" line="56"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.py" line="57"/>
        <source>Optional: what they said, a reference, …</source>
        <translation>Optional: was sie gesagt haben, ein Aktenzeichen, …</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.py" line="60"/>
        <location filename="../../ui/event_dialog.py" line="77"/>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.py" line="61"/>
        <source>Drop files here, or use “Add files…”</source>
        <translation>Dateien hier ablegen oder „Dateien hinzufügen…“ verwenden</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.py" line="62"/>
        <source>Add files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.py" line="63"/>
        <source>Add attachment files</source>
        <translation>Dateien als Anhänge hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.py" line="65"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.py" line="66"/>
        <source>Remove the selected attachment from the list</source>
        <translation>Ausgewählten Anhang aus der Liste entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.py" line="96"/>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event.py" line="125"/>
        <source>Storing the attachments in the vault…</source>
        <translation>Die Anhänge werden im Tresor gespeichert …</translation>
    </message>
</context>
<context>
    <name>EvidenceField</name>
    <message>
        <location filename="../../ui/consent_dialog.py" line="32"/>
        <source>Evidence file</source>
        <translation>Nachweisdatei</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="33"/>
        <source>Choose file…</source>
        <translation>Datei auswählen…</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="34"/>
        <source>Choose an evidence file (screenshot, PDF)</source>
        <translation>Nachweisdatei auswählen (Bildschirmfoto, PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="36"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="37"/>
        <source>Remove the evidence file</source>
        <translation>Nachweisdatei entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="59"/>
        <source>Choose the evidence</source>
        <translation>Nachweis auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="60"/>
        <source>Images and PDF (*.png *.jpg *.jpeg *.pdf);;All files (*)</source>
        <translation>Bilder und PDF (*.png *.jpg *.jpeg *.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="79"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>ExportBar</name>
    <message>
        <location filename="../../ui/letter_export.py" line="97"/>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location filename="../../ui/letter_export.py" line="98"/>
        <source>Print the letter</source>
        <translation>Brief drucken</translation>
    </message>
    <message>
        <location filename="../../ui/letter_export.py" line="100"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/letter_export.py" line="114"/>
        <source>Saved as %1.</source>
        <translation>Gespeichert als %1.</translation>
    </message>
    <message>
        <location filename="../../ui/letter_export.py" line="120"/>
        <source>Sent to the printer.</source>
        <translation>An den Drucker gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Copy the letter text (cleared from the clipboard after %n second(s))</source>
        <translation>
            <numerusform>Brieftext kopieren (nach %n Sekunde aus der Zwischenablage gelöscht)</numerusform>
            <numerusform>Brieftext kopieren (nach %n Sekunden aus der Zwischenablage gelöscht)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied; the clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Kopiert; die Zwischenablage wird in %n Sekunde geleert.</numerusform>
            <numerusform>Kopiert; die Zwischenablage wird in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Send by e-mail…</source>
        <translation>Per E-Mail senden…</translation>
    </message>
    <message>
        <source>Send the letter by e-mail</source>
        <translation>Den Brief per E-Mail senden</translation>
    </message>
    <message>
        <source>Sent by e-mail; the request is marked sent.</source>
        <translation>Per E-Mail gesendet; der Antrag ist als gesendet markiert.</translation>
    </message>
    <message>
        <location filename="../../ui/request_wizard.py" line="51"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/request_wizard.py" line="52"/>
        <source>Save or print the letter, then send it yourself. Nothing leaves this computer unless you do.</source>
        <translation>Speichern oder drucken Sie den Brief und versenden Sie ihn dann selbst. Ohne Ihr Zutun verlässt nichts diesen Computer.</translation>
    </message>
    <message>
        <location filename="../../ui/request_wizard.py" line="60"/>
        <source>E-mail: the .eml file opens in your mail program, addressed to the controller.
Post: print the letter (the address fits a window envelope); registered post gives you a delivery date.
Web form: copy the text and paste it into the form.</source>
        <translation>E-Mail: Die .eml-Datei öffnet sich in Ihrem E-Mail-Programm, an den Verantwortlichen adressiert.
Post: Drucken Sie den Brief (die Anschrift passt in einen Fensterumschlag); ein Einschreiben liefert Ihnen ein Zustelldatum.
Webformular: Kopieren Sie den Text und fügen Sie ihn in das Formular ein.</translation>
    </message>
</context>
<context>
    <name>FieldChecks</name>
    <message>
        <source>This cannot be empty.</source>
        <translation>Dieses Feld darf nicht leer sein.</translation>
    </message>
    <message>
        <source>“%1” does not look like an e-mail address.</source>
        <translation>„%1“ sieht nicht wie eine E-Mail-Adresse aus.</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>„%1“ ist keine Webadresse.</translation>
    </message>
    <message>
        <source>Write the region&apos;s short code (up to three letters or digits, e.g. BY for Bavaria), or leave it empty.</source>
        <translation>Schreiben Sie das Kürzel der Region (höchstens drei Buchstaben oder Ziffern, z. B. BY für Bayern) oder lassen Sie das Feld leer.</translation>
    </message>
</context>
<context>
    <name>FirstRunGuide</name>
    <message>
        <source>Ask any organisation what it does with your data</source>
        <translation>Fragen Sie jede Organisation, was sie mit Ihren Daten macht</translation>
    </message>
    <message>
        <source>Choose the organisation</source>
        <translation>Organisation wählen</translation>
    </message>
    <message>
        <source>Find the company or administration that holds your data in the built-in directory, or add it yourself.</source>
        <translation>Finden Sie das Unternehmen oder die Behörde, die Ihre Daten hat, im eingebauten Verzeichnis, oder fügen Sie sie selbst hinzu.</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Help ▸ Guide (F1) explains deadlines, reminders and complaints.</source>
        <translation>Hilfe ▸ Anleitung (F1) erklärt Fristen, Erinnerungen und Beschwerden.</translation>
    </message>
    <message>
        <source>Let the app write the letter</source>
        <translation>Die App schreibt den Brief</translation>
    </message>
    <message>
        <source>Say who you are and what you want: a copy of your data, a correction, its erasure… The letter is written for you, citing the law, and you can change it.</source>
        <translation>Sagen Sie, wer Sie sind und was Sie möchten: eine Kopie Ihrer Daten, eine Berichtigung, ihre Löschung … Der Brief wird für Sie geschrieben, mit den Gesetzesartikeln, und Sie können ihn ändern.</translation>
    </message>
    <message>
        <source>Send it by e-mail or post and mark it sent. The organisation has one month from receipt to answer; the app tells you when it is late and helps you send a reminder or a complaint.</source>
        <translation>Senden Sie ihn per E-Mail oder Post und erfassen Sie den Versand. Die Organisation hat ab Eingang einen Monat Zeit für die Antwort; die App sagt Ihnen, wenn sie zu spät ist, und hilft Ihnen bei Erinnerung oder Beschwerde.</translation>
    </message>
    <message>
        <source>Send it; the app keeps the deadline</source>
        <translation>Absenden; die App überwacht die Frist</translation>
    </message>
    <message>
        <source>Write my first request</source>
        <translation>Meine erste Anfrage schreiben</translation>
    </message>
    <message>
        <source>Write my first request (opens the new-request wizard)</source>
        <translation>Meine erste Anfrage schreiben (öffnet den Assistenten für neue Anfragen)</translation>
    </message>
</context>
<context>
    <name>FollowUpMenu</name>
    <message>
        <location filename="../../ui/widgets/follow_up_menu.py" line="33"/>
        <source>Send a redacted copy of an identity document…</source>
        <translation>Geschwärzte Kopie eines Ausweisdokuments senden…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/follow_up_menu.py" line="34"/>
        <source>When the demand is justified, or you prefer to comply: a copy only this controller can use.</source>
        <translation>Wenn die Forderung berechtigt ist oder Sie ihr nachkommen möchten: eine Kopie, die nur dieser Verantwortliche verwenden kann.</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_menu.py" line="20"/>
        <location filename="../../ui/follow_up_menu.py" line="21"/>
        <source>Follow-up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_menu.py" line="24"/>
        <source>Send a reminder…</source>
        <translation>Erinnerung senden…</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_menu.py" line="25"/>
        <source>The deadline passed without an answer (Art. 12(3) and 12(4) GDPR).</source>
        <translation>Die Frist ist ohne Antwort verstrichen (Art. 12 Abs. 3 und 4 DSGVO).</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_menu.py" line="26"/>
        <source>File a complaint with the supervisory authority…</source>
        <translation>Beschwerde bei der Aufsichtsbehörde einreichen…</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_menu.py" line="27"/>
        <source>A complaint with the whole case attached as a chronology (Art. 77 GDPR).</source>
        <translation>Eine Beschwerde mit dem gesamten Vorgang als Chronologie im Anhang (Art. 77 DSGVO).</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_menu.py" line="28"/>
        <source>Reply to the controller’s answer</source>
        <translation>Auf die Antwort des Verantwortlichen reagieren</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/follow_up_menu.py" line="38"/>
        <source>Not yet: a reminder can be sent the day after the deadline.</source>
        <translation>Noch nicht: Eine Erinnerung kann am Tag nach Fristablauf versandt werden.</translation>
    </message>
</context>
<context>
    <name>HelpGuideDialog</name>
    <message>
        <source>Guide</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>Privacy Vault guide</source>
        <translation>Anleitung zu Privacy Vault</translation>
    </message>
</context>
<context>
    <name>IdentifierDialog</name>
    <message>
        <location filename="../../ui/identifier_dialog.py" line="32"/>
        <source>New identifier</source>
        <translation>Neue Kennung</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_dialog.py" line="32"/>
        <source>Edit identifier</source>
        <translation>Kennung bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_dialog.py" line="37"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_dialog.py" line="38"/>
        <source>Value *</source>
        <translation>Wert *</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_dialog.py" line="38"/>
        <source>e.g. me+shop@mail.example</source>
        <translation>z. B. ich+shop@mail.example</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_dialog.py" line="40"/>
        <source>Given to</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_dialog.py" line="41"/>
        <source>Given on</source>
        <translation>Erhalten am</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_dialog.py" line="42"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>An identifier is what an organisation knows you by: an e-mail address, a phone number, a username or a customer number. Your letters quote it so the organisation finds your data.</source>
        <translation>Eine Kennung ist das, worunter eine Stelle Sie kennt: eine E-Mail-Adresse, eine Telefonnummer, ein Benutzername oder eine Kundennummer. Ihre Schreiben nennen sie, damit die Stelle Ihre Daten findet.</translation>
    </message>
    <message>
        <source>The organisation you gave it to, if it was only one.</source>
        <translation>Die Stelle, der Sie sie gegeben haben, wenn es nur eine war.</translation>
    </message>
</context>
<context>
    <name>Identifiers</name>
    <message>
        <location filename="../../ui/identifier_dialog.py" line="19"/>
        <source>E-mail address</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_dialog.py" line="20"/>
        <source>Phone number</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_dialog.py" line="21"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_dialog.py" line="22"/>
        <source>Customer number</source>
        <translation>Kundennr.</translation>
    </message>
</context>
<context>
    <name>IdentifiersPanel</name>
    <message>
        <location filename="../../ui/identifier_panel.py" line="28"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_panel.py" line="28"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_panel.py" line="28"/>
        <source>Given to</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_panel.py" line="28"/>
        <source>Given on</source>
        <translation>Erhalten am</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_panel.py" line="29"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_panel.py" line="29"/>
        <source>Identifiers</source>
        <translation>Kennungen</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_panel.py" line="33"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_panel.py" line="33"/>
        <source>Add an identifier</source>
        <translation>Kennung hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_panel.py" line="34"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_panel.py" line="34"/>
        <source>Edit the selected identifier</source>
        <translation>Ausgewählte Kennung bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_panel.py" line="36"/>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_panel.py" line="36"/>
        <source>Remove the selected identifier</source>
        <translation>Ausgewählte Kennung entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_panel.py" line="38"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_panel.py" line="38"/>
        <source>Copy the selected identifier</source>
        <translation>Ausgewählte Kennung kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_panel.py" line="41"/>
        <source>New alias…</source>
        <translation>Neuer Alias…</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_panel.py" line="42"/>
        <source>New alias for a controller…</source>
        <translation>Neuer Alias für einen Verantwortlichen…</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_panel.py" line="43"/>
        <source>New alias for a controller: an e-mail address only it gets</source>
        <translation>Neuer Alias für einen Verantwortlichen: eine E-Mail-Adresse, die nur er erhält</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_panel.py" line="50"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_panel.py" line="83"/>
        <source>E-mail alias</source>
        <translation>E-Mail-Alias</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_panel.py" line="107"/>
        <source>Remove the identifier “%1”?</source>
        <translation>Die Kennung „%1“ entfernen?</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_panel.py" line="106"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_panel.py" line="121"/>
        <source>New alias for which controller?</source>
        <translation>Neuer Alias für welchen Verantwortlichen?</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_panel.py" line="135"/>
        <source>New alias</source>
        <translation>Neuer Alias</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_panel.py" line="136"/>
        <source>Give this address to the controller:</source>
        <translation>Geben Sie diese Adresse an den Verantwortlichen weiter:</translation>
    </message>
    <message numerus="yes">
        <source>Copied. It will be cleared from the clipboard in %n second(s).</source>
        <translation>
            <numerusform>Kopiert. Es wird in %n Sekunde aus der Zwischenablage gelöscht.</numerusform>
            <numerusform>Kopiert. Es wird in %n Sekunden aus der Zwischenablage gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The alias %1 is recorded and copied (cleared from the clipboard in %n second(s)).</source>
        <translation>
            <numerusform>Der Alias %1 ist gespeichert und kopiert (in %n Sekunde aus der Zwischenablage gelöscht).</numerusform>
            <numerusform>Der Alias %1 ist gespeichert und kopiert (in %n Sekunden aus der Zwischenablage gelöscht).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy (cleared from the clipboard after %n second(s))</source>
        <translation>
            <numerusform>Kopieren (nach %n Sekunde aus der Zwischenablage gelöscht)</numerusform>
            <numerusform>Kopieren (nach %n Sekunden aus der Zwischenablage gelöscht)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentitiesPage</name>
    <message>
        <source>Scans of your ID card or passport, kept in the vault; a redacted copy is made for one request when a controller asks for proof of identity.</source>
        <translation>Scans Ihres Personalausweises oder Reisepasses, im Tresor aufbewahrt; eine geschwärzte Kopie wird für eine einzige Anfrage erstellt, wenn ein Verantwortlicher einen Identitätsnachweis verlangt.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/identities.py" line="36"/>
        <source>Identity documents</source>
        <translation>Ausweisdokumente</translation>
    </message>
    <message>
        <source>Mail account…</source>
        <translation>E-Mail-Konto…</translation>
    </message>
    <message>
        <source>The selected identity's mail account</source>
        <translation>Das E-Mail-Konto der gewählten Identität</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="33"/>
        <source>Identifiers</source>
        <translation>Kennungen</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="34"/>
        <source>Relationships</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="35"/>
        <source>Who leaked this?…</source>
        <translation>Datenleck suchen…</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="36"/>
        <source>Find who got an address or number</source>
        <translation>Herausfinden, wer eine Adresse oder Nummer erhalten hat</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="63"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="64"/>
        <location filename="../../ui/identities_page.py" line="86"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="65"/>
        <location filename="../../ui/identities_page.py" line="87"/>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="66"/>
        <location filename="../../ui/identities_page.py" line="90"/>
        <source>E-mail addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="88"/>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="89"/>
        <source>Postal address</source>
        <translation>Postanschrift</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="91"/>
        <source>Phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="92"/>
        <source>Alias pattern</source>
        <translation>Alias-Muster</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="93"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="104"/>
        <source>Remove the identity “%1” with its identifiers and consents?</source>
        <translation>Die Identität „%1“ mit ihren Kennungen und Einwilligungen entfernen?</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="107"/>
        <source>Search identities (label, name, e-mail, phone)</source>
        <translation>Suchen (Bezeichnung, Name, E-Mail, Telefon)</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="110"/>
        <source>Add an identity</source>
        <translation>Identität hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/identities_page.py" line="113"/>
        <source>%n identity(-ies)</source>
        <translation>
            <numerusform>%n Identität</numerusform>
            <numerusform>%n Identitäten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="116"/>
        <source>Real identity</source>
        <translation>Echte Identität</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="116"/>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>What each organisation knows you by: e-mail addresses, phone numbers, usernames, customer numbers. Your letters quote them.</source>
        <translation>Worunter jede Organisation Sie kennt: E-Mail-Adressen, Telefonnummern, Benutzernamen, Kundennummern. Ihre Schreiben nennen sie.</translation>
    </message>
    <message>
        <source>Since when you deal with each organisation, and when it ended.</source>
        <translation>Seit wann Sie mit jeder Organisation zu tun haben und wann es endete.</translation>
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
    <message>
        <source>Country of residence</source>
        <translation>Wohnsitzland</translation>
    </message>
    <message>
        <source>Two-letter code, e.g. FR: your own supervisory authority</source>
        <translation>Zweistelliger Code, z. B. DE: Ihre eigene Aufsichtsbehörde</translation>
    </message>
    <message>
        <source>Region of residence</source>
        <translation>Region des Wohnsitzes</translation>
    </message>
    <message>
        <source>e.g. BY for Bavaria</source>
        <translation>z. B. BY für Bayern</translation>
    </message>
    <message>
        <source>A pseudonym is another name you give some organisations instead of your own.</source>
        <translation>Ein Pseudonym ist ein anderer Name, den Sie manchen Stellen statt Ihres eigenen angeben.</translation>
    </message>
    <message>
        <source>A short name for this identity, seen only by you.</source>
        <translation>Ein kurzer Name für diese Identität, den nur Sie sehen.</translation>
    </message>
    <message>
        <source>An identity is who writes the letters: you under your real name, or a pseudonym you use with some organisations.</source>
        <translation>Eine Identität ist, wer die Schreiben verfasst: Sie unter Ihrem echten Namen oder ein Pseudonym, das Sie bei manchen Stellen verwenden.</translation>
    </message>
    <message>
        <source>Some organisations ask for it to find your data; tick “Known” to give it.</source>
        <translation>Manche Stellen fragen danach, um Ihre Daten zu finden; kreuzen Sie „Bekannt“ an, um es anzugeben.</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <location filename="../../ui/wizard_pages.py" line="135"/>
        <location filename="../../ui/wizard_pages.py" line="138"/>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_pages.py" line="139"/>
        <source>Add identity…</source>
        <translation>Identität hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_pages.py" line="140"/>
        <source>Add an identity</source>
        <translation>Identität hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_pages.py" line="143"/>
        <source>Identifiers to include in the letter</source>
        <translation>In den Brief aufzunehmende Kennungen</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_pages.py" line="150"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_pages.py" line="164"/>
        <source>Identifiers in the letter (checked: those this controller already knows):</source>
        <translation>Kennungen im Brief (angekreuzt: die diesem Verantwortlichen bereits bekannten):</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_pages.py" line="167"/>
        <source>No identifiers are recorded for this identity: the letter carries your name and postal address. The customer number or e-mail address the controller knows helps it find your data (add them under Identities).</source>
        <translation>Für diese Identität sind keine Kennungen erfasst: Der Brief enthält Ihren Namen und Ihre Postanschrift. Die Kundennummer oder E-Mail-Adresse, die der Verantwortliche kennt, hilft ihm, Ihre Daten zu finden (fügen Sie sie unter „Identitäten“ hinzu).</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_pages.py" line="199"/>
        <source>(given to this controller)</source>
        <translation>(diesem Verantwortlichen mitgeteilt)</translation>
    </message>
    <message>
        <source>Who writes (you, or a pseudonym you use), and the identifiers that let the organisation find your data: the e-mail address, customer number or username it knows you by.</source>
        <translation>Wer schreibt (Sie oder ein Pseudonym, das Sie verwenden), und die Kennungen, mit denen die Organisation Ihre Daten findet: die E-Mail-Adresse, Kundennummer oder der Benutzername, unter dem sie Sie kennt.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../ui/wizard_pages.py" line="284"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_pages.py" line="285"/>
        <source>The language of the letter; by default the controller&apos;s.</source>
        <translation>Die Sprache des Briefs; standardmäßig die des Verantwortlichen.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_pages.py" line="287"/>
        <source>Letter language</source>
        <translation>Sprache des Briefs</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_pages.py" line="292"/>
        <source>On the next page the letter is written from your data; you can still change it there. It is kept as a draft until you mark it sent.</source>
        <translation>Auf der nächsten Seite wird der Brief aus Ihren Daten erstellt; dort können Sie ihn noch ändern. Er bleibt ein Entwurf, bis Sie den Versand erfassen.</translation>
    </message>
</context>
<context>
    <name>LeakDialog</name>
    <message>
        <location filename="../../ui/leak_dialog.py" line="32"/>
        <location filename="../../ui/leak_dialog.py" line="33"/>
        <source>Who leaked this?</source>
        <translation>Wer hat das weitergegeben?</translation>
    </message>
    <message>
        <location filename="../../ui/leak_dialog.py" line="34"/>
        <source>Paste the address or phone number a spam message was sent to (a whole To: line works too).</source>
        <translation>Fügen Sie die Adresse oder Telefonnummer ein, an die eine Spam-Nachricht ging (auch eine ganze To:-Zeile funktioniert).</translation>
    </message>
    <message>
        <location filename="../../ui/leak_dialog.py" line="38"/>
        <source>e.g. To: &quot;Shop&quot; &lt;me+shop@mail.example&gt;</source>
        <translation>z. B. To: &quot;Shop&quot; &lt;ich+shop@mail.example&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/leak_dialog.py" line="39"/>
        <source>Address or number</source>
        <translation>Adresse oder Nummer</translation>
    </message>
    <message>
        <location filename="../../ui/leak_dialog.py" line="41"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../ui/leak_dialog.py" line="45"/>
        <source>optional, e.g. spam about car insurance</source>
        <translation>optional, z. B. Spam zu Kfz-Versicherungen</translation>
    </message>
    <message>
        <location filename="../../ui/leak_dialog.py" line="46"/>
        <source>Where it was seen</source>
        <translation>Wo es aufgetaucht ist</translation>
    </message>
    <message>
        <location filename="../../ui/leak_dialog.py" line="47"/>
        <source>Ask them where they got it…</source>
        <translation>Nachfragen, woher sie es haben…</translation>
    </message>
    <message>
        <location filename="../../ui/leak_dialog.py" line="48"/>
        <source>Create an access request asking where they got it</source>
        <translation>Eine Auskunftsanfrage anlegen, die nach der Herkunft fragt</translation>
    </message>
    <message>
        <location filename="../../ui/leak_dialog.py" line="51"/>
        <location filename="../../ui/leak_dialog.py" line="148"/>
        <source>Request created</source>
        <translation>Anfrage angelegt</translation>
    </message>
    <message>
        <location filename="../../ui/leak_dialog.py" line="54"/>
        <source>Seen in:</source>
        <translation>Gesehen in:</translation>
    </message>
    <message>
        <location filename="../../ui/leak_dialog.py" line="85"/>
        <source>Nothing to look up yet.</source>
        <translation>Noch nichts zu suchen.</translation>
    </message>
    <message>
        <location filename="../../ui/leak_dialog.py" line="87"/>
        <source>Never given out: no identity in this vault has “%1”.</source>
        <translation>Nie weitergegeben: Keine Identität in diesem Tresor hat „%1“.</translation>
    </message>
    <message>
        <location filename="../../ui/leak_dialog.py" line="96"/>
        <source>No controller is recorded for it, so there is nobody to ask. Record who got it on the Identities page first.</source>
        <translation>Dafür ist kein Verantwortlicher erfasst, es gibt also niemanden zu fragen. Erfassen Sie zuerst auf der Seite „Identitäten“, wer es erhalten hat.</translation>
    </message>
    <message>
        <location filename="../../ui/leak_dialog.py" line="100"/>
        <source>Identity: %1</source>
        <translation>Identität: %1</translation>
    </message>
    <message>
        <location filename="../../ui/leak_dialog.py" line="101"/>
        <source>Value: %1</source>
        <translation>Wert: %1</translation>
    </message>
    <message>
        <location filename="../../ui/leak_dialog.py" line="103"/>
        <source>Given to: %1</source>
        <translation>Weitergegeben an: %1</translation>
    </message>
    <message>
        <location filename="../../ui/leak_dialog.py" line="105"/>
        <source>Given to: no controller recorded</source>
        <translation>Weitergegeben an: kein Verantwortlicher erfasst</translation>
    </message>
    <message>
        <location filename="../../ui/leak_dialog.py" line="106"/>
        <source>Given on: %1</source>
        <translation>Weitergegeben am: %1</translation>
    </message>
    <message>
        <location filename="../../ui/leak_dialog.py" line="107"/>
        <source>Given on: not recorded</source>
        <translation>Weitergegeben am: nicht erfasst</translation>
    </message>
    <message>
        <location filename="../../ui/leak_dialog.py" line="109"/>
        <source>This is one of the identity&apos;s own addresses, not one given to a single controller.</source>
        <translation>Dies ist eine eigene Adresse der Identität, keine, die nur einem Verantwortlichen gegeben wurde.</translation>
    </message>
    <message>
        <location filename="../../ui/leak_dialog.py" line="111"/>
        <source>Guessed from the tag after “+”: this address itself was never recorded.</source>
        <translation>Aus dem Zusatz nach „+“ erschlossen: Diese Adresse selbst wurde nie erfasst.</translation>
    </message>
    <message>
        <location filename="../../ui/leak_dialog.py" line="121"/>
        <source>Writing the request…</source>
        <translation>Anfrage wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../../ui/leak_dialog.py" line="133"/>
        <source>Draft access request no. %1 to %2 created: it asks who received your data and where it came from (art. 15(1)(c) and (g) GDPR).</source>
        <translation>Auskunftsanfrage Nr. %1 an %2 als Entwurf angelegt: Sie fragt, wer Ihre Daten erhalten hat und woher sie stammen (Art. 15 Abs. 1 lit. c und g DSGVO).</translation>
    </message>
    <message>
        <location filename="../../ui/leak_dialog.py" line="149"/>
        <source>Open request no. %1 now?</source>
        <translation>Anfrage Nr. %1 jetzt öffnen?</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../ui/letter_dialog.py" line="29"/>
        <location filename="../../ui/letter_dialog.py" line="30"/>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="43"/>
        <source>Mark sent…</source>
        <translation>Versand erfassen…</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="44"/>
        <source>Record that the letter was sent, and start the deadline</source>
        <translation>Erfassen, dass der Brief gesendet wurde, und die Frist starten</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="50"/>
        <source>Save or print the letter, then send it yourself:</source>
        <translation>Speichern oder drucken Sie den Brief und versenden Sie ihn dann selbst:</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="74"/>
        <source>Marked sent. Answer due by %1.</source>
        <translation>Versand erfasst. Antwort fällig bis %1.</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="75"/>
        <source>Marked sent.</source>
        <translation>Versand erfasst.</translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message>
        <location filename="../../ui/letter_editor.py" line="36"/>
        <source>Addresses, date and reference</source>
        <translation>Anschriften, Datum und Referenz</translation>
    </message>
    <message>
        <location filename="../../ui/letter_editor.py" line="38"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../../ui/letter_editor.py" line="40"/>
        <source>Letter text</source>
        <translation>Brieftext</translation>
    </message>
    <message>
        <location filename="../../ui/letter_editor.py" line="43"/>
        <location filename="../../ui/letter_editor.py" line="116"/>
        <source>Reset to template</source>
        <translation>Auf Vorlage zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../ui/letter_editor.py" line="44"/>
        <source>Write the letter again from the template, losing your edits</source>
        <translation>Brief neu aus der Vorlage erstellen; Ihre Änderungen gehen verloren</translation>
    </message>
    <message>
        <location filename="../../ui/letter_editor.py" line="53"/>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <location filename="../../ui/letter_editor.py" line="72"/>
        <source>Draft: you can change the subject and the text until you mark it sent.</source>
        <translation>Entwurf: Sie können Betreff und Text ändern, bis Sie den Versand erfassen.</translation>
    </message>
    <message>
        <location filename="../../ui/letter_editor.py" line="75"/>
        <source>Sent on %1: the letter is kept exactly as it was sent.</source>
        <translation>Gesendet am %1: Der Brief wird genau so aufbewahrt, wie er gesendet wurde.</translation>
    </message>
    <message>
        <location filename="../../ui/letter_editor.py" line="117"/>
        <source>The letter is written again from the template and today&apos;s data; your changes to it are lost. Continue?</source>
        <translation>Der Brief wird neu aus der Vorlage und den heutigen Daten erstellt; Ihre Änderungen gehen verloren. Fortfahren?</translation>
    </message>
    <message>
        <location filename="../../ui/letter_editor.py" line="130"/>
        <source>From: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <location filename="../../ui/letter_editor.py" line="131"/>
        <source>To: %1</source>
        <translation>An: %1</translation>
    </message>
    <message>
        <location filename="../../ui/letter_editor.py" line="133"/>
        <source>E-mail to: %1</source>
        <translation>E-Mail an: %1</translation>
    </message>
</context>
<context>
    <name>LetterExport</name>
    <message>
        <location filename="../../ui/letter_export.py" line="22"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/letter_export.py" line="22"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/letter_export.py" line="23"/>
        <source>Save the letter as PDF</source>
        <translation>Brief als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../ui/letter_export.py" line="24"/>
        <source>ODT…</source>
        <translation>ODT…</translation>
    </message>
    <message>
        <location filename="../../ui/letter_export.py" line="24"/>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument-Text (*.odt)</translation>
    </message>
    <message>
        <location filename="../../ui/letter_export.py" line="25"/>
        <source>Save the letter as an OpenDocument text</source>
        <translation>Brief als OpenDocument-Text speichern</translation>
    </message>
    <message>
        <location filename="../../ui/letter_export.py" line="26"/>
        <source>Text…</source>
        <translation>Text…</translation>
    </message>
    <message>
        <location filename="../../ui/letter_export.py" line="26"/>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/letter_export.py" line="27"/>
        <source>Save the letter as plain text</source>
        <translation>Brief als reinen Text speichern</translation>
    </message>
    <message>
        <location filename="../../ui/letter_export.py" line="28"/>
        <source>E-mail…</source>
        <translation>E-Mail…</translation>
    </message>
    <message>
        <location filename="../../ui/letter_export.py" line="28"/>
        <source>E-mail message (*.eml)</source>
        <translation>E-Mail-Nachricht (*.eml)</translation>
    </message>
    <message>
        <location filename="../../ui/letter_export.py" line="29"/>
        <source>Save the letter as an e-mail message to open in a mail program</source>
        <translation>Brief als E-Mail-Nachricht zum Öffnen in einem E-Mail-Programm speichern</translation>
    </message>
    <message>
        <location filename="../../ui/letter_export.py" line="47"/>
        <source>Save the letter</source>
        <translation>Brief speichern</translation>
    </message>
    <message>
        <location filename="../../ui/letter_export.py" line="67"/>
        <source>Print the letter</source>
        <translation>Brief drucken</translation>
    </message>
</context>
<context>
    <name>LetterPage</name>
    <message>
        <location filename="../../ui/request_wizard.py" line="32"/>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../../ui/request_wizard.py" line="33"/>
        <source>Read the letter and change what you want. It is saved as a draft.</source>
        <translation>Lesen Sie den Brief und ändern Sie, was Sie möchten. Er wird als Entwurf gespeichert.</translation>
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
    <message>
        <location filename="../../ui/page_layout.py" line="20"/>
        <location filename="../../ui/page_layout.py" line="27"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Make a backup?</source>
        <translation>Sicherung erstellen?</translation>
    </message>
    <message>
        <source>No recent backup.</source>
        <translation>Keine aktuelle Sicherung.</translation>
    </message>
    <message>
        <source>Your vault is ready. It exists only on this computer: a backup on another drive (a USB stick, another disk) protects it against a lost or broken computer. Make a backup now?</source>
        <translation>Ihr Tresor ist bereit. Er liegt nur auf diesem Computer: Eine Sicherung auf einem anderen Datenträger (USB-Stick, andere Festplatte) schützt ihn, falls der Computer verloren geht oder defekt ist. Jetzt eine Sicherung erstellen?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="47"/>
        <source>Privacy Vault</source>
        <translation>Privacy Vault</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="50"/>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134"/>
        <source>&amp;New request…</source>
        <translation>&amp;Neue Anfrage…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <source>&amp;Backup…</source>
        <translation>Sicherung &amp;erstellen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137"/>
        <source>&amp;Restore…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138"/>
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Passphrase ändern…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>&amp;Settings…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144"/>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149"/>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>Keep running in the &amp;tray when closed</source>
        <translation>Beim Schließen im &amp;Infobereich weiterlaufen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>&amp;About Privacy Vault</source>
        <translation>&amp;Über Privacy Vault</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>Backup the vault</source>
        <translation>Tresor sichern</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>Vault files (%1)</source>
        <translation>Tresordateien (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>Writing the backup…</source>
        <translation>Sicherung wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182"/>
        <source>Backup written to %1.</source>
        <translation>Sicherung in %1 geschrieben.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>Vault files (%1);;All files (*)</source>
        <translation>Tresordateien (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>Encrypting the vault with the new passphrase…</source>
        <translation>Tresor wird mit der neuen Passphrase verschlüsselt…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="203"/>
        <source>The passphrase was changed.</source>
        <translation>Die Passphrase wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226"/>
        <source>About Privacy Vault</source>
        <translation>Über Privacy Vault</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="223"/>
        <source>Privacy Vault keeps what you need to exercise your data-protection rights in one encrypted file on this computer. Nothing leaves it unless you export it.</source>
        <translation>Privacy Vault bewahrt alles, was Sie zur Ausübung Ihrer Datenschutzrechte brauchen, in einer einzigen verschlüsselten Datei auf diesem Computer auf. Nichts verlässt sie, außer Sie exportieren es.</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Anleitung</translation>
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
    <name>OptionalDate</name>
    <message>
        <source>Known</source>
        <translation>Bekannt</translation>
    </message>
    <message>
        <source>The date is known</source>
        <translation>Das Datum ist bekannt</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../ui/pages.py" line="38"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="39"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="40"/>
        <source>Controllers</source>
        <translation>Verantwortliche</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="41"/>
        <source>Identities</source>
        <translation>Identitäten</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="42"/>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>Show passphrase</source>
        <translation>Passphrase anzeigen</translation>
    </message>
    <message>
        <source>Six random words: easy to remember, very hard to guess. Write them down and keep them safe: they cannot be recovered.</source>
        <translation>Sechs zufällige Wörter: leicht zu merken, sehr schwer zu erraten. Schreiben Sie sie auf und bewahren Sie sie sicher auf: Sie lassen sich nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>Suggest a passphrase</source>
        <translation>Passphrase vorschlagen</translation>
    </message>
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
    <name>PolicyImport</name>
    <message>
        <location filename="../../ui/policy_dialog.py" line="236"/>
        <source>Import a privacy policy</source>
        <translation>Datenschutzerklärung importieren</translation>
    </message>
    <message>
        <location filename="../../ui/policy_dialog.py" line="237"/>
        <source>Privacy policies (*.txt *.html *.htm *.mhtml *.mht *.pdf);;All files (*)</source>
        <translation>Datenschutzerklärungen (*.txt *.html *.htm *.mhtml *.mht *.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/policy_dialog.py" line="248"/>
        <source>Reading the policy…</source>
        <translation>Datenschutzerklärung wird gelesen…</translation>
    </message>
    <message>
        <source>The controller “%1” is saved and selected on the Controllers page.</source>
        <translation>Der Verantwortliche „%1“ ist gespeichert und auf der Seite „Verantwortliche“ ausgewählt.</translation>
    </message>
</context>
<context>
    <name>PolicyImportDialog</name>
    <message>
        <location filename="../../ui/policy_dialog.py" line="56"/>
        <source>Import privacy policy</source>
        <translation>Datenschutzerklärung importieren</translation>
    </message>
    <message>
        <location filename="../../ui/policy_dialog.py" line="65"/>
        <source>Check each field against the sentence it was read from (shown beneath it), correct what is wrong, then save.</source>
        <translation>Prüfen Sie jedes Feld anhand des Satzes, aus dem es gelesen wurde (darunter angezeigt), korrigieren Sie Falsches und speichern Sie dann.</translation>
    </message>
    <message>
        <location filename="../../ui/policy_dialog.py" line="69"/>
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../ui/policy_dialog.py" line="70"/>
        <source>Postal address</source>
        <translation>Postanschrift</translation>
    </message>
    <message>
        <location filename="../../ui/policy_dialog.py" line="71"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/policy_dialog.py" line="73"/>
        <source>DPO e-mail address</source>
        <translation>E-Mail-Adresse der/des Datenschutzbeauftragten</translation>
    </message>
    <message>
        <location filename="../../ui/policy_dialog.py" line="75"/>
        <source>Contact e-mail addresses</source>
        <translation>Kontakt-E-Mail-Adressen</translation>
    </message>
    <message>
        <location filename="../../ui/policy_dialog.py" line="76"/>
        <source>One per line</source>
        <translation>Eine pro Zeile</translation>
    </message>
    <message>
        <location filename="../../ui/policy_dialog.py" line="79"/>
        <source>Supervisory authority</source>
        <translation>Aufsichtsbehörde</translation>
    </message>
    <message>
        <location filename="../../ui/policy_dialog.py" line="82"/>
        <source>Not said</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <location filename="../../ui/policy_dialog.py" line="82"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../ui/policy_dialog.py" line="82"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../../ui/policy_dialog.py" line="85"/>
        <source>Transfers outside the EU/EEA</source>
        <translation>Übermittlungen außerhalb von EU/EWR</translation>
    </message>
    <message>
        <location filename="../../ui/policy_dialog.py" line="93"/>
        <source>Save controller</source>
        <translation>Verantwortlichen speichern</translation>
    </message>
    <message>
        <location filename="../../ui/policy_dialog.py" line="100"/>
        <source>Where the policy says it: %1</source>
        <translation>Fundstelle in der Datenschutzerklärung: %1</translation>
    </message>
    <message>
        <location filename="../../ui/policy_dialog.py" line="102"/>
        <source>Not found in the policy.</source>
        <translation>Nicht in der Datenschutzerklärung gefunden.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/policy.py" line="127"/>
        <source>Uncertain: check this against the policy before saving.</source>
        <translation>Unsicher: bitte vor dem Speichern mit der Datenschutzerklärung abgleichen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/policy.py" line="120"/>
        <source>Web site</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/policy.py" line="120"/>
        <source>Data collected (one per line)</source>
        <translation>Erhobene Daten (eine pro Zeile)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/policy.py" line="120"/>
        <source>Purposes | legal basis (one per line)</source>
        <translation>Zwecke | Rechtsgrundlage (einer pro Zeile)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/policy.py" line="120"/>
        <source>Recipients (one per line)</source>
        <translation>Empfänger (einer pro Zeile)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/policy.py" line="120"/>
        <source>Joint controllers (one per line)</source>
        <translation>Gemeinsam Verantwortliche (einer pro Zeile)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/policy.py" line="120"/>
        <source>EU representative</source>
        <translation>Vertreter in der EU</translation>
    </message>
    <message>
        <location filename="../../ui/policy_dialog.py" line="138"/>
        <source>Rights mentioned</source>
        <translation>Genannte Rechte</translation>
    </message>
    <message>
        <location filename="../../ui/policy_dialog.py" line="143"/>
        <source>What is kept</source>
        <translation>Was gespeichert wird</translation>
    </message>
    <message>
        <location filename="../../ui/policy_dialog.py" line="143"/>
        <location filename="../../ui/policy_dialog.py" line="177"/>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <location filename="../../ui/policy_dialog.py" line="151"/>
        <source>Add period</source>
        <translation>Dauer hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/policy_dialog.py" line="152"/>
        <source>Add a retention period</source>
        <translation>Speicherdauer hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/policy_dialog.py" line="154"/>
        <source>Remove period</source>
        <translation>Dauer entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/policy_dialog.py" line="155"/>
        <source>Remove the selected retention period</source>
        <translation>Ausgewählte Speicherdauer entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/policy_dialog.py" line="166"/>
        <location filename="../../ui/policy_dialog.py" line="167"/>
        <source>Retention periods</source>
        <translation>Speicherdauern</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../ui/progress_dialog.py" line="26"/>
        <source>Privacy Vault</source>
        <translation>Privacy Vault</translation>
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
    <message>
        <source>Please correct:</source>
        <translation>Bitte korrigieren Sie:</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
</context>
<context>
    <name>RelationshipDialog</name>
    <message>
        <location filename="../../ui/relationship_panel.py" line="30"/>
        <source>New relationship</source>
        <translation>Neue Beziehung</translation>
    </message>
    <message>
        <location filename="../../ui/relationship_panel.py" line="30"/>
        <source>Edit relationship</source>
        <translation>Beziehung bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/relationship_panel.py" line="35"/>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <location filename="../../ui/relationship_panel.py" line="40"/>
        <source>Controller *</source>
        <translation>Verantwortlicher *</translation>
    </message>
    <message>
        <location filename="../../ui/relationship_panel.py" line="41"/>
        <source>Customer since</source>
        <translation>Kunde seit</translation>
    </message>
    <message>
        <location filename="../../ui/relationship_panel.py" line="42"/>
        <source>Ended (account closed) on</source>
        <translation>Beendet (Konto geschlossen) am</translation>
    </message>
    <message>
        <location filename="../../ui/relationship_panel.py" line="43"/>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/relationship_panel.py" line="44"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/relationship_panel.py" line="57"/>
        <source>Add an identity first.</source>
        <translation>Legen Sie zuerst eine Identität an.</translation>
    </message>
    <message>
        <location filename="../../ui/relationship_panel.py" line="59"/>
        <source>Choose the controller.</source>
        <translation>Wählen Sie den Verantwortlichen.</translation>
    </message>
    <message>
        <source>When the account was closed: from then on, the organisation may keep your data only as long as its retention periods allow.</source>
        <translation>Wann das Konto geschlossen wurde: ab dann darf die Organisation Ihre Daten nur so lange aufbewahren, wie ihre Speicherfristen es erlauben.</translation>
    </message>
    <message>
        <source>The end comes before the start (customer since).</source>
        <translation>Das Ende liegt vor dem Beginn (Kunde seit).</translation>
    </message>
</context>
<context>
    <name>RelationshipsPanel</name>
    <message>
        <location filename="../../ui/relationship_panel.py" line="71"/>
        <source>Controller</source>
        <translation>Verantwortlicher</translation>
    </message>
    <message>
        <location filename="../../ui/relationship_panel.py" line="71"/>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <location filename="../../ui/relationship_panel.py" line="72"/>
        <source>Customer since</source>
        <translation>Kunde seit</translation>
    </message>
    <message>
        <location filename="../../ui/relationship_panel.py" line="72"/>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../../ui/relationship_panel.py" line="72"/>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/relationship_panel.py" line="73"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/relationship_panel.py" line="73"/>
        <source>Relationships</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <location filename="../../ui/relationship_panel.py" line="75"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/relationship_panel.py" line="75"/>
        <source>Add a relationship</source>
        <translation>Beziehung hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/relationship_panel.py" line="76"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../ui/relationship_panel.py" line="76"/>
        <source>Edit the selected relationship</source>
        <translation>Ausgewählte Beziehung bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/relationship_panel.py" line="78"/>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <location filename="../../ui/relationship_panel.py" line="78"/>
        <source>Remove the selected relationship</source>
        <translation>Ausgewählte Beziehung entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/relationship_panel.py" line="134"/>
        <source>Remove the relationship with “%1”?</source>
        <translation>Die Beziehung zu „%1“ entfernen?</translation>
    </message>
    <message>
        <location filename="../../ui/relationship_panel.py" line="133"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>RequestActions</name>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Keep draft</source>
        <translation>Entwurf behalten</translation>
    </message>
    <message>
        <source>Keep the draft?</source>
        <translation>Entwurf behalten?</translation>
    </message>
    <message>
        <source>This letter was not sent. Keep it as a draft to finish later, or discard it?</source>
        <translation>Dieses Schreiben wurde nicht versandt. Als Entwurf behalten, um es später fertigzustellen, oder verwerfen?</translation>
    </message>
    <message>
        <location filename="../../ui/request_actions.py" line="69"/>
        <source>Anything to add for the authority? (optional; it goes into the complaint)</source>
        <translation>Möchten Sie der Behörde etwas mitteilen? (optional; es wird in die Beschwerde übernommen)</translation>
    </message>
    <message>
        <location filename="../../ui/request_actions.py" line="72"/>
        <source>What did they answer, and when? (optional; it goes into the reply)</source>
        <translation>Was haben sie geantwortet, und wann? (optional; es wird in die Antwort übernommen)</translation>
    </message>
    <message>
        <location filename="../../ui/request_actions.py" line="73"/>
        <source>Follow-up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <location filename="../../ui/request_actions.py" line="150"/>
        <source>Save the case dossier</source>
        <translation>Vorgangsakte speichern</translation>
    </message>
    <message>
        <location filename="../../ui/request_actions.py" line="150"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/request_actions.py" line="153"/>
        <source>Writing the dossier…</source>
        <translation>Akte wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../../ui/request_actions.py" line="154"/>
        <source>Dossier</source>
        <translation>Akte</translation>
    </message>
    <message>
        <location filename="../../ui/request_actions.py" line="158"/>
        <source>Writing the dossier</source>
        <translation>Akte wird geschrieben</translation>
    </message>
    <message>
        <location filename="../../ui/request_actions.py" line="176"/>
        <source>Dossier written to %1.</source>
        <translation>Akte in %1 geschrieben.</translation>
    </message>
    <message>
        <source>Your own authority: %1</source>
        <translation>Ihre eigene Aufsichtsbehörde: %1</translation>
    </message>
    <message>
        <source>The controller’s authority: %1</source>
        <translation>Die Aufsichtsbehörde des Verantwortlichen: %1</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <source>Which supervisory authority should receive the complaint?</source>
        <translation>Welche Aufsichtsbehörde soll die Beschwerde erhalten?</translation>
    </message>
    <message>
        <source>dossier</source>
        <translation>Akte</translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <source>No next step</source>
        <translation>Kein nächster Schritt</translation>
    </message>
    <message>
        <source>Send by e-mail…</source>
        <translation>Per E-Mail senden…</translation>
    </message>
    <message>
        <source>Send the letter by e-mail</source>
        <translation>Den Brief per E-Mail senden</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="52"/>
        <source>Request details</source>
        <translation>Details der Anfrage</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="56"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="57"/>
        <source>Select a request to see its letter, deadline and history.</source>
        <translation>Wählen Sie eine Anfrage aus, um Brief, Frist und Verlauf zu sehen.</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="67"/>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="71"/>
        <source>Case (request and follow-ups)</source>
        <translation>Vorgang (Anfrage und Folgeschreiben)</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="73"/>
        <source>Requests of this case</source>
        <translation>Anfragen dieses Vorgangs</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="90"/>
        <source>Letter…</source>
        <translation>Brief…</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="90"/>
        <source>Preview, edit and export the letter</source>
        <translation>Brief ansehen, bearbeiten und exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="92"/>
        <source>Mark sent…</source>
        <translation>Versand erfassen…</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="92"/>
        <source>Record that the letter was sent</source>
        <translation>Erfassen, dass der Brief gesendet wurde</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="94"/>
        <source>Add event…</source>
        <translation>Ereignis…</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="94"/>
        <source>Record what happened: an answer, a delivery, …</source>
        <translation>Erfassen, was passiert ist: eine Antwort, eine Zustellung, …</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="99"/>
        <source>Follow-up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="100"/>
        <source>Follow-up: reminder, complaint, or a reply</source>
        <translation>Nachfassen: Erinnerung, Beschwerde oder Antwort</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="105"/>
        <source>Dossier PDF…</source>
        <translation>PDF-Akte…</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="105"/>
        <source>Save the whole case as one PDF</source>
        <translation>Den gesamten Vorgang als ein PDF speichern</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="107"/>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="107"/>
        <source>Remove this request</source>
        <translation>Diese Anfrage entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="134"/>
        <source>%1 (estimate: enter the delivery date when you know it)</source>
        <translation>%1 (geschätzt: Tragen Sie das Zustelldatum ein, sobald Sie es kennen)</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="139"/>
        <source>extended by the controller (first deadline %1)</source>
        <translation>vom Verantwortlichen verlängert (ursprüngliche Frist: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="142"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="143"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="144"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="145"/>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="146"/>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="147"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="148"/>
        <source>Channel</source>
        <translation>Versandweg</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="149"/>
        <source>Created</source>
        <translation>Angelegt am</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="150"/>
        <source>Sent</source>
        <translation>Gesendet am</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="151"/>
        <source>Received</source>
        <translation>Eingegangen am</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="152"/>
        <source>Closed</source>
        <translation>Abgeschlossen am</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="153"/>
        <source>Details</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="220"/>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="221"/>
        <source>Mark the request as sent before recording what happened to it.</source>
        <translation>Erfassen Sie den Versand der Anfrage, bevor Sie festhalten, was mit ihr geschehen ist.</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="244"/>
        <source>Remove the request %1 with its letters and history? This cannot be undone.</source>
        <translation>Die Anfrage %1 mit ihren Briefen und ihrem Verlauf entfernen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="246"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>RequestListModel</name>
    <message>
        <location filename="../../ui/request_list_model.py" line="36"/>
        <source>Controller</source>
        <translation>Verantwortlicher</translation>
    </message>
    <message>
        <location filename="../../ui/request_list_model.py" line="37"/>
        <source>Right</source>
        <translation>Recht</translation>
    </message>
    <message>
        <location filename="../../ui/request_list_model.py" line="38"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/request_list_model.py" line="39"/>
        <source>Sent</source>
        <translation>Gesendet am</translation>
    </message>
    <message>
        <location filename="../../ui/request_list_model.py" line="40"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../ui/request_list_model.py" line="41"/>
        <source>Days left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <location filename="../../ui/request_list_model.py" line="43"/>
        <source>Channel</source>
        <translation>Versandweg</translation>
    </message>
    <message>
        <location filename="../../ui/request_list_model.py" line="44"/>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <location filename="../../ui/request_list_model.py" line="45"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
</context>
<context>
    <name>RequestWizard</name>
    <message>
        <source>Write it again?</source>
        <translation>Noch einmal schreiben?</translation>
    </message>
    <message>
        <source>You already wrote this request to this organisation today (%1). Write another one?</source>
        <translation>Sie haben diese Anfrage heute bereits an diese Stelle geschrieben (%1). Noch eine schreiben?</translation>
    </message>
    <message>
        <location filename="../../ui/request_wizard.py" line="122"/>
        <location filename="../../ui/request_wizard.py" line="123"/>
        <source>New request</source>
        <translation>Neue Anfrage</translation>
    </message>
</context>
<context>
    <name>RequestWords</name>
    <message>
        <source>Not delivered</source>
        <translation>Nicht zugestellt</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="16"/>
        <source>Access</source>
        <translation>Auskunft</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="17"/>
        <source>Rectification</source>
        <translation>Berichtigung</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="18"/>
        <source>Erasure</source>
        <translation>Löschung</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="19"/>
        <source>Restriction</source>
        <translation>Einschränkung</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="20"/>
        <source>Portability</source>
        <translation>Datenübertragbarkeit</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="21"/>
        <source>Objection</source>
        <translation>Widerspruch</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="22"/>
        <source>Objection to direct marketing</source>
        <translation>Widerspruch gegen Direktwerbung</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="23"/>
        <source>Automated decision</source>
        <translation>Automatisierte Entscheidung</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="24"/>
        <source>Withdrawal of consent</source>
        <translation>Widerruf der Einwilligung</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="25"/>
        <source>Directives after death</source>
        <translation>Verfügungen für den Todesfall</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="26"/>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="27"/>
        <source>Complaint</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="28"/>
        <source>Reply: identification demanded</source>
        <translation>Antwort: Ausweis verlangt</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="29"/>
        <source>Reply: excessive or fee</source>
        <translation>Antwort: exzessiv oder Gebühr</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="30"/>
        <source>Reply: other language or partial</source>
        <translation>Antwort: fremdsprachig/teilweise</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="31"/>
        <source>Reply: other channel or form</source>
        <translation>Antwort: Formular/anderer Weg</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="32"/>
        <source>Reply: “no data” disputed</source>
        <translation>Antwort: „keine Daten“ bestritten</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="33"/>
        <source>Reply: forwarded, no answer</source>
        <translation>Antwort: nach Weiterleitung</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="36"/>
        <source>Get a copy of your data and learn how it is used (Art. 15).</source>
        <translation>Eine Kopie Ihrer Daten erhalten und erfahren, wie sie verwendet werden (Art. 15).</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="37"/>
        <source>Have wrong or incomplete data corrected (Art. 16).</source>
        <translation>Falsche oder unvollständige Daten berichtigen lassen (Art. 16).</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="38"/>
        <source>Have your data deleted and its recipients told (Art. 17, 19).</source>
        <translation>Ihre Daten löschen und die Empfänger darüber informieren lassen (Art. 17, 19).</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="44"/>
        <source>Stop direct marketing; no reason needed (Art. 21(2)).</source>
        <translation>Direktwerbung beenden, ohne Begründung (Art. 21 Abs. 2).</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="45"/>
        <source>Have a person review a decision a machine made (Art. 22).</source>
        <translation>Eine von einer Maschine getroffene Entscheidung von einem Menschen überprüfen lassen (Art. 22).</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="47"/>
        <source>Take back a consent you gave (Art. 7(3)).</source>
        <translation>Eine erteilte Einwilligung widerrufen (Art. 7 Abs. 3).</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="48"/>
        <source>Say what happens to your data after your death (France).</source>
        <translation>Festlegen, was nach Ihrem Tod mit Ihren Daten geschieht (Frankreich).</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="51"/>
        <source>Optional: anything in particular, e.g. the recordings of your calls.</source>
        <translation>Optional: etwas Bestimmtes, z. B. die Aufzeichnungen Ihrer Anrufe.</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="52"/>
        <source>What is wrong and what it should say, e.g. “My address is 3 rue des Lilas, not 3 rue des Roses.”</source>
        <translation>Was falsch ist und was stattdessen stehen sollte, z. B. „Meine Anschrift ist Lindenstraße 3, nicht Rosenstraße 3.“</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="54"/>
        <source>Optional: why, e.g. “I closed my account in March.”</source>
        <translation>Optional: warum, z. B. „Ich habe mein Konto im März gekündigt.“</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="55"/>
        <source>Why, e.g. “I contest the accuracy of my data.”</source>
        <translation>Warum, z. B. „Ich bestreite die Richtigkeit meiner Daten.“</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="56"/>
        <source>Optional: the format you want, or who should receive the data.</source>
        <translation>Optional: das gewünschte Format oder wer die Daten erhalten soll.</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="57"/>
        <source>Which use of your data you object to, and why in your situation.</source>
        <translation>Welcher Nutzung Ihrer Daten Sie widersprechen und warum, bezogen auf Ihre Situation.</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="58"/>
        <source>Optional: which messages, e.g. newsletters and calls.</source>
        <translation>Optional: welche Nachrichten, z. B. Newsletter und Anrufe.</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="59"/>
        <source>Which decision, e.g. “the refusal of my credit on 3 May.”</source>
        <translation>Welche Entscheidung, z. B. „die Ablehnung meines Kredits am 3. Mai“.</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="61"/>
        <source>Which consent, e.g. “the newsletter I subscribed to in 2021.”</source>
        <translation>Welche Einwilligung, z. B. „der Newsletter, den ich 2021 abonniert habe“.</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="63"/>
        <source>Your directives, e.g. “delete my account” and who carries them out.</source>
        <translation>Ihre Verfügungen, z. B. „mein Konto löschen“, und wer sie ausführt.</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="67"/>
        <source>They ask for a copy of an ID card, or more identification than needed</source>
        <translation>Sie verlangen eine Ausweiskopie oder mehr Identitätsnachweise als nötig</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="69"/>
        <source>They call the request excessive, or ask for a fee</source>
        <translation>Sie halten die Anfrage für exzessiv oder verlangen eine Gebühr</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="71"/>
        <source>They answered in another language, or only in part</source>
        <translation>Sie haben in einer anderen Sprache oder nur teilweise geantwortet</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="73"/>
        <source>They want another channel, their form, or a signature</source>
        <translation>Sie verlangen einen anderen Weg, ihr Formular oder eine Unterschrift</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="75"/>
        <source>They say they hold no data, but you have evidence they do</source>
        <translation>Sie behaupten, keine Daten zu haben, aber Sie haben Belege für das Gegenteil</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="77"/>
        <source>They forwarded your request elsewhere, and nobody answered</source>
        <translation>Sie haben Ihre Anfrage weitergeleitet, und niemand hat geantwortet</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="81"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="82"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="83"/>
        <source>Acknowledged</source>
        <translation>Eingang bestätigt</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="84"/>
        <source>Identification asked</source>
        <translation>Identifizierung verlangt</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="85"/>
        <location filename="../../ui/request_words.py" line="99"/>
        <source>Identification provided</source>
        <translation>Identität nachgewiesen</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="86"/>
        <source>Extended</source>
        <translation>Verlängert</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="87"/>
        <location filename="../../ui/request_words.py" line="105"/>
        <source>Reminder sent</source>
        <translation>Erinnerung gesendet</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="88"/>
        <location filename="../../ui/request_words.py" line="106"/>
        <source>Complaint filed</source>
        <translation>Beschwerde eingereicht</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="89"/>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="90"/>
        <source>Partly answered</source>
        <translation>Teilweise beantwortet</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="91"/>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="92"/>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="95"/>
        <source>Request sent</source>
        <translation>Anfrage gesendet</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="96"/>
        <source>Delivered to the controller</source>
        <translation>Dem Verantwortlichen zugestellt</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="97"/>
        <source>Receipt acknowledged</source>
        <translation>Eingang bestätigt</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="98"/>
        <source>Controller asked for identification</source>
        <translation>Verantwortlicher verlangt Identifizierung</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="100"/>
        <source>Deadline extended by the controller</source>
        <translation>Frist vom Verantwortlichen verlängert</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="101"/>
        <source>Controller answered</source>
        <translation>Antwort des Verantwortlichen</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="102"/>
        <source>Controller answered in part</source>
        <translation>Teilantwort des Verantwortlichen</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="103"/>
        <source>Controller refused</source>
        <translation>Ablehnung durch den Verantwortlichen</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="104"/>
        <source>Case closed</source>
        <translation>Vorgang abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="107"/>
        <source>Reply sent to the controller</source>
        <translation>Antwort an den Verantwortlichen gesendet</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="110"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="111"/>
        <source>Web form</source>
        <translation>Webformular</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="112"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="113"/>
        <source>Registered post</source>
        <translation>Einschreiben</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="116"/>
        <source>Send reminder</source>
        <translation>Erinnerung senden</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="117"/>
        <source>File complaint</source>
        <translation>Beschwerde einreichen</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="118"/>
        <source>Record delivery</source>
        <translation>Zustellung erfassen</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="119"/>
        <source>Check the answer</source>
        <translation>Antwort prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="120"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="123"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="124"/>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="125"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="180"/>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/request_words.py" line="182"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>noch %n Tag</numerusform>
            <numerusform>noch %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/request_words.py" line="183"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="191"/>
        <source>%1 (estimate)</source>
        <translation>%1 (geschätzt)</translation>
    </message>
    <message>
        <source>Fee paid</source>
        <translation>Gebühr bezahlt</translation>
    </message>
    <message>
        <source>Controller asked what the request concerns</source>
        <translation>Verantwortlicher fragt, worauf sich der Antrag bezieht</translation>
    </message>
    <message>
        <source>Clarification provided</source>
        <translation>Präzisierung übermittelt</translation>
    </message>
    <message>
        <source>app</source>
        <translation>App</translation>
    </message>
    <message>
        <source>checkbox</source>
        <translation>Kontrollkästchen</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>persönlich</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>web form</source>
        <translation>Webformular</translation>
    </message>
    <message>
        <source>Sent by: %1</source>
        <translation>Versand: %1</translation>
    </message>
    <message>
        <source>Have your data kept but no longer used while a dispute lasts (Art. 18).</source>
        <translation>Ihre Daten aufbewahren, aber nicht mehr nutzen lassen, solange ein Streit andauert (Art. 18).</translation>
    </message>
    <message>
        <source>Get the data you gave them in a file another service can import (Art. 20).</source>
        <translation>Die Daten, die Sie ihnen gegeben haben, in einer Datei erhalten, die ein anderer Dienst einlesen kann (Art. 20).</translation>
    </message>
    <message>
        <source>Make them stop a use of your data they justify by their own interests, for a reason of your own situation (Art. 21(1)).</source>
        <translation>Eine Nutzung Ihrer Daten, die sie mit eigenen Interessen begründen, aus Gründen Ihrer besonderen Situation beenden lassen (Art. 21 Abs. 1).</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../ui/requests_page.py" line="37"/>
        <source>Search by controller name or reference</source>
        <translation>Nach Verantwortlichem oder Referenz suchen</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="38"/>
        <source>Search requests</source>
        <translation>Anfragen suchen</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="39"/>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="40"/>
        <source>Right filter</source>
        <translation>Filter nach Recht</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="41"/>
        <source>Overdue only</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="42"/>
        <source>Show overdue requests only</source>
        <translation>Nur überfällige Anfragen anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="48"/>
        <source>New request…</source>
        <translation>Neue Anfrage…</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="49"/>
        <source>Write a new request</source>
        <translation>Neue Anfrage schreiben</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="81"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="81"/>
        <source>Waiting for an answer</source>
        <translation>Warten auf Antwort</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="82"/>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="83"/>
        <source>Answered or refused</source>
        <translation>Beantwortet/abgelehnt</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="87"/>
        <source>All rights and follow-ups</source>
        <translation>Alle Rechte und Folgeschreiben</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="87"/>
        <source>Requests (no follow-ups)</source>
        <translation>Anfragen (ohne Folgeschreiben)</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="89"/>
        <source>Replies to obstacles</source>
        <translation>Antworten auf Hindernisse</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="109"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/requests_page.py" line="157"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionPanel</name>
    <message>
        <location filename="../../ui/retention_panel.py" line="21"/>
        <source>What is kept</source>
        <translation>Was gespeichert wird</translation>
    </message>
    <message>
        <location filename="../../ui/retention_panel.py" line="21"/>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <location filename="../../ui/retention_panel.py" line="21"/>
        <source>Basis</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <location filename="../../ui/retention_panel.py" line="22"/>
        <source>Retention periods</source>
        <translation>Speicherdauern</translation>
    </message>
    <message>
        <location filename="../../ui/retention_panel.py" line="25"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/retention_panel.py" line="25"/>
        <source>Add a retention period</source>
        <translation>Speicherdauer hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/retention_panel.py" line="26"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../ui/retention_panel.py" line="26"/>
        <source>Edit the selected retention period</source>
        <translation>Ausgewählte Speicherdauer bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/retention_panel.py" line="28"/>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <location filename="../../ui/retention_panel.py" line="29"/>
        <source>Remove the selected retention period</source>
        <translation>Ausgewählte Speicherdauer entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/retention_panel.py" line="75"/>
        <source>Remove the retention period “%1”?</source>
        <translation>Die Speicherdauer „%1“ entfernen?</translation>
    </message>
    <message>
        <location filename="../../ui/retention_panel.py" line="74"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>RetentionPeriodDialog</name>
    <message>
        <location filename="../../ui/controller_dialog.py" line="71"/>
        <source>New retention period</source>
        <translation>Neue Speicherdauer</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="71"/>
        <source>Edit retention period</source>
        <translation>Speicherdauer bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="76"/>
        <source>What is kept *</source>
        <translation>Was gespeichert wird *</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="77"/>
        <source>e.g. invoices, account data</source>
        <translation>z. B. Rechnungen, Kontodaten</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="78"/>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="79"/>
        <source>Basis</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="80"/>
        <source>e.g. the law or the policy that says so</source>
        <translation>z. B. das Gesetz oder die Richtlinie, die es vorsieht</translation>
    </message>
    <message>
        <source>A retention period is how long the organisation says it keeps one kind of your data; once it has passed, the app suggests asking for erasure.</source>
        <translation>Eine Speicherdauer ist die Zeit, die eine Stelle nach eigener Angabe eine Art Ihrer Daten aufbewahrt; ist sie abgelaufen, schlägt die App vor, die Löschung zu verlangen.</translation>
    </message>
</context>
<context>
    <name>RightPage</name>
    <message>
        <location filename="../../ui/wizard_pages.py" line="237"/>
        <source>Right</source>
        <translation>Recht</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_pages.py" line="238"/>
        <source>What do you ask for?</source>
        <translation>Was verlangen Sie?</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_pages.py" line="252"/>
        <source>Details</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_pages.py" line="255"/>
        <source>Details for the letter:</source>
        <translation>Angaben für den Brief:</translation>
    </message>
</context>
<context>
    <name>SentDialog</name>
    <message>
        <location filename="../../ui/sent_dialog.py" line="89"/>
        <source>Mark as sent</source>
        <translation>Versand erfassen</translation>
    </message>
    <message>
        <location filename="../../ui/sent_dialog.py" line="91"/>
        <source>The letter is kept exactly as it is now; later changes make a new letter.</source>
        <translation>Der Brief wird genau so aufbewahrt, wie er jetzt ist; spätere Änderungen ergeben einen neuen Brief.</translation>
    </message>
    <message>
        <location filename="../../ui/sent_dialog.py" line="96"/>
        <source>Mark sent</source>
        <translation>Versand erfassen</translation>
    </message>
</context>
<context>
    <name>SentForm</name>
    <message>
        <source>Tracking number of the registered letter</source>
        <translation>Sendungsnummer des Einschreibens</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Sendungsnummer</translation>
    </message>
    <message>
        <location filename="../../ui/sent_dialog.py" line="33"/>
        <source>Date sent</source>
        <translation>Sendedatum</translation>
    </message>
    <message>
        <location filename="../../ui/sent_dialog.py" line="35"/>
        <location filename="../../ui/sent_dialog.py" line="47"/>
        <source>Channel</source>
        <translation>Versandweg</translation>
    </message>
    <message>
        <location filename="../../ui/sent_dialog.py" line="38"/>
        <source>Delivery date known</source>
        <translation>Zustelldatum bekannt</translation>
    </message>
    <message>
        <location filename="../../ui/sent_dialog.py" line="39"/>
        <source>The delivery date is known</source>
        <translation>Das Zustelldatum ist bekannt</translation>
    </message>
    <message>
        <location filename="../../ui/sent_dialog.py" line="41"/>
        <source>Delivery date</source>
        <translation>Zustelldatum</translation>
    </message>
    <message>
        <location filename="../../ui/sent_dialog.py" line="46"/>
        <source>Sent on</source>
        <translation>Gesendet am</translation>
    </message>
    <message>
        <location filename="../../ui/sent_dialog.py" line="71"/>
        <source>Until you enter the delivery date, the deadline is counted from an estimate: three working days after sending.</source>
        <translation>Bis Sie das Zustelldatum eintragen, wird die Frist ab einem Schätzwert berechnet: drei Werktage nach dem Versand.</translation>
    </message>
    <message>
        <location filename="../../ui/sent_dialog.py" line="74"/>
        <source>The deadline is counted from the delivery date.</source>
        <translation>Die Frist wird ab dem Zustelldatum berechnet.</translation>
    </message>
    <message>
        <location filename="../../ui/sent_dialog.py" line="76"/>
        <source>The deadline is counted from the day sent.</source>
        <translation>Die Frist wird ab dem Sendetag berechnet.</translation>
    </message>
</context>
<context>
    <name>SentPage</name>
    <message>
        <location filename="../../ui/request_wizard.py" line="77"/>
        <source>Sent?</source>
        <translation>Gesendet?</translation>
    </message>
    <message>
        <location filename="../../ui/request_wizard.py" line="78"/>
        <source>Marking the request sent freezes the letter and starts the legal deadline.</source>
        <translation>Wenn Sie den Versand erfassen, wird der Brief festgeschrieben und die gesetzliche Frist beginnt.</translation>
    </message>
    <message>
        <location filename="../../ui/request_wizard.py" line="79"/>
        <source>I have sent it</source>
        <translation>Ich habe ihn gesendet</translation>
    </message>
    <message>
        <location filename="../../ui/request_wizard.py" line="80"/>
        <source>The letter was sent</source>
        <translation>Der Brief wurde gesendet</translation>
    </message>
    <message>
        <location filename="../../ui/request_wizard.py" line="81"/>
        <source>Keep it as a draft; I will send it later</source>
        <translation>Als Entwurf behalten; ich sende ihn später</translation>
    </message>
    <message>
        <location filename="../../ui/request_wizard.py" line="82"/>
        <source>Keep the letter as a draft</source>
        <translation>Brief als Entwurf behalten</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../ui/session.py" line="202"/>
        <source>Checking the backup…</source>
        <translation>Sicherung wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="221"/>
        <source>The backup was not restored: %1 Unlock the vault to continue.</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt: %1 Entsperren Sie den Tresor, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="226"/>
        <source>Restoring the backup…</source>
        <translation>Sicherung wird wiederhergestellt…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Clear copied values after:</source>
        <translation>Kopierte Werte löschen nach:</translation>
    </message>
    <message>
        <source>Seconds before a copied value leaves the clipboard</source>
        <translation>Sekunden, bis ein kopierter Wert aus der Zwischenablage entfernt wird</translation>
    </message>
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
    <name>Timeline</name>
    <message>
        <location filename="../../ui/timeline.py" line="55"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="55"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="55"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="56"/>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="57"/>
        <source>Drop files here to record an event with attachments.</source>
        <translation>Legen Sie hier Dateien ab, um ein Ereignis mit Anhängen zu erfassen.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="70"/>
        <source>View</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="71"/>
        <source>View the selected attachment</source>
        <translation>Ausgewählten Anhang anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="73"/>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="74"/>
        <source>Save the selected attachment as a file</source>
        <translation>Ausgewählten Anhang als Datei speichern</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="76"/>
        <source>Drop files on the timeline to record an event with them.</source>
        <translation>Ziehen Sie Dateien auf den Verlauf, um damit ein Ereignis zu erfassen.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="96"/>
        <source>%1 (too late: the original deadline stands)</source>
        <translation>%1 (zu spät: Die ursprüngliche Frist gilt weiter)</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="101"/>
        <source>Attachment %1</source>
        <translation>Anhang %1</translation>
    </message>
</context>
<context>
    <name>ToolsMenu</name>
    <message>
        <source>Check &amp;mail…</source>
        <translation>E-&amp;Mails abrufen…</translation>
    </message>
    <message>
        <location filename="../../ui/tools_menu.py" line="42"/>
        <source>Import privacy &amp;policy…</source>
        <translation>&amp;Datenschutzerklärung importieren…</translation>
    </message>
    <message>
        <location filename="../../ui/tools_menu.py" line="44"/>
        <source>Import controller &amp;directory…</source>
        <translation>&amp;Verzeichnis der Verantwortlichen importieren…</translation>
    </message>
    <message>
        <location filename="../../ui/tools_menu.py" line="46"/>
        <source>New requests for a &amp;category…</source>
        <translation>Neue Anfragen für eine &amp;Kategorie…</translation>
    </message>
    <message>
        <location filename="../../ui/tools_menu.py" line="48"/>
        <source>&amp;Who leaked this?…</source>
        <translation>&amp;Datenleck suchen…</translation>
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
        <source>%1 (locked)</source>
        <translation>%1 (gesperrt)</translation>
    </message>
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
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../ui/consent_dialog.py" line="139"/>
        <source>Withdraw consent</source>
        <translation>Einwilligung widerrufen</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="152"/>
        <source>Withdrawn on</source>
        <translation>Widerrufen am</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="153"/>
        <source>Also object to direct marketing (art. 21(2) GDPR)</source>
        <translation>Außerdem der Direktwerbung widersprechen (Art. 21 Abs. 2 DSGVO)</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="154"/>
        <source>Objection</source>
        <translation>Widerspruch</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="155"/>
        <source>A draft withdrawal request with its letter (art. 7(3) GDPR) is created; send it from the Requests page.</source>
        <translation>Eine Widerrufsanfrage mit Brief (Art. 7 Abs. 3 DSGVO) wird als Entwurf angelegt; versenden Sie sie über die Seite „Anfragen“.</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="160"/>
        <source>Withdraw</source>
        <translation>Widerrufen</translation>
    </message>
</context>
<context>
    <name>OrganisationChoice</name>
    <message>
        <source>Country variant</source>
        <translation>Ländervariante</translation>
    </message>
    <message>
        <source>Variant:</source>
        <translation>Variante:</translation>
    </message>
    <message>
        <source>For people in the EEA, the controller of %1 is %2 (%3), as its privacy policy says (%4, checked %5). A complaint can go to its lead authority or to your own.</source>
        <translation>Für Personen im EWR ist %2 (%3) Verantwortlicher für %1, so steht es in seiner Datenschutzerklärung (%4, geprüft am %5). Eine Beschwerde kann an die federführende Aufsichtsbehörde oder an Ihre eigene gehen.</translation>
    </message>
    <message>
        <source>Write to %1</source>
        <translation>An %1 schreiben</translation>
    </message>
</context>
<context>
    <name>IdCopyDialog</name>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="265"/>
        <source>Making the copy…</source>
        <translation>Kopie wird erstellt…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="65"/>
        <source>Add a document…</source>
        <translation>Dokument hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="187"/>
        <source>Add a scan or photo of an identity document first.</source>
        <translation>Fügen Sie zuerst einen Scan oder ein Foto eines Ausweisdokuments hinzu.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="76"/>
        <source>Add an area</source>
        <translation>Bereich hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="66"/>
        <source>Add an identity document</source>
        <translation>Ausweisdokument hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="71"/>
        <source>Also the photo, height and eye colour</source>
        <translation>Auch Lichtbild, Größe und Augenfarbe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="177"/>
        <source>Back</source>
        <translation>Rückseite</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="55"/>
        <source>Copy of an identity document</source>
        <translation>Kopie eines Ausweisdokuments</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="248"/>
        <source>Copy saved to %1 and recorded as sent with the request. Now save the cover letter and send both.</source>
        <translation>Kopie unter %1 gespeichert und beim Antrag als gesendet vermerkt. Speichern Sie nun das Begleitschreiben und senden Sie beides.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="271"/>
        <source>Cover letter saved to %1.</source>
        <translation>Begleitschreiben unter %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="132"/>
        <source>Cover letter:</source>
        <translation>Begleitschreiben:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="108"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="133"/>
        <source>E-mail with the copy…</source>
        <translation>E-Mail mit der Kopie…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="57"/>
        <source>For %1, request %2. Only this copy leaves the vault: grey, reduced, with the areas below blacked out and a watermark naming the recipient, the request and the date.</source>
        <translation>Für %1, Antrag %2. Nur diese Kopie verlässt den Tresor: in Graustufen, verkleinert, mit den unten gezeigten Bereichen geschwärzt und einem Wasserzeichen mit Empfänger, Antrag und Datum.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="84"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="177"/>
        <source>Front</source>
        <translation>Vorderseite</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="63"/>
        <source>Identity document</source>
        <translation>Ausweisdokument</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="89"/>
        <source>Make the copy, save it and record it as sent</source>
        <translation>Kopie erstellen, speichern und als gesendet vermerken</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="88"/>
        <source>Make the copy…</source>
        <translation>Kopie erstellen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="231"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="82"/>
        <source>PDF (watermark also as text)</source>
        <translation>PDF (Wasserzeichen auch als Text)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="135"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="83"/>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="231"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="69"/>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="179"/>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="72"/>
        <source>Propose areas</source>
        <translation>Bereiche vorschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="77"/>
        <source>Remove the selected area</source>
        <translation>Ausgewählten Bereich entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="73"/>
        <source>Replace the areas with the preset for this document</source>
        <translation>Bereiche durch die Vorgabe für dieses Dokument ersetzen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="230"/>
        <source>Save the copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="260"/>
        <source>Save the cover letter</source>
        <translation>Begleitschreiben speichern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="136"/>
        <source>Save the cover letter as PDF</source>
        <translation>Begleitschreiben als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="134"/>
        <source>Save the cover letter as an e-mail with the copy attached</source>
        <translation>Begleitschreiben als E-Mail mit der Kopie im Anhang speichern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="138"/>
        <source>Save the cover letter as plain text</source>
        <translation>Begleitschreiben als reinen Text speichern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="93"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="137"/>
        <source>Text…</source>
        <translation>Text…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="87"/>
        <source>Watermark</source>
        <translation>Wasserzeichen</translation>
    </message>
</context>
<context>
    <name>IdDocumentDialog</name>
    <message>
        <location filename="../../ui/dialogs/id_document.py" line="68"/>
        <source>Back</source>
        <translation>Rückseite</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_document.py" line="73"/>
        <source>Choose the file of the document&apos;s front.</source>
        <translation>Wählen Sie die Datei der Vorderseite des Dokuments.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_document.py" line="66"/>
        <source>Front *</source>
        <translation>Vorderseite *</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_document.py" line="63"/>
        <source>Issuing country *</source>
        <translation>Ausstellungsstaat *</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_document.py" line="62"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_document.py" line="64"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_document.py" line="59"/>
        <source>New identity document</source>
        <translation>Neues Ausweisdokument</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_document.py" line="63"/>
        <source>e.g. DE, FR</source>
        <translation>z. B. DE, FR</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_document.py" line="64"/>
        <source>e.g. ID card until 2031</source>
        <translation>z. B. Personalausweis bis 2031</translation>
    </message>
</context>
<context>
    <name>IdDocuments</name>
    <message>
        <location filename="../../ui/dialogs/id_document.py" line="22"/>
        <source>Driving licence</source>
        <translation>Führerschein</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_document.py" line="19"/>
        <source>National identity card</source>
        <translation>Personalausweis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_document.py" line="20"/>
        <source>Passport</source>
        <translation>Reisepass</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_document.py" line="21"/>
        <source>Residence permit</source>
        <translation>Aufenthaltstitel</translation>
    </message>
</context>
<context>
    <name>IdDocumentsPanel</name>
    <message>
        <location filename="../../ui/pages/id_document_panel.py" line="23"/>
        <source>Add an identity document</source>
        <translation>Ausweisdokument hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/id_document_panel.py" line="23"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/id_document_panel.py" line="21"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/pages/id_document_panel.py" line="22"/>
        <source>Identity documents</source>
        <translation>Ausweisdokumente</translation>
    </message>
    <message>
        <location filename="../../ui/pages/id_document_panel.py" line="21"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/pages/id_document_panel.py" line="21"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../../ui/pages/id_document_panel.py" line="66"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/id_document_panel.py" line="67"/>
        <source>Remove the document “%1” and its scans? Copies already sent stay with their requests.</source>
        <translation>Das Dokument „%1“ und seine Scans entfernen? Bereits gesendete Kopien bleiben bei ihren Anträgen.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/id_document_panel.py" line="24"/>
        <source>Remove the selected document</source>
        <translation>Ausgewähltes Dokument entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/id_document_panel.py" line="24"/>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/id_document_panel.py" line="26"/>
        <source>Scans stay in the encrypted vault. To send one, open the request and choose Follow-up ▸ Send a redacted copy of an identity document.</source>
        <translation>Scans bleiben im verschlüsselten Tresor. Um einen zu senden, öffnen Sie den Antrag und wählen Sie Nachfassen ▸ Geschwärzte Kopie eines Ausweisdokuments senden.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/id_document_panel.py" line="21"/>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../../ui/pages/id_document_panel.py" line="48"/>
        <source>front</source>
        <translation>Vorderseite</translation>
    </message>
    <message>
        <location filename="../../ui/pages/id_document_panel.py" line="48"/>
        <source>front and back</source>
        <translation>Vorder- und Rückseite</translation>
    </message>
</context>
<context>
    <name>RedactionEditor</name>
    <message>
        <location filename="../../ui/widgets/redaction_editor.py" line="104"/>
        <source>Drag an area to move it, drag its red corner to resize it.</source>
        <translation>Ziehen Sie einen Bereich, um ihn zu verschieben, und seine rote Ecke, um seine Größe zu ändern.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/redaction_editor.py" line="103"/>
        <source>Page with the areas to black out</source>
        <translation>Seite mit den zu schwärzenden Bereichen</translation>
    </message>
</context>
<context>
    <name>_FileField</name>
    <message>
        <location filename="../../ui/dialogs/id_document.py" line="41"/>
        <source>Choose a file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_document.py" line="49"/>
        <source>Choose a scan or photo</source>
        <translation>Scan oder Foto auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_document.py" line="40"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_document.py" line="39"/>
        <source>JPEG, PNG or PDF</source>
        <translation>JPEG, PNG oder PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_document.py" line="50"/>
        <source>Scans and photos (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>Scans und Fotos (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
</context>
<context>
    <name>CheckMailDialog</name>
    <message>
        <source>The selected message</source>
        <translation>Die gewählte Nachricht</translation>
    </message>
    <message>
        <source>This message matched no request; it is read again from the server when you accept it.</source>
        <translation>Diese Nachricht passt zu keinem Antrag; sie wird erneut vom Server gelesen, wenn Sie sie übernehmen.</translation>
    </message>
    <message>
        <source>%1 new message(s) read.</source>
        <translation>%1 neue Nachricht(en) gelesen.</translation>
    </message>
    <message>
        <source>(choose a request)</source>
        <translation>(Antrag wählen)</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut abrufen</translation>
    </message>
    <message>
        <source>Check mail</source>
        <translation>E-Mails abrufen</translation>
    </message>
    <message>
        <source>Checking mail…</source>
        <translation>E-Mails werden abgerufen…</translation>
    </message>
    <message>
        <source>Choose the request this message belongs to.</source>
        <translation>Wählen Sie den Antrag, zu dem diese Nachricht gehört.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Leave the message out of every request</source>
        <translation>Die Nachricht keinem Antrag zuordnen</translation>
    </message>
    <message>
        <source>Mail status</source>
        <translation>E-Mail-Status</translation>
    </message>
    <message>
        <source>Messages waiting</source>
        <translation>Wartende Nachrichten</translation>
    </message>
    <message>
        <source>No identity has a mail account yet: set one up on the Identities page.</source>
        <translation>Noch keine Identität hat ein E-Mail-Konto: Richten Sie eines auf der Seite Identitäten ein.</translation>
    </message>
    <message>
        <source>Proposed request</source>
        <translation>Vorgeschlagener Antrag</translation>
    </message>
    <message>
        <source>Record the message as this event of this request</source>
        <translation>Die Nachricht als dieses Ereignis dieses Antrags erfassen</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Erfasst.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <source>Request the message belongs to</source>
        <translation>Antrag, zu dem die Nachricht gehört</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>The e-mail did not arrive: send the letter by post to the controller's postal address.</source>
        <translation>Die E-Mail ist nicht angekommen: Senden Sie den Brief per Post an die Postanschrift des Verantwortlichen.</translation>
    </message>
    <message>
        <source>What the message is</source>
        <translation>Art der Nachricht</translation>
    </message>
</context>
<context>
    <name>MailAccountDialog</name>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>E-mail address *</source>
        <translation>E-Mail-Adresse *</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>From the port (465 and 993: TLS; 587 and 143: STARTTLS)</source>
        <translation>Nach dem Port (465 und 993: TLS; 587 und 143: STARTTLS)</translation>
    </message>
    <message>
        <source>In the system keyring</source>
        <translation>Im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>In the vault (encrypted)</source>
        <translation>Im Tresor (verschlüsselt)</translation>
    </message>
    <message>
        <source>Incoming server (IMAP) *</source>
        <translation>Posteingangsserver (IMAP) *</translation>
    </message>
    <message>
        <source>Keep the password</source>
        <translation>Passwort aufbewahren</translation>
    </message>
    <message>
        <source>Mail account</source>
        <translation>E-Mail-Konto</translation>
    </message>
    <message>
        <source>None (only for a server on this computer)</source>
        <translation>Keine (nur für einen Server auf diesem Computer)</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>OK: %1</translation>
    </message>
    <message>
        <source>Outgoing server (SMTP) *</source>
        <translation>Postausgangsserver (SMTP) *</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Test the connection to both servers</source>
        <translation>Die Verbindung zu beiden Servern testen</translation>
    </message>
    <message>
        <source>The address, unless your provider says otherwise</source>
        <translation>Die Adresse, sofern Ihr Anbieter nichts anderes angibt</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
</context>
<context>
    <name>SendMailDialog</name>
    <message>
        <source>Attach a file</source>
        <translation>Datei anhängen</translation>
    </message>
    <message>
        <source>Attach a file…</source>
        <translation>Datei anhängen…</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Angehängte Dateien</translation>
    </message>
    <message>
        <source>Did the e-mail leave from your mail program? Marking the request sent freezes the letter and starts the deadline.</source>
        <translation>Wurde die E-Mail aus Ihrem E-Mail-Programm gesendet? Wird der Antrag als gesendet markiert, wird der Brief festgeschrieben und die Frist beginnt.</translation>
    </message>
    <message>
        <source>E-mail (*.eml)</source>
        <translation>E-Mail (*.eml)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>It was sent</source>
        <translation>Sie wurde gesendet</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Open in my mail program</source>
        <translation>In meinem E-Mail-Programm öffnen</translation>
    </message>
    <message>
        <source>Save the draft e-mail</source>
        <translation>E-Mail-Entwurf speichern</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send by e-mail</source>
        <translation>Per E-Mail senden</translation>
    </message>
    <message>
        <source>Sending status</source>
        <translation>Sendestatus</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Set up a mail account…</source>
        <translation>E-Mail-Konto einrichten…</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>The message as it will be sent</source>
        <translation>Die Nachricht, wie sie gesendet wird</translation>
    </message>
    <message>
        <source>This identity has no mail account: set one up to send from here, or open the message in your own mail program.</source>
        <translation>Diese Identität hat kein E-Mail-Konto: Richten Sie eines ein, um von hier zu senden, oder öffnen Sie die Nachricht in Ihrem eigenen E-Mail-Programm.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
</context>
</TS>
