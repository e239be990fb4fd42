<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../../ui/attachment_viewer.py" line="33"/>
        <source>Save the attachment</source>
        <translation>Enregistrer la pièce jointe</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_viewer.py" line="52"/>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_viewer.py" line="53"/>
        <source>Attachment viewer</source>
        <translation>Visionneuse de pièce jointe</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_viewer.py" line="56"/>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_viewer.py" line="59"/>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_viewer.py" line="60"/>
        <source>Save the attachment as a file</source>
        <translation>Enregistrer la pièce jointe dans un fichier</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_viewer.py" line="77"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_viewer.py" line="84"/>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location filename="../../ui/attachment_viewer.py" line="88"/>
        <source>This kind of file cannot be shown here; use “Save as…” to open it with another program.</source>
        <translation>Ce type de fichier ne peut pas être affiché ici ; utilisez « Enregistrer sous… » pour l&apos;ouvrir avec un autre programme.</translation>
    </message>
</context>
<context>
    <name>BackupPassphraseDialog</name>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="60"/>
        <location filename="../../ui/passphrase_dialog.py" line="61"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="64"/>
        <source>Passphrase of the backup</source>
        <translation>Phrase secrète de la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="66"/>
        <source>Replace the vault</source>
        <translation>Remplacer le coffre</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="67"/>
        <source>Replace the vault with the backup</source>
        <translation>Remplacer le coffre par la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="71"/>
        <source>Passphrase of the backup:</source>
        <translation>Phrase secrète de la sauvegarde :</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="74"/>
        <source>The vault will be locked and replaced by the backup, once the backup has been checked. The current vault is kept beside it as a .bak file. After the restore, the vault opens with the backup&apos;s passphrase.</source>
        <translation>Le coffre sera verrouillé puis remplacé par la sauvegarde, une fois celle-ci vérifiée. Le coffre actuel est conservé à côté, dans un fichier .bak. Après la restauration, le coffre s&apos;ouvre avec la phrase secrète de la sauvegarde.</translation>
    </message>
</context>
<context>
    <name>BulkRequestDialog</name>
    <message>
        <location filename="../../ui/bulk_request_dialog.py" line="29"/>
        <location filename="../../ui/bulk_request_dialog.py" line="30"/>
        <source>New requests for several controllers</source>
        <translation>Nouvelles demandes à plusieurs responsables du traitement</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_request_dialog.py" line="32"/>
        <source>Every controller in a category</source>
        <translation>Tous les responsables du traitement d&apos;une catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_request_dialog.py" line="33"/>
        <source>The controllers I tick</source>
        <translation>Les responsables du traitement que je coche</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_request_dialog.py" line="38"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_request_dialog.py" line="40"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_request_dialog.py" line="44"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_request_dialog.py" line="48"/>
        <source>Right</source>
        <translation>Droit</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_request_dialog.py" line="52"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_request_dialog.py" line="53"/>
        <source>Each controller&apos;s language</source>
        <translation>La langue de chaque responsable du traitement</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_request_dialog.py" line="59"/>
        <source>Details</source>
        <translation>Précisions</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_request_dialog.py" line="60"/>
        <source>Optional: what exactly you ask, added to every letter</source>
        <translation>Facultatif : ce que vous demandez précisément, ajouté à chaque lettre</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_request_dialog.py" line="63"/>
        <source>How many requests</source>
        <translation>Nombre de demandes</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_request_dialog.py" line="66"/>
        <source>Create requests</source>
        <translation>Créer les demandes</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_request_dialog.py" line="70"/>
        <source>Identity:</source>
        <translation>Identité :</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_request_dialog.py" line="71"/>
        <source>Right:</source>
        <translation>Droit :</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_request_dialog.py" line="72"/>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_request_dialog.py" line="73"/>
        <source>Details:</source>
        <translation>Précisions :</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bulk_request_dialog.py" line="101"/>
        <source>%n draft request(s) will be created, each with its own letter.</source>
        <translation>
            <numerusform>%n demande sera créée en brouillon, avec sa propre lettre.</numerusform>
            <numerusform>%n demandes seront créées en brouillon, chacune avec sa propre lettre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/bulk_request_dialog.py" line="106"/>
        <source>Create %n draft request(s) as “%1”?</source>
        <translation>
            <numerusform>Créer %n demande en brouillon au nom de « %1 » ?</numerusform>
            <numerusform>Créer %n demandes en brouillon au nom de « %1 » ?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/bulk_request_dialog.py" line="120"/>
        <source>Creating the requests…</source>
        <translation>Création des demandes…</translation>
    </message>
</context>
<context>
    <name>BulkRequests</name>
    <message>
        <location filename="../../ui/bulk_request_dialog.py" line="131"/>
        <source>Created %1 draft request(s); %2 could not be created.</source>
        <translation>Demandes créées en brouillon : %1 ; non créées : %2.</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_request_dialog.py" line="133"/>
        <source>Requests created</source>
        <translation>Demandes créées</translation>
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
        <translation>Nouveau consentement</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="87"/>
        <source>Edit consent</source>
        <translation>Modifier le consentement</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="91"/>
        <source>Identity *</source>
        <translation>Identité *</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="96"/>
        <source>Controller *</source>
        <translation>Responsable du traitement *</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="97"/>
        <source>Purpose *</source>
        <translation>Finalité *</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="98"/>
        <source>e.g. newsletter, personalised offers</source>
        <translation>p. ex. lettre d&apos;information, offres personnalisées</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="99"/>
        <source>Given on *</source>
        <translation>Donné le *</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="99"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="104"/>
        <source>How</source>
        <translation>Forme</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="112"/>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="113"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="128"/>
        <source>Add an identity first.</source>
        <translation>Ajoutez d&apos;abord une identité.</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="130"/>
        <source>Choose the controller the consent was given to.</source>
        <translation>Choisissez le responsable du traitement auquel le consentement a été donné.</translation>
    </message>
</context>
<context>
    <name>ConsentsPage</name>
    <message>
        <location filename="../../ui/consents_page.py" line="45"/>
        <source>Withdraw…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <location filename="../../ui/consents_page.py" line="46"/>
        <source>Withdraw the selected consent</source>
        <translation>Retirer le consentement sélectionné</translation>
    </message>
    <message>
        <location filename="../../ui/consents_page.py" line="48"/>
        <source>Save evidence…</source>
        <translation>Enregistrer la preuve…</translation>
    </message>
    <message>
        <location filename="../../ui/consents_page.py" line="49"/>
        <source>Save the evidence file of the selected consent</source>
        <translation>Enregistrer le fichier de preuve du consentement sélectionné</translation>
    </message>
    <message>
        <location filename="../../ui/consents_page.py" line="57"/>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <location filename="../../ui/consents_page.py" line="58"/>
        <location filename="../../ui/consents_page.py" line="97"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../../ui/consents_page.py" line="59"/>
        <location filename="../../ui/consents_page.py" line="98"/>
        <source>Controller</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../ui/consents_page.py" line="60"/>
        <location filename="../../ui/consents_page.py" line="99"/>
        <source>Given on</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <location filename="../../ui/consents_page.py" line="61"/>
        <location filename="../../ui/consents_page.py" line="100"/>
        <source>How</source>
        <translation>Forme</translation>
    </message>
    <message>
        <location filename="../../ui/consents_page.py" line="62"/>
        <location filename="../../ui/consents_page.py" line="101"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/consents_page.py" line="91"/>
        <source>%1 (%2 kB)</source>
        <translation>%1 (%2 ko)</translation>
    </message>
    <message>
        <location filename="../../ui/consents_page.py" line="94"/>
        <source>no. %1</source>
        <translation>n° %1</translation>
    </message>
    <message>
        <location filename="../../ui/consents_page.py" line="102"/>
        <source>Withdrawal request</source>
        <translation>Demande de retrait</translation>
    </message>
    <message>
        <location filename="../../ui/consents_page.py" line="103"/>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <location filename="../../ui/consents_page.py" line="104"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/consents_page.py" line="115"/>
        <source>Remove the consent “%1” given to %2, with its evidence? This does not withdraw it; use Withdraw… for that.</source>
        <translation>Supprimer le consentement « %1 » donné à %2, avec sa preuve ? Cela ne le retire pas ; utilisez « Retirer… » pour cela.</translation>
    </message>
    <message>
        <location filename="../../ui/consents_page.py" line="120"/>
        <source>Search consents (purpose, identity, controller, how)</source>
        <translation>Rechercher un consentement (finalité, identité, responsable du traitement, forme)</translation>
    </message>
    <message>
        <location filename="../../ui/consents_page.py" line="123"/>
        <source>Record a consent</source>
        <translation>Enregistrer un consentement</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/consents_page.py" line="126"/>
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n consentement</numerusform>
            <numerusform>%n consentements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/consents_page.py" line="134"/>
        <source>Withdraw the consent “%1” given to %2 on %3?</source>
        <translation>Retirer le consentement « %1 » donné à %2 le %3 ?</translation>
    </message>
    <message>
        <location filename="../../ui/consents_page.py" line="144"/>
        <source>Consent withdrawn</source>
        <translation>Consentement retiré</translation>
    </message>
    <message>
        <location filename="../../ui/consents_page.py" line="145"/>
        <source>Draft request(s) created: no. %1. Send them from the Requests page.</source>
        <translation>Demandes créées en brouillon : n° %1. Envoyez-les depuis la page « Demandes ».</translation>
    </message>
    <message>
        <location filename="../../ui/consents_page.py" line="157"/>
        <source>Save the evidence</source>
        <translation>Enregistrer la preuve</translation>
    </message>
    <message>
        <location filename="../../ui/consents_page.py" line="172"/>
        <source>Withdrawn on %1</source>
        <translation>Retiré le %1</translation>
    </message>
    <message>
        <location filename="../../ui/consents_page.py" line="173"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
</context>
<context>
    <name>ControllerDialog</name>
    <message>
        <location filename="../../ui/controller_dialog.py" line="19"/>
        <source>New controller</source>
        <translation>Nouveau responsable du traitement</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="19"/>
        <source>Edit controller</source>
        <translation>Modifier le responsable du traitement</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="24"/>
        <source>Name *</source>
        <translation>Nom *</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="25"/>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="25"/>
        <source>e.g. SA, GmbH, Ltd</source>
        <translation>p. ex. SA, SAS, GmbH</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="26"/>
        <source>Registration number</source>
        <translation>Numéro d&apos;immatriculation</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="27"/>
        <source>Postal address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="28"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="28"/>
        <source>Two-letter code, e.g. FR, DE</source>
        <translation>Code à deux lettres, p. ex. FR, DE</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="29"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="29"/>
        <source>e.g. BY, 57</source>
        <translation>p. ex. BY, 57</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="30"/>
        <source>DPO name</source>
        <translation>Nom du DPO</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="31"/>
        <source>DPO e-mail address</source>
        <translation>Adresse e-mail du DPO</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="32"/>
        <source>Other e-mail addresses</source>
        <translation>Autres adresses e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="33"/>
        <source>Web form</source>
        <translation>Formulaire web</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="34"/>
        <source>Web site</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="35"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="36"/>
        <source>Supervisory authority</source>
        <translation>Autorité de contrôle</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="38"/>
        <source>Transfers outside the EU</source>
        <translation>Transferts hors de l&apos;UE</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="39"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="39"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="39"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="41"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ControllerField</name>
    <message>
        <location filename="../../ui/controller_picker.py" line="153"/>
        <source>Controller</source>
        <translation>Responsable du traitement</translation>
    </message>
    <message>
        <location filename="../../ui/controller_picker.py" line="154"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../ui/controller_picker.py" line="155"/>
        <source>Choose the controller</source>
        <translation>Choisir le responsable du traitement</translation>
    </message>
    <message>
        <location filename="../../ui/controller_picker.py" line="157"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../../ui/controller_picker.py" line="158"/>
        <source>No controller</source>
        <translation>Aucun responsable du traitement</translation>
    </message>
    <message>
        <location filename="../../ui/controller_picker.py" line="176"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../../ui/controller_picker.py" line="181"/>
        <source>Choose a controller</source>
        <translation>Choisir un responsable du traitement</translation>
    </message>
</context>
<context>
    <name>ControllerPage</name>
    <message>
        <location filename="../../ui/wizard_pages.py" line="42"/>
        <source>Controller</source>
        <translation>Responsable du traitement</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_pages.py" line="43"/>
        <source>Which organisation holds your data?</source>
        <translation>Quel organisme détient vos données ?</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_pages.py" line="45"/>
        <source>Type a name, a web site or an e-mail address</source>
        <translation>Tapez un nom, un site web ou une adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_pages.py" line="46"/>
        <source>Search controllers</source>
        <translation>Rechercher un responsable du traitement</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_pages.py" line="49"/>
        <source>Controllers found</source>
        <translation>Responsables du traitement trouvés</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_pages.py" line="50"/>
        <source>Add controller…</source>
        <translation>Ajouter un responsable…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_pages.py" line="51"/>
        <source>Add a controller that is not in the list</source>
        <translation>Ajouter un responsable du traitement absent de la liste</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_pages.py" line="60"/>
        <source>Your vault has no organisations from the directory yet.</source>
        <translation>Votre coffre ne contient encore aucun organisme de l&apos;annuaire.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_pages.py" line="61"/>
        <source>Import the directory (3,070 organisations)</source>
        <translation>Importer l&apos;annuaire (3 070 organismes)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_pages.py" line="62"/>
        <source>Import the built-in directory of organisations</source>
        <translation>Importer l&apos;annuaire d&apos;organismes intégré</translation>
    </message>
</context>
<context>
    <name>ControllerPicker</name>
    <message>
        <location filename="../../ui/controller_picker.py" line="41"/>
        <source>Search controllers (name, web site, e-mail, address)</source>
        <translation>Rechercher un responsable du traitement (nom, site web, e-mail, adresse)</translation>
    </message>
    <message>
        <location filename="../../ui/controller_picker.py" line="42"/>
        <source>Search controllers</source>
        <translation>Rechercher un responsable du traitement</translation>
    </message>
    <message>
        <location filename="../../ui/controller_picker.py" line="44"/>
        <source>Controllers</source>
        <translation>Responsables du traitement</translation>
    </message>
    <message>
        <location filename="../../ui/controller_picker.py" line="82"/>
        <source>No controller matches.</source>
        <translation>Aucun responsable du traitement ne correspond.</translation>
    </message>
    <message>
        <location filename="../../ui/controller_picker.py" line="83"/>
        <source>Showing the first %1 of %2; type to narrow the list.</source>
        <translation>Affichage des %1 premiers sur %2 ; tapez pour affiner la liste.</translation>
    </message>
</context>
<context>
    <name>ControllersPage</name>
    <message>
        <location filename="../../ui/controllers_page.py" line="46"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="47"/>
        <location filename="../../ui/controllers_page.py" line="69"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="48"/>
        <source>DPO e-mail</source>
        <translation>E-mail du DPO</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="49"/>
        <location filename="../../ui/controllers_page.py" line="79"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="59"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="59"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/controllers_page.py" line="62"/>
        <source>%1: %n month(s)</source>
        <translation>
            <numerusform>%1 : %n mois</numerusform>
            <numerusform>%1 : %n mois</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="66"/>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="67"/>
        <source>Registration number</source>
        <translation>Numéro d&apos;immatriculation</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="68"/>
        <source>Postal address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="70"/>
        <source>DPO name</source>
        <translation>Nom du DPO</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="71"/>
        <source>DPO e-mail address</source>
        <translation>Adresse e-mail du DPO</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="72"/>
        <source>Other e-mail addresses</source>
        <translation>Autres adresses e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="73"/>
        <source>Web form</source>
        <translation>Formulaire web</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="74"/>
        <source>Web site</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="75"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="76"/>
        <source>Supervisory authority</source>
        <translation>Autorité de contrôle</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="77"/>
        <source>Transfers outside the EU</source>
        <translation>Transferts hors de l&apos;UE</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="113"/>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
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
        <translation>Durées de conservation</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="31"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="39"/>
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="80"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="91"/>
        <source>Remove the controller “%1” and its retention periods?</source>
        <translation>Supprimer le responsable du traitement « %1 » et ses durées de conservation ?</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="94"/>
        <source>Search controllers (name, web site, e-mail, address)</source>
        <translation>Rechercher un responsable du traitement (nom, site web, e-mail, adresse)</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="97"/>
        <source>Add a controller</source>
        <translation>Ajouter un responsable du traitement</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/controllers_page.py" line="100"/>
        <source>%n controller(s)</source>
        <translation>
            <numerusform>%n responsable du traitement</numerusform>
            <numerusform>%n responsables du traitement</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="103"/>
        <source>Entered by hand</source>
        <translation>Saisi à la main</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="103"/>
        <source>Privacy policy</source>
        <translation>Politique de confidentialité</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="104"/>
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/dashboard_page.py" line="73"/>
        <source>Ask for erasure</source>
        <translation>Demander l&apos;effacement</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="74"/>
        <source>Ask for access</source>
        <translation>Demander l&apos;accès</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="93"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="133"/>
        <source>Nothing needs your attention. To ask an organisation about your data, choose “New request…” (Ctrl+N): the wizard finds the controller or lets you add it.</source>
        <translation>Rien ne requiert votre attention. Pour interroger un organisme sur vos données, choisissez « Nouvelle demande… » (Ctrl+N) : l&apos;assistant trouve le responsable du traitement ou vous permet de l&apos;ajouter.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="137"/>
        <source>Overdue (%1)</source>
        <translation>En retard (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="139"/>
        <source>Due within 7 days (%1)</source>
        <translation>Échéance dans les 7 jours (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="141"/>
        <source>Waiting for delivery (%1)</source>
        <translation>En attente de remise (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="143"/>
        <source>Drafts (%1)</source>
        <translation>Brouillons (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="145"/>
        <source>Answered this month (%1)</source>
        <translation>Réponses reçues ce mois-ci (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="155"/>
        <source>Today: %1</source>
        <translation>Aujourd&apos;hui : %1</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="160"/>
        <source>New request…</source>
        <translation>Nouvelle demande…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="161"/>
        <source>Write a new request</source>
        <translation>Rédiger une nouvelle demande</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="176"/>
        <location filename="../../ui/dashboard_page.py" line="208"/>
        <source>Nothing here.</source>
        <translation>Rien ici.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard_page.py" line="192"/>
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="195"/>
        <source>Show all in the list</source>
        <translation>Tout afficher dans la liste</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="196"/>
        <source>Show all of them in the request list</source>
        <translation>Les afficher toutes dans la liste des demandes</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.py" line="202"/>
        <source>Retention period passed (%1)</source>
        <translation>Durée de conservation écoulée (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard_page.py" line="217"/>
        <source>%n month(s) kept</source>
        <translation>
            <numerusform>%n mois de conservation</numerusform>
            <numerusform>%n mois de conservation</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../ui/detail_pane.py" line="43"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="51"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="52"/>
        <source>Select a row to see its details.</source>
        <translation>Sélectionnez une ligne pour en voir le détail.</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="97"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="100"/>
        <source>Copy (cleared from the clipboard after 30 seconds)</source>
        <translation>Copier (effacé du presse-papiers après 30 secondes)</translation>
    </message>
    <message>
        <location filename="../../ui/detail_pane.py" line="101"/>
        <source>Copy %1</source>
        <translation>Copier : %1</translation>
    </message>
</context>
<context>
    <name>DirectoryImport</name>
    <message>
        <location filename="../../ui/directory_dialog.py" line="97"/>
        <source>Added %1, updated %2, unchanged %3, skipped %4.</source>
        <translation>Ajoutés : %1, mis à jour : %2, inchangés : %3, ignorés : %4.</translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialog.py" line="106"/>
        <source>Skipped:</source>
        <translation>Ignorés :</translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialog.py" line="109"/>
        <source>Imported without some fields:</source>
        <translation>Importés sans certains champs :</translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialog.py" line="117"/>
        <source>Directory imported</source>
        <translation>Annuaire importé</translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialog.py" line="136"/>
        <source>Importing company records…</source>
        <translation>Importation des fiches d&apos;entreprises…</translation>
    </message>
</context>
<context>
    <name>DirectorySourceDialog</name>
    <message>
        <location filename="../../ui/directory_dialog.py" line="27"/>
        <location filename="../../ui/directory_dialog.py" line="28"/>
        <source>Import controller directory</source>
        <translation>Importer l&apos;annuaire des responsables du traitement</translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialog.py" line="29"/>
        <source>Company records from the datarequests.org project (public domain): addresses, privacy contacts and how each company wants requests. Importing again updates them and keeps your own edits.</source>
        <translation>Fiches d&apos;entreprises du projet datarequests.org (domaine public) : adresses, contacts pour la protection des données et manière dont chaque entreprise souhaite recevoir les demandes. Une nouvelle importation les met à jour et conserve vos propres modifications.</translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialog.py" line="33"/>
        <source>The starter directory shipped with the app</source>
        <translation>L&apos;annuaire de départ fourni avec l&apos;application</translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialog.py" line="34"/>
        <source>A folder of record files (*.json)</source>
        <translation>Un dossier de fiches (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialog.py" line="35"/>
        <source>One JSON file (a list of records)</source>
        <translation>Un fichier JSON (une liste de fiches)</translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialog.py" line="41"/>
        <location filename="../../ui/directory_dialog.py" line="42"/>
        <source>Folder or file</source>
        <translation>Dossier ou fichier</translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialog.py" line="43"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialog.py" line="44"/>
        <source>Choose the folder or file</source>
        <translation>Choisir le dossier ou le fichier</translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialog.py" line="54"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialog.py" line="79"/>
        <source>Folder of company records</source>
        <translation>Dossier de fiches d&apos;entreprises</translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialog.py" line="81"/>
        <source>File of company records</source>
        <translation>Fichier de fiches d&apos;entreprises</translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialog.py" line="82"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialog.py" line="89"/>
        <source>Choose an existing folder or file first.</source>
        <translation>Choisissez d&apos;abord un dossier ou un fichier existant.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="17"/>
        <source>Something unexpected went wrong and the action was not completed. The details below can help to report the problem.</source>
        <translation>Une erreur inattendue s&apos;est produite et l&apos;action n&apos;a pas été effectuée. Les détails ci-dessous peuvent aider à signaler le problème.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="24"/>
        <source>Privacy Vault</source>
        <translation>Privacy Vault</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="30"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../ui/event_dialog.py" line="47"/>
        <source>Add an event</source>
        <translation>Ajouter un événement</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.py" line="52"/>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.py" line="55"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.py" line="56"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.py" line="57"/>
        <source>Optional: what they said, a reference, …</source>
        <translation>Facultatif : ce qu&apos;ils ont dit, une référence, …</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.py" line="60"/>
        <location filename="../../ui/event_dialog.py" line="77"/>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.py" line="61"/>
        <source>Drop files here, or use “Add files…”</source>
        <translation>Déposez des fichiers ici, ou utilisez « Ajouter des fichiers… »</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.py" line="62"/>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.py" line="63"/>
        <source>Add attachment files</source>
        <translation>Ajouter des fichiers en pièces jointes</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.py" line="65"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.py" line="66"/>
        <source>Remove the selected attachment from the list</source>
        <translation>Retirer de la liste la pièce jointe sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialog.py" line="96"/>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event.py" line="125"/>
        <source>Storing the attachments in the vault…</source>
        <translation>Enregistrement des pièces jointes dans le coffre…</translation>
    </message>
</context>
<context>
    <name>EvidenceField</name>
    <message>
        <location filename="../../ui/consent_dialog.py" line="32"/>
        <source>Evidence file</source>
        <translation>Fichier de preuve</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="33"/>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="34"/>
        <source>Choose an evidence file (screenshot, PDF)</source>
        <translation>Choisir un fichier de preuve (capture d&apos;écran, PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="36"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="37"/>
        <source>Remove the evidence file</source>
        <translation>Retirer le fichier de preuve</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="59"/>
        <source>Choose the evidence</source>
        <translation>Choisir la preuve</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="60"/>
        <source>Images and PDF (*.png *.jpg *.jpeg *.pdf);;All files (*)</source>
        <translation>Images et PDF (*.png *.jpg *.jpeg *.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="79"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>ExportBar</name>
    <message>
        <location filename="../../ui/letter_export.py" line="97"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/letter_export.py" line="98"/>
        <source>Print the letter</source>
        <translation>Imprimer la lettre</translation>
    </message>
    <message>
        <location filename="../../ui/letter_export.py" line="100"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../ui/letter_export.py" line="101"/>
        <source>Copy the letter text (cleared from the clipboard after 30 seconds)</source>
        <translation>Copier le texte de la lettre (effacé du presse-papiers après 30 secondes)</translation>
    </message>
    <message>
        <location filename="../../ui/letter_export.py" line="114"/>
        <source>Saved as %1.</source>
        <translation>Enregistrée sous %1.</translation>
    </message>
    <message>
        <location filename="../../ui/letter_export.py" line="120"/>
        <source>Sent to the printer.</source>
        <translation>Envoyée à l&apos;imprimante.</translation>
    </message>
    <message>
        <location filename="../../ui/letter_export.py" line="126"/>
        <source>Copied; the clipboard is cleared in 30 seconds.</source>
        <translation>Copiée ; le presse-papiers sera effacé dans 30 secondes.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../ui/request_wizard.py" line="51"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../ui/request_wizard.py" line="52"/>
        <source>Save or print the letter, then send it yourself. Nothing leaves this computer unless you do.</source>
        <translation>Enregistrez ou imprimez la lettre, puis envoyez-la vous-même. Rien ne quitte cet ordinateur sans votre intervention.</translation>
    </message>
    <message>
        <location filename="../../ui/request_wizard.py" line="60"/>
        <source>E-mail: the .eml file opens in your mail program, addressed to the controller.
Post: print the letter (the address fits a window envelope); registered post gives you a delivery date.
Web form: copy the text and paste it into the form.</source>
        <translation>E-mail : le fichier .eml s&apos;ouvre dans votre messagerie, adressé au responsable du traitement.
Courrier : imprimez la lettre (l&apos;adresse apparaît dans la fenêtre d&apos;une enveloppe) ; une lettre recommandée vous donne une date de remise.
Formulaire web : copiez le texte et collez-le dans le formulaire.</translation>
    </message>
</context>
<context>
    <name>FollowUpMenu</name>
    <message>
        <location filename="../../ui/follow_up_menu.py" line="20"/>
        <location filename="../../ui/follow_up_menu.py" line="21"/>
        <source>Follow-up</source>
        <translation>Donner suite</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_menu.py" line="24"/>
        <source>Send a reminder…</source>
        <translation>Envoyer une relance…</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_menu.py" line="25"/>
        <source>The deadline passed without an answer (Art. 12(3) and 12(4) GDPR).</source>
        <translation>Le délai est dépassé sans réponse (art. 12, par. 3 et 4, du RGPD).</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_menu.py" line="26"/>
        <source>File a complaint with the supervisory authority…</source>
        <translation>Déposer une plainte auprès de l&apos;autorité de contrôle…</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_menu.py" line="27"/>
        <source>A complaint with the whole case attached as a chronology (Art. 77 GDPR).</source>
        <translation>Une plainte accompagnée de tout le dossier, sous forme de chronologie (art. 77 du RGPD).</translation>
    </message>
    <message>
        <location filename="../../ui/follow_up_menu.py" line="28"/>
        <source>Reply to the controller’s answer</source>
        <translation>Réagir à la réponse du responsable du traitement</translation>
    </message>
</context>
<context>
    <name>IdentifierDialog</name>
    <message>
        <location filename="../../ui/identifier_dialog.py" line="32"/>
        <source>New identifier</source>
        <translation>Nouvel identifiant</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_dialog.py" line="32"/>
        <source>Edit identifier</source>
        <translation>Modifier l&apos;identifiant</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_dialog.py" line="37"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_dialog.py" line="38"/>
        <source>Value *</source>
        <translation>Valeur *</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_dialog.py" line="38"/>
        <source>e.g. me+shop@mail.example</source>
        <translation>p. ex. moi+boutique@mail.example</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_dialog.py" line="40"/>
        <source>Given to</source>
        <translation>Donné à</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_dialog.py" line="41"/>
        <source>Given on</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_dialog.py" line="41"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_dialog.py" line="42"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Identifiers</name>
    <message>
        <location filename="../../ui/identifier_dialog.py" line="19"/>
        <source>E-mail address</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_dialog.py" line="20"/>
        <source>Phone number</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_dialog.py" line="21"/>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_dialog.py" line="22"/>
        <source>Customer number</source>
        <translation>N° de client</translation>
    </message>
</context>
<context>
    <name>IdentifiersPanel</name>
    <message>
        <location filename="../../ui/identifier_panel.py" line="28"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_panel.py" line="28"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_panel.py" line="28"/>
        <source>Given to</source>
        <translation>Donné à</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_panel.py" line="28"/>
        <source>Given on</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_panel.py" line="29"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_panel.py" line="29"/>
        <source>Identifiers</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_panel.py" line="33"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_panel.py" line="33"/>
        <source>Add an identifier</source>
        <translation>Ajouter un identifiant</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_panel.py" line="34"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_panel.py" line="34"/>
        <source>Edit the selected identifier</source>
        <translation>Modifier l&apos;identifiant sélectionné</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_panel.py" line="36"/>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_panel.py" line="36"/>
        <source>Remove the selected identifier</source>
        <translation>Supprimer l&apos;identifiant sélectionné</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_panel.py" line="38"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_panel.py" line="38"/>
        <source>Copy the selected identifier</source>
        <translation>Copier l&apos;identifiant sélectionné</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_panel.py" line="40"/>
        <source>Copy (cleared from the clipboard after 30 seconds)</source>
        <translation>Copier (effacé du presse-papiers après 30 secondes)</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_panel.py" line="41"/>
        <source>New alias…</source>
        <translation>Nouvel alias…</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_panel.py" line="42"/>
        <source>New alias for a controller…</source>
        <translation>Nouvel alias pour un responsable du traitement…</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_panel.py" line="43"/>
        <source>New alias for a controller: an e-mail address only it gets</source>
        <translation>Nouvel alias pour un responsable du traitement : une adresse e-mail que lui seul reçoit</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_panel.py" line="50"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_panel.py" line="83"/>
        <source>E-mail alias</source>
        <translation>Alias e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_panel.py" line="107"/>
        <source>Remove the identifier “%1”?</source>
        <translation>Supprimer l&apos;identifiant « %1 » ?</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_panel.py" line="106"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_panel.py" line="116"/>
        <source>Copied. It will be cleared from the clipboard in 30 seconds.</source>
        <translation>Copié. Il sera effacé du presse-papiers dans 30 secondes.</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_panel.py" line="121"/>
        <source>New alias for which controller?</source>
        <translation>Nouvel alias pour quel responsable du traitement ?</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_panel.py" line="133"/>
        <source>The alias %1 is recorded and copied (cleared from the clipboard in 30 seconds).</source>
        <translation>L&apos;alias %1 est enregistré et copié (effacé du presse-papiers dans 30 secondes).</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_panel.py" line="135"/>
        <source>New alias</source>
        <translation>Nouvel alias</translation>
    </message>
    <message>
        <location filename="../../ui/identifier_panel.py" line="136"/>
        <source>Give this address to the controller:</source>
        <translation>Communiquez cette adresse au responsable du traitement :</translation>
    </message>
</context>
<context>
    <name>IdentitiesPage</name>
    <message>
        <location filename="../../ui/identities_page.py" line="33"/>
        <source>Identifiers</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="34"/>
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="35"/>
        <source>Who leaked this?…</source>
        <translation>D&apos;où vient la fuite ?…</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="36"/>
        <source>Find who got an address or number</source>
        <translation>Trouver qui a reçu une adresse ou un numéro</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="63"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="64"/>
        <location filename="../../ui/identities_page.py" line="86"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="65"/>
        <location filename="../../ui/identities_page.py" line="87"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="66"/>
        <location filename="../../ui/identities_page.py" line="90"/>
        <source>E-mail addresses</source>
        <translation>Adresses e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="88"/>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="89"/>
        <source>Postal address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="91"/>
        <source>Phone numbers</source>
        <translation>Numéros de téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="92"/>
        <source>Alias pattern</source>
        <translation>Modèle d&apos;alias</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="93"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="104"/>
        <source>Remove the identity “%1” with its identifiers and consents?</source>
        <translation>Supprimer l&apos;identité « %1 » avec ses identifiants et ses consentements ?</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="107"/>
        <source>Search identities (label, name, e-mail, phone)</source>
        <translation>Rechercher (libellé, nom, e-mail, tél.)</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="110"/>
        <source>Add an identity</source>
        <translation>Ajouter une identité</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/identities_page.py" line="113"/>
        <source>%n identity(-ies)</source>
        <translation>
            <numerusform>%n identité</numerusform>
            <numerusform>%n identités</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="116"/>
        <source>Real identity</source>
        <translation>Identité réelle</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="116"/>
        <source>Pseudonym</source>
        <translation>Pseudonyme</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../../ui/identity_dialog.py" line="18"/>
        <source>New identity</source>
        <translation>Nouvelle identité</translation>
    </message>
    <message>
        <location filename="../../ui/identity_dialog.py" line="18"/>
        <source>Edit identity</source>
        <translation>Modifier l&apos;identité</translation>
    </message>
    <message>
        <location filename="../../ui/identity_dialog.py" line="22"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/identity_dialog.py" line="22"/>
        <source>Real identity</source>
        <translation>Identité réelle</translation>
    </message>
    <message>
        <location filename="../../ui/identity_dialog.py" line="23"/>
        <source>Pseudonym</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <location filename="../../ui/identity_dialog.py" line="24"/>
        <source>Label *</source>
        <translation>Libellé *</translation>
    </message>
    <message>
        <location filename="../../ui/identity_dialog.py" line="24"/>
        <source>e.g. Me, Shopping alias</source>
        <translation>p. ex. Moi, Alias achats</translation>
    </message>
    <message>
        <location filename="../../ui/identity_dialog.py" line="25"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../../ui/identity_dialog.py" line="26"/>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../ui/identity_dialog.py" line="26"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../ui/identity_dialog.py" line="27"/>
        <source>Postal address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <location filename="../../ui/identity_dialog.py" line="28"/>
        <source>E-mail addresses</source>
        <translation>Adresses e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/identity_dialog.py" line="29"/>
        <source>Phone numbers</source>
        <translation>Numéros de téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/identity_dialog.py" line="30"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <location filename="../../ui/wizard_pages.py" line="135"/>
        <location filename="../../ui/wizard_pages.py" line="138"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_pages.py" line="136"/>
        <source>Who writes, and the identifiers that let the controller find your data.</source>
        <translation>Qui écrit, et les identifiants qui permettent au responsable du traitement de retrouver vos données.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_pages.py" line="139"/>
        <source>Add identity…</source>
        <translation>Ajouter une identité…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_pages.py" line="140"/>
        <source>Add an identity</source>
        <translation>Ajouter une identité</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_pages.py" line="143"/>
        <source>Identifiers to include in the letter</source>
        <translation>Identifiants à inclure dans la lettre</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_pages.py" line="150"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_pages.py" line="164"/>
        <source>Identifiers in the letter (checked: those this controller already knows):</source>
        <translation>Identifiants dans la lettre (cochés : ceux que ce responsable du traitement connaît déjà) :</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_pages.py" line="167"/>
        <source>No identifiers are recorded for this identity: the letter carries your name and postal address. The customer number or e-mail address the controller knows helps it find your data (add them under Identities).</source>
        <translation>Aucun identifiant n&apos;est enregistré pour cette identité : la lettre comporte votre nom et votre adresse postale. Le numéro de client ou l&apos;adresse e-mail que connaît le responsable du traitement l&apos;aide à retrouver vos données (ajoutez-les sous Identités).</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_pages.py" line="199"/>
        <source>(given to this controller)</source>
        <translation>(donné à ce responsable du traitement)</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../ui/wizard_pages.py" line="284"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_pages.py" line="285"/>
        <source>The language of the letter; by default the controller&apos;s.</source>
        <translation>La langue de la lettre ; par défaut, celle du responsable du traitement.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_pages.py" line="287"/>
        <source>Letter language</source>
        <translation>Langue de la lettre</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_pages.py" line="292"/>
        <source>On the next page the letter is written from your data; you can still change it there. It is kept as a draft until you mark it sent.</source>
        <translation>À la page suivante, la lettre est rédigée à partir de vos données ; vous pourrez encore la modifier. Elle reste un brouillon jusqu&apos;à ce que vous notiez son envoi.</translation>
    </message>
</context>
<context>
    <name>LeakDialog</name>
    <message>
        <location filename="../../ui/leak_dialog.py" line="32"/>
        <location filename="../../ui/leak_dialog.py" line="33"/>
        <source>Who leaked this?</source>
        <translation>D&apos;où vient la fuite ?</translation>
    </message>
    <message>
        <location filename="../../ui/leak_dialog.py" line="34"/>
        <source>Paste the address or phone number a spam message was sent to (a whole To: line works too).</source>
        <translation>Collez l&apos;adresse ou le numéro de téléphone auquel un spam a été envoyé (une ligne To: entière convient aussi).</translation>
    </message>
    <message>
        <location filename="../../ui/leak_dialog.py" line="38"/>
        <source>e.g. To: &quot;Shop&quot; &lt;me+shop@mail.example&gt;</source>
        <translation>p. ex. To: &quot;Boutique&quot; &lt;moi+boutique@mail.example&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/leak_dialog.py" line="39"/>
        <source>Address or number</source>
        <translation>Adresse ou numéro</translation>
    </message>
    <message>
        <location filename="../../ui/leak_dialog.py" line="41"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../ui/leak_dialog.py" line="45"/>
        <source>optional, e.g. spam about car insurance</source>
        <translation>facultatif, p. ex. spam pour une assurance auto</translation>
    </message>
    <message>
        <location filename="../../ui/leak_dialog.py" line="46"/>
        <source>Where it was seen</source>
        <translation>Où cela a été vu</translation>
    </message>
    <message>
        <location filename="../../ui/leak_dialog.py" line="47"/>
        <source>Ask them where they got it…</source>
        <translation>Leur demander leur source…</translation>
    </message>
    <message>
        <location filename="../../ui/leak_dialog.py" line="48"/>
        <source>Create an access request asking where they got it</source>
        <translation>Créer une demande d&apos;accès sur l&apos;origine de cette donnée</translation>
    </message>
    <message>
        <location filename="../../ui/leak_dialog.py" line="51"/>
        <location filename="../../ui/leak_dialog.py" line="148"/>
        <source>Request created</source>
        <translation>Demande créée</translation>
    </message>
    <message>
        <location filename="../../ui/leak_dialog.py" line="54"/>
        <source>Seen in:</source>
        <translation>Vu dans :</translation>
    </message>
    <message>
        <location filename="../../ui/leak_dialog.py" line="85"/>
        <source>Nothing to look up yet.</source>
        <translation>Rien à rechercher pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../ui/leak_dialog.py" line="87"/>
        <source>Never given out: no identity in this vault has “%1”.</source>
        <translation>Jamais communiqué : aucune identité de ce coffre n&apos;a « %1 ».</translation>
    </message>
    <message>
        <location filename="../../ui/leak_dialog.py" line="96"/>
        <source>No controller is recorded for it, so there is nobody to ask. Record who got it on the Identities page first.</source>
        <translation>Aucun responsable du traitement n&apos;est enregistré pour cette donnée, il n&apos;y a donc personne à interroger. Indiquez d&apos;abord qui l&apos;a reçue, sur la page Identités.</translation>
    </message>
    <message>
        <location filename="../../ui/leak_dialog.py" line="100"/>
        <source>Identity: %1</source>
        <translation>Identité : %1</translation>
    </message>
    <message>
        <location filename="../../ui/leak_dialog.py" line="101"/>
        <source>Value: %1</source>
        <translation>Valeur : %1</translation>
    </message>
    <message>
        <location filename="../../ui/leak_dialog.py" line="103"/>
        <source>Given to: %1</source>
        <translation>Communiqué à : %1</translation>
    </message>
    <message>
        <location filename="../../ui/leak_dialog.py" line="105"/>
        <source>Given to: no controller recorded</source>
        <translation>Communiqué à : aucun responsable du traitement enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/leak_dialog.py" line="106"/>
        <source>Given on: %1</source>
        <translation>Communiqué le : %1</translation>
    </message>
    <message>
        <location filename="../../ui/leak_dialog.py" line="107"/>
        <source>Given on: not recorded</source>
        <translation>Communiqué le : non enregistré</translation>
    </message>
    <message>
        <location filename="../../ui/leak_dialog.py" line="109"/>
        <source>This is one of the identity&apos;s own addresses, not one given to a single controller.</source>
        <translation>C&apos;est l&apos;une des adresses propres à l&apos;identité, pas une adresse communiquée à un seul responsable du traitement.</translation>
    </message>
    <message>
        <location filename="../../ui/leak_dialog.py" line="111"/>
        <source>Guessed from the tag after “+”: this address itself was never recorded.</source>
        <translation>Déduit de l&apos;étiquette après « + » : cette adresse elle-même n&apos;a jamais été enregistrée.</translation>
    </message>
    <message>
        <location filename="../../ui/leak_dialog.py" line="121"/>
        <source>Writing the request…</source>
        <translation>Rédaction de la demande…</translation>
    </message>
    <message>
        <location filename="../../ui/leak_dialog.py" line="133"/>
        <source>Draft access request no. %1 to %2 created: it asks who received your data and where it came from (art. 15(1)(c) and (g) GDPR).</source>
        <translation>Demande d&apos;accès n° %1 à %2 créée en brouillon : elle demande qui a reçu vos données et d&apos;où elles proviennent (art. 15, par. 1, points c) et g), du RGPD).</translation>
    </message>
    <message>
        <location filename="../../ui/leak_dialog.py" line="149"/>
        <source>Open request no. %1 now?</source>
        <translation>Ouvrir la demande n° %1 maintenant ?</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../ui/letter_dialog.py" line="29"/>
        <location filename="../../ui/letter_dialog.py" line="30"/>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="43"/>
        <source>Mark sent…</source>
        <translation>Noter l&apos;envoi…</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="44"/>
        <source>Record that the letter was sent, and start the deadline</source>
        <translation>Indiquer que la lettre a été envoyée et faire courir le délai</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="50"/>
        <source>Save or print the letter, then send it yourself:</source>
        <translation>Enregistrez ou imprimez la lettre, puis envoyez-la vous-même :</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="74"/>
        <source>Marked sent. Answer due by %1.</source>
        <translation>Envoi noté. Réponse attendue au plus tard le %1.</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="75"/>
        <source>Marked sent.</source>
        <translation>Envoi noté.</translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message>
        <location filename="../../ui/letter_editor.py" line="36"/>
        <source>Addresses, date and reference</source>
        <translation>Adresses, date et référence</translation>
    </message>
    <message>
        <location filename="../../ui/letter_editor.py" line="38"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../ui/letter_editor.py" line="40"/>
        <source>Letter text</source>
        <translation>Texte de la lettre</translation>
    </message>
    <message>
        <location filename="../../ui/letter_editor.py" line="43"/>
        <location filename="../../ui/letter_editor.py" line="116"/>
        <source>Reset to template</source>
        <translation>Rétablir le modèle</translation>
    </message>
    <message>
        <location filename="../../ui/letter_editor.py" line="44"/>
        <source>Write the letter again from the template, losing your edits</source>
        <translation>Réécrire la lettre à partir du modèle, en perdant vos modifications</translation>
    </message>
    <message>
        <location filename="../../ui/letter_editor.py" line="53"/>
        <source>Subject:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <location filename="../../ui/letter_editor.py" line="72"/>
        <source>Draft: you can change the subject and the text until you mark it sent.</source>
        <translation>Brouillon : vous pouvez modifier l&apos;objet et le texte jusqu&apos;à ce que vous notiez l&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../../ui/letter_editor.py" line="75"/>
        <source>Sent on %1: the letter is kept exactly as it was sent.</source>
        <translation>Envoyée le %1 : la lettre est conservée telle qu&apos;elle a été envoyée.</translation>
    </message>
    <message>
        <location filename="../../ui/letter_editor.py" line="117"/>
        <source>The letter is written again from the template and today&apos;s data; your changes to it are lost. Continue?</source>
        <translation>La lettre sera réécrite à partir du modèle et des données actuelles ; vos modifications seront perdues. Continuer ?</translation>
    </message>
    <message>
        <location filename="../../ui/letter_editor.py" line="130"/>
        <source>From: %1</source>
        <translation>De : %1</translation>
    </message>
    <message>
        <location filename="../../ui/letter_editor.py" line="131"/>
        <source>To: %1</source>
        <translation>À : %1</translation>
    </message>
    <message>
        <location filename="../../ui/letter_editor.py" line="133"/>
        <source>E-mail to: %1</source>
        <translation>E-mail à : %1</translation>
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
        <translation>Enregistrer la lettre en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/letter_export.py" line="24"/>
        <source>ODT…</source>
        <translation>ODT…</translation>
    </message>
    <message>
        <location filename="../../ui/letter_export.py" line="24"/>
        <source>OpenDocument text (*.odt)</source>
        <translation>Texte OpenDocument (*.odt)</translation>
    </message>
    <message>
        <location filename="../../ui/letter_export.py" line="25"/>
        <source>Save the letter as an OpenDocument text</source>
        <translation>Enregistrer la lettre en texte OpenDocument</translation>
    </message>
    <message>
        <location filename="../../ui/letter_export.py" line="26"/>
        <source>Text…</source>
        <translation>Texte…</translation>
    </message>
    <message>
        <location filename="../../ui/letter_export.py" line="26"/>
        <source>Text (*.txt)</source>
        <translation>Texte (*.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/letter_export.py" line="27"/>
        <source>Save the letter as plain text</source>
        <translation>Enregistrer la lettre en texte brut</translation>
    </message>
    <message>
        <location filename="../../ui/letter_export.py" line="28"/>
        <source>E-mail…</source>
        <translation>E-mail…</translation>
    </message>
    <message>
        <location filename="../../ui/letter_export.py" line="28"/>
        <source>E-mail message (*.eml)</source>
        <translation>Message e-mail (*.eml)</translation>
    </message>
    <message>
        <location filename="../../ui/letter_export.py" line="29"/>
        <source>Save the letter as an e-mail message to open in a mail program</source>
        <translation>Enregistrer la lettre comme message e-mail à ouvrir dans une messagerie</translation>
    </message>
    <message>
        <location filename="../../ui/letter_export.py" line="47"/>
        <source>Save the letter</source>
        <translation>Enregistrer la lettre</translation>
    </message>
    <message>
        <location filename="../../ui/letter_export.py" line="67"/>
        <source>Print the letter</source>
        <translation>Imprimer la lettre</translation>
    </message>
</context>
<context>
    <name>LetterPage</name>
    <message>
        <location filename="../../ui/request_wizard.py" line="32"/>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <location filename="../../ui/request_wizard.py" line="33"/>
        <source>Read the letter and change what you want. It is saved as a draft.</source>
        <translation>Relisez la lettre et modifiez ce que vous voulez. Elle est enregistrée comme brouillon.</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../ui/list_page.py" line="37"/>
        <location filename="../../ui/list_page.py" line="90"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../ui/list_page.py" line="44"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../../ui/list_page.py" line="46"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../ui/list_page.py" line="47"/>
        <source>Edit the selected row</source>
        <translation>Modifier la ligne sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/list_page.py" line="48"/>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/list_page.py" line="49"/>
        <source>Remove the selected row</source>
        <translation>Supprimer la ligne sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/list_page.py" line="93"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/list_page.py" line="96"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
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
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/page_layout.py" line="20"/>
        <location filename="../../ui/page_layout.py" line="27"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="47"/>
        <source>Privacy Vault</source>
        <translation>Privacy Vault</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="50"/>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134"/>
        <source>&amp;New request…</source>
        <translation>&amp;Nouvelle demande…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <source>&amp;Backup…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138"/>
        <source>Change &amp;passphrase…</source>
        <translation>Changer la &amp;phrase secrète…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>&amp;Settings…</source>
        <translation>Para&amp;mètres…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144"/>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>Keep running in the &amp;tray when closed</source>
        <translation>Rester dans la zone de &amp;notification à la fermeture</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>&amp;About Privacy Vault</source>
        <translation>À &amp;propos de Privacy Vault</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>Backup the vault</source>
        <translation>Sauvegarder le coffre</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>Vault files (%1)</source>
        <translation>Fichiers de coffre (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>Writing the backup…</source>
        <translation>Écriture de la sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182"/>
        <source>Backup written to %1.</source>
        <translation>Sauvegarde écrite dans %1.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>Vault files (%1);;All files (*)</source>
        <translation>Fichiers de coffre (%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>Encrypting the vault with the new passphrase…</source>
        <translation>Chiffrement du coffre avec la nouvelle phrase secrète…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="203"/>
        <source>The passphrase was changed.</source>
        <translation>La phrase secrète a été changée.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226"/>
        <source>About Privacy Vault</source>
        <translation>À propos de Privacy Vault</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="223"/>
        <source>Privacy Vault keeps what you need to exercise your data-protection rights in one encrypted file on this computer. Nothing leaves it unless you export it.</source>
        <translation>Privacy Vault conserve tout ce qu&apos;il faut pour exercer vos droits sur vos données personnelles dans un seul fichier chiffré, sur cet ordinateur. Rien n&apos;en sort sans que vous l&apos;exportiez.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="22"/>
        <location filename="../../ui/passphrase_dialog.py" line="23"/>
        <source>Change passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.py" line="32"/>
        <source>The vault will be encrypted again with the new passphrase. Nobody can recover a lost passphrase; backups made before keep the old one.</source>
        <translation>Le coffre sera chiffré à nouveau avec la nouvelle phrase secrète. Personne ne peut retrouver une phrase secrète perdue ; les sauvegardes déjà faites gardent l&apos;ancienne.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../ui/pages.py" line="38"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="39"/>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="40"/>
        <source>Controllers</source>
        <translation>Responsables du traitement</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="41"/>
        <source>Identities</source>
        <translation>Identités</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="42"/>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="60"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="61"/>
        <source>Repeat the passphrase</source>
        <translation>Répétez la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="68"/>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="74"/>
        <source>Passphrase problem</source>
        <translation>Problème de phrase secrète</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="80"/>
        <source>Passphrase:</source>
        <translation>Phrase secrète :</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="81"/>
        <source>Repeat:</source>
        <translation>Répétez :</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="82"/>
        <source>Strength:</source>
        <translation>Robustesse :</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/passphrase_fields.py" line="93"/>
        <source>Use at least %n characters; a few unrelated words are best.</source>
        <translation>
            <numerusform>Utilisez au moins %n caractère ; quelques mots sans rapport entre eux sont le mieux.</numerusform>
            <numerusform>Utilisez au moins %n caractères ; quelques mots sans rapport entre eux sont le mieux.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="95"/>
        <source>This passphrase is too easy to guess: add a word or two.</source>
        <translation>Cette phrase secrète est trop facile à deviner : ajoutez un mot ou deux.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="97"/>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="98"/>
        <source>Type the passphrase a second time.</source>
        <translation>Tapez la phrase secrète une seconde fois.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="108"/>
        <source>Very weak</source>
        <translation>Très faible</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="108"/>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="108"/>
        <source>Fair</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="108"/>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="108"/>
        <source>Very strong</source>
        <translation>Très forte</translation>
    </message>
</context>
<context>
    <name>PolicyImport</name>
    <message>
        <location filename="../../ui/policy_dialog.py" line="236"/>
        <source>Import a privacy policy</source>
        <translation>Importer une politique de confidentialité</translation>
    </message>
    <message>
        <location filename="../../ui/policy_dialog.py" line="237"/>
        <source>Privacy policies (*.txt *.html *.htm *.mhtml *.mht *.pdf);;All files (*)</source>
        <translation>Politiques de confidentialité (*.txt *.html *.htm *.mhtml *.mht *.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/policy_dialog.py" line="248"/>
        <source>Reading the policy…</source>
        <translation>Lecture de la politique…</translation>
    </message>
</context>
<context>
    <name>PolicyImportDialog</name>
    <message>
        <location filename="../../ui/policy_dialog.py" line="56"/>
        <source>Import privacy policy</source>
        <translation>Importer une politique de confidentialité</translation>
    </message>
    <message>
        <location filename="../../ui/policy_dialog.py" line="65"/>
        <source>Check each field against the sentence it was read from (shown beneath it), correct what is wrong, then save.</source>
        <translation>Vérifiez chaque champ d&apos;après la phrase dont il est tiré (affichée en dessous), corrigez ce qui est faux, puis enregistrez.</translation>
    </message>
    <message>
        <location filename="../../ui/policy_dialog.py" line="69"/>
        <source>Name *</source>
        <translation>Nom *</translation>
    </message>
    <message>
        <location filename="../../ui/policy_dialog.py" line="70"/>
        <source>Postal address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <location filename="../../ui/policy_dialog.py" line="71"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/policy_dialog.py" line="72"/>
        <source>Two-letter code, e.g. FR, DE</source>
        <translation>Code à deux lettres, p. ex. FR, DE</translation>
    </message>
    <message>
        <location filename="../../ui/policy_dialog.py" line="73"/>
        <source>DPO e-mail address</source>
        <translation>Adresse e-mail du DPO</translation>
    </message>
    <message>
        <location filename="../../ui/policy_dialog.py" line="75"/>
        <source>Contact e-mail addresses</source>
        <translation>Adresses e-mail de contact</translation>
    </message>
    <message>
        <location filename="../../ui/policy_dialog.py" line="76"/>
        <source>One per line</source>
        <translation>Une par ligne</translation>
    </message>
    <message>
        <location filename="../../ui/policy_dialog.py" line="79"/>
        <source>Supervisory authority</source>
        <translation>Autorité de contrôle</translation>
    </message>
    <message>
        <location filename="../../ui/policy_dialog.py" line="82"/>
        <source>Not said</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <location filename="../../ui/policy_dialog.py" line="82"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../ui/policy_dialog.py" line="82"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../ui/policy_dialog.py" line="85"/>
        <source>Transfers outside the EU/EEA</source>
        <translation>Transferts hors de l&apos;UE/EEE</translation>
    </message>
    <message>
        <location filename="../../ui/policy_dialog.py" line="93"/>
        <source>Save controller</source>
        <translation>Enregistrer le responsable du traitement</translation>
    </message>
    <message>
        <location filename="../../ui/policy_dialog.py" line="100"/>
        <source>Where the policy says it: %1</source>
        <translation>Passage de la politique : %1</translation>
    </message>
    <message>
        <location filename="../../ui/policy_dialog.py" line="102"/>
        <source>Not found in the policy.</source>
        <translation>Introuvable dans la politique.</translation>
    </message>
    <message>
        <location filename="../../ui/policy_dialog.py" line="138"/>
        <source>Rights mentioned</source>
        <translation>Droits mentionnés</translation>
    </message>
    <message>
        <location filename="../../ui/policy_dialog.py" line="143"/>
        <source>What is kept</source>
        <translation>Données conservées</translation>
    </message>
    <message>
        <location filename="../../ui/policy_dialog.py" line="143"/>
        <location filename="../../ui/policy_dialog.py" line="177"/>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../ui/policy_dialog.py" line="151"/>
        <source>Add period</source>
        <translation>Ajouter une durée</translation>
    </message>
    <message>
        <location filename="../../ui/policy_dialog.py" line="152"/>
        <source>Add a retention period</source>
        <translation>Ajouter une durée de conservation</translation>
    </message>
    <message>
        <location filename="../../ui/policy_dialog.py" line="154"/>
        <source>Remove period</source>
        <translation>Supprimer la durée</translation>
    </message>
    <message>
        <location filename="../../ui/policy_dialog.py" line="155"/>
        <source>Remove the selected retention period</source>
        <translation>Supprimer la durée de conservation sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/policy_dialog.py" line="166"/>
        <location filename="../../ui/policy_dialog.py" line="167"/>
        <source>Retention periods</source>
        <translation>Durées de conservation</translation>
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
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../ui/record_dialog.py" line="65"/>
        <source>One per line</source>
        <translation>Une par ligne</translation>
    </message>
</context>
<context>
    <name>RelationshipDialog</name>
    <message>
        <location filename="../../ui/relationship_panel.py" line="30"/>
        <source>New relationship</source>
        <translation>Nouvelle relation</translation>
    </message>
    <message>
        <location filename="../../ui/relationship_panel.py" line="30"/>
        <source>Edit relationship</source>
        <translation>Modifier la relation</translation>
    </message>
    <message>
        <location filename="../../ui/relationship_panel.py" line="35"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../../ui/relationship_panel.py" line="40"/>
        <source>Controller *</source>
        <translation>Responsable du traitement *</translation>
    </message>
    <message>
        <location filename="../../ui/relationship_panel.py" line="41"/>
        <source>Customer since</source>
        <translation>Client depuis</translation>
    </message>
    <message>
        <location filename="../../ui/relationship_panel.py" line="41"/>
        <location filename="../../ui/relationship_panel.py" line="42"/>
        <location filename="../../ui/relationship_panel.py" line="43"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../ui/relationship_panel.py" line="42"/>
        <source>Ended (account closed) on</source>
        <translation>Terminée (compte clôturé) le</translation>
    </message>
    <message>
        <location filename="../../ui/relationship_panel.py" line="43"/>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <location filename="../../ui/relationship_panel.py" line="44"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/relationship_panel.py" line="57"/>
        <source>Add an identity first.</source>
        <translation>Ajoutez d&apos;abord une identité.</translation>
    </message>
    <message>
        <location filename="../../ui/relationship_panel.py" line="59"/>
        <source>Choose the controller.</source>
        <translation>Choisissez le responsable du traitement.</translation>
    </message>
</context>
<context>
    <name>RelationshipsPanel</name>
    <message>
        <location filename="../../ui/relationship_panel.py" line="71"/>
        <source>Controller</source>
        <translation>Responsable du traitement</translation>
    </message>
    <message>
        <location filename="../../ui/relationship_panel.py" line="71"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../../ui/relationship_panel.py" line="72"/>
        <source>Customer since</source>
        <translation>Client depuis</translation>
    </message>
    <message>
        <location filename="../../ui/relationship_panel.py" line="72"/>
        <source>Ended</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../../ui/relationship_panel.py" line="72"/>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <location filename="../../ui/relationship_panel.py" line="73"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/relationship_panel.py" line="73"/>
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
    <message>
        <location filename="../../ui/relationship_panel.py" line="75"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../../ui/relationship_panel.py" line="75"/>
        <source>Add a relationship</source>
        <translation>Ajouter une relation</translation>
    </message>
    <message>
        <location filename="../../ui/relationship_panel.py" line="76"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../ui/relationship_panel.py" line="76"/>
        <source>Edit the selected relationship</source>
        <translation>Modifier la relation sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/relationship_panel.py" line="78"/>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/relationship_panel.py" line="78"/>
        <source>Remove the selected relationship</source>
        <translation>Supprimer la relation sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/relationship_panel.py" line="134"/>
        <source>Remove the relationship with “%1”?</source>
        <translation>Supprimer la relation avec « %1 » ?</translation>
    </message>
    <message>
        <location filename="../../ui/relationship_panel.py" line="133"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>RequestActions</name>
    <message>
        <location filename="../../ui/request_actions.py" line="69"/>
        <source>Anything to add for the authority? (optional; it goes into the complaint)</source>
        <translation>Quelque chose à ajouter pour l&apos;autorité ? (facultatif ; ce sera repris dans la plainte)</translation>
    </message>
    <message>
        <location filename="../../ui/request_actions.py" line="72"/>
        <source>What did they answer, and when? (optional; it goes into the reply)</source>
        <translation>Qu&apos;ont-ils répondu, et quand ? (facultatif ; ce sera repris dans la réponse)</translation>
    </message>
    <message>
        <location filename="../../ui/request_actions.py" line="73"/>
        <source>Follow-up</source>
        <translation>Donner suite</translation>
    </message>
    <message>
        <location filename="../../ui/request_actions.py" line="150"/>
        <source>Save the case dossier</source>
        <translation>Enregistrer le dossier</translation>
    </message>
    <message>
        <location filename="../../ui/request_actions.py" line="150"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/request_actions.py" line="153"/>
        <source>Writing the dossier…</source>
        <translation>Écriture du dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/request_actions.py" line="154"/>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../ui/request_actions.py" line="158"/>
        <source>Writing the dossier</source>
        <translation>Écriture du dossier</translation>
    </message>
    <message>
        <location filename="../../ui/request_actions.py" line="176"/>
        <source>Dossier written to %1.</source>
        <translation>Dossier écrit dans %1.</translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <location filename="../../ui/request_detail.py" line="52"/>
        <source>Request details</source>
        <translation>Détails de la demande</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="56"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="57"/>
        <source>Select a request to see its letter, deadline and history.</source>
        <translation>Sélectionnez une demande pour voir sa lettre, son échéance et son historique.</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="67"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="71"/>
        <source>Case (request and follow-ups)</source>
        <translation>Dossier (demande et suites)</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="73"/>
        <source>Requests of this case</source>
        <translation>Demandes de ce dossier</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="90"/>
        <source>Letter…</source>
        <translation>Lettre…</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="90"/>
        <source>Preview, edit and export the letter</source>
        <translation>Afficher, modifier et exporter la lettre</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="92"/>
        <source>Mark sent…</source>
        <translation>Noter l&apos;envoi…</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="92"/>
        <source>Record that the letter was sent</source>
        <translation>Indiquer que la lettre a été envoyée</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="94"/>
        <source>Add event…</source>
        <translation>Nouvel événement…</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="94"/>
        <source>Record what happened: an answer, a delivery, …</source>
        <translation>Noter ce qui s&apos;est passé : une réponse, une remise, …</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="99"/>
        <source>Follow-up</source>
        <translation>Donner suite</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="100"/>
        <source>Follow-up: reminder, complaint, or a reply</source>
        <translation>Donner suite : relance, plainte ou réponse</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="105"/>
        <source>Dossier PDF…</source>
        <translation>Dossier PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="105"/>
        <source>Save the whole case as one PDF</source>
        <translation>Enregistrer tout le dossier dans un seul PDF</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="107"/>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="107"/>
        <source>Remove this request</source>
        <translation>Supprimer cette demande</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="134"/>
        <source>%1 (estimate: enter the delivery date when you know it)</source>
        <translation>%1 (estimation : saisissez la date de remise dès que vous la connaissez)</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="139"/>
        <source>extended by the controller (first deadline %1)</source>
        <translation>prolongée par le responsable du traitement (échéance initiale : %1)</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="142"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="143"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="144"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="145"/>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="146"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="147"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="148"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="149"/>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="150"/>
        <source>Sent</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="151"/>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="152"/>
        <source>Closed</source>
        <translation>Clôturée le</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="153"/>
        <source>Details</source>
        <translation>Précisions</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="220"/>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="221"/>
        <source>Mark the request as sent before recording what happened to it.</source>
        <translation>Notez l&apos;envoi de la demande avant d&apos;enregistrer ce qui lui est arrivé.</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="244"/>
        <source>Remove the request %1 with its letters and history? This cannot be undone.</source>
        <translation>Supprimer la demande %1 avec ses lettres et son historique ? Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../../ui/request_detail.py" line="246"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>RequestListModel</name>
    <message>
        <location filename="../../ui/request_list_model.py" line="36"/>
        <source>Controller</source>
        <translation>Responsable du traitement</translation>
    </message>
    <message>
        <location filename="../../ui/request_list_model.py" line="37"/>
        <source>Right</source>
        <translation>Droit</translation>
    </message>
    <message>
        <location filename="../../ui/request_list_model.py" line="38"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/request_list_model.py" line="39"/>
        <source>Sent</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <location filename="../../ui/request_list_model.py" line="40"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ui/request_list_model.py" line="41"/>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <location filename="../../ui/request_list_model.py" line="43"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../ui/request_list_model.py" line="44"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="../../ui/request_list_model.py" line="45"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
</context>
<context>
    <name>RequestWizard</name>
    <message>
        <location filename="../../ui/request_wizard.py" line="122"/>
        <location filename="../../ui/request_wizard.py" line="123"/>
        <source>New request</source>
        <translation>Nouvelle demande</translation>
    </message>
</context>
<context>
    <name>RequestWords</name>
    <message>
        <location filename="../../ui/request_words.py" line="16"/>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="17"/>
        <source>Rectification</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="18"/>
        <source>Erasure</source>
        <translation>Effacement</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="19"/>
        <source>Restriction</source>
        <translation>Limitation</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="20"/>
        <source>Portability</source>
        <translation>Portabilité</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="21"/>
        <source>Objection</source>
        <translation>Opposition</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="22"/>
        <source>Objection to direct marketing</source>
        <translation>Opposition à la prospection</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="23"/>
        <source>Automated decision</source>
        <translation>Décision automatisée</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="24"/>
        <source>Withdrawal of consent</source>
        <translation>Retrait du consentement</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="25"/>
        <source>Directives after death</source>
        <translation>Directives post mortem</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="26"/>
        <source>Reminder</source>
        <translation>Relance</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="27"/>
        <source>Complaint</source>
        <translation>Plainte</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="28"/>
        <source>Reply: identification demanded</source>
        <translation>Réponse : identification exigée</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="29"/>
        <source>Reply: excessive or fee</source>
        <translation>Réponse : excessive ou payante</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="30"/>
        <source>Reply: other language or partial</source>
        <translation>Réponse : autre langue ou partielle</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="31"/>
        <source>Reply: other channel or form</source>
        <translation>Réponse : autre canal ou formulaire</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="32"/>
        <source>Reply: “no data” disputed</source>
        <translation>Réponse : « aucune donnée » contestée</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="33"/>
        <source>Reply: forwarded, no answer</source>
        <translation>Réponse : transmise, sans suite</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="36"/>
        <source>Get a copy of your data and learn how it is used (Art. 15).</source>
        <translation>Obtenir une copie de vos données et savoir comment elles sont utilisées (art. 15).</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="37"/>
        <source>Have wrong or incomplete data corrected (Art. 16).</source>
        <translation>Faire corriger des données inexactes ou incomplètes (art. 16).</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="38"/>
        <source>Have your data deleted and its recipients told (Art. 17, 19).</source>
        <translation>Faire effacer vos données et en informer les destinataires (art. 17 et 19).</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="39"/>
        <source>Have the use of your data paused while a dispute lasts (Art. 18).</source>
        <translation>Faire suspendre l&apos;utilisation de vos données le temps d&apos;une contestation (art. 18).</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="41"/>
        <source>Get the data you gave in a machine-readable file (Art. 20).</source>
        <translation>Récupérer les données que vous avez fournies dans un fichier lisible par machine (art. 20).</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="42"/>
        <source>Object to a use of your data based on their interests (Art. 21(1)).</source>
        <translation>Vous opposer à une utilisation de vos données fondée sur leurs intérêts (art. 21, par. 1).</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="44"/>
        <source>Stop direct marketing; no reason needed (Art. 21(2)).</source>
        <translation>Faire cesser la prospection, sans avoir à vous justifier (art. 21, par. 2).</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="45"/>
        <source>Have a person review a decision a machine made (Art. 22).</source>
        <translation>Faire réexaminer par une personne une décision prise par une machine (art. 22).</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="47"/>
        <source>Take back a consent you gave (Art. 7(3)).</source>
        <translation>Retirer un consentement que vous avez donné (art. 7, par. 3).</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="48"/>
        <source>Say what happens to your data after your death (France).</source>
        <translation>Définir le sort de vos données après votre décès (France).</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="51"/>
        <source>Optional: anything in particular, e.g. the recordings of your calls.</source>
        <translation>Facultatif : un point particulier, p. ex. les enregistrements de vos appels.</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="52"/>
        <source>What is wrong and what it should say, e.g. “My address is 3 rue des Lilas, not 3 rue des Roses.”</source>
        <translation>Ce qui est faux et ce qui devrait figurer, p. ex. « Mon adresse est 3 rue des Lilas, et non 3 rue des Roses. »</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="54"/>
        <source>Optional: why, e.g. “I closed my account in March.”</source>
        <translation>Facultatif : pourquoi, p. ex. « J&apos;ai clôturé mon compte en mars. »</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="55"/>
        <source>Why, e.g. “I contest the accuracy of my data.”</source>
        <translation>Pourquoi, p. ex. « Je conteste l&apos;exactitude de mes données. »</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="56"/>
        <source>Optional: the format you want, or who should receive the data.</source>
        <translation>Facultatif : le format souhaité, ou qui doit recevoir les données.</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="57"/>
        <source>Which use of your data you object to, and why in your situation.</source>
        <translation>À quelle utilisation de vos données vous vous opposez, et pourquoi, compte tenu de votre situation.</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="58"/>
        <source>Optional: which messages, e.g. newsletters and calls.</source>
        <translation>Facultatif : quels messages, p. ex. lettres d&apos;information et appels.</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="59"/>
        <source>Which decision, e.g. “the refusal of my credit on 3 May.”</source>
        <translation>Quelle décision, p. ex. « le refus de mon crédit le 3 mai ».</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="61"/>
        <source>Which consent, e.g. “the newsletter I subscribed to in 2021.”</source>
        <translation>Quel consentement, p. ex. « la lettre d&apos;information à laquelle je me suis abonné en 2021 ».</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="63"/>
        <source>Your directives, e.g. “delete my account” and who carries them out.</source>
        <translation>Vos directives, p. ex. « supprimer mon compte », et qui les exécute.</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="67"/>
        <source>They ask for a copy of an ID card, or more identification than needed</source>
        <translation>Ils demandent une copie de pièce d&apos;identité, ou plus de justificatifs que nécessaire</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="69"/>
        <source>They call the request excessive, or ask for a fee</source>
        <translation>Ils jugent la demande excessive, ou réclament des frais</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="71"/>
        <source>They answered in another language, or only in part</source>
        <translation>Ils ont répondu dans une autre langue, ou seulement en partie</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="73"/>
        <source>They want another channel, their form, or a signature</source>
        <translation>Ils exigent un autre canal, leur formulaire ou une signature</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="75"/>
        <source>They say they hold no data, but you have evidence they do</source>
        <translation>Ils disent ne détenir aucune donnée, mais vous avez la preuve du contraire</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="77"/>
        <source>They forwarded your request elsewhere, and nobody answered</source>
        <translation>Ils ont transmis votre demande ailleurs, et personne n&apos;a répondu</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="81"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="82"/>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="83"/>
        <source>Acknowledged</source>
        <translation>Réception confirmée</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="84"/>
        <source>Identification asked</source>
        <translation>Identification demandée</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="85"/>
        <location filename="../../ui/request_words.py" line="99"/>
        <source>Identification provided</source>
        <translation>Identification fournie</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="86"/>
        <source>Extended</source>
        <translation>Délai prolongé</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="87"/>
        <location filename="../../ui/request_words.py" line="105"/>
        <source>Reminder sent</source>
        <translation>Relance envoyée</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="88"/>
        <location filename="../../ui/request_words.py" line="106"/>
        <source>Complaint filed</source>
        <translation>Plainte déposée</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="89"/>
        <source>Answered</source>
        <translation>Réponse reçue</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="90"/>
        <source>Partly answered</source>
        <translation>Réponse partielle</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="91"/>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="92"/>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="95"/>
        <source>Request sent</source>
        <translation>Demande envoyée</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="96"/>
        <source>Delivered to the controller</source>
        <translation>Remise au responsable du traitement</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="97"/>
        <source>Receipt acknowledged</source>
        <translation>Accusé de réception</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="98"/>
        <source>Controller asked for identification</source>
        <translation>Identification demandée par le responsable</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="100"/>
        <source>Deadline extended by the controller</source>
        <translation>Délai prolongé par le responsable</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="101"/>
        <source>Controller answered</source>
        <translation>Réponse du responsable</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="102"/>
        <source>Controller answered in part</source>
        <translation>Réponse partielle du responsable</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="103"/>
        <source>Controller refused</source>
        <translation>Refus du responsable</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="104"/>
        <source>Case closed</source>
        <translation>Dossier clos</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="107"/>
        <source>Reply sent to the controller</source>
        <translation>Réponse envoyée au responsable</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="110"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="111"/>
        <source>Web form</source>
        <translation>Formulaire web</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="112"/>
        <source>Post</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="113"/>
        <source>Registered post</source>
        <translation>Lettre recommandée</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="116"/>
        <source>Send reminder</source>
        <translation>Envoyer une relance</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="117"/>
        <source>File complaint</source>
        <translation>Déposer une plainte</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="118"/>
        <source>Record delivery</source>
        <translation>Noter la remise</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="119"/>
        <source>Check the answer</source>
        <translation>Vérifier la réponse</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="120"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="123"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="124"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="125"/>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="180"/>
        <source>due today</source>
        <translation>échéance aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/request_words.py" line="182"/>
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n jour restant</numerusform>
            <numerusform>%n jours restants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/request_words.py" line="183"/>
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/request_words.py" line="191"/>
        <source>%1 (estimate)</source>
        <translation>%1 (estimation)</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../ui/requests_page.py" line="37"/>
        <source>Search by controller name or reference</source>
        <translation>Rechercher par responsable du traitement ou par référence</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="38"/>
        <source>Search requests</source>
        <translation>Rechercher des demandes</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="39"/>
        <source>Status filter</source>
        <translation>Filtre par statut</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="40"/>
        <source>Right filter</source>
        <translation>Filtre par droit</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="41"/>
        <source>Overdue only</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="42"/>
        <source>Show overdue requests only</source>
        <translation>N&apos;afficher que les demandes en retard</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="48"/>
        <source>New request…</source>
        <translation>Nouvelle demande…</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="49"/>
        <source>Write a new request</source>
        <translation>Rédiger une nouvelle demande</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="81"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="81"/>
        <source>Waiting for an answer</source>
        <translation>En attente de réponse</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="82"/>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="83"/>
        <source>Answered or refused</source>
        <translation>Avec réponse ou refus</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="87"/>
        <source>All rights and follow-ups</source>
        <translation>Tous les droits et suites</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="87"/>
        <source>Requests (no follow-ups)</source>
        <translation>Demandes (sans les suites)</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="89"/>
        <source>Replies to obstacles</source>
        <translation>Réponses aux obstacles</translation>
    </message>
    <message>
        <location filename="../../ui/requests_page.py" line="109"/>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/requests_page.py" line="157"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n demande</numerusform>
            <numerusform>%n demandes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionPanel</name>
    <message>
        <location filename="../../ui/retention_panel.py" line="21"/>
        <source>What is kept</source>
        <translation>Données conservées</translation>
    </message>
    <message>
        <location filename="../../ui/retention_panel.py" line="21"/>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../ui/retention_panel.py" line="21"/>
        <source>Basis</source>
        <translation>Fondement</translation>
    </message>
    <message>
        <location filename="../../ui/retention_panel.py" line="22"/>
        <source>Retention periods</source>
        <translation>Durées de conservation</translation>
    </message>
    <message>
        <location filename="../../ui/retention_panel.py" line="25"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../../ui/retention_panel.py" line="25"/>
        <source>Add a retention period</source>
        <translation>Ajouter une durée de conservation</translation>
    </message>
    <message>
        <location filename="../../ui/retention_panel.py" line="26"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../ui/retention_panel.py" line="26"/>
        <source>Edit the selected retention period</source>
        <translation>Modifier la durée de conservation sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/retention_panel.py" line="28"/>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/retention_panel.py" line="29"/>
        <source>Remove the selected retention period</source>
        <translation>Supprimer la durée de conservation sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/retention_panel.py" line="75"/>
        <source>Remove the retention period “%1”?</source>
        <translation>Supprimer la durée de conservation « %1 » ?</translation>
    </message>
    <message>
        <location filename="../../ui/retention_panel.py" line="74"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>RetentionPeriodDialog</name>
    <message>
        <location filename="../../ui/controller_dialog.py" line="71"/>
        <source>New retention period</source>
        <translation>Nouvelle durée de conservation</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="71"/>
        <source>Edit retention period</source>
        <translation>Modifier la durée de conservation</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="76"/>
        <source>What is kept *</source>
        <translation>Données conservées *</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="77"/>
        <source>e.g. invoices, account data</source>
        <translation>p. ex. factures, données du compte</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="78"/>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="79"/>
        <source>Basis</source>
        <translation>Fondement</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="80"/>
        <source>e.g. the law or the policy that says so</source>
        <translation>p. ex. la loi ou la politique qui le prévoit</translation>
    </message>
</context>
<context>
    <name>RightPage</name>
    <message>
        <location filename="../../ui/wizard_pages.py" line="237"/>
        <source>Right</source>
        <translation>Droit</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_pages.py" line="238"/>
        <source>What do you ask for?</source>
        <translation>Que demandez-vous ?</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_pages.py" line="252"/>
        <source>Details</source>
        <translation>Précisions</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_pages.py" line="255"/>
        <source>Details for the letter:</source>
        <translation>Précisions pour la lettre :</translation>
    </message>
</context>
<context>
    <name>SentDialog</name>
    <message>
        <location filename="../../ui/sent_dialog.py" line="89"/>
        <source>Mark as sent</source>
        <translation>Noter l&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../ui/sent_dialog.py" line="91"/>
        <source>The letter is kept exactly as it is now; later changes make a new letter.</source>
        <translation>La lettre est conservée telle qu&apos;elle est maintenant ; toute modification ultérieure crée une nouvelle lettre.</translation>
    </message>
    <message>
        <location filename="../../ui/sent_dialog.py" line="96"/>
        <source>Mark sent</source>
        <translation>Noter l&apos;envoi</translation>
    </message>
</context>
<context>
    <name>SentForm</name>
    <message>
        <location filename="../../ui/sent_dialog.py" line="33"/>
        <source>Date sent</source>
        <translation>Date d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../ui/sent_dialog.py" line="35"/>
        <location filename="../../ui/sent_dialog.py" line="47"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../ui/sent_dialog.py" line="38"/>
        <source>Delivery date known</source>
        <translation>Date de remise connue</translation>
    </message>
    <message>
        <location filename="../../ui/sent_dialog.py" line="39"/>
        <source>The delivery date is known</source>
        <translation>La date de remise est connue</translation>
    </message>
    <message>
        <location filename="../../ui/sent_dialog.py" line="41"/>
        <source>Delivery date</source>
        <translation>Date de remise</translation>
    </message>
    <message>
        <location filename="../../ui/sent_dialog.py" line="46"/>
        <source>Sent on</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <location filename="../../ui/sent_dialog.py" line="71"/>
        <source>Until you enter the delivery date, the deadline is counted from an estimate: three working days after sending.</source>
        <translation>Tant que vous n&apos;avez pas saisi la date de remise, le délai court à partir d&apos;une estimation : trois jours ouvrés après l&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../../ui/sent_dialog.py" line="74"/>
        <source>The deadline is counted from the delivery date.</source>
        <translation>Le délai court à partir de la date de remise.</translation>
    </message>
    <message>
        <location filename="../../ui/sent_dialog.py" line="76"/>
        <source>The deadline is counted from the day sent.</source>
        <translation>Le délai court à partir du jour de l&apos;envoi.</translation>
    </message>
</context>
<context>
    <name>SentPage</name>
    <message>
        <location filename="../../ui/request_wizard.py" line="77"/>
        <source>Sent?</source>
        <translation>Envoyée ?</translation>
    </message>
    <message>
        <location filename="../../ui/request_wizard.py" line="78"/>
        <source>Marking the request sent freezes the letter and starts the legal deadline.</source>
        <translation>Noter l&apos;envoi de la demande fige la lettre et fait courir le délai légal.</translation>
    </message>
    <message>
        <location filename="../../ui/request_wizard.py" line="79"/>
        <source>I have sent it</source>
        <translation>Je l&apos;ai envoyée</translation>
    </message>
    <message>
        <location filename="../../ui/request_wizard.py" line="80"/>
        <source>The letter was sent</source>
        <translation>La lettre a été envoyée</translation>
    </message>
    <message>
        <location filename="../../ui/request_wizard.py" line="81"/>
        <source>Keep it as a draft; I will send it later</source>
        <translation>La garder en brouillon ; je l&apos;enverrai plus tard</translation>
    </message>
    <message>
        <location filename="../../ui/request_wizard.py" line="82"/>
        <source>Keep the letter as a draft</source>
        <translation>Garder la lettre en brouillon</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../ui/session.py" line="202"/>
        <source>Checking the backup…</source>
        <translation>Vérification de la sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="221"/>
        <source>The backup was not restored: %1 Unlock the vault to continue.</source>
        <translation>La sauvegarde n&apos;a pas été restaurée : %1 Déverrouillez le coffre pour continuer.</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="226"/>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="22"/>
        <location filename="../../ui/settings_dialog.py" line="23"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="27"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="28"/>
        <source>Lock after minutes without use</source>
        <translation>Verrouiller après ce nombre de minutes sans utilisation</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="30"/>
        <source>From the controller&apos;s country</source>
        <translation>Selon le pays du responsable du traitement</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="31"/>
        <source>Default letter language</source>
        <translation>Langue des lettres par défaut</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="33"/>
        <source>The town written before the date of letters</source>
        <translation>La ville écrite avant la date des lettres</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="34"/>
        <source>Default place</source>
        <translation>Lieu par défaut</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="36"/>
        <location filename="../../ui/settings_dialog.py" line="74"/>
        <source>Backup folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="37"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="38"/>
        <source>Choose the backup folder</source>
        <translation>Choisir le dossier des sauvegardes</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="43"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="44"/>
        <source>Language of the application</source>
        <translation>Langue de l&apos;application</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="49"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="51"/>
        <source>Lock after:</source>
        <translation>Verrouiller après :</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="52"/>
        <source>Letter language:</source>
        <translation>Langue des lettres :</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="53"/>
        <source>Place:</source>
        <translation>Lieu :</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="54"/>
        <source>Backup folder:</source>
        <translation>Dossier des sauvegardes :</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="55"/>
        <source>Application language:</source>
        <translation>Langue de l&apos;application :</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../ui/timeline.py" line="55"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="55"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="55"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="56"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="57"/>
        <source>Drop files here to record an event with attachments.</source>
        <translation>Déposez des fichiers ici pour noter un événement avec pièces jointes.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="70"/>
        <source>View</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="71"/>
        <source>View the selected attachment</source>
        <translation>Afficher la pièce jointe sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="73"/>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="74"/>
        <source>Save the selected attachment as a file</source>
        <translation>Enregistrer la pièce jointe sélectionnée dans un fichier</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="76"/>
        <source>Drop files on the timeline to record an event with them.</source>
        <translation>Déposez des fichiers sur la chronologie pour noter un événement avec eux.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="96"/>
        <source>%1 (too late: the original deadline stands)</source>
        <translation>%1 (trop tard : l&apos;échéance initiale est maintenue)</translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="101"/>
        <source>Attachment %1</source>
        <translation>Pièce jointe %1</translation>
    </message>
</context>
<context>
    <name>ToolsMenu</name>
    <message>
        <location filename="../../ui/tools_menu.py" line="42"/>
        <source>Import privacy &amp;policy…</source>
        <translation>&amp;Importer une politique de confidentialité…</translation>
    </message>
    <message>
        <location filename="../../ui/tools_menu.py" line="44"/>
        <source>Import controller &amp;directory…</source>
        <translation>Importer l&apos;&amp;annuaire des responsables du traitement…</translation>
    </message>
    <message>
        <location filename="../../ui/tools_menu.py" line="46"/>
        <source>New requests for a &amp;category…</source>
        <translation>Nouvelles demandes pour une &amp;catégorie…</translation>
    </message>
    <message>
        <location filename="../../ui/tools_menu.py" line="48"/>
        <source>&amp;Who leaked this?…</source>
        <translation>&amp;D&apos;où vient la fuite ?…</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../ui/tray.py" line="27"/>
        <source>Show Privacy Vault</source>
        <translation>Afficher Privacy Vault</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="29"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="31"/>
        <source>Quit</source>
        <translation>Quitter</translation>
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
            <numerusform>%n demande arrive à échéance.</numerusform>
            <numerusform>%n demandes arrivent à échéance.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tray.py" line="57"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
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
        <translation>Fenêtre de déverrouillage</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_window.py" line="60"/>
        <source>Vault file</source>
        <translation>Fichier du coffre</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_window.py" line="64"/>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_window.py" line="65"/>
        <source>Open another vault file</source>
        <translation>Ouvrir un autre fichier de coffre</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_window.py" line="67"/>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_window.py" line="68"/>
        <source>Create a vault in another file</source>
        <translation>Créer un coffre dans un autre fichier</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_window.py" line="75"/>
        <source>Vault file:</source>
        <translation>Fichier du coffre :</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_window.py" line="79"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_window.py" line="81"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_window.py" line="87"/>
        <source>Passphrase:</source>
        <translation>Phrase secrète :</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_window.py" line="93"/>
        <source>Choose a passphrase you will remember. Nobody can recover it: if it is lost, everything in the vault is lost with it. Keep an encrypted backup somewhere else.</source>
        <translation>Choisissez une phrase secrète dont vous vous souviendrez. Personne ne peut la retrouver : si elle est perdue, tout le contenu du coffre est perdu avec elle. Gardez une sauvegarde chiffrée ailleurs.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_window.py" line="97"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_window.py" line="98"/>
        <source>Create vault</source>
        <translation>Créer le coffre</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_window.py" line="117"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_window.py" line="128"/>
        <source>Working</source>
        <translation>Travail en cours</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_window.py" line="163"/>
        <source>Type your passphrase to unlock the vault.</source>
        <translation>Tapez votre phrase secrète pour déverrouiller le coffre.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_window.py" line="164"/>
        <source>There is no vault in this file yet. Create one.</source>
        <translation>Ce fichier ne contient pas encore de coffre. Créez-en un.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_window.py" line="178"/>
        <source>Open a vault</source>
        <translation>Ouvrir un coffre</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_window.py" line="179"/>
        <source>Vault files (%1);;All files (*)</source>
        <translation>Fichiers de coffre (%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_window.py" line="184"/>
        <source>Create a vault</source>
        <translation>Créer un coffre</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_window.py" line="185"/>
        <source>Vault files (%1)</source>
        <translation>Fichiers de coffre (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_window.py" line="200"/>
        <source>Type the passphrase first.</source>
        <translation>Tapez d&apos;abord la phrase secrète.</translation>
    </message>
</context>
<context>
    <name>VaultError</name>
    <message>
        <location filename="../../ui/vault_messages.py" line="13"/>
        <source>Wrong passphrase, or the file is damaged.</source>
        <translation>Phrase secrète incorrecte, ou fichier endommagé.</translation>
    </message>
    <message>
        <location filename="../../ui/vault_messages.py" line="14"/>
        <source>This file is not a privacy vault, or it is damaged.</source>
        <translation>Ce fichier n&apos;est pas un coffre Privacy Vault, ou il est endommagé.</translation>
    </message>
    <message>
        <location filename="../../ui/vault_messages.py" line="15"/>
        <source>The vault file is damaged or has been tampered with; restore it from a backup.</source>
        <translation>Le fichier du coffre est endommagé ou a été altéré ; restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../ui/vault_messages.py" line="16"/>
        <source>This vault is open in another window or process; close it there first.</source>
        <translation>Ce coffre est ouvert dans une autre fenêtre ou un autre programme ; fermez-le d&apos;abord là-bas.</translation>
    </message>
    <message>
        <location filename="../../ui/vault_messages.py" line="17"/>
        <source>This vault was written by a newer version of privacy-vault; update the app to open it.</source>
        <translation>Ce coffre a été écrit par une version plus récente de privacy-vault ; mettez l&apos;application à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../../ui/vault_messages.py" line="19"/>
        <source>The passphrase cannot be empty.</source>
        <translation>La phrase secrète ne peut pas être vide.</translation>
    </message>
    <message>
        <location filename="../../ui/vault_messages.py" line="20"/>
        <source>The new passphrase cannot be empty.</source>
        <translation>La nouvelle phrase secrète ne peut pas être vide.</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../ui/consent_dialog.py" line="139"/>
        <source>Withdraw consent</source>
        <translation>Retirer le consentement</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="152"/>
        <source>Withdrawn on</source>
        <translation>Retiré le</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="153"/>
        <source>Also object to direct marketing (art. 21(2) GDPR)</source>
        <translation>S&apos;opposer aussi à la prospection (art. 21, par. 2, du RGPD)</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="154"/>
        <source>Objection</source>
        <translation>Opposition</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="155"/>
        <source>A draft withdrawal request with its letter (art. 7(3) GDPR) is created; send it from the Requests page.</source>
        <translation>Une demande de retrait, avec sa lettre (art. 7, par. 3, du RGPD), est créée en brouillon ; envoyez-la depuis la page « Demandes ».</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="160"/>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
</context>
</TS>
