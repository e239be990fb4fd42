<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <translation>Nouveau responsable du traitement</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="18"/>
        <source>Edit controller</source>
        <translation>Modifier le responsable du traitement</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="23"/>
        <source>Name *</source>
        <translation>Nom *</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="24"/>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="24"/>
        <source>e.g. SA, GmbH, Ltd</source>
        <translation>p. ex. SA, SAS, GmbH</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="25"/>
        <source>Registration number</source>
        <translation>Numéro d&apos;immatriculation</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="26"/>
        <source>Postal address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="27"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="27"/>
        <source>Two-letter code, e.g. FR, DE</source>
        <translation>Code à deux lettres, p. ex. FR, DE</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="28"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="28"/>
        <source>e.g. BY, 57</source>
        <translation>p. ex. BY, 57</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="29"/>
        <source>DPO name</source>
        <translation>Nom du DPO</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="30"/>
        <source>DPO e-mail address</source>
        <translation>Adresse e-mail du DPO</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="31"/>
        <source>Other e-mail addresses</source>
        <translation>Autres adresses e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="32"/>
        <source>Web form</source>
        <translation>Formulaire web</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="33"/>
        <source>Web site</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="34"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="35"/>
        <source>Supervisory authority</source>
        <translation>Autorité de contrôle</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="37"/>
        <source>Transfers outside the EU</source>
        <translation>Transferts hors de l&apos;UE</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="38"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="38"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="38"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="40"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ControllersPage</name>
    <message>
        <location filename="../../ui/controllers_page.py" line="26"/>
        <source>Add retention period…</source>
        <translation>Ajouter une durée de conservation…</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="27"/>
        <source>Add a retention period to this controller</source>
        <translation>Ajouter une durée de conservation à ce responsable du traitement</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="34"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="35"/>
        <location filename="../../ui/controllers_page.py" line="64"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="36"/>
        <source>DPO e-mail</source>
        <translation>E-mail du DPO</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="37"/>
        <location filename="../../ui/controllers_page.py" line="74"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="54"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="54"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/controllers_page.py" line="57"/>
        <source>%1: %n month(s)</source>
        <translation>
            <numerusform>%1 : %n mois</numerusform>
            <numerusform>%1 : %n mois</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="61"/>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="62"/>
        <source>Registration number</source>
        <translation>Numéro d&apos;immatriculation</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="63"/>
        <source>Postal address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="65"/>
        <source>DPO name</source>
        <translation>Nom du DPO</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="66"/>
        <source>DPO e-mail address</source>
        <translation>Adresse e-mail du DPO</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="67"/>
        <source>Other e-mail addresses</source>
        <translation>Autres adresses e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="68"/>
        <source>Web form</source>
        <translation>Formulaire web</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="69"/>
        <source>Web site</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="70"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="71"/>
        <source>Supervisory authority</source>
        <translation>Autorité de contrôle</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="72"/>
        <source>Transfers outside the EU</source>
        <translation>Transferts hors de l&apos;UE</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="73"/>
        <source>Retention periods</source>
        <translation>Durées de conservation</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="75"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="86"/>
        <source>Remove the controller “%1” and its retention periods?</source>
        <translation>Supprimer le responsable du traitement « %1 » et ses durées de conservation ?</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="89"/>
        <source>Search controllers (name, web site, e-mail, address)</source>
        <translation>Rechercher un responsable du traitement (nom, site web, e-mail, adresse)</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="92"/>
        <source>Add a controller</source>
        <translation>Ajouter un responsable du traitement</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/controllers_page.py" line="95"/>
        <source>%n controller(s)</source>
        <translation>
            <numerusform>%n responsable du traitement</numerusform>
            <numerusform>%n responsables du traitement</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="98"/>
        <source>Entered by hand</source>
        <translation>Saisi à la main</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="98"/>
        <source>Privacy policy</source>
        <translation>Politique de confidentialité</translation>
    </message>
    <message>
        <location filename="../../ui/controllers_page.py" line="99"/>
        <source>Directory</source>
        <translation>Annuaire</translation>
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
    <name>IdentitiesPage</name>
    <message>
        <location filename="../../ui/identities_page.py" line="29"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="30"/>
        <location filename="../../ui/identities_page.py" line="52"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="31"/>
        <location filename="../../ui/identities_page.py" line="53"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="32"/>
        <location filename="../../ui/identities_page.py" line="56"/>
        <source>E-mail addresses</source>
        <translation>Adresses e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="54"/>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="55"/>
        <source>Postal address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="57"/>
        <source>Phone numbers</source>
        <translation>Numéros de téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="58"/>
        <source>Alias pattern</source>
        <translation>Modèle d&apos;alias</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="59"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="70"/>
        <source>Remove the identity “%1” with its identifiers and consents?</source>
        <translation>Supprimer l&apos;identité « %1 » avec ses identifiants et ses consentements ?</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="73"/>
        <source>Search identities (label, name, e-mail, phone)</source>
        <translation>Rechercher une identité (libellé, nom, e-mail, téléphone)</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="76"/>
        <source>Add an identity</source>
        <translation>Ajouter une identité</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/identities_page.py" line="79"/>
        <source>%n identity(-ies)</source>
        <translation>
            <numerusform>%n identité</numerusform>
            <numerusform>%n identités</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="82"/>
        <source>Real identity</source>
        <translation>Identité réelle</translation>
    </message>
    <message>
        <location filename="../../ui/identities_page.py" line="82"/>
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
        <translation>Rubriques</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>&amp;New request…</source>
        <translation>&amp;Nouvelle demande…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>&amp;Backup…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>Change &amp;passphrase…</source>
        <translation>Changer la &amp;phrase secrète…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>&amp;Settings…</source>
        <translation>Para&amp;mètres…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138"/>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>Keep running in the &amp;tray when closed</source>
        <translation>Rester dans la zone de &amp;notification à la fermeture</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153"/>
        <source>&amp;About Privacy Vault</source>
        <translation>À &amp;propos de Privacy Vault</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169"/>
        <source>Backup the vault</source>
        <translation>Sauvegarder le coffre</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>Vault files (%1)</source>
        <translation>Fichiers de coffre (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>Writing the backup…</source>
        <translation>Écriture de la sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>Backup written to %1.</source>
        <translation>Sauvegarde écrite dans %1.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182"/>
        <source>Vault files (%1);;All files (*)</source>
        <translation>Fichiers de coffre (%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>Encrypting the vault with the new passphrase…</source>
        <translation>Chiffrement du coffre avec la nouvelle phrase secrète…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197"/>
        <source>The passphrase was changed.</source>
        <translation>La phrase secrète a été changée.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212"/>
        <source>About Privacy Vault</source>
        <translation>À propos de Privacy Vault</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209"/>
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
        <location filename="../../ui/pages.py" line="35"/>
        <source>Controllers</source>
        <translation>Responsables du traitement</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="36"/>
        <source>Identities</source>
        <translation>Identités</translation>
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
    <name>RetentionPeriodDialog</name>
    <message>
        <location filename="../../ui/controller_dialog.py" line="69"/>
        <source>New retention period</source>
        <translation>Nouvelle durée de conservation</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="72"/>
        <source>What is kept *</source>
        <translation>Données conservées *</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="72"/>
        <source>e.g. invoices, account data</source>
        <translation>p. ex. factures, données du compte</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="73"/>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="74"/>
        <source>Basis</source>
        <translation>Fondement</translation>
    </message>
    <message>
        <location filename="../../ui/controller_dialog.py" line="74"/>
        <source>e.g. the law or the policy that says so</source>
        <translation>p. ex. la loi ou la politique qui le prévoit</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../ui/session.py" line="201"/>
        <source>The backup was not restored: %1 Unlock the vault to continue.</source>
        <translation>La sauvegarde n&apos;a pas été restaurée : %1 Déverrouillez le coffre pour continuer.</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="206"/>
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
</TS>
