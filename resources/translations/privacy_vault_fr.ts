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
    <message>
        <source>How you gave it: ticked a box, signed a paper form, …; choose one or type your own.</source>
        <translation>Comment vous l’avez donné : case cochée, formulaire papier signé… ; choisissez ou écrivez le vôtre.</translation>
    </message>
    <message>
        <source>The organisation you agreed with (a controller decides what is done with your data).</source>
        <translation>L’organisme auprès duquel vous avez consenti (le responsable du traitement décide de ce qui est fait de vos données).</translation>
    </message>
    <message>
        <source>What you agreed your data may be used for.</source>
        <translation>Ce à quoi vous avez accepté que vos données servent.</translation>
    </message>
    <message>
        <source>Who gave the consent: you, or one of your pseudonyms.</source>
        <translation>Qui a donné le consentement : vous, ou l’un de vos pseudonymes.</translation>
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
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <source>Public body</source>
        <translation>Organisme public</translation>
    </message>
    <message>
        <source>EU representative (Art. 27 GDPR)</source>
        <translation>Représentant dans l’UE (art. 27 RGPD)</translation>
    </message>
    <message>
        <source>A controller is the organisation that decides what is done with your data: a company, an administration, an association. Your requests are addressed to it.</source>
        <translation>Le responsable du traitement est l’organisme qui décide de ce qui est fait de vos données : une entreprise, une administration, une association. Vos demandes lui sont adressées.</translation>
    </message>
    <message>
        <source>DPO: data protection officer, the person the organisation names to answer questions about personal data.</source>
        <translation>DPO : délégué à la protection des données, la personne que l’organisme désigne pour répondre aux questions sur les données personnelles.</translation>
    </message>
    <message>
        <source>Its number in the company register (SIREN, Handelsregister…), if you know it.</source>
        <translation>Son numéro d’immatriculation (SIREN, RCS…), si vous le connaissez.</translation>
    </message>
    <message>
        <source>Only where public holidays differ by region: the region&apos;s short code, e.g. BY for Bavaria, 57 for Moselle. Leave it empty if unsure.</source>
        <translation>Seulement là où les jours fériés varient selon la région : le code court de la région, par ex. 57 pour la Moselle, BY pour la Bavière. Laissez vide en cas de doute.</translation>
    </message>
    <message>
        <source>Region (public holidays)</source>
        <translation>Région (jours fériés)</translation>
    </message>
    <message>
        <source>Requests by e-mail go to this address first, when there is one.</source>
        <translation>Les demandes par e-mail partent d’abord à cette adresse, s’il y en a une.</translation>
    </message>
    <message>
        <source>The page where the organisation takes privacy requests, if it has one.</source>
        <translation>La page où l’organisme reçoit les demandes relatives aux données personnelles, s’il en a une.</translation>
    </message>
    <message>
        <source>The public data-protection body that watches over this organisation (e.g. the CNIL in France); complaints go there.</source>
        <translation>L’autorité publique de protection des données qui contrôle cet organisme (par ex. la CNIL en France) ; c’est là que vont les plaintes.</translation>
    </message>
    <message>
        <source>Where the organisation is established: it sets the letter&apos;s language and the public holidays counted in the deadline.</source>
        <translation>Où l’organisme est établi : cela fixe la langue de la lettre et les jours fériés pris en compte dans le délai.</translation>
    </message>
    <message>
        <source>Whether its privacy policy says your data is sent to countries outside the EU.</source>
        <translation>Si sa politique de confidentialité indique que vos données sont envoyées hors de l’UE.</translation>
    </message>
    <message>
        <source>e.g. ACME SAS</source>
        <translation>par ex. ACME SAS</translation>
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
    <message>
        <source>Which organisation holds your data? The law calls it the “controller”: the organisation that decides what is done with your data.</source>
        <translation>Quel organisme détient vos données ? La loi l’appelle le « responsable du traitement » : l’organisme qui décide de ce qui est fait de vos données.</translation>
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
        <source>Privacy contact</source>
        <translation>Contact données personnelles</translation>
    </message>
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
    <message>
        <source>Countries served</source>
        <translation>Pays servis</translation>
    </message>
    <message>
        <source>EU controller</source>
        <translation>Responsable du traitement dans l'UE</translation>
    </message>
    <message>
        <source>%1 (%2), from its privacy policy: %3 (checked %4)</source>
        <translation>%1 (%2), d'après sa politique de confidentialité : %3 (vérifiée le %4)</translation>
    </message>
    <message>
        <source>How long the organisation says it keeps each kind of your data.</source>
        <translation>Combien de temps l’organisme dit garder chaque type de vos données.</translation>
    </message>
    <message>
        <source>Which of your identities deal with this organisation, and since when.</source>
        <translation>Lesquelles de vos identités sont en relation avec cet organisme, et depuis quand.</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>Australia</source>
        <translation>Australie</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Autriche</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brésil</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Bulgarie</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Chine</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Croatie</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Chypre</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Tchéquie</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Danemark</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Estonie</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finlande</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Allemagne</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Grèce</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Hongrie</translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation>Islande</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Inde</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlande</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italie</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japon</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Lettonie</translation>
    </message>
    <message>
        <source>Liechtenstein</source>
        <translation>Liechtenstein</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Lituanie</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <source>Malta</source>
        <translation>Malte</translation>
    </message>
    <message>
        <source>Monaco</source>
        <translation>Monaco</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Pays-Bas</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norvège</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Pologne</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Roumanie</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Slovaquie</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Slovénie</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Espagne</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Suède</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Suisse</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>Andorra</source>
        <translation>Andorre</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>Émirats arabes unis</translation>
    </message>
    <message>
        <source>Afghanistan</source>
        <translation>Afghanistan</translation>
    </message>
    <message>
        <source>Antigua and Barbuda</source>
        <translation>Antigua-et-Barbuda</translation>
    </message>
    <message>
        <source>Anguilla</source>
        <translation>Anguilla</translation>
    </message>
    <message>
        <source>Albania</source>
        <translation>Albanie</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>Arménie</translation>
    </message>
    <message>
        <source>Angola</source>
        <translation>Angola</translation>
    </message>
    <message>
        <source>Antarctica</source>
        <translation>Antarctique</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>Argentine</translation>
    </message>
    <message>
        <source>American Samoa</source>
        <translation>Samoa américaines</translation>
    </message>
    <message>
        <source>Aruba</source>
        <translation>Aruba</translation>
    </message>
    <message>
        <source>Åland Islands</source>
        <translation>Îles Åland</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Azerbaïdjan</translation>
    </message>
    <message>
        <source>Bosnia and Herzegovina</source>
        <translation>Bosnie-Herzégovine</translation>
    </message>
    <message>
        <source>Barbados</source>
        <translation>Barbade</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>Bangladesh</translation>
    </message>
    <message>
        <source>Burkina Faso</source>
        <translation>Burkina Faso</translation>
    </message>
    <message>
        <source>Bahrain</source>
        <translation>Bahreïn</translation>
    </message>
    <message>
        <source>Burundi</source>
        <translation>Burundi</translation>
    </message>
    <message>
        <source>Benin</source>
        <translation>Bénin</translation>
    </message>
    <message>
        <source>Saint Barthélemy</source>
        <translation>Saint-Barthélemy</translation>
    </message>
    <message>
        <source>Bermuda</source>
        <translation>Bermudes</translation>
    </message>
    <message>
        <source>Brunei</source>
        <translation>Brunei</translation>
    </message>
    <message>
        <source>Bolivia</source>
        <translation>Bolivie</translation>
    </message>
    <message>
        <source>Caribbean Netherlands</source>
        <translation>Pays-Bas caribéens</translation>
    </message>
    <message>
        <source>Bahamas</source>
        <translation>Bahamas</translation>
    </message>
    <message>
        <source>Bhutan</source>
        <translation>Bhoutan</translation>
    </message>
    <message>
        <source>Bouvet Island</source>
        <translation>Île Bouvet</translation>
    </message>
    <message>
        <source>Botswana</source>
        <translation>Botswana</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Biélorussie</translation>
    </message>
    <message>
        <source>Belize</source>
        <translation>Belize</translation>
    </message>
    <message>
        <source>Cocos (Keeling) Islands</source>
        <translation>Îles Cocos</translation>
    </message>
    <message>
        <source>Congo (Kinshasa)</source>
        <translation>Congo (Kinshasa)</translation>
    </message>
    <message>
        <source>Central African Republic</source>
        <translation>République centrafricaine</translation>
    </message>
    <message>
        <source>Congo (Brazzaville)</source>
        <translation>Congo (Brazzaville)</translation>
    </message>
    <message>
        <source>Côte d’Ivoire</source>
        <translation>Côte d’Ivoire</translation>
    </message>
    <message>
        <source>Cook Islands</source>
        <translation>Îles Cook</translation>
    </message>
    <message>
        <source>Chile</source>
        <translation>Chili</translation>
    </message>
    <message>
        <source>Cameroon</source>
        <translation>Cameroun</translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation>Colombie</translation>
    </message>
    <message>
        <source>Costa Rica</source>
        <translation>Costa Rica</translation>
    </message>
    <message>
        <source>Cuba</source>
        <translation>Cuba</translation>
    </message>
    <message>
        <source>Cape Verde</source>
        <translation>Cap-Vert</translation>
    </message>
    <message>
        <source>Curaçao</source>
        <translation>Curaçao</translation>
    </message>
    <message>
        <source>Christmas Island</source>
        <translation>Île Christmas</translation>
    </message>
    <message>
        <source>Djibouti</source>
        <translation>Djibouti</translation>
    </message>
    <message>
        <source>Dominica</source>
        <translation>Dominique</translation>
    </message>
    <message>
        <source>Dominican Republic</source>
        <translation>République dominicaine</translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation>Algérie</translation>
    </message>
    <message>
        <source>Ecuador</source>
        <translation>Équateur</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>Égypte</translation>
    </message>
    <message>
        <source>Western Sahara</source>
        <translation>Sahara occidental</translation>
    </message>
    <message>
        <source>Eritrea</source>
        <translation>Érythrée</translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <translation>Éthiopie</translation>
    </message>
    <message>
        <source>Fiji</source>
        <translation>Fidji</translation>
    </message>
    <message>
        <source>Falkland Islands</source>
        <translation>Îles Malouines</translation>
    </message>
    <message>
        <source>Micronesia</source>
        <translation>Micronésie</translation>
    </message>
    <message>
        <source>Faroe Islands</source>
        <translation>Îles Féroé</translation>
    </message>
    <message>
        <source>Gabon</source>
        <translation>Gabon</translation>
    </message>
    <message>
        <source>Grenada</source>
        <translation>Grenade</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Géorgie</translation>
    </message>
    <message>
        <source>French Guiana</source>
        <translation>Guyane</translation>
    </message>
    <message>
        <source>Guernsey</source>
        <translation>Guernesey</translation>
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
        <translation>Groenland</translation>
    </message>
    <message>
        <source>Gambia</source>
        <translation>Gambie</translation>
    </message>
    <message>
        <source>Guinea</source>
        <translation>Guinée</translation>
    </message>
    <message>
        <source>Guadeloupe</source>
        <translation>Guadeloupe</translation>
    </message>
    <message>
        <source>Equatorial Guinea</source>
        <translation>Guinée équatoriale</translation>
    </message>
    <message>
        <source>South Georgia and the South Sandwich Islands</source>
        <translation>Géorgie du Sud-et-les îles Sandwich du Sud</translation>
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
        <translation>Guinée-Bissau</translation>
    </message>
    <message>
        <source>Guyana</source>
        <translation>Guyana</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>Hong Kong</translation>
    </message>
    <message>
        <source>Heard Island and McDonald Islands</source>
        <translation>Îles Heard-et-MacDonald</translation>
    </message>
    <message>
        <source>Honduras</source>
        <translation>Honduras</translation>
    </message>
    <message>
        <source>Haiti</source>
        <translation>Haïti</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>Indonésie</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>Israël</translation>
    </message>
    <message>
        <source>Isle of Man</source>
        <translation>Île de Man</translation>
    </message>
    <message>
        <source>British Indian Ocean Territory</source>
        <translation>Territoire britannique de l’océan Indien</translation>
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
        <translation>Jamaïque</translation>
    </message>
    <message>
        <source>Jordan</source>
        <translation>Jordanie</translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation>Kenya</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Kirghizistan</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>Cambodge</translation>
    </message>
    <message>
        <source>Kiribati</source>
        <translation>Kiribati</translation>
    </message>
    <message>
        <source>Comoros</source>
        <translation>Comores</translation>
    </message>
    <message>
        <source>Saint Kitts and Nevis</source>
        <translation>Saint-Christophe-et-Niévès</translation>
    </message>
    <message>
        <source>North Korea</source>
        <translation>Corée du Nord</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>Corée du Sud</translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation>Koweït</translation>
    </message>
    <message>
        <source>Cayman Islands</source>
        <translation>Îles Caïmans</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Kazakhstan</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>Laos</translation>
    </message>
    <message>
        <source>Lebanon</source>
        <translation>Liban</translation>
    </message>
    <message>
        <source>Saint Lucia</source>
        <translation>Sainte-Lucie</translation>
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
        <translation>Libye</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Maroc</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Moldavie</translation>
    </message>
    <message>
        <source>Montenegro</source>
        <translation>Monténégro</translation>
    </message>
    <message>
        <source>Saint Martin</source>
        <translation>Saint-Martin</translation>
    </message>
    <message>
        <source>Madagascar</source>
        <translation>Madagascar</translation>
    </message>
    <message>
        <source>Marshall Islands</source>
        <translation>Îles Marshall</translation>
    </message>
    <message>
        <source>North Macedonia</source>
        <translation>Macédoine du Nord</translation>
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
        <translation>Mongolie</translation>
    </message>
    <message>
        <source>Macao</source>
        <translation>Macao</translation>
    </message>
    <message>
        <source>Northern Mariana Islands</source>
        <translation>Îles Mariannes du Nord</translation>
    </message>
    <message>
        <source>Martinique</source>
        <translation>Martinique</translation>
    </message>
    <message>
        <source>Mauritania</source>
        <translation>Mauritanie</translation>
    </message>
    <message>
        <source>Montserrat</source>
        <translation>Montserrat</translation>
    </message>
    <message>
        <source>Mauritius</source>
        <translation>Maurice</translation>
    </message>
    <message>
        <source>Maldives</source>
        <translation>Maldives</translation>
    </message>
    <message>
        <source>Malawi</source>
        <translation>Malawi</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>Mexique</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>Malaisie</translation>
    </message>
    <message>
        <source>Mozambique</source>
        <translation>Mozambique</translation>
    </message>
    <message>
        <source>Namibia</source>
        <translation>Namibie</translation>
    </message>
    <message>
        <source>New Caledonia</source>
        <translation>Nouvelle-Calédonie</translation>
    </message>
    <message>
        <source>Niger</source>
        <translation>Niger</translation>
    </message>
    <message>
        <source>Norfolk Island</source>
        <translation>Île Norfolk</translation>
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
        <translation>Népal</translation>
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
        <translation>Nouvelle-Zélande</translation>
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
        <translation>Pérou</translation>
    </message>
    <message>
        <source>French Polynesia</source>
        <translation>Polynésie française</translation>
    </message>
    <message>
        <source>Papua New Guinea</source>
        <translation>Papouasie-Nouvelle-Guinée</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>Philippines</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>Pakistan</translation>
    </message>
    <message>
        <source>Saint Pierre and Miquelon</source>
        <translation>Saint-Pierre-et-Miquelon</translation>
    </message>
    <message>
        <source>Pitcairn Islands</source>
        <translation>Îles Pitcairn</translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation>Porto Rico</translation>
    </message>
    <message>
        <source>Palestinian Territories</source>
        <translation>Territoires palestiniens</translation>
    </message>
    <message>
        <source>Palau</source>
        <translation>Palaos</translation>
    </message>
    <message>
        <source>Paraguay</source>
        <translation>Paraguay</translation>
    </message>
    <message>
        <source>Qatar</source>
        <translation>Qatar</translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation>La Réunion</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>Serbie</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Russie</translation>
    </message>
    <message>
        <source>Rwanda</source>
        <translation>Rwanda</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Arabie saoudite</translation>
    </message>
    <message>
        <source>Solomon Islands</source>
        <translation>Îles Salomon</translation>
    </message>
    <message>
        <source>Seychelles</source>
        <translation>Seychelles</translation>
    </message>
    <message>
        <source>Sudan</source>
        <translation>Soudan</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapour</translation>
    </message>
    <message>
        <source>Saint Helena</source>
        <translation>Sainte-Hélène</translation>
    </message>
    <message>
        <source>Svalbard and Jan Mayen</source>
        <translation>Svalbard et Jan Mayen</translation>
    </message>
    <message>
        <source>Sierra Leone</source>
        <translation>Sierra Leone</translation>
    </message>
    <message>
        <source>San Marino</source>
        <translation>Saint-Marin</translation>
    </message>
    <message>
        <source>Senegal</source>
        <translation>Sénégal</translation>
    </message>
    <message>
        <source>Somalia</source>
        <translation>Somalie</translation>
    </message>
    <message>
        <source>Suriname</source>
        <translation>Suriname</translation>
    </message>
    <message>
        <source>South Sudan</source>
        <translation>Soudan du Sud</translation>
    </message>
    <message>
        <source>São Tomé and Príncipe</source>
        <translation>Sao Tomé-et-Principe</translation>
    </message>
    <message>
        <source>El Salvador</source>
        <translation>Salvador</translation>
    </message>
    <message>
        <source>Sint Maarten</source>
        <translation>Saint-Martin (partie néerlandaise)</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>Syrie</translation>
    </message>
    <message>
        <source>Eswatini</source>
        <translation>Eswatini</translation>
    </message>
    <message>
        <source>Turks and Caicos Islands</source>
        <translation>Îles Turques-et-Caïques</translation>
    </message>
    <message>
        <source>Chad</source>
        <translation>Tchad</translation>
    </message>
    <message>
        <source>French Southern Territories</source>
        <translation>Terres australes françaises</translation>
    </message>
    <message>
        <source>Togo</source>
        <translation>Togo</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Thaïlande</translation>
    </message>
    <message>
        <source>Tajikistan</source>
        <translation>Tadjikistan</translation>
    </message>
    <message>
        <source>Tokelau</source>
        <translation>Tokelau</translation>
    </message>
    <message>
        <source>Timor-Leste</source>
        <translation>Timor oriental</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Turkménistan</translation>
    </message>
    <message>
        <source>Tunisia</source>
        <translation>Tunisie</translation>
    </message>
    <message>
        <source>Tonga</source>
        <translation>Tonga</translation>
    </message>
    <message>
        <source>Türkiye</source>
        <translation>Turquie</translation>
    </message>
    <message>
        <source>Trinidad and Tobago</source>
        <translation>Trinité-et-Tobago</translation>
    </message>
    <message>
        <source>Tuvalu</source>
        <translation>Tuvalu</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>Taïwan</translation>
    </message>
    <message>
        <source>Tanzania</source>
        <translation>Tanzanie</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukraine</translation>
    </message>
    <message>
        <source>Uganda</source>
        <translation>Ouganda</translation>
    </message>
    <message>
        <source>United States Minor Outlying Islands</source>
        <translation>Îles mineures éloignées des États-Unis</translation>
    </message>
    <message>
        <source>Uruguay</source>
        <translation>Uruguay</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Ouzbékistan</translation>
    </message>
    <message>
        <source>Vatican City</source>
        <translation>Vatican</translation>
    </message>
    <message>
        <source>Saint Vincent and the Grenadines</source>
        <translation>Saint-Vincent-et-les-Grenadines</translation>
    </message>
    <message>
        <source>Venezuela</source>
        <translation>Venezuela</translation>
    </message>
    <message>
        <source>British Virgin Islands</source>
        <translation>Îles Vierges britanniques</translation>
    </message>
    <message>
        <source>United States Virgin Islands</source>
        <translation>Îles Vierges des États-Unis</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Viêt Nam</translation>
    </message>
    <message>
        <source>Vanuatu</source>
        <translation>Vanuatu</translation>
    </message>
    <message>
        <source>Wallis and Futuna</source>
        <translation>Wallis-et-Futuna</translation>
    </message>
    <message>
        <source>Samoa</source>
        <translation>Samoa</translation>
    </message>
    <message>
        <source>Yemen</source>
        <translation>Yémen</translation>
    </message>
    <message>
        <source>Mayotte</source>
        <translation>Mayotte</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>Afrique du Sud</translation>
    </message>
    <message>
        <source>Zambia</source>
        <translation>Zambie</translation>
    </message>
    <message>
        <source>Zimbabwe</source>
        <translation>Zimbabwe</translation>
    </message>
</context>
<context>
    <name>CountryBox</name>
    <message>
        <source>(not given)</source>
        <translation>(non indiqué)</translation>
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
        <location filename="../../ui/detail_pane.py" line="101"/>
        <source>Copy %1</source>
        <translation>Copier : %1</translation>
    </message>
    <message numerus="yes">
        <source>Copy (cleared from the clipboard after %n second(s))</source>
        <translation>
            <numerusform>Copier (effacé du presse-papiers après %n seconde)</numerusform>
            <numerusform>Copier (effacé du presse-papiers après %n secondes)</numerusform>
        </translation>
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
        <location filename="../../ui/letter_export.py" line="114"/>
        <source>Saved as %1.</source>
        <translation>Enregistrée sous %1.</translation>
    </message>
    <message>
        <location filename="../../ui/letter_export.py" line="120"/>
        <source>Sent to the printer.</source>
        <translation>Envoyée à l&apos;imprimante.</translation>
    </message>
    <message numerus="yes">
        <source>Copy the letter text (cleared from the clipboard after %n second(s))</source>
        <translation>
            <numerusform>Copier le texte de la lettre (effacé du presse-papiers après %n seconde)</numerusform>
            <numerusform>Copier le texte de la lettre (effacé du presse-papiers après %n secondes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied; the clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Copié ; le presse-papiers sera effacé dans %n seconde.</numerusform>
            <numerusform>Copié ; le presse-papiers sera effacé dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Send by e-mail…</source>
        <translation>Envoyer par e-mail…</translation>
    </message>
    <message>
        <source>Send the letter by e-mail</source>
        <translation>Envoyer la lettre par e-mail</translation>
    </message>
    <message>
        <source>Sent by e-mail; the request is marked sent.</source>
        <translation>Envoyée par e-mail ; la demande est marquée comme envoyée.</translation>
    </message>
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
    <name>FieldChecks</name>
    <message>
        <source>This cannot be empty.</source>
        <translation>Ce champ ne peut pas être vide.</translation>
    </message>
    <message>
        <source>“%1” does not look like an e-mail address.</source>
        <translation>« %1 » ne ressemble pas à une adresse e-mail.</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>« %1 » n’est pas une adresse web.</translation>
    </message>
    <message>
        <source>Write the region&apos;s short code (up to three letters or digits, e.g. BY for Bavaria), or leave it empty.</source>
        <translation>Écrivez le code court de la région (trois lettres ou chiffres au plus, par ex. 57 pour la Moselle), ou laissez vide.</translation>
    </message>
</context>
<context>
    <name>FirstRunGuide</name>
    <message>
        <source>Ask any organisation what it does with your data</source>
        <translation>Demandez à tout organisme ce qu’il fait de vos données</translation>
    </message>
    <message>
        <source>Choose the organisation</source>
        <translation>Choisissez l’organisme</translation>
    </message>
    <message>
        <source>Find the company or administration that holds your data in the built-in directory, or add it yourself.</source>
        <translation>Trouvez l’entreprise ou l’administration qui détient vos données dans l’annuaire intégré, ou ajoutez-la vous-même.</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>Help ▸ Guide (F1) explains deadlines, reminders and complaints.</source>
        <translation>Aide ▸ Guide (F1) explique les délais, les relances et les plaintes.</translation>
    </message>
    <message>
        <source>Let the app write the letter</source>
        <translation>Laissez l’application rédiger la lettre</translation>
    </message>
    <message>
        <source>Say who you are and what you want: a copy of your data, a correction, its erasure… The letter is written for you, citing the law, and you can change it.</source>
        <translation>Dites qui vous êtes et ce que vous voulez : une copie de vos données, une correction, leur effacement… La lettre est rédigée pour vous, avec les articles de loi, et vous pouvez la modifier.</translation>
    </message>
    <message>
        <source>Send it by e-mail or post and mark it sent. The organisation has one month from receipt to answer; the app tells you when it is late and helps you send a reminder or a complaint.</source>
        <translation>Envoyez-la par e-mail ou par la poste et notez l’envoi. L’organisme a un mois à compter de la réception pour répondre ; l’application vous prévient en cas de retard et vous aide à relancer ou à porter plainte.</translation>
    </message>
    <message>
        <source>Send it; the app keeps the deadline</source>
        <translation>Envoyez-la ; l’application surveille le délai</translation>
    </message>
    <message>
        <source>Write my first request</source>
        <translation>Écrire ma première demande</translation>
    </message>
    <message>
        <source>Write my first request (opens the new-request wizard)</source>
        <translation>Écrire ma première demande (ouvre l’assistant de nouvelle demande)</translation>
    </message>
</context>
<context>
    <name>FollowUpMenu</name>
    <message>
        <location filename="../../ui/widgets/follow_up_menu.py" line="33"/>
        <source>Send a redacted copy of an identity document…</source>
        <translation>Envoyer une copie masquée d&apos;une pièce d&apos;identité…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/follow_up_menu.py" line="34"/>
        <source>When the demand is justified, or you prefer to comply: a copy only this controller can use.</source>
        <translation>Si la demande est justifiée, ou si vous préférez y répondre : une copie que seul ce responsable du traitement peut utiliser.</translation>
    </message>
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
    <message>
        <location filename="../../ui/widgets/follow_up_menu.py" line="38"/>
        <source>Not yet: a reminder can be sent the day after the deadline.</source>
        <translation>Pas encore : une relance peut être envoyée le lendemain de l’échéance.</translation>
    </message>
</context>
<context>
    <name>HelpGuideDialog</name>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Privacy Vault guide</source>
        <translation>Guide de Privacy Vault</translation>
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
        <location filename="../../ui/identifier_dialog.py" line="42"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>An identifier is what an organisation knows you by: an e-mail address, a phone number, a username or a customer number. Your letters quote it so the organisation finds your data.</source>
        <translation>Un identifiant est ce par quoi un organisme vous connaît : une adresse e-mail, un numéro de téléphone, un nom d’utilisateur ou un numéro client. Vos lettres le citent pour que l’organisme retrouve vos données.</translation>
    </message>
    <message>
        <source>The organisation you gave it to, if it was only one.</source>
        <translation>L’organisme à qui vous l’avez donné, s’il n’y en a qu’un.</translation>
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
        <location filename="../../ui/identifier_panel.py" line="121"/>
        <source>New alias for which controller?</source>
        <translation>Nouvel alias pour quel responsable du traitement ?</translation>
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
    <message numerus="yes">
        <source>Copied. It will be cleared from the clipboard in %n second(s).</source>
        <translation>
            <numerusform>Copié. Il sera effacé du presse-papiers dans %n seconde.</numerusform>
            <numerusform>Copié. Il sera effacé du presse-papiers dans %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The alias %1 is recorded and copied (cleared from the clipboard in %n second(s)).</source>
        <translation>
            <numerusform>L’alias %1 est enregistré et copié (effacé du presse-papiers dans %n seconde).</numerusform>
            <numerusform>L’alias %1 est enregistré et copié (effacé du presse-papiers dans %n secondes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy (cleared from the clipboard after %n second(s))</source>
        <translation>
            <numerusform>Copier (effacé du presse-papiers après %n seconde)</numerusform>
            <numerusform>Copier (effacé du presse-papiers après %n secondes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentitiesPage</name>
    <message>
        <source>Scans of your ID card or passport, kept in the vault; a redacted copy is made for one request when a controller asks for proof of identity.</source>
        <translation>Les scans de votre carte d'identité ou de votre passeport, gardés dans le coffre ; une copie masquée est faite pour une seule demande quand un responsable du traitement demande une preuve d'identité.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/identities.py" line="36"/>
        <source>Identity documents</source>
        <translation>Pièces d&apos;identité</translation>
    </message>
    <message>
        <source>Mail account…</source>
        <translation>Compte de messagerie…</translation>
    </message>
    <message>
        <source>The selected identity's mail account</source>
        <translation>Le compte de messagerie de l'identité choisie</translation>
    </message>
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
    <message>
        <source>What each organisation knows you by: e-mail addresses, phone numbers, usernames, customer numbers. Your letters quote them.</source>
        <translation>Ce par quoi chaque organisme vous connaît : adresses e-mail, numéros de téléphone, noms d’utilisateur, numéros client. Vos lettres les citent.</translation>
    </message>
    <message>
        <source>Since when you deal with each organisation, and when it ended.</source>
        <translation>Depuis quand vous êtes en relation avec chaque organisme, et quand cela a pris fin.</translation>
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
    <message>
        <source>Country of residence</source>
        <translation>Pays de résidence</translation>
    </message>
    <message>
        <source>Two-letter code, e.g. FR: your own supervisory authority</source>
        <translation>Code à deux lettres, p. ex. FR : votre propre autorité de contrôle</translation>
    </message>
    <message>
        <source>Region of residence</source>
        <translation>Région de résidence</translation>
    </message>
    <message>
        <source>e.g. BY for Bavaria</source>
        <translation>p. ex. BY pour la Bavière</translation>
    </message>
    <message>
        <source>A pseudonym is another name you give some organisations instead of your own.</source>
        <translation>Un pseudonyme est un autre nom que vous donnez à certains organismes à la place du vôtre.</translation>
    </message>
    <message>
        <source>A short name for this identity, seen only by you.</source>
        <translation>Un nom court pour cette identité, que vous seul voyez.</translation>
    </message>
    <message>
        <source>An identity is who writes the letters: you under your real name, or a pseudonym you use with some organisations.</source>
        <translation>Une identité, c’est qui écrit les lettres : vous sous votre vrai nom, ou un pseudonyme que vous utilisez auprès de certains organismes.</translation>
    </message>
    <message>
        <source>Some organisations ask for it to find your data; tick “Known” to give it.</source>
        <translation>Certains organismes la demandent pour retrouver vos données ; cochez « Connue » pour l’indiquer.</translation>
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
    <message>
        <source>Who writes (you, or a pseudonym you use), and the identifiers that let the organisation find your data: the e-mail address, customer number or username it knows you by.</source>
        <translation>Qui écrit (vous, ou un pseudonyme que vous utilisez), et les identifiants qui permettent à l’organisme de retrouver vos données : l’adresse e-mail, le numéro client ou le nom d’utilisateur sous lequel il vous connaît.</translation>
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
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d'outils principale</translation>
    </message>
    <message>
        <source>Make a backup?</source>
        <translation>Faire une sauvegarde ?</translation>
    </message>
    <message>
        <source>No recent backup.</source>
        <translation>Pas de sauvegarde récente.</translation>
    </message>
    <message>
        <source>Your vault is ready. It exists only on this computer: a backup on another drive (a USB stick, another disk) protects it against a lost or broken computer. Make a backup now?</source>
        <translation>Votre coffre est prêt. Il n'existe que sur cet ordinateur : une sauvegarde sur un autre support (clé USB, autre disque) le protège si l'ordinateur est perdu ou tombe en panne. Faire une sauvegarde maintenant ?</translation>
    </message>
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
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
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
    <name>OptionalDate</name>
    <message>
        <source>Known</source>
        <translation>Connue</translation>
    </message>
    <message>
        <source>The date is known</source>
        <translation>La date est connue</translation>
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
        <source>Show passphrase</source>
        <translation>Afficher la phrase secrète</translation>
    </message>
    <message>
        <source>Six random words: easy to remember, very hard to guess. Write them down and keep them safe: they cannot be recovered.</source>
        <translation>Six mots tirés au hasard : faciles à retenir, très difficiles à deviner. Notez-les et gardez-les en lieu sûr : ils ne peuvent pas être récupérés.</translation>
    </message>
    <message>
        <source>Suggest a passphrase</source>
        <translation>Proposer une phrase secrète</translation>
    </message>
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
    <message>
        <source>The controller “%1” is saved and selected on the Controllers page.</source>
        <translation>Le responsable du traitement « %1 » est enregistré et sélectionné dans la page Responsables du traitement.</translation>
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
        <location filename="../../ui/dialogs/policy.py" line="127"/>
        <source>Uncertain: check this against the policy before saving.</source>
        <translation>Incertain : vérifiez ceci dans la politique avant d'enregistrer.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/policy.py" line="120"/>
        <source>Web site</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/policy.py" line="120"/>
        <source>Data collected (one per line)</source>
        <translation>Données collectées (une par ligne)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/policy.py" line="120"/>
        <source>Purposes | legal basis (one per line)</source>
        <translation>Finalités | base légale (une par ligne)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/policy.py" line="120"/>
        <source>Recipients (one per line)</source>
        <translation>Destinataires (un par ligne)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/policy.py" line="120"/>
        <source>Joint controllers (one per line)</source>
        <translation>Responsables conjoints (un par ligne)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/policy.py" line="120"/>
        <source>EU representative</source>
        <translation>Représentant dans l'UE</translation>
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
    <message>
        <source>Please correct:</source>
        <translation>Veuillez corriger :</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1 : %2</translation>
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
    <message>
        <source>When the account was closed: from then on, the organisation may keep your data only as long as its retention periods allow.</source>
        <translation>Quand le compte a été fermé : dès lors, l’organisme ne peut garder vos données que le temps permis par ses durées de conservation.</translation>
    </message>
    <message>
        <source>The end comes before the start (customer since).</source>
        <translation>La fin précède le début (client depuis).</translation>
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
        <source>Discard</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Keep draft</source>
        <translation>Garder le brouillon</translation>
    </message>
    <message>
        <source>Keep the draft?</source>
        <translation>Garder le brouillon ?</translation>
    </message>
    <message>
        <source>This letter was not sent. Keep it as a draft to finish later, or discard it?</source>
        <translation>Ce courrier n'a pas été envoyé. Le garder comme brouillon pour le terminer plus tard, ou le supprimer ?</translation>
    </message>
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
    <message>
        <source>Your own authority: %1</source>
        <translation>Votre propre autorité : %1</translation>
    </message>
    <message>
        <source>The controller’s authority: %1</source>
        <translation>L’autorité du responsable du traitement : %1</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Réclamation</translation>
    </message>
    <message>
        <source>Which supervisory authority should receive the complaint?</source>
        <translation>Quelle autorité de contrôle doit recevoir la réclamation ?</translation>
    </message>
    <message>
        <source>dossier</source>
        <translation>dossier</translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <source>No next step</source>
        <translation>Pas d'étape suivante</translation>
    </message>
    <message>
        <source>Send by e-mail…</source>
        <translation>Envoyer par e-mail…</translation>
    </message>
    <message>
        <source>Send the letter by e-mail</source>
        <translation>Envoyer la lettre par e-mail</translation>
    </message>
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
        <source>Write it again?</source>
        <translation>L'écrire de nouveau ?</translation>
    </message>
    <message>
        <source>You already wrote this request to this organisation today (%1). Write another one?</source>
        <translation>Vous avez déjà écrit cette demande à cet organisme aujourd'hui (%1). En écrire une autre ?</translation>
    </message>
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
        <source>Not delivered</source>
        <translation>Non distribuée</translation>
    </message>
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
    <message>
        <source>Fee paid</source>
        <translation>Frais payés</translation>
    </message>
    <message>
        <source>Controller asked what the request concerns</source>
        <translation>Le responsable du traitement demande sur quoi porte la demande</translation>
    </message>
    <message>
        <source>Clarification provided</source>
        <translation>Précisions fournies</translation>
    </message>
    <message>
        <source>app</source>
        <translation>application</translation>
    </message>
    <message>
        <source>checkbox</source>
        <translation>case à cocher</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en personne</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>papier</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>web form</source>
        <translation>formulaire web</translation>
    </message>
    <message>
        <source>Sent by: %1</source>
        <translation>Envoi : %1</translation>
    </message>
    <message>
        <source>Have your data kept but no longer used while a dispute lasts (Art. 18).</source>
        <translation>Faire conserver vos données sans qu’elles soient utilisées, le temps d’une contestation (art. 18).</translation>
    </message>
    <message>
        <source>Get the data you gave them in a file another service can import (Art. 20).</source>
        <translation>Récupérer les données que vous leur avez fournies dans un fichier qu’un autre service peut importer (art. 20).</translation>
    </message>
    <message>
        <source>Make them stop a use of your data they justify by their own interests, for a reason of your own situation (Art. 21(1)).</source>
        <translation>Leur faire cesser une utilisation de vos données qu’ils justifient par leurs propres intérêts, pour une raison tenant à votre situation (art. 21, par. 1).</translation>
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
    <message>
        <source>A retention period is how long the organisation says it keeps one kind of your data; once it has passed, the app suggests asking for erasure.</source>
        <translation>Une durée de conservation est le temps pendant lequel l’organisme dit garder un type de vos données ; une fois passée, l’application propose de demander l’effacement.</translation>
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
        <source>Tracking number of the registered letter</source>
        <translation>Numéro de suivi de la lettre recommandée</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Numéro de suivi</translation>
    </message>
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
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Clear copied values after:</source>
        <translation>Effacer les valeurs copiées après :</translation>
    </message>
    <message>
        <source>Seconds before a copied value leaves the clipboard</source>
        <translation>Secondes avant qu'une valeur copiée quitte le presse-papiers</translation>
    </message>
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
        <source>Check &amp;mail…</source>
        <translation>Relever le &amp;courrier…</translation>
    </message>
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
        <source>%1 (locked)</source>
        <translation>%1 (verrouillé)</translation>
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
<context>
    <name>OrganisationChoice</name>
    <message>
        <source>Country variant</source>
        <translation>Variante par pays</translation>
    </message>
    <message>
        <source>Variant:</source>
        <translation>Variante :</translation>
    </message>
    <message>
        <source>For people in the EEA, the controller of %1 is %2 (%3), as its privacy policy says (%4, checked %5). A complaint can go to its lead authority or to your own.</source>
        <translation>Pour les personnes dans l'EEE, le responsable du traitement de %1 est %2 (%3), selon sa politique de confidentialité (%4, vérifiée le %5). Une réclamation peut aller à son autorité chef de file ou à la vôtre.</translation>
    </message>
    <message>
        <source>Write to %1</source>
        <translation>Écrire à %1</translation>
    </message>
</context>
<context>
    <name>IdCopyDialog</name>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="265"/>
        <source>Making the copy…</source>
        <translation>Copie en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="65"/>
        <source>Add a document…</source>
        <translation>Ajouter un document…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="187"/>
        <source>Add a scan or photo of an identity document first.</source>
        <translation>Ajoutez d&apos;abord un scan ou une photo d&apos;une pièce d&apos;identité.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="76"/>
        <source>Add an area</source>
        <translation>Ajouter une zone</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="66"/>
        <source>Add an identity document</source>
        <translation>Ajouter une pièce d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="71"/>
        <source>Also the photo, height and eye colour</source>
        <translation>Aussi la photo, la taille et la couleur des yeux</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="177"/>
        <source>Back</source>
        <translation>Verso</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="55"/>
        <source>Copy of an identity document</source>
        <translation>Copie d&apos;une pièce d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="248"/>
        <source>Copy saved to %1 and recorded as sent with the request. Now save the cover letter and send both.</source>
        <translation>Copie enregistrée dans %1 et consignée comme envoyée avec la demande. Enregistrez maintenant la lettre d&apos;accompagnement et envoyez les deux.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="271"/>
        <source>Cover letter saved to %1.</source>
        <translation>Lettre d&apos;accompagnement enregistrée dans %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="132"/>
        <source>Cover letter:</source>
        <translation>Lettre d&apos;accompagnement :</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="108"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="133"/>
        <source>E-mail with the copy…</source>
        <translation>E-mail avec la copie…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="57"/>
        <source>For %1, request %2. Only this copy leaves the vault: grey, reduced, with the areas below blacked out and a watermark naming the recipient, the request and the date.</source>
        <translation>Pour %1, demande %2. Seule cette copie sort du coffre : en niveaux de gris, réduite, avec les zones ci-dessous masquées et un filigrane indiquant le destinataire, la demande et la date.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="84"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="177"/>
        <source>Front</source>
        <translation>Recto</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="63"/>
        <source>Identity document</source>
        <translation>Pièce d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="89"/>
        <source>Make the copy, save it and record it as sent</source>
        <translation>Faire la copie, l&apos;enregistrer et la consigner comme envoyée</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="88"/>
        <source>Make the copy…</source>
        <translation>Faire la copie…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="231"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="82"/>
        <source>PDF (watermark also as text)</source>
        <translation>PDF (filigrane aussi en texte)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="135"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="83"/>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="231"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="69"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="179"/>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="72"/>
        <source>Propose areas</source>
        <translation>Proposer les zones</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="77"/>
        <source>Remove the selected area</source>
        <translation>Retirer la zone sélectionnée</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="73"/>
        <source>Replace the areas with the preset for this document</source>
        <translation>Remplacer les zones par celles proposées pour ce document</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="230"/>
        <source>Save the copy</source>
        <translation>Enregistrer la copie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="260"/>
        <source>Save the cover letter</source>
        <translation>Enregistrer la lettre d&apos;accompagnement</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="136"/>
        <source>Save the cover letter as PDF</source>
        <translation>Enregistrer la lettre d&apos;accompagnement en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="134"/>
        <source>Save the cover letter as an e-mail with the copy attached</source>
        <translation>Enregistrer la lettre d&apos;accompagnement comme e-mail avec la copie jointe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="138"/>
        <source>Save the cover letter as plain text</source>
        <translation>Enregistrer la lettre d&apos;accompagnement en texte brut</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="93"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="137"/>
        <source>Text…</source>
        <translation>Texte…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_copy.py" line="87"/>
        <source>Watermark</source>
        <translation>Filigrane</translation>
    </message>
</context>
<context>
    <name>IdDocumentDialog</name>
    <message>
        <location filename="../../ui/dialogs/id_document.py" line="68"/>
        <source>Back</source>
        <translation>Verso</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_document.py" line="73"/>
        <source>Choose the file of the document&apos;s front.</source>
        <translation>Choisissez le fichier du recto du document.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_document.py" line="66"/>
        <source>Front *</source>
        <translation>Recto *</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_document.py" line="63"/>
        <source>Issuing country *</source>
        <translation>Pays de délivrance *</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_document.py" line="62"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_document.py" line="64"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_document.py" line="59"/>
        <source>New identity document</source>
        <translation>Nouvelle pièce d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_document.py" line="63"/>
        <source>e.g. DE, FR</source>
        <translation>p. ex. FR, DE</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_document.py" line="64"/>
        <source>e.g. ID card until 2031</source>
        <translation>p. ex. CNI jusqu&apos;en 2031</translation>
    </message>
</context>
<context>
    <name>IdDocuments</name>
    <message>
        <location filename="../../ui/dialogs/id_document.py" line="22"/>
        <source>Driving licence</source>
        <translation>Permis de conduire</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_document.py" line="19"/>
        <source>National identity card</source>
        <translation>Carte nationale d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_document.py" line="20"/>
        <source>Passport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_document.py" line="21"/>
        <source>Residence permit</source>
        <translation>Titre de séjour</translation>
    </message>
</context>
<context>
    <name>IdDocumentsPanel</name>
    <message>
        <location filename="../../ui/pages/id_document_panel.py" line="23"/>
        <source>Add an identity document</source>
        <translation>Ajouter une pièce d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../ui/pages/id_document_panel.py" line="23"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/id_document_panel.py" line="21"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/pages/id_document_panel.py" line="22"/>
        <source>Identity documents</source>
        <translation>Pièces d&apos;identité</translation>
    </message>
    <message>
        <location filename="../../ui/pages/id_document_panel.py" line="21"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/pages/id_document_panel.py" line="21"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../ui/pages/id_document_panel.py" line="66"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/id_document_panel.py" line="67"/>
        <source>Remove the document “%1” and its scans? Copies already sent stay with their requests.</source>
        <translation>Retirer le document « %1 » et ses scans ? Les copies déjà envoyées restent avec leurs demandes.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/id_document_panel.py" line="24"/>
        <source>Remove the selected document</source>
        <translation>Retirer le document sélectionné</translation>
    </message>
    <message>
        <location filename="../../ui/pages/id_document_panel.py" line="24"/>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/id_document_panel.py" line="26"/>
        <source>Scans stay in the encrypted vault. To send one, open the request and choose Follow-up ▸ Send a redacted copy of an identity document.</source>
        <translation>Les scans restent dans le coffre chiffré. Pour en envoyer un, ouvrez la demande et choisissez Donner suite ▸ Envoyer une copie masquée d&apos;une pièce d&apos;identité.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/id_document_panel.py" line="21"/>
        <source>Sides</source>
        <translation>Faces</translation>
    </message>
    <message>
        <location filename="../../ui/pages/id_document_panel.py" line="48"/>
        <source>front</source>
        <translation>recto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/id_document_panel.py" line="48"/>
        <source>front and back</source>
        <translation>recto et verso</translation>
    </message>
</context>
<context>
    <name>RedactionEditor</name>
    <message>
        <location filename="../../ui/widgets/redaction_editor.py" line="104"/>
        <source>Drag an area to move it, drag its red corner to resize it.</source>
        <translation>Faites glisser une zone pour la déplacer, son coin rouge pour la redimensionner.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/redaction_editor.py" line="103"/>
        <source>Page with the areas to black out</source>
        <translation>Page avec les zones à masquer</translation>
    </message>
</context>
<context>
    <name>_FileField</name>
    <message>
        <location filename="../../ui/dialogs/id_document.py" line="41"/>
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_document.py" line="49"/>
        <source>Choose a scan or photo</source>
        <translation>Choisir un scan ou une photo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_document.py" line="40"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_document.py" line="39"/>
        <source>JPEG, PNG or PDF</source>
        <translation>JPEG, PNG ou PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/id_document.py" line="50"/>
        <source>Scans and photos (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>Scans et photos (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
</context>
<context>
    <name>CheckMailDialog</name>
    <message>
        <source>The selected message</source>
        <translation>Le message choisi</translation>
    </message>
    <message>
        <source>This message matched no request; it is read again from the server when you accept it.</source>
        <translation>Ce message ne correspond à aucune demande ; il sera relu sur le serveur si vous l'acceptez.</translation>
    </message>
    <message>
        <source>%1 new message(s) read.</source>
        <translation>%1 nouveau(x) message(s) lu(s).</translation>
    </message>
    <message>
        <source>(choose a request)</source>
        <translation>(choisir une demande)</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Relever à nouveau</translation>
    </message>
    <message>
        <source>Check mail</source>
        <translation>Relever le courrier</translation>
    </message>
    <message>
        <source>Checking mail…</source>
        <translation>Relève du courrier…</translation>
    </message>
    <message>
        <source>Choose the request this message belongs to.</source>
        <translation>Choisissez la demande à laquelle ce message se rapporte.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Leave the message out of every request</source>
        <translation>Ne rattacher le message à aucune demande</translation>
    </message>
    <message>
        <source>Mail status</source>
        <translation>État du courrier</translation>
    </message>
    <message>
        <source>Messages waiting</source>
        <translation>Messages en attente</translation>
    </message>
    <message>
        <source>No identity has a mail account yet: set one up on the Identities page.</source>
        <translation>Aucune identité n'a encore de compte de messagerie : configurez-en un sur la page Identités.</translation>
    </message>
    <message>
        <source>Proposed request</source>
        <translation>Demande proposée</translation>
    </message>
    <message>
        <source>Record the message as this event of this request</source>
        <translation>Enregistrer le message comme cet événement de cette demande</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Request the message belongs to</source>
        <translation>Demande à laquelle se rapporte le message</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>The e-mail did not arrive: send the letter by post to the controller's postal address.</source>
        <translation>L'e-mail n'est pas arrivé : envoyez la lettre par la poste à l'adresse postale du responsable du traitement.</translation>
    </message>
    <message>
        <source>What the message is</source>
        <translation>Nature du message</translation>
    </message>
</context>
<context>
    <name>MailAccountDialog</name>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>E-mail address *</source>
        <translation>Adresse e-mail *</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>From the port (465 and 993: TLS; 587 and 143: STARTTLS)</source>
        <translation>D'après le port (465 et 993 : TLS ; 587 et 143 : STARTTLS)</translation>
    </message>
    <message>
        <source>In the system keyring</source>
        <translation>Dans le trousseau du système</translation>
    </message>
    <message>
        <source>In the vault (encrypted)</source>
        <translation>Dans le coffre (chiffré)</translation>
    </message>
    <message>
        <source>Incoming server (IMAP) *</source>
        <translation>Serveur entrant (IMAP) *</translation>
    </message>
    <message>
        <source>Keep the password</source>
        <translation>Conserver le mot de passe</translation>
    </message>
    <message>
        <source>Mail account</source>
        <translation>Compte de messagerie</translation>
    </message>
    <message>
        <source>None (only for a server on this computer)</source>
        <translation>Aucune (seulement pour un serveur sur cet ordinateur)</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>OK : %1</translation>
    </message>
    <message>
        <source>Outgoing server (SMTP) *</source>
        <translation>Serveur sortant (SMTP) *</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Test the connection to both servers</source>
        <translation>Tester la connexion aux deux serveurs</translation>
    </message>
    <message>
        <source>The address, unless your provider says otherwise</source>
        <translation>L'adresse, sauf indication contraire de votre fournisseur</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d'utilisateur</translation>
    </message>
</context>
<context>
    <name>SendMailDialog</name>
    <message>
        <source>Attach a file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <source>Attach a file…</source>
        <translation>Joindre un fichier…</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Fichiers joints</translation>
    </message>
    <message>
        <source>Did the e-mail leave from your mail program? Marking the request sent freezes the letter and starts the deadline.</source>
        <translation>L'e-mail est-il parti de votre logiciel de messagerie ? Marquer la demande comme envoyée fige la lettre et fait courir le délai.</translation>
    </message>
    <message>
        <source>E-mail (*.eml)</source>
        <translation>E-mail (*.eml)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>It was sent</source>
        <translation>Il est parti</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Open in my mail program</source>
        <translation>Ouvrir dans mon logiciel de messagerie</translation>
    </message>
    <message>
        <source>Save the draft e-mail</source>
        <translation>Enregistrer le brouillon d'e-mail</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send by e-mail</source>
        <translation>Envoyer par e-mail</translation>
    </message>
    <message>
        <source>Sending status</source>
        <translation>État de l'envoi</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Set up a mail account…</source>
        <translation>Configurer un compte de messagerie…</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>The message as it will be sent</source>
        <translation>Le message tel qu'il sera envoyé</translation>
    </message>
    <message>
        <source>This identity has no mail account: set one up to send from here, or open the message in your own mail program.</source>
        <translation>Cette identité n'a pas de compte de messagerie : configurez-en un pour envoyer d'ici, ou ouvrez le message dans votre propre logiciel de messagerie.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
</context>
</TS>
